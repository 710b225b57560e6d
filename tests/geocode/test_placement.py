"""Tests for mapapp.geocode.placement: one incident's place, from its primary toponym and what its text ties it to.

The unit tests use a stand-in resolver, so they test the placement rules alone; the end-to-end ones run the real
extractor and the built-in gazetteer on short sentences of ours.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from mapapp.geocode.placement import CONTEXT_PLACE_NOTE, NEAR_TOWN_PRECISION, geocode_incident
from mapapp.model import Document, EventType, Incident, Location, Place, Precision, Span, Toponym
from mapapp.pipeline import process_document
from tests.geocode.placement_factories import (
    HASAKAH,
    HASAKAH_GOVERNORATE,
    KARAMA_EAST,
    KARAMA_WEST,
    LATAKIA,
    RAQQA,
    TOWN_EAST,
    TableResolver,
    incident_with,
    karama,
    places_by_name,
)


def test_no_toponym_is_unresolved_without_asking() -> None:
    resolver = TableResolver({})
    result = geocode_incident(incident_with(), resolver)
    assert result.location is not None and result.location.precision is Precision.UNRESOLVED
    assert not result.location.is_mappable and resolver.asked == []


def test_primary_toponym_decides_and_reference_outside_coverage_is_flagged() -> None:
    primary = Toponym(Span("Hasakah", 0, 7), admin1_hint="Al-Hasakah", role="primary")
    reference = Toponym(Span("Hmeimim", 20, 27), role="reference")
    resolver = TableResolver(
        {
            "Hasakah": Location(toponym="Hasakah", place=HASAKAH, precision=Precision.PLACE, score=95.0),
            "Hmeimim": Location(toponym="Hmeimim", place=LATAKIA, precision=Precision.OUTSIDE_COVERAGE),
        }
    )
    incident = incident_with(reference, primary)
    result = geocode_incident(incident, resolver)
    assert result.location is not None and result.location.place == HASAKAH
    assert result.location.is_mappable
    assert "approximate" in result.location.note and "Latakia" in result.location.note
    assert incident.location is None  # the input is not modified


def test_a_context_place_is_used_and_said_to_come_from_the_context() -> None:
    context = Toponym(Span("Hasakah", 0, 7), admin1_hint="Al-Hasakah", role="context")
    resolver = TableResolver(
        {"Hasakah": Location(toponym="Hasakah", place=HASAKAH, precision=Precision.PLACE, score=100.0, note="exact")}
    )
    result = geocode_incident(incident_with(context), resolver)
    assert result.location is not None and result.location.place == HASAKAH and result.location.is_mappable
    assert resolver.asked == [context]
    assert result.location.note == f"{CONTEXT_PLACE_NOTE}; exact"


def test_a_place_named_in_the_sentence_carries_no_context_note() -> None:
    primary = Toponym(Span("Hasakah", 0, 7), role="primary")
    resolver = TableResolver({"Hasakah": Location(toponym="Hasakah", place=HASAKAH, precision=Precision.PLACE)})
    result = geocode_incident(incident_with(primary), resolver)
    assert result.location is not None and "context" not in result.location.note


def test_dateline_place_end_to_end_is_marked_in_the_note() -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = "QAMISHLI, Syria - A drone struck a car on Sunday, killing two fighters."
    [incident] = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    assert [t.role for t in incident.toponyms] == ["context"]
    assert incident.location is not None and incident.location.place is not None
    assert incident.location.place.admin1 == "Al-Hasakah" and incident.location.is_mappable
    assert incident.location.note.startswith(CONTEXT_PLACE_NOTE)


def _village_and_town(gap: int = 2, town: str = "Qamishli") -> tuple[Toponym, Toponym]:
    village = Toponym(Span("Kherbet", 10, 17), role="primary")
    start = 17 + gap
    return village, Toponym(Span(town, start, start + len(town)), role="reference")


def test_an_unknown_village_takes_the_town_the_text_locates_it_against() -> None:
    village, town = _village_and_town()
    resolver = TableResolver({"Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE)})
    location = geocode_incident(incident_with(village, town), resolver).location
    assert location is not None and location.place == HASAKAH and location.is_mappable
    assert location.toponym == "Kherbet"
    assert location.note.startswith("approximate: 'Kherbet' is not in the gazetteer; placed at Al Hasakah")


def test_a_village_placed_at_its_context_governorate_takes_a_town_of_that_governorate() -> None:
    village, town = _village_and_town()
    context_only = Location(toponym="Kherbet", place=HASAKAH_GOVERNORATE, precision=Precision.ADMIN1, score=50.0)
    resolver = TableResolver({
        "Kherbet": context_only,
        "Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE),
        "Raqqa": Location(toponym="Raqqa", place=RAQQA, precision=Precision.PLACE),
    })
    assert geocode_incident(incident_with(village, town), resolver).location.place == HASAKAH  # type: ignore[union-attr]
    # A town of another governorate than the one the context names does not move the village there.
    village, raqqa = _village_and_town(town="Raqqa")
    assert geocode_incident(incident_with(village, raqqa), resolver).location.place == HASAKAH_GOVERNORATE  # type: ignore[union-attr]


def test_a_place_known_only_by_its_governorate_takes_the_town_the_text_ties_it_to() -> None:
    village, town = _village_and_town()
    row = replace(HASAKAH_GOVERNORATE, id="names:kherbet", name="Kherbet", kind="populated_place")  # at the governorate point
    resolver = TableResolver({
        "Kherbet": Location(toponym="Kherbet", place=row, precision=Precision.ADMIN1, score=100.0),
        "Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE),
    })
    location = geocode_incident(incident_with(village, town), resolver).location
    assert location is not None and location.place == HASAKAH and location.precision is NEAR_TOWN_PRECISION
    assert location.note.startswith("approximate: 'Kherbet' has no point of its own in the gazetteer; placed at")


@pytest.mark.parametrize(
    "case", ["far", "town at governorate level", "village outside coverage", "village known", "reference before"]
)
def test_when_a_reference_does_not_stand_in(case: str) -> None:
    village, town = _village_and_town(gap=500 if case == "far" else 2)
    if case == "reference before":
        village = Toponym(Span("Kherbet", 100, 107), role="primary")
    table = {
        "Qamishli": Location(
            toponym="Qamishli", place=HASAKAH if case != "town at governorate level" else HASAKAH_GOVERNORATE,
            precision=Precision.PLACE if case != "town at governorate level" else Precision.ADMIN1, score=100.0,
        )
    }
    if case == "village outside coverage":
        # a place across the border, some 20 km from the town the text ties it to: that place, never mapped
        across = Place(id="t:tr", name="Kherbet", lat=36.68, lon=40.75, admin1=None, country="TR")
        table["Kherbet"] = Location(toponym="Kherbet", place=across, precision=Precision.OUTSIDE_COVERAGE)
    if case == "village known":
        table["Kherbet"] = Location(toponym="Kherbet", place=RAQQA, precision=Precision.PLACE, score=100.0)
    location = geocode_incident(incident_with(village, town), TableResolver(table)).location
    assert location is not None and "is not in the gazetteer; placed at" not in location.note
    expected = table.get("Kherbet")
    assert location.place == (expected.place if expected else None)


def test_unknown_village_near_a_known_town_end_to_end() -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = "A Turkish drone struck a car in Khirbet Zubeir village, south-west of Qamishli city, wounding two fighters."
    [incident] = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    location = incident.location
    assert location is not None and location.place is not None and location.place.admin1 == "Al-Hasakah"
    # the town's point, not the village's: approximate at sub-district scale, the village's name kept
    assert location.precision is NEAR_TOWN_PRECISION is Precision.ADMIN3 and location.toponym == "Khirbet Zubeir"
    assert "Qamishli" in location.note and "approximate" in location.note and "near Al Q" in location.note


def test_a_village_placed_at_a_town_is_approximate_and_keeps_a_coarser_area() -> None:
    village, town = _village_and_town()
    at_town = geocode_incident(
        incident_with(village, town),
        TableResolver({"Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE)}),
    ).location
    assert at_town is not None and at_town.precision is Precision.ADMIN3 and at_town.is_mappable
    assert "near Al Hasakah, not its own point" in at_town.note
    district = Place(id="test:adm2", name="Qamishli district", lat=37.0, lon=41.2, admin1="Al-Hasakah",
                     kind="district", precision=Precision.ADMIN2)
    in_district = geocode_incident(
        incident_with(village, town),
        TableResolver({"Qamishli": Location(toponym="Qamishli", place=district, precision=Precision.ADMIN2)}),
    ).location
    assert in_district is not None and in_district.precision is Precision.ADMIN2  # never finer than what stands in


def test_an_anchor_from_another_sentence_places_an_unknown_village() -> None:
    village = Toponym(Span("Kherbet", 900, 907), role="primary")
    anchor = Toponym(Span("Qamishli", 40, 48), role="anchor")  # told earlier: far before the primary
    resolver = TableResolver({"Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE)})
    location = geocode_incident(incident_with(village, anchor), resolver).location
    assert location is not None and location.place == HASAKAH and location.precision is Precision.ADMIN3
    assert location.toponym == "Kherbet" and "another sentence" in location.note
    # a known village keeps its own point, and the anchor is not even looked up
    known = TableResolver({
        "Kherbet": Location(toponym="Kherbet", place=RAQQA, precision=Precision.PLACE, score=100.0),
        "Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE),
    })
    location = geocode_incident(incident_with(village, anchor), known).location
    assert location is not None and location.place == RAQQA and location.precision is Precision.PLACE
    assert [t.text for t in known.asked] == ["Kherbet"] and "Qamishli" not in location.note


def test_a_village_in_a_governorate_outside_coverage_is_never_mapped() -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = (
        "A drone strike killed two fighters near Qamishli in Hasakah province on Sunday. "
        "Separately, three shepherds were killed when a mine exploded near the village of Umm Tuwaynah "
        "in eastern Hama province."
    )
    incidents = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    by_place = {i.primary_toponym.text: i for i in incidents if i.primary_toponym is not None}
    assert by_place["Qamishli"].location is not None and by_place["Qamishli"].location.is_mappable
    village = by_place["Umm Tuwaynah"].location
    assert village is not None and village.precision is Precision.OUTSIDE_COVERAGE and not village.is_mappable


def test_a_village_tied_to_a_town_in_an_earlier_sentence_is_placed_near_it_end_to_end() -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = (
        "Al-Hasakah province: artillery shelled Kherbet Nasr, Umm Dalil and Kuzliya villages in the Tal Tamr "
        "countryside on Monday, wounding a woman.\n\nOn Tuesday, a drone strike on Umm Dalil village killed two shepherds."
    )
    found = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    later = next(i for i in found if i.primary_toponym is not None and i.primary_toponym.text.startswith("Umm Dalil"))
    location = later.location
    assert location is not None and location.place is not None and location.place.name == "Tall Tamr"
    assert location.precision is Precision.ADMIN3 and location.toponym.startswith("Umm Dalil")
    assert "another sentence" in location.note and "approximate" in location.note


def test_the_label_of_a_bulletin_line_places_the_villages_of_its_line() -> None:
    """"- Tal Tamr: the villages of A and B were shelled": the line's label is the town whose area it reports on, so a
    village the gazetteer lacks is placed near it (approximate), as "A near Tal Tamr" would be."""
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = (
        "Shelling on the villages, a summary of the day\n\n"
        "- Tal Tamr: the villages of Kherbet Jazza and Umm Sharshuh were hit by artillery shells; a farmer was "
        "wounded in Kherbet Jazza.\n"
        "- Ain Issa: mortar shells fell near the village of Bir Nasser; no casualties.\n"
        "- Amuda: a drone struck a car near Tell Zahra, killing two men.\n"
    )
    found = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    placed = {
        i.primary_toponym.text: i.location for i in found if i.primary_toponym is not None and i.location is not None
    }
    expected = {"Kherbet Jazza": "Tall Tamr", "Bir Nasser": "‘Ayn ‘Īsá", "Tell Zahra": "‘Āmūdā"}
    for village, town in expected.items():
        location = placed[village]
        assert location.place is not None and location.place.name == town, (village, location)
        assert location.precision is Precision.ADMIN3 and "approximate" in location.note


def test_of_two_namesakes_the_one_near_the_town_the_text_names_is_taken() -> None:
    village = Toponym(Span("Karama", 10, 16), role="primary")
    town = Toponym(Span("Tall Baydar", 30, 41), role="reference")
    table = {"Karama": karama(), "Tall Baydar": Location(toponym="Tall Baydar", place=TOWN_EAST, precision=Precision.PLACE)}
    location = geocode_incident(incident_with(village, town), TableResolver(table)).location
    assert location is not None and location.place == KARAMA_EAST and location.precision is Precision.PLACE
    assert location.candidates[0].place == KARAMA_WEST and "Tall Baydar" in location.note
    # a lower-scored look-alike is not a namesake, and with no place named nearby nothing changes
    table["Karama"] = karama(score=90.0)
    assert geocode_incident(incident_with(village, town), TableResolver(table)).location.place == KARAMA_WEST  # type: ignore[union-attr]
    table["Karama"] = karama()
    assert geocode_incident(incident_with(village), TableResolver(table)).location.place == KARAMA_WEST  # type: ignore[union-attr]


def test_a_village_between_two_distant_towns_is_placed_near_neither() -> None:
    text = "A drone hit a car at Kherbet on the road between Amuda and Qamishli, killing one."
    village = Toponym(Span("Kherbet", 21, 28), admin1_hint="Al-Hasakah")
    first, second = Toponym(Span("Amuda", 49, 54), role="reference"), Toponym(Span("Qamishli", 59, 67), role="reference")
    incident = Incident(id="i1", event_type=EventType.DRONE_STRIKE, evidence=[Span(text, 0, len(text))],
                        toponyms=[village, first, second])
    near = Place(id="t:amuda", name="Amuda", lat=37.10, lon=40.93, admin1="Al-Hasakah")
    table = {
        "Kherbet": Location(toponym="Kherbet", place=HASAKAH_GOVERNORATE, precision=Precision.ADMIN1, score=50.0),
        "Amuda": Location(toponym="Amuda", place=near, precision=Precision.PLACE, score=100.0),
        "Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE, score=100.0),
    }
    # Amuda and "Qamishli" (here at Al Hasakah's point, 70 km away): the village is near neither
    location = geocode_incident(incident, TableResolver(table)).location
    assert location is not None and location.place == HASAKAH_GOVERNORATE and location.precision is Precision.ADMIN1
    assert "placed near neither" in location.note
    # two towns close together: the village is placed near the first, approximate
    table["Qamishli"] = Location(toponym="Qamishli", place=replace_place(near, lat=37.05, lon=41.23), precision=Precision.PLACE)
    location = geocode_incident(incident, TableResolver(table)).location
    assert location is not None and location.place == near and location.precision is Precision.ADMIN3


def replace_place(place: Place, lat: float, lon: float) -> Place:
    from dataclasses import replace

    return replace(place, id="t:other", lat=lat, lon=lon)


def test_a_village_listed_beside_a_town_is_not_placed_at_that_town_end_to_end() -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    geocoder = Geocoder(load_default_gazetteer())
    text = "Deir ez-Zor province: landmines exploded in Kherbet Nasr town and Abu Kamal city, killing six."
    [incident] = process_document(Document(text=text), geocoder)
    assert incident.location is not None and incident.location.precision is Precision.ADMIN1
    assert "is not in the gazetteer; placed at" not in incident.location.note
    # the same village said to lie west of the town is placed near it
    text = "Deir ez-Zor province: a landmine exploded in Kherbet Nasr, west of Abu Kamal, killing six."
    [incident] = process_document(Document(text=text), geocoder)
    assert incident.location is not None and incident.location.precision is Precision.ADMIN3


def test_a_namesake_abroad_that_the_text_puts_in_a_covered_towns_area_is_placed_near_that_town() -> None:
    abroad = Place(id="t:iq", name="Kherbet", lat=34.4, lon=41.0, admin1=None, country="IQ")
    table = {
        "Kherbet": Location(toponym="Kherbet", place=abroad, precision=Precision.OUTSIDE_COVERAGE, score=100.0),
        "Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE, score=100.0),
    }
    for text, expected in [
        ("Strikes hit a convoy at Kherbet crossing in the Qamishli area.", Precision.ADMIN3),
        # "near" a covered town the gazetteer's Kherbet lies 235 km from: another place, near the town
        ("Strikes hit a convoy at Kherbet, near Qamishli.", Precision.ADMIN3),
    ]:
        start = text.index("Kherbet")
        town = text.index("Qamishli")
        incident = Incident(id="i", event_type=EventType.AIRSTRIKE, evidence=[Span(text, 0, len(text))], toponyms=[
            Toponym(Span("Kherbet", start, start + 7)), Toponym(Span("Qamishli", town, town + 8), role="reference")])
        location = geocode_incident(incident, TableResolver(table)).location
        assert location is not None and location.precision is expected, text
        assert (location.place == HASAKAH) is (expected is Precision.ADMIN3)


@pytest.mark.parametrize(
    ("namesake", "precision"),
    [
        (Place(id="t:lb", name="Saida", lat=33.56, lon=35.37, admin1=None, country="LB"), Precision.ADMIN3),
        (Place(id="t:al", name="Saida", lat=36.2, lon=37.2, admin1="Aleppo"), Precision.ADMIN3),
        # across the border, 20 km from the town: the place the gazetteer knows, off the map
        (Place(id="t:tr", name="Saida", lat=36.68, lon=40.75, admin1=None, country="TR"), Precision.OUTSIDE_COVERAGE),
    ],
)
def test_a_namesake_outside_coverage_far_from_the_town_the_text_ties_it_to_is_another_place(
    namesake: Place, precision: Precision
) -> None:
    text = "A drone hit a car in Saida, west of Qamishli, on Monday."
    start, town = text.index("Saida"), text.index("Qamishli")
    table = {
        "Saida": Location(toponym="Saida", place=namesake, precision=Precision.OUTSIDE_COVERAGE, score=100.0),
        "Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE, score=100.0),
    }
    incident = Incident(id="i", event_type=EventType.DRONE_STRIKE, evidence=[Span(text, 0, len(text))], toponyms=[
        Toponym(Span("Saida", start, start + 5)), Toponym(Span("Qamishli", town, town + 8), role="reference")])
    location = geocode_incident(incident, TableResolver(table)).location
    assert location is not None and location.precision is precision
    assert (location.place == HASAKAH) is (precision is Precision.ADMIN3)
    assert location.toponym == "Saida"


def test_a_namesake_outside_coverage_named_beside_a_town_in_a_list_stays_outside() -> None:
    text = "Drones hit Saida and Qamishli on Monday."
    start, town = text.index("Saida"), text.index("Qamishli")
    far = Place(id="t:lb", name="Saida", lat=33.56, lon=35.37, admin1=None, country="LB")
    table = {
        "Saida": Location(toponym="Saida", place=far, precision=Precision.OUTSIDE_COVERAGE, score=100.0),
        "Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE, score=100.0),
    }
    incident = Incident(id="i", event_type=EventType.DRONE_STRIKE, evidence=[Span(text, 0, len(text))], toponyms=[
        Toponym(Span("Saida", start, start + 5)), Toponym(Span("Qamishli", town, town + 8), role="reference")])
    location = geocode_incident(incident, TableResolver(table)).location
    assert location is not None and location.precision is Precision.OUTSIDE_COVERAGE


# A village of Deir ez-Zor the name table knows only by its governorate (its point is the governorate's).
KHERBET_DEIR = Place(id="t:kd", name="Kherbet", lat=35.13, lon=40.32, admin1="Deir ez-Zor", precision=Precision.ADMIN1)


@pytest.mark.parametrize(
    ("text", "namesake", "precision"),
    [
        # the gazetteer's shrine name lies in Turkey, 330 km from Kherbet's governorate: another place
        ("Jets struck a post near the Mar Elias shrine in Kherbet on Monday.",
         Place(id="t:tr", name="Mar Elias", lat=38.10, lon=39.46, admin1=None, country="TR"), Precision.ADMIN1),
        # a namesake across the border within the governorate's reach is the place the gazetteer knows, off the map
        ("Jets struck a post near the Mar Elias shrine in Kherbet on Monday.",
         Place(id="t:tr2", name="Mar Elias", lat=36.30, lon=40.30, admin1=None, country="TR"), Precision.OUTSIDE_COVERAGE),
        # named beside Kherbet in a list, not located by it: it keeps its match
        ("Jets struck Mar Elias and Kherbet on Monday.",
         Place(id="t:tr", name="Mar Elias", lat=38.10, lon=39.46, admin1=None, country="TR"), Precision.OUTSIDE_COVERAGE),
    ],
)
def test_a_namesake_abroad_far_from_a_village_known_only_by_its_governorate_that_locates_it_is_another_place(
    text: str, namesake: Place, precision: Precision
) -> None:
    start, village = text.index("Mar Elias"), text.index("Kherbet")
    table = {
        "Mar Elias": Location(toponym="Mar Elias", place=namesake, precision=Precision.OUTSIDE_COVERAGE, score=100.0),
        "Kherbet": Location(toponym="Kherbet", place=KHERBET_DEIR, precision=Precision.ADMIN1, score=100.0),
    }
    incident = Incident(id="i", event_type=EventType.AIRSTRIKE, evidence=[Span(text, 0, len(text))], toponyms=[
        Toponym(Span("Mar Elias", start, start + 9)), Toponym(Span("Kherbet", village, village + 7), role="reference")])
    location = geocode_incident(incident, TableResolver(table)).location
    assert location is not None and location.precision is precision and location.toponym == "Mar Elias"
    if precision is Precision.ADMIN1:
        assert location.place == KHERBET_DEIR and location.is_mappable and "another place" in location.note


def test_a_village_tied_to_a_town_known_only_by_its_governorate_takes_that_governorate() -> None:
    abu_rasin = Place(id="t:ar", name="Abu Rasin", lat=36.49, lon=40.91, admin1="Al-Hasakah", precision=Precision.ADMIN1)
    text = "Shells hit Kherbet village in the Zirgan countryside on Monday."
    start, town = text.index("Kherbet"), text.index("Zirgan")
    table = {"Zirgan": Location(toponym="Zirgan", place=abu_rasin, precision=Precision.ADMIN1, score=100.0)}
    incident = Incident(id="i", event_type=EventType.SHELLING, evidence=[Span(text, 0, len(text))], toponyms=[
        Toponym(Span("Kherbet", start, start + 7)), Toponym(Span("Zirgan", town, town + 6), role="reference")])
    location = geocode_incident(incident, TableResolver(table)).location
    assert location is not None and location.precision is Precision.ADMIN1 and location.place == abu_rasin
    assert location.toponym == "Kherbet" and "known only by its governorate" in location.note


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Unknown gunmen killed a man in Bsharri, in the northern Deir ez-Zor countryside.", "Bsharri"),
        ("Gunmen killed a shepherd near Baghdad village in the eastern Deir ez-Zor countryside.", "Baghdad"),
    ],
)
def test_a_far_namesake_abroad_gives_way_to_the_governorate_the_text_puts_the_place_in(text: str, name: str) -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    [incident] = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    location = incident.location
    assert location is not None and location.precision is Precision.ADMIN1 and location.is_mappable
    assert location.place is not None and location.place.admin1 == "Deir ez-Zor" and location.toponym == name
    assert "another place" in location.note and location.candidates  # the namesake is kept as a candidate


def test_a_town_across_the_border_is_not_pulled_into_the_governorate_named_after_it() -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = "Turkish shelling killed two civilians in Kobani, in the Raqqa countryside, on Monday."
    [incident] = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    location = incident.location
    assert location is not None and location.precision is Precision.OUTSIDE_COVERAGE and not location.is_mappable


def test_a_part_of_a_town_named_after_its_owner_is_placed_near_the_town() -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = "Gunmen killed a man at Raqqa's al-Naim roundabout on Monday."
    [incident] = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    location = incident.location
    assert location is not None and location.place is not None and location.place.name == "Ar Raqqah"
    assert location.precision is NEAR_TOWN_PRECISION and location.toponym == "al-Naim"


def test_a_village_tied_to_a_governorates_countryside_in_a_sentence_of_its_own_takes_that_governorate() -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = "A mine killed a shepherd in Kishkiyeh on Friday. Kishkiyeh is a village in the eastern Deir ez-Zor countryside."
    [incident] = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    location = incident.location
    assert location is not None and location.precision is Precision.ADMIN1 and location.is_mappable
    assert location.place is not None and location.place.admin1 == "Deir ez-Zor" and location.toponym == "Kishkiyeh"


@pytest.mark.parametrize(
    "text",
    [
        "Turkish artillery shelled the village of Umm Khuwayt from its base in Ras al-Ain, wounding a child.",
        "Gunmen killed a shepherd in Umm Khuwayt, a man from Tal Tamr, on Monday.",
    ],
)
def test_where_the_fire_or_the_victim_came_from_does_not_place_an_unknown_village(text: str) -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    [incident] = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    location = incident.location
    assert location is not None and location.toponym == "Umm Khuwayt"
    assert location.precision is Precision.UNRESOLVED and not location.is_mappable


@pytest.mark.parametrize(
    "text",
    [
        "Artillery shelled Kherbet Zawiyat and Tal Tamr on Sunday, wounding a woman.",
        "A shepherd was found shot dead on the road between Kherbet Zawiyat and Amuda on Sunday.",
    ],
)
def test_an_unknown_village_named_with_towns_of_one_governorate_takes_that_governorate(text: str) -> None:
    location = places_by_name(text)["Kherbet Zawiyat"]
    assert location.precision is Precision.ADMIN1 and location.place is not None
    assert location.place.admin1 == "Al-Hasakah" and "names it with" in location.note


def test_an_unknown_village_named_with_a_town_abroad_gets_no_governorate() -> None:
    location = places_by_name("Shelling hit Kherbet Zawiyat and Nusaybin on Sunday, wounding a woman.")[
        "Kherbet Zawiyat"
    ]
    assert not location.is_mappable


@pytest.mark.parametrize(
    "tie",
    ["the outskirts of Kherbet Jallab, south of Kobani", "the villages of Kherbet Jallab district in Afrin"],
)
def test_an_unknown_village_tied_to_a_syrian_town_outside_coverage_is_not_mapped_at_the_context_governorate(
    tie: str,
) -> None:
    text = f"Drones struck a car in Raqqa on Sunday, killing two. Later, Turkish artillery shelled {tie}, killing a boy."
    location = places_by_name(text)["Kherbet Jallab"]
    assert location.precision is Precision.OUTSIDE_COVERAGE and not location.is_mappable


def test_an_unknown_village_in_a_district_of_a_town_beyond_coverage_is_not_mapped_at_a_covered_namesake() -> None:
    # "X in Afrin's Sharra district": the extractor lists the district before its owner, but the town right after the
    # village is Afrin (outside coverage); the district's name alike to a Deir ez-Zor town does not map it
    text = "Turkish jets bombed the hamlet of Kherbet Jallab in Afrin's Sharra district, killing a boy."
    location = places_by_name(text)["Kherbet Jallab"]
    assert not location.is_mappable


@pytest.mark.parametrize(
    ("second", "mapped"),
    [
        # only the sentence before names Hasakah: the one Syrian town by this name (in Homs) is meant, not mapped
        ("Jets hit a farm in Sukhna on Tuesday, wounding two men.", False),
        # its own sentence puts it in Hasakah: a village there the gazetteer lacks, at the governorate
        ("Jets hit a farm in Sukhna village in the Hasakah countryside on Tuesday, wounding two men.", True),
    ],
)
def test_a_town_beyond_coverage_is_not_put_at_a_governorate_another_sentence_names(second: str, mapped: bool) -> None:
    text = f"HASAKAH, Syria (AP) - Gunmen shot dead a trader in Amuda on Monday. {second}"
    location = places_by_name(text)["Sukhna"]
    assert location.is_mappable is mapped
    assert location.place is not None and location.place.admin1 == ("Al-Hasakah" if mapped else "Homs")


@pytest.mark.parametrize(("text", "name", "governorate"), [
    ("A bomb killed two men in the Sinjar neighbourhood of Hasakah on Monday.", "Sinjar", "Al-Hasakah"),
    ("Gunmen shot dead a guard in the al-Hamdaniya quarter of Raqqa.", "al-Hamdaniya", "Ar-Raqqah"),
])
def test_a_quarter_named_after_a_town_across_the_border_is_placed_by_its_city(
    text: str, name: str, governorate: str
) -> None:
    # the quarter's name is a town of Iraq by the border: the text calls it a part of a covered city, which places it
    location = places_by_name(text)[name]
    assert location.is_mappable
    assert location.place is not None and location.place.admin1 == governorate


def test_a_name_of_a_town_deeper_beyond_coverage_stays_at_the_governorate_another_sentence_names() -> None:
    # the one Syrian town of the name lies north of Aleppo, beyond a covered governorate's reach: the dateline's
    # governorate may be the place's (an ancient site of the Euphrates valley shares the name)
    text = "DEIR EZ-ZOR, Syria (AP) - Gunmen shot dead a trader in Hajin on Monday. Jets hit a farm in Mari on Tuesday."
    location = places_by_name(text)["Mari"]
    assert location.is_mappable
    assert location.place is not None and location.place.admin1 == "Deir ez-Zor"


def test_an_unknown_village_in_the_raqqa_countryside_south_of_kobani_stays_in_raqqa() -> None:
    text = "Turkish artillery shelled Kherbet Jallab in the Raqqa countryside, south of Kobani, killing a boy."
    location = places_by_name(text)["Kherbet Jallab"]
    assert location.is_mappable and location.place is not None and location.place.admin1 == "Ar-Raqqah"


def test_an_incident_its_sentence_names_a_city_abroad_as_a_party_takes_the_articles_place() -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = "QAMISHLI, Syria (AFP) - Ankara's drones struck a car on Monday, killing two men, the SDF said."
    [incident] = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    assert incident.location is not None and incident.location.is_mappable


@pytest.mark.parametrize(
    ("first", "abroad"),
    [
        ("A Turkish soldier was killed in an attack on a border post in Turkey's Mardin province on Monday.", "Turkey"),
        ("Two fighters were killed in a drone strike inside Iraq on Monday.", "Iraq"),
        ("A rocket hit a base across the border in Turkey on Monday, killing a guard.", "Turkey"),
        # a city abroad owning the street or site: the event lies in that city
        ("Talks stalled after a car bomb on Ankara's Kizilay square killed four people on Monday.", "Ankara"),
    ],
)
def test_an_incident_its_sentence_puts_abroad_does_not_take_the_articles_place(first: str, abroad: str) -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = f"QAMISHLI, Syria (AFP) - {first}\n\nTurkey-backed factions shelled positions on Tuesday, wounding two civilians."
    found = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    told_abroad = [i for i in found if i.location is not None and abroad in i.location.note]
    assert len(told_abroad) == 1
    assert told_abroad[0].location is not None and not told_abroad[0].location.is_mappable
    # "Turkey-backed factions" names who, not where: that incident keeps the dateline's place
    backed = [i for i in found if any("Turkey-backed" in span.text for span in i.evidence)]
    assert backed and all(i.location is not None and i.location.is_mappable for i in backed)


@pytest.mark.parametrize(
    "second",
    [
        "Gunmen fought guards in the nearby Zor Shammar neighbourhood on Tuesday.",
        "Later, in the Zor Shammar (old) quarter of the town, gunmen shot a guard on Tuesday.",
        "A drone hit a car near the Zor Shammar mosque on Tuesday.",
    ],
)
def test_an_unknown_part_of_a_town_is_placed_near_the_town_named_before_it(second: str) -> None:
    text = f"Gunmen killed a trader in Hajin on Monday.\n\n{second}"
    location = places_by_name(text)["Zor Shammar"]
    assert location.precision is NEAR_TOWN_PRECISION and location.place is not None
    assert location.place.admin1 == "Deir ez-Zor" and "Hajin" in location.note


def test_a_town_part_whose_name_is_a_town_abroad_is_placed_near_the_town_named_before_it() -> None:
    # Bsharri in Lebanon: the text's neighbourhood of Qamishli is another place
    text = "A bomb exploded in Qamishli on Monday.\n\nHours later, clashes broke out in the Bsharri neighbourhood."
    location = places_by_name(text)["Bsharri"]
    assert location.is_mappable and location.place is not None and location.place.admin1 == "Al-Hasakah"


def test_an_unknown_village_tied_to_a_town_outside_coverage_is_not_placed_by_a_later_town() -> None:
    text = ("Turkish artillery shelled the village of Kherbet Jallab west of Kobani and the village of Umm Kiff in "
            "the Tal Abyad countryside on Sunday, killing a boy.")
    location = places_by_name(text)["Kherbet Jallab"]
    assert not location.is_mappable


@pytest.mark.parametrize("where", ["west of Raqqa", "north-west of Raqqa city"])
def test_a_village_of_another_governorate_gives_way_to_the_town_the_text_locates_it_against(where: str) -> None:
    # Al Kasrah is a GeoNames village of Deir ez-Zor; the text's own words put this one by Raqqa
    text = f"Gunmen shot dead the head of the Al-Kasra village council, {where}, on Sunday."
    location = places_by_name(text)["Al-Kasra"]
    assert location.place is not None and location.place.admin1 == "Ar-Raqqah"
    assert location.precision is not Precision.PLACE


def test_a_village_of_another_governorate_keeps_its_point_beside_a_town_merely_named() -> None:
    text = "A tribal elder was shot near the town of Diban, and died in a hospital in Hasakah days later."
    location = places_by_name(text)["Diban"]
    assert location.place is not None and location.place.admin1 == "Deir ez-Zor"


def test_a_village_of_another_governorate_gives_way_to_the_governorate_the_text_puts_it_in() -> None:
    # GeoNames' Khatuniyah lies in Hasakah; the text's own words put this one in Raqqa
    text = "A landmine killed a boy near Khatuniyah village in the eastern countryside of Raqqa on Sunday."
    location = places_by_name(text)["Khatuniyah"]
    assert location.place is not None and location.place.admin1 == "Ar-Raqqah"
    assert location.precision is Precision.ADMIN1 and "another place" in location.note


@pytest.mark.parametrize(
    ("first", "town", "governorate"),
    [
        # the dateline's town, told with the part before it ("the town's neighbourhood of X")
        ("HAJIN – Gunmen attacked a checkpoint on Sunday.", "Hajin", "Deir ez-Zor"),
        # a governorate's city named earlier ("the city of Raqqa")
        ("Fighting raged around a prison in the city of Raqqa on Sunday.", "Raqqa", "Ar-Raqqah"),
    ],
)
def test_a_part_of_a_town_named_before_its_name_is_placed_near_the_town_told_earlier(
    first: str, town: str, governorate: str
) -> None:
    text = f"{first}\n\nIn the town's northern neighbourhood of Zor Shammar, two fighters were killed on Monday."
    location = places_by_name(text)["Zor Shammar"]
    assert location.precision is NEAR_TOWN_PRECISION and location.place is not None
    assert location.place.admin1 == governorate


@pytest.mark.parametrize("opening", ["Near Derik, ", "In the town of Derik, ", "Meanwhile, near Derik, ", "In Derik, the "])
def test_an_unknown_place_of_a_sentence_opened_by_a_town_is_placed_near_that_town(opening: str) -> None:
    text = f"{opening}jets bombed a power station at Kherbet Zawiyat on Sunday, killing two workers."
    location = places_by_name(text)["Kherbet Zawiyat"]
    assert location.precision is NEAR_TOWN_PRECISION and location.place is not None
    assert location.place.admin1 == "Al-Hasakah" and "Derik" in location.note


@pytest.mark.parametrize(
    ("second", "mapped"),
    [
        ("In Kobani, artillery shelled the villages of Kherbet Zawiyat and Tal Ghazal on Tuesday.", False),
        ("Near Kobani, artillery shelled the village of Kherbet Zawiyat on Tuesday.", False),
        # the words right after the name put it in a covered governorate: the opening town does not take it out
        ("In Kobani, shells also hit Kherbet Zawiyat village in the Raqqa countryside on Tuesday.", True),
        # a covered town opening the sentence places it near that town (the rule for frames of covered towns)
        ("In Derik, artillery shelled the villages of Kherbet Zawiyat and Tal Ghazal on Tuesday.", True),
    ],
)
def test_an_unknown_village_of_a_sentence_opened_by_a_town_beyond_coverage_is_not_mapped_at_the_context(
    second: str, mapped: bool
) -> None:
    text = f"A drone hit a car in Zor Shammar village in the Hasakah countryside on Monday. {second}"
    location = places_by_name(text)["Kherbet Zawiyat"]
    assert location.is_mappable is mapped
    if not mapped:
        assert location.place is not None and location.place.admin1 == "Aleppo"


@pytest.mark.parametrize(
    "second",
    [
        "In Iraq, near Tal Afar, three strikes hit a militant unit on Tuesday.",
        "Strikes in Iraq: near Tal Afar, three strikes hit a militant unit on Tuesday.",
        "A drone hit Tal Afar in northern Iraq on Tuesday, killing two guards.",
        # the country as the name's apposition, as releases write places ("near X, Syria")
        "On Tuesday, near Tal Afar, Iraq, three strikes hit a militant unit.",
        "Two days later, near Raqqa, Syria, and near Tal Afar, Iraq, strikes hit two militant units.",
    ],
)
def test_a_place_its_own_sentence_puts_abroad_is_not_mapped_at_the_previous_sentences_governorate(second: str) -> None:
    text = f"Near Raqqa, jets destroyed a fighting position on Monday. {second}"
    location = places_by_name(text)["Tal Afar"]
    assert not location.is_mappable
    assert location.place is None or not location.place.in_coverage


@pytest.mark.parametrize(
    "second",
    [
        "On Tuesday, near Zor Shammar, Syria, three strikes hit a militant unit.",
        "On Tuesday, near Zor Shammar, Turkey-backed factions shelled a farm.",
        "On Tuesday, near Zor Shammar, Turkey's drones hit a farm.",
    ],
)
def test_a_country_word_after_a_place_that_is_no_apposition_abroad_keeps_the_context_governorate(second: str) -> None:
    text = f"Gunmen killed a trader in Raqqa province on Monday. {second}"
    location = places_by_name(text)["Zor Shammar"]
    assert location.is_mappable and location.place is not None and location.place.admin1 == "Ar-Raqqah"


def test_an_unknown_place_its_sentence_puts_in_jordan_is_not_mapped() -> None:
    text = ("Gunmen killed a trader in Deir ez-Zor province on Monday. "
            "Militias said a drone hit Zor Shammar, an outpost in northeastern Jordan, killing three soldiers.")
    location = places_by_name(text)["Zor Shammar"]
    assert not location.is_mappable and "Jordan" in location.note


def _far_table(primary: Location, **others: Location) -> dict[str, Location]:
    governorates = {
        f"{g} governorate": Location(toponym=g, place=Place(id=f"t:{g}", name=g, lat=lat, lon=lon, admin1=g,
                                                           kind="governorate", precision=Precision.ADMIN1),
                                     precision=Precision.ADMIN1, score=100.0)
        for g, lat, lon in (("Al-Hasakah", 36.49, 40.91), ("Ar-Raqqah", 36.01, 39.0), ("Deir ez-Zor", 35.13, 40.32))
    }
    return {primary.toponym: primary, **others, **governorates}


@pytest.mark.parametrize(("lat", "lon", "kept"), [(36.89, 38.35, True), (32.87, 36.25, False)])
def test_a_syrian_town_just_beyond_coverage_is_not_replaced_by_a_town_another_sentence_ties_it_to(
    lat: float, lon: float, kept: bool
) -> None:
    # a town of 50,000 people of a governorate mapapp does not cover: next to coverage (Kobani) it is the place
    # meant; far off (in Daraa) a namesake the covered town stands in for
    text = "Jets hit positions in Mishtanour on Sunday."
    start = text.index("Mishtanour")
    town = Place(id="t:k", name="Mishtanour", lat=lat, lon=lon, admin1="Aleppo", population=50_000)
    derik = Place(id="t:d", name="Derik", lat=37.18, lon=42.14, admin1="Al-Hasakah")
    table = _far_table(
        Location(toponym="Mishtanour", place=town, precision=Precision.OUTSIDE_COVERAGE, score=100.0),
        Derik=Location(toponym="Derik", place=derik, precision=Precision.PLACE, score=100.0),
    )
    incident = Incident(id="i", event_type=EventType.AIRSTRIKE, evidence=[Span(text, 0, len(text))], toponyms=[
        Toponym(Span("Mishtanour", start, start + 10)), Toponym(Span("Derik", 90, 95), role="anchor")])
    location = geocode_incident(incident, TableResolver(table)).location
    assert location is not None
    assert (location.place == town and not location.is_mappable) if kept else location.place == derik


@pytest.mark.parametrize(("lat", "lon", "kept"), [(36.35, 41.85, True), (33.27, 35.2, False)])
def test_a_town_across_the_border_near_coverage_is_not_replaced_by_a_town_another_sentence_ties_it_to(
    lat: float, lon: float, kept: bool
) -> None:
    # a town of 40,000 people in Iraq: by the Hasakah border it is the place meant, whatever covered town the report
    # named before; far off (by the Lebanese coast) a namesake the covered town stands in for
    text = "A drone hit a truck in the Qarabela district."
    start = text.index("Qarabela")
    town = Place(id="t:q", name="Qarabela", lat=lat, lon=lon, admin1=None, population=40_000, country="IQ")
    # (the covered town the report named first lies on the Euphrates, further from the town than a namesake's reach)
    mayadin = Place(id="t:m", name="Mayadin", lat=35.02, lon=40.45, admin1="Deir ez-Zor")
    table = _far_table(
        Location(toponym="Qarabela", place=town, precision=Precision.OUTSIDE_COVERAGE, score=100.0),
        Mayadin=Location(toponym="Mayadin", place=mayadin, precision=Precision.PLACE, score=100.0),
    )
    incident = Incident(id="i", event_type=EventType.DRONE_STRIKE, evidence=[Span(text, 0, len(text))], toponyms=[
        Toponym(Span("Qarabela", start, start + 8)), Toponym(Span("Mayadin", 90, 97), role="anchor")])
    location = geocode_incident(incident, TableResolver(table)).location
    assert location is not None
    assert (location.place == town and not location.is_mappable) if kept else location.place == mayadin


@pytest.mark.parametrize(
    ("text", "mapped"),
    [
        ("Government troops pushed through the desert east of Homs toward Deir ez-Zor and took the town of "
         "Zor Shammar, losing 16 soldiers.", False),
        ("Gunmen killed shepherds east of Hama, near the Raqqa boundary, at Zor Shammar on Sunday.", False),
        # the words right after the name put it in the covered governorate
        ("Gunmen from Hama killed a shepherd in Zor Shammar village in the Deir ez-Zor countryside on Sunday.", True),
        # a compound names who, not where
        ("Aleppo-based gunmen killed a shepherd at Zor Shammar in Deir ez-Zor on Sunday.", True),
    ],
)
def test_an_unknown_place_beside_a_governorate_mapapp_does_not_cover_gets_no_governorate(text: str, mapped: bool) -> None:
    location = places_by_name(text)["Zor Shammar"]
    assert location.is_mappable is mapped
    if not mapped:
        assert location.place is None or not location.place.in_coverage


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A mine killed two drivers on the road between Palmyra and Deir ez-Zor, near the village of Kabajeb, on Monday.",
         "Kabajeb"),
        ("A roadside bomb killed a driver on the Deir ez-Zor - Palmyra road near al-Shoula on Monday.", "al-Shoula"),
        ("A drone hit a car on the Hasakah\u2013Tal Tamr road near Tal Baydar on Monday, killing two.", "Tal Baydar"),
        # the primary is the road's second end
        ("A roadside bomb hit a fuel truck on the road between Hasakah and Markadah, near al-Hol, on Monday, killing "
         "the driver.", "al-Hol"),
        ("Gunmen ambushed a bus on the highway linking Raqqa and Palmyra near the village of Maadan on Sunday, killing "
         "six soldiers.", "Maadan"),
    ],
)
def test_a_place_told_near_a_roads_stretch_is_placed_not_the_roads_end(text: str, name: str) -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    [incident] = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    location = incident.location
    assert location is not None and location.toponym == name and location.is_mappable
    assert location.place is not None and location.place.in_coverage and "end of the road" in location.note


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A mine killed two drivers on the road between Palmyra and Deir ez-Zor on Monday.", "Palmyra"),
        ("Gunmen ambushed a bus on the road between Raqqa and Palmyra on Sunday, killing six soldiers.", "Palmyra"),
        # "near" a town outside coverage places nothing in coverage
        ("Gunmen ambushed a bus on the road between Raqqa and Palmyra, near Homs, on Sunday, killing six soldiers.",
         "Palmyra"),
    ],
)
def test_a_road_end_without_a_place_near_it_stays_the_place(text: str, place: str) -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    [incident] = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    assert incident.location is not None and incident.location.toponym == place


def test_a_country_named_as_where_the_fire_came_from_does_not_put_the_place_abroad() -> None:
    text = ("Gunmen killed a trader in Deir ez-Zor province on Monday. "
            "A drone launched from a base in Turkey hit Zor Shammar on Tuesday, killing three soldiers.")
    location = places_by_name(text)["Zor Shammar"]
    assert location.is_mappable and location.place is not None and location.place.admin1 == "Deir ez-Zor"


@pytest.mark.parametrize(
    "second",
    [
        "Militias that attack US forces in Iraq and Syria shelled Zor Shammar on Tuesday, killing two.",
        "A Turkish drone hit Zor Shammar, near the border with Turkey, on Tuesday, killing two.",
    ],
)
def test_a_sentence_naming_a_country_beside_syria_keeps_its_place_in_the_context_governorate(second: str) -> None:
    text = f"Gunmen killed a trader in Deir ez-Zor province on Monday. {second}"
    location = places_by_name(text)["Zor Shammar"]
    assert location.is_mappable and location.place is not None and location.place.admin1 == "Deir ez-Zor"


def test_a_town_abroad_where_the_incidents_own_sentence_puts_it_is_not_moved_to_a_covered_town() -> None:
    # the other sentences' towns are anchors of the car bombing, but its own sentence says it happened in Turkey
    text = (
        "Islamic State fighters executed three men in al-Mayadin on Sunday.\n\n"
        "Coalition jets struck the old bridge in Raqqa city.\n\n"
        "In Turkey, nine soldiers died when a car bomb blew up by a police post in Semdinli district."
    )
    location = places_by_name(text)["Semdinli"]
    assert location.precision is Precision.OUTSIDE_COVERAGE and not location.is_mappable


@pytest.mark.parametrize(
    ("text", "name", "governorate"),
    [
        # a village the gazetteer lacks, on a line labelled with a covered town of another governorate than the post's
        (
            "Daily round-up\n\n- Raqqa: a bomb fixed to a car exploded in the city, wounding a man.\n"
            "- Amuda: a mortar round fell near the village of Kherbet Sheikh, wounding a farmer.\n",
            "Kherbet Sheikh",
            "Al-Hasakah",
        ),
        # a quarter on a line labelled with a town: that town, not the one the line before names
        (
            "Overnight reports\n\nQamishli: gunmen shot a trader dead in the main market.\n\n"
            "Tabqa: a motorbike bomb went off near the Salam mosque, wounding three.\n",
            "Salam",
            "Ar-Raqqah",
        ),
        # a quarter on a line labelled with a Syrian town beyond coverage: not mapped at the post's governorate
        (
            "Overnight reports\n\nRaqqa: gunmen shot a trader dead in the main market.\n\n"
            "Kobani: a drone hit a car in the Botan neighbourhood, killing the driver.\n",
            "Botan",
            None,
        ),
    ],
)
def test_a_labelled_lines_place_lies_where_its_own_label_says(text: str, name: str, governorate: str | None) -> None:
    location = places_by_name(text)[name]
    if governorate is None:
        assert not location.is_mappable
    else:
        assert location.is_mappable and location.place is not None and location.place.admin1 == governorate


@pytest.mark.parametrize(
    ("text", "name", "mapped"),
    [
        ("A Turkish drone hit a car heading to Amuda on Sunday, killing the driver.", "Amuda", True),
        ("Jets struck a convoy of trucks headed to Tabqa overnight, wounding four drivers.", "Tabqa", True),
        # where the convoy was going lies outside coverage: not mapped at a covered governorate
        ("A strike hit a bus heading to Manbij on Sunday, wounding nine, the SDF said.", "Manbij", False),
    ],
)
def test_a_strike_on_a_vehicle_is_placed_where_it_was_heading_when_no_other_place_is_told(
    text: str, name: str, mapped: bool
) -> None:
    location = places_by_name(text)[name]
    assert location.is_mappable is mapped


def test_a_place_on_a_line_labelled_with_a_country_abroad_is_not_put_at_the_context_governorate() -> None:
    text = "Raqqa: a mine killed two shepherds near the city.\nIraq: jets struck hideouts in the Makhoul hills.\n"
    location = places_by_name(text)["Makhoul"]
    # (the line's label, not the other line's, says where its places lie: no covered governorate is given to it)
    assert not location.is_mappable and "Ar-Raqqah" not in location.note
    # the country named as a label is no place of the context's governorate either
    from mapapp.geocode import Geocoder, load_default_gazetteer

    iraq = Geocoder(load_default_gazetteer()).resolve(Toponym(Span("Iraq", 0, 4), admin1_hint="Ar-Raqqah"))
    assert iraq.precision is Precision.UNRESOLVED and iraq.place is None
    # a line labelled with a covered town keeps the context's governorate for an unknown place
    location = places_by_name(text.replace("Iraq: jets", "Tabqa: jets"))["Makhoul"]
    assert location.is_mappable


def test_a_place_owned_by_a_town_abroad_is_not_placed_by_another_sentences_town() -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = (
        "A car bomb killed three people in Raqqa on Monday. "
        "The same day a bomb in eastern Baghdad's Jamila roundabout area killed two shoppers."
    )
    found = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    jamila = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text == "Jamila"]
    assert len(jamila) == 1 and jamila[0].location is not None
    assert not jamila[0].location.is_mappable and jamila[0].location.precision is Precision.OUTSIDE_COVERAGE
    assert "Baghdad" in jamila[0].location.note


def test_a_village_another_sentence_ties_to_a_town_outside_coverage_stays_off_the_map() -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = (
        "Deir ez-Zor: gunmen ambushed an army patrol near the village of Umm Tlul in the Sukhnah desert on Monday. "
        "On Tuesday a bus of soldiers was hit near Umm Tlul, killing five."
    )
    found = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    told = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text == "Umm Tlul"]
    assert told, [i.toponyms for i in found]
    for incident in told:
        assert incident.location is not None and not incident.location.is_mappable, incident.location
        assert "Sukhnah" in incident.location.note


@pytest.mark.parametrize(
    ("second", "mapped"),
    [
        # a street of a town abroad the text names as its owner: in that town, never at the context's governorate
        ("A week earlier a bomb on Istanbul's Taksim Square killed six people.", False),
        # a street of a covered town: near that town
        ("A week earlier a bomb on Qamishli's Wahda street killed six people.", True),
    ],
)
def test_a_street_told_as_a_towns_own_lies_in_that_town(second: str, mapped: bool) -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = f"On Monday a drone hit a car in the Hasakah countryside, killing two fighters. {second}"
    found = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    street = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text in ("Taksim Square", "Wahda")]
    assert len(street) == 1 and street[0].location is not None
    assert street[0].location.is_mappable is mapped
    if mapped:
        assert street[0].location.place is not None and street[0].location.place.admin1 == "Al-Hasakah"


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # a spot in a covered area named like a town of another governorate: the context's governorate, not that town
        ("On the Raqqa front, regime forces were ambushed near the Jableh junction on Saturday, losing six soldiers.",
         "Ar-Raqqah"),
        ("Gunmen attacked a checkpoint near the Harasta crossroads in the Raqqa countryside on Friday.", "Ar-Raqqah"),
        # the first of a list of quarters that a plural word closes
        ("In Raqqa province, coalition jets struck the Douma, Al-Jura and Al-Thakana neighbourhoods on Sunday, "
         "killing nine civilians.", "Ar-Raqqah"),
    ],
)
def test_a_part_of_a_town_is_not_a_town_elsewhere_named_alike(text: str, admin1: str) -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    [incident] = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    location = incident.location
    assert location is not None and location.is_mappable and location.place is not None
    assert location.place.admin1 == admin1 and location.precision is Precision.ADMIN1
    assert location.candidates and not location.candidates[0].place.in_coverage  # the town alike, kept as a candidate


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # a town's own district, a Syrian town just beyond coverage, a quarter its sentence puts abroad: kept
        ("A car bomb exploded in the Douma district on Sunday, killing four people.", "Rif Dimashq"),
        ("Turkish shelling hit the Kobani district on Monday, killing a child.", "Aleppo"),
        ("In Lebanon, a blast struck the Jableh neighbourhood on Monday, killing two.", "Latakia"),
    ],
)
def test_a_town_named_by_its_district_or_told_abroad_keeps_its_match(text: str, admin1: str) -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    [incident] = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    location = incident.location
    assert location is not None and location.place is not None and location.place.admin1 == admin1
    assert location.precision is Precision.OUTSIDE_COVERAGE


@pytest.mark.parametrize(
    "text",
    [
        # a Jazira of Iraq: tied to a town abroad, or said with a province mapapp does not cover
        "Iraqi jets bombed militant hideouts in al-Jazira, west of Mosul, on Tuesday, killing seven.",
        "An airstrike killed three militants in al-Jazira near Qaim, Iraq, on Tuesday.",
        "Iraqi troops killed four militants in the al-Jazira desert of Anbar province on Tuesday.",
        "Army units killed four militants in al-Jazira, Anbar province, on Tuesday.",
    ],
)
def test_a_region_name_tied_to_a_place_abroad_is_not_the_covered_region(text: str) -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    [incident] = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    location = incident.location
    assert location is not None and not location.is_mappable
    assert location.place is None or location.place.admin1 != "Al-Hasakah"


@pytest.mark.parametrize(
    ("text", "mapped"),
    [
        # the region by its Kurdish name, with covered places or alone: Al-Hasakah at governorate level
        ("Turkish drones hit the regions of Derik and Cizire on Tuesday, killing two.", True),
        ("Gunmen killed a teacher in al-Jazira, Hasakah province, on Tuesday.", True),
        # beside targets in Iraq, named with a covered town or alone: still the region of Al-Hasakah
        (
            (
                "Turkish jets bombed targets in Cizire and Amuda in Syria, and in Sinjar and Makhmour in northern Iraq, "
                "the ministry said."
            ),
            True,
        ),
        ("Turkish jets struck fighters in Cizire in Syria and in Gara in northern Iraq on Tuesday, killing six.", True),
        # the television channel is no place
        ("A drone killed three fighters on Tuesday, a commander told Al Jazeera.", False),
        ("An Al-Jazeera cameraman was wounded by a sniper on Tuesday.", False),
    ],
)
def test_the_jazira_region_is_mapped_and_the_channel_is_not(text: str, mapped: bool) -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    incidents = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    regions = [i for i in incidents if i.location is not None and i.location.place is not None
               and i.location.place.kind == "region"]
    assert bool(regions) is mapped
    assert all(i.location.place.admin1 == "Al-Hasakah" and i.location.is_mappable for i in regions)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "An Israeli drone hit a car in Saida in southern Lebanon on Monday, killing a man.",
        "Israeli jets bombed Saida and Tyre overnight, killing four people.",
        "A bomb went off in a market in Derik, Turkey, on Friday, wounding six.",
        # Syria named otherwise than as where the places lie is no list's country
        "An Israeli drone hit a car in Saida in southern Lebanon on Monday, a party allied to the rulers of Syria said.",
    ],
)
def test_a_covered_place_its_sentence_puts_in_a_country_with_a_namesake_there_is_that_namesake(text: str) -> None:
    # the country told ("in southern Lebanon", "Derik, Turkey") or the one every other place of the sentence lies in
    # (Tyre): the gazetteer's namesake there is meant, not the covered village or town of the same name
    name = "Derik" if "Derik" in text else "Saida"
    location = places_by_name(text)[name]
    assert not location.is_mappable and location.place is not None and not location.place.in_coverage


@pytest.mark.parametrize(
    "text",
    [
        "Turkish artillery shelled Sayda, west of Ain Issa, on Monday, wounding a shepherd.",
        # where the fire came from is no place the village lies by
        "Turkish howitzers shelled Saida from positions near Akcakale on Monday, wounding a shepherd.",
        "Turkish forces shelled Saida near the border with Turkey on Monday, wounding a shepherd.",
        "A Turkish drone struck a pickup near Derik on Friday, wounding six.",
        # the country abroad is said of other names of the sentence: Syria is told too
        "Warplanes hit the areas of Qandil and Hakurk in northern Iraq, and Jazira and Derik in northern Syria, a ministry said.",
        # ... or as the country of a list of areas
        "Jets destroyed 40 hideouts in northern Iraq and in the Amuda, Jazira and Qamishli regions of Syria, it said.",
    ],
)
def test_a_covered_place_named_with_no_country_of_its_namesake_stays_in_coverage(text: str) -> None:
    name = "Jazira" if "Jazira" in text else "Derik" if "Derik" in text else ("Sayda" if "Sayda" in text else "Saida")
    location = places_by_name(text)[name]
    assert location.is_mappable and location.place is not None and location.place.in_coverage


class _HintResolver:
    """A stand-in geocoder answering by (name, governorate hint), else by name alone."""

    def __init__(self, table: dict[tuple[str, str | None], Location]) -> None:
        self.table = table

    def resolve(self, toponym: Toponym) -> Location:
        found = self.table.get((toponym.text, toponym.admin1_hint)) or self.table.get((toponym.text, None))
        return found or Location(toponym=toponym.text, place=None, precision=Precision.UNRESOLVED)


_DEIR_GOVERNORATE = Place(id="test:deir", name="Deir ez-Zor", lat=35.3, lon=40.1, admin1="Deir ez-Zor",
                          kind="governorate", precision=Precision.ADMIN1)
_HAMA_GOVERNORATE = Place(id="test:hama", name="Hama", lat=35.1, lon=36.7, admin1="Hama", kind="governorate",
                          precision=Precision.OUTSIDE_COVERAGE)
_MOSUL = Place(id="test:mosul", name="Mosul", lat=36.34, lon=43.13, admin1="Nineveh", country="IQ")


def _incident_in(sentence: str, hint: str, reference: str) -> Incident:
    primary = Toponym(Span("Kharab Sim", sentence.index("Kharab Sim"), sentence.index("Kharab Sim") + 10),
                      admin1_hint=hint, role="primary")
    at = sentence.index(reference)
    return Incident(id="i1", event_type=EventType.AIRSTRIKE, evidence=[Span(sentence, 0, len(sentence))],
                    toponyms=[primary, Toponym(Span(reference, at, at + len(reference)), role="reference")])


def _context_only(place: Place) -> Location:
    from mapapp.geocode.resolver import CONTEXT_ONLY_SCORE

    return Location(toponym="Kharab Sim", place=place, precision=place.precision, score=CONTEXT_ONLY_SCORE)


def test_an_unknown_village_named_with_towns_abroad_is_not_mapped_at_another_sentences_governorate() -> None:
    resolver = _HintResolver({
        ("Kharab Sim", None): _context_only(_DEIR_GOVERNORATE),
        ("Mosul", None): Location(toponym="Mosul", place=_MOSUL, precision=Precision.OUTSIDE_COVERAGE),
    })
    result = geocode_incident(_incident_in("Jets hit Kharab Sim and Mosul at dawn.", "Deir ez-Zor", "Mosul"), resolver)
    assert result.location is not None and not result.location.is_mappable
    assert result.location.precision is Precision.UNRESOLVED


def test_an_unknown_village_takes_the_governorate_of_the_towns_of_its_own_sentence() -> None:
    resolver = _HintResolver({
        ("Kharab Sim", None): _context_only(_HAMA_GOVERNORATE),
        ("Kharab Sim", "Al-Hasakah"): _context_only(HASAKAH_GOVERNORATE),
        ("Hasakah", None): Location(toponym="Hasakah", place=HASAKAH, precision=Precision.PLACE, score=100.0),
    })
    result = geocode_incident(_incident_in("Fighters held Kharab Sim, north of Hasakah.", "Hama", "Hasakah"), resolver)
    assert result.location is not None and result.location.place == HASAKAH_GOVERNORATE


def test_the_governorate_named_in_the_villages_own_sentence_is_kept() -> None:
    resolver = _HintResolver({
        ("Kharab Sim", None): _context_only(_DEIR_GOVERNORATE),
        ("Mosul", None): Location(toponym="Mosul", place=_MOSUL, precision=Precision.OUTSIDE_COVERAGE),
    })
    sentence = "Jets hit Kharab Sim in Deir ez-Zor province, far from Mosul."
    result = geocode_incident(_incident_in(sentence, "Deir ez-Zor", "Mosul"), resolver)
    assert result.location is not None and result.location.place == _DEIR_GOVERNORATE


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("Guns posted in Mosul shelled Kharab Sim at dawn.", "Mosul"),  # the town abroad the fire came from
        ("Jets hit Kharab Sim, near the Iraqi town of Mosul.", "Mosul"),  # the town abroad it lies near
    ],
)
def test_an_unknown_village_near_a_town_abroad_stays_at_another_sentences_governorate(sentence: str, town: str) -> None:
    resolver = _HintResolver({
        ("Kharab Sim", None): _context_only(_DEIR_GOVERNORATE),
        (town, None): Location(toponym=town, place=_MOSUL, precision=Precision.OUTSIDE_COVERAGE),
    })
    result = geocode_incident(_incident_in(sentence, "Deir ez-Zor", town), resolver)
    assert result.location is not None and result.location.place == _DEIR_GOVERNORATE


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        # a quarter the gazetteer lacks, in a report whose lede names its city as a city
        ("Shelling killed three civilians in the eastern city of Deir ez-Zor on Monday.\n\n"
         "The shells hit the neighbourhoods of Zahrat al-Mada and Bab Nuri, a monitor said.", "Zahrat al-Mada",
         "Deir ez-Zor"),
        # a village its sentence puts at a governorate's city, told as a city
        ("A drone hit Kafr Dumma village at the southern entrance to Hasakah city on Monday, killing two.", "Kafr Dumma",
         "Al Ḩasakah"),
    ],
)
def test_a_place_told_in_or_at_a_governorates_city_takes_the_citys_point(text: str, name: str, city: str) -> None:
    location = places_by_name(text)[name]
    assert location.place is not None and location.place.name == city and location.place.kind == "populated_place"
    assert location.precision is Precision.ADMIN3 and name in location.note  # approximate, its own name kept


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # the governorate's area, not its city: the governorate's point stays
        ("Jets struck the Bustan Kabir neighbourhood in Raqqa province on Monday, killing four.", "Ar-Raqqah"),
        ("A drone struck the Bustan Kabir district in eastern Deir ez-Zor on Monday, killing four.", "Deir ez-Zor"),
        ("Jets struck the Kafr Dumma neighbourhood on the Deir ez-Zor front on Monday, killing four. It was the worst "
         "raid of the month in Deir ez-Zor province.", "Deir ez-Zor"),
        # the city is where the dead came from, or told as far away, not where the place lies (the governorate comes
        # from another sentence, so that the rule is reached)
        ("Jets struck the Kafr Dumma neighbourhood on Monday, killing four men from Deir ez-Zor city. It was the worst "
         "raid of the month in Deir ez-Zor province.", "Deir ez-Zor"),
        ("Jets struck the district of Kafr Dumma on Monday, far from Deir ez-Zor city, killing four. It was the worst "
         "raid of the month in Deir ez-Zor province.", "Deir ez-Zor"),
    ],
)
def test_a_place_by_a_governorates_area_or_origin_stays_at_the_governorate(text: str, admin1: str) -> None:
    [location] = places_by_name(text).values()
    assert location.place is not None and location.place.kind == "governorate" and location.place.admin1 == admin1
    assert location.precision is Precision.ADMIN1


@pytest.mark.parametrize(
    "text",
    [
        # the city is where the wounded went, where the drone came from, or one end of a long stretch: it does not
        # say where the village lies
        "A drone hit Kafr Dumma village on Monday and the two wounded were rushed to Hasakah city.",
        "A drone hit Kafr Dumma village on Monday; its pilot flew from Hasakah city.",
        "A drone hit a car in Kafr Dumma village on its way to Hasakah city, killing two.",
        "A drone hit Kafr Dumma village, between Hasakah city and Qamishli, killing two.",
    ],
)
def test_a_village_beside_a_city_its_words_do_not_locate_it_against_stays_at_the_governorate(text: str) -> None:
    location = places_by_name(text)["Kafr Dumma"]
    assert location.place is not None and location.place.kind == "governorate" and location.place.admin1 == "Al-Hasakah"
    assert location.precision is Precision.ADMIN1


def test_a_village_a_distance_and_direction_from_a_governorates_city_takes_the_citys_point() -> None:
    location = places_by_name("A drone hit Kafr Dumma village, 8 km west of Hasakah city, on Monday, killing two.")[
        "Kafr Dumma"
    ]
    assert location.place is not None and location.place.name == "Al Ḩasakah" and location.precision is Precision.ADMIN3


def test_an_area_whose_wounded_were_rushed_to_the_city_centre_stays_at_the_governorate() -> None:
    text = "Raqqa: Mortars hit the Kafr Dumma area on Monday, and the wounded were rushed to a clinic in the city centre."
    location = places_by_name(text)["Kafr Dumma"]
    assert location.place is not None and location.place.kind == "governorate" and location.place.admin1 == "Ar-Raqqah"
