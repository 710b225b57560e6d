"""Which analyst changes become stored corrections, and markdown escaping."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from app_factories import make_incident

from mapapp.app.corrections import (
    ReviewError,
    ReviewValues,
    changed_fields,
    corrections_to_store,
    escape_markdown,
    pair_reports,
    review_corrections,
)
from mapapp.model import Casualties, EventType, IncidentDate


def test_changed_fields_lists_only_what_differs() -> None:
    before = make_incident("x", killed=Casualties(2, 2), when=date(2019, 1, 5))
    assert changed_fields(before, before) == []
    after = replace(before, killed=Casualties(3, None), event_type=EventType.SHELLING, actor="someone else")
    assert changed_fields(before, after) == [("event_type", "shelling"), ("killed", (3, None))]
    cleared = replace(before, date=IncidentDate(value=None, month=1, day=5, basis="partial"), injured=Casualties(1, 1))
    assert changed_fields(before, cleared) == [("date", None), ("injured", (1, 1))]


def test_corrections_skip_values_the_store_already_has() -> None:
    extracted = make_incident("x", killed=Casualties(2, 2))
    edited = replace(extracted, killed=Casualties(5, 5))
    assert corrections_to_store(extracted, edited, None) == [("killed", (5, 5))]
    assert corrections_to_store(extracted, edited, replace(extracted, killed=Casualties(4, 4))) == [("killed", (5, 5))]
    assert corrections_to_store(extracted, edited, edited) == []
    # untouched by the analyst: never a correction, whatever the merged value says
    assert corrections_to_store(extracted, extracted, replace(extracted, killed=Casualties(9, 9))) == []


def test_review_corrections() -> None:
    current = make_incident("x", killed=Casualties(2, 4), when=date(2019, 1, 5))
    same = ReviewValues(event_type=current.event_type, day=date(2019, 1, 5), killed_low=2, killed_high=4)
    assert review_corrections(current, same) == []
    changed = ReviewValues(event_type=EventType.IED, day=date(2019, 1, 6), killed_low=3, killed_high=None)
    assert review_corrections(current, changed) == [
        ("event_type", "ied"),
        ("date", date(2019, 1, 6)),
        ("killed", (3, None)),
    ]
    cleared = replace(same, killed_low=None, killed_high=None, day=None)
    assert review_corrections(current, cleared) == [("killed", None)]
    with pytest.raises(ReviewError, match="above the upper bound"):
        review_corrections(current, replace(same, killed_low=5, killed_high=1))
    with pytest.raises(ReviewError, match="negative"):
        review_corrections(current, replace(same, killed_low=-1))


def test_pair_reports_needs_one_id_per_report() -> None:
    reports = [make_incident("a"), make_incident("b")]
    assert [(r.id, i) for r, i in pair_reports(reports, ["a", "z"])] == [("a", "a"), ("b", "z")]
    with pytest.raises(ValueError):
        pair_reports(reports, ["a"])


@pytest.mark.parametrize(
    "text",
    ["[click](javascript:alert(1))", "**bold** _it_ `code`", "$x^2$ :red[alarm] <b>tag</b>", "# heading\n- item"],
)
def test_escape_markdown_neutralises_markup(text: str) -> None:
    escaped = escape_markdown(text)
    for char in "[]()*_`$:<>#-":
        assert char not in escaped.replace(f"\\{char}", "")
    assert "\n" not in escaped
    assert escaped.replace("\\", "") == " ".join(text.split())
