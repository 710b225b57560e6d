"""`mapapp app`: the run folder it prepares, the command it would run, and its errors."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from mapapp.app import assets
from mapapp.cli import main
from mapapp.cli.app import ENTRY_SCRIPT, prepare_run_dir


def test_prepare_only_writes_entry_and_static_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_dir = tmp_path / "run"
    assert main(["app", "--run-dir", str(run_dir), "--port", "8999", "--prepare-only"]) == 0
    command = shlex.split(capsys.readouterr().out.strip())
    assert command[1:4] == ["-m", "streamlit", "run"]
    assert command[4] == str(run_dir / ENTRY_SCRIPT)
    options = dict(zip(command[5::2], command[6::2], strict=True))
    assert options["--server.enableStaticServing"] == "true"
    assert options["--server.address"] == "127.0.0.1"
    assert options["--server.port"] == "8999"
    assert options["--browser.gatherUsageStats"] == "false"
    entry = (run_dir / ENTRY_SCRIPT).read_text(encoding="utf-8")
    assert "from mapapp.app.streamlit_app import main" in entry
    for asset in (assets.LEAFLET_JS, assets.LEAFLET_CSS, assets.MARKERCLUSTER_JS):
        copied = run_dir / "static" / asset.target
        assert copied.is_file() and not copied.is_symlink()
        assert copied.read_bytes() == assets.asset_source_path(asset).read_bytes()
    assert (run_dir / "static" / "leaflet" / "images" / "layers.png").is_file()


def test_every_map_asset_url_is_served_from_the_static_folder(tmp_path: Path) -> None:
    from mapapp.app.map_view import OfflineMap, OfflineMarkerCluster

    prepare_run_dir(tmp_path)
    urls = [url for _, url in OfflineMap.default_js + OfflineMap.default_css]
    urls += [url for _, url in OfflineMarkerCluster.default_js + OfflineMarkerCluster.default_css]
    for url in urls:
        assert url.startswith(assets.STATIC_URL + "/")
        assert (tmp_path / "static" / url.removeprefix(assets.STATIC_URL + "/")).is_file(), url


def test_prepare_is_idempotent(tmp_path: Path) -> None:
    first = prepare_run_dir(tmp_path)
    stamp = first.stat().st_mtime_ns
    assert prepare_run_dir(tmp_path) == first
    assert first.stat().st_mtime_ns == stamp


def test_prepare_replaces_a_stale_asset_of_the_same_size(tmp_path: Path) -> None:
    prepare_run_dir(tmp_path)
    copied = tmp_path / "static" / assets.LEAFLET_JS.target
    original = copied.read_bytes()
    copied.write_bytes(b"x" * len(original))  # an older package's file of the same size
    prepare_run_dir(tmp_path)
    assert copied.read_bytes() == original
    assert not [p.name for p in copied.parent.iterdir() if p.name.startswith(".") or p.suffix == ".partial"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--port", "0"], "--port must be between"),
        (["--boundaries", "/nonexistent/adm1.geojson"], "not found"),
        (["--gazetteer", "/nonexistent/gazetteer.tsv"], "gazetteer file not found"),
        (["--incidents", "/nonexistent/incidents.json"], "incidents file not found"),
    ],
)
def test_user_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    code = main(["app", "--run-dir", str(tmp_path), "--prepare-only", *arguments])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("records", "detail"),
    [
        ([{"no": "id"}], "it lacks 'id'"),
        ([1, 2], "a JSON int, not an object"),
        ([{"id": "x", "event_type": "airstrike", "evidence": ["not a span"]}], "incident 0"),
        ([{"id": "x", "event_type": "airstrike", "evidence": [{"text": "a", "start": "q", "end": 1}]}], "incident 0"),
    ],
)
def test_bad_incidents_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], records: list[object], detail: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"incidents": records}), encoding="utf-8")
    assert main(["app", "--run-dir", str(tmp_path), "--prepare-only", "--incidents", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "not an incident record" in err and detail in err and "Traceback" not in err


def test_incidents_file_round_trip(tmp_path: Path) -> None:
    from app_factories import sample_incidents

    from mapapp.app.data import read_incident_file

    path = tmp_path / "incidents.json"
    incidents = sample_incidents()
    path.write_text(json.dumps([i.to_dict() for i in incidents]), encoding="utf-8")
    assert read_incident_file(path) == incidents


def test_db_is_opened_and_passed_to_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import mapapp.cli.app as app_cli
    from mapapp.store import open_store

    seen: dict[str, str] = {}

    def fake_execve(path: str, command: list[str], environment: dict[str, str]) -> None:
        seen.update(environment)

    monkeypatch.setattr(app_cli.os, "execve", fake_execve)
    monkeypatch.chdir(tmp_path)
    assert main(["app", "--run-dir", str(tmp_path / "run"), "--db", "relative.sqlite"]) == 0
    assert seen["MAPAPP_DB"] == str(tmp_path / "relative.sqlite")  # absolute: the server may run elsewhere
    with open_store(seen["MAPAPP_DB"]) as store:  # created and migrated before the server starts
        assert store.counts().documents == 0


def test_default_store_is_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_user_data: Path
) -> None:
    import mapapp.cli.app as app_cli

    seen: dict[str, str] = {}
    monkeypatch.setattr(app_cli.os, "execve", lambda path, command, environment: seen.update(environment))
    assert main(["app", "--run-dir", str(tmp_path / "run")]) == 0
    assert seen["MAPAPP_DB"] == str(isolated_user_data / "incidents.sqlite")
    monkeypatch.setenv("MAPAPP_DB", str(tmp_path / "from-env.sqlite"))
    assert main(["app", "--run-dir", str(tmp_path / "run")]) == 0
    assert seen["MAPAPP_DB"] == str(tmp_path / "from-env.sqlite")


@pytest.mark.parametrize(
    ("db", "message"),
    [("FOLDER", "is a folder"), ("mysql://user:pw@host/db", "unsupported database URL")],
)
def test_unusable_db_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], db: str, message: str
) -> None:
    location = str(tmp_path) if db == "FOLDER" else db
    assert main(["app", "--run-dir", str(tmp_path / "run"), "--prepare-only", "--db", location]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_incidents_file_and_db_do_not_combine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "incidents.json"
    path.write_text("[]", encoding="utf-8")
    code = main(["app", "--run-dir", str(tmp_path), "--prepare-only", "--incidents", str(path), "--db", "x.sqlite"])
    assert code == 2
    assert "do not combine it with --db" in capsys.readouterr().err


def test_installed_boundaries_reach_the_app_without_a_flag(
    tmp_path: Path,
    fixtures_dir: Path,
    isolated_user_data: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import mapapp.cli.app as app_cli

    monkeypatch.delenv("MAPAPP_BOUNDARIES", raising=False)
    seen: dict[str, str] = {}
    monkeypatch.setattr(app_cli.os, "execve", lambda path, command, environment: seen.update(environment))
    run_dir = str(tmp_path / "run")
    assert main(["app", "--run-dir", run_dir]) == 0
    assert "MAPAPP_BOUNDARIES" not in seen  # nothing installed: no point check (the map still draws the shipped outlines)
    assert main(["boundaries", "install", str(fixtures_dir / "governorates_tiny.geojson")]) == 0
    installed = isolated_user_data / "boundaries" / "governorates.geojson"
    assert main(["app", "--run-dir", run_dir]) == 0
    assert seen["MAPAPP_BOUNDARIES"] == str(installed.resolve())
    capsys.readouterr()
    assert main(["app", "--run-dir", run_dir, "--prepare-only"]) == 0
    assert f"governorate boundaries for the point check: {installed.resolve()}" in capsys.readouterr().err


def test_a_broken_installed_boundary_file_is_a_one_line_error(
    tmp_path: Path,
    fixtures_dir: Path,
    isolated_user_data: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("MAPAPP_BOUNDARIES", raising=False)
    assert main(["boundaries", "install", str(fixtures_dir / "governorates_tiny.geojson")]) == 0
    (isolated_user_data / "boundaries" / "governorates.geojson").write_text("{broken", encoding="utf-8")
    capsys.readouterr()
    assert main(["app", "--run-dir", str(tmp_path / "run"), "--prepare-only"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mapapp: error:") and "installed copy" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
