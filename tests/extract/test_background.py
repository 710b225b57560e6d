"""Background, general and non-violent statements are not incidents; specific reports are."""

from __future__ import annotations

import datetime

import pytest

from mapapp.extract import extract_incidents
from mapapp.model import Document, EventType


def count(text: str) -> int:
    return len(extract_incidents(Document(text=text)))


@pytest.mark.parametrize(
    "text",
    [
        # campaigns and habitual aspect
        "The US-led coalition has been conducting airstrikes against Daesh targets inside Syria since September 2014.",
        "Turkey has carried out dozens of drone strikes in northeast Syria since 2019.",
        "The coalition has conducted more than 30,000 strikes since 2014.",
        "Russian jets regularly bomb the desert between Palmyra and Deir ez-Zor.",
        # accusations and generalities
        "The military alliance has repeatedly been accused of targeting and killing civilians.",
        "The coalition continues to perpetrate massacres against Syrian civilians, leaving scores of people dead over the past few days.",
        "The coalition has bombarded people in the provinces of Hasakah, Raqqah and Dayr al-Zawr.",
        "Scores of people have been killed in Raqqa over the past months, the UN said.",
        # diplomacy and statements
        "In two letters sent to the UN Secretary General on June 5, the ministry condemned the continuing attacks by the coalition.",
        "The foreign ministry called on the Security Council to stop the aggression and the attacks on Syrian sovereignty.",
        # negated, failed, hypothetical
        "Government forces thwarted Daesh assaults on their positions.",
        "SDF engineers defused a roadside bomb on the road to Shaddadi.",
        "Ankara has threatened to launch a new ground offensive against Kurdish forces.",
        "Ankara said it may strike SDF positions near Tal Tamr.",
        # tallies and the war as a whole
        "Monitors have documented 57 Turkish drone strikes on areas held by the SDF in northeast Syria.",
        "Mines and unexploded ordnance have killed more than 200 people in Raqqa since the city was captured.",
        "Syria's conflict has killed more than half a million people since it began in 2011.",
        # denials of an event, accusations, anniversaries, a year's statistic
        "The council denied reports that its guards had shelled a market in Manbij.",
        "The administration accused Damascus of shelling villages near Mayadin, a charge the army denied.",
        "Sunday marks the fifth anniversary of the bombing that killed 60 people in Qamishli.",
        "According to the UN, more than 1,200 civilians were killed in Deir ez-Zor in 2019.",
        "Since Sunday, Turkish strikes have killed at least 47 people in the region, the monitor said.",
        # no event at all
        "The SDF controls most of the territory east of the Euphrates.",
        "Residents of Hajin returned to their homes after the harvest.",
        "",
        "   \n\n  ",
    ],
)
def test_not_an_incident(text: str) -> None:
    assert count(text) == 0


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


def test_background_paragraph_after_incident_adds_nothing() -> None:
    text = (
        "A Turkish drone struck a car near Qamishli on Monday, killing two Asayish members, Kurdistan24 reported.\n\n"
        "Turkey has repeatedly targeted SDF officials with drones since 2019, accusing them of links to the PKK.\n\n"
        "The Kurdish administration condemned the attacks and called on the international community to act."
    )
    found = extract_incidents(Document(text=text))
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Qamishli"


def test_markup_does_not_break_extraction_and_evidence_stays_plain() -> None:
    text = (
        "<p>A roadside bomb killed three soldiers near Tal Tamr on Monday.</p>"
        "<script>alert(1)</script>"
        "<p>Warplanes struck a <b>bakery</b> in Hajin on Tuesday, killing four civilians.</p>"
    )
    found = extract_incidents(Document(text=text))
    assert len(found) == 2
    for incident in found:
        for span in incident.evidence:
            assert text[span.start : span.end] == span.text
            assert "<script" not in span.text and "alert(1)" not in span.text
            assert not span.text.startswith("<") and not span.text.endswith(">")
    assert found[1].target == "bakery"


def test_script_only_document() -> None:
    assert count("<script>var strikes = 'airstrike killed 10 in Hajin on Monday';</script>") == 0


def test_reference_back_with_nothing_new_is_not_a_second_incident() -> None:
    text = (
        "Coalition jets struck a house in the village of Gharanij on Monday, killing five civilians.\n"
        "The strikes came as the SDF advanced on Hajin, further south."
    )
    found = extract_incidents(Document(text=text))
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Gharanij"


def test_definite_subject_before_a_verb_is_a_new_incident() -> None:
    text = "Gunmen killed two men in Hajin on Monday.\nThe Turkish army shelled Ain Issa, killing a child."
    found = extract_incidents(Document(text=text))
    assert [i.event_type.value for i in found] == ["attack", "shelling"]
    assert [len(i.evidence) for i in found] == [1, 1]


@pytest.mark.parametrize(
    "text",
    [
        "Two farmers died in a fire in the village of Tal Baydar on Monday.",
        "Three children drowned in the Euphrates near Raqqa on Friday.",
        "Four people were killed in a traffic accident near Shaddadi on Sunday.",
    ],
)
def test_accidents_are_not_incidents(text: str) -> None:
    assert count(text) == 0


def test_violent_toll_without_event_word_is_an_other_incident() -> None:
    found = extract_incidents(Document(text="Three civilians were shot dead in the village of Gharanij on Monday."))
    assert len(found) == 1
    found = extract_incidents(Document(text="Three civilians were killed in the village of Gharanij on Monday."))
    assert len(found) == 1 and found[0].event_type.value == "other"


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


def test_a_tally_clause_is_left_out_of_the_evidence_of_the_incident_beside_it() -> None:
    text = "The ministry said its operation had neutralised 30 terrorists, while in Derik a drone struck a car on Monday, killing two."
    assert _evidence_texts(text) == ["while in Derik a drone struck a car on Monday, killing two."]


def _count_published(text: str) -> int:
    return len(extract_incidents(Document(text=text, published=datetime.date(2023, 5, 20))))


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
    assert _count_published(text) == 0


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
    assert _count_published(text) == 1


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
    assert len(extract_incidents(Document(text=text, published=datetime.date(2023, 5, 2)))) == text.count(".")


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
    found = extract_incidents(Document(text=text))
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 1


def test_a_count_neutralised_in_the_raid_just_told_is_its_toll() -> None:
    # "the operation" alone is the raid just told, not the ministry's operation as a whole
    text = "The SDF raided a hideout in the village of Khatuniyah. Two militants were neutralized in the operation."
    found = extract_incidents(Document(text=text))
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
    found = extract_incidents(Document(text=text))
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


def test_refer_back_sentence_adds_no_incident() -> None:
    text = (
        "A roadside bomb killed two fighters in Busayrah on Monday. "
        "The incident comes one day after gunmen attacked a checkpoint in Thiban."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 3, 6)))
    # the bomb, and the checkpoint attack the refer-back dates against it: "the incident" is no third event (gunmen's
    # attack on a checkpoint is fighting with its guards: a clash, test_event_types)
    assert [i.event_type.value for i in found] == ["ied", "armed_clash"]
    assert found[0].date.value == datetime.date(2024, 3, 4)
    assert found[1].date.value == datetime.date(2024, 3, 3)
    assert found[1].date.relative_to == found[0].id


def test_toll_over_several_governorates_is_a_statistic() -> None:
    text = (
        "The monitor has documented the assassination of 140 civilians by armed cells in the countryside of "
        "Deir ez-Zor, Hasakah countryside and Raqqa city."
    )
    assert count(text) == 0


def test_plural_reference_to_earlier_events_is_no_new_incident() -> None:
    text = "Dozens of people were also wounded in Hajin as a result of those assassinations."
    assert count(text) == 0


def test_an_event_followed_by_the_running_total_is_an_incident() -> None:
    text = (
        "Five civilians were killed in an air strike on a bakery in Hajin on Monday, "
        "which raises to 240 the number of civilians killed in the town since June."
    )
    found = extract_incidents(Document(text=text))
    assert len(found) == 1 and found[0].primary_toponym.text == "Hajin"


def test_a_stated_total_is_a_tally() -> None:
    assert count("The casualties are 412 civilians, who were killed in Raqqa city.") == 0


def test_remark_recalling_earlier_events_is_background() -> None:
    text = "It is worth noting that the toll of 14 soldiers in Kabajeb is the highest since the start of the year."
    assert count(text) == 0


def test_a_denial_is_a_reaction_not_an_incident() -> None:
    assert count("The army denied the reports, saying there were no air strikes over the town on Monday night.") == 0


def test_a_list_of_kinds_of_events_is_a_summary() -> None:
    assert count("All of them were killed in attacks, bombings and ambushes by the cells in the desert of Deir ez-Zor.") == 0


def test_a_toll_over_a_period_does_not_fill_the_incident_before() -> None:
    text = (
        "Gunmen shot dead a guard at a checkpoint in Kasra on Monday. "
        "Also, 11 shepherds were killed and documented by the monitor in the same period."
    )
    found = extract_incidents(Document(text=text))
    assert len(found) == 1 and found[0].killed.low == 1 and len(found[0].evidence) == 1


def test_a_toll_so_far_is_a_running_total() -> None:
    assert count("So far, 11 civilians have reportedly been killed by the strikes on Derik.") == 0


@pytest.mark.parametrize(
    "text",
    [
        # habitual wording: "constantly", "continue their attacks"
        "Unexploded mines left by the militants constantly kill shepherds in the desert near Shaddadi.",
        "Cells of the group continue their attacks on army posts near Mayadin even after their defeat in Hajin.",
    ],
)
def test_habitual_wording_is_not_an_incident(text: str) -> None:
    assert count(text) == 0


def test_quoted_words_with_no_toll_or_place_are_a_reaction() -> None:
    text = (
        "Gunmen shot dead two SDF fighters in the village of Gharanij on Monday.\n\n"
        "\u201cHowever hard the fighting gets in the east of the province, the cells will be defeated,\u201d "
        "the SDF commander said."
    )
    found = extract_incidents(Document(text=text))
    assert len(found) == 1
    assert all("However hard" not in span.text for span in found[0].evidence)


def test_quoted_witness_naming_a_place_is_still_read() -> None:
    text = "\u201cA drone struck a car in the Hilaliya district of Qamishli at noon,\u201d a local source told reporters."
    assert count(text) == 1


def test_sentences_adding_to_a_tally_are_part_of_it() -> None:
    text = (
        "A shell killed four civilians in the village of Gharanij on Monday.\n\n"
        "The number of civilians killed in the province since June has risen to 412.\n\n"
        "In addition, nine civilians were killed in raids on the village of Tal Baydar.\n\n"
        "Airstrikes also left dozens of civilians wounded."
    )
    found = extract_incidents(Document(text=text))
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
    found = extract_incidents(Document(text=text))
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


def test_a_sentence_ranking_the_event_adds_nothing() -> None:
    text = (
        "A car bomb killed three SDF fighters at a checkpoint in Tabqa on Monday.\n\n"
        "This is the third explosion this month targeting SDF posts in Tabqa, some 40 km from the dam."
    )
    found = extract_incidents(Document(text=text))
    assert len(found) == 1
    assert len(found[0].evidence) == 1 and "third explosion" not in found[0].evidence[0].text


def test_an_earlier_report_recalled_is_not_an_incident() -> None:
    text = (
        "Warplanes killed six civilians in the village of Gharanij on Friday, the monitor said.\n\n"
        "The monitor published on the 2nd of May 2019, that it documented the killing of 12 civilians by warplanes."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2019, 5, 10)))
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.low == 6
    recalled = "The monitor reported on May 2, 2019 that it documented the killing of 12 civilians by warplanes."
    assert len(extract_incidents(Document(text=recalled, published=datetime.date(2019, 5, 10)))) == 0


def test_an_event_dated_against_one_told_before_is_specific() -> None:
    text = (
        "A car bomb killed six people in the town of Shaddadi on March 3.\n\n"
        "Four days later, another bomb targeted an army convoy in Hasakah province."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2019, 3, 20)))
    assert len(found) == 2
    assert found[1].date is not None and found[1].date.value == datetime.date(2019, 3, 7)


def test_no_casualties_so_far_is_one_event_not_a_period() -> None:
    # "so far" after a zero toll says how long the report has held; it totals nothing over a period
    text = "Coalition aircraft struck hideouts near the Hamra prison in Tabqa, and no casualties have been reported so far."
    found = extract_incidents(Document(text=text))
    assert [i.event_type.value for i in found] == ["airstrike"]
    assert found[0].killed is not None and found[0].killed.high == 0
    # a count of events "so far" stays a tally
    assert count("Coalition aircraft have carried out 40 strikes on Tabqa so far, the monitor said.") == 0
    assert count("Twelve civilians have been killed in Tabqa so far, the monitor said.") == 0


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


def test_strikes_counted_over_three_governorates_in_a_day_are_a_tally() -> None:
    text = "Since last night, jets have carried out nearly 70 air strikes on the deserts of Raqqa, Hama and Homs."
    assert count(text) == 0


def test_strikes_counted_in_one_governorate_in_a_day_are_an_incident() -> None:
    assert count("Since last night, jets have carried out nearly 70 air strikes on the desert of Raqqa.") == 1


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
    found = extract_incidents(Document(text=text, published=datetime.date(2019, 5, 13)))
    assert len(found) == 1
    assert len(found[0].evidence) == 1


def test_how_the_fighting_erupted_adds_no_second_incident() -> None:
    text = (
        "Clashes between regime forces and the Asayish broke out in Qamishli on Saturday, leaving four dead. "
        "The fighting erupted after a regime patrol refused to stop at a checkpoint near the Tayy neighbourhood."
    )
    assert len(extract_incidents(Document(text=text, published=datetime.date(2018, 9, 30)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Tabia held a protest demanding an end to assassinations in the town.",
        "People in Tabia demonstrated against the shelling of their village.",
    ],
)
def test_events_protested_against_are_no_incident(text: str) -> None:
    assert extract_incidents(Document(text=text)) == []


def test_an_event_told_before_a_protest_against_it_is_kept() -> None:
    found = extract_incidents(Document(text="Shelling hit Tabia on Monday, and residents protested against the shelling."))
    assert len(found) == 1


def test_an_event_recalled_from_a_year_or_more_back_is_history() -> None:
    published = datetime.date(2022, 8, 20)
    assert extract_incidents(Document(text="Last year, a similar drone strike killed three girls in Qamishli.", published=published)) == []
    assert extract_incidents(Document(text="Two years ago, shelling killed a family in Amuda.", published=published)) == []
    # with no count of the years, in a strike release whose own strikes stay incidents
    release = "Coalition jets conducted two strikes near Markada on Monday. Strikes hit the outskirts of Ghranij years ago."
    assert len(extract_incidents(Document(text=release, published=published))) == 1
    assert len(extract_incidents(Document(text=release.replace(" years ago", ""), published=published))) == 2
    # a day of this year is no recollection
    assert len(extract_incidents(Document(text="A drone strike killed three girls in Qamishli on Monday.", published=published))) == 1


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
    found = extract_incidents(Document(text=text, published=datetime.date(2018, 8, 8)))
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 3
    assert len(found[0].evidence) == 1


def test_a_bulletins_frame_with_no_toll_is_no_incident() -> None:
    text = (
        "Deir Ezzor province: In the wake of the repeated assassinations in the region, SOHR sources reported that "
        "gunmen killed a teacher in the village of Tabia."
    )
    found = extract_incidents(Document(text=text))
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 1


def test_a_toll_over_the_past_days_is_a_tally() -> None:
    # (one day's, "in the last 24 hours" at one place, is that day's event:
    # test_a_day_s_toll_at_one_place_below_the_province_is_that_day_s_event)
    text = "Turkish drones killed 9 people in Qamishli and Amuda in the past seven days, the administration said."
    assert extract_incidents(Document(text=text, published=datetime.date(2022, 8, 20))) == []


@pytest.mark.parametrize(
    "text, place",
    [
        ("Russian aircraft carried out 14 airstrikes against ISIS cells near Maadan, a war monitor reported.", "Maadan"),
        ("Coalition jets pounded the pocket near Sousa with more than 30 airstrikes, killing nine militants.", "Sousa"),
        ("Regime helicopters had conducted dozens of air raids on the town of Ma'adan Jadid, activists said.", "Ma'adan Jadid"),
    ],
)
def test_a_counted_wave_the_striker_carried_out_on_a_target_is_one_incident(text: str, place: str) -> None:
    found = extract_incidents(Document(text=text))
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
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 3, 6)))
    assert [(i.event_type, i.primary_toponym.text if i.primary_toponym else None) for i in found] == [
        (EventType.AIRSTRIKE, "Maabada")
    ]
    # the same count in the statement's words: the coalition that said it is the striker
    text = "The US-led coalition said in a brief statement it had carried out nine strikes near Maabada in the past 24 hours."
    assert [i.actor for i in extract_incidents(Document(text=text, published=datetime.date(2023, 3, 6)))] == [
        "US-led coalition"
    ]


@pytest.mark.parametrize(
    "period", ["over the previous 48 hours", "over the weekend", "in the past week"]
)
def test_a_count_of_strikes_near_a_place_over_more_than_a_day_stays_a_tally(period: str) -> None:
    assert count(f"The coalition said it had conducted eight strikes near Maabada {period}, destroying two vehicles.") == 0


def test_several_strikes_told_in_the_simple_past_are_one_wave() -> None:
    published = datetime.date(2022, 8, 20)
    text = "Russian warplanes launched several raids on the desert of Mayadin, targeting ISIS hideouts."
    assert len(extract_incidents(Document(text=text, published=published))) == 1
    # summed up in the perfect, or counted over a week, they are a tally
    text = "Russian warplanes have launched several raids on the desert of Mayadin, targeting ISIS hideouts."
    assert extract_incidents(Document(text=text, published=published)) == []
    text = "Russian warplanes launched 40 raids on the desert of Mayadin last week, targeting ISIS hideouts."
    assert extract_incidents(Document(text=text, published=published)) == []




def test_the_risen_toll_of_one_dated_event_is_that_event() -> None:
    found = extract_incidents(
        Document(
            text="The death toll from Sunday's car bombing in Tal Abyad has risen to 15, a monitor said.",
            published=datetime.date(2024, 5, 8),
        )
    )
    assert [(i.event_type, i.killed.low if i.killed else None) for i in found] == [(EventType.CAR_BOMB, 15)]
    assert found[0].date.value == datetime.date(2024, 5, 5)


def test_a_toll_since_last_midnight_is_one_event() -> None:
    text = "The monitor documented the death of 18 civilians in airstrikes on the village of Tabia since last midnight."
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert len(found) == 1 and found[0].killed is not None


def _evidence_texts(text: str) -> list[str]:
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 20)))
    return [" ".join(text[s.start : s.end] for s in incident.evidence) for incident in found]


_REAL_INCIDENT = "On Thursday, gunmen shot dead a shepherd near Markada."


@pytest.mark.parametrize(
    "statement",
    [
        # a protest, a vigil or a sit-in against an event: the event is what they protest, not one reported
        "Crowds gathered in Tabqa on Friday to condemn the drone strikes.",
        "Relatives held a sit-in in Hajin denouncing the murder of the sheikh.",
        "Students held a vigil in Raqqa for the victims of the explosion.",
        "Relatives in Hajin protested on Monday against the killing of a young man by SDF forces.",
        # a trial, a sentence or a blame: the event is what it is about
        "A court in Amuda sentenced a man to death for killing his brother.",
        "A Kurdish court tried 12 ISIS suspects for attacks in Raqqa.",
        "Ankara blames the militia for the bombing in Izmir.",
        # (the accused's part in the event told between: "over their role in", "for involvement in ..., including")
        "A court in Qamishli sentenced six men to 15 years in prison on Sunday over their role in the 2021 bombing of a market in Amuda.",
        "The tribunal jailed three men for involvement in the cell's attacks, among them the suicide attack on a checkpoint in Tabqa.",
        "Police detained three men in connection with the car bombing in Tabqa, officials said.",
        # a threat, a vow, a warning or a plan: an event that has not happened
        "Ankara threatened to begin a wider offensive on the border towns.",
        "Camp officials warned of a possible ISIS attack on the al-Hol camp.",
        # the event a truce or talks were to end
        "Clan elders negotiated a truce after clashes in Busayrah last month.",
        # a definite event given a reason abroad, or dated by another event only
        "Turkey said it carried out the strikes in retaliation for a bombing in Ankara.",
        # (every wording of lexicon.ANSWERED_EVENT_WORDS)
        "Turkey said it carried out the raids in reaction to a blast in Izmir.",
        "Turkey said it carried out the raids, avenging a blast in Izmir.",
        "Turkey said it carried out the raids, retaliating for a blast in Izmir.",
        "The raids came two days after a deadly attack in Gaziantep.",
        # habitual wording
        "The villages of Hajin witness killings from time to time.",
        "The western countryside of Hasakah sees frequent assassinations.",
        # a past battle's damage, dated by a year
        "Much of Tabqa still bears the scars of the 2017 battle.",
        # reactions: the event is what is reacted to
        "The attack drew sharp condemnation from the Kurdish parties.",
        "The shelling sparked anger among the residents of Amuda.",
        "The council held an emergency session to discuss the drone strikes.",
        "Police opened an investigation into the explosion.",
        "The ministry declined to comment on the air raid.",
        # denials, and reports declared false or still being checked
        "Ankara said the drone was not one of its aircraft.",
        "Reports that jets bombed the village of Tal Nasri on Monday are untrue, the ministry said.",
        "The army said claims that its artillery hit a school in Hajin were baseless.",
        "The command dismissed as propaganda reports that its aircraft struck a bakery in Hajin.",
        "The army said it carried out no strikes near Qamishli on Sunday.",
        "There is no evidence that civilians were harmed in the raid.",
        "The coalition is reviewing allegations that two civilians were killed in the strike.",
        # a question
        "Anyone heard anything about the shelling on Tal Nasri this morning?",
        # forecasts and fears
        "Residents say the SDF is poised to attack the last ISIS pocket near Hajin.",
        "Residents of Derbasiyah fear more air strikes.",
        # tolls over a stretch of time, and running tolls in vague numbers
        "Health officials said 11 people were killed over four days of strikes.",
        "The UN urged a pause after a week in which air strikes killed scores of civilians in Raqqa.",
        "Skirmishes along the front near Ain Issa have killed dozens of fighters.",
        "Dozens of fighters have been killed in clashes near Tal Tamr, the monitor said.",
        # an event dated by a past month in the possessive
        "The prison was sealed off after last month's ISIS assault left hundreds dead.",
        # the end of a campaign summed up
        "The SDF wrapped up a two-week security operation in the Shaddadi countryside, detaining 60 suspects.",
        "The SDF announced the end of its combing operations in the Hajin countryside.",
        # operations summed up over two countries
        "Our jets carried out an air operation against terrorist targets in northern Iraq and Syria last night.",
        "US aircraft struck militia depots on both sides of the Iraq-Syria border on Sunday, killing six fighters.",
        # aircraft that harassed another, no attack
        "The drone had been harassed by Russian fighter jets an hour earlier.",
    ],
)
def test_statement_that_is_no_incident_stays_out_of_the_evidence(statement: str) -> None:
    for text in (f"{statement} {_REAL_INCIDENT}", f"{_REAL_INCIDENT} {statement}"):
        evidence = _evidence_texts(text)
        assert any("Markada" in e for e in evidence), evidence  # the real incident is still read
        assert not any(statement in e for e in evidence), evidence


@pytest.mark.parametrize(
    "text",
    [
        "Protesters stormed a checkpoint in Hajin on Monday and clashes killed three people.",
        "ISIS, which vowed revenge, attacked a checkpoint in Thiban on Monday, killing four guards.",
        "Potential massacre committed by Turkish shelling in Ain Issa on Monday.",
        "Turkish jets struck a village near Derbasiyah on Sunday in response to the bombing.",
        "A judge said on Monday that gunmen had killed three guards in Hasakah on Sunday.",
        # the new frames leave an event told with its own details alone
        "A drone struck a car carrying mourners near Qamishli on Monday, killing two.",
        "Turkish shelling has killed two children in the village of Tal Tawil, officials said on Monday.",
        "Over the weekend, a Turkish drone struck a car near Derik, killing two fighters.",
        "Security forces completed a raid on a house in the town of Shheil on Monday, killing an ISIS emir.",
        "A drone struck a car in Qamishli on Monday, killing two; the strike drew condemnation from Kurdish parties.",
        "Jets bombed the village of Zirgan on Thursday, killing three people, a day after Ankara threatened an offensive.",
        "Is this the end? A Turkish drone struck a car near Derik on Tuesday, killing two fighters.",
        "Activists said coalition raids on Hajin killed eight civilians over the weekend.",
        "Clashes over two days in Diban killed 11 people, the monitor said.",
        "Turkish artillery could be heard shelling the village of Zirgan on Monday night.",
        "Families fled as Turkish shells hit the village of Zirgan.",
        "No group has claimed the bombing of the market in Qamishli, which killed five on Monday.",
        # a part in something judged, then an event of its own
        "The man, convicted in 2019 for his role in smuggling, was shot dead by gunmen in Hajin on Monday.",
        "Gunmen who had a role in the kidnappings attacked a checkpoint in Busayrah on Monday, killing two guards.",
        "Two men held in connection with the smuggling were killed when a drone struck their car near Derik on Monday.",
    ],
)
def test_an_event_told_with_its_own_details_under_such_wording_is_still_read(text: str) -> None:
    assert _evidence_texts(text), text


def test_background_clause_of_a_sentence_is_left_out_of_its_incident_evidence() -> None:
    text = "In Tabqa, crowds gathered to denounce the drone strikes, while in Hajin clashes killed 6 fighters."
    evidence = _evidence_texts(text)
    assert evidence == ["while in Hajin clashes killed 6 fighters."]


@pytest.mark.parametrize(
    "opening",
    ["In Tabqa, crowds gathered to protest against the drone strikes,", "In Tabqa, hundreds rallied to condemn the raids;"],
)
def test_a_protest_joined_to_an_event_at_another_place_is_left_out_of_its_evidence(opening: str) -> None:
    evidence = _evidence_texts(f"{opening} and in Hajin, clashes killed 6 fighters.")
    assert evidence == ["and in Hajin, clashes killed 6 fighters."]


@pytest.mark.parametrize(
    "state",
    [
        "The town has been witnessing intermittent Turkish bombardment for weeks.",
        "The town has been under Turkish artillery fire for months.",
        "The town has faced relentless Turkish shelling.",
    ],
)
def test_a_state_of_bombardment_kept_up_is_not_evidence_of_the_shelling_told_before(state: str) -> None:
    first = "Shells fell near the Sayda checkpoint in Ain Issa on Monday, setting a truck ablaze."
    assert _evidence_texts(f"{first} {state}") == [first]


@pytest.mark.parametrize(
    "text",
    [
        # a fight or fire kept up for weeks, or grown since an earlier turn of events, with no toll: a state of affairs
        "Fighting has continued for months between the factions and the council near the Jarniyah silos.",
        "Shelling on villages west of Ain Issa has intensified since the collapse of the truce on 4 March.",
        "Clashes around Sabkha have raged for weeks, residents said.",
    ],
)
def test_a_fight_kept_up_over_a_stretch_with_no_toll_is_no_incident(text: str) -> None:
    assert _read_on(text, datetime.date(2024, 5, 8)) == []


@pytest.mark.parametrize(
    "text",
    [
        # a fight of some days, a day's fighting, or a stretch told with its toll
        "Clashes have continued for three days near the Jarniyah silos.",
        "Fighting continued on Monday near Sabkha, killing two fighters.",
        "Clashes near Sabkha have continued for weeks, killing 14 fighters, a monitor said.",
        "The SDF resumed its assault on Sousa on Monday, since the fall of Hajin the last town on the river.",
        # kept up since the start of a fight of its own, dated: that fight is the event
        "Fighting around Sabkha has gone on since the launch of the SDF offensive on Sunday, the coalition said.",
    ],
)
def test_a_fight_of_days_or_with_its_toll_stays_an_incident(text: str) -> None:
    assert len(_read_on(text, datetime.date(2024, 5, 8))) == 1


@pytest.mark.parametrize(
    "comment",
    [
        "The raid is a reminder that ISIS remains a threat, the commander said.",
        "The raid shows that the cells are still active in the countryside.",
        "The raid drew praise from tribal elders.",
    ],
)
def test_a_comment_on_the_event_told_before_is_not_its_evidence(comment: str) -> None:
    first = "Coalition forces raided a house near Busayrah on Monday, killing an ISIS official."
    assert _evidence_texts(f"{first} {comment}") == [first]


@pytest.mark.parametrize(
    "tail",
    [", loud explosions heard as far as Markada.", "; several blasts could be heard across Markada."],
)
def test_sounds_heard_appended_to_a_report_are_not_its_evidence(tail: str) -> None:
    report = "Coalition jets bombed ISIS positions in Dashisha south of Shaddadi on Monday night"
    assert _evidence_texts(report + tail) == [report]


@pytest.mark.parametrize(
    "opening",
    [
        "Loud explosions were heard near the airport in Tabqa,",
        "Two blasts were heard in the centre of Tabqa at dawn,",
    ],
)
def test_a_clause_of_sounds_heard_is_left_out_of_the_evidence_of_the_incident_after_it(opening: str) -> None:
    # a sound heard is no event, and where it was heard is not where the incident took place
    evidence = _evidence_texts(f"{opening} while in Hajin clashes killed 6 fighters.")
    assert evidence == ["while in Hajin clashes killed 6 fighters."]


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
    assert len(extract_incidents(Document(text=text))) == count


PUBLISHED_BG3 = datetime.date(2022, 5, 10)


def _read(text: str) -> list:
    return extract_incidents(Document(text=text, published=PUBLISHED_BG3))


def _evidence(incident: object, text: str) -> str:
    return " ".join(text[s.start : s.end] for s in incident.evidence)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "remark",
    [
        'The regional council called the raid a "massacre".',
        "Officials in Damascus described the bombardment as a crime against civilians.",
        "The Kurdish administration branded the shelling an act of aggression.",
    ],
)
def test_a_speaker_naming_the_event_adds_nothing_to_it(remark: str) -> None:
    text = f"Turkish artillery shelled the village of Umm Keif on Monday, wounding two farmers. {remark}"
    incidents = _read(text)
    assert len(incidents) == 1
    assert remark not in _evidence(incidents[0], text)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Tal Hamis foiled an attempt to plant a roadside bomb near the bakery on Sunday.",
        "The Asayish thwarted a suicide attack on a checkpoint at the entrance of Amuda.",
        "Engineers defused an explosive device found near the school in Al-Busayrah on Tuesday.",
        "Security forces said they had prevented a car bomb attack in the market of Shaddadi.",
    ],
)
def test_a_foiled_or_defused_attack_is_not_an_incident(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Loud explosions were heard near a weapons store in the Jazra area on Friday night.",
        "Residents of Al-Asharah heard several blasts after midnight, a local source said.",
    ],
)
def test_explosions_only_heard_are_not_an_incident(text: str) -> None:
    assert _read(text) == []


def test_explosions_heard_after_a_strike_leave_the_strike() -> None:
    text = "A drone struck a car near Tal Tamr on Monday, killing two fighters. Explosions were heard across the town."
    incidents = _read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.low == 2


def test_an_event_named_as_the_cause_of_a_risk_is_not_an_incident() -> None:
    text = "The monitor warned on Sunday that the bridge at Al-Kasrah could fall at any moment because of the air strikes."
    assert _read(text) == []


def test_attacks_said_to_break_a_truce_are_a_remark() -> None:
    text = (
        "Turkish howitzers shelled the village of Tal Jumaa on Wednesday, wounding a boy. "
        "The bombardment violated the truce agreed in March."
    )
    incidents = _read(text)
    assert len(incidents) == 1
    assert "violated" not in _evidence(incidents[0], text)


def test_a_toll_of_a_whole_battle_is_a_tally() -> None:
    text = "Monitors say more than 2,000 people were killed during the battle for the town of Hajin."
    assert _read(text) == []


def test_attacks_that_came_as_something_else_happened_add_nothing() -> None:
    text = (
        "A drone hit a pickup near Ain Issa on Saturday, killing one fighter. "
        "The strikes came as a Turkish delegation visited Damascus."
    )
    incidents = _read(text)
    assert len(incidents) == 1
    assert "delegation" not in _evidence(incidents[0], text)


def test_a_negated_event_word_adds_nothing() -> None:
    text = (
        "A mine exploded under a minibus near Al-Karama on Monday, killing three passengers. "
        "The army left the area and never cleared the mines, residents said."
    )
    incidents = _read(text)
    assert len(incidents) == 1
    assert "never cleared" not in _evidence(incidents[0], text)


@pytest.mark.parametrize(
    "tail",
    [", an accusation the army has always denied.", ", but the Turkish defence ministry denied it."],
)
def test_a_denial_appended_to_the_report_is_not_its_evidence(tail: str) -> None:
    text = f"Turkish jets bombed a grain silo in Tal Kocer on Sunday, the Kurdish administration said{tail}"
    incidents = _read(text)
    assert len(incidents) == 1
    assert "denied" not in _evidence(incidents[0], text)


def test_strikes_told_as_stepped_up_are_a_trend() -> None:
    assert _read("Turkey has intensified drone strikes on the Jazira region since the bombing of its embassy.") == []


def test_a_toll_this_year_is_a_tally() -> None:
    assert _read("Stray bullets have killed several children in the Hasakah countryside this year.") == []


def test_the_danger_of_mines_is_no_incident() -> None:
    text = (
        "A mine killed two shepherds near Al-Hol on Saturday. "
        "Herders still graze the steppe every spring despite the danger of mines and ambushes."
    )
    incidents = _read(text)
    assert len(incidents) == 1
    assert "danger" not in _evidence(incidents[0], text)


def test_an_event_a_threat_answers_is_not_an_incident() -> None:
    text = "Ankara vowed on Tuesday that it would strike SDF positions following the bombing of a police station in Mardin."
    assert _read(text) == []


def test_an_event_after_which_civilians_fled_stays_an_incident() -> None:
    text = "Families fled the village of Al-Jurdi after an air strike on Monday, residents said."
    assert len(_read(text)) == 1


@pytest.mark.parametrize(
    "campaign",
    ["after a week of clashes that killed some 200 people", "after a three-month battle which left 150 fighters dead"],
)
def test_a_campaign_toll_after_a_capture_is_not_the_capture_toll(campaign: str) -> None:
    text = f"Government forces retook the town of Al-Quriyah on Thursday {campaign}."
    incidents = _read(text)
    assert len(incidents) == 1
    assert incidents[0].killed is None
    assert "clashes that" not in _evidence(incidents[0], text) and "battle which" not in _evidence(incidents[0], text)



def test_a_toll_so_far_is_one_events_toll_a_running_total_so_far_is_a_tally() -> None:
    published = datetime.date(2017, 6, 21)
    one = "Update\n\nAt noon the planes struck the market in Tabqa, 3 martyrs so far."
    found = extract_incidents(Document(text=one, published=published))
    assert [i.event_type for i in found] == [EventType.AIRSTRIKE]
    total = "Update\n\nThe strikes have killed 40 people so far in Tabqa."
    assert extract_incidents(Document(text=total, published=published)) == []


def test_the_places_people_came_from_do_not_make_an_event_a_statistic() -> None:
    text = "Update\n\nA massacre by coalition planes in Mansoura west of Raqqa: 12 killed in a school sheltering families from Aleppo and Homs."
    assert len(extract_incidents(Document(text=text, published=datetime.date(2017, 6, 21)))) == 1
    spread = "Update\n\nStrikes killed 230 civilians in Raqqa, Aleppo and Homs."
    assert extract_incidents(Document(text=spread, published=datetime.date(2017, 6, 21))) == []


def test_a_toll_of_a_past_year_s_battle_is_history() -> None:
    from mapapp.extract import extract_incidents
    from mapapp.model import Document

    text = "Strikes on Hajin killed hundreds of civilians during the 2017 battle for the city, according to monitors."
    assert extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8))) == []


# --- Tails of an incident's evidence that tell no part of it (background.trim_background_tails) and statements told
# beside an incident (an appeal to end it, an accusation, a denial of a role in it): the incident keeps its figures,
# its evidence leaves them out.
@pytest.mark.parametrize(
    ("event", "tail"),
    [
        ("Gunmen shot dead a farmer in the village of Tal Hamis on Tuesday", ", bringing to 15 the number of people killed in the area since January"),
        ("A roadside bomb killed two fighters near Busayrah on Sunday", ", raising the death toll from such attacks this year to 42"),
        ("Two women were stabbed to death in the camp on Monday", ", which brings the total number of victims in the camp to 19"),
        ("Shells hit the village of Zeer on Friday, killing a girl", ", and held the army and its militias fully responsible"),
        ("Artillery shelled the village of Hoshan on Thursday, killing a shepherd", ", holding Ankara responsible for the attack"),
        ("A car exploded near the bakery in Tal Abyad at noon, wounding five civilians", ", God curse the criminals"),
        ("A mine killed a child near Abu Khashab on Sunday", "; may God have mercy on the martyrs"),
        ("A drone hit a motorbike near Amuda on Tuesday, killing one man; a second man was injured", " and taken to the national hospital"),
        ("Gunmen fired on a bus near Shaddadi on Monday, wounding four passengers", ", who were rushed to a clinic in the town"),
        ("Clashes in the city of Qamishli on Sunday killed three, an official said", ", after weeks of tension over a siege"),
        ("Tribal fighters attacked a checkpoint in Diban on Monday, killing two", ", amid rising tensions between the two sides"),
        ("Gunmen killed a shepherd near Markada on Friday", ", taking to seven the number of civilians killed there this month"),
        ("A drone hit a post near the camp on Sunday, killing three guards, the SDF said", ", warning of a mass breakout"),
        ("Jets struck a depot near Hajin on Monday, killing four militiamen", ", vowing to strike again if attacked"),
        ("A drone killed two men near Tal Hamis on Friday, officials said", ", calling on the guarantors to stop the raids"),
        ("A jet killed a commander near Tabqa on Monday, the army said", ", days after its planes were chased by rival fighters"),
        ("A mortar shell killed a boy in Hajin on Tuesday", ", a week before the truce was signed"),
        ("A sniper killed a nurse in the old quarter on Sunday", ", a neighbourhood that had been cut off for two years"),
        ("A bomb killed three people near the clock square on Monday", ", once used by the group for public punishments"),
        ("A bomb killed six people in the market of Tal Abyad on Monday", ", which the ministry blamed on the YPG"),
        ("A car bomb killed a guard in Shaddadi on Friday", "; the tribe blamed the SDF, which denied it"),
        ("Rockets hit a base near Omar field on Tuesday, wounding two soldiers", ", the second such attack in a week"),
        ("Jets bombed militant positions near Maadan on Monday, killing nine", ", saying its aircraft also dropped food parcels over two encircled hamlets"),
        ("Shelling killed two fighters near Tabni on Monday", ", bringing the dead since the siege started to about 200"),
        ("Clashes in Gharanij on Friday killed five tribesmen", ", while a local network put the overall toll since May 3 at 61"),
    ],
)
def test_a_background_tail_is_cut_from_the_evidence(event: str, tail: str) -> None:
    text = f"{event}{tail}."
    incidents = _read(text)
    assert len(incidents) == 1
    assert incidents[0].killed is not None or incidents[0].injured is not None
    evidence = _evidence(incidents[0], text)
    assert evidence.startswith(event[:20]) and tail.strip(",; ")[:15] not in evidence


@pytest.mark.parametrize(
    "head",
    [
        "In response to the deadly attack on the ministry in the capital, ",
        "In retaliation for the treacherous attack on our base; ",
        "To avenge the soldiers killed last week, ",
        # (every wording of lexicon.ANSWERED_EVENT_WORDS)
        "As a reprisal for the ambush on its convoy, ",
        "In reaction to the ambush on its convoy, ",
    ],
)
def test_a_head_naming_the_answered_event_is_cut_from_the_evidence(head: str) -> None:
    report = "Turkish jets struck targets near the town of Derik on Sunday, killing three fighters."
    text = head + report
    incidents = _read(text)
    assert len(incidents) == 1
    assert _evidence(incidents[0], text) == report


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
    incidents = _read(text)
    assert len(incidents) == 1
    assert follow_up[:20] not in _evidence(incidents[0], text)


def test_an_event_named_bare_as_a_time_reference_is_no_incident() -> None:
    text = "Turkish artillery shelled the village of Zirgan on Tuesday, wounding a girl, a week after clashes in the area."
    incidents = _read(text)
    assert len(incidents) == 1 and incidents[0].event_type is EventType.SHELLING


def test_an_event_named_bare_as_a_time_reference_with_a_place_of_its_own_is_kept() -> None:
    assert len(_read("Turkish drones struck Amuda on Monday, a day after shelling on the village of Zirgan.")) == 2


def test_a_strike_told_after_the_phrase_of_the_event_it_answered_is_read_from_its_own_words() -> None:
    report = "the coalition struck a depot near al-Mayadin on Friday, killing six militiamen."
    text = "In retaliation for the attack on its base, " + report
    incidents = _read(text)
    assert len(incidents) == 1 and incidents[0].event_type is EventType.AIRSTRIKE
    assert _evidence(incidents[0], text) == report


def test_a_follow_up_sentence_keeps_its_toll_but_not_the_hospital() -> None:
    text = "A mine exploded near the village of Abu Khashab on Sunday, killing a child. His brother was wounded and transferred to a hospital in Hasakah."
    incidents = _read(text)
    assert len(incidents) == 1 and incidents[0].injured is not None and incidents[0].injured.low == 1
    assert "His brother was wounded" in _evidence(incidents[0], text)
    assert "hospital" not in _evidence(incidents[0], text)


@pytest.mark.parametrize(
    "statement",
    [
        "The rights group urges world powers to halt the drone campaign over the region.",
        "The council urged the guarantors to halt the Turkish attacks on the region.",
        "Activists called on the United Nations to put an end to the assassinations in the camp.",
        "The administration appealed to the coalition to stop the drone strikes on civilians.",
        "The Turkish ministry blamed the Kurdish YPG militia for the car bomb.",
        'Ankara accused the "PKK/YPG" of the attack, without offering evidence.',
        "The SDF denied any role in the bombing.",
        "The group rejected responsibility for the attack.",
    ],
)
def test_an_appeal_accusation_or_denial_after_an_incident_is_not_its_evidence(statement: str) -> None:
    text = f"A drone struck a car near the village of Derik on Monday, killing two men. {statement}"
    incidents = _read(text)
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.low == 2
    assert statement[:20] not in _evidence(incidents[0], text)
    assert _read(statement) == []


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
    assert _read(text) == []


def test_a_fight_told_again_with_its_toll_after_how_it_began_keeps_the_toll() -> None:
    text = "Fighting broke out near the Omar field on Monday, leaving three fighters dead."
    incidents = _read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.low == 3


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
    assert _read(text) == []


def test_a_toll_over_days_of_fighting_told_on_a_day_is_a_tally() -> None:
    # the day the monitor spoke dates no event of the count
    text = (
        "At least 31 people have been killed in four days of fighting between the army and tribal gunmen in "
        "eastern Syria, a monitor said on Sunday."
    )
    assert _read(text) == []
    # a fight told with its own day is one event
    assert _read("Clashes killed six fighters near the dam on Saturday, a monitor said on Sunday.")


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
    assert _read(text), text


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed eight people in the town of Azaz on Monday. Among the dead were three children.",
        "Turkish shelling killed five civilians in the village of Hoshan on Friday. Among them were two women.",
    ],
)
def test_the_victims_of_one_incident_named_after_it_leave_it_one_incident(text: str) -> None:
    incidents = _read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.low > 1


@pytest.mark.parametrize(
    ("opening", "event"),
    [
        ("The Turkish leader said on Sunday that his troops would soon begin a new campaign against the Kurdish militia",
         "Turkish forces shelled the village of Tal Shaair near Ain Issa"),
        ("Ankara threatened on Monday to start a new offensive", "its drones struck a car near Amuda, killing two"),
        ("The SDF vowed to retaliate", "clashes went on near the village of Abu Hamam on Friday, killing four"),
    ],
)
def test_a_threat_told_first_and_joined_by_while_is_not_the_events_evidence(opening: str, event: str) -> None:
    text = f"{opening}, while {event}."
    incidents = _read(text)
    assert len(incidents) == 1
    evidence = _evidence(incidents[0], text)
    assert event[:20] in evidence and opening[:20] not in evidence


def test_two_events_joined_by_while_keep_their_own_evidence() -> None:
    text = "A drone struck a car near Amuda on Monday, killing two, while shelling hit the village of Hoshan."
    assert len(_read(text)) == 2


def test_a_running_toll_naming_other_events_leaves_the_incidents_type_and_is_no_evidence() -> None:
    text = "Gunmen shot dead a farmer in the village of Tal Hamis on Tuesday, bringing the number of civilians killed by drones this year to 61."
    incidents = _read(text)
    assert [i.event_type for i in incidents] == [EventType.ATTACK]
    assert "drones" not in _evidence(incidents[0], text)


def test_the_period_of_a_running_toll_is_the_totals_not_the_events() -> None:
    text = "An IED struck an SDF vehicle near Hajin, killing two fighters, which raised the number of SDF members killed this month to 14."
    incidents = _read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.low == 2


@pytest.mark.parametrize(
    ("statement", "left_out"),
    [
        (" The group denied it had carried out the attack.", "denied"),
        (" The army denies they were behind the bombing.", "denies"),
    ],
)
def test_a_denial_without_that_is_no_evidence(statement: str, left_out: str) -> None:
    text = f"A car bomb exploded near a checkpoint in Manbij on Sunday, killing five people.{statement}"
    incidents = _read(text)
    assert len(incidents) == 1 and left_out not in _evidence(incidents[0], text)


def test_a_blame_with_its_own_subject_is_cut_and_a_plan_before_meanwhile_is_no_evidence() -> None:
    blamed = "A car bomb exploded in Ras al-Ain on Sunday, killing four people, and the ministry held the YPG responsible for the blast."
    incidents = _read(blamed)
    assert len(incidents) == 1 and "held" not in _evidence(incidents[0], blamed)
    planned = "Officials said they planned to step up patrols; meanwhile, a bomb exploded near a checkpoint in Hajin, wounding two."
    incidents = _read(planned)
    assert len(incidents) == 1 and "patrols" not in _evidence(incidents[0], planned)


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
    incidents = _read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.low == 1


def test_an_event_told_after_its_origin_stays_an_incident() -> None:
    assert len(_read("The drone came from the north and struck a car near Amuda on Sunday.")) == 1


def test_a_campaign_sentence_that_lists_its_targets_is_specific() -> None:
    text = "Turkish drones continued their attacks for a third day, targeting a power plant in Amuda and a silo near Derik."
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 1, 15)))
    assert [i.toponyms[0].span.text for i in found] == ["Amuda", "Derik"]


def test_a_list_of_hits_told_with_also_after_a_tally_is_not_the_tally() -> None:
    text = (
        "Turkish drones struck a power plant in Amuda on Monday. "
        "The strikes since Sunday have killed 12 civilians, the SDF said. "
        "The drones also bombed a bakery in Derik, killing five workers, and a checkpoint in Zirgan."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 1, 16)))
    assert [i.toponyms[0].span.text for i in found] == ["Amuda", "Derik", "Zirgan"]


@pytest.mark.parametrize(
    "text",
    [
        "Near Kherbet Zafer village, four PKK/YPG terrorists were neutralized by our commandos.",
        "Yesterday two PKK/YPG terrorists who were approaching the outpost near Ain Issa were neutralized by our "
        "air-ground fire support.",
    ],
)
def test_a_weak_event_word_with_a_place_and_a_party_in_its_own_voice_is_specific(text: str) -> None:
    incidents = _read(text)
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
    assert _read(text) == [], text


def test_a_wave_of_hits_listed_over_a_period_is_one_incident_per_target_not_a_tally() -> None:
    text = (
        "Turkish drones struck in the past 48 hours: Tal Hamis power station \u2014 Jawadiyah grain silos \u2014 and an "
        "Asayish checkpoint in Girke Lege."
    )
    incidents = _read(text)
    assert [i.primary_toponym.text for i in incidents] == ["Tal Hamis", "Jawadiyah", "Girke Lege"]  # type: ignore[union-attr]
    assert {i.event_type for i in incidents} == {EventType.DRONE_STRIKE}


def test_a_period_count_of_strikes_stays_a_tally() -> None:
    assert _read("Turkish drones carried out 16 strikes on north-east Syria in the past 72 hours.") == []


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
    assert _read(text) == [], text


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
    assert _read(text), text


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
    ],
)
def test_an_arrest_or_search_that_harmed_nobody_is_not_an_incident(text: str) -> None:
    assert _read(text) == [], text


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
        "The SDF raided homes in the village of Gharibah on Friday, arresting three men.\n\nThe SDF said the "
        "operation was carried out together with the US-led coalition.",
        # an insurgents' raid is an assault, not an arrest
        "ISIS members raided a checkpoint in Jadid Ekeidat on Tuesday and detained two guards.",
    ],
)
def test_a_raid_with_harm_a_fight_a_partner_or_insurgents_stays_an_incident(text: str) -> None:
    assert _read(text), text


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
    assert not _read(text), text


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
    assert _read(text), text


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
    assert not _read(text), text


@pytest.mark.parametrize(
    "text",
    [
        # somebody harmed, told dead after, or a fight told
        "Gunmen kidnapped a merchant in Shaddadi on Thursday and shot dead his driver.",
        "Gunmen abducted a teacher near Tal Brak on Sunday. His body was found on Monday with gunshot wounds.",
        "Gunmen abducted a nurse in Hajin on Friday after a gunfight with her guards.",
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
    assert _read(text), text


def _read_on(text: str, published: datetime.date) -> list:
    return extract_incidents(Document(text=text, published=published))


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
    assert _read_on(text, published) == [], text


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
    assert _read_on(text, published), text


def test_the_dead_of_a_monthly_total_broken_down_by_cause_are_part_of_the_tally() -> None:
    text = (
        "The monitor recorded 37 deaths in the region in March 2023. "
        "Those killed included 12 civilians hit by shelling and 8 fighters shot in clashes."
    )
    assert _read(text) == []


def test_the_dead_of_one_incident_told_after_it_stay_its_toll() -> None:
    text = "A drone struck a car near Tal Hamis on Monday, killing three people. The dead include two children."
    incidents = _read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.low == 3
def test_rescuers_responding_to_an_event_tell_that_event() -> None:
    # "responding to" is no answered-event wording (lexicon.ANSWERED_EVENT_WORDS): the responders' event is the one
    # reported, with its toll and place
    text = "Civil defence crews responding to a drone strike that wounded two men near Kobani on Sunday pulled them from a car."
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 9)))
    assert len(found) == 1
    assert found[0].injured is not None and found[0].injured.low == 2
    assert [t.text for t in found[0].toponyms] == ["Kobani"]
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the toll of a fight at a place over the days since a weekday, told in the past: that fight's toll
        ("Fierce battles went on in Shaafah and the village of Susa, leaving 9 SDF and 15 IS fighters dead since Monday.", (24, 24)),
        ("Four SDF fighters and at least 7 militants died in the Baghuz clashes since Tuesday, the monitor said.", (11, None)),
    ],
)
def test_a_placed_fights_toll_since_a_weekday_is_one_incident(text: str, killed: tuple[int, int | None]) -> None:
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 5, 11)))
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
def test_the_targets_of_weakly_told_strikes_listed_each_with_its_place_are_specific() -> None:
    # "the strikes" names no day and no party, but each hit is told with its own place
    text = "Officials said the strikes hit a gas plant near Tal Hamis, a power station in Zirgan and a depot outside Kasra."
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [i.toponyms[0].text for i in found] == ["Tal Hamis", "Zirgan", "Kasra"]
    # one target so told, or places named beside no hit, are still not specific enough
    assert count("Officials said the strikes hit a gas plant near Tal Hamis.") == 0
    assert count("Officials said the attacks on Tal Hamis and Zirgan must stop.") == 0


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
    assert extract_incidents(Document(text=text, published=datetime.date(2024, 3, 6))) == []


def test_an_event_with_its_own_day_told_in_a_dated_statement_stays_an_incident() -> None:
    text = "Clashes killed five fighters in Hajin on Sunday, the monitor said on Monday."
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 3, 6)))
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 5


@pytest.mark.parametrize(
    "text",
    [
        "Government troops took control of the town of Markada on Friday after the militants inside surrendered under a deal.",
        "The group took control of the village of Ghranij on Sunday after the withdrawal of rival fighters, under an agreement with its notables.",
    ],
)
def test_ground_taken_after_a_surrender_or_withdrawal_under_a_deal_is_no_incident(text: str) -> None:
    assert _read(text) == []


def test_ground_taken_after_fighting_in_which_some_surrendered_stays_an_incident() -> None:
    text = "Government troops took control of the town of Markada on Friday after heavy clashes in which dozens of militants surrendered."
    assert len(_read(text)) == 1


def test_a_partys_campaign_started_weeks_before_the_report_is_history() -> None:
    text = "The SDF launched its assault on the town of Hajin on May 2 after weeks of preparations."
    assert extract_incidents(Document(text=text, published=datetime.date(2018, 5, 29))) == []


@pytest.mark.parametrize(
    "text",
    [
        # a start of the last few days is the report's news; a toll makes it an event in any case
        "The SDF launched its assault on the town of Hajin on May 27, state media said.",
        "The SDF launched its assault on the town of Hajin on May 2, killing 12 militants in the first hours.",
    ],
)
def test_a_recent_or_deadly_campaign_start_stays_an_incident(text: str) -> None:
    assert len(extract_incidents(Document(text=text, published=datetime.date(2018, 5, 29)))) == 1


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        # a blame naming its party with a slash, a measure taken after the event: what is said or done after the
        # event told before, not a part of its report
        ("A car bomb killed four people in Qamishli on Friday. Officials blame the TAK/PKK for the bombing.", "blame"),
        (
            "#Tabqa: French jets struck the town's stadium last night, heavy blasts felt across the town. No civilian "
            "casualties reported so far\n\n#Tabqa: The militants cut the phone lines in the town after the strikes.",
            "cut",
        ),
    ],
)
def test_what_is_said_or_done_after_an_event_stays_out_of_its_evidence(text: str, aside: str) -> None:
    found = _read(text)
    assert len(found) == 1
    assert aside not in _evidence(found[0], text)


def test_a_claim_with_its_own_toll_and_place_is_the_report_of_the_event() -> None:
    text = "The group claimed the bombing near Shaddadi that killed two soldiers on Monday."
    found = _read(text)
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 2


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
        "The militias have carried out many massacres of villagers near Mayadin, the agency said.",
        "Regime jets have carried out numerous strikes on the town of Hajin, residents say.",
    ],
)
def test_events_counted_as_many_are_a_tally(text: str) -> None:
    assert _read(text) == []


def test_many_strikes_on_one_day_with_a_toll_stay_one_incident() -> None:
    found = _read("Jets carried out many strikes on the town of Hajin on Sunday, killing four civilians.")
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 4


def test_an_event_ranked_among_many_is_no_tally() -> None:
    found = _read("Troops captured two ISIS members in a raid near Hajin on Sunday, the latest of many operations in the area.")
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A sniper shot dead three SDF fighters by the Tabqa dam on Thursday. An officer says the battle will be over in a few days.",
        "Jets struck a depot near Hajin on Monday. Officials are training fighters for the battle for Hajin, which they expect to begin within weeks.",
    ],
)
def test_a_campaigns_course_forecast_is_no_part_of_an_incident(text: str) -> None:
    found = _read(text)
    assert len(found) == 1
    assert not any(word in _evidence(found[0], text) for word in ("will be over", "expect to begin"))


def test_a_forecast_after_a_deadly_event_leaves_it_an_incident() -> None:
    found = _read("The clashes, which killed four fighters near Hajin on Monday, are expected to end soon.")
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 4


@pytest.mark.parametrize(
    "text",
    [
        "Clashes killed four fighters near Hajin on Monday. The monitor says more than 2,000 people died in the battle.",
        "Scores of militants died when SDF units stormed the hospital in Tabqa on Sunday night, an officer "
        "said. Activists say more than 2,000 civilians died in the battle.",
    ],
)
def test_the_dead_of_a_whole_battle_do_not_join_an_incident(text: str) -> None:
    found = _read(text)
    assert len(found) == 1
    assert "2,000" not in _evidence(found[0], text)


def test_a_clash_told_with_its_own_dead_of_the_fighting_keeps_them() -> None:
    found = _read("Clashes broke out in Hajin on Monday. Twelve fighters were killed in the fighting.")
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
    found = _read(text)
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low in (11, 13)


def test_a_yearly_toll_in_a_report_released_on_a_day_is_no_incident() -> None:
    text = "A group based in Amuda issued its yearly report on Monday, saying more than 300 civilians were killed in the region last year."
    assert extract_incidents(Document(text=text, published=datetime.date(2021, 1, 6))) == []


def test_a_death_ranked_in_a_seasons_count_is_cut_from_the_evidence() -> None:
    text = "A mine exploded in the desert near Shaddadi on Monday, killing a shepherd; it is the 4th such death this month."
    found = _read(text)
    assert len(found) == 1
    assert "such death" not in _evidence(found[0], text) and "shepherd" in _evidence(found[0], text)


@pytest.mark.parametrize(
    "text",
    [
        # the clause tells its own event first, then a measure taken after it: the event is reported, not referred to
        "Turkish howitzers shelled Ain Issa on Monday and schools were shut down after the shelling, residents said.",
        "Jets bombed a bridge near Busayrah on Sunday, and the militants cut off the roads after the strikes.",
    ],
)
def test_an_event_told_before_the_measure_taken_after_it_is_reported(text: str) -> None:
    assert len(_read(text)) == 1


def test_a_measure_taken_after_the_event_still_refers_back() -> None:
    assert _read("Police arrested nine suspects in Amuda after the bombing.") == []


def test_a_denied_report_of_an_event_is_no_incident_even_with_its_place() -> None:
    assert count("Police in Tabqa denied reports of a new blast near the Naim roundabout on Friday.") == 0
    assert count("A mine went off in Hajin, killing a boy. Officials dismissed rumours of another explosion at the bridge in Shaafah.") == 1
    # the report denied is of a toll: the strike it names happened
    assert count("The coalition denied reports of civilian deaths in its strike on a bakery in Hajin on Monday.") == 1


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
    found = _read(text)
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
    assert [i.event_type for i in _read(text)] == [event_type]


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
    assert _read(text) == []


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
    assert _read(text) == []


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
    assert _read(text) == []


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
    assert len(_read(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Teams carried on with the clearing of mines in the old quarter of Tabqa on Thursday.",
        "Large parts of Hajin remain contaminated by war remnants, the agency said.",
        "Shepherds say they cannot graze near Al-Kasrah because of the landmines left behind.",
    ],
)
def test_mines_told_as_a_standing_hazard_are_not_an_incident(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A landmine exploded near Al-Kasrah on Monday, a local source said.",
        "A deminer died on Sunday while clearing mines in the fields of Al-Kasrah.",
        "Engineers were clearing mines near Hajin when a device went off, wounding two.",
        "A shepherd was hurt by a mine left behind by ISIS near Tabqa on Friday.",
    ],
)
def test_a_mine_that_went_off_or_harmed_someone_stays_an_incident(text: str) -> None:
    assert len(_read(text)) == 1


def test_a_fight_given_a_length_of_months_is_the_campaign_not_the_event_just_told() -> None:
    text = (
        "Government troops took full control of Mayadin on Sunday. "
        "The months-long battle destroyed most of the town's houses. "
        "Monitors say more than 2,400 people died."
    )
    incidents = _read(text)
    assert len(incidents) == 1
    assert incidents[0].killed is None and "houses" not in _evidence(incidents[0], text)


@pytest.mark.parametrize(
    "follow_up",
    ["The two-day battle killed 30 fighters.", "The month-long siege ended with 14 soldiers dead."],
)
def test_a_fight_with_its_length_and_toll_stays_part_of_the_event(follow_up: str) -> None:
    text = f"Government troops took full control of Mayadin on Sunday. {follow_up}"
    incidents = _read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None


@pytest.mark.parametrize(
    "text",
    [
        "Tribal fighters declared victory in Hajin on Friday after a five-month battle.",
        "Fighters danced in the square of Hajin on Friday, with commanders saying the battle was over.",
        "Militias declare victory in Hajin; mines and rubble remain",
        "Mines planted by the group still litter the fields of Hajin.",
    ],
)
def test_a_campaign_over_and_the_mines_it_left_are_not_an_incident(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The SDF stormed the hospital in Hajin on Sunday after a five-month siege, killing 12 militants.",
        "Mines planted by the group in Hajin killed two boys on Friday.",
        "Commanders said the battle was over by Friday, when jets struck the last pocket in Hajin, killing 9.",
    ],
)
def test_an_event_told_with_a_campaign_over_or_a_mine_stays(text: str) -> None:
    assert len(_read(text)) == 1


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
    found = _read(text)
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == place
    if kind is not None:
        assert found[0].event_type is kind


def test_a_stopped_fight_with_its_own_total_in_a_relative_clause_is_history() -> None:
    assert _read("A truce brokered by the tribes ended the clashes in Jadid Baggara which left scores dead.") == []
    # a toll of the day's own, told outside a relative clause, keeps the fight
    assert len(_read("A truce ended the clashes in Jadid Baggara on Friday, killing three fighters.")) == 1


def test_a_release_strike_told_by_a_weak_word_at_a_place_after_the_partys_strikes_is_an_incident() -> None:
    text = (
        "Briefing\n\nOver the past 24 hours, Russian aircraft struck 90 terrorist facilities in Deir ez-Zor province. "
        "Near Sabkha, strikes eliminated an ammunition depot."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
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
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert "Sabkha" not in [i.primary_toponym.text for i in found if i.primary_toponym]


@pytest.mark.parametrize(
    "text",
    [
        "Unknown persons set fire to three shops in Gharanij on Thursday.",
        "- Jazrat al-Bouhmeid: masked men torched the car of a council employee overnight.",
        "Angry residents set fire to an SDF post in al-Kishkiyah on Wednesday; nobody was hurt.",
    ],
)
def test_property_burned_with_nobody_hurt_is_no_incident(text: str) -> None:
    assert count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # the fire hurt someone
        "Unknown persons set fire to a tent in al-Hol camp on Thursday, wounding a woman and her son.",
        # a shot or a bomb told with the fire is an incident of its own
        "Gunmen opened fire on a shop owner in Gharanij on Thursday and set fire to his shop.",
        "An explosive device blew up a fuel tanker near Markada on Sunday, setting it ablaze.",
        "Turkish shelling set fire to crops near Abu Rasin on Tuesday.",
    ],
)
def test_a_fire_that_hurt_someone_or_came_with_a_shot_blast_or_shell_stays_an_incident(text: str) -> None:
    assert count(text) == 1


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
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 0


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
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 0


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
    assert _read_on(text, datetime.date(2024, 5, 8)) == []


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
    assert len(_read_on(text, datetime.date(2024, 5, 8))) == 1


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
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 0


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
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 1


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
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 1


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
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 1


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
    assert _count_published(text) == 0
    # (a fight of the raid's own told with it stays)
    text = "Police r after the bombing, and two gunmen were killed in a shootout."
    assert _count_published(text) == 1


def test_a_partner_named_in_the_next_item_at_another_place_is_not_the_raids() -> None:
    text = "Raqqa: Police raided homes in Tabqa and detained 14 men.\n\nDeir Ezzor: Coalition helicopters landed near Kasra, killing a man."
    incidents = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 20)))
    assert [i.primary_toponym.text for i in incidents if i.primary_toponym] == ["Kasra"]
    # (the partner told of the raid itself, in the next sentence, still makes it an incident)
    assert _count_published("Police raided homes in Tabqa and detained 14 men. The operation was backed by coalition aircraft.") == 1


def test_a_measure_after_a_days_event_refers_back_to_it() -> None:
    assert _count_published("Busayrah: ISIS imposed a night curfew on the town after Monday's clashes.") == 0
    assert _count_published("Busayrah: ISIS imposed a night curfew on the town after clashes on Monday killed three fighters.") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters took control of the village of Sabkha on Tuesday after ISIS militants withdrew.",
        "Government troops seized the town of Maadan on Friday following the withdrawal of the rebels, residents said.",
    ],
)
def test_ground_taken_after_its_holders_withdrew_is_no_incident(text: str) -> None:
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 0


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
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 0


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
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Rebels took control of the village of Tal Baydar on Monday. Tribal elders ended the standoff through mediation.",
        "Rebels took control of the village of Tal Baydar on Monday. The standoff ended peacefully two hours later.",
    ],
)
def test_ground_taken_and_given_back_through_talks_is_no_incident(text: str) -> None:
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 0


def test_ground_taken_and_then_fought_for_after_failed_talks_stays_an_incident() -> None:
    text = (
        "Rebels took control of the village of Tal Baydar on Monday. "
        "The standoff did not end through mediation: security forces stormed it, killing two of the rebels."
    )
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) >= 1


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
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 1


def test_a_toll_since_the_battle_began_told_after_the_event_is_neither_its_toll_nor_its_evidence() -> None:
    event = "Government troops took the Sukhna crossroads on Tuesday after clashes with ISIS that lasted two days"
    text = f"{event}, with about 120 militants killed since the offensive began."
    incidents = _read(text)
    assert len(incidents) == 1
    assert incidents[0].killed is None
    assert _evidence(incidents[0], text) == event


def test_a_toll_of_the_event_before_a_running_total_stays() -> None:
    text = "Clashes near the Sukhna crossroads on Tuesday killed four soldiers, with about 120 killed since the offensive began."
    incidents = _read(text)
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
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 0


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
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 1


_RELEASE_HEAD = "On May 3, coalition forces conducted eleven strikes in Syria:\n"


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
    found = extract_incidents(Document(text=_RELEASE_HEAD + line, published=datetime.date(2018, 5, 5)))
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
    assert _count_published(text) == 0


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
    assert _count_published(text) == 1


def test_something_done_so_far_after_an_event_counts_nothing() -> None:
    # (the sentence between tells no count: the strike added after it is an incident of its own)
    text = (
        "A shell hit a house in Tal Tamr on Monday, killing two.\n\n"
        "Only one survivor has been found under the rubble so far.\n\n"
        "Also, jets struck the outskirts of Zirgan town, without information about casualties."
    )
    assert _count_published(text) == 2


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
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 5, 20)))
    assert all("70" not in (i.killed.phrase if i.killed else "") for i in found)
    assert len(found) == (1 if "on Sunday" in text else 0)


def test_things_destroyed_so_far_in_the_perfect_are_a_running_total() -> None:
    text = "Engineers near Ras al-Ain said 720 explosive devices have been dismantled so far."
    assert _count_published(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "The monitor documented the death of 5 fighters in clashes near Markada over the past 24 hours.",
        "Over the past 24 hours, 3 militants who fired on our post near Tal Tamr were neutralized.",
        "Turkish strikes killed 5 fighters near Amuda in the last 24 hours.",
    ],
)
def test_a_day_s_toll_at_one_place_below_the_province_is_that_day_s_event(text: str) -> None:
    assert _count_published(text) == 1


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
    assert _count_published(text) == 0



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
    found = _read(text)
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
    assert _read(text) == []


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
    assert extract_incidents(Document(text=text, published=datetime.date(2024, 3, 9))) == []


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
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the event just told, ranked by a digit ordinal, the post numbered in its thread
        "Gunmen shot a shepherd near Tal Hamis on Monday. 2/ This is the 3rd attack in Tal Hamis in June.",
        "A drone hit a car near Derbasiyah on Monday, killing two. Thread 1/ This is the 5th drone strike in Hasakah in June.",
        "Gunmen shot a shepherd near Tal Hamis on Monday. It was the 3rd attack in Tal Hamis in June.",
    ],
)
def test_a_ranking_by_a_digit_ordinal_or_after_a_post_number_is_not_evidence(text: str) -> None:
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 6, 20)))
    assert len(found) == 1
    assert [span.text for span in found[0].evidence] == [text.split(". ")[0] + "."]
    assert found[0].date is not None and found[0].date.value == datetime.date(2024, 6, 17)


@pytest.mark.parametrize(
    "text",
    [
        # a post number before an event told; an ordinal naming no rank of the event; a rank with a toll of its own
        "3/ A drone hit a car near Derbasiyah on Monday, killing two.",
        "This 2nd battalion was hit by an airstrike near Derbasiyah on Monday, killing two.",
        "This is the 6th drone strike in Hasakah this month, and it killed two fighters near Derbasiyah on Monday.",
    ],
)
def test_an_event_told_after_a_post_number_or_beside_an_ordinal_stays(text: str) -> None:
    assert len(extract_incidents(Document(text=text, published=datetime.date(2024, 6, 20)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # "so far" told apart from the count, in a clause that tells the killing: a campaign's dead summed up
        "So far, 260 civilians were killed by shelling in Tal Tamr, the council said.",
        "Turkish drones killed 35 people in the Zirgan area so far, a monitor said.",
    ],
)
def test_so_far_apart_from_its_count_in_a_killing_clause_stays_a_running_total(text: str) -> None:
    assert _count_published(text) == 0


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
    assert extract_incidents(Document(text=text, published=datetime.date(2023, 8, 1))) == []


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
    assert extract_incidents(Document(text=text, published=datetime.date(2023, 8, 1))) != []


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
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 8, 1)))
    assert [(i.killed.low, i.killed.high) for i in found if i.killed is not None] == [killed]
    # (the incident is the earlier event's, at its place and day, not a placeless toll)
    assert [bool(i.toponyms) for i in found] == [True]
    assert found[0].date is not None and found[0].date.day is not None


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
    assert extract_incidents(Document(text=text, published=datetime.date(2019, 3, 5))) == []


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
    assert extract_incidents(Document(text=text, published=datetime.date(2019, 3, 5))) != []


def test_the_toll_of_one_event_broken_down_keeps_its_incident() -> None:
    # "the toll includes" after one event, not after a total: that event's victims
    text = "A drone struck a car near Tal Hamis on Monday, killing four people. The toll includes two children."
    incidents = _read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.low == 4


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
    assert extract_incidents(Document(text=text, published=datetime.date(2022, 4, 9))) == []


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
    assert extract_incidents(Document(text=text, published=datetime.date(2022, 4, 9))) != []


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
    assert extract_incidents(Document(text=text, published=datetime.date(2018, 2, 2))) == []


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
    assert extract_incidents(Document(text=text, published=datetime.date(2018, 2, 2))) != []


def test_work_suspended_over_the_events_leaves_them_out_of_the_incident_told_before() -> None:
    # the suspension's reason is no event of the report, nor evidence of the shelling told before it
    text = (
        "Kobani: three civilians were wounded in shelling on the village of Zormikhar. "
        "The council said it was suspending work at the border crossing because of the Turkish attacks."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2022, 11, 30)))
    assert len(found) == 1
    assert all("suspended" not in span.text for span in found[0].evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Aid groups resumed deliveries to the camp after a pause of ten days over Turkish bombardment around Amuda.",
        "The alliance announced on Friday that it had halted joint patrols due to Turkish drone strikes.",
    ],
)
def test_work_suspended_or_resumed_over_events_is_no_incident(text: str) -> None:
    assert extract_incidents(Document(text=text, published=datetime.date(2022, 11, 30))) == []


@pytest.mark.parametrize(
    "text",
    [
        # a strike with its toll, or a suspension's own event told
        "The council suspended classes after Turkish shelling killed two pupils in Amuda on Monday.",
        "Clashes resumed over the village of Kasra on Monday, killing three fighters.",
    ],
)
def test_an_event_told_beside_a_suspension_keeps_its_incident(text: str) -> None:
    assert extract_incidents(Document(text=text, published=datetime.date(2022, 11, 30))) != []


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
    incidents = extract_incidents(Document(text=text, published=datetime.date(2024, 2, 5)))
    assert not any(i.killed is not None and i.killed.high == 0 for i in incidents)
    assert any(i.killed is not None and i.killed.low == 4 for i in incidents)


def test_a_stated_zero_with_its_own_event_still_opens_one() -> None:
    # (negative: an indefinite event told with its zero is an event of its own)
    text = "Mortar shells hit the village of Kasra near Deir ez-Zor on Sunday; no one was hurt.\n"
    incidents = extract_incidents(Document(text=text, published=datetime.date(2024, 2, 5)))
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.high == 0


_TALLY_DAY = datetime.date(2024, 3, 10)


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
    assert extract_incidents(Document(text=text, published=_TALLY_DAY)) == []


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
    incidents = extract_incidents(Document(text=text, published=_TALLY_DAY))
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
    (incident,) = extract_incidents(Document(text=text, published=_TALLY_DAY))
    assert incident.killed is not None and incident.killed.low in (3, 6)


def test_a_toll_over_a_week_after_a_strike_is_not_its_toll() -> None:
    text = "Jets pounded the town of Saraqib near Idlib on Monday. Nearly 300 people have died there in a week, medics said."
    incidents = extract_incidents(Document(text=text, published=_TALLY_DAY))
    assert len(incidents) == 1 and incidents[0].killed is None
    assert "in a week" not in incidents[0].evidence_text
    # (negative: the toll told next, with no period, is the strike's)
    told = "Jets pounded the town of Saraqib near Idlib on Monday. Nine people died there, medics said."
    (incident,) = extract_incidents(Document(text=told, published=_TALLY_DAY))
    assert incident.killed is not None and incident.killed.low == 9


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
    assert _count_published(text) == 0


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
    assert _count_published(text) == 1


def test_a_war_s_dead_told_in_the_perfect_is_no_strikes_toll() -> None:
    text = (
        "Jets bombed the town of Saraqib later on Monday, hitting a market, activists said. Saraqib would be the first "
        "town the rebels won in the three-year-old revolt, in which the UN estimates more than 90,000 people "
        "have been killed."
    )
    (incident,) = extract_incidents(Document(text=text, published=_TALLY_DAY))
    assert incident.killed is None and "90,000" not in incident.evidence_text
    # (negative: a day's toll in the perfect is the day's event)
    assert _count_published("No fewer than 40 people have been killed at Saraqib on Monday, the monitor said.") == 1


def test_executions_counted_in_the_perfect_are_a_tally() -> None:
    text = "The group has executed dozens of prisoners it took at other posts, including the base near Tabqa last month."
    assert extract_incidents(Document(text=text, published=_TALLY_DAY)) == []
    # (negative: one execution told with its day)
    assert len(extract_incidents(Document(text="Gunmen executed two men in Tabqa on Monday.", published=_TALLY_DAY))) == 1
