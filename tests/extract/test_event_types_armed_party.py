"""Tolls of an armed party's members: a fight with the party that killed them (docs/gold-format.md)."""

from __future__ import annotations

import pytest

from tests.extract.reading import incidents, rule_incidents
from mapapp.model import Document, EventType, Incident


def only(text: str) -> Incident:
    found = rule_incidents(Document(text=text))
    assert len(found) == 1, [i.evidence_text for i in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a toll of a force's members told with the named party that killed them and no event word: an armed clash
        (
            "Three members of the Asayish security forces were killed by ISIS fighters near Sabkha on Monday.",
            EventType.ARMED_CLASH,
        ),
        ("Four SDF fighters were killed by ISIS militants near Hajin on Friday.", EventType.ARMED_CLASH),
        (
            "An officer of the army and a commander of the NDF were killed by ISIS near Maadan on Friday.",
            EventType.ARMED_CLASH,
        ),
        # negative cases: one member killed is a targeted killing; guards (of a shop, a field) and a killing told as
        # one stay an attack
        ("A fighter of the SDF was killed by ISIS fighters in Sabkha on Monday.", EventType.ATTACK),
        ("Two guards were killed by ISIS in Sabkha on Monday.", EventType.ATTACK),
        ("Two SDF fighters were shot dead by ISIS in Sabkha on Monday.", EventType.ATTACK),
        # civilians killed by a party stay an attack
        ("Three farmers were killed by ISIS fighters in the village of Sabkha on Monday.", EventType.ATTACK),
    ],
)
def test_a_forces_members_killed_by_a_named_party_are_a_clash(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a party's short name in quotes after "members of" names armed men
        (
            "Two members of “NDF” militia were killed in an assault by ISIS cells in the desert near Maadan on Monday.",
            EventType.ARMED_CLASH,
        ),
        ("Two members of the “SNA” were killed in an attack by a PKK cell near Ras al-Ain on Monday.", EventType.ARMED_CLASH),
        # negative case: members of a family are people
        ("Two members of a family were killed in an assault by ISIS cells near Maadan on Monday.", EventType.ATTACK),
    ],
)
def test_members_of_a_party_named_in_quotes_are_armed_men(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


def test_a_headline_telling_soldiers_killed_by_a_party_leaves_the_type_to_the_bodys_shooting() -> None:
    # a monitor's telegraphic headline ("soldiers killed by ISIS", no auxiliary) over a body that tells a shooting:
    # the rule reads several killed only when told with its auxiliary ("were killed"), so the shooting types it
    text = (
        "Shaddadi desert | Three army soldiers killed by ISIS members\n"
        "The monitor documented the killing of three army soldiers, shot by unknown gunmen thought to be ISIS cells, "
        "in the desert south of Shaddadi."
    )
    found = incidents(text)
    assert len(found) == 1 and found[0].event_type is EventType.ATTACK

