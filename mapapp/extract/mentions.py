"""Event mentions: each clause with an event word, read into the arguments of one candidate event.

Contract: :func:`read_sentence` takes one sentence of the analysis text and
returns a :class:`SentenceReading`: the :class:`EventMention` of each clause
that has a trigger (from :mod:`.clauses`), with its type, actor, target,
casualties (:mod:`.casualties`), places (:mod:`.toponyms`), date expressions
(:mod:`.dates`) and sources, plus the sentence-level facts later stages need
(background or diplomatic wording, a toll read from a sentence without an
event word). A clause with no trigger but a violent death toll at a named place
("three civilians were killed in Hajin"; not "died in a fire") is a mention of
type ``other``. Offsets are absolute, into the document text.

Nothing is decided here about whether a mention is an incident: the
background filter (:mod:`.background`) and event coreference
(:mod:`.coreference`) do that. A mention that opens an incident is mutated by
coreference as later mentions of the same event are merged into it.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from mapapp.extract.casualties import CasualtyReading, read_casualties
from mapapp.extract.clauses import (
    DIPLOMATIC_RE,
    GENERIC_RE,
    Clause,
    TriggerHit,
    attested_actor,
    event_type_in_context,
    find_sources,
    find_target,
    find_triggers,
    is_definite,
    split_clauses,
)
from mapapp.extract.dates import DateMention, RelativeAnchor, find_dates
from mapapp.extract.lexicon import Trigger, compile_guarded
from mapapp.extract.sentences import Sentence
from mapapp.extract.toponyms import GovernorateMention, PlaceMention, find_places, place_of_trigger
from mapapp.model import Casualties, EventType, IncidentDate

_VIOLENT_DEATH_RE = compile_guarded(
    r"\b(?:killed|killing|shot|martyred|slain|murdered|executed|massacred|gunned)\b", re.IGNORECASE
)
_ACCIDENT_RE = compile_guarded(
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

    @property
    def has_figure(self) -> bool:
        return self.killed is not None or self.injured is not None

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
    _toll: CasualtyReading | None = None

    @property
    def index(self) -> int:
        return self.sentence.index

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
) -> SentenceReading:
    """Read the event mentions of one sentence (see the module docstring)."""
    text = analysis[sentence.start : sentence.end]
    reading = SentenceReading(
        sentence=sentence,
        text=text,
        generic=bool(GENERIC_RE.search(text)),
        diplomatic=bool(DIPLOMATIC_RE.search(text)),
        sources=find_sources(text),
        title=title,
    )
    clauses = split_clauses(text)
    for index, clause in enumerate(clauses):
        mention = _read_clause(text, sentence, clause, sentence_governorates, reading, published)
        if mention is None:
            continue
        mention.headline = title
        mention.next_clause_anchored = index + 1 < len(clauses) and clauses[index + 1].anchor is not None
        if mention.actor is None and reading.mentions and _SHARED_SUBJECT_RE.match(mention.clause_text):
            mention.actor = reading.mentions[-1].actor  # "ISIS attacked A and detonated a car bomb in B": one subject
        reading.mentions.append(mention)
    return reading


def _read_clause(
    sentence_text: str,
    sentence: Sentence,
    clause: Clause,
    sentence_governorates: list[GovernorateMention],
    reading: SentenceReading,
    published: datetime.date | None,
) -> EventMention | None:
    text = sentence_text[clause.start : clause.end]
    base = sentence.start + clause.start
    hits = find_triggers(text)
    casualties = read_casualties(text)
    if not hits and casualties.killed is None:
        return None  # (the test below, made before reading places only to skip that work)
    # bisection, not a scan of the sentence's mentions per clause (quadratic in a long sentence of many clauses)
    first = bisect_left(sentence_governorates, base, key=lambda g: g.start)
    stop = bisect_left(sentence_governorates, base + len(text), key=lambda g: g.start)
    clause_governorates = sentence_governorates[first:stop]
    places = find_places(text, clause_governorates, base)
    if not hits:
        if casualties.killed is None or not any(p.level == "place" for p in places) or casualties.first_offset is None:
            return None
        if not _VIOLENT_DEATH_RE.search(text) or _ACCIDENT_RE.search(text):
            return None  # "two farmers died in a fire": a death, not violence
        position = casualties.first_offset
        hits = [TriggerHit(position, position + 1, "", _OTHER_TRIGGER)]
    primary = max(hits, key=lambda h: (h.trigger.priority, -h.start))
    places = place_of_trigger(text, places, primary.start, base)
    target = find_target(text)
    excluded = list(casualties.victim_spans) + ([(target[1], target[2])] if target else [])
    actor, actor_score = attested_actor(text, primary, excluded)
    event_type = event_type_in_context(primary, actor, text, target[0] if target else None, casualties.victims)
    dates = [replace(d, start=d.start + base, end=d.end + base) for d in find_dates(text)]
    span = (base + _lstrip_offset(text), base + len(text.rstrip()))
    return EventMention(
        sentence_index=sentence.index,
        last_sentence_index=sentence.index,
        clause_span=span,
        evidence=[span if _is_long(sentence) and span != (sentence.start, sentence.end) else (sentence.start, sentence.end)],
        event_type=event_type,
        trigger=primary.trigger,
        trigger_word=primary.text.casefold(),
        definite=is_definite(text, primary),
        actor=actor,
        actor_score=actor_score,
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
    )


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


__all__ = ["CANDIDATE", "EventMention", "SentenceReading", "read_sentence"]
