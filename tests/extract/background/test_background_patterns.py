"""Background filter, patterns and events that did not happen: habitual wording, states of affairs, hazards, foiled
attacks, sounds heard.

The rules of :mod:`mapapp.extract.background.patterns`, read through the whole extraction.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import count, evidence_of, read, read_on


@pytest.mark.parametrize(
    "text",
    [
        # habitual wording: "constantly", "continue their attacks"
        "Unexploded mines left by the militants constantly kill shepherds in the desert near Shaddadi.",
        "Cells of the group continue their attacks on army posts near Mayadin even after their defeat in Hajin.",
    ],
)
def test_habitual_wording_is_not_an_incident(text: str) -> None:
    assert count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # a fight or fire kept up for weeks, or grown since an earlier turn of events, with no toll: a state of affairs
        "Fighting has continued for months between the factions and the council near the Jarniyah silos.",
        "Shelling on villages west of Ain Issa has intensified since the collapse of the truce on 4 March.",
        "Clashes around Sabkha have raged for weeks, residents said.",
    ],
)
def test_a_fight_kept_up_over_a_stretch_with_no_toll_is_no_incident(text: str) -> None:
    assert read_on(text, datetime.date(2024, 5, 8)) == []


@pytest.mark.parametrize(
    "text",
    [
        # a fight of some days, a day's fighting, or a stretch told with its toll
        "Clashes have continued for three days near the Jarniyah silos.",
        "Fighting continued on Monday near Sabkha, killing two fighters.",
        "Clashes near Sabkha have continued for weeks, killing 14 fighters, a monitor said.",
        "The SDF resumed its assault on Sousa on Monday, since the fall of Hajin the last town on the river.",
        # kept up since the start of a fight of its own, dated: that fight is the event
        "Fighting around Sabkha has gone on since the launch of the SDF offensive on Sunday, the coalition said.",
    ],
)
def test_a_fight_of_days_or_with_its_toll_stays_an_incident(text: str) -> None:
    assert len(read_on(text, datetime.date(2024, 5, 8))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Police in Tal Hamis foiled an attempt to plant a roadside bomb near the bakery on Sunday.",
        "The Asayish thwarted a suicide attack on a checkpoint at the entrance of Amuda.",
        "Engineers defused an explosive device found near the school in Al-Busayrah on Tuesday.",
        "Security forces said they had prevented a car bomb attack in the market of Shaddadi.",
    ],
)
def test_a_foiled_or_defused_attack_is_not_an_incident(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Loud explosions were heard near a weapons store in the Jazra area on Friday night.",
        "Residents of Al-Asharah heard several blasts after midnight, a local source said.",
    ],
)
def test_explosions_only_heard_are_not_an_incident(text: str) -> None:
    assert read(text) == []


def test_explosions_heard_after_a_strike_leave_the_strike() -> None:
    text = "A drone struck a car near Tal Tamr on Monday, killing two fighters. Explosions were heard across the town."
    incidents = read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.low == 2


def test_attacks_said_to_break_a_truce_are_a_remark() -> None:
    text = (
        "Turkish howitzers shelled the village of Tal Jumaa on Wednesday, wounding a boy. "
        "The bombardment violated the truce agreed in March."
    )
    incidents = read(text)
    assert len(incidents) == 1
    assert "violated" not in evidence_of(incidents[0], text)


def test_strikes_told_as_stepped_up_are_a_trend() -> None:
    assert read("Turkey has intensified drone strikes on the Jazira region since the bombing of its embassy.") == []


def test_the_danger_of_mines_is_no_incident() -> None:
    text = (
        "A mine killed two shepherds near Al-Hol on Saturday. "
        "Herders still graze the steppe every spring despite the danger of mines and ambushes."
    )
    incidents = read(text)
    assert len(incidents) == 1
    assert "danger" not in evidence_of(incidents[0], text)


@pytest.mark.parametrize(
    "text",
    [
        "Teams carried on with the clearing of mines in the old quarter of Tabqa on Thursday.",
        "Large parts of Hajin remain contaminated by war remnants, the agency said.",
        "Shepherds say they cannot graze near Al-Kasrah because of the landmines left behind.",
        # (a device word beside the mines names what is cleared, no blast)
        "Sapper teams started clearing mines and explosive devices along the Hasakah-Shaddadi road, officials said.",
        "Deminers removed landmines and explosives from farmland near Tabqa on Sunday.",
    ],
)
def test_mines_told_as_a_standing_hazard_are_not_an_incident(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A landmine exploded near Al-Kasrah on Monday, a local source said.",
        "A deminer died on Sunday while clearing mines in the fields of Al-Kasrah.",
        "Engineers were clearing mines near Hajin when a device went off, wounding two.",
        "A shepherd was hurt by a mine left behind by ISIS near Tabqa on Friday.",
        "Engineers were clearing mines near Hajin when an explosive device detonated on Tuesday.",
        "A mine and an explosive charge exploded near Tabqa while teams were clearing the road on Monday.",
    ],
)
def test_a_mine_that_went_off_or_harmed_someone_stays_an_incident(text: str) -> None:
    assert len(read(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Tribal fighters declared victory in Hajin on Friday after a five-month battle.",
        "Fighters danced in the square of Hajin on Friday, with commanders saying the battle was over.",
        "Militias declare victory in Hajin; mines and rubble remain",
        "Mines planted by the group still litter the fields of Hajin.",
    ],
)
def test_a_campaign_over_and_the_mines_it_left_are_not_an_incident(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The SDF stormed the hospital in Hajin on Sunday after a five-month siege, killing 12 militants.",
        "Mines planted by the group in Hajin killed two boys on Friday.",
        "Commanders said the battle was over by Friday, when jets struck the last pocket in Hajin, killing 9.",
    ],
)
def test_an_event_told_with_a_campaign_over_or_a_mine_stays(text: str) -> None:
    assert len(read(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Unknown persons set fire to three shops in Gharanij on Thursday.",
        "- Jazrat al-Bouhmeid: masked men torched the car of a council employee overnight.",
        "Angry residents set fire to an SDF post in al-Kishkiyah on Wednesday; nobody was hurt.",
    ],
)
def test_property_burned_with_nobody_hurt_is_no_incident(text: str) -> None:
    assert count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # the fire hurt someone
        "Unknown persons set fire to a tent in al-Hol camp on Thursday, wounding a woman and her son.",
        # a shot or a bomb told with the fire is an incident of its own
        "Gunmen opened fire on a shop owner in Gharanij on Thursday and set fire to his shop.",
        "An explosive device blew up a fuel tanker near Markada on Sunday, setting it ablaze.",
        "Turkish shelling set fire to crops near Abu Rasin on Tuesday.",
    ],
)
def test_a_fire_that_hurt_someone_or_came_with_a_shot_blast_or_shell_stays_an_incident(text: str) -> None:
    assert count(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The farms south of Amuda have seen a rise in assassinations this year.",
        "Villages near Tell Tamr saw an uptick in shelling this spring.",
    ],
)
def test_a_trend_of_events_with_no_toll_is_no_incident(text: str) -> None:
    assert count(text) == 0


def test_an_increase_told_with_its_toll_and_day_stays_an_incident() -> None:
    assert count("Amuda saw an increase in drone strikes on Monday, which killed three men.") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot a mukhtar in Amuda amid a rise in assassinations.",
        "A drone strike hit a car near Amuda, the latest in a spike in strikes.",
    ],
)
def test_an_event_told_beside_a_trend_stays_an_incident(text: str) -> None:
    assert count(text) == 1


def test_a_trend_of_events_named_with_their_weapon_is_no_incident() -> None:
    assert count("Villages near Tell Tamr saw an uptick in drone strikes this spring.") == 0


@pytest.mark.parametrize(
    "text",
    [
        # a place said to witness events as a state of affairs: the progressive perfect, the simple present, or the
        # perfect before a wave or a rise
        "Villages south of Busayrah have been witnessing abductions and assassinations of council staff.",
        "The eastern suburb of Hajin witnesses assassinations of tribal elders.",
        "The town of Shuhail has recently witnessed a string of assassinations.",
        # (a rise is also a trend, :func:`_trend`: kept as a guard of the two rules together)
        "Lately the Gharanij area has witnessed an increase in assassinations of local notables.",
    ],
)
def test_a_place_witnessing_events_as_a_state_of_affairs_is_no_incident(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # one day's events witnessed, or an event told before the place's record
        "The town of Shuhail witnessed clashes on Monday between two clans, leaving three dead.",
        "Gunmen shot dead a teacher in Gharanij, which has been witnessing assassinations of notables.",
        # "witnesses" the noun: people who saw the event and tell it
        "Witnesses said a drone struck a pickup truck near Amuda.",
        "Two witnesses told reporters that gunmen ambushed a patrol near Shuhail.",
        # "witnesses" the noun after a preposition or a conjunction, or before a comma or a preposition
        "According to witnesses, a drone struck a car near Amuda.",
        "Residents and witnesses in Hajin described how a drone struck a car.",
        # a fight of the day's own hours, told as it goes on
        "The town of Busayrah has been witnessing fierce clashes for hours between the two sides.",
    ],
)
def test_a_days_events_or_an_event_told_before_the_witnessing_is_still_read(text: str) -> None:
    assert len(read(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # events told as growing in number: their subject ("are on the increase", "have been rising") or their object
        # ("has increased its mortar fire and air raids"), or an adjective of growth before them
        "Drone strikes by Turkey on villages near Amuda have been rising, the monitor said.",
        "The army has increased its mortar fire and air raids on villages near Amuda and Derik.",
        # (or a growth foreseen, with the events it governs: "will increase its air raids and mortar fire")
        "Ahead of the vote, officials expect that the army will increase its air raids and mortar fire near Amuda.",
        "Lately, the countryside of Hajin has witnessed increasing assassinations of SDF fighters.",
    ],
)
def test_events_told_as_growing_are_no_incident(text: str) -> None:
    assert count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # (negatives: the simple past of one day's wave; a verb between the event and the growth told of something else)
        "Turkey increased its shelling of Amuda on Monday.",
        "Shelling hit Amuda on Monday as tensions were rising.",
    ],
)
def test_one_wave_told_beside_a_growth_stays(text: str) -> None:
    assert count(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        # aircraft only watching or flying over: no strike, fire or harm told
        "Turkish drones were seen conducting surveillance over the villages near Amuda on Sunday.",
        "The monitor said US drones carried out reconnaissance flights over the town of Hajin on Saturday.",
    ],
)
def test_aircraft_only_flying_over_are_no_incident(text: str) -> None:
    assert count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # (negatives: the aircraft struck, or dropped bombs, as they flew)
        "A Turkish drone flew over the village of Amuda and struck a car on Monday.",
        "Warplanes hovering over Hajin dropped bombs on a market on Monday.",
    ],
)
def test_aircraft_that_struck_as_they_flew_over_stay(text: str) -> None:
    assert count(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a party's activity told as kept up, with no day and no toll of its own
        "On the southern front, the jets continued their heavy airstrikes on the hills around the Tishreen Dam.",
        "The council said on Monday that the army has continued its campaign of shelling of Tal Jamal and Abu Rasin.",
        "On Friday, the council said that the factions are continuing their provocations near Tal Jamal using drones.",
    ],
)
def test_an_activity_kept_up_with_no_day_or_toll_is_no_incident(text: str) -> None:
    assert read_on(text, datetime.date(2024, 5, 8)) == []


@pytest.mark.parametrize(
    "text",
    [
        # the same wording with a day or a toll of its own: that day's events
        "The jets continued their airstrikes on the village of Tal Jamal on Tuesday, killing two shepherds.",
        "The army continued its shelling of Abu Rasin on Sunday.",
        "Drones continued their attacks on Tal Jamal, killing three fighters.",
    ],
)
def test_an_activity_kept_up_with_a_day_or_toll_stays_an_incident(text: str) -> None:
    assert len(read_on(text, datetime.date(2024, 5, 8))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a day's wave told as such: a day counted in a run, or the hits told one by one
        "Drones continued their attacks for a third day, targeting a power plant in Amuda and a silo near Derik.",
        "Turkish artillery continued its shelling of villages near Tal Tamr, hitting a school in Abu Rasin.",
    ],
)
def test_an_activity_kept_up_told_as_a_days_wave_stays_an_incident(text: str) -> None:
    assert len(read_on(text, datetime.date(2024, 5, 8))) >= 1
