"""``mapapp ingest`` on hostile input: mixed good and bad files, a document that breaks the pipeline, a damaged,
locked or failing store, and file names or article text that carry terminal control sequences."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from mapapp.cli import main, terminal_safe
from mapapp.store import StoreError, open_store

GOOD_A = "A drone struck a car near Amuda on Tuesday, killing two fighters, local sources said."
GOOD_B = "Shelling hit Tal Tamr on Monday, wounding three civilians, the council said."
GOOD_C = "A car bomb exploded in Qamishli on Sunday, killing four people, the police said."


pytestmark = pytest.mark.usefixtures("isolated_user_data")


def _folder(tmp_path: Path, files: dict[str, bytes]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def _stored_documents(db: Path) -> int:
    with open_store(str(db), create=False) as store:
        return store.counts().documents


def test_a_folder_of_good_and_bad_files_stores_the_good_and_names_each_bad_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(
        tmp_path,
        {
            "a.txt": GOOD_A.encode(),
            "b_empty.txt": b"  \n\t ",
            "c_image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
            "d_utf16.txt": GOOD_B.encode("utf-16-le"),  # no byte-order mark: read all the same
            "e_broken.html": "<p>Dirbêsiyê</p>".encode()[:-6] + b"\xc3(" + b"</p>",
            "f.txt": GOOD_C.encode(),
        },
    )
    db = tmp_path / "store.sqlite"
    assert main(["ingest", str(folder), "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "b_empty.txt: document is empty" in captured.err
    assert "c_image.txt: looks like a binary file" in captured.err
    assert "e_broken.html: corrupt UTF-8" in captured.err
    assert "Traceback" not in captured.err
    assert "documents: 3 new, 0 already stored, 3 skipped (listed above)" in captured.out
    assert _stored_documents(db) == 3


def test_a_document_that_breaks_the_pipeline_is_skipped_and_the_others_are_stored(
    tmp_path: Path, pipeline_breaking_on: Callable[[str, BaseException], None], capsys: pytest.CaptureFixture[str]
) -> None:
    pipeline_breaking_on("Tal Tamr", RecursionError("maximum recursion depth exceeded"))
    folder = _folder(tmp_path, {"a.txt": GOOD_A.encode(), "b.txt": GOOD_B.encode(), "c.txt": GOOD_C.encode()})
    db = tmp_path / "store.sqlite"
    assert main(["ingest", str(folder), "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "skipped b.txt: could not be processed (RecursionError: maximum recursion depth exceeded)" in captured.err
    assert "documents: 2 new" in captured.out and _stored_documents(db) == 2


def test_a_damaged_store_is_one_clear_line_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "store.sqlite"
    folder = _folder(tmp_path, {"a.txt": GOOD_A.encode(), "b.txt": GOOD_B.encode()})
    assert main(["ingest", str(folder / "a.txt"), "--db", str(db), "-q"]) == 0
    # Damage the documents table's first page: the store opens (schema and version are intact), the write fails.
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        [(root,)] = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'documents'").fetchall()
        [(page_size,)] = connection.execute("PRAGMA page_size").fetchall()
    connection.close()
    data = bytearray(db.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\x0d" + b"\xff" * (page_size - 1)
    db.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["ingest", str(folder / "b.txt"), "--db", str(db), "-q"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mapapp: error: ") and err.count("\n") == 1, err
    assert str(db) in err and "damaged" in err and "Traceback" not in err


def test_a_store_that_fails_mid_run_keeps_what_was_stored_and_says_where_it_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mapapp.store import IncidentStore

    real = IncidentStore.ingest
    calls = {"n": 0}

    def fails_second(self, document, incidents, gazetteer=None):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise StoreError("the incident store x failed: database or disk is full (the disk is full)")
        return real(self, document, incidents, gazetteer=gazetteer)

    monkeypatch.setattr(IncidentStore, "ingest", fails_second)
    folder = _folder(
        tmp_path, {"0_empty.txt": b"", "a.txt": GOOD_A.encode(), "b.txt": GOOD_B.encode(), "c.txt": GOOD_C.encode()}
    )
    db = tmp_path / "store.sqlite"
    assert main(["ingest", str(folder), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "skipped" in err and "0_empty.txt: document is empty" in err  # what was found bad before is listed
    assert "disk is full" in err and "stopped at document 3 of 4 (1 new stored before it are kept" in err
    assert _stored_documents(db) == 1


def test_a_store_locked_by_another_program_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mapapp.store import backends

    db = tmp_path / "store.sqlite"
    folder = _folder(tmp_path, {"a.txt": GOOD_A.encode(), "b.txt": GOOD_B.encode()})
    assert main(["ingest", str(folder / "a.txt"), "--db", str(db), "-q"]) == 0
    monkeypatch.setattr(backends, "SQLITE_BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(backends, "WRITE_ATTEMPTS", 2)
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program writing, and not finishing
        assert main(["ingest", str(folder / "b.txt"), "--db", str(db), "-q"]) == 2
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert "stayed locked by another program" in err and "Traceback" not in err
    assert _stored_documents(db) == 1


def test_control_sequences_in_file_names_are_printed_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path, {"a.txt": GOOD_A.encode(), "x\x1b[2J\x1b]0;owned\x07.txt": b""})
    assert main(["ingest", str(folder), "--db", str(tmp_path / "store.sqlite"), "-q"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "x\\x1b[2J\\x1b]0;owned\\x07.txt: document is empty" in err


def test_history_prints_an_article_s_control_sequences_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, {"a.txt": b"A drone struck a car near Amuda \x1b[2J\x1b[31mon Tuesday, killing two fighters."})
    db = tmp_path / "store.sqlite"
    assert main(["ingest", str(folder), "--db", str(db), "-q"]) == 0
    with open_store(str(db), create=False) as store:
        [incident] = list(store.iter_incidents())
    capsys.readouterr()
    assert main(["history", incident.id, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b[2J\\x1b[31m" in out


def test_terminal_safe_keeps_text_and_tabs_and_escapes_the_rest() -> None:
    assert terminal_safe("Tall Tamr\tAl-Hasakah — تل تمر") == "Tall Tamr\tAl-Hasakah — تل تمر"
    assert terminal_safe("a\nb\rc\x9bd\u202ee\x7f") == "a\\nb\\rc\\x9bd\\u202ee\\x7f"
