"""Continuation rules (rule 1 of :mod:`mapapp.extract.coreference`): whether a mention continues an open cluster
(a definite or anaphoric event noun, the next sentence giving the toll, a clause "during" or "followed by" the event,
the course of a fight, a later clause giving one part of the toll), and the refer-back rule (rule 2).
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp.extract.arguments import find_actor_mentions
from mapapp.extract.background import is_tally
from mapapp.extract.casualties import figures_agree
from mapapp.extract.coreference.compatibility import (
    _REFERENCE_WINDOW_SENTENCES,
    _blast_named_again,
    _event_word,
    _narrows,
    _placed_near_only,
    _same_or_unstated_governorate,
    _type_place_and_date_agree,
    compatible,
    compatible_types,
    same_kind_of_event,
    strikes_told_again,
)
from mapapp.extract.coreference.expansion import _MAX_LISTED_TARGETS
from mapapp.extract.coreference.separate_events import _FURTHER_EVENT_CUE_RE, _OTHER_DEAD_RE
from mapapp.extract.coreference.summaries import _LAUNCHED_OFFENSIVE_RE, _headline_of_several_places
from mapapp.extract.event_dates import _OWN_TIME_RE
from mapapp.extract.follow_up_tolls import REFERENCE_WINDOW_CLUSTERS
from mapapp.extract.lexicon import (
    BULLET_ITEM_RE,
    PLACE_LABEL_RE,
    compile_guarded,
    gated_search,
    is_named_actor,
    normalize_place,
)
from mapapp.extract.mentions import CANDIDATE, EventMention, SentenceReading
from mapapp.extract.replies import tells_answer
from mapapp.model import FIGHT_TYPES, UNSPECIFIC_TYPES, EventType


# A clause opening on the event just told, followed or accompanied by what the clause tells ("This attack was
# followed by clashes that left a civilian dead", "The shelling was accompanied by drone strikes"): the same incident.
_FOLLOWED_REFERENCE_RE = re.compile(
    r"^\W*(?:this|the|that)\s+(?:[\w-]+\s+)?(?:attack|assault|strike|shelling|bombardment|bombing|explosion|blast|"
    r"ambush|raid|operation|incident)s?\s+(?:was|were|has been|had been)\s+(?:then\s+)?(?:followed|accompanied)\s+by\b",
    re.IGNORECASE,
)
# A count over a period or an area: the mark of a true tally ("25 strikes this week", "since January").
_PERIOD_WORDS_RE = compile_guarded(
    r"\b(?:since|so\s+far|this\s+(?:year|month|week)|last\s+(?:year|month|week)|past\s+(?:\w+\s+)?(?:days|weeks|months|years)|"
    r"same\s+period|total|overall|altogether|month|months|weeks|years|campaign|province|provinces|governorates?|region)\b",
    re.IGNORECASE,
)


def _strikes_counted_of(clusters: list[EventMention], mention: EventMention, reading: SentenceReading) -> bool:
    """A sentence right after an incident that counts its strikes ("the coalition hit the city with at least 25
    strikes, warning that dozens had been injured") is a tally only for the number of strikes: told of the same
    actor and kind, with no place, day or period of its own, it is that incident, and its figures fill the kinds
    the incident lacks. A count of events over a period or an area stays a tally."""
    if not clusters or reading.index - clusters[-1].last_sentence_index != 1 or not mention.has_figure:
        return False
    previous = clusters[-1]
    if mention.named_places or mention.point_dates or _PERIOD_WORDS_RE.search(reading.text):
        return False
    if not (is_named_actor(previous.actor) and previous.actor == mention.actor and previous.event_type is mention.event_type):
        return False
    if is_tally(mention.clause_text, reading.text, dated=True):
        return False  # a cumulative toll ("raising the toll to ..."), not a count of strikes
    filled = False
    if previous.killed is None and mention.killed is not None:
        previous.killed, filled = mention.killed, True
    if previous.injured is None and mention.injured is not None:
        previous.injured, filled = mention.injured, True
    if filled:
        previous.evidence.append(mention.evidence[0])
        previous.last_sentence_index = mention.sentence_index
    return filled


def _followed_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The incident just told, when the mention's clause opens on it as followed or accompanied by what the clause
    tells (any type: "The shelling was accompanied by clashes"), in the next sentence, with no other place or day."""
    if not clusters or not _FOLLOWED_REFERENCE_RE.match(mention.clause_text):
        return None
    previous = clusters[-1]
    if sentence_index - previous.last_sentence_index != 1 or (previous.headline and len(previous.evidence) == 1):
        return None
    same_type = replace(mention, event_type=previous.event_type)  # the type may differ: only place and day must agree
    return previous if _type_place_and_date_agree(previous, same_type) else None


#: How many sentences after a raid the fight it ran into may be told.
_FIGHT_DURING_RAID_WINDOW = 2


def _fight_during_raid(clusters: list[EventMention], mention: EventMention) -> EventMention | None:
    """A raid just told, when the clause tells of clashes with no place or day of its own ("The SDF raided the
    village of X to arrest a cell. Clashes erupted between the two sides and two gunmen were killed."): the raid
    ran into a fight, one incident, which keeps its type and takes the fight's figures. A fight elsewhere, on
    another day or between two parties not both named by the raid's clause is another event."""
    if not clusters or mention.event_type is not EventType.ARMED_CLASH or mention.named_places or mention.generic:
        return None  # (nor fighting that "continues" on a front: a state of affairs, not the raid's fight)
    previous = clusters[-1]
    if previous.event_type is not EventType.RAID:
        return None
    if not 1 <= mention.sentence_index - previous.last_sentence_index <= _FIGHT_DURING_RAID_WINDOW:
        return None
    if any(not d.said for d in mention.point_dates):
        return None
    parties = {m.name for m in find_actor_mentions(mention.clause_text) if is_named_actor(m.name)}
    if len(parties) >= 2 and not parties <= {m.name for m in find_actor_mentions(previous.clause_text)}:
        return None  # "clashes between the SDF and Turkish-backed factions": a fight of other parties
    return previous if figures_agree(previous.killed, mention.killed) else None


#: How many sentences after an incident a clause may name it as "during the raid".
_DURING_WINDOW = 2
# The event just told, named as the time of what the clause tells: "a teenager was killed during the raid", "During
# the operation, a cell member blew himself up", "in the course of the clashes". The noun says which kinds of event
# it can name (an "attack" or an "operation" any kind).
_DURING_THE_RE = compile_guarded(
    r"\b(?:during|in\s+the\s+course\s+of|throughout)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>raids?|operations?|attacks?|assaults?|clashes|fighting|firefight|shelling|bombardment|strikes?|"
    r"airstrikes?|air\s+strikes?|ambush|storming|incursion|landing|airdrop)\b",
    re.IGNORECASE,
)
_NOUN_TYPES = {
    "raid": frozenset({EventType.RAID}),
    "storming": frozenset({EventType.RAID, EventType.ARMED_CLASH}),
    "incursion": frozenset({EventType.RAID, EventType.ARMED_CLASH}),
    "landing": frozenset({EventType.RAID}),
    "airdrop": frozenset({EventType.RAID}),
    "clashes": frozenset({EventType.ARMED_CLASH, EventType.RAID}),
    "fighting": frozenset({EventType.ARMED_CLASH, EventType.RAID}),
    "firefight": frozenset({EventType.ARMED_CLASH, EventType.RAID}),
    "ambush": frozenset({EventType.ARMED_CLASH, EventType.ATTACK}),
    "shelling": frozenset({EventType.SHELLING}),
    "bombardment": frozenset({EventType.SHELLING, EventType.AIRSTRIKE, EventType.DRONE_STRIKE}),
    "strike": frozenset({EventType.AIRSTRIKE, EventType.DRONE_STRIKE}),
    "airstrike": frozenset({EventType.AIRSTRIKE, EventType.DRONE_STRIKE}),
    "air strike": frozenset({EventType.AIRSTRIKE, EventType.DRONE_STRIKE}),
}


def _told_during_cluster(
    clusters: list[EventMention], mention: EventMention, sentence_index: int
) -> tuple[EventMention, bool] | None:
    """The incident just told (same sentence or up to two before), when the clause names it as the time of what it
    tells ("SDF forces raided X, detaining 17 men; a teenager was killed during the raid", "During the operation, a
    cell member blew himself up") and names no place or day of its own: the clause happens within that incident, at
    its place. Returned with whether the clause is that incident: one of the incident's kind, or of no kind of its
    own (a toll), is (to be merged); one of another kind ("blew himself up" during a raid) is told apart but takes the
    incident's places and day (:func:`_take_scene`). The noun must fit the incident's kind ("during the raid" names no
    air strike)."""
    if not clusters or mention.named_places or mention.generic:
        return None
    found = gated_search(_DURING_THE_RE, mention.clause_text)
    if found is None or any(not d.said for d in mention.point_dates):
        return None
    latest = clusters[-1]
    if not 0 <= sentence_index - latest.last_sentence_index <= _DURING_WINDOW:
        return None
    noun = " ".join(found.group("noun").lower().split())
    kinds = _NOUN_TYPES.get(noun.removesuffix("s") if noun not in _NOUN_TYPES else noun)
    if kinds is not None and latest.event_type not in kinds:
        return None
    # "A joint force targeted a cell in X. During the operation, an exchange of fire took place": the fight the
    # operation ran into is that operation, whatever word typed each
    fought_in_operation = (
        noun.startswith("operation") and mention.event_type in FIGHT_TYPES and latest.event_type in FIGHT_TYPES
    )
    return latest, mention.event_type is latest.event_type or mention.event_type in UNSPECIFIC_TYPES or fought_in_operation


def names_only_the_event_it_falls_in(mention: EventMention) -> bool:
    """Whether the mention's event word is only the noun of a "during the ..." phrase (:data:`_DURING_THE_RE`: "ISIS
    took hostages from the camp during the assault", "shops were looted during the clashes") and the clause gives no
    figure, no place and no day of its own: it names, as the time of something else, an event told before, and
    reports no violent event of its own (a toll told with it, "two boys were wounded during the shelling", is one)."""
    if mention.has_figure or mention.named_places or mention.point_dates or not mention.trigger_word:
        return False
    found = gated_search(_DURING_THE_RE, mention.clause_text)
    # (the phrase's noun is the event word itself, where it stands: not the same word told again as the event)
    return (
        found is not None
        and found.start("noun") == mention.trigger_start
        and " ".join(found.group("noun").lower().split()) == mention.trigger_word
    )


def _take_scene(mention: EventMention, cluster: EventMention) -> None:
    """Put an event told within ``cluster`` (see :func:`_told_during_cluster`) at its places, and on its day when the
    event gives none; nothing when the cluster has no place."""
    if cluster.places:
        mention.places = list(cluster.places)
        if not mention.dates:
            mention.dates = list(cluster.dates)


_CONTRAST_OPENING_RE = re.compile(r"^\W*(?:while|whereas)\b", re.IGNORECASE)


def _other_side_clause(previous_clause: EventMention, mention: EventMention) -> bool:
    """A clause opening with "while" that gives only a death toll, with no place, day or source of its own, after a
    clause of the same sentence that told an event or a tally with a figure or a toll: the other side's dead of it.
    Not a clause telling an event of another kind of its own (unless it names the event just told too) or in
    another governorate ("..., while in Raqqa province a car bomb killed five civilians": a second incident)."""
    return (
        _CONTRAST_OPENING_RE.match(mention.clause_text) is not None
        and mention.killed is not None
        and mention.injured is None
        and not mention.named_places
        and not mention.point_dates
        and mention.anchor is None
        and (previous_clause.killed is not None or previous_clause.verdict != CANDIDATE)
        and (
            compatible_types(previous_clause.event_type, mention)
            or previous_clause.verdict != CANDIDATE
            # "..., while ISIS lost five members due to the clashes and Russian airstrikes": the same clashes
            or (bool(previous_clause.trigger_word) and previous_clause.trigger_word in mention.clause_text.lower())
        )
        and _same_or_unstated_governorate(previous_clause, mention)
    )


# a count of people: a number followed by a lower-case word ("26 persons", "11 of them"), not a day ("June 1;")
_HEADCOUNT_RE = compile_guarded(r"\b(\d{1,6})\s+(?:of\s+them\b|[a-z]+)")


def _part_of_total(cluster: EventMention, mention: EventMention) -> bool:
    """A later clause of the sentence that opened ``cluster`` giving one part of its toll: the cluster's clause
    names the other part ("33 were killed in two rounds of strikes, 26 of them in ..., while the monitor counted
    7 killed in the shelling of ..."): 26 + 7 = 33 is one event told in parts, not a second one."""
    if cluster.killed is None or mention.killed is None or mention.anchor is not None or mention.distributed:
        return False  # (a clause dated against the first, "a day later, ...", is another event; so is a toll given
        # place by place, "3 in A, 2 in B and 1 in C", whose parts are each a place's)
    total, part = cluster.killed.low, mention.killed.low
    if total is None or part is None or not 0 < part < total:
        return False
    rest = str(total - part)
    return any(number.group(1) == rest for number in _HEADCOUNT_RE.finditer(cluster.clause_text))


def continued_cluster(
    clusters: list[EventMention],
    mention: EventMention,
    sentence_index: int,
    sentences_with_mentions: set[int],
    anchored: bool = False,
) -> EventMention | None:
    """The cluster a mention continues (rule 1), or None."""
    if not clusters:
        return None
    previous = clusters[-1]
    # a headline of one event continues in the body; one that lists several events is only a summary
    single_headline = not (len(clusters) >= 2 and clusters[-2].headline) and not _headline_of_several_places(previous)
    after_headline = previous.headline and len(previous.evidence) == 1 and single_headline
    bare_follow_up = (
        sentence_index - previous.last_sentence_index in (1, 2)
        and not anchored
        and not mention.places
        and not mention.dates
        and mention.actor is None
        and not mention.generic
        and mention.has_figure
        and not previous.has_figure
    )
    # "The coalition's jets struck al-Kishma, killing 10 civilians. Local sources said the aircraft bombed houses in
    # the village on Saturday.": a detail of the event just told that gives only its day (no named place, figure or
    # other agent of its own) dates it
    dating_follow_up = (
        sentence_index - previous.last_sentence_index == 1
        and not anchored
        and not mention.named_places
        and not mention.has_figure
        and not _ANOTHER_TIME_RE.search(mention.clause_text)
        and any(not d.said for d in mention.point_dates)
        and not any(not d.said for d in previous.point_dates)
        and same_kind_of_event(previous.event_type, mention.event_type)
        and (mention.actor is None or previous.actor is None or mention.actor == previous.actor)
    )
    if (
        not mention.definite
        and not after_headline
        and not bare_follow_up
        and not dating_follow_up
        and not _detail_follow_up(previous, mention, sentence_index, anchored)
    ):
        return None
    if after_headline and not (mention.definite or bare_follow_up) and _sums_up_more(previous, mention):
        return None  # "Strikes kill 37 in Syria" over "a strike killed nine ...": the headline sums up, not this one
    gap = sentence_index - previous.last_sentence_index
    if gap == 2 and (sentence_index - 1) in sentences_with_mentions:
        return None
    if gap < 1 or gap > 2:
        return None
    if _zero_contradicted(previous, mention):
        return None  # "a drone hit the field; there were no injuries. A monitor said the strikes killed four": others
    if _type_place_and_date_agree(previous, mention):
        return previous
    if gap == 1 and _blast_named_again(previous, mention):
        return previous
    if previous.distributed and mention.definite:
        # "Drones hit a post in A and a silo in B. Two guards were killed in the A strike.": a part told before the last
        # of its sentence's list
        for sibling in reversed(clusters[-_MAX_LISTED_TARGETS:-1]):
            if sibling.last_sentence_index != previous.last_sentence_index:
                break
            if _type_place_and_date_agree(sibling, mention):
                return sibling
    return None


# A clause telling fire that answers the event told ("replied by shelling", "hit back", "returned fire"): the other
# party's fire, no detail of the event (beside :func:`~mapapp.extract.replies.tells_answer`'s words).
_ANSWERED_RE = compile_guarded(
    r"\b(?:replied|answered|responded|retaliated|returned\s+(?:the\s+)?fire|(?:hit|struck|fired)\s+back)\b",
    re.IGNORECASE,
)
# A clause opening on someone or something new, told with an indefinite article as the subject of its harm or blast
# ("A nurse was shot near B", "A motorcycle was struck by a drone near B", "A landmine exploded near B"): one to three
# words after the article, none a word of saying ("A cousin said the man was hit" is a source telling the event's
# victim), then the verb: another victim or another device, another event.
_INDEFINITE_SUBJECT_RE = compile_guarded(
    r"\W*an?\s+(?:(?!(?:said|says|told|tells|added|reported)\b)[\w'’-]+\s+){1,3}?"
    r"(?:was|were|exploded|detonated|went\s+off|blew\s+up)\b",
    re.IGNORECASE,
)


def _detail_follow_up(previous: EventMention, mention: EventMention, sentence_index: int, anchored: bool) -> bool:
    """A detail of the event told in the sentence just before, with nothing of its own ("Gunmen shot dead a trader
    in A. A cousin said the man was hit by two bullets near the gate of the town."; "Fighters executed five men on a
    road on Friday. One of them, a mayor, was dragged from his car and shot near A, an official said."): the same kind
    of event, no figure, no day and no agent of its own, no cue of a further event ("another", "also", "later":
    :data:`~.separate_events._FURTHER_EVENT_CUE_RE`), no answer to it ("replied by shelling"), no target other than
    the event's, no one or nothing new told as its subject ("A nurse was shot near A", "A landmine exploded near A":
    another victim, another device), and no place but those of the event, or one place only when the event was
    placed nowhere (several places then sum up the parts told after). Such a clause tells how the victim was harmed
    or who said so, not a new harm: without a toll or a time of its own ("last month") it opens no incident of its
    own. (Another event of the same kind told right after gives its own toll, day, place, agent or cue: "Gunmen shot
    dead a trader in A. Gunmen shot a farmer in A.")"""
    if sentence_index - previous.last_sentence_index != 1 or anchored:
        return False
    if previous.headline and len(previous.evidence) == 1:
        return False  # (a headline alone is told again by the body's first report: :func:`continued_cluster`)
    if mention.has_figure or any(not d.said for d in mention.dates) or mention.generic:
        return False  # (any time of its own, a month's or a year's too: "In March, a car was hit near A")
    if _OWN_TIME_RE.search(mention.clause_text):
        return False  # ("Last month, a drone struck a car near A": a time of its own that no date stands for)
    if _INDEFINITE_SUBJECT_RE.match(mention.clause_text):
        return False  # ("Gunmen killed a trader. A nurse was shot near A.": another victim; "A landmine exploded")
    if not same_kind_of_event(previous.event_type, mention.event_type):
        return False
    if gated_search(_LAUNCHED_OFFENSIVE_RE, previous.clause_text) is not None:
        # "Troops launched the battle for A. Clashes broke out around A.": the fight, of which the launch is no event
        # (:func:`~.summaries.drop_launches_told_by_their_fighting`)
        return False
    if mention.actor is not None or mention.unnamed_agent:
        return False  # ("Gunmen shot a nurse near the mosque": an agent told acting again, another act)
    told_target, own_target = previous.target, mention.target
    if told_target is not None and own_target is not None and own_target.casefold() != told_target.casefold():
        return False  # ("A bomb went off near a patrol in A. A device exploded near a bakery in A.": another target)
    if gated_search(_FURTHER_EVENT_CUE_RE, mention.clause_text) is not None:
        return False
    if tells_answer(mention) or gated_search(_ANSWERED_RE, mention.clause_text) is not None:
        return False  # ("Our forces replied by shelling targets near B": the answer, another party's fire)
    if mention.clause_text.rstrip().endswith(":"):
        return False  # ("In B, the jets struck targets:": the head of a list of strikes of its own)
    # (every place the clause names, a governorate's too: "Near A, ... Near B province, ...": a release's items)
    told = {normalize_place(p.text) for p, _ in previous.places}
    if not told:
        # (one place: "Strikes hit the north-east. Strikes were reported on A, B and C.": a summary of places)
        return len(mention.places) <= 1
    return all(normalize_place(p.text) in told for p, _ in mention.places)


# Plural events or agents in a headline: "Strikes kill 37", "Turkish drones kill 7", "Attacks leave 12 dead".
_PLURAL_HEADLINE_RE = compile_guarded(
    r"\b(?:strikes|airstrikes|air\s+strikes|attacks|raids|bombings|drones|warplanes|jets|shells|clashes|operations|"
    r"explosions|blasts|ambushes)\b",
    re.IGNORECASE,
)


def _sums_up_more(headline: EventMention, mention: EventMention) -> bool:
    """A headline of plural events whose toll is more than the body report's highest ("Strikes kill 37 in Syria" over
    "an airstrike killed nine"): it sums up several reports, not this one (a headline of one event rounds or abbreviates
    its toll: "Car bomb kills 9" over "killing more than nine" is the same event)."""
    told, body = headline.killed, mention.killed
    if told is None or body is None or told.low is None or body.high is None or told.low <= body.high:
        return False
    return gated_search(_PLURAL_HEADLINE_RE, headline.clause_text) is not None


#: A mention told as one more event of the kind ("bombed the area again", "another strike", "a second raid").
_ANOTHER_TIME_RE = compile_guarded(r"\b(?:again|anew|another|once more|a (?:second|third|fresh|new|further))\b", re.IGNORECASE)


def _zero_contradicted(cluster: EventMention, mention: EventMention) -> bool:
    """The cluster's toll is a stated zero ("there were no injuries", "without casualties") and the mention tells dead
    or wounded: not the event that harmed nobody."""
    return any(
        told is not None and told.low == told.high == 0 and new is not None and (new.low or 0) > 0
        for told, new in ((cluster.killed, mention.killed), (cluster.injured, mention.injured))
    )


def referred_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The recent cluster a definite event noun refers back to beyond the previous sentences ("The Observatory said
    the assault has killed 28 soldiers" a few paragraphs after the assault was told): the latest of the last
    few clusters, within a few sentences, that is compatible and of the same type or trigger word ("the assault"
    does not refer to air strikes told in between), or whose own type is generic; "the explosion" or "the blast"
    refers to a bomb so (:func:`~.compatibility._blast_named_again`), as it does in the very next sentence."""
    if not mention.definite or mention.headline or mention.generic or mention.point_dates:
        return None  # (a reference that dates itself, "Yesterday ... the murder", may be another event)
    for cluster in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]):
        if sentence_index - cluster.last_sentence_index > _REFERENCE_WINDOW_SENTENCES:
            break
        if cluster.headline and len(cluster.evidence) == 1:
            continue  # a headline is told again by the body's first report, not by a reference
        same_kind = (
            same_kind_of_event(cluster.event_type, mention.event_type)
            or cluster.trigger.pattern == mention.trigger.pattern
            or strikes_told_again(cluster.event_type, mention)
            or _blast_named_again(cluster, mention)  # "A car bomb hit X. ... A monitor said the explosion killed three."
        )
        if (same_kind or cluster.event_type in UNSPECIFIC_TYPES) and compatible(cluster, mention):
            return cluster
    return None


def fight_course_cluster(
    clusters: list[EventMention], mention: EventMention, sentence_index: int
) -> EventMention | None:
    """The fight told in the sentence just before, when this sentence tells how it went at a place within the
    cluster's ("Soldiers and a patrol exchanged fire near X on Monday, leaving one dead. Villagers in Y, east of X,
    had stopped the patrol; the soldiers then opened fire"; "... at a post east of X. The incident began when people
    of the village of Y blocked the road"): both a fight, an attack or a raid, the mention naming first a place the
    cluster did not, and either the cluster's place after it (a place within it) or, referring back with a definite
    noun, the unnamed spot the cluster put the fight at; no toll of its own or the same one, no day that
    contradicts and no cue of a further event ("another", "also", "later")."""
    if not clusters or mention.headline or mention.anchor is not None or not mention.named_places:
        return None
    previous = clusters[-1]
    if sentence_index - previous.last_sentence_index != 1 or previous.headline or not previous.named_places:
        return None
    if previous.event_type not in FIGHT_TYPES or mention.event_type not in FIGHT_TYPES:
        return None
    if _FURTHER_EVENT_CUE_RE.search(mention.clause_text) or not previous.days_agree(mention):
        return None
    if mention.has_figure and not (mention.killed == previous.killed and figures_agree(previous.injured, mention.injured)):
        return None
    if _narrows(previous, mention):
        return previous  # "Y, east of X" after "near X": a place within the cluster's
    if not (mention.definite or _COURSE_OPENING_RE.match(mention.clause_text)):
        return None  # (a place of its own with nothing referring back: another event of the day)
    # "The incident began when ... in Y" after a fight at an unnamed spot against X ("at a post east of X", read as
    # the place "east of X", or "in a village near X")
    known = {normalize_place(p.text) for p in previous.named_places}
    new_place = normalize_place(mention.named_places[0].text) not in known
    relative = _RELATIVE_PLACE_RE.match(previous.named_places[0].text) is not None
    return previous if new_place and (relative or _placed_near_only(previous, mention)) else None


def told_from_origins_cluster(
    clusters: list[EventMention], mention: EventMention, sentence_index: int
) -> EventMention | None:
    """The event told in the sentence just before, when this sentence tells how it went and names no place of its own,
    only where people came from or where the attackers stood ("Gunmen shot dead two traders near A. The men were on
    their way back from the market in B when masked men opened fire"; "Shelling killed a boy in A. Troops stationed in
    B targeted the village with mortars"; :attr:`~mapapp.extract.toponyms.PlaceMention.origin`): no day or toll of its
    own, no cue of a further event ("another", "also", "later"), a kind of event that agrees and no governorate of its
    own. Such a place locates no event, so the clause opens none there: it is the event just told, told again."""
    if not clusters or mention.headline or mention.anchor is not None:
        return None
    if PLACE_LABEL_RE.match(mention.clause_text) or BULLET_ITEM_RE.match(mention.clause_text):
        return None  # ("🚨 A | An ISIS cell abducted a herder in B": a bulletin line of its own)
    if not any(p.origin for p, _ in mention.places) or any(not p.origin for p, _ in mention.places):
        return None
    previous = clusters[-1]
    if sentence_index - previous.last_sentence_index != 1 or not previous.places:
        return None
    if previous.headline and len(previous.evidence) == 1:
        return None  # (a headline alone is a summary)
    if mention.has_figure or any(not d.said for d in mention.point_dates):
        return None
    if _FURTHER_EVENT_CUE_RE.search(mention.clause_text):
        return None
    kinds_agree = (
        same_kind_of_event(previous.event_type, mention.event_type)
        or mention.event_type in UNSPECIFIC_TYPES
        or previous.event_type in UNSPECIFIC_TYPES
    )
    if not kinds_agree or not _same_or_unstated_governorate(previous, mention, origins=False):
        return None
    return previous


# A clause opening on how the event just told began: "The incident began when", "The clash erupted after".
_COURSE_OPENING_RE = compile_guarded(
    r"^\W*(?:the|this)\s+(?:[\w-]+\s+)?(?:incident|confrontation|clash(?:es)?|attack|fighting|shooting|standoff|"
    r"exchange(?:\s+of\s+fire)?)\s+(?:began|started|erupted|broke\s+out|unfolded|happened|occurred)\b",
    re.IGNORECASE,
)
# A place told only against a town: "east of X", "near X" (the spot itself unnamed).
_RELATIVE_PLACE_RE = re.compile(r"(?:near|outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s", re.IGNORECASE)


def _same_word_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """A definite reference names its event with the word it was told with: "the attack" after an attack and then
    air strikes refers to the attack, not to the strikes just told."""
    word = _event_word(mention)
    if len(clusters) < 2 or _event_word(clusters[-1]) == word:
        return None
    if clusters[-1].event_type is mention.event_type:
        return None
    candidate = referred_cluster(clusters[:-1], mention, sentence_index)
    if candidate is None or _event_word(candidate) != word:
        return None
    return candidate


def _tells_no_event_of_its_own(mention: EventMention) -> bool:
    """An unplaced mention that tells no event of its own: the latest incident told again ("Gunmen stormed a post in
    A. The gunmen were neutralized by drones."), not an answer to it ("X said it responded to the fire") nor one told
    apart from it ("Gunmen attacked a checkpoint in A. In a separate incident, a bomb exploded. Two soldiers were
    killed.": the toll is the bomb's; "another strike", "elsewhere")."""
    return not tells_answer(mention) and not _OTHER_DEAD_RE.search(mention.clause_text)
