"""Sentence splitting with offsets, and markup blanking that keeps offsets."""

from __future__ import annotations

from mapapp.extract.sentences import fold_accents, mask_markup, split_sentences


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(mask_markup(text))]


def test_split_keeps_offsets() -> None:
    text = "First sentence here. Second one follows!  Third? Yes.\n\nNew paragraph"
    assert texts(text) == ["First sentence here.", "Second one follows!", "Third?", "Yes.", "New paragraph"]


def test_abbreviations_do_not_split() -> None:
    text = "The U.S. military said Gen. Smith visited. Then he left."
    assert texts(text) == ["The U.S. military said Gen. Smith visited.", "Then he left."]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "They noted, “The strike was illegal.” The ministry agreed."
    assert texts(text) == ["They noted, “The strike was illegal.”", "The ministry agreed."]


def test_mask_keeps_length_and_blanks_script() -> None:
    text = "Before.<script>alert('x. Y')</script>After <b>bold</b> text."
    masked = mask_markup(text)
    assert len(masked) == len(text)
    assert "alert" not in masked and "<b>" not in masked
    assert texts(text) == ["Before.", "After <b>bold</b> text."]


def test_unclosed_script_is_blanked_to_the_end() -> None:
    text = "Clean sentence. <script>never closed. Still script"
    assert texts(text) == ["Clean sentence."]


def test_blank_text_has_no_sentences() -> None:
    assert split_sentences(mask_markup("  \n\t ")) == []


def test_full_stop_glued_to_the_next_sentence_ends_the_sentence() -> None:
    from mapapp.extract.sentences import split_sentences as _split

    text = "No one was hurt in the strike.Local media said the depot burned. The U.S.Army said nothing."
    assert [text[s.start : s.end] for s in _split(text)] == [
        "No one was hurt in the strike.",
        "Local media said the depot burned.",
        "The U.S.Army said nothing.",
    ]


def test_clock_time_before_its_day_does_not_split() -> None:
    # "a.m." then the date it falls on goes on with the sentence; "a.m." then a new clause still ends one
    assert texts("Troops raided a farm at 2:30 a.m. March 5, seizing rifles. It was quiet.") == [
        "Troops raided a farm at 2:30 a.m. March 5, seizing rifles.",
        "It was quiet.",
    ]
    assert texts("Shells fell at 11 p.m. Friday on the market.") == ["Shells fell at 11 p.m. Friday on the market."]
    assert texts("The blast came at 6 a.m. Rescuers arrived later.") == ["The blast came at 6 a.m.", "Rescuers arrived later."]
    # its time zone in brackets, or a word in lower case, goes on with the sentence too
    assert texts("Troops raided a farm at 4:30 a.m. (local time) on May 2, seizing rifles. It was quiet.") == [
        "Troops raided a farm at 4:30 a.m. (local time) on May 2, seizing rifles.",
        "It was quiet.",
    ]
    assert texts("A drone struck at 9 p.m. local time near the dam.") == ["A drone struck at 9 p.m. local time near the dam."]


def test_letters_without_a_decomposition_fold_too() -> None:
    assert fold_accents("Ceylanpınar, Şanlıurfa, Łódź, Øresund") == "Ceylanpinar, Sanliurfa, Lodz, Oresund"


def _pieces(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_a_month_abbreviated_before_its_day_does_not_split() -> None:
    assert _pieces("Jets hit the depot on May. 2, the army said. Two guards died.") == [
        "Jets hit the depot on May. 2, the army said.",
        "Two guards died.",
    ]


def test_a_month_ending_a_sentence_before_a_count_still_splits() -> None:
    assert _pieces("The siege began in May. 12 families fled the town.") == [
        "The siege began in May.",
        "12 families fled the town.",
    ]


def test_a_month_ending_a_sentence_before_a_count_of_a_named_party_still_splits() -> None:
    assert _pieces("The siege began in Jul. 3 Kurdish guards died at the gate.") == [
        "The siege began in Jul.",
        "3 Kurdish guards died at the gate.",
    ]


def test_a_month_abbreviated_before_its_day_and_year_does_not_split() -> None:
    assert _pieces("Jets hit the depot on Jun. 4 2024 at dawn.") == ["Jets hit the depot on Jun. 4 2024 at dawn."]
