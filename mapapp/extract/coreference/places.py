"""Place references (rule 0 of :mod:`mapapp.extract.coreference`, and the refinement of rule 1): a place named by its
kind ("the village", "the camp"), by its site or scene, "there", the place an explosion was heard or a force entered,
and a cluster told at governorate level or over an area refined by the village told next.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from mapapp.extract.background import REACTION, REFER_BACK
from mapapp.extract.casualties import figures_agree
from mapapp.extract.clauses import PERFECT_ASPECT_RE, is_region_name
from mapapp.extract.coreference.compatibility import (
    _EXPLOSION_WORDS,
    _EXPLOSIVE_TYPES,
    _same_or_unstated_governorate,
    compatible,
)
from mapapp.extract.coreference.separate_events import _FURTHER_IN_CLAUSE_RE
from mapapp.extract.follow_up_tolls import REFERENCE_WINDOW_CLUSTERS
from mapapp.extract.layout import DATED_ITEM_HEADER_RE
from mapapp.extract.lexicon import (
    PLACE_LABEL_RE,
    SEPARATE_REPORT_RE,
    ascii_lower,
    compile_guarded,
    gated_search,
    normalize_place,
)
from mapapp.extract.mentions import EventMention, SentenceReading
from mapapp.extract.toponyms import GovernorateMention, PlaceMention
from mapapp.model import BOMBARDMENT_TYPES, UNSPECIFIC_TYPES, EventType


# The place just told, named by its kind: "hit the village overnight", "on the outskirts of the town", "clashes near
# the airport" (not "the town of X": a name of its own, even one the gazetteer lacks). Only an incident that opens
# with no place takes it (:func:`_take_place_told`): a follow-up told with it still merges as before.
_KIND_OF_PLACE_RE = re.compile(
    # ("the old city", "the old town": the place's own old quarter, told as the place)
    # ("the hill", "the hilltop", "the mountain": a height named before, "positions on Jabal X ... took the hilltop")
    r"\bthe\s+(?:old\s+)?(?:town|village|city|camp|enclave|pocket|(?:military\s+)?airport|air\s?base|dam|neighbou?rhood|district|"
    r"hill(?:top)?|mountain)"
    r"(?:['’]s)?\b(?!\s+of\b)",
    re.IGNORECASE,
)
#: A height as the kind of place (:data:`_KIND_OF_PLACE_RE`): it is the place just told only when that place was told
#: as a height (:data:`_HEIGHT_TOLD_RE`), not a town's ("a car bomb in A ... a drone downed over the mountain").
_HEIGHT_KIND_RE = re.compile(r"hill(?:top)?|mountain", re.IGNORECASE)
_HEIGHT_TOLD_RE = compile_guarded(
    r"\b(?:hills?|hilltops?|heights?|mountains?|mount|jabal|jebel|ridge|summit)\b", re.IGNORECASE
)


def _height_not_told(mention: EventMention, placed: EventMention) -> bool:
    """Whether the mention names the place just told as a height ("the hill", "the mountain") while ``placed``, the
    incident whose place it would take, tells no height: then "the mountain" is some other height."""
    kind = _KIND_OF_PLACE_RE.search(mention.clause_text)
    return (
        kind is not None
        and _HEIGHT_KIND_RE.search(kind.group(0)) is not None
        and _HEIGHT_TOLD_RE.search(placed.clause_text) is None
    )


def _place_from_cause(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> None:
    """The places of a clause telling how the fight just told began, given to that fight when it has none.

    "Clashes near the border killed 29 fighters. The fighting erupted after IS launched a counter-attack near Hajin":
    the clause is background (a cause, not an event of its own), but where it began is where the fighting was. Only
    the latest incident, told in the same or the previous sentence with no place of its own, of the type the cause
    clause names, takes them; its evidence grows by the clause, nothing else of the clause is taken.
    """
    if not clusters or not mention.named_places:
        return
    latest = clusters[-1]
    if latest.places or latest.event_type is not mention.event_type or latest.last_sentence_index < sentence_index - 1:
        return
    latest.places = list(mention.places)
    latest.evidence.append(mention.evidence[0])


def _place_heard(clusters: list[EventMention], heard: EventMention, mention: EventMention, sentence_index: int) -> None:
    """The place where an explosion was heard, given to its cause told next (a later clause of its sentence or the
    very next sentence) with no place.

    "A blast was heard in the X district of Y minutes ago. Initial reports: a car bomb went off near a checkpoint":
    the sound alone is no incident (:mod:`.background`), but the bomb that made it is one, and where the blast was
    heard is where it went off. Only a device, strike or shell (the kinds that explode), told in the sentence right
    after the one that heard an explosion (not gunfire), with no incident told in between and no place of its own.
    """
    if mention.places or mention.event_type not in _EXPLOSIVE_TYPES or SEPARATE_REPORT_RE.match(mention.clause_text):
        return  # ("Separately, jets bombed a hideout": a report set apart, not the sound's cause)
    if sentence_index not in (heard.sentence_index, heard.sentence_index + 1):
        return  # (its own sentence's next clause, or the very next sentence)
    if not heard.trigger_word.startswith(_EXPLOSION_WORDS):
        return
    if clusters and clusters[-1].last_sentence_index >= heard.sentence_index:
        return  # (an incident told since the sound: the cause may be its own)
    mention.places = list(heard.places)
    mention.specific = True
    if heard.sentence_index != sentence_index:
        mention.evidence.insert(0, heard.evidence[0])


_DEFINITE_SITE_RE = compile_guarded(r"\bthe\s+prison\b", re.IGNORECASE)
# A prison told by its kind before the text names it: "gunmen attacked a prison in the north-east" (the lead's way of
# opening a story whose body names the prison).
# (the article itself, not a name's last letter: "the Qala'a prison")
_INDEFINITE_SITE_RE = compile_guarded(r"(?<![\w'’])a\s+prison\b", re.IGNORECASE)
# The prison named as where the clause's event was: after a word of place or of an assault on it ("the raid on the A
# prison", "fighting inside A prison"; not its object after a verb of intent: "threatened to attack the A prison").
_AT_SITE_LEFT_RE = re.compile(r"\b(?:on|at|in|inside|near|around|outside)\s+(?:the\s+)?$", re.IGNORECASE)
#: How many sentences after a mention telling of "a prison" the text may name it.
_SITE_AHEAD_SENTENCES = 4


def place_site_references(readings: list[SentenceReading], sites: list[list[PlaceMention]]) -> None:
    """Rule 0b: a mention naming no place that tells of "the prison" is at the prison the text named last before
    it ("The Hamra Prison holds 3,000 inmates. ... Air strikes hit the prison."); one that names the prison in its own
    clause is there ("The raid on the Hamra prison opened with a truck bomb by its wall"), and one that tells of "a
    prison" the text names only after it is at the first prison named in its sentence or the few after
    (:data:`_SITE_AHEAD_SENTENCES`: "Gunmen attacked a prison in the north-east. ... The assault on the Hamra prison
    went on."). ``sites`` are the named sites of each sentence (:func:`~mapapp.extract.toponyms.find_named_sites`).
    Run before the background filter, so that the place counts among the mention's specifics. Linear: the next
    named site of each sentence is found in one backward pass."""
    next_site: list[tuple[PlaceMention, int] | None] = [None] * (len(sites) + 1)
    for index in range(len(sites) - 1, -1, -1):
        next_site[index] = (sites[index][0], index) if sites[index] else next_site[index + 1]
    latest: tuple[PlaceMention, int] | None = None
    next_sentence = 0
    for reading in readings:
        index = reading.sentence.index
        while next_sentence < index:
            if sites[next_sentence]:
                latest = (sites[next_sentence][-1], next_sentence)
            next_sentence += 1
        for mention in reading.mentions:
            if mention.places:
                continue
            start, end = mention.clause_span
            base = reading.sentence.start
            own = [
                site
                for site in sites[index]
                if start <= site.start
                and site.end <= end
                and _AT_SITE_LEFT_RE.search(reading.text, max(0, site.start - base - 16), site.start - base)
            ]
            site: tuple[PlaceMention, int] | None = None
            if own:
                site = (own[0], index)
            elif _DEFINITE_SITE_RE.search(mention.clause_text):
                before = [site for site in sites[index] if site.end <= start]
                site = (before[-1], index) if before else latest
            elif _INDEFINITE_SITE_RE.search(mention.clause_text) and latest is None:
                ahead = next_site[index] if index < len(sites) else None
                if ahead is not None and ahead[1] - index <= _SITE_AHEAD_SENTENCES:
                    site = ahead
            if site is not None:
                mention.places = [(replace(site[0], role="primary"), site[1])]


#: How many sentences back the place a kind-of-place word ("the village") refers to may be told.
_KIND_OF_PLACE_WINDOW_SENTENCES = 5
#: How many sentences after the place of a fight its captives may be told put to death (:data:`_CAPTIVES_EXECUTED_RE`).
_CAPTIVES_WINDOW_SENTENCES = 7
# The kind of place told as where the event hit, after its preposition and after the event word: "positions in the
# village", "raids on the airport", "at the entrance of the town" (not the subject of a sentence about the place: "The
# city was liberated in 2017", nor a speaker of the place: "the mayor of the town said jets struck the desert").
_KIND_OF_PLACE_HIT_RE = compile_guarded(
    r"\b(?:in|on|at|near|around|inside|outside|of|into|towards?|over)\s+" + _KIND_OF_PLACE_RE.pattern, re.IGNORECASE
)


# The kind of place as the object of the event word: "shelled the town centre", "struck the village" (the event
# word's own end: a strike verb, then the place).
_KIND_OF_PLACE_OBJECT_RE = re.compile(r"\s+" + _KIND_OF_PLACE_RE.pattern, re.IGNORECASE)
# The kind of place where a clause sets its event, before the event word: "in the town", "in the north of the town",
# "on the outskirts of the village" (not "of the town" alone: "the mayor of the town said ...").
_KIND_OF_PLACE_SET_RE = compile_guarded(
    r"\b(?:in|at|near|around|inside|outside|into)\s+(?:the\s+(?:(?:north|south|east|west)(?:ern)?|centre|center|"
    r"outskirts|edge|entrance|heart|part)\s+(?:(?:part|parts|side|districts?|neighbou?rhoods?)\s+)?of\s+)?"
    + _KIND_OF_PLACE_RE.pattern,
    re.IGNORECASE,
)


#: A place's old quarter named by its kind ("the old city"), read as the place just told (:data:`_KIND_OF_PLACE_RE`).
_OLD_QUARTER_RE = compile_guarded(r"\bthe\s+old\s+(?:city|town)\b", re.IGNORECASE)
#: A place told as lying outside the old quarter: "west of the old city", "outside the old town".
_OUTSIDE_OLD_QUARTER_RE = compile_guarded(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|outside)\s+the\s+old\s+(?:city|town)\b",
    re.IGNORECASE,
)


def place_kind_references(readings: list[SentenceReading], governorates: list[list[GovernorateMention]]) -> None:
    """Rule 0b': a mention naming no place that tells of the place just told by its kind ("Clashes erupted around A.
    Air strikes targeted IS positions in the village.", "IS seized B town, and a car bomb went off at the gate of
    the town", "IS shelled the town centre", "captured a post in the town's north after heavy fighting":
    :func:`_kind_of_place_hit`) is at the places of the latest event that named a place below governorate level, in
    its sentence or the few before (:data:`_KIND_OF_PLACE_WINDOW_SENTENCES`; only the sentence before for a place
    told in background wording, "40 were killed in A since last summer"; past the sentence before, only when no
    sentence since names another place, its own included: :func:`_no_place_named_since`), as :func:`_take_place_told`
    places an incident by the latest placed one. Run before the background filter, so that the place counts among the
    mention's specifics (a strike "in the village" just named is as specific as one naming it); a mention with a toll
    or a day of its own is specific without it, and coreference places it as before. One pass, the latest placed
    mention kept: linear. With no event placed before, the kind refers to the place of that kind a recent sentence
    telling no placed event named (:func:`_place_of_kind_told_before`); the captives of a fight told put to death
    ("some were later executed") take its place even with a figure or a day of their own."""
    latest: EventMention | None = None
    window = _KIND_OF_PLACE_WINDOW_SENTENCES
    by_index = {reading.index: reading for reading in readings}
    names_a_place: dict[int, bool] = {}  # (each sentence's places read once, not once per mention after it)
    read_places: dict[int, list[PlaceMention]] = {}  # (the places of the sentences telling no event, read once)
    for reading in readings:
        # (the captives of a fight may be told put to death a few sentences further on, after they were shown or
        # counted: "Video showed soldiers marched off. Activists said some were later executed.")
        if latest is not None and reading.index - latest.sentence_index > max(window, _CAPTIVES_WINDOW_SENTENCES):
            latest = None
        for mention in reading.mentions:
            if not mention.places:
                if (
                    latest is not None
                    # (placed later, by coreference, as before; but the captives of the fight put to death, counted
                    # or not, "some were later executed", were where they were taken)
                    and (not (mention.has_figure or mention.point_dates) or _captives_executed(mention))
                    and _kind_of_place_hit(mention)
                    and (reading.index - latest.sentence_index <= window or window > 1 and _captives_executed(mention))
                    # (the old quarter the latest place's own clause told it lies outside: "the A district, west of
                    # the old city. Clashes raged at the rim of the old city": not at A)
                    and not (
                        _OLD_QUARTER_RE.search(mention.clause_text) and _OUTSIDE_OLD_QUARTER_RE.search(latest.clause_text)
                    )
                    and not _height_not_told(mention, latest)
                    and (
                        reading.index - latest.sentence_index <= 1
                        # (not a search or arrest campaign "in the town" told sentences on: the forces' response, no
                        # event of the fighting told)
                        or mention.event_type is not EventType.RAID
                        and _no_place_named_since(latest, reading.index, by_index, governorates, names_a_place)
                    )
                ):
                    mention.places = list(latest.places)
                elif (latest is None or reading.index - latest.sentence_index > window) and _kind_of_place_hit(mention):
                    # no event placed before it: the place of that kind a sentence telling no event named ("Rebels
                    # seized the city of A. Jets later struck the city, killing seven.", "Families left the A camp.
                    # ... A guard was stabbed near the camp's gate.")
                    told = _place_of_kind_told_before(mention, reading.index, by_index, governorates, read_places)
                    if told is not None:
                        mention.places = [told]
                continue
            if mention.sub_governorate_places:
                latest = mention
                window = 1 if reading.generic else _KIND_OF_PLACE_WINDOW_SENTENCES


#: What a sentence with no event of its own says to set a fight's scene: the operation, battle or offensive going on
#: there, its liberation, gunfire heard there.
_SCENE_OF_FIGHT_RE = compile_guarded(
    r"\b(?:operation|offensive|battle|liberat(?:e|ed|ing|ion)|gunfire|gunshots|siege|assault)\b", re.IGNORECASE
)
#: The events told at a scene the sentence before set: the fight itself and the strikes backing it.
_SCENE_EVENT_TYPES = BOMBARDMENT_TYPES | {EventType.ARMED_CLASH}
#: A clause opening on the span of a fight or strike it took place in: "During the operation, ...", "In the course of
#: a raid, ...", "Amid the clashes, ..." (the event told as one act of the scene the sentence before set); not one
#: told as another event than that scene's: "In a separate strike, ...", "In an earlier raid, ...".
_WITHIN_AN_EVENT_OPENING_RE = compile_guarded(
    r"^\W*(?:during|in\s+the\s+course\s+of|amid|in)\s+(?:the|this|that|an?)\s+"
    r"(?!(?:separate|other|unrelated|similar|earlier|previous|later|subsequent)\b)(?:[a-z]+\s+)?"
    r"(?:operation|offensive|battle|assault|raid|strike|attack|clash(?:es)?|fighting|campaign|sweep)s?\b",
    re.IGNORECASE,
)


def place_scene_references(readings: list[SentenceReading], governorates: list[list[GovernorateMention]]) -> None:
    """Rule 0b'': a mention naming no place, in the sentence right after one that tells no event of its own and names
    one place below governorate level as a fight's scene (:data:`_SCENE_OF_FIGHT_RE`), is at that place when it is the
    fight or a strike (:data:`_SCENE_EVENT_TYPES`): the scene the sentence before set ("Our forces resumed the
    operation in the A pocket tonight. Heavy clashes are under way.", "Heavy gunfire was heard in the B district.
    Sources said clashes broke out.", "The YPG declared the liberation of C town. IS fled after coalition strikes.").
    Not a mention with a toll or a day of its own (coreference places it, as :func:`place_kind_references` leaves it),
    unless no sentence before names the place of an event (nothing for coreference to place it by) and its clause
    opens on the fight it was one act of (:data:`_WITHIN_AN_EVENT_OPENING_RE`: "Our forces ended the operation in the A
    camp. During the operation, a cell attacked our units, wounding two."); such an opening also sets the scene when
    the sentence before names no fight but tells its place as a release's dated item (:data:`DATED_ITEM_HEADER_RE`: "A
    report was found credible: May 2, 2019, near B, Syria. During a strike, two civilians were killed."). Nor one in
    background wording, nor after a title line. Run before the background filter, so that the place counts among the
    mention's specifics. Each sentence's places are read at most once: linear."""
    previous: SentenceReading | None = None
    event_placed = False  # (a sentence read so far tells an event at a place below governorate level)
    for reading in readings:
        before, previous = previous, reading
        placed_before, event_placed = event_placed, event_placed or any(m.sub_governorate_places for m in reading.mentions)
        if before is None or before.mentions or before.title or before.generic or reading.generic:
            continue
        if reading.index - before.index != 1:
            continue
        candidates = [
            m for m in reading.mentions if not m.places and m.event_type in _SCENE_EVENT_TYPES and not m.generic
        ]
        # (each clause's opening searched once: the ones told as an act of the fight, when nothing was placed before)
        within = set() if placed_before else {
            id(m) for m in candidates if _WITHIN_AN_EVENT_OPENING_RE.search(m.clause_text) is not None
        }
        unplaced = [m for m in candidates if not (m.has_figure or m.point_dates) or id(m) in within]
        if not unplaced:
            continue
        if _SCENE_OF_FIGHT_RE.search(before.text) is None and not (
            # (no fight's word: only a release's dated item sets the scene, "credible: May 2, 2019, near B, Syria.";
            # not a place the wounded were taken to, or a visit's)
            within and DATED_ITEM_HEADER_RE.search(before.text) is not None
        ):
            continue
        named = before.places_named(governorates)
        if len({normalize_place(p.text) for p in named}) != 1:
            continue  # (no scene, or several: which one the event was at is not told)
        scene = replace(named[0], role="primary")
        for mention in unplaced:
            mention.places = [(scene, before.index)]


#: How far before and after a place's name the word of its kind may stand: "the northern city of X", "X camp in".
_KIND_BEFORE_PLACE = 25
_KIND_AFTER_PLACE = 8


def _place_of_kind_told_before(
    mention: EventMention,
    index: int,
    by_index: dict[int, SentenceReading],
    governorates: list[list[GovernorateMention]],
    read_places: dict[int, list[PlaceMention]],
) -> tuple[PlaceMention, int] | None:
    """The place (with its sentence's index) that the kind of place the mention's clause names ("the city", "the
    camp's gate") refers back to when no event was placed before it: in the nearest of the
    :data:`_KIND_OF_PLACE_WINDOW_SENTENCES` sentences before that names a place below governorate level and tells no
    placed event, the one place told with that kind word beside it ("the northern city of A", "the A camp"), or the
    sentence's only place (not past an event told with no place: "Our forces resumed the operation in A. Clashes are
    ongoing. Jets hit positions inside the camp": not A), unless a sentence further back in the window tells one place
    with that kind word ("Families live in the A camp. In B, a school opened. A guard was stabbed inside the camp":
    A, not B). The kind word is read as a whole word ("camp", "camps", not "campaign"). None when that sentence names
    several places and none or several of that kind, or when a sentence between tells an event at a place. Each
    sentence's places are read once (``read_places``)."""
    kind = _KIND_OF_PLACE_RE.search(mention.clause_text)
    if kind is None:
        return None
    word = ascii_lower(kind.group(0)).replace("’", "'").removesuffix("'s").split()[-1]
    kinds = rf"(?:{word}|{word}s|{word[:-1]}ies)"  # ("city", "cities"; not "campaign", "Adam")
    # (the kind word right before the name, "the northern city of A", "the town A", or right after it, "the A camp";
    # not a place named after another's kind: "the A camp in B" is no camp B)
    kind_before = re.compile(rf"\b{kinds}(?:\s+of)?(?:\s+the)?\s+$")
    kind_after = re.compile(rf"\s+{kinds}\b")
    passed_event = False  # (an event told with no place between: only a place told with the kind word is meant)
    only_place: tuple[PlaceMention, int] | None = None  # the nearest sentence's one place, told with no kind word
    for at in range(index - 1, max(-1, index - 1 - _KIND_OF_PLACE_WINDOW_SENTENCES), -1):
        reading = by_index.get(at)
        if reading is None or reading.title:
            continue
        if any(m.sub_governorate_places for m in reading.mentions):
            return only_place  # (an event placed between: coreference's business)
        passed_event = passed_event or bool(reading.mentions)
        if at not in read_places:
            read_places[at] = reading.places_named(governorates)
        named = read_places[at]
        if not named:
            continue
        base = reading.sentence.start
        of_kind = {
            normalize_place(p.text): p for p in named
            if kind_before.search(ascii_lower(reading.text[max(0, p.start - base - _KIND_BEFORE_PLACE) : p.start - base]))
            or kind_after.match(ascii_lower(reading.text[p.end - base : p.end - base + _KIND_AFTER_PLACE]))
        }
        if len(of_kind) == 1:
            return replace(next(iter(of_kind.values())), role="primary"), at
        distinct = {normalize_place(p.text) for p in named}
        if of_kind or len(distinct) != 1 or passed_event or only_place is not None:
            return only_place
        only_place = replace(named[0], role="primary"), at  # (a place told as that kind further back comes first)
    return only_place


def _no_place_named_since(
    latest: EventMention,
    index: int,
    by_index: dict[int, SentenceReading],
    governorates: list[list[GovernorateMention]],
    names_a_place: dict[int, bool],
) -> bool:
    """Whether no sentence after the one ``latest`` was told in, up to sentence ``index``, names a place below
    governorate level (a bulletin line labelled by its town, a sentence about another place): "the town" there may be
    that place. At most :data:`_KIND_OF_PLACE_WINDOW_SENTENCES` sentences are looked at, each read once
    (``names_a_place``, by sentence index, filled here): a long sentence of many clauses is not read once per clause."""
    for at in range(latest.sentence_index + 1, index + 1):
        reading = by_index.get(at)
        if reading is None:
            continue
        if at not in names_a_place:
            names_a_place[at] = bool(PLACE_LABEL_RE.match(reading.text) or reading.places_named(governorates))
        if names_a_place[at]:
            return False
    return True




# The captives of the event just told, put to death after it: "many were later executed", "executed some of them",
# "the prisoners were then shot dead", "soldiers taken prisoner had been executed" (where they were taken is the place
# told; not pictures a party posted of what it said were "executed troops", a claim development writers split on).
_CAPTIVES_EXECUTED_RE = compile_guarded(
    r"\b(?:were|was)\s+(?:later|subsequently|then|afterwards)\s+(?:executed|shot\s+dead|beheaded)\b"
    r"|\b(?:later|subsequently|then)\s+executed\s+(?:some|many|most|dozens|several|all|scores)\s+of\s+them\b"
    r"|\b(?:soldiers|troops|prisoners|captives|conscripts)\s+(?:(?:taken\s+prisoner|captured|held)\s+)?"
    r"(?:had\s+been|have\s+been|were)\s+(?:later\s+)?executed\b",
    re.IGNORECASE,
)


def _captives_executed(mention: EventMention) -> bool:
    """Whether the mention tells the captives of the event just told put to death (:data:`_CAPTIVES_EXECUTED_RE`)."""
    return mention.event_type is EventType.ATTACK and _CAPTIVES_EXECUTED_RE.search(mention.clause_text) is not None


def _kind_of_place_hit(mention: EventMention) -> bool:
    """Whether the mention's clause tells the kind of place just told as where its event hit: after the event word
    (:data:`_KIND_OF_PLACE_HIT_RE`), as its object ("IS shelled the town centre"), or before it as where the clause
    sets its event ("captured the headquarters in the town's north after heavy fighting":
    :data:`_KIND_OF_PLACE_SET_RE`); or tells the captives of the event just told put to death after it ("many were
    later executed": :data:`_CAPTIVES_EXECUTED_RE`), at its place."""
    text = mention.clause_text
    if _captives_executed(mention):
        return True
    word = max(mention.trigger_start, 0)
    if _KIND_OF_PLACE_HIT_RE.search(text, word) is not None:
        return True
    end = word + len(mention.trigger_word)
    if mention.trigger_word and _KIND_OF_PLACE_OBJECT_RE.match(text, end) is not None:
        return True
    return word > 0 and _KIND_OF_PLACE_SET_RE.search(text, 0, word) is not None


def _take_place_told(
    mention: EventMention, clusters: list[EventMention], cue: re.Pattern[str], summary: EventMention | None = None
) -> None:
    """A mention with no place whose clause points at the place just told (``cue``) is at that place: it takes the
    places of the latest of the last few incidents that has one, or of a placed ``summary`` told after it. The cue is
    a place told again ("gunmen killed another refugee in the same section", "there": :data:`~.clustering._ANAPHORIC_PLACE_RE`),
    or the kind of place just told, for an incident that opens with it ("coalition strikes hit the village
    overnight", "killed in clashes near the airport": :data:`_KIND_OF_PLACE_RE`; "The SDF concluded a 24-day
    operation in the X camp. ... an ISIS cell attacked guards in the camp's sixth sector": the summary's camp)."""
    if mention.places or not (clusters or summary) or not cue.search(mention.clause_text):
        return
    placed = next((c for c in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]) if c.places), None)
    if summary is not None and (placed is None or summary.sentence_index > placed.last_sentence_index):
        placed = summary
    if placed is not None and not (cue is _KIND_OF_PLACE_RE and _height_not_told(mention, placed)):
        mention.places = list(placed.places)


# The scene just told, struck by the clause's bombardment: its kind of place as the strike's object ("struck the area",
# "pounded the tent encampment", "carried out raids on the base", "strikes on the city"), or the fighters told there.
_STRIKE_ON_SCENE_TOLD_RE = compile_guarded(
    r"\b(?:struck|hit|pounded|bombed|shelled|targeted|(?:air\s?)?(?:raids|strikes)\s+on)\s+the\s+(?:[a-z]+\s+)?"
    # (or the post the incident just told was at: "a helicopter later struck the checkpoint")
    r"(?:area|base|air\s?base|airport|encampment|camp|enclave|town|village|city|checkpoint|outpost|post)\b(?!\s+of\b)"
    # (the fighters of the event just told, struck where it was told: "strikes on the attackers", "on their hideouts")
    r"|\b(?:struck|hit|pounded|bombed|targeted|(?:air\s?)?(?:raids|strikes)\s+on)\s+(?:the\s+(?:attackers|assailants)|"
    r"their\s+(?:hideouts|positions))\b",
    re.IGNORECASE,
)
_FIGHTERS_STRUCK_RE = re.compile(r"\b(?:attackers|assailants|hideouts|positions)$", re.IGNORECASE)  # (its second branch)


_OTHER_PLACE_LOOKBACK = 3  # sentences before the strike read for another place named since the incident told


def _other_place_told_since(
    placed: EventMention,
    readings_by_index: dict[int, SentenceReading],
    governorates: list[list[GovernorateMention]],
    sentence_index: int,
) -> bool:
    """Whether a sentence told after the placed incident, up to the strike's own (at most
    :data:`_OTHER_PLACE_LOOKBACK` back), names a place that incident does not: "the city" then is that one
    ("Meanwhile in Raqqa, residents lacked bread. Jets carried out 20 strikes on parts of the city on Sunday")."""
    own = {normalize_place(p.text) for p in placed.named_places}
    first = max(placed.last_sentence_index + 1, sentence_index - _OTHER_PLACE_LOOKBACK)
    for index in range(first, sentence_index + 1):
        reading = readings_by_index.get(index)
        if reading is not None and any(normalize_place(p.text) not in own for p in reading.places_named(governorates)):
            return True
    return False


def _placed_by_kind_told(
    mention: EventMention,
    clusters: list[EventMention],
    readings_by_index: dict[int, SentenceReading],
    governorates: list[list[GovernorateMention]],
    sentence_index: int,
    place_context: str | None = None,
) -> bool:
    """Whether a bombardment by a named party with no place (no incident yet), whose clause names the kind of place just told, now
    has that place (:func:`_take_place_told`): a place was all it lacked to be an incident of its own
    (:func:`~mapapp.extract.background.classify`). The clause strikes the scene just told itself ("Coalition jets
    pounded the encampment", "Government warplanes carried out raids on the base after its fall", "Jets struck the area
    on Monday night": :data:`_STRIKE_ON_SCENE_TOLD_RE`), or tells its day and names the place's kind ("In a separate
    development, jets carried out 15 strikes on rebel-held parts of the city on Saturday", after an incident told in a
    named city). Not an event named as one told before ("the strikes
    on the city"), one with no party ("Strikes hit parts of the city on Saturday"), a pattern ("jets have repeatedly
    struck the city"); nor a fight or an assault ("began its offensive against the city on June 9": the city may be the
    battle's, not the place told last; "The city was taken from the group on May 3": its history).

    When no incident told so far names a place, the scene the clause strikes is the article's own place
    (``place_context``, its name: "BAGHOUZ (Reuters) - ... Fighting went on overnight near the camp. Coalition
    jets hit the area again and again late on Friday"), unless a sentence just before names another place: the
    mention then opens an incident with no place, placed at the article's place when it is built."""
    if (
        mention.event_type not in BOMBARDMENT_TYPES
        or mention.places
        or mention.definite
        or mention.actor is None
        or not (clusters or place_context)
        or gated_search(PERFECT_ASPECT_RE, mention.clause_text) is not None
    ):
        return False
    placed = next((c for c in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]) if c.places), None)
    struck = gated_search(_STRIKE_ON_SCENE_TOLD_RE, mention.clause_text)
    if struck is not None:
        if placed is not None and _FIGHTERS_STRUCK_RE.search(struck.group(0)) and not placed.days_agree(mention):
            return False  # "On Thursday, the coalition struck the attackers" of Monday's attack: they may be anywhere
        cue = _STRIKE_ON_SCENE_TOLD_RE
    elif mention.point_dates:
        cue = _KIND_OF_PLACE_RE
    else:
        return False
    if placed is None and struck is not None and place_context is not None:
        # (the incidents told so far are all at the article's own place; "the area" is theirs unless a sentence just
        # before names another place)
        return not any(
            normalize_place(place.text) != place_context
            for index in range(max(0, sentence_index - _OTHER_PLACE_LOOKBACK), sentence_index + 1)
            if (reading := readings_by_index.get(index)) is not None
            for place in reading.places_named(governorates)
        )
    if placed is None or _other_place_told_since(placed, readings_by_index, governorates, sentence_index):
        return False
    _take_place_told(mention, clusters, cue)
    if not mention.sub_governorate_places:
        mention.places = []  # (a province told last is not the town or the base the clause strikes)
    return bool(mention.places)


# A force's entry into a place, told as a movement and no event of its own: "ISIS has entered the A and B
# neighbourhoods", "our forces breached the wall of A", "stormed into the town".
_ENTRY_RE = compile_guarded(
    r"\b(?:entered|breached|stormed\s+into|broke\s+into|pushed\s+into|advanced\s+into|infiltrated)\b", re.IGNORECASE
)


def _take_place_entered(
    mention: EventMention, before: SentenceReading | None, governorates: list[list[GovernorateMention]]
) -> None:
    """A fight told with no place of its own right after a sentence that tells a force entering a named place and no
    event ("ISIS has entered the A and B neighbourhoods of the city. Heavy clashes with the army."): the fight is there,
    at the places that sentence names, and specific enough to be an incident (a post's or a release's terse account
    of one assault). Not a fight named as one told before ("the clashes"), nor after a sentence telling an event."""
    if (
        before is None
        or before.mentions
        or mention.places
        or mention.specific
        or mention.definite
        or mention.event_type is not EventType.ARMED_CLASH
        or mention.sentence_index != before.index + 1
        or gated_search(_ENTRY_RE, before.text) is None
    ):
        return
    entered = before.places_named(governorates)
    if entered:
        mention.places = [(place, before.index) for place in entered]
        mention.specific = True


def refined_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The cluster told in the sentence just before (or two before, the sentence between opening none) over a whole governorate or its countryside ("raids on homes in
    several villages in X province", "in the eastern countryside of X"), when this sentence names a place where it hit, with the same specific type, a governorate
    that is the same or unstated, and date and figures that agree ("They detained two men in a raid on Y
    village"): the place refines the cluster's (:func:`~.merging.merge` puts it first)."""
    if not clusters or not mention.named_places or mention.event_type in UNSPECIFIC_TYPES:
        return None
    if _FURTHER_IN_CLAUSE_RE.search(mention.clause_text):
        return None  # "Another strike hit B", "The gunmen also killed a trader in B": one more event, not its place
    previous = clusters[-1]
    # the next sentence, or the one after when the sentence between opened no incident ("Clashes in X province
    # killed nine on Tuesday. The fighting erupted in Y after ... Tribal fighters attacked posts in Y.")
    if not 1 <= sentence_index - previous.last_sentence_index <= 2 or previous.event_type is not mention.event_type:
        return None
    if (previous.headline and len(previous.evidence) == 1) or not previous.places:
        return None  # (a headline alone is a summary; a body report confirming it is the event told)
    if previous.named_places and not _told_over_an_area(previous):
        return None
    # (a governorate the mention names only as where people came from, "reinforcements from X", is not its place)
    if not _same_or_unstated_governorate(previous, mention, origins=False) or _near_the_city(previous):
        return None
    if previous.named_places:  # (the area's name is not the village's: only day and figures can tell another event)
        if _told_over_an_area(mention):
            return None  # "Fire on our units in the A region was answered. Terrorists in the B region were hit."
        if not _told_as_a_village(mention, previous):
            return None  # "Jets struck villages around A. Jets struck B, killing two.": a town of its own, hit too
        agree = (
            previous.days_agree(mention)
            and figures_agree(previous.killed, mention.killed)
            and figures_agree(previous.injured, mention.injured)
        )
        return previous if agree else None
    return previous if compatible(previous, mention) else None


#: Where a clause tells its place as an area, not a point: "several villages in A", "the occupied areas of A",
#: "A district", "A countryside" (the words around the name; "the villages of A and B" names villages, "the A area" a
#: locality).
_AREA_BEFORE_RE = compile_guarded(
    r"\b(?:(?:villages|towns|hamlets)\s+(?:in|around|across)|areas\s+(?:of|in|around))\s+(?:the\s+)?$", re.IGNORECASE
)
_AREA_AFTER_RE = compile_guarded(r"^(?:[’']s)?\s+(?:district|sub-?district|countryside|region)\b", re.IGNORECASE)


#: A place told as a village or a city's quarter: "the village of B", "the villages of B and C", "B village", "the
#: B neighbourhood".
_VILLAGE_BEFORE_RE = compile_guarded(r"\b(?:village|hamlet|neighbou?rhood)s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_VILLAGE_AFTER_RE = compile_guarded(r"^(?:[’']s)?\s+(?:village|hamlet|neighbou?rhood)\b", re.IGNORECASE)
#: The bombardment just told, told again: "the shelling", "the strikes", "this bombardment".
_THE_BOMBARDMENT_RE = compile_guarded(
    r"\b(?:the|these|those|this)\s+(?:[a-z-]+\s+)?(?:bombardment|shelling|strikes?|raids?|bombing|attacks?)\b", re.IGNORECASE
)


def _told_as_a_village(mention: EventMention, area: EventMention) -> bool:
    """Whether the mention tells a spot in the area just told: a place named as a village ("the village of B", "B
    village") or named already by the area's report ("villages in A, including B"), or the event told again ("the
    shelling on B", "The strikes hit homes in B"). A place named bare in a report of its own after a report over an
    area is a place of its own, hit too ("Jets struck villages around A. Jets struck B")."""
    known = {normalize_place(p.text) for p in area.named_places}
    if gated_search(_THE_BOMBARDMENT_RE, mention.clause_text) is not None:
        return True
    text, start = mention.clause_text, mention.clause_text_start
    for place in mention.named_places:
        offset, end = place.start - start, place.end - start
        if normalize_place(place.text) in known:
            return True
        if 0 <= offset <= end <= len(text) and (
            _VILLAGE_BEFORE_RE.search(text, max(0, offset - 30), offset) or _VILLAGE_AFTER_RE.match(text[end : end + 20])
        ):
            return True
    return False


def _told_over_an_area(mention: EventMention) -> bool:
    """Whether the mention's first clause tells every named place as an area, not as the spot hit: a region ("the
    countryside of A"), its town named again, or a name after "villages in" or before "district" ("shelled the
    villages of A district", "several villages in B"). A later sentence naming a village then tells where in it
    (:func:`refined_cluster`)."""
    text, start = mention.clause_text, mention.clause_text_start
    regions = {normalize_place(p.text) for p in mention.named_places if is_region_name(p.text)}

    def as_area(place: PlaceMention) -> bool:
        if normalize_place(place.text) in regions:
            return True  # (the region itself, or its town named again: "the countryside of A ... the A road")
        offset, end = place.start - start, place.end - start
        if not 0 <= offset <= end <= len(text):
            return False
        before = _AREA_BEFORE_RE.search(text, max(0, offset - 40), offset)
        return bool(before or _AREA_AFTER_RE.match(text[end : end + 30]))

    return all(as_area(p) for p in mention.named_places)


_NEAR_RE = compile_guarded(r"\b(?:near|outside|on the outskirts of|north|south|east|west)(?:\s+of)?\s+(?:the\s+)?$", re.IGNORECASE)


def _near_the_city(cluster: EventMention) -> bool:
    """The cluster's governorate name is its city's ("Near Raqqa, one strike destroyed ..."): one place, not the
    governorate over which a later sentence could refine it."""
    start = cluster.clause_text_start
    return any(
        p.governorate is not None and start <= p.start and _NEAR_RE.search(cluster.clause_text, max(0, p.start - start - 30), p.start - start)
        for p, _ in cluster.places
    )


def _told_place(mention: EventMention, told_places: set[str]) -> bool:
    """True when the mention names places, each one where an incident of the document was told."""
    names = [normalize_place(p.text) for p in mention.named_places]
    return bool(names) and all(name in told_places for name in names)


# A clause that only says where or when the event just told happened: "The clash took place in X province",
# "The attack occurred near the village of Y late on Monday" (a definite event noun, then the verb of happening).
_TOOK_PLACE_RE = compile_guarded(
    r"^\W*(?:according\s+to\s+[^,;]{1,60}[,;]\s*)?(?:the|this|that)\s+(?:[\w’'-]+\s+){0,3}?(?:took\s+place|happened|occurred)\b",
    re.IGNORECASE,
)


def _located_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The incident told in the sentence just before, when this mention only places or dates it (a definite event
    noun that "took place" somewhere, with no toll or actor of its own), whatever word the event was told with; when
    that incident is placed already, only at one of its places again."""
    # (the pattern itself opens on a definite event noun, whatever word the clause's event was read from)
    if not clusters or mention.has_figure or mention.actor is not None:
        return None
    previous = clusters[-1]
    if sentence_index - previous.last_sentence_index != 1:
        return None
    if previous.sub_governorate_places:
        # placed already: only a mention that places it again at one of its places, in more detail ("... near
        # Markadah. The attack took place on the road between Markadah and Al-Sour"), is the same incident
        told = {normalize_place(p.text) for p in previous.named_places}
        if not told & {normalize_place(p.text) for p in mention.named_places}:
            return None
    return previous if _TOOK_PLACE_RE.match(mention.clause_text) else None


#: The verdicts of a mention that tells the event just told again, not one of its own: its place is that event's.
_RETELLING_VERDICTS = frozenset({REFER_BACK, REACTION})


def place_leads_by_the_next_sentence(
    clusters: list[EventMention], readings: list[SentenceReading], governorates: list[list[GovernorateMention]]
) -> None:
    """Rule 0h: an incident told with no place at all, but with a toll or a day of its own ("A bomb in a car left nine
    dead in a frontier town on Saturday", "A drone killed five militiamen close to the frontier on Sunday"), is at the
    place the very next sentence tells for it, as a reader takes it ("A boy was among the dead in A.", "He was driving
    near B.", "The raids on C followed a rocket attack ...", "Nobody claimed the drone, which hit a car near D."): news prose gives the lede's who and what first, its where one sentence later.

    That sentence gives the place when it (a) tells no event of its own (no event mention, no incident's evidence in
    it), is no title nor generic wording, and names exactly one place below governorate level as its first (primary)
    place, told as where the event happened, in a sentence that tells its dead, hurt or hit (:func:`_told_as_where`): the sentence's places
    are taken, or (b) its only reading of an event of the incident's kind (or of an
    unspecific kind) is a definite retelling (:data:`_RETELLING_VERDICTS`: "the strikes on C") that names a place below
    governorate level: that mention's places are taken. Not when a report of a kind that agrees, placed within a few sentences before or
    after, tells the event again (:func:`_told_again`): the lede is left unplaced, as before. Headline-only clusters are left to the headline rules. Run before
    :func:`~mapapp.extract.coreference.summaries.drop_unplaced_references`, which would drop the incident for its
    want of a place. Each cluster looks at one sentence: linear."""
    if not clusters:
        return
    by_index = {reading.index: reading for reading in readings}
    told_in: set[int] | None = None  # the sentences some incident's evidence covers, found on first use

    def sentences_with_evidence() -> set[int]:
        starts = [r.sentence.start for r in readings]  # (readings are in text order)
        covered: set[int] = set()
        for other in clusters:
            for a, b in other.evidence:
                first, last = max(0, bisect_right(starts, a) - 1), bisect_right(starts, b - 1) - 1
                covered.update(readings[i].index for i in range(first, last + 1))
        return covered

    for index, cluster in enumerate(clusters):
        if cluster.places or (cluster.headline and len(cluster.evidence) == 1):
            continue
        if not (cluster.has_figure or any(not d.said for d in cluster.point_dates)):
            continue  # (a statement's day is no day of the event's: "..., sources told the agency on Wednesday")
        # (the sentence right after the one the incident opens in: a later sentence merged into it, "There was no
        # claim for the bombing", does not move the lede's where)
        following = by_index.get(cluster.sentence_index + 1)
        if following is None or following.title or following.generic:
            continue
        if not following.mentions:
            if told_in is None:
                told_in = sentences_with_evidence()
            if following.index in told_in:
                continue  # (a toll told there that an incident took: its place is that incident's)
            named = following.places_named(governorates)
            primaries = {normalize_place(p.text) for p in named if p.role == "primary"}
            if len(primaries) != 1 or named[0].role != "primary":
                continue  # (no place, or several told as hit: which one is the lede's is not told)
            if not _told_as_where(following.text, named[0].start - following.sentence.start):
                continue  # (a place told of something else: "Families left the X camp", "He had moved from Y")
            found = [(place, following.index) for place in named]
        else:
            retellings = [
                m
                for m in following.mentions
                # (definite: "the strikes on A", "the drone, which struck near B"; not "came a week after a drone
                # hit a car in C", another event the sentence tells, whatever verdict it was given)
                if m.verdict in _RETELLING_VERDICTS
                and m.definite
                and m.sub_governorate_places
                and _kinds_agree(cluster, m)
            ]
            if len(retellings) != 1:
                continue
            found = list(retellings[0].places)
        near = clusters[max(0, index - _TOLD_AGAIN_WINDOW_CLUSTERS) : index] + clusters[
            index + 1 : index + 1 + _TOLD_AGAIN_WINDOW_CLUSTERS
        ]
        if not any(_told_again(cluster, [p for p, _ in found], other) for other in near):
            cluster.places = found


# A place told as where something is or happened: "killed in ", "travelling near ", "at the entrance of the village of
# " (not "left the ", "moved from "), right before the place's name (searched in a bounded window before it).
_LOCATIVE_BEFORE_RE = re.compile(
    r"\b(?:in|near|at|outside|around|close\s+to|on\s+the\s+outskirts\s+of|in\s+the\s+vicinity\s+of)\s+"
    r"(?:the\s+(?:[a-z]+\s+)?(?:village|town|city|area|countryside|neighbou?rhood|district|camp|entrance|edge)\s+of\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: How far before a place's name its locative preposition may stand (characters).
_LOCATIVE_WINDOW = 60
# A sentence told in a time before the event's: "had moved", "has lived", "years ago".
_EARLIER_TIME_RE = compile_guarded(r"\bhad\s+(?:\w+\s+)?\w+ed\b|\byears\s+ago\b", re.IGNORECASE)
# A sentence that tells the event itself: its dead or hurt, a hit, or its victims on their way or at work ("A boy was
# among the dead in A", "He was driving near B", "the car was hit near C", "they were working in a field near D").
_TELLS_THE_EVENT_RE = compile_guarded(
    r"\b(?:killed|dead|died|wounded|injured|hurt|hit|struck|targeted|travel(?:l)?ing|driving|walking|riding|"
    r"passing|heading|working)\b",
    re.IGNORECASE,
)
# A sentence that tells what came after the event or stands beside it, its place not the event's: the care or burial of
# the victims ("taken to a hospital in A", "buried in B", "mourners gathered in C").
_AFTERMATH_RE = compile_guarded(
    r"\b(?:hospitals?|clinics?|funerals?|buried|burial|mourn\w*|transferred|evacuated|rushed)\b", re.IGNORECASE
)
# The place of a speaker or a force, not of the event: "a source in A said", "a journalist in B", "troops based near C"
# (right before the locative the place's name follows; read in the same bounded window).
_SPEAKER_OR_POST_BEFORE_RE = re.compile(
    r"\b(?:sources?|journalists?|correspondents?|reporters?|activists?|officials?|based|stationed|deployed|posted)\s+$",
    re.IGNORECASE,
)


def _told_as_where(sentence: str, place_start: int) -> bool:
    """Whether a sentence with no event of its own tells its place as where the event happened: a locative
    preposition right before it (:data:`_LOCATIVE_BEFORE_RE`), in a sentence that tells the event's dead, hurt or hit,
    or its victims on their way (:data:`_TELLS_THE_EVENT_RE`: "A boy was among the dead in A", "He was driving near
    B"), in the event's time (not "had moved from", "has lived", "years ago"). Not the place of what came after
    (:data:`_AFTERMATH_RE`: "The wounded were taken to a hospital in A"), nor of a speaker or a force
    (:data:`_SPEAKER_OR_POST_BEFORE_RE`: "said a journalist in B", "troops posted in C")."""
    window_start = max(0, place_start - _LOCATIVE_WINDOW)
    locative = _LOCATIVE_BEFORE_RE.search(sentence, window_start, place_start)
    if locative is None or _SPEAKER_OR_POST_BEFORE_RE.search(sentence, window_start, locative.start()) is not None:
        return False
    if gated_search(_TELLS_THE_EVENT_RE, sentence) is None or gated_search(_AFTERMATH_RE, sentence) is not None:
        return False
    return gated_search(_EARLIER_TIME_RE, sentence) is None and gated_search(PERFECT_ASPECT_RE, sentence) is None


#: How many clusters before and after an unplaced lede may tell it at a place (rule 0h); a few, so linear.
_TOLD_AGAIN_WINDOW_CLUSTERS = 4
#: How many sentences apart such a telling may open.
_TOLD_AGAIN_WINDOW_SENTENCES = 4


def _kinds_agree(first: EventMention, second: EventMention) -> bool:
    """The same kind of event, an unspecific one on either side, or two bombardments from afar."""
    kinds = {first.event_type, second.event_type}
    return first.event_type is second.event_type or bool(kinds & UNSPECIFIC_TYPES) or kinds <= BOMBARDMENT_TYPES


def _told_again(lede: EventMention, places: list[PlaceMention], other: EventMention) -> bool:
    """Whether an incident opening a few sentences before or after an unplaced lede tells the lede's event again,
    placed already ("Jets left 12 dead in raids. ... Homes east of X were flattened, with 12 or more dead."; "Two car
    bombs hit A. ... The lorry blew up in a street."): of a kind that agrees
    (:func:`_kinds_agree`), and with a toll that agrees with the lede's, both told, or at the place the next
    sentence gives; for a fight, any fight told there (a fight is told over a front's places and days). Such a lede is left unplaced, to
    :func:`~mapapp.extract.coreference.summaries.drop_unplaced_references`."""
    if not other.places or not _kinds_agree(lede, other):
        return False
    if abs(other.sentence_index - lede.sentence_index) > _TOLD_AGAIN_WINDOW_SENTENCES:
        return False
    if lede.event_type is EventType.ARMED_CLASH and other.event_type is EventType.ARMED_CLASH:
        return True  # (a fight is told over a front's places and days: "a counter-attack around A ... battle for B")
    both_tolls = lede.killed is not None and other.killed is not None
    if both_tolls and figures_agree(lede.killed, other.killed):
        return True
    given = {normalize_place(p.text) for p in places if p.level == "place"}
    return bool(given & {normalize_place(p.text) for p in other.sub_governorate_places})
