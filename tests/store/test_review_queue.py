"""The review queue's top (:func:`mapapp.store.review_queue.top_suggestions`) equals the exhaustive ranking
(:func:`mapapp.store.review_queue.ranked_exhaustively`, every suggestion listed and ordered) on random stores of a
few hundred reports crowded at a few places, with incidents of several reports, documents of several reports and
pairs an analyst kept apart; and the store's queue is that top."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from store_factories import TALL_TAMR

from mapapp.model import Document, EventType, Incident, Location, Precision, Span
from mapapp.store import open_store, review_queue
from mapapp.store.merge import ReportKey, suggested_pairs, suggestion_reason
from mapapp.store.review_queue import ranked_exhaustively, top_suggestions

_PLACES = (
    {"place_id": "geonames:1", "precision": "place", "lat": 36.6, "lon": 40.4, "admin1": "Al-Hasakah"},
    {"place_id": "geonames:2", "precision": "place", "lat": 36.7, "lon": 40.5, "admin1": "Al-Hasakah"},
    {"place_id": "geonames:4", "precision": "admin3", "lat": 36.8, "lon": 40.6, "admin1": "Al-Hasakah"},
    {"place_id": "ocha:SY08", "precision": "admin1", "lat": 36.5, "lon": 40.9, "admin1": "Al-Hasakah"},
    {"place_id": "geonames:3", "precision": "place", "lat": 35.9, "lon": 39.0, "admin1": "Ar-Raqqah"},
)
_TOPONYMS = ("tal tamr", "tall tamr", "tal shinan", "hasakah countryside", None)
_TYPES = ("drone_strike", "shelling", "attack", "armed_clash", "raid")
_ACTORS = ("turkish forces", "sdf", "sdf and us-led coalition", None)


def _random_key(rng: random.Random, index: int, documents: int) -> ReportKey:
    dated = rng.random()
    when = date(2022, 8, 1) + timedelta(days=rng.randrange(5))
    killed = rng.choice((None, None, 1, 2, 3))
    return ReportKey(
        report_id=f"r{index:04d}", document_id=f"d{rng.randrange(documents):04d}",
        event_type=rng.choice(_TYPES), toponym=rng.choice(_TOPONYMS), actor=rng.choice(_ACTORS),
        date_value=None if dated < 0.6 else when, report_date=dated > 0.85,
        month=8 if dated < 0.1 else None, day=rng.choice((18, 19)) if dated < 0.1 else None,
        killed_low=killed, killed_high=rng.choice((killed, None)) if killed is not None else None,
        approximate=rng.random() < 0.3, **rng.choice(_PLACES),  # type: ignore[arg-type]
    )


def _random_store(seed: int, size: int) -> tuple[list[ReportKey], list[str], set[frozenset[str]]]:
    rng = random.Random(seed)
    keys = [_random_key(rng, index, documents=int(size * 0.8)) for index in range(size)]
    # most incidents hold one report; some hold two or three
    incidents = [f"i{rng.randrange(int(size * 0.85)):04d}" if rng.random() < 0.3 else f"i{index + size:04d}"
                 for index in range(size)]
    everyone = sorted(set(incidents))
    kept_apart = {frozenset(rng.sample(everyone, 2)) for _ in range(size // 20)}
    suggested = ranked_exhaustively(keys, incidents, set(), 10**6)
    kept_apart |= {frozenset(entry[:2]) for entry in rng.sample(suggested, min(len(suggested), size // 20))}
    return keys, incidents, kept_apart


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("limit", [1, 7, 50, 400])
@pytest.mark.parametrize("work", [0, review_queue.LEVEL_WORK_PER_REPORT, 10**9])
def test_the_top_equals_the_exhaustive_ranking(seed: int, limit: int, work: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whichever way a level is listed: by ascending id always, from its incidents always, or as the store chooses."""
    monkeypatch.setattr(review_queue, "LEVEL_WORK_PER_REPORT", work)
    keys, incidents, kept_apart = _random_store(seed, 300)
    expected = ranked_exhaustively(keys, incidents, kept_apart, limit)
    assert len(expected) == min(limit, len(ranked_exhaustively(keys, incidents, kept_apart, 10**6)))
    assert top_suggestions(keys, incidents, kept_apart, limit) == expected


@pytest.mark.parametrize("seed", range(4))
def test_suggested_pairs_finds_every_pair_of_a_crowded_store(seed: int) -> None:
    """Governorate-level reports are paired with the places of their governorate through an index of names and
    days (not with every place): the pairs are still every pair the rule links."""
    keys, _, _ = _random_store(seed, 200)
    brute = {
        (i, j): reason for i in range(len(keys)) for j in range(i + 1, len(keys))
        if (reason := suggestion_reason(keys[i], keys[j])) is not None
    }
    assert len(brute) > 100
    assert {(x, y): reason for x, y, reason, _ in suggested_pairs(keys)} == brute


@pytest.mark.parametrize("seed", range(4))
def test_a_town_struck_again_and_again_puts_every_incident_at_one_level(seed: int) -> None:
    """Undated reports of one type and actor at a few places: every two at a place are suggested, every incident
    is in as many suggestions as the next, and the top is the pairs of the smallest incident ids."""
    rng = random.Random(seed)
    keys = [
        ReportKey(report_id=f"r{n}", document_id=f"d{n}", event_type="drone_strike", actor="turkish forces",
                  toponym="tal tamr", **_PLACES[n % 3])  # type: ignore[arg-type]
        for n in range(400)
    ]
    incidents = [f"i{rng.randrange(10**6):06d}" for _ in keys]
    for limit in (1, 50, 300):
        assert top_suggestions(keys, incidents, set(), limit) == ranked_exhaustively(keys, incidents, set(), limit)


def test_no_suggestion_gives_an_empty_queue() -> None:
    keys = [ReportKey(report_id="r1", document_id="d1", event_type="drone_strike", actor="sdf", **_PLACES[0])]  # type: ignore[arg-type]
    assert top_suggestions(keys, ["i1"], set(), 50) == [] and top_suggestions(keys * 2, ["i1", "i2"], set(), 0) == []


def _strike(number: int) -> tuple[Document, Incident]:
    text = f"Report {number}: a drone strike hit a car near Tall Tamr. Ref {number}."
    start = text.index("a drone strike")
    location = Location(toponym="Tall Tamr", place=TALL_TAMR, precision=Precision.PLACE, matched_name="Tall Tamr")
    incident = Incident(
        id=f"queue-{number}", event_type=EventType.DRONE_STRIKE, evidence=[Span("a drone strike", start, start + 14)],
        actor="Turkish forces", location=location,
    )
    return Document(text=text, name=f"queue-{number}.txt"), incident


def test_the_store_queue_is_the_top_with_place_names(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.sqlite")) as store:
        for number in range(6):
            document, incident = _strike(number)
            store.ingest(document, [incident])
        everything = store.review_queue(limit=100)
        queue = store.review_queue(limit=4)
        assert len(everything) == 15 and queue == everything[:4]
        assert all("Tall Tamr" in entry.reason and TALL_TAMR.id not in entry.reason for entry in everything)
        first, second = queue[0].incident_id, queue[0].other_incident_id
        store.keep_apart(first, second, author="analyst")
        assert (first, second) not in {(e.incident_id, e.other_incident_id) for e in store.review_queue(limit=100)}
        assert len(store.review_queue(limit=100)) == 14
