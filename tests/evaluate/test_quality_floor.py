"""Runs the real pipeline on tests/gold/ and fails when quality drops below a floor.

The floors sit a little below the figures measured when they were set (see the
report of ``mapapp evaluate tests/gold``); raise them when quality improves.
The embedded gazetteer is used, so the result does not depend on what a
machine has downloaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mapapp.evaluate import Evaluation, evaluate, format_report, load_gold
from mapapp.evaluate.baselines import GovernorateCentroidGeocoder, NaiveGeocoder

GOLD_DIR = Path(__file__).resolve().parent.parent / "gold"

#: Minimum figures for our pipeline on tests/gold (measured values in the comments).
#: Re-based on 2026-11-25 after removing gold-derived knowledge from the extractor (a hand-written town →
#: governorate table that had grown villages copied from the gold articles): governorate hints now come only
#: from the text and towns are placed by the gazetteer. Re-measured then: admin1 fell 0.97 → 0.95 (a village
#: no gazetteer lists and whose text names no governorate is now honestly unresolved); killed rose 0.86 → 0.90
#: (headline figures no longer override the body's "at least N"). No floor had to be lowered: each still sits
#: below the new measurement with the usual margin (killed raised 0.78 → 0.80).
#: Raised on 2026-11-25 after the actor/spurious-incident rules (agent, not target; unnamed attackers as written;
#: headline summaries, affiliation adjectives and organisation names are not incidents or places). Note that the
#: rules were written after both gold sets had been seen, so these figures are optimistic.
FLOORS: dict[str, float] = {
    "f1": 0.88,  # measured 0.96 (31 documents, 73 incidents)
    "precision": 0.90,  # measured 1.00
    "recall": 0.85,  # measured 0.93
    "event_type": 0.84,  # measured 0.91
    "killed": 0.84,  # measured 0.92
    "date": 0.94,  # measured 1.00 (69/69; held-out gold 39/39)
    "actor": 0.90,  # measured 1.00
    "admin1": 0.90,  # measured 0.97
    "within_5km": 0.86,  # measured 0.95
    "within_25km": 0.90,  # measured 1.00
}
#: At most this share of outside-coverage places may be put on the map (measured 0.00).
MAX_OUTSIDE_WRONGLY_MAPPED = 0.0


@pytest.fixture(scope="module")
def evaluation() -> Evaluation:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    gazetteer = load_default_gazetteer()
    resolvers = {
        "ours": Geocoder(gazetteer),
        "naive": NaiveGeocoder(gazetteer),
        "governorate": GovernorateCentroidGeocoder(gazetteer),
    }
    return evaluate(load_gold([GOLD_DIR]), resolvers)


def test_quality_above_floor(evaluation: Evaluation) -> None:
    metrics = evaluation.systems["ours"].metrics
    measured = {
        "f1": metrics.f1,
        "precision": metrics.precision,
        "recall": metrics.recall,
        "event_type": metrics.event_type.value,
        "killed": metrics.killed.value,
        "date": metrics.date.value,
        "actor": metrics.actor.value,
        "admin1": metrics.admin1.value,
        "within_5km": metrics.within_km[5.0].value,
        "within_25km": metrics.within_km[25.0].value,
    }
    below = {name: value for name, value in measured.items() if value is None or value < FLOORS[name]}
    assert not below, f"below the floor {FLOORS}: {below}\n{format_report(evaluation)}"
    outside = metrics.outside_wrongly_mapped
    assert outside.total > 0 and (outside.value or 0.0) <= MAX_OUTSIDE_WRONGLY_MAPPED, format_report(evaluation)


def test_our_geocoder_beats_the_baselines(evaluation: Evaluation) -> None:
    ours = evaluation.systems["ours"].metrics
    naive = evaluation.systems["naive"].metrics
    governorate = evaluation.systems["governorate"].metrics
    assert ours.admin1.value > naive.admin1.value
    assert ours.within_km[5.0].value > naive.within_km[5.0].value
    # The governorate baseline uses the extractor's hints, which now come from the text only (measured
    # 0.65 against our 0.95): the gazetteer's knowledge of towns is what ours adds.
    assert ours.admin1.value > governorate.admin1.value
    assert ours.within_km[5.0].value > governorate.within_km[5.0].value
    assert ours.within_km[25.0].value > governorate.within_km[25.0].value
