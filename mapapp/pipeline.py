"""The pipeline: a :class:`~mapapp.model.Document` in, geocoded :class:`~mapapp.model.Incident` objects out.

Pure logic, in stages (:func:`process_document`, :func:`geocode_document`):

1. extraction (:func:`mapapp.extract.extract_incidents`);
2. each incident's place, from its toponyms and what its text ties them to
   (:func:`mapapp.geocode.placement.geocode_incident`), with any
   :class:`~mapapp.geocode.resolver.Resolver` (the geocoder, or an evaluation baseline);
3. what the report as a whole says of its places (:mod:`mapapp.geocode.document_placement`): a small place
   matched far abroad set aside as a namesake, of namesakes the one near the report's other places, the one
   governorate of its other places for a place the gazetteer lacks.

A document the pipeline breaks on is reported in one line (:func:`processing_failure`) and skipped by the CLI
and the app. Reading files is :mod:`mapapp.io`'s job, not this module's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from mapapp.geocode.document_placement import (
    choose_namesakes_by_document,
    place_unknown_by_document,
    place_zones_by_convention,
    set_aside_far_namesakes,
)
from mapapp.geocode.placement import geocode_incident
from mapapp.geocode.resolver import Resolver
from mapapp.model import Document, Incident


def processing_failure(document: Document, error: Exception) -> str:
    """The one line that reports a document the pipeline broke on (the CLI and the app skip it and go on)."""
    return f"{document.name}: could not be processed ({type(error).__name__}: {error})"


def process_document(document: Document, resolver: Resolver) -> list[Incident]:
    """Extract the incidents a document reports and geocode each."""
    from mapapp.extract import extract_incidents

    return geocode_document(extract_incidents(document), resolver)


def geocode_document(incidents: Iterable[Incident], resolver: Resolver) -> list[Incident]:
    """Geocode the incidents of one document: each on its own (:func:`~mapapp.geocode.placement.geocode_incident`),
    then what the report as a whole says (:mod:`mapapp.geocode.document_placement`): a small place matched far
    abroad in a report about the covered area is first set aside as a namesake (:func:`set_aside_far_namesakes`);
    of namesakes, the one near its other places (:func:`choose_namesakes_by_document`); the governorate of its
    other places for a place the gazetteer lacks (:func:`place_unknown_by_document`); last, an incident told only in
    the Peace Spring zone at the governorate the conventions give it (:func:`place_zones_by_convention`)."""
    geocoded = [geocode_incident(incident, resolver) for incident in incidents]
    geocoded = set_aside_far_namesakes(geocoded, resolver)
    geocoded = place_unknown_by_document(choose_namesakes_by_document(geocoded), resolver)
    return place_zones_by_convention(geocoded, resolver)


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
