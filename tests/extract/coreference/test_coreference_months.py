"""A month of its own (:func:`mapapp.extract.mentions.months_apart`, read by ``EventMention.days_agree``): an event
told by its month alone ("In June, ...") against one told by this week's day or by a day of another month is
another event, not the same one told again."""

from __future__ import annotations

import pytest

from mapapp.extract.dates import find_dates
from mapapp.extract.mentions import months_apart
from tests.extract.reading import incidents


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        ("In June", "on Sunday", True),  # a month alone against a day of the week the report counts back from
        ("In June", "yesterday", True),
        ("In July", "On December 10", True),  # a day of another month
        ("In July", "In March", True),
        ("In June", "On June 4", False),  # the same month
        ("In June", "In June", False),
        ("In March 2019", "on Sunday", False),  # a month with its year beside this week: history, for the filter
        ("On June 4", "on Sunday", False),  # no month alone: the days decide (``days_agree``)
        ("In June", "", False),  # no time told against it
    ],
)
def test_a_month_alone_against_another_time(first: str, second: str, apart: bool) -> None:
    assert months_apart(find_dates(first), find_dates(second)) is apart


@pytest.mark.parametrize(
    "text",
    [
        # a headline and its lede told by the week's day, then a bombing of an earlier month at the same town
        "Car bomb kills eight in a border town\n\n"
        "A car bomb killed eight civilians near the grain market of Ras al-Ain on Sunday. "
        "In June, a car bomb wounded five people in Ras al-Ain.",
        # two bombings each told by its own time, one by a day, one by a month alone
        "A bomb hidden in a van killed 16 people at a bus stop in Tal Abyad on December 10. "
        "In July, a bomb fixed to a motorbike ripped through a market in Tal Abyad, killing at least eight.",
    ],
)
def test_an_event_told_by_its_month_alone_is_another_event(text: str) -> None:
    found = incidents(text)
    assert len(found) == 2
    assert found[0].killed is not None and found[0].killed.low in (8, 16)


def test_the_same_month_tells_the_same_event_again() -> None:
    text = (
        "A car bomb killed eight civilians near the grain market of Ras al-Ain on June 4. "
        "In June, the car bomb in Ras al-Ain killed eight civilians, a monitor said."
    )
    assert len(incidents(text)) == 1
