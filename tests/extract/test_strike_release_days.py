"""A strike release's items take the day its lede gives the strikes (event_dates rule 3, ``_day_of_the_strikes_listed``):
not the day of the statement that reports them, past a sentence naming those strikes again by their day, and for items
whose place carries a bracketed gloss or a stray space before its comma."""

from __future__ import annotations

import datetime

import pytest

from mapapp.model import Document
from tests.extract.reading import rule_incidents

PUBLISHED = datetime.date(2024, 5, 8)  # a Wednesday
MONDAY = datetime.date(2024, 5, 6)
TUESDAY = datetime.date(2024, 5, 7)


def _dates_by_place(text: str, published: datetime.date = PUBLISHED) -> dict[str, datetime.date | None]:
    incidents = rule_incidents(Document(text=text, published=published))
    return {
        i.toponyms[0].text: (i.date.value if i.date and not i.date.is_report_date else None)
        for i in incidents
        if i.toponyms
    }


def _release(lede: str, between: str = "") -> str:
    return (
        lede
        + "\n\n"
        + between
        + "Strikes in Syria\n\n"
        + "In Syria, coalition forces conducted seven strikes against ISIS targets:\n\n"
        + "-- Near Hajin, three strikes hit an ISIS vehicle.\n\n"
        + "-- Near Kasra, three strikes destroyed an ISIS fighting position.\n\n"
        + "-- Near Shaafah, a strike destroyed a mortar.\n"
    )


@pytest.mark.parametrize(
    "lede",
    [
        # the strikes' day, then the statement's
        "Coalition forces kept up their attacks on ISIS on Monday, conducting nine strikes, officials reported yesterday.",
        "Coalition forces kept up their attacks on ISIS yesterday, conducting nine strikes, officials reported today.",
    ],
)
def test_the_items_take_the_strikes_day_not_the_statements(lede: str) -> None:
    published = PUBLISHED if "Monday" in lede else TUESDAY  # "yesterday" in a Tuesday paper is Monday
    dates = _dates_by_place(_release(lede), published)
    assert dates.get("Hajin") == MONDAY
    assert dates.get("Kasra") == MONDAY
    assert dates.get("Shaafah") == MONDAY


def test_a_sentence_naming_the_strikes_again_by_their_day_does_not_stop_the_ledes_day() -> None:
    # "yesterday's strikes" counted from publication would be Tuesday: the lede's Monday strikes are meant
    text = _release(
        "Coalition forces kept up their attacks on ISIS on Monday, conducting nine strikes, officials reported yesterday.",
        between="Officials gave details of yesterday's strikes, noting that the results are initial.\n\n",
    )
    dates = _dates_by_place(text)
    assert dates.get("Hajin") == MONDAY
    assert dates.get("Shaafah") == MONDAY


def test_another_day_named_between_still_stops_the_ledes_day() -> None:
    text = _release(
        "Coalition forces kept up their attacks on ISIS on Monday, conducting nine strikes, officials reported yesterday.",
        between="On Tuesday, officials added two strikes to the count.\n\n",
    )
    assert _dates_by_place(text).get("Shaafah") != MONDAY


@pytest.mark.parametrize(
    "item",
    [
        "-- Near Shaddadi [al-Shaddadah], two strikes destroyed an ISIS vehicle.",  # a gloss in brackets
        "-- Near Hawl , two strikes destroyed an ISIS vehicle.",  # a stray space before the comma
    ],
)
def test_an_item_whose_place_is_glossed_or_spaced_takes_the_ledes_day(item: str) -> None:
    text = (
        "Coalition forces struck ISIS targets on Monday, conducting nine strikes, the release said on Tuesday.\n\n"
        "-- Near Abu Kamal, three strikes destroyed an ISIS vehicle.\n\n" + item + "\n"
    )
    dates = _dates_by_place(text)
    place = "Shaddadi" if "Shaddadi" in item else "Hawl"
    assert dates.get(place) == MONDAY
