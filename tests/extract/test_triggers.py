"""Event words and the event type they give in their clause (mapapp.extract.triggers)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reading import rule_incidents
from mapapp.extract.casualties import read_casualties
from mapapp.extract.clauses import choose_actor, find_target
from mapapp.extract.lexicon import TARGETS_LABEL
from mapapp.extract.triggers import (
    assaulted_party,
    event_type_in_context,
    find_triggers,
    is_definite,
    speakers_account_of_the_aircraft,
    tells_village_assault,
)
from mapapp.model import Document, EventType
from mapapp.extract.triggers import strikes_over_what_they_destroyed


def typed(clause: str) -> EventType:
    """The type the trigger stage gives a clause, with the actor, target and victims read as the pipeline reads them."""
    hits = find_triggers(clause)
    assert hits, clause
    primary = max(hits, key=lambda h: (h.trigger.priority, -h.start))
    reading = read_casualties(clause)
    target = find_target(clause)
    excluded = list(reading.victim_spans) + ([(target[1], target[2])] if target else [])
    actor = choose_actor(clause, primary, excluded)
    return event_type_in_context(primary, actor, clause, target[0] if target else None, reading.victims)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # an assault on an armed party is fighting (ACLED/UCDP): armed clash
        ("ISIS cells launched an attack on army posts in the desert, killing four soldiers.", EventType.ARMED_CLASH),
        ("Militants attacked the village at night, killing nine SDF fighters.", EventType.ARMED_CLASH),
        # violence against civilians, and a targeted killing, stay attacks
        ("Gunmen attacked a wedding in the village, killing six civilians.", EventType.ATTACK),
        ("Gunmen shot dead an SDF member at a checkpoint in the town.", EventType.ATTACK),
        ("An SDF member was targeted by several bullets in the town and died.", EventType.ATTACK),
        # ground fighting outranks the shelling fired in its course; a raid and its clashes are a raid
        ("Heavy clashes broke out in the district, with militants firing mortar rounds.", EventType.ARMED_CLASH),
        ("Troops raided a farm where the sounds of clashes were heard.", EventType.RAID),
        # a shooting told in the passive
        ("A boy was shot by a border guard near the crossing.", EventType.ATTACK),
        # a party whose own weapons are aircraft: its generic "strike" on a convoy is an air strike, not a clash
        ("Nine people were killed in an Israeli strike on a convoy near the border.", EventType.AIRSTRIKE),
        # troops landed from aircraft are a raid, not an air strike
        ("Coalition helicopters carried out an airdrop operation in the town.", EventType.RAID),
        # a bombardment without aircraft is by guns; "bombing" by a flying party is an air strike
        ("An exchange of bombardment was reported between the two sides in the villages.", EventType.SHELLING),
        ("The bombing by the coalition hit a bridge in the town.", EventType.AIRSTRIKE),
        ("Drones struck a car in the town.", EventType.DRONE_STRIKE),
    ],
)
def test_event_type_in_context(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected


@pytest.mark.parametrize(
    "clause",
    [
        "Government warplanes would carry out raids on the depot if the town fell.",
        "Turkish drones will strike again, the ministry warned.",
        "Coalition jets are expected to pound the ridge on Friday.",
        "Militias were about to attack the checkpoint when the patrol arrived.",
    ],
)
def test_a_strike_not_done_has_no_trigger_even_with_the_aircraft_as_its_subject(clause: str) -> None:
    # (the aircraft word is itself an event word: what stands before it cannot tell a modal after it)
    assert find_triggers(clause) == []


@pytest.mark.parametrize(
    "clause",
    [
        "Government warplanes carried out raids on the depot in Busayrah.",
        "Turkish drones struck a car near Amuda, and more strikes will follow.",
        "Families fled due to shelling on the ridge.",
    ],
)
def test_a_strike_done_keeps_its_trigger_beside_the_not_done_guard(clause: str) -> None:
    assert find_triggers(clause) != []


def test_negated_and_hypothetical_words_are_not_triggers() -> None:
    assert find_triggers("The guards thwarted an attack on the prison.") == []
    assert find_triggers("The group threatened to strike the base.") == []
    # an attack being prepared or planned has not happened
    assert find_triggers("Militants who were preparing an attack on the base were caught.") == []
    assert find_triggers("The cell was planning a bombing in the town.") == []


@pytest.mark.parametrize(
    "clause",
    [
        "Breaking: Turkish and Russian convoys avoid clash near Amuda",
        "Moscow and Ankara keep a line open to avoid clashes between their troops near Tabqa.",
        "The two units avoided a direct clash at the bridge on Sunday.",
    ],
)
def test_a_fight_its_parties_avoided_is_no_trigger(clause: str) -> None:
    assert find_triggers(clause) == []


@pytest.mark.parametrize(
    ("clause", "word"),
    [
        # (negatives: a bombardment others carry out is evaded while it happens; a fight already told, "the clashes")
        ("Families left Amuda to avoid Turkish shelling on Sunday.", "shelling"),
        ("Residents hid in basements to avoid the clashes in Tabqa.", "clashes"),
        ("Clashes broke out in Tabqa after talks meant to avoid a war failed.", "Clashes"),
        # (people getting away from a fight between others: it happens)
        ("Hundreds of families fled Busayrah to avoid fighting between the two militias.", "fighting between"),
        ("Shopkeepers stayed indoors to avoid armed clashes raging in the market.", "clashes"),
    ],
)
def test_an_event_evaded_while_it_happens_keeps_its_trigger(clause: str, word: str) -> None:
    assert word in [hit.text for hit in find_triggers(clause)]


@pytest.mark.parametrize(
    "clause",
    [
        "We confirm that the battles against the cells in Hasakah province will continue.",
        "The minister said strikes on their positions near Tabqa would go on.",
        "Officials said that attacks on the base near Shaddadi will resume next week.",
    ],
)
def test_an_event_told_as_the_subject_of_a_future_past_its_place_is_no_trigger(clause: str) -> None:
    assert find_triggers(clause) == []


@pytest.mark.parametrize(
    ("clause", "word"),
    [
        # (negatives: the event told first, a future of another subject after a stop, a future not of going on)
        ("Strikes on Tabqa killed 12 fighters and will continue, the ministry said.", "Strikes"),
        ("Clashes in Tabqa left four dead; talks will continue on Monday.", "Clashes"),
        ("The shelling of Ain Issa will be investigated by the council.", "shelling"),
        # (a determiner after a verb opens the future's own subject)
        ("A drone strike on Shaddadi on Monday shows the raids will continue.", "drone strike"),
        ("The shelling of Suwar on Sunday means few families will come back.", "shelling"),
    ],
)
def test_an_event_told_before_a_future_keeps_its_trigger(clause: str, word: str) -> None:
    assert word in [hit.text for hit in find_triggers(clause)]


def test_a_fight_said_not_to_have_happened_is_no_trigger() -> None:
    # "without (reporting) any clashes": the fight is denied
    assert find_triggers("Police detained three men in Karama without any clashes.") == []
    assert find_triggers("The council said it held two men in Karama, without reporting any clashes.") == []
    # (negatives: "without" before another clause's event, or far from it)
    assert [h.text for h in find_triggers("Without warning, a car bomb went off in Karama.")] == ["car bomb"]
    assert find_triggers("Gunmen opened fire on a checkpoint in Karama without warning.") != []


@pytest.mark.parametrize(
    "clause",
    [
        "A nurse was hauled out of her truck and shot beside the bridge.",
        "Two brothers were dragged out of their home and killed on Monday night.",
    ],
)
def test_a_victim_taken_out_and_shot_is_an_attack(clause: str) -> None:
    # the passive's auxiliary shared by two verbs: "was pulled ... and shot"
    assert typed(clause) is EventType.ATTACK


@pytest.mark.parametrize(
    "clause",
    [
        "Rescuers pulled two men from the rubble of the house.",
        "The driver was pulled from his car and arrested at the checkpoint.",
    ],
)
def test_people_taken_out_but_not_harmed_tell_no_event(clause: str) -> None:
    assert find_triggers(clause) == []


def test_a_repelled_attack_happened() -> None:
    # fought off, not prevented: the attack and the fighting it brought took place
    assert [h.text for h in find_triggers("The guards repelled an attack on the prison.")] == ["attack"]
    assert [h.text for h in find_triggers("Troops repulsed an assault on their posts.")] == ["assault"]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # one shell is shelling
        ("Four children were wounded when a Turkish shell blew up in the village.", EventType.SHELLING),
        # war remnants are explosive devices, whatever they were fired as
        ("A child was killed by the explosion of an unexploded rocket in the village.", EventType.IED),
        # rocket-propelled grenades fired at a base are an assault on it
        ("Gunmen fired RPG shells at an SDF base in the town.", EventType.ARMED_CLASH),
        ("Masked men fired RPGs at a shop in the market, wounding two civilians.", EventType.ATTACK),
    ],
)
def test_weapons_typed_by_what_they_are(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected


@pytest.mark.parametrize(
    "clause",
    [
        # killings by throat-cutting or beheading are told by how the body was found as often as by a verb
        "The head of a herder was found separated from his body near the river.",
        "Militants slaughtered a farmer at his house in the village.",
        "Cell members slit the throat of a teacher on the road.",
        "A shopkeeper was beheaded in the market square.",
        # a punishment carried out by a group's court is an execution
        "The cell applied the death penalty against two smugglers.",
        "Militants applied hirabah against three drivers caught on the road.",
    ],
)
def test_beheadings_and_executions_are_attacks(clause: str) -> None:
    assert typed(clause) is EventType.ATTACK


def test_a_court_sentence_alone_is_not_an_execution() -> None:
    assert find_triggers("A court in the capital issued a death sentence in absentia.") == []


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("A soldier shot and killed a farmer at the checkpoint.", EventType.ATTACK),
        ("A patrol shot a boy near the bridge.", EventType.ATTACK),
        ("A patrol shot 15-year-old Omar near the bridge.", EventType.ATTACK),
        ("A trader was stabbed to death in the market.", EventType.ATTACK),
        ("Unknown assailants murdered a nurse at her home.", EventType.ATTACK),
        ("A detainee died under torture in the prison.", EventType.ATTACK),
        ("A woman was killed by a sniper in the old quarter.", EventType.ATTACK),
        ("A hand grenade was thrown at a shop, wounding two men.", EventType.ATTACK),
        # sweeps for cells are raids
        ("The SDF conducted a clearance operation in the village to capture cell members.", EventType.RAID),
        ("Security forces carried out a combing operation in the district.", EventType.RAID),
    ],
)
def test_killings_told_by_how_and_sweeps(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected


@pytest.mark.parametrize(
    "clause",
    [
        "He shot a video of the market from the roof.",
        "Snipers have been stationed in a building near the prison.",
    ],
)
def test_filming_and_positions_are_not_killings(clause: str) -> None:
    assert find_triggers(clause) == []


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("A car exploded near the bakery, killing three people.", EventType.CAR_BOMB),
        ("A motorcycle rigged with explosives went off near the market.", EventType.IED),
        ("Turkish forces fired howitzers at the village.", EventType.SHELLING),
        ("Helicopters landed near the farm and detained a cell leader.", EventType.RAID),
        ("Two men were killed by unknown assailants near the bridge.", EventType.ATTACK),
        ("Masked men kidnapped a teacher on the road.", EventType.ATTACK),
    ],
)
def test_more_ways_of_telling_an_event(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected


def test_an_attack_by_a_named_party_on_army_positions_is_fighting() -> None:
    # the attacker told between the event noun and what it hit
    assert typed("A new attack by cell members on positions of the army in the desert killed five.") is (
        EventType.ARMED_CLASH
    )
    assert find_target("An assault by masked men on a checkpoint near the road.") is not None


@pytest.mark.parametrize(
    ("clause", "definite"),
    [
        # an indefinite complement tells the thing anew: "the explosion of a bomblet" is no reference back
        ("A boy was hurt by the explosion of a bomblet left in the field.", False),
        ("A boy was hurt by the explosion of two mines in the field.", False),
        ("A boy was hurt by the explosion of the bomblet.", True),
    ],
)
def test_an_event_noun_with_an_indefinite_complement_is_not_a_reference(clause: str, definite: bool) -> None:
    hit = next(h for h in find_triggers(clause) if h.text.lower() == "explosion")
    assert is_definite(clause, hit) is definite


@pytest.mark.parametrize(
    ("clause", "definite"),
    [
        ("The attack killed two guards at the gate.", True),
        ("That attack was the third on the town this month.", True),
        ("Residents blamed the raid on the army.", True),
        # "that" opening a reported clause introduces a new event, it does not point back
        ("Activists said that unidentified gunmen opened fire on a car near the bridge.", False),
        ("Sources reported that an attack hit a checkpoint near the bridge.", False),
        ("The monitor documented that two strikes hit the market.", False),
        ("Officials fear that new clashes could break out.", False),
    ],
)
def test_that_opening_a_reported_clause_is_not_a_reference(clause: str, definite: bool) -> None:
    hits = find_triggers(clause)
    assert hits, clause
    primary = max(hits, key=lambda h: (h.trigger.priority, -h.start))
    assert is_definite(clause, primary) is definite


@pytest.mark.parametrize(
    "text",
    [
        "The coalition and the SDF carried out a drop operation in Hajin on Monday, killing a man.",
        "The SDF carried out an arrest operation in Hajin on Monday, killing a man.",
    ],
)
def test_drop_and_arrest_operations_are_raids(text: str) -> None:
    from mapapp.model import Document
    from tests.extract.reading import rule_incidents

    found = rule_incidents(Document(text=text))
    assert [i.event_type for i in found] == [EventType.RAID]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coalition helicopters opened fire on a car near Hajin on Monday, killing two.", "airstrike"),
        ("Gunmen opened fire on a car near Hajin on Monday, killing two.", "attack"),
        ("A civilian was shot dead by SDF fighters during a house search in Hajin on Monday.", "raid"),
    ],
)
def test_fire_from_aircraft_and_house_searches(text: str, expected: str) -> None:
    from mapapp.model import Document
    from tests.extract.reading import rule_incidents

    assert [i.event_type.value for i in rule_incidents(Document(text=text))] == [expected]


@pytest.mark.parametrize(
    "clause",
    [
        "Teachers in the villages went on strike against the new curriculum",
        "The workers started a strike in the oil fields on Monday",
        "Detainees began an open-ended hunger strike in the prison",
        "Shop owners staged a general strike in the town",
    ],
)
def test_a_work_stoppage_is_no_event_word(clause: str) -> None:
    assert [hit.text for hit in find_triggers(clause)] == []


@pytest.mark.parametrize(
    "clause",
    [
        "The strike release for the week of March 4-10 will be published on Friday",
        "The next strike summary will cover the week of May 6",
        "The monthly strike report is delayed",
    ],
)
def test_a_document_named_by_its_strikes_is_no_event_word(clause: str) -> None:
    assert [hit.text for hit in find_triggers(clause)] == []


@pytest.mark.parametrize(
    "clause",
    [
        "A strike released a cloud of smoke over the depot",
        "The strike reportedly killed three fighters",
        "Residents reported a strike on the bakery",
        # a release's title names the party whose strikes it lists
        "Joint Task Force Strike Summary, April 2",
    ],
)
def test_a_strike_told_near_report_words_stays_an_event_word(clause: str) -> None:
    assert [hit.text.lower() for hit in find_triggers(clause)] == ["strike"]


@pytest.mark.parametrize(
    "clause",
    [
        "A drone strike on a car killed two fighters",
        "Warplanes carried out a strike on the village",
        "Turkish drones launched strikes on positions near the town",
    ],
)
def test_military_strikes_stay_event_words(clause: str) -> None:
    assert any(hit.text.lower().endswith(("strike", "strikes")) for hit in find_triggers(clause))


def test_a_death_with_no_event_word_but_with_its_agent_is_an_attack() -> None:
    from mapapp.model import Document
    from tests.extract.reading import rule_incidents

    (killing,) = rule_incidents(Document(text="ISIS cells killed two shepherds in the village of Zor on Monday."))
    assert killing.event_type is EventType.ATTACK and killing.actor == "ISIS"
    (death,) = rule_incidents(Document(text="Two shepherds were killed in the village of Zor on Monday."))
    assert death.event_type is EventType.OTHER


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a munition left from past fighting is a remnant (IED class), not shelling
        ("A boy was killed when a shell left over from the war exploded in the village of Tabia.", EventType.IED),
        ("An old mortar shell exploded in a house in Tabia, killing a girl.", EventType.IED),
        ("A leftover rocket went off near Tabia, injuring two children.", EventType.IED),
        ("Regime forces shelled Tabia with mortar shells, killing two.", EventType.SHELLING),
        # unnamed gunmen storming a home is an attack; a named force storming it is a raid
        ("Gunmen stormed a house in Tabia on Monday, killing a man.", EventType.ATTACK),
        ("Armed men stormed a house in Tabia on Monday, killing a man.", EventType.ATTACK),
        ("Unidentified men stormed a shop in Tabia on Monday, killing its owner.", EventType.ATTACK),
        ("SDF forces stormed a house in Tabia on Monday, killing a wanted man.", EventType.RAID),
    ],
)
def test_leftover_munitions_and_gunmen_storming_a_home(text: str, event_type: EventType) -> None:
    (incident,) = rule_incidents(Document(text=text))
    assert incident.event_type is event_type


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # an attack on "a military point" (Kurdish and Arabic outlets' word for a post) is fighting
        ("ISIS cells attacked a military point near the town at night.", EventType.ARMED_CLASH),
        # the dead are the attackers: fighting
        ("Mercenaries attacked the village at night, and the guards killed two attackers.", EventType.ARMED_CLASH),
        ("The council forces repelled an infiltration attempt on the village at night.", EventType.ARMED_CLASH),
        ("A group of militants attempting to infiltrate near the town was neutralized.", EventType.ARMED_CLASH),
        ("An attempted infiltration by militants near the village was foiled.", EventType.ARMED_CLASH),
        # fire answered: the other side's fire
        ("The guards answered with machine guns.", EventType.ARMED_CLASH),
        ("The council forces returned fire.", EventType.ARMED_CLASH),
        ("A US unmanned aerial strike killed two men near the town.", EventType.DRONE_STRIKE),
        # aircraft only seen flying do not make a raid an air strike
        ("Coalition helicopters raided the village and arrested two men, amid heavy flying of warplanes.", EventType.RAID),
        ("Russian warplanes carried out several raids on the desert.", EventType.AIRSTRIKE),
    ],
)
def test_military_points_infiltrations_unmanned_strikes_and_flying_aircraft(clause: str, expected: EventType) -> None:
    assert typed(clause) == expected


def test_aircraft_seen_flying_are_no_event_word() -> None:
    assert find_triggers("Drones were hovering over the town all day.") == []
    assert find_triggers("Residents reported the flight of coalition warplanes over the town.") == []
    assert [h.text for h in find_triggers("Turkish drones struck the town.")][0] == "Turkish drones"


def test_targeted_with_heavy_weapons_is_shelling() -> None:
    assert typed("Turkish forces targeted with heavy weapons the village of Tabia on Monday.") == EventType.SHELLING
    assert typed("Gunmen clashed with heavy weapons near the village of Tabia.") == EventType.ARMED_CLASH


def test_a_device_defused_is_no_event() -> None:
    assert find_triggers("a second car bomb was defused by the police") == []
    assert find_triggers("an IED that was found and dismantled by engineers") == []
    assert find_triggers("a car bomb exploded near the bakery") != []


@pytest.mark.parametrize(
    "text",
    [
        "On May 3, a roadside bomb was found under a truck outside the bakery and dismantled by the Asayish.",
        "Two mines were discovered on the road to Markada on Sunday and destroyed by engineers.",
        "An IED was found near the school in Amuda on Friday and later removed by the demining team.",
    ],
)
def test_a_device_found_where_it_lay_and_made_safe_is_no_event(text: str) -> None:
    assert find_triggers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # found, then it went off: an event
        "A roadside bomb was found under a truck outside the bakery and exploded as engineers approached.",
        # found after it killed: the blast happened
        "A mine was found on the road to Markada, killing a shepherd, and destroyed later.",
        # found by the men it wounded, then removed: it went off
        "A mine was discovered by shepherds near Markada, who were wounded, and removed later by engineers.",
        # destroyed by a strike, not made safe after being found
        "A car bomb was destroyed by a drone strike near Amuda before it reached the checkpoint.",
    ],
)
def test_a_device_found_that_went_off_or_was_struck_is_still_read(text: str) -> None:
    assert find_triggers(text) != []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("A man was killed after an explosive device planted in his car went off in Tabia.", EventType.IED),
        ("A bomb placed under a car exploded in Tabia, killing its driver.", EventType.IED),
        ("A car exploded in Tabia, killing two.", EventType.CAR_BOMB),
    ],
)
def test_a_device_planted_in_a_car_is_an_ied_not_a_car_bomb(text: str, event_type: EventType) -> None:
    (incident,) = rule_incidents(Document(text=text))
    assert incident.event_type is event_type


def test_fire_at_people_and_heavy_weapons_told_after_the_object() -> None:
    assert typed("Border guards fired machine guns at a group of people near the wall, wounding a boy.") == EventType.ATTACK
    clause = "Armed factions targeted the villages of Tabia and Kherbet in the Amuda countryside with heavy weapons."
    assert typed(clause) == EventType.SHELLING


def test_wounded_by_bullets_is_an_attack() -> None:
    assert typed("A young man was wounded by bullets of the border guards near the wall.") == EventType.ATTACK


def test_headline_present_tense_shelling_and_coming_under_fire() -> None:
    # a headline's present tense after its plural subject, and a patrol that came under fire
    assert [h.text for h in find_triggers("Regime forces shell a village in the countryside")] == ["forces shell"]
    assert [h.text for h in find_triggers("A patrol came under fire near the bridge")] == ["came under fire"]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # fights between clans, tribes or families are clashes between local armed groups
        ("Clan fighting broke out in the village, killing two men.", EventType.ARMED_CLASH),
        ("A feud between two families left four people injured.", EventType.ARMED_CLASH),
        ("A shootout in the market killed a man.", EventType.ARMED_CLASH),
        # killings told by how: beatings, strangling, a stray bullet, a body with the marks of a shooting
        ("A young man was beaten to death by guards at the checkpoint.", EventType.ATTACK),
        ("Militiamen tortured a detainee to death in the prison.", EventType.ATTACK),
        ("A boy died after being hit by a stray bullet near his school.", EventType.ATTACK),
        ("A man was found dead with bullet wounds near the river.", EventType.ATTACK),
        ("A fighter detonated himself near the checkpoint.", EventType.SUICIDE_BOMB),
        # an ammunition depot that blew up is an event, whatever set it off
        ("A large blast hit an arms depot belonging to the militia.", EventType.OTHER),
        ("An ammunition depot exploded at the base.", EventType.OTHER),
        # gunfire exchanged is a clash; bombs dropped are dropped from the air (a drone's own word ranks higher)
        ("Members of two families exchanged gunfire in the market.", EventType.ARMED_CLASH),
        ("Two jets dropped bombs on the village at dawn.", EventType.AIRSTRIKE),
        ("A helicopter dropped explosive barrels on the town.", EventType.AIRSTRIKE),
        ("A drone dropped two bombs on a checkpoint.", EventType.DRONE_STRIKE),
        ("A young man died in detention after being tortured.", EventType.ATTACK),
        ("Members of a militia beat a man severely at the checkpoint.", EventType.ATTACK),
        ("Two civilians were injured by shrapnel in the town.", EventType.OTHER),
        ("Two civilians were injured by shrapnel from an artillery shell.", EventType.SHELLING),
    ],
)
def test_clan_fights_beatings_stray_bullets_and_depot_blasts(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected


@pytest.mark.parametrize(
    "text",
    [
        "A young man was beaten to death by SDF members in Hajin on Monday.",
        "A child was killed by a stray bullet in Hajin on Friday.",
        "A feud between two clans in Hajin left four people injured.",
        "An explosion at a weapons depot rocked Hajin on Monday night.",
        "The body of a man was found with bullet wounds in Hajin on Sunday.",
        "A young man was found dead with signs of torture in Hajin on Monday.",
    ],
)
def test_incidents_told_without_a_usual_event_word(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=date(2021, 5, 10)))) == 1


def test_a_dispute_alone_is_weak() -> None:
    """A 'tribal dispute' with no toll, day or party is words, not an incident."""
    assert rule_incidents(Document(text="A tribal dispute in Hajin is a worry, elders say.")) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the ministry's "neutralised" with a place and a day is an incident
        ("The ministry said five terrorists were neutralised in Hajin on Sunday.", 1),
        ("Turkish MoD: 3 terrorists neutralised near Hajin on Tuesday.", 1),
        # a weekly count with no place stays out, and a device neutralised is no event
        ("Turkish forces neutralised 7 terrorists in northern Syria this week, the ministry said.", 0),
        ("An IED was found and neutralized near Hajin on Monday.", 0),
    ],
)
def test_neutralised_needs_a_place_and_a_day(text: str, count: int) -> None:
    assert len(rule_incidents(Document(text=text, published=date(2021, 5, 10)))) == count


@pytest.mark.parametrize(
    "text",
    ["A strike on an ISIS VBIED facility near Tal Ward killed a guard.", "Jets destroyed an IED workshop near Tal Ward."],
)
def test_a_bomb_making_site_hit_is_no_bombing(text: str) -> None:
    assert all(h.trigger.event_type not in (EventType.CAR_BOMB, EventType.IED) for h in find_triggers(text))


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("The Military Council responded by targeting the sources of fire in Umm Kaif.", EventType.SHELLING),
        ("Tribal fighters responded to the sources of fire.", EventType.SHELLING),
        ("The regime forces replied with mortar fire on Salihiyah.", EventType.SHELLING),
        ("The army answered with retaliatory shelling on the factions' posts.", EventType.SHELLING),
        ("The patrol returned fire and withdrew.", EventType.ARMED_CLASH),
        ("Government troops broke the two-year siege of the airport on Sunday.", EventType.ARMED_CLASH),
        ("A farmer was hurt by shots fired by a patrol near Rubaiyat.", EventType.ATTACK),
        ("Guards fired tear gas and live bullets at the women, wounding three.", EventType.ATTACK),
        ("The council's fighters retaliated by hitting the militia's posts near Tabni.", EventType.SHELLING),
        ("Shots fired by a patrol wounded a farmer in Rubaiyat last night.", EventType.ATTACK),
    ],
)
def test_reply_fire_sieges_broken_and_shots_fired(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected


def test_an_event_word_opening_on_its_verb_is_told_anew() -> None:
    """"The units in the desert also destroyed a vehicle": the article before the verb's subject is no reference."""
    clause = "The units in the desert also destroyed a vehicle of the gunmen near Jubb."
    hits = [h for h in find_triggers(clause) if h.text.startswith("destroyed")]
    assert hits and not is_definite(clause, hits[0])


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("A young man was wounded by bullets fired by Asayish members at a checkpoint in Amuda.", EventType.ATTACK),
        ("A teenager was hurt by shots fired by a regime patrol at a checkpoint near Tabni.", EventType.ATTACK),
        ("ISIS gunmen opened fire on an army checkpoint near Tabni, wounding two soldiers.", EventType.ARMED_CLASH),
    ],
)
def test_people_shot_at_a_checkpoint_are_victims_of_its_fire(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected


@pytest.mark.parametrize(
    "clause",
    [
        "SDF fighters captured the village of Abu Hamam after a day of clashes",
        "government troops retook Mayadin from the militants",
        "the allied factions have taken under control the villages of Tal Halaf and Ulaya",
        "the town centre of Shaddadi was taken under control",
        "the army seized most of the town",
        "Kurdish forces took full control of the dam",
        "the group launched a new offensive on the town",
        "regime forces advanced into the city",
        "the fighters entered the town after weeks of fighting",
    ],
)
def test_ground_taken_or_fought_for_is_a_battle(clause: str) -> None:
    hits = find_triggers(clause)
    assert any(h.trigger.event_type is EventType.ARMED_CLASH for h in hits), clause


@pytest.mark.parametrize(
    "clause",
    [
        "the Asayish captured an ISIS emir",
        "security forces seized weapons and ammunition",
        "police seized a truck loaded with fuel",
        "no SDF fighter was captured by the militants",
        "medics treated children in newly recaptured parts of the prison",
        "the coalition seized documents",
        "the army is expected to launch an offensive",
    ],
)
def test_people_goods_and_described_ground_taken_are_no_battle(clause: str) -> None:
    assert not any(h.trigger.event_type is EventType.ARMED_CLASH for h in find_triggers(clause)), clause


def test_a_town_captured_on_a_day_is_an_incident() -> None:
    text = "Front update\n\nThe town of Shaddadi was captured by the SDF on Sunday after fierce resistance."
    incidents = rule_incidents(Document(text=text, published=date(2019, 3, 14)))
    assert [i.event_type for i in incidents] == [EventType.ARMED_CLASH]


@pytest.mark.parametrize(
    "clause",
    [
        "fighters thwarted an attack launched by the cells on their positions near the village",
        "its forces thwarted an infiltration attempt by the factions near the village of Hoshan",
        "the army foiled an assault by militants on army posts in the desert",
        # a describing word before the assault; the border it came at; the unit it targeted
        "the guards foiled a fierce attack by the militants on the borders near the town",
        "the council thwarted an infiltration attempt by the factions on the Assyrian–Syriac village of Tal Ward",
        "the SDF thwarted an attack by a cell targeting its Tal Ward Brigade in the countryside",
    ],
)
def test_an_assault_on_a_partys_ground_thwarted_was_fought_off(clause: str) -> None:
    assert find_triggers(clause), clause


@pytest.mark.parametrize(
    "clause",
    ["police foiled an attack on a church", "security forces thwarted a suicide attack in the city", "the guards thwarted a planned attack"],
)
def test_an_attack_thwarted_elsewhere_did_not_happen(clause: str) -> None:
    assert not find_triggers(clause), clause


def test_an_assault_thwarted_at_a_post_on_a_day_is_an_incident() -> None:
    text = "Front update\n\nSDF fighters thwarted an attack launched by IS cells on their positions near Hajin on Monday night."
    incidents = rule_incidents(Document(text=text, published=date(2019, 3, 14)))
    assert [i.event_type for i in incidents] == [EventType.ARMED_CLASH]


def test_a_strike_told_by_its_target_in_the_passive() -> None:
    hits = find_triggers("the grain silo was hit in the town")
    assert [h.trigger.event_type for h in hits] == [EventType.ATTACK]
    assert find_triggers("the hospital vicinity was also struck")
    assert not find_triggers("the town was hit hard by the drought")
    text = "Update\n\nTurkish warplanes bombed Derik on Sunday. The hospital vicinity in Kobani was also struck."
    found = rule_incidents(Document(text=text, published=date(2022, 11, 21)))
    assert [(i.event_type, i.toponyms[0].span.text) for i in found] == [
        (EventType.AIRSTRIKE, "Derik"),
        (EventType.AIRSTRIKE, "Kobani"),
    ]


def test_a_target_hit_at_its_own_place_after_a_strike_is_a_further_strike() -> None:
    text = "Update\n\nTurkish drones struck Derik on Sunday. A grain silo in Amuda was also hit."
    found = rule_incidents(Document(text=text, published=date(2022, 11, 23)))
    assert [(i.event_type, i.toponyms[0].span.text) for i in found] == [
        (EventType.DRONE_STRIKE, "Derik"),
        (EventType.DRONE_STRIKE, "Amuda"),
    ]


@pytest.mark.parametrize(
    "clause",
    ["protesters threw stones at a checkpoint", "guards fire warning shots to disperse a protest", "police dispersed the demonstrators"],
)
def test_violence_at_a_protest_is_an_event_word(clause: str) -> None:
    assert find_triggers(clause), clause


def test_stones_thrown_at_nothing_are_no_event() -> None:
    assert not find_triggers("children threw stones into the river")


@pytest.mark.parametrize(
    "clause",
    ['its forces "neutralized" five members of the units', "a command post of the militants was destroyed", "two vehicles were destroyed"],
)
def test_a_release_s_quoted_or_passive_event_words(clause: str) -> None:
    assert find_triggers(clause), clause


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Fighting in Hajin on Monday left six soldiers dead.", True),
        ("Fighting near the dam killed two fighters.", True),
        ("Fighting the group remains a priority, the minister said.", False),
    ],
)
def test_fighting_before_a_place_is_a_clash(text: str, found: bool) -> None:
    hits = find_triggers(text)
    assert any(h.trigger.event_type is EventType.ARMED_CLASH for h in hits) is found


@pytest.mark.parametrize(
    "clause",
    [
        "troops and tribal fighters exchanged heavy machine-gun fire near the river",
        "the two sides traded intense artillery and mortar fire overnight",
        "an exchange of sporadic small-arms fire near the post",
        "the patrol was exchanging automatic fire with gunmen",
    ],
)
def test_fire_exchanged_with_words_of_its_weight_or_weapon_is_a_clash(clause: str) -> None:
    assert any(h.trigger.event_type is EventType.ARMED_CLASH for h in find_triggers(clause)), clause


@pytest.mark.parametrize(
    "clause",
    [
        "the army retaliated against positions near the dam",
        "Turkish forces hit back at villages around the town",
        "the attack was immediately responded to",
        "the council responded by targeting militia positions in Tabni with machine guns",
        "the militia reacted by attacking the guard towers near the dam",
    ],
)
def test_a_reply_told_by_its_verb_is_an_event_word(clause: str) -> None:
    assert find_triggers(clause), clause


def test_a_word_of_reply_with_no_target_is_no_event_word() -> None:
    assert not find_triggers("the ministry responded to the criticism on Monday")
    assert not find_triggers("the ministry responded by targeting its critics in a statement")


@pytest.mark.parametrize(
    "clause",
    [
        "SDF fighters pushed the jihadists out of their final strongholds in the village",
        "the army drove ISIS fighters out of the village",
        "the factions expelled the militants from the village of Tell Arqam",
        "resistance met in the village of Tal Jihan was broken",
        "our units broke the resistance of the terrorists near the hill",
    ],
)
def test_an_armed_party_driven_off_ground_is_a_clash(clause: str) -> None:
    assert any(h.trigger.event_type is EventType.ARMED_CLASH for h in find_triggers(clause)), clause


@pytest.mark.parametrize(
    "clause",
    ["he drove a car from Hasakah to Qamishli", "the flood forced families from their homes", "workers cleared rubble from the road"],
)
def test_driving_or_clearing_no_armed_party_is_no_event_word(clause: str) -> None:
    assert not find_triggers(clause), clause


@pytest.mark.parametrize(
    "clause",
    [
        "the Asayish detained on Sunday a cell of three IS members in the town of Hol in a joint operation",
        "security forces detained an ISIS cell in the town",
        "forces captured a cell leader in a dawn operation near the village",
    ],
)
def test_an_arrest_told_as_an_operation_is_a_raid(clause: str) -> None:
    assert any(h.trigger.event_type is EventType.RAID for h in find_triggers(clause)), clause


@pytest.mark.parametrize(
    "clause",
    [
        "three gunmen of the cell died in an operation carried out by the Asayish",
        "the unit said it shot dead two suspects and held four more during an operation at dawn",
    ],
)
def test_a_bare_operation_with_its_dead_is_a_raid(clause: str) -> None:
    """A bare "in/during an operation" told as new, with the dead it made: the security raid."""
    assert any(h.trigger.event_type is EventType.RAID for h in find_triggers(clause)), clause


def test_an_operation_to_take_a_town_is_no_raid() -> None:
    """An offensive told as "an operation to capture" a town is no security raid."""
    clause = "the army lost ten soldiers in an operation to capture the hill"
    assert not any(h.trigger.event_type is EventType.RAID for h in find_triggers(clause)), clause


@pytest.mark.parametrize(
    "clause",
    [
        "five people died during an operation to rescue the miners trapped in the well",
        "the army lost six men in an operation to drive the militants out of the district",
    ],
)
def test_an_operation_for_a_purpose_other_than_an_arrest_is_no_raid(clause: str) -> None:
    """An operation told by a purpose other than an arrest (a rescue, an offensive) is no security raid."""
    assert not any(h.trigger.event_type is EventType.RAID for h in find_triggers(clause)), clause


def test_an_operation_to_arrest_is_a_raid() -> None:
    """An operation whose purpose is an arrest is the security raid."""
    clause = "the police shot dead a wanted man in an operation to arrest him"
    assert any(h.trigger.event_type is EventType.RAID for h in find_triggers(clause)), clause


@pytest.mark.parametrize(
    "clause",
    [
        "the wounded guard died during an operation at the city hospital",
        "surgeons took the shrapnel out of her chest in an operation that lasted hours",
        "a boy hurt by the blast died in an operation on his leg",
    ],
)
def test_surgery_is_no_raid(clause: str) -> None:
    """An operation told with its doctors, its ward or the body it treats is surgery, no raid."""
    assert not any(h.trigger.event_type is EventType.RAID for h in find_triggers(clause)), clause


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the ministry's word, told with the operation, keeps the fight it tells
        ("Turkish units neutralised four PKK fighters in an operation near Amuda on Friday.", EventType.ARMED_CLASH),
        # a drone names the weapon
        ("A drone killed two commanders in an operation near Amuda on Friday.", EventType.DRONE_STRIKE),
        # the gunmen a raid kills do not make it a shooting
        ("The Asayish killed three gunmen in an operation near Amuda on Friday.", EventType.RAID),
    ],
)
def test_a_bare_operation_yields_to_a_weapon_or_a_fight(text: str, event_type: EventType) -> None:
    """A bare operation says less than a weapon or a fight of its clause, which give the type; the raid outranks
    the gunmen it kills."""
    incidents = rule_incidents(Document(text=text, published=date(2024, 3, 5)))
    assert [i.event_type for i in incidents] == [event_type], text


def test_a_bare_operation_with_a_toll_opens_an_incident() -> None:
    """The weak trigger with its toll opens an incident, where the clause names no place of its own."""
    text = "Police in Tabqa found a weapons cache on Monday. Five cell members were killed in an operation on Sunday."
    incidents = rule_incidents(Document(text=text, published=date(2024, 3, 5)))
    raids = [i for i in incidents if i.event_type is EventType.RAID]
    assert len(raids) == 1 and raids[0].killed is not None and raids[0].killed.low == 5


@pytest.mark.parametrize(
    "clause",
    [
        "the army captured the last major town held by the group",
        "the factions seized a small border village near the river",
        "the SDF retook the main eastern district of the town",
    ],
)
def test_ground_described_by_several_words_is_ground_taken(clause: str) -> None:
    assert any(h.trigger.event_type is EventType.ARMED_CLASH for h in find_triggers(clause)), clause


@pytest.mark.parametrize(
    "clause", ["police captured two wanted men near the town", "the unit seized weapons and ammunition from a house"]
)
def test_people_or_goods_taken_are_still_no_ground(clause: str) -> None:
    assert not any(h.trigger.event_type is EventType.ARMED_CLASH for h in find_triggers(clause)), clause


def test_a_passive_neutralized_with_its_agent_is_an_event_word_far_from_its_subject() -> None:
    clause = "a PKK/YPG member who had been hiding near the outpost was neutralized by our commandos"
    assert [h.trigger.event_type for h in find_triggers(clause)] == [EventType.ARMED_CLASH]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # "harassment fire" on troops at their posts is an exchange of fire: an armed clash, whatever the ministry's
        # wording (opened on, at, against; the verb "harassed")
        ("Terrorists opened harassment fire at our base area outside the town; four of them were neutralized.", EventType.ARMED_CLASH),
        ("Harassment fire was opened by the terrorists at our troops in the region; it was returned.", EventType.ARMED_CLASH),
        ("Terrorists who harassed our units in the region with rocket fire were neutralized.", EventType.ARMED_CLASH),
        # fire at a town stays shelling, and so does the heavy reply the clause tells
        ("Harassment fire by the terrorists towards the border town was responded to in kind.", EventType.SHELLING),
        (
            "Terrorists who had opened harassment fire on our bases were neutralized by fire from our howitzers.",
            EventType.SHELLING,
        ),
    ],
)
def test_harassment_fire_on_troops_is_a_clash(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected


@pytest.mark.parametrize("aircraft", ["plane", "warplane", "jet"])
def test_one_aircraft_that_bombed_or_hit_is_an_air_strike(aircraft: str) -> None:
    assert typed(f"A {aircraft} bombed the village on Monday, killing a man.") is EventType.AIRSTRIKE
    assert typed(f"A {aircraft} hit a position near the village, killing two fighters.") is EventType.AIRSTRIKE


@pytest.mark.parametrize(
    "clause",
    [
        "An army patrol came under fire near the village on Monday, without casualties.",
        "A checkpoint was attacked by gunmen in the town on Monday, wounding a guard.",
        "Police patrol attacked last night near the village, two members wounded.",
        "Gunmen shot at a checkpoint of the local security forces in the town, wounding a guard.",
        # the site's place between it and the passive verb; a place read as the target
        "An army checkpoint near Jazra roundabout was targeted with a grenade by gunmen, without casualties.",
        "A regime patrol came under fire near the Jazra bridge; no casualties.",
    ],
)
def test_a_military_site_told_as_the_one_hit_is_a_clash(clause: str) -> None:
    # (the gold conventions: an attack on a patrol or a checkpoint is an armed clash, in the passive voice too)
    assert typed(clause) is EventType.ARMED_CLASH


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # an armed party's members killed by the fire of a fight: snipers, gunfire of a party or of no one named
        ("Three regime soldiers were killed by SDF snipers near the Jazra bridge.", EventType.ARMED_CLASH),
        ("A Turkish soldier was killed by sniper fire from the YPG near Sabkha.", EventType.ARMED_CLASH),
        ("A guard was killed by gunfire at an army post in Jazra.", EventType.ARMED_CLASH),
        # gunmen's killing of one member is a targeted killing; civilians' deaths are attacks
        ("A regime soldier in Jazra died of gunshots fired by unknown persons.", EventType.ATTACK),
        ("Unidentified gunmen's gunfire killed an army officer near Sabkha.", EventType.ATTACK),
        ("A shepherd was killed by sniper fire near Sabkha.", EventType.ATTACK),
        ("An Asayish officer was killed by gunfire from a speeding motorbike in Jazra.", EventType.ATTACK),
    ],
)
def test_an_armed_partys_members_killed_by_the_fire_of_a_fight(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected, clause


def test_shots_at_a_car_stay_an_attack() -> None:
    assert typed("Gunmen shot at a car in the town on Monday, wounding a woman.") is EventType.ATTACK


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # an explosion aimed at someone is a bomb set for them ...
        ("Two fighters died in an explosion that targeted their car near the town on Monday.", EventType.IED),
        ("An explosion targeted a convoy of fuel tankers near the field, killing two drivers.", EventType.IED),
        # ... a blast whose cause the text does not tell stays one
        ("Thirteen people were killed in a blast near a checkpoint in the town on Monday.", EventType.OTHER),
    ],
)
def test_an_explosion_aimed_at_a_target_is_a_bomb(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected


def test_a_device_neutralized_by_our_units_is_no_fight() -> None:
    clause = "a booby-trapped motorcycle was neutralized by our units before it reached the market"
    assert not any(h.trigger.event_type is EventType.ARMED_CLASH for h in find_triggers(clause))


def test_a_device_attached_to_a_car_is_an_ied() -> None:
    assert typed("A second device attached to the underside of a car exploded in the town, causing damage.") is EventType.IED


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the air support of a ground action is not the clause's event: the ground action is
        ("Government troops supported by Russian warplanes captured the hill of Tal Msheirfa on Monday", EventType.ARMED_CLASH),
        ("Government troops, supported by Iranian drones, clashed with militants near Sabkha", EventType.ARMED_CLASH),
        ("SDF units raided a house in Busayrah with the support of coalition air strikes", EventType.RAID),
        # the control phrase is the capture, not "seized" with "full control" as its object
        ("Tribal fighters backed by Russian jets seized full control of the village of Sweidan", EventType.ARMED_CLASH),
        # the support is the clause's only event word, beside the advance it backed: the ground fight
        ("Government troops entered Muhassan on Friday with the support of Russian air strikes", EventType.ARMED_CLASH),
        ("the SDF moved into Gharanij after the militants fled, in a push backed by coalition air strikes", EventType.ARMED_CLASH),
        ("fighters advanced three kilometres north of Sabkha, an offensive supported by Turkish drones", EventType.ARMED_CLASH),
    ],
)
def test_strikes_told_as_a_ground_actions_support_do_not_type_it(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected, clause


@pytest.mark.parametrize(
    "clause",
    [
        # nothing else told: the strikes are the event
        "Rebel fighters were backed by Russian warplanes on Monday",
        "Russian warplanes backed by drones struck the village of Sweidan on Monday",
        # strikes with their own place and verb, not told as support
        "Russian warplanes struck Jdeideh after tribal fighters took control of the village",
    ],
)
def test_strikes_not_told_as_support_stay_strikes(clause: str) -> None:
    assert typed(clause) is EventType.AIRSTRIKE, clause


def test_relief_air_drops_are_no_raid() -> None:
    assert find_triggers("the garrison of Tabni lived on food parcels from air drops for two years") == []
    assert find_triggers("aircraft carried out air drops of medicine over the besieged quarter") == []


def test_an_air_drop_of_troops_is_still_a_raid() -> None:
    hits = find_triggers("coalition forces carried out an air drop near Tabni, detaining a cell leader")
    assert ("air drop", EventType.RAID) in [(h.text, h.trigger.event_type) for h in hits]


@pytest.mark.parametrize(
    "label", ["Targeted sites:", "Targeted facilities:", "Facilities targeted:", "Sites struck:", "The targets were:"]
)
def test_a_targets_label_is_read_as_one_whatever_its_word_order(label: str) -> None:
    # the label's own trigger, not the bare "targeted" at the same place (at one position the first entry wins)
    hits = find_triggers(f"{label} a fuel depot near Tell Baydar and a bridge at Markada.")
    assert hits[0].start == 0 and hits[0].trigger is TARGETS_LABEL, hits


def test_suicide_bombers_are_no_aircraft_for_a_generic_attack_word() -> None:
    clause = "The assault near the farms came at night, with suicide bombers in the first wave."
    hits = find_triggers(clause)
    attack = next(hit for hit in hits if hit.text.lower() == "assault")
    assert event_type_in_context(attack, None, clause, None) is not EventType.AIRSTRIKE
    bombers = "The assault near the farms came at night, with heavy bombers in the first wave."
    attack = next(hit for hit in find_triggers(bombers) if hit.text.lower() == "assault")
    assert event_type_in_context(attack, None, bombers, None) is EventType.AIRSTRIKE


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # a counter-attack answers a force: fighting
        ("The militants launched a counter-attack at dawn near the farms, and dozens died.", EventType.ARMED_CLASH),
        ("A counter attack on the hill followed on Friday.", EventType.ARMED_CLASH),
        # an attack with no "counter" keeps its reading
        ("The militants launched an attack at dawn on a wedding near the farms, killing six civilians.", EventType.ATTACK),
    ],
)
def test_a_counter_attack_is_a_clash(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected
def test_a_thwarted_infiltration_does_not_negate_the_fighters_neutralized_after_it() -> None:
    # the negation reaches its own object, not past "and" to the next clause's event
    hits = find_triggers("Near Kasra an infiltration was foiled and 4 militants neutralized on Tuesday.")
    assert [h.text for h in hits] == ["militants neutralized"]
    assert find_triggers("the guards thwarted the plan and two bombs were defused") == []
    text = "Briefing\n\nIn the Ain Issa area, an infiltration was foiled and 4 terrorists neutralized on Tuesday."
    found = rule_incidents(Document(text=text, published=date(2023, 5, 4)))
    assert [(i.event_type, i.primary_toponym.text if i.primary_toponym else None) for i in found] == [
        (EventType.ARMED_CLASH, "Ain Issa")
    ]


def test_a_foiled_bombing_stays_foiled() -> None:
    text = "Update\n\nThe Asayish foiled a bombing attack near the Hilaliya roundabout on Tuesday."
    assert rule_incidents(Document(text=text, published=date(2023, 5, 4))) == []


def test_an_assault_fought_off_at_one_of_a_partys_posts() -> None:
    assert [h.text for h in find_triggers("Our fighters foiled an assault by a cell on one of our forward military posts near Sabha.")] == [
        "assault"
    ]
    assert find_triggers("police foiled an attack on one of the churches") == []


def test_fighters_neutralized_past_what_is_said_of_them() -> None:
    hits = find_triggers("2 militants spotted near the village of Abu Hamam were neutralized.")
    assert [h.trigger.event_type for h in hits] == [EventType.ARMED_CLASH]
    assert find_triggers("2 militants spotted near the village were not neutralized.") == []


def test_terrorists_neutralized_at_a_place_in_a_release_are_an_incident() -> None:
    text = "MSB statement\n\nIn addition, 2 terrorists spotted in the Tal Tamr region were neutralized."
    found = rule_incidents(Document(text=text, published=date(2022, 3, 8)))
    assert [(i.event_type, i.primary_toponym.text if i.primary_toponym else None) for i in found] == [
        (EventType.ARMED_CLASH, "Tal Tamr")
    ]


def test_terrorists_neutralized_over_a_month_are_no_incident() -> None:
    text = "MSB statement\n\nOver the past month, 60 terrorists in northern Iraq and Syria were neutralized."
    assert rule_incidents(Document(text=text, published=date(2022, 3, 8))) == []


def test_harassment_fires_counted_in_the_plural_are_an_event_word() -> None:
    assert [h.text for h in find_triggers("Five of these harassment fires came from farms by the river")] == ["harassment fires"]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the site where weapons are kept or made, hit, is no weapon of the event
        ("Jets struck weapons depots and drone storage facilities near the river.", []),
        ("The raids hit rocket and drone storage sites near the border.", []),
        ("The raids hit a drone factory near the border.", []),
        # a drone that hit a site stays the weapon
        ("A drone hit a storage facility near the border.", [EventType.DRONE_STRIKE]),
    ],
)
def test_a_weapons_making_or_storage_site_is_no_weapon(clause: str, expected: list[EventType]) -> None:
    remote = {EventType.DRONE_STRIKE, EventType.SHELLING}
    assert [hit.trigger.event_type for hit in find_triggers(clause) if hit.trigger.event_type in remote] == expected


def test_air_and_drone_strikes_are_air_strikes() -> None:
    hits = find_triggers("Heavy air and drone strikes hit the power plant on Monday.")
    primary = max(hits, key=lambda h: h.trigger.priority)
    assert primary.trigger.event_type is EventType.AIRSTRIKE


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the ministry's harassment fire told with no aim, or on its own regions: on its forces, a clash
        ("Five of these harassment fires came from farms south of the river.", EventType.ARMED_CLASH),
        ("On Sunday the terrorists' harassment fire at our regions beside the frontier was answered.", EventType.ARMED_CLASH),
        # a time told after it is no aim
        ("Terrorists opened harassment fire from the hills on Sunday night.", EventType.ARMED_CLASH),
        ("8 harassment fires were opened from the hills at dawn on 3 May.", EventType.ARMED_CLASH),
        # aimed at a town: shelling
        ("Harassment fire was opened from the hills towards the border village of Akcay.", EventType.SHELLING),
    ],
)
def test_harassment_fire_with_no_aim_or_on_the_ministry_s_regions_is_a_clash(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # one of a party's posts, and an attacker with a long name between the attack and its object: a clash
        ("At dawn, gunmen of the cell attacked one of our forward checkpoints in the village of Jurdi.", EventType.ARMED_CLASH),
        (
            "Overnight came an attack by the occupation army and its allied mercenary groups on our posts near Abu Rasin.",
            EventType.ARMED_CLASH,
        ),
        # one of several houses: civilians' homes, an attack
        ("Gunmen attacked one of the houses in the village of Jurdi.", EventType.ATTACK),
    ],
)
def test_one_of_a_partys_posts_and_a_long_named_attacker(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected


def test_the_attacker_named_before_the_object_is_read_to_the_first_object() -> None:
    # (not past it to a later "in": the attacker's name is read lazily)
    assert find_target("an attack by the army and its allied militias on their positions in the Jafra hills") == ("positions", 55, 64)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting had broken out around the hamlet of Abu Khashab, a correspondent said.",
        "Fighting with government troops was raging in the western districts of Busayrah.",
        "Fighting continued around Sabha and Zir on Tuesday.",
    ],
)
def test_the_fighting_noun_with_its_verb_in_other_tenses_or_after_its_foe_is_a_clash(sentence: str) -> None:
    incidents = rule_incidents(Document(text=sentence, published=date(2021, 3, 4)))
    assert [i.event_type for i in incidents] == [EventType.ARMED_CLASH]


@pytest.mark.parametrize(
    "sentence",
    [
        # the verb "fight" with its object, and talk of fighting with no event, are no clash
        "The council said it continued fighting the group's ideology in Busayrah schools.",
        "Fighting poverty has continued to be the council's aim in Busayrah.",
    ],
)
def test_fighting_as_a_verb_or_a_cause_is_no_clash(sentence: str) -> None:
    assert rule_incidents(Document(text=sentence, published=date(2021, 3, 4))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Coalition planes have been striking ISIS hideouts near Abu Hardub since the morning.",
        "Russian helicopters were pounding the outskirts of Sabha on Monday.",
        "Coalition helicopters intervened once the dust settled, hitting two ISIS trucks near Sabha.",
    ],
)
def test_an_aircraft_striking_in_the_progressive_or_intervening_is_an_air_strike(sentence: str) -> None:
    incidents = rule_incidents(Document(text=sentence, published=date(2021, 3, 4)))
    assert [i.event_type for i in incidents] == [EventType.AIRSTRIKE]


@pytest.mark.parametrize(
    "sentence",
    ["Coalition planes were flying over Abu Hardub on Monday.", "Russian helicopters were seen near Sabha on Monday."],
)
def test_aircraft_seen_or_flying_are_no_strike(sentence: str) -> None:
    assert rule_incidents(Document(text=sentence, published=date(2021, 3, 4))) == []


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # a security operation against suspects that met fire is the raid
        ("A wanted man shot at the patrol during an operation in Sabkha and died in the ensuing exchange of fire.", EventType.RAID),
        ("The operation in Jazra met resistance: two suspects died in a firefight with the raiding unit.", EventType.RAID),
        # a battle is no raid, nor a named military campaign's fight
        ("Clashes broke out between the army and ISIS near Sabkha during a military operation, killing three suspects.", EventType.ARMED_CLASH),
        ("An exchange of fire broke out near Jazra during Operation Peace Spring, killing two fighters.", EventType.ARMED_CLASH),
    ],
)
def test_a_security_operation_that_met_fire_is_a_raid(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected, clause


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # one person killed by kin in a family quarrel: violence against a person
        ("A young man stabbed his cousin to death in a family quarrel in Jazra on Sunday.", EventType.ATTACK),
        ("A woman was killed by her own brothers in a family dispute in Sabkha.", EventType.ATTACK),
        # one person shot, or a bystander hit by a stray bullet, in a family quarrel: violence against that person
        ("During a family quarrel in Sabkha, a stray bullet struck a boy.", EventType.ATTACK),
        ("A young man was shot and wounded in Hamra in what neighbours called a family dispute.", EventType.ATTACK),
        # a fight between families or clans stays a clash, and so does a dispute that hurt several or a party's member
        ("Four men were killed in a dispute between two clans in Sabkha on Sunday.", EventType.ARMED_CLASH),
        ("Two brothers were killed in a family dispute that turned into a gunfight in Jazra.", EventType.ARMED_CLASH),
        ("Three people were wounded in a family dispute in Hamra.", EventType.ARMED_CLASH),
        ("An Asayish guard died in a tribal dispute at a checkpoint in Hamra.", EventType.ARMED_CLASH),
    ],
)
def test_a_killing_by_kin_in_a_family_dispute_is_an_attack(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected, clause


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's members hit by fire at their checkpoint, whoever fired: an assault on the post
        ("Two SDF guards were killed by the ISIS cell's gunfire at a checkpoint by the dam in Hamra.", EventType.ARMED_CLASH),
        (
            "One Asayish guard died and another was hurt by tribal gunmen's fire in a quarrel at a "
            "checkpoint in Hamra on Sunday.",
            EventType.ARMED_CLASH,
        ),
        (
            "An Asayish officer died after a lone gunman opened fire on the guards at a "
            "checkpoint near the bridge in Hamra.",
            EventType.ARMED_CLASH,
        ),
        # civilians hit by a checkpoint's fire, a killing told as one, and a device near a post keep their types
        ("A young man died from gunfire of the SDF at a checkpoint in Hamra.", EventType.ATTACK),
        ("Gunmen shot dead two soldiers at a checkpoint in Hamra.", EventType.ATTACK),
        ("A soldier was killed near a checkpoint in Hamra when his car hit a landmine.", EventType.IED),
        # a party's members hit at a checkpoint by no fire: a killing, not an assault on the post
        ("Two police officers were stabbed to death at a checkpoint in Hamra on Friday.", EventType.ATTACK),
    ],
)
def test_a_partys_members_hit_at_a_checkpoint_is_a_clash(text: str, expected: EventType) -> None:
    found = rule_incidents(Document(text=text, published=date(2021, 3, 4)))
    assert [incident.event_type for incident in found] == [expected], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post or patrol hit, its party told after it or the targeting told as a noun: an assault on an armed party
        ("A patrol of the Asayish police came under fire from unknown persons in Hamra, one member injured.", EventType.ARMED_CLASH),
        ("The monitor reported the targeting of a patrol of the SDF near Hamra by gunmen, killing a fighter.", EventType.ARMED_CLASH),
        # a civilian car targeted, a party's car fired on and a patrol's own killing keep their types
        ("The council condemned the targeting of a civilian car near Hamra by gunmen, which killed a teacher.", EventType.ATTACK),
        ("Gunmen shot at an Asayish car near Hamra, wounding a member.", EventType.ATTACK),
        ("A patrol of the Turkish army shot dead a young man near Hamra.", EventType.ATTACK),
    ],
)
def test_a_post_or_patrol_hit_told_with_its_party_or_as_a_noun_is_a_clash(text: str, expected: EventType) -> None:
    found = rule_incidents(Document(text=text, published=date(2021, 3, 4)))
    assert [incident.event_type for incident in found] == [expected], text


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # aircraft as the agent of a verb the word lists did not tie to them
        ("Coalition aircraft destroyed three ISIS vehicles on the road near Shaafah.", EventType.AIRSTRIKE),
        ("A fuel convoy was hit by unknown aircraft near Abu Kamal, killing two drivers.", EventType.AIRSTRIKE),
        ("Russian jets had pounded the militants' positions near Shaafah for a week.", EventType.AIRSTRIKE),
        # ground units that destroy stay typed by their parties
        ("Army units destroyed a vehicle of the militants near Shaafah.", EventType.ATTACK),
    ],
)
def test_aircraft_told_as_the_agent_type_the_strike(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected, clause


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # strikes told as what came before a ground advance: the advance is the event
        ("Regime troops press toward Shaafah after Russian air strikes", EventType.ARMED_CLASH),
        ("Tribal fighters advanced on Shaafah on Friday following days of coalition air strikes", EventType.ARMED_CLASH),
        # strikes after an advance are strikes
        ("Russian jets struck Shaafah after regime troops advanced on the town", EventType.AIRSTRIKE),
        # strikes with a deed or dead of their own, or an advance told only after them, are strikes
        ("Farmers could not enter their fields near Shaafah after drone strikes hit the irrigation canal", EventType.DRONE_STRIKE),
        ("Six civilians died in Shaafah after Russian air strikes, as the regime offensive went on", EventType.AIRSTRIKE),
        ("Troops entered Shaafah only after coalition air strikes on the bridge, killing two guards", EventType.AIRSTRIKE),
    ],
)
def test_strikes_told_before_a_ground_advance_do_not_type_it(clause: str, expected: EventType) -> None:
    assert typed(clause) is expected, clause


@pytest.mark.parametrize("assaulted", ["no soldiers near the dam", "none of the guards", "nobody", "no one at the post"])
def test_assaulted_party_none_when_the_object_names_nobody(assaulted: str) -> None:
    assert assaulted_party(assaulted) is None


@pytest.mark.parametrize(
    ("assaulted", "kind"),
    [("northern army posts", EventType.ARMED_CLASH), ("nomad herders", EventType.ATTACK), ("an SDF post", EventType.ARMED_CLASH)],
)
def test_assaulted_party_a_word_opening_with_no_is_no_nobody(assaulted: str, kind: EventType) -> None:
    assert assaulted_party(assaulted) is kind


@pytest.mark.parametrize("count", ["five", "eight", "eleven", "twelve"])
def test_strikes_counted_in_any_number_word_are_a_new_noun_from_the_air(count: str) -> None:
    # (the count opening a release's line: no ground party named, the strikes are air strikes)
    assert typed(f"Near Markada, {count} strikes hit ISIS fighting positions.") is EventType.AIRSTRIKE


def test_the_strikes_of_a_named_ground_party_keep_their_type() -> None:
    assert typed("Near Markada, the army strikes ISIS fighting positions with artillery.") is not EventType.AIRSTRIKE


@pytest.mark.parametrize(
    "sentence",
    [
        # "fought" with no foe after it, then where: the two sides named before it
        "Army units and tribal gunmen fought around the village of Tayyana on Sunday.",
        "Clan gunmen and the Asayish fought through the night along the road near Tal Baydar on Friday.",
        # "fought" with the foe told by its full name
        "Government troops fought Islamic State near the village of Sbeikhan on Sunday.",
        # the noun told where it is fought, after its foe or with its verb
        "ISIS cells were fighting with the Asayish at the gates of Tayyana on Sunday.",
        "Fighting concentrated around the silos of Tayyana on Sunday, a commander said.",
        "On Sunday the fighting was at the edge of Tayyana, residents said.",
        # the noun told by where it is fought
        "House-to-house fighting left four fighters dead in Tayyana on Sunday.",
    ],
)
def test_a_fight_told_where_it_is_fought_is_a_clash(sentence: str) -> None:
    incidents = rule_incidents(Document(text=sentence, published=date(2021, 3, 4)))
    assert [i.event_type for i in incidents] == [EventType.ARMED_CLASH]


@pytest.mark.parametrize(
    "sentence",
    [
        # "fought" of a cause, a war, a career, a quarrel: no ground after the preposition
        "Her grandfather fought for independence and later farmed near Tayyana.",
        "The teacher in Tayyana fought in the war of 1973, his son said on Sunday.",
        "He fought in the ranks of the group before settling in Tayyana on Sunday.",
        # one person's career told by a pronoun: no battle of the day
        "The old baker said in Tayyana on Sunday that he fought in Hajin as a young man.",
        "I fought at Tabqa when I was twenty, the farmer told us in Tayyana on Sunday.",
        # no force fighting: residents, medics, a father's past, with ground after the preposition
        "Residents fought on the streets of Tayyana for bread on Sunday.",
        "Medics fought through the night at the Tayyana hospital on Sunday.",
        "Her uncle fought in Hajin in 2017 and now farms near Tayyana, she said on Sunday.",
        "Two farmers had a fight over water rights at a council meeting in Tayyana on Sunday.",
        # "fighting" of poverty, a lawsuit, a season, a manner
        "The council in Tayyana is fighting poverty with new bakeries, it said on Sunday.",
        "The mayor of Tayyana is fighting with the council in court over the budget, he said on Sunday.",
        "The fighting years are long over in Tayyana, an elder said on Sunday.",
        "The fighting was at its fiercest in 2017, an elder in Tayyana recalled on Sunday.",
        "Fierce fighting vehicles of the army paraded in Tayyana on Sunday.",
    ],
)
def test_a_fight_of_a_cause_a_court_or_the_past_is_no_clash(sentence: str) -> None:
    assert rule_incidents(Document(text=sentence, published=date(2021, 3, 4))) == []


@pytest.mark.parametrize(
    "clause",
    [
        # the ministry's passive after "and", its means with no article before them
        "Two terrorists were detected near Mabrouka and neutralized by our commandos on Friday.",
        "The group that approached our base near Mabrouka was neutralized by fire support vehicles.",
        # its present, of the operations going on
        "Our commandos are continuing to neutralize militants around Mabrouka with ground operations.",
    ],
)
def test_the_ministrys_neutralized_in_its_other_forms_is_a_clash(clause: str) -> None:
    assert [h.trigger.event_type for h in find_triggers(clause)] == [EventType.ARMED_CLASH]


@pytest.mark.parametrize(
    "sentence",
    [
        # other registers of the word: a spill, a disease, a device, a pledge
        "The fuel spill near the Mabrouka station was contained and neutralized by fire crews on Friday.",
        "The cholera outbreak in Mabrouka was neutralized by health units on Friday, the clinic said.",
        "A suspicious bag left near the Mabrouka bakery was neutralized by police units on Friday.",
        "The minister said on Friday the army would continue to neutralize militants near Mabrouka.",
    ],
)
def test_neutralized_of_a_spill_a_disease_a_device_or_a_pledge_is_no_incident(sentence: str) -> None:
    assert rule_incidents(Document(text=sentence, published=date(2021, 3, 4))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an air party with a release's verb, or in the present, and a target after it
        "Coalition aircraft engaged an ISIS weapons cache near Gharanij on Thursday.",
        "The coalition air support is targeting militant hideouts around Gharanij on Thursday.",
        # sorties told with what they struck
        "Syrian and Russian jets carried out 14 sorties against militant positions near Gharanij on Thursday.",
        "The air force performed 12 sorties, engaging 30 terrorist targets near Gharanij on Thursday.",
    ],
)
def test_an_air_partys_engaging_targeting_or_sorties_against_a_target_is_an_airstrike(sentence: str) -> None:
    incidents = rule_incidents(Document(text=sentence, published=date(2021, 3, 4)))
    assert [i.event_type for i in incidents] == [EventType.AIRSTRIKE]


@pytest.mark.parametrize(
    "sentence",
    [
        # jets in an exercise or a display, a recruiting drive, sorties counted with no target
        "Turkish jets engaged in a joint exercise over the sea near Gharanij on Thursday.",
        "The air force is targeting young engineers from Gharanij in its new recruiting drive.",
        "The air force flew 40 sorties on Thursday, a spokesman in Gharanij said.",
        "Aircraft targeting the spring market were ordered by the Gharanij traders on Thursday.",
    ],
)
def test_an_air_partys_exercise_recruiting_or_counted_sorties_is_no_incident(sentence: str) -> None:
    assert rule_incidents(Document(text=sentence, published=date(2021, 3, 4))) == []


@pytest.mark.parametrize(
    "clause",
    [
        # ground named with the party holding it
        "Clan fighters seized two SDF positions in Jdid Bakara on Saturday",
        "the rebels captured several YPG posts east of the river",
        # "taken" of ground, active, and the one-word oil field
        "the SDF said they had taken the Kharata oilfield, east of the river",
        "rebels have taken two villages near Jdid Bakara",
        "army units took over the Jdid Bakara border crossing on Friday",
    ],
)
def test_ground_taken_with_its_holder_or_by_taken_is_a_clash(clause: str) -> None:
    assert [h.trigger.event_type for h in find_triggers(clause)] == [EventType.ARMED_CLASH]


@pytest.mark.parametrize(
    "clause",
    [
        # goods, decisions, people, tolls and roads taken: no ground
        "police seized ISIS weapons near Jdid Bakara on Saturday",
        "the council had taken the decision to reopen the Jdid Bakara school",
        "medics have taken him to the clinic in Jdid Bakara",
        "the drought has taken its toll on the villages of Jdid Bakara",
        "the bus had taken the village children to Jdid Bakara",
        "the convoy had taken the road to Jdid Bakara",
        "a new manager took over the bakery company of Jdid Bakara",
        "she took over the presidency of the Jdid Bakara council",
    ],
)
def test_goods_decisions_people_or_roads_taken_are_no_event_word(clause: str) -> None:
    assert find_triggers(clause) == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a reply told by "hit back" or "struck back" aimed at ground or a military target is fire sent back
        ("The army hit back at militant positions near Sfireh on Monday.", 1),
        ("Turkish guns struck back at villages around Sfireh on Monday.", 1),
        # the idiom of words, and a price hitting the market, are no event
        ("The governor hit back at critics of the Sfireh bread plan on Monday.", 0),
        ("The minister struck back at his rivals in a speech in Sfireh on Monday.", 0),
        ("The governor hit back at critics in the town of Sfireh on Monday.", 0),
        ("The coach struck back at the fans in the village of Sfireh on Monday.", 0),
        ("New wheat prices hit the market in Sfireh on Monday.", 0),
    ],
)
def test_hitting_back_is_fire_only_at_ground(sentence: str, count: int) -> None:
    assert len(rule_incidents(Document(text=sentence, published=date(2021, 3, 4)))) == count


@pytest.mark.parametrize(
    "clause",
    [
        # an advance told with where it goes: base form, noun, other prepositions
        "Army units push into Khasham on Monday",
        "our units continue to advance west of the Khabur river",
        "the army continued its advance inside the besieged enclave south of Khasham",
        "regime troops advanced near Jadid Ekeidat on Monday",
        # the force named by its party's name
        "the YPG advances south of Khasham",
    ],
)
def test_an_advance_told_with_the_ground_it_reaches_is_a_clash(clause: str) -> None:
    assert [h.trigger.event_type for h in find_triggers(clause)] == [EventType.ARMED_CLASH]


@pytest.mark.parametrize(
    "clause",
    [
        # a match, a market, a diplomatic or business push, a march towards a far place
        "the Khasham team advanced to the final on Monday",
        "wheat prices advanced on the markets in Khasham on Monday",
        "the traders will push into new markets beyond Khasham",
        "envoys push towards a ceasefire for Khasham",
        "army units advanced towards Khasham from the south",
        # a day or a month after the preposition is a time, not ground, though capitalised
        "talks on the Khasham water deal advanced on Monday",
        "the envoy pushed on Sunday for a truce in Khasham",
        "grain prices in Khasham advanced on March 3",
        # no force advancing: a harvest, talks, a swarm, a storm front, with ground after them
        "the cotton harvest advanced near Khasham despite the heat",
        "talks advanced on the Khasham bridge deal, the mayor said",
        "locust swarms advanced east of the Khasham canal",
        "a storm front advanced south of Khasham overnight",
    ],
)
def test_an_advance_in_a_match_a_market_or_towards_a_far_place_is_no_event_word(clause: str) -> None:
    assert find_triggers(clause) == []


@pytest.mark.parametrize(
    "clause",
    [
        # a speaker's account of what "the" aircraft had hit (coreference merges it into the strike just told)
        "A local source said the jets had targeted ISIS fighters at the Shuhail bridge.",
        "Residents told reporters that the planes had struck a depot near Hajin.",
        "The army said the aircraft have hit a convoy outside Markada.",
    ],
)
def test_a_speaker_s_perfect_of_the_aircraft_is_their_account(clause: str) -> None:
    hits = [h for h in find_triggers(clause) if h.trigger.event_type is EventType.AIRSTRIKE]
    assert hits and speakers_account_of_the_aircraft(clause, hits[0])


@pytest.mark.parametrize(
    "clause",
    [
        # aircraft named anew, the simple past, or the definite aircraft in the narrator's words: strikes
        "A local source said coalition jets had targeted ISIS fighters at the Shuhail bridge.",
        "A local source said the jets targeted ISIS fighters at the Shuhail bridge.",
        "The jets had struck the town of Shuhail on Monday, killing four, activists said.",
        "Russian jets had pounded the militants' positions near Shuhail for a week.",
    ],
)
def test_aircraft_named_anew_or_in_the_narrator_s_words_stay_a_strike(clause: str) -> None:
    assert typed(clause) is EventType.AIRSTRIKE
    assert not any(speakers_account_of_the_aircraft(clause, h) for h in find_triggers(clause))


@pytest.mark.parametrize(
    "text",
    [
        # a speaker's account of "the" aircraft with no strike told before: the report's own strike
        "Residents said the jets had bombed a bakery in Hajin on Monday, killing five.",
        "The monitor said the planes have struck the town of Hajin 30 times since dawn on Monday.",
        "Activists told reporters that the planes had hit a school in Sousa on Monday, killing two children.",
    ],
)
def test_a_speaker_s_account_of_the_aircraft_with_no_strike_before_is_a_strike(text: str) -> None:
    found = rule_incidents(Document(text=text, published=date(2024, 3, 9)))
    assert [i.event_type for i in found] == [EventType.AIRSTRIKE]


def test_a_source_s_account_of_the_strike_just_told_is_no_incident_of_its_own() -> None:
    text = (
        "Syrian jets bombed the town of Hajin on Monday, killing six people. Officials in the capital did not confirm "
        "the raid. A local source said the jets had targeted ISIS fighters at the Shuhail bridge."
    )
    found = rule_incidents(Document(text=text, published=date(2024, 5, 8)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Hajin"]


@pytest.mark.parametrize(
    "clause",
    [
        # the party driven off told by its long name and acronym, or as the subject of the passive
        "Kurdish units drove Islamic State of Iraq and Syria (ISIS) fighters from the Ghwayran district",
        "by noon the remaining insurgents were cleared from the silos of Tabqa",
    ],
)
def test_a_party_driven_off_by_its_long_name_or_in_the_passive_is_a_clash(clause: str) -> None:
    assert [h.trigger.event_type for h in find_triggers(clause)] == [EventType.ARMED_CLASH]


@pytest.mark.parametrize(
    "clause",
    [
        # rubble, snow, people and teams driven or cleared: no armed party
        "the rubble was cleared from the road to Tabqa on Monday",
        "snow was cleared from the runway near Tabqa",
        "the families were driven from their homes near Tabqa",
        "the Tabqa players were pushed out of the league on Monday",
        # an armed party's word in a court report: cleared from charges, no ground after
        "the rebels were cleared from the charges by the Tabqa court on Monday",
        "two fighters were cleared from all accusations of looting in Tabqa",
    ],
)
def test_rubble_people_or_teams_driven_off_are_no_event_word(clause: str) -> None:
    assert find_triggers(clause) == []


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        # a device after a seizing verb that has a verb of its own: the subject of the next clause, an event
        ("Clan fighters seized the outpost and an IED exploded on the road to Khatuniya.", EventType.IED),
        ("The army seized the ridge, and a roadside bomb later killed two soldiers.", EventType.IED),
        ("Rebels seized the depot and a car bomb was detonated at its gate.", EventType.CAR_BOMB),
    ],
)
def test_a_device_with_its_own_verb_after_a_seizure_is_an_event_word(clause: str, kind: EventType) -> None:
    assert kind in {hit.trigger.event_type for hit in find_triggers(clause)}


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian pound broke through the 12,000 mark against the dollar in Hasakah markets on Sunday.",
        "Floodwaters pushed into the low quarters of Tabqa on Wednesday, the council said.",
        "The budget law pushed through the council in Amuda on Thursday.",
        "Prices of bread advanced into new highs in Manbij on Monday.",
    ],
)
def test_a_move_into_or_through_with_no_force_is_no_battle(text: str) -> None:
    # "broke through", "pushed into", "advanced into" are a battle for ground when a force moves, not a currency,
    # water, a law or prices
    assert rule_incidents(Document(text="Report\n\n" + text, published=date(2023, 4, 2))) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters pushed into the eastern quarters of Tabqa on Wednesday.",
        "Army troops broke through the militants' lines near Mayadin on Tuesday.",
        "The offensive pushed deeper into the village of Susah on Friday.",
        "The SDF advanced into Shaafah on Monday.",
    ],
)
def test_a_force_or_a_campaign_moving_into_ground_is_a_battle(text: str) -> None:
    found = rule_incidents(Document(text="Report\n\n" + text, published=date(2023, 4, 2)))
    assert [i.event_type.value for i in found] == ["armed_clash"]


@pytest.mark.parametrize(
    "clause",
    [
        # people hit by fire told as a group of them
        "Guards fired at a group of local farmers near the silo in Tall Birak, wounding two.",
        "Soldiers fired on a gathering of elderly mourners outside the mosque in Jadid Akidat.",
        # the fire of a party told with its article
        "A shepherd was hurt by the fire of a militia checkpoint at the entrance to Kasra.",
        # a vehicle word that only qualifies the person shot is no device stopped
        "A truck driver was shot near the bridge in Sabkha on Sunday.",
        "Two car owners were shot at the market of Hajin.",
    ],
)
def test_gunfire_at_people_is_an_attack(clause: str) -> None:
    assert any(h.trigger.event_type is EventType.ATTACK for h in find_triggers(clause)), clause


@pytest.mark.parametrize(
    "clause",
    [
        # no people hit: a blaze, a device stopped, fire at nothing named
        "The warehouse was gutted by the fire of last week, the owner said.",
        "A rigged car was neutralized by our units before it reached Kasra.",
        "A booby-trapped truck driven toward the post was neutralized by our commandos.",
        "The group of engineers fired up the generator at the station in Sabkha.",
        # a blaze of a household thing, told "by the fire of"
        "Two boys died by the fire of a heater in their tent near Jawadiyah.",
        "The bakery in Gharanij was gutted by the fire of a gas cylinder.",
    ],
)
def test_no_gunfire_at_people(clause: str) -> None:
    assert not any(h.trigger.event_type is EventType.ATTACK for h in find_triggers(clause)), clause


@pytest.mark.parametrize(
    "clause",
    [
        # a party that blew up a building or things of others: charges set by hand
        "The jihadists had blown up an old church near Tal Tamr on Monday.",
        "On Friday militants blew up the old mosque of Kasra.",
        "Fighters blew up several vehicles at the eastern gate of the silo.",
    ],
)
def test_a_building_blown_up_by_a_party_is_a_bombing(clause: str) -> None:
    assert any(h.trigger.event_type is EventType.IED for h in find_triggers(clause)), clause


@pytest.mark.parametrize(
    "clause",
    [
        # a vehicle bomb keeps its own type; talks and tempers blow up without charges
        "The cell blew up a booby-trapped car at a post in Hajin.",
        "The talks blew up over the status of the bridge.",
        "The guard blew up at the visitors near the school.",
        # a bridge demolished by a withdrawing force
        "The jihadists blew up the bridge over the river before they withdrew from Kasra.",
        # a row that blew up somewhere; a force's own things blown up as it left
        "A dispute blew up at the school in Tall Hamis over the exam marks.",
        "The departing troops blew up their own vehicles at the airfield of Tabqa.",
        "The retreating unit blew up its headquarters before leaving Sur.",
    ],
)
def test_blowing_up_no_building_is_no_bombing_of_one(clause: str) -> None:
    hits = find_triggers(clause)
    assert not any(h.trigger.event_type is EventType.IED and h.text.lower().startswith("blew") for h in hits), clause


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # drones told as what the struck site keeps or makes do not make the strikes drone strikes
        ("Coalition strikes on Monday hit rocket and drone storage facilities near Hajin.", EventType.AIRSTRIKE),
        ("The strikes destroyed unmanned aerial vehicle storages near Susah on Monday.", EventType.AIRSTRIKE),
        ("Strikes on Monday destroyed a UAV workshop near Hajin.", EventType.AIRSTRIKE),
        # a drone that struck stays the weapon, whatever it struck
        ("A Turkish drone struck a storage depot near Amuda on Monday.", EventType.DRONE_STRIKE),
        ("Turkish UAVs struck a grain depot near Darbasiyah on Monday.", EventType.DRONE_STRIKE),
        ("An unmanned aerial vehicle struck a car near Tal Tamr on Monday.", EventType.DRONE_STRIKE),
    ],
)
def test_drones_kept_at_the_site_struck_are_no_weapon(text: str, expected: EventType) -> None:
    incidents = rule_incidents(Document(text=text, published=date(2024, 2, 6)))
    assert incidents and {incident.event_type for incident in incidents} == {expected}


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # after a passive strike verb the weapons listed are what was struck (the last after a list's ", and" too)
        ("The sites that were struck included depots, rockets, and missiles near Hajin.", ["struck"]),
        ("Positions that were targeted included two mortars and a depot.", ["targeted"]),
        # the weapon the passive names as its instrument, or one with a deed of its own, stays
        ("The village was struck with rockets on Monday.", ["struck", "rockets"]),
        ("The post was hit, and mortar shells later killed two soldiers.", ["post was hit", "mortar shells"]),
        ("Strikes hit the depot, and artillery shelled the town.", ["Strikes", "artillery", "shelled"]),
    ],
)
def test_weapons_listed_after_a_passive_strike_are_what_was_struck(clause: str, expected: list[str]) -> None:
    kept = strikes_over_what_they_destroyed(clause, list(find_triggers(clause)))
    assert [hit.text for hit in kept] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # insurgents storming ground others hold: an assault, fighting, not a security raid
        ("IS militants stormed two hamlets near Markada at dawn on Tuesday.", EventType.ARMED_CLASH),
        ("The jihadists stormed the displaced camp near Susah on Tuesday night.", EventType.ARMED_CLASH),
        # ... on people who bear no arms: violence against civilians
        ("The jihadists stormed a farm near Susah on Tuesday, killing a shepherd.", EventType.ATTACK),
        # a force's storming of a suspect's house stays its raid; unnamed gunmen's is their attack
        ("Security forces stormed a house in Shaddadi on Tuesday and killed a cell leader.", EventType.RAID),
        ("Gunmen stormed a house in Shaddadi on Tuesday, killing a teacher.", EventType.ATTACK),
    ],
)
def test_insurgents_storming_ground_is_fighting(text: str, expected: EventType) -> None:
    incidents = rule_incidents(Document(text=text, published=date(2024, 2, 7)))
    assert [incident.event_type for incident in incidents] == [expected]


@pytest.mark.parametrize(
    "clause",
    [
        "A bomb planted under a lorry in Amuda was defused by the police on Monday.",
        "A mine left on the track near Tell Tamr was dismantled by sappers.",
        "An explosive device hidden in a sack beside the school in Tabqa was safely defused.",
        "A booby-trapped car parked near the clinic was neutralised before it could go off.",
    ],
)
def test_a_device_left_somewhere_then_made_safe_is_no_trigger(clause: str) -> None:
    assert find_triggers(clause) == []


@pytest.mark.parametrize(
    "clause",
    [
        "A bomb planted under a lorry in Amuda exploded on Monday, killing two, and a second was defused.",
        "A bomb planted under a lorry in Amuda killed two before another was defused.",
        "A car bomb left four dead in Amuda where a second charge was defused.",
    ],
)
def test_a_device_that_went_off_before_another_was_made_safe_keeps_its_trigger(clause: str) -> None:
    assert find_triggers(clause) != []


def test_a_controlled_detonation_of_old_ordnance_is_no_trigger() -> None:
    assert find_triggers("Sappers carried out a controlled detonation of old shells outside Amuda.") == []
    assert find_triggers("A controlled explosion was heard near the camp.") == []



@pytest.mark.parametrize(
    "clause",
    [
        "A remote controlled bomb went off in Amuda, killing two men.",
        "A remotely controlled explosive device hit a patrol near Tell Tamr.",
        "A remote-controlled bomb went off in Amuda, killing two men.",
        "ISIS controlled shelling of the quarter killed two.",
    ],
)
def test_a_device_set_off_from_afar_or_a_party_controlled_ground_keeps_its_trigger(clause: str) -> None:
    # "controlled" right before the event word names disposal only before a blast word, not set off from afar
    assert find_triggers(clause) != []


def test_strike_records_are_a_document_not_a_strike() -> None:
    assert find_triggers("Investigators went through the strike records of that week.") == []
    assert find_triggers("Investigators said the strike hit a farm of that village.") != []


@pytest.mark.parametrize(
    "clause",
    [
        "two men on a motorbike shot at an Asayish military vehicle near the bridge",
        "two riders shot at a group of farmers in the orchard",
    ],
)
def test_shot_at_a_vehicle_or_a_group_is_an_attack(clause: str) -> None:
    """"Shot at" a vehicle, a patrol or a group of people is the fire "fired at" tells: an event word of its own."""
    assert any(h.trigger.event_type is EventType.ATTACK and h.text.startswith("shot at") for h in find_triggers(clause))


def test_a_film_shot_at_a_farm_is_no_shooting() -> None:
    """The object of "shot at" must be one fired on: a place where a film was shot is none."""
    assert not any(h.text.startswith("shot at") for h in find_triggers("the crew shot at a farm by the river last spring"))


@pytest.mark.parametrize(
    ("clause", "assault"),
    [
        ("The villages of Bahra and Gharanij near Hajin were attacked by ISIS.", True),
        ("Turkish forces attacked the town of Bahra at dawn.", True),
        ("A bus from the town of Hajin was attacked by ISIS.", False),
        ("Gunmen attacked the village mosque in Bahra.", False),
        ("People of the town of Bahra said their shops were attacked.", False),
    ],
)
def test_tells_village_assault_only_of_the_village_itself(clause: str, assault: bool) -> None:
    assert tells_village_assault(clause) is assault


@pytest.mark.parametrize(
    "clause",
    [
        # the noun: a vaccine's jab, a try
        "the children got their polio shot at the health posts of the camp",
        "the young men saw the vote as a last shot at the homes they lost",
        "the nurse gave each boy a booster shot at the village homes",
        # "shot on" tells where a clip was made
        "a short clip shot on a bus near the market went round the town",
    ],
)
def test_shot_as_a_noun_or_shot_on_is_no_fire_at(clause: str) -> None:
    """Only the verb "shot at" tells the fire: the noun "shot" (a jab, a try) before "at" does not, nor "shot on"
    (where a clip was made)."""
    assert not any(h.text.startswith(("shot at", "shot on")) for h in find_triggers(clause)), clause


@pytest.mark.parametrize(
    "text",
    [
        # the ministry's word in quotes, or with four words before the fighters counted
        "The ministry said its troops “neutralized” at least six PKK militants near Tal Abyad on Sunday.",
        "Our commandos neutralized at least five YPG/PKK terrorists near Ras al-Ain on Sunday.",
        "Five terrorists were “neutralised” near Ras al-Ain on Sunday, the ministry said.",
        # a relative clause set off by commas between the counted and their verb
        "The militants, who were planning an attack, were \u201cneutralised\u201d on Sunday in Tal Abyad, the ministry said.",
    ],
)
def test_the_ministry_s_neutralized_quoted_or_far_from_its_count_is_read(text: str) -> None:
    incidents = rule_incidents(Document(text=text, published=date(2023, 6, 6)))
    assert [i.event_type for i in incidents] == [EventType.ARMED_CLASH]


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, a masked man detonated a bomb outside a bakery in the town of Hajin.",
        "A bomb was detonated outside a bakery in the town of Hajin on Sunday.",
        "A bomb has exploded outside a bakery in the town of Hajin on Sunday.",
        "A bomb, left in a bag by the door, exploded outside a bakery in Hajin on Sunday.",
    ],
)
def test_a_bomb_set_off_or_told_in_the_passive_or_perfect_is_a_planted_device(text: str) -> None:
    incidents = rule_incidents(Document(text=text, published=date(2023, 6, 6)))
    assert [i.event_type for i in incidents] == [EventType.IED]


def test_a_bomb_detonated_as_an_adjective_is_no_second_bombing() -> None:
    text = "The blast in Hajin on Sunday came from a remotely detonated bomb left at the gate."
    incidents = rule_incidents(Document(text=text, published=date(2023, 6, 6)))
    assert len(incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The SDF regained control of the town of Hajin on Sunday.",
        "Tribal fighters restored control over the village of Sabha on Sunday.",
        "Clan gunmen took control of an SDF checkpoint near Sabha on Sunday.",
        "On Sunday, the SDF took full control of a hospital in the town of Hajin.",
    ],
)
def test_ground_taken_back_or_a_guarded_site_taken_is_a_clash(text: str) -> None:
    incidents = rule_incidents(Document(text=text, published=date(2023, 6, 6)))
    assert [i.event_type for i in incidents] == [EventType.ARMED_CLASH]


@pytest.mark.parametrize(
    "text",
    [
        "Police captured a checkpoint guard in Hajin on Sunday.",
        "The new council took control of the hospital staff in Hajin on Sunday.",
    ],
)
def test_a_person_of_a_guarded_site_taken_is_no_ground(text: str) -> None:
    assert rule_incidents(Document(text=text, published=date(2023, 6, 6))) == []


@pytest.mark.parametrize(
    "clause",
    [
        "the fighting took place in the Hajin desert east of the town",
        "Fighting was reported in the countryside of Hajin overnight.",
        "fights focus around the locality of Sabha, on the river bank",
        "fighting had taken place near the village of Sabha",
        "fighting occurred along the road to the dam",
    ],
)
def test_fighting_told_as_happening_or_reported_at_ground_is_a_clash(clause: str) -> None:
    # the noun with a verb of its happening or its report, then ground (also "the locality of X")
    assert typed(clause) == EventType.ARMED_CLASH


@pytest.mark.parametrize(
    "clause",
    [
        "the SDF fights in many places for its goals",
        "the fighting took place on Monday",
        "fights were reported in the press this week",
    ],
)
def test_fighting_happening_needs_ground_and_the_noun(clause: str) -> None:
    assert [h.text for h in find_triggers(clause) if "fight" in h.text.lower()] == []


def test_fighting_reported_at_a_place_with_a_day_is_an_incident() -> None:
    text = "On Sunday, fighting was reported in the village of Sabha near Hajin."
    incidents = rule_incidents(Document(text=text, published=date(2023, 6, 6)))
    assert [i.event_type for i in incidents] == [EventType.ARMED_CLASH]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the ministry's word quoted, in the passive with its agent far after the fighters
        (
            "three PKK members near the hill - some 40 km from the city - were “neutralized” by Turkish forces",
            "were “neutralized” by Turkish",
        ),
        # its other word for the fighters, "element"
        ("the second element was neutralised in the border area", "element was neutralised"),
        # the participle of its result, with a count
        ("the unit closed in on them, neutralizing four of them", "neutralizing four of them"),
        ("the commandos moved in, neutralising 3 PKK militants", "neutralising 3 PKK militants"),
    ],
)
def test_more_forms_of_the_ministry_neutralized_are_event_words(clause: str, expected: str) -> None:
    assert [h.text for h in find_triggers(clause)] == [expected]


def test_neutralizing_as_a_purpose_without_a_count_is_no_event_word() -> None:
    assert find_triggers("the campaign is aimed at neutralizing militants along the border") == []
