"""The last extraction stage: a trained judge of the rules' incidents, their confidence, and the ones it drops.

The rules (every earlier stage) open an incident for each event they read. On real reports about one in five of
those is no incident a careful reader lists (background told like news, a second telling coreference missed, a
tally). This stage scores each incident with two small logistic models trained on real reports coded by hand
(``mapapp train-scorer``, :mod:`mapapp.evaluate.training`; the weights ship in ``mapapp/data/incident_scorer.json``
with what they were trained on and their cross-validated figures):

- the **sentence model** reads the incident's first evidence sentence as words and word pairs (numbers as ``0``)
  and says how much it reads like a report of a violent event rather than background (trained on the gold's
  incident evidence against its not-incident snippets);
- the **incident model** weighs what the rules found (:func:`incident_features`: type, actor, toll, date, place,
  where in the text, how many incidents of the kind the text has) together with the sentence model's score, and
  says how likely the incident is one the gold lists (trained on the rules' own output, matched against the gold).

Its probability becomes ``Incident.confidence``; an incident under the model's threshold (chosen by cross-validation
over collections the model was not trained on) is dropped. Plain Python: applying the weights needs no library;
training them needs scikit-learn (the ``train`` extra). Time is linear in the text: each incident's features read
its own evidence once and the document's incidents once per kind.
"""

from __future__ import annotations

import datetime
import json
import math
import os
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from mapapp.extract.lexicon import is_named_actor
from mapapp.extract.toponyms import names_country_region
from mapapp.model import Incident, Toponym

#: The format tag of a scorer file; a file of another format is refused with a clear error.
SCORER_FORMAT = "mapapp-incident-scorer/1"

_TERM_RE = re.compile(r"[a-z]+|[0-9]+")
_YEAR_RE = re.compile(r"\b(?:19[89][0-9]|20[0-4][0-9])\b")


def sentence_terms(text: str) -> list[str]:
    """The sentence model's terms of ``text``: lower-case words and numbers (every number as ``0``), and each pair
    of neighbours joined by a space; each term once, in order of first use."""
    words = ["0" if token[0].isdigit() else token for token in _TERM_RE.findall(text.lower())]
    terms = dict.fromkeys(words)
    terms.update(dict.fromkeys(f"{a} {b}" for a, b in zip(words, words[1:], strict=False)))
    return list(terms)


#: How much of an incident's first evidence span the models read: a sentence is far shorter, and a text with no
#: sentence breaks (a bulleted dump, hostile input) must not make each of its incidents read it all again.
EVIDENCE_CHARS = 1000


def first_evidence(incident: Incident) -> str:
    """The text the models read of ``incident``: its first evidence span, at most :data:`EVIDENCE_CHARS` long."""
    return incident.evidence[0].text[:EVIDENCE_CHARS] if incident.evidence else ""


def _bucket(value: float, edges: Sequence[float]) -> str:
    """The first edge ``value`` does not exceed, as text ("<=5"), else above the last (">100")."""
    for edge in edges:
        if value <= edge:
            return f"<={edge:g}"
    return f">{edges[-1]:g}"


@dataclass(frozen=True)
class CandidateCues:
    """What the rules knew about one incident that the finished :class:`~mapapp.model.Incident` does not keep."""

    weak_trigger: bool = False  # the type rests on a generic word ("attack", "incident")
    generic: bool = False  # the sentence has background wording the filter let pass
    headline: bool = False  # read from a title line
    definite: bool = False  # told as "the attack", "the strike"
    sub_governorate_place: bool = False  # its clause names a place below governorate level


def _place_toponyms(incident: Incident) -> list[Toponym]:
    """The incident's toponyms that name places: a country or a part of one its clause told ("in northern Iraq") is
    no place to the scorer, which weighs such an incident as one its text places nowhere (as it was trained)."""
    return [t for t in incident.toponyms if not (t.role == "primary" and names_country_region(t.text))]


def _primary_places(incident: Incident) -> set[str]:
    return {toponym.text.casefold() for toponym in _place_toponyms(incident) if toponym.role == "primary"}


@dataclass(frozen=True)
class DocumentTally:
    """How many of a document's incidents have each type, toll and primary place: counted once per document, so that
    each incident's features cost no pass over the others (time linear in the number of incidents)."""

    incidents: int
    first_line_end: int  # where the text's first line ends (-1: one line only)
    types: Counter[str]
    tolls: Counter[int]
    places: Counter[str]

    @classmethod
    def of(cls, incidents: Sequence[Incident], text: str = "") -> DocumentTally:
        places: Counter[str] = Counter()
        for incident in incidents:
            places.update(_primary_places(incident))
        return cls(
            incidents=len(incidents),
            first_line_end=text.find("\n"),
            types=Counter(incident.event_type.value for incident in incidents),
            tolls=Counter(i.killed.low for i in incidents if i.killed is not None and i.killed.low),
            places=places,
        )


def incident_features(
    incident: Incident,
    cues: CandidateCues,
    tally: DocumentTally,
    text: str,
    published: datetime.date | None,
) -> dict[str, float]:
    """The incident model's features of ``incident`` among its document's incidents (``tally``): binary but
    ``sentence``, which :class:`IncidentScorer` adds. Names say what they test; bucketed numbers name their bucket."""
    features: dict[str, float] = {f"type={incident.event_type.value}": 1.0}
    flags = {
        "weak_trigger": cues.weak_trigger,
        "generic": cues.generic,
        "headline": cues.headline,
        "definite": cues.definite,
        "sub_governorate_place": cues.sub_governorate_place,
        "actor_named": is_named_actor(incident.actor),
        "actor_none": incident.actor is None,
        "victims": bool(incident.victims),
        "target": bool(incident.target),
        "killed": incident.killed is not None,
        "injured": incident.injured is not None,
        "sources": bool(incident.sources),
    }
    features.update({name: 1.0 for name, on in flags.items() if on})
    killed = incident.killed
    if killed is not None and killed.low is not None:
        features[f"killed_low{_bucket(killed.low, (0, 1, 5, 20, 100))}"] = 1.0
        if killed.high is None:
            features["killed_open"] = 1.0
    date = incident.date
    features[f"date_basis={date.basis if date is not None else 'none'}"] = 1.0
    if date is not None and date.value is not None and published is not None and not date.is_report_date:
        days = (published - date.value).days
        features["days_before=after" if days < 0 else f"days_before{_bucket(days, (0, 3, 14, 60, 365))}"] = 1.0
    features[f"evidence_spans{_bucket(len(incident.evidence), (1, 2))}"] = 1.0
    toponyms = _place_toponyms(incident)
    roles = Counter(toponym.role for toponym in toponyms)
    if roles["primary"]:
        features["place_primary"] = 1.0
    elif roles["context"]:
        features["place_context_only"] = 1.0
    elif not toponyms:
        features["place_none"] = 1.0
    if any(toponym.admin1_hint for toponym in toponyms):
        features["place_governorate_told"] = 1.0
    start = incident.evidence[0].start if incident.evidence else 0
    features[f"position{_bucket(start / max(1, len(text)), (0.02, 0.1, 0.3, 0.6))}"] = 1.0
    if 0 < tally.first_line_end and start < tally.first_line_end:
        features["first_line"] = 1.0
    features[f"incidents_in_text{_bucket(tally.incidents, (1, 2, 4, 8))}"] = 1.0
    same_type = tally.types[incident.event_type.value] - 1
    features[f"same_type_others{_bucket(same_type, (0, 1, 3))}"] = 1.0
    if killed is not None and killed.low and tally.tolls[killed.low] > 1:
        # (another incident with the same dead is a second telling more often when they are several than one each)
        features["same_toll_other" if killed.low > 1 else "same_single_death_other"] = 1.0
    if any(tally.places[place] > 1 for place in _primary_places(incident)):
        features["same_place_other"] = 1.0
    evidence = first_evidence(incident)
    years = {int(year) for year in _YEAR_RE.findall(evidence)}
    if published is not None and years and any(year != published.year for year in years):
        features["other_year_named"] = 1.0
    features[f"evidence_words{_bucket(len(evidence.split()), (8, 15, 30, 50))}"] = 1.0
    return features


def _logistic(score: float) -> float:
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    exp = math.exp(score)
    return exp / (1.0 + exp)


@dataclass(frozen=True)
class LinearModel:
    """A logistic model over named binary (or real) features: ``bias`` plus the weight of each feature present."""

    bias: float
    weights: Mapping[str, float]

    def probability(self, features: Mapping[str, float]) -> float:
        weights = self.weights
        return _logistic(self.bias + sum(weights.get(name, 0.0) * value for name, value in features.items()))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], what: str) -> LinearModel:
        try:
            bias = float(data["bias"])
            weights = {str(name): float(weight) for name, weight in data["weights"].items()}
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"scorer file: the {what} model needs 'bias' and 'weights' of numbers ({exc})") from None
        if not all(math.isfinite(value) for value in (bias, *weights.values())):
            raise ValueError(f"scorer file: the {what} model has a weight that is not a finite number")
        return cls(bias=bias, weights=weights)


@dataclass(frozen=True)
class IncidentScorer:
    """The two trained models and the threshold under which an incident is dropped (see the module docstring).

    ``about`` is what the file says of its training (documents, sets, cross-validated figures), shown by
    ``mapapp train-scorer --show``.
    """

    sentence: LinearModel
    incident: LinearModel
    threshold: float
    about: Mapping[str, Any] = field(default_factory=dict)

    def sentence_score(self, evidence: str) -> float:
        """How much ``evidence`` reads like a report of a violent event (0..1)."""
        return sentence_probability(self.sentence, evidence)

    def score(self, features: Mapping[str, float], evidence: str) -> float:
        """The probability that the incident with ``features`` and first evidence sentence ``evidence`` is real."""
        return self.incident.probability({**features, "sentence": self.sentence_score(evidence)})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IncidentScorer:
        if not isinstance(data, Mapping) or data.get("format") != SCORER_FORMAT:
            raise ValueError(f'not an incident scorer file: expected "format": "{SCORER_FORMAT}"')
        try:
            threshold = float(data["threshold"])
        except (KeyError, TypeError, ValueError):
            raise ValueError("scorer file: 'threshold' must be a number") from None
        if not 0.0 <= threshold < 1.0:
            raise ValueError(f"scorer file: 'threshold' must lie in 0..1, not {threshold}")
        about = data.get("about") or {}
        if not isinstance(about, Mapping):
            raise ValueError("scorer file: 'about' must be an object (what the scorer was trained on)")
        return cls(
            sentence=LinearModel.from_dict(data.get("sentence", {}), "sentence"),
            incident=LinearModel.from_dict(data.get("incident", {}), "incident"),
            threshold=threshold,
            about=dict(about),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": SCORER_FORMAT,
            "about": dict(self.about),
            "threshold": self.threshold,
            "sentence": {
                "bias": self.sentence.bias,
                "weights": dict(self.sentence.weights),
            },
            "incident": {
                "bias": self.incident.bias,
                "weights": dict(self.incident.weights),
            },
        }


def sentence_probability(model: LinearModel, text: str) -> float:
    """What the sentence ``model`` says of ``text``: the one way it is applied, in use and in training."""
    return model.probability(dict.fromkeys(sentence_terms(text), 1.0))


def read_scorer(path: str | Path) -> IncidentScorer:
    """Load a scorer file (JSON written by ``mapapp train-scorer``); a clear ``ValueError`` if it is not one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read scorer file {path}: {exc}") from None
    return IncidentScorer.from_dict(data)


#: The environment variable naming a scorer file to use instead of the one that ships.
SCORER_ENV = "MAPAPP_SCORER"


def default_scorer() -> IncidentScorer:
    """The scorer in use: the file ``$MAPAPP_SCORER`` names (one trained by ``mapapp train-scorer``), else the one
    that ships with mapapp (``mapapp/data/incident_scorer.json``); each file read once per process."""
    return _scorer_at(os.environ.get(SCORER_ENV) or "")


@lru_cache(maxsize=4)
def _scorer_at(path: str) -> IncidentScorer:
    if path:
        return read_scorer(path)
    data = json.loads(resources.files("mapapp").joinpath("data/incident_scorer.json").read_text(encoding="utf-8"))
    return IncidentScorer.from_dict(data)


@dataclass(frozen=True)
class Candidate:
    """An incident the rules opened, with the features the scorer judges it by."""

    incident: Incident
    features: dict[str, float]

    @property
    def evidence(self) -> str:
        return first_evidence(self.incident)


def candidates(
    incidents: Sequence[Incident],
    cues: Sequence[CandidateCues],
    text: str,
    published: datetime.date | None,
) -> list[Candidate]:
    """Each of a document's rule incidents with its features (``cues`` in the same order)."""
    tally = DocumentTally.of(incidents, text)
    return [
        Candidate(incident, incident_features(incident, cue, tally, text, published))
        for incident, cue in zip(incidents, cues, strict=True)
    ]


def judged(found: Sequence[Candidate], scorer: IncidentScorer) -> Iterator[Incident]:
    """The candidates the scorer keeps, in order, each with its probability as ``confidence``."""
    for candidate in found:
        probability = scorer.score(candidate.features, candidate.evidence)
        if probability >= scorer.threshold:
            yield replace(candidate.incident, confidence=round(probability, 3))


__all__ = [
    "EVIDENCE_CHARS",
    "SCORER_ENV",
    "SCORER_FORMAT",
    "Candidate",
    "CandidateCues",
    "DocumentTally",
    "IncidentScorer",
    "LinearModel",
    "candidates",
    "default_scorer",
    "first_evidence",
    "incident_features",
    "judged",
    "read_scorer",
    "sentence_probability",
    "sentence_terms",
]
