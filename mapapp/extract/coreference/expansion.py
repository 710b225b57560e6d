"""List and target expansion (rules 4d-4g of :mod:`mapapp.extract.coreference`): one incident per place of a list
— the bulleted lines of a bombardment, the targets or regions listed after it, a wave's hits by place, a count
broken down by place — each a copy of the listed event at its place (:func:`_copy_for_place`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp.extract.casualties import parse_count
from mapapp.extract.clauses import only_locates_the_place_before, regions_listed
from mapapp.extract.lexicon import compile_guarded, gated_search, normalize_place
from mapapp.extract.mentions import CANDIDATE, EventMention, SentenceReading, counts_over_more_than_a_day
from mapapp.extract.sentences import Sentence
from mapapp.extract.toponyms import GovernorateMention, PlaceMention, find_places, is_operation_zone
from mapapp.model import BOMBARDMENT_TYPES, Casualties


def _bulleted_target(
    reading: SentenceReading,
    head: EventMention,
    clusters: list[EventMention],
    governorates: list[list[GovernorateMention]],
) -> None:
    """Rule 4e: a bulleted line with no event word of its own, in the list a bombardment's sentence announced ("Drones
    hit at least 30 sites on Thursday, including:\n- the A power station near B;\n- a water station in C."), names
    a hit of that wave at its place: the bombardment's incident there when it has no place yet, else one more incident
    of its kind, party and day (no toll: a toll told on the line is read by the list's own rule, :mod:`.event_series`).
    The line's first place is the hit's; the others say where it lies."""
    places = [p for p in reading.places_named(governorates) if p.governorate is None]
    if not places:
        return
    sentence = reading.sentence
    primary = replace(places[0], role="primary")
    if not head.sub_governorate_places:
        head.places = [(primary, sentence.index), *((p, sentence.index) for p in places[1:]), *head.places]
        head.extend_to(sentence)
        return
    hit = _copy_for_place(head, primary, sentence)
    hit.places.extend((p, sentence.index) for p in places[1:])
    clusters.append(hit)


#: How far after the word for what was hit its place may be named ("the school ... in the village of X").
_TARGET_PLACE_WINDOW = 60


def _fill_target_place(
    reading: SentenceReading, clusters: list[EventMention], governorates: list[list[GovernorateMention]]
) -> None:
    """Rule 4b: a sentence without an event word, right after an incident that names no place, that says where
    what it hit lies ("The drone hit a school. ... The pupils study at a school in the village of X"): the
    incident takes that place."""
    if not clusters or clusters[-1].last_sentence_index != reading.index - 1:
        return
    previous = clusters[-1]
    if previous.places or not previous.target:
        return
    head = previous.target.split()[-1].lower()
    lowered = reading.text.lower()
    at = lowered.find(head)
    if len(head) < 4 or at < 0:
        return
    sentence = reading.sentence
    after = sentence.start + at + len(head)
    found = reading.places_named(governorates)
    first = next((i for i, p in enumerate(found) if 0 <= p.start - after <= _TARGET_PLACE_WINDOW), None)
    if first is None:
        return
    # the places that locate it come along ("in the village of X, 16 km west of the city of Y"): references
    located_by = [(p, sentence.index) for p in found[first + 1 :] if p.role == "reference" and p.start > found[first].end]
    previous.places = [(replace(found[first], role="primary"), sentence.index), *located_by]
    previous.extend_to(sentence)


# A sentence that lists what the strikes just told hit: "Among the targets: a bakery in A, the silos in B and ...",
# "The targets included an oil field near A and a farm in B".
_TARGETS_LIST_RE = re.compile(
    r"\W{0,3}(?:among\s+the\s+(?:targets|sites|places)(?:\s+(?:hit|struck|targeted|bombed))?"
    r"|the\s+(?:targets|sites)\s+(?:hit\s+|struck\s+|targeted\s+|bombed\s+)?(?:included|include|were|are)"
    r"|targets(?:\s+(?:hit|struck))?\s*:)",
    re.IGNORECASE,
)
# ... or that closes on them: "the villages of A and B, and the silos of C were among the targets."
_TARGETS_LIST_END_RE = re.compile(
    r"\b(?:were|was)\s+(?:also\s+)?among\s+the\s+(?:targets|sites\s+(?:hit|struck|targeted|bombed))\s*[.!]?\s*$",
    re.IGNORECASE,
)
#: The most places one list of targets is read for (a longer list is a summary of a campaign).
_MAX_LISTED_TARGETS = 6


def _targets_listed_after(
    reading: SentenceReading, clusters: list[EventMention], governorates: list[list[GovernorateMention]]
) -> None:
    """Rule 4c: a sentence without an event word, right after a bombardment told with no place of its own, that
    lists its targets with their places ("Turkish drones struck civilian sites on Thursday, killing 12. Among the
    targets: a bakery in A, the silos of B and a checkpoint in C"): one incident per place (Airwars and ACLED code a
    wave of strikes per place struck). The first place is the told incident's; each further place is an incident of
    the same kind, party and day, with no toll of its own (the toll told is the wave's, not split among them)."""
    if not clusters or clusters[-1].last_sentence_index != reading.index - 1:
        return
    previous = clusters[-1]
    if previous.sub_governorate_places or previous.event_type not in BOMBARDMENT_TYPES:
        return
    if _TARGETS_LIST_RE.match(reading.text) is None and gated_search(_TARGETS_LIST_END_RE, reading.text) is None:
        return
    sentence = reading.sentence
    found = reading.places_named(governorates)
    places: list[PlaceMention] = []
    names: set[str] = set()
    for before, place in zip([None, *found], found):
        if before is not None and only_locates_the_place_before(
            reading.text, before.end - sentence.start, place.start - sentence.start
        ):
            # "the villages of A and B near C", "the A gas station in the B countryside": C, B only say where it lies
            continue
        name = normalize_place(place.text)
        if name not in names:
            names.add(name)
            places.append(place)
            if len(places) > _MAX_LISTED_TARGETS:
                return  # (stop at once: a long list is not read, and each place was compared with all before it)
    if not places:
        return
    previous.places = [(replace(places[0], role="primary"), sentence.index), *previous.places]
    previous.extend_to(sentence)
    for place in places[1:]:
        clusters.append(_copy_for_place(previous, replace(place, role="primary"), sentence))


def _copy_for_place(previous: EventMention, place: PlaceMention, sentence: Sentence) -> EventMention:
    """A further incident of ``previous``'s kind, party and day at ``place``, told by ``sentence`` (a list of targets
    or regions after it): no toll of its own (the toll told is the whole wave's)."""
    return replace(
        previous,
        places=[(place, sentence.index)],
        evidence=[(sentence.start, sentence.end)],
        sentence_index=sentence.index,
        last_sentence_index=sentence.index,
        headline=False,
        killed=None,
        injured=None,
        victims=None,
        dates=list(previous.dates),
        sources=list(previous.sources),
        distributed=True,
    )




#: The wave just counted, named again as the subject of the sentence that places its hits: "the strikes", "the raids"
#: (not one of them, "one of the strikes hit a cafe in X": a hit of the wave told again, not its places).
_WAVE_REFERENCE_RE = re.compile(
    r"(?<!\bof )\b(?:the|these|those)\s+(?:air\s*|drone\s+|us\s+|turkish\s+|russian\s+)?(?:strikes|raids|bombardments?)\b",
    re.IGNORECASE,
)
#: A list of villages or neighbourhoods of one area ("the villages of A and B"): one incident, not one per name.
_VILLAGES_OF_RE = re.compile(r"\b(?:villages|neighbou?rhoods|towns)\s+of\b", re.IGNORECASE)


def _wave_hits_by_place(count: EventMention, mention: EventMention, sentence: Sentence) -> list[EventMention]:
    """Rule 4g: the hits of a wave of strikes just counted, told by their places ("US forces struck more than 85
    targets on Friday night. In Deir Ezzor, the strikes targeted sites in A, B and C."), or [].

    The count (a tally of one bombardment kind with no place of its own, told in the sentence just before) is the
    wave; the next sentence names it again ("the strikes", "the raids") as the subject of a clause that gives places
    and no other specifics: one incident per place it names, of the wave's kind, with its party and day unless the
    clause gives its own (a list of targets or regions, each a place struck, coded apart as Airwars and ACLED code a
    wave's locations). A list of villages ("the villages of A and B") stays one incident."""
    if sentence.index - count.last_sentence_index != 1 or not _WAVE_REFERENCE_RE.search(mention.clause_text):
        return []
    # (each name once; not a place told by its bearing from another, "west of X", "the countryside of X": it locates)
    places: list[PlaceMention] = []
    seen: set[str] = set()
    for place in mention.named_places:
        key = normalize_place(place.text)
        if not place.origin and place.text[:1].isupper() and key not in seen:
            seen.add(key)
            places.append(place)
    if not places:
        return []
    if _VILLAGES_OF_RE.search(mention.clause_text):
        places = places[:1]
    listed = {id(p) for p in places}
    head = replace(
        mention,
        event_type=count.event_type,
        trigger=count.trigger,
        actor=mention.actor or count.actor,
        actor_score=mention.actor_score if mention.actor else count.actor_score,
        dates=list(mention.dates or count.dates),
        specific=True,
        places=[(places[0], sentence.index), *((p, i) for p, i in mention.places if id(p) not in listed)],
    )
    return [head, *(_copy_for_place(head, place, sentence) for place in places[1:])]


#: The targets a listing sentence tells struck (its regions the places of the wave's hits): "29 targets were destroyed
#: in the A and B regions", "shelters were hit in" (not "residents of the A and B regions fled").
_TARGETS_STRUCK_RE = compile_guarded(r"\b(?:targets?|destroyed|struck|hit)\b", re.IGNORECASE)


# Regions listed as struck on another occasion than the operation just told: "In earlier operations in 2019, targets
# were destroyed in the A and B regions", "Last year, ..." (literal words, no nested repetition).
_OTHER_OCCASION_RE = re.compile(
    r"\b(?:earlier|previous|past|prior|former)\s+(?:air\s+)?operations\b|\b(?:in|since|during)\s+(?:19|20)\d\d\b"
    r"|\b(?:last|this)\s+(?:year|month)\b",
    re.IGNORECASE,
)


def _regions_listed_after(
    reading: SentenceReading,
    clusters: list[EventMention],
    governorates: list[list[GovernorateMention]],
    within: bool = False,
    wave: EventMention | None = None,
) -> None:
    """Rule 4d: a sentence without an event word, right after a bombardment, that lists the regions it struck ("Our
    forces carried out air operations on the night of 4 October. In the operations in the A, B and C regions, 30
    targets were destroyed"): one incident per region (a military release's regions are the places it struck, each
    coded apart as Airwars codes a release's strike locations; a list of villages, "the villages of A and B", stays
    one incident). The first region is the told incident's when it names no place of its own; each further region is
    an incident of the same kind, party and day, with no toll of its own (the count told is the operation's).

    ``within``: the list told in the bombardment's own sentence, after a semicolon ("air operations were carried out
    in the north; 23 targets were destroyed in the A, B and C regions"): the bombardment's places that the list names
    give way to its first region.

    ``wave``: the count of one bombardment with no place told in the sentence just before, read as a tally (:data:`TALLY`:
    "In response to the attack, an air operation was conducted over Syria and northern Iraq. In the operation, 29
    targets were destroyed in the A and B regions"): with no incident told there, the regions listed are its hits,
    each an incident of the wave's kind, party and day (as rule 4g reads "the strikes targeted sites in A and B"); not
    regions told struck on another occasion ("In earlier operations in 2019, ...": :data:`_OTHER_OCCASION_RE`)."""
    opened_wave = (
        not within
        and wave is not None
        and wave.last_sentence_index == reading.index - 1
        and not wave.sub_governorate_places
        and not counts_over_more_than_a_day(wave)
        and gated_search(_TARGETS_STRUCK_RE, reading.text) is not None
        and not (clusters and clusters[-1].last_sentence_index == reading.index - 1)
        and _OTHER_OCCASION_RE.search(reading.text) is None
    )
    if opened_wave:
        assert wave is not None
        previous = replace(wave, verdict=CANDIDATE, specific=True, evidence=list(wave.evidence), places=list(wave.places))
    elif not clusters or clusters[-1].last_sentence_index != reading.index - (0 if within else 1):
        return
    else:
        previous = clusters[-1]
    if previous.event_type not in BOMBARDMENT_TYPES or previous.distributed:
        return
    text = reading.text
    if "region" not in text and "district" not in text and "areas" not in text:
        return  # (a cheap test before the places are read)
    sentence = reading.sentence
    found = sorted(find_places(text, governorates[sentence.index], sentence.start), key=lambda p: p.start)
    if not regions_listed(text, [(p.start - sentence.start, p.end - sentence.start, p.text) for p in found]):
        return
    if len({normalize_place(p.text) for p in found}) < len(found):
        return
    first = found[0].start - sentence.start
    regions = list(found)
    if opened_wave:
        clusters.append(previous)  # (the wave, an incident now that its regions are told)
    if within:
        if text.rfind(";", 0, first) < 0:
            return  # (the list after the semicolon: the sentence's own second part)
        listed = {normalize_place(p.text) for p in found}
        previous.places = [
            (replace(regions[0], role="primary", level="place"), sentence.index),
            *((p, i) for p, i in previous.places if normalize_place(p.text) not in listed),
        ]
        regions = regions[1:]
    elif not previous.sub_governorate_places:
        previous.places = [(replace(regions[0], role="primary", level="place"), sentence.index), *previous.places]
        previous.extend_to(sentence)
        regions = regions[1:]
    list_start = sentence.start + text.rfind(";", 0, first) + 1 if within else sentence.start
    for place in regions:
        region = _copy_for_place(previous, replace(place, role="primary", level="place"), sentence)
        region.evidence = [(list_start, sentence.end)]  # (within: the list's part of the sentence)
        clusters.append(region)


# A count of events or fighters broken down by place, the wording of a military release: "8 of them in the A region,
# 3 of them in the B region", "9 of these harassment fires came from A, 2 from B and 1 from C", "Of these,
# 4 were neutralized in the A and B regions, 7 in the C region", "20 attacks, 16 of them from A, and others from B".
_BREAKDOWN_MARK_RE = compile_guarded(r"\bof\s+(?:them|these|those)\b", re.IGNORECASE)
_COUNT_WORD = (
    r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|others|the\s+others|the\s+rest|"
    r"the\s+remaining\s+\d{1,4})"
)
# where one item of the breakdown ends and the next, opening with its count, begins: ", 5 of them in", " and 1 from"
# (the spaces bounded: "\s*" before "\s+and" backtracked cubically over a run of blanks, searched at each position)
_BREAKDOWN_CUT_RE = re.compile(
    r"\s{0,3}(?:[,;]\s{0,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})(?=" + _COUNT_WORD + r"\b)", re.IGNORECASE
)
# an item: its count, then where ("6 of them in the", "Of these, 6 were neutralized in", "1 from", "others from")
_BREAKDOWN_ITEM_RE = re.compile(
    r"\W*(?:of\s+(?:them|these|those)\s*,\s*)?(?P<count>" + _COUNT_WORD + r")\b[^,;.]{0,80}?\b(?:in|from|near|at|around)\s",
    re.IGNORECASE,
)
_WHERE_WORD_RE = re.compile(r"\b(?:in|from|near|at|around)(?=\s\S*$)", re.IGNORECASE)
#: The most items one breakdown is read for (a longer one is a table, not a release's few lines).
_MAX_BREAKDOWN_ITEMS = 6


def _breakdown_of_the_dead(counted: EventMention, counts: list[str]) -> list[int] | None:
    """The items' counts of a breakdown when what it breaks down is a toll and they add up to it exactly ("9 terrorists
    were neutralized. 4 of them in the A region, 5 of them in the B region": 4 and 5 dead), else None (a count of
    events, "9 of these harassment fires came from A, 2 from B"; an item with no figure, "others from C")."""
    told = counted.killed
    if told is None or told.low is None or told.low != told.high:
        return None
    figures = [parse_count(count) for count in counts]
    exact = [f[0] for f in figures if f is not None and f[0] is not None and f[0] == f[1]]
    if len(exact) != len(counts) or sum(exact) != told.low:
        return None
    return exact


def _breakdown_by_place(
    reading: SentenceReading,
    previous_reading: SentenceReading | None,
    clusters: list[EventMention],
    governorates: list[list[GovernorateMention]],
) -> None:
    """Rule 4f: a count of events or fighters told once, then broken down by place ("11 terrorists who opened fire on
    our regions were neutralized. 8 of them in the A region, 3 of them in the B region"; "the terrorists carried out
    20 attacks in 36 hours, 16 of them from A, and others from B and C"): one incident per item, of the kind, party
    and day of the event counted (told in the sentence before, or earlier in this one, or in the first item itself),
    at the item's place (each place of a list the item calls regions; the others of a plain list its references),
    with no toll of its own, unless the count broken down is a toll its items add up to (then each item's count is its
    dead: :func:`_breakdown_of_the_dead`). A count with no place of its own stood for nothing but its items: its incident, if it
    opened one, gives way to them. Linear: the sentence's places are read once and each item takes those in it."""
    text = reading.text
    mark = _BREAKDOWN_MARK_RE.search(text)
    if mark is None:
        return
    start = max(text.rfind(separator, 0, mark.start()) for separator in ",;:") + 1
    items: list[tuple[int, int]] = []
    for cut in _BREAKDOWN_CUT_RE.finditer(text, start):
        if cut.start() <= mark.end():
            continue  # ("Of these, 6 were ...": the opening, not a cut)
        items.append((start, cut.start()))
        start = cut.end()
    items.append((start, len(text)))
    if not 2 <= len(items) <= _MAX_BREAKDOWN_ITEMS:
        return
    heads = [_BREAKDOWN_ITEM_RE.match(text, a, b) for a, b in items]
    if any(head is None for head in heads):
        return
    # each item's "from" names its place as "in" does ("1 from Tal Abyad": where that fire came from, the item's own
    # place, not an origin): the places are read in the sentence with those words so written (same offsets)
    written = list(text)
    for head in heads:
        word = _WHERE_WORD_RE.search(text, head.start(), head.end())  # type: ignore[union-attr]
        if word is not None and word.group(0).lower() == "from":
            written[word.start() : word.end()] = "in  "
    base = reading.sentence.start
    own = [m for m in reading.mentions if m.clause_span[0] - base < items[0][1]]
    if own:
        counted = own[-1]  # the count told in this sentence, or its first item's own event word
    elif previous_reading is not None and previous_reading.mentions:
        counted = previous_reading.mentions[-1]
    else:
        return
    if counts_over_more_than_a_day(counted):
        # a week's or a month's count broken down by place is a tally still ("40 were neutralized in the past week",
        # "neutralized 40 terrorists in July. Of them, 25 in the A region, 15 in the B region")
        return
    if any(not base + items[0][0] <= p.start and not is_operation_zone(p.text) for p in counted.sub_governorate_places):
        # an event at a place of its own: not a count broken down ("killing 3, 2 of them from A, 1 from B"); an
        # operation's zone is none ("11 terrorists in the Peace Spring area were neutralized. 6 of them in A, ...")
        return
    places = [
        p for p in find_places("".join(written), governorates[reading.index], reading.sentence.start) if p.level == "place"
    ]
    parts: list[tuple[list[PlaceMention], tuple[int, int]]] = []
    for a, b in items:
        inside = [p for p in places if a <= p.start - base and p.end - base <= b]
        if not inside:
            return  # every item names where: a breakdown by place, not by kind ("3 of them children")
        parts.append((inside, (base + a, base + b)))
    if counted in clusters:
        clusters.remove(counted)  # (the count, or the first item told with its event word: the items are its incidents)
    sentence = reading.sentence
    dead = _breakdown_of_the_dead(counted, [head.group("count") for head in heads])  # type: ignore[union-attr]
    for number, (inside, (a, b)) in enumerate(parts):
        relative = [(p.start - base, p.end - base, p.text) for p in inside]
        split = regions_listed(text, relative, release_word_only=True)
        for place in inside if split else inside[:1]:
            item = _copy_for_place(counted, replace(place, role="primary"), sentence)
            if dead is not None:
                # the item's dead: its own count at its one place, a bound at each of its regions (how it divides
                # between them is not told)
                low = 0 if split and len(inside) > 1 else dead[number]
                item.killed = Casualties(low=low, high=dead[number], phrase=heads[number].group("count"))  # type: ignore[union-attr]
            item.verdict = CANDIDATE
            segment = text[a - base : b - base]
            item.clause_span = (a + len(segment) - len(segment.lstrip(" ,;")), b)
            # (a count told in the sentence before is part of each item's telling: who neutralized them, and when)
            item.evidence = [item.clause_span] if own else [counted.evidence[0], item.clause_span]
            if not split:
                item.places += [(replace(other, role="reference"), sentence.index) for other in inside[1:]]
            clusters.append(item)
