"""Governorate boundaries: reading OCHA-style adm1 GeoJSON, point lookup, coverage outline, clear errors,
and finding / installing the user's boundary file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapapp.geocode.boundaries import (
    BOUNDARIES_ENV,
    ORIGIN_ENV,
    ORIGIN_EXPLICIT,
    ORIGIN_INSTALLED,
    BoundariesLocation,
    BoundaryError,
    find_boundaries,
    install_boundaries,
    load_governorate_boundaries,
    locate_boundaries,
)
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


# --- finding and installing the boundary file -------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty user data folder and no $MAPAPP_BOUNDARIES, whatever the developer's machine has."""
    folder = tmp_path / "data"
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(folder))
    monkeypatch.delenv(BOUNDARIES_ENV, raising=False)
    return folder


def test_find_boundaries_is_none_when_nothing_is_configured(data_dir: Path) -> None:
    assert find_boundaries() is None
    assert locate_boundaries() is None


def test_find_boundaries_prefers_explicit_then_environment_then_installed(
    data_dir: Path, tmp_path: Path, fixtures_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = install_boundaries(fixtures_dir / "governorates_tiny.geojson")
    assert installed == data_dir / "boundaries" / "governorates.geojson"
    assert locate_boundaries() == BoundariesLocation(installed, ORIGIN_INSTALLED)
    from_env = tmp_path / "env.geojson"
    monkeypatch.setenv(BOUNDARIES_ENV, str(from_env))
    assert locate_boundaries() == BoundariesLocation(from_env, ORIGIN_ENV)  # named by the user: kept though missing
    explicit = tmp_path / "explicit.geojson"
    assert locate_boundaries(explicit) == BoundariesLocation(explicit, ORIGIN_EXPLICIT)
    assert find_boundaries(str(explicit)) == explicit


def test_install_copies_the_file_and_it_loads(data_dir: Path, fixtures_dir: Path) -> None:
    source = fixtures_dir / "governorates_tiny.geojson"
    installed = install_boundaries(source)
    assert installed.read_bytes() == source.read_bytes()
    assert set(load_governorate_boundaries(installed).polygons) >= set(GOVERNORATES)
    assert find_boundaries() == installed


@pytest.mark.parametrize("content", ['{"type": "FeatureCollection", "features": [', "", '{"type": "Feature"}'])
def test_install_refuses_a_malformed_file_and_keeps_the_installed_copy(
    data_dir: Path, tmp_path: Path, fixtures_dir: Path, content: str
) -> None:
    good = fixtures_dir / "governorates_tiny.geojson"
    installed = install_boundaries(good)
    bad = tmp_path / "bad.geojson"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(BoundaryError, match="bad.geojson"):
        install_boundaries(bad)
    assert installed.read_bytes() == good.read_bytes()
    assert [p.name for p in installed.parent.iterdir()] == [installed.name]  # no temporary file left behind


def test_install_of_a_missing_file_is_a_clear_error_and_installs_nothing(data_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(BoundaryError, match="not found"):
        install_boundaries(tmp_path / "absent.geojson")
    assert find_boundaries() is None


def test_install_refuses_a_non_geojson_format(data_dir: Path, tmp_path: Path, fixtures_dir: Path) -> None:
    import geopandas

    package = tmp_path / "adm1.gpkg"
    geopandas.read_file(fixtures_dir / "governorates_tiny.geojson").to_file(package, driver="GPKG")
    load_governorate_boundaries(package)  # readable as boundaries, but would be copied under a .geojson name
    with pytest.raises(BoundaryError, match="not a GeoJSON"):
        install_boundaries(package)
    assert find_boundaries() is None
