"""``mapapp ingest``, ``export``, ``correct`` and ``history`` against a real store (both back ends)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from store_factories import (
    ARTICLE_A,
    ARTICLE_A_PATH,
    ARTICLE_B,
    ARTICLE_B_PATH,
    khuweibra_reports,
)

from mapapp.cli import main
from mapapp.store import open_store


@pytest.fixture
def khuweibra_store(store_url: str) -> str:
    a, b = khuweibra_reports()
    with open_store(store_url) as store:
        store.ingest(ARTICLE_A, [a])
        store.ingest(ARTICLE_B, [b])
    return store_url


def test_correct_then_export_shows_the_current_value(
    khuweibra_store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    incident_id = khuweibra_reports()[0].id
    assert main(["correct", incident_id, "killed", "22", "--author", "analyst", "--db", khuweibra_store]) == 0
    out = tmp_path / "incidents.csv"
    assert main(["export", "--db", khuweibra_store, "-o", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["id"], row["killed_low"], row["killed_high"]) for row in rows] == [(incident_id, "22", "22")]
    assert "Levant Wire" in rows[0]["sources"] and "Euphrates Daily" in rows[0]["sources"]
    assert "1 incident" in capsys.readouterr().out


def test_export_bbox_and_dismissed(khuweibra_store: str, tmp_path: Path) -> None:
    incident_id = khuweibra_reports()[0].id
    out = tmp_path / "out.geojson"
    assert main(["export", "--db", khuweibra_store, "-o", str(out), "--bbox", "0,0,1,1"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["features"] == []
    assert main(["export", "--db", khuweibra_store, "-o", str(out), "--bbox", "40,36,42,37"]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == 1
    assert main(["correct", incident_id, "dismissed", "true", "--author", "a", "--db", khuweibra_store]) == 0
    assert main(["export", "--db", khuweibra_store, "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["features"] == []
    assert main(["export", "--db", khuweibra_store, "-o", str(out), "--include-dismissed"]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == 1


def test_history_shows_sources_reasons_and_edits(khuweibra_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    incident_id = khuweibra_reports()[0].id
    assert main(["correct", incident_id, "date", "2018-06-04", "--author", "bob", "--note", "checked", "--db", khuweibra_store]) == 0
    capsys.readouterr()
    assert main(["history", incident_id, "--db", khuweibra_store]) == 0
    text = capsys.readouterr().out
    assert ARTICLE_A.id in text and ARTICLE_B.id in text
    assert "merged: same toponym 'khuweibra'" in text
    assert "sources disagree" in text and "bob" in text and "checked" in text


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "-o", "OUT.csv", "--bbox", "1,2,3"],
        ["export", "-o", "OUT.csv", "--bbox", "50,0,40,1"],
        ["export", "-o", "OUT.xyz"],
        ["export", "-o", "/no/such/folder/out.csv"],
        ["correct", "nope", "killed", "3", "--author", "a"],
        ["correct", "ID", "killed", "many", "--author", "a"],
        ["correct", "ID", "colour", "red", "--author", "a"],
        ["history", "nope"],
    ],
)
def test_user_errors_are_one_line_and_exit_2(
    argv: list[str], khuweibra_store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    incident_id = khuweibra_reports()[0].id
    argv = [a.replace("OUT", str(tmp_path / "out")).replace("ID", incident_id) for a in argv]
    assert main([*argv, "--db", khuweibra_store]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mapapp: error: ") and "Traceback" not in err


def test_unsupported_database_url_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--db", "mysql://x/y", "-o", str(tmp_path / "o.csv")]) == 2
    assert "unsupported database URL" in capsys.readouterr().err


def test_ingest_two_articles_through_the_pipeline(
    store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))  # the embedded gazetteer, not a local download
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    common = ["--db", store_url, "-q"]
    assert main(["ingest", str(ARTICLE_A_PATH), "--outlet", "Levant Wire", "--published", "2018-06-05", *common]) == 0
    assert main(["ingest", str(ARTICLE_B_PATH), "--outlet", "Euphrates Daily", "--published", "2018-06-06", "--db", store_url]) == 0
    summary = capsys.readouterr().out
    assert "documents: 1 new, 0 already stored" in summary
    assert main(["ingest", str(ARTICLE_A_PATH), "--outlet", "Levant Wire", "--published", "2018-06-05", "--db", store_url]) == 0
    assert "documents: 0 new, 1 already stored; incidents: 0 new, 0 merged" in capsys.readouterr().out
    with open_store(store_url) as store:
        counts = store.counts()
        assert counts.documents == 2
        khuweibra = [
            store.record(i.id) for i in store.incidents()
            if i.location is not None and i.location.toponym.casefold() == "khuweibra"
        ]
    # The two articles' reports of the strike are one incident with both documents as sources.
    assert len(khuweibra) == 1
    record = khuweibra[0]
    from mapapp.io.reading import read_document

    assert sorted(record.document_ids) == sorted(read_document(p).id for p in (ARTICLE_A_PATH, ARTICLE_B_PATH))
    killed = record.incident.killed
    assert killed is not None and killed.low == 20
    assert record.killed_disagreement
    out = tmp_path / "all.geojson"
    assert main(["export", "--db", store_url, "-o", str(out)]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == counts.incidents


@pytest.mark.parametrize(
    "command",
    [
        ["export", "-o", "out.geojson"],
        ["history", "abc123"],
        ["correct", "abc123", "killed", "3", "--author", "analyst"],
    ],
)
def test_reading_commands_do_not_create_a_missing_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    # A mistyped --db must not quietly become a new, empty store (and an empty export).
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "typo.sqlite"
    assert main([*command, "--db", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "no incident store at" in err and "mapapp ingest" in err and "Traceback" not in err
    assert not missing.exists() and not (tmp_path / "out.geojson").exists()


def test_ingest_with_an_unreadable_gazetteer_leaves_no_store_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_gazetteer = tmp_path / "SY.txt"
    bad_gazetteer.write_text("not a geonames dump\n", encoding="utf-8")
    database = tmp_path / "new.sqlite"
    code = main(["ingest", str(ARTICLE_A_PATH), "--db", str(database), "--gazetteer", str(bad_gazetteer)])
    assert code == 2
    assert "gazetteer" in capsys.readouterr().err
    assert not database.exists()


SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_b5de4e4ce07119c8.txt"


def test_ingest_checks_points_against_the_installed_boundaries(
    tmp_path: Path, swapped_boundaries: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    monkeypatch.delenv("MAPAPP_BOUNDARIES", raising=False)
    assert main(["boundaries", "install", str(swapped_boundaries)]) == 0
    database = str(tmp_path / "store.sqlite")
    assert main(["ingest", str(SEED), "--db", database, "-q"]) == 0
    with open_store(database) as store:
        notes = [i.location.note for i in store.incidents() if i.location is not None]
    assert any("by the boundaries, not Deir ez-Zor" in note for note in notes)


def test_ingest_with_malformed_boundaries_is_one_line_and_leaves_no_store_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    bad = tmp_path / "adm1.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    database = tmp_path / "new.sqlite"
    assert main(["ingest", str(ARTICLE_A_PATH), "--db", str(database), "--boundaries", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mapapp: error:") and str(bad) in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not database.exists()


def test_export_of_a_store_with_an_unreadable_row_is_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    path = tmp_path / "damaged.sqlite"
    a, b = khuweibra_reports()
    with open_store(str(path)) as store:
        store.ingest(ARTICLE_A, [a])
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE incidents SET current_json = '[1, 2]'")
    raw.close()
    out = tmp_path / "out.csv"
    assert main(["export", "--db", str(path), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mapapp: error: ") and "cannot be read" in err and "Traceback" not in err
    assert not out.exists()


def test_regeocode_after_a_bigger_gazetteer(
    store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``mapapp ingest`` with a gazetteer lacking a village, then ``mapapp regeocode`` with one that has it."""
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    tiny = Path(__file__).resolve().parent.parent / "fixtures" / "gazetteer_SY_tiny.txt"
    bigger = tmp_path / "SY.txt"
    # a made-up record for the village, a few km from Tall Tamr
    bigger.write_text(
        tiny.read_text(encoding="utf-8")
        + "9900001\tKhuweibra\tKhuweibra\t\t36.6400\t40.4100\tP\tPPL\tSY\t\t01\t\t\t\t0\t\t\tAsia/Damascus\t\n",
        encoding="utf-8",
    )
    article = tmp_path / "village.txt"
    article.write_text("An air strike hit Khuweibra village in Hasakah province on 4 June 2018, killing five people.\n",
                       encoding="utf-8")
    assert main(["ingest", str(article), "--published", "2018-06-05", "--gazetteer", str(tiny), "--db", store_url, "-q"]) == 0
    with open_store(store_url) as store:
        assert [i.location.precision.value for i in store.incidents()] == ["admin1"]
    capsys.readouterr()
    assert main(["regeocode", "--gazetteer", str(bigger), "--db", store_url, "-q"]) == 0
    out = capsys.readouterr().out
    assert "1 report(s) of 1 document(s) re-geocoded: 0 newly mappable, 1 re-placed" in out
    with open_store(store_url) as store:
        (incident,) = store.incidents()
        assert incident.location.place.id == "geonames:9900001"
    assert main(["regeocode", "--gazetteer", str(bigger), "--db", store_url, "-q"]) == 0
    assert "nothing to do" in capsys.readouterr().out
    assert main(["regeocode", "--db", str(tmp_path / "missing.sqlite")]) == 2
