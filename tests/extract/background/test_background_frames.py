"""Where a mention's own words stand in its clause (:mod:`mapapp.extract.background.frames`): the frame checks read the
event word where the mention recorded it (``trigger_start``), not at an earlier use of the same word."""

from __future__ import annotations

import re

from mapapp.extract.background.frames import (
    _before_event_word,
    _event_word_position,
    _frames_event_word,
    _right_before_event_word,
)
from mapapp.extract.mentions import EventMention, read_sentence
from mapapp.extract.sentences import Sentence
from mapapp.extract.toponyms import find_governorates

# "attacks" told twice: the first refers back to strikes told before, the second (after "in response to") is the event
_TWICE = "The attacks came in response to attacks by militants on an army post near Hajin."
_ANSWERED_RE = re.compile(r"\bin\s+response\s+to\s+", re.IGNORECASE)


def _mention() -> EventMention:
    (mention,) = read_sentence(_TWICE, Sentence(0, 0, len(_TWICE)), find_governorates(_TWICE), None).mentions
    return mention


def test_the_event_word_is_read_where_the_mention_recorded_it() -> None:
    mention = _mention()
    assert _event_word_position(mention) == mention.trigger_start == _TWICE.index("attacks by")


def test_a_frame_before_the_second_use_of_the_word_frames_the_event() -> None:
    # (a search for "attacks" would stop at the first use, before any frame)
    mention = _mention()
    assert _before_event_word(_ANSWERED_RE, mention)
    assert _frames_event_word(_ANSWERED_RE, mention)
    assert _right_before_event_word(re.compile(r"response\s+to\s+$"), mention)


def test_a_frame_after_the_event_word_does_not_frame_it() -> None:
    assert not _before_event_word(re.compile(r"\bmilitants\b"), _mention())
