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
