"""Training the incident scorer (mapapp.evaluate.training) and the ``mapapp train-scorer`` command.

The gold is the project's own written sets (tests/gold and tests/gold_holdout: two collections), small enough to
train on in seconds; the figures of a scorer trained on them say nothing of real text, only that training works.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from mapapp.cli import CliError, main
from mapapp.evaluate.gold import load_gold
from mapapp.evaluate.training import (
    THRESHOLDS,
    _cross_fitted_sentence_scores,
    CandidateExample,
    SentenceExample,
    TrainingSet,
    best_threshold,
    cross_validate,
    figures_at,
    fit_sentence_model,
    nested_threshold_figures,
    out_of_fold_scores,
    train_scorer,
    training_set,
)
from mapapp.extract.scoring import read_scorer
from mapapp.geocode import Geocoder, load_default_gazetteer

TESTS = Path(__file__).resolve().parent.parent
WRITTEN_SETS = [TESTS / "gold", TESTS / "gold_holdout"]


@pytest.fixture(autouse=True)
def isolated_gazetteer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default gazetteer, whatever the developer's machine has downloaded or configured."""
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    monkeypatch.delenv("MAPAPP_BOUNDARIES", raising=False)
    monkeypatch.delenv("MAPAPP_SCORER", raising=False)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> TrainingSet:
    """The written sets' examples, read once for the module (with the embedded gazetteer, cached in a folder of its
    own: a module's fixture comes before each test's isolation)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MAPAPP_DATA_DIR", str(tmp_path_factory.mktemp("data")))
        documents = [replace(d, collection=folder.name) for folder in WRITTEN_SETS for d in load_gold([folder])]
        return training_set(documents, Geocoder(load_default_gazetteer()))


def test_the_examples_of_complete_gold(written: TrainingSet) -> None:
    assert written.collections == ["gold", "gold_holdout"]
    assert all(count > 0 for count in written.gold_incidents.values())
    kinds = Counter(example.is_event for example in written.sentences)
    assert kinds[True] > 50 and kinds[False] > 50  # incident evidence and not-incident snippets
    labels = Counter(example.is_real for example in written.candidates)
    assert labels[True] > 100 and labels[False] > 0  # the rules' incidents, matched against the gold
    assert all(example.evidence for example in written.candidates)


def test_partial_gold_gives_no_examples() -> None:
    documents = [replace(d, complete=False) for d in load_gold([TESTS / "gold"])]
    data = training_set(documents, Geocoder(load_default_gazetteer()))
    assert data.sentences == [] and data.candidates == [] and not data.gold_incidents


def test_the_sentence_model_learns_event_words_from_examples_of_our_own() -> None:
    events = [f"A drone struck a car near the village, killing {n} men." for n in ("two", "three", "four")]
    background = [f"The council has condemned the {w} and called for calm." for w in ("raids", "strikes", "attacks")]
    examples = [SentenceExample(t, True, "a") for t in events] + [SentenceExample(t, False, "a") for t in background]
    model = fit_sentence_model(examples)
    probability = lambda text: model.probability(dict.fromkeys(text.lower().split(), 1.0))  # noqa: E731
    assert probability("drone struck killing") > 0.5 > probability("has condemned called")
    # a term of one example only gets no weight: nothing learnt by heart
    assert "two" not in model.weights and "drone struck" in model.weights


def test_cross_validation_needs_two_collections() -> None:
    one = TrainingSet(
        sentences=[SentenceExample("x", True, "a"), SentenceExample("y", False, "a")],
        candidates=[CandidateExample({"f": 1.0}, "x", True, "a"), CandidateExample({}, "y", False, "a")],
        gold_incidents=Counter({"a": 1}),
    )
    with pytest.raises(ValueError, match="at least two collections"):
        cross_validate(one)


def _collections_of_our_own(flip: str | None = None) -> TrainingSet:
    """Three small collections of examples of our own; with ``flip``, that collection's labels turned over and its
    sentences changed."""
    events = ["a drone struck a car and killed two men", "shelling hit the village and wounded a boy"]
    background = ["the council condemned the attacks and called for calm", "officials said the talks would go on"]
    sentences, found = [], []
    for collection in ("a", "b", "c"):
        turn = collection == flip
        for text in events + background:
            is_event = (text in events) != turn
            sentences.append(SentenceExample(text + (" again" if turn else ""), is_event, collection))
        for n in range(6):
            features = {"place_primary": 1.0} if n % 2 else {"same_toll_other": 1.0}
            found.append(CandidateExample(features, events[n % 2] if n % 3 else background[0], bool(n % 2) != turn,
                                          collection))
    return TrainingSet(sentences, found, Counter({"a": 4, "b": 4, "c": 4}))


def test_a_collection_is_scored_by_models_that_never_saw_it() -> None:
    plain, flipped = out_of_fold_scores(_collections_of_our_own()), out_of_fold_scores(_collections_of_our_own("c"))
    held_out = [i for i, example in enumerate(_collections_of_our_own().candidates) if example.collection == "c"]
    assert [plain[i] for i in held_out] == [flipped[i] for i in held_out]  # its own labels and sentences: no effect
    assert plain != flipped  # (they do move the others' scores: the test can tell)


def test_within_one_collection_a_sentence_score_comes_from_a_model_that_never_saw_its_document() -> None:
    # (cross-validation over two collections trains each fold's candidate model on one collection)
    def one_collection(flip: str | None) -> TrainingSet:
        data = _collections_of_our_own()
        sentences = [replace(s, collection="a", document=s.collection,
                             is_event=s.is_event != (s.collection == flip)) for s in data.sentences]
        found = [replace(c, collection="a", document=c.collection) for c in data.candidates]
        return TrainingSet(sentences, found, Counter({"a": 12}))

    plain, flipped = one_collection(None), one_collection("c")
    before = _cross_fitted_sentence_scores(plain, ["a"])
    after = _cross_fitted_sentence_scores(flipped, ["a"])
    of_c = [i for i, example in enumerate(plain.candidates) if example.document == "c"]
    assert [before[i] for i in of_c] == [after[i] for i in of_c] and before != after


def test_examples_of_one_kind_only_are_a_clear_error() -> None:
    data = _collections_of_our_own()
    no_background = replace(data, sentences=[s for s in data.sentences if s.is_event])
    with pytest.raises(ValueError, match="event and background sentences"):
        cross_validate(no_background)
    all_real = replace(data, candidates=[replace(c, is_real=True) for c in data.candidates])
    with pytest.raises(ValueError, match="real and wrong candidates"):
        cross_validate(all_real)


def test_a_nested_threshold_is_chosen_on_the_other_collections_only() -> None:
    # collection a tells its real candidates apart at 0.35, b at 0.65: each is cut at the other's threshold
    found = [CandidateExample({}, "x", is_real, collection) for collection in ("a", "b") for is_real in (1, 1, 0, 0)]
    data = TrainingSet([], found, Counter({"a": 2, "b": 2}))
    scores = [0.6, 0.6, 0.3, 0.3, 0.9, 0.9, 0.6, 0.6]
    assert best_threshold(data, scores, ["a"]) == 0.35 and best_threshold(data, scores, ["b"]) == 0.65
    assert best_threshold(data, scores) == 0.35  # over both: a's, which keeps all of b
    # a cut at 0.65 keeps none of it; b cut at 0.35 keeps all four: 2 real of 4 kept, of 4 gold
    assert nested_threshold_figures(data, scores) == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert figures_at(data, scores, 0.35)["f1"] == 0.8  # the single best threshold, chosen with both in view


def test_a_trained_scorer_carries_its_threshold_and_figures(written: TrainingSet) -> None:
    scorer = train_scorer(written)
    figures = scorer.about["cross_validation"]
    assert scorer.threshold in THRESHOLDS
    assert figures["collections"] == 2 and figures["candidates"] == len(written.candidates)
    assert set(figures["per_collection"]) == {"gold", "gold_holdout"}
    # the threshold is the lowest of those with the best out-of-fold F1, and the figures are read at it
    scores = out_of_fold_scores(written)
    best = max(figures_at(written, scores, t)["f1"] for t in THRESHOLDS)
    assert figures["with_scorer"] == figures_at(written, scores, scorer.threshold) and figures["with_scorer"]["f1"] == best
    assert figures["with_scorer_nested"] == nested_threshold_figures(written, scores)
    assert all(figures_at(written, scores, t)["f1"] < best for t in THRESHOLDS if t < scorer.threshold)
    assert scorer.about["sentences"]["events"] == sum(1 for s in written.sentences if s.is_event)


def test_the_command_trains_writes_and_shows_a_scorer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "scorer.json"
    assert main(["train-scorer", *map(str, WRITTEN_SETS), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "from 2 collections" in said and str(out) in said
    scorer = read_scorer(out)
    assert set(scorer.about["cross_validation"]["per_collection"]) == {"tests/gold", "tests/gold_holdout"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "scorer.json"]  # atomic: no temporary file left
    assert main(["train-scorer", "--show", str(out)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["threshold"] == scorer.threshold and shown["cross_validation"]["collections"] == 2


def test_the_command_says_what_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["train-scorer", str(WRITTEN_SETS[0])]) == 2
    assert "--out" in capsys.readouterr().err
    assert main(["train-scorer", str(WRITTEN_SETS[0]), "--out", str(tmp_path / "s.json")]) == 2
    assert "at least two collections" in capsys.readouterr().err
    assert not (tmp_path / "s.json").exists()
    bad = tmp_path / "bad.json"
    bad.write_text("[]")
    assert main(["train-scorer", "--show", str(bad)]) == 2
    assert "not an incident scorer file" in capsys.readouterr().err


def test_the_command_refuses_before_reading_what_would_fail_after(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a" / "set" / "c1", tmp_path / "b" / "set" / "c1"
    for folder in (first, second):
        folder.mkdir(parents=True)  # empty: nothing is read before these checks
    out = str(tmp_path / "s.json")
    assert main(["train-scorer", str(first), str(second), "--out", out]) == 2
    assert "would both be collection 'set/c1'" in capsys.readouterr().err
    assert main(["train-scorer", str(first), str(first), "--out", out]) == 2
    assert "given twice" in capsys.readouterr().err
    gold = [str(path) for path in WRITTEN_SETS]
    assert main(["train-scorer", *gold, "--out", str(tmp_path / "absent" / "s.json")]) == 2
    assert "does not exist" in capsys.readouterr().err
    monkeypatch.setitem(sys.modules, "sklearn", None)  # as if scikit-learn were not installed
    assert main(["train-scorer", *gold, "--out", out]) == 2
    assert "needs scikit-learn" in capsys.readouterr().err
    assert not (tmp_path / "s.json").exists()


def test_the_command_places_candidates_as_the_evaluation_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The labels come from matching, which reads each candidate's place: the geocoder checks points against the
    boundaries as ``mapapp evaluate``'s does (``--boundaries``, else $MAPAPP_BOUNDARIES or the installed copy)."""
    import mapapp.evaluate.training as training

    seen = []

    def no_reading(documents: object, resolver: object, progress: object = None) -> TrainingSet:
        seen.append(resolver)
        raise CliError("stopped before reading")

    monkeypatch.setattr(training, "training_set", no_reading)
    gold = [str(path) for path in WRITTEN_SETS]
    tiny = TESTS / "fixtures" / "governorates_tiny.geojson"
    assert main(["train-scorer", *gold, "--out", str(tmp_path / "s.json"), "--boundaries", str(tiny)]) == 2
    assert seen and seen[-1].boundaries is not None
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    capsys.readouterr()
    assert main(["train-scorer", *gold, "--out", str(tmp_path / "s.json"), "--boundaries", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "boundaries" in err and len(err.strip().splitlines()) == 1 and not (tmp_path / "s.json").exists()
