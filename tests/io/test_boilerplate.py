"""Boilerplate lines dropped from raw page text: each class on short lines written for the test."""

from __future__ import annotations

from mapapp.io.boilerplate import strip_boilerplate

BODY = "A drone struck a car near Amuda on Tuesday, killing two fighters, local sources said."


def _reasons(text: str) -> list[str]:
    return [reason for _, reason, _ in strip_boilerplate(text).removed]


def test_text_without_boilerplate_is_unchanged() -> None:
    text = f"Drone strike | Two killed near Amuda\n\n\n{BODY}\n\nReporting by a staff writer"
    assert strip_boilerplate(text).text == text and strip_boilerplate(text).removed == []


def test_previous_next_links_and_the_headline_list_after_them() -> None:
    text = (
        f"{BODY}\n\nPrev Post\n\nShelling | Three hurt in a village west of Raqqa\n\nNext Post\n\n"
        "Daily toll | Nine killed across the country\n\nBlast | Child hurt by old mine near Hajin…"
    )
    cleaned = strip_boilerplate(text)
    assert cleaned.text == BODY
    assert _reasons(text) == ["navigation heading", "related headline", "navigation heading", "related headline",
                              "related headline"]


def test_a_navigation_run_ends_at_the_next_prose_line() -> None:
    after = "The council said the road would reopen next week."
    text = f"{BODY}\n\nRead next\n\nClashes erupt in the east\n\n{after}"
    assert strip_boilerplate(text).text == f"{BODY}\n\n{after}"


def test_more_in_section_heading() -> None:
    text = f"{BODY}\n\nMore in News\n\nA market fire destroys ten shops"
    assert strip_boilerplate(text).text == BODY


def test_inline_related_boxes() -> None:
    for line in ("Read also: Car bomb kills four in Hasakah", "Check also | Mortar shells hit a school",
                 "READ MORE: Two soldiers die in an ambush", "Related: Gunmen kill a farmer"):
        cleaned = strip_boilerplate(f"{BODY}\n\n{line}\n\nThe strike was the third this week.")
        assert cleaned.text == f"{BODY}\n\nThe strike was the third this week.", line
        assert _reasons(f"{BODY}\n{line}") == ["related-article box"]


def test_a_sentence_starting_with_read_is_kept() -> None:
    text = f"{BODY}\n\nRead the full statement on the ministry's site, the spokesman said."
    assert strip_boilerplate(text).text == text


def test_share_widgets_cookie_notices_and_credits() -> None:
    lines = [
        "Share", "tweet", "Facebook", "X (Twitter)", "Email", "Copy link to Tweet", "Back to top ↑",
        "We use cookies to improve your experience. By browsing you accept our cookie policy.",
        "Photo: a local agency", "Credit: Staff photographer/Agency",
    ]
    text = "\n\n".join([BODY, *lines])
    assert strip_boilerplate(text).text == BODY
    assert set(_reasons(text)) == {"share widget", "cookie notice", "photo credit"}


def test_a_one_word_place_line_is_not_a_widget() -> None:
    text = f"Raqqa\n\n{BODY}"
    assert strip_boilerplate(text).text == text


def test_a_line_in_another_script_with_a_number_is_not_a_widget() -> None:
    text = f"{BODY}\n\nقتل 3 مدنيين"
    assert strip_boilerplate(text).text == text


def test_tweet_attribution_and_repeated_paragraph() -> None:
    quote = "We will not stop until every family is back in its home, the commander wrote."
    text = f"{BODY}\n\n{quote}\n— A Commander (@commander) May 3, 2022\n\n{quote}\n\nThe post was shared widely."
    cleaned = strip_boilerplate(text)
    assert cleaned.text == f"{BODY}\n\n{quote}\n\nThe post was shared widely."
    assert _reasons(text) == ["tweet attribution", "repeated paragraph"]


def test_short_repeats_are_kept() -> None:
    text = f"Reporting by A. Writer\n\n{BODY}\n\nReporting by A. Writer"
    assert strip_boilerplate(text).text == text


def test_runs_in_linear_time_on_long_input() -> None:
    # Not a timing test: a large input of every class must simply come back with the body intact.
    junk = "\n".join(["Prev Post", "A headline without a full stop"] * 5000 + ["Share"] * 5000)
    cleaned = strip_boilerplate(f"{BODY}\n{junk}\nThe end of the story came later that day.")
    assert cleaned.text == f"{BODY}\nThe end of the story came later that day."


def test_photo_caption_ending_with_its_credit() -> None:
    caption = "Smoke rises over a village after the shelling (Photo: A local agency)"
    text = f"{BODY}\n\n{caption}\n\nThe strike was the third this week."
    assert strip_boilerplate(text).text == f"{BODY}\n\nThe strike was the third this week."
    assert _reasons(text) == ["photo caption"]
    quoted = "The ministry said the attack killed four people (source: the ministry) and wounded six others."
    assert strip_boilerplate(f"{BODY}\n\n{quoted}").removed == []
