"""Tests for mapapp.geocode.document_placement: what a report's incidents, read together, say of their places.

The unit tests use stand-in resolvers; the end-to-end ones run the real extractor and the built-in gazetteer on
short texts of ours.
"""

from __future__ import annotations

import pytest

from mapapp.geocode.document_placement import choose_namesakes_by_document
from mapapp.model import Document, EventType, Incident, Location, Place, Precision, Span, Toponym
from mapapp.pipeline import geocode_document
from tests.extract.reading import rule_incidents
from tests.geocode.placement_factories import (
    HASAKAH,
    HASAKAH_GOVERNORATE,
    KARAMA_EAST,
    KARAMA_WEST,
    LATAKIA,
    RAQQA,
    TOWN_EAST,
    TableResolver,
    karama,
    places_by_name,
)


def test_a_namesake_takes_the_other_places_of_its_document() -> None:
    at_town = Incident(id="a", event_type=EventType.SHELLING, evidence=[Span("x", 0, 1)],
                       location=Location(toponym="Tall Baydar", place=TOWN_EAST, precision=Precision.PLACE, score=100.0))
    at_village = Incident(id="b", event_type=EventType.SHELLING, evidence=[Span("y", 2, 3)], location=karama())
    moved = choose_namesakes_by_document([at_town, at_village])
    assert moved[0].location == at_town.location and moved[1].location.place == KARAMA_EAST  # type: ignore[union-attr]
    # far from every other place of the document: the gazetteer's choice stands
    far = replace_location(at_town, Place(id="t:far", name="Far", lat=35.0, lon=39.0, admin1="Ar-Raqqah"))
    assert choose_namesakes_by_document([far, at_village])[1].location.place == KARAMA_WEST  # type: ignore[union-attr]


def replace_location(incident: Incident, place: Place) -> Incident:
    from dataclasses import replace

    return replace(incident, location=Location(toponym=place.name, place=place, precision=Precision.PLACE, score=100.0))


class HintResolver(TableResolver):
    """Knows the towns of its table; an unknown name with a governorate hint goes to that governorate."""

    def resolve(self, toponym: Toponym) -> Location:
        self.asked.append(toponym)
        if toponym.text in self.table:
            return self.table[toponym.text]
        if toponym.admin1_hint == "Al-Hasakah":
            return Location(toponym=toponym.text, place=HASAKAH_GOVERNORATE, precision=Precision.ADMIN1, score=50.0,
                            note="not in gazetteer; placed at governorate named in context")
        return Location(toponym=toponym.text, place=None, precision=Precision.UNRESOLVED)


def _report(*sentences: str) -> list[Incident]:
    incidents, start = [], 0
    for index, sentence in enumerate(sentences):
        name = sentence.split("|")[0]
        text = sentence.split("|")[1]
        at = text.index(name)
        toponym = Toponym(Span(name, start + at, start + at + len(name)))
        incidents.append(Incident(id=f"i{index}", event_type=EventType.SHELLING,
                                  evidence=[Span(text, start, start + len(text))], toponyms=[toponym]))
        start += len(text) + 1
    return incidents


def test_an_unknown_village_takes_the_one_governorate_of_its_report() -> None:
    from mapapp.pipeline import geocode_document

    table = {"Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE, score=100.0)}
    incidents = _report("Qamishli|A drone hit a car in Qamishli.", "Kherbet|Shells fell on the village of Kherbet.")
    located = geocode_document(incidents, HintResolver(table))
    location = located[1].location
    assert location is not None and location.place == HASAKAH_GOVERNORATE and location.precision is Precision.ADMIN1
    assert "every other place of the report" in location.note


@pytest.mark.parametrize("case", ["not called a village", "a place outside coverage", "two governorates"])
def test_no_governorate_is_inferred_from_a_report_when(case: str) -> None:
    from mapapp.pipeline import geocode_document

    table = {
        "Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE, score=100.0),
        "Latakia": Location(toponym="Latakia", place=LATAKIA, precision=Precision.OUTSIDE_COVERAGE, score=100.0),
        "Raqqa": Location(toponym="Raqqa", place=RAQQA, precision=Precision.PLACE, score=100.0),
    }
    unknown = "Kherbet Guards|The Kherbet Guards shelled a post." if case == "not called a village" else (
        "Kherbet|Shells fell on Kherbet village.")
    other = {"a place outside coverage": "Latakia|A drone hit Latakia.", "two governorates": "Raqqa|A drone hit Raqqa."}
    sentences = ["Qamishli|A drone hit a car in Qamishli.", unknown]
    if case in other:
        sentences.append(other[case])
    located = geocode_document(_report(*sentences), HintResolver(table))
    assert located[1].location is not None and located[1].location.precision is Precision.UNRESOLVED


def test_no_governorate_is_inferred_for_a_village_the_text_ties_to_a_town_outside_coverage() -> None:
    """A report filed from Qamishli about "X village south of Kobani" (Aleppo): the village may lie in any
    governorate near Kobani, so the report's other places do not decide it."""
    from mapapp.pipeline import geocode_document

    table = {
        "Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE, score=100.0),
        "Latakia": Location(toponym="Latakia", place=LATAKIA, precision=Precision.OUTSIDE_COVERAGE, score=100.0),
    }
    incidents = _report("Qamishli|A drone hit a car in Qamishli.", "Kherbet|A drone hit the village of Kherbet.")
    tied = incidents[1]
    text = tied.evidence[0].text + " south of Latakia"
    reference = Toponym(Span("Latakia", tied.evidence[0].start + len(text) - 7, tied.evidence[0].start + len(text)),
                        role="reference")
    tied = Incident(id=tied.id, event_type=tied.event_type, evidence=[Span(text, tied.evidence[0].start,
                    tied.evidence[0].start + len(text))], toponyms=[*tied.toponyms, reference])
    located = geocode_document([incidents[0], tied], HintResolver(table))
    assert located[1].location is not None and located[1].location.precision is Precision.UNRESOLVED
    # the same village with no tie abroad takes the report's governorate
    located = geocode_document(incidents, HintResolver(table))
    assert located[1].location is not None and located[1].location.precision is Precision.ADMIN1


def test_no_governorate_is_inferred_for_a_village_of_another_province() -> None:
    from mapapp.pipeline import geocode_document

    table = {"Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE, score=100.0)}
    incidents = _report(
        "Qamishli|A drone hit a car in Qamishli.", "Kherbet|Gunmen raided the village of Kherbet in Diyala province."
    )
    located = geocode_document(incidents, HintResolver(table))
    assert located[1].location is not None and located[1].location.precision is Precision.UNRESOLVED
    # a covered governorate named as a province does not stop it
    incidents = _report(
        "Qamishli|A drone hit a car in Qamishli.", "Kherbet|Shells fell on the village of Kherbet in Hasakah province."
    )
    assert geocode_document(incidents, HintResolver(table))[1].location.precision is Precision.ADMIN1  # type: ignore[union-attr]


def test_a_village_named_like_a_town_abroad_takes_its_reports_governorate() -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = (
        "A mine killed two shepherds near Hajin on Monday. "
        "On Tuesday, a boy was killed when a landmine exploded in Kasiba village near the border."
    )
    incidents = geocode_document(rule_incidents(Document(text=text)), Geocoder(load_default_gazetteer()))
    village = next(i for i in incidents if i.primary_toponym is not None and i.primary_toponym.text == "Kasiba")
    location = village.location
    assert location is not None and location.precision is Precision.ADMIN1 and location.is_mappable
    assert location.place is not None and location.place.admin1 == "Deir ez-Zor"
    assert "calls it a village" in location.note


@pytest.mark.parametrize(
    ("second", "mapped"),
    [
        ("On Tuesday, mortar rounds fell on the Kasiba neighbourhood, wounding three.", True),
        ("On Tuesday, jets struck the neighbourhoods of Kasiba and al-Jubaila, wounding three.", True),
        # Kasiba's own neighbourhoods, or a place the text does not call a part of a town: the town abroad
        ("On Tuesday, jets struck the neighbourhoods of Kasiba, wounding three.", False),
        ("On Tuesday, jets struck the Kasiba area, wounding three.", False),
    ],
)
def test_a_neighbourhood_named_like_a_town_abroad_takes_its_reports_governorate(second: str, mapped: bool) -> None:
    location = places_by_name(f"A mine killed two shepherds near Hajin on Monday. {second}")["Kasiba"]
    assert location.is_mappable is mapped
    if mapped:
        assert location.precision is Precision.ADMIN1 and location.place is not None
        assert location.place.admin1 == "Deir ez-Zor" and "neighbourhood" in location.note
    else:
        assert location.precision is Precision.OUTSIDE_COVERAGE


def test_a_town_abroad_called_a_town_stays_outside_coverage() -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = "A mine killed two shepherds near Hajin on Monday. On Tuesday, shelling hit the Iraqi town of al-Qaim, killing two."
    incidents = geocode_document(rule_incidents(Document(text=text)), Geocoder(load_default_gazetteer()))
    town = next(i for i in incidents if i.primary_toponym is not None and i.primary_toponym.text == "al-Qaim")
    assert town.location is not None and town.location.precision is Precision.OUTSIDE_COVERAGE


@pytest.mark.parametrize(
    ("second", "mapped"),
    [
        ("Near Zor Shammar, two strikes destroyed a weapons depot on Tuesday.", True),
        ("Gunmen on a motorbike attacked a patrol in Zor Shammar on Tuesday.", True),
        ("In Iraq, near Zor Shammar, two strikes destroyed a weapons depot on Tuesday.", False),
        # Syria's neighbours by the gazetteer's country table, and the names beyond it
        ("Near Zor Shammar, close to the border with Turkey, two strikes destroyed a depot on Tuesday.", False),
        ("Near Zor Shammar, on the road to Lebanon, two strikes destroyed a depot on Tuesday.", False),
        ("Near Zor Shammar, two strikes destroyed a depot on Tuesday, as Türkiye-backed factions advanced.", False),
        ("Near Zor Shammar, on the road to Mosul, two strikes destroyed a depot on Tuesday.", False),
        # a province named that is not a covered governorate
        ("Near Zor Shammar in Homs province, two strikes destroyed a weapons depot on Tuesday.", False),
        # called a village in a sentence naming nothing abroad
        ("Two strikes destroyed a depot in the village of Zor Shammar on Tuesday.", True),
        # the label of its line, after a list's bullet or none
        ("Zor Shammar: gunmen executed two herders on Tuesday.", True),
        ("• Zor Shammar: gunmen executed two herders on Tuesday.", True),
        ("- Zor Shammar | gunmen executed two herders on Tuesday.", True),
        # (a labelled line whose sentence names a place abroad is no place of the report's governorate)
        ("• Zor Shammar: gunmen executed two herders near the border with Turkey on Tuesday.", False),
    ],
)
def test_an_unknown_place_takes_the_one_governorate_of_its_reports_other_places(second: str, mapped: bool) -> None:
    text = f"Gunmen killed a trader in Hajin on Monday.\n\n{second}"
    location = places_by_name(text)["Zor Shammar"]
    assert location.is_mappable is mapped
    if mapped:
        assert location.precision is Precision.ADMIN1 and location.place is not None
        assert location.place.admin1 == "Deir ez-Zor"


@pytest.mark.parametrize(
    "second",
    [
        "On Tuesday, shells fell near Tayy village, wounding two shepherds.",
        "On Tuesday, clashes broke out near Tayy, killing a guard.",
        "A drone hit a car in Tayy on Tuesday, killing its driver.",
    ],
)
def test_a_small_place_far_abroad_in_a_report_on_the_covered_area_takes_the_reports_governorate(second: str) -> None:
    # the gazetteer's Tayy is Tyre, in Lebanon: a small place far from coverage (its Sayda, Sidon, no longer: the name
    # table knows the village of Sayda by Ain Issa)
    text = f"Gunmen killed a trader in Hajin on Monday.\n\nA mine killed a shepherd near Mayadin on Sunday.\n\n{second}"
    location = next(loc for name, loc in places_by_name(text).items() if name == "Tayy")
    assert location.is_mappable and location.precision is Precision.ADMIN1
    assert location.place is not None and location.place.admin1 == "Deir ez-Zor"
    assert location.candidates and location.candidates[0].place.country == "LB"  # the namesake is kept


@pytest.mark.parametrize(
    "second",
    [
        "On Tuesday, Israeli jets struck Tyre in Lebanon, killing two.",  # its country is named
        "On Tuesday, a bomb exploded in Ankara, killing two.",  # a big city is news of its own
        "On Tuesday, shells fell on villages of the Shehba area in Aleppo's northern countryside.",
        # a town far abroad named by its own name is that town, whatever the report is about
        "On Tuesday, a drone strike hit a car in Tikrit, killing two men.",
        "On Tuesday, a drone strike hit a car in Baalbek, killing two men.",
        # its neighbour's adjective takes the sentence abroad
        "On Tuesday, Lebanese troops clashed with smugglers near Sayda, killing two.",
    ],
)
def test_a_place_abroad_told_as_such_or_a_big_city_stays_outside_coverage(second: str) -> None:
    text = f"Gunmen killed a trader in Hajin on Monday.\n\n{second}"
    places = places_by_name(text)
    assert places["Hajin"].is_mappable
    assert all(not loc.is_mappable for name, loc in places.items() if name != "Hajin")


def test_a_small_place_far_abroad_in_a_report_naming_one_covered_town_is_not_mapped() -> None:
    # one town of Deir ez-Zor does not say where a village spelt like Tyre lies: neither Tyre nor Deir ez-Zor
    text = "Gunmen killed a trader in Hajin on Monday.\n\nOn Tuesday, clashes broke out near Tayy, killing a guard."
    location = places_by_name(text)["Tayy"]
    assert location.precision is Precision.UNRESOLVED and not location.is_mappable
    assert location.candidates and location.candidates[0].place.country == "LB" and "another place" in location.note


@pytest.mark.parametrize(
    "unknown",
    ["Kherbet|Shells fell on our border village of Kherbet, the ministry said.", "Our Kherbet|Our Kherbet town was hit by mortar fire."],
)
def test_no_governorate_is_inferred_for_a_place_the_speaker_calls_its_own(unknown: str) -> None:
    from mapapp.pipeline import geocode_document

    table = {"Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE, score=100.0)}
    located = geocode_document(_report("Qamishli|A drone hit a car in Qamishli.", unknown), HintResolver(table))
    assert located[1].location is not None and located[1].location.precision is Precision.UNRESOLVED


def test_a_village_our_forces_shelled_takes_the_reports_governorate() -> None:
    from mapapp.pipeline import geocode_document

    table = {"Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE, score=100.0)}
    incidents = _report("Qamishli|A drone hit a car in Qamishli.", "Kherbet|Our forces shelled the village of Kherbet.")
    location = geocode_document(incidents, HintResolver(table))[1].location
    assert location is not None and location.place == HASAKAH_GOVERNORATE


@pytest.mark.parametrize("heading", ["Iraq", "Strikes in Iraq"])
def test_a_village_under_a_releases_heading_abroad_is_not_given_the_reports_governorate(heading: str) -> None:
    syria = (
        "Syria\nOn May 3, near Hajin, two strikes destroyed a fighting position.\n"
        "On May 4, near Baghuz, one strike destroyed a boat.\n"
    )
    village = "On May 5, near Zawiyat Kasr, one strike destroyed a tunnel.\n"
    located = places_by_name(f"{syria}{heading}\n{village}")
    assert located["Hajin"].is_mappable
    location = located["Zawiyat Kasr"]
    assert not location.is_mappable and location.precision is Precision.UNRESOLVED
    # in the Syria section (no heading abroad) it takes the governorate of the report's other places, as before
    located = places_by_name(f"{syria}{village}")
    assert located["Zawiyat Kasr"].is_mappable and located["Zawiyat Kasr"].place.admin1 == "Deir ez-Zor"  # type: ignore[union-attr]


def _placeless(text: str) -> list[Location]:
    """The locations of the incidents the rules find in ``text`` whose sentences name no place (or only Syria or a
    part of it: "in eastern Syria"), geocoded as the pipeline does."""
    from mapapp.geocode import Geocoder, load_default_gazetteer
    from mapapp.extract.toponyms import names_country_region

    found = geocode_document(rule_incidents(Document(text=text)), Geocoder(load_default_gazetteer()))
    return [
        i.location for i in found
        if (i.primary_toponym is None or names_country_region(i.primary_toponym.text)) and i.location is not None
    ]


@pytest.mark.parametrize(
    "second",
    [
        "On Tuesday, a roadside bomb killed two soldiers in eastern Syria.",
        "Two days later, a drone struck a pickup truck, killing a commander.",
    ],
)
def test_an_incident_naming_no_place_takes_the_one_governorate_of_its_report(second: str) -> None:
    text = f"Gunmen shot dead a trader in Hajin on Monday.\n\n{second}"
    placeless = _placeless(text)
    assert len(placeless) == 1
    location = placeless[0]
    assert location.is_mappable and location.precision is Precision.ADMIN1
    assert location.place is not None and location.place.admin1 == "Deir ez-Zor"
    # (the words that say where without a place are kept: "eastern Syria")
    assert location.toponym == ("eastern Syria" if "eastern Syria" in second else "") and "no place named" in location.note


@pytest.mark.parametrize(
    "second",
    [
        "On Tuesday, a roadside bomb killed two soldiers in northwest Syria.",  # a part of Syria outside coverage
        "On Tuesday, a roadside bomb killed two soldiers in Iraq.",  # a country abroad
        "On Tuesday, a roadside bomb killed two soldiers in southern Syria.",
        "On Tuesday, a roadside bomb killed two soldiers across the border in Lebanon.",
    ],
)
def test_an_incident_naming_no_place_told_elsewhere_takes_no_governorate(second: str) -> None:
    text = f"Gunmen shot dead a trader in Hajin on Monday.\n\n{second}"
    placeless = [location for location in _placeless(text) if "Hajin" not in location.toponym]
    assert placeless and all(not location.is_mappable for location in placeless)


@pytest.mark.parametrize(
    ("second", "mapped"),
    [
        # the home of the teller named outside coverage: the event may lie there
        ("The Ankara-based ministry said a PKK attack killed three soldiers on Sunday.", False),
        ("Separately, jets struck militia targets, killing five, the Beirut-based outlet said.", False),
        # a home the gazetteer does not know as a town abroad is no tie: the report's governorate
        ("A London-based monitor said a drone struck a pickup truck on Sunday, killing a commander.", True),
    ],
)
def test_an_incident_naming_no_place_with_its_teller_s_home_abroad(second: str, mapped: bool) -> None:
    text = f"Gunmen shot dead a trader in Hajin on Monday.\n\n{second}"
    placeless = [location for location in _placeless(text) if location.toponym == ""]
    assert placeless and all(location.is_mappable is mapped for location in placeless)


@pytest.mark.parametrize(
    "second",
    [
        "On Tuesday, the SDF shelled the Iraqi village of Khirbat Zawr, wounding a farmer.",
        "On Tuesday, rockets hit the village of Khirbat Zawr in Turkey, wounding a farmer.",
    ],
)
def test_an_unknown_village_told_abroad_takes_no_governorate_of_its_report(second: str) -> None:
    text = f"Gunmen shot dead a trader in Tabqa on Monday.\n\nA mine killed a shepherd near Ain Issa on Sunday.\n\n{second}"
    assert not places_by_name(text)["Khirbat Zawr"].is_mappable


def test_an_incident_naming_no_place_in_a_report_of_two_governorates_takes_none() -> None:
    text = (
        "Gunmen shot dead a trader in Hajin on Monday.\n\nA mine killed a shepherd near Tabqa on Sunday.\n\n"
        "Two days later, a drone struck a pickup truck, killing a commander."
    )
    placeless = _placeless(text)
    assert len(placeless) == 1 and placeless[0].precision is Precision.UNRESOLVED


@pytest.mark.parametrize(
    ("second", "mapped"),
    [
        # a village matched outside coverage only by a close spelling (Idlib's Haysh): a village of the report's area
        ("On Tuesday, jets struck the village of al-Heysha, killing a farmer.", True),
        # the same spelling not called a village: the gazetteer's match stands, outside coverage
        ("On Tuesday, jets struck al-Heysha, killing a farmer.", False),
        # a village the text tells abroad: it lies there, whatever the spelling
        ("On Tuesday, the SDF shelled the Turkish village of al-Heysha, wounding a farmer.", False),
        ("On Tuesday, the SDF fired shells at the village of al-Heysha in Turkey, wounding a farmer.", False),
    ],
)
def test_a_village_matched_outside_coverage_by_a_close_spelling_takes_its_reports_governorate(
    second: str, mapped: bool
) -> None:
    text = f"Gunmen shot dead a trader in Tabqa on Monday.\n\nA mine killed a shepherd near Ain Issa on Sunday.\n\n{second}"
    location = places_by_name(text)["al-Heysha"]
    assert location.is_mappable is mapped
    if mapped:
        assert location.precision is Precision.ADMIN1 and location.place is not None
        assert location.place.admin1 == "Ar-Raqqah" and location.candidates  # the look-alike is kept as a candidate


def test_a_name_matched_far_abroad_and_as_well_next_to_coverage_is_the_near_place_never_mapped() -> None:
    # the gazetteer's "Mara" is a Turkish village far off and, as well matched, Mari' north of Aleppo: a coalition
    # list of strikes in Syria means the Aleppo one, outside coverage; not a village of the report's governorate
    text = (
        "Coalition aircraft conducted six strikes in Syria:\n-- Near Hajin, three strikes destroyed a fighting position."
        "\n-- Near Mayadin, two strikes destroyed a vehicle.\n-- Near Mara, one strike destroyed a mortar."
    )
    places = places_by_name(text)
    location = places["Mara"]
    assert not location.is_mappable and location.precision is Precision.OUTSIDE_COVERAGE
    assert location.place is not None and location.place.admin1 == "Aleppo"
    assert location.candidates and location.candidates[0].place.country != "SY"  # the far one is kept as a candidate
    assert places["Hajin"].is_mappable and places["Mayadin"].is_mappable


def test_a_town_abroad_an_attack_by_a_party_fell_on_is_not_put_at_the_reports_governorate() -> None:
    # the town after the attacker's name is the place: not an incident with no place, put in the report's governorate
    text = (
        "Our forces took the centre of Tal Tamr after clashes today.\n\n"
        "A rocket attack by militants on Kilis killed a civilian and wounded two today."
    )
    places = places_by_name(text)
    assert places["Tal Tamr"].is_mappable
    assert not places["Kilis"].is_mappable and places["Kilis"].precision is Precision.OUTSIDE_COVERAGE



@pytest.mark.parametrize(
    ("second", "mapped"),
    [
        # a town outside coverage named where no place was read: the event may have happened there
        ("On Tuesday, mortar rounds fired by the militia landed on Suruc, killing a child.", False),
        ("On Tuesday, stray shells fell on Manbij, wounding four civilians.", False),
        # a capital naming its government, a small place abroad, an outlet: the report's governorate as before
        ("Damascus said a drone struck a pickup truck on Tuesday, killing a commander.", True),
        ("A drone struck a pickup truck on Tuesday, killing a commander, Rudaw reported.", True),
        ("On Tuesday, a drone struck a pickup truck, killing a commander, his cousin Saide told us.", True),
        # a town told as where the people hit came from: not where the event happened
        ("On Tuesday, a drone killed two fighters who had come from Manbij a week before.", True),
        ("A roadside bomb on Tuesday killed a young man from Jarabulus and his brother.", True),
    ],
)
def test_an_incident_naming_no_place_but_a_town_beyond_coverage(second: str, mapped: bool) -> None:
    text = f"Gunmen shot dead a trader in Hajin on Monday.\n\n{second}"
    placeless = [location for location in _placeless(text) if location.toponym == ""]
    assert placeless and all(location.is_mappable is mapped for location in placeless)


@pytest.mark.parametrize(
    "release",
    [
        "Ministry\n\nOur drones neutralized two terrorists who had shot at an outpost of ours in the Peace Spring area.",
        "Ministry\n\nIn the Operation Peace Spring zone, our commandos neutralized 3 terrorists preparing an attack.",
        "Ministry\n\nAn infiltration into the Peace Spring Operation region was foiled; 4 terrorists were neutralized.",
    ],
)
def test_an_incident_told_only_in_the_peace_spring_zone_is_placed_at_its_conventional_governorate(release: str) -> None:
    location = next(iter(places_by_name(release).values()))
    assert location.precision is Precision.ADMIN1 and location.place is not None
    assert location.place.admin1 == "Al-Hasakah" and "by convention" in location.note


@pytest.mark.parametrize(
    ("release", "governorate"),
    [
        # the zone of an operation in Aleppo: never mapped
        ("Ministry\n\nTwo terrorists who fired on our outpost in the Olive Branch area were neutralized by our drones.", None),
        ("Ministry\n\nIn the Euphrates Shield region, our howitzers neutralized 3 terrorists.", None),
        # a town named in the zone is the place
        ("Ministry\n\n4 terrorists in the Peace Spring area near Tal Abyad were neutralized by our drones.", "Ar-Raqqah"),
    ],
)
def test_no_convention_places_another_zone_or_a_zone_told_with_its_town(release: str, governorate: str | None) -> None:
    location = next(iter(places_by_name(release).values()))
    if governorate is None:
        assert not location.is_mappable
    else:
        assert location.precision is Precision.PLACE and location.place is not None
        assert location.place.admin1 == governorate



@pytest.mark.parametrize(
    "release",
    [
        # the zone's half in Ar-Raqqah, named as the incident's governorate
        "Ministry\n\nWithin the Peace Spring area of Raqqa province, our units neutralized 6 terrorists.",
    ],
)
def test_no_convention_places_the_zone_when_another_governorate_is_told(release: str) -> None:
    zone = [location for name, location in places_by_name(release).items() if "Peace Spring" in name]
    assert zone and all(not location.is_mappable for location in zone)


@pytest.mark.parametrize(
    "release",
    [
        # a separate incident of the same release in a town of Ar-Raqqah
        (
            "Ministry\n\nA mortar round wounded two farmers in Suluk on Friday.\n\n"
            "On Saturday, 3 terrorists trying to sneak into the Peace Spring zone were neutralized."
        ),
        (
            "Defence ministry statement: 4 terrorists who fired on our posts inside the Peace Spring area were neutralized. "
            "Separately, 2 terrorists were neutralized by our artillery near Ain Issa."
        ),
    ],
)
def test_convention_places_the_zone_beside_a_separate_incident_in_raqqa(release: str) -> None:
    locations = places_by_name(release)
    zone = [location for name, location in locations.items() if "Peace Spring" in name]
    assert zone and all(location.is_mappable and location.place is not None for location in zone)
    assert all(location.place.admin1 == "Al-Hasakah" for location in zone)
    town = [location for name, location in locations.items() if "Peace Spring" not in name]
    assert town and all(location.place is not None and location.place.admin1 == "Ar-Raqqah" for location in town)


def _geocoded(text: str) -> list[Incident]:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    return geocode_document(rule_incidents(Document(text=text)), Geocoder(load_default_gazetteer()))


def test_an_incident_told_in_a_country_abroad_keeps_it_over_the_articles_dateline() -> None:
    # the clause says where the event happened, only not precisely: never the dateline's town, never mapped
    found = _geocoded(
        "QAMISHLI, Syria - A Turkish drone killed two SDF fighters near Amuda on Monday.\n\n"
        "Turkish jets struck PKK targets in northern Iraq on Monday, killing four militants, the ministry said."
    )
    abroad = [i for i in found if i.killed is not None and i.killed.low == 4]
    assert len(abroad) == 1 and abroad[0].location is not None
    assert abroad[0].primary_toponym is not None and abroad[0].primary_toponym.text == "northern Iraq"
    assert not abroad[0].location.is_mappable


def test_an_incident_told_only_in_a_part_of_syria_keeps_those_words_unmapped() -> None:
    [incident] = _geocoded("U.S. forces conducted an airstrike in northern Syria on Sunday, killing two ISIS leaders.")
    assert incident.primary_toponym is not None and incident.primary_toponym.text == "northern Syria"
    assert incident.location is not None and not incident.location.is_mappable
    assert "not a place in it" in incident.location.note
