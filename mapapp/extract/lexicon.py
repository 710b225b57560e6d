"""Word lists and compiled patterns the extractor matches against news text.

Everything the rules know about words lives here: event-type triggers,
actor names and their aliases, governorate spellings, attribution (source)
names, victim and target nouns, the kinds of a military post written before its
name (:data:`MILITARY_POST_KIND`, read by the extractor and the resolver alike),
and the phrases several stages share (:data:`PASSIVE_BEFORE_RE`, the passive
before a generic strike word). Among the parties: armed men told by the tribe or
clan they come from ("gunmen from the X tribe", "members of local clans") are the
tribal fighters (:data:`TRIBAL_FIGHTERS`), a clan named by its name as a feud's
side stays as written ("the al-X clan"); "mercenary factions" with no other
sponsor named are the Turkish-backed factions; and :data:`ORGANISATION_NAMES`
holds each party's well-known names (the SDF's spelled out), read by the extractor
and the scorer alike. Which governorate a town lies in is not here:
that is gazetteer knowledge (:mod:`mapapp.geocode`); the extractor reports only
the governorate the text itself names.

Why regular expressions rather than an Aho-Corasick automaton or spaCy's
PhraseMatcher: the lexicon is small (a few hundred phrases) but full of
inflection and spelling variation (``air strike``/``airstrikes``/``air-strike``,
``Deir ez-Zor``/``Dayr al-Zawr``/``Deirezzor``), which a pattern states in one
line and a phrase list would have to enumerate. Each pattern set is compiled
once, at import, into one alternation, so a scan is a single C-level pass. The
gates before the costly patterns are plain word lists, and there an automaton
(pyahocorasick) is what a long list asks once per text: :func:`may_match`. A
case-insensitive pattern in lower case is searched case-sensitively over the
lowered text and matched again where found (:class:`CaseFoldedPattern`,
:func:`gated_search`); a long word list's alternation is dispatched on its first
three characters (:func:`dispatched_alternation`, :func:`opening_strings`).
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

import ahocorasick

from mapapp.model import EventType

try:  # the parser behind ``re`` (named sre_parse before Python 3.11): read by first_characters only
    from re import _constants as _regex_constants  # type: ignore[attr-defined]
    from re import _parser as _regex_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _regex_constants
    import sre_parse as _regex_parser

T = TypeVar("T")

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """Lower-case A-Z only, so that offsets stay those of ``text`` (``str.lower`` can change lengths)."""
    # (on ASCII text ``str.lower`` changes A-Z alone, and is ten times faster than a translation table; the test is a
    # flag of the string, not a scan)
    return text.lower() if text.isascii() else text.translate(_ASCII_LOWER)


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (``a|b(?:c|d)`` -> ``a``, ``b(?:c|d)``), each a valid
    pattern: a ``|`` inside a group, a character class or after a backslash does not split."""
    alternatives: list[str] = []
    depth, start, index = 0, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":  # a class runs to its first unescaped "]" that is not its first member ("[]a]", "[^]a]")
            index += 2 if pattern.startswith("[^", index) else 1
            index += 1 if pattern.startswith("]", index) else 0
            while index < len(pattern) and pattern[index] != "]":
                index += 2 if pattern[index] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(pattern[start:index])
            start = index + 1
        index += 1
    alternatives.append(pattern[start:])
    return alternatives


def first_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can open with, or None when that is not known (the pattern can
    match the empty string, or holds a construct this reading does not follow). A category stands for all its
    characters, written as in a class (``\\d``, ``\\s``, ``\\w``; see :func:`class_member`).

    Read from the parse tree of Python's own regular-expression parser, so it states what ``re`` will do; an
    over-estimate is harmless (see :func:`dispatched_alternation`), a None only costs speed.
    """
    try:
        parsed = _regex_parser.parse(pattern, flags)
        if (parsed.state.flags & ~re.UNICODE) != (flags & ~re.UNICODE):
            return None  # "(?i)", "(?x)" set inside the pattern: not followed here
        found, can_be_empty = _first_of_sequence(parsed.data)
    except (re.error, AttributeError, IndexError, TypeError, ValueError):  # a parser version not followed: no claim
        return None
    return None if found is None or can_be_empty else frozenset(found)


def required_literal(pattern: str) -> str:
    """The longest run of literal characters every match of ``pattern`` contains (``\\bIS\\b`` -> ``IS``), or ""
    when none is known: a pattern whose literal is absent from a text cannot match there, so a cheap ``in`` test
    can skip its search. Read from the top level of ``re``'s own parse tree (a literal inside a group, a repeat or
    an alternative may be skipped by a match); "" for a pattern with flags (case-insensitive literals are not one
    string)."""
    try:
        parsed = _regex_parser.parse(pattern, 0)
        if parsed.state.flags & ~re.UNICODE:
            return ""  # "(?i)" and the like: not followed here
        runs, current = [""], ""
        for op, argument in parsed.data:
            if op is _regex_constants.LITERAL:
                current += chr(argument)  # type: ignore[arg-type]
            else:
                runs.append(current)
                current = ""
        runs.append(current)
    except (re.error, AttributeError, IndexError, TypeError, ValueError):  # a parser version not followed: no claim
        return ""
    return max(runs, key=len)


def required_words(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-case literals of which every match of ``pattern`` contains at least one (``\\b(?:killing|wounded)\\s+him``
    -> ``(" him",)`` or the like), or None when no such set is known. Read from ``re``'s own parse tree: a literal
    run of the top-level sequence, or one per alternative of a group every match goes through; of the sets found the
    one whose shortest literal is longest is kept. Lower case, so that under IGNORECASE it is a necessary test only on
    ASCII text (see :func:`may_match`)."""
    try:
        parsed = _regex_parser.parse(pattern, flags)
        found = _required_of_sequence(list(parsed.data))
    except (re.error, AttributeError, IndexError, TypeError, ValueError, RecursionError):  # no claim
        return None
    return tuple(sorted({literal.lower() for literal in found})) if found else None


def _required_of_sequence(items: list[tuple[object, object]]) -> list[str] | None:
    candidates: list[list[str]] = []
    run = ""
    for op, argument in items:
        if op is _regex_constants.LITERAL:
            run += chr(argument)  # type: ignore[arg-type]
            continue
        if run:
            candidates.append([run])
            run = ""
        if op is _regex_constants.SUBPATTERN:
            found = _required_of_sequence(list(argument[-1]))  # type: ignore[index]
        elif op is _regex_constants.BRANCH:
            found = []
            for alternative in argument[1]:  # type: ignore[index]
                options = _required_of_sequence(list(alternative))
                if options is None:
                    found = None
                    break
                found.extend(options)
        elif op in (_regex_constants.MAX_REPEAT, _regex_constants.MIN_REPEAT) and argument[0] >= 1:  # type: ignore[index]
            found = _required_of_sequence(list(argument[2]))  # type: ignore[index]
        else:
            found = None
        if found:
            candidates.append(found)
    if run:
        candidates.append([run])
    return max(candidates, key=lambda options: min(len(o) for o in options), default=None)


def may_match(words: tuple[str, ...] | None, text: str, lowered: str) -> bool:
    """False only when a pattern whose :func:`required_words` are ``words`` cannot match ``text`` (``lowered`` is
    its :func:`ascii_lower`): a cheap test before a search. Text outside ASCII is always searched (under IGNORECASE
    "ſ" matches "s", "K" matches "k")."""
    if words is None or not text.isascii():
        return True
    if len(words) >= _AUTOMATON_WORDS:  # many words: one Aho-Corasick pass, not one substring scan a word
        entry = _AUTOMATON_OF.get(id(words))
        automaton = entry[1] if entry is not None else _automaton_of(words)
        if automaton is not None:
            return next(automaton.iter(lowered), None) is not None
    for word in words:  # (a loop, not any() over a generator: this runs tens of times per clause)
        if word in lowered:
            return True
    return False


#: From how many words :func:`may_match` asks an automaton rather than testing each word (measured on the gates'
#: own clauses: even from about twelve to thirty words, the automaton twice as fast from thirty-six).
_AUTOMATON_WORDS = 30

# Keyed by the words' id, as :data:`_WORDS_OF` (the entry holds the tuple, so its id is never reused).
_AUTOMATON_OF: dict[int, tuple[tuple[str, ...], ahocorasick.Automaton | None]] = {}


def _automaton_of(words: tuple[str, ...]) -> ahocorasick.Automaton | None:
    """An automaton finding any of ``words`` (None when one is empty: it is in every text), made once per tuple. The
    tuples are :func:`words_of`'s, one per pattern; past a bound (fresh tuples at every call) no more are made."""
    automaton = None
    if len(_AUTOMATON_OF) >= 4096:
        return None
    if all(words):
        automaton = ahocorasick.Automaton()
        for word in words:
            automaton.add_word(word, word)
        automaton.make_automaton()
    _AUTOMATON_OF[id(words)] = (words, automaton)
    return automaton


# Keyed by the pattern's id, not the pattern: a compiled pattern hashes its whole pattern string and compiled code
# on every lookup, which cost more than the gate saved. The entry holds the pattern, so its id is never reused.
_WORDS_OF: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def words_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The pattern's :func:`required_words`, read once per compiled pattern (the one table every gate reads)."""
    entry = _WORDS_OF.get(id(pattern))
    if entry is None:
        entry = _WORDS_OF[id(pattern)] = (pattern, required_words(pattern.pattern, pattern.flags))
    return entry[1]


def could_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` cannot match ``text``: it holds none of the pattern's :func:`required_words` (read
    once per pattern). A substring test, far cheaper than a search: the gate before a costly pattern."""
    global _LAST_LOWERED
    entry = _WORDS_OF.get(id(pattern))  # (words_of inlined for the common case: gates run tens of times a clause)
    words = entry[1] if entry is not None else words_of(pattern)
    if words is None or not text.isascii():
        return True  # (before lowering: the same answer as may_match, without the work)
    last = _LAST_LOWERED  # one tuple read: safe under threads
    if last[0] is text:  # the same clause gated by many patterns in a row: lowered once
        lowered = last[1]
    else:
        lowered = text.lower()  # (ASCII, tested above: ascii_lower's answer)
        _LAST_LOWERED = (text, lowered)
    if len(words) >= _AUTOMATON_WORDS:
        return may_match(words, text, lowered)
    # (may_match's loop inlined, the tests above not made twice: this runs tens of times a clause)
    for word in words:
        if word in lowered:
            return True
    return False


# The text :func:`could_match` lowered last, and its lowered form (the reference keeps the text alive, so ``is`` is
# a sound test of "the same text").
_LAST_LOWERED: tuple[str, str] = ("", "")


def gated_search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, skipped when the text holds none of the pattern's :func:`required_words` (read once
    per pattern): for patterns searched over every clause or sentence whose words most texts lack. A case-insensitive
    pattern all in lower case is searched as :class:`CaseFoldedPattern` searches (its case-sensitive twin over the
    lowered text, two to three times faster) and matched again where that found it: the same match."""
    global _LAST_LOWERED
    if not could_match(pattern, text):
        return None
    entry = _FOLDED_TWIN.get(id(pattern))
    twin = entry[1] if entry is not None else _folded_twin(pattern)
    if twin is None or not text.isascii():
        return pattern.search(text)
    last = _LAST_LOWERED  # (could_match lowered it already, unless the pattern has no words)
    if last[0] is text:
        lowered = last[1]
    else:
        lowered = ascii_lower(text)
        _LAST_LOWERED = (text, lowered)
    found = twin.search(lowered)
    return None if found is None else pattern.match(text, found.start())


# Keyed by the pattern's id, as :data:`_WORDS_OF`: the case-sensitive twin of a case-insensitive pattern all in lower
# case (None for any other pattern).
_FOLDED_TWIN: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _folded_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` compiled without IGNORECASE, when it is case-insensitive and in lower case only (see
    :class:`CaseFoldedPattern`): on ASCII text lowered it matches where ``pattern`` matches in the text."""
    twin = None
    if pattern.flags & re.IGNORECASE and _lower_case_only(pattern.pattern):
        twin = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    _FOLDED_TWIN[id(pattern)] = (pattern, twin)
    return twin


def _lower_case_only(pattern: str) -> bool:
    """True when ``pattern`` holds no upper-case letter outside an escape (``\\S``, ``\\W``), no cased letter outside
    ASCII, no escape that can stand for a letter by its code (``\\x41``, ``\\u0041``, ``\\N{...}``, an octal) and no
    inline flag (``(?-i:...)``): matched case-sensitively against lower-case text it then finds what it finds under
    IGNORECASE in the text."""
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            if pattern[index + 1 : index + 2] in ("x", "u", "U", "N") or pattern[index + 1 : index + 2].isdigit():
                return False
            index += 2
            continue
        if pattern.startswith(("(?P<", "(?P="), index):  # a group's name (matches no text): skipped
            index = pattern.index(">" if pattern[index + 3] == "<" else ")", index) + 1
            continue
        if char.isupper() or (pattern.startswith("(?", index) and pattern[index + 2 : index + 3] in tuple("aiLmsux-")):
            return False
        if not char.isascii() and char.lower() != char.upper():
            return False  # under IGNORECASE "ı" matches "I", "ſ" "S": a letter outside ASCII may match one inside
        index += 1
    return True


class CaseFoldedPattern:
    """A case-insensitive pattern searched fast. CPython's ``re`` skips an alternative whose first literal differs
    from the character at hand only when matching case-sensitively; under IGNORECASE it tries each one. So on ASCII
    text (its A-Z lowered: the same offsets) a case-sensitive compilation of the pattern, whose literals are all in
    lower case, is run; other text takes the IGNORECASE one (there "K" matches "k", "ſ" "s"). Measured on the
    extractor's word-list patterns: two to two and a half times faster. :meth:`found` and :meth:`spans` answer from
    the scan of the lowered text; :meth:`finditer` gives the IGNORECASE pattern's own matches (their groups the
    text's), each matched again where the scan found it."""

    def __init__(self, pattern: str) -> None:
        if not _lower_case_only(pattern):
            raise ValueError(f"not a lower-case pattern: {pattern[:60]!r}")
        self.ignorecase = compile_guarded(pattern, re.IGNORECASE)
        self.folded = compile_guarded(pattern)
        # the text lowered last, with the text (``is`` then a sound test): a loop searching windows of one clause
        # (``found(text, start, end)`` per mention) lowers the clause once, not once a window (quadratic)
        self._last: tuple[str, str] = ("", "")

    def _scanned(self, text: str) -> tuple[re.Pattern[str], str]:
        """The compilation to run and the text to run it on: the case-sensitive one on ``text`` lowered (cached for
        the last text, compared by identity; a thread keeps the tuple it read or made, so it never gets another
        thread's text), or the IGNORECASE one on ``text`` itself outside ASCII."""
        if not text.isascii():
            return self.ignorecase, text
        last = self._last  # (one read of one tuple: safe under threads)
        if last[0] is not text:
            last = self._last = (text, text.lower())
        return self.folded, last[1]

    def found(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether the pattern matches in ``text[pos:endpos]`` (as ``search`` with those bounds)."""
        pattern, scanned = self._scanned(text)
        return (pattern.search(scanned, pos) if endpos is None else pattern.search(scanned, pos, endpos)) is not None

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """The (start, end) of each match, as ``finditer`` gives them."""
        pattern, scanned = self._scanned(text)
        return (match.span() for match in pattern.finditer(scanned))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches ``self.ignorecase.finditer(text)`` gives. At a position the two compilations match alike, so
        the IGNORECASE pattern matched where the fast scan found a match is that match: one attempt per match, not
        one per position of the text."""
        pattern, scanned = self._scanned(text)
        if pattern is self.ignorecase:
            yield from self.ignorecase.finditer(text)
            return
        for found in pattern.finditer(scanned):
            match = self.ignorecase.match(text, found.start())
            assert match is not None and match.end() == found.end(), (self.ignorecase.pattern, found)
            yield match


#: The categories :func:`first_characters` follows, as written in a character class (an over-estimate is harmless:
#: with re.ASCII, ``\\d`` is only 0-9).
_CATEGORY_MEMBERS = {
    _regex_constants.CATEGORY_DIGIT: r"\d",
    _regex_constants.CATEGORY_SPACE: r"\s",
    _regex_constants.CATEGORY_WORD: r"\w",
}


def class_member(opening: str) -> str:
    """One of :func:`first_characters`' openings as a member of a character class: a category as it is, a
    character escaped."""
    return opening if opening in _CATEGORY_MEMBERS.values() else re.escape(opening)


def _first_of_sequence(items: Sequence[tuple[object, object]]) -> tuple[set[str] | None, bool]:
    """(characters the sequence can open with or None for unknown, whether it can match the empty string)."""
    found: set[str] = set()
    for op, argument in items:
        if op is _regex_constants.LITERAL:
            found.add(chr(argument))  # type: ignore[arg-type]
            return found, False
        if op is _regex_constants.IN:
            for member_op, member in argument:  # type: ignore[union-attr]
                if member_op is _regex_constants.LITERAL:
                    found.add(chr(member))
                elif member_op is _regex_constants.RANGE and member[1] - member[0] < 0x400:
                    found.update(chr(code) for code in range(member[0], member[1] + 1))
                elif member_op is _regex_constants.CATEGORY and member in _CATEGORY_MEMBERS:
                    found.add(_CATEGORY_MEMBERS[member])
                else:
                    return None, False  # a negated class, \\W, \\S, \\D: almost any character
            return found, False
        if op is _regex_constants.SUBPATTERN:
            _group, add_flags, del_flags, sub = argument  # type: ignore[misc]
            if add_flags or del_flags:
                return None, False  # (?i:...) and the like change what a literal matches
            branches = [sub.data]
        elif op is _regex_constants.BRANCH:
            branches = [branch.data for branch in argument[1]]  # type: ignore[index]
        elif op in (_regex_constants.MAX_REPEAT, _regex_constants.MIN_REPEAT):
            low, _high, sub = argument  # type: ignore[misc]
            branches = [sub.data] if low > 0 else [sub.data, []]
        elif op in (_regex_constants.AT, _regex_constants.ASSERT, _regex_constants.ASSERT_NOT):
            continue  # zero width: the next item opens the match
        else:
            return None, False
        can_be_empty = False
        for branch in branches:
            opening, empty = _first_of_sequence(branch)
            if opening is None:
                return None, False
            found |= opening
            can_be_empty = can_be_empty or empty
        if not can_be_empty:
            return found, False
    return found, True


def opening_guard(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a look-ahead on the characters a match can open with (:func:`first_characters`):
    the same matches, but a position whose character cannot open one is left after one test, not after trying
    every alternative (``re`` has no such shortcut for a pattern that opens with ``\\b``, a look-behind or a
    case-insensitive word). Returned unchanged when the opening characters are not known, or when ``flags``
    make case matter for a character outside ASCII (a look-ahead class and a literal agree on case only there)."""
    opening = _case_safe(first_characters(pattern, flags), flags)
    if opening is None:
        return pattern
    return "(?=[" + "".join(class_member(c) for c in sorted(opening)) + "])(?:" + pattern + ")"


def _case_safe(opening: frozenset[str] | None, flags: int) -> frozenset[str] | None:
    """None for openings a look-ahead could not stand for under ``flags``: with IGNORECASE a class and a literal
    agree on case for ASCII letters (checked over all of Unicode), not promised for other cased characters."""
    if opening is not None and flags & re.IGNORECASE and any(not c.isascii() and c.lower() != c.upper() for c in opening):
        return None
    return opening


def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` of ``pattern`` behind its :func:`opening_guard`: for a pattern searched over whole clauses."""
    return re.compile(opening_guard(pattern, flags), flags)


#: The passive before a generic strike word: "a bakery in A was struck", "the silos had been targeted", "the sites that
#: were hit" (what follows the word is what was struck, not who struck).
PASSIVE_BEFORE_RE = compile_guarded(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+|reportedly\s+|directly\s+|again\s+)?$", re.IGNORECASE
)


#: A bulletin line or item opening with its label, a place or an area the reader may not know: "Raqqa: a drone hit a
#: car", "• Al-Hasakah province: ...", "Al-Bukamal (regime-held): ...", "Eastern countryside: ...", "Hajin | ..." (a
#: capitalised word, at most four more, an aside in brackets, then the colon or bar): the line's own place context,
#: whatever the gazetteer says of it.
PLACE_LABEL = r"\W{0,3}[A-Z][\w'’-]*(?:[ -][\w'’-]+){0,4}\s*(?:\([^()]{1,40}\)\s*)?[:|]\s"
PLACE_LABEL_RE = re.compile(PLACE_LABEL)

#: A line opened by a dash, a bullet or an item's number: "- The B gas station near C", "2) A post in D" (the items
#: of a list: :mod:`.event_series` types them, :mod:`.background` keeps a tally's breakdown a tally).
BULLET_ITEM_RE = re.compile(r"\s*(?:[-\u2022*\u2013]|\d{1,2}[.)](?=\s))\s*\w")


def opening_strings(pattern: str, length: int = 2) -> frozenset[str] | None:
    """Every string of ``length`` characters a match of ``pattern`` can open with, or None when that is not known (a
    match can be shorter, or the pattern holds a category, a negated class, an inline flag or another construct not
    followed here). Read from ``re``'s own parse tree, as :func:`first_characters`; an over-estimate is harmless."""
    try:
        found = _openings_of_sequence(_regex_parser.parse(pattern, 0).data, length)
    except (re.error, AttributeError, IndexError, TypeError, ValueError, RecursionError):  # no claim
        return None
    return None if found is None or any(len(opening) < length for opening in found) else frozenset(found)


def _openings_of_sequence(items: Sequence[tuple[object, object]], length: int) -> set[str] | None:
    """The strings of up to ``length`` characters a match of the sequence opens with (a shorter one: the whole match)."""
    found = {""}
    for op, argument in items:
        short = {opening for opening in found if len(opening) < length}
        if not short:
            break  # (what follows cannot change the opening)
        item = _openings_of_item(op, argument, length)
        if item is None:
            return None
        found = (found - short) | {(opening + more)[:length] for opening in short for more in item}
    return found


def _openings_of_item(op: object, argument: object, length: int) -> set[str] | None:
    """The strings of up to ``length`` characters one item of ``re``'s parse tree (``op``, ``argument``) opens with:
    a literal, a class, a group, a branch or a repeat; None for any other item (not followed)."""
    if op is _regex_constants.LITERAL:
        return {chr(argument)}  # type: ignore[arg-type]
    if op is _regex_constants.IN:
        members: set[str] = set()
        for member_op, member in argument:  # type: ignore[union-attr]
            if member_op is _regex_constants.LITERAL:
                members.add(chr(member))
            elif member_op is _regex_constants.RANGE and member[1] - member[0] < 0x100:
                members.update(chr(code) for code in range(member[0], member[1] + 1))
            else:
                return None  # a category, a negated class: not followed
        return members
    if op is _regex_constants.SUBPATTERN:
        _group, add_flags, del_flags, sub = argument  # type: ignore[misc]
        return None if add_flags or del_flags else _openings_of_sequence(sub.data, length)
    if op is _regex_constants.BRANCH:
        union: set[str] = set()
        for branch in argument[1]:  # type: ignore[index]
            openings = _openings_of_sequence(branch.data, length)
            if openings is None:
                return None
            union |= openings
        return union
    if op in (_regex_constants.MAX_REPEAT, _regex_constants.MIN_REPEAT):
        low, high, sub = argument  # type: ignore[misc]
        once = _openings_of_sequence(sub.data, length)
        if once is None or "" in once:
            return None  # (a repeat that can match nothing: not followed)
        repeated, current = ({""} if low == 0 else set()), {""}
        for count in range(1, min(high, length) + 1):  # each repeat adds a character: ``length`` of them fill it
            current = {(opening + more)[:length] for opening in current for more in once}
            if count >= low or count == length:
                repeated |= current
        return repeated
    if op in (_regex_constants.AT, _regex_constants.ASSERT, _regex_constants.ASSERT_NOT):
        return {""}  # zero width
    return None


#: How many opening characters ``dispatched_alternation(..., second_character=True)`` dispatches on.
_DISPATCH_DEPTH = 3


def dispatched_alternation(patterns: Sequence[str], flags: int = 0, *, second_character: bool = False) -> str:
    """``(?:p1|p2|...)`` rewritten to match exactly the same, in the same order of preference, but faster.

    CPython's ``re`` tries every alternative at every position; one that opens with a group, an optional word or
    an anchor costs a full attempt each time. Here the alternatives (split at their top level) are grouped by the
    character they open with, each group behind a one-character look-ahead, the groups themselves behind a
    binary tree of look-aheads on character sets (a handful of tests find a position's group): at a position only
    the alternatives that can open with its character are tried, in their original order (the others could not
    have matched there). Alternatives whose opening character is not known (:func:`first_characters` says None)
    go into every group and into a last group of their own, so nothing can be lost. Measured on the scanners
    below: about twice as fast as the plain alternation. ``flags`` are those the result is compiled with.

    With ``second_character`` (flags 0 only) each group is dispatched again, the same way, on the character after,
    and that on the third (:data:`_DISPATCH_DEPTH`; :func:`opening_strings`): a word list has some fifty phrases
    opening with "a" or "s", twenty with "re" or "sy", and every word of the text that opens so tried them all.
    """
    if second_character and flags:
        raise ValueError("second-character dispatch is for patterns compiled without flags")
    alternatives = [alternative for pattern in patterns for alternative in split_alternatives(pattern)]
    openings = [_case_safe(first_characters(alternative, flags), flags) for alternative in alternatives]
    characters = sorted(set().union(*(opening for opening in openings if opening is not None)))
    # (the strings each alternative opens with, of two and three characters: None when not known)
    openings_of = {
        length: [opening_strings(alternative, length) if second_character else None for alternative in alternatives]
        for length in range(2, _DISPATCH_DEPTH + 1)
    }

    def tree(keys: list[str], leaf: Callable[[str], str], guard: Callable[[list[str]], str]) -> str:
        if len(keys) <= 3:
            return "|".join(leaf(key) for key in keys)
        half = len(keys) // 2
        return "|".join(guard(part) + "(?:" + tree(part, leaf, guard) + ")" for part in (keys[:half], keys[half:]))

    def group(character: str) -> str:
        indices = [i for i, opening in enumerate(openings) if opening is None or character in opening]
        return f"(?=[{class_member(character)}])(?:" + _dispatch_after(character, indices) + ")"

    def _dispatch_after(prefix: str, indices: list[int]) -> str:
        """The alternatives ``indices`` (all that can open with ``prefix``), dispatched on the character after it."""
        plain = "|".join(alternatives[i] for i in indices)
        length = len(prefix) + 1
        # (a category's group, "\\d", is not dispatched further: its prefix is no text)
        if not second_character or length > _DISPATCH_DEPTH or prefix in _CATEGORY_MEMBERS.values():
            return plain
        nexts = {
            i: None
            if openings_of[length][i] is None
            else {opening[-1] for opening in openings_of[length][i] if opening.startswith(prefix)}
            for i in indices
        }
        keys = sorted(set().union(*(found for found in nexts.values() if found is not None)))
        if not keys:
            return plain
        opened = "".join(class_member(c) for c in prefix)

        def leaf(after: str) -> str:
            members = [i for i in indices if nexts[i] is None or after in nexts[i]]
            return f"(?={opened}[{class_member(after)}])(?:" + _dispatch_after(prefix + after, members) + ")"

        def guard(part: list[str]) -> str:
            return f"(?={opened}[" + "".join(class_member(c) for c in part) + "])"

        branches = [tree(keys, leaf, guard)]
        unknown = [alternatives[i] for i in indices if nexts[i] is None]
        if unknown:  # (at a position whose next character opens none of the known ones)
            branches.append(f"(?!{opened}[" + "".join(class_member(c) for c in keys) + "])(?:" + "|".join(unknown) + ")")
        return "|".join(branches)

    def first_guard(part: list[str]) -> str:
        return "(?=[" + "".join(class_member(c) for c in part) + "])"

    branches = [tree(characters, group, first_guard)] if characters else []
    unknown = [a for a, opening in zip(alternatives, openings) if opening is None]
    if unknown:
        branches.append("(?:" + "|".join(unknown) + ")")
    return "(?:" + "|".join(branches) + ")"


class PhraseScanner(Generic[T]):
    """Find the phrases of a pattern list in one pass, and say which entry each match belongs to.

    All entries are joined into one alternation without capture groups and matched
    case-sensitively against :func:`ascii_lower` text: in CPython's ``re`` that is
    several times faster than one named group per entry with ``IGNORECASE``.
    At one position the earliest entry that matches wins, so longer phrases go first.
    """

    def __init__(self, entries: Sequence[tuple[str, T]]) -> None:
        patterns = [pattern.lower() for pattern, _ in entries]
        self._combined = re.compile(
            r"(?<![a-z0-9])" + dispatched_alternation(patterns, second_character=True) + r"(?![a-z0-9])"
        )
        self._entries = [(re.compile(p), payload) for p, (_, payload) in zip(patterns, entries, strict=True)]
        # which entry a matched phrase belongs to depends on the phrase alone: remembered, since trying the
        # entries one by one cost as much as the scan (bounded, for text of endless distinct phrases)
        self._entry_of = lru_cache(maxsize=4096)(self._first_entry)

    def _first_entry(self, found: str) -> int:
        """Index of the first entry that matches the whole of ``found``, -1 for none."""
        for index, (pattern, _) in enumerate(self._entries):
            if pattern.fullmatch(found):
                return index
        return -1

    def finditer(self, lowered: str) -> Iterator[tuple[int, int, T]]:
        """(start, end, payload) for each match in already ascii-lowered text."""
        for match in self._combined.finditer(lowered):
            index = self._entry_of(match.group(0))
            if index >= 0:
                yield match.start(), match.end(), self._entries[index][1]

    def match_whole(self, lowered: str) -> T | None:
        """The payload when the whole text is one phrase of the list, else None."""
        match = self._combined.fullmatch(lowered)
        if match is None:
            return None
        for pattern, payload in self._entries:
            if pattern.fullmatch(lowered):
                return payload
        return None


# --------------------------------------------------------------------------
# Event triggers. Order matters: at one position the first alternative wins,
# so longer / more specific phrases come before their sub-phrases.
# priority: the most specific trigger in a clause decides the event type.
# weak: a trigger that alone does not make a sentence an incident report
# (``attacks``, ``explosion``) unless it also has a figure, place or date.


@dataclass(frozen=True)
class Trigger:
    """One trigger pattern: the event type it signals and how much it says."""

    pattern: str
    event_type: EventType
    priority: float
    weak: bool = False


#: The Turkish ministry's word for fighters it killed: weak, a weekly count with no place or day is no incident (its
#: figure is the toll the word itself tells: :func:`~mapapp.extract.background` still asks for a place and a day).
NEUTRALIZED_TRIGGER = Trigger(
    # (four words between: "neutralized at least three PKK terrorists"; the word quoted as the ministry's:
    # "“neutralized” two terrorists", "were “neutralised”"; a relative clause set off by commas: "the terrorists, who
    # were plotting an attack, were neutralised")
    r"neutrali[sz]ed[\"”’']? (?:[\w/-]+ ){0,4}?(?:terrorists?|militants?|fighters?|members?|elements?)|"
    # the participle of the ministry's result, with a number of fighters: "foiled the attempt, neutralizing three of
    # them", "neutralising 4 PKK militants" (not a purpose with no count: "aimed at neutralizing militants")
    r"neutrali[sz]ing[\"”’']? (?:at least )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) "
    r"(?:[\w/-]+ ){0,3}?(?:terrorists?|militants?|fighters?|members?|elements?|of them)|"
    # ("elements", the ministry's other word for the fighters: "the second element was neutralised near X")
    r"(?:terrorists?|militants?|elements?) (?:were |was |have been |had been )?[\"“‘']?neutrali[sz]ed|"
    # past what is said of them: "3 terrorists detected in the X region were neutralized"
    r"(?:terrorists?|militants?),? (?:[\w'’/-]+,? ){1,8}?(?:were|was|have been|had been) [\"“‘']?neutrali[sz]ed|"
    # the passive with its agent, the subject told far before: "a terrorist who was preparing an attack on our
    # base was neutralized by our fire support", "the group that fired on the post were neutralised by our units"
    # (the word quoted as the ministry's: "were “neutralized” by Turkish forces")
    r"(?:was|were|have been|had been) [\"“‘']?neutrali[sz]ed[\"”’']? by (?:our|the|turkish)|"
    # ... the same with no article before its means, or after "and" ("the terrorists were spotted in the X area and
    # neutralized by commandos", "was neutralized by fire support vehicles"): the means named, a weapon or a force
    r"(?:was|were|have been|had been|and|then) [\"“‘']?neutrali[sz]ed[\"”’']? by (?:(?:our|turkish|heroic|special|security|border|armed|"
    r"military|gendarmerie|commando|air|ground|air-ground|retaliatory) ){0,3}(?:commandos?|units?|troops|soldiers|forces|"
    r"snipers?|fire support|howitzers?|artillery|tanks?|mortars?|drones?|uavs?|aircraft|jets|warplanes|helicopters)|"
    # the ministry's present, of its operations going on: "our units continue to neutralize militants around X"
    # (not "will continue to": hypothetical)
    r"(?:continues?|continued|continuing) to neutrali[sz]e (?:[\w/-]+ ){0,3}?(?:terrorists?|militants?)",
    EventType.ARMED_CLASH,
    3.5,
    weak=True,
)


#: A bare "in/during an operation" told as new, with its dead or its captives ("three suspects were shot dead in an
#: operation by the police", "killed one cell member and held two more during an operation at dawn"): the security
#: raid, weak (a toll or a party needed). It says less than a weapon or a fight told in its clause, which gives the
#: type ("a drone killed two men in an operation" is the drone strike, the ministry's "neutralized ... in an
#: operation" its clash). An operation told by its purpose is the raid only when that purpose is an arrest ("an
#: operation to arrest a cell leader"): not an offensive ("to capture the hill", "to drive IS out of the town") nor a
#: rescue or an evacuation. Surgery ("died during an operation at the hospital") is left out by
#: :func:`~mapapp.extract.triggers.find_triggers`.
BARE_OPERATION_TRIGGER = Trigger(
    r"(?:in|during) an operation"
    r"(?! (?:to|aimed at) (?!(?:arrest|detain|apprehend|hunt down|track down|pursue|round up)\b))",
    EventType.RAID,
    # (above the gunmen and the shots a raid tells, "killed two gunmen in an operation"; below every weapon, fight or
    # the ministry's word)
    3.2,
    weak=True,
)


#: Arson: "gunmen set fire to a house", "women burned the tent of a family", "torched a car" (weak: a place with a day
#: or a party, or a toll; a fire with no hand behind it is no attack). Property burned with nobody killed or wounded is
#: no incident (:func:`~mapapp.extract.background.classify`, verdict ``property``): "set fire to the crops near X",
#: "protesters torched a checkpoint"; "set fire to a house, killing a child" is an attack.
ARSON_TRIGGER = Trigger(
    r"set fire to|set (?:[\w'’-]+ ){1,3}?(?:on fire|ablaze)|torch(?:ed|ing)|arson(?: attacks?)?|"
    r"burn(?:ed|t|ing) (?:down )?(?:the |a |an |their |his |her |two |three |several )?(?:[\w'’-]+ ){0,2}?"
    r"(?:houses?|homes?|tents?|cars?|vehicles?|shops?|stores?|crops|harvests?|wheat fields?|fields? of wheat)",
    EventType.ATTACK,
    1.5,
    weak=True,
)


_AIR = EventType.AIRSTRIKE
#: An aircraft's strike told in a tense the plain verbs miss, or by its coming in: "the planes have been striking
#: positions since dawn", "helicopters were pounding the area", "coalition helicopters intervened, hitting vehicles".
_AIR_PROGRESSIVE = (
    r"|(?:(?:have|has|had) been |were |was |are |is )(?:striking|bombing|pounding|targeting|hitting|shelling|raiding)"
    r"|intervened"
)
#: A battle for ground told by its course: "launched an offensive", "advanced into", "after weeks of fighting".
BATTLE_FOR_GROUND = (
    r"(?:launch(?:ed|es|ing)|began|begun|beginning|start(?:ed|ing)|mount(?:ed|ing)) (?:an? )"
    r"(?:new |major |large-scale |wide-scale |ground |military |fresh |final |renewed |broad |long-awaited )?"
    r"(?:offensive|assault|push|ground operation|military operation)|"
    r"(?:advanc(?:ed|ing|es)|push(?:ed|ing)|pressed|stormed|broke|breaking) (?:deep(?:er)? )?(?:into|through)|"
    # (a way won by fighting: "troops fought their way into the town", "the column fought its way through X")
    r"fought (?:their|its) way (?:into|through|inside)|"
    r"(?:days?|weeks?|months?|hours?|nights?) of (?:heavy |fierce |intense |violent |bitter |street |ferocious |"
    r"sporadic |deadly |renewed )?(?:fighting|clashes|battles?|combat)"
)
#: A battle told by the verb "fought" with no foe after it, where it was fought ("the two sides fought around the
#: village of X", "clan gunmen and the police fought through the night along the road near Y", "they fought street by
#: street in Z"): an event word only when ground follows the preposition (:mod:`.triggers` checks it: not "fought in
#: the war", "fought in the ranks of", "fought for independence"). Weak: a place with a day or a party, or a toll. Not
#: a party's past told of it ("who fought", "had fought").
FOUGHT_AT_GROUND = Trigger(
    r"(?<!which )(?<!who )(?<!that )(?<!has )(?<!have )(?<!had )(?<!once )(?<!previously )(?<!long )(?<!been )"
    # (nor the participle of a war told of: "the war fought around X is over", "battles fought in Y in 2017")
    r"(?<!war )(?<!wars )(?<!battle )(?<!battles )(?<!campaign )(?<!campaigns )(?<!conflict )"
    # (nor one person's career: "he fought in Kobani as a young man", "I fought in Raqqa": a battle so told has two
    # sides or a force as its subject)
    r"(?<!\bhe )(?<!\bshe )(?<!\bi )(?<!\byou )"
    r"fought (?:(?:all|through the) (?:night|day|morning|afternoon|evening) |overnight |fiercely |heavily |again |"
    r"street by street |house by house |(?:side )?by side )?"
    r"(?:around|near|in|inside|outside|on|at|along|across)",
    EventType.ARMED_CLASH,
    4.2,
    weak=True,
)
#: A force's advance told with where it goes, in the words :data:`BATTLE_FOR_GROUND` misses: the base form and the
#: noun ("forces push into X", "troops continue to advance south of the town", "its advance inside the besieged
#: enclave") and other prepositions ("advanced near X"): an event word only when ground follows (:mod:`.triggers`
#: checks it: not "advanced to the final", "push into new markets", "advanced on the markets"). Weak: a place with a
#: day or a party, or a toll. Not "towards": a march on a place far off, no contact told ("advanced towards the city
#: from the south" is a not-incident to dev9a's writer, and two more sets read it so).
ADVANCE_ON_GROUND = Trigger(
    r"(?:advanc(?:e|ed|es|ing)|push(?:ed|es|ing)?) (?:deep(?:er)? |further |slowly |steadily |rapidly )?"
    r"(?:into|through|on|near|inside|around|(?:east|west|north|south) of)",
    EventType.ARMED_CLASH,
    4.2,
    weak=True,
)
#: The noun "fighting" told where it is, in the words the plain "fighting in X" misses: after the party fought ("the
#: gunmen were fighting with the police on the outskirts of X"), with its verb ("the fighting was now around the
#: village", "fighting concentrated around the stadium"), or at a site ("fighting at the gates of X"): an event word only
#: when ground follows the preposition (:mod:`.triggers` checks it: not "fighting with the council in court", "the fighting
#: was at its fiercest"). Also the noun told as happening or reported there, "fights" too ("fighting took place in the
#: X desert", "fighting was reported near the dam", "fights were focused around the village"): not the verb
#: ("the SDF fights in many places" is no such phrase).
FIGHTING_AT_GROUND = Trigger(
    # (the noun told by its happening or its report: "took place", "was reported", "occurred", "focus")
    r"(?:fighting|fights) (?:(?:(?:took|takes|take|(?:has|have|had) taken) place|occurred|"
    r"(?:was|were|is|are|has been|have been|had been) (?:also )?reported|focus(?:es|ed|sed)?|(?:were|was) focus(?:ed|sed)) )"
    r"(?:around|near|in|inside|outside|on|at|along)|"
    # (the party's name is up to three words, none a preposition: "with the council in court" is no party then ground)
    r"fighting (?:with (?:the )?[\w'’-]+(?: (?!(?:around|near|in|inside|outside|on|at|along)\b)[\w'’-]+){0,3} |(?:is|was|were|has been|had been) (?:now |still )?|"
    r"(?:concentrated|centred|centered|focused|raging|moved|spread|reached|intensified) )?"
    r"(?:around|near|in|inside|outside|on|at|along)",
    EventType.ARMED_CLASH,
    5.5,
)
#: What strikes hit, after a strike verb of an air party ("an ISIS logistics facility", "41 terrorist objects",
#: "militant positions in the area"): up to three words, then a target's word.
AIR_TARGET_OBJECT = (
    r"(?:[\w'’-]+ ){0,3}?(?:positions?|targets?|objects?|sites?|hideouts?|posts?|bases?|vehicles?|convoys?|"
    r"facilit(?:y|ies)|headquarters|gatherings?|fighters|militants|terrorists|units?|depots?|caches?|tunnels?|strongholds?)\b"
)
#: Up to four words that say how heavy or with what weapon fire was exchanged ("exchanged heavy machine-gun fire",
#: "traded intense artillery and mortar fire", "an exchange of sporadic small-arms fire"): one fixed set, bounded.
FIRE_MODIFIERS = (
    r"(?:(?:heavy|intense|intensive|fierce|sporadic|occasional|brief|light|medium|heavy-calibre|heavy-caliber|"
    r"artillery|mortar|rocket|tank|gun|machine[- ]?gun|small[- ]arms|automatic|sniper|cross-border|cross-river|"
    r"and|live) ){0,4}"
)
#: Verbs of ground closed in by a force, active ("the army encircled the town", "troops have surrounded the city of
#: X"): one of :data:`CAPTURE_VERBS`, whose object :mod:`.triggers` checks apart (a settlement, a site held or a
#: named place; or the party closed in, then where: "encircled the militants in X"). Not "surrounding", mostly the
#: adjective ("the surrounding villages").
ENCIRCLE_VERBS = r"encircled|surrounded"
#: Verbs of ground taken by force ("captured", "seized", "retook", "took control of", "taken under control"): an
#: event word only with ground as its object or subject (see :mod:`.triggers`).
CAPTURE_VERBS = (
    # (the control phrases first: at one position the first alternative wins, and "seized full control of the town"
    # read as "seized" alone would leave "full control" as its object, no ground)
    # (ground taken back: "the SDF regained control of the town", "restored control over X")
    r"(?:took|take|takes|taken|taking|gained|gaining|seized|seizing|wrested|wresting|assumed|imposed|tightened|"
    r"regained|regaining|regains|restored|restoring) "
    r"(?:full |complete |total |effective )?control (?:of|over)|"
    r"(?:took|take|takes|taken|taking|brought|bring|brings|bringing) under (?:their |its |full |complete )?control|"
    r"(?:re)?captur(?:ed|ing|es)|seiz(?:ed|ing|es)|retook|retak(?:en|ing|es)|overr[au]n|liberat(?:ed|ing|es)|"
    # (control set up over ground: "the army established control over the town", "have established full control of
    # two villages"; not the gerund: "helped in establishing control over the road" tells a part played, mostly long
    # before)
    r"(?:established|establishes) (?:full |complete |total |effective )?control (?:of|over)|"
    # (ground taken back: "the militants took back parts of the town", "forces have taken back the hill")
    r"(?:took|taken|taking|takes) back|"
    # (ground or a party in it closed in by a force: "troops encircled the town", "the army has surrounded the city
    # of X", "encircled the militants in X"; :mod:`.triggers` asks a settlement or a named place as the object, not
    # the house or the area of an arrest, and no siege told in the passive)
    + ENCIRCLE_VERBS
)
#: "taken" of ground, in the active: "the SDF said they had taken the oilfield", "rebels have taken two villages" (an
#: event word only with a word of ground after it, see :mod:`.triggers`: not "had taken the decision", "has taken him
#: to hospital", "had taken the road"; not the passive, "was taken to the village"). Weak, as the capture verbs are;
#: after them in the list, so "taken full control of" stays theirs. "took over" with the same ground: "forces took over
#: the border crossing" (not "took over the company", "took over the presidency").
TAKEN_GROUND = Trigger(
    # (also "took over": "forces took over the border crossing")
    r"(?<!was )(?<!were )(?<!been )(?<!be )(?<!being )(?<!is )(?<!are )taken(?: over)?|(?:took|takes|taking) over",
    EventType.ARMED_CLASH,
    4.2,
    weak=True,
)
#: An armed party driven off ground, the passive's subject: "the last militants had been driven out of the hamlet" (an
#: event word only when ground follows, see :mod:`.triggers`: not "the rebels were cleared from the charges"; not
#: "mines were cleared from the fields", "rubble was cleared from the road": no armed party). Weak, as the active.
PARTY_DRIVEN_OFF_PASSIVE = Trigger(
    r"(?:group|militants|jihadists|fighters|isis|isil|daesh|militias?|terrorists|rebels|factions|insurgents|"
    r"extremists|remnants|holdouts) (?:had been|have been|has been|were|was) (?:finally |fully |completely )?"
    r"(?:ousted|expelled|driven|pushed|flushed|dislodged|routed|evicted|kicked|cleared)(?: out)? (?:of|from)",
    EventType.ARMED_CLASH,
    4.2,
    weak=True,
)
#: Kinds of fire (bombardment): what a generic "bombardment" or "strikes" covers, so a summary in such a word sums up
#: reports of any of them, and what a party's campaign of strikes is told in.
#: A claim of responsibility told with no event word ("The Islamic State later claimed responsibility."): it names
#: the agent of the event just told (coreference), never an event of its own unless it counts the dead ("ISIS claimed
#: responsibility for killing five soldiers near X"); "took responsibility for security" is no event at all.
CLAIM_OF_RESPONSIBILITY = Trigger(
    r"(?:claimed|claims|claiming|took|takes|bears|bore) (?:full )?responsibility"
    # a claimed killing, which has no event word of its own: "ISIS later claimed the killing"
    r"|(?:claimed|claims|claiming) (?:the|both|its|their) (?:killings?|assassinations?|murders?)",
    EventType.ATTACK,
    0.5,
    weak=True,
)
#: The words that name, after them, the event another one answered ("jets struck X in response to an attack on the
#: base", "in retaliation for", "in revenge for", "as a reprisal for", "retaliating for", "to avenge"): that event's
#: place, toll, party and event words are not the answering one's. ("In response of" is a wording of the texts. Not
#: "retaliated against": what follows it is the one hit, not the event answered. Not "responding to": rescuers, medics
#: and police respond to the very incident reported, "rescuers responding to a blast that killed three".)
ANSWERED_EVENT_WORDS = (
    r"(?:(?:in|as)\s+(?:an?\s+)?)?(?:response|retaliation|reprisal|revenge|reaction)\s+(?:to|for)|in\s+response\s+of|"
    r"retaliat(?:e|es|ed|ing)\s+for|to\s+avenge|avenging"
)
#: The weapon of an event another answered, told just before it: "in retaliation for a deadly attack by drones" (the
#: drone is the other side's; the answering strikes' weapon is not it).
WEAPON_OF_ANSWERED_BEFORE_RE = compile_guarded(
    r"\b(?:" + ANSWERED_EVENT_WORDS + r")\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: An event told as repeated, a pattern rather than one event: "have shelled the hills repeatedly", "on several
#: occasions", "frequently", "time and again" (not a tail ranking one event among others: "the latest of many raids").
REPEATED_EVENTS_RE = re.compile(
    r"\b(?:repeatedly|on\s+(?:several|many|numerous|multiple)\s+occasions|frequently|regularly|routinely|time\s+and\s+again)\b",
    re.IGNORECASE,
)
#: A fight told as a wave over a region, no one place's: "clashes spread across the province", "fighting spread on
#: Tuesday to more villages", "battles throughout the countryside", "fighting all over the east" (a fight of a named
#: town told so is that town's: the callers look at its places too).
FIGHT_OVER_A_REGION_RE = compile_guarded(
    r"\bspread(?:s|ing)?\s+(?:[\w-]+\s+){0,3}?(?:across|through|over|to)\b|\b(?:across|throughout|all\s+over)\s",
    re.IGNORECASE,
)
# A part of Syria or the region, no town of it: "northeast Syria", "north-eastern Syria", "NE Syria", "Rojava".
_PART_OF_SYRIA = (
    r"(?:(?:north|south)[- ]?(?:east|west)(?:ern)?|northern|eastern|NE)\s+(?:Syria|Rojava)\b|Rojava\b"
)
#: A bombardment told as a wave over a part of Syria, no one town's: "drones pounded infrastructure across northeast
#: Syria", "jets struck sites throughout the region", "across the Kurdish-run region", "Turkish jets strike northeast
#: Syria", "strikes on NE Syria" (not fire across a river or a border: "shelled villages across the Euphrates", "across
#: the border region" is aimed at the villages it names).
BOMBARDMENT_OVER_A_REGION_RE = compile_guarded(
    r"\b(?:across|throughout|all\s+over)\s+(?:much\s+of\s+|parts\s+of\s+)?(?:the\s+)?(?:" + _PART_OF_SYRIA
    + r"|(?!border\b)(?:[\w-]+\s+){0,2}?(?<!border\s)region\b)|\b(?:strikes?|struck|hit|hits|pound(?:s|ed)?|bomb(?:s|ed)?)\s+(?:on\s+)?(?:" + _PART_OF_SYRIA + r")",
    re.IGNORECASE,
)
#: The words of a label that opens a list of what was hit ("Targets:", "Among the targets:", "Sites hit:",
#: "Targeted facilities:"), before its colon; one space where the text may have any (:mod:`.clauses` widens them).
TARGETS_LABEL_WORDS = (
    r"(?:among the |the )?targets(?: included| were| hit| struck)?|"
    r"(?:sites|places|facilities) (?:hit|struck|targeted|bombed)|targeted (?:sites|facilities)"
)
#: The same list told in a sentence, with no colon: "among the places struck on Friday were ...", "among the facilities
#: struck were ..." (the day of the hits may stand before the verb).
TARGETS_LIST_VERB_WORDS = (
    r"among the (?:sites|places|facilities|targets) (?:hit|struck|targeted|bombed)"
    r"(?: (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)| today| yesterday| overnight)?"
    r" (?:were|was|included)"
)
#: A list labelled as what was hit ("Targets:", "Among the targets:", "Sites hit:"): an event word of low rank, the
#: strikes told before it give its type.
TARGETS_LABEL = Trigger(
    # (also a sentence's own "targets included", with no colon: "Targets included facilities near A and B")
    r"(?:" + TARGETS_LABEL_WORDS + r"):|(?:among the |the )?targets included|" + TARGETS_LIST_VERB_WORDS,
    EventType.ATTACK,
    0.8,
)
#: The words of a killing done to chosen victims up close ("shot dead", "gunned down", "executed", "beheaded"): the
#: core the trigger stage's targeted killing and coreference's killing by hand both read.
CLOSE_KILLING_WORDS = r"shot\s+dead|gunned\s+down|execut|behead"
#: Heads of a counted group on the side that attacks ("militants", "gunmen", "attackers"), singular and plural:
#: the dead of the other side of a fight (`follow_up_tolls`) and the attackers a defence answers (`replies`).
HOSTILE_HEADS = frozenset(
    "militant militants attacker attackers assailant assailants mercenary mercenaries terrorist terrorists jihadist "
    "jihadists insurgent insurgents gunman gunmen".split()
)
#: The plural heads of :data:`HOSTILE_HEADS` as a regex alternation (no group), for a group named by its head.
HOSTILE_PLURALS = "|".join(sorted(w for w in HOSTILE_HEADS if w.endswith(("s", "men"))))
#: Victims who bear no arms, as a regex alternation (no group): the civilian victims the event-type rules of
#: `triggers` and `replies` read ("two shepherds", "a family", "displaced"); each rule adds its own wider words.
CIVILIAN_WORDS = (
    r"civilians?|children|child|women|woman|girls?|boys?|shepherds?|farmers?|workers?|students?|teachers?|"
    r"refugees?|displaced|journalists?|doctors?|villagers?|residents?|family|families"
)
#: Fire that hit a bystander by chance ("a stray bullet", "stray rounds"): the trigger stage's quarrel that hurt one
#: person and event_series' casualty of a fight both read it.
STRAY_FIRE_WORDS = r"stray\s+(?:bullets?|rounds?|gunfire|fire)"
#: Attackers the text does not name ("gunmen", "unidentified men", "masked assailants"): an attack trigger of their
#: own, and the unnamed hands the trigger stage reads beside another event word.
UNNAMED_ATTACKERS = r"gunm[ae]n|(?:unknown|unidentified|masked|armed) (?:assailants|attackers|persons|men)"
#: Lookbehinds after the word "shot" that keep the verb "shot at" a car or a group, not the noun: a vaccine's jab
#: ("got their polio shot at the clinic") or a try ("a last shot at the title"). (One lookbehind per word, each of
#: fixed width; the passive "was shot at" a place is the passive trigger's, which takes "was shot" first.)
_NOT_A_SHOT_NOUN = "".join(
    f"(?<!\\b{word} shot)"
    for word in ("a", "the", "their", "his", "her", "its", "polio", "vaccine", "booster", "flu", "measles", "best", "last")
)


_TRIGGERS: tuple[Trigger, ...] = (
    # a suicide car bomb is a vehicle-borne bomb (as UCDP-style coders type it): the vehicle says more than its driver
    Trigger(
        r"suicide[- ](?:car|truck|vehicle|tanker)[- ](?:bomb(?:er|ers|ing|ings|s)?|attacks?|attackers?|blasts?|explosions?)",
        EventType.CAR_BOMB,
        9.5,
    ),
    # ... and so is a vehicle bomb told with its driver: "a lorry full of explosives a suicide bomber drove",
    # "a booby-trapped car driven by a suicide attacker" (the driver's word alone would make it a suicide bombing)
    Trigger(
        r"(?:(?:booby[- ]trapped|bomb[- ]laden|explosive[- ]laden|explosives[- ]laden|rigged) (?:cars?|vehicles?|trucks?|vans?|tankers?)"
        r"|(?:cars?|vehicles?|trucks?|vans?|tankers?) (?:rigged|booby[- ]trapped|laden|packed|loaded) with (?:explosives?|bombs?))"
        r",? (?:and )?(?:driven|steered) by (?:an? |the |two )?suicide (?:bombers?|attackers?|drivers?)",
        EventType.CAR_BOMB,
        9.5,
    ),
    # suicide attacks
    Trigger(
        r"suicide[- ](?:bomb(?:er|ers|ing|ings|s)?|attacks?|attackers?|vests?|belts?|blasts?|explosions?)",
        EventType.SUICIDE_BOMB,
        9,
    ),
    Trigger(
        r"blew (?:himself|herself|themselves) up|explosive (?:belt|vest)s?|detonated (?:himself|herself|themselves)",
        EventType.SUICIDE_BOMB,
        9,
    ),
    # vehicle-borne bombs
    Trigger(
        # ("a vehicle bomb exploded": real reports of two web collectors and three development writers' releases)
        r"car[- ]bomb(?:s|ings?)?|truck[- ]bombs?|vehicle[- ]bomb(?:s|ings?)?|vbieds?|vehicle[- ]borne (?:improvised )?(?:explosive devices?|ieds?|bombs?)",
        EventType.CAR_BOMB,
        8,
    ),
    Trigger(
        # (also "explosives-laden" and "mined": "detonated his explosives-laden vehicle", "a mined car has exploded")
        r"(?:booby[- ]trapped|bomb[- ]laden|explosives?[- ]laden|rigged|mined) (?:cars?|vehicles?|trucks?|vans?|tankers?)",
        EventType.CAR_BOMB,
        8,
    ),
    # a motorcycle bomb is a planted device, parked where it goes off (an IED, as both dev8 writers code it), not a
    # vehicle driven at its target ("a suicide bomber on a motorcycle" is a suicide bombing: its own trigger)
    Trigger(
        r"(?:motorcycle|motorbike)[- ]bombs?|(?:booby[- ]trapped|bomb[- ]laden|explosive[- ]laden|rigged) (?:motorcycles?|motorbikes?)"
        r"|(?:motorcycles?|motorbikes?) (?:rigged|booby[- ]trapped|laden|packed|loaded) with (?:explosives?|bombs?)"
        r"|(?:motorcycle|motorbike) (?:exploded|blew up|went off|detonated)",
        EventType.IED,
        8,
    ),
    # a device planted in or on a vehicle targets its occupants: "an explosive device planted in their car went off"
    # is an IED (a sticky bomb), not a vehicle used as a bomb
    Trigger(
        r"(?:improvised explosive devices?|explosive devices?|devices?|ieds?|bombs?|sticky bombs?|magnetic bombs?)\s+"
        r"(?:that\s+)?(?:was\s+|were\s+|had\s+been\s+|had\s+)?(?:planted|placed|attached|fixed|hidden)\s+(?:in|on|under|to|inside)\b",
        EventType.IED,
        8.5,
    ),
    # "a car exploded", "a motorcycle rigged with explosives went off", "a vehicle packed with explosives"
    Trigger(
        r"(?:cars?|vehicles?|trucks?|vans?) (?:rigged|booby[- ]trapped|laden|packed|loaded) with "
        r"(?:explosives?|bombs?)|(?:car|vehicle|truck|van) (?:exploded|blew up|went off|detonated)"
        # the car as the blast itself: "killed in a car blast", "the explosion of a car in X" (the real reports' golds
        # of three collections type them car bombs, as "a car exploded" is)
        r"|(?:car|vehicle|truck|van) blasts?|explosions? of (?:an? |the )(?:parked )?(?:car|vehicle|truck|van)\b(?! (?:tyres?|tires?|batter(?:y|ies)|engines?|fuel))",
        EventType.CAR_BOMB,
        8,
    ),
    # drones
    Trigger(
        r"(?:kamikaze |armed |suicide |turkish |unidentified )?drones?(?:[- ]strikes?|[- ]attacks?)?|uavs?|bayraktars?(?: tb2)?|akincis?|unmanned (?:aerial|combat) vehicles?|unmanned (?:aerial |air )?(?:strikes?|attacks?|aircraft)|loitering munitions?"
        r"|reaper drones?|predator drones?|anka(?:-s)? drones?",
        EventType.DRONE_STRIKE,
        7,
    ),
    # heliborne raids: troops landed from aircraft are a raid, not an air strike
    Trigger(
        r"air[- ]?drop(?:ped)?(?:[- ]offs?)? operations?|air[- ]?drops?(?:[- ]offs?)?|air[- ]?landing(?: operations?)?|heliborne (?:operations?|raids?|assaults?)|"
        r"(?:helicopter|airborne) (?:landing|raid)s?|landing operations?|(?:helicopters?|troops|paratroopers) landed|"
        # "a drop operation" (troops dropped from helicopters), "an arrest operation"
        r"drop(?:[- ]off)? operations?|(?:arrest|search[- ]and[- ]arrest) operations?",
        EventType.RAID,
        6.5,
    ),
    # air strikes
    # ("air operations were conducted against targets": a military's word for its strikes)
    Trigger(r"air[- ]?strikes?|air[- ]?raids?|air[- ]?attacks?|airborne (?:assaults?|attacks?|strikes?)|air operations?", _AIR, 6),
    # the US military's word for its own air strikes: "a precision strike killed ...", "conducted precision strikes"
    Trigger(r"precision (?:air ?)?strikes?", _AIR, 6),
    # bombs dropped are dropped from the air ("jets dropped bombs on X", "a helicopter dropped explosive barrels"); from
    # a drone the drone's own word ranks higher
    Trigger(
        r"dropped (?:[\w-]+ )?(?:barrel |cluster |explosive |incendiary |guided |high-explosive )?(?:bombs?|barrels|munitions)",
        _AIR,
        5.8,
    ),
    Trigger(
        r"aerial (?:bombardments?|bombings?|attacks?|strikes?|assaults?)|barrel[- ]bombs?|helicopter gunships?", _AIR, 6
    ),
    # warplanes and drones named together as the subject: an air campaign ("Turkish jets and drones pounded X")
    Trigger(
        r"(?:war[- ]?planes?|(?:fighter[- ])?jets|aircraft) and (?:armed |attack )?drones|drones and (?:war[- ]?planes?|(?:fighter[- ])?jets|aircraft)"
        # ... and their strikes so told: "Turkish air and drone strikes hit X" (as "drone and air strikes" is)
        r"|(?:air|aerial) and drone (?:strikes|attacks|raids|bombardment)",
        _AIR,
        7.5,
    ),
    # aircraft and guns named together as the subject: the air strikes, the wider campaign ("coalition aircraft and
    # artillery struck the advancing forces", "jets and artillery pounded the camp"), as the writers code it
    Trigger(
        r"(?:war[- ]?planes?|(?:fighter[- ])?jets|aircraft|helicopters) and (?:its |their )?(?:heavy )?artillery|"
        r"artillery and (?:war[- ]?planes?|(?:fighter[- ])?jets|aircraft|helicopters)",
        _AIR,
        7.5,
    ),
    # strikes from the air and the guns told together: the air strikes, the wider campaign ("air and artillery strikes")
    Trigger(r"(?:air|aerial) and (?:artillery|rocket|missile) (?:strikes|attacks|bombardments?|fire)", _AIR, 6),
    Trigger(
        r"war[- ]?planes?|war[- ]?jets?|fighter[- ](?:jets?|aircraft|planes?|bombers?)|bombers|(?:combat|military) aircraft|jets? (?:had |have |has )?(?:struck|strike|bombed|bomb|pounded|pound|targeted|target|hit)",
        _AIR,
        6,
    ),
    # (also aircraft named by their type: "American F-15s hit a depot", "B-52s struck X"; docs/gold-format.md types
    # them air strikes; of the A- and B- names only the attack jets and bombers, as a "B-10" is a recoilless gun)
    Trigger(
        r"(?:aircraft|planes?|(?:f|su|mig)-\d{1,3}[a-z]?s?|a-(?:10|18)[a-z]?s?|b-(?:1|2|52)[a-z]?s?) (?:also |reportedly |then |later |had |have |has )?"
        r"(?:struck|strike|bombed|bomb|pounded|pound|targeted|target|hit|shelled|raided"
        + _AIR_PROGRESSIVE + r")"
        # the passive, its aircraft after it: "a convoy was hit by unidentified aircraft"
        r"|(?:hit|struck|targeted|bombed) by (?:an? |the )?(?:[\w-]+ ){0,2}?(?:aircraft|planes?)",
        _AIR,
        6,
    ),
    # an air party told with a strike verb of the releases or in the present ("coalition aircraft engaged an ISIS
    # facility", "the coalition air support is targeting positions inside the camp", "jets targeting militant
    # positions"): only with a target of strikes after it (not "jets engaged in an exercise", "the air force is
    # targeting young graduates")
    Trigger(
        r"(?:air (?:support|force|forces|cover)|aviation|(?:fighter[- ])?jets|aircraft|(?:war)?planes?|helicopters) "
        r"(?:also |reportedly |then |later )?(?:engaged|(?:is|are|was|were) (?:targeting|striking|bombing|pounding|hitting|"
        r"engaging)|targeting) " + AIR_TARGET_OBJECT,
        _AIR,
        6,
    ),
    # sorties told with what they struck ("flew dozens of sorties against ISIS positions", "performed 28 sorties, engaging
    # 41 targets"; not "flew 40 sorties on Monday": weak, a place with a day or a party, or a toll)
    Trigger(
        r"(?:(?:conducted|carried out|performed|flew|made|launched) (?:[\w-]+ ){0,3}?)?sorties,? "
        r"(?:against|targeting|engaging|striking|hitting) " + AIR_TARGET_OBJECT,
        _AIR,
        6,
        weak=True,
    ),
    Trigger(
        r"helicopters? (?:also |reportedly |then |later )?(?:struck|strike|bombed|bomb|pounded|pound|targeted|target|hit|fired|attacked|shelled"
        + _AIR_PROGRESSIVE + r")",
        _AIR,
        6,
    ),
    # IEDs and mines
    Trigger(
        r"improvised explosive devices?|ieds?|roadside bombs?|roadside (?:devices?|charges?|explosives?|ieds?)|"
        r"explosive charges?|land[- ]?mines?|mine (?:explosions?|blasts?)|mines? (?:exploded|went off|detonated)|explosive devices?|explosive remnants?|devices? (?:exploded|went off|detonated|blew up)|unexploded (?:ordnance|munitions?|shells?|rockets?|missiles?|mortars?(?: shells?| rounds?)?|bombs?|projectiles?)|(?:war|old) (?:ordnance|remnants?)|remnants? of (?:the )?war|uxos?|sticky bombs?|magnetic bombs?|booby[- ]trap(?:ped|s)?|mines?",
        EventType.IED,
        6,
    ),
    # a munition left from past fighting is a remnant, not shelling: "a shell left over from the war", "a leftover
    # rocket", "an old mortar shell"
    Trigger(
        r"(?:an?\s+)?(?:shells?|rockets?|missiles?|mortars?(?: shells?| rounds?)?|bombs?|projectiles?|munitions?|grenades?)\s+"
        r"(?:left\s+over|leftover|left\s+behind|remaining|dating\s+back)\s+from"
        r"|(?:leftover|left-over|old)\s+(?:artillery\s+|mortar\s+)?(?:shells?|rockets?|missiles?|bombs?|projectiles?|grenades?)",
        EventType.IED,
        6,
    ),
    # fire sent back at the side that fired first, an event of its own ("the SDF responded by targeting the sources of
    # fire in X", "responded by targeting positions in X with machine guns", "tribal forces responded to the sources of
    # fire", "replied with mortar fire on X", "retaliatory shelling"): ranked below the shelling words, so a clause that names its weapon is typed by it
    Trigger(
        r"(?:targeting|targeted|targets|shelled|shelling|struck|bombarded|bombarding|hit|hitting|responded to|"
        r"responding to|replied to|responded on|responding on) the sources? of (?:the )?"
        r"(?:fire|shelling|attacks?|bombardment|rockets?|shells?)|"
        r"retaliatory (?:fire|shelling|bombardment|artillery fire)|"
        r"(?:replied|responded|retaliated|reacted) with (?:heavy |intense |similar )?(?:artillery |mortar |rocket |tank )?"
        r"(?:fire|shelling|shells|rounds|rockets|bombardment)|"
        r"(?:replied|responded|retaliated|reacted) by (?:hitting|striking|shelling|bombing|bombarding|firing at|firing on)|"
        # ... or by aiming at the other side's ground: "responded by targeting militia positions in X"
        r"(?:replied|responded|retaliated|reacted) by (?:targeting|attacking) (?:the |their |its )?(?:[\w'’-]+ ){0,2}?"
        r"(?:positions?|posts?|points?|bases?|headquarters|checkpoints?|vehicles?|towers?|fighters|gunmen|militias?|"
        r"sites?|barracks|trenches|lines)\b|"
        # a reply told by its verb alone, aimed at ground: "Turkish artillery retaliated against villages around X",
        # "the army hit back at positions in X" (the idiom of words only with ground or a military target after it:
        # not "hit back at critics"); the fire answered, passive: "the fire was immediately responded to"
        r"(?:retaliated|retaliating|retaliates) (?:against|on|at)|"
        # (its target's describing words no preposition: not "hit back at critics in the town")
        r"(?:hit back|hitting back|struck back|striking back) (?:against|on|at) (?:the |their |its )?"
        r"(?:(?!(?:of|in|near|at|on|from|and|with|by|for|to) )[\w'’-]+ ){0,3}?"
        r"(?:positions?|posts?|points?|bases?|headquarters|checkpoints?|vehicles?|fighters|gunmen|militias?|sites?|"
        r"targets?|sources?|villages?|towns?|areas?|regions?|outskirts|countryside|lines)\b|"
        r"(?:fire|attack|shelling|bombardment) (?:was|were) (?:immediately |promptly |swiftly |quickly )?"
        r"(?:responded to|answered|retaliated against|returned in kind)",
        EventType.SHELLING,
        4.9,
    ),
    # "the patrol returned fire", "regime artillery returned fire on X": a fight, typed by a weapon the clause names
    Trigger(r"returned (?:heavy )?fire", EventType.ARMED_CLASH, 4.8),
    # a siege broken by force is a battle ("troops broke the three-year siege of X"; not "lifted", often by a deal)
    Trigger(r"(?:broke|breaking|broken|break|breaks) (?:[\w'’-]+ ){0,5}?siege", EventType.ARMED_CLASH, 4.5),
    # rocket-propelled grenades are fired at close range in an assault, not from afar: typed by what they hit
    Trigger(r"rpgs?(?: shells?| rounds?| rockets?| fire)?|rocket[- ]propelled grenades?", EventType.ATTACK, 5.5),
    # shelling
    Trigger(
        # (a headline's present tense after its plural subject: "Regime forces shell a village")
        r"shell(?:ing|ed|s)|(?:artillery|mortar|tank|rocket|turkish|stray|an?) shell|(?:forces|army|troops|factions|militias|mercenaries) shell|"
        # the infinitive after its verb of going on or starting ("continued to heavily shell villages", "began to shell";
        # not "to shell out" money)
        r"(?:continued|continues|continue|continuing|began|begun|begins|begin|started|starts|start|went on) to "
        r"(?:[a-z]+ly )?shell(?! out)|(?:targeted|targeting|bombarded|bombarding|attacked|attacking)(?: [\w'’-]+){0,14}? with heavy weapons|howitzers?(?: fire| shells?| rounds?)?|shell (?:exploded|blew up|fell|landed|hit|struck)|artillery(?: fire| shells?| strikes?| bombardment)?|mortars?(?: shells?| rounds?| fire| attacks?)?|rocket(?: fire| attacks?| launchers?|s)?|grad rockets?|missiles?"
        # the Turkish ministry's "harassment fire" (taciz atesi): mortar and rocket fire on its bases
        r"|harass(?:ment|ing) (?:fires?|attacks?|shelling)|harassed (?:our|the|its|turkish) (?:[\w-]+ ){0,2}?(?:units?|troops|bases?|forces|positions?|soldiers)",
        EventType.SHELLING,
        5,
    ),
    # raids (a raid and the clashes it brings are one raid: the two rank equal and the first told wins)
    Trigger(
        r"raid(?:s|ed|ing)?|stormed|security (?:operation|campaign)s?|(?:arrest|detention|search) campaigns?|house search(?:es)?|"
        # "the SDF, with coalition support, conducted an operation in the village of X, killing an ISIS financier"
        r"(?:conducted|carried out) an? (?:(?:joint|partnered|special|ground|helicopter|heliborne|airborne|counter-?terrorism) )?"
        r"operation (?:in|on|near|against|targeting)|"
        r"(?:clearance|combing|sweep|sweeping|cordon[- ]and[- ]search) operations?|security sweeps?",
        EventType.RAID,
        5.5,
    ),
    # an arrest told as the operation it was: "arrested a cell of five ISIS members in the village of X in a joint
    # operation", "detained an ISIS cell", "captured a cell leader in a dawn operation" (weak: a place with a day or
    # a party, or a toll; "arrested a man" alone is no raid)
    Trigger(
        # (not "a targeted", "a special" or "a military" operation: often a strike or a whole campaign)
        r"in an? (?:(?:joint|security|ground|helicopter|heliborne|airborne|counter-?terrorism|dawn|night|combined|"
        r"partnered) ){1,3}operations?|"
        r"(?:arrested|arresting|detained|detaining|captured|capturing|apprehended) "
        r"(?:on \w+ )?(?:an? |the )?(?:[\w-]+ ){0,3}?cells?(?: leaders?| members?)?",
        EventType.RAID,
        5.4,
        weak=True,
    ),
    # armed clashes ("fighting" only as a noun: "fighting the Daesh group" is not a clash). Ground fighting outranks
    # the shelling and rockets fired in its course ("clashes in X, with IS firing mortar rounds" is a clash).
    Trigger(
        r"clash(?:es|ed)?|skirmish(?:es|ed)?|gun[- ]?fights?|fire[- ]?fights?|exchange[ds]? (?:of )?" + FIRE_MODIFIERS
        + r"(?:gun)?fire|exchanging " + FIRE_MODIFIERS + r"(?:gun)?fire|armed confrontations?|battles?"
        # "SDF fighters traded heavy fire with IS holdouts", "Kurdish fighters battled Turkish-backed forces"
        r"|trad(?:ed|ing|es?) " + FIRE_MODIFIERS + r"(?:gun)?fire|battled"
        # an assault across a front line: "repelled an infiltration attempt", "an infiltration operation on a base"
        r"|infiltration (?:attempts?|attacks?|operations?)"
        # an advance fought off or tried: "repelled an attempt by the factions to advance on X", "tried to storm X"
        r"|(?:attempts?|attempted|attempting|tried|trying) (?:by (?:the )?[\w-]+ (?:[\w-]+ )?)?to (?:advance|storm|infiltrate|push into)"
        # "an attempted infiltration near X was foiled", "who attempted to infiltrate"
        r"|attempted infiltrations?"
        # fire answered: "the SDF answered with machine guns", "our units returned fire", "the fire was returned"
        r"|(?:answered|replied|responded|retaliated) with (?:heavy |light |medium )?(?:machine[- ]?guns?|gunfire|small arms|fire)"
        # a military's own units answering the fire just told: "our units answered the fire in kind" (not "in kind"
        # alone, which may answer anything: "Ankara responded in kind to the expulsions")
        r"|(?:answered|replied|responded|retaliated) to (?:the|this|that) (?:harassment )?fire"
        r"|returned (?:the )?fire|fire was returned"
        # an assault on a force that had attacked or advanced ("launched a counterattack on SDF checkpoints", "ISIS
        # counterattacked"), and fighting among the factions of one side ("infighting between two factions left six
        # dead"): fighting between armed parties, however its first side is named (the real reports' golds of four
        # collectors code both so)
        r"|counter-?attack(?:s|ed|ing)?|infightings?",
        EventType.ARMED_CLASH,
        5.5,
    ),
    Trigger(r"ambush(?:es|ed)?", EventType.ARMED_CLASH, 4),
    # an assault that took the defenders' ground: "overrunning SDF positions", "overran a regime post"
    Trigger(
        # (the verb alone is the event word: the party named in its object is the one overrun; weak: a place with a
        # day or a party, or a toll)
        r"over(?:ran|run|running)",
        EventType.ARMED_CLASH,
        5.5,
        weak=True,
    ),
    # ground taken or fought for, a battle (ACLED's "armed clash" and "territory taken"): "captured the village of X",
    # "seized the town", "retook X", "have taken under control the villages of", "pushed into X", "launched an
    # offensive on X", "after weeks of fighting". Weak (a place with a day or a party, or a toll) and below every
    # weapon word; a capture verb counts only with ground as its object (:mod:`.triggers`: not "captured an emir").
    Trigger(CAPTURE_VERBS, EventType.ARMED_CLASH, 4.2, weak=True),
    TAKEN_GROUND,
    # an armed party driven off ground: "ousted the Islamic State group from its last positions in X", "drove ISIS
    # fighters out of X", "expelled the militants from the village" (an armed party as the object: not "drove a car
    # from A to B", "forced families from their homes")
    Trigger(
        r"(?:ousted|ousting|ousts|expelled|expelling|expels|drove|driven|driving|drives|pushed|pushing|flushed|"
        r"flushing|dislodged|dislodging|routed|routing|evicted|kicked|cleared|clearing) (?:the )?(?:[\w'’-]+ ){0,3}?"
        # (the party's long name and its acronym: "drove Islamic State of Iraq and Syria (ISIS) militants from")
        r"(?:islamic state of iraq and (?:the )?(?:syria|sham|levant) (?:\([\w-]+\) )?(?:fighters|militants)|"
        r"group|militants|jihadists|fighters|forces|isis|isil|daesh|militias?|terrorists|rebels|factions|troops|"
        r"army|sdf|ypg|pkk|insurgents|extremists|remnants)(?: out)? (?:of|from)",
        EventType.ARMED_CLASH,
        4.2,
        weak=True,
    ),
    PARTY_DRIVEN_OFF_PASSIVE,
    # resistance broken: the Turkish ministry's word for a position taken by fighting ("resistance encountered in the
    # village of X was broken", "our units broke the resistance of the terrorists in X")
    Trigger(
        r"(?:broke|broken|breaking|crushed|crushing|overcame|overcome|overcoming) (?:the )?(?:[\w'’-]+ ){0,2}?"
        r"resistance|resistance (?:[\w'’-]+ ){0,8}?(?:was|were|has been|had been) (?:broken|crushed|overcome)",
        EventType.ARMED_CLASH,
        4.2,
    ),
    Trigger(BATTLE_FOR_GROUND, EventType.ARMED_CLASH, 4.2, weak=True),
    ADVANCE_ON_GROUND,
    # a battle told by its verb, its foe named after it: "fighters backed by air strikes were battling ISIS around X",
    # "troops fought the militants in X" (weak: a place with a day or a party, or a toll; not a party's past told of it,
    # "the SDF, which fought ISIS for years", "who had fought the army")
    Trigger(
        r"(?<!which )(?<!who )(?<!that )(?<!has )(?<!have )(?<!had )(?<!once )(?<!previously )(?<!long )"
        r"(?:fought|"
        # (nor a party described by its war: "the SDF, the main force fighting against ISIS", "US-backed forces
        # battling ISIS", "in addition to fighting against ISIS")
        r"(?<!force )(?<!forces )(?<!group )(?<!groups )(?<!alliance )(?<!coalition )(?<!partner )(?<!partners )"
        r"(?<!ally )(?<!allies )(?<!militia )(?<!militias )(?<!to )(?<!been )"
        r"(?:battling|fighting (?:against|off))) "
        # ("IS" right after the verb only: in lowered text it is also the verb, "the war fought there is over")
        r"(?:(?:the )?is\b|(?:the )?islamic state\b|(?:the )?(?:[\w'’-]+ ){0,3}?"
        r"(?:isis|isil|daesh|militants|jihadists|fighters|forces|militias?|insurgents|terrorists|rebels|factions|troops|army|"
        r"sdf|ypg|pkk|mercenaries|extremists|holdouts|remnants|cells?)\b)",
        EventType.ARMED_CLASH,
        4.2,
        weak=True,
    ),
    FOUGHT_AT_GROUND,
    # the Turkish ministry's word for fighters it killed: weak, a weekly count with no place or day is no incident
    NEUTRALIZED_TRIGGER,
    # fights between families, clans or tribes are armed clashes between local armed groups: "a tribal dispute",
    # "clan fighting erupted", "a feud between two families", "a shootout", "a revenge killing"
    Trigger(
        r"(?:tribal|clan|clannish|family|familial|inter-?tribal|inter-?clan) (?:feuds?|fights?|fighting|clashes|shootouts?|"
        r"shoot-outs?)|(?:feuds?|fighting|fights?|clashes) between (?:members of |relatives of )?(?:two |rival |the )?"
        r"(?:families|clans|tribes)|shoot-?outs?|revenge (?:killings?|attacks?)",
        EventType.ARMED_CLASH,
        4.5,
    ),
    # a dispute or quarrel may stay words: weak, it needs a toll, or a place with a day or a party
    Trigger(
        r"(?:tribal|clan|clannish|family|familial|inter-?tribal|inter-?clan) (?:disputes?|quarrels?|conflicts?)|"
        r"(?:disputes?|quarrels?) between (?:members of |relatives of )?(?:two |rival |the )?(?:families|clans|tribes)",
        EventType.ARMED_CLASH,
        4.5,
        weak=True,
    ),
    Trigger(
        # "killed in fighting near X" (indefinite: "in the fighting" refers back to a clash told already)
        # (also told by where it is fought: "house-to-house fighting"; not a vehicle, a game or a mood: "heavy fighting
        # vehicles", "fighting spirit")
        r"(?:heavy|fierce|intense|violent|renewed|sporadic|ongoing|fresh|house-to-house|door-to-door|street-to-street) "
        r"fighting(?! (?:vehicles?|games?|spirit|season|chance|units?|force))|fighting (?:between|broke out|erupted|raged)|"
        # the noun's verb in other tenses, or after the party it was fought with: "fighting had broken out near X",
        # "fighting with the rebels was raging in X", "fighting continued around X"
        r"fighting (?:with (?:the )?[\w'’-]+(?: [\w'’-]+){0,2} )?(?:(?:had|has|have) (?:broken out|erupted|raged|continued)|"
        r"(?:was|were|is) (?:raging|continuing)|continued|continues|broke out|erupted|raged)|"
        # "Fighting in Hajin left six dead", "fighting near the dam killed two" (a place after it: the noun)
        r"fighting (?:in|near|around|along|across|inside|outside|on the outskirts of)|"
        r"(?:in|during|amid) fighting",
        EventType.ARMED_CLASH,
        5.5,
    ),
    FIGHTING_AT_GROUND,
    # attacks on civilians, including killings by throat-cutting or beheading ("slaughtered a shepherd", "his head was
    # found separated from his body") and punishments a group's court carries out ("applied the death penalty against")
    Trigger(
        UNNAMED_ATTACKERS + r"|shot dead|gunned down|opened fire|"
        # fire opened with its weapon or manner told ("opened machinegun fire on a checkpoint", "opened heavy fire"),
        # a sniper's shot ("was sniped by"), a shooting from a car ("a drive-by shooting"), shots at a person ("shot at
        # him"), the wound's shots ("killed by shots to the head") and the fire of a named army ("killed by Turkish
        # army fire"): shootings the real reports of five collectors tell so
        r"opened (?:(?:heavy|intense|indiscriminate|random|direct|live|automatic|the|machine[- ]?guns?|gun|sniper|rifle|"
        r"small[- ]arms) ){1,3}fire|sniped|drive-by (?:shootings?|attacks?)|shot at (?:him|her|them)\b|"
        r"(?:by|from|with) (?:several |two |three )?shots (?:to|in) (?:the |his |her )?(?:head|chest|neck|back|abdomen)|"
        r"by (?:the )?(?:turkish|regime|syrian|israeli|iraqi|iranian|russian|army|government) (?:army |forces['’]? |"
        r"troops['’]? |soldiers['’]? |border (?:guards['’]? )?)?fire(?! (?:brigades?|fighters?|departments?|trucks?|engines?))\b|"
        r"executed|executions?|beheaded|beheadings?|decapitated|"
        r"slaughter(?<!is being slaughter)(?:ed|ing)?|throats? (?:was |were )?(?:cut|slit)|(?:cut|slit|slitting|cutting) (?:his|her|their|the) throats?|"
        r"(?:head|heads) (?:was |were )?(?:found )?(?:separated|severed|cut off)|separated from (?:his|her|their) bod(?:y|ies)|"
        r"crucified|crucifixion|(?:applied|implemented|carried out|enforced|executed) (?:the |a )?(?:death (?:penalty|sentence)|hirabah|qisas|"
        r"(?:sentence|penalty|punishment) of (?:death|hirabah|qisas))|"
        r"assassinat(?:ed|ing|ions?)|massacred|massacres?|kidnapped|abducted|"
        # killings told by how: "shot and killed", "a patrol shot a teenager", "stabbed to death", "murdered a
        # nurse", "died under torture", "gunshot wounds", "sniper fire", "a grenade thrown at a shop"
        r"shot and (?:killed|wounded|injured)|fired (?:tear gas (?:and |, ?))?(?:live |heavy |light )?(?:bullets|shots|rounds|ammunition|machine[- ]guns?)|"
        # "wounded by shots fired by a patrol"
        r"(?:by|from) (?:the )?(?:[a-z]+ )?shots (?:fired|shot)|shots (?:were )?fired by|shot (?:a|an|two|three|four|five)(?! (?:video|footage|film|photo|scene))|shot (?:a |an )?\d{1,2}-year-old|"
        # the passive: "a boy was shot by a border guard", "two men were shot in the market", an adverb of manner,
        # stance or time between ("was fatally shot", "were apparently shot", "after being directly shot by", "was
        # finally shot dead": real reports of two web collectors and the UCDP set)
        r"(?:was|were|been|being) (?:[a-z]{2,12}ly |also |then |later )?shot(?! down)|"
        # a victim taken out and shot, the passive's auxiliary shared: "was hauled out of his truck and shot", "were
        # dragged out of their homes and killed" (a killing told by how it was done: no fight)
        r"(?:pulled|dragged|hauled|taken|forced) (?:out )?(?:from|out of|off) (?:his|her|their|the|a) (?:[\w-]+ )?"
        r"(?:cars?|vehicles?|bus(?:es)?|trucks?|homes?|houses?|tents?) and (?:shot|killed|executed)|"
        # a body or a victim told by the wound: "the body of a young man shot in the head"
        r"shot (?:in|through) (?:the|his|her) (?:head|chest|back|neck|abdomen|stomach|face)|"
        r"stabbed(?: to death)?|murder(?:ed|s)?|(?:under|by) torture|tortured to death|gunshots?(?: wounds?)?|"
        # beatings, strangling, burning; bullets that hit by chance; a body found with the marks of a killing
        r"beaten(?: to death| severely)?|beat (?:[\w-]+ ){1,3}?(?:to death|severely|brutally|unconscious)|strangled|burn(?:ed|t) to death|"
        r"tortured|stray (?:bullets?|rounds?|gunfire)|(?:random|celebratory) (?:gunfire|shooting|bullets|shots)|"
        r"bullet (?:wounds?|holes|marks)|gunshot marks|found shot|(?:signs|marks|traces) of (?:torture|beating)|"
        # "killed by Turkish gunfire", "wounded by regime gunfire", "by the fire of a checkpoint" ("heavy gunfire was
        # heard" alone is no event, nor a blaze: "gutted by the fire of last week", "died by the fire of a heater")
        r"(?:by|from) (?:[a-z]+ )?gunfire|by (?:the )?(?:heavy |live |direct )?fire (?:from|of)"
        r"(?! (?:last|this|that|yesterday|the (?:previous|last|day|night|week))\b)(?! (?:an? |the )?(?:[\w-]+ )?"
        r"(?:heaters?|stoves?|ovens?|cylinders?|generators?|refiner(?:y|ies)|candles?|wires?|kitchens?|fuel|gas)\b)|(?:by|from|with) (?:the )?(?:[a-z]+ )?(?:bullets|live ammunition)|"
        r"sniper (?:fire|shots?|bullets?)|(?:by|from) (?:a |an )?(?:\w+ )?snipers?|snipers? (?:shot|killed|fired|targeted)|(?:hand )?grenades? (?:was |were )?(?:thrown|tossed|hurled)|(?:hand )?grenade attacks?|"
        r"(?:threw|tossed|hurled) (?:a |two )?(?:hand )?grenades?|"
        # the border force that shoots people crossing: "killed by a Turkish border guard", "gendarmes opened fire"
        r"by (?:an? |the )?(?:turkish )?(?:border guards?|gendarmes?|gendarmerie|jandarma)|"
        r"(?:border guards?|gendarmes?|gendarmerie|jandarma) (?:shot|opened fire|fired|killed)|"
        # "fired on protesters", "fired at a car", "fired upon a patrol" (typed by what was hit); the people told as a
        # group ("fired at a group of herders", "a crowd of mourners"); "shot at" a vehicle or a group tells the same
        # fire (not a film "shot at" a place: the object must be one fired on; nor the noun, a jab or a try; nor
        # "shot on", which tells where a film was made: "a clip shot on a bus")
        r"(?:fired (?:on|at|upon)|shot" + _NOT_A_SHOT_NOUN + r" at) (?:an? |the |two |three |four |several |dozens of )?(?:(?:group|crowd|gathering|number) of )?"
        r"(?:[\w-]+ ){0,2}?(?:protesters|demonstrators|civilians|"
        r"crowds?|people|mourners|worshippers|residents|villagers|farmers|shepherds|cars?|vehicles?|patrols?|checkpoints?|"
        r"posts?|convoys?|bus(?:es)?|houses?|homes?|men|women|children|boys?|youths?|smugglers|refugees)\b",
        EventType.ATTACK,
        3,
    ),
    # generic words: typed by context (see incidents.py), weak on their own
    Trigger(r"bomb(?:ing|ings|ed|ardments?|arded|ards|arding)", _AIR, 2, weak=True),
    # "a bomb targeted a convoy": a bomb that hit something on its own is a planted device (typed by context: one
    # dropped from aircraft is an air strike)
    # ... and the device told with its verb in other forms: set off by someone ("a man detonated a bomb near the
    # school", "by detonating a bomb in the town"), in the passive or the perfect ("a bomb was detonated", "a bomb
    # has exploded"), or with a clause set off by commas between ("the bomb, hidden under the bridge, exploded")
    Trigger(
        r"bombs? (?:exploded|went off|detonated|blew up|ripped through|tore through)|(?:an?|another|second|third) bombs? "
        r"(?:targeted|hit|struck|ripped through|tore through|killed|wounded)|bomb attacks?|"
        r"(?:detonated|detonating|set off|setting off) (?:an?|the|two|three|another) bombs?\b|"
        r"bombs? (?:was |were |had been |has been |have been )detonated|bombs? (?:has|had|have) (?:exploded|gone off)|"
        r"bomb, [^,.;:]{1,60}, (?:exploded|went off|detonated)|"
        # (or with the hand that set it told between, no commas: "a bomb planted by the militants exploded in a house",
        # "a device placed under a van went off", "explosives hidden in a cart were detonated")
        r"(?:bombs?|devices?|explosives) (?:planted|placed|hidden|laid|fixed|attached|rigged|left) [^,.;:]{1,60}? "
        r"(?:exploded|went off|detonated|blew up|(?:was|were) (?:detonated|set off))",
        EventType.IED,
        2,
        weak=True,
    ),
    # an explosion or blast that the text does not say the cause of is "other" (a device named anywhere in the
    # clause, or told after it, types it: coreference takes the specific type over this generic one)
    # a depot of ammunition that blew up is an event of its own whatever set it off ("an explosion rocked an arms
    # depot", "an ammunition depot exploded", "the explosion of a weapons warehouse")
    Trigger(
        r"(?:explosions?|blasts?) (?:at|in|inside|hit|rocked|struck|ripped through) (?:an? |the )?(?:[\w-]+ ){0,3}?"
        r"(?:ammunition|arms|weapons?|munitions?) (?:depots?|warehouses?|dumps?|stores?|caches?)|"
        r"(?:ammunition|arms|weapons?|munitions?) (?:depots?|warehouses?|dumps?|stores?|caches?) (?:exploded|blew up|went off)|"
        r"explosions? of (?:an? |the )?(?:ammunition|arms|weapons?|munitions?) (?:depots?|warehouses?|dumps?|stores?|caches?)",
        EventType.OTHER,
        2.5,
    ),
    # an explosion aimed at someone is a bomb set for them: "an explosion targeted a convoy", "two died in an explosion
    # that targeted their car" (not "a blast near a checkpoint", whose cause the text does not tell)
    Trigger(
        r"(?:explosions?|blasts?) (?:that |which )?(?:targeted|targeting|targets|was aimed at|aimed at)",
        EventType.IED,
        2.2,
        weak=True,
    ),
    # a party on the ground that blew up a building or a thing of others ("militants blew up the church of X", "had
    # blown up a mosque", "blew up several vehicles at the gate"): charges set by hand, as "militants bombed a post" is
    # (docs/gold-format.md); weak, and not a device or vehicle bomb blown up ("blew up a booby-trapped vehicle": its own),
    # nor a bridge, well or pipeline a force demolished on its way (a demolition, no attack: not-incidents in two sets),
    # nor a party's own things ("troops blew up their headquarters before withdrawing", "its own vehicles"), nor a row
    # that blew up somewhere ("an argument blew up at the school": a place word after "up", no object)
    Trigger(
        r"(?:blew|blown|blowing|blows?) up (?![^.;,]{0,30}?(?:booby|rigged|explosive|laden|packed|bomb))"
        r"(?!(?:at|in|on|over|outside|inside|near|around|between|during|after|before|into|across|among|with|against|"
        r"about|again|their|its|our|(?:his|her) own)\b)"
        r"(?:an? |the |his |two |three |several |a number of |dozens of )?"
        r"(?:[\w'’-]+ ){0,2}?(?:church(?:es)?|mosques?|shrines?|tombs?|monuments?|statues?|houses?|homes?|buildings?|"
        r"schools?|hospitals?|vehicles?|offices?|headquarters)\b",
        EventType.IED,
        2,
        weak=True,
    ),
    # (shrapnel is of a blast or a shell: "injured by shrapnel" with no weapon named is an explosion of unknown kind)
    Trigger(r"explosions?|blasts?|shrapnel", EventType.OTHER, 2, weak=True),
    # explosives told going off with no device named ("the explosives detonated near the post office", "several
    # explosives were set off outside the gate"): a blast of untold kind, as the explosion is (docs/gold-format.md)
    Trigger(
        r"explosives (?:(?:were|was|had been|have been|has been) )?(?:detonated|exploded|went off|triggered|set off|blew up)",
        EventType.OTHER,
        2,
        weak=True,
    ),
    # arson: "gunmen set fire to a house", "torched a car" (ARSON_TRIGGER: an incident only when someone was hurt)
    ARSON_TRIGGER,
    # a bare "in an operation" with its dead or captives: the raid, the least specific event word of a clause
    BARE_OPERATION_TRIGGER,
    # a vehicle, post or hideout of an armed party destroyed ("army units destroyed a vehicle of the terrorists near X",
    # "fighters destroyed two ISIS vehicles"): weak and typed by its parties, below any weapon or strike the clause names
    Trigger(
        r"destroy(?:ed|ing|s)? (?:an? |the |two |three |four |five |several |\d{1,3} )?(?:[\w'’-]+ ){0,2}?"
        r"(?:vehicles?|cars?|tanks?|pick-?ups?|rocket launchers?|launch pads?|positions?|posts?|hideouts?|dens|tunnels?|"
        r"fortifications?|headquarters|(?:ammunition |arms |weapons? )?depots?)"
        # the passive of a military release: "a command post of the militants was destroyed", "two vehicles were destroyed"
        r"|(?:vehicles?|cars?|tanks?|pick-?ups?|rocket launchers?|launch pads?|positions?|(?:command )?posts?|hideouts?|dens|"
        r"tunnels?|fortifications?|headquarters|depots?|warehouses?|strongholds?) (?:of (?:the )?[\w'’-]+ (?:[\w'’-]+ )?)?"
        r"(?:was|were|had been|has been|have been) (?:also )?destroyed",
        EventType.ATTACK,
        0.9,  # below a bare "strike" too: "one strike that destroyed a vehicle" is the strike
        weak=True,
    ),
    # a list labelled as what was hit, after the strikes were told: "Targets: the bakery of A, a checkpoint in B", "Among
    # the targets: ..." (its items are the strikes' own: typed by the event told before, see :mod:`.event_series`).
    # Before the bare "targeted" below: at one position the first entry wins, and "Targeted sites:" is the label.
    TARGETS_LABEL,
    # ("struck back" only of a reply aimed at ground, the entry above: not "struck back at his rivals")
    Trigger(r"attack(?:s|ed)?|assaults?|strikes?|struck(?! back\b)|targeted", EventType.ATTACK, 1, weak=True),
    # a strike told by its target in the passive: "a grain silo was hit in X", "the power plant was hit; 11 died", "the
    # hospital vicinity was also struck" (the target word says it is no traffic accident nor "hit by the drought")
    Trigger(
        r"(?:silos?|stations?|plants?|facilit(?:y|ies)|bakery|bakeries|hospitals?|schools?|houses?|homes?|buildings?|"
        r"checkpoints?|posts?|bases?|positions?|refinery|refineries|dam|bridges?|markets?|mosques?|depots?|warehouses?|"
        r"vicinity|outskirts|oil ?fields?|gas ?fields?|wells?|headquarters|centres?|centers?|offices?|farms?|mills?) "
        # ("a silo in Amuda was also hit": its place between)
        r"(?:(?:in|near|at|of|outside) (?:the )?[\w'’-]+ (?:[\w'’-]+ )?)?"
        r"(?:was|were|had been|has been|have been) (?:also |reportedly |directly |again |heavily )?(?:hit|struck|targeted)",
        EventType.ATTACK,
        1,
        weak=True,
    ),
    # violence at a protest or riot: "protesters threw stones at a checkpoint", "guards fired warning shots to disperse
    # a protest" (weak: a toll, or a place with a day or a party; typed by context)
    Trigger(
        r"(?:threw|throwing|throw|hurled|hurling|pelted|pelting) (?:[\w-]+ ){0,3}?(?:stones|rocks|molotov cocktails?) (?:at|on|towards?)|"
        r"(?:fired|fire|firing|opened fire with) warning shots|"
        r"(?:to )?dispers(?:e|ed|ing) (?:a |the )?(?:protest|demonstration|crowd|protesters|demonstrators|rally|sit-in)s?",
        EventType.ATTACK,
        1,
        weak=True,
    ),
    # "a patrol came under fire from regime forces"
    Trigger(r"(?:came|come|comes|coming) under (?:heavy |intense )?(?:fire|gunfire)", EventType.ATTACK, 1, weak=True),
    CLAIM_OF_RESPONSIBILITY,
)

TRIGGERS: tuple[Trigger, ...] = _TRIGGERS
TRIGGER_SCANNER: PhraseScanner[Trigger] = PhraseScanner([(t.pattern, t) for t in _TRIGGERS])

#: A report set apart from the campaign told before ("Separately,", "In a separate incident", "In another incident",
#: "Elsewhere,").
SEPARATE_REPORT_RE = compile_guarded(
    r"^\W*(?:separately|elsewhere|in\s+(?:an?\s+)?(?:separate|unrelated|other)\s+(?:incidents?|attacks?|developments?|news)"
    r"|in\s+another\s+(?:incident|attack|development))\b",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------
# Actors: (pattern, canonical name). Case-insensitive except where noted.

UNKNOWN_ACTOR = "unknown"  # kept for callers of the old convention; the extractor no longer emits it
#: The well-known names of one party, by its canonical name: the extractor reads each as that party (the ISIS
#: pattern below is built from them; the others' patterns hold them) and the scorer
#: (:func:`mapapp.evaluate.metrics.actor_correct`) takes a gold that lists one of them ("Islamic State", "IS") as
#: naming the party our canonical name ("ISIS") names: the Syrian National Army is the `Turkish-backed factions`,
#: the government's or the regime's forces the `Syrian army` (docs/gold-format.md).
ORGANISATION_NAMES: dict[str, tuple[str, ...]] = {
    "ISIS": ("ISIS", "IS", "ISIL", "Islamic State", "Islamic State group", "Daesh", "Daish"),
    # (the name the alliance's acronym stands for, and the Observatory's English spelling of it)
    "SDF": ("SDF", "Syrian Democratic Forces", "Syria Democratic Forces"),
    "Turkish-backed factions": (
        "Turkish-backed factions",
        "Syrian National Army",
        "SNA",
        "Turkish-backed groups",
        "Turkish-backed fighters",
        "Turkish-backed rebels",
        "Turkish-backed Syrian rebels",
    ),
    "Syrian army": (
        "Syrian army",
        "Syrian Arab Army",
        "SAA",
        "Syrian government forces",
        "Syrian government troops",
        "Syrian regime forces",
        "government forces",
        "government troops",
        "regime forces",
        "Syrian regime",
        "pro-government forces",
        "pro-government fighters",
        "pro-regime forces",
        "pro-regime fighters",
        "government security forces",
    ),
}
#: Scanner payload: the actor is the matched phrase itself, lower-cased ("unidentified gunmen").
AS_WRITTEN = "<as written>"
#: Scanner payload: the text says the perpetrator is unknown ("an unidentified drone"): no actor.
NO_ACTOR = "<none>"
#: The canonical name of Deir ez-Zor's Arab tribes in arms ("tribal fighters", "gunmen from the tribe").
TRIBAL_FIGHTERS = "Arab tribal fighters"
#: The words for men a tribe or clan may name as its own ("gunmen from the X tribe", "fighters of the clan"), and of
#: them those that say they are armed, and those that name no fighters by themselves ("members", "men" of a clan).
_TRIBESMEN_WORDS = r"(?:gunm[ae]n|members|men|fighters|militants|militiamen)"
_ARMED_TRIBESMEN_WORDS = r"(?:gunm[ae]n|fighters|militants|militiamen)"
_UNNAMED_TRIBESMEN_WORDS = r"(?:gunm[ae]n|members|men)"
#: The opening of men told by the tribe they come from or follow ("fighters from local tribes", "militiamen of the
#: clan", "gunmen loyal to the clan"): read after a named party, the party's own men ("SDF fighters from local tribes").
TRIBESMEN_OPENING_RE = re.compile(_TRIBESMEN_WORDS + r"\s+(?:from|of|loyal\s+to)\b", re.IGNORECASE)
#: The opening of a tribe's men named by their tribe alone ("gunmen from the tribe", "members of local clans"), read as
#: :data:`TRIBAL_FIGHTERS` by the actor table, unlike "tribal fighters" or "fighters loyal to the clan", fighters by name.
UNNAMED_TRIBESMEN_OPENING_RE = re.compile(_UNNAMED_TRIBESMEN_WORDS + r"\s+(?:from|of)\b", re.IGNORECASE)

#: A reserve told by an adverb of likelihood, as good as "believed to be" ("warplanes, likely to be Israeli",
#: "airstrikes, probably Israeli", "a drone, most likely Turkish"): the writer names the owner he thinks likeliest.
LIKELIHOOD_RESERVE = r"(?:(?:most|very|more than) )?(?:likely|probably|possibly|presumably|apparently)(?: to be)?"
#: An aircraft, a drone or a strike whose owner is told with reserve right after it ("warplanes believed to be Russian",
#: "a drone, said to be a Turkish one", "air raids, thought to be Russian", also "an unidentified drone, believed to be
#: Turkish," which the phrase takes whole): the guard of those attributions, as "a man said to be Turkish" is a
#: person's origin, not a party.
_WEAPON_BEFORE_RESERVE = (
    r"(?:(?:unidentified|unknown) )?(?:(?:war)?planes?|(?:fighter[- ])?jets?|aircraft|drones?|uavs?|helicopters?|"
    r"(?:air |drone )?(?:raids?|strikes?)|airstrikes?|bombardment|bombing|shelling|missiles?|rockets?|shells),? "
    r"(?:(?:said|believed|thought|suspected|reported) to be|" + LIKELIHOOD_RESERVE + r") (?:an? )?"
)
_ACTORS: tuple[tuple[str, str], ...] = (
    (
        r"(?:turkish|turkey)[- ]backed (?:syrian )?(?:armed )?(?:opposition )?(?:factions?|fighters|rebels|militias?|militiamen|groups?|forces|mercenaries|militants|gunmen)|ankara[- ]backed (?:syrian )?(?:factions?|fighters|rebels|militias?|groups?|mercenaries|militants|forces|gunmen)"
        # ... their sponsor told as the one they are loyal or aligned to: "the Turkey-loyal factions", "Ankara-loyal
        # factions", "militias loyal to Ankara", "groups aligned with Turkey" (monitors' words for the same factions)
        r"|(?:turkey|ankara)[- ](?:loyal|aligned) (?:syrian )?(?:armed )?(?:opposition )?(?:factions?|fighters|rebels|militias?|militiamen|groups?|mercenaries|militants|gunmen|cells)"
        r"|(?:syrian )?(?:factions?|fighters|rebels|militias|militiamen|groups|mercenaries|militants|gunmen|cells) (?:loyal to|aligned with) (?:turkey|ankara)\b"
        # ... told with the verb after: "Syrian rebels backed by Turkey", "factions supported by Ankara"
        r"|(?:syrian )?(?:rebels|factions|fighters|militias|militiamen|groups|gunmen|militants|mercenaries) (?:backed|supported|armed|funded|sponsored) by (?:turkey|ankara|the turkish (?:army|government|state))"
        # Turkey's Syrian allies named by the alliance: "Turkey's allies", "Ankara's Syrian proxies", "Turkish-allied rebels"
        r"|(?:turkey|ankara)[’']s (?:syrian )?(?:allies|proxies|proxy (?:factions|forces|militias)|mercenaries|rebel allies)"
        r"|(?:turkish|turkey|ankara)[- ](?:allied|supported|sponsored) (?:syrian )?(?:factions?|fighters|rebels|militias?|groups?|forces|mercenaries|militants)"
        r"|pro[- ]ankara (?:syrian )?(?:factions?|fighters|rebels|militias?|militiamen|groups?|mercenaries|militants)|syrian national army|\bSNA\b|national army factions?|[“\"]national army[”\"]|so[- ]called (?:syrian )?national army|pro[- ]turkish (?:syrian )?(?:factions?|fighters|rebels|militias?|militiamen|groups?|mercenaries|militants)|(?:the )?turkish occupation[’']?s? (?:mercenaries|militias?|factions?)|(?<!us )(?<!u\.s\. )(?<!american )(?<!russian )(?<!iranian )(?<!-backed )(?<!-led )occupation[’']s (?:mercenaries|militias?|factions?)|(?:turkish )?occupation mercenaries|mercenaries of the (?:turkish )?occupation"
        # the occupation's own hired fighters: "the occupation army's mercenaries", "the occupation state's factions"
        r"|occupation (?:army|state)[’']s (?:mercenaries|militias?|factions?)"
        # the Kurdish press's hired "factions" (north-east Syria's factions are Turkey's): "the mercenary factions attacked"
        # (not those another sponsor is named with: "Iranian mercenary factions", "the regime's mercenary factions",
        # "mercenary factions loyal to Iran")
        r"|(?<!iranian )(?<!iran[’']s )(?<!russian )(?<!russia[’']s )(?<!regime )(?<!regime[’']s )(?<!government[’']s )"
        r"(?<!-backed )(?<!-linked )(?<!-aligned )mercenary factions?"
        r"(?! (?:of|loyal to|affiliated with|backed by|linked to) (?:the )?(?:syrian |assad )?(?:regime|iran|russia|government))"
        # the SNA's named factions: "the Sultan Murad Division", "al-Hamzat", "Ahrar al-Sharqiya", "the Amshat"
        r"|sultan murad(?: division| brigade| faction)?|(?:al-)?hamza (?:division|brigade)|(?:al-)?hamzat"
        r"|ja[iy]sh al-sharqiy?a|ahrar al-sharqiy?a|(?:sultan )?suleiman shah (?:division|brigade)|(?:al-)?amshat"
        r"|levant front|al-jabha al-shamiy?a|jabhat al-shamiy?a|faylaq al-sham|(?:al-)?mu[’']?tasim (?:division|brigade)",
        "Turkish-backed factions",
    ),
    # Deir ez-Zor's Arab tribes in arms against the SDF (2023): "tribal fighters", "the tribal forces", "clan gunmen".
    # Named "Arab tribal fighters", the press's and the coders' words ("tribal fighters"), which the map's filter shows
    (
        # ("tribal gunmen" who kill a civilian stay as written: an armed party is not named by it)
        r"(?:arab )?tribal (?:fighters|forces|militias?|militants)|tribesmen|clan (?:fighters|militias?)"
        r"|arab tribes(?:'|’)? (?:forces|fighters)|fighters of the (?:arab )?tribes"
        # fighters named by the tribe or its leader they follow: "militiamen loyal to the clan's elder", "fighters loyal
        # to tribal leader X", "militiamen of the clan" (its "gunmen" loyal to a leader stay unnamed, as "tribal
        # gunmen" do)
        r"|(?:fighters|militiamen) (?:loyal to|of) (?:the |a |an )?(?:(?:arab|local|[a-z-]+) )?(?:tribe|tribal|clan)"
        # men told by the tribe or clan they come from: "gunmen from the Baggara tribe", "members of local clans", "men
        # of the tribe" (not the two sides of a feud, "members of two clans", which name no party)
        r"|" + _TRIBESMEN_WORDS + r" (?:from|of) (?:the |a |an )?"
        r"(?!(?:two|three|both|rival|several|different)\b)(?:(?!al[- ])[a-z][a-z-]* ){0,2}?(?:tribes?|clans?)"
        # by the tribe's own name, only its armed men: "gunmen of the al-Bakir tribe" (its "members" and "men" stay as
        # written, a side of a feud, and so does "the al-Bakir tribe" itself, below)
        r"|" + _ARMED_TRIBESMEN_WORDS + r" (?:from|of) (?:the )?al[- ][a-z]+ (?:tribes?|clans?)",
        TRIBAL_FIGHTERS,
    ),
    (
        # ("Iran-aligned militias", "Iran-linked groups", "Iran-backed militants": the sponsor's other words and the
        # militants' own)
        # (also with the fighters' country or creed between: "Iran-backed Iraqi militants", "pro-Iranian Shiite militias")
        r"(?:iran(?:ian)?[- ](?:backed|aligned|linked|affiliated|allied|supported|sponsored|loyal)|pro[- ]iran(?:ian)?|iranian) (?:armed )?"
        r"(?:(?:iraqi|shiite|shi[’']ite|shia|afghan) )?"
        r"(?:militias?|militiamen|militants|fighters|groups?|forces|proxies|factions)|revolutionary guards?|\bIRGC\b|islamic resistance in iraq"
        # the Iraqi militias' own name for their alliance, "the Iraqi resistance": "Iraqi resistance forces fired
        # missiles", "the Iraqi Resistance Factions claimed" (not "the Islamic Resistance" alone, also Hamas's name)
        r"|iraqi (?:islamic )?resistance(?: (?:forces|factions|groups|fighters|movements?))?"
        r"|(?:lebanese |iraqi )?hezbollah|hizbollah|popular mobili[sz]ation (?:forces|units)|\bPMF\b|fatemiyoun|zainabiyoun"
        # "militias loyal to Iran", "factions aligned with Tehran", "Iran's militias", "the Quds Force"
        r"|(?:militias?|fighters|groups?|forces|factions?|militants|cells) (?:loyal to|backed by|affiliated (?:with|to)|linked to|aligned with) (?:iran|tehran)\b"
        r"|(?:iran|tehran)[’']s (?:militias?|proxies|proxy (?:militias?|groups?|forces))|(?:al-)?quds force"
        r"|iranian(?:-made)? (?:drones?|uavs?|kamikaze drones?|rockets?)"
        # the weapon's origin told after it: "a drone of Iranian origin", "judged the drone to be of Iranian origin",
        # "the drone was Iranian", "a UAV, judged to be of Iranian make,"
        r"|(?:drones?|uavs?|unmanned aerial vehicles?|rockets?|missiles?),? (?:(?:was|were|is|are|(?:(?:assessed|believed|thought|judged|determined|said) )?to be) )?of iranian (?:origin|make|manufacture)"
        r"|(?:drones?|uavs?) (?:was|were|is|are) (?:an? )?iranian(?: ones?| drones?)?\b"
        # Iraq's and the region's Iran-aligned militias by name ("Kataeb Hezbollah", "Asaib Ahl al-Haq", "al-Nujaba")
        r"|kata(?:e|i|[’']?i)b (?:hezbollah|hizbollah|hizballah|sayyid al-shuhada)|(?:harakat )?(?:hezbollah )?al-nujaba"
        r"|asa(?:[’']?i|e)b ahl al-haq|liwa (?:al-)?(?:fatemiyoun|zainabiyoun|abu al-fadl al-abbas)|(?:al-)?baqir brigade",
        "Iran-backed militias",
    ),
    # Iraq's state forces, which struck and shelled the Islamic State across the border: by their arms, aircraft and
    # commands ("Iraqi artillery", "Iraqi F-16s", "Iraq's air force", "the Iraqi Counter-Terrorism Service"); Iraqi
    # militias are named apart (the Popular Mobilisation Forces, Kataib Hezbollah: Iran-backed)
    (
        r"iraqi (?:armed forces|security forces|government forces|forces|army|military|troops|soldiers|artillery|howitzers|"
        r"(?:war)?planes?|(?:fighter[- ])?jets?|aircraft|air force|(?:army |attack )?helicopters?|drones?|uavs?|unmanned (?:aerial |combat )?(?:aircraft|vehicles?)|border guards?|"
        r"(?:air ?)?strikes?|airstrikes?|air raids?|shelling|bombardment|[a-z]{1,2}-\d{1,3}[a-z]?s?(?: (?:fighter )?(?:jets?|aircraft|warplanes))?)"
        r"|iraq[’']?s (?:military|army|armed forces|air force|forces|troops|(?:war)?planes|(?:fighter[- ])?jets|aircraft|artillery)"
        r"|(?:iraqi )?counter[- ]terrorism service|iraqi joint operations command"
        # a weapon attributed with reserve: "warplanes believed to be Iraqi" (as the Russian, Turkish, Israeli ones)
        # (told after the weapon itself: "a man said to be Iraqi" is a person's nationality, not a party)
        rf"|{_WEAPON_BEFORE_RESERVE}iraqi(?: ones?)?",
        "Iraqi military",
    ),
    (
        r"u\.?s\.?[- ]led (?:international |anti[- ](?:isis|isil|is|daesh) )?(?:coalition|alliance)|international coalition|anti[- ](?:isis|isil|is|daesh) coalition|global coalition|coalition (?:war)?planes?|coalition (?:fighter[- ])?jets?|coalition aircraft|coalition (?:military )?forces|coalition (?:helicopters?|(?:armed )?drones?|uavs?|unmanned (?:aerial |combat )?(?:aircraft|vehicles?)|troops)|the coalition|u\.?s\.?[- ]led|(?:u\.?s\.?|american) occupation(?: forces| troops| army| helicopters| aircraft)?|american (?:war)?planes?|american (?:special (?:operations? )?)?(?:forces|troops|aircraft|(?:fighter[- ])?jets?|helicopters?|(?:armed )?drones?|uavs?|unmanned (?:aerial |combat )?(?:aircraft|vehicles?))|u\.?s\.? (?:war)?planes?|u\.?s\.? (?:special (?:operations? )?)?(?:forces|troops|aircraft|(?:fighter[- ])?jets?|helicopters?|military|(?:armed )?drones?|uavs?|unmanned (?:aerial |combat )?(?:aircraft|vehicles?))|(?:u\.?s\.?|american|united states|coalition) (?:military |air |aerial |drone )?(?:strikes?|airstrikes?|raids?|attacks|bombing|bombardment)|u\.?s\.? central command|\bcentcom\b"
        # "US soldiers", "America's forces", "Washington's drones", the coalition by its operation's name
        r"|(?:u\.?s\.?|american|coalition) (?:artillery(?: fire| shells?)?|shelling|shells|rocket fire|gunfire|(?:fighter[- ])?jets|warplanes)"
        r"|(?:u\.?s\.?|american) soldiers|(?:america|washington)[’']s (?:forces|troops|soldiers|military|aircraft|(?:war)?planes|jets|drones?|helicopters?)"
        r"|operation inherent resolve|cjtf-oir|combined joint task force(?:[- ]operation inherent resolve)?"
        # aircraft named by type: "U.S. F-15 fighter jets", "American A-10s", "US F-16E aircraft"
        r"|(?:u\.?s\.?|american) [a-z]{1,2}-\d{1,3}[a-z]?s?(?: (?:fighter )?(?:jets?|aircraft|warplanes|bombers|gunships?))?"
        # its own aircraft, drones and rocket artillery by type, named bare ("an MQ-9 Reaper", "Reaper drones", "A-10
        # Warthogs", "B-52 bombers", "HIMARS rockets", "Apache helicopters": in north-east Syria only the coalition flies
        # or fires them)
        r"|(?:u\.?s\.?|american) (?:apache|black hawk|chinook)s?(?: (?:attack )?helicopters?)?"
        r"|mq-(?:9|1c?)s?(?: (?:reapers?|predators?|gray eagles?))?(?: drones?)?|reaper drones?|predator drones?"
        r"|(?:a-10|b-52|b-1b?|ac-130[a-z]?|f-15e|f-22|ah-64)s?(?: (?:warthogs?|thunderbolts?|bombers?|gunships?|apaches?|(?:fighter )?jets?|aircraft|(?:attack )?helicopters?))?"
        r"|(?:(?:u\.?s\.?|american) )?himars(?: rockets?| launchers?| strikes?)?"
        # jihadist posts name the coalition by its faith or its leader: "the crusader alliance", "the crusaders'
        # aircraft", "the American-led alliance"
        r"|crusader(?:s[’']|[’']s)? (?:alliance|coalition|aircraft|aviation|(?:war)?planes|jets|drones?|forces|(?:air ?)?strikes?)"
        # "the alliance aviation", "the alliance's jets" (opposition posts' word for the coalition's aircraft)
        r"|alliance(?:[’']s)? (?:aviation|aircraft|(?:war)?planes|jets)"
        r"|american[- ]led (?:international )?(?:coalition|alliance)"
        # "jets, thought to be American," (the weapon's owner told with reserve, as the other states')
        rf"|{_WEAPON_BEFORE_RESERVE}(?:the )?(?:u\.s\.?|us|american)(?![\w-])(?! (?:soldiers|troops|fighters|members|forces|officers|agents|nationals|citizens|personnel))(?: ones?| jets| warplanes| aircraft| drones?)?"
        # the coalition's other air forces, which struck in Syria within it: "French airstrikes", "British Tornados",
        # "RAF Typhoons", "Jordanian jets"
        r"|(?:french|british|royal air force|raf|australian|jordanian|dutch|belgian|danish) (?:(?:war)?planes?|(?:fighter[- ])?jets?|aircraft|"
        r"air ?strikes?|airstrikes?|air raids?|drones?|rafales?|tornados?|typhoons?|reapers?)",
        "US-led coalition",
    ),
    (
        # its well-known names (:data:`ORGANISATION_NAMES`; the capitalised "IS" is matched case-sensitively below)
        r"islamic state(?: group| of iraq and (?:syria|the levant))?|"
        + "|".join(rf"\b{re.escape(n.lower())}\b" for n in ORGANISATION_NAMES["ISIS"] if n != "IS" and " " not in n)
        # its own posts: "the soldiers of the caliphate"
        + r"|soldiers of the caliphate",
        "ISIS",
    ),
    # Turkey's name for the SDF and its Kurdish core ("PKK/YPG terrorists", "the YPG/PKK"), in Turkish official wording:
    # kept apart from the SDF (coders record the party as the text names it); a bare "YPG" stays the SDF
    (
        r"\bpkk(?:/(?:pyd-|kck-)?ypg|/kck|/pyd)?\b|\bypg/pkk\b|kurdistan workers[’']? party"
        # the Turkish General Staff's older name for them: "PYD/YPG terrorists", "the PKK/PYD-YPG"
        r"|\bpyd[/-]ypg\b|\bypg[/-]pyd\b",
        "PKK/YPG",
    ),
    (
        # (also "Syria Democratic Forces", as the Observatory's English bulletins spell it)
        r"syrian? democratic forces|kurdish[- ]led (?:forces|sdf|fighters|militias?|alliance)|"
        r"(?:u\.?s\.?|american|coalition)[- ](?:backed|allied|supported) (?:kurdish[- ]led |syrian |syrian kurdish[- ]led )?(?:forces|fighters|militias?|alliance|kurdish fighters)|\bsdf\b|\bypg\b|people'?s protection units|women'?s protection units|\bypj\b|kurdish (?:fighters|forces|militias?)|\bqsd\b(?: militias?)?",
        "SDF",
    ),
    (
        r"\basayish\b|internal (?:kurdish )?security forces|kurdish (?:internal )?security forces"
        # the Autonomous Administration's police by its government's name
        r"|(?:security|police) forces of the (?:kurdish[- ]led |self[- ]declared |autonomous )*(?:autonomous )?administration"
        r"|(?:kurdish[- ]led |autonomous |self[- ])?administration[’']s (?:security|police) forces",
        "Asayish",
    ),
    # the government's militia, a party of its own in ACLED's coding and in reports of its fights with the Asayish
    (r"national defen[cs]e forces|\bNDF\b", "NDF"),
    (
        r"syrian arab army|syrian (?:government|regime) forces|(?<!free )syrian army|syrian troops|syrian government troops|pro[- ](?:government|regime|assad) (?:forces|militias?|fighters)|government (?:forces|troops)|regime (?:forces|troops|warplanes?|(?:war)?planes?|(?:fighter[- ])?jets?|aircraft|helicopters?)|assad'?s? (?:forces|regime|troops)|"
        # its ministry and command, which speak for it in their releases ("its forces repelled an attack, the Syrian
        # Ministry of Defence said", its General Command of the army and of the armed forces)
        r"syrian (?:ministry of defen[cs]e|defen[cs]e ministry)|general command of the (?:syrian )?army and(?: the)? armed forces|"
        # the army's weapons and militias named by the regime ("regime artillery", "Assad militias", "Syrian government
        # jets", "Syrian warplanes")
        r"(?:syrian )?(?:regime|government)(?:'s|’s)? (?:artillery|shelling|shells|rockets|missiles|bombardment|(?:war)?planes?|(?:fighter[- ])?jets?|"
        r"tanks|drones?|mortars|rocket launchers|barrel bombs?|"
        # its jets by their make ("a regime MiG", "regime Su-22s")
        r"mig(?:-?\d+)?s?|sukhois?|su-?\d+s?|"
        r"gunfire|bullets|snipers?|sniper fire|"
        r"aircraft|helicopters|militias?|soldiers|(?:air ?)?strikes?|airstrikes?|air raids?)|assad(?:'s|’s)? (?:militias?|warplanes|jets|aircraft|"
        r"helicopters|artillery|soldiers)|syrian (?:(?:war)?planes?|(?:fighter[- ])?jets?|helicopters?|artillery)|loyalist (?:forces|troops|militias?)|the regime"
        # "the Syrian government's forces", "Damascus' troops", its security branches ("the regime's Military Security",
        # "Air Force Intelligence"), and the regime by name ("warplanes of the Syrian regime")
        r"|syrian (?:government|regime)[’']s (?:forces|troops|army)|damascus(?:[’']s|[’']) (?:forces|troops|army|soldiers)"
        r"|(?:(?:syrian )?(?:regime|government)(?:[’']s)? )?(?:military security(?: branch| forces| service)?|air force intelligence"
        r"|state security (?:branch|forces|service)|fourth (?:armou?red )?division|republican guard)|syrian regime"
        r"|(?:regime|government)(?:[’']s)? (?:security|intelligence) (?:forces|services|branch(?:es)?|agencies|personnel|members)"
        # fighters named by their allegiance to Damascus: "factions affiliated with the government", "militias loyal to
        # the regime"
        r"|(?:factions?|militias?|groups?|gunmen|fighters|forces) (?:affiliated (?:with|to)|loyal to|linked to|backed by) (?:the )?(?:syrian )?(?:government|regime|damascus)\b"
        # ... and by the allegiance written before them as one word: "Damascus-affiliated factions", "regime-aligned
        # militias", "government-linked gunmen" (not "-backed": "regime-backed militias" is how the press names the NDF;
        # nor another state's or authority's government or regime: "Iraqi government-aligned forces")
        r"|(?<!iraqi )(?<!iranian )(?<!turkish )(?<!russian )(?<!israeli )(?<!kurdish )(?<!kurdistan )(?<!region )"
        r"(?<!regional )(?<!administration )(?<!autonomous )(?:government|regime|damascus|assad)-(?:affiliated|aligned|allied|linked|loyal) (?:armed )?"
        r"(?:factions?|militias?|militiamen|groups?|gunmen|fighters|forces)"
        # the forces named by the government they serve, the name after them: "forces of the Syrian government",
        # "security forces of the Damascus government", "troops of the regime"
        r"|(?:(?:security|government|army|military) )?(?:forces|troops|soldiers) of the (?:syrian |damascus |transitional |interim )?(?:government|regime)\b"
        # the Syrian air force's strikes by the country's adjective, as its jets are ("Russian and Syrian air strikes")
        r"|syrian (?:air ?strikes?|airstrikes?|air raids?)"
        # its air force and its army by the state's name ("the Syrian Air Force bombed X", "Syrian government army
        # drones"), and its weapons and forces named after the regime with no article ("fighter jets of regime")
        r"|syrian (?:arab )?air force|syrian (?:government|regime)[’']?s? army"
        r"|(?:(?:war)?planes?|(?:fighter[- ])?jets?|aircraft|helicopters?|drones?|artillery|tanks|snipers?|forces|troops)"
        r" of (?:the )?(?:syrian )?regime\b",
        "Syrian army",
    ),
    (
        # (also named by what Kurdish and Syrian state outlets call them: "the Turkish invasion army", "Turkish regime
        # forces"; and "a Turkish fighter drone")
        r"turkish (?:occupation |occupying |invasion |invading |regime )?(?:armed forces|forces|army|military|troops|soldiers|artillery|"
        r"(?:(?:kamikaze|suicide|armed|attack|combat|fighter|military|army|unmanned|intelligence) )?(?:drones?|uavs?)|bayraktars?|(?:military )?bases|"
        r"(?:military |border )?(?:posts?|outposts?)|"
        r"unmanned (?:(?:aerial|combat) vehicles?|(?:aerial |combat )?aircraft)|(?:attack |army |t-129 (?:atak )?|atak )?helicopters?|tanks?|howitzers?|"
        r"[a-z]{1,2}-\d{1,3}[a-z]?s?(?: (?:fighter )?(?:jets?|aircraft|warplanes|helicopters?))?|"
        r"intelligence(?: (?:agency|service|organi[sz]ation))?|(?:special forces|commandos)|"
        r"(?:missile |artillery |mortar |tank )?(?:shells|missiles?|rockets?|mortars?)|(?:war)?planes?|(?:fighter[- ])?jets?|aircraft|"
        r"border guards?|(?:artillery |mortar |tank )?shell|(?:ground |heavy |artillery |rocket )?shelling|bombardments?|(?:drone |air |artillery )?strikes?|air ?strikes?|"
        r"air (?:raids?|attacks?)|attacks?|offensive|bombing|"
        r"gunfire|fire|bullets|snipers?(?: fire)?)"
        r"|turkish occupation|(?:turkey|ankara)[’']?s (?:army|military|forces|troops|drones?|warplanes|(?:fighter[- ])?jets|artillery)"
        # Kurdish outlets name the attacker "the (invading) Turkish state": "the invading Turkish state shelled A", "a drone
        # strike by the Turkish state" (not its media or its officials: "Turkish state media reported")
        r"|turkish state(?![’']s (?:media|news|agency|broadcaster))(?![- ](?:media|run|owned|news|agency|broadcaster|television|"
        r"tv|radio|outlets?|officials?|institutions?|secrets?|of\b))"
        r"|turkish[- ]operated (?:drones?|aircraft|warplanes?)"
        # Kurdish outlets name Turkey "the occupation state": "the occupation state's drone", "occupation state army"
        r"|occupation state(?:'s|’s)?(?: (?:army|forces|military|drones?|artillery|warplanes))?"
        # ... and "the occupation army", "an occupation drone" with no country (another country's occupation is named)
        # (the literal first, its context in look-behinds after it: a pattern opening with a literal is searched faster)
        # ("the occupation's drone", "the occupation's artillery": the possessive too)
        r"|occupation(?<!israeli occupation)(?<!us occupation)(?<!u\.s\. occupation)(?<!american occupation)"
        r"(?<!russian occupation)(?<!iranian occupation)(?:[’']s)? (?:army|drones?|artillery|warplanes|(?:fighter )?jets|aircraft|tanks|"
        # "occupation shells fell on the village", "the occupation's bombardment"
        r"(?:artillery |mortar |tank )?shells|shelling|bombardment|mortars?|rockets|missiles|(?:drone |air )?strikes)"
        r"|(?:turkish )?jandarma|turkish gendarmerie|turkish gendarmes?"
        # a weapon attributed with reserve: "a 'Turkish' drone", "a drone, said to be a Turkish one"
        r"|[‘'\"“]turkish[’'\"”] (?:drones?|warplanes|jets|aircraft)"
        # Turkey's own drone types: "a Bayraktar drone", "an Akinci UAV"
        r"|(?:bayraktar(?: tb2| akinci)?|akinci|anka(?:-s)?)(?: (?:drones?|uavs?))?"
        # (told after the weapon itself: "a man said to be Turkish" is a person's origin, not a party)
        rf"|{_WEAPON_BEFORE_RESERVE}turkish(?! (?:soldiers|troops|fighters|members|forces|officers|agents|nationals|citizens|personnel))(?: ones?| drones?)?"
        # the weapon's owner told after it: "the drone was Turkish"
        r"|(?:drones?|warplanes?|aircraft|jets?) (?:was|were|is|are) (?:an? )?turkish(?! (?:soldiers|troops|fighters|members|officers|agents|nationals|citizens|personnel))(?: ones?| drones?)?",
        "Turkish forces",
    ),
    (
        r"israeli (?:forces|army|military|(?:war)?planes?|(?:fighter[- ])?jets?|aircraft|drones?|uavs?|air force|(?:air )?strikes?|airstrikes?|air raids?|missiles?)"
        # "unidentified warplanes, believed to be Israeli,"
        # (told after the weapon itself: "a trader believed to be Israeli" is a person's origin, not a party)
        rf"|{_WEAPON_BEFORE_RESERVE}israeli(?! (?:soldiers|troops|fighters|members|forces|officers|agents|nationals|citizens|personnel))(?: ones?| jets| warplanes| aircraft| drones?)?",
        "Israel",
    ),
    (
        r"russian (?:forces|troops|military police|patrols?|(?:war)?planes?|(?:fighter[- ])?jets?|aircraft|military|army|bombers?|helicopters?|drones?|uavs?|air force|(?:air )?strikes?|airstrikes?|air raids?|"
        r"bombardment|bombing"
        r"|aerospace forces|air and space forces|sukhois?(?: (?:jets?|bombers?|warplanes))?|[a-z]{1,3}-\d{1,3}[a-z]?s?(?: (?:fighter )?(?:jets?|bombers?|aircraft|warplanes|helicopters?))?)"
        r"|(?:russia|moscow)[’']?s (?:air force|military|forces|troops|warplanes|(?:fighter[- ])?jets|aircraft|helicopters|bombers|drones?)"
        # a weapon attributed with reserve: "warplanes believed to be Russian", "jets thought to be Russian ones"
        # (told after the weapon itself: "a woman thought to be Russian" is a person's origin, not a party)
        rf"|{_WEAPON_BEFORE_RESERVE}russian(?! (?:soldiers|troops|fighters|members|forces|officers|agents|nationals|citizens|personnel))(?: ones?| jets| warplanes| aircraft| drones?)?",
        "Russian forces",
    ),
    # Unnamed perpetrators (issue 8: "unidentified gunmen", "unknown" are not the actor; null when the text names
    # none). "Unidentified gunmen", "unknown assailants", "an unidentified drone", and bare "gunmen", "a gunman"
    # or "armed men", which name no party, give no actor (NO_ACTOR), nor do "local gunmen" (where they live). A word that
    # says which side they were on ("tribal gunmen", "local militants") or what they fought for ("jihadists", "insurgents") is kept as
    # written, lower-cased (AS_WRITTEN).
    (
        r"(?:unidentified|unknown|masked) (?:drones?|aircraft|warplanes|planes|jets|gunm[ae]n|attackers?|assailants?|men|"
        r"militants|persons|individuals|people|parties|groups?)",
        NO_ACTOR,
    ),
    (r"armed (?:gunm[ae]n|attackers?|assailants?|men|persons|individuals)", NO_ACTOR),
    # ("local gunmen", "local men": where they live, not whose side they fight on, so no party, as web collectors of
    # three sources code them; "local militants" keeps the word that says what they fight for)
    (r"local (?:gunm[ae]n|attackers?|assailants?|men|persons|individuals)", NO_ACTOR),
    (r"(?:armed|local|tribal) (?:gunm[ae]n|attackers?|assailants?|men|militants|persons|individuals)", AS_WRITTEN),  # (local: militants)
    (r"gunm[ae]n", NO_ACTOR),
    (r"jihadists|insurgents", AS_WRITTEN),
    # Fighters named by what they are, of no party the text names: "Syrian rebels", "the rebel factions", and the
    # state's "security forces" with no country or party before them ("security forces exchanged fire with smugglers"),
    # kept as written, as coders record them. Only with no word before them that says whose they are ("Kurdish-led
    # security forces", "Turkish security forces", "allied rebels" are another party's or a party's allies); a party's
    # own name is matched first ("Turkish-backed Syrian rebels", "Iraqi security forces", "the Internal Security
    # Forces", "government security forces"). Not "rebel-held", nor "rebel" alone, an adjective of people.
    (
        r"(?:(?<=the )|(?<![a-z][ -]))(?:(?:syrian |islamist )?rebels|rebel (?:fighters|groups|factions|brigades))",
        AS_WRITTEN,
    ),
    (r"(?:(?<=the )|(?<![a-z][ -]))(?:syrian |public )?security forces", AS_WRITTEN),
    # a clan named as an armed side of a feud, as written: "the al-Shaitat clan" (not "two clans", which names none)
    (r"al[- ][a-z]+ (?:clan|tribe)", AS_WRITTEN),
    # Kurdish outlets' word for the armed enemy, whichever it is ("the mercenaries attacked a car", "a mercenary cell
    # assassinated"): kept as written when the text names no party it belongs to ("mercenaries of ISIS" is ISIS)
    (r"mercenar(?:ies|y)(?: (?:cells?|groups?|gangs?))?", AS_WRITTEN),
)
# What a state does as an agent, also told by itself: "Turkey shelled", "Russia said it had struck".
_STATE_ACTS = (
    # ("Washington said its forces killed ...": the state reporting its forces' action)
    r"(?:(?:said|says|announced|confirmed) (?:that )?(?:it|its (?:forces|troops|aircraft|jets|warplanes|drones)) (?:had |has )?)?"
    r"(?:attacked|struck|shelled|bombed|targeted|hit|pounded|launched|killed|carried out|conducted|neutrali[sz]ed)\b"
)


#: The prepositions that make the state before a violent verb a place, not the agent: "a man who had lived in Turkey
#: killed his cousin", "a trader back from Iraq shot a guard" (the state acting is the subject: "Turkey shelled").
_STATE_AS_PLACE_BEFORE = ("in", "from", "to", "into", "at", "across", "inside", "near", "through", "within", "via", "toward", "towards", "outside")


def _state_agent(name: str) -> str:
    """``\\b{name}(?= {_STATE_ACTS})|(?<=\\bby ){name}\\b``, written name first with its context in look-behinds after
    it: the same matches, but a pattern opening with a literal is searched many times faster. The state accused or
    blamed is named too ("accused Turkey of", "blamed Israel for", "held Turkey responsible"): arguments weighs it.
    Not a state named as a place before the verb (:data:`_STATE_AS_PLACE_BEFORE`, also with "the")."""
    accused = "|".join(rf"(?<=\b{verb} {name})" for verb in ("accused", "accuses", "accusing", "blamed", "blames", "blaming", "held", "holds"))
    place = "".join(
        rf"(?<!\b{word[0]}{word[1:]} {article}{name})(?<!\b{word[0].upper()}{word[1:]} {article}{name})"
        for word in _STATE_AS_PLACE_BEFORE
        for article in ("", "the ")
    )
    return rf"{name}(?:(?<=\b{name}){place}(?= {_STATE_ACTS})|(?<=\bby {name})\b|(?:{accused})(?= (?:of|for|(?:fully )?responsible)\b))"


#: Names written in capitals that are words too: matched case-sensitively.
_CASE_SENSITIVE_ACTORS: tuple[tuple[str, str], ...] = (
    (r"\bIS\b", "ISIS"),
    # the SDF's anti-terror units ("HAT forces") and the coalition's operation ("OIR said"), by their acronyms
    (r"\bHAT\b", "SDF"),
    (r"\bOIR\b", "US-led coalition"),
    # the Syrian Arab Army by its acronym, in capitals: the scanner reads lowered text, where "saa" is also a word of
    # place names ("the Saa roundabout", Raqqa's clock square)
    (r"\bSAA\b", "Syrian army"),
    # the coalition named bare beside its partner: "Coalition and SDF forces raided" (the scanner's phrases cannot
    # look ahead)
    (r"\b[Cc]oalition(?= and (?:the )?(?:SDF|Syrian Democratic Forces|Asayish|[Pp]artner(?:ed)? forces)\b)", "US-led coalition"),
    # the SDF's local military councils: "the Deir Ezzor Military Council", "Tel Tamr Military Council Forces"
    # (a name with a joined article in lower case is read whole: "the Deir ez-Zor Military Council")
    (r"\b[A-Z][\w’'-]*(?:[- ](?:[a-z]{1,2}-)?[A-Z][\w’'-]*){0,2} Military Councils?\b", "SDF"),
    # a state as the agent of a violent verb or of "by" ("Turkey attacked a school", "strikes carried out by Israel"),
    # not as a place ("in Turkey", "fired at Israel")
    # ("Turkey said it had struck ...": the state reporting its own action)
    (_state_agent("Turkey"), "Turkish forces"),
    (_state_agent("Israel"), "Israel"),
    (_state_agent("Russia"), "Russian forces"),
    (_state_agent("Iraq"), "Iraqi military"),
    # ... and by its capital: "Washington said its forces killed", "Ankara shelled", "strikes by Moscow"
    (_state_agent("Washington"), "US-led coalition"),
    # ... and the United States by its name ("The United States launched strikes on X", "strikes carried out by the
    # United States"), as the other states are (not "US", "U.S." alone: mostly the adjective of its forces, read above)
    (_state_agent("United States"), "US-led coalition"),
    (_state_agent("Ankara"), "Turkish forces"),
    (_state_agent("Moscow"), "Russian forces"),
)

#: The SDF was founded on 10 October 2015. Before it the Kurdish People's Protection Units fought under their own
#: name, which the press and the coders give them ("the YPG", "Kurdish fighters"): an incident of that time that the
#: text credits to the SDF's Kurdish core (the lexicon's "SDF") is the YPG's (:func:`actor_of_its_time`).
SDF_FOUNDED = datetime.date(2015, 10, 10)
PRE_SDF_NAME = "YPG"

ACTOR_SCANNER: PhraseScanner[str] = PhraseScanner(_ACTORS)
NAMED_ACTORS = frozenset(name for _, name in _ACTORS if name not in (AS_WRITTEN, NO_ACTOR)) | {PRE_SDF_NAME}


def actor_of_its_time(actor: str | None, day: datetime.date | None) -> str | None:
    """The party by the name it had on ``day``: "SDF" before :data:`SDF_FOUNDED` is the YPG, and so is the SDF in a
    joint operation ("SDF and US-led coalition": "YPG and US-led coalition"); else ``actor``."""
    if day is None or day >= SDF_FOUNDED:
        return actor
    return _sdf_as_ypg(actor)


def _sdf_as_ypg(actor: str | None) -> str | None:
    """``actor`` with the SDF named as the YPG, alone or in a joint operation ("SDF and US-led coalition": "YPG and
    US-led coalition"); any other party as it is."""
    if actor == "SDF":
        return PRE_SDF_NAME
    allies = joint_members(actor)
    if "SDF" in allies:
        return joint_actor(PRE_SDF_NAME, next(iter(allies - {"SDF"}))) or actor
    return actor


#: The SDF's Kurdish core named by its own name ("the YPG", "YPG fighters", "People's Protection Units"; not Turkey's
#: "PKK/YPG" nor "YPG/PKK", a party of its own) and the SDF named as such ("SDF", "Syrian Democratic Forces", "QSD").
_YPG_NAMED_RE = compile_guarded(r"(?<!/)\bYPG\b(?!/)|people'?s protection units", re.IGNORECASE)
_SDF_NAMED_RE = compile_guarded(r"\bSDF\b|\bQSD\b|democratic forces|kurdish[- ]led", re.IGNORECASE)


def actor_as_named(actor: str | None, evidence: str) -> str | None:
    """The SDF by the name the text gives it: an incident whose evidence names the party only as the YPG ("clashes
    between the YPG and ISIS", "YPG shells fell on Kilis") is the YPG's, as the coders record the party the text
    names (every development writer so, also after the SDF's founding); the SDF's joint operations likewise. Else
    ``actor``."""
    if actor is None or not _YPG_NAMED_RE.search(evidence) or _SDF_NAMED_RE.search(evidence):
        return actor
    return _sdf_as_ypg(actor)


CASE_SENSITIVE_ACTOR_RES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), name) for p, name in _CASE_SENSITIVE_ACTORS
)
#: The same patterns with the literal each match contains (:func:`required_literal`): a text without it is not
#: searched (most clauses name none of these, and eleven searches per clause cost as much as the actor scan).
GATED_CASE_SENSITIVE_ACTOR_RES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (pattern, name, required_literal(pattern.pattern)) for pattern, name in CASE_SENSITIVE_ACTOR_RES
)



#: Parties that fight side by side: an operation of one "backed by" or "in cooperation with" the other is a joint
#: operation of both ("the SDF, supported by coalition helicopters, raided ..."), named by one joint actor (as
#: ACLED pairs an actor with its associated actor). Other pairs ("the SDF and ISIS clashed") are adversaries.
JOINT_ACTORS: dict[frozenset[str], str] = {
    frozenset({"SDF", "US-led coalition"}): "SDF and US-led coalition",
    # (the SDF's Kurdish core before the SDF was founded, with the coalition's air support: :func:`actor_of_its_time`)
    frozenset({PRE_SDF_NAME, "US-led coalition"}): f"{PRE_SDF_NAME} and US-led coalition",
    frozenset({"Asayish", "US-led coalition"}): "Asayish and US-led coalition",
    frozenset({"Syrian army", "Russian forces"}): "Syrian army and Russian forces",
    frozenset({"Syrian army", "Iran-backed militias"}): "Syrian army and Iran-backed militias",
    frozenset({"Turkish forces", "Turkish-backed factions"}): "Turkish forces and Turkish-backed factions",
}


def joint_actor(first: str, second: str) -> str | None:
    """The joint actor of two allied parties (in either order), or None when they are not allies."""
    return JOINT_ACTORS.get(frozenset({first, second})) if first != second else None


def joint_members(actor: str | None) -> frozenset[str]:
    """The allied parties of a joint actor ("SDF and US-led coalition" -> SDF, US-led coalition); empty otherwise."""
    return _JOINT_MEMBERS.get(actor or "", frozenset())


def same_party(first: str | None, second: str | None) -> bool:
    """The same named party, or one of the allies of a joint one ("SDF" in "SDF and US-led coalition")."""
    if first is None or second is None:
        return False
    return first == second or first in joint_members(second) or second in joint_members(first)


#: Parties that fight on one side in the north-east (beyond :data:`JOINT_ACTORS`' named joint operations): the dead of
#: two of one camp are not the dead of both sides of a fight.
ALLIED_CAMPS: tuple[frozenset[str], ...] = (
    frozenset({"SDF", PRE_SDF_NAME, "Asayish", "US-led coalition"}),
    frozenset({"Syrian army", "NDF", "Russian forces", "Iran-backed militias", "Hezbollah"}),
    frozenset({"Turkish forces", "Turkish-backed factions"}),
)


def allied(first: str, second: str) -> bool:
    """Whether two named parties fight on one side: the same party, a joint actor's ally, or one camp's."""
    return same_party(first, second) or any(first in camp and second in camp for camp in ALLIED_CAMPS)


def is_named_actor(actor: str | None) -> bool:
    """True for a canonical party ("SDF") or a joint operation of allies ("SDF and US-led coalition"); False for
    none and for an unnamed one written as in the text ("gunmen")."""
    return actor in NAMED_ACTORS or actor in _JOINT_NAMES


_JOINT_NAMES = frozenset(JOINT_ACTORS.values())
_JOINT_MEMBERS = {name: members for members, name in JOINT_ACTORS.items()}


#: Actors whose own weapons are aircraft: their generic "strikes"/"bombing" are air strikes (Israel strikes Syria
#: from the air: "an Israeli strike on a convoy").
AIR_ACTORS = frozenset({"US-led coalition", "Russian forces", "Israel", "Iraqi military"})
#: The parties that fly warplanes over the north-east: the air powers above, and the Turkish and Syrian states (whose
#: strikes the press tells by drones and artillery as often as by jets). The others (the Islamic State, the SDF and
#: its Kurdish core, the Asayish, the militias, the factions, the tribes) strike from the ground or with drones only.
AIRCRAFT_PARTIES = AIR_ACTORS | {"Turkish forces", "Syrian army"}


def flies_aircraft(actor: str | None) -> bool:
    """Whether ``actor`` is a named party with warplanes (:data:`AIRCRAFT_PARTIES`), alone or in a joint operation
    ("SDF and US-led coalition")."""
    return actor in AIRCRAFT_PARTIES or bool(joint_members(actor) & AIRCRAFT_PARTIES)

# --------------------------------------------------------------------------
# Governorates: canonical name -> spelling pattern (case-insensitive).

_GOVERNORATE_PATTERNS: dict[str, str] = {
    "Al-Hasakah": r"(?:al[- ]|el[- ])?ha(?:s|ss)[ae](?:k|kk)(?:ah|a|eh|e)",
    "Ar-Raqqah": r"(?:ar[- ]|al[- ]|er[- ])?ra(?:qq|q|kk)a(?:h)?",
    # (also the article's vowel alone before the hyphen: "Deir e-Zor", "Dayr a-Zawr")
    "Deir ez-Zor": r"d(?:ei|ai|e|a)y?r[- ]?(?:(?:e|a)[zl]{1,2}[- ]?|(?:e|a)[sdrt]{1,2}[- ]|(?:e|a)-)?z(?:oo|o|ou|aw)r",
    # The other governorates are named too, so that a place "in Homs province" is read in Homs (outside
    # coverage, never mapped) rather than in a covered governorate named a sentence earlier. A bare
    # "Damascus" is left out: in news it mostly stands for the government ("the Damascus government").
    "Aleppo": r"aleppo|halab",
    "Idlib": r"idli?b|idleb",
    "Homs": r"homs|hims",
    "Hama": r"hamah?",
    "Latakia": r"latt?akiy?a|(?:al[- ])?la(?:dh|th)i?qiyah",
    "Tartus": r"tart[ou]u?s|tortosa",
    "Rif Dimashq": r"rif dimashq|reef dimashq|rural damascus|damascus countryside",
    "Daraa": r"dar(?:'|’)?aa?|dar'?a'?a|deraa",
    "As-Suwayda": r"(?:as[- ])?(?:suwaydah?|sweida|suwaida|soueida)",
    "Quneitra": r"quneitra|kuneitra|(?:al[- ])?qunaytirah",
}
# (one \b around the alternation, not one in each group: the same matches, found twice as fast)
#: The governorates' names in running text: :data:`GOVERNORATE_SCANNER` finds them (fast), GOVERNORATE_RE is its
#: IGNORECASE pattern (for a ``fullmatch``); the group of a match (``g0``, ``g1``, ...) says which governorate.
GOVERNORATE_SCANNER = CaseFoldedPattern(
    "\\b(?:" + "|".join(f"(?P<g{i}>{p})" for i, p in enumerate(_GOVERNORATE_PATTERNS.values())) + ")\\b"
)
GOVERNORATE_RE = GOVERNORATE_SCANNER.ignorecase
GOVERNORATE_NAMES: tuple[str, ...] = tuple(_GOVERNORATE_PATTERNS)

# --------------------------------------------------------------------------
# Place-name folding for comparing mentions within one document. Which governorate a town lies in is
# gazetteer knowledge (mapapp.geocode); the extractor takes governorates only from the text.

_ARTICLE_PREFIX_RE = re.compile(r"^(?:al|el|ar|as|ash|ad|at|ath|az|an|ez|ed|es)[\s\-‑]+", re.IGNORECASE)


# "Hajin countryside", "the eastern countryside of Hajin": one place with a qualifier, compared as the place. (The
# blanks before a last "countryside" are tried from the first of their run only: linear time.)
_QUALIFIER_RE = re.compile(
    r"^(?:the\s+)?(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+)?countryside\s+of\s+|(?<!\s)\s+countryside$"
    r"|^(?:the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern\s+|\s+of\s+)|^rural\s+",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)  # a pure function of the name, and a document compares the same names again and again
def normalize_place(name: str) -> str:
    """Fold a place name to compare two mentions of it in one document (``al-Busayrah``/``Busayrah``): no accents,
    no leading article, no spaces/hyphens, lower case."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = _QUALIFIER_RE.sub("", folded.strip())
    folded = _ARTICLE_PREFIX_RE.sub("", folded)
    return re.sub(r"[^a-z]", "", folded.lower())


# --------------------------------------------------------------------------
# Sources: (pattern, normalised name). Case-insensitive.

STATE_TV = "Syrian state television"
SOHR = "Syrian Observatory for Human Rights"

_SOURCES: tuple[tuple[str, str], ...] = (
    (
        r"syria[’']?s? (?:official |state[- ]run |state |government[- ]run |government )+(?:television|tv|media|news agency)(?: network| channel| station)?|syrian (?:state|official|state[- ]run|government) (?:television|tv|media|news agency)(?: network| channel)?|state[- ]run (?:television|tv|media|news agency)|state (?:television|tv|media|news agency)|official (?:syrian )?news agency|\bsana\b|syrian arab news agency|al[- ]ikhbariya|ikhbariya",
        STATE_TV,
    ),
    (
        r"syrian observatory(?: for human rights)?|\bsohr\b|(?:britain|uk|london|british)[- ]based (?:war )?monitor(?:ing group)?|the observatory|the monitoring group|the war monitor",
        SOHR,
    ),
    (r"(?:a )?local (?:sources?|activists?|residents?)", "local sources"),
    (r"(?:medical|hospital|health) (?:sources?|officials?)", "medical sources"),
    (r"(?:security|military) (?:sources?|officials?)", "security sources"),
    (r"(?:an? )?(?:eye)?witness(?:es)?", "witnesses"),
    (r"(?:a )?war monitor", "war monitor"),
    (r"activists", "activists"),
    (r"residents", "residents"),
    (r"kurdistan ?24", "Kurdistan24"),
    (r"\brudaw\b", "Rudaw"),
    (r"hawar news(?: agency)?|\banha\b|\bhawarnews\b", "Hawar News Agency"),
    (r"north press(?: agency)?|\bnpa\b", "North Press Agency"),
    (r"enab baladi", "Enab Baladi"),
    (r"deir ?ez?zor ?24|deir ez-zor 24", "Deir Ezzor 24"),
    # an activist group named after the city ("the Raqqa Is Being Slaughtered Silently group"): a source, no place
    (r"raqq?a is being slaughtered silently|\brbss\b", "Raqqa Is Being Slaughtered Silently"),
    (r"\breuters\b", "Reuters"),
    (r"\bafp\b|agence france[- ]presse", "AFP"),
    (r"associated press|\bAP\b", "Associated Press"),
    (r"press ?tv", "Press TV"),
    (r"al[- ]jazeera", "Al Jazeera"),
    (r"al[- ]masdar(?: news)?", "Al-Masdar News"),
    (r"\bxinhua\b", "Xinhua"),
    (r"\banadolu(?: agency)?\b", "Anadolu Agency"),
    (r"\btass\b|ria novosti", "Russian state media"),
    (r"syrian civil defen[cs]e|white helmets", "Syrian Civil Defence"),
    (
        r"(?:coalition|pentagon|centcom|central command) (?:officials?|spokesm[ae]n|statement)|operation inherent resolve|\bcjtf-oir\b",
        "US-led coalition",
    ),
    (r"sdf (?:media (?:center|centre|office)|spokesm[ae]n|statement|officials?)", "SDF"),
)
SOURCE_SCANNER: PhraseScanner[str] = PhraseScanner(_SOURCES)
#: Source names that count only when the sentence uses them as an attribution (said, reported...).
ATTRIBUTION_ONLY_SOURCES = frozenset(
    {"witnesses", "activists", "residents", "war monitor", "local sources", "US-led coalition", "SDF"}
)

# --------------------------------------------------------------------------
# Nouns.

PERSON_NOUNS = frozenset(
    """civilian civilians people person persons man men woman women child children boy boys girl girls baby babies
    infant infants teenager teenagers youth youths farmer farmers shepherd shepherds herder herders teacher shopkeeper shopkeepers trader traders merchant merchants worker workers member members
    fighter fighters soldier soldiers militant militants troops personnel refugee refugees resident residents
    villager villagers student students family families journalist journalists doctor doctors nurse nurses
    others relatives brothers sisters son sons daughter daughters father mother elderly officer officers guard guards
    recruits jihadists gunmen insurgents combatants rebels volunteers passengers drivers driver pupils teachers
    displaced nationals citizens individuals victims militiamen elder elders official officials commander commanders
    leader leaders mukhtar sheikh policeman policemen militiaman gunman lieutenant lieutenants sergeant sergeants colonel
    colonels conscript conscripts brother sister wife husband uncle cousin nephew dignitary dignitaries notable
    notables cleric clerics imam pharmacist engineer engineers merchant merchants trader traders female females male
    males emir emirs operative operatives jihadist passenger rider riders motorcyclist motorcyclists occupant occupants
    pedestrian pedestrians owner owners bodyguard bodyguards companion companions escort escorts aide aides
    assistant assistants friend friends colleague colleagues neighbour neighbours neighbor neighbors
    grandmother grandfather grandson granddaughter grandchildren grandsons granddaughters cadre cadres
    citizen mayor mayors activist activists employee employees priest priests pastor monk nun bishop
    guide guides smuggler smugglers contractor contractors politician politicians lawyer lawyers prisoner prisoners
    detainee detainees captive captives hostage hostages paramedic paramedics toddler toddlers recruit volunteer
    martyr martyrs baker bakers butcher butchers barber barbers tailor tailors mechanic mechanics labourer labourers laborer laborers
    vendor vendors peddler peddlers fisherman fishermen pupil classmate classmates comrade comrades passer-by passers-by passerby passersby bystander bystanders worshipper worshippers
    suspect suspects attacker attackers assailant assailants tribesman tribesmen mercenary mercenaries protester
    protesters protestor protestors demonstrator demonstrators mourner mourners patient patients pilot pilots sniper
    snipers associate associates co-chair co-chairs chairman chairwoman deputy deputies newborn newborns
    minor minors herdsman herdsmen hunter hunters informant informants extremist extremists terrorist
    terrorists spokesman agent agents recruiter electrician electricians technician technicians victim facilitator
    facilitators financier financiers serviceman servicemen servicemember servicemembers adviser advisers advisor
    advisors director directors interpreter interpreters translator translators element elements expert experts""".split()
)

TARGET_HEADS = frozenset(
    """school schools hospital hospitals clinic clinics market markets marketplace bakery bakeries mosque mosques
    church churches building buildings house houses home homes camp camps checkpoint checkpoints position positions
    site sites base bases headquarters hq post posts outpost outposts convoy convoys vehicle vehicles car cars truck
    trucks tanker tankers bus buses motorcycle motorcycles bridge bridges dam field fields oilfield oilfields well wells
    refinery refineries facility facilities depot depots warehouse warehouses office offices prison prisons station
    stations gathering gatherings farm farms shop shops restaurant hotel plant airport airbase compound compounds
    barracks stronghold strongholds hideout hideouts tent tents centre center council neighborhood neighbourhood
    targets infrastructure mill mills pipeline pipelines ambulance ambulances point points patrol patrols""".split()
)

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
#: The twelve months' full names, in lower case and in the year's order ("may" among them: a caller reading
#: capitalised text leaves it out where the verb or the name would read as the month).
FULL_MONTH_NAMES: tuple[str, ...] = tuple(
    max((name for name, number in MONTHS.items() if number == month), key=len) for month in range(1, 13)
)


def month_alternation(capitalised: bool = False) -> str:
    """The names and abbreviations of :data:`MONTHS` as one regex alternation, longest first ("june" before "jun"), in
    lower case, or ``capitalised`` for a case-sensitive pattern ("May" the month, not "may" the verb): the one list
    of month words the date readers (:mod:`~mapapp.extract.dates`, :mod:`~mapapp.extract.page_date`,
    :mod:`~mapapp.extract.layout`) and the background rules build their patterns from."""
    names = sorted(MONTHS, key=len, reverse=True)
    return "|".join(name.capitalize() for name in names) if capitalised else "|".join(names)


#: The countries abroad a report on north-east Syria heads a section or labels a line with ("Iraq", "Strikes in Iraq:"):
#: Syria's neighbours and Iran, as written (lower case).
COUNTRIES_ABROAD = frozenset({"iraq", "turkey", "türkiye", "turkiye", "jordan", "lebanon", "israel", "iran"})

#: The country (or a part of it) a military release closes one group of its struck regions with, before the next
#: group: "the regions of A and B in northern Iraq and C and D in northern Syria", "the A and B regions of Northern
#: Iraq, and the C and D regions of Northern Syria", "the areas of A in Iraq and of B in Syria" (a regex, case-free).
COUNTRY_OF_GROUP = (
    r"(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|(?:north|south|east|west)\s+of\s+)?"
    r"(?:Syria|Iraq|Turkey|T[üu]rkiye|Kurdistan\s+Region)"
)
#: Between the last name of one such group and the first of the next: the group's country, "and", and the next group's
#: opening words (" in northern Iraq and ", " regions of Northern Iraq, and the ", " in Iraq and of "; also the next
#: group's country told first: " regions in Northern Iraq and in <country> in the "; a regex, case-free, that reads a run of
#: blanks one way only: a comma is told with the blanks before it).
NEXT_GROUP_GAP = (
    r"\s+(?:regions\s+)?" + COUNTRY_OF_GROUP + r"(?:\s*,)?\s+and\s+(?:" + COUNTRY_OF_GROUP + r"(?:\s*,)?\s+)?"
    r"(?:(?:in|of|near)\s+)?(?:the\s+)?"
)

#: Capitalised words that are never place names (countries and bodies are places, but not incident sites here).
NOT_PLACES = frozenset(
    """syria iraq turkey russia iran israel lebanon jordan america united states us usa uk britain europe un nato
    damascus government ministry foreign affairs security council secretary general president the a an this that
    these those it its they he she we local sources kurdish arab syrian iraqi turkish russian american daesh isis
    isil sdf ypg takfiri state islamic coalition army monday tuesday wednesday thursday friday saturday sunday
    today yesterday observatory reuters afp sana kurdistan24 rudaw euphrates tigris khabur north south east west
    northern southern eastern western northeast northwest southeast southwest northeastern northwestern
    southeastern southwestern central upper lower greater old
    beirut washington moscow tehran paris london berlin brussels geneva amman cairo riyadh doha baghdad erbil
    rojava badia badiya badiyah kurdistan levant
    shia shiite shi'ite sunni christian assyrian yazidi yezidi ezidi armenian turkmen alawite druze bedouin syriac
    iraqis syrians turks kurds arabs russians iranians americans
    iranian israeli british french german lebanese jordanian saudi qatari emirati egyptian afghan
    defence defense interior internal justice intelligence
    christmas easter ramadan eid nowruz newroz
    international national revolutionary democratic human joint combined
    phase sector section annex
    targets target sites
    mr mrs ms dr
    furthermore moreover additionally however meanwhile besides nevertheless nonetheless likewise subsequently
    tribal""".split()
) | frozenset(MONTHS) | frozenset({"peace spring", "olive branch", "euphrates shield", "middle east", "middle eastern"})
# Foreign capitals above name governments ("Moscow said", "a BEIRUT: dateline"), and Rojava, the Badia (Badiya), Kurdistan,
# the Levant and the Middle East are regions, not incident places. Faiths and peoples describe a place ("a mostly Shia village"),
# never name one; nor does a people's adjective after "of" ("of Iranian origin"), nor a ministry's or service's field
# ("the Ministry of Defence", "the Ministry of Interior", "the Directorate of Intelligence", "the Internal Security"),
# and a feast ("on Christmas day", "the Eid holiday") is a time. "Old" names a part of a town ("the Old City"), never
# the town. Ankara is left out on purpose: like every place in Turkey or
# Iraq that the text puts an event in, it is passed on, and the geocoder flags it outside coverage. Parts of a camp or
# a prison ("Phase 5 of al-Hol camp", "the annex") and the zones named after Turkish operations ("the Peace Spring
# area") are no places either. Honorifics ("Mr.", "Dr.") open a person's name. Sentence adverbs open a sentence
# capitalised ("Furthermore, A, B and C villages were shelled"), and "Tribal" opens a group's name in a title-case
# headline ("Clashes Between X and Tribal Fighters"): neither names a place.

#: The kind of a military post written before its name, as military releases do ("Mission Support Site Conoco",
#: "Patrol Base Shaddadi", "FOB X"): the name after it is the place the post is named after (a site or a town). The
#: extractor reads the name's words after the kind (a three-word kind leaves one word of a four-word name), the resolver
#: looks the name up without it.
MILITARY_POST_KIND = (
    r"(?:U\.?S\.?\s+)?(?:Mission\s+Support\s+Site|MSS|Patrol\s+Base|Forward\s+Operating\s+Base|FOB|"
    r"Combat\s+Outpost|COP|Operating\s+Base|Camp)"
)

#: English words that name a compound, a camp or a quarter with the settlement word after them ("Green Village", the
#: residential compound of an oil field; "the Second Neighbourhood" of a planned town): colours and ordinals. Before
#: such a word the settlement word is part of the name, not a descriptor to trim (a transliterated name never is one).
ENGLISH_NAMING_WORDS = frozenset(
    "green red white black blue yellow first second third fourth fifth sixth seventh eighth ninth tenth".split()
)

#: Region names that are a place only when not used as a region ("the Jazira region", "in the Jazira").
REGION_NAMES = frozenset({"jazira", "jazirah", "jazeera", "jezira", "cezire", "shamiya", "shamiyah", "euphrates"})

#: Words that are never place names, for reading headlines in title case ("At Least 10 Killed In Strikes On X").
COMMON_TITLE_WORDS = frozenset(
    """a an the at in on of near by for from to into with and or as after before during over under amid against
    between least more than some about killed kill kills killing dead die dies died wounded wounding injured injures
    injuring hit hits strike strikes struck attack attacks attacked shell shells shelling bombing bombardment blast
    blasts explosion explosions bomb bombs drone drones raid raids clash clashes ambush ambushes fighting battle
    airstrike airstrikes air car mine mines landmine civilian civilians people child children woman women man men
    fighter fighters soldier soldiers member members militant militants family says said say report reports reported
    monitor new latest two three four five six seven eight nine ten dozens scores village town city countryside
    province desert area region camp east west north south eastern western northern southern targets target targeted
    leaves leave left assassinated assassination escalation resurgence security chaos renewed continued
    military rural""".split()
)

__all__ = [
    "BOMBARDMENT_OVER_A_REGION_RE",
    "FIGHT_OVER_A_REGION_RE",
    "REPEATED_EVENTS_RE",
    "ACTOR_SCANNER",
    "TRIBAL_FIGHTERS",
    "TRIBESMEN_OPENING_RE",
    "UNNAMED_TRIBESMEN_OPENING_RE",
    "ANSWERED_EVENT_WORDS",
    "WEAPON_OF_ANSWERED_BEFORE_RE",
    "ORGANISATION_NAMES",
    "PRE_SDF_NAME",
    "actor_as_named",
    "SDF_FOUNDED",
    "actor_of_its_time",
    "CaseFoldedPattern",
    "AIRCRAFT_PARTIES",
    "AIR_ACTORS",
    "AS_WRITTEN",
    "ATTRIBUTION_ONLY_SOURCES",
    "CASE_SENSITIVE_ACTOR_RES",
    "GATED_CASE_SENSITIVE_ACTOR_RES",
    "CLAIM_OF_RESPONSIBILITY",
    "COMMON_TITLE_WORDS",
    "COUNTRY_OF_GROUP",
    "NEXT_GROUP_GAP",
    "GOVERNORATE_NAMES",
    "GOVERNORATE_RE",
    "GOVERNORATE_SCANNER",
    "JOINT_ACTORS",
    "MONTHS",
    "NAMED_ACTORS",
    "NOT_PLACES",
    "NO_ACTOR",
    "PERSON_NOUNS",
    "ENGLISH_NAMING_WORDS",
    "MILITARY_POST_KIND",
    "REGION_NAMES",
    "SOHR",
    "SEPARATE_REPORT_RE",
    "SOURCE_SCANNER",
    "STATE_TV",
    "TARGET_HEADS",
    "TRIGGERS",
    "TARGETS_LABEL",
    "TARGETS_LABEL_WORDS",
    "TARGETS_LIST_VERB_WORDS",
    "CAPTURE_VERBS",
    "ENCIRCLE_VERBS",
    "BATTLE_FOR_GROUND",
    "TRIGGER_SCANNER",
    "UNKNOWN_ACTOR",
    "WEEKDAYS",
    "FULL_MONTH_NAMES",
    "month_alternation",
    "NEUTRALIZED_TRIGGER",
    "ADVANCE_ON_GROUND",
    "PARTY_DRIVEN_OFF_PASSIVE",
    "ARSON_TRIGGER",
    "BARE_OPERATION_TRIGGER",
    "FIGHTING_AT_GROUND",
    "FOUGHT_AT_GROUND",
    "TAKEN_GROUND",
    "PhraseScanner",
    "Trigger",
    "ascii_lower",
    "could_match",
    "flies_aircraft",
    "gated_search",
    "is_named_actor",
    "joint_actor",
    "joint_members",
    "may_match",
    "normalize_place",
    "required_literal",
    "required_words",
    "same_party",
    "words_of",
]
