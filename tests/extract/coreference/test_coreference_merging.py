"""Merging (:mod:`mapapp.extract.coreference.merging`): what a mention adds to its cluster."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document, EventType
from tests.extract.reading import incidents


def test_a_place_inside_the_cluster_place_becomes_primary() -> None:
    text = (
        "A drone struck the city of Qamishli on Monday, wounding a civilian. "
        "The drone hit a car near the market in the Hilaliyah neighbourhood of Qamishli."
    )
    found = incidents(text)
    assert len(found) == 1
    assert found[0].primary_toponym.text == "Hilaliyah"


def test_a_follow_up_naming_a_village_in_the_headline_area_narrows_the_place() -> None:
    # the headline's other clause names a second area the body does not repeat: the village still narrows the place
    text = (
        "Turkish shelling on Tal Tamr countryside leaves civilians wounded, while Russian patrols tour Amuda countryside"
        "\n\nTwo civilians were wounded by Turkish shelling on Umm Harmala village in Tal Tamr countryside."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Umm Harmala"
    # a follow-up that does not name the cluster's place does not take over
    other = "Turkish shelling hit Tal Tamr on Monday.\nThe shelling also hit Umm Harmala, wounding two civilians."
    found = rule_incidents(Document(text=other))
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Tal Tamr"


def test_the_date_of_a_statement_does_not_contradict_the_day_of_the_event() -> None:
    text = (
        "Two fighters were killed in a Turkish drone strike in northeast Syria on Friday.\n"
        "They were driving a car near the town of Amuda when a missile hit them, the SDF said on Saturday."
    )
    found = rule_incidents(Document(text=text))
    assert [(i.event_type.value, i.actor) for i in found] == [("drone_strike", "Turkish forces")]
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Amuda"
    # an event dated to another day is another event
    other = text.replace("the SDF said on Saturday", "on Saturday")
    assert len(rule_incidents(Document(text=other))) == 2


def test_a_suicide_bombing_told_again_as_a_suicide_car_bomb_is_one_car_bombing() -> None:
    text = (
        "A suicide bombing in the town of Hajin wounded six people on Saturday, an official said.\n"
        "A suicide car bomber blew himself up near a military vehicle in the town of Hajin, the official added."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2019, 1, 19)))
    assert len(found) == 1
    assert found[0].event_type is EventType.CAR_BOMB


def test_an_explosion_told_again_as_a_mine_is_a_mine() -> None:
    found = incidents(
        "An explosion killed five members of the SDF in the village of Tabia on Monday. "
        "The blast was caused by a mine planted by ISIS before its withdrawal, the monitor said."
    )
    assert len(found) == 1 and found[0].event_type is EventType.IED


def test_a_zero_read_from_damage_gives_way_to_the_toll_told_next() -> None:
    text = "A drone struck a car near Amuda on Monday, damaging it. Two men inside were killed."
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    assert (found[0].killed.low, found[0].killed.high) == (2, 2)


def test_the_damage_of_an_event_told_again_is_its_zero() -> None:
    text = (
        "Turkish forces shelled villages near Tal Tamr on Monday.\n"
        "The shelling hit the villages of Tal Jumaa and Tal Tawil, causing only material damage to homes."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    assert (found[0].killed.low, found[0].injured.high) == (0, 0)


def test_a_detail_giving_only_the_day_dates_the_event_just_told() -> None:
    found = incidents(
        "Coalition warplanes struck the village of Kishma near Hajin, killing 10 civilians. "
        "Local sources said the aircraft bombed houses in the village on Saturday."
    )
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.value == datetime.date(2024, 5, 4)


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


def test_a_strike_whose_aircraft_is_told_later_as_a_drone_is_a_drone_strike() -> None:
    text = (
        "US forces carried out a strike in eastern Syria on July 7, killing an ISIS official. The strike was flown "
        "by an MQ-9 over the village of Jadid Ekaidat."
    )
    found = rule_incidents(Document(text=text))
    assert [(i.event_type.value, i.actor) for i in found] == [("drone_strike", "US-led coalition")]


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
    [incident] = rule_incidents(Document(text=text, published=datetime.date(2021, 3, 4)))
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
    incidents = rule_incidents(Document(text=text, published=datetime.date(2021, 3, 4)))
    assert any(follow_up[:20] in span.text for incident in incidents for span in incident.evidence), follow_up


def test_a_place_the_cluster_holds_told_again_is_not_added_to_it() -> None:
    # a cluster absorbing many mentions of one town keeps one entry per name (its list is read by every later test)
    from mapapp.extract.coreference.merging import merge
    from mapapp.extract.mentions import read_sentence
    from mapapp.extract.sentences import split_sentences

    text = "Gunmen attacked a post in Kasra on Monday. Gunmen attacked a farm in Kasra. Gunmen attacked a shop in Kasra."
    mentions = [m for s in split_sentences(text) for m in read_sentence(text, s, [], None).mentions]
    assert len(mentions) == 3 and all(m.places for m in mentions)
    cluster = mentions[0]
    for mention in mentions[1:]:
        merge(cluster, mention)
    assert [p.text for p, _ in cluster.places] == ["Kasra"]


def test_the_blast_named_as_the_time_of_a_measure_is_no_evidence_of_it() -> None:
    found = incidents(
        "Update: a car bomb went off near the Kasra roundabout, killing two.\n"
        "Update: police shut the roads into Jazra after the explosion."
    )
    assert len(found) == 1 and len(found[0].evidence) == 1 and found[0].actor != "police"


def test_the_body_s_targeted_killing_types_an_event_its_headline_told_with_a_generic_word() -> None:
    # the headline's "attack" on an armed party reads as a fight; the body tells a shooting, a targeted killing
    text = (
        "Hasakah: IS kills Asayish member in new attack\n\n"
        "Local sources said IS cells shot dead an Asayish member in the village of Tal Hamis on Sunday."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 2, 6)))
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
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 2, 6)))
    assert [i.event_type for i in found] == [event_type]


def test_a_figure_told_again_with_at_least_keeps_the_open_bound() -> None:
    # the bare count told first, "at least" that count after: one toll, open above
    text = (
        "A Turkish drone hit a farm near Amuda on Sunday, killing five workers.\n"
        "The strike on the farm near Amuda killed at least five workers, a medic reported."
    )
    found = incidents(text)
    assert len(found) == 1
    assert found[0].killed is not None and (found[0].killed.low, found[0].killed.high) == (5, None)
    # a headline with a second line: the body's "at least" is the bound
    headline = (
        "Drone strike hits farm near Amuda, five dead\nFarm workers targeted near the border\n\n"
        "A Turkish drone hit a farm near Amuda on Sunday, killing at least five workers, a medic reported."
    )
    found = incidents(headline)
    assert len(found) == 1
    assert found[0].killed is not None and (found[0].killed.low, found[0].killed.high) == (5, None)
    # further people told with "also" are no retelling: they are added
    further = (
        "A Turkish drone hit a farm near Amuda on Sunday, killing five workers.\n"
        "At least five guards were also killed in the strike on the farm near Amuda."
    )
    found = incidents(further)
    assert found[0].killed is not None and found[0].killed.low == 10


def test_the_body_says_who_acted_over_its_headline() -> None:
    """A headline's bare "gunmen" is the body's named party; a headline with no agent takes the body's unknown men."""
    named = rule_incidents(
        Document(
            text="Gunmen strike in Tal Hamis\n\nIslamic State gunmen shot dead a teacher in Tal Hamis on Sunday.\n",
            published=datetime.date(2024, 4, 2),
        )
    )
    assert [i.actor for i in named] == ["ISIS"]
    unnamed = rule_incidents(
        Document(
            text=(
                "Attack kills two in Tal Hamis\n\nUnknown gunmen fired at an SDF post in Tal Hamis on Sunday, "
                "killing two guards.\n\nIn another attack, ISIS fighters stormed a post in Markada on Monday.\n"
            ),
            published=datetime.date(2024, 4, 2),
        )
    )
    assert [i.actor for i in unnamed] == [None, "ISIS"]


def test_another_sources_toll_told_with_an_event_word_is_a_range() -> None:
    # a later sentence telling the attack again with another source's count ("put the death toll at", the wounded
    # "also" beside it): one toll by two sources, not more dead
    text = (
        "A car bomb exploded in the market of Tal Abyad on Saturday, killing at least eight people. "
        "The ministry put the death toll at ten, saying 30 more people were also hurt in the bombing."
    )
    found = incidents(text)
    assert len(found) == 1
    killed = found[0].killed
    assert killed is not None and (killed.low, killed.high) == (8, 10)
