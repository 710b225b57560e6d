"""From a document to incidents: read each clause, keep the specific ones, merge follow-ups, link dates.

The rules, in the order they run:

1. **Clauses.** Sentences are split into clauses (:mod:`.clauses`); a clause
   with an event word (trigger) is an incident *candidate*. A clause with no
   trigger but a violent death toll at a named place ("three civilians were
   killed in Hajin"; not "died in a fire") is a candidate of type ``other``.
   Negated or hypothetical triggers ("thwarted Daesh assaults", "threatened to
   strike") are not triggers.
2. **Background filter.** A candidate becomes an incident only when it is about
   one specific event. Its *specifics* are: a casualty figure, a named place
   below governorate level, a point date (a day, or a weekday/yesterday). Then:

   * generic or habitual wording ("since September 2014", "repeatedly",
     "continues to", "over the past few days", "on occasions", "accused of")
     needs two specifics — a campaign or an accusation has at most one;
   * a diplomatic or reporting frame ("letters ... condemned the continuing
     attacks", "called on", "sovereignty") needs a figure or a named place —
     its date is the date of the letter, not of an attack;
   * history is not an incident: a clause dated only by a past month or year
     ("drove ISIS out of Raqqa in October 2017") with no toll, and a definite
     event noun telling its cause ("The clashes erupted after the SDF
     arrested ...");
   * a weak trigger ("attacks", "bombing", "explosion") needs a figure, or a
     place together with a date or an actor;
   * otherwise one specific is enough, or one single governorate named in a
     clause in the simple past ("warplanes struck Raqqa province"). Several
     governorates and no place below them ("has bombarded people in the
     provinces of Hasakah, Raqqah and Dayr al-Zawr") is a general statement.
3. **Follow-up sentences.** A candidate whose trigger is definite ("the
   airborne assaults targeted ... in Tal Shayr") and that follows an incident
   of a compatible type in the previous sentence (or the first report after a
   headline line, which is the same event told again) is merged into it: one
   incident, both sentences as evidence, the follow-up filling the place,
   target, sources, date or figures the first sentence lacked — unless the two
   name different places or dates. A definite reference that cannot be merged
   and brings no figure or date of its own ("The strikes came as ..."), and a
   reaction ("the administration condemned the attack"), add nothing. A
   sentence without an event word that gives a toll right after an incident
   without one ("Two SDF fighters were killed, the SDF said") fills it, and so
   does the very next sentence with an event word but no place, date or actor
   of its own ("A firefight ensued in which five were killed"). A generic
   sentence ("Ankara routinely blames such attacks on ...") merges into nothing.
   A definite event noun without an actor ("killed in the strikes on al-Qaim")
   takes the actor of the incident it refers to.
   **Headlines.** A title line that lists several events is a summary: the
   body's first report is not merged into it, and incidents read only from the
   title line are dropped when the body reports incidents of its own.
4. **Dates between incidents.** "X came only a day after Y" makes X one day
   after Y (``days_after=1``, ``relative_to`` Y's id) and Y one day before X;
   when the subject is anaphoric ("The development came ..."), X is the
   previous incident. When either has a calendar date, the other's is computed.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta

from mapapp.extract.casualties import read_casualties
from mapapp.extract.clauses import (
    DIPLOMATIC_RE,
    GENERIC_RE,
    PERFECT_ASPECT_RE,
    Clause,
    TriggerHit,
    choose_actor,
    find_sources,
    find_target,
    find_triggers,
    is_definite,
    split_clauses,
)
from mapapp.extract.dates import DateMention, find_dates, resolve
from mapapp.extract.lexicon import AIR_ACTORS, Trigger, is_named_actor, normalize_place
from mapapp.extract.sentences import Sentence, fold_accents, mask_markup, split_sentences
from mapapp.extract.toponyms import (
    GovernorateMention,
    PlaceMention,
    admin1_hint,
    find_governorates,
    find_places,
)
from mapapp.model import (
    Casualties,
    Document,
    EventType,
    Incident,
    IncidentDate,
    Span,
    Toponym,
    incident_id,
)

_AIRCRAFT_RE = re.compile(
    r"\b(?:war[- ]?planes?|jets?|aircraft|air[- ]?strikes?|helicopters?|air force|aerial)\b", re.IGNORECASE
)
_DRONE_RE = re.compile(r"\bdrones?\b", re.IGNORECASE)
_MILITARY_TARGET_HEADS = frozenset(
    "positions position checkpoint checkpoints base bases post posts outpost outposts convoy convoys headquarters barracks".split()
)
_ANAPHORIC_SUBJECT_RE = re.compile(
    r"\b(?:the|this|that)\s+(?:latest\s+)?(?:development|attack|strike|strikes|raid|bombing|incident|assault|shelling|explosion|blast|massacre|news|killing|deaths)\b"
    r"|\b(?:it|this|that)\s+(?:came|happened|occurred|comes)\b|\bcame\b",
    re.IGNORECASE,
)
_VIOLENT_DEATH_RE = re.compile(
    r"\b(?:killed|killing|shot|martyred|slain|murdered|executed|massacred|gunned)\b", re.IGNORECASE
)
_ACCIDENT_RE = re.compile(
    r"\b(?:fire|blaze|accident|crash|collapsed?|drown(?:ed|ing)?|electrocut\w*|disease|illness|cold|flood\w*|earthquake|heart attack|traffic)\b",
    re.IGNORECASE,
)
# A definite event noun whose clause tells how it began: "The clashes erupted after ...", "the fighting broke out when".
_CONSEQUENCE_RE = re.compile(
    r"\b(?:the|these|those|this|such)\s+(?:[\w-]+\s+){0,2}(?:clashes|fighting|attacks?|strikes|violence|unrest|battles?|"
    r"confrontations|hostilities)\s+(?:had\s+)?(?:erupted|broke out|began|started|flared(?: up)?|escalated|were sparked)\s+"
    r"(?:after|when|following|by)\b",
    re.IGNORECASE,
)
_GENERIC_TYPES = frozenset({EventType.ATTACK, EventType.OTHER})
_OTHER_TRIGGER = Trigger("", EventType.OTHER, 0, weak=False)


@dataclass
class _Draft:
    """An incident being assembled (offsets are absolute, into the document text)."""

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
    date: IncidentDate | None = None
    relation: tuple[_Draft, int] | None = None  # (other draft, days after it)
    published: datetime.date | None = None  # (the field above shadows the name ``date`` in this class)
    headline: bool = False  # read from a title line: the body's first report of the same event continues it
    incident_id: str = ""

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


def extract_incidents(document: Document) -> list[Incident]:
    """Extract the violent incidents a news article reports, in text order (location left None).

    Markup in the text (``<script>``...) is blanked for analysis and ends sentences;
    evidence spans are offsets into ``document.text``.
    """
    analysis = fold_accents(mask_markup(document.text))
    sentences = split_sentences(analysis)
    governorates = [find_governorates(analysis[s.start : s.end], s.start) for s in sentences]
    drafts: list[_Draft] = []
    sentences_with_triggers: set[int] = set()
    for sentence in sentences:
        _read_sentence(analysis, sentence, governorates, drafts, sentences_with_triggers, document)
        if sentence.index not in sentences_with_triggers:
            _fill_casualties(analysis, sentence, drafts, governorates)
    drafts = _drop_unmerged_headlines(drafts)
    document_id = document.id  # a hash of the whole text: computed once, not per incident
    for draft in drafts:
        draft.incident_id = incident_id(document_id, draft.evidence[0][0], draft.event_type)
    _resolve_relations(drafts)
    return [_build(document, document_id, draft, governorates) for draft in drafts]


def _read_sentence(
    analysis: str,
    sentence: Sentence,
    governorates: list[list[GovernorateMention]],
    drafts: list[_Draft],
    sentences_with_triggers: set[int],
    document: Document,
) -> None:
    text = analysis[sentence.start : sentence.end]
    generic = bool(GENERIC_RE.search(text))
    diplomatic = bool(DIPLOMATIC_RE.search(text))
    sources = find_sources(text)
    created: list[_Draft] = []
    clauses = split_clauses(text)
    for index, clause in enumerate(clauses):
        draft = _read_clause(text, sentence, clause, governorates[sentence.index], sources, generic, document)
        if draft is None:
            continue
        sentences_with_triggers.add(sentence.index)
        draft.headline = sentence.index == 0 and _is_title_line(analysis, sentence)
        dated_next = index + 1 < len(clauses) and clauses[index + 1].anchor is not None
        if dated_next and draft.definite and not draft.has_figure:
            continue  # "The attack came only a day after ...": a subject pointing back, linked by _link()
        if diplomatic and not (draft.has_figure or draft.named_places):
            continue  # "The administration condemned the attack": a reaction, neither a new incident nor evidence
        if draft.definite and _CONSEQUENCE_RE.search(text[clause.start : clause.end]):
            continue  # "The clashes erupted after the SDF arrested ...": the cause of an incident told already
        if _long_before_publication(draft):
            continue  # "drove ISIS out of Raqqa in October 2017": history recalled as background
        if generic and draft.definite:
            continue  # "Ankara routinely blames such attacks on ...": a pattern, not more about the incident
        previous = _merge_target(drafts, draft, sentence.index, sentences_with_triggers, clause.anchor is not None)
        if previous is not None and previous not in created:
            _merge(previous, draft)
            continue
        if draft.definite and _recent(drafts, sentence.index) and not (draft.has_figure or draft.point_dates):
            continue  # "The strikes came as the SDF advanced on Hajin": refers back, adds no event of its own
        if not _is_specific(draft, clause_text=text[clause.start : clause.end], generic=generic, diplomatic=diplomatic):
            continue
        _inherit_agent(draft, drafts)
        if clause.anchor is not None:
            _link(clause, text, draft, created, drafts)
        drafts.append(draft)
        created.append(draft)
    if len(created) > 1:
        for draft in created:
            draft.evidence[0] = draft.clause_span


def _long_before_publication(draft: _Draft) -> bool:
    """True when every date the clause gives is a past month or year, not a day ("in October 2017" in a later
    article), and the clause gives no toll: a reported incident is dated by its day, history by its month or year."""
    if draft.published is None or not draft.dates or draft.has_figure:
        return False
    published = (draft.published.year, draft.published.month)
    return all(
        d.year is not None and d.day is None and d.weekday is None and (d.year, d.month or 12) < published
        for d in draft.dates
    )


def _inherit_agent(draft: _Draft, drafts: list[_Draft]) -> None:
    """A definite event noun without an agent of its own ("were killed in the strikes on al-Qaim") names the same
    kind of event as the incident just reported: it takes that incident's actor, and its type when its own word
    is generic ("strikes" by the US-led coalition are air strikes)."""
    if not draft.definite or draft.actor is not None or not drafts:
        return
    same_kind = [
        d
        for d in drafts[-3:]
        if d.actor is not None and (d.trigger.pattern == draft.trigger.pattern or (draft.trigger.weak and d is drafts[-1]))
    ]
    if not same_kind:
        return
    previous = same_kind[-1]
    draft.actor = previous.actor
    if draft.event_type in _GENERIC_TYPES:
        draft.event_type = previous.event_type


def _drop_unmerged_headlines(drafts: list[_Draft]) -> list[_Draft]:
    """Incidents read only from the title line, when the body reports incidents of its own: the headline
    summarises the body ("Turkish drones kill two in Amuda"), so its events are told again below."""
    if not any(not d.headline for d in drafts):
        return drafts
    return [d for d in drafts if not (d.headline and len(d.evidence) == 1)]


def _fill_casualties(
    analysis: str, sentence: Sentence, drafts: list[_Draft], governorates: list[list[GovernorateMention]]
) -> None:
    """A sentence without an event word that gives the toll of the incident just reported
    ("Turkish drones struck a car near Qamishli. Two SDF fighters were killed, the SDF said.")."""
    if not drafts or drafts[-1].last_sentence_index != sentence.index - 1 or drafts[-1].has_figure:
        return
    text = analysis[sentence.start : sentence.end]
    if GENERIC_RE.search(text):
        return
    reading = read_casualties(text)
    if reading.killed is None and reading.injured is None:
        return
    previous = drafts[-1]
    sentence_governorates = governorates[sentence.index]
    named = {
        normalize_place(p.text)
        for p in find_places(text, sentence_governorates, sentence.start)
        if p.level == "place" and p.governorate is None
    }
    known = {normalize_place(p.text) for p in previous.named_places}
    if named and known and not named & known:
        return  # a toll at another place is another event
    previous.killed, previous.injured = reading.killed, reading.injured
    previous.victims = previous.victims or reading.victims
    previous.evidence.append((sentence.start, sentence.end))
    previous.last_sentence_index = sentence.index
    for source in find_sources(text):
        if source not in previous.sources:
            previous.sources.append(source)


def _link(clause: Clause, sentence_text: str, draft: _Draft, created: list[_Draft], drafts: list[_Draft]) -> None:
    """Record the "a day after" relation between ``draft`` (its clause opens with the anchor) and the incident
    the phrase dates it against: an earlier clause of the same sentence, or the previous incident when the
    sentence's subject points back to it ("The development came ...") or the phrase opens the sentence."""
    anchor = clause.anchor
    assert anchor is not None
    before = sentence_text[: clause.start]
    if created:
        created[-1].relation = (draft, anchor.days)
    elif drafts and not before.strip(" ,\"“'"):
        # "Two days earlier, gunmen ..." / "A day after the bombing, gunmen ...": the previous incident
        days = anchor.days if anchor.sequential else -anchor.days
        drafts[-1].relation = (draft, days)
    elif drafts and _ANAPHORIC_SUBJECT_RE.search(before):
        drafts[-1].relation = (draft, anchor.days)


def _read_clause(
    sentence_text: str,
    sentence: Sentence,
    clause: Clause,
    sentence_governorates: list[GovernorateMention],
    sources: list[str],
    generic: bool,
    document: Document,
) -> _Draft | None:
    text = sentence_text[clause.start : clause.end]
    base = sentence.start + clause.start
    hits = find_triggers(text)
    casualties = read_casualties(text)
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
    target = find_target(text)
    excluded = list(casualties.victim_spans) + ([(target[1], target[2])] if target else [])
    actor = choose_actor(text, primary, excluded)
    event_type = _event_type(primary, actor, text, target[0] if target else None)
    dates = [replace(d, start=d.start + base, end=d.end + base) for d in find_dates(text)]
    span = (base + _lstrip_offset(text), base + len(text.rstrip()))
    return _Draft(
        sentence_index=sentence.index,
        last_sentence_index=sentence.index,
        clause_span=span,
        evidence=[(sentence.start, sentence.end)],
        event_type=event_type,
        trigger=primary.trigger,
        definite=is_definite(text, primary),
        actor=actor,
        killed=casualties.killed,
        injured=casualties.injured,
        victims=casualties.victims,
        target=target[0] if target else None,
        places=[(p, sentence.index) for p in places],
        dates=dates,
        sources=list(sources),
        generic=generic,
        published=document.published,
    )


def _lstrip_offset(text: str) -> int:
    stripped = text.lstrip(" ,;:—–-\t\n")
    return len(text) - len(stripped)


def _event_type(primary: TriggerHit, actor: str | None, text: str, target: str | None) -> EventType:
    """The event type of the most specific trigger; generic words are typed by their context."""
    event_type = primary.trigger.event_type
    if primary.trigger.weak:
        words = primary.text.lower()
        aircraft = actor in AIR_ACTORS or bool(_AIRCRAFT_RE.search(text))
        if words.startswith("bomb") and "explod" not in words and "went off" not in words and "detonat" not in words:
            if aircraft:
                event_type = EventType.AIRSTRIKE
            elif actor in ("Turkish forces", "Syrian army"):
                event_type = EventType.SHELLING
            else:
                event_type = EventType.IED
        elif words.startswith(("strike", "struck", "targeted", "attack", "assault")):
            if _DRONE_RE.search(text):
                event_type = EventType.DRONE_STRIKE
            elif aircraft:
                event_type = EventType.AIRSTRIKE
            else:
                event_type = EventType.ATTACK
    if event_type is EventType.ATTACK and is_named_actor(actor) and target:
        if target.split()[-1].lower() in _MILITARY_TARGET_HEADS:
            event_type = EventType.ARMED_CLASH
    return event_type


def _is_specific(draft: _Draft, *, clause_text: str, generic: bool, diplomatic: bool) -> bool:
    """The background filter of rule 2 (see the module docstring)."""
    figure = draft.has_figure
    place = bool(draft.sub_governorate_places)
    if generic:
        # under background wording a governorate's own name ("killed in Raqqa") is not a specific place
        place = any(p.governorate is None for p in draft.sub_governorate_places)
        if draft.event_type is EventType.OTHER:
            return False
    point = bool(draft.point_dates)
    specifics = int(figure) + int(place) + int(point)
    if draft.trigger.weak and not (figure or (place and (point or draft.actor))):
        return False
    if generic:
        return specifics >= 2
    if diplomatic:
        return figure or place
    if specifics:
        return True
    named = {p.governorate for p, _ in draft.places if p.level == "governorate"}
    return len(named) == 1 and not PERFECT_ASPECT_RE.search(clause_text)


def _merge_target(
    drafts: list[_Draft], draft: _Draft, sentence_index: int, sentences_with_triggers: set[int], anchored: bool = False
) -> _Draft | None:
    """The incident a definite follow-up sentence (or the body after a headline) continues, or None (rule 3)."""
    if not drafts:
        return None
    previous = drafts[-1]
    # a headline of one event continues in the body; one that lists several events is only a summary
    single_headline = not (len(drafts) >= 2 and drafts[-2].headline)
    after_headline = previous.headline and len(previous.evidence) == 1 and single_headline
    # "An hour-long firefight ensued in which two fighters were killed": the very next sentence, naming no place,
    # date or actor of its own and giving the toll the incident lacked, goes on telling the same incident
    bare_follow_up = (
        sentence_index - previous.last_sentence_index == 1
        and not anchored
        and not draft.places
        and not draft.dates
        and draft.actor is None
        and not draft.generic
        and draft.has_figure
        and not previous.has_figure
    )
    if not draft.definite and not after_headline and not bare_follow_up:
        return None
    gap = sentence_index - previous.last_sentence_index
    if gap == 2 and (sentence_index - 1) in sentences_with_triggers:
        return None
    if gap < 1 or gap > 2:
        return None
    compatible = (
        previous.event_type is draft.event_type
        or draft.event_type in _GENERIC_TYPES
        or previous.event_type in _GENERIC_TYPES
        or draft.trigger.weak
    )
    if not compatible:
        return None
    previous_places = {normalize_place(p.text) for p in previous.named_places}
    new_places = {normalize_place(p.text) for p in draft.named_places}
    if previous_places and new_places and not previous_places & new_places:
        return None
    previous_dates = {(d.month, d.day, d.days_before_publication, d.weekday) for d in previous.point_dates}
    new_dates = {(d.month, d.day, d.days_before_publication, d.weekday) for d in draft.point_dates}
    if previous_dates and new_dates and not previous_dates & new_dates:
        return None
    return previous


def _is_title_line(analysis: str, sentence: Sentence) -> bool:
    """A first line without closing punctuation, ended by a line break: a headline."""
    line_ends = sentence.end >= len(analysis) or analysis[sentence.end] in "\r\n"
    return line_ends and analysis[sentence.end - 1] not in ".!?\"”'’:"


def _recent(drafts: list[_Draft], sentence_index: int) -> bool:
    """True when an incident was read from one of the two sentences before this one."""
    return bool(drafts) and 1 <= sentence_index - drafts[-1].last_sentence_index <= 2


def _merge(previous: _Draft, follow_up: _Draft) -> None:
    """Fold a follow-up sentence into the incident it continues.

    The follow-up fills what the incident lacks, except after a headline: a headline abbreviates the body's
    report ("Strikes kill 11" over "killed at least 11 civilians"), so a figure the body states replaces the
    headline's, which only fills in when the body gives none.
    """
    body_after_headline = previous.headline and len(previous.evidence) == 1
    if body_after_headline:
        previous.killed = follow_up.killed or previous.killed
        previous.injured = follow_up.injured or previous.injured
    previous.evidence.append(follow_up.evidence[0])
    previous.last_sentence_index = follow_up.sentence_index
    if previous.event_type in _GENERIC_TYPES and follow_up.event_type not in _GENERIC_TYPES:
        previous.event_type = follow_up.event_type
        previous.trigger = follow_up.trigger
    previous.actor = previous.actor or follow_up.actor
    previous.killed = previous.killed or follow_up.killed
    previous.injured = previous.injured or follow_up.injured
    previous.victims = previous.victims or follow_up.victims
    previous.target = previous.target or follow_up.target
    if follow_up.named_places and not previous.named_places:
        previous.places = follow_up.places + previous.places
    else:
        previous.places = previous.places + follow_up.places
    if not previous.point_dates:
        previous.dates = previous.dates + follow_up.dates
    for source in follow_up.sources:
        if source not in previous.sources:
            previous.sources.append(source)


def _resolve_relations(drafts: list[_Draft]) -> None:
    """Give each draft its IncidentDate: its own date expression, then the "a day after" links (rule 4)."""
    for draft in drafts:
        draft.date = _own_date(draft)
    for later in drafts:
        if later.relation is None:
            continue
        earlier, days = later.relation
        later_value = later.date.value if later.date else None
        earlier_value = earlier.date.value if earlier.date else None
        if later_value is None and earlier_value is not None:
            later_value = earlier_value + timedelta(days=days)
        if earlier_value is None and later_value is not None:
            earlier_value = later_value - timedelta(days=days)
        later.date = _related(later.date, earlier.incident_id, days, later_value)
        earlier.date = _related(earlier.date, later.incident_id, -days, earlier_value)


def _own_date(draft: _Draft) -> IncidentDate | None:
    for mention in draft.point_dates + [d for d in draft.dates if d.kind == "month"]:
        resolved = resolve(mention, draft.published)
        if resolved is not None:
            return resolved
    return None


def _related(current: IncidentDate | None, other_id: str, days: int, resolved: date | None) -> IncidentDate:
    if current is not None and current.basis in ("absolute", "publication") and current.value is not None:
        return replace(current, relative_to=other_id, days_after=days)
    return IncidentDate(
        value=resolved,
        year=resolved.year if resolved else (current.year if current else None),
        month=resolved.month if resolved else (current.month if current else None),
        day=resolved.day if resolved else (current.day if current else None),
        relative_to=other_id,
        days_after=days,
        basis="incident",
        expression=current.expression if current else None,
    )


def _build(
    document: Document, document_id: str, draft: _Draft, governorates: list[list[GovernorateMention]]
) -> Incident:
    text = document.text
    evidence = [Span(text=text[start:end], start=start, end=end) for start, end in draft.evidence]
    toponyms = _toponyms(draft, governorates, text)
    return Incident(
        id=draft.incident_id,
        event_type=draft.event_type,
        evidence=evidence,
        actor=draft.actor,
        victims=draft.victims,
        target=draft.target,
        killed=draft.killed,
        injured=draft.injured,
        date=draft.date,
        toponyms=toponyms,
        location=None,
        sources=list(draft.sources),
        confidence=confidence(draft, toponyms),
        document_id=document_id,
        outlet=document.outlet,
        url=document.url,
        published=document.published,
    )


def _toponyms(draft: _Draft, governorates: list[list[GovernorateMention]], text: str) -> list[Toponym]:
    """Primary place (a sub-governorate place if any, else the governorate) and the references of its clause."""
    places = draft.places
    sub = [(p, i) for p, i in places if p.level == "place" and p.governorate is None]
    sub += [(p, i) for p, i in places if p.level == "place" and p.governorate is not None]
    chosen: list[tuple[PlaceMention, int]] = []
    if sub:
        primary, primary_sentence = sub[0]
        chosen.append((replace(primary, role="primary"), primary_sentence))
        for place, index in sub[1:]:
            if index == primary_sentence and place.role == "reference":
                chosen.append((place, index))
    elif places:
        primary, primary_sentence = places[0]
        chosen.append((replace(primary, role="primary"), primary_sentence))
    toponyms: list[Toponym] = []
    seen: set[str] = set()
    for place, index in chosen:
        key = normalize_place(place.text)
        if key in seen:
            continue  # "a resident of Tabqa ... near the Tabqa dam": one place, named twice
        seen.add(key)
        same = governorates[index]
        previous = governorates[index - 1] if index > 0 else []
        if index != draft.sentence_index and not previous:
            previous = governorates[draft.sentence_index]
        hint = admin1_hint(place, same, previous)
        span = Span(text=text[place.start : place.end], start=place.start, end=place.end)
        toponyms.append(Toponym(span=span, admin1_hint=hint, role=place.role))
    return toponyms


def confidence(draft: _Draft, toponyms: list[Toponym]) -> float:
    """How much the evidence supports the incident, in 0..1.

    ``0.3`` for an event word, ``+0.15`` for a named place below governorate level
    (``+0.05`` for a governorate only), ``+0.15`` for a casualty figure, ``+0.1`` for
    a date (own or through another incident), ``+0.1`` for a named actor, ``+0.1``
    for an attributed source, ``+0.05`` for a second evidence sentence; ``-0.15``
    when the type rests on a generic word (``attack``, ``other``) and ``-0.1`` when
    the sentence has background wording. Clamped to 0.05..0.95: rules are never certain.
    """
    score = 0.3
    if draft.sub_governorate_places:
        score += 0.15
    elif toponyms:
        score += 0.05
    if draft.has_figure:
        score += 0.15
    if draft.date is not None and (draft.date.value or draft.date.month or draft.date.relative_to):
        score += 0.1
    if is_named_actor(draft.actor):
        score += 0.1
    if draft.sources:
        score += 0.1
    if len(draft.evidence) > 1:
        score += 0.05
    if draft.trigger.weak or draft.event_type is EventType.OTHER:
        score -= 0.15
    if draft.generic:
        score -= 0.1
    return round(min(0.95, max(0.05, score)), 2)


__all__ = ["confidence", "extract_incidents"]
