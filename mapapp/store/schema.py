"""The store's tables (SQLAlchemy Core) and its ordered migrations.

Tables:

* ``documents``: each ingested document once, keyed by its content hash, with
  its publication date and where that date came from (``published_source``,
  migration 5).
* ``reports``: one extracted incident of one document (its id is the extracted
  ``Incident.id``), the evidence span, the full extracted incident as JSON and
  the columns the same-event rule queries; ``incident_id`` says which merged
  incident it belongs to and ``merge_reason`` why it joined it.
* ``incidents``: one row per merged incident with its *current* value (merged
  reports with edits applied) as JSON, plus query columns; the spatial index is
  added by migration 2 (an R*Tree virtual table on SQLite, a PostGIS
  ``geometry(Point, 4326)`` column with a GIST index on PostgreSQL).
* ``edits``: hand corrections (and unmerge, join and keep-apart records), in order, with author and time.
* ``user_places``: the user gazetteer — places an analyst put on the map
  (names, governorate, point, author, time); the geocoder consults them first
  (migration 3).
* ``schema_version``: the migrations applied.

``reports.gazetteer`` (migration 8) is the fingerprint of the gazetteer a report's place was resolved with
(:mod:`mapapp.geocode.fingerprint`), so :meth:`~mapapp.store.IncidentStore.regeocode` finds the reports placed
with another one.

A migration is a function of a connection inside the opening transaction;
:data:`MIGRATIONS` lists them in order and :func:`migrate` applies the missing ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.engine import Connection

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("name", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("published_source", sa.Text),  # Document.published_source; NULL when stored before migration 5
    sa.Column("title", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
)

incidents = sa.Table(
    "incidents",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", sa.String(64), nullable=False, unique=True),
    sa.Column("event_type", sa.String(32), nullable=False),
    sa.Column("event_date", sa.Date),
    sa.Column("place_id", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("dismissed", sa.Boolean, nullable=False, default=False),
    sa.Column("n_reports", sa.Integer, nullable=False),
    sa.Column("current_json", sa.Text, nullable=False),
    sa.Column("summary_json", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

reports = sa.Table(
    "reports",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", sa.String(64), nullable=False, unique=True),
    sa.Column("incident_id", sa.String(64), nullable=False, index=True),
    sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id"), nullable=False, index=True),
    sa.Column("event_type", sa.String(32), nullable=False),
    sa.Column("event_date", sa.Date),
    sa.Column("month", sa.Integer),
    sa.Column("day", sa.Integer),
    sa.Column("place_id", sa.Text, index=True),
    sa.Column("precision", sa.String(32), nullable=False),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("toponym", sa.Text),
    sa.Column("report_date", sa.Boolean),  # event_date is a report date (on or before it); migration 4
    # what the corroborated rule compares (mapapp.store.merge.corroborated_reason); migration 6
    sa.Column("admin1", sa.Text),
    sa.Column("actor", sa.Text),
    sa.Column("killed_low", sa.Integer),
    sa.Column("killed_high", sa.Integer),
    sa.Column("approximate", sa.Boolean),  # the toponym is not the resolved place's own name; migration 7
    # fingerprint of the gazetteer the place was resolved with (mapapp.geocode.fingerprint); NULL: not known
    # (stored before migration 8, or by a caller that did not say). ``mapapp regeocode`` re-resolves the others.
    sa.Column("gazetteer", sa.String(32)),
    sa.Column("evidence_start", sa.Integer),
    sa.Column("evidence_end", sa.Integer),
    sa.Column("evidence_text", sa.Text),
    sa.Column("incident_json", sa.Text, nullable=False),
    sa.Column("merge_reason", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_reports_type_date", "event_type", "event_date"),
    sa.Index("ix_reports_type_month_day", "event_type", "month", "day"),
    sa.Index("ix_reports_actor_killed", "actor", "killed_low"),
)

edits = sa.Table(
    "edits",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("incident_id", sa.String(64), nullable=False, index=True),
    sa.Column("field", sa.String(32), nullable=False),
    sa.Column("value_json", sa.Text, nullable=False),
    sa.Column("author", sa.Text, nullable=False),
    sa.Column("note", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)


user_places = sa.Table(
    "user_places",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", sa.String(80), nullable=False, unique=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("names_json", sa.Text, nullable=False),
    sa.Column("admin1", sa.Text),
    sa.Column("lat", sa.Float, nullable=False),
    sa.Column("lon", sa.Float, nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("author", sa.Text, nullable=False),
    sa.Column("note", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Migration:
    """One schema step: ``apply(connection, dialect_name)`` runs inside the opening transaction."""

    version: int
    description: str
    apply: Callable[[Connection, str], None]


def _create_core_tables(conn: Connection, dialect: str) -> None:
    metadata.create_all(conn, tables=[documents, incidents, reports, edits])


def _create_spatial_index(conn: Connection, dialect: str) -> None:
    # The spatial bits live in mapapp.store.spatial (the only dialect-specific module).
    from mapapp.store.spatial import spatial_index_for

    spatial_index_for(dialect).create(conn)


def _create_user_places(conn: Connection, dialect: str) -> None:
    metadata.create_all(conn, tables=[user_places])


def _add_report_date_column(conn: Connection, dialect: str) -> None:
    # A store created since this migration has the column from migration 1 (create_all of the current table).
    if "report_date" not in {column["name"] for column in sa.inspect(conn).get_columns("reports")}:
        conn.execute(sa.text("ALTER TABLE reports ADD COLUMN report_date BOOLEAN"))


def _add_published_source_column(conn: Connection, dialect: str) -> None:
    # As in migration 4: a store created since has the column from migration 1. Rows stored before stay NULL
    # (where their date came from is unknown); re-ingesting such a document fills it in.
    if "published_source" not in {column["name"] for column in sa.inspect(conn).get_columns("documents")}:
        conn.execute(sa.text("ALTER TABLE documents ADD COLUMN published_source TEXT"))


_CORROBORATION_COLUMNS = (("admin1", "TEXT"), ("actor", "TEXT"), ("killed_low", "INTEGER"), ("killed_high", "INTEGER"))


def _add_corroboration_columns(conn: Connection, dialect: str) -> None:
    # As in migration 4: a store created since has the columns (and index) from migration 1. Stored reports are
    # filled in from their extracted incident, as ReportKey.from_incident reads it.
    have = {column["name"] for column in sa.inspect(conn).get_columns("reports")}
    if {name for name, _ in _CORROBORATION_COLUMNS} <= have:
        return
    import json

    from mapapp.model import Incident
    from mapapp.store.merge import ReportKey

    for name, kind in _CORROBORATION_COLUMNS:
        if name not in have:
            conn.execute(sa.text(f"ALTER TABLE reports ADD COLUMN {name} {kind}"))
    conn.execute(sa.text("CREATE INDEX IF NOT EXISTS ix_reports_actor_killed ON reports (actor, killed_low)"))
    rows = conn.execute(sa.select(reports.c.id, reports.c.document_id, reports.c.incident_json)).all()
    for row in rows:
        key = ReportKey.from_incident(Incident.from_dict(json.loads(row.incident_json)), row.document_id, None)
        conn.execute(
            reports.update().where(reports.c.id == row.id).values(
                admin1=key.admin1, actor=key.actor, killed_low=key.killed_low, killed_high=key.killed_high
            )
        )


def _add_approximate_column(conn: Connection, dialect: str) -> None:
    # As in migration 6: a store created since has the column; stored reports are filled in from their incident.
    if "approximate" in {column["name"] for column in sa.inspect(conn).get_columns("reports")}:
        return
    import json

    from mapapp.model import Incident
    from mapapp.store.merge import ReportKey

    conn.execute(sa.text("ALTER TABLE reports ADD COLUMN approximate BOOLEAN"))
    for row in conn.execute(sa.select(reports.c.id, reports.c.document_id, reports.c.incident_json)).all():
        key = ReportKey.from_incident(Incident.from_dict(json.loads(row.incident_json)), row.document_id, None)
        conn.execute(reports.update().where(reports.c.id == row.id).values(approximate=key.approximate))


def _add_gazetteer_column(conn: Connection, dialect: str) -> None:
    # As in migration 4: a store created since has the column. Stored reports stay NULL (resolved with a gazetteer
    # nobody recorded): the next ``mapapp regeocode`` re-resolves them and re-groups them under the current rule.
    if "gazetteer" not in {column["name"] for column in sa.inspect(conn).get_columns("reports")}:
        conn.execute(sa.text("ALTER TABLE reports ADD COLUMN gazetteer VARCHAR(32)"))


#: The migrations, in order. Append new ones; never edit a released one.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, reports, incidents, edits", _create_core_tables),
    Migration(2, "spatial index of incident points", _create_spatial_index),
    Migration(3, "user gazetteer: places analysts put on the map", _create_user_places),
    Migration(4, "reports.report_date: the event date is a publication date standing in", _add_report_date_column),
    Migration(5, "documents.published_source: where the publication date came from", _add_published_source_column),
    Migration(6, "reports.admin1, actor, killed_low/high: what the corroborated rule compares", _add_corroboration_columns),
    Migration(7, "reports.approximate: the toponym is not the resolved place's own name", _add_approximate_column),
    Migration(8, "reports.gazetteer: the gazetteer the report's place was resolved with", _add_gazetteer_column),
)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(conn: Connection) -> int:
    """The highest applied migration (0 for an empty database)."""
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    version = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar()
    return int(version or 0)


def migrate(conn: Connection, dialect: str, target: int | None = None) -> list[int]:
    """Apply the missing migrations up to ``target`` (default: all); returns the versions applied.

    Runs in the caller's (write-locked) transaction, so two processes opening a
    new store at once apply each migration exactly once.
    """
    schema_version.create(conn, checkfirst=True)
    have = current_version(conn)
    applied: list[int] = []
    for migration in MIGRATIONS:
        if migration.version <= have or (target is not None and migration.version > target):
            continue
        migration.apply(conn, dialect)
        conn.execute(
            schema_version.insert().values(
                version=migration.version, description=migration.description, applied_at=utcnow()
            )
        )
        applied.append(migration.version)
    return applied
