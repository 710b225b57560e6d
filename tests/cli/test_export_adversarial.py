"""Writing exports when the disk or GDAL fails, or the user interrupts: one clear line, the previous file intact,
no temporary file left behind; and ``mapapp extract`` going on past a document that breaks the pipeline."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

import pytest

from mapapp.cli import main

ARTICLE = "A drone struck a car near Amuda on Tuesday, killing two fighters, local sources said."
OTHER = "Shelling hit Tal Tamr on Monday, wounding three civilians, the council said."


pytestmark = pytest.mark.usefixtures("isolated_user_data")


@pytest.fixture
def store(tmp_path: Path) -> str:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "store.sqlite"
    assert main(["ingest", str(article), "--db", str(db), "-q"]) == 0
    return str(db)


def _outputs(tmp_path: Path, fmt: str) -> tuple[Path, Path]:
    folder = tmp_path / "out"
    folder.mkdir()
    previous = folder / f"incidents.{fmt}"
    previous.write_bytes(b"the previous export")
    return folder, previous


@pytest.mark.parametrize("fmt", ["geojson", "csv", "gpkg"])
def test_a_full_disk_keeps_the_previous_export_and_leaves_no_temporary_file(
    tmp_path: Path, store: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    import mapapp.io.atomic

    folder, previous = _outputs(tmp_path, fmt)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(mapapp.io.atomic.os, "fsync", full)
    assert main(["export", "--db", store, "-o", str(previous)]) == 2
    err = capsys.readouterr().err
    assert err == f"mapapp: error: cannot write {previous}: No space left on device\n"
    assert previous.read_bytes() == b"the previous export"
    assert [p.name for p in folder.iterdir()] == [previous.name]


def test_gdal_failing_to_write_a_geopackage_is_one_line_not_a_traceback(
    tmp_path: Path, store: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyogrio
    import pyogrio.errors

    folder, previous = _outputs(tmp_path, "gpkg")

    def disk_full(*args: object, **kwargs: object) -> None:
        raise pyogrio.errors.FeatureError("Could not add feature to layer: sqlite3_exec(INSERT ...) failed:\ndatabase or disk is full")

    monkeypatch.setattr(pyogrio, "write_dataframe", disk_full)
    assert main(["export", "--db", store, "-o", str(previous)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"mapapp: error: cannot write {previous}: GDAL could not write the GeoPackage: ")
    assert err.count("\n") == 1 and "database or disk is full" in err
    assert previous.read_bytes() == b"the previous export"
    assert [p.name for p in folder.iterdir()] == [previous.name]


@pytest.mark.parametrize("fmt", ["geojson", "gpkg"])
def test_an_interrupted_export_keeps_the_previous_file(
    tmp_path: Path, store: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    from mapapp.store import IncidentStore

    folder, previous = _outputs(tmp_path, fmt)

    def interrupted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt
        yield  # a generator, as the real one is

    monkeypatch.setattr(IncidentStore, "iter_incidents", interrupted)
    assert main(["export", "--db", store, "-o", str(previous)]) == 130
    assert previous.read_bytes() == b"the previous export"
    assert [p.name for p in folder.iterdir()] == [previous.name]


def test_extract_goes_on_past_a_document_that_breaks_the_pipeline(
    tmp_path: Path, pipeline_breaking_on: Callable[[str, BaseException], None], capsys: pytest.CaptureFixture[str]
) -> None:
    pipeline_breaking_on("Tal Tamr", IndexError("list index out of range"))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    out = tmp_path / "out.geojson"
    assert main(["extract", str(folder), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "skipped b.txt: could not be processed (IndexError: list index out of range)" in err
    assert "1 document (1 skipped)" in err and out.exists()


def test_several_unreadable_files_are_listed_one_a_line_with_names_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    forged = tmp_path / "x\nmapapp extract: 9 documents.txt"
    forged.write_bytes(b"")
    plain = tmp_path / "b.txt"
    plain.write_bytes(b"")
    assert main(["extract", str(forged), str(plain), "-o", str(tmp_path / "o.geojson")]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "mapapp: error: no document could be read:"
    assert len(lines) == 3 and "x\\nmapapp extract: 9 documents.txt: document is empty" in lines[1]
