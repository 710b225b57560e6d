"""Agents a report names once: a campaign's striker carried to its later strikes, the bomber's group."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.extract.arguments import named_only_as_hit, names_remnant_layer
from mapapp.model import Document, EventType


def incidents(text: str):
    return rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))


def _actors_by_place(text: str) -> dict[str, str | None]:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 6)))
    return {t.text: i.actor for i in found for t in i.toponyms}


def test_a_campaigns_striker_named_once_carries_to_its_later_strikes() -> None:
    text = (
        "Turkish drone strikes on Tuesday killed five people across the Jazira, officials said.\n\n"
        "In Tal Ward, a drone hit a pickup, killing two guards. Another strike targeted a mill near Kharab Ashk "
        "without casualties.\n\nNear Umm Kahf, an unmanned aircraft struck a checkpoint, wounding a guard."
    )
    actors = _actors_by_place(text)
    assert actors["Tal Ward"] == actors["Kharab Ashk"] == actors["Umm Kahf"] == "Turkish forces"


@pytest.mark.parametrize(
    "later",
    [
        "Separately, a drone hit a house in Tal Ward on Monday, killing a woman.",
        "A drone hit a house in Tal Ward on Monday, killing a woman. It was not clear who launched it.",
        "An unidentified drone hit a house in Tal Ward on Monday, killing a woman.",
    ],
)
def test_a_strike_set_apart_or_of_an_unknown_striker_takes_no_campaigns_striker(later: str) -> None:
    text = "Turkish drones struck a convoy near Kharab Ashk on Monday, killing four.\n\n" + later
    assert _actors_by_place(text)["Tal Ward"] is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The last ISIS holdouts fought on in Tal Ward. On Monday a suicide bomber blew himself up at a checkpoint "
            "near Kharab Ashk, killing two guards.",
            "ISIS",
        ),
        # a report that names no party leaves the bomber unnamed
        ("On Monday a suicide bomber blew himself up at a checkpoint near Kharab Ashk, killing two guards.", None),
    ],
)
def test_a_suicide_bomber_in_a_report_naming_the_islamic_state(text: str, actor: str | None) -> None:
    assert _actors_by_place(text)["Kharab Ashk"] == actor


def test_strikes_told_as_a_noun_after_an_air_campaign_are_its_strikes() -> None:
    text = (
        "US warplanes struck weapons depots near Hajin late Sunday, killing five fighters.\n\n"
        "The monitor said the strikes near Tal Ward killed at least seven Iraqi militiamen."
    )
    found = [i for i in incidents(text) if any("Tal Ward" in t.text for t in i.toponyms)]
    assert [(i.event_type, i.actor) for i in found] == [(EventType.AIRSTRIKE, "US-led coalition")]
    # with no campaign told before, the strikes name no striker
    alone = "A monitor said the strikes near Tal Ward killed at least seven militiamen."
    assert [i.actor for i in incidents(alone)] == [None]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Iranian-backed militias control the western bank.\n\n"
            "Yesterday evening, the militias fired several rockets towards the Conoco gas field base.",
            "Iran-backed militias",
        ),
        (
            "Turkish-backed factions shelled Ain Issa on Sunday.\n\n"
            "On Monday, the factions' artillery hit the village of Tal Jumaa, damaging a church.",
            "Turkish-backed factions",
        ),
        (
            "The Turkish occupation army shelled Zirgan on Sunday.\n\n"
            "The occupation also targeted the villages of Tal Jumaa and Tal Tawil with artillery on Monday night.",
            "Turkish forces",
        ),
        (
            "SANA said the QSD militia kidnapped nine young men.\n\n"
            "Meanwhile, a civilian was killed by a shell fired by the militia on the village of Um Madfaa on Monday.",
            "SDF",
        ),
        # a group named by what it is ("the terrorist group", "the Islamist group's fighters"): the Islamic State
        # named before, also when told as achieved ("managed to kill")
        (
            "ISIS is regrouping in the desert.\n\n"
            "On Monday, the terrorist group managed to storm a checkpoint in the town of Shuhail, killing two guards.",
            "ISIS",
        ),
        (
            "The SDF says ISIS is regrouping in the desert.\n\n"
            "On Friday, the Islamist group's fighters attacked two farms outside the village of Zor.",
            "ISIS",
        ),
        (
            "IS militants shelled Tal Tamr last week.\n\n"
            "Dozens of fighters of the jihadist group stormed a post near the village of Agheibish on Sunday.",
            "ISIS",
        ),
        # no party of that kind named before: none
        ("Gunmen shot dead a shepherd near Hajin on Monday.\n\nThe militias fired rockets at Hajin on Tuesday.", None),
        ("Gunmen shot dead a shepherd near Hajin on Monday.\n\nThe terrorist group attacked a post at Zor on Tuesday.", None),
        # (a nearer party that Turkey's press calls terrorist, after the Islamic State: not the Islamic State's)
        (
            "Ankara says ISIS was beaten years ago.\n\n"
            "The PKK/YPG terrorist group fired at a base near Tal Abyad on Monday. On Tuesday the terrorist group "
            "shelled a farm near Suluk, killing a boy.",
            None,
        ),
    ],
)
def test_a_definite_word_for_a_party_refers_back_to_the_party_named_before(text: str, actor: str | None) -> None:
    found = rule_incidents(Document(text=text))
    assert found[-1].actor == actor


def test_a_shelling_campaigns_party_named_once_carries_to_its_later_shells() -> None:
    text = (
        "Turkish artillery pounded villages north of the town on Monday.\n\n"
        "In Tal Shamiram, a shell hit a house, wounding two women. In Um al-Kaif, mortar rounds damaged a school."
    )
    actors = _actors_by_place(text)
    assert actors["Tal Shamiram"] == actors["Um al-Kaif"] == "Turkish forces"


@pytest.mark.parametrize(
    ("later", "actor"),
    [
        # a reply is fire sent back by the side that was hit
        ("PKK/YPG terrorists responded by shelling the village of Tal Shamiram, killing a man.", "PKK/YPG"),
        # fire from Syria into Turkey is the other side's
        ("A mortar round fired from Syrian territory struck the Turkish border town of Akcakale, killing a man.", None),
    ],
)
def test_shells_fired_back_or_into_turkey_take_no_campaigns_striker(later: str, actor: str | None) -> None:
    text = f"Turkish artillery shelled the village of Um al-Kaif on Monday, killing two civilians. {later}"
    found = incidents(text)
    assert found[0].actor == "Turkish forces"
    assert found[-1].actor == actor


def test_the_factions_refer_back_to_the_turkish_backed_factions_named_by_their_alliance() -> None:
    text = (
        "Clashes between Syrian National Army factions and the SDF near the town of Ain Issa killed eight fighters. "
        "On the same day, the factions' artillery hit the village of Tal Jumaa, damaging a church."
    )
    assert _actors_by_place(text)["Tal Jumaa"] == "Turkish-backed factions"


def test_a_campaigns_weapons_named_in_a_clause_of_another_event_name_its_striker() -> None:
    text = (
        "Turkish drones and warplanes struck dozens of targets on Friday, after Ankara blamed a suicide bombing in "
        "its capital on militants from Syria.\n\n"
        "Among the dead were six police officers killed in a strike on an academy near the town of Derik."
    )
    assert _actors_by_place(text)["Derik"] == "Turkish forces"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a word describing the armed group, with or without "the", refers back to the party named with it
        (
            "Kurdish fighters pushed Islamic State militants out of Markada on Tuesday.\n\n"
            "Residents said the militants stormed the hamlet of Tal Brak overnight, killing four farmers.",
            "ISIS",
        ),
        (
            "A spokesman said ISIS fighters remain in the desert east of Shaddadi.\n\n"
            "He said militants had opened fire on a post near Markada, wounding two guards.",
            "ISIS",
        ),
        (
            "Daesh was driven out of the town last year.\n\nOn Sunday the jihadists attacked a post near Sabkha, killing three.",
            "ISIS",
        ),
        # the party named with the word, not any party: "PKK militants"
        (
            "ISIS lost its last town in 2019. Turkish officials said PKK militants crossed the border near Jarablus.\n\n"
            "The militants attacked a border post near Karkamis on Friday, wounding two soldiers.",
            "PKK/YPG",
        ),
        # the word as the clause's own agent, and the party named with it after the word ("cells of ISIS")
        (
            "Mercenary cells of ISIS attacked our post near Shaddadi on Monday.\n\n"
            "Later an explosive device planted by the mercenaries blew up outside the hamlet of Tal Brak, killing a shepherd.",
            "ISIS",
        ),
    ],
)
def test_a_word_describing_an_armed_group_refers_back_to_the_party_named_with_it(text: str, actor: str | None) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2021, 5, 4)))
    assert found[-1].actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "the Turkish army and its mercenaries": the mercenaries named with Turkey's forces are its proxies, the
        # Turkish-backed factions, when they act later ("the mercenaries attacked", "planted by the mercenaries")
        (
            "The Turkish occupation and its mercenaries shelled Zirgan on Sunday.\n\n"
            "On Monday an explosive device planted by the mercenaries blew up outside Tal Tamr, killing a shepherd.",
            "Turkish-backed factions",
        ),
        (
            "The occupation army and their allied mercenaries kept up their attacks on the Abu Rasin front.\n\n"
            "- Tal Tamr: the mercenaries attacked our posts at the village of Jarn with heavy guns.",
            "Turkish-backed factions",
        ),
        # the party named nearer with the word wins: "the mercenaries of ISIS"
        (
            "The Turkish army and its mercenaries shelled Zirgan on Sunday.\n\n"
            "In Shaddadi our forces fought the mercenaries of ISIS.\n\n"
            "Later the mercenaries attacked our post outside Tal Tamr, wounding two fighters.",
            "ISIS",
        ),
        # the hired "factions" of the Kurdish press are Turkey's
        ("Overnight the mercenary factions struck our posts in Tal Tamr countryside, wounding a fighter.", "Turkish-backed factions"),
        # not the hired factions of another sponsor named with them: the word stays as written
        ("Iranian mercenary factions shelled farms west of Tal Tamr on Sunday, wounding a farmer.", "mercenary"),
        ("The regime's mercenary factions shelled farms west of Tal Tamr on Sunday, wounding a farmer.", "mercenary"),
        # (factions told loyal to Iran are Iran's, as "factions aligned with Iran" are: the sponsor named, not Turkey)
        ("Mercenary factions loyal to Iran shelled farms west of Tal Tamr on Sunday, wounding a farmer.", "Iran-backed militias"),
    ],
)
def test_the_mercenaries_named_with_a_state_are_its_proxies(text: str, actor: str | None) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2021, 5, 4)))
    assert [i.actor for i in found if any("Tal Tamr" in t.text for t in i.toponyms)] == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # no party named before: none, or the word as written
        ("Residents said the militants stormed the hamlet of Tal Brak overnight, killing four farmers.", None),
        ("On Sunday jihadists attacked a post near Sabkha, killing three guards.", "jihadists"),
        # the party named only after the event is not referred back to
        (
            "Residents said the militants stormed the hamlet of Tal Brak overnight, killing four farmers.\n\n"
            "Islamic State militants were also seen near Markada.",
            None,
        ),
        # the mercenaries of a state are not its army: with no proxies of that state known, the word stays as written
        (
            "Russian forces and their mercenaries shelled Zirgan on Sunday.\n\n"
            "On Monday an explosive device planted by the mercenaries blew up outside Tal Tamr, killing a shepherd.",
            "mercenaries",
        ),
    ],
)
def test_a_word_describing_an_armed_group_takes_no_party_the_text_does_not_name_with_it(
    text: str, actor: str | None
) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2021, 5, 4)))
    assert [i.actor for i in found if any("Tal Brak" in t.text or "Sabkha" in t.text or "Tal Tamr" in t.text for t in i.toponyms)] == [actor]


@pytest.mark.parametrize(
    ("text", "place", "actor"),
    [
        # the party whose site or people were hit is not the party that hit them
        ("A roadside bomb went off on Monday near a vehicle of the Ras al-Ain Military Council in Tal Tamr, "
         "wounding two fighters.", "Tal Tamr", None),
        ("An explosive device went off outside an office used by the Kurdish Asayish in Qamishli on Sunday, wounding four people.",
         "Qamishli", None),
        ("US soldiers in Syria were attacked with three rockets near Shaddadi on Tuesday, wounding two of them.",
         "Shaddadi", None),
        # ... and the same parties as agents keep their actor
        ("The Ras al-Ain Military Council raided a house in Tal Tamr on Monday, killing a gunman.", "Tal Tamr", "SDF"),
        ("Kurdish Asayish police raided a house in Qamishli on Sunday, wounding one man and arresting four people.", "Qamishli", "Asayish"),
        ("A base used by ISIS near Shaddadi was hit by coalition artillery on Tuesday, killing five militants.",
         "Shaddadi", "US-led coalition"),
    ],
)
def test_the_party_whose_site_or_people_were_hit_is_not_the_actor(text: str, place: str, actor: str | None) -> None:
    assert _actors_by_place(text)[place] == actor


@pytest.mark.parametrize(
    ("clause", "party", "hit"),
    [
        ("Mortar rounds were fired at a base hosting US forces near Shaddadi.", "US-led coalition", True),
        ("US troops in Syria came under rocket fire near Shaddadi.", "US-led coalition", True),
        ("A mine hit a car belonging to the SDF near Markada.", "SDF", True),
        # (a joint actor's ally named as hit)
        ("Mortar rounds were fired at a base hosting US forces near Shaddadi.", "SDF and US-led coalition", True),
        # named as the agent too, or not named at all: not only as hit
        ("US forces shelled a base used by ISIS near Hajin.", "US-led coalition", False),
        ("US troops were attacked near Shaddadi and US helicopters struck back.", "US-led coalition", False),
        ("Mortar rounds were fired at an oil field near Shaddadi.", "US-led coalition", False),
        # the party's site named by its adjective, with or without an actor mention
        ("A US military outpost near Shaddadi was hit by two rockets.", "US-led coalition", True),
        ("Drones went for the US occupation base at the oil field on Monday.", "US-led coalition", True),
        ("Three rockets landed near a US patrol base outside Hasakah.", "US-led coalition", True),
        ("The United States (US) military base at the gas field was shaken by blasts.", "US-led coalition", True),
        ("Gunmen fired on a Turkish military post near the border.", "Turkish forces", True),
        # ... but not the site the fire came from, another party's site, nor a party also named as the agent
        ("Rockets were fired from a US base at militia positions near Mayadin.", "US-led coalition", False),
        ("Two rockets hit a US patrol base near Shaddadi.", "Turkish forces", False),
        ("The US base came under fire and US forces fired back at the launch site.", "US-led coalition", False),
        ("US jets struck ISIS positions near Hajin on Friday.", "US-led coalition", False),
    ],
)
def test_a_clause_naming_a_party_only_as_what_was_hit(clause: str, party: str, hit: bool) -> None:
    # (an actor carried or merged into such a clause is dropped: drop_agents_named_as_hit)
    assert named_only_as_hit(clause, party) is hit


def test_a_campaigns_striker_is_not_carried_to_a_strike_on_its_own_base() -> None:
    text = (
        "US drones struck a depot near Hajin on Monday, killing four fighters.\n\n"
        "On Tuesday a drone hit a base housing US troops near Shaddadi, without causing casualties."
    )
    actors = _actors_by_place(text)
    assert actors["Hajin"] == "US-led coalition" and actors["Shaddadi"] is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a suicide car bomb in a report naming the Islamic State is its
        (
            "ISIS cells remain active in the desert south of Hasakah.\n\n"
            "A suicide car bomb hit an SDF post near the village of Tal Brak on Monday, wounding three fighters.",
            "ISIS",
        ),
        # a car bomb not told as a suicide attack stays unnamed
        (
            "ISIS cells remain active in the desert south of Hasakah.\n\n"
            "A car bomb went off near an SDF post in the village of Tal Brak on Monday, wounding three fighters.",
            None,
        ),
        # no party named in the report: unnamed
        ("A suicide car bomb hit an SDF post near the village of Tal Brak on Monday, wounding three fighters.", None),
        # the report says nobody claimed it: unnamed, though it names the Islamic State
        (
            "A suicide bomber blew himself up at a bus stop in the village of Tal Brak on Monday, killing four people. "
            "No group has claimed the bombing. ISIS carried out similar attacks in the region last year.",
            None,
        ),
        # ... until the Islamic State's claim is told after it
        (
            (
                "A suicide bomber detonated his vest at a market in the village of Tal Brak on Friday, killing six people. "
                "Nobody claimed the blast at first. The Islamic State group later claimed it on its channels."
            ),
            "ISIS",
        ),
        (
            (
                "A suicide bomber detonated his vest at a market in the village of Tal Brak on Friday, killing six people. "
                "No group took responsibility until Sunday, when the bombing was claimed by Daesh."
            ),
            "ISIS",
        ),
        # (its claims of other bombings are no claim of this one)
        (
            (
                "A suicide bomber detonated his vest at a market in the village of Tal Brak on Friday, killing six people. "
                "Nobody claimed the blast. ISIS has claimed such bombings in the province before."
            ),
            None,
        ),
    ],
)
def test_a_suicide_bombing_is_the_islamic_states_unless_the_report_says_nobody_claimed_it(
    text: str, actor: str | None
) -> None:
    assert _actors_by_place(text)["Tal Brak"] == actor


@pytest.mark.parametrize(
    "text",
    [
        # the word as the patient of a passive is what was hit, not who hit it
        (
            "IS militants took the hamlet of Umm Kahf last week.\n\n"
            "On Tuesday the militants were struck by an unidentified drone near Markada, killing three of them."
        ),
        (
            "Jihadists of the Islamic State hold the desert east of Raqqa.\n\n"
            "On Friday the insurgents were hit by an unidentified drone near Sabkha, wounding two of them."
        ),
    ],
)
def test_a_word_describing_an_armed_group_as_a_passives_patient_names_no_agent(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2021, 5, 4)))
    assert [i.actor for i in found if any(t.text in ("Markada", "Sabkha") for t in i.toponyms)] == [None]


@pytest.mark.parametrize(
    "later",
    [
        # the bomb the word's party drove or set off, and the one a militant drove or left behind
        "The attack began when the militants drove a truck bomb into the gate of the silo near Tal Brak.",
        "At dawn militants set off a car bomb at the gate of Tal Brak, wounding four guards.",
        "A militant drove a car bomb into a checkpoint near Tal Brak, where it blew up and wounded four guards.",
        "A landmine laid by the militants blew up under a farmer's pickup near Tal Brak, wounding two brothers.",
        "An explosive device left by the militants went off beside a water pump near Tal Brak, wounding two brothers.",
    ],
)
def test_a_bomb_driven_or_left_by_the_word_for_an_armed_group_is_its_partys(later: str) -> None:
    text = "Islamic State militants still hold villages east of Shaddadi.\n\n" + later
    found = rule_incidents(Document(text=text, published=datetime.date(2021, 5, 4)))
    assert [i.actor for i in found if any("Tal Brak" in t.text for t in i.toponyms)] == ["ISIS"]


@pytest.mark.parametrize(
    "later",
    [
        # no party named before it: none
        "A militant drove a car bomb into a checkpoint near Tal Brak, where it blew up and wounded four guards.",
        # "left" not as the bomb's maker: a bomb found after the militants left
        "A mine exploded near Tal Brak after the militants left the area, wounding two brothers.",
    ],
)
def test_a_bomb_of_a_word_for_an_armed_group_takes_no_party_never_named_with_it(later: str) -> None:
    text = later if "driven" in later else "Villagers returned to Tal Brak in May.\n\n" + later
    found = rule_incidents(Document(text=text, published=datetime.date(2021, 5, 4)))
    assert [i.actor for i in found if any("Tal Brak" in t.text for t in i.toponyms)] == [None]


@pytest.mark.parametrize(
    "later",
    [
        # the place or the vehicle the militants left or sent is what was hit, not their bomb
        "Artillery shelled the farms left by the militants near Tal Brak on Monday, wounding two brothers.",
        "A drone struck a pickup sent by the militants near Tal Brak on Monday, wounding two brothers.",
    ],
)
def test_a_place_or_vehicle_left_or_sent_by_the_word_for_an_armed_group_is_not_its_bomb(later: str) -> None:
    text = "Islamic State militants still hold villages east of Shaddadi.\n\n" + later
    found = rule_incidents(Document(text=text, published=datetime.date(2021, 5, 4)))
    assert [i.actor for i in found if any("Tal Brak" in t.text for t in i.toponyms)] == [None]


def test_the_militias_responding_with_fire_are_the_militias_named_before() -> None:
    text = (
        "Unidentified jets struck positions of Iran-backed militias near Mayadin overnight.\n\n"
        "The militias responded by firing three rockets at the Tal Baydar base, causing no casualties."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2021, 5, 4)))
    assert [i.actor for i in found if any("Tal Baydar" in t.text for t in i.toponyms)] == ["Iran-backed militias"]


@pytest.mark.parametrize(
    ("text", "told", "actor"),
    [
        # the attack the striker answered, told in its own clause, is the other side's: the definite word names it
        (
            "Iran-backed militias shelled the village of Jadid Baggara on Sunday.\n\n"
            "Meanwhile, US troops at the Shaddadi base fired artillery at Jadid Baggara, after a rocket attack by the "
            "militias on the base earlier.",
            "rocket attack",
            "Iran-backed militias",
        ),
        # ... and with no party named before, none (never the striker that answered it)
        (
            "Meanwhile, US troops at the Shaddadi base fired artillery at Jadid Baggara, after a rocket attack on "
            "the base earlier.",
            "rocket attack",
            None,
        ),
        # a drone attack named as what the strikes followed (a headline's "after drone attack") makes the striker
        # no drone campaign's
        (
            "US strikes militia sites near Hajin after drone attack\n\nUS jets bombed depots near Hajin on Sunday.\n\n"
            "Friday's one-way drone attack struck the Qasrak base near Tal Baydar and hurt nobody.",
            "one-way",
            None,
        ),
    ],
)
def test_the_attack_a_strike_answered_takes_no_striker_of_the_campaign(text: str, told: str, actor: str | None) -> None:
    found = [i for i in incidents(text) if told in i.evidence_text]
    assert found and {i.actor for i in found} == {actor}


def test_a_drone_campaign_told_before_still_carries_past_an_answered_attack() -> None:
    # (the strikes' own drones still name the striker of drone strikes told after)
    text = (
        "US drones struck depots near Hajin on Sunday, two days after a rocket attack on a US base.\n\n"
        "Near Tal Baydar, a drone hit a truck on Monday, killing two militiamen."
    )
    assert _actors_by_place(text)["Tal Baydar"] == "US-led coalition"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "militias" bare, as the subject of the fire, refers back as "the militias" does
        (
            "Iranian-backed militias hold the western bank.\n\nOn Monday militias fired six rockets at the Qasrak base.",
            "Iran-backed militias",
        ),
        # the singular bare is a modifier: no party of that kind referred to
        ("Iranian-backed militias hold the western bank.\n\nOn Monday militia rockets hit the Qasrak base.", None),
        # the party named before by a name of its own, not by the word ("Hezbollah", "the Quds Force"): its party
        (
            "Fighters of Kataib Hezbollah hold the western bank.\n\nOn Monday militias fired six rockets at the Qasrak base.",
            "Iran-backed militias",
        ),
        # "factions" bare too, as a line of a bulletin opens with them
        (
            "Turkish-backed factions hold the villages west of the road.\n\nQasrak: Factions shot dead two shepherds near the base.",
            "Turkish-backed factions",
        ),
        # and none when no party of that kind was named before
        ("Gunmen hold the western bank.\n\nQasrak: Factions shot dead two shepherds near the base.", None),
        # (bare only opening a line or a sentence: factions named by another word are another party)
        (
            "Turkish-backed factions hold the villages west of the road.\n\nOn Monday tribal factions shot dead two "
            "shepherds near the Qasrak base.",
            None,
        ),
    ],
)
def test_bare_militias_as_the_agent_refer_back_to_the_militias_named_before(text: str, actor: str | None) -> None:
    found = [i for i in incidents(text) if any("Qasrak" in t.text for t in i.toponyms)]
    assert [i.actor for i in found] == [actor]


@pytest.mark.parametrize(
    ("second", "actor"),
    [
        # a car bomb driven at its target, or stopped on its way, has a driver: a suicide car bomb
        ("Late on Monday a car bomb was driven at a checkpoint of the SDF east of the village and exploded.", "ISIS"),
        ("Guards blew up a car bomb before it reached the SDF posts near the Jabsa field.", "ISIS"),
        # a parked car bomb tells no driver
        ("A car bomb exploded in the market of Tal Hamis, killing four.", None),
        # a vehicle rammed at the target has a driver too
        ("On Friday a van laden with explosives rammed into the gate of an SDF base near the village.", "ISIS"),
        # the driving told of someone else (the wounded, the owner who parked it) tells no driver of the bomb
        ("A car bomb went off near the bakery of Tal Hamis, killing four, and the wounded were driven into Hasakah.", None),
        ("A car bomb went off near the bakery of Tal Hamis after a man drove it into the yard and walked off.", None),
    ],
)
def test_a_car_bomb_driven_at_its_target_is_a_suicide_car_bomb(second: str, actor: str | None) -> None:
    text = f"ISIS fighters attacked the village of Tal Hamis. {second}"
    bombs = [i for i in rule_incidents(Document(text=text)) if i.event_type is EventType.CAR_BOMB]
    assert [i.actor for i in bombs] == [actor]


@pytest.mark.parametrize(
    ("second", "actor"),
    [
        # a car bomb told as the opening of an assault breached the way in for the fighters: theirs
        ("The assault on the jail of Tal Hamis started late Friday with a car bomb at its main gate, guards said.", "ISIS"),
        ("The attack began at night when a car bomb exploded outside the jail in Tal Hamis and gunmen rushed in.", "ISIS"),
        ("A truck bomb blew open the gate of the jail in Tal Hamis, followed by an assault by some forty gunmen.", "ISIS"),
        # a parked car bomb, or one told after some other beginning, opens no assault
        ("A car bomb exploded near the bakery of Tal Hamis, followed by an attack of panic among shoppers.", None),
        ("The campaign of arrests began in May, and on Friday a car bomb exploded at a bakery in Tal Hamis.", None),
        ("The attack on the bakery in Tal Hamis came after a car bomb exploded there, followed by looting.", None),
        # nor one told beside an assault that opened otherwise: with gunfire, with "the blast" of a parked one
        (
            "A car bomb went off outside a clinic in Tal Hamis on Friday during an attack in which gunmen opened fire "
            "with rifles on its guards.",
            None,
        ),
        (
            "A car bomb left by the road exploded in Tal Hamis on Friday; the attack started with the blast, police said.",
            None,
        ),
        # an assault whose attackers the clause names keeps them
        (
            "A car bomb exploded near the bakery of Tal Hamis, followed by an attack by Turkish-backed factions on the town.",
            "Turkish-backed factions",
        ),
    ],
)
def test_a_car_bomb_opening_an_assault_is_driven_by_the_assaulting_fighters(second: str, actor: str | None) -> None:
    text = f"Islamic State cells have grown bolder in the province this year. {second}"
    bombs = [i for i in rule_incidents(Document(text=text)) if i.event_type is EventType.CAR_BOMB]
    assert [i.actor for i in bombs] == [actor]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # "the occupation forces" refer back to the occupation named before, as "the occupation" does
        (
            "On Monday the Turkish occupation army shelled farms around Tal Hamis. In the morning, the occupation "
            "forces targeted with a drone the outskirts of Umm Kahf, without casualties.",
            ["Turkish forces", "Turkish forces"],
        ),
        (
            "Turkish occupation planes bombed a convoy near Tal Hamis. Occupation forces shelled the camp of Umm Kahf.",
            ["Turkish forces", "Turkish forces"],
        ),
        (
            "US occupation forces stormed the village of Tal Hamis on Monday. A man was wounded when the occupation "
            "forces opened fire in Umm Kahf.",
            ["US-led coalition", "US-led coalition"],
        ),
        # no occupation named before: none; an agent of another kind takes nothing from it
        ("Occupation forces shelled the camp of Umm Kahf on Monday, forcing families to flee.", [None]),
        (
            "On Monday the Turkish occupation army shelled farms around Tal Hamis. Unknown gunmen killed a man in "
            "Umm Kahf.",
            ["Turkish forces", None],
        ),
        (
            "On Monday the Turkish occupation army shelled farms around Tal Hamis. Syrian government forces "
            "shelled Umm Kahf later.",
            ["Turkish forces", "Syrian army"],
        ),
    ],
)
def test_the_occupation_forces_refer_back_to_the_occupation_named_before(text: str, actors: list[str | None]) -> None:
    assert [i.actor for i in incidents(text)] == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a descriptive word for the party as the agent of a killing by gun or blade refers back to the party
        (
            "Islamic State fighters hold the old city. Separately, jihadist snipers shot dead two SDF fighters in the "
            "Umm Kahf district on Sunday.",
            ["ISIS"],
        ),
        (
            "The Islamic State still holds the enclave. A man who fled said militants had beheaded two shepherds in "
            "Umm Kahf.",
            ["ISIS"],
        ),
        # the word as the one shot, and a killing with no agent or by unnamed gunmen, refer to no one
        (
            "SDF fighters stormed the village of Tal Hamis on Monday. In Umm Kahf, the militants were shot by the SDF.",
            ["SDF"],
        ),
        (
            "IS militants stormed the village of Tal Hamis on Monday. A man was shot dead in Umm Kahf on Tuesday.",
            ["ISIS", None],
        ),
        (
            "Islamic State militants hold the desert east of Tal Hamis. On Tuesday unknown gunmen shot a shepherd in "
            "Umm Kahf.",
            [None],
        ),
    ],
)
def test_militants_who_shot_or_beheaded_people_are_the_party_named_before(text: str, actors: list[str | None]) -> None:
    assert [i.actor for i in incidents(text)] == actors


@pytest.mark.parametrize(
    ("blame", "actor"),
    [
        ("Local officials blamed Iran-backed militias.", "Iran-backed militias"),
        ("The council blamed the Turkish-backed Hamza Division for the bombing.", "Turkish-backed factions"),
        ("The council accused ISIS of planting the device.", "ISIS"),
        ("ISIS was accused.", "ISIS"),
        ("Residents blamed supporters of ISIS.", "ISIS"),
        # the blamed deed told with the incident's own place and day
        ("Officials blamed ISIS for the attack in Tal Ward on Monday.", "ISIS"),
        # the attackers' clause names their party and goes on with the sentence
        ("The attackers, believed to belong to an ISIS cell, fled on motorbikes.", "ISIS"),
    ],
)
def test_a_party_blamed_in_the_next_sentence_is_the_agent_of_the_event_just_told(blame: str, actor: str) -> None:
    text = "A roadside bomb went off beside a bakery in Tal Ward on Monday, killing three civilians. " + blame
    assert _actors_by_place(text)["Tal Ward"] == actor


@pytest.mark.parametrize(
    "blame",
    [
        # a blame of another deed
        "The council accused Iran-backed militias of arming the tribes.",
        # a blame the party denies (two development writers code no actor)
        "Ankara blamed the YPG, which denied any role.",
        "Officials did not blame ISIS.",
        # Ankara's blame of the Kurdish forces (three development writers code no actor)
        "The Turkish interior ministry blamed the YPG.",
        # the suspects' party, not a blamed one
        "Police held two men accused of belonging to ISIS.",
        # a sentence opening an incident of its own: its party is that incident's
        "A day later, ISIS was accused of a bombing in Kharab Ashk that killed two.",
        # a hedged blame
        "Officials blamed ISIS for the attack, though it was unclear whether the group was involved.",
        "It was unclear whether the police blamed ISIS for the attack.",
        # the victims' side blaming a failure, not the deed
        "Relatives blamed the SDF for the deaths, saying its checkpoints failed to stop the bomber.",
        # a blame of another incident, named by its place, day or time
        "Officials accused ISIS of carrying out the bombing in Shaddadi last week.",
        "Officials blamed ISIS for the attack on a school in Raqqa on Sunday.",
        "The council accused ISIS of carrying out a similar bombing in 2018.",
    ],
)
def test_a_blame_of_another_deed_denied_or_of_its_own_incident_names_no_agent(blame: str) -> None:
    text = "A roadside bomb went off beside a bakery in Tal Ward on Monday, killing three civilians. " + blame
    assert _actors_by_place(text)["Tal Ward"] is None


@pytest.mark.parametrize(
    "text",
    [
        # other registers: a trial, a diplomatic row, a report of a prisoner
        "Two men accused of smuggling fuel near Tal Ward were sentenced on Monday. The court blamed ISIS for the fuel trade.",
        "Damascus blamed Washington for the sanctions. A shell hit a school in Tal Ward on Monday, killing a teacher.",
        "A shell hit a school in Tal Ward on Monday, killing a teacher. Three weeks later, the ministry blamed drought "
        "for the poor harvest.",
        # a blame of a deed of another kind than the incident just told: the bombing before it, not the shooting
        "A bomb went off in Amuda on Monday. On Tuesday, gunmen shot dead a teacher in Tal Ward. Officials blamed ISIS "
        "for the bombing.",
    ],
)
def test_a_blame_elsewhere_in_the_report_names_no_agent(text: str) -> None:
    assert all(actor is None for place, actor in _actors_by_place(text).items() if place == "Tal Ward")


def test_bare_strikes_listed_after_a_drone_campaign_are_its_strikes() -> None:
    text = (
        "Turkish drones carried out nine strikes in Hasakah province on Monday, monitors said. They recorded:\n"
        "- a strike on a truck near Amuda, killing one man\n"
        "- a strike on a farm near Tal Tamr\n"
        "- a strike on a checkpoint near Zirgan, wounding two guards\n"
        "- a strike on a bakery near Derbasiyah"
    )
    actors = _actors_by_place(text)
    assert actors["Amuda"] == actors["Tal Tamr"] == actors["Zirgan"] == actors["Derbasiyah"] == "Turkish forces"


@pytest.mark.parametrize(
    "text",
    [
        # no campaign named; one set apart; jets of no named party (one told long after the campaign takes the
        # report's one striker: test_the_one_striker_a_report_names_carries_to_its_far_strikes)
        "A strike on a car near Amuda killed two people on Monday, local sources said.",
        "Turkish drones hit a car near Qamishli on Monday. Separately, a strike on a house in Amuda killed three.",
        "Turkish drones hit a car near Qamishli on Monday. Unidentified warplanes struck a house in Amuda, killing three.",
        # another party that strikes from the air named in its clause (the teller, here): maybe its own strike
        "Turkish drones hit a car near Qamishli on Monday. A strike on a house in Amuda killed three ISIS members, "
        "the coalition said.",
    ],
)
def test_a_bare_strike_with_no_campaign_near_it_takes_no_striker(text: str) -> None:
    assert _actors_by_place(text)["Amuda"] is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a state's army or air force named with no state refers back to the state force named before
        ("Government troops pushed into Busayrah on Sunday.\n\nOn Monday, army shelling killed a woman in Sbikha.", "Syrian army"),
        ("Regime forces hold the western bank.\n\nThe air force carried out raids on Sbikha on Monday, killing ten fighters.", "Syrian army"),
        (
            "The Syrian Arab Army advanced near Busayrah on Sunday.\n\n"
            "Army units meanwhile destroyed ISIS positions near Sbikha on Monday, killing scores of militants.",
            "Syrian army",
        ),
        ("Turkish drones struck a car near Amuda on Sunday.\n\nOn Monday the army shelled Sbikha, wounding two.", "Turkish forces"),
        # no state force named before (nor the coalition's troops, named by their country): none
        ("Gunmen attacked a checkpoint near Amuda on Sunday.\n\nOn Monday the army shelled Sbikha, wounding two.", None),
        ("US forces raided a house near Hajin on Sunday.\n\nOn Monday the army shelled Sbikha, wounding two.", None),
        # (nor a party whose own name holds the word: the last one named is not the state's army)
        (
            "Turkish troops and the Syrian National Army moved on Ain Issa on Sunday.\n\n"
            "On Monday the army shelled Sbikha, wounding two.",
            "Turkish forces",
        ),
    ],
)
def test_an_army_named_with_no_state_is_the_state_force_named_before(text: str, actor: str | None) -> None:
    found = [i for i in incidents(text) if any("Sbikha" in t.text for t in i.toponyms)]
    assert [i.actor for i in found] == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the party the air strike hit, named in its clause, is not its agent
        ("On Monday an air strike killed nine Iranian and Iran-backed militiamen near Tal Ward.", None),
        ("Jets hit the last ISIS pocket in Tal Ward, in support of the SDF.", None),
        # the striker the report named first carries to it
        (
            "Coalition warplanes bombed targets across the valley on Sunday. On Monday an air strike killed nine "
            "Iran-backed militiamen near Tal Ward.",
            "US-led coalition",
        ),
    ],
)
def test_an_air_strike_is_never_a_party_without_warplanes(text: str, actor: str | None) -> None:
    assert _actors_by_place(text)["Tal Ward"] == actor


_FAR_STRIKE = (
    "Turkish drones struck a power plant near Amuda on Monday. Officials said the grid was down. Repairs would take "
    "weeks. Prices rose. Shops closed early. On Tuesday a strike hit a dam near Tal Ward, killing a guard."
)


def test_the_one_striker_a_report_names_carries_to_its_far_strikes() -> None:
    assert _actors_by_place(_FAR_STRIKE)["Tal Ward"] == "Turkish forces"


@pytest.mark.parametrize(
    "text",
    [
        # a second striker of air strikes named: which one struck is unsure
        _FAR_STRIKE.replace("Officials said the grid was down.", "Russian jets bombed a depot near Kharab Ashk."),
        # a striker the report leaves unknown, or one it says did not strike
        _FAR_STRIKE + " An unidentified drone also hit a car near Kharab Ashk.",
        _FAR_STRIKE + " Ankara denied any role in that strike.",
    ],
)
def test_no_far_striker_when_the_report_names_two_or_leaves_one_unknown(text: str) -> None:
    assert _actors_by_place(text)["Tal Ward"] is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Coalition jets struck a bridge near Tal Ward on Monday, killing two. They also attacked a depot near "
            "Kharab Ashk.",
            "US-led coalition",
        ),
        # the party named as what was hit in the pronoun's clause gives way to the pronoun's party
        (
            "ISIS claimed a bombing in Tal Ward on Monday. On Tuesday, they fired a missile at coalition troops near "
            "Kharab Ashk, wounding five.",
            "ISIS",
        ),
        # no party named in the sentence before: the pronoun resolves nothing
        ("A bridge fell near Tal Ward on Monday. On Tuesday, they shelled a depot near Kharab Ashk.", None),
    ],
)
def test_they_as_the_agent_is_the_party_the_sentence_before_names(text: str, actor: str | None) -> None:
    assert _actors_by_place(text)["Kharab Ashk"] == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # attackers of no party: no party named near them or after them is the actor
        (
            "ISIS cells attacked a post near Kharab Ashk on Sunday. Moreover, unknown assailants fired RPGs at an SDF "
            "base in Tal Ward, causing only damage.",
            None,
        ),
        (
            "Unknown gunmen opened fire on a former SDF fighter in Tal Ward on Monday, killing him. Local media said "
            "it was probably an ISIS attack.",
            None,
        ),
        # ... unless the deed is put down to the party
        (
            "Unidentified gunmen ambushed a bus in Tal Ward on Monday, killing nine soldiers. The ambush was carried "
            "out by ISIS fighters, police said.",
            "ISIS",
        ),
    ],
)
def test_attackers_of_no_party_name_no_actor_unless_the_deed_is_put_down_to_one(text: str, actor: str | None) -> None:
    assert _actors_by_place(text)["Tal Ward"] == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the one party the report's incidents are put down to
        (
            "SDF fighters stormed the old quarter of Tal Ward on Monday, killing six ISIS members. Clashes went on "
            "near Kharab Ashk into the night, killing four.",
            "SDF",
        ),
        # two parties named: which side is unsure
        (
            "SDF fighters stormed the old quarter of Tal Ward on Monday. Turkish drones hit a car near Amuda. Clashes "
            "went on near Kharab Ashk into the night, killing four.",
            None,
        ),
        # attackers of no party: none
        (
            "SDF fighters stormed the old quarter of Tal Ward on Monday. Unknown gunmen attacked a post near Kharab "
            "Ashk at night, killing four guards.",
            None,
        ),
    ],
)
def test_a_clash_with_no_side_takes_the_reports_one_party(text: str, actor: str | None) -> None:
    assert _actors_by_place(text)["Kharab Ashk"] == actor

# claims of responsibility: the claiming party is the actor

@pytest.mark.parametrize(
    "claim",
    [
        "Hours later, ISIS, by way of its media arm, claimed responsibility for the attack.",
        "Later on, the Islamic State (via its Amaq agency) claimed the attack.",
    ],
)
def test_a_claim_told_with_an_aside_puts_an_unnamed_attackers_deed_down_to_the_party(claim: str) -> None:
    text = "Masked gunmen stormed an SDF post in Tal Ward on Monday, killing two guards. " + claim
    assert _actors_by_place(text)["Tal Ward"] == "ISIS"


@pytest.mark.parametrize(
    "text",
    [
        "Channels linked to ISIS put out a statement in which the group claimed responsibility for a bomb attack on "
        "an SDF post near Tal Ward on Sunday.",
        "ISIS fighters were seen near Amuda last month. On Sunday the group said it had killed three SDF fighters "
        "in a car bomb attack near Tal Ward.",
        "ISIS fighters were seen near Amuda last month. On Sunday the organization claimed a bomb attack on an SDF "
        "post near Tal Ward.",
    ],
)
def test_the_group_claiming_an_attack_is_the_islamic_state_named_before(text: str) -> None:
    assert _actors_by_place(text)["Tal Ward"] == "ISIS"


@pytest.mark.parametrize(
    "text",
    [
        "Ten SDF fighters were killed in a blast in Tal Ward on Sunday, according to Amaq.",
        "The Amaq agency said on Sunday that ten SDF fighters were killed in a car bomb attack in Tal Ward.",
    ],
)
def test_an_event_told_by_the_islamic_states_agency_is_its_claim(text: str) -> None:
    assert _actors_by_place(text)["Tal Ward"] == "ISIS"


@pytest.mark.parametrize(
    "text",
    [
        # no claim: the group named is only what was hit, or claims nothing
        "Turkish drones struck a convoy near Amuda. The group said its fighters were killed near Tal Ward on Sunday.",
        "A bomb hit an SDF post near Tal Ward on Sunday. No group claimed responsibility.",
        # another armed group named after the Islamic State: which group claims is unsure
        "ISIS cells were active near Amuda last year. Iran-backed militias fired rockets at a base near Hasakah. "
        "On Sunday the group claimed responsibility for a drone attack on a US base near Tal Ward.",
    ],
)
def test_no_claim_names_no_claiming_party(text: str) -> None:
    assert _actors_by_place(text).get("Tal Ward") is None


def test_the_islamic_states_agency_opening_the_sentence_before_the_clause_is_its_source() -> None:
    text = "According to Amaq; the group's outlet, ten SDF fighters were killed in Tal Ward on Sunday."
    assert _actors_by_place(text)["Tal Ward"] == "ISIS"


def test_the_islamic_states_agency_named_in_the_sentence_before_is_not_the_source() -> None:
    text = "Amaq said nothing on Saturday. Ten SDF fighters were killed in a blast in Tal Ward on Sunday."
    assert _actors_by_place(text)["Tal Ward"] is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a headline naming the party by its mine, the body telling the mine as a remnant it left: nobody's blast now
        ("ISIS landmine kills four shepherds near Markada\n\n"
         "A landmine left behind by ISIS exploded near Markada on Monday, killing four shepherds.", None),
        ("IS mine kills two farmers in Markada\n\n"
         "Two herders were killed on Monday in Markada by an old mine allegedly left behind by the Islamic State.", None),
        # ... but a mine the party planted, or no remnant told, stays the party's
        ("ISIS mine kills four shepherds near Markada\n\n"
         "A mine planted by ISIS cells exploded near Markada on Monday, killing four shepherds.", "ISIS"),
        ("ISIS landmine kills four shepherds near Markada\n\n"
         "A landmine exploded near Markada on Monday, killing four shepherds.", "ISIS"),
    ],
)
def test_a_mine_the_party_left_behind_told_once_as_its_mine_is_nobodys(text: str, actor: str | None) -> None:
    assert _actors_by_place(text)["Markada"] == actor


@pytest.mark.parametrize(
    ("text", "party", "layer"),
    [
        ("a landmine left behind by ISIS exploded near the village", "ISIS", True),
        ("a mine blast, most likely left over by ISIS, hit the car", "ISIS", True),
        ("an old mine allegedly left behind by Daesh went off", "ISIS", True),
        # planted, or set off now, or another party's remnant: no layer of this party's
        ("a mine planted by ISIS and left by ISIS went off", "ISIS", False),
        ("ISIS cells planted a mine that went off", "ISIS", False),
        ("a landmine left behind by the SDF exploded", "ISIS", False),
    ],
)
def test_a_party_named_as_the_layer_of_a_remnant(text: str, party: str, layer: bool) -> None:
    assert names_remnant_layer(text, party) is layer
