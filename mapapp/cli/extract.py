"""``mapapp extract``: read articles, extract and geocode their incidents, write GeoJSON, CSV or GeoPackage.

Exit codes: 0 when every document was read; 1 when some documents could not
be read (each is reported on stderr and skipped, the others are still
processed and written); 2 (a :class:`~mapapp.cli.CliError`) when nothing
could be read or the arguments are wrong (unknown format, bad date, missing
gazetteer or boundaries), in which case no output is written.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
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
from mapapp.io.reading import (
    DocumentError,
    check_web_url,
    parse_published,
    read_document,
)
from mapapp.model import Document, Incident, Precision

DEFAULT_FORMAT = "geojson"


def register(subparsers: Any) -> None:
    """Add the ``extract`` sub-command."""
    parser = subparsers.add_parser(
        "extract",
        help="extract geocoded incidents from article files into GeoJSON, CSV or GeoPackage",
        description=(
            "Read news articles (.txt or .html files; folders are searched for .txt/.html/.htm), extract the "
            "violent incidents they report, geocode them and write them out. A file the app cannot read is "
            "reported and skipped; the exit code is then 1 (2 if no file could be read)."
        ),
        epilog=(
            "Metadata: an HTML page's own tags give the publication date, outlet and URL. A file ARTICLE.txt may "
            'have ARTICLE.meta.json beside it: {"outlet": ..., "url": ..., "published": "YYYY-MM-DD", '
            '"title": ...}. --published/--outlet/--url override both, for every file given. '
            "Exit codes: 0 all read; 1 some files skipped; 2 error, nothing written."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="output file (default: standard output; needed for gpkg)"
    )
    parser.add_argument(
        "-f",
        "--format",
        metavar="FORMAT",
        help="geojson, csv or gpkg (default: from the output suffix, else geojson)",
    )
    parser.add_argument(
        "--published", metavar="YYYY-MM-DD", help="publication date of the articles (relative dates use it)"
    )
    parser.add_argument("--outlet", metavar="NAME", help="the outlet that published the articles")
    parser.add_argument("--url", metavar="URL", help="the article's http(s) address")
    parser.add_argument("--follow-symlinks", action="store_true", help=FOLLOW_SYMLINKS_HELP)
    parser.add_argument(
        "--gazetteer", metavar="PATH", help="gazetteer file (default: $MAPAPP_GAZETTEER, a download, or built-in)"
    )
    parser.add_argument("--boundaries", metavar="PATH", help=BOUNDARIES_HELP)
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Carry out ``mapapp extract``; returns the exit code."""
    from mapapp.io.export import (
        ExportError,
        export_bytes,
        format_for_path,
        normalize_format,
        write_incidents,
    )
    from mapapp.pipeline import processing_failure

    try:
        fmt = normalize_format(args.format) if args.format else None
        if fmt is None:
            fmt = format_for_path(args.output) if args.output and args.output != "-" else DEFAULT_FORMAT
        published = parse_published(args.published, source="--published") if args.published else None
        url = check_web_url(args.url, source="--url") if args.url is not None else None
    except (ExportError, DocumentError) as exc:
        raise CliError(str(exc)) from None
    to_stdout = not args.output or args.output == "-"
    if to_stdout and fmt == "gpkg":
        raise CliError("a GeoPackage cannot be written to standard output: give a file with -o OUT.gpkg")
    if args.output and not to_stdout and not Path(args.output).parent.is_dir():
        raise CliError(f"cannot write {args.output}: folder {Path(args.output).parent} does not exist")

    failures: list[str] = []
    paths = collect_article_paths(args.paths, failures, follow_symlinks=args.follow_symlinks)
    if not paths:
        raise CliError(_nothing_read_message(failures))

    resolver = None  # loaded once the first document has been read, so input errors come first and fast
    documents_read = 0
    incidents: list[Incident] = []
    for path in _progress(paths, quiet=args.quiet):
        try:
            document = read_document(path, published=published, outlet=args.outlet, url=url)
        except DocumentError as exc:
            failures.append(str(exc))
            continue
        if resolver is None:
            load_scorer_or_fail()
            resolver = load_geocoder_or_fail(args.gazetteer, args.boundaries)
        try:
            incidents.extend(_process(document, resolver))
        except Exception as exc:
            failures.append(processing_failure(document, exc))
            continue
        documents_read += 1
    if documents_read == 0:
        raise CliError(_nothing_read_message(failures))
    for failure in failures:
        print(f"mapapp extract: skipped {terminal_safe(failure)}", file=sys.stderr)

    try:
        if to_stdout:
            _write_stdout(export_bytes(incidents, fmt))
        else:
            write_incidents(incidents, args.output, fmt)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    if not args.quiet:
        print(summary(documents_read, failures, incidents, None if to_stdout else args.output), file=sys.stderr)
    return 1 if failures else 0


def summary(documents_read: int, failures: Sequence[str], incidents: Sequence[Incident], output: str | None) -> str:
    """One line for stderr: documents, incidents, how many mapped, and what was flagged."""
    mapped = sum(1 for i in incidents if i.location is not None and i.location.is_mappable)
    by_precision = Counter(i.location.precision if i.location else Precision.UNRESOLVED for i in incidents)
    approximate = sum(1 for i in incidents if i.location is not None and "approximate" in i.location.note)
    parts = [
        f"{documents_read} document{'s' if documents_read != 1 else ''}"
        + (f" ({len(failures)} skipped)" if failures else ""),
        f"{len(incidents)} incident{'s' if len(incidents) != 1 else ''}",
        f"{mapped} mapped",
    ]
    detail = ", ".join(f"{p.value} {by_precision[p]}" for p in Precision if by_precision[p])
    flags = []
    if approximate:
        flags.append(f"{approximate} approximate")
    for precision in (Precision.OUTSIDE_COVERAGE, Precision.UNRESOLVED):
        if by_precision[precision]:
            flags.append(f"{by_precision[precision]} {precision.value.replace('_', ' ')} (not mapped)")
    line = "mapapp extract: " + ", ".join(parts)
    if detail:
        line += f" [{detail}]"
    if flags:
        line += "; flagged: " + ", ".join(flags)
    if output:
        line += f" -> {output}"
    return line


def _process(document: Document, resolver: Any) -> list[Incident]:
    from mapapp.pipeline import process_document

    return process_document(document, resolver)


def _progress(paths: list[Path], *, quiet: bool) -> Any:
    from tqdm import tqdm

    disable = quiet or len(paths) <= 1 or not sys.stderr.isatty()
    return tqdm(paths, desc="extract", unit="doc", file=sys.stderr, disable=disable, leave=False)


def _nothing_read_message(failures: Sequence[str]) -> str:
    """One problem is the error itself; several are listed in it, one per line."""
    if len(failures) == 1:
        return failures[0]
    # one failure a line: each made terminal-safe here, since main() escapes each line and a newline in a file
    # name would otherwise start a line of its own
    return "no document could be read:\n  " + "\n  ".join(terminal_safe(failure) for failure in failures)


def _write_stdout(data: bytes) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        buffer.write(data)
        buffer.flush()
    else:  # a text-only stream (e.g. replaced in tests): same text, decoded
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()


__all__ = ["register", "run", "summary"]
