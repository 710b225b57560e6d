"""Building incidents: the places a text ties an incident's place to in sentences of their own."""

from __future__ import annotations

import datetime

from mapapp.extract import extract_incidents
from mapapp.model import Document, EventType, incident_id


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


def test_arson_that_hurts_someone_is_an_attack_and_property_burned_or_a_fire_alone_is_not() -> None:
    def found(text: str) -> list:
        return extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))

    burned = found("Women loyal to ISIS burned the tent of a family in al-Hol camp on Tuesday, injuring two girls.")
    assert [i.event_type for i in burned] == [EventType.ATTACK]
    killed = found("Masked men set fire to a house in Sweidan on Friday, killing an elderly man inside.")
    assert [i.event_type for i in killed] == [EventType.ATTACK]
    # property burned with nobody hurt is no incident (the gold of five writers codes it so)
    assert found("Women loyal to ISIS burned the tent of a family in al-Hol camp on Tuesday.") == []
    assert found("Unidentified men set fire to barley fields near Jawadiyah on Monday.") == []
    assert found("A fire broke out in a wheat field near Amuda on Sunday.") == []
    assert found("Protesters burned tyres and blocked the road in Busayra.") == []


def test_incidents_told_in_one_list_sentence_have_ids_of_their_own() -> None:
    # one strike wave listed by target: one incident per place, all opened by the same sentence and type
    text = (
        "Turkish drones struck targets across the region on Monday. Among the sites hit were a bakery near "
        "Qamishli, a grain silo at Tal Tamr and a water station at Amuda."
    )
    incidents = extract_incidents(Document(text=text, published=datetime.date(2024, 1, 10)))
    assert [[t.text for t in i.toponyms] for i in incidents] == [["Qamishli"], ["Tal Tamr"], ["Amuda"]]
    assert len({i.id for i in incidents}) == 3
    # the first of a sentence keeps the id it had before parts were told apart (ids already stored stay valid)
    listed = [i for i in incidents if i.evidence[0].start > 0]
    assert listed[0].id == incident_id(listed[0].document_id, listed[0].evidence[0].start, listed[0].event_type)


def test_a_hashtag_place_with_underscores_is_read_as_a_place() -> None:
    [incident] = extract_incidents(Document(text="Gunmen killed a shepherd near #Abu_Hamam on Friday."))
    primary = incident.primary_toponym
    assert primary is not None and primary.text == "Abu_Hamam"  # the span keeps the text as written


def test_a_neighbourhood_of_the_city_takes_the_town_named_before_as_anchor() -> None:
    text = "A bomb went off in Qamishli on Saturday.\n\nHours later, a car exploded in the Zor Shammar neighbourhood of the city."
    incidents = extract_incidents(Document(text=text))
    part = next(i for i in incidents if i.primary_toponym is not None and i.primary_toponym.text == "Zor Shammar")
    assert [(t.text, t.role) for t in part.toponyms if t.role == "anchor"] == [("Qamishli", "anchor")]


def test_a_release_lines_place_is_no_governorate_for_the_next_line() -> None:
    text = (
        "Strikes in Syria\n"
        "-- Near Raqqah, two strikes destroyed a mortar team and a truck.\n"
        "-- Near Kherbet Jallab, one strike destroyed a checkpoint."
    )
    hints = {t.text: t.admin1_hint for i in extract_incidents(Document(text=text)) for t in i.toponyms}
    assert hints["Kherbet Jallab"] is None


def test_a_release_lines_place_is_no_governorate_for_the_next_line_run_into_one_paragraph() -> None:
    # a release that runs its lines into one paragraph: each sentence opening "Near X, N strikes" is a line
    text = (
        "Strikes in Syria: Near Raqqah, three strikes destroyed a mortar team. "
        "Near Kherbet Jallab, one strike destroyed a checkpoint."
    )
    hints = {t.text: t.admin1_hint for i in extract_incidents(Document(text=text)) for t in i.toponyms}
    assert hints["Kherbet Jallab"] is None


def _hints_and_roles(text: str) -> dict[str, list[tuple[str, str | None, str]]]:
    """For each incident's primary place, its toponyms as (text, hint, role)."""
    return {
        i.toponyms[0].span.text: [(t.span.text, t.admin1_hint, t.role) for t in i.toponyms]
        for i in extract_incidents(Document(text=text))
        if i.toponyms
    }


def test_a_labelled_lines_places_take_no_governorate_from_another_lines_label() -> None:
    text = (
        "Bulletin of the day\n\n"
        "- Raqqa: a roadside bomb damaged a truck of the Asayish near the clock tower.\n"
        "- Amuda: a mortar round fell near the village of Kherbet Sheikh, wounding a farmer.\n"
    )
    found = _hints_and_roles(text)
    village = found["Kherbet Sheikh"]
    assert village[0][1] is None  # not Ar-Raqqah: the Raqqa line's label is not this line's
    assert ("Amuda", "anchor") in [(name, role) for name, _, role in village]  # the line's own label locates it


def test_a_part_of_town_on_a_labelled_line_is_anchored_at_the_label_first() -> None:
    text = (
        "Overnight reports\n\n"
        "Qamishli: gunmen shot a trader dead in the main market.\n\n"
        "Kobani: a drone hit a car in the Botan neighbourhood, killing the driver.\n"
    )
    part = _hints_and_roles(text)["Botan"]
    anchors = [name for name, _, role in part if role == "anchor"]
    assert anchors[:1] == ["Kobani"]  # not Qamishli, the town the line before named


def test_a_labelled_lines_own_place_keeps_the_posts_governorate() -> None:
    text = (
        "Deir ez-Zor province:\n\n"
        "- Al-Mayadin: gunmen killed a teacher near his home.\n"
        "- Jdeidet Bakkara: a mine wounded two shepherds.\n"
    )
    assert _hints_and_roles(text)["Jdeidet Bakkara"][0][1] == "Deir ez-Zor"
    # a line in running prose is no labelled line: the sentence before still gives its governorate
    prose = "Jets hit a depot in Raqqah province on Monday. Later a mine wounded two shepherds near Kherbet Jallab."
    assert _hints_and_roles(prose)["Kherbet Jallab"][0][1] == "Ar-Raqqah"


def test_a_governorate_told_as_a_scene_is_the_next_sentences_hint() -> None:
    text = "Jets hit a depot in Raqqah province on Monday. Later, near Kherbet Jallab, a strike destroyed a truck."
    hints = {t.text: t.admin1_hint for i in extract_incidents(Document(text=text)) for t in i.toponyms}
    assert hints["Kherbet Jallab"] == "Ar-Raqqah"
def test_an_event_answered_abroad_takes_no_covered_governorate_from_its_sentence() -> None:
    text = (
        "Jets bombed 12 sites in Raqqa province on Tuesday in reprisal for the killing of five guards at a post in "
        "the Kurdistan Region on Monday."
    )
    incidents = extract_incidents(Document(text=text, published=datetime.date(2024, 2, 7)))
    abroad = [i for i in incidents if i.toponyms and i.toponyms[0].span.text == "Kurdistan Region"]
    assert len(abroad) == 1
    assert abroad[0].toponyms[0].admin1_hint is None  # the sentence's Raqqa is the answering strikes' place
