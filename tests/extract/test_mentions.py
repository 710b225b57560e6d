"""Event mentions: a violent death with no event word at a named place is an incident of type other; an accident
is not."""

from __future__ import annotations

import pytest

from mapapp.extract import extract_incidents
from mapapp.model import Document, EventType


@pytest.mark.parametrize(
    "text",
    [
        "A man was killed by coalition fire during a search operation in Hajin.",
        "Two men were killed by heavy army fire in the village of Abu Hamam.",
    ],
)
def test_gunfire_is_no_blaze(text: str) -> None:
    assert [i.event_type for i in extract_incidents(Document(text=text))] == [EventType.OTHER]


@pytest.mark.parametrize(
    "text",
    [
        "Two farmers were killed in a fire in the village of Tal Baydar on Monday.",
        "Three workers were killed when a fire broke out at a depot in Shaddadi.",
    ],
)
def test_a_blaze_is_an_accident(text: str) -> None:
    assert extract_incidents(Document(text=text)) == []


def test_a_death_of_wounds_told_before_its_cause_is_the_toll_of_the_cause() -> None:
    text = "A farmer died of his wounds on Friday, a day after he was hit by shelling on the village of Tabia."
    (incident,) = extract_incidents(Document(text=text))
    assert incident.event_type is EventType.SHELLING
    assert incident.killed is not None and (incident.killed.low, incident.killed.high) == (1, 1)


def test_a_body_found_before_the_abduction_told_is_its_dead_and_place() -> None:
    text = "The body of a young man was found near the village of Tabia, two days after he was abducted by gunmen."
    (incident,) = extract_incidents(Document(text=text))
    assert incident.killed is not None and (incident.killed.low, incident.killed.high) == (1, 1)
    assert incident.primary_toponym is not None and incident.primary_toponym.text == "Tabia"
