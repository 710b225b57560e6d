"""Partial gold (``"complete": false`` / ``--partial``), report dates, and the per-collection summary."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from mapapp.cli import main
from mapapp.evaluate.gold import GoldError, load_gold
from mapapp.evaluate.matching import match_document
from mapapp.evaluate.metrics import score


@pytest.fixture(autouse=True)
def isolated_gazetteer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    monkeypatch.delenv("MAPAPP_BOUNDARIES", raising=False)


def _one_listed(build: SimpleNamespace, *, complete: bool):
    """Gold lists only the Amuda strike; the prediction also finds the Tal Tamr shelling."""
    gold = build.gold_document([build.gold_incident("amuda", "drone_strike", "Amuda", "Al-Hasakah")])
    gold = replace(gold, complete=complete)
    predictions = [
        build.predicted("p1", "drone_strike", "Amuda", "A Turkish drone struck", at=build.AMUDA),
        build.predicted("p2", "shelling", "Tal Tamr", "Shelling hit Tal Tamr", at=build.TAL_TAMR),
    ]
    return gold, predictions


def test_unlisted_prediction_is_spurious_in_complete_gold(build: SimpleNamespace) -> None:
    gold, predictions = _one_listed(build, complete=True)
    metrics, misses = score([match_document(gold, predictions)])
    assert metrics.precision == 0.5 and metrics.recall == 1.0
    assert [m.check for m in misses] == ["spurious incident"]


def test_unlisted_prediction_is_not_spurious_in_partial_gold(build: SimpleNamespace) -> None:
    gold, predictions = _one_listed(build, complete=False)
    metrics, misses = score([match_document(gold, predictions)])
    assert metrics.recall == 1.0 and metrics.matched == 1 and metrics.predicted_incidents == 2
    assert metrics.precision is None and metrics.f1 is None  # no complete document: no precision
    assert misses == []


def test_precision_counts_complete_documents_only(build: SimpleNamespace) -> None:
    complete, predictions = _one_listed(build, complete=True)
    partial, _ = _one_listed(build, complete=False)
    partial = replace(partial, name="partial")
    metrics, _ = score([match_document(complete, predictions), match_document(partial, predictions)])
    assert (metrics.matched_in_complete, metrics.predicted_in_complete) == (1, 2)
    assert metrics.precision == 0.5 and metrics.recall == 1.0
    assert metrics.predicted_incidents == 4 and metrics.complete_documents == 1


def _report_dated(build: SimpleNamespace, published, gold_date=None):
    gold = build.gold_document(
        [build.gold_incident("amuda", "drone_strike", "Amuda", "Al-Hasakah", date=gold_date)]
    )
    gold = replace(gold, published=published)
    report_date = build.IncidentDate.report_date(build.date(2023, 6, 7))
    prediction = build.predicted("p1", "drone_strike", "Amuda", "A Turkish drone struck", at=build.AMUDA,
                                 date=report_date)
    return score([match_document(gold, [prediction])])


def test_report_date_is_right_when_the_gold_gives_no_date(build: SimpleNamespace) -> None:
    metrics, misses = _report_dated(build, build.date(2023, 6, 7))
    assert (metrics.date.hits, metrics.date.total) == (1, 1)
    assert (metrics.report_dates.hits, metrics.report_dates.total) == (1, 1)
    assert misses == []


def test_report_date_other_than_the_publication_date_is_wrong(build: SimpleNamespace) -> None:
    metrics, misses = _report_dated(build, build.date(2023, 6, 9))
    assert (metrics.date.hits, metrics.date.total) == (0, 1)
    assert [m.check for m in misses] == ["date"] and "report date" in misses[0].predicted


def test_report_date_against_a_gold_date_is_compared_by_value(build: SimpleNamespace) -> None:
    metrics, _ = _report_dated(build, build.date(2023, 6, 7), gold_date=build.GoldDate(value=build.date(2023, 6, 6)))
    assert (metrics.date.hits, metrics.date.total) == (0, 1)
    assert metrics.report_dates.hits == 1


def test_exact_date_without_gold_date_is_not_scored(build: SimpleNamespace) -> None:
    gold = build.gold_document([build.gold_incident("amuda", "drone_strike", "Amuda", "Al-Hasakah")])
    prediction = build.predicted("p1", "drone_strike", "Amuda", "A Turkish drone struck", at=build.AMUDA,
                                 date=build.IncidentDate(value=build.date(2023, 6, 6)))
    metrics, _ = score([match_document(gold, [prediction])])
    assert metrics.date.total == 0 and (metrics.report_dates.hits, metrics.report_dates.total) == (0, 1)
    # ... but it is counted apart, so that days the text may not give are not hidden by the scoring
    assert (metrics.day_where_gold_has_none.hits, metrics.day_where_gold_has_none.total) == (1, 1)


def test_a_report_date_without_gold_date_is_no_day_where_the_gold_has_none(build: SimpleNamespace) -> None:
    metrics, _ = _report_dated(build, build.date(2023, 6, 7))
    assert (metrics.day_where_gold_has_none.hits, metrics.day_where_gold_has_none.total) == (0, 1)


def test_the_strict_date_counts_a_day_the_gold_does_not_give_as_wrong(build: SimpleNamespace) -> None:
    gold = build.gold_document([
        build.gold_incident("amuda", "drone_strike", "Amuda", "Al-Hasakah"),
        build.gold_incident("tamr", "shelling", "Tal Tamr", "Al-Hasakah", date=build.GoldDate(value=build.date(2023, 6, 5))),
    ])
    predictions = [
        build.predicted("p1", "drone_strike", "Amuda", "A Turkish drone struck", at=build.AMUDA,
                        date=build.IncidentDate(value=build.date(2023, 6, 6))),
        build.predicted("p2", "shelling", "Tal Tamr", "Shelling hit Tal Tamr", at=build.TAL_TAMR,
                        date=build.IncidentDate(value=build.date(2023, 6, 5))),
    ]
    metrics, misses = score([match_document(gold, predictions)])
    assert (metrics.date.hits, metrics.date.total) == (1, 1)  # the plain figure leaves the undated gold unscored
    assert (metrics.date_strict.hits, metrics.date_strict.total) == (1, 2)
    assert metrics.to_dict()["date_strict"] == {"hits": 1, "total": 2, "value": 0.5}
    assert [(m.gold_id, m.check) for m in misses] == [("amuda", "day the gold does not give")]


def test_the_strict_date_does_not_count_a_report_date_or_no_date(build: SimpleNamespace) -> None:
    metrics, misses = _report_dated(build, build.date(2023, 6, 7))
    assert (metrics.date_strict.hits, metrics.date_strict.total) == (metrics.date.hits, metrics.date.total) == (1, 1)
    gold = build.gold_document([build.gold_incident("amuda", "drone_strike", "Amuda", "Al-Hasakah")])
    undated = build.predicted("p1", "drone_strike", "Amuda", "A Turkish drone struck", at=build.AMUDA)
    metrics, misses = score([match_document(gold, [undated])])
    assert metrics.date_strict.total == 0 and misses == []



def _related_pair(build: SimpleNamespace, days_before: int):
    """Gold dates the Tal Tamr shelling a day after the undated Amuda strike; the prediction states the relation from
    the strike's side, ``days_before`` days before the shelling's match (and the shelling a day after it)."""
    gold = build.gold_document([
        build.gold_incident("amuda", "drone_strike", "Amuda", "Al-Hasakah"),
        build.gold_incident("tamr", "shelling", "Tal Tamr", "Al-Hasakah",
                            date=build.GoldDate(relative_to="amuda", days_after=1)),
    ])
    predictions = [
        build.predicted("p1", "drone_strike", "Amuda", "A Turkish drone struck", at=build.AMUDA,
                        date=build.IncidentDate(relative_to="p2", days_after=-days_before)),
        build.predicted("p2", "shelling", "Tal Tamr", "Shelling hit Tal Tamr", at=build.TAL_TAMR,
                        date=build.IncidentDate(relative_to="p1", days_after=1)),
    ]
    return score([match_document(gold, predictions)])


def test_a_relation_the_gold_states_from_the_other_side_is_no_day_it_does_not_give(build: SimpleNamespace) -> None:
    metrics, misses = _related_pair(build, days_before=1)
    assert metrics.day_where_gold_has_none.total == 1 and metrics.day_where_gold_has_none.hits == 0
    assert misses == []


def test_another_relation_to_the_related_incident_is_a_day_the_gold_does_not_give(build: SimpleNamespace) -> None:
    metrics, misses = _related_pair(build, days_before=3)
    assert metrics.day_where_gold_has_none.hits == 1
    assert ("amuda", "day the gold does not give") in [(m.gold_id, m.check) for m in misses]


# --------------------------------------------------------------------------- loading and the command line

TEXT_A = "A Turkish drone struck a car near Amuda on Tuesday, killing two fighters. Shelling hit Tal Tamr on Monday."
TEXT_B = "Gunmen attacked a checkpoint in Shaddadi on Sunday, killing three guards."


def _write(folder: Path, name: str, text: str, incidents: list[dict], **extra: object) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"text": text, "published": "2023-06-07", "incidents": incidents, **extra}
    (folder / name).write_text(json.dumps(data), encoding="utf-8")


AMUDA = {"event_type": "drone_strike", "toponym": "Amuda", "admin1": "Al-Hasakah"}
SHADDADI = {"event_type": "attack", "toponym": "Shaddadi", "admin1": "Al-Hasakah"}


def test_complete_key_is_read_and_checked(tmp_path: Path) -> None:
    _write(tmp_path, "a.json", TEXT_A, [AMUDA], complete=False)
    _write(tmp_path, "b.json", TEXT_B, [SHADDADI])
    documents = load_gold([tmp_path])
    assert [d.complete for d in documents] == [False, True]
    assert {d.collection for d in documents} == {str(tmp_path)}
    _write(tmp_path, "c.json", TEXT_B, [SHADDADI], complete="no")
    with pytest.raises(GoldError, match="complete.*true or false"):
        load_gold([tmp_path / "c.json"])


def test_partial_flag_marks_every_document(tmp_path: Path) -> None:
    _write(tmp_path, "a.json", TEXT_A, [AMUDA])
    assert [d.complete for d in load_gold([tmp_path], partial=True)] == [False]


def test_cli_partial_and_one_row_per_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _write(first, "a.json", TEXT_A, [AMUDA])
    _write(second, "b.json", TEXT_B, [SHADDADI])
    assert main(["evaluate", str(first), str(second), "--partial", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["gold"]["partial_documents"] == 2
    assert data["systems"]["ours"]["precision"] is None
    assert list(data["collections"]) == [str(first), str(second)]
    assert data["collections"][str(first)]["gold_incidents"] == 1

    assert main(["evaluate", str(first), str(second)]) == 0
    out = capsys.readouterr().out
    summary = out[out.index("per collection"):].splitlines()
    assert summary[0].split()[:4] == ["per", "collection", "(ours)", "gold/pred/matched"]
    assert [line.split()[0] for line in summary[2:5]] == ["first", "second", "total"]
    assert "date strict" in summary[0]
    rows = out.splitlines()
    date_row = next(i for i, line in enumerate(rows) if line.startswith("date accuracy"))
    assert rows[date_row + 1].startswith("date, a day the gold does not give counted wrong")


def test_cli_single_folder_has_no_collection_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "a.json", TEXT_A, [AMUDA])
    assert main(["evaluate", str(tmp_path), "--partial"]) == 0
    out = capsys.readouterr().out
    assert "per collection" not in out and "Partial gold: 1 of 1" in out
    precision_row = next(line for line in out.splitlines() if line.startswith("incident precision"))
    assert precision_row.split()[2:] == ["-", "-", "-"]


def test_gold_snippet_in_a_dropped_boilerplate_line_is_valid(tmp_path: Path) -> None:
    article = tmp_path / "articles" / "a.txt"
    article.parent.mkdir()
    article.write_text(f"{TEXT_B}\n\nRead also: Car bomb kills five in Raqqa", encoding="utf-8")
    gold = tmp_path / "a.json"
    gold.write_text(json.dumps({
        "document": "articles/a.txt", "incidents": [SHADDADI],
        "not_incidents": [{"text": "Car bomb kills five in Raqqa", "description": "a related headline"}],
    }), encoding="utf-8")
    (document,) = load_gold([gold])
    assert "Car bomb" not in document.text and document.not_incidents[0].snippet == "Car bomb kills five in Raqqa"
    gold.write_text(json.dumps({"document": "articles/a.txt", "not_incidents": [{"text": "not in the file"}]}))
    with pytest.raises(GoldError, match="does not occur"):
        load_gold([gold])


def test_cli_complete_and_partial_folders_in_one_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    complete, partial = tmp_path / "complete", tmp_path / "partial"
    _write(complete, "a.json", TEXT_A, [AMUDA])
    _write(partial, "b.json", TEXT_B, [SHADDADI])
    assert main(["evaluate", str(complete), "--partial-gold", str(partial), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["gold"]["partial_documents"] == 1
    assert data["collections"][str(complete)]["precision"] is not None
    assert data["collections"][str(partial)]["precision"] is None
    assert main(["evaluate"]) == 2
    assert "at least one gold" in capsys.readouterr().err


def test_days_the_gold_does_not_give_are_listed_apart_from_the_misses_total(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the gold gives no date; the text's "on Sunday" is a calendar day: listed, but not one of the scored misses
    _write(tmp_path, "b.json", TEXT_B, [{**SHADDADI, "event_type": "armed_clash"}])
    assert main(["evaluate", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    headline = next(line for line in out.splitlines() if line.startswith("Misses (ours)"))
    assert headline == "Misses (ours): 0; listed apart: day the gold does not give 1 (wrong in 'date strict' only)"
    assert "day the gold does not give" in out[out.index(headline) + len(headline):]
