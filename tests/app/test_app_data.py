"""The app's data seam: the bundled seed, provenance stamping, the incidents file, the store (seeding, saving)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from app_factories import make_incident

from mapapp.app import data
from mapapp.model import Casualties, Document, EventType, Location, Precision, Toponym
from mapapp.store import StoreError, open_store


def test_bundled_seed_is_the_repository_seed(seed_text: str) -> None:
    assert data.seed_text() == seed_text
    assert data.seed_document().name == data.SEED_NAME


class StubResolver:
    def resolve(self, toponym: Toponym) -> Location:
        return Location(toponym=toponym.text, place=None, precision=Precision.UNRESOLVED)


def test_processed_incidents_carry_the_documents_provenance() -> None:
    document = Document(
        text="A drone strike killed two people in Hajin in Deir ez-Zor province on Monday.",
        name="x.txt",
        outlet="Some Outlet",
        url="https://example.org/a",
        published=date(2019, 3, 5),
    )
    incidents = data.process_document(document, StubResolver())
    assert incidents, "the extractor should find the drone strike"
    for incident in incidents:
        assert incident.document_id == document.id
        assert incident.outlet == "Some Outlet"
        assert incident.url == "https://example.org/a"
        assert incident.published == date(2019, 3, 5)


def test_incident_set_can_come_from_a_file(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    incidents = [make_incident("f1"), make_incident("f2")]
    path = tmp_path / "incidents.json"
    path.write_text(json.dumps({"incidents": [i.to_dict() for i in incidents]}), encoding="utf-8")
    monkeypatch.setenv(data.INCIDENTS_ENV, str(path))
    assert data.load_incident_set(None) == incidents


def test_an_empty_store_is_seeded_once(tmp_path: Path) -> None:
    resolver_loads: list[int] = []

    def resolver() -> StubResolver:
        resolver_loads.append(1)
        return StubResolver()

    with open_store(tmp_path / "s.sqlite") as store:
        result = data.seed_if_empty(store, resolver)
        assert result is not None and result.document_new
        assert result.document_id == data.seed_document().id
        assert store.counts().documents == 1
        assert len(data.load_incident_set(store)) == result.incidents_new + result.incidents_merged > 0
        assert data.seed_if_empty(store, resolver) is None
    assert resolver_loads == [1]  # the (slow) resolver is not loaded for a store that already has documents


def test_a_store_location_that_cannot_be_opened_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        data.open_app_store(str(tmp_path))
    with pytest.raises(StoreError, match="unsupported database URL"):
        data.open_app_store("mysql://user:secret@host/db")


DOCUMENT = Document(text="Two events happened. Then another one.", name="two.txt", outlet="Outlet A")


def two_reports() -> list:
    return [
        make_incident("r1", killed=Casualties(2, 2), when=date(2019, 1, 5), lat=36.1, lon=40.6),
        make_incident("r2", event_type=EventType.SHELLING, when=date(2019, 1, 6), lat=35.9, lon=39.1),
    ]


def test_save_reviewed_stores_changed_fields_as_corrections(tmp_path: Path) -> None:
    extracted = two_reports()
    edited = [replace(extracted[0], killed=Casualties(5, 6)), replace(extracted[1], event_type=EventType.IED)]
    with open_store(tmp_path / "s.sqlite") as store:
        outcome = data.save_reviewed(store, DOCUMENT, extracted, edited, author="Rania")
        assert outcome.result.incidents_new == 2
        assert sorted((iid, name) for iid, name, _ in outcome.corrections) == [("r1", "killed"), ("r2", "event_type")]
        assert store.incident("r1").killed.low == 5 and store.incident("r1").killed.high == 6
        assert store.incident("r2").event_type is EventType.IED
        assert {e.author for e in store.history("r1")} == {"Rania"}
        # saving the same review again records nothing twice
        again = data.save_reviewed(store, DOCUMENT, extracted, edited, author="Rania")
        assert not again.result.document_new and again.corrections == ()
        # a re-extraction (new values in the report) keeps the analyst's correction on top
        reextracted = [replace(extracted[0], killed=Casualties(3, 3)), extracted[1]]
        store.ingest(DOCUMENT, reextracted)
        assert store.incident("r1").killed.low == 5
        assert store.record("r1").reports[0].incident.killed.low == 3
        assert len(store.history("r1")) == 1
    summary = outcome.summary("two.txt")
    assert summary.startswith("Saved two.txt (new document): 2 new incident(s), 0 merged")
    assert "2 correction(s) recorded" in summary


def test_untouched_fields_do_not_override_other_sources(tmp_path: Path) -> None:
    """A report that joins an existing incident: fields the analyst left alone are not turned into corrections."""
    with open_store(tmp_path / "s.sqlite") as store:
        store.ingest(DOCUMENT, two_reports())
        other = Document(text="The same strike, told again.", name="other.txt", outlet="Outlet B")
        joining = [make_incident("o1", killed=Casualties(4, 4), when=date(2019, 1, 5), lat=36.1, lon=40.6)]
        outcome = data.save_reviewed(store, other, joining, joining, author="x")
        assert outcome.result.incidents_merged == 1
        assert outcome.corrections == ()
        assert store.history(outcome.result.incident_ids[0]) == []


def test_save_reviewed_refuses_mismatched_reviews(tmp_path: Path) -> None:
    extracted = two_reports()
    with open_store(tmp_path / "s.sqlite") as store, pytest.raises(ValueError, match="do not match"):
        data.save_reviewed(store, DOCUMENT, extracted, extracted[:1], author="x")


def test_the_app_resolver_checks_points_against_the_boundaries_the_cli_passes(
    fixtures_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    monkeypatch.delenv("MAPAPP_BOUNDARIES", raising=False)
    assert data.load_resolver().boundaries is None
    boundary_file = fixtures_dir / "governorates_tiny.geojson"
    monkeypatch.setenv("MAPAPP_BOUNDARIES", str(boundary_file))
    assert data.load_resolver().boundaries.source == str(boundary_file)
