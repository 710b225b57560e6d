"""Place names, their roles, and the governorate hint their context gives."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.extract.toponyms import _title_case_decapitalised, find_governorates, find_places, place_of_trigger
from mapapp.model import Document, Incident


def only(text: str) -> Incident:
    found = rule_incidents(Document(text=text))
    assert len(found) == 1, [i.evidence_text for i in found]
    return found[0]


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("Hasakah", "Al-Hasakah"),
        ("Hasaka", "Al-Hasakah"),
        ("Hassakeh", "Al-Hasakah"),
        ("al-Hasakah", "Al-Hasakah"),
        ("Raqqa", "Ar-Raqqah"),
        ("Raqqah", "Ar-Raqqah"),
        ("Rakka", "Ar-Raqqah"),
        ("Deir ez-Zor", "Deir ez-Zor"),
        ("Dayr al-Zawr", "Deir ez-Zor"),
        ("Deir Ezzor", "Deir ez-Zor"),
        ("Deir ez-Zoor", "Deir ez-Zor"),
        ("Deir el-Zour", "Deir ez-Zor"),
        ("Deir Ez Zor", "Deir ez-Zor"),
        ("Deir e-Zor", "Deir ez-Zor"),  # the article's vowel alone before the hyphen
        ("Dayr a-Zawr", "Deir ez-Zor"),
    ],
)
def test_governorate_spellings(spelling: str, canonical: str) -> None:
    mentions = find_governorates(f"The attack took place in {spelling} province yesterday.")
    assert [(m.text, m.governorate, m.province_level) for m in mentions] == [(spelling, canonical, True)]


def test_province_level_in_a_list() -> None:
    mentions = find_governorates("people in the provinces of Hasakah, Raqqah and Dayr al-Zawr after they")
    assert [m.province_level for m in mentions] == [True, True, True]


def test_bare_governorate_name_is_the_city() -> None:
    text = "Two people were killed in Raqqa."
    places = find_places(text, find_governorates(text))
    assert [(p.text, p.level, p.governorate) for p in places] == [("Raqqa", "place", "Ar-Raqqah")]


@pytest.mark.parametrize(
    ("text", "place", "hint"),
    [
        ("The airstrike targeted residential buildings in Tal Shayr on Monday, killing six.", "Tal Shayr", None),
        ("An airstrike hit a school in Khuweibra village of Hasakah province, killing 18.", "Khuweibra", "Al-Hasakah"),
        (
            "Shelling hit the town of al-Tabni in the western Deir ez-Zor countryside, wounding four.",
            "al-Tabni",
            "Deir ez-Zor",
        ),
        (
            "A landmine killed two shepherds near Ma'adan Atiq in Raqqa's eastern countryside on Friday.",
            "Ma'adan Atiq",
            "Ar-Raqqah",
        ),
        # The text names no governorate: no hint, however well known the town (the geocoder knows where it is).
        ("A drone struck a car on the outskirts of Ras al-Ain on Monday.", "Ras al-Ain", None),
        (
            "Jets struck army sites between Albu Kamal border town and Hmeimim Air Base on May 24.",
            "Albu Kamal",
            None,
        ),
        ("A car bomb exploded in the Syrian town of Tal Abyad, killing five.", "Tal Abyad", None),
        ("Clashes erupted east of Hajin on Sunday, leaving seven dead.", "east of Hajin", None),
        ("Clashes erupted east of Hajin in Deir Ezzor on Sunday, leaving seven dead.", "east of Hajin", "Deir ez-Zor"),
        ("A mortar shell hit Tal Abyad, in northern Raqqa province, wounding five.", "Tal Abyad", "Ar-Raqqah"),
        # the place a blast shook, or that a vehicle hit by a bomb was passing through
        ("A loud blast rocked Kherbet Nuri at dawn, killing two men.", "Kherbet Nuri", None),
        ("Car bomb rocks Kherbet Nuri", "Kherbet Nuri", None),
        ("A mine exploded as a patrol passed through Kherbet Nuri, killing a soldier.", "Kherbet Nuri", None),
        ("A bomb went off when an army truck drove through Kherbet Nuri, killing two.", "Kherbet Nuri", None),
        # a stage of a route told before the attack, with no word of the same time: not where it happened
        ("The convoy passed through Tal Tamr before gunmen ambushed it near Hasakah, killing two soldiers.", "Hasakah",
         "Al-Hasakah"),
        ("Gunmen who had passed through Kherbet Nuri shot dead a guard near Hajin.", "Hajin", None),
    ],
)
def test_primary_place_and_hint(text: str, place: str, hint: str | None) -> None:
    incident = only(text)
    primary = incident.primary_toponym
    assert primary is not None
    assert (primary.text, primary.role, primary.admin1_hint) == (place, "primary", hint)
    assert text[primary.span.start : primary.span.end] == place


def test_between_gives_a_reference() -> None:
    incident = only("Jets struck army sites between Albu Kamal border town and Hmeimim Air Base on May 24.")
    assert [(t.text, t.role) for t in incident.toponyms] == [
        ("Albu Kamal", "primary"),
        ("Hmeimim Air Base", "reference"),
    ]


def test_hint_from_the_previous_sentence() -> None:
    text = (
        "Coalition warplanes carried out a string of airstrikes in Syria's northeastern province of Hasakah on Monday.\n"
        "Local sources said the airborne assaults targeted residential buildings in Tal Shayr, killing six people."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1  # the second sentence continues the first
    primary = found[0].primary_toponym
    assert primary is not None and (primary.text, primary.admin1_hint) == ("Tal Shayr", "Al-Hasakah")
    assert len(found[0].evidence) == 2


def test_governorate_only_is_the_primary_toponym() -> None:
    incident = only(
        "Russian warplanes struck ISIS hideouts in the Deir ez-Zor countryside on Friday, killing 14 militants."
    )
    primary = incident.primary_toponym
    assert primary is not None
    assert (primary.text, primary.admin1_hint) == ("Deir ez-Zor countryside", "Deir ez-Zor")


@pytest.mark.parametrize(
    "text",
    [
        "Syria's state television said warplanes struck in Hasakah province on Monday, killing two.",
        "The SDF said ISIS attacked in Raqqa province on Monday, killing two.",
        # a nationality told as a weapon's origin
        "A drone, judged to be of Iranian origin, struck in Hasakah province on Monday, killing two.",
        "A rocket of Lebanese make hit a post in Raqqa province on Monday, killing two.",
        # a ministry's or a force's field
        "Units of the Ministry of Defence fought gunmen in Raqqa province on Monday, killing two.",
        "Gunmen attacked a post of the Internal Security in Hasakah province on Monday, killing two.",
        # a feast dates, never places
        "Turkish air strikes on Christmas day hit a depot in Hasakah province, killing two.",
    ],
)
def test_countries_actors_and_outlets_are_not_places(text: str) -> None:
    incident = only(text)
    assert [t.text for t in incident.toponyms if t.role == "primary"] in (["Hasakah province"], ["Raqqa province"])


def test_different_places_in_following_sentences_are_different_incidents() -> None:
    text = (
        "A roadside bomb killed two SDF fighters near Shaddadi on Monday.\n"
        "The bombing in Markada, further south, wounded three civilians the same day."
    )
    found = rule_incidents(Document(text=text))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Shaddadi", "Markada"]


def test_sentence_initial_preposition_is_not_part_of_the_name() -> None:
    text = "In Hajin, gunmen killed two men on Monday. Near Tal Tamr, a mine killed a shepherd."
    found = rule_incidents(Document(text=text))
    assert [(i.primary_toponym.text, i.primary_toponym.admin1_hint) for i in found if i.primary_toponym] == [
        ("Hajin", None),
        ("Tal Tamr", None),
    ]


def test_no_hint_from_knowledge_of_towns_only_from_the_text() -> None:
    # Invented village names and real town names alike: the hint is what the text says, nothing more.
    for name in ("Qamishli", "Mayadin", "Tabqa", "Kafr Nuwayra"):
        incident = only(f"A roadside bomb killed two soldiers near {name} on Monday.")
        primary = incident.primary_toponym
        assert primary is not None and (primary.text, primary.admin1_hint) == (name, None)


def test_hint_from_the_nearest_governorate_when_the_sentence_names_several() -> None:
    incident = only(
        "Shelling hit Kafr Nuwayra on the road from Raqqa, near the boundary of Deir ez-Zor province, killing two."
    )
    primary = incident.primary_toponym
    assert primary is not None and primary.text == "Kafr Nuwayra"
    assert primary.admin1_hint == "Ar-Raqqah"


def test_extractor_and_geocoder_agree_on_governorate_spellings() -> None:
    # The extractor finds governorate names in running text (lexicon.GOVERNORATE_RE); the geocoder
    # canonicalises a given name (geocode.admin1). They are two lists of the same knowledge: keep them in step.
    from mapapp.extract.lexicon import GOVERNORATE_NAMES, GOVERNORATE_RE
    from mapapp.geocode.admin1 import GOVERNORATE_INFO, all_names, canonical_admin1

    disagreements = []
    for info in GOVERNORATE_INFO:
        for spelling in all_names(info):
            match = GOVERNORATE_RE.fullmatch(spelling)
            found = GOVERNORATE_NAMES[int(match.lastgroup[1:])] if match and match.lastgroup else None
            if info.name == "Damascus":
                continue  # deliberately not a context word: "the Damascus government" is an actor (lexicon.py)
            if found != (info.name if info.name in GOVERNORATE_NAMES else None):
                disagreements.append((spelling, info.name, found))
    for spelling in ("Deirezzor", "Deir-ez-Zor", "Dair az-Zour", "Deir e-Zor", "Haseke", "Al-Raqqa", "Raqqah"):
        match = GOVERNORATE_RE.fullmatch(spelling)
        found = GOVERNORATE_NAMES[int(match.lastgroup[1:])] if match and match.lastgroup else None
        if found is None or canonical_admin1(spelling) != found:
            disagreements.append((spelling, canonical_admin1(spelling), found))
    assert disagreements == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Turkish warplanes struck the grain silos of Dirbêsiyê on Wednesday, killing two workers.", "Dirbêsiyê"),
        ("A Turkish drone hit a car near Qamişlo on Monday, killing two people.", "Qamişlo"),
        ("An air strike on the village of Ḩamīdīyah in Hasakah province killed three civilians.", "Ḩamīdīyah"),
    ],
)
def test_accented_spellings_are_places_and_keep_their_own_text(text: str, place: str) -> None:
    incident = only(text)
    toponym = incident.primary_toponym
    assert toponym is not None and toponym.text == place
    assert text[toponym.span.start : toponym.span.end] == place


def test_a_governorate_outside_coverage_named_in_the_sentence_is_the_hint() -> None:
    text = (
        "A drone strike killed two fighters near Qamishli in Hasakah province on Sunday. "
        "Separately, three shepherds were killed when a mine exploded near the village of Umm Tuwaynah "
        "in eastern Hama province."
    )
    found = rule_incidents(Document(text=text))
    mine = next(i for i in found if i.primary_toponym is not None and "Umm" in i.primary_toponym.text)
    assert mine.primary_toponym is not None and mine.primary_toponym.admin1_hint == "Hama"


def places_in(text: str) -> list[tuple[str, str]]:
    return [(p.text, p.role) for p in find_places(text, find_governorates(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline in title case: its capitalised common words are not names
        ("At Least 10 Killed In Turkish Strikes On Tal Tamer Village", [("Tal Tamer", "primary")]),
        # a place name inside an organisation's name is not the incident place
        ("The Deir Ezzor Military Council said a fighter was killed in Dhiban.", [("Dhiban", "primary")]),
        ("Fighters of the Raqqa Revolutionaries Brigade attacked a post in the village of Hazima.", [("Hazima", "primary")]),
        ("ISIS attacked positions of Liwaa Al-Quds in the desert near Maadan.", [("Maadan", "primary")]),
        ("Gunmen shot a member of the Tal Ward Defense forces near the village of Zor.", [("Zor", "primary")]),
        # bodies whose names end in a word for a body of people, or are one hyphenated word, or are adjectives alone
        ("Officers of the Combined Joint Task Force said a strike hit a car near Hajin.", [("Hajin", "primary")]),
        ("A unit of the Iranian Revolutionary Guards Corps was shelled near Mayadin.", [("Mayadin", "primary")]),
        ("A teacher of the Self-Administration was shot in the village of Zor.", [("Zor", "primary")]),
        ("The Syrian Observatory of Human Rights said a mine killed a boy near Hajin.", [("Hajin", "primary")]),
        ("Strikes hit the International highway near the village of Zor.", [("Zor", "primary")]),
        # regions and foreign capitals are not incident places
        ("A drone struck a car in Rojava on Monday.", []),
        ("ISIS cells attacked a post in the Badia on Monday.", []),
        ("ISIS cells attacked a post in the Badiya on Monday.", []),
        ("ISIS attacks across the Middle East killed dozens of people last year.", []),
        ("A raid by US commandos in the Middle Eastern country killed two men on Friday.", []),
        # a people's name spelt another way describes who was hit, never where
        ("Jets hit positions of Yezidi fighters near Sinjar on Monday.", [("Sinjar", "primary")]),
        ("Turkish drones struck a car in the Jazira region on Monday.", []),
        ("A statement issued in Moscow said the strikes hit a depot.", []),
        # a part of a capital is a place (outside coverage, for the geocoder to flag)
        ("Rockets were fired from the outskirts of Damascus on Monday.", [("Damascus", "primary")]),
        ("Damascus said the rockets were fired by rebels.", []),
        # the capital as the place of an event
        ("Two suicide bombers blew themselves up in a police station in Damascus on Monday.", [("Damascus", "primary")]),
        ("Israeli jets struck a base near Damascus on Monday.", [("Damascus", "primary")]),
        # places in Iraq or Turkey are passed on for the geocoder to flag outside coverage
        ("A drone struck a house in Sulaymaniyah on Monday.", [("Sulaymaniyah", "primary")]),
        ("Two fighters were killed in Nusaybin on Monday.", [("Nusaybin", "primary")]),
        # where people came from or went is not where the event happened
        (
            "A man from the village of Tal Ward was shot dead in the town of Hajin.",
            [("Hajin", "primary"), ("Tal Ward", "reference")],
        ),
        (
            "Families displaced to Hasakah were shelled in the village of Tal Ward.",
            [("Tal Ward", "primary"), ("Hasakah", "reference")],
        ),
        # hashtags run words together; a road is a place
        ("A man was killed in a raid in the town of #AlWard, east of the river.", [("AlWard", "primary")]),
        ("A drone hit a car on Tal Ward Road on Monday.", [("Tal Ward", "primary")]),
        # a border named by its two countries is no place
        ("A strike hit a convoy near the Iraq-Syria border on Monday.", []),
        # an oil or gas field is named with its kind, for the geocoder's site records
        ("Clashes erupted at the al-Omar oil field on Monday.", [("al-Omar oil field", "primary")]),
        # a road named by the two places it links, as "between" names them
        ("A drone hit a truck on the road linking Kherbet Nasr and Umm Dalil.", [("Kherbet Nasr", "primary"), ("Umm Dalil", "reference")]),
        # a countryside qualifier stays with its place, for the geocoder to read
        ("A drone struck the Hajin countryside on Monday.", [("Hajin countryside", "primary")]),
    ],
)
def test_incident_places_among_capitalised_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert places_in(text) == expected


def test_a_governorate_inside_an_organisation_name_gives_no_hint() -> None:
    assert find_governorates("The Deir Ezzor Military Council said a fighter was killed.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A drone struck a car north of Raqqa on Monday, killing two men.", "north of Raqqa"),
        ("Gunmen killed a shepherd east of Deir ez-Zor city on Tuesday.", "east of Deir ez-Zor"),
        ("A drone hit a car south-east of Qamishli, killing one man.", "south-east of Qamishli"),
        (
            "An airstrike hit a house in the eastern countryside of Deir ez-Zor, killing three civilians.",
            "the eastern countryside of Deir ez-Zor",
        ),
        ("Shelling hit a farm in the western Raqqa countryside, killing four people.", "the western Raqqa countryside"),
        ("A bomb exploded in the countryside of Hajin, killing a man.", "the countryside of Hajin"),
        ("A landmine killed a boy in Hajin countryside on Sunday.", "Hajin countryside"),
        ("A mine killed two shepherds in rural Hasakah on Sunday.", "rural Hasakah"),
        ("A car bomb killed five people in Tal Tamr on Sunday.", "Tal Tamr"),
    ],
)
def test_qualifier_stays_with_the_place(text: str, span: str) -> None:
    """The geocoder reads "north of X" / "the eastern countryside of X" (districts): the span keeps the qualifier."""
    primary = only(text).primary_toponym
    assert primary is not None and primary.text == span
    assert text[primary.span.start : primary.span.end] == span


def test_qualified_places_reach_districts_end_to_end(fixtures_dir) -> None:  # type: ignore[no-untyped-def]
    from mapapp.geocode import Geocoder, load_default_gazetteer
    from mapapp.geocode.boundaries import load_admin_area_files
    from mapapp.model import Precision
    from mapapp.geocode.placement import geocode_incident

    areas = load_admin_area_files([fixtures_dir / "gazetteer" / "adm2_districts.geojson",
                                   fixtures_dir / "gazetteer" / "adm3_subdistricts.geojson"])
    geocoder = Geocoder(load_default_gazetteer(), areas=areas)

    def located(text: str):  # type: ignore[no-untyped-def]
        location = geocode_incident(only(text), geocoder).location
        assert location is not None and location.place is not None
        return location

    north = located("A drone struck a car north of Raqqa on Monday, killing two men.")
    assert north.precision is Precision.ADMIN2 and north.place.id == "ocha:SY1101"
    east = located("An airstrike hit a house in the eastern countryside of Deir ez-Zor, killing three civilians.")
    assert east.precision is Precision.ADMIN2 and east.place.name == "Abu Kamal"
    hajin = located("A bomb exploded in the countryside of Hajin, killing a man.")
    assert hajin.precision is Precision.ADMIN3 and hajin.place.id == "ocha:SY090302"
    rural = located("Shelling hit a farm in the western Raqqa countryside, killing four people.")
    assert rural.place.admin1 == "Ar-Raqqah" and rural.place.kind in ("district", "governorate")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Warplanes struck in the province of Raqqa on Monday, killing two.", "the province of Raqqa"),
        ("Gunmen shot dead a shepherd in Hasakah governorate on Monday.", "Hasakah governorate"),
    ],
)
def test_a_governorate_mention_keeps_its_admin_word(text: str, span: str) -> None:
    """The geocoder then reads the governorate (ADMIN1), not the city of the same name (a point claimed as PLACE)."""
    from mapapp.geocode import Geocoder, load_default_gazetteer
    from mapapp.model import Precision
    from mapapp.geocode.placement import geocode_incident

    incident = only(text)
    assert incident.primary_toponym is not None and incident.primary_toponym.text == span
    location = geocode_incident(incident, Geocoder(load_default_gazetteer())).location
    assert location is not None and location.precision is Precision.ADMIN1
    assert location.place is not None and location.place.kind == "governorate"


def _roles(text: str) -> list[tuple[str, str]]:
    return [(p.text, p.role) for p in find_places(text, find_governorates(text))]


def test_every_name_of_a_village_list_is_a_place() -> None:
    assert _roles("Guns shelled the villages of Tal Kabir, Umm Rasm, Abu Dahab and Kharita in Tal Tamr.") == [
        ("Tal Kabir", "primary"),
        ("Umm Rasm", "reference"),
        ("Abu Dahab", "reference"),
        ("Kharita", "reference"),
        ("Tal Tamr", "reference"),
    ]
    assert _roles("Clashes went on around the border towns of Ras al-Ain and Tal Abyad.") == [
        ("Ras al-Ain", "primary"),
        ("Tal Abyad", "reference"),
    ]


def test_a_list_of_regions_goes_on_after_the_country_of_its_first_group() -> None:
    # a release's regions in two groups, each closed by its country: the second group is a list of places too
    assert [name for name, _ in _roles(
        "Our jets struck the regions of Sidakan, Khwakurk and Bradost in northern Iraq and Ain Issa, Tabqa (Altabqa), "
        "Suluk and Mabrouka in northern Syria."
    )] == ["Sidakan", "Khwakurk", "Bradost", "Ain Issa", "Tabqa", "Suluk", "Mabrouka"]


def test_a_list_of_places_goes_on_after_a_name_s_other_name_in_brackets() -> None:
    assert [name for name, _ in _roles("Guns shelled the villages of Dardara (Dirdara), Umm Kahf and Tal Kabir.")] == [
        "Dardara",
        "Umm Kahf",
        "Tal Kabir",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name after the country goes on as a person's does: a speaker, no place
        ("Jets hit the regions of Sidakan and Bradost in northern Iraq and Ahmed Hassan said nothing.", ["Sidakan", "Bradost"]),
        # no list of places before the country: a name after "and" is no place of it
        ("Fighters trained in northern Iraq and Mahmoud Omar, their commander, returned.", []),
        # what joins the groups is no country: the list ends there
        ("Jets hit the regions of Sidakan and Bradost in the mountains and Ahmed, a shepherd, saw them.", ["Sidakan", "Bradost"]),
    ],
)
def test_a_list_of_regions_does_not_go_on_past_its_country_to_any_name(text: str, expected: list[str]) -> None:
    assert [name for name, _ in _roles(text)] == expected


def test_a_name_after_a_single_place_and_a_comma_is_not_listed() -> None:
    # no plural settlement word opens a list: the speaker's name is not a place
    assert _roles("A man was killed in Hajin, Abu Omar said.") == [("Hajin", "primary")]


def test_what_strikes_fell_on_is_their_place() -> None:
    assert _roles("Warplanes carried out more than 50 airstrikes on Dahab overnight.") == [("Dahab", "primary")]
    assert _roles("Airstrikes on Monday killed two fighters.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A mortar attack by militants on Kilis wounded three on Friday.", [("Kilis", "primary")]),
        ("Rocket attacks by the group on Akcakale went on all night.", [("Akcakale", "primary")]),
        ("Raids by Russian jets on Sbikha killed four shepherds.", [("Sbikha", "primary")]),
        # the party's name is no place, nor is what follows "on" when it is a day or no name
        ("An attack by gunmen on Tuesday killed a guard.", []),
        ("A complaint by residents on Sunday named nobody.", []),
        ("An attack by gunmen on Reuters staff was condemned.", []),
    ],
)
def test_what_an_attack_fell_on_is_its_place_past_its_party(text: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(text) == expected


def test_an_article_written_in_capitals_stays_in_the_name() -> None:
    assert _roles("Shells fell on the villages of Tal Kabir, Om AL-Dahab and Kharita.") == [
        ("Tal Kabir", "primary"),
        ("Om AL-Dahab", "reference"),
        ("Kharita", "reference"),
    ]


def test_the_city_a_site_lies_in_stays_a_reference() -> None:
    # "in Raqqa" after a site is the city of that name, kept as a reference place with its governorate
    places = find_places("A drone struck the Hamra prison in Raqqa.", find_governorates("A drone struck the Hamra prison in Raqqa."))
    assert [(p.text, p.level, p.role, p.governorate) for p in places] == [
        ("Hamra prison", "place", "primary", None),
        ("Raqqa", "place", "reference", "Ar-Raqqah"),
    ]


def test_the_city_after_a_site_is_a_reference_toponym_of_the_incident() -> None:
    found = rule_incidents(Document(text="A drone struck the Hamra prison in Raqqa on Monday, killing two guards."))
    assert [(t.text, t.role) for t in found[0].toponyms] == [
        ("Hamra prison", "primary"),
        ("Hamra", "reference"),
        ("Raqqa", "reference"),
    ]


def test_a_prison_named_by_its_place_keeps_its_kind() -> None:
    assert _roles("Militants stormed the al-Hamra prison at dawn.") == [("al-Hamra prison", "primary")]


@pytest.mark.parametrize("dam", ["dam", "Dam"])
def test_a_dam_named_by_its_place_keeps_its_kind(dam: str) -> None:
    assert _roles(f"Drone strikes killed four civilians near the Tishreen {dam} on Thursday.") == [
        (f"Tishreen {dam}", "primary")
    ]


def test_named_sites_are_found_in_any_context() -> None:
    from mapapp.extract.toponyms import find_named_sites

    assert [p.text for p in find_named_sites("The Hamra Prison, the largest in the region, holds 3,000 men.")] == [
        "Hamra Prison"
    ]
    assert [p.text for p in find_named_sites("They were held in what is known as al-Hamra prison.")] == ["al-Hamra prison"]
    assert find_named_sites("A Syrian prison wing was taken over.") == []
    assert find_named_sites("Militants stormed the prison at dawn.") == []


def test_a_prison_incident_keeps_the_place_the_prison_is_named_after_as_a_reference() -> None:
    found = rule_incidents(Document(text="A drone struck the Hamra prison on Monday, killing two guards."))
    assert [(t.text, t.role) for t in found[0].toponyms] == [("Hamra prison", "primary"), ("Hamra", "reference")]


# -- lists of villages, the place of the event word, places tied across sentences (issue 9) --------------

def _places(text: str) -> list[tuple[str, str]]:
    return [(p.text, p.role) for p in find_places(text, find_governorates(text))]


def test_a_list_of_names_before_a_plural_settlement_word_are_all_places() -> None:
    text = "Artillery shelled Kherbet Nasr, Umm Dalil, Tuwayla and Kuzliya villages in the Tal Baydar countryside."
    assert _places(text) == [
        ("Kherbet Nasr", "primary"), ("Umm Dalil", "reference"), ("Tuwayla", "reference"), ("Kuzliya", "reference"),
        ("Tal Baydar countryside", "reference"),
    ]
    assert _places("Shells fell on Umm Dalil and Kuzliya villages overnight.") == [
        ("Umm Dalil", "primary"), ("Kuzliya", "reference")
    ]


def test_names_of_a_list_without_a_settlement_word_are_not_places() -> None:
    # people and organisations listed by commas are not taken for villages
    assert _places("Ahmad, Omar and Khaled left the meeting before the strike.") == []
    assert _places("The SDF, the YPG and the Asayish stormed Hajin.") == [("Hajin", "primary")]


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a statement of its own before the comma: the event word's place is the one after it
        ("A fighter was killed in Kherbet Nasr, while shelling hit houses in Umm Dalil.", "Umm Dalil"),
        ("Guard killed in Tal Baydar, shelling kills two in Umm Dalil", "Umm Dalil"),
        # no comma between the first place and the event word: the first place stays primary
        ("Shelling on Umm Dalil killed two people near Tal Baydar.", "Umm Dalil"),
        # a place after the event word that only locates it does not take over
        ("In Kherbet Nasr, shelling hit a house near Tal Baydar.", "Kherbet Nasr"),
        # a "Topic | Headline" label's place is no event place: the headline's, even one it is near, is
        ("Escalation in Kherbet Nasr | Shelling kills two near Tal Baydar", "Tal Baydar"),
    ],
)
def test_the_place_of_the_event_word_is_primary(text: str, primary: str) -> None:
    trigger = min(text.find(word) for word in ("shelling", "Shelling") if word in text)
    places = place_of_trigger(text, find_places(text, find_governorates(text)), trigger)
    assert [p.text for p in places if p.role == "primary"] == [primary]
    assert only(text).primary_toponym.text == primary  # type: ignore[union-attr]


def test_a_village_tied_to_a_town_in_one_sentence_takes_it_as_anchor_in_another() -> None:
    text = (
        "Turkish artillery shelled Kherbet Nasr, Umm Dalil and Kuzliya villages in the Tal Baydar countryside on Monday, "
        "wounding a woman. On Tuesday, a drone strike on Umm Dalil killed two shepherds."
    )
    found = rule_incidents(Document(text=text))
    later = next(i for i in found if i.primary_toponym is not None and i.primary_toponym.text == "Umm Dalil")
    anchors = [t.text for t in later.toponyms if t.role == "anchor"]
    assert "Tal Baydar countryside" in anchors
    assert all(t.span.start < later.primary_toponym.span.start for t in later.toponyms if t.role == "anchor")  # type: ignore[union-attr]


def test_no_anchor_when_the_name_is_tied_to_nothing() -> None:
    text = "Shelling hit Umm Dalil on Monday, wounding a woman. On Tuesday, a drone strike on Umm Dalil killed two."
    assert all(t.role != "anchor" for i in rule_incidents(Document(text=text)) for t in i.toponyms)


def test_the_second_town_of_a_between_pair_is_read_after_a_governorate_city() -> None:
    assert _places("A drone hit a car near Kherbet Nasr village on the road between Al-Hasakah and Qamishli cities.") == [
        ("Kherbet Nasr", "primary"), ("Qamishli", "reference"), ("Al-Hasakah", "reference")
    ]
    assert _places("Shelling hit the village of Kherbet Nasr between Tal Tamr and Hasakah.") == [
        ("Kherbet Nasr", "primary"), ("Tal Tamr", "reference"), ("Hasakah", "reference")
    ]
    assert _places("Fighting between the SDF and the tribes went on.") == []


def test_a_persons_origin_told_after_the_name_is_a_reference() -> None:
    assert _places("Gunmen killed Ahmad Saleh, a teacher from Kherbet village, in Hajin.") == [
        ("Hajin", "primary"), ("Kherbet", "reference")
    ]
    assert _places("Gunmen killed Ahmad Saleh, from Kherbet village, in Hajin.") == [
        ("Hajin", "primary"), ("Kherbet", "reference")
    ]


def test_where_a_vehicle_under_fire_was_going_is_a_place_of_the_clause() -> None:
    # read, as where people went (a reference): the clause's own place when it names no other
    assert _places("A drone struck a minibus heading to Kherbet Nasr, wounding six.") == [("Kherbet Nasr", "reference")]
    # where people fled to after a strike told at its place is no place of the strike
    assert _places("Shells hit Kherbet Nasr and families fled heading to Amuda, a farmer said.") == [
        ("Kherbet Nasr", "primary"), ("Amuda", "reference")
    ]
    # a place the clause names where the strike fell stays the primary
    assert _places("A drone struck a minibus heading to Kherbet Nasr near Amuda, wounding six.") == [
        ("Amuda", "primary"), ("Kherbet Nasr", "reference")
    ]


def test_a_site_people_came_back_from_is_a_reference_but_not_where_a_foe_was_pushed_back_from() -> None:
    # where people were coming back from locates nothing
    assert _places("Two traders driving home from the market in Kherbet were shot near Hajin.") == [
        ("Hajin", "primary"), ("Kherbet", "reference")
    ]
    assert _places("A patrol heading back from the checkpoint at Kherbet was ambushed near Hajin.") == [
        ("Hajin", "primary"), ("Kherbet", "reference")
    ]
    # the place a foe was driven back from is where the fight was
    assert _places("The SDF pushed the gunmen back from the village of Kherbet near Hajin.") == [
        ("Kherbet", "primary"), ("Hajin", "reference")
    ]
    assert _places("The army beat the attackers back from the outskirts of Kherbet.") == [("Kherbet", "primary")]


def test_a_name_after_kin_or_a_quantity_of_goods_is_no_place() -> None:
    # a person named by kin, a product by its quantity: the "of" of a place does not read them
    assert _places("Two young men were killed: Ali and Omar, sons of Hassan.") == []
    assert _places("Three smugglers were killed and a large amount of Tramadol seized.") == []
    assert _places("Police found two tons of Captagon near Hajin.") == [("Hajin", "primary")]
    # the "of" of a place stays one
    assert _places("Gunmen shot dead the son of a tribal elder in the outskirts of Hajin.") == [("Hajin", "primary")]
    assert _places("Shells hit the Badia of Mayadin.") == [("Mayadin", "primary")]


def test_a_faith_or_people_before_village_is_not_a_name() -> None:
    assert _places("Gunmen raided a mostly Shia village near Hajin.") == [("Hajin", "primary")]
    assert _places("Shells hit an Assyrian village and a Yazidi village.") == []


def test_a_people_named_in_the_plural_is_not_a_place() -> None:
    assert _places("Gunmen attacked Iraqis near Hajin.") == [("Hajin", "primary")]


@pytest.mark.parametrize(
    "text",
    [
        "A statement from the Ministry of Defence denounced the shelling.",
        "The Ministry of Interior said a drone struck on Monday.",
        "Officials said the rocket was of Iranian origin.",
        "Investigators said the mine was of Israeli make.",
    ],
)
def test_a_ministrys_field_or_a_peoples_adjective_after_of_is_not_a_place(text: str) -> None:
    assert _places(text) == []


def test_a_holiday_is_not_a_place() -> None:
    assert _places("Shells hit homes in Tal Tamr on Christmas day.") == [("Tal Tamr", "primary")]
    assert _places("Gunmen shot dead a man at the end of Eid al-Adha.") == []


def test_a_place_after_of_is_still_a_place() -> None:
    assert _places("Shells hit the outskirts of Hajin.") == [("Hajin", "primary")]
    assert _places("Gunmen attacked the village of Diban.") == [("Diban", "primary")]


def test_the_old_city_is_a_part_of_the_town_not_a_town_named_old() -> None:
    text = "Air strikes killed 27 civilians in the city of Raqqa on Wednesday. The strikes hit buildings in the Old City."
    found = rule_incidents(Document(text=text))
    assert [t.text for t in found[0].toponyms] == ["Raqqa"]


def test_a_part_of_the_town_told_after_the_town_keeps_the_town_as_its_anchor() -> None:
    text = (
        "A roadside bomb killed two fighters in the city of Raqqa on Sunday. "
        "The bomb exploded near the Naim roundabout in the city center."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    assert [(t.text, t.role) for t in found[0].toponyms] == [("Naim", "primary"), ("Raqqa", "anchor")]


def test_the_place_a_road_leads_to_is_a_place() -> None:
    names = [p.text for p in find_places("A drone struck a car on the road to Tabia on Monday.", [], 0)]
    assert names == ["Tabia"]


@pytest.mark.parametrize(
    "text",
    [
        "Government militias stationed in Mayadin fired mortar shells at the town of Dhiban on Monday.",
        "Turkish forces based at a post near Ras al-Ain shelled the town of Dhiban on Monday.",
    ],
)
def test_where_the_attackers_are_posted_is_not_the_place_hit(text: str) -> None:
    incident = only(text)
    assert incident.primary_toponym is not None and incident.primary_toponym.text == "Dhiban"


def test_the_posted_place_stays_when_the_clause_names_no_other() -> None:
    incident = only("A drone struck fighters stationed in Amuda on Monday, killing two.")
    assert incident.primary_toponym is not None and incident.primary_toponym.text == "Amuda"


def test_a_name_joined_by_and_to_a_place_is_a_second_place() -> None:
    assert _roles("Two car bombs exploded in Tal Abyad and Suluk on Saturday.") == [
        ("Tal Abyad", "primary"),
        ("Suluk", "reference"),
    ]
    assert _roles("Coalition aircraft struck both Hajin and Sousa on Friday.") == [
        ("Hajin", "primary"),
        ("Sousa", "reference"),
    ]
    # a name after a place and a comma, or after "and" with words between, is not listed
    assert _roles("A man was killed in Hajin and Abu Omar said he saw it.") == [("Hajin", "primary")]


def test_the_activist_group_named_after_raqqa_is_a_source_not_an_incident() -> None:
    text = (
        "Gunmen killed two members of a local council in the city of Raqqa on Saturday, activists said. "
        "The Raqqa Is Being Slaughtered Silently group said the men were shot outside their homes."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    assert "Raqqa Is Being Slaughtered Silently" in found[0].sources


def test_a_name_joined_by_and_to_a_governorates_city_is_a_place() -> None:
    assert _roles("Four civilians were killed in Raqqa and Tabqa on Monday.") == [
        ("Tabqa", "primary"),
        ("Raqqa", "reference"),
    ]
    assert [p for p, _ in _roles("Two explosions hit Hasakah city and Qamishli on Thursday.")] == ["Qamishli", "Hasakah"]
    # what follows does not go on as after a place: not a place
    assert _roles("Clashes broke out in Raqqa and Turkey said it would respond.") == [("Raqqa", "primary")]


@pytest.mark.parametrize(
    "text",
    [
        "In the framework of the Winter Shield Operation, jets hit a depot near Amuda on Friday.",
        "Jets hit a depot near Amuda on Friday as part of Operation Winter Shield.",
    ],
)
def test_named_military_operation_is_no_place(text: str) -> None:
    assert [t.span.text for t in only(text).toponyms] == ["Amuda"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Turkish artillery pounded Tal Tamr's northern countryside, wounding three.", "Tal Tamr's northern countryside"),
        ("A shell hit Ain Issa's western countryside, killing a shepherd.", "Ain Issa's western countryside"),
        ("Clashes broke out in Hajin's eastern outskirts, leaving two dead.", "Hajin"),
    ],
)
def test_a_town_named_as_the_owner_of_its_countryside_is_the_place(text: str, place: str) -> None:
    assert only(text).primary_toponym is not None
    assert only(text).primary_toponym.text == place


@pytest.mark.parametrize(
    ("text", "place", "town"),
    [
        # a part of the town after an adjective: the town is the place
        ("ISIS beheaded a man in Hajin's main square on Friday.", "Hajin", None),
        ("A bomb exploded in Tabqa's old market, killing two.", "Tabqa", None),
        # a street or square by its own name: the place, its owner town a reference
        ("A bomb went off in Qamishli's Wahda street, killing two people.", "Wahda", "Qamishli"),
        ("A bomb went off in Istanbul's Taksim Square, killing two people.", "Taksim Square", "Istanbul"),
        # a named district likewise (as before)
        ("Gunmen killed a man in Hasakah's Nashwa district.", "Nashwa", "Hasakah"),
        # a capital owning a named place is the city, not its government
        ("A roadside bomb on Damascus's Kafr Sousa road wounded four officers.", "Kafr Sousa", "Damascus"),
        ("Two civilians died when a bomb hit eastern Baghdad's Jamila district.", "Jamila", "Baghdad"),
    ],
)
def test_a_part_of_a_town_told_after_the_towns_possessive_is_read(text: str, place: str, town: str | None) -> None:
    incident = only(text)
    assert incident.primary_toponym is not None and incident.primary_toponym.text == place
    assert [t.text for t in incident.toponyms if t.role == "reference"] == ([town] if town else [])


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's defence ministry said a drone struck the depot, killing two.",
        "A bomb killed two men in the trader's house on Friday.",
        "Gunmen killed two men outside Ahmed's shop on Friday.",
        "Downing Street said a drone killed two men.",
    ],
)
def test_an_owner_of_no_part_of_a_town_is_no_place(text: str) -> None:
    assert only(text).toponyms == []


@pytest.mark.parametrize(
    ("text", "place", "other"),
    [
        ("Turkish-backed factions positioned near Tal Abyad shelled Ain Issa, killing a woman.", "Ain Issa", "Tal Abyad"),
        ("Regime gunners in al-Mayadin targeted the town of Dhiban, killing a child.", "Dhiban", "al-Mayadin"),
        ("Shelling by Turkish forces from their bases in Serekaniye hit Til Temir, killing two.", "Til Temir", "Serekaniye"),
        ("Turkish forces in Ras al-Ain shelled the village of Umm Khuwayt, wounding a child.", "Umm Khuwayt", "Ras al-Ain"),
    ],
)
def test_where_the_attackers_fire_from_is_a_reference(text: str, place: str, other: str) -> None:
    incident = only(text)
    assert incident.primary_toponym is not None and incident.primary_toponym.text == place
    assert other in [t.text for t in incident.toponyms if t.role == "reference"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen killed a teacher, a native of Busayrah, in Dhiban.", "Dhiban"),
        ("Gunmen killed a man, a resident of Gharanij, in Hajin.", "Hajin"),
        ("The victim, a native of Shuhail, was shot dead in Hasakah city.", "Hasakah"),
    ],
)
def test_a_victims_home_town_is_not_the_place(text: str, place: str) -> None:
    incident = only(text)
    assert incident.primary_toponym is not None and incident.primary_toponym.text == place


def test_a_field_named_without_oil_or_gas_is_the_site() -> None:
    incident = only("Rockets hit the US base at the Omar field on Friday, wounding two soldiers.")
    assert incident.primary_toponym is not None and incident.primary_toponym.text == "Omar field"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ISIS killed eight soldiers in the Badia of Deir ez-Zor on Friday.", "the Badia of Deir ez-Zor"),
        ("ISIS killed eight soldiers in the Badiya of Raqqa on Friday.", "the Badiya of Raqqa"),
        ("An ISIS attack in the Raqqa desert killed seven soldiers.", "Raqqa desert"),
    ],
)
def test_a_governorates_desert_keeps_its_desert_word(text: str, place: str) -> None:
    incident = only(text)
    assert incident.primary_toponym is not None and incident.primary_toponym.text == place


@pytest.mark.parametrize("spelling", ["Badia", "Badiya", "Badiyah"])
def test_a_towns_desert_is_the_town(spelling: str) -> None:
    incident = only(f"Russian jets carried out twelve strikes on the {spelling} of Hajin on Monday.")
    assert incident.primary_toponym is not None and incident.primary_toponym.text == "Hajin"


def test_a_villages_desert_is_the_village_name_alone() -> None:
    incident = only("A drone struck a car on the road to the Al-Rawdah desert, killing two.")
    assert incident.primary_toponym is not None and incident.primary_toponym.text == "Al-Rawdah"


def test_a_headline_in_capitals_names_its_place() -> None:
    headline = "DRONE KILLS TWO IN HAJIN"
    places = find_places(headline, [])
    assert [(headline[p.start : p.end], p.role) for p in places] == [("HAJIN", "primary")]


def test_the_one_governorate_an_incidents_other_sentence_names_is_the_hint_of_its_headline_village() -> None:
    text = "Landmine kills child in Kubar village\nThe mine exploded on Friday in the Raqqa countryside, killing a boy."
    incident = only(text)
    assert incident.primary_toponym is not None and incident.primary_toponym.text.startswith("Kubar")
    assert incident.primary_toponym.admin1_hint == "Ar-Raqqah"


def test_the_town_owning_a_part_is_its_reference() -> None:
    text = "A Coalition raid in Busayra's al-Zir area killed an ISIS official."
    places = find_places(text, find_governorates(text))
    assert [(p.text, p.role) for p in places] == [("al-Zir", "primary"), ("Busayra", "reference")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two women were murdered in Phase 5 of al-Hol camp on Monday.", "al-Hol"),
        ("Turkish drones struck the Peace Spring area near Ras al-Ain, killing two.", "Ras al-Ain"),
    ],
)
def test_a_part_of_a_camp_or_an_operation_zone_is_no_place(text: str, place: str) -> None:
    incident = only(text)
    assert incident.primary_toponym is not None and incident.primary_toponym.text.startswith(place)


def test_forces_in_a_place_hit_by_fire_are_at_the_place_hit() -> None:
    incident = only("Turkish soldiers in Ras al-Ain targeted by an SDF rocket near Tal Tamr were wounded, Ankara said.")
    assert incident.primary_toponym is not None and incident.primary_toponym.text == "Ras al-Ain"


def test_where_reply_fire_fell_is_a_place() -> None:
    text = "The regime forces replied with mortar fire on Salihiyah, and the SDF returned fire on Hatla."
    assert {p.text for p in find_places(text, find_governorates(text))} >= {"Salihiyah", "Hatla"}


@pytest.mark.parametrize(
    "text",
    [
        "The SDF retaliated by shelling Kasra, wounding a woman.",
        "Regime forces killed three civilians after storming Kasra at dawn.",
        "Militias answered by bombarding Kasra with mortars, killing a boy.",
    ],
)
def test_the_gerund_of_a_verb_of_attack_names_its_target_as_a_place(text: str) -> None:
    assert ("Kasra", "primary") in _places(text)


def test_an_honorific_opens_a_persons_name_not_a_place() -> None:
    text = (
        "Coalition forces carried out an airdrop raid near Hajin on Monday, arresting two men. "
        "After raiding Mr. Hamdan's house, the forces took his body away."
    )
    found = rule_incidents(Document(text=text))
    assert "Mr" not in {t.text for i in found for t in i.toponyms}


@pytest.mark.parametrize(
    "text",
    ["Government forces retook Hajin on Sunday.", "Hajin was captured by the SDF on Sunday.", "The SDF took control of Hajin."],
)
def test_ground_taken_is_a_place(text: str) -> None:
    assert "Hajin" in [p.text for p in find_places(text, find_governorates(text))]


def test_a_list_of_regions_ending_in_a_governorate_city() -> None:
    text = "Strikes hit the Derik, Amuda and Hasakah regions overnight."
    names = [p.text for p in find_places(text, find_governorates(text))]
    assert names[:2] == ["Derik", "Amuda"]


def test_a_site_named_by_its_place_as_an_item_of_a_list() -> None:
    text = "Drones hit the Amuda power station, the Derik grain silos and a checkpoint in Zirgan."
    assert [p.text for p in find_places(text, find_governorates(text))] == ["Amuda", "Derik", "Zirgan"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Drones struck on Friday the Maabada power station, killing a guard.", ["Maabada"]),
        ("Jets hit overnight the Khanasir grain silos.", ["Khanasir"]),
        ("Among the sites hit were the Maabada oil station and a bakery in Girke Lege.", ["Maabada", "Girke Lege"]),
        ("Strikes targeted a bridge in Girke Lege and the Khanasir warehouses.", ["Girke Lege", "Khanasir"]),
    ],
)
def test_a_site_named_by_its_place_after_the_strike_s_day_or_a_list_s_verb(text: str, names: list[str]) -> None:
    assert [p.text for p in find_places(text, find_governorates(text))] == names


@pytest.mark.parametrize(
    "text",
    [
        "Officials said on Friday the Maabada power station would reopen.",  # no strike before the day
        "Drones struck on Friday the Maabada convoy.",  # no site word after the name
    ],
)
def test_a_name_after_a_day_is_no_site_without_a_strike_and_a_site_word(text: str) -> None:
    assert find_places(text, find_governorates(text)) == []


def test_the_places_a_plural_names_with_including() -> None:
    text = "Gunmen attacked SDF posts in several villages, including Amuda and Derik, on Monday."
    assert [p.text for p in find_places(text, find_governorates(text))] == ["Amuda", "Derik"]
    # one attack on several villages is one incident at the first
    found = rule_incidents(Document(text=text))
    assert [i.toponyms[0].span.text for i in found] == ["Amuda"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Militants fired mortars on the Tel Abyad residential area at night.",
        "Gunmen launched an attack on the Tel Abyad industrial zone at night.",
    ],
)
def test_the_target_named_as_a_residential_or_industrial_area_is_a_place(sentence: str) -> None:
    assert _roles(sentence)[0] == ("Tel Abyad", "primary")


def test_where_fire_came_from_is_a_reference_and_the_place_when_no_other_is_told() -> None:
    assert _places("Mortar fire opened from Tal Baydar on the outpost was answered.") == [("Tal Baydar", "reference")]
    assert _places("Rockets fired from the direction of Mayadin hit the village of Theyban.") == [
        ("Theyban", "primary"), ("Mayadin", "reference")
    ]
    assert [t.text for t in only("Harassment fire opened from Mayadin hit our base on Monday.").toponyms] == ["Mayadin"]
    assert _places("Rockets fired from Yemen were intercepted over the sea.") == []  # a launch site far off


def test_the_subject_of_ground_taken_under_control_is_a_place() -> None:
    assert _places("Kherbet Zafer was taken under control by our units.") == [("Kherbet Zafer", "primary")]


def test_a_site_named_by_its_place_after_a_dash_is_a_listed_place() -> None:
    text = "Drones targeted: Tal Hamis power station \u2014 Jawadiyah grain silos \u2014 Derbasiyah bakery."
    assert [name for name, _ in _places(text)] == ["Tal Hamis", "Jawadiyah", "Derbasiyah"]


def test_a_country_abroad_named_as_where_an_event_happened() -> None:
    from mapapp.extract.toponyms import find_country_place

    assert find_country_place("the deaths of six guards in northern Iraq last week").text == "northern Iraq"
    assert find_country_place("an attack at a camp in the Kurdistan Region", 10).start == 10 + len("an attack at a camp in the ")
    assert find_country_place("a strike ordered by Jordan's army") is None  # not where it happened
    # a country is still no place of find_places: "strikes in Iraq and Syria" sums up a campaign
    assert find_places("jets carried out strikes in northern Iraq", []) == []


def test_a_country_or_a_part_of_one_named_as_where_an_event_happened() -> None:
    from mapapp.extract.toponyms import find_country_region, names_syria_region

    assert find_country_region("U.S. forces conducted an airstrike in northern Syria, killing two").text == "northern Syria"
    assert find_country_region("jets struck targets in north-east Syria").text == "north-east Syria"
    assert find_country_region("Turkish jets struck PKK targets in northern Iraq on Monday").text == "northern Iraq"
    assert find_country_region("an ISIS attack killed three soldiers in Iraq's Anbar province", 5).start == 5 + len(
        "an ISIS attack killed three soldiers in "
    )
    # two countries in one clause sum up a campaign or name a border: no event's place
    assert find_country_region("attacks on US forces in Iraq and Syria have killed dozens") is None
    assert find_country_region("an attack on a post at the Iraq-Syria border killed two") is None
    assert find_country_region("a strike ordered by Jordan's army") is None  # not where it happened
    assert names_syria_region("northern Syria") and names_syria_region("Syria") and not names_syria_region("northern Iraq")


def test_a_country_or_a_part_of_one_is_told_from_a_place_by_its_name() -> None:
    from mapapp.extract.toponyms import names_country_region

    for name in ("northern Iraq", "the north of Iraq", "north-east Syria", "Northeastern Syria", "Syria", "Jordan",
                 "the Kurdistan Region", "central Syria", "Türkiye"):
        assert names_country_region(name), name
    for name in ("Raqqa", "northern Raqqa", "Syrian", "Tabia", "eastern Deir ez-Zor", "the Syria-Iraq border"):
        assert not names_country_region(name), name


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels advanced into the Turkish-occupied Jarablus area on Monday", "Jarablus"),
        ("A bomb went off in rebel-held Azaz, killing three", "Azaz"),
        ("Jets pounded positions west of IS-controlled Shaddadi", "Shaddadi"),
        ("Troops fought militants in western Fallujah for a second day", "Fallujah"),
    ],
)
def test_a_place_after_a_holder_or_direction_adjective_is_read(text: str, place: str) -> None:
    assert [p.text for p in find_places(text, [])] == [place]


def test_the_adjective_read_through_leaves_governorates_and_organisations_alone() -> None:
    text = "clashes in southern Hasakah"
    places = find_places(text, find_governorates(text))
    assert [(p.text, p.level) for p in places] == [("Hasakah", "governorate")]  # the province, not its city
    assert find_places("the Iraqi-backed Tigris Brigade said it fought", []) == []


def test_a_front_line_named_by_its_place_is_the_place() -> None:
    assert [p.text for p in find_places("Fighting raged on the Qara Qawzak front overnight", [])] == ["Qara Qawzak"]
    assert [p.text for p in find_places("a fighter was killed in the Jarablus frontline", [])] == ["Jarablus"]
    # a group whose name ends in "Front" is no place
    assert find_places("fighters of the Shamiya Front said they attacked", []) == []


def test_a_comma_list_after_a_place_read_in_its_context_is_all_places() -> None:
    # "in A, B and C": the list the first place's context opens; its governorate names are their cities
    assert _places("Jets bombed targets near Sabkha, Maadan and Busayra on Friday.") == [
        ("Sabkha", "primary"), ("Maadan", "reference"), ("Busayra", "reference"),
    ]
    assert _places("Strikes hit sites around Tabqa, Hasakah, Raqqa and Shaddadi.") == [
        ("Tabqa", "primary"), ("Shaddadi", "reference"), ("Hasakah", "reference"), ("Raqqa", "reference"),
    ]
    # a governorate's city that opens the list stays the primary place
    found = _places("Strikes hit sites around Raqqa, Hasakah and Shaddadi.")
    assert ("Raqqa", "primary") in found and ("Shaddadi", "reference") in found and ("Hasakah", "reference") in found


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out in Hajin, Abu Omar told reporters.",  # a name after a place, not closed by "and"
        "In Hajin, Abu Omar and Abu Ali were killed by gunmen.",  # people named after the place
    ],
)
def test_names_after_a_place_that_do_not_close_a_list_of_places_are_no_places(text: str) -> None:
    assert _places(text) == [("Hajin", "primary")]


def test_the_place_an_operation_sets_out_to_liberate_is_a_place() -> None:
    assert _places("Our forces launched an operation to liberate Sabkha from the terrorists.") == [("Sabkha", "primary")]


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Ministry\n\nIn the Euphrates Shield region, 3 terrorists were neutralized by our howitzers.", "Euphrates Shield region"),
        ("Ministry\n\nFire was opened on our post in the Peace Spring Operation area; 2 terrorists were neutralized.", None),
    ],
)
def test_an_operation_zone_locates_a_clause_that_names_no_place(text: str, zone: str | None) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert found and found[0].primary_toponym is not None
    assert found[0].primary_toponym.text == (zone or "Peace Spring Operation area")


@pytest.mark.parametrize(
    ("name", "operation"),
    [
        ("the Peace Spring region", "peace spring"),
        ("Operation Peace Spring zone", "peace spring"),
        ("Peace Spring Operation area", "peace spring"),
        ("the Claw-Lock regions", "claw lock"),
        ("Olive Branch area", "olive branch"),
        ("Tal Abyad", None),
        ("the Spring region", None),
        ("Peace Spring Street", None),
    ],
)
def test_the_operation_a_zone_is_named_after(name: str, operation: str | None) -> None:
    from mapapp.extract.toponyms import operation_of_zone

    assert operation_of_zone(name) == operation


def test_an_operation_zone_gives_way_to_a_place_the_clause_names() -> None:
    found = only("Ministry\n\n4 terrorists in the Peace Spring area near Sabkha were neutralized by our drones on Monday.")
    assert found.primary_toponym is not None and found.primary_toponym.text == "Sabkha"


def test_a_count_in_an_operation_zone_broken_down_by_place_is_one_incident_per_place() -> None:
    text = (
        "Ministry\n\n9 terrorists who fired on our posts in the Peace Spring area were neutralized. "
        "5 of them in the Sabkha region, 4 of them in the Maadan region."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Sabkha", "Maadan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy Turkish shelling continues on Amuda and Darbasiyah.", ["Amuda", "Darbasiyah"]),
        ("Fighting continued on the Shuhail axis.", ["Shuhail"]),
    ],
)
def test_the_place_a_fight_or_fire_goes_on_at_is_read(text: str, expected: list[str]) -> None:
    assert [p.text for p in find_places(text, [], 0) if p.level == "place"] == expected


def test_a_day_after_continued_on_is_no_place() -> None:
    assert [p.text for p in find_places("The shelling continued on Monday.", [], 0) if p.level == "place"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the present of a post or headline names its target as the past does
        ("; government mortars shells Buqrus.", ["Buqrus"]),
        ("Update: a drone hits Tal Hamis at noon", ["Tal Hamis"]),
        ("ISIS attacks Mabrouka again", ["Mabrouka"]),
        # a settlement word before its name with no "of"
        ("Also shelling on the Syriac village Tal Nasri, two houses burnt.", ["Tal Nasri"]),
        ("Mortars fell on the border town Darbasiyah", ["Darbasiyah"]),
        # the Turkish ministry's stretch of its own border
        ("Fire by terrorists from Jarablus at our Elbeyli border area was answered.", ["Elbeyli"]),
        # a site named by its place, the subject of a passive strike
        ("The Rmelan power plant, which feeds the towns, was struck on Friday.", ["Rmelan"]),
        ("Drones hit a school on Sunday, while the Derik grain silo was also hit.", ["Derik"]),
    ],
)
def test_a_target_named_without_a_preposition_is_read(text: str, expected: list[str]) -> None:
    assert [p.text for p in find_places(text, [], 0) if p.level == "place"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The attacks Saturday killed two.",  # a plural noun before a day
        "The offensive targets ISIS positions.",  # a party
        "The town Council met on Monday.",  # an institution
        "The Rmelan power plant supplies the whole region.",  # a site that nothing struck
        "The Rmelan power plant was built in 1990.",  # a passive that is no strike
        "US strikes Syria again, the ministry said.",  # a country
    ],
)
def test_a_name_after_a_noun_or_a_site_nothing_struck_is_no_place(text: str) -> None:
    assert [p.text for p in find_places(text, [], 0) if p.level == "place"] == []


def test_a_site_and_a_target_struck_in_a_while_clause_are_two_incidents() -> None:
    text = (
        "Turkish drones struck a school in Derik on Sunday, while the Rmelan power station and a fuel depot "
        "near Tal Hamis were hit on Monday."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 1, 10)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Derik", "Rmelan", "Tal Hamis"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a colour or an ordinal before a title-case settlement word: the word belongs to the name
        ("Mortar rounds hit the Green Village compound late on Sunday, wounding a contractor.", "Green Village"),
        ("Two rockets struck Green Village, an American outpost, on Thursday.", "Green Village"),
        ("A roadside bomb wounded two guards at the Third Camp gate on Monday.", "Third Camp"),
        # a transliterated name before the word (a title-case headline): the word is a descriptor, trimmed as before
        ("Turkish Drones Strike Khuweibra Village, Killing Three", "Khuweibra"),
        ("Turkish Shelling Hits Umm Harmala Village Near Tal Tamr", "Umm Harmala"),
    ],
)
def test_a_settlement_word_after_an_english_naming_word_stays_in_the_name(text: str, place: str) -> None:
    primary = only(text).primary_toponym
    assert primary is not None and primary.text == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two rockets landed inside Mission Support Site Green Village overnight.", "Mission Support Site Green Village"),
        ("A drone was downed near Patrol Base Abu Rasin West on Sunday.", "Patrol Base Abu Rasin West"),
        ("Gunmen fired at Forward Operating Base Tal Baydar East late on Friday.", "Forward Operating Base Tal Baydar East"),
    ],
)
def test_a_military_post_name_is_read_past_its_kind(text: str, place: str) -> None:
    # the kind of the post ("Mission Support Site") takes three of a name's four words: the post's own name is read in
    # full after it, not cut ("Mission Support Site Green" names nothing)
    places = find_places(text, find_governorates(text))
    assert [p.text for p in places] == [place]


def test_military_posts_listed_after_a_noun_are_places() -> None:
    # no word of place before them ("two bases, A and B"): the post's kind says they are places; in a headline in title
    # case, whose common words are read lower case, the post's own name is read as written
    text = "Militants shelled two coalition bases, Patrol Base Tal Baydar and Mission Support Site Red Village, at dawn."
    assert [(p.text, p.role) for p in find_places(text, find_governorates(text))] == [
        ("Patrol Base Tal Baydar", "primary"), ("Mission Support Site Red Village", "reference")]
    headline = "Mortars Strike Mission Support Site Green Village In Eastern Syria"
    assert [p.text.lower() for p in find_places(headline, find_governorates(headline))] == [
        "mission support site green village"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # no post kind: the four-word reach and the list reading stay as they were
        ("Shells fell in Tal Baydar, Abu Rasin and Tal Tamr on Monday.", ["Tal Baydar", "Abu Rasin", "Tal Tamr"]),
        ("A fire broke out in the Roj camp near al-Malikiyah.", ["Roj", "al-Malikiyah"]),
    ],
)
def test_names_without_a_post_kind_are_read_as_before(text: str, names: list[str]) -> None:
    assert [p.text for p in find_places(text, find_governorates(text))] == names


def test_a_military_post_named_after_a_compound_is_placed_at_it() -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer
    from mapapp.pipeline import process_document

    text = "Militia fighters launched three rockets toward Mission Support Site Green Village late Tuesday, causing no damage."
    found = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    assert len(found) == 1 and found[0].location is not None and found[0].location.place is not None
    assert found[0].location.place.name == "Green Village" and found[0].location.place.admin1 == "Deir ez-Zor"


def _names(text: str) -> list[str]:
    return [p.text for p in find_places(text, find_governorates(text))]


def test_a_headline_with_lower_case_function_words_is_read_as_title_case() -> None:
    # title case keeps "by", "a", "in" and name particles in lower case: under three in four words are capitalised,
    # still a headline, its common words lowered (so never read as a place)
    headline = "Two Boys Wounded by a Shell in a Farm of Tal Baydar Countryside"
    assert _title_case_decapitalised(headline) == "two Boys wounded by a shell in a Farm of Tal Baydar countryside"


def test_a_clause_of_names_with_one_lower_case_verb_is_prose() -> None:
    # one lower-case verb among names: prose, whose capitalised settlement words belong to the names
    clause = "Shelling hit Al-Hol Camp and Tishreen Dam."
    assert _title_case_decapitalised(clause) == clause
    assert _names(clause) == ["Al-Hol Camp", "Tishreen Dam"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Gunmen opened fire in Tal Hamis Friday night.", ["Tal Hamis"]),  # a weekday glued to the name
        ("Rockets fell in Tal Tamr September last year.", ["Tal Tamr"]),  # a month glued to the name
        ("A bomb went off at the Amuda Asayish post.", ["Amuda"]),  # a party's name after the town of its branch
    ],
)
def test_a_time_or_party_word_after_a_name_is_trimmed(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck the Kurdish-populated town near the border.",
        "Mortars hit an Arab-majority village before dawn.",
    ],
)
def test_who_lives_in_a_place_is_no_place_name(text: str) -> None:
    assert _names(text) == []


def test_a_sentence_adverb_opening_a_list_of_villages_is_no_place() -> None:
    assert _names("Moreover, Tal Baydar and Abu Rasin villages were shelled.") == ["Tal Baydar", "Abu Rasin"]


def test_tribal_opening_a_group_in_a_headline_is_no_place() -> None:
    assert _names("Clashes Between Army and Tribal Fighters Near Diban") == ["Diban"]


def test_a_page_date_label_before_a_title_case_headline_does_not_hide_it() -> None:
    # a stored page's "date <ISO>" label runs into its headline: the label is furniture, the rest still a headline
    headline = "date 2019-03-02 At Least Four Shepherds Killed in Shelling of Tal Baydar"
    assert _title_case_decapitalised(headline).startswith("date 2019-03-02 at least four ")
    assert _names(headline) == ["Tal Baydar"]
    prose = "date 2019-03-02 Gunmen shot a shepherd near Tal Baydar on Monday."
    assert _title_case_decapitalised(prose) == prose
