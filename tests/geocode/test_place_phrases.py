"""Tests for mapapp.geocode.place_phrases: what a text's words say of where its places lie."""

from __future__ import annotations

import pytest

from mapapp.geocode.place_phrases import covered_governorate_named, uncovered_governorate_named


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
