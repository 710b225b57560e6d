"""Two processes ingesting into the same store at once lose nothing (SQLite file and PostGIS)."""

from __future__ import annotations

import multiprocessing

from concurrent_ingest import ingest_documents
from mapapp.store import IncidentStore

DOCUMENTS_PER_WRITER = 100


def test_two_concurrent_writers_lose_nothing(store: IncidentStore, store_url: str) -> None:
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    writers = [
        context.Process(target=ingest_documents, args=(store_url, writer, DOCUMENTS_PER_WRITER, start))
        for writer in (0, 1)
    ]
    for process in writers:
        process.start()
    start.set()
    for process in writers:
        process.join(timeout=300)
    assert [p.exitcode for p in writers] == [0, 0]
    counts = store.counts()
    n = DOCUMENTS_PER_WRITER
    assert (counts.documents, counts.reports, counts.incidents) == (2 * n, 4 * n, 3 * n)
    sizes = sorted(len(store.record(incident.id).reports) for incident in store.incidents())
    assert sizes == [1] * (2 * n) + [2] * n
