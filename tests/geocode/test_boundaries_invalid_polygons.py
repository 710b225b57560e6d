"""Boundary files with self-intersecting polygons (a "bow-tie" ring, as hand-edited or simplified files have):
repaired, not a GEOS traceback, and points inside still found."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from mapapp.geocode.boundaries import load_admin_areas, load_governorate_boundaries

# The Al-Hasakah box of the tiny fixture as two triangles meeting at (41.15, 36.65): a self-intersecting ring.
BOW_TIE = {"type": "Polygon", "coordinates": [[[39.9, 35.9], [42.4, 37.4], [42.4, 35.9], [39.9, 37.4], [39.9, 35.9]]]}
SQUARE = {"type": "Polygon", "coordinates": [[[40.0, 36.5], [40.5, 36.5], [40.5, 36.8], [40.0, 36.8], [40.0, 36.5]]]}


def _write(tmp_path: Path, collection: dict) -> Path:
    path = tmp_path / "adm.geojson"
    path.write_text(json.dumps(collection), encoding="utf-8")
    return path


def test_a_governorate_in_two_features_one_self_intersecting_is_repaired(tmp_path: Path, fixtures_dir: Path) -> None:
    collection = json.loads((fixtures_dir / "governorates_tiny.geojson").read_text(encoding="utf-8"))
    hasakah = next(f for f in collection["features"] if f["properties"]["ADM1_EN"] == "Al-Hasakeh")
    second = copy.deepcopy(hasakah)
    hasakah["geometry"] = BOW_TIE
    second["geometry"] = SQUARE
    collection["features"].append(second)
    boundaries = load_governorate_boundaries(_write(tmp_path, collection))
    assert boundaries.governorate_at(36.65, 40.2) == "Al-Hasakah"  # the left triangle
    assert boundaries.governorate_at(36.65, 42.2) == "Al-Hasakah"  # the right one
    assert boundaries.governorate_at(37.3, 41.15) is None  # between the triangles, above their crossing


def test_a_self_intersecting_district_is_repaired(tmp_path: Path) -> None:
    feature = {
        "type": "Feature",
        "properties": {"ADM2_EN": "Testdistrict", "ADM2_PCODE": "SY0801", "ADM1_EN": "Al-Hasakeh", "ADM1_PCODE": "SY08"},
        "geometry": BOW_TIE,
    }
    path = _write(tmp_path, {"type": "FeatureCollection", "features": [feature, {**feature, "geometry": SQUARE}]})
    areas = load_admin_areas(path)
    assert all(area.geometry.is_valid for area in areas)
    assert len(areas) == 2 and areas[0].admin1 == "Al-Hasakah"
