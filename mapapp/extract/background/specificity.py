"""Specificity: whether a mention that does not continue an incident told already is specific enough to open one
(``mention.specific``, :func:`_is_specific`).

Its *specifics* are a casualty figure, a named place below governorate level, a point date (a day, or a
weekday/yesterday, or a day reckoned from an event told before). Generic or habitual wording needs two; a diplomatic
frame needs a figure or a named place; a weak trigger ("attacks", "bombing") needs a figure, or a place (or one
governorate in the simple past) together with a date or an actor, or one explosion told, or one hit told in the simple
past ("a silo was hit near A", :func:`_one_hit_told`), or a report set apart ("Separately, ..."), or a military release's part of Syria (:func:`strike_in_a_region`); otherwise one is enough, or
one single governorate named in a clause in the simple past. The items of one clause's list are as specific as the
list (:func:`_specific_as_their_list`), and :func:`classify_release_strikes` makes a release's strike at its place
specific when strikes of a named party were told before it. :func:`judge_series_specificity` judges a candidate again
once the events told as a series are typed (its type, party and day may come from the series), then runs
:func:`classify_release_strikes` on those types.
"""

from __future__ import annotations

import re

from mapapp.extract.arguments import names_own_forces, own_fight_reporter
from mapapp.extract.clauses import PERFECT_ASPECT_RE
from mapapp.extract.lexicon import CAPTURE_VERBS, NEUTRALIZED_TRIGGER, SEPARATE_REPORT_RE, compile_guarded
from mapapp.extract.mentions import CANDIDATE, EventMention, SentenceReading
from mapapp.model import BOMBARDMENT_TYPES, EventType


def _specific_as_their_list(reading: SentenceReading) -> None:
    """The items of one clause's list of events told place by place ("bombed a bakery in A, killing five, and a
    checkpoint in B") are as specific as the list: when one item is (its toll, day or actor told with it), so are
    the others (their place is their own; what makes the event specific is told once for the whole list)."""
    listed = [m for m in reading.mentions if m.distributed and m.verdict == CANDIDATE]
    if len(listed) < 2:
        return
    specific_clauses = {m.clause_text for m in listed if m.specific}
    for mention in listed:
        if not mention.specific and mention.clause_text in specific_clauses and mention.sub_governorate_places:
            mention.specific = True


def classify_release_strikes(readings: list[SentenceReading]) -> None:
    """Across sentences: a strike told by a weak word at a place of its own below governorate level, not specific by
    itself ("Near X, strikes destroyed an ammunition depot", "During a strike that destroyed a fighting position"), is
    specific when the text told, before it, strikes of a named party ("the Russian Aerospace Forces struck 142
    facilities", "CENTCOM forces conducted airstrikes", a title "Coalition strike summary"): one of the strikes the
    release lists, its day and party the release's. Not under background wording (a pattern, a history), with a verdict against it, nor one
    heard or feared (:data:`_NOT_HAPPENED_RE`).
    Runs after :func:`~.chain.classify_sentence`; one pass."""
    party_struck = False  # a bombardment with a named party told so far
    for reading in readings:
        for mention in reading.mentions:
            if (
                party_struck
                and not mention.specific
                and mention.verdict == CANDIDATE
                and not mention.generic
                and not reading.generic
                and mention.trigger.weak
                and mention.event_type in BOMBARDMENT_TYPES
                and mention.sub_governorate_places
                # (not one heard, feared or threatened: "a correspondent in X heard heavy bombardment" is where the
                # correspondent stands)
                and _NOT_HAPPENED_RE.search(mention.clause_text) is None
                # (nor a thing told before, hit: "the vehicle was targeted near A" tells more of a strike told already)
                and not _hit_of_a_thing_told_before(mention.clause_text)
            ):
                mention.specific = True
        party_struck = party_struck or any(
            m.event_type in BOMBARDMENT_TYPES and m.actor is not None and not m.generic for m in reading.mentions
        )


def judge_series_specificity(readings: list[SentenceReading]) -> None:
    """Across sentences, after the events told as a series are typed (:mod:`~mapapp.extract.event_series`): a candidate
    not specific when the filter read it is judged again on what the series gave it, its type, its party and its day
    ("Turkish drones struck A on Monday, killing two. The village of B was targeted.": the second clause's weak word at
    its place is one of the drone strikes, their party's and their day's, only once the series has typed it; a weak
    word at a place with a party or a day is specific, :func:`_is_specific`). Then :func:`classify_release_strikes`,
    which reads the strike types the series gave. It only ever makes a mention specific, and only one the background
    filter let pass; one pass."""
    for reading in readings:
        for mention in reading.mentions:
            # (not a hit of a thing told before, "the vehicle was targeted near A": the series' party and day are the
            # event's told already, this clause tells more of it)
            if mention.verdict == CANDIDATE and not mention.specific and not _hit_of_a_thing_told_before(mention.clause_text):
                mention.specific = _is_specific(
                    mention, clause_text=mention.clause_text, generic=reading.generic, diplomatic=reading.diplomatic
                )
    classify_release_strikes(readings)


# A part of Syria named by its direction, the place a military release gives ("in eastern Syria", "in central Syria").
REGION_OF_SYRIA_RE = compile_guarded(
    r"\b(?:in|across)\s+(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+Syria\b",
    re.IGNORECASE,
)


_RELEASE_VERB_RE = compile_guarded(r"\b(?:conducted|carried\s+out|executed|launched)\b", re.IGNORECASE)
#: How far after its event word the part of Syria a release names may stand (characters).
_REGION_WINDOW = 80


def strike_in_a_region(mention: EventMention, clause_text: str) -> bool:
    """True when the clause tells, in a military release's wording, the part of Syria its event took place in, after
    the event word ("forces conducted strikes on Oct. 11 against ISIS camps in central Syria"; not "in eastern Syria
    overnight, as the SDF resumed its assault": the region of another statement, nor "battles ... in northeast
    Syria": a news report's region)."""
    word = mention.trigger_start
    if word < 0 or _RELEASE_VERB_RE.search(clause_text, max(0, word - _REGION_WINDOW), word) is None:
        return False  # (a release's wording: "forces conducted strikes ...")
    found = REGION_OF_SYRIA_RE.search(clause_text, word, word + len(mention.trigger_word) + _REGION_WINDOW)
    return found is not None


# A party the text named before, told again as the subject that opens the clause: "They also attacked areas south of
# X", "Recently, they bombed the village of Y", "In the context, the organization targeted a man near Z" (an opening
# adverbial of the report's own time or sequence and its comma, then "they" or "the group", then the act in the simple
# past). Not an opening of another time ("In the past, the group attacked X", "During the war, they stormed Y"): only
# the openings listed here.
_PARTY_AGAIN_OPENING_RE = re.compile(
    r"\W{0,3}(?:(?:also|later|then|meanwhile|moreover|furthermore|recently|afterwards?|subsequently|earlier|today|"
    r"yesterday|overnight|in\s+(?:the|this)\s+(?:meantime|context)|in\s+addition|shortly\s+after(?:wards)?|at\s+dawn|"
    r"this\s+(?:morning|afternoon|evening)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,\s*)?"
    r"(?:[Tt]hey|[Tt]he\s+(?:organi[sz]ation|group|militants|militias?|terrorists|jihadists|insurgents))\s+"
    r"(?:also\s+|then\s+|later\s+|again\s+)?"
    r"(?:attacked|bombed|bombarded|targeted|shelled|struck|hit|stormed|ambushed)\b",
    re.IGNORECASE,
)


def _party_told_again(clause_text: str) -> bool:
    """Whether the clause opens with a party the text named before as its subject, then its act in the simple past
    (:data:`_PARTY_AGAIN_OPENING_RE`): a reader knows who "they" are, as an actor named again. Not an act feared,
    heard or recurring (:data:`_NOT_HAPPENED_RE`, :data:`_RECURRING_RE`: "the group targeted X, officials fear")."""
    return (
        _PARTY_AGAIN_OPENING_RE.match(clause_text) is not None
        and _NOT_HAPPENED_RE.search(clause_text) is None
        and _RECURRING_RE.search(clause_text) is None
    )


def _party_told(mention: EventMention, clause_text: str) -> bool:
    """Whether the clause names a party to its event: its actor, one side of a fight ("5 PKK/YPG terrorists were
    neutralized", "the SDF said it had captured X": a side telling the ground taken as its own), or a military's own forces in its own voice ("neutralized by our commandos"), or by its own word for
    the fighters they killed or captured ("3 terrorists detected in the X region were neutralized": the word is only
    ever the Turkish military's of its own strikes), or the party told before as the clause's subject ("they",
    "the group": :func:`_party_told_again`)."""
    return (
        mention.actor is not None
        or mention.clash_side is not None
        or names_own_forces(clause_text)
        or _party_told_again(clause_text)  # "They also attacked areas south of X": the party told before
        or "neutrali" in mention.trigger_word
        # a side telling the ground taken as its own: "the SDF said it had captured all of X" (not a fight
        # fought off, "the SDF said it beat back assaults on X", its usual summary of a front)
        or (
            mention.trigger is not None
            and mention.trigger.pattern == CAPTURE_VERBS
            and own_fight_reporter(clause_text) is not None
        )
    )


# One explosion told as what happened at its place: the event word with its indefinite article (and a word of its
# force), then what it did or where it was ("An explosion of unknown cause hit a depot in the town", "activists reported
# a powerful explosion near the X field"); or one bomb, device, mine or explosion, with its article or opening a
# bulletin's line, told going off ("a bomb went off in a bakery in X", "X: Bomb went off near the school", "a gas
# cylinder explosion took place in Y"); not one feared or expected, nor explosions or bombs in the plural (a pattern).
_ONE_EXPLOSION_RE = compile_guarded(
    r"\b(?:an|a\s+(?:powerful|large|huge|massive|loud|strong|violent|big|heavy))\s+(?:explosion|blast)\b"
    r"(?:\s+of\s+(?:unknown|unclear|undetermined)\s+(?:cause|origin|source))?"
    r"\s+(?:hit|rocked|struck|shook|ripped\s+through|targeted|in\s+the\s+vicinity\s+of|near|inside|at)\b"
    r"|(?:\b(?:an?|one)\s+|(?:^|:)\W{0,3})(?:[a-z-]+\s+){0,2}?"
    r"(?:bomb|explosive\s+device|ied|landmine|mine|explosion|blast)\s+(?:went\s+off|exploded|detonated|took\s+place)\b",
    re.IGNORECASE,
)
_NOT_HAPPENED_RE = compile_guarded(
    r"\b(?:fears?|feared|warn(?:s|ed)?|could|may|might|would|will|threat(?:en(?:s|ed)?)?|risk|heard|since)\b",
    re.IGNORECASE,
)


def _one_explosion_told(mention: EventMention, clause_text: str) -> bool:
    """Whether the clause tells one explosion as what happened at its place (:data:`_ONE_EXPLOSION_RE`): a single
    event there, as a day or a party would make it specific; not a feared, threatened or heard one."""
    return (
        mention.event_type in (EventType.OTHER, EventType.IED)
        and _ONE_EXPLOSION_RE.search(clause_text) is not None
        and _NOT_HAPPENED_RE.search(clause_text) is None
    )


# Wording of what recurs or is only feared, not of one event that happened: "every summer", "often", "could hit".
_RECURRING_RE = compile_guarded(
    r"\b(?:every|each)\s+(?:day|night|morning|evening|week|weekend|month|year|summer|winter|spring|autumn|season|time)\b"
    r"|\b(?:usually|often|regularly|always|sometimes|occasionally|repeatedly)\b",
    re.IGNORECASE,
)


def _set_apart_report(clause_text: str) -> bool:
    """Whether the clause opens as a report the text sets apart from the events told before ("Separately,",
    "Elsewhere,", "In a separate incident": :data:`~mapapp.extract.lexicon.SEPARATE_REPORT_RE`) and tells what happened,
    not what recurs or is feared (:data:`_NOT_HAPPENED_RE`, :data:`_RECURRING_RE`)."""
    return (
        SEPARATE_REPORT_RE.match(clause_text) is not None
        and _NOT_HAPPENED_RE.search(clause_text) is None
        and _RECURRING_RE.search(clause_text) is None
    )


# One hit told as what happened: a strike verb in the simple past, passive with what was hit as its subject ("a silo
# and a bakery were hit near A", "targets in B were struck") or active with its object after it ("one of the drones
# struck a car near C"); the past of a finite verb, not a perfect ("have struck": a summary), not feared, recurring,
# denied or supposed (:data:`_NOT_HAPPENED_RE`, :data:`_RECURRING_RE`, :data:`_NOT_TOLD_AS_FACT_RE`). What was hit is told
# for the first time: an indefinite object ("struck a car", not "struck the car") or subject (below).
_PASSIVE_HIT_RE = compile_guarded(
    r"\b(?:was|were)\s+(?:(?:also|reportedly|directly|again|heavily|then|later)\s+)?(?:hit|struck|targeted|bombed|shelled)\b",
    re.IGNORECASE,
)
_ACTIVE_HIT_RE = compile_guarded(
    r"\b(?:struck|targeted|bombed|shelled)\s+(?:an?|one|two|three|four|five|several|some)\s", re.IGNORECASE
)
_NOT_TOLD_AS_FACT_RE = compile_guarded(r"\b(?:not|never|no|nor|neither|if|unless|whether)\b|n['’]t\b", re.IGNORECASE)
# A hit remembered, or named as the time of something else ("people still recall the night a silo was shelled near A",
# "she was born the week a bridge was hit near B"): a past told again, not the report's own event.
_REMEMBERED_HIT_RE = compile_guarded(
    r"\b(?:remember(?:s|ed|ing)?|recall(?:s|ed|ing)?|anniversary|commemorat\w*)\b"
    r"|\b(?:the|that)\s+(?:day|night|morning|evening|week|month|year|time)\s+(?:when\s+|that\s+)?(?:an?|one)\s",
    re.IGNORECASE,
)
# Where the subject of a passive hit begins: after the clause's last comma, colon, "said", "that", "and", "which", "who"
# before the verb (the words before it are read in a bounded window).
_SUBJECT_START_RE = compile_guarded(r"[,;:]|\b(?:said|says|reported|that|and|which|who|while|when)\b", re.IGNORECASE)
_SUBJECT_WINDOW = 80
# A subject told as known: a pronoun or a definite determiner ("the vehicle was targeted", "he was targeted": the thing or
# the victim told before, its event told already).
_KNOWN_SUBJECT_RE = compile_guarded(
    r"\s*(?:the|this|that|these|those|his|her|its|their|he|she|it|they|both)\b", re.IGNORECASE
)
# An event named as known, subject of the hit ("The explosions targeted two cafes", "the strikes hit a depot"): more of
# an event told before, its place the one already told, not one hit of its own.
_KNOWN_EVENT_HIT_RE = compile_guarded(
    r"\b(?:the|this|these|those|both)\s+(?:[\w-]+\s+){0,2}?(?:explosions?|blasts?|(?:air\s?)?strikes?|attacks?|raids?|"
    r"bombings?|bombardments?|shellings?|assaults?)\s+(?:(?:also|reportedly|then|later)\s+)?(?:hit|struck|targeted|bombed)\b",
    re.IGNORECASE,
)


# The strike verbs whose one hit :func:`_one_hit_told` reads (the mention's own event word).
_HIT_VERBS = frozenset({"hit", "struck", "targeted", "bombed", "shelled"})


def _passive_hit_subject(clause_text: str) -> str | None:
    """The subject of the clause's passive hit ("a silo near A" in "a silo near A was hit"), read back from the verb to
    the clause's last separator (:data:`_SUBJECT_START_RE`) in a bounded window; None when the clause tells no passive
    hit."""
    verb = _PASSIVE_HIT_RE.search(clause_text)
    if verb is None:
        return None
    window_start = max(0, verb.start() - _SUBJECT_WINDOW)
    before = clause_text[window_start : verb.start()]
    starts = [m.end() for m in _SUBJECT_START_RE.finditer(before)]
    return before[starts[-1] :] if starts else before


def _passive_hit_of_a_new_thing(clause_text: str) -> bool:
    """Whether the clause tells a thing hit in the passive, its subject told for the first time ("a silo and a bakery
    were hit", "targets in A were struck"; not "the vehicle was targeted", "he was targeted", nor a subject left to
    the verb before, "were spotted near A and were targeted")."""
    subject = _passive_hit_subject(clause_text)
    return subject is not None and bool(subject.strip()) and _KNOWN_SUBJECT_RE.match(subject) is None


# A settlement named as the subject of a hit: "The village of A was targeted", "the town of B was hit" (its article is
# the name's, not that of a thing told before).
_NAMED_SETTLEMENT_SUBJECT_RE = compile_guarded(
    r"\s*the\s+(?:village|town|city|hamlet|neighbou?rhood|district|suburb|camp)s?\s+of\s+(?-i:[A-Z])", re.IGNORECASE
)


def _hit_of_a_thing_told_before(clause_text: str) -> bool:
    """Whether the clause tells, in the passive, a hit of a thing or a person told before ("the vehicle was targeted
    near A", "he was targeted": the event told already, more of it told here), not of a settlement named ("The village
    of A was targeted")."""
    subject = _passive_hit_subject(clause_text)
    return (
        subject is not None
        and _KNOWN_SUBJECT_RE.match(subject) is not None
        and _NAMED_SETTLEMENT_SUBJECT_RE.match(subject) is None
    )


def _one_hit_told(mention: EventMention, clause_text: str) -> bool:
    """Whether the clause tells one hit that happened: its strike verb (the mention's own event word) in the simple
    past, with what it hit told for the first time (:data:`_ACTIVE_HIT_RE`, :func:`_passive_hit_of_a_new_thing`), as a
    day or a party would make it specific; not an event named as known hitting it (:data:`_KNOWN_EVENT_HIT_RE`), nor
    a perfect, feared, recurring, denied, supposed or remembered hit (:data:`_REMEMBERED_HIT_RE`)."""
    word = mention.trigger_word.rsplit(" ", 1)[-1]
    return (
        not mention.definite
        and word in _HIT_VERBS
        and (_ACTIVE_HIT_RE.search(clause_text) is not None or _passive_hit_of_a_new_thing(clause_text))
        and _KNOWN_EVENT_HIT_RE.search(clause_text) is None
        and PERFECT_ASPECT_RE.search(clause_text) is None
        and _NOT_HAPPENED_RE.search(clause_text) is None
        and _RECURRING_RE.search(clause_text) is None
        and _NOT_TOLD_AS_FACT_RE.search(clause_text) is None
        and _REMEMBERED_HIT_RE.search(clause_text) is None
    )


def _is_specific(mention: EventMention, *, clause_text: str, generic: bool, diplomatic: bool) -> bool:
    figure = mention.has_figure
    place = bool(mention.sub_governorate_places)
    if generic:
        # under background wording a governorate's own name ("killed in Raqqa") is not a specific place
        place = any(p.governorate is None for p in mention.sub_governorate_places)
        if mention.event_type is EventType.OTHER:
            return False
    # "Five days later, another bomb hit ...": dated against an event told before, as precise as a day
    point = bool(mention.point_dates) or (mention.anchor is not None and not generic)
    specifics = int(figure) + int(place) + int(point)
    named = {p.governorate for p, _ in mention.places if p.level == "governorate"}
    one_governorate = len(named) == 1 and not PERFECT_ASPECT_RE.search(clause_text)
    # ("CENTCOM forces conducted strikes on Oct. 11 against ISIS camps in central Syria": a day, a party and a part
    # of Syria make the release's strike specific)
    region = point and mention.actor is not None and "Syria" in clause_text and strike_in_a_region(mention, clause_text)
    # (one item of a list of targets each told with its own place, "the strikes hit a plant near A, a station in B and
    # a depot outside C": the list names the hits themselves, as a day or a party would make one strike specific)
    # (the ministry's "neutralized": its figure is the toll the word itself tells, so a place and a day are still
    # needed: "neutralised 7 terrorists in northern Syria this week" is a weekly count)
    # (a stated zero of the event named again, "no one was hurt in the Omar attack", tells of the event told before:
    # it names the event, it does not report one)
    figure_tells = figure and mention.trigger != NEUTRALIZED_TRIGGER and not (mention.definite and mention.figures_all_zero)
    if mention.trigger.weak and not (
        figure_tells
        or region
        or ((place or one_governorate) and (point or _party_told(mention, clause_text)))
        or (place and mention.distributed)
        or (place and not generic and _one_explosion_told(mention, clause_text))
        # ("Separately, a blast went off near a depot in A", "Elsewhere, rebels took a hill south of B"): a report the
        # text sets apart from the events told before is one event of its own, at its named place
        or (place and not generic and _set_apart_report(clause_text))
        # ("a power station was hit near A", "one of the drones struck a car near B"): one hit told at its named place
        or (place and not generic and _one_hit_told(mention, clause_text))
    ):
        return False
    if generic:
        # (one item of a list of targets struck, each with its place: "continued its attacks for a second day,
        # targeting a plant in A and a station in B" names the hits themselves)
        return specifics + int(place and mention.distributed) >= 2
    if diplomatic:
        return figure or place
    if specifics:
        return True
    return one_governorate
