"""Ranking possible duplicates for the analyst: one place name told in two spellings first, a village and the
town it is placed at later (:func:`mapapp.store.merge.suggestion_priority`), in the pure rule and in the store's
review queue. Reports are built by hand (store_factories)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_factories import TALL_TAMR, make_incident, synthetic_document

from mapapp.model import Document, EventType, Incident, Location, Place, Precision
from mapapp.store import open_store
from mapapp.store.merge import (
    SUGGESTION_PRIORITIES,
    ReportKey,
    one_place_name,
    review_order,
    suggested_pairs,
    suggestion_priority,
    suggestion_reason,
)


def key(report_id: str, document_id: str, **overrides: object) -> ReportKey:
    values: dict[str, object] = {
        "event_type": "drone_strike", "place_id": "geonames:1", "precision": "place", "lat": 36.6, "lon": 40.4,
        "toponym": "tal tamr", "admin1": "Al-Hasakah", "actor": "turkish forces",
    }
    values.update(overrides)
    return ReportKey(report_id=report_id, document_id=document_id, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("al-busirah", "busseirah"),  # vowels differ, consonants and vowel places agree
        ("gweiran prison", "ghwaryan prison"),
        ("qamishlo", "qamishli"),  # the geocoder's match score
        ("the tal tamr countryside", "tal tamr"),  # area words left out
        ("eastern countryside of tal tamr", "the tal tamr countryside"),
        ("ain issa", "ain isa"),
    ],
)
def test_spellings_of_one_place_are_one_name(first: str, second: str) -> None:
    assert one_place_name(first, second) and one_place_name(second, first)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("tal shinan", "tal tamr"),  # a village and the town it lies by
        ("al-hajna", "hajin"),  # a vowel more makes another name
        ("kaira", "qamishli"),
        ("eastern countryside", "tal tamr"),  # nothing but area words: names no place
        (None, "tal tamr"),
    ],
)
def test_different_places_are_not_one_name(first: str | None, second: str) -> None:
    assert not one_place_name(first, second) and not one_place_name(second, first)


def test_one_name_and_one_type_rank_first_and_the_order_is_symmetric() -> None:
    town = key("a", "d1")
    same_name = key("b", "d2", toponym="tall tamr")
    family = key("c", "d3", toponym="tel tamr", event_type="shelling")
    village = key("d", "d4", toponym="tal shinan", approximate=True)
    village_family = key("e", "d5", toponym="tal shinan", approximate=True, event_type="airstrike")
    for other in (same_name, family, village, village_family):
        assert suggestion_reason(town, other) is not None  # each is a suggestion; the priority only ranks them
    ranks = [suggestion_priority(town, other) for other in (same_name, family, village, village_family)]
    assert ranks == [0, 1, 2, 3]
    assert all(suggestion_priority(other, town) == rank
               for other, rank in zip((same_name, family, village, village_family), ranks, strict=True))
    assert set(ranks) == set(SUGGESTION_PRIORITIES)


RAS_AL_AIN = Place(id="geonames:170017", name="Ras al-Ain", lat=36.85, lon=40.07, admin1="Al-Hasakah")


def _strike(number: int, toponym: str) -> tuple[Document, Incident]:
    """An undated drone strike by a named actor, no toll, at Tall Tamr (a village named otherwise is placed there):
    never merged automatically, only suggested."""
    document = synthetic_document(number, tag="rank")
    incident = make_incident(document, "airstrike", place=TALL_TAMR, event_type=EventType.DRONE_STRIKE)
    location = Location(toponym=toponym, place=TALL_TAMR, precision=Precision.PLACE, matched_name="Tall Tamr")
    return document, replace(incident, actor="Turkish forces", location=location)


def test_the_store_puts_the_likeliest_duplicate_first(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.sqlite")) as store:
        ids = []
        # ingested village first, so neither id order nor ingest order puts the same-name pair first
        for number, toponym in ((1, "Tal Tamr"), (2, "Tal Shinan"), (3, "Tall Tamr")):
            document, incident = _strike(number, toponym)
            ids.append(store.ingest(document, [incident]).incident_ids[0])
        assert len(store.incidents()) == 3
        town, village, spelling = ids
        suggested = store.possible_duplicates(town)
        assert [(s.other_incident_id, s.priority) for s in suggested] == [(spelling, 0), (village, 2)]
        queue = store.review_queue()
        assert [s.priority for s in queue] == sorted(s.priority for s in queue)
        assert {frozenset((s.incident_id, s.other_incident_id)) for s in queue[:1]} == {frozenset((town, spelling))}
        assert len(store.review_queue(limit=1)) == 1 and store.review_queue(limit=1)[0].priority == 0


def test_the_review_order_ranks_by_priority_then_crowding_then_as_given() -> None:
    suggestions = [
        ("busy", "x1", 0), ("busy", "x2", 0), ("busy", "x3", 0),  # one incident fits three others
        ("lone", "mate", 0),  # each fits only the other: the better lead
        ("village", "town", 2),
        ("p", "q", 0),
    ]
    order = review_order(suggestions)
    assert sorted(order) == list(range(len(suggestions)))
    assert [suggestions[i][:2] for i in order] == [
        ("lone", "mate"), ("p", "q"), ("busy", "x1"), ("busy", "x2"), ("busy", "x3"), ("village", "town"),
    ]
    assert review_order([]) == []


def test_the_store_queue_puts_a_lone_pair_before_a_crowded_town(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.sqlite")) as store:
        crowded, lone = [], []
        for number in (1, 2, 3):
            document, incident = _strike(number, "Tal Tamr")
            crowded.append(store.ingest(document, [incident]).incident_ids[0])
        elsewhere = Location(toponym="Ras al-Ain", place=RAS_AL_AIN, precision=Precision.PLACE, matched_name="Ras al-Ain")
        for number in (4, 5):  # another town's pair: no other report there
            document, incident = _strike(number, "Tal Tamr")
            lone.append(store.ingest(document, [replace(incident, location=elsewhere)]).incident_ids[0])
        queue = store.review_queue()
        assert len(queue) == 4  # three pairs at Tal Tamr, one at Ras al-Ain
        assert {queue[0].incident_id, queue[0].other_incident_id} == set(lone)
        assert all({s.incident_id, s.other_incident_id} <= set(crowded) for s in queue[1:])


# one report: (place: 0-1 places of one governorate, 2 the governorate itself, 3 a place of another; toponym 0-2;
# undated or dated; event type 0-2; actor named or not; village placed near the place or not)
_report = st.tuples(
    st.integers(0, 3), st.integers(0, 2), st.booleans(), st.integers(0, 2), st.booleans(), st.booleans()
)
_TOPONYMS = ("tal tamr", "tall tamr", "tal shinan")
_TYPES = ("drone_strike", "shelling", "armed_clash")


def _spec_key(index: int, spec: tuple[int, int, bool, int, bool, bool]) -> ReportKey:
    place, toponym, dated, kind, actor, near = spec
    located = {
        0: {"place_id": "geonames:1", "precision": "place", "lat": 36.6, "lon": 40.4, "admin1": "Al-Hasakah"},
        1: {"place_id": "geonames:2", "precision": "place", "lat": 36.7, "lon": 40.5, "admin1": "Al-Hasakah"},
        2: {"place_id": "ocha:SY08", "precision": "admin1", "lat": 36.5, "lon": 40.9, "admin1": "Al-Hasakah"},
        3: {"place_id": "geonames:3", "precision": "place", "lat": 35.9, "lon": 39.0, "admin1": "Ar-Raqqah"},
    }[place]
    return key(
        f"r{index}", f"d{index // 2}", event_type=_TYPES[kind], toponym=_TOPONYMS[toponym],
        date_value=date(2022, 8, 18) if dated else None, actor="turkish forces" if actor else None,
        approximate=near, **located,
    )


@given(specs=st.lists(_report, min_size=2, max_size=12))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_suggested_pairs_finds_every_pair_the_rule_links(specs: list[tuple[int, int, bool, int, bool, bool]]) -> None:
    keys = [_spec_key(index, spec) for index, spec in enumerate(specs)]
    brute = {
        (i, j): suggestion_reason(keys[i], keys[j]) for i in range(len(keys)) for j in range(i + 1, len(keys))
        if suggestion_reason(keys[i], keys[j]) is not None
    }
    found = suggested_pairs(keys)
    assert {(x, y): reason for x, y, reason, _ in found} == brute
    assert all(priority == suggestion_priority(keys[x], keys[y]) for x, y, _, priority in found)


def test_the_review_queue_leaves_out_what_an_analyst_decided(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.sqlite")) as store:
        ids = []
        for number in (1, 2, 3):
            document, incident = _strike(number, "Tal Tamr")
            ids.append(store.ingest(document, [incident]).incident_ids[0])
        assert len(store.review_queue()) == 3
        store.keep_apart(ids[0], ids[1], author="analyst")
        pairs = {frozenset((s.incident_id, s.other_incident_id)) for s in store.review_queue()}
        assert pairs == {frozenset((ids[0], ids[2])), frozenset((ids[1], ids[2]))}
        joined = store.join(ids[0], ids[2], author="analyst")
        # the joined incident holds a report kept apart from the second: nothing is left to suggest
        assert store.review_queue() == [] and len(store.incidents()) == 2 and joined in {i.id for i in store.incidents()}


def test_two_names_the_gazetteer_gives_one_place_rank_first() -> None:
    # each toponym resolved to the place by a name of its own (not approximate): two names of one place
    first = key("a", "d1", toponym="the old prison", place_id="names:9")
    second = key("b", "d2", toponym="north gate prison", place_id="names:9")
    assert not one_place_name(first.toponym, second.toponym)
    assert suggestion_reason(first, second) is not None and suggestion_priority(first, second) == 0
    # a village the gazetteer lacks, placed there, is near the place rather than a name of it
    near = key("c", "d3", toponym="north gate village", place_id="names:9", approximate=True)
    assert suggestion_priority(first, near) == 2
