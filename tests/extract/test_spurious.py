"""Spurious incidents: headlines repeating the body, affiliations read as places, background read as events."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.extract.toponyms import find_places
from mapapp.model import Document


def incidents(text: str, published: datetime.date | None = None) -> list:
    return rule_incidents(Document(text=text, published=published))


def test_headline_listing_two_events_adds_no_incident_of_its_own() -> None:
    text = (
        "Turkish drone kills two near Tal Alou, while a farmer is shot dead in Hasakah countryside\n\n"
        "A Turkish drone struck a car near the village of Tal Alou on Monday, killing two men.\n\n"
        "Separately, unknown gunmen shot dead a farmer in the village of Um Madfa on Monday.\n"
    )
    found = incidents(text)
    assert len(found) == 2
    assert found[0].toponyms[0].text == "Tal Alou"
    assert found[1].actor is None  # "unknown gunmen" name no party


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed four people on Monday in the Turkish-held Syrian town of Suluk.",
        "Gunmen killed two members of the Iranian-backed Fatemiyoun Brigade in the village of al-Quriyah on Friday.",
        "A bomb wounded an official of the Kurdish-led administration in Raqqa on Monday.",
    ],
)
def test_affiliation_adjectives_are_never_places(text: str) -> None:
    names = [p.text for p in find_places(text, [])]
    assert not any(name.split()[0].endswith(("-held", "-backed", "-led")) for name in names), names


def test_an_organisation_named_after_a_place_is_not_a_place() -> None:
    text = "Clashes broke out on Monday near the headquarters of the Manbij Military Council in the village of Arima."
    names = [p.text for p in find_places(text, [])]
    assert "Manbij Military Council" not in names and "Arima" in names


def test_a_tribe_named_after_of_is_not_a_place() -> None:
    text = "Gunmen shot dead an elder of the Shaitat tribe outside his home in the town of Gharanij on Monday."
    names = [p.text for p in find_places(text, [])]
    assert "Shaitat" not in names and "Gharanij" in names


def test_past_battle_dated_by_month_and_year_is_background() -> None:
    text = (
        "A landmine killed two shepherds near the village of al-Jazra on Tuesday. "
        "The SDF, backed by the coalition, drove ISIS out of Hajin in December 2018 after a battle that left the "
        "town in ruins."
    )
    found = incidents(text, published=datetime.date(2021, 3, 10))
    assert len(found) == 1 and found[0].event_type.value == "ied"


def test_tally_of_assassinations_is_not_an_incident() -> None:
    text = "A rights group recorded 40 assassinations in Deir ez-Zor province in the first half of the year."
    assert incidents(text) == []


def test_cause_of_clashes_already_reported_is_not_a_new_incident() -> None:
    text = (
        "Clashes between the SDF and tribal fighters in the village of Dhiban left four dead on Monday. "
        "The clashes erupted after the SDF detained a tribal leader at a meeting in the town of Shaddadi on Sunday."
    )
    assert len(incidents(text)) == 1


def test_hypothetical_more_strikes_do_not_extend_an_incident() -> None:
    text = (
        "U.S. warplanes struck a depot in the town of Hatla on Friday, killing four fighters. "
        "Officials warned that more strikes will follow in the coming days."
    )
    found = incidents(text)
    assert len(found) == 1 and len(found[0].evidence) == 1


def test_next_sentence_giving_the_missing_toll_continues_the_incident() -> None:
    text = (
        "On Tuesday night, ISIS cells attacked a checkpoint in the village of al-Jazra. "
        "A firefight followed in which one guard and two of the attackers were killed."
    )
    found = incidents(text)
    assert len(found) == 1
    assert found[0].killed is not None and (found[0].killed.low, found[0].killed.high) == (3, 3)
    # a next sentence that names an actor of its own reports another incident
    other = (
        "On Tuesday night, a roadside bomb exploded near a bakery in the village of al-Jazra. "
        "Turkish drones killed two fighters."
    )
    assert len(incidents(other)) == 2
