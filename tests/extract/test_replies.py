"""Replies: fire told as answering the incident just told is another party's event at that scene, or the same exchange."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document, EventType


def incidents(text: str):
    return rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))


@pytest.mark.parametrize(
    ("follow_up", "event_type", "actor"),
    [
        ("Russian jets carried out several raids on the area after the attack.", EventType.AIRSTRIKE, "Russian forces"),
        ("Coalition aircraft later struck the area, the monitor said.", EventType.AIRSTRIKE, "US-led coalition"),
        # fire sent back at the side that fired first is shelling (the lexicon's "responded to the sources of fire")
        ("Tribal fighters responded to the sources of fire.", EventType.SHELLING, "Arab tribal fighters"),
        ("Regime artillery shelled the surroundings in retaliation.", EventType.SHELLING, "Syrian army"),
    ],
)
def test_another_partys_strike_answering_the_event_is_an_incident_at_its_scene(
    follow_up: str, event_type: EventType, actor: str
) -> None:
    found = incidents("ISIS cells killed four soldiers in an attack on an army post near Kabajeb on Monday. " + follow_up)
    assert len(found) == 2
    second = found[1]
    assert (second.event_type, second.actor) == (event_type, actor)
    assert second.primary_toponym is not None and second.primary_toponym.text == "Kabajeb"
    assert second.date is not None and second.date.value == found[0].date.value


def test_a_reply_placed_by_its_own_name_takes_the_day_of_the_fire_it_answers() -> None:
    found = incidents(
        "Militias shelled Tayyana on Sunday, wounding a child. The SDF responded by targeting the sources of fire in "
        "Mahkan. Two days before, a drone hit a car near Hajin."
    )
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Tayyana", "Mahkan", "Hajin"]
    assert found[1].date is not None and found[1].date.value == found[0].date.value


def test_strikes_counted_just_after_the_event_are_one_sortie_not_a_tally() -> None:
    text = (
        "ISIS cells killed nine soldiers in an ambush near Kabajeb on Tuesday. Russian jets carried out 20 strikes on "
        "the desert of Raqqa and Deir ez-Zor shortly after the ambush."
    )
    found = incidents(text)
    assert [i.event_type for i in found] == [EventType.ARMED_CLASH, EventType.AIRSTRIKE]
    since = text.replace("shortly after the ambush", "since the start of the month")
    assert len(incidents(since)) == 1


def test_the_other_sides_answering_fire_is_an_incident_at_the_place_the_fire_came_from() -> None:
    text = "Regime forces shelled Al-Marashida from Al-Tayyana last night, killing a woman. The SDF replied with machine guns."
    found = rule_incidents(Document(text=text, published=datetime.date(2019, 6, 2)))
    assert [(i.toponyms[0].span.text, i.event_type, i.actor) for i in found] == [
        ("Al-Marashida", EventType.SHELLING, "Syrian army"),
        ("Al-Tayyana", EventType.ARMED_CLASH, "SDF"),
    ]
    assert found[1].date is not None and found[1].date.value == datetime.date(2019, 6, 1)
    # no place the fire came from: the other party's reply is its own incident at the scene of the fire it answers
    text = "Regime forces shelled Al-Marashida last night. The SDF replied with machine guns."
    found = rule_incidents(Document(text=text, published=datetime.date(2019, 6, 2)))
    assert [(i.toponyms[0].span.text, i.actor) for i in found] == [("Al-Marashida", "Syrian army"), ("Al-Marashida", "SDF")]


def test_answering_fire_with_no_place_of_its_own_is_the_same_exchange() -> None:
    text = "Gunmen attacked an SDF checkpoint in Al-Tayyana on Monday. The SDF returned fire, killing one attacker."
    found = rule_incidents(Document(text=text, published=datetime.date(2020, 2, 4)))
    assert [i.toponyms[0].span.text for i in found] == ["Al-Tayyana"]


@pytest.mark.parametrize(
    "reply",
    [
        "Our units responded with artillery fire.",
        "Our forces replied by shelling the terrorist positions.",
    ],
)
def test_a_military_answering_in_its_own_voice_is_an_incident_where_the_fire_came_from(reply: str) -> None:
    text = f"PKK/YPG terrorists fired mortars at Suluk from the Ain Issa region. {reply}"
    found = incidents(text)
    assert [(i.toponyms[0].span.text, i.actor) for i in found] == [("Suluk", "PKK/YPG"), ("Ain Issa", "Turkish forces")]


def test_a_reply_in_the_releases_own_voice_is_an_incident_at_the_scene_it_answers() -> None:
    text = (
        "At dawn, Turkish howitzers shelled the village of Khirbat Amo west of Darbasiyah. "
        "Our units responded to the sources of fire."
    )
    found = incidents(text)
    assert [i.toponyms[0].span.text for i in found] == ["Khirbat Amo", "Khirbat Amo"]
    assert found[0].actor == "Turkish forces" and found[1].evidence[0].text.startswith("Our units responded")
    # not in its own voice, or not told as an answer: no second incident
    assert len(incidents(text.replace("Our units responded to", "Units watched"))) == 1
    assert len(incidents(text.replace("Our units responded to the sources of fire.", "Our units are on alert."))) == 1


def test_a_party_read_as_the_agent_of_the_fire_it_suffered_still_answers_it() -> None:
    # the rockets' unnamed launchers leave the attacked coalition read as the first event's party: a strike told
    # as its answer is still an event of its own at the scene, not the attack told again
    text = (
        "On Sunday evening, coalition forces at the Omar field were attacked by rockets, wounding two soldiers. "
        "In response, coalition helicopters struck two launch vehicles nearby."
    )
    found = incidents(text)
    assert len(found) == 2
    assert found[1].toponyms and found[1].toponyms[0].span.text == found[0].toponyms[0].span.text
    assert found[1].evidence[0].text.startswith("In response")
    # the same party's further strike told with no answer word is not told apart
    assert len(incidents(text.replace("In response, coalition helicopters", "Coalition helicopters also"))) == 1


def test_a_told_answer_at_a_place_of_its_own_is_not_the_answered_fire_told_again() -> None:
    # the answer names the rocket launchers (a participant of the fire it answers): still an event of its own
    text = (
        "On Friday night, two rockets landed inside a US outpost at the Jafra oil field, hurting nobody. "
        "US forces responded with howitzer fire on the rocket launchers near Dhiban."
    )
    found = incidents(text)
    assert [i.toponyms[0].span.text for i in found] == ["Jafra oil field", "Dhiban"]
    assert found[0].actor is None and found[1].actor == "US-led coalition"
    # not told as an answer: the participants told again keep the sentence with the rockets' incident
    assert len(incidents(text.replace("US forces responded with howitzer fire on", "US howitzers then hit"))) == 1


def test_units_answering_fire_in_kind_are_an_incident_where_the_fire_came_from() -> None:
    text = (
        "MSB statement\n\nOn Sunday PKK/YPG terrorists opened harassment fire from the Abu Rasin area at our soldiers. "
        "Our soldiers responded to this fire at once, and 4 terrorists were neutralized."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2021, 4, 6)))
    assert [(i.primary_toponym.text if i.primary_toponym else None, i.actor) for i in found] == [
        ("Abu Rasin", "PKK/YPG"),
        ("Abu Rasin", "Turkish forces"),
    ]


def test_a_reply_on_the_sources_of_fire_at_its_own_place_is_an_incident() -> None:
    text = (
        "Update\n\nRegime forces shelled the town of Dhiban from across the river on Sunday. "
        "Later, tribal fighters responded on the sources of the fire in Quriyah."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2021, 4, 6)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Dhiban", "Quriyah"]


def test_fire_answered_in_kind_with_no_earlier_fire_is_no_incident() -> None:
    text = "Statement\n\nOur units will respond in kind to any attack."
    assert rule_incidents(Document(text=text, published=datetime.date(2021, 4, 6))) == []


@pytest.mark.parametrize(
    "air_side",
    [
        "Coalition jets launched raids in support of the advance, a spokesman said.",
        "Coalition warplanes struck the advancing gunmen.",
        "Coalition aircraft hit the militants' trucks as they withdrew.",
        # the fight's air support named as the striker (definite as its name, not as strikes told before)
        "The coalition air support is hitting ISIS posts.",
    ],
)
def test_a_strike_told_as_the_air_side_of_a_ground_fight_is_an_incident_at_its_scene(air_side: str) -> None:
    found = incidents("Heavy fighting erupted between the SDF and ISIS near Jadid Ekeidat on Tuesday. " + air_side)
    assert [i.event_type for i in found] == [EventType.ARMED_CLASH, EventType.AIRSTRIKE]
    strike = found[1]
    assert strike.actor == "US-led coalition"
    assert strike.primary_toponym is not None and strike.primary_toponym.text == "Jadid Ekeidat"
    assert strike.date is not None and strike.date.value == found[0].date.value


@pytest.mark.parametrize(
    ("air_side", "actor"),
    [
        # told beside the fight: at the same time, as its opening, as support of one side's ground forces
        ("This coincided with several strikes by Russian jets on ISIS hideouts.", "Russian forces"),
        ("The assault began with dozens of coalition air strikes on the militants.", "US-led coalition"),
        ("Officials said the US backed the SDF ground units with air strikes on ISIS posts.", "US-led coalition"),
        ("Coalition jets backed the local fighters with air strikes on the militants.", "US-led coalition"),
    ],
)
def test_a_strike_told_beside_a_ground_fight_is_an_incident_at_its_scene(air_side: str, actor: str) -> None:
    found = incidents("Heavy fighting erupted between the SDF and ISIS near Jadid Ekeidat on Tuesday. " + air_side)
    assert [i.event_type for i in found] == [EventType.ARMED_CLASH, EventType.AIRSTRIKE]
    strike = found[1]
    assert strike.actor == actor
    assert strike.primary_toponym is not None and strike.primary_toponym.text == "Jadid Ekeidat"


@pytest.mark.parametrize(
    "text",
    [
        # the supporter told only by the party it supports: no striker read as that party
        (
            "Heavy fighting erupted between the SDF and ISIS near Jadid Ekeidat on Tuesday. "
            "The SDF were later supported by the coalition."
        ),
        # strikes that coincided with another event, told abroad
        (
            "Heavy fighting erupted between the SDF and ISIS near Jadid Ekeidat on Tuesday. "
            "This coincided with air strikes by Russian jets in Iraq."
        ),
    ],
)
def test_a_strike_told_beside_a_fight_abroad_or_no_strike_opens_nothing_at_its_scene(text: str) -> None:
    found = incidents(text)
    assert all(i.primary_toponym is None or i.primary_toponym.text != "Jadid Ekeidat" for i in found[1:])


@pytest.mark.parametrize(
    "text",
    [
        # "the strikes" refers back to the air side the fight's sentence told
        (
            "The SDF, backed by coalition strikes, fought ISIS near Jadid Ekeidat on Tuesday. "
            "The strikes came as the SDF advanced on the village."
        ),
        # no cue of the fight: a remark on the campaign, no place of its own
        (
            "Heavy fighting erupted between the SDF and ISIS near Jadid Ekeidat on Tuesday. "
            "Coalition jets have carried out strikes in Syria for years."
        ),
        # the air support told as the fight's backing, no strike of its own
        (
            "Heavy fighting erupted between the SDF and ISIS near Jadid Ekeidat on Tuesday. "
            "The coalition air support was praised by the commanders."
        ),
        # the air support told striking in a country abroad: not at the fight's scene
        (
            "Heavy fighting erupted between the SDF and ISIS near Jadid Ekeidat on Tuesday. "
            "The coalition air support was hitting ISIS posts in Iraq."
        ),
        (
            "Heavy fighting erupted between the SDF and ISIS near Jadid Ekeidat on Tuesday. "
            "Coalition jets launched raids in support of the advance in northern Iraq."
        ),
        # a fight told too long before
        (
            "Heavy fighting erupted between the SDF and ISIS near Jadid Ekeidat on Tuesday. The council met. "
            "Schools closed. Markets shut. Roads were cut. Coalition jets launched raids in support of the advance."
        ),
    ],
)
def test_a_strike_with_no_cue_of_the_fight_told_back_far_after_it_or_abroad_opens_no_incident_there(text: str) -> None:
    found = incidents(text)
    assert [i.event_type for i in found] == [EventType.ARMED_CLASH]


def test_own_forces_answering_an_assault_on_their_ground_are_that_clash() -> None:
    text = (
        "Statement\n\nOn Tuesday night, ISIS cells attacked one of our checkpoints in the village of Jadid Bakara. "
        "Our fighters responded and killed three of the attackers, while one of our fighters was wounded."
    )
    found = incidents(text)
    assert [(i.event_type, i.toponyms[0].span.text, len(i.evidence)) for i in found] == [
        (EventType.ARMED_CLASH, "Jadid Bakara", 2)
    ]
    assert found[0].killed is not None and found[0].killed.low == 3
    # fire on the party's ground from afar is answered by fire of its own: two incidents
    text = (
        "Statement\n\nOn Tuesday night, Turkish howitzers shelled our positions in the village of Jadid Bakara. "
        "Our units responded on the sources of the shelling."
    )
    assert len(incidents(text)) == 2
    # an assault on others (not the speaker's ground) answered by the speaker's forces stays two events
    text = (
        "Statement\n\nOn Tuesday night, ISIS cells attacked a shepherd's house in the village of Jadid Bakara. "
        "Our forces responded and clashed with the attackers near Sabha."
    )
    assert len(incidents(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a strike of another party on another day, told with "then": no air side of the fight
        (
            "Heavy fighting erupted between the SDF and ISIS near Jadid Ekeidat on Tuesday. "
            "On Thursday, Turkish drones then struck a motorbike, killing its rider."
        ),
        # a strike supporting another front, named by its governorate
        (
            "Heavy fighting erupted between the SDF and ISIS near Jadid Ekeidat on Tuesday. "
            "Russian jets launched raids in support of the offensive in Idlib province."
        ),
    ],
)
def test_a_strike_on_another_day_or_front_is_not_the_air_side_of_the_fight(text: str) -> None:
    found = incidents(text)
    assert all(i.primary_toponym is None or i.primary_toponym.text != "Jadid Ekeidat" for i in found[1:])



def test_own_forces_answering_an_assault_and_the_clash_that_follows_are_one_clash() -> None:
    # (the reply names a clash of its own: before defended_assault_of it opened a second clash at the scene)
    text = (
        "Statement\n\nISIS gunmen attacked our positions in Jadid Bakara. "
        "Our forces immediately responded, and clashes lasted an hour."
    )
    assert [(i.event_type, i.actor) for i in incidents(text)] == [(EventType.ARMED_CLASH, "ISIS")]


_ROCKETS_AT_THE_BASE = "Militias fired rockets on Tuesday at a US base in the al-Omar oil field, local sources said. "


def test_strikes_told_as_a_pattern_after_an_attack_are_no_reply_to_it() -> None:
    text = _ROCKETS_AT_THE_BASE + "Israel and the coalition have struck militia posts in the area on several occasions."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))
    assert [i.event_type.value for i in found] == ["shelling"]


@pytest.mark.parametrize(
    "follow_up",
    [
        # a strike told as what came next, one told as the answer (even in habitual wording), one told plainly
        "Coalition jets later struck the area.",
        "In response, coalition jets have repeatedly struck the area.",
        "Coalition jets have struck militia posts in the area, activists said.",
    ],
)
def test_a_strike_told_after_an_attack_in_the_area_stays_its_reply(follow_up: str) -> None:
    found = rule_incidents(Document(text=_ROCKETS_AT_THE_BASE + follow_up, published=datetime.date(2024, 3, 9)))
    assert [i.event_type.value for i in found] == ["shelling", "airstrike"]


def _placed(found) -> list[tuple[str, str | None, int | None]]:
    return [
        (i.event_type.value, i.primary_toponym.text if i.primary_toponym else None, i.killed.low if i.killed else None)
        for i in found
    ]


def test_guns_answering_fire_after_a_semicolon_are_an_incident_of_their_own() -> None:
    # the answer told in the clause before the semicolon, its guns and toll after it: a shelling at the scene
    found = incidents(
        "Terrorists opened harassment fire on our troops near Ain Arus. Our units returned fire at once; 3 terrorists "
        "were neutralized with howitzer fire."
    )
    assert _placed(found) == [("armed_clash", "Ain Arus", None), ("shelling", "Ain Arus", 3)]
    # at the place the answered fire came from, with the toll told after the semicolon
    found = incidents(
        "A harassment fire towards Akcakale from Tal Abyad was responded to in kind; 3 terrorists were neutralized by "
        "our artillery."
    )
    assert _placed(found) == [("shelling", "Akcakale", None), ("shelling", "Tal Abyad", 3)]
    # fire on the speaker's own ground, answered in the passive
    found = incidents(
        "Our border town of Akcakale was targeted by terrorists with mortar rounds from Ain Arus; the fire was responded "
        "to with howitzers."
    )
    assert [t for t, _, _ in _placed(found)] == ["shelling", "shelling"]
    assert found[1].primary_toponym is not None and found[1].primary_toponym.text == "Ain Arus"


@pytest.mark.parametrize(
    "text",
    [
        # small arms returned on the spot: the same exchange
        "Terrorists opened harassment fire on our troops near Ain Arus; our units returned fire.",
        "ISIS cells fired on an SDF post in Ain Arus on Monday; the SDF returned fire, killing one attacker.",
        # a toll told after a semicolon with no answer told: the event's own
        "Gunmen attacked a checkpoint in Ain Arus on Monday; two guards were killed in the exchange.",
        # guns answering fire of no other party (the speaker's own fire told first)
        "Our units shelled terrorist positions near Ain Arus from Akcakale; the fire was responded to with howitzer fire.",
    ],
)
def test_fire_returned_on_the_spot_or_a_toll_after_a_semicolon_is_no_second_incident(text: str) -> None:
    assert len(incidents(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the answer in a later clause of the sentence, told with the event word "attack" or a fight word
        "Rebel factions attacked the village of Kozliyah, west of Ain Issa, on Tuesday; SDF fighters repelled the attack.",
        "Pro-Turkish factions assaulted the hamlet of Kozliyah near Ain Issa on Tuesday; SDF fighters confronted the assault.",
        # in the next sentence, as a fight or as the attacked fighting back with no event word
        "IS militants attacked the hamlet of Tal Jumaa near Tal Tamr on Monday. Clashes with the YPG went on until the evening.",
        "IS militants attacked the hamlet of Tal Jumaa near Tal Tamr on Monday. YPG fighters fought back and six militants died.",
        "IS militants attacked the hamlet of Tal Jumaa near Tal Tamr on Monday. The village guards fought back hard.",
        "IS militants attacked the hamlet of Tal Jumaa near Tal Tamr on Monday. YPG fighters struck back at the militants.",
        "Hired gunmen attacked the hamlet of Tal Jumaa near Tal Tamr on Monday. The guards hit back at the mercenaries.",
    ],
)
def test_an_assault_the_attacked_fight_is_an_armed_clash(text: str) -> None:
    found = incidents(text)
    assert found[0].event_type is EventType.ARMED_CLASH


@pytest.mark.parametrize(
    "text",
    [
        # a killing by hand, with the fight told after it
        "Gunmen shot dead a council guard at the village of Zir on Monday. Clashes broke out with his comrades.",
        # an assault on civilians, whoever chased the attackers
        "Gunmen attacked a wedding in the village of Zir on Monday, killing three guests. Villagers fought back.",
        "Gunmen attacked a van of reporters near Zir on Monday, wounding two journalists. Clashes erupted with guards.",
        # a fight told as coming after the attack, or as another event
        "Gunmen attacked a post office in the village of Zir on Monday. Clashes followed between the gunmen and police.",
        "Gunmen attacked a post office in the village of Zir on Monday. Elsewhere, clashes broke out in Hajin.",
        # the fight at a place of its own
        "Gunmen attacked a post office in the village of Zir on Monday. Clashes erupted in the town of Hajin.",
        # a massacre of people where armed men fought the gunmen after the dead fell
        "Gunmen attacked a bakery queue in Hajin on Monday, killing five people. Guards then traded fire with them.",
        "Gunmen attacked a bakery queue in Hajin on Monday, killing five people. Clashes erupted with local guards.",
        # a fight told on a day of its own, or as one more fight
        "Gunmen attacked a bus depot in Hajin on Monday. On Friday, clashes erupted in the town.",
        "Gunmen attacked a bus depot in Hajin on Monday. Clashes broke out again on Thursday.",
        "Gunmen attacked a bus depot in Hajin on Monday; clashes broke out there the next day.",
        # "fought back" and "hit back" that are no fight: an idiom with an object, words answered
        "Gunmen attacked a grain depot in the village of Zir on Monday. The owner fought back tears as he spoke.",
        "Gunmen attacked a grain depot in the village of Zir on Monday. Locals hit back at the council over the guards.",
    ],
)
def test_an_attack_followed_by_another_fight_stays_an_attack(text: str) -> None:
    found = incidents(text)
    assert found[0].event_type is EventType.ATTACK
