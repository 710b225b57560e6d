"""Background filter, arrests and unresisted ground: an arrest, search or capture with no fight and nobody harmed is no
incident.

The rules of :mod:`mapapp.extract.background.arrests`, read through the whole extraction.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document
from tests.extract.reading import count, count_published, read


@pytest.mark.parametrize(
    "text",
    [
        # ground taken at the end of a long campaign, recalled from a week or more back: background
        "The SDF captured Busayrah last week after months of fighting.",
        "A week earlier, government troops broke a two-year siege of the airport.",
        "The SDF broke into Shaddadi on May 9 after months of operations to encircle it.",
        # ground taken once its holders had left
        "Government forces took control of the town of Tabqa on Monday after SDF fighters withdrew.",
    ],
)
def test_ground_taken_as_a_recalled_campaign_end_or_after_its_holders_left_is_no_incident(text: str) -> None:
    assert count_published(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "SDF fighters captured Busayrah on Tuesday after a two-month battle.",
        "The SDF captured Busayrah last week after months of fighting that killed 40.",
        "The SDF broke into Shaddadi on May 18 after months of operations to encircle it.",
        "ISIS seized the village of Kasra on Sunday after SDF fighters withdrew under heavy fire.",
        "SDF fighters seized the town of Tabqa on Monday. They entered the town after ISIS fighters withdrew.",
        # (the holders withdrew under fire, told past where they withdrew from)
        "Regime forces captured the village of Kasra after the rebels withdrew from it under heavy bombardment.",
        "The SDF captured the village of Jdid after ISIS militants pulled out from their positions under heavy bombardment.",
        # (the clause's event is a strike told before a relative clause recalling a capture)
        "Turkish drones hit a pickup in Amuda, which the SDF entered two months ago after weeks of fighting.",
    ],
)
def test_ground_taken_in_the_reports_days_or_fought_for_is_an_incident(text: str) -> None:
    assert count_published(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        # an arrest or search told as done without a fight, in its own sentence
        "Asayish members raided homes in Tal Baydar on Friday and detained five men without any resistance.",
        "The Internal Security launched a search campaign in Abu Khashab on Sunday; no shots were fired.",
        # ground handed over or taken without a fight
        "Government troops took control of the village of Maadan on Saturday without any fighting.",
        "The SDF took control of the town of Karama on Friday once the militants had been evacuated under a settlement.",
        # the next sentence says so, and the headline of such a report
        "Police searched homes in Tal Brak on Thursday in a raid on a cell.\n\nNo shot was fired, residents said.",
        "Police raid in Amuda: six held\n\nThe police carried out a raid on Tuesday in the Gharbi district of Amuda, "
        "holding six men.\n\nResidents said no fighting broke out.",
    ],
)
def test_an_arrest_or_capture_without_a_fight_is_not_an_incident(text: str) -> None:
    assert read(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # somebody harmed: the raid is an incident whatever else is said
        "The SDF raided houses in Tal Baydar on Friday, killing one gunman, and arrested five others without resistance.",
        # no word of a fight's absence
        "Asayish members raided homes in Tal Baydar on Friday and detained five men after a firefight.",
        "Government troops took control of Maadan on Saturday after heavy fighting.",
        # the next sentence tells an incident of its own: its wording is its own
        "Police searched homes in Tal Brak on Thursday in a raid on a cell.\n\n"
        "In Hol, gunmen killed a guard on Thursday without any resistance from the camp's staff.",
    ],
)
def test_an_arrest_or_capture_with_a_fight_or_a_toll_stays_an_incident(text: str) -> None:
    assert read(text), text


@pytest.mark.parametrize(
    "text",
    [
        # an arrest, search or security operation that harmed nobody and tells no fight, even unsaid "without a fight"
        "Asayish members raided several houses in Tal Kocher on Wednesday, arresting seven young men.",
        "Internal Security forces then began a search campaign around Markada.",
        "The council declared the end of its security operation in the villages of Sur after order was restored.",
        "Security forces carried out a combing operation in Kasra on Monday and arrested two men.",
        # the explosives the men had planted are no blast
        "Asayish members raided a farm near Tal Kocher on Wednesday and arrested a cell that had hidden explosives.",
        "Tal Kocher: Detention campaigns by the security forces go on",
        # "us" is no U.S. partner
        "Internal Security forces raided two houses in Qahtaniyah and detained three men, a neighbour told us.",
        # the coalition named only as the operation's supporter is no partner of its own
        "On Friday our teams, with support from the International Coalition, conducted a security operation in "
        "the village of Jazrat Milaj and detained two wanted men.",
        "The Asayish raided homes near Markada in coordination with the US-led coalition on Monday, detaining four "
        "suspects.",
        "In a joint operation with the coalition, our forces arrested a cell member in Sweidan on Sunday.",
        "Security forces raided houses in Gharibah with coalition support on Tuesday and detained five men.",
        "Security forces, backed by the international coalition, raided houses in Gharibah on Tuesday and detained "
        "five men.",
    ],
)
def test_an_arrest_or_search_that_harmed_nobody_is_not_an_incident(text: str) -> None:
    assert read(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # somebody harmed, or a fight told in the raid's evidence
        "Asayish members raided several houses in Tal Kocher on Wednesday, arresting seven men and wounding one.",
        "Asayish members raided several houses in Tal Kocher on Wednesday and arrested seven men after gunmen opened fire.",
        # the fight told in the next sentence, as the raid's own
        "Asayish members raided several houses in Tal Kocher on Wednesday to arrest a wanted man.\n\n"
        "During the raid, his relatives exchanged fire with the patrol.",
        # a raid with the coalition's part in it, told in its sentence or just after
        "SDF fighters backed by coalition helicopters raided a house in Sweidan on Friday, arresting two men.",
        "With the air support of the coalition, SDF units raided a farm near Markada on Friday, detaining two men.",
        # the coalition's own troops, named with a possessive
        "Backed by the coalition's special forces, the Asayish raided a farm near Sweidan on Monday, detaining two men.",
        "Coalition forces and the SDF raided a house in Jazrat Milaj on Sunday and detained a cell leader.",
        "The Asayish, in cooperation with coalition forces, raided houses in Sweidan on Sunday and detained two men.",
        "The SDF raided homes in the village of Gharibah on Friday, arresting three men.\n\nThe SDF said the "
        "operation was carried out together with the US-led coalition.",
        # an insurgents' raid is an assault, not an arrest
        "ISIS members raided a checkpoint in Jadid Ekeidat on Tuesday and detained two guards.",
    ],
)
def test_a_raid_with_harm_a_fight_a_partner_or_insurgents_stays_an_incident(text: str) -> None:
    assert read(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the insurgents' own policing: arrests in shops and homes, nobody harmed
        "Raqqa: ISIS raided a barber shop in the old market and arrested four young men for shaving.",
        # the insurgents named as those arrested
        "Arrests: nine ISIS suspects detained in raids across Tabqa and Shaddadi.",
    ],
)
def test_an_insurgents_raid_that_only_arrested_is_no_incident(text: str) -> None:
    assert not read(text), text


@pytest.mark.parametrize(
    "text",
    [
        "ISIS militants raided the village of Sabkha on Monday.",
        "ISIS militants raided a post in Sabkha on Monday and detained three soldiers.",
        "ISIS raided the home of a tribal elder in Sabkha on Monday and abducted his son.",
        # (a jail's holding of inmates is no arrest by the raiders)
        "ISIS cells stormed the jail at Kasra on Monday, which detains 200 inmates.",
    ],
)
def test_an_insurgents_assault_or_abduction_stays_an_incident(text: str) -> None:
    assert read(text), text


@pytest.mark.parametrize(
    "text",
    [
        # a few people kidnapped, nobody harmed, no fight: a wire's, a monitor's and a post's wording
        "Masked gunmen kidnapped a pharmacist in the town of Shaddadi on Thursday.",
        "Unidentified gunmen abducted two brothers from the village of Khasham and demanded a ransom.",
        "Tal Brak | A militia abducted a shepherd near the village on Sunday, his family said.",
    ],
)
def test_a_kidnapping_that_harmed_nobody_is_no_incident(text: str) -> None:
    assert not read(text), text


@pytest.mark.parametrize(
    "text",
    [
        # somebody harmed, told dead after, or a fight told
        "Gunmen kidnapped a merchant in Shaddadi on Thursday and shot dead his driver.",
        "Gunmen abducted a teacher near Tal Brak on Sunday. His body was found on Monday with gunshot wounds.",
        "Gunmen abducted a nurse in Hajin on Friday after a gunfight with her guards.",
        # the captive's fate told after the kidnapping, in its clause or in a next sentence that names no place
        "Deir ez-Zor: an ISIS cell kidnapped a council member near Dhiban on Monday and executed him two days later.",
        "Unknown gunmen abducted a mechanic in Busayrah on Tuesday. On Friday he was found dead by the roadside.",
        # a community taken in an assault
        "ISIS fighters abducted at least 60 villagers from farms near Tal Tamr on Monday.",
        "ISIS militants abducted scores of farmers from villages near Tal Tamr on Monday.",
        "About 40 farmers were abducted by ISIS from villages near Tal Tamr on Monday.",
        # a partner's raid
        "US helicopters landed near Sweidan on Friday and gunmen abducted two men, local sources said.",
        # another event, with a kidnapping told as its time reference
        "Turkish drones struck a car near Qamishli on Friday, a week after the kidnapping of two merchants.",
        "Gunmen shot a teacher in Hajin on Friday, days after the abduction of his brother.",
    ],
)
def test_a_kidnapping_with_harm_a_fight_a_partner_or_many_taken_stays_an_incident(text: str) -> None:
    assert read(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Government troops took control of the town of Markada on Friday after the militants inside surrendered under a deal.",
        "The group took control of the village of Ghranij on Sunday after the withdrawal of rival fighters, under an agreement with its notables.",
    ],
)
def test_ground_taken_after_a_surrender_or_withdrawal_under_a_deal_is_no_incident(text: str) -> None:
    assert read(text) == []


def test_ground_taken_after_fighting_in_which_some_surrendered_stays_an_incident() -> None:
    text = "Government troops took control of the town of Markada on Friday after heavy clashes in which dozens of militants surrendered."
    assert len(read(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "- Hazima: the SDF detained three men in a raid on homes in the village on Monday, no shots fired.",
        "Security forces detained five suspects in a raid on homes in Shuhayl on Monday. Relatives said no one was hurt.",
    ],
)
def test_an_arrest_with_the_fight_or_harm_said_not_to_have_happened_is_no_incident(text: str) -> None:
    assert count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "- Hazima: the SDF detained three men in a raid on homes in the village on Monday; shots were fired.",
        "Security forces detained five suspects in a raid on homes in Shuhayl on Monday, and two were wounded in a clash.",
    ],
)
def test_an_arrest_with_a_fight_or_harm_told_stays(text: str) -> None:
    assert count(text) == 1


def test_an_arrest_after_the_attack_told_elsewhere_is_no_incident() -> None:
    # the attack named as the raid's occasion is no fight of the raid
    text = "Meanwhile, police r after the bombing and detained six men."
    assert count_published(text) == 0
    # (a fight of the raid's own told with it stays)
    text = "Police r after the bombing, and two gunmen were killed in a shootout."
    assert count_published(text) == 1


def test_a_partner_named_in_the_next_item_at_another_place_is_not_the_raids() -> None:
    text = "Raqqa: Police raided homes in Tabqa and detained 14 men.\n\nDeir Ezzor: Coalition helicopters landed near Kasra, killing a man."
    incidents = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 20)))
    assert [i.primary_toponym.text for i in incidents if i.primary_toponym] == ["Kasra"]
    # (the partner told of the raid itself, in the next sentence, still makes it an incident)
    assert count_published("Police raided homes in Tabqa and detained 14 men. The operation was backed by coalition aircraft.") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters took control of the village of Sabkha on Tuesday after ISIS militants withdrew.",
        "Government troops seized the town of Maadan on Friday following the withdrawal of the rebels, residents said.",
    ],
)
def test_ground_taken_after_its_holders_withdrew_is_no_incident(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 0


@pytest.mark.parametrize(
    "text",
    [
        # ground given up rather than fought for: a surrender, a pledge of allegiance, a deal
        "Kurdish fighters took control of the village of Sabkha on Tuesday after the militants there surrendered.",
        "Rebels took full control of the small town of Muhasan on Friday after the local clans pledged allegiance to them.",
        "Government troops seized the town of Maadan on Sunday after an agreement under which the last rebels left by bus.",
        "The SDF captured the village of Jdid on Monday under a settlement with the tribal elders.",
    ],
)
def test_ground_given_up_by_surrender_pledge_or_deal_is_no_incident(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 0


@pytest.mark.parametrize(
    "text",
    [
        # a deal that failed tells no ground handed over
        "Rebels captured the village of Kasra on Sunday after a ceasefire deal collapsed.",
        # a fight told with the deal
        "The SDF seized the town of Shaddadi after ten days of fighting, under a deal that let the last gunmen leave.",
        "Government troops took control of Maadan on Friday after the rebels surrendered, killing four of them.",
    ],
)
def test_ground_taken_after_a_failed_deal_or_with_a_fight_stays_an_incident(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Rebels took control of the village of Tal Baydar on Monday. Tribal elders ended the standoff through mediation.",
        "Rebels took control of the village of Tal Baydar on Monday. The standoff ended peacefully two hours later.",
    ],
)
def test_ground_taken_and_given_back_through_talks_is_no_incident(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 0


def test_ground_taken_and_then_fought_for_after_failed_talks_stays_an_incident() -> None:
    text = (
        "Rebels took control of the village of Tal Baydar on Monday. "
        "The standoff did not end through mediation: security forces stormed it, killing two of the rebels."
    )
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) >= 1


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters took control of the village of Sabkha on Tuesday after ISIS militants withdrew under heavy shelling.",
        "Government troops seized the town of Maadan on Friday after clashes that killed 12 rebels, who then withdrew.",
        "Government troops seized the town of Maadan on Friday after days of fighting, as the rebels retreated.",
        "Government troops seized the town of Maadan on Friday after the rebels retreated under heavy bombardment.",
        # those who fled held no ground: civilians
        "Kurdish fighters took control of the village of Sabkha on Tuesday as scores of families fled.",
    ],
)
def test_ground_taken_with_a_fight_told_stays_an_incident(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a landing only seen, nothing more told of it
        "A coalition helicopter landed for a few minutes near the Kasra bridge before flying off to the north.",
        "Monitors saw two US helicopters landing near the village of Zghir Jazira; it is not known why.",
        "Witnesses watched an American helicopter landing beside the grain silos of Sabha. The road to Basira was reopened later.",
    ],
)
def test_a_helicopter_landing_told_with_nothing_more_is_no_incident(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2022, 4, 9))) == []


@pytest.mark.parametrize(
    "text",
    [
        # the landing opens a raid told in its sentence or the next
        "Coalition helicopters landed near Zghir Jazira and detained three men.",
        "Coalition helicopters landed near the Kasra bridge at dawn. Two brothers were killed in the raid.",
        "US helicopters landed near Sabha and soldiers stormed a house, locals said.",
        "A helicopter landing operation targeted a house in Kasra village.",
    ],
)
def test_a_helicopter_landing_that_opens_a_raid_is_an_incident(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2022, 4, 9))) != []


@pytest.mark.parametrize(
    "text",
    [
        # houses raided with a curfew, nobody harmed: a search
        "Asayish forces imposed a curfew on Tal Hamis on Monday and raided several houses.",
        # the attacks those arrested were suspected of planning are no harm told
        (
            "Separately, the ministry said on Monday its units had detained a cell of four men suspected of planning "
            "attacks in Hajin, seizing weapons."
        ),
        # a fight said not to have been reported
        "On Monday, police said they had arrested four men in the town of Hajin, without reporting any clashes.",
    ],
)
def test_a_search_or_arrest_with_no_harm_told_is_no_incident(text: str) -> None:
    assert count_published(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # (negatives: a house raid with its dead, an arrest after a firefight, an attack done by the suspects)
        "Police raided several houses in Hajin on Monday, and two gunmen were killed in a shootout.",
        "Separately, the ministry said on Monday its units had detained a cell of four men in Hajin after a firefight.",
        "On Monday, gunmen who had been planning the raid for weeks attacked a checkpoint in Hajin, killing two guards.",
    ],
)
def test_a_search_or_arrest_with_harm_or_a_fight_stays(text: str) -> None:
    assert count_published(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a raid's abductions are its arrests: nobody harmed, no fight told
        "On Monday, SDF patrols stormed the village of Abu Hamam and abducted two shepherds and drove them away.",
        # "US-backed" is the raiding party's epithet, not the coalition's hand in the raid
        "On Monday, the US-backed SDF raided homes in the village of Abu Hamam, arresting five men.",
    ],
)
def test_a_raid_that_only_abducted_or_arrested_is_no_incident(text: str) -> None:
    assert count_published(text) == 0


def test_a_raid_whose_captive_was_killed_stays() -> None:
    text = "On Monday, SDF patrols stormed the village of Abu Hamam and kidnapped three young men, killing one of them."
    assert count_published(text) == 1
