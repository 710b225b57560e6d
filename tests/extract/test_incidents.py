"""Building incidents: the places a text ties an incident's place to in sentences of their own."""

from __future__ import annotations

from mapapp.extract import extract_incidents
from mapapp.model import Document


def _anchors(text: str) -> list[str]:
    [incident] = extract_incidents(Document(text=text))
    return [t.text for t in incident.toponyms if t.role == "anchor"]


def test_a_sentence_saying_where_a_named_place_lies_ties_it() -> None:
    text = "Gunmen killed a man in Darnaj on Monday. Darnaj is a town in the eastern countryside of Deir ez-Zor, near Hajin."
    assert sorted(_anchors(text)) == ["Hajin", "the eastern countryside of Deir ez-Zor"]


def test_the_village_of_a_describing_sentence_is_the_place_named_before() -> None:
    text = (
        "A drone struck a car near the village of Umm Khuwayt on Tuesday, killing two fighters. "
        "The village lies in the countryside of Tal Tamr."
    )
    assert _anchors(text) == ["the countryside of Tal Tamr"]


def test_a_sentence_about_something_else_ties_nothing() -> None:
    text = "Gunmen killed a man in Darnaj on Monday. Residents said the market in Hajin was closed."
    assert _anchors(text) == []
