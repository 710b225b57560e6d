"""A ``--db`` that is not a mapapp store is refused before anything is written to it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pyogrio
import pytest

from mapapp.cli import main
from mapapp.io.export import write_incidents
from mapapp.model import Document
from mapapp.store import StoreError, open_store


def _snapshot(path: Path) -> tuple[bytes, int, list[str]]:
    """The file's bytes, its modification time and the files beside it (no -wal/-shm may appear)."""
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


@pytest.fixture
def geopackage(tmp_path: Path) -> Path:
    path = tmp_path / "points.gpkg"
    write_incidents([], path, "gpkg")
    assert pyogrio.list_layers(path) is not None
    return path


@pytest.fixture
def other_program_db(tmp_path: Path) -> Path:
    path = tmp_path / "notes.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.execute("INSERT INTO notes (body) VALUES ('keep me')")
    connection.commit()
    connection.close()
    return path


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "readme.txt"
    path.write_text("not a database at all\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("fixture", "says"),
    [("geopackage", "a GeoPackage"), ("other_program_db", "another program's"), ("text_file", "not an SQLite")],
)
def test_foreign_file_is_refused_unchanged(request: pytest.FixtureRequest, fixture: str, says: str) -> None:
    path: Path = request.getfixturevalue(fixture)
    before = _snapshot(path)
    for create in (True, False):
        with pytest.raises(StoreError, match="is not a mapapp store") as error:
            open_store(str(path), create=create)
        assert says in str(error.value)
    assert _snapshot(path) == before


def test_cli_refuses_a_geopackage_as_db(geopackage: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("An airstrike killed two people in Tal Tamr, Hasakah province, on June 5, 2018.\n")
    before = _snapshot(geopackage)
    assert main(["ingest", str(article), "--db", str(geopackage), "-q"]) == 2
    assert main(["export", "--db", str(geopackage), "-o", str(tmp_path / "o.geojson")]) == 2
    err = capsys.readouterr().err
    assert "is not a mapapp store" in err and "no such column" not in err
    assert _snapshot(geopackage) == before


@pytest.mark.parametrize("kind", ["absent", "empty file", "empty sqlite"])
def test_new_or_empty_file_still_becomes_a_store(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "new.sqlite"
    if kind == "empty file":
        path.write_bytes(b"")
    elif kind == "empty sqlite":
        sqlite3.connect(path).close()
    with open_store(str(path)) as store:
        store.add_document(Document(text="A text.", name="a.txt"))
    with open_store(str(path), create=False) as store:  # and it is a store now, opened as such
        assert store.counts().documents == 1
