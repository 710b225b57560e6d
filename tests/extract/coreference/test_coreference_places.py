"""Place references (:mod:`mapapp.extract.coreference.places`): places told by kind, site or scene, and refined."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document, EventType
from tests.extract.reading import incidents


def test_same_section_takes_the_place_of_the_incident_before() -> None:
    text = (
        "Gunmen shot dead a refugee in the third section of al-Hol camp on Monday. "
        "Later, gunmen killed another refugee in the same section with a silenced pistol."
    )
    found = incidents(text)
    assert len(found) == 2
    assert found[1].primary_toponym is not None and found[1].primary_toponym.text == found[0].primary_toponym.text


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


def test_a_prison_told_by_its_kind_is_the_prison_the_next_sentences_name() -> None:
    found = incidents(
        "Kurdish-led guards fought jihadists around a prison in the north-east for a second day on Sunday. "
        "Some 4,000 suspected militants are held in the Hamra Prison, officials say."
    )
    fights = [i for i in found if i.event_type is EventType.ARMED_CLASH]
    assert len(fights) == 1
    assert fights[0].primary_toponym is not None and fights[0].primary_toponym.text == "Hamra Prison"


def test_a_prison_named_only_far_after_it_stays_unplaced() -> None:
    found = incidents(
        "Kurdish-led guards fought jihadists around a prison in the north-east on Sunday. "
        "The fighting drew in tribal units. Aid groups asked for calm. Schools were shut. Roads were closed. "
        "Power was cut in several districts. Some 4,000 suspected militants are held in the Hamra Prison."
    )
    assert all(t.text != "Hamra Prison" for i in found for t in i.toponyms)


def test_a_prison_told_after_a_named_prison_is_not_the_next_one_named() -> None:
    # (a prison told after one was named is no opening of the story: "a prison" is then another one)
    found = incidents(
        "The Hamra Prison holds some 3,000 inmates, officials say. "
        "Gunmen also raided a prison on Monday, freeing two men. "
        "The Sabil Prison was emptied last year."
    )
    assert all(t.text != "Sabil Prison" for i in found for t in i.toponyms)


def test_a_prison_named_in_the_clause_of_its_attack_places_it() -> None:
    found = incidents(
        "The onslaught on Hamra prison, known locally as the Tower, started on Friday night with a truck bomb set off "
        "at the main gate."
    )
    bombs = [i for i in found if i.event_type is EventType.CAR_BOMB]
    assert len(bombs) == 1
    assert bombs[0].primary_toponym is not None and bombs[0].primary_toponym.text == "Hamra prison"


def test_a_prison_a_party_threatens_to_attack_is_no_incident() -> None:
    found = incidents(
        "Gunmen shot a guard in Tal Baydar on Monday.\n\n"
        "KAMAL, Syria (Wire) - Officials said they had received threats from the group to attack the Qala'a prison again."
    )
    assert all(t.text != "Qala'a prison" for i in found for t in i.toponyms)


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


def test_an_event_told_without_a_place_is_placed_by_the_next_sentence() -> None:
    text = (
        "Coalition jets carried out precision air strikes in eastern Syria against depots of armed groups. "
        "The strikes were conducted near Hajin."
    )
    found = rule_incidents(Document(text=text))
    assert [(i.event_type, i.actor, i.primary_toponym.text if i.primary_toponym else None) for i in found] == [
        (EventType.AIRSTRIKE, "US-led coalition", "Hajin")
    ]
    assert found[0].evidence[0].text.startswith("Coalition jets")


def test_the_village_named_after_a_village_near_a_town_is_where_and_the_town_its_anchor() -> None:
    text = (
        "Turkish drone strikes killed five civilians in a village near Ras al-Ain on Friday, a monitor said. "
        "The strikes hit the village of Bab al-Khair, the monitor said."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2019, 10, 19)))
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


def test_the_kind_of_place_of_an_incident_is_that_of_a_placed_campaign_summary_told_before() -> None:
    # the summary of a campaign is no incident, but "the camp" of the attack told during it is the camp it named
    text = (
        "The Asayish concluded a 20-day security operation in al-Hol camp on Sunday, arresting 150 suspects. "
        "During the operation, gunmen attacked guards in the camp's third sector on Friday, wounding one."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 20)))
    assert [(i.event_type, [t.text for t in i.toponyms]) for i in found] == [(EventType.ATTACK, ["al-Hol"])]


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
    incidents = rule_incidents(Document(text=text, published=datetime.date(2024, 6, 3)))
    drones = [i for i in incidents if i.event_type is EventType.DRONE_STRIKE]
    assert len(drones) == 1 and drones[0].toponyms[0].span.text == "Tabqa Dam"


def _types_and_places(text: str) -> list[tuple[str, list[str]]]:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
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


def test_captives_of_the_event_told_put_to_death_later_are_an_execution_at_its_place() -> None:
    text = (
        "Militants overran an army post in Hajin on Sunday after heavy fighting. Videos showed soldiers marched away. "
        "A monitor said many were later executed."
    )
    assert _types_and_places(text) == [("armed_clash", ["Hajin"]), ("attack", ["Hajin"])]
    # an execution told with no tie to the captives of the event before stays unplaced, no incident
    text = "Militants overran an army post in Hajin on Sunday after heavy fighting. The group has executed spies before."
    assert _types_and_places(text) == [("armed_clash", ["Hajin"])]


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


@pytest.mark.parametrize(
    "text",
    [
        "Statement\n\nOur forces resumed the operation against the terrorists in the Sabkha pocket tonight. Heavy clashes are under way.",
        "Update\n\nHeavy gunfire was heard in the Sabkha district. Sources say clashes broke out between police and a gang.",
    ],
)
def test_a_fight_told_with_no_place_right_after_its_scene_is_at_that_scene(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
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
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert all(i.primary_toponym is None or i.primary_toponym.text not in {"Sabkha", "Maadan"} for i in found)


@pytest.mark.parametrize(
    "text",
    [
        # a toll, the event told as one act of the operation the sentence before set at one place
        "Statement\n\nOur units finished the operation in the Roj camp. During the operation, gunmen fired on a patrol, "
        "wounding two of our fighters.",
        # no fight's word in the sentence before: the opening sets the event inside the place just told
        "Review\n\nInvestigators judged one more report credible: 4 May 2019, near Sousa, Syria. In the course of an air strike "
        "on a hideout, two farmers were killed.",
    ],
)
def test_an_act_of_the_fight_told_with_a_toll_right_after_its_scene_is_at_that_scene(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert [i.primary_toponym.text if i.primary_toponym else None for i in found] == [
        "Roj" if "Roj" in text else "Sousa"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an event placed before: coreference places the toll, not the scene told after it
        "Update\n\nA drone hit a car in Tal Tamr on Monday, killing two. Our units finished the operation in the Roj camp. "
        "During the operation, two men were killed.",
        # no opening on the fight and no fight's word before: a toll told after a place is not placed by it
        "Update\n\nTraders met in the Sousa market on Monday. Gunmen fired on a patrol, wounding two fighters.",
        # a time, not a fight, opens the clause
        "Update\n\nTraders met in the Sousa market. During the night, gunmen fired on a patrol, wounding two fighters.",
        # an opening on another event than the one at the place told before
        "Update\n\nThe mayor opened a clinic in Sousa on Monday. In a separate strike, a drone killed two guards.",
        # no fight's word before and no dated item: the place is where the wounded went, or a visit's
        "Bulletin\n\nThe wounded were carried to a clinic in Sousa. In the strike, a drone killed two guards.",
        "Release\n\nThe general met troops at Sousa on May 3. During the campaign, our strikes killed 40 fighters.",
    ],
)
def test_a_toll_after_a_place_with_an_event_placed_before_or_no_act_of_a_fight_is_not_placed_there(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert all(i.primary_toponym is None or i.primary_toponym.text not in {"Roj", "Sousa"} for i in found)


def test_a_fight_in_the_old_city_is_at_the_place_just_told() -> None:
    text = "Update\n\nCoalition jets hit the Mashlab district of Raqqa on Monday. Heavy clashes raged inside the old city."
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert [(i.event_type, i.primary_toponym.text if i.primary_toponym else None) for i in found] == [
        (EventType.AIRSTRIKE, "Mashlab"),
        (EventType.ARMED_CLASH, "Mashlab"),
    ]


def test_a_fight_in_the_old_city_is_not_at_a_place_told_as_lying_outside_it() -> None:
    text = (
        "Update\n\nCoalition jets hit the Mashlab district, east of the old city, on Monday. "
        "SDF units fought IS cells along the rim of the old city."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert [i.event_type for i in found if i.primary_toponym and i.primary_toponym.text == "Mashlab"] == [EventType.AIRSTRIKE]


def test_a_fight_told_after_a_forces_entry_into_named_places_is_there() -> None:
    text = (
        "ISIS fighters have entered the Tal Hajar and Mufti quarters of the city. Fierce clashes with the army and "
        "the police."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
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
    assert rule_incidents(Document(text=text, published=datetime.date(2023, 5, 6))) == []


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


def test_a_dated_strike_by_a_party_on_the_city_just_told_is_an_incident_there() -> None:
    lede = "Islamic State fighters attacked army posts in Mayadin city on Friday, killing ten soldiers.\n\n"
    published = datetime.date(2019, 3, 4)
    found = rule_incidents(
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
        assert len(rule_incidents(Document(text=lede + other, published=published))) == 1, other


def test_a_party_s_strikes_on_the_scene_just_told_are_an_incident_there_with_no_day() -> None:
    lede = "Rebels captured an army base near Tabqa on Sunday after days of fighting, killing 30 soldiers.\n\n"
    published = datetime.date(2015, 6, 9)
    found = rule_incidents(
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
        assert len(rule_incidents(Document(text=lede + other, published=published))) == 1, other


def test_another_party_s_strikes_on_the_attackers_just_told_are_an_incident_at_their_scene() -> None:
    lede = "Islamic State militants attacked army posts near Mayadin with two car bombs overnight, killing 12 soldiers. "
    published = datetime.date(2018, 12, 7)
    found = rule_incidents(
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
        assert len(rule_incidents(Document(text=lede + other, published=published))) == 1, other


def test_a_strike_on_the_town_after_an_incident_placed_only_by_its_province_takes_no_place() -> None:
    # the kind of place the strike hits ("the town") names a town, not the province the incident before was placed in
    from mapapp.extract.coreference.places import _placed_by_kind_told
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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a sentence telling no event names the camp; the stabbing a few sentences on is "near the camp's gate"
        ("Dozens of families left the Roj camp in Hasakah province for Iraq on Monday.\n\n"
         "Aid groups say living conditions have improved.\n\n"
         "On Sunday, a woman stabbed a guard near the camp's gate, wounding him.", "Roj"),
        # of the places the sentence names, the one told as a city
        ("Traders from Qamishli said the northern city of Raqqa was short of fuel.\n\n"
         "Jets later bombed two quarters of the city; five people died.", "Raqqa"),
    ],
)
def test_the_kind_of_place_with_no_event_placed_before_is_the_place_of_that_kind_named_last(text: str, place: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 6)))
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == place


@pytest.mark.parametrize(
    "text",
    [
        # two towns named and neither told as a town: which one is not said
        "Families returned to Tabqa and Mansoura this week.\n\nOn Sunday, a mine exploded in the town, killing a boy.",
        # no kind of place in the incident's clause
        "The mayor said the city of Mayadin needs water.\n\nA drone hit a car, killing two.",
        # the place named after the incident does not stand behind "the camp"
        "On Sunday, a woman stabbed a guard near the camp's gate, wounding him.\n\nFamilies left the Roj camp.",
    ],
)
def test_the_kind_of_place_refers_to_no_place_not_told_before_it_as_such(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 6)))
    assert all(not i.toponyms for i in found)


def test_the_kind_of_place_past_a_fight_told_with_no_place_does_not_take_a_place_of_another_kind() -> None:
    # the fight's scene is the town the operation is told of; "the camp" is not told as that town: the strike is
    # placed as before, an incident of its own beside the fight
    text = (
        "SDF account\n\nWe restarted the operation to liberate #Sousa from the terrorists at 7 PM. Violent clashes are "
        "under way. The coalition air support is striking IS positions inside the camp."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 6)))
    assert [i.event_type for i in found] == [EventType.ARMED_CLASH, EventType.AIRSTRIKE]


def test_the_kind_of_place_skips_a_nearer_place_not_told_as_that_kind() -> None:
    # "the camp" is the camp told two sentences back, not the town of the sentence between
    text = (
        "Some nine thousand people remain in the Hol camp.\n\nIn Tabqa, the council opened a bakery.\n\n"
        "On Friday, a watchman was stabbed inside the camp."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 6)))
    assert [[t.text for t in i.toponyms] for i in found] == [["Hol"]]


@pytest.mark.parametrize(
    "text",
    [
        # "campaign" holds the letters of "camp" but tells no camp: of the two towns, which one is not said
        "Officials in Raqqa praised a vaccination campaign in Tabqa.\n\nOn Friday, a woman was stabbed in the camp.",
        # a town named after another's camp is no camp
        "The Hol camp in Hasakah and Raqqa both lack water.\n\nOn Friday, a woman was stabbed in the camp.",
    ],
)
def test_the_kind_of_place_is_read_as_a_whole_word_beside_the_name(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 6)))
    assert len(found) == 1 and [t.text for t in found[0].toponyms] in ([], ["Hol"])


@pytest.mark.parametrize(
    "second",
    [
        "Regime troops then stormed the hill and took control of it.",
        "Then IS fighters stormed the hilltop and seized it.",
        "ISIS then attacked the mountain and seized it.",
    ],
)
def test_a_height_named_by_its_kind_is_the_height_just_told(second: str) -> None:
    text = f"Coalition jets struck regime positions on a hill near Kabajeb on Saturday, killing 30 soldiers. {second}"
    found = rule_incidents(Document(text=text, published=datetime.date(2021, 4, 8)))
    assert len(found) == 2
    assert found[1].primary_toponym is not None and found[1].primary_toponym.text == "Kabajeb"


@pytest.mark.parametrize(
    "second",
    [
        "Shepherds say wolves roam the mountains near the town.",  # mountains in the plural, no event
        "The hills around the town are planted with olives.",
    ],
)
def test_hills_told_with_no_event_make_none(second: str) -> None:
    text = f"Coalition jets struck regime positions on a hill near Kabajeb on Saturday, killing 30 soldiers. {second}"
    assert len(rule_incidents(Document(text=text, published=datetime.date(2021, 4, 8)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a town told, then some height the text never placed: not the town
        (
            "A car bomb killed four people in Tal Abyad on Monday. On Tuesday, a surveillance drone was downed over "
            "the mountain, the army said."
        ),
        (
            "US jets bombed an Islamic State command post in Hajin on 3 May. Separately, a patrol was ambushed on "
            "the mountain road, killing a soldier."
        ),
        "Gunmen killed a shepherd near Markada on Friday. A landmine later exploded on the mountain, wounding two hikers.",
    ],
)
def test_a_height_named_by_its_kind_after_a_town_is_not_the_town(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 7)))
    assert [i.primary_toponym is not None for i in found][1:] in ([], [False])


def test_an_unplaced_lede_takes_the_place_the_next_sentence_tells_for_it() -> None:
    found = incidents(
        "A roadside bomb killed four farmers in a village of the north-east on Tuesday, a monitor reported. "
        "A boy was also among the dead in Amuda, relatives said."
    )
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Amuda"


def test_an_unplaced_lede_takes_the_place_of_its_retelling_in_the_next_sentence() -> None:
    found = incidents(
        "Two overnight air strikes near the border killed seven militiamen on Friday, officials said. "
        "The strikes on the outskirts of Al-Bukamal came a day after a rocket attack on a base in Iraq."
    )
    strikes = [i for i in found if i.event_type is EventType.AIRSTRIKE]
    assert len(strikes) == 1
    assert strikes[0].primary_toponym is not None and strikes[0].primary_toponym.text == "Al-Bukamal"


def test_an_unplaced_lede_told_again_at_a_place_takes_no_place_of_its_own() -> None:
    # (the body's report east of Deir ez-Zor, with the same toll, is the lede's event: Hajin is not made a second one)
    found = incidents(
        "Coalition jets carried out raids with 11 people dead, residents said. "
        "Most of the dead were in Hajin. "
        "Overnight on May 3, a blast tore through homes east of Deir ez-Zor, killing at least 11 people."
    )
    assert all(t.text != "Hajin" for i in found for t in i.toponyms)


@pytest.mark.parametrize(
    ("sentence", "told_where"),
    [
        ("A boy was also among the dead in Amuda.", True),
        ("He was driving near the town of Amuda.", True),
        ("Families left the Amuda camp.", False),
        ("One of them had settled in Amuda.", False),
        ("His brother has lived in Amuda.", False),
    ],
)
def test_a_next_sentence_tells_its_place_as_the_lede_s_where_only_by_a_locative_in_its_time(
    sentence: str, told_where: bool
) -> None:
    from mapapp.extract.coreference.places import _told_as_where

    assert _told_as_where(sentence, sentence.index("Amuda")) is told_where


@pytest.mark.parametrize(
    "second",
    [
        "The wounded were taken to a hospital in Amuda.",
        "Their funeral was held in Amuda on Wednesday.",
        "Relatives gathered in Amuda to mourn them.",
        "The monitor has sources in Amuda.",
        "Security forces later arrested two suspects in Amuda.",
        "The drone took off from a base near Amuda.",
        "Guards posted in Amuda were put on alert, a reporter in Amuda said.",
        "Shots could be heard all night, said a journalist in Amuda.",
        "Two of the dead were shepherds from Amuda, relatives said.",
    ],
)
def test_a_next_sentence_telling_no_part_of_the_event_gives_the_lede_no_place(second: str) -> None:
    # (the care or burial of the victims, an arrest, a base, a speaker's town: a place of something else than the event)
    found = incidents("A roadside bomb killed four farmers on Tuesday, a monitor reported. " + second)
    assert all(t.text != "Amuda" for i in found for t in i.toponyms)


@pytest.mark.parametrize(
    "second",
    [
        "The dead were working in a field near Amuda.",
        "One of the farmers was walking near Amuda.",
    ],
)
def test_a_next_sentence_telling_the_event_s_dead_or_hit_at_a_place_gives_the_lede_its_place(second: str) -> None:
    found = incidents("A roadside bomb killed four farmers on Tuesday, a monitor reported. " + second)
    assert [t.text for i in found for t in i.toponyms] == ["Amuda"]


def test_an_unplaced_lede_takes_no_place_of_another_event_the_next_sentence_tells() -> None:
    # ("a drone hit a car in A" is the earlier event the strike came after, not the strike told again)
    found = incidents(
        "A drone strike killed two commanders on Sunday, the coalition said. "
        "The strike came a week after a drone hit a car in Amuda."
    )
    assert not any(i.killed is not None and any(t.text == "Amuda" for t in i.toponyms) for i in found)
