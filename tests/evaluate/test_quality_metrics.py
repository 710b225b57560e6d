"""Figures computed on small hand-built predicted/gold sets, checked against hand computation."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from mapapp.evaluate.matching import match_document
from mapapp.evaluate.metrics import actor_correct, bounds_correct, haversine_km, score
from mapapp.model import Precision


def test_haversine_one_degree_of_latitude() -> None:
    assert haversine_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(2 * math.pi * 6371.0088 / 360, rel=1e-9)
    assert haversine_km(36.5, 40.7, 36.5, 40.7) == 0.0


def _gold(build: SimpleNamespace):
    coordinates = build.GoldCoordinates(lat=build.AMUDA.lat, lon=build.AMUDA.lon, tolerance_km=5)
    return build.gold_document([
        build.gold_incident("amuda", "drone_strike", "Amuda", "Al-Hasakah", coordinates=coordinates,
                            actor=["Turkish drone", "Turkey"], killed=(2, 2), injured=None,
                            date=build.GoldDate(value=build.date(2023, 6, 6))),
        build.gold_incident("tal-tamr", "shelling", "Tal Tamr", "Al-Hasakah", killed=None,
                            date=build.GoldDate(relative_to="amuda", days_after=-1)),
        build.gold_incident("latakia", "car_bomb", "Latakia", "Latakia", killed=(5, 5)),
    ])


def _perfect(build: SimpleNamespace):
    return [
        build.predicted("p1", "drone_strike", "Amuda", "A Turkish drone struck", at=build.AMUDA,
                        actor="a Turkish drone", killed=build.Casualties(2, 2),
                        date=build.IncidentDate(value=build.date(2023, 6, 6))),
        build.predicted("p2", "shelling", "Tal Tamr", "Shelling hit Tal Tamr", at=build.TAL_TAMR,
                        date=build.IncidentDate(relative_to="p1", days_after=-1)),
        build.predicted("p3", "car_bomb", "Latakia", "A car bomb killed", at=build.LATAKIA,
                        precision=Precision.OUTSIDE_COVERAGE, killed=build.Casualties(5, 5)),
    ]


def test_perfect_prediction_scores_one(build: SimpleNamespace) -> None:
    document = _gold(build)
    metrics, misses = score([match_document(document, _perfect(build))])
    assert misses == []
    assert metrics.precision == metrics.recall == metrics.f1 == 1.0
    for ratio in (metrics.event_type, metrics.actor, metrics.killed, metrics.date, metrics.admin1,
                  metrics.within_km[5.0], metrics.within_tolerance):
        assert ratio.value == 1.0
    assert metrics.date.total == 2 and metrics.killed.total == 3 and metrics.admin1.total == 2
    assert metrics.outside_wrongly_mapped.hits == 0 and metrics.outside_wrongly_mapped.total == 1
    assert metrics.mean_error_km == 0.0


def test_missing_incident_lowers_recall_as_by_hand(build: SimpleNamespace) -> None:
    document = _gold(build)
    predictions = _perfect(build)[:2]  # the Latakia car bomb is not predicted
    metrics, misses = score([match_document(document, predictions)])
    assert metrics.recall == pytest.approx(2 / 3)
    assert metrics.precision == 1.0
    assert metrics.f1 == pytest.approx(2 * 1.0 * (2 / 3) / (1.0 + 2 / 3))
    assert [(m.gold_id, m.check) for m in misses] == [("latakia", "missed incident")]


def test_spurious_incident_lowers_precision(build: SimpleNamespace) -> None:
    document = build.gold_document([build.gold_incident("amuda", "drone_strike", "Amuda", "Al-Hasakah")])
    predictions = [
        build.predicted("p1", "drone_strike", "Amuda", "A Turkish drone struck", at=build.AMUDA),
        build.predicted("p9", "other", "ministry", "The ministry condemned"),
    ]
    metrics, misses = score([match_document(document, predictions)])
    assert (metrics.precision, metrics.recall) == (0.5, 1.0)
    assert [m.check for m in misses] == ["spurious incident"]


def test_outside_coverage_place_put_on_map_is_counted(build: SimpleNamespace) -> None:
    document = _gold(build)
    predictions = _perfect(build)
    # Latakia wrongly placed inside coverage (as if resolved to a same-named village in Al-Hasakah).
    wrong = build.place("Latakia", 36.6, 40.9, "Al-Hasakah")
    predictions[2] = build.predicted("p3", "car_bomb", "Latakia", "A car bomb killed", at=wrong, killed=build.Casualties(5, 5))
    metrics, misses = score([match_document(document, predictions)])
    assert (metrics.outside_wrongly_mapped.hits, metrics.outside_wrongly_mapped.total) == (1, 1)
    assert any(m.check == "outside coverage mapped" and m.gold_id == "latakia" for m in misses)


def test_distance_errors(build: SimpleNamespace) -> None:
    document = _gold(build)
    predictions = _perfect(build)
    off = build.place("Near Amuda", build.AMUDA.lat + 0.1, build.AMUDA.lon, "Al-Hasakah")  # ~11 km north
    predictions[0] = build.predicted("p1", "drone_strike", "Amuda", "A Turkish drone struck", at=off,
                                     actor="Turkish drone", killed=build.Casualties(2, 2),
                                     date=build.IncidentDate(value=build.date(2023, 6, 6)))
    metrics, _ = score([match_document(document, predictions)])
    expected = haversine_km(build.AMUDA.lat, build.AMUDA.lon, off.lat, off.lon)
    assert 5 < expected < 25
    assert metrics.within_km[5.0].value == 0.0 and metrics.within_km[25.0].value == 1.0
    assert metrics.mean_error_km == pytest.approx(expected) and metrics.median_error_km == pytest.approx(expected)
    assert metrics.admin1.value == 1.0


def test_unresolved_place_fails_admin1_and_radius(build: SimpleNamespace) -> None:
    document = _gold(build)
    predictions = _perfect(build)
    predictions[0] = build.predicted("p1", "drone_strike", "Amuda", "A Turkish drone struck", precision=Precision.UNRESOLVED)
    metrics, _ = score([match_document(document, predictions)])
    assert (metrics.admin1.hits, metrics.admin1.total) == (1, 2)
    assert metrics.within_km[25.0].value == 0.0 and metrics.errors_km == []


def test_attribute_errors_are_counted(build: SimpleNamespace) -> None:
    document = _gold(build)
    predictions = _perfect(build)
    predictions[0] = build.predicted("p1", "airstrike", "Amuda", "A Turkish drone struck", at=build.AMUDA,
                                     actor="SDF", killed=build.Casualties(2, None),
                                     date=build.IncidentDate(value=build.date(2023, 6, 5)))
    metrics, misses = score([match_document(document, predictions)])
    assert metrics.event_type.hits == 2 and metrics.actor.value == 0.0
    assert (metrics.killed.hits, metrics.killed.total) == (2, 3)
    # The Tal Tamr date is relative to Amuda's prediction: the relation still holds although Amuda's date is wrong.
    assert (metrics.date.hits, metrics.date.total) == (1, 2)
    assert {m.check for m in misses} == {"event type", "actor", "killed", "date"}


def test_relative_dates_either_direction_or_by_value(build: SimpleNamespace) -> None:
    document = _gold(build)
    predictions = _perfect(build)
    # The relation stated on the other side: Amuda is +1 day from Tal Tamr.
    predictions[0] = build.predicted("p1", "drone_strike", "Amuda", "A Turkish drone struck", at=build.AMUDA,
                                     date=build.IncidentDate(relative_to="p2", days_after=1))
    predictions[1] = build.predicted("p2", "shelling", "Tal Tamr", "Shelling hit Tal Tamr", at=build.TAL_TAMR,
                                     date=build.IncidentDate(value=build.date(2023, 6, 5)))
    metrics, _ = score([match_document(document, predictions)])
    assert (metrics.date.hits, metrics.date.total) == (2, 2)  # Amuda's value resolves through Tal Tamr's


def test_month_day_gold_date(build: SimpleNamespace) -> None:
    gold = build.gold_incident("a", "airstrike", "Amuda", "Al-Hasakah", date=build.GoldDate(month=5, day=24))
    document = build.gold_document([gold])
    for predicted_date, ok in [(build.IncidentDate(month=5, day=24), True), (build.IncidentDate(value=build.date(2018, 5, 24)), True),
                               (build.IncidentDate(month=6, day=24), False), (None, False)]:
        prediction = build.predicted("p", "airstrike", "Amuda", "A Turkish drone struck", at=build.AMUDA, date=predicted_date)
        metrics, _ = score([match_document(document, [prediction])])
        assert metrics.date.value == (1.0 if ok else 0.0)


def test_not_incident_snippet_violation(build: SimpleNamespace) -> None:
    document = build.gold_document([], not_incidents=(build.NotIncident(snippet="The ministry condemned the attacks."),
                                                      build.NotIncident(description="free text, not checkable")))
    offender = build.predicted("p1", "other", "ministry", "ministry condemned")
    metrics, misses = score([match_document(document, [offender])])
    assert (metrics.not_incident_violations.hits, metrics.not_incident_violations.total) == (1, 1)
    assert any(m.check == "not-incident read as incident" for m in misses)
    metrics, _ = score([match_document(document, [])])
    assert (metrics.not_incident_violations.hits, metrics.not_incident_violations.total) == (0, 1)


def test_actor_and_bounds_rules() -> None:
    assert actor_correct(["US-led coalition"], "the US-led coalition forces")
    assert not actor_correct(["Turkish forces"], "Turkish-backed factions")
    assert actor_correct([], None) and not actor_correct([], "ISIS") and not actor_correct(["ISIS"], None)


def test_actor_names_of_one_organisation_are_one_name() -> None:
    # the gold lists one well-known name of the organisation, the prediction its canonical one
    assert actor_correct(["Islamic State"], "ISIS")
    assert actor_correct(["IS"], "ISIS")
    assert actor_correct(["Daesh"], "ISIS") and actor_correct(["ISIL"], "ISIS")
    # another party, or none, is still wrong; and a name that only contains the word is not the organisation's
    assert not actor_correct(["Islamic State"], "SDF")
    assert not actor_correct(["Islamic State"], None)
    assert not actor_correct(["SDF"], "ISIS")
    assert not actor_correct(["Islamic State affiliates"], "ISIS")


def test_actor_names_of_one_party_the_extractor_reads_as_one() -> None:
    # the Syrian National Army is the Turkish-backed factions, the government's forces the Syrian army
    assert actor_correct(["SNA"], "Turkish-backed factions")
    # the alliance's name spelled out is its acronym's
    assert actor_correct(["Syrian Democratic Forces"], "SDF")
    assert actor_correct(["Syrian Democratic Forces", "ISIS"], "SDF and US-led coalition")
    assert not actor_correct(["Syrian Democratic Forces"], "Syrian army")
    assert actor_correct(["SDF", "Syrian National Army"], "Turkish-backed factions")
    assert actor_correct(["Turkish-backed groups"], "Turkish-backed factions")
    assert actor_correct(["Syrian government forces"], "Syrian army")
    assert actor_correct(["pro-regime fighters"], "Syrian army")
    assert actor_correct(["government forces"], "Syrian army and Russian forces")
    # the sponsor is not its proxies, another party is still wrong, a longer name is not the party's well-known name
    assert not actor_correct(["SNA"], "Turkish forces")
    assert not actor_correct(["Syrian government forces"], "SDF")
    assert not actor_correct(["Syrian government forces"], None)
    assert not actor_correct(["government forces of Iraq"], "Syrian army")
    assert not actor_correct(["Syrian army"], "Turkish-backed factions")


def test_actor_sponsor_country_is_its_adjective() -> None:
    # one sponsor written as the country or its adjective
    assert actor_correct(["Turkey-backed factions"], "Turkish-backed factions")
    assert actor_correct(["Iranian-backed militias"], "Iran-backed militias")
    assert actor_correct(["Russia-led forces"], "Russian-led forces")
    # the state itself stays the state: not its proxies, not another sponsor's
    assert not actor_correct(["Turkey"], "Turkish-backed factions")
    assert not actor_correct(["Turkey-backed factions"], "Turkish forces")
    assert not actor_correct(["Iran-backed militias"], "Turkish-backed factions")
    from mapapp.evaluate.gold import GoldBounds
    from mapapp.model import Casualties

    assert bounds_correct(None, None) and bounds_correct(None, Casualties())
    assert bounds_correct(GoldBounds(18, None), Casualties(18, None))
    assert not bounds_correct(GoldBounds(12, 12), Casualties(12, None))
    assert not bounds_correct(GoldBounds(0, 0), None)
