"""The app's data seam: the bundled seed, provenance stamping, merging, the incidents file."""

from __future__ import annotations

from datetime import date

from app_factories import make_incident

from mapapp.app import data
from mapapp.model import Document, Location, Precision, Toponym


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


def test_merge_adds_new_and_replaces_same_id() -> None:
    first, second = make_incident("a", actor="old"), make_incident("b")
    merged = data.merge_incidents([first, second], [make_incident("a", actor="new"), make_incident("c")])
    assert [i.id for i in merged] == ["a", "b", "c"]
    assert merged[0].actor == "new"


def test_incident_set_can_come_from_a_file(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    incidents = [make_incident("f1"), make_incident("f2")]
    path = tmp_path / "incidents.json"
    path.write_text(json.dumps({"incidents": [i.to_dict() for i in incidents]}), encoding="utf-8")
    monkeypatch.setenv(data.INCIDENTS_ENV, str(path))
    assert data.load_incident_set(StubResolver()) == incidents
