"""Gazetteer coverage of gold coordinates: any gazetteer place within 5/10/25 km, whatever was extracted."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from mapapp.cli import main
from mapapp.evaluate.coverage import NearestPlaces, gold_points, measure_coverage
from mapapp.evaluate.gold import load_gold
from mapapp.evaluate.metrics import haversine_km
from mapapp.geocode.sources import load_geonames_dump

#: Points placed against the tiny GeoNames fixture (Hajin 34.69508/40.83138, Al Mayadin 35.01982/40.45154,
#: Tall Tamr 36.65556/40.37079); the fixture's Shuhail has no own point, only its governorate's (35.1301/40.324).
NEAR_HAJIN = (34.713, 40.83138)  # ~2 km north of Hajin
EAST_OF_MAYADIN = (35.01982, 40.5392)  # ~8 km east of Al Mayadin
SOUTH_OF_TALL_TAMR = (36.47556, 40.37079)  # ~20 km south of Tall Tamr
AT_A_STAND_IN = (35.1301, 40.324)  # where governorate-level stand-ins sit: ~17 km from Al Mayadin
OPEN_DESERT = (34.9, 39.5)  # far from every fixture place


def _incident(point: tuple[float, float], admin1: str = "Deir ez-Zor") -> dict[str, object]:
    return {
        "event_type": "airstrike",
        "toponym": "somewhere",
        "admin1": admin1,
        "coordinates": {"lat": point[0], "lon": point[1]},
    }


def _write_gold(folder: Path) -> Path:
    folder.mkdir()
    first = {
        "text": "An airstrike hit a village. Another strike hit a farm.",
        "complete": False,
        "incidents": [
            _incident(NEAR_HAJIN),
            _incident(EAST_OF_MAYADIN),
            _incident(SOUTH_OF_TALL_TAMR, "Al-Hasakah"),
            {"event_type": "airstrike", "toponym": "a village without coordinates", "admin1": "Ar-Raqqah"},
        ],
    }
    second = {
        "text": "An airstrike hit the same village again. A strike hit the desert.",
        "complete": False,
        "incidents": [_incident(NEAR_HAJIN), _incident(AT_A_STAND_IN), _incident(OPEN_DESERT)],
    }
    (folder / "a.json").write_text(json.dumps(first), encoding="utf-8")
    (folder / "b.json").write_text(json.dumps(second), encoding="utf-8")
    return folder


@pytest.fixture()
def tiny_gazetteer(fixtures_dir: Path):  # type: ignore[no-untyped-def]
    """The tiny dump's places, governorates and sites; not the rows of the shipped name table, which grows (its
    sourced villages would move the distances these tests count)."""
    return [place for place in load_geonames_dump(fixtures_dir / "gazetteer_SY_tiny.txt") if not place.id.startswith("names:")]


def test_distinct_gold_points_only(tmp_path: Path) -> None:
    documents = load_gold([str(_write_gold(tmp_path / "gold"))])
    points = gold_points(documents)
    assert len(points) == 5  # the point told twice counts once; the incident without coordinates not at all
    assert points[0] == NEAR_HAJIN


def test_nearest_distance_is_the_great_circle_distance(tiny_gazetteer) -> None:  # type: ignore[no-untyped-def]
    index = NearestPlaces(tiny_gazetteer)
    [near_hajin, east] = index.nearest_km([NEAR_HAJIN, EAST_OF_MAYADIN])
    assert near_hajin == pytest.approx(haversine_km(*NEAR_HAJIN, 34.69508, 40.83138), abs=1e-6)
    assert east == pytest.approx(haversine_km(*EAST_OF_MAYADIN, 35.01982, 40.45154), abs=1e-6)
    assert 1.5 < near_hajin < 2.5 and 7 < east < 9


def test_stand_ins_and_areas_are_not_places(tiny_gazetteer) -> None:  # type: ignore[no-untyped-def]
    index = NearestPlaces(tiny_gazetteer)
    # Governorates and villages placed at their governorate's point are left out: none lies at the stand-in point.
    assert all(place.precision.value == "place" for place in index.places)
    assert index.nearest_km([AT_A_STAND_IN])[0] > 10


def test_coverage_shares(tmp_path: Path, tiny_gazetteer) -> None:  # type: ignore[no-untyped-def]
    documents = load_gold([str(_write_gold(tmp_path / "gold"))])
    coverage = measure_coverage(documents, tiny_gazetteer)
    assert coverage.gold_places == 5
    assert coverage.within_km == {5.0: 1, 10.0: 2, 25.0: 4}
    assert coverage.share(5.0) == pytest.approx(0.2)
    assert coverage.to_dict()["within_25km"] == {"hits": 4, "total": 5, "value": 0.8}


def test_empty_gazetteer_covers_nothing(tmp_path: Path) -> None:
    documents = load_gold([str(_write_gold(tmp_path / "gold"))])
    coverage = measure_coverage(documents, [])
    assert coverage.gold_places == 5 and coverage.within_km[25.0] == 0
    assert all(math.isinf(d) for d in coverage.nearest_km)


def test_evaluate_cli_reports_coverage(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MAPAPP_BOUNDARIES", raising=False)
    gold = _write_gold(tmp_path / "gold")
    dump = str(fixtures_dir / "gazetteer_SY_tiny.txt")
    assert main(["evaluate", str(gold), "--gazetteer", dump, "--json"]) == 0
    coverage = json.loads(capsys.readouterr().out)["gazetteer_coverage"]
    assert coverage["gold_places"] == 5
    # the figures of the gazetteer the CLI was given (the dump with the shipped name table, whose sourced rows grow)
    expected = measure_coverage(load_gold([str(gold)]), load_geonames_dump(dump))
    assert [coverage[f"within_{r}km"]["hits"] for r in (5, 10, 25)] == [expected.within_km[float(r)] for r in (5, 10, 25)]
    assert coverage["within_5km"]["hits"] >= 1 and coverage["within_25km"]["hits"] >= 4
    assert list(coverage["collections"]) == [str(gold)]
    assert main(["evaluate", str(gold), "--gazetteer", dump]) == 0
    report = capsys.readouterr().out
    assert "gazetteer coverage" in report and "0.20 (1/5)" in report and "0.80 (4/5)" in report
