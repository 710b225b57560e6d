"""Toll references (:mod:`mapapp.extract.coreference.tolls`): the incident a toll told after its event belongs to."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document, EventType
from tests.extract.reading import bounds, bounds_of_each, incidents


def test_a_definite_reference_to_victims_told_before_fills_no_later_incident() -> None:
    found = incidents(
        "Gunmen shot dead a village elder in Hajin on Monday. "
        "Separately, a mortar shell hit a market in Maadan on Tuesday, wounding four people. "
        "The killing of the village elder angered local tribes, residents said."
    )
    maadan = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text == "Maadan"]
    assert maadan and bounds(maadan[0].injured) == (4, 4)
    assert maadan[0].killed is None


def test_a_toll_of_new_victims_still_fills_the_incident() -> None:
    found = incidents(
        "Gunmen shot dead a village elder in Hajin on Monday. "
        "Separately, a mortar shell hit a market in Maadan on Tuesday, wounding four people. "
        "A shopkeeper was also killed, residents said."
    )
    maadan = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text == "Maadan"]
    assert maadan and bounds(maadan[0].killed) == (1, 1)


def test_an_abducted_person_whose_body_is_found_is_dead() -> None:
    found = incidents("Gunmen abducted a shepherd near the village of Kasra on Monday. His body was found two days later.")
    assert len(found) == 1
    assert (found[0].killed.low, found[0].killed.high) == (1, 1)


def test_the_body_of_an_abducted_person_found_at_another_place_is_still_the_victim_told() -> None:
    found = incidents("Gunmen abducted a shepherd in the village of Kasra on Monday. His body was found near Tabia on Wednesday.")
    assert len(found) == 1
    assert (found[0].killed.low, found[0].killed.high) == (1, 1)


def test_more_dead_told_two_sentences_later_are_added() -> None:
    found = incidents(
        "Gunmen attacked a post in Hajin at dawn on Monday. Four guards were killed. The gunmen fled into the desert. "
        "Two more guards died of their wounds later in the day."
    )
    assert bounds_of_each(found) == [(6, 6)]


def test_the_body_of_the_person_just_told_of_is_that_incidents_dead() -> None:
    found = incidents(
        "Gunmen abducted a farmer from a village near Hajin on Monday. His body was found on Tuesday with gunshot "
        "wounds."
    )
    assert bounds_of_each(found) == [(1, 1)]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a zero of the wounded told in the next sentence: nobody harmed, nobody dead
        ("Gunmen fired at a council office in Tal Tamr on Monday. Nobody was hurt.", (0, 0), (0, 0)),
        ("Rockets struck a depot near Shaddadi on Friday. No injuries were reported.", (0, 0), (0, 0)),
        # the dead told before stay: the zero is of the wounded only
        ("A drone killed two fighters near Amuda on Sunday. No injuries were reported.", (2, 2), (0, 0)),
        # the wounded told in the next sentence, with a degree word or a bystander
        ("A drone hit a car in Hajin on Monday, killing two fighters. A farmer passing by was also wounded.", (2, 2), (1, 1)),
        ("The SDF raided a house in Diban on Friday, killing a militant. One SDF fighter was slightly wounded.", (1, 1), (1, 1)),
    ],
)
def test_next_sentence_zero_and_wounded(text: str, killed: tuple, injured: tuple) -> None:
    found = incidents(text)
    assert len(found) == 1
    figures = [(c.low, c.high) if c is not None else None for c in (found[0].killed, found[0].injured)]
    assert figures == [killed, injured]


def test_a_zero_told_so_far_in_the_next_sentence_is_the_incidents() -> None:
    found = incidents("A blast hit a fuel depot near Hajin on Sunday. No casualties have been reported so far.")
    assert len(found) == 1
    assert (found[0].killed.low, found[0].killed.high, found[0].injured.low) == (0, 0, 0)


def test_a_zero_in_a_later_clause_of_the_sentence_is_the_incidents() -> None:
    found = incidents("Artillery shelled the villages near Tal Tamr on Monday; the shelling did not cause any casualties.")
    assert len(found) == 1
    assert (found[0].killed.high, found[0].injured.high) == (0, 0)


def test_another_figure_of_the_other_kind_in_the_next_sentence_is_the_incidents() -> None:
    found = incidents(
        "Artillery fire killed four civilians in Amuda on Friday. Another six people were wounded when shells hit a "
        "street near the town's bakery."
    )
    assert len(found) == 1
    assert (found[0].killed.low, found[0].injured.low) == (4, 6)
    # a second event with its own place stays apart
    apart = incidents(
        "A drone killed two fighters near Amuda on Monday. Another three were injured when a second drone struck a car "
        "in Qamishli."
    )
    assert len(apart) == 2


def test_a_zero_of_both_kinds_after_a_figure_of_one_fills_the_other() -> None:
    found = incidents(
        "Coalition forces raided a house near Busayra on May 3. One militant was wounded. No coalition personnel were "
        "injured or killed."
    )
    assert len(found) == 1
    assert (found[0].killed.high, found[0].injured.low) == (0, 1)


def test_more_people_of_another_kind_of_toll_are_the_same_event() -> None:
    text = (
        "Turkish mortar fire killed two women in the village of Tal Zaytun on Saturday. "
        "Another six people were injured when shells hit the village school."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.low == 2
    assert found[0].injured is not None and found[0].injured.low == 6


def test_a_toll_of_another_kind_without_more_is_left_to_the_other_rules() -> None:
    text = (
        "Turkish mortar fire killed two women in the village of Tal Zaytun on Saturday. "
        "In Ain Issa, six people were injured when shells hit a school."
    )
    assert len(rule_incidents(Document(text=text))) == 2


def test_a_victim_bringing_the_toll_to_its_total_belongs_to_the_event_told() -> None:
    text = (
        "Fighting between the SDF and tribal gunmen left four dead in the village of Al-Busayrah on Monday. "
        "In addition, a woman was killed by a stray bullet in nearby Al-Zir, bringing the death toll to five."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.low == 5


def test_a_toll_whose_report_is_still_being_checked_is_not_the_toll_of_the_strike_told_before() -> None:
    text = "A coalition strike hit a car near Hajin on Monday. The coalition is assessing reports of two civilians killed."
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 20)))
    assert [(i.event_type, i.killed) for i in found] == [(EventType.AIRSTRIKE, None)]


def test_a_victim_who_died_later_adds_to_the_toll() -> None:
    text = "Shelling hit Ain Issa on Monday, killing three civilians. A fourth victim died of his wounds on Tuesday."
    found = rule_incidents(Document(text=text))
    assert [(i.killed.low, i.killed.high) for i in found] == [(4, 4)]


def test_a_toll_told_at_the_site_of_a_listed_strike_is_that_strikes_toll() -> None:
    found = incidents(
        "Drones struck several sites overnight, officials said on Tuesday. The drones hit the Tishrin dam near Kobani "
        "and a silo outside Amuda. A guard at the Tishrin dam was killed and three workers were hurt, they said."
    )
    by_place = {i.toponyms[0].text: (i.killed, i.injured) for i in found}
    assert len(found) == 2
    killed, injured = by_place["Tishrin dam"]
    assert (killed.low, killed.high, injured.low, injured.high) == (1, 1, 3, 3)
    assert by_place["Amuda"] == (None, None)


def test_a_toll_at_a_place_no_strike_told_is_its_own_incident() -> None:
    found = incidents(
        "The drones hit the Tishrin dam near Kobani on Monday. A guard at the Jbeisa gas station was killed, they said."
    )
    assert len(found) == 2 and found[0].killed is None


# --- A toll of both sides of a fight told with a bombardment (rule 4h): the fight's dead.
def _types_and_tolls(text: str) -> list[tuple[str, tuple[int | None, int | None] | None]]:
    found = rule_incidents(Document(text=text, published=datetime.date(2025, 3, 10)))
    return [(i.event_type.value, (i.killed.low, i.killed.high) if i.killed else None) for i in found]


@pytest.mark.parametrize(
    "text",
    [
        # said to be of both sides, in the bombardment's sentence
        "Report\n\nArmy units and the SDF clashed on Sunday near Markada. Troops pushed towards the bridge after shelling "
        "SDF posts in the village of Kasra, adding that at least five fighters on both sides were killed.",
        # the dead of two opposing parties, in the next sentence
        "Report\n\nFighting broke out on Sunday near Shaddadi between the army and the SDF. Shelling hit the edge of the "
        "town. At least three government soldiers and two SDF fighters were killed, according to a local source.",
    ],
)
def test_the_dead_of_both_sides_told_with_a_bombardment_are_the_fight_s(text: str) -> None:
    assert _types_and_tolls(text) == [("armed_clash", (5, None)), ("shelling", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead of one side: the bombardment's own toll
        (
            "Report\n\nFighting broke out on Sunday near Shaddadi between the army and the SDF. Army shelling hit the "
            "edge of the town, killing four SDF fighters.",
            [("armed_clash", None), ("shelling", (4, 4))],
        ),
        # the dead of two allied parties: one side still
        (
            "Report\n\nFighting broke out on Sunday near Shaddadi between the army and the SDF. Army shelling hit the "
            "edge of the town. Two SDF fighters and three Asayish members were killed, a source said.",
            [("armed_clash", None), ("shelling", (5, 5))],
        ),
        # no fight told before: the strike keeps its toll
        (
            "Report\n\nTurkish drones struck a post near Amuda on Sunday, killing fighters on both sides of the border.",
            [("drone_strike", None)],
        ),
    ],
)
def test_a_bombardment_s_toll_of_one_side_stays_its_own(text: str, expected: list) -> None:
    assert _types_and_tolls(text) == expected
