"""Incident dates: own expression, links between incidents, and the publication date as a report date."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.extract.event_dates import title_day, written_day
from mapapp.model import Document

PUBLISHED = datetime.date(2024, 5, 8)  # a Wednesday


def only_date(text: str, published: datetime.date | None = PUBLISHED):
    incidents = rule_incidents(Document(text=text, published=published))
    assert len(incidents) == 1, [i.evidence_text for i in incidents]
    return incidents[0].date


def test_undated_incident_takes_the_publication_date_as_a_report_date() -> None:
    date = only_date("Gunmen shot dead two guards in Kasra, relatives said.")
    assert date is not None and date.is_report_date
    assert date.value == PUBLISHED and date.basis == "report"


def test_undated_incident_without_publication_date_stays_unknown() -> None:
    assert only_date("Gunmen shot dead two guards in Kasra, relatives said.", published=None) is None


def test_a_dated_incident_is_never_a_report_date() -> None:
    date = only_date("Gunmen shot dead two guards in Kasra on Monday, relatives said.")
    assert date.value == datetime.date(2024, 5, 6) and date.precision == "day"


def test_report_dates_add_no_confidence() -> None:
    text = "Gunmen shot dead two guards in Kasra, relatives said."
    undated = rule_incidents(Document(text=text, published=PUBLISHED))[0]
    unpublished = rule_incidents(Document(text=text))[0]
    assert undated.confidence == unpublished.confidence


def test_weekdays_without_publication_date_are_dated_against_each_other() -> None:
    text = (
        "Jets struck houses in Hajin on Thursday, killing six civilians. "
        "On Tuesday, gunmen killed two guards at a checkpoint in Shaafah."
    )
    strike, ambush = rule_incidents(Document(text=text))
    assert ambush.date.relative_to == strike.id and ambush.date.days_after == -2
    assert strike.date.relative_to == ambush.id and strike.date.days_after == 2
    assert strike.date.value is None and not strike.date.is_report_date


def test_a_weekday_told_after_the_day_before_it_is_the_next_day_without_publication_date() -> None:
    text = (
        "A drone struck a car near Hajin on Sunday, killing two guards. "
        "On Monday evening, another drone hit a truck in Kasra, killing its driver."
    )
    car, truck = rule_incidents(Document(text=text))
    assert truck.date.relative_to == car.id and truck.date.days_after == 1
    assert car.date.relative_to == truck.id and car.date.days_after == -1


def test_weekdays_three_and_four_days_apart_keep_the_first_told_as_the_latest() -> None:
    text = (
        "Shells wounded five farmers near Kasra on Thursday. "
        "On Sunday, a mortar round wounded three children in Hajin."
    )
    thursday, sunday = rule_incidents(Document(text=text))
    assert sunday.date.relative_to == thursday.id and sunday.date.days_after == -4


def test_days_counted_back_without_publication_date_are_dated_against_each_other() -> None:
    text = (
        "A roadside bomb hit a patrol in Hajin this morning, killing two guards. "
        "Gunmen shot dead a teacher in Shaafah yesterday."
    )
    bomb, shooting = rule_incidents(Document(text=text))
    assert shooting.date.relative_to == bomb.id and shooting.date.days_after == -1
    assert bomb.date.relative_to == shooting.id and bomb.date.days_after == 1
    assert bomb.date.value is None and shooting.date.value is None


def test_a_weekday_relation_without_publication_date_uses_the_incident_own_weekday() -> None:
    text = (
        "Gunmen killed two guards at a checkpoint in Hajin on Friday. "
        "The group said on Friday it was behind Thursday's attack in Kasra, which killed five people."
    )
    ambush, bombing = rule_incidents(Document(text=text))
    assert bombing.date.expression == "Thursday"
    assert bombing.date.relative_to == ambush.id and bombing.date.days_after == -1


def test_an_undated_lede_is_the_day_of_the_report_a_later_yesterday_counts_from() -> None:
    text = (
        "A drone struck a patrol near Hajin, wounding three guards. "
        "Yesterday, shells killed two farmers in Kasra."
    )
    drone, shells = rule_incidents(Document(text=text))
    assert shells.date.relative_to == drone.id and shells.date.days_after == -1
    assert drone.date.relative_to == shells.id and drone.date.days_after == 1
    assert drone.date.is_report_date and drone.date.value is None


def test_an_undated_lede_is_no_anchor_when_an_incident_is_dated_today() -> None:
    text = (
        "A drone struck a patrol near Hajin, wounding three guards. "
        "Shells killed two farmers in Kasra this morning. "
        "Yesterday, gunmen shot dead a teacher in Shaafah."
    )
    drone, shells, shooting = rule_incidents(Document(text=text))
    assert drone.date is None
    assert shooting.date.relative_to == shells.id and shooting.date.days_after == -1


def test_a_day_counted_back_is_not_dated_against_a_weekday_without_publication_date() -> None:
    text = (
        "A roadside bomb hit a patrol in Hajin on Monday, killing two guards. "
        "Gunmen shot dead a teacher in Shaafah yesterday."
    )
    bomb, shooting = rule_incidents(Document(text=text))
    assert shooting.date.relative_to is None and bomb.date.relative_to is None


def test_a_day_counted_back_is_not_dated_by_the_weekday_of_a_statement_without_publication_date() -> None:
    text = (
        "Gunmen killed two guards at a checkpoint in Hajin on Friday. "
        "A drone killed a teacher in Shaafah yesterday, the group said on Saturday. "
        "A car bomb killed four people in Kasra this morning."
    )
    ambush, drone, car_bomb = rule_incidents(Document(text=text))
    assert ambush.date.relative_to is None
    assert car_bomb.date.relative_to == drone.id and car_bomb.date.days_after == 1
    assert drone.date.relative_to == car_bomb.id and drone.date.days_after == -1


def test_a_page_date_label_heading_the_text_is_not_the_event_day() -> None:
    text = "date 2024-05-08 Jets struck a depot near Hajin, killing four fighters."
    date = only_date(text)
    assert date.is_report_date and date.value == PUBLISHED


def test_each_entry_of_a_log_keeps_its_labelled_date() -> None:
    text = "Date: 2024-05-01 Gunmen killed two guards in Hajin.\nDate: 2024-05-03 A mine killed a shepherd near Shaafah."
    assert [(d.value, d.is_report_date) for d in dates_of(text)] == [
        (datetime.date(2024, 5, 1), False),
        (datetime.date(2024, 5, 3), False),
    ]


def dates_of(text: str, published: datetime.date | None = PUBLISHED):
    return [incident.date for incident in rule_incidents(Document(text=text, published=published))]


# Rule 3: the day the narrative is set in. Monday before the Wednesday publication is 2024-05-06.
MONDAY = datetime.date(2024, 5, 6)
FRAME = "The offensive went on across the province on Monday. "


def test_undated_incident_takes_the_day_its_narrative_is_set_in() -> None:
    *_, ambush = dates_of(FRAME + "Gunmen ambushed a patrol near Kasra, killing two guards.")
    assert ambush.value == MONDAY and ambush.basis == "context" and ambush.precision == "day"
    assert ambush.expression == "on Monday"


def test_the_narrative_day_is_found_a_few_sentences_back() -> None:
    text = FRAME + "The army sent reinforcements. Residents fled. Gunmen ambushed a patrol near Kasra, killing two."
    assert dates_of(text)[-1].value == MONDAY


def test_the_narrative_day_is_not_looked_for_too_far_back() -> None:
    filler = "Residents fled. " * 5
    date = dates_of(FRAME + filler + "Gunmen ambushed a patrol near Kasra, killing two guards.")[-1]
    assert date.is_report_date


def test_a_dated_item_of_a_bulletin_does_not_date_the_next_item() -> None:
    text = "Yesterday, gunmen shot dead a teacher in Kasra. A landmine killed a shepherd near Shaafah."
    teacher, shepherd = dates_of(text)
    assert teacher.value == datetime.date(2024, 5, 7) and teacher.basis == "publication"
    assert shepherd.is_report_date


def test_an_undated_item_of_a_bulletin_stops_the_search() -> None:
    text = FRAME + "A landmine killed a shepherd near Shaafah. Gunmen ambushed a patrol near Kasra, killing two guards."
    mine, ambush = dates_of(text)
    assert mine.value == MONDAY and mine.basis == "context"
    assert ambush.is_report_date  # the landmine, not the narrative, is what the sentence before tells


LEDE = "A car bomb killed four people in the town of Tal Hamis on Monday, officials said. Nobody claimed it. "


@pytest.mark.parametrize(
    "detail",
    [
        "An explosive device hidden in a cart blew up near a bakery in the town's western quarter, wounding two.",
        "A grenade was thrown at a shop in the Salhiya neighbourhood, wounding a child.",
        "Gunmen shelled the nearby Salhiya neighbourhood with mortars, wounding a child.",
    ],
)
def test_an_event_inside_the_town_just_told_takes_its_day(detail: str) -> None:
    # the place named without its town is inside the town of the event told before: the same story, the same day
    *_, inside = dates_of(LEDE + detail)
    assert inside.value == MONDAY and inside.basis == "context"


def test_a_district_of_another_named_town_is_an_item_of_its_own() -> None:
    detail = "A grenade was thrown at a shop in the Salhiya neighbourhood of Tabqa, wounding a child."
    *_, elsewhere = dates_of(LEDE + detail)
    assert elsewhere.is_report_date


def test_a_town_named_before_its_own_quarter_is_an_item_of_its_own() -> None:
    # "the town's" refers to the town the clause names first, not to the one the sentence before told
    detail = "In Tabqa, a grenade was thrown at a shop in the town's western quarter, wounding a child."
    *_, elsewhere = dates_of(LEDE + detail)
    assert elsewhere.is_report_date


def test_a_sentence_set_before_an_event_takes_no_narrative_day() -> None:
    text = (
        "The two sides agreed a truce in Tabqa on Monday. "
        "Before the truce, jets struck positions in the Salhiya neighbourhood, killing five."
    )
    *_, strike = dates_of(text)
    assert strike.is_report_date


def test_the_pluperfect_tells_an_earlier_time() -> None:
    date = dates_of(FRAME + "Gunmen had ambushed a patrol near Kasra, killing two guards.")[-1]
    assert date.is_report_date


def test_an_incident_set_at_another_time_takes_no_narrative_day() -> None:
    text = FRAME + "Gunmen shot a guard in Kasra a while ago; he died in hospital."
    assert dates_of(text)[-1].is_report_date


def test_a_running_toll_takes_no_narrative_day() -> None:
    assert dates_of(FRAME + "Turkish shelling on Kasra killed three civilians.")[-1].basis == "context"
    assert dates_of(FRAME + "Turkish shelling on Kasra has killed three civilians.")[-1].is_report_date


def test_the_date_of_a_statement_is_not_the_narrative_day() -> None:
    text = "The monitor said on Monday that the offensive continues. Gunmen ambushed a patrol near Kasra, killing two."
    assert dates_of(text)[-1].is_report_date


def test_the_start_of_a_span_is_not_the_narrative_day() -> None:
    text = "The offensive began on Saturday. Gunmen ambushed a patrol near Kasra, killing two guards."
    assert dates_of(text)[-1].is_report_date


def test_the_narrative_day_needs_a_publication_date_for_a_weekday() -> None:
    date = dates_of(FRAME + "Gunmen ambushed a patrol near Kasra, killing two guards.", published=None)[-1]
    assert date is None or date.value is None


def test_a_calendar_date_sets_the_narrative_day_without_a_publication_date() -> None:
    text = "The offensive went on across the province on 6 May 2024. Gunmen ambushed a patrol near Kasra, killing two."
    date = dates_of(text, published=None)[-1]
    assert date.value == MONDAY and date.basis == "context"


def test_the_event_date_wins_over_the_date_of_the_statement() -> None:
    date = only_date("The monitor said on Tuesday that gunmen shot dead two guards in Kasra on Monday.")
    assert date.value == MONDAY and date.expression == "on Monday"


@pytest.mark.parametrize(
    "text",
    [
        "The clinic in Kasra handed over today the body of a farmer who was shot dead on Monday by masked men.",
        "Relatives received on Wednesday the bodies of two shepherds killed by a landmine near Kasra on Monday.",
    ],
)
def test_the_killing_date_wins_over_the_date_the_body_was_handed_over(text: str) -> None:
    assert only_date(text).value == MONDAY


def test_the_date_of_finding_a_body_stands_when_the_killing_is_undated() -> None:
    date = only_date("Villagers found on Monday the body of a shepherd shot dead near Kasra.")
    assert date.value == MONDAY and date.expression == "on Monday"


def test_a_headline_incident_takes_the_day_its_body_is_set_in() -> None:
    text = (
        "Turkish escalation | Drone strikes hit villages in the north\n\n"
        "Activists monitored a new escalation in the north today.\n\n"
        "A Turkish drone targeted a motorcycle near the village of Kasra, killing two men."
    )
    drone = rule_incidents(Document(text=text, published=PUBLISHED))[0]
    assert drone.date.value == PUBLISHED and drone.date.basis == "context"


def test_of_two_dates_in_a_clause_the_one_nearest_the_event_word_is_its_day() -> None:
    date = only_date("Officials met on Monday to discuss the car bombing that killed two men in Kasra on May 1.")
    assert date.value == datetime.date(2024, 5, 1)


def test_later_that_day_is_the_day_of_the_incident_told_before() -> None:
    text = "Gunmen killed a teacher in Kasra on Monday. Later that day, a mine wounded two fighters in Zor."
    killing, mine = rule_incidents(Document(text=text, published=PUBLISHED))
    assert mine.date.relative_to == killing.id and mine.date.days_after == 0
    assert mine.date.value == MONDAY


def test_hours_earlier_is_the_day_of_the_incident_told_before() -> None:
    text = (
        "A drone struck a car in Kasra on Monday, killing two fighters. "
        "Hours earlier, a landmine killed a shepherd near Shaafah."
    )
    strike, mine = rule_incidents(Document(text=text, published=PUBLISHED))
    assert mine.date.relative_to == strike.id and mine.date.days_after == 0
    assert mine.date.value == MONDAY


@pytest.mark.parametrize(
    "later",
    [
        "An hour later, a landmine killed a shepherd near Shaafah.",
        "Less than an hour later, a landmine killed a shepherd near Shaafah.",
        "Twenty minutes later, a landmine killed a shepherd near Shaafah.",
        "A little later, a landmine killed a shepherd near Shaafah.",
        "Later at night, a landmine killed a shepherd near Shaafah.",
    ],
)
def test_less_than_a_day_later_is_the_day_of_the_incident_told_before(later: str) -> None:
    strike, mine = rule_incidents(
        Document(text="A drone struck a car in Kasra on Monday, killing two fighters. " + later, published=PUBLISHED)
    )
    assert mine.date.relative_to == strike.id and mine.date.days_after == 0
    assert mine.date.value == MONDAY


def test_a_same_day_pair_the_text_gives_no_day_takes_the_report_date() -> None:
    # neither event has a day: both keep their relation and take the publication date as a report date
    text = "A car bomb exploded at a market in Kasra, medics said. Hours later, a second blast hit a bakery in Hajin."
    bomb, blast = rule_incidents(Document(text=text, published=PUBLISHED))
    assert blast.date.relative_to == bomb.id and blast.date.days_after == 0
    assert bomb.date.is_report_date and blast.date.is_report_date
    assert blast.date.value == bomb.date.value == PUBLISHED


def test_a_pair_a_day_apart_the_text_gives_no_day_keeps_its_relation_only() -> None:
    text = "A car bomb exploded at a market in Kasra, medics said. A day later, a second blast hit a bakery in Hajin."
    bomb, blast = rule_incidents(Document(text=text, published=PUBLISHED))
    assert blast.date.relative_to == bomb.id and blast.date.days_after == 1
    assert not blast.date.is_report_date and blast.date.value is None


def test_strikes_listed_under_a_window_that_spans_two_days_take_the_report_date() -> None:
    text = (
        "Coalition aircraft conducted strikes between 9 a.m. yesterday and 9 a.m. today, officials said.\n\n"
        "-- Near Kasra, two strikes destroyed a tunnel.\n"
        "-- Near Hajin, one strike struck a tactical unit.\n"
    )
    dates = dates_of(text)
    assert dates and all(date.is_report_date for date in dates)


_SCENE = (
    "Soldiers and farmers clashed at a checkpoint near Kasra on Monday, killing a farmer, a monitor said.\n\n"
    "The farmers had blocked the road with tractors, witnesses said. Nobody else was hurt.\n\n"
)


@pytest.mark.parametrize(
    "then",
    [
        "Army helicopters then fired on the village of Jazrat, wounding two women.",
        "Army troops later shelled the village of Jazrat, wounding two women.",
    ],
)
def test_an_act_told_with_then_or_later_goes_on_with_the_dated_scene(then: str) -> None:
    *_, last = dates_of(_SCENE + then)
    assert last.value == MONDAY and not last.is_report_date


@pytest.mark.parametrize(
    "then",
    [
        "Army helicopters fired on the village of Jazrat, wounding two women.",  # no "then": an item of its own
        "The monitor said two women were later shot dead in the village of Jazrat.",  # a statement's report
        "Since then, army helicopters fired on the village of Jazrat, wounding two women.",
    ],
)
def test_an_act_not_told_as_the_scene_going_on_keeps_the_report_date(then: str) -> None:
    *_, last = dates_of(_SCENE + then)
    assert last.is_report_date


def test_a_weekday_told_in_a_dated_statement_counts_from_that_statement() -> None:
    date = only_date("On May 3, activists reported that gunmen shot dead two guards in Kasra on Wednesday.")
    assert date.value == datetime.date(2024, 5, 1) and date.expression == "on Wednesday"


def test_a_capitalised_following_day_dates_the_next_incident_after_the_one_before() -> None:
    text = (
        "Gunmen killed two guards in Kasra on 3 May 2024. "
        "The following day, a landmine killed a shepherd near Shaafah."
    )
    _ambush, mine = rule_incidents(Document(text=text, published=PUBLISHED))
    assert mine.date.value == datetime.date(2024, 5, 4)


def test_the_event_date_wins_over_the_dateline_date() -> None:
    date = only_date("KASRA, May 8 (Agency) - Jets struck a fuel depot in Kasra on Monday, killing two guards.")
    assert date.value == MONDAY and date.expression == "on Monday"


def test_more_of_the_toll_shares_the_day_of_the_event_before() -> None:
    text = "Jets struck a depot in Kasra on Monday, killing two guards. Three more were killed when jets hit Shaafah."
    depot, shaafah = dates_of(text)
    assert depot.value == MONDAY and shaafah.value == MONDAY and shaafah.basis == "context"


def test_a_definite_reference_to_the_dated_event_before_shares_its_day() -> None:
    text = (
        "Jets struck a depot in Kasra on Monday, killing two guards. "
        "Four people were killed in the strikes on the town of Shaafah, officials said."
    )
    depot, shaafah = rule_incidents(Document(text=text, published=PUBLISHED))
    assert shaafah.date.value == MONDAY and shaafah.date.relative_to == depot.id and shaafah.date.days_after == 0


@pytest.mark.parametrize(
    "text",
    [
        # the lede dates only the statement; the next sentence gives the day of the event
        "A roadside bomb killed two SDF fighters near the town of Hajin, the SDF said on Wednesday. "
        "The bomb went off on Monday as a patrol passed.",
        "Air strikes killed at least 12 people in the village of Al-Susah, a monitor said on Wednesday. "
        "The monitor said the strikes hit the village late Monday.",
    ],
)
def test_the_day_of_the_event_told_after_a_statements_day_is_the_incidents(text: str) -> None:
    date = only_date(text)
    assert date is not None and date.value == datetime.date(2024, 5, 6)


def test_a_list_of_the_summarised_day_takes_its_day_item_after_item() -> None:
    text = (
        "Turkish drones struck targets across the region on Monday. "
        "In Kasra, a strike on a fuel depot killed a guard. "
        "In the Shaafah countryside, a drone hit a car, killing two fighters. "
        "Drones also targeted a checkpoint near Zor, wounding a soldier."
    )
    depot, car, checkpoint = dates_of(text)
    assert depot.value == MONDAY and depot.basis == "context"
    assert car.value == MONDAY and car.basis == "context"
    assert checkpoint.value == MONDAY and checkpoint.basis == "context"


def test_the_day_of_a_death_from_wounds_is_not_the_day_they_were_sustained() -> None:
    date = only_date(
        "Farmer dies of wounds from Turkish shelling on Kasra\n\n"
        "A farmer died on Wednesday of wounds he sustained in Turkish shelling on Kasra two days ago, a medic said."
    )
    assert date.value == datetime.date(2024, 5, 6)
    date = only_date("A farmer died of his wounds on Wednesday, after Turkish shelling hit Kasra on Monday.")
    assert date.value == MONDAY


def test_an_operation_that_comes_days_after_another_event_dates_it() -> None:
    text = (
        "Coalition forces raided a house in Kasra at dawn today, wounding a man. "
        "The operation comes two days after a roadside bomb killed a fighter near Shaafah."
    )
    raid, bomb = rule_incidents(Document(text=text, published=PUBLISHED))
    assert raid.date.value == PUBLISHED
    assert bomb.date.value == datetime.date(2024, 5, 6) and bomb.date.relative_to == raid.id


def test_the_same_day_inside_a_clause_dates_it_by_the_event_before() -> None:
    text = "Gunmen killed ten fighters in Kasra on Monday. Air strikes on the village of Shaafah the same day killed eight civilians."
    ambush, strikes = rule_incidents(Document(text=text, published=PUBLISHED))
    assert strikes.date.value == MONDAY and strikes.killed is not None and strikes.killed.low == 8


def _dates_by_place(text: str) -> dict[str, datetime.date | None]:
    incidents = rule_incidents(Document(text=text, published=PUBLISHED))
    return {
        i.toponyms[0].text: (i.date.value if i.date and not i.date.is_report_date else None)
        for i in incidents if i.toponyms
    }


def test_the_event_an_answer_in_its_own_sentence_answers_takes_the_day_told_before() -> None:
    text = (
        "Fighting broke out in Kasra on Monday between the SDF and tribal gunmen.\n\n"
        "Residents said the market was closed.\n\n"
        "In Tabni, gunmen attacked an SDF post by the river, and the SDF responded by shelling Maadan town."
    )
    days = _dates_by_place(text)
    assert days == {"Kasra": MONDAY, "Tabni": MONDAY, "Maadan": MONDAY}
    # with no answer after it, an event told after another placed event takes no day from it
    text = (
        "Fighting broke out in Kasra on Monday between the SDF and tribal gunmen.\n\n"
        "Residents said the market was closed.\n\n"
        "In Tabni, gunmen stormed an SDF post near the bridge, wounding a guard."
    )
    assert _dates_by_place(text)["Tabni"] is None


@pytest.mark.parametrize(
    "second",
    [
        "Another strike hit a grain silo near Tal Tamr, causing no casualties.",
        "A second drone targeted a bakery in Tal Tamr, wounding a baker.",
        "Simultaneously, artillery shelled the outskirts of Tal Tamr, wounding a baker.",
    ],
)
def test_the_next_event_of_a_series_takes_the_day_of_the_one_before(second: str) -> None:
    text = f"A Turkish drone struck a car in Amuda on Monday evening, killing two guards.\n\n{second}"
    days = _dates_by_place(text)
    assert days["Amuda"] == datetime.date(2024, 5, 6)
    assert days["Tal Tamr"] == datetime.date(2024, 5, 6)


def test_an_event_joined_by_and_to_a_dated_one_in_its_sentence_takes_its_day() -> None:
    text = (
        "A farmer was shot dead on Monday night in the town of Hajin, and a mortar shell hit the village of Kasra, "
        "wounding three, relatives said."
    )
    days = _dates_by_place(text)
    assert days["Hajin"] == datetime.date(2024, 5, 6)
    assert days["Kasra"] == datetime.date(2024, 5, 6)


def test_a_new_sentence_that_is_not_the_next_of_a_series_keeps_the_report_date() -> None:
    text = (
        "A Turkish drone struck a car in Amuda on Monday evening, killing two guards.\n\n"
        "Gunmen shot dead a teacher in Hajin, relatives said."
    )
    assert _dates_by_place(text)["Hajin"] is None


@pytest.mark.parametrize(
    "second",
    [
        "In the morning, a drone struck a car near Tal Tamr, wounding a baker.",
        "Also, a warplane bombed the village of Tal Tamr, killing a shepherd.",
        "Hours later, artillery shelled the outskirts of Tal Tamr, wounding a baker.",
    ],
)
def test_an_item_told_at_the_time_of_day_or_also_after_a_dated_event_takes_its_day(second: str) -> None:
    text = f"Turkish artillery shelled the town of Amuda on Monday evening, killing two guards.\n\n{second}"
    assert _dates_by_place(text)["Tal Tamr"] == datetime.date(2024, 5, 6)


def test_an_answer_to_an_attack_takes_the_attacks_day() -> None:
    text = (
        "Clashes broke out on Monday between tribal fighters and the SDF in Hajin, leaving three dead.\n\n"
        "Gunmen crossing the river fired at SDF posts with machine guns. The SDF responded with mortar fire on "
        "the village of Kasra, wounding two civilians."
    )
    assert _dates_by_place(text)["Kasra"] == datetime.date(2024, 5, 6)


def test_a_list_item_opening_near_a_place_takes_the_summarised_day() -> None:
    text = (
        "On May 5, coalition forces conducted six strikes against ISIS in Syria.\n"
        "- Near Hajin, four strikes destroyed three vehicles.\n"
        "- Near Kasra, two strikes destroyed a tunnel."
    )
    days = _dates_by_place(text)
    assert days["Hajin"] == days["Kasra"] == datetime.date(2024, 5, 5)


def test_a_span_of_dates_gives_no_day_to_the_items_after_it() -> None:
    text = (
        "Between April 28 and May 5, coalition forces conducted 60 strikes against ISIS in Syria.\n\n"
        "Near Hajin, 40 strikes destroyed three vehicles."
    )
    assert _dates_by_place(text)["Hajin"] is None


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("On the previous day,", datetime.date(2024, 5, 6)),
        ("On the eve of the attack,", datetime.date(2024, 5, 6)),
        ("On the following day,", datetime.date(2024, 5, 8)),
        ("The previous evening,", datetime.date(2024, 5, 6)),
        ("The next morning,", datetime.date(2024, 5, 8)),
    ],
)
def test_a_day_told_against_the_event_before_with_on_dates_it(opening: str, day: datetime.date) -> None:
    text = f"Gunmen killed a trader in Hajin on Tuesday.\n\n{opening} a drone struck a car in Kasra, killing two."
    incidents = rule_incidents(Document(text=text, published=PUBLISHED))
    kasra = next(i for i in incidents if i.toponyms and i.toponyms[0].text == "Kasra")
    assert kasra.date is not None and kasra.date.value == day


@pytest.mark.parametrize(
    "text",
    [
        "Coalition strikes killed 12 people in Hajin on Monday. Two men were also shot dead by snipers in Diban, on the same day.",
        "Coalition strikes killed 12 people in Hajin on Monday. That night, a drone killed a commander in Diban.",
        "Coalition strikes killed 12 people in Hajin on Monday. Snipers shot dead two men in Diban that evening.",
    ],
)
def test_a_same_day_phrase_anywhere_in_the_clause_dates_against_the_event_before(text: str) -> None:
    import datetime

    from tests.extract.reading import rule_incidents
    from mapapp.model import Document

    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 10)))
    assert [i.date.value for i in found] == [datetime.date(2023, 5, 8)] * 2


def test_a_part_of_the_toll_just_told_shares_its_day() -> None:
    import datetime

    from tests.extract.reading import rule_incidents
    from mapapp.model import Document

    text = (
        "Tribal fighters attacked SDF positions in Diban early Monday, sparking clashes that killed 18 people. "
        "The monitor said the dead included ten civilians hit by shelling on Hajin."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 10)))
    assert [i.date.value for i in found] == [datetime.date(2023, 5, 8)] * len(found) and len(found) == 2


def test_a_list_detailing_a_summarised_day_goes_on_past_an_item_at_an_unknown_place() -> None:
    text = (
        "On May 6, coalition forces conducted 10 strikes against ISIS targets.\n"
        "* Near Hajin, one strike destroyed an ISIS vehicle.\n"
        "* Near Deir ez-Zor, two strikes engaged an ISIS unit.\n"
        "* Near Raqqa, four strikes destroyed a weapons cache."
    )
    assert [d.value for d in dates_of(text)] == [datetime.date(2024, 5, 6)] * 3


def test_a_relative_day_closing_its_clause_dates_it_against_the_event_before() -> None:
    # "a day earlier" inside the clause, before its consequence: the clause's own day, one before the event told before
    text = (
        "Gunmen shot dead a shop owner in Kasra on Monday evening. In Tabqa, a mine blew up under a tractor "
        "near the village of Hamra a day earlier, badly wounding the driver."
    )
    incidents = rule_incidents(Document(text=text, published=PUBLISHED))
    assert len(incidents) == 2
    mine = incidents[1]
    assert mine.date is not None and mine.date.value == datetime.date(2024, 5, 5)
    assert mine.injured is not None and mine.injured.low == mine.injured.high == 1


def test_a_bare_day_before_at_the_end_of_a_clause_is_the_day_before_the_event_told() -> None:
    text = "Gunmen shot dead a shop owner in Kasra on Monday, and a mine killed two herders near Hamra the day before."
    incidents = rule_incidents(Document(text=text, published=PUBLISHED))
    assert [i.date.value for i in incidents if i.date] == [datetime.date(2024, 5, 6), datetime.date(2024, 5, 5)]


@pytest.mark.parametrize(
    "opening",
    [
        "A local source said another drone",
        "A resident told Hawar News that another drone",
        "According to the Asayish, a second drone",
    ],
)
def test_the_next_event_of_a_series_after_its_source_takes_the_day_of_the_series(opening: str) -> None:
    text = f"Turkish drones killed four guards at a checkpoint near Amuda on Monday. {opening} hit an oil station near Qahtaniyah, causing no casualties."
    incidents = rule_incidents(Document(text=text, published=PUBLISHED))
    assert len(incidents) == 2
    assert incidents[1].date is not None and incidents[1].date.value == datetime.date(2024, 5, 6)


def test_a_clause_joined_to_a_dated_clause_of_its_sentence_takes_its_day() -> None:
    # the day names the sentence's first clause, which told no incident of its own (no place)
    text = (
        "Heavy fighting broke out at dawn on Monday when clan gunmen crossed the river and stormed army posts "
        "in the village of Hamra, residents said."
    )
    assert only_date(text).value == datetime.date(2024, 5, 6)


@pytest.mark.parametrize(
    "second",
    [
        "A source added that gunmen tried to storm the village of Hamra at dawn, killing a guard.",
        "Earlier in the day, a guard was killed by a sniper in the village of Hamra, the source added.",
        "The source said gunmen tried to storm Hamra under cover of the shelling, killing a guard.",
    ],
)
def test_a_time_of_the_narratives_day_takes_the_day_of_the_incident_told(second: str) -> None:
    text = f"Army shells wounded two farmers in Kasra on Monday evening. {second}"
    incidents = rule_incidents(Document(text=text, published=PUBLISHED))
    assert len(incidents) == 2
    assert incidents[1].date is not None and incidents[1].date.value == datetime.date(2024, 5, 6)


def test_a_time_of_day_with_no_dated_incident_before_keeps_the_report_date() -> None:
    date = only_date("Gunmen stormed a checkpoint in the village of Hamra at dawn, killing a guard.")
    assert date is not None and date.is_report_date


# Rule 4: the day a bulletin's title covers. PUBLISHED is Wednesday 2024-05-08.
TUESDAY = datetime.date(2024, 5, 7)
BULLETIN_ITEMS = (
    "\n\nHajin: gunmen shot dead a teacher near the school.\n\nShaafah: a landmine killed a shepherd.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Field notes from the Euphrates – May 7",
        "Round-up | 7 May",
        "Daily summary - Tuesday, May 7",
        "Notes, Tuesday",
        "Field notes | Day 7 May",  # a "Day" label before the day
        # a title naming a round-up: its one day, wherever it stands
        "#Euphrates | Tuesday round-up",
        "Clashes along the river – Tuesday update",
        "Night bulletin (Tuesday)",
        "At a glance: security incidents along the river on Tuesday",
        "Daily toll | four people killed in the valley on May 7",
    ],
)
def test_a_bulletin_title_closing_on_a_day_dates_its_items(title: str) -> None:
    dates = dates_of(title + BULLETIN_ITEMS)
    assert [d.value for d in dates] == [TUESDAY, TUESDAY] and all(d.precision == "day" for d in dates)
    assert not any(d.is_report_date for d in dates)


def test_an_item_with_its_own_day_keeps_it_under_a_dated_title() -> None:
    text = "Round-up | 7 May\n\nHajin: gunmen shot dead a teacher on Sunday.\n\nShaafah: a landmine killed a shepherd.\n"
    teacher, shepherd = dates_of(text)
    assert teacher.value == datetime.date(2024, 5, 5) and shepherd.value == TUESDAY


@pytest.mark.parametrize(
    "title",
    [
        "Drone kills two near Amuda on Tuesday",  # a headline telling an event with its day
        "Strike summary, May 3 - May 7",  # a span: no one day
        "Monthly round-up – April 7",  # a month before publication: no bulletin of the day
        "Notes – May 9",  # after publication
        "Weekly round-up (1–7 May)",  # a week's round-up, a span of days
        "Monthly summary: a bulletin for Tuesday",  # a month's
        # one event's headline: under an update label, or before a site's name that reads as a round-up word
        "Update: a sniper kills a farmer near Busayrah on Tuesday",
        "Jets pound a depot outside Mayadin on Tuesday - Daily Courier",
    ],
)
def test_a_title_that_dates_no_page_leaves_its_items_to_the_report_date(title: str) -> None:
    dates = dates_of(title + BULLETIN_ITEMS)
    assert dates and dates[-1].is_report_date  # (the shepherd: no event of the title's day)


def test_a_title_telling_two_days_dates_no_page() -> None:
    # (its items may still take a day told before them: the page itself has none)
    assert title_day("Update: a drone killed two on Monday and a mine one on Tuesday", PUBLISHED) is None
    assert title_day("Update – Monday", PUBLISHED) is not None


# Rule 3, the next event of a series: PUBLISHED is Wednesday 2024-05-08; Monday is 2024-05-06.
def test_the_next_event_told_by_its_agent_also_takes_the_day_before() -> None:
    text = "ISIS cells stormed a farm near Kasra on Monday, abducting four men. The cells also attacked an SDF post in Jazra, killing two guards."
    farm, post = dates_of(text)
    assert farm.value == MONDAY and post.value == MONDAY and post.basis == "context"


def test_a_statement_told_also_is_no_next_event() -> None:
    text = "Drones struck a car in Kasra on Monday. The SDF also said a landmine killed a shepherd near Shaafah."
    assert dates_of(text)[-1].is_report_date


def test_a_strike_opening_on_its_place_after_the_dated_campaign_takes_its_day() -> None:
    text = (
        "Turkish drones struck on Monday the Tanak oil field and a checkpoint near Derik, killing two guards. "
        "In Qahtaniyah, a drone struck a motorbike, wounding its rider."
    )
    *_, amuda = dates_of(text)
    assert amuda.value == MONDAY and amuda.basis == "context"


def test_an_item_of_another_kind_opening_on_its_place_keeps_the_report_date() -> None:
    text = "Yesterday, gunmen shot dead a teacher in Kasra. In Shaafah, a landmine killed a shepherd."
    teacher, shepherd = dates_of(text)
    assert teacher.value == datetime.date(2024, 5, 7) and shepherd.is_report_date


# Rule 4 with a weekday's short name before the day ("Tue 7 May"). PUBLISHED is Wednesday 2024-05-08.
@pytest.mark.parametrize("title", ["Raqqa province — Tue 7 May", "Daily notes: Tue. 7 May"])
def test_a_bulletin_title_with_a_short_weekday_dates_its_items(title: str) -> None:
    assert [d.value for d in dates_of(title + BULLETIN_ITEMS)] == [TUESDAY, TUESDAY]


# Rule 3, the items of a series the sentence before counted.
def test_the_counted_items_of_a_dated_series_take_its_day() -> None:
    text = (
        "Jets carried out two raids near Hajin on Monday. The first hit a bakery in Shaafah, killing three bakers. "
        "The second struck a farm in the village of Kasra, wounding a shepherd."
    )
    days = _dates_by_place(text)
    assert days["Shaafah"] == MONDAY and days["Kasra"] == MONDAY


def test_the_first_time_is_no_item_of_a_series() -> None:
    text = (
        "Jets struck a bakery in Shaafah on Monday, killing three bakers. "
        "The first time gunmen stormed the farm in Kasra, they killed a shepherd."
    )
    assert _dates_by_place(text)["Kasra"] is None


# Rule 3, the items of a bulletin that details one day: labelled with their place, or going on "In addition".
DAY_LISTED = "The monitor documented the death of four people on Monday, as follows:\n\n"


@pytest.mark.parametrize(
    "second",
    [
        "Raqqa countryside: a landmine killed a shepherd near Kasra.",
        "Raqqa: a landmine killed a shepherd in Kasra.",
        "In addition, a landmine killed a shepherd near Kasra.",
    ],
)
def test_the_next_item_of_a_list_detailing_one_day_takes_its_day(second: str) -> None:
    text = DAY_LISTED + "Deir Ezzor province: a teacher was shot dead by gunmen in Shaafah.\n\n" + second
    days = _dates_by_place(text)
    assert days["Shaafah"] == MONDAY and days["Kasra"] == MONDAY


def test_an_item_with_no_label_after_a_listed_day_keeps_the_report_date() -> None:
    text = DAY_LISTED + "Deir Ezzor province: a teacher was shot dead by gunmen in Shaafah.\n\nA landmine killed a shepherd near Kasra."
    assert _dates_by_place(text)["Kasra"] is None


def test_a_labelled_item_after_an_item_with_its_own_day_keeps_the_report_date() -> None:
    # the day was the first item's own, not a summarised day the list details
    text = "Hasakah: jets struck a bakery in Shaafah on Monday, killing three.\nRaqqa: jets struck a farm in Kasra.\n"
    days = _dates_by_place(text)
    assert days["Shaafah"] == MONDAY and days["Kasra"] is None


def test_a_release_section_after_the_list_of_another_goes_on_with_the_day() -> None:
    # the third item takes the day as the next strike of the campaign; the next section's item still goes on with
    # the list, past the section's heading and summary
    text = (
        "On May 6, coalition forces conducted 20 strikes against ISIS targets.\n\n"
        "Strikes in Syria\nIn Syria, coalition forces conducted 16 strikes against ISIS targets.\n"
        "-- Near Hajin, two strikes destroyed a fighting position.\n"
        "-- Near Tabqa, one strike destroyed a vehicle.\n"
        "-- Near Raqqah, 13 strikes engaged ISIS tactical units.\n\n"
        "Strikes in Iraq\nIn Iraq, coalition forces conducted four strikes against ISIS targets.\n"
        "-- Near Sinjar, four strikes destroyed a tunnel.\n"
    )
    assert _dates_by_place(text)["Sinjar"] == MONDAY


def test_a_toll_told_after_a_dated_event_lists_no_day_for_the_next_item() -> None:
    text = (
        "Clashes erupted near Tal Tamr on Monday. Two fighters were killed, sources said.\n\n"
        "In Raqqa, Turkish artillery pounded the edge of Ain Issa."
    )
    assert _dates_by_place(text)["Ain Issa"] is None


# Rule 5: a release's own day at its head. PUBLISHED is Wednesday 2024-05-08.
def test_today_in_a_release_is_the_day_it_gives_itself() -> None:
    text = "Coalition strike near Hajin\n\nMay 7, 2024\nRelease No: 20240507\n\nTAMPA - Coalition jets struck a depot near Hajin today."
    date = only_date(text)
    assert date.value == TUESDAY and not date.is_report_date


def test_an_undated_strike_of_a_release_keeps_the_publication_day_as_its_report_date() -> None:
    text = "Coalition strike near Hajin\n\nMay 7, 2024\nRelease No: 20240507\n\nTAMPA - Coalition jets struck a depot near Hajin."
    date = only_date(text)
    assert date.is_report_date and date.value == PUBLISHED


@pytest.mark.parametrize(
    "head",
    [
        "Strike update\n\nMay 6, 2024\n\n",  # a date line of its own under the headline
        "Strike update\n\nCENTRAL COMMAND, May 6, 2024 - ",  # a dateline
    ],
)
def test_relative_days_count_from_the_day_the_text_prints_before_publication(head: str) -> None:
    date = only_date(head + "Coalition jets bombed a depot near Markada yesterday, killing four fighters.")
    assert date.value == datetime.date(2024, 5, 5)  # the day before May 6, not before the publication (May 8)


def test_the_report_date_stays_the_publication_date_when_the_text_prints_an_earlier_day() -> None:
    date = only_date("Strike update\n\nMay 6, 2024\n\nCoalition jets bombed a depot near Markada, killing four fighters.")
    assert date.is_report_date and date.value == PUBLISHED


@pytest.mark.parametrize(
    "line",
    [
        "Updated: May 6, 2024",  # a correction's date, not the day the text was written
        "April 20, 2024",  # too long before publication to be the day it was written
        "May 3, 2024 - May 6, 2024",  # a span of days a release covers
    ],
)
def test_a_printed_day_that_is_not_the_day_written_leaves_relative_days_to_publication(line: str) -> None:
    date = only_date(f"Strike update\n\n{line}\n\nCoalition jets bombed a depot near Markada yesterday, killing four.")
    assert date.value == datetime.date(2024, 5, 7)


def test_written_day_is_none_without_a_publication_date_or_on_it() -> None:
    from mapapp.extract.event_dates import written_day

    assert written_day("Update\n\nMay 6, 2024\n\nJets struck a depot.", None) is None
    assert written_day("Update\n\nMay 8, 2024\n\nJets struck a depot.", PUBLISHED) is None
    assert written_day("Update\n\nMay 6, 2024\n\nJets struck a depot.", PUBLISHED) == datetime.date(2024, 5, 6)


_LEDE = "Government troops and local fighters clashed on Monday near the town of Kasra, a monitor said. "


def test_undated_fighting_at_the_place_of_a_dated_lede_takes_its_day() -> None:
    # the shelling is told in a sentence of its own, past a sentence telling the fighting again: the same day
    *_, shelling = dates_of(
        _LEDE + "Rebels attacked army posts on the road, the monitor said. "
        "Artillery shells later hit homes on the edge of Kasra, wounding four civilians."
    )
    assert shelling.value == MONDAY and shelling.basis == "context"


@pytest.mark.parametrize(
    "after",
    [
        # at another place: an item of its own
        "Artillery shells hit homes in the village of Jazrat, wounding four civilians.",
        # a day named between the lede and the event, even a statement's: it may be the one the event happened on
        "The army said on Tuesday it had repelled the assault. Artillery shells hit homes on the edge of Kasra, "
        "wounding four civilians.",
        # a bulletin's item labelled with its place is an item of its own
        "\nKasra: artillery shells hit homes near the school, wounding four civilians.",
        # set at another time by its own clause
        "Artillery had shelled homes on the edge of Kasra, wounding four civilians.",
        # beyond the few sentences after the lede
        "The town lies on the river. Its people farm. Many have left. Schools are shut. Artillery shells hit homes "
        "on the edge of Kasra, wounding four civilians.",
        # not fighting: a shooting is an item of its own
        "Gunmen shot dead a teacher on the edge of Kasra, relatives said.",
    ],
)
def test_an_event_after_a_lede_keeps_the_report_date_when_its_day_may_be_another(after: str) -> None:
    *_, event = dates_of(_LEDE + after)
    assert event.is_report_date


_STATED = "A roadside bomb killed three SDF fighters near the Tanak oil field, a monitor said on Wednesday. "


@pytest.mark.parametrize(
    "again",
    [
        "The explosion hit their truck on the road between Hajin and Kasra late on Monday.",
        "The blast hit their truck late on Monday on the road to Kasra, the monitor said.",
    ],
)
def test_an_event_dated_by_its_statement_takes_the_day_its_next_telling_gives(again: str) -> None:
    bomb, *_ = dates_of(_STATED + again)
    assert bomb.value == MONDAY


@pytest.mark.parametrize(
    "after",
    [
        "Another bomb hit a truck on the road to Kasra on Monday.",  # another event, not the same told again
        "The explosion hit their truck on the road to Kasra, the monitor said on Tuesday.",  # a statement's day again
        # the day of another clause
        "The bombing is a blow to the SDF, which lost two commanders in Kasra on Monday.",
    ],
)
def test_an_event_dated_by_its_statement_keeps_it_without_a_day_of_its_own_told_next(after: str) -> None:
    bomb, *_ = dates_of(_STATED + after)
    assert bomb.value == PUBLISHED


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Coalition strikes near Hajin\n\nMay 6, 2024\nRelease No: 1\n\nTAMPA - Forces struck today.", datetime.date(2024, 5, 6)),
        ("Strikes go on\nSOUTHWEST ASIA, 6 May 2024 — Forces struck targets yesterday.", datetime.date(2024, 5, 6)),
        # a date told in prose, a day after publication or long before it: no day of the text's own
        ("BEIRUT (Reuters) - On May 6, 2024 jets struck Hajin.", None),
        ("Strikes go on\n\nMay 9, 2024\n\nForces struck today.", None),
        ("Strikes go on\n\nApril 6, 2024\n\nForces struck today.", None),
    ],
)
def test_the_day_a_release_gives_itself_at_its_head(text: str, day: datetime.date | None) -> None:
    assert written_day(text, datetime.date(2024, 5, 8)) == day


def test_an_undated_event_takes_the_day_its_next_telling_gives() -> None:
    text = (
        "Security forces opened fire on protesters in the province, killing a young man, a monitor said. "
        "The shooting took place on Monday in the town of Hajin, where protesters had blocked roads."
    )
    assert only_date(text).value == MONDAY


def _relation(text: str) -> list[tuple[int | None, int | None]]:
    """(index of the incident each one is dated against, days after it) for each incident of ``text``."""
    incidents = rule_incidents(Document(text=text, published=PUBLISHED))
    index = {incident.id: n for n, incident in enumerate(incidents)}
    return [(index.get(i.date.relative_to), i.date.days_after) if i.date else (None, None) for i in incidents]


def test_an_anaphoric_subject_dates_the_latest_event_of_its_kind() -> None:
    text = (
        "Gunmen and guards clashed in the town of Kasra on Monday evening, killing two. "
        "A mortar shell hit a house in the village of Hajin, wounding a boy. "
        "The clashes came a week after a drone strike killed three fighters in Shaafah."
    )
    clash, shell, drone = _relation(text)
    assert clash == (2, 7) and drone == (0, -7)  # the clashes, not the shelling told just before
    assert shell == (None, None)


def test_the_same_place_dates_against_the_event_told_there() -> None:
    text = (
        "Gunmen attacked a patrol near the Kasra junction, killing two guards. "
        "A grenade was thrown at a house in Hajin, wounding a boy. "
        "Two days earlier, a car bomb exploded near the same junction, wounding a guard."
    )
    patrol, grenade, car_bomb = _relation(text)
    assert patrol == (2, 2) and car_bomb == (0, -2) and grenade == (None, None)


def test_the_same_evening_dates_against_the_event_told_with_its_day() -> None:
    text = (
        "A drone struck a car near Tal Tamr on Tuesday evening, killing two men. "
        "Gunmen and soldiers exchanged fire near the town of Hajin. "
        "Shelling hit the village of Kasra on the same evening, wounding three."
    )
    drone, _, shelling = rule_incidents(Document(text=text, published=PUBLISHED))
    assert shelling.date.relative_to == drone.id and shelling.date.value == datetime.date(2024, 5, 7)


def test_a_relation_without_a_cue_dates_against_the_event_told_just_before() -> None:
    text = (
        "Gunmen and guards clashed in the town of Kasra, killing two. "
        "A mortar shell hit a house in the village of Hajin, wounding a boy. "
        "A day later, a drone strike killed three fighters in Shaafah."
    )
    clash, shell, drone = _relation(text)
    assert shell == (2, -1) and drone == (1, 1) and clash == (None, None)


def test_the_same_day_after_an_event_dated_against_another_dates_against_it() -> None:
    text = (
        "Gunmen shot dead a guard in the town of Kasra on Sunday evening. "
        "Hours earlier, ISIS cells attacked a checkpoint in the village of Hajin, wounding one. "
        "On the same day, gunmen attacked an oil tanker near Shaafah with rockets."
    )
    guard, checkpoint, tanker = _relation(text)
    assert guard == (1, 0) and checkpoint == (2, 0) and tanker == (1, 0)  # each link kept


_RELEASE = (
    "Strike release\n\nOn May 6, coalition forces conducted nine strikes against ISIS targets.\n"
    "Strikes in Syria\nIn Syria, coalition forces conducted seven strikes.\n"
    "-- Near Hajin, three strikes hit an ISIS vehicle.\n"
    "-- Near Kasra, three strikes destroyed an ISIS fighting position.\n"
    "Strikes in Iraq\nIn Iraq, coalition forces conducted two strikes.\n"
)


def test_a_strike_listed_under_another_section_of_a_release_takes_the_ledes_day() -> None:
    *_, last = dates_of(_RELEASE + "-- Near Tal Afar, two strikes destroyed an ISIS bunker.")
    assert last.value == MONDAY and last.basis == "context"


@pytest.mark.parametrize(
    "item",
    [
        "-- On May 5, near Tal Afar, two strikes destroyed an ISIS bunker.",  # a day of its own
        "Two strikes destroyed an ISIS bunker in Tal Afar.",  # not an item opening on its place
    ],
)
def test_a_listed_item_that_is_no_strike_of_the_ledes_day_keeps_its_own(item: str) -> None:
    *_, last = dates_of(_RELEASE + item)
    assert last.value != MONDAY


def test_a_day_named_between_stops_the_ledes_day_for_the_strikes_listed_after() -> None:
    release = _RELEASE.replace("In Iraq, coalition forces conducted two strikes.", "On May 7, in Iraq, forces conducted two strikes.")
    *_, last = dates_of(release + "-- Near Tal Afar, two strikes destroyed an ISIS bunker.")
    assert last.value != MONDAY


@pytest.mark.parametrize(
    "again",
    [
        # the day told in the next sentence is another event's, the one the bombing is dated against
        "The blast came two days after an ambush on a patrol near Kasra on Monday.",
        "The explosion was the second in the area since a car bomb went off near Kasra on Monday.",
    ],
)
def test_an_event_dated_by_its_statement_does_not_take_the_day_of_the_event_it_is_told_after(again: str) -> None:
    bomb, *_ = dates_of(_STATED + again)
    assert bomb.value != MONDAY


def test_the_lede_s_event_told_again_in_the_next_sentence_at_its_places_takes_the_lede_s_day() -> None:
    dates = _dates_by_place(
        "Jets pounded positions of armed groups around Al-Bukamal on Monday night, a monitor said.\n\n"
        "The strikes hit a camp near Hajin and a depot outside Al-Susah, killing nine fighters."
    )
    assert dates.get("Hajin") == MONDAY


@pytest.mark.parametrize(
    "second",
    [
        # another event, not the lede's told again
        "A roadside bomb hit a truck near Hajin, killing nine fighters.",
        # the lede's event told again, but two sentences on, past another
        "Residents fled the area. The strikes hit a camp near Hajin, killing nine fighters.",
        # the lede's event told again, but the incident there is another one it names (earlier, undated)
        "The strikes came in reply to a car bomb attack that killed nine fighters near Hajin.",
    ],
)
def test_an_event_after_the_lede_that_does_not_tell_it_again_right_after_keeps_no_day(second: str) -> None:
    dates = _dates_by_place(
        "Jets pounded positions of armed groups near Al-Susah on Monday night, a monitor said.\n\n" + second
    )
    assert dates.get("Hajin") is None



def test_a_date_line_gives_the_post_under_it_no_day_of_its_own() -> None:
    # the post's date line is the day it was written: the shelling it tells happened on or before it ("T.C." cuts the
    # header into a sentence of its own: the date line is read as body text)
    text = "T.C. Defence Office / Press Desk\n\n@defoffice · 6 May 2024\n\nArtillery units shelled a militant post in the Shield region."
    date = only_date(text)
    assert date is not None and date.is_report_date and date.value == datetime.date(2024, 5, 6)


def test_a_heading_naming_the_day_of_its_items_still_dates_them() -> None:
    text = "T.C. Front Office / Press Desk\n\nYesterday, 7 May 2024:\n1. Kasra front: artillery units shelled a militant post."
    date = only_date(text)
    assert date is not None and not date.is_report_date and date.value == datetime.date(2024, 5, 7)


def test_the_day_after_the_event_word_where_it_stands_dates_the_incident() -> None:
    # "strike" told twice: the logs reviewed on Sunday, then the strike, on Monday (the event word is the second)
    date = only_date("After a review of the strike logs on Sunday, officials said a strike killed two men near Hajin on Monday.")
    assert date is not None and date.value == datetime.date(2024, 5, 6)


_STORY = "Two roadside bombs exploded near Kasra and Hajin on Monday, a monitor said. Farmers fled. Schools stayed shut. "


def test_a_part_of_a_dated_story_set_at_a_place_in_the_story_place_takes_its_day() -> None:
    *_, part = dates_of(_STORY + "A roadside bomb also exploded in the village of Jazrat near Hajin, wounding two farmers.")
    assert part.value == MONDAY and part.basis == "context"


@pytest.mark.parametrize(
    "after",
    [
        # another kind of event there: an item of its own
        "Gunmen shot dead a teacher in the village of Jazrat near Hajin.",
        # told only at the story's place: it may be another event there
        "A roadside bomb exploded on the edge of Hajin, wounding two farmers.",
        # another day named between
        "On Tuesday the monitor counted the dead. A roadside bomb exploded in the village of Jazrat near Hajin.",
    ],
)
def test_an_event_after_a_dated_story_does_not_take_its_day_when_it_may_be_another(after: str) -> None:
    *_, event = dates_of(_STORY + after)
    assert event.value != MONDAY or event.is_report_date
