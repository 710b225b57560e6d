"""Merging (:mod:`mapapp.extract.coreference`): :func:`merge` adds a later mention of an event to its cluster — its
evidence span, and the arguments (place, target, actor, sources, date, figures) the cluster lacks or that it
refines.
"""

from __future__ import annotations

import re

from mapapp.extract.arguments import NAMED_AFTER_ONLY, names_actor
from mapapp.extract.casualties import add_casualties, is_further_figure, refines_vague_toll
from mapapp.extract.clauses import FIRM_ACTOR
from mapapp.extract.coreference.compatibility import _LOOSE_ACTOR, _narrows, _placed_near_only, _rounded_alike
from mapapp.extract.coreference.places import _told_over_an_area
from mapapp.extract.follow_up_tolls import (
    add_further_figures,
    add_other_side_dead,
    another_sources_count,
    attacker_also_lost,
)
from mapapp.extract.lexicon import CLOSE_KILLING_WORDS, compile_guarded, is_named_actor, joint_members, normalize_place
from mapapp.extract.mentions import EventMention
from mapapp.model import UNSPECIFIC_TYPES, Casualties, EventType


def _refines_type(cluster: EventMention, follow_up: EventMention) -> bool:
    """True when the follow-up's event word types the event more precisely than the cluster's."""
    return (
        (cluster.event_type in UNSPECIFIC_TYPES and follow_up.event_type not in UNSPECIFIC_TYPES)
        or (cluster.event_type is EventType.OTHER and follow_up.event_type is EventType.ATTACK)
        or (cluster.event_type is EventType.SUICIDE_BOMB and follow_up.event_type is EventType.CAR_BOMB)
        # the aircraft told later is a drone: "carried out a strike ... The strike was flown by an MQ-9"
        or (cluster.event_type is EventType.AIRSTRIKE and follow_up.event_type is EventType.DRONE_STRIKE)
    )


#: A targeted killing's own word: "shot dead", "gunned down", "executed", "assassinated".
_TARGETED_KILLING_WORD_RE = compile_guarded(rf"(?:{CLOSE_KILLING_WORDS}|assassinat)", re.IGNORECASE)


def _body_types_headline(headline: EventMention, body: EventMention) -> bool:
    """True when the body's first sentence tells as a targeted killing the event a headline told with a generic word:
    "IS kills SDF member in new attack" over "IS cells gunned down an SDF member in X" is the shooting (an attack, as the
    gold conventions code the killing of one party's member by gunmen), not the fight the generic "attack" on an armed
    party reads as. The headline abbreviates; the body's word says what happened (not an agent's word, "gunmen", nor
    a toll told with none)."""
    return (
        headline.trigger.weak
        and body.event_type is EventType.ATTACK
        and headline.event_type is not EventType.ATTACK
        and _TARGETED_KILLING_WORD_RE.match(body.trigger_word) is not None
    )


def _tells_something(cluster: EventMention, follow_up: EventMention) -> bool:
    """True unless the follow-up is a bare mention of the event told ("An officer said the offensive would end soon",
    "The unit had watched the hideout for days before the strike"): not specific, and no figure,
    place, day, new party or target, or more precise type of its own. Such a sentence is merged (it opens no incident) but is not
    the incident's evidence: it tells nothing of the event, and it is often a statement about it."""
    return (
        follow_up.specific
        or follow_up.has_figure
        or bool(follow_up.named_places)
        or any(not d.said for d in follow_up.point_dates)
        or (follow_up.actor is not None and follow_up.actor != cluster.actor)
        or (follow_up.target is not None and follow_up.target != cluster.target)
        or _refines_type(cluster, follow_up)
    )


def _at_least_alike(exact: Casualties, bounded: Casualties) -> bool:
    """True when ``bounded`` is "at least N" (N..None) of the ``exact`` figure N..N."""
    return exact.low is not None and exact.low == exact.high and bounded.high is None and bounded.low == exact.low


def _keep_the_bound_told(
    told: Casualties | None, new: Casualties | None, text: str
) -> tuple[Casualties | None, Casualties | None]:
    """One toll told as a figure and as "at least" that figure, in either order ("Three killed" over "killing at least
    three people"; "At least 4 civilians were killed" ... "4 civilians were killed in the attack"): the text commits
    to its lower bound only, so the incident keeps the open bound N..None, as UCDP's low/high estimates read a text's
    "at least" (the collectors of three web folders code it so). A figure that counts further people ("four more were
    killed", "four civilians were also killed": :func:`~mapapp.extract.casualties.is_further_figure`) is no retelling
    and is left to the rules that add it. Returns the incident's figure and what is left of the follow-up's."""
    if told is None or new is None or is_further_figure(new, text):
        return told, new
    if _at_least_alike(told, new):
        return new, None
    if _at_least_alike(new, told):
        return told, None
    return told, new


def merge(cluster: EventMention, follow_up: EventMention) -> None:
    """Fold a later mention into the cluster it continues.

    The follow-up fills what the cluster lacks, except after a headline: a headline abbreviates the body's
    report ("Strikes kill 11" over "killed at least 11 civilians"), so a figure the body states replaces the
    headline's, which only fills in when the body gives none. Likewise a figure that counts what the cluster's toll
    only bounded with a vague word ("killed dozens" ... "the raid killed 78 fighters") replaces it.
    """
    if _rounded_alike(cluster.killed, follow_up.killed):
        # "killed 100" and "more than 100 were killed": one toll, its bound told ("more than 100")
        assert cluster.killed is not None and follow_up.killed is not None
        cluster.killed = cluster.killed if cluster.killed.high is None else follow_up.killed
        follow_up.killed = None
    cluster.killed, follow_up.killed = _keep_the_bound_told(cluster.killed, follow_up.killed, follow_up.clause_text)
    cluster.injured, follow_up.injured = _keep_the_bound_told(cluster.injured, follow_up.injured, follow_up.clause_text)
    body_after_headline = cluster.headline and len(cluster.evidence) == 1
    later_sentence = follow_up.sentence_index > cluster.last_sentence_index
    next_sentence = follow_up.sentence_index == cluster.last_sentence_index + 1
    if body_after_headline:
        cluster.killed = follow_up.killed or cluster.killed
        cluster.injured = follow_up.injured or cluster.injured
        cluster.body_sentence_index = follow_up.sentence_index
        # who acted, as the body tells it: "Gunmen strike in X" over "Islamic State gunmen shot a man in X" names the
        # party; "Attack kills five in X" over "Unknown gunmen opened fire on a post in X" names attackers of no party
        if follow_up.unnamed_agent:
            cluster.unnamed_agent = True
        elif follow_up.actor_score >= FIRM_ACTOR:
            cluster.unnamed_agent = False
    if body_after_headline or _tells_something(cluster, follow_up):
        cluster.evidence.append(follow_up.evidence[0])
    cluster.last_sentence_index = follow_up.sentence_index
    if _refines_type(cluster, follow_up) or (body_after_headline and _body_types_headline(cluster, follow_up)):
        # a specific word types the event; even "shot by gunmen" says more than a toll told without an event word
        cluster.event_type = follow_up.event_type
        cluster.trigger = follow_up.trigger
    if follow_up.actor is not None and (
        cluster.actor is None
        or cluster.actor in joint_members(follow_up.actor)
        # a word that names no party ("Mercenaries attack SDF post" over "an ISIS cell attacked")
        or (not is_named_actor(cluster.actor) and is_named_actor(follow_up.actor))
        or (follow_up.actor_score >= FIRM_ACTOR and cluster.actor_score < _LOOSE_ACTOR)
        # a party the cluster only named after its event word ("clashes between the SDF and tribal fighters"), where
        # the later mention names another of the parties it told before its own event word ("Tribal fighters loyal to
        # X then attacked SDF posts"): that side acted
        or (
            0.0 < cluster.actor_score <= NAMED_AFTER_ONLY
            and follow_up.actor_score > NAMED_AFTER_ONLY + 1.0
            and names_actor(cluster.clause_text, follow_up.actor)
        )
    ):
        # a later mention fills the actor, refines it into a joint operation ("an SDF raid" ... "the SDF, backed by
        # the coalition, raided"), or names the agent firmly where the cluster only had a party named near the
        # event ("The SDF and ISIS fought fierce clashes ... ISIS killed 50 fighters in an attack on ...")
        cluster.actor = follow_up.actor
        cluster.actor_score = follow_up.actor_score
    # "dozens were killed" ... "the raid killed 78 fighters": the later figure is the count the vague word bounded
    killed, injured = follow_up.killed, follow_up.injured
    if cluster.killed is not None and killed is not None and refines_vague_toll(cluster.killed, killed, follow_up.clause_text):
        cluster.killed, killed = killed, None
    if cluster.injured is not None and injured is not None and refines_vague_toll(cluster.injured, injured, follow_up.clause_text):
        cluster.injured, injured = injured, None
    if (
        later_sentence
        and not body_after_headline
        and killed is not None
        and another_sources_count(cluster, killed, injured, follow_up.clause_text)
    ):
        # "A bomb killed at least five people. ... The ministry put the death toll at 13": another source's count of
        # the same dead, a range with the toll told (:func:`~mapapp.extract.follow_up_tolls.another_sources_count`)
        killed = injured = None
    elif cluster.killed is not None and killed is not None and attacker_also_lost(cluster, follow_up):
        cluster.killed = add_casualties(cluster.killed, killed)  # both sides' dead of one fight
    elif (
        next_sentence
        and not body_after_headline
        and add_other_side_dead(cluster, killed, injured, follow_up.victims, follow_up.clause_text)
    ):
        pass  # "..., killing four fighters. Seven militants were killed as the attack was repelled.": both sides
    elif later_sentence and not body_after_headline:
        # "... killed an SDF commander. Two of his companions were also killed in the strike.": more dead
        add_further_figures(cluster, killed, injured, follow_up.clause_text)
    cluster.killed = cluster.killed or killed
    cluster.injured = cluster.injured or injured
    cluster.victims = cluster.victims or follow_up.victims
    cluster.target = cluster.target or follow_up.target
    if follow_up.named_places and (
        not cluster.named_places
        or _narrows(cluster, follow_up)
        or _placed_near_only(cluster, follow_up)
        or _places_told_over_an_area(cluster, follow_up)
    ):
        # the follow-up names a place the cluster lacked, or a place inside the cluster's ("near the market in
        # the Maysaloon neighbourhood of Qamishli" after "in Qamishli"; "the villages of A district" then "the
        # village of B"): its place becomes the primary one
        cluster.places = follow_up.places + cluster.places
    else:
        # (a name the cluster holds already, told again, is not added: a cluster merged with thousands of mentions of
        # one town would otherwise grow a list every later test reads, quadratic in the text)
        held = {(normalize_place(p.text), p.level, p.role, p.origin) for p, _ in cluster.places}
        cluster.places = cluster.places + [
            (p, i) for p, i in follow_up.places if (normalize_place(p.text), p.level, p.role, p.origin) not in held
        ]
    cluster.country_region = cluster.country_region or follow_up.country_region
    if all(d.said for d in cluster.point_dates):
        # no day of its own yet, or only a statement's ("the monitor said on Tuesday"): the follow-up's day of the
        # event ("the strikes hit the village late Monday") comes first (:func:`event_dates._own_date`)
        cluster.dates = cluster.dates + follow_up.dates
    for source in follow_up.sources:
        if source not in cluster.sources:
            cluster.sources.append(source)


def _places_told_over_an_area(cluster: EventMention, follow_up: EventMention) -> bool:
    """True when the cluster told its place as an area ("shelled the villages of A district") and the follow-up names
    first a place the cluster did not: a spot in that area (:func:`~.places.refined_cluster` merged them)."""
    known = {normalize_place(p.text) for p in cluster.named_places}
    return normalize_place(follow_up.named_places[0].text) not in known and _told_over_an_area(cluster)
