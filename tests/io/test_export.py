"""Tests for mapapp.io.export: RFC 7946 GeoJSON, CSV and GeoPackage from the same flat attribute table.

Coordinates used here are real: Al Hasakah city from GeoNames (id 173811, as in
tests/fixtures/gazetteer_SY_tiny.txt) and the centroids of the Deir ez-Zor and
Lattakia governorate polygons of the OCHA adm1 boundaries, at full precision so
that rounding to 6 decimals is exercised.
"""

from __future__ import annotations

import csv
import io
import json
import math
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pyogrio
import pytest

from mapapp.io.export import (
    CSV_COLUMNS,
    GPKG_LAYER,
    GPKG_TIMESTAMP,
    PROPERTY_SCHEMA,
    ExportError,
    _csv_cell,
    export_bytes,
    format_for_path,
    incident_properties,
    incidents_to_geodataframe,
    incidents_to_geojson,
    write_incidents,
)
from mapapp.model import (
    Candidate,
    Casualties,
    EventType,
    Incident,
    IncidentDate,
    Location,
    Place,
    Precision,
    Span,
    Toponym,
)

HASAKAH_CITY = Place(
    id="geonames:173811", name="Al Hasakah", lat=36.50237, lon=40.74772, admin1="Al-Hasakah", admin2="Al-Hasakah",
    population=188160,
)  # fmt: skip
DEIR_EZ_ZOR = Place(
    id="ocha:SY09", name="Deir ez-Zor", lat=35.13006522239179, lon=40.3240272958743, admin1="Deir ez-Zor",
    kind="governorate", precision=Precision.ADMIN1,
)  # fmt: skip
LATTAKIA = Place(
    id="ocha:SY06", name="Lattakia", lat=35.575297172746, lon=36.0265128718795, admin1="Latakia",
    kind="governorate", precision=Precision.ADMIN1,
)  # fmt: skip
SCRIPT = "<script>alert(1)</script>"


def _incident(number: int, location: Location | None, **changes: Any) -> Incident:
    evidence = changes.pop("evidence", [Span(f"Sentence {number}.", 10 * number, 10 * number + 11)])
    fields: dict[str, Any] = {
        "id": f"inc{number:03d}",
        "event_type": EventType.AIRSTRIKE,
        "evidence": evidence,
        "location": location,
        "document_id": "0123456789abcdef",
    }
    fields.update(changes)
    return Incident(**fields)


@pytest.fixture()
def incidents() -> list[Incident]:
    placed = _incident(
        1,
        Location(
            toponym="Hasakah",
            place=HASAKAH_CITY,
            precision=Precision.PLACE,
            score=97.5,
            matched_name="Hasakah",
            candidates=(
                Candidate(HASAKAH_CITY, 97.5, "Hasakah"),
                Candidate(DEIR_EZ_ZOR, 41.0, "Deir ez-Zor"),
            ),
            note="",
        ),
        actor="US-led coalition",
        victims="civilians, \"women\"; children",
        target="residential buildings",
        killed=Casualties(12, 12, "A dozen"),
        injured=Casualties(2, None, "several"),
        date=IncidentDate(value=date(2017, 6, 9), year=2017, month=6, day=9, basis="publication", expression="yesterday"),
        toponyms=[Toponym(Span("Hasakah", 5, 12), admin1_hint="Al-Hasakah")],
        sources=["local sources", "Syrian state television"],
        evidence=[Span(f"Strike in Hasakah {SCRIPT}, \"quoted\",\nnew line.", 0, 60), Span("Second sentence.", 61, 77)],
        confidence=0.875,
        outlet="Press TV",
        url="https://example.org/a?x=1&y=2",
        published=date(2017, 6, 10),
    )
    approximate = _incident(
        2,
        Location(
            toponym="Albu Kamal",
            place=DEIR_EZ_ZOR,
            precision=Precision.ADMIN1,
            score=60.0,
            note="approximate: located relative to 'Hmeimim' (Latakia), which lies outside the covered governorates",
        ),
        event_type=EventType.SHELLING,
        date=IncidentDate(month=5, day=24, basis="absolute", expression="May 24"),
        target="=HYPERLINK(\"http://evil\")",
    )
    outside = _incident(
        3,
        Location(toponym="Hmeimim", place=LATTAKIA, precision=Precision.OUTSIDE_COVERAGE, score=88.0),
        actor="قوات التحالف",
        date=IncidentDate(relative_to="inc001", days_after=-1, basis="incident"),
    )
    unresolved = _incident(4, Location(toponym="Nowhere", place=None, precision=Precision.UNRESOLVED))
    not_geocoded = _incident(5, None, toponyms=[Toponym(Span("Khuweibra", 1, 10))], confidence=math.nan)
    return [placed, approximate, outside, unresolved, not_geocoded]


# ----------------------------------------------------------------- properties


def test_properties_are_flat_scalars_in_schema_order(incidents: list[Incident]) -> None:
    for incident in incidents:
        properties = incident_properties(incident)
        assert list(properties) == list(PROPERTY_SCHEMA)
        for name, value in properties.items():
            kind = PROPERTY_SCHEMA[name]
            allowed = {"str": (str,), "int": (int, type(None)), "float": (float, type(None)), "bool": (bool,)}[kind]
            assert isinstance(value, allowed), (name, value)
            if kind == "int":
                assert not isinstance(value, bool)


def test_property_values(incidents: list[Incident]) -> None:
    placed = incident_properties(incidents[0])
    assert placed["event_type"] == "airstrike" and placed["event_label"] == "Air strike"
    assert (placed["killed_low"], placed["killed_high"], placed["injured_low"], placed["injured_high"]) == (12, 12, 2, None)
    assert (placed["killed_phrase"], placed["injured_phrase"]) == ("A dozen", "several")
    assert (placed["date"], placed["date_month"], placed["date_day"], placed["date_basis"]) == ("2017-06-09", 6, 9, "publication")
    assert (placed["place_name"], placed["place_id"], placed["admin1"], placed["precision"]) == (
        "Al Hasakah", "geonames:173811", "Al-Hasakah", "place",
    )  # fmt: skip
    assert placed["candidates"] == "Al Hasakah (Al-Hasakah) 97.5; Deir ez-Zor (Deir ez-Zor) 41"
    assert placed["sources"] == "local sources; Syrian state television"
    assert placed["evidence"].startswith(f"Strike in Hasakah {SCRIPT}") and placed["evidence"].endswith("Second sentence.")
    assert (placed["evidence_start"], placed["evidence_end"]) == (0, 77)
    assert placed["mappable"] is True and placed["published"] == "2017-06-10"

    approximate = incident_properties(incidents[1])
    assert (approximate["date"], approximate["date_month"], approximate["date_day"]) == ("", 5, 24)
    assert approximate["location_note"].startswith("approximate")

    outside = incident_properties(incidents[2])
    assert outside["mappable"] is False and outside["precision"] == "outside_coverage"
    assert outside["admin1"] == "Latakia"  # kept for the record, never placed
    assert (outside["date_relative_to"], outside["date_days_after"]) == ("inc001", -1)

    not_geocoded = incident_properties(incidents[4])
    assert not_geocoded["precision"] == "unresolved" and not_geocoded["toponym"] == "Khuweibra"
    assert not_geocoded["confidence"] is None  # NaN never reaches a file
    assert not_geocoded["date"] == "" and not_geocoded["date_basis"] == "unknown"


# ----------------------------------------------------------------- GeoJSON


def _assert_rfc7946(collection: dict[str, Any]) -> None:
    assert set(collection) == {"type", "features"}
    assert collection["type"] == "FeatureCollection"
    for feature in collection["features"]:
        assert set(feature) == {"type", "id", "geometry", "properties"}
        assert feature["type"] == "Feature"
        assert isinstance(feature["id"], str)
        geometry = feature["geometry"]
        if geometry is not None:
            assert set(geometry) == {"type", "coordinates"}
            assert geometry["type"] == "Point"
            lon, lat = geometry["coordinates"]
            assert 35 <= lon <= 43 and 32 <= lat <= 38, "Syrian points are [lon, lat]"
            assert round(lon, 6) == lon and round(lat, 6) == lat
        for value in feature["properties"].values():
            assert value is None or isinstance(value, (str, int, float, bool))
    assert "crs" not in json.dumps(collection)


def test_geojson_is_rfc7946(incidents: list[Incident]) -> None:
    data = export_bytes(incidents, "geojson")
    collection = json.loads(data.decode("utf-8"))
    _assert_rfc7946(collection)
    assert collection == json.loads(json.dumps(incidents_to_geojson(incidents)))
    geometries = [feature["geometry"] for feature in collection["features"]]
    assert geometries[0] == {"type": "Point", "coordinates": [40.74772, 36.50237]}
    assert geometries[1] == {"type": "Point", "coordinates": [40.324027, 35.130065]}
    assert geometries[2:] == [None, None, None]  # outside coverage, unresolved, not geocoded
    assert [f["properties"]["mappable"] for f in collection["features"]] == [True, True, False, False, False]


def test_geojson_never_carries_outside_coverage_coordinates(incidents: list[Incident]) -> None:
    text = export_bytes(incidents, "geojson").decode("utf-8")
    assert "35.575297" not in text and "36.026513" not in text


def test_geojson_bytes_are_reproducible_utf8(incidents: list[Incident]) -> None:
    first = export_bytes(incidents, "geojson")
    assert first == export_bytes(list(incidents), "geojson")
    assert "قوات التحالف".encode() in first  # not \u-escaped
    assert first.endswith(b"\n")


def test_script_in_evidence_is_just_a_string(incidents: list[Incident]) -> None:
    collection = json.loads(export_bytes(incidents, "geojson"))
    assert SCRIPT in collection["features"][0]["properties"]["evidence"]


def test_geojson_reads_back_with_pyogrio(incidents: list[Incident], tmp_path: Path) -> None:
    path = tmp_path / "incidents.geojson"
    write_incidents(incidents, path)
    frame = pyogrio.read_dataframe(path)
    assert list(frame["id"]) == [i.id for i in incidents]
    assert frame.crs is not None and frame.crs.to_epsg() == 4326
    assert frame.geometry.iloc[0].x == pytest.approx(40.74772) and frame.geometry.iloc[0].y == pytest.approx(36.50237)
    assert frame.geometry.iloc[2:].isna().all()
    assert list(frame["killed_low"].iloc[:1]) == [12]


# ----------------------------------------------------------------- CSV


def test_csv_rows(incidents: list[Incident]) -> None:
    data = export_bytes(incidents, "csv")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [row["id"] for row in rows] == [i.id for i in incidents]
    assert (rows[0]["lat"], rows[0]["lon"]) == ("36.50237", "40.74772")
    assert (rows[1]["lat"], rows[1]["lon"]) == ("35.130065", "40.324027")
    assert all(row["lat"] == row["lon"] == "" for row in rows[2:])
    assert rows[0]["evidence"] == incident_properties(incidents[0])["evidence"]  # commas, quotes, newline survive
    assert rows[0]["killed_high"] == "12" and rows[0]["injured_high"] == ""
    assert rows[0]["mappable"] == "true" and rows[2]["mappable"] == "false"
    assert rows[2]["actor"] == "قوات التحالف"
    assert rows[1]["target"] == "'=HYPERLINK(\"http://evil\")"  # formula neutralised for spreadsheets


# ----------------------------------------------------------------- GeoPackage


def test_gpkg_layer_and_rows(incidents: list[Incident], tmp_path: Path) -> None:
    path = tmp_path / "incidents.gpkg"
    write_incidents(incidents, path)
    info = pyogrio.read_info(path, layer=GPKG_LAYER)
    assert info["crs"] == "EPSG:4326" and info["geometry_type"] == "Point" and info["features"] == len(incidents)
    frame = pyogrio.read_dataframe(path, layer=GPKG_LAYER)
    assert list(frame["id"]) == [i.id for i in incidents]
    assert list(frame["mappable"]) == [True, True, False, False, False]
    assert frame.geometry.iloc[1].x == pytest.approx(40.324027) and frame.geometry.iloc[1].y == pytest.approx(35.130065)
    assert frame.geometry.iloc[2:].isna().all()
    assert frame["killed_low"].iloc[0] == 12 and math.isnan(frame["killed_low"].iloc[1])
    assert SCRIPT in frame["evidence"].iloc[0]


def test_gpkg_bytes_are_reproducible(incidents: list[Incident], tmp_path: Path) -> None:
    first = export_bytes(incidents, "gpkg")
    second = export_bytes(incidents, "gpkg")
    assert first == second
    path = tmp_path / "x.gpkg"
    path.write_bytes(first)
    with sqlite3.connect(path) as connection:
        (last_change,) = connection.execute("select last_change from gpkg_contents").fetchone()
    assert last_change == GPKG_TIMESTAMP
    assert pyogrio.get_gdal_config_option("OGR_CURRENT_DATE") is None  # process-wide setting restored


def test_geodataframe(incidents: list[Incident]) -> None:
    frame = incidents_to_geodataframe(incidents)
    assert frame.crs.to_epsg() == 4326
    assert list(frame.columns) == [*PROPERTY_SCHEMA, "geometry"]
    assert str(frame["killed_low"].dtype) == "Int64"
    assert list(frame.geometry.isna()) == [False, False, True, True, True]


# ----------------------------------------------------------------- files and formats


@pytest.mark.parametrize("fmt", ["geojson", "csv", "gpkg"])
def test_written_file_is_exactly_export_bytes(incidents: list[Incident], tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out.{fmt}"
    size = write_incidents(incidents, path)
    assert path.read_bytes() == export_bytes(incidents, fmt)
    assert size == path.stat().st_size


@pytest.mark.parametrize("fmt", ["geojson", "csv", "gpkg"])
def test_empty_export(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"empty.{fmt}"
    write_incidents([], path)
    if fmt == "geojson":
        assert json.loads(path.read_bytes()) == {"type": "FeatureCollection", "features": []}
    elif fmt == "csv":
        assert path.read_text(encoding="utf-8").strip() == ",".join(CSV_COLUMNS)
    else:
        assert pyogrio.read_info(path, layer=GPKG_LAYER)["features"] == 0


def test_formats_from_names_and_errors(tmp_path: Path) -> None:
    assert format_for_path("a.GeoJSON") == "geojson" and format_for_path("a.json") == "geojson"
    assert format_for_path("x/b.csv") == "csv" and format_for_path("c.gpkg") == "gpkg"
    with pytest.raises(ExportError, match="cannot tell the export format"):
        format_for_path("out.shp")
    with pytest.raises(ExportError, match="unknown export format 'kml'"):
        export_bytes([], "kml")
    with pytest.raises(ExportError):
        write_incidents([], tmp_path / "out.txt")
    assert write_incidents([], tmp_path / "out.txt", "csv") > 0


def test_failed_export_keeps_previous_file(incidents: list[Incident], tmp_path: Path) -> None:
    path = tmp_path / "out.geojson"
    path.write_bytes(b"previous")
    broken = _incident(9, Location(toponym="x", place=Place("x:1", "X", math.nan, 40.0), precision=Precision.PLACE))
    with pytest.raises(ExportError, match="invalid coordinates"):
        write_incidents([*incidents, broken], path)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.geojson"]


@pytest.mark.parametrize(
    "value",
    ["＝HYPERLINK(1)", "＋1", "－1", "＠SUM(A1)", "﹦1", "⁼1", "﹢1", "−1", "  =1", "\u3000＝1", "\n=1", "=1", "@x"],
)
def test_csv_formula_guard_covers_look_alike_signs(value: str) -> None:
    assert _csv_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Tal Tamr", "Ｔal", "1=1", "ａ+b", ""])
def test_csv_formula_guard_leaves_ordinary_text(value: str) -> None:
    assert _csv_cell(value) == value


def test_streamed_geojson_is_exactly_what_json_dumps_writes(incidents: list[Incident]) -> None:
    for chosen in (incidents, incidents[:1], []):
        expected = json.dumps(incidents_to_geojson(chosen), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        assert export_bytes(iter(chosen), "geojson") == expected.encode("utf-8")


@pytest.mark.parametrize("fmt", ["geojson", "csv"])
def test_write_incidents_consumes_an_iterator_once(incidents: list[Incident], tmp_path: Path, fmt: str) -> None:
    consumed: list[str] = []

    def one_by_one() -> Any:
        for incident in incidents:
            consumed.append(incident.id)
            yield incident

    path = tmp_path / f"out.{fmt}"
    size = write_incidents(one_by_one(), path, fmt)
    assert consumed == [i.id for i in incidents]
    assert path.read_bytes() == export_bytes(incidents, fmt) and size == path.stat().st_size


def test_gpkg_written_in_batches_holds_every_row(
    incidents: list[Incident], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("mapapp.io.export.GPKG_BATCH", 2)
    path = tmp_path / "batched.gpkg"
    write_incidents(iter(incidents * 3), path, "gpkg")
    frame = pyogrio.read_dataframe(path, layer=GPKG_LAYER)
    assert len(frame) == 3 * len(incidents)
    assert not list(tmp_path.glob(".batched.gpkg.*"))  # the temporary folder is gone
