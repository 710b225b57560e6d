"""Streamlit glue: cached loaders and the session's incident set.

The expensive things (gazetteer, boundaries, the seed's extraction) are
cached across reruns and sessions with ``st.cache_resource``; each browser
session keeps its own incident set (seed plus what the user added) in
``st.session_state``. Configuration comes from the environment the
``mapapp app`` command sets: $MAPAPP_GAZETTEER, $MAPAPP_BOUNDARIES, $MAPAPP_TILES.
"""

from __future__ import annotations

import os
from typing import Any

import streamlit as st

from mapapp.app import data
from mapapp.app.map_view import Bounds
from mapapp.model import Document, Incident

INCIDENTS_KEY = "mapapp_incidents"
LOAD_ERROR_KEY = "mapapp_load_error"
SELECTED_KEY = "mapapp_selected_ids"


def gazetteer_path() -> str | None:
    return os.environ.get(data.GAZETTEER_ENV) or None


def default_tiles() -> str:
    return "osm" if os.environ.get(data.TILES_ENV, "").strip().lower() == "osm" else "offline"


@st.cache_resource(show_spinner="Loading the gazetteer…")
def cached_resolver(path: str | None) -> Any:
    return data.load_resolver(path)


@st.cache_resource(show_spinner=False)
def cached_extents(path: str | None) -> dict[str, Bounds]:
    return data.load_gazetteer_extents(path)


@st.cache_resource(show_spinner="Reading governorate boundaries…")
def cached_boundaries(path: str | None) -> Any | None:
    return data.load_boundaries(path)


@st.cache_resource(show_spinner="Extracting the seed article's incidents…")
def cached_seed_incidents(path: str | None) -> list[Incident]:
    return data.load_incident_set(cached_resolver(path))


@st.cache_data(show_spinner=False, max_entries=200)
def cached_process(document_key: str, _document: Document, path: str | None) -> list[Incident]:
    """Incidents of one document; ``document_key`` (text hash + metadata) is the cache key."""
    return data.process_document(_document, cached_resolver(path))


def document_key(document: Document) -> str:
    published = document.published.isoformat() if document.published else ""
    return f"{document.id}|{published}|{document.outlet or ''}|{document.url or ''}"


def process(document: Document) -> list[Incident]:
    return cached_process(document_key(document), document, gazetteer_path())


def incidents() -> list[Incident]:
    """The session's incident set, loaded from :func:`data.load_incident_set` on first use."""
    if INCIDENTS_KEY not in st.session_state:
        try:
            st.session_state[INCIDENTS_KEY] = list(cached_seed_incidents(gazetteer_path()))
            st.session_state[LOAD_ERROR_KEY] = None
        except (ImportError, OSError, ValueError) as exc:  # a missing module or unreadable gazetteer
            st.session_state[INCIDENTS_KEY] = []
            st.session_state[LOAD_ERROR_KEY] = f"Could not load the seed article's incidents: {exc}"
    return st.session_state[INCIDENTS_KEY]


def load_error() -> str | None:
    return st.session_state.get(LOAD_ERROR_KEY)


def add_incidents(added: list[Incident]) -> int:
    """Add (or replace, by id) incidents in the session's set; return how many were new."""
    current = incidents()
    before = {incident.id for incident in current}
    st.session_state[INCIDENTS_KEY] = data.merge_incidents(current, added)
    return sum(1 for incident in added if incident.id not in before)


def boundaries_and_extents() -> tuple[Any | None, dict[str, Bounds] | None, str | None]:
    """(boundaries, extents, error message) for the base map's outline."""
    path = data.boundaries_path_from_env()
    error = None
    if path is not None:
        try:
            return cached_boundaries(str(path)), None, None
        except ValueError as exc:  # BoundaryError
            error = f"Boundary file not used: {exc}"
    try:
        return None, cached_extents(gazetteer_path()), error
    except (ImportError, OSError, ValueError) as exc:
        return None, None, error or f"No governorate outline: {exc}"
