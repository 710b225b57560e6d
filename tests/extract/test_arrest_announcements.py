"""Events named in a security forces' announcement of arrests are no incidents: what the arrested are suspected of,
an attack stopped by arresting its would-be attackers, devices seized."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document

PUBLISHED = datetime.date(2024, 5, 8)


def count(text: str) -> int:
    return len(rule_incidents(Document(text=text, published=PUBLISHED)))


@pytest.mark.parametrize(
    "text",
    [
        # what the arrested are suspected of, with its toll
        "Police say the detained group is suspected of the murder of a teacher in Mashlab in April.",
        "The two men are suspected of planting the bomb that killed a farmer near Tabqa in March.",
        # an attack on a post stopped by arresting those who were to carry it out
        "QAMISHLI – Asayish units said on Monday that they foiled an assault on their post near Girke Lege after detaining a man carrying grenades, and nobody was injured.",
        "Asayish units foiled an attack on their checkpoint at Girke Lege by arresting the cell's two members.",
        # devices seized
        "Police broke up an ISIS cell in Khatuniya village and detained its three members without a fight, seizing suicide vests.",
        "Counter-terrorism units confiscated two roadside bombs in a farm near Tal Hamis on Friday.",
    ],
)
def test_an_event_named_in_an_arrest_announcement_is_no_incident(text: str) -> None:
    assert count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # a suspect as the attacker, or as the victim, of an event told
        "Suspected ISIS gunmen killed a council member in the Mashlab district on Sunday.",
        "A man suspected of ISIS membership was shot dead in Mashlab on Sunday.",
        "Gunmen killed a council member in Mashlab on Sunday, in an attack ISIS is suspected of carrying out.",
        # a victim suspected of something, told in a relative clause
        "A grocer who was suspected of informing for the SDF was shot dead in Mashlab on Sunday.",
        "A driver who had been suspected of smuggling fuel was killed by gunmen in Mashlab on Sunday.",
        # an assault on a post fought off, or the attackers taken after the fight
        "The SDF said it thwarted an attack on its positions near Girke Lege, killing two attackers.",
        "The SDF foiled an assault on its checkpoint at Girke Lege after a two-hour firefight.",
        "Our forces foiled an infiltration attempt on our points in Girke Lege and captured one of the attackers.",
        "The SDF foiled an attack on its post near Girke Lege, and two attackers died following the capture of their leader.",
        # a device that went off, a seizing of something else told nearby
        "ISIS seized the village of Khatuniya after a car bomb killed six guards.",
        "Police confiscated a motorbike; a roadside bomb later killed two soldiers near Khatuniya.",
        "A car bomb exploded in Khatuniya on Monday, killing four, after police seized a truck nearby.",
    ],
)
def test_an_event_told_beside_a_suspect_a_foiling_or_a_seizure_stays(text: str) -> None:
    assert count(text) == 1
