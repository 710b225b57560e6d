"""Background filter, campaigns: a battle or operation told as a whole, begun, ended, long or stopped, is not an event
of it.

The rules of :mod:`mapapp.extract.background.campaigns`, read through the whole extraction.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document, EventType
from tests.extract.reading import count, evidence_of, read


@pytest.mark.parametrize(
    "text",
    [
        "Security forces continued combing operations in the villages around Kasra, searching for cells.",
        "Clearance operations are still underway in the neighbourhoods near the camp in Shaddadi.",
        "Residents fled Kasra amid ongoing sweep operations by the security forces.",
    ],
)
def test_sweep_told_as_going_on_is_not_an_incident(text: str) -> None:
    assert count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Security forces carried out a combing operation in Kasra on Monday and shot dead a gunman.",
        "Three gunmen were killed as combing operations continued in the villages around Kasra.",
    ],
)
def test_sweep_done_or_with_a_toll_is_an_incident(text: str) -> None:
    assert count(text) == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Over 2,000 people died during the battle for the town.", 0),
        ("Hundreds were killed throughout the siege of the old city.", 0),
        # an event at a place of its own, dated by the battle, is still an event
        ("A mortar shell killed two children in Hajin during the battle for the town.", 1),
        ("Gunmen shot dead a shepherd near Markada during the battle for Hajin.", 1),
        ("An air strike hit a hospital in Raqqa during the battle for the city.", 1),
        # a clash is no battle total
        ("Four fighters were killed during clashes near Hajin.", 1),
    ],
)
def test_a_toll_over_a_whole_battle_is_a_tally(text: str, count: int) -> None:
    assert len(rule_incidents(Document(text=text))) == count


def test_a_toll_of_a_whole_battle_is_a_tally() -> None:
    text = "Monitors say more than 2,000 people were killed during the battle for the town of Hajin."
    assert read(text) == []


def test_a_partys_campaign_started_weeks_before_the_report_is_history() -> None:
    text = "The SDF launched its assault on the town of Hajin on May 2 after weeks of preparations."
    assert rule_incidents(Document(text=text, published=datetime.date(2018, 5, 29))) == []


@pytest.mark.parametrize(
    "text",
    [
        # a start of the last few days is the report's news; a toll makes it an event in any case
        "The SDF launched its assault on the town of Hajin on May 27, state media said.",
        "The SDF launched its assault on the town of Hajin on May 2, killing 12 militants in the first hours.",
    ],
)
def test_a_recent_or_deadly_campaign_start_stays_an_incident(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2018, 5, 29)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain halted the fighting near Abu Hamam and Gharanij on Wednesday, a local source said.",
        "Last month a ceasefire brokered by Moscow ended fighting in Tal Baydar that had killed dozens.",
        "A tribal agreement put an end to the clashes in the town of Diban.",
        "Elders brought a halt to the fighting between the two clans in Mhaimideh.",
    ],
)
def test_a_fight_told_as_what_was_stopped_is_not_an_incident(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Fighting near Abu Hamam ended on Wednesday after the gunmen withdrew, leaving four dead.",
        "The clashes in Tal Baydar stopped at dawn after killing three fighters.",
        "Gunmen attacked a checkpoint in Diban on Monday, ending a week of calm, and clashes killed two guards.",
        "The SDF stormed the village of Mhaimideh on Tuesday, ending the siege, and clashed with the cell's members.",
    ],
)
def test_a_fight_that_ended_as_the_subject_stays_an_incident(text: str) -> None:
    assert len(read(text)) == 1


def test_a_fight_given_a_length_of_months_is_the_campaign_not_the_event_just_told() -> None:
    text = (
        "Government troops took full control of Mayadin on Sunday. "
        "The months-long battle destroyed most of the town's houses. "
        "Monitors say more than 2,400 people died."
    )
    incidents = read(text)
    assert len(incidents) == 1
    assert incidents[0].killed is None and "houses" not in evidence_of(incidents[0], text)


@pytest.mark.parametrize(
    "follow_up",
    ["The two-day battle killed 30 fighters.", "The month-long siege ended with 14 soldiers dead."],
)
def test_a_fight_with_its_length_and_toll_stays_part_of_the_event(follow_up: str) -> None:
    text = f"Government troops took full control of Mayadin on Sunday. {follow_up}"
    incidents = read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        # the clause's own event beside the long or stopped fight: a capture, a storming, clashes with their toll
        ("SDF fighters captured the town of Hajin on Tuesday after a two-month battle, a spokesman said.", EventType.ARMED_CLASH, "Hajin"),
        ("A ceasefire brokered by Russia ended the fighting in Tal Tamr on Monday after clashes killed 12 fighters.", EventType.ARMED_CLASH, "Tal Tamr"),
        ("Tribal fighters seized the village of Jurdi on Friday after a three-week siege.", EventType.ARMED_CLASH, "Jurdi"),
        ("Government forces stormed the village of Kasra on Sunday, ending weeks of fighting there.", EventType.ARMED_CLASH, "Kasra"),
        ("After a months-long siege, troops entered Busayrah on Monday, killing 4.", None, "Busayrah"),
        # a strike read as a mention of its own stays while the battle told as over is history
        ("The battle was over by nightfall, when jets struck a convoy near Markada.", EventType.AIRSTRIKE, "Markada"),
    ],
)
def test_a_long_or_stopped_fight_beside_an_event_of_its_own_keeps_that_event(
    text: str, kind: EventType | None, place: str
) -> None:
    found = read(text)
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == place
    if kind is not None:
        assert found[0].event_type is kind


def test_a_stopped_fight_with_its_own_total_in_a_relative_clause_is_history() -> None:
    assert read("A truce brokered by the tribes ended the clashes in Jadid Baggara which left scores dead.") == []
    # a toll of the day's own, told outside a relative clause, keeps the fight
    assert len(read("A truce ended the clashes in Jadid Baggara on Friday, killing three fighters.")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a campaign's start announced, told by its goal or as begun: its fights are the events
        "Army units have begun an offensive to recapture Tabqa, a commander said at a briefing in the village of Ithriya.",
        "Our units began the decisive battle this morning to clear the last militant pockets around the village of Susah.",
        '"The battle to free Shaddadi and its villages has begun," spokesman Ahmed Kaddour told a briefing '
        "in Tal Tamr, 40 km to the north.",
        "Army units started a new campaign on Friday to drive the militants out of the village of Jdid near Mayadin.",
    ],
)
def test_a_campaign_begun_told_by_its_goal_is_no_incident(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2019, 3, 5))) == []


@pytest.mark.parametrize(
    "text",
    [
        # an attack or assault launched, with no campaign goal: an event
        "ISIS launched an attack on an SDF checkpoint near Susah on Monday.",
        "Our forces launched an assault on the village of Kasra at dawn today.",
        # the campaign's goal told, and a fight of its own in the clause: the fight is an event
        "SDF fighters clashed with ISIS near Susah on Monday in the battle to retake the village.",
    ],
)
def test_an_attack_launched_or_a_fight_of_a_campaign_is_an_incident(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2019, 3, 5))) != []


# --- A campaign's start or phase, and the toll of a whole battle named bare.


@pytest.mark.parametrize(
    "text",
    [
        "The battle for Tabqa, which the militants took in 2014, was launched on May 2.",
        "The SDF said the battle against ISIS in Baghouz, its final enclave, was at a decisive stage.",
        "By one monitor's count, 640 residents died from air raids during the siege.",
    ],
)
def test_a_campaign_begun_or_at_a_stage_or_its_whole_toll_is_no_incident(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Clashes in Hajin killed 12 militants on Monday as the battle entered a new phase.",
        "A shell killed two children in Hajin during the battle.",
        # an event told beside the stage or in the aside after the campaign's name is the news
        "The offensive entered a new phase on Sunday when Turkish jets bombed Tal Tamr.",
        "Turkish jets bombed Tal Tamr on Sunday as the offensive entered its third phase.",
        "The offensive, in which Turkish jets bombed Tal Tamr, was launched last week.",
    ],
)
def test_an_event_of_the_campaign_is_still_told(text: str) -> None:
    assert len(read(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the campaign named right after its event word: its launch, not one event
        "Ankara began air raids, dubbed \"Operation Winter Hawk\" by its generals, in the north on 4 March.",
        # the event word is the name's own
        "The cells announced an operation in what they called the \"Battle of Dawn\" to avenge their chiefs.",
    ],
)
def test_a_campaign_given_its_name_is_no_incident(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a shopkeeper named Ahmad in the town of Hajin on Monday.",
        # (a place of the map of its own keeps it one event)
        "Tanks pushed into the village of Kasra in an assault code-named Operation Iron Gate on Sunday.",
        # (a toll of its own keeps the event named after its campaign)
        "Jets struck a depot near Hajin on 4 March in raids dubbed \"Operation Winter Hawk\", killing four guards.",
    ],
)
def test_a_person_named_or_a_named_raid_with_its_toll_stays_an_incident(text: str) -> None:
    assert len(read(text)) == 1


def test_a_target_given_its_name_after_the_event_word_is_no_campaign() -> None:
    # (the name belongs to the camp the gunmen attacked, two words after the event word, not to a campaign)
    assert count("Gunmen attacked a camp called \"the Oasis\" in Hasakah province on Monday.") == 1
