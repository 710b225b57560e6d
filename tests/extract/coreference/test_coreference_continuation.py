"""Continuation rules (:mod:`mapapp.extract.coreference.continuation`): a mention that continues an open cluster."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document, EventType
from tests.extract.reading import bounds, bounds_of_each, incidents


def test_definite_follow_up_fills_the_place() -> None:
    found = incidents(
        "Turkish drones struck a car on Tuesday, killing two fighters. The strike hit the vehicle near Tal Tamr."
    )
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Tal Tamr"
    assert len(found[0].evidence) == 2


def test_definite_mention_at_another_place_is_another_incident() -> None:
    found = incidents(
        "Gunmen killed a teacher in Hajin on Monday. The attack in Shaafah on Tuesday killed a nurse."
    )
    assert len(found) == 2


def test_headline_merges_with_the_body_across_byline_lines() -> None:
    text = (
        "Car bomb kills four in Shadadi\n\nBy a staff reporter\n\nUpdated at noon\n\n"
        "A car bomb exploded near a checkpoint in Shadadi on Friday, killing at least four fighters."
    )
    found = incidents(text)
    assert len(found) == 1
    assert len(found[0].evidence) == 2  # headline and body, not the body alone after dropping the headline
    assert found[0].killed.low == 4 and found[0].killed.high is None  # the body's figure wins over the headline's


def test_next_sentence_giving_details_of_the_same_event_is_merged() -> None:
    text = (
        "A landmine exploded in the countryside of Raqqa on Sunday, wounding civilians. "
        "A landmine went off in a house in Karama, wounding two children."
    )
    found = incidents(text)
    assert len(found) == 1
    assert found[0].primary_toponym.text == "Karama"


def test_definite_reference_further_on_continues_the_event() -> None:
    text = (
        "Cells attacked an army post near Kabajeb on Monday. "
        "The soldiers called for reinforcements. "
        "Residents fled towards the river. "
        "A monitor said the attack killed nine soldiers."
    )
    found = incidents(text)
    assert len(found) == 1
    assert found[0].killed.low == 9 and len(found[0].evidence) == 2


def test_definite_reference_skips_events_of_another_kind() -> None:
    text = (
        "Cells attacked an army post near Kabajeb on Monday. "
        "Jets carried out air strikes near Maadan on Monday. "
        "A monitor said the attack killed nine soldiers."
    )
    found = incidents(text)
    attack = [i for i in found if i.primary_toponym and i.primary_toponym.text == "Kabajeb"]
    assert len(attack) == 1 and attack[0].killed is not None and attack[0].killed.low == 9


def test_next_sentence_with_the_same_toll_and_no_place_is_the_same_event() -> None:
    text = (
        "Cells ambushed an army column near Mayadin on Monday. "
        "Clashes broke out, leaving 26 soldiers dead, the monitor said. "
    )
    headline = "Cells ambush army column near Mayadin, killing 26\n"
    found = incidents(headline + text)
    assert len(found) == 1 and found[0].killed.low == 26


def test_a_clause_giving_part_of_the_toll_is_the_same_event() -> None:
    text = (
        "At least 15 people were killed in two waves of air strikes on the village of Gharanij, 11 of them in a "
        "house on Friday morning, while the monitor documented the death of 4 civilians killed by shelling on the town of Hajin."
    )
    found = incidents(text)
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.low == 15


def test_a_clause_with_a_toll_that_is_no_part_stays_apart() -> None:
    text = (
        "At least 15 people were killed in air strikes on the village of Gharanij on Friday, "
        "while shelling killed 4 people in the town of Hajin."
    )
    assert len(incidents(text)) == 2


def test_an_unplaced_fight_then_its_details_in_a_generic_word_is_one_incident() -> None:
    text = (
        "Government troops and rebels fought heavy clashes in the east of the country on Friday.\n\n"
        "Insurgents killed at least 12 soldiers and abducted 5 others in an attack on the village of Gharanij."
    )
    found = incidents(text)
    assert len(found) == 1
    assert found[0].event_type.value == "armed_clash"
    assert found[0].killed is not None and found[0].killed.low == 12
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Gharanij"


def test_the_other_sides_dead_in_a_while_clause_are_added_to_the_event() -> None:
    found = incidents(
        "ISIS attacked army posts near Palmyra on Sunday. "
        "The clashes left nine soldiers dead, while ISIS lost four members in the clashes and Russian air strikes."
    )
    assert len(found) == 1
    assert bounds(found[0].killed) == (13, 13)


def test_a_while_clause_continuing_a_tally_is_no_incident() -> None:
    found = incidents(
        "Gunmen shot dead a teacher in Hajin on Monday. "
        "Activists counted many deaths in the first week of the army campaign, as 30 soldiers were killed in "
        "explosions, attacks and clashes in the desert, while ISIS lost 12 members in Russian air strikes and clashes."
    )
    assert len(found) == 1 and bounds(found[0].killed) == (1, 1)


def test_a_clause_followed_by_the_event_just_told_continues_it() -> None:
    found = incidents(
        "Gunmen fired rockets at an army post in the town of Tal Baydar. "
        "This attack was followed by clashes between the soldiers and the gunmen, which left a shepherd dead."
    )
    assert len(found) == 1
    assert bounds(found[0].killed) == (1, 1)
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Tal Baydar"


def test_a_count_of_strikes_right_after_the_incident_fills_its_figures() -> None:
    found = incidents(
        "Russian jets bombed the town of Maadan on Friday, killing at least nine civilians. "
        "The monitor said Russian jets had hit the town with at least 30 strikes, and that dozens had been wounded."
    )
    maadan = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text == "Maadan"]
    assert len(maadan) == 1
    assert bounds(maadan[0].killed) == (9, None) and bounds(maadan[0].injured) == (24, None)


def test_a_count_of_strikes_over_a_period_stays_a_tally() -> None:
    found = incidents(
        "Russian jets bombed the town of Maadan on Friday, killing at least nine civilians. "
        "Russian jets have carried out 300 strikes in the province since March, wounding hundreds."
    )
    maadan = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text == "Maadan"]
    assert maadan and maadan[0].injured is None


def test_a_reference_by_its_event_word_skips_an_earlier_incident_told_with_another_word() -> None:
    found = incidents(
        "US warplanes carried out strikes on a depot near Hajin on Friday, killing four fighters. "
        "Across the border, officials said 12 people were killed in the strikes on the town of Qaim. "
        "On Sunday, a drone attack on a base hosting US troops near Shaddadi killed two guards, the SDF said. "
        "The Islamic State claimed the attack."
    )
    by_place = {i.primary_toponym.text: i for i in found if i.primary_toponym is not None}
    assert by_place["Qaim"].actor == "US-led coalition"  # "the attack" is not "the strikes" told before
    assert by_place["Shaddadi"].actor == "ISIS"


def test_strikes_on_different_areas_are_not_the_strike_told_before() -> None:
    found = incidents(
        "Turkish airstrikes hit a power station in Amuda, killing a worker.\n\n"
        "The station fed dozens of villages.\n\n"
        "On late Saturday, Turkish airstrikes hit different areas of the north including the towns of Amuda and Kobani."
    )
    assert len(found) == 2


def test_clashes_right_after_a_raid_are_the_fight_the_raid_ran_into() -> None:
    raid = "The SDF raided the village of Abu Hamam on Monday to arrest members of an ISIS cell.\n"
    found = rule_incidents(Document(text=raid + "Clashes erupted between the two sides and two gunmen were killed."))
    assert [(i.event_type.value, i.actor) for i in found] == [("raid", "SDF")]
    assert found[0].killed is not None and found[0].killed.low == 2 and len(found[0].evidence) == 2
    # clashes at another place are another event
    # clashes at another place are another event (the raid, which harmed nobody, is no incident of its own)
    elsewhere = rule_incidents(Document(text=raid + "Clashes erupted in Hajin and two gunmen were killed."))
    assert [i.event_type.value for i in elsewhere] == ["armed_clash"]
    # and so are clashes between other parties
    others = "Clashes between the SDF and Turkish-backed factions broke out on the front, killing two fighters."
    assert [i.event_type.value for i in rule_incidents(Document(text=raid + others))] == ["armed_clash"]


_PRISON_STORY = (
    "ISIS fighters set off a car bomb at the gate of Sina prison in Hasakah on Thursday.\n\n"
    "Officials said the guards had asked for help for months.\n\nFamilies gathered outside the gates.\n\n"
    "The army sent troops to the region.\n\nShops in the city stayed closed.\n\n"
    "Schools were shut until further notice.\n\nThe governor called a meeting.\n\nAid groups asked for access.\n\n"
    "The roads were blocked by checkpoints.\n\nPower was cut in several districts.\n\n"
)


def test_definite_mention_at_a_place_told_paragraphs_before_adds_no_incident() -> None:
    found = incidents(_PRISON_STORY + "The ISIS attack on the prison was the most serious in years.")
    assert len(found) == 1


def test_definite_mention_at_a_new_place_or_with_a_figure_is_kept() -> None:
    assert len(incidents(_PRISON_STORY + "The ISIS attack on the checkpoint in Kasra was the most serious in years.")) == 2
    with_toll = incidents(_PRISON_STORY + "The ISIS attack on the prison killed six guards, officials said.")
    assert [i.killed.low for i in with_toll if i.killed is not None] == [6]


def test_a_while_clause_of_another_event_in_another_governorate_is_no_other_side_toll() -> None:
    from tests.extract.reading import rule_incidents
    from mapapp.model import Document

    text = (
        "In Deir Ezzor province, suicide attackers killed 12 SDF fighters near Hajin, while in neighbouring "
        "Raqqa province a car bomb killed five civilians."
    )
    found = rule_incidents(Document(text=text))
    assert [i.killed.low for i in found] == [12, 5]  # type: ignore[union-attr]
    # the other side's dead of the clashes just told are still added
    clashes = "The clashes left seven soldiers dead near Hajin, while ISIS lost five members in the clashes and airstrikes."
    assert [i.killed.low for i in rule_incidents(Document(text=clashes))] == [12]  # type: ignore[union-attr]


def test_a_clause_naming_the_same_attack_continues_the_incident_its_sentence_opened() -> None:
    found = incidents("Gunmen shot dead a guard in Hajin on Monday, while another was wounded in the same attack.")
    assert bounds_of_each(found) == [(1, 1)] and bounds_of_each(found, "injured") == [(1, 1)]


def test_another_partys_count_in_a_while_clause_is_a_range_not_more_dead() -> None:
    found = incidents("The clashes left seven soldiers dead near Hajin on Monday, while ISIS said it killed 20 soldiers.")
    assert bounds_of_each(found) == [(7, 20)]


def test_a_toll_does_not_continue_an_event_told_as_harming_nobody() -> None:
    found = incidents(
        "US jets struck two depots near Boukamal early Monday. On Sunday, a drone attack targeted the Conoco field; "
        "there were no injuries. A monitor said the strikes killed at least four fighters."
    )
    assert [f.event_type for f in found] == [EventType.AIRSTRIKE, EventType.DRONE_STRIKE]
    strikes, drone = found
    assert strikes.killed is not None and (strikes.killed.low, strikes.killed.high) == (4, None)
    assert drone.killed is not None and drone.killed.high == 0


# --- A clause naming the incident just told as its time ("during the raid"): within that incident, at its place.
@pytest.mark.parametrize(
    "text",
    [
        "HASAKAH - SDF forces raided the village of Tal Brak at dawn, detaining nine men; a boy was killed during the raid.",
        "QAMISHLI (AFP) - Coalition helicopters landed near the village of Tayyana on Monday, arresting a cell leader. "
        "Two gunmen were killed during the operation.",
        "RAQQA - Gunmen attacked a checkpoint in the village of Hamrat on Sunday. A civilian was wounded in the course of "
        "the attack.",
    ],
)
def test_a_toll_told_during_the_incident_just_told_is_that_incident(text: str) -> None:
    found = incidents(text)
    assert len(found) == 1
    assert len(found[0].evidence) == 2
    assert found[0].killed is not None or found[0].injured is not None


def test_another_kind_of_event_during_a_raid_is_at_the_raid_s_place() -> None:
    found = incidents(
        "HASAKAH - Security forces raided a house in the village of Tal Brak, arresting two men. During the raid, a "
        "third man blew himself up with an explosive belt, wounding two officers."
    )
    places = {i.event_type: i.primary_toponym.text if i.primary_toponym else None for i in found}
    assert places.get(EventType.SUICIDE_BOMB) == "Tal Brak"


def test_during_the_incident_is_decided_not_applied_to_the_clause() -> None:
    # the rule says which incident the clause is told within and whether it is that incident; the caller applies it
    from mapapp.extract.coreference.continuation import _told_during_cluster
    from mapapp.extract.mentions import read_sentence
    from mapapp.extract.sentences import split_sentences

    text = (
        "Police raided a farm near the village of Kasra, arresting three men. "
        "During the raid, a fourth man blew himself up with a grenade, wounding an officer."
    )
    first, second = split_sentences(text)[:2]
    raid = read_sentence(text, first, [], None).mentions[0]
    blast = read_sentence(text, second, [], None).mentions[0]
    assert not blast.places
    assert _told_during_cluster([raid], blast, raid.last_sentence_index + 1) == (raid, False)
    assert not blast.places  # (not put at the raid's place by the question)


def test_during_the_raid_names_no_air_strike_told_before() -> None:
    found = incidents(
        "A Turkish drone struck a car near the village of Amuda on Monday, killing two men. "
        "In Tal Brak, a man was killed by gunfire during the raid of an SDF patrol."
    )
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Gunmen stormed a checkpoint near Kasra on Monday; a guard was wounded in the exchange of fire.", None, 1),
        ("Gunmen stormed a checkpoint near Kasra on Monday, and two guards were killed in the ensuing firefight.", 2, None),
    ],
)
def test_a_toll_in_the_next_clause_of_the_sentence_is_the_toll_of_its_event(
    text: str, killed: int | None, injured: int | None
) -> None:
    incidents = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 10)))
    assert len(incidents) == 1
    assert (incidents[0].killed.low if incidents[0].killed else None) == killed
    assert (incidents[0].injured.low if incidents[0].injured else None) == injured


def test_an_exchange_of_fire_during_the_operation_just_told_is_that_operation() -> None:
    found = incidents(
        "Late on Tuesday a joint force targeted an ISIS hideout in the village of Jadid Baggara. "
        "During the operation, the militants fought back and an exchange of fire broke out, killing two of them."
    )
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.low == 2 and len(found[0].evidence) == 2
    # a fight during a strike campaign ("the operation" of aircraft) stays its own
    apart = incidents(
        "Coalition jets struck an ISIS depot near Jadid Baggara on Tuesday. "
        "During the operation, tribal gunmen clashed with the SDF in Hajin, killing two."
    )
    assert len(apart) == 2


def test_a_toll_past_a_sentence_telling_no_event_of_its_own_is_the_incidents() -> None:
    found = incidents(
        "Gunmen attacked an army post in the village of Jadid Ekaidat on Monday. The assault was carried out under "
        "mortar cover. Six gunmen were killed, while one soldier was wounded."
    )
    assert len(found) == 1 and bounds_of_each(found) == [(6, 6)] and bounds_of_each(found, "injured") == [(1, 1)]


@pytest.mark.parametrize(
    "text",
    [
        # an unplaced event told apart from the one before ("separate", "elsewhere", "another"): the toll is its own
        (
            "Gunmen attacked a checkpoint in Shaddadi on Monday. In a separate incident, a roadside bomb exploded. Two "
            "soldiers were killed."
        ),
        (
            "Gunmen attacked a checkpoint in Shaddadi on Monday. Elsewhere, a roadside bomb struck a patrol. Two "
            "soldiers were killed, the SDF said."
        ),
        (
            "Turkish drones struck a car near Amuda on Tuesday. Another drone attack was reported in the countryside. "
            "Three people were killed."
        ),
    ],
)
def test_a_toll_past_an_unplaced_event_told_apart_is_not_the_incidents(text: str) -> None:
    assert all(incident.killed is None for incident in incidents(text))


def test_a_zero_past_a_sentence_telling_an_answer_is_not_the_incidents() -> None:
    found = incidents(
        "Two soldiers were killed in an ambush near the village of Jadid Ekaidat on Monday. The council said it had "
        "responded to the sources of fire. No casualties were reported among its fighters."
    )
    assert len(found) == 1 and bounds_of_each(found) == [(2, 2)] and bounds_of_each(found, "injured") == [None]


def test_strikes_told_as_a_pattern_are_no_event_a_later_sentence_places() -> None:
    text = (
        "Fighting raged near Tal Tamr. Coalition warplanes have pounded the area repeatedly in recent days. The "
        "coalition said it carried out nine strikes near Hasakah on Thursday."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))
    strikes = [i for i in found if i.event_type.value == "airstrike"]
    assert len(strikes) == 1 and [span.text[:15] for span in strikes[0].evidence] == ["The coalition s"]


@pytest.mark.parametrize(
    "text",
    [
        # the lede's fight near a town, then how it went in a village named against that town
        "Syrian soldiers and US troops traded fire at a checkpoint near Amuda on Tuesday, leaving one Syrian "
        "dead. Residents of the village of Tal Zahab, north of Amuda, had stopped an American convoy and hurled stones at it; "
        "troops at a nearby checkpoint then opened fire.",
        # a fight at an unnamed spot against a town, then "The incident began when ..." in a village
        "A farmer was killed and another wounded on Friday in a clash between U.S. troops and villagers at a "
        "checkpoint south of Qahtaniyah. The incident began when people from the village of Umm Madfaa stopped a "
        "U.S. patrol and threw stones at it, and the soldiers then opened fire.",
    ],
)
def test_how_the_fight_just_told_went_is_that_fight(text: str) -> None:
    found = incidents(text)
    assert len(found) == 1
    assert len(found[0].evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a place of its own with nothing tying it to the fight
        "Syrian soldiers and US troops traded fire at a checkpoint near Amuda on Tuesday, leaving one Syrian "
        "dead. Gunmen attacked a checkpoint in the village of Tal Zahab and threw stones at it.",
        # told apart
        "Syrian soldiers and US troops traded fire at a checkpoint near Amuda on Tuesday, leaving one Syrian "
        "dead. Separately, residents of the village of Tal Zahab, north of Amuda, had stopped an American convoy and hurled "
        "stones at it; troops at a nearby checkpoint then opened fire.",
        # a toll of its own that is not the fight's
        "A farmer was killed and another wounded on Friday in a clash between U.S. troops and villagers at a "
        "checkpoint south of Qahtaniyah. The incident began when people from the village of Umm Madfaa stopped a "
        "U.S. patrol and the soldiers opened fire, killing three guards.",
    ],
)
def test_a_fight_at_a_village_told_apart_from_the_one_just_told_stays(text: str) -> None:
    assert len(incidents(text)) == 2


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # where the victims came from, told in the next sentence of how it went
        (
            "Unknown gunmen killed two brothers on the road linking the towns of Jdeid and Kasra late on Monday. "
            "The two men, both sheep traders, were driving back from the market in Hajin when two masked men on a "
            "motorcycle opened fire on their car.",
            "Jdeid",
        ),
        (
            "Three workers of a water company were killed on Friday when gunmen opened fire on their bus near the Tanak "
            "oil field. The men, all from the town of Gharanij, were driving home when they were ambushed.",
            "Tanak oil field",
        ),
        # where the attackers stood (past the place's other name in brackets)
        (
            "A boy was killed on Monday when Turkish shells hit the village of Um Harmala, south of Tal Tamr. Turkish "
            "troops stationed in Tal Abyad (Gire Spi) targeted the village with eight mortar rounds.",
            "Um Harmala",
        ),
    ],
)
def test_the_next_sentence_placed_only_where_people_came_from_tells_the_event_again(text: str, place: str) -> None:
    found = incidents(text)
    assert [i.primary_toponym.text for i in found if i.primary_toponym is not None] == [place]
    assert len(found) == 1 and len(found[0].evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a toll of its own: another event
        "Gunmen shot dead a trader near the town of Jdeid on Monday. Two men from the village of Kasra were killed when "
        "masked men opened fire on their car.",
        # told as a further event
        "Gunmen shot dead a trader near the town of Jdeid on Monday. Later, masked men from the village of Kasra opened "
        "fire on a bus.",
        # a bulletin line of its own
        "Shaddadi | Gunmen shot dead a trader near the town of Jdeid.\n\nMarkada | An ISIS cell abducted a herder from "
        "the village of Kasra and tortured him.",
    ],
)
def test_a_clause_placed_only_by_an_origin_with_more_of_its_own_stays_apart(text: str) -> None:
    assert len(incidents(text)) == 2


def test_an_event_word_that_only_names_the_time_during_an_event_told_before_reports_nothing() -> None:
    # "during the assault" only names the assault told before as the time of a hostage-taking: no event of its own,
    # and no part of the air strike told between them
    text = (
        "ISIS fighters stormed SDF positions near the town of Sousa on Tuesday, killing 20 fighters. "
        "Coalition jets struck ISIS positions near Sousa on Wednesday. "
        "ISIS also seized scores of residents from the tent camp during the assault, a monitor reported."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2018, 10, 14)))
    strikes = [i for i in found if i.event_type is EventType.AIRSTRIKE]
    assert len(strikes) == 1
    assert "residents" not in " ".join(text[s.start : s.end] for s in strikes[0].evidence)


def test_a_toll_told_during_the_event_just_told_is_still_its_toll() -> None:
    text = (
        "Turkish artillery shelled the village of Kherbet near Zarqa on Monday. "
        "Two boys were wounded during the shelling, a local source said."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2021, 5, 4)))
    assert len(found) == 1 and len(found[0].evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        # how the victim was harmed, told by a source, at the event's own place ("the village": Markada)
        "Masked gunmen shot dead a grocer in the village of Markada on Thursday night. "
        "His brother told reporters that the grocer was hit by two bullets near the door of the village mosque.",
        # one victim of the event named, at a place where the event had none
        "Armed men executed four farmers on a desert road on Friday. "
        "Omar Saleh, the village mukhtar, was dragged from his truck and shot near Markada, officials said.",
    ],
)
def test_a_detail_told_right_after_with_nothing_of_its_own_is_the_event(text: str) -> None:
    found = incidents(text)
    assert len(found) == 1
    assert len(found[0].evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a toll of its own: another killing
        "Masked gunmen shot dead a grocer in Markada on Thursday. Gunmen shot dead a teacher in Markada, killing him.",
        # a place of its own
        "Masked gunmen shot dead a grocer in Markada on Thursday. A nurse was shot near the gate of Hajin hospital.",
        # an agent told acting again
        "Masked gunmen shot dead a grocer in Markada on Thursday. Gunmen shot a nurse near the village mosque.",
    ],
)
def test_a_clause_with_a_toll_place_or_agent_of_its_own_is_no_detail(text: str) -> None:
    assert len(incidents(text)) == 2


def test_a_clause_right_after_at_the_same_place_with_another_target_is_no_detail() -> None:
    text = "A roadside bomb exploded near a patrol in Markada on Monday. An explosive device went off near a bakery in Markada."
    assert len(incidents(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a time of its own that no date stands for: an earlier strike
        "A drone struck a car near Amuda on Tuesday. Last month, a drone struck a car near Amuda.",
        # someone new harmed, told as the indefinite subject of a passive: another victim
        "Gunmen killed a trader on Monday. A nurse was shot near Hajin.",
        "A drone struck a car near Amuda on Tuesday. A motorcycle was struck by a drone near Amuda.",
        # another device told as the indefinite subject of its blast
        "A roadside bomb exploded near Hajin on Monday. A landmine exploded near Hajin.",
    ],
)
def test_a_clause_with_a_time_or_a_victim_of_its_own_is_no_detail(text: str) -> None:
    assert len(incidents(text)) == 2
