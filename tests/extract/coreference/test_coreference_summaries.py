"""Summaries and waves (:mod:`mapapp.extract.coreference.summaries`): summaries, headlines, unplaced references."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.extract.lexicon import normalize_place
from mapapp.model import Document, EventType
from tests.extract.reading import incidents


def test_headline_listing_two_events_is_a_summary() -> None:
    text = (
        "Strikes kill six in Hajin, bomb kills two in Shadadi\n\n"
        "Jets struck houses in Hajin on Monday, killing six people.\n"
        "A roadside bomb killed two soldiers in Shadadi on Tuesday."
    )
    found = incidents(text)
    assert sorted(i.primary_toponym.text for i in found) == ["Hajin", "Shadadi"]


def test_an_unplaced_wave_without_toll_refers_to_the_located_incidents() -> None:
    text = (
        "Cells attacked an army post near Kabajeb on Monday, killing nine soldiers. "
        "The group also launched a wave of suicide bombings overnight as part of its offensive."
    )
    found = incidents(text)
    assert [i.primary_toponym.text for i in found] == ["Kabajeb"]


def test_an_unplaced_incident_with_a_toll_is_kept() -> None:
    text = (
        "Cells attacked an army post near Kabajeb on Monday, killing nine soldiers. "
        "Separately, a suicide bomber killed four guards on Tuesday, the monitor said."
    )
    assert len(incidents(text)) == 2


def test_unplaced_lede_toll_summing_placed_reports_is_not_an_incident() -> None:
    text = (
        "Shelling by government forces killed six civilians in eastern Syria on Sunday, a monitor said.\n\n"
        "Four were killed by artillery fire on the village of Gharanij.\n\n"
        "Two more died when shells hit a market in the town of Hajin."
    )
    found = incidents(text)
    assert sorted(i.primary_toponym.text for i in found if i.primary_toponym) == ["Gharanij", "Hajin"]
    assert len(found) == 2


def test_unplaced_toll_of_another_kind_stays_an_incident() -> None:
    text = (
        "A car bomb killed five people in north-east Syria on Sunday.\n\n"
        "Separately, warplanes struck the village of Gharanij on Monday, killing two civilians."
    )
    assert len(incidents(text)) == 2


def test_a_release_strike_dated_in_a_part_of_syria_is_an_incident_beside_the_placed_raid() -> None:
    text = (
        "Coalition forces and the SDF conducted a raid in Deir ez-Zor province on May 3, detaining two ISIS members.\n"
        "On May 1, coalition forces conducted an airstrike in eastern Syria against an ISIS leader."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 4)))
    assert [i.event_type for i in found] == [EventType.RAID, EventType.AIRSTRIKE]
    assert found[1].date is not None and found[1].date.value == datetime.date(2023, 5, 1)
    # a news report's region beside another statement is no release strike
    text = (
        "Fighters waged battles near a prison in northeast Syria on Sunday, the group said.\n"
        "Gunmen killed two guards in Hasakah city on Monday."
    )
    assert len(rule_incidents(Document(text=text, published=datetime.date(2023, 5, 4)))) == 1


def test_a_headline_of_two_places_does_not_swallow_the_second_part_of_a_listed_strike() -> None:
    text = (
        "US strikes on militia sites in Albukamal and Mayadin\n\n"
        "American jets struck a camp of the militias in the Hizam area of Albukamal and a depot near the Mayadin stadium."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 11, 13)))
    assert [i.toponyms[0].span.text for i in found] == ["Hizam", "Mayadin"]


def test_a_headline_whose_toll_sums_several_reports_is_no_part_of_the_first() -> None:
    text = (
        "Strikes Kill 37 Militants in Syria\n\n"
        "On Sept. 22, U.S. forces carried out a strike in eastern Syria that killed seven militants. "
        "On Sept. 16, U.S. forces conducted an air strike on a camp in central Syria, killing 28 militants."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 9, 30)))
    assert [f.killed.low for f in found if f.killed is not None] == [7, 28]
    assert all("Kill 37" not in " ".join(s.text for s in f.evidence) for f in found)


def test_a_sentence_counting_the_events_told_one_by_one_after_it_is_no_incident_of_its_own() -> None:
    found = incidents(
        "Turkish drones carried out three attacks near Amuda and Tirbespi on Monday. "
        "One of them struck a car in the village of Kherbet Amo, killing a man. "
        "The second struck a house near Tirbespi, wounding two. "
        "The third targeted a field outside Amuda without causing casualties."
    )
    assert len(found) == 3
    # the events counted take the summary's kind, agent and day where they tell none
    assert {i.event_type.value for i in found} == {"drone_strike"}
    assert {i.actor for i in found} == {"Turkish forces"}
    assert {i.date.value for i in found} == {datetime.date(2024, 5, 6)}


def test_a_count_of_more_events_than_told_or_a_summary_that_is_the_first_event_stays() -> None:
    # twelve strikes counted, two told after: the count is one incident of its own
    assert len(incidents(
        "Coalition jets carried out 12 strikes on Hajin on Monday. A strike hit a depot in Sousa, killing two. "
        "Another strike hit a car near Shaafa."
    )) == 3
    # the count's own sentence went on with the first of the two events: it is that event
    found = incidents(
        "Gunmen killed two guards in two separate attacks in the province on Sunday. "
        "The first attack, on a post in Jadid Ekeidat, killed one guard. "
        "In the second attack, gunmen shot a guard near Tayyana."
    )
    assert len(found) >= 2


def test_an_offensives_launch_is_no_incident_beside_the_fighting_told_next() -> None:
    found = incidents(
        "Army units on Friday launched the battle to retake the village of Kasra from the militants. Clashes broke out "
        "at dawn around Kasra, the army said."
    )
    assert len(found) == 1 and "Clashes" in found[0].evidence[0].text


@pytest.mark.parametrize(
    "text",
    [
        # told alone: the launch is the account of the fight
        "Army units on Friday launched the battle to retake the village of Kasra from the militants.",
        # followed by an event of another kind only
        (
            "Army units on Friday launched the battle to retake the village of Kasra. On Sunday, a car bomb hit their "
            "post near Kasra, killing two soldiers."
        ),
    ],
)
def test_a_launch_told_alone_or_before_another_kind_of_event_stays(text: str) -> None:
    assert any(i.event_type is EventType.ARMED_CLASH for i in incidents(text))


@pytest.mark.parametrize(
    "text",
    [
        (
            "Army units on Friday launched the battle to retake the village of Kasra from the militants. Separately, "
            "tribal gunmen clashed with the police in Tabia on Saturday."
        ),
        (
            "The Syrian army on Friday launched the battle to retake the village of Kasra from ISIS. Two days later, "
            "Turkish-backed factions attacked SDF posts near Jazra."
        ),
    ],
)
def test_a_launch_followed_by_a_separate_fight_or_one_of_other_parties_stays(text: str) -> None:
    assert [len(i.evidence) for i in incidents(text) if "launched" in i.evidence[0].text] == [1]


def test_a_headline_listing_two_places_sums_up_the_body_reports_told_place_by_place() -> None:
    # the headline lists two places: the body's report at the second, told after the first's, is its own incident
    text = (
        "Turkish escalation | Turkish forces shell villages near Ain Issa and Tal Abyad\n\n"
        "Turkish forces pounded the villages of Saida and Mushairfa near Ain Issa on Sunday with mortars, causing damage.\n\n"
        "Also, Turkish forces shelled the outskirts of Tal Abyad."
    )
    found = incidents(text)
    assert [i.toponyms[0].text for i in found] == ["Saida", "Tal Abyad"]
    assert all(i.evidence[0].start > 0 for i in found)  # the summary is no report's evidence


def test_the_body_first_report_does_not_take_a_headline_of_two_places() -> None:
    text = (
        "Turkish attacks on Amuda and Derbasiyah countryside\n\n"
        "Turkish forces shelled on Friday the villages of Kherbet Amo and Tal Shair in the Amuda countryside.\n\n"
        "Near the village of Qasr Dib in the Amuda countryside, a Turkish drone hit a motorbike, wounding the rider."
    )
    found = incidents(text)
    assert len(found) == 2
    assert found[0].evidence[0].start == text.index("Turkish forces shelled")


@pytest.mark.parametrize(
    "text",
    [
        "Turkish drone kills two in Amuda\n\nA Turkish drone struck a car in Amuda on Monday, killing two.",  # one place
        # the ends of one road
        "Turkish drone hits car on road between Amuda and Derbasiyah\n\n"
        "On Monday a Turkish drone hit a vehicle on the road between Amuda and Derbasiyah, killing two.",
        "Turkish drone hits car on the road linking Amuda and Derbasiyah\n\n"
        "On Monday a Turkish drone hit a vehicle on the road near Amuda, killing two.",
        # a second place that locates the first
        "Turkish drone hits car in Amuda, near Derbasiyah\n\nA Turkish drone struck a car in Amuda on Monday, killing two.",
    ],
)
def test_a_headline_of_one_scene_is_continued_by_the_body(text: str) -> None:
    found = incidents(text)
    assert len(found) == 1
    assert found[0].evidence[0].start == 0  # the headline and the body: one incident


_WAVE = (
    "Clashes between the SDF and clan fighters spread across eastern Deir ez-Zor\n\nFighting between the SDF and clan "
    "fighters spread on Tuesday to more towns in eastern Deir ez-Zor, residents said."
)


def test_a_wave_of_fighting_over_a_region_before_its_placed_fights_is_no_incident_of_its_own() -> None:
    # (gunmen seizing a party's post: an attack on an armed party, an armed_clash, docs/gold-format.md)
    found = rule_incidents(Document(text=_WAVE + " Clan gunmen seized an SDF post in Shuhail on Tuesday."))
    assert [(i.event_type.value, i.primary_toponym.text) for i in found] == [("armed_clash", "Shuhail")]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # no placed fight after the wave: the wave is the article's incident
        ("", [("armed_clash", "Deir ez-Zor")]),
        # a placed fight in another governorate is no part of it
        (
            " In Raqqa province, gunmen attacked an SDF post in Karama on Tuesday.",
            [("armed_clash", "Deir ez-Zor"), ("armed_clash", "Karama")],
        ),
    ],
)
def test_a_wave_of_fighting_with_no_placed_fight_of_its_own_stays(after: str, expected: list) -> None:
    found = rule_incidents(Document(text=_WAVE + after))
    assert [(i.event_type.value, i.primary_toponym.text) for i in found] == expected


def test_a_title_naming_a_town_over_a_wave_told_in_the_lede_is_no_incident_of_its_own() -> None:
    # the title names the area the lede's wave sums up; the fights placed after it are the incidents
    text = (
        "Clan fighters and SDF clash again near Busayrah\n\nFighting between clan fighters and the SDF spread on "
        "Tuesday to more villages in the eastern countryside, residents said. Clan gunmen seized an SDF post in "
        "Shuhail on Tuesday."
    )
    found = rule_incidents(Document(text=text))
    assert [(i.event_type.value, i.primary_toponym.text) for i in found] == [("armed_clash", "Shuhail")]


def test_a_title_naming_a_town_over_a_lede_placed_there_stays() -> None:
    # the lede tells the fight at the title's town, not a wave: the title and the lede are that town's incident
    text = (
        "Clan fighters and SDF clash again near Busayrah\n\nFighting between clan fighters and the SDF broke out on "
        "Tuesday near Busayrah, residents said. Clan gunmen seized an SDF post in Shuhail on Tuesday."
    )
    found = rule_incidents(Document(text=text))
    assert ("armed_clash", "Busayrah") in [(i.event_type.value, i.primary_toponym.text) for i in found]


def test_a_fight_at_a_named_place_spreading_from_it_stays() -> None:
    text = (
        "Clashes between the SDF and clan fighters spread across eastern Deir ez-Zor\n\nFighting between the SDF and "
        "clan fighters raged on Tuesday in Hajin, residents said. Clan gunmen seized an SDF post in Shuhail on Tuesday."
    )
    found = rule_incidents(Document(text=text))
    assert [(i.event_type.value, i.primary_toponym.text) for i in found] == [("armed_clash", "Hajin"), ("armed_clash", "Shuhail")]


def test_strikes_told_after_a_launch_at_the_place_it_is_aimed_at_are_its_air_side() -> None:
    found = incidents(
        "The SDF on Friday launched an offensive towards the town of Markada. Coalition warplanes struck ISIS positions "
        "around the town, killing 12 militants, a monitor said."
    )
    assert [i.event_type for i in found] == [EventType.AIRSTRIKE]


@pytest.mark.parametrize(
    "text",
    [
        # strikes at another place, or a shelling at another place: the launch stays
        (
            "The SDF on Friday launched an offensive towards the town of Markada. Coalition warplanes struck ISIS "
            "positions near Shaddadi, killing 12 militants, a monitor said."
        ),
        (
            "The SDF on Friday launched an offensive towards the town of Markada. Turkish artillery shelled villages "
            "near Tal Tamr, wounding two civilians."
        ),
        # strikes told as a separate report
        (
            "The SDF on Friday launched an offensive towards the town of Markada. Separately, coalition warplanes "
            "struck ISIS positions around Markada."
        ),
    ],
)
def test_a_launch_followed_by_strikes_elsewhere_or_apart_stays(text: str) -> None:
    assert any(i.event_type is EventType.ARMED_CLASH for i in incidents(text))


_AIR_WAVE = (
    "Turkish jets and drones bombarded oil sites across north-east Syria overnight, cutting power to much of Amuda. "
)
_PLACED_HITS = (
    "A drone struck a fuel depot near Tal Baydar, wounding a guard. Warplanes hit a pumping station in the village of "
    "Khanasir."
)


def test_a_bombardment_over_a_region_before_its_placed_hits_is_no_incident_of_its_own() -> None:
    found = incidents(_AIR_WAVE + _PLACED_HITS)
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Tal Baydar", "Khanasir"]
    assert len(found) == 2


@pytest.mark.parametrize(
    "wave",
    [
        "Turkish jets struck north-east Syria again on Tuesday, cutting power to the town of Amuda. ",
        "Turkish warplanes pounded north-eastern Syria for a third night, killing four fighters in the countryside of Amuda. ",
    ],
)
def test_a_part_of_syria_struck_before_its_placed_hits_is_no_incident_of_its_own(wave: str) -> None:
    found = incidents(wave + _PLACED_HITS)
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Tal Baydar", "Khanasir"]
    assert len(found) == 2


@pytest.mark.parametrize(
    "wave",
    [
        # several targets struck over countrysides only, the second town of "the countryside of A and B" included
        "Turkish jets bombed fuel and power installations in the countryside of Amuda and Darbasiyah on Monday. ",
        "Turkish jets launched a fresh wave of strikes on sites in the Amuda countryside overnight. ",
        # a wave across a region named with its own words, its headline telling only where its effects reached
        "Turkish strikes cut power across Amuda\n\nTurkish drones hit a dozen facilities across the Kurdish-run "
        "region overnight, officials said. ",
    ],
)
def test_a_wave_over_countrysides_or_a_region_before_its_placed_hits_is_no_incident_of_its_own(wave: str) -> None:
    found = incidents(wave + _PLACED_HITS)
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Tal Baydar", "Khanasir"]
    assert len(found) == 2


@pytest.mark.parametrize(
    "wave",
    [
        # one target struck in a countryside: a strike of its own
        "Turkish warplanes struck a gas plant in the countryside of Amuda on Monday, killing a guard. ",
        # a town struck with the countryside of another
        "Turkish warplanes struck oil facilities in Darbasiyah and the countryside of Amuda on Monday. ",
        # fire across the border region, aimed at the villages it names
        "Turkish guns shelled villages across the border region near Darbasiyah, wounding two. ",
    ],
)
def test_a_strike_on_one_target_or_a_town_or_across_a_border_before_placed_hits_stays(wave: str) -> None:
    assert len(incidents(wave + _PLACED_HITS)) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one placed hit only: the wave may be more than that hit
        (_AIR_WAVE + "A drone struck a fuel depot near Tal Baydar, wounding a guard.", ["Amuda", "Tal Baydar"]),
        # a town struck before the region is told: the wave is that town's
        (
            "Turkish drones bombarded a power plant in Amuda and oil sites across north-east Syria overnight, killing "
            "two. " + _PLACED_HITS,
            ["Amuda", "Tal Baydar", "Khanasir"],
        ),
        # the wave continued by a hit of the next sentence is that hit
        (
            "Overnight, Turkish warplanes launched a wave of strikes across northern Syria, officials said. Near "
            "Amuda, jets struck a water station in the village of Khanasir. Another strike hit an SDF post near Tal "
            "Baydar. A third strike hit a silo near Zirgan.",
            ["Khanasir", "Tal Baydar", "Zirgan"],
        ),
        # a town the wave's sentence tells it hit after the region: that town's strike
        (
            "Turkish jets struck across north-east Syria overnight, hitting an oil field in Amuda and killing two "
            "guards. " + _PLACED_HITS,
            ["Amuda", "Tal Baydar", "Khanasir"],
        ),
        # the placed hits of another party are no part of the wave
        (
            "Turkish drones pounded targets across north-east Syria overnight, cutting power to much of Amuda. "
            "Russian jets struck a fuel depot near Tal Baydar. Russian helicopters hit a pumping station in the "
            "village of Khanasir.",
            ["Amuda", "Tal Baydar", "Khanasir"],
        ),
        # a wave of another day than the placed hits is an incident of its own
        (
            "Turkish jets pounded targets across north-east Syria on Monday, cutting power to much of Amuda. On "
            "Thursday a drone struck a fuel depot near Tal Baydar. Later on Thursday warplanes hit a pumping station "
            "in the village of Khanasir.",
            ["Amuda", "Tal Baydar", "Khanasir"],
        ),
        # fire across a river is aimed at the places it names, no region
        (
            "Government guns shelled villages across the Euphrates from Mayadin overnight, wounding a woman in "
            "Thiban. " + _PLACED_HITS,
            ["Thiban", "Tal Baydar", "Khanasir"],
        ),
    ],
)
def test_a_bombardment_of_its_own_place_or_with_one_hit_after_it_stays(text: str, expected: list[str]) -> None:
    assert [i.primary_toponym.text for i in incidents(text) if i.primary_toponym] == expected



_AIR_HEADLINE = "Jets bomb militia depots near Mayadin\n\n"
_AIR_LEDE = "Unknown jets launched a series of raids on militia depots in the countryside of Mayadin late on Friday, local sources said. "
_AIR_HITS = "The strikes hit an arms store in the Um Kahf area and a truck in the town of Sfeira, the sources said."
_FIGHT_LEDE = (
    "Gunmen attack army posts near Mayadin\n\nGunmen attacked army posts in the countryside of Mayadin on Friday, "
    "local sources said. "
)
_FIGHT_HITS = "Gunmen attacked a checkpoint in the village of Um Kahf. Gunmen also attacked a post in the village of Sfeira."


@pytest.mark.parametrize(
    "text",
    [
        # a headline telling the strikes only near a town whose countryside the lede names, before two placed hits
        _AIR_HEADLINE + _AIR_LEDE + _AIR_HITS,
        # the same of a ground party's attacks on posts
        _FIGHT_LEDE + _FIGHT_HITS,
    ],
)
def test_a_summary_told_at_area_level_before_two_placed_hits_is_no_incident_of_its_own(text: str) -> None:
    found = incidents(text)
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Um Kahf", "Sfeira"]
    assert len(found) == 2


@pytest.mark.parametrize(
    "text",
    [
        # one placed hit only after the summary
        _FIGHT_LEDE + "Gunmen attacked a checkpoint in the village of Um Kahf.",
        # a toll of its own, not the sum of the hits'
        _FIGHT_LEDE.replace("on Friday,", "on Friday, killing seven soldiers,") + _FIGHT_HITS,
        # hits of another day
        _FIGHT_LEDE
        + "On Monday gunmen attacked a checkpoint in the village of Um Kahf. On Monday gunmen also attacked a post in "
        "the village of Sfeira.",
        # hits of another kind: drone strikes after a ground attack
        _FIGHT_LEDE
        + "A drone struck a checkpoint in the village of Um Kahf. A drone also hit a car in the village of Sfeira.",
        # a town the headline tells the events only near, with no area of it told: a place of its own
        "Gunmen attack army posts near Mayadin\n\nGunmen attacked army posts near Mayadin on Friday, local sources "
        "said. " + _FIGHT_HITS,
    ],
)
def test_an_area_summary_with_one_hit_a_toll_of_its_own_or_other_events_after_it_stays(text: str) -> None:
    found = incidents(text)
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text in ("Mayadin", "the countryside of Mayadin")


def test_release_lines_each_near_a_town_are_parallel_events_not_a_summary_and_its_hits() -> None:
    text = (
        "Near Raqqa, four strikes engaged two tactical units. Near Tabqa, two strikes destroyed a vehicle. Near "
        "Shaddadi, one strike destroyed a fighting position."
    )
    assert [i.primary_toponym.text for i in incidents(text) if i.primary_toponym] == ["Raqqa", "Tabqa", "Shaddadi"]


_NEAR_A_CITY_LEDE = "Russian jets struck rebel-held areas in eastern Syria on Monday, hitting a depot near Raqqa, activists said. "


def test_a_lede_near_a_governorates_city_before_listed_hits_is_no_incident_even_if_the_list_ends_in_another_province() -> (
    None
):
    # the province told for the list's last item is not the governorate of the items before it
    text = _NEAR_A_CITY_LEDE + (
        "Later, strikes hit the Jurn fuel station and a bakery near the town of Suluk and a bridge near Manbij in "
        "Aleppo province."
    )
    assert [i.primary_toponym.text for i in incidents(text) if i.primary_toponym] == ["Jurn", "Suluk", "Manbij"]


def test_a_lede_near_a_governorates_city_before_hits_told_in_another_province_stays() -> None:
    text = _NEAR_A_CITY_LEDE + (
        "Later, a strike hit a fuel depot in Kaljibrin village in Aleppo province. Another strike hit a "
        "bakery in the village of Tal Jijan in Aleppo province."
    )
    assert [i.primary_toponym.text for i in incidents(text) if i.primary_toponym][0] == "Raqqa"


@pytest.mark.parametrize(
    "text, places",
    [
        # a ministry's release: a zone-level lead, then the same fire placed at two towns
        (
            "Turkish troops neutralized five YPG militants who fired on their posts in the Operation Peace Spring "
            "region, the Defence Ministry said on Wednesday. In this context, three militants were neutralized by "
            "drones near Suluk and two by artillery in the Ain Issa area.",
            ["Ain Issa", "Suluk"],
        ),
        # a wire lede over the zone, the body at one town (its toll of the wounded folds in)
        (
            "A YPG attack on the Peace Spring zone wounded three civilians, sources said Tuesday. Militants shelled "
            "the town of Suluk from their positions on Monday night, killing a boy.",
            ["Suluk"],
        ),
    ],
)
def test_a_lead_told_over_an_operation_zone_folds_into_the_towns_the_body_places(text: str, places: list[str]) -> None:
    found = incidents(text)
    assert sorted(i.primary_toponym.text for i in found) == places


def test_a_folded_zone_lead_gives_its_figures_to_its_only_body_event() -> None:
    text = (
        "A YPG attack on the Peace Spring zone wounded three civilians, sources said Tuesday. Militants shelled "
        "the town of Suluk from their positions on Monday night, killing a boy."
    )
    (found,) = incidents(text)
    assert found.injured is not None and found.injured.low == 3


@pytest.mark.parametrize(
    "text",
    [
        # the body's event told apart
        "Turkish forces neutralized six militants in the Peace Spring zone, the ministry said on Thursday. "
        "Separately, gunmen shot dead a teacher in Ras al-Ain.",
        # the body's event on another day
        "Turkish forces neutralized six militants in the Peace Spring zone on Thursday, the ministry said. "
        "On Tuesday, militants shelled the village of Umm Harmala, wounding two.",
        # a bomb is an event of its own, not the zone's fire placed
        "Turkish forces neutralized six militants in the Peace Spring zone on Thursday, the ministry said. "
        "A car bomb exploded in Suluk on Thursday, killing three civilians.",
        # the body tells the answer to the fire the lead tells: two events
        "Harassing fire was opened on our post in the Peace Spring region. The fire was answered at once and three "
        "militants were neutralized by our artillery near Suluk.",
        # the body tells one more event ("In addition")
        "Twenty militants were neutralized in the Peace Spring region on Sunday. In addition, a depot in the "
        "Derbasiyah region was destroyed by an air strike.",
        # one body event with a toll of its own
        "Harassing fire was opened on our post in the Peace Spring region, and six militants were neutralized. In "
        "the attack on our patrol near Jarablus on 3 March, one of our soldiers was killed.",
    ],
)
def test_a_zone_lead_with_another_event_after_it_stays_an_incident(text: str) -> None:
    found = incidents(text)
    assert len(found) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a ministry's release, then the other side's fire at a town, not worded as an answer: two events
        "Turkish forces neutralized five PKK/YPG terrorists in the Peace Spring zone, the National Defence Ministry "
        "said on Monday. YPG militants shelled the town of Tal Abyad, wounding two civilians.",
        # a Kurdish outlet's bulletin: the body's shelling told as what came after the zone's strikes
        "Turkish drones struck the Peace Spring area on Friday, a Kurdish outlet reported. Later, Turkish artillery "
        "shelled the village of Zarkan, killing a woman.",
    ],
)
def test_a_zone_lead_followed_by_another_sides_or_a_later_event_stays_an_incident(text: str) -> None:
    assert len(incidents(text)) == 2


def test_a_zone_lead_whose_toll_the_body_events_do_not_add_up_to_stays_an_incident() -> None:
    # a wire story: two events placed at towns, whose dead together (three) are not the lead's six
    text = (
        "Turkish troops neutralized six militants in the Peace Spring zone on Wednesday, Ankara said. Turkish drones "
        "killed two civilians in Kobani on Wednesday. Artillery shelling killed a shepherd near Tal Tamr on Wednesday."
    )
    found = incidents(text)
    assert len(found) == 3
    assert sorted(i.killed.low for i in found if i.killed is not None) == [1, 2, 6]


def test_a_zone_lead_folded_into_several_body_events_gives_them_its_agent() -> None:
    # a ministry's release: the lead names who fired, the two towns' reports do not
    text = (
        "Turkish troops neutralized five militants in the Peace Spring zone on Wednesday. Drones killed three "
        "militants near Suluk. Artillery killed two militants near Ain Issa."
    )
    found = incidents(text)
    assert sorted(i.primary_toponym.text for i in found if i.primary_toponym) == ["Ain Issa", "Suluk"]
    assert [i.actor for i in found] == ["Turkish forces", "Turkish forces"]


_GUARD_HEADLINE_AND_LEDE = (
    "Oil company guard killed at Al-Sabha, Deir ez-Zor countryside\n\n"
    "Deir ez-Zor, (XN)- One guard of the oil company has been killed at Al-Sabha, a town in the countryside.\n\n"
)


def test_a_headline_and_its_lede_fold_into_the_body_report_of_their_event() -> None:
    text = (
        _GUARD_HEADLINE_AND_LEDE + "Residents told reporters that a company guard was killed after unknown men shot him near "
        "the mill of Sabha, a village that has seen protests."
    )
    found = incidents(text)
    assert len(found) == 1
    # (one place however spelt: the body's account may be folded into the lede's incident, which keeps its spelling)
    assert found[0].primary_toponym is not None and normalize_place(found[0].primary_toponym.text) == "sabha"
    assert found[0].killed is not None and found[0].killed.low == 1


def test_a_report_told_as_the_day_before_is_no_retelling_of_the_headline() -> None:
    text = (
        _GUARD_HEADLINE_AND_LEDE + "Yesterday, residents told reporters that a company guard was killed after unknown men "
        "shot him near the mill of Sabha, a village that has seen protests."
    )
    assert len(incidents(text)) == 2


@pytest.mark.parametrize(
    "past_report",
    [
        "Last month, masked men shot dead a company guard near Sabha.",  # the month before: no day given
        "In March, masked men shot dead a company guard near the Sabha mill.",  # a month, not a day
        "Some weeks ago, masked men shot dead a company guard near Sabha.",
        "Masked men shot dead a company guard near Sabha last week.",
        "A week before, masked men shot dead a company guard near Sabha.",
        "Before that, masked men shot dead a company guard near Sabha.",
        "A similar attack by masked men killed a company guard near Sabha.",  # a like event, not the same
    ],
)
def test_a_report_told_at_another_time_or_as_a_like_event_is_no_retelling_of_the_headline(past_report: str) -> None:
    text = _GUARD_HEADLINE_AND_LEDE + "The company closed the mill.\n\n" + past_report
    assert len(incidents(text)) == 2


@pytest.mark.parametrize(
    "recalled",
    [
        "On 2 April, one more Turkish drone struck and killed a group commander.",  # a month and day of its own
        "Last Friday, the Kurdish fighters in the hills were hit by Turkish drones.",  # "last <weekday>"
    ],
)
def test_an_unplaced_event_told_on_a_day_of_its_own_is_no_reference_to_the_placed_one(recalled: str) -> None:
    text = (
        "A Turkish drone struck a car near Amuda on 20 April, killing two fighters.\n"
        f"{recalled}"
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 4, 21)))
    assert [i.event_type for i in found] == [EventType.DRONE_STRIKE, EventType.DRONE_STRIKE]


@pytest.mark.parametrize(
    "retold",
    [
        "On Thursday, Turkish drones also struck the fighters of the group.",  # a bare weekday: the news day
        "On 20 April, Turkish drones struck the fighters of the group.",  # the placed strike's own day
        "On 21 April, Turkish drones struck the fighters of the group.",  # the report's own day
    ],
)
def test_an_unplaced_event_told_on_the_news_day_still_refers_to_the_placed_one(retold: str) -> None:
    text = (
        "A Turkish drone struck a car near Amuda on 20 April, killing two fighters.\n"
        f"{retold}"
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 4, 21)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Amuda"]
    assert len(found) == 1

_LEDE_TOLL = "Security forces neutralized four militants attempting to infiltrate the zone, the ministry said on Sunday.\n\n"
_LEDE_WHERE = "Having tried to stir trouble in the Peace Spring zone, the militants were neutralized by the forces."


@pytest.mark.parametrize(
    "between",
    [
        "The ministry gave no further details.\n\n",
        "The figure was posted on its website.\n\n",
    ],
)
def test_an_unplaced_lede_toll_goes_to_the_one_report_that_places_it(between: str) -> None:
    # the lede tells the who and the toll, the next lines the where: the placed report is that event
    found = incidents(_LEDE_TOLL + between + _LEDE_WHERE)
    assert len(found) == 1
    assert found[0].killed is not None and (found[0].killed.low, found[0].killed.high) == (4, 4)


def test_an_unplaced_lede_toll_is_not_handed_to_a_report_told_further_on() -> None:
    # (the placed report opens four sentences after the toll: an event of its own, not the lede's where)
    between = "The ministry gave no further details.\n\nIt did not name the unit.\n\nNo date was given.\n\n"
    found = incidents(_LEDE_TOLL + between + _LEDE_WHERE)
    assert all(i.killed is None for i in found if i.primary_toponym is not None)


def test_a_body_report_at_a_capital_is_not_the_telling_of_a_headline_at_a_covered_town() -> None:
    # a roundup: the headline and lede tell a car bomb in Raqqa, the one later report of a blast is in Baghdad
    text = (
        "Islamic State says it hit Raqqa with a car bomb\n\n"
        "A car bomb went off beside an army post in Raqqa on Sunday, a monitor said, and the group claimed it.\n\n"
        "A blast in western Baghdad's Mansour district killed two shoppers on Sunday."
    )
    found = incidents(text)
    places = sorted(normalize_place(i.primary_toponym.text) for i in found if i.primary_toponym is not None)
    assert len(found) == 2 and "raqqa" in places, [(i.event_type, i.toponyms) for i in found]
