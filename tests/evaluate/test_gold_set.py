"""The repository's gold set (tests/gold): big enough, varied, and its coordinates come from the gazetteer data."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mapapp.evaluate.gold import GoldDocument, load_gold
from mapapp.evaluate.metrics import haversine_km
from mapapp.model import GOVERNORATES

GOLD_DIR = Path(__file__).resolve().parent.parent / "gold"


@pytest.fixture(scope="module")
def gold_set() -> list[GoldDocument]:
    return load_gold([GOLD_DIR])


def test_gold_set_size_and_variety(gold_set: list[GoldDocument]) -> None:
    incidents = [incident for document in gold_set for incident in document.incidents]
    assert len(gold_set) >= 20 and len(incidents) >= 40
    assert {incident.admin1 for incident in incidents} >= set(GOVERNORATES)
    assert len(Counter(incident.event_type for incident in incidents)) >= 8
    assert any(incident.outside_coverage for incident in incidents)
    assert any(not document.incidents for document in gold_set)  # a purely diplomatic article
    assert len({document.outlet for document in gold_set if document.outlet}) >= 8


def test_seed_copy_points_at_repo_seed(gold_set: list[GoldDocument]) -> None:
    seed = [d for d in gold_set if d.document_path and d.document_path.name == "000_b5de4e4ce07119c8.txt"]
    assert len(seed) == 1
    assert seed[0].document_path.resolve() == (GOLD_DIR.parent.parent / "seeds" / seed[0].document_path.name).resolve()


def test_gold_coordinates_are_gazetteer_places(gold_set: list[GoldDocument]) -> None:
    """Coordinates are never invented: each is a place of the embedded gazetteer in the same governorate."""
    from mapapp import geocode

    places = [p for p in geocode.load_default_gazetteer() if p.kind == "populated_place"]
    checked = 0
    for document in gold_set:
        for incident in document.incidents:
            if incident.coordinates is None:
                continue
            assert not incident.outside_coverage, incident.id
            nearest = min(places, key=lambda p: haversine_km(p.lat, p.lon, incident.coordinates.lat, incident.coordinates.lon))
            distance = haversine_km(nearest.lat, nearest.lon, incident.coordinates.lat, incident.coordinates.lon)
            assert distance < 0.5 and nearest.admin1 == incident.admin1, (incident.id, nearest.name, distance)
            checked += 1
    assert checked >= 20
