"""Background filter, refer-backs and causes: an event told before, named again or as another's occasion, adds no
incident.

The rules of :mod:`mapapp.extract.background.refer_back`, read through the whole extraction.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document, EventType
from tests.extract.reading import count, count_published, evidence_of, read


def test_reference_back_with_nothing_new_is_not_a_second_incident() -> None:
    text = (
        "Coalition jets struck a house in the village of Gharanij on Monday, killing five civilians.\n"
        "The strikes came as the SDF advanced on Hajin, further south."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Gharanij"


def test_definite_subject_before_a_verb_is_a_new_incident() -> None:
    text = "Gunmen killed two men in Hajin on Monday.\nThe Turkish army shelled Ain Issa, killing a child."
    found = rule_incidents(Document(text=text))
    assert [i.event_type.value for i in found] == ["attack", "shelling"]
    assert [len(i.evidence) for i in found] == [1, 1]


def test_refer_back_sentence_adds_no_incident() -> None:
    text = (
        "A roadside bomb killed two fighters in Busayrah on Monday. "
        "The incident comes one day after gunmen attacked a checkpoint in Thiban."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 6)))
    # the bomb, and the checkpoint attack the refer-back dates against it: "the incident" is no third event (gunmen's
    # attack on a checkpoint is fighting with its guards: a clash, test_event_types)
    assert [i.event_type.value for i in found] == ["ied", "armed_clash"]
    assert found[0].date.value == datetime.date(2024, 3, 4)
    assert found[1].date.value == datetime.date(2024, 3, 3)
    assert found[1].date.relative_to == found[0].id


def test_plural_reference_to_earlier_events_is_no_new_incident() -> None:
    text = "Dozens of people were also wounded in Hajin as a result of those assassinations."
    assert count(text) == 0


def test_a_sentence_ranking_the_event_adds_nothing() -> None:
    text = (
        "A car bomb killed three SDF fighters at a checkpoint in Tabqa on Monday.\n\n"
        "This is the third explosion this month targeting SDF posts in Tabqa, some 40 km from the dam."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    assert len(found[0].evidence) == 1 and "third explosion" not in found[0].evidence[0].text


@pytest.mark.parametrize(
    "follow_up",
    [
        # the start of a campaign, dated, is background
        "The battle for the city began on June 6 and left much of it in ruins.",
        "The offensive against the town was launched on Wednesday.",
        # a running toll since a turn of the war
        "IS militants have killed dozens of SDF fighters since the fall of Baghouz in March.",
        "The group has killed scores of fighters in Raqqa since losing its last territory.",
        # the event told before, ranked, with its single victim
        "It is the third assassination of an SDF commander in the area this month.",
        "The attack is the fourth this week.",
        "Sunday's strike on the village was the second in a month.",
    ],
)
def test_campaign_starts_running_tolls_and_rankings_after_an_incident_add_nothing(follow_up: str) -> None:
    text = "Gunmen shot dead a tribal elder in the town of Shuhail on Sunday. " + follow_up
    found = rule_incidents(Document(text=text, published=datetime.date(2019, 5, 13)))
    assert len(found) == 1
    assert len(found[0].evidence) == 1


def test_how_the_fighting_erupted_adds_no_second_incident() -> None:
    text = (
        "Clashes between regime forces and the Asayish broke out in Qamishli on Saturday, leaving four dead. "
        "The fighting erupted after a regime patrol refused to stop at a checkpoint near the Tayy neighbourhood."
    )
    assert len(rule_incidents(Document(text=text, published=datetime.date(2018, 9, 30)))) == 1


def test_attacks_that_came_as_something_else_happened_add_nothing() -> None:
    text = (
        "A drone hit a pickup near Ain Issa on Saturday, killing one fighter. "
        "The strikes came as a Turkish delegation visited Damascus."
    )
    incidents = read(text)
    assert len(incidents) == 1
    assert "delegation" not in evidence_of(incidents[0], text)


@pytest.mark.parametrize(
    "follow_up",
    [
        "Security forces sealed off the town and detained 12 suspects after the attack.",
        "The Asayish imposed a curfew on the district following the bombing.",
        "Police set up checkpoints at the entrances of the village in the wake of the killing.",
        "The SDF launched a manhunt after the assassination.",
        "He is the fourth teacher to be killed in the province this year, after two in Hajin and one in Busayrah.",
    ],
)
def test_a_measure_after_the_incident_or_a_rank_of_its_victim_is_no_part_of_it(follow_up: str) -> None:
    text = f"Gunmen shot dead a teacher in the town of Diban on Sunday. {follow_up}"
    incidents = read(text)
    assert len(incidents) == 1
    assert follow_up[:20] not in evidence_of(incidents[0], text)


def test_an_event_named_bare_as_a_time_reference_is_no_incident() -> None:
    text = "Turkish artillery shelled the village of Zirgan on Tuesday, wounding a girl, a week after clashes in the area."
    incidents = read(text)
    assert len(incidents) == 1 and incidents[0].event_type is EventType.SHELLING


def test_an_event_named_bare_as_a_time_reference_with_a_place_of_its_own_is_kept() -> None:
    assert len(read("Turkish drones struck Amuda on Monday, a day after shelling on the village of Zirgan.")) == 2


def test_a_strike_told_after_the_phrase_of_the_event_it_answered_is_read_from_its_own_words() -> None:
    report = "the coalition struck a depot near al-Mayadin on Friday, killing six militiamen."
    text = "In retaliation for the attack on its base, " + report
    incidents = read(text)
    assert len(incidents) == 1 and incidents[0].event_type is EventType.AIRSTRIKE
    assert evidence_of(incidents[0], text) == report


@pytest.mark.parametrize(
    "text",
    [
        "The fighting started on March 3 after the SDF arrested a local tribal commander.",
        "The clashes broke out last week when tribal fighters refused to hand over their weapons.",
        "The unrest began on Sunday after the arrest of a tribal leader.",
        "The violence flared in late August following the detention of a local commander.",
    ],
)
def test_how_a_fight_began_with_its_day_between_is_its_cause_not_an_incident(text: str) -> None:
    assert read(text) == []


def test_a_fight_told_again_with_its_toll_after_how_it_began_keeps_the_toll() -> None:
    text = "Fighting broke out near the Omar field on Monday, leaving three fighters dead."
    incidents = read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.low == 3


@pytest.mark.parametrize(
    "origin",
    [
        "A local source said the shells came from positions in al-Mayadin.",
        "The rockets were fired from a village near Albu Kamal, residents said.",
        "Activists said the mortars came from government-held districts.",
    ],
)
def test_where_the_fire_came_from_is_no_second_incident(origin: str) -> None:
    text = f"Shells hit the town of Theyban on Monday, killing a boy. {origin}"
    incidents = read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.low == 1


def test_an_event_told_after_its_origin_stays_an_incident() -> None:
    assert len(read("The drone came from the north and struck a car near Amuda on Sunday.")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Tabqa attack came about a month after the army announced a withdrawal from the area.",
        "The bombing came roughly two weeks after the truce was signed.",
    ],
)
def test_an_event_told_before_dated_about_a_month_after_another_is_a_reference_back(text: str) -> None:
    from mapapp.extract.background import REFER_BACK, classify
    from mapapp.extract.mentions import read_sentence
    from mapapp.extract.sentences import split_sentences

    reading = read_sentence(text, split_sentences(text)[0], [], None)
    assert reading.mentions
    classify(reading.mentions[0], reading)
    assert reading.mentions[0].verdict == REFER_BACK


@pytest.mark.parametrize(
    "text",
    [
        # the clause tells its own event first, then a measure taken after it: the event is reported, not referred to
        "Turkish howitzers shelled Ain Issa on Monday and schools were shut down after the shelling, residents said.",
        "Jets bombed a bridge near Busayrah on Sunday, and the militants cut off the roads after the strikes.",
    ],
)
def test_an_event_told_before_the_measure_taken_after_it_is_reported(text: str) -> None:
    assert len(read(text)) == 1


def test_a_measure_taken_after_the_event_still_refers_back() -> None:
    assert read("Police arrested nine suspects in Amuda after the bombing.") == []


def test_a_measure_after_a_days_event_refers_back_to_it() -> None:
    assert count_published("Busayrah: ISIS imposed a night curfew on the town after Monday's clashes.") == 0
    assert count_published("Busayrah: ISIS imposed a night curfew on the town after clashes on Monday killed three fighters.") == 1


@pytest.mark.parametrize(
    "text",
    [
        # the event another came after, with its own day but no toll and no verb of its own: the occasion, not a report
        "The campaign followed a car bombing outside a courthouse in Gaziantep on March 4.",
        "These raids come after an explosion at a fuel depot in Izmir on June 9.",
        "Turkish jets began the operation after a suicide attack on a police station in Mersin on May 2.",
        "This tension comes after the government named the militia's depots fair targets, following an attack in Izmir on July 7.",
    ],
)
def test_an_event_named_as_what_another_came_after_is_no_incident_even_with_its_day(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2023, 8, 1))) == []


@pytest.mark.parametrize(
    "text",
    [
        # its own toll, or a verb of its own: an event told (the answered clause's convention)
        "The campaign came a week after a car bombing in Gaziantep killed nine people.",
        "The raids came a day after a bomb exploded near a checkpoint in Shaddadi on Monday.",
        # "launched" telling the event itself, not what came after another
        "ISIS launched an attack on an SDF post near Busayrah on Monday.",
        # an event after which a measure was announced, no later event named: told here
        "The council announced a curfew after a bombing at the market in Shaddadi on Tuesday.",
        # an event followed by another, both told ("after the drone strike on X, clashes broke out")
        "Clashes broke out in Tabqa on Sunday after a drone strike hit an SDF vehicle.",
    ],
)
def test_an_event_told_after_another_keeps_its_incident(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2023, 8, 1))) != []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the event another came after, its toll told in the very next sentence: a toll of its own, an incident
        ("The raids came after a car bombing in Hasakah on Wednesday. The bombing killed six people.", (6, 6)),
        ("Ankara's strikes followed a suicide attack on a police post in Amuda on Monday. Four policemen died in the attack.", (4, 4)),
        ("The new wave of strikes comes after an explosion at a fuel depot in Tabqa on March 2. Two workers were killed.", (2, 2)),
    ],
)
def test_an_event_named_as_what_another_came_after_with_its_toll_next_is_an_incident(text: str, killed: tuple) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 8, 1)))
    assert [(i.killed.low, i.killed.high) for i in found if i.killed is not None] == [killed]
    # (the incident is the earlier event's, at its place and day, not a placeless toll)
    assert [bool(i.toponyms) for i in found] == [True]
    assert found[0].date is not None and found[0].date.day is not None


# --- An event dated days, weeks or months before another is its time reference, told by a noun or by a clause.


@pytest.mark.parametrize(
    "text",
    [
        "SDF fighters entered the village of Kasra on Sunday, days after expelling the militants from Busayrah.",
        "The handover of the dam came three weeks after rebels overran the garrison at Mansoura.",
    ],
)
def test_an_event_told_by_a_clause_weeks_before_the_report_is_its_time_reference(text: str) -> None:
    assert read(text) == []


def test_an_event_told_weeks_before_the_one_reported_is_no_part_of_it() -> None:
    reference = "The capture of Sabha comes weeks after rebels stormed a garrison in Kasra."
    text = f"Rebels seized the town of Sabha on Friday. {reference}"
    incidents = read(text)
    assert len(incidents) == 1 and reference not in evidence_of(incidents[0], text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a day apart: an incident dated by the other
        ("Turkish drones struck Amuda on Monday, a day after gunmen attacked a checkpoint in Derbasiyah.", 2),
        # a toll of its own
        ("The strike came weeks after a truck bomb killed five shoppers in Tal Abyad.", 1),
        # the event reported after the frame's clause
        ("Weeks after the army withdrew, gunmen shot dead two teachers in Sabha.", 1),
        # the frame opening the sentence with no comma closing it: the report's event follows unmarked
        ("Days after the truce Turkish drones hit a car in Amuda.", 1),
        ("Five years after IS seized the city an explosion hit the market in Raqqa.", 1),
    ],
)
def test_an_event_a_day_apart_or_with_its_toll_is_still_told(text: str, count: int) -> None:
    assert len(read(text)) == count


# --- A weapon's make or origin told of the weapon named before is no part of the event.


@pytest.mark.parametrize(
    "aside",
    [
        "US officials judged that the drone was of Iranian origin.",
        "Officials said the UAV was Iranian-made.",
    ],
)
def test_the_origin_of_the_weapon_told_after_the_event_lends_no_evidence(aside: str) -> None:
    text = f"A drone struck a US base near Shaddadi on Monday, wounding two guards. {aside}"
    incidents = read(text)
    assert len(incidents) == 1 and aside not in evidence_of(incidents[0], text)


def test_a_weapon_whose_make_is_told_with_its_event_is_still_told() -> None:
    # the make and the event's verb told together: the event is the news
    assert len(read("The car bomb was home-made and tore through a market in Tabqa.")) == 1


def test_the_weapon_shot_down_after_the_event_is_still_told() -> None:
    follow_up = "The drone was shot down over Hasakah."
    text = f"A drone struck a base near Shaddadi on Monday. {follow_up}"
    incidents = read(text)
    assert incidents and any(follow_up in evidence_of(i, text) for i in incidents)


@pytest.mark.parametrize(
    "occasion",
    [
        # (the earlier event's subject standing long before its event word)
        "This comes three weeks after the head of the council, a veteran of the river towns, survived a drone attack "
        "near the airport of Tabqa.",
        "This came just over a year after the army launched an offensive on the river towns that killed scores of people.",
        # (a year or more back, with its toll)
        "It comes two years after gunmen stormed a bakery in Busayrah, killing four workers.",
    ],
)
def test_what_the_report_comes_weeks_or_more_after_is_no_incident(occasion: str) -> None:
    text = f"Gunmen shot dead a teacher in the village of Hajin on Monday. {occasion}"
    found = read(text)
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Hajin"


@pytest.mark.parametrize(
    "occasion",
    [
        "The killing came a day after gunmen ambushed a patrol in Busayrah.",
        "It comes two months after gunmen stormed a bakery in Busayrah, killing four workers.",
    ],
)
def test_what_the_report_comes_days_after_or_weeks_after_with_a_toll_may_still_be_an_incident(occasion: str) -> None:
    text = f"Gunmen shot dead a teacher in the village of Hajin on Monday. {occasion}"
    assert len(read(text)) == 2


@pytest.mark.parametrize(
    "measure",
    [
        "Following the bombing, police closed every street leading to the blast site in the town.",
        "After the incident, the guards amassed troops around the spot where the bombing happened and on the road to Kasra.",
        "The army later sent military reinforcements to Tal Tamr following the bombing.",
        "Fighters surrounded the quarter after the bombing, detaining a number of residents.",
    ],
)
def test_a_security_measure_after_the_event_is_not_its_evidence_nor_an_incident(measure: str) -> None:
    text = f"A car bomb killed three men at a checkpoint in Tal Tamr on Monday. {measure}"
    found = read(text)
    assert len(found) == 1
    assert measure[:25] not in evidence_of(found[0], text)


def test_a_part_joined_after_the_recalled_occasion_tells_an_incident_of_its_own() -> None:
    # (the frame "This comes N weeks after" covers the recalled event only, not a part joined after it by ", and")
    text = (
        "Gunmen shot dead a teacher in the village of Hajin on Monday. This comes two weeks after the guards announced "
        "a new curfew, and on Tuesday a bomb exploded in a market in Busayrah."
    )
    found = read(text)
    assert len(found) == 2
    assert any(i.primary_toponym is not None and i.primary_toponym.text == "Busayrah" for i in found)



@pytest.mark.parametrize(
    "text",
    [
        # (the occasion opens a measure only at the clause's start, not after the clause's own event)
        "Gunmen stormed a house in Hajin after the clashes, and guards sealed the street on Monday.",
        "A drone struck a car in Amuda on Monday after the bombing, and police closed the road.",
    ],
)
def test_an_event_told_before_an_occasion_and_a_measure_is_still_an_incident(text: str) -> None:
    assert count(text) == 1


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # the earlier event told by a clause, its subject then its verb: an incident dated by the other
        (
            "Gunmen attacked a post near Hajin on Friday. The attack came hours after the coalition bombed the town of Susah.",
            ["armed_clash", "airstrike"],
        ),
        (
            "Rockets hit a base near Shaddadi on Monday. The attack came a day after the army shelled the village of Zirgan.",
            ["shelling", "shelling"],
        ),
        # or by a verb that launches the event noun
        (
            "Rockets hit a base near Shaddadi on Monday. The attack came hours after the air force launched several "
            "raids on the village of Tal Tamr.",
            ["shelling", "airstrike"],
        ),
    ],
)
def test_an_event_told_by_a_clause_hours_or_days_before_the_report_is_an_incident(text: str, types: list[str]) -> None:
    assert sorted(i.event_type.value for i in read(text)) == sorted(types)


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit a base near Shaddadi on Monday. The attack came hours after the raid on the village of Tal Tamr.",
        "Rockets hit a base near Shaddadi on Monday. The attack came days after the bombing.",
    ],
)
def test_an_event_named_by_its_noun_hours_before_the_report_stays_its_time_reference(text: str) -> None:
    assert [i.event_type.value for i in read(text)] == ["shelling"]
