"""One-to-one matching of predicted to gold incidents."""

from __future__ import annotations

from types import SimpleNamespace

from mapapp.evaluate.matching import (
    MIN_SIMILARITY,
    match_document,
    match_name,
    name_similarity,
    similarity,
)


def test_transliteration_variants_fold_together() -> None:
    assert match_name("Tall Abyaḑ") == match_name("Tell Abyad") == match_name("Tal Abyad")
    assert match_name("Al-Mayadin") == match_name("Mayadin")
    assert name_similarity("Ra’s al ‘Ayn", "Ras al-Ain") > name_similarity("Ras al-Ain", "Amuda")


def _two_gold(build: SimpleNamespace):
    return build.gold_document([
        build.gold_incident("amuda", "drone_strike", "Amuda", "Al-Hasakah"),
        build.gold_incident("tal-tamr", "shelling", "Tal Tamr", "Al-Hasakah"),
    ])


def test_perfect_prediction_matches_everything(build: SimpleNamespace) -> None:
    document = _two_gold(build)
    predictions = [
        build.predicted("p2", "shelling", "Tal Tamr", "Shelling hit Tal Tamr", at=build.TAL_TAMR),
        build.predicted("p1", "drone_strike", "Amuda", "A Turkish drone struck", at=build.AMUDA),
    ]
    matching = match_document(document, predictions)
    assert [(m.gold.id, m.predicted.id) for m in matching.matches] == [("amuda", "p1"), ("tal-tamr", "p2")]
    assert matching.missed == [] and matching.spurious == []
    assert all(m.similarity == 1.0 for m in matching.matches)


def test_wrong_type_at_right_place_still_matches(build: SimpleNamespace) -> None:
    document = _two_gold(build)
    wrong_type = build.predicted("p1", "airstrike", "Amuda", "A Turkish drone struck", at=build.AMUDA)
    assert similarity(wrong_type, document.incidents[0], document.text) >= MIN_SIMILARITY
    matching = match_document(document, [wrong_type])
    assert [m.gold.id for m in matching.matches] == ["amuda"]
    assert [g.id for g in matching.missed] == ["tal-tamr"]


def test_unrelated_prediction_is_spurious(build: SimpleNamespace) -> None:
    document = _two_gold(build)
    unrelated = build.predicted("p9", "car_bomb", "Latakia", "A car bomb killed", at=build.LATAKIA)
    matching = match_document(document, [unrelated])
    assert matching.matches == []
    assert [p.id for p in matching.spurious] == ["p9"]
    assert len(matching.missed) == 2


def test_one_to_one_duplicate_prediction_is_spurious(build: SimpleNamespace) -> None:
    document = build.gold_document([build.gold_incident("amuda", "drone_strike", "Amuda", "Al-Hasakah")])
    first = build.predicted("p1", "drone_strike", "Amuda", "A Turkish drone struck", at=build.AMUDA)
    second = build.predicted("p2", "airstrike", "Amuda", "killing two fighters", at=build.AMUDA)
    matching = match_document(document, [second, first])
    assert [m.predicted.id for m in matching.matches] == ["p1"]  # the better of the two
    assert [p.id for p in matching.spurious] == ["p2"]


def test_empty_sides(build: SimpleNamespace) -> None:
    document = _two_gold(build)
    assert len(match_document(document, []).missed) == 2
    empty = build.gold_document([])
    prediction = build.predicted("p1", "drone_strike", "Amuda", "A Turkish drone struck", at=build.AMUDA)
    assert [p.id for p in match_document(empty, [prediction]).spurious] == ["p1"]


def test_same_type_and_governorate_alone_do_not_match(build: SimpleNamespace) -> None:
    """A second drone strike elsewhere in the same governorate is not the gold strike at Amuda."""
    document = build.gold_document([build.gold_incident("amuda", "drone_strike", "Amuda", "Al-Hasakah")])
    elsewhere = build.place("Qamishli", 37.05, 41.23, "Al-Hasakah")
    text = build.TEXT + " Another drone hit Qamishli."
    document = build.gold_document(list(document.incidents), text=text)
    other = build.predicted("p1", "drone_strike", "Qamishli", "Another drone hit Qamishli.", text=text, at=elsewhere)
    assert similarity(other, document.incidents[0], text) == 0.0
    assert match_document(document, [other]).matches == []


def test_overlapping_evidence_matches_without_a_place(build: SimpleNamespace) -> None:
    gold = build.gold_incident("amuda", "drone_strike", "Amuda", "Al-Hasakah", evidence="A Turkish drone struck a car")
    document = build.gold_document([gold])
    placeless = build.predicted("p1", "drone_strike", "Tuesday", "A Turkish drone struck")
    placeless.toponyms.clear()
    assert [m.gold.id for m in match_document(document, [placeless]).matches] == ["amuda"]
