"""The sourced points of the shipped name table and site list (mapapp/data/place_names.csv, sites.csv).

Every row that carries a coordinate names the article it comes from and the
coordinate as the article writes it. These tests check the rows against
themselves and against the shipped governorate outlines: the written
coordinate is the stored one (no transcription slip), the point lies in the
governorate the row names (a swapped lat/lon or a wrong page lands elsewhere),
and no name is given to two places far apart. They also check that the
villages added from these sources resolve under their spellings without
taking a name from a town the gazetteer already had.
"""

from __future__ import annotations

import csv
import math
import re
from importlib import resources

import pytest

from mapapp.geocode import Geocoder, load_default_gazetteer
from mapapp.geocode.admin1 import canonical_admin1
from mapapp.geocode.boundaries import GovernorateBoundaries, load_governorate_boundaries
from mapapp.geocode.normalize import normalize_name
from mapapp.model import Location, Precision, Span, Toponym

#: How far outside its governorate's simplified outline a point may lie (the outlines are simplified by ~200 m,
#: and a village on a border river may sit on the line).
BORDER_MARGIN_KM = 2.0
#: Two records sharing a name closer than this are taken for the same place written twice.
SAME_PLACE_KM = 10.0
KM_PER_DEGREE = 111.2

#: A written coordinate: degrees, optional minutes and seconds, hemisphere (O is the German "Ost"; French
#: infoboxes write the hemisphere as a word: nord, sud, est, ouest).
_COORDINATE = re.compile(
    r"(\d{1,3})\s*°\s*(?:(\d{1,2})\s*[′']\s*)?(?:(\d{1,2}(?:\.\d+)?)\s*[″\"]\s*)?([NSEOW]|nord|sud|est|ouest)\b"
)
#: The French hemisphere words as letters.
_FRENCH_HEMISPHERE = {"nord": "N", "sud": "S", "est": "E", "ouest": "W"}


def _data_rows(file_name: str) -> list[dict[str, str]]:
    text = resources.files("mapapp").joinpath("data", file_name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _sourced_rows() -> list[tuple[str, dict[str, str], str]]:
    """(file, row, source text) for every row of the two tables that carries its own coordinate."""
    rows = [("place_names.csv", row, row["source"]) for row in _data_rows("place_names.csv") if row["lat"]]
    rows += [("sites.csv", row, row["note"]) for row in _data_rows("sites.csv") if row["lat"]]
    return rows


SOURCED = _sourced_rows()


def _row_id(item: tuple[str, dict[str, str], str]) -> str:
    return f"{item[0]}:{item[1]['name']}"


def _written_point(source: str) -> tuple[float, float]:
    """(lat, lon) from the coordinate the source text quotes, as written (degrees, minutes, seconds)."""
    values: dict[str, float] = {}
    for degrees, minutes, seconds, written_hemisphere in _COORDINATE.findall(source):
        hemisphere = _FRENCH_HEMISPHERE.get(written_hemisphere, written_hemisphere)
        value = float(degrees) + float(minutes or 0) / 60 + float(seconds or 0) / 3600
        axis = "lat" if hemisphere in "NS" else "lon"
        values.setdefault(axis, -value if hemisphere in "SW" else value)
    assert set(values) == {"lat", "lon"}, f"no written coordinate in {source!r}"
    return values["lat"], values["lon"]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat = math.radians(lat2 - lat1)
    dlon = math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def outlines() -> GovernorateBoundaries:
    path = resources.files("mapapp").joinpath("data", "governorate_outlines.geojson")
    return load_governorate_boundaries(str(path))


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder(load_default_gazetteer())


def _resolve(geocoder: Geocoder, text: str, hint: str | None = None) -> Location:
    return geocoder.resolve(Toponym(span=Span(text, 0, len(text)), admin1_hint=hint))


@pytest.mark.parametrize("item", SOURCED, ids=_row_id)
def test_every_point_names_a_wikipedia_article_and_the_coordinate_it_gives(item: tuple[str, dict[str, str], str]) -> None:
    _, row, source = item
    assert re.search(r"Wikipedia \([a-z]{2}\) article \S.* infobox ", source), source
    lat, lon = _written_point(source)
    # the stored point is the written one (rounded to the article's own decimal form)
    assert abs(lat - float(row["lat"])) < 0.001 and abs(lon - float(row["lon"])) < 0.001, (row["name"], lat, lon)


@pytest.mark.parametrize("item", SOURCED, ids=_row_id)
def test_every_point_lies_in_the_governorate_its_row_names(
    item: tuple[str, dict[str, str], str], outlines: GovernorateBoundaries
) -> None:
    _, row, _source = item
    admin1 = canonical_admin1(row["admin1"])
    assert admin1 is not None, row
    lat, lon = float(row["lat"]), float(row["lon"])
    found = outlines.governorate_at(lat, lon)
    if found != admin1:
        from shapely.geometry import Point

        distance_km = outlines.polygons[admin1].distance(Point(lon, lat)) * KM_PER_DEGREE
        assert distance_km <= BORDER_MARGIN_KM, f"{row['name']}: in {found}, {distance_km:.1f} km from {admin1}"


def test_a_swapped_or_foreign_point_would_be_caught(outlines: GovernorateBoundaries) -> None:
    # Khatuniyah's point with latitude and longitude swapped lies in no Syrian governorate at all,
    # and a point of the Raqqa countryside is not in Deir ez-Zor: the check above can fail.
    assert outlines.governorate_at(41.22, 36.42278) is None
    assert outlines.governorate_at(36.42278, 41.22) == "Al-Hasakah"
    assert outlines.governorate_at(35.62778, 38.75639) == "Ar-Raqqah"


def test_a_written_coordinate_is_read_in_english_and_german_notation() -> None:
    assert _written_point("infobox 36°25′22″N 41°13′12″E") == pytest.approx((36.42278, 41.22), abs=1e-4)
    assert _written_point("infobox 36° 36′ N, 40° 25′ O") == pytest.approx((36.6, 40.41667), abs=1e-4)
    assert _written_point("infobox 37°0′N 41°57′E") == pytest.approx((37.0, 41.95), abs=1e-4)
    assert _written_point("infobox 34° 44′ 49″ nord, 40° 43′ 51″ est") == pytest.approx((34.74694, 40.73083), abs=1e-4)
    assert _written_point("infobox 33° 30′ sud, 70° 15′ ouest") == pytest.approx((-33.5, -70.25), abs=1e-4)


def _far_namesakes(gazetteer: object, name: str, row_name: str, lat: float, lon: float) -> list[str]:
    """Ids of covered places (own points) named exactly ``name`` that lie more than 10 km from (lat, lon)."""
    far = []
    for candidate in gazetteer.search(name, min_score=100.0, fuzzy_when_exact=False):  # type: ignore[attr-defined]
        place = candidate.place
        if candidate.score < 100.0 or not place.in_coverage or place.precision is not Precision.PLACE:
            continue
        if normalize_name(place.name) == normalize_name(row_name) and _km(lat, lon, place.lat, place.lon) < 0.5:
            continue  # the row's own record
        if _km(lat, lon, place.lat, place.lon) > SAME_PLACE_KM:
            far.append(place.id)
    return far


def test_no_name_is_given_to_two_covered_places_far_apart(geocoder: Geocoder) -> None:
    """A name of a sourced row never also names another covered place more than 10 km away."""
    clashes = []
    for _, row, _source in SOURCED:
        lat, lon = float(row["lat"]), float(row["lon"])
        names = {row["name"], *(n for n in (row.get("names") or row.get("alternate_names") or "").split("|") if n)}
        for name in sorted(names):
            if re.search(r"[A-Za-z]", name):  # Arabic-script names are not written in English reports
                clashes += [(row["name"], name, far) for far in _far_namesakes(geocoder.gazetteer, name, row["name"], lat, lon)]
    assert not clashes, clashes


def test_a_name_given_to_a_far_place_would_be_caught(geocoder: Geocoder) -> None:
    # "Hajin" written as another name of Hatla (near Deir ez-Zor city) would name two places 110 km apart.
    assert _far_namesakes(geocoder.gazetteer, "Hajin", "Hatla", 35.30139, 40.23667) == ["geonames:174506"]
    assert _far_namesakes(geocoder.gazetteer, "Hatla", "Hatla", 35.30139, 40.23667) == []


# (written name, governorate the text names or None, the table record it must resolve to)
NEW_PLACES_BY_THEIR_SPELLINGS = [
    ("Girkê Legê", None, "Al-Muabbada"), ("Girke Lege", "Al-Hasakah", "Al-Muabbada"), ("al-Maabadah", None, "Al-Muabbada"),
    ("Tal Nasri", None, "Tell Nasri"), ("Tel Shamiran", None, "Tell Shamiram"), ("Tel Goran", "Al-Hasakah", "Tell Goran"),
    ("Menacîr", None, "Al-Manajir"), ("Manajeer", "Al-Hasakah", "Al-Manajir"), ("Khatouniyeh", "Al-Hasakah", "Khatuniyah"),
    ("Hatlah", "Deir ez-Zor", "Hatla"), ("al-Shafa", None, "Al-Shaafah"), ("Gharaneej", "Deir ez-Zor", "Gharanij"),
    ("Marashdeh", "Deir ez-Zor", "Al-Marashidah"), ("Abu Khashab", None, "Abu Khashab"), ("al-Suwar", None, "As-Suwar"),
    ("Tal Brak", None, "Tell Brak"), ("Rusafa", "Ar-Raqqah", "Resafa"), ("Conoco gas plant", None, "Conoco gas field"),
    ("Deir ez-Zor military airport", None, "Deir ez-Zor Airport"), ("Qamishli airport", None, "Qamishli Airport"),
    ("Rmelan airbase", None, "Abu Hajar Airport"), ("Semalka crossing", None, "Semalka Border Crossing"),
    ("Tal Baydar", "Al-Hasakah", "Tell Beydar"), ("Tell Bidar", None, "Tell Beydar"), ("Til Erbîd", None, "Tell Arbid"),
    ("Tal Mozan", None, "Tell Mozan"), ("Tel Barri", "Al-Hasakah", "Tell Barri"), ("Tell Hamoukar", None, "Hamoukar"),
    ("Hammam al-Turkman", "Ar-Raqqah", "Tell Hammam et-Turkman"), ("Freedom Dam", None, "Baath Dam"),
    ("Jabal Abdulaziz", None, "Mount Abdulaziz"), ("Jabal Abd al-Aziz", "Al-Hasakah", "Mount Abdulaziz"),
    ("Tell Bouqras", "Deir ez-Zor", "Bouqras"), ("Qalaat al-Rahba", None, "Qal'at al-Rahba"),
    ("Imam Ali base", None, "Imam Ali military base"), ("Girê Leylan", None, "Tell Leilan"),
    ("Tal Hariri", "Deir ez-Zor", "Tell Hariri"), ("Doura Europos", None, "Dura-Europos"),
    ("Harqaleh", "Ar-Raqqah", "Heraqla"), ("Tunaynir", "Al-Hasakah", "Tell Tuneinir"),
]


@pytest.mark.parametrize(("text", "hint", "name"), NEW_PLACES_BY_THEIR_SPELLINGS)
def test_new_places_resolve_under_their_spellings(geocoder: Geocoder, text: str, hint: str | None, name: str) -> None:
    location = _resolve(geocoder, text, hint)
    assert location.place is not None and location.place.name == name, location
    assert location.precision is Precision.PLACE and location.is_mappable


# Towns the gazetteer had before: a new village near them must not take their names or spellings.
EXISTING_TOWNS = [
    ("Tell Tamer", None, "geonames:163434"), ("Tal Tamr", "Al-Hasakah", "geonames:163434"),
    ("Ras al-Ain", None, "geonames:165509"), ("Hajin", "Deir ez-Zor", "geonames:174506"),
    ("Hajeen", "Deir ez-Zor", "geonames:174506"), ("Abu Kamal", None, "geonames:174448"),
    ("al-Susah", "Deir ez-Zor", "geonames:172415"), ("Deir ez-Zor", None, "geonames:170794"),
    ("Qamishli", None, "geonames:173377"), ("Hasakah", None, "geonames:173811"),
    ("al-Kasrah", "Deir ez-Zor", "geonames:8308210"), ("Raqqa", None, "geonames:172955"),
]


# Spellings the table adds to GeoNames towns: they now resolve to that town's own record.
ADDED_SPELLINGS_OF_TOWNS = [
    ("al-Tebni", None, "geonames:172327"), ("al-Kisreh", "Deir ez-Zor", "geonames:8308210"),
    ("Jurneyyeh", None, "geonames:169162"), ("Ziban", "Deir ez-Zor", "geonames:170691"),
    ("Bir al-Hulu", "Al-Hasakah", "geonames:171410"), ("Tal Hmeis", None, "geonames:163568"),
    ("Silûk", None, "geonames:164895"),
]


@pytest.mark.parametrize(("text", "hint", "place_id"), ADDED_SPELLINGS_OF_TOWNS)
def test_added_spellings_resolve_to_the_town_they_name(geocoder: Geocoder, text: str, hint: str | None, place_id: str) -> None:
    location = _resolve(geocoder, text, hint)
    assert location.place is not None and location.place.id == place_id, location
    assert location.precision is Precision.PLACE


@pytest.mark.parametrize(("text", "hint", "place_id"), EXISTING_TOWNS)
def test_existing_towns_keep_their_names(geocoder: Geocoder, text: str, hint: str | None, place_id: str) -> None:
    location = _resolve(geocoder, text, hint)
    assert location.place is not None and location.place.id == place_id, location


def test_a_village_the_tables_still_lack_keeps_the_governorate_fallback(geocoder: Geocoder) -> None:
    # Shuhail has no sourced point yet: it stays at its governorate, flagged, and no new village takes it.
    location = _resolve(geocoder, "al-Shuhayl", "Deir ez-Zor")
    assert location.place is not None and location.place.name == "Shuhail"
    assert location.precision is Precision.ADMIN1
