"""Where a mention's own words stand in its clause, shared by the rule modules of the background filter: its event word
(:func:`_event_word_position`: the mention's ``trigger_start``, recorded when the mention was read, so the event word
itself, not an earlier use of the same word that is no event) and figure (:func:`_figure_offset`), a frame found before
the event word or ending right before it (:func:`_before_event_word`, :func:`_right_before_event_word`,
:func:`_frames_event_word`, :func:`_framing_match`, :func:`_frames_gated`), whether a day is told from a frame on
(:func:`_dated_from`), and what its toll tells (:func:`_counts_more_than_one`, :func:`_harmed`); :func:`_blank` blanks a
match keeping offsets.
"""

from __future__ import annotations

import re

from mapapp.extract.lexicon import could_match
from mapapp.extract.mentions import EventMention


def _counts_more_than_one(mention: EventMention) -> bool:
    """A toll of more than one (a single victim, "the assassination of a commander", is no toll)."""
    return any(f is not None and (f.low is None or f.low > 1) for f in (mention.killed, mention.injured))


def _harmed(mention: EventMention) -> bool:
    """True when the mention tells someone killed or wounded (a toll above zero, or an open one)."""
    return any(
        toll is not None and ((toll.low or 0) > 0 or toll.high is None or toll.high > 0)
        for toll in (mention.killed, mention.injured)
    )


def _blank(found: re.Match[str]) -> str:
    """The matched text as blanks of its length (offsets kept)."""
    return " " * len(found.group())


def _figure_offset(mention: EventMention) -> int | None:
    """Where the mention's own casualty figure stands in its clause, if it can be found."""
    figure = mention.killed or mention.injured
    if figure is None or not figure.phrase:
        return None
    position = mention.clause_text.find(figure.phrase.split(" + ")[0])
    return position if position >= 0 else None


def _dated_from(mention: EventMention, start: int) -> bool:
    """Whether the clause tells a day (not a saying's) from ``start``, a position in the clause, on: a day told before
    a frame dates the frame's own clause (the plan, the sentence, the report), not the event the frame names."""
    first = mention.clause_span[0] + start
    return any(not d.said and d.start >= first for d in mention.point_dates)


def _before_event_word(pattern: re.Pattern[str], mention: EventMention) -> bool:
    """Whether ``pattern`` is found in the clause before its event word (the frame the event is told in)."""
    clause = mention.clause_text
    word = mention.trigger_start
    found = pattern.search(clause, 0, word if word >= 0 else len(clause))
    return found is not None


def _right_before_event_word(pattern: re.Pattern[str], mention: EventMention) -> bool:
    """Whether ``pattern``, anchored at its end, matches the clause up to its event word (the frame right before it)."""
    clause = mention.clause_text
    word = mention.trigger_start
    if word < 0:
        return False
    return pattern.search(clause[max(0, word - 120) : word]) is not None


_FRAME_WINDOW = 100  # characters before the event word in which its frame is looked for
_FRAME_GAP_WORDS = 5  # at most this many words between the frame and the event word it governs


def _event_word_position(mention: EventMention) -> int:
    """Where the clause's event word stands in it (its figure when the toll is the event: "the killing of the
    mukhtar"), or -1."""
    if mention.trigger_word:
        return mention.trigger_start
    offset = _figure_offset(mention)
    return -1 if offset is None else offset


def _framing_match(pattern: re.Pattern[str], mention: EventMention) -> re.Match[str] | None:
    """The last match of ``pattern`` before the clause's event word when it frames it (:func:`_frames_event_word`),
    or None."""
    clause = mention.clause_text
    word = _event_word_position(mention)
    if word < 0:
        return None
    found = None
    for found in pattern.finditer(clause, max(0, word - _FRAME_WINDOW), word):
        pass  # the last frame before the event word
    if found is None:
        return None
    gap = f" {clause[found.end() : word]}"  # (the frame's match ends at a space: "thwarted and 3 terrorists")
    if any(mark in gap for mark in ",;:") or " and " in gap or " but " in gap:
        return None
    return found if len(gap.split()) <= _FRAME_GAP_WORDS else None


def _frames_event_word(pattern: re.Pattern[str], mention: EventMention) -> bool:
    """Whether ``pattern`` ends just before the clause's event word, with no comma or conjunction between ("gathered
    to denounce the attacks", not "gathered to denounce the attacks, and in X, clashes killed 9")."""
    return _framing_match(pattern, mention) is not None


def _frames_gated(pattern: re.Pattern[str], mention: EventMention, gate: tuple[str, ...] | None = None) -> bool:
    """A substring gate (``gate``, or else the pattern's required words: :func:`could_match`), then
    :func:`_frames_event_word`."""
    clause = mention.clause_text
    if gate is None:
        if not could_match(pattern, clause):
            return False
    elif not any(word in clause.lower() for word in gate):
        return False
    return _frames_event_word(pattern, mention)
