"""The persistent incident store: documents, reports, merged incidents and hand corrections.

One :class:`IncidentStore` API over SQLite and PostgreSQL + PostGIS (see
:mod:`mapapp.store.backends`). Every write is one serialized transaction, so a
failure midway leaves the store as it was and concurrent writers lose nothing.

Ids:

* a **report** is one extracted incident of one document; its id is the
  extracted ``Incident.id`` (stable per document + evidence + event type);
* which reports form one incident depends only on the set of reports, never on
  the order they were ingested in (or on two ingesters writing at once): each
  ingest re-groups the neighbourhood of its new reports with
  :func:`~mapapp.store.merge.cluster_reports`. A merged **incident**'s id is the
  id of its founding report, its first in canonical order (by date, document,
  id): a report that comes later but sorts first renames the incident, and the
  incident's edits move with it. Unmerging keeps the incident's id (and its
  edits) with the remaining reports, and the report split out founds a new
  incident named after itself (with a ``-split`` suffix if that name is already
  taken); the split is kept by later re-groupings. An incident a re-grouping
  splits (the merge rule changed, or a report was placed again) keeps its
  edits where its id goes, and its corrections are copied, with a note, to the
  other incidents its reports went to. Re-ingesting or
  re-extracting a document finds its reports by id (or, for a re-extraction that
  changed an id, by overlapping evidence of the same event type), so they stay
  in their incidents and the incidents' edits keep applying.

Edits are keyed by incident id and applied in order over the merged value
(:mod:`mapapp.store.edits`); the same-event rule looks at the reports as
extracted, not at corrected values (:mod:`mapapp.store.merge`).

Each report keeps the fingerprint of the gazetteer its place was resolved with
(:mod:`mapapp.geocode.fingerprint`); after a gazetteer download or an analyst's
placement, :meth:`IncidentStore.regeocode` (``mapapp regeocode``) places the
reports of another gazetteer again and re-groups them, analysts' decisions kept.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select

try:
    from orjson import loads as _orjson_loads
except ImportError:  # pragma: no cover - orjson is a dependency; the json module does the same, slower
    _orjson_loads = None

from mapapp.model import PUBLISHED_GIVEN, Document, Incident, Span
from mapapp.store.backends import Backend, StoreError
from mapapp.store.edits import (
    GROUPING_FIELDS,
    JOIN_FIELD,
    KEEP_APART_FIELD,
    UNMERGE_FIELD,
    EditError,
    apply_edits,
    encode_edit,
)
from mapapp.store.merge import (
    Cluster,
    MergedIncident,
    MergeRule,
    ReportKey,
    canonical_rank,
    cluster_reports,
    compatible_types,
    corroborated_reason,
    effective_dates,
    match_reason,
    merge_reports,
    search_box,
    suggestion_priority,
    suggestion_reason,
)
from mapapp.store.review_queue import top_suggestions
from mapapp.store.schema import (
    LATEST_VERSION,
    current_version,
    documents,
    edits,
    incidents,
    migrate,
    reports,
    utcnow,
)
from mapapp.store.spatial import BBox
from mapapp.store.user_places import (
    UserPlace,
    add_user_place,
    list_user_places,
    remove_user_place,
)


def _utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes: they were written in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def _loads(text: str) -> Any:
    """Parse stored JSON: orjson when installed (twice as fast on the large place records an export reads, the
    bulk of its time), the json module for what orjson refuses (NaN) or reads differently: orjson turns an integer
    beyond 64 bits into a float, so a float where the model keeps an integer (a casualty bound, a date part, an
    offset: only an absurd value stored before figures were bounded) sends the text to the json module."""
    if _orjson_loads is not None:
        try:
            data = _orjson_loads(text)
        except ValueError:  # orjson.JSONDecodeError is a ValueError
            data = None
        if isinstance(data, dict) and not _float_for_int(data):
            return data
    return json.loads(text)


def _float_for_int(data: dict[str, Any]) -> bool:
    """True when a field the model keeps as an integer holds a float (see _loads)."""
    for name, parts in (("killed", ("low", "high")), ("injured", ("low", "high")),
                        ("date", ("year", "month", "day", "days_after"))):
        value = data.get(name)
        if isinstance(value, dict) and any(isinstance(value.get(part), float) for part in parts):
            return True
    return any(isinstance(span.get(key), float) for span in data.get("evidence") or () for key in ("start", "end"))


def _dumps(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


# Statements of the ingest path, built once: building SQLAlchemy expressions per call
# cost more than running them (see bench/bench_store.py).
_bp = sa.bindparam
#: Prefix of the provisional incident id of a report written before _recluster places it (never left stored).
_PENDING = "pending:"
_DOCUMENT_EXISTS = sa.select(documents.c.id).where(documents.c.id == _bp("p_id"))
_FILL_PUBLISHED_SOURCE = documents.update().where(
    documents.c.id == _bp("p_id"), documents.c.published_source.is_(None)
)
_REPORTS_BY_ID = sa.select(
    reports.c.id, reports.c.document_id, reports.c.incident_id, reports.c.incident_json
).where(reports.c.id.in_(_bp("p_ids", expanding=True)))
_REPORTS_OF_DOCUMENT = sa.select(
    reports.c.id, reports.c.incident_id, reports.c.event_type, reports.c.evidence_start, reports.c.evidence_end
).where(reports.c.document_id == _bp("p_document_id"))
_UPDATE_REPORT = reports.update().where(reports.c.id == _bp("p_id"))
_INCIDENT_SEQ = sa.select(incidents.c.seq).where(incidents.c.id == _bp("p_id"))
_KEY_COLUMNS = (
    reports.c.id, reports.c.incident_id, reports.c.document_id, reports.c.event_type, reports.c.place_id,
    reports.c.precision, reports.c.lat, reports.c.lon, reports.c.toponym, reports.c.event_date, reports.c.month,
    reports.c.day, reports.c.report_date, reports.c.admin1, reports.c.actor, reports.c.killed_low, reports.c.killed_high,
    reports.c.approximate,
)
_REPORTS_OF_INCIDENT = sa.select(*_KEY_COLUMNS, reports.c.incident_json, reports.c.merge_reason).where(
    reports.c.incident_id == _bp("p_incident_id")
)
_KEYS_OF_INCIDENTS = sa.select(*_KEY_COLUMNS, reports.c.merge_reason).where(
    reports.c.incident_id.in_(_bp("p_incident_ids", expanding=True))
)
_KEYS_BY_ID = sa.select(*_KEY_COLUMNS, reports.c.merge_reason).where(reports.c.id.in_(_bp("p_ids", expanding=True)))
_KEY_FIELDS = (
    "event_type", "event_date", "month", "day", "place_id", "precision", "lat", "lon", "toponym", "report_date",
    "admin1", "actor", "killed_low", "killed_high", "approximate",
)
_GROUPING_EDITS = sa.select(edits.c.id, edits.c.field, edits.c.incident_id, edits.c.value_json).where(
    edits.c.field.in_(tuple(sorted(GROUPING_FIELDS)))
).order_by(edits.c.id)
_ANY_EDIT = sa.select(edits.c.id).limit(1)
_CORRECTIONS_OF_INCIDENTS = (
    sa.select(edits.c.incident_id, edits.c.field, edits.c.value_json, edits.c.author, edits.c.note, edits.c.created_at)
    .where(
        edits.c.incident_id.in_(_bp("p_incident_ids", expanding=True)), edits.c.field.not_in(sorted(GROUPING_FIELDS))
    )
    .order_by(edits.c.id)
)
#: The note of a correction copied to a piece of an incident a re-grouping split (followed by the incident's id).
COPIED_NOTE = "copied when re-grouping split incident"
#: Reports a suggestion may pair with one of an incident's reports (suggestion_reason is checked in Python).
_SUGGESTION_CANDIDATES = sa.select(*_KEY_COLUMNS).where(
    reports.c.event_type.in_(_bp("p_event_types", expanding=True)),
    reports.c.document_id != _bp("p_document_id"),
    reports.c.incident_id != _bp("p_incident_id"),
    reports.c.actor.is_not(None),
    sa.or_(reports.c.place_id == _bp("p_place_id"), reports.c.admin1 == _bp("p_admin1")),
)
#: Reports a suggestion may link (suggested_pairs pairs them in Python): an actor named and a place.
_SUGGESTABLE_REPORTS = sa.select(*_KEY_COLUMNS).where(
    reports.c.actor.is_not(None), reports.c.place_id.is_not(None)
).order_by(reports.c.seq)
_REPORT_IDS_OF_INCIDENT = (
    sa.select(reports.c.id).where(reports.c.incident_id == _bp("p_incident_id")).order_by(reports.c.seq)
)
_MOVE_EDITS = edits.update().where(edits.c.incident_id == _bp("p_old_id"))
_SET_REPORT_INCIDENT = reports.update().where(reports.c.id == _bp("p_id"))
_STORED_INCIDENT = sa.select(
    incidents.c.seq, incidents.c.current_json, incidents.c.summary_json, incidents.c.dismissed, incidents.c.lat,
    incidents.c.lon,
).where(incidents.c.id == _bp("p_id"))
_EDITS_OF_INCIDENT = (
    sa.select(edits.c.field, edits.c.value_json).where(edits.c.incident_id == _bp("p_incident_id")).order_by(edits.c.id)
)
_UPDATE_INCIDENT = incidents.update().where(incidents.c.seq == _bp("p_seq"))
#: The batched forms of _REPORTS_OF_INCIDENT, _STORED_INCIDENT and _EDITS_OF_INCIDENT: one query each for all the
#: incidents a re-grouping refreshes (the per-statement overhead was most of an ingest's time).
_REPORTS_OF_INCIDENTS = sa.select(*_KEY_COLUMNS, reports.c.incident_json, reports.c.merge_reason).where(
    reports.c.incident_id.in_(_bp("p_incident_ids", expanding=True))
)
_STORED_INCIDENTS = sa.select(
    incidents.c.id, incidents.c.seq, incidents.c.current_json, incidents.c.summary_json, incidents.c.dismissed,
    incidents.c.lat, incidents.c.lon,
).where(incidents.c.id.in_(_bp("p_ids", expanding=True)))
_EDITS_OF_INCIDENTS = (
    sa.select(edits.c.incident_id, edits.c.field, edits.c.value_json)
    .where(edits.c.incident_id.in_(_bp("p_incident_ids", expanding=True)))
    .order_by(edits.c.id)
)
_EXISTING_INCIDENTS = sa.select(incidents.c.id).where(incidents.c.id.in_(_bp("p_ids", expanding=True)))
_DELETE_INCIDENT = incidents.delete().where(incidents.c.seq == _bp("p_seq"))
def _candidates_of(types: Sequence[str]) -> Select[Any]:
    """Reports of other documents of one of ``types`` at the place or within the search box (see _candidate_queries)."""
    return sa.select(reports.c.seq, *_KEY_COLUMNS).where(
        _of_types(types),
        reports.c.document_id != _bp("p_document_id"),
        sa.or_(
            reports.c.place_id == _bp("p_place_id"),
            sa.and_(
                reports.c.lat.between(_bp("p_min_lat"), _bp("p_max_lat")),
                reports.c.lon.between(_bp("p_min_lon"), _bp("p_max_lon")),
            ),
        ),
    )


def _of_types(types: Sequence[str]) -> sa.ColumnElement[bool]:
    """``event_type IN (...)`` with one fixed parameter per type: an expanding parameter is rendered into the SQL
    again at every execution, which cost more than running the query (see bench/bench_store.py)."""
    return reports.c.event_type.in_([sa.literal(kind, sa.String) for kind in types])


@dataclass(frozen=True)
class _CandidateQueries:
    """The candidate queries of one set of compatible event types."""

    #: Dated candidates: the days _date_reason can match, by whether the stored date is a report date (the range
    #: over both first, for the (event_type, event_date) index; then each kind of date in its own range, checked by
    #: the database rather than in Python: most rows of the wider window fail it, and fetching them cost more).
    dated: Select[Any]
    undated: Select[Any]
    #: Reports the corroborated rule may link (same actor and toll, then place containment checked in Python).
    corroborated: Select[Any]


_CANDIDATE_QUERIES: dict[str, _CandidateQueries] = {}


def _candidate_queries(event_type: str) -> _CandidateQueries:
    """The candidate queries for reports of ``event_type`` (built once per type: a statement object is compiled once)."""
    found = _CANDIDATE_QUERIES.get(event_type)
    if found is None:
        types = sorted(compatible_types(event_type))
        base = _candidates_of(types)
        found = _CANDIDATE_QUERIES[event_type] = _CandidateQueries(
            dated=base.where(
                reports.c.event_date.between(_bp("p_first_day"), _bp("p_last_day")),
                sa.or_(
                    sa.and_(reports.c.report_date.is_(True),
                            reports.c.event_date.between(_bp("p_report_first"), _bp("p_report_last"))),
                    sa.and_(reports.c.report_date.is_not(True),
                            reports.c.event_date.between(_bp("p_told_first"), _bp("p_told_last"))),
                ),
            ),
            undated=base.where(
                reports.c.event_date.is_(None), reports.c.month == _bp("p_month"), reports.c.day == _bp("p_day")
            ),
            corroborated=sa.select(reports.c.seq, *_KEY_COLUMNS).where(
                _of_types(types),
                reports.c.document_id != _bp("p_document_id"),
                reports.c.actor == _bp("p_actor"),
                reports.c.killed_low == _bp("p_killed_low"),
                sa.or_(reports.c.place_id == _bp("p_place_id"), reports.c.admin1 == _bp("p_admin1")),
            ),
        )
    return found


#: What a report's place contributes to its key (ReportKey fields, stored in the reports columns of the same names).
_PLACE_KEY_FIELDS = ("place_id", "precision", "lat", "lon", "toponym", "admin1", "approximate")
#: Reports placed with another gazetteer than ``p_gazetteer``, or with one nobody recorded.
_STALE = sa.or_(reports.c.gazetteer.is_(None), reports.c.gazetteer != _bp("p_gazetteer"))
_REGEOCODE_ROWS = sa.select(
    reports.c.id, reports.c.document_id, reports.c.incident_json, reports.c.gazetteer, reports.c.event_date,
    *(reports.c[name] for name in _PLACE_KEY_FIELDS),
).where(reports.c.document_id.in_(_bp("p_document_ids", expanding=True))).order_by(reports.c.document_id, reports.c.seq)
#: Documents re-geocoded per read of their reports.
_REGEOCODE_BATCH = 50
_PLACES_STAGE = "places"
_GROUPING_STAGE = "grouping"


def _located(place: dict[str, Any]) -> bool:
    """As ReportKey.located, on the place fields of a stored report."""
    return place["lat"] is not None and place["lon"] is not None and place["place_id"] is not None


def _row_key(row: Any) -> ReportKey:
    return ReportKey(
        report_id=row.id, document_id=row.document_id, event_type=row.event_type, place_id=row.place_id,
        precision=row.precision, lat=row.lat, lon=row.lon, toponym=row.toponym, date_value=row.event_date,
        month=row.month, day=row.day, report_date=bool(row.report_date), admin1=row.admin1, actor=row.actor,
        killed_low=row.killed_low, killed_high=row.killed_high, approximate=bool(row.approximate),
    )


def _superseded(stale: list[Any], item: _Prepared) -> Any | None:
    """The stale report of the same document that ``item`` re-reads: same event type, overlapping evidence."""
    evidence = item.incident.evidence
    if not evidence:
        return None
    start, end = evidence[0].start, evidence[-1].end
    for row in stale:
        if row.event_type != item.key.event_type or row.evidence_start is None or row.evidence_end is None:
            continue
        if row.evidence_start < end and start < row.evidence_end:
            return row
    return None


@dataclass(frozen=True)
class IngestResult:
    """What one ingest did."""

    document_id: str
    document_new: bool
    reports_new: int = 0
    reports_updated: int = 0
    reports_unchanged: int = 0
    incidents_new: int = 0
    incidents_merged: int = 0  # new reports that joined an existing incident
    incident_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegeocodeResult:
    """What one :meth:`IncidentStore.regeocode` did."""

    documents: int  # documents whose reports were re-resolved
    reports: int  # reports re-resolved
    newly_mappable: int  # not on the map before (unresolved, outside coverage), placed now
    re_placed: int  # placed before, at another place or precision now
    no_longer_mappable: int  # placed before, not now (a smaller gazetteer)
    unchanged: int  # the same place as before (or still not on the map)
    regrouped: int  # reports now in another incident (merged, split, or the incident renamed)
    incidents_before: int
    incidents_after: int
    placements_kept: int  # incidents among those re-resolved whose place an analyst set: that place stands

    def summary(self) -> str:
        """One line for the analyst."""
        if not self.reports:
            return "every stored report was placed with this gazetteer: nothing to do"
        lost = f", {self.no_longer_mappable} no longer mappable" if self.no_longer_mappable else ""
        kept = f"; {self.placements_kept} analyst placement(s) kept" if self.placements_kept else ""
        return (
            f"{self.reports} report(s) of {self.documents} document(s) re-geocoded: {self.newly_mappable} newly "
            f"mappable, {self.re_placed} re-placed{lost}, {self.unchanged} unchanged; incidents "
            f"{self.incidents_before} -> {self.incidents_after} ({self.regrouped} report(s) regrouped){kept}"
        )


@dataclass(frozen=True)
class StoreCounts:
    documents: int
    reports: int
    incidents: int
    dismissed: int
    edits: int


@dataclass(frozen=True)
class ReportRecord:
    """One stored report: which document and evidence it came from, and why it joined its incident."""

    id: str
    incident_id: str
    document_id: str
    evidence: Span | None
    merge_reason: str | None
    incident: Incident  # as extracted
    created_at: datetime


@dataclass(frozen=True)
class EditRecord:
    """One row of an incident's history: a correction (or an unmerge), who made it and when."""

    id: int
    incident_id: str
    field: str
    value: Any
    author: str
    note: str | None
    created_at: datetime


@dataclass(frozen=True)
class IncidentRecord:
    """An incident's current value with its provenance, merge reasons and casualty disagreement."""

    incident: Incident
    dismissed: bool
    reports: list[ReportRecord]
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def killed_disagreement(self) -> bool:
        return bool(self.summary.get("killed_disagreement"))

    @property
    def injured_disagreement(self) -> bool:
        return bool(self.summary.get("injured_disagreement"))

    @property
    def killed_reported(self) -> list[dict[str, Any]]:
        return list(self.summary.get("killed", {}).get("reported", []))

    @property
    def merge_reasons(self) -> list[str]:
        return list(self.summary.get("reasons", []))

    @property
    def document_ids(self) -> list[str]:
        return list(self.summary.get("document_ids", []))


@dataclass(frozen=True)
class _Prepared:
    incident: Incident
    key: ReportKey
    json: str


def check_bbox(bbox: Sequence[float]) -> BBox:
    """Validate a (min_lon, min_lat, max_lon, max_lat) box."""
    if len(bbox) != 4:
        raise ValueError(f"a bbox is min_lon,min_lat,max_lon,max_lat; got {len(bbox)} numbers")
    min_lon, min_lat, max_lon, max_lat = (float(v) for v in bbox)
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise ValueError(f"bbox out of range or reversed: {min_lon},{min_lat},{max_lon},{max_lat}")
    return min_lon, min_lat, max_lon, max_lat


#: Tables a fresh database may hold before mapapp creates its own (PostGIS adds spatial_ref_sys to public).
_NOT_FOREIGN_TABLES = frozenset({"spatial_ref_sys"})


class IncidentStore:
    """Stores documents and their incidents, merges reports of the same event, keeps corrections."""

    def __init__(self, backend: Backend, rule: MergeRule | None = None) -> None:
        self._backend = backend
        self.rule = rule or MergeRule()
        with backend.read() as conn:
            version = current_version(conn)
            tables = sa.inspect(conn).get_table_names() if version == 0 else []
            foreign = sorted(set(tables) - _NOT_FOREIGN_TABLES)
        if foreign:
            # a database holding another program's tables (SQLite files are checked before opening, in backends)
            shown = ", ".join(foreign[:5]) + (", ..." if len(foreign) > 5 else "")
            raise StoreError(
                f"{backend.description} is not a mapapp store: it holds other tables ({shown}); "
                "use a new database or schema"
            )
        if version > LATEST_VERSION:
            raise StoreError(
                f"{backend.description} has schema version {version}, newer than this mapapp's "
                f"{LATEST_VERSION}: upgrade mapapp"
            )
        if version < LATEST_VERSION:  # only then take the write lock (readers need not wait for a running ingest)
            backend.write(lambda conn: migrate(conn, backend.dialect))

    # -- lifecycle -----------------------------------------------------------------------------

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self._backend.dialect

    @property
    def description(self) -> str:
        """The database file or URL (password hidden)."""
        return self._backend.description

    def close(self) -> None:
        self._backend.dispose()

    def __enter__(self) -> IncidentStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- documents -----------------------------------------------------------------------------

    def add_document(self, document: Document) -> bool:
        """Store ``document`` once (keyed by its content hash); True when it was new."""
        return self._backend.write(lambda conn: self._insert_document(conn, document, utcnow()))

    def document(self, document_id: str) -> Document | None:
        with self._backend.read() as conn:
            row = conn.execute(sa.select(documents).where(documents.c.id == document_id)).first()
        if row is None:
            return None
        return Document(
            text=row.text, name=row.name or "<text>", outlet=row.outlet, url=row.url, published=row.published,
            title=row.title,
            # NULL: stored before migration 5; the model's default, as Document.from_dict reads a missing one
            published_source=row.published_source or PUBLISHED_GIVEN,
        )

    def has_document_url(self, url: str) -> bool:
        """True when a stored document came from ``url`` (``mapapp ingest URL`` fetches each address once)."""
        with self._backend.read() as conn:
            return conn.execute(sa.select(documents.c.id).where(documents.c.url == url).limit(1)).first() is not None

    def _insert_document(self, conn: Connection, document: Document, now: datetime) -> bool:
        if conn.execute(_DOCUMENT_EXISTS, {"p_id": document.id}).first() is not None:
            # stored before migration 5 kept where the date came from: learn it now (a known value is kept)
            conn.execute(_FILL_PUBLISHED_SOURCE, {"p_id": document.id, "published_source": document.published_source})
            return False
        conn.execute(
            documents.insert(),
            {
                "id": document.id, "name": document.name, "outlet": document.outlet, "url": document.url,
                "published": document.published, "published_source": document.published_source,
                "title": document.title, "text": document.text, "ingested_at": now,
            },
        )
        return True

    # -- ingest --------------------------------------------------------------------------------

    def ingest(self, document: Document, extracted: Sequence[Incident], gazetteer: str | None = None) -> IngestResult:
        """Store ``document`` and its extracted incidents in ONE transaction, merging same-event reports.

        Re-ingesting the same document with the same incidents changes nothing.
        With re-extracted incidents: a known report id is updated in place; a new
        id whose evidence overlaps a no-longer-produced report of the same type
        takes that report's place (same incident, so its edits keep applying); other
        new reports are merged or founded as usual. Reports a re-extraction no longer
        produces are kept (provenance is never dropped silently).

        ``gazetteer`` is the fingerprint of the geocoder the incidents were placed with
        (:func:`mapapp.geocode.fingerprint.geocoder_fingerprint`), kept with each new report so that
        :meth:`regeocode` knows which reports another gazetteer placed. An updated report keeps the key it was
        clustered by (see _report_values), so its fingerprint is cleared: ``regeocode`` re-resolves it.
        """
        prepared = self._prepare(document, extracted)
        return self._backend.write(lambda conn: self._ingest_in(conn, document, prepared, gazetteer))

    def _prepare(self, document: Document, extracted: Sequence[Incident]) -> list[_Prepared]:
        normalized: list[Incident] = []
        seen: set[str] = set()
        for incident in extracted:
            if incident.document_id not in (None, document.id):
                raise StoreError(
                    f"incident {incident.id} says it comes from document {incident.document_id}, "
                    f"not {document.id}"
                )
            if incident.id in seen:
                raise StoreError(f"incident id {incident.id} appears twice in document {document.id}")
            seen.add(incident.id)
            normalized.append(
                replace(
                    incident,
                    document_id=document.id,
                    outlet=incident.outlet or document.outlet,
                    url=incident.url or document.url,
                    published=incident.published or document.published,
                    published_source=incident.published_source or (
                        document.published_source
                        if document.published is not None and incident.published in (None, document.published)
                        else None
                    ),
                )
            )
        dates = effective_dates(normalized)
        return [
            _Prepared(
                incident=incident,
                key=ReportKey.from_incident(incident, document.id, dates[incident.id]),
                json=_dumps(incident.to_dict()),
            )
            for incident in normalized
        ]

    def _report_values(self, item: _Prepared, key: bool = True) -> dict[str, Any]:
        """A report row's values; ``key=False`` leaves out what the same-event rule reads (type, date, place):
        a re-read report keeps the key it was clustered by, so it stays in its incident and the grouping stays
        a function of the stored keys (see _recluster)."""
        values = self._all_report_values(item)
        if not key:
            for name in _KEY_FIELDS:
                values.pop(name)
            values["gazetteer"] = None  # the stored place key may be older than this extraction's place
        return values

    def _all_report_values(self, item: _Prepared) -> dict[str, Any]:
        incident, key = item.incident, item.key
        first = incident.evidence[0] if incident.evidence else None
        return {
            "event_type": key.event_type,
            "event_date": key.date_value,
            "month": key.month,
            "day": key.day,
            "place_id": key.place_id,
            "precision": key.precision,
            "lat": key.lat,
            "lon": key.lon,
            "toponym": key.toponym,
            "report_date": key.report_date,
            "admin1": key.admin1,
            "actor": key.actor,
            "killed_low": key.killed_low,
            "killed_high": key.killed_high,
            "approximate": key.approximate,
            "evidence_start": first.start if first else None,
            "evidence_end": incident.evidence[-1].end if incident.evidence else None,
            "evidence_text": incident.evidence_text if incident.evidence else None,
            "incident_json": item.json,
        }

    def _ingest_in(
        self, conn: Connection, document: Document, prepared: list[_Prepared], gazetteer: str | None = None
    ) -> IngestResult:
        now = utcnow()
        document_new = self._insert_document(conn, document, now)
        ids = [item.incident.id for item in prepared]
        existing = {row.id: row for row in conn.execute(_REPORTS_BY_ID, {"p_ids": ids})} if ids else {}
        # Re-extraction of a known document: its stored reports that this extraction did not produce.
        produced = set(ids)
        stale = [] if document_new else [
            row for row in conn.execute(_REPORTS_OF_DOCUMENT, {"p_document_id": document.id}) if row.id not in produced
        ]
        touched: dict[str, None] = {}  # existing incidents to recompute
        seeds: dict[str, None] = {}  # new reports, to be placed by _recluster
        new_reports: list[dict[str, Any]] = []
        counts = {"new": 0, "updated": 0, "unchanged": 0, "incidents_new": 0, "merged": 0}
        for item in prepared:
            report_id = item.incident.id
            row = existing.get(report_id)
            if row is not None:
                if row.document_id != document.id:
                    raise StoreError(f"report id {report_id} already belongs to document {row.document_id}")
                if row.incident_json == item.json:
                    counts["unchanged"] += 1
                    continue
                conn.execute(_UPDATE_REPORT, {"p_id": report_id, **self._report_values(item, key=False)})
                touched[row.incident_id] = None
                counts["updated"] += 1
                continue
            predecessor = _superseded(stale, item)
            if predecessor is not None:
                # The same event re-read from the same evidence under a new id: the report takes the old
                # one's row (its place in its incident and its merge reason), so the incident's edits still apply.
                stale.remove(predecessor)
                conn.execute(
                    _UPDATE_REPORT, {"p_id": predecessor.id, "id": report_id, **self._report_values(item, key=False)}
                )
                touched[predecessor.incident_id] = None
                counts["updated"] += 1
                continue
            # A new report is written under a provisional incident; _recluster then places it, with its
            # neighbours, where the order-independent clustering puts it.
            new_reports.append(
                {
                    "id": report_id, "incident_id": _PENDING + report_id, "document_id": document.id,
                    "merge_reason": None, "created_at": now, "gazetteer": gazetteer, **self._report_values(item),
                }
            )
            counts["new"] += 1
            seeds[report_id] = None
        if new_reports:
            conn.execute(reports.insert(), new_reports)
        new_ids = {row["id"] for row in new_reports}
        clusters, placed = self._recluster(conn, list(seeds), now, set(touched))
        for cluster in clusters:
            members = set(cluster.report_ids)
            if members & new_ids:
                if members <= new_ids:
                    counts["incidents_new"] += 1
                else:
                    counts["merged"] += len(members & new_ids)
        incident_ids = [placed.get(item.incident.id) or self._incident_of(conn, item.incident.id) for item in prepared]
        return IngestResult(
            document_id=document.id,
            document_new=document_new,
            reports_new=counts["new"],
            reports_updated=counts["updated"],
            reports_unchanged=counts["unchanged"],
            incidents_new=counts["incidents_new"],
            incidents_merged=counts["merged"],
            incident_ids=tuple(incident_ids),
        )

    def _incident_of(self, conn: Connection, report_id: str) -> str:
        return str(conn.execute(sa.select(reports.c.incident_id).where(reports.c.id == report_id)).scalar_one())

    def _candidates(self, conn: Connection, key: ReportKey) -> list[Any]:
        """Stored reports of other documents that ``key`` matches or corroborates (see :mod:`mapapp.store.merge`)."""
        if not key.located:
            return []
        found = self._corroborated_candidates(conn, key)
        if key.fully_undated:
            return found
        return found + self._matching_candidates(conn, key)

    def _corroborated_candidates(self, conn: Connection, key: ReportKey) -> list[Any]:
        """Stored reports that :func:`~mapapp.store.merge.corroborated_reason` links to ``key``."""
        if key.actor is None or not key.killed_stated:
            return []
        params = {
            "p_document_id": key.document_id,
            "p_actor": key.actor, "p_killed_low": key.killed_low, "p_place_id": key.place_id, "p_admin1": key.admin1,
        }
        return [
            row for row in conn.execute(_candidate_queries(key.event_type).corroborated, params)
            if corroborated_reason(key, _row_key(row), self.rule) is not None
        ]

    def _matching_candidates(self, conn: Connection, key: ReportKey) -> list[Any]:
        """Stored reports of other documents that ``key`` matches under the same-event rule."""
        assert key.lat is not None and key.lon is not None
        min_lon, min_lat, max_lon, max_lat = search_box(key.lat, key.lon, self.rule.max_distance_km)
        params: dict[str, Any] = {
            "p_document_id": key.document_id,
            "p_place_id": key.place_id,
            "p_min_lat": min_lat, "p_max_lat": max_lat, "p_min_lon": min_lon, "p_max_lon": max_lon,
        }
        interval = key.day_interval(self.rule)
        if interval is not None:
            # the days _date_reason matches: a told day with a day within the interval and max_day_gap; a report
            # date with a told day up to report_window_days before it; two report dates within max_day_gap
            assert key.date_value is not None
            gap = timedelta(days=self.rule.max_day_gap)
            window = timedelta(days=self.rule.report_window_days)
            told = (interval[0] - gap, interval[1] + gap)
            day = key.date_value
            reported = (day - gap, day + gap) if key.report_date else (day - gap, day + gap + window)
            query = _candidate_queries(key.event_type).dated
            params.update(
                p_first_day=min(told[0], reported[0]), p_last_day=max(told[1], reported[1]),
                p_told_first=told[0], p_told_last=told[1], p_report_first=reported[0], p_report_last=reported[1],
            )
        else:
            query = _candidate_queries(key.event_type).undated
            params.update(p_month=key.month, p_day=key.day)
        return [row for row in conn.execute(query, params) if match_reason(key, _row_key(row), self.rule) is not None]

    def _recluster(
        self, conn: Connection, seeds: Sequence[str], now: datetime, also_refresh: set[str]
    ) -> tuple[list[Cluster], dict[str, str]]:
        """Re-group the reports connected to ``seeds`` (new or changed reports) and write the result.

        The neighbourhood is closed under "matches" (the same-event rule and the corroborated rule), "an analyst
        joined them" and "is in the same incident", so the grouping of
        :func:`~mapapp.store.merge.cluster_reports` over it equals the grouping of the whole store: the
        incidents depend on the set of reports, not on the order they were ingested in. An incident is named
        after its first report in canonical order (its founding report), except where an unmerge pinned a name;
        when a name goes away its edits move to the incident holding most of its reports, and when an incident's
        reports end up in several incidents, its corrections are copied to the others (:meth:`_copy_corrections`).
        Returns the clusters and each clustered report's incident id.
        """
        if not seeds:
            for incident_id in also_refresh:
                self._refresh(conn, incident_id, now)
            return [], {}
        component: dict[str, Any] = {row.id: row for row in conn.execute(_KEYS_BY_ID, {"p_ids": list(seeds)})}
        frontier = list(component.values())
        expanded_incidents: set[str] = set()
        grouping = self._grouping_edits(conn)
        together, decided_apart = self._pair_decisions(conn, grouping)
        partners: dict[str, set[str]] = {}
        for first, second in together:
            partners.setdefault(first, set()).add(second)
            partners.setdefault(second, set()).add(first)
        while frontier:
            row = frontier.pop()
            neighbours = self._candidates(conn, _row_key(row))
            if row.id in partners:
                neighbours += conn.execute(_KEYS_BY_ID, {"p_ids": sorted(partners[row.id])}).all()
            if not row.incident_id.startswith(_PENDING) and row.incident_id not in expanded_incidents:
                expanded_incidents.add(row.incident_id)
                neighbours += conn.execute(_KEYS_OF_INCIDENTS, {"p_incident_ids": [row.incident_id]}).all()
            for other in neighbours:
                if other.id not in component:
                    component[other.id] = other
                    frontier.append(other)
        rows = {row.id: row for row in conn.execute(_KEYS_BY_ID, {"p_ids": list(component)})}
        pins, unmerged_apart = self._unmerges(conn, rows, grouping)
        joined = {frozenset(pair) for pair in together}
        apart = [pair for pair in unmerged_apart if frozenset(pair) not in joined]
        apart += [pair for pair in decided_apart if pair[0] in rows or pair[1] in rows]
        clusters = cluster_reports(
            [_row_key(row) for row in rows.values()], self.rule, apart,
            [pair for pair in together if pair[0] in rows and pair[1] in rows],
        )
        cluster_of = {rid: index for index, cluster in enumerate(clusters) for rid in cluster.report_ids}
        old_ids = {row.incident_id for row in rows.values() if not row.incident_id.startswith(_PENDING)}
        names: dict[int, str] = {}
        used: set[str] = set()
        for incident_id, report_id, new_id, others in pins:
            split = cluster_of[report_id]
            rest = next((cluster_of[o] for o in sorted(others, key=lambda o: canonical_rank(_row_key(rows[o])))
                         if o in cluster_of), None)
            for index, name in ((rest, incident_id), (split, new_id)):
                if index is not None and index not in names and name not in used and (rest != split):
                    names[index] = name
                    used.add(name)
        # which founding-report names are taken by incidents outside this neighbourhood: one query for all
        wanted = sorted({cluster.report_ids[0] for index, cluster in enumerate(clusters) if index not in names} - old_ids)
        taken = set(conn.execute(_EXISTING_INCIDENTS, {"p_ids": wanted}).scalars()) if wanted else set()
        for index, cluster in enumerate(clusters):
            if index not in names:
                name = cluster.report_ids[0]
                if name in used or (name not in old_ids and name in taken):
                    name = self._free_incident_id(conn, name, used)
                names[index] = name
                used.add(name)
        placed: dict[str, str] = {}
        moves: list[dict[str, Any]] = []
        for index, cluster in enumerate(clusters):
            for report_id in cluster.report_ids:
                row, name, reason = rows[report_id], names[index], cluster.reasons[report_id]
                placed[report_id] = name
                if (row.incident_id, row.merge_reason) != (name, reason):
                    moves.append({"p_id": report_id, "incident_id": name, "merge_reason": reason})
        if moves:
            conn.execute(_SET_REPORT_INCIDENT, moves)
        pieces: dict[str, list[str]] = {}  # an incident before -> the incidents its reports are in now
        for row in rows.values():
            if not row.incident_id.startswith(_PENDING):
                pieces.setdefault(row.incident_id, []).append(placed[row.id])
        split = sorted(old_id for old_id, held in pieces.items() if len(set(held)) > 1)
        made = self._corrections_of(conn, split)  # read before the edits of names that went away move
        keepers: dict[str, str] = {old_id: old_id for old_id in old_ids & used}
        for old_id in sorted(old_ids - used):
            held = pieces[old_id]
            target = max(sorted(set(held)), key=held.count)
            conn.execute(_MOVE_EDITS, {"p_old_id": old_id, "incident_id": target})
            keepers[old_id] = target
        if split:
            self._copy_corrections(conn, split, pieces, keepers, made)
        edits_exist = conn.execute(_ANY_EDIT).first() is not None
        self._refresh_many(conn, sorted(old_ids | used | also_refresh), now, edits_exist)
        return clusters, placed

    def _corrections_of(self, conn: Connection, incident_ids: Sequence[str]) -> dict[str, list[Any]]:
        """The corrections (not grouping decisions) of each of ``incident_ids``, oldest first."""
        found: dict[str, list[Any]] = {}
        if incident_ids:
            for row in conn.execute(_CORRECTIONS_OF_INCIDENTS, {"p_incident_ids": list(incident_ids)}):
                found.setdefault(row.incident_id, []).append(row)
        return found

    def _copy_corrections(
        self, conn: Connection, split: Sequence[str], pieces: dict[str, list[str]], keepers: dict[str, str],
        made: dict[str, list[Any]],
    ) -> None:
        """An incident the re-grouping split (the merge rule no longer joins its reports, or a report was placed
        again elsewhere): its corrections stay with the piece that keeps its name (or takes its edits), and are
        copied to every other piece, a note saying where from, so an analyst's place, figures, type, date or
        dismissal still apply to every report they were made on. A field the piece's incident has corrected
        itself is not copied over (its own correction stands)."""
        others = {old_id: sorted(set(pieces[old_id]) - {keepers[old_id]}) for old_id in split if made.get(old_id)}
        present = self._corrections_of(conn, sorted({piece for names in others.values() for piece in names}))
        copies: list[dict[str, Any]] = []
        for old_id, names in others.items():
            own = made[old_id]
            for piece in names:
                fields = {row.field for row in present.get(piece, [])}
                copies.extend(
                    {
                        "incident_id": piece, "field": row.field, "value_json": row.value_json, "author": row.author,
                        "note": (f"{row.note}; " if row.note else "") + f"{COPIED_NOTE} {old_id}",
                        "created_at": row.created_at,
                    }
                    for row in own if row.field not in fields
                )
        if copies:
            conn.execute(edits.insert(), copies)

    def _grouping_edits(self, conn: Connection) -> list[Any]:
        """Every unmerge, join and keep-apart record, oldest first (one query, read once per regrouping)."""
        return conn.execute(_GROUPING_EDITS).all()

    def _pair_decisions(
        self, conn: Connection, grouping: list[Any] | None = None
    ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """The analysts' decisions on pairs of reports: kept together ("same event as #N") and kept apart ("not
        the same"); a later decision on a pair overrides an earlier one, and an unmerge after a join wins over it
        (the split report is kept apart from the rest, see _unmerges): its joins are dropped here."""
        latest: dict[frozenset[str], bool] = {}
        split_later: set[str] = set()
        for edit in self._grouping_edits(conn) if grouping is None else grouping:
            value = json.loads(edit.value_json)
            if edit.field == UNMERGE_FIELD:
                split_later.add(value.get("report_id"))
                continue
            together = edit.field == JOIN_FIELD
            for first in value.get("reports", []):
                for second in value.get("other_reports", []):
                    if first != second:
                        pair = frozenset((first, second))
                        latest[pair] = together
                        if together:
                            split_later -= pair
        kept = [tuple(sorted(pair)) for pair, together in latest.items() if together and not pair & split_later]
        apart = [tuple(sorted(pair)) for pair, together in latest.items() if not together]
        return sorted(kept), sorted(apart)  # type: ignore[arg-type]

    def _unmerges(
        self, conn: Connection, rows: dict[str, Any], grouping: list[Any]
    ) -> tuple[list[tuple[str, str, str, list[str]]], list[tuple[str, str]]]:
        """The unmerges (among ``grouping``) that concern ``rows``: (incident, split report, its new incident, the
        others) and the pairs of reports they keep apart."""
        pins: list[tuple[str, str, str, list[str]]] = []
        apart: list[tuple[str, str]] = []
        for edit in grouping:
            if edit.field != UNMERGE_FIELD:
                continue
            value = json.loads(edit.value_json)
            report_id = value.get("report_id")
            if report_id not in rows:
                continue
            others = value.get("apart_from")
            if others is None:  # recorded before the list was kept: the incident's other reports now
                others = [r.id for r in conn.execute(_KEYS_OF_INCIDENTS, {"p_incident_ids": [edit.incident_id]})]
            others = [o for o in others if o != report_id]
            pins.append((edit.incident_id, report_id, value.get("new_incident_id") or report_id, others))
            apart.extend((report_id, other) for other in others)
        return pins, apart

    def _incident_exists(self, conn: Connection, incident_id: str) -> bool:
        return conn.execute(_INCIDENT_SEQ, {"p_id": incident_id}).first() is not None

    def _free_incident_id(self, conn: Connection, wanted: str, used: set[str] | None = None) -> str:
        candidate, suffix = wanted, 1
        while candidate in (used or ()) or conn.execute(_INCIDENT_SEQ, {"p_id": candidate}).first() is not None:
            candidate = f"{wanted}-split" if suffix == 1 else f"{wanted}-split{suffix}"
            suffix += 1
        return candidate

    def _refresh(self, conn: Connection, incident_id: str, now: datetime, edits_exist: bool = True) -> None:
        """Recompute incident ``incident_id`` from its reports and edits and write it (and its point).
        ``edits_exist=False`` (the store holds no edit at all) skips looking the incident's edits up."""
        rows = conn.execute(_REPORTS_OF_INCIDENT, {"p_incident_id": incident_id}).all()
        stored = conn.execute(_STORED_INCIDENT, {"p_id": incident_id}).first()
        edit_rows = conn.execute(_EDITS_OF_INCIDENT, {"p_incident_id": incident_id}) if edits_exist else ()
        edit_values = [(row.field, json.loads(row.value_json)) for row in edit_rows]
        self._recompute(conn, incident_id, rows, stored, edit_values, now)

    def _refresh_many(self, conn: Connection, incident_ids: Sequence[str], now: datetime, edits_exist: bool) -> None:
        """:meth:`_refresh` of each of ``incident_ids`` (in that order), reading their reports, stored rows and
        edits in one query each and inserting the new incidents in one statement."""
        if not incident_ids:
            return
        if len(incident_ids) == 1:
            self._refresh(conn, incident_ids[0], now, edits_exist)
            return
        by_incident: dict[str, list[Any]] = {}
        for row in conn.execute(_REPORTS_OF_INCIDENTS, {"p_incident_ids": list(incident_ids)}):
            by_incident.setdefault(row.incident_id, []).append(row)
        stored = {row.id: row for row in conn.execute(_STORED_INCIDENTS, {"p_ids": list(incident_ids)})}
        edit_values: dict[str, list[tuple[str, Any]]] = {}
        if edits_exist:
            for row in conn.execute(_EDITS_OF_INCIDENTS, {"p_incident_ids": list(incident_ids)}):
                edit_values.setdefault(row.incident_id, []).append((row.field, json.loads(row.value_json)))
        pending: list[dict[str, Any]] = []
        for incident_id in incident_ids:
            self._recompute(
                conn, incident_id, by_incident.get(incident_id, []), stored.get(incident_id),
                edit_values.get(incident_id, []), now, pending,
            )
        self._backend.spatial.insert_incidents(conn, pending)

    def _recompute(
        self,
        conn: Connection,
        incident_id: str,
        rows: Sequence[Any],
        stored: Any | None,
        edit_values: list[tuple[str, Any]],
        now: datetime,
        pending: list[dict[str, Any]] | None = None,
    ) -> None:
        """Write incident ``incident_id`` computed from its report ``rows`` and edits (delete it when no report is
        left); a new incident's row goes to ``pending`` when given (see _write_incident)."""
        if not rows:
            if stored is not None:
                self._backend.spatial.set_point(conn, stored.seq, None, None)
                conn.execute(_DELETE_INCIDENT, {"p_seq": stored.seq})
            return
        rows = sorted(rows, key=lambda row: canonical_rank(_row_key(row)))  # founding report first, any order in
        merged = merge_reports(
            incident_id,
            [Incident.from_dict(_loads(row.incident_json)) for row in rows],
            reasons=[row.merge_reason for row in rows],
            dates=[row.event_date for row in rows],
        )
        self._write_incident(conn, incident_id, merged, edit_values, len(rows), stored, now, pending)

    def _write_incident(
        self,
        conn: Connection,
        incident_id: str,
        merged: MergedIncident,
        edit_values: list[tuple[str, Any]],
        n_reports: int,
        stored: sa.Row[Any] | None,
        now: datetime,
        pending: list[dict[str, Any]] | None = None,
    ) -> None:
        """Write an incident's current value (``merged`` with the edits applied) and its point, if changed.

        A new incident's row is appended to ``pending`` (inserted later in one go by the caller) when given.
        """
        current, dismissed = apply_edits(merged.incident, edit_values)
        location = current.location
        lat = location.lat if location is not None else None
        lon = location.lon if location is not None else None
        values = {
            "event_type": current.event_type.value,
            "event_date": current.date.value if current.date else None,
            "place_id": location.place.id if location is not None and location.place is not None else None,
            "lat": lat,
            "lon": lon,
            "dismissed": dismissed,
            "n_reports": n_reports,
            "current_json": _dumps(current.to_dict()),
            "summary_json": _dumps(merged.summary()),
        }
        if stored is None:
            row = {"id": incident_id, "created_at": now, "updated_at": now, **values}
            if pending is None:
                self._backend.spatial.insert_incidents(conn, [row])
            else:
                pending.append(row)
            return
        unchanged = (
            stored.current_json == values["current_json"]
            and stored.summary_json == values["summary_json"]
            and bool(stored.dismissed) == dismissed
        )
        if unchanged:
            return
        conn.execute(_UPDATE_INCIDENT, {"p_seq": stored.seq, "updated_at": now, **values})
        if (stored.lat, stored.lon) != (lat, lon):
            self._backend.spatial.set_point(conn, stored.seq, lat, lon)

    # -- re-geocoding: after a gazetteer download or an analyst's placement ------------------------

    def stale_reports(self, gazetteer: str, *, include_unknown: bool = True) -> int:
        """How many stored reports were placed with another gazetteer than ``gazetteer`` (a fingerprint), or with
        one nobody recorded (unless ``include_unknown`` is False): what :meth:`regeocode` would re-resolve."""
        where = _STALE if include_unknown else reports.c.gazetteer != _bp("p_gazetteer")
        with self._backend.read() as conn:
            query = sa.select(sa.func.count()).select_from(reports).where(where)
            return int(conn.execute(query, {"p_gazetteer": gazetteer}).scalar() or 0)

    def regeocode(
        self,
        geocode: Callable[[list[Incident]], list[Incident]],
        gazetteer: str,
        *,
        everything: bool = False,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> RegeocodeResult:
        """Re-resolve the places of the stored reports against the current gazetteer, then re-group them.

        ``geocode`` places the incidents of ONE document again from their toponyms (the pipeline's
        :func:`mapapp.pipeline.geocode_document` with the current geocoder: the document-level choices need
        all of a document's reports); ``gazetteer`` is that geocoder's fingerprint. Reports placed with
        another gazetteer (or an unknown one: stored before fingerprints were kept) are re-resolved, with
        every report of their document; ``everything`` re-resolves and re-groups the whole store. A report that
        kept no toponym (built by hand, not extracted) keeps its place.

        Analysts' decisions stand: a corrected place (an analyst's placement) is an edit applied over the
        merged value, so the incident keeps its point whatever the report's new place; joins, keep-aparts and
        unmerges are honoured by the re-grouping (:meth:`_recluster`). The reports whose place changed are
        re-grouped with their neighbourhoods, as an ingest would; so are reports with no recorded gazetteer,
        which re-groups a store made before under the current merge rule. A second run changes nothing.

        One transaction: an error midway (in ``geocode`` or the database) leaves the store as it was.
        ``progress(stage, done, total)`` is called as documents are re-resolved ("places") and as reports
        are re-grouped ("grouping").
        """
        report = progress or (lambda stage, done, total: None)
        stale_where = sa.true() if everything else _STALE

        def work(conn: Connection) -> RegeocodeResult:
            now = utcnow()
            params = {"p_gazetteer": gazetteer}
            document_ids = conn.execute(
                sa.select(reports.c.document_id).where(stale_where).distinct().order_by(reports.c.document_id),
                params,
            ).scalars().all()
            before = dict(conn.execute(sa.select(reports.c.id, reports.c.incident_id)).all())
            incidents_before = int(conn.execute(sa.select(sa.func.count()).select_from(incidents)).scalar() or 0)
            counts = {"reports": 0, "newly": 0, "replaced": 0, "lost": 0, "unchanged": 0}
            seeds: dict[str, None] = {}
            touched: set[str] = set()  # reports whose value changed but not their place key
            processed: list[str] = []
            report(_PLACES_STAGE, 0, len(document_ids))
            for start in range(0, len(document_ids), _REGEOCODE_BATCH):
                batch = document_ids[start:start + _REGEOCODE_BATCH]
                rows = conn.execute(_REGEOCODE_ROWS, {"p_document_ids": batch}).all()
                by_document: dict[str, list[Any]] = {}
                for row in rows:
                    by_document.setdefault(row.document_id, []).append(row)
                changed: list[dict[str, Any]] = []
                stamped: list[dict[str, Any]] = []
                for document_id in batch:
                    members = by_document.get(document_id, [])
                    stored = [Incident.from_dict(_loads(row.incident_json)) for row in members]
                    placed = list(geocode(stored))
                    if [i.id for i in placed] != [i.id for i in stored]:
                        raise StoreError(f"re-geocoding document {document_id} changed its reports")
                    for row, before_incident, incident in zip(members, stored, placed, strict=True):
                        counts["reports"] += 1
                        processed.append(row.id)
                        if not before_incident.toponyms:  # nothing to resolve again (a report built by hand): kept
                            incident = replace(incident, location=before_incident.location)
                        key = ReportKey.from_incident(incident, document_id, row.event_date)
                        new_place = {name: getattr(key, name) for name in _PLACE_KEY_FIELDS}
                        old_place = {name: getattr(row, name) for name in _PLACE_KEY_FIELDS}
                        old_place["approximate"] = bool(old_place["approximate"])
                        was, now_located = _located(old_place), key.located
                        if new_place == old_place or not (was or now_located):
                            counts["unchanged"] += 1
                        elif now_located and not was:
                            counts["newly"] += 1
                        elif was and not now_located:
                            counts["lost"] += 1
                        else:
                            counts["replaced"] += 1
                        text = _dumps(incident.to_dict())
                        if new_place != old_place or text != row.incident_json:
                            changed.append({"p_id": row.id, "incident_json": text, "gazetteer": gazetteer, **new_place})
                            if new_place != old_place:
                                seeds[row.id] = None
                            else:
                                touched.add(row.id)
                        elif row.gazetteer != gazetteer:
                            stamped.append({"p_id": row.id, "gazetteer": gazetteer})
                        if row.gazetteer is None or everything:
                            seeds[row.id] = None  # placed by an unknown gazetteer: re-group under today's rule
                if changed:
                    conn.execute(_UPDATE_REPORT, changed)
                if stamped:
                    conn.execute(_UPDATE_REPORT, stamped)
                report(_PLACES_STAGE, min(start + _REGEOCODE_BATCH, len(document_ids)), len(document_ids))
            covered: set[str] = set()
            ordered_seeds = list(seeds)
            report(_GROUPING_STAGE, 0, len(ordered_seeds))
            for number, seed in enumerate(ordered_seeds, 1):
                if seed not in covered:
                    _, placed_ids = self._recluster(conn, [seed], now, set())
                    covered.update(placed_ids)
                if number % 100 == 0 or number == len(ordered_seeds):
                    report(_GROUPING_STAGE, number, len(ordered_seeds))
            if touched:
                # their place key is unchanged, so their grouping is too; their incidents' value may not be
                holding = conn.execute(
                    sa.select(reports.c.incident_id).where(reports.c.id.in_(sorted(touched))).distinct()
                ).scalars().all()
                for incident_id in sorted(holding):
                    self._refresh(conn, incident_id, now)
            after = dict(conn.execute(sa.select(reports.c.id, reports.c.incident_id)).all())
            placed_by_analyst = conn.execute(
                sa.select(edits.c.incident_id).where(edits.c.field == "place").distinct()
            ).scalars().all()
            re_resolved_incidents = {after[row_id] for row_id in processed if row_id in after}
            return RegeocodeResult(
                documents=len(document_ids),
                reports=counts["reports"],
                newly_mappable=counts["newly"],
                re_placed=counts["replaced"],
                no_longer_mappable=counts["lost"],
                unchanged=counts["unchanged"],
                regrouped=sum(1 for report_id, incident_id in after.items() if before.get(report_id) != incident_id),
                incidents_before=incidents_before,
                incidents_after=int(conn.execute(sa.select(sa.func.count()).select_from(incidents)).scalar() or 0),
                placements_kept=len(set(placed_by_analyst) & re_resolved_incidents),
            )

        return self._backend.write(work)

    # -- reading -------------------------------------------------------------------------------

    def incidents(self, bbox: Sequence[float] | None = None, include_dismissed: bool = False) -> list[Incident]:
        """Current values (merged reports with corrections applied), oldest first.

        With ``bbox`` (min_lon, min_lat, max_lon, max_lat) only mappable incidents inside it are returned.
        """
        return list(self.iter_incidents(bbox=bbox, include_dismissed=include_dismissed))

    def iter_incidents(
        self, bbox: Sequence[float] | None = None, include_dismissed: bool = False, batch_size: int = 1000
    ) -> Iterator[Incident]:
        """Like :meth:`incidents`, but streamed: rows are fetched ``batch_size`` at a time, so an export of the
        whole store never holds it in memory (the read connection stays open until the iterator is done)."""
        query = sa.select(incidents.c.current_json).order_by(incidents.c.seq)
        if not include_dismissed:
            query = query.where(incidents.c.dismissed.is_(False))
        if bbox is not None:
            query = query.where(self._backend.spatial.in_bbox(check_bbox(bbox)))
        from_dict = Incident.from_dict
        with self._backend.read() as conn:
            result = conn.execution_options(yield_per=batch_size).execute(query)
            try:
                for partition in result.scalars().partitions():
                    for text in partition:
                        try:
                            incident = from_dict(_loads(text))
                        except (AttributeError, KeyError, TypeError, ValueError) as exc:  # a row damaged outside mapapp
                            raise StoreError(
                                f"{self._backend.description}: a stored incident cannot be read "
                                f"({type(exc).__name__}: {exc}); the store may have been edited by hand"
                            ) from exc
                        yield incident
            finally:
                # Close the cursor BEFORE the connection goes back to the pool. On SQLite an unfinished SELECT keeps
                # its read transaction (and snapshot) alive past the ROLLBACK that returns the connection: left
                # open (a row that fails to load, whose error and traceback the caller keeps), every later read
                # on that pooled connection saw the store as it was then, blind to other processes' commits.
                result.close()

    def incident(self, incident_id: str) -> Incident | None:
        with self._backend.read() as conn:
            row = conn.execute(sa.select(incidents.c.current_json).where(incidents.c.id == incident_id)).scalar()
        return None if row is None else Incident.from_dict(json.loads(row))

    def record(self, incident_id: str) -> IncidentRecord:
        """An incident with its reports (provenance), merge reasons and casualty disagreement."""
        with self._backend.read() as conn:
            row = conn.execute(
                sa.select(incidents.c.current_json, incidents.c.summary_json, incidents.c.dismissed).where(
                    incidents.c.id == incident_id
                )
            ).first()
            if row is None:
                raise StoreError(f"no incident {incident_id!r}")
            report_rows = conn.execute(
                sa.select(reports).where(reports.c.incident_id == incident_id).order_by(reports.c.seq)
            ).all()
        return IncidentRecord(
            incident=Incident.from_dict(json.loads(row.current_json)),
            dismissed=bool(row.dismissed),
            reports=[
                ReportRecord(
                    id=r.id,
                    incident_id=r.incident_id,
                    document_id=r.document_id,
                    evidence=(
                        Span(text=r.evidence_text, start=r.evidence_start, end=r.evidence_end)
                        if r.evidence_text is not None
                        else None
                    ),
                    merge_reason=r.merge_reason,
                    incident=Incident.from_dict(json.loads(r.incident_json)),
                    created_at=_utc(r.created_at),
                )
                for r in report_rows
            ],
            summary=json.loads(row.summary_json),
        )

    def counts(self) -> StoreCounts:
        with self._backend.read() as conn:

            def count(table: sa.Table, *where: sa.ColumnElement[bool]) -> int:
                return int(conn.execute(sa.select(sa.func.count()).select_from(table).where(*where)).scalar() or 0)

            return StoreCounts(
                documents=count(documents),
                reports=count(reports),
                incidents=count(incidents),
                dismissed=count(incidents, incidents.c.dismissed.is_(True)),
                edits=count(edits, edits.c.field.not_in(tuple(GROUPING_FIELDS))),
            )

    def history(self, incident_id: str) -> list[EditRecord]:
        """The incident's corrections and unmerges, oldest first."""
        with self._backend.read() as conn:
            known = conn.execute(sa.select(incidents.c.seq).where(incidents.c.id == incident_id)).first()
            rows = conn.execute(
                sa.select(edits).where(edits.c.incident_id == incident_id).order_by(edits.c.id)
            ).all()
        if known is None and not rows:
            raise StoreError(f"no incident {incident_id!r}")
        return [
            EditRecord(
                id=r.id, incident_id=r.incident_id, field=r.field, value=json.loads(r.value_json), author=r.author,
                note=r.note, created_at=_utc(r.created_at),
            )
            for r in rows
        ]

    # -- corrections and unmerge ---------------------------------------------------------------

    # -- the user gazetteer (mapapp.store.user_places) ----------------------------------------------

    def add_user_place(self, name: str, lat: float, lon: float, author: str, **details: Any) -> UserPlace:
        """Keep a place an analyst put on the map (see :func:`mapapp.store.user_places.add_user_place`)."""
        return add_user_place(self._backend, name, lat, lon, author, **details)

    def user_places(self) -> list[UserPlace]:
        """Every user gazetteer entry, oldest first."""
        return list_user_places(self._backend)

    def remove_user_place(self, place_id: str) -> UserPlace:
        """Delete a user gazetteer entry; incidents placed there keep their point."""
        return remove_user_place(self._backend, place_id)

    def place_incident(
        self, incident_id: str, name: str, lat: float, lon: float, author: str,
        admin1: str | None = None, alternate_names: tuple[str, ...] | list[str] = (), note: str | None = None,
    ) -> tuple[UserPlace, EditRecord]:
        """An analyst's placement: store the place in the user gazetteer and move the incident there."""
        if self.incident(incident_id) is None:
            raise StoreError(f"no incident {incident_id!r}")
        entry = self.add_user_place(name, lat, lon, author, admin1=admin1, alternate_names=alternate_names, note=note)
        edit = self.correct(incident_id, "place", entry.place, author=author, note=note or f"placed at {entry.place.id}")
        return entry, edit

    def correct(self, incident_id: str, field: str, value: Any, author: str, note: str | None = None) -> EditRecord:
        """Record a correction of ``field`` (see :mod:`mapapp.store.edits`) and apply it to the incident."""
        if not author or not author.strip():
            raise EditError("a correction needs an author")
        name, encoded = encode_edit(field, value)

        def work(conn: Connection) -> EditRecord:
            if conn.execute(sa.select(incidents.c.seq).where(incidents.c.id == incident_id)).first() is None:
                raise StoreError(f"no incident {incident_id!r}")
            now = utcnow()
            edit_id = conn.execute(
                edits.insert().values(
                    incident_id=incident_id, field=name, value_json=_dumps(encoded), author=author.strip(),
                    note=note, created_at=now,
                )
            ).inserted_primary_key[0]
            self._refresh(conn, incident_id, now)
            return EditRecord(
                id=int(edit_id), incident_id=incident_id, field=name, value=encoded, author=author.strip(),
                note=note, created_at=now,
            )

        return self._backend.write(work)

    def unmerge(self, incident_id: str, report_id: str, author: str = "unknown", note: str | None = None) -> str:
        """Split ``report_id`` out of ``incident_id`` into an incident of its own; returns the new incident's id.

        The original incident keeps its id and its corrections. The split is
        recorded in the incident's history and survives re-ingest.
        """

        def work(conn: Connection) -> str:
            member_ids = conn.execute(
                sa.select(reports.c.id).where(reports.c.incident_id == incident_id).order_by(reports.c.seq)
            ).scalars().all()
            if not member_ids:
                raise StoreError(f"no incident {incident_id!r}")
            if report_id not in member_ids:
                raise StoreError(f"report {report_id!r} is not part of incident {incident_id!r}")
            if len(member_ids) == 1:
                raise StoreError(f"incident {incident_id!r} has a single report: nothing to unmerge")
            now = utcnow()
            new_id = self._free_incident_id(conn, report_id)
            conn.execute(
                reports.update().where(reports.c.id == report_id).values(incident_id=new_id, merge_reason=None)
            )
            remaining = [rid for rid in member_ids if rid != report_id]
            if member_ids[0] == report_id:  # the founding report left: the next one no longer joined anything
                conn.execute(reports.update().where(reports.c.id == remaining[0]).values(merge_reason=None))
            conn.execute(
                edits.insert().values(
                    incident_id=incident_id, field=UNMERGE_FIELD,
                    value_json=_dumps({"report_id": report_id, "new_incident_id": new_id, "apart_from": remaining}),
                    author=author, note=note,
                    created_at=now,
                )
            )
            self._refresh(conn, incident_id, now)
            self._refresh(conn, new_id, now)
            return new_id

        return self._backend.write(work)



    # -- possible duplicates: suggestions an analyst confirms or dismisses -----------------------------

    def possible_duplicates(self, incident_id: str) -> list[PossibleDuplicate]:
        """Other incidents that may be the same event as ``incident_id`` (:func:`~mapapp.store.merge.suggestion_reason`
        for some pair of their reports), the likeliest first (:func:`~mapapp.store.merge.suggestion_priority`, then
        by id); pairs an analyst kept apart are left out."""
        with self._backend.read() as conn:
            return self._possible_duplicates(conn, incident_id)

    def _possible_duplicates(self, conn: Connection, incident_id: str) -> list[PossibleDuplicate]:
        own = conn.execute(_KEYS_OF_INCIDENTS, {"p_incident_ids": [incident_id]}).all()
        if not own:
            raise StoreError(f"no incident {incident_id!r}")
        _, apart = self._pair_decisions(conn)
        own_ids = {row.id for row in own}
        # an incident one of whose reports an analyst kept apart from one of these is not suggested again
        apart_ids = sorted({b if a in own_ids else a for a, b in apart if (a in own_ids) != (b in own_ids)})
        excluded = {row.incident_id for row in conn.execute(_KEYS_BY_ID, {"p_ids": apart_ids})} if apart_ids else set()
        found: dict[str, tuple[int, str]] = {}  # other incident -> (priority, reason) of its likeliest pair
        places: set[str] = set()
        for row in own:
            key = _row_key(row)
            if key.actor is None or not key.located:
                continue
            params = {
                "p_event_types": sorted(compatible_types(key.event_type)), "p_document_id": key.document_id,
                "p_incident_id": incident_id, "p_place_id": key.place_id,
                "p_admin1": key.admin1,
            }
            for other in conn.execute(_SUGGESTION_CANDIDATES, params):
                if other.incident_id in excluded or found.get(other.incident_id, (1,))[0] == 0:
                    continue
                other_key = _row_key(other)
                reason = suggestion_reason(key, other_key, self.rule)
                if reason is not None:
                    priority = suggestion_priority(key, other_key)
                    if other.incident_id not in found or priority < found[other.incident_id][0]:
                        found[other.incident_id] = (priority, reason)
                    places.update(place for place in (key.place_id, other.place_id) if place)
        names = self._place_names(conn, sorted(places)) if found else {}
        ranked = sorted(found.items(), key=lambda item: (item[1][0], item[0]))
        return [
            PossibleDuplicate(incident_id, other, with_place_names(reason, names), priority)
            for other, (priority, reason) in ranked
        ]

    def _place_names(self, conn: Connection, place_ids: Sequence[str]) -> dict[str, str]:
        """The name of each gazetteer place in ``place_ids`` as a stored report resolved it (one report per place)."""
        if not place_ids:
            return {}
        first = conn.execute(
            sa.select(sa.func.min(reports.c.id)).where(reports.c.place_id.in_(list(place_ids))).group_by(reports.c.place_id)
        ).scalars().all()
        names: dict[str, str] = {}
        for row in conn.execute(_REPORTS_BY_ID, {"p_ids": list(first)}):
            place = ((_loads(row.incident_json).get("location") or {}).get("place")) or {}
            if place.get("id") and place.get("name"):
                names[place["id"]] = place["name"]
        return names

    def review_queue(self, limit: int = 50) -> list[PossibleDuplicate]:
        """Possible duplicates across the store, each pair once, for the review panel and ``mapapp store duplicates``:
        pairs of incidents holding reports that :func:`~mapapp.store.merge.suggestion_reason` links (one of them
        fully undated, or told at governorate level), pairs an analyst kept apart left out, the likeliest first
        (:func:`~mapapp.store.merge.review_order`: by priority, then pairs whose incidents have fewer other
        suggestions, then by incident id), up to ``limit`` pairs. The reports that can be suggested are read in
        one query; :func:`~mapapp.store.review_queue.top_suggestions` finds the first ``limit`` pairs of that order
        without listing every suggestion (undated reports at one town are each suggested with every other)."""
        with self._backend.read() as conn:
            rows = conn.execute(_SUGGESTABLE_REPORTS).all()
            _, apart = self._pair_decisions(conn)
            incident_of = {row.id: row.incident_id for row in rows}
            missing = sorted({report for pair in apart for report in pair} - set(incident_of))
            if missing:
                incident_of.update({row.id: row.incident_id for row in conn.execute(_KEYS_BY_ID, {"p_ids": missing})})
        kept_apart = {
            frozenset((incident_of[a], incident_of[b])) for a, b in apart if a in incident_of and b in incident_of
        }
        chosen = [
            PossibleDuplicate(a, b, reason, priority)
            for a, b, reason, priority in top_suggestions(
                [_row_key(row) for row in rows], [row.incident_id for row in rows], kept_apart, limit, self.rule
            )
        ]
        # reasons name places by their gazetteer ids ("same place names:17"): say their names instead
        place_ids = {row.place_id for row in rows if row.place_id}
        named = sorted(p for p in place_ids if any(p in s.reason for s in chosen))
        if not named:
            return chosen
        with self._backend.read() as conn:
            names = self._place_names(conn, named)
        return [replace(s, reason=with_place_names(s.reason, names)) for s in chosen]

    def join(self, incident_id: str, other_incident_id: str, author: str, note: str | None = None) -> str:
        """An analyst's "same event as #N": the two incidents become one, whatever the same-event rule says, and
        stay one through later ingests (until an unmerge). Returns the joined incident's id."""
        return self._decide(incident_id, other_incident_id, JOIN_FIELD, author, note)

    def keep_apart(self, incident_id: str, other_incident_id: str, author: str, note: str | None = None) -> str:
        """An analyst's "not the same": the pair is no longer suggested and the incidents are never merged
        automatically. Returns ``incident_id``."""
        return self._decide(incident_id, other_incident_id, KEEP_APART_FIELD, author, note)

    def _decide(self, incident_id: str, other_incident_id: str, field_name: str, author: str, note: str | None) -> str:
        if not author or not author.strip():
            raise EditError("a decision needs an author")
        if incident_id == other_incident_id:
            raise StoreError(f"incident {incident_id!r} is the same incident")

        def work(conn: Connection) -> str:
            mine = conn.execute(_REPORT_IDS_OF_INCIDENT, {"p_incident_id": incident_id}).scalars().all()
            theirs = conn.execute(_REPORT_IDS_OF_INCIDENT, {"p_incident_id": other_incident_id}).scalars().all()
            for name, found in ((incident_id, mine), (other_incident_id, theirs)):
                if not found:
                    raise StoreError(f"no incident {name!r}")
            now = utcnow()
            conn.execute(
                edits.insert().values(
                    incident_id=incident_id, field=field_name,
                    value_json=_dumps({"other_incident_id": other_incident_id, "reports": list(mine),
                                       "other_reports": list(theirs)}),
                    author=author.strip(), note=note, created_at=now,
                )
            )
            _, placed = self._recluster(conn, [*mine, *theirs], now, {incident_id, other_incident_id})
            return placed.get(mine[0], incident_id)

        return self._backend.write(work)


def with_place_names(text: str, names: dict[str, str]) -> str:
    """``text`` (a merge or suggestion reason) with each gazetteer place id of ``names`` replaced by the place's name:
    "same place Tall Tamr", not "same place names:17"."""
    if not names:
        return text
    pattern = re.compile(
        "|".join(rf"(?<![\w:]){re.escape(place_id)}(?![\w/])" for place_id in sorted(names, key=len, reverse=True))
    )
    return pattern.sub(lambda match: names[match.group(0)], text)


@dataclass(frozen=True)
class PossibleDuplicate:
    """Two incidents that may be one event, why (:func:`~mapapp.store.merge.suggestion_reason`) and how likely
    (``priority``: :func:`~mapapp.store.merge.suggestion_priority`, 0 likeliest; the best pair of their reports)."""

    incident_id: str
    other_incident_id: str
    reason: str
    priority: int = 0


__all__ = [
    "EditRecord",
    "IncidentRecord",
    "IncidentStore",
    "IngestResult",
    "PossibleDuplicate",
    "RegeocodeResult",
    "ReportRecord",
    "StoreCounts",
    "check_bbox",
]
