"""The pipeline: a :class:`~mapapp.model.Document` in, geocoded :class:`~mapapp.model.Incident` objects out.

Pure logic: extraction (:mod:`mapapp.extract`) then geocoding of each
incident's toponyms by any object with a ``resolve(toponym) -> Location``
method (:class:`mapapp.geocode.Geocoder`, or an evaluation baseline).
Reading files is :mod:`mapapp.io`'s job, not this module's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Protocol

from mapapp.model import Document, Incident, Location, Precision, Toponym


#: Note of a location resolved from the article's place context (a toponym of role ``context``).
CONTEXT_PLACE_NOTE = "place from the article's context (dateline/headline), not named in the incident's sentence"


class Resolver(Protocol):
    """Anything that turns a toponym (with its context hint) into a :class:`Location`."""

    def resolve(self, toponym: Toponym) -> Location: ...


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
    location = resolver.resolve(primary)
    primary_notes = [location.note] if location.note else []
    if primary.role == "context":
        primary_notes.insert(0, CONTEXT_PLACE_NOTE)
    notes: list[str] = []  # about the references
    fallback_used = False
    for toponym in incident.toponyms:
        if toponym is primary or toponym.role in ("primary", "context"):
            continue
        if toponym.role == "anchor" and (fallback_used or location.precision not in _STANDS_IN_FOR):
            continue
        reference = resolver.resolve(toponym)
        if not fallback_used and _locates_unknown_primary(primary, location, toponym, reference):
            # "in Kaira village, south-west of Qamishli city", "in X neighbourhood in the city of Qamishli": the
            # gazetteer lacks the place but knows the town the text locates it against, in the same governorate.
            assert reference.place is not None
            fallback_used = True
            where = "the text" if toponym.role == "reference" else "another sentence of the text"
            primary_notes = [
                f"approximate: {primary.text!r} is not in the gazetteer; placed at {reference.place.name}, "
                f"which {where} locates it against ({toponym.text!r}): near {reference.place.name}, not its own point"
            ]
            precision = NEAR_TOWN_PRECISION if reference.precision is Precision.PLACE else reference.precision
            location = replace(reference, toponym=location.toponym, candidates=location.candidates, precision=precision)
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
    return replace(incident, location=replace(location, note="; ".join(primary_notes + notes)))


#: A reference toponym locates an unknown primary place only when it follows it this closely (characters).
REFERENCE_FALLBACK_WINDOW = 120
#: Precisions of a primary place that a reference or anchor may stand in for (see _locates_unknown_primary).
_STANDS_IN_FOR = frozenset({Precision.UNRESOLVED, Precision.ADMIN1})
#: Precision of a village the gazetteer lacks, placed at the known town the text ties it to ("X village near Y",
#: "X, west of Y", "X in the Y countryside"). Not PLACE: the point is the town's, not the village's. ADMIN3
#: (sub-district) is the scale such a tie gives: a nahiya of north-east Syria is named after its town and reaches
#: some 10-30 km around it, which is where "near Y" and "the Y countryside" put a village. It is shown as
#: approximate, offered to analysts for placement, and never merged by point alone. ADMIN2 would overstate the
#: spread (a district holds several such towns); ADMIN1 would throw away the town the text names.
NEAR_TOWN_PRECISION = Precision.ADMIN3


def _locates_unknown_primary(primary: Toponym, location: Location, toponym: Toponym, reference: Location) -> bool:
    """True when ``reference`` should stand in for a primary place the resolver does not know.

    The primary must be unresolved, or placed only at a governorate its context names (ADMIN1 below
    a full score: not a governorate the text itself names); the reference must follow it closely in
    the same clause ("Kaira village, south-west of Qamishli city"), or be an ``anchor`` (the town the
    text ties the same name to in another sentence), resolve below governorate level inside coverage
    (a town, or the sub-district/district of "the Y countryside" when polygons are installed), and lie
    in the governorate the primary was placed in, if any. A primary outside coverage is never replaced: it stays off the map.
    """
    if toponym.role == "reference":
        if not 0 <= toponym.span.start - primary.span.end <= REFERENCE_FALLBACK_WINDOW:
            return False
    elif toponym.role != "anchor":
        return False
    if not reference.is_mappable or reference.place is None or reference.precision is Precision.ADMIN1:
        return False
    if location.precision is Precision.UNRESOLVED:
        return True
    if location.precision is not Precision.ADMIN1 or location.place is None or location.score >= 100.0:
        return False
    return location.place.kind == "governorate" and location.place.admin1 == reference.place.admin1


def process_document(document: Document, resolver: Resolver) -> list[Incident]:
    """Extract the incidents a document reports and geocode each."""
    from mapapp.extract import extract_incidents

    return [geocode_incident(incident, resolver) for incident in extract_incidents(document)]


def process_documents(
    documents: Iterable[Document],
    resolver: Resolver,
    progress: Callable[[Document], None] | None = None,
) -> Iterator[Incident]:
    """Process documents one by one, calling ``progress(document)`` after each (for a progress bar)."""
    for document in documents:
        yield from process_document(document, resolver)
        if progress is not None:
            progress(document)
