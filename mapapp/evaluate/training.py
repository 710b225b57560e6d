"""Training the incident scorer (:mod:`mapapp.extract.scoring`) on gold documents, and what it is worth.

Two kinds of examples come from complete gold documents (partial gold cannot say a prediction is wrong):

- **sentences**: each gold incident's ``evidence`` (an event) and each not-incident ``snippet`` (background);
- **candidates**: every incident the rules read (:func:`~mapapp.extract.incidents.extract_candidates`), geocoded as
  the pipeline does and matched against the gold as ``mapapp evaluate`` does: matched is real, unmatched is not.

Both models are L2 logistic regressions (scikit-learn, the ``train`` extra; only training needs it). The candidate
model is trained on sentence scores *cross-fitted* by collection (each collection's candidates scored by a sentence
model that never saw that collection), as it meets sentences it never saw in use. The threshold and the figures
stored with the model come from leave-one-collection-out cross-validation: for each collection, both models are
trained on the others and its candidates scored; the threshold is the one that gives the best F1 over all those
out-of-fold scores. A collection is a gold folder given on the command line (one collector, one writer), so the
figures say how the scorer carries over to a writer it has not seen.
"""

from __future__ import annotations

import contextlib
import datetime
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from mapapp.evaluate.gold import GoldDocument
from mapapp.evaluate.matching import match_document
from mapapp.extract.scoring import IncidentScorer, LinearModel, sentence_probability, sentence_terms
from mapapp.geocode.resolver import Resolver

#: A term must occur in this many training sentences to get a weight (rarer ones would only memorise a text).
MIN_TERM_SENTENCES = 2
#: Inverse regularisation strength of the sentence model and of the candidate model.
SENTENCE_C = 1.0
CANDIDATE_C = 0.3
#: Thresholds tried; the one with the best cross-validated F1 is kept (the lowest of equals).
THRESHOLDS = tuple(round(0.05 * step, 2) for step in range(15))


@dataclass(frozen=True)
class SentenceExample:
    text: str
    is_event: bool
    collection: str
    document: str = ""  # the gold document it comes from (folds within a collection when there is one only)


@dataclass(frozen=True)
class CandidateExample:
    features: dict[str, float]
    evidence: str
    is_real: bool
    collection: str
    document: str = ""


@dataclass
class TrainingSet:
    """The examples of a set of gold documents, and how many gold incidents their complete documents hold."""

    sentences: list[SentenceExample]
    candidates: list[CandidateExample]
    gold_incidents: Counter[str]  # per collection

    @property
    def collections(self) -> list[str]:
        return sorted(set(self.gold_incidents) | {example.collection for example in self.candidates})


def training_set(
    documents: Iterable[GoldDocument],
    resolver: Resolver,
    progress: Callable[[GoldDocument], None] | None = None,
) -> TrainingSet:
    """Read every complete gold document: its sentence examples and its rule candidates, labelled by matching."""
    from mapapp.extract.incidents import extract_candidates
    from mapapp.pipeline import geocode_document

    result = TrainingSet(sentences=[], candidates=[], gold_incidents=Counter())
    for document in documents:
        if progress is not None:
            progress(document)
        if not document.complete:
            continue
        collection = document.collection
        result.gold_incidents[collection] += len(document.incidents)
        result.sentences.extend(
            SentenceExample(incident.evidence, True, collection, document.name)
            for incident in document.incidents
            if incident.evidence
        )
        result.sentences.extend(
            SentenceExample(item.snippet, False, collection, document.name) for item in document.not_incidents if item.snippet
        )
        found = extract_candidates(document.to_document())
        located = geocode_document([candidate.incident for candidate in found], resolver)
        if len(located) != len(found):  # geocoding keeps one incident per incident, in order
            raise RuntimeError(f"{document.name}: geocoding changed the number of incidents")
        matching = match_document(document, located)
        real = {id(match.predicted) for match in matching.matches}
        result.candidates.extend(
            CandidateExample(candidate.features, candidate.evidence, id(incident) in real, collection, document.name)
            for candidate, incident in zip(found, located, strict=True)
        )
    return result


@contextlib.contextmanager
def _one_thread() -> Iterator[None]:
    """Numerical libraries held to one thread while training: the models are small (thousands of rows), and a BLAS
    pool of several threads made each fit several times slower on a shared machine (same weights either way)."""
    try:
        from threadpoolctl import threadpool_limits  # installed with scikit-learn
    except ImportError:  # pragma: no cover - only the speed differs
        yield
        return
    with threadpool_limits(limits=1):
        yield


def _fit(rows: Sequence[dict[str, float]], labels: Sequence[bool], c: float, kinds: str) -> LinearModel:
    """An L2 logistic regression over named features (deterministic: lbfgs, no sampling); ``kinds`` names the two
    labels for the error when the examples have only one of them."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:  # pragma: no cover - the message is the point
        raise RuntimeError("training the scorer needs scikit-learn: pip install 'mapapp[train]'") from None
    if len(set(labels)) < 2:
        raise ValueError(f"training needs {kinds} (in every set of collections but one)")
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, list(labels))
    names = vectorizer.get_feature_names_out()
    weights = {str(name): round(float(w), 5) for name, w in zip(names, model.coef_[0], strict=True) if abs(w) >= 1e-5}
    return LinearModel(bias=round(float(model.intercept_[0]), 5), weights=weights)


def fit_sentence_model(examples: Sequence[SentenceExample]) -> LinearModel:
    """The sentence model: words and word pairs of each example, those in fewer than two examples left out."""
    term_sets = [sentence_terms(example.text) for example in examples]
    counts = Counter(term for terms in term_sets for term in terms)
    rows = [{term: 1.0 for term in terms if counts[term] >= MIN_TERM_SENTENCES} for terms in term_sets]
    return _fit(rows, [example.is_event for example in examples], SENTENCE_C, "event and background sentences")


#: Folds of documents for cross-fitting the sentence scores within one collection (when there is no other).
DOCUMENT_FOLDS = 5


def _cross_fitted_sentence_scores(data: TrainingSet, collections: Sequence[str]) -> list[float]:
    """Each candidate's sentence score from a sentence model that never saw its collection; with one collection only
    (a fold of cross-validation over two), one that never saw its document (folds of documents), so that the
    candidate model never learns from sentence scores of text the sentence model was trained on."""
    if len(collections) >= 2:
        fold_of = {collection: collection for collection in collections}
        sentence_fold, candidate_fold = (lambda s: s.collection), (lambda c: c.collection)
    else:
        documents = sorted({c.document for c in data.candidates} | {s.document for s in data.sentences})
        fold_of = {document: str(index % DOCUMENT_FOLDS) for index, document in enumerate(documents)}
        sentence_fold, candidate_fold = (lambda s: fold_of[s.document]), (lambda c: fold_of[c.document])
        if len(set(fold_of.values())) < 2:  # one document (or none named): nothing to hold out, all sentences
            model = fit_sentence_model(data.sentences)
            return [sentence_probability(model, example.evidence) for example in data.candidates]
    scores = [0.0] * len(data.candidates)
    for fold in sorted(set(fold_of.values())):
        if not any(candidate_fold(example) == fold for example in data.candidates):
            continue
        model = fit_sentence_model([s for s in data.sentences if sentence_fold(s) != fold])
        for index, example in enumerate(data.candidates):
            if candidate_fold(example) == fold:
                scores[index] = sentence_probability(model, example.evidence)
    return scores


def fit_candidate_model(examples: Sequence[CandidateExample], sentence_scores: Sequence[float]) -> LinearModel:
    rows = [{**example.features, "sentence": score} for example, score in zip(examples, sentence_scores, strict=True)]
    return _fit(rows, [example.is_real for example in examples], CANDIDATE_C, "real and wrong candidates")


def _figures(kept_real: int, kept: int, gold: int) -> dict[str, float]:
    precision = kept_real / kept if kept else 0.0
    recall = kept_real / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
    }


def out_of_fold_scores(data: TrainingSet) -> list[float]:
    """Each candidate's probability from a scorer trained without its collection (both models: the held-out
    collection's sentences and candidates are not seen, not even by the cross-fitted sentence scores), applied as in
    use (:meth:`IncidentScorer.score`)."""
    collections = data.collections
    if len(collections) < 2:
        raise ValueError("cross-validation needs gold from at least two collections (folders)")
    scores = [0.0] * len(data.candidates)
    for held_out in collections:
        inside = TrainingSet(
            sentences=[s for s in data.sentences if s.collection != held_out],
            candidates=[c for c in data.candidates if c.collection != held_out],
            gold_incidents=Counter(),
        )
        inner = [c for c in inside.collections if c != held_out]
        scorer = IncidentScorer(
            sentence=fit_sentence_model(inside.sentences),
            incident=fit_candidate_model(inside.candidates, _cross_fitted_sentence_scores(inside, inner)),
            threshold=0.0,
        )
        for index, example in enumerate(data.candidates):
            if example.collection == held_out:
                scores[index] = scorer.score(example.features, example.evidence)
    return scores


def figures_at(
    data: TrainingSet, scores: Sequence[float], threshold: float, collection: str | None = None
) -> dict[str, float]:
    """Precision, recall and F1 of the candidates scored ``threshold`` or more (of ``collection``, else of all),
    recall against the gold incidents of the complete documents."""
    chosen = [
        (example, score)
        for example, score in zip(data.candidates, scores, strict=True)
        if collection is None or example.collection == collection
    ]
    kept = [example for example, score in chosen if score >= threshold]
    total = sum(data.gold_incidents.values()) if collection is None else data.gold_incidents[collection]
    return _figures(sum(1 for example in kept if example.is_real), len(kept), total)


def best_threshold(data: TrainingSet, scores: Sequence[float], collections: Iterable[str] | None = None) -> float:
    """The threshold of :data:`THRESHOLDS` with the best F1 over the candidates of ``collections`` (default: all),
    the lowest of equals."""
    chosen = None if collections is None else set(collections)
    members = [index for index, example in enumerate(data.candidates) if chosen is None or example.collection in chosen]
    gold = sum(data.gold_incidents.values()) if chosen is None else sum(data.gold_incidents[c] for c in chosen)

    def f1(threshold: float) -> float:
        kept = [index for index in members if scores[index] >= threshold]
        return _figures(sum(1 for index in kept if data.candidates[index].is_real), len(kept), gold)["f1"]

    return max(THRESHOLDS, key=lambda threshold: (f1(threshold), -threshold))


def nested_threshold_figures(data: TrainingSet, scores: Sequence[float]) -> dict[str, float]:
    """Precision, recall and F1 when each collection's candidates are cut at the threshold that is best over the
    *other* collections' out-of-fold scores: the threshold is never chosen with the judged collection in view, so
    these figures are not raised by that choice as the ones at the single best threshold are (the scores themselves
    come from models that never saw the judged collection either)."""
    kept_real = kept = 0
    collections = data.collections
    for held_out in collections:
        threshold = best_threshold(data, scores, [c for c in collections if c != held_out])
        for example, score in zip(data.candidates, scores, strict=True):
            if example.collection == held_out and score >= threshold:
                kept += 1
                kept_real += example.is_real
    return _figures(kept_real, kept, sum(data.gold_incidents.values()))


def cross_validate(data: TrainingSet) -> tuple[float, dict[str, Any]]:
    """Leave-one-collection-out scores of every candidate (:func:`out_of_fold_scores`); the threshold with the best
    F1 over them and the figures at it.

    Recall is counted against the gold incidents of the complete documents, as ``mapapp evaluate`` does; dropping a
    candidate never makes another one match (approximate: a dropped real one could have freed a gold incident). The
    threshold is chosen on the same out-of-fold scores the figures are read from, so the figures "with the scorer"
    are a little optimistic (one value chosen of :data:`THRESHOLDS`); ``with_scorer_nested`` gives the figures
    without that choice (:func:`nested_threshold_figures`)."""
    with _one_thread():
        scores = out_of_fold_scores(data)
    collections = data.collections

    def at(threshold: float, collection: str | None = None) -> dict[str, float]:
        return figures_at(data, scores, threshold, collection)

    threshold = best_threshold(data, scores)
    figures = {
        "collections": len(collections),
        "candidates": len(data.candidates),
        "real_candidates": sum(1 for example in data.candidates if example.is_real),
        "gold_incidents": sum(data.gold_incidents.values()),
        "rules_only": at(0.0),
        "with_scorer": at(threshold),
        "with_scorer_nested": nested_threshold_figures(data, scores),
        "per_collection": {c: {"rules_only": at(0.0, c), "with_scorer": at(threshold, c)} for c in collections},
    }
    return threshold, figures


def train_scorer(data: TrainingSet, today: datetime.date | None = None) -> IncidentScorer:
    """Both models trained on all of ``data``, with the cross-validated threshold and figures in ``about``."""
    threshold, figures = cross_validate(data)
    with _one_thread():
        sentence_model = fit_sentence_model(data.sentences)
        candidate_model = fit_candidate_model(data.candidates, _cross_fitted_sentence_scores(data, data.collections))
    about = {
        "trained": (today or datetime.date.today()).isoformat(),
        "sentences": {
            "events": sum(1 for s in data.sentences if s.is_event),
            "background": sum(1 for s in data.sentences if not s.is_event),
        },
        "cross_validation": figures,
    }
    return IncidentScorer(
        sentence=sentence_model,
        incident=candidate_model,
        threshold=threshold,
        about=about,
    )


__all__ = [
    "CandidateExample",
    "SentenceExample",
    "TrainingSet",
    "DOCUMENT_FOLDS",
    "best_threshold",
    "cross_validate",
    "figures_at",
    "fit_candidate_model",
    "fit_sentence_model",
    "nested_threshold_figures",
    "out_of_fold_scores",
    "train_scorer",
    "training_set",
]
