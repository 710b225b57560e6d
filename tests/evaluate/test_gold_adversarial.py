"""Malformed gold that used to escape the loader's checks: huge numbers, deep nesting, half characters, a BOM,
invisible characters in snippets. Each is a GoldError naming the file, or is read as the product reads text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapapp.evaluate.gold import GoldError, load_gold_file

INCIDENT = {"event_type": "shelling", "toponym": "Tal Tamr", "admin1": "Al-Hasakah"}


def _write(tmp_path: Path, document: object) -> Path:
    gold = tmp_path / "bad.json"
    gold.write_text(json.dumps(document), encoding="utf-8")
    return gold


@pytest.mark.parametrize("field", ["month", "day"])
def test_a_month_or_day_too_large_for_the_machine_is_a_gold_error(tmp_path: Path, field: str) -> None:
    when = {"month": 5, "day": 24, field: 10**30}
    gold = _write(tmp_path, {"text": "x", "incidents": [{**INCIDENT, "date": when}]})
    with pytest.raises(GoldError, match="no such month/day") as caught:
        load_gold_file(gold)
    assert str(gold) in str(caught.value)


def test_json_nested_thousands_deep_is_a_gold_error(tmp_path: Path) -> None:
    gold = tmp_path / "deep.json"
    gold.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(GoldError, match=r"deep\.json: .*nested too deeply"):
        load_gold_file(gold)


def test_inline_text_with_a_lone_surrogate_is_a_gold_error(tmp_path: Path) -> None:
    gold = tmp_path / "half.json"
    gold.write_text('{"text": "Shelling hit Tal Tamr \\ud800 on Monday.", "incidents": []}', encoding="utf-8")
    with pytest.raises(GoldError, match=r"half\.json: text: .*lone surrogate at character 22"):
        load_gold_file(gold)


def test_a_gold_file_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    gold = tmp_path / "bom.json"
    gold.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": "Shelling hit Tal Tamr.", "incidents": [INCIDENT]}).encode())
    [document] = load_gold_file(gold)
    assert document.text == "Shelling hit Tal Tamr." and len(document.incidents) == 1


def test_snippets_copied_with_invisible_characters_match_the_text_as_read(tmp_path: Path) -> None:
    # The reader drops zero-width spaces and direction marks from the article; a snippet copied from the same
    # page still carries them, and must still be found in the text.
    (tmp_path / "a.txt").write_text("Shelling hit Tal\u200b Tamr on Monday.\u200f The town was calm.", encoding="utf-8")
    gold = _write(
        tmp_path,
        {
            "document": "a.txt",
            "incidents": [{**INCIDENT, "evidence": "Shelling hit Tal\u200b Tamr"}],
            "not_incidents": [{"text": "The town\u200f was calm."}],
        },
    )
    [document] = load_gold_file(gold)
    assert document.incidents[0].evidence == "Shelling hit Tal Tamr"
    assert document.not_incidents[0].snippet == "The town was calm."
