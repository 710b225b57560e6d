"""Whole-store sanity check: every real development text ingested into ONE store, as a user would.

Ingests all texts under ``../shared/eval/real/*/articles/`` with ``mapapp ingest`` into a
temporary SQLite store — with the publication date and outlet their gold file gives, where it gives one
(``mapapp evaluate`` passes the same ``published`` to the pipeline), one ``ingest --published D --outlet O``
per group — then prints what the map app would show: incidents, how many can be mapped, how many merged
reports of two or more documents, the first card's "Killed (at least)" (computed by the app's own
:func:`mapapp.app.tables.summarise`), and the ten largest killed figures with their evidence, so that
tallies read as incidents stand out. A measurement, not a test: it prints figures and asserts nothing.

    python3 bench/real_store_check.py                  # ../shared/eval/real next to the repository
    python3 bench/real_store_check.py --real PATH      # another folder of sets
    python3 bench/real_store_check.py --json           # the figures as JSON

Without the folder it says so and exits 0 (the product does not need ../shared).
It runs the mapapp of the checkout it sits in (its root goes first on ``sys.path``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[1]
if str(REPOSITORY) not in sys.path:  # this checkout's mapapp, not another one installed in editable mode
    sys.path.insert(0, str(REPOSITORY))
DEFAULT_REAL = REPOSITORY.parent / "shared" / "eval" / "real"


def article_groups(real: Path) -> dict[tuple[str | None, str | None], list[Path]]:
    """Every article of every set, grouped by the (publication date, outlet) its gold file gives (None: none)."""
    groups: dict[tuple[str | None, str | None], list[Path]] = {}
    for articles in sorted(real.glob("*/articles")):
        metadata: dict[Path, tuple[str | None, str | None]] = {}
        for gold_path in sorted(articles.parent.glob("*.json")):
            data = json.loads(gold_path.read_text(encoding="utf-8"))
            for document in data.get("documents", [data]):
                if "document" in document:
                    path = (gold_path.parent / document["document"]).resolve()
                    metadata[path] = (document.get("published"), document.get("outlet"))
        for article in sorted(p for p in articles.iterdir() if p.is_file()):
            groups.setdefault(metadata.get(article.resolve(), (None, None)), []).append(article)
    return groups


def ingest(groups: dict[tuple[str | None, str | None], list[Path]], db: Path) -> float:
    """Run ``mapapp ingest`` once per group into ``db``; returns the seconds taken.

    The command runs in this process (:func:`mapapp.cli.main`, what ``python3 -m mapapp`` calls), so that the
    gazetteer is not loaded again for each of the many (date, outlet) groups.
    """
    from mapapp.cli import main as mapapp_main

    started = time.perf_counter()
    for (published, outlet), paths in sorted(groups.items(), key=lambda item: (item[0][0] or "", item[0][1] or "")):
        command = ["ingest", "--db", str(db), "--quiet"]
        if published:
            command += ["--published", published]
        if outlet:
            command += ["--outlet", outlet]
        code = mapapp_main([*command, *map(str, paths)])
        if code not in (0, 1):  # 1: some file skipped (said on stderr)
            raise SystemExit(f"mapapp ingest failed with exit code {code} on {', '.join(map(str, paths))}")
    return time.perf_counter() - started


def figures(db: Path, top: int = 10) -> dict[str, Any]:
    """What the app shows of the store at ``db``, plus the largest killed figures with their evidence."""
    from mapapp.app.tables import killed_low, summarise
    from mapapp.store import open_store

    with open_store(str(db), create=False) as store:
        incidents = store.incidents()
        records = {incident.id: store.record(incident.id) for incident in incidents}
        names = {}
        for record in records.values():
            for report in record.reports:
                if report.document_id not in names:
                    document = store.document(report.document_id)
                    names[report.document_id] = document.name if document else report.document_id
        counts = store.counts()
    summary = summarise(incidents)
    merged = [record for record in records.values() if len(record.document_ids) >= 2]
    largest = sorted(incidents, key=lambda incident: (-killed_low(incident), incident.id))[:top]
    return {
        "documents": counts.documents,
        "reports": counts.reports,
        "incidents": summary.incidents,
        "mappable": summary.mapped,
        "not_mappable": summary.not_mapped,
        "merged_incidents": len(merged),
        "reports_in_merged": sum(len(record.reports) for record in merged),
        "killed_at_least": summary.killed_at_least,
        "largest_killed": [
            {
                "killed_at_least": killed_low(incident),
                "event_type": incident.event_type.value,
                "place": incident.location.toponym if incident.location else None,
                "documents": [names.get(d, d) for d in records[incident.id].document_ids],
                "evidence": " ".join(incident.evidence_text.split())[:160],
            }
            for incident in largest
        ],
        "merged": [
            {
                "incident": record.incident.id,
                "event_type": record.incident.event_type.value,
                "place": record.incident.location.toponym if record.incident.location else None,
                "documents": [names.get(d, d) for d in record.document_ids],
                "reasons": record.merge_reasons,
            }
            for record in merged
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--real", type=Path, default=DEFAULT_REAL, help="folder of the real sets (default: %(default)s)")
    parser.add_argument("--top", type=int, default=10, help="how many of the largest killed figures to list")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not args.real.is_dir() or not any(args.real.glob("*/articles")):
        print(f"real_store_check: skipped: no real sets at {args.real} (they are not part of the product)")
        return 0
    groups = article_groups(args.real)
    with tempfile.TemporaryDirectory(prefix="mapapp-real-store-") as folder:
        db = Path(folder) / "real.sqlite"
        seconds = ingest(groups, db)
        result = figures(db, args.top)
    result["articles"] = sum(len(paths) for paths in groups.values())
    result["articles_with_publication_date"] = sum(len(paths) for (published, _), paths in groups.items() if published)
    result["ingest_seconds"] = round(seconds, 1)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(
        f"{result['articles']} articles ({result['articles_with_publication_date']} with a publication date), "
        f"ingested in {result['ingest_seconds']} s"
    )
    print(f"documents {result['documents']}, reports {result['reports']}")
    print(f"incidents {result['incidents']}: mappable {result['mappable']}, not mappable {result['not_mappable']}")
    print(f"merged (reports of >=2 documents): {result['merged_incidents']} incidents, {result['reports_in_merged']} reports")
    print(f"first card, Killed (at least): {result['killed_at_least']:,}")
    print(f"\nlargest killed figures (top {args.top}):")
    for row in result["largest_killed"]:
        print(f"  {row['killed_at_least']:>6}  {row['event_type']:<12} {row['place']!s:<20} {', '.join(row['documents'])}")
        print(f"          {row['evidence']!r}")
    if result["merged"]:
        print("\nmerged incidents:")
        for row in result["merged"]:
            print(f"  {row['event_type']:<12} {row['place']!s:<20} {', '.join(row['documents'])}")
            for reason in row["reasons"]:
                print(f"          {reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
