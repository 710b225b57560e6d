"""A long-lived store handle (the app's server keeps one open) sees what other processes commit, even after a
read that stopped halfway (SQLite in WAL mode: an unfinished SELECT kept its snapshot on a pooled connection)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_factories import make_incident

from mapapp.model import Document
from mapapp.store import IncidentStore, StoreError, open_store


def _document(n: int) -> Document:
    return Document(text=f"An airstrike hit Khuweibra village, report {n}.", name=f"report-{n}.txt")


def _ingest(store: IncidentStore, n: int) -> None:
    document = _document(n)
    store.ingest(document, [make_incident(document, "An airstrike hit Khuweibra")])


def test_a_read_that_fails_midway_leaves_no_stale_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "incidents.sqlite"
    server = open_store(str(path))  # the long-lived handle (one engine, its connection pool)
    other = open_store(str(path))  # another process's handle: a second engine on the same file
    try:
        for n in range(3):
            _ingest(server, n)
        raw = sqlite3.connect(path)  # a row that cannot be read back, in the middle of the table
        with raw:
            raw.execute("UPDATE incidents SET current_json = '{\"broken\": true}' WHERE seq = 2")
        raw.close()
        with pytest.raises(StoreError, match="cannot be read") as failure:
            list(server.iter_incidents(batch_size=1))  # fails on the second row; the first batch was read
        kept = failure.value  # a server keeps the error (and with it the traceback) to show it
        assert kept.__traceback__ is not None

        _ingest(other, 9)  # committed by the other handle
        assert other.counts().documents == 4
        assert server.counts().documents == 4  # was 3: the pooled connection still read the old snapshot
        first = make_incident(_document(0), "An airstrike hit Khuweibra").id  # a single report founds its incident
        server.correct(first, "killed", 2, author="tester")
        assert other.counts().edits == 1  # and the other way round
    finally:
        server.close()
        other.close()


def test_a_stream_stopped_early_releases_its_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "incidents.sqlite"
    with open_store(str(path)) as server, open_store(str(path)) as other:
        for n in range(3):
            _ingest(server, n)
        stream = server.iter_incidents(batch_size=1)
        next(stream)
        stream.close()  # the reader stops after one incident
        _ingest(other, 9)
        assert len(server.incidents()) == 4
        assert [i.id for i in server.iter_incidents(batch_size=2)] == [i.id for i in other.incidents()]
