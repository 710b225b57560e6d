"""The incident store on both back ends (SQLite file and PostGIS schema): nothing mocked."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_factories import (
    AL_HASAKAH_CITY,
    ARTICLE_A,
    ARTICLE_B,
    TALL_TAMR,
    khuweibra_reports,
    located,
    make_incident,
    synthetic_document,
)

from mapapp.io.export import write_incidents
from mapapp.model import Casualties, Document, EventType
from mapapp.store import EditError, IncidentStore, StoreError, open_store
from mapapp.store.backends import open_backend
from mapapp.store.schema import (
    LATEST_VERSION,
    current_version,
    incidents,
    migrate,
    schema_version,
)
from mapapp.store.store import IncidentStore as StoreClass


def test_ingest_is_idempotent(store: IncidentStore) -> None:
    a, _ = khuweibra_reports()
    other = make_incident(ARTICLE_A, "Rescue workers", place=TALL_TAMR, event_type=EventType.RAID, when=date(2018, 6, 5))
    first = store.ingest(ARTICLE_A, [a, other])
    assert first.document_new and first.reports_new == 2 and first.incidents_new == 2
    before = (store.counts(), [i.to_dict() for i in store.incidents()])
    again = store.ingest(ARTICLE_A, [a, other])
    assert not again.document_new and again.reports_new == 0 and again.reports_unchanged == 2
    assert again.incident_ids == first.incident_ids
    assert (store.counts(), [i.to_dict() for i in store.incidents()]) == before
    assert store.add_document(ARTICLE_A) is False
    assert store.counts().documents == 1


def test_documents_are_stored_once_with_their_metadata(store: IncidentStore) -> None:
    assert store.add_document(ARTICLE_B) is True
    assert store.add_document(replace(ARTICLE_B, name="renamed.txt")) is False  # same text, same document
    stored = store.document(ARTICLE_B.id)
    assert stored is not None
    assert (stored.text, stored.outlet, stored.published, stored.name) == (
        ARTICLE_B.text, "Euphrates Daily", date(2018, 6, 6), ARTICLE_B.name,
    )
    assert store.document("0" * 16) is None


def test_two_articles_of_the_khuweibra_strike_become_one_incident(store: IncidentStore) -> None:
    a, b = khuweibra_reports()
    store.ingest(ARTICLE_A, [a])
    result = store.ingest(ARTICLE_B, [b])
    assert result.incidents_merged == 1 and result.incidents_new == 0
    assert result.incident_ids == (a.id,)
    counts = store.counts()
    assert (counts.documents, counts.reports, counts.incidents) == (2, 2, 1)
    [incident] = store.incidents()
    assert incident.killed is not None and (incident.killed.low, incident.killed.high) == (20, None)
    assert "Levant Wire" in incident.sources and "Euphrates Daily" in incident.sources
    record = store.record(incident.id)
    assert record.killed_disagreement
    assert sorted((r["low"], r["high"]) for r in record.killed_reported) == [(18, None), (20, 20)]
    assert [r.document_id for r in record.reports] == [ARTICLE_A.id, ARTICLE_B.id]
    assert record.reports[1].evidence is not None
    assert ARTICLE_B.text[record.reports[1].evidence.start : record.reports[1].evidence.end] == "killed 20 people"
    assert record.reports[1].merge_reason == record.merge_reasons[0]
    assert "khuweibra" in record.merge_reasons[0] and "2018-06-04 and 2018-06-05 (1 day)" in record.merge_reasons[0]
    assert "both airstrike" in record.merge_reasons[0]


def test_reports_of_different_events_stay_apart(store: IncidentStore) -> None:
    a, b = khuweibra_reports()
    store.ingest(ARTICLE_A, [a])
    store.ingest(ARTICLE_B, [replace(b, event_type=EventType.ARMED_CLASH)])  # a firefight is not a strike
    far = synthetic_document(1)
    store.ingest(far, [make_incident(far, "shelling", place=TALL_TAMR, when=date(2018, 6, 4))])
    near_city = synthetic_document(2)
    store.ingest(near_city, [make_incident(near_city, "airstrike", place=AL_HASAKAH_CITY, when=date(2018, 6, 9))])
    assert store.counts().incidents == 4


def test_unmerge_splits_a_report_out_and_survives_reingest(store: IncidentStore) -> None:
    a, b = khuweibra_reports()
    store.ingest(ARTICLE_A, [a])
    store.ingest(ARTICLE_B, [b])
    store.correct(a.id, "killed", 21, author="analyst")
    new_id = store.unmerge(a.id, b.id, author="analyst", note="different school")
    assert new_id == b.id
    assert store.counts().incidents == 2
    original = store.incident(a.id)
    split = store.incident(b.id)
    assert original is not None and split is not None
    assert original.killed is not None and original.killed.low == 21  # the edit stays with the incident
    assert split.killed == b.killed
    assert store.record(b.id).reports[0].merge_reason is None
    assert [h.field for h in store.history(a.id)] == ["killed", "unmerge"]
    store.ingest(ARTICLE_B, [b])
    store.ingest(ARTICLE_A, [a])
    assert store.counts().incidents == 2
    with pytest.raises(StoreError):
        store.unmerge(a.id, b.id)


def test_unmerging_the_founding_report_keeps_the_incident_id_with_the_rest(store: IncidentStore) -> None:
    a, b = khuweibra_reports()
    store.ingest(ARTICLE_A, [a])
    store.ingest(ARTICLE_B, [b])
    store.correct(a.id, "event_type", "drone_strike", author="analyst")
    new_id = store.unmerge(a.id, a.id)
    assert new_id == f"{a.id}-split"
    rest = store.record(a.id)
    assert [r.id for r in rest.reports] == [b.id]
    assert rest.incident.event_type is EventType.DRONE_STRIKE
    assert [r.id for r in store.record(new_id).reports] == [a.id]


def test_corrections_apply_in_order_and_survive_reingest_and_export(store: IncidentStore, tmp_path: Path) -> None:
    a, b = khuweibra_reports()
    store.ingest(ARTICLE_A, [a])
    store.ingest(ARTICLE_B, [b])
    store.correct(a.id, "killed", (19, 25), author="alice")
    store.correct(a.id, "killed", 22, author="bob", note="hospital list")
    store.correct(a.id, "place", AL_HASAKAH_CITY, author="alice")
    store.correct(a.id, "date", date(2018, 6, 3), author="alice")
    history = store.history(a.id)
    assert [(h.field, h.author) for h in history] == [("killed", "alice"), ("killed", "bob"), ("place", "alice"), ("date", "alice")]
    assert history[1].note == "hospital list" and history[0].created_at <= history[-1].created_at
    assert history[0].created_at.tzinfo is not None
    # Re-ingest and re-extraction (the geocoder now says something else) keep the edits.
    store.ingest(ARTICLE_A, [a])
    store.ingest(ARTICLE_B, [replace(b, location=located(TALL_TAMR))])
    [incident] = store.incidents()
    assert incident.killed is not None and (incident.killed.low, incident.killed.high) == (22, 22)
    assert incident.location is not None and incident.location.place == AL_HASAKAH_CITY
    assert incident.date is not None and incident.date.value == date(2018, 6, 3)
    out = tmp_path / "incidents.geojson"
    write_incidents(store.incidents(), out)
    [feature] = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert feature["properties"]["killed_low"] == 22 and feature["properties"]["place_id"] == AL_HASAKAH_CITY.id
    assert feature["properties"]["date"] == "2018-06-03"
    assert feature["geometry"]["coordinates"] == pytest.approx([AL_HASAKAH_CITY.lon, AL_HASAKAH_CITY.lat])


def test_re_extraction_with_new_ids_keeps_the_incident_and_its_edits(store: IncidentStore) -> None:
    a, b = khuweibra_reports()
    store.ingest(ARTICLE_A, [a])
    store.ingest(ARTICLE_B, [b])
    store.correct(a.id, "killed", 19, author="analyst")
    # A better extractor reads a longer evidence span from article A: a new report id, same event.
    reread = make_incident(
        ARTICLE_A, "At least 18 Iraqi refugees were killed on June 4, 2018", toponym="Khuweibra",
        when=date(2018, 6, 4), killed=Casualties(18, None, "At least 18"),
    )
    reread = replace(reread, id="reread-" + a.id)
    result = store.ingest(ARTICLE_A, [reread])
    assert result.reports_updated == 1 and result.incidents_new == 0 and result.incident_ids == (a.id,)
    counts = store.counts()
    assert (counts.documents, counts.reports, counts.incidents) == (2, 2, 1)
    record = store.record(a.id)
    assert [r.id for r in record.reports] == [reread.id, b.id]
    assert record.incident.killed is not None and record.incident.killed.low == 19


def test_dismissed_incidents_are_hidden_unless_asked_for(store: IncidentStore) -> None:
    a, _ = khuweibra_reports()
    store.ingest(ARTICLE_A, [a])
    store.correct(a.id, "not_incident", True, author="analyst")
    assert store.incidents() == []
    assert [i.id for i in store.incidents(include_dismissed=True)] == [a.id]
    assert store.counts().dismissed == 1
    store.correct(a.id, "dismissed", False, author="analyst")
    assert [i.id for i in store.incidents()] == [a.id]


def test_bad_corrections_and_unknown_ids_are_refused(store: IncidentStore) -> None:
    a, _ = khuweibra_reports()
    store.ingest(ARTICLE_A, [a])
    with pytest.raises(EditError):
        store.correct(a.id, "killed", "lots", author="x")
    with pytest.raises(EditError):
        store.correct(a.id, "killed", 3, author=" ")
    with pytest.raises(StoreError):
        store.correct("nope", "killed", 3, author="x")
    with pytest.raises(StoreError):
        store.history("nope")
    assert store.counts().edits == 0


@pytest.mark.parametrize(
    ("crash_in", "merging"),
    [("_refresh", True), ("_write_incident", True), ("_write_incident", False)],
)
def test_a_crash_mid_ingest_leaves_the_store_as_before(
    store: IncidentStore, monkeypatch: pytest.MonkeyPatch, crash_in: str, merging: bool
) -> None:
    a, b = khuweibra_reports()
    store.ingest(ARTICLE_A, [a])
    before = (store.counts(), [i.to_dict() for i in store.incidents()])
    if merging:  # joins the stored incident
        document, extracted = ARTICLE_B, b
    else:  # founds a new incident
        document = synthetic_document(5)
        extracted = make_incident(document, "shelling", place=TALL_TAMR, event_type=EventType.SHELLING, when=date(2019, 1, 1))

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("power cut")

    # By then the document and report rows are written; the crash comes while writing the incident rows.
    monkeypatch.setattr(StoreClass, crash_in, crash)
    with pytest.raises(RuntimeError, match="power cut"):
        store.ingest(document, [extracted])
    monkeypatch.undo()
    assert (store.counts(), [i.to_dict() for i in store.incidents()]) == before
    assert store.document(document.id) is None
    result = store.ingest(document, [extracted])
    assert (result.incidents_merged, result.incidents_new) == ((1, 0) if merging else (0, 1))


def test_bbox_query_uses_the_spatial_index(store: IncidentStore) -> None:
    city_doc, tamr_doc, lost_doc = synthetic_document(1), synthetic_document(2), synthetic_document(3)
    store.ingest(city_doc, [make_incident(city_doc, "shelling", place=AL_HASAKAH_CITY, when=date(2018, 1, 1))])
    store.ingest(tamr_doc, [make_incident(tamr_doc, "shelling", place=TALL_TAMR, when=date(2018, 1, 1))])
    store.ingest(lost_doc, [make_incident(lost_doc, "shelling", place=None, when=date(2018, 1, 1))])
    around_city = (AL_HASAKAH_CITY.lon - 0.05, AL_HASAKAH_CITY.lat - 0.05, AL_HASAKAH_CITY.lon + 0.05, AL_HASAKAH_CITY.lat + 0.05)
    both = (40.0, 36.0, 41.0, 37.0)
    assert [i.location.place.id for i in store.incidents(bbox=around_city) if i.location and i.location.place] == [AL_HASAKAH_CITY.id]
    assert len(store.incidents(bbox=both)) == 2
    assert store.incidents(bbox=(0.0, 0.0, 1.0, 1.0)) == []
    assert len(store.incidents()) == 3  # the unresolved one is kept, just not in any bbox
    # Moving an incident by a correction moves it in the index.
    tamr_id = store.incidents(bbox=(TALL_TAMR.lon - 0.01, TALL_TAMR.lat - 0.01, TALL_TAMR.lon + 0.01, TALL_TAMR.lat + 0.01))[0].id
    store.correct(tamr_id, "place", AL_HASAKAH_CITY, author="analyst")
    assert len(store.incidents(bbox=around_city)) == 2
    with pytest.raises(ValueError):
        store.incidents(bbox=(41.0, 36.0, 40.0, 37.0))


def test_conflicting_ids_are_refused(store: IncidentStore) -> None:
    a, _ = khuweibra_reports()
    store.ingest(ARTICLE_A, [a])
    with pytest.raises(StoreError):
        store.ingest(ARTICLE_B, [replace(a, document_id=None)])  # the id already belongs to article A
    with pytest.raises(StoreError):
        store.ingest(ARTICLE_B, [a])  # says it comes from article A
    assert store.counts().documents == 1


def test_reopening_finds_everything(store_url: str) -> None:
    a, b = khuweibra_reports()
    with open_store(store_url) as first:
        first.ingest(ARTICLE_A, [a])
        first.ingest(ARTICLE_B, [b])
        first.correct(a.id, "killed", 30, author="x")
    with open_store(store_url) as second:
        assert second.counts().incidents == 1
        [incident] = second.incidents()
        assert incident.killed == Casualties(30, 30, "corrected by hand")


def test_migration_from_version_one_adds_and_fills_the_spatial_index(store_url: str) -> None:
    backend = open_backend(store_url)
    backend.write(lambda conn: migrate(conn, backend.dialect, target=1))
    doc = synthetic_document(7)
    incident = make_incident(doc, "shelling", place=TALL_TAMR, when=date(2018, 1, 1))
    now = datetime.now(timezone.utc)

    def add_version_one_data(conn: sa.Connection) -> None:  # an incident stored before the spatial index existed
        assert current_version(conn) == 1
        conn.execute(
            incidents.insert().values(
                id=incident.id, event_type="shelling", lat=TALL_TAMR.lat, lon=TALL_TAMR.lon, dismissed=False,
                n_reports=0, current_json=json.dumps(incident.to_dict()), summary_json="{}", created_at=now,
                updated_at=now,
            )
        )

    backend.write(add_version_one_data)
    backend.dispose()
    with open_store(store_url) as migrated:
        with migrated._backend.read() as conn:
            assert current_version(conn) == LATEST_VERSION
        assert [i.id for i in migrated.incidents(bbox=(40.0, 36.0, 41.0, 37.0))] == [incident.id]
        assert migrated.incidents(bbox=(38.0, 34.0, 39.0, 35.0)) == []


def test_a_store_from_a_newer_mapapp_is_refused(store_url: str) -> None:
    open_store(store_url).close()
    backend = open_backend(store_url)
    backend.write(
        lambda conn: conn.execute(
            schema_version.insert().values(
                version=LATEST_VERSION + 1, description="future", applied_at=datetime.now(timezone.utc)
            )
        )
    )
    backend.dispose()
    with pytest.raises(StoreError, match="newer"):
        open_store(store_url)


def test_a_new_store_is_created_in_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    with open_store(str(path)) as store:
        assert store.counts().documents == 0
    connection = sqlite3.connect(path)
    try:
        versions = [row[0] for row in connection.execute("SELECT version FROM schema_version ORDER BY version")]
        journal = connection.execute("PRAGMA journal_mode").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()
    assert versions == list(range(1, LATEST_VERSION + 1))
    assert journal == "wal"
    assert {"documents", "reports", "incidents", "edits", "incident_rtree"} <= tables


def test_default_store_lives_in_the_user_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MAPAPP_DB", raising=False)
    with open_store(None) as store:
        store.add_document(Document(text="hello"))
        assert store.description == str(tmp_path / "data" / "incidents.sqlite")
    assert (tmp_path / "data" / "incidents.sqlite").is_file()


def test_unusable_locations_are_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        open_store("mysql://somewhere/db")
    with pytest.raises(StoreError):
        open_store(str(tmp_path))  # a folder


def test_the_spatial_index_is_the_dialects_own(store: IncidentStore) -> None:
    with store._backend.read() as conn:
        if store.dialect == "sqlite":
            sql = conn.execute(sa.text("SELECT sql FROM sqlite_master WHERE name = 'incident_rtree'")).scalar()
            assert "rtree" in (sql or "").lower()
            return
        column = conn.execute(
            sa.text("SELECT type FROM geometry_columns WHERE f_table_name = 'incidents' AND f_geometry_column = 'geom'")
        ).scalar()
        index = conn.execute(
            sa.text("SELECT indexdef FROM pg_indexes WHERE tablename = 'incidents' AND indexname = 'ix_incidents_geom'")
        ).scalar()
    assert column == "POINT" and "gist" in (index or "").lower()


def test_an_unsupported_url_error_does_not_show_the_password() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("mysql://analyst:s3cret@db.example/incidents")
    assert "s3cret" not in str(caught.value)
    assert "mysql://***@db.example/incidents" in str(caught.value)
