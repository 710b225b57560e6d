"""Agents (rules 2 and 3 of :mod:`mapapp.extract.coreference`): a claim of responsibility or an attribution that
names the agent of the incident just told, the agent a definite event noun inherits from a recent cluster of its
kind, and a series typed by its agents.
"""

from __future__ import annotations

import re

from mapapp.extract.background import ADDITIVE_OPENING_RE
from mapapp.extract.coreference.compatibility import _LOOSE_ACTOR, compatible, compatible_types
from mapapp.extract.follow_up_tolls import REFERENCE_WINDOW_CLUSTERS
from mapapp.extract.lexicon import compile_guarded, gated_search, is_named_actor
from mapapp.extract.mentions import EventMention
from mapapp.extract.triggers import tells_village_assault
from mapapp.model import BOMBARDMENT_TYPES, UNSPECIFIC_TYPES, EventType


#: How many sentences after an incident a further report opening with "Moreover," or "also" may add to its series.
_ADDED_REPORT_WINDOW = 2


def _places_told_unspecific(mention: EventMention, told_unspecific: EventMention | None) -> bool:
    """True when a definite event noun with no agent of its own ("The strikes were conducted near X") names the place
    of the event told in the sentence just before with its agent but too few specifics to open an incident, and is
    of its kind (the same event word, or a generic one)."""
    return (
        told_unspecific is not None
        and mention.definite
        and mention.actor is None
        and bool(mention.sub_governorate_places)
        and mention.sentence_index - told_unspecific.sentence_index == 1
        and (mention.trigger.weak or mention.trigger.pattern == told_unspecific.trigger.pattern)
        and (mention.event_type in UNSPECIFIC_TYPES or mention.event_type is told_unspecific.event_type)
    )


def _inherit_agent(
    mention: EventMention, clusters: list[EventMention], told_unspecific: EventMention | None = None
) -> None:
    """A definite event noun without an agent of its own ("were killed in the strikes on al-Qaim") names the same
    kind of event as the incident just reported: it takes that incident's actor, and its type when its own word
    is generic ("strikes" by the US-led coalition are air strikes). The event may have been told just before
    with too few specifics to be an incident ("Turkish airstrikes cut power to the region. The airstrikes hit a
    plant in X."): ``told_unspecific``, in the two sentences before, names the actor then. So does a report that
    adds a further event of the same (specific) type to the one just told ("Turkish forces shelled A. Moreover, a
    soldier was wounded by shelling on B."): the series goes on with the same agent. An actor the definite
    mention only names loosely ("The Saturday raid captured militants described as ISIS facilitators") gives way
    to the one that telling names more firmly ("US forces captured two ISIS members in a raid on Saturday")."""
    if mention.actor is not None:
        if mention.definite and mention.actor_score < _LOOSE_ACTOR and told_unspecific is not None:
            _take_firm_agent_told(mention, told_unspecific)
        return
    if not mention.definite:
        if clusters:
            _inherit_added_agent(mention, clusters[-1])
        return
    same_kind = [
        c
        for c in clusters[-3:]
        if c.actor is not None
        and (c.trigger.pattern == mention.trigger.pattern or (mention.trigger.weak and c is clusters[-1]))
    ]
    if (
        told_unspecific is not None
        and 1 <= mention.sentence_index - told_unspecific.sentence_index <= 2
        and told_unspecific.trigger.pattern == mention.trigger.pattern
        and not any(c.last_sentence_index >= told_unspecific.sentence_index for c in same_kind)
    ):
        same_kind.append(told_unspecific)
    if not same_kind:
        return
    previous = same_kind[-1]
    mention.actor = previous.actor
    if mention.event_type in UNSPECIFIC_TYPES:
        mention.event_type = previous.event_type


#: How many sentences after an incident told with no agent a statement naming its agent may follow.
_ATTRIBUTION_WINDOW = 2
#: How many sentences after it a claim of responsibility may follow (the incident's details may come between).
_CLAIM_WINDOW = 4
#: How firmly that statement must name the agent (arguments.attested_actor: "by X", "X drone", a claim).
_ATTRIBUTED_ACTOR = 8.0


# A claim of responsibility, a party's statement rather than a report of the event: "IS took responsibility", "ISIS
# claimed the attack", "the bombing was claimed by ISIS" (not "the blast claimed the lives of six": a toll).
_CLAIM = (
    r"\b(?:claim(?:ed|s|ing)?|t(?:ook|akes|aking)|bears?|bore)\s+(?:full\s+)?(?:responsibility|credit)\b"
    # (with no determiner, in the simple past or present only: "claimed attacks on both sites", not the record of
    # "has claimed attacks on bases before")
    r"|(?:\bclaim(?:ed|s|ing)?\s+(?:the|this|that|its|their|both|the\s+two|all\s+three)\s+|(?<!have\s)(?<!has\s)\bclaim(?:ed|s)\s+)(?:attacks?|bombings?|blasts?|explosions?|killings?|assault|operation|assassination)\b"
    r"|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+claimed\s+by\b"
)
#: A claim of responsibility (:data:`_CLAIM_RE`) or the agent told in the passive ("the mine was planted by ISIS",
#: "carried out by a drone").
#: A party said to be behind the event, or the weapon's origin assessed: "activists said Israeli jets were likely
#: behind the strikes", "experts judged the missile to be of Russian make" (an attribution told of the event).
_BEHIND = (
    # (a word between only when it weighs the attribution: "were hiding behind the wall" is a place)
    r"\b(?:was|were|is|are|be|been)\s+(?:(?:likely|probably|possibly|reportedly|allegedly|apparently|also|almost\s+certainly|"
    r"certainly|clearly|most\s+likely|definitely|indeed|not|thought\s+to\s+be|believed\s+to\s+be)\s+)?"
    r"behind\s+(?:the|this|that|these|those|both|it|them)\b"
    r"|\bto\s+(?:be|have\s+been)\s+of\s+[\w-]+\s+(?:origin|make|manufacture)\b"
)
_ATTRIBUTION_RE = compile_guarded(_CLAIM + r"|" + _BEHIND + r"|\b(?:carried\s+out|planted|laid|placed|fired|launched|conducted)\s+by\b", re.IGNORECASE)
#: A claim of responsibility or a party said to be behind the event: it names the agent but reports nothing of the
#: event, so it is not its evidence.
_CLAIM_RE = compile_guarded(_CLAIM + r"|" + _BEHIND, re.IGNORECASE)


#: A party's own claim of responsibility (not another's word that it was behind the event).
_OWN_CLAIM_RE = compile_guarded(_CLAIM, re.IGNORECASE)
#: An attribution denied or not made: "ISIS has not claimed responsibility", "no group claimed the attack".
_NO_ATTRIBUTION_RE = compile_guarded(
    r"\b(?:not|no|never|nobody|none|neither|nor|yet\s+to|den(?:y|ies|ied|ying))\b|n[’']t\b", re.IGNORECASE
)


def _attributes_event(mention: EventMention) -> bool:
    """True when the mention's clause claims the event or names its agent in the passive (not a denied claim)."""
    return bool(gated_search(_ATTRIBUTION_RE, mention.clause_text)) and not _NO_ATTRIBUTION_RE.search(mention.clause_text)


def _attributed_cluster(clusters: list[EventMention], mention: EventMention) -> EventMention | None:
    """The incident just told with no agent, when a mention with nothing else of its own (no place, day or figure,
    no habitual wording) names the agent, by "by", beside the event word or in a claim, of an event of its type: "A drone hit a UN centre in X on May 2.
    A day later, the administration said the attack was carried out by a Turkish drone." tells who struck.

    A claim of responsibility or an agent told in the passive ("ISIS claimed the attack hours later", "...; the
    mine is believed to have been planted by ISIS") names it also in the same sentence, with a day of its own (the
    claim's), and over attackers the text named only as written ("a gunman"); a claim told with a generic word
    ("claimed the attack" after a car bomb) names the agent of the incident just told whatever its type."""
    if not clusters or not is_named_actor(mention.actor) or mention.actor_score < _ATTRIBUTED_ACTOR or mention.generic:
        return None  # (the agent named by "by", beside the event word or in a claim: not "ISIS often plants mines")
    attribution = _attributes_event(mention)
    if mention.places or (mention.point_dates and not attribution) or mention.has_figure:
        return None
    previous = clusters[-1]
    if previous.actor is not None and not (attribution and not is_named_actor(previous.actor)):
        return None
    # (a claim of responsibility may follow the event's details: "A car bomb hit X. [the victims, a witness's words]
    # ... ISIS claimed the bombing.")
    window = _CLAIM_WINDOW if attribution and gated_search(_OWN_CLAIM_RE, mention.clause_text) else _ATTRIBUTION_WINDOW
    if not (0 if attribution else 1) <= mention.sentence_index - previous.last_sentence_index <= window:
        return None
    # (a claim's "attacks" is generic whatever the target typed it as: "claimed attacks on the base", a clash)
    generic = mention.event_type in UNSPECIFIC_TYPES or (
        mention.trigger_word.startswith("attack") and bool(gated_search(_CLAIM_RE, mention.clause_text))
    )
    if not (previous.event_type is mention.event_type or (attribution and generic)):
        return None
    if attribution and mention.point_dates:  # (the day a claim was made, not the event's)
        return previous if compatible_types(previous.event_type, mention) else None
    return previous if compatible(previous, mention) else None


#: A claim of two events: "claimed both attacks", "claimed responsibility for the two bombings".
_BOTH_EVENTS_RE = compile_guarded(
    r"\b(?:both|the\s+two)\s+(?:[\w-]+\s+)?(?:attacks|bombings|blasts|explosions|killings|assassinations|operations|strikes)\b",
    re.IGNORECASE,
)


def _attribute_both(clusters: list[EventMention], attributed: EventMention, mention: EventMention) -> None:
    """A claim of "both attacks" names the agent of the incident told before the one just claimed too, when the text
    named none for it and it was told in the two sentences before the claim."""
    if not _BOTH_EVENTS_RE.search(mention.clause_text) or attributed not in clusters:
        return
    position = clusters.index(attributed)
    if position == 0:
        return
    other = clusters[position - 1]
    if other.actor is None and mention.sentence_index - other.last_sentence_index <= _ATTRIBUTION_WINDOW:
        other.actor, other.actor_score = mention.actor, mention.actor_score


def _take_firm_agent_told(mention: EventMention, told: EventMention) -> None:
    """The definite mention takes the actor its event was told with, more firmly, in the two sentences before with
    the same event word (see :func:`_inherit_agent`)."""
    if (
        1 <= mention.sentence_index - told.sentence_index <= 2
        and told.trigger.pattern == mention.trigger.pattern
        and is_named_actor(told.actor)
        and told.actor_score > mention.actor_score
    ):
        mention.actor, mention.actor_score = told.actor, told.actor_score


def _inherit_added_agent(mention: EventMention, previous: EventMention) -> None:
    """A report opening as an addition ("Moreover,", "In addition,", "X also ...") right after an incident of the
    same specific type with a named actor takes that actor (see :func:`_inherit_agent`)."""
    if (
        mention.event_type in UNSPECIFIC_TYPES
        or mention.event_type is not previous.event_type
        or not is_named_actor(previous.actor)
        or mention.sentence_index - previous.last_sentence_index > _ADDED_REPORT_WINDOW
        or not ADDITIVE_OPENING_RE.match(mention.clause_text)
    ):
        return
    mention.actor = previous.actor


#: How many sentences after an agent's strike or shelling a generic "attacked by" the same agent is typed by it.
_AGENT_SERIES_WINDOW = 3


#: Words of a ground attack: troops, tanks, an assault or incursion.
_GROUND_ASSAULT_RE = compile_guarded(
    r"\b(?:tanks?|infantry|ground|troops|soldiers|fighters|gunmen|militants|stormed|assaults?|advanced|incursions?|"
    r"infiltrat\w*)\b",
    re.IGNORECASE,
)


def _type_by_agents_series(mention: EventMention, clusters: list[EventMention]) -> None:
    """A generic "attack" by a named agent ("the first target attacked by Turkey") told within three sentences of
    that agent's drone strike, air strike or shelling is of that kind: the text names the weapon once and goes on
    with the generic word. Only a weak trigger (no weapon or armed party of its own) is typed so."""
    if not mention.trigger.weak or not is_named_actor(mention.actor):
        return
    if mention.event_type is not EventType.ATTACK and not (
        # (a named party's generic attack on a village, which the trigger stage reads as fighting, is that agent's
        # generic word all the same: "the village of X was attacked by Turkey" after its drone strike)
        mention.event_type is EventType.ARMED_CLASH and tells_village_assault(mention.clause_text)
    ):
        return
    if _GROUND_ASSAULT_RE.search(mention.clause_text):
        return  # "Turkish troops attacked the village with tanks": a ground attack, whatever the agent did before
    for cluster in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]):
        if mention.sentence_index - cluster.last_sentence_index > _AGENT_SERIES_WINDOW:
            return
        if cluster.actor == mention.actor and cluster.event_type in BOMBARDMENT_TYPES:
            mention.event_type = cluster.event_type
            return
