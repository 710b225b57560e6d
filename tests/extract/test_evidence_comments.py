"""A sentence joined to an incident that only comments on it (a judgement of "the attacks", the scene of "the attack")
and tells none of its own words is left out of its evidence (background.evidence._drop_comment_sentences); a joined
sentence that tells a toll, a place, a date or the only naming of the actor stays."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document

PUBLISHED = datetime.date(2024, 3, 14)


def _incidents(text: str) -> list[tuple[str, str | None, int | None]]:
    found = rule_incidents(Document(text=text, published=PUBLISHED))
    return [
        (
            " ".join(text[s.start : s.end] for s in incident.evidence),
            incident.actor,
            incident.killed.low if incident.killed else None,
        )
        for incident in found
    ]


@pytest.mark.parametrize(
    ("text", "kept", "left_out"),
    [
        (  # a party's judgement of "the drone", naming no party of the incident
            "Turkish drones struck a power station in Amuda on Monday. The SDF believes the drone was an Iranian model.",
            "struck a power station in Amuda",
            "Iranian model",
        ),
        (  # aircraft over "the area of the attack", the line tagged with the place told before
            "#Raqqa | ISIS gunmen struck an SDF checkpoint near Karama village.\n"
            "Gunfire lasted an hour, and one gunman was killed.\n"
            "#Raqqa | Coalition helicopters are circling over the area of the attack now.",
            "one gunman was killed",
            "circling",
        ),
    ],
)
def test_comment_sentence_left_out(text: str, kept: str, left_out: str) -> None:
    evidence = " ".join(ev for ev, _, _ in _incidents(text))
    assert kept in evidence
    assert left_out not in evidence


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a toll in the joined sentence
        (
            "Turkish drones struck a power station in Amuda on Monday, killing two workers.\n"
            "The SDF command said the strikes were deadly, with three more workers killed.",
            "three more workers killed",
        ),
        # the event told again with a verb ("was carried out by"), not judged
        (
            "A car bomb exploded in Tal Abyad on Monday, killing three people. The bombing was carried out by ISIS, "
            "the police said.",
            "carried out by ISIS",
        ),
        # the judgement is the only naming of the actor
        (
            "A drone struck a power station in Amuda on Monday. The SDF command said the drone was Turkish.",
            "the drone was Turkish",
        ),
    ],
)
def test_telling_sentence_kept(text: str, kept: str) -> None:
    evidence = " ".join(ev for ev, _, _ in _incidents(text))
    assert kept in evidence
