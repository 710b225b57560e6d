"""Benchmark of the store's review queue of possible duplicates (``IncidentStore.review_queue``).

The worst case the suggestion rule allows: undated drone strikes by one named actor, no toll, spread over
``--places`` real places of one governorate (so every two reports at one place are a suggestion: 3.3 million at
10,000 reports and 15 places), each in its own document and incident. Two ways:

* by default, the queue's logic on the reports' keys (``mapapp.store.review_queue.top_suggestions``, what the store
  runs after one query), timed against the exhaustive ranking it replaces (``ranked_exhaustively``: every suggestion
  listed, as the store did before), which is run up to ``--reference-up-to`` reports and must give the same queue;
* with ``--store``, reports ingested into a temporary store and one ``store.review_queue(50)`` timed (ingesting is
  most of the run: keep the sizes small).

    python bench/bench_review_queue.py                     # 250 .. 10,000 reports at 15 places
    python bench/bench_review_queue.py --places 100        # the same reports spread over more places
    python bench/bench_review_queue.py --store --sizes 250 1000
    python bench/bench_review_queue.py --report-dated     # texts giving no day, one a day at each place

With ``--report-dated`` each report is a text giving no day, published one day after the previous one at its place
(so each is suggested with the texts of the next two to seven days there: their weeks overlap), every report its own
class: the case the report-date suggestions of the tenth session added.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's mapapp, not an installed one

from mapapp.geocode import load_default_gazetteer
from mapapp.model import Document, EventType, Incident, IncidentDate, Location, Precision, Span
from mapapp.store import open_store
from mapapp.store.merge import ReportKey, suggested_pairs

try:  # the exhaustive ranking (and no faster one) where this script runs on an older checkout
    from mapapp.store.review_queue import ranked_exhaustively, top_suggestions
except ImportError:  # pragma: no cover
    top_suggestions = None  # type: ignore[assignment]


#: The first publication day of ``--report-dated`` reports.
FIRST_DAY = date(2020, 1, 1)



def _published(number: int, places: int, report_dated: bool) -> date | None:
    """The publication day of report ``number`` with ``--report-dated`` (one a day at each of ``places``)."""
    return FIRST_DAY + timedelta(days=number // places) if report_dated else None


def _report(number: int, place: object, published: date | None = None) -> tuple[Document, Incident]:
    name = place.name  # type: ignore[attr-defined]
    text = f"Report {number}: a drone strike hit a car near {name}. Ref {number}."
    start = text.index("a drone strike")
    location = Location(toponym=name, place=place, precision=Precision.PLACE, matched_name=name)  # type: ignore[arg-type]
    incident = Incident(
        id=f"bench-queue-{number}", event_type=EventType.DRONE_STRIKE, evidence=[Span("a drone strike", start, start + 14)],
        actor="Turkish forces", location=location,
        date=IncidentDate.report_date(published) if published else None,
    )
    return Document(text=text, name=f"bench-queue-{number}.txt", published=published), incident


def _key(number: int, place: object, published: date | None = None) -> ReportKey:
    """The key the store builds for ``_report(number, place, published)``."""
    document, incident = _report(number, place, published)
    return ReportKey.from_incident(incident, document.id, published)


def _run_keys(
    sizes: list[int], places: list[object], reference_up_to: int, limit: int, report_dated: bool = False
) -> None:
    print(f"{'reports':>8} {'places':>6} {'top s':>8} {'exhaustive s':>12} {'suggestions':>11}  same queue")
    for size in sizes:
        keys = [
            _key(number, places[number % len(places)], _published(number, len(places), report_dated))
            for number in range(size)
        ]
        incidents = [key.report_id for key in keys]
        start = time.perf_counter()
        queue = top_suggestions(keys, incidents, set(), limit)
        seconds = time.perf_counter() - start
        line = f"{size:>8} {len(places):>6} {seconds:>8.3f}"
        if size <= reference_up_to:
            start = time.perf_counter()
            reference = ranked_exhaustively(keys, incidents, set(), limit)
            reference_seconds = time.perf_counter() - start
            count = len(suggested_pairs(keys)) if report_dated else sum(
                n * (n - 1) // 2 for n in (len(range(p, size, len(places))) for p in range(len(places)))
            )
            line += f" {reference_seconds:>12.2f} {count:>11}  {'yes' if queue == reference else 'NO'}"
        print(line, flush=True)


def _run_store(sizes: list[int], places: list[object], limit: int, report_dated: bool = False) -> None:
    print(f"{'reports':>8} {'places':>6} {'ingest s':>8} {'queue s':>8}")
    for size in sizes:
        with (
            tempfile.TemporaryDirectory(prefix="mapapp-bench-queue-") as folder,
            open_store(str(Path(folder) / "queue.sqlite")) as store,
        ):
            start = time.perf_counter()
            for number in range(size):
                published = _published(number, len(places), report_dated)
                document, incident = _report(number, places[number % len(places)], published)
                store.ingest(document, [incident])
            ingest_seconds = time.perf_counter() - start
            start = time.perf_counter()
            queue = store.review_queue(limit)
            seconds = time.perf_counter() - start
        print(f"{size:>8} {len(places):>6} {ingest_seconds:>8.1f} {seconds:>8.3f}" + ("" if queue else "  (empty queue)"),
              flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000, 4000, 10000],
                        help="reports in the store")
    parser.add_argument("--places", type=int, default=15, help="places the reports are spread over (default 15)")
    parser.add_argument("--limit", type=int, default=50, help="queue length (default 50, as the app shows)")
    parser.add_argument("--reference-up-to", type=int, default=10000,
                        help="run the exhaustive ranking up to this many reports (default 10000)")
    parser.add_argument("--store", action="store_true", help="ingest into a store and time store.review_queue")
    parser.add_argument("--report-dated", action="store_true",
                        help="texts giving no day, published one a day at each place (default: undated reports)")
    args = parser.parse_args()
    places = sorted(
        (p for p in load_default_gazetteer().places_in("Al-Hasakah") if p.kind == "populated_place"),
        key=lambda p: p.id,
    )[: args.places]
    if args.store or top_suggestions is None:
        _run_store(args.sizes, places, args.limit, args.report_dated)
    else:
        _run_keys(args.sizes, places, args.reference_up_to, args.limit, args.report_dated)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
