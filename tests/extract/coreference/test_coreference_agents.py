"""Agents (:mod:`mapapp.extract.coreference.agents`): claims, attributions and agents taken from a recent cluster."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document, EventType
from tests.extract.reading import incidents


def test_a_further_report_of_the_same_type_takes_the_agent_of_the_one_just_told() -> None:
    first = "Turkish forces shelled the village of Umm Harmala on Monday, wounding two civilians.\n"
    added = rule_incidents(Document(text=first + "Moreover, a soldier was wounded by shelling on Tal Shamiran village."))
    assert [(i.event_type.value, i.actor) for i in added] == [("shelling", "Turkish forces"), ("shelling", "Turkish forces")]
    # (without the additive opening the shelling campaign's party carries too: document_agents.inherit_campaign_agent)
    # not for another type of event
    other = rule_incidents(Document(text=first + "Moreover, a landmine exploded in Tal Shamiran village, wounding a boy."))
    assert other[1].event_type.value == "ied" and other[1].actor is None


def test_a_generic_attack_by_the_agent_of_a_drone_strike_just_told_is_a_drone_strike() -> None:
    drone = "A Turkish drone struck a car near Tal Shamiran on Monday, killing two men.\n"
    series = rule_incidents(Document(text=drone + "The next day the village of Umm Harmala was attacked by Turkish forces."))
    assert [i.event_type.value for i in series] == ["drone_strike", "drone_strike"]
    # another agent's attack, or one told far from the strike, keeps the generic type
    other = rule_incidents(Document(text=drone + "The next day the village of Umm Harmala was attacked by ISIS."))
    assert other[1].event_type.value == "armed_clash"  # (a named party's assault on a village: fighting)
    ground = rule_incidents(Document(text=drone + "The next day Turkish troops attacked Umm Harmala with tanks."))
    assert ground[1].event_type.value == "attack"
    filler = "The region has seen heavy fighting for years.\n" * 4
    far = rule_incidents(
        Document(text=drone + filler + "The next day the village of Umm Harmala was attacked by Turkish forces.")
    )
    assert far[-1].event_type.value == "armed_clash"  # (its own reading: a named party's assault on a village)


def test_definite_strikes_take_the_actor_of_strikes_told_without_specifics_just_before() -> None:
    found = incidents(
        "Turkish airstrikes have cut the power of dozens of villages in the north.\n\n"
        "The airstrikes targeted a power station in the countryside of Amuda on Sunday."
    )
    assert len(found) == 1
    assert found[0].actor == "Turkish forces"


def test_actor_of_strikes_told_long_before_is_the_reports_one_striker() -> None:
    # (not carried by coreference past its window; the report names no other striker of air strikes, so its one
    # striker is taken: document_agents.inherit_document_striker)
    found = incidents(
        "Turkish airstrikes have cut the power of dozens of villages in the north.\n\n"
        "Repairs will take weeks, engineers said.\n\nThe grid is old.\n\nCrews are short of parts.\n\n"
        "The airstrikes targeted a power station in the countryside of Amuda on Sunday."
    )
    assert len(found) == 1
    assert found[0].actor == "Turkish forces"


def test_actor_of_strikes_told_long_before_is_not_taken_past_another_striker() -> None:
    found = incidents(
        "Russian jets bombed a depot near Tal Ward on Friday.\n\n"
        "Turkish airstrikes have cut the power of dozens of villages in the north.\n\n"
        "Repairs will take weeks, engineers said.\n\nThe grid is old.\n\nCrews are short of parts.\n\n"
        "The airstrikes targeted a power station in the countryside of Amuda on Sunday."
    )
    assert [i.actor for i in found if any("Amuda" in t.text for t in i.toponyms)] == [None]


def test_a_loosely_named_actor_gives_way_to_the_one_the_event_was_just_told_with() -> None:
    text = (
        "American forces captured two ISIS members in a raid in eastern Syria, the latest of many operations in "
        "recent months.\nThe raid in Hajin captured two men described as ISIS facilitators."
    )
    found = rule_incidents(Document(text=text))
    assert [(i.event_type.value, i.actor) for i in found] == [("raid", "US-led coalition")]


def test_a_statement_naming_the_agent_of_the_event_just_told_is_that_event() -> None:
    text = (
        "On May 2, a drone targeted a school in the village of Umm Harmala.\n"
        "A day later, the administration said that the attack was carried out by a Turkish drone."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [(i.event_type.value, i.actor, len(i.evidence)) for i in found] == [("drone_strike", "Turkish forces", 2)]
    # a habitual remark names no agent of the event
    habitual = rule_incidents(
        Document(text="On May 2, a landmine exploded in the village of Umm Harmala.\nISIS often plants mines in the area.")
    )
    assert [(i.event_type.value, i.actor) for i in habitual] == [("ied", None)]


def _actors_by_place(text: str) -> dict[str, str | None]:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 6)))
    return {t.text: i.actor for i in found for t in i.toponyms}


def test_a_claimed_killing_names_its_agent_and_keeps_the_events_day() -> None:
    found = rule_incidents(
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
    found = {t.text: i for i in rule_incidents(Document(text=text, published=datetime.date(2024, 3, 9))) for t in i.toponyms}
    assert (found["Tal Ward"].event_type, found["Tal Ward"].actor) == (event_type, actor)


def test_a_list_headed_by_its_attacker_gives_the_attacker_to_items_with_events_of_their_own() -> None:
    text = (
        "Over the last day, the regime army attacked our positions as follows:\n\n"
        "- Tal Ward: the village was hit with 20 mortar shells. A woman was wounded in Tal Ward.\n"
        "- Khirbet Ruz: a drone struck a car near the village, killing two fighters.\n"
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 10)))
    assert [(i.event_type, i.actor) for i in found] == [
        (EventType.SHELLING, "Syrian army"),
        (EventType.DRONE_STRIKE, "Syrian army"),
    ]
    # a list whose head names no attacker gives none
    unnamed = text.replace("the regime army attacked our positions", "attacks on our positions went on")
    assert [i.actor for i in rule_incidents(Document(text=unnamed, published=datetime.date(2024, 5, 10)))] == [None, None]


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


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("A car bomb exploded near a checkpoint in Shaddadi on Monday, killing two soldiers. The Islamic State claimed the bombing.", "claimed"),
        ("Gunmen shot dead a council member in Shaddadi on Monday. ISIS claimed responsibility for the killing on its channels.", "claimed"),
    ],
)
def test_a_claim_names_the_agent_of_the_event_just_told_but_is_not_its_evidence(text: str, claim: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 1)))
    assert len(found) == 1
    assert found[0].actor == "ISIS"
    assert all(claim not in span.text for span in found[0].evidence)


def test_an_agent_told_in_the_passive_stays_evidence() -> None:
    text = "A mine exploded near a car in Shaddadi on Monday, killing two men. The mine was planted by ISIS, officials said."
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 1)))
    assert len(found) == 1 and found[0].actor == "ISIS"
    assert any("planted by" in span.text for span in found[0].evidence)


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
