"""Undated and governorate-level reports: the corroborated rule, its uniqueness condition, suggestions, and the
analyst's decisions on them ("same event as #N", "not the same"). Reports are built by hand (store_factories)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import sqlalchemy as sa
from store_factories import (
    HASAKAH_GOVERNORATE,
    TALL_TAMR,
    located,
    make_incident,
    synthetic_document,
)

from mapapp.model import Casualties, EventType, Incident, Location, Place, Precision
from mapapp.store import IncidentStore, open_store
from mapapp.store.backends import open_backend
from mapapp.store.merge import (
    ReportKey,
    cluster_reports,
    corroborated_reason,
    suggestion_reason,
)
from mapapp.store.schema import current_version, schema_version


def key(report_id: str, document_id: str, **overrides: object) -> ReportKey:
    values: dict[str, object] = {
        "event_type": "drone_strike", "place_id": "geonames:1", "precision": "place", "lat": 36.6, "lon": 40.4,
        "toponym": "tal tamr", "admin1": "Al-Hasakah", "actor": "turkish forces", "killed_low": 4, "killed_high": 4,
    }
    values.update(overrides)
    return ReportKey(report_id=report_id, document_id=document_id, **values)  # type: ignore[arg-type]


GOVERNORATE = {"place_id": "ocha:SY08", "precision": "admin1", "toponym": "hasakah countryside", "lat": 36.5}


def groups(keys: list[ReportKey], **kwargs: object) -> list[list[str]]:
    return sorted(sorted(cluster.report_ids) for cluster in cluster_reports(keys, **kwargs))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- the corroborated rule (pure)


def test_undated_reports_agreeing_in_place_type_actor_and_toll_are_corroborated() -> None:
    reason = corroborated_reason(key("a", "d1"), key("b", "d2", event_type="airstrike"))
    assert reason is not None and "same place geonames:1" in reason and "both 4 killed" in reason
    assert "airstrike ~ drone_strike (remote fire)" in reason or "drone_strike ~ airstrike (remote fire)" in reason


def test_the_corroborated_rule_wants_every_fingerprint() -> None:
    first = key("a", "d1")
    assert corroborated_reason(first, key("b", "d2", actor=None)) is None  # no actor named
    assert corroborated_reason(first, key("b", "d2", actor="isis")) is None
    assert corroborated_reason(first, key("b", "d2", killed_low=None, killed_high=None)) is None  # no toll
    assert corroborated_reason(first, key("b", "d2", killed_low=5, killed_high=5)) is None
    assert corroborated_reason(first, key("b", "d2", event_type="armed_clash")) is None
    assert corroborated_reason(first, key("b", "d1")) is None  # one article lists distinct events
    one = {"killed_low": 1, "killed_high": 1}  # "one killed" is said of too many events to tell any apart
    assert corroborated_reason(key("a", "d1", **one), key("b", "d2", **one)) is None
    assert corroborated_reason(first, key("b", "d2", place_id="geonames:2", lat=36.61)) is None  # another place


def test_a_governorate_level_report_joins_a_place_only_when_it_names_nothing_else() -> None:
    place = key("a", "d1")
    assert corroborated_reason(place, key("b", "d2", **GOVERNORATE)) is not None
    own_village = {**GOVERNORATE, "toponym": "um al-kheir"}  # a village the gazetteer lacks: maybe another place
    assert corroborated_reason(place, key("b", "d2", **own_village)) is None
    assert suggestion_reason(place, key("b", "d2", **own_village)) is None
    other_governorate = {**GOVERNORATE, "admin1": "Deir ez-Zor", "toponym": "deir ez-zor"}
    assert corroborated_reason(place, key("b", "d2", **other_governorate)) is None
    both_governorate = key("c", "d3", **GOVERNORATE)
    assert corroborated_reason(key("b", "d2", **GOVERNORATE), both_governorate) is None


def test_two_villages_placed_at_one_town_are_different_places() -> None:
    near_a = key("a", "d1", toponym="tal shinan", approximate=True)
    assert corroborated_reason(near_a, key("b", "d2", toponym="tal jumaa", approximate=True)) is None
    assert corroborated_reason(near_a, key("b", "d2", toponym="tall shinan", approximate=True)) is not None
    assert corroborated_reason(near_a, key("b", "d2")) is not None  # the other names the town itself


def test_dated_sides_must_agree_closely() -> None:
    told = key("a", "d1", date_value=date(2022, 8, 18))
    assert corroborated_reason(told, key("b", "d2", date_value=date(2022, 8, 19))) is not None
    assert corroborated_reason(told, key("b", "d2", date_value=date(2022, 8, 25))) is None
    # a publication date stands for a week: too loose when the place is only a governorate
    assert corroborated_reason(told, key("b", "d2", date_value=date(2022, 8, 20), report_date=True)) is None
    assert corroborated_reason(told, key("b", "d2")) is not None  # undated: conflicts with nothing


# --------------------------------------------------------------------------- uniqueness in the clustering


def test_a_report_that_fits_exactly_one_incident_joins_it() -> None:
    assert groups([key("a", "d1", date_value=date(2022, 8, 18)), key("b", "d2")]) == [["a", "b"]]


def test_a_report_that_fits_two_incidents_joins_neither() -> None:
    # two dated strikes a week apart at one town, both with four dead; an undated report fits both
    keys = [key("a", "d1", date_value=date(2022, 8, 1)), key("b", "d2", date_value=date(2022, 8, 9)), key("u", "d3")]
    assert groups(keys) == [["a"], ["b"], ["u"]]


def test_three_undated_reports_that_all_fit_each_other_are_one_incident() -> None:
    assert groups([key("a", "d1"), key("b", "d2"), key("c", "d3")]) == [["a", "b", "c"]]


def test_analyst_decisions_override_the_rule() -> None:
    keys = [key("a", "d1"), key("b", "d2")]
    assert groups(keys, apart=[("a", "b")]) == [["a"], ["b"]]
    unrelated = [key("a", "d1"), key("b", "d2", actor="isis", killed_low=None, killed_high=None)]
    assert groups(unrelated) == [["a"], ["b"]]
    assert groups(unrelated, together=[("b", "a")]) == [["a", "b"]]


def test_a_corroborated_join_never_puts_actors_of_different_sides_together() -> None:
    # an analyst put an ISIS report with "a"; "b" corroborates "a" alone but credits Turkish forces, like "a": joining
    # it would put a Turkish strike and an ISIS one in one incident
    keys = [key("a", "d1"), key("b", "d2"), key("c", "d3", actor="isis", killed_low=None, killed_high=None)]
    assert groups(keys[:2]) == [["a", "b"]]
    assert groups(keys, together=[("c", "a")]) == [["a", "c"], ["b"]]


def test_corroborated_clustering_is_a_function_of_the_set_of_reports() -> None:
    keys = [
        key("a", "d1", date_value=date(2022, 8, 1)), key("b", "d2", date_value=date(2022, 8, 9)), key("u", "d3"),
        key("v", "d4", place_id="geonames:2", lat=36.9), key("w", "d5", place_id="geonames:2", lat=36.9),
        key("x", "d6", **GOVERNORATE),
    ]
    expected = cluster_reports(keys)
    for shift in range(1, len(keys)):
        assert cluster_reports(keys[shift:] + keys[:shift]) == expected
        assert cluster_reports(list(reversed(keys[shift:] + keys[:shift]))) == expected


# --------------------------------------------------------------------------- suggestions (pure)


def test_suggestions_need_no_toll_but_nothing_may_conflict() -> None:
    silent = {"killed_low": None, "killed_high": None}
    first = key("a", "d1", **silent)
    reason = suggestion_reason(first, key("b", "d2", **silent))
    assert reason is not None and reason.startswith("possibly the same event: same place geonames:1")
    assert suggestion_reason(first, key("b", "d2")) is not None  # one states a toll, the other none
    assert suggestion_reason(key("a", "d1", killed_low=2, killed_high=2), key("b", "d2", killed_low=9,
                                                                            killed_high=9)) is None
    assert suggestion_reason(first, key("b", "d2", actor=None)) is None
    assert suggestion_reason(first, key("b", "d2", event_type="armed_clash")) is None
    # both told on a day: the same-event rule has decided already
    dated = {"date_value": date(2022, 8, 1)}
    assert suggestion_reason(key("a", "d1", **dated), key("b", "d2", **dated)) is None


# --------------------------------------------------------------------------- the store


def _turkish_strike(number: int, place: Place, toponym: str | None = None, killed: int | None = None,
                    when: date | None = None) -> tuple[object, Incident]:
    document = synthetic_document(number, tag="corr")
    incident = make_incident(
        document, "airstrike", place=place, toponym=toponym, event_type=EventType.DRONE_STRIKE, when=when,
        killed=Casualties(killed, killed, f"{killed} killed") if killed is not None else None,
    )
    return document, replace(incident, actor="Turkish forces")


def test_the_store_merges_a_corroborated_undated_report_and_keeps_the_reason(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.sqlite")) as store:
        dated = _turkish_strike(1, TALL_TAMR, killed=4, when=date(2022, 8, 18))
        undated = _turkish_strike(2, TALL_TAMR, killed=4)
        for document, incident in (undated, dated):
            store.ingest(document, [incident])  # type: ignore[arg-type]
        [merged] = store.incidents()
        record = store.record(merged.id)
        assert len(record.reports) == 2
        assert any((r.merge_reason or "").startswith("corroborated:") for r in record.reports)


def test_possible_duplicates_are_suggested_then_joined_or_kept_apart(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.sqlite")) as store:
        first = _turkish_strike(1, TALL_TAMR)
        second = _turkish_strike(2, TALL_TAMR)
        third = _turkish_strike(3, TALL_TAMR)
        ids = [store.ingest(d, [i]).incident_ids[0] for d, i in (first, second, third)]  # type: ignore[arg-type]
        assert len(store.incidents()) == 3  # no toll: never merged automatically
        suggested = store.possible_duplicates(ids[0])
        assert [s.other_incident_id for s in suggested] == sorted(ids[1:])
        assert all(s.reason.startswith("possibly the same event") for s in suggested)
        assert len(store.review_queue()) == 3  # each pair once

        store.keep_apart(ids[0], ids[2], author="analyst", note="another day")
        assert [s.other_incident_id for s in store.possible_duplicates(ids[0])] == [ids[1]]

        joined = store.join(ids[0], ids[1], author="analyst")
        assert len(store.incidents()) == 2
        record = store.record(joined)
        assert {r.id for r in record.reports} == {first[1].id, second[1].id}  # type: ignore[union-attr]
        assert "confirmed by an analyst" in " ".join(record.merge_reasons)
        assert [e.field for e in store.history(joined)][-1] == "join"
        assert store.counts().edits == 0  # decisions are history, not corrections

        # a later ingest of a fourth report keeps the decisions
        fourth = _turkish_strike(4, TALL_TAMR)
        store.ingest(fourth[0], [fourth[1]])  # type: ignore[arg-type]
        partition = {frozenset(r.id for r in store.record(i.id).reports) for i in store.incidents()}
        assert frozenset({first[1].id, second[1].id}) in partition  # type: ignore[union-attr]
        assert all(third[1].id not in group or len(group) == 1 or first[1].id not in group  # type: ignore[union-attr]
                   for group in partition)


def test_a_join_then_an_unmerge_splits_the_report_out_again(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.sqlite")) as store:
        first, second = _turkish_strike(1, TALL_TAMR), _turkish_strike(2, TALL_TAMR)
        a = store.ingest(first[0], [first[1]]).incident_ids[0]  # type: ignore[arg-type]
        b = store.ingest(second[0], [second[1]]).incident_ids[0]  # type: ignore[arg-type]
        joined = store.join(a, b, author="analyst")
        split_report = next(r.id for r in store.record(joined).reports if r.id != joined)
        store.unmerge(joined, split_report, author="analyst")
        assert len(store.incidents()) == 2


def test_decisions_refuse_unknown_incidents_and_need_an_author(tmp_path: Path) -> None:
    import pytest

    from mapapp.store import EditError, StoreError

    with open_store(str(tmp_path / "s.sqlite")) as store:
        only = _turkish_strike(1, TALL_TAMR)
        a = store.ingest(only[0], [only[1]]).incident_ids[0]  # type: ignore[arg-type]
        with pytest.raises(StoreError, match="no incident"):
            store.join(a, "nope", author="analyst")
        with pytest.raises(EditError):
            store.keep_apart(a, "nope", author=" ")
        with pytest.raises(StoreError, match="same incident"):
            store.join(a, a, author="analyst")


def test_a_store_from_before_migration_6_is_filled_in(tmp_path: Path) -> None:
    url = str(tmp_path / "old.sqlite")
    with open_store(url) as store:
        document, incident = _turkish_strike(1, TALL_TAMR, killed=4)
        store.ingest(document, [incident])  # type: ignore[arg-type]
    backend = open_backend(url)

    def downgrade(conn: sa.Connection) -> None:
        conn.execute(sa.text("DROP INDEX ix_reports_actor_killed"))
        for column in ("admin1", "actor", "killed_low", "killed_high"):
            conn.execute(sa.text(f"ALTER TABLE reports DROP COLUMN {column}"))
        conn.execute(schema_version.delete().where(schema_version.c.version > 5))

    backend.write(downgrade)
    backend.dispose()
    with open_store(url) as store:
        with store._backend.read() as conn:
            assert current_version(conn) >= 6
            row = conn.execute(sa.text("SELECT admin1, actor, killed_low, killed_high FROM reports")).one()
        assert tuple(row) == ("Al-Hasakah", "turkish forces", 4, 4)


def test_a_governorate_level_report_naming_only_the_governorate_joins_the_one_place(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.sqlite")) as store:
        at_town = _turkish_strike(1, TALL_TAMR, killed=3)
        in_governorate = _turkish_strike(2, HASAKAH_GOVERNORATE, toponym="Hasakah countryside", killed=3)
        for document, incident in (in_governorate, at_town):
            store.ingest(document, [incident])  # type: ignore[arg-type]
        [merged] = store.incidents()
        assert merged.location is not None and merged.location.place == TALL_TAMR  # the more precise place


def test_a_located_report_key_knows_when_its_toponym_is_not_the_place_name() -> None:
    document, incident = _turkish_strike(1, TALL_TAMR)
    village = replace(incident, location=Location(
        toponym="Tal Shinan", place=TALL_TAMR, precision=Precision.PLACE, matched_name="Tall Tamr"))
    assert ReportKey.from_incident(village, "d", None).approximate
    town = replace(incident, location=replace(located(TALL_TAMR, "Tal Tamr countryside"), matched_name="Tall Tamr"))
    assert not ReportKey.from_incident(town, "d", None).approximate


def test_store_is_an_incident_store(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.sqlite")) as store:
        assert isinstance(store, IncidentStore)


def test_the_cli_lists_possible_duplicates_and_records_decisions(tmp_path: Path, capsys: object) -> None:
    import pytest

    from mapapp.cli import main

    db = str(tmp_path / "s.sqlite")
    with open_store(db) as store:
        ids = []
        for number in (1, 2, 3):
            document, incident = _turkish_strike(number, TALL_TAMR)
            ids.append(store.ingest(document, [incident]).incident_ids[0])  # type: ignore[arg-type]
    assert main(["duplicates", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 3 and all("possibly the same event" in line for line in lines)
    assert all("same place Tall Tamr" in line and TALL_TAMR.id not in line for line in lines)  # names, not ids
    assert main(["keep-apart", ids[0], ids[2], "--author", "analyst", "--db", db]) == 0
    assert main(["join", ids[0], ids[1], "--author", "analyst", "--note", "same strike", "--db", db]) == 0
    capsys.readouterr()  # type: ignore[attr-defined]
    assert main(["duplicates", ids[2], "--db", db]) == 0
    # not the same as the first, which is the same as the second: not suggested with the joined incident either
    assert capsys.readouterr().out.count("possibly") == 0  # type: ignore[attr-defined]
    with open_store(db) as store:
        assert len(store.incidents()) == 2
    with pytest.raises(SystemExit):
        main(["join", ids[0], "--author", "a", "--db", db])  # the other incident is missing
    assert main(["join", ids[0], "nope", "--author", "a", "--db", db]) != 0


def _village_at_town(number: int, village: str) -> tuple[object, Incident]:
    """A strike on a village the gazetteer lacks, placed at the town the text locates it by."""
    document, incident = _turkish_strike(number, TALL_TAMR)
    location = Location(toponym=village, place=TALL_TAMR, precision=Precision.PLACE, matched_name="Tall Tamr")
    return document, replace(incident, location=location)


def test_the_store_does_not_suggest_two_villages_placed_at_one_town(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.sqlite")) as store:
        ids = []
        for number, village in ((1, "Tal Shinan"), (2, "Tal Jumaa"), (3, "Tall Shinan")):
            document, incident = _village_at_town(number, village)
            ids.append(store.ingest(document, [incident]).incident_ids[0])  # type: ignore[arg-type]
        assert [s.other_incident_id for s in store.possible_duplicates(ids[0])] == [ids[2]]  # one name, two spellings
        assert store.possible_duplicates(ids[1]) == []


def test_a_store_from_before_migration_7_learns_which_toponyms_are_approximate(tmp_path: Path) -> None:
    url = str(tmp_path / "old.sqlite")
    with open_store(url) as store:
        document, incident = _village_at_town(1, "Tal Shinan")
        store.ingest(document, [incident])  # type: ignore[arg-type]
    backend = open_backend(url)

    def downgrade(conn: sa.Connection) -> None:
        conn.execute(sa.text("ALTER TABLE reports DROP COLUMN approximate"))
        conn.execute(schema_version.delete().where(schema_version.c.version > 6))

    backend.write(downgrade)
    backend.dispose()
    with open_store(url) as store:
        with store._backend.read() as conn:
            assert current_version(conn) >= 7
            assert conn.execute(sa.text("SELECT approximate FROM reports")).scalar_one() in (1, True)


def test_a_village_placed_near_a_town_and_a_report_naming_the_town_may_be_one_event() -> None:
    # the geocoder places a village it lacks at the town the text locates it by, at admin3 precision
    silent = {"killed_low": None, "killed_high": None}
    village = key("a", "d1", precision="admin3", toponym="kaira", **silent)
    assert suggestion_reason(village, key("b", "d2", toponym="qamishli", **silent)) is not None
    assert suggestion_reason(village, key("b", "d2", precision="admin3", toponym="kaira", **silent)) is not None
    assert suggestion_reason(village, key("b", "d2", precision="admin3", toponym="hilaliye", **silent)) is None
    # a village near one town and another town of the governorate: no
    assert suggestion_reason(village, key("b", "d2", place_id="geonames:2", toponym="amuda", **silent)) is None


def test_a_joint_actor_shares_its_parties_in_suggestions_but_not_in_the_corroborated_rule() -> None:
    joint = key("a", "d1", actor="sdf and us-led coalition", precision="admin1", place_id="ocha:SY09",
                admin1="Deir ez-Zor", toponym="al-zar", killed_low=1, killed_high=1)
    village = key("b", "d2", actor="sdf", precision="admin3", place_id="geonames:9", admin1="Deir ez-Zor",
                  toponym="zar", killed_low=1, killed_high=1, approximate=True)
    reason = suggestion_reason(joint, village)
    assert reason is not None and "both name 'al-zar'" in reason and "by sdf and us-led coalition / sdf" in reason
    assert suggestion_reason(joint, replace(village, actor="isis")) is None
    assert corroborated_reason(joint, village) is None


def test_the_store_suggests_a_joint_actors_report_with_one_of_its_parties(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.sqlite")) as store:
        document, incident = _turkish_strike(1, TALL_TAMR)
        joint = replace(incident, actor="Turkish forces and SNA")
        first = store.ingest(document, [joint]).incident_ids[0]
        second = store.ingest(*_as_ingest(_turkish_strike(2, TALL_TAMR))).incident_ids[0]
        assert [s.other_incident_id for s in store.possible_duplicates(first)] == [second]


def _as_ingest(pair: tuple[object, Incident]) -> tuple[object, list[Incident]]:
    return pair[0], [pair[1]]


def test_an_undated_report_of_somewhere_in_a_governorate_is_no_lead() -> None:
    silent = {"killed_low": None, "killed_high": None}
    day = {"date_value": date(2022, 8, 18)}
    assert suggestion_reason(key("a", "d1", **silent), key("b", "d2", **GOVERNORATE, **silent)) is None
    assert suggestion_reason(key("a", "d1", **silent, **day), key("b", "d2", **GOVERNORATE, **silent, **day)) is not None


def test_reasons_name_places_by_their_names() -> None:
    from mapapp.store.store import with_place_names

    names = {"names:17": "Tall Tamr", "names:170": "Amuda", "geonames:1": "Qamishli"}
    assert with_place_names("same place names:170; names:17 lies in Al-Hasakah", names) == (
        "same place Amuda; Tall Tamr lies in Al-Hasakah"
    )
    assert with_place_names("both name 'x' (names:1700, geonames:1)", names) == "both name 'x' (names:1700, Qamishli)"
