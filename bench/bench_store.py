"""Benchmark of the incident store: ingest throughput and export time, SQLite and PostGIS.

Synthetic data: documents of ``--per-doc`` incidents each, at real gazetteer
places of the three governorates (the embedded gazetteer), on random days of
2012-2021 with random event types, so some reports merge as real ones would.
Each document is ingested in its own transaction (as ``mapapp ingest`` does).
Then the whole store is read back (current values) and exported as GeoJSON and
CSV, and a bbox query is timed.

For SQLite the script then compares, each in a fresh process (time and peak
resident memory of that process): ``mapapp export`` of the whole store to
GeoJSON (streamed from the store into the file) against a geopandas round trip
of the same points and attributes (``geopandas.read_file`` of a GeoPackage of
them, ``to_file`` as GeoJSON), and prints the ratio.

    python bench/bench_store.py                 # 100,000 incidents, SQLite only
    python bench/bench_store.py --n 5000        # a quick run
    python bench/bench_store.py --postgis "$MAPAPP_TEST_POSTGIS_URL"   # also PostGIS (fresh schema, dropped)
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's mapapp, not an installed one

from mapapp.geocode import load_default_gazetteer
from mapapp.io.export import export_bytes
from mapapp.model import (
    GOVERNORATES,
    Casualties,
    Document,
    EventType,
    Incident,
    IncidentDate,
    Location,
    Place,
    Span,
    incident_id,
)
from mapapp.store import open_store

FIRST_DAY = date(2012, 1, 1)
DAYS = 3650
EVENT_TYPES = list(EventType)


def coverage_places() -> list[Place]:
    """Populated places of the three governorates from the embedded gazetteer."""
    gazetteer = load_default_gazetteer()
    places = [p for name in GOVERNORATES for p in gazetteer.places_in(name) if p.kind == "populated_place"]
    if not places:
        raise SystemExit("the embedded gazetteer has no places in coverage")
    return places


def synthetic_documents(n_incidents: int, per_doc: int, places: list[Place], seed: int = 7) -> Iterator[
    tuple[Document, list[Incident]]
]:
    rng = random.Random(seed)
    for number in range((n_incidents + per_doc - 1) // per_doc):
        count = min(per_doc, n_incidents - number * per_doc)
        sentences = [f"Sentence {k} of bench document {number}: an incident happened." for k in range(count)]
        text = " ".join(sentences)
        document = Document(text=text, name=f"bench-{number}.txt", outlet=f"Outlet {number % 7}")
        incidents = []
        offset = 0
        for sentence in sentences:
            place = rng.choice(places)
            event_type = rng.choice(EVENT_TYPES)
            day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
            killed = rng.randrange(0, 30)
            incidents.append(
                Incident(
                    id=incident_id(document.id, offset, event_type),
                    event_type=event_type,
                    evidence=[Span(sentence, offset, offset + len(sentence))],
                    killed=Casualties(killed, killed if rng.random() < 0.7 else None, f"{killed} killed"),
                    date=IncidentDate(value=day, basis="absolute"),
                    location=Location(toponym=place.name, place=place, precision=place.precision, score=90.0),
                    document_id=document.id,
                )
            )
            offset += len(sentence) + 1
        yield document, incidents


@contextmanager
def postgis_schema(base_url: str) -> Iterator[str]:
    schema = f"mapapp_bench_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(sa.engine.make_url(base_url).set(drivername="postgresql+psycopg"))
    with engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        url = sa.engine.make_url(base_url).update_query_dict({"options": f"-csearch_path={schema},public"})
        yield url.render_as_string(hide_password=False)
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        engine.dispose()


def run(label: str, url: str, n: int, per_doc: int, places: list[Place]) -> None:
    with open_store(url) as store:
        started = time.perf_counter()
        documents = 0
        merged = 0
        for document, incidents in synthetic_documents(n, per_doc, places):
            result = store.ingest(document, incidents)
            documents += 1
            merged += result.incidents_merged
        ingest_s = time.perf_counter() - started
        counts = store.counts()
        started = time.perf_counter()
        current = store.incidents()
        read_s = time.perf_counter() - started
        started = time.perf_counter()
        geojson = export_bytes(current, "geojson")
        geojson_s = time.perf_counter() - started
        started = time.perf_counter()
        csv = export_bytes(current, "csv")
        csv_s = time.perf_counter() - started
        started = time.perf_counter()
        in_box = store.incidents(bbox=(40.0, 36.0, 41.0, 37.0))
        bbox_s = time.perf_counter() - started
    print(f"[{label}] {documents} documents, {n} reports -> {counts.incidents} incidents ({merged} reports merged)")
    print(f"[{label}] ingest: {ingest_s:.1f} s, {documents / ingest_s:.0f} documents/s, {n / ingest_s:.0f} reports/s")
    print(f"[{label}] read {len(current)} current incidents: {read_s:.2f} s")
    print(f"[{label}] export GeoJSON: {geojson_s:.2f} s ({len(geojson) / 1e6:.1f} MB); CSV: {csv_s:.2f} s ({len(csv) / 1e6:.1f} MB)")
    print(f"[{label}] bbox query (1x1 degree): {len(in_box)} incidents in {bbox_s:.2f} s")
    print(f"[{label}] read + GeoJSON export total: {read_s + geojson_s:.2f} s")


# Peak RSS from /proc/self/status VmHWM (Linux): ru_maxrss survives exec, so a child would report its parent's.
_MEASURED = """
import json, sys, time
started = time.perf_counter()
{body}
seconds = time.perf_counter() - started
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({{"seconds": seconds, "cpu": time.process_time(), "max_rss_mb": peak_kb / 1024}}))
"""
_MAPAPP_EXPORT = "from mapapp.cli import main\nassert main(['export', '--db', sys.argv[1], '-o', sys.argv[2]]) == 0"
_GEOPANDAS_ROUND_TRIP = (
    "import geopandas\nframe = geopandas.read_file(sys.argv[1], engine='pyogrio')\n"
    "frame.to_file(sys.argv[2], driver='GeoJSON', engine='pyogrio')"
)


def measure(body: str, *args: str, checkout: Path | None = None) -> dict[str, float]:
    """Run ``body`` in a fresh Python process (in ``checkout``, default this one, whose mapapp it imports);
    its wall time (its imports included) and peak RSS."""
    result = subprocess.run(
        [sys.executable, "-c", _MEASURED.format(body=body), *args], capture_output=True, text=True, check=True,
        cwd=checkout or Path(__file__).resolve().parent.parent,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def compare_with_geopandas(
    store_path: Path, folder: Path, other_checkout: Path | None = None, repeat: int = 2
) -> None:
    """``mapapp export`` (streamed) vs a geopandas read + write of the same points, each in its own process."""
    from mapapp.io.export import write_incidents

    gpkg = folder / "same-points.gpkg"
    with open_store(str(store_path)) as store:
        write_incidents(store.iter_incidents(), gpkg, "gpkg")
    # alternated and the best of each kept: on a shared machine the load changes from one run to the next
    runs: dict[str, list[dict[str, float]]] = {"ours": [], "theirs": []}
    for _ in range(repeat):
        runs["ours"].append(measure(_MAPAPP_EXPORT, str(store_path), str(folder / "mapapp.geojson")))
        runs["theirs"].append(measure(_GEOPANDAS_ROUND_TRIP, str(gpkg), str(folder / "geopandas.geojson")))
    ours, theirs = (min(runs[side], key=lambda run: run["seconds"]) for side in ("ours", "theirs"))
    if other_checkout is not None:
        before = measure(_MAPAPP_EXPORT, str(store_path), str(folder / "other.geojson"), checkout=other_checkout)
        print(
            f"[sqlite] mapapp export → GeoJSON with {other_checkout}: {before['seconds']:.2f} s, "
            f"peak RSS {before['max_rss_mb']:.0f} MB"
        )
    print(
        f"[sqlite] best of {repeat}: mapapp export → GeoJSON: {ours['seconds']:.2f} s ({ours['cpu']:.2f} s CPU "
        f"with imports), peak RSS {ours['max_rss_mb']:.0f} MB; geopandas read_file + to_file: {theirs['seconds']:.2f} s "
        f"({theirs['cpu']:.2f} s CPU), peak RSS {theirs['max_rss_mb']:.0f} MB; time ratio "
        f"{ours['seconds'] / theirs['seconds']:.2f} (CPU {ours['cpu'] / theirs['cpu']:.2f}), memory ratio "
        f"{ours['max_rss_mb'] / theirs['max_rss_mb']:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000, help="incidents (reports) to ingest (default 100000)")
    parser.add_argument("--per-doc", type=int, default=10, help="incidents per document (default 10)")
    parser.add_argument("--postgis", metavar="URL", help="also benchmark this PostgreSQL + PostGIS database")
    parser.add_argument("--compare-checkout", metavar="PATH", type=Path,
                        help="also time 'mapapp export' of the same store with the mapapp of this checkout (before/after)")
    parser.add_argument("--sqlite-only", action="store_true", help="skip PostGIS even when --postgis is given")
    args = parser.parse_args()
    if args.n < 1 or args.per_doc < 1:
        parser.error("--n and --per-doc must be positive")
    places = coverage_places()
    with tempfile.TemporaryDirectory() as folder:
        run("sqlite", str(Path(folder) / "bench.sqlite"), args.n, args.per_doc, places)
        compare_with_geopandas(Path(folder) / "bench.sqlite", Path(folder), args.compare_checkout)
    if args.postgis and not args.sqlite_only:
        with postgis_schema(args.postgis) as url:
            run("postgis", url, args.n, args.per_doc, places)


if __name__ == "__main__":
    main()
