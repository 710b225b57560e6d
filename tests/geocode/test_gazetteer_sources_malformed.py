"""Gazetteer files as they arrive broken: a GeoNames dump cut short or damaged inside its zip, Overpass JSON with
wrong types, an OCHA CSV saved again by a spreadsheet (another encoding, another separator, a decimal comma)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from mapapp.geocode import GazetteerError, load_geonames_dump
from mapapp.geocode.download import DownloadError, import_source_file
from mapapp.geocode.osm import OverpassFormatError, places_from_overpass
from mapapp.geocode.sources import build_merged_gazetteer, read_ocha_places

VILLAGE = {"type": "node", "id": 1, "lat": 36.7, "lon": 40.5, "tags": {"place": "village", "name": "Tal Testone"}}


@pytest.fixture
def tiny_dump(fixtures_dir: Path) -> bytes:
    return (fixtures_dir / "gazetteer_SY_tiny.txt").read_bytes()


@pytest.fixture
def ocha_text(fixtures_dir: Path) -> str:
    return (fixtures_dir / "gazetteer" / "ocha_populated_places.csv").read_text(encoding="utf-8")


def test_a_dump_cut_short_says_so(tmp_path: Path, tiny_dump: bytes) -> None:
    path = tmp_path / "SY.txt"
    path.write_bytes(tiny_dump[: len(tiny_dump) * 2 // 3])
    with pytest.raises(GazetteerError, match=r"SY\.txt, line \d+: the file ends in the middle of a record.*download it again"):
        load_geonames_dump(path)


def test_a_zip_with_damaged_compressed_data_is_a_gazetteer_error(tmp_path: Path, tiny_dump: bytes) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("SY.txt", tiny_dump * 50)
    data = bytearray(buffer.getvalue())
    for index in range(60, len(data) // 2):  # the member's deflate stream, not the central directory
        data[index] ^= 0x55
    path = tmp_path / "SY.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(GazetteerError, match=r"SY\.zip: damaged zip file"):
        load_geonames_dump(path)


@pytest.mark.parametrize("population", ["²", "9" * 5000], ids=["superscript", "5000-digits"])
def test_a_population_that_is_no_number_is_left_out(tmp_path: Path, tiny_dump: bytes, population: str) -> None:
    lines = tiny_dump.decode("utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.split("\t")[6] == "P")
    fields = lines[index].split("\t")
    fields[14] = population
    lines[index] = "\t".join(fields)
    path = tmp_path / "SY.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [place] = [place for place in load_geonames_dump(path) if place.id == f"geonames:{fields[0]}"]
    assert place.population is None


@pytest.mark.parametrize(
    "element",
    [
        {**VILLAGE, "tags": ["place", "village"]},
        {**VILLAGE, "tags": "place=village"},
        {**VILLAGE, "lat": "north"},
        {**VILLAGE, "lat": None},
        {**VILLAGE, "lat": [36.7]},
        {**VILLAGE, "lat": True},
        {**VILLAGE, "tags": {"place": "village", "name": 5}},
        {"type": "way", "id": 2, "center": "36.7,40.5", "tags": VILLAGE["tags"]},
    ],
    ids=["tags-list", "tags-string", "lat-word", "lat-null", "lat-list", "lat-bool", "name-number", "center-string"],
)
def test_an_overpass_element_of_the_wrong_shape_is_left_out_and_the_rest_kept(element: dict) -> None:
    places = places_from_overpass(json.dumps({"elements": [element, VILLAGE]}))
    assert [place.name for place in places] == ["Tal Testone"]


@pytest.mark.parametrize("population", [500, "9" * 5000, ["1"]], ids=["number", "5000-digits", "list"])
def test_an_overpass_population_of_another_type_does_not_break_the_file(population: object) -> None:
    element = {**VILLAGE, "tags": {**VILLAGE["tags"], "population": population}}
    [place] = places_from_overpass(json.dumps({"elements": [element]}))
    assert place.population == (500 if population == 500 else None)


def test_overpass_json_nested_thousands_deep_is_a_format_error() -> None:
    with pytest.raises(OverpassFormatError, match="nested too deeply"):
        places_from_overpass("[" * 100_000 + "]" * 100_000)


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-8-sig"])
def test_an_ocha_csv_saved_in_another_encoding_is_read(tmp_path: Path, ocha_text: str, encoding: str) -> None:
    path = tmp_path / "ocha.csv"
    path.write_bytes(ocha_text.encode(encoding))
    places = read_ocha_places(path)
    assert len(places) == 3 and "تل تستقرية" in places[0].alternate_names


def test_an_ocha_csv_with_semicolons_and_decimal_commas_is_read(tmp_path: Path, ocha_text: str) -> None:
    lines = ocha_text.splitlines()
    rewritten = [lines[0].replace(",", ";"), lines[1].replace(",", ";")]
    for line in lines[2:]:
        fields = line.split(",")
        rewritten.append(";".join([*fields[:-2], fields[-2].replace(".", ","), fields[-1].replace(".", ",")]))
    path = tmp_path / "ocha.csv"
    path.write_text("\n".join(rewritten) + "\n", encoding="utf-8")
    places = read_ocha_places(path)
    assert [round(place.lat, 4) for place in places] == [36.7051, 35.0003, 36.6002]


def test_an_ocha_csv_with_a_giant_field_is_a_gazetteer_error(tmp_path: Path, ocha_text: str) -> None:
    path = tmp_path / "ocha.csv"
    path.write_text(ocha_text + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"ocha\.csv: line \d+: not readable as CSV"):
        build_merged_gazetteer(None, None, path)


def test_the_download_check_accepts_what_the_loader_reads(tmp_path: Path, ocha_text: str) -> None:
    source = tmp_path / "resaved.csv"
    source.write_bytes(ocha_text.encode("cp1256"))
    path, count = import_source_file("ocha", source, tmp_path / "data")
    assert count == 3 and path.read_bytes() == source.read_bytes()
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    with pytest.raises(DownloadError, match="binary"):
        import_source_file("ocha", binary, tmp_path / "data")
