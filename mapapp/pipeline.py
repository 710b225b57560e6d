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
    (``between Albu Kamal and Hmeimim``) are resolved too:
    when one of them lies outside coverage the location's note says so, so the
    incident is shown as approximate and never moved outside coverage.
    """
    primary = incident.primary_toponym
    if primary is None:
        location = Location(toponym="", place=None, precision=Precision.UNRESOLVED, note="no place named")
        return replace(incident, location=location)
    location = resolver.resolve(primary)
    notes = [location.note] if location.note else []
    if primary.role == "context":
        notes.insert(0, CONTEXT_PLACE_NOTE)
    for toponym in incident.toponyms:
        if toponym is primary or toponym.role in ("primary", "context"):
            continue
        reference = resolver.resolve(toponym)
        if reference.precision is Precision.OUTSIDE_COVERAGE:
            where = reference.place.admin1 if reference.place and reference.place.admin1 else "outside coverage"
            notes.append(
                f"approximate: located relative to {toponym.text!r} ({where}), "
                "which lies outside the covered governorates and is not mapped"
            )
        elif reference.is_mappable and reference.place is not None:
            notes.append(f"located relative to {toponym.text!r} ({reference.place.name})")
    return replace(incident, location=replace(location, note="; ".join(notes)))


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
