"""Ranking possible duplicates for the analyst: one place name told in two spellings first, a village and the
town it is placed at later (:func:`mapapp.store.merge.suggestion_priority`), in the pure rule and in the store's
review queue. Reports are built by hand (store_factories)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from store_factories import TALL_TAMR, make_incident, synthetic_document

from mapapp.model import Document, EventType, Incident, Location, Precision
from mapapp.store import open_store
from mapapp.store.merge import (
    SUGGESTION_PRIORITIES,
    ReportKey,
    one_place_name,
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
