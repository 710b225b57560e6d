"""Quality floors on the real development sets in ``../shared/eval/real/`` (next to the repository).

Three sets of real English reports (see that folder's README): complete gold
(every incident listed: precision, recall, F1, not-incidents) and two partial
sets (only some incidents listed: recall and governorate; ``--partial``).
The texts are third-party writing and are not in the repository: where the
folder is absent (a user's machine) these tests skip with the reason, and CI,
which sets ``MAPAPP_REQUIRE_REAL_EVAL``, makes the skip a failure.

The constants below are FLOORS TO BE RAISED: each is the figure measured on
main after the issue 8 extraction work (2026-11-30, embedded gazetteer) minus
a small margin (about one document's worth on these small sets). Raise them
as extraction improves; never lower one to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mapapp.evaluate import Evaluation, evaluate, load_gold
from mapapp.model import GOVERNORATES
from tests.conftest import skip_or_fail

REAL_EVAL_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "real"
REQUIRE_ENV = "MAPAPP_REQUIRE_REAL_EVAL"

# Complete gold: news pages 2017-2019 (15 documents, 33 incidents). Measured: P 0.94, R 0.91, F1 0.92 (P 0.91
# before another source's report of an incident with nothing new merged into it; R 0.97 before the trained scorer,
# mapapp.extract.scoring, dropped two incidents each told once, late in its text, in words like background: an
# assault's toll told by a monitor, and a party's losses told as a setback), killed exact 0.96, injured exact 1.00
# (7/7), date 1.00, not-incident violations 0.00 (0/41), outside coverage mapped 0/4.
NEWS_FULL_MIN_PRECISION = 0.88
NEWS_FULL_MIN_RECALL = 0.90
NEWS_FULL_MIN_F1 = 0.90
NEWS_FULL_MIN_KILLED = 0.91
NEWS_FULL_MIN_INJURED = 0.85
NEWS_FULL_MIN_DATE = 0.90
NEWS_FULL_MAX_NOT_INCIDENT_VIOLATIONS = 0.05
# Complete gold admin1: measured 1.00 (0.96 before a village named like a town abroad took its report's governorate;
# 0.93 before issue 9's spelling variants).
NEWS_FULL_MIN_ADMIN1 = 0.97
# Partial gold: UCDP-coded events 2021 (76). Measured: R 0.95 (0.96 from the body-handover date and 'said that'
# readings until the scorer retrained on 36 collections dropped one attack told in a bulletin), admin1 1.00 (0.97 before issue 9), date 0.90 (64/71; six
# misses are UCDP coding the publication day where the text says yesterday), killed exact 0.69 (50/72;
# UCDP's bounds, several from other sources than the text: see the set's README).
UCDP_MIN_RECALL = 0.94
UCDP_MIN_ADMIN1 = 0.98
# date 0.92 since a bulletin's opening frame ("In light of the daily assassinations in the camp, SOHR documented the
# death of ...") is cut from its report: the report no longer merges with the next day's killing told after it; 0.90
# since the trained scorer (mapapp.extract.scoring): two coded events whose best-dated telling it dropped match
# another telling of theirs, dated a day off (and a third one an armed clash told without its toll).
UCDP_MIN_DATE = 0.88
# killed 0.71 (51/72) since the name table's sourced villages: the gold's As Suwar now resolves, so its event
# matches the raid near the town that the text gives a toll for (its date is then the day before UCDP's; date 63/71).
UCDP_MIN_KILLED = 0.69
# Partial gold: Airwars source texts 2021-2024 (63). Measured: R 0.87 (55/63; 0.86 before a zero toll "so far"
# stopped reading as a period), admin1 0.96, within 25 km 0.77 (36/47;
# 0.70 before issue 9's villages placed near the town the text ties them to; 0.79 (38/48) since a place the name
# table knows only by its governorate also takes the town the text ties it to).
AIRWARS_MIN_RECALL = 0.84
AIRWARS_MIN_ADMIN1 = 0.93
AIRWARS_MIN_WITHIN_25KM = 0.77
# Gazetteer coverage of the 27 distinct Airwars gold points (any embedded place with its own point nearby):
# within 10 km 0.81 (22/27), within 25 km 1.00 (27/27); 0.74 and 0.96 before the sourced villages of the name table.
AIRWARS_MIN_GAZETTEER_WITHIN_10KM = 0.78
AIRWARS_MIN_GAZETTEER_WITHIN_25KM = 0.96

# Event type and actor (issue 8: joint operations, summaries and lists naming the agent, attacks on armed
# parties). Measured: news-full type 0.94 (30/32; 0.88 before a suicide car bomb became a car bombing and a blast
# of unstated cause "other"), actor 0.94 (30/32; 0.91 before "the toll continues to rise"
# stopped reading as habitual); UCDP type 0.97 (70/72); Airwars type
# 0.91 (50/55; 0.87 before a generic "attacked by" the agent of a drone strike just told took its type, and a
# statement's date stopped splitting a strike from its missile), actor 0.89 (49/55; 0.83 before an added report
# took the agent of the one just told, a village in the headline's area became the place, and the missile
# merged into its strike). Several misses left are gold choices listed in the issue 8 report.
NEWS_FULL_MIN_EVENT_TYPE = 0.88
NEWS_FULL_MIN_ACTOR = 0.91
UCDP_MIN_EVENT_TYPE = 0.95
AIRWARS_MIN_EVENT_TYPE = 0.88
AIRWARS_MIN_ACTOR = 0.86

SETS = {"news-full-2017-2019": False, "ucdp-aec-2021": True, "airwars-2021-2024": True}


def _evaluate(name: str) -> Evaluation:
    folder = REAL_EVAL_DIR / name
    if not folder.is_dir():
        skip_or_fail(f"real evaluation set {folder} is absent (it is not shipped with the repository)", REQUIRE_ENV)
    from mapapp.geocode import Geocoder, load_default_gazetteer

    return evaluate(load_gold([folder], partial=SETS[name]), {"ours": Geocoder(load_default_gazetteer())})


@pytest.fixture(scope="module")
def evaluations() -> dict[str, Evaluation]:
    cache: dict[str, Evaluation] = {}
    return cache


def _get(evaluations: dict[str, Evaluation], name: str) -> Evaluation:
    if name not in evaluations:
        evaluations[name] = _evaluate(name)
    return evaluations[name]


def test_complete_gold_precision_recall_f1(evaluations: dict[str, Evaluation]) -> None:
    metrics = _get(evaluations, "news-full-2017-2019").systems["ours"].metrics
    assert metrics.precision is not None and metrics.precision >= NEWS_FULL_MIN_PRECISION
    assert metrics.recall is not None and metrics.recall >= NEWS_FULL_MIN_RECALL
    assert metrics.f1 is not None and metrics.f1 >= NEWS_FULL_MIN_F1


def test_complete_gold_killed_injured_and_date(evaluations: dict[str, Evaluation]) -> None:
    metrics = _get(evaluations, "news-full-2017-2019").systems["ours"].metrics
    assert metrics.killed.value is not None and metrics.killed.value >= NEWS_FULL_MIN_KILLED
    assert metrics.injured.value is not None and metrics.injured.value >= NEWS_FULL_MIN_INJURED
    assert metrics.date.value is not None and metrics.date.value >= NEWS_FULL_MIN_DATE


def test_complete_gold_admin1(evaluations: dict[str, Evaluation]) -> None:
    metrics = _get(evaluations, "news-full-2017-2019").systems["ours"].metrics
    assert metrics.admin1.value is not None and metrics.admin1.value >= NEWS_FULL_MIN_ADMIN1


def test_complete_gold_not_incidents(evaluations: dict[str, Evaluation]) -> None:
    violations = _get(evaluations, "news-full-2017-2019").systems["ours"].metrics.not_incident_violations
    assert violations.total > 0 and violations.value is not None
    assert violations.value <= NEWS_FULL_MAX_NOT_INCIDENT_VIOLATIONS


def test_ucdp_recall_and_admin1(evaluations: dict[str, Evaluation]) -> None:
    metrics = _get(evaluations, "ucdp-aec-2021").systems["ours"].metrics
    assert metrics.precision is None  # partial gold: no precision
    assert metrics.recall is not None and metrics.recall >= UCDP_MIN_RECALL
    assert metrics.admin1.value is not None and metrics.admin1.value >= UCDP_MIN_ADMIN1
    assert metrics.date.value is not None and metrics.date.value >= UCDP_MIN_DATE
    assert metrics.killed.value is not None and metrics.killed.value >= UCDP_MIN_KILLED


def test_airwars_recall_admin1_and_distance(evaluations: dict[str, Evaluation]) -> None:
    metrics = _get(evaluations, "airwars-2021-2024").systems["ours"].metrics
    assert metrics.recall is not None and metrics.recall >= AIRWARS_MIN_RECALL
    assert metrics.admin1.value is not None and metrics.admin1.value >= AIRWARS_MIN_ADMIN1
    within = metrics.within_km[25.0]
    assert within.total > 0 and within.value is not None and within.value >= AIRWARS_MIN_WITHIN_25KM


# Precision on partial gold cannot be scored (a prediction matching no gold incident may be a real incident the
# coders did not list), but predictions per document can be held down: an audit of the unlisted predictions (issue 8)
# found duplicates of one event, sweeps going on, work stoppages and strike counts over several governorates among
# them. Measured: UCDP 141 predictions for 76 coded events, Airwars 126 for 63 (158 and 155 before the audit, 150 and
# 140 before the trained scorer). A little headroom is left for real incidents that recall work adds.
UCDP_MAX_PREDICTIONS = 144
AIRWARS_MAX_PREDICTIONS = 129


@pytest.mark.parametrize(
    ("name", "most"), [("ucdp-aec-2021", UCDP_MAX_PREDICTIONS), ("airwars-2021-2024", AIRWARS_MAX_PREDICTIONS)]
)
def test_partial_sets_predictions_are_held_down(evaluations: dict[str, Evaluation], name: str, most: int) -> None:
    predicted = sum(len(m.predicted) for m in _get(evaluations, name).systems["ours"].matchings)
    assert 0 < predicted <= most


def test_airwars_gold_points_have_an_embedded_place_nearby() -> None:
    from mapapp.evaluate.coverage import coverage_by_collection
    from mapapp.geocode import load_default_gazetteer

    folder = REAL_EVAL_DIR / "airwars-2021-2024"
    if not folder.is_dir():
        skip_or_fail(f"real evaluation set {folder} is absent (it is not shipped with the repository)", REQUIRE_ENV)
    coverage, _ = coverage_by_collection(load_gold([folder], partial=True), load_default_gazetteer())
    assert coverage.gold_places > 0
    within_10, within_25 = coverage.share(10.0), coverage.share(25.0)
    assert within_10 is not None and within_10 >= AIRWARS_MIN_GAZETTEER_WITHIN_10KM
    assert within_25 is not None and within_25 >= AIRWARS_MIN_GAZETTEER_WITHIN_25KM


@pytest.mark.parametrize(
    ("name", "min_event_type", "min_actor"),
    [
        ("news-full-2017-2019", NEWS_FULL_MIN_EVENT_TYPE, NEWS_FULL_MIN_ACTOR),
        ("ucdp-aec-2021", UCDP_MIN_EVENT_TYPE, None),  # (UCDP's gold states no actor)
        ("airwars-2021-2024", AIRWARS_MIN_EVENT_TYPE, AIRWARS_MIN_ACTOR),
    ],
)
def test_event_type_and_actor(
    evaluations: dict[str, Evaluation], name: str, min_event_type: float, min_actor: float | None
) -> None:
    metrics = _get(evaluations, name).systems["ours"].metrics
    assert metrics.event_type.value is not None and metrics.event_type.value >= min_event_type
    if min_actor is not None:
        assert metrics.actor.value is not None and metrics.actor.value >= min_actor


@pytest.mark.parametrize("name", list(SETS))
def test_no_place_outside_coverage_is_mapped(evaluations: dict[str, Evaluation], name: str) -> None:
    result = _get(evaluations, name).systems["ours"]
    assert result.metrics.outside_wrongly_mapped.hits == 0
    mapped_outside = [
        (matching.document.name, incident.location.toponym)
        for matching in result.matchings
        for incident in matching.predicted
        if incident.location is not None
        and incident.location.is_mappable
        and incident.location.place is not None
        and incident.location.place.admin1 not in GOVERNORATES
    ]
    assert mapped_outside == []


# Cross-document merging (issue 8, the store's rule on each set's predictions). Measured on Airwars: 0 of 12 events
# told by several texts fully merged (48 of its 63 texts give no date, and the same towns are struck again and
# again: undated reports are never merged on place and type alone); of the 37 unmerged pairs of one event's
# reports, 14 are put to the analyst as possible duplicates, which link every report of 5 of the 12 events.
# False merges (a store incident holding two gold events): 0 on every set (1 on UCDP at the start of the work).
# Since one village named at two levels (al-Zar at its governorate in one text, Zer at the town it lies by in the
# other) on matching days merges, 1 of the 12 events is fully merged (one of its pairs left the suggestions: 20).
# Session 8 (merge8): two vetoes, no new merges. A report date reaches no told day after the publication, and a
# one-sided event credited to parties of different sides is two events (ACTOR_SIDES): Airwars pairs merged 3 -> 2
# (an ISIS hostage-taking report had merged with the coalition's strikes on the prison, which Airwars lumps into one
# incident), queue AP 0.65 -> 0.68 (all three sets), false merges 0; heldout5 2 -> 1 (the one left is one car bomb
# the writer gave two ids in two texts). Fully undated reports stay suggestions: on Airwars, of the pairs both naming
# one place with one type and actor, 16 are one event (1 merged) and 13 two (four Turkish drone strikes on Qamishli, two raids on
# Busayrah), and nothing in the reports' keys, nor uniqueness in the store, tells them apart.
# Session 10 (merge10): of the 43 unmerged pairs, none is two report dates (59 of the 63 gold files give no
# publication date; 5 reports of the 12 events carry a report date), 21 are undated pairs at one place (or a quarter
# and its town: suggested since, pairs suggested 20 -> 21, events merged or suggested 7 -> 8, AP 0.69 -> 0.67 on
# Airwars), 17 tell the ISIS assault on the prison beside the coalition's strikes (other side or type: kept apart),
# 5 are one village geocoded to points 14-51 km apart or left unresolved.
AIRWARS_MIN_EVENTS_FULLY_MERGED = 1
AIRWARS_MIN_PAIRS_SUGGESTED = 19
AIRWARS_MIN_EVENTS_MERGED_OR_SUGGESTED = 7
MAX_FALSE_MERGES = 0
# The review queue's ranking (suggestion_priority): on Airwars alone, of 136 suggestions 86 are ranked first (both
# reports name one place); they hold 17 of the 20 suggested pairs of one event and 14 of the 41 wrong pairs (the
# counts move with extraction: 14 of 19 and 8 of 34 the day before). The floors are on what ranking does.
AIRWARS_MIN_PAIRS_SUGGESTED_FIRST = 12
AIRWARS_MAX_WRONG_SHARE_RANKED_FIRST = 0.5
# right / (right + wrong) among the suggestions ranked first, against the same over all suggestions (0.55 / 0.33)
AIRWARS_MIN_RANKING_GAIN = 1.5
# The review queue's order (review_order): average precision 0.73 on Airwars (0.33 by chance).
AIRWARS_MIN_REVIEW_AVERAGE_PRECISION = 0.65
AIRWARS_MIN_REVIEW_GAIN_OVER_CHANCE = 1.6


def test_airwars_reports_of_one_event_are_merged_or_suggested(evaluations: dict[str, Evaluation]) -> None:
    merging = _get(evaluations, "airwars-2021-2024").merging
    assert merging is not None
    assert merging.pairs_suggested >= AIRWARS_MIN_PAIRS_SUGGESTED
    assert merging.events_fully_merged >= AIRWARS_MIN_EVENTS_FULLY_MERGED
    assert merging.events_fully_merged <= merging.events_merged_or_suggested  # a merged event is linked too
    assert merging.events_merged_or_suggested >= AIRWARS_MIN_EVENTS_MERGED_OR_SUGGESTED


def test_airwars_suggestions_of_one_event_are_ranked_first(evaluations: dict[str, Evaluation]) -> None:
    merging = _get(evaluations, "airwars-2021-2024").merging
    assert merging is not None
    assert merging.pairs_suggested_first >= AIRWARS_MIN_PAIRS_SUGGESTED_FIRST
    assert merging.wrong_suggestions_first <= AIRWARS_MAX_WRONG_SHARE_RANKED_FIRST * merging.wrong_suggestions
    first = merging.pairs_suggested_first / (merging.pairs_suggested_first + merging.wrong_suggestions_first)
    overall = merging.pairs_suggested / (merging.pairs_suggested + merging.wrong_suggestions)
    assert first >= AIRWARS_MIN_RANKING_GAIN * overall, (first, overall)
    assert merging.review_average_precision is not None and merging.review_right_share is not None
    assert merging.review_average_precision >= AIRWARS_MIN_REVIEW_AVERAGE_PRECISION
    assert merging.review_average_precision >= AIRWARS_MIN_REVIEW_GAIN_OVER_CHANCE * merging.review_right_share


@pytest.mark.parametrize("name", list(SETS))
def test_no_false_merges(evaluations: dict[str, Evaluation], name: str) -> None:
    merging = _get(evaluations, name).merging
    assert merging is not None
    assert merging.false_merges <= MAX_FALSE_MERGES, merging.false_merge_examples
