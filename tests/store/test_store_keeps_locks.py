"""Opening the store again in a process that has it open keeps that process's SQLite locks.

Closing any plain file descriptor of a database file releases every POSIX lock the process holds on it. If
opening the store read its header with ``open()``, a process that already had the store open (the app's
server reopens it on later reruns) would lose its locks; another process closing its connection would then
believe itself the last one, checkpoint and delete the WAL under the first, and the store would end up
malformed. The check here: after the reopen, another process's connection must not delete the WAL.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mapapp.store import StoreError, open_store
from mapapp.store.backends import check_sqlite_store_file


def _close_a_connection_elsewhere(path: Path) -> None:
    script = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM documents').fetchone(); c.close()"
    subprocess.run([sys.executable, "-c", script, str(path)], check=True, timeout=60)


def test_reopening_the_store_does_not_release_this_process_locks(tmp_path: Path) -> None:
    path = tmp_path / "incidents.sqlite"
    with open_store(path) as store:
        assert store.counts().documents == 0  # a pooled connection stays open: this process holds the file
        wal = path.with_name(path.name + "-wal")
        assert wal.exists()
        check_sqlite_store_file(path)  # what every later open_store() of the same file does first
        _close_a_connection_elsewhere(path)
        assert wal.exists(), "another process deleted the WAL: this process's locks on the store were released"
        assert store.counts().documents == 0


def test_a_text_file_is_still_refused_as_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("just some notes, not a database\n" * 20, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not an SQLite database"):
        check_sqlite_store_file(path)
    assert path.read_bytes() == before
