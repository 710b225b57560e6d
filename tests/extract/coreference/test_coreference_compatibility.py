"""Compatibility (:mod:`mapapp.extract.coreference.compatibility`): what cannot be one event (a killing by hand and a strike)."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document, EventType
from tests.extract.reading import incidents


def test_a_missile_told_after_a_drone_strike_is_its_munition() -> None:
    text = (
        "Three fighters were killed in a Turkish drone strike in north-east Syria on Friday. "
        "They were travelling in a car in the town of Amuda when a missile hit them."
    )
    found = rule_incidents(Document(text=text))
    assert [(i.event_type, i.actor) for i in found] == [(EventType.DRONE_STRIKE, "Turkish forces")]
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Amuda"
    # a missile fired from the ground is ground fire of its own
    text = text.replace("a missile hit them", "a guided missile fired by the army hit them")
    assert len(rule_incidents(Document(text=text))) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a headline of strikes over a body whose first report is a killing by hand: the headline's other event
        "Deir ez-Zor: Beheadings and air raids\n\nISIS beheaded two shepherds in the main square of Hajin on Friday.",
        "Killing of a boy in Tabqa, Iraqi strike near the border\n\nA boy was shot dead in an argument in the Tabqa market on Monday.",
    ],
)
def test_a_killing_by_hand_does_not_continue_a_strike(text: str) -> None:
    found = incidents(text)
    killings = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text in ("Hajin", "Tabqa")]
    assert [i.event_type for i in killings] == [EventType.ATTACK]


def test_a_strike_does_not_continue_an_execution() -> None:
    found = incidents(
        "ISIS executed two men in Hajin on Friday.\n\nLater the coalition warplanes struck a river bridge in Raqqa city, wrecking it."
    )
    hajin = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text == "Hajin"]
    assert [i.event_type for i in hajin] == [EventType.ATTACK]


def test_a_strike_headline_still_continues_in_a_generic_body_report() -> None:
    found = incidents("Drone strike kills two in Amuda\n\nTwo men were killed in an attack on their car in Amuda on Monday.")
    assert len(found) == 1 and found[0].event_type is EventType.DRONE_STRIKE


def test_a_strike_at_a_city_named_like_its_governorate_is_not_the_last_one_continued() -> None:
    text = (
        "On May 3, coalition forces carried out strikes in Syria:\n"
        "-- Near Tal Baydar, two strikes hit an ISIS unit.\n"
        "Additionally, on May 2, a strike near Raqqa destroyed an ISIS cache."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2019, 5, 4)))
    assert [i.toponyms[0].text for i in found] == ["Tal Baydar", "Raqqa"]


@pytest.mark.parametrize(
    "text",
    [
        "Drone strike kills two near Tal Tamr\n\nA Turkish drone hit a pickup truck near Hasakah on Monday, killing two men.",
        "Car bomb kills five in al-Mashlab\n\nA car bomb exploded in Raqqa city on Monday, killing five people, medics said.",
    ],
)
def test_a_headline_at_a_village_continues_in_a_body_told_at_the_city_named_like_its_governorate(text: str) -> None:
    # the headline names the precise place, the body the city near it: one event, its place the headline's
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 10)))
    assert len(found) == 1 and found[0].toponyms[0].text in ("Tal Tamr", "al-Mashlab")
