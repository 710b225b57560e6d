"""Within-document event coreference: one event told several times is one incident."""

from __future__ import annotations

import datetime

from mapapp.extract import extract_incidents
from mapapp.model import Document


def incidents(text: str):
    return extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))


def test_headline_and_body_of_one_event_are_one_incident() -> None:
    found = incidents("Car bomb kills three in Shadadi\n\nA car bomb exploded near the market on Monday, killing three people.")
    assert len(found) == 1
    assert len(found[0].evidence) == 2


def test_definite_follow_up_fills_the_place() -> None:
    found = incidents(
        "Turkish drones struck a car on Tuesday, killing two fighters. The strike hit the vehicle near Tal Tamr."
    )
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Tal Tamr"
    assert len(found[0].evidence) == 2


def test_definite_mention_at_another_place_is_another_incident() -> None:
    found = incidents(
        "Gunmen killed a teacher in Hajin on Monday. The attack in Shaafah on Tuesday killed a nurse."
    )
    assert len(found) == 2


def test_toll_sentence_without_event_word_fills_the_incident() -> None:
    found = incidents("Turkish drones struck a car near Qamishli on Sunday. Two fighters were killed, the SDF said.")
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.low == 2


def test_headline_listing_two_events_is_a_summary() -> None:
    text = (
        "Strikes kill six in Hajin, bomb kills two in Shadadi\n\n"
        "Jets struck houses in Hajin on Monday, killing six people.\n"
        "A roadside bomb killed two soldiers in Shadadi on Tuesday."
    )
    found = incidents(text)
    assert sorted(i.primary_toponym.text for i in found) == ["Hajin", "Shadadi"]
