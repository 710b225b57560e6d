"""Where a document's publication date came from (``Document.published_source``) survives the store and its exports,
and a store made before migration 5 upgrades cleanly (both back ends)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date, datetime, timezone

import sqlalchemy as sa
from store_factories import make_incident

from mapapp.extract import extract_incidents
from mapapp.io.export import PROPERTY_SCHEMA, export_bytes
from mapapp.model import (
    PUBLISHED_FROM_HTML,
    PUBLISHED_FROM_PAGE_TEXT,
    PUBLISHED_GIVEN,
    Document,
)
from mapapp.store import IncidentStore, open_store
from mapapp.store.backends import open_backend
from mapapp.store.schema import (
    LATEST_VERSION,
    current_version,
    documents,
    schema_version,
)

PAGE_DATED = Document(
    text="An airstrike hit a school in Khuweibra village on Monday, killing four people.",
    name="page-dated.html",
    outlet="Test Wire",
    published=date(2019, 3, 12),
    published_source=PUBLISHED_FROM_PAGE_TEXT,
)


def _exported(incidents: list, fmt: str) -> list[dict[str, str]]:
    data = export_bytes(incidents, fmt)
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    return [feature["properties"] for feature in json.loads(data)["features"]]


def test_published_source_sits_beside_published_in_the_export_schema() -> None:
    names = list(PROPERTY_SCHEMA)
    assert names[names.index("published") + 1] == "published_source"
    assert PROPERTY_SCHEMA["published_source"] == "str"


def test_published_source_round_trips_through_the_store(store: IncidentStore) -> None:
    store.ingest(PAGE_DATED, [make_incident(PAGE_DATED, "An airstrike hit a school")])
    assert store.document(PAGE_DATED.id) == PAGE_DATED
    [incident] = store.incidents()
    assert incident.published == date(2019, 3, 12) and incident.published_source == PUBLISHED_FROM_PAGE_TEXT
    for fmt in ("geojson", "csv"):
        [row] = _exported([incident], fmt)
        assert (row["published"], row["published_source"]) == ("2019-03-12", "page text"), fmt


def test_a_document_without_a_date_exports_no_source(store: IncidentStore) -> None:
    undated = Document(text="Shelling hit Khuweibra village.", name="undated.txt", published_source=PUBLISHED_FROM_HTML)
    store.ingest(undated, [make_incident(undated, "Shelling hit")])
    [incident] = store.incidents()
    assert incident.published is None and incident.published_source is None
    [row] = _exported([incident], "csv")
    assert (row["published"], row["published_source"]) == ("", "")


def test_extract_and_store_export_the_same_source(store: IncidentStore) -> None:
    extracted = extract_incidents(PAGE_DATED)
    assert extracted, "the sentence should give an incident"
    assert {incident.published_source for incident in extracted} == {PUBLISHED_FROM_PAGE_TEXT}
    store.ingest(PAGE_DATED, extracted)
    stored = {incident.id: incident for incident in store.incidents()}
    for direct in extracted:
        assert _exported([stored[direct.id]], "csv")[0]["published_source"] == "page text"
        assert _exported([direct], "csv")[0]["published_source"] == "page text"


def _take_back_to_version_4(store_url: str, old_document: Document) -> None:
    """Make the store as mapapp wrote it before migration 5: no published_source column, version 4."""
    backend = open_backend(store_url)

    def downgrade(conn: sa.Connection) -> None:
        conn.execute(sa.text("ALTER TABLE documents DROP COLUMN published_source"))
        conn.execute(schema_version.delete().where(schema_version.c.version > 4))
        conn.execute(
            sa.text(
                "INSERT INTO documents (id, name, outlet, url, published, title, text, ingested_at) "
                "VALUES (:id, :name, NULL, NULL, :published, NULL, :text, :now)"
            ),
            {
                "id": old_document.id, "name": old_document.name, "published": old_document.published,
                "text": old_document.text, "now": datetime.now(timezone.utc),
            },
        )

    backend.write(downgrade)
    backend.dispose()


def test_a_store_from_before_migration_5_upgrades_cleanly(store_url: str) -> None:
    with open_store(store_url) as store:
        store.ingest(PAGE_DATED, [make_incident(PAGE_DATED, "An airstrike hit a school")])
    old = Document(text="Shelling hit Khuweibra village at dawn.", name="old.txt", published=date(2018, 2, 1))
    _take_back_to_version_4(store_url, old)
    backend = open_backend(store_url)
    with backend.read() as conn:
        assert current_version(conn) == 4
        assert "published_source" not in {c["name"] for c in sa.inspect(conn).get_columns("documents")}
    backend.dispose()

    with open_store(store_url) as store:
        with store._backend.read() as conn:
            assert current_version(conn) == LATEST_VERSION >= 5
            sources = dict(conn.execute(sa.select(documents.c.id, documents.c.published_source)).all())
        assert sources == {PAGE_DATED.id: None, old.id: None}  # what was stored before is unknown, not invented
        assert store.document(old.id) == old  # read back with the model's default
        assert store.document(old.id).published_source == PUBLISHED_GIVEN
        # incidents keep reading; one whose JSON was written before the field existed exports an empty source
        [incident] = store.incidents()
        assert incident.published_source == PUBLISHED_FROM_PAGE_TEXT
        older_json = {k: v for k, v in incident.to_dict().items() if k != "published_source"}
        [row] = _exported([type(incident).from_dict(older_json)], "csv")
        assert (row["published"], row["published_source"]) == ("2019-03-12", "")
        # re-ingesting a document stored before the upgrade fills its source in
        store.ingest(PAGE_DATED, [make_incident(PAGE_DATED, "An airstrike hit a school")])
        assert store.document(PAGE_DATED.id) == PAGE_DATED
        store.ingest(replace(old, published_source=PUBLISHED_FROM_HTML), [])
        assert store.document(old.id).published_source == PUBLISHED_FROM_HTML
        # a value already known is not overwritten by a later ingest of the same text
        store.ingest(replace(old, published_source=PUBLISHED_GIVEN), [])
        assert store.document(old.id).published_source == PUBLISHED_FROM_HTML
