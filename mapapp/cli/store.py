"""``mapapp ingest``, ``export``, ``correct``, ``history``, ``duplicates``, ``join``, ``keep-apart`` and ``regeocode``:
the persistent incident store.

``--db`` takes an SQLite file path or a ``postgresql://`` URL; without it the
store is ``$MAPAPP_DB`` or ``incidents.sqlite`` in the user data folder.

Exit codes: 0 on success; 1 when ``ingest`` skipped some unreadable files (each
reported on stderr; the others are stored); 2 (a :class:`~mapapp.cli.CliError`)
for wrong arguments, an unusable database or nothing readable.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mapapp.cli import CliError, terminal_safe
from mapapp.cli.common import (
    BOUNDARIES_HELP,
    FOLLOW_SYMLINKS_HELP,
    collect_article_paths,
    load_geocoder_or_fail,
    load_scorer_or_fail,
)
from mapapp.model import MAX_CASUALTY_FIGURE, Document, Incident

# The syntax mapapp.store.edits.parse_figure_range reads (not imported from there: that would load SQLAlchemy
# for every command).
FIGURE_RANGE_HELP = "N (exactly), N..M (from N to M), N.. (at least N), ..M (at most M), none (unknown)"
#: ``--max-entries``: entries taken from one feed (a feed, or an archive page posing as one, may list thousands
#: of addresses, each a fetch of seconds at the polite rate).
DEFAULT_MAX_FEED_ENTRIES = 200
DB_HELP = "SQLite file or postgresql:// URL (default: $MAPAPP_DB, else incidents.sqlite in the user data folder)"


def register(subparsers: Any) -> None:
    """Add the ``ingest``, ``export``, ``correct`` and ``history`` sub-commands."""
    ingest = subparsers.add_parser(
        "ingest",
        help="extract incidents from articles and add them to the incident store",
        description=(
            "Read articles (.txt/.html files; folders are searched; http(s) URLs and the entries of RSS/Atom "
            "feeds are fetched, at most one request per --min-interval seconds to a host), extract and geocode "
            "their incidents and store them, merging reports of the same event. Re-ingesting a stored article "
            "changes nothing, and an address already stored is not fetched again."
        ),
    )
    ingest.add_argument("paths", nargs="*", metavar="PATH_OR_URL", help="article files or folders, or http(s) URLs")
    ingest.add_argument("--feed", action="append", default=[], metavar="URL", help="an RSS or Atom feed: ingest its entries")
    ingest.add_argument(
        "--max-entries", type=int, default=DEFAULT_MAX_FEED_ENTRIES, metavar="N",
        help=f"ingest at most the first N entries of each feed (default: {DEFAULT_MAX_FEED_ENTRIES}); the run says "
        "how many it skipped",
    )
    ingest.add_argument(
        "--min-interval", type=float, default=1.0, metavar="SECONDS",
        help="seconds between two requests to the same host (default: 1)",
    )
    ingest.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS", help="seconds to wait for a server (default: 20); a whole page may take three times as long")
    ingest.add_argument("--db", metavar="URL_OR_PATH", help=DB_HELP)
    ingest.add_argument("--gazetteer", metavar="PATH", help="gazetteer file (default: $MAPAPP_GAZETTEER, a download, or built-in)")
    ingest.add_argument("--boundaries", metavar="PATH", help=BOUNDARIES_HELP)
    ingest.add_argument("--published", metavar="YYYY-MM-DD", help="publication date of the articles")
    ingest.add_argument("--outlet", metavar="NAME", help="the outlet that published the articles")
    ingest.add_argument("--follow-symlinks", action="store_true", help=FOLLOW_SYMLINKS_HELP)
    ingest.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    ingest.set_defaults(func=run_ingest)

    export = subparsers.add_parser(
        "export",
        help="write the stored incidents (with corrections) as GeoJSON, CSV or GeoPackage",
        description="Write the store's current incidents (merged, corrections applied, dismissed ones left out).",
    )
    export.add_argument("--db", metavar="URL_OR_PATH", help=DB_HELP)
    export.add_argument("-o", "--output", metavar="OUT", required=True, help="output file")
    export.add_argument("--format", metavar="FORMAT", help="geojson, csv or gpkg (default: from the output suffix)")
    export.add_argument("--bbox", metavar="MINLON,MINLAT,MAXLON,MAXLAT", help="only incidents inside this box")
    export.add_argument("--include-dismissed", action="store_true", help="also write incidents marked not an incident")
    export.set_defaults(func=run_export)

    correct = subparsers.add_parser(
        "correct",
        help="correct a stored incident (place, killed, injured, event_type, date, dismissed)",
        description=(
            "Record a correction; the incident's current value (in exports and the app) is the extracted value "
            f"with its corrections applied in order. Values: killed/injured {FIGURE_RANGE_HELP}, each at most "
            f"{MAX_CASUALTY_FIGURE:,} (negatives are refused); place "
            "LAT,LON[,NAME]; date YYYY-MM-DD; event_type e.g. airstrike; dismissed true/false."
        ),
    )
    correct.add_argument("incident_id", metavar="INCIDENT_ID")
    correct.add_argument("field", metavar="FIELD")
    correct.add_argument("value", metavar="VALUE", help=f"the new value; killed/injured: {FIGURE_RANGE_HELP}")
    correct.add_argument("--author", required=True, help="who makes the correction")
    correct.add_argument("--note", help="why")
    correct.add_argument("--db", metavar="URL_OR_PATH", help=DB_HELP)
    correct.set_defaults(func=run_correct)

    history = subparsers.add_parser(
        "history", help="show a stored incident's sources, merge reasons and corrections"
    )
    history.add_argument("incident_id", metavar="INCIDENT_ID")
    history.add_argument("--db", metavar="URL_OR_PATH", help=DB_HELP)
    history.set_defaults(func=run_history)

    duplicates = subparsers.add_parser(
        "duplicates",
        help="list possible duplicates: incidents that may be one event, for an analyst to confirm or dismiss",
        description=(
            "Reports the same-event rule cannot decide (no date, or a place told only at governorate level) that "
            "agree with another incident in place, event type and actor, with nothing conflicting, the likeliest "
            "first (both naming one place and one event type, then pairs with fewer other candidates). Confirm "
            "one with 'mapapp join A B', dismiss it with 'mapapp keep-apart A B'."
        ),
    )
    duplicates.add_argument("incident_id", metavar="INCIDENT_ID", nargs="?", help="only this incident's")
    duplicates.add_argument("--limit", type=int, default=50, help="at most this many pairs (default 50)")
    duplicates.add_argument("--db", metavar="URL_OR_PATH", help=DB_HELP)
    duplicates.set_defaults(func=run_duplicates)

    regeocode = subparsers.add_parser(
        "regeocode",
        help="place the stored incidents again with the current gazetteer (after a download or a placement)",
        description=(
            "Re-resolve the places of the stored reports that another gazetteer placed (or one not recorded: a "
            "store made before mapapp kept it) against the current gazetteer and the analysts' placements, then "
            "re-group them under the merge rule. Analysts' corrections, placements, joins and keep-aparts stand. "
            "One transaction: interrupted, the store stays as it was. A second run changes nothing."
        ),
    )
    regeocode.add_argument("--db", metavar="URL_OR_PATH", help=DB_HELP)
    regeocode.add_argument("--gazetteer", metavar="PATH", help="gazetteer file (default: $MAPAPP_GAZETTEER, a download, or built-in)")
    regeocode.add_argument("--boundaries", metavar="PATH", help=BOUNDARIES_HELP)
    regeocode.add_argument(
        "--all", action="store_true", dest="everything",
        help="re-resolve and re-group every stored report, not only those another gazetteer placed",
    )
    regeocode.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    regeocode.set_defaults(func=run_regeocode)

    for name, helptext in (
        ("join", "an analyst's 'same event as #N': make two incidents one (kept through later ingests)"),
        ("keep-apart", "an analyst's 'not the same': never merge two incidents automatically, stop suggesting them"),
    ):
        decide = subparsers.add_parser(name, help=helptext, description=helptext)
        decide.add_argument("incident_id", metavar="INCIDENT_ID")
        decide.add_argument("other_incident_id", metavar="OTHER_INCIDENT_ID")
        decide.add_argument("--author", required=True, help="who decides")
        decide.add_argument("--note", help="why")
        decide.add_argument("--db", metavar="URL_OR_PATH", help=DB_HELP)
        decide.set_defaults(func=run_decide, decision=name)


def run_duplicates(args: argparse.Namespace) -> int:
    """Carry out ``mapapp duplicates``: possible duplicates, one pair a line, with the reason."""
    from mapapp.store import StoreError

    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    store = _open(args.db, create=False)
    try:
        pairs = store.possible_duplicates(args.incident_id) if args.incident_id else store.review_queue(args.limit)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    for pair in pairs[: args.limit]:
        print(terminal_safe(f"{pair.incident_id}\t{pair.other_incident_id}\t{pair.reason}"))
    if not pairs:
        print("no possible duplicates", file=sys.stderr)
    return 0


def run_regeocode(args: argparse.Namespace) -> int:
    """Carry out ``mapapp regeocode``: re-resolve stored places with the current gazetteer, re-group, report counts."""
    from tqdm import tqdm

    from mapapp.geocode.fingerprint import geocoder_fingerprint
    from mapapp.pipeline import geocode_document
    from mapapp.store import StoreError

    store = _open(args.db, create=False)
    bars: dict[str, Any] = {}
    labels = {"places": "re-geocoding", "grouping": "re-grouping"}
    disable = args.quiet or not sys.stderr.isatty()

    def progress(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            unit = "doc" if stage == "places" else "report"
            bar = bars[stage] = tqdm(total=total, desc=labels.get(stage, stage), unit=unit, file=sys.stderr,
                                     disable=disable, leave=False)
        bar.update(done - bar.n)

    try:
        resolver = load_geocoder_or_fail(args.gazetteer, args.boundaries, args.db)
        fingerprint = geocoder_fingerprint(resolver)
        result = store.regeocode(
            lambda incidents: geocode_document(incidents, resolver), fingerprint,
            everything=args.everything, progress=progress,
        )
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        for bar in bars.values():
            bar.close()
        store.close()
    print(f"mapapp regeocode: {result.summary()} -> {store.description}")
    return 0


def run_decide(args: argparse.Namespace) -> int:
    """Carry out ``mapapp join`` / ``mapapp keep-apart``."""
    from mapapp.store import EditError, StoreError

    store = _open(args.db, create=False)
    try:
        if args.decision == "join":
            joined = store.join(args.incident_id, args.other_incident_id, author=args.author, note=args.note)
            print(f"joined {args.incident_id} and {args.other_incident_id}: incident {joined}")
        else:
            store.keep_apart(args.incident_id, args.other_incident_id, author=args.author, note=args.note)
            print(f"kept {args.incident_id} and {args.other_incident_id} apart")
    except (StoreError, EditError) as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    return 0


def _open(db: str | None, *, create: bool = True) -> Any:
    """The store named by ``--db``; ``create=False`` for commands that need one that already exists."""
    from mapapp.store import StoreError, open_store

    try:
        return open_store(db, create=create)
    except StoreError as exc:
        raise CliError(str(exc)) from None


def run_ingest(args: argparse.Namespace) -> int:
    """Carry out ``mapapp ingest``; returns the exit code."""
    from tqdm import tqdm

    from mapapp.io.reading import DocumentError, parse_published, read_document
    from mapapp.pipeline import process_document, processing_failure

    try:
        published = parse_published(args.published, source="--published") if args.published else None
    except DocumentError as exc:
        raise CliError(str(exc)) from None
    from mapapp.cli.web_sources import WebSource, fetch_document, is_url, web_sources
    from mapapp.io.web import PoliteFetcher

    failures: list[str] = []
    local = [p for p in args.paths if not is_url(p)]
    paths = collect_article_paths(local, failures, follow_symlinks=args.follow_symlinks) if local else []
    if args.min_interval < 0 or args.timeout <= 0:
        raise CliError("--min-interval must be >= 0 and --timeout > 0")
    if args.max_entries < 1:
        raise CliError(f"--max-entries must be at least 1, not {args.max_entries}")
    fetcher = PoliteFetcher(min_interval=args.min_interval, timeout=args.timeout)
    notes: list[str] = []  # what was left out on purpose (entries beyond --max-entries): not a failure
    urls = [p for p in args.paths if is_url(p)]
    sources: list[Path | WebSource] = [
        *paths, *web_sources(urls, args.feed, fetcher, failures, max_entries=args.max_entries, notes=notes)
    ]
    if not args.quiet:
        for note in notes:
            print(f"mapapp ingest: {terminal_safe(note)}", file=sys.stderr)
    if not sources:
        raise CliError("; ".join(failures) or "no document to ingest: give files, folders, URLs or --feed")
    # The gazetteer (and boundaries) and then the store are opened at the first readable document: bad input
    # fails fast, and a bad gazetteer or boundary file never leaves a new, empty store behind.
    from mapapp.geocode.fingerprint import geocoder_fingerprint
    from mapapp.store import StoreError

    store = None
    resolver = None
    fingerprint: str | None = None  # of the gazetteer the incidents are placed with, kept with each report
    totals = {"read": 0, "new": 0, "known": 0, "incidents_new": 0, "merged": 0, "reports": 0}
    stopped: str | None = None  # why the run stopped before the last document (the store failed)
    try:
        disable = args.quiet or len(sources) <= 1 or not sys.stderr.isatty()
        handled = 0  # sources dealt with (stored, known or skipped) before the one the store failed on
        for source in tqdm(sources, desc="ingest", unit="doc", file=sys.stderr, disable=disable, leave=False):
            if isinstance(source, WebSource):  # an address already stored is not fetched again
                if store is None:
                    try:
                        store = _open(args.db, create=False)
                    except CliError:
                        pass  # no store yet (created at the first document read), so nothing stored from anywhere
                try:
                    if store is not None and store.has_document_url(source.url):
                        totals["known"] += 1
                        handled += 1
                        continue
                except StoreError as exc:
                    stopped = str(exc)
                    break
            try:
                if isinstance(source, WebSource):
                    document: Document = fetch_document(source, fetcher, published=published, outlet=args.outlet)
                else:
                    document = read_document(source, published=published, outlet=args.outlet)
            except DocumentError as exc:
                failures.append(str(exc))
                handled += 1
                continue
            if resolver is None:
                load_scorer_or_fail()
                resolver = load_geocoder_or_fail(args.gazetteer, args.boundaries, args.db)
            if store is None:
                store = _open(args.db)
            try:
                incidents: list[Incident] = process_document(document, resolver)
            except Exception as exc:
                failures.append(processing_failure(document, exc))
                handled += 1
                continue
            if fingerprint is None:
                fingerprint = geocoder_fingerprint(resolver)
            try:
                result = store.ingest(document, incidents, gazetteer=fingerprint)
            except StoreError as exc:  # the store itself failed (damaged, locked, disk full): no use going on
                stopped = str(exc)
                break
            totals["read"] += 1
            handled += 1
            totals["new" if result.document_new else "known"] += 1
            totals["incidents_new"] += result.incidents_new
            totals["merged"] += result.incidents_merged
            totals["reports"] += result.reports_new
    finally:
        if store is not None:
            store.close()
    for failure in failures:
        print(f"mapapp ingest: skipped {terminal_safe(failure)}", file=sys.stderr)
    if stopped is not None:
        raise CliError(
            f"{stopped}; stopped at document {handled + 1} of {len(sources)} ({totals['new']} new stored before "
            f"it are kept; it and the ones after it were not ingested)"
        )
    if totals["read"] == 0 and totals["known"] == 0:  # (addresses already stored are "known" without a read)
        raise CliError("no document could be read")
    if not args.quiet:
        unread = f", {len(failures)} skipped (listed above)" if failures else ""
        print(
            f"mapapp ingest: documents: {totals['new']} new, {totals['known']} already stored{unread}; "
            f"incidents: {totals['incidents_new']} new, {totals['merged']} merged into existing ones "
            f"-> {store.description}"
        )
    return 1 if failures else 0


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """``minlon,minlat,maxlon,maxlat`` as four checked numbers."""
    from mapapp.store import check_bbox

    parts = [p.strip() for p in text.split(",")]
    try:
        return check_bbox([float(p) for p in parts])
    except ValueError as exc:
        raise CliError(f"--bbox must be minlon,minlat,maxlon,maxlat: {exc}") from None


def run_export(args: argparse.Namespace) -> int:
    """Carry out ``mapapp export``."""
    from mapapp.io.export import (
        ExportError,
        format_for_path,
        normalize_format,
        write_incidents,
    )
    from mapapp.store import StoreError

    bbox = parse_bbox(args.bbox) if args.bbox else None
    try:
        fmt = normalize_format(args.format) if args.format else format_for_path(args.output)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    if not Path(args.output).parent.is_dir():
        raise CliError(f"cannot write {args.output}: folder {Path(args.output).parent} does not exist")
    store = _open(args.db, create=False)
    written = 0

    def counted(incidents: Iterator[Incident]) -> Iterator[Incident]:
        nonlocal written
        for incident in incidents:
            written += 1
            yield incident

    try:
        # streamed from the store into the file: the whole store is never held in memory
        write_incidents(counted(store.iter_incidents(bbox=bbox, include_dismissed=args.include_dismissed)), args.output, fmt)
    except (ExportError, StoreError) as exc:  # StoreError: a stored row that cannot be read; nothing is written
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    finally:
        store.close()
    print(f"mapapp export: {written} incident{'s' if written != 1 else ''} -> {args.output}")
    return 0


def run_correct(args: argparse.Namespace) -> int:
    """Carry out ``mapapp correct``."""
    from mapapp.store import EditError, StoreError
    from mapapp.store.edits import parse_edit_text

    try:
        field, value = parse_edit_text(args.field, args.value)
    except EditError as exc:
        raise CliError(str(exc)) from None
    store = _open(args.db, create=False)
    try:
        edit = store.correct(args.incident_id, field, value, author=args.author, note=args.note)
    except (EditError, StoreError) as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    print(f"mapapp correct: {edit.incident_id} {edit.field} = {edit.value!r} (edit {edit.id} by {edit.author})")
    return 0


def run_history(args: argparse.Namespace) -> int:
    """Carry out ``mapapp history``: sources, merge reasons and corrections of one incident."""
    from mapapp.store import StoreError

    store = _open(args.db, create=False)
    try:
        record = store.record(args.incident_id)
        edits = store.history(args.incident_id)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    incident = record.incident
    print(f"incident {incident.id}: {incident.event_type.label}{' (dismissed)' if record.dismissed else ''}")
    for report in record.reports:
        why = f" — merged: {report.merge_reason}" if report.merge_reason else " — founding report"
        quote = report.evidence.text if report.evidence else ""
        # the outlet, the quote and the notes come from articles and users: printed with controls escaped
        print(terminal_safe(f"  report {report.id} from document {report.document_id} ({report.incident.outlet or '?'}){why}"))
        if quote:
            print(terminal_safe(f"    “{quote}”"))
    if record.killed_disagreement:
        said = "; ".join(
            f"{r['phrase'] or r['low']} ({r['outlet'] or '?'})" for r in record.killed_reported
        )
        print(terminal_safe(f"  killed: sources disagree: {said}"))
    for edit in edits:
        note = f" ({edit.note})" if edit.note else ""
        print(terminal_safe(f"  {edit.created_at:%Y-%m-%d %H:%M} {edit.author}: {edit.field} = {edit.value!r}{note}"))
    return 0


__all__ = ["parse_bbox", "register", "run_correct", "run_export", "run_history", "run_ingest", "run_regeocode"]
