"""Within-document event coreference: one event told several times is one incident."""

from __future__ import annotations

import datetime

import pytest

from mapapp.extract import extract_incidents
from mapapp.model import Document, EventType


def incidents(text: str):
    return extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))


def test_headline_and_body_of_one_event_are_one_incident() -> None:
    found = incidents("Car bomb kills three in Shadadi\n\nA car bomb exploded near the market on Monday, killing three people.")
    assert len(found) == 1
    assert len(found[0].evidence) == 2


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


def test_headline_listing_two_events_is_a_summary() -> None:
    text = (
        "Strikes kill six in Hajin, bomb kills two in Shadadi\n\n"
        "Jets struck houses in Hajin on Monday, killing six people.\n"
        "A roadside bomb killed two soldiers in Shadadi on Tuesday."
    )
    found = incidents(text)
    assert sorted(i.primary_toponym.text for i in found) == ["Hajin", "Shadadi"]


def test_repeated_headline_line_is_read_once() -> None:
    text = (
        "Car bomb kills four in Shadadi\n\nCar bomb kills four in Shadadi\n\n"
        "A car bomb exploded near a checkpoint in Shadadi on Friday, killing four fighters."
    )
    found = incidents(text)
    assert len(found) == 1
    assert len(found[0].evidence) == 2


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


def test_two_events_of_one_kind_with_different_figures_stay_apart() -> None:
    text = (
        "A landmine exploded in the countryside of Raqqa on Sunday, killing two shepherds. "
        "A landmine went off in Karama, killing nine soldiers."
    )
    assert len(incidents(text)) == 2


def test_a_place_inside_the_cluster_place_becomes_primary() -> None:
    text = (
        "A drone struck the city of Qamishli on Monday, wounding a civilian. "
        "The drone hit a car near the market in the Hilaliyah neighbourhood of Qamishli."
    )
    found = incidents(text)
    assert len(found) == 1
    assert found[0].primary_toponym.text == "Hilaliyah"


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


def test_same_section_takes_the_place_of_the_incident_before() -> None:
    text = (
        "Gunmen shot dead a refugee in the third section of al-Hol camp on Monday. "
        "Later, gunmen killed another refugee in the same section with a silenced pistol."
    )
    found = incidents(text)
    assert len(found) == 2
    assert found[1].primary_toponym is not None and found[1].primary_toponym.text == found[0].primary_toponym.text


def test_same_type_place_and_day_is_the_same_event_however_worded() -> None:
    text = (
        "• Cells launched an attack on army posts around Mayadin on Wednesday\n\n"
        "Jets bombed a depot near Quriyah on Tuesday. "
        "On Wednesday, cells launched an attack on army posts around Mayadin, the monitor said."
    )
    found = incidents(text)
    assert len(found) == 2
    mayadin = [i for i in found if i.primary_toponym.text == "Mayadin"]
    assert len(mayadin) == 1 and len(mayadin[0].evidence) == 2


def test_next_sentence_with_the_same_toll_and_no_place_is_the_same_event() -> None:
    text = (
        "Cells ambushed an army column near Mayadin on Monday. "
        "Clashes broke out, leaving 26 soldiers dead, the monitor said. "
    )
    headline = "Cells ambush army column near Mayadin, killing 26\n"
    found = incidents(headline + text)
    assert len(found) == 1 and found[0].killed.low == 26


def test_sharing_only_the_region_is_not_the_same_event() -> None:
    text = (
        "Last week, landmines exploded in Shaafah in the Deir ez-Zor countryside, killing six civilians. "
        "Last month, 16 people were killed when their car drove over a landmine in Shawla in the Deir ez-Zor countryside."
    )
    found = incidents(text)
    assert sorted(i.primary_toponym.text for i in found) == ["Shaafah", "Shawla"]


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


def test_a_village_named_after_a_sweep_over_a_province_refines_its_place() -> None:
    found = incidents(
        "SDF units also raided houses in a number of villages across Raqqa province, injuring a man, activists reported. "
        "They held three men in a raid on Hamrat village in the northern part of the province, activists added."
    )
    raids = [i for i in found if i.event_type.value == "raid"]
    assert len(raids) == 1
    assert raids[0].primary_toponym is not None and raids[0].primary_toponym.text == "Hamrat"
    assert len(raids[0].evidence) == 2


def test_the_place_of_what_was_hit_told_in_the_next_sentence_places_the_incident() -> None:
    found = incidents(
        "A drone struck a school on Sunday, killing three pupils. "
        "The pupils studied at a small school in the village of Kherbet Nasr, near the river."
    )
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Kherbet Nasr"
    assert len(found[0].evidence) == 2


def test_the_place_of_what_was_hit_comes_with_the_town_that_locates_it() -> None:
    found = incidents(
        "A drone struck a school on Sunday, killing three pupils. "
        "The pupils studied at a small school in the village of Kherbet Nasr, 14 km east of the town of Tal Baydar."
    )
    assert len(found) == 1
    assert [(t.text, t.role) for t in found[0].toponyms] == [("Kherbet Nasr", "primary"), ("Tal Baydar", "reference")]


def test_a_place_told_of_something_else_does_not_place_the_incident() -> None:
    found = incidents(
        "A drone struck a school on Sunday, killing three pupils. "
        "Their teacher had moved from the village of Kherbet Nasr years ago."
    )
    assert all(t.text != "Kherbet Nasr" for i in found for t in i.toponyms)


def test_the_prison_is_the_prison_named_last() -> None:
    found = incidents(
        "The Hamra Prison holds some 3,000 inmates, officials say. "
        "Militants stormed the prison late on Thursday to free their comrades."
    )
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Hamra Prison"


def test_the_prison_with_no_prison_named_before_stays_unplaced() -> None:
    found = incidents("Militants stormed the prison late on Thursday. The Hamra Prison holds some 3,000 inmates.")
    assert all(t.text != "Hamra Prison" for i in found for t in i.toponyms)


def bounds(casualties) -> tuple[int | None, int | None] | None:
    return None if casualties is None else (casualties.low, casualties.high)


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


def test_a_missile_told_after_a_drone_strike_is_its_munition() -> None:
    text = (
        "Three fighters were killed in a Turkish drone strike in north-east Syria on Friday. "
        "They were travelling in a car in the town of Amuda when a missile hit them."
    )
    found = extract_incidents(Document(text=text))
    assert [(i.event_type, i.actor) for i in found] == [(EventType.DRONE_STRIKE, "Turkish forces")]
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Amuda"
    # a missile fired from the ground is ground fire of its own
    text = text.replace("a missile hit them", "a guided missile fired by the army hit them")
    assert len(extract_incidents(Document(text=text))) == 2


def test_a_definite_reference_to_victims_told_before_fills_no_later_incident() -> None:
    found = incidents(
        "Gunmen shot dead a village elder in Hajin on Monday. "
        "Separately, a mortar shell hit a market in Maadan on Tuesday, wounding four people. "
        "The killing of the village elder angered local tribes, residents said."
    )
    maadan = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text == "Maadan"]
    assert maadan and bounds(maadan[0].injured) == (4, 4)
    assert maadan[0].killed is None


def test_a_toll_of_new_victims_still_fills_the_incident() -> None:
    found = incidents(
        "Gunmen shot dead a village elder in Hajin on Monday. "
        "Separately, a mortar shell hit a market in Maadan on Tuesday, wounding four people. "
        "A shopkeeper was also killed, residents said."
    )
    maadan = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text == "Maadan"]
    assert maadan and bounds(maadan[0].killed) == (1, 1)


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


def test_a_further_report_of_the_same_type_takes_the_agent_of_the_one_just_told() -> None:
    first = "Turkish forces shelled the village of Umm Harmala on Monday, wounding two civilians.\n"
    added = extract_incidents(Document(text=first + "Moreover, a soldier was wounded by shelling on Tal Shamiran village."))
    assert [(i.event_type.value, i.actor) for i in added] == [("shelling", "Turkish forces"), ("shelling", "Turkish forces")]
    # (without the additive opening the shelling campaign's party carries too: document_agents.inherit_campaign_agent)
    # not for another type of event
    other = extract_incidents(Document(text=first + "Moreover, a landmine exploded in Tal Shamiran village, wounding a boy."))
    assert other[1].event_type.value == "ied" and other[1].actor is None


def test_a_generic_attack_by_the_agent_of_a_drone_strike_just_told_is_a_drone_strike() -> None:
    drone = "A Turkish drone struck a car near Tal Shamiran on Monday, killing two men.\n"
    series = extract_incidents(Document(text=drone + "The next day the village of Umm Harmala was attacked by Turkish forces."))
    assert [i.event_type.value for i in series] == ["drone_strike", "drone_strike"]
    # another agent's attack, or one told far from the strike, keeps the generic type
    other = extract_incidents(Document(text=drone + "The next day the village of Umm Harmala was attacked by ISIS."))
    assert other[1].event_type.value == "attack"
    ground = extract_incidents(Document(text=drone + "The next day Turkish troops attacked Umm Harmala with tanks."))
    assert ground[1].event_type.value == "attack"
    filler = "The region has seen heavy fighting for years.\n" * 4
    far = extract_incidents(
        Document(text=drone + filler + "The next day the village of Umm Harmala was attacked by Turkish forces.")
    )
    assert far[-1].event_type.value == "attack"


def test_a_follow_up_naming_a_village_in_the_headline_area_narrows_the_place() -> None:
    # the headline's other clause names a second area the body does not repeat: the village still narrows the place
    text = (
        "Turkish shelling on Tal Tamr countryside leaves civilians wounded, while Russian patrols tour Amuda countryside"
        "\n\nTwo civilians were wounded by Turkish shelling on Umm Harmala village in Tal Tamr countryside."
    )
    found = extract_incidents(Document(text=text))
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Umm Harmala"
    # a follow-up that does not name the cluster's place does not take over
    other = "Turkish shelling hit Tal Tamr on Monday.\nThe shelling also hit Umm Harmala, wounding two civilians."
    found = extract_incidents(Document(text=other))
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Tal Tamr"


def test_the_date_of_a_statement_does_not_contradict_the_day_of_the_event() -> None:
    text = (
        "Two fighters were killed in a Turkish drone strike in northeast Syria on Friday.\n"
        "They were driving a car near the town of Amuda when a missile hit them, the SDF said on Saturday."
    )
    found = extract_incidents(Document(text=text))
    assert [(i.event_type.value, i.actor) for i in found] == [("drone_strike", "Turkish forces")]
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Amuda"
    # an event dated to another day is another event
    other = text.replace("the SDF said on Saturday", "on Saturday")
    assert len(extract_incidents(Document(text=other))) == 2


def test_definite_strikes_take_the_actor_of_strikes_told_without_specifics_just_before() -> None:
    found = incidents(
        "Turkish airstrikes have cut the power of dozens of villages in the north.\n\n"
        "The airstrikes targeted a power station in the countryside of Amuda on Sunday."
    )
    assert len(found) == 1
    assert found[0].actor == "Turkish forces"


def test_actor_of_strikes_told_long_before_is_not_taken() -> None:
    found = incidents(
        "Turkish airstrikes have cut the power of dozens of villages in the north.\n\n"
        "Repairs will take weeks, engineers said.\n\nThe grid is old.\n\nCrews are short of parts.\n\n"
        "The airstrikes targeted a power station in the countryside of Amuda on Sunday."
    )
    assert len(found) == 1
    assert found[0].actor is None


def test_event_told_again_by_another_source_at_the_same_place_is_one_incident() -> None:
    found = incidents(
        "ISIS fighters ambushed an army bus near Kasra on Monday, killing four soldiers.\n\n"
        "Local sources said the convoy was hit in an attack by ISIS members near Kasra, and reinforcements arrived.\n\n"
        "Separately, a shepherd was wounded by a mine near Busayrah."
    )
    assert len(found) == 2
    assert len(found[0].evidence) == 2
    assert found[0].killed is not None and found[0].killed.low == 4


def test_place_with_a_kind_of_place_word_is_the_same_place_told_again() -> None:
    found = incidents(
        "The SDF raided a house in the Tishreen Farm near Raqqa on Monday, killing one man.\n\n"
        "Witnesses said SDF fighters carried out raids in Tishreen, where explosions were heard."
    )
    assert len(found) == 1


def test_another_event_of_the_same_party_at_the_same_place_stays_apart() -> None:
    found = incidents(
        "ISIS fighters attacked a checkpoint near Kasra on Monday, killing two guards.\n\n"
        "ISIS fighters carried out another attack near Kasra, killing a shepherd."
    )
    assert len(found) == 2


def test_unnamed_gunmen_at_one_place_are_not_taken_for_one_event() -> None:
    found = incidents(
        "Gunmen shot dead a teacher in Kasra on Monday.\n\nUnknown gunmen killed a nurse in Kasra, relatives said."
    )
    assert len(found) == 2


def test_a_village_dated_on_its_own_in_the_area_of_an_undated_strike_stays_apart() -> None:
    found = incidents(
        "Turkish forces shelled the countryside of Amuda with artillery, wounding two civilians.\n\n"
        "On Tuesday, Turkish forces shelled Kasra village, west of Amuda, wounding a child."
    )
    assert len(found) == 2


def test_village_named_in_the_area_of_the_strike_just_told_refines_its_place() -> None:
    found = incidents(
        "Three people were killed in a Turkish drone strike on a village in the countryside of Kobani.\n\n"
        "A statement said Turkey goes on harming civilians.\n\n"
        "A Turkish drone struck the village of Kasra, south of Kobani, the statement said."
    )
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Kasra"


def test_strikes_on_different_areas_are_not_the_strike_told_before() -> None:
    found = incidents(
        "Turkish airstrikes hit a power station in Amuda, killing a worker.\n\n"
        "The station fed dozens of villages.\n\n"
        "On late Saturday, Turkish airstrikes hit different areas of the north including the towns of Amuda and Kobani."
    )
    assert len(found) == 2


def test_clashes_right_after_a_raid_are_the_fight_the_raid_ran_into() -> None:
    raid = "The SDF raided the village of Abu Hamam on Monday to arrest members of an ISIS cell.\n"
    found = extract_incidents(Document(text=raid + "Clashes erupted between the two sides and two gunmen were killed."))
    assert [(i.event_type.value, i.actor) for i in found] == [("raid", "SDF")]
    assert found[0].killed is not None and found[0].killed.low == 2 and len(found[0].evidence) == 2
    # clashes at another place are another event
    # clashes at another place are another event (the raid, which harmed nobody, is no incident of its own)
    elsewhere = extract_incidents(Document(text=raid + "Clashes erupted in Hajin and two gunmen were killed."))
    assert [i.event_type.value for i in elsewhere] == ["armed_clash"]
    # and so are clashes between other parties
    others = "Clashes between the SDF and Turkish-backed factions broke out on the front, killing two fighters."
    assert [i.event_type.value for i in extract_incidents(Document(text=raid + others))] == ["armed_clash"]


def test_a_loosely_named_actor_gives_way_to_the_one_the_event_was_just_told_with() -> None:
    text = (
        "American forces captured two ISIS members in a raid in eastern Syria, the latest of many operations in "
        "recent months.\nThe raid in Hajin captured two men described as ISIS facilitators."
    )
    found = extract_incidents(Document(text=text))
    assert [(i.event_type.value, i.actor) for i in found] == [("raid", "US-led coalition")]


def test_a_statement_naming_the_agent_of_the_event_just_told_is_that_event() -> None:
    text = (
        "On May 2, a drone targeted a school in the village of Umm Harmala.\n"
        "A day later, the administration said that the attack was carried out by a Turkish drone."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [(i.event_type.value, i.actor, len(i.evidence)) for i in found] == [("drone_strike", "Turkish forces", 2)]
    # a habitual remark names no agent of the event
    habitual = extract_incidents(
        Document(text="On May 2, a landmine exploded in the village of Umm Harmala.\nISIS often plants mines in the area.")
    )
    assert [(i.event_type.value, i.actor) for i in habitual] == [("ied", None)]


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


def test_village_named_after_a_raid_told_over_a_governorate_countryside_refines_it() -> None:
    found = incidents(
        "SDF arrest ISIS members in raid in Deir ez-Zor countryside\n\n"
        "SDF units ran a security sweep through the eastern Deir ez-Zor countryside overnight, killing one "
        "gunman.\n\nA clearance operation followed in Busayrah, where the SDF hunted cell members, a local source said."
    )
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Busayrah"


def test_another_kind_of_event_in_a_village_after_a_countryside_raid_stays_apart() -> None:
    found = incidents(
        "SDF units ran a security sweep through the eastern Deir ez-Zor countryside overnight, killing one "
        "gunman.\n\nTurkish drones struck a car in Busayrah, a source said."
    )
    assert len(found) == 2


def test_an_abducted_person_whose_body_is_found_is_dead() -> None:
    found = incidents("Gunmen abducted a shepherd near the village of Kasra on Monday. His body was found two days later.")
    assert len(found) == 1
    assert (found[0].killed.low, found[0].killed.high) == (1, 1)


def test_a_suicide_bombing_told_again_as_a_suicide_car_bomb_is_one_car_bombing() -> None:
    text = (
        "A suicide bombing in the town of Hajin wounded six people on Saturday, an official said.\n"
        "A suicide car bomber blew himself up near a military vehicle in the town of Hajin, the official added."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2019, 1, 19)))
    assert len(found) == 1
    assert found[0].event_type is EventType.CAR_BOMB


def test_another_sources_report_of_the_event_with_nothing_new_is_the_same_incident() -> None:
    text = (
        "At least ten militants were killed in airstrikes on Monday night on militia positions in Albukamal, "
        "the monitor said. The strikes destroyed an ammunition depot. The monitor said the toll may rise. "
        "Later on Tuesday, a Lebanese television channel reported that four airstrikes targeted militia sites "
        "near the border. Al Hadath television reported that the remains of 16 fighters killed in the attacks in "
        "Albukamal arrived in Iraq on Tuesday."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2019, 9, 18)))
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.value == datetime.date(2019, 9, 16)


def test_the_device_exploding_at_a_village_refines_the_province_of_the_lede() -> None:
    text = (
        "An improvised explosive device killed three SDF fighters in Raqqa province on Monday, the group said. "
        "The device exploded as their vehicle passed near the village of Al Karama."
    )
    found = incidents(text)
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Al Karama"


@pytest.mark.parametrize(
    "second",
    [
        "At least 12 soldiers were killed in clashes with IS near the airport on Monday, the monitor said.",
        "The monitor said coalition strikes hit the village overnight, killing three.",
    ],
)
def test_an_event_placed_by_the_kind_of_place_just_told_takes_that_place(second: str) -> None:
    text = "Regime warplanes carried out dozens of air raids on IS positions in Deir az-Zour on Monday. " + second
    found = incidents(text)
    assert found and all(i.primary_toponym is not None and i.primary_toponym.text == "Deir az-Zour" for i in found)


def test_an_explosion_told_again_as_a_mine_is_a_mine() -> None:
    found = incidents(
        "An explosion killed five members of the SDF in the village of Tabia on Monday. "
        "The blast was caused by a mine planted by ISIS before its withdrawal, the monitor said."
    )
    assert len(found) == 1 and found[0].event_type is EventType.IED


def test_the_body_of_an_abducted_person_found_at_another_place_is_still_the_victim_told() -> None:
    found = incidents("Gunmen abducted a shepherd in the village of Kasra on Monday. His body was found near Tabia on Wednesday.")
    assert len(found) == 1
    assert (found[0].killed.low, found[0].killed.high) == (1, 1)


def test_an_event_told_without_a_place_is_placed_by_the_next_sentence() -> None:
    text = (
        "Coalition jets carried out precision air strikes in eastern Syria against depots of armed groups. "
        "The strikes were conducted near Hajin."
    )
    found = extract_incidents(Document(text=text))
    assert [(i.event_type, i.actor, i.primary_toponym.text if i.primary_toponym else None) for i in found] == [
        (EventType.AIRSTRIKE, "US-led coalition", "Hajin")
    ]
    assert found[0].evidence[0].text.startswith("Coalition jets")


def test_a_while_clause_of_another_event_in_another_governorate_is_no_other_side_toll() -> None:
    from mapapp.extract import extract_incidents
    from mapapp.model import Document

    text = (
        "In Deir Ezzor province, suicide attackers killed 12 SDF fighters near Hajin, while in neighbouring "
        "Raqqa province a car bomb killed five civilians."
    )
    found = extract_incidents(Document(text=text))
    assert [i.killed.low for i in found] == [12, 5]  # type: ignore[union-attr]
    # the other side's dead of the clashes just told are still added
    clashes = "The clashes left seven soldiers dead near Hajin, while ISIS lost five members in the clashes and airstrikes."
    assert [i.killed.low for i in extract_incidents(Document(text=clashes))] == [12]  # type: ignore[union-attr]


def test_the_village_named_after_a_village_near_a_town_is_where_and_the_town_its_anchor() -> None:
    text = (
        "Turkish drone strikes killed five civilians in a village near Ras al-Ain on Friday, a monitor said. "
        "The strikes hit the village of Bab al-Khair, the monitor said."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2019, 10, 19)))
    assert len(found) == 1
    assert [(t.text, t.role) for t in found[0].toponyms] == [("Bab al-Khair", "primary"), ("Ras al-Ain", "anchor")]


def test_sentence_saying_where_the_event_took_place_places_it_whatever_its_word() -> None:
    # the event told as a raid, then placed as "the clash": one incident, at the place given
    found = incidents(
        "Coalition jets killed 40 attackers after they stormed an SDF post on Monday. "
        "The clash took place near the town of Hajin late on Monday."
    )
    assert len(found) == 1
    assert [t.span.text for t in found[0].toponyms] == ["Hajin"]
    # a sentence with a toll of its own is another incident
    found = incidents("Clashes near Hajin killed five fighters. The airstrike took place near Sousa, killing two.")
    assert len(found) == 2


def test_the_victim_told_again_by_a_definite_description_is_the_same_incident() -> None:
    text = (
        "Gunmen assassinated a teacher in the town of Kasra on Monday, local networks reported. "
        "The teacher was killed by gunfire as he left a mosque."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert len(found) == 1 and len(found[0].evidence) == 2


def _bounds(found, kind: str = "killed") -> list[tuple[int | None, int | None] | None]:
    figures = [getattr(i, kind) for i in found]
    return [None if f is None else (f.low, f.high) for f in figures]


def test_a_clause_naming_the_same_attack_continues_the_incident_its_sentence_opened() -> None:
    found = incidents("Gunmen shot dead a guard in Hajin on Monday, while another was wounded in the same attack.")
    assert _bounds(found) == [(1, 1)] and _bounds(found, "injured") == [(1, 1)]


def test_another_partys_count_in_a_while_clause_is_a_range_not_more_dead() -> None:
    found = incidents("The clashes left seven soldiers dead near Hajin on Monday, while ISIS said it killed 20 soldiers.")
    assert _bounds(found) == [(7, 20)]


def test_more_dead_told_two_sentences_later_are_added() -> None:
    found = incidents(
        "Gunmen attacked a post in Hajin at dawn on Monday. Four guards were killed. The gunmen fled into the desert. "
        "Two more guards died of their wounds later in the day."
    )
    assert _bounds(found) == [(6, 6)]


def test_where_the_fight_began_places_the_fight_told_without_a_place() -> None:
    text = (
        "Clashes between the SDF and ISIS fighters killed 12 on Sunday, the monitor said. "
        "The fighting erupted after ISIS launched an attack on an SDF post near the town of Hajin."
    )
    [incident] = incidents(text)
    assert [t.text for t in incident.toponyms] == ["Hajin"]
    assert incident.killed is not None and incident.killed.low == 12


def test_a_fight_with_its_own_place_keeps_it_when_the_cause_names_another() -> None:
    text = (
        "Clashes between the SDF and tribesmen killed 12 in Dhiban on Sunday. "
        "The clashes broke out after the SDF arrested a tribal elder in Shuhail."
    )
    [incident] = incidents(text)
    assert incident.primary_toponym is not None and incident.primary_toponym.text == "Dhiban"


def test_the_body_of_the_person_just_told_of_is_that_incidents_dead() -> None:
    found = incidents(
        "Gunmen abducted a farmer from a village near Hajin on Monday. His body was found on Tuesday with gunshot "
        "wounds."
    )
    assert _bounds(found) == [(1, 1)]


def _actors_by_place(text: str) -> dict[str, str | None]:
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 3, 6)))
    return {t.text: i.actor for i in found for t in i.toponyms}


def test_a_claimed_killing_names_its_agent_and_keeps_the_events_day() -> None:
    found = extract_incidents(
        Document(
            text="Gunmen shot dead a council member in Tal Ward on Friday. ISIS claimed the killing on Saturday.",
            published=datetime.date(2024, 3, 10),
        )
    )
    assert [(i.actor, i.date.value if i.date else None) for i in found] == [("ISIS", datetime.date(2024, 3, 8))]


def test_a_claim_of_both_attacks_names_the_agent_of_the_two_told_before() -> None:
    text = (
        "A bomb went off at a bakery in Tal Ward on Monday, wounding six. Hours earlier, a teacher was shot dead "
        "near Kharab Ashk. The Islamic State claimed both attacks."
    )
    assert set(_actors_by_place(text).values()) == {"ISIS"}


def test_a_second_strike_on_a_post_after_a_quote_is_one_more_drone_strike() -> None:
    text = (
        "Two guards died on Friday when a Turkish drone hit their car near Kharab Ashk.\n\n"
        '"The occupation continues its attacks on our people," the administration said.\n\n'
        "Hours later, a second strike hit a checkpoint of the Asayish near Tal Ward, wounding two."
    )
    found = {t.text: i for i in extract_incidents(Document(text=text, published=datetime.date(2024, 3, 9))) for t in i.toponyms}
    assert (found["Tal Ward"].event_type, found["Tal Ward"].actor) == (EventType.DRONE_STRIKE, "Turkish forces")


@pytest.mark.parametrize(
    ("later", "event_type", "actor"),
    [
        ("In Tal Ward, the raids killed four militants.", EventType.AIRSTRIKE, "US-led coalition"),
        # raids that land troops or arrest people stay raids
        ("In Tal Ward, the raids by ground troops killed four militants.", EventType.RAID, None),
    ],
)
def test_the_raids_right_after_an_air_strike_are_air_raids(later: str, event_type: EventType, actor: str | None) -> None:
    text = "Coalition aircraft bombed ISIS positions near Kharab Ashk on Sunday. " + later
    found = {t.text: i for i in extract_incidents(Document(text=text, published=datetime.date(2024, 3, 9))) for t in i.toponyms}
    assert (found["Tal Ward"].event_type, found["Tal Ward"].actor) == (event_type, actor)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a zero of the wounded told in the next sentence: nobody harmed, nobody dead
        ("Gunmen fired at a council office in Tal Tamr on Monday. Nobody was hurt.", (0, 0), (0, 0)),
        ("Rockets struck a depot near Shaddadi on Friday. No injuries were reported.", (0, 0), (0, 0)),
        # the dead told before stay: the zero is of the wounded only
        ("A drone killed two fighters near Amuda on Sunday. No injuries were reported.", (2, 2), (0, 0)),
        # the wounded told in the next sentence, with a degree word or a bystander
        ("A drone hit a car in Hajin on Monday, killing two fighters. A farmer passing by was also wounded.", (2, 2), (1, 1)),
        ("The SDF raided a house in Diban on Friday, killing a militant. One SDF fighter was slightly wounded.", (1, 1), (1, 1)),
    ],
)
def test_next_sentence_zero_and_wounded(text: str, killed: tuple, injured: tuple) -> None:
    found = incidents(text)
    assert len(found) == 1
    figures = [(c.low, c.high) if c is not None else None for c in (found[0].killed, found[0].injured)]
    assert figures == [killed, injured]


def test_a_zero_told_so_far_in_the_next_sentence_is_the_incidents() -> None:
    found = incidents("A blast hit a fuel depot near Hajin on Sunday. No casualties have been reported so far.")
    assert len(found) == 1
    assert (found[0].killed.low, found[0].killed.high, found[0].injured.low) == (0, 0, 0)


def test_a_zero_in_a_later_clause_of_the_sentence_is_the_incidents() -> None:
    found = incidents("Artillery shelled the villages near Tal Tamr on Monday; the shelling did not cause any casualties.")
    assert len(found) == 1
    assert (found[0].killed.high, found[0].injured.high) == (0, 0)


def test_another_figure_of_the_other_kind_in_the_next_sentence_is_the_incidents() -> None:
    found = incidents(
        "Artillery fire killed four civilians in Amuda on Friday. Another six people were wounded when shells hit a "
        "street near the town's bakery."
    )
    assert len(found) == 1
    assert (found[0].killed.low, found[0].injured.low) == (4, 6)
    # a second event with its own place stays apart
    apart = incidents(
        "A drone killed two fighters near Amuda on Monday. Another three were injured when a second drone struck a car "
        "in Qamishli."
    )
    assert len(apart) == 2


def test_a_zero_of_both_kinds_after_a_figure_of_one_fills_the_other() -> None:
    found = incidents(
        "Coalition forces raided a house near Busayra on May 3. One militant was wounded. No coalition personnel were "
        "injured or killed."
    )
    assert len(found) == 1
    assert (found[0].killed.high, found[0].injured.low) == (0, 1)


def test_more_people_of_another_kind_of_toll_are_the_same_event() -> None:
    text = (
        "Turkish mortar fire killed two women in the village of Tal Zaytun on Saturday. "
        "Another six people were injured when shells hit the village school."
    )
    found = extract_incidents(Document(text=text))
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.low == 2
    assert found[0].injured is not None and found[0].injured.low == 6


def test_a_toll_of_another_kind_without_more_is_left_to_the_other_rules() -> None:
    text = (
        "Turkish mortar fire killed two women in the village of Tal Zaytun on Saturday. "
        "In Ain Issa, six people were injured when shells hit a school."
    )
    assert len(extract_incidents(Document(text=text))) == 2


def test_a_victim_bringing_the_toll_to_its_total_belongs_to_the_event_told() -> None:
    text = (
        "Fighting between the SDF and tribal gunmen left four dead in the village of Al-Busayrah on Monday. "
        "In addition, a woman was killed by a stray bullet in nearby Al-Zir, bringing the death toll to five."
    )
    found = extract_incidents(Document(text=text))
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.low == 5


def test_the_same_partys_later_words_or_a_habit_open_no_incident() -> None:
    assert len(incidents("Turkish drones struck a car near Amuda on Monday, killing two. Turkish drones later struck the area.")) == 1
    assert len(incidents("ISIS cells killed four soldiers near Kabajeb on Monday. Russian jets often strike the desert.")) == 1


def test_a_further_strike_told_with_also_at_a_new_place_is_an_incident_of_the_series() -> None:
    text = "Coalition jets bombed a school in Tabqa on Monday, killing four. Also targeted the Jurn village west of the town."
    found = extract_incidents(Document(text=text, published=datetime.date(2017, 4, 4)))
    assert [(i.toponyms[0].span.text, i.event_type, i.actor) for i in found] == [
        ("Tabqa", EventType.AIRSTRIKE, "US-led coalition"),
        ("Jurn", EventType.AIRSTRIKE, "US-led coalition"),
    ]
    # another party with "also": its own actor and kind
    text = "Regime forces shelled Al-Marashida. The SDF artillery also shelled Al-Tayyana."
    found = extract_incidents(Document(text=text, published=datetime.date(2019, 6, 1)))
    assert [(i.toponyms[0].span.text, i.actor) for i in found] == [("Al-Marashida", "Syrian army"), ("Al-Tayyana", "SDF")]
    # the same place told again with "also" adds to the incident
    text = "Coalition jets bombed a school in Tabqa on Monday, killing four. A mosque in Tabqa was also struck."
    assert len(extract_incidents(Document(text=text, published=datetime.date(2017, 4, 4)))) == 1


def test_a_release_strike_dated_in_a_part_of_syria_is_an_incident_beside_the_placed_raid() -> None:
    text = (
        "Coalition forces and the SDF conducted a raid in Deir ez-Zor province on May 3, detaining two ISIS members.\n"
        "On May 1, coalition forces conducted an airstrike in eastern Syria against an ISIS leader."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 4)))
    assert [i.event_type for i in found] == [EventType.RAID, EventType.AIRSTRIKE]
    assert found[1].date is not None and found[1].date.value == datetime.date(2023, 5, 1)
    # a news report's region beside another statement is no release strike
    text = (
        "Fighters waged battles near a prison in northeast Syria on Sunday, the group said.\n"
        "Gunmen killed two guards in Hasakah city on Monday."
    )
    assert len(extract_incidents(Document(text=text, published=datetime.date(2023, 5, 4)))) == 1


def test_targets_listed_after_a_placeless_bombardment_are_one_incident_per_place() -> None:
    text = (
        "Turkish drones struck civilian sites across the region on Friday, killing five people. "
        "Among the targets: a mill in Tal Tamr, a power station in Amuda and a farm in the village of Zirgan."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))
    assert [(i.toponyms[0].span.text, i.event_type, i.actor) for i in found] == [
        ("Tal Tamr", EventType.DRONE_STRIKE, "Turkish forces"),
        ("Amuda", EventType.DRONE_STRIKE, "Turkish forces"),
        ("Zirgan", EventType.DRONE_STRIKE, "Turkish forces"),
    ]
    assert [i.killed is None for i in found] == [False, True, True]  # the wave's toll is not split among them


def test_targets_listed_before_the_words_that_call_them_targets_are_one_incident_per_place() -> None:
    text = (
        "Turkish drones struck civilian sites across the region on Friday night. "
        "The villages of Tal Jumaa and Kasra near Tal Tamr and the water station of Amuda were among the targets."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))
    # (Tal Tamr only says where Kasra lies: no strike of its own)
    assert [(i.toponyms[0].span.text, i.event_type, i.actor) for i in found] == [
        ("Tal Jumaa", EventType.DRONE_STRIKE, "Turkish forces"),
        ("Kasra", EventType.DRONE_STRIKE, "Turkish forces"),
        ("Amuda", EventType.DRONE_STRIKE, "Turkish forces"),
    ]
    # not a list of what might be hit
    text = text.replace("were among the targets.", "were among the targets of a plan the council discussed.")
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))) <= 1


def test_known_agents_acting_at_a_new_place_are_a_further_event() -> None:
    published = datetime.date(2025, 1, 3)
    text = "Update\n\nA drone bombed a house in Kherbet Khaled on Monday, killing two children.\n\nLast week the same drones hit a truck in Hisha."
    assert [i.toponyms[0].span.text for i in extract_incidents(Document(text=text, published=published))] == [
        "Kherbet Khaled",
        "Hisha",
    ]
    text = "Update\n\nTurkish warplanes bombed Derik on Sunday, killing a guard. In Kobani, the warplanes struck a road."
    assert len(extract_incidents(Document(text=text, published=published))) == 2
    # the one drone of the event told, placed more closely, is that event
    text = "Update\n\nA drone strike killed three fighters near Qamishli on Monday. The drone struck their car near Tal Shaeer."
    assert len(extract_incidents(Document(text=text, published=published))) == 1


def test_a_headline_of_two_places_does_not_swallow_the_second_part_of_a_listed_strike() -> None:
    text = (
        "US strikes on militia sites in Albukamal and Mayadin\n\n"
        "American jets struck a camp of the militias in the Hizam area of Albukamal and a depot near the Mayadin stadium."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 11, 13)))
    assert [i.toponyms[0].span.text for i in found] == ["Hizam", "Mayadin"]


def test_the_kind_of_place_of_an_incident_is_that_of_a_placed_campaign_summary_told_before() -> None:
    # the summary of a campaign is no incident, but "the camp" of the attack told during it is the camp it named
    text = (
        "The Asayish concluded a 20-day security operation in al-Hol camp on Sunday, arresting 150 suspects. "
        "During the operation, gunmen attacked guards in the camp's third sector on Friday, wounding one."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 20)))
    assert [(i.event_type, [t.text for t in i.toponyms]) for i in found] == [(EventType.ATTACK, ["al-Hol"])]


def test_a_list_headed_by_its_attacker_gives_the_attacker_to_items_with_events_of_their_own() -> None:
    text = (
        "Over the last day, the regime army attacked our positions as follows:\n\n"
        "- Tal Ward: the village was hit with 20 mortar shells. A woman was wounded in Tal Ward.\n"
        "- Khirbet Ruz: a drone struck a car near the village, killing two fighters.\n"
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 5, 10)))
    assert [(i.event_type, i.actor) for i in found] == [
        (EventType.SHELLING, "Syrian army"),
        (EventType.DRONE_STRIKE, "Syrian army"),
    ]
    # a list whose head names no attacker gives none
    unnamed = text.replace("the regime army attacked our positions", "attacks on our positions went on")
    assert [i.actor for i in extract_incidents(Document(text=unnamed, published=datetime.date(2024, 5, 10)))] == [None, None]


def test_a_zero_read_from_damage_gives_way_to_the_toll_told_next() -> None:
    text = "A drone struck a car near Amuda on Monday, damaging it. Two men inside were killed."
    found = extract_incidents(Document(text=text))
    assert len(found) == 1
    assert (found[0].killed.low, found[0].killed.high) == (2, 2)


def test_the_damage_of_an_event_told_again_is_its_zero() -> None:
    text = (
        "Turkish forces shelled villages near Tal Tamr on Monday.\n"
        "The shelling hit the villages of Tal Jumaa and Tal Tawil, causing material damage to homes."
    )
    found = extract_incidents(Document(text=text))
    assert len(found) == 1
    assert (found[0].killed.low, found[0].injured.high) == (0, 0)


def test_a_place_taken_and_the_clashes_there_are_one_battle() -> None:
    text = (
        "Update\n\nSDF fighters have taken full control of the city of Tabqa, the group said on Wednesday. "
        "Around 70 militants surrendered under a deal. Clashes in the city's last pockets on Tuesday killed 13 fighters."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2017, 5, 10)))
    assert [(i.event_type, i.killed.low if i.killed else None) for i in found] == [(EventType.ARMED_CLASH, 13)]
    # clashes at another place are another incident
    text = "Update\n\nThe SDF captured Hajin on Monday. Clashes in Susah on Monday killed five fighters."
    assert len(extract_incidents(Document(text=text, published=datetime.date(2018, 12, 20)))) == 2


def test_a_toll_whose_report_is_still_being_checked_is_not_the_toll_of_the_strike_told_before() -> None:
    text = "A coalition strike hit a car near Hajin on Monday. The coalition is assessing reports of two civilians killed."
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 20)))
    assert [(i.event_type, i.killed) for i in found] == [(EventType.AIRSTRIKE, None)]


def test_a_victim_who_died_later_adds_to_the_toll() -> None:
    text = "Shelling hit Ain Issa on Monday, killing three civilians. A fourth victim died of his wounds on Tuesday."
    found = extract_incidents(Document(text=text))
    assert [(i.killed.low, i.killed.high) for i in found] == [(4, 4)]


@pytest.mark.parametrize(
    "follow_up",
    [
        "A monitor said the raids killed 12 civilians, including five children.",
        "A monitor said the air raids killed 12 civilians.",
        "Residents said the bombing killed 12 civilians.",
    ],
)
def test_the_raids_or_the_bombing_after_an_air_strike_are_that_strike(follow_up: str) -> None:
    found = incidents("Jets bombed the village of Shaafa on Monday. " + follow_up)
    assert len(found) == 1
    assert found[0].event_type is EventType.AIRSTRIKE
    assert found[0].killed is not None and found[0].killed.low == 12


def test_a_toll_does_not_continue_an_event_told_as_harming_nobody() -> None:
    found = incidents(
        "US jets struck two depots near Boukamal early Monday. On Sunday, a drone attack targeted the Conoco field; "
        "there were no injuries. A monitor said the strikes killed at least four fighters."
    )
    assert [f.event_type for f in found] == [EventType.AIRSTRIKE, EventType.DRONE_STRIKE]
    strikes, drone = found
    assert strikes.killed is not None and (strikes.killed.low, strikes.killed.high) == (4, None)
    assert drone.killed is not None and drone.killed.high == 0


def test_a_detail_giving_only_the_day_dates_the_event_just_told() -> None:
    found = incidents(
        "Coalition warplanes struck the village of Kishma near Hajin, killing 10 civilians. "
        "Local sources said the aircraft bombed houses in the village on Saturday."
    )
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.value == datetime.date(2024, 5, 4)


def test_one_more_strike_told_with_its_day_is_not_a_detail_of_the_last() -> None:
    found = incidents(
        "Coalition warplanes struck the village of Kishma near Hajin, killing 10 civilians. "
        "On Saturday, warplanes bombed the area again."
    )
    assert found[0].date is not None and found[0].date.is_report_date


def test_a_headline_whose_toll_sums_several_reports_is_no_part_of_the_first() -> None:
    text = (
        "Strikes Kill 37 Militants in Syria\n\n"
        "On Sept. 22, U.S. forces carried out a strike in eastern Syria that killed seven militants. "
        "On Sept. 16, U.S. forces conducted an air strike on a camp in central Syria, killing 28 militants."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 9, 30)))
    assert [f.killed.low for f in found if f.killed is not None] == [7, 28]
    assert all("Kill 37" not in " ".join(s.text for s in f.evidence) for f in found)


def test_a_headline_of_one_event_is_still_told_again_by_the_body() -> None:
    text = "Drone strike kills 3 near Qamishli\n\nA Turkish drone struck a car near Qamishli on Monday, killing three men."
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 9, 30)))
    assert len(found) == 1 and len(found[0].evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        # the first sentence names only the area; the second names the village through the same participants
        "Gunmen killed nine herders in an attack in the desert east of Salamiyah on Sunday. Witnesses said the gunmen "
        "opened fire on the herders near the village of Abu Hanaya.",
        "A young man was killed on Tuesday during a raid by security forces on a district of Raqqa. A source said the "
        "forces shot the young man near the village of Hamrat.",
        "Army units repelled an attack by militants on posts in the desert of Mayadin on Monday. Troops clashed with "
        "the militants near the village of Shoula, a reporter said.",
        "A boy was killed on Friday by shells fired on the town of Hawayij. The shells came from positions in "
        "the town of Quriyah, a source said.",
    ],
)
def test_a_follow_up_through_the_same_participants_is_the_same_incident(text: str) -> None:
    assert len(incidents(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed two farmers near Hajin on Sunday. Another group of gunmen killed a trader near Susah.",
        "Gunmen killed two farmers near Hajin on Sunday. On Monday, the gunmen killed a trader near Susah.",
        "Gunmen killed two farmers near Hajin on Sunday. The gunmen also killed a trader near Susah.",
        # a site or weapon named with an indefinite complement is a new one, not the one told before
        "An explosion rocked a shop in Hajin, wounding three. A girl died of injuries received in the explosion of a "
        "cluster bomblet in the town of Susah.",
    ],
)
def test_the_same_participants_in_a_further_event_are_another_incident(text: str) -> None:
    assert len(incidents(text)) == 2


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


def test_a_round_toll_and_more_than_it_are_one_report_of_one_event() -> None:
    found = incidents(
        "Coalition says it killed 100 fighters in Deir ez-Zor\n\nThe coalition said on Thursday it had carried out "
        "artillery strikes on fighters who attacked an SDF base in Deir ez-Zor province overnight. More than 100 "
        "attackers were killed by artillery after the column advanced on the SDF position near the village of Tabiyeh."
    )
    assert len(found) == 1
    assert found[0].killed is not None and (found[0].killed.low, found[0].killed.high) == (101, None)


def test_a_small_toll_and_more_than_it_stay_two_reports() -> None:
    found = incidents(
        "Shelling killed two civilians in the village of Hamrat on Monday. More than two fighters were killed by "
        "shelling in the village of Jdeideh."
    )
    assert len(found) == 2


def test_regions_listed_after_an_air_operation_are_one_incident_each() -> None:
    text = (
        "Our jets carried out an air operation in northern Syria on the night of 4 May. "
        "In the operation in the Derik, Amuda and Zirgan regions, 20 targets were destroyed."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [(i.event_type, i.toponyms[0].span.text, str(i.date.value)) for i in found] == [  # type: ignore[union-attr]
        (EventType.AIRSTRIKE, "Derik", "2023-05-04"),
        (EventType.AIRSTRIKE, "Amuda", "2023-05-04"),
        (EventType.AIRSTRIKE, "Zirgan", "2023-05-04"),
    ]
    # the villages of one shelling stay one incident
    one = "Turkish artillery shelled Tal Tamr on Monday. The shells fell on the villages of Tal Ward and Dardara."
    assert len(extract_incidents(Document(text=one, published=datetime.date(2023, 5, 6)))) == 1


def test_regions_listed_in_the_air_operation_s_own_sentence_are_one_incident_each() -> None:
    text = (
        "Our jets carried out air operations in northern Syria on the night of 4 May; 20 shelters of the terrorists "
        "were destroyed in the Amuda, Tal Tamr and Zirgan regions."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [(i.event_type, i.toponyms[0].span.text) for i in found] == [
        (EventType.AIRSTRIKE, "Amuda"),
        (EventType.AIRSTRIKE, "Tal Tamr"),
        (EventType.AIRSTRIKE, "Zirgan"),
    ]
    assert [text[s.start : s.end].startswith("20 shelters") for i in found[1:] for s in i.evidence] == [True, True]
    # places not called regions stay one incident
    one = "Our jets carried out air operations on the night of 4 May; 20 shelters were destroyed in Amuda, Tal Tamr and Zirgan."
    assert len(extract_incidents(Document(text=one, published=datetime.date(2023, 5, 6)))) == 1


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Air operations were carried out against the Sidakan, Khwakurk and Bradost regions of Northern Iraq, and the "
            "Tabqa, Suluk and Mabrouka regions of Northern Syria; 17 hideouts were destroyed.",
            ["Sidakan", "Khwakurk", "Bradost", "Tabqa", "Suluk", "Mabrouka"],
        ),
        (
            "Our jets struck on Friday the regions of Sidakan and Bradost in northern Iraq and Ain Issa, Tabqa "
            "(al-Thawra) and Suluk in northern Syria, where the terrorists hide.",
            ["Sidakan", "Bradost", "Ain Issa", "Tabqa", "Suluk"],
        ),
        (
            "US forces carried out airstrikes in Iraq and Syria on Friday against militia groups. Strikes hit depots in "
            "the areas of Husaybah and Rawa in Iraq and of Hajin and Gharanij in Syria.",
            ["Husaybah", "Rawa", "Hajin", "Gharanij"],
        ),
    ],
)
def test_regions_listed_in_groups_closed_by_their_country_are_one_incident_each(text: str, places: list[str]) -> None:
    # each region a place struck, those abroad too (the geocoder flags them outside coverage, never maps them)
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [(i.event_type, i.toponyms[0].span.text) for i in found] == [(EventType.AIRSTRIKE, p) for p in places]


@pytest.mark.parametrize(
    "text",
    [
        # places not called regions, in two groups: one strike told over them
        "Jets struck Sidakan and Bradost in northern Iraq and Tabqa and Suluk in northern Syria on Friday.",
        # the villages of two groups: one bombardment
        "Turkish guns shelled the villages of Dardara and Umm Kahf in northern Syria and Tal Kabir and Kharita in Turkey.",
        # what ends the first group is no country: one list of regions does not take the town after it
        "Drones hit the regions of Sidakan and Bradost in the mountains and the town of Suluk on Friday.",
    ],
)
def test_places_in_groups_not_called_regions_stay_one_incident(text: str) -> None:
    assert len(extract_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))) == 1


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
    from mapapp.extract.coreference import _told_during_cluster
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


# --- The dead of the incident just told, told again by name or description with the same count: one incident.
@pytest.mark.parametrize(
    "text",
    [
        "DEIR EZZOR - Gunmen shot dead a tribal elder in the town of Diban on Sunday. "
        "Sheikh Hamad al-Ali was gunned down outside his house after evening prayers.",
        "HASAKAH - Two refugees were found shot dead in the Hol camp on Monday. "
        "Both victims, a father and his son, were killed by gunmen firing at close range.",
        "Three protesters were killed by gunfire in the town of Shuhail on Friday. "
        "Witnesses said guards opened fire on the crowd, killing three of them.",
    ],
)
def test_the_dead_told_again_with_the_same_count_are_one_incident(text: str) -> None:
    found = incidents(text)
    assert len(found) == 1
    assert len(found[0].evidence) == 2


@pytest.mark.parametrize(
    "second",
    [
        "Another man was shot dead on the same day.",
        "A second man was shot dead in the town of Hajin.",
        "A landmine killed a shepherd near the village of Tayyana.",
    ],
)
def test_dead_told_apart_stay_an_incident_of_their_own(second: str) -> None:
    found = incidents(f"DEIR EZZOR - Gunmen shot dead a man in the town of Diban on Sunday. {second}")
    assert len(found) == 2


def test_an_incident_placed_again_in_more_detail_is_the_same_incident() -> None:
    found = incidents(
        'Raqqa | IS says it killed two "SDF" fighters near Karama\n'
        'The Islamic State said on its channels that it killed two fighters of the "SDF" in a raid on their post near '
        "Karama in the eastern countryside of Raqqa.\n"
        'According to residents, the attack took place late on Monday between Karama and Hamrat, and the "SDF" '
        "fighters were shot."
    )
    assert len(found) == 1 and len(found[0].evidence) == 3


def test_an_event_that_took_place_elsewhere_is_not_placed_again() -> None:
    found = incidents(
        "Gunmen killed three SDF fighters in an ambush on their car near Markada on Thursday. "
        "The attack on the bakery took place in the town of Hajin on Friday."
    )
    assert len(found) == 2


def test_a_strike_whose_aircraft_is_told_later_as_a_drone_is_a_drone_strike() -> None:
    text = (
        "US forces carried out a strike in eastern Syria on July 7, killing an ISIS official. The strike was flown "
        "by an MQ-9 over the village of Jadid Ekaidat."
    )
    found = extract_incidents(Document(text=text))
    assert [(i.event_type.value, i.actor) for i in found] == [("drone_strike", "US-led coalition")]


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
    incidents = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 10)))
    assert len(incidents) == 1
    assert (incidents[0].killed.low if incidents[0].killed else None) == killed
    assert (incidents[0].injured.low if incidents[0].injured else None) == injured


@pytest.mark.parametrize(
    "follow_up",
    [
        "The army had been watching the cell for a long time before the strike.",
        "The defence ministry said the strike went as planned.",
    ],
)
def test_a_bare_mention_of_the_event_told_is_merged_but_not_its_evidence(follow_up: str) -> None:
    report = "Jets struck a militant hideout near Maadan on Tuesday, killing four fighters."
    text = f"{report} {follow_up}"
    [incident] = extract_incidents(Document(text=text, published=datetime.date(2021, 3, 4)))
    evidence = " ".join(span.text for span in incident.evidence)
    assert evidence == report


@pytest.mark.parametrize(
    "follow_up",
    [
        "Two more fighters died of their wounds after the strike.",  # a figure
        "The strike targeted a weapons depot.",  # what was hit
    ],
)
def test_a_follow_up_telling_something_of_the_event_is_its_evidence(follow_up: str) -> None:
    text = f"Jets struck a militant hideout near Maadan on Tuesday, killing four fighters. {follow_up}"
    incidents = extract_incidents(Document(text=text, published=datetime.date(2021, 3, 4)))
    assert any(follow_up[:20] in span.text for incident in incidents for span in incident.evidence), follow_up
def test_dashed_release_lines_near_a_governorate_s_city_are_not_refined_by_the_next_line() -> None:
    # "Near Raqqa" is the city, not the governorate over which the next line's place would refine the strike
    found = incidents(
        "Strike summary\n"
        "-- Near Raqqa, three strikes damaged an ISIS supply route.\n"
        "-- Near Shaafah, two strikes destroyed an ISIS depot.\n"
    )
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Raqqa", "Shaafah"]


def test_a_strike_over_a_governorate_is_still_refined_by_the_village_told_next() -> None:
    found = incidents(
        "Turkish drones struck targets in the Hasakah countryside on Monday. "
        "The drones hit a car in the village of Tal Kharita."
    )
    assert len(found) == 1


def test_a_strike_on_the_village_just_named_is_an_incident_there() -> None:
    found = incidents(
        "Heavy fighting went on near Sabha through the night. "
        "Coalition jets struck militant positions in the village."
    )
    by_type = {i.event_type: i for i in found}
    assert by_type[EventType.AIRSTRIKE].primary_toponym is not None
    assert by_type[EventType.AIRSTRIKE].primary_toponym.text == "Sabha"


def test_a_car_bomb_at_the_entrance_of_the_town_just_named_is_placed_there() -> None:
    found = incidents("Militants seized Shaafah town on Monday, and a car bomb exploded at the entrance of the town.")
    bombs = [i for i in found if i.event_type is EventType.CAR_BOMB]
    assert len(bombs) == 1 and bombs[0].primary_toponym is not None and bombs[0].primary_toponym.text == "Shaafah"


@pytest.mark.parametrize(
    "text",
    [
        # the place as the subject of a sentence about it, not where something hit
        "A car bomb killed four people in Suluk on Monday. The town was captured by Turkish-backed factions in 2019.",
        # the kind of place before the event word: a speaker of the place, not where the strikes hit
        "A car bomb killed four people in Suluk on Monday. The mayor of the town said jets struck hideouts in the desert.",
        # the place told too long before
        "A car bomb killed four people in Suluk on Monday. Residents buried the dead. Shops stayed shut. "
        "Jets later struck positions in the town.",
    ],
)
def test_a_kind_of_place_opens_no_incident_far_from_or_about_the_place(text: str) -> None:
    assert len(incidents(text)) == 1


def test_the_dam_told_again_by_its_kind_places_the_strike_there() -> None:
    text = (
        "Militias attacked SDF posts on the Tabqa Dam front on Sunday, killing two guards. "
        "Drones then struck positions near the dam."
    )
    incidents = extract_incidents(Document(text=text, published=datetime.date(2024, 6, 3)))
    drones = [i for i in incidents if i.event_type is EventType.DRONE_STRIKE]
    assert len(drones) == 1 and drones[0].toponyms[0].span.text == "Tabqa Dam"


# --- A count broken down by place (rule 4f): one incident per item.
def test_fighters_counted_then_broken_down_by_region_are_one_incident_per_item() -> None:
    text = (
        "MSB statement\n\n9 terrorists who fired at our outposts were neutralized. "
        "5 of them in the Amuda region, 4 of them in the Derik region."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [(i.event_type, i.primary_toponym.text if i.primary_toponym else None, i.actor) for i in found] == [
        (EventType.ARMED_CLASH, "Amuda", "Turkish forces"),
        (EventType.ARMED_CLASH, "Derik", "Turkish forces"),
    ]


def test_attacks_counted_in_a_sentence_then_broken_down_by_where_they_came_from() -> None:
    text = "Release\n\nOn Sunday the terrorists carried out 12 attacks with mortars, 10 of them from Tal Tamr, and others from Zirgan."
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 8)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Tal Tamr", "Zirgan"]
    assert len(found) == 2  # (the count with no place of its own gives way to its items)


@pytest.mark.parametrize(
    "text",
    [
        # a count over a week or a month broken down by place: a tally still, no incident per item
        "The ministry said 52 terrorists were neutralized in the past week. "
        "Of these, 30 were neutralized in the Suluk region and 22 in the Derik region.",
        "Our forces neutralized 52 terrorists in August. Of them, 30 in the Suluk region, 22 in the Derik region.",
        "The monitor recorded 26 bombings across the province in May, 17 of them in Shaddadi and 9 in Markada.",
    ],
)
def test_a_count_over_a_period_broken_down_by_place_stays_a_tally(text: str) -> None:
    assert extract_incidents(Document(text=text, published=datetime.date(2023, 9, 4))) == []


def test_a_breakdown_whose_items_list_regions_is_one_incident_per_region() -> None:
    text = (
        "MSB statement\n\n6 terrorists were neutralized in the last day. "
        "Of these, 4 were neutralized in the Amuda and Derik regions, and 2 in the Zirgan region."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Amuda", "Derik", "Zirgan"]


def _breakdown_tolls(text: str) -> list[tuple[str | None, tuple[int | None, int | None] | None]]:
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    return [
        (i.primary_toponym.text if i.primary_toponym else None, (i.killed.low, i.killed.high) if i.killed else None)
        for i in found
    ]


def test_a_toll_broken_down_by_place_gives_each_item_its_count_as_its_dead() -> None:
    # the items add up to the dead told: each item's count is its toll
    assert _breakdown_tolls(
        "MSB statement\n\n9 terrorists who fired at our outposts were neutralized. "
        "5 of them in the Amuda region, 4 of them in the Derik region."
    ) == [("Amuda", (5, 5)), ("Derik", (4, 4))]
    # an item over two regions bounds each of them (how it divides is not told)
    assert _breakdown_tolls(
        "MSB statement\n\n6 terrorists were neutralized in the last day. "
        "Of these, 4 were neutralized in the Amuda and Derik regions, and 2 in the Zirgan region."
    ) == [("Amuda", (0, 4)), ("Derik", (0, 4)), ("Zirgan", (2, 2))]


@pytest.mark.parametrize(
    "text",
    [
        # items that do not add up to the toll: no item's own
        "MSB statement\n\n12 terrorists were neutralized. 5 of them in the Amuda region, 4 of them in the Derik region.",
        # a count of attacks, not of the dead
        "Release\n\nOn Sunday the terrorists carried out 12 attacks with mortars, 10 of them from Tal Tamr, and 2 from Zirgan.",
    ],
)
def test_a_breakdown_that_is_not_of_the_dead_gives_no_item_a_toll(text: str) -> None:
    tolls = _breakdown_tolls(text)
    assert len(tolls) == 2 and all(killed is None for _, killed in tolls)


@pytest.mark.parametrize(
    "text",
    [
        # the victims' home towns, not where the event was
        "Update\n\nA drone struck a car in Amuda on Monday, killing 3 people, 2 of them from Derik and 1 from Zirgan.",
        "Update\n\nA drone struck a car in Amuda on Monday, killing 3 people. 2 of them from Derik and 1 from Zirgan.",
    ],
)
def test_a_toll_broken_down_by_the_victims_home_towns_stays_at_the_event_s_place(text: str) -> None:
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Amuda"]


def test_a_breakdown_by_kind_names_no_place() -> None:
    text = "Update\n\nShelling on Amuda killed 5 civilians on Monday. Of them, 3 were children and 2 were women."
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Amuda"]
def _types_and_places(text: str) -> list[tuple[str, list[str]]]:
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    return [(i.event_type.value, [t.text for t in i.toponyms][:2]) for i in found]


def test_the_kind_of_place_told_a_few_sentences_on_is_the_place_told_last() -> None:
    # two sentences on, with a sentence naming no place between
    text = "Gunmen shot dead a farmer in Hajin on Monday. Traders protested. A convoy was hit by a drone on the outskirts of the town."
    assert _types_and_places(text) == [("attack", ["Hajin"]), ("drone_strike", ["Hajin"])]
    # four sentences on, none naming a place
    text = (
        "ISIS seized Hajin on Monday after days of fighting. Hundreds fled. Videos showed captives marched away. "
        "Their families fear the worst. Regime jets carried out ten raids on the town after it fell."
    )
    assert _types_and_places(text) == [("armed_clash", ["Hajin"]), ("airstrike", ["Hajin"])]
    # before the event word, where the clause sets its event
    text = "Jets struck Hajin on Monday, killing four. In the north of the town, fierce clashes broke out."
    assert _types_and_places(text) == [("airstrike", ["Hajin"]), ("armed_clash", ["Hajin"])]
    # as the event word's object
    text = "Jets struck positions south of Hajin on Monday. Officials said the rebels had shelled the town centre."
    assert _types_and_places(text) == [("airstrike", ["south of Hajin"]), ("shelling", ["south of Hajin"])]


def test_the_kind_of_place_is_not_a_place_told_before_another_place_or_a_line_label() -> None:
    # a sentence naming another place, or a bulletin line labelled by its own place, stands between
    text = (
        "Rebels stormed Hajin on Monday, killing four guards. Residents fled towards the village of Susah. "
        "Jets struck positions around the town."
    )
    assert _types_and_places(text) == [("raid", ["Hajin"])]
    text = (
        "Gunmen shot dead a farmer in Hajin on Monday. Traders protested. "
        "Zor Shammar (regime-held): a convoy was hit by a drone on the outskirts of the town."
    )
    assert _types_and_places(text) == [("attack", ["Hajin"])]
    # a security campaign "in the town" sentences after an attack is the forces' response, not placed so far back
    text = (
        "Gunmen opened fire on a police post in Hajin on Monday, wounding a guard. The attackers fled. "
        "Security forces then launched a search campaign in the town."
    )
    assert [t for t, _ in _types_and_places(text)] == ["armed_clash"]
    # a place told in a statistic is taken only by the very next sentence
    text = "At least 40 people were killed in Hajin since last summer. Residents are afraid. Jets struck positions around the town."
    assert _types_and_places(text) == []
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


def test_a_place_named_two_sentences_after_a_fight_told_over_a_province_refines_it() -> None:
    # the sentence between tells how it began and opens no incident
    found = incidents(
        "Clashes between tribal fighters and the SDF in the province of Raqqa killed at least seven people on Monday. "
        "The fighting broke out in the town of Mansoura after a local leader was detained. "
        "Tribal fighters attacked SDF posts in Mansoura and nearby Hamrat."
    )
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Mansoura"
    assert found[0].killed is not None and found[0].killed.low == 7


def test_a_place_named_right_after_a_fight_over_a_province_refines_it_whatever_province_help_came_from() -> None:
    found = incidents(
        "Clashes between tribal fighters and the SDF spread across eastern Deir ez-Zor on Monday. "
        "Tribal fighters seized posts in Sabha, while the SDF moved reinforcements from Hasakah."
    )
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Sabha"


def test_a_fight_in_another_province_or_after_another_incident_stays_apart() -> None:
    # the place's own sentence names another governorate as its place
    assert len(incidents(
        "Clashes between tribal fighters and the SDF spread across eastern Deir ez-Zor on Monday. "
        "Tribal fighters seized posts in Sabha in Hasakah province."
    )) == 2
    # an incident told between
    assert len(incidents(
        "Clashes between tribal fighters and the SDF in the province of Raqqa killed seven people on Monday. "
        "A drone struck a car near Tabqa, killing two. "
        "Tribal fighters attacked SDF posts in Mansoura and nearby Hamrat."
    )) == 3


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("A car bomb exploded near a checkpoint in Shaddadi on Monday, killing two soldiers. The Islamic State claimed the bombing.", "claimed"),
        ("Gunmen shot dead a council member in Shaddadi on Monday. ISIS claimed responsibility for the killing on its channels.", "claimed"),
    ],
)
def test_a_claim_names_the_agent_of_the_event_just_told_but_is_not_its_evidence(text: str, claim: str) -> None:
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 6, 1)))
    assert len(found) == 1
    assert found[0].actor == "ISIS"
    assert all(claim not in span.text for span in found[0].evidence)


def test_an_agent_told_in_the_passive_stays_evidence() -> None:
    text = "A mine exploded near a car in Shaddadi on Monday, killing two men. The mine was planted by ISIS, officials said."
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 6, 1)))
    assert len(found) == 1 and found[0].actor == "ISIS"
    assert any("planted by" in span.text for span in found[0].evidence)


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


def test_bulleted_lines_with_no_event_word_in_an_announced_list_are_hits_of_the_wave() -> None:
    text = (
        "Turkish jets hit at least 20 sites on Friday, officials said, including:\n"
        "- the water station of Tal Hamis;\n"
        "- a grain silo in Amuda, killing a guard;\n"
        "- a power plant in Zirgan.\n"
        "Residents said the power was cut."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [(i.toponyms[0].text, i.event_type, i.actor) for i in found] == [
        ("Tal Hamis", EventType.AIRSTRIKE, "Turkish forces"),
        ("Amuda", EventType.AIRSTRIKE, "Turkish forces"),
        ("Zirgan", EventType.AIRSTRIKE, "Turkish forces"),
    ]
    # lines after the list has ended, or a list no bombardment announced, add no hit
    text = (
        "Turkish jets hit at least 20 sites on Friday, officials said.\n"
        "- the water station of Tal Hamis;\n"
        "- a power plant in Zirgan."
    )
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 1
    text = (
        "The council listed the projects it will fund this year, including:\n"
        "- the water station of Tal Hamis;\n"
        "- a power plant in Zirgan."
    )
    assert extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8))) == []


def test_captives_of_the_event_told_put_to_death_later_are_an_execution_at_its_place() -> None:
    text = (
        "Militants overran an army post in Hajin on Sunday after heavy fighting. Videos showed soldiers marched away. "
        "A monitor said many were later executed."
    )
    assert _types_and_places(text) == [("armed_clash", ["Hajin"]), ("attack", ["Hajin"])]
    # an execution told with no tie to the captives of the event before stays unplaced, no incident
    text = "Militants overran an army post in Hajin on Sunday after heavy fighting. The group has executed spies before."
    assert _types_and_places(text) == [("armed_clash", ["Hajin"])]


def test_a_toll_told_at_the_site_of_a_listed_strike_is_that_strikes_toll() -> None:
    found = incidents(
        "Drones struck several sites overnight, officials said on Tuesday. The drones hit the Tishrin dam near Kobani "
        "and a silo outside Amuda. A guard at the Tishrin dam was killed and three workers were hurt, they said."
    )
    by_place = {i.toponyms[0].text: (i.killed, i.injured) for i in found}
    assert len(found) == 2
    killed, injured = by_place["Tishrin dam"]
    assert (killed.low, killed.high, injured.low, injured.high) == (1, 1, 3, 3)
    assert by_place["Amuda"] == (None, None)


def test_a_toll_at_a_place_no_strike_told_is_its_own_incident() -> None:
    found = incidents(
        "The drones hit the Tishrin dam near Kobani on Monday. A guard at the Jbeisa gas station was killed, they said."
    )
    assert len(found) == 2 and found[0].killed is None


def test_a_toll_past_a_sentence_telling_no_event_of_its_own_is_the_incidents() -> None:
    found = incidents(
        "Gunmen attacked an army post in the village of Jadid Ekaidat on Monday. The assault was carried out under "
        "mortar cover. Six gunmen were killed, while one soldier was wounded."
    )
    assert len(found) == 1 and _bounds(found) == [(6, 6)] and _bounds(found, "injured") == [(1, 1)]


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
    assert len(found) == 1 and _bounds(found) == [(2, 2)] and _bounds(found, "injured") == [None]


_WAVE_COUNT = "Coalition forces struck more than 60 targets in Iraq and Syria on Sunday night. "


def test_the_hits_of_a_counted_wave_told_by_their_regions_are_one_incident_each() -> None:
    text = _WAVE_COUNT + "The strikes targeted depots in the Amuda, Derbasiyah and Tal Tamr regions."
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 2, 6)))
    assert [(i.event_type, i.primary_toponym.text if i.primary_toponym else None) for i in found] == [
        (EventType.AIRSTRIKE, "Amuda"),
        (EventType.AIRSTRIKE, "Derbasiyah"),
        (EventType.AIRSTRIKE, "Tal Tamr"),
    ]
    assert {i.actor for i in found} == {"US-led coalition"}
    assert {i.date.value for i in found if i.date} == {datetime.date(2024, 2, 4)}


@pytest.mark.parametrize(
    "second",
    [
        # one of the wave's strikes told again, not the wave's places
        "One of the strikes hit depots in the Amuda, Derbasiyah and Tal Tamr regions.",
        # a list of villages of one area stays one incident
        "The strikes targeted the villages of Amuda, Derbasiyah and Tal Tamr.",
        # the count told sentences before, not just before
        "The council met on Monday. The strikes targeted depots in the Amuda, Derbasiyah and Tal Tamr regions.",
    ],
)
def test_a_wave_told_by_one_strike_by_villages_or_far_from_its_count_is_not_split_by_place(second: str) -> None:
    found = extract_incidents(Document(text=_WAVE_COUNT + second, published=datetime.date(2024, 2, 6)))
    assert len(found) <= 1


def test_cause_told_after_an_explosion_heard_takes_the_place_heard() -> None:
    text = "A loud blast was heard in the Hilaliye district of Qamishli an hour ago. First reports: a car bomb went off near a bakery."
    found = incidents(text)
    assert [(i.event_type, [t.text for t in i.toponyms]) for i in found] == [
        (EventType.CAR_BOMB, ["Hilaliye", "Qamishli"])
    ]
    assert len(found[0].evidence) == 2
    # the cause told in a later clause of the same line
    text = "Sound of a blast heard in the Hilaliye district of Qamishli; first reports: a roadside bomb hit a patrol car"
    assert [(i.event_type, i.toponyms[0].text) for i in incidents(text)] == [(EventType.IED, "Hilaliye")]
    # gunfire heard is no explosion; a cause two sentences on, or with a place of its own, takes nothing heard
    for text in (
        "Gunfire was heard in the Hilaliye district of Qamishli an hour ago. First reports: a car bomb went off near a bakery.",
        (
            "A loud blast was heard in the Hilaliye district of Qamishli an hour ago. Roads are closed. "
            "First reports: a car bomb went off near a bakery."
        ),
    ):
        assert all(i.toponyms == [] or i.toponyms[0].text != "Hilaliye" for i in incidents(text))
    text = "A loud blast was heard in the Hilaliye district of Qamishli an hour ago. A car bomb went off in Amuda."
    assert [[t.text for t in i.toponyms] for i in incidents(text)] == [["Amuda"]]


def test_a_strike_set_apart_after_an_explosion_heard_does_not_take_the_place_heard() -> None:
    text = (
        "A loud blast was heard in the Hilaliye district of Qamishli an hour ago. "
        "Separately, coalition jets bombed a hideout, killing four militants."
    )
    assert all(not i.toponyms or i.toponyms[0].text != "Hilaliye" for i in incidents(text))


def test_a_place_the_cluster_holds_told_again_is_not_added_to_it() -> None:
    # a cluster absorbing many mentions of one town keeps one entry per name (its list is read by every later test)
    from mapapp.extract.coreference import merge
    from mapapp.extract.mentions import read_sentence
    from mapapp.extract.sentences import split_sentences

    text = "Gunmen attacked a post in Kasra on Monday. Gunmen attacked a farm in Kasra. Gunmen attacked a shop in Kasra."
    mentions = [m for s in split_sentences(text) for m in read_sentence(text, s, [], None).mentions]
    assert len(mentions) == 3 and all(m.places for m in mentions)
    cluster = mentions[0]
    for mention in mentions[1:]:
        merge(cluster, mention)
    assert [p.text for p, _ in cluster.places] == ["Kasra"]


# --- A toll of both sides of a fight told with a bombardment (rule 4h): the fight's dead.
def _types_and_tolls(text: str) -> list[tuple[str, tuple[int | None, int | None] | None]]:
    found = extract_incidents(Document(text=text, published=datetime.date(2025, 3, 10)))
    return [(i.event_type.value, (i.killed.low, i.killed.high) if i.killed else None) for i in found]


@pytest.mark.parametrize(
    "text",
    [
        # said to be of both sides, in the bombardment's sentence
        "Report\n\nArmy units and the SDF clashed on Sunday near Markada. Troops pushed towards the bridge after shelling "
        "SDF posts in the village of Kasra, adding that at least five fighters on both sides were killed.",
        # the dead of two opposing parties, in the next sentence
        "Report\n\nFighting broke out on Sunday near Shaddadi between the army and the SDF. Shelling hit the edge of the "
        "town. At least three government soldiers and two SDF fighters were killed, according to a local source.",
    ],
)
def test_the_dead_of_both_sides_told_with_a_bombardment_are_the_fight_s(text: str) -> None:
    assert _types_and_tolls(text) == [("armed_clash", (5, None)), ("shelling", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead of one side: the bombardment's own toll
        (
            "Report\n\nFighting broke out on Sunday near Shaddadi between the army and the SDF. Army shelling hit the "
            "edge of the town, killing four SDF fighters.",
            [("armed_clash", None), ("shelling", (4, 4))],
        ),
        # the dead of two allied parties: one side still
        (
            "Report\n\nFighting broke out on Sunday near Shaddadi between the army and the SDF. Army shelling hit the "
            "edge of the town. Two SDF fighters and three Asayish members were killed, a source said.",
            [("armed_clash", None), ("shelling", (5, 5))],
        ),
        # no fight told before: the strike keeps its toll
        (
            "Report\n\nTurkish drones struck a post near Amuda on Sunday, killing fighters on both sides of the border.",
            [("drone_strike", None)],
        ),
    ],
)
def test_a_bombardment_s_toll_of_one_side_stays_its_own(text: str, expected: list) -> None:
    assert _types_and_tolls(text) == expected


def _evidence(incident) -> str:
    return " ".join(span.text for span in incident.evidence)


def test_an_assessed_origin_names_the_agent_of_the_event_just_told_but_is_not_its_evidence() -> None:
    text = "A drone struck a US base near Shaddadi on Monday, killing a contractor. Investigators judged the drone to be of Iranian make."
    (found,) = incidents(text)
    assert found.actor is not None and "Iran" in found.actor
    assert "origin" not in _evidence(found)


def test_a_party_said_to_be_behind_strikes_joins_no_event_of_another_type() -> None:
    text = (
        "Unidentified aircraft struck militia positions near Albu Kamal on Saturday. "
        "Hours later, rockets hit the Omar field, without causing casualties. "
        "Activists said Israeli jets were likely behind the strikes."
    )
    found = incidents(text)
    assert [i.event_type for i in found] == [EventType.AIRSTRIKE, EventType.SHELLING]
    assert found[1].actor is None
    assert all("behind" not in _evidence(i) for i in found)


def test_a_party_hiding_behind_cover_is_no_attribution_and_its_strike_is_read() -> None:
    text = "A sniper shot a farmer in Sabha on Monday. Later, an Iraqi drone struck PKK fighters who were crouching behind the wall of a mill."
    found = incidents(text)
    assert [i.event_type for i in found] == [EventType.ATTACK, EventType.DRONE_STRIKE]


@pytest.mark.parametrize("weight", ["probably", "reportedly", "believed to be", ""])
def test_a_party_said_to_be_behind_the_event_just_told_adds_no_incident(weight: str) -> None:
    text = f"A sniper shot a farmer in Sabha on Monday. Locals said Iraqi drones were {weight} behind the strikes."
    assert [i.event_type for i in incidents(text.replace("  ", " "))] == [EventType.ATTACK]


def test_an_event_told_with_its_own_place_beside_an_attribution_is_still_read() -> None:
    text = "A drone struck a car near Derik on Monday. Officials said Turkey was behind the strike on a truck in Amuda on Tuesday."
    assert len(incidents(text)) == 2


def test_a_listed_hit_at_a_new_place_is_no_refer_back_when_its_sibling_joins_the_strikes_told() -> None:
    text = (
        "US jets pound militia groups in eastern Syria, scores killed\n\nUS aircraft carried out airstrikes on Saturday "
        "night against militia sites in Deir Ezzor governorate, answering the killing of two US soldiers in Iraq.\n\n"
        "The strikes targeted sites in Maabada city, as well as the Jawadiyah weapons depots west of the river, "
        "according to residents."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 3, 4)))
    primaries = [i.primary_toponym.text for i in found if i.primary_toponym]
    assert "Maabada" in primaries and "Jawadiyah" in primaries


def test_a_listed_hit_is_not_the_event_just_told_retold_through_its_participants() -> None:
    text = (
        "US strikes on militias in Deir Ezzor: what we know\n\nThe US military said its forces struck more than 40 "
        "targets in Iraq and Syria on Saturday night, after a drone attack had killed two US soldiers at a base "
        "in Jordan.\n\nIn the east, the strikes targeted sites of the Iran-backed militias in Maabada, the Khanasir "
        "countryside and the Jawadiyah warehouses west of the city."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 3, 4)))
    primaries = [i.primary_toponym.text for i in found if i.primary_toponym]
    assert "Maabada" in primaries and "Jawadiyah" in primaries
    assert "Khanasir countryside" not in primaries  # a bare region after a target stays with it


@pytest.mark.parametrize(
    "text",
    [
        # a headline of strikes over a body whose first report is a killing by hand: the headline's other event
        "Deir ez-Zor: Beheadings and air raids\n\nISIS beheaded two shepherds in the main square of Hajin on Friday.",
        "Killing of a boy in Tabqa, Iraqi strike near the border\n\nA boy was shot dead in an argument in the Tabqa market on Monday.",
    ],
)
def test_a_killing_by_hand_does_not_continue_a_strike(text: str) -> None:
    found = incidents(text)
    killings = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text in ("Hajin", "Tabqa")]
    assert [i.event_type for i in killings] == [EventType.ATTACK]


def test_a_strike_does_not_continue_an_execution() -> None:
    found = incidents(
        "ISIS executed two men in Hajin on Friday.\n\nLater the coalition warplanes struck a river bridge in Raqqa city, wrecking it."
    )
    hajin = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text == "Hajin"]
    assert [i.event_type for i in hajin] == [EventType.ATTACK]


def test_a_strike_headline_still_continues_in_a_generic_body_report() -> None:
    found = incidents("Drone strike kills two in Amuda\n\nTwo men were killed in an attack on their car in Amuda on Monday.")
    assert len(found) == 1 and found[0].event_type is EventType.DRONE_STRIKE


@pytest.mark.parametrize(
    "text",
    [
        "Statement\n\nOur forces resumed the operation against the terrorists in the Sabkha pocket tonight. Heavy clashes are under way.",
        "Update\n\nHeavy gunfire was heard in the Sabkha district. Sources say clashes broke out between police and a gang.",
    ],
)
def test_a_fight_told_with_no_place_right_after_its_scene_is_at_that_scene(text: str) -> None:
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert [(i.event_type, i.primary_toponym.text if i.primary_toponym else None) for i in found] == [
        (EventType.ARMED_CLASH, "Sabkha")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no fight's scene: a visit
        "Update\n\nOfficials visited the Sabkha market on Monday. Heavy clashes are under way.",
        # two scenes: which one is not told
        "Statement\n\nOur forces resumed the operation in Sabkha and Maadan on Monday. Heavy clashes are under way.",
    ],
)
def test_a_fight_with_no_place_after_no_scene_or_several_is_not_placed(text: str) -> None:
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert all(i.primary_toponym is None or i.primary_toponym.text not in {"Sabkha", "Maadan"} for i in found)


def test_a_fight_in_the_old_city_is_at_the_place_just_told() -> None:
    text = "Update\n\nCoalition jets hit the Mashlab district of Raqqa on Monday. Heavy clashes raged inside the old city."
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert [(i.event_type, i.primary_toponym.text if i.primary_toponym else None) for i in found] == [
        (EventType.AIRSTRIKE, "Mashlab"),
        (EventType.ARMED_CLASH, "Mashlab"),
    ]


def test_a_fight_in_the_old_city_is_not_at_a_place_told_as_lying_outside_it() -> None:
    text = (
        "Update\n\nCoalition jets hit the Mashlab district, east of the old city, on Monday. "
        "SDF units fought IS cells along the rim of the old city."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert [i.event_type for i in found if i.primary_toponym and i.primary_toponym.text == "Mashlab"] == [EventType.AIRSTRIKE]


def test_the_explosion_told_next_is_the_bomb_just_told_though_it_names_the_spot_otherwise() -> None:
    found = incidents(
        "A roadside bomb hit an army truck near the Kasra silos on Monday, killing two soldiers. The explosion struck "
        "the truck on the road between Tabia and Jazra. A third soldier was badly hurt."
    )
    assert len(found) == 1 and found[0].primary_toponym is not None and found[0].primary_toponym.text == "Kasra"
    found = incidents(
        "Update: an IED targeted a police car in the Ghuwairan al-Sharqi district.\n"
        "Update: one policeman lightly wounded in the Ghuwairan explosion."
    )
    assert len(found) == 1 and found[0].injured is not None and found[0].injured.low == 1


@pytest.mark.parametrize(
    "text",
    [
        # another blast, and one told apart
        "A roadside bomb hit an army truck near Kasra on Monday. Another explosion hit a market in Tabia, wounding four.",
        "A roadside bomb hit an army truck near Kasra on Monday. A second explosion hit a market in Tabia, wounding four.",
        "A roadside bomb hit an army truck near Kasra on Monday. Separately, the explosion of a mine wounded four in Tabia.",
        # another day
        "A roadside bomb hit an army truck near Kasra on Monday. The explosion in Tabia on Friday wounded four.",
        # a site told anew
        "A roadside bomb hit an army truck near Kasra on Monday. The explosion at a bakery in Tabia killed three workers.",
        # another governorate
        (
            "A roadside bomb hit an army truck near Kasra in Deir ez-Zor province on Monday. The explosion at a depot in "
            "Amuda in Hasakah province wounded four."
        ),
    ],
)
def test_a_blast_told_as_another_or_on_another_day_is_its_own_event(text: str) -> None:
    assert len(incidents(text)) == 2


def test_the_blast_named_as_the_time_of_a_measure_is_no_evidence_of_it() -> None:
    found = incidents(
        "Update: a car bomb went off near the Kasra roundabout, killing two.\n"
        "Update: police shut the roads into Jazra after the explosion."
    )
    assert len(found) == 1 and len(found[0].evidence) == 1 and found[0].actor != "police"


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



def test_a_listed_site_s_region_told_after_it_is_no_target_of_its_own() -> None:
    text = (
        "Turkish drones struck civilian sites across the region on Friday, killing five people. "
        "Among the targets were the Khanzir grain silo in Qahtaniyah countryside, the Amuda mill and a farm in Shuhail."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))
    assert [i.toponyms[0].span.text for i in found] == ["Khanzir", "Amuda", "Shuhail"]


@pytest.mark.parametrize(
    ("listed", "places"),
    [
        # each target with a place of its own, separated: one incident per place
        ("the Amuda power station, a school in Tal Tamr and a farm in Shuhail.", ["Amuda", "Tal Tamr", "Shuhail"]),
        ("a bakery in Tal Tamr, the Amuda mill and a farm near Qahtaniyah.", ["Tal Tamr", "Amuda", "Qahtaniyah"]),
        ("a school in Tal Tamr and a water station in Shuhail.", ["Tal Tamr", "Shuhail"]),
    ],
)
def test_targets_each_with_its_own_place_stay_apart(listed: str, places: list[str]) -> None:
    text = f"Turkish drones struck civilian sites across the region on Friday, killing five people. Among the targets: {listed}"
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))
    assert [i.toponyms[0].span.text for i in found] == places


_STRUCK_PARTY_LEDE = (
    "Militias hit in coalition strikes near Shuhail\n\nThe coalition said on Wednesday its jets had struck pro-government "
    "militias who attacked an SDF post near Shuhail, killing 20 of them. "
)


def test_the_struck_party_s_assault_told_again_next_is_that_assault() -> None:
    # the assault read from the strike's relative clause, told again with its day and weapons: one assault
    text = _STRUCK_PARTY_LEDE + "The attack began late on Tuesday with tank and mortar fire on the post."
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 3, 7)))
    assert sorted(i.event_type.value for i in found) == ["airstrike", "armed_clash"]
    assault = next(i for i in found if i.event_type is EventType.ARMED_CLASH)
    assert len(assault.evidence) == 2 and assault.date is not None and assault.date.value == datetime.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("follow_up", "types"),
    [
        # an attack at another named place: its own
        (
            "An attack with mortar fire on a checkpoint in Hajin on Tuesday wounded two SDF fighters.",
            ["airstrike", "armed_clash", "shelling"],
        ),
        # the answering strikes told again are no part of the assault
        ("The attack by coalition drones went on until dawn near Shuhail.", ["airstrike", "armed_clash", "drone_strike"]),
        # not the very next sentence
        (
            "Residents said they fled. The attack began late on Tuesday with tank and mortar fire on the post.",
            ["airstrike", "armed_clash", "shelling"],
        ),
    ],
)
def test_an_event_not_retelling_the_struck_party_s_assault_stays_apart(follow_up: str, types: list[str]) -> None:
    found = extract_incidents(Document(text=_STRUCK_PARTY_LEDE + follow_up, published=datetime.date(2024, 3, 7)))
    assert sorted(i.event_type.value for i in found) == types


def test_an_attack_told_after_strikes_with_no_assault_of_the_struck_is_its_own() -> None:
    text = (
        "Militias hit in coalition strikes near Shuhail\n\nThe coalition said on Wednesday its jets had struck ISIS "
        "positions near Shuhail, killing 20 of them. The attack began late on Tuesday with tank and mortar fire on an "
        "SDF post."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 3, 7)))
    assert sorted(i.event_type.value for i in found) == ["airstrike", "shelling"]


def test_strikes_told_as_a_pattern_are_no_event_a_later_sentence_places() -> None:
    text = (
        "Fighting raged near Tal Tamr. Coalition warplanes have pounded the area repeatedly in recent days. The "
        "coalition said it carried out nine strikes near Hasakah on Thursday."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))
    strikes = [i for i in found if i.event_type.value == "airstrike"]
    assert len(strikes) == 1 and [span.text[:15] for span in strikes[0].evidence] == ["The coalition s"]


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
    found = extract_incidents(Document(text=_WAVE + " Clan gunmen seized an SDF post in Shuhail on Tuesday."))
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
    found = extract_incidents(Document(text=_WAVE + after))
    assert [(i.event_type.value, i.primary_toponym.text) for i in found] == expected


def test_a_fight_at_a_named_place_spreading_from_it_stays() -> None:
    text = (
        "Clashes between the SDF and clan fighters spread across eastern Deir ez-Zor\n\nFighting between the SDF and "
        "clan fighters raged on Tuesday in Hajin, residents said. Clan gunmen seized an SDF post in Shuhail on Tuesday."
    )
    found = extract_incidents(Document(text=text))
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


@pytest.mark.parametrize(
    ("follow_up", "types"),
    [
        # an attack told anew at the same place, told apart, or a bombing: events of their own
        (
            "A gunmen's attack on a pharmacy near Shuhail killed two civilians on Monday.",
            ["airstrike", "armed_clash", "attack"],
        ),
        (
            "In a separate attack, ISIS gunmen shot dead a farmer near Shuhail on Monday.",
            ["airstrike", "armed_clash", "attack"],
        ),
        (
            "A roadside bomb attack near Shuhail killed two SDF fighters on Monday.",
            ["airstrike", "armed_clash", "ied"],
        ),
    ],
)
def test_an_attack_told_anew_after_the_struck_party_s_assault_stays_apart(follow_up: str, types: list[str]) -> None:
    found = extract_incidents(Document(text=_STRUCK_PARTY_LEDE + follow_up, published=datetime.date(2024, 3, 7)))
    assert sorted(i.event_type.value for i in found) == types


def test_targets_at_two_places_joined_by_and_in_are_two_targets() -> None:
    text = (
        "Turkish drones hit civilian sites on Sunday, killing two people. Among the targets were grain stores in "
        "Tel Jihan and in Derik."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))
    assert [i.toponyms[0].span.text for i in found] == ["Tel Jihan", "Derik"]


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


_CAR_BOMB_TOLD = (
    "A car bomb went off near a bakery in Tal Baydar on Friday, killing at least four people. The ministry blamed a "
    "Kurdish group.\n\nThe figure could not be checked independently. "
)


@pytest.mark.parametrize(
    "text",
    [
        # a monitor's toll of the blast, sentences after the bomb was told
        _CAR_BOMB_TOLD + "A monitor said the explosion killed three soldiers and a child.",
        # a post's update on the blast, past the post's furniture lines
        (
            "An IED struck an Asayish car near the bridge in Hasakah on Friday.\n\nNo word on casualties yet.\n\n"
            "12K views\n\nUpdate: two members wounded in the blast."
        ),
    ],
)
def test_the_explosion_named_again_further_on_is_the_bomb_told_before(text: str) -> None:
    assert len(incidents(text)) == 1


@pytest.mark.parametrize(
    "follow_up",
    [
        "A monitor said another explosion killed three soldiers and a child.",  # one more blast
        "A monitor said the explosion at a fuel depot in Amuda killed two guards.",  # a blast at a site named anew
        "A monitor said the explosion on Thursday killed two soldiers.",  # a blast of another day
    ],
)
def test_another_explosion_told_further_on_is_another_incident(follow_up: str) -> None:
    assert len(incidents(_CAR_BOMB_TOLD + follow_up)) == 2


def test_regions_listed_after_an_air_operation_told_only_by_its_countries_are_its_hits() -> None:
    # the operation told over whole countries (no incident by itself), then its regions, the next group's country
    # told first: one incident per region, abroad too
    text = (
        "After an assault on our troops, an air operation was conducted in northern Iraq and Syria. During the "
        "operation, 23 targets were hit in the Zap and Avasin regions in Northern Iraq and in northern Syria in the Tal "
        "Tamr and Zirgan regions."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [(i.event_type, i.toponyms[0].span.text) for i in found] == [
        (EventType.AIRSTRIKE, p) for p in ["Zap", "Avasin", "Tal Tamr", "Zirgan"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a count over a period, then the regions: no hits of one wave
        "Our jets carried out 300 air operations in northern Iraq and Syria this year. In these operations, 900 targets "
        "were destroyed in the Zap and Avasin regions.",
        # regions told with nothing struck there
        "Our jets conducted an air operation in northern Iraq and Syria. Residents of the Tal Tamr and Zirgan regions fled "
        "to the city.",
        # regions struck on another occasion, told after the operation
        "Our jets conducted an air operation in northern Iraq and Syria. In earlier operations in 2019, targets were "
        "destroyed in the Tal Tamr and Zirgan regions.",
    ],
)
def test_regions_told_after_a_count_of_a_period_with_nothing_struck_or_struck_before_are_no_incidents(text: str) -> None:
    assert extract_incidents(Document(text=text, published=datetime.date(2023, 5, 6))) == []


def test_a_fight_told_after_a_forces_entry_into_named_places_is_there() -> None:
    text = (
        "ISIS fighters have entered the Tal Hajar and Mufti quarters of the city. Fierce clashes with the army and "
        "the police."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [(i.event_type, i.toponyms[0].span.text) for i in found] == [(EventType.ARMED_CLASH, "Tal Hajar")]


@pytest.mark.parametrize(
    "text",
    [
        # no entry told, only a place named
        "Residents of the Tal Hajar and Mufti quarters fled in the morning. Fierce clashes with the army and the police.",
        # a fight named as one told before
        "ISIS fighters have entered the Tal Hajar and Mufti quarters of the city. The clashes were the worst in years.",
    ],
)
def test_a_fight_with_no_place_after_no_entry_or_named_as_told_before_opens_nothing(text: str) -> None:
    assert extract_incidents(Document(text=text, published=datetime.date(2023, 5, 6))) == []


def test_regions_listed_after_a_day_s_air_operation_summed_up_over_countries_are_one_incident_each() -> None:
    # the operation told as a summary over two countries (no incident of its own), then where that day's strikes hit
    text = (
        "On Sunday Turkish jets launched air strikes on militant positions across northern Syria and Iraq, the ministry "
        "said. It said 40 targets were destroyed, including in the Amuda, Derbasiyah and Tal Tamr regions of Syria."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 9)))
    assert [(i.event_type, i.toponyms[0].span.text, str(i.date.value)) for i in found] == [  # type: ignore[union-attr]
        (EventType.AIRSTRIKE, "Amuda", "2023-05-07"),
        (EventType.AIRSTRIKE, "Derbasiyah", "2023-05-07"),
        (EventType.AIRSTRIKE, "Tal Tamr", "2023-05-07"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a month's summary: its regions are no day's strikes
        "The coalition carried out 300 strikes in Iraq and Syria last month. Most were in the Hajin and Baghouz regions.",
        # the regions told two sentences later, with another statement between
        "On Sunday Turkish jets launched air strikes on militant positions across northern Syria and Iraq, the ministry said. "
        "Officials met on Monday. Forty targets were destroyed in the Amuda, Derbasiyah and Tal Tamr regions of Syria.",
        # no bombardment summed up before the list
        "Talks on Syria and Iraq were held on Sunday. Aid reached the Amuda, Derbasiyah and Tal Tamr regions of Syria.",
    ],
)
def test_regions_listed_after_no_day_s_summed_up_bombardment_are_no_incidents(text: str) -> None:
    assert extract_incidents(Document(text=text, published=datetime.date(2023, 5, 9))) == []


@pytest.mark.parametrize(
    "text",
    [
        # the captives named as soldiers or troops put to death, not only "many were later executed"
        "Militants overran an army post in Hajin on Sunday after heavy fighting. The monitor said twenty soldiers "
        "taken prisoner had been executed.",
        # told six sentences after the fight, its captives shown and its toll counted between
        "Militants overran an army post in Hajin on Sunday after heavy fighting. \"The army pulled out,\" a resident "
        "said. Over 90 fighters died since the battle began. State media said troops had regrouped. The army's "
        "withdrawal leaves the area to the group. Video later showed soldiers marched away. Activists said some were "
        "later executed.",
    ],
)
def test_captives_told_executed_in_other_words_or_sentences_on_are_an_execution_at_the_fight_s_place(text: str) -> None:
    assert _types_and_places(text) == [("armed_clash", ["Hajin"]), ("attack", ["Hajin"])]


@pytest.mark.parametrize(
    "text",
    [
        # executions told of the group as a practice: no captives of the fight
        "Militants overran an army post in Hajin on Sunday after heavy fighting. Rights groups say the militants "
        "have executed prisoners for years.",
        # pictures a party posted of what it said were executed troops: a claim, coded by one writer and not another
        "Militants overran an army post in Hajin on Sunday after heavy fighting. Photos online showed what the group "
        "said were executed troops.",
        # an execution of people who are no captives (a court's sentence)
        "Militants overran an army post in Hajin on Sunday after heavy fighting. A court said two smugglers were "
        "executed.",
        # the executions told too far from the fight (eight sentences on)
        "Militants overran an army post in Hajin on Sunday after heavy fighting. One. Two. Three. Four. Five. Six. "
        "Seven. Activists said some were later executed.",
    ],
)
def test_an_execution_of_no_captives_of_the_fight_takes_no_fight_s_place(text: str) -> None:
    assert _types_and_places(text)[1:] in ([], [("attack", [])])


@pytest.mark.parametrize(
    "text",
    [
        # a post, then its update with the toll, neither dated
        "BREAKING | Car bomb blast in Manbij near the Al-Nour roundabout. Ambulances rushing to the scene.\n\n"
        "UPDATE: Car bomb in Manbij near the Al-Nour roundabout – 5 dead and 12 wounded, hospital sources say.",
        # a page repeating its lede as a teaser line: the same toll at the same place
        "A landmine injured three shepherds in the grazing land of Al-Sabkha on Friday, sources said.\n"
        "Security teams were sent to the area.\n"
        "A landmine injured three shepherds in the grazing land of Al-Sabkha",
    ],
)
def test_an_undated_retelling_at_the_same_places_is_that_event(text: str) -> None:
    found = incidents(text)
    assert len(found) == 1
    assert len(found[0].evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        # told as one more event of its kind
        "Car bomb blast in Manbij near the clock square, no toll yet.\n\n"
        "Another car bomb went off in Manbij near the clock square, killing 5 people.",
        # the same town, but another spot: a town may see two car bombs on a day
        "Car bomb blast in Manbij near the clock square. Ambulances rushing to the scene.\n\n"
        "UPDATE: Car bomb in Manbij near the grain silo – 5 dead.",
        # the same place, tolls that disagree
        "Artillery shelling killed two men in Hajin on Monday. Artillery shelling on Hajin killed a woman.",
    ],
)
def test_an_undated_report_of_its_kind_told_apart_stays(text: str) -> None:
    assert len(incidents(text)) == 2


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


def test_the_body_s_targeted_killing_types_an_event_its_headline_told_with_a_generic_word() -> None:
    # the headline's "attack" on an armed party reads as a fight; the body tells a shooting, a targeted killing
    text = (
        "Hasakah: IS kills Asayish member in new attack\n\n"
        "Local sources said IS cells shot dead an Asayish member in the village of Tal Hamis on Sunday."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 2, 6)))
    assert [i.event_type for i in found] == [EventType.ATTACK]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a firm headline word keeps its type over the body's generic one
        (
            "Turkish drone strike kills two in Amuda\n\nA strike targeted a car in Amuda on Sunday, killing two people.",
            EventType.DRONE_STRIKE,
        ),
        # nor does a body that names only the attackers, "gunmen", not a killing of their own
        (
            "Five SDF fighters killed in an attack on their checkpoint near Susah\n\n"
            "Gunmen believed to be ISIS killed five SDF fighters at a checkpoint near Susah on Sunday.",
            EventType.ARMED_CLASH,
        ),
        # a body that tells no kind of event ("an explosion") does not retype the headline's
        (
            "ISIS attack kills three soldiers near Hajin\n\nAn explosion killed three soldiers near Hajin on Sunday.",
            EventType.ARMED_CLASH,
        ),
    ],
)
def test_a_headline_keeps_its_type_over_a_body_that_says_less(text: str, event_type: EventType) -> None:
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 2, 6)))
    assert [i.event_type for i in found] == [event_type]


@pytest.mark.parametrize(
    "claim",
    [
        # the claiming party past an apposition, claiming in the active voice
        "The Islamic Resistance in Iraq, which groups several Shia militias, claimed it had hit the site with a drone.",
        # a claim of "attacks" with no determiner, typed a clash by its military target
        "The Islamic Resistance in Iraq, which groups several Shia militias, claimed attacks on the site.",
        "Iran-backed militias claimed attacks on the site.",
    ],
)
def test_a_claim_past_an_apposition_or_of_attacks_names_the_drone_strikes_agent(claim: str) -> None:
    found = incidents("A drone hit a gas plant hosting US troops near Tal Ward on Sunday, wounding two. " + claim)
    assert [(i.event_type, i.actor) for i in found] == [(EventType.DRONE_STRIKE, "Iran-backed militias")]


@pytest.mark.parametrize(
    "other",
    [
        # a claim of other attacks, in the past
        "Iran-backed militias have claimed attacks on bases before.",
        # a party's claim of something else
        "Iran-backed militias claimed victory in the local elections.",
        # a report of the party's words on another matter
        "The Islamic Resistance in Iraq, which groups several Shia militias, said it would keep its fighters in the city.",
    ],
)
def test_a_claim_of_other_deeds_names_no_agent(other: str) -> None:
    found = incidents("A drone hit a gas plant hosting US troops near Tal Ward on Sunday, wounding two. " + other)
    assert [i.actor for i in found if i.event_type is EventType.DRONE_STRIKE] == [None]


_BOMBING_WITH_DETAILS = (
    "A car bomb went off beside a bakery in Tal Ward on Monday, killing four people. "
    "The car had been left near the bakery door, a police officer said. "
    '"People were queueing for bread," he said. '
    "Among the dead was a boy of ten. "
)


def test_a_claim_told_after_the_events_details_names_its_agent() -> None:
    found = incidents(_BOMBING_WITH_DETAILS + "ISIS claimed the bombing through its news agency.")
    assert [(i.event_type, i.actor) for i in found] == [(EventType.CAR_BOMB, "ISIS")]


@pytest.mark.parametrize(
    "after",
    [
        # another's word that a party was behind it keeps the short reach
        "The council said ISIS cells were behind the bombing.",
        # a claim told further on
        "The town has a long history. Its market dates back a century. ISIS claimed the bombing.",
        # a claim denied
        "No group claimed the bombing.",
    ],
)
def test_a_word_far_after_the_events_details_names_no_agent(after: str) -> None:
    found = incidents(_BOMBING_WITH_DETAILS + after)
    assert [i.actor for i in found if i.event_type is EventType.CAR_BOMB] == [None]


def test_a_dated_strike_by_a_party_on_the_city_just_told_is_an_incident_there() -> None:
    lede = "Islamic State fighters attacked army posts in Mayadin city on Friday, killing ten soldiers.\n\n"
    published = datetime.date(2019, 3, 4)
    found = extract_incidents(
        Document(text=lede + "Separately, Syrian jets carried out 15 strikes on rebel-held parts of the city on Saturday.", published=published)
    )
    assert [(i.event_type, i.toponyms[0].span.text) for i in found] == [
        (EventType.ARMED_CLASH, "Mayadin"),
        (EventType.AIRSTRIKE, "Mayadin"),
    ]
    assert found[1].date is not None and found[1].date.value == datetime.date(2019, 3, 2)
    # no day, no party, a pattern, a future strike, an assault on the city: no incident of its own
    for other in (
        "Syrian jets have repeatedly struck the city.",
        "Strikes hit parts of the city on Saturday.",
        "Syrian jets bombed the city for months in 2016.",
        "Officials said Syrian jets would strike the city on Sunday.",
        "Rebels launched their assault on the city on Saturday after months of siege.",
    ):
        assert len(extract_incidents(Document(text=lede + other, published=published))) == 1, other


def test_a_party_s_strikes_on_the_scene_just_told_are_an_incident_there_with_no_day() -> None:
    lede = "Rebels captured an army base near Tabqa on Sunday after days of fighting, killing 30 soldiers.\n\n"
    published = datetime.date(2015, 6, 9)
    found = extract_incidents(
        Document(text=lede + "Government warplanes carried out a dozen raids on the base after its fall.", published=published)
    )
    assert [(i.event_type, i.toponyms[0].span.text) for i in found] == [
        (EventType.ARMED_CLASH, "Tabqa"),
        (EventType.AIRSTRIKE, "Tabqa"),
    ]
    # no party, a pattern, a strike on no scene told: no incident of its own
    for other in (
        "Raids on the base continued after its fall.",
        "Government warplanes have struck the base many times.",
        "Government warplanes have long targeted the headquarters of the rebels.",
    ):
        assert len(extract_incidents(Document(text=lede + other, published=published))) == 1, other


def test_another_party_s_strikes_on_the_attackers_just_told_are_an_incident_at_their_scene() -> None:
    lede = "Islamic State militants attacked army posts near Mayadin with two car bombs overnight, killing 12 soldiers. "
    published = datetime.date(2018, 12, 7)
    found = extract_incidents(
        Document(text=lede + "The U.S.-led coalition then struck the attackers, a spokesman said.", published=published)
    )
    assert [(i.event_type, i.toponyms[0].span.text) for i in found] == [
        (EventType.CAR_BOMB, "Mayadin"),
        (EventType.AIRSTRIKE, "Mayadin"),
    ]
    # the attackers' own assault told on, a pattern, strikes with no party: the one incident
    for other in (
        "The attackers then stormed the posts.",
        "The U.S.-led coalition has struck the attackers many times.",
        "Strikes on the attackers followed, a spokesman said.",
    ):
        assert len(extract_incidents(Document(text=lede + other, published=published))) == 1, other


def test_a_strike_on_the_town_after_an_incident_placed_only_by_its_province_takes_no_place() -> None:
    # the kind of place the strike hits ("the town") names a town, not the province the incident before was placed in
    from mapapp.extract.coreference import _placed_by_kind_told
    from mapapp.extract.mentions import read_sentence
    from mapapp.extract.sentences import split_sentences
    from mapapp.extract.toponyms import find_governorates

    for lede, placed in (
        ("Clashes killed two fighters in Hasakah province on Friday.", False),
        ("Clashes killed two fighters in the town of Amuda on Friday.", True),
    ):
        text = lede + " Turkish jets carried out ten strikes on the town on Saturday."
        first, second = split_sentences(text)[:2]
        governorates = [find_governorates(text[first.start : first.end]), []]
        readings = [read_sentence(text, sentence, governorates[i], None) for i, sentence in enumerate((first, second))]
        fight, strike = readings[0].mentions[0], readings[1].mentions[0]
        assert not strike.places
        assert _placed_by_kind_told(strike, [fight], dict(enumerate(readings)), governorates, 1) is placed, lede
        assert bool(strike.places) is placed


@pytest.mark.parametrize(
    "text",
    [
        # "the city" of a strike after another city was named: not the city of the incident told before
        "Gunmen attacked an army checkpoint in Tal Ward on Saturday, killing four soldiers. "
        "Meanwhile in Qamishli, residents said bread was short. "
        "Russian jets carried out 20 strikes on parts of the city on Sunday.",
        # a strike told as what would be done, not done
        "Gunmen attacked an army base near Tal Ward on Monday, killing nine soldiers. "
        "Government warplanes would carry out raids on the base if it fell.",
        "Gunmen attacked an army base near Tal Ward on Monday, killing nine soldiers. "
        "Government warplanes are expected to pound the base on Tuesday.",
        # the attackers struck on another day than their attack: they may be anywhere by then
        "Gunmen attacked army posts in Tal Ward on Monday, killing six soldiers. "
        "The U.S.-led coalition struck the attackers on Thursday.",
    ],
)
def test_a_strike_on_the_kind_of_place_told_takes_no_place_past_another_place_or_when_not_done(text: str) -> None:
    found = incidents(text)
    assert [i.event_type for i in found if i.event_type in (EventType.AIRSTRIKE, EventType.SHELLING)] == []


@pytest.mark.parametrize(
    "text",
    [
        # no incident told so far names a place: the scene struck is the dateline's town
        "SOUSA, Syria (Reuters) - Fighters said gunfire went on overnight in tunnels under the ridge. "
        "Coalition jets struck the area repeatedly, a witness said.",
        "SOUSA, Syria (Reuters) - Government forces resumed their push on Friday, commanders said. "
        "Coalition air strikes and mortar fire pounded the encampment by the river from the afternoon.",
    ],
)
def test_a_strike_on_the_scene_is_at_the_datelines_town_when_no_incident_names_a_place(text: str) -> None:
    assert ("airstrike", ["SOUSA"]) in _types_and_places(text)


@pytest.mark.parametrize(
    "text",
    [
        # another place named just before: "the area" may be that one
        "SOUSA, Syria (Reuters) - Gunfire went on overnight in tunnels under the ridge. Many families are sheltering "
        "in the village of Baghouz now. Coalition jets struck the area repeatedly.",
        # no place of the article's own
        "Gunfire went on overnight in tunnels under the ridge. Coalition jets struck the area repeatedly.",
        # a pattern, not one strike
        "SOUSA, Syria (Reuters) - Gunfire went on overnight in tunnels. Coalition jets have struck the area for weeks.",
    ],
)
def test_a_strike_on_the_scene_with_no_place_of_the_article_or_another_place_told_opens_nothing(text: str) -> None:
    assert [kind for kind, _ in _types_and_places(text)].count("airstrike") == 0


def test_a_strike_on_the_checkpoint_just_told_is_at_its_place() -> None:
    text = (
        "Army soldiers and US troops traded fire at a checkpoint close to the village of Tal Hamis on Monday, killing one "
        "soldier. State media said a US helicopter later struck the checkpoint."
    )
    assert _types_and_places(text)[-1] == ("airstrike", ["Tal Hamis"])


# A report told first over an area (a district, a countryside, "the villages of A district"), then in the next
# sentence at the village it hit: one event, the village its place.
def test_a_definite_report_at_a_village_listed_in_the_area_just_shelled_is_that_shelling() -> None:
    found = incidents(
        "Turkish artillery shelled several villages in the countryside of Qahtaniyah on Friday, including Kherbet Ali. "
        "Monitors said a shepherd was killed in the shelling on Kherbet Ali."
    )
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.low == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Kherbet Ali"


def test_villages_named_right_after_a_bombardment_of_a_district_s_villages_are_where_it_hit() -> None:
    found = incidents(
        "Turkish troops bombarded the villages of Darbasiyah district on Monday, wounding a woman. "
        "Local sources said the troops targeted the villages of Kasra and Tal Nasr with mortar shells."
    )
    assert len(found) == 1
    assert found[0].injured is not None and found[0].injured.low == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Kasra"


@pytest.mark.parametrize(
    "text",
    [
        # another day
        ("Turkish troops bombarded the villages of Darbasiyah district on Monday. "
        "On Wednesday, Turkish troops shelled the village of Kasra with mortars."),
        # one more event of the kind
        ("Turkish troops bombarded the villages of Darbasiyah district on Monday. "
        "Turkish artillery also shelled the village of Kasra, killing a farmer."),
        # the first told at a town, not over an area
        ("Turkish troops shelled the town of Darbasiyah on Monday. "
        "Local sources said the troops targeted the village of Kasra with mortar shells."),
        # tolls that disagree
        ("Turkish troops bombarded the villages of Darbasiyah district on Monday, killing three civilians. "
        "Turkish troops shelled the village of Kasra with mortars, killing five fighters."),
        # a release's second line over another region, no spot of its own
        (
            "YPG militants who attacked our positions in the Darbasiyah region were neutralized with return fire by our "
            "commandos. Moreover, 5 militants identified in the Amuda region were neutralized."
        ),
        # a town named bare after a report over an area's villages: a place of its own, hit too
        "Turkish artillery shelled villages around Amuda on Monday. Turkish artillery shelled Derbasiyah, wounding two civilians.",
        "Turkish forces shelled villages in the Tal Tamr countryside. Turkish forces shelled the town of Abu Rasin.",
        (
            "Turkish drones struck villages in the Qamishli countryside on Friday. "
            "A Turkish drone struck a car in Amuda, killing two SDF fighters."
        ),
        # a harmless bombardment, then one that wounded
        ("Turkish troops bombarded the villages of Darbasiyah district on Monday, causing no casualties. "
        "Turkish troops shelled the village of Kasra with mortars, wounding two children."),
    ],
)
def test_a_village_told_after_a_bombardment_over_an_area_stays_apart_when_something_differs(text: str) -> None:
    assert len(incidents(text)) == 2
