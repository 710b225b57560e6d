"""Event wordings the trigger lexicon reads beside its plain verbs (mapapp.extract.lexicon, mapapp.extract.triggers):
ground closed in on or taken back, a way fought into a town, a device told exploding with its planter between, and
explosives told going off with no device named."""

from __future__ import annotations

from datetime import date

import pytest

from mapapp.extract.triggers import find_triggers
from mapapp.model import Document, EventType
from tests.extract.reading import rule_incidents


def _types(clause: str) -> list[EventType]:
    return [hit.trigger.event_type for hit in find_triggers(clause)]


@pytest.mark.parametrize(
    "clause",
    [
        # control set up over ground
        "army units established control over the village of Tal Sawda east of the river",
        "the fighters have established full control of two hamlets north of the town",
        # ground or a party in it closed in by a force
        "the army and its allies have encircled the militants in Kherbet Nasr on Monday",
        "government troops encircled the town of Tal Sawda after a week of advances",
        "the Kurdish-led fighters have surrounded the strategic city of Kherbet Nasr",
        "the police have surrounded the gunmen inside the old quarter of the town",
        # ground taken back
        "in the east the militants took back parts of the village",
        # a way won by fighting; a force named in the singular
        "the troops have fought their way into Kherbet Nasr",
        "the Arab-led force pushed into Tal Sawda on Friday",
    ],
)
def test_ground_closed_in_taken_back_or_fought_into_is_a_battle(clause: str) -> None:
    assert EventType.ARMED_CLASH in _types(clause), clause


@pytest.mark.parametrize(
    "clause",
    [
        # a cordon: a house, an area, a prison or a camp guarded
        "police surrounded the house for two hours before the arrest",
        "the guards surrounded the area with snipers on the roofs",
        "the unit completely surrounded the prison to stop a breakout",
        # a siege told in the passive or held for years; ground a relative describes; the party described
        "the city has been surrounded for nearly two years by the group",
        "the group had encircled Kherbet Nasr for three years",
        "the farms that surrounded the town were burned last summer",
        "the encircled unit had been sent to search the hills",
        # a person taken back, no ground
        "the wounded man was taken back to his village",
    ],
)
def test_a_cordon_a_long_siege_or_a_person_taken_back_is_no_battle(clause: str) -> None:
    assert EventType.ARMED_CLASH not in _types(clause), clause


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the device with the hand that set it told between its word and its verb: a planted device
        ("a bomb planted by the militants exploded inside a shop in the market", EventType.IED),
        ("a device placed under a minibus went off at dawn", EventType.IED),
        ("explosives hidden in a vegetable cart were detonated near the square", EventType.IED),
        # explosives told going off, no device named: a blast of untold kind
        ("the explosives detonated near the bakery of the town", EventType.OTHER),
        ("several explosives were triggered outside the gate of the prison", EventType.OTHER),
    ],
)
def test_a_device_or_explosives_told_going_off_are_read(clause: str, expected: EventType) -> None:
    assert expected in _types(clause), clause


@pytest.mark.parametrize(
    "clause",
    [
        "a bomb planted by the militants was defused by engineers",
        "the cell planted explosives in the schools it used as bases",
        "they could rig the bridge with explosives to blow it up",
    ],
)
def test_explosives_planted_or_defused_with_no_blast_are_no_event(clause: str) -> None:
    assert not find_triggers(clause), clause


def test_control_established_over_a_village_on_a_day_is_an_incident() -> None:
    text = "Front update\n\nThe army established control over the village of Tal Sawda on Sunday."
    incidents = rule_incidents(Document(text=text, published=date(2019, 3, 14)))
    assert [i.event_type for i in incidents] == [EventType.ARMED_CLASH]


def test_a_bomb_planted_by_a_party_that_exploded_is_an_ied_incident() -> None:
    text = (
        "Blast in the town\n\nA bomb planted by the militants exploded inside a house in the town of Tal Sawda on "
        "Thursday, leaving two civilians dead."
    )
    incidents = rule_incidents(Document(text=text, published=date(2021, 6, 4)))
    assert [i.event_type for i in incidents] == [EventType.IED]
    assert incidents[0].killed is not None and incidents[0].killed.low == 2
