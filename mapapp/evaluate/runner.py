"""Running the pipeline over gold documents with several geocoders and scoring each.

Extraction does not depend on the geocoder, so each document is extracted once
and its incidents geocoded with every resolver by the pipeline's own
:func:`mapapp.pipeline.geocode_document` — exactly what
:func:`mapapp.pipeline.process_document` does, without extracting three times.
Our system's predictions then go through the store's merging
(:mod:`mapapp.evaluate.merging`) to measure cross-document merges.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from mapapp.evaluate.coverage import GazetteerCoverage, coverage_by_collection
from mapapp.evaluate.gold import GoldDocument
from mapapp.evaluate.matching import MIN_SIMILARITY, DocumentMatching, match_document
from mapapp.evaluate.merging import MergeFigures, measure_merging
from mapapp.evaluate.metrics import Metrics, Miss, score
from mapapp.geocode.resolver import Resolver
from mapapp.model import Document, Incident, Place
from mapapp.pipeline import geocode_document

Extractor = Callable[[Document], list[Incident]]


@dataclass
class SystemResult:
    """One system's (geocoder's) figures, failed checks and per-document matchings."""

    name: str
    metrics: Metrics
    misses: list[Miss]
    matchings: list[DocumentMatching] = field(default_factory=list)


@dataclass
class Evaluation:
    """Results for every system on the same gold documents; the first system is ours.

    ``merging`` is the cross-document merge measurement of our system (None with fewer than two documents).
    ``coverage`` says how many gold places with coordinates have any gazetteer place nearby
    (:mod:`mapapp.evaluate.coverage`), overall and per collection; None when no gazetteer was given.
    """

    documents: list[GoldDocument]
    systems: dict[str, SystemResult]
    merging: MergeFigures | None = None
    coverage: GazetteerCoverage | None = None
    coverage_by_collection: dict[str, GazetteerCoverage] = field(default_factory=dict)


def _default_extractor() -> Extractor:
    from mapapp.extract import extract_incidents

    return extract_incidents


def evaluate(
    documents: Sequence[GoldDocument],
    resolvers: Mapping[str, Resolver],
    *,
    extractor: Extractor | None = None,
    progress: Callable[[GoldDocument], None] | None = None,
    min_similarity: float = MIN_SIMILARITY,
    gazetteer: Iterable[Place] | None = None,
) -> Evaluation:
    """Extract each document once, geocode with every resolver, match against the gold and score.

    With ``gazetteer`` (the places our geocoder uses), also measure its coverage of the gold's coordinates.

    With two or more documents, our system's predictions are also ingested into a temporary store to
    measure how reports of one event in different documents merge (:mod:`mapapp.evaluate.merging`).
    """
    extract = extractor or _default_extractor()
    matchings: dict[str, list[DocumentMatching]] = {name: [] for name in resolvers}
    for gold_document in documents:
        extracted = extract(gold_document.to_document())
        for name, resolver in resolvers.items():
            predicted = geocode_document(extracted, resolver)
            matchings[name].append(match_document(gold_document, predicted, min_similarity))
        if progress is not None:
            progress(gold_document)
    systems: dict[str, SystemResult] = {}
    for name, system_matchings in matchings.items():
        metrics, misses = score(system_matchings)
        systems[name] = SystemResult(name=name, metrics=metrics, misses=misses, matchings=system_matchings)
    ours = next(iter(systems.values()), None)
    merging = measure_merging(ours.matchings) if ours is not None and len(documents) >= 2 else None
    evaluation = Evaluation(documents=list(documents), systems=systems, merging=merging)
    if gazetteer is not None:
        evaluation.coverage, evaluation.coverage_by_collection = coverage_by_collection(documents, gazetteer)
    return evaluation
