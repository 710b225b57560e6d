"""``mapapp train-scorer GOLD... --out PATH`` and ``mapapp train-scorer --show [PATH]``: the incident scorer.

Trains the scorer that judges the rules' incidents (:mod:`mapapp.extract.scoring`) on complete gold folders, one
folder per collection (writer or collector), and writes it atomically as JSON with its cross-validated figures
(:mod:`mapapp.evaluate.training`). ``mapapp extract``, the store and the app use the file ``$MAPAPP_SCORER`` names,
else the one that ships. Training needs scikit-learn (``pip install 'mapapp[train]'``); using a scorer does not.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from mapapp.cli import CliError
from mapapp.cli.common import BOUNDARIES_HELP


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "train-scorer",
        help="train the scorer that judges extracted incidents, on complete gold folders",
        description="Train the incident scorer on complete gold folders (one per collector or writer; at least two, "
        "for the leave-one-folder-out figures and threshold) and write it as JSON; or show a scorer's figures.",
    )
    parser.add_argument(
        "gold",
        nargs="*",
        metavar="GOLD",
        help="gold folders (or files), one collection each",
    )
    parser.add_argument("--out", metavar="PATH", help="where to write the scorer (JSON)")
    parser.add_argument(
        "--gazetteer",
        metavar="PATH",
        help="gazetteer to geocode with (default: as 'mapapp extract')",
    )
    parser.add_argument("--boundaries", metavar="PATH", help=BOUNDARIES_HELP)
    parser.add_argument(
        "--show",
        nargs="?",
        const="",
        metavar="PATH",
        help="print what a scorer file says of its training and cross-validation (default: the one in use)",
    )
    parser.set_defaults(func=run)


def _collection_label(path: str) -> str:
    """A folder named by its last two parts ("web21/c3"): no user's directory layout goes into a shared file."""
    parts = [part for part in Path(path).parts if part not in ("/", "")]
    return "/".join(parts[-2:]) if parts else path


def run(args: argparse.Namespace) -> int:
    from mapapp.extract.scoring import default_scorer, read_scorer

    if args.show is not None:
        try:
            scorer = read_scorer(args.show) if args.show else default_scorer()
        except ValueError as exc:
            raise CliError(str(exc)) from None
        print(
            json.dumps(
                {"threshold": scorer.threshold, **scorer.about},
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    if not args.gold or not args.out:
        raise CliError("give gold folders and --out PATH (or --show)")
    return _train(args)


def _train(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from tqdm import tqdm

    from mapapp.cli.common import load_boundaries_or_fail, load_gazetteer_or_fail
    from mapapp.evaluate import GoldError, load_gold
    from mapapp.evaluate.training import train_scorer, training_set
    from mapapp.geocode import Geocoder
    from mapapp.io.atomic import atomic_write

    _check_before_reading(args.gold, args.out)
    try:
        documents = [
            replace(document, collection=_collection_label(path))
            for path in args.gold
            for document in load_gold([path])
        ]
    except GoldError as exc:
        raise CliError(str(exc)) from None
    # placed as 'mapapp evaluate' places them (boundaries checked when there are any): its matching reads the place
    resolver = Geocoder(load_gazetteer_or_fail(args.gazetteer), boundaries=load_boundaries_or_fail(args.boundaries))
    with tqdm(total=len(documents), unit="doc", desc="reading gold", file=sys.stderr) as bar:
        data = training_set(documents, resolver, progress=lambda _document: bar.update(1))
    try:
        scorer = train_scorer(data)
    except (ValueError, RuntimeError) as exc:
        raise CliError(str(exc)) from None
    with atomic_write(args.out, "w", encoding="utf-8") as handle:
        json.dump(scorer.to_dict(), handle, indent=1, ensure_ascii=False, sort_keys=True)
        handle.write("\n")
    figures = scorer.about["cross_validation"]
    print(
        f"trained on {figures['candidates']} candidates ({figures['real_candidates']} real) and "
        f"{len(data.sentences)} gold sentences from {figures['collections']} collections; threshold "
        f"{scorer.threshold}; leave-one-collection-out P/R/F1 rules only {_prf(figures['rules_only'])}, "
        f"with the scorer {_prf(figures['with_scorer'])} (threshold chosen on the other collections: "
        f"{_prf(figures['with_scorer_nested'])}); written to {args.out}"
    )
    return 0


def _check_before_reading(gold: list[str], out: str) -> None:
    """What would make training fail only after every gold document is read: no scikit-learn, fewer than two
    collections, two folders of one name (they would be counted as one collection), a folder to write in that does
    not exist."""
    labels: dict[str, str] = {}
    for path in gold:
        label = _collection_label(path)
        if label in labels:
            if Path(labels[label]).resolve() == Path(path).resolve():
                raise CliError(f"{path} is given twice")
            raise CliError(f"{labels[label]} and {path} would both be collection {label!r}: rename one")
        labels[label] = path
    if len(labels) < 2:
        raise CliError("cross-validation needs gold from at least two collections (folders)")
    if not Path(out).parent.is_dir():
        raise CliError(f"cannot write {out}: folder {Path(out).parent} does not exist")
    try:
        import sklearn  # noqa: F401
    except ImportError:
        raise CliError("training the scorer needs scikit-learn: pip install 'mapapp[train]'") from None


def _prf(figures: dict[str, float]) -> str:
    return f"{figures['precision']:.3f}/{figures['recall']:.3f}/{figures['f1']:.3f}"
