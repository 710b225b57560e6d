"""The trained scorer stage (mapapp.extract.scoring): its features, its arithmetic, its files, and what it drops."""

from __future__ import annotations

import datetime
import json
import math
from dataclasses import replace
from pathlib import Path

import pytest

from mapapp.extract import extract_incidents
from mapapp.extract.incidents import extract_candidates
from mapapp.extract.scoring import (
    EVIDENCE_CHARS,
    SCORER_ENV,
    SCORER_FORMAT,
    CandidateCues,
    DocumentTally,
    IncidentScorer,
    LinearModel,
    default_scorer,
    first_evidence,
    incident_features,
    judged,
    read_scorer,
    sentence_terms,
)
from mapapp.model import Casualties, Document, EventType, Incident, IncidentDate, Span, Toponym

PUBLISHED = datetime.date(2024, 3, 8)


def _incident(
    text: str,
    *,
    killed: int | None = None,
    place: str | None = None,
    event_type: EventType = EventType.DRONE_STRIKE,
    start: int = 0,
    date: IncidentDate | None = None,
) -> Incident:
    toponyms = [] if place is None else [Toponym(span=Span(text=place, start=start, end=start + len(place)))]
    return Incident(
        id=f"{text[:8]}-{start}",
        event_type=event_type,
        evidence=[Span(text=text, start=start, end=start + len(text))],
        killed=None if killed is None else Casualties(killed, killed),
        toponyms=toponyms,
        date=date,
    )


def _scorer(threshold: float = 0.5, **weights: float) -> IncidentScorer:
    """A scorer of our own: a neutral sentence model and the given incident weights."""
    return IncidentScorer(
        sentence=LinearModel(bias=0.0, weights={}),
        incident=LinearModel(bias=0.0, weights=weights),
        threshold=threshold,
    )


# --- the sentence model's terms ---


def test_terms_are_words_and_neighbour_pairs_with_numbers_as_zero() -> None:
    assert sentence_terms("Shelling killed 12 people, and 3 more") == [
        "shelling",
        "killed",
        "0",
        "people",
        "and",
        "more",
        "shelling killed",
        "killed 0",
        "0 people",
        "people and",
        "and 0",
        "0 more",
    ]


def test_terms_are_each_given_once() -> None:
    assert sentence_terms("strike after strike after strike") == ["strike", "after", "strike after", "after strike"]


def test_no_terms_in_an_empty_sentence() -> None:
    assert sentence_terms("") == [] and sentence_terms("— …") == []


# --- the incident model's features ---


def test_the_document_tally_counts_each_type_toll_and_primary_place() -> None:
    found = [
        _incident("A drone hit Amuda.", killed=3, place="Amuda"),
        _incident("Another drone hit Amuda.", killed=3, place="Amuda", start=20),
        _incident("Shelling hit Hajin.", killed=1, place="Hajin", event_type=EventType.SHELLING, start=50),
    ]
    tally = DocumentTally.of(found)
    assert tally.incidents == 3
    assert tally.types == {"drone_strike": 2, "shelling": 1}
    assert tally.tolls == {3: 2, 1: 1}
    assert tally.places == {"amuda": 2, "hajin": 1}


def test_a_toll_and_place_another_incident_shares_are_features() -> None:
    first = _incident("A drone hit Amuda.", killed=3, place="Amuda")
    second = _incident("The drone strike on Amuda killed three.", killed=3, place="Amuda", start=20)
    alone = _incident("Shelling hit Hajin, killing one.", killed=1, place="Hajin", event_type=EventType.SHELLING,
                      start=60)
    tally = DocumentTally.of([first, second, alone])
    features = incident_features(first, CandidateCues(), tally, "x" * 100, PUBLISHED)
    assert features["same_toll_other"] == 1.0 and features["same_place_other"] == 1.0
    assert features["same_type_others<=1"] == 1.0 and features["incidents_in_text<=4"] == 1.0
    lone = incident_features(alone, CandidateCues(), tally, "x" * 100, PUBLISHED)
    assert "same_toll_other" not in lone and "same_place_other" not in lone and lone["same_type_others<=0"] == 1.0


def test_a_single_death_shared_is_told_apart_from_a_toll_shared() -> None:
    one = _incident("A sniper killed a man in Hajin.", killed=1, place="Hajin")
    other = _incident("A mine killed a boy in Kasra.", killed=1, place="Kasra", start=40)
    features = incident_features(one, CandidateCues(), DocumentTally.of([one, other]), "x" * 80, PUBLISHED)
    assert features.get("same_single_death_other") == 1.0 and "same_toll_other" not in features


def test_the_rules_cues_and_the_date_become_features() -> None:
    dated = _incident(
        "In 2019 a drone hit a car.", date=IncidentDate(value=datetime.date(2024, 3, 1), basis="absolute")
    )
    cues = CandidateCues(weak_trigger=True, definite=True, headline=True)
    text = "In 2019 a drone hit a car.\nBody"
    features = incident_features(dated, cues, DocumentTally.of([dated], text), text, PUBLISHED)
    assert {"weak_trigger", "definite", "headline", "first_line", "place_none", "other_year_named"} <= set(features)
    assert features["days_before<=14"] == 1.0 and features["date_basis=absolute"] == 1.0
    assert "generic" not in features and "sub_governorate_place" not in features


def test_a_report_date_says_nothing_of_how_old_the_event_is() -> None:
    undated = _incident("A drone hit a car.", date=IncidentDate.report_date(PUBLISHED))
    features = incident_features(undated, CandidateCues(), DocumentTally.of([undated]), "A drone hit a car.", PUBLISHED)
    assert features["date_basis=report"] == 1.0
    assert not any(name.startswith("days_before") for name in features)


# --- the arithmetic and the files ---


def test_a_linear_model_is_the_logistic_of_its_weighted_sum() -> None:
    model = LinearModel(bias=-1.0, weights={"a": 2.0, "b": -0.5})
    assert model.probability({"a": 1.0, "b": 1.0, "unknown": 1.0}) == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert model.probability({}) == pytest.approx(1 / (1 + math.e))
    assert model.probability({"a": 1000.0}) == 1.0 and model.probability({"b": 10000.0}) == 0.0  # no overflow


def test_a_scorer_round_trips_through_its_dict() -> None:
    scorer = IncidentScorer(
        sentence=LinearModel(0.1, {"killed": 1.2, "has": -0.8}),
        incident=LinearModel(-0.3, {"sentence": 1.5, "place_none": -0.4}),
        threshold=0.45,
        about={"trained": "2026-12-02"},
    )
    data = json.loads(json.dumps(scorer.to_dict()))
    assert data["format"] == SCORER_FORMAT
    assert IncidentScorer.from_dict(data) == scorer


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "something-else"}, "not an incident scorer file"),
        ({"threshold": "high"}, "'threshold' must be a number"),
        ({"threshold": 1.5}, "must lie in 0..1"),
        ({"sentence": {"bias": 0.0}}, "the sentence model needs 'bias' and 'weights'"),
        ({"incident": {"bias": 0.0, "weights": {"a": "x"}}}, "the incident model needs"),
        ({"incident": {"bias": float("nan"), "weights": {}}}, "not a finite number"),
        ({"about": 5}, "'about' must be an object"),
        ({"about": "trained by hand"}, "'about' must be an object"),
    ],
)
def test_a_malformed_scorer_is_refused_with_a_clear_error(change: dict[str, object], message: str) -> None:
    data = {**_scorer().to_dict(), **change}
    with pytest.raises(ValueError, match=message):
        IncidentScorer.from_dict(data)


def test_an_unreadable_scorer_file_names_itself(tmp_path: Path) -> None:
    broken = tmp_path / "scorer.json"
    broken.write_bytes(b"{not json")
    with pytest.raises(ValueError, match="cannot read scorer file .*scorer.json"):
        read_scorer(broken)
    with pytest.raises(ValueError, match="cannot read scorer file"):
        read_scorer(tmp_path / "absent.json")


def test_the_scorer_that_ships_loads_and_says_what_it_was_trained_on() -> None:
    scorer = default_scorer()
    figures = scorer.about["cross_validation"]
    assert 0.0 < scorer.threshold < 1.0
    assert figures["collections"] >= 2 and figures["candidates"] > figures["real_candidates"] > 0
    # its figures agree with its counts (rules only: every candidate kept), and per collection it has them all
    rules = figures["rules_only"]
    assert rules["precision"] == round(figures["real_candidates"] / figures["candidates"], 3)
    assert rules["recall"] == round(figures["real_candidates"] / figures["gold_incidents"], 3)
    assert len(figures["per_collection"]) == figures["collections"]
    assert len(scorer.sentence.weights) > 100 and "sentence" in scorer.incident.weights


def test_the_environment_names_another_scorer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(_scorer(threshold=0.25).to_dict()))
    monkeypatch.setenv(SCORER_ENV, str(path))
    assert default_scorer().threshold == 0.25
    monkeypatch.delenv(SCORER_ENV)
    assert default_scorer().threshold != 0.25


# --- judging ---

TEXT = (
    "A drone struck a car near Amuda on Tuesday, killing two fighters.\n"
    "Shelling hit the village of Kasra on Monday, wounding a woman."
)


def test_judging_keeps_the_candidates_over_the_threshold_with_their_probability() -> None:
    found = extract_candidates(Document(text=TEXT, published=PUBLISHED))
    assert [c.incident.event_type for c in found] == [EventType.DRONE_STRIKE, EventType.SHELLING]
    # a scorer of our own that weighs only the type: drone strikes in, shelling out
    scorer = _scorer(**{"type=drone_strike": 3.0, "type=shelling": -3.0})
    kept = list(judged(found, scorer))
    assert [i.event_type for i in kept] == [EventType.DRONE_STRIKE]
    assert kept[0].confidence == round(1 / (1 + math.exp(-3.0)), 3)
    assert kept[0].id == found[0].incident.id and kept[0].evidence == found[0].incident.evidence


def test_extraction_takes_the_scorer_it_is_given() -> None:
    document = Document(text=TEXT, published=PUBLISHED)
    rules = [candidate.incident for candidate in extract_candidates(document)]
    everything = extract_incidents(document, _scorer(threshold=0.0))
    assert [i.id for i in everything] == [i.id for i in rules]
    assert all(i.confidence == 0.5 for i in everything)  # no weight of ours applies but the bias 0
    assert extract_incidents(document, _scorer(threshold=0.5, place_primary=-1.0)) == []


def test_the_scorer_that_ships_keeps_plain_reports_of_our_own() -> None:
    kept = extract_incidents(Document(text=TEXT, published=PUBLISHED))
    assert [i.event_type for i in kept] == [EventType.DRONE_STRIKE, EventType.SHELLING]
    assert all(0.5 <= i.confidence <= 1.0 for i in kept)


def test_the_models_read_a_bounded_part_of_the_evidence() -> None:
    # a text with no sentence break: each incident's evidence may be all of it, but each is read only so far
    endless = "Shelling hit Hajin, " * 2000
    incident = _incident(endless)
    assert first_evidence(incident) == endless[:EVIDENCE_CHARS]
    features = incident_features(incident, CandidateCues(), DocumentTally.of([incident], endless), endless, PUBLISHED)
    assert features["evidence_words>50"] == 1.0
    assert first_evidence(replace(incident, evidence=[])) == ""
