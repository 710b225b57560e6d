"""Sentence splitting with character offsets, safe against markup in the text.

The extractor never works on a cleaned copy with different offsets: it works
on an *analysis text* of exactly the same length as the document, in which
HTML/JS markup is blanked out (``<script>…</script>`` and ``<style>…</style>``
with their content, every other tag by itself). Offsets found in the analysis
text therefore point into the original document unchanged, and a script
element or a block tag ends a sentence, so no evidence span ever contains one.

Hand-written rather than a library splitter: we need exact offsets into the
original string and news-specific abbreviations, and a 30-line rule is faster
than loading a model.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from mapapp.letters import UNDECOMPOSED_LETTERS

# Linear in the text: an opening tag's attributes stop at the next ``<`` (``[^<>]*``), so a scan started at one
# ``<`` never runs past the next one, and comments are found with str.find (see mask_markup), not a lazy ``.*?``
# that would rescan the rest of the text from every unclosed ``<!--``.
_HIDDEN_ELEMENT_RE = re.compile(
    r"<(script|style|noscript|iframe|template)\b[^<>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL
)
_BLOCK_TAG_RE = re.compile(
    r"</?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|table|section|article|header|footer|blockquote)\b[^<>]*>", re.IGNORECASE
)
_TAG_RE = re.compile(r"</?[A-Za-z][^<>]*>")

# A full stop before a capitalised word; a line break; or a full stop glued to the next sentence by a page that
# lost its spaces ("in the strike.Al Hadath reported"): two lower-case letters, the stop, then a capitalised word.
# (the capital looked for before the letters behind it: most positions fail that one test, not three)
_BOUNDARY_RE = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|\n|(?=[A-Z][a-z])(?<=[a-z][a-z][.!?])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col maj capt sgt st no vs jan feb mar apr aug sept sep oct nov dec u.s u.n u.k e.g i.e approx est".split()
)


@dataclass(frozen=True)
class Sentence:
    """A sentence as offsets into the document text (leading/trailing blanks excluded)."""

    index: int
    start: int
    end: int


def mask_markup(text: str) -> str:
    """Return ``text`` with markup blanked out, same length, with a newline where a hidden or block element was."""

    def blank(match: re.Match[str], newline: bool) -> str:
        chunk = match.group(0)
        filler = "".join("\n" if ch == "\n" else " " for ch in chunk)
        return ("\n" + filler[1:]) if newline and filler else filler

    if "<" not in text:
        return text
    masked = _HIDDEN_ELEMENT_RE.sub(lambda m: blank(m, True), text)
    masked = _BLOCK_TAG_RE.sub(lambda m: blank(m, True), masked)
    masked = _blank_comments(masked)
    return _TAG_RE.sub(lambda m: blank(m, False), masked)


def _blank_comments(text: str) -> str:
    """Blank each closed ``<!-- ... -->`` comment; one left-to-right pass with str.find (an unclosed one stays)."""
    pieces: list[str] = []
    cursor = 0
    while True:
        opening = text.find("<!--", cursor)
        if opening < 0:
            break
        closing = text.find("-->", opening + 4)
        if closing < 0:
            break  # no comment closes after this point: nothing more to blank
        closing += 3
        pieces.append(text[cursor:opening])
        pieces.append("".join("\n" if ch == "\n" else " " for ch in text[opening:closing]))
        cursor = closing
    if not pieces:
        return text
    pieces.append(text[cursor:])
    return "".join(pieces)


def _latin_fold_table() -> dict[int, str]:
    """Accented Latin letters → their base letter (``ê`` → ``e``, ``Ş`` → ``S``, ``Ḩ`` → ``H``), one for one."""
    table: dict[int, str] = {}
    for block in (range(0x00C0, 0x0250), range(0x1E00, 0x1F00)):  # Latin-1 Supplement .. Extended-B, Additional
        for code in block:
            base = unicodedata.normalize("NFKD", chr(code))[:1]
            if base.isascii() and base.isalpha():
                table[code] = base
    # letters Unicode does not decompose: Turkish dotless i ("Ceylanpınar"), the stroked l, o, d and h
    table.update({ord(letter): base for letter, base in UNDECOMPOSED_LETTERS.items()})
    return table


_LATIN_FOLD = _latin_fold_table()


def fold_accents(text: str) -> str:
    """Return ``text`` with accented Latin letters replaced by their base letters, same length.

    Kurdish and Turkish spellings (``Dirbêsiyê``, ``Qamişlo``) and GeoNames-style
    transliterations (``Ḩasakah``) then match the same patterns as their plain
    spellings, while offsets still point into the original document (each
    character maps to exactly one character; ``str.translate`` does it in C).
    """
    return text.translate(_LATIN_FOLD)


# A clock time's "a.m."/"p.m." goes on with the day it falls on ("at 1:00 a.m. April 17", "at 9 p.m. Monday"), its
# time zone in brackets ("at 4:30 a.m. (Syria time) on April 17") or a word in lower case ("at 6 p.m. local time"):
# the stop ends the abbreviation, not the sentence, when one of them follows.
_TIME_OF_DAY = frozenset({"a.m", "p.m"})
_DAY_WORD_RE = re.compile(
    r"\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b\.?|\([A-Za-z]|[a-z])"
)


#: Month names that are also words ending a sentence ("... in May.", "... since July."), read as a date's abbreviated
#: month only before the day ("on May. 13, ...", "Jun. 5 2024", not "in May. 12 people died" nor "in May. 3 Kurdish
#: fighters died"): a day of one or two figures followed by a comma, a bracket, a year, a full stop ending the
#: sentence or the end of the text (a count is followed by what it counts, a word in any case).
_MONTHS_BEFORE_A_DAY = frozenset({"may", "jun", "jul"})
_DAY_AFTER_MONTH_RE = re.compile(r" (?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:[,;:)]|\.(?!\S)| \d{4}\b|$)")


def _is_abbreviation(text: str, dot_position: int) -> bool:
    """True when the full stop at ``dot_position`` ends a known abbreviation or an initial ("U.S.", "Gen."), a month
    abbreviated before its day ("May. 13"), or a clock time's "a.m."/"p.m." followed by the day it falls on, its time
    zone in brackets or a word in lower case."""
    start = dot_position
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot_position].lower().rstrip(".")
    if word in _TIME_OF_DAY:
        return _DAY_WORD_RE.match(text, dot_position + 1) is not None
    if word in _MONTHS_BEFORE_A_DAY:
        return _DAY_AFTER_MONTH_RE.match(text, dot_position + 1) is not None
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(analysis_text: str) -> list[Sentence]:
    """Split the (masked) analysis text into sentences with offsets; blank stretches are dropped."""
    sentences: list[Sentence] = []
    cursor = 0
    boundaries = []
    for match in _BOUNDARY_RE.finditer(analysis_text):
        dot = match.start() if match.group(0) else match.start() - 1
        if match.group(0) != "\n" and _is_abbreviation(analysis_text, dot):
            continue
        boundaries.append(match.end())
    boundaries.append(len(analysis_text))
    for end in boundaries:
        start = cursor
        cursor = end
        while start < end and analysis_text[start].isspace():
            start += 1
        stop = end
        while stop > start and analysis_text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            sentences.append(Sentence(index=len(sentences), start=start, end=stop))
    return sentences


__all__ = ["Sentence", "mask_markup", "split_sentences"]
