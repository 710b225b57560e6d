"""Benchmark of the store's review queue of possible duplicates (``IncidentStore.review_queue``).

The queue is ranked over the whole store (``mapapp.store.merge.review_order``), so it reads every report that
can be suggested and pairs them with ``suggested_pairs``: its work is the number of suggestions, which grows
with the square of the undated reports told at one place. This script builds the worst case the rule allows:
undated drone strikes by one named actor, no toll, spread over ``--places`` real places of one governorate
(so every two reports at one place are a suggestion), each in its own document, and prints the time of one
queue at doubling store sizes, with the number of suggestions behind it.

    python bench/bench_review_queue.py               # 250, 500, 1000, 2000 reports at 15 places
    python bench/bench_review_queue.py --places 100  # the same reports spread over more places
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's mapapp, not an installed one

from mapapp.geocode import load_default_gazetteer
from mapapp.model import Document, EventType, Incident, Location, Precision, Span
from mapapp.store import open_store
from mapapp.store.merge import ReportKey, suggested_pairs


def _report(number: int, place: object) -> tuple[Document, Incident]:
    name = place.name  # type: ignore[attr-defined]
    text = f"Report {number}: a drone strike hit a car near {name}. Ref {number}."
    start = text.index("a drone strike")
    location = Location(toponym=name, place=place, precision=Precision.PLACE, matched_name=name)  # type: ignore[arg-type]
    incident = Incident(
        id=f"bench-queue-{number}", event_type=EventType.DRONE_STRIKE, evidence=[Span("a drone strike", start, start + 14)],
        actor="Turkish forces", location=location,
    )
    return Document(text=text, name=f"bench-queue-{number}.txt"), incident


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000], help="reports in the store")
    parser.add_argument("--places", type=int, default=15, help="places the reports are spread over (default 15)")
    args = parser.parse_args()
    places = sorted(
        (p for p in load_default_gazetteer().places_in("Al-Hasakah") if p.kind == "populated_place"),
        key=lambda p: p.id,
    )[: args.places]
    print(f"{'reports':>8} {'places':>6} {'suggestions':>11} {'queue s':>8}")
    for size in args.sizes:
        with (
            tempfile.TemporaryDirectory(prefix="mapapp-bench-queue-") as folder,
            open_store(str(Path(folder) / "queue.sqlite")) as store,
        ):
            for number in range(size):
                document, incident = _report(number, places[number % len(places)])
                store.ingest(document, [incident])
            start = time.perf_counter()
            queue = store.review_queue(50)
            seconds = time.perf_counter() - start
            keys = [
                ReportKey.from_incident(record.incident, record.document_id, None)
                for incident in store.incidents() for record in store.record(incident.id).reports
            ]
            found = len(suggested_pairs(keys))
        print(f"{size:>8} {len(places):>6} {found:>11} {seconds:>8.2f}" + ("" if queue else "  (empty queue)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
