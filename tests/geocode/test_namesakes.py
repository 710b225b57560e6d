"""Tests for mapapp.geocode.namesakes: which of the places sharing a name the text means, and what stands in for a
namesake that is not the place meant."""

from __future__ import annotations

from mapapp.geocode.namesakes import (
    FAR_FROM_COVERAGE_KM,
    at_governorate_not_namesake,
    distances_to_governorates,
    governorate_location,
    namesakes,
    near_coverage,
    nearest_namesake,
)
from mapapp.geocode.resolver import CONTEXT_ONLY_SCORE
from mapapp.model import Candidate, Location, Place, Precision
from tests.geocode.placement_factories import HASAKAH_GOVERNORATE, KARAMA_EAST, KARAMA_WEST, TableResolver, karama

# A made-up town 8 km from the eastern Karama, and one far from both.
NEAR_EAST = (36.72, 41.19, "Tall Hamidi")
FAR_SOUTH = (35.00, 40.50, "Wadi Sabkha")


def test_the_namesakes_are_the_other_covered_places_of_the_same_score() -> None:
    assert [c.place for c in namesakes(karama())] == [KARAMA_EAST]
    assert namesakes(karama(score=90.0)) == []  # a lower-scored look-alike is no namesake
    abroad = Place(id="t:ab", name="Al Karamah", lat=36.7, lon=43.1, admin1=None, country="IQ")
    assert namesakes(karama(second=abroad)) == []  # nor a place outside coverage
    assert namesakes(Location(toponym="Karama", place=None, precision=Precision.UNRESOLVED)) == []


def test_the_namesake_near_a_place_the_text_names_is_taken() -> None:
    moved = nearest_namesake(karama(), [NEAR_EAST])
    assert moved.place == KARAMA_EAST and moved.candidates[0].place == KARAMA_WEST
    assert "Tall Hamidi" in moved.note and "chosen among places named 'Al Karamah'" in moved.note


def test_no_namesake_is_taken_when_none_lies_near_the_texts_places() -> None:
    assert nearest_namesake(karama(), [FAR_SOUTH]) == karama()
    assert nearest_namesake(karama(), []) == karama()
    # the place first chosen is already the nearer one
    assert nearest_namesake(karama(), [(36.61, 40.12, "Kherbet Ali")]) == karama()


def test_a_namesake_moved_to_its_governorate_keeps_the_namesake_as_first_candidate() -> None:
    abroad = Place(id="t:lb", name="Sur", lat=33.27, lon=35.20, admin1=None, country="LB")
    location = Location(toponym="Sour", place=abroad, precision=Precision.OUTSIDE_COVERAGE, score=95.0,
                        matched_name="Sur")
    governorate = Location(toponym="Al-Hasakah", place=HASAKAH_GOVERNORATE, precision=Precision.ADMIN1, score=100.0)
    placed = at_governorate_not_namesake(location, governorate, "not Tyre")
    assert placed.place == HASAKAH_GOVERNORATE and placed.precision is Precision.ADMIN1
    assert placed.toponym == "Sour" and placed.score == CONTEXT_ONLY_SCORE and placed.note == "not Tyre"
    assert placed.candidates[0] == Candidate(place=abroad, score=95.0, matched_name="Sur")


def test_the_distances_to_the_covered_governorates_are_asked_of_the_resolver() -> None:
    table = {"Al-Hasakah governorate": Location(toponym="Al-Hasakah", place=HASAKAH_GOVERNORATE,
                                                precision=Precision.ADMIN1, score=100.0)}
    resolver = TableResolver(table)
    assert governorate_location("Al-Hasakah", resolver).place == HASAKAH_GOVERNORATE
    [distance] = distances_to_governorates(33.27, 35.20, resolver)  # the other two are unknown to this resolver
    assert distance > FAR_FROM_COVERAGE_KM
    assert distances_to_governorates(33.27, 35.20, TableResolver({})) == [0.0]  # none known: not far


def test_a_point_near_a_covered_governorate_is_near_coverage_and_one_far_off_is_not() -> None:
    table = {"Al-Hasakah governorate": Location(toponym="Al-Hasakah", place=HASAKAH_GOVERNORATE,
                                                precision=Precision.ADMIN1, score=100.0)}
    resolver = TableResolver(table)
    assert near_coverage(*NEAR_EAST[:2], resolver)
    assert not near_coverage(33.27, 35.20, resolver)  # by the Lebanese coast
