"""Tests for mapapp.geocode.place_phrases: what a text's words say of where its places lie."""

from __future__ import annotations

import pytest

from mapapp.geocode.place_phrases import covered_governorate_named, told_as_part_of_town, uncovered_governorate_named
from mapapp.model import Span, Toponym


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("A mine went off on a farm road in Hasakah province.", True),
        ("Two shepherds were hurt in the Raqqa countryside.", True),
        ("A mine went off on a farm road in Aleppo province.", False),
        ("A mine went off on a farm road near a village.", False),
    ],
)
def test_a_covered_governorate_named_is_found_and_another_is_not(text: str, covered: bool) -> None:
    assert covered_governorate_named(text) is covered


def test_an_uncovered_governorate_named_is_not_a_covered_one() -> None:
    text = "A mine went off on a farm road in Aleppo province."
    assert uncovered_governorate_named(text) == "Aleppo"


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        ("Mortars fell on the Bab Nuri neighbourhood at dawn.", "Bab Nuri", "neighbourhood"),
        ("Mortars fell on the neighbourhoods of Bab Nuri and Zahrat al-Mada.", "Bab Nuri", "neighbourhood"),
        ("A mine went off in the district of Bab Nuri at dawn.", "Bab Nuri", "district"),
        ("A mine went off in the Bab Nuri area, near a bakery in the city centre.", "Bab Nuri", "city centre"),
        ("Jets hit the Bab Nuri region in the western outskirts of the town.", "Bab Nuri", "western outskirts of the town"),
        ("A mine went off near Bab Nuri village at dawn.", "Bab Nuri", None),
        ("A mine went off near Bab Nuri (the old mill) quarter in the heart of the city.", "Bab Nuri", "heart of the city"),
        # a centre told in another clause, or as a distance, does not make the name a part of the town
        ("A mine went off in Bab Nuri; hours later, gunmen stormed a school in the city centre.", "Bab Nuri", None),
        ("A mine hit a car in Bab Nuri village, and the wounded were rushed to a clinic in the city centre.",
         "Bab Nuri", None),
        ("A mine went off in Bab Nuri, some 30 km from the city centre, at dawn.", "Bab Nuri", None),
    ],
)
def test_a_part_of_a_town_is_told_by_a_word_before_or_after_it(text: str, name: str, word: str | None) -> None:
    start = text.index(name)
    toponym = Toponym(span=Span(name, start, start + len(name)))
    assert told_as_part_of_town(toponym, [Span(text, 0, len(text))]) == word
