"""Date expressions: absolute, relative to publication, durations, and links between incidents."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.reading import rule_incidents
from mapapp.extract.dates import find_dates, find_relative_anchors, resolve
from mapapp.extract.page_date import page_date_offset
from mapapp.model import Document

PUBLISHED = date(2018, 6, 7)  # a Thursday


def first(text: str, published: date | None = PUBLISHED):
    mentions = [m for m in find_dates(text) if m.kind != "duration"]
    assert mentions, f"no date found in {text!r}"
    return resolve(mentions[0], published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warplanes struck the village on June 5.", date(2018, 6, 5)),
        ("The attack took place on 5 June 2017.", date(2017, 6, 5)),
        ("It happened on May 24, 2016, at dawn.", date(2016, 5, 24)),
        ("The blast on Sept. 30 killed two.", date(2017, 9, 30)),  # after publication in 2018: last year
        ("Clashes erupted yesterday in the town.", date(2018, 6, 6)),
        ("A drone struck a car on Monday.", date(2018, 6, 4)),
        ("A drone struck a car late Thursday.", date(2018, 6, 7)),
        ("Shelling resumed three days ago.", date(2018, 6, 4)),
        ("The raid happened earlier today.", date(2018, 6, 7)),
        ("The body was found the day before yesterday.", date(2018, 6, 5)),
        ("A mine went off a few hours ago near the road.", date(2018, 6, 7)),
        ("Clashes raged near the dam during the last hours.", date(2018, 6, 7)),
        ("The convoy was hit 48 hours ago.", date(2018, 6, 5)),
        ("The convoy was hit 5 hours ago.", date(2018, 6, 7)),
        ("The convoy was hit an hour ago.", date(2018, 6, 7)),
        ("Gunmen opened fire on a bus over the past few hours.", date(2018, 6, 7)),
    ],
)
def test_resolved_against_publication(text: str, expected: date) -> None:
    resolved = first(text)
    assert resolved is not None and resolved.value == expected


def test_partial_date_without_publication() -> None:
    resolved = first("the latest of which was on May 24 when jets struck", published=None)
    assert resolved is not None
    assert (resolved.value, resolved.year, resolved.month, resolved.day) == (None, None, 5, 24)
    assert resolved.basis == "absolute"


def test_relative_date_without_publication_has_no_value() -> None:
    resolved = first("A drone struck a car on Monday.", published=None)
    assert resolved is not None and resolved.value is None


def test_since_is_a_duration_not_an_event_date() -> None:
    kinds = [m.kind for m in find_dates("has been conducting airstrikes since September 2014 without authorization")]
    assert kinds == ["duration"]


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("the strikes may continue for weeks") == []


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The development came only a day after at least 18 were killed", 1),
        ("The attack came two days after a bombing", 2),
        ("less than 24 hours after government forces thwarted", 1),
        ("a week before the offensive", -7),
        ("a day later, a roadside bomb exploded", -1),
        # every count the numbers table knows, not only up to seven
        ("Eight days later, gunmen shot a teacher", -8),
        ("The raid came ten days after the ambush", 10),
        ("twelve days before the vote", -12),
    ],
)
def test_relative_anchors(text: str, days: int) -> None:
    anchors = find_relative_anchors(text)
    assert len(anchors) == 1 and anchors[0].days == days


def test_incident_linked_to_the_one_it_came_after() -> None:
    text = (
        "Turkish drones struck a car near Qamishli on Monday, killing two SDF fighters. "
        "The attack came two days after a roadside bomb killed three soldiers near Tal Tamr."
    )
    found = rule_incidents(Document(text=text, published=PUBLISHED))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Qamishli", "Tal Tamr"]
    drone, bomb = found
    assert drone.date is not None and bomb.date is not None
    assert drone.date.value == date(2018, 6, 4)
    assert (bomb.date.relative_to, bomb.date.days_after, bomb.date.value) == (drone.id, -2, date(2018, 6, 2))
    assert (drone.date.relative_to, drone.date.days_after) == (bomb.id, 2)


def test_a_day_later_in_the_same_sentence() -> None:
    text = (
        "A family of five died after Turkish artillery shelled Ras al-Ain on June 1; "
        "a day later, a roadside bomb killed four soldiers near Tal Tamr."
    )
    found = rule_incidents(Document(text=text, published=PUBLISHED))
    assert len(found) == 2
    shelling, bomb = found
    assert shelling.date is not None and shelling.date.value == date(2018, 6, 1)
    assert bomb.date is not None and bomb.date.value == date(2018, 6, 2)
    assert bomb.date.relative_to == shelling.id and bomb.date.days_after == 1
    # two incidents in one sentence: each has its own clause as evidence
    assert bomb.evidence[0].text.startswith("a day later")
    assert "roadside" not in shelling.evidence[0].text


def test_publication_date_gives_year_to_month_day() -> None:
    text = "On May 24 US-led fighter aircraft struck Syrian army positions near Abu Kamal."
    found = rule_incidents(Document(text=text, published=date(2018, 6, 7)))
    assert len(found) == 1 and found[0].date is not None
    assert found[0].date.value == date(2018, 5, 24)
    assert found[0].date.basis == "absolute"


def test_sentence_initial_earlier_links_to_the_previous_incident() -> None:
    text = (
        "An explosion in a crowded market in Raqqa killed at least six people on Tuesday, residents said.\n"
        "Two days earlier, gunmen on a motorcycle shot dead a council member near the city's clock tower."
    )
    found = rule_incidents(Document(text=text, published=date(2019, 5, 22)))
    assert len(found) == 2
    blast, shooting = found
    assert blast.date is not None and blast.date.value == date(2019, 5, 21)
    assert shooting.date is not None
    assert (shooting.date.relative_to, shooting.date.days_after, shooting.date.value) == (
        blast.id,
        -2,
        date(2019, 5, 19),
    )


def test_sentence_initial_day_after_the_bombing() -> None:
    text = (
        "A car bomb killed five people in Tal Abyad on June 2.\n"
        "A day after the bombing, Turkish artillery shelled the village of Suluk, wounding three civilians."
    )
    found = rule_incidents(Document(text=text, published=PUBLISHED))
    assert len(found) == 2
    bomb, shelling = found
    assert shelling.date is not None and shelling.date.value == date(2018, 6, 3)
    assert shelling.date.days_after == 1 and shelling.date.relative_to == bomb.id


def test_anaphoric_subject_of_a_dating_phrase_is_not_merged() -> None:
    text = (
        "A car bomb went off in the town of Jurneyyeh on Friday, killing ten people, a war monitor said.\n"
        "The attack came only a day after gunmen killed two shepherds in Ras al-Ain, SANA reported."
    )
    found = rule_incidents(Document(text=text, published=PUBLISHED))
    assert len(found) == 2
    bomb, shooting = found
    assert len(bomb.evidence) == 1 and bomb.sources == ["war monitor"]
    assert shooting.sources == ["Syrian state television"]
    assert bomb.date is not None and shooting.date is not None
    assert (bomb.date.relative_to, bomb.date.days_after) == (shooting.id, 1)
    assert bomb.date.value == date(2018, 6, 1)  # the Friday before publication
    assert shooting.date.value == date(2018, 5, 31)


def test_more_relative_expressions_resolve_against_publication() -> None:
    from datetime import date as _date

    from mapapp.extract.dates import find_dates as _find
    from mapapp.extract.dates import resolve as _resolve

    published = _date(2024, 5, 8)  # a Wednesday

    def day(text: str) -> _date | None:
        found = _find(text)
        resolved = _resolve(found[0], published) if found else None
        return resolved.value if resolved else None

    assert day("the bodies were found nearly ten days ago") == _date(2024, 4, 28)
    assert day("a drone struck overnight") == _date(2024, 5, 7)
    assert day("a drone struck overnight on Sunday") == _date(2024, 5, 5)
    assert day("cells attacked at dawn on Tuesday") == _date(2024, 5, 7)
    assert day("gunmen attacked the post this dawn") == published
    assert day("the house was shelled a week ago") == _date(2024, 5, 1)
    assert day("clashes broke out earlier this week") is None  # no day: a report date stands in


def test_a_statement_date_is_marked_as_said() -> None:
    mentions = find_dates("Two guards were killed on Friday, officials said on Sunday.")
    assert [(m.text, m.said) for m in mentions] == [("on Friday", False), ("on Sunday", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Hours earlier, a mine exploded near the road",
        "On the same day, gunmen shot a driver",
        "a few hours later, jet",
        "Half an hour later, a mine exploded near the road",
        "Minutes later, gunmen shot a driver",
        "A short while later, jets struck the bridge",
        "Later at night, a drone hit the depot",
    ],
)
def test_same_day_anchors(text: str) -> None:
    anchors = find_relative_anchors(text)
    assert len(anchors) == 1 and anchors[0].days == 0 and anchors[0].sequential


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("A few days later, a mine exploded near the road", None),  # no count of days: no anchor
        ("Two weeks later, gunmen shot a driver", -14),
        ("Three days later, jets struck the bridge", -3),
    ],
)
def test_later_by_a_day_or_more_is_not_the_same_day(text: str, days: int | None) -> None:
    assert [a.days for a in find_relative_anchors(text)] == ([] if days is None else [days])


@pytest.mark.parametrize(
    "text",
    [
        "The raids were flown between 6 a.m. yesterday and 6 a.m. today, the ministry said.",
        "Shelling went on from last night until this morning.",
        "Jets struck targets between 22:00 yesterday and noon today.",
    ],
)
def test_two_days_counted_back_that_bound_a_span_give_no_day(text: str) -> None:
    mentions = find_dates(text)
    assert len(mentions) == 2 and all(m.kind == "duration" for m in mentions)
    assert all(resolve(m, PUBLISHED) is None for m in mentions)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Clashes raged between Friday and Saturday near the dam.", ["relative", "relative"]),  # weekdays keep their days
        ("A drone hit a car yesterday and artillery shelled the town today.", ["relative", "relative"]),  # no span
        ("Between the two strikes yesterday, medics reached the village today.", ["relative", "relative"]),
    ],
)
def test_days_that_bound_no_span_keep_their_days(text: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_dates(text)] == kinds


def test_relative_dates_in_a_dated_statement_count_from_its_date() -> None:
    statement, today = find_dates("On May 5, activists reported that a guard was shot dead today at the gate.")
    assert statement.said and today.statement_date == statement
    resolved = resolve(today, PUBLISHED)
    assert resolved is not None and resolved.value == date(2018, 5, 5) and resolved.basis == "absolute"


def test_a_weekday_in_a_dated_statement_is_the_one_before_that_date() -> None:
    mentions = find_dates("On 10 May 2017, the monitor said jets struck the town on Tuesday.")
    resolved = resolve(mentions[-1], PUBLISHED)
    assert resolved is not None and resolved.value == date(2017, 5, 9)


def test_an_event_date_opening_a_sentence_is_no_statement() -> None:
    event, weekday = find_dates("On May 5, jets struck the town, a day before talks opened on Sunday.")
    assert not event.said and weekday.statement_date is None


def test_a_dateline_date_is_the_filing_date() -> None:
    dateline, event = find_dates("KASRA, May 4 (Agency) - Jets struck a depot on Friday, residents said.")
    assert dateline.said and not event.said


def test_a_dateline_whose_dash_runs_into_the_text_is_the_filing_date() -> None:
    dateline, event = find_dates("RIVERWATCH, May 9, 2016\u2014On May 2, 2016, gunmen stormed a post near Kasra.")
    assert dateline.said and not event.said
    text = "RIVERWATCH, May 9, 2016\u2014On May 2, 2016, gunmen stormed a post near Kasra, killing four guards."
    incident = rule_incidents(Document(text=text, published=date(2016, 5, 9)))[0]
    assert incident.date.value == date(2016, 5, 2)


def test_a_day_between_a_subject_and_its_reporting_verb_dates_the_statement() -> None:
    (said,) = find_dates("The council on Friday said that gunmen shot two guards in Kasra.")
    assert said.said
    (evening,) = find_dates("The monitor on Sunday evening reported that jets hit Hajin.")
    assert evening.said
    (event,) = find_dates("Gunmen on Friday shot two guards in Kasra.")
    assert not event.said


def test_a_date_opening_a_plain_sentence_is_no_dateline() -> None:
    event = find_dates("On May 4 - a Friday - jets struck a depot.")[0]
    assert event.text == "May 4" and not event.said


@pytest.mark.parametrize(
    ("text", "year", "month"),
    [("In October, gunmen raided the village.", 2017, 10), ("Jets struck the bridge in late May.", 2018, 5)],
)
def test_a_month_named_alone_is_a_month_of_the_publication_year_or_the_one_before(
    text: str, year: int, month: int
) -> None:
    resolved = first(text)
    assert resolved is not None and (resolved.year, resolved.month, resolved.day) == (year, month, None)
    assert resolved.value is None and resolved.precision == "month"


@pytest.mark.parametrize(
    "text",
    ["Some 80 fighters have died in the siege of the silo since last Friday.", "Shelling has gone on since last Monday evening."],
)
def test_since_last_weekday_is_a_duration(text: str) -> None:
    assert [m.kind for m in find_dates(text)] == ["duration"]


@pytest.mark.parametrize(
    "text", ["The council met last Friday.", "Drones struck the bridge on Monday.", "A shell hit a farm late Sunday."]
)
def test_a_weekday_told_without_since_is_a_day(text: str) -> None:
    assert [m.kind for m in find_dates(text)] == ["relative"]


def test_a_toll_since_last_weekday_is_the_fight_of_the_capture_told_before() -> None:
    text = (
        "Rebels captured the Jarniyah silo on Monday after a week of clashes, a monitor said. The capture of the silo, "
        "the last army post in Raqqa province, followed a battle that killed 40 fighters since last Thursday."
    )
    found = rule_incidents(Document(text=text, published=date(2023, 6, 6)))
    assert [[t.text for t in i.toponyms][:1] for i in found] == [["Jarniyah"]]


def test_since_a_month_is_a_duration() -> None:
    assert [m.kind for m in find_dates("Clashes have gone on since early March.")] == ["duration"]


def test_a_lower_case_month_word_is_no_month() -> None:
    assert find_dates("Fighters may march in formation.") == []


def test_a_relative_phrase_before_a_statement_dates_the_statement_not_an_event() -> None:
    from mapapp.extract.dates import find_relative_anchors

    assert find_relative_anchors("A day later, the administration said that the attack was carried out by a drone.") == []
    assert [a.days for a in find_relative_anchors("A day later, a second drone struck the same village.")] == [-1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 12/8/2022, shells hit the village.", (2022, 8, 12)),  # day first, as the region's outlets write it
        ("On 31.12.2021 shells hit the village.", (2021, 12, 31)),
        ("On 8/25/2022 shells hit the village.", (2022, 8, 25)),  # only month first is a date
        ("The ratio was 3.5 to 2.1 in the village.", None),
        ("The code 45/67/2022 is no date.", None),
    ],
)
def test_dates_written_in_figures(text: str, expected: tuple[int, int, int] | None) -> None:
    found = [(d.year, d.month, d.day) for d in find_dates(text)]
    assert found == ([expected] if expected else [])


def test_a_day_opening_a_report_of_another_source_dates_the_report() -> None:
    found = find_dates("Later on Tuesday, the Lebanese Al Mayadeen news reported that four airstrikes hit sites.")
    assert [(d.text, d.said) for d in found] == [("on Tuesday", True)]
    found = find_dates("On Tuesday, gunmen killed two men in Hajin.")
    assert [(d.text, d.said) for d in found] == [("On Tuesday", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot a man dead on the 3rd of this month.", date(2018, 6, 3)),
        ("The shelling on the 4th of the current month killed two.", date(2018, 6, 4)),
        ("A mine exploded on the 28th of last month near the village.", date(2018, 5, 28)),
    ],
)
def test_a_day_of_the_publications_month(text: str, expected: date) -> None:
    assert first(text).value == expected


def test_a_day_of_this_month_dates_the_incident() -> None:
    text = "On the evening of the 2nd of this month, gunmen killed a teacher in the village of Tabia."
    (incident,) = rule_incidents(Document(text=text, published=PUBLISHED))
    assert incident.date is not None and incident.date.value == date(2018, 6, 2)


def test_last_weekday_named_on_that_weekday_is_a_week_before() -> None:
    # PUBLISHED is a Thursday
    assert first("Last Thursday, gunmen killed two guards.").value == date(2018, 5, 31)
    assert first("On Thursday, gunmen killed two guards.").value == PUBLISHED
    assert first("Last Monday, gunmen killed two guards.").value == date(2018, 6, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed a guard in the village the day before yesterday.", date(2018, 6, 5)),
        ("Gunmen killed a guard in the village the night before last.", date(2018, 6, 5)),
        ("Gunmen killed a guard in the village on the 4th.", date(2018, 6, 4)),
        ("Gunmen killed a guard in the village on the 28th.", date(2018, 5, 28)),  # after the 7th: last month
        ("05/06/2018 - Gunmen killed a guard in the village.", date(2018, 6, 5)),
    ],
)
def test_bulletin_date_wordings_date_the_incident(text: str, expected: date) -> None:
    (incident,) = rule_incidents(Document(text=text, published=PUBLISHED))
    assert incident.date is not None and incident.date.value == expected


@pytest.mark.parametrize("text", ["Fighters of the 17th Division were deployed.", "It was the 3rd day of the siege."])
def test_an_ordinal_of_a_unit_or_a_count_is_no_date(text: str) -> None:
    assert [m for m in find_dates(text) if m.kind != "duration"] == []




def test_hours_later_counts_whole_days() -> None:
    from mapapp.extract.dates import find_relative_anchors

    assert [a.days for a in find_relative_anchors("Less than 48 hours later, a mine went off.")] == [-2]
    assert [a.days for a in find_relative_anchors("Hours later, a mine went off.")] == [0]
    assert [a.days for a in find_relative_anchors("That night, a drone struck.")] == [0]


_RELATIVE_WORDS_SAMPLE = [
    "on", "Tuesday", "SUNDAY", "friday", "night", "last", "since", "early", "two", "days", "ago", "AGO", "hours", "weeks",
    "yesterday", "today", "this morning", "overnight", "the", "day before", "killed", "in", "Raqqa", ",", ".", "  ",
    "ſunday", "İ", "5", "late",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_RELATIVE_WORDS_SAMPLE), min_size=1, max_size=16))
def test_the_relative_date_variant_finds_what_the_whole_pattern_finds(words: list[str]) -> None:
    # a text without "ago" or without a weekday is scanned by a variant of the pattern lacking that alternative
    from mapapp.extract.dates import _RELATIVE_RE, _relative_pattern

    text = " ".join(words)
    whole = [(m.span(), m.groupdict()) for m in _RELATIVE_RE.finditer(text)]
    variant = [(m.span(), m.groupdict()) for m in _relative_pattern(text, text.lower()).finditer(text)]
    assert variant == whole


def test_the_day_a_report_was_released_dates_the_report() -> None:
    text = "The group released its monthly report on Sunday, saying that clashes on Friday killed nine."
    mentions = find_dates(text)
    assert [(m.text, m.said) for m in mentions] == [("on Sunday", True), ("on Friday", False)]


def test_an_iso_date_after_a_line_opening_date_label_is_the_page_date_not_an_event_date() -> None:
    text = "date 2021-03-04 Gunmen attacked a checkpoint."
    assert page_date_offset(text) == 5
    assert [m.text for m in find_dates(text, page_date_offset(text))] == []
    assert [m.text for m in find_dates("Gunmen attacked a checkpoint on 2021-03-04.")] == ["2021-03-04"]
