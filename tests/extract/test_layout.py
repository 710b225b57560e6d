"""Document layout: title lines, datelines, province prefixes and the place context they give."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.extract.layout import closed_before_hashtags, read_layout
from mapapp.extract.sentences import split_sentences
from mapapp.model import Document


def layout_of(text: str):
    return read_layout(text, split_sentences(text))


def test_dateline_gives_the_place_context() -> None:
    layout = layout_of("AMUDA, Syria (AFP) - Gunmen shot dead a teacher on Sunday, his family said.")
    assert layout.place_context is not None
    assert layout.place_context.text == "AMUDA"
    assert layout.place_context.role == "context"


def test_bureau_dateline_abroad_is_no_place_context() -> None:
    layout = layout_of("BEIRUT (Reuters) - Gunmen shot dead a teacher on Sunday, his family said.")
    assert layout.place_context is None


def test_province_prefix_gives_the_governorate_context() -> None:
    text = "Raqqa province – Local monitors:\nMasked men killed a shepherd on Tuesday, monitors said."
    layout = layout_of(text)
    assert layout.governorate_context == "Ar-Raqqah"
    assert layout.place_context is not None and layout.place_context.governorate == "Ar-Raqqah"


def test_topic_line_is_a_title_and_its_place_is_context() -> None:
    text = "Northern countryside of Hasakah | Gunman kills farmer\nA gunman killed a farmer on Friday."
    layout = layout_of(text)
    assert layout.is_title(0)
    assert layout.governorate_context == "Al-Hasakah"


def test_a_topic_line_closed_by_a_full_stop_is_a_report_not_a_title() -> None:
    text = "Northern countryside of Hasakah | Gunmen wounded two guards near the Kawkab checkpoint.\nA mine hit a car in Tal Baydar on Friday, killing a man."
    layout = layout_of(text)
    assert not layout.is_title(0)
    assert layout.governorate_context == "Al-Hasakah"  # its label is still the text's context


def test_a_bulletin_first_report_after_its_label_is_kept_beside_the_next() -> None:
    text = (
        "Urgent | Gunmen wounded two guards near the Kawkab checkpoint on Monday.\n\n"
        "Urgent | A roadside bomb hit a car in Tal Baydar this evening, killing a man."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2022, 3, 7)))
    assert [i.toponyms[0].text for i in found] == ["Kawkab", "Tal Baydar"]


@pytest.mark.parametrize(
    "first_line",
    [
        "Northern countryside of Hasakah | Gunman kills farmer",  # a headline: no full stop
        'Tal Baydar | Gunmen kill a man for "spying"',  # ends on a quoted phrase
        "Northern countryside of Hasakah | Who killed the farmer of Tal Baydar?",  # a question
    ],
)
def test_a_topic_line_without_a_full_stop_is_a_title(first_line: str) -> None:
    layout = layout_of(first_line + "\nA gunman killed a farmer on Friday.")
    assert layout.is_title(0)


def test_headline_place_is_context_for_a_body_without_place() -> None:
    text = "Grief in Shadadi after market attack\n\nA car bomb exploded near the market on Monday, killing three people."
    incidents = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert len(incidents) == 1
    toponyms = incidents[0].toponyms
    assert [(t.text, t.role) for t in toponyms] == [("Shadadi", "context")]
    assert incidents[0].primary_toponym is toponyms[0]


def test_incident_with_its_own_place_keeps_it_and_takes_the_governorate_hint() -> None:
    text = "Deir ez-Zor province – Monitors:\nGunmen killed two guards in Kasra on Monday."
    incidents = rule_incidents(Document(text=text))
    assert len(incidents) == 1
    assert [(t.text, t.role, t.admin1_hint) for t in incidents[0].toponyms] == [("Kasra", "primary", "Deir ez-Zor")]


def test_no_context_leaves_a_placeless_incident_without_toponyms() -> None:
    incidents = rule_incidents(Document(text="Gunmen killed two guards on Monday, relatives said."))
    assert len(incidents) == 1 and incidents[0].toponyms == []


def test_dateline_place_is_context_for_a_lede_without_place() -> None:
    text = "SHADADI, Syria (AFP) - A car bomb exploded near the market on Monday, killing three people."
    incidents = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [(t.text, t.role) for t in incidents[0].toponyms] == [("SHADADI", "context")]


def test_photo_caption_and_tag_lines_tell_no_incident() -> None:
    text = (
        "Drone strike in Amuda\n\n"
        "Smoke rises after a drone strike near Amuda on Monday. (AFP)\n\n"
        "A Turkish drone struck a car in Amuda on Tuesday, killing two fighters.\n\n"
        "Tags: drone strike Amuda Hasakah"
    )
    layout = layout_of(text)
    assert {1, 2, 4} <= layout.skipped_sentences  # the caption, its credit, the tag line
    incidents = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert len(incidents) == 1
    assert incidents[0].date.value == datetime.date(2024, 5, 7)


def test_title_block_runs_to_the_first_body_sentence() -> None:
    text = "Monday 6 May 2024\n\nMine kills shepherd in Kasra\n\nBy our correspondent\n\nA landmine killed a shepherd in Kasra."
    layout = layout_of(text)
    assert layout.title_sentences == frozenset({0, 1, 2})


@pytest.mark.parametrize(
    "line, closed",
    [
        ("A mine hit a tractor near Tal Baydar. #TalBaydar", True),
        ("Jets struck a depot in Kasra today! #Kasra #Syria", True),
        ("Mine kills shepherd in Kasra #Syria", False),  # a headline with a tag: no full stop before it
        ("Mine kills shepherd in Kasra", False),
    ],
)
def test_a_line_closed_before_its_hashtags_is_a_sentence(line: str, closed: bool) -> None:
    assert closed_before_hashtags(line) is closed


def test_a_page_of_posts_keeps_its_first_reports_closed_before_hashtags() -> None:
    text = (
        "Valley Watch\nMay 3, 2022\n"
        "A mine hit a tractor near Tal Baydar this morning, killing a farmer. #TalBaydar\n"
        "10:02  views 812\n"
        "Gunmen shot dead a teacher in Kasra this evening. #Kasra\n"
        "12:40  views 301\n"
        "A drone struck a car near Amuda this evening, killing two men. #Amuda\n"
    )
    layout = layout_of(text)
    assert layout.title_sentences == frozenset({0, 1})
    found = rule_incidents(Document(text=text, published=datetime.date(2022, 5, 3)))
    assert [i.toponyms[0].text for i in found] == ["Tal Baydar", "Kasra", "Amuda"]


def test_agency_word_in_a_dateline_is_no_place() -> None:
    assert layout_of("Agencies (Qasioun) – A mine killed a shepherd on Friday.").place_context is None


def test_caption_printed_again_without_its_credit_is_skipped_too() -> None:
    text = (
        "Smoke rises over Hajin after a strike on Sunday.\n"
        "Smoke rises over Hajin after a strike on Sunday.PHOTO: AGENCY\n"
        "Jets struck a market in Hajin on Monday, killing five people."
    )
    assert {0, 1} <= layout_of(text).skipped_sentences


def test_evidence_starts_after_the_dateline() -> None:
    text = "HASAKAH, Syria (AFP) - A car bomb exploded near the market on Monday, killing three people."
    incidents = rule_incidents(Document(text=text))
    assert incidents[0].evidence[0].text == "A car bomb exploded near the market on Monday, killing three people."


def test_caption_credited_after_a_dash_below_the_title_is_skipped() -> None:
    text = (
        "Drone strike hits a car near Amuda\n\n"
        "Smoke rising over a village near Amuda after shelling – Valley Press\n\n"
        "A drone struck a car near Amuda on Monday, wounding two people."
    )
    assert 1 in layout_of(text).skipped_sentences
    incidents = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert len(incidents) == 1


def test_dash_credit_rule_keeps_the_title_and_sentences_with_a_dash() -> None:
    text = (
        "Drone strike hits a car near Amuda - Valley Press\n\n"
        "A drone struck a car near Amuda on Monday - Two people were wounded.\n\n"
        "Gunmen killed a guard in Kasra on Sunday, said the council - Kasra Council."
    )
    assert layout_of(text).skipped_sentences == frozenset()


def test_headlines_listed_under_a_link_list_label_tell_no_incident() -> None:
    text = (
        "Related news\n\n"
        "Drone kills two fighters near Amuda\n\n"
        "Shells hit three villages in Tal Tamr countryside\n\n"
        "HASAKAH, Syria (Some Agency) – A landmine killed a shepherd near al-Hol on Monday.\n\n"
        "Read more:\n"
        "Gunmen kill a teacher in Hajin\n"
        "Most read"
    )
    incidents = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [(i.event_type.value, i.primary_toponym.text if i.primary_toponym else None) for i in incidents] == [
        ("ied", "al-Hol")
    ]


def test_a_link_to_the_previous_report_gives_no_governorate_context() -> None:
    text = (
        "Previous: Five suspects arrested in Deir ez-Zor\n"
        "Next: New training course ends\n\n"
        "Shells hit the village of Kherbet Amo on Monday, killing a shepherd."
    )
    layout = layout_of(text)
    assert layout.governorate_context is None and {0, 1} <= layout.skipped_sentences


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hajin | Gunmen shot dead a young man on his way home last night.", "Hajin"),
        ("Al-Busayrah | Gunmen shot dead a young man on his way home last night.", "Al-Busayrah"),
        # a topic, an outlet or a party is no place
        ("Breaking | Gunmen shot dead a young man on his way home last night.", None),
        ("Euphrates Post | Gunmen shot dead a young man on his way home last night.", None),
        ("Security chaos | Gunmen shot dead a young man on his way home last night.", None),
    ],
)
def test_a_topic_label_that_is_a_bare_place_name_is_the_place_context(text: str, place: str | None) -> None:
    [incident] = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    found = incident.primary_toponym
    assert (found.text if found else None) == place
    assert found is None or found.role == "context"


def test_a_first_line_opening_with_a_bare_place_name_and_a_colon_gives_the_place_context() -> None:
    layout = layout_of("Hajin: unknown gunmen killed a young man on Monday, sources said.")
    assert layout.place_context is not None and layout.place_context.text == "Hajin"


@pytest.mark.parametrize(
    "text",
    [
        "Breaking: unknown gunmen killed a young man on Monday, sources said.",
        "Update: unknown gunmen killed a young man on Monday, sources said.",
    ],
)
def test_a_topic_word_before_a_colon_is_no_place_context(text: str) -> None:
    assert layout_of(text).place_context is None


@pytest.mark.parametrize("separator", [" | ", ": ", " — ", " – "])
@pytest.mark.parametrize("bullet", ["", "- ", "• ", "1- ", "1) "])
def test_each_labelled_line_of_a_post_is_placed_by_its_own_label(separator: str, bullet: str) -> None:
    text = (
        f"{bullet}Kasra{separator}Unknown gunmen shot dead a guard at his home.\n"
        f"{bullet.replace('1', '2')}Hajin{separator}A landmine killed a shepherd this morning.\n"
    )
    found = rule_incidents(Document(text=text))
    assert [[t.text for t in i.toponyms] for i in found] == [["Kasra"], ["Hajin"]]


def test_a_label_s_side_of_the_front_in_brackets_is_not_its_place() -> None:
    text = (
        "Kasra (army side) — Unknown gunmen shot dead a guard at his home.\n"
        "Hajin — A landmine killed a shepherd this morning.\n"
    )
    found = rule_incidents(Document(text=text))
    assert [[t.text for t in i.toponyms] for i in found] == [["Kasra"], ["Hajin"]]


@pytest.mark.parametrize(
    "text",
    [
        # one place before a spaced dash is a dateline, not a list of labelled lines
        "Turkish shelling kills two\nQamishli — Shells killed two farmers on Monday, a monitor said.",
        # an item's number alone does not make the one label a post's own mark
        "Turkish shelling kills two\n1- Update: Shells killed two farmers on Monday.",
        # a hyphen between a name and a report is no label's dash
        "Kasra - Unknown gunmen shot dead a guard.\nHajin - A landmine killed a shepherd.",
    ],
)
def test_a_dash_or_a_numbered_line_alone_labels_no_line(text: str) -> None:
    assert layout_of(text).line_places == {}


def test_a_headline_opened_by_a_place_label_gives_the_place_context() -> None:
    text = (
        "Kasra: families flee as bombardment intensifies\n\n"
        "Jets pounded positions on the edge of the village on Monday, killing at least 15 people, activists said."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [[t.text for t in i.toponyms] for i in found] == [["Kasra"]]


def test_a_headline_naming_one_place_by_two_names_gives_it_as_context() -> None:
    text = "Serêkaniyê / Ras al-Ain\nTurkish jets bombed a convoy heading to the city yesterday, killing at least 10 people."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [[t.text for t in i.toponyms] for i in found] == [["Serêkaniyê"]]


@pytest.mark.parametrize("lead", ["NEWS CENTER - ", "HAWAR NEWS - ", "MEDIA OFFICE - "])
def test_an_outlets_desk_before_a_dash_is_no_place(lead: str) -> None:
    found = rule_incidents(Document(text=f"{lead}Turkish warplanes bombed several areas of the region on Sunday."))
    assert all(not i.toponyms for i in found)


def test_a_release_number_label_is_no_place() -> None:
    text = "Strikes Hit Camps\nRelease Number: 2024-17\nForces conducted strikes on camps on Oct. 3, killing two."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 10, 4)))
    assert all(not i.toponyms for i in found)


def test_post_dates_reads_each_post_header() -> None:
    import datetime

    from mapapp.extract.layout import post_dates

    published = datetime.date(2023, 5, 10)
    text = (
        "Amuda News May 8 at 22:10 · A drone hit a car tonight.\n"
        "Amuda News Yesterday at 09:05 · Shells fell on a farm.\n"
        "[07.05.23 11:42] Clashes near the town.\n"
        "On May 30 · a date after publication is no header."
    )
    assert [day for _, day in post_dates(text, published)] == [  # in text order
        datetime.date(2023, 5, 8),
        datetime.date(2023, 5, 9),
        datetime.date(2023, 5, 7),
    ]
    assert post_dates(text, None) == []
    assert post_dates("December 30 · a post from last year", datetime.date(2024, 1, 2)) == [(0, datetime.date(2023, 12, 30))]


def test_post_dates_reads_a_day_after_the_dot_closing_the_header_line() -> None:
    import datetime

    from mapapp.extract.layout import post_dates

    published = datetime.date(2023, 5, 10)
    text = "A Writer (@awriter) · May 8, 2023\n\nLast night gunmen attacked a post in Hajin."
    assert [day for _, day in post_dates(text, published)] == [datetime.date(2023, 5, 8)]
    # a date after a dot that runs on in prose is no header
    assert post_dates("Clashes · May 8 saw shelling of the town.", published) == []


def test_a_posts_today_is_the_day_of_its_header() -> None:
    import datetime

    from tests.extract.reading import rule_incidents
    from mapapp.model import Document

    text = (
        "Tabqa Live May 7 · Coalition planes bombed a school in Mansoura at dawn today, killing 12 people.\n"
        "Tabqa Live Yesterday at 21:15 · A drone hit a house in Ain Issa this evening, killing a child."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 10)))
    assert [i.date.value for i in found] == [datetime.date(2023, 5, 7), datetime.date(2023, 5, 9)]


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("March 8 at 10:47 PM", datetime.date(2023, 3, 8)),
        ("8 March at 22:47", datetime.date(2023, 3, 8)),
        ("8 March 2023 at 22:47", datetime.date(2023, 3, 8)),
        ("Yesterday at 22:47", datetime.date(2023, 3, 8)),
    ],
)
def test_a_line_of_a_day_and_a_clock_is_a_post_header(header: str, day: datetime.date) -> None:
    from mapapp.extract.layout import post_header_lines

    text = f"Manbij Voice\n{header}\n\nMortar shells fell on a farm tonight, wounding a shepherd."
    assert [found for _, found in post_header_lines(text, datetime.date(2023, 3, 9))] == [day]
    # the post's "tonight" is the day it was written, not the day the page was saved
    shelling = rule_incidents(Document(text=text, published=datetime.date(2023, 3, 9)))[0]
    assert shelling.date is not None and shelling.date.value == day and not shelling.date.is_report_date
    # an event it gives no day for keeps the publication date as its report date
    undated = rule_incidents(Document(text=text.replace(" tonight", ""), published=datetime.date(2023, 3, 9)))[0]
    assert undated.date is not None and undated.date.is_report_date and undated.date.value == datetime.date(2023, 3, 9)


@pytest.mark.parametrize(
    "text",
    [
        # a day and a clock inside a sentence, or a line that goes on past the clock, is no header
        "Gunmen shot a trader in Tabqa on March 8 at 10:47 PM, his family said.",
        "Clashes began March 8 at 10:47 PM\nand went on until dawn near Hajin.",
        "The council will meet on March 8 at 10:47 in Raqqa to discuss the water supply.",
        # a line with the clock but no day
        "Live updates\nat 22:47\nShelling hit a farm tonight.",
    ],
)
def test_a_day_and_a_clock_in_prose_is_no_post_header(text: str) -> None:
    from mapapp.extract.layout import post_header_lines

    assert post_header_lines(text, datetime.date(2023, 3, 9)) == []


def test_a_post_header_is_read_in_a_text_with_crlf_line_ends() -> None:
    text = "Tabqa Now\r\nMarch 7 at 9:12 PM\r\n\r\nA mortar shell fell on a bakery in Tabqa tonight.\r\n"
    shelling = rule_incidents(Document(text=text, published=datetime.date(2023, 3, 9)))[0]
    assert shelling.date is not None and shelling.date.value == datetime.date(2023, 3, 7)
    comment = text + "Comments\r\nMarch 4 at 9:12 PM\r\n"
    from mapapp.extract.event_dates import written_day

    assert written_day(comment.replace("Tabqa Now\r\nMarch 7 at 9:12 PM\r\n", ""), datetime.date(2023, 3, 9)) is None


def test_a_comments_header_under_the_posts_prose_does_not_date_the_post() -> None:
    text = "Tabqa Now\n\nA mortar shell fell on a bakery in Tabqa tonight.\n\nComments\nSami Khalil\nMarch 4 at 9:12 PM\nStay safe."
    shelling = rule_incidents(Document(text=text, published=datetime.date(2023, 3, 9)))[0]
    assert shelling.date is not None and shelling.date.value == datetime.date(2023, 3, 9)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Deir ez-Zor 24\n📌 Al-Kasra: Russian jets struck the desert west of the town in the morning.", "Al-Kasra"),
        ("Eye on the east\n\n⭕️ #Abu_Hamam | Explosion of an IED planted in a car near the roundabout, one killed.", "Abu_Hamam"),
        ("Local news\n🔴 Susah now: A drone bombed a motorcycle, two young men killed.", "Susah"),
        ("Local news\n📌 Mayadin city: A blast hit a weapons depot, three fighters killed.", "Mayadin"),
    ],
)
def test_one_line_of_a_post_marked_with_a_pictograph_or_hashtag_is_at_its_label(text: str, place: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == place


def test_an_acronym_label_is_no_place() -> None:
    assert not layout_of("Ministry\n📌 MSB: Two terrorists were neutralized in the region.").line_places


def test_dated_item_headers_place_and_date_the_report_after_them() -> None:
    text = (
        "Monthly casualty report\n"
        "The following reports were found credible:\n"
        "1. May 2, 2018, near Hajin, Syria. During a strike on a fighting position, one civilian was killed.\n"
        "2. July 9, 2018, near Shaddadi, Syria. During a strike on a truck, two civilians were injured.\n"
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2019, 1, 10)))
    assert [(i.toponyms[0].span.text, str(i.date.value)) for i in found] == [  # type: ignore[union-attr]
        ("Hajin", "2018-05-02"),
        ("Shaddadi", "2018-07-09"),
    ]
    # one dated line is no list: nothing is labelled
    layout = read_layout(text.split("2.")[0], split_sentences(text.split("2.")[0]))
    assert layout.line_places == {}


@pytest.mark.parametrize(
    "control",
    [
        "Search...",
        "Search ...",
        "Skip to content",
        "We use cookies on this site. Accept",
        # cookie notices in other words: the site's name for itself, cookies as the subject
        "This web page uses cookies. Fine",
        "Cookies keep this site running. More | Close",
    ],
)
def test_a_headline_below_the_page_controls_is_a_title(control: str) -> None:
    text = (
        f"Home | Local | World | Contact\nValley Daily\n{control}\n\n"
        "Mortar shell wounds three in Tal Baydar\n2 May 2024 | Local\n\n"
        "Three children were wounded on Wednesday after a mortar round landed on a house in Tal Baydar."
    )
    layout = layout_of(text)
    sentences = split_sentences(text)
    headline = next(s.index for s in sentences if text[s.start : s.end].startswith("Mortar shell"))
    assert layout.is_title(headline)
    # told once in the title and once in the body: one incident, on the body's day
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 2)))
    assert len(found) == 1 and found[0].date is not None and found[0].date.value == datetime.date(2024, 5, 1)


def test_a_first_line_that_is_a_page_control_opens_the_title_block() -> None:
    text = (
        "Skip to main content (Press Enter).\nValley Command\nHome | News | Contact\n\n"
        "Commandos Kill Cell Leader in Raid Near Tal Baydar\n\n"
        "Commandos conducted a raid near Tal Baydar on Monday, killing a cell leader, the command said."
    )
    sentences = split_sentences(text)
    headline = next(s.index for s in sentences if text[s.start : s.end].startswith("Commandos Kill"))
    assert layout_of(text).is_title(headline)
    # told in the headline and again in the body: one incident
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 2)))) == 1


def test_a_first_line_that_tells_the_news_opens_no_title_block_below_it() -> None:
    text = "The council met on Monday.\nValley Command\nMortar shell wounds three in Tal Baydar\n"
    sentences = split_sentences(text)
    assert not any(layout_of(text).is_title(s.index) for s in sentences)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ('Tal Baydar | Gunmen kill a farmer for "helping the army"', True),
        ("Gunmen kill a farmer over \u201cunpaid debts\u201d", True),
        ('The mayor said "we will rebuild."', False),
        ('"We will rebuild," the mayor said', True),  # (no closing quote at its end: a line without a point)
        ("\u201cWe will rebuild,\u201d", False),
        ("Residents called it a \u2018massacre\u2019", False),  # no double opening quote: a possessive or a single quote
    ],
)
def test_a_headline_may_end_on_a_quoted_phrase(line: str, title: bool) -> None:
    # (below a masthead: the first line of a page is its title whatever it ends on)
    text = f"Valley News\n{line}\n\nGunmen shot dead a farmer near Tal Baydar on Sunday, his family said."
    assert layout_of(text).is_title(1) is title


def test_a_closed_body_line_still_ends_the_title_block() -> None:
    text = "Home | Local | World\nValley Daily\nThe council met on Monday.\nMortar shell wounds three in Tal Baydar\n"
    sentences = split_sentences(text)
    headline = next(s.index for s in sentences if text[s.start : s.end].startswith("Mortar shell"))
    assert not layout_of(text).is_title(headline)


def test_a_release_section_headed_by_a_country_abroad_ties_its_lines_to_that_country() -> None:
    text = (
        "Strike summary\nSyria\nNear Hajin, two strikes hit a depot.\nNear Baghuz, one strike hit a boat.\n"
        "Iraq\nNear Zawiyat Kasr, one strike destroyed a tunnel.\nNear Makhoul, one strike hit a cave.\n"
    )
    layout = layout_of(text)
    countries = {index: place.text for index, place in layout.section_countries.items()}
    assert set(countries.values()) == {"Iraq"} and len(countries) == 2
    # the Syria section and the lines before any heading are the report's own
    sentences = split_sentences(text)
    assert all("Zawiyat" in text[sentences[i].start : sentences[i].end] or "Makhoul" in
               text[sentences[i].start : sentences[i].end] for i in countries)
    # "Strikes in Iraq" heads a section too; a line that only mentions the country does not
    assert len(layout_of(text.replace("\nIraq\n", "\nStrikes in Iraq\n")).section_countries) == 2
    assert not layout_of(text.replace("\nIraq\n", "\nStrikes also hit Iraq.\n")).section_countries
    # a section heading is a tie for the places its lines name, never a place for a line naming none
    incidents = rule_incidents(Document(text=text + "Task force officials assessed the strikes.\n"))
    assert all(i.primary_toponym is not None and i.primary_toponym.text != "Iraq" for i in incidents)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a pictograph bullet touching the hashtag
        ("Local news\n🔴#Amuda: A shopkeeper was shot by masked men outside his store.", "Amuda"),
        # the one labelled line of a post, below its header, telling its report in sentences
        (("Euphrates Voice\n3 March ·\nSweidan | A young man was wounded by gunfire during a raid in the town. "
          "Two men were detained."), "Sweidan"),
    ],
)
def test_the_one_labelled_line_of_a_post_is_at_its_label(text: str, place: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 4)))
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == place


@pytest.mark.parametrize(
    "text",
    [
        # a report's first line opened by its bureau city: where it was filed from
        "Turkish strikes kill five\nBeirut: Shelling killed five civilians in north-east Syria on Monday, a monitor said.",
        # a headline below a page's banner: a topic line, not a labelled item
        "Observatory news\nAl-Hasakah | Gunmen kill a man in the southern countryside",
    ],
)
def test_one_label_that_is_a_bureau_or_a_headline_labels_no_line(text: str) -> None:
    assert layout_of(text).line_places == {}


@pytest.mark.parametrize(
    "label", ["Most read", "Latest news", "Recommended", "More stories", "Trending now", "Editor's picks"]
)
def test_a_link_list_label_with_its_headline_on_one_line_tells_no_incident(label: str) -> None:
    text = (
        "Market reopens in Amuda\n\n"
        "Shops in Amuda reopened on Monday after a week of closures, traders said.\n\n"
        f"{label}: Turkish drone strike kills three near Tal Tamr"
    )
    assert rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8))) == []


@pytest.mark.parametrize(
    "line",
    [
        # a report's own lines that open with a word of those labels: still read
        "Latest: a Turkish drone hit a truck near Tal Tamr on Monday, killing three.",
        "Most residents said a Turkish drone hit a truck near Tal Tamr on Monday, killing three.",
        "More fighting: a Turkish drone hit a truck near Tal Tamr on Monday, killing three.",
    ],
)
def test_a_report_s_line_opening_with_a_label_word_is_still_read(line: str) -> None:
    text = f"Drone strike near Tal Tamr\n\n{line}"
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 1


def test_a_headline_naming_cookies_late_in_the_line_is_no_page_control() -> None:
    text = (
        "Valley Daily\nHome | Local | World\n\nBakers in Tal Baydar hand out free cookies to displaced children\n\n"
        "A mortar round wounded three children in Tal Baydar on Wednesday."
    )
    sentences = split_sentences(text)
    headline = next(s.index for s in sentences if text[s.start : s.end].startswith("Bakers"))
    assert layout_of(text).is_title(headline)


@pytest.mark.parametrize(
    "headline", ["Girl selling cookies killed by mortar fire in Tal Baydar", "Cookies and shells: a Tal Baydar bakery hit"]
)
def test_a_headline_naming_cookies_early_is_no_page_control(headline: str) -> None:
    # a line naming cookies in its first words but neither the site nor a button of a notice is the headline
    text = f"Valley Daily\nHome | Local | World\n\n{headline}\n\nA mortar round wounded three children in Tal Baydar on Wednesday."
    sentences = split_sentences(text)
    index = next(s.index for s in sentences if text[s.start : s.end].startswith(headline[:8]))
    assert layout_of(text).is_title(index)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("NEAR HAJIN, Syria (Reuters) - Fighters pressed their assault on the last pocket on Friday.", "HAJIN"),
        ("Outside Tabqa, Syria (AP) - Fighters pressed their assault on the dam on Friday.", "Tabqa"),
        ("AMUDA, Syria (AFP) - Gunmen shot dead a teacher on Sunday, his family said.", "AMUDA"),
    ],
)
def test_a_dateline_filed_near_a_town_gives_the_town_as_place_context(text: str, place: str) -> None:
    layout = layout_of(text)
    assert layout.place_context is not None and layout.place_context.text == place


def test_a_dateline_filed_near_a_bureau_city_gives_no_place_context() -> None:
    assert layout_of("NEAR BEIRUT (Reuters) - Gunmen shot dead a teacher on Sunday.").place_context is None


@pytest.mark.parametrize(
    "text",
    [
        # a list of quotes, each after its speaker's name and a dash
        'Voices from the river\nSalma — "Shells fell on the bakery at noon."\nKhaled — “Two men died in the street.”',
        # a numbered list of a report's sections
        "Monthly bulletin\n1- Summary: Gunmen shot dead a guard.\n2- Background: A mine killed a shepherd.",
        "Monthly bulletin\n1) Details: Gunmen shot dead a guard.\n2) Sources: local activists.",
    ],
)
def test_a_speaker_or_a_section_word_labels_no_line(text: str) -> None:
    assert layout_of(text).line_places == {}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a second name of the place in brackets, then its kind
        (
            "Front summary\n\nSuluk (Siluk) town: Heavy clashes erupt between the two sides near the mill.\n\n"
            "Ain Issa: Drones hit a checkpoint.",
            "Suluk",
        ),
        # two places labelled together: the line's reports are at the first
        ("Eastern bank\n• Al-Kasra / Jadid Bakkara: jets and howitzers hit the two villages overnight.", "Al-Kasra"),
    ],
)
def test_a_decorated_line_label_is_read_as_its_place(text: str, place: str) -> None:
    labels = layout_of(text).line_places
    assert [p.text for p in labels.values()][:1] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Eastern bank\n• SDF / Asayish: jets and howitzers hit two villages overnight.",  # parties, not places
        "Eastern bank\n• Al-Kasra / Breaking news: jets and howitzers hit two villages overnight.",
        "Eastern bank\n• Al-Kasra / the SDF: jets and howitzers hit two villages overnight.",
        # two categories, two times of day, two sides of a front
        "Toll of the week\n• Killed / Wounded: a shell landed on a school yard in the camp.",
        "Toll of the week\n• Civilians / Fighters: a shell landed on a school yard in the camp.",
        "Toll of the week\n• Morning / Evening: a shell landed on a school yard in the camp.",
        "Toll of the week\n• North / South: a shell landed on a school yard in the camp.",
    ],
)
def test_a_label_pairing_a_place_with_no_place_is_no_label(text: str) -> None:
    assert layout_of(text).line_places == {}


@pytest.mark.parametrize(
    "text",
    [
        "Khabour Voice\n2 hrs ·\n\n🔴 Urgent | Tal Hamis\nGunmen opened fire on a car at the bridge, killing the driver.",
        "Khabour Voice\n\nBreaking: Tal Hamis\nA drone struck a motorbike near the school, wounding two riders.",
    ],
)
def test_a_flash_heading_naming_a_place_is_the_place_of_the_report_below_it(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 5)))
    assert [i.primary_toponym.text if i.primary_toponym else None for i in found] == ["Tal Hamis"]


@pytest.mark.parametrize(
    "text",
    [
        # a headline of a report, not a place alone
        "Khabour Voice\n\nUrgent | Drone strike on a car\nGunmen opened fire on a car at the bridge, killing the driver.",
        # the report's line has a label of its own
        "Khabour Voice\n\nUrgent | Tal Hamis\nAmuda: gunmen opened fire on a car, killing the driver.",
        # a flash word in a sentence of a report, not a heading of its own
        "Khabour Voice\n\nA source called it urgent: Tal Hamis needs water.\nGunmen opened fire on a car at the bridge.",
    ],
)
def test_no_flash_heading_of_a_place_leaves_the_report_unlabelled_by_it(text: str) -> None:
    labels = layout_of(text).line_places
    assert "Tal Hamis" not in [p.text for p in labels.values()]


def test_stated_zero_said_again_of_another_incident_is_not_skipped() -> None:
    text = (
        "A mortar round fell on a farm near Tal Tamr on Monday. No casualties were reported, medics said. "
        "On Tuesday a grenade was thrown at a shop in Amuda. No casualties were reported, medics said."
    )
    assert layout_of(text).skipped_sentences == frozenset()
    incidents = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert len(incidents) == 2
    assert all(i.killed is not None and i.killed.high == 0 for i in incidents)


def test_passage_printed_twice_stays_skipped() -> None:
    text = (
        "A mortar round fell on a farm near Tal Tamr on Monday. No casualties were reported, medics said. "
        "A mortar round fell on a farm near Tal Tamr on Monday. No casualties were reported, medics said."
    )
    assert layout_of(text).skipped_sentences == frozenset({2, 3})


def test_stated_zero_naming_a_speaker_said_again_stays_skipped() -> None:
    # naming someone, it may be a passage printed again: only an unnamed zero is each incident's own
    text = (
        "A mortar round fell on a farm near Tal Tamr on Monday. No casualties were reported, the SDF said. "
        "On Tuesday a grenade was thrown at a shop in Amuda. No casualties were reported, the SDF said."
    )
    assert layout_of(text).skipped_sentences == frozenset({3})


def test_a_headline_padded_with_blanks_before_its_line_break_is_a_title() -> None:
    text = "Gunmen kill a shepherd near Tal Hamis      \n\nA gunman shot a shepherd dead on Monday, his family said."
    assert 0 in layout_of(text).title_sentences


def test_a_language_menu_is_no_topic_and_the_headline_below_it_is_a_title() -> None:
    text = (
        "English  |  Kurdi  |  Arabic      \n"
        "Bomb blast wounds three men in Amuda\n\n"
        "A bomb wounded three men in Amuda on Sunday, police said."
    )
    layout = layout_of(text)
    assert 1 in layout.title_sentences
    assert layout.place_context is None or layout.place_context.text != "English"


@pytest.mark.parametrize(
    "caption",
    [
        # a wire photo's caption, closed by the country and the full day the photo was taken
        "Boys walk past a house hit by an airstrike in the old quarter of Raqqa, Syria, March 3, 2018.",
        "A woman sits by a shelled shop in Hajin, Syria, Tuesday, Oct. 17, 2017",
        # a credit after a slash closing the caption
        "Workers clear a school damaged by shelling near Tabqa, March 3. / Valley Press and Agencies",
        # a credit naming the picture's publisher
        "The ruins of a street in Raqqa after the battle for the city (image published by a local network, May 2nd)",
    ],
)
def test_a_caption_by_its_credit_or_its_wire_closing_tells_no_incident(caption: str) -> None:
    text = f"Gunmen killed a guard in Kasra\n\n{caption}\n\nGunmen killed a guard at a checkpoint in Kasra on Sunday."
    assert 1 in layout_of(text).skipped_sentences
    incidents = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert len(incidents) == 1
    assert incidents[0].primary_toponym is not None and incidents[0].primary_toponym.text == "Kasra"


def test_a_report_closing_on_a_country_and_a_day_with_no_year_is_no_caption() -> None:
    text = "Gunmen killed a guard in Kasra\n\nA car bomb killed four men at the market of Hajin, Syria, on Monday."
    assert 1 not in layout_of(text).skipped_sentences
