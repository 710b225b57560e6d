"""Tests for mapapp.extract.page_date: the publication date printed in the page furniture of raw text."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mapapp.extract.dates import find_dates
from mapapp.io.html import is_web_url
from mapapp.extract.page_date import (
    BYLINE,
    DATE_LINE,
    DATELINE,
    HEAD_LINES,
    PUBLISHED_LINE,
    UPDATED_LINE,
    date_from_url,
    find_page_date,
    page_date_offset,
)
from mapapp.io.reading import read_document
from tests.conftest import skip_or_fail

TODAY = date(2024, 6, 1)
BODY = "Two people were hurt when a shell hit a house in a village near the town on Tuesday."


def found(text: str) -> date | None:
    result = find_page_date(text, not_after=TODAY)
    return result.value if result else None


@pytest.mark.parametrize(
    ("line", "expected", "kind"),
    [
        ("3 March، 2022", date(2022, 3, 3), DATE_LINE),
        ("Sunday 6 March 2022 09:15, UK", date(2022, 3, 6), DATE_LINE),
        ("• 14:20 9 May 2021", date(2021, 5, 9), DATE_LINE),
        ("Tuesday, 2 November 2021, 18:05", date(2021, 11, 2), DATE_LINE),
        ("Thursday 4 February 2021 | 11:40 PM Aleppo Local Time", date(2021, 2, 4), DATE_LINE),
        ("25-11-2020 3 Comments", date(2020, 11, 25), DATE_LINE),
        ("Published: 12 January 2022", date(2022, 1, 12), PUBLISHED_LINE),
        ("Posted on January 12th, 2022 at 10:15 am", date(2022, 1, 12), PUBLISHED_LINE),
        ("Last updated: Feb. 3, 2023", date(2023, 2, 3), UPDATED_LINE),
        ("Updated:March 8, 2020, 4:01 PM IST", date(2020, 3, 8), UPDATED_LINE),
        ("By Sam Writer | 21/01/2022", date(2022, 1, 21), BYLINE),
        ("2021-07-30", date(2021, 7, 30), DATE_LINE),
    ],
)
def test_date_lines_of_page_furniture(line: str, expected: date, kind: str) -> None:
    result = find_page_date(f"A headline about a shelling\n\n{line}\n\n{BODY}", not_after=TODAY)
    assert result is not None
    assert (result.value, result.kind, result.line) == (expected, kind, 3)


@pytest.mark.parametrize(
    "line",
    [
        "Shelling killed 12 in a village on 5 May 2020",  # a headline: prose words around the date
        "The monitor said on March 3, 2022 that five people died in the raid near the river.",  # body sentence
        "— A Person (@someone) July 24, 2022",  # embedded tweet attribution
        "03/04/2022",  # day-first or month-first cannot be told
        "Published: 31 February 2022",  # no such day
        "Published: 12 January 1970",  # implausibly early
        "Published: 12 January 2030",  # after the reading date
        "Monday 22 March",  # no year
        "3 May 2021 - 6 May 2021",  # a span of days, no one date
    ],
)
def test_lines_that_are_not_a_publication_date(line: str) -> None:
    assert found(f"A headline\n\n{line}\n\n{BODY}") is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (f"BEIRUT, Jan. 12, 2022 (Agency) -- {BODY}", date(2022, 1, 12)),
        (f"QAMISHLI, Syria, 3 May 2021 \u2013 {BODY}", date(2021, 5, 3)),
        (f"WASHINGTON, Jan 22 (Agency) - {BODY}", None),  # no year: nothing is guessed
        ("ERBIL (Agency) \u2013 A bomb went off in a market on 3 May 2021, a spokesman said.", None),  # body date
        ("UPDATE: 68 killed in an attack on 5 May 2021 - monitor", None),  # a headline, not a dateline
        ("STRIKE RELEASE Dec. 30, 2020 \u2013 Jan. 3, 2021", None),  # a span of days a release covers
    ],
)
def test_dateline_date(paragraph: str, expected: date | None) -> None:
    result = find_page_date(f"A headline\n\n{paragraph}", not_after=TODAY)
    assert (result.value if result else None) == expected
    if result is not None:
        assert result.kind == DATELINE


def test_labels_and_names_on_one_line() -> None:
    assert found(f"Posted by the editor on March 2, 2021\n\n{BODY}") == date(2021, 3, 2)
    assert found(f"AGENCY Published: 12 January 2022\n\n{BODY}") == date(2022, 1, 12)


def test_published_label_beats_updated_and_date_lines() -> None:
    text = f"Headline\nUpdated: 14 January 2022\n10 January 2022\nPublished: 11 January 2022\n\n{BODY}"
    result = find_page_date(text, not_after=TODAY)
    assert result is not None and (result.value, result.kind) == (date(2022, 1, 11), PUBLISHED_LINE)


def test_updated_line_is_used_only_without_a_better_one() -> None:
    assert found(f"Headline\nLast updated 14 January 2022\n\n{BODY}") == date(2022, 1, 14)
    assert found(f"Headline\nLast updated 14 January 2022\n9 January 2022\n\n{BODY}") == date(2022, 1, 9)


def test_conflicting_dates_of_the_same_standing_give_none() -> None:
    listing = "Other stories\n3 May 2021\nA second story\n5 May 2021\n"
    assert found(listing + BODY) is None


def test_the_same_date_twice_is_kept() -> None:
    assert found(f"3 May 2021\nHeadline\n3 May 2021\n\n{BODY}") == date(2021, 5, 3)


def test_unlabelled_date_lines_are_only_read_in_the_head_of_the_page() -> None:
    filler = "\n".join(f"Paragraph {i} of the article, with no date in it at all." for i in range(HEAD_LINES))
    assert found(f"Headline\n{filler}\n7 June 2021\n") is None
    assert found(f"Headline\n{filler}\nPublished 7 June 2021\n") == date(2021, 6, 7)


def test_default_limit_is_today() -> None:
    assert find_page_date("Published: 1 January 2999") is None
    assert find_page_date("Published: 1 January 2020") is not None


def test_long_text_is_read_in_linear_time() -> None:
    # Many near-dates in one line must not make the line regex backtrack: it is cut at MAX_LINE_CHARS anyway,
    # and a page of such lines is looked at only to LABELLED_HEAD_LINES.
    line = "1 " * 5000 + "January"
    assert find_page_date((line + "\n") * 200, not_after=TODAY) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2022/01/26/world/prison-attack/", date(2022, 1, 26)),
        ("https://news.example/world/strike-on-a-village-2023-01-22/", date(2023, 1, 22)),
        ("https://news.example/2021/10/17/slug/?ref=2019-01-01", date(2021, 10, 17)),
        # a tweet id is a snowflake: (id >> 22) + 1288834974657 ms since 1970 (this one: 2021-10-27)
        (f"https://twitter.com/someone/status/{((1635292800000 - 1288834974657) << 22) + 5}", date(2021, 10, 27)),
        (f"https://x.com/someone/status/{((1635292800000 - 1288834974657) << 22)}", date(2021, 10, 27)),
        ("https://news.example/2022/05/slug/", None),  # a month is not a day
        ("https://news.example/en/227741/", None),
        ("https://news.example/2022/13/40/slug/", None),
        ("https://news.example/2031/01/02/slug/", None),  # after the reading date
    ],
)
def test_date_from_url(url: str, expected: date | None) -> None:
    assert date_from_url(url, not_after=TODAY) == expected


# ----------------------------------------------------------------- on the real development sets

REAL_EVAL_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "real"
REQUIRE_ENV = "MAPAPP_REQUIRE_REAL_EVAL"
# Measured 2026-11-30 on the three sets (154 texts): 21 texts dated from the page (11 by a date line, 10 by the
# address); of the 10 whose gold gives `published`, all 10 right. FLOORS TO BE RAISED, never lowered.
REAL_MIN_DATED = 20
REAL_MIN_CHECKED = 10


def test_page_dates_on_the_real_sets_are_never_wrong() -> None:
    if not REAL_EVAL_DIR.is_dir():
        skip_or_fail(f"real evaluation texts not found at {REAL_EVAL_DIR}", REQUIRE_ENV)
    dated = checked = 0
    wrong: list[str] = []
    for gold_path in sorted(REAL_EVAL_DIR.glob("*/*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        url = gold.get("url") if isinstance(gold.get("url"), str) and is_web_url(gold["url"]) else None
        document = read_document(gold_path.parent / gold["document"], url=url)
        if document.published is None:
            continue
        dated += 1
        if gold.get("published"):
            checked += 1
            if document.published.isoformat() != gold["published"]:
                found = f"{document.published} ({document.published_source})"
                wrong.append(f"{gold_path.name}: {found}, gold {gold['published']}")
    assert wrong == []
    assert dated >= REAL_MIN_DATED
    assert checked >= REAL_MIN_CHECKED


def test_labelled_dates_of_a_log_of_incidents_are_no_page_date() -> None:
    log = "Date: 2021-03-04 Gunmen attacked a checkpoint.\nDate: 2021-03-06 A mine killed a shepherd."
    assert page_date_offset(log) is None
    assert [m.text for m in find_dates(log, page_date_offset(log))] == ["2021-03-04", "2021-03-06"]


def test_a_labelled_date_after_a_line_of_prose_is_no_page_date() -> None:
    assert page_date_offset("Gunmen attacked a checkpoint.\nPosted: 2021-03-04 by the desk") is None
    assert page_date_offset("Weekly roundup\n  Posted: 2021-03-04 Gunmen attacked a checkpoint.") == 25
    assert page_date_offset("x" * 40 + " date 2021-03-04 Gunmen attacked a checkpoint.") is None


def test_a_page_date_label_run_into_the_first_paragraph_is_the_page_date() -> None:
    """Text extraction often runs a page's "date <ISO>" line into the prose after it: the date is still the page's
    publication date (the report date of what the prose leaves undated), though the line holds prose."""
    found = find_page_date("date 2020-12-10 Gunmen shot dead two farmers near a village on Monday, a monitor said.")
    assert found is not None and (found.value, found.kind, found.line) == (date(2020, 12, 10), "published line", 1)
    assert find_page_date("Date: 2021-03-04 Gunmen attacked a checkpoint.\nDate: 2021-03-06 A mine killed a shepherd.") is None
    assert find_page_date("date 2020-12-10 Gunmen shot dead a farmer.", not_after=date(2020, 12, 1)) is None
    assert find_page_date("date 2020-19-10 Gunmen shot dead a farmer.") is None
