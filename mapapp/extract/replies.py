"""Replies: fire told as answering the incident just told, another party's event at that scene or the same exchange.

Contract: helpers of event coreference (:mod:`.coreference`, rule 3 of its docstring), which calls them for each
candidate mention while it clusters a document in text order, with the clusters opened so far and the index of
the mention's sentence:

- :func:`replied_clusters`: a strike or fire of another named party told as coming after, or in answer to, the
  incident just told ("Russian jets struck the area after the attack", "Tribal forces responded to the sources
  of fire"), with no place of its own: an incident of its own at that scene (``replied``); ``answered`` is that
  incident also when the mention names its own place (a reply told with no day takes its day). A reply told as one
  ("in response", "responded") may be in the release's own voice ("Our forces responded to the sources of fire")
  and may carry the party read as the answered fire's agent (the party that fire hit, told in the passive).
  :data:`AFTER_THE_EVENT_RE` ("shortly after the attack") makes a count of strikes such a reply, not a tally.
- :func:`supported_fight`: an air or drone strike with no place of its own told as the air side of a ground fight
  just told ("in support of the advance", "struck the advancing forces", "as they withdrew"), or told beside it
  ("this coincided with strikes by jets", "the assault began with strikes", "supported the ground forces with
  strikes"): an incident of its own at that fight's scene; :func:`supporting_striker` reads its striker when the
  party read as its agent is the one supported.
- :func:`reply_to_fire`: the other side's answering fire ("Regime forces shelled A from B. The SDF answered
  with machine guns."): an event of its own, at the place the answered fire came from (``mention`` takes it).
- :func:`defended_assault_of`: a party's own forces answering an assault on their own ground told just before
  ("ISIS attacked one of our points in A. Our fighters responded, killing two attackers."): the same clash.
- :func:`answering_fire_of`: fire returned with no place of its own to tell it apart ("ISIS fired on a post in
  A. The SDF returned fire, killing one attacker."): the incident just told, the same exchange.
- :func:`fire_returned_from_afar`: fire answered with guns or from the air ("Our units returned fire; 5 terrorists
  were neutralized with tank fire", "the fire was responded to with howitzer fire"): never the answered fire told again,
  an answer of its own (at the scene, or where the answered fire came from). A clause opening after a semicolon is
  read with the clause before it (:func:`reply_context`): the answer told there, its guns and toll after it.

Each looks only at the latest incident: constant work per mention.
"""

from __future__ import annotations

import re

from mapapp.extract.arguments import find_actor_mentions, first_person_striker
from mapapp.extract.lexicon import (
    CIVILIAN_WORDS,
    CLOSE_KILLING_WORDS,
    HOSTILE_PLURALS,
    REPEATED_EVENTS_RE,
    compile_guarded,
    is_named_actor,
    normalize_place,
    same_party,
)
from mapapp.extract.mentions import EventMention
from mapapp.extract.toponyms import NAME_RE, PlaceMention, find_country_place
from mapapp.model import AIR_TYPES, BOMBARDMENT_TYPES, EventType

#: "(shortly) after the attack", "following the ambush": a time told by the event just told.
AFTER_THE_EVENT_RE = compile_guarded(
    r"\b(?:after|following)\s+the\s+(?:attack|ambush|assault|bombing|strike|raid)\b", re.IGNORECASE
)
#: A strike or fire told as coming after, or in answer to, the event just told: "struck the area after the attack",
#: "later struck", "responded to the sources of fire", "in retaliation", "shelled the area in response".
_FOLLOW_UP_RE = compile_guarded(
    r"\b(?:after|following)\s+the\s+(?:attack|ambush|assault|shelling|strikes?|bombardment|clash(?:es)?|raid)\b"
    r"|\b(?:later|then|afterwards?|subsequently)\b|\bin\s+(?:response|retaliation|return)\b|\bretaliat(?:ed|ing|ory)\b"
    r"|\b(?:responded|replied|returned)\b|\bsources?\s+of\s+(?:the\s+)?(?:fire|shelling|attacks?)\b|\bthe\s+area\b",
    re.IGNORECASE,
)
_STRIKING_TYPES = frozenset({EventType.AIRSTRIKE, EventType.DRONE_STRIKE, EventType.SHELLING, EventType.ARMED_CLASH})


def replied_clusters(
    clusters: list[EventMention], mention: EventMention, sentence_index: int
) -> tuple[EventMention | None, EventMention | None]:
    """The incident a mention answers with a strike of another party: (replied, answered), read in one pass.

    ``replied``: the mention is told with no place below governorate level ("Russian warplanes carried out raids on
    the area after the attack", "Coalition jets later struck the area", "Tribal fighters responded to the sources of
    fire"): the latest incident, placed and told in one of the two sentences before, whose agent is another party.
    The mention is then an incident of its own at that scene (it has a named agent and a striking kind of its own),
    not that incident told again nor a background remark. ``answered``: the same incident, also for a mention that
    names its own place ("The SDF responded by targeting the sources of fire in Y") or answers fire told as fired
    from elsewhere; ``replied`` is None or ``answered``."""
    if not clusters or mention.event_type not in _STRIKING_TYPES or not _FOLLOW_UP_RE.search(reply_context(mention)):
        return None, None
    says_answer = tells_answer(mention) or fire_returned_from_afar(mention)
    if not (is_named_actor(mention.actor) or (says_answer and _in_own_voice(mention))):
        return None, None
    if not says_answer and REPEATED_EVENTS_RE.search(mention.clause_text):
        return None, None  # "X has hit depots around the town on several occasions": a pattern, no reply
    latest = clusters[-1]
    if (
        latest.sentence_index >= sentence_index
        or sentence_index - latest.last_sentence_index > 2
        or not latest.sub_governorate_places
        # (a party does not answer its own fire: one that says it answers the incident just told and was read as its
        # agent is the party that fire hit, "U.S. forces were attacked by rockets. In response, U.S. helicopters ...")
        or (not says_answer and (latest.actor == mention.actor or same_party(latest.actor, mention.actor)))
    ):
        return None, None
    if (mention.specific and not says_answer) or mention.sub_governorate_places or _fired_from(latest):
        # ("shelled A from B. The SDF answered": at B, see :func:`reply_to_fire`)
        return None, latest
    return latest, latest


# What says a strike answers the event told before it: "in response", "in retaliation", "responded", "retaliatory fire".
_ANSWER_RE = compile_guarded(r"\bin\s+(?:response|retaliation)\b|\b(?:responded|retaliated|retaliatory)\b", re.IGNORECASE)


def tells_answer(mention: EventMention) -> bool:
    """Whether the mention's clause tells its strike as the answer to an event ("in response", "responded",
    "retaliatory"): the answered incident's fire, not that incident told again."""
    return _ANSWER_RE.search(reply_context(mention)) is not None


# A clause opening after a semicolon: it goes on with the clause before it in its sentence.
_AFTER_SEMICOLON_RE = re.compile(r"\s*;")
#: How much of the clause before a semicolon is read with the clause after it (characters).
_CLAUSE_BEFORE_WINDOW = 120


def reply_context(mention: EventMention) -> str:
    """The text that tells whether the mention's event is an answer: its clause, and when the clause opens after a
    semicolon, the clause before it in its sentence ("Our units returned fire at once; 5 terrorists were neutralized
    with tank fire", "the fire was responded to in kind; 4 terrorists were neutralized by our tank crews": the answer told
    before, its fire and toll told after). Bounded: the last clause before the semicolon, at most
    :data:`_CLAUSE_BEFORE_WINDOW` characters."""
    if _AFTER_SEMICOLON_RE.match(mention.clause_text) is None:
        return mention.clause_text
    before = mention.text_before_clause[-_CLAUSE_BEFORE_WINDOW:]
    opening = max(before.rfind(";"), before.rfind(". "))
    return f"{before[opening + 1 :]}{mention.clause_text}"




def fire_returned_from_afar(mention: EventMention) -> bool:
    """Whether the mention tells fire returned with guns or from the air ("Our units returned fire; 5 terrorists were
    neutralized with tank fire", "the fire was answered with howitzers"): an answer of its own, a shelling or a strike
    (not small arms returned on the spot, "the SDF returned fire, killing one attacker": the same exchange,
    :func:`answering_fire_of`)."""
    return mention.event_type in BOMBARDMENT_TYPES and _REPLY_RE.search(reply_context(mention)) is not None


def _in_own_voice(mention: EventMention) -> bool:
    """Whether a mention with no named agent tells its party's own forces as the agent ("Our forces responded to the
    sources of fire"): the party the release speaks for, whose name the text need not give."""
    context = reply_context(mention)
    return (
        mention.actor is None
        and "our " in context.lower()
        and first_person_striker(context, True, mention.event_type) is not None
    )


# The fight's air support named as the striker: "the coalition air support is striking ISIS hideouts" (definite as
# the support's name, not as a strike told before).
_AIR_SUPPORT_STRIKING = r"\bair\s+support\s+(?:is|was|has|have|were|are)\b"
_AIR_SUPPORT_STRIKING_RE = re.compile(_AIR_SUPPORT_STRIKING, re.IGNORECASE)

# A party told as supported by the strike: "supported the ground forces with", "backing the local fighters with"
# (up to three words before the troops' noun).
_SUPPORTED_WITH = (
    r"|\b(?:support(?:ed|ing)?|back(?:ed|ing)|assist(?:ed|ing)|cover(?:ed|ing))\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:forces|troops|fighters|units|advance|offensive)\s+with\b"
)
_SUPPORTED_WITH_RE = compile_guarded(_SUPPORTED_WITH[1:], re.IGNORECASE)
# The United States named as the subject right before the support verb: "the US supported", "the United States backed".
_US_AS_SUBJECT_RE = re.compile(r"\b(?:the\s+)?(?:US|U\.S\.|United\s+States)\s+(?:also\s+|had\s+|has\s+)?$")
_US_COALITION = "US-led coalition"

#: A strike told as the air side of a ground fight: "in support of the advance", "struck the advancing forces",
#: "hit militant vehicles as they withdrew", "helicopters intervened", "an Apache then struck".
_FIGHT_SUPPORT_RE = compile_guarded(
    r"\bin\s+support\s+of\b|\bsupport(?:ed|ing)?\s+(?:the\s+)?(?:advance|offensive|assault|attack|ground)"
    r"|" + _AIR_SUPPORT_STRIKING
    + r"|\badvanc(?:e|es|ing)\b|\bwithdr(?:ew|awing)\b|\bretreat(?:ed|ing)\b|\bintervened\b|\bthen\b"
    # told beside the fight: "this coincided with strikes by jets", "the assault began with dozens of strikes",
    # "the allies supported the ground forces with strikes" (the one supported named in up to three words)
    r"|\bcoincid(?:ed|es|ing)\s+with\b"
    r"|\b(?:assault|attack|offensive|operation|battle|storming)\s+(?:started|began|opened)\s+with\b"
    + _SUPPORTED_WITH,
    re.IGNORECASE,
)
#: How many sentences after a ground fight its air side may be told, and how many incidents back the fight may be.
_FIGHT_SUPPORT_SENTENCES = 3
_FIGHT_SUPPORT_CLUSTERS = 2


def supported_fight(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The ground fight whose air side the mention tells, or None.

    "Fighting broke out near A. ... coalition aircraft bombed in support of the advance.", "Regime forces
    attacked SDF posts near B. Coalition aircraft struck the advancing forces.", "This coincided with strikes by
    jets on the militants.", "The assault began with dozens of strikes.": an air or drone strike with no place
    of its own, told (indefinite: not "the strikes", which refers back) as supporting, or striking a side of, a placed
    armed clash told in the few sentences before (one of the latest incidents), by another party than the fight's
    agent, is an incident of its own at that fight's scene (Airwars and ACLED code the strikes apart from the
    fighting); not one told in a country abroad. Constant work: only the latest incidents are looked at."""
    if (
        not clusters
        or mention.event_type not in AIR_TYPES
        or (mention.definite and _AIR_SUPPORT_STRIKING_RE.search(mention.clause_text) is None)
        or mention.sub_governorate_places
        or not _FIGHT_SUPPORT_RE.search(mention.clause_text)
        or find_country_place(mention.clause_text) is not None  # ("the air support was targeting positions in Iraq")
    ):
        return None
    striker = supporting_striker(mention)
    for cluster in reversed(clusters[-_FIGHT_SUPPORT_CLUSTERS:]):
        if cluster.event_type is not EventType.ARMED_CLASH:
            continue
        if not 0 < sentence_index - cluster.last_sentence_index <= _FIGHT_SUPPORT_SENTENCES:
            return None
        if not cluster.sub_governorate_places or (
            striker is not None and (cluster.actor == striker or same_party(cluster.actor, striker))
        ):
            return None
        if not cluster.days_agree(mention) or _placed_elsewhere(cluster, mention):
            return None  # ("On Thursday, drones then struck ...", "strikes in support of the offensive in Idlib")
        return cluster
    return None


def supporting_striker(mention: EventMention) -> str | None:
    """The striker of an air side told as supporting a party's ground forces, or the mention's actor.

    "The allies supported the SDF ground forces with strikes": the party read as the agent is the one supported,
    named inside the support phrase; the striker is the party named before it ("the allies"), or none named."""
    if mention.actor is None:
        return None
    support = _SUPPORTED_WITH_RE.search(mention.clause_text)
    if support is None:
        return mention.actor
    parties = find_actor_mentions(mention.clause_text)
    if not any(support.start() <= party.start < support.end() and party.name == mention.actor for party in parties):
        return mention.actor
    before = [party.name for party in parties if party.end <= support.start() and not same_party(party.name, mention.actor)]
    if before:
        return before[-1]
    # the country itself as the supporter ("the US supported ..."), which the party lexicon leaves unread on its own
    return _US_COALITION if _US_AS_SUBJECT_RE.search(mention.clause_text[max(0, support.start() - 30) : support.start()]) else None


# How promptly an answer told in the passive came ("was immediately responded to"): one optional word.
_PROMPTLY = r"(?:immediately\s+|promptly\s+|swiftly\s+|effectively\s+)?"
# An answer told in the passive: "the fire was responded to with howitzer fire", "the attack was answered in kind".
_PASSIVE_ANSWER = rf"\b(?:was|were)\s+{_PROMPTLY}(?:responded\s+to|answered|retaliated\s+against)\b"

# The other side's answering fire: "the SDF answered with machine guns", "our units returned fire", "responded by
# shelling their positions", "our units answered the fire in kind".
_REPLY_RE = compile_guarded(
    r"\b(?:answered|replied|responded|retaliated)\s+(?:with|by|in\s+kind|to\s+(?:the|this|that)\s+(?:harassment\s+)?fire)\b"
    r"|\breturned\s+(?:the\s+)?fire\b"
    r"|\bfire\s+was\s+returned\b|\bin\s+retaliation\b(?!\s+(?:for|to)\b)"
    # the passive of a military's own statement: "the fire was immediately responded to", "the attack was answered"
    r"|\b(?:fire|attacks?|shelling)\s+" + _PASSIVE_ANSWER
    # (its subject told at length: "a harassment fire towards A from B was responded to in kind")
    + rf"|\b(?:was|were)\s+{_PROMPTLY}(?:responded\s+to|retaliated\s+against)\s+(?:in\s+kind|immediately|at\s+once|with)\b",
    re.IGNORECASE,
)


_PASSIVE_REPLY_RE = compile_guarded(_PASSIVE_ANSWER, re.IGNORECASE)


def reply_to_fire(mention: EventMention, clusters: list[EventMention], sentence_index: int) -> bool:
    """True when the mention tells the fire with which another party answered the incident just told ("Regime forces
    shelled A from B last night. The SDF answered with machine guns."): an event of its own by the answering party
    (Airwars and ACLED code each side's fire). With no place of its own it is at the place the answered fire came
    from ("from B"), which it then takes; with neither, or by the same party, it is not told apart."""
    context = reply_context(mention)
    if not clusters or not _REPLY_RE.search(context):
        return False
    previous = clusters[-1]
    # an unnamed party answers only in the speaker's own voice: "our units responded", "9 were neutralized", or fire
    # that hit the speaker's own ground answered in the passive ("Our town was targeted with mortar fire from B; the
    # fire was responded to with howitzers")
    speaker = first_person_striker(context, True, mention.event_type) is not None or (
        "our " in previous.clause_text.lower() and _PASSIVE_REPLY_RE.search(mention.clause_text) is not None
    )
    if mention.actor is None and not speaker:
        return False
    # (fire of an unnamed party answered in the speaker's own voice, "A harassment fire from B was responded to; 2
    # terrorists were neutralized by our tanks", is another party's, unless the speaker's forces fired it)
    own_voice = (
        mention.actor is None
        and speaker
        and first_person_striker(previous.clause_text, True, previous.event_type) is None
    )
    if not 0 <= sentence_index - previous.last_sentence_index <= 1 or (previous.actor == mention.actor and not own_voice):
        return False
    if previous.actor is None and not own_voice:
        return False
    if mention.named_places:
        return all(normalize_place(p.text) not in _names(previous) for p in mention.named_places)
    origin = _FIRED_FROM_RE.search(previous.clause_text) if "from" in previous.clause_text else None
    if origin is None or previous.distributed:
        return False
    base = previous.clause_text_start
    start, end = base + origin.start("name"), base + origin.end("name")
    place = PlaceMention(start, end, origin.group("name"), "place", "primary", None)
    mention.places = [(place, previous.sentence_index)]
    if not mention.dates and previous.point_dates:
        mention.dates = list(previous.point_dates)  # "... last night. The SDF answered ...": the night of the fire answered
    return True


# Where the answered fire came from: "shelled A from B", "shelling from the village of B towards A".
_FIRED_FROM_RE = compile_guarded(
    r"\b(?:shell\w*|fire[ds]?|fir(?:ing)|mortars?|rockets?|attack(?:ed|s)?|targeted)\b[^.;]{0,60}?\bfrom\s+"
    r"(?:the\s+(?:(?:village|town|area)\s+of\s+)?)?(?P<name>" + NAME_RE.pattern + r")"
)


def answering_fire_of(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The incident just told whose fire the mention answers with no place of its own to tell it apart ("ISIS cells
    fired on a post in A. The SDF returned fire, killing one attacker."): the same exchange, or None."""
    if not clusters or mention.named_places or not _REPLY_RE.search(mention.clause_text):
        return None
    previous = clusters[-1]
    if not 0 <= sentence_index - previous.last_sentence_index <= 1 or previous.generic:
        return None
    if previous.distributed or (
        _fired_from(previous)
        and ((previous.actor is not None and previous.actor != mention.actor) or fire_returned_from_afar(mention))
    ):
        # (its own incident at the place the fire came from: :func:`reply_to_fire`; also guns answering fire of a
        # party left unnamed, "Our town was hit by mortar fire from B; the fire was responded to with howitzer fire")
        return None
    return previous


# An assault on the speaking party's own ground: "attacked one of our military points in A", "gunmen attacked our
# positions in the town of A", "an attack on our checkpoint".
_ASSAULT_ON_OUR_GROUND_RE = compile_guarded(
    r"\b(?:attack(?:ed|s|ing)?|assault(?:ed|s|ing)?|storm(?:ed|s|ing)?|raid(?:ed|s)?)\s+(?:on\s+|against\s+)?"
    r"(?:(?:one|two|three|some|several)\s+of\s+)?our\s+(?:[\w-]+\s+){0,2}?"
    r"(?:positions?|points?|posts?|checkpoints?|bases?|headquarters|forces|fighters|units|troops|patrols?)\b",
    re.IGNORECASE,
)
# The speaking party's own forces answering it on the spot: "Our forces responded", "our fighters repelled the
# attack", "our units confronted the attackers".
_OWN_FORCES_ANSWER_RE = compile_guarded(
    r"\bour\s+(?:[\w-]+\s+){0,2}?(?:forces|fighters|units|troops|men)\s+(?:immediately\s+|quickly\s+)?"
    r"(?:responded|repelled|repulsed|confronted|fought\s+back|returned\s+fire)\b",
    re.IGNORECASE,
)
_GROUND_FIGHT_TYPES = frozenset({EventType.ARMED_CLASH, EventType.ATTACK})


def defended_assault_of(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The assault on the speaking party's own ground told just before ("ISIS cells attacked one of our points in A
    on Sunday night"), when the mention tells that party's own forces answering it with no place of its own ("Our
    fighters responded and killed two of the attackers"): the fight the assault began, one incident (ACLED's armed
    clash), not a reply of its own at the scene. Fire told as coming from elsewhere is answered where it came from
    (:func:`reply_to_fire`), and fire on a town or base from afar (a shelling) is answered by strikes of their own
    (:func:`replied_clusters`)."""
    if not clusters or mention.event_type not in _GROUND_FIGHT_TYPES:
        return None
    if "our " not in mention.clause_text.lower() or not _OWN_FORCES_ANSWER_RE.search(mention.clause_text):
        return None
    latest = clusters[-1]
    if latest.event_type not in _GROUND_FIGHT_TYPES or not 0 <= sentence_index - latest.last_sentence_index <= 1:
        return None
    if latest.sentence_index >= sentence_index and latest.clause_span == mention.clause_span:
        return None
    if _fired_from(latest) or not _ASSAULT_ON_OUR_GROUND_RE.search(latest.clause_text):
        return None
    names = _names(latest)
    if any(normalize_place(p.text) not in names for p in mention.named_places):
        return None  # (answered at a place of its own)
    return latest


#: A clause telling one more event, not the assault just told ("another", "also", "elsewhere", "meanwhile"), or a
#: fight that came after it ("the attack was followed by clashes", "clashes broke out after the killing", "clashes
#: erupted again", "the next day").
_OTHER_EVENT_CUE_RE = compile_guarded(
    r"\b(?:another|also|again|elsewhere|meanwhile|separately|separate|earlier|later|previously|second|"
    r"follow(?:ed|ing|s)?|after|afterwards|then|subsequent(?:ly)?|"
    r"next\s+(?:day|morning|night|evening|week))\b",
    re.IGNORECASE,
)
#: The event word a killing by hand is told with: such a death ("gunmen shot dead an SDF member") is the attack,
#: the fighting told after it what followed it.
_KILLED_BY_HAND_RE = compile_guarded(rf"\b(?:{CLOSE_KILLING_WORDS}|assassinat|stabb|kidnap|abduct)", re.IGNORECASE)
#: Victims who bear no arms: an assault on them is an attack on civilians.
_CIVILIAN_VICTIMS_RE = compile_guarded(
    rf"\b(?:{CIVILIAN_WORDS}|guests?|worshippers?|passengers?|people|persons|mourners|pedestrians|pupils)\b", re.IGNORECASE
)


def fought_back_assault_of(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The assault told just before ("the factions attacked the village of A"; "attacked A with heavy weapons")
    when the mention, in a later clause of its sentence or the next sentence, tells it fought ("; the fighters
    repelled the attack", "Clashes went on until dawn", "SDF fighters confronted the attack"), at no place of its
    own and told as no other event: the attacked were armed and fought, so the assault is an armed clash (the gold
    conventions' assault on an armed party, ACLED's and UCDP's coding). Whatever the clause's voice: the release's
    own "Our fighters responded" is :func:`defended_assault_of`. A killing by hand told first ("gunmen shot dead a
    guard") and an assault on civilians stay attacks."""
    if mention.event_type is not EventType.ARMED_CLASH or mention.headline:
        return None
    latest = _assault_just_told(clusters, sentence_index, mention.clause_text)
    if latest is None or latest.clause_span == mention.clause_span:
        return None
    names = _names(latest)
    if any(normalize_place(p.text) not in names for p in mention.named_places):
        return None  # (a fight at a place of its own)
    if not mention.days_agree(latest):
        return None  # (a fight on a day of its own: "On Friday, clashes erupted in the village")
    return latest


#: The attacked answering with arms, told without an event word: "the guards fought back", "YPG fighters hit back
#: hard and ...", "struck back at the gunmen"; not the idiom with an object ("fought back tears") nor words answered
#: ("hit back at the council", "struck back at critics").
_FOUGHT_BACK_RE = compile_guarded(
    r"\b(?:fought|fighting|fights?|hit|hitting|struck|striking)\s+back\b(?:\s+(?:\w+ly|hard))?"
    r"(?=\s*(?:[.,;:!]|$)|\s+(?:and|with|against|until)\b"
    rf"|\s+at\s+(?:the\s+)?(?:{HOSTILE_PLURALS}|raiders)\b)",
    re.IGNORECASE,
)


def fought_back_after(clusters: list[EventMention], sentence: str, sentence_index: int) -> EventMention | None:
    """The assault told in the sentence just before, when a sentence that holds no event word tells the attacked
    fighting back ("IS militants attacked the hamlet. YPG fighters fought back and six militants were killed."):
    an armed clash, as :func:`fought_back_assault_of` reads it."""
    if "back" not in sentence or not _FOUGHT_BACK_RE.search(sentence):
        return None
    latest = _assault_just_told(clusters, sentence_index, sentence)
    return latest if latest is not None and latest.last_sentence_index == sentence_index - 1 else None


def _assault_just_told(clusters: list[EventMention], sentence_index: int, clause: str) -> EventMention | None:
    """The latest incident when it is an assault told in this sentence or the one before, not a killing by hand nor
    one of civilians, and the clause telling the fight tells no other event ("elsewhere", "another", "also")."""
    if not clusters:
        return None
    latest = clusters[-1]
    if not (
        latest.event_type is EventType.ATTACK
        or (latest.event_type is EventType.SHELLING and latest.trigger_word.lower().startswith(("attack", "assault")))
    ):
        return None
    if not 0 <= sentence_index - latest.last_sentence_index <= 1:
        return None
    if _KILLED_BY_HAND_RE.search(latest.clause_text) or _OTHER_EVENT_CUE_RE.search(clause):
        return None
    if latest.victims is not None and _CIVILIAN_VICTIMS_RE.search(latest.victims):
        return None  # (violence against civilians stays an attack, whoever chased the attackers after)
    return latest


def _placed_elsewhere(told: EventMention, mention: EventMention) -> bool:
    """Whether the mention names a place (a governorate too) that the event told does not: told apart by place."""
    names = {normalize_place(p.text) for p, _ in told.places}
    return any(not p.origin and normalize_place(p.text) not in names for p, _ in mention.places)


def _fired_from(mention: EventMention) -> bool:
    return "from" in mention.clause_text and _FIRED_FROM_RE.search(mention.clause_text) is not None


def _names(mention: EventMention) -> set[str]:
    return {normalize_place(p.text) for p in mention.named_places}


__all__ = [
    "AFTER_THE_EVENT_RE",
    "answering_fire_of",
    "defended_assault_of",
    "fought_back_after",
    "fought_back_assault_of",
    "fire_returned_from_afar",
    "replied_clusters",
    "reply_context",
    "reply_to_fire",
    "supported_fight",
    "supporting_striker",
    "tells_answer",
]
