"""The clustering driver (:mod:`mapapp.extract.coreference.clustering`): one event told in headline and body is one incident."""

from __future__ import annotations

from tests.extract.reading import incidents


def test_headline_and_body_of_one_event_are_one_incident() -> None:
    found = incidents("Car bomb kills three in Shadadi\n\nA car bomb exploded near the market on Monday, killing three people.")
    assert len(found) == 1
    assert len(found[0].evidence) == 2


def test_repeated_headline_line_is_read_once() -> None:
    text = (
        "Car bomb kills four in Shadadi\n\nCar bomb kills four in Shadadi\n\n"
        "A car bomb exploded near a checkpoint in Shadadi on Friday, killing four fighters."
    )
    found = incidents(text)
    assert len(found) == 1
    assert len(found[0].evidence) == 2
