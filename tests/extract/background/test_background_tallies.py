"""Background filter, tallies and running tolls: counts of events and summed tolls are not incidents, one event told
among them is.

The rules of :mod:`mapapp.extract.background.tallies`, read through the whole extraction.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document, EventType
from tests.extract.reading import bounds_of_each, count, count_published, evidence_of, read

_RELEASE_HEAD = "On May 3, coalition forces conducted eleven strikes in Syria:\n"


_TALLY_DAY = datetime.date(2024, 3, 10)


@pytest.mark.parametrize(
    "text",
    [
        # tallies: counts of events, cumulative tolls, totals over a period, summary lines
        "In March, twelve attacks by the cells killed nine people in the villages east of Hajin.",
        "The monitor has documented 64 operations in the Hajin area since early 2020.",
        "The death toll from the bombing in Tal Tamr has risen to 23, the monitor said.",
        "Another 340 fighters were also killed in attacks and shelling across Raqqa in the same period.",
        "April: nine attacks killed four people around Shadadi.",
        # a periodic casualty report's assessment over its whole span
        "During this period, the task force assesses that at least 610 civilians have been unintentionally killed by its strikes.",
        "Over that period, the command assessed that 212 civilians had been killed by coalition air strikes in Syria.",
    ],
)
def test_tallies_are_not_incidents(text: str) -> None:
    assert count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "The monitor has documented 1,240 deaths in Russian air strikes since they began on October 2.",
        "The group counted the deaths of 480 civilians in coalition air strikes since the start of the campaign on "
        "August 8, 2015, including 90 children.",
        "The observatory said 312 civilians have been killed in Turkish strikes since the offensive began on 9 October.",
        "Shelling on the town has left no fewer than 40 people dead since March 3, medics said.",
    ],
)
def test_a_toll_since_the_day_a_stretch_began_is_a_tally(text: str) -> None:
    # the day opens the stretch counted; it dates no one event
    assert count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # the day dates the event, no stretch opened
        "Two fighters died when a drone hit their car outside Amuda on 9 October.",
        # a fight since it began is one battle, with its dead
        "Militants took the Kuweires air base near Tabqa after clashes that killed 300 fighters since the offensive "
        "began on July 2.",
    ],
)
def test_a_day_that_opens_no_stretch_of_strikes_dates_the_event(text: str) -> None:
    assert count(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ministry figures show 75 terrorists neutralised throughout its air operation.",
        "Officials said their air operation had neutralized 75 terrorists.",
    ],
)
def test_a_count_neutralised_over_a_whole_operation_is_a_tally(text: str) -> None:
    assert count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "In an air operation near Tal Rifaat on Monday, 5 terrorists were neutralized.",
        "The ministry said 5 terrorists were neutralised in the operation near Derbasiyah on Sunday.",
        "Our forces neutralised 3 terrorists in the operation in the Tal Tamr region.",
    ],
)
def test_a_count_neutralised_at_a_place_or_on_a_day_is_an_incident(text: str) -> None:
    assert count(text) == 1


def test_strikes_over_a_day_and_the_following_days_are_a_tally_with_the_toll_told_of_them() -> None:
    assert count("Turkish drones struck on Sunday and the following days, hitting more than 40 targets across the region.") == 0
    text = (
        "Jets hit more than 40 targets across the region on Sunday and the following days. "
        "The council said six civilians were killed in the strikes."
    )
    assert count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "During that period, a Turkish drone killed two farmers near Amuda.",
        "The curfew lasted four days. During that period, a sniper killed a boy in Hajin.",
    ],
)
def test_an_event_told_at_its_place_within_a_period_is_an_incident(text: str) -> None:
    assert count(text) == 1  # (a report's period sums up only where no place is named)


@pytest.mark.parametrize(
    "text",
    [
        "In the same period, a drone strike killed three fighters near Tal Hamis.",
        "Shelling hit Amuda on Friday. In the same period, gunmen shot a nurse in Hajin.",
    ],
)
def test_an_event_told_at_its_place_in_the_same_period_is_an_incident(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2023, 5, 2)))) == text.count(".")


@pytest.mark.parametrize(
    "text",
    [
        "In the same period, drone strikes killed 14 fighters across the province.",
        "Also, nine herders were killed in the same period, the monitor said.",
    ],
)
def test_a_toll_in_the_same_period_with_no_place_is_a_tally(text: str) -> None:
    assert count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "A drone killed two smugglers in a pickup, the third such strike over the previous week.",
        "A drone killed two smugglers in a pickup, the fourth such attack this month.",
        "Gunmen shot dead a mukhtar, the second killing in three days.",
    ],
)
def test_one_event_ranked_among_others_of_a_period_is_an_incident(text: str) -> None:
    assert count(text) == 1  # (the period is the ranking's, not a toll summed over it)


@pytest.mark.parametrize(
    "text",
    [
        "Over the previous week, drones killed 11 smugglers.",
        "Drones have killed 11 smugglers over the previous week, the third such toll this year.",
    ],
)
def test_a_toll_over_a_recent_stretch_with_no_place_is_still_a_tally(text: str) -> None:
    assert count(text) == 0


def test_a_toll_over_the_following_days_with_no_day_opening_them_keeps_its_incident() -> None:
    # (the days after the event told: a victim who died over them, no span of strikes)
    text = "Gunmen shot a teacher in Tabqa on Wednesday. She died of her wounds over the next days, relatives said."
    found = rule_incidents(Document(text=text))
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 1


def test_a_count_neutralised_in_the_raid_just_told_is_its_toll() -> None:
    # "the operation" alone is the raid just told, not the ministry's operation as a whole
    text = "The SDF raided a hideout in the village of Khatuniyah. Two militants were neutralized in the operation."
    found = rule_incidents(Document(text=text))
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 2


def test_a_strike_with_its_place_told_beside_the_following_days_is_an_incident() -> None:
    assert count("A drone struck a car near Derik on Sunday, and in the following days the road was closed.") == 1
    text = (
        "Jets hit more than 40 targets across the region on Sunday and the following days. "
        "The council said six civilians were killed in the strikes on Amuda on Monday."
    )
    assert count(text) == 1


def test_another_kind_of_event_named_after_a_tally_of_strikes_is_not_its_toll() -> None:
    text = (
        "Drone strikes by Turkey have left 35 people dead across the north-east since March, a monitor said. "
        "The clashes that erupted between tribal gunmen and Asayish units along the highway left three fighters dead."
    )
    assert count(text) == 1


def test_a_strike_told_in_a_periodic_report_is_an_incident() -> None:
    # the report's assessed strikes stay incidents: a day and a place of their own, no period
    text = (
        "During this period, the task force assesses that at least 610 civilians have been unintentionally killed. "
        "March 4, 2019, near Baghuz, Syria. During a strike on a fighting position, two civilians were unintentionally killed."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 2


def test_a_wave_of_strikes_on_one_day_is_an_incident_not_a_tally() -> None:
    text = "Jets carried out dozens of airstrikes on Friday near Markada, killing at least six fighters."
    assert count(text) == 1


def test_classify_marks_a_cumulative_toll_as_a_tally() -> None:
    from mapapp.extract.background import TALLY, classify
    from mapapp.extract.mentions import read_sentence
    from mapapp.extract.sentences import split_sentences

    text = "The toll of the shelling on Tal Tamr rose to 14 on Sunday."
    reading = read_sentence(text, split_sentences(text)[0], [], None)
    assert reading.mentions
    classify(reading.mentions[0], reading)
    assert reading.mentions[0].verdict == TALLY


def test_toll_over_several_governorates_is_a_statistic() -> None:
    text = (
        "The monitor has documented the assassination of 140 civilians by armed cells in the countryside of "
        "Deir ez-Zor, Hasakah countryside and Raqqa city."
    )
    assert count(text) == 0


def test_an_event_followed_by_the_running_total_is_an_incident() -> None:
    text = (
        "Five civilians were killed in an air strike on a bakery in Hajin on Monday, "
        "which raises to 240 the number of civilians killed in the town since June."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1 and found[0].primary_toponym.text == "Hajin"


def test_a_stated_total_is_a_tally() -> None:
    assert count("The casualties are 412 civilians, who were killed in Raqqa city.") == 0


def test_a_list_of_kinds_of_events_is_a_summary() -> None:
    assert count("All of them were killed in attacks, bombings and ambushes by the cells in the desert of Deir ez-Zor.") == 0


def test_a_toll_over_a_period_does_not_fill_the_incident_before() -> None:
    text = (
        "Gunmen shot dead a guard at a checkpoint in Kasra on Monday. "
        "Also, 11 shepherds were killed and documented by the monitor in the same period."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1 and found[0].killed.low == 1 and len(found[0].evidence) == 1


def test_a_toll_so_far_is_a_running_total() -> None:
    assert count("So far, 11 civilians have reportedly been killed by the strikes on Derik.") == 0


def test_sentences_adding_to_a_tally_are_part_of_it() -> None:
    text = (
        "A shell killed four civilians in the village of Gharanij on Monday.\n\n"
        "The number of civilians killed in the province since June has risen to 412.\n\n"
        "In addition, nine civilians were killed in raids on the village of Tal Baydar.\n\n"
        "Airstrikes also left dozens of civilians wounded."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Gharanij"


@pytest.mark.parametrize(
    "added, place",
    [
        ("A Turkish drone also destroyed a pickup near Jurn, killing its driver.", "Jurn"),
        ("A landmine also killed a goatherd near Kabajab.", "Kabajab"),
    ],
)
def test_one_event_added_after_a_tally_is_an_incident_of_its_own(added: str, place: str) -> None:
    text = "Since June, the civilian death toll across the province has climbed to 412.\n\n" + added
    found = rule_incidents(Document(text=text))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == [place]


@pytest.mark.parametrize(
    "added",
    [
        "Drones also destroyed pickups near Jurn, killing three.",  # plural: more of the counted strikes
        "A landmine also killed a goatherd somewhere in the province.",  # no place of its own
    ],
)
def test_added_strikes_in_the_plural_or_unplaced_stay_with_the_tally(added: str) -> None:
    text = "Since June, the civilian death toll across the province has climbed to 412.\n\n" + added
    assert count(text) == 0


def test_an_added_report_with_its_own_day_is_an_incident() -> None:
    text = (
        "The number of civilians killed in the province since June has risen to 412.\n\n"
        "In addition, nine civilians were killed in raids on the village of Tal Baydar on Sunday."
    )
    assert count(text) == 1


def test_no_casualties_so_far_is_one_event_not_a_period() -> None:
    # "so far" after a zero toll says how long the report has held; it totals nothing over a period
    text = "Coalition aircraft struck hideouts near the Hamra prison in Tabqa, and no casualties have been reported so far."
    found = rule_incidents(Document(text=text))
    assert [i.event_type.value for i in found] == ["airstrike"]
    assert found[0].killed is not None and found[0].killed.high == 0
    # a count of events "so far" stays a tally
    assert count("Coalition aircraft have carried out 40 strikes on Tabqa so far, the monitor said.") == 0
    assert count("Twelve civilians have been killed in Tabqa so far, the monitor said.") == 0


def test_strikes_counted_over_three_governorates_in_a_day_are_a_tally() -> None:
    text = "Since last night, jets have carried out nearly 70 air strikes on the deserts of Raqqa, Hama and Homs."
    assert count(text) == 0


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russian warplanes carried out 30 air strikes on ISIS hideouts in the Raqqa desert near Maadan and in the "
            "Hama-Raqqa-Homs triangle.",
            "Maadan",
        ),
        (
            "The situation was calm in Hasakah and Raqqa, while a man was wounded by gunmen in Al-Busayrah town in the "
            "Deir ez-Zor countryside.",
            "Al-Busayrah",
        ),
    ],
)
def test_governorates_spanned_by_an_event_told_at_a_town_of_its_own_are_no_statistic(text: str, place: str) -> None:
    assert [i.toponyms[0].span.text for i in rule_incidents(Document(text=text))] == [place]


@pytest.mark.parametrize(
    "text",
    [
        # provinces named as such, or only cities named after their governorates: a spread still
        "Jets carried out 40 air strikes on Maadan and on villages in the provinces of Raqqa, Hama and Homs.",
        "Of the dead, 12 were killed in Deir ez-Zor, 9 in Raqqa and 4 in Hasakah.",
        # a town among the areas a count in hundreds sums up
        "Monitors documented the killing of 312 people by armed cells in the Deir ez-Zor countryside, Hasakah city "
        "and countryside, Raqqa city and the Tabqa area.",
        # the governorates listed as the count's spread, a town named only as one part of it
        "ISIS attacks killed 64 soldiers across Raqqa, Hasakah and Deir ez-Zor, including nine at a post near Kabajeb.",
        "Mines have wounded 27 herders in Hasakah, Deir ez-Zor, and Raqqa, among them four near the town of Hol.",
    ],
)
def test_governorates_spanned_with_provinces_named_or_no_town_stay_a_statistic(text: str) -> None:
    assert count(text) == 0


def test_strikes_counted_in_one_governorate_in_a_day_are_an_incident() -> None:
    assert count("Since last night, jets have carried out nearly 70 air strikes on the desert of Raqqa.") == 1


def test_in_two_separate_incidents_frames_the_events_told_and_counts_nothing() -> None:
    from mapapp.extract.background import is_tally

    framed = "In two separate incidents, a mine exploded in Kasra, killing a shepherd,"
    assert not is_tally(framed, framed)
    counted = "Ten separate attacks killed eight people in the province"
    assert is_tally(counted, counted)


def test_a_toll_over_plural_raids_in_a_month_is_a_tally() -> None:
    text = (
        "Coalition air strikes destroyed a hospital in the town of Hajin on Sunday, killing three medical staff. "
        "The monitor reported that 41 civilians had been killed in coalition raids on the Hajin pocket in July."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2018, 8, 8)))
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 3
    assert len(found[0].evidence) == 1


def test_a_toll_over_the_past_days_is_a_tally() -> None:
    # (one day's, "in the last 24 hours" at one place, is that day's event:
    # test_a_day_s_toll_at_one_place_below_the_province_is_that_day_s_event)
    text = "Turkish drones killed 9 people in Qamishli and Amuda in the past seven days, the administration said."
    assert rule_incidents(Document(text=text, published=datetime.date(2022, 8, 20))) == []


@pytest.mark.parametrize(
    "text, place",
    [
        ("Russian aircraft carried out 14 airstrikes against ISIS cells near Maadan, a war monitor reported.", "Maadan"),
        ("Coalition jets pounded the pocket near Sousa with more than 30 airstrikes, killing nine militants.", "Sousa"),
        ("Regime helicopters had conducted dozens of air raids on the town of Ma'adan Jadid, activists said.", "Ma'adan Jadid"),
    ],
)
def test_a_counted_wave_the_striker_carried_out_on_a_target_is_one_incident(text: str, place: str) -> None:
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    assert found[0].event_type is EventType.AIRSTRIKE
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == place


@pytest.mark.parametrize(
    "text",
    [
        "The coalition carried out 40 strikes on ISIS positions near Shaafah last month, the monitor said.",
        "In March, Russian jets carried out 120 airstrikes on the desert near Maadan.",
        "Russian aircraft have conducted 300 airstrikes on the Maadan desert since January.",
        "Russian jets carried out 120 airstrikes in the desert near Maadan, the monitor said.",  # no target: a count
        # counted over several days or hours
        "Over four days, Russian jets carried out 50 airstrikes on ISIS hideouts near Maadan, killing 30.",
        "Turkish drones carried out 11 strikes on farms near Derbasiyah within 48 hours, killing six.",
    ],
)
def test_strikes_counted_over_a_period_or_with_no_target_stay_a_tally(text: str) -> None:
    assert count(text) == 0


def test_a_day_s_count_of_strikes_near_a_named_place_is_that_place_s_wave() -> None:
    text = "The coalition said it had conducted eight strikes near Maabada in the past 24 hours, destroying two vehicles."
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 3, 6)))
    assert [(i.event_type, i.primary_toponym.text if i.primary_toponym else None) for i in found] == [
        (EventType.AIRSTRIKE, "Maabada")
    ]
    # the same count in the statement's words: the coalition that said it is the striker
    text = "The US-led coalition said in a brief statement it had carried out nine strikes near Maabada in the past 24 hours."
    assert [i.actor for i in rule_incidents(Document(text=text, published=datetime.date(2023, 3, 6)))] == [
        "US-led coalition"
    ]


@pytest.mark.parametrize(
    "period", ["over the previous 48 hours", "in the past week", "over the past month", "since early May"]
)
def test_a_count_of_strikes_near_a_place_over_more_than_a_day_stays_a_tally(period: str) -> None:
    assert count(f"The coalition said it had conducted eight strikes near Maabada {period}, destroying two vehicles.") == 0


@pytest.mark.parametrize(
    "text, place",
    [
        # a release's or a statement's few days (the weekend, the past day, two or three days, two days of a month)
        ("The coalition said it had conducted 14 strikes near Tabqa over the weekend, destroying a depot.", "Tabqa"),
        ("Between Jan. 5 and 11, the Coalition conducted 52 strikes in the vicinity of Sousa, engaging ISIS units.", "Sousa"),
        ("The coalition said it carried out six strikes near Mayadin between May 2 and May 8.", "Mayadin"),
        ("The coalition stated that it carried out 9 strikes in the Mayadin area over the following three days.", "Mayadin"),
        ("Warplanes carried out 22 air strikes near the town of Shaafah over the past day, the monitor said.", "Shaafah"),
    ],
)
def test_a_count_of_strikes_at_one_place_over_a_few_days_is_that_place_s_wave(text: str, place: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2019, 2, 14)))
    assert [i.primary_toponym.text if i.primary_toponym else None for i in found] == [place]
    assert found[0].event_type is EventType.AIRSTRIKE


@pytest.mark.parametrize(
    "text",
    [
        "The coalition conducted 1,200 strikes near Mayadin between August 2014 and May 2018.",
        "Russian jets delivered 1,400 strikes against militants near Maadan over the past day.",  # an air force's total
        "The coalition has carried out 90 strikes in the Susah area over the past two days.",  # the perfect sums up
        "Jets carried out 30 strikes in the desert over the weekend, the ministry said.",  # no place struck
    ],
)
def test_a_few_days_count_that_sums_up_or_names_no_place_stays_a_tally(text: str) -> None:
    assert count(text) == 0


def test_several_strikes_told_in_the_simple_past_are_one_wave() -> None:
    published = datetime.date(2022, 8, 20)
    text = "Russian warplanes launched several raids on the desert of Mayadin, targeting ISIS hideouts."
    assert len(rule_incidents(Document(text=text, published=published))) == 1
    # summed up in the perfect, or counted over a week, they are a tally
    text = "Russian warplanes have launched several raids on the desert of Mayadin, targeting ISIS hideouts."
    assert rule_incidents(Document(text=text, published=published)) == []
    text = "Russian warplanes launched 40 raids on the desert of Mayadin last week, targeting ISIS hideouts."
    assert rule_incidents(Document(text=text, published=published)) == []


def test_the_risen_toll_of_one_dated_event_is_that_event() -> None:
    found = rule_incidents(
        Document(
            text="The death toll from Sunday's car bombing in Tal Abyad has risen to 15, a monitor said.",
            published=datetime.date(2024, 5, 8),
        )
    )
    assert [(i.event_type, i.killed.low if i.killed else None) for i in found] == [(EventType.CAR_BOMB, 15)]
    assert found[0].date.value == datetime.date(2024, 5, 5)


def test_a_toll_since_last_midnight_is_one_event() -> None:
    text = "The monitor documented the death of 18 civilians in airstrikes on the village of Tabia since last midnight."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert len(found) == 1 and found[0].killed is not None


def test_a_toll_this_year_is_a_tally() -> None:
    assert read("Stray bullets have killed several children in the Hasakah countryside this year.") == []


def test_a_toll_so_far_is_one_events_toll_a_running_total_so_far_is_a_tally() -> None:
    published = datetime.date(2017, 6, 21)
    one = "Update\n\nAt noon the planes struck the market in Tabqa, 3 martyrs so far."
    found = rule_incidents(Document(text=one, published=published))
    assert [i.event_type for i in found] == [EventType.AIRSTRIKE]
    total = "Update\n\nThe strikes have killed 40 people so far in Tabqa."
    assert rule_incidents(Document(text=total, published=published)) == []


def test_the_places_people_came_from_do_not_make_an_event_a_statistic() -> None:
    text = "Update\n\nA massacre by coalition planes in Mansoura west of Raqqa: 12 killed in a school sheltering families from Aleppo and Homs."
    assert len(rule_incidents(Document(text=text, published=datetime.date(2017, 6, 21)))) == 1
    spread = "Update\n\nStrikes killed 230 civilians in Raqqa, Aleppo and Homs."
    assert rule_incidents(Document(text=spread, published=datetime.date(2017, 6, 21))) == []


@pytest.mark.parametrize(
    "text",
    [
        "SOHR documented the death of 39 people in the region in May. Among the civilians, seven were killed by drones, five in mine explosions and five by gunmen.",
        "The monitor recorded 52 deaths across the region last month. Of them, 12 were killed by Turkish drones and nine by ISIS cells.",
        "A total of 61 civilians were killed in the province in March. Among the victims, 14 died in shelling and 11 in mine explosions.",
        "The monitor documented 40 deaths in July. The death toll was distributed as follows: 17 civilians and 23 fighters. Among the civilians, seven were killed by drones.",
        # "Among the dead were ...", a bulleted breakdown, the counted events named again as the subject
        "The monitor documented the deaths of 612 people in the region in 2022. Among the dead were 40 killed by drones.",
        "The network recorded the death of 37 people in the region in October, as follows:\n"
        "- 12 killed by Turkish shelling\n- 9 killed in ISIS attacks\n- 4 killed by mines",
        "The centre's report recorded 31 attacks by ISIS cells in the province during June. "
        "The attacks killed 12 people, among them five guards.",
        # the total itself as the subject of the breakdown
        "The monitor recorded the death of 58 people in the region in April. The toll includes 14 people killed by gunmen.",
        "The group documented 44 deaths across the province last month. This death toll included 9 killed by Turkish drones and 6 by mines.",
    ],
)
def test_a_breakdown_of_a_total_told_before_is_part_of_the_tally(text: str) -> None:
    assert read(text) == []


def test_a_toll_over_days_of_fighting_told_on_a_day_is_a_tally() -> None:
    # the day the monitor spoke dates no event of the count
    text = (
        "At least 31 people have been killed in four days of fighting between the army and tribal gunmen in "
        "eastern Syria, a monitor said on Sunday."
    )
    assert read(text) == []
    # a fight told with its own day is one event
    assert read("Clashes killed six fighters near the dam on Saturday, a monitor said on Sunday.")


@pytest.mark.parametrize(
    "text",
    [
        # one event of the month told after the count, with its place or its day
        "The centre's report recorded 31 attacks by ISIS cells in the province during June. "
        "The attacks on the Tayyana checkpoint killed four guards.",
        "The network recorded the death of 37 people in the region in October, as follows:\n"
        "- 12 killed by Turkish shelling on the village of Khazna on October 3",
        # the events a report counts, named again after a sentence that tells one event, not a count
        "ISIS cells attacked a checkpoint in Hajin on Monday, killing two guards. The attacks killed 12 people in June.",
    ],
)
def test_an_event_told_after_a_count_with_its_place_or_day_stays_an_incident(text: str) -> None:
    assert read(text), text


def test_the_period_of_a_running_toll_is_the_totals_not_the_events() -> None:
    text = "An IED struck an SDF vehicle near Hajin, killing two fighters, which raised the number of SDF members killed this month to 14."
    incidents = read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.low == 2


def test_a_list_of_hits_told_with_also_after_a_tally_is_not_the_tally() -> None:
    text = (
        "Turkish drones struck a power plant in Amuda on Monday. "
        "The strikes since Sunday have killed 12 civilians, the SDF said. "
        "The drones also bombed a bakery in Derik, killing five workers, and a checkpoint in Zirgan."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 1, 16)))
    assert [i.toponyms[0].span.text for i in found] == ["Amuda", "Derik", "Zirgan"]


def test_a_wave_of_hits_listed_over_a_period_is_one_incident_per_target_not_a_tally() -> None:
    text = (
        "Turkish drones struck in the past 48 hours: Tal Hamis power station \u2014 Jawadiyah grain silos \u2014 and an "
        "Asayish checkpoint in Girke Lege."
    )
    incidents = read(text)
    assert [i.primary_toponym.text for i in incidents] == ["Tal Hamis", "Jawadiyah", "Girke Lege"]  # type: ignore[union-attr]
    assert {i.event_type for i in incidents} == {EventType.DRONE_STRIKE}


def test_a_period_count_of_strikes_stays_a_tally() -> None:
    assert read("Turkish drones carried out 16 strikes on north-east Syria in the past 72 hours.") == []


def test_the_dead_of_a_monthly_total_broken_down_by_cause_are_part_of_the_tally() -> None:
    text = (
        "The monitor recorded 37 deaths in the region in March 2023. "
        "Those killed included 12 civilians hit by shelling and 8 fighters shot in clashes."
    )
    assert read(text) == []


def test_the_dead_of_one_incident_told_after_it_stay_its_toll() -> None:
    text = "A drone struck a car near Tal Hamis on Monday, killing three people. The dead include two children."
    incidents = read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.low == 3


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the toll of a fight at a place over the days since a weekday, told in the past: that fight's toll
        ("Fierce battles went on in Shaafah and the village of Susa, leaving 9 SDF and 15 IS fighters dead since Monday.", (24, 24)),
        ("Four SDF fighters and at least 7 militants died in the Baghuz clashes since Tuesday, the monitor said.", (11, None)),
    ],
)
def test_a_placed_fights_toll_since_a_weekday_is_one_incident(text: str, killed: tuple[int, int | None]) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 11)))
    assert [(i.killed.low, i.killed.high) for i in found if i.killed] == [killed]


@pytest.mark.parametrize(
    "text",
    [
        # a tally up to the time of writing, or over no place, stays a tally
        "Turkish drones have killed at least 14 civilians in Amuda since Sunday.",
        "At least 30 people have died in the fighting since Thursday, the monitor said.",
        "Clashes left 16 fighters dead across the province since Friday and this month.",
    ],
)
def test_a_running_toll_since_a_weekday_stays_a_tally(text: str) -> None:
    assert count(text) == 0


def test_a_daily_briefing_s_one_strike_at_a_place_is_no_tally() -> None:
    text = "Briefing\n\nIn the past 24 hours, Russian jets hit ISIS positions near the village of Jafra with a heavy strike."
    assert count(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        # sorties counted over a province; a monitor's toll over the day spread over a city (in the city, "in Raqqa
        # city in strikes", it is that day's strikes there: three writers code it an incident)
        "Briefing\n\nIn the past 24 hours, Russian jets flew 30 sorties and struck 90 facilities in Deir ez-Zor province.",
        "Briefing\n\nThe monitor documented the death of 14 civilians in the last 24 hours across Raqqa city in strikes.",
    ],
)
def test_a_daily_briefing_s_counts_stay_tallies(text: str) -> None:
    assert count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # a statement's day dates the saying, not the deaths: a running toll over days all the same
        "At least 30 fighters have been killed in four days of fighting between the army and clan gunmen, a monitor said on Sunday.",
        # ... and plural events taken together stay a reference back
        "The council said on Tuesday that nine civilians had been killed in those raids.",
    ],
)
def test_a_statements_day_does_not_make_a_tally_one_event(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2024, 3, 6))) == []


@pytest.mark.parametrize(
    "text",
    [
        "The militias have carried out many massacres of villagers near Mayadin, the agency said.",
        "Regime jets have carried out numerous strikes on the town of Hajin, residents say.",
    ],
)
def test_events_counted_as_many_are_a_tally(text: str) -> None:
    assert read(text) == []


def test_many_strikes_on_one_day_with_a_toll_stay_one_incident() -> None:
    found = read("Jets carried out many strikes on the town of Hajin on Sunday, killing four civilians.")
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 4


def test_an_event_ranked_among_many_is_no_tally() -> None:
    found = read("Troops captured two ISIS members in a raid near Hajin on Sunday, the latest of many operations in the area.")
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Clashes killed four fighters near Hajin on Monday. The monitor says more than 2,000 people died in the battle.",
        "Scores of militants died when SDF units stormed the hospital in Tabqa on Sunday night, an officer "
        "said. Activists say more than 2,000 civilians died in the battle.",
    ],
)
def test_the_dead_of_a_whole_battle_do_not_join_an_incident(text: str) -> None:
    found = read(text)
    assert len(found) == 1
    assert "2,000" not in evidence_of(found[0], text)


def test_a_clash_told_with_its_own_dead_of_the_fighting_keeps_them() -> None:
    found = read("Clashes broke out in Hajin on Monday. Twelve fighters were killed in the fighting.")
    assert [(i.killed.low, i.killed.high) for i in found if i.killed] == [(12, 12)]


@pytest.mark.parametrize(
    "text",
    [
        # a year is no figure of the dead; nor is another count of the clause told after them
        "Eleven fighters were killed in the battle for Tabqa in May 2017, the council said.",
        "At least 13 civilians were killed in the fighting in Shaddadi, which has displaced 300,000 people, activists said.",
    ],
)
def test_a_toll_of_the_fighting_with_a_year_or_another_large_figure_stays_an_incident(text: str) -> None:
    found = read(text)
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low in (11, 13)


def test_a_yearly_toll_in_a_report_released_on_a_day_is_no_incident() -> None:
    text = "A group based in Amuda issued its yearly report on Monday, saying more than 300 civilians were killed in the region last year."
    assert rule_incidents(Document(text=text, published=datetime.date(2021, 1, 6))) == []


def test_a_toll_of_the_event_before_a_running_total_stays() -> None:
    text = "Clashes near the Sukhna crossroads on Tuesday killed four soldiers, with about 120 killed since the offensive began."
    incidents = read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None  # (its own figure told before the total: kept)


@pytest.mark.parametrize(
    "text",
    [
        "Since yesterday, Russian strikes have killed 9 people and cut the water supply.",
        "The monitor said more than 60 civilians had been killed in shelling in Raqqa province over the previous week.",
        "Jets struck on Easter day and the following days, hitting 30 targets across northeast Syria. "
        "Officials said five civilians were killed in the strikes.",
    ],
)
def test_a_toll_over_a_recent_stretch_with_no_place_is_a_tally(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 0


@pytest.mark.parametrize(
    "text",
    [
        # a place named: a bombardment of one town since yesterday
        "Since yesterday, Russian strikes on the town of Mohassan have killed 9 people.",
        # the strikes of the sentence before are one event at a place
        "Jets struck a bakery in Mohassan on Monday. Officials said five civilians were killed in the strikes.",
    ],
)
def test_a_toll_over_a_stretch_at_a_place_or_of_one_event_stays(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 1


@pytest.mark.parametrize(
    "line, place",
    [
        # the place before the count, the object with no article
        ("-- Near Tal Baydar, seven strikes struck ISIS fighting positions and destroyed ISIS trucks.", "Tal Baydar"),
        # the place right after the count, a verb other than the act's
        ("Five airstrikes near Markada destroyed ISIS bunkers and a depot.", "Markada"),
        # a numbered line under its own "near X" header (after another: a list of such lines)
        (
            "1. May 2, 2018, near Lake Khatuniyah, Iraq. During a meeting, officials spoke.\n"
            "2. May 3, 2018, near Gharanij, Syria. During 4 strikes, coalition forces engaged 2 ISIS units.",
            "Gharanij",
        ),
    ],
)
def test_a_count_of_strikes_as_the_subject_at_one_place_is_that_place_s_wave(line: str, place: str) -> None:
    found = rule_incidents(Document(text=_RELEASE_HEAD + line, published=datetime.date(2018, 5, 5)))
    assert [(i.event_type, i.primary_toponym.text if i.primary_toponym else None) for i in found] == [
        (EventType.AIRSTRIKE, place)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Twelve strikes near Markada this week destroyed ISIS positions, the coalition said.",  # a week's
        "30 airstrikes near Markada in one week left the town without power.",  # a week's, told as one
        "Forty strikes have hit villages near Markada since the offensive began.",  # the perfect, since
        "Sixty airstrikes struck villages across the province, a local monitor told AFP.",  # no place below it
        "During 40 strikes last month, coalition forces destroyed 30 ISIS positions near Markada.",  # a month's
    ],
)
def test_a_count_of_strikes_over_a_period_or_unplaced_stays_a_tally(text: str) -> None:
    assert count_published(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # the toll raised is named as that of the event just told, with its day or its place
        "Jets bombed a bus near Tal Tamr on Sunday, the toll of which rose to 11 dead.",
        "Gunmen stormed a checkpoint in Hamdan at dawn, the toll of which has risen to 7 guards.",
        # "so far" after a bare count: that event's dead as known at the time of writing
        "Drones hit the bakery of Kharab Ashk at noon, many wounded, we count 6 so far including two boys.",
    ],
)
def test_one_event_s_toll_updated_is_that_event(text: str) -> None:
    assert count_published(text) == 1


def test_something_done_so_far_after_an_event_counts_nothing() -> None:
    # (the sentence between tells no count: the strike added after it is an incident of its own)
    text = (
        "A shell hit a house in Tal Tamr on Monday, killing two.\n\n"
        "Only one survivor has been found under the rubble so far.\n\n"
        "Also, jets struck the outskirts of Zirgan town, without information about casualties."
    )
    assert count_published(text) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The death toll of the coalition strikes on Hamdan since June has risen to 400.",  # a period
        "Jets pounded villages across the Hamdan plain, the toll of which rose to 60.",  # a place spread over
        "The toll of the Turkish offensive has risen to 120, the monitor said.",  # a campaign's toll
        "The death toll of the strikes rose to 40, officials told reporters.",  # no place, no day
        "The death toll of the shelling on Tal Tamr has now risen to 31.",  # named by its event alone
        "So far, 300 civilians have been killed by drones in Tal Tamr.",  # a running total in the perfect
        "Raids on Hamdan killed five on Sunday, bringing the number killed there to 70.",  # a total raised, no event's
    ],
)
def test_a_running_total_stays_a_tally(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 20)))
    assert all("70" not in (i.killed.phrase if i.killed else "") for i in found)
    assert len(found) == (1 if "on Sunday" in text else 0)


def test_things_destroyed_so_far_in_the_perfect_are_a_running_total() -> None:
    text = "Engineers near Ras al-Ain said 720 explosive devices have been dismantled so far."
    assert count_published(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "The monitor documented the death of 5 fighters in clashes near Markada over the past 24 hours.",
        "Over the past 24 hours, 3 militants who fired on our post near Tal Tamr were neutralized.",
        "Turkish strikes killed 5 fighters near Amuda in the last 24 hours.",
    ],
)
def test_a_day_s_toll_at_one_place_below_the_province_is_that_day_s_event(text: str) -> None:
    assert count_published(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The monitor documented the death of 40 civilians in Hasakah province in the past 24 hours.",  # a province
        "Activists said 27 civilians were killed across Tal Tamr in the past 24 hours.",  # a place spread over
        "Our forces neutralized 14 terrorists in northern Syria in the last 24 hours.",  # a country's region
        "In the past 24 hours, 16 attacks were carried out on our posts near Tal Tamr.",  # events counted
    ],
)
def test_a_day_s_toll_over_an_area_stays_a_tally(text: str) -> None:
    assert count_published(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # "so far" told apart from the count, in a clause that tells the killing: a campaign's dead summed up
        "So far, 260 civilians were killed by shelling in Tal Tamr, the council said.",
        "Turkish drones killed 35 people in the Zirgan area so far, a monitor said.",
    ],
)
def test_so_far_apart_from_its_count_in_a_killing_clause_stays_a_running_total(text: str) -> None:
    assert count_published(text) == 0


def test_the_toll_of_one_event_broken_down_keeps_its_incident() -> None:
    # "the toll includes" after one event, not after a total: that event's victims
    text = "A drone struck a car near Tal Hamis on Monday, killing four people. The toll includes two children."
    incidents = read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.low == 4


@pytest.mark.parametrize(
    "text",
    [
        # a whole campaign's dead, the campaign named before them or between the dead and their means
        "The months-long siege of Tabqa killed over 1,400 people in all, a monitor estimates.",
        "Over the course of the battle, 830 fighters of our brigades were killed, the command said.",
        "Over 900 residents were killed by bombs and shells during the siege, according to local doctors.",
    ],
)
def test_the_dead_of_a_whole_campaign_are_a_tally(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2018, 2, 2))) == []


@pytest.mark.parametrize(
    "text",
    [
        # one event's dead, told during the campaign or of a fight for one village
        "During the battle, a shell killed three children in the village of Kasra on Monday.",
        "The battle for the village of Jdid killed 12 fighters on Sunday.",
        "Eight civilians were killed by air strikes on the village of Susah during the offensive.",
    ],
)
def test_an_events_dead_told_within_a_campaign_keep_their_incident(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2018, 2, 2))) != []


@pytest.mark.parametrize(
    "text",
    [
        # events counted vaguely over a year or months: a state of affairs, whatever day the rest of the clause gives
        "Guards at the depot were targeted by mortars several times in 2023, though Monday's blast was not tied to them.",
        "The checkpoint outside Tabqa had come under fire many times over the past months.",
        # a toll with no event word, campaign-sized: the dead of a battle summed up
        "The alliance believes 4,000 fighters were killed in Tabqa.",
        # a running toll in reported speech, the pluperfect after a bare plural subject
        "He said engineers had cleared 2,000 mines, and that mines had killed dozens of shepherds.",
    ],
)
def test_counted_events_and_summed_tolls_are_not_incidents(text: str) -> None:
    assert rule_incidents(Document(text=text, published=_TALLY_DAY)) == []


@pytest.mark.parametrize(
    ("text", "killed_low"),
    [
        # (negatives: one day's wave counted vaguely, a toll with a day and no event word, one event's reported toll)
        ("Jets struck the village of Tal Sameen several times on Monday, killing two.", 2),
        ("Thirty fighters were killed in Tabqa on Monday, the alliance said.", 30),
        ("The monitor said the strike had killed dozens of people in Saraqib on Monday.", 24),
        ("A car bomb killed 600 people at the market in Tabqa on Monday.", 600),
        ("The monitor said IS militants had killed dozens of villagers in Gharanij on Monday.", 24),
        # (a party of attackers as the bare plural subject: the toll of the attack they made, its day told before)
        ("Raiders hit Sabha on Monday. Locals said jihadists had killed dozens of farmers in the assault on Sabha.", 24),
        ("Elders said rebels had killed scores of herders near Ghuwayran when they overran the pastures.", 40),
    ],
)
def test_one_days_event_counted_or_large_stays_an_incident(text: str, killed_low: int) -> None:
    incidents = rule_incidents(Document(text=text, published=_TALLY_DAY))
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.low == killed_low


@pytest.mark.parametrize(
    "text",
    [
        # (a stretch that only ranks the event told: its toll is the event's)
        "Drones hit Tal Hamis on Monday. The drones struck the village for the first time in a month, killing three.",
        "Jets hit Markada on Friday. It was the fiercest bombing in a week, and six fighters died in it, medics said.",
    ],
)
def test_a_stretch_that_ranks_the_event_is_no_span_of_days(text: str) -> None:
    (incident,) = rule_incidents(Document(text=text, published=_TALLY_DAY))
    assert incident.killed is not None and incident.killed.low in (3, 6)


def test_a_toll_over_a_week_after_a_strike_is_not_its_toll() -> None:
    text = "Jets pounded the town of Saraqib near Idlib on Monday. Nearly 300 people have died there in a week, medics said."
    incidents = rule_incidents(Document(text=text, published=_TALLY_DAY))
    assert len(incidents) == 1 and incidents[0].killed is None
    assert "in a week" not in incidents[0].evidence_text
    # (negative: the toll told next, with no period, is the strike's)
    told = "Jets pounded the town of Saraqib near Idlib on Monday. Nine people died there, medics said."
    (incident,) = rule_incidents(Document(text=told, published=_TALLY_DAY))
    assert incident.killed is not None and incident.killed.low == 9


def test_a_war_s_dead_told_in_the_perfect_is_no_strikes_toll() -> None:
    text = (
        "Jets bombed the town of Saraqib later on Monday, hitting a market, activists said. Saraqib would be the first "
        "town the rebels won in the three-year-old revolt, in which the UN estimates more than 90,000 people "
        "have been killed."
    )
    (incident,) = rule_incidents(Document(text=text, published=_TALLY_DAY))
    assert incident.killed is None and "90,000" not in incident.evidence_text
    # (negative: a day's toll in the perfect is the day's event)
    assert count_published("No fewer than 40 people have been killed at Saraqib on Monday, the monitor said.") == 1


def test_executions_counted_in_the_perfect_are_a_tally() -> None:
    text = "The group has executed dozens of prisoners it took at other posts, including the base near Tabqa last month."
    assert rule_incidents(Document(text=text, published=_TALLY_DAY)) == []
    # (negative: one execution told with its day)
    assert len(rule_incidents(Document(text="Gunmen executed two men in Tabqa on Monday.", published=_TALLY_DAY))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Since midnight, Turkish artillery is shelling the villages of Kherbet and Dawudiya near Zarqa.",
        "Regime forces shelled the town of Sbikhan with mortars since the early morning.",
    ],
)
def test_a_since_counted_from_an_hour_of_the_day_dates_that_day_s_event(text: str) -> None:
    # ("since midnight" is no "since mid-May"; "since the early morning" no "since early 2022")
    assert count(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The militias have shelled the town of Sbikhan 30 times since mid-May, the monitor said.",
        "Since early 2022, ISIS cells have killed 40 people in the town of Sbikhan.",
        "Since late last year, drones have killed 12 people in the town of Sbikhan.",
    ],
)
def test_a_since_counted_from_a_month_or_a_year_stays_a_tally(text: str) -> None:
    assert count(text) == 0


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "The monitor has recorded the following drone strikes on Friday:\n"
            "- Amuda: a drone struck a bakery by the market, killing 2 workers.\n"
            "- Derik: a drone struck a pickup close to Ain Diwar, killing 5 fighters.\n",
            "recorded the following",
        ),
        (
            "The army and its gangs kept up their attacks on the Zirgan and Tal Abyad fronts yesterday, breaking the "
            "truce:\n\n"
            "- Zirgan: gangs attacked the villages of Dada Abdal and Bab al-Khair with mortars. "
            "Our fighters responded.\n"
            "- Tal Abyad: drones struck our positions near the village of Saida; 3 fighters wounded.\n",
            "kept up their attacks",
        ),
        (
            "Turkish drones killed 7 people on Friday:\n"
            "- Amuda: a drone struck a van, killing 2 men.\n"
            "- Derik: a drone struck a checkpoint, killing 5 guards.\n",
            "killed 7 people",
        ),
    ],
)
def test_a_line_ending_in_a_colon_before_a_list_of_events_told_each_is_their_tally(text: str, head: str) -> None:
    incidents = read(text)
    assert len(incidents) == 2
    assert all(head not in evidence_of(incident, text) for incident in incidents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (negatives: an item told with no event word takes the head's; a head naming a place of its own; a colon before
        # prose, no list)
        (
            "Jets hit about 20 sites on Friday, officials said, including:\n"
            "- the Jabsa gas plant near Shaddadi;\n"
            "- a checkpoint near Amuda, killing 2 guards;\n",
            2,
        ),
        (
            "Heavy clashes broke out in Hajin on Monday, and the front saw these attacks:\n"
            "- Amuda: a drone hit a bakery.\n"
            "- Derik: a drone struck a pickup close to Ain Diwar.\n",
            3,
        ),
        ("Gunmen shot dead a teacher in Al-Kasrah on Monday, the monitor said in a statement that read:\n"
         "The killings must stop.\n", 1),
        # (a head telling dead its items do not add up to: its own event, the list what came before it)
        (
            (
                "A car bomb killed six people in Suwar on Monday, the third of several attacks on the town:\n"
                "- In March, a roadside bomb killed two in Suwar\n"
                "- In May, gunmen shot dead a mukhtar in Suwar\n"
            ),
            3,
        ),
        # (an event told before the head's own event word: its own incident)
        (
            (
                "Turkish shelling killed a boy in Suwar on Monday, and fighting continued in these villages:\n"
                "- Suwar: clashes went on all night\n"
                "- Busayrah: gunmen fired on a patrol\n"
            ),
            3,
        ),
    ],
)
def test_a_line_ending_in_a_colon_before_no_list_of_events_told_each_keeps_its_event(text: str, expected: int) -> None:
    assert len(read(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Turkish jets responded with dozens of strikes on militant hideouts near Tal Baydar.",
        "The army retaliated with 12 raids on positions around Markada, a source said.",
        "The regime replied with 15 strikes on the town of Sabkha.",
    ],
)
def test_a_counted_answer_of_strikes_on_a_target_is_one_wave(text: str) -> None:
    from mapapp.extract.background import is_tally

    assert not is_tally(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jets have responded with dozens of strikes on the villages since March.",  # the perfect: sums up
        "The army retaliated with 40 strikes on the area over the past week.",  # a period
        "The air force responded with 1,200 strikes on the region.",  # an air force's total
        # (the whole of a month, a week or a year)
        "During the month, Ankara responded with 40 strikes on positions near Derbasiyah.",
        "The army retaliated with dozens of strikes on the pocket throughout the week.",
        "In all, the air force replied with 300 strikes on rebel areas in 2019.",
        "The coalition carried out 55 strikes on the enclave over the entire month.",
    ],
)
def test_a_counted_answer_over_a_period_still_counts_events(text: str) -> None:
    from mapapp.extract.background import is_tally

    assert is_tally(text, text)


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("A mine blew up under a van near Tal Baydar earlier this month, killing a driver.", False),
        ("Drones struck a depot in Kasra earlier this month.", False),
        ("Mines have killed 40 people in the province this month.", True),  # the month so far: a running count
        ("Drones killed nine people near Kasra earlier this year.", True),  # a year's stretch stays one
        # a running count all the same: summed up in the perfect (not a source's perfect)
        ("Mines have killed 30 civilians near Tal Baydar earlier this month.", True),
        ("Ten people have died near Tal Baydar earlier this month.", True),
        ("Monitors have learned that a car bomb went off in Kasra earlier this month, killing two.", False),
        ("Shells fired from across the border hit Tal Abyad earlier this month, killing a boy.", False),
    ],
)
def test_earlier_this_month_dates_one_event_it_counts_no_period(text: str, tally: bool) -> None:
    from mapapp.extract.background import is_tally

    assert is_tally(text, text, placed=True) is tally


@pytest.mark.parametrize(
    "text",
    [
        "Earlier this month, 12 people were killed in a series of bombings in the province.",
        "Attacks earlier this month killed 40 people in the east.",
        "Attacks earlier this month killed 40 people across the province.",
    ],
)
def test_earlier_this_month_with_no_place_still_counts_a_period(text: str) -> None:
    from mapapp.extract.background import is_tally

    assert is_tally(text, text)


def test_an_event_told_earlier_this_month_is_an_incident() -> None:
    text = "A drone struck a car in Amuda on Monday, killing two men. Meanwhile, a mine blew up under a van near Tal Baydar earlier this month, killing a driver."
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 20)))
    assert [i.toponyms[0].text for i in found] == ["Amuda", "Tal Baydar"]


@pytest.mark.parametrize(
    "text",
    [
        # a toll laid on plural events with no place, in the perfect or over a span of days: a count kept
        "Russian raids have killed 31 people and wounded 70 more, the monitor noted.",
        "Between March 2 and April 9, drone strikes killed 64 fighters across the country.",
    ],
)
def test_an_unplaced_toll_of_plural_events_in_the_perfect_or_over_a_span_is_a_tally(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # placed, or in the simple past with no span: a wave told with its dead
        "Russian raids have killed 31 people in the village of Tabni, the monitor noted.",
        "Eleven fighters were killed in Russian raids on Sunday, the monitor noted.",
        # events counted: one incident of a few blasts
        "Twin bombings have killed 14 people, the monitor said.",
    ],
)
def test_a_placed_or_dated_toll_of_plural_events_is_still_read(text: str) -> None:
    assert len(read(text)) == 1


def test_the_perfect_toll_of_strikes_told_just_before_stays_their_toll() -> None:
    # ("the strikes" points back at the strikes of the sentence before: their toll, no running count)
    text = "Turkish drones hit two villages near Kobani on Tuesday. The strikes have killed four civilians, the SDF said."
    assert bounds_of_each(read(text)) == [(4, 4)]


@pytest.mark.parametrize(
    "text",
    [
        # a vague running toll of the dead and the hurt together, in the perfect (a day after "since" opens the count)
        "Mines have killed and injured hundreds of people in the town of Hajin.",
        "Old mines have killed or wounded hundreds of farmers in the town of Hajin since the militants left it on May 2.",
        "Shelling has killed dozens of people in the town of Hajin since the assault began on Monday.",
    ],
)
def test_a_running_toll_of_dead_and_hurt_is_a_tally(text: str) -> None:
    assert count_published(text) == 0


def test_one_days_toll_of_dead_and_hurt_stays() -> None:
    assert count_published("Militia shelling killed and wounded dozens of villagers near Hajin on Monday.") == 1


@pytest.mark.parametrize(
    "text",
    [
        # the perfect is the source's report, the count told in the simple past: one wave
        "Local sources have reported that Russian jets carried out nearly eight airstrikes on ISIS positions near Maadan.",
        "The monitor has confirmed that warplanes conducted six strikes on hideouts near the town of Sabkha.",
        # the striker and the target told after the count, in the passive
        "The offensive opened with over 50 airstrikes carried out by the coalition on the town of Susah.",
        "It began with 12 raids conducted by Russian jets against positions near Maadan.",
    ],
)
def test_a_counted_wave_told_after_a_report_or_in_the_passive_is_one_wave(text: str) -> None:
    from mapapp.extract.background import is_tally

    assert not is_tally(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Local sources have documented 130 airstrikes by Russian jets on the desert.",  # the count documented
        "Sources have reported that jets have carried out 550 strikes on the desert.",  # the perfect of the act
        "Monitors have reported that jets carried out 40 strikes on the desert last month.",  # a period
        "The offensive began with 200 strikes carried out by the coalition on the town over three days.",
    ],
)
def test_a_counted_wave_over_a_period_or_summed_in_the_perfect_stays_a_tally(text: str) -> None:
    from mapapp.extract.background import is_tally

    assert is_tally(text, text)
