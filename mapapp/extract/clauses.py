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

One sentence, several incidents (issue #8): a second event with its own subject
and verb ("..., and a drone strike killed two in B", "..., while another mine
wounded ...", "a second drone struck ...") is a clause of its own, and in a
sentence that calls its events separate ("In separate attacks, ...") every
"and" between two event clauses cuts. Within one clause,
:func:`distributive_parts` finds a toll given place by place ("killed 12 in A
and 7 in B") and :func:`places_of_listed_events` events counted as many as the
places listed ("two car bombs exploded in A and B"): one incident per place;
:func:`regions_headed_apart` the regions a bombardment struck, each told with
a head word of its own ("the desert of A and the desert of B"): one per region.
A list of places with one toll ("strikes hit A and B, killing 20") stays one
incident; the docstring of :func:`distributive_parts` gives why (ACLED/UCDP
coding and the real sets' gold).

The event another answered or followed, told with a toll of its own ("jets struck
X in revenge for the killing of seven guards at a post in Y on Friday"), is
a clause of its own marked ``answered`` (:func:`split_clauses`): an incident
where it happened, often abroad. Without a toll it is the reason given, left in
its clause (background).

The facts read from each clause live in their stage modules, re-exported here so
that callers keep one import: :mod:`.triggers` (event words and the event type
they give in their clause) and :mod:`.arguments` (actor, target, sources).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
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
from mapapp.extract.lexicon import (
    ANSWERED_EVENT_WORDS,
    NEXT_GROUP_GAP,
    TARGETS_LABEL_WORDS,
    TARGETS_LIST_VERB_WORDS,
    WEEKDAYS,
    CaseFoldedPattern,
    compile_guarded,
    opening_guard,
)
from mapapp.extract.triggers import (
    TriggerHit,
    event_type_in_context,
    find_triggers,
    is_definite,
)

_SOFT_BREAK_PATTERN = (
    r";|,?\s+while\s+|\bmeanwhile\b|\belsewhere\b"
    # another event going on at the time, with its own subject and verb: "..., as clashes raged in B", "as Turkish
    # drones struck B" (not "as it drove", "as the drone hit": a time of the same event)
    r"|,?\s+as\s+(?=(?:heavy\s+|fierce\s+|violent\s+|intense\s+|sporadic\s+|renewed\s+)?(?:turkish\s+|russian\s+|coalition\s+|"
    r"regime\s+|government\s+)?(?:clashes|fighting|battles|skirmishes|shelling|artillery|strikes|airstrikes|air\s+strikes|"
    r"drones|warplanes|jets|gunmen|militants|fighters|forces|troops)\s+(?:also\s+|again\s+)?(?:raged|erupted|broke\s+out|"
    r"continued\s+in|hit|struck|pounded|shelled|bombed|targeted|killed|attacked|clashed)\b)"
    # "In a separate attack, ..." opens another event; "... were killed near B in a separate strike." closes one
    r"|\bin a separate (?:attack|incident|strike|raid)\b(?![^,;:]{0,40}$)"
    # a bulletin's long sentence: ", and the Observatory learned that ...", ", this massacre raises to 989 the number ..."
    r"|,\s+and\s+(?=(?:the\s+(?:syrian\s+observatory|sohr|observatory|monitor)|sohr)\b)"
    # a place frame opening another clause: "In X, crowds gathered to denounce the strikes, and in Y, clashes killed 9"
    r"|,\s+(?:and|while|but)\s+(?=(?:in|at|near)\s+(?:[ae][a-z]{1,2}-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},)"
    # another party's reply, an event of its own: "rockets hit A, and Turkish artillery retaliated against villages
    # around B", "..., and the army hit back at positions in B", "..., and the SDF responded by shelling B", "...,
    # and the guards answered with machine-gun fire"
    r"|,\s+and\s+(?=(?:[\w'’-]+\s+){1,3}?(?:(?:retaliated|hit\s+back|struck\s+back)\s+(?:against|on|at)|"
    r"(?:responded|replied|answered|retaliated)\s+(?:by|with))\b)"
    # another party's act, its own named subject and verb: "regime forces shelled A, and ISIS shelled B with mortars",
    # "..., and ISIS also seized B",
    # "tribal fighters seized posts in A, and the SDF shelled the area" (a name, not "it" or the passive told on)
    r"|,\s+(?:and|but)\s+(?=(?:the\s+)?(?-i:[A-Z][\w'’-]*\s+){1,2}(?:(?:forces|army|artillery|jets|warplanes|drones|troops|"
    r"militias|fighters|gunmen|militants|cells)\s+)?(?:also\s+)?(?:shelled|bombed|struck|pounded|targeted|attacked|raided|ambushed|stormed|"
    # (ground taken: "ISIS took A after the rebels withdrew, and ISIS also seized B after clashes killed five")
    r"seized|captured|took\s+(?:full\s+)?control\s+of)\s)"
    # a second act with its own verb: "attacked the village of A and detonated a car bomb in B"
    r"|\s+and\s+(?=(?:then\s+|later\s+)?(?:detonated|shelled|bombed|stormed|ambushed|blew\s+up)\b)"
    # another event of its own: "a drone struck a car in A on Monday, and another drone hit a motorcycle in B"
    # ("..., and a drone strike killed two in B", "..., and a second drone struck B": a new weapon as the subject)
    # (a plain "a drone" only when its clause names a place: "..., and a drone strike also hit a nearby house" is the
    # same strike told on)
    r"|(?:,\s+(?:and\s+|while\s+)?(?=another\s+|an?\s+(?:second|third|fourth|further|new|separate)\s+)"
    r"|,\s+(?:and|while)\s+(?=an?\s+[^,;]{0,80}?\b(?:in|near|at|on)\s+(?:the\s+(?:village|town|city)\s+of\s+)?"
    r"(?:[ae][a-z]{1,2}-)?[A-Z]))"
    r"(?=(?:another|an?(?:\s+(?:second|third|fourth|further|new|separate))?)\s+(?:[\w-]+\s+)?"
    r"(?:drone|strike|airstrike|shell|bomb|explosion|blast|attack|raid|landmine|mine|ied|car\s+bomb|suicide)\b)"
    # a new indefinite subject with its own violent verb: "shelling killed a civilian in A and a drone strike killed two
    # fighters in B" (a definite one, "and the ensuing clashes killed two", tells on the same event)
    r"|\s+and\s+(?=an?\s+(?:[\w-]+\s+){0,2}?(?:killed|wounded|injured|hit|struck|targeted)\s+"
    r"(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+|his|her|their|one|several)\b)"
    # a second group of victims of another event told by its own "when": "..., and two others were killed when a
    # landmine exploded near B" (not "and two others were wounded in the attack", the same event's)
    r"|,\s+and\s+(?=(?:[\w-]+\s+){1,2}others?\s+(?:were|was)\s+(?:killed|wounded|injured|hurt)\s+when\s+an?\s)"
    r"|,\s+(?=(?:this|which|the)\s+(?:[\w-]+\s+){0,2}(?:raises|raised|raising|brings|brought|bringing)\s+(?:the\s+|to\s+))"
    # a running toll added with no subject: ", bringing the number of civilians killed by drones this year to 61",
    # ", raising to 27 the number of mine victims" (a tally of its own, whatever event words it names)
    r"|,\s+(?=(?:bringing|raising|taking|pushing|lifting)\s+(?:to\s+[\w,]+\s+)?(?:the|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:death\s+toll|toll|number|total|tally|count)\b)"
    # the event another answered, told after it: "jets struck ISIS positions, after an attack by its cells on a convoy
    # killed eight soldiers", "clashes raged on Saturday after ISIS fighters attacked the prison with a car bomb" (a
    # piece with no event word of its own, "two soldiers were killed after ...", is glued back)
    r"|,?\s+(?=after\s+(?:an?\s+(?:[\w'’-]+\s+){0,3}?(?:attack|assault|ambush|offensive)\s+(?:by|on|against)\b"
    r"|(?:isis|is|daesh|the\s+islamic\s+state|jihadists|militants|gunmen|(?:[\w-]+\s+)?(?:cells|fighters))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacked|stormed|ambushed|raided)\s"
    r"|(?:[\w-]+\s+){0,3}?(?:jets|warplanes|aircraft|drones|artillery)\s+(?:pounded|struck|bombed|shelled|hit)\s))"
)
# A break never opens on a blank that follows another: a break opening with blanks ("\s+while\s+") reads the whole
# run from its first blank, and each later start in the run would read the rest of it again (quadratic on a long
# run of spaces) to reach the same end.
_SOFT_BREAK_RE = re.compile(r"(?!(?<=\s)\s)" + opening_guard(_SOFT_BREAK_PATTERN, re.IGNORECASE), re.IGNORECASE)
GENERIC_RE = compile_guarded(
    r"\bsince\s+(?:early\s+|late\s+|mid-?)?(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|the start|the beginning|its|the launch)"
    # "continues to" is habitual, but not of a toll: "the death toll continues to rise" follows one event (the
    # look-behind sits after "continu": before it, it would stop the \b every branch opens with from being
    # factored out, and the search runs about 4 times slower)
    # (nor of a ground force's advance, nor of a fight told as still going on: "the SDF continues to advance in X amid
    # clashes", "clashes are still continuing in X" are the day's fighting there, as a bulletin reports it; those
    # look-behinds sit after the "\b" for the same reason: every branch opening with it lets ``re`` factor it out, and
    # the search runs about ten times faster)
    r"|\brepeatedly\b|\bcontinu(?<!toll\scontinu)(?:es|e|ing|ed) to\b(?!\s+(?:advance|push|progress)\b)"
    r"|\b(?<!still\s)(?<!\bare\s)(?<!\bis\s)continuing\b|\bha(?:s|ve) been (?:conducting|carrying out|launching|waging|targeting|bombing|shelling)\b"
    r"|\bover the (?:past|last) (?:few )?(?:days|weeks|months|years)\b|\bon (?:several |many |numerous )?occasions\b|\bfrequently\b|\bregularly\b"
    # ("daily" is the habit of the events, not of the report that tells them: "its daily report said it conducted four
    # strikes near X on Monday" tells one day's strikes; the look-ahead is bounded, one word between, no determiner: "raid
    # the farms daily the report said", "are daily reported" keep the habit)
    r"|\broutinely\b|\boften\b|\busually\b|\btypically\b|\bdaily\b(?!\s+(?!(?:the|a|an|its|their)\s)(?:[\w-]+\s+)?(?:reports?|statements?|briefings?|bulletins?|updates?|summar(?:y|ies)|releases?|communiqu[eé]s?)\b)|\bevery day\b|\baccused of\b|\bfor years\b|\bin recent (?:days|weeks|months|years)\b|\bdozens of times\b"
    r"|\bhabitually\b|\bcampaign against\b|\bsince the (?:start|beginning)\b|\bconstantly\b|\bcontinuously\b"
    # "a bombardment that lasted for days": a campaign of many strikes over days, not one event (a battle that
    # "lasted two days" with its toll and place still has the two specifics a generic mention needs)
    r"|\blast(?:ed|ing)\s+(?:for\s+)?(?:(?:several|many|a\s+few|two|three|four|five|ten)\s+)?(?:days|weeks|months)\b"
    # "militants continue their attacks on ...": a pattern of events, not one told
    r"|\bcontinu(?:es|e|ed|ing)\s+(?:their|its|his|her)\s+(?:[\w-]+\s+)?(?:attacks|operations|raids|strikes|assaults|shelling|bombardment|campaign)\b"
    # "since" + anything but a recent day ("fighting since Monday" is a current event, "since it began" is not), or
    # an hour of the day ("pounding the camp since 2 am", "since the early hours", "since the afternoon")
    r"|\bsince\b(?!\s+(?:(?:early|late|last)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|dawn|this|last night|the morning|morning|noon|midnight"
    r"|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)|the\s+early\s+(?:hours|morning)|(?:the\s+)?(?:afternoon|evening|sunset|sunrise)\b))"
    # tallies: "documented 41 drone attacks", "a total of", "the war has killed"
    r"|\b(?:documented|recorded|counted|tallied|registered)\s+(?:at least\s+|more than\s+|over\s+)?[\d,]+\s+(?:\w+\s+){0,2}(?:attacks|strikes|airstrikes|incidents|violations|operations|explosions|deaths|killings|assassinations|bombings|kidnappings|murders|casualties)\b"
    # (not the things one operation hit: "in all 17 targets, among them caves and bunkers, were destroyed")
    r"|\ba total of\b(?!\s+\d[\d,]*\s+(?:targets|positions|shelters|hideouts|caves|bunkers|depots|facilities)\b)"
    r"|\b(?:war|conflict|fighting) (?:has|have) (?:killed|claimed)\b|\bin total\b|\bso far this year\b|\bthis year alone\b",
    re.IGNORECASE,
)
DIPLOMATIC_RE = compile_guarded(
    r"\bcondemn(?:s|ed|ing)?\b|\bdenounc(?:e|es|ed|ing)\b|\bdeplor(?:e|es|ed|ing)\b|\bletters?\b|\bcalled (?:on|for)\b|\burg(?:ed|es)\b"
    r"|\bdemand(?:ed|s)\b|\bprotest(?:ed|s)?\b|\blegitimacy\b|\bsovereignty\b|\bunited nations\b|\bsecurity council\b",
    re.IGNORECASE,
)
PERFECT_ASPECT_RE = compile_guarded(r"\b(?:has|have)\s+(?:\w+\s+){0,2}(?:\w+ed|struck|hit|fought|been)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence holding at most one event; ``anchor`` is the relative-date phrase it opens with."""

    start: int
    end: int
    anchor: RelativeAnchor | None = None
    #: the event another answered or followed, told with its own toll (:data:`_ANSWERED_WITH_TOLL_RE`)
    answered: bool = False


# A sentence that says it tells separate events ("In separate attacks, ...", "In two separate incidents", "...,
# separately, ..."): each "and" joining two event clauses there cuts them apart.
_SEPARATE_EVENTS_RE = re.compile(r"\bseparate(?:ly)?\b", re.IGNORECASE)
_SEPARATE_AND_RE = re.compile(r",?\s+and\s+(?!(?:then|later|also)\b)", re.IGNORECASE)


# A bulletin's opening frame before its report: "In light of the daily assassinations in the camp, SOHR activists have
# documented the death of ...": the frame's events are background, the report after the comma is the event.
_FRAME_WORDS_RE = re.compile(
    r"\W{0,3}(?:In light of|Amid|Amidst|As part of|In the context of|In continuation of|Within the framework of|"
    r"In the wake of|In the framework of)\b",
    re.IGNORECASE,
)


def opens_with_frame(text: str) -> bool:
    """True when ``text`` opens (or opens after a "Deir Ezzor province:" lead) with a bulletin's frame."""
    if _FRAME_WORDS_RE.match(text):
        return True
    colon = text.find(":", 0, 100)
    return colon >= 0 and _FRAME_WORDS_RE.match(text, colon + 1) is not None and text.find(".", 0, colon) < 0

_FRAME_END_RE = re.compile(
    r",\s+(?=(?:the\s+)?(?:SOHR|Syrian Observatory|Observatory|reliable sources|activists)\b[^,;]{0,50}?"
    r"\b(?:documented|monitored|reported|learned|recorded|said|say|says)\b)",
    re.IGNORECASE,
)


def split_clauses(sentence_text: str) -> list[Clause]:
    """Cut a sentence into event clauses (offsets relative to the sentence). In a sentence that says its events are
    separate ("In separate incidents, a mine killed a shepherd in A and gunmen shot dead a man in B"), "and" also
    cuts between two clauses that each have an event word."""
    found_anchors = find_relative_anchors(sentence_text)
    # "Strikes on X the same day killed eight": an adverb inside the clause, not the opening of another one
    inline = [a for a in found_anchors if _inside_clause(sentence_text, a)]
    anchors = [a for a in found_anchors if a not in inline]
    hard: list[tuple[int, RelativeAnchor | None]] = [(0, None)] + [(a.start, a) for a in anchors]
    if opens_with_frame(sentence_text):
        frame_end = _FRAME_END_RE.search(sentence_text, 0, 400)
        if frame_end is not None and frame_end.start() < (anchors[0].start if anchors else len(sentence_text)):
            hard.insert(1, (frame_end.start(), None))  # the frame, then the report
    clauses: list[Clause] = []
    for index, (start, anchor) in enumerate(hard):
        end = hard[index + 1][0] if index + 1 < len(hard) else len(sentence_text)
        pieces = _soft_split(sentence_text, start, end)
        for piece_index, (piece_start, piece_end) in enumerate(pieces):
            clauses.append(Clause(piece_start, piece_end, anchor if piece_index == 0 else None))
    for anchor in inline:
        for position, clause in enumerate(clauses):
            if clause.start <= anchor.start < clause.end and clause.anchor is None:
                clauses[position] = Clause(clause.start, clause.end, anchor)
    if could_answer(sentence_text):
        clauses = [part for clause in clauses for part in _answered_apart(sentence_text, clause)]
    return clauses


#: The event another answered or followed, told with a toll of its own: "struck 30 targets in retaliation for the
#: killing of nine soldiers at a base in X on Friday", "in response to a drone strike that killed three soldiers in Y",
#: "following the killing of 12 soldiers in Z". The phrase ends the clause of the answering event; what follows it is
#: the answered event, a clause of its own (an incident where it happened: the writers of both dev8 sets code it so).
#: Without a toll ("in retaliation for an attack in X") it is the reason given, background (:mod:`.background`). The
#: lookahead stays before the next comma, semicolon or stop, within a bounded window.
_ANSWERED_WITH_TOLL_RE = compile_guarded(
    r"\b(?:" + ANSWERED_EVENT_WORDS + r"|following)\s+"
    r"(?=(?:the|an?|its|their|last\s+\w+['’]s)\s+[^,;.]{0,80}?"
    r"(?:\b(?:killing|deaths?)\s+of|\b(?:that|which)\s+(?:had\s+)?(?:killed|wounded|injured|left|claimed\s+the\s+lives\s+of))"
    r"\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|"
    r"dozens|several|scores)\b)",
    re.IGNORECASE,
)
# (case-folded: searched over every sentence, two to four times faster than under IGNORECASE)
_ANSWER_WORDS_RE = CaseFoldedPattern(r"retaliat|response|reprisal|revenge|reaction|avenge|following")


def could_answer(text: str) -> bool:
    """A cheap test before :data:`_ANSWERED_WITH_TOLL_RE` is searched: the text names an answer or a sequel at all."""
    return _ANSWER_WORDS_RE.found(text)


def _answered_apart(sentence_text: str, clause: Clause) -> list[Clause]:
    """``clause``, cut after a phrase that names the event its event answered or followed, told with its own toll
    (:data:`_ANSWERED_WITH_TOLL_RE`): that event is a clause of its own, marked ``answered``. A clause that opens with
    the phrase ("In retaliation for the killing of ..., jets struck X") is left whole: its event word comes after."""
    found = _ANSWERED_WITH_TOLL_RE.search(sentence_text, clause.start, clause.end)
    if found is None or not sentence_text[clause.start : found.start()].strip(" ,;:\"'“”-—–"):
        return [clause]
    return [Clause(clause.start, found.end(), clause.anchor), Clause(found.end(), clause.end, None, answered=True)]


#: What ends the words before a relative-date phrase that opens a clause of its own: the sentence start, a comma or
#: semicolon, a conjunction ("..., and on the same day ...").
_CLAUSE_OPENING_BEFORE_RE = re.compile(r"(?:^|[,;:(—–-]|\b(?:and|while|but|as|then|when))\s*$", re.IGNORECASE)


#: What follows a relative-date phrase that closes its clause: a comma and the clause's toll ("..., seriously wounding
#: the farmer", ", killing two", ", leaving no casualties") or the source of the report (", a resident said").
_PHRASE_CLOSED_RE = re.compile(
    r"\s*,\s*(?:(?:\w+ly\s+)?(?:killing|wounding|injuring|leaving|causing|claiming|resulting)\b"
    # (or its source: "..., a local source said")
    r"|(?:an?|the|local|its|their|his|her)\s+(?:[\w'’.-]+\s+){0,4}?(?:said|says|reported|reports|told|added)\b)",
    re.IGNORECASE,
)
#: An auxiliary and a comma just before a relative-date phrase: the phrase is set off inside its clause.
_AUXILIARY_BEFORE_RE = re.compile(r"\b(?:had|has|have|was|were)\s*,\s*$", re.IGNORECASE)


def _inside_clause(sentence_text: str, anchor: RelativeAnchor) -> bool:
    """A same-day phrase standing inside a clause, after its subject and before its verb ("Strikes on X the same day
    killed eight civilians"), or any relative-date phrase set off by commas after an auxiliary ("drones had, a day
    earlier, struck X"): it dates that clause and does not cut it."""
    if _AUXILIARY_BEFORE_RE.search(sentence_text, max(0, anchor.start - 12), anchor.start):
        return True  # "Turkish drones had, a day earlier, struck X": set off between the auxiliary and its verb
    if abs(anchor.days) <= 1 and anchor.start > 0 and not sentence_text[anchor.end :].strip(" \t\n.!?\"'”’)"):
        return True  # "Two men were shot dead in B, on the same day.": the phrase closing the sentence dates its clause
    if (
        anchor.sequential
        and anchor.start > 0
        and _PHRASE_CLOSED_RE.match(sentence_text, anchor.end)
        and _CLAUSE_OPENING_BEFORE_RE.search(sentence_text, max(0, anchor.start - 12), anchor.start) is None
    ):
        return True  # "a mine hit a tractor in B a day earlier, wounding the farmer": the phrase is inside its clause
    if anchor.days != 0 or "same" not in anchor.text.lower():
        return False
    return _CLAUSE_OPENING_BEFORE_RE.search(sentence_text, max(0, anchor.start - 12), anchor.start) is None


def _soft_split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    found = [m.start() for m in _SOFT_BREAK_RE.finditer(text, start, end) if m.start() > start]
    if "separate" in text.lower() and _SEPARATE_EVENTS_RE.search(text, start, end):
        found = sorted({*found, *(m.start() for m in _SEPARATE_AND_RE.finditer(text, start, end) if m.start() > start)})
    cuts = [start, *found, end]
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


# Between a count and the place it was counted at: "12 people in", "7 in", "two others were killed in", "three more
# died near", "a shepherd in the village of".
_COUNTED_AT_RE = re.compile(
    r"(?:\s+(?:others?|more))?"
    # (the ministry's "neutralized", its word for its enemy's dead: "6 terrorists were neutralized by our UAVs near A")
    r"(?:(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been))?(?:\s+also)?\s+(?:killed|wounded|injured|shot\s+dead|hurt|dead|"
    r"neutrali[sz]ed)"
    r"|\s+(?:also\s+)?died)?"
    # the weapon of the part: "three civilians were wounded by shelling in A, and two others by a drone strike in B"
    r"(?:\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?"
    r"\s+(?:in|near|at|outside|inside)\s+"
    r"(?:the\s+(?:[a-z]+\s+)?(?:village|town|city|neighbou?rhood|district|area|camp|countryside)\s+of\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# Between one counted place and the next count of the list: "..., ", " and ", ", while ", "; ", " and wounded ", with
# the day or the settlement word of the first place before it ("near A on Monday and a woman in B").
_PART_SEPARATOR_RE = re.compile(
    r"(?P<tail>(?:\s+(?:city|town|village|countryside|camp|desert|district|sub-?district|area|region|neighbou?rhood|province|"
    r"governorate|outskirts|field|oil\s?field|gas\s?field))?(?:\s+(?:on|last|this)\s+[A-Za-z]+)?)"
    r"\s*(?:[,;:]\s*)?(?:(?:and|while|whereas|but)\s+(?:that\s+)?)?"
    # "...; the second wounded two civilians in B": the other event of a pair, told with its own verb
    r"(?:(?:another|the\s+(?:second|third|other|latter))\s+(?:one\s+)?)?"
    r"(?:(?:also\s+)?(?:killed|killing|wounded|wounding|injured|injuring)\s+)?",
    re.IGNORECASE,
)
# A clause that counts its events as many as the places it lists, or calls them separate ("two car bombs exploded in
# A and B", "two strikes on A and B", "in two separate bombings", "twin attacks"): the number, then the event noun.
_EVENTS_COUNTED_RE = compile_guarded(
    r"\b(?P<n>two|three|four|twin|separate|simultaneous)\s+(?:separate\s+|simultaneous\s+)?(?:[\w-]+\s+)?"
    r"(?:strikes|airstrikes|attacks|bombings|explosions|blasts|bombs|ieds|raids|ambushes|assaults)\b",
    re.IGNORECASE,
)
_EVENTS_NUMBER = {"two": 2, "three": 3, "four": 4, "twin": 2}
# between two places of one list: "A and B", "A, B and C", "the villages of A and B"
_PLACE_LIST_GAP_RE = re.compile(
    r"(?:\s+(?:city|town|village))?\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+(?:town|village|city|neighbou?rhood)\s+of\s+)?",
    re.IGNORECASE,
)


def places_of_listed_events(text: str, places: Sequence[tuple[int, int, str]]) -> list[tuple[int, int] | None]:
    """The places of a clause that tells one event at each ("Two car bombs exploded in A and B", "drones carried out
    two strikes on A and B", "four people were killed in A and B in two separate bombings"): the (start, end) stretch
    of the clause for each listed place (the first from the clause start, the last to its end; None for a place that
    only locates the listed place before it, see :func:`_targets_listed`), or [] when the clause does not say so.

    The text says so when it counts its events as many as the places its one list names, or calls them separate or
    simultaneous: ACLED and UCDP code each place of such a pair apart. A count of events that is not the number of
    places ("20 strikes on A and B") or places listed with no count of events ("strikes hit A and B") stay one
    event (see :func:`distributive_parts`). ``places`` are the clause's places below governorate level, in text
    order, relative to ``text``."""
    if len(places) < 2:
        return []
    counted = _EVENTS_COUNTED_RE.search(text)
    if counted is None:
        return _targets_listed(text, places)
    for index in range(1, len(places)):
        if not _PLACE_LIST_GAP_RE.fullmatch(text, places[index - 1][1], places[index][0]):
            return []  # the places must make one list ("in A and B"), with no other place beside it
    wanted = _EVENTS_NUMBER.get(counted.group("n").lower())
    if wanted is not None and wanted != len(places):
        return []
    if len({name.casefold() for _, _, name in places}) < len(places):
        return []
    edges = [0, *(end for _, end, _ in places[:-1]), len(text)]
    return [(edges[i], edges[i + 1]) for i in range(len(places))]


# A toll told at one place of the list just struck: "..., killing four civilians in A", "..., with the monitor
# documenting the death of five people including a child in A" (the words from the toll to the place's preposition).
_TOLL_AT_PLACE_BEFORE_RE = compile_guarded(
    r"\b(?:killing|killed|wounding|injuring|wounded|injured|deaths?\s+of)\s+[^.;:]{0,60}?\b(?:in|at)\s+"
    r"(?:the\s+(?:town|village|city)\s+of\s+)?$",
    re.IGNORECASE,
)
#: How far before the repeated place its toll may begin (characters).
_TOLL_AT_PLACE_WINDOW = 100
#: The most places of a bare list read for a toll told at one of them.
_MAX_TOLLED_LIST = 4


def toll_told_at_a_listed_place(text: str, places: Sequence[tuple[int, int, str]]) -> tuple[int, int] | None:
    """A clause that strikes a list of bare places and tells its toll at one of them ("jets bombed A and B, killing
    four civilians in A", "strikes on A and B towns, with the monitor documenting the death of five in B"): (number of
    places listed, index of the listed place the toll names), or None. The toll placed tells the hits apart, as a toll
    given item by item does (gold-format: casualties split only when the text gives them per item): one incident per
    listed place, the toll at its own. ``places`` (start, end, name) relative to ``text``, in text order: the list
    first (two to :data:`_MAX_TOLLED_LIST` names joined by commas and "and", nothing else between), then the toll's
    place, the last of the clause, a name of the list told again."""
    if not 3 <= len(places) <= _MAX_TOLLED_LIST + 1:
        return None
    listed = len(places) - 1
    for index in range(1, listed):
        if not _PLACE_LIST_GAP_RE.fullmatch(text, places[index - 1][1], places[index][0]):
            return None
    names = [name.casefold() for _, _, name in places[:listed]]
    if len(set(names)) < listed:
        return None
    start, _end, name = places[-1]
    if name.casefold() not in names:
        return None
    if _TOLL_AT_PLACE_BEFORE_RE.search(text, max(places[listed - 1][1], start - _TOLL_AT_PLACE_WINDOW), start) is None:
        return None
    return listed, names.index(name.casefold())


# A list of places called regions, the wording of a military release: "in the A, B and C regions", "the regions of A,
# B and C" (the places it struck; "the villages of A and B" stays one event).
REGIONS_AFTER_LIST_RE = re.compile(r"\s+(?:regions|districts|areas)\b", re.IGNORECASE)
REGIONS_BEFORE_LIST_RE = compile_guarded(r"\b(?:regions|districts)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_RELEASE_REGIONS_AFTER_RE = re.compile(r"\s+regions\b", re.IGNORECASE)
# (also "the areas of A and B", and a release's "targets in the vicinity of A, B and C": each a place struck; not
# "the area of A and B", one area)
_RELEASE_REGIONS_BEFORE_RE = compile_guarded(
    r"\b(?:regions\s+of|areas\s+of|targets\s+in\s+the\s+vicinity\s+of)\s+(?:the\s+)?$", re.IGNORECASE
)
#: How far before its first place "the regions of" may open (characters).
_REGIONS_BEFORE_WINDOW = 30
# a region's villages, one bombardment however its regions are called: "shelled villages in the A and B regions"
_SETTLEMENTS_BEFORE_LIST_RE = compile_guarded(
    r"\b(?:villages|towns|hamlets|settlements|farms)\s+(?:in|of|across|around)\s+(?:the\s+)?(?:regions\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
#: The most regions one list (or one group of a list) is read for (a longer list is a summary of a campaign).
MAX_LISTED_REGIONS = 8
# between two names of one list: ", ", ", and ", " and " (after the name's other name in brackets: "A (Alias), B")
_NAME_LIST_GAP_RE = re.compile(r"(?:\s*\([^()]{1,30}\))?\s*(?:,\s*(?:and\s+)?|and\s+)")
# between two groups of a release's regions, each closed by its country: "the regions of A and B in northern Iraq and
# C and D in northern Syria", "the A and B regions of Northern Iraq, and the C and D regions of Northern Syria", "the
# areas of A in Iraq and of B in Syria"
_GROUP_GAP_RE = re.compile(
    r"(?:\s*\([^()]{1,30}\))?" + NEXT_GROUP_GAP + r"(?:(?:regions|areas)\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


def regions_listed(text: str, places: Sequence[tuple[int, int, str]], release_word_only: bool = False) -> bool:
    """Whether ``places`` (relative to ``text``, in text order) are one list of names called regions ("in the A, B and
    C regions", "in the regions of A, B and C"): two to :data:`MAX_LISTED_REGIONS` different names with nothing but
    commas and "and" between them (and a name's other name in brackets), or such groups, each closed by the country
    it lies in ("the regions of A and B in northern Iraq and C and D in northern Syria": each a region struck, those
    abroad too, for the geocoder to flag outside coverage). A military release's regions are the places it struck, each coded apart (as
    Airwars codes a release's strike locations); not the villages or towns of regions ("shelled villages in the A and B
    regions": one bombardment, as "the villages of A and B" is). ``release_word_only``: only the releases' own word, "regions" (not
    a report's "villages in the A and B districts", one bombardment)."""
    if len(places) < 2:
        return False
    # the groups of the list, each closed by its country ("... in northern Iraq and ... in northern Syria"): the
    # indexes where a group ends; else one list of names, nothing else between them
    ends: list[int] = []
    for index, (a, b) in enumerate(zip(places, places[1:])):
        if _NAME_LIST_GAP_RE.fullmatch(text, a[1], b[0]):
            continue
        if not _GROUP_GAP_RE.fullmatch(text, a[1], b[0]):
            return False
        ends.append(index)
    ends.append(len(places) - 1)
    starts = [0] + [end + 1 for end in ends[:-1]]
    if any(end - start + 1 > MAX_LISTED_REGIONS for start, end in zip(starts, ends)):
        return False
    first = places[0][0]
    after, before = (
        (_RELEASE_REGIONS_AFTER_RE, _RELEASE_REGIONS_BEFORE_RE)
        if release_word_only
        else (REGIONS_AFTER_LIST_RE, REGIONS_BEFORE_LIST_RE)
    )
    # (the regions' word after each group's last name, or before the first group: "the regions of A in X and B in Y")
    if not (
        all(after.match(text, places[end][1]) for end in ends)
        or before.search(text, max(0, first - _REGIONS_BEFORE_WINDOW), first)
    ):
        return False
    if _SETTLEMENTS_BEFORE_LIST_RE.search(text, max(0, first - _REGIONS_BEFORE_WINDOW - 15), first):
        return False  # "villages in the A and B regions": the regions' villages, one bombardment
    return len({name.casefold() for _, _, name in places}) == len(places)


# What a strike hit, then where: "a grain silo in", "the power station near", "a checkpoint in the village of",
# "houses in the", "two cars outside", "Syrian army positions near", "a checkpoint of the Internal Security Forces in",
# "a checkpoint at the entrance of": a few words naming a thing (none a verb of report, time or motion, which would
# make it another clause: "the SDF said a man in", "took him to hospital in"), then a word of place.
_HEAD_STOP_WORDS = (
    r"said|says|say|reported|reports|added|claimed|told|stated|announced|confirmed|according|while|but|after|before|"
    r"since|during|when|which|who|whom|where|was|were|is|are|had|has|have|been|being|killed|killing|wounded|wounding|"
    r"injured|injuring|died|fled|took|taken|transferred|rushed|moved|returned|then|later|also|and|or|as|to|from|with|"
    r"by|for|that|this|these|those|there|it|they|he|she|we|in|near|at|outside|on|around"
)
_TARGET_AT = (
    r"(?:(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Oo]ther|[Aa]nother|[Ii]ts|[Tt]heir|[Oo]ne)\s+)?"
    # (a compound head, "a bakery and a water tower near", "a depot and a house of the militia in"; a target told
    # by its user, "a house used by the fighters in")
    r"(?:(?:(?i:and|used\s+by|run\s+by|held\s+by)\s+)?(?!(?i:" + _HEAD_STOP_WORDS + r")\s)[A-Za-z][\w'’-]*\s+){1,9}?"
    # (the short name of the force a target belongs to, "positions of the Revolutionary Guard (IRGC) in")
    r"(?:\([A-Za-z]{2,12}\)\s+)?"
    # ("on the": a road or a front as the target's place, "a checkpoint on the A-B road")
    r"(?:in|near|at|outside|around|on\s+the\s+outskirts\s+of|in\s+the\s+vicinity\s+of|on(?=\s+the\s))\s+"
    r"(?:the\s+(?:(?:[a-z]+\s+)?(?:village|town|city|neighbou?rhood|district|area|entrance|outskirts|edge|"
    r"vicinity|gate|centre|center)\s+(?:of|to)\s+)|the\s+)?"
    # a site of a place: "the bakery of A", "the grain silos of B"
    r"|(?:[Tt]he\s+|[Aa]n?\s+)(?:[a-z]+\s+){0,2}(?:bakery|silos?|station|plant|hospital|school|mill|market|refinery|"
    r"dam|bridge|headquarters|prison|camp|checkpoint)\s+of\s+(?:the\s+)?"
)
# What was hit, named by its place: "the Tal Samin bridge", "the Swediyah power station", "the X gas and power plant"
# (the site word after the name).
_SITE_AFTER_PLACE_RE = re.compile(
    r"(?:\s+\([^()]{1,30}\))?\s+(?:(?:grain|gas|power|oil|water|electricity|fuel|pumping|military|border|police|weapons|arms|"
    r"ammunition)\s+(?:and\s+)?){0,2}"
    r"(?:silos?|bridge|junction|roundabout|dam|station|plant|field|facility|refinery|hospital|school|bakery|market|"
    r"checkpoint|base|post|camp|prison|hill|crossing|road|highway|mill|stadium|warehouses?|depots?)\b",
    re.IGNORECASE,
)
_STRIKE_VERB = (
    r"(?i:struck|hit|targeted|targeting|bombed|bombing|bombarded|shelled|shelling|pounded|striking|hitting|attacked|"
    r"attacking|destroyed|destroying|"
    # rockets or shells fired at what they hit: "rockets were fired at a base in A and a base in B"
    r"fired\s+(?:at|on|towards))"
)
# the words of a label of what was hit ("Targets:", "Among the targets:"), any space between them
_TARGETS_LABEL = TARGETS_LABEL_WORDS.replace(" ", r"\s+")
_TARGETS_LIST_VERB = TARGETS_LIST_VERB_WORDS.replace(" ", r"\s+")
# a strike noun and what it was on: "carried out strikes on Monday night on a camp in", "drone attacks targeting"
_STRIKE_NOUN_ON = (
    r"(?i:(?:air)?strikes?|raids?|attacks?|bombardment|shelling)"
    r"(?:\s+(?:on|late|early|last|this)(?:\s+[A-Za-z]+){1,2}?(?:\s+(?:night|morning|evening|afternoon))?)?"
    r"\s+(?i:on|against|targeting)"
)
# the time told between the strike and what it hit: "struck on Thursday the A power station", "targeted at dawn today
# a depot in B", "targeted on Thursday and Friday dawn" (at most two such phrases; two days joined as one)
_WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")"
_TIME_AFTER_STRIKE = (
    r"(?:\s+(?i:at\s+(?:dawn|dusk|night|noon|midnight)|overnight|yesterday|today|tonight|"
    r"(?:this|last)\s+(?:morning|night|evening|afternoon)|(?:early\s+|late\s+)?on\s+" + _WEEKDAY
    + r"(?:\s+and\s+(?:on\s+)?" + _WEEKDAY + r")?(?:\s+(?:night|morning|evening|afternoon|dawn))?)){0,2}"
)
_FIRST_TARGET_RE = compile_guarded(
    # a list labelled as what was hit: "Targets: the bakery of A, the B power station", "Among the targets: a silo in A"
    r"(?:(?<![\w-])(?i:" + _TARGETS_LABEL + r")\s*:|(?<![\w-])(?i:(?:the\s+)?targets\s+included|" + _TARGETS_LIST_VERB + r")|"
    r"\b(?:" + _STRIKE_VERB + "|" + _STRIKE_NOUN_ON + r")" + _TIME_AFTER_STRIKE + r")(?:\s+(?:several|many|multiple|civilian|military|\d+)?\s*"
    # ("a number of positions in the area:": a count of what was hit, then where, before the list's colon)
    r"(?:a\s+number\s+of\s+)?(?:[a-z]+\s+){0,2}(?:sites|targets|places|positions|facilities)"
    # (the region framing the list told by a name of one or two words: "in Raqqa countryside:", "in Al-Hasakah
    # countryside:", "in the Derik countryside:")
    r"(?:\s+(?:on|in|overnight|yesterday|today)(?:\s+[A-Za-z][\w'’-]*){0,2}?(?:\s+(?:region|area|province|countryside)(?=\s*:))?)?)?"
    # the time of a list told after a colon: "drones targeted in the last 72 hours: A ..., B ...", "struck on Monday:"
    r"(?:\s+(?:(?i:in\s+the\s+(?:last|past)\s+(?:\d{1,3}|[a-z]+)\s+(?:hours|days))|on\s+[A-Z][a-z]+|overnight|yesterday|"
    r"today|(?i:this|last)\s+(?:morning|night|evening))\s*:)?"
    r"\s*:?\s+(?:" + _TARGET_AT + r"|(?P<site>(?:the\s+)?))$"
)
# the first target of a list told before its strike, at the clause start: "A silo in ", "The Derik " (before "the
# Derik grain silos, ... were hit")
# (also a clause joined by "while" or "whereas": "..., while the Derik silos and a depot near B were hit")
_PASSIVE_LIST_OPENING_RE = re.compile(r"\W{0,3}(?:(?:while|whereas)\s+)?(?:" + _TARGET_AT + r"|(?P<site>[Tt]he\s+))")
# the strike after the list: "... were hit by drones", "... had been struck"
_PASSIVE_STRIKE_RE = compile_guarded(
    r"\b(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?(?:hit|struck|targeted|bombed|shelled|attacked|destroyed)\b"
)
#: How far after the list's last place its passive strike may stand (characters).
_PASSIVE_STRIKE_WINDOW = 60
# What joins one item of a list to the next: ", ", "; ", " and ", " & ", " as well as ", " in addition to " (the last
# one in the gap between two targets' places opens the next target).
_ITEM_SEPARATOR_RE = re.compile(r"[,;&]|\s[—–]\s|\band\b|\bas\s+well\s+as\b|\bin\s+addition\s+to\b", re.IGNORECASE)
# the next target, after the last separator: "a checkpoint in ", "also the ", "the " (before a target named by its
# place: "and the Derik grain silos")
_NEXT_TARGET_HEAD_RE = re.compile(
    # ("and another on a mill in B": one more strike of the kind, on a target of its own)
    r"\s*(?:(?:also|then)\s+)?(?:(?i:another|a\s+second|a\s+third|one)\s+(?i:on|against|targeting)\s+)?(?:" + _TARGET_AT + r"|(?P<site>(?:the\s+)?))")
# a word naming a thing (lower-case letters only): a target's head has one ("a checkpoint of the X Forces in")
_COMMON_NOUN_RE = re.compile(r"(?<![\w'’-])(?!(?:the|and|of|an?|al)\b)[a-z]{3,}(?![\w'’-])")
_REGION_AFTER_PLACE_RE = re.compile(r"\s+(?:countryside|regions?|deserts?|rural|province|governorate)\b", re.IGNORECASE)
# A clause that opens with a list labelled as what was hit: "Targets: ...", "Among the targets: ...".
_TARGETS_LABEL_OPENING_RE = re.compile(
    r"\W{0,3}(?:(?:" + _TARGETS_LABEL + r")\s*:|(?:the\s+)?targets\s+included\b)", re.IGNORECASE
)
# A place told with its site inside its span ("Til Kocer oil field", "al-Sina'a prison", "the Tishreen dam"): the site
# word is at its end, not after it.
_SITE_AT_END_RE = re.compile(r"\b(?:(?:oil|gas)\s+fields?|prison|dam|silos?|refinery|power\s+(?:station|plant))$", re.IGNORECASE)


def _names_its_site(name: str) -> bool:
    """Whether a place's name as told ends with the site struck ("Til Kocer oil field", "the Tishreen dam")."""
    return _SITE_AT_END_RE.search(name) is not None


def is_region_name(name: str) -> bool:
    """Whether a place's name as told names a region ("the countryside of A", "the desert of B", "A countryside")."""
    lowered = name.lower()
    return lowered.startswith(("the countryside", "countryside", "the desert", "the eastern", "the western", "the northern",
                               "the southern", "the rural")) or lowered.endswith(("countryside", "desert", "region"))


# a settlement told bare after a target: "and the village of ", "the town of "
_BARE_SETTLEMENT_HEAD_RE = re.compile(r"\s*the\s+(?:village|town|hamlet|city)\s+of\s+", re.IGNORECASE)
# a toll told with the place just named: "..., where an oil worker was killed", "(near X), in which two died"
_OWN_TOLL_TAIL_RE = re.compile(
    r"[^;.]{0,40}?,?\s+(?:where|in\s+which)\s+[^;.]{0,60}?\b(?:killed|martyred|died|wounded|injured|hurt)\b",
    re.IGNORECASE,
)
#: The longest stretch between one target's place and the next one's read as one list (characters): what the first
#: target's item says after its place ("where two workers were killed", "which supplies the city") and the next head.
_MAX_ITEM_GAP = 200
# A place that only says where the place before it lies: "Qasr Dib in Derik", "the al-Hizam area of Albukamal", "a
# gas station near Rmelan" after "the Swediyah power station", "Amuda, west of Qamishli" (not "A and in B": two places).
_LOCATOR_GAP_RE = re.compile(
    r"(?:\s+(?:city|town|village|countryside|camp|district|area|neighbou?rhood|sub-?district))?(?:\s+\([^()]{1,40}\))?"
    r"(?:\s+(?:(?:grain|gas|power|oil|water|fuel|military|border)\s+)?(?!(?:and|or|but|then|also)\b)[a-z]+)?"
    r"\s*,?\s*(?:in|of|near|outside|(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of))\s+"
    r"(?:the\s+(?:(?:[a-z]+\s+)?(?:countryside|village|town|city|area|district|province|governorate|region)\s+of\s+)?)?",
    re.IGNORECASE,
)


def only_locates_the_place_before(text: str, gap_start: int, gap_end: int) -> bool:
    """Whether the words between two places of ``text`` (``gap_start`` to ``gap_end``) make the second say only where
    the first lies: "the A gas station in B", "Qasr Dib in Derik", "the al-Hizam area of C", "Amuda, west of D"."""
    return _LOCATOR_GAP_RE.fullmatch(text, gap_start, gap_end) is not None


# An opening that ends on a word of place: "targeted sites in ", "struck positions near ", "struck positions in the "
# (what was hit, then where).
_OPENING_PLACE_WORD_RE = re.compile(r"\b(?:in|near|at|around|outside)\s+(?:the\s+)?$", re.IGNORECASE)
#: How far before the first target's place its act word may stand (characters).
_FIRST_TARGET_WINDOW = 120


def _targets_listed(text: str, places: Sequence[tuple[int, int, str]]) -> list[tuple[int, int] | None]:
    """The places of a clause whose strikes hit a list of targets, each named with its own place ("Turkish drones
    struck a grain silo in A, an oil station near B and a checkpoint in C", "hit the A bridge and a truck at the B
    junction"): one (start, end) stretch per target's place, None for a place that only locates the one before it
    ("a checkpoint near Qasr Dib in Derik": Derik), or [] when the clause is no such list.

    A wave of strikes told as one sentence is coded by Airwars and ACLED as one event per place struck: each
    target with its place tells the strike apart, as a count of events would. A list of bare places ("struck A and
    B") names no targets and stays one event (see :func:`distributive_parts`); so does a bare place told after a
    target ("positions near A and around B": B is told with A's item). Between two targets, what the first one's
    item says after its place is free ("a bakery in A, killing five workers, and a checkpoint in B", "a plant east of
    A, which supplies the city, as well as an oil facility near B"): the last separator of the stretch must open a
    target (:data:`_NEXT_TARGET_HEAD_RE`). A post's hashtag on a place ("a warehouse near the #X neighbourhood") is
    read with the place: the head before it ends at the "#".

    A list whose first item is a region struck ("positions in the A desert") is one only when its next item is told
    as another target ("..., other positions near B", "..., as well as a depot in C", "..., in addition to a post
    near D"): each group of targets with its own place is struck apart, as the web golds code it (web22 c5, web23
    c2, heldout22 c5). Without such a word ("positions in the A desert and B", "sites in the A deserts, the vicinity of B") the places
    stay one bombardment or one series of attacks."""
    places = [(start - 1 if start > 0 and text[start - 1] == "#" else start, end, name) for start, end, name in places]
    labelled = _TARGETS_LABEL_OPENING_RE.match(text) is not None  # "Among the targets: ...": a list whatever its items
    lead, opening = (0, None) if labelled else _list_opening(text, places)
    if lead:
        # "In the Derik countryside, drones struck a silo in A and a station in B": the places told before the strike
        # frame the list (None: no target's own; :func:`~mapapp.extract.mentions._one_per_place` gives them to each item)
        listed = _targets_listed(text, places[lead:])
        return [None] * lead + listed if listed else []
    first = places[0][0]
    if opening is None and not labelled:
        # the list told first, its strike after it: "A silo in A, a bakery near B and a post in C were hit by drones"
        opening = _PASSIVE_LIST_OPENING_RE.fullmatch(text, 0, first)
        if opening is None or not _PASSIVE_STRIKE_RE.search(text, places[-1][1], places[-1][1] + _PASSIVE_STRIKE_WINDOW):
            return []
    if (
        opening is not None
        and opening.group("site") is not None
        and not _OPENING_PLACE_WORD_RE.search(opening.group())
        and not _SITE_AFTER_PLACE_RE.match(text, places[0][1])
        and not _names_its_site(places[0][2])
    ):
        return []  # (but "targeted sites in A": what was hit, then its place, as a target's head tells it)
    # "the countryside of A and B", "positions in the A desert and B": regions, not targets (unless the next item is
    # told as another target, :data:`_ANOTHER_TARGET_RE`)
    opens_with_region = _REGION_AFTER_PLACE_RE.match(text, places[0][1]) is not None or is_region_name(places[0][2])
    targets = [0]  # indexes of the places that are targets (the others locate the target before them)
    cuts: list[int] = []  # where each target's item after the first begins (its separator)
    for index in range(1, len(places)):
        gap_start, gap_end = places[index - 1][1], places[index][0]
        if only_locates_the_place_before(text, gap_start, gap_end):
            continue
        cut = _next_target_cut(text, gap_start, gap_end, places[index][1], places[index][2])
        if cut is not None:
            targets.append(index)
            cuts.append(cut)
        # (else a place told with the target before it: "a bakery in A's B district", "near A and around B")
    if len(targets) < 2 or len({places[i][2].casefold() for i in targets}) < len(targets):
        return []
    if opens_with_region and not _ANOTHER_TARGET_RE.match(text, cuts[0], places[targets[1]][0]):
        return []
    edges = [0, *cuts, len(text)]
    stretches: list[tuple[int, int] | None] = [None] * len(places)
    for number, index in enumerate(targets):
        stretches[index] = (edges[number], edges[number + 1])
    return stretches


# The item after a region struck told as another target: ", another positions on ", "and other sites near ", ", as well
# as the X shrines in ", ", in addition to a depot near " (a head word of its own; matched from the item's separator).
_ANOTHER_TARGET_RE = re.compile(
    r"[\s,;]*(?:(?:and\s+)?(?:also\s+)?(?:an)?other\s|(?:as\s+well\s+as|in\s+addition\s+to)\s+(?:the\s+|an?\s+|(?:an)?other\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:[a-z]+\s+)(?:in|near|at|around|outside|on|of)\s)",
    re.IGNORECASE,
)


#: At most this many places may stand before the strike that opens a list of targets and frame it ("In A countryside, ...").
_MAX_FRAMING_PLACES = 2


def _list_opening(text: str, places: Sequence[tuple[int, int, str]]) -> tuple[int, re.Match[str] | None]:
    """The strike that opens a list of targets (:data:`_FIRST_TARGET_RE`) before its first target's place, and how
    many places the clause names before that strike ("In the Derik countryside, drones struck a silo in A and ..."):
    (0, match) when the first place is the first target, (n, match) when the first n places stand before the strike,
    (0, None) when no strike opens a list. At least two places must follow the framing ones."""
    first = places[0][0]
    opening = _FIRST_TARGET_RE.search(text, max(0, first - _FIRST_TARGET_WINDOW), first)
    lead = 0
    while opening is None and lead < _MAX_FRAMING_PLACES and lead + 2 < len(places):
        lead += 1
        start = places[lead][0]
        # (the strike stands after the framing places: it is searched for only past the last of them)
        opening = _FIRST_TARGET_RE.search(text, max(places[lead - 1][1], start - _FIRST_TARGET_WINDOW), start)
    return (lead, opening) if opening is not None else (0, None)


# the indefinite article of one thing, not of a count ("a number of", "a few", "a series of")
_ONE_THING_ARTICLE = r"an?\s+(?!number\b|few\b|series\b)"
# one target, told with the indefinite article: "a bakery in ", "an oil station near "
_ONE_TARGET_RE = re.compile(r"\s*(?:(?:also|then)\s+)?" + _ONE_THING_ARTICLE, re.IGNORECASE)


def _next_target_cut(text: str, gap_start: int, gap_end: int, place_end: int, name: str) -> int | None:
    """Where the next target's item begins (its separator), when the stretch between one target's place and the
    next place ends with a list separator and the head of a new target ("..., and a checkpoint at the entrance of ",
    "... as well as a post near ", ", the " before "the X oil station"); None when it does not. Linear: the stretch
    is bounded (:data:`_MAX_ITEM_GAP`) and scanned once for its separators."""
    if gap_end - gap_start > _MAX_ITEM_GAP:
        return None
    last = None
    for last in _ITEM_SEPARATOR_RE.finditer(text, gap_start, gap_end):
        pass
    if last is None:
        return None
    head = _NEXT_TARGET_HEAD_RE.fullmatch(text, last.end(), gap_end)
    if head is None and _BARE_SETTLEMENT_HEAD_RE.fullmatch(text, last.end(), gap_end):
        # "..., and the village of B, where a worker was killed": a settlement with a toll of its own is a hit of its
        # own (without one it stays with the target before it: "houses in A and the town of B")
        if not _OWN_TOLL_TAIL_RE.match(text, place_end):
            return None
    elif head is None or (
        head.group("site") is not None and not _SITE_AFTER_PLACE_RE.match(text, place_end) and not _names_its_site(name)
    ):
        return None
    if (_REGION_AFTER_PLACE_RE.match(text, place_end) or is_region_name(name)) and not (
        head is not None and _ONE_TARGET_RE.match(text, last.end(), gap_end)
    ):
        # "oil facilities in the Qamishli countryside": a region struck, not a target's place (but "and a bakery in the
        # A countryside": one target, told by the region it lies in)
        return None
    if head is not None and head.group("site") is None and not _COMMON_NOUN_RE.search(text, head.start(), head.end()):
        return None  # "Bab al-Farag in A": a name the gazetteer lacks, not a target
    cut = last.start()
    if text[cut].isalpha() and text[max(gap_start, cut - 1) : cut + 1].startswith(","):
        cut -= 1
    while cut > gap_start and text[cut - 1] in ", ":
        cut -= 1  # (", and a post in B": the item begins at its comma)
    return cut


# A region's head word before its place: "the desert of ", "the Badia of the ", "areas in the Badiya of ", "the
# eastern countryside of ", "the vicinity of " (not a settlement's, "the town of A and the village of B": one event)
_REGION_HEAD = (
    r"(?:(?:areas|positions|sites|targets|camps|hideouts)\s+in\s+)?the\s+(?:[a-z]+\s+)?"
    r"(?:desert|badi(?:y)?a|areas?|vicinity|outskirts|countryside|surroundings|environs)\s+of\s+(?:the\s+)?"
)
_REGION_HEAD_BEFORE_RE = re.compile(_REGION_HEAD + r"$", re.IGNORECASE)
# the next region told with a head of its own, after a list separator: ", and the desert of ", " as well as areas in
# the Badiya of "
# (the list separator: ", ", ", and ", " and ", " as well as "; matched only in a gap of at most _MAX_REGION_GAP)
_REGION_SEPARATOR = r"(?:,\s*(?:and\s+)?|\s+and\s+|\s*,?\s*as\s+well\s+as\s+)"
_NEXT_REGION_HEAD_RE = re.compile(_REGION_SEPARATOR + _REGION_HEAD + r"$", re.IGNORECASE)
_REGION_SEPARATOR_END_RE = re.compile(_REGION_SEPARATOR + r"$", re.IGNORECASE)
# a place whose name as told holds its region's head: "the Badia of Deir ez-Zor"
_REGION_HEAD_NAME_RE = re.compile(r"the\s+(?:[a-z]+\s+)?(?:desert|badi(?:y)?a|countryside|vicinity|outskirts)\s+of\s", re.IGNORECASE)
# one target struck told before the regions it lies in: "a car in ", "an ISIS hideout in ", "the house of a commander
# near " (not a count of them: "a number of positions in")
_ONE_TARGET_IN_RE = re.compile(r"\b" + _ONE_THING_ARTICLE + r"(?:[\w'’-]+\s+){1,2}(?:in|on|near|at)\s+$", re.IGNORECASE)
#: The longest stretch between one region's place and the next region's head (characters): what locates the first
#: ("south-west of Raqqa", "in Homs countryside") and the separator.
_MAX_REGION_GAP = 80


def regions_headed_apart(text: str, places: Sequence[tuple[int, int, str]]) -> list[tuple[int, int] | None]:
    """The places of a clause that names several regions struck, each with a head word of its own ("jets struck ISIS
    hideouts in the desert of A and the desert of B, south of C", "raids on the Badia of A, as well as areas in the
    Badia of D", "camps in the desert of the A area and the Badia of B"): one (start, end) stretch per region (None
    for a place that only locates the region before it, or that shares its head: "the Badia of A and E" is one
    region told by two towns), or [] when the clause is no such list.

    Each coordinated noun phrase with its own head is a region of its own, struck apart (as Airwars and ACLED code a
    location struck); one head over several names ("the area of A and B") and settlements ("the town of A and the
    village of B") stay one event. The caller reads it only for bombardments. Linear: each gap is bounded
    (:data:`_MAX_REGION_GAP`) and matched once."""
    if len(places) < 2:
        return []
    first_start, _, first_name = places[0]
    head_before = _REGION_HEAD_BEFORE_RE.search(text, max(0, first_start - 50), first_start)
    if head_before is None and not _REGION_HEAD_NAME_RE.match(first_name):
        return []
    head_start = head_before.start() if head_before is not None else first_start
    if _ONE_TARGET_IN_RE.search(text, max(0, head_start - 40), head_start):
        return []  # "a drone hit a car in the vicinity of A and the outskirts of B": one target, told by two regions
    items = [0]
    cuts: list[int] = []
    for index in range(1, len(places)):
        gap_start, gap_end = places[index - 1][1], places[index][0]
        if gap_end - gap_start > _MAX_REGION_GAP:
            return []
        window = text[gap_start:gap_end]
        head = _NEXT_REGION_HEAD_RE.search(window)
        if head is None and _REGION_HEAD_NAME_RE.match(places[index][2]):
            head = _REGION_SEPARATOR_END_RE.search(window)
        if head is None:
            continue  # (a place locating the region before it, or a second name under one head)
        items.append(index)
        cuts.append(gap_start + head.start())
    if len(items) < 2 or len({places[i][2].casefold() for i in items}) < len(items):
        return []
    edges = [0, *cuts, len(text)]
    stretches: list[tuple[int, int] | None] = [None] * len(places)
    for number, index in enumerate(items):
        stretches[index] = (edges[number], edges[number + 1])
    return stretches


# Between one (place, day) pair and the next: the clause goes on with a conjunction ("... in A on Monday and a patrol in
# B on Tuesday", "on Monday in A, and on Tuesday in B").
# (not a victim's or the attackers' later moves: "was wounded in A on Monday and died in hospital in B on Tuesday")
_DAY_PAIR_SEPARATOR_RE = re.compile(
    r"\s*[,;]?\s*(?:and|while|then|before)\b"
    r"(?![^;]{0,80}\b(?:died|dies|succumbed|hospital|fled|escaped|withdrew|transferred|taken|moved|arrested|buried)\b)"
    r"[^;]{0,80}",
    re.IGNORECASE,
)
#: The farthest a place and its day may stand apart to be read as a pair (characters).
_DAY_PAIR_WINDOW = 60


def parts_by_day(
    text: str, places: Sequence[tuple[int, int, str]], days: Sequence[tuple[int, int, object]]
) -> list[tuple[int, int]]:
    """The parts of a clause that tells one event per place and day ("Gunmen attacked a checkpoint in A on Monday
    and a patrol in B on Tuesday", "a drone hit a car on Monday in A and a house on Tuesday in B"): the (start, end)
    stretch of each pair, split after the first pair's later item, or [] when the clause does not pair them.

    ``places`` are (start, end, name) and ``days`` (start, end, key) with a key that tells one day from another, in
    text order, relative to ``text``. The places and days must alternate in pairs of one order (place then day, or
    day then place), each pair close together, the pairs joined by a conjunction (:data:`_DAY_PAIR_SEPARATOR_RE`),
    with distinct places and distinct days: the text gives separate times, and ACLED and UCDP code an event per day
    and place."""
    if len(places) < 2 or len(places) != len(days):
        return []
    items = sorted([(a, b, "place", name) for a, b, name in places] + [(a, b, "day", key) for a, b, key in days])
    first_kind = items[0][2]
    pairs = [(items[i], items[i + 1]) for i in range(0, len(items), 2)]
    for first, second in pairs:
        if first[2] != first_kind or second[2] == first_kind or second[0] - first[1] > _DAY_PAIR_WINDOW:
            return []
    if len({str(first[3] if first[2] == "place" else second[3]).casefold() for first, second in pairs}) < len(pairs):
        return []
    if len({repr(second[3] if first[2] == "place" else first[3]) for first, second in pairs}) < len(pairs):
        return []
    for index in range(1, len(pairs)):
        if not _DAY_PAIR_SEPARATOR_RE.fullmatch(text, pairs[index - 1][1][1], pairs[index][0][0]):
            return []
    edges = [0, *(pair[1][1] for pair in pairs[:-1]), len(text)]
    return [(edges[i], edges[i + 1]) for i in range(len(pairs))]


#: A toll over this many governorates is a statistic, not events (:mod:`.background`), and is not distributed.
GOVERNORATES_OF_A_STATISTIC = 3
#: How far after its count a place may be named to be the place it was counted at.
_COUNTED_AT_WINDOW = 60


@dataclass(frozen=True)
class DistributedPart:
    """One part of a clause whose toll is distributed over places: ``count`` and ``place`` index the counts and
    places given to :func:`distributive_parts`; ``start``..``end`` is the part's stretch of the clause."""

    start: int
    end: int
    count: int
    place: int


def distributive_parts(
    text: str, counts: Sequence[tuple[int, int]], places: Sequence[tuple[int, int, str]]
) -> list[DistributedPart]:
    """The parts of a clause that distributes its toll over several places, one event per place ("Shelling killed
    12 people in A and 7 in B", "gunmen killed a teacher in A and a shepherd in B", "five civilians were killed
    in A, while seven were killed in B", "killed 14 people: nine in A and five in B", "killed a child in A and
    wounded four people in B"); an empty list when it does not.

    ``counts`` are the (start, end) of the counts of people in the clause and ``places`` the (start, end, name) of
    its places below governorate level, both in text order and relative to ``text``. A part is a count followed by
    the place it was counted at (:data:`_COUNTED_AT_RE`); two or more parts in a row, joined by list separators
    (:data:`_PART_SEPARATOR_RE`) and at distinct places, make the clause distributive. Each part runs from the end
    of the one before (the first from the clause start) to its place, and the last to the clause end, so what the
    clause says before the list (its event word, actor, a total) and after it (a day, "by Turkish shelling") is
    read for every part by the caller.

    Why several events: ACLED codes one event per location and day (its codebook splits an event told over several
    locations), and UCDP GED one per location whose deaths it can tell apart; a toll the text gives place by place
    is such a split. A list of places with ONE toll or none ("strikes hit A and B, killing 20", "four fighters were
    killed in A and B", "the villages of A, B and C were shelled") stays one event with several places: nothing
    tells the events apart, and the complete real gold codes such lists as one incident (a raid on two towns,
    strikes on two neighbourhoods). Linear: each count looks at the places that start within a short window.
    """
    if len(counts) < 2 or len(places) < 2:
        return []
    starts = [p[0] for p in places]
    linked: list[tuple[int, int]] = []  # (count index, place index) of each count followed by its place
    for count_index, (_start, end) in enumerate(counts):
        place_index = bisect_left(starts, end)
        if place_index < len(places) and places[place_index][0] - end <= _COUNTED_AT_WINDOW:
            if _COUNTED_AT_RE.fullmatch(text, end, places[place_index][0]):
                linked.append((count_index, place_index))
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    boundaries: list[int] = []
    best_boundaries: list[int] = []
    for count_index, place_index in linked:
        if run:
            previous_place = places[run[-1][1]]
            separator = _PART_SEPARATOR_RE.fullmatch(text, previous_place[1], counts[count_index][0])
            if separator is not None and place_index > run[-1][1]:
                run.append((count_index, place_index))
                boundaries.append(separator.end("tail"))
                continue
        if len(run) > len(best):
            best, best_boundaries = run, boundaries
        run, boundaries = [(count_index, place_index)], []
    if len(run) > len(best):
        best, best_boundaries = run, boundaries
    if len(best) < 2 or len({places[p][2].casefold() for _, p in best}) < len(best):
        return _tolls_after_places(text, counts, places)
    edges = [0, *best_boundaries, len(text)]
    return [DistributedPart(edges[i], edges[i + 1], c, p) for i, (c, p) in enumerate(best)]


# A place, then its toll: "one on a car near A, killing two fighters"
_TOLL_AFTER_PLACE_RE = re.compile(
    r"(?:\s+(?:on|last|this)\s+[A-Za-z]+)?(?:\s*,?\s*(?:killing|wounding|injuring|leaving)"
    r"|,?\s+(?:that|which)\s+(?:killed|wounded|injured|left))\s+",
    re.IGNORECASE,
)
# the next event of an enumeration: "..., and another on a house in B", "; the second hit a car near B"
_NEXT_OF_ENUMERATION_RE = re.compile(
    r"\s*[,;]?\s*(?:and\s+|while\s+)?(?:another|the\s+(?:second|other|third|latter)|a\s+second)\b[^.;]{0,60}?"
    r"\b(?:in|near|at|on|outside)\s+(?:the\s+(?:[a-z]+\s+)?(?:village|town|city|neighbou?rhood)\s+of\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


def _tolls_after_places(
    text: str, counts: Sequence[tuple[int, int]], places: Sequence[tuple[int, int, str]]
) -> list[DistributedPart]:
    """The parts of an enumeration of events each told with its place, then its toll ("two strikes: one on a car
    near A, killing two fighters, and another on a house in B, wounding a woman"); [] when the clause is none."""
    count_starts = [c[0] for c in counts]
    linked: list[tuple[int, int]] = []  # (count index, place index)
    for place_index, (_start, end, _name) in enumerate(places):
        joint = _TOLL_AFTER_PLACE_RE.match(text, end)
        if joint is None:
            continue
        count_index = bisect_left(count_starts, joint.end())
        if count_index < len(counts) and counts[count_index][0] == joint.end():
            linked.append((count_index, place_index))
    if len(linked) < 2:
        return []
    for (count_index, _), (_, place_index) in zip(linked, linked[1:]):
        if not _NEXT_OF_ENUMERATION_RE.fullmatch(text, counts[count_index][1], places[place_index][0]):
            return []
    if len({places[p][2].casefold() for _, p in linked}) < len(linked):
        return []
    edges = [0, *(counts[c][1] for c, _ in linked[:-1]), len(text)]
    return [DistributedPart(edges[i], edges[i + 1], c, p) for i, (c, p) in enumerate(linked)]


__all__ = [
    "DIPLOMATIC_RE",
    "FIRM_ACTOR",
    "GENERIC_RE",
    "GOVERNORATES_OF_A_STATISTIC",
    "MAX_LISTED_REGIONS",
    "PERFECT_ASPECT_RE",
    "REGIONS_AFTER_LIST_RE",
    "REGIONS_BEFORE_LIST_RE",
    "ActorMention",
    "Clause",
    "DistributedPart",
    "TriggerHit",
    "attested_actor",
    "choose_actor",
    "distributive_parts",
    "event_type_in_context",
    "find_actor_mentions",
    "find_sources",
    "find_target",
    "find_triggers",
    "is_definite",
    "is_region_name",
    "only_locates_the_place_before",
    "opens_with_frame",
    "parts_by_day",
    "places_of_listed_events",
    "toll_told_at_a_listed_place",
    "regions_headed_apart",
    "regions_listed",
    "split_clauses",
]
