"""The same-event rule and the combination of reports (pure logic, no database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from store_factories import (
    AL_HASAKAH_CITY,
    ARTICLE_A,
    ARTICLE_B,
    TALL_TAMR,
    khuweibra_reports,
    located,
    make_incident,
)

from mapapp.model import Casualties, EventType, IncidentDate
from mapapp.store.merge import (
    ACTOR_SIDES,
    COMPATIBLE_TYPES,
    EVENT_TYPE_FAMILIES,
    FORMER_ACTOR_NAMES,
    MergeRule,
    ReportKey,
    actor_sides,
    actors_conflict,
    cluster_reports,
    combine_casualties,
    compatible_types,
    effective_dates,
    haversine_km,
    match_reason,
    merge_reports,
    mismatches,
    same_toponym,
    search_box,
    type_relation,
)


def key(report_id: str = "r", document_id: str = "d1", **overrides: object) -> ReportKey:
    values: dict[str, object] = {
        "event_type": "airstrike", "place_id": "geonames:1", "precision": "place", "lat": 36.0, "lon": 40.0,
        "toponym": "x", "date_value": date(2018, 6, 4),
    }
    values.update(overrides)
    return ReportKey(report_id=report_id, document_id=document_id, **values)  # type: ignore[arg-type]


def test_haversine_one_degree_of_latitude_is_about_111_km() -> None:
    assert haversine_km(36.0, 40.0, 37.0, 40.0) == pytest.approx(111.2, abs=0.2)
    assert haversine_km(36.0, 40.0, 36.0, 40.0) == 0.0
    assert haversine_km(36.0, 40.0, 36.3, 40.4) == pytest.approx(haversine_km(36.3, 40.4, 36.0, 40.0))


def test_search_box_contains_the_circle() -> None:
    min_lon, min_lat, max_lon, max_lat = search_box(36.0, 40.0, 10.0)
    assert haversine_km(36.0, 40.0, max_lat, 40.0) >= 10.0
    assert haversine_km(36.0, 40.0, min_lat, 40.0) >= 10.0
    for lat in (min_lat, 36.0, max_lat):
        assert haversine_km(36.0, 40.0, lat, max_lon) >= 10.0
        assert haversine_km(36.0, 40.0, lat, min_lon) >= 10.0
    assert min_lon < 40.0 < max_lon and min_lat < 36.0 < max_lat


def test_same_place_adjacent_day_same_type_merges_with_a_readable_reason() -> None:
    reason = match_reason(key("a", "d1"), key("b", "d2", date_value=date(2018, 6, 5)))
    assert reason == "same place geonames:1, 0.0 km; dates 2018-06-04 and 2018-06-05 (1 day); both airstrike"


@pytest.mark.parametrize(
    "other",
    [
        key("b", "d1"),  # same document: an article lists distinct events
        key("b", "d2", event_type="armed_clash"),  # a firefight on the ground is not a strike from the air
        key("b", "d2", date_value=date(2018, 6, 6)),  # two days apart
        key("b", "d2", date_value=None),  # one undated
        key("b", "d2", place_id=None, lat=None, lon=None, precision="unresolved"),
    ],
)
def test_reports_that_differ_in_document_type_day_or_place_do_not_merge(other: ReportKey) -> None:
    assert match_reason(key("a", "d1"), other) is None


def test_distance_threshold_is_configurable() -> None:
    near = key("b", "d2", place_id="geonames:2", lat=36.0 + 9.0 / 111.2)  # about 9 km north
    far = key("c", "d3", place_id="geonames:3", lat=36.0 + 11.0 / 111.2)  # about 11 km north
    assert match_reason(key(), near) is not None
    assert "km apart" in (match_reason(key(), near) or "")
    assert match_reason(key(), far) is None
    assert match_reason(key(), far, MergeRule(max_distance_km=12.0)) is not None


def test_day_gap_is_configurable() -> None:
    later = key("b", "d2", date_value=date(2018, 6, 6))
    assert match_reason(key(), later) is None
    assert match_reason(key(), later, MergeRule(max_day_gap=2)) is not None
    assert match_reason(key(), key("c", "d3"), MergeRule(max_day_gap=0)) is not None


def test_undated_reports_merge_only_on_the_same_month_and_day() -> None:
    may24 = key("a", "d1", date_value=None, month=5, day=24)
    assert "05-24" in (match_reason(may24, key("b", "d2", date_value=None, month=5, day=24)) or "")
    assert match_reason(may24, key("b", "d2", date_value=None, month=5, day=25)) is None
    fully_undated = key("c", "d3", date_value=None)
    assert match_reason(fully_undated, key("d", "d4", date_value=None)) is None


def test_admin_level_reports_need_the_same_toponym() -> None:
    admin = {"precision": "admin1", "place_id": "ocha:SY08"}
    khuweibra = key("a", "d1", toponym="khuweibra", **admin)
    assert match_reason(khuweibra, key("b", "d2", toponym="khuweibra", **admin)) is not None
    assert match_reason(khuweibra, key("b", "d2", toponym="tal shayr", **admin)) is None


def test_combined_casualties_take_max_low_and_keep_an_open_upper_bound() -> None:
    combined = combine_casualties([(Casualties(18, None, "at least 18"), "A"), (Casualties(20, 20, "20 killed"), "B")])
    assert combined.combined is not None
    assert (combined.combined.low, combined.combined.high) == (20, None)
    assert combined.disagreement
    assert [(r["low"], r["high"], r["outlet"]) for r in combined.reported] == [(18, None, "A"), (20, 20, "B")]
    assert "at least 18" in (combined.combined.phrase or "") and "20 killed" in (combined.combined.phrase or "")


def test_combined_casualties_of_closed_ranges_take_max_high() -> None:
    combined = combine_casualties([(Casualties(10, 12), None), (Casualties(11, 15), None), (None, None)])
    assert combined.combined is not None
    assert (combined.combined.low, combined.combined.high) == (11, 15)
    assert combined.disagreement


def test_agreeing_or_missing_casualties_show_no_disagreement() -> None:
    same = combine_casualties([(Casualties(12, 12, "a dozen"), "A"), (Casualties(12, 12, "12"), "B")])
    assert not same.disagreement and same.combined == Casualties(12, 12, "a dozen")
    assert combine_casualties([(None, "A"), (None, "B")]).combined is None


def test_merge_reports_of_the_khuweibra_strike() -> None:
    a, b = khuweibra_reports()
    a = replace(a, outlet=ARTICLE_A.outlet)
    b = replace(b, outlet=ARTICLE_B.outlet, actor="US-led coalition")
    merged = merge_reports(a.id, [a, b], reasons=[None, "why"], dates=[date(2018, 6, 4), date(2018, 6, 5)])
    incident = merged.incident
    assert incident.id == a.id and merged.report_ids == [a.id, b.id]
    assert merged.document_ids == [ARTICLE_A.id, ARTICLE_B.id]
    assert incident.killed is not None and (incident.killed.low, incident.killed.high) == (20, None)
    assert merged.summary()["killed_disagreement"] is True
    assert incident.date is not None and incident.date.value == date(2018, 6, 4)
    assert incident.actor == "US-led coalition"
    assert set(incident.sources) >= {"local sources", "a war monitor", "Levant Wire", "Euphrates Daily"}
    assert incident.evidence == a.evidence and incident.document_id == ARTICLE_A.id
    assert merged.reasons == ["why"]


def test_merged_location_is_the_most_precise_report() -> None:
    a, b = khuweibra_reports()
    b = replace(b, location=located(AL_HASAKAH_CITY))
    merged = merge_reports(a.id, [a, b])
    assert merged.incident.location == b.location


def test_effective_dates_follow_relative_references_within_a_document() -> None:
    base = make_incident(ARTICLE_A, "At least 18", place=TALL_TAMR, when=date(2018, 6, 4))
    after = replace(
        make_incident(ARTICLE_A, "school", place=TALL_TAMR, event_type=EventType.SHELLING),
        date=IncidentDate(relative_to=base.id, days_after=1, basis="incident"),
    )
    loop = replace(
        make_incident(ARTICLE_A, "Rescue", place=TALL_TAMR, event_type=EventType.RAID),
        date=IncidentDate(relative_to="nowhere", days_after=1, basis="incident"),
    )
    dates = effective_dates([base, after, loop])
    assert dates == {base.id: date(2018, 6, 4), after.id: date(2018, 6, 5), loop.id: None}


def test_merge_rule_rejects_negative_thresholds() -> None:
    with pytest.raises(ValueError):
        MergeRule(max_distance_km=-1)


def test_dates_must_be_parallel_to_the_reports() -> None:
    # A short ``dates`` list used to be cut silently, dropping the later reports' dates from the merge.
    a, b = khuweibra_reports()
    with pytest.raises(ValueError, match="1 dates for 2 reports"):
        merge_reports(a.id, [a, b], dates=[date(2018, 6, 4)])
    assert merge_reports(a.id, [a, b]).incident.date == a.date  # no dates given: the founding report's


# --------------------------------------------------------------------------- compatible types, report dates, names


@pytest.mark.parametrize(
    ("first", "second", "family"),
    [
        ("drone_strike", "airstrike", "remote fire"),
        ("shelling", "drone_strike", "remote fire"),  # "Turkish bombardment" of a drone strike
        ("raid", "armed_clash", "ground assault"),
        ("suicide_bomb", "car_bomb", "bombing"),
        ("ied", "car_bomb", "bombing"),
        ("raid", "airstrike", "air raid"),  # a coalition "raid" on a prison from the air
        ("raid", "drone_strike", "air raid"),
        ("attack", "raid", "generic attack"),
        ("armed_clash", "attack", "generic attack"),
        ("shelling", "attack", "generic attack"),
        ("attack", "drone_strike", "generic attack"),
        ("ied", "attack", "generic attack"),
    ],
)
def test_compatible_event_types_merge_either_way_round(first: str, second: str, family: str) -> None:
    reason = match_reason(key("a", "d1", event_type=first), key("b", "d2", event_type=second))
    assert reason is not None and reason.endswith(f"{first} ~ {second} ({family})")
    assert match_reason(key("b", "d2", event_type=second), key("a", "d1", event_type=first)) is not None
    assert type_relation(first, second) == f"{first} ~ {second} ({family})"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("armed_clash", "airstrike"),  # a firefight is not a strike from the air
        ("armed_clash", "drone_strike"),
        ("armed_clash", "shelling"),
        ("raid", "shelling"),
        ("car_bomb", "shelling"),
        ("ied", "airstrike"),
        ("suicide_bomb", "raid"),
        ("other", "attack"),  # "other" says the kind is unknown: it merges with itself only
        ("other", "airstrike"),
    ],
)
def test_other_event_types_do_not_merge(first: str, second: str) -> None:
    assert match_reason(key("a", "d1", event_type=first), key("b", "d2", event_type=second)) is None
    assert second not in compatible_types(first) and first not in compatible_types(second)
    assert type_relation(first, second) is None


def test_every_family_member_is_compatible_with_every_other_and_the_generic_attack_with_all_but_other() -> None:
    for members in EVENT_TYPE_FAMILIES.values():
        for first in members:
            assert {kind.value for kind in members} <= compatible_types(first.value)
    assert compatible_types("attack") == frozenset(kind.value for kind in EventType) - {"other"}
    assert compatible_types("other") == frozenset({"other"})


def test_the_compatibility_relation_is_symmetric_and_reflexive() -> None:
    for kind, related in COMPATIBLE_TYPES.items():
        assert kind in related
        assert all(kind in COMPATIBLE_TYPES[other] for other in related)


def test_a_report_date_stands_for_the_days_up_to_the_publication() -> None:
    exact = key("a", "d1", date_value=date(2018, 6, 4))
    published_later = key("b", "d2", date_value=date(2018, 6, 9), report_date=True)  # no date in its text
    reason = match_reason(exact, published_later)
    assert reason == (
        "same place geonames:1, 0.0 km; 2018-06-04 within the 7 days up to report date 2018-06-09; both airstrike"
    )
    # the event happened on or before the publication: a day after it is not covered (a text cannot tell of an
    # event later than the day it appeared), the publication day itself is
    assert match_reason(key("c", "d3", date_value=date(2018, 6, 10)), published_later) is None
    assert match_reason(key("c", "d3", date_value=date(2018, 6, 11)), published_later) is None
    assert match_reason(key("c", "d3", date_value=date(2018, 6, 9)), published_later) is not None
    assert match_reason(published_later, key("c", "d3", date_value=date(2018, 6, 10))) is None  # either order
    # nor a day more than the window (and the gap) before it
    assert match_reason(key("c", "d3", date_value=date(2018, 5, 31)), published_later) is None
    assert match_reason(key("c", "d3", date_value=date(2018, 5, 31)), published_later,
                        MergeRule(report_window_days=10)) is not None


def test_an_exact_date_is_never_widened_like_a_report_date() -> None:
    exact = key("a", "d1", date_value=date(2018, 6, 4))
    assert match_reason(exact, key("b", "d2", date_value=date(2018, 6, 9))) is None  # both exact: 5 days apart


def test_two_report_dates_match_only_when_published_within_the_day_gap() -> None:
    first = key("a", "d1", date_value=date(2018, 6, 4), report_date=True)
    reason = match_reason(first, key("b", "d2", date_value=date(2018, 6, 5), report_date=True))
    assert reason is not None and "report dates 2018-06-04 and 2018-06-05 (1 day)" in reason
    assert match_reason(first, key("b", "d2", date_value=date(2018, 6, 7), report_date=True)) is None


def test_a_report_date_never_bridges_days_that_do_not_match_each_other() -> None:
    # days 1 and 6 are both within the week up to the report date of day 7, but not within a day of each other
    keys = [
        key("a", "d1", date_value=date(2018, 6, 1)),
        key("b", "d2", date_value=date(2018, 6, 6)),
        key("c", "d3", date_value=date(2018, 6, 7), report_date=True),
    ]
    groups = sorted(sorted(cluster.report_ids) for cluster in cluster_reports(keys))
    assert groups == [["a"], ["b", "c"]]  # c joins the nearer day; a stays apart
    # exact days alone still chain (days 1, 2, 3: each matches its neighbour)
    chain = [key(name, f"d{n}", date_value=date(2018, 6, n + 1)) for n, name in enumerate("xyz")]
    assert [sorted(cluster.report_ids) for cluster in cluster_reports(chain)] == [["x", "y", "z"]]


def test_report_date_is_read_from_the_incident_date_precision() -> None:
    incident = make_incident(ARTICLE_A, "At least 18 Iraqi refugees were killed", toponym="Khuweibra")
    reported = replace(incident, date=IncidentDate(value=date(2018, 6, 5), basis="report"))
    assert ReportKey.from_incident(reported, "d", date(2018, 6, 5)).report_date
    exact = replace(incident, date=IncidentDate(value=date(2018, 6, 5), basis="absolute"))
    assert not ReportKey.from_incident(exact, "d", date(2018, 6, 5)).report_date


def test_admin_level_toponyms_are_compared_after_name_normalisation() -> None:
    admin = {"precision": "admin1", "place_id": "ocha:SY08"}
    with_article = key("a", "d1", toponym="al-busayrah", **admin)
    assert match_reason(with_article, key("b", "d2", toponym="busayrah", **admin)) is not None
    assert same_toponym("deir ez-zor", "dayr al-zawr")
    assert not same_toponym("busayrah", "shuhayl") and not same_toponym(None, "busayrah")


def test_mismatches_name_every_failed_condition() -> None:
    assert mismatches(key("a", "d1"), key("b", "d2")) == ()
    assert mismatches(key("a", "d1"), key("b", "d1")) == ("document",)
    apart = key("b", "d2", event_type="car_bomb", lat=37.0, place_id="geonames:9", date_value=None)
    assert mismatches(key("a", "d1"), apart) == ("event type", "place", "undated")
    assert mismatches(key("a", "d1"), key("b", "d2", date_value=date(2019, 1, 1))) == ("date",)


def test_a_merged_incident_takes_a_told_day_over_an_earlier_report_date() -> None:
    a, b = khuweibra_reports()
    reported = replace(b, date=IncidentDate(value=date(2018, 6, 3), basis="report"))
    merged = merge_reports("x", [reported, a], dates=[date(2018, 6, 3), date(2018, 6, 4)])
    assert merged.incident.date is not None and merged.incident.date.value == date(2018, 6, 4)
    assert merged.incident.date.precision == "day"
    only_reported = merge_reports("y", [reported], dates=[date(2018, 6, 3)])
    assert only_reported.incident.date is not None and only_reported.incident.date.precision == "report"


# --------------------------------------------------------------------------- actors of different sides


def test_a_strike_and_an_attack_by_the_other_side_are_two_events() -> None:
    strike = key("a", "d1", actor="us-led coalition", date_value=date(2018, 6, 4))
    execution = key("b", "d2", event_type="attack", actor="isis", date_value=date(2018, 6, 9), report_date=True)
    assert actors_conflict(strike, execution) and actors_conflict(execution, strike)
    assert match_reason(strike, execution) is None
    assert "actor" in mismatches(strike, execution)
    # the same two without the actors (or with one unnamed) match on place, day and type
    assert match_reason(replace(strike, actor=None), execution) is not None
    assert match_reason(strike, replace(execution, actor=None)) is not None


def test_parties_of_one_side_may_tell_one_event() -> None:
    joint_raid = key("a", "d1", event_type="raid", actor="sdf and us-led coalition")
    for actor in ("us-led coalition", "sdf", "asayish"):
        assert not actors_conflict(joint_raid, key("b", "d2", actor=actor))
        assert match_reason(joint_raid, key("b", "d2", actor=actor)) is not None
    shelling = key("c", "d3", event_type="shelling", actor="turkish forces")
    assert not actors_conflict(shelling, key("d", "d4", event_type="shelling", actor="turkish-backed factions"))
    assert actors_conflict(shelling, key("d", "d4", event_type="shelling", actor="syrian army"))


def test_the_actors_of_a_clash_or_of_two_ground_reports_are_not_compared() -> None:
    clash = key("a", "d1", event_type="armed_clash", actor="isis")
    assert not actors_conflict(clash, key("b", "d2", event_type="attack", actor="sdf"))
    assert match_reason(clash, key("b", "d2", event_type="attack", actor="sdf")) is not None
    attack = key("c", "d3", event_type="attack", actor="isis")
    assert not actors_conflict(attack, key("d", "d4", event_type="raid", actor="sdf and us-led coalition"))
    # an actor the table does not know ("gunmen", written as in the text) conflicts with nobody
    assert actor_sides("gunmen") == frozenset() and not actors_conflict(key("e", "d5", actor="gunmen"), attack)


def test_a_party_stored_under_its_former_name_keeps_its_side() -> None:
    # a store written before the tribes' fighters were renamed: the old name is still on their side
    assert actor_sides("arab tribal forces") == actor_sides("arab tribal fighters") != frozenset()
    assert all(now in ACTOR_SIDES for now in FORMER_ACTOR_NAMES.values())


def test_every_named_actor_of_the_extractor_has_a_side() -> None:
    from mapapp.extract.lexicon import JOINT_ACTORS, NAMED_ACTORS

    assert {name.casefold() for name in NAMED_ACTORS} == set(ACTOR_SIDES) - set(FORMER_ACTOR_NAMES)
    for members, joint in JOINT_ACTORS.items():  # allies fight on one side
        assert len(actor_sides(joint.casefold())) == 1, joint
        assert len({ACTOR_SIDES[member.casefold()] for member in members}) == 1, joint


def test_a_report_naming_nobody_never_bridges_two_sides() -> None:
    strike = key("a", "d1", actor="us-led coalition")
    unnamed = key("b", "d2", event_type="attack")
    execution = key("c", "d3", event_type="attack", actor="isis")
    assert match_reason(strike, unnamed) and match_reason(unnamed, execution)
    groups = sorted(sorted(cluster.report_ids) for cluster in cluster_reports([strike, unnamed, execution]))
    assert len(groups) == 2  # the unnamed report joins one of them (the nearer edge), never both
    assert not any({"a", "c"} <= set(group) for group in groups)
