"""Background filter, specificity: what makes a mention specific enough to open an incident.

The rules of :mod:`mapapp.extract.background.specificity`, read through the whole extraction.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document, EventType
from tests.extract.reading import count, read


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes struck a house in the village of Gharanij on Monday.",  # place + date
        "A roadside bomb killed three soldiers on the road to Shaddadi.",  # figure
        "Coalition aircraft struck ISIS positions in Deir ez-Zor province.",  # one governorate, simple past
        # background wording, but two specifics: a date and a named place
        "The coalition has on occasions struck Syrian army sites, the latest of which was on May 24 near Abu Kamal.",
        "The coalition, which has repeatedly been accused of killing civilians, struck a school in Hajin, killing 12 people.",
        # a statement that reports a concrete attack with a figure
        "The ministry condemned the car bomb that killed eight civilians in Tal Abyad on Sunday.",
        # an accusation that tells its event with a toll and a day reports it
        "The SDF accused Turkish forces of shelling the village of Zor on Monday, killing two civilians.",
    ],
)
def test_specific_report_is_an_incident(text: str) -> None:
    assert count(text) == 1


def test_an_event_dated_against_one_told_before_is_specific() -> None:
    text = (
        "A car bomb killed six people in the town of Shaddadi on March 3.\n\n"
        "Four days later, another bomb targeted an army convoy in Hasakah province."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2019, 3, 20)))
    assert len(found) == 2
    assert found[1].date is not None and found[1].date.value == datetime.date(2019, 3, 7)


def test_a_campaign_sentence_that_lists_its_targets_is_specific() -> None:
    text = "Turkish drones continued their attacks for a third day, targeting a power plant in Amuda and a silo near Derik."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 1, 15)))
    assert [i.toponyms[0].span.text for i in found] == ["Amuda", "Derik"]


@pytest.mark.parametrize(
    "text",
    [
        "Near Kherbet Zafer village, four PKK/YPG terrorists were neutralized by our commandos.",
        "Yesterday two PKK/YPG terrorists who were approaching the outpost near Ain Issa were neutralized by our "
        "air-ground fire support.",
    ],
)
def test_a_weak_event_word_with_a_place_and_a_party_in_its_own_voice_is_specific(text: str) -> None:
    incidents = read(text)
    assert [i.event_type for i in incidents] == [EventType.ARMED_CLASH], text
    assert incidents[0].actor in ("Turkish forces", "PKK/YPG")  # (one side of the fight)


@pytest.mark.parametrize(
    "text",
    [
        "Our forces will keep neutralizing terrorists wherever they hide.",
        "The ministry said 31 terrorists were neutralized by our units in the past week.",
    ],
)
def test_a_party_in_its_own_voice_does_not_make_a_count_or_a_vow_an_incident(text: str) -> None:
    assert read(text) == [], text


def test_the_targets_of_weakly_told_strikes_listed_each_with_its_place_are_specific() -> None:
    # "the strikes" names no day and no party, but each hit is told with its own place
    text = "Officials said the strikes hit a gas plant near Tal Hamis, a power station in Zirgan and a depot outside Kasra."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [i.toponyms[0].text for i in found] == ["Tal Hamis", "Zirgan", "Kasra"]
    # one target so told, or places named beside no hit, are still not specific enough
    assert count("Officials said the strikes hit a gas plant near Tal Hamis.") == 0
    assert count("Officials said the attacks on Tal Hamis and Zirgan must stop.") == 0


@pytest.mark.parametrize(
    "text",
    [
        # one explosion told as what hit a site at a named place, with no day, party or toll
        "An explosion of unknown cause hit a fuel depot in Shaddadi.",
        "Monitors reported a huge blast in the vicinity of the Jafra field.",
        "- Hajin: A mine killed a herder.\n- Shaafah: An explosion rocked a grain warehouse in the town.",
    ],
)
def test_one_explosion_told_at_its_place_is_an_incident_without_a_day(text: str) -> None:
    found = read(text)
    assert [i.event_type for i in found][-1] is EventType.OTHER


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # one bomb, device or explosion told going off at a named place, with no day, party or toll
        ("Our reporter: a bomb went off near a pharmacy in the Al-Qusur quarter, casualties unknown.", EventType.IED),
        ("Al-Shuhail: Bomb went off near the Jadid Baggara school, material damage only.", EventType.IED),
        ("Meanwhile, a gas tank explosion took place in Al-Kasra, and its cause is not known.", EventType.OTHER),
    ],
)
def test_one_bomb_told_going_off_at_its_place_is_an_incident_without_a_day(text: str, event_type: EventType) -> None:
    assert [i.event_type for i in read(text)] == [event_type]


@pytest.mark.parametrize(
    "text",
    [
        "Bombs often go off in the markets of Gharanij.",  # a pattern, in the plural
        "Residents fear a bomb could go off in Gharanij before the vote.",  # feared
        "Since a bomb went off near the Hal mosque in Mayadin, the market has stayed shut.",  # background of a statement
        "Two years ago a bomb went off near a school in Mayadin.",  # a past event
    ],
)
def test_a_bomb_not_told_as_one_event_of_the_report_stays_out(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Traders fear an explosion at the fuel depot in Shaddadi.",  # feared, not told as happened
        "A loud explosion was heard near Shaddadi.",  # heard: its own class (no cause, no site)
        "Explosions hit Shaddadi most weeks.",  # a pattern, in the plural
        "Three years ago, an explosion hit a fuel depot in Shaddadi.",  # a past event
        "Since an explosion hit the fuel depot in Shaddadi, traders have moved out.",  # background of a statement
        "Explosions near Shaddadi could hit the depot, the council warned.",  # a warning
    ],
)
def test_an_explosion_not_told_as_one_event_of_the_report_stays_out(text: str) -> None:
    assert read(text) == []


def test_a_release_strike_told_by_a_weak_word_at_a_place_after_the_partys_strikes_is_an_incident() -> None:
    text = (
        "Briefing\n\nOver the past 24 hours, Russian aircraft struck 90 terrorist facilities in Deir ez-Zor province. "
        "Near Sabkha, strikes eliminated an ammunition depot."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert [(i.event_type, i.primary_toponym.text if i.primary_toponym else None, i.actor) for i in found] == [
        (EventType.AIRSTRIKE, "Sabkha", "Russian forces")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no party's strikes told before
        "Briefing\n\nOver the past 24 hours, many terrorist facilities were hit. Near Sabkha, strikes eliminated a depot.",
        # where a witness stood, hearing the strikes told before
        "Briefing\n\nOn Monday, Russian jets struck Maadan. A reporter in Sabkha heard heavy bombardment.",
    ],
)
def test_a_weak_strike_word_at_a_place_with_no_partys_strikes_before_or_only_heard_is_no_incident(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert "Sabkha" not in [i.primary_toponym.text for i in found if i.primary_toponym]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weak event word at a named place, with no day, party or toll, in a report the text sets apart
        ("Separately, a blast occurred near a water station in Sabha, causing only damage.", EventType.OTHER),
        ("Elsewhere, rebel fighters said they had taken control of a hill north of Ain Issa.", EventType.ARMED_CLASH),
        (
            "The SDF repelled an attack on Markada on Monday, killing two assailants. "
            "In a separate incident, a blast occurred near a bakery in Sabha.",
            EventType.OTHER,
        ),
    ],
)
def test_a_report_set_apart_at_a_named_place_is_an_incident(text: str, expected: EventType) -> None:
    found = read(text)
    assert found and found[-1].event_type is expected
    assert found[-1].toponyms[0].text in {"Sabha", "north of Ain Issa"}


@pytest.mark.parametrize(
    "text",
    [
        "Separately, blasts occur near the depots of Sabha every summer.",  # what recurs
        "Separately, a blast occurred in Deir ez-Zor province.",  # a governorate only
        "Separately, the council said an explosion near the Sabha station could hit homes.",  # feared
        "Elsewhere, residents heard an explosion near Sabha.",  # heard
        "A blast occurred near a water station in Sabha, causing only damage.",  # not set apart: as before
    ],
)
def test_a_report_set_apart_needs_a_place_and_an_event_that_happened(text: str) -> None:
    assert read(text) == []


def test_a_stated_zero_of_the_event_named_again_opens_no_incident() -> None:
    # "no one was hurt in the Tanf attack" names the attack told paragraphs before; its zero reports no new event
    text = (
        "A drone attack against the al-Tanf garrison in eastern Syria killed four guards on Monday, officials said.\n\n"
        "A militia group claimed the attack. It said it had also fired at a base in Iraq, claims that could not be "
        "verified.\n\n"
        "The strike came days after US forces hit targets in Iraq in retaliation for the deaths of two soldiers in "
        "Jordan.\n\n"
        "A spokesman said no one was hurt in the Tanf attack.\n"
    )
    incidents = rule_incidents(Document(text=text, published=datetime.date(2024, 2, 5)))
    assert not any(i.killed is not None and i.killed.high == 0 for i in incidents)
    assert any(i.killed is not None and i.killed.low == 4 for i in incidents)


def test_a_stated_zero_with_its_own_event_still_opens_one() -> None:
    # (negative: an indefinite event told with its zero is an event of its own)
    text = "Mortar shells hit the village of Kasra near Deir ez-Zor on Sunday; no one was hurt.\n"
    incidents = rule_incidents(Document(text=text, published=datetime.date(2024, 2, 5)))
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.high == 0


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # one hit told in the simple past at a named place, with no day, party or toll: active, its object after it
        ("Drones covered the push, and one of them struck an SDF car near the village of Maadan.", "Maadan"),
        # passive, what was hit its subject
        ("Local sources said a bakery and a fuel station were hit in the Zirgan area.", "Zirgan"),
        ("Targets in the Amuda area were struck, the ministry said.", "Amuda"),
    ],
)
def test_one_hit_told_in_the_simple_past_at_a_named_place_is_an_incident(text: str, place: str) -> None:
    found = read(text)
    assert [i.primary_toponym.text if i.primary_toponym else None for i in found] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Drones have struck cars near Maadan in recent months.",  # a perfect: a summary
        "Positions near Zirgan could be targeted, the council warned.",  # feared
        "A bakery near Zirgan was not hit, residents said.",  # denied
        "Convoys near Amuda were often targeted by drones.",  # recurring
        "If the dam near Maadan were hit, the valley would flood.",  # supposed
        "Farmers still recall the night a water tower was struck near Tal Baydar.",  # remembered
        "Locals remember the day a pharmacy was bombed in Sabha.",  # remembered
        "Her youngest was born the week a footbridge was hit near Kasra.",  # the time of something else
    ],
)
def test_a_hit_not_told_as_one_that_happened_opens_no_incident(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the thing hit is one told before: a definite subject or object, a pronoun
        "A Turkish drone struck a car in Amuda on Monday, wounding two. Witnesses said that the car was targeted near "
        "the Nour roundabout.",
        "The body of a man was found in the camp of Hol on Monday, shot in the head. He was targeted at dawn near Hol.",
    ],
)
def test_a_hit_of_a_thing_told_before_opens_no_incident_of_its_own(text: str) -> None:
    assert len(read(text)) == 1


def test_a_known_event_told_hitting_its_targets_is_the_event_told_before() -> None:
    # "The explosions targeted ...": the bombs just told, at the cafes they hit, not one more incident
    text = (
        "Three bombs went off in cafes in the Wusta quarter of Amuda on Monday night, killing nine people. "
        "The explosions targeted the Roma and Nour cafes, sources said."
    )
    assert len(read(text)) == 1


@pytest.mark.parametrize(
    "second",
    [
        "They also attacked houses in the village of Tal Baydar.",
        "Later, they bombed the silos of Tal Baydar.",
        "In the meantime, the group targeted a shepherd near the village of Tal Baydar.",
    ],
)
def test_a_party_told_again_as_the_subject_makes_a_weak_event_at_a_place_specific(second: str) -> None:
    found = rule_incidents(
        Document(text="Jets hit a depot near Ain Issa, killing two guards. " + second, published=datetime.date(2024, 3, 4))
    )
    assert any(t.text == "Tal Baydar" for i in found for t in i.toponyms)


def test_a_party_told_again_in_the_perfect_names_no_event() -> None:
    found = rule_incidents(
        Document(
            text="Jets hit a depot near Ain Issa, killing two guards. They have attacked houses in Tal Baydar for years.",
            published=datetime.date(2024, 3, 4),
        )
    )
    assert all(t.text != "Tal Baydar" for i in found for t in i.toponyms)


@pytest.mark.parametrize(
    "second",
    [
        "In the past, the militants attacked the village of Tal Baydar.",
        "During the war, the group attacked Tal Baydar.",
        "The group targeted the village of Tal Baydar, officials fear.",
    ],
)
def test_a_party_told_again_of_a_past_or_a_fear_names_no_event(second: str) -> None:
    # (an opening of another time, or a hit feared: no event of the report's own, as before the party was counted)
    found = rule_incidents(
        Document(text="Jets hit a depot near Ain Issa, killing two guards. " + second, published=datetime.date(2024, 3, 4))
    )
    assert all(t.text != "Tal Baydar" for i in found for t in i.toponyms)


@pytest.mark.parametrize(
    "second",
    [
        "The village of Kasra near Tal Tamr was targeted.",
        "Additional strikes hit two farms in the town of Kasra.",
    ],
)
def test_a_weak_strike_the_series_types_is_judged_on_what_the_series_gives_it(second: str) -> None:
    # (the series gives the second clause its drone type, its party and its day: a weak word at a place with a party
    # or a day is specific, a judgement made only once the series has typed it)
    found = rule_incidents(
        Document(
            text="Turkish drones struck a fuel depot near Amuda on Monday. " + second, published=datetime.date(2024, 3, 6)
        )
    )
    at_kasra = [i for i in found if any(t.text == "Kasra" for t in i.toponyms)]
    assert [i.event_type for i in at_kasra] == [EventType.DRONE_STRIKE]
    assert at_kasra[0].actor == "Turkish forces"


def test_a_weak_strike_with_no_series_before_it_stays_unspecific() -> None:
    found = rule_incidents(
        Document(text="The village of Kasra near Tal Tamr was targeted.", published=datetime.date(2024, 3, 6))
    )
    assert all(t.text != "Kasra" for i in found for t in i.toponyms)


def test_a_thing_told_before_hit_again_after_the_series_opens_no_incident() -> None:
    # ("the van was targeted near B": more of the strike told already, though the series gives it the drone's party)
    text = (
        "A Turkish drone struck a van on Monday night in the al-Salam district of the town of Amuda, hurting two men. "
        "People nearby said that the van was targeted near the Nour roundabout in the town."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 6)))
    assert len(found) == 1
