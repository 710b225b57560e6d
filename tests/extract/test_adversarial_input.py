"""Hostile input to the extraction rules: work stays linear in the text, absurd figures are refused.

Linearity is checked without a clock: :func:`python_steps` counts the Python
call and line events a function runs (``sys.settrace``), which is exact and
independent of machine load. Doubling a repetitive input must about double the
count (a quadratic loop quadruples it). Regex work runs in C and is not counted
there; the markup patterns are checked by what they may scan past instead.
Timings of whole documents are printed by ``bench/bench_adversarial.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from mapapp.extract import extract_incidents, sentences
from mapapp.extract.casualties import (
    MAX_COUNTS_PER_CLAUSE,
    _count_mentions,
    parse_count,
    parse_number,
    read_casualties,
)
from mapapp.extract.mentions import read_sentence
from mapapp.extract.sentences import Sentence, mask_markup
from mapapp.extract.toponyms import (
    MAX_PLACES_PER_CLAUSE,
    find_governorates,
    find_places,
)
from mapapp.model import MAX_CASUALTY_FIGURE, Document


def python_steps(function: Callable[..., Any], *args: Any) -> int:
    """How many Python call/line events running ``function(*args)`` takes."""
    count = 0

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return tracer

    sys.settrace(tracer)
    try:
        function(*args)
    finally:
        sys.settrace(None)
    return count


def growth(function: Callable[[str], Any], unit: str, repeats: int) -> float:
    """Ratio of steps for ``unit`` × 2·repeats to steps for ``unit`` × repeats (2 when linear, 4 when quadratic)."""
    function(unit * 3)  # warm-up: the first call compiles patterns (Python steps in ``re``) once
    return python_steps(function, unit * (2 * repeats)) / python_steps(function, unit * repeats)


def test_count_mentions_overlap_check_is_linear() -> None:
    # "1," repeated: every figure is checked against the ones already taken
    assert growth(read_casualties, "1, ", 400) < 2.5


def _places(text: str) -> Any:
    return find_places(text, find_governorates(text))


def test_find_places_is_linear_in_governorate_mentions() -> None:
    # every name was compared with every governorate mention, and each mention with every place found so far
    assert growth(_places, "Raqqa ", 400) < 2.5
    assert growth(_places, "in Raqqa and near Tal Tamr ", 200) < 2.5


def test_find_places_still_skips_names_that_are_governorates() -> None:
    text = "Shelling hit Raqqa and the village of Khuweibra near Deir ez-Zor Military Airport."
    places = _places(text)
    # the name loop skips "Raqqa"; it comes once, from its governorate mention (the city, a reference, governorate set)
    assert [(p.text, p.level) for p in places if p.level == "place" and p.governorate is None] == [
        ("Khuweibra", "place"),
        ("Deir ez-Zor Military Airport", "place"),
    ]
    assert [(p.text, p.role, p.governorate) for p in places if p.level == "place" and p.governorate is not None] == [
        ("Raqqa", "reference", "Ar-Raqqah"),
        ("Deir ez-Zor", "reference", "Deir ez-Zor"),
    ]


@pytest.mark.parametrize("pattern", [sentences._HIDDEN_ELEMENT_RE, sentences._BLOCK_TAG_RE, sentences._TAG_RE])
def test_markup_patterns_do_not_scan_past_the_next_tag(pattern: Any) -> None:
    # "[^>]*>" or a lazy ".*?-->" restarts a scan to the end of the text at every unclosed "<"
    assert "[^>]*" not in pattern.pattern
    assert "<!--.*?" not in pattern.pattern


def test_unclosed_markup_is_left_as_text_and_closed_comments_are_blanked() -> None:
    text = "A <!-- note --> car bomb <!-- killed <div three <b>people</b> in Raqqa."
    masked = mask_markup(text)
    assert len(masked) == len(text)
    assert "note" not in masked
    assert "<!-- killed <div three" in masked  # unclosed: left alone, not everything up to the next ">"
    assert "people" in masked and "<b>" not in masked


def test_comment_blanking_keeps_offsets_and_newlines() -> None:
    text = "one<!-- a\nb -->two <!-- x -->"
    masked = mask_markup(text)
    assert masked == "one" + " " * 6 + "\n" + " " * 5 + "two" + " " * 11


def test_absurd_figure_is_refused_not_read() -> None:
    reading = read_casualties("an airstrike killed 99999999999999999999999 civilians")
    assert reading.killed is None
    assert parse_number("99999999999999999999999") is None
    assert parse_number(f"{MAX_CASUALTY_FIGURE + 1:,}") is None
    assert parse_number(f"{MAX_CASUALTY_FIGURE:,}") == (MAX_CASUALTY_FIGURE, MAX_CASUALTY_FIGURE)
    assert parse_count(f"more than {MAX_CASUALTY_FIGURE}") is None
    assert parse_count("at least 18") == (18, None)


def test_a_run_of_digits_longer_than_int_conversion_allows_is_no_crash() -> None:
    # int() refuses strings of more than 4,300 digits (ValueError): the length is checked first
    document = Document(text="Shelling killed " + "9" * 10_000 + " people in Raqqa.")
    for incident in extract_incidents(document):
        assert incident.killed is None or (incident.killed.high or 0) <= MAX_CASUALTY_FIGURE


def test_province_lists_are_still_read_without_nested_repetition() -> None:
    text = "Strikes hit the provinces of Hasakah, Raqqa and Deir ez-Zor, and Raqqa and Hasakah provinces."
    assert [m.province_level for m in find_governorates(text)] == [True, True, True, True, True]
    assert [m.province_level for m in find_governorates("Fighting near Raqqa and Tabqa today.")] == [False]


def test_a_clause_of_thousands_of_counts_reads_only_the_first_ones() -> None:
    mentions = _count_mentions("3 people were killed, " * 1000)
    assert len(mentions) == MAX_COUNTS_PER_CLAUSE
    assert mentions[0].start == 0  # the first ones, in text order
    assert read_casualties("3 people were killed, " * 1000).killed is not None


def test_a_clause_of_thousands_of_places_reads_only_the_first_ones() -> None:
    places = _places("shelling in Raqqa and near Tal Tamr " * 500)
    assert len(places) == MAX_PLACES_PER_CLAUSE
    assert places[0].text == "Tal Tamr"


def test_mentions_keep_a_bounded_text_before_their_clause() -> None:
    text = "an airstrike killed 3 people in Tal Tamr, while " * 300 + "a car bomb hit Amuda."
    reading = read_sentence(text, Sentence(0, 0, len(text)), find_governorates(text), None)
    assert reading.mentions
    assert max(len(m.text_before_clause) for m in reading.mentions) <= 400


def _not_conceded_of(text: str) -> Any:
    from mapapp.extract.mentions import _not_conceded
    from mapapp.extract.triggers import find_triggers

    return _not_conceded(text, find_triggers(text))


def _air_party_strikes_of(text: str) -> Any:
    from mapapp.extract.mentions import _strikes_of_an_air_party
    from mapapp.extract.triggers import find_triggers

    hits = find_triggers(text)
    return _strikes_of_an_air_party(text, hits[0], hits)


def test_concessive_phrases_are_read_in_linear_steps() -> None:
    # every event word was checked against every concessive phrase, and every phrase searched to its part's end
    assert growth(_not_conceded_of, "fighters pushed into Hajin despite air strikes and shelling in spite of raids ", 100) < 2.5


def test_strike_words_beside_a_fight_are_read_in_linear_steps() -> None:
    # every generic strike word looked for the part break before it from the fight's word on
    assert growth(_air_party_strikes_of, "clashes raged near Hajin, amid strikes by the factions on the town, ", 100) < 2.5
