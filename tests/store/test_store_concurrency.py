"""Two processes ingesting into the same store at once lose nothing (SQLite file and PostGIS)."""

from __future__ import annotations

import multiprocessing

from concurrent_ingest import ingest_documents

from mapapp.store import IncidentStore, open_store

DOCUMENTS_PER_WRITER = 100


def test_two_concurrent_writers_lose_nothing(store_url: str) -> None:
    # Neither writer finds a store: they also race to create and migrate it.
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    writers = [
        context.Process(target=ingest_documents, args=(store_url, writer, DOCUMENTS_PER_WRITER, barrier))
        for writer in (0, 1)
    ]
    for process in writers:
        process.start()
    for process in writers:
        process.join(timeout=300)
    assert [p.exitcode for p in writers] == [0, 0]
    with open_store(store_url) as store:
        check_counts(store)


def check_counts(store: IncidentStore) -> None:
    counts = store.counts()
    n = DOCUMENTS_PER_WRITER
    assert (counts.documents, counts.reports, counts.incidents) == (2 * n, 4 * n, 3 * n)
    sizes = sorted(len(store.record(incident.id).reports) for incident in store.incidents())
    assert sizes == [1] * (2 * n) + [2] * n
