"""Background filter, history and past dates: an event recalled is not reported.

The rules of :mod:`mapapp.extract.background.history`, read through the whole extraction.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document
from tests.extract.reading import count, read_on


def test_remark_recalling_earlier_events_is_background() -> None:
    text = "It is worth noting that the toll of 14 soldiers in Kabajeb is the highest since the start of the year."
    assert count(text) == 0


def test_an_earlier_report_recalled_is_not_an_incident() -> None:
    text = (
        "Warplanes killed six civilians in the village of Gharanij on Friday, the monitor said.\n\n"
        "The monitor published on the 2nd of May 2019, that it documented the killing of 12 civilians by warplanes."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2019, 5, 10)))
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.low == 6
    recalled = "The monitor reported on May 2, 2019 that it documented the killing of 12 civilians by warplanes."
    assert len(rule_incidents(Document(text=recalled, published=datetime.date(2019, 5, 10)))) == 0


def test_an_event_recalled_from_a_year_or_more_back_is_history() -> None:
    published = datetime.date(2022, 8, 20)
    assert rule_incidents(Document(text="Last year, a similar drone strike killed three girls in Qamishli.", published=published)) == []
    assert rule_incidents(Document(text="Two years ago, shelling killed a family in Amuda.", published=published)) == []
    # with no count of the years, in a strike release whose own strikes stay incidents
    release = "Coalition jets conducted two strikes near Markada on Monday. Strikes hit the outskirts of Ghranij years ago."
    assert len(rule_incidents(Document(text=release, published=published))) == 1
    assert len(rule_incidents(Document(text=release.replace(" years ago", ""), published=published))) == 2
    # a day of this year is no recollection
    assert len(rule_incidents(Document(text="A drone strike killed three girls in Qamishli on Monday.", published=published))) == 1


def test_a_toll_of_a_past_year_s_battle_is_history() -> None:
    from tests.extract.reading import rule_incidents
    from mapapp.model import Document

    text = "Strikes on Hajin killed hundreds of civilians during the 2017 battle for the city, according to monitors."
    assert rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8))) == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a month named without its year, before the publication's: history told with no toll
        ("Tribal forces drove the jihadists out of the town of Suwar in March after a siege.", datetime.date(2016, 8, 9)),
        # a month later in the year than the publication's is last year's
        ("Tribal forces drove the jihadists out of the village of Tabni in November after a long push.", datetime.date(2016, 2, 4)),
    ],
)
def test_an_event_dated_by_a_past_month_without_its_year_is_history(text: str, published: datetime.date) -> None:
    assert read_on(text, published) == [], text


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the publication's own month: possibly this month's news
        ("Tribal forces drove the jihadists out of the town of Suwar in August after a siege.", datetime.date(2016, 8, 9)),
        # a toll reports the event
        ("Tribal forces drove the jihadists out of the town of Suwar in March, killing 14 of them.", datetime.date(2016, 8, 9)),
        # a day with the month
        ("Tribal forces drove the jihadists out of the town of Suwar on March 3.", datetime.date(2016, 8, 9)),
    ],
)
def test_an_event_of_this_month_or_with_a_toll_or_day_is_not_history(text: str, published: datetime.date) -> None:
    assert read_on(text, published), text


@pytest.mark.parametrize(
    "text",
    [
        # an event named by its date, recalled by a trial or a family on another day
        "A court in Qamishli on Sunday jailed six men over their part in the March 2021 attack on a bakery in Amuda.",
        "The tribunal sentenced four people on Wednesday for links to cells behind the 2018 car bombing in Tabqa.",
        "Families gathered in Amuda on Sunday to recall 2020 bombing of the vegetable market.",  # (no article)
    ],
)
def test_an_event_named_by_a_past_date_is_history(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 0


@pytest.mark.parametrize(
    "text",
    [
        # an event named by an earlier year, recalled by a trial with the toll it had
        "A court in Hasakah jailed five men on Thursday over their role in the 2019 bombing of a bus station in Tabqa, which killed 14 people.",
        "The tribunal sentenced two brothers on Sunday for the 2020 car bombing at the Amuda market that left nine dead.",
        # a place's past, told in a relative clause with its toll, dated by a month a year or more back
        "Aid groups have warned about crowding at the Roj camp, which was raided by gunmen in August 2022 in an attack that killed three guards.",
        "Farmers returned to Karama, where a car bomb killed eleven people in February 2023.",
        # the toll told in a relative clause on the event noun, after its month a year or more back
        "The silo was the scene of a fierce ISIS assault in October 2022 in which 40 guards died.",
    ],
)
def test_an_event_recalled_with_its_toll_from_a_year_or_more_back_is_history(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 0


@pytest.mark.parametrize(
    "text",
    [
        # the dead of past fighting remembered: graves visited, the fallen remembered, past events recalled by name
        "On the first day of Eid, hundreds in Amuda visited the martyrs' cemetery, laying flowers on the graves of "
        "fighters who fell in battles in Tabqa and Hajin.",
        '"We remember those who died so we can live," said a man who lost two brothers in the battle for Tabqa.',
        "Speeches recalled the 2012 events in which scores of people were killed by police after clashes at a market.",
    ],
)
def test_the_dead_of_past_fighting_remembered_are_no_incident(text: str) -> None:
    assert read_on(text, datetime.date(2024, 5, 8)) == []


@pytest.mark.parametrize(
    "text",
    [
        # a cemetery or a memorial as the scene, or an event recalled with its own day
        "A drone struck a car near the cemetery of Jahbal on Monday, killing two.",
        "Gunmen killed two guards near the memorial of the martyrs in Tabqa.",
        "Residents recalled the strike on Monday that killed four people in Tabqa.",
        # an event that hit people told visiting graves (the visit after the event word): the event is reported
        "A drone strike killed three women visiting a cemetery near Amuda.",
        "Gunmen opened fire on families visiting the martyrs' cemetery in Hasakah, wounding four.",
        "A roadside bomb struck people visiting the cemetery in Shaddadi, killing one child.",
    ],
)
def test_an_event_at_a_cemetery_or_recalled_with_its_day_stays(text: str) -> None:
    assert len(read_on(text, datetime.date(2024, 5, 8))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # an event the reader is taken to know, named by an earlier month and given its toll
        "The bombing in June 2021 left 23 people dead at the Tabqa bus station.",
        "These clashes in March killed at least 60 fighters, according to a monitor.",
        "Hundreds gathered in Amuda to mourn. The assault in October 2022 killed more than 40 guards and inmates.",
    ],
)
def test_a_known_event_named_by_an_earlier_month_with_its_toll_is_history(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 0


@pytest.mark.parametrize(
    "text",
    [
        # a new event told by its month (no article pointing back), a relative "that", or the known event dated by its
        # day or by this month
        "In June 2021, a car bomb left 23 people dead at the Tabqa bus station.",
        "In March, a column of fighters that advanced on the Jafra field was destroyed by jets, leaving dozens dead.",
        "The bombing on Tuesday left 23 people dead at the Tabqa bus station.",
        "The clashes in May killed at least 60 fighters near Tabqa, according to a monitor.",
    ],
)
def test_a_new_event_or_a_known_one_dated_by_its_day_or_this_month_stays(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # an event told as the clause's own, even a year or more back (it may be recalled to be reported)
        "A similar blast hit the market of Shaddadi in May 2022, killing four.",
        "In August 2022 gunmen raided the Roj camp, which houses foreign families, killing three guards.",
        # a relative clause dated by a recent month, or by a day
        "Villagers fled Jazaa, which was shelled in March 2024, killing two farmers.",
        "The silo was the scene of a fierce ISIS assault in April 2024 in which 40 guards died.",
        # a toll told as a clause's own event's, even with ", which"
        "A car bomb hit the market of Tabqa in March 2022, which killed nine people.",
        "Farmers returned to Karama, where a car bomb killed eleven people on 3 February 2023.",
        # an event named by a month of the publication's year, with its toll
        "A court in Hasakah jailed five men on Thursday over their role in the May 2024 bombing of a bus station in Tabqa, which killed 14 people.",
    ],
)
def test_an_event_with_its_toll_told_as_the_clauses_own_or_recent_stays(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # this month's date, or a date that dates the clause rather than names its event
        "The May 2024 attack on a checkpoint in Amuda killed two guards on Monday, officials said.",
        "A car bomb exploded in Tabqa on Sunday, the first in the town since 2019, killing three people.",
        "Gunmen attacked a bakery in Amuda on Monday, a year after the 2023 bombing of its market.",
        # a full date, its day before the month: the clause's own date, no name
        "Residents said that on 4 April 2024 clashes broke out near the Tabqa dam between two armed groups.",
    ],
)
def test_an_event_of_this_month_or_dated_otherwise_stays(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a part of a past year dates the event as the year does: history
        "ISIS seized Tabqa in early 2014 and made it a base.",
        "Militants stormed the town of Markada in mid-2015.",
        "ISIS captured the Shaddadi oil fields in late 2014, residents recalled.",
    ],
)
def test_an_event_of_a_part_of_a_past_year_is_history(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2024, 3, 9))) == []


@pytest.mark.parametrize(
    "text",
    [
        # a part of a year as the start of a stretch, a month of this year, the current year's event
        "Jets struck Tabqa on Monday, the heaviest strikes since early 2014.",
        "Clashes broke out in Tabqa in early March, killing four.",
        "Clashes broke out in Tabqa on Monday, months after a truce agreed in early 2023.",
    ],
)
def test_a_part_of_a_year_that_does_not_date_a_past_event_leaves_it(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # no publication date: a clause dated by a year alone, with no toll, recalls an event
        "In 2018 the council forces drove the militants out of the town of Sabkha after heavy fighting.",
        "Residents still remember the 2016 battle of Manbij and the ruins it left in the old market.",
    ],
)
def test_a_year_only_clause_without_a_publication_date_is_history(text: str) -> None:
    assert count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # no publication date: a year in an aside after the event word names a thing or counts events of that year
        "A car bomb exploded near the bakery in Qamishli, the third blast in the city in 2024.",
        "Gunmen attacked a checkpoint in Hajin, a town the SDF took from the militants in 2019.",
    ],
)
def test_a_year_in_an_aside_after_the_event_word_leaves_the_event_read(text: str) -> None:
    assert count(text) == 1


def test_a_year_in_a_relative_clause_after_the_event_word_leaves_the_event_read() -> None:
    # (the year dates the town's capture, named after the blast: the blast is told)
    text = "A parked motorcycle blew up in the market of Ras al-Ain, which the factions seized in 2019."
    assert count(text) == 1
