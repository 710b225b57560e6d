"""A field named by its place: reports call one field an oil field, a gas field or "the fields of X"; the gazetteer
records it under one of those words and the bare "X field" (geocode.resolver._FIELD_KIND)."""

from __future__ import annotations

import pytest

from mapapp.geocode import Gazetteer, Geocoder
from mapapp.geocode.resolver import name_variants
from mapapp.model import Location, Place, Precision, Span, Toponym


def _synthetic(*places: Place) -> Gazetteer:
    # Synthetic records for decision-logic tests; the coordinates are made up, inside the covered area.
    from mapapp.geocode.sources import governorate_records

    return Gazetteer([*places, *governorate_records()], source="test")


# Two made-up fields: one recorded as a gas field, one as an oil field, each with its bare "X field" name.
_GAS = Place(id="t:1", name="Wadi Nour gas field", lat=35.3, lon=40.3, admin1="Deir ez-Zor", kind="site",
             alternate_names=("Wadi Nour field",))
_OIL = Place(id="t:2", name="Al-Zand oil field", lat=35.1, lon=40.6, admin1="Deir ez-Zor", kind="site",
             alternate_names=("al-Zand field",))


def _resolve(geocoder: Geocoder, text: str, hint: str | None = None) -> Location:
    return geocoder.resolve(Toponym(span=Span(text=text, start=0, end=len(text)), admin1_hint=hint, role="primary"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Wadi Nour oil field", _GAS),  # a gas field called an oil field
        ("the Wadi Nour oil fields", _GAS),
        ("al-Zand oil fields", _OIL),  # the plural of a short name (too short for a fuzzy match)
        ("al-Zand Oil Field", _OIL),
        ("Al-Zand gas field", _OIL),
    ],
)
def test_a_field_called_by_another_kind_word_is_the_field(text: str, place: Place) -> None:
    location = _resolve(Geocoder(_synthetic(_GAS, _OIL)), text)
    assert location.place == place


def test_a_field_the_gazetteer_lacks_still_takes_the_named_governorate_only() -> None:
    location = _resolve(Geocoder(_synthetic(_GAS, _OIL)), "Tal Sahel oil field", "Al-Hasakah")
    assert location.precision is Precision.ADMIN1 and location.place is not None
    assert location.place.admin1 == "Al-Hasakah"


@pytest.mark.parametrize(
    ("text", "variants"),
    [
        ("al-Zand oil fields", ["al-Zand oil fields", "al-Zand field"]),
        ("the Wadi Nour gas field", ["the Wadi Nour gas field", "Wadi Nour gas field", "Wadi Nour field"]),
        ("Raqqa", ["Raqqa"]),
        ("Khuweibra village", ["Khuweibra village", "Khuweibra"]),
    ],
)
def test_name_variants_give_a_field_its_bare_kind_word(text: str, variants: list[str]) -> None:
    assert name_variants(text) == variants
