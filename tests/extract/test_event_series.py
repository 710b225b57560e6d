"""Events told as a series: list items and "another strike" take the type of the event they continue."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document, EventType


def incidents(text: str):
    return rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))


def test_the_items_of_an_announced_list_take_its_event() -> None:
    text = (
        "The toll of the latest air strikes by Turkish fighter jets on the north-east has risen to 13. "
        "According to the monitor, the toll of these strikes has risen to 13, distributed as follows:\n"
        "-Fighters:\n"
        "Eight were killed in the village of Kishma in the Hasakah countryside.\n"
        "Five were killed in strikes on a post in the village of Jadida.\n"
        "In a separate incident, gunmen shot dead a shepherd in the village of Tabia."
    )
    found = rule_incidents(Document(text=text))
    by_place = {i.primary_toponym.text: i for i in found if i.primary_toponym is not None}
    for place in ("Kishma", "Jadida"):
        assert by_place[place].event_type is EventType.AIRSTRIKE
        assert by_place[place].actor == "Turkish forces"
    assert by_place["Tabia"].event_type is EventType.ATTACK  # the list ended: an event of its own
    assert by_place["Tabia"].actor is None  # unnamed gunmen: no actor, and not the list's Turkish forces


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # "another strike" in the next sentence or a later clause is one more of the kind just told
        (
            (
                "A drone hit a pickup near the village of Tal Tamr on Monday, killing two men. Another strike hit a "
                "house in the town of Amuda, killing a boy."
            ),
            [EventType.DRONE_STRIKE, EventType.DRONE_STRIKE],
        ),
        (
            (
                "Warplanes bombed the town of Hajin on Friday, killing four people, while a second strike on the town "
                "of Susah killed two."
            ),
            [EventType.AIRSTRIKE, EventType.AIRSTRIKE],
        ),
        # "another explosion" after a mine or a car bomb is one more explosive device
        (
            (
                "A landmine exploded near the village of Baghouz on Monday, killing a shepherd. Another explosion "
                "killed two boys near the village of Susah."
            ),
            [EventType.IED, EventType.IED],
        ),
        (
            "A car bomb exploded in the town of Tal Abyad, killing five. A similar blast hit the town of Suluk, wounding two.",
            [EventType.CAR_BOMB, EventType.IED],
        ),
        # ... not after an air strike: an explosion told without its cause stays one
        (
            "Warplanes bombed the town of Hajin on Monday, killing five. Another explosion hit the town of Susah.",
            [EventType.AIRSTRIKE, EventType.OTHER],
        ),
        # a killing by gunmen is no kind to take over: "another attack" keeps its own reading
        (
            "Gunmen shot dead a farmer in the town of Susah on Monday. Another attack in the town of Hajin killed two.",
            [EventType.ATTACK, EventType.ATTACK],
        ),
    ],
)
def test_a_further_event_told_with_a_generic_word_is_of_the_kind_just_told(text: str, types: list) -> None:
    assert [incident.event_type for incident in incidents(text)] == types


@pytest.mark.parametrize(
    "label", ["Targets:", "Sites hit:", "Places hit:", "Targeted facilities:", "Targeted sites:", "Sites struck:"]
)
def test_every_wording_of_a_targets_label_splits_its_list(label: str) -> None:
    # the label's words are one list (lexicon.TARGETS_LABEL_WORDS) for the trigger and the clause splitter alike
    text = f"Turkish drones struck the Qamishli countryside on Monday. {label} the grain silo in Amuda, the power station in Derik."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 1, 16)))
    places = sorted(i.toponyms[0].span.text for i in found if i.toponyms)
    assert "Amuda" in places and "Derik" in places, places


@pytest.mark.parametrize("label", ["Targeted sites:", "Facilities targeted:", "Sites struck:"])
def test_a_list_after_a_targets_label_is_one_strike_per_target(label: str) -> None:
    text = (
        f"Russian jets bombed the Mayadin desert late on Friday. {label} a fuel depot near Tell Baydar, "
        "a bridge at Markada and an oil well in Shaddadi."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 3, 4)))
    places = [i.toponyms[0].span.text for i in found if i.toponyms]
    assert {"Tell Baydar", "Markada", "Shaddadi"} <= set(places), places
    assert all(i.event_type is EventType.AIRSTRIKE for i in found), [i.event_type for i in found]
def _by_place(text: str) -> dict:
    return {i.primary_toponym.text: i for i in incidents(text) if i.primary_toponym is not None}


@pytest.mark.parametrize(
    "text, place, event_type",
    [
        (
            "Turkish warplanes bombed several villages north of Tal Tamr on Sunday. "
            "In Um Keif, a water station was hit and four civilians died.",
            "Um Keif",
            EventType.AIRSTRIKE,
        ),
        (
            "Russian jets pounded the countryside of Maadan on Friday. "
            "A school in the village of Maadan Atiq in the Raqqa countryside was struck, killing three pupils.",
            "Maadan Atiq",
            EventType.AIRSTRIKE,
        ),
        (
            "Turkish drones struck a silo near Amuda on Monday. A second strike set a farm in Tal Hamis ablaze, "
            "and a third targeted a flour mill in Jawadiyah, where one man died.",
            "Jawadiyah",
            EventType.DRONE_STRIKE,
        ),
    ],
)
def test_a_target_hit_with_no_weapon_named_is_one_more_of_the_strikes_just_told(
    text: str, place: str, event_type: EventType
) -> None:
    found = _by_place(text)[place]
    assert found.event_type is event_type
    assert found.actor is not None


def test_the_neutralized_after_a_wave_told_with_no_place_are_its_hits() -> None:
    # the wave has no place (an unplaced count of one operation); the next sentence lists the regions it hit and the
    # fighters it killed, with no means of their own: those strikes
    text = (
        "In response to the bombing in Izmir, air operations were carried out against targets in northern Syria. "
        "21 targets were hit in the operation, among them in the regions of Amuda and Tal Hamis, and 17 "
        "terrorists were neutralized."
    )
    found = incidents(text)
    assert {i.primary_toponym.text for i in found if i.primary_toponym} == {"Amuda", "Tal Hamis"}
    assert all(i.event_type is EventType.AIRSTRIKE for i in found), [i.event_type for i in found]


def test_the_neutralized_after_a_count_of_many_days_keep_their_own_type() -> None:
    # a count of strikes over months is no wave whose hits the next sentence tells
    text = (
        "Coalition air strikes have killed 300 people in the province since June. "
        "On Tuesday, 4 terrorists were neutralized near Amuda after they opened fire on a checkpoint."
    )
    assert all(i.event_type not in (EventType.AIRSTRIKE, EventType.DRONE_STRIKE) for i in incidents(text))


@pytest.mark.parametrize(
    "text, place",
    [
        # the passive names its agent
        (
            "Turkish warplanes bombed several villages north of Tal Tamr on Sunday. "
            "In Um Keif, a shop was targeted by gunmen, wounding its owner.",
            "Um Keif",
        ),
        # the passive names its agent past a second verb: a road death, not a strike
        (
            "Turkish drones struck a car near Amuda on Monday. "
            "Later that day, a cyclist was struck and killed by a lorry in Tal Hamis.",
            "Tal Hamis",
        ),
        # no bombardment told before: a roadside bomb
        (
            "A roadside bomb killed two soldiers near Hajin on Sunday. In Shaafah, a house was struck, killing a woman.",
            "Shaafah",
        ),
        # the strikes told too far back
        (
            "Turkish warplanes bombed several villages north of Tal Tamr on Sunday. Residents fled towards Hasakah. "
            "Schools closed for the week. Aid groups asked for access. In Um Keif, a water station was hit and four "
            "civilians died.",
            "Um Keif",
        ),
    ],
)
def test_a_target_hit_keeps_its_own_type_without_strikes_just_told(text: str, place: str) -> None:
    found = _by_place(text).get(place)
    assert found is None or found.event_type not in (EventType.AIRSTRIKE, EventType.DRONE_STRIKE, EventType.SHELLING)


@pytest.mark.parametrize("bullet", ["- ", "• ", "2) "])
def test_the_bulleted_items_of_a_list_of_the_following_sites_are_its_strikes(bullet: str) -> None:
    text = (
        "Turkish jets have bombed the following sites in the Raqqa countryside since dawn:\n"
        f"{bullet}The grain silos of Jurniyah\n"
        f"{bullet}A position of the SDF at the entrance of the village of Hazima, killing three fighters\n"
        "\n"
        "In the town of Tabqa, gunmen killed a teacher in an attack on his home.\n"
    )
    by_place = {i.primary_toponym.text: i for i in incidents(text) if i.primary_toponym is not None}
    assert by_place["Hazima"].event_type is EventType.AIRSTRIKE  # was 'other': the item names no weapon
    assert by_place["Hazima"].actor == "Turkish forces"
    # the line after the bulleted items is no item: its attack keeps its type, and no actor
    assert by_place["Tabqa"].event_type is EventType.ATTACK
    assert by_place["Tabqa"].actor is None


def test_the_following_words_announce_no_list_without_a_colon() -> None:
    text = (
        "Turkish jets bombed the following day the grain silos of Jurniyah in the Raqqa countryside.\n"
        "- A teacher was killed by gunmen near the village of Hazima\n"
    )
    by_place = {i.primary_toponym.text: i for i in incidents(text) if i.primary_toponym is not None}
    assert by_place["Hazima"].event_type is not EventType.AIRSTRIKE


def _series_mentions(text: str) -> list:
    """The event mentions of ``text`` after the series rules (rule 0d), in text order."""
    from mapapp.extract.event_series import type_further_events
    from mapapp.extract.mentions import read_sentence
    from mapapp.extract.sentences import split_sentences

    readings = [read_sentence(text, sentence, [], None) for sentence in split_sentences(text)]
    type_further_events(readings)
    return [mention for reading in readings for mention in reading.mentions]


def test_a_part_of_the_events_just_counted_is_one_of_them() -> None:
    mentions = _series_mentions(
        "Islamic State militants attacked the town of Tabqa with three car bombs on Monday night. One of the bombs "
        "went off at a roundabout, while the other struck a school used by the SDF in the Mashlab district."
    )
    part = next(m for m in mentions if m.trigger_word == "struck")
    assert part.event_type is EventType.CAR_BOMB  # was 'attack', by the SDF it hit
    assert part.actor == "ISIS"


@pytest.mark.parametrize(
    "text",
    [
        # a single event told before: "the other" is no part of it
        "A car bomb exploded in the town of Tabqa on Monday. The other struck a school in the village of Jurniyah.",
        # the part is one of the people, not of the events
        (
            "Warplanes carried out two air strikes on the town of Hajin on Monday. One of the shepherds was struck "
            "by gunmen in the village of Susah."
        ),
        # the events told too far back
        (
            "Militants struck the town of Tabqa with two car bombs on Monday. The council met on Tuesday. The market "
            "reopened on Wednesday. The other struck a school in the village of Jurniyah."
        ),
    ],
)
def test_no_part_of_counted_events_without_them(text: str) -> None:
    part = _series_mentions(text)[-1]
    assert part.event_type not in (EventType.CAR_BOMB, EventType.AIRSTRIKE)


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # an event likened to the report's lead with a generic word is of the lead's kind
        (
            "Two men died on Monday when a Turkish drone hit a van near the village of Susah. The newest strike came "
            "one day after a similar attack near the town of Hajin, which injured a guard of the Asayish.",
            [EventType.DRONE_STRIKE, EventType.DRONE_STRIKE],
        ),
        (
            "Gunmen shot at a policeman in the town of Hajin on Monday, killing him. It follows by some days "
            "a similar attack in the town of Susah in which a soldier was wounded.",
            [EventType.ATTACK, EventType.ATTACK],
        ),
        # a likened event told with a word of its own kind keeps it
        (
            "A landmine exploded near the village of Baghouz on Monday, killing a shepherd. A similar bombing hit the "
            "town of Susah in May 2019, killing several guards.",
            [EventType.IED, EventType.OTHER],
        ),
        # a likened event that names another party than the lead's keeps its own reading
        (
            "Coalition jets bombed a hideout near the village of Baghouz on Sunday. A similar attack by tribal fighters "
            "on an SDF post in the town of Susah on Saturday killed one.",
            [EventType.AIRSTRIKE, EventType.ARMED_CLASH],
        ),
        # an attack not likened keeps its own reading
        (
            "A Turkish drone hit a van by the village of Susah on Monday, killing two. Gunmen attacked a "
            "checkpoint of the Asayish in the town of Hajin, wounding a member.",
            [EventType.DRONE_STRIKE, EventType.ARMED_CLASH],
        ),
    ],
)
def test_an_event_likened_to_the_lead_is_of_its_kind(text: str, types: list) -> None:
    assert [incident.event_type for incident in incidents(text)] == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a death by stray fire told right after a fight is that fight's casualty, an incident of its own
        (
            "Gunmen stormed a post of the SDF in Hamra village at dawn, killing two fighters. In the town of Kabir, a "
            "farmer died when a stray bullet hit him.",
            [EventType.ARMED_CLASH, EventType.ARMED_CLASH],
        ),
        # stray fire with a cause of its own, or after an event that is no fight, keeps its reading
        (
            "Gunmen stormed a post of the SDF in Hamra village at dawn, killing two fighters. In the town of Kabir, a "
            "woman died from a stray bullet fired at a wedding.",
            [EventType.ARMED_CLASH, EventType.ATTACK],
        ),
        (
            "Turkish drones hit a van by the village of Hamra, killing two. In the town of Kabir, a boy was killed "
            "by a stray bullet.",
            [EventType.DRONE_STRIKE, EventType.ATTACK],
        ),
        # stray fire of another day than the fight's is not its casualty
        (
            "Tribal fighters and the SDF fought in the village of Hamra on Sunday. In the town of Kabir, a girl was "
            "killed by a stray bullet on Thursday.",
            [EventType.ARMED_CLASH, EventType.ATTACK],
        ),
    ],
)
def test_a_death_by_stray_fire_after_a_fight_is_its_casualty(text: str, types: list) -> None:
    assert [incident.event_type for incident in incidents(text)] == types


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # stray fire at the fight's own place, on its day: the fight's casualty, added to its toll
        (
            "Fighting erupted between the SDF and tribal gunmen in the village of Jadid Ekeidat on Tuesday, killing "
            "three fighters. A boy was also killed by a stray bullet in Jadid Ekeidat.",
            4,
            None,
        ),
        # the first of the fight's places, told as a bulletin's prose
        (
            "Tribal gunmen fought the SDF in Jadid Ekeidat, Swaidan and Diban today; four fighters died. Also, a girl was "
            "killed by stray fire in Jadid Ekeidat.",
            5,
            None,
        ),
        # no place of its own, after a raid that met gunfire
        (
            "US forces raided a home in the village of Kharita on Friday, killing a wanted man. Residents heard heavy "
            "gunfire, and a woman was wounded by a stray round.",
            1,
            1,
        ),
    ],
)
def test_stray_fire_at_the_fights_own_place_is_its_casualty(text: str, killed: int, injured: int | None) -> None:
    found = incidents(text)
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.low == killed
    assert (found[0].injured.low if found[0].injured is not None else None) == injured


@pytest.mark.parametrize(
    "text",
    [
        # at another of the fight's places: an incident of its own there
        "Tribal gunmen fought the SDF in Jadid Ekeidat, Swaidan and Diban today; four fighters died. In Swaidan, a girl "
        "was killed by stray fire.",
        # a cause of its own at the same place
        "Fighting erupted between the SDF and tribal gunmen in the village of Jadid Ekeidat on Tuesday, killing three "
        "fighters. A boy was killed in Jadid Ekeidat by a stray bullet fired at a wedding.",
        # another day
        "Fighting erupted between the SDF and tribal gunmen in the village of Jadid Ekeidat on Tuesday, killing three "
        "fighters. A boy was killed on Saturday by a stray bullet in Jadid Ekeidat.",
        # after a strike, no fight
        "A Turkish drone hit a car in the village of Jadid Ekeidat on Tuesday, killing three fighters. A boy was also "
        "killed by a stray bullet in Jadid Ekeidat.",
        # told as a report of its own ("Separately", "In another incident")
        "Gunmen and Asayish members traded fire in Tal Hamis on Sunday, leaving one gunman dead. Separately, an old man "
        "was killed in Tal Hamis by a stray bullet.",
        "Gunmen and Asayish members traded fire in Tal Hamis on Sunday, leaving one gunman dead. In another incident, "
        "a shepherd was hit by a stray round in Tal Hamis.",
    ],
)
def test_stray_fire_elsewhere_or_with_a_cause_or_day_of_its_own_stays_apart(text: str) -> None:
    assert len(incidents(text)) == 2


def test_the_strikes_told_again_to_list_what_they_hit_are_of_their_kind() -> None:
    text = (
        "Unknown aircraft carried out several strikes on militia posts in the countryside of Mayadin on Friday night. "
        "The strikes hit an arms depot in Hatla and a house in Marrat, local sources said."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 3, 4)))
    assert {i.toponyms[0].span.text: i.event_type for i in found if i.toponyms[0].span.text in ("Hatla", "Marrat")} == {
        "Hatla": EventType.AIRSTRIKE,
        "Marrat": EventType.AIRSTRIKE,
    }


@pytest.mark.parametrize(
    "text",
    [
        # strikes of another party named in the clause keep their own reading
        "Turkish drones struck Amuda on Monday. The strikes by ISIS cells on the prison guards killed two in Hasakah.",
        # no strikes told before: nothing to take over
        "The strikes hit an arms depot in Hatla and a house in Marrat, local sources said.",
    ],
)
def test_the_strikes_take_no_kind_without_the_strikes_just_told_by_their_party(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 3, 4)))
    assert EventType.AIRSTRIKE not in {i.event_type for i in found}
    assert all(i.event_type is not EventType.DRONE_STRIKE or i.toponyms[0].span.text == "Amuda" for i in found)


def _at(text: str, place: str):
    """The incident of ``text`` one of whose places is ``place`` (None when none is)."""
    return next((i for i in incidents(text) if place in {t.text for t in i.toponyms}), None)


@pytest.mark.parametrize(
    "text, place, event_type",
    [
        # a strike word told on its own, with no weapon, right after the strikes (a thread's numbered lines)
        (
            "Turkish airstrikes overnight across the north-east.\n"
            "1/ Strikes were reported near Tal Hamis and Jawadiyah.\n"
            "2/ In the Rmelan countryside, a water plant near Kahtaniya was hit, and 4 workers died.",
            "Kahtaniya",
            EventType.AIRSTRIKE,
        ),
        # the party that struck named again, without its drones, over two targets
        (
            "Turkish drones struck a bakery in Amuda on Tuesday. "
            "The occupation also targeted a silo near Tal Hamis and the Kahtaniya water plant.",
            "Kahtaniya",
            EventType.DRONE_STRIKE,
        ),
        (
            "Today, Turkish warplanes bombed a camp near Hasakah. "
            "They also struck a mill near Tal Hamis and a power plant in the village of Kahtaniya.",
            "Kahtaniya",
            EventType.AIRSTRIKE,
        ),
        # the second of the strikes just told, after the first hit an armed party
        (
            "Two people died in Turkish drone strikes on Derbasiyah and Tal Hamis on Friday. The first strike hit a car "
            "near Derbasiyah, killing two Asayish members, and the second targeted a farm in Tal Hamis, killing a man.",
            "Tal Hamis",
            EventType.DRONE_STRIKE,
        ),
    ],
)
def test_a_strike_told_without_its_weapon_continues_the_strikes_just_told(
    text: str, place: str, event_type: EventType
) -> None:
    found = _at(text, place)
    assert found is not None
    assert found.event_type is event_type
    assert found.actor == "Turkish forces"


@pytest.mark.parametrize(
    "text, place",
    [
        # the reply of the party struck: its own strike
        (
            "Turkish drones struck a bakery in Amuda on Tuesday. "
            "In response, our forces targeted an occupation base near Tal Hamis and a post in Kahtaniya.",
            "Kahtaniya",
        ),
        # attackers on the ground named
        (
            "Turkish drones struck a bakery in Amuda on Tuesday. "
            "Unknown gunmen targeted a car near Tal Hamis and a shop in Kahtaniya, wounding two men.",
            "Kahtaniya",
        ),
        # another party as the subject
        (
            "Turkish drones struck a bakery in Amuda on Tuesday. "
            "The SDF targeted a faction post near Tal Hamis and a depot in Kahtaniya.",
            "Kahtaniya",
        ),
        # a weapon of the ground named in the clause
        (
            "Turkish drones struck a bakery in Amuda on Tuesday. "
            "A shepherd near Tal Hamis and a farmer in Kahtaniya were hit by bullets and died.",
            "Kahtaniya",
        ),
    ],
)
def test_a_strike_of_its_own_party_or_means_keeps_its_reading(text: str, place: str) -> None:
    found = _at(text, place)
    assert found is None or found.event_type is not EventType.DRONE_STRIKE, found.event_type


@pytest.mark.parametrize("joiner", [", and ", ". In the strikes, "])
def test_a_neutralization_with_no_means_after_an_air_operation_is_its_strikes(joiner: str) -> None:
    text = (
        "Last night our jets conducted air operations on terrorist hideouts in northern Syria. "
        f"25 shelters in the Amuda and Derbasiyah regions were hit{joiner}a large number of terrorists were neutralized."
    )
    found = _at(text, "Derbasiyah")
    assert found is not None
    assert found.event_type is EventType.AIRSTRIKE


@pytest.mark.parametrize(
    "text, place",
    [
        # one more line of a list of neutralizations, each told with its own means or none
        (
            "4 terrorists who opened fire near Tal Abyad were neutralized by our UAVs. "
            "In the Olive Branch zone, 2 terrorists trying to sneak in near Marea were neutralized.",
            "Marea",
        ),
        # its own means named after the place
        (
            "Last night our jets conducted air operations on terrorist hideouts in northern Syria. "
            "Separately, 3 terrorists were neutralized near Marea by our commandos.",
            "Marea",
        ),
    ],
)
def test_a_neutralization_with_its_own_means_or_in_a_list_keeps_its_reading(text: str, place: str) -> None:
    found = _at(text, place)
    assert found is not None
    assert found.event_type is EventType.ARMED_CLASH, found.event_type


@pytest.mark.parametrize("opener", ["Elsewhere, ", "In a separate incident, "])
def test_a_strike_without_its_weapon_told_as_a_separate_report_is_not_one_more_of_the_strikes(opener: str) -> None:
    text = (
        "Turkish drones struck a truck near Derik on Sunday. "
        f"{opener}an army position near Busayrah was targeted, killing three soldiers."
    )
    found = _at(text, "Busayrah")
    assert found is not None
    assert found.event_type is not EventType.DRONE_STRIKE, found.event_type
    assert found.actor != "Turkish forces"


@pytest.mark.parametrize(
    "second",
    [
        "On Thursday, a government checkpoint was targeted near Markada, killing two soldiers.",
        "Three days earlier, a post of the council was hit near Tal Tamr, killing a guard.",
    ],
)
def test_a_strike_without_its_weapon_told_on_another_day_is_not_one_more_of_the_strikes(second: str) -> None:
    text = f"Turkish drones struck a truck near Derik on Sunday. {second}"
    found = next(i for i in incidents(text) if "Derik" not in {t.text for t in i.toponyms})
    assert found.event_type is not EventType.DRONE_STRIKE, found.event_type


def test_a_neutralization_of_those_who_acted_on_the_ground_is_not_the_air_operation() -> None:
    text = (
        "Last night our jets conducted air operations on terrorist hideouts in northern Iraq. "
        "In the Olive Branch area, 5 terrorists who attempted to sneak towards our positions were neutralized."
    )
    found = incidents(text)
    assert found
    assert all(i.event_type is not EventType.AIRSTRIKE for i in found), [i.event_type for i in found]


def test_a_strike_without_its_weapon_takes_the_day_of_the_strikes_so_a_dated_strike_at_its_place_stays_apart() -> None:
    text = (
        "Turkish drones bombed a bakery in Amuda on Sunday. The occupation also targeted a school near Kahtaniya. "
        "On Friday, Turkish drones struck a mill in Kahtaniya, wounding two workers."
    )
    at_kahtaniya = [i for i in incidents(text) if "Kahtaniya" in {t.text for t in i.toponyms}]
    assert sorted(i.date.value.isoformat() for i in at_kahtaniya) == ["2024-05-03", "2024-05-05"]


def test_a_neutralization_after_strikes_dated_by_the_attack_they_answer_takes_no_day_of_that_attack() -> None:
    text = (
        "After the bombing in Istanbul on 3 May, our jets conducted air operations on terrorist hideouts in northern "
        "Syria tonight. 20 targets in the Amuda and Derbasiyah regions were struck, and a large number of terrorists were "
        "neutralized."
    )
    found = _at(text, "Derbasiyah")
    assert found is not None
    assert found.date.value == datetime.date(2024, 5, 8), found.date


@pytest.mark.parametrize(
    ("after_colon", "indent"),
    [
        ("\n", ""),
        # (a line's blanks after the colon, and bullets indented: lines as the other list readers tell them)
        ("  \n", ""),
        ("\n", "   "),
        ("\n\n", "\t"),
    ],
)
def test_the_bulleted_places_struck_under_a_strike_line_are_its_strikes(after_colon: str, indent: str) -> None:
    text = (
        "Turkish drones struck three sites near the border on Sunday night:" + after_colon
        + indent + "- a grain silo near Gharduqa\n"
        + indent + "- the water station in Tal Baydar, two workers hurt\n"
        + indent + "- a car repair shop outside Kobani\n"
        "The SDF condemned the attacks."
    )
    found = incidents(text)
    assert [(i.event_type, i.actor) for i in found] == [(EventType.DRONE_STRIKE, "Turkish forces")] * 3
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Gharduqa", "Tal Baydar", "Kobani"]
    assert {str(i.date.value) for i in found if i.date} == {"2024-05-05"}  # the strikes' day, told in the head


@pytest.mark.parametrize(
    "text",
    [
        # no strike announces the list
        "Aid convoys reached the following villages on Sunday:\n- a school in Tal Baydar\n- a mosque near Gharduqa\n",
        "Families who fled are staying in:\n- a school in Tal Baydar\n- a mosque near Gharduqa\n",
        # strikes only threatened: their items are not strikes either
        "Ankara threatened to bomb these sites if the talks fail:\n- a grain silo near Gharduqa\n- the water station in "
        "Tal Baydar\n",
    ],
)
def test_bulleted_places_under_no_strike_told_are_no_incidents(text: str) -> None:
    assert incidents(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a strike told at its own place, then a colon before lines that list other places (shelters, hospitals)
        (
            "After jets struck Tal Tamr on Monday, displaced families were sheltered in:\n- a school in Tal Baydar\n"
            "- a mosque near Gharduqa\n"
        ),
        (
            "Shelling hit Hajin overnight; the wounded were taken to:\n- the national hospital in Qamishli\n"
            "- a clinic in Amuda\n"
        ),
    ],
)
def test_bulleted_places_under_a_strike_told_at_its_own_place_are_not_its_strikes(text: str) -> None:
    assert len(incidents(text)) == 1


def test_a_strike_line_naming_its_place_that_announces_the_following_sites_heads_them() -> None:
    # (the narrowing above keeps a head that says it lists its sites)
    text = "Drones struck the following sites near Qamishli on Sunday:\n- a grain silo near Gharduqa\n- a depot in Amuda\n"
    found = incidents(text)
    assert [i.primary_toponym.text for i in found if i.primary_toponym][-2:] == ["Gharduqa", "Amuda"]


def test_a_strike_line_with_trailing_blanks_still_heads_its_places_struck() -> None:
    text = "Jets struck two sites east of the river on Friday:   \n- a fuel depot near Gharduqa\n- a bridge in Tal Baydar\n"
    found = incidents(text)
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Gharduqa", "Tal Baydar"]
