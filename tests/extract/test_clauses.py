"""Clause split of long bulletin sentences, and the evidence a long sentence gives."""

from __future__ import annotations

from mapapp.extract import extract_incidents
from mapapp.extract.clauses import split_clauses
from mapapp.model import Document

_BULLETIN = (
    "Raqqa Province, the monitor: the town of Tabqa is witnessing renewed shelling on areas held by the group, "
    "which was once its main base in the region, and the Observatory learned from reliable sources that at least "
    "nine civilians were killed in an air strike on a bakery in the Wahda neighbourhood of Tabqa, this massacre "
    "raises to 612 the number of civilians the monitor has documented in the town and its countryside since the "
    "start of the battle."
)


def test_a_bulletin_sentence_splits_before_the_monitor_and_before_the_running_toll() -> None:
    pieces = [_BULLETIN[c.start : c.end] for c in split_clauses(_BULLETIN)]
    assert len(pieces) == 3
    assert pieces[1].startswith(", and the Observatory learned")
    assert pieces[2].startswith(", this massacre raises")


def test_a_long_sentence_gives_its_clause_as_evidence() -> None:
    found = extract_incidents(Document(text=_BULLETIN))
    assert len(found) == 1
    evidence = found[0].evidence[0].text
    assert "nine civilians were killed" in evidence
    assert "once its main base" not in evidence
    assert "612" not in evidence
    assert found[0].killed is not None and found[0].killed.low == 9


def test_a_short_sentence_gives_the_whole_sentence_as_evidence() -> None:
    text = "A car bomb killed five people in Tabqa on Monday, which raises the toll of such blasts to 30."
    found = extract_incidents(Document(text=text))
    assert len(found) == 1
    assert found[0].evidence[0].text == text
    assert found[0].killed is not None and found[0].killed.low == 5


def test_a_second_act_with_its_own_verb_and_place_is_a_second_incident_with_the_same_actor() -> None:
    text = "Militants of ISIS stormed the village of Gharanij and detonated a car bomb in the town of Hajin on Monday."
    pieces = [text[c.start : c.end] for c in split_clauses(text)]
    assert len(pieces) == 2 and pieces[1].lstrip().startswith("and detonated")
    found = extract_incidents(Document(text=text))
    assert len(found) == 2
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Gharanij", "Hajin"]
    assert found[1].event_type.value == "car_bomb"
    assert found[0].actor == found[1].actor and found[1].actor is not None


def test_another_event_after_a_comma_is_a_clause_of_its_own() -> None:
    text = "A drone struck a car in Kasra on Monday, and another drone hit a motorcycle near Zor on Tuesday."
    pieces = [text[c.start : c.end] for c in split_clauses(text)]
    assert len(pieces) == 2 and "another drone" in pieces[1]
    found = extract_incidents(Document(text=text))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Kasra", "Zor"]


def test_a_toll_that_continues_to_rise_is_not_habitual_wording() -> None:
    from mapapp.extract.clauses import GENERIC_RE

    assert GENERIC_RE.search("The death toll continues to rise in the town.") is None
    assert GENERIC_RE.search("The group continues to attack checkpoints in the town.") is not None
    text = (
        "Four fighters were killed in clashes in Amuda on Monday.\n"
        "The death toll continues to rise after the clashes between a patrol and the Asayish, who opened fire at a "
        "checkpoint in Amuda."
    )
    found = extract_incidents(Document(text=text))
    assert len(found) == 1
    assert found[0].actor == "Asayish"


def test_a_bombardment_that_lasted_for_days_is_a_campaign_not_one_event() -> None:
    from datetime import date

    campaign = "On November 20, jets and artillery began a bombardment that lasted for days, hitting power stations."
    assert extract_incidents(Document(text=campaign, published=date(2022, 12, 10))) == []
    # a battle of two days with its toll and place is still told as one incident
    battle = "Clashes that lasted for two days killed 20 fighters in Hajin."
    assert len(extract_incidents(Document(text=battle, published=date(2022, 12, 10)))) == 1
