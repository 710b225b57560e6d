"""Quality figures from matched documents: incident detection, attributes and toponym resolution.

Detection is precision/recall/F1 over incidents (a match is a true positive).
Precision is counted over *complete* gold documents only: in partial gold
(``"complete": false``, ``mapapp evaluate --partial``) a prediction that matches
no listed incident may be a real incident the gold leaves out, so it is not
spurious; with no complete document, precision and F1 are None (shown "-").
Attribute accuracies are counted over matched pairs whose gold states the
attribute; a date is also counted (as right) when the gold gives none and the
prediction carries the publication date marked as a report date
(``IncidentDate.is_report_date``), and ``report_dates`` says how many matched
predictions carry such a date. Toponym resolution is counted over matched pairs: the governorate
(admin1) for gold places inside coverage; the distance to the gold
coordinates where the gold gives them (an unmappable prediction counts as a
miss at every radius and is left out of the error mean/median); and, for gold
places outside coverage, how many were wrongly put on the map.

Every check that fails is also recorded as a :class:`Miss` for the report.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from mapapp.evaluate.gold import GoldBounds, GoldDate, GoldIncident
from mapapp.evaluate.matching import (
    DocumentMatching,
    evidence_overlaps,
    predicted_admin1,
    snippet_spans,
)
from mapapp.extract.lexicon import ORGANISATION_NAMES
from mapapp.model import Casualties, Incident

EARTH_RADIUS_KM = 6371.0088
#: Radii (km) of the "within" accuracies.
RADII_KM: tuple[float, ...] = (5.0, 25.0)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (a five-line formula; a geodesy library would add nothing at this scale)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


@dataclass
class Ratio:
    """``hits`` out of ``total``; ``value`` is None when nothing was counted."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.total += 1
        self.hits += int(hit)

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"hits": self.hits, "total": self.total, "value": self.value}


#: The check of a miss where the gold gives no date but the prediction gives a calendar day (not a report date).
DAY_NOT_GIVEN = "day the gold does not give"


@dataclass(frozen=True)
class Miss:
    """One failed check: which document and gold incident, what was expected and what was predicted."""

    document: str
    gold_id: str
    check: str
    expected: str
    predicted: str

    def to_dict(self) -> dict[str, str]:
        return {
            "document": self.document,
            "gold_id": self.gold_id,
            "check": self.check,
            "expected": self.expected,
            "predicted": self.predicted,
        }


@dataclass
class Metrics:
    """All figures for one system (our geocoder or a baseline) over a gold set."""

    documents: int = 0
    gold_incidents: int = 0
    predicted_incidents: int = 0
    matched: int = 0
    complete_documents: int = 0
    predicted_in_complete: int = 0
    matched_in_complete: int = 0
    event_type: Ratio = field(default_factory=Ratio)
    actor: Ratio = field(default_factory=Ratio)
    killed: Ratio = field(default_factory=Ratio)
    injured: Ratio = field(default_factory=Ratio)
    date: Ratio = field(default_factory=Ratio)
    admin1: Ratio = field(default_factory=Ratio)
    within_km: dict[float, Ratio] = field(default_factory=lambda: {radius: Ratio() for radius in RADII_KM})
    within_tolerance: Ratio = field(default_factory=Ratio)
    errors_km: list[float] = field(default_factory=list)
    outside_wrongly_mapped: Ratio = field(default_factory=Ratio)
    not_incident_violations: Ratio = field(default_factory=Ratio)
    report_dates: Ratio = field(default_factory=Ratio)
    #: Of the matched incidents whose gold gives no date (not scored for date), those predicted with a calendar
    #: day rather than a report date: a day the text may not give, shown so that it is never hidden by the scoring.
    day_where_gold_has_none: Ratio = field(default_factory=Ratio)

    @property
    def date_strict(self) -> Ratio:
        """The date figure with a day the gold does not give counted wrong: right dates over the scored dates plus
        the matched incidents whose gold gives no date but which were predicted with a calendar day (not a marked
        report date). :attr:`date` leaves those unscored, so a rule that gives days to undated incidents cannot
        lower it; this figure falls with each such day."""
        return Ratio(self.date.hits, self.date.total + self.day_where_gold_has_none.hits)

    @property
    def precision(self) -> float | None:
        """Matched over predicted incidents, in complete gold documents only (None without any)."""
        return self.matched_in_complete / self.predicted_in_complete if self.predicted_in_complete else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold_incidents if self.gold_incidents else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def mean_error_km(self) -> float | None:
        return statistics.fmean(self.errors_km) if self.errors_km else None

    @property
    def median_error_km(self) -> float | None:
        return statistics.median(self.errors_km) if self.errors_km else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "gold_incidents": self.gold_incidents,
            "predicted_incidents": self.predicted_incidents,
            "matched": self.matched,
            "complete_documents": self.complete_documents,
            "predicted_in_complete": self.predicted_in_complete,
            "matched_in_complete": self.matched_in_complete,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "event_type_accuracy": self.event_type.to_dict(),
            "actor_accuracy": self.actor.to_dict(),
            "killed_accuracy": self.killed.to_dict(),
            "injured_accuracy": self.injured.to_dict(),
            "date_accuracy": self.date.to_dict(),
            "date_strict": self.date_strict.to_dict(),
            "admin1_accuracy": self.admin1.to_dict(),
            **{f"within_{radius:g}km": ratio.to_dict() for radius, ratio in self.within_km.items()},
            "within_tolerance": self.within_tolerance.to_dict(),
            "mean_error_km": self.mean_error_km,
            "median_error_km": self.median_error_km,
            "located_with_coordinates": len(self.errors_km),
            "outside_coverage_wrongly_mapped": self.outside_wrongly_mapped.to_dict(),
            "not_incident_violations": self.not_incident_violations.to_dict(),
            "report_dates": self.report_dates.to_dict(),
            "day_where_gold_has_none": self.day_where_gold_has_none.to_dict(),
        }


# --------------------------------------------------------------------------- single checks


def _words(text: str) -> list[str]:
    return [w for w in re.sub(r"[^a-z0-9]+", " ", text.lower()).split() if w != "the"]


#: A country and its adjective name the same sponsor before "-backed", "-led": "Turkey-backed factions" is
#: "Turkish-backed factions", "Iranian-backed militias" "Iran-backed militias" (a bare "Turkey" stays the state).
_SPONSOR_ADJECTIVES = {"turkey": "turkish", "iran": "iranian", "russia": "russian", "iraq": "iraqi"}
_SPONSORED = frozenset({"backed", "led", "allied", "supported", "sponsored"})


#: Each well-known name of one organisation (the extractor's :data:`~mapapp.extract.lexicon.ORGANISATION_NAMES`), by
#: its words, to the words of its canonical name: a gold "Islamic State" or "IS" names the party of a predicted "ISIS".
_ORGANISATION_WORDS = {
    tuple(_words(name)): _words(canonical) for canonical, names in ORGANISATION_NAMES.items() for name in names
}


def _actor_words(name: str) -> str:
    """A name's words, space-padded, with a sponsoring country written as its adjective (``_SPONSOR_ADJECTIVES``) and
    a whole name that is one of an organisation's well-known names written as its canonical name."""
    words = _words(name)
    words = _ORGANISATION_WORDS.get(tuple(words), words)
    spelled = [
        _SPONSOR_ADJECTIVES.get(word, word) if index + 1 < len(words) and words[index + 1] in _SPONSORED else word
        for index, word in enumerate(words)
    ]
    return " " + " ".join(spelled) + " "


def actor_correct(gold: Sequence[str], predicted: str | None) -> bool:
    """Right when every word of one acceptable gold name occurs in the predicted actor, in order.

    ``"US-led coalition"`` accepts ``"the US-led coalition forces"``, ``"Turkey-backed factions"``
    ``"Turkish-backed factions"`` (one sponsor, :data:`_SPONSOR_ADJECTIVES`), ``"Islamic State"`` ``"ISIS"`` (one
    organisation, :data:`_ORGANISATION_WORDS`); an empty gold list (the text names no
    actor) accepts only no actor.
    """
    if not gold:
        return not predicted
    if not predicted:
        return False
    predicted_words = _actor_words(predicted)
    return any(_actor_words(name) in predicted_words for name in gold if _words(name))


def bounds_correct(gold: GoldBounds | None, predicted: Casualties | None) -> bool:
    """Exact-bound accuracy: low and high both equal. A null gold (no figure) accepts no figure."""
    if gold is None:
        return predicted is None or (predicted.low is None and predicted.high is None)
    if predicted is None:
        return False
    return predicted.low == gold.low and predicted.high == gold.high


def effective_date(incident: Incident, others: Sequence[Incident]) -> date | None:
    """A prediction's calendar date: its own value, or one step through ``relative_to`` another prediction."""
    if incident.date is None:
        return None
    if incident.date.value is not None:
        return incident.date.value
    if incident.date.relative_to is not None and incident.date.days_after is not None:
        for other in others:
            if other.id == incident.date.relative_to and other.date is not None and other.date.value is not None:
                return other.date.value + timedelta(days=incident.date.days_after)
    return None


def date_correct(gold: GoldDate, predicted: Incident, matching: DocumentMatching) -> bool:
    """Value equal; or month/day equal; or the same relation to the same (matched) incident."""
    others = matching.predicted
    value = effective_date(predicted, others)
    if gold.value is not None:
        return value == gold.value
    if gold.month is not None:
        month = value.month if value else (predicted.date.month if predicted.date else None)
        day = value.day if value else (predicted.date.day if predicted.date else None)
        return month == gold.month and day == gold.day
    assert gold.relative_to is not None and gold.days_after is not None
    other = matching.predicted_for(gold.relative_to)
    if other is None:
        return False
    mine, theirs = predicted.date, other.date
    if mine is not None and mine.relative_to == other.id and mine.days_after == gold.days_after:
        return True
    if theirs is not None and theirs.relative_to == predicted.id and theirs.days_after == -gold.days_after:
        return True
    other_value = effective_date(other, others)
    return value is not None and other_value is not None and (value - other_value).days == gold.days_after


# --------------------------------------------------------------------------- description helpers for misses


def describe_bounds(bounds: GoldBounds | Casualties | None) -> str:
    if bounds is None or (bounds.low is None and bounds.high is None):
        return "none"
    return f"{bounds.low}..{'' if bounds.high is None else bounds.high}"


def describe_gold_date(gold: GoldDate) -> str:
    if gold.value is not None:
        return gold.value.isoformat()
    if gold.month is not None:
        return f"month {gold.month} day {gold.day}"
    return f"{gold.days_after:+d} day(s) from {gold.relative_to}"


def describe_predicted_date(incident: Incident) -> str:
    d = incident.date
    if d is None:
        return "none"
    if d.value is not None:
        return d.value.isoformat() + (" (report date)" if d.is_report_date else "")
    if d.month is not None:
        return f"month {d.month} day {d.day}"
    if d.relative_to is not None:
        return f"{d.days_after:+d} day(s) from prediction {d.relative_to}"
    return d.expression or "unknown"


def describe_location(incident: Incident) -> str:
    location = incident.location
    if location is None:
        return "not geocoded"
    if location.place is None:
        return f"{location.toponym!r} {location.precision.value}"
    return f"{location.toponym!r} -> {location.place.name} ({location.place.admin1}, {location.precision.value})"


def describe_incident(incident: Incident, limit: int = 90) -> str:
    evidence = " ".join(incident.evidence_text.split())
    if len(evidence) > limit:
        evidence = evidence[: limit - 1] + "…"
    return f"{incident.event_type.value} at {describe_location(incident)}: {evidence!r}"


# --------------------------------------------------------------------------- scoring


class _PairScorer:
    """Scores the checks of one matched pair into ``metrics``, recording each failure as a :class:`Miss`."""

    def __init__(self, metrics: Metrics, misses: list[Miss], matching: DocumentMatching, gold: GoldIncident) -> None:
        self.metrics, self.misses, self.matching, self.gold = metrics, misses, matching, gold

    def check(self, ratio: Ratio, ok: bool, what: str, expected: str, predicted: str) -> None:
        ratio.add(ok)
        if not ok:
            self.misses.append(Miss(self.matching.document.name, self.gold.id, what, expected, predicted))

    def attributes(self, predicted: Incident) -> None:
        gold, metrics = self.gold, self.metrics
        self.check(
            metrics.event_type,
            predicted.event_type == gold.event_type,
            "event type",
            gold.event_type.value,
            predicted.event_type.value,
        )
        if "actor" in gold.scored:
            expected_actor = " | ".join(gold.actor) or "none"
            ok = actor_correct(gold.actor, predicted.actor)
            self.check(metrics.actor, ok, "actor", expected_actor, predicted.actor or "none")
        for name, ratio, expected, got in (
            ("killed", metrics.killed, gold.killed, predicted.killed),
            ("injured", metrics.injured, gold.injured, predicted.injured),
        ):
            if name in gold.scored:
                self.check(ratio, bounds_correct(expected, got), name, describe_bounds(expected), describe_bounds(got))
        is_report_date = predicted.date is not None and predicted.date.is_report_date
        metrics.report_dates.add(is_report_date)
        if gold.date is not None:
            ok = date_correct(gold.date, predicted, self.matching)
            self.check(metrics.date, ok, "date", describe_gold_date(gold.date), describe_predicted_date(predicted))
            return
        day_not_given = predicted.date is not None and not is_report_date and not self._mirrors_a_gold_relation(predicted)
        metrics.day_where_gold_has_none.add(day_not_given)
        if day_not_given:
            # Not in "date accuracy", but wrong in its strict twin (``Metrics.date_strict``): listed so it is seen.
            self.misses.append(Miss(self.matching.document.name, self.gold.id, DAY_NOT_GIVEN,
                                    "no date in the gold", describe_predicted_date(predicted)))
        if is_report_date and self.matching.document.published is not None:
            # The gold gives no date; a report date is right when it is the publication date it claims to be.
            assert predicted.date is not None
            ok = predicted.date.value == self.matching.document.published
            expected = f"no date in the text: report date {self.matching.document.published.isoformat()}"
            self.check(metrics.date, ok, "date", expected, describe_predicted_date(predicted))

    def _mirrors_a_gold_relation(self, predicted: Incident) -> bool:
        """Whether the prediction's date is only a relation to another prediction (no calendar day) that the gold states
        from the other side: the gold dates incident B "a day after" this one, and the prediction dates this one a day
        before B's match. The gold gives that relation (stated from B's side: writers state it on one side as often as
        on both), so it is no day the gold does not give."""
        date = predicted.date
        if date is None or date.value is not None or date.relative_to is None or date.days_after is None:
            return False
        for other in self.matching.document.incidents:
            told = other.date
            if told is None or told.relative_to != self.gold.id or told.days_after != -date.days_after:
                continue
            match = self.matching.predicted_for(other.id)
            if match is not None and match.id == date.relative_to:
                return True
        return False

    def place(self, predicted: Incident) -> None:
        gold, metrics = self.gold, self.metrics
        location = predicted.location
        mappable = location is not None and location.is_mappable
        if gold.outside_coverage:
            # Wrongly placed: the gold place lies outside the three governorates, yet it was put on the map.
            expected = f"{gold.toponym} ({gold.admin1}): not mapped"
            metrics.outside_wrongly_mapped.add(mappable)
            if mappable:
                self.misses.append(
                    Miss(self.matching.document.name, gold.id, "outside coverage mapped", expected, describe_location(predicted))
                )
            return
        admin1 = predicted_admin1(predicted) if mappable else None
        expected = f"{gold.toponym} in {gold.admin1}"
        self.check(metrics.admin1, admin1 == gold.admin1, "admin1", expected, describe_location(predicted))
        if gold.coordinates is None:
            return
        coordinates = gold.coordinates
        distance: float | None = None
        if mappable and location is not None and location.lat is not None and location.lon is not None:
            distance = haversine_km(coordinates.lat, coordinates.lon, location.lat, location.lon)
            metrics.errors_km.append(distance)
        for radius, ratio in metrics.within_km.items():
            ratio.add(distance is not None and distance <= radius)
        within = distance is not None and distance <= coordinates.tolerance_km
        got = describe_location(predicted) + ("" if distance is None else f", {distance:.1f} km off")
        expected = f"{gold.toponym} within {coordinates.tolerance_km:g} km"
        self.check(metrics.within_tolerance, within, "coordinates", expected, got)


def _not_incident_violations(matching: DocumentMatching, metrics: Metrics, misses: list[Miss]) -> None:
    document = matching.document
    for index, not_incident in enumerate(document.not_incidents):
        if not_incident.snippet is None:
            continue
        spans = snippet_spans(document.text, not_incident.snippet)
        offenders = [p for p in matching.predicted if evidence_overlaps(p.evidence, spans)]
        metrics.not_incident_violations.add(bool(offenders))
        for predicted in offenders:
            misses.append(
                Miss(
                    document.name,
                    f"not_incidents[{index}]",
                    "not-incident read as incident",
                    repr(not_incident.snippet[:60]),
                    describe_incident(predicted),
                )
            )


def score(matchings: Sequence[DocumentMatching]) -> tuple[Metrics, list[Miss]]:
    """Compute the figures and the list of failed checks for one system's matched documents."""
    metrics = Metrics()
    misses: list[Miss] = []
    for matching in matchings:
        document = matching.document
        metrics.documents += 1
        metrics.gold_incidents += len(document.incidents)
        metrics.predicted_incidents += len(matching.predicted)
        metrics.matched += len(matching.matches)
        if document.complete:
            metrics.complete_documents += 1
            metrics.predicted_in_complete += len(matching.predicted)
            metrics.matched_in_complete += len(matching.matches)
        for match in matching.matches:
            scorer = _PairScorer(metrics, misses, matching, match.gold)
            scorer.attributes(match.predicted)
            scorer.place(match.predicted)
        for gold in matching.missed:
            expected = f"{gold.event_type.value} at {gold.toponym}"
            misses.append(Miss(document.name, gold.id, "missed incident", expected, "no matching prediction"))
        for predicted in matching.spurious if document.complete else ():
            misses.append(Miss(document.name, "-", "spurious incident", "no such incident", describe_incident(predicted)))
        _not_incident_violations(matching, metrics, misses)
    return metrics, misses
