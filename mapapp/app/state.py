"""Streamlit glue: cached loaders, the incident store handle and the incidents it holds.

The expensive things (gazetteer, boundaries, the store's connection pool) are
cached across reruns and sessions with ``st.cache_resource``; so are the
store's incidents, with a short TTL so writes by other processes (``mapapp
ingest``) show up, and that cache is cleared after every write made here. Configuration comes from the environment the
``mapapp app`` command sets: $MAPAPP_DB, $MAPAPP_GAZETTEER, $MAPAPP_BOUNDARIES,
$MAPAPP_TILES, $MAPAPP_APP_INCIDENTS (a read-only incident list instead of the store).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import streamlit as st

from mapapp.app import data
from mapapp.model import Document, Incident

if TYPE_CHECKING:
    from mapapp.store import IncidentStore

LOAD_ERROR_KEY = "mapapp_load_error"
SELECTED_KEY = "mapapp_selected_ids"
ANALYST_KEY = "analyst_name"
DEFAULT_ANALYST = "analyst"
#: Seconds the store's incidents are cached: how soon another process's writes appear.
INCIDENTS_TTL_SECONDS = 30


def gazetteer_path() -> str | None:
    return os.environ.get(data.GAZETTEER_ENV) or None


def default_tiles() -> str:
    """The base layer shown first: "offline", "osm" or a tile URL template ($MAPAPP_TILES)."""
    value = os.environ.get(data.TILES_ENV, "").strip()
    if value.lower() in ("", "offline"):
        return "offline"
    return "osm" if value.lower() == "osm" else value


@st.cache_resource(show_spinner="Loading the gazetteer…")
def cached_resolver(path: str | None) -> Any:
    return data.load_resolver(path)


@st.cache_data(show_spinner=False, max_entries=200)
def cached_process(document_key: str, _document: Document, path: str | None) -> list[Incident]:
    """Incidents of one document; ``document_key`` (text hash + metadata) is the cache key."""
    return data.process_document(_document, cached_resolver(path))


def document_key(document: Document) -> str:
    published = document.published.isoformat() if document.published else ""
    return f"{document.id}|{published}|{document.outlet or ''}|{document.url or ''}"


def process(document: Document) -> list[Incident]:
    return cached_process(document_key(document), document, gazetteer_path())


def store_errors() -> tuple[type[Exception], ...]:
    """The exceptions a store call can raise that the pages show as a message (never a traceback)."""
    import sqlalchemy as sa

    from mapapp.store import EditError, StoreError

    return (StoreError, EditError, sa.exc.SQLAlchemyError, OSError)


def describe_store_error(exc: Exception) -> str:
    """A one-line message for a failed store call."""
    detail = " ".join(str(getattr(exc, "orig", None) or exc).split())
    return f"The incident store could not do that: {detail}"


def read_only() -> bool:
    """True when the app shows a read-only incidents file (``mapapp app --incidents``) instead of the store."""
    return data.incident_file_from_env() is not None


@st.cache_resource(show_spinner="Opening the incident store…")
def cached_store(location: str) -> IncidentStore:
    """One store handle (connection pool) per location, shared by all sessions."""
    return data.open_app_store(location)


@st.cache_resource(show_spinner="First run: adding the bundled seed article to the store…")
def cached_seeding(location: str, gazetteer: str | None) -> str:
    """Seed an empty store once per process; returns what happened (cached, so later reruns skip the check)."""
    result = data.seed_if_empty(cached_store(location), lambda: cached_resolver(gazetteer))
    return "seeded" if result is not None else "not empty"


# cache_resource, not cache_data: cache_data pickles on every hit, which for 2,000 incidents took
# longer (0.15 s) than reading them from SQLite (0.08 s). The tuple is shared, never mutated.
@st.cache_resource(show_spinner=False, ttl=INCIDENTS_TTL_SECONDS)
def cached_store_incidents(location: str) -> tuple[Incident, ...]:
    return tuple(data.load_incident_set(cached_store(location)))


def store() -> IncidentStore | None:
    """The app's store (None in read-only mode, or when it cannot be opened: see :func:`load_error`)."""
    if read_only():
        return None
    try:
        return cached_store(data.store_location())
    except store_errors() as exc:
        st.session_state[LOAD_ERROR_KEY] = describe_store_error(exc)
        return None


def incidents() -> Sequence[Incident]:
    """The incidents to show: the store's current ones (seeded on first use), or the read-only file's.

    From the store it is the cached tuple itself, the same object until the store changes: what
    :func:`per_version` keys on.
    """
    st.session_state[LOAD_ERROR_KEY] = None
    try:
        if read_only():
            return tuple(data.load_incident_set(None))
        location = data.store_location()
        if store() is None:
            return ()
        try:
            cached_seeding(location, gazetteer_path())
        except (ImportError, OSError, ValueError) as exc:  # a missing module or unreadable gazetteer
            st.session_state[LOAD_ERROR_KEY] = f"Could not add the seed article to the empty store: {exc}"
        return cached_store_incidents(location)
    except store_errors() as exc:
        st.session_state[LOAD_ERROR_KEY] = describe_store_error(exc)
        return ()
    except ValueError as exc:  # IncidentFileError
        st.session_state[LOAD_ERROR_KEY] = f"Could not read the incidents file: {exc}"
        return ()


#: Session keys under which :func:`per_version` keeps what it built.
DERIVED_PREFIX = "mapapp_derived_"
T = TypeVar("T")


def per_version(name: str, incident_set: Sequence[Incident], build: Callable[[], T]) -> T:
    """``build()``, made once per incident set in this session: again only when :func:`incidents` returns
    another object (a write here, the TTL, another incidents file read).

    For what is derived from every incident and slow to make at 10,000 of them (the table's rows): a rerun
    for a filter change selects from it instead of formatting every incident again.
    """
    key = DERIVED_PREFIX + name
    memo = st.session_state.get(key)
    if memo is not None and memo[0] is incident_set:
        return memo[1]  # type: ignore[no-any-return]
    value = build()
    st.session_state[key] = (incident_set, value)
    return value


def per_view(name: str, incident_set: Sequence[Incident], view: Hashable, build: Callable[[], T]) -> T:
    """``build()``, made again only when the incident set (as :func:`per_version`) or ``view`` (the filters,
    anything else it depends on) changed since the last run of this session.

    For what the map page derives from the filtered incidents (the map's layers, the table's rows, the
    figures): a rerun that changes none of them (a review panel choice, a selected table row) builds nothing.
    Only the last view is kept.
    """
    key = DERIVED_PREFIX + "view_" + name
    memo = st.session_state.get(key)
    if memo is not None and memo[0] is incident_set and memo[1] == view:
        return memo[2]  # type: ignore[no-any-return]
    value = build()
    st.session_state[key] = (incident_set, view, value)
    return value


def load_error() -> str | None:
    return st.session_state.get(LOAD_ERROR_KEY)


def reload_gazetteer() -> None:
    """Forget everything built from the gazetteer (the resolver, extracted documents, town labels).

    Call after new gazetteer files were saved: the next extraction loads and uses them.
    """
    cached_resolver.clear()
    cached_process.clear()
    cached_towns.clear()
    st.session_state[GAZETTEER_CHANGED_KEY] = True


#: Session flag: the gazetteer was reloaded in this session (a download, an analyst's placement), so stored
#: reports placed with an unrecorded gazetteer are offered for re-geocoding too (gazetteer_notice).
GAZETTEER_CHANGED_KEY = "mapapp_gazetteer_changed"


def gazetteer_fingerprint() -> str | None:
    """The fingerprint of the geocoder extraction uses now (None when it cannot be loaded), kept with stored reports."""
    from mapapp.geocode.fingerprint import geocoder_fingerprint

    try:
        return geocoder_fingerprint(cached_resolver(gazetteer_path()))
    except (ImportError, OSError, ValueError):
        return None


def invalidate_incidents() -> None:
    """Forget what was read from the store (incidents, counts, stale reports): call after every write to the store.

    What is cached between two writes is one *version* of the store: its incidents, its counts and the number
    of reports placed with another gazetteer are read once per version (and again after the TTL, which is how
    another process's writes show up), never on every rerun.
    """
    cached_store_incidents.clear()
    cached_store_counts.clear()
    cached_stale_reports.clear()
    cached_review_queue.clear()


#: Pairs the review queue lists at most.
REVIEW_QUEUE_LIMIT = 50


@st.cache_resource(show_spinner="Looking for possible duplicates across the store…", ttl=INCIDENTS_TTL_SECONDS)
def cached_review_queue(location: str) -> list[Any]:
    """:meth:`~mapapp.store.IncidentStore.review_queue` once per store version (it reads every undated report)."""
    return cached_store(location).review_queue(limit=REVIEW_QUEUE_LIMIT)


def review_queue() -> list[Any]:
    """The store's possible duplicates, likeliest first (empty without a store)."""
    if store() is None:
        return []
    return cached_review_queue(data.store_location())


@st.cache_resource(show_spinner=False, ttl=INCIDENTS_TTL_SECONDS)
def cached_store_counts(location: str) -> Any:
    """The store's :class:`~mapapp.store.StoreCounts`, once per store version (see :func:`invalidate_incidents`)."""
    return cached_store(location).counts()


@st.cache_resource(show_spinner=False, ttl=INCIDENTS_TTL_SECONDS)
def cached_stale_reports(location: str, fingerprint: str, include_unknown: bool) -> int:
    """:meth:`~mapapp.store.IncidentStore.stale_reports` once per store version and gazetteer fingerprint."""
    return cached_store(location).stale_reports(fingerprint, include_unknown=include_unknown)


def stale_reports(fingerprint: str, include_unknown: bool) -> int:
    """How many stored reports the loaded gazetteer would place again (0 without a store)."""
    if store() is None:
        return 0
    return cached_stale_reports(data.store_location(), fingerprint, include_unknown)


def analyst() -> str:
    """The author of corrections: the sidebar's analyst name, or the default when left blank."""
    name = str(st.session_state.get(ANALYST_KEY) or "").strip()
    return name or DEFAULT_ANALYST


def store_summary() -> str | None:
    """``store: /path — 3 documents, 12 incidents (1 dismissed)``, or None without a store."""
    handle = store()
    if handle is None:
        return None
    try:
        counts = cached_store_counts(data.store_location())
    except store_errors() as exc:
        return describe_store_error(exc)
    return (
        f"Store: {handle.description} — {counts.documents} document(s), {counts.incidents} incident(s)"
        f" ({counts.dismissed} dismissed), {counts.edits} correction(s)"
    )


@st.cache_resource(show_spinner=False)
def cached_outlines() -> dict[str, Any]:
    return data.load_shipped_outlines()


@st.cache_resource(show_spinner=False)
def cached_towns(path: str | None) -> list[tuple[str, float, float]]:
    return data.load_town_labels(path)


def outlines_and_towns() -> tuple[dict[str, Any] | None, list[tuple[str, float, float]], str | None]:
    """(governorate outlines, town labels, error message) for the base map."""
    error = None
    try:
        outlines: dict[str, Any] | None = cached_outlines()
    except (OSError, ValueError) as exc:
        outlines, error = None, f"No governorate outlines: {exc}"
    try:
        towns = cached_towns(gazetteer_path())
    except (ImportError, OSError, ValueError) as exc:
        towns, error = [], error or f"No town names: {exc}"
    return outlines, towns, error
