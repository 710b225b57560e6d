"""Event types, actors, victims, targets and sources, from sentences in different outlets' styles."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document, EventType, Incident


def only(text: str) -> Incident:
    found = rule_incidents(Document(text=text))
    assert len(found) == 1, [i.evidence_text for i in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "US-led coalition air strikes killed seven civilians in the village of al-Shafa on Tuesday.",
            EventType.AIRSTRIKE,
        ),
        ("Russian warplanes pounded the outskirts of Mayadin, killing four people.", EventType.AIRSTRIKE),
        ("A Turkish drone targeted a car near Qamishli, killing two SDF members.", EventType.DRONE_STRIKE),
        ("Turkish artillery shelled villages around Tal Tamr on Sunday, wounding three civilians.", EventType.SHELLING),
        ("Mortar rounds fired by government forces landed in the town of Hajin, killing a child.", EventType.SHELLING),
        ("A roadside bomb exploded near an SDF patrol in the village of Diban, killing two fighters.", EventType.IED),
        ("Two shepherds were killed by a landmine left by ISIS in the desert near Maadan on Friday.", EventType.IED),
        ("A car bomb went off near a checkpoint in Tal Abyad, killing at least five people.", EventType.CAR_BOMB),
        # a bombing whose device the text does not tell is of unknown kind, as an explosion is (docs/gold-format.md)
        ("A bombing near the bus station in Qamishli killed four people on Friday.", EventType.OTHER),
        ("A roadside bombing killed two soldiers near Hajin on Friday.", EventType.IED),
        ("A bombing with an explosive device planted under a bench killed two in Qamishli.", EventType.IED),
        ("ISIS militants bombed a checkpoint in Hajin on Friday, killing two guards.", EventType.IED),
        # a motorcycle bomb is a planted device (docs/gold-format.md), a car bomb a vehicle used as the bomb
        ("A booby-trapped motorcycle exploded in the market of Ras al-Ain, wounding 11 people.", EventType.IED),
        ("A motorbike bomb went off outside a pharmacy in Amuda, killing a passer-by.", EventType.IED),
        ("A motorcycle loaded with explosives blew up at the entrance of Shaddadi, wounding two guards.", EventType.IED),
        ("A car loaded with explosives blew up at the entrance of Shaddadi, wounding two guards.", EventType.CAR_BOMB),
        ("A suicide bomber riding a motorbike set off his vest beside an army post in Hajin.", EventType.SUICIDE_BOMB),
        (
            "A suicide bomber blew himself up at an SDF position in al-Busayrah, killing three fighters.",
            EventType.SUICIDE_BOMB,
        ),
        # a suicide car bomb is typed by its vehicle
        ("A suicide car bomber struck a crowd of displaced people near Hajin, killing 20.", EventType.CAR_BOMB),
        ("A suicide car bomb attacker blew himself up near an SDF vehicle in Hajin on Saturday.", EventType.CAR_BOMB),
        ("Heavy clashes between the SDF and tribal fighters in Thiban left nine dead.", EventType.ARMED_CLASH),
        # a device planted on the victim's car is an IED; a bomb attack is one too
        ("A member of the Asayish was killed when a bomb planted under his car exploded in Qamishli.", EventType.IED),
        ("Two men were wounded when an explosive device placed in their car exploded in Raqqa.", EventType.IED),
        ("A bomb attack targeted an SDF convoy near the town of Shaddadi on Monday.", EventType.IED),
        # an explosion whose cause the text does not say is "other"
        ("An explosion near a bakery in the city of Tabqa killed four civilians on Sunday.", EventType.OTHER),
        ("A blast near an SDF checkpoint in Raqqa killed 13 people on April 9.", EventType.OTHER),
        ("A landmine explosion killed a shepherd near the town of Maadan on Monday.", EventType.IED),
        ("SDF fighters traded heavy fire with IS holdouts in Baghouz on Sunday, killing two.", EventType.ARMED_CLASH),
        ("Kurdish fighters battled Turkish-backed forces near Ras al-Ain on Monday, leaving five dead.", EventType.ARMED_CLASH),
        # "killed in fighting" names the clash by its noun alone
        ("Eleven gunmen were killed in fighting with the army near the town of Hajin.", EventType.ARMED_CLASH),
        ("Skirmishes between two clans in the village of Diban left one dead.", EventType.ARMED_CLASH),
        ("A loitering munition hit a pickup near the town of Amuda, killing its two occupants.", EventType.DRONE_STRIKE),
        # a border force that shoots people crossing is told by who fired, not by the weapon
        ("A young smuggler was killed by a Turkish border guard near the town of Derbasiyah.", EventType.ATTACK),
        ("A farmer was killed by Turkish gunfire near the village of Zarkan.", EventType.ATTACK),
        ("A boy was killed by a remnant of war near the village of Baghuz.", EventType.IED),
        ("A girl was killed by a stray shell in the village of Zarkan on Monday.", EventType.SHELLING),
        # both sides firing is fighting between them, whatever the guns
        ("The army and the SDF exchanged artillery fire near the town of Ain Issa on Monday.", EventType.ARMED_CLASH),
        # the "raids" of jets are air raids (helicopters' raids stay raids)
        ("Russian jets carried out 20 raids on the town of Sukhnah on Monday.", EventType.AIRSTRIKE),
        (
            "The SDF, backed by coalition helicopters, raided a house in the town of al-Shuhail on Wednesday.",
            EventType.RAID,
        ),
        ("Unidentified gunmen shot dead a local council member in the town of al-Kasra.", EventType.ATTACK),
        ("ISIS militants executed three shepherds in the desert east of Mayadin on Monday.", EventType.ATTACK),
    ],
)
def test_event_type(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A US-led airstrike hit a school in Khuweibra village of Hasakah province, killing 18 refugees.",
            "US-led coalition",
        ),
        ("American warplanes struck a house near Hajin on Monday, killing three.", "US-led coalition"),
        ("Daesh terrorists attacked a checkpoint in the town of al-Busayrah, killing two guards.", "ISIS"),
        ("Islamic State fighters ambushed a patrol near Sousa on Friday, killing four soldiers.", "ISIS"),
        ("Kurdish-led forces raided the village of Diban on Tuesday and detained 12 people after a firefight.", "SDF"),
        ("Regime forces shelled the town of al-Tabni on Sunday, wounding five civilians.", "Syrian army"),
        (
            "The Syrian Arab Army shelled SDF positions in Deir ez-Zor's Hatla village on Friday, killing two fighters.",
            "Syrian army",
        ),
        ("A Turkish drone strike killed three people near Amuda on Thursday.", "Turkish forces"),
        (
            "Turkish-backed factions shelled the village of Tal Tamr on Monday, wounding a woman.",
            "Turkish-backed factions",
        ),
        ("Russian jets bombed the desert near Maadan on Saturday, killing six ISIS militants.", "Russian forces"),
    ],
)
def test_actor(text: str, actor: str) -> None:
    assert only(text).actor == actor


def test_actor_in_object_position_is_not_the_actor() -> None:
    incident = only("Coalition jets struck Daesh positions near Hajin on Monday, killing 12 militants.")
    assert incident.actor == "US-led coalition"
    assert incident.target == "Daesh positions"


def test_unnamed_actor_is_none() -> None:
    assert only("A roadside bomb killed three people near Shaddadi on Sunday.").actor is None


def test_unidentified_attackers_are_no_actor() -> None:
    assert only("Unidentified gunmen killed two men in al-Shuhail on Friday.").actor is None


def test_source_that_speaks_is_not_the_actor() -> None:
    incident = only("Dozens of ISIS militants were killed in clashes with the SDF in Hajin, the coalition said.")
    assert incident.actor == "SDF"
    assert incident.event_type is EventType.ARMED_CLASH


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A drone struck a vehicle near Qamishli on Monday, killing two.", "vehicle"),
        ("Warplanes hit a bakery in the town of Hajin on Sunday.", "bakery"),
        ("Shells landed on residential buildings in Tal Tamr, wounding four.", "residential buildings"),
        ("Gunmen attacked an oil field near Diban on Friday, killing a guard.", "oil field"),
    ],
)
def test_target(text: str, target: str) -> None:
    assert only(text).target == target


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Two civilians were killed in Tal Abyad on Monday, SANA reported.", ["Syrian state television"]),
        ("Two civilians were killed in Tal Abyad on Monday, Syrian state media said.", ["Syrian state television"]),
        (
            "The Syrian Observatory for Human Rights said a drone killed two people in Amuda on Monday.",
            ["Syrian Observatory for Human Rights"],
        ),
        (
            "A drone killed two people in Amuda on Monday, the Britain-based monitor said.",
            ["Syrian Observatory for Human Rights"],
        ),
        ("A drone killed two people in Amuda on Monday, according to Kurdistan24.", ["Kurdistan24"]),
        ("A drone killed two people in Amuda on Monday, Hawar News Agency reported.", ["Hawar News Agency"]),
        ("A drone killed two people in Amuda on Monday, Syria Direct reported.", ["Syria Direct"]),
        ("A drone killed two people in Amuda on Monday.", []),
    ],
)
def test_sources(text: str, sources: list[str]) -> None:
    assert only(text).sources == sources


def test_several_incidents_in_one_article() -> None:
    text = (
        "QAMISHLI, Syria (Kurdistan24) - A Turkish drone struck a car near Qamishli on Monday, killing two Asayish members.\n"
        "In a separate attack, Turkish artillery shelled the village of Tal Tamr, wounding four civilians.\n"
        "Meanwhile, a roadside bomb exploded in Deir ez-Zor's Diban town, killing an SDF commander.\n"
        "Turkey regularly strikes what it calls PKK targets in northern Syria."
    )
    found = rule_incidents(Document(text=text))
    assert [i.event_type for i in found] == [EventType.DRONE_STRIKE, EventType.SHELLING, EventType.IED]
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Qamishli", "Tal Tamr", "Diban"]
    assert found[2].primary_toponym is not None and found[2].primary_toponym.admin1_hint == "Deir ez-Zor"
    assert len({i.id for i in found}) == 3


def test_victims_are_not_the_actor_and_a_claim_names_it() -> None:
    text = (
        "Five members of the Kurdish Asayish were killed on Saturday in a twin suicide attack on a checkpoint "
        "at the entrance of Qamishli city, a security source told Enab Baladi.\n"
        "Daesh claimed responsibility for the attack through its Amaq news agency."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    incident = found[0]
    assert incident.event_type is EventType.SUICIDE_BOMB
    assert incident.actor == "ISIS"
    assert incident.victims == "members of the Kurdish Asayish"
    assert incident.sources == ["security sources", "Enab Baladi"]
    assert len(incident.evidence) == 1  # (the claim names the agent; it reports nothing of the event: no evidence)


def test_common_nouns_count_as_sources_only_when_they_speak() -> None:
    text = (
        "Warplanes struck a bakery in Hajin on Monday, killing four people.\n"
        "The report added that the bombardment also damaged the properties of residents."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1 and "residents" not in found[0].sources
    spoken = only("Warplanes struck a bakery in Hajin on Monday, killing four people, residents said.")
    assert spoken.sources == ["residents"]


def test_headline_and_body_are_one_incident() -> None:
    text = (
        "SOHR: Two ISIS members killed in SDF raid in Deir ez-Zor\n"
        "The Syrian Observatory for Human Rights has learned that the SDF, backed by the US-led coalition, conducted "
        "a security operation in Al-Shuhail town in eastern Deir ez-Zor countryside at dawn today, killing two ISIS members.\n"
        "In a separate incident, a landmine exploded near Hajin, wounding a child."
    )
    found = rule_incidents(Document(text=text))
    assert [i.event_type for i in found] == [EventType.RAID, EventType.IED]
    raid = found[0]
    assert raid.actor == "SDF and US-led coalition"  # "backed by the US-led coalition": a joint operation
    assert raid.primary_toponym is not None and raid.primary_toponym.text == "Al-Shuhail"
    assert len(raid.evidence) == 2
    assert raid.killed is not None and (raid.killed.low, raid.killed.high) == (2, 2)


def test_month_may_is_not_the_modal_verb() -> None:
    incident = only(
        "More than 10 people lost their lives on May 8 after clashes broke out between the SDF and tribal fighters in Tal Tamr."
    )
    assert incident.event_type is EventType.ARMED_CLASH
    assert incident.killed is not None and (incident.killed.low, incident.killed.high) == (11, None)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Turkish occupation forces shelled the village of al-Dardara on Monday, wounding two civilians.", "Turkish forces"),
        ("The Turkish occupation's mercenaries attacked a house in the village of Um al-Kaif on Monday.", "Turkish-backed factions"),
        ("QSD militia raided the town of al-Shuhail on Monday and shot dead two young men.", "SDF"),
    ],
)
def test_state_media_naming(text: str, actor: str) -> None:
    assert only(text).actor == actor


def test_compass_words_are_not_places() -> None:
    incident = only("A Turkish drone struck a car in North and East Syria on Monday, killing two.")
    assert [t.text for t in incident.toponyms] == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a bomb that hit something on its own is a planted device; dropped from aircraft it is an air strike
        ("A day later, another bomb targeted a military convoy near the town of Shaddadi.", EventType.IED),
        # troops landed from the air are a raid
        ("An air drop-off by the coalition hit a house in the village of Jadid Baggara at dawn.", EventType.RAID),
        ("A bomb hit a minibus in the town of Shaddadi on Sunday, wounding four passengers.", EventType.IED),
        ("A bomb hit a bakery in Shaddadi as coalition aircraft circled overhead, killing two.", EventType.AIRSTRIKE),
        # an attack whose object is a named armed party is fighting between armed parties
        ("Militants loyal to ISIS attacked the SDF in the village of Jadid Akidat on Monday before retreating.", EventType.ARMED_CLASH),
        ("ISIS launched an attack on the US-backed Syrian Democratic Forces in the village of Jadid Akidat.", EventType.ARMED_CLASH),
        ("The attack was a heavy blow to regime forces, who lost ground in the village of Jadid Akidat on Tuesday.", EventType.ARMED_CLASH),
        # aircraft named in the clause are not the weapon of a party that has none
        ("ISIS attacked SDF positions in Jadid Akidat that are backed by coalition aircraft.", EventType.ARMED_CLASH),
        # ... but not one on a place or people the party runs or belongs to
        ("Gunmen attacked the SDF-run school in the village of Jadid Akidat, wounding two children.", EventType.ATTACK),
        ("ISIS attacked the SDF-held village of Jadid Akidat on Monday.", EventType.ATTACK),
        # the dead are an armed party's forces
        ("An attack killed at least 12 regime forces near the airbase of Jadid Akidat on Monday.", EventType.ARMED_CLASH),
    ],
)
def test_bombs_and_attacks_on_armed_parties(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


def test_a_toll_typed_later_by_how_the_victims_died() -> None:
    text = (
        "Two soldiers killed near al-Kasra\n"
        "Two soldiers were killed near the village of al-Kasra on Monday after they were shot by unknown assailants, "
        "local sources said."
    )
    incident = only(text)
    assert incident.event_type is EventType.ATTACK
    assert len(incident.evidence) == 2


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        # a state's single air or drone strike names the state, as its strikes do
        ("An Israeli airstrike hit a weapons depot near the village of Tabia.", EventType.AIRSTRIKE, "Israel"),
        ("A Russian air strike hit a farm near the village of Tabia.", EventType.AIRSTRIKE, "Russian forces"),
        ("A coalition airstrike killed two ISIS members near the village of Tabia.", EventType.AIRSTRIKE, "US-led coalition"),
        ("A US drone strike killed an ISIS leader near the village of Tabia.", EventType.DRONE_STRIKE, "US-led coalition"),
        # drone models and the Turkish gendarmerie
        ("A Turkish Bayraktar targeted a car near the town of Amuda, killing two fighters.", EventType.DRONE_STRIKE, "Turkish forces"),
        ("The Turkish Jandarma shot dead a young man near the border village of Tabia.", EventType.ATTACK, "Turkish forces"),
        # more names of parties: the SDF's military councils, Iran's allies, the "National Army", Assad's forces
        ("Forces of the Deir Ezzor Military Council stormed a house in the village of Tabia.", EventType.RAID, "SDF"),
        ("Hezbollah fighters shelled the village of Tabia, killing a woman.", EventType.SHELLING, "Iran-backed militias"),
        ("The “National Army” shelled the village of Tabia, killing a woman.", EventType.SHELLING, "Turkish-backed factions"),
        ("Assad's forces shelled the village of Tabia, killing a woman.", EventType.SHELLING, "Syrian army"),
        # an armed force's "bombing" without aircraft is by guns
        ("The SDF bombed the positions of Turkish forces near the village of Tabia.", EventType.SHELLING, "SDF"),
        # a source's party named again after "or" is no agent
        ("Militants set off a car bomb at a prison in Tabia, said officials from the Syrian Democratic Forces, or SDF.", EventType.CAR_BOMB, None),
        # a booby trap is a planted device
        ("A booby-trapped house exploded in the village of Tabia, killing three children.", EventType.IED, None),
    ],
)
def test_weapon_and_state_words(text: str, event_type: EventType, actor: str | None) -> None:
    incident = only(text)
    assert (incident.event_type, incident.actor) == (event_type, actor)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the event answered, told after "in response to", does not type the one reported
        (
            "US warplanes bombed militia positions near Albu Kamal on Friday in response to a drone attack on a base.",
            EventType.AIRSTRIKE,
        ),
        # (every wording of lexicon.ANSWERED_EVENT_WORDS)
        ("Russian jets pounded hideouts near Mayadin on Friday in reaction to a car bomb attack on a post.", EventType.AIRSTRIKE),
        ("Russian jets pounded hideouts near Mayadin on Friday in response of a car bomb attack on a post.", EventType.AIRSTRIKE),
        ("A coalition precision strike near Hajin on Monday killed an ISIS leader.", EventType.AIRSTRIKE),
    ],
)
def test_responses_and_precision_strikes(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


def test_lines_of_a_coalition_strike_release_are_air_strikes_by_the_coalition() -> None:
    text = (
        "Strike summary\n\n"
        "Near Hajin, four strikes engaged three ISIS tactical units and destroyed two fighting positions.\n"
        "Near Raqqa, one strike destroyed an ISIS staging area.\n"
        "Near Shaafah, two strikes engaged an ISIS tactical unit and destroyed a vehicle-borne IED.\n"
    )
    found = rule_incidents(Document(text=text))
    assert [(i.event_type, i.actor) for i in found] == [
        (EventType.AIRSTRIKE, "US-led coalition"),
        (EventType.AIRSTRIKE, "US-led coalition"),
        (EventType.AIRSTRIKE, "US-led coalition"),
    ]


def test_release_lines_of_a_single_strike_or_of_strikes_that_struck_are_the_coalition_s() -> None:
    text = (
        "Strike summary\n\n"
        "- Near Tabqa, a strike destroyed an ISIS pickup mounted with a gun.\n"
        "- Near Shaafah, three strikes struck two ISIS tactical units.\n"
        "- Near Hajin, one strike damaged an ISIS tunnel.\n"
    )
    found = rule_incidents(Document(text=text))
    assert [(i.primary_toponym.text, i.event_type, i.actor) for i in found if i.primary_toponym] == [
        ("Tabqa", EventType.AIRSTRIKE, "US-led coalition"),
        ("Shaafah", EventType.AIRSTRIKE, "US-led coalition"),
        ("Hajin", EventType.AIRSTRIKE, "US-led coalition"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In April, 30 strikes struck villages across Raqqa province, the monitor said.",  # a month's strikes counted
        "The monitor said 12 strikes damaged homes in Hajin over the past week.",
    ],
)
def test_strikes_counted_in_prose_are_no_release_line(text: str) -> None:
    assert rule_incidents(Document(text=text)) == []


def test_a_strike_on_no_release_object_gets_no_coalition_actor() -> None:
    assert only("A strike destroyed a house in Tal Tamr on Monday.").actor is None


@pytest.mark.parametrize(
    "text",
    [
        "The SDF said its fighters repelled an attempt by Turkish-backed factions to advance on the village of Tabia on Monday.",
        "Turkish-backed factions tried to advance on the village of Tabia on Monday, but were pushed back.",
    ],
)
def test_an_attempt_to_advance_is_a_clash(text: str) -> None:
    assert only(text).event_type is EventType.ARMED_CLASH


def test_the_air_support_of_a_ground_fight_is_not_its_type() -> None:
    text = "SDF fighters, supported by coalition air strikes, repelled an ISIS attack near Tabia on Monday, killing nine."
    assert only(text).event_type is EventType.ARMED_CLASH


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The mercenaries attacked the village of Tabia with heavy weapons on Monday, without casualties.", EventType.SHELLING),
    ],
)
def test_attacks_with_heavy_weapons_are_shelling(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Russian aircraft carried out intensive raids on ISIS positions near Tabia on Monday.", EventType.AIRSTRIKE),
        ("Coalition aircraft landed troops in a raid on a house in Tabia on Monday, killing a man.", EventType.RAID),
    ],
)
def test_raids_of_aircraft_are_air_raids_unless_they_land(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


def test_an_operation_conducted_in_a_village_is_a_raid() -> None:
    text = "SDF fighters, with coalition support, conducted an operation in the village of Tabia on May 1, killing an ISIS financier."
    assert only(text).event_type is EventType.RAID


def test_strikes_told_as_a_noun_with_no_ground_party_are_air_strikes() -> None:
    text = "Strikes also targeted positions in the countryside of Tabia on Monday, killing two fighters."
    assert only(text).event_type is EventType.AIRSTRIKE


def test_harassment_fire_on_a_base_is_a_clash() -> None:
    # (fire on troops at their post: an attack on an armed party, an armed clash in the gold conventions; four of the
    # five blind writers coded the Turkish ministry's "harassment fire on our base" so)
    text = "A harassment fire opened from Tabia on our base was responded to in kind on Monday, killing a soldier."
    assert only(text).event_type is EventType.ARMED_CLASH


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # unnamed gunmen firing on an armed party's post or patrol fight it: a clash
        ("Gunmen on motorbikes attacked an SDF patrol near Tal Ward on Monday, wounding two fighters.", EventType.ARMED_CLASH),
        ("Unknown gunmen opened fire on a checkpoint near Tal Ward on Monday, wounding a guard.", EventType.ARMED_CLASH),
        # ... but a killing at a checkpoint stays an attack
        ("Gunmen shot dead two guards at a checkpoint near Tal Ward on Monday.", EventType.ATTACK),
    ],
)
def test_gunmens_fire_on_a_post_or_patrol_is_a_clash_a_killing_is_an_attack(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a named party storming an armed enemy's ground fights it
        ("The SDF stormed the last ISIS camp in Tal Ward overnight, killing scores of militants.", EventType.ARMED_CLASH),
        ("SDF fighters stormed Tal Ward on Monday and took the town from ISIS after heavy fighting.", EventType.ARMED_CLASH),
        # ... storming villages with no fighting told stays a raid
        ("The SDF stormed the village of Tal Ward on Monday and searched several homes, wounding a man.", EventType.RAID),
    ],
)
def test_storming_an_enemys_ground_is_a_clash(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a generic strike word whose subject is a gun is shelling, an aircraft named by its type an air strike
        ("Turkish tanks struck a car near Tal Ward on Monday, killing two people.", EventType.SHELLING),
        ("Turkish F-16s targeted a house in Tal Ward on Sunday, killing a civilian.", EventType.AIRSTRIKE),
        ("Russian Su-34s struck a car near Tal Ward on Monday, killing two people.", EventType.AIRSTRIKE),
        # ... but a gun as the object stays the object: the drone struck it
        ("A drone struck an artillery position near Tal Ward on Monday, killing two fighters.", EventType.DRONE_STRIKE),
        ("A US MQ-9 Reaper targeted a house in Tal Ward on Sunday, killing a civilian.", EventType.DRONE_STRIKE),
    ],
)
def test_the_weapon_named_types_a_generic_strike(text: str, event_type: EventType) -> None:
    assert [i.event_type for i in rule_incidents(Document(text=text, published=datetime.date(2024, 5, 10)))] == [event_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # an attack on an armed party's post is an armed clash (ACLED), told with a grenade or as an insurgents' raid
        ("A cell threw a hand grenade at an SDF checkpoint in Tal Ward on Friday, wounding two.", EventType.ARMED_CLASH),
        ("An IS cell raided a military post near Tal Ward on Monday, killing three soldiers.", EventType.ARMED_CLASH),
        # an ambush whose victims are civilians is an attack on civilians
        ("Gunmen ambushed a car near Tal Ward on Monday, killing a teacher and his son.", EventType.ATTACK),
        # ... and a security raid stays a raid
        ("The SDF raided a house in Tal Ward on Monday, killing two IS members.", EventType.RAID),
    ],
)
def test_attacks_on_armed_parties_are_clashes_and_ambushes_of_civilians_attacks(text: str, event_type: EventType) -> None:
    assert [i.event_type for i in rule_incidents(Document(text=text, published=datetime.date(2024, 5, 10)))] == [event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        # Kurdish outlets' "occupation shells", and air raids named by their party
        ("Four children were wounded when occupation shells fell on the village of Tal Ward.", EventType.SHELLING, "Turkish forces"),
        ("A Turkish air raid on a convoy in Tal Ward killed 11 people on Sunday.", EventType.AIRSTRIKE, "Turkish forces"),
        ("Regime air raids on Tal Ward killed a woman and her son on Sunday.", EventType.AIRSTRIKE, "Syrian army"),
        # devices by other names, and a bomb that ripped through a car
        ("On Sunday a roadside device struck a security forces vehicle near Tal Ward, wounding two.", EventType.IED, None),
        ("On Monday another bomb ripped through a car in Tal Ward, killing its driver.", EventType.IED, None),
        # a victim told by the wound is a killing
        ("On Monday security forces found the body of a man shot in the head near Tal Ward.", EventType.ATTACK, None),
    ],
)
def test_weapons_by_their_outlets_names(text: str, event_type: EventType, actor: str | None) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 10)))
    assert [(i.event_type, i.actor) for i in found] == [(event_type, actor)]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # warplanes and drones named together: air strikes, the wider type
        ("Turkish warplanes and drones struck a power station near Qamishli on Monday, killing two.", EventType.AIRSTRIKE),
        ("Turkey carried out a wave of drone and air strikes on Amuda on Saturday, killing four.", EventType.AIRSTRIKE),
        # a drone alone stays a drone strike
        ("A Turkish drone struck a car near Amuda on Monday, killing two.", EventType.DRONE_STRIKE),
    ],
)
def test_warplanes_and_drones_together_are_air_strikes(text: str, event_type: EventType) -> None:
    found = rule_incidents(Document(text=text))
    assert [i.event_type for i in found] == [event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        ("The coalition carried out air and artillery strikes against pro-government forces near Khasham, killing 100.", EventType.AIRSTRIKE, "US-led coalition"),
        ("IS launched a counter-offensive near Hajin on Saturday, overrunning SDF positions and killing 14 fighters.", EventType.ARMED_CLASH, "ISIS"),
        ("IS fighters overran a regime post near Mayadin on Sunday, killing six soldiers.", EventType.ARMED_CLASH, "ISIS"),
        ("Russian military police fired on protesters in Derik on Monday, wounding two.", EventType.ATTACK, "Russian forces"),
    ],
)
def test_air_and_artillery_strikes_ground_overrun_and_fire_on_people(text: str, event_type: EventType, actor: str) -> None:
    found = rule_incidents(Document(text=text))
    assert [(i.event_type, i.actor) for i in found] == [(event_type, actor)]


def test_aircraft_and_artillery_as_one_subject_are_air_strikes() -> None:
    found = rule_incidents(Document(text="Coalition aircraft and artillery pounded ISIS positions near Susah on Monday."))
    assert [i.event_type for i in found] == [EventType.AIRSTRIKE]
    found = rule_incidents(Document(text="Regime artillery and jets shelled the village of Tabni on Monday."))
    assert [i.event_type for i in found] == [EventType.AIRSTRIKE]
    # artillery alone, or artillery beside a ground force, is shelling
    found = rule_incidents(Document(text="Coalition artillery pounded ISIS positions near Susah on Monday."))
    assert [i.event_type for i in found] == [EventType.SHELLING]
    found = rule_incidents(Document(text="Troops and artillery pounded ISIS positions near Susah on Monday."))
    assert [i.event_type for i in found] == [EventType.SHELLING]


def test_jets_and_drones_as_one_subject_are_an_air_campaign() -> None:
    found = rule_incidents(Document(text="Turkish jets and drones pounded Qamishli on Monday, killing five."))
    assert [(i.event_type, i.actor) for i in found] == [(EventType.AIRSTRIKE, "Turkish forces")]


def test_a_fight_with_air_support_is_a_clash() -> None:
    text = "Heavy fighting raged on Monday between ISIS and the SDF in Baghuz, with the air support of coalition jets."
    assert only(text).event_type is EventType.ARMED_CLASH


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # one aircraft or drone named by its country is that country's force, as its plural is
        ("A Turkish warplane bombed the village of Tal Baydar, killing a man.", "Turkish forces"),
        ("A Turkish jet struck a car near the town of Derik.", "Turkish forces"),
        ("A Russian plane bombed the outskirts of the town of Mayadin.", "Russian forces"),
        ("An American fighter jet struck a truck near the town of Hajin.", "US-led coalition"),
        ("A US unmanned aircraft struck a car near the town of Hajin.", "US-led coalition"),
        ("A coalition UAV hit a motorcycle near the town of Hajin.", "US-led coalition"),
        ("An Iraqi warplane bombed a hideout near the village of Baghouz.", "Iraqi military"),
        ("An Israeli jet hit a depot near the town of Bukamal.", "Israel"),
        ("A regime warplane bombed the town of Mayadin.", "Syrian army"),
        ("A Turkish unmanned aircraft hit a car near the town of Amuda.", "Turkish forces"),
    ],
)
def test_one_aircraft_named_by_its_country_is_its_force(text: str, actor: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [incident.actor for incident in found] == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the government's militia is a party of its own (ACLED codes it apart from the army)
        ("NDF gunmen attacked an Asayish checkpoint in the town of Qamishli on Sunday, killing a member.", "NDF"),
        ("The National Defense Forces shelled the village of Tal Baydar on Monday, wounding a woman.", "NDF"),
        # the party naming the event word outranks a speaker's claim earlier in the clause
        (
            "The SDF said they captured the village of Shaafa after clashes, and that coalition air strikes killed 12 "
            "militants in the village of Sousa.",
            "US-led coalition",
        ),
    ],
)
def test_named_party_of_the_event(text: str, actor: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert actor in [incident.actor for incident in found]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Syrian rebels backed by Turkey shelled the village of Tal Jumaa overnight, killing a man.", "Turkish-backed factions"),
        ("Turkish-backed gunmen shot dead a shepherd near the village of Tal Jumaa on Monday.", "Turkish-backed factions"),
    ],
)
def test_turkeys_syrian_allies_by_any_wording(text: str, actor: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [incident.actor for incident in found] == [actor]


def test_a_later_mention_naming_the_party_replaces_a_word_that_names_none() -> None:
    text = (
        "Mercenaries attack SDF post near Tabqa\n"
        "An ISIS cell attacked a post of the SDF outside the town of Tabqa late on Thursday, "
        "killing a guard."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [incident.actor for incident in found] == ["ISIS"]


def test_gunmen_believed_to_belong_to_a_party_are_that_party() -> None:
    text = "Gunmen believed to belong to ISIS cells shot dead a council member in the village of Zir on Monday."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [incident.actor for incident in found] == ["ISIS"]


def test_a_turkish_release_striking_in_retaliation_for_an_attack_on_its_base_is_the_striker() -> None:
    text = (
        "MSB: In retaliation for the attack on our base in the operation area, an air operation was carried out "
        "yesterday against targets in the Derik region of northern Syria. Shelters used by the terrorists were destroyed."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [(incident.event_type, incident.actor) for incident in found] == [(EventType.AIRSTRIKE, "Turkish forces")]


def test_warplanes_believed_to_be_russian_are_russian() -> None:
    text = "Warplanes believed to be Russian targeted a ferry near the town of Asharah on Monday, killing 11 civilians."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [incident.actor for incident in found] == ["Russian forces"]


def test_troops_that_shot_down_a_drone_are_not_its_striker_past_a_long_location() -> None:
    text = "On Monday, US soldiers at the Tal Baydar airstrip in Hasakah province shot down a drone."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [incident.actor for incident in found] == [None]


@pytest.mark.parametrize(
    "text, event_type",
    [
        # the ministry's reply typed by its means (docs/gold-format.md: "neutralized by our howitzers" is shelling)
        ("Five PKK/YPG members moving towards our outpost near Suluk were neutralized by our fire support vehicles.", EventType.SHELLING),
        ("Two terrorists seen moving near Mabrouka were neutralized by our howitzers.", EventType.SHELLING),
        (
            "Two PKK/YPG members who targeted our outpost near Mabrouka were neutralized by the retaliatory fire of our commando units.",
            EventType.ARMED_CLASH,
        ),
        ("Two terrorists were neutralized by our armed drones near Suluk.", EventType.DRONE_STRIKE),
        # the means told after "with"
        (
            "Six PKK/YPG terrorists spotted near Suluk while moving toward our lines were neutralized with "
            "fire support vehicles.",
            EventType.SHELLING,
        ),
        # no means named, or both air and ground: the fight stays
        ("Four terrorists who harassed our units with gunfire near Mabrouka were neutralized.", EventType.ARMED_CLASH),
        (
            "Two PKK/YPG terrorists approaching the outpost near Suluk were neutralized by our air-ground fire support.",
            EventType.ARMED_CLASH,
        ),
    ],
)
def test_a_neutralized_told_with_its_means_is_typed_by_them(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a vehicle bomb told with its suicide driver is typed by the vehicle (docs/gold-format.md)
        (
            "A van rigged with explosives and driven by a suicide bomber blew up at an army post near Tibni on Monday.",
            EventType.CAR_BOMB,
        ),
        ("ISIS sent a booby-trapped truck driven by a suicide attacker against SDF lines near Susah.", EventType.CAR_BOMB),
        # the driver without a vehicle bomb stays a suicide bombing
        ("A suicide bomber driven to the gate of a base near Tibni blew himself up on Monday.", EventType.SUICIDE_BOMB),
        ("A car driven by a suicide bomber's brother was stopped near Tibni on Monday, then he blew himself up.", EventType.SUICIDE_BOMB),
    ],
)
def test_a_vehicle_bomb_driven_by_a_suicide_bomber_is_a_car_bomb(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a ground assault told with its air or drone cover is fighting: the cover is not its weapon
        ("Pro-Turkish factions attacked the hamlet of Dardara on Tuesday, supported by Turkish drones.", EventType.ARMED_CLASH),
        ("Backed by coalition jets, the SDF attacked the town of Hajin on Tuesday.", EventType.ARMED_CLASH),
        # a battle told by its verb, the foe after it
        ("With jets overhead, Arab tribal units were battling ISIS on the edge of Sabkha on Tuesday.", EventType.ARMED_CLASH),
        ("Government troops fought the militants in the town of Sukhnah on Tuesday, leaving 12 dead.", EventType.ARMED_CLASH),
        # drones that are the weapon keep their type; so does an attack with no support
        ("Turkish drones attacked the hamlet of Dardara on Tuesday, killing two.", EventType.DRONE_STRIKE),
        ("A drone attacked the hamlet of Dardara on Tuesday, after factions backed by artillery had withdrawn.", EventType.DRONE_STRIKE),
        ("Gunmen attacked a pharmacy in the town of Hajin on Tuesday, killing its owner.", EventType.ATTACK),
    ],
)
def test_an_assault_with_air_cover_and_a_battle_told_by_its_verb_are_clashes(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


@pytest.mark.parametrize(
    "text",
    [
        "The SDF, which fought ISIS for years, opened a school in Hajin on Tuesday.",
        # a party described by the war it wages, not a battle of the day
        "The SDF, the main force fighting against ISIS in the east, opened a school in Hajin on Tuesday.",
        "US-backed forces battling ISIS in the east opened a school in Hajin on Tuesday.",
        # "is" in lowered text is also the verb
        "The war fought around Hajin is over, a farmer said on Tuesday.",
    ],
)
def test_a_party_that_fought_once_or_is_described_by_its_war_is_no_incident(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2021, 5, 4))) == []


@pytest.mark.parametrize(
    "text",
    [
        # "in kind" alone may answer anything: only an answer "to the fire" is fire
        "Damascus shut the Semalka crossing on Tuesday, and Erbil responded in kind near Faysh Khabur.",
        "The council in Hajin raised bread prices on Tuesday; traders in Sousa retaliated in kind.",
    ],
)
def test_an_answer_in_kind_to_no_fire_is_no_incident(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2021, 5, 4))) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # an assault on an armed party's ground is a clash (docs/gold-format.md), however its object is worded
        ("Before dawn on 4 March, IS gunmen attacked two of our forward posts in the hamlet of Jurdi.", EventType.ARMED_CLASH),
        (
            "Our fighters answered on Friday an attack by the occupation army and its allied mercenary groups on our posts "
            "in the village of Arida, north of Ain Issa.",
            EventType.ARMED_CLASH,
        ),
        (
            "The SDF thwarted on Friday an infiltration attempt by the pro-Turkish factions towards SDF positions near "
            "Ain Issa, killing three.",
            EventType.ARMED_CLASH,
        ),
        # a share of a civilian site stays an attack; a plot foiled on a day is still no incident
        ("Gunmen attacked one of the shops in the village of Zghir Jazira on Friday, killing its owner.", EventType.ATTACK),
    ],
)
def test_an_assault_on_a_share_of_a_partys_ground_is_a_clash(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


def test_a_plot_foiled_on_a_day_is_no_incident() -> None:
    assert rule_incidents(Document(text="The Asayish foiled on Friday an attempt to plant a bomb in Ain Issa.")) == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("IS gunmen attacked two of our forward posts in the hamlet of Jurdi on Friday.", "our forward posts"),
        (
            "An attack by the occupation army and its allied mercenary groups on our posts near Arida on Friday was repelled.",
            "our posts",
        ),
    ],
)
def test_target_after_a_share_or_a_long_agent(text: str, target: str) -> None:
    assert only(text).target == target


def test_air_and_drone_strikes_on_listed_sites_are_air_strikes() -> None:
    text = (
        "Turkish air and drone strikes hit the region on Monday. Among the sites hit were the Tanuri silo near Derik, "
        "the Kasr power station near Amuda and a bakery in the town of Tirbespi."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert found and {incident.event_type for incident in found} == {EventType.AIRSTRIKE}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # aircraft and guns told together as one subject: the air strikes, the wider type
        ("Russian aircraft and artillery pounded the outskirts of Sukhnah on Friday, killing five.", EventType.AIRSTRIKE),
        (
            "US helicopters (AH-1 Cobra), A-10 gunships, and HIMARS artillery destroyed two trucks near Hajin on Friday.",
            EventType.AIRSTRIKE,
        ),
        # guns alone stay shelling
        ("Regime artillery and tanks pounded the outskirts of Sukhnah on Friday, killing five.", EventType.SHELLING),
        # and so do guns whose clause follows one of the aircraft's own: two subjects, not one
        (
            "Russian aircraft circled over Sukhnah on Friday and regime artillery pounded its outskirts, killing five.",
            EventType.SHELLING,
        ),
    ],
)
def test_aircraft_and_guns_as_one_subject_are_air_strikes(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type
def test_a_release_line_behind_its_section_label_counts_separate_targets() -> None:
    # the label's "Strikes" is not the line's event word, and "separate" may stand before the release's object
    text = "Strikes in Syria: Near Shaddadi, three strikes struck two separate ISIL units and destroyed a mortar.\n"
    found = rule_incidents(Document(text=text))
    assert [(i.primary_toponym.text, i.event_type, i.actor) for i in found if i.primary_toponym] == [
        ("Shaddadi", EventType.AIRSTRIKE, "US-led coalition")
    ]


def test_separate_targets_in_prose_counted_over_a_month_stay_a_tally() -> None:
    text = "In May, 25 strikes struck two separate villages across Raqqa province, the monitor said."
    assert rule_incidents(Document(text=text)) == []


def test_a_release_line_of_uncounted_strikes_on_an_isis_target_is_the_coalition_s() -> None:
    text = (
        "Strike release\n\n1. May 3, 2018, near Hajin, Syria. A strike destroyed an ISIS tunnel.\n"
        "2. May 4, 2018, near Dashisha, Syria. Strikes destroyed an ISIS fighting position and a tunnel.\n"
    )
    found = rule_incidents(Document(text=text))
    assert [(i.primary_toponym.text, i.event_type, i.actor) for i in found if i.primary_toponym] == [
        ("Hajin", EventType.AIRSTRIKE, "US-led coalition"),
        ("Dashisha", EventType.AIRSTRIKE, "US-led coalition"),
    ]
    # strikes that destroyed what no release line names stay nobody's the line tells
    assert rule_incidents(Document(text="Update\n\nStrikes destroyed a house near Dashisha.")) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a bomb a drone dropped is the drone's strike; warplanes and drones together stay air strikes
        ("A drone of unknown origin dropped a bomb on a farm near Karama on Friday, wounding a farmer.", EventType.DRONE_STRIKE),
        ("Turkish warplanes and drones dropped bombs on a farm near Karama on Friday, wounding a farmer.", EventType.AIRSTRIKE),
        ("A regime helicopter dropped explosive barrels on a farm near Karama on Friday, wounding a farmer.", EventType.AIRSTRIKE),
    ],
)
def test_a_bomb_a_drone_dropped_is_a_drone_strike(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


def test_suspects_killed_in_an_operation_told_without_an_event_word_are_a_raid() -> None:
    # (a toll with its agent and no event word is an attack, unless an operation against suspects is told)
    assert only("Two suspects were killed by the army in an army-police operation in Sabkha.").event_type is EventType.RAID
    assert only("Two guards were killed by ISIS in Sabkha on Monday.").event_type is EventType.ATTACK


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the drone of the event the strikes answered is not their weapon
        (
            "US strikes on Tuesday hit a militia compound in al-Quriyah in retaliation for a drone attack against its troops.",
            EventType.AIRSTRIKE,
        ),
        ("Coalition strikes pounded a depot near Hajin in response to the drone strike on the Conoco base.", EventType.AIRSTRIKE),
        # negative cases: the drone is the strike's own weapon, or the answered event is the clause's own
        ("A strike by a drone hit a militia truck near al-Quriyah on Tuesday.", EventType.DRONE_STRIKE),
        ("In Hajin, a strike by a drone carrying explosives hit a pickup, killing two fighters.", EventType.DRONE_STRIKE),
        (
            "Two guards were killed in Ghranij in retaliation for a drone attack that struck the post.",
            EventType.DRONE_STRIKE,
        ),
    ],
)
def test_the_drone_of_the_answered_event_does_not_type_the_strikes(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a weapon or device the strikes destroyed is what they hit, not their weapon
        ("US strikes destroyed two trucks and a mortar position near Hajin on Monday.", EventType.AIRSTRIKE),
        (
            "Near Gharanij, coalition forces conducted four strikes that destroyed a tunnel and a vehicle-borne IED on Monday.",
            EventType.AIRSTRIKE,
        ),
        (
            "Russian strikes hit a fuel depot and a workshop making explosive devices near al-Susah on Friday.",
            EventType.AIRSTRIKE,
        ),
        ("Coalition jets struck near Hajin, destroying an ISIS artillery piece, officials said.", EventType.AIRSTRIKE),
        # negative cases: the weapon does a deed of its own, or no strike destroyed it
        ("ISIS fired a mortar at an SDF post near Hajin and destroyed a vehicle.", EventType.SHELLING),
        ("A car bomb destroyed two shops in the market of Gharanij on Monday.", EventType.CAR_BOMB),
        ("An IED destroyed an SDF truck near al-Susah, wounding two fighters.", EventType.IED),
        # the strikes' instrument is their weapon
        ("Turkish strikes hit the village of Gharanij with heavy artillery on Monday.", EventType.SHELLING),
    ],
)
def test_a_weapon_the_strikes_destroyed_does_not_type_them(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


@pytest.mark.parametrize(
    "text",
    [
        # a weapon's own deed told after the strikes' destruction is an event of its own
        "Coalition strikes destroyed a bridge in Hajin on Monday, and ISIS shelled SDF lines in Gharanij with artillery.",
        "Coalition strikes destroyed a bridge in Hajin on Monday while ISIS mortars hit SDF lines in Gharanij.",
    ],
)
def test_a_weapon_s_own_deed_after_the_strikes_destruction_stays_an_event(text: str) -> None:
    found = rule_incidents(Document(text=text))
    assert EventType.SHELLING in {i.event_type for i in found}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # aircraft listed with a missile of a three-word name: the mixed strikes are air strikes, the wider type
        (
            "Oct. 2, 2015 - Allied forces, including Denmark and Canada, acted against ISIS in Hajin on Monday, employing "
            "a mix of bomber, remotely piloted and fighter aircraft and Tomahawk land attack missiles in 7 strikes.",
            EventType.AIRSTRIKE,
        ),
        # negative: aircraft told in a clause of their own, the guns' shelling stays shelling
        ("Warplanes flew over Hajin on Monday and regime long range rocket launchers shelled the town.", EventType.SHELLING),
    ],
)
def test_aircraft_listed_with_a_missile_type_the_strikes_as_air_strikes(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # an attack told as fought off is fighting, whatever it was aimed at
        (
            "On Sunday Syrian army units repelled a major Islamic State assault on the Tabqa airport, killing 9 militants.",
            EventType.ARMED_CLASH,
        ),
        ("An attack on Thursday by militants on the town of Suluk was repelled, the ministry said.", EventType.ARMED_CLASH),
        (
            "Gunmen attacked the village of Khatuniyah near Hasakah on Monday; the Asayish repelled them and killed three.",
            EventType.ARMED_CLASH,
        ),
        (
            "Army units in Maadan repelled an attempt on Monday by the factions to cross the river, killing four.",
            EventType.ARMED_CLASH,
        ),
        # negative cases: no repelling told of this attack
        ("Gunmen attacked a shop in Hasakah on Monday, killing its owner.", EventType.ATTACK),
        ("Gunmen shot dead a teacher in Tabqa on Monday, days after the army repelled an ISIS attack nearby.", EventType.ATTACK),
        ("A bomb went off in Maadan on Monday, killing four, after police thwarted an attempt to storm the jail.", EventType.IED),
    ],
)
def test_an_attack_told_as_repelled_is_a_clash(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a claimed killing of a party's member, told with no event word, is a targeted killing
        ("ISIS claimed responsibility on Monday for killing an SDF member in Sabha.", EventType.ATTACK),
        # negative cases: the claim's event word or target tells a fight
        (
            "ISIS claimed responsibility for killing two SDF fighters in an ambush near Sabha on Monday.",
            EventType.ARMED_CLASH,
        ),
        (
            "ISIS claimed responsibility for an attack on an SDF checkpoint in Sabha on Monday that killed two fighters.",
            EventType.ARMED_CLASH,
        ),
    ],
)
def test_a_claimed_killing_of_a_party_s_member_is_an_attack(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a suicide attack whose means is a vehicle is a suicide car bomb, a car bomb
        (
            "ISIS launched a suicide attack using a car bomb on an SDF post in the town of Markada on Monday, killing "
            "three fighters.",
            EventType.CAR_BOMB,
        ),
        ("On Monday the jihadists sent a suicide bomber in an armoured truck to break through the defences of Markada.", EventType.CAR_BOMB),
        # negative cases: a car beside the bomber, a motorcycle's rider, a car park
        ("On Monday a suicide bomber detonated his vest near a car at a checkpoint in Markada.", EventType.SUICIDE_BOMB),
        ("In Markada on Monday, a suicide bomber on a motorcycle detonated himself.", EventType.SUICIDE_BOMB),
        ("A suicide attack in the car park of a hospital in Markada killed two on Monday.", EventType.SUICIDE_BOMB),
    ],
)
def test_a_suicide_attack_by_vehicle_is_a_car_bomb(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


@pytest.mark.parametrize(
    "text",
    [
        "American F-15s hit a depot near al-Mayadin on Sunday, killing four militiamen.",
        "Two B-52s struck a camp near Hajin, killing six fighters.",
    ],
)
def test_aircraft_named_by_type_strike_from_the_air(text: str) -> None:
    incident = only(text)
    assert (incident.event_type, incident.actor) == (EventType.AIRSTRIKE, "US-led coalition")


@pytest.mark.parametrize(
    "text",
    [
        # a "B-10" is a recoilless gun, not a bomber: its hit is no air strike
        "Regime gunners fired at Hajin; a B-10 hit an SDF vehicle there, wounding two fighters.",
        "The militia's B-10s hit a house near al-Mayadin, wounding a woman.",
    ],
)
def test_a_ground_gun_named_like_an_aircraft_is_no_air_strike(text: str) -> None:
    assert EventType.AIRSTRIKE not in [i.event_type for i in rule_incidents(Document(text=text))]


def test_attack_jets_named_by_type_strike_from_the_air() -> None:
    assert only("Two A-10s hit a convoy near Hajin, killing four fighters.").event_type is EventType.AIRSTRIKE


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a named party's assault on a village is fighting over the ground (real news and web golds code it so)
        ("ISIS overnight attacked the village of Gharanij near Hajin, the monitor said.", EventType.ARMED_CLASH),
        ("ISIS fighters attacked two villages west of Tal Tamr at dawn.", EventType.ARMED_CLASH),
        ("The villages of Bahra and Gharanij near Hajin were attacked by ISIS at dawn.", EventType.ARMED_CLASH),
        # ... but an assault that kills civilians stays violence against civilians
        ("ISIS attacked the village of Gharanij near Hajin, killing four civilians.", EventType.ATTACK),
    ],
)
def test_a_named_party_s_assault_on_a_village_is_a_clash(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


def test_a_vehicle_bomb_is_a_car_bomb() -> None:
    assert only("A vehicle bomb went off in Mayadin on Sunday, killing three men.").event_type is EventType.CAR_BOMB


@pytest.mark.parametrize(
    "text",
    [
        # the village is only where the thing attacked came from or stood, or its word qualifies another noun
        "A bus travelling from the town of Hajin was attacked by ISIS on Friday.",
        "Residents of the village of Bahra said their homes were attacked by ISIS overnight.",
        "ISIS attacked the town hall in Hajin on Friday.",
        "ISIS attacked the village school in Bahra on Friday.",
    ],
)
def test_an_attack_on_something_of_a_village_is_no_assault_on_the_village(text: str) -> None:
    assert only(text).event_type is EventType.ATTACK


def test_a_village_named_where_it_lies_is_still_the_village_attacked() -> None:
    text = "On Friday the village of al-Bahra east of Deir ez-Zor city was attacked by ISIS."
    assert only(text).event_type is EventType.ARMED_CLASH


@pytest.mark.parametrize(
    "text",
    [
        # the site is the object of the attack word, its party or kind between the article and the noun
        "Masked gunmen attack a checkpoint of the Asayish near the silo road in Amuda on Monday.",
        "IS cells attacked a Self-Defence Forces (HXP) outpost at the edge of Tal Hamis on Friday.",
        "Two gunmen on a motorcycle shot at a headquarters of the Asayish in Tabqa overnight.",
        # fire opened on the site with its hour between
        "Gunmen opened heavy fire in the small hours on a military patrol of the SDF in Hajin.",
        # the site told as the passive subject, its party's short name in brackets
        "A convoy of the Self-Defence Forces (HXP) was attacked with rifles near Shaddadi on Sunday.",
    ],
)
def test_gunmen_attacking_a_military_site_is_a_clash(text: str) -> None:
    # docs/gold-format.md: gunmen who open fire on a post, a cell attacking a checkpoint or patrol: an armed clash
    assert only(text).event_type is EventType.ARMED_CLASH


@pytest.mark.parametrize(
    "text",
    [
        # a person near a site, or a member of a patrol, is no site attacked: the targeted killing of gunmen
        "Gunmen shot dead a grocer near a checkpoint in the town of Hajin on Monday.",
        "Masked gunmen fired on a YPG fighter outside his home in the town of Hajin on Monday.",
    ],
)
def test_a_person_at_or_of_a_site_is_no_site_attacked(text: str) -> None:
    assert only(text).event_type is EventType.ATTACK


def test_an_order_to_attack_posts_tells_no_fight_at_them() -> None:
    from mapapp.extract.triggers import _SITE_OBJECT_RE

    assert _SITE_OBJECT_RE.search("the elder told his men to attack the positions of the army") is None
    assert _SITE_OBJECT_RE.search("his men attack the positions of the army") is not None


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb steered by a suicide attacker hit an SDF post near Hajin on Sunday, killing four fighters.",
        "A suicide bomber set off a bomb-laden lorry at a police compound in Qamishli, killing nine.",
    ],
)
def test_a_suicide_attack_with_a_vehicle_bomb_is_a_car_bomb(text: str) -> None:
    # docs/gold-format.md: a suicide car bomb is a `car_bomb` (the vehicle says more than its driver)
    assert only(text).event_type is EventType.CAR_BOMB


def test_a_suicide_bomber_on_a_motorbike_stays_a_suicide_bombing() -> None:
    text = "A motorbike ridden by a suicide bomber blew up beside a bakery queue in Qamishli, killing five."
    assert only(text).event_type is EventType.SUICIDE_BOMB


def test_a_site_word_qualifying_another_noun_is_no_site() -> None:
    from mapapp.extract.triggers import _SITE_OBJECT_RE

    assert _SITE_OBJECT_RE.search("masked men attacked a post office in the old quarter") is None
    assert _SITE_OBJECT_RE.search("masked men attacked a patrol vehicle of the Asayish") is None
    assert _SITE_OBJECT_RE.search("masked men attacked a patrol of the Asayish") is not None


@pytest.mark.parametrize(
    "text",
    [
        "A grocer was fatally shot near the mill in the town of Tabqa on Friday.",
        "A teacher died after being directly shot near his school in the town of Amuda on Monday.",
    ],
)
def test_a_passive_shooting_with_an_adverb_is_an_attack(text: str) -> None:
    # the adverb between the auxiliary and the participle leaves the passive shooting a shooting
    assert only(text).event_type is EventType.ATTACK


def test_a_drone_quickly_shot_down_is_no_shooting() -> None:
    from mapapp.extract.triggers import find_triggers

    assert not any("shot" in hit.text for hit in find_triggers("the drone was quickly shot down over the river"))


@pytest.mark.parametrize(
    "text",
    [
        # the fire was opened on a car; the checkpoint is where the car was
        "Gunmen opened fire on a car at a checkpoint in Hajin on Monday, wounding its driver.",
        # a participle with its own object: the site is where the victim went or stood
        "Gunmen shot a shepherd passing the checkpoint in Hajin on Monday.",
        "Unknown gunmen shot a trader leaving the base in Tabqa on Friday.",
        # on the way to the site
        "Gunmen shot a driver headed to the base in Hajin on Monday.",
        # a possessive: a person or a thing of the site
        "Gunmen attacked a checkpoint's cook in Hajin on Monday.",
        # a passive whose "at" tells where the victim was
        "A trader was attacked at a checkpoint of the SDF in Hajin on Monday.",
        # a blaze, no fire opened on the site
        "A fire broke out at an SDF position in Hajin after gunmen attacked a farmer.",
    ],
)
def test_a_site_where_the_victim_was_is_no_site_attacked(text: str) -> None:
    assert only(text).event_type is EventType.ATTACK


def test_fire_opened_on_a_site_with_its_hour_between_is_still_a_site_object() -> None:
    from mapapp.extract.triggers import _SITE_OBJECT_RE

    assert _SITE_OBJECT_RE.search("gunmen opened fire at dawn on a military patrol") is not None
    assert _SITE_OBJECT_RE.search("gunmen opened fire on Monday on an SDF post") is not None
    assert _SITE_OBJECT_RE.search("gunmen opened fire on a family car at the checkpoint") is None
    assert _SITE_OBJECT_RE.search("gunmen fired on two cars at the post") is None


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber blew himself up when the SDF stormed a car bomb workshop in Hajin, killing two fighters.",
        "A suicide bomber blew himself up in a crowd near a car bomb crater in Hajin, killing six.",
    ],
)
def test_a_car_bomb_word_qualifying_a_place_leaves_a_suicide_bombing(text: str) -> None:
    assert only(text).event_type is EventType.SUICIDE_BOMB


@pytest.mark.parametrize(
    "text",
    [
        # the weapons told between the attack word and the site it hit
        "Two men on a motorbike attacked, with light arms, a checkpoint of the Asayish in Amuda on Monday.",
        "Unknown men targeted with rifles the main headquarters of the Asayish in Hajin on Monday, causing damage.",
        # sites in the plural with no determiner
        "SDF fighters in Hajin opened fire with heavy machineguns on positions of the army across the river on Monday.",
    ],
)
def test_fire_on_a_site_with_its_weapons_named_first_is_a_clash(text: str) -> None:
    # docs/gold-format.md: an attack on an armed party's post is an armed clash, whatever weapon is named first
    assert only(text).event_type is EventType.ARMED_CLASH


def test_weapons_before_a_person_leave_the_attack() -> None:
    from mapapp.extract.triggers import _SITE_OBJECT_RE

    assert _SITE_OBJECT_RE.search("gunmen attacked, with knives, a baker near the checkpoints") is None
    assert _SITE_OBJECT_RE.search("gunmen opened fire with rifles on a baker near the posts") is None
    assert _SITE_OBJECT_RE.search("gunmen attacked, with knives, the checkpoints of the Asayish") is not None


@pytest.mark.parametrize(
    "text",
    [
        "An attack by IS militants on the central prison in Hasakah on Friday freed dozens of inmates.",
        "Gunmen launched an attack on the detention center in Qamishli on Friday, freeing dozens of inmates.",
    ],
)
def test_an_assault_on_a_guarded_prison_is_a_clash(text: str) -> None:
    # the prison's guards are an armed party: every real web collector codes the assaults on a prison a clash
    assert only(text).event_type is EventType.ARMED_CLASH


def test_a_force_able_to_repel_an_attack_fought_it() -> None:
    text = "Kurdish fighters managed to repel a heavy attack of the factions near Tal Tamr on Monday."
    assert only(text).event_type is EventType.ARMED_CLASH


@pytest.mark.parametrize(
    "text",
    [
        "A shepherd was killed near Hajin on Monday by a group of unknown men.",
        "A suspected cell killed three farmers on the road to Shaddadi on Monday.",
        "A nurse was killed in Hajin on Monday by members of the group, a monitor said.",
    ],
)
def test_a_death_told_with_its_killers_and_no_event_word_is_an_attack(text: str) -> None:
    assert only(text).event_type is EventType.ATTACK


def test_a_death_told_with_no_killers_stays_of_untold_cause() -> None:
    assert only("Two shepherds were killed near Hajin on Monday.").event_type is EventType.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "An armed drone carried out two air strikes on a fuel depot near Amuda on Monday.",
        "Witnesses heard blasts near Hajin on Monday, caused by air raids from an unknown drone.",
    ],
)
def test_air_strikes_a_drone_carried_out_are_drone_strikes(text: str) -> None:
    # docs/gold-format.md: the type follows the weapon, drones `drone_strike`
    assert only(text).event_type is EventType.DRONE_STRIKE


def test_air_strikes_told_beside_drone_strikes_stay_air_strikes() -> None:
    from mapapp.extract.triggers import _BY_DRONE_AFTER_RE, _DRONE_CARRIED_OUT_BEFORE_RE

    assert _DRONE_CARRIED_OUT_BEFORE_RE.search("jets and drones struck; warplanes carried out ") is None
    assert _BY_DRONE_AFTER_RE.match(" and drone strikes") is None
    assert only("Warplanes carried out air strikes on a depot near Amuda on Monday.").event_type is EventType.AIRSTRIKE


@pytest.mark.parametrize(
    "text",
    [
        "Regime troops targeted a gathering of the militants near Hajin on Monday.",
        "Four fighters of the militia were killed on Monday in an attack on their gatherings near Hajin.",
    ],
)
def test_an_attack_on_a_gathering_of_an_armed_party_is_a_clash(text: str) -> None:
    assert only(text).event_type is EventType.ARMED_CLASH


def test_an_attack_on_a_gathering_of_civilians_stays_an_attack() -> None:
    text = "Masked men attacked a gathering of mourners in Hajin on Monday, killing three."
    assert only(text).event_type is EventType.ATTACK


def test_a_force_that_came_under_attack_fought() -> None:
    text = "SDF fighters near Hajin came under a fierce attack by the militants on Monday."
    assert only(text).event_type is EventType.ARMED_CLASH


def test_a_party_vehicle_that_came_under_attack_stays_an_attack() -> None:
    text = "An SDF vehicle came under attack by unknown men near Hajin on Monday."
    assert only(text).event_type is EventType.ATTACK


def test_a_raid_on_the_positions_of_a_party_is_a_clash() -> None:
    text = "On Monday the SDF raided two positions of the Turkish-backed factions near Tal Tamr."
    assert only(text).event_type is EventType.ARMED_CLASH


def test_a_raid_on_a_position_where_a_cell_hid_stays_a_raid() -> None:
    text = "On Monday SDF commandos raided a position in Hajin where a cell hid, killing two of its members."
    assert only(text).event_type is EventType.RAID


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("A farmer in Hajin died on Monday after he was sniped by militiamen.", EventType.ATTACK),
        ("A teacher was killed in a drive-by shooting in Hajin on Monday.", EventType.ATTACK),
        ("A man was found dead in Hajin on Monday, killed by shots to the head.", EventType.ATTACK),
        ("Masked men shot at him outside his shop in Hajin on Monday, wounding him.", EventType.ATTACK),
        ("A shepherd was killed by Turkish army fire near Tal Tamr on Monday.", EventType.ATTACK),
        # fire opened on a post is fighting (docs/gold-format.md)
        ("On Monday militants opened heavy machinegun fire on an SDF checkpoint in Hajin.", EventType.ARMED_CLASH),
    ],
)
def test_shootings_told_by_their_manner_are_read(text: str, event_type: EventType) -> None:
    assert only(text).event_type is event_type


def test_fire_not_of_a_shooting_is_no_event() -> None:
    assert rule_incidents(Document(text="The shop in Hajin was gutted on Monday by a fire of unknown cause.")) == []
    assert rule_incidents(Document(text="Rescuers reached Hajin by Turkish fire trucks on Monday.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the militants launched a counterattack on SDF posts near Hajin.",
        "Infighting between two factions in Tal Tamr on Monday left three gunmen dead.",
    ],
)
def test_counterattacks_and_infighting_are_clashes(text: str) -> None:
    assert only(text).event_type is EventType.ARMED_CLASH


def test_shelling_told_by_its_infinitive() -> None:
    assert only("Regime troops continued to shell Hajin on Monday, wounding two civilians.").event_type is EventType.SHELLING
    assert rule_incidents(Document(text="On Monday the council began to shell out funds for Hajin.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the group's militants attacked three hamlets that sit near Tal Tamr.",
        "On Monday the army and allied armed groups launched a wave of attacks on the villages of Hamra and Tal Sakhr.",
    ],
)
def test_armed_men_who_attacked_villages_fought(text: str) -> None:
    assert only(text).event_type is EventType.ARMED_CLASH


@pytest.mark.parametrize(
    "text",
    [
        "Two men were killed in a car blast in the market of Hajin on Monday.",
        "On Monday the explosion of a parked car near the bakery of Hajin killed two men.",
        "A bomber set off his explosives-laden truck at the gate of a base near Hajin on Monday.",
        "A mined van blew up near the Hajin roundabout on Monday, wounding four.",
    ],
)
def test_a_car_told_as_the_blast_is_a_car_bomb(text: str) -> None:
    assert only(text).event_type is EventType.CAR_BOMB


def test_the_explosion_of_a_car_part_is_no_car_bomb() -> None:
    assert only("The explosion of a car battery in Hajin on Monday hurt two men.").event_type is EventType.OTHER
