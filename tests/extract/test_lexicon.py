"""Tests for mapapp.extract.lexicon: the scanners' dispatched alternation matches exactly what the plain one does."""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapapp.extract.arguments import find_actor_mentions
from mapapp.extract.lexicon import (
    ACTOR_SCANNER,
    ANSWERED_EVENT_WORDS,
    GATED_CASE_SENSITIVE_ACTOR_RES,
    ORGANISATION_NAMES,
    SOURCE_SCANNER,
    TRIGGER_SCANNER,
    ascii_lower,
    dispatched_alternation,
    first_characters,
    gated_search,
    may_match,
    opening_guard,
    opening_strings,
    required_literal,
    required_words,
    split_alternatives,
    words_of,
)


def test_split_alternatives_splits_only_at_the_top_level() -> None:
    assert split_alternatives(r"a|b(?:c|d)|[|]x|\|y|[]|]z|[^]|]w") == ["a", "b(?:c|d)", "[|]x", r"\|y", "[]|]z", "[^]|]w"]


def test_first_characters_follows_optional_parts_and_anchors() -> None:
    assert first_characters(r"(?:the )?turk") == {"t"}
    assert first_characters(r"\bisis\b") == {"i"}
    assert first_characters(r"x{0,2}y") == {"x", "y"}
    assert first_characters(r"[“\"]national") == {"“", '"'}
    assert first_characters(r",?\s+while") == {",", r"\s"}  # a category stands for all its characters


def test_first_characters_makes_no_claim_it_cannot_keep() -> None:
    assert first_characters(r"a?") is None  # can match the empty string
    assert first_characters(r"\W+") is None
    assert first_characters(r"[^a]b") is None
    assert first_characters(r"(?i:a)") is None


def test_dispatched_alternation_under_ignorecase() -> None:
    words = ["man", "manager", "İmam", "son"]  # a non-ASCII cased opening goes to the group of unknown openings
    plain = re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)
    dispatched = re.compile(r"\b" + dispatched_alternation(words, re.IGNORECASE) + r"\b", re.IGNORECASE)
    for text in ("the MANAGER and a man", "an imam, İMAM and ſon", "Son"):
        assert _spans(dispatched, text) == _spans(plain, text)


def test_opening_guard_matches_the_same() -> None:
    for pattern, flags in ((r"\bsince\b|\brepeatedly\b", re.IGNORECASE), (r";|,?\s+while\s+", 0), (r"\d+ killed", 0)):
        guarded = re.compile(opening_guard(pattern, flags), flags)
        assert guarded.pattern.startswith("(?=[")
        for text in ("Since May, REPEATEDLY", "a; b , while c", "x 12 killed, 3 killed", "SİNCE"):
            assert _spans(guarded, text) == _spans(re.compile(pattern, flags), text)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_dispatched_alternation_keeps_the_order_of_preference() -> None:
    patterns = [r"[^c]+z", "ab", "a", r"(?:x)?abc", "b?c", r"\s*d"]  # an opening not known ([^c]) before known ones
    plain = re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")
    dispatched = re.compile(dispatched_alternation(patterns))
    for text in ("abc", "xabc zz", "c bc abz", "aab", " d  d"):
        assert _spans(dispatched, text) == _spans(plain, text)


def test_opening_strings_follow_optional_parts_repeats_and_anchors() -> None:
    assert opening_strings(r"u\.?k\.?-led") == {"uk", "u."}
    assert opening_strings(r"\bgun\s*fire") == {"gu"}
    assert opening_strings(r"(?:p|qr)+s") == {"pp", "pq", "ps", "qr"}
    assert opening_strings(r"[mn]{3}") == {"mm", "mn", "nm", "nn"}


def test_opening_strings_make_no_claim_they_cannot_keep() -> None:
    assert opening_strings("o") is None  # a match can be shorter than two characters
    assert opening_strings(r"o\s") is None  # a category
    assert opening_strings(r"[^o]x") is None
    assert opening_strings(r"(?:o?)*x") is None  # a repeat that can match nothing


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="onxqe ", max_size=30))
def test_second_character_dispatch_finds_what_the_plain_alternation_finds(text: str) -> None:
    # phrases sharing their first two and three characters, an optional and a repeated opening, a category after the
    # first character, a one-character phrase: the same matches in the same order on any text of their letters
    patterns = ["one", "onex", r"on\w", "o", "oxen", "oxe", r"(?:n)?ox", r"n+o", "nox", "e{2}q", "eq", r"[^o]+q", "on"]
    plain = re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")
    dispatched = re.compile(dispatched_alternation(patterns, second_character=True))
    assert _spans(dispatched, text) == _spans(plain, text)


def test_second_character_dispatch_keeps_the_order_of_preference() -> None:
    # openings known and not ("o\\w": a category after the first character), shared first characters, an optional
    # opening, a one-character phrase
    patterns = ["on", r"o\w+", "only", r"(?:n)?ox", "oxen", "o", r"[^o]+q", "n{2}o", "no"]
    plain = re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")
    dispatched = re.compile(dispatched_alternation(patterns, second_character=True))
    assert dispatched.pattern != dispatched_alternation(patterns)
    for text in ("only oxen", "noxen nno", "o on oq xq", "o", "nnnox"):
        assert _spans(dispatched, text) == _spans(plain, text)
    with pytest.raises(ValueError):
        dispatched_alternation(patterns, re.IGNORECASE, second_character=True)


_WORDS = ["turkish", "drone", "strike", "the", "sdf", "isis", "us-led", "coalition", "killed", "sohr", "said",
          "“national army”", "backed", "forces", "air", "raid", "a", "of", "local", "sources", "mine", "car bomb"]


@functools.cache
def _plain_scanners() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Each scanner's combined pattern with the plain alternation of its entries it stands for."""
    pairs = []
    for scanner in (ACTOR_SCANNER, TRIGGER_SCANNER, SOURCE_SCANNER):
        patterns = [entry.pattern for entry, _ in scanner._entries]
        plain = re.compile(r"(?<![a-z0-9])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![a-z0-9])")
        pairs.append((scanner._combined, plain))
    return pairs


@settings(max_examples=120, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(alphabet="abcdeis- ,.'\"“”", max_size=4)), max_size=30))
def test_scanners_find_what_the_plain_alternation_finds(words: list[str]) -> None:
    text = " ".join(words)
    for combined, plain in _plain_scanners():
        assert _spans(combined, text) == _spans(plain, text)


@functools.cache
def _guarded_patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """Every pattern of the extractor compiled behind its opening guard, with the same pattern unguarded."""
    import importlib
    import pkgutil

    import mapapp.extract

    found = []
    for module_info in pkgutil.iter_modules(mapapp.extract.__path__):
        module = importlib.import_module(f"mapapp.extract.{module_info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and value.pattern.startswith("(?=[") and "])(?:" in value.pattern:
                plain = value.pattern[value.pattern.index("])(?:") + len("])(?:") : -1]
                if opening_guard(plain, value.flags) == value.pattern:
                    found.append((f"{module_info.name}.{name}", value, re.compile(plain, value.flags)))
    return found


_SENTENCE_WORDS = _WORDS + [
    "In", "Hasakah", "province", "on", "May", "4,", "2021", "at least", "12", "people", "were", "wounded", "near",
    "the village of", "Tal Tamr", "yesterday", "two days later", "his body was found", "Sheikh Ali", "was killed",
    "countryside", "north of", "Raqqa", "Deir ez-Zor", ";", "while", "since", "repeatedly", "condemned", "İ", "ſ",
]


def test_guarded_patterns_are_found() -> None:
    assert len(_guarded_patterns()) > 50  # (the test below checks each of them)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_WORDS), min_size=1, max_size=25))
def test_every_guarded_pattern_matches_what_it_matched_unguarded(words: list[str]) -> None:
    text = " ".join(words)
    for name, guarded, plain in _guarded_patterns():
        assert _spans(guarded, text) == _spans(plain, text), name


def test_required_literal_is_the_longest_top_level_run() -> None:
    assert required_literal(r"\bIS\b") == "IS"
    assert required_literal(r"\b[Cc]oalition(?= and)") == "oalition"
    assert required_literal(r"\b[A-Z]\w*(?: [A-Z]\w*){0,2} Military Councils?\b") == " Military Council"


def test_required_literal_makes_no_claim_it_cannot_keep() -> None:
    assert required_literal(r"ab|cd") == ""  # either alternative may match
    assert required_literal(r"(?:abc)?d") == "d"  # an optional group is no run
    assert required_literal(r"(?i)turkey") == ""  # case-insensitive: no one string
    assert required_literal(r"x*") == ""


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_WORDS + ["IS", "HAT", "OIR", "Coalition and SDF", "by Turkey", "Ankara shelled",
                                                   "Deir Ezzor Military Council", "accused Israel of"]), min_size=1, max_size=25))
def test_a_text_without_the_literal_has_no_match(words: list[str]) -> None:
    text = " ".join(words)
    for pattern, _, literal in GATED_CASE_SENSITIVE_ACTOR_RES:
        assert literal
        if pattern.search(text):
            assert literal in text, pattern.pattern


def test_the_named_source_patterns_are_gated_by_a_literal_of_theirs() -> None:
    from mapapp.extract.arguments import _NAMED_SOURCE_RES

    texts = (
        "Local Media reported that two men died.",
        "the News Agency news agency reported a blast",
        "according to the Free Press, a shell fell",
        "Two were hurt, according to Rudaw.",
    )
    for pattern, literal in _NAMED_SOURCE_RES:
        words = required_words(pattern.pattern, pattern.flags)
        # every match contains one of ``words``: with the literal in each of them, every match contains the literal
        assert words is not None and literal in words
        assert all(literal in word for word in words), (pattern.pattern, literal, words)
        matched = [text for text in texts if pattern.search(text)]
        assert matched, pattern.pattern  # each pattern is tried on texts it matches
        for text in matched:
            assert pattern.search(text.replace(literal, " ")) is None  # without its literal, no match


def test_required_words_reads_alternatives_and_runs() -> None:
    assert required_words(r"\b(?:killing|wounding)\s+him\b") == ("killing", "wounding")
    assert required_words(r"\ba\s+family\s+of", re.IGNORECASE) == ("family",)
    assert required_words(r"(?:x+|Yes)\d") == ("x", "yes")  # a repeat of at least one, lower case
    assert required_words(r"(?:ab)?c|d") == ("c", "d")


def test_required_words_makes_no_claim_it_cannot_keep() -> None:
    assert required_words(r"(?:ab|)c?") is None  # an empty alternative, an optional part
    assert required_words(r"\d+") is None
    assert required_words(r"x*") is None


def test_may_match_searches_text_outside_ascii_and_patterns_without_words() -> None:
    assert may_match(None, "anything", "anything")
    assert may_match(("sara",), "ſara", "ſara")  # IGNORECASE matches "ſ" as "s": searched
    assert not may_match(("family",), "Two men were killed", "two men were killed")
    assert may_match(("family",), "A FAMILY of four", "a family of four")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="abc ;", min_size=0, max_size=3), max_size=25),
    st.text(alphabet="abcABC ;", max_size=40),
)
def test_may_match_says_whether_any_word_is_in_the_text(words: list[str], text: str) -> None:
    # short and long word lists (a long one is asked of an automaton), an empty word (in every text)
    lowered = ascii_lower(text)
    assert may_match(tuple(words), text, lowered) == any(word in lowered for word in words)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="abc ;", min_size=1, max_size=4), min_size=30, max_size=45),
    st.text(alphabet="abcABC ;", max_size=60),
)
def test_may_match_asks_its_automaton_for_a_long_word_list(words: list[str], text: str) -> None:
    # (the test above draws at most 25 words: below the length from which the automaton is asked)
    lowered = ascii_lower(text)
    assert may_match(tuple(words), text, lowered) == any(word in lowered for word in words)


@functools.cache
def _gated_casualty_patterns() -> list[re.Pattern[str]]:
    from mapapp.extract import casualties

    return [
        casualties._FAMILY_RE, casualties._NAMED_PERSON_RE, casualties._NAME_WAS_RE, casualties._NAME_AFTER_KILLING_RE,
        casualties._PRONOUN_VICTIM_RE,
    ]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_WORDS + ["family", "FAMILY", "him", "killing", "KILLED", "Sheikh", "Omar Ali",
                                                   "shot dead", "a family of five", "wounding her"]), min_size=1, max_size=25))
def test_a_gated_pattern_matches_only_where_its_words_are(words: list[str]) -> None:
    text = " ".join(words)
    for pattern in _gated_casualty_patterns():
        required = words_of(pattern)
        assert required == required_words(pattern.pattern, pattern.flags)
        if pattern.search(text):
            assert may_match(required, text, text.lower() if text.isascii() else text), pattern.pattern


def _searched_through_the_gate() -> list[re.Pattern[str]]:
    from mapapp.extract import (
        arguments,
        casualties,
        clauses,
        event_series,
        follow_up_tolls,
    )
    from mapapp.extract.background import history, reactions
    from mapapp.extract.coreference import agents, retelling

    return [
        clauses.DIPLOMATIC_RE, reactions._DENIAL_RE, history._EARLIER_REPORT_RE, retelling._NEW_EVENT_RE,
        event_series._LIST_HEAD_RE, agents._ATTRIBUTION_RE, follow_up_tolls._RISEN_TOLL_RE, casualties._NO_CASUALTIES_RE,
        clauses.GENERIC_RE, arguments._TURKISH_OFFICIAL_RE, arguments._TURKISH_MINISTRY_IN_TURKISH_RE,
        arguments._TURKISH_MINISTRY_IN_ENGLISH_RE.ignorecase,
    ]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_WORDS + ["condemned", "denied the report", "noting that", "another", "as follows:",
                                                   "claimed responsibility", "raising the toll to", "no casualties", "NO CASUALTIES",
                                                   "since 2019", "repeatedly", "a total of", "Operation Peace Spring", "PKK/YPG",
                                                   "Turkish Defence Ministry"]),
                min_size=1, max_size=25))
def test_gated_search_finds_what_search_finds(words: list[str]) -> None:
    text = " ".join(words)
    for pattern in _searched_through_the_gate():
        found, gated = pattern.search(text), gated_search(pattern, text)
        assert (found and (found.span(), found.groups())) == (gated and (gated.span(), gated.groups())), pattern.pattern


def test_gated_search_of_a_lower_case_pattern_gives_the_match_of_the_text() -> None:
    # searched as its case-sensitive twin over the lowered text, matched again in the text itself: groups in the
    # text's case, a look-behind reaching before the match, the first match; outside ASCII the pattern's own search
    pattern = re.compile(r"(?<!not\s)\b(mortar|rocket)\s+(fire|rounds)\b", re.IGNORECASE)
    for text in ("It was NOT mortar fire but Rocket ROUNDS, then mortar fire", "Mortar fire hit Qasr; rocket fire too",
                 "no shelling", "ſome Rocket rounds near Ḩasakah"):
        found, gated = pattern.search(text), gated_search(pattern, text)
        assert (found and (found.span(), found.group(0), found.groups())) == (
            gated and (gated.span(), gated.group(0), gated.groups())
        )
    assert gated_search(pattern, "MORTAR Fire").group(1) == "MORTAR"


def test_could_match_answers_for_each_text_when_texts_alternate() -> None:
    # could_match keeps the last text's lowered form: a different text (even an equal-looking one) is lowered anew
    from mapapp.extract.lexicon import could_match

    pattern = re.compile(r"\bfamily\s+of\b", re.IGNORECASE)
    with_word, without = "A FAMILY of four", "Two men were killed"
    assert [could_match(pattern, t) for t in (with_word, without, with_word, without, without)] == [
        True, False, True, False, False
    ]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_WORDS + ["a", "the", "his", "Her", "boy", "Boy-scout", "co-chair", "CO-CHAIR", "driver,",
                                                   "|", "child", "killed", "was killed", "death of", "shepherd2", "old", "|Girl",
                                                   ", man", "sons", "boys", "wounded"]), min_size=1, max_size=25))
def test_the_singular_person_gate_passes_every_text_the_scans_match(words: list[str]) -> None:
    from mapapp.extract import casualties

    text = " ".join(words)
    if any(pattern.search(text) for pattern in (casualties._SINGLE_RE, casualties._BARE_SINGLE_RE, casualties._DEATH_OF_BARE_RE)):
        assert casualties._may_hold_single(text, ascii_lower(text)), text


def test_the_singular_person_gate_turns_away_a_clause_naming_no_one() -> None:
    from mapapp.extract import casualties

    text = "Two shells hit the market of the town on Monday"
    assert not casualties._may_hold_single(text, ascii_lower(text))
    text = "the co-chair was killed"
    assert casualties._may_hold_single(text, ascii_lower(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ09 ,.-'’İıſKéÉß\u0130\u212aXYz\n"), max_size=40))
def test_ascii_lower_changes_a_to_z_alone_and_keeps_the_length(text: str) -> None:
    # (ASCII text takes str.lower, other text a translation table: both must lower A-Z and nothing else)
    expected = "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)
    assert ascii_lower(text) == expected
    assert len(ascii_lower(text)) == len(text)


def test_a_case_folded_pattern_refuses_a_pattern_that_case_matters_to() -> None:
    from mapapp.extract.lexicon import CaseFoldedPattern

    for pattern in (r"\bIS\b", r"[A-Z]\w+", r"(?-i:isis)", r"\x41", r"(\w)\1", r"bakanl[iı]", "\u212a"):
        with pytest.raises(ValueError):
            CaseFoldedPattern(pattern)
    pattern = CaseFoldedPattern(r"\bstruck\S*\s+\W?at\b")
    assert pattern.found("The drone STRUCK AT dawn")
    named = CaseFoldedPattern(r"(?P<Verb>struck)\s+(?P=Verb)")  # (a group's name may have capitals)
    assert [m.group("Verb") for m in named.finditer("Struck STRUCK")] == ["Struck"]
    # it keeps the last text lowered: each text, even alternating, is answered for itself
    texts = ["The drone STRUCK AT dawn", "The drone hit a car", "".join(["struck", " at"]), "struck a"]  # noqa: FLY002
    assert [pattern.found(text) for text in texts + texts] == [True, False, True, False] * 2


def _case_folded_patterns() -> list[object]:
    from mapapp.extract import arguments, casualties, dates, lexicon, toponyms

    return [
        arguments._TARGET_VERB_RE, arguments._NON_AGENT_LEFT_RE, arguments._WEAPON_OWNER_LEFT_RE,
        arguments._TURKISH_MINISTRY_IN_ENGLISH_RE, toponyms._PLACE_LEFT_RE,
        toponyms._ORIGIN_LEFT_RE, casualties._LEFT_INJURED_RE, casualties._LEFT_SUBSET_RE, dates._ANCHOR_RE,
        lexicon.GOVERNORATE_SCANNER,
    ]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_WORDS + [
    "TARGETED", "Struck", "an attack by", "ISIS members", "on", "AGAINST", "Held By", "run by", "fighters from",
    "Displaced To", "the village of", "In", "NEAR", "shelled", "a native of", "K", "ſ", "’", "-", "INCLUDING", "of whom",
    "Wounding", "injuring", "a drone belonging to", "Aircraft Of", "the", "Turkish", "Defence Ministry", "MoD", "@TCSavunma",
    "a day after", "Two Days LATER", "On the next day", "That night", "hours before", "HASAKAH", "Deir EZ-Zor", "al-Raqqa"]),
    min_size=1, max_size=20))
def test_a_case_folded_pattern_finds_what_its_ignorecase_pattern_finds(words: list[str]) -> None:
    text = " ".join(words)
    for pattern in _case_folded_patterns():
        expected = [m.span() for m in pattern.ignorecase.finditer(text)]  # type: ignore[attr-defined]
        assert list(pattern.spans(text)) == expected  # type: ignore[attr-defined]
        assert pattern.found(text) is bool(expected)  # type: ignore[attr-defined]
        assert pattern.found(text, 3, 12) is (pattern.ignorecase.search(text, 3, 12) is not None)  # type: ignore[attr-defined]
        found = [(m.span(), m.group(0), m.groupdict()) for m in pattern.finditer(text)]  # type: ignore[attr-defined]
        assert found == [(m.span(), m.group(0), m.groupdict()) for m in pattern.ignorecase.finditer(text)]  # type: ignore[attr-defined]


_ANSWERED_EVENT_RE = re.compile(r"\b(?:" + ANSWERED_EVENT_WORDS + r")\b", re.IGNORECASE)


@pytest.mark.parametrize(
    "phrase",
    [
        "in response to", "in retaliation for", "in revenge for", "in reprisal for", "in reaction to", "as a response to",
        "as retaliation for", "was a retaliation for", "in response of", "retaliating for",
        "vowed to retaliate for", "to avenge", "avenging",
    ],
)
def test_the_words_naming_an_answered_event_are_one_list(phrase: str) -> None:
    found = _ANSWERED_EVENT_RE.search(f"Jets struck a depot {phrase} the ambush.")
    assert found is not None and found.group(0).lower() in phrase


@pytest.mark.parametrize(
    "phrase", ["retaliated against", "responded to", "responding to", "in retaliation,", "the reaction of"]
)
def test_a_reply_whose_object_is_no_answered_event_is_not_in_the_list(phrase: str) -> None:
    # "retaliated against X": X is the one hit; "responded to the fire by shelling": the answer follows; "rescuers
    # responding to a blast": the blast reported
    assert _ANSWERED_EVENT_RE.search(f"The army {phrase} the village.") is None


def test_each_well_known_name_of_a_party_is_read_as_that_party() -> None:
    # the scorer takes these names as the canonical one because the extractor reads them so: keep the two in step
    for canonical, names in ORGANISATION_NAMES.items():
        for name in names:
            mentions = find_actor_mentions(name)
            assert [(m.start, m.end, m.name) for m in mentions] == [(0, len(name), canonical)], name


def test_full_month_names_are_the_twelve_in_order() -> None:
    from mapapp.extract.lexicon import FULL_MONTH_NAMES

    assert FULL_MONTH_NAMES[0] == "january" and FULL_MONTH_NAMES[4] == "may" and FULL_MONTH_NAMES[8] == "september"
    assert len(FULL_MONTH_NAMES) == 12


def test_month_alternation_tries_the_longer_name_first() -> None:
    from mapapp.extract.lexicon import month_alternation

    lower = re.compile(r"\b(?:" + month_alternation() + r")\b")
    assert lower.search("on june 3").group(0) == "june"
    capitalised = re.compile(r"\b(?:" + month_alternation(capitalised=True) + r")\b")
    assert capitalised.search("they may go in Sept").group(0) == "Sept"
