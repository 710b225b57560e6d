"""One incident's place: its primary toponym resolved, then what the rest of its text says of where that lies.

:func:`geocode_incident` asks the resolver (:class:`mapapp.geocode.resolver.Resolver`: the geocoder, or an
evaluation baseline) for the incident's primary place, then applies the rules below, each named for what it
reads. Where the gazetteer alone cannot place an incident, the text can (issue 9):

* a village the gazetteer lacks takes the point of the town the text ties it to
  ("X village near Y", "X, west of Y", "X in the Y countryside", "Near Y, jets bombed X",
  the same name tied to Y in another sentence, the town a neighbourhood X is told
  of), with precision :data:`NEAR_TOWN_PRECISION`
  and a note "near Y" that keeps the village's name; never a made-up point, and
  never near one of two distant towns it lies "between";
* a part of a town the gazetteer lacks ("the neighbourhoods of X and Y", "the X area in the city centre") takes the
  point of the governorate's city its evidence names ("Deir ez-Zor city", "the city of Raqqa"), and so does a place
  its sentence locates against such a city ("X village at the entrance to Hasakah city"), which the extractor reads
  as the governorate's name (:func:`_at_town_told_as_city`), flagged as near that town;
* of several places sharing a name, the one near the other places the text
  names is meant (:func:`~mapapp.geocode.namesakes.nearest_namesake`);
* an unknown village named in its sentence with places of one covered governorate
  ("Strikes hit the village of X and Tal Tamr") takes that governorate, flagged
  (:func:`_governorate_of_named_with`); one tied to a Syrian town of a governorate
  mapapp does not cover ("X, south of Kobani") is not mapped at the governorate its
  context names (:func:`_outside_by_tie`);
* a name the text calls a part of a town ("the X neighbourhood", "the X roundabout") is not a town of its own that the
  gazetteer matches outside coverage or by a close spelling (:func:`_part_of_town_not_a_town`); a region's name
  ("al-Jazira") tied to a place outside coverage is not the covered region (:func:`_region_not_beside_abroad`);
* a match far outside coverage of a name the text puts in a covered governorate takes that governorate
  (:func:`_governorate_over_far_namesake`); a place the context alone puts in a covered governorate is not
  mapped there when its own sentence puts it abroad (:func:`_not_at_context_when_told_abroad`) or also names
  an uncovered governorate (:func:`_not_at_context_beside_uncovered_governorate`); a town named as a road's end
  gives way to the place the text tells the stretch "near" (:func:`_near_place_beside_road_end`); a covered
  governorate named only in another sentence does not pull onto the map the one Syrian town of that name just
  beyond coverage (:func:`_town_beyond_not_pulled_in_by_another_sentence`); a place the gazetteer lacks, put at the
  governorate another sentence names, takes the governorate of the towns named with it in its own sentence, or is not
  mapped when the towns listed with it all lie abroad (:func:`_named_with_over_other_sentence_governorate`).

The rules that place a primary with one of the incident's other toponyms are one ranked choice
(:data:`_FALLBACK_RULES`): toponyms in the text's order, and for each the first rule that applies.
A place the gazetteer knows outside coverage is never mapped by them (a town just beyond coverage, Syrian or
across the border, is never replaced: :func:`_town_just_beyond_coverage`; a place its own sentence puts abroad
is not put at the context's governorate). What the words say (abroad, a governorate) is read by
:mod:`mapapp.geocode.place_phrases`, namesakes are weighed by :mod:`mapapp.geocode.namesakes`; the passes over a
whole document's incidents are :mod:`mapapp.geocode.document_placement`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from mapapp.geocode.admin1 import canonical_admin1
from mapapp.geocode.merge import distance_km
from mapapp.geocode.namesakes import (
    at_governorate_not_namesake,
    distances_to_governorates,
    governorate_location,
    near_coverage,
    nearest_namesake,
)
from mapapp.geocode.place_phrases import (
    NEIGHBOUR_ADJECTIVE_RE,
    NEIGHBOUR_OF_ADJECTIVE,
    called_part_of_town,
    country_after,
    covered_governorate_named,
    in_country_abroad_re,
    names_another_province,
    puts_in_governorate,
    sentence_of,
    told_abroad,
    told_as_part_of_town,
    uncovered_governorate_named,
)
from mapapp.geocode.resolver import CONTEXT_ONLY_SCORE, DIRECTION_WORD, WELL_KNOWN_POPULATION, Resolver, parse_qualified
from mapapp.geocode.sources import abroad_country_code
from mapapp.model import GOVERNORATES, Candidate, Incident, Location, Precision, Span, Toponym

#: Note of a location resolved from the article's place context (a toponym of role ``context``).
CONTEXT_PLACE_NOTE = "place from the article's context (dateline/headline), not named in the incident's sentence"


def geocode_incident(incident: Incident, resolver: Resolver) -> Incident:
    """Return a copy of ``incident`` with ``location`` set from its primary toponym.

    A primary toponym of role ``context`` (the article's dateline or headline place, given to an
    incident whose sentences name none) is resolved like any other, and the note says where it came
    from (:data:`CONTEXT_PLACE_NOTE`) so popups and exports tell it. Reference toponyms
    (``between Albu Kamal and Hmeimim``) are resolved too; a primary place the resolver does not know
    takes the point of a reference that closely follows it ("Kaira village, south-west of Qamishli
    city") or of an anchor (the town the text ties the same name to in another sentence), with
    precision :data:`NEAR_TOWN_PRECISION` and a note "approximate: near <town>" that keeps the
    village's name (:func:`_locates_unknown_primary`). Otherwise,
    when one of them lies outside coverage the location's note says so, so the
    incident is shown as approximate and never moved outside coverage.
    """
    primary = incident.primary_toponym
    if primary is None:
        location = Location(toponym="", place=None, precision=Precision.UNRESOLVED, note="no place named")
        return replace(incident, location=location)
    abroad = told_abroad(incident) if primary.role == "context" else None
    if abroad is not None:
        # "an attack on a base in Turkey's Sanliurfa province": the article's place does not stand in for it
        note = f"the incident's sentence puts it abroad ({abroad!r}): the article's place {primary.text!r} does not stand in"
        return replace(incident, location=Location(toponym="", place=None, precision=Precision.UNRESOLVED, note=note))
    location = resolver.resolve(primary)
    location = _part_of_town_not_a_town(incident, primary, location, resolver)
    location = _region_not_beside_abroad(incident, primary, location, resolver)
    location = _governorate_over_far_namesake(incident, primary, location, resolver)
    location = _not_at_context_when_told_abroad(incident, primary, location, resolver)
    location = _namesake_in_country_told(incident, primary, location, resolver)
    location = _not_at_context_beside_uncovered_governorate(incident, primary, location)
    location = _town_beyond_not_pulled_in_by_another_sentence(incident, primary, location, resolver)
    location = _near_place_beside_road_end(incident, primary, location, resolver)
    primary_notes = [location.note] if location.note else []
    if primary.role == "context":
        primary_notes.insert(0, CONTEXT_PLACE_NOTE)
    notes: list[str] = []  # about the references
    fallback_used = False
    tied_outside = False  # the nearest town the text ties the unknown primary to lies outside coverage
    nearby: list[tuple[float, float, str]] = []  # points of the references placed at a place of their own
    # both towns of a "between A and B" pair lying far apart: a village between them is near neither
    apart = _far_apart_pairs(incident, resolver) if location.precision in _STANDS_IN_FOR else {}
    # "mines exploded in A town and B city": B is named beside A, not as where A lies
    placing = location.precision in _STANDS_IN_FOR or _doubtful_match(location)
    origin_ids = _origins(incident) if placing else set()  # (scans every reference's evidence: once)
    siblings = _list_siblings(incident, primary) | origin_ids if placing else set()
    named_with: list[tuple[Toponym, Location]] = []  # the references said with the primary (not where fire came from)
    origins = origin_ids if location.precision in _STANDS_IN_FOR else set()
    frames = _opening_frames(incident, primary) if location.precision in _STANDS_IN_FOR else set()
    context = _PlacingContext(
        incident=incident, primary=primary, location=location, siblings=siblings, frames=frames, apart=apart,
        # "Kobani", "Tal Rifaat", "Sinjar": a town just beyond coverage is the place meant, whatever town another
        # sentence names
        beyond=_town_just_beyond_coverage(location, resolver),
    )
    for toponym in _in_text_order(incident.toponyms):
        if toponym is primary or toponym.role in ("primary", "context"):
            continue
        if toponym.role == "anchor" and (
            fallback_used
            or (location.precision not in _STANDS_IN_FOR and location.precision is not Precision.OUTSIDE_COVERAGE)
        ):
            continue  # (a known village of a covered governorate keeps its point whatever another sentence names)
        reference = resolver.resolve(toponym)
        if toponym.role == "reference" and id(toponym) not in origins:
            named_with.append((toponym, reference))
        if not fallback_used:
            # the first rule (in rank order) that makes something of the unknown primary with this toponym
            placed = _first_placement(context, toponym, reference)
            if placed is not None:
                if placed.location is None:
                    # "X on the road between Hasakah and Qamishli": near neither town; the note says why
                    if placed.notes[0] not in notes:
                        notes.append(placed.notes[0])
                    continue
                fallback_used = True
                tied_outside = placed.tied_outside
                if tied_outside and toponym.role == "anchor":
                    # the tie told in another sentence ("the village of X in the area of Y" before "near X"): X lies
                    # by that town whichever sentence names it
                    named_with.append((toponym, reference))
                    frames = frames | {id(toponym)}
                primary_notes = [*primary_notes, *placed.notes] if placed.keeps_notes else list(placed.notes)
                location = placed.location
                continue
        if toponym.role == "anchor":
            continue  # a tie told elsewhere only serves to place an unknown village
        if reference.precision is Precision.OUTSIDE_COVERAGE:
            where = reference.place.admin1 if reference.place and reference.place.admin1 else "outside coverage"
            notes.append(
                f"approximate: located relative to {toponym.text!r} ({where}), "
                "which lies outside the covered governorates and is not mapped"
            )
        elif reference.is_mappable and reference.place is not None:
            notes.append(f"located relative to {toponym.text!r} ({reference.place.name})")
            if reference.precision is Precision.PLACE:
                nearby.append((reference.place.lat, reference.place.lon, toponym.text))
    location = replace(location, note="; ".join(primary_notes + notes))
    if not fallback_used:
        location = nearest_namesake(location, nearby)
        location = _outside_by_tie(incident, primary, location, named_with, frames) or location
        location = _governorate_of_named_with(primary, location, named_with, resolver) or location
        location = _named_with_over_other_sentence_governorate(incident, primary, location, named_with, resolver)
        location = _at_town_told_as_city(incident, primary, location, resolver)
    elif tied_outside:
        location = _outside_by_tie(incident, primary, location, named_with, frames) or location
    return replace(incident, location=location)


def _in_text_order(toponyms: list[Toponym]) -> list[Toponym]:
    """The incident's toponyms with its references in the order the text names them, its anchors (ties told in other
    sentences, nearest first) after them in their own order. The extractor lists a town named as the owner of a
    place after that place ("X in Afrin's Shera district": Shera, then Afrin), but the fallback rules read the
    references in the text's order: the town right after an unknown village is the one that says where it lies, so
    "X in Afrin's Y district" is tied to Afrin, outside coverage, before a covered namesake of Y may place it."""
    return sorted(toponyms, key=lambda t: (t.role == "anchor", t.span.start if t.role == "reference" else -1))


@dataclass(frozen=True)
class _PlacingContext:
    """What the fallback rules read about an incident's primary place (its own resolution, before any rule)."""

    incident: Incident
    primary: Toponym
    location: Location
    siblings: set[int]  # id() of the references listed with the primary, or told as where fire came from
    frames: set[int]  # id() of the references opening the primary's sentence as its scene
    apart: dict[int, str]  # id() of the ends of a "between A and B" pair lying far apart, with a note
    beyond: bool  # the primary is a Syrian town just beyond coverage (never replaced)


@dataclass(frozen=True)
class _Placement:
    """What one rule makes of the primary with one toponym: the new location (None: the toponym places nothing, and
    ``notes[0]`` says why), the primary's notes, and whether they replace or extend the resolver's note."""

    location: Location | None
    notes: tuple[str, ...]
    keeps_notes: bool = False
    tied_outside: bool = False


def _placed_near(context: _PlacingContext, reference: Location, note: str) -> _Placement:
    """The primary at the point of the town ``reference``, keeping its name and candidates: precision
    :data:`NEAR_TOWN_PRECISION` when the town has a point of its own, else the town's own precision."""
    precision = NEAR_TOWN_PRECISION if reference.precision is Precision.PLACE else reference.precision
    location = replace(reference, toponym=context.location.toponym, candidates=context.location.candidates,
                       precision=precision)
    return _Placement(location=location, notes=(note,))


def _tied_outside_rule(context: _PlacingContext, toponym: Toponym, reference: Location) -> _Placement | None:
    """"the village of X west of Kobani, ... Y in the Tal Abyad countryside": the town right after the unknown
    village says where it lies, outside coverage; a later town, said of another village, does not place it (a town
    of an uncovered governorate may lie near the border of a covered one: "X, southeast of Kobani" may be in Raqqa,
    so the village is not put outside coverage either: it keeps what it had, and :func:`_outside_by_tie` decides)."""
    primary = context.primary
    framed = id(toponym) in context.frames  # "In Kobani, shells hit the village of X"
    # "northern Baghdad's X area": the town owning the unknown place lies outside coverage, in Syria or abroad
    owned = (
        toponym.role == "reference"
        and context.location.precision in _STANDS_IN_FOR
        and _owner_beyond_coverage(context.incident, primary, toponym, reference)
    )
    if id(toponym) in context.siblings or not (
        owned or _ties_unknown_outside(primary, context.location, toponym, reference, framed)
    ):
        return None
    if puts_in_governorate(context.incident, primary, primary.admin1_hint or ""):
        return None
    assert reference.place is not None
    note = (
        f"the text ties {primary.text!r} to {toponym.text!r} ({reference.place.admin1 or reference.place.country}, "
        "outside the covered governorates): no later town stands in for it"
    )
    return _Placement(location=context.location, notes=(note,), keeps_notes=True, tied_outside=True)


def _locating_town_rule(context: _PlacingContext, toponym: Toponym, reference: Location) -> _Placement | None:
    """"in Kaira village, south-west of Qamishli city", "in X neighbourhood in the city of Qamishli": the gazetteer
    lacks the place but knows the town the text locates it against, in the same governorate
    (:func:`_locates_unknown_primary`); never near one of two distant towns it lies "between"."""
    primary, location = context.primary, context.location
    if id(toponym) in context.siblings:
        return None
    if not _locates_unknown_primary(primary, location, toponym, reference, id(toponym) in context.frames):
        return None
    if id(toponym) in context.apart:
        return _Placement(location=None, notes=(context.apart[id(toponym)],))
    assert reference.place is not None
    where = "the text" if toponym.role == "reference" else "another sentence of the text"
    if reference.precision is Precision.ADMIN1:
        # "X village in the Zirgan countryside" with Zirgan known only by its governorate: that governorate
        note = (
            f"approximate: {primary.text!r} is not in the gazetteer; {where} locates it against "
            f"{toponym.text!r}, known only by its governorate: {reference.place.admin1}, not its own point"
        )
    else:
        unknown = (
            "has no point of its own in the gazetteer"
            if location.place is not None and location.place.kind != "governorate"
            else "is not in the gazetteer"
        )
        note = (
            f"approximate: {primary.text!r} {unknown}; placed at {reference.place.name}, "
            f"which {where} locates it against ({toponym.text!r}): near {reference.place.name}, not its own point"
        )
    return _placed_near(context, reference, note)


def _far_namesake_rule(context: _PlacingContext, toponym: Toponym, reference: Location) -> _Placement | None:
    """"X, 10 km west of Qamishli", "X village in the Ain Issa countryside": the gazetteer's X lies abroad, or is a
    village of another covered governorate, far from the covered town the text locates it against: another place
    (:func:`_tied_far_from_match`). Never a Syrian town just beyond coverage (Kobani is Kobani), nor a match abroad in
    an incident whose own sentences say it happened abroad (:func:`~mapapp.geocode.place_phrases.told_abroad`)."""
    primary, location = context.primary, context.location
    if toponym.role not in ("reference", "anchor") or id(toponym) in context.siblings or context.beyond:
        return None
    if location.place is not None and location.place.country != "SY" and told_abroad(context.incident) is not None:
        return None  # "In Turkey, a car bomb exploded in X": the match abroad is where its own sentences put it
    if not _tied_far_from_match(primary, location, toponym, reference):
        return None
    told = f"locates {primary.text!r} against {toponym.text!r}"
    return _near_town_not_namesake(context, reference, told, "lies far from it and is another place")


def _area_of_town_rule(context: _PlacingContext, toponym: Toponym, reference: Location) -> _Placement | None:
    """"a crossing near Al-Qa'em crossing in the Albu Kamal area": the gazetteer's place of that name lies abroad,
    but the text puts this one inside a covered town's area (:func:`_contains_abroad_match`)."""
    primary, location = context.primary, context.location
    if toponym.role != "reference" or not _contains_abroad_match(context.incident, primary, location, toponym, reference):
        return None
    told = f"puts {primary.text!r} in the area of {toponym.text!r}"
    return _near_town_not_namesake(context, reference, told, "is another place")


def _near_town_not_namesake(context: _PlacingContext, reference: Location, told: str, said: str) -> _Placement:
    """The primary near the covered town ``reference`` (:func:`_placed_near`), its gazetteer match another place; the
    note says what the text ``told`` of the primary and why the match is ``said`` to be another place."""
    location = context.location
    assert reference.place is not None and location.place is not None
    note = (
        f"approximate: the text {told}; the gazetteer's {location.place.name} "
        f"({location.place.admin1 or location.place.country}) {said}: near {reference.place.name}, not its own point"
    )
    return _placed_near(context, reference, note)


#: The rules that place a primary the gazetteer does not know (or knows only as a namesake) with one of the
#: incident's other toponyms, in rank order: the toponyms are read in the text's order, and for each the first rule
#: that applies decides; the first toponym any rule takes ends the choice. A tie to a town outside coverage comes
#: first (the village is then never mapped at a covered town named later), then a covered town locating an unknown
#: village, then one locating a place whose gazetteer match is a far namesake, then a covered town's area holding a
#: place whose match lies abroad. (The resolver's own fallbacks, for a name it cannot match at all, come before:
#: two towns joined by a hyphen, a village named after a town, a spelling variant, the governorate of the context.)
_FALLBACK_RULES: tuple[Callable[[_PlacingContext, Toponym, Location], _Placement | None], ...] = (
    _tied_outside_rule,
    _locating_town_rule,
    _far_namesake_rule,
    _area_of_town_rule,
)


def _first_placement(context: _PlacingContext, toponym: Toponym, reference: Location) -> _Placement | None:
    """The placement of the first rule of :data:`_FALLBACK_RULES` that applies to the primary with ``toponym``."""
    for rule in _FALLBACK_RULES:
        placed = rule(context, toponym, reference)
        if placed is not None:
            return placed
    return None


def _governorate_of_named_with(
    primary: Toponym, location: Location, named_with: list[tuple[Toponym, Location]], resolver: Resolver
) -> Location | None:
    """The governorate of the places named with an unknown village in its own sentence, for a village nothing
    else places: "shelling on X and Y" with Y known, "between X and
    Y". The text names X beside places of one covered governorate, so X is taken to lie in it: resolved again with
    that governorate as its context (a spelling variant of a place there, else the governorate itself, ADMIN1,
    flagged), never a point of its own. Nothing when a place named with it lies outside coverage or the places
    lie in two governorates: X could lie on either side."""
    if location.precision is not Precision.UNRESOLVED or not named_with:
        return None
    governorates: set[str] = set()
    for _toponym, reference in named_with:
        if reference.precision is Precision.OUTSIDE_COVERAGE:
            return None
        if reference.is_mappable and reference.place is not None and reference.place.in_coverage:
            governorates.add(reference.place.admin1 or "")
    if len(governorates) != 1:
        return None
    governorate = next(iter(governorates))
    placed = resolver.resolve(replace(primary, admin1_hint=governorate))
    if not placed.is_mappable or placed.place is None or placed.place.admin1 != governorate:
        return None
    names = ", ".join(repr(t.text) for t, _ in named_with)
    note = f"the text names it with {names} ({governorate}): placed in that governorate"
    return replace(placed, note="; ".join(n for n in (note, placed.note) if n))


def _named_with_over_other_sentence_governorate(
    incident: Incident, primary: Toponym, location: Location, named_with: list[tuple[Toponym, Location]],
    resolver: Resolver,
) -> Location:
    """A place the gazetteer lacks, put at the governorate another sentence names ("Meanwhile in Hama province, jets
    struck a convoy. Fighters repelled an attack on X, south of Tal Tamr."), takes what the towns named with it in its
    own sentence say instead: the governorate they all lie in (X resolved again there: a spelling variant, else the
    governorate, ADMIN1, flagged), or, when they all lie outside coverage ("In Iraq, strikes hit near X, Al Qaim and
    Mosul"), no place: it is not mapped by the other sentence's guess. A governorate the place's own sentence names
    is kept (it may be the one attached to it), as is any place the gazetteer matched; towns themselves placed only by
    the context's governorate say nothing, nor do towns of other sentences. The towns abroad unmap the place only when
    one of them is listed with it (:func:`_list_siblings`): a town abroad the fire came from or the place lies near
    ("shelled X from their posts in Y", "X, near the Iraqi town of Y") leaves it at the governorate."""
    if location.score != CONTEXT_ONLY_SCORE or location.place is None or not named_with:
        return location
    context_governorate = location.place.admin1 or location.place.name
    own = sentence_of(incident, primary)
    if own is None:
        return location
    named_with = [(t, r) for t, r in named_with if own.start <= t.span.start < own.end]
    from mapapp.extract.toponyms import find_governorates  # (the extractor's reading of governorate names)

    if any(canonical_admin1(g.governorate) == context_governorate for g in find_governorates(own.text)):
        return location
    governorates: set[str] = set()
    outside = 0
    for _toponym, reference in named_with:
        if reference.score == CONTEXT_ONLY_SCORE:
            continue
        if reference.precision is Precision.OUTSIDE_COVERAGE:
            outside += 1
        elif reference.is_mappable and reference.place is not None and reference.place.in_coverage:
            governorates.add(reference.place.admin1 or "")
        else:
            return location
    names = ", ".join(repr(t.text) for t, r in named_with if r.score != CONTEXT_ONLY_SCORE)
    if outside and not governorates:
        if not location.is_mappable:
            return location  # (the other sentence's governorate lies outside coverage too: nothing mapped to undo)
        siblings = _list_siblings(incident, primary)
        if not any(id(t) in siblings for t, r in named_with if r.precision is Precision.OUTSIDE_COVERAGE):
            return location  # (no town abroad listed with it: one it lies near or was fired at from)
        note = (
            f"{primary.text!r} not in gazetteer; its sentence names it with {names}, outside coverage: the governorate "
            f"another sentence names ({context_governorate}) does not stand in; not mapped"
        )
        return Location(toponym=location.toponym, place=None, precision=Precision.UNRESOLVED, score=0.0,
                        matched_name=None, candidates=location.candidates, note=note)
    if outside or len(governorates) != 1:
        return location
    governorate = next(iter(governorates))
    if governorate == context_governorate:
        return location
    placed = resolver.resolve(replace(primary, admin1_hint=governorate))
    if not placed.is_mappable or placed.place is None or placed.place.admin1 != governorate:
        return location
    note = (
        f"its sentence names it with {names} ({governorate}), not the governorate another sentence names "
        f"({context_governorate}): placed in {governorate}"
    )
    return replace(placed, note="; ".join(n for n in (note, placed.note) if n))


def _outside_by_tie(
    incident: Incident, primary: Toponym, location: Location, named_with: list[tuple[Toponym, Location]],
    frames: set[int] | frozenset[int] = frozenset(),
) -> Location | None:
    """A village placed only at the governorate its context names, which its own words tie to a Syrian town of a
    governorate mapapp does not cover ("X, south of Kobani", "the villages of X district in Afrin", or the town opening
    its sentence as its scene, ``frames``: "In Kobani, shells hit the villages of X and Y"), or a part of a town
    outside coverage the text tells as that town's ("Istanbul's X Avenue", :func:`_owner_beyond_coverage`): the village
    lies by that town, outside coverage, and is not mapped at a covered governorate. Only when the governorate
    does not closely follow the name ("X in the Raqqa countryside, south of Kobani" stays in Raqqa), and only for a
    town of Syria (across the border, "X, near Nusaybin" may be the Syrian side)."""
    place = location.place
    if location.precision is not Precision.ADMIN1 or place is None or place.kind != "governorate":
        return None
    if location.score >= 100.0 or primary.admin1_hint is None:
        return None
    if puts_in_governorate(incident, primary, primary.admin1_hint):
        return None
    for toponym, reference in named_with:
        other = reference.place
        if other is None or not (
            _tied_to_town_beyond_coverage(primary, toponym, reference, id(toponym) in frames)
            or _owner_beyond_coverage(incident, primary, toponym, reference)
        ):
            continue
        note = (
            f"{primary.text!r} is not in the gazetteer; the text ties it to {toponym.text!r} "
            f"({other.admin1 or other.country}), "
            f"outside the covered governorates: not mapped (the context named {primary.admin1_hint})"
        )
        return replace(
            location, place=other, precision=Precision.OUTSIDE_COVERAGE, note=note,
            candidates=(Candidate(place=place, score=location.score, matched_name=location.matched_name),
                        *location.candidates),
        )
    return None


#: The most characters between a village and the town outside coverage its words tie it to ("X, south of Kobani").
_TIE_WINDOW = 40


def _ties_unknown_outside(
    primary: Toponym, location: Location, toponym: Toponym, reference: Location, framed: bool = False
) -> bool:
    """True when a primary the gazetteer does not place (unresolved, or only at the governorate its context names) is
    followed within :data:`_TIE_WINDOW` characters by a reference resolving to a Syrian town of a governorate mapapp
    does not cover ("the village of X west of Kobani"), or its sentence opens with such a town as its scene
    (``framed``: "In Kobani, shells hit the villages of X and Y"), or another sentence ties the same name to such a
    town (an ``anchor``: "the village of X in the Sukhnah area", then "an attack near X"): the village lies by that
    town, outside coverage."""
    if toponym.role not in ("reference", "anchor") or location.precision not in _STANDS_IN_FOR:
        return False
    if location.precision is Precision.ADMIN1 and location.score >= 100.0:
        return False  # the governorate is the text's own word
    return _tied_to_town_beyond_coverage(primary, toponym, reference, framed or toponym.role == "anchor")


def _tied_to_town_beyond_coverage(primary: Toponym, toponym: Toponym, reference: Location, framed: bool = False) -> bool:
    """True when ``toponym`` follows ``primary`` within :data:`_TIE_WINDOW` characters, or opens the primary's sentence
    as its scene (``framed``, :func:`_opening_frames`), and resolves to a Syrian town (or district, sub-district) of a
    governorate mapapp does not cover: "X, south of Kobani", "X district in Afrin", "In Kobani, ... the village of X"."""
    if not framed and not 0 <= toponym.span.start - primary.span.end <= _TIE_WINDOW:
        return False
    other = reference.place
    if reference.precision is not Precision.OUTSIDE_COVERAGE or other is None or other.country != "SY":
        return False
    return other.admin1 not in GOVERNORATES and other.kind in ("populated_place", "admin2", "admin3")


#: What stands between a town and a part of it the text tells as the town's: "Istanbul's X Avenue".
_OWNER_MARK_RE = re.compile(r"['’]s\s")


def _owner_beyond_coverage(incident: Incident, primary: Toponym, toponym: Toponym, reference: Location) -> bool:
    """True when ``toponym`` owns ``primary`` ("Istanbul's X Avenue": right before it, with a possessive) and resolves
    to a town outside coverage: a part of a town lies in that town, on whichever side of a border."""
    other = reference.place
    if reference.precision is not Precision.OUTSIDE_COVERAGE or other is None:
        return False
    if other.kind not in ("populated_place", "admin2", "admin3"):
        return False
    span = sentence_of(incident, primary)
    if span is None or not span.start <= toponym.span.start < primary.span.start:
        return False
    between = span.text[toponym.span.end - span.start : primary.span.start - span.start]
    return _OWNER_MARK_RE.fullmatch(between) is not None


#: A place outside coverage further than this (km) from the point of the covered governorate the text puts the name
#: in ("X, in the northern Deir ez-Zor countryside") is a namesake, not the place meant: about the reach of a
#: governorate from its point, so towns across its border (Kobani, the Tishrin dam) stay outside coverage.
FAR_NAMESAKE_KM = 150.0


def _governorate_over_far_namesake(incident: Incident, primary: Toponym, location: Location, resolver: Resolver) -> Location:
    """The covered governorate the text puts a place in, for a gazetteer match lying far outside coverage.

    "Gunmen killed a man in Al-Sour, in the northern Deir ez-Zor countryside": the gazetteer's only Al-Sour is Tyre
    in Lebanon; the text's own words put the village in Deir ez-Zor, so it is placed there at governorate level
    (ADMIN1) with a note naming the namesake, never mapped abroad and never dropped. Only a populated place lying
    more than :data:`FAR_NAMESAKE_KM` from the governorate's point, and only when the governorate closely follows
    the name in the same sentence as the place it is in (:func:`~mapapp.geocode.place_phrases.puts_in_governorate`).
    """
    hint = primary.admin1_hint
    place = location.place
    if place is None or hint not in GOVERNORATES or place.kind != "populated_place":
        return location
    covered_village = (
        location.precision is Precision.PLACE and place.admin1 != hint and (place.population or 0) < WELL_KNOWN_POPULATION
    )
    if location.precision is not Precision.OUTSIDE_COVERAGE and not covered_village:
        return location
    if not puts_in_governorate(incident, primary, hint):
        return location
    if covered_village:
        # "Al-Khatuniyah village in the eastern countryside of Raqqa": the gazetteer's Khatuniyah is a village of
        # Hasakah; the text's own words put this one in Raqqa (a spelling of a place there, else the governorate)
        placed = resolver.resolve(replace(primary, admin1_hint=hint))
        if placed.place is not None and placed.place.admin1 == hint and placed.is_mappable:
            return placed
        governorate = governorate_location(hint, resolver)
        if governorate.place is None or governorate.precision is not Precision.ADMIN1:
            return location
        note = (
            f"{primary.text!r}: the text puts it in {hint}; the gazetteer's {place.name} lies in {place.admin1} and is "
            f"another place: placed at the governorate, not its own point"
        )
        return at_governorate_not_namesake(location, governorate, note)
    governorate = governorate_location(hint, resolver)
    if governorate.place is None or governorate.precision is not Precision.ADMIN1:
        return location
    far = distance_km(place.lat, place.lon, governorate.place.lat, governorate.place.lon)
    if far <= FAR_NAMESAKE_KM:
        return location
    where = place.admin1 or place.country
    note = (
        f"{primary.text!r}: the text puts it in {hint}; the gazetteer's {place.name} ({where}) lies {far:.0f} km away "
        f"and is another place: placed at the governorate, not its own point"
    )
    return at_governorate_not_namesake(location, governorate, note)


def _part_of_town_not_a_town(incident: Incident, primary: Toponym, location: Location, resolver: Resolver) -> Location:
    """A name the text calls a part of a town or a spot in one ("the X neighbourhood", "the X roundabout", "the X
    crossroads", "the A, B and X neighbourhoods": :func:`~mapapp.geocode.place_phrases.called_part_of_town`) that the
    gazetteer matches to a town of its own outside coverage, or to a covered town by a close spelling only: a quarter
    is not that town ("the X neighbourhood" of a covered city is not a town of Lebanon or of Rif Dimashq named alike).
    It takes the covered governorate its context names (ADMIN1, flagged, the match kept as a candidate), else it is
    unresolved, so that a town the text ties it to places it (:data:`_FALLBACK_RULES`) or nothing does; never a point by
    guess. Kept: an exact match for "the X district" (a town's own district), an exact match abroad in a text naming
    no governorate (the report's other places decide, in :mod:`mapapp.geocode.document_placement`), a Syrian town just beyond coverage
    (:func:`_town_just_beyond_coverage`), a close spelling in the governorate the context names, a place whose
    incident its own sentences put abroad, and a governorate is not given when another place of the incident lies
    outside coverage (the quarter may be that place's)."""
    place = location.place
    if place is None or place.kind != "populated_place":
        return location
    outside = location.precision is Precision.OUTSIDE_COVERAGE
    fuzzy = location.score < 100.0
    if not outside and not (location.precision is Precision.PLACE and fuzzy):
        return location
    word = called_part_of_town(primary, incident.evidence)
    if word is None or (word == "district" and not fuzzy):
        return location
    hint = primary.admin1_hint if primary.admin1_hint in GOVERNORATES else None
    if (not outside and place.admin1 == hint) or (outside and not fuzzy and hint is None):
        # (a quarter matched exactly abroad in a text naming no governorate: the report's other places decide,
        # :func:`mapapp.geocode.document_placement.place_unknown_by_document`)
        return location
    # (a Syrian town only: "the Sinjar neighbourhood" of a covered city is a quarter named after the Iraqi town, not it)
    beyond_in_syria = place.country == "SY" and _town_just_beyond_coverage(location, resolver)
    if outside and (beyond_in_syria or told_abroad(incident) is not None):
        return location
    said = (
        f"{primary.text!r} is called a {word}: the gazetteer's {place.name} ({place.admin1 or place.country}), "
        f"a town of its own{' matched by a close spelling' if fuzzy else ''}, is another place"
    )
    if hint is not None and not _another_place_outside(incident, primary, resolver):
        governorate = governorate_location(hint, resolver)
        if governorate.place is not None and governorate.precision is Precision.ADMIN1:
            return at_governorate_not_namesake(location, governorate, f"{said}: placed at {hint}, its context's governorate")
    namesake = Candidate(place=place, score=location.score, matched_name=location.matched_name)
    return replace(
        location, place=None, precision=Precision.UNRESOLVED, matched_name=None,
        candidates=(namesake, *location.candidates), note=f"{said}: not mapped by the name alone",
    )


#: A town or city told as such around its name: "the city of Raqqa", "the northern city of Hasakah", "the town of
#: Tabqa" (before it; bounded window), "Raqqa city", "Hasakah's city centre" (after it).
_CITY_BEFORE_RE = re.compile(r"\b(?:city|town)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_CITY_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:city|town)\b", re.IGNORECASE)
#: A word before a governorate's name that makes it the governorate's area, not its city: "eastern Deir Ezzor", "north
#: of Raqqa", "the countryside of Hasakah", "rural Raqqa", "near Raqqa", "the province of Raqqa".
_AREA_BEFORE_RE = re.compile(
    rf"\b(?:{DIRECTION_WORD}(?:ern|\s+of)?|countryside\s+of|rural|near|outside|around|province\s+of|governorate\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A word after a governorate's name that makes it an area, not its city: "the Raqqa front", "the Deir ez-Zor axis",
#: "the Hasakah road".
_AREA_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:front(?:line)?s?|axis|axes|road|highway|plain|area|areas|region)\b", re.IGNORECASE)
#: A city told as where people went or as a distance, not as the town a place lies in: "far from Deir ez-Zor city",
#: "30 km from the city of Raqqa", "families fled to Hasakah city", "the wounded were taken to a hospital in Raqqa city".
#: Matched at the end of a bounded window before the name.
_AWAY_TO_BEFORE_RE = re.compile(
    r"\b(?:(?:far|away|km|kilomet(?:er|re)s?|miles?)\s+from|towards?|hospitals?\s+in"
    r"|(?:fled|flee(?:ing)?|taken|rushed|transferred|evacuated|brought|moved|returned|head(?:ed|ing)|driven|sent)"
    r"\s+(?:back\s+)?(?:to|towards?|into))"
    r"\s+(?:the\s+)?(?:(?:city|town)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
#: The words of :func:`~mapapp.geocode.place_phrases.told_as_part_of_town` that tell a part of a road network as much as
#: of a town ("the X junction" on a desert road): not enough to put the place in a town named bare.
_ROAD_PART_WORDS = frozenset({"junction", "crossroads"})
#: Characters read before a name for :data:`_CITY_BEFORE_RE` and :data:`_AREA_BEFORE_RE`.
_CITY_WORD_WINDOW = 40


def _told_as_city(text: str, start: int, end: int) -> bool:
    """True when the name at ``start:end`` of ``text`` is told as a city or town ("the city of X", "X city")."""
    return bool(_CITY_BEFORE_RE.search(text[max(0, start - _CITY_WORD_WINDOW) : start]) or _CITY_AFTER_RE.match(text, end))


def _cities_of_part(
    incident: Incident, primary: Toponym, governorate: str, resolver: Resolver
) -> dict[str, tuple[Location, str]]:
    """The towns of ``governorate`` with a point of their own that the incident's evidence names as the town a part of
    which ``primary`` is (:func:`_at_town_told_as_city`), by place id, each with the name as written:

    * a governorate's name told as its city ("the city of Raqqa", "Deir ez-Zor city") anywhere in the evidence, or
      named bare in the primary's own sentence unless words make it the governorate's area ("eastern Deir Ezzor", "the
      Raqqa countryside", "the Raqqa front": the extractor's ``province_level``, :data:`_AREA_BEFORE_RE`,
      :data:`_AREA_AFTER_RE`);
    * the incident's other places told as a city or town, or named in the primary's sentence and of at least
      :data:`WELL_KNOWN_POPULATION` people.

    Never a place told as where people came from or fire came from (:func:`mapapp.extract.toponyms.told_as_origin`),
    nor as where they went or as a distance (:data:`_AWAY_TO_BEFORE_RE`: "fled to Deir ez-Zor city", "far from the
    city of Raqqa")."""
    from mapapp.extract.toponyms import find_governorates, told_as_origin

    own = sentence_of(incident, primary)
    found: dict[str, tuple[Location, str]] = {}

    def consider(text: str, start: int, end: int, span: Span, bare_ok: bool) -> None:
        away = _AWAY_TO_BEFORE_RE.search(span.text[max(0, start - _CITY_WORD_WINDOW) : start])
        if away is not None or told_as_origin(span.text, start):
            return
        if not (_told_as_city(span.text, start, end) or bare_ok):
            return
        name = Span(span.text[start:end], span.start + start, span.start + end)
        town = resolver.resolve(Toponym(span=name, role="reference"))
        if town.precision is Precision.PLACE and town.place is not None and town.place.admin1 == governorate:
            found.setdefault(town.place.id, (town, text))

    for span in incident.evidence:
        in_own = own is not None and span.start == own.start
        for mention in find_governorates(span.text):
            if canonical_admin1(mention.governorate) != governorate or mention.province_level:
                continue
            area = _AREA_BEFORE_RE.search(span.text[max(0, mention.start - _CITY_WORD_WINDOW) : mention.start])
            area = area or _AREA_AFTER_RE.match(span.text, mention.end)
            consider(mention.text, mention.start, mention.end, span, in_own and area is None)
    for toponym in incident.toponyms:
        if toponym is primary or toponym.role not in ("reference", "anchor"):
            continue
        span = sentence_of(incident, toponym)
        if span is None:
            continue
        reference = resolver.resolve(toponym)
        large = reference.place is not None and (reference.place.population or 0) >= WELL_KNOWN_POPULATION
        in_own = own is not None and span.start == own.start
        consider(toponym.text, toponym.span.start - span.start, toponym.span.end - span.start, span, in_own and large)
    return found


#: How far after an unknown place (characters) a governorate's city told as a city locates it ("X village at the
#: northern entrance to Hasakah city", "X, south of the city of Raqqa"): a short clause, tighter than
#: :data:`REFERENCE_FALLBACK_WINDOW` because the governorate's name alone more often names the governorate.
_LOCATING_CITY_WINDOW = 60
#: The words between an unknown place and the city right after it that locate the place against the city: its kind,
#: a distance, and a word of position ("X village at the northern entrance to", "X, 5 km west of the city of", "X
#: village near", "X in"). Matched whole against the gap, so a city told as where the wounded were taken, where the
#: drone came from, or as one end of "between A and B" ("X village, and the wounded were rushed to Y city", "X
#: village on its way to Y city") does not locate the place. One pass over a short gap: no nested quantifiers.
_LOCATING_GAP_RE = re.compile(
    r"(?:\s+(?:village|town|hamlet|area|site|camp|farms?|neighbou?rhood|district|quarter|region))?,?\s+"
    r"(?:(?:some|about|around|nearly|roughly)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:er|re)s?|miles?)\s+)?"
    rf"(?:(?:to\s+the\s+)?{DIRECTION_WORD}(?:ern)?\s+of|near|outside|inside|in|at|on|by|close\s+to|next\s+to"
    rf"|(?:at|on|near|by|in)\s+(?:the\s+)?(?:{DIRECTION_WORD}(?:ern)?\s+)?"
    r"(?:entrances?|outskirts|edges?|gates?|approach(?:es)?|suburbs|periphery|fringes?|cent(?:er|re)|heart)"
    r"(?:\s+(?:to|of))?)"
    r"\s+(?:the\s+)?(?:(?:city|town)\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


def _city_locating(incident: Incident, primary: Toponym, governorate: str, resolver: Resolver) -> dict[str, tuple[Location, str]]:
    """The city of ``governorate`` its own sentence names as a city right after ``primary`` ("X village at the entrance
    to Hasakah city", "X, west of the city of Raqqa"), by place id with the name as written: the town the text
    locates the place against, which the extractor reads as the governorate's name and not as a reference toponym.
    Only when the words between them locate the place (:data:`_LOCATING_GAP_RE`); read in a bounded window after
    the place, never the whole sentence."""
    from mapapp.extract.toponyms import find_governorates, told_as_origin

    own = sentence_of(incident, primary)
    found: dict[str, tuple[Location, str]] = {}
    if own is None:
        return found
    end = primary.span.end - own.start
    # (past the window, room for the words that make a name the governorate's: "Hasakah province")
    window = own.text[end : end + _LOCATING_CITY_WINDOW + 2 * _CITY_WORD_WINDOW]
    for mention in find_governorates(window, base=end):
        if not 0 <= mention.start - end <= _LOCATING_CITY_WINDOW or mention.province_level:
            continue
        if _LOCATING_GAP_RE.fullmatch(own.text, end, mention.start) is None:
            continue
        if canonical_admin1(mention.governorate) != governorate or told_as_origin(own.text, mention.start):
            continue
        if not _told_as_city(own.text, mention.start, mention.end):
            continue
        name = Span(mention.text, own.start + mention.start, own.start + mention.end)
        town = resolver.resolve(Toponym(span=name, role="reference"))
        if town.precision is Precision.PLACE and town.place is not None and town.place.admin1 == governorate:
            found.setdefault(town.place.id, (town, mention.text))
    return found


def _at_town_told_as_city(incident: Incident, primary: Toponym, location: Location, resolver: Resolver) -> Location:
    """A place the gazetteer lacks (or knows only by its governorate), placed at the governorate, takes the point of
    the town of that governorate the text says it lies in or by, flagged (precision :data:`NEAR_TOWN_PRECISION`, a
    note that keeps its name), when that town is a governorate's city, which the extractor reads as the governorate
    and never offers the fallback rules as a reference:

    * a part of a town (:func:`~mapapp.geocode.place_phrases.told_as_part_of_town`: "the neighbourhoods of X and Y",
      "the district of X", "the X area ... in the city centre"; not a junction or crossroads, which roads have outside
      towns too) takes the one town its evidence names as a city or
      names in its own sentence (:func:`_cities_of_part`: "Deir ez-Zor city" in the lede, "the city of Raqqa");
    * any other place takes the city its own sentence names as a city right after it (:func:`_city_locating`: "X
      village at the northern entrance to Hasakah city"), as :func:`_locating_town_rule` does for other towns.

    A neighbourhood, a town's entrance or centre lies within a few kilometres of the city's point, a governorate's
    point tens of kilometres from it. Nothing when the evidence names two such towns, none, or only towns of another
    governorate, and never for a place the gazetteer places itself."""
    if location.precision is not Precision.ADMIN1 or location.place is None:
        return location
    if location.place.kind == "governorate" and location.score != CONTEXT_ONLY_SCORE:
        return location  # (the governorate the text itself names as the place: "in Raqqa province")
    governorate = location.place.admin1 or location.place.name
    if governorate not in GOVERNORATES:
        return location
    word = told_as_part_of_town(primary, incident.evidence)
    if word is not None and word not in _ROAD_PART_WORDS:
        cities = _cities_of_part(incident, primary, governorate, resolver)
        told = f"the text tells it a part of a town ({word}) and names the town"
    else:
        cities = _city_locating(incident, primary, governorate, resolver)
        told = "its sentence locates it against the city"
    if len(cities) != 1:
        return location
    town, written = next(iter(cities.values()))
    assert town.place is not None
    unknown = "has no point of its own in the gazetteer" if location.place.kind != "governorate" else "is not in the gazetteer"
    note = f"approximate: {primary.text!r} {unknown}; {told} ({written!r}): placed at {town.place.name}, not its own point"
    return replace(town, toponym=location.toponym, candidates=location.candidates, precision=NEAR_TOWN_PRECISION,
                   score=location.score, note=note)


def _another_place_outside(incident: Incident, primary: Toponym, resolver: Resolver) -> bool:
    """True when a reference or an anchor of ``incident`` other than ``primary`` resolves outside coverage ("al-Jazira,
    west of Mosul", "the Jobar neighbourhood, Damascus")."""
    return any(
        resolver.resolve(toponym).precision is Precision.OUTSIDE_COVERAGE
        for toponym in incident.toponyms if toponym is not primary and toponym.role in ("reference", "anchor")
    )


def _region_not_beside_abroad(incident: Incident, primary: Toponym, location: Location, resolver: Resolver) -> Location:
    """A region's name (kind ``region``: "al-Jazira", "Cizire", the AANES region of Al-Hasakah) that the incident ties to
    a place outside coverage ("al-Jazira, west of Mosul", "near Rawa"), whose sentence names a province mapapp does not
    cover ("Anbar province") names another region of that name (the Jazira of Iraq): unresolved, the region kept as a
    candidate, never mapped at Al-Hasakah by the name alone. Kept: a region the incident names with a covered place
    ("Cizire and Derik in Syria, and Qandil in Iraq"), and one whose sentence only names a country abroad as well."""
    place = location.place
    if place is None or place.kind != "region":
        return location
    if any(resolver.resolve(toponym).is_mappable for toponym in incident.toponyms if toponym is not primary):
        return location  # named with a covered place ("Cizire and Derik in Syria, and Qandil in Iraq"): the region
    # (a sentence that also says "in northern Iraq" is no sign: Turkish releases list targets in Syria and Iraq)
    if any(names_another_province(span.text) for span in incident.evidence):
        said = "its sentence names a province mapapp does not cover"
    elif _another_place_outside(incident, primary, resolver):
        said = "the text ties it to a place outside coverage"
    else:
        return location
    region = Candidate(place=place, score=location.score, matched_name=location.matched_name)
    return replace(
        location, place=None, precision=Precision.UNRESOLVED, matched_name=None,
        candidates=(region, *location.candidates),
        note=f"{primary.text!r} names a region, and {said}: not the {place.name} of {place.admin1}",
    )


#: "from a base", "from inside": what says a country named next is where fire or people came from.
_FROM_BEFORE_RE = re.compile(r"\bfrom\b(?:\s+[\w'’-]+){0,3}\s*$", re.IGNORECASE)
#: "in Iraq and Syria", "in Iraq or Syria": a country named with Syria itself (what follows the country).
_AND_SYRIA_RE = re.compile(r"\s*(?:,|and|or|&)\s*(?:in\s+)?Syria\b")


def _not_at_context_when_told_abroad(incident: Incident, primary: Toponym, location: Location, resolver: Resolver) -> Location:
    """A place put at a covered governorate only because the context (this or the previous sentence) names it, whose
    own sentence puts it abroad ("Strikes in Iraq: near X, ...", "an attack on X, an outpost in northeastern Jordan"):
    the governorate came from another sentence, the place lies abroad, and it is not mapped. It keeps the
    gazetteer's match abroad when there is one (Iraq's Tall 'Afar: OUTSIDE_COVERAGE), else it is unresolved. Only when
    that sentence names no covered governorate and none of the incident's places in it lies in coverage, unless the
    country is written right after the name as its apposition ("near X, Iraq, two strikes ...":
    :func:`~mapapp.geocode.place_phrases.country_after`), which says it of this place alone."""
    place = location.place
    if location.precision is not Precision.ADMIN1 or place is None or place.kind != "governorate":
        return location
    if location.score > CONTEXT_ONLY_SCORE:
        return location  # the governorate is the text's own word, or a place of it
    sentence = sentence_of(incident, primary)
    if sentence is None:
        return location
    # "near X, Iraq, two strikes ...": the country said of this very name, whatever else its sentence names
    country = country_after(sentence, primary)
    if country is None:
        told = next(
            (m for m in in_country_abroad_re().finditer(sentence.text)
             if not _FROM_BEFORE_RE.search(sentence.text[max(0, m.start() - 30) : m.start()])
             and not _AND_SYRIA_RE.match(sentence.text, m.end())),
            None,
        )
        if told is None:
            # (a drone "launched from a base in Turkey" says where the fire came from, not the place; "US forces in
            # Iraq and Syria" names both sides of the border)
            return location
        if _sentence_names_covered_place(incident, primary, sentence, resolver):
            return location
        country = told.group("country")
    abroad = next(
        (c for c in location.candidates
         if c.score >= 100.0 and not c.place.in_coverage and c.place.kind == "populated_place"),
        None,
    )
    if abroad is not None:
        note = (
            f"its sentence puts {primary.text!r} in {country}: {abroad.place.name} "
            f"({abroad.place.admin1 or abroad.place.country}), outside the covered governorates: not mapped "
            f"(the context named {place.admin1})"
        )
        return replace(location, place=abroad.place, precision=Precision.OUTSIDE_COVERAGE, score=abroad.score,
                       matched_name=abroad.matched_name, note=note)
    note = (
        f"{primary.text!r} is not in the gazetteer and its sentence puts it in {country}: not mapped "
        f"(the context named {place.admin1})"
    )
    return replace(location, place=None, precision=Precision.UNRESOLVED, matched_name=None, note=note)


#: Syria itself told as where something is ("in northern Syria", or as the country of a list of areas: "the A, B and
#: C regions of Syria"): a sentence that says it puts only some of its places abroad.
_IN_SYRIA_RE = re.compile(
    rf"\b(?:(?i:in|inside)|(?i:regions?|areas?|parts?|provinces?)\s+of)\s+(?i:{DIRECTION_WORD}(?:ern)?\s+)?Syria\b"
)


def _country_told_of(incident: Incident, primary: Toponym, resolver: Resolver) -> str | None:
    """The country abroad the primary place's own sentence puts it in: written right after the name as its apposition
    ("X, Lebanon"), or told as where the event was ("in southern Lebanon") or by a neighbour's adjective ("Lebanese
    troops") when that sentence names no covered governorate, nor Syria, nor another of the incident's places in
    coverage; not where fire came from ("from ... in Turkey") nor
    a country named with Syria ("in Iraq and Syria"). None when it says none."""
    sentence = sentence_of(incident, primary)
    if sentence is None:
        return None
    country = country_after(sentence, primary)
    if country is not None:
        return country
    told = next(
        (m for m in in_country_abroad_re().finditer(sentence.text)
         if not _FROM_BEFORE_RE.search(sentence.text[max(0, m.start() - 30) : m.start()])
         and not _AND_SYRIA_RE.match(sentence.text, m.end())),
        None,
    )
    adjective = NEIGHBOUR_ADJECTIVE_RE.search(sentence.text) if told is None else None
    if told is None and adjective is None:
        return None
    if _IN_SYRIA_RE.search(sentence.text) or _sentence_names_covered_place(incident, primary, sentence, resolver):
        # ("A and B in northern Iraq, and C and D in northern Syria": the country abroad is said of other names)
        return None
    return told.group("country") if told is not None else NEIGHBOUR_OF_ADJECTIVE[adjective.group("adjective")]  # type: ignore[union-attr]


def _country_of_places_beside(incident: Incident, primary: Toponym, resolver: Resolver) -> str | None:
    """The country code of the other places the primary's sentence names when they all lie outside coverage in one
    country abroad ("jets struck A and Tyre": Lebanon), else None (none named, one in coverage, several countries;
    where fire came from is not counted)."""
    sentence = sentence_of(incident, primary)
    if sentence is None:
        return None
    codes: set[str] = set()
    origins = _origins(incident)  # where fire came from ("shelled A from B") says nothing of where A lies
    for toponym in incident.toponyms:
        if toponym is primary or id(toponym) in origins or not sentence.start <= toponym.span.start < sentence.end:
            continue
        other = resolver.resolve(toponym)
        if other.place is None:
            continue
        if other.place.in_coverage or other.place.country == "SY":
            return None
        codes.add(other.place.country)
    return next(iter(codes)) if len(codes) == 1 else None


def _namesake_in_country_told(incident: Incident, primary: Toponym, location: Location, resolver: Resolver) -> Location:
    """A covered place whose own sentence puts it in a country abroad where the gazetteer knows a namesake of the same
    name (an exact match): the namesake is the place meant, outside coverage, not mapped. "A strike on a car in Saida
    in southern Lebanon" is Sidon, not the village by Ain Issa; "Derik in Turkey's Mardin province" the Turkish town,
    not al-Malikiyah. Only a namesake in the very country told: a country named with no namesake there changes
    nothing (the place may be named beside it)."""
    place = location.place
    if place is None or not place.in_coverage or not location.candidates:
        return location
    country = _country_told_of(incident, primary, resolver)
    code = abroad_country_code(country) if country is not None else None
    if code is None:
        country = code = _country_of_places_beside(incident, primary, resolver)
    if code is None:
        return location
    namesake = next(
        (c for c in location.candidates if c.score >= 100.0 and c.place.country == code), None
    )
    if namesake is None:
        return location
    former = Candidate(place=place, score=location.score, matched_name=location.matched_name)
    note = (
        f"its sentence puts {primary.text!r} in {country}: {namesake.place.name} ({namesake.place.admin1 or code}), "
        f"the namesake there, not {place.name} ({place.admin1}); outside the covered governorates: not mapped"
    )
    candidates = (former, *(c for c in location.candidates if c is not namesake))
    return replace(location, place=namesake.place, precision=Precision.OUTSIDE_COVERAGE, score=namesake.score,
                   matched_name=namesake.matched_name, candidates=candidates, note=note)


def _sentence_names_covered_place(incident: Incident, primary: Toponym, sentence: Span, resolver: Resolver) -> bool:
    """True when ``sentence`` names a covered governorate, or another of the incident's places in it lies in coverage:
    a country abroad it names is then not said of the primary alone."""
    if covered_governorate_named(sentence.text):
        return True
    for toponym in incident.toponyms:
        if toponym is primary or not sentence.start <= toponym.span.start < sentence.end:
            continue
        other = resolver.resolve(toponym)
        if other.is_mappable and other.place is not None and other.place.in_coverage:
            return True
    return False


def _not_at_context_beside_uncovered_governorate(incident: Incident, primary: Toponym, location: Location) -> Location:
    """A place the gazetteer does not know, put at a covered governorate only because the context names it, in an
    incident whose sentences also name a Syrian governorate mapapp does not cover ("pushed through the desert east of
    Homs toward Deir ez-Zor and took X"): X may lie on either side of that line, so it is unresolved, not
    mapped by guess. Kept when the words right after the name put it in the context's governorate ("X village in the
    Deir ez-Zor countryside")."""
    place = location.place
    if location.precision is not Precision.ADMIN1 or place is None or place.kind != "governorate":
        return location
    if location.score > CONTEXT_ONLY_SCORE or puts_in_governorate(incident, primary, place.admin1 or ""):
        return location
    other = next((g for g in (uncovered_governorate_named(span.text) for span in incident.evidence) if g), None)
    if other is None:
        return location
    note = (
        f"{primary.text!r} is not in the gazetteer; its text names {other} as well as {place.admin1}, and it may lie in "
        "either: not mapped"
    )
    return replace(location, place=None, precision=Precision.UNRESOLVED, matched_name=None, note=note)


def _town_beyond_not_pulled_in_by_another_sentence(
    incident: Incident, primary: Toponym, location: Location, resolver: Resolver
) -> Location:
    """The one Syrian town of exactly this name, of a governorate mapapp does not cover and within
    :data:`FAR_NAMESAKE_KM` of a covered governorate's point (al-Sukhna of Homs, by the Deir ez-Zor desert), for a
    name the resolver put at a covered governorate named only in another sentence: "HASAKAH (AP) - Gunmen killed a man
    in X. Helicopters hit a building in Sukhna": the dateline's or the previous sentence's governorate is the report's,
    not a word about Sukhna, and a village of Hasakah by that name that the gazetteer lacks is a guess. The town is
    kept, outside coverage (not mapped). Left as it was when any sentence of the incident names a covered governorate
    (the text's own word on where the place lies), or when the gazetteer knows the name exactly for more than one Syrian
    place or for none. Only within the reach of a covered governorate (:data:`FAR_NAMESAKE_KM`, not the wider
    :data:`FAR_FROM_COVERAGE_KM`): a town deeper in Aleppo or Hama may share its name with a village of the covered
    governorate the report is filed from (a dateline of Deir ez-Zor over "the ruins of Mari" is the ancient city by the
    Euphrates, not the town of Mare' north of Aleppo)."""
    place = location.place
    if location.precision is not Precision.ADMIN1 or place is None or place.kind != "governorate":
        return location
    if location.score > CONTEXT_ONLY_SCORE or place.admin1 not in GOVERNORATES:
        return location
    if any(covered_governorate_named(span.text) for span in incident.evidence):
        return location
    exact = [c for c in location.candidates
             if c.score >= 100.0 and c.place.kind == "populated_place" and c.place.country == "SY"]
    if len(exact) != 1 or exact[0].place.in_coverage:
        return location
    town = exact[0].place
    if min(distances_to_governorates(town.lat, town.lon, resolver)) > FAR_NAMESAKE_KM:
        return location
    note = (
        f"{primary.text!r} is the gazetteer's {town.name} ({town.admin1}), the one Syrian place by this name; "
        f"{place.admin1} is named only in another sentence: outside the covered governorates, not mapped"
    )
    former = Candidate(place=place, score=location.score, matched_name=location.matched_name)
    candidates = (former, *(c for c in location.candidates if c is not exact[0]))
    return replace(location, place=town, precision=Precision.OUTSIDE_COVERAGE, score=exact[0].score,
                   matched_name=exact[0].matched_name, candidates=candidates, note=note)


#: A name as one end of a road: "the Deir ez-Zor - Palmyra road", "the Palmyra highway" (what follows the name).
_ROAD_AFTER_RE = re.compile(r"\s*(?:city\s+)?(?:road|highway)\b", re.IGNORECASE)
#: "near X", "near the village of X" (what stands right before the reference).
_NEAR_BEFORE_RE = re.compile(r"\bnear\s+(?:the\s+)?(?:(?:village|town|hamlet|area)\s+of\s+)?$", re.IGNORECASE)
#: What stands before the second end of a road "between A and B" (A: one to four words, no clause break; one lazy
#: bounded run on an 80-character window).
_BETWEEN_SECOND_END_RE = re.compile(
    r"\b(?:road|highway|route)\s+(?:between|linking|connecting)\s+(?:the\s+)?(?:[a-z]+\s+(?:of\s+)?)?"
    r"[A-Z][^,.;:]{0,40}?\s+(?:and|to)\s+(?:the\s+)?(?:[a-z]+\s+(?:of\s+)?)?$"
)


def _near_place_beside_road_end(incident: Incident, primary: Toponym, location: Location, resolver: Resolver) -> Location:
    """The place a road's stretch is told "near", for a primary that only names an end of that road: "on the road
    between Palmyra and Deir ez-Zor, near the village of X" (either end: :data:`_BETWEEN_SECOND_END_RE`), "on the
    Deir ez-Zor - Palmyra road near X". The town at
    the road's end lies far from where it happened; X, named right after, is the place. Only for a reference told
    "near" within :data:`REFERENCE_FALLBACK_WINDOW` characters after the primary, that the resolver places in coverage
    at a place of its own name (not a governorate); the note names the road's end."""
    sentence = sentence_of(incident, primary)
    if sentence is None:
        return location
    start, end = primary.span.start - sentence.start, primary.span.end - sentence.start
    road_end = (
        bool(_ROAD_AFTER_RE.match(sentence.text, end))
        or bool(_BETWEEN_BEFORE_RE.search(sentence.text[max(0, start - 40) : start]))
        # the second end: a stretch "between Tabqa and Raqqa, near X" read at Raqqa
        or bool(_BETWEEN_SECOND_END_RE.search(sentence.text[max(0, start - 80) : start]))
    )
    if not road_end:
        return location
    for toponym in sorted(incident.toponyms, key=lambda t: t.span.start):
        gap = toponym.span.start - primary.span.end
        if toponym.role != "reference" or not 0 < gap <= REFERENCE_FALLBACK_WINDOW or toponym.span.end > sentence.end:
            continue
        before = sentence.text[max(0, toponym.span.start - sentence.start - 30) : toponym.span.start - sentence.start]
        if not _NEAR_BEFORE_RE.search(before):
            continue
        near = resolver.resolve(toponym)
        if not near.is_mappable or near.place is None or not near.place.in_coverage or near.place.kind == "governorate":
            return location
        note = (
            f"the text names {primary.text!r} as an end of the road and tells the place near {toponym.text!r}: "
            f"placed at {toponym.text!r}"
        )
        return replace(near, note="; ".join(n for n in (note, near.note) if n))
    return location


#: Two towns further apart than this (km) do not place a village said to lie "between" them near either: between
#: towns up to this far apart a village lies within about half of it (25 km) of the first, beyond it may lie
#: further from both than the governorate's own point.
BETWEEN_NEAR_KM = 50.0


#: What stands between a name and the covered town whose area the text puts it in: "X in", "X crossing in the".
_CONTAINED_GAP_RE = re.compile(
    r"^\s*(?:(?:border\s+)?(?:crossing|village|town|area|checkpoint|bridge|camp)\s+)?in\s+(?:the\s+)?$", re.IGNORECASE
)


def _contains_abroad_match(
    incident: Incident, primary: Toponym, location: Location, toponym: Toponym, reference: Location
) -> bool:
    """True when the primary resolved to a place abroad but its own words put it in a covered town's area:
    "X crossing in the Albu Kamal area" (the reference follows with only "in" between, and resolves below
    governorate level inside coverage). "X, near Y" or "X in Y province" abroad stay abroad: only "in" a
    covered town's area is taken as the text's correction of a namesake abroad."""
    if location.precision is not Precision.OUTSIDE_COVERAGE or location.place is None or location.place.country == "SY":
        return False
    if reference.place is None or not reference.is_mappable or reference.precision is Precision.ADMIN1:
        return False
    if not 0 < toponym.span.start - primary.span.end <= 24:
        return False
    for span in incident.evidence:
        if span.start <= primary.span.start and toponym.span.end <= span.end:
            gap = span.text[primary.span.end - span.start : toponym.span.start - span.start]
            return bool(_CONTAINED_GAP_RE.match(gap))
    return False


#: A place matched outside coverage lying further than this (km) from the covered town the text locates it against
#: ("X, west of Y", "X in the Y countryside") is a namesake, not the place meant: twice :data:`~mapapp.geocode.namesakes.NAMESAKE_NEAR_KM`, so
#: a place across the border from its town ("Nusaybin, opposite Qamishli") keeps its own point.
TIED_NAMESAKE_FAR_KM = 60.0


def _doubtful_match(location: Location) -> bool:
    """True when the gazetteer's match may be a namesake of the place meant: it lies outside coverage, or it is a
    village of a covered governorate (not a site, not a town of :data:`WELL_KNOWN_POPULATION` people or more)."""
    place = location.place
    if place is None:
        return False
    if location.precision is Precision.OUTSIDE_COVERAGE:
        # a place found by its own name, not a governorate the context names ("X neighbourhood of Aleppo")
        return place.kind == "populated_place" and location.score > CONTEXT_ONLY_SCORE
    return (
        location.precision is Precision.PLACE and place.kind == "populated_place"
        and (place.population or 0) < WELL_KNOWN_POPULATION
    )


def _town_just_beyond_coverage(location: Location, resolver: Resolver) -> bool:
    """True when the gazetteer matched the name exactly to a town outside coverage, of at least
    :data:`WELL_KNOWN_POPULATION` people, lying near coverage (:func:`~mapapp.geocode.namesakes.near_coverage`): a
    Syrian town of a governorate mapapp does not cover (Kobani, Tal Rifaat, Palmyra) or one just across the border
    (Sinjar and al-Qaim in Iraq, Nusaybin in Turkey). It is the place meant, never a namesake that a covered town the
    text names with it may replace ("a drone hit a car in the Sinjar district" in a report filed from Deir ez-Zor is
    not a Deir ez-Zor village); it stays off the map. (A town far off, Daraa's Izra' for "Zorava", Lebanon's Tyre for
    "the Tayy neighbourhood", may be a namesake.)"""
    place = location.place
    if (
        location.precision is not Precision.OUTSIDE_COVERAGE or place is None
        or place.kind != "populated_place" or location.score < 100.0
        or (place.population or 0) < WELL_KNOWN_POPULATION
    ):
        return False
    return near_coverage(place.lat, place.lon, resolver)


def _tied_far_from_match(primary: Toponym, location: Location, toponym: Toponym, reference: Location) -> bool:
    """True when the primary resolved to a doubtful match (:func:`_doubtful_match`: outside coverage, or a village of
    another covered governorate) lying more than :data:`TIED_NAMESAKE_FAR_KM` from the covered town that closely
    follows it and locates it (the caller has excluded the other names of a list): "Saida, west of Ain Issa" is not
    Sidon in Lebanon, "the X village commune, west of Raqqa" not an X of Deir ez-Zor (a covered village gives way
    only to a locating phrase: "west of Y", "the Y countryside"). An ``anchor`` (the town another sentence ties the
    name to, or the town whose neighbourhood it is) is a looser tie: it replaces only a match outside coverage lying
    more than :data:`FAR_NAMESAKE_KM` from it ("the Tayy neighbourhood" of Qamishli is not Tyre)."""
    if not _doubtful_match(location) or location.place is None:
        return False
    if primary.admin1_hint is not None and primary.admin1_hint == location.place.admin1:
        return False  # the text's own context puts it in the match's governorate
    if reference.place is None or not reference.place.in_coverage or not reference.is_mappable:
        return False
    if reference.precision is not Precision.PLACE:
        return _far_from_town_known_by_governorate(primary, location, toponym, reference)
    if location.precision is Precision.PLACE:
        if location.place.admin1 == reference.place.admin1 or toponym.role != "reference":
            return False
        if parse_qualified(toponym.text) is None:
            # a covered village is given up only for a locating phrase ("west of Raqqa", "the Raqqa countryside"),
            # not for a town merely named after it ("near Diban, and died in a hospital in Hasakah")
            return False
    if toponym.role == "anchor":
        limit = FAR_NAMESAKE_KM
    elif 0 <= toponym.span.start - primary.span.end <= REFERENCE_FALLBACK_WINDOW:
        limit = TIED_NAMESAKE_FAR_KM
    else:
        return False
    far = distance_km(location.place.lat, location.place.lon, reference.place.lat, reference.place.lon)
    return far > limit


def _far_from_town_known_by_governorate(
    primary: Toponym, location: Location, toponym: Toponym, reference: Location
) -> bool:
    """True when a match outside coverage lies more than :data:`FAR_NAMESAKE_KM` from the point of a covered place
    known only by its governorate (a name-table row with no sourced point, precision ADMIN1: its point is its
    governorate's) that closely follows and locates it: "the X shrine in Y", "X, near Y" with Y such a village. The
    governorate's reach stands in for the village's unknown point, as in :func:`_governorate_over_far_namesake`. A
    governorate the text names ("X in Raqqa province") is the hint's business, not this tie's."""
    place, other = location.place, reference.place
    if location.precision is not Precision.OUTSIDE_COVERAGE or place is None or other is None:
        return False
    if reference.precision is not Precision.ADMIN1 or other.kind == "governorate" or toponym.role != "reference":
        return False
    if not 0 <= toponym.span.start - primary.span.end <= REFERENCE_FALLBACK_WINDOW:
        return False
    return distance_km(place.lat, place.lon, other.lat, other.lon) > FAR_NAMESAKE_KM


#: A place opening its sentence as the scene of what follows: "Near Derik, ...", "In the town of X, ...", "Around Y, ".
_OPENING_FRAME_RE = re.compile(
    r"^\W{0,3}(?:(?:Later|Meanwhile|Separately|Elsewhere|Earlier),?\s+)?(?:In|Near|Around|Outside|At|Close\s+to)\s+"
    r"(?:the\s+(?:(?:town|city|village|area)\s+of\s+)?)?$",
    re.IGNORECASE,
)
#: The most characters between the opening place and the comma that closes its phrase ("Near Derik, known in Arabic
#: as al-Malikiyah, jets bombed ...": the first comma right after the name).
_FRAME_COMMA_GAP = 3


def _opening_frames(incident: Incident, primary: Toponym) -> set[int]:
    """``id()`` of the references that open the primary's sentence as its scene ("Near Derik, jets bombed a power
    station at X", "In the town of Y, gunmen shot Z"): an unknown place of that sentence lies there."""
    found: set[int] = set()
    span = sentence_of(incident, primary)
    if span is None:
        return found
    for toponym in incident.toponyms:
        if toponym.role != "reference" or not span.start <= toponym.span.start < primary.span.start:
            continue
        before = span.text[: toponym.span.start - span.start]
        after = span.text[toponym.span.end - span.start : toponym.span.end - span.start + _FRAME_COMMA_GAP]
        if _OPENING_FRAME_RE.match(before) and "," in after:
            found.add(id(toponym))
    return found


def _list_siblings(incident: Incident, primary: Toponym) -> set[int]:
    """``id()`` of the references named in one list with the primary place ("A, B and C villages", "A town and B
    city"), read from the evidence span holding them (:func:`mapapp.extract.toponyms.locating_starts`)."""
    from mapapp.extract.toponyms import locating_starts

    after = sorted((t for t in incident.toponyms if t.role == "reference" and t.span.start >= primary.span.end),
                   key=lambda t: t.span.start)
    span = sentence_of(incident, primary)
    if span is None:
        return set()
    inside = [t for t in after if t.span.end <= span.end]
    offsets = [(t.span.start - span.start, t.span.end - span.start) for t in inside]
    locating = set(locating_starts(span.text, primary.span.start - span.start, primary.span.end - span.start, offsets))
    return {id(t) for t, (start, _) in zip(inside, offsets) if start not in locating}


def _origins(incident: Incident) -> set[int]:
    """``id()`` of the references told as where people came from or where the fire came from ("shelled X from its
    base in Y"): they do not say where the primary place lies (:func:`mapapp.extract.toponyms.told_as_origin`)."""
    from mapapp.extract.toponyms import told_as_origin

    found: set[int] = set()
    for toponym in incident.toponyms:
        if toponym.role != "reference":
            continue
        span = sentence_of(incident, toponym)
        if span is not None and told_as_origin(span.text, toponym.span.start - span.start):
            found.add(id(toponym))
    return found


def _far_apart_pairs(incident: Incident, resolver: Resolver) -> dict[int, str]:
    """The references that form a "between A and B" pair in the incident's evidence whose towns lie more than
    :data:`BETWEEN_NEAR_KM` apart, by ``id()``, each with a note; reads a bounded window around each pair."""
    references = sorted((t for t in incident.toponyms if t.role == "reference"), key=lambda t: t.span.start)
    found: dict[int, str] = {}
    for first, second in zip(references, references[1:]):
        if not 0 < second.span.start - first.span.end <= _BETWEEN_GAP or not _said_between(incident, first, second):
            continue
        a, b = resolver.resolve(first), resolver.resolve(second)
        if a.place is None or b.place is None or not a.is_mappable or not b.is_mappable:
            continue
        distance = distance_km(a.place.lat, a.place.lon, b.place.lat, b.place.lon)
        if distance > BETWEEN_NEAR_KM:
            note = f"between {first.text!r} and {second.text!r} ({distance:.0f} km apart): placed near neither"
            found[id(first)] = found[id(second)] = note
    return found


def _said_between(incident: Incident, first: Toponym, second: Toponym) -> bool:
    for span in incident.evidence:
        if span.start <= first.span.start and second.span.end <= span.end:
            before = span.text[max(0, first.span.start - span.start - 40) : first.span.start - span.start]
            between = span.text[first.span.end - span.start : second.span.start - span.start]
            return bool(_BETWEEN_BEFORE_RE.search(before) and _AND_RE.match(between))
    return False


_BETWEEN_GAP = 40  # characters between A and B of "between A and B" (" and the city of ")
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+(?:the\s+)?(?:[a-z]+\s+(?:of\s+)?)?$", re.IGNORECASE)
_AND_RE = re.compile(r"^(?:\s+[A-Za-z]+)?\s+and\s+(?:the\s+)?(?:[a-z]+\s+(?:of\s+)?)?$", re.IGNORECASE)


#: A reference toponym locates an unknown primary place only when it follows it this closely (characters).
REFERENCE_FALLBACK_WINDOW = 120
#: The most characters between a town and a part of it named right after it ("Raqqa's al-Naim roundabout": 3): the
#: town then locates the part as a reference following it would.
_OWNER_GAP = 3
#: Precisions of a primary place that a reference or anchor may stand in for (see _locates_unknown_primary).
_STANDS_IN_FOR = frozenset({Precision.UNRESOLVED, Precision.ADMIN1})
#: Precision of a village the gazetteer lacks, placed at the known town the text ties it to ("X village near Y",
#: "X, west of Y", "X in the Y countryside"). Not PLACE: the point is the town's, not the village's. ADMIN3
#: (sub-district) is the scale such a tie gives: a nahiya of north-east Syria is named after its town and reaches
#: some 10-30 km around it, which is where "near Y" and "the Y countryside" put a village. It is shown as
#: approximate, offered to analysts for placement, and never merged by point alone. ADMIN2 would overstate the
#: spread (a district holds several such towns); ADMIN1 would throw away the town the text names.
NEAR_TOWN_PRECISION = Precision.ADMIN3


def _locates_unknown_primary(
    primary: Toponym, location: Location, toponym: Toponym, reference: Location, framed: bool = False
) -> bool:
    """True when ``reference`` should stand in for a primary place the resolver does not know.

    The primary must be unresolved, or placed only at a governorate its context names (ADMIN1 below
    a full score: not a governorate the text itself names); the reference must follow it closely in
    the same clause ("Kaira village, south-west of Qamishli city") or own it right before it ("Raqqa's al-Naim
    roundabout"), or open the sentence as its place (``framed``: "Near Derik, jets bombed a station at X"), or be an
    ``anchor`` (the town the
    text ties the same name to in another sentence), resolve below governorate level inside coverage
    (a town, or the sub-district/district of "the Y countryside" when polygons are installed), and lie
    in the governorate the primary was placed in, if any. A primary outside coverage is never replaced: it stays off the map.
    """
    if toponym.role == "reference":
        owner = 0 <= primary.span.start - toponym.span.end <= _OWNER_GAP  # "Raqqa's al-Naim roundabout"
        if not owner and not framed and not 0 <= toponym.span.start - primary.span.end <= REFERENCE_FALLBACK_WINDOW:
            return False
    elif toponym.role != "anchor":
        return False
    if not reference.is_mappable or reference.place is None:
        return False
    if reference.precision is Precision.ADMIN1:
        # a village tied to a town known only by its governorate ("X in the Zirgan countryside"): that governorate,
        # for a village with no placement at all (a named governorate is not a town: "X in Hasakah province" gives
        # the governorate through the hint already)
        return (
            location.precision is Precision.UNRESOLVED and reference.place.in_coverage
            # "Darnaj is a town in the eastern Deir ez-Zor countryside", told in a sentence of its own: its governorate
            and (reference.place.kind != "governorate" or toponym.role == "anchor")
        )
    if location.precision is Precision.UNRESOLVED:
        return True
    if location.precision is not Precision.ADMIN1 or location.place is None:
        return False
    if location.place.kind != "governorate":
        # a place the name table knows only by its governorate (no sourced point of its own): the town of that
        # governorate the text ties it to ("Tal X village near Tal Tamr") is nearer than the governorate's point
        return location.place.admin1 == reference.place.admin1
    return location.score < 100.0 and location.place.admin1 == reference.place.admin1


