"""Clause split and the sentence-level markers of background and diplomatic wording.

A sentence is cut into clauses at phrases that date one event against another
("only a day after", "less than 24 hours after"): what follows such a phrase
is a different event from what precedes it. Semicolons and "while" also
separate events, but a piece without an event word there is glued back onto
its neighbour (it usually carries the casualties or the place of the same event).
A bulletin's long sentence also breaks before ", and the Observatory learned ..."
and before a running toll (", this massacre raises to 989 the number ..."), so
that the report, its background and the toll are read apart; a long sentence's
mentions then give their own clause as evidence (:mod:`.mentions`).

The facts read from each clause live in their stage modules, re-exported here so
that callers keep one import: :mod:`.triggers` (event words and the event type
they give in their clause) and :mod:`.arguments` (actor, target, sources).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mapapp.extract.arguments import (
    FIRM_ACTOR,
    ActorMention,
    attested_actor,
    choose_actor,
    find_actor_mentions,
    find_sources,
    find_target,
)
from mapapp.extract.dates import RelativeAnchor, find_relative_anchors
from mapapp.extract.lexicon import compile_guarded
from mapapp.extract.triggers import TriggerHit, event_type_in_context, find_triggers, is_definite

_SOFT_BREAK_RE = compile_guarded(
    r";|,?\s+while\s+|\bmeanwhile\b|\bin a separate (?:attack|incident|strike|raid)\b|\belsewhere\b"
    # a bulletin's long sentence: ", and the Observatory learned that ...", ", this massacre raises to 989 the number ..."
    r"|,\s+and\s+(?=the\s+(?:syrian\s+observatory|sohr|observatory|monitor)\b)"
    # a second act with its own verb: "attacked the village of A and detonated a car bomb in B"
    r"|\s+and\s+(?=(?:then\s+|later\s+)?(?:detonated|shelled|bombed|stormed|ambushed|blew\s+up)\b)"
    # another event of its own: "a drone struck a car in A on Monday, and another drone hit a motorcycle in B"
    r"|,\s+(?:and\s+|while\s+)?(?=another\s+(?:[\w-]+\s+)?(?:drone|strike|airstrike|shell|bomb|explosion|blast|attack|raid|"
    r"landmine|mine|ied|car\s+bomb|suicide)\b)"
    r"|,\s+(?=(?:this|which|the)\s+(?:[\w-]+\s+){0,2}(?:raises|raised|raising|brings|brought|bringing)\s+(?:the\s+|to\s+))",
    re.IGNORECASE,
)
GENERIC_RE = compile_guarded(
    r"\bsince\s+(?:early\s+|late\s+|mid-?)?(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|the start|the beginning|its|the launch)"
    # "continues to" is habitual, but not of a toll: "the death toll continues to rise" follows one event (the
    # look-behind sits after "continu": before it, it would stop the \b every branch opens with from being
    # factored out, and the search runs about 4 times slower)
    r"|\brepeatedly\b|\bcontinu(?<!toll\scontinu)(?:es|e|ing|ed) to\b|\bcontinuing\b|\bha(?:s|ve) been (?:conducting|carrying out|launching|waging|targeting|bombing|shelling)\b"
    r"|\bover the (?:past|last) (?:few )?(?:days|weeks|months|years)\b|\bon (?:several |many |numerous )?occasions\b|\bfrequently\b|\bregularly\b"
    r"|\broutinely\b|\boften\b|\busually\b|\btypically\b|\bdaily\b|\bevery day\b|\baccused of\b|\bfor years\b|\bin recent (?:days|weeks|months|years)\b|\bdozens of times\b"
    r"|\bhabitually\b|\bcampaign against\b|\bsince the (?:start|beginning)\b|\bconstantly\b|\bcontinuously\b"
    # "a bombardment that lasted for days": a campaign of many strikes over days, not one event (a battle that
    # "lasted two days" with its toll and place still has the two specifics a generic mention needs)
    r"|\blast(?:ed|ing)\s+(?:for\s+)?(?:(?:several|many|a\s+few|two|three|four|five|ten)\s+)?(?:days|weeks|months)\b"
    # "militants continue their attacks on ...": a pattern of events, not one told
    r"|\bcontinu(?:es|e|ed|ing)\s+(?:their|its|his|her)\s+(?:[\w-]+\s+)?(?:attacks|operations|raids|strikes|assaults|shelling|bombardment|campaign)\b"
    # "since" + anything but a recent day ("fighting since Monday" is a current event, "since it began" is not)
    r"|\bsince\b(?!\s+(?:(?:early|late|last)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|dawn|this|last night|the morning|morning|noon|midnight))"
    # tallies: "documented 41 drone attacks", "a total of", "the war has killed"
    r"|\b(?:documented|recorded|counted|tallied|registered)\s+(?:at least\s+|more than\s+|over\s+)?[\d,]+\s+(?:\w+\s+){0,2}(?:attacks|strikes|airstrikes|incidents|violations|operations|explosions|deaths|killings|assassinations|bombings|kidnappings|murders|casualties)\b"
    r"|\ba total of\b|\b(?:war|conflict|fighting) (?:has|have) (?:killed|claimed)\b|\bin total\b|\bso far this year\b|\bthis year alone\b",
    re.IGNORECASE,
)
DIPLOMATIC_RE = compile_guarded(
    r"\bcondemn(?:s|ed|ing)?\b|\bdenounc(?:e|es|ed|ing)\b|\bdeplor(?:e|es|ed|ing)\b|\bletters?\b|\bcalled (?:on|for)\b|\burg(?:ed|es)\b"
    r"|\bdemand(?:ed|s)\b|\bprotest(?:ed|s)?\b|\blegitimacy\b|\bsovereignty\b|\bunited nations\b|\bsecurity council\b",
    re.IGNORECASE,
)
PERFECT_ASPECT_RE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+){0,2}(?:\w+ed|struck|hit|fought|been)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence holding at most one event; ``anchor`` is the relative-date phrase it opens with."""

    start: int
    end: int
    anchor: RelativeAnchor | None = None


def split_clauses(sentence_text: str) -> list[Clause]:
    """Cut a sentence into event clauses (offsets relative to the sentence)."""
    anchors = find_relative_anchors(sentence_text)
    hard: list[tuple[int, RelativeAnchor | None]] = [(0, None)] + [(a.start, a) for a in anchors]
    clauses: list[Clause] = []
    for index, (start, anchor) in enumerate(hard):
        end = hard[index + 1][0] if index + 1 < len(hard) else len(sentence_text)
        pieces = _soft_split(sentence_text, start, end)
        for piece_index, (piece_start, piece_end) in enumerate(pieces):
            clauses.append(Clause(piece_start, piece_end, anchor if piece_index == 0 else None))
    return clauses


def _soft_split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start] + [m.start() for m in _SOFT_BREAK_RE.finditer(text, start, end) if m.start() > start] + [end]
    pieces = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]
    merged: list[tuple[int, int]] = []
    for piece in pieces:
        if merged and (
            not find_triggers(text[piece[0] : piece[1]]) or not find_triggers(text[merged[-1][0] : merged[-1][1]])
        ):
            merged[-1] = (merged[-1][0], piece[1])
        else:
            merged.append(piece)
    return merged


__all__ = [
    "DIPLOMATIC_RE",
    "GENERIC_RE",
    "PERFECT_ASPECT_RE",
    "ActorMention",
    "Clause",
    "TriggerHit",
    "FIRM_ACTOR",
    "attested_actor",
    "choose_actor",
    "event_type_in_context",
    "find_actor_mentions",
    "find_sources",
    "find_target",
    "find_triggers",
    "is_definite",
    "split_clauses",
]
