"""``mapapp evaluate GOLD... [--partial] [--partial-gold GOLD] [--gazetteer PATH] [--boundaries PATH] [--json]``: measure quality against gold.

Runs the pipeline over every gold document with our geocoder and with the two
baselines (naive exact-name lookup, governorate centroid) and prints the
figures side by side, one summary row per GOLD argument when there are
several, the gazetteer's coverage of the gold coordinates (distinct gold places
with any gazetteer place within 5/10/25 km, whatever was extracted), plus the
list of misses, or everything as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from mapapp.cli import CliError
from mapapp.cli.common import BOUNDARIES_HELP

#: Show a progress bar from this many documents on.
PROGRESS_MIN_DOCUMENTS = 10


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="measure extraction and geocoding quality against gold files",
        description="Run the pipeline over gold documents and report precision/recall, attribute accuracy "
        "and geocoding accuracy for our geocoder and two baselines (see docs/gold-format.md).",
    )
    parser.add_argument("gold", nargs="*", metavar="GOLD", help="gold JSON files or folders of *.json")
    parser.add_argument("--gazetteer", metavar="PATH", help="gazetteer to geocode with (default: as 'mapapp extract')")
    parser.add_argument("--boundaries", metavar="PATH", help=BOUNDARIES_HELP)
    parser.add_argument(
        "--partial",
        action="store_true",
        help="treat every gold document as partial (as if it said \"complete\": false): predictions that match "
        "no listed incident are not spurious, and precision is counted over complete documents only",
    )
    parser.add_argument(
        "--partial-gold",
        action="append",
        default=[],
        metavar="GOLD",
        help="a further gold file or folder, evaluated as partial gold beside the GOLD given (repeatable): "
        "e.g. a complete set and two partial ones in one run, one summary row each",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from mapapp.evaluate import (
        GoldError,
        evaluate,
        evaluation_to_dict,
        format_report,
        load_gold,
    )
    from mapapp.cli.common import load_scorer_or_fail
    from mapapp.extract.scoring import SCORER_ENV
    from mapapp.evaluate.baselines import GovernorateCentroidGeocoder, NaiveGeocoder

    try:
        if not args.gold and not args.partial_gold:
            raise GoldError("give at least one gold file or folder")
        documents = load_gold(args.gold, partial=args.partial) + load_gold(args.partial_gold, partial=True)
    except GoldError as exc:
        raise CliError(str(exc)) from None

    scorer = load_scorer_or_fail()
    if os.environ.get(SCORER_ENV):  # figures of another scorer than the one that ships: said, lest they be taken for its
        print(
            f"mapapp evaluate: incidents judged by the scorer ${SCORER_ENV} names: {os.environ[SCORER_ENV]} "
            f"(threshold {scorer.threshold})",
            file=sys.stderr,
        )
    resolvers = _resolvers(args.gazetteer, args.boundaries, NaiveGeocoder, GovernorateCentroidGeocoder)
    with tqdm(
        total=len(documents),
        unit="doc",
        desc="evaluating",
        file=sys.stderr,
        disable=len(documents) < PROGRESS_MIN_DOCUMENTS or args.json and not sys.stderr.isatty(),
    ) as bar:
        evaluation = evaluate(
            documents,
            resolvers,
            progress=lambda _document: bar.update(1),
            gazetteer=resolvers["ours"].gazetteer,
        )

    if args.json:
        print(json.dumps(evaluation_to_dict(evaluation), indent=2, ensure_ascii=False))
    else:
        print(format_report(evaluation))
    return 0


def _resolvers(gazetteer_path: str | None, boundaries_path: str | None, naive: Any, governorate: Any) -> dict[str, Any]:
    """Our geocoder (checking points against the boundaries, if any are found) and the two baselines."""
    from mapapp.cli.common import load_boundaries_or_fail, load_gazetteer_or_fail
    from mapapp.geocode import Geocoder

    gazetteer = load_gazetteer_or_fail(gazetteer_path)
    boundaries = load_boundaries_or_fail(boundaries_path)
    resolvers: dict[str, Any] = {"ours": Geocoder(gazetteer, boundaries=boundaries), "naive": naive(gazetteer)}
    try:
        resolvers["governorate"] = governorate(gazetteer)
    except ValueError as exc:  # a gazetteer without governorate records: skip that baseline, say why
        print(f"mapapp: note: governorate baseline skipped ({exc})", file=sys.stderr)
    return resolvers
