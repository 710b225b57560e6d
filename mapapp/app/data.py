"""Where the app's incidents come from: the seed article, user documents, and (later) the store.

This is the seam between the UI and everything else. The app calls
:func:`load_incident_set` for its starting incidents and
:func:`process_document` for documents the user ingests; nothing in the pages
knows about the gazetteer, the extractor or storage. When the SQLite store
(:mod:`mapapp.store`) is ready, :func:`load_incident_set` is the one place to
read from it instead of re-extracting the seed.

No Streamlit here: the page modules wrap these functions in ``st.cache_*``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from mapapp.app.map_view import Bounds, governorate_extents_from_points
from mapapp.model import GOVERNORATES, Document, Incident

#: File name of the bundled seed article (a copy of ``seeds/000_b5de4e4ce07119c8.txt``).
SEED_RESOURCE = "seed_article.txt"
SEED_NAME = "000_b5de4e4ce07119c8.txt"
BOUNDARIES_ENV = "MAPAPP_BOUNDARIES"
GAZETTEER_ENV = "MAPAPP_GAZETTEER"
TILES_ENV = "MAPAPP_TILES"
#: A JSON file of incidents (``Incident.to_dict()`` records) to show instead of the seed article.
INCIDENTS_ENV = "MAPAPP_APP_INCIDENTS"


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
    try:
        return [Incident.from_dict(record) for record in records]
    except (KeyError, TypeError, ValueError) as exc:
        raise IncidentFileError(f"{path}: not an incident record: {exc!r}") from None


def seed_text() -> str:
    """The seed article's text, from the package data (works from an installed wheel)."""
    return resources.files("mapapp.data").joinpath(SEED_RESOURCE).read_text(encoding="utf-8")


def seed_document() -> Document:
    """The seed article as a Document, read the way the CLI reads files (same normalisation, same id)."""
    from mapapp.io.ingest import document_from_text

    return document_from_text(seed_text(), name=SEED_NAME)


def load_resolver(gazetteer_path: str | Path | None = None) -> Any:
    """The geocoder the app resolves toponyms with (explicit path, else $MAPAPP_GAZETTEER, else the default)."""
    from mapapp.geocode import Geocoder, load_gazetteer

    return Geocoder(load_gazetteer(gazetteer_path))


def load_gazetteer_extents(gazetteer_path: str | Path | None = None) -> dict[str, Bounds]:
    """Per-governorate bounding boxes of the gazetteer's places (the outline when no boundary file is given)."""
    from mapapp.geocode import load_gazetteer

    gazetteer = load_gazetteer(gazetteer_path)
    return governorate_extents_from_points(
        (place.admin1, place.lat, place.lon) for place in gazetteer if place.admin1 in GOVERNORATES
    )


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


def load_incident_set(resolver: Any) -> list[Incident]:
    """The incidents the app starts with: those in $MAPAPP_APP_INCIDENTS if set, else the seed article's.

    Seam for :mod:`mapapp.store`: once the store exists, read the user's saved
    incidents here (and fall back to the seed when the store is empty).
    """
    incidents_file = os.environ.get(INCIDENTS_ENV, "").strip()
    if incidents_file:
        return read_incident_file(incidents_file)
    return process_document(seed_document(), resolver)


def merge_incidents(current: Iterable[Incident], added: Iterable[Incident]) -> list[Incident]:
    """``current`` plus ``added``; an added incident with an id already present replaces it (an edit)."""
    merged = {incident.id: incident for incident in current}
    for incident in added:
        merged[incident.id] = incident
    return list(merged.values())
