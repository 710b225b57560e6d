"""Reading OSM/OCHA places and merging sources into one index (osm.py, ocha.py, merge.py, sources.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapapp.geocode import Geocoder
from mapapp.geocode.merge import distance_km, merge_sources
from mapapp.geocode.ocha import OchaFormatError, places_from_ocha_csv
from mapapp.geocode.osm import OverpassFormatError, overpass_query, places_from_overpass
from mapapp.geocode.sources import build_merged_gazetteer
from mapapp.model import Place, Precision, Span, Toponym

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gazetteer"


def test_overpass_answer_gives_places_and_sites_with_every_name() -> None:
    places = {p.id: p for p in places_from_overpass((FIXTURES / "overpass_places.json").read_bytes())}
    assert set(places) == {"osm:node/900001", "osm:node/900002", "osm:way/900003", "osm:node/900004"}
    village = places["osm:node/900002"]
    assert village.name == "Tal Testqarya" and village.kind == "populated_place"
    assert {"Til Testqerye", "Tell Testqariya", "Testqarya", "تل تستقرية"} <= set(village.alternate_names)
    prison = places["osm:way/900003"]
    assert prison.kind == "site" and (prison.lat, prison.lon) == (36.4601, 40.7402)  # a way's center
    assert "Testsinaa prison" in prison.alternate_names
    assert places["osm:node/900001"].population == 184231


def test_overpass_query_asks_for_places_and_sites_with_centers() -> None:
    query = overpass_query()
    assert query.startswith("[out:json]") and "out center tags;" in query
    assert '"amenity"="prison"' in query and "village|hamlet" in query


def test_not_an_overpass_answer_is_a_clear_error() -> None:
    with pytest.raises(OverpassFormatError):
        places_from_overpass(b"<html></html>")
    with pytest.raises(OverpassFormatError):
        places_from_overpass(b'{"remark": "runtime error"}')


def test_ocha_csv_skips_the_hxl_row_and_reads_pcodes_and_arabic_names() -> None:
    places = places_from_ocha_csv((FIXTURES / "ocha_populated_places.csv").read_text(encoding="utf-8"))
    assert [p.id for p in places] == ["ocha:C9901", "ocha:C9902", "ocha:C9903"]
    first = places[0]
    assert first.admin1 == "Al-Hasakah" and first.admin2 == "Ras Al Ain" and "تل تستقرية" in first.alternate_names
    assert places[2].admin1 == "Ar-Raqqah"


def test_ocha_csv_without_coordinates_is_refused() -> None:
    with pytest.raises(OchaFormatError, match="no column"):
        places_from_ocha_csv("ADM4_EN,ADM4_PCODE\nTestqarya,C1\n")


def test_same_place_in_two_sources_becomes_one_record_with_all_names_and_provenance() -> None:
    a = Place(id="a:1", name="Tal Testqariya", lat=36.7051, lon=40.5101, admin1="Al-Hasakah")
    b = Place(id="b:1", name="Tell Testqarya", lat=36.7012, lon=40.5013, alternate_names=("Til Testqerye",))
    far = Place(id="b:2", name="Tal Testqariya", lat=36.80, lon=40.60)  # same name, ~14 km away: another village
    other = Place(id="b:3", name="Testwadi", lat=36.7050, lon=40.5100)  # same spot, another name
    merged, provenance = merge_sources([[a], [b, far, other]])
    assert [p.id for p in merged] == ["a:1", "b:2", "b:3"]
    assert provenance == {"a:1": ("a:1", "b:1")}
    assert {"Tell Testqarya", "Til Testqerye"} <= set(merged[0].alternate_names)
    assert distance_km(a.lat, a.lon, far.lat, far.lon) > 2


def test_merged_gazetteer_from_all_sources_resolves_villages_of_each(tmp_path: Path) -> None:
    gazetteer = build_merged_gazetteer(None, FIXTURES / "overpass_places.json", FIXTURES / "ocha_populated_places.csv")
    assert "OpenStreetMap" in gazetteer.source and "ODbL" in gazetteer.source and "CC BY-IGO" in gazetteer.source
    geocoder = Geocoder(gazetteer)
    for text in ("Tal Testqariya", "Til Testqerye", "Testbiyar", "Testsijn prison"):
        location = geocoder.resolve(Toponym(span=Span(text, 0, len(text))))
        assert location.precision is Precision.PLACE, (text, location)
    village = geocoder.resolve(Toponym(span=Span("Til Testqerye", 0, 13))).place
    assert village is not None and village.id == "ocha:C9901" and village.admin1 == "Al-Hasakah"
    assert gazetteer.provenance(village) == ("ocha:C9901", "osm:node/900002")
    qamishli = next(p for p in gazetteer if p.id == "geonames:173377")  # OSM's Qamishli merged into GeoNames'
    assert "osm:node/900001" in gazetteer.provenance(qamishli)
    prison = next(p for p in gazetteer if p.id == "osm:way/900003")
    assert prison.admin1 == "Al-Hasakah"  # from the nearest place with a governorate
    counts = gazetteer.counts_by_admin1_and_source()
    assert counts[("Al-Hasakah", "osm")] == 3  # Qamishli, the village, the prison
    assert counts[("Al-Hasakah", "ocha")] == 2  # the village and the governorate record (ocha:SY08)
