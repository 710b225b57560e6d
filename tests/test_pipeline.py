"""Tests for mapapp.pipeline: documents through extraction and geocoding, and the seed article end to end.

The placement rules have their tests beside their modules (tests/geocode/test_placement.py,
tests/geocode/test_document_placement.py); here the stages run together, with the real extractor and the
built-in gazetteer.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from mapapp.model import (
    GOVERNORATES,
    Document,
    EventType,
    Incident,
    Location,
    Precision,
    Span,
    Toponym,
)
from mapapp.pipeline import process_documents
from tests.geocode.placement_factories import HASAKAH, TableResolver, incident_with

# Bounding boxes of the governorate polygons in the OCHA COD-AB Syria adm1 boundaries
# (min lon, min lat, max lon, max lat), rounded outward to 0.01 degree.
GOVERNORATE_EXTENTS: dict[str, tuple[float, float, float, float]] = {
    "Al-Hasakah": (39.50, 35.49, 42.39, 37.32),
    "Ar-Raqqah": (38.05, 35.27, 39.90, 36.77),
    "Deir ez-Zor": (39.24, 34.06, 41.29, 36.34),
}
LATAKIA_MAX_LON = 36.26  # the whole of Lattakia governorate lies west of this


def in_extent(lat: float, lon: float, governorate: str) -> bool:
    min_lon, min_lat, max_lon, max_lat = GOVERNORATE_EXTENTS[governorate]
    return min_lon <= lon <= max_lon and min_lat <= lat <= max_lat


def test_process_documents_reports_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    import mapapp.extract

    def fake_extract(document: Document) -> list[Incident]:
        return [incident_with(Toponym(Span(document.text, 0, len(document.text))))]

    monkeypatch.setattr(mapapp.extract, "extract_incidents", fake_extract, raising=False)
    seen: list[str] = []
    resolver = TableResolver({"Hasakah": Location(toponym="Hasakah", place=HASAKAH, precision=Precision.PLACE)})
    documents = [Document(text="Hasakah", name="a"), Document(text="Nowhere", name="b")]
    results = list(process_documents(documents, resolver, progress=lambda d: seen.append(d.name)))
    assert seen == ["a", "b"]
    assert [r.location.precision for r in results if r.location] == [Precision.PLACE, Precision.UNRESOLVED]


# ----------------------------------------------------------------- seed article, end to end


@pytest.fixture()
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Use the built-in gazetteer, not a dump the developer happens to have downloaded."""
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    yield tmp_path


@pytest.fixture()
def seed_incidents(seed_document: Document, isolated_data_dir: Path) -> list[Incident]:
    from mapapp.geocode import Geocoder, load_gazetteer
    from mapapp.pipeline import process_document

    return process_document(seed_document, Geocoder(load_gazetteer(None)))


def test_seed_three_incidents(seed_incidents: list[Incident]) -> None:
    assert len(seed_incidents) == 3, [i.evidence_text[:60] for i in seed_incidents]


def test_seed_incidents_in_hasakah(seed_incidents: list[Incident]) -> None:
    hasakah = [
        i for i in seed_incidents if i.location is not None and i.location.place is not None
        and i.location.place.admin1 == "Al-Hasakah" and i.location.is_mappable
    ]  # fmt: skip
    assert sorted(i.killed.low for i in hasakah if i.killed is not None) == [12, 18]
    for incident in hasakah:
        assert incident.event_type is EventType.AIRSTRIKE
        assert in_extent(incident.location.lat, incident.location.lon, "Al-Hasakah")  # type: ignore[union-attr,arg-type]


def test_seed_albu_kamal_incident(seed_incidents: list[Incident]) -> None:
    matches = [i for i in seed_incidents if i.date is not None and (i.date.month, i.date.day) == (5, 24)]
    assert len(matches) == 1
    incident = matches[0]
    assert incident.location is not None and incident.location.is_mappable
    assert incident.location.place is not None and incident.location.place.admin1 == "Deir ez-Zor"
    assert in_extent(incident.location.lat, incident.location.lon, "Deir ez-Zor")  # type: ignore[arg-type]
    assert "Kamal" in incident.location.toponym
    assert "approximate" in incident.location.note  # located against Hmeimim, which is in Latakia


def test_seed_nothing_outside_coverage_is_placed(seed_incidents: list[Incident]) -> None:
    for incident in seed_incidents:
        location = incident.location
        assert location is not None
        if location.is_mappable:
            assert location.place is not None and location.place.admin1 in GOVERNORATES
            assert location.lon is not None and location.lon > LATAKIA_MAX_LON
            assert any(in_extent(location.lat, location.lon, g) for g in GOVERNORATES)  # type: ignore[arg-type]


def test_seed_evidence_offsets_point_into_the_text(seed_incidents: list[Incident], seed_document: Document) -> None:
    for incident in seed_incidents:
        assert incident.evidence
        for span in incident.evidence:
            assert seed_document.text[span.start : span.end] == span.text


def test_a_list_sentence_of_several_places_is_stored_whole(isolated_data_dir: Path) -> None:
    # the store refuses a document whose incidents share an id: the list's places must each keep their own
    from mapapp.geocode import Geocoder, load_gazetteer
    from mapapp.pipeline import process_document
    from mapapp.store import open_store

    document = Document(
        text="Turkish drones struck targets across the region on Monday. Among the sites hit were a bakery near "
        "Qamishli, a grain silo at Tal Tamr and a water station at Amuda.",
        published=date(2024, 1, 10),
    )
    incidents = process_document(document, Geocoder(load_gazetteer(None)))
    store = open_store(f"sqlite:///{isolated_data_dir / 'store.sqlite'}")
    store.ingest(document, incidents)
    assert len(store.incidents()) == 3


def test_an_event_answered_abroad_is_kept_and_never_mapped(isolated_data_dir: Path) -> None:
    from mapapp.geocode import Geocoder, load_gazetteer
    from mapapp.pipeline import process_document

    text = (
        "A drone hit a car in Amuda on Sunday, killing two. Jets bombed 12 sites in Hasakah province on Tuesday in "
        "reprisal for the killing of five guards at a post in the Kurdistan Region on Monday."
    )
    incidents = process_document(Document(text=text, published=date(2024, 2, 7)), Geocoder(load_gazetteer(None)))
    abroad = [i for i in incidents if i.primary_toponym is not None and i.primary_toponym.text == "Kurdistan Region"]
    assert len(abroad) == 1
    assert abroad[0].location is not None and not abroad[0].location.is_mappable


def test_an_operation_zone_is_never_placed_in_the_reports_governorate(isolated_data_dir: Path) -> None:
    from mapapp.geocode import Geocoder, load_gazetteer
    from mapapp.pipeline import process_document

    text = (
        "Ministry statement\n\n3 terrorists spotted near Tal Tamr were neutralized by our drones on Monday. "
        "Our artillery neutralized 2 terrorists in the Olive Branch region."
    )
    incidents = process_document(Document(text=text, published=date(2024, 2, 7)), Geocoder(load_gazetteer(None)))
    zone = [i for i in incidents if i.primary_toponym is not None and i.primary_toponym.text == "Olive Branch region"]
    assert len(zone) == 1
    assert zone[0].location is not None and not zone[0].location.is_mappable
