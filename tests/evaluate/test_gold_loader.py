"""The gold loader: the seed gold format as is, path resolution, inline text, and clear errors for bad gold."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mapapp.evaluate.gold import (
    GoldError,
    collect_gold_paths,
    load_gold,
    load_gold_file,
    resolve_document_path,
)
from mapapp.model import EventType

SEED_STYLE_GOLD = {
    "document": "seeds/article.txt",
    "published": None,
    "note": "hand-made",
    "incidents": [
        {
            "id": "tal-shayr",
            "event_type": "airstrike",
            "actor": "US-led coalition",
            "toponym": "Tal Shayr",
            "admin1": "Al-Hasakah",
            "killed": {"low": 12, "high": 12},
            "injured": {"low": 2, "high": None},
            "victims": "civilians",
            "target": "residential buildings",
            "date": {"relative_to": "khuweibra-school", "days_after": 1},
            "sources": ["Syrian state television", "local sources"],
        },
        {
            "id": "khuweibra-school",
            "event_type": "airstrike",
            "actor": "US-led coalition",
            "toponym": "Khuweibra",
            "admin1": "Al-Hasakah",
            "killed": {"low": 18, "high": None},
            "injured": None,
            "date": {"relative_to": "tal-shayr", "days_after": -1},
        },
        {
            "id": "albu-kamal",
            "event_type": "airstrike",
            "toponym": "Albu Kamal",
            "admin1": "Deir ez-Zor",
            "precision_note": "approximate",
            "killed": None,
            "date": {"month": 5, "day": 24},
        },
    ],
    "not_incidents": ["the campaign since September 2014 (background)"],
}
ARTICLE = "A dozen civilians died in Tal Shayr. A day earlier Khuweibra was hit. On May 24 jets struck near Albu Kamal."


def write_seed_layout(root: Path, gold: dict | None = None) -> Path:
    """Gold in root/eval/, article in root/seeds/: the seed's own layout (document path relative to a parent)."""
    (root / "seeds").mkdir()
    (root / "seeds" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "eval").mkdir()
    gold_path = root / "eval" / "gold.json"
    gold_path.write_text(json.dumps(gold or SEED_STYLE_GOLD), encoding="utf-8")
    return gold_path


def test_reads_seed_gold_format_as_is(tmp_path: Path) -> None:
    [document] = load_gold_file(write_seed_layout(tmp_path))
    assert document.text == ARTICLE
    assert document.published is None
    assert document.document_path == tmp_path / "seeds" / "article.txt"
    tal_shayr, khuweibra, albu_kamal = document.incidents
    assert tal_shayr.id == "tal-shayr" and tal_shayr.event_type is EventType.AIRSTRIKE
    assert tal_shayr.actor == ("US-led coalition",)
    assert (tal_shayr.killed.low, tal_shayr.killed.high) == (12, 12)
    assert (tal_shayr.injured.low, tal_shayr.injured.high) == (2, None)
    assert tal_shayr.date.relative_to == "khuweibra-school" and tal_shayr.date.days_after == 1
    assert khuweibra.injured is None and "injured" in khuweibra.scored
    assert (albu_kamal.date.month, albu_kamal.date.day) == (5, 24)
    assert "actor" not in albu_kamal.scored and albu_kamal.killed is None and "killed" in albu_kamal.scored
    assert not albu_kamal.outside_coverage
    assert document.not_incidents[0].description.startswith("the campaign")
    assert document.not_incidents[0].snippet is None


def test_document_found_relative_to_current_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "work" / "seeds").mkdir(parents=True)
    (tmp_path / "work" / "seeds" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    gold_dir = tmp_path / "elsewhere"
    gold_dir.mkdir()
    monkeypatch.chdir(tmp_path / "work")
    found = resolve_document_path("seeds/article.txt", gold_dir / "gold.json")
    assert found.resolve() == (tmp_path / "work" / "seeds" / "article.txt").resolve()


def test_missing_document_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"document": "nowhere/missing.txt", "incidents": []}), encoding="utf-8")
    with pytest.raises(GoldError, match="missing.txt.*not found"):
        load_gold_file(gold)


def test_inline_text_and_document_list(tmp_path: Path) -> None:
    gold = tmp_path / "many.json"
    gold.write_text(json.dumps({"documents": [
        {"text": "Shelling hit Tal Tamr on Monday.", "published": "2020-01-07", "outlet": "SANA",
         "incidents": [{"event_type": "shelling", "toponym": "Tal Tamr", "admin1": "Al-Hasakah",
                        "date": {"value": "2020-01-06"}, "coordinates": {"lat": 36.65556, "lon": 40.37079, "tolerance_km": 5}}],
         "not_incidents": [{"text": "on Monday"}]},
        {"text": "Nothing happened.", "incidents": []},
    ]}), encoding="utf-8")
    first, second = load_gold_file(gold)
    assert first.published == date(2020, 1, 7) and first.outlet == "SANA"
    assert first.incidents[0].id == "incident-1"
    assert first.incidents[0].date.value == date(2020, 1, 6)
    assert first.incidents[0].coordinates.tolerance_km == 5
    assert first.not_incidents[0].snippet == "on Monday"
    assert first.to_document().published == date(2020, 1, 7)
    assert second.incidents == () and first.name != second.name


def test_folder_expands_to_json_files(tmp_path: Path) -> None:
    for name in ("b.json", "a.json"):
        (tmp_path / name).write_text(json.dumps({"text": f"text {name}", "incidents": []}), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not gold", encoding="utf-8")
    assert [p.name for p in collect_gold_paths([tmp_path])] == ["a.json", "b.json"]
    assert len(load_gold([tmp_path])) == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(GoldError, match="no \\*.json"):
        collect_gold_paths([empty])


BASE_INCIDENT = {"event_type": "shelling", "toponym": "Tal Tamr", "admin1": "Al-Hasakah"}


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"incidents": []}, "exactly one of 'text'"),
        ({"text": "x", "document": "y", "incidents": []}, "exactly one of 'text'"),
        ({"text": "x", "incidents": [{"event_type": "shelling", "admin1": "Al-Hasakah"}]}, "incidents\\[0\\].*toponym"),
        ({"text": "x", "incidents": [{**BASE_INCIDENT, "event_type": "bombing"}]}, "incidents\\[0\\].event_type.*unknown event type"),
        ({"text": "x", "incidents": [{**BASE_INCIDENT, "killed": {"low": 5, "high": 2}}]}, "killed.*reversed"),
        ({"text": "x", "incidents": [{**BASE_INCIDENT, "killed": 5}]}, "killed"),
        ({"text": "x", "incidents": [{**BASE_INCIDENT, "date": {"day": 3}}]}, "date: expected one of"),
        ({"text": "x", "incidents": [{**BASE_INCIDENT, "date": {"month": 2, "day": 30}}]}, "no such month/day"),
        ({"text": "x", "incidents": [{**BASE_INCIDENT, "date": {"relative_to": "ghost", "days_after": 1}}]}, "no incident with id 'ghost'"),
        ({"text": "x", "incidents": [{**BASE_INCIDENT, "id": "a"}, {**BASE_INCIDENT, "id": "a"}]}, "duplicate incident id"),
        ({"text": "x", "incidents": [{**BASE_INCIDENT, "admin1": "Hasakah"}]}, "write the governorate as 'Al-Hasakah'"),
        ({"text": "x", "incidents": [{**BASE_INCIDENT, "kiled": None}]}, "unknown key.*kiled"),
        ({"text": "x", "incidents": [{**BASE_INCIDENT, "coordinates": {"lat": 136, "lon": 40}}]}, "out of range"),
        ({"text": "x", "incidents": [{**BASE_INCIDENT, "evidence": "not there"}]}, "evidence.*does not occur"),
        ({"text": "x", "not_incidents": [{"text": "not there"}]}, "not_incidents\\[0\\].text.*does not occur"),
        ({"text": "x", "not_incidents": [42]}, "not_incidents\\[0\\]"),
        ({"text": "x", "published": "yesterday"}, "published.*YYYY-MM-DD"),
        ({"documents": []}, "non-empty list"),
        ([1, 2], "expected a JSON object"),
    ],
)
def test_malformed_gold_names_file_and_field(tmp_path: Path, document: object, message: str) -> None:
    gold = tmp_path / "bad.json"
    gold.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(GoldError, match=message) as caught:
        load_gold_file(gold)
    assert str(gold) in str(caught.value)


def test_invalid_json_reports_line(tmp_path: Path) -> None:
    gold = tmp_path / "broken.json"
    gold.write_text('{"text": "x",\n "incidents": [}', encoding="utf-8")
    with pytest.raises(GoldError, match="not valid JSON \\(line 2"):
        load_gold_file(gold)


def test_missing_gold_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no such gold file"):
        load_gold([tmp_path / "absent.json"])


def test_page_date_stands_in_only_when_the_gold_gives_no_published(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(
        "A headline\n\n4 April 2021\n\nGunmen shot a man dead in a village near the town on Friday.", encoding="utf-8"
    )
    gold = tmp_path / "page.json"
    gold.write_text(json.dumps({"document": "page.txt", "published": None, "incidents": []}), encoding="utf-8")
    [undated] = load_gold_file(gold)
    assert undated.published is None  # scoring keeps the gold's own value
    document = undated.to_document()
    assert (document.published, document.published_source) == (date(2021, 4, 4), "page text")

    gold.write_text(json.dumps({"document": "page.txt", "published": "2021-04-05", "incidents": []}), encoding="utf-8")
    document = load_gold_file(gold)[0].to_document()
    assert (document.published, document.published_source) == (date(2021, 4, 5), "given")
