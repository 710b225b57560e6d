"""The placement passes that read a document's incidents together: what the report as a whole says of its places.

Run after each incident is placed on its own (:func:`mapapp.geocode.placement.geocode_incident`), in this order
(:func:`mapapp.pipeline.geocode_document`):

* a small place matched far abroad in a report about the covered area is a namesake
  (:func:`set_aside_far_namesakes`): the context's governorate, flagged, or left to the next passes; unless the
  gazetteer matches the name as well in a Syrian governorate mapapp does not cover, near it: that place, never mapped;
* of several places sharing a name, the one near the report's other places is meant
  (:func:`choose_namesakes_by_document`);
* an unknown village in a report whose other places all lie in one covered governorate takes that
  governorate (:func:`place_unknown_by_document`), never a point of its own; a village the text calls one (or a
  part of a town: "the X neighbourhood"),
  matched to a town abroad, or a far namesake of a report plainly about one governorate, likewise; and an incident whose
  sentences name no place at all ("fighting around a prison in northeast Syria" in the lede of a report on Hasakah),
  unless they tell it abroad or in a part of Syria outside coverage;
* last, an incident told only in the Peace Spring zone takes the governorate the writers' convention gives it
  (:func:`place_zones_by_convention`: Al-Hasakah, ADMIN1, flagged).

Each pass is linear in the incidents: one list of the report's places, then one check per incident.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp.geocode.merge import distance_km
from mapapp.geocode.namesakes import (
    FAR_FROM_COVERAGE_KM,
    NAMESAKE_NEAR_KM,
    at_governorate_not_namesake,
    distances_to_governorates,
    governorate_location,
    namesakes,
    near_coverage,
    nearest_namesake,
)
from mapapp.geocode.normalize import normalize_name
from mapapp.geocode.place_phrases import (
    NEIGHBOUR_ADJECTIVE_RE,
    abroad_re,
    called_a,
    names_another_province,
    told_abroad,
    uncovered_governorate_named,
)
from mapapp.geocode.resolver import CONTEXT_ONLY_SCORE, WELL_KNOWN_POPULATION, Resolver
from mapapp.geocode.sources import is_country_abroad_name
from mapapp.model import GOVERNORATES, Candidate, Incident, Location, Place, Precision, Span, Toponym

#: A place abroad further than :data:`FAR_FROM_COVERAGE_KM` from coverage and this small (people; or of unknown size)
#: is a namesake when a report about the covered area names it without its country: a city this size or larger
#: (Ankara, Beirut, Aleppo) is news of its own.
FAR_NAMESAKE_MAX_POPULATION = 200_000
#: The score of a match on the same normalised name (a lower one is a fuzzy match: a close spelling).
EXACT_MATCH_SCORE = 100.0
#: A far namesake takes the governorate of the report's other places only when the report names at least this many
#: distinct places of that governorate (as incidents' places or beside them).
FAR_NAMESAKE_MIN_PLACES = 2


def set_aside_far_namesakes(incidents: list[Incident], resolver: Resolver) -> list[Incident]:
    """Small places matched far abroad, in a report about the covered area, set aside as namesakes.

    "Shells fell near Sayda" in a report on Ain Issa is not Sidon in Lebanon, "clashes near Tayy" in a report on
    Qamishli not Tyre: the gazetteer's only match is a small place (under :data:`FAR_NAMESAKE_MAX_POPULATION`) lying more
    than :data:`FAR_FROM_COVERAGE_KM` from every covered governorate, and the incident's sentences name no
    country abroad nor a Syrian governorate mapapp does not cover. Such a place is placed at the covered
    governorate its context names (ADMIN1, flagged, the namesake kept as a candidate); the others are left to
    :func:`place_unknown_by_document`, which gives them the governorate of the report's other places (when it names
    :data:`FAR_NAMESAKE_MIN_PLACES` or more there) or leaves them unresolved; never a point of their own. Only when at least one other place of the report lies in coverage (a
    report about Lebanon keeps its Lebanese towns)."""
    incidents = [_at_near_syrian_namesake(incident, resolver) for incident in incidents]
    far = {id(incident) for incident in incidents if _far_small_place(incident, resolver)}
    if not far or not _placed_in_coverage_besides(incidents, far):
        return incidents
    found: list[Incident] = []
    for incident in incidents:
        location, primary = incident.location, incident.primary_toponym
        if id(incident) not in far or location is None or primary is None or location.place is None:
            found.append(incident)
            continue
        namesake = location.place
        where = namesake.admin1 or namesake.country
        hint = primary.admin1_hint
        governorate = governorate_location(hint, resolver) if hint in GOVERNORATES else None
        if governorate is not None and governorate.precision is Precision.ADMIN1 and governorate.place is not None:
            note = (
                f"{primary.text!r}: the gazetteer's {namesake.name} ({where}) lies far from the covered area the report "
                f"is about and is another place; placed at the governorate its context names, {hint}, not its own point"
            )
            found.append(replace(incident, location=at_governorate_not_namesake(location, governorate, note)))
            continue
        found.append(incident)
    return found


def _at_near_syrian_namesake(incident: Incident, resolver: Resolver) -> Incident:
    """The incident moved from a place far abroad to a Syrian namesake the gazetteer matches as well (the same score)
    in a governorate mapapp does not cover near it (within :data:`FAR_FROM_COVERAGE_KM` of a covered governorate:
    Aleppo's, Idlib's): "near Mara" in a coalition list of strikes in Syria is the Aleppo town, not a Turkish village
    of the same name far off. Still outside coverage, never mapped: only which place is named changes, so that the
    far namesake is not read as a village of the report's area the gazetteer lacks (:func:`_far_small_place`). A
    village across the Turkish border ("Saide" for Sidon's "Saida") is no such namesake: a covered village the
    gazetteer lacks is likelier than it, and the far namesake is weighed as before."""
    location = incident.location
    if location is None or location.place is None or location.precision is not Precision.OUTSIDE_COVERAGE:
        return incident
    place = location.place
    if near_coverage(place.lat, place.lon, resolver):
        return incident
    near = [
        (min(distances_to_governorates(c.place.lat, c.place.lon, resolver)), index, c)
        for index, c in enumerate(location.candidates)
        if c.score >= location.score and c.place.country == "SY" and not c.place.in_coverage and c.place.kind == place.kind
    ]
    near = [entry for entry in near if entry[0] <= FAR_FROM_COVERAGE_KM]
    if not near:
        return incident
    _, _, chosen = min(near, key=lambda entry: entry[:2])
    where = chosen.place.admin1 or chosen.place.country
    note = (
        f"{chosen.place.name} ({where}) chosen among places named {location.matched_name!r}: the one next to the "
        f"covered governorates, not {place.name} ({place.admin1 or place.country}) far from them; outside coverage: "
        "not mapped"
    )
    former = Candidate(place=place, score=location.score, matched_name=location.matched_name)
    candidates = (former, *(c for c in location.candidates if c is not chosen))
    return replace(incident, location=replace(
        location, place=chosen.place, matched_name=chosen.matched_name, candidates=candidates, note=note,
    ))


def _placed_in_coverage_besides(incidents: list[Incident], far: set[int]) -> bool:
    """True when an incident whose ``id()`` is not in ``far`` is mapped in coverage: the report is about the
    covered area (a report about Lebanon keeps its Lebanese towns)."""
    return any(
        incident.location is not None and incident.location.is_mappable and incident.location.place is not None
        and incident.location.place.in_coverage
        for incident in incidents if id(incident) not in far
    )




def _far_small_place(incident: Incident, resolver: Resolver) -> bool:
    """True when the incident is placed outside coverage at a small place far from the covered governorates, which
    its sentences do not tell abroad (see :func:`set_aside_far_namesakes`)."""
    location, primary = incident.location, incident.primary_toponym
    if location is None or primary is None or primary.role != "primary":
        return False
    place = location.place
    if location.precision is not Precision.OUTSIDE_COVERAGE or place is None or place.kind != "populated_place":
        return False
    if (place.population or 0) >= FAR_NAMESAKE_MAX_POPULATION:
        return False
    named_as_itself = normalize_name(location.matched_name or "") == normalize_name(place.name)
    if (place.population or 0) >= WELL_KNOWN_POPULATION and named_as_itself:
        return False  # a town named by its own name ("Tikrit", "Baalbek") is that town; "Sayda" matched Sidon's alias
    if near_coverage(place.lat, place.lon, resolver):
        return False
    if _tied_to_a_town_near_it(incident, place, resolver):
        return False  # "a car bomb on Ankara's Kizilay square": the text ties it to the town abroad it lies by
    from mapapp.extract.toponyms import find_governorates

    abroad = abroad_re()
    for span in incident.evidence:
        if abroad.search(span.text) or NEIGHBOUR_ADJECTIVE_RE.search(span.text):
            return False  # "in Lebanon", "Iraq's", "Iraqi forces": the text goes abroad
        if any(g.governorate not in GOVERNORATES for g in find_governorates(span.text)):
            return False  # "in Aleppo's northern countryside": the text goes to another Syrian governorate
    return True


def _tied_to_a_town_near_it(incident: Incident, place: Place, resolver: Resolver) -> bool:
    """True when one of the incident's references or anchors (the town a part of it is told of: "Ankara's Kizilay
    square") resolves outside coverage within :data:`NAMESAKE_NEAR_KM` of ``place``: the text means that place."""
    for toponym in incident.toponyms:
        if toponym.role not in ("reference", "anchor"):
            continue
        reference = resolver.resolve(toponym)
        town = reference.place
        if reference.precision is Precision.OUTSIDE_COVERAGE and town is not None \
                and distance_km(town.lat, town.lon, place.lat, place.lon) <= NAMESAKE_NEAR_KM:
            return True
    return False


#: Note of a place resolved with the governorate of its report's other places as its context.
DOCUMENT_GOVERNORATE_NOTE = "the text names no governorate for it: {governorate}, where every other place of the report lies"
#: Note of an incident whose sentences name no place, placed at the one governorate of the report's other places.
PLACELESS_GOVERNORATE_NOTE = (
    "no place named in its sentences: placed at {governorate}, where every other place of the report lies, "
    "not at a point of its own"
)
#: The governorate an incident told only in a Turkish operation's zone is placed at, by the writers' convention
#: (docs/gold-format.md, "Places"): the Peace Spring zone runs from Ras al-Ain (Al-Hasakah) to Tal Abyad (Ar-Raqqah),
#: and the writers put an event the text places nowhere but "in the Peace Spring region" in Al-Hasakah. The zones of
#: the operations in Aleppo and Iraq (Olive Branch, Euphrates Shield, Claw) stay unresolved: never mapped.
ZONE_GOVERNORATES = {"peace spring": "Al-Hasakah"}
#: The words of a note saying an incident's place is the writers' convention, not what its text says: shown to users.
CONVENTION_NOTE_MARK = "by convention"
#: Note of an incident placed at its zone's governorate by that convention.
ZONE_CONVENTION_NOTE = (
    "{zone!r}: an operation's zone that lies across two governorates, and the text names no town in it: placed at "
    "{governorate} " + CONVENTION_NOTE_MARK + ", not at a point of its own"
)
#: A part of Syria outside coverage named in an incident's sentences ("in northwest Syria", "southern Syria",
#: "central Syria"): an incident told there with no place does not lie in the report's governorate. One alternation
#: of literal words before "Syria" (no backtracking).
_UNCOVERED_PART_OF_SYRIA_RE = re.compile(
    r"\b(?:north[\s-]?west(?:ern)?|south(?:ern)?|south[\s-]?(?:west|east)(?:ern)?|west(?:ern)?|central)\s+Syria\b",
    re.IGNORECASE,
)


def place_unknown_by_document(incidents: list[Incident], resolver: Resolver) -> list[Incident]:
    """An unresolved place in a report whose other places all lie in one covered governorate is resolved again
    with that governorate as its context: a report on shelling around Ain Issa names its villages without
    repeating "Raqqa". The resolver then finds the village there (a spelling variant) or places it at the
    governorate (ADMIN1), and the note says where the governorate came from. Nothing is inferred when the
    report also names a place outside coverage or in another governorate: the unknown village could lie
    there (a report on Kobani's countryside names Raqqa's hospitals too), and a place outside coverage is
    never mapped by guess. Nor when the incident's own text ties the village to such a place ("X village, south
    of Kobani"): :func:`_tied_elsewhere`, or names it as the speaker's own ("Our X town was hit", in a ministry's
    words a town of its country): :func:`_told_as_speakers_own`. An incident whose sentences name no place at all
    takes that governorate too (ADMIN1, never a point; :data:`PLACELESS_GOVERNORATE_NOTE`), unless they tell it abroad,
    in a province or governorate elsewhere or in a part of Syria outside coverage
    (:func:`_placeless_may_lie_in_report_area`).
    """
    from mapapp.extract.toponyms import names_syria_region  # (the extractor's reading of a part of Syria)

    governorates: set[str] = set()
    unresolved = False
    far = {id(incident) for incident in incidents if _far_small_place(incident, resolver)}
    for incident in incidents:
        location = incident.location
        if location is None or location.precision is Precision.UNRESOLVED:
            unresolved = unresolved or location is not None
            continue
        if id(incident) in far or _village_named_like_a_town_abroad(incident, location):
            # "Kasiba village near the border": not Iraq's al-Qaim (also called Husaybah/Kasiba); "near Sayda": not Sidon
            unresolved = True
            continue
        if location.place is None or not location.is_mappable or not location.place.admin1:
            return _far_namesakes_unresolved(incidents, far)  # a place outside coverage: the unknown one could lie there
        governorates.add(location.place.admin1)
    if not unresolved or len(governorates) != 1:
        return _far_namesakes_unresolved(incidents, far)
    governorate = next(iter(governorates))
    # a namesake far abroad takes the report's governorate only in a report plainly about it (a bulletin naming one
    # town of Hasakah does not say where a village spelt like Quneitra lies: it may lie by Tal Abyad)
    far_placed = far if far and _places_in(incidents, governorate, resolver) >= FAR_NAMESAKE_MIN_PLACES else set()
    found: list[Incident] = []
    for incident in incidents:
        location, primary = incident.location, incident.primary_toponym
        named_like_abroad = location is not None and (
            id(incident) in far_placed or _village_named_like_a_town_abroad(incident, location)
        )
        if (
            location is not None and primary is not None and named_like_abroad
            and not _tied_elsewhere(incident, governorate, resolver)
        ):
            placed = governorate_location(governorate, resolver)
            if placed.precision is Precision.ADMIN1 and location.place is not None:
                where = location.place.admin1 or location.place.country
                said = (
                    "lies far from the report's area" if id(incident) in far_placed
                    else "lies outside coverage and is another place; the text calls it a village or a neighbourhood"
                )
                note = (
                    f"{primary.text!r}: the gazetteer's {location.place.name} ({where}) {said}; "
                    + DOCUMENT_GOVERNORATE_NOTE.format(governorate=governorate)
                )
                incident = replace(incident, location=at_governorate_not_namesake(location, placed, note))
            found.append(incident)
            continue
        if (
            location is not None and primary is not None and location.precision is Precision.UNRESOLVED
            and _may_lie_in_report_area(incident, primary) and not _tied_elsewhere(incident, governorate, resolver)
        ):
            placed = resolver.resolve(replace(primary, admin1_hint=governorate))
            if placed.is_mappable and placed.place is not None and placed.place.admin1 == governorate:
                note = DOCUMENT_GOVERNORATE_NOTE.format(governorate=governorate)
                placed = replace(placed, note="; ".join(n for n in (note, placed.note) if n))
                incident = replace(incident, location=placed)
        elif location is not None and (primary is None or names_syria_region(primary.text)) \
                and location.precision is Precision.UNRESOLVED and _placeless_may_lie_in_report_area(incident, resolver):
            # (an incident told "in eastern Syria" names no place either: the words it says where with are kept)
            placed = governorate_location(governorate, resolver)
            if placed.precision is Precision.ADMIN1:
                note = PLACELESS_GOVERNORATE_NOTE.format(governorate=governorate)
                incident = replace(incident, location=replace(
                    placed, toponym=primary.text if primary is not None else "", score=CONTEXT_ONLY_SCORE,
                    matched_name=None, candidates=(), note=note,
                ))
        found.append(incident)
    return _far_namesakes_unresolved(found, far)


#: A town named as the home of the party that tells or does the event ("the Ankara-based ministry said", "a
#: Damascus-based outlet"): one or two capitalised words right before "-based". Bounded, no nested repetition.
_HOME_BASED_RE = re.compile(r"\b([A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?)-based\b")


def _placeless_may_lie_in_report_area(incident: Incident, resolver: Resolver) -> bool:
    """True when nothing in the sentences of an incident that names no place puts it outside the report's area: no
    country or region abroad (:func:`abroad_re`: "strikes in Iraq"), no province but a covered governorate, no Syrian
    governorate mapapp does not cover ("east of Hama"), no part of Syria outside coverage ("in northwest Syria"), no
    home of its teller or party outside coverage ("the Ankara-based ministry said a PKK attack killed three soldiers":
    :data:`_HOME_BASED_RE`, a town the gazetteer matches exactly outside coverage; "London-based" is no such town), no
    town outside coverage named where the extractor read no place ("shells landed on X": :func:`_names_town_beyond_coverage`)."""
    abroad = abroad_re()
    return not any(
        abroad.search(span.text) or names_another_province(span.text) or uncovered_governorate_named(span.text)
        or _UNCOVERED_PART_OF_SYRIA_RE.search(span.text) or _home_beyond_coverage(span, resolver)
        or _names_town_beyond_coverage(span, resolver)
        for span in incident.evidence
    )


def _names_town_beyond_coverage(span: Span, resolver: Resolver) -> bool:
    """Whether ``span`` names, in a context the extractor did not read as a place ("shells landed on X"), a town
    outside coverage: a name the gazetteer matches exactly, by the town's own name, outside the covered governorates,
    of at least :data:`WELL_KNOWN_POPULATION` people (a Turkish border town, Manbij, Mosul). The event may have
    happened there: the report's governorate does not stand in for its place. A small place abroad (a namesake of
    a covered village, more likely than not) and a capital naming its government ("Damascus said") are no such
    town (:func:`~mapapp.extract.toponyms.place_like_names`), nor a town told as where people came from ("two
    fighters who had come from X", "a man from X": :func:`~mapapp.extract.toponyms.told_as_origin`)."""
    from mapapp.extract.toponyms import place_like_names, told_as_origin

    for start, end in place_like_names(span.text):
        if told_as_origin(span.text, start):
            continue
        name = Span(span.text[start:end], span.start + start, span.start + end)
        found = resolver.resolve(Toponym(name))
        town = found.place
        if (
            found.precision is Precision.OUTSIDE_COVERAGE and town is not None and town.kind == "populated_place"
            and found.score >= EXACT_MATCH_SCORE and (town.population or 0) >= WELL_KNOWN_POPULATION
            and normalize_name(found.matched_name or "") == normalize_name(town.name)
        ):
            return True
    return False


def _home_beyond_coverage(span: Span, resolver: Resolver) -> bool:
    """Whether ``span`` names a town outside coverage as the home of a party ("the Ankara-based ministry")."""
    for found in _HOME_BASED_RE.finditer(span.text):
        name = Span(found.group(1), span.start + found.start(1), span.start + found.end(1))
        home = resolver.resolve(Toponym(name))
        if home.precision is Precision.OUTSIDE_COVERAGE and home.score >= EXACT_MATCH_SCORE:
            return True
    return False


def _places_in(incidents: list[Incident], governorate: str, resolver: Resolver) -> int:
    """How many distinct places of ``governorate`` the incidents are placed at or name beside their place."""
    found: set[str] = set()
    for incident in incidents:
        location = incident.location
        if location is not None and location.is_mappable and location.place is not None \
                and location.place.admin1 == governorate:
            found.add(location.place.id)
        for toponym in incident.toponyms:
            if toponym.role == "reference":
                reference = resolver.resolve(toponym)
                if reference.is_mappable and reference.place is not None and reference.place.admin1 == governorate:
                    found.add(reference.place.id)
    return len(found)


def _far_namesakes_unresolved(incidents: list[Incident], far: set[int]) -> list[Incident]:
    """The incidents by ``id()`` in ``far`` (:func:`_far_small_place`) still placed at their namesake abroad, made
    unresolved when another place of the report lies in coverage: the text means a place of the report's area the
    gazetteer lacks, not the namesake (kept as the first candidate, and named in the note)."""
    if not far or not _placed_in_coverage_besides(incidents, far):
        return incidents
    found: list[Incident] = []
    for incident in incidents:
        location = incident.location
        if id(incident) in far and location is not None and location.place is not None \
                and location.precision is Precision.OUTSIDE_COVERAGE:
            namesake = location.place
            note = (
                f"{location.toponym!r}: the gazetteer's {namesake.name} ({namesake.admin1 or namesake.country}) lies far "
                "from the report's area and is another place; not in the gazetteer otherwise: not mapped"
            )
            candidate = Candidate(place=namesake, score=location.score, matched_name=location.matched_name)
            incident = replace(incident, location=Location(
                toponym=location.toponym, place=None, precision=Precision.UNRESOLVED, score=location.score,
                candidates=(candidate, *location.candidates), note=note,
            ))
        found.append(incident)
    return found


_VILLAGE_WORDS = r"(?:village|hamlet|farm)"


def _called_a_neighbourhood(toponym: Toponym) -> re.Pattern[str]:
    """What calls ``toponym`` a part of a town: "the X neighbourhood", "X quarter", or the first of two named together
    ("the neighbourhoods of X and Y"). Not "the neighbourhoods of X" alone (nor "..., of X, wounding three"), which
    names X's town."""
    name = re.escape(toponym.text)
    return re.compile(
        rf"\b{name}\s+(?:neighbou?rhood|quarter)s?\b|\bneighbou?rhoods\s+of\s+(?:the\s+)?{name}(?=\s+and\b)",
        re.IGNORECASE,
    )


def _village_named_like_a_town_abroad(incident: Incident, location: Location) -> bool:
    """True when the text calls the place a village or a neighbourhood ("Kasiba village", "the village of X", "the
    neighbourhoods of X and Y") but the gazetteer's only match is a town abroad of at least :data:`WELL_KNOWN_POPULATION` people: a namesake (or an alternate name) of that
    town, not the village the text means. A town abroad called a town ("the Turkish town of Akcakale") is not one.
    Likewise a village matched outside coverage only by a close spelling (a fuzzy match, whatever the place's size or
    country: "the village of al-Heisha" is not Idlib's Haysh): the text means a village of its report's area that the
    gazetteer lacks. Never one the text tells abroad ("the Turkish village of X", "the village of X in Turkey":
    :func:`_told_abroad_as_such`)."""
    place, primary = location.place, incident.primary_toponym
    if location.precision is not Precision.OUTSIDE_COVERAGE or place is None or primary is None:
        return False
    if place.kind != "populated_place" or _told_abroad_as_such(incident, primary):
        return False
    fuzzy = location.score < EXACT_MATCH_SCORE
    if not fuzzy and (place.country == "SY" or (place.population or 0) < WELL_KNOWN_POPULATION):
        return False
    village, neighbourhood = called_a(primary, _VILLAGE_WORDS), _called_a_neighbourhood(primary)
    return any(village.search(span.text) or neighbourhood.search(span.text) for span in incident.evidence)


def _tied_elsewhere(incident: Incident, governorate: str, resolver: Resolver) -> bool:
    """True when the incident's own text ties its place to a place outside coverage or in another governorate
    ("the village of X, south of Kobani"), or to a country abroad (its line's label, its section's heading: "Iraq"):
    the village may lie on either side of that line, so the report's other places (or its dateline) do not decide its
    governorate."""
    for toponym in incident.toponyms:
        if toponym.role not in ("reference", "anchor"):
            continue
        if is_country_abroad_name(toponym.text):
            return True  # "Iraq: ... near X", X under a release's "Iraq" heading: X lies in that country
        reference = resolver.resolve(toponym)
        if reference.precision is Precision.OUTSIDE_COVERAGE:
            return True
        if reference.is_mappable and reference.place is not None and reference.place.admin1 not in (None, governorate):
            return True
    return False


#: What calls a name a place of the report's area: a settlement, or a part of a town ("the al-Zuhour neighbourhood").
_SETTLEMENT_WORDS = r"(?:village|town|hamlet|farm|locality|neighbou?rhood|quarter|suburb)"


#: What says a name is a place: a locative word right before it ("near X", "in the X neighbourhood", "areas of X").
_LOCATIVE_BEFORE_RE = re.compile(
    r"\b(?:in|near|at|around|outside|inside|of|on|into|towards?|outskirts\s+of)\s+(?:the\s+)?$", re.IGNORECASE
)
#: Or the name labels its line: "X: a drone hit ...", "X | gunmen shot ...", after a list's bullet or none ("• X: ...").
_LABEL_AFTER_RE = re.compile(r"^\s*(?::|\|)\s")
_LINE_BULLET_RE = re.compile(r"\s*(?:[-•*–—▪►][ \t]+)?")


#: The speaker's own place: "our border town of X", "Our X district" (a ministry's first person: its own country's).
_OUR_BEFORE_RE = re.compile(r"\bour\s+(?:[\w-]+\s+){0,2}(?:of\s+)?$", re.IGNORECASE)
_OUR_NAME_RE = re.compile(r"our\s", re.IGNORECASE)


def _told_as_speakers_own(toponym: Toponym, spans: list[Span]) -> bool:
    """True when the text names the place in the first person ("Our X town was targeted", "our border post at X"): the
    speaker's own place, which lies in the speaker's country, not necessarily in the report's area."""
    if _OUR_NAME_RE.match(toponym.text):
        return True
    for span in spans:
        if span.start <= toponym.span.start < span.end:
            start = toponym.span.start - span.start
            return bool(_OUR_BEFORE_RE.search(span.text[max(0, start - 30) : start]))
    return False


#: A nationality abroad before the word that calls a name a settlement: "the Turkish village of X", "an Iraqi town".
_ABROAD_NATIONALITY = r"(?:Turkish|Iraqi|Jordanian|Lebanese|Israeli|Iranian)\s+(?:border\s+)?"


def _told_abroad_as_such(incident: Incident, toponym: Toponym) -> bool:
    """True when the text tells the place abroad: a settlement of a nationality abroad ("the Turkish village of X", "the
    Iraqi town of X"), or a sentence of the incident that puts it in a country abroad ("the village of X in Turkey",
    "across the border in Iraq": :func:`~mapapp.geocode.place_phrases.told_abroad`). Such a place lies there, not in
    the report's governorate, whatever the gazetteer matched."""
    if told_abroad(incident) is not None:
        return True
    name = re.escape(toponym.text)
    foreign = re.compile(rf"\b{_ABROAD_NATIONALITY}{_SETTLEMENT_WORDS}s?\s+of\s+(?:the\s+)?{name}\b", re.IGNORECASE)
    return any(foreign.search(span.text) for span in incident.evidence)


def _may_lie_in_report_area(incident: Incident, toponym: Toponym) -> bool:
    """True when the text tells the unknown name as a place and nothing in the incident's evidence puts it outside
    the report's area, judged in one pass over the evidence: no sentence names a province but a covered governorate
    ("a village in Diyala province" may lie anywhere), nor a Syrian governorate mapapp does not cover ("an attack east
    of Hama, near the Raqqa boundary": the village may lie on either side); then the text calls it a village or town ("the village of X",
    "X village"), or, in sentences that name no country or region abroad (:func:`abroad_re`), it stands after a
    locative word or as its line's label ("Near X, two strikes destroyed ...", "X: a drone hit a car"). A name with no
    such word ("The X Guards shelled a post") may be an organisation's and gets no governorate; nor does a Turkish
    operation's zone ("the Peace Spring region"), nor a place the text tells abroad (:func:`_told_abroad_as_such`)."""
    from mapapp.extract.toponyms import is_operation_zone, names_country_region  # (the extractor's readings)

    if is_operation_zone(toponym.text):
        return False  # "the Olive Branch region": an operation's zone, which lies across governorates and the border
    if names_country_region(toponym.text):
        return False  # "an airstrike in northern Syria": the text says where, only not precisely; no governorate of it
    spans = incident.evidence
    if any(names_another_province(span.text) or uncovered_governorate_named(span.text) for span in spans):
        return False
    if _told_as_speakers_own(toponym, spans) or _told_abroad_as_such(incident, toponym):
        return False
    called = called_a(toponym, _SETTLEMENT_WORDS)
    if any(called.search(span.text) for span in spans):
        return True
    abroad = abroad_re()
    told_as_place = False
    for span in spans:
        if abroad.search(span.text):
            return False
        if span.start <= toponym.span.start < span.end:
            start, end = toponym.span.start - span.start, toponym.span.end - span.start
            before = span.text[max(0, start - 24) : start]
            told_as_place = bool(_LOCATIVE_BEFORE_RE.search(before)) or (
                _LINE_BULLET_RE.fullmatch(span.text[:start]) is not None
                and bool(_LABEL_AFTER_RE.match(span.text[end : end + 4]))
            )
    return told_as_place


def choose_namesakes_by_document(incidents: list[Incident]) -> list[Incident]:
    """Each incident placed at a name several places share takes the namesake near the document's other places.

    A report about one area names several places in it; a village whose name recurs elsewhere is the one
    among them. The other places are the incidents' own points (PLACE precision, no namesakes of their own).
    Linear in the incidents: one list of points, then one check per incident with namesakes.
    """
    points: list[tuple[float, float, str, str]] = []  # lat, lon, name, incident id
    for incident in incidents:
        location = incident.location
        if location is not None and location.place is not None and location.precision is Precision.PLACE:
            if not namesakes(location):
                points.append((location.place.lat, location.place.lon, location.toponym, incident.id))
    if not points:
        return incidents
    chosen: list[Incident] = []
    for incident in incidents:
        location = incident.location
        if location is not None and namesakes(location):
            nearby = [(lat, lon, name) for lat, lon, name, owner in points if owner != incident.id][:_MAX_DOCUMENT_POINTS]
            incident = replace(incident, location=nearest_namesake(location, nearby))
        chosen.append(incident)
    return chosen


#: The document's places a namesake is weighed against, at most (the first ones: the report's own area).
_MAX_DOCUMENT_POINTS = 32


def place_zones_by_convention(incidents: list[Incident], resolver: Resolver) -> list[Incident]:
    """An incident still unresolved whose place is a Turkish operation's zone of :data:`ZONE_GOVERNORATES` ("two
    attackers shot by a sentry posted somewhere in the Peace Spring region", no town named) is placed at that zone's governorate
    (ADMIN1, flagged: :data:`ZONE_CONVENTION_NOTE`), unless its sentences put it abroad ("near Ceylanpinar in
    Turkey") or name another covered governorate (:func:`_zone_told_elsewhere`: the zone also lies in Ar-Raqqah, "in
    the zone in Raqqa province"). A separate incident of the report in a town of Ar-Raqqah ("in addition, two were
    hit near Suluk") does not move the zone's: the writers keep the convention there. Run last: the zone never lends
    its governorate to the report's other places. One check per incident."""
    from mapapp.extract.toponyms import operation_of_zone  # (the extractor's reading of a zone's name)

    found: list[Incident] = []
    for incident in incidents:
        location, primary = incident.location, incident.primary_toponym
        if location is not None and primary is not None and location.precision is Precision.UNRESOLVED:
            governorate = ZONE_GOVERNORATES.get(operation_of_zone(primary.text) or "")
            if (
                governorate is not None and told_abroad(incident) is None
                and not _zone_told_elsewhere(incident, governorate)
            ):
                placed = governorate_location(governorate, resolver)
                if placed.precision is Precision.ADMIN1:
                    note = ZONE_CONVENTION_NOTE.format(zone=primary.text, governorate=governorate)
                    incident = replace(incident, location=replace(
                        placed, toponym=primary.text, score=CONTEXT_ONLY_SCORE, matched_name=None, candidates=(),
                        note=note,
                    ))
        found.append(incident)
    return found


def _zone_told_elsewhere(incident: Incident, governorate: str) -> bool:
    """Whether a zone's incident may lie in another covered governorate than its conventional ``governorate``: its
    sentences name another ("in the Peace Spring zone in Raqqa province"). The convention is the writers' reading of
    a text that names no other place of the area for the zone's incident itself."""
    from mapapp.extract.toponyms import find_governorates

    return any(
        g.governorate != governorate and g.governorate in GOVERNORATES
        for span in incident.evidence for g in find_governorates(span.text)
    )
