"""An evaluation as text (figures side by side, the cross-document merging, then the misses) or as a JSON-ready dict."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mapapp.evaluate.coverage import COVERAGE_RADII_KM, GazetteerCoverage
from mapapp.evaluate.merging import MergeFigures
from mapapp.evaluate.metrics import DAY_NOT_GIVEN, Metrics, Ratio, score
from mapapp.evaluate.runner import Evaluation

_Row = tuple[str, Callable[[Metrics], str]]


def _fraction(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _ratio(ratio: Ratio) -> str:
    return "-" if ratio.value is None else f"{ratio.value:.2f} ({ratio.hits}/{ratio.total})"


def _km(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


ROWS: tuple[_Row, ...] = (
    ("incidents gold / predicted / matched", lambda m: f"{m.gold_incidents} / {m.predicted_incidents} / {m.matched}"),
    ("incident precision", lambda m: _fraction(m.precision)),
    ("incident recall", lambda m: _fraction(m.recall)),
    ("incident F1", lambda m: _fraction(m.f1)),
    ("event type accuracy", lambda m: _ratio(m.event_type)),
    ("actor accuracy", lambda m: _ratio(m.actor)),
    ("killed exact-bound accuracy", lambda m: _ratio(m.killed)),
    ("injured exact-bound accuracy", lambda m: _ratio(m.injured)),
    ("date accuracy", lambda m: _ratio(m.date)),
    ("date, a day the gold does not give counted wrong", lambda m: _ratio(m.date_strict)),
    ("admin1 accuracy", lambda m: _ratio(m.admin1)),
    ("within 5 km", lambda m: _ratio(m.within_km[5.0])),
    ("within 25 km", lambda m: _ratio(m.within_km[25.0])),
    ("within gold tolerance", lambda m: _ratio(m.within_tolerance)),
    ("mean error km (located)", lambda m: _km(m.mean_error_km)),
    ("median error km (located)", lambda m: _km(m.median_error_km)),
    ("outside coverage wrongly mapped", lambda m: _ratio(m.outside_wrongly_mapped)),
    ("not-incident violations", lambda m: _ratio(m.not_incident_violations)),
    ("matched with a report date", lambda m: _ratio(m.report_dates)),
    ("a day where the gold gives no date", lambda m: _ratio(m.day_where_gold_has_none)),
)

#: Columns of the per-collection summary: (header, figure of a Metrics).
COLLECTION_COLUMNS: tuple[_Row, ...] = (
    ("gold/pred/matched", lambda m: f"{m.gold_incidents}/{m.predicted_incidents}/{m.matched}"),
    ("P", lambda m: _fraction(m.precision)),
    ("R", lambda m: _fraction(m.recall)),
    ("F1", lambda m: _fraction(m.f1)),
    ("type", lambda m: _fraction(m.event_type.value)),
    ("actor", lambda m: _fraction(m.actor.value)),
    ("killed", lambda m: _fraction(m.killed.value)),
    ("date", lambda m: _fraction(m.date.value)),
    ("date strict", lambda m: _fraction(m.date_strict.value)),
    ("admin1", lambda m: _fraction(m.admin1.value)),
    ("25 km", lambda m: _fraction(m.within_km[25.0].value)),
    ("not-inc", lambda m: _fraction(m.not_incident_violations.value)),
)


def collection_metrics(evaluation: Evaluation, system: str | None = None) -> dict[str, Metrics]:
    """One system's (default: ours) figures per collection (the gold argument each document came from), in order."""
    name = system or next(iter(evaluation.systems))
    groups: dict[str, list[Any]] = {}
    for matching in evaluation.systems[name].matchings:
        groups.setdefault(matching.document.collection, []).append(matching)
    return {collection: score(matchings)[0] for collection, matchings in groups.items()}


def _collection_labels(collections: list[str]) -> dict[str, str]:
    """Each collection by its last path part (``ucdp-aec-2021``), or whole where two share one."""
    names = {collection: Path(collection).name or collection for collection in collections}
    counts = Counter(names.values())
    return {collection: name if counts[name] == 1 else collection for collection, name in names.items()}


def _collection_summary(evaluation: Evaluation) -> list[str]:
    """Rows per collection and a total, for our system; empty when there is only one collection."""
    per_collection = collection_metrics(evaluation)
    if len(per_collection) < 2:
        return []
    ours = next(iter(evaluation.systems.values()))
    partial = {d.collection for d in evaluation.documents if not d.complete}
    labels = _collection_labels(list(per_collection))
    rows = [
        [labels[collection] + (" (partial)" if collection in partial else ""), *(render(m) for _, render in COLLECTION_COLUMNS)]
        for collection, m in per_collection.items()
    ]
    rows.append(["total", *(render(ours.metrics) for _, render in COLLECTION_COLUMNS)])
    header = [f"per collection ({ours.name})", *(label for label, _ in COLLECTION_COLUMNS)]
    return ["", *_table(header, rows)]


def _coverage_cell(coverage: GazetteerCoverage, radius: float) -> str:
    return _ratio(Ratio(coverage.within_km[radius], coverage.gold_places))


def _coverage_section(evaluation: Evaluation) -> list[str]:
    """Rows of the gazetteer coverage: gold places with any gazetteer place within 5/10/25 km, per collection."""
    coverage = evaluation.coverage
    if coverage is None or not coverage.gold_places:
        return []
    labels = _collection_labels(list(evaluation.coverage_by_collection))
    groups = [(labels[name], figures) for name, figures in evaluation.coverage_by_collection.items()]
    if len(groups) != 1:
        groups.append(("total", coverage))
    rows = [
        [
            label,
            str(figures.gold_places),
            *(_coverage_cell(figures, radius) for radius in COVERAGE_RADII_KM),
            _km(figures.median_nearest_km),
        ]
        for label, figures in groups
    ]
    header = [
        f"gazetteer coverage ({coverage.gazetteer_points} places with own point)",
        "gold places",
        *(f"any place <= {radius:g} km" for radius in COVERAGE_RADII_KM),
        "median nearest km",
    ]
    return ["", *_table(header, rows)]


def _merging_section(figures: MergeFigures | None) -> list[str]:
    """Rows of the cross-document merge measurement (ours), with the false merges and splits named."""
    if figures is None:
        return []
    mean = figures.mean_incidents_per_event
    rows = [
        ["events told by >=2 documents (matched in >=2)", f"{figures.events_multi_document} ({figures.events_measurable})"],
        ["fully merged into one store incident", _ratio(Ratio(figures.events_fully_merged, figures.events_measurable))],
        ["store incidents per event (1.0 = merged)", "-" if mean is None else f"{mean:.2f}"],
        ["cross-document report pairs merged", _ratio(Ratio(figures.pairs_merged, figures.pairs_total))],
        [
            "pairs not merged, by conditions failed",
            "; ".join(f"{cause} {count}" for cause, count in sorted(
                figures.not_merged_because.items(), key=lambda item: (-item[1], item[0]))) or "-",
        ],
        ["unmerged pairs suggested to the analyst", _ratio(Ratio(figures.pairs_suggested, figures.pairs_total - figures.pairs_merged))],
        ["events merged or fully suggested", _ratio(Ratio(figures.events_merged_or_suggested, figures.events_measurable))],
        [
            "suggestions in the run / wrong (2 gold events)",
            f"{figures.suggestions_in_run} / {figures.wrong_suggestions}",
        ],
        [
            "ranked first (one place name): run / wrong / right",
            f"{figures.suggestions_first_in_run} / {figures.wrong_suggestions_first} / "
            f"{figures.pairs_suggested_first} of {figures.pairs_suggested} suggested pairs",
        ],
        [
            "review queue: average precision (by chance)",
            "-" if figures.review_average_precision is None or figures.review_right_share is None
            else f"{figures.review_average_precision:.2f} ({figures.review_right_share:.2f})",
        ],
        ["gold ids shared by different events (per doc)", str(len(figures.reused_ids))],
        ["false merges (incidents with >=2 gold events)", str(figures.false_merges)],
        ["matched merged with unmatched of another doc", str(figures.merged_with_unmatched)],
        [
            "store: predictions / incidents / with >=2 reports",
            f"{figures.predictions} / {figures.store_incidents} / {figures.store_multi_report}",
        ],
    ]
    lines = ["", *_table(["cross-document merging (ours, store rule)", "figure"], rows, max_width=110)]
    for label, examples in (
        ("ids shared by different events", figures.reused_ids),
        ("false merges", figures.false_merge_examples),
        ("merged with unmatched", figures.with_unmatched_examples),
        ("not merged", figures.split_examples),
    ):
        if examples:
            lines.append(f"{label}: " + "; ".join(examples[:10]) + (" ..." if len(examples) > 10 else ""))
    return lines


def _table(header: list[str], rows: list[list[str]], max_width: int = 60) -> list[str]:
    def clip(cell: str) -> str:
        cell = " ".join(cell.split())
        return cell if len(cell) <= max_width else cell[: max_width - 1] + "…"

    clipped = [[clip(cell) for cell in row] for row in [header, *rows]]
    widths = [max(len(row[i]) for row in clipped) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in clipped]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return lines


def format_report(evaluation: Evaluation, misses_of: str | None = None) -> str:
    """The figures of every system side by side, then the failed checks of ``misses_of`` (default: ours)."""
    names = list(evaluation.systems)
    documents = evaluation.documents
    incidents = [incident for document in documents for incident in document.incidents]
    with_coordinates = sum(1 for incident in incidents if incident.coordinates is not None)
    outside = sum(1 for incident in incidents if incident.outside_coverage)
    snippets = sum(1 for document in documents for item in document.not_incidents if item.snippet)
    partial = sum(1 for document in documents if not document.complete)
    lines = [
        f"Gold: {len(documents)} documents, {len(incidents)} incidents "
        f"({with_coordinates} with coordinates, {outside} outside coverage), "
        f"{snippets} checkable not-incident snippets",
    ]
    if partial:
        lines.append(
            f"Partial gold: {partial} of {len(documents)} documents list only some incidents; "
            "precision is counted over the complete ones only"
        )
    lines.append("")
    rows = [[label, *(render(evaluation.systems[name].metrics) for name in names)] for label, render in ROWS]
    lines.extend(_table(["metric", *names], rows))
    lines.extend(_collection_summary(evaluation))
    lines.extend(_coverage_section(evaluation))
    lines.extend(_merging_section(evaluation.merging))
    misses_name = misses_of or (names[0] if names else None)
    if misses_name is not None:
        misses = evaluation.systems[misses_name].misses
        # A day the gold does not give is wrong only in the strict date figure: listed, but counted apart so that
        # the misses total stays the failed checks of the scored figures (comparable with earlier runs).
        by_check = Counter(miss.check for miss in misses if miss.check != DAY_NOT_GIVEN)
        summary = ", ".join(f"{check} {count}" for check, count in by_check.most_common())
        days_not_given = len(misses) - by_check.total()
        headline = f"Misses ({misses_name}): {by_check.total()}" + (f" — {summary}" if summary else "")
        if days_not_given:
            headline += f"; listed apart: {DAY_NOT_GIVEN} {days_not_given} (wrong in 'date strict' only)"
        lines.extend(["", headline])
        if misses:
            miss_rows = [[m.document, m.gold_id, m.check, m.expected, m.predicted] for m in misses]
            lines.extend(_table(["document", "gold id", "check", "expected", "predicted"], miss_rows, max_width=70))
    return "\n".join(lines)


def evaluation_to_dict(evaluation: Evaluation) -> dict[str, Any]:
    """A JSON-ready dict: gold counts, every system's figures and failed checks."""
    documents = evaluation.documents
    return {
        "gold": {
            "documents": len(documents),
            "incidents": sum(len(document.incidents) for document in documents),
            "partial_documents": sum(1 for document in documents if not document.complete),
            "files": sorted({str(document.source) for document in documents}),
        },
        "systems": {name: result.metrics.to_dict() for name, result in evaluation.systems.items()},
        "collections": {name: m.to_dict() for name, m in collection_metrics(evaluation).items()}
        if evaluation.systems
        else {},
        "misses": {name: [miss.to_dict() for miss in result.misses] for name, result in evaluation.systems.items()},
        "merging": evaluation.merging.to_dict() if evaluation.merging is not None else None,
        "gazetteer_coverage": None
        if evaluation.coverage is None
        else {
            **evaluation.coverage.to_dict(),
            "collections": {name: c.to_dict() for name, c in evaluation.coverage_by_collection.items()},
        },
    }
