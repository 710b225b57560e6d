"""Unplaced events told as one more (:func:`mapapp.extract.coreference.summaries.drop_unplaced_references`)."""

from __future__ import annotations

import datetime

import pytest

from mapapp.extract.coreference.summaries import _ONE_MORE_EVENT_RE
from mapapp.model import Document, EventType
from tests.extract.reading import rule_incidents


@pytest.mark.parametrize(
    ("first", "more", "kind"),
    [
        (
            "A Turkish drone struck a car near Amuda on Monday, killing two fighters.",
            "Later that night, another armed drone hit a patrol of the security forces, wounding three of its members.",
            EventType.DRONE_STRIKE,
        ),
        (
            "Coalition jets bombed a depot near Hajin on Sunday, killing four militants.",
            "Earlier that day, the monitor told of another coalition airstrike in that province, which killed a farmer.",
            EventType.AIRSTRIKE,
        ),
        (
            "US forces killed an ISIS official in a raid near Shadadi on Monday.",
            "Two days earlier, a separate raid killed three militants and wounded a soldier.",
            EventType.RAID,
        ),
    ],
)
def test_an_unplaced_event_told_as_one_more_is_no_reference_to_the_placed_one(
    first: str, more: str, kind: EventType
) -> None:
    found = rule_incidents(Document(text=f"{first}\n{more}", published=datetime.date(2023, 4, 18)))
    assert [i.event_type for i in found] == [kind, kind]


@pytest.mark.parametrize(
    "retold",
    [
        "The drone strikes killed two fighters, the monitor said.",  # the placed strike's toll told again
        "Turkish drones have carried out dozens of strikes on the region this year, killing two fighters.",  # a tally
    ],
)
def test_an_unplaced_toll_not_told_as_one_more_still_refers_to_the_placed_one(retold: str) -> None:
    text = f"A Turkish drone struck a car near Amuda on Monday, killing two fighters.\n{retold}"
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 4, 18)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Amuda"]
    assert len(found) == 1


@pytest.mark.parametrize(
    ("clause", "one_more"),
    [
        ("later, another armed drone hit a car", True),
        ("a separate raid killed three men", True),
        ("the agency reported a second coalition airstrike nearby", True),
        ("the two sides fired at one another with rocket fire", False),
        ("the drone strikes killed two fighters", False),
        ("another two fighters died of their wounds", False),
    ],
)
def test_the_words_that_tell_an_event_as_one_more(clause: str, one_more: bool) -> None:
    assert (_ONE_MORE_EVENT_RE.search(clause) is not None) is one_more
