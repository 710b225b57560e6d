"""Separate events (:mod:`mapapp.extract.coreference.separate_events`): the cues of one more event."""

from __future__ import annotations

import datetime
import re

import pytest

from tests.extract.reading import rule_incidents
from mapapp.extract.coreference.compatibility import ALSO_CUE
from mapapp.model import Document, EventType
from tests.extract.reading import incidents


def test_a_second_strike_on_a_post_after_a_quote_is_one_more_drone_strike() -> None:
    text = (
        "Two guards died on Friday when a Turkish drone hit their car near Kharab Ashk.\n\n"
        '"The occupation continues its attacks on our people," the administration said.\n\n'
        "Hours later, a second strike hit a checkpoint of the Asayish near Tal Ward, wounding two."
    )
    found = {t.text: i for i in rule_incidents(Document(text=text, published=datetime.date(2024, 3, 9))) for t in i.toponyms}
    assert (found["Tal Ward"].event_type, found["Tal Ward"].actor) == (EventType.DRONE_STRIKE, "Turkish forces")


def test_a_further_strike_told_with_also_at_a_new_place_is_an_incident_of_the_series() -> None:
    text = "Coalition jets bombed a school in Tabqa on Monday, killing four. Also targeted the Jurn village west of the town."
    found = rule_incidents(Document(text=text, published=datetime.date(2017, 4, 4)))
    assert [(i.toponyms[0].span.text, i.event_type, i.actor) for i in found] == [
        ("Tabqa", EventType.AIRSTRIKE, "US-led coalition"),
        ("Jurn", EventType.AIRSTRIKE, "US-led coalition"),
    ]
    # another party with "also": its own actor and kind
    text = "Regime forces shelled Al-Marashida. The SDF artillery also shelled Al-Tayyana."
    found = rule_incidents(Document(text=text, published=datetime.date(2019, 6, 1)))
    assert [(i.toponyms[0].span.text, i.actor) for i in found] == [("Al-Marashida", "Syrian army"), ("Al-Tayyana", "SDF")]
    # the same place told again with "also" adds to the incident
    text = "Coalition jets bombed a school in Tabqa on Monday, killing four. A mosque in Tabqa was also struck."
    assert len(rule_incidents(Document(text=text, published=datetime.date(2017, 4, 4)))) == 1


def test_known_agents_acting_at_a_new_place_are_a_further_event() -> None:
    published = datetime.date(2025, 1, 3)
    text = "Update\n\nA drone bombed a house in Kherbet Khaled on Monday, killing two children.\n\nLast week the same drones hit a truck in Hisha."
    assert [i.toponyms[0].span.text for i in rule_incidents(Document(text=text, published=published))] == [
        "Kherbet Khaled",
        "Hisha",
    ]
    text = "Update\n\nTurkish warplanes bombed Derik on Sunday, killing a guard. In Kobani, the warplanes struck a road."
    assert len(rule_incidents(Document(text=text, published=published))) == 2
    # the one drone of the event told, placed more closely, is that event
    text = "Update\n\nA drone strike killed three fighters near Qamishli on Monday. The drone struck their car near Tal Shaeer."
    assert len(rule_incidents(Document(text=text, published=published))) == 1


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Regime artillery shelled Tal Shaeer on Friday, killing a farmer. "
            "In the Sabkha countryside, the shelling targeted Rahbi village.",
            ["Tal Shaeer", "Rahbi"],
        ),
        (
            "Turkish guns shelled Zarkan in the morning. The shelling also hit the villages of Dardara and Qasimiya, "
            "damaging homes.",
            ["Zarkan", "Dardara"],
        ),
        # the event named after a preposition, or as the subject of no verb of hitting, refers back
        ("Regime artillery shelled Tal Shaeer on Friday, killing a farmer. Residents fled Rahbi after the shelling.", ["Tal Shaeer"]),
        ("Regime artillery shelled Tal Shaeer on Friday, killing a farmer. The shelling was the heaviest in weeks.", ["Tal Shaeer"]),
        # hitting the place told, or no place named: the event just told
        ("Regime artillery shelled Tal Shaeer on Friday, killing a farmer. The shelling hit Tal Shaeer's market.", ["Tal Shaeer"]),
        (
            "Regime artillery shelled Tal Shaeer on Friday, killing a farmer. The shelling targeted the village again.",
            ["Tal Shaeer"],
        ),
        # the places the event was told at without their names, named now: that event
        (
            "Turkish guns shelled villages near Tal Tamr on Friday, killing a farmer. "
            "The shelling targeted Rahbi and Dardara, local sources said.",
            ["Tal Tamr"],
        ),
    ],
)
def test_the_event_told_hitting_a_new_place_as_its_subject_is_a_further_event(text: str, places: list[str]) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2021, 5, 8)))
    assert [i.toponyms[0].span.text for i in found] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Regime jets bombed Tal Shaeer on Friday, killing a farmer. "
            "The regime helicopters dropped barrels on the village of Rahbi.",
            ["Tal Shaeer", "Rahbi"],
        ),
        # no new place named, or the places the event was told at without their names: the event just told
        ("Regime jets bombed Tal Shaeer on Friday, killing a farmer. The regime helicopters dropped barrels on the village.", ["Tal Shaeer"]),
        (
            "Regime jets bombed villages near Tal Shaeer on Friday, killing a farmer. "
            "The regime helicopters dropped barrels on Rahbi.",
            ["Tal Shaeer"],
        ),
        (
            "Gunmen attacked a checkpoint in Tal Shaeer on Friday, killing a guard. "
            "The attackers fired on the guards with rifles before fleeing.",
            ["Tal Shaeer"],
        ),
        # a passive whose definite word is a place's phrase, not its subject
        (
            "Turkish drones struck a car near Tal Shaeer on Friday, killing two fighters. Moreover, a gunman who fired "
            "on our posts in the Rahbi region was neutralized by our armoured support units.",
            ["Tal Shaeer", "Rahbi"],
        ),
        # a subordinate clause's act frames the event told: no further event
        ("Regime jets bombed Tal Shaeer on Friday, killing a farmer. The raids came as the army advanced on Rahbi.", ["Tal Shaeer"]),
    ],
)
def test_a_verb_told_after_a_definite_subject_at_a_new_place_is_a_further_event(text: str, places: list[str]) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2021, 5, 8)))
    assert [i.toponyms[0].span.text for i in found] == places


def test_a_place_taken_and_the_clashes_there_are_one_battle() -> None:
    text = (
        "Update\n\nSDF fighters have taken full control of the city of Tabqa, the group said on Wednesday. "
        "Around 70 militants surrendered under a deal. Clashes in the city's last pockets on Tuesday killed 13 fighters."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2017, 5, 10)))
    assert [(i.event_type, i.killed.low if i.killed else None) for i in found] == [(EventType.ARMED_CLASH, 13)]
    # clashes at another place are another incident
    text = "Update\n\nThe SDF captured Hajin on Monday. Clashes in Susah on Monday killed five fighters."
    assert len(rule_incidents(Document(text=text, published=datetime.date(2018, 12, 20)))) == 2


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a city named by its governorate's name is its own place, not "the city" just told
        (
            "Turkish-backed rebels captured the town of Jarabulus on Monday. Further south, SDF fighters were battling "
            "ISIS north of the city of Raqqa, a monitor said.",
            "Raqqa",
        ),
        (
            "Turkish-backed rebels seized the town of Jarabulus on Monday. In the east, SDF fighters entered the city of "
            "Deir ez-Zor, and clashed with gunmen near the city's stadium, leaving two dead.",
            "Deir ez-Zor",
        ),
    ],
)
def test_clashes_in_a_city_named_by_its_governorates_name_are_not_the_battle_just_told(text: str, city: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 2)))
    assert [i.toponyms[0].span.text for i in found] == ["Jarabulus", city]


def test_the_city_pointed_at_beside_its_province_is_still_the_battle_just_told() -> None:
    # a province named in the clause is no city of its own: "the town's" is still the one just taken
    text = (
        "The SDF seized Markada on Sunday. Fighting in the town's western streets in Hasakah province killed 6 "
        "gunmen."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 2)))
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 6


def test_a_city_named_bare_by_its_governorates_name_is_its_own_place() -> None:
    # "Hasakah" read at governorate level, no province word: the city entered, and "the city's" is that one
    text = (
        "The SDF seized Markada on Sunday. In the east, SDF fighters moved into Hasakah after troops withdrew, and a "
        "monitor said they clashed with gunmen near the city's stadium, leaving two dead."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 2)))
    assert [i.toponyms[0].span.text for i in found] == ["Markada", "Hasakah"]


def test_one_more_strike_told_with_its_day_is_not_a_detail_of_the_last() -> None:
    found = incidents(
        "Coalition warplanes struck the village of Kishma near Hajin, killing 10 civilians. "
        "On Saturday, warplanes bombed the area again."
    )
    assert found[0].date is not None and found[0].date.is_report_date


@pytest.mark.parametrize(
    "text",
    [
        "Coalition jets struck ISIS positions near Hajin on Monday, killing three militants. A second strike, in the "
        "vicinity of Susah, destroyed a weapons depot.",
        "A US strike near Shaddadi destroyed an ISIS vehicle on Oct. 29, killing two. Another strike near Markadah "
        "destroyed a safe house.",
        "A landmine killed a shepherd near Tal Tamr on Sunday. Another mine exploded days earlier on the outskirts of "
        "Umm Kaif, wounding a boy.",
        # a campaign told with its agent and day, then its strikes at places
        "Turkish warplanes struck dozens of targets in northern Syria early on Sunday, the SDF said. In Amuda, strikes "
        "hit a grain silo and a hospital. Near Derbasiyah, jets bombed a power station, killing four guards.",
    ],
)
def test_one_more_event_of_a_series_at_its_own_place_is_its_own_incident(text: str) -> None:
    assert len(incidents(text)) == 2


def test_an_outlet_named_the_new_is_no_cue_of_a_further_event() -> None:
    found = incidents(
        "Mortar shells hit the town of Mohassan on Monday, killing two civilians. Shells fired from the desert fell "
        "on homes in Mohassan, killing two civilians, a source told The New Arab."
    )
    assert len(found) == 1


def test_a_listed_hit_at_a_new_place_is_no_refer_back_when_its_sibling_joins_the_strikes_told() -> None:
    text = (
        "US jets pound militia groups in eastern Syria, scores killed\n\nUS aircraft carried out airstrikes on Saturday "
        "night against militia sites in Deir Ezzor governorate, answering the killing of two US soldiers in Iraq.\n\n"
        "The strikes targeted sites in Maabada city, as well as the Jawadiyah weapons depots west of the river, "
        "according to residents."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 4)))
    primaries = [i.primary_toponym.text for i in found if i.primary_toponym]
    assert "Maabada" in primaries and "Jawadiyah" in primaries


def test_a_listed_hit_is_not_the_event_just_told_retold_through_its_participants() -> None:
    text = (
        "US strikes on militias in Deir Ezzor: what we know\n\nThe US military said its forces struck more than 40 "
        "targets in Iraq and Syria on Saturday night, after a drone attack had killed two US soldiers at a base "
        "in Jordan.\n\nIn the east, the strikes targeted sites of the Iran-backed militias in Maabada, the Khanasir "
        "countryside and the Jawadiyah warehouses west of the city."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 4)))
    primaries = [i.primary_toponym.text for i in found if i.primary_toponym]
    assert "Maabada" in primaries and "Jawadiyah" in primaries
    assert "Khanasir countryside" not in primaries  # a bare region after a target stays with it


# --- "also" giving a place its other name is no cue of a further event ----------------------------------------------


def test_an_account_naming_the_town_by_its_other_name_tells_the_strike_again() -> None:
    found = incidents(
        "A Turkish drone hit a pickup in Derbasiyah on Monday, killing three guards.\n\n"
        "The council said that a drone targeted its guards in Derbasiyah, also known as Dirbesiye, killing three of them."
    )
    assert len(found) == 1


def test_also_telling_one_more_hit_still_tells_a_further_event() -> None:
    found = incidents(
        "A Turkish drone hit a pickup in Derbasiyah on Monday, killing three guards.\n\n"
        "The council said that a drone also targeted a farm in Amuda, killing three shepherds."
    )
    assert len(found) == 2


def test_the_cue_pattern_skips_an_alias_only() -> None:
    cue = re.compile(r"\b" + ALSO_CUE + r"\b", re.IGNORECASE)
    assert cue.search("the town of Amuda, also known as Amude") is None
    assert cue.search("a village, also called Tal Hamis by its people") is None
    assert cue.search("Amuda was also shelled") is not None
