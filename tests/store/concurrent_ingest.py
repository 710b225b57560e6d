"""A writer process for the concurrency test: ingests ``count`` generated documents into one store.

Document ``i`` of writer ``w`` reports two incidents: one of its own (shelling at
Tall Tamr on a day no other document uses) and one shared with document ``i`` of
the other writer (an airstrike in Al Hasakah on a day only that pair uses), so
the exact outcome is known: ``2 * count`` documents, ``4 * count`` reports,
``3 * count`` incidents, ``count`` of them with two reports.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from store_factories import (
    AL_HASAKAH_CITY,
    TALL_TAMR,
    make_incident,
    synthetic_document,
)

from mapapp.model import EventType
from mapapp.store import open_store

_FIRST_DAY = date(2000, 1, 1)


def ingest_documents(url: str, writer: int, count: int, barrier: Any | None = None) -> None:
    """Open the store and ingest, meeting the other writer at ``barrier`` first (so both open at once) and
    again once open (so both really write at once)."""
    if barrier is not None:
        barrier.wait(60)
    with open_store(url) as store:
        if barrier is not None:
            barrier.wait(60)
        for index in range(count):
            document = synthetic_document(index, tag=f"w{writer}-")
            own = make_incident(
                document, "shelling", place=TALL_TAMR, event_type=EventType.SHELLING,
                when=_FIRST_DAY + timedelta(days=3 * (index + writer * count)),
            )
            shared = make_incident(
                document, "airstrike", place=AL_HASAKAH_CITY, event_type=EventType.AIRSTRIKE,
                when=_FIRST_DAY + timedelta(days=10_000 + 3 * index),
            )
            store.ingest(document, [own, shared])
