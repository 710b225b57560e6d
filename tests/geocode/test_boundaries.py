"""Governorate boundaries: reading OCHA-style adm1 GeoJSON, point lookup, coverage outline, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapapp.geocode.boundaries import BoundaryError, load_governorate_boundaries
from mapapp.model import GOVERNORATES


@pytest.fixture(scope="module")
def boundaries(fixtures_dir: Path):  # type: ignore[no-untyped-def]
    return load_governorate_boundaries(fixtures_dir / "governorates_tiny.geojson")


def test_ocha_names_map_to_canonical(boundaries) -> None:  # type: ignore[no-untyped-def]
    assert set(boundaries.polygons) == {*GOVERNORATES, "Latakia", "Aleppo"}


@pytest.mark.parametrize(
    ("lat", "lon", "expected"),
    [
        (36.50237, 40.74772, "Al-Hasakah"),  # Al Hasakah town (GeoNames)
        (35.95283, 39.00788, "Ar-Raqqah"),  # Ar Raqqah town
        (34.45226, 40.91854, "Deir ez-Zor"),  # Albu Kamal
        (35.53125, 35.79088, "Latakia"),  # Latakia town
        (36.89095, 38.35347, "Aleppo"),  # Ayn al Arab / Kobani
        (33.5, 36.3, None),  # Damascus: no box drawn for it in the fixture
    ],
)
def test_governorate_at(boundaries, lat: float, lon: float, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    assert boundaries.governorate_at(lat, lon) == expected


def test_coverage_outline_has_the_three(boundaries) -> None:  # type: ignore[no-untyped-def]
    outline = boundaries.coverage_outline()
    assert set(outline) == set(GOVERNORATES)
    assert all(not geometry.is_empty for geometry in outline.values())
    union = boundaries.coverage_union()
    assert union.area == pytest.approx(sum(boundaries.polygons[name].area for name in GOVERNORATES), rel=0.01)


def test_missing_adm1_en_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "wrong.geojson"
    feature = {"type": "Feature", "properties": {"NAME": "x"},
               "geometry": {"type": "Point", "coordinates": [40.0, 36.0]}}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    with pytest.raises(BoundaryError, match="ADM1_EN"):
        load_governorate_boundaries(path)


def test_unknown_governorate_name_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "unknown.geojson"
    feature = {"type": "Feature", "properties": {"ADM1_EN": "Atlantis"},
               "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    with pytest.raises(BoundaryError, match="Atlantis"):
        load_governorate_boundaries(path)


@pytest.mark.parametrize("content", ["{not json", "", '{"type": "Nonsense"}'])
def test_malformed_geojson_is_a_clear_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "broken.geojson"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BoundaryError):
        load_governorate_boundaries(path)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BoundaryError, match="not found"):
        load_governorate_boundaries(tmp_path / "none.geojson")


@pytest.mark.parametrize(
    ("geometry", "message"),
    [
        (None, "has no geometry"),
        ({"type": "Point", "coordinates": [40.7, 36.5]}, "not a polygon"),
    ],
)
def test_a_governorate_without_an_area_is_a_clear_error(
    tmp_path: Path, geometry: dict[str, object] | None, message: str
) -> None:
    path = tmp_path / "no_area.geojson"
    feature = {"type": "Feature", "properties": {"ADM1_EN": "Al-Hasakeh"}, "geometry": geometry}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    with pytest.raises(BoundaryError, match=message):
        load_governorate_boundaries(path)


def test_a_file_without_the_covered_governorates_is_a_clear_error(tmp_path: Path, fixtures_dir: Path) -> None:
    collection = json.loads((fixtures_dir / "governorates_tiny.geojson").read_text(encoding="utf-8"))
    collection["features"] = [f for f in collection["features"] if f["properties"]["ADM1_EN"] != "Deir-ez-Zor"]
    path = tmp_path / "clipped.geojson"
    path.write_text(json.dumps(collection), encoding="utf-8")
    with pytest.raises(BoundaryError, match="no polygon for Deir ez-Zor"):
        load_governorate_boundaries(path)
