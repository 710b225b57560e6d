"""Pairs of reports the same-event rule must merge, and pairs it must not (mapapp.store.merge.match_reason).

The rule merges what an analyst would merge without asking: one place named at two levels of precision on matching
days, and keeps apart what only looks alike: an interception without harm beside a deadly strike, two undated strikes
on one town, a governorate-wide phrase beside a town, two villages placed at one town, one town's strikes a year apart.
"""

from __future__ import annotations

from datetime import date

import pytest

from mapapp.store.merge import ReportKey, casualties_conflict, cluster_reports, match_reason, mismatches


def key(report_id: str = "r", document_id: str = "d1", **overrides: object) -> ReportKey:
    values: dict[str, object] = {
        "event_type": "raid", "place_id": "geonames:1", "precision": "place", "lat": 35.0, "lon": 40.5,
        "toponym": "busayrah", "date_value": date(2021, 10, 16), "admin1": "Deir ez-Zor",
    }
    values.update(overrides)
    return ReportKey(report_id=report_id, document_id=document_id, **values)  # type: ignore[arg-type]


# a village the gazetteer lacks: one report places it at the governorate, the other at the town it lies by
AT_GOVERNORATE = key("a", "d1", place_id="ocha:SY09", precision="admin1", lat=35.3, lon=40.1, toponym="al-zar",
                     report_date=True, approximate=True)
AT_TOWN = key("b", "d2", precision="admin3", toponym="zer", approximate=True)


def test_one_village_placed_at_two_levels_on_one_day_merges() -> None:
    reason = match_reason(AT_GOVERNORATE, AT_TOWN)
    assert reason is not None and "both name" in reason and "admin1" in reason and "admin3" in reason
    assert len(cluster_reports([AT_GOVERNORATE, AT_TOWN])) == 1


def test_a_town_told_at_two_levels_merges_with_its_own_countryside_report() -> None:
    town = key("a", "d1", toponym="tal tamr", admin1="Al-Hasakah")
    countryside = key("b", "d2", place_id="geonames:2", precision="admin3", lat=36.7, lon=40.4,
                      toponym="the tal tamr countryside", admin1="Al-Hasakah")
    assert match_reason(town, countryside) is not None


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        # an interception that harmed nobody and a deadly drone strike near the same city on the same day
        (key("a", "d1", event_type="drone_strike", toponym="deir ezzor", killed_low=0, killed_high=0),
         key("b", "d2", event_type="drone_strike", toponym="hatla", place_id="geonames:2", lat=35.03, lon=40.55,
             killed_low=2, killed_high=2), "casualties"),
        # two undated drone strikes on one town by one actor: two strikes as likely as one
        (key("a", "d1", event_type="drone_strike", toponym="qamishli", date_value=None, actor="turkish forces"),
         key("b", "d2", event_type="drone_strike", toponym="qamishli", date_value=None, actor="turkish forces"),
         "undated"),
        # "the Deir ez-Zor countryside" names no place: not merged with a town of the governorate on its day
        (key("a", "d1", place_id="ocha:SY09", precision="admin1", lat=35.3, lon=40.1,
             toponym="the eastern deir ez-zor countryside"),
         key("b", "d2", toponym="busayrah"), "place"),
        # two different villages, each placed at the town they lie by
        (key("a", "d1", precision="admin3", toponym="al-dardarah", approximate=True, admin1="Al-Hasakah"),
         key("b", "d2", precision="admin3", toponym="um al-khair", approximate=True, admin1="Al-Hasakah"), "place"),
        # one town's shelling a year apart
        (key("a", "d1", event_type="shelling", toponym="ain issa", date_value=date(2019, 10, 13)),
         key("b", "d2", event_type="shelling", toponym="ain issa", date_value=date(2020, 11, 25)), "date"),
        # one name in two governorates (two villages called al-Zar) on one day
        (AT_GOVERNORATE, key("b", "d2", precision="admin3", toponym="zer", approximate=True, admin1="Al-Hasakah",
                             place_id="geonames:3", lat=36.5, lon=40.7), "place"),
        # a clash and an air strike at one place on one day: not one event
        (key("a", "d1", event_type="armed_clash"), key("b", "d2", event_type="airstrike"), "event type"),
    ],
)
def test_pairs_that_must_not_merge(first: ReportKey, second: ReportKey, why: str) -> None:
    assert match_reason(first, second) is None
    assert match_reason(second, first) is None
    assert why in mismatches(first, second)
    assert len(cluster_reports([first, second])) == 2


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ((0, 0), (2, 2), True),
        ((0, 0), (1, None), True),
        ((3, 3), (5, 5), False),  # tolls rise from one report to the next
        ((0, 0), (0, 0), False),
        ((None, None), (4, 4), False),  # a report without a figure conflicts with none
    ],
)
def test_casualties_conflict_only_between_no_dead_and_dead(
    first: tuple[int | None, int | None], second: tuple[int | None, int | None], conflict: bool
) -> None:
    a = key("a", "d1", killed_low=first[0], killed_high=first[1])
    b = key("b", "d2", killed_low=second[0], killed_high=second[1])
    assert casualties_conflict(a, b) is conflict
    assert casualties_conflict(b, a) is conflict
