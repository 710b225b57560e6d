"""Where the app's incidents come from: the incident store, the seed article, user documents.

This is the seam between the UI and everything else. The app opens the
persistent store (:func:`open_app_store`: ``$MAPAPP_DB``, else the SQLite file
in the user data folder), fills an empty one with the bundled seed article
(:func:`seed_if_empty`) so the first view is never empty, reads its current
incidents (:func:`load_incident_set`) and saves reviewed documents with the
analyst's changes as corrections (:func:`save_reviewed`). With
``$MAPAPP_APP_INCIDENTS`` set the app shows that file's incidents, read-only.
Nothing in the pages knows about the gazetteer, the extractor or SQL.

No Streamlit here: the page modules wrap these functions in ``st.cache_*``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mapapp.app.corrections import Correction, corrections_to_store, pair_reports
from mapapp.model import GOVERNORATES, Document, Incident

if TYPE_CHECKING:
    from mapapp.store import IncidentStore, IngestResult

#: File name of the bundled seed article (a copy of ``seeds/000_b5de4e4ce07119c8.txt``).
SEED_RESOURCE = "seed_article.txt"
SEED_NAME = "000_b5de4e4ce07119c8.txt"
BOUNDARIES_ENV = "MAPAPP_BOUNDARIES"
GAZETTEER_ENV = "MAPAPP_GAZETTEER"
TILES_ENV = "MAPAPP_TILES"
#: A JSON file of incidents (``Incident.to_dict()`` records) to show, read-only, instead of the store.
INCIDENTS_ENV = "MAPAPP_APP_INCIDENTS"
#: The incident store (file path or postgresql:// URL); read by :func:`mapapp.store.open_store` too.
STORE_ENV = "MAPAPP_DB"


class IncidentFileError(ValueError):
    """The incidents file given to the app is missing or not a list of incident records."""


def read_incident_file(path: str | Path) -> list[Incident]:
    """Incidents from JSON: a list of ``Incident.to_dict()`` records, or an object with an ``incidents`` list."""
    import json

    path = Path(path)
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IncidentFileError(f"incidents file not found: {path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IncidentFileError(f"cannot read incidents from {path}: {exc}") from None
    records = payload.get("incidents") if isinstance(payload, dict) else payload
    if not isinstance(records, list):
        raise IncidentFileError(f"{path}: expected a JSON list of incidents (or an object with an 'incidents' list)")
    incidents: list[Incident] = []
    for number, record in enumerate(records):
        if not isinstance(record, dict):
            raise IncidentFileError(f"{path}: incident {number} is not an incident record (a JSON {type(record).__name__}, not an object)")
        try:
            incidents.append(Incident.from_dict(record))
        except KeyError as exc:
            raise IncidentFileError(f"{path}: incident {number} is not an incident record: it lacks {exc.args[0]!r}") from None
        except (AttributeError, TypeError, ValueError) as exc:  # a nested field of the wrong JSON type or value
            raise IncidentFileError(f"{path}: incident {number} is not an incident record: {exc}") from None
    return incidents


def seed_text() -> str:
    """The seed article's text, from the package data (works from an installed wheel)."""
    return resources.files("mapapp.data").joinpath(SEED_RESOURCE).read_text(encoding="utf-8")


def seed_document() -> Document:
    """The seed article as a Document, read the way the CLI reads files (same normalisation, same id)."""
    from mapapp.io.reading import document_from_text

    return document_from_text(seed_text(), name=SEED_NAME)


def load_resolver(gazetteer_path: str | Path | None = None) -> Any:
    """The geocoder the app resolves toponyms with (explicit path, else $MAPAPP_GAZETTEER, else the default).

    When $MAPAPP_BOUNDARIES names a boundary file (``mapapp app`` sets it to the file it found), points are
    checked against it, as ``mapapp ingest`` does.
    """
    from mapapp.cli.common import user_places_of
    from mapapp.geocode import Geocoder, load_gazetteer

    return Geocoder(
        load_gazetteer(gazetteer_path),
        boundaries=load_boundaries(boundaries_path_from_env()),
        user_places=user_places_of(store_location()),  # analysts' placements come first
    )


#: The simplified OCHA governorate outlines shipped in mapapp/data (see geodata/README.md).
OUTLINES_RESOURCE = "governorate_outlines.geojson"
#: How many towns are labelled on the map (the most populous of the three governorates), and the least population.
TOWN_LABELS = 12
TOWN_MIN_POPULATION = 20_000


def load_shipped_outlines() -> dict[str, Any]:
    """The 14 governorates, simplified from OCHA's adm1 polygons (CC BY-IGO), as a GeoJSON FeatureCollection."""
    import json

    text = resources.files("mapapp.data").joinpath(OUTLINES_RESOURCE).read_text(encoding="utf-8")
    collection: dict[str, Any] = json.loads(text)
    return collection


def load_town_labels(gazetteer_path: str | Path | None = None, count: int = TOWN_LABELS) -> list[tuple[str, float, float]]:
    """(name, lat, lon) of the most populous places of the three governorates in the gazetteer."""
    from mapapp.geocode import load_gazetteer

    towns = [
        place
        for place in load_gazetteer(gazetteer_path)
        if place.admin1 in GOVERNORATES
        and place.kind == "populated_place"
        and (place.population or 0) >= TOWN_MIN_POPULATION
    ]
    towns.sort(key=lambda place: (-(place.population or 0), place.id))
    return [(place.name, place.lat, place.lon) for place in towns[:count]]


def boundaries_path_from_env() -> Path | None:
    value = os.environ.get(BOUNDARIES_ENV, "").strip()
    return Path(value) if value else None


def load_boundaries(path: str | Path | None) -> Any | None:
    """GovernorateBoundaries from an OCHA adm1 file, or None when no path is given (BoundaryError if unreadable)."""
    if path is None:
        return None
    from mapapp.geocode.boundaries import load_governorate_boundaries

    return load_governorate_boundaries(path)


def process_document(document: Document, resolver: Any) -> list[Incident]:
    """Extract and geocode one document's incidents, stamping the document's provenance on each."""
    from dataclasses import replace

    from mapapp.pipeline import process_document as run_pipeline

    incidents = run_pipeline(document, resolver)
    return [
        replace(
            incident,
            document_id=incident.document_id or document.id,
            outlet=incident.outlet or document.outlet,
            url=incident.url or document.url,
            published=incident.published or document.published,
        )
        for incident in incidents
    ]


def incident_file_from_env() -> Path | None:
    """The read-only incidents file the app was started with (``mapapp app --incidents``), if any."""
    value = os.environ.get(INCIDENTS_ENV, "").strip()
    return Path(value) if value else None


def store_location() -> str:
    """Where the app's store is: ``$MAPAPP_DB``, else the SQLite file in the user data folder."""
    from mapapp.store import default_store_location

    return default_store_location()


def open_app_store(location: str | None = None) -> IncidentStore:
    """Open (creating and migrating) the store; every failure is a :class:`StoreError` with a clear message."""
    from mapapp.store import open_store

    return open_store(location or store_location())


def seed_if_empty(store: IncidentStore, resolver: Callable[[], Any]) -> IngestResult | None:
    """Ingest the bundled seed article when the store holds no document yet; None when it already had some.

    ``resolver`` is called only when seeding is needed (loading a gazetteer is slow).
    Two processes seeding at once is harmless: re-ingesting a document changes nothing.
    """
    if store.counts().documents:
        return None
    from mapapp.geocode.fingerprint import geocoder_fingerprint

    document = seed_document()
    geocoder = resolver()
    return store.ingest(document, process_document(document, geocoder), gazetteer=geocoder_fingerprint(geocoder))


def load_incident_set(store: IncidentStore | None) -> list[Incident]:
    """The incidents the app shows: the read-only file's when ``$MAPAPP_APP_INCIDENTS`` is set, else the store's.

    From the store: current values (merged reports, corrections applied), dismissed ones left out.
    """
    incidents_file = incident_file_from_env()
    if incidents_file is not None:
        return read_incident_file(incidents_file)
    if store is None:
        return []
    return store.incidents()


@dataclass(frozen=True)
class SaveOutcome:
    """What saving one reviewed document did: the store's ingest result and the corrections recorded."""

    result: IngestResult
    corrections: tuple[tuple[str, str, Any], ...]  # (incident id, field, value)

    def summary(self, document_name: str) -> str:
        """One sentence for the analyst, e.g. ``Saved x.txt (new document): 2 new incident(s), ...``."""
        result = self.result
        stored = "new document" if result.document_new else "already stored"
        parts = [f"{result.incidents_new} new incident(s)", f"{result.incidents_merged} merged into existing ones"]
        if result.reports_updated:
            parts.append(f"{result.reports_updated} updated")
        if result.reports_unchanged:
            parts.append(f"{result.reports_unchanged} unchanged")
        parts.append(f"{len(self.corrections)} correction(s) recorded")
        return f"Saved {document_name} ({stored}): " + ", ".join(parts) + "."


def save_reviewed(
    store: IncidentStore,
    document: Document,
    extracted: Sequence[Incident],
    edited: Sequence[Incident],
    author: str,
    gazetteer: str | None = None,
) -> SaveOutcome:
    """Store ``document`` with its incidents as extracted, then the analyst's changes as corrections.

    ``edited`` is ``extracted`` after the analyst's review (same order, same ids).
    Reports are stored as extracted so a later re-extraction updates them while
    the corrections, kept apart, still apply. ``gazetteer`` is the fingerprint of the geocoder that placed
    them (see :meth:`~mapapp.store.IncidentStore.ingest`).
    """
    if [i.id for i in extracted] != [i.id for i in edited]:
        raise ValueError("the reviewed incidents do not match the extracted ones")
    result = store.ingest(document, extracted, gazetteer=gazetteer)
    recorded: list[tuple[str, str, Any]] = []
    for (original, incident_id), changed in zip(pair_reports(extracted, result.incident_ids), edited, strict=True):
        corrections: list[Correction] = corrections_to_store(original, changed, store.incident(incident_id))
        for field_name, value in corrections:
            store.correct(incident_id, field_name, value, author=author, note=f"reviewed before saving {document.name}")
            recorded.append((incident_id, field_name, value))
    return SaveOutcome(result=result, corrections=tuple(recorded))
