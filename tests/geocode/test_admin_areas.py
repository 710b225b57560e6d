"""Districts and sub-districts: "Hajin countryside", "north of Raqqa", "the eastern countryside of Deir ez-Zor".

The OCHA COD-AB adm2/adm3 polygons are small fixtures written for these tests
(rectangles around the real towns' GeoNames points), read by the same loader
as the user's files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mapapp.geocode import Geocoder, load_default_gazetteer, load_gazetteer
from mapapp.geocode.boundaries import (
    BoundaryError,
    install_admin_areas,
    load_admin_area_files,
    load_admin_areas,
)
from mapapp.geocode.resolver import parse_qualified
from mapapp.model import Location, Precision, Span, Toponym

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gazetteer"
ADM2 = FIXTURES / "adm2_districts.geojson"
ADM3 = FIXTURES / "adm3_subdistricts.geojson"


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder(load_default_gazetteer(), areas=load_admin_area_files([ADM2, ADM3]))


def _resolve(geocoder: Geocoder, text: str, hint: str | None = None) -> Location:
    return geocoder.resolve(Toponym(span=Span(text, 0, len(text)), admin1_hint=hint))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hajin countryside", ("Hajin", None, "countryside")),
        ("the countryside of Hajin", ("Hajin", None, "countryside")),
        ("the eastern countryside of Deir ez-Zor", ("Deir ez-Zor", "east", "countryside")),
        ("Raqqa's northern countryside", ("Raqqa", "north", "countryside")),
        ("north of Raqqa", ("Raqqa", "north", "direction")),
        ("the western Raqqa countryside", ("Raqqa", "west", "countryside")),
        ("south-east of Qamishli", ("Qamishli", "southeast", "direction")),
        # the article and the frames around a direction: "the south of X", "to the east of X", "the northern side of X"
        ("the south of Tel Abyad", ("Tel Abyad", "south", "direction")),
        ("to the east of Hajin", ("Hajin", "east", "direction")),
        ("the northern side of Tabqa", ("Tabqa", "north", "direction")),
        ("the southwestern edge of the Raqqa", ("Raqqa", "southwest", "direction")),
        ("rural Hasakah", ("Hasakah", None, "countryside")),
        ("the Badia of Deir ez-Zor", ("Deir ez-Zor", None, "countryside")),
        ("the Raqqa desert", ("Raqqa", None, "countryside")),
        ("Tal Tamr", None),
        ("Ras al-Ain", None),
    ],
)
def test_qualified_phrases_are_parsed(text: str, expected: tuple[str, str | None, str] | None) -> None:
    assert parse_qualified(text) == expected


def test_town_countryside_resolves_to_its_sub_district(geocoder: Geocoder) -> None:
    location = _resolve(geocoder, "Hajin countryside")
    assert location.precision is Precision.ADMIN3 and location.is_mappable
    assert location.place is not None and location.place.id == "ocha:SY090302" and location.place.kind == "subdistrict"
    assert location.place.admin1 == "Deir ez-Zor" and location.place.admin2 == "Abu Kamal"
    assert "sub-district Hajin" in location.note


def test_direction_of_a_town_resolves_to_its_district(geocoder: Geocoder) -> None:
    location = _resolve(geocoder, "north of Raqqa")
    assert location.precision is Precision.ADMIN2
    assert location.place is not None and location.place.id == "ocha:SY1101" and location.place.admin1 == "Ar-Raqqah"


def test_eastern_countryside_of_a_governorate_is_its_eastern_district(geocoder: Geocoder) -> None:
    location = _resolve(geocoder, "the eastern countryside of Deir ez-Zor")
    assert location.precision is Precision.ADMIN2
    assert location.place is not None and location.place.name == "Abu Kamal" and location.place.kind == "district"


def test_a_governorate_countryside_is_the_governorate_not_its_city() -> None:
    plain = Geocoder(load_default_gazetteer())
    for text in ("Deir ez-Zor countryside", "the countryside of Raqqa", "rural Hasakah"):
        location = _resolve(plain, text)
        assert location.precision is Precision.ADMIN1, text
        assert location.place is not None and location.place.kind == "governorate", text


def test_the_area_point_lies_inside_its_polygon_never_an_invented_point() -> None:
    for area in load_admin_areas(ADM2) + load_admin_areas(ADM3):
        place = area.place()
        from shapely.geometry import Point

        assert area.geometry.contains(Point(place.lon, place.lat))


def test_without_polygons_the_base_place_is_kept_with_a_note() -> None:
    plain = Geocoder(load_default_gazetteer())
    town = _resolve(plain, "Hajin countryside")
    assert town.precision is Precision.PLACE and town.place is not None and town.place.name == "Hajīn"
    assert "no district/sub-district polygons" in town.note
    east = _resolve(plain, "the eastern countryside of Deir ez-Zor")
    assert east.precision is Precision.ADMIN1 and east.place is not None and east.place.kind == "governorate"


def test_installed_polygons_come_with_the_loaded_gazetteer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path))
    for variable in ("MAPAPP_GAZETTEER", "MAPAPP_ADMIN2_BOUNDARIES", "MAPAPP_ADMIN3_BOUNDARIES"):
        monkeypatch.delenv(variable, raising=False)
    assert getattr(load_gazetteer(), "admin_areas", None) is None
    assert install_admin_areas(ADM3).name == "subdistricts.geojson"
    gazetteer = load_gazetteer()
    assert gazetteer.admin_areas.levels == (3,)  # type: ignore[attr-defined]
    assert getattr(load_default_gazetteer(), "admin_areas", None) is None  # the shared default is not changed
    assert _resolve(Geocoder(gazetteer), "Hajin countryside").precision is Precision.ADMIN3


def test_a_file_without_admin_fields_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "x"},'
                   ' "geometry": {"type": "Point", "coordinates": [40, 35]}}]}', encoding="utf-8")
    with pytest.raises(BoundaryError, match="ADM2_EN or ADM3_EN"):
        load_admin_areas(bad)
