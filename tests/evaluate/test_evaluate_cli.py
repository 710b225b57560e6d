"""The ``mapapp evaluate`` command: reports, JSON, and clear errors for bad gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapapp.cli import main

GOLD_DIR = Path(__file__).resolve().parent.parent / "gold"


@pytest.fixture(autouse=True)
def isolated_gazetteer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default gazetteer, whatever the developer's machine has downloaded or configured."""
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    monkeypatch.delenv("MAPAPP_BOUNDARIES", raising=False)


def test_malformed_gold_is_a_cli_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "bad.json"
    gold.write_text(json.dumps({"text": "x", "incidents": [{"event_type": "bombing", "toponym": "A", "admin1": "Al-Hasakah"}]}))
    assert main(["evaluate", str(gold)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mapapp: error:") and "unknown event type 'bombing'" in err and "Traceback" not in err


def test_missing_document_is_a_cli_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"document": "articles/absent.txt", "incidents": []}))
    assert main(["evaluate", str(gold)]) == 2
    assert "absent.txt" in capsys.readouterr().err


def test_missing_gold_path_is_a_cli_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(tmp_path / "nope")]) == 2
    assert "no such gold file or folder" in capsys.readouterr().err


def test_json_output_on_an_inline_gold_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "one.json"
    gold.write_text(json.dumps({
        "text": "A Turkish drone struck a car near Qamishli on Tuesday, killing two fighters.",
        "published": "2023-06-07",
        "incidents": [{"event_type": "drone_strike", "toponym": "Qamishli", "admin1": "Al-Hasakah"}],
    }))
    assert main(["evaluate", str(gold), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data["systems"]) == ["ours", "naive", "governorate"]
    assert data["gold"] == {"documents": 1, "incidents": 1, "partial_documents": 0, "files": [str(gold)]}
    for figures in data["systems"].values():
        assert {"precision", "recall", "f1", "admin1_accuracy", "within_5km", "within_25km"} <= set(figures)


def test_text_report_on_the_gold_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(GOLD_DIR)]) == 0
    out = capsys.readouterr().out
    header = out.splitlines()[2].split()
    assert header == ["metric", "ours", "naive", "governorate"]
    assert "incident F1" in out and "Misses (ours)" in out


def test_unreadable_gazetteer_is_a_cli_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(GOLD_DIR), "--gazetteer", str(tmp_path / "absent.txt")]) == 2
    assert "cannot load gazetteer" in capsys.readouterr().err


def _one_gold_file(tmp_path: Path) -> Path:
    gold = tmp_path / "one.json"
    gold.write_text(json.dumps({
        "text": "A Turkish drone struck a car near Qamishli on Tuesday, killing two fighters.",
        "published": "2023-06-07",
        "incidents": [{"event_type": "drone_strike", "toponym": "Qamishli", "admin1": "Al-Hasakah"}],
    }))
    return gold


def test_our_geocoder_uses_the_installed_boundaries(
    tmp_path: Path, fixtures_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import mapapp.evaluate

    seen: dict[str, object] = {}
    real_evaluate = mapapp.evaluate.evaluate

    def spy(documents, resolvers, **options):  # type: ignore[no-untyped-def]
        seen.update(resolvers)
        return real_evaluate(documents, resolvers, **options)

    monkeypatch.setattr(mapapp.evaluate, "evaluate", spy)
    gold = _one_gold_file(tmp_path)
    assert main(["evaluate", str(gold), "--json"]) == 0
    assert seen["ours"].boundaries is None  # type: ignore[attr-defined]
    assert main(["boundaries", "install", str(fixtures_dir / "governorates_tiny.geojson")]) == 0
    capsys.readouterr()
    assert main(["evaluate", str(gold), "--json"]) == 0
    installed = tmp_path / "data" / "boundaries" / "governorates.geojson"
    assert seen["ours"].boundaries.source == str(installed)  # type: ignore[attr-defined]


def test_malformed_boundaries_are_a_one_line_cli_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "adm1.geojson"
    bad.write_text("{}", encoding="utf-8")
    assert main(["evaluate", str(_one_gold_file(tmp_path)), "--boundaries", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mapapp: error:") and str(bad) in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
