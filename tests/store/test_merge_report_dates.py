"""Reports dated only by their text's publication (report dates) against other reports: what merges, what is put to
the analyst, what stays apart (mapapp.store.merge: match_reason, suggestion_reason, corroborated_reason).

A report date says "on or before this day, within a week": it merges with a report at the same place (or a point a
few km off) on matching days; two such texts published a few days apart, or a differently named place 3-10 km away,
are a lead for the analyst, never a merge. Reports are built by hand.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from store_factories import TALL_TAMR, located, make_incident, synthetic_document

from mapapp.model import Casualties, EventType, IncidentDate, Place
from mapapp.store import open_store
from mapapp.store.merge import (
    ReportKey,
    cluster_reports,
    corroborated_reason,
    match_reason,
    mismatches,
    suggested_pairs,
    suggestion_reason,
)

DAY = date(2023, 3, 14)


def key(report_id: str, document_id: str, **overrides: object) -> ReportKey:
    values: dict[str, object] = {
        "event_type": "drone_strike", "place_id": "geonames:1", "precision": "place", "lat": 36.60, "lon": 40.40,
        "toponym": "tal tamr", "admin1": "Al-Hasakah", "actor": "turkish forces", "date_value": DAY,
        "report_date": True,
    }
    values.update(overrides)
    return ReportKey(report_id=report_id, document_id=document_id, **values)  # type: ignore[arg-type]


#: A differently named village about 5.6 km north of geonames:1, and a quarter about 1.7 km off it.
VILLAGE_NORTH = {"place_id": "geonames:2", "lat": 36.65, "toponym": "qabr arab"}
QUARTER = {"place_id": "geonames:3", "lat": 36.615, "toponym": "hay al-wusta"}


def test_texts_published_days_apart_at_one_place_are_suggested_not_merged() -> None:
    first = key("a", "d1")
    for gap, suggested in ((4, True), (7, True), (8, False), (1, False)):  # gap 1 merges (the rule), 8: no overlap
        second = key("b", "d2", date_value=DAY + timedelta(days=gap))
        reason = suggestion_reason(first, second)
        assert (reason is not None) is suggested, gap
        assert suggestion_reason(second, first) == reason
        assert (match_reason(first, second) is not None) is (gap == 1)
        if suggested:
            assert reason is not None and "report dates" in reason and "weeks" in reason
            assert [(x, y) for x, y, _, _ in suggested_pairs([first, second])] == [(0, 1)]


@pytest.mark.parametrize(
    ("second", "why"),
    [
        # a clash and a drone strike at one place that week: two events
        (key("b", "d2", event_type="armed_clash", date_value=DAY + timedelta(days=4)), "types"),
        # an ISIS attack and a Turkish drone strike: different sides
        (key("b", "d2", event_type="attack", actor="isis", date_value=DAY + timedelta(days=4)), "sides"),
        # no one named by one of the texts: a week at one town holds too many strikes to suggest without an actor
        (key("b", "d2", actor=None, date_value=DAY + timedelta(days=4)), "actor"),
        # a strike told as of three days after the undated text appeared: a later strike, as before
        (key("b", "d2", report_date=False, date_value=DAY + timedelta(days=3)), "after publication"),
    ],
)
def test_what_stays_apart_is_not_suggested_either(second: ReportKey, why: str) -> None:
    first = key("a", "d1")
    assert suggestion_reason(first, second) is None, why
    assert match_reason(first, second) is None, why
    # the same pair four days apart but both texts undated does become a lead (the test checks something)
    assert suggestion_reason(first, key("b", "d2", date_value=DAY + timedelta(days=4))) is not None


def test_a_report_date_merges_with_a_place_a_few_km_off_only() -> None:
    told = key("a", "d1", report_date=False, date_value=DAY - timedelta(days=3))
    quarter = key("b", "d2", **QUARTER)
    village = key("b", "d2", **VILLAGE_NORTH)
    assert match_reason(told, quarter) is not None  # 1.7 km: a town and its quarter
    assert match_reason(told, village) is None  # 5.6 km, another name, a week's window: a lead, not a merge
    assert "place" in mismatches(told, village)
    reason = suggestion_reason(told, village)
    assert reason is not None and "5.6 km apart" in reason
    assert len(cluster_reports([told, village])) == 2 and len(cluster_reports([told, quarter])) == 1
    # two told days on one day still merge at that distance, as before
    assert match_reason(told, replace(village, report_date=False, date_value=told.date_value)) is not None
    # the same name spelled two ways at two gazetteer points 5.6 km apart still merges with a report date
    assert match_reason(told, replace(village, toponym="tall tamr")) is not None


def test_two_report_dates_of_one_day_at_neighbouring_villages_stay_apart() -> None:
    first, second = key("a", "d1"), key("b", "d2", **VILLAGE_NORTH)
    assert match_reason(first, second) is None
    assert suggestion_reason(first, second) is not None
    assert [(x, y) for x, y, _, _ in suggested_pairs([first, second])] == [(0, 1)]


def test_an_undated_drone_strike_is_not_corroborated_by_a_shelling_of_the_same_toll() -> None:
    undated = key("a", "d1", date_value=None, report_date=False, killed_low=3, killed_high=3)
    shelling = key("b", "d2", event_type="shelling", date_value=DAY, report_date=False, killed_low=3, killed_high=3)
    assert corroborated_reason(undated, shelling) is None
    assert suggestion_reason(undated, shelling) is not None  # still a lead for the analyst
    assert len(cluster_reports([undated, shelling])) == 2
    # an air strike and a drone strike are one kind: still corroborated
    assert corroborated_reason(undated, replace(shelling, event_type="airstrike")) is not None


def test_an_undated_strike_on_a_quarter_of_the_town_is_suggested_with_the_town() -> None:
    town = key("a", "d1")
    quarter = key("b", "d2", date_value=None, report_date=False, **QUARTER)
    reason = suggestion_reason(town, quarter)
    assert reason is not None and "1.7 km apart" in reason
    assert match_reason(town, quarter) is None and len(cluster_reports([town, quarter])) == 2
    assert [(x, y) for x, y, _, _ in suggested_pairs([town, quarter])] == [(0, 1)]
    # a village 5.6 km off, undated: no lead (every strike around a town would be one)
    assert suggestion_reason(town, replace(quarter, **VILLAGE_NORTH)) is None
    # a village the gazetteer lacks, placed at the quarter's point: it names neither place
    assert suggestion_reason(town, replace(quarter, approximate=True)) is None


_SPOTS = (
    {"place_id": "geonames:1", "lat": 36.60, "lon": 40.40, "toponym": "tal tamr"},
    {"place_id": "geonames:2", "lat": 36.65, "lon": 40.40, "toponym": "qabr arab"},  # 5.6 km
    {"place_id": "geonames:3", "lat": 36.615, "lon": 40.40, "toponym": "hay al-wusta"},  # 1.7 km
    {"place_id": "geonames:4", "lat": 36.68, "lon": 40.40, "toponym": "um kahf"},  # 8.9 km
    {"place_id": "geonames:5", "lat": 35.95, "lon": 39.0, "toponym": "raqqa", "admin1": "Ar-Raqqah"},
    # 1.8 km off geonames:1 but across a governorate line (a made-up border, for the test)
    {"place_id": "geonames:6", "lat": 36.60, "lon": 40.42, "toponym": "tell bazar", "admin1": "Ar-Raqqah"},
    {"place_id": "ocha:SY08", "precision": "admin1", "lat": 36.5, "lon": 40.9, "toponym": "hasakah countryside"},
)


@pytest.mark.parametrize("seed", range(6))
def test_suggested_pairs_finds_every_report_dated_pair_the_rule_links(seed: int) -> None:
    rng = random.Random(seed)
    keys = []
    for index in range(80):
        when = None if rng.random() < 0.2 else DAY + timedelta(days=rng.randrange(14))
        keys.append(key(
            f"r{index}", f"d{rng.randrange(60)}", event_type=rng.choice(("drone_strike", "airstrike", "armed_clash")),
            actor=rng.choice(("turkish forces", "sdf", None)), date_value=when,
            report_date=when is not None and rng.random() < 0.6, approximate=rng.random() < 0.1,
            **rng.choice(_SPOTS),
        ))
    brute = {
        (i, j): suggestion_reason(keys[i], keys[j]) for i in range(len(keys)) for j in range(i + 1, len(keys))
        if suggestion_reason(keys[i], keys[j]) is not None
    }
    assert len(brute) > 20
    assert {(x, y): reason for x, y, reason, _ in suggested_pairs(keys)} == brute


def test_the_store_puts_texts_published_days_apart_in_the_review_queue(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.sqlite")) as store:
        ids = []
        for number, published in ((1, DAY), (2, DAY + timedelta(days=4))):
            document = replace(synthetic_document(number, "week"), published=published)
            incident = replace(
                make_incident(document, "shelling hit a village", event_type=EventType.DRONE_STRIKE, place=TALL_TAMR),
                actor="Turkish forces", date=IncidentDate(value=published, basis="report"),
                killed=Casualties(1, 1, "one"),
            )
            ids.append(store.ingest(document, [incident]).incident_ids[0])
        assert len(store.incidents()) == 2
        queue = store.review_queue()
        assert [frozenset((s.incident_id, s.other_incident_id)) for s in queue] == [frozenset(ids)]
        assert "weeks they stand for overlap" in queue[0].reason
        assert [s.other_incident_id for s in store.possible_duplicates(ids[0])] == [ids[1]]


def test_the_store_keeps_a_report_dated_strike_on_the_next_village_apart(tmp_path: Path) -> None:
    neighbour = Place(id="geonames:990001", name="Qabr Arab", lat=TALL_TAMR.lat + 0.05, lon=TALL_TAMR.lon,
                      admin1="Al-Hasakah")
    with open_store(str(tmp_path / "s.sqlite")) as store:
        ids = []
        for number, place, when in ((1, TALL_TAMR, IncidentDate(value=DAY - timedelta(days=2), basis="absolute")),
                                    (2, neighbour, IncidentDate(value=DAY, basis="report"))):
            document = replace(synthetic_document(number, "next"), published=DAY)
            incident = replace(
                make_incident(document, "a second airstrike followed", place=place),
                actor="US-led coalition", date=when, location=located(place),
            )
            ids.append(store.ingest(document, [incident]).incident_ids[0])
        assert len(store.incidents()) == 2
        assert [s.other_incident_id for s in store.possible_duplicates(ids[0])] == [ids[1]]


def _counting_comparisons(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the pairs suggested_pairs hands to suggestion_reason (the one-element list holds the count)."""
    from mapapp.store import merge

    compared = [0]
    decide = merge.suggestion_reason

    def counting(a: ReportKey, b: ReportKey, rule: object = None) -> str | None:
        compared[0] += 1
        return decide(a, b, rule)  # type: ignore[arg-type]

    monkeypatch.setattr(merge, "suggestion_reason", counting)
    return compared


def test_suggested_pairs_compares_report_dates_at_neighbouring_places_by_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """A town and its quarter with a report-dated strike every day for years: each report is compared with the
    reports of the days its week overlaps, not with every report the two places ever had."""
    compared = _counting_comparisons(monkeypatch)
    keys = [
        key(f"r{day}", f"d{day}", date_value=DAY + timedelta(days=day), **(QUARTER if day % 2 else {}))
        for day in range(600)
    ]
    found = suggested_pairs(keys)
    assert len(found) > 1000  # the quarter and the town: every two texts 2-7 days apart
    assert compared[0] <= 20 * len(keys)  # about 14 a report; every pair of the two places would be 90,000


def test_suggested_pairs_compares_a_report_date_with_the_places_near_it_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Twenty dated strikes a day at villages across a governorate: a report date is compared with the dated reports
    of its days at most max_distance_km off (a grid of cells), not with every one of the governorate's those days."""
    rng = random.Random(5)
    keys = []
    for index in range(1000):
        village = rng.randrange(800)
        spot = random.Random(village)  # one point per village
        keys.append(key(
            f"r{index}", f"d{index}", place_id=f"geonames:{village}", toponym=f"village {village}",
            lat=34.6 + spot.random() * 1.4, lon=39.6 + spot.random() * 1.8, admin1="Deir ez-Zor",
            date_value=DAY + timedelta(days=rng.randrange(50)), report_date=rng.random() < 0.5,
        ))
    brute = {
        (i, j) for i in range(len(keys)) for j in range(i + 1, len(keys)) if suggestion_reason(keys[i], keys[j])
    }
    compared = _counting_comparisons(monkeypatch)
    assert {(x, y) for x, y, _, _ in suggested_pairs(keys)} == brute and len(brute) > 20
    assert compared[0] <= 10 * len(keys)  # a few a report; the governorate's days held about 100 a report date


def test_the_sdf_and_its_kurdish_core_named_as_the_ypg_are_one_party_for_a_lead() -> None:
    first = key("a", "d1", event_type="armed_clash", actor="sdf")
    later = {"event_type": "armed_clash", "date_value": DAY + timedelta(days=4)}
    assert suggestion_reason(first, key("b", "d2", actor="ypg", **later)) is not None
    assert suggestion_reason(first, key("b", "d2", actor="ypg and us-led coalition", **later)) is not None
    # (another party of the same side stays no lead)
    assert suggestion_reason(first, key("b", "d2", actor="asayish", **later)) is None
