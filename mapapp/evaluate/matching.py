"""Pairing predicted incidents with gold incidents, one to one, within each document.

Each (predicted, gold) pair gets a similarity in 0..1 from the place (name
similarity of the toponyms, and the governorate), the event type, the date and,
when the gold gives an evidence snippet, whether the predicted evidence covers
it. The pairing that maximises the total similarity is found with the Hungarian
algorithm (:func:`scipy.optimize.linear_sum_assignment`); pairs below
:data:`MIN_SIMILARITY` are dropped, leaving a missed gold incident and a
spurious prediction instead of a forced match.

Matching weighs the place and the evidence most, so that a prediction at the
right place with the wrong type still matches and is then scored as a type
error. A pair is only considered at all when something ties the prediction to
that particular incident — a similar place name, overlapping evidence, or the
same governorate on the same date; sharing a type and a governorate alone is
not enough (two Turkish drone strikes in Al-Hasakah are not the same strike).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz
from scipy.optimize import linear_sum_assignment

from mapapp.evaluate.gold import GoldDate, GoldDocument, GoldIncident
from mapapp.model import Incident, IncidentDate, Span

#: Pairs less similar than this are not matched.
MIN_SIMILARITY = 0.4

#: Weights of the similarity components; those the gold does not state are left out and the rest renormalised.
WEIGHTS = {"toponym": 0.3, "admin1": 0.1, "event_type": 0.2, "date": 0.1, "evidence": 0.3}

#: A place-name similarity from which the names are taken to denote the same place.
SAME_NAME = 0.7

# Weight of a name match through a reference toponym rather than the primary one.
_REFERENCE_FACTOR = 0.8

_LEADING_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|ath|az|an)\s+")
_TELL = re.compile(r"^(?:tell|tall|tel|til)\b")
# Words that say what kind of place a name is, not which: "Hajin countryside", "the eastern countryside of X",
# "al-Omar oil field", "Tal Tamr town", "north of X" denote the place the bare name does.
_DESCRIPTOR = re.compile(
    r"\b(?:(?:north|south|east|west)(?:ern)?\s+)?(?:countryside|rural|outskirts|suburbs?|town|city|village|district|"
    r"sub district|area|region|province|governorate)\b(?:\s+of\b)?|\b(?:oil|gas)\s+field\b"
    # "north of Raqqa", "south east of Qamishli", "the western Raqqa countryside": where around the place, not which
    r"|^(?:the\s+)?(?:north|south|east|west)(?:\s*(?:east|west))?(?:ern)?\s+(?:of\s+)?"
)


def match_name(name: str) -> str:
    """A place name reduced for comparison: no diacritics, apostrophes, article or kind-of-place word, lower case.

    Written here rather than borrowed from the geocoder's normaliser on purpose:
    the evaluation must not share the code it measures.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = re.sub(r"[\u2018\u2019\u02bb\u02bc\u02be\u02bf'`]", "", stripped).lower()
    stripped = re.sub(r"[^a-z0-9]+", " ", stripped).strip()
    bare = " ".join(_DESCRIPTOR.sub(" ", stripped).split()).removeprefix("the ")
    stripped = _LEADING_ARTICLE.sub("", bare or stripped)
    return _TELL.sub("tal", stripped)


def name_similarity(first: str, second: str) -> float:
    """0..1 similarity of two place names after :func:`match_name`."""
    a, b = match_name(first), match_name(second)
    if not a or not b:
        return 0.0
    return fuzz.ratio(a, b) / 100.0


def predicted_admin1(incident: Incident) -> str | None:
    """The governorate a prediction puts the incident in: its location's, else its toponym's context hint."""
    location = incident.location
    if location is not None and location.place is not None:
        return location.place.admin1
    primary = incident.primary_toponym
    return primary.admin1_hint if primary is not None else None


def snippet_spans(text: str, snippet: str) -> list[tuple[int, int]]:
    """Every (start, end) where ``snippet`` occurs in ``text``."""
    spans: list[tuple[int, int]] = []
    start = text.find(snippet)
    while start != -1:
        spans.append((start, start + len(snippet)))
        start = text.find(snippet, start + 1)
    return spans


def evidence_overlaps(evidence: Sequence[Span], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether any evidence span shares at least one character with any of ``spans``."""
    return any(span.start < end and start < span.end for span in evidence for start, end in spans)


def same_calendar_date(gold: GoldDate, predicted: IncidentDate | None) -> bool | None:
    """Whether a predicted date equals an absolute or month/day gold date; None for a relative gold date."""
    if gold.relative_to is not None:
        return None
    if predicted is None:
        return False
    if gold.value is not None:
        return predicted.value == gold.value
    month = predicted.value.month if predicted.value else predicted.month
    day = predicted.value.day if predicted.value else predicted.day
    return month == gold.month and day == gold.day


def similarity(predicted: Incident, gold: GoldIncident, text: str) -> float:
    """0..1 similarity of a predicted and a gold incident from the same document."""
    scores: dict[str, float] = {}
    name_scores = [0.0]
    primary = predicted.primary_toponym
    for toponym in predicted.toponyms:
        factor = 1.0 if toponym is primary else _REFERENCE_FACTOR
        name_scores.extend(factor * name_similarity(toponym.text, name) for name in gold.names)
    location = predicted.location
    if location is not None and location.place is not None:
        for candidate in (location.place.name, location.matched_name or ""):
            name_scores.extend(name_similarity(candidate, name) for name in gold.names)
    scores["toponym"] = max(name_scores)
    scores["admin1"] = 1.0 if predicted_admin1(predicted) == gold.admin1 else 0.0
    scores["event_type"] = 1.0 if predicted.event_type == gold.event_type else 0.0
    if gold.date is not None:
        same = same_calendar_date(gold.date, predicted.date)
        if same is not None:
            scores["date"] = 1.0 if same else 0.0
    if gold.evidence is not None:
        scores["evidence"] = 1.0 if evidence_overlaps(predicted.evidence, snippet_spans(text, gold.evidence)) else 0.0
    anchored = (
        scores["toponym"] >= SAME_NAME
        or scores.get("evidence") == 1.0
        or (scores["admin1"] == 1.0 and scores.get("date") == 1.0)
    )
    if not anchored:
        return 0.0
    total_weight = sum(WEIGHTS[key] for key in scores)
    return sum(WEIGHTS[key] * value for key, value in scores.items()) / total_weight


@dataclass(frozen=True)
class Match:
    """A predicted incident paired with the gold incident it reports."""

    gold: GoldIncident
    predicted: Incident
    similarity: float


@dataclass
class DocumentMatching:
    """The outcome of matching one document: pairs, missed gold incidents and spurious predictions."""

    document: GoldDocument
    predicted: list[Incident]
    matches: list[Match] = field(default_factory=list)
    missed: list[GoldIncident] = field(default_factory=list)
    spurious: list[Incident] = field(default_factory=list)

    def predicted_for(self, gold_id: str) -> Incident | None:
        """The prediction matched to the gold incident ``gold_id``, if any."""
        for match in self.matches:
            if match.gold.id == gold_id:
                return match.predicted
        return None


def match_document(
    document: GoldDocument, predicted: Sequence[Incident], min_similarity: float = MIN_SIMILARITY
) -> DocumentMatching:
    """Pair ``predicted`` with ``document.incidents`` one to one, maximising the total similarity."""
    gold = list(document.incidents)
    result = DocumentMatching(document=document, predicted=list(predicted))
    if not gold or not predicted:
        result.missed = gold
        result.spurious = list(predicted)
        return result
    matrix = np.array([[similarity(p, g, document.text) for g in gold] for p in predicted], dtype=float)
    # Pairs below the threshold count as nothing, so they cannot displace a good pair in the optimum.
    rows, columns = linear_sum_assignment(np.where(matrix >= min_similarity, matrix, 0.0), maximize=True)
    matched_predicted: set[int] = set()
    matched_gold: set[int] = set()
    for row, column in zip(rows, columns, strict=True):
        if matrix[row, column] >= min_similarity:
            pair_similarity = float(matrix[row, column])
            result.matches.append(Match(gold=gold[column], predicted=predicted[row], similarity=pair_similarity))
            matched_predicted.add(int(row))
            matched_gold.add(int(column))
    result.matches.sort(key=lambda match: gold.index(match.gold))
    result.missed = [g for i, g in enumerate(gold) if i not in matched_gold]
    result.spurious = [p for i, p in enumerate(predicted) if i not in matched_predicted]
    return result
