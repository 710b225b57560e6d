"""Cross-document merge measurement: matched predictions grouped by gold event, merged by the real store."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from types import SimpleNamespace

from mapapp.evaluate.baselines import NaiveGeocoder
from mapapp.evaluate.matching import DocumentMatching, match_document
from mapapp.evaluate.merging import measure_merging
from mapapp.evaluate.report import evaluation_to_dict, format_report
from mapapp.evaluate.runner import evaluate
from mapapp.model import Document, Incident, IncidentDate, Location, Precision

TEXT_A = "A drone hit a car in Amuda on Tuesday. Guards fought raiders in Tal Tamr."
TEXT_B = "Two men died when a drone struck their car in Amuda. In Tal Tamr, raiders attacked a post."
TUESDAY = IncidentDate(value=date(2023, 6, 6), basis="absolute")


def _matching(build: SimpleNamespace, name: str, text: str, gold: list, predicted: list[Incident]) -> DocumentMatching:
    document = replace(build.gold_document(gold, text=text, name=name), published=date(2023, 6, 7))
    return match_document(document, predicted)


def _drone(build: SimpleNamespace, id: str, text: str, evidence: str, when: IncidentDate = TUESDAY) -> Incident:
    return build.predicted(id, "drone_strike", "Amuda", evidence, text, at=build.AMUDA, date=when)


def test_one_event_told_by_two_documents_is_fully_merged(build: SimpleNamespace) -> None:
    gold = [build.gold_incident("E1", "drone_strike", "Amuda", "Al-Hasakah")]
    a = _matching(build, "a", TEXT_A, gold, [_drone(build, "a1", TEXT_A, "A drone hit a car in Amuda")])
    b = _matching(build, "b", TEXT_B, gold, [_drone(build, "b1", TEXT_B, "a drone struck their car in Amuda")])
    figures = measure_merging([a, b])
    assert (figures.events_multi_document, figures.events_measurable, figures.events_fully_merged) == (1, 1, 1)
    assert figures.mean_incidents_per_event == 1.0 and (figures.pairs_merged, figures.pairs_total) == (1, 1)
    assert figures.false_merges == 0 and figures.store_incidents == 1 and figures.store_multi_report == 1


def test_reports_the_store_keeps_apart_count_as_split(build: SimpleNamespace) -> None:
    gold = [build.gold_incident("E1", "drone_strike", "Amuda", "Al-Hasakah")]
    far_later = IncidentDate(value=date(2023, 9, 1), basis="absolute")
    a = _matching(build, "a", TEXT_A, gold, [_drone(build, "a1", TEXT_A, "A drone hit a car in Amuda")])
    b = _matching(build, "b", TEXT_B, gold, [_drone(build, "b1", TEXT_B, "a drone struck their car in Amuda", far_later)])
    figures = measure_merging([a, b])
    assert figures.events_measurable == 1 and figures.events_fully_merged == 0
    assert figures.mean_incidents_per_event == 2.0 and figures.pairs_merged == 0
    assert figures.split_examples == ["E1: 2 reports in 2 incidents"]
    assert figures.not_merged_because == {"date": 1}


def test_two_gold_events_in_one_store_incident_is_a_false_merge(build: SimpleNamespace) -> None:
    a = _matching(build, "a", TEXT_A, [build.gold_incident("E1", "drone_strike", "Amuda", "Al-Hasakah")],
                  [_drone(build, "a1", TEXT_A, "A drone hit a car in Amuda")])
    b = _matching(build, "b", TEXT_B, [build.gold_incident("E2", "drone_strike", "Amuda", "Al-Hasakah")],
                  [_drone(build, "b1", TEXT_B, "a drone struck their car in Amuda")])
    figures = measure_merging([a, b])
    assert figures.events_multi_document == 0  # each event is told once
    assert figures.false_merges == 1 and figures.false_merge_examples[0].endswith("E1, E2")


def test_a_matched_report_merged_with_an_unmatched_one_is_counted(build: SimpleNamespace) -> None:
    a = _matching(build, "a", TEXT_A, [build.gold_incident("E1", "drone_strike", "Amuda", "Al-Hasakah")],
                  [_drone(build, "a1", TEXT_A, "A drone hit a car in Amuda")])
    b = _matching(build, "b", TEXT_B, [build.gold_incident("E2", "raid", "Tal Tamr", "Al-Hasakah")],
                  [_drone(build, "b1", TEXT_B, "a drone struck their car in Amuda")])
    assert not b.matches  # the drone report matches nothing listed in b's gold
    figures = measure_merging([a, b])
    assert figures.merged_with_unmatched == 1 and figures.false_merges == 0
    assert figures.with_unmatched_examples[0].endswith("matched in a; unmatched in b")


def test_defaulted_gold_ids_name_no_event_across_documents(build: SimpleNamespace) -> None:
    gold = [replace(build.gold_incident("incident-1", "drone_strike", "Amuda", "Al-Hasakah"), id_given=False)]
    a = _matching(build, "a", TEXT_A, gold, [_drone(build, "a1", TEXT_A, "A drone hit a car in Amuda")])
    b = _matching(build, "b", TEXT_B, gold, [_drone(build, "b1", TEXT_B, "a drone struck their car in Amuda")])
    figures = measure_merging([a, b])
    assert figures.events_multi_document == 0 and figures.false_merges == 0 and figures.store_multi_report == 1


def test_evaluate_reports_merging_in_text_and_json(build: SimpleNamespace) -> None:
    gold = [build.gold_incident("E1", "drone_strike", "Amuda", "Al-Hasakah")]
    documents = [build.gold_document(gold, text=TEXT_A, name="a"), build.gold_document(gold, text=TEXT_B, name="b")]
    evidence = {"a": "A drone hit a car in Amuda", "b": "a drone struck their car in Amuda"}

    def extractor(document: Document) -> list[Incident]:
        return [_drone(build, document.name + "1", document.text, evidence[document.name])]

    evaluation = evaluate(documents, {"naive": NaiveGeocoder([build.AMUDA])}, extractor=extractor)
    assert evaluation.merging is not None and evaluation.merging.events_fully_merged == 1
    text = format_report(evaluation)
    assert "cross-document merging" in text and "1.00 (1/1)" in text
    assert "pairs not merged, by conditions failed" in text
    data = json.loads(json.dumps(evaluation_to_dict(evaluation)))
    assert data["merging"]["events_fully_merged"] == 1 and data["merging"]["mean_incidents_per_event"] == 1.0
    single = evaluate(documents[:1], {"naive": NaiveGeocoder([build.AMUDA])}, extractor=extractor)
    assert single.merging is None and "cross-document" not in format_report(single)


def test_predictions_sharing_an_id_across_documents_are_still_measured(build: SimpleNamespace) -> None:
    gold = [build.gold_incident("E1", "drone_strike", "Amuda", "Al-Hasakah")]
    a = _matching(build, "a", TEXT_A, gold, [_drone(build, "p1", TEXT_A, "A drone hit a car in Amuda")])
    b = _matching(build, "b", TEXT_B, gold, [_drone(build, "p1", TEXT_B, "a drone struck their car in Amuda")])
    figures = measure_merging([a, b])  # an injected extractor's ids need not be unique across documents
    assert figures.events_fully_merged == 1 and figures.store_incidents == 1


def test_undated_reports_of_one_event_are_counted_as_suggested_and_of_two_events_as_wrong(
    build: SimpleNamespace,
) -> None:
    undated = None

    def turkish(id: str, text: str, evidence: str) -> Incident:
        return replace(_drone(build, id, text, evidence, when=undated), actor="Turkish forces")  # type: ignore[arg-type]

    gold = [build.gold_incident("E1", "drone_strike", "Amuda", "Al-Hasakah")]
    a = _matching(build, "a", TEXT_A, gold, [turkish("a1", TEXT_A, "A drone hit a car in Amuda")])
    b = _matching(build, "b", TEXT_B, gold, [turkish("b1", TEXT_B, "a drone struck their car in Amuda")])
    figures = measure_merging([a, b])
    assert figures.events_fully_merged == 0 and figures.not_merged_because == {"undated": 1}
    assert (figures.pairs_suggested, figures.events_merged_or_suggested) == (1, 1)
    assert (figures.suggestions_in_run, figures.wrong_suggestions) == (1, 0)
    assert (figures.review_average_precision, figures.review_right_share) == (1.0, 1.0)
    other = _matching(build, "b", TEXT_B, [build.gold_incident("E2", "drone_strike", "Amuda", "Al-Hasakah")],
                      [turkish("b1", TEXT_B, "a drone struck their car in Amuda")])
    figures = measure_merging([a, other])
    assert (figures.suggestions_in_run, figures.wrong_suggestions, figures.false_merges) == (1, 1, 0)
    assert "unmerged pairs suggested" in "\n".join(format_report_lines(figures))
    # both name Amuda and tell a drone strike: the review queue puts the pair first
    assert (figures.suggestions_first_in_run, figures.wrong_suggestions_first) == (1, 1)
    assert (figures.review_average_precision, figures.review_right_share) == (None, 0.0)  # nothing right to rank


def test_average_precision_of_the_review_order() -> None:
    from mapapp.evaluate.merging import _average_precision

    assert _average_precision([True, False, True]) == (1 + 2 / 3) / 2
    assert _average_precision([False, True]) == 0.5
    assert _average_precision([False]) is None


def test_a_suggestion_naming_a_village_and_its_town_is_not_ranked_first(build: SimpleNamespace) -> None:
    text_a = "A drone hit a car in Amuda."
    text_b = "A drone hit a car in Kafr Hasan near Amuda."
    village = Location(toponym="Kafr Hasan", place=build.AMUDA, precision=Precision.PLACE, matched_name="Amuda")
    gold = [build.gold_incident("E1", "drone_strike", "Amuda", "Al-Hasakah")]
    first = replace(_drone(build, "a1", text_a, "A drone hit a car in Amuda", when=None), actor="Turkish forces")  # type: ignore[arg-type]
    second = replace(_drone(build, "b1", text_b, "A drone hit a car in Kafr Hasan", when=None),  # type: ignore[arg-type]
                     actor="Turkish forces", location=village)
    figures = measure_merging([_matching(build, "a", text_a, gold, [first]), _matching(build, "b", text_b, gold, [second])])
    assert (figures.pairs_suggested, figures.suggestions_in_run) == (1, 1)
    assert (figures.pairs_suggested_first, figures.suggestions_first_in_run) == (0, 0)
    assert "ranked first" in "\n".join(format_report_lines(figures))


def format_report_lines(figures: object) -> list[str]:
    from mapapp.evaluate.report import _merging_section

    return _merging_section(figures)  # type: ignore[arg-type]


def test_a_given_id_reused_for_events_far_apart_is_counted_per_document(build: SimpleNamespace) -> None:
    """Gold writers who never meant ids across documents reuse short ones: an id whose gold dates lie more than a
    week apart names two events, so merging its reports is a false merge, not a success."""
    from mapapp.evaluate.gold import GoldDate

    def told_on(day: date) -> list:
        return [build.gold_incident("strike", "drone_strike", "Amuda", "Al-Hasakah", date=GoldDate(value=day))]

    a = _matching(build, "a", TEXT_A, told_on(date(2023, 6, 6)), [_drone(build, "a1", TEXT_A, "A drone hit a car in Amuda")])
    b = _matching(build, "b", TEXT_B, told_on(date(2024, 6, 6)),
                  [_drone(build, "b1", TEXT_B, "a drone struck their car in Amuda")])
    figures = measure_merging([a, b])
    assert figures.reused_ids == ["strike"]
    assert figures.events_multi_document == 0
    assert figures.false_merges == 1  # the store joined the two reports (same day predicted): two gold events
    close = _matching(build, "b", TEXT_B, told_on(date(2023, 6, 7)),
                      [_drone(build, "b1", TEXT_B, "a drone struck their car in Amuda")])
    figures = measure_merging([a, close])
    assert figures.reused_ids == [] and figures.events_fully_merged == 1 and figures.false_merges == 0
