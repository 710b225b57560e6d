"""Background filter, history: a clause dated by a span running from one month into another that ended before the
publication's month tells a period recalled, not an incident (:func:`mapapp.extract.background.history.
_over_a_past_span_of_months`)."""

from __future__ import annotations

import datetime

import pytest

from mapapp.model import Document
from tests.extract.reading import rule_incidents


def _found(text: str, published: datetime.date | None) -> int:
    return len(rule_incidents(Document(text=text, published=published)))


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a span of days over two months, ended a month or more before the publication
        (
            "From June 3 to July 20, heavy fighting raged between the army and tribal gunmen in the town of Busayrah.",
            datetime.date(2022, 9, 15),
        ),
        # two months joined by a hyphen, with the period's toll
        (
            "At least 90 people were killed in two bouts of clashes in the town of Hajin in March-April.",
            datetime.date(2022, 6, 1),
        ),
        # parts of two months joined by "and", with a toll
        (
            "In late May and June, fierce clashes between the SDF and clan fighters in the town of Diban killed 40 people.",
            datetime.date(2022, 8, 2),
        ),
        # a year written after the span's end
        (
            "Between March and May 2019, heavy clashes hit the village of Sousa, killing dozens.",
            datetime.date(2022, 8, 2),
        ),
        # months alone with no publication date: a period all the same
        (
            "The siege of the town, which lasted from early May to late July, killed more than 300 fighters in Hajin.",
            None,
        ),
    ],
)
def test_an_event_told_over_a_past_span_of_months_is_history(text: str, published: datetime.date | None) -> None:
    assert _found(text, published) == 0


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the span ends in the publication's month: it may be the report's own news
        ("From May 28 to June 3, strikes hit the town of Hajin, killing 12 civilians.", datetime.date(2022, 6, 5)),
        # days of one month
        ("From May 3 to May 9, strikes hit the town of Hajin, killing 12 civilians.", datetime.date(2022, 6, 20)),
        # days over two months with no publication date: the span's year is not known
        ("From May 28 to June 3, strikes hit the town of Hajin, killing 12 civilians.", None),
        # a day of the clause's own besides the span: that day's event
        (
            "On October 2, gunmen attacked an SDF post in the town of Diban, after the clashes there from June 3 to July 20.",
            datetime.date(2022, 10, 5),
        ),
        # one month only
        ("On June 3, strikes hit the town of Hajin, killing 12 civilians.", datetime.date(2022, 9, 20)),
    ],
)
def test_a_span_ending_in_the_publication_s_month_or_within_one_month_stays(
    text: str, published: datetime.date | None
) -> None:
    assert _found(text, published) == 1
