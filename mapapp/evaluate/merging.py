"""Measuring cross-document merging: do reports of one event in different articles become one store incident?

Gold says which incidents of different documents are one event: the same
given ``id`` (an Airwars incident id shared by the texts archived as its
sources; see ``docs/gold-format.md``). After each document's predictions are
matched to its gold (:mod:`mapapp.evaluate.matching`), ALL predictions of the
run are ingested into a temporary SQLite store with the store's own ingest —
the real same-event rule and clustering of :mod:`mapapp.store.merge`, not a
re-implementation — and each prediction is looked up in the incident it ended
up in. Then:

* **events told by ≥2 documents**: gold ids given in two or more documents;
  **measurable** are those whose predictions matched in two or more documents
  (a missed report cannot be merged);
* **fully merged**: every matched prediction of the event is in one store incident;
  **store incidents per event**: how many incidents its matched predictions are
  spread over (1.0 is perfect), and **pairs merged**: of the pairs of matched
  predictions of one event in different documents, how many share an incident;
* **false merges**: store incidents holding predictions matched to different
  gold events; **merged with unmatched**: store incidents joining a matched
  prediction with a prediction of another document that matched nothing (in
  partial gold that may be a real event the gold leaves out, so it is a hint,
  not a proven error);
* **why not merged**: for each pair of one event's reports in different
  documents that ended in different incidents, the conditions of the
  same-event rule it fails (:func:`mapapp.store.merge.mismatches`: event type,
  place, date, or ``undated`` when a side has no date, casualties, actor), counted per
  combination (``event type + undated``), or ``clustering`` when the pair
  matches but the clustering kept it apart (another report of one of the
  documents, or a report date that does not match every day of the incident);
* **suggested**: what is not merged automatically may be put to an analyst as a possible duplicate
  (:func:`mapapp.store.merge.suggestion_reason`, which the store's review queue uses): **pairs suggested** of
  one event's unmerged pairs, **events merged or suggested** (every report of the event is in one incident or
  linked to the others through suggestions), **wrong suggestions** (pairs of predictions matched to different
  gold events that would be suggested: each an analyst's "not the same" click) and **suggestions in the run**
  (pairs of incidents, over every prediction, that the review queue would show); the same three counted over
  the suggestions the review queue puts first, where both reports name one place
  (:func:`mapapp.store.merge.suggestion_priority` at most 1): **ranked first**; and how well the review queue's
  order (:func:`mapapp.store.merge.review_order`) puts pairs of incidents holding one event's reports before
  pairs holding two events': its **average precision** over those pairs, against the share of right pairs
  (what an order by chance would score on average);
* **whole run**: predictions, store incidents, and incidents with two or more
  reports;
* **ids shared by different events**: a given id is one event only where its documents agree on it. Writers
  of gold files who never meant ids across documents reuse short ones (``i1``, ``omar-rockets`` for rocket
  attacks two years apart); an id whose incidents lie in different governorates or whose gold dates are more
  than :data:`REUSED_ID_DAYS` days apart names different events, so it is counted per document
  (:func:`colliding_ids`): a merge of two of them is then a false merge, not a success.

The store is the edge that does I/O here (a temporary file removed afterwards);
the rest is counting.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path
from typing import Any

from mapapp.evaluate.matching import DocumentMatching
from mapapp.model import Incident
from mapapp.store.merge import (
    ReportKey,
    effective_dates,
    mismatches,
    review_order,
    suggested_pairs,
    suggestion_priority,
    suggestion_reason,
)

#: Suggestions of at most this :func:`~mapapp.store.merge.suggestion_priority` are counted as ranked first.
FIRST_PRIORITY = 1

#: Gold dates of one given id further apart than this (the week a report date stands for) are different events.
REUSED_ID_DAYS = 7


def colliding_ids(matchings: Sequence[DocumentMatching]) -> set[str]:
    """Given ids that documents share but that name different events: incidents in different governorates, or
    gold dates more than :data:`REUSED_ID_DAYS` days apart."""
    told: dict[str, list[tuple[str, Any, str]]] = {}  # id -> (document, gold date, admin1)
    for matching in matchings:
        for gold in matching.document.incidents:
            if gold.id_given:
                value = gold.date.value if gold.date is not None else None
                told.setdefault(gold.id, []).append((matching.document.name, value, gold.admin1))
    colliding: set[str] = set()
    for event_id, reports in told.items():
        if len({name for name, _, _ in reports}) < 2:
            continue
        days = [value for _, value, _ in reports if value is not None]
        if len({admin1 for _, _, admin1 in reports}) > 1 or (days and (max(days) - min(days)).days > REUSED_ID_DAYS):
            colliding.add(event_id)
    return colliding


@dataclass
class MergeFigures:
    """Cross-document merge figures of one run (see the module docstring)."""

    events_multi_document: int = 0
    events_measurable: int = 0
    events_fully_merged: int = 0
    incidents_per_event: list[int] = field(default_factory=list)
    pairs_total: int = 0
    pairs_merged: int = 0
    false_merges: int = 0
    merged_with_unmatched: int = 0
    predictions: int = 0
    store_incidents: int = 0
    store_multi_report: int = 0
    not_merged_because: dict[str, int] = field(default_factory=dict)
    pairs_suggested: int = 0
    events_merged_or_suggested: int = 0
    wrong_suggestions: int = 0
    suggestions_in_run: int = 0
    pairs_suggested_first: int = 0
    wrong_suggestions_first: int = 0
    suggestions_first_in_run: int = 0
    review_average_precision: float | None = None
    review_right_share: float | None = None
    #: Given ids shared by documents that name different events (:func:`colliding_ids`), counted per document.
    reused_ids: list[str] = field(default_factory=list)
    false_merge_examples: list[str] = field(default_factory=list)
    with_unmatched_examples: list[str] = field(default_factory=list)
    split_examples: list[str] = field(default_factory=list)

    @property
    def mean_incidents_per_event(self) -> float | None:
        return sum(self.incidents_per_event) / len(self.incidents_per_event) if self.incidents_per_event else None

    @property
    def fully_merged_rate(self) -> float | None:
        return self.events_fully_merged / self.events_measurable if self.events_measurable else None

    @property
    def pairs_merged_rate(self) -> float | None:
        return self.pairs_merged / self.pairs_total if self.pairs_total else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "events_multi_document": self.events_multi_document,
            "events_measurable": self.events_measurable,
            "events_fully_merged": self.events_fully_merged,
            "fully_merged_rate": self.fully_merged_rate,
            "mean_incidents_per_event": self.mean_incidents_per_event,
            "pairs_total": self.pairs_total,
            "pairs_merged": self.pairs_merged,
            "pairs_merged_rate": self.pairs_merged_rate,
            "false_merges": self.false_merges,
            "merged_with_unmatched": self.merged_with_unmatched,
            "predictions": self.predictions,
            "store_incidents": self.store_incidents,
            "store_multi_report": self.store_multi_report,
            "not_merged_because": dict(self.not_merged_because),
            "pairs_suggested": self.pairs_suggested,
            "events_merged_or_suggested": self.events_merged_or_suggested,
            "wrong_suggestions": self.wrong_suggestions,
            "suggestions_in_run": self.suggestions_in_run,
            "pairs_suggested_first": self.pairs_suggested_first,
            "wrong_suggestions_first": self.wrong_suggestions_first,
            "suggestions_first_in_run": self.suggestions_first_in_run,
            "review_average_precision": self.review_average_precision,
            "review_right_share": self.review_right_share,
            "reused_ids": list(self.reused_ids),
            "false_merge_examples": list(self.false_merge_examples),
            "with_unmatched_examples": list(self.with_unmatched_examples),
            "split_examples": list(self.split_examples),
        }


def _stored_ids(matchings: Sequence[DocumentMatching]) -> dict[tuple[str, str], str]:
    """The id each prediction is stored under: its own, unless another document's prediction has it too.

    The extractor's ids are unique across documents (they hash the document); an injected extractor's may not
    be, and the store refuses a report id of another document. Such ids get their document's id in front
    (within a document the order of ids, and so the clustering, is unchanged).
    """
    owners: dict[str, set[str]] = {}
    for matching in matchings:
        document_id = matching.document.to_document().id
        for incident in matching.predicted:
            owners.setdefault(incident.id, set()).add(document_id)
    stored: dict[tuple[str, str], str] = {}
    for matching in matchings:
        document_id = matching.document.to_document().id
        for incident in matching.predicted:
            shared = len(owners[incident.id]) > 1
            stored[(document_id, incident.id)] = f"{document_id[:16]}:{incident.id}" if shared else incident.id
    return stored


def _as_stored(predicted: Sequence[Incident], document_id: str, stored: dict[tuple[str, str], str]) -> list[Incident]:
    renamed = []
    for incident in predicted:
        when = incident.date
        if when is not None and when.relative_to is not None and (document_id, when.relative_to) in stored:
            when = replace(when, relative_to=stored[(document_id, when.relative_to)])
        renamed.append(replace(incident, id=stored[(document_id, incident.id)], date=when))
    return renamed


def store_incident_of_reports(matchings: Sequence[DocumentMatching]) -> dict[tuple[str, str], str]:
    """Ingest every document's predictions into a temporary store; each (document id, prediction id) -> incident id."""
    from mapapp.store import open_store

    stored = _stored_ids(matchings)
    incident_of_stored: dict[tuple[str, str], str] = {}
    with tempfile.TemporaryDirectory(prefix="mapapp-merge-eval-") as folder:
        store = open_store(Path(folder) / "merge-eval.sqlite")
        try:
            for matching in matchings:
                document = matching.document.to_document()
                store.ingest(document, _as_stored(matching.predicted, document.id, stored))
            for incident in store.incidents(include_dismissed=True):
                for report in store.record(incident.id).reports:
                    incident_of_stored[(report.document_id, report.id)] = incident.id
        finally:
            store.close()
    return {key: incident_of_stored[(key[0], stored_id)] for key, stored_id in stored.items()}


def _report_keys(predicted: Sequence[Incident], document_id: str) -> dict[str, ReportKey]:
    """Each prediction's same-event key, built as the store builds it on ingest."""
    dates = effective_dates(predicted)
    return {incident.id: ReportKey.from_incident(incident, document_id, dates[incident.id]) for incident in predicted}


@dataclass
class _SuggestionFigures:
    wrong: int = 0
    in_run: int = 0
    wrong_first: int = 0
    first_in_run: int = 0
    average_precision: float | None = None
    right_share: float | None = None


def _average_precision(labels: Sequence[bool]) -> float | None:
    """Average precision of ``labels`` in order (True = right): the mean, over the right ones, of the share of
    right ones up to each; None when none is right."""
    hits, total = 0, 0.0
    for position, right in enumerate(labels, start=1):
        if right:
            hits += 1
            total += hits / position
    return total / hits if hits else None


def _suggestions(keys: Sequence[tuple[ReportKey, str]], gold_of_report: dict[str, str]) -> _SuggestionFigures:
    """Pairs of store incidents linked by a suggestion, and of those the pairs of predictions matched to different
    gold events (wrong); an incident pair is ranked first when its likeliest pair of reports is, as the review
    queue ranks it. The queue's order is scored over the incident pairs whose reports matched gold events (right:
    one event, wrong: two). Pairs are found as the store's review queue finds them
    (:func:`~mapapp.store.merge.suggested_pairs`)."""
    suggested: dict[tuple[str, str], int] = {}  # incident pair -> its best priority
    right_pairs: set[tuple[str, str]] = set()
    wrong_pairs: set[tuple[str, str]] = set()
    figures = _SuggestionFigures()
    for x, y, _, priority in suggested_pairs([key for key, _ in keys]):
        (key_a, incident_a), (key_b, incident_b) = keys[x], keys[y]
        if incident_a == incident_b:
            continue
        pair = (min(incident_a, incident_b), max(incident_a, incident_b))
        suggested[pair] = min(priority, suggested.get(pair, priority))
        gold_a, gold_b = gold_of_report.get(key_a.report_id), gold_of_report.get(key_b.report_id)
        if gold_a and gold_b:
            (right_pairs if gold_a == gold_b else wrong_pairs).add(pair)
        if gold_a and gold_b and gold_a != gold_b:
            figures.wrong += 1
            figures.wrong_first += priority <= FIRST_PRIORITY
    figures.in_run = len(suggested)
    figures.first_in_run = sum(1 for priority in suggested.values() if priority <= FIRST_PRIORITY)
    queue = [(a, b, priority) for (a, b), priority in sorted(suggested.items())]
    labelled = [
        (a, b) in right_pairs for a, b, _ in (queue[i] for i in review_order(queue))
        if (a, b) in right_pairs or (a, b) in wrong_pairs
    ]
    figures.average_precision = _average_precision(labelled)
    figures.right_share = sum(labelled) / len(labelled) if labelled else None
    return figures


def measure_merging(matchings: Sequence[DocumentMatching]) -> MergeFigures:
    """Cross-document merge figures of one system's matched documents (see the module docstring)."""
    figures = MergeFigures()
    incident_of = store_incident_of_reports(matchings)
    figures.predictions = sum(len(matching.predicted) for matching in matchings)
    sizes: dict[str, int] = {}
    for incident_id in incident_of.values():
        sizes[incident_id] = sizes.get(incident_id, 0) + 1
    figures.store_incidents = len(sizes)
    figures.store_multi_report = sum(1 for size in sizes.values() if size >= 2)

    documents_of_event: dict[str, set[str]] = {}
    # gold event -> [(document name, store incident, the report's same-event key)], one per matched prediction
    placed: dict[str, list[tuple[str, str, ReportKey]]] = {}
    # store incident -> gold events matched in it, and its unmatched predictions' documents
    events_in: dict[str, set[str]] = {}
    matched_documents_in: dict[str, set[str]] = {}
    unmatched_documents_in: dict[str, set[str]] = {}
    document_names: dict[str, str] = {}
    all_keys: list[tuple[ReportKey, str]] = []  # every prediction's key and store incident
    gold_of_report: dict[str, str] = {}  # report key id -> the gold event it matched (given ids only)
    colliding = colliding_ids(matchings)
    figures.reused_ids = sorted(colliding)
    for matching in matchings:
        document = matching.document
        document_id = document.to_document().id
        document_names[document_id] = document.name
        keys = _report_keys(matching.predicted, document_id)

        def event_of(gold_id: str) -> str:
            return f"{document.name}:{gold_id}" if gold_id in colliding else gold_id

        for prediction in matching.predicted:
            all_keys.append((keys[prediction.id], incident_of[(document_id, prediction.id)]))
        for gold in document.incidents:
            if gold.id_given:
                documents_of_event.setdefault(event_of(gold.id), set()).add(document.name)
        matched_ids = set()
        for match in matching.matches:
            incident_id = incident_of[(document_id, match.predicted.id)]
            matched_ids.add(match.predicted.id)
            matched_documents_in.setdefault(incident_id, set()).add(document_id)
            if match.gold.id_given:
                event = event_of(match.gold.id)
                gold_of_report[keys[match.predicted.id].report_id] = event
                placed.setdefault(event, []).append((document.name, incident_id, keys[match.predicted.id]))
                events_in.setdefault(incident_id, set()).add(event)
        for prediction in matching.predicted:
            if prediction.id not in matched_ids:
                unmatched_documents_in.setdefault(incident_of[(document_id, prediction.id)], set()).add(document_id)

    for event_id, names in sorted(documents_of_event.items()):
        if len(names) < 2:
            continue
        figures.events_multi_document += 1
        reports = placed.get(event_id, [])
        if len({name for name, _, _ in reports}) < 2:
            continue
        figures.events_measurable += 1
        spread = sorted({incident for _, incident, _ in reports})
        figures.incidents_per_event.append(len(spread))
        if len(spread) == 1:
            figures.events_fully_merged += 1
        else:
            figures.split_examples.append(f"{event_id}: {len(reports)} reports in {len(spread)} incidents")
        linked = {incident: incident for incident in spread}  # union-find over incidents: merged or suggested

        def root(incident: str) -> str:
            while linked[incident] != incident:
                incident = linked[incident]
            return incident

        for (name_a, incident_a, key_a), (name_b, incident_b, key_b) in combinations(reports, 2):
            if name_a == name_b:
                continue
            figures.pairs_total += 1
            if incident_a == incident_b:
                figures.pairs_merged += 1
            else:
                cause = " + ".join(mismatches(key_a, key_b)) or "clustering"
                figures.not_merged_because[cause] = figures.not_merged_because.get(cause, 0) + 1
                if suggestion_reason(key_a, key_b) is not None:
                    figures.pairs_suggested += 1
                    figures.pairs_suggested_first += suggestion_priority(key_a, key_b) <= FIRST_PRIORITY
                    linked[root(incident_a)] = root(incident_b)
        if len({root(incident) for incident in spread}) == 1:
            figures.events_merged_or_suggested += 1

    suggestions = _suggestions(all_keys, gold_of_report)
    figures.wrong_suggestions, figures.suggestions_in_run = suggestions.wrong, suggestions.in_run
    figures.wrong_suggestions_first, figures.suggestions_first_in_run = suggestions.wrong_first, suggestions.first_in_run
    figures.review_average_precision = suggestions.average_precision
    figures.review_right_share = suggestions.right_share
    for incident_id, events in sorted(events_in.items()):
        if len(events) >= 2:
            figures.false_merges += 1
            figures.false_merge_examples.append(f"{incident_id}: {', '.join(sorted(events))}")
    for incident_id, matched_documents in sorted(matched_documents_in.items()):
        unmatched = unmatched_documents_in.get(incident_id, set()) - matched_documents
        if unmatched:
            figures.merged_with_unmatched += 1
            matched_names = ", ".join(sorted(document_names[d] for d in matched_documents))
            unmatched_names = ", ".join(sorted(document_names[d] for d in unmatched))
            figures.with_unmatched_examples.append(f"{incident_id}: matched in {matched_names}; unmatched in {unmatched_names}")
    return figures
