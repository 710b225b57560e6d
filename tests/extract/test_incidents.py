"""Building incidents: the places a text ties an incident's place to in sentences of their own."""

from __future__ import annotations

import datetime

from mapapp.extract import extract_incidents
from mapapp.model import Document, EventType


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


def test_arson_by_a_party_at_a_place_and_day_is_an_attack_and_a_fire_alone_is_not() -> None:
    def found(text: str) -> list:
        return extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))

    burned = found("Women loyal to ISIS burned the tent of a family in al-Hol camp on Tuesday.")
    assert [i.event_type for i in burned] == [EventType.ATTACK]
    assert found("A fire broke out in a wheat field near Amuda on Sunday.") == []
    assert found("Protesters burned tyres and blocked the road in Busayra.") == []
