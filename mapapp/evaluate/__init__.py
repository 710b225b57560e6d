"""Quality measurement: gold files, matching predictions to gold, figures, baselines and reports.

``load_gold`` reads gold files (see ``docs/gold-format.md``); ``evaluate`` runs
the pipeline with our geocoder and the baselines over them (and measures how
the store merges reports of one event across documents, ``measure_merging``); ``format_report``
and ``evaluation_to_dict`` present the result. The ``mapapp evaluate`` command
(:mod:`mapapp.cli.evaluate`) is the edge that does the file I/O.
"""

from mapapp.evaluate.baselines import GovernorateCentroidGeocoder, NaiveGeocoder
from mapapp.evaluate.gold import (
    GoldDocument,
    GoldError,
    GoldIncident,
    load_gold,
    load_gold_file,
)
from mapapp.evaluate.matching import DocumentMatching, Match, match_document
from mapapp.evaluate.merging import MergeFigures, measure_merging
from mapapp.evaluate.metrics import Metrics, Miss, score
from mapapp.evaluate.report import evaluation_to_dict, format_report
from mapapp.evaluate.runner import Evaluation, SystemResult, evaluate

__all__ = [
    "DocumentMatching",
    "Evaluation",
    "GoldDocument",
    "GoldError",
    "GoldIncident",
    "GovernorateCentroidGeocoder",
    "Match",
    "MergeFigures",
    "Metrics",
    "Miss",
    "NaiveGeocoder",
    "SystemResult",
    "evaluate",
    "evaluation_to_dict",
    "format_report",
    "load_gold",
    "load_gold_file",
    "match_document",
    "measure_merging",
    "score",
]
