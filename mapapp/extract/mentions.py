"""Event mentions: each clause with an event word, read into the arguments of one candidate event.

Contract: :func:`read_sentence` takes one sentence of the analysis text and
returns a :class:`SentenceReading`: the :class:`EventMention` of each clause
that has a trigger (from :mod:`.clauses`), with its type, actor, target,
casualties (:mod:`.casualties`), places (:mod:`.toponyms`), date expressions
(:mod:`.dates`) and sources, plus the sentence-level facts later stages need
(background or diplomatic wording, a toll read from a sentence without an
event word). A clause with no trigger but a violent death toll at a named place
("three civilians were killed in Hajin"; not "died in a fire") is a mention of
type ``other``. A clause that gives its toll place by place ("Shelling killed 12 people in A and 7 in B") gives
one mention per place (:func:`~mapapp.extract.clauses.distributive_parts`), each with the clause's event word and
its own count, place and day; one that tells two killings, each with its own victim ("another man") and its own
day, gives one mention per killing (:func:`_one_per_victim_day`). Offsets are absolute, into the document text.

Nothing is decided here about whether a mention is an incident: the
background filter (:mod:`.background`) and event coreference
(:mod:`.coreference`) do that. A mention that opens an incident is mutated by
coreference as later mentions of the same event are merged into it.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from mapapp.extract.arguments import (
    attested_agent,
    clash_side,
    find_actor_mentions,
    reported_by_another,
    reporting_striker,
)
from mapapp.extract.casualties import (
    DIED_OF_WOUNDS_LATER_RE,
    CasualtyReading,
    CountMention,
    add_tolls,
    has_casualty_word,
    is_damage_zero,
    read_casualties,
)
from mapapp.extract.clauses import (
    DIPLOMATIC_RE,
    FIRM_ACTOR,
    GENERIC_RE,
    GOVERNORATES_OF_A_STATISTIC,
    Clause,
    TriggerHit,
    attested_actor,
    distributive_parts,
    event_type_in_context,
    find_sources,
    find_target,
    find_triggers,
    is_definite,
    parts_by_day,
    places_of_listed_events,
    regions_headed_apart,
    regions_listed,
    split_clauses,
    toll_told_at_a_listed_place,
)
from mapapp.extract.dates import DateMention, RelativeAnchor, find_dates
from mapapp.extract.lexicon import (
    ADVANCE_ON_GROUND,
    AIR_ACTORS,
    ANSWERED_EVENT_WORDS,
    BATTLE_FOR_GROUND,
    Trigger,
    compile_guarded,
    could_match,
    gated_search,
    is_named_actor,
)
from mapapp.extract.sentences import Sentence
from mapapp.extract.toponyms import (
    GovernorateMention,
    PlaceMention,
    find_country_place,
    find_country_region,
    find_operation_zone,
    find_places,
    place_of_trigger,
)
from mapapp.extract.triggers import (
    armed_party_victims,
    assaulted_party,
    names_air_weapon,
    release_striker,
    release_strikes,
    strikes_over_what_they_destroyed,
)
from mapapp.model import (
    AIR_TYPES,
    BOMBARDMENT_TYPES,
    VEHICLE_BOMB_TYPES,
    Casualties,
    EventType,
    IncidentDate,
)

_VIOLENT_DEATH_RE = compile_guarded(
    r"\b(?:killed|killing|shot|martyred|slain|murdered|executed|massacred|gunned)\b", re.IGNORECASE
)
#: A death by accident, illness or disaster ("died in a traffic accident", "drowned"): no violence.
ACCIDENT_RE = compile_guarded(
    # a fire is a blaze ("died in a fire", "a fire broke out"), not gunfire ("killed by coalition fire", "the fire of")
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+)?fire\b(?!\s+(?:of|by|from)\b)|\bfires?\s+(?:broke\s+out|erupted|engulfed)"
    r"|\b(?:blaze|accident|crash|collapsed?|drown(?:ed|ing)?|electrocut\w*|disease|illness|cold|flood\w*|earthquake|heart attack|traffic)\b",
    re.IGNORECASE,
)
_OTHER_TRIGGER = Trigger("", EventType.OTHER, 0, weak=False)
_SUBJECT_WINDOW = 200  # characters before a clause kept to read its subject ("The attack came ...")
_SHARED_SUBJECT_RE = re.compile(r"[\s,]*and\s+(?:then\s+|later\s+)?[a-z]+ed\b")  # a clause going on with a verb
_LONG_SENTENCE = 320  # characters: beyond this a mention's evidence is its clause (see _is_long)
_OPENING_PUNCTUATION = " ,\"“'"

#: verdicts of the background filter on a mention (see :mod:`.background`)
CANDIDATE = "candidate"


@dataclass(eq=False)  # compared by identity: a mention is one place in the text, and field-wise equality is slow
class EventMention:
    """One clause's reading of an event (offsets are absolute, into the document text).

    When coreference opens an incident with a mention, that mention stands for the incident: later mentions of
    the same event are merged into it (``evidence`` grows, missing arguments are filled).
    """

    sentence_index: int
    last_sentence_index: int
    clause_span: tuple[int, int]
    evidence: list[tuple[int, int]]
    event_type: EventType
    trigger: Trigger
    definite: bool
    actor: str | None
    killed: Casualties | None
    injured: Casualties | None
    victims: str | None
    target: str | None
    places: list[tuple[PlaceMention, int]]  # (mention, sentence index)
    dates: list[DateMention]
    sources: list[str]
    generic: bool
    clause_text: str = ""
    anchor: RelativeAnchor | None = None  # "a day after" opening the clause
    text_before_clause: str = ""  # the sentence just before the clause (for the subject of a date relation)
    opens_sentence: bool = True  # nothing but punctuation before the clause in its sentence
    next_clause_anchored: bool = False  # the next clause opens with "a day after ...": this one is its subject
    headline: bool = False  # read from a title line
    body_sentence_index: int | None = None  # a headline's cluster: the body sentence that first told it again
    published: datetime.date | None = None
    verdict: str = CANDIDATE  # set by the background filter: CANDIDATE or why the mention is not an incident
    specific: bool = False  # set by the background filter: enough specifics to open an incident of its own
    date: IncidentDate | None = None
    relation: tuple[EventMention, int] | None = None  # (other incident, days after it)
    incident_id: str = ""
    actor_score: float = 0.0  # how firmly the clause names its actor (arguments.attested_actor)
    trigger_word: str = ""  # the event word as written, casefolded ("attack", "strikes"): one trigger pattern has several
    #: where the event word stands in ``clause_text``: the start of its :class:`~mapapp.extract.triggers.TriggerHit`,
    #: recorded when the mention is read (not an earlier use of the same word that is no event: "after a review of the
    #: strike logs, officials said a strike killed two"); -1 when the clause has no event word (a toll told without one)
    trigger_start: int = -1
    distributed: bool = False  # one part of a clause that distributes its toll over places (``clause_text`` is the clause's)
    #: a clash's party named only among its dead (arguments.clash_side): its actor when the incident ends with none
    clash_side: str | None = None
    #: the clause names its agent as attackers of no party ("gunmen opened fire on an Asayish checkpoint", arguments.
    #: attested_agent): the actor stays None, no side of the fight (its dead, its reporter) stands in for it
    unnamed_agent: bool = False
    #: the struck party's own assault, read from a relative clause after a strike (:func:`_assault_of_the_struck`)
    struck_party_assault: bool = False
    #: strikes from afar told beside a ground fight in one clause (:func:`_ground_and_air_companion`): a toll told in
    #: the next sentence is the fight's (:func:`~mapapp.extract.follow_up_tolls.fill_casualties`)
    beside_fight: bool = False
    #: the country or part of one the clause names as where its event happened, where it names no place nor governorate
    #: ("an airstrike in northern Syria", "struck targets in northern Iraq": :func:`~mapapp.extract.toponyms.
    #: find_country_region`), with its sentence index: no place for coreference, the incident's place only where its
    #: cluster ends with none (abroad, before the article's place context)
    country_region: tuple[PlaceMention, int] | None = None

    @property
    def has_figure(self) -> bool:
        # (a zero read from damage alone is no figure of its own: "The shelling hit X, causing material damage" still
        # refers back to the shelling told before, and a toll told after replaces it)
        return (self.killed is not None or self.injured is not None) and not is_damage_zero(self.killed)

    def extend_to(self, sentence: Sentence) -> None:
        """The incident told on by ``sentence`` with no clause of its own for it (its toll risen, its targets
        listed): its evidence takes the whole sentence, and its telling now ends there."""
        self.evidence.append((sentence.start, sentence.end))
        self.last_sentence_index = sentence.index

    @property
    def figures_all_zero(self) -> bool:
        """The clause gives figures, and all of them are zero ("no casualties have been reported so far")."""
        figures = [f for f in (self.killed, self.injured) if f is not None]
        return bool(figures) and all(f.high == 0 for f in figures)

    @property
    def clause_text_start(self) -> int:
        """Where ``clause_text`` starts in the document: ``clause_span`` leaves out the punctuation and dashes it
        opens with ("-- Near X, ..."), the text keeps them."""
        return self.clause_span[0] - _lstrip_offset(self.clause_text)

    @property
    def sub_governorate_places(self) -> list[PlaceMention]:
        return [p for p, _ in self.places if p.level == "place"]

    @property
    def named_places(self) -> list[PlaceMention]:
        """Places below governorate level whose name is not a governorate's ("Tal Shayr", not "in Raqqa")."""
        return [p for p, _ in self.places if p.level == "place" and p.governorate is None]

    @property
    def point_dates(self) -> list[DateMention]:
        return [d for d in self.dates if d.kind == "relative" or (d.kind == "absolute" and d.day is not None)]

    def days_agree(self, other: EventMention) -> bool:
        """Point dates that overlap wherever both give some, and no month of its own told against the other's time
        (:func:`months_apart`). A statement's date ("the SDF said on Saturday") is when it was told: it does not
        contradict the event's day."""
        own = {d.day_as_told for d in self.point_dates if not d.said}
        others = {d.day_as_told for d in other.point_dates if not d.said}
        if own and others and not own & others:
            return False
        return not (months_apart(self.dates, other.dates) or months_apart(other.dates, self.dates))


def months_apart(dates: Sequence[DateMention], other_dates: Sequence[DateMention]) -> bool:
    """Whether ``dates`` tell a month of their own (a month with no day: "In June, a car bomb wounded five") that
    sets them apart from ``other_dates``: those name months and none of them is one of these ("On December 10, a
    bomb killed 16 ... In July, a blast killed eight": two events), or they give only a day of the week before the
    report ("on Sunday", "yesterday"): a writer tells an event of the week by its day, and one told by its month
    alone lies further back ("A car bomb killed eight on Sunday. In June, a car bomb wounded five": the June
    bombing is another event). A month that dates a statement, or a span ("since June"), is no time of the event's
    own; one told with its year beside this week's day ("in March 2019") is left to the background filter.
    Linear: one pass over each list of dates."""
    own = [d for d in dates if d.kind == "month" and not d.said and d.month is not None]
    if not own:
        return False
    told = [d for d in other_dates if not d.said and d.kind in ("absolute", "month", "relative")]
    other_months = {d.month for d in told if d.month is not None}
    if other_months:
        return not {d.month for d in own} & other_months
    if all(d.year is not None for d in own):
        # ("took the last village in March 2019", told beside this week's fighting: a month with its year is the
        # history the background filter reads, not one more report of the week)
        return False
    return any(d.kind == "relative" and _within_the_week(d) for d in told)


def _within_the_week(date: DateMention) -> bool:
    """A day the report counts back from its own, a week at most: a weekday, "yesterday", "three days ago"."""
    back = date.days_before_publication
    return date.weekday is not None or (back is not None and back <= _DAYS_OF_A_WEEK)


_DAYS_OF_A_WEEK = 7


@dataclass
class SentenceReading:
    """What one sentence says: its event mentions, its wording, and a toll when it has no event word."""

    sentence: Sentence
    text: str
    generic: bool
    diplomatic: bool
    sources: list[str]
    mentions: list[EventMention] = field(default_factory=list)
    title: bool = False
    #: the sentence's figures, read on first use; a clause that is the whole sentence (most are) sets them when it is
    #: read, so the sentence is not read twice
    _toll: CasualtyReading | None = None
    #: the sentence's date expressions (offsets into ``text``), set when a clause that is the whole sentence read them
    #: for its mention: the dating stage reads them there instead of finding them again
    whole_dates: list[DateMention] | None = None

    @property
    def index(self) -> int:
        return self.sentence.index

    def places_named(self, governorates: list[list[GovernorateMention]]) -> list[PlaceMention]:
        """The places below governorate level the whole sentence names (``governorates``: the governorate mentions of
        each sentence of the document, by index)."""
        return [p for p in find_places(self.text, governorates[self.index], self.sentence.start) if p.level == "place"]

    def toll(self) -> CasualtyReading:
        """The casualty figures of the whole sentence (read on first use: most sentences never need it)."""
        if self._toll is None:
            self._toll = read_casualties(self.text)
        return self._toll


def read_sentence(
    analysis: str,
    sentence: Sentence,
    sentence_governorates: list[GovernorateMention],
    published: datetime.date | None,
    title: bool = False,
    listed: bool = False,
    page_date_at: int | None = None,
) -> SentenceReading:
    """Read the event mentions of one sentence (see the module docstring). ``listed``: the sentence is an item of a
    list of places struck that the sentence before announces ("Drones hit these sites today:" then "- a silo near A"):
    a clause with no event word of its own that names a place is a mention there (typed by the caller).
    ``page_date_at``: the offset in ``analysis`` of the date the page prints as its own
    (:func:`~mapapp.extract.page_date.page_date_offset`), no date of an event."""
    text = analysis[sentence.start : sentence.end]
    reading = SentenceReading(
        sentence=sentence,
        text=text,
        generic=bool(gated_search(GENERIC_RE, text)),
        diplomatic=bool(gated_search(DIPLOMATIC_RE, text)),
        sources=find_sources(text),
        title=title,
    )
    clauses = split_clauses(text)
    # a death told before its cause, in a clause with no event word: its dead and the places it names
    death_before: tuple[Casualties, list[PlaceMention]] | None = None
    for index, clause in enumerate(clauses):
        found, clause_toll = _read_clause(
            text, sentence, clause, sentence_governorates, reading, published, listed, page_date_at
        )
        if clause.start == 0 and clause.end == len(text):
            reading._toll = clause_toll
        if not found:
            death_before = _death_told_before_cause(text, sentence, clause, sentence_governorates, clause_toll)
            continue
        for mention in found:
            if death_before is not None and mention.killed is None:
                # "A man died of his wounds on Tuesday, a day after he was hit by shelling on X", "The body of a man
                # was found in X, two days after he was abducted by gunmen": the dead of the event told next, found
                # there
                mention.killed = death_before[0]
                if not mention.sub_governorate_places and death_before[1]:
                    mention.places = [(p, sentence.index) for p in death_before[1]]
            death_before = None
            mention.headline = title
            mention.next_clause_anchored = index + 1 < len(clauses) and clauses[index + 1].anchor is not None
            if mention.actor is None and reading.mentions and _SHARED_SUBJECT_RE.match(mention.clause_text):
                mention.actor = reading.mentions[-1].actor  # "ISIS attacked A and detonated a car bomb in B": one subject
            reading.mentions.append(mention)
    if any(is_damage_zero(m.killed) for m in reading.mentions) and has_casualty_word(text):
        for mention in reading.mentions:
            if is_damage_zero(mention.killed):
                # "A shell hit the house, damaging it, and its owner was killed": the damage of a clause is no zero
                # where the sentence tells a casualty
                mention.killed = mention.injured = None
    return reading


def _read_clause(
    sentence_text: str,
    sentence: Sentence,
    clause: Clause,
    sentence_governorates: list[GovernorateMention],
    reading: SentenceReading,
    published: datetime.date | None,
    listed: bool = False,
    page_date_at: int | None = None,
) -> tuple[list[EventMention], CasualtyReading]:
    """The mention of the clause's event, or one per part when the clause distributes its toll over places
    (:func:`~mapapp.extract.clauses.distributive_parts`); none without an event word or a violent toll at a place.
    With them, the clause's figures. ``page_date_at``: as for :func:`read_sentence`."""
    text = sentence_text[clause.start : clause.end]
    base = sentence.start + clause.start
    hits = find_triggers(text)
    casualties = read_casualties(text)
    if not hits and casualties.killed is None and not listed:
        return [], casualties  # (the test below, made before reading places only to skip that work)
    # bisection, not a scan of the sentence's mentions per clause (quadratic in a long sentence of many clauses)
    first = bisect_left(sentence_governorates, base, key=lambda g: g.start)
    stop = bisect_left(sentence_governorates, base + len(text), key=lambda g: g.start)
    clause_governorates = sentence_governorates[first:stop]
    places = places_found = find_places(text, clause_governorates, base)
    if clause.answered and not any(p.level == "place" for p in places):
        # the event another answered, told abroad: "in retaliation for a drone strike that killed three soldiers at a
        # base in Jordan" (a country is no place elsewhere: "strikes in Iraq and Syria" sums up a campaign)
        country = find_country_place(text, base)
        if country is not None:
            places = [country, *places]
    if not any(p.level == "place" for p in places):
        # "our units neutralized 5 terrorists in the Peace Spring area": the operation's zone, where no place is named
        zone = find_operation_zone(text, base)
        if zone is not None:
            places = [zone, *places]
    # "U.S. forces conducted an airstrike in northern Syria": the country told where the clause names no other place
    region = find_country_region(text, base) if not places else None
    if not hits and listed:
        # an item of an announced list of places struck: the event is the list's, told at the item's place
        named = [p for p in places if p.level == "place"]
        if not named:
            return [], casualties
        position = named[0].start - base
        hits = [TriggerHit(position, position + 1, "", _OTHER_TRIGGER)]
    body_found = False  # a toll told by a body found, with no event word in its sentence: an attack
    if not hits:
        if casualties.killed is None or not any(p.level == "place" for p in places) or casualties.first_offset is None:
            return [], casualties
        if ACCIDENT_RE.search(text):
            return [], casualties  # "two farmers died in a fire": a death, not violence
        if not _VIOLENT_DEATH_RE.search(text):
            body_found = _body_found_alone(sentence_text, clause, text)
            if not body_found:
                return [], casualties
        position = casualties.first_offset
        hits = [TriggerHit(position, position + 1, "", _OTHER_TRIGGER)]
    backdrops: list[tuple[int, int]] = []  # (the fights told as a bombardment's backdrop: "..., as X battled Y")
    own_hits = strikes_over_what_they_destroyed(
        text,
        release_strikes(
            text,
            _not_backdrop(
                text, _not_conceded(text, _not_support(text, _before_response(text, hits))), places, base, backdrops
            ),
        ),
    )
    primary = _air_over_drone(own_hits, max(own_hits, key=lambda h: (h.trigger.priority, -h.start)))
    clause_places = _outside_answered_event(text, places, primary, base)
    places = place_of_trigger(text, clause_places, primary.start, base)
    target = find_target(text)
    excluded = list(casualties.victim_spans) + ([(target[1], target[2])] if target else [])
    # (the parties of a backdrop fight told after the bombardment's word are not its agent; one told before it, "ISIS
    # shelled A as ...", is read as ever)
    actor, actor_score, unnamed_agent = attested_agent(
        text, primary, excluded + [span for span in backdrops if span[0] > primary.end]
    )
    event_type = event_type_in_context(primary, actor, text, target[0] if target else None, casualties.victims)
    if event_type is EventType.ARMED_CLASH and primary.trigger.event_type in AIR_TYPES and actor in AIR_ACTORS:
        # a ground fight read from the air strikes told with it ("fighters pushed on X, the push to be covered by
        # coalition air raids"): the striker backed the fight, it is no side of it
        actor, actor_score = None, 0.0
    if body_found and event_type is EventType.OTHER:
        event_type = EventType.ATTACK  # "a body was found near X": a killing, coded an attack
    if clause.answered and event_type is EventType.OTHER and not primary.text and armed_party_victims(casualties.victims):
        # the event another answered, told as the killing of an armed party's members ("jets struck X in retaliation
        # for the killing of nine soldiers at a base in Y"): an attack on an armed party, fighting (docs/gold-format.md)
        event_type = EventType.ARMED_CLASH
    if actor is None or actor == "ISIS":
        # "Near Hajin, four strikes engaged three ISIS tactical units": the coalition's; ISIS read as the agent of a
        # release line is what its strikes hit ("one strike damaged an ISIS tunnel")
        striker = release_striker(text, event_type)
        if striker is not None and reported_by_another(text, striker):
            # a line another party reports is not the coalition's release: "A strike destroyed an ISIS checkpoint
            # near X, the Russian defence ministry said" is the reporter's own strike; "The regime said two strikes
            # struck an ISIS hideout" is nobody's the clause names (a later stage may name it)
            striker = reporting_striker(text, event_type)
        actor = striker or actor
    # ("clashes killed 13 SDF fighters": a side of the fight, kept apart: the actor only if no clause names one)
    # (a fight told as one: "clashes", "fighting", "battles"; not an attack on a post read as a clash, nor an ambush,
    # whose attackers the text may leave unnamed)
    side = (
        clash_side(text, excluded)
        if actor is None
        and not unnamed_agent
        and event_type is EventType.ARMED_CLASH
        and primary.trigger.event_type is EventType.ARMED_CLASH
        and not primary.trigger.weak
        and not primary.text.lower().startswith("ambush")
        else None
    )
    found_dates = find_dates(text, page_date_at - base if page_date_at is not None else None)
    if clause.start == 0 and clause.end == len(sentence_text):
        reading.whole_dates = found_dates
    dates = [replace(d, start=d.start + base, end=d.end + base) for d in found_dates]
    span = (base + _lstrip_offset(text), base + len(text.rstrip()))
    mention = EventMention(
        sentence_index=sentence.index,
        last_sentence_index=sentence.index,
        clause_span=span,
        # (the event another answered is told by its own clause, not by the sentence of the answer)
        evidence=[
            span
            if (clause.answered or _is_long(sentence)) and span != (sentence.start, sentence.end)
            else (sentence.start, sentence.end)
        ],
        event_type=event_type,
        trigger=primary.trigger,
        trigger_word=primary.text.casefold(),
        trigger_start=primary.start if primary.text else -1,  # (a toll's stand-in hit is no word: -1)
        # ("The blast was caused by a mine": the definite explosion before the device refers back)
        definite=is_definite(text, primary)
        or any(h.trigger.event_type is EventType.OTHER and h.start < primary.start and is_definite(text, h) for h in hits),
        actor=actor,
        actor_score=actor_score,
        unnamed_agent=unnamed_agent,
        clash_side=side,
        killed=casualties.killed,
        injured=casualties.injured,
        victims=casualties.victims,
        target=target[0] if target else None,
        places=[(p, sentence.index) for p in places],
        dates=dates,
        sources=list(reading.sources),
        generic=reading.generic,
        clause_text=text,
        anchor=clause.anchor,
        text_before_clause=sentence_text[max(0, clause.start - _SUBJECT_WINDOW) : clause.start],
        opens_sentence=clause.start <= _first_content(sentence_text),
        published=published,
        country_region=(region, sentence.index) if region is not None else None,
    )
    mentions = (
        _distributed(mention, text, base, casualties, places, hits)
        or _one_per_place(mention, text, base, places, casualties, primary.start)
        or _one_per_tolled_place(mention, text, base, places)
        or _one_per_day(mention, text, base, casualties, places)
        or _one_per_victim_day(mention, text, base, casualties)
        or [mention]
    )
    # (not in a headline: it sums up what the body tells event by event; a post's long first line is no headline)
    headline = reading.title and sentence.end - sentence.start <= _HEADLINE_CHARS
    if len(mentions) == 1 and not headline:
        answered = _answered_event(mention, text, base, hits, places_found, primary.start)
        if answered is not None:
            mentions.insert(0, answered)
    if len(mentions) == 1 and not headline and mention.event_type in _STANDOFF_TYPES:
        assault = _assault_of_the_struck(mention, text, primary, own_hits)
        if assault is not None:
            mentions.append(assault)  # (told last: "the initial attack" told next refers to it)
    if len(mentions) == 1 and not headline and mention.event_type in _COMPANION_TYPES:
        companion = _ground_and_air_companion(mention, text, primary, own_hits, excluded, casualties, base, clause_places)
        if companion is not None:
            # (fire from afar told beside a fight, "clashes ..., amid artillery shelling on the area", "clashes ..., amid
            # coalition strikes": the fight stays the clause's last event, whose is a toll told next)
            mentions.insert(0 if companion.event_type in _STANDOFF_TYPES else 1, companion)
            strike = companion if companion.event_type in _STANDOFF_TYPES else mention
            strike.beside_fight = strike.event_type in _STANDOFF_TYPES
    return mentions, casualties


def _strikes_of_an_air_party(text: str, primary: TriggerHit, hits: list[TriggerHit]) -> list[TriggerHit]:
    """The generic strike words ("strikes", "bombing", "raids": weak) told in a later part of a fight's clause whose
    own part types them as strikes from the air: "clashes raged near X, amid coalition strikes on the area",
    "..., accompanied by intense strikes by the international coalition", "..., with coalition aircraft bombing ISIS
    positions" (the party's aircraft or a party that strikes from the air, :data:`~mapapp.extract.lexicon.AIR_ACTORS`;
    not "amid strikes by the factions").
    The first is returned (a list of one) retyped as that strike (not weak: its party names it), to be told beside the
    fight. None (an empty list) when no
    part break stands between the fight and the word ("fighting and strikes" are read by :data:`_COORDINATED_STRIKES_RE`
    only for strike words of their own), the part types it otherwise ("amid ISIS attacks": an assault, the fight's) or
    names strikes that did not happen before the word ("amid calls for Russian bombing": :data:`_NOT_HAPPENED_RE`)."""
    # (the part breaks are read once and looked up by bisection, and each part is read for its first generic word
    # only, the first found returned: the caller tells one companion; linear in the clause however many words it has)
    breaks = [(found.start(), found.end()) for found in _PART_BREAK_RE.finditer(text)]
    break_starts, break_ends = [b[0] for b in breaks], [b[1] for b in breaks]
    parts_read: set[int] = set()
    for hit in hits:
        if not hit.trigger.weak or hit.start <= primary.end or _GENERIC_STRIKE_WORD_RE.fullmatch(hit.text) is None:
            continue
        last = bisect_right(break_ends, hit.start) - 1  # the last break between the fight's word and this one
        if last < 0 or break_starts[last] < primary.end or last in parts_read:
            continue
        parts_read.add(last)
        start = break_ends[last]
        following = bisect_left(break_starts, hit.end)
        part = text[start : break_starts[following] if following < len(breaks) else len(text)]
        local = TriggerHit(hit.start - start, hit.end - start, hit.text, hit.trigger)
        if _NOT_HAPPENED_RE.search(part, 0, local.start):
            continue  # "..., amid calls for Russian bombing", "amid the absence of coalition strikes": none told
        actor, _ = attested_actor(part, local, [])
        typed = event_type_in_context(local, actor, part, None)
        if typed in AIR_TYPES and (actor in AIR_ACTORS or names_air_weapon(part)):
            return [replace(hit, trigger=replace(hit.trigger, event_type=typed, weak=False))]
    return []


# A generic word of strikes from afar, typed by its party (not "attacks", "targeted": an assault of any kind).
_GENERIC_STRIKE_WORD_RE = re.compile(r"strikes?|bomb(?:ing|ings|ardments?)|raids", re.IGNORECASE)


# The struck party's own assault, told in a relative clause after the strike's object: "jets struck pro-government
# militias that attacked an SDF post near X", "... against forces who had launched an 'unprovoked attack' on the base".
_ASSAULT_OF_THE_STRUCK_RE = compile_guarded(
    r"\b(?:forces|fighters|militants|militias|militiamen|troops|units|gunmen|members|elements|convoy)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:who|that|which)\s+(?:had\s+)?(?:just\s+)?"
    r"(?:attacked|assaulted|stormed|launched\s+(?:an?\s+)?[\"“']?(?:unprovoked\s+|surprise\s+)?(?:attack|assault))\b",
    re.IGNORECASE,
)
# The relative clause's own words, up to its end (what the struck party did: "that attacked an SDF post near X").
_RELATIVE_REST_RE = re.compile(r"[^,;.]{0,120}")
_ASSAULT_ON_RE = re.compile(r"^[\s\"”'’]*(?:on|against|upon)\b", re.IGNORECASE)
# Where the assault's object ends in it: its place, time or a further clause ("an SDF post | near X").
_OBJECT_END_RE = re.compile(
    r"\b(?:near|in|at|outside|inside|around|along|east|west|north|south|close|on|after|before|when|while|"
    r"and|killing|wounding|last|yesterday|today|overnight)\b",
    re.IGNORECASE,
)
# A year told there dates the assault apart from the strike: "struck ISIS members who had attacked the prison in 2022"
# describes the party struck by its past, no fight of the strike's day.
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _assault_of_the_struck(
    mention: EventMention, text: str, primary: TriggerHit, hits: list[TriggerHit]
) -> EventMention | None:
    """The assault the struck party made, told in a relative clause after the strike ("coalition aircraft struck
    pro-government militias that attacked an SDF post near X"): a fight of its own at the clause's places (coders
    code the assault and the strikes that answered it apart), with no toll (the clause's is the strike's); its agent is
    the party struck, named before the relative ("pro-government militias"). None when the clause tells no such assault after
    its strike word, its event word is not found in it, the relative clause tells a year of its own ("who had attacked
    the prison in 2022"), or the struck party is named by no party's name ("fighters who
    attacked a base": the strike's target described)."""
    found = _ASSAULT_OF_THE_STRUCK_RE.search(text, primary.end)
    if found is None:
        return None
    rest = _RELATIVE_REST_RE.match(text, found.end())
    if rest is not None and _YEAR_RE.search(rest.group()):
        return None  # "... who had attacked the prison in 2022": the party described by its past
    word = next((h for h in hits if found.start() <= h.start < found.end() + 20 and h is not primary), None)
    if word is None:
        return None
    # its agent: the struck party the relative clause is told of ("pro-regime forces that attacked"), the last party
    # named from the strike word to the relative's head noun
    head_end = found.start() + len(found.group().split()[0])
    named = find_actor_mentions(text[primary.end : head_end])
    if not named:
        return None  # "strikes on fighters who attacked a base": the strike's target described, no party's assault told
    # what it assaulted: an armed party's site or forces (a fight), civilians (an attack on them), or nobody
    assaulted = _ASSAULT_ON_RE.sub("", rest.group() if rest is not None else "", count=1)  # ("an attack | on the base")
    assaulted = assaulted[: (cut.start() if (cut := _OBJECT_END_RE.search(assaulted)) else len(assaulted))]
    kind = EventType.ARMED_CLASH if find_actor_mentions(assaulted) else assaulted_party(assaulted)
    if kind is None:
        return None  # ("jets struck ISIS fighters who attacked nobody": no assault told)
    actor, actor_score = named[-1].name, FIRM_ACTOR
    return replace(
        mention,
        event_type=kind,
        trigger=word.trigger,
        trigger_word=word.text.casefold(),
        trigger_start=word.start,
        definite=False,
        actor=actor,
        actor_score=actor_score,
        clash_side=None,
        killed=None,
        injured=None,
        evidence=list(mention.evidence),
        places=list(mention.places),
        dates=list(mention.dates),
        sources=list(mention.sources),
        struck_party_assault=True,
    )


#: Fire from afar, told apart from a ground fight in one clause: strikes from the air and artillery shelling.
_STANDOFF_TYPES = AIR_TYPES | {EventType.SHELLING}
#: The types whose clause may tell a companion event of the other kind, fire from afar beside a fight (a constant: the
#: union was built anew for every clause).
_COMPANION_TYPES = _STANDOFF_TYPES | VEHICLE_BOMB_TYPES | {EventType.ARMED_CLASH}
#: The longest title read as a headline that sums up its body (characters).
_HEADLINE_CHARS = 150
# A ground fight's own word: "clashes", "fighting", "battles", "snipers killed" (not a capture or an offensive, which
# air strikes back as one battle, nor a weak word).
_GROUND_FIGHT_WORD_RE = re.compile(
    r"(?:(?:heavy|fierce|intense|violent|renewed|sporadic|ongoing|fresh)\s+)?(?:clash|fighting|battle|skirmish|gun-?fight|"
    r"fire-?fight|sniper)",
    re.IGNORECASE,
)



# What parts a clause into two events' stretches: a comma, "amid" ("jets hit the dam amid fierce fighting at its
# entrance": the fight the strikes were told beside), "while" or a second reported "and that" ("said clashes were
# raging and that the militants had sent suicide bombers")
_PART_BREAK_RE = re.compile(r",|\bamid(?:st)?\b|\bwhile\b|\band\s+that\b", re.IGNORECASE)

# A concessive phrase: what the clause's event went on against ("pushed into the town despite air strikes", "advanced
# on X in the face of fierce resistance, with six car bombs sent against them"); the fire or bombing it names is an
# event of its own beside the advance, not the clause's only one.
_CONCESSIVE_RE = re.compile(r"\b(?:despite|in\s+spite\s+of|in\s+the\s+face\s+of|notwithstanding)\b", re.IGNORECASE)
# What a concessive or backdrop phrase names that did not happen: a threat, a warning or a fear of strikes, a truce, a
# ban, a halt or an absence of them ("despite threats of Turkish strikes", "despite the ceasefire on shelling", "amid
# calls for Russian bombing", "amid the absence of coalition strikes").
_NOT_HAPPENED_RE = re.compile(
    r"\b(?:threats?|threatened|warnings?|warned|fears?|feared|risks?|prospect|possibility|ceasefire|truce|ban(?:ned)?|"
    r"calls?|appeals?|pledges?|promises?|agreements?|deals?|absence|lack|halt(?:ed)?|pause[sd]?|suspension|"
    r"suspended|without)\b",
    re.IGNORECASE,
)
# A toll the concessive phrase tells of its own event ("despite Turkish shelling that killed three civilians", "in spite
# of strikes killing four of their own"): that event is told, not a mere backdrop of the clause's. Literal words only.
_TOLL_IN_CONCESSION_RE = re.compile(
    r"\b(?:that|which)\s+(?:had\s+)?(?:killed|wounded|injured|left|claimed)\b|\b(?:killing|wounding|injuring|leaving)\b",
    re.IGNORECASE,
)
#: The ground advance words (a force moving into, through or on ground: "pushed deeper into", "advanced on") that
#: stand beside strikes or bombs told in a concessive phrase as an event of their own (:func:`_concession_between`).
_ADVANCE_PATTERNS = frozenset({ADVANCE_ON_GROUND.pattern, BATTLE_FOR_GROUND})


def _not_conceded(text: str, hits: list[TriggerHit]) -> list[TriggerHit]:
    """The event words that are not told in a concessive phrase (:data:`_CONCESSIVE_RE`, up to its first part break)
    when the clause has another one: what the clause's event went on against is its backdrop ("militants pushed
    deeper into X, seizing a post despite a wave of air strikes" is the advance; the strikes, when the text counts
    them, are told by a sentence of their own). Not a phrase that tells its event's own toll ("despite Turkish shelling
    that killed three civilians in X, the fighters attacked ...": :data:`_TOLL_IN_CONCESSION_RE`): that event is told."""
    if len(hits) < 2 or not could_match(_CONCESSIVE_RE, text):
        return hits
    # Each phrase ends at the next part break; the breaks, phrases and tolls are read once and looked up by bisection:
    # O(n log n) in the clause (a run-on text of thousands of "despite" and event words is no quadratic loop). A hit
    # lies in a phrase when the latest phrase opened before it ends after it (an earlier one that reaches it ends at
    # the same break, and holds every toll the latest holds).
    breaks = [found.start() for found in _PART_BREAK_RE.finditer(text)] + [len(text)]
    tolls = [found.start() for found in _TOLL_IN_CONCESSION_RE.finditer(text)]
    starts = [found.end() for found in _CONCESSIVE_RE.finditer(text)]
    conceded: set[int] = set()
    for h in hits:
        latest = bisect_right(starts, h.start) - 1
        if latest < 0:
            continue
        start = starts[latest]
        end = breaks[bisect_left(breaks, start)]
        told_toll = bisect_left(tolls, start) < len(tolls) and tolls[bisect_left(tolls, start)] < end
        if h.start < end and not told_toll:
            conceded.add(id(h))
    own = [h for h in hits if id(h) not in conceded]
    return own or hits


def _concession_between(text: str, advance: TriggerHit, event: TriggerHit) -> int:
    """Where a concessive phrase ("despite", "in spite of", "in the face of": :data:`_CONCESSIVE_RE`) told after the
    ground event's word ``advance`` holds the other event's word ``event`` ("pushed into X despite air strikes"), or
    -1: none there, or one naming strikes that did not happen ("despite threats of air strikes")."""
    if event.start < advance.end:
        return -1
    found = None
    for found in _CONCESSIVE_RE.finditer(text, advance.end, event.start):
        pass
    if found is None or _NOT_HAPPENED_RE.search(text, found.end(), event.start):
        return -1
    return found.start()


def _part_break(text: str, start: int, end: int) -> int:
    """Where the last part break (a comma, "amid", "while", "and that": ``_PART_BREAK_RE``) between ``start`` and
    ``end`` stands in ``text``, or -1 (its last character: what follows it is the next part)."""
    last = -1
    for found in _PART_BREAK_RE.finditer(text, max(0, start), max(0, end)):
        last = found.end() - 1
    return last


# Between a fight's word and the strikes named with it: "and", then at most three words of their force or party, no
# verb ("clashes and coalition airstrikes", "fierce clashes and heavy air strikes").
_COORDINATED_STRIKES_RE = re.compile(r"\s+and\s+(?:(?!(?:were|was|are|is|had|has|have|then)\b)[\w.-]+\s+){0,3}", re.IGNORECASE)

# the rest of a clause told as the manner of its event: ", with ISIS firing mortar rounds at them"
_MANNER_RE = re.compile(r"\s*with\b", re.IGNORECASE)
# the rest of a clause told as the means of its event, no party's act of its own: ", with the use of drones and mortars"
_MEANS_RE = re.compile(r"\s*(?:with\s+the\s+use\s+of|using|by\s+means\s+of)\b", re.IGNORECASE)


# a toll told before its event word: "13 ISIS members killed in Russian air strikes", "two wounded by sniper fire"
_TOLL_BY_RE = re.compile(r"\b(?:killed|wounded|injured|died|dead|hurt)\s+(?:in|by|during)\b", re.IGNORECASE)
#: How far after its toll a later event word may stand and still be the toll's event (characters).
_TOLL_BY_WINDOW = 60


def _ground_and_air_companion(
    mention: EventMention,
    text: str,
    primary: TriggerHit,
    hits: list[TriggerHit],
    excluded: list[tuple[int, int]],
    casualties: CasualtyReading,
    base: int,
    clause_places: list[PlaceMention],
) -> EventMention | None:
    """The second event of a clause that tells a ground fight and strikes from the air apart ("clashes continued
    around the dam, where a Turkish drone killed four fighters", "coalition jets carried out seven strikes on X,
    adding that snipers had killed two of its fighters"): coders code the fight and the strikes as two events at
    the place. So are a ground fight or a raid and a suicide or car bombing told apart ("clashes raged near X, and ISIS
    sent two suicide bombers"). Only when the two words stand in different parts of the clause (a comma, "amid",
    "while" or a second reported "and that" between them: :func:`_part_break`) and neither backs the other (:func:`_not_support` has dropped "backed by air strikes"). Artillery shelling told beside a fight
    is such a second event too ("clashes erupted near X, amid artillery shelling on the area", "ISIS shelled A,
    amid clashes near B"), when the shelling's party is named and it is not told as the way the fight went (",
    with ISIS firing mortars at the advancing forces"; "amid heavy shelling", "amid mutual shelling": no party's), nor
    as the fire of a side the fight's part names ("clashes between tribesmen and the SDF, amid shelling by the SDF").
    The weapons told as the fight's means (", with the use of drones and mortars") are no second event: the clause
    tells one fight (typed so when the weapon's word was read as its event). A fight and strikes from the air named
    side by side, with no part break ("killed in clashes and coalition airstrikes", "during fierce clashes and
    heavy air strikes"), are the two events too (:data:`_COORDINATED_STRIKES_RE`), unless the fight is one told
    already ("in the clashes and airstrikes"); a toll told before both is the fight's.
    The toll goes to the event whose word is told nearest before the first figure; the other gets none."""
    primary_air = mention.event_type in _STANDOFF_TYPES
    primary_bomber = mention.event_type in VEHICLE_BOMB_TYPES
    others = [
        h
        for h in hits
        if not h.trigger.weak
        and (
            (primary_air and _GROUND_FIGHT_WORD_RE.match(h.text) is not None)
            or (primary_bomber and h is not primary and _fight_or_raid(h, text))
            or (not primary_air and not primary_bomber and h.trigger.event_type in _STANDOFF_TYPES)
        )
        # ("militants pushed deeper into X despite air strikes", "troops advanced on Y in the face of resistance,
        # with car bombs sent against them": the advance, a weak word, is the clause's own event beside the fire)
        or (
            (primary_air or primary_bomber)
            and h.trigger.pattern in _ADVANCE_PATTERNS
            and _concession_between(text, h, primary) >= 0
        )
    ]
    if not primary_air and not primary_bomber and _GROUND_FIGHT_WORD_RE.match(primary.text) is not None and not others:
        others = _strikes_of_an_air_party(text, primary, hits)
    if not others or (not primary_air and not primary_bomber and _GROUND_FIGHT_WORD_RE.match(primary.text) is None):
        return None
    other = others[0]
    other_type = other.trigger.event_type
    low, high = sorted((primary.start, other.start))
    # the concessive phrase that parts the advance from the fire it went on against (-1: none)
    conceded = _concession_between(text, other, primary)
    # "killed in clashes and coalition airstrikes", "during fierce clashes and heavy air strikes by the coalition":
    # the fight and the strikes named side by side, two events at the place (coded so by the writers who code such a
    # clause); the clause's toll told before them is the fight's. Not the fight told already ("its fighters died
    # in the clashes and the Russian strikes": the fight just told, its dead)
    fight, air = (other, primary) if primary_air else (primary, other)
    coordinated = (
        fight.start < air.start
        and air.trigger.event_type in AIR_TYPES
        and _COORDINATED_STRIKES_RE.fullmatch(text, fight.end, air.start) is not None
        and not is_definite(text, fight)
    )
    if _part_break(text, low, high) < 0 and not coordinated and conceded < 0:
        return None  # "fighting raged as jets struck": one account of one battle
    if primary_air and other.start > primary.start and _lasting_scene(text, other):
        return None  # "jets struck positions near X, where combat has gone on for a week": the place's state
    shelling = EventType.SHELLING in (mention.event_type, other_type)
    if shelling and _MANNER_RE.match(text, _part_break(text, low, high) + 1):
        return None  # "clashes raged in X, with ISIS firing mortars at the advancing forces": how the fight went
    # "clashes broke out in X, with the use of drones and mortars": the weapons the fight was fought with, one event,
    # the fight (read as the companion below and made the clause's event, when the weapon's word was read as it)
    means = _MEANS_RE.match(text, _part_break(text, low, high) + 1) is not None
    if means and primary.start < other.start:
        return None
    if primary_bomber:
        # ("clashes raged near X, and ISIS sent two suicide bombers", "our forces raided a house in X, where a member
        # blew himself up": the fight or the raid, and the bombing, two events at the place)
        event_type = EventType.RAID if other.trigger.event_type is EventType.RAID else EventType.ARMED_CLASH
    else:
        event_type = other_type if not primary_air else EventType.ARMED_CLASH
    # its agent is read in its own part of the clause, up to the comma before the other event's word ("clashes
    # between the SDF and the factions continued near X, where a Turkish drone ...": not the drone's Turkish; up to the
    # fight's own word when the strikes are named right after it)
    end = _part_break(text, other.end, primary.start) if primary.start > other.start else len(text)
    if coordinated and primary.start > other.start:
        end = other.end
    if conceded >= 0 and (end < 0 or end > conceded):
        end = conceded  # (the advance's part ends where the concession begins: "pushed into X | despite air strikes")
    start = _part_break(text, primary.end, other.start) + 1 if primary.start < other.start else 0
    part = text[start:end]
    shifted = TriggerHit(other.start - start, other.end - start, other.text, other.trigger)
    actor, actor_score, unnamed_agent = attested_agent(part, shifted, [])
    if shelling and not is_named_actor(actor if other_type is EventType.SHELLING else mention.actor):
        return None  # "fighting raged, amid heavy shelling", "amid mutual shelling": the fight's own fire, no party's
    fight_part_end = _part_break(text, low, high)
    if (
        not primary_air
        and not primary_bomber
        and other.start > primary.start
        and other_type is EventType.SHELLING
        and actor is not None
        and actor in {named.name for named in find_actor_mentions(text[:fight_part_end])}
        and not _place_of_its_own(mention, base, fight_part_end)
        and not _aimed_at_another_party(text[fight_part_end + 1 :], actor)
    ):
        # "clashes between tribesmen and the SDF in X, amid shelling by the SDF on the town": a side's own fire in the
        # fight (not "ISIS shelled A, amid clashes near B": a fight told beside the party's shelling; nor a bombing told
        # before a fight between its party and the bombed, "a bomber struck a post in A, as clashes between ISIS and the
        # SDF raged nearby": two events)
        return None
    figure = casualties.first_offset
    if coordinated and figure is not None and figure < fight.start:
        toll_to_other = other is fight  # "19 were killed in clashes and coalition airstrikes": the fight's dead
    elif figure is not None and other.start > figure and _TOLL_BY_RE.search(text, figure, other.start) is not None:
        toll_to_other = other.start - figure <= _TOLL_BY_WINDOW  # "13 members killed in Russian air strikes"
    else:
        before = [h for h in (primary, other) if figure is not None and h.start < figure]
        toll_to_other = bool(before) and max(before, key=lambda h: h.start) is other and not (
            figure is not None and primary.start > figure and _TOLL_BY_RE.search(text, figure, primary.start) is not None
        )
    companion = replace(
        mention,
        event_type=event_type,
        trigger=other.trigger,
        trigger_word=other.text.casefold(),
        trigger_start=other.start,
        actor=actor,
        actor_score=actor_score,
        # (whether its own part names its agent as attackers of no party: not the other event's part's)
        unnamed_agent=unnamed_agent,
        clash_side=clash_side(part, []) if event_type is EventType.ARMED_CLASH and actor is None else None,
        killed=mention.killed if toll_to_other else None,
        injured=mention.injured if toll_to_other else None,
        # (lists of its own: a follow-up merged into one of the two, or a tail trimmed off one's evidence, is not the other's)
        evidence=list(mention.evidence),
        # (the place of its own word first: "clashes near A, accompanied by air raids on B" are at A, the raids at B)
        places=[(p, mention.sentence_index) for p in place_of_trigger(text, clause_places, other.start, base)],
        dates=list(mention.dates),
        sources=list(mention.sources),
    )
    if means:
        for name in (
            "event_type", "trigger", "trigger_word", "trigger_start",
            "actor", "actor_score", "unnamed_agent", "clash_side",
        ):
            setattr(mention, name, getattr(companion, name))
        return None
    if toll_to_other:
        mention.killed = mention.injured = None
    if conceded >= 0:
        # the fire's agent is read in the concessive phrase ("pushed into X despite US-led air strikes": the coalition's,
        # not the advancing force's), none when the phrase names none
        own = TriggerHit(primary.start - conceded, primary.end - conceded, primary.text, primary.trigger)
        # (and whether that phrase names its agent as attackers of no party: not the whole clause's, whose subject is
        # the advancing force's, "masked gunmen pushed into X in spite of air strikes")
        mention.actor, mention.actor_score, mention.unnamed_agent = attested_agent(text[conceded:], own, [])
    return companion


def _place_of_its_own(mention: EventMention, base: int, fight_part_end: int) -> bool:
    """Whether the clause names a place after the fight's part (which ends at ``fight_part_end``, clause offsets;
    ``base`` is the clause's offset in the document): "clashes between the SDF and the factions near A, accompanied by
    shelling by Turkish forces on B town" tells the shelling of B, aimed at a place it names, apart from the fight (not
    "..., amid shelling by the SDF on the town": the fight's own ground, no place of its own)."""
    return any(p.level == "place" and not p.origin and p.start > base + fight_part_end for p, _ in mention.places)


def _aimed_at_another_party(part: str, actor: str) -> bool:
    """Whether the shelling's part of the clause names a party other than its agent ``actor``, as its object:
    "..., amid shelling by the SDF on ISIS posts" is the SDF's fire on the other side's posts, an event of its own
    (not "..., amid shelling by the SDF on the town": the fight's ground)."""
    return any(named.name != actor for named in find_actor_mentions(part))


# The place of the strike just told, described by a fight going on there for a while up to now: "..., where combat
# has gone on for a week", "where clashes have continued since Monday" (the words before the fight's word, and from it).
_WHERE_BEFORE_RE = re.compile(r"\bwhere\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_LASTING_SINCE_RE = re.compile(
    r"(?:[\w-]+\s+){1,3}?(?:has|have)\s+(?:been\s+)?[\w-]+\s+(?:on\s+)?(?:for\s+(?:(?:the\s+)?(?:past|last)\s+)?[\w-]+\s+"
    r"(?:days|weeks|months|hours|nights)|for\s+(?:days|weeks|months)|since)\b",
    re.IGNORECASE,
)
#: How many characters before the fight's word "where" may stand.
_WHERE_WINDOW = 30


def _lasting_scene(text: str, fight: TriggerHit) -> bool:
    """Whether a fight told after a strike is the state of the strike's place, in a "where" clause of a fight lasting up
    to now ("struck positions near X, where combat has gone on for a week", "where clashes have gone on since
    Monday"): no event beside the strike (a fight told by its own clause is: "jets struck X, and clashes broke out in Y";
    so is one on a day of its own: "where fighting broke out on Monday")."""
    return (
        _WHERE_BEFORE_RE.search(text, max(0, fight.start - _WHERE_WINDOW), fight.start) is not None
        and _LASTING_SINCE_RE.match(text, fight.start) is not None
    )


def _fight_or_raid(hit: TriggerHit, text: str) -> bool:
    """A ground fight's own word ("clashes", "fighting") or a raid's ("raided a house"), told beside a bombing (not
    "stormed": "attackers wearing explosive belts stormed the base" is the bombers' own assault). Not a campaign
    named as the bombing's time ("Two weeks into the battle for X, a car bomb ...", "after months of fighting in X"):
    a battle is a campaign's name, and a fight after "weeks/months/years of", "into" or "throughout" frames the
    bombing ("advanced after violent clashes with ISIS, who used car bombs" tells the fight)."""
    if hit.trigger.event_type is EventType.RAID:
        return hit.text.lower().startswith("raid")
    if _GROUND_FIGHT_WORD_RE.match(hit.text) is None or "battle" in hit.text.lower():
        return False
    return _FRAMING_FIGHT_RE.search(text, max(0, hit.start - _FRAME_LOOKBACK), hit.start) is None


# The words before a fight's word that make it the time of another event ("months of fighting", "into the clashes",
# "throughout the fighting"), read over a bounded stretch before the word.
_FRAME_LOOKBACK = 40
_FRAMING_FIGHT_RE = re.compile(
    r"\b(?:(?:weeks|months|years)\s+of|into|throughout)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE
)


def _distributed(
    mention: EventMention,
    text: str,
    base: int,
    casualties: CasualtyReading,
    places: list[PlaceMention],
    hits: list[TriggerHit],
) -> list[EventMention]:
    """One mention per part of a clause that distributes its toll over places ("Shelling killed 12 people in A and
    7 in B": 12 at A, 7 at B; see :func:`~mapapp.extract.clauses.distributive_parts`), or [] when it does not.

    Every part keeps what the clause says of the event as a whole (type, actor, target, sources, the clause text its
    wording is judged by) and takes the counts of its own stretch ("A civilian was killed and another wounded in A":
    one dead and one wounded at A), its own place first (with the clause's places that are no other part's) and its
    own day when it names one ("near A on Monday and a woman in B on Tuesday"); a part whose stretch has an event
    word of its own while the clause's is in another part is of its own type ("wounded by shelling in A, and two
    others by a drone strike in B"). A count whose kind no casualty word
    beside it tells ("and 7 in B") is of the kind of the count before it, else of the clause's toll; a total told
    before the list ("14 people: nine in A and five in B") is no part's. A list over three or more governorates is
    a statistic (:mod:`.background`) and is read whole. Each part's evidence is its own stretch of the clause, so
    that each is an incident of its own."""
    if len(casualties.counts) < 2 or len(places) < 2:
        return []
    ordered = sorted(places, key=lambda p: p.start)  # (the trigger's place may lead)
    if len({p.governorate for p in ordered if p.governorate}) >= GOVERNORATES_OF_A_STATISTIC:
        return []
    relative = [(p.start - base, p.end - base, p.text) for p in ordered]
    parts = distributive_parts(text, [(c.start, c.end) for c in casualties.counts], relative)
    if not parts:
        return []
    own_places = {id(ordered[part.place]) for part in parts}
    listed = sum(casualties.counts[part.count].low or 0 for part in parts)
    first_listed = casualties.counts[parts[0].count].start
    # (a clause that tells no toll at all, "4 fighters in A and 2 in B who prepared an attack were neutralized" read
    # without its verb, gives its counts no kind: no part's toll is guessed)
    kind: str | None = "killed" if mention.killed is not None else "injured" if mention.injured is not None else None
    kinds: list[str | None] = []
    for count in casualties.counts:
        kind = count.kind or kind
        kinds.append(kind)
    mentions: list[EventMention] = []
    for part in parts:
        figures: dict[str, list[Casualties]] = {"killed": [], "injured": []}
        segment = casualties.counts[part.count]
        for count, count_kind in zip(casualties.counts, kinds):
            if not part.start <= count.start < part.end or (count.kind is None and count is not segment):
                continue  # (an unclassified count other than the part's own, "hit the two towns", is no toll)
            if count.start < segment.start and part is not parts[0] and count.phrase.lower() in _ENUMERATING_WORDS:
                continue  # "..., and another on a house in B, wounding a woman": the next event, not a person
            if count.start < first_listed and (count.low or 0) >= listed:
                continue  # the total the list distributes
            if count_kind is None:
                continue
            figures[count_kind].append(Casualties(low=count.low, high=count.high, phrase=count.phrase))
        others = [(p, i) for p, i in mention.places if id(p) not in own_places]
        event_type, trigger, word, word_start = _own_type(mention, text[part.start : part.end], part.start, hits)
        mentions.append(
            _part_mention(
                mention,
                text,
                base,
                (part.start, part.end),
                ordered[part.place],
                others,
                (_total(figures["killed"]), _total(figures["injured"])),
                event_type=event_type,
                trigger=trigger,
                trigger_word=word,
                trigger_start=word_start,
                victims=segment.noun_phrase or mention.victims,
            )
        )
    return mentions


def _part_mention(
    mention: EventMention,
    text: str,
    base: int,
    stretch: tuple[int, int],
    place: PlaceMention,
    others: list[tuple[PlaceMention, int]],
    tolls: tuple[Casualties | None, Casualties | None],
    **own: Any,
) -> EventMention:
    """One part of a clause told as several events (:func:`_distributed`, :func:`_one_per_place`,
    :func:`_one_per_day`): its ``stretch`` of the clause ``text`` (relative to it; the clause starts at ``base``),
    without its outer spaces and separators, as its span and evidence; ``place`` as its primary place, before
    ``others``; the clause's days told inside the stretch (all of them when it tells none); its ``tolls`` (killed,
    injured); and what else it says of its own (``own``: its type, its victims)."""
    start, end = stretch
    part = text[start:end]
    span = (base + start + _lstrip_offset(part), base + start + len(part.rstrip()))
    own_dates = [d for d in mention.dates if base + start <= d.start < base + end]
    return replace(
        mention,
        clause_span=span,
        evidence=[span],
        killed=tolls[0],
        injured=tolls[1],
        places=[(replace(place, role="primary"), mention.sentence_index), *others],
        dates=own_dates or list(mention.dates),
        sources=list(mention.sources),
        distributed=True,
        **own,
    )


def _own_type(
    mention: EventMention, stretch: str, offset: int, hits: list[TriggerHit]
) -> tuple[EventType, Trigger, str, int]:
    """The type of one part of a distributed clause (its type, trigger, event word and where that word stands in the
    clause): its own event word's when it has one and the clause's event word lies outside it, else the clause's."""
    own = [h for h in hits if offset <= h.start < offset + len(stretch)]
    # (a clause with no event word has only its toll's stand-in hit: the clause's)
    if not own or not mention.trigger_word or offset <= mention.trigger_start < offset + len(stretch):
        return mention.event_type, mention.trigger, mention.trigger_word, mention.trigger_start
    best = max(own, key=lambda h: (h.trigger.priority, -h.start))
    local = TriggerHit(best.start - offset, best.end - offset, best.text, best.trigger)
    event_type = event_type_in_context(local, mention.actor, stretch, mention.target, mention.victims)
    return event_type, best.trigger, best.text.casefold(), best.start


def _one_per_place(
    mention: EventMention, text: str, base: int, places: list[PlaceMention], casualties: CasualtyReading, event_at: int
) -> list[EventMention]:
    """One mention per listed place when the clause tells one event at each ("Two car bombs exploded in A and B";
    :func:`~mapapp.extract.clauses.places_of_listed_events`), or []. Each takes the clause's event, its own place
    and its own day when its stretch names one. A toll the list gives item by item is each item's own ("a bakery in
    A, killing five, and a checkpoint in B": five at A, none told at B; see :func:`_item_tolls`); the toll the
    clause gives for them all is shared as an upper bound ("killing nine": up to nine at each), since the text does
    not tell how it divides. A military release's strikes or fighters neutralized in a list of regions ("targets were
    destroyed in the A, B and C regions by our aircraft") are one event per region
    (:func:`~mapapp.extract.clauses.regions_listed`), each told by the whole clause; so are the regions a bombardment
    struck, each told with its own head after its event word (``event_at``, relative to ``text``: "jets struck the
    desert of A and the desert of B"; :func:`~mapapp.extract.clauses.regions_headed_apart`)."""
    named = sorted((p for p in places if p.level == "place"), key=lambda p: p.start)
    if len(named) < 2:
        return []
    relative = [(p.start - base, p.end - base, p.text) for p in named]
    stretches = places_of_listed_events(text, relative)
    if (
        not stretches
        and (_told_region_by_region(mention) or _STRIKE_WITHOUT_WEAPON_RE.fullmatch(mention.trigger_word))
        and not counts_over_more_than_a_day(mention)
        and event_at < relative[0][0]
    ):
        # "jets struck the desert of A and the desert of B", "the raids hit bases in the desert of A and the Badia of
        # B": each region told with its own head, a place struck (not a fight's regions told before the strikes: "clashes
        # in the vicinity of A and the outskirts of B, amid coalition strikes on the city")
        stretches = regions_headed_apart(text, relative)
    if not stretches:
        # (a week's or a month's count over a list of regions is a tally: :func:`counts_over_more_than_a_day`)
        if (
            _told_region_by_region(mention)
            and not counts_over_more_than_a_day(mention)
            and regions_listed(text, relative, release_word_only=True)
        ):
            # "targets were destroyed in the A, B and C regions": the clause tells each region's event (the first
            # region's evidence is the whole clause, the others' the list's own phrase, from the last comma before
            # it: not a preamble told once), and the count it gives is the operation's (an upper bound at each)
            others = [(p, i) for p, i in mention.places if p.level != "place"]
            shared = (shared_bound(mention.killed), shared_bound(mention.injured))
            phrase = max(text.rfind(mark, 0, relative[0][0]) for mark in ",;:") + 1
            return [
                _part_mention(mention, text, base, (0 if number == 0 else phrase, len(text)), place, others, shared)
                for number, place in enumerate(named)
            ]
        return []
    own = {id(p) for p in named}
    items = [(place, span) for place, span in zip(named, stretches) if span is not None]
    tolls = _item_tolls(text, base, items, casualties)
    # the places told before the list's strike frame every item ("In A countryside, drones hit a silo in B and ...")
    first_item = items[0][0].start
    framing = [(p, mention.sentence_index) for p, span in zip(named, stretches) if span is None and p.end <= first_item]
    mentions: list[EventMention] = []
    number = 0
    for index, (place, stretch_span) in enumerate(zip(named, stretches)):
        if stretch_span is None:
            continue  # a place that only locates the listed place before it (or frames the list): a part's reference
        locators: list[tuple[PlaceMention, int]] = []  # the places right after it that only locate it
        for later, later_span in zip(named[index + 1 :], stretches[index + 1 :]):
            if later_span is not None:
                break
            locators.append((later, mention.sentence_index))
        others = locators + framing + [(p, i) for p, i in mention.places if id(p) not in own]
        part_tolls = tolls[number] if tolls is not None else (shared_bound(mention.killed), shared_bound(mention.injured))
        number += 1
        mentions.append(_part_mention(mention, text, base, stretch_span, place, others, part_tolls))
    return mentions


def _one_per_tolled_place(mention: EventMention, text: str, base: int, places: list[PlaceMention]) -> list[EventMention]:
    """One mention per place of a bare list struck when the clause tells its toll at one of them ("jets bombed A and
    B, killing four civilians in A": four at A, none told at B; :func:`~mapapp.extract.clauses.toll_told_at_a_listed_place`),
    or []. Each is told by the whole clause; the toll's place told again locates the item it names."""
    if mention.killed is None and mention.injured is None:
        return []
    named = sorted((p for p in places if p.level == "place"), key=lambda p: p.start)
    relative = [(p.start - base, p.end - base, p.text) for p in named]
    found = toll_told_at_a_listed_place(text, relative)
    if found is None:
        return []
    listed, tolled = found
    own = {id(p) for p in named}
    others = [(p, i) for p, i in mention.places if id(p) not in own]
    mentions = []
    for index, place in enumerate(named[:listed]):
        if index == tolled:
            part_others, tolls = [(named[-1], mention.sentence_index), *others], (mention.killed, mention.injured)
        else:
            part_others, tolls = others, (None, None)
        mentions.append(_part_mention(mention, text, base, (0, len(text)), place, part_others, tolls))
    return mentions


#: A count's period longer than a day: "in the past week", "over the last two months", "this year", "since June".
_LONGER_THAN_A_DAY_RE = compile_guarded(
    r"\b(?:(?:past|last|previous|this)\s+(?:[\w-]+\s+)?(?:weeks?|months?|years?|days)|since)\b", re.IGNORECASE
)


def counts_over_more_than_a_day(mention: EventMention) -> bool:
    """Whether the mention's count covers a period longer than a day ("in the past week", "since June", a month told
    as its date): a tally, whose breakdown by place (rule 4f in :mod:`.coreference`) or list of regions
    (:func:`_one_per_place`) tells no event at each; a daily briefing's ("in the last 24 hours") tells that day's."""
    return any(d.kind == "month" for d in mention.dates) or gated_search(_LONGER_THAN_A_DAY_RE, mention.clause_text) is not None


#: A strike told without its weapon ("the strikes", "struck"): a bombardment whose kind the report tells elsewhere.
_STRIKE_WITHOUT_WEAPON_RE = re.compile(r"(?:air\s+)?strikes?|struck")


def _told_region_by_region(mention: EventMention) -> bool:
    """Whether the mention's event is one a military release tells region by region: a bombardment (air, drone or
    artillery strikes), or fighters "neutralized" (the Turkish ministry's word), not a battle told over several
    places ("clashes in the A and B areas": one battle)."""
    return mention.event_type in BOMBARDMENT_TYPES or "neutrali" in mention.trigger_word


# after a listed target's place, what ties a toll to that target alone: "..., where two workers were killed", "(3
# martyrs)", "in which a guard died"
_OWN_TOLL_JOINT_RE = re.compile(r"[^;.]{0,60}?(?:\bwhere\b|\bin\s+which\b|\()", re.IGNORECASE)


def _item_tolls(
    text: str,
    base: int,
    items: list[tuple[PlaceMention, tuple[int, int]]],
    casualties: CasualtyReading,
) -> list[tuple[Casualties | None, Casualties | None]] | None:
    """The toll of each item of a list of events told place by place, when the list gives it item by item: the
    counts told after an item's place and before the next item ("a bakery in A, killing five workers, and a
    checkpoint in B"; "a checkpoint in B, where seven were killed"). None when no item but the last has a toll of
    its own and the last's is not tied to it ("hit a silo in A and a station in B, killing nine": the list's toll).
    The total of a list is no item's toll: an item with no count of its own gets none."""
    counted = [c for c in casualties.counts if c.kind is not None]
    if not counted or len(items) < 2:
        return None
    per_item: list[list[CountMention]] = []
    for place, (_start, end) in items:
        tail_start = place.end - base
        per_item.append([c for c in counted if tail_start <= c.start < end])
    if not any(per_item[:-1]):
        last_place = items[-1][0]
        first_count = per_item[-1][0].start if per_item[-1] else None
        tied = first_count is not None and _OWN_TOLL_JOINT_RE.match(text, last_place.end - base, first_count)
        if not tied:
            return None
    if any(c.start < items[0][0].end - base for c in counted):
        return None  # a count told before the list (its total, or the toll of what it lists): read whole
    return [_tolls_of(own) for own in per_item]


def _one_per_day(
    mention: EventMention, text: str, base: int, casualties: CasualtyReading, places: list[PlaceMention]
) -> list[EventMention]:
    """One mention per (place, day) pair when the clause tells an event at each place on its own day ("Gunmen
    attacked a checkpoint in A on Monday and a patrol in B on Tuesday"; :func:`~mapapp.extract.clauses.parts_by_day`),
    or []. Each part takes its place, its day and the tolls of its own stretch."""
    days = [d for d in mention.point_dates if not d.said]
    named = sorted((p for p in places if p.level == "place"), key=lambda p: p.start)
    if len(days) < 2 or len(named) != len(days):
        return []
    stretches = parts_by_day(
        text,
        [(p.start - base, p.end - base, p.text) for p in named],
        [(d.start - base, d.end - base, d.day_as_told) for d in days],
    )
    if not stretches:
        return []
    mentions: list[EventMention] = []
    for place, (start, end) in zip(named, stretches):
        # (each stretch holds its day, so its own days are never empty)
        own = [c for c in casualties.counts if c.kind is not None and start <= c.start < end]
        mentions.append(_part_mention(mention, text, base, (start, end), place, [], _tolls_of(own)))
    return mentions


# A count that names one more victim than those told before it: "another woman", "a second man".
_FURTHER_VICTIM_RE = re.compile(r"(?:another|a\s+(?:second|third))\b", re.IGNORECASE)


def _one_per_victim_day(
    mention: EventMention, text: str, base: int, casualties: CasualtyReading
) -> list[EventMention]:
    """Two killings told in one clause, each with its own victim and its own day ("After a man was shot on Monday,
    the body of another man was found on Wednesday"): two mentions, each with its victim's toll and its day, split
    after the first killing's day. Only when the clause has exactly two death counts and two days, in the order
    victim-day, victim-day (either within its half), and the second victim is told as one more ("another", "a
    second"); one killing told twice names no other victim and stays one, and a victim who died of wounds later is
    the same event's. [] otherwise."""
    days = [d for d in mention.point_dates if not d.said]
    killed = [c for c in casualties.counts if c.kind == "killed"]
    if len(days) != 2 or len(killed) != 2 or casualties.injured is not None:
        return []
    first_day, second_day = sorted(days, key=lambda d: d.start)
    if (first_day.year, first_day.day_as_told) == (second_day.year, second_day.day_as_told):
        return []
    first, second = killed
    if not _FURTHER_VICTIM_RE.match(second.phrase):
        return []
    first_end = max(first.end, first_day.end - base)
    if not (second.start >= first_end and second_day.start - base >= first_end):
        return []
    if DIED_OF_WOUNDS_LATER_RE.search(text, first_end):
        return []  # "killed a boy on Sunday, and another boy died of his wounds on Monday": one event's dead
    mentions: list[EventMention] = []
    for count, (start, end) in ((first, (0, first_end)), (second, (first_end, len(text)))):
        stretch = text[start:end]
        span = (base + start + _lstrip_offset(stretch), base + start + len(stretch.rstrip(" ,;")))
        mentions.append(
            replace(
                mention,  # (the clause's places kept by both: a sub-place, "the first sector", is no place of its own)
                clause_span=span,
                evidence=[span],
                killed=Casualties(low=count.low, high=count.high, phrase=count.phrase),
                injured=None,
                victims=count.noun_phrase or mention.victims,
                dates=[d for d in mention.dates if base + start <= d.start < base + end],
                sources=list(mention.sources),
                distributed=True,
            )
        )
    return mentions


def shared_bound(figure: Casualties | None) -> Casualties | None:
    """A toll for several events at several places, as the bound it sets on each: none to all of it."""
    if figure is None or figure.high is None:
        return None
    return Casualties(low=0, high=figure.high, phrase=figure.phrase)


#: Words that open the next event of an enumeration ("one on a car ..., and another on a house ...").
_ENUMERATING_WORDS = frozenset({"another", "one", "a second", "a third"})


def _tolls_of(counts: list[CountMention]) -> tuple[Casualties | None, Casualties | None]:
    """The killed and the injured of one part, from its own classified counts, each added up (:func:`_total`)."""
    return (
        _total([Casualties(c.low, c.high, c.phrase) for c in counts if c.kind == "killed"]),
        _total([Casualties(c.low, c.high, c.phrase) for c in counts if c.kind == "injured"]),
    )


def _total(figures: list[Casualties]) -> Casualties | None:
    """The figures of one part added up (each part is counted once: "a woman and her two children in A" is 3)."""
    total: Casualties | None = None
    for figure in figures:
        total = add_tolls(total, figure)
    return total


_BODY_FOUND_RE = compile_guarded(
    r"\bbod(?:y|ies)\b[^.;]{0,60}?\b(?:found|recovered|discovered|dumped|retrieved)\b", re.IGNORECASE
)
#: The body of someone told before: "his body", "their bodies".
_OWN_BODY_RE = compile_guarded(r"\b(?:his|her|their)\s+bod(?:y|ies)\b", re.IGNORECASE)
#: A grave the bodies are taken from: "26 bodies were recovered from a mass grave".
_GRAVE_RE = compile_guarded(r"\bgraves?\b", re.IGNORECASE)
#: A person told found dead: "a woman was found dead in the camp", "a man was found shot in his tent".
_FOUND_DEAD_RE = compile_guarded(r"\bfound\s+(?:dead|murdered|strangled|stabbed|slain)\b", re.IGNORECASE)


def _body_found_alone(sentence_text: str, clause: Clause, clause_text: str) -> bool:
    """Whether ``clause_text`` tells a body found ("a body was found near X", "two bodies were recovered
    near Y", "a woman was found dead in the camp") and no event word follows it in its sentence.

    A body found with no cause told is a killing there: every real web gold that tells one codes it an ``attack``
    (eight, in four collections; none lists one as a not-incident). A cause told after it in the sentence ("...,
    two days after he was abducted by gunmen") is that event's, which takes the dead
    (:func:`_death_told_before_cause`)."""
    if not (("bod" in clause_text.lower() and _BODY_FOUND_RE.search(clause_text)) or _FOUND_DEAD_RE.search(clause_text)):
        return False
    if _OWN_BODY_RE.search(clause_text):
        return False  # "His body was found near Y": the dead of the event just told (follow_up_tolls)
    if _GRAVE_RE.search(clause_text):
        return False  # "bodies recovered from a mass grave": the remains of killings long past, exhumed (history)
    return not find_triggers(sentence_text[clause.end :])


def _death_told_before_cause(
    sentence_text: str,
    sentence: Sentence,
    clause: Clause,
    sentence_governorates: list[GovernorateMention],
    casualties: CasualtyReading,
) -> tuple[Casualties, list[PlaceMention]] | None:
    """The dead and the places of a clause with no event word that tells a death of wounds ("A man died of his
    wounds on Tuesday") or a body found ("The body of a man was found near X"), else None. ``casualties`` are the
    clause's figures, already read."""
    text = sentence_text[clause.start : clause.end]
    lowered = text.lower()
    if "wounds" in lowered or "injuries" in lowered:
        if not DIED_OF_WOUNDS_LATER_RE.search(text):
            return None
    elif "bod" not in lowered or not _BODY_FOUND_RE.search(text):
        return None
    killed = casualties.killed
    if killed is None:
        return None
    base = sentence.start + clause.start
    first = bisect_left(sentence_governorates, base, key=lambda g: g.start)
    stop = bisect_left(sentence_governorates, base + len(text), key=lambda g: g.start)
    places = find_places(text, sentence_governorates[first:stop], base)
    return killed, [p for p in places if p.level == "place"]


# "in response to a drone attack on the base", "in retaliation for": the event answered, told after the one reported.
# ("retaliating for a string of drone attacks", "to avenge a soldier killed by mortar fire")
_RESPONSE_TO_RE = compile_guarded(r"\b(?:" + ANSWERED_EVENT_WORDS + r")\b", re.IGNORECASE)


#: The nouns of an event named as what another answered or followed ("the rocket attack", "the killing of two").
_NAMED_EVENT_NOUNS = r"attacks?|bombings?|blasts?|explosions?|assaults?|ambush|killings?"


def _named_event_phrase(openers: str, nouns: str, *, determiner_optional: bool = False) -> re.Pattern[str]:
    """An event named after one of ``openers`` ("in response to", "after"): a determiner (optional when
    ``determiner_optional``, as a headline writes it) and at most three words before one of ``nouns``, the phrase
    running to the next comma or semicolon (at most 120 characters)."""
    determiner = r"(?:the|an?|its|their|this|that|last\s+\w+['’]s|\w+day['’]s)\s+"
    if determiner_optional:
        determiner = rf"(?:{determiner})?"
    return compile_guarded(
        rf"\b(?:{openers})\s+{determiner}(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})\b[^,;]{{0,120}}",
        re.IGNORECASE,
    )


# The event another answered, named as such: "in response to the June 3 rocket attack on the base at A", "in retaliation
# for the killing of two soldiers at a post in B" (the phrase of :data:`_ANSWERED_EVENT_RE` without "after").
_ANSWERED_ONLY_RE = _named_event_phrase(ANSWERED_EVENT_WORDS, _NAMED_EVENT_NOUNS)


def _answered_event(
    mention: EventMention, text: str, base: int, hits: list[TriggerHit], places: list[PlaceMention], own_word_at: int
) -> EventMention | None:
    """The event a clause's event answers, when the clause names it with a place of its own ("In response to the
    June 3 rocket attack on the base at A, US forces shelled the launch sites near B": the rocket attack at A): an
    event of its own, as coders code it, with its own type, place, toll and day told in the phrase and no party
    (the phrase seldom names one; a later sentence that does tells it again). None when the phrase names no place
    below governorate level, or the clause's own event word lies in it."""
    if not could_match(_RESPONSE_TO_RE, text):
        return None
    found = _ANSWERED_ONLY_RE.search(text)
    if found is None:
        return None
    start, end = found.start(), found.end()
    own = [p for p in places if p.level == "place" and start <= p.start - base < end]
    inside = [h for h in hits if start <= h.start < end and not h.trigger.weak]
    if not own or not inside or not mention.sub_governorate_places:
        return None
    if any(start <= p.start - base < end for p, _ in mention.places if p.level == "place"):
        return None  # (the clause's own place is the answered event's: one place told, kept by the answer)
    if start <= own_word_at < end:
        return None  # (the clause's own event word is in the phrase: "in response to ... attack" is its event)
    phrase = text[start:end]
    best = max(inside, key=lambda h: (h.trigger.priority, -h.start))
    local = TriggerHit(best.start - start, best.end - start, best.text, best.trigger)
    toll = read_casualties(phrase)
    event_type = event_type_in_context(local, None, phrase, None, toll.victims)
    part = _part_mention(
        mention,
        text,
        base,
        (start, end),
        own[0],
        [(p, mention.sentence_index) for p in own[1:]],
        (toll.killed, toll.injured),
        event_type=event_type,
        trigger=best.trigger,
        trigger_word=best.text.casefold(),
        trigger_start=best.start,
        actor=None,
        actor_score=0.0,
        clash_side=None,
        victims=toll.victims,
        target=None,
    )
    part.distributed = False  # (a part of no list: the answered event, told in its own phrase)
    part.dates = [d for d in mention.dates if base + start <= d.start < base + end]
    return part


# The event another answered or followed, named with its place: "in response to the attack in Ankara", "in retaliation
# for the heinous attack on our base in X", "following Wednesday's bombing in Istanbul", "after the attack on the
# ministry in the capital" (a determiner and at most three words before the event noun; the phrase runs to the next
# comma or semicolon, at most 120 characters).
_ANSWERED_EVENT_RE = _named_event_phrase(ANSWERED_EVENT_WORDS + "|after|following", _NAMED_EVENT_NOUNS + "|deaths")


# The same phrase also without a determiner, as a headline writes it: "US strikes militia sites after drone attack".
_ANSWERED_EVENT_ANY_RE = _named_event_phrase(
    ANSWERED_EVENT_WORDS + "|after|following", _NAMED_EVENT_NOUNS + "|deaths", determiner_optional=True
)


def answered_event_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that name an event another answered or followed ("a day after a drone strike on a
    post in X", "in response to the mortar attack on the post", a headline's "after drone attack"): the other side's
    event, told as the reason or the time of the one reported."""
    if not could_match(_ANSWERED_EVENT_ANY_RE, text):
        return []
    return [found.span() for found in _ANSWERED_EVENT_ANY_RE.finditer(text)]


#: What may close a clause after the phrase that names an answered event (which runs to the next comma): its stop.
_AFTER_ANSWERED_PHRASE_RE = re.compile(r"[\s.,;:!?\"”’')\]]*")


def is_answered_event(mention: EventMention) -> bool:
    """The mention's clause is nothing but the phrase naming the event another answered or followed ("..., following a
    mortar attack by the militias on their post."): its event is the other side's, which the answering party
    did not carry out (not "After the attack on the base, jets struck X", whose own event follows the phrase)."""
    text = mention.clause_text
    start = _lstrip_offset(text)
    found = _ANSWERED_EVENT_RE.match(text, start) if could_match(_ANSWERED_EVENT_RE, text) else None
    return found is not None and _AFTER_ANSWERED_PHRASE_RE.fullmatch(text, found.end()) is not None


# Where a bombardment's own clause places it, a country or a part of one: "in northern Syria", "across north-eastern
# Syria", "across the north of Syria and Iraq" (not the party's name, "Islamic State of Iraq and Syria": no preposition).
# Possessive blanks: with "\s+" a preposition before a long run of blanks and no country was tried at every split of
# the run (quadratic).
_IN_A_COUNTRY_RE = compile_guarded(
    r"\b(?:in|across|over|into|throughout)\s++(?:the\s++)?(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s++(?:of\s++)?)?"
    r"(?:Syria|Iraq)\b",
    re.IGNORECASE,
)


def _outside_answered_event(text: str, places: list[PlaceMention], primary: TriggerHit, base: int) -> list[PlaceMention]:
    """``places`` without those of the event the clause's event answered or followed ("Turkish drones struck X after
    the attack in Ankara", "In response to the attack in Ankara, jets struck targets in Y"): that event's place is not
    this one's. Only when the clause's own event word is a firm one outside the phrase (in "two soldiers were killed
    after an attack on their post in X" the attack is the event) and the clause names a place of its own (the first
    place left becomes the primary one) or its event is a bombardment it places in a country (left unplaced: "jets
    struck targets in northern Syria in retaliation for the attack in Ankara" is not in Ankara)."""
    if not places or primary.trigger.weak or not could_match(_ANSWERED_EVENT_RE, text):
        return places
    kept = places
    spans: list[tuple[int, int]] = []
    for found in _ANSWERED_EVENT_RE.finditer(text):
        start, end = found.start(), found.end()
        if start <= primary.start < end:
            continue
        spans.append((start, end))
        kept = [p for p in kept if not start <= p.start - base < end]
    if len(kept) == len(places):
        return places
    first = next((i for i, p in enumerate(kept) if p.level == "place"), None)
    if first is None:
        # (with no place of its own left, the answered event's place stays: the report names the strike by it ("In
        # retaliation for the attack on its base at X, jets struck positions nearby"); but not a bombardment its
        # clause places in a country ("jets struck targets in northern Syria in response to the attack in Ankara"):
        # unplaced, a wave whose hits what follows lists ("32 targets were destroyed in A and B"))
        if primary.trigger.event_type in BOMBARDMENT_TYPES and _told_in_a_country(text, spans):
            return kept
        return places
    return [
        replace(p, role="primary" if i == first else "reference") if p.level == "place" else p for i, p in enumerate(kept)
    ]


def _told_in_a_country(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``text`` places its event in a country or a part of one (:data:`_IN_A_COUNTRY_RE`) outside ``spans``."""
    if not could_match(_IN_A_COUNTRY_RE, text):
        return False
    return any(
        not any(start <= found.start() < end for start, end in spans) for found in _IN_A_COUNTRY_RE.finditer(text)
    )


# "shortly after the ambush", "following the attack": the event just told, named as the time of this one.
_AFTER_THE_RE = re.compile(r"\b(?:after|following)\s+the\s+$", re.IGNORECASE)


# A clause that opens with a definite event and a verb of coming or being carried out, up to what it answered: "The
# strikes came", "The raids were carried out", "These attacks were launched" (no place, party or day of their own:
# no preposition in the event's words, "the strikes on X came" names its own place).
_BACK_REFERENCE_OPENING_RE = re.compile(
    r"\W*(?:the|these|those|this|that|such)\s+(?:(?!(?:on|in|at|near|against|by|of|around)\b)[\w.-]+\s+){1,3}?"
    r"(?:came|come|comes|were\s+(?:carried\s+out|launched|conducted|made)|was\s+(?:carried\s+out|launched|conducted|made))"
    r"(?:\s+(?:as\s+a|in\s+apparent|in\s+direct|partly))?\s*",
    re.IGNORECASE,
)


def _before_response(text: str, hits: list[TriggerHit]) -> list[TriggerHit]:
    """The event words before "in response to ..." when the clause has some: the words after it tell the event
    answered ("jets bombed militia positions in response to a drone attack on the base" is an air strike); when the
    phrase opens the clause, the words after its comma. An event
    word named as the time ("Russian jets carried out 20 strikes shortly after the ambush") is not the clause's."""
    if len(hits) >= 2 and ("fter the " in text or "ollowing the " in text):
        # (by identity: a membership test by equality compared every hit with every timed one, quadratic in a long clause)
        timed = {id(h) for h in hits if _AFTER_THE_RE.search(text, max(0, h.start - 16), h.start)}
        if timed and id(hits[0]) not in timed:  # (the clause tells its event first: "Shortly after the attack, X said ...")
            hits = [h for h in hits if id(h) not in timed]
    if len(hits) < 2 or not could_match(_RESPONSE_TO_RE, text):
        return hits
    found = _RESPONSE_TO_RE.search(text)
    if found is None:
        return hits
    before = [h for h in hits if h.end <= found.start()]
    if (
        before
        and len(before) < len(hits)
        and all(is_definite(text, h) for h in before)
        and _BACK_REFERENCE_OPENING_RE.fullmatch(text, 0, found.start()) is not None
    ):
        # "The strikes came in response to an attack by drones on a base near X": the strikes told before, referred back
        # to; the event the clause tells anew is the one they answered
        return [h for h in hits if h.start >= found.start()]
    if not before:
        # "In retaliation for the attack on its base, the coalition struck a depot": the clause's event follows the
        # answered one's phrase, after its comma
        comma = text.find(",", found.end())
        before = [h for h in hits if h.start > comma] if comma != -1 else []
    return before or hits


# The fire that backs a ground fight: "SDF fighters, supported by coalition air strikes, repelled an ISIS attack".
_SUPPORT_BEFORE_RE = compile_guarded(
    # (not "accompanied by": "violent clashes near X, accompanied by coalition air strikes on Y" tells the strikes
    # beside the fight, a second event, as the development writers code it; :func:`_ground_and_air_companion`)
    r"\b(?:supported|backed|covered|aided|assisted)\s+by\s+(?:the\s+)?(?:[\w.-]+\s+){0,5}$"
    r"|\b(?:with|under)\s+(?:the\s+)?(?:support|cover|backing)\s+of\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}$"
    r"|\b(?:amid|amidst|with|under)\s+(?:the\s+)?(?:heavy\s+|intense\s+|intensive\s+)?(?:air|aerial)\s+(?:support|cover)\s+"
    r"(?:of|from|by)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _not_support(text: str, hits: list[TriggerHit]) -> list[TriggerHit]:
    """The event words that are not the fire backing another event ("supported by coalition air strikes, repelled an
    attack" is the attack fought off), when the clause has another one."""
    if len(hits) < 2 or not any(word in text for word in (" by ", " of ", " from ")):
        return hits
    own = [h for h in hits if not _SUPPORT_BEFORE_RE.search(text, max(0, h.start - 50), h.start)]
    return own or hits


# "as" opening the backdrop of a clause's event, up to the fight's word: "shells hit homes in A as fighters battled the
# militants", "..., as the battle for the enclave dragged into a fifth week" (not "such as", "as well as", "as part of",
# "known as", "as many as", "as soon as": no backdrop).
_BACKDROP_AS_RE = re.compile(
    r"(?<![\w-])(?<!such )(?<!known )(?<!well )as\s+"
    r"(?!(?:well|part|a\s+result|many|much|of|if|though|far|long|soon|for|to)\b)(?:[\w'’.-]+\s+){0,10}$",
    re.IGNORECASE,
)
#: How far before a fight's word the "as" of its backdrop clause may stand (characters).
_BACKDROP_WINDOW = 100
# A scene of its own told after the fight's word without a name: "as clashes raged nearby", "in the area", "around it"
# (within a window to the next comma: a run-on clause of fights is not read to its end from each of them).
_SCENE_AFTER_RE = re.compile(
    r"[^,;:]{0,150}?\b(?:nearby|near|around|outside|in\s+the\s+(?:area|vicinity|surrounding)|on\s+the\s+outskirts)\b",
    re.IGNORECASE,
)


def _not_backdrop(
    text: str,
    hits: list[TriggerHit],
    places: list[PlaceMention],
    base: int,
    backdrops: list[tuple[int, int]] | None = None,
) -> list[TriggerHit]:
    """The event words that are not a fight told as the backdrop of the clause's event: "Shells hit homes in A as
    fighters battled the militants on several fronts" is the shelling, "Mortar rounds fell on the camp overnight, as
    the battle for the enclave dragged into a fifth week" the mortar fire. A fight's word after "as" (no comma
    between), with a strike's or shelling's word before the "as" and no scene of its own after the fight's word ("as
    clashes raged in the village of B" is B's fight too, and "as clashes raged nearby" one near the event's place),
    yields the clause to the bombardment it is the backdrop of. An explosion heard or a death told before it ("An
    explosion was heard in A as fighters battled the SDF") is the fight's own: no bombardment to yield to.
    ``backdrops``, when given, receives each backdrop's span (from its "as" to the next part break): the parties of the
    fight there are no agent of the bombardment ("Shells hit homes in A as SDF fighters battled ISIS": no one's)."""
    if len(hits) < 2 or " as " not in text:
        return hits
    # (once per clause, not per hit: a run-on clause of many fights and places stays linear)
    first_bombardment_end = min((h.end for h in hits if h.trigger.event_type in BOMBARDMENT_TYPES), default=None)
    if first_bombardment_end is None:
        return hits
    last_place = max((p.start for p in places if p.level == "place"), default=-1)
    own: list[TriggerHit] = []
    frames: list[tuple[int, int]] = []
    following: re.Match[str] | None = None  # the part break after the last backdrop (reused while still ahead)
    searched_from = len(text) + 1  # (where that search started: none yet)
    for hit in hits:
        if (
            hit.trigger.event_type is EventType.ARMED_CLASH
            and (frame := _BACKDROP_AS_RE.search(text, max(0, hit.start - _BACKDROP_WINDOW), hit.start)) is not None
            and not any(mark in frame.group() for mark in ",;:")
            and first_bombardment_end <= frame.start()
            and last_place <= base + hit.start
            and not _SCENE_AFTER_RE.match(text, hit.end)
        ):
            # (the break found for an earlier backdrop is this one's too while it stands after this hit, and none
            # found from an earlier point means none from here: a run-on clause of backdrops is read once, not from
            # each of them to its end)
            if hit.end < searched_from or (following is not None and following.start() < hit.end):
                following = _PART_BREAK_RE.search(text, hit.end)
                searched_from = hit.end
            frames.append((frame.start(), following.start() if following is not None else len(text)))
        else:
            own.append(hit)
    if own and backdrops is not None:
        backdrops.extend(frames)
    return own or hits


def _air_over_drone(hits: list[TriggerHit], primary: TriggerHit) -> TriggerHit:
    """An air strike word when the clause names warplanes and drones together ("Turkish warplanes and drones struck",
    "a wave of drone and air strikes"): the strikes of both are air strikes, the wider type (as coders type a
    mixed air campaign); the drone word alone otherwise. Bombs "dropped" are no aircraft: "a drone dropped a bomb"
    is the drone's."""
    if primary.trigger.event_type is not EventType.DRONE_STRIKE or len(hits) < 2:
        return primary
    air = [
        h
        for h in hits
        if h.trigger.event_type is EventType.AIRSTRIKE and not h.trigger.weak and not h.text.lower().startswith("dropped")
    ]
    return min(air, key=lambda h: h.start) if air else primary


def _is_long(sentence: Sentence) -> bool:
    """A sentence long enough to hold several statements (bulletins run a report, its background and the running
    toll into one sentence): its mentions' evidence is their own clause, not the whole sentence."""
    return sentence.end - sentence.start > _LONG_SENTENCE


def _first_content(sentence_text: str) -> int:
    """Offset of the first character of the sentence that is not opening punctuation."""
    return len(sentence_text) - len(sentence_text.lstrip(_OPENING_PUNCTUATION))


def _lstrip_offset(text: str) -> int:
    stripped = text.lstrip(" ,;:—–-\t\n")
    return len(text) - len(stripped)


__all__ = [
    "ACCIDENT_RE",
    "CANDIDATE",
    "EventMention",
    "SentenceReading",
    "answered_event_spans",
    "is_answered_event",
    "read_sentence",
    "shared_bound",
]
