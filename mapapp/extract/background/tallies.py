"""Tallies and running tolls (verdict ``tally``): a count of events or a cumulative toll, not one event.

:func:`is_tally` reads a clause: a cumulative toll ("the death toll has risen to 19"), a count of events ("ten
attacks killed eight people in February", "SOHR has documented 98 operations since early 2022") unless it is one wave
of strikes ("several raids on X", "carried out 17 airstrikes on positions near X", "conducted 11 strikes near X over
the weekend", a release's "between Feb. 3 and 9": a few days at one place), casualties over a period, a span
of days or a report's period, the dead of a whole battle counted in hundreds, a line of a monthly summary. Beside it,
the mention-level tolls :mod:`.chain` asks for: a toll over three or more governorates (:func:`_spans_governorates`)
or two countries only (:func:`_spans_countries`), a month's toll over plural events (:func:`_monthly_toll`), a running
toll in vague numbers or "a week in which" (:func:`_period_toll`), a count neutralised over a military's operation as a
whole (:func:`_operation_toll`), a campaign-sized toll with no event word (:func:`_campaign_sized_bare_toll`), a toll
of plural events placed nowhere and told in the perfect or over a span of days (:func:`_unplaced_plural_toll`).

:func:`classify_continuations` then looks one sentence back: a sentence that adds to a tally ("In addition, nine were
killed in raids on ...", "Strikes also left dozens wounded") or breaks it into parts ("Among the civilians, seven were
killed by drones") with no day of its own is part of that tally.

:func:`classify_list_heads` reads a line ending in a colon whose bulleted list follows, each item an event told with
its own event word: the line sums the items up (their tally), an incident of none of them.

All patterns have bounded repetition and run once per clause: linear time.
"""

from __future__ import annotations

import re

from mapapp.extract.background.frames import _blank, _event_word_position, _figure_offset
from mapapp.extract.background.verdicts import HISTORY, TALLY
from mapapp.extract.clauses import GOVERNORATES_OF_A_STATISTIC, PERFECT_ASPECT_RE
from mapapp.extract.lexicon import BULLET_ITEM_RE, ascii_lower, compile_guarded, could_match, gated_search, month_alternation
from mapapp.extract.mentions import CANDIDATE, EventMention, SentenceReading
from mapapp.extract.triggers import STRIKE_RELEASE_RE
from mapapp.model import BOMBARDMENT_TYPES, EventType


_NUMBER = r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands|several|many|numerous|countless)"
# A count of events: "ten attacks", "98 operations", "dozens of assassinations". Found noun first (a plain
# alternation of words), then the number just before it: one pass, no scan with a many-branched prefix.
_EVENT_NOUN_RE = compile_guarded(
    r"\b(?:attacks|operations|assassinations|incidents|explosions|bombings|strikes|airstrikes|raids|ambushes|"
    r"killings|clashes|executions|abductions|kidnappings|shellings|bombardments|massacres)\b",
    re.IGNORECASE,
)
_COUNT_BEFORE_NOUN_RE = compile_guarded(
    rf"\b{_NUMBER}\s+(?:of\s+)?(?:(?:such|separate|similar|new|other|more|deadly|armed|suicide|drone|terrorist|security|"
    r"bomb|car|IED|mine|landmine|ISIS|Turkish|Russian|Israeli|coalition|US|regime|air)\s+)?$",
    re.IGNORECASE,
)
# A cumulative toll: "the death toll has risen to 19", "raises the number of ... to 635", "has increased to".
_RISEN_TO_RE = compile_guarded(
    r"\b(?:risen|rose|rises|raise[sd]?|increased|increases|climbed|climbs|reached|reaches|jumped|grew|mounted|stands|stood)"
    r"\s+(?:up\s+)?(?:to|at)\b",
    re.IGNORECASE,
)
_TOTAL_WORD_RE = compile_guarded(r"\b(?:toll|number|total|tally|count)\b[^.;]*$", re.IGNORECASE)
_CUMULATIVE_RE = compile_guarded(
    r"\b(?:raises?|raising|brings?|bringing|brought|raised|increases?|increasing)\s+(?:the\s+)?(?:total\s+)?"
    r"(?:death\s+toll|toll|number|total|tally|count)\b"
    r"|\b(?:raises?|raising|raised|brings?|bringing|brought|taking|takes)\s+to\s+(?:about\s+|nearly\s+|at\s+least\s+)?\d"
    r"|\b(?:the\s+)?(?:casualties|death\s+toll|toll|total)\s+(?:are|is|stands\s+at|stood\s+at|totals?)\s+"
    r"(?:about\s+|nearly\s+|at\s+least\s+)?\d",
    re.IGNORECASE,
)
#: A count with no number, read as a tally only in the perfect ("has committed many massacres").
_VAGUE_COUNT_RE = re.compile(r"(?:many|numerous|countless)\b", re.IGNORECASE)
_LIST_JOINER_RE = re.compile(r",?\s+(?:and|or)\s+|,\s*")
_KINDS_OF_A_SUMMARY = 3
_TOTAL_WINDOW = 140  # characters before "has risen to" in which the toll or number it raises is named


_CUMULATIVE_GATE = ("toll", "number", "total", "tally", "count", "casualties", "rais", "bring", "brought", "tak")
# "In two separate incidents, a mine exploded in A and gunmen shot dead a man in B": a frame for the few events the
# clause goes on to tell, not a count of events summed up (those give no "in": "ten separate attacks killed ...").
_SEPARATE_FRAME_RE = re.compile(r"\bin\s+(?:two|three|four|2|3|4)\s+(?:separate|different)\s+$", re.IGNORECASE)
# "ISIS claimed two attacks: one on a checkpoint in A ... and another on a patrol in B": the events counted are told
# one by one right after, each an incident.
_ENUMERATION_AFTER_RE = re.compile(r"(?:\s+on\s+\w+)?\s*[:,]\s*(?:one|the\s+first)\b", re.IGNORECASE)


def _cumulative(text: str) -> int | None:
    """Where a cumulative toll phrase starts in ``text``, or None (substring checks first: most clauses have none
    of the words, and ``in`` is far cheaper than a many-branched pattern)."""
    lowered = text.lower()
    if not any(word in lowered for word in _CUMULATIVE_GATE):
        return None
    found = _CUMULATIVE_RE.search(text)
    starts = [found.start()] if found else []
    for risen in _RISEN_TO_RE.finditer(text):
        window_start = max(0, risen.start() - _TOTAL_WINDOW)
        total = _TOTAL_WORD_RE.search(text, window_start, risen.start())
        if total is not None:
            starts.append(total.start())
            break
    return min(starts) if starts else None


def _counts_events(text: str, placed: bool = False) -> bool:
    """A number before a plural event noun ("ten attacks"), or a list of three kinds of events ("killed in attacks,
    bombings and ambushes"): events counted or summed up, not one told. ``placed``: the clause's event has a place
    below governorate level (in the clause or its line's header), which makes a count of strikes that is the clause's
    subject one place's wave (:func:`_one_wave`)."""
    if not could_match(_EVENT_NOUN_RE, text):
        return False
    previous_end = -1
    listed = 0
    # the whole text's period and perfect, looked for once (once per counted noun would be quadratic in a long one)
    over_a_period: bool | None = None
    perfect = False
    for noun in _EVENT_NOUN_RE.finditer(text):
        count = _COUNT_BEFORE_NOUN_RE.search(text, max(0, noun.start() - 40), noun.start())
        if (
            count is not None
            and not STRIKE_RELEASE_RE.match(text, noun.end())  # a strike release's "Near X, four strikes engaged ..."
            and not _SEPARATE_FRAME_RE.search(text, max(0, noun.start() - 40), noun.start())
            and not _ENUMERATION_AFTER_RE.match(text, noun.end())
        ):
            if over_a_period is None:
                over_a_period = _counts_over_a_period(text)
                # (the perfect of a source's report frames the count, it sums nothing up: "monitors have reported
                # that jets carried out eight strikes on X")
                perfect = PERFECT_ASPECT_RE.search(_REPORTED_PERFECT_RE.sub(_blank, text)) is not None
            if _VAGUE_COUNT_RE.match(text, count.start()):
                # "has committed many massacres" sums up; "a raid, the latest of many operations" ranks one event
                if perfect:
                    return True
            elif perfect or not _one_wave(text, count.start(), noun.end(), over_a_period, placed):
                return True
        joined = previous_end >= 0 and _LIST_JOINER_RE.fullmatch(text, previous_end, noun.start()) is not None
        listed = listed + 1 if joined else 1
        if listed >= _KINDS_OF_A_SUMMARY:
            return True
        previous_end = noun.end()
    return False


# "Warplanes launched several raids on X": a vague count of strikes told in the simple past is one wave of strikes
# (Arabic-language outlets' "shannat 'iddat gharat"), not a tally; "have carried out several raids" sums up.
_ONE_WAVE_RE = re.compile(r"several\s+(?:air\s+)?(?:raids|strikes|airstrikes)\b", re.IGNORECASE)
# So is a counted wave told as the striker's act on a target: "Russian jets carried out 17 airstrikes on positions near
# X", "warplanes targeted the pocket with more than 40 airstrikes" (the act's verb before the count; a period after it,
# "since Sunday", still makes it a tally).
_WAVE_ACT_BEFORE_RE = compile_guarded(
    r"(?:\b(?:carried\s+out|launched|conducted|executed|delivered|waged)|\b(?:targeted|struck|hit|pounded|bombed|shelled)"
    r"\s+(?:[\w'’-]+\s+){1,6}?with"
    # (the striker's answer: "jets responded with dozens of strikes on ...", "retaliated with 12 raids on ...")
    r"|\b(?:responded|retaliated|replied)\s+with)\s+(?:(?:more\s+than|at\s+least|over|about|around|nearly|almost|some|up\s+to)\s+)?"
    r"(?:dozens\s+of\s+)?$",
    re.IGNORECASE,
)
_WAVE_NOUN_RE = re.compile(r"(?:air\s+)?(?:raids|strikes|airstrikes)", re.IGNORECASE)
# (or the named place it fell near: "the coalition conducted 12 strikes near A", a release's count at one place, which
# Airwars codes as that place's strike of the day)
# (the place may be named as an area: "in the vicinity of A", "in the A area", "in the area" of the place just told)
_WAVE_TARGET_AFTER_RE = re.compile(
    r"\s+(?:on|against|targeting)\s|\s*,\s*(?:killing|wounding|injuring)\b"
    r"|\s+(?:near|around|in)\s+(?:the\s+(?:town|city|village|vicinity|outskirts|countryside)\s+of\s+)?(?-i:[A-Z])"
    r"|\s+(?:near|around|in)\s+the\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:area|region|pocket)\b",
    re.IGNORECASE,
)
#: How far before the count the act's verb may stand (characters).
_WAVE_ACT_WINDOW = 80
# (or after the noun, in the passive, the striker and then the target: "began with 40 strikes carried out by the
# coalition on the town", "12 raids conducted by Russian jets against positions near X")
_WAVE_ACT_AFTER_RE = compile_guarded(
    r"\s+(?:carried\s+out|launched|conducted|executed|delivered|waged)\s+by\s+(?:[\w'’.-]+\s+){1,6}?"
    r"(?:on|against|targeting)\s",
    re.IGNORECASE,
)
# A source's report told in the perfect before what it reports: "sources have reported that", "the monitor has said
# that" (the perfect of the saying, not of the events counted).
_REPORTED_PERFECT_RE = compile_guarded(
    r"\b(?:has|have)\s+(?:also\s+)?(?:reported|said|stated|confirmed|announced|indicated|revealed|noted)\s+that\b",
    re.IGNORECASE,
)
# A count of strikes as the subject of its clause, with nothing before it but a list mark, "during" or "in", or the
# place it fell near: "Six airstrikes near A destroyed ...", "-- Near A, eight strikes struck ...", "During 3 strikes,
# coalition forces engaged ..." (a release line under its "near A" header). At a place below governorate level and over
# no period, it is that place's wave (a release's line, which Airwars codes as the place's strike of the day); with a
# period ("Twelve strikes near A this week ..."), the perfect ("Forty strikes have hit A"), or no such place ("40
# strikes struck villages across the province") it still counts events.
_WAVE_SUBJECT_OPENING_RE = re.compile(
    r"\W*(?:\d{1,2}\.\s+)?(?:(?:during|in)\s+|near\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s*,\s*)?",
    re.IGNORECASE,
)
# A month's or a week's strikes counted: "carried out 40 strikes on ISIS positions last month", "in March"; strikes
# counted over several days or hours ("over three days", "within 72 hours", "over the previous 48 hours", "over the
# weekend") or between two days ("between March 3 and March 9", a weekly release).
_WAVE_PERIOD_RE = compile_guarded(
    r"\b(?:(?:last|this|past|previous)\s+(?:week|month|year)|(?:in|during|throughout)\s+(?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december)|(?:over|in|during)\s+the\s+(?:past|last|previous)"
    # (not one day's: "12 strikes near A in the past 24 hours" is that day's wave at A, as a daily briefing's strike is)
    r"(?!\s+(?:24|twenty-four)\s+hours)|over\s+the\s+weekend|a\s+week|"
    r"(?:over|in|within|during)\s+(?:a\s+few|several|\d{1,3}|two|three|four|five|six|seven|ten)\s+(?:days|hours|weeks|months)|"
    r"(?:over|in|within|during)\s+(?:one|a\s+single)\s+(?:week|month)|"
    # (the whole of a week, a month or a year: "during the month", "throughout the week", "in 2019")
    r"(?:during|throughout|over|in)\s+the\s+(?:whole\s+|entire\s+)?(?:week|month|year)|(?:in|during|throughout)\s+(?:19|20)\d\d|"
    r"between\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s)\b",
    re.IGNORECASE,
)


# A few days' span of a release or a report: "over the weekend", "over the past day", "over the following two days",
# "between Feb. 3 and 9", "between March 26 and April 1" (two days of the month: a week's release). The strikes counted
# over it at one place are that place's wave, as Airwars codes a release's count near a town; a month, a year, weeks,
# a span of hours ("within 48 hours", but for a day's "past 24 hours") or of days with no article ("over four days")
# or "since ..." still sum up.
_FEW_DAYS_RE = compile_guarded(
    r"\b(?:over|during|throughout)\s+the\s+weekend\b"
    r"|\b(?:over|in|during|within)\s+the\s+(?:past|last|previous|following|next)\s+"
    r"(?:day|night|(?:two|three|2|3)\s+days)\b"
    r"|\bbetween\s+(?-i:[A-Z])[a-z]{2,8}\.?\s+[0-3]?\d(?:st|nd|rd|th)?\s+and\s+(?:(?-i:[A-Z])[a-z]{2,8}\.?\s+)?"
    r"[0-3]?\d\b",
    re.IGNORECASE,
)


def _counts_over_a_period(text: str) -> bool:
    """Whether ``text`` counts strikes over a period longer than a few days (:data:`_WAVE_PERIOD_RE`, but for the
    spans :data:`_FEW_DAYS_RE` reads, which it blanks first)."""
    if _FEW_DAYS_RE.search(text) is not None:
        text = _FEW_DAYS_RE.sub(_blank, text)
    return _WAVE_PERIOD_RE.search(text) is not None


#: A count of strikes in thousands ("1,200 strikes", "thousands of strikes"): an air force's total, no one place's wave.
_THOUSANDS_COUNT_RE = re.compile(r"\d{1,3},\d{3}|\d{4}|thousands\b", re.IGNORECASE)


def _one_wave(text: str, count_start: int, noun_end: int, over_a_period: bool, placed: bool = False) -> bool:
    """Whether the count of strikes at ``count_start`` tells one wave of strikes rather than counting events:
    "several raids" (:data:`_ONE_WAVE_RE`), or, in a text that counts over no period (``over_a_period``:
    :data:`_WAVE_PERIOD_RE` found in it), a count the striker carried out on a target (:data:`_WAVE_ACT_BEFORE_RE`,
    then "on ..." or the wave's toll after the noun), or a count that is its clause's subject
    (:data:`_WAVE_SUBJECT_OPENING_RE`) at a place below governorate level (``placed``)."""
    if _ONE_WAVE_RE.match(text, count_start):
        return True
    noun = text[count_start:noun_end].split()[-1] if noun_end > count_start else ""
    if not _WAVE_NOUN_RE.fullmatch(noun) or over_a_period or _THOUSANDS_COUNT_RE.match(text, count_start):
        return False
    if placed and _WAVE_SUBJECT_OPENING_RE.fullmatch(text, 0, count_start) is not None:
        return True
    if _WAVE_ACT_AFTER_RE.match(text, noun_end) is not None:
        return True
    return (
        _WAVE_ACT_BEFORE_RE.search(text, max(0, count_start - _WAVE_ACT_WINDOW), count_start) is not None
        and _WAVE_TARGET_AFTER_RE.match(text, noun_end) is not None
    )


# A period rather than a day: "since early 2022", "during February", "so far (this year)" (the period of the events told
# before, "in the same period", is :data:`_REPORT_PERIOD_RE`'s).
_PERIOD_RE = compile_guarded(
    # (not an hour of the day the report tells, "since the early morning", "since midnight": that day's event)
    r"\b(?:since\s+(?:the\s+)?(?:beginning|start|early(?!\s+(?:morning|hours)\b)|late|"
    r"mid(?!night)|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|\d{4}|last(?!\s+(?:midnight|night|evening|morning|dawn)\b))"
    # "since Sunday", "since the campaign began": a running toll of several days
    r"|since\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|since\s+the\s+(?:\w+\s+)?(?:campaign|offensive|operation|escalation|bombardment)\b"
    # "since the fall of Baghouz in March", "since losing its last territory": a running toll since a turn of the war
    r"|since\s+(?:the|its|their)\s+(?:fall|capture|liberation|defeat|launch|end|collapse|loss|outbreak|ouster|expulsion|"
    r"withdrawal|retreat)\s+(?:of|from)\b|since\s+(?:losing|being\s+(?:driven|expelled|ousted))\b"
    r"|(?:in|during|over|throughout)\s+the\s+(?:past\s+(?:\w+\s+)?(?:months?|weeks?|years?|days|hours)|"
    r"last\s+(?:\w+\s+)?(?:months?|years?|weeks|days|hours)|first\s+(?:half|quarter)|month\s+of)"
    r"|\bthis\s+(?:year|month)\b"
    r"|\bso\s+far\b|by\s+the\s+end\s+of|month\s+of\s+[A-Z]"
    r"|(?:documented|recorded|monitored|counted)\s+(?:a\s+total\s+of\s+)?\d)",
    re.IGNORECASE,
)
_PERIOD_GATE = ("since", "this year", "this month", "same period", "past ", "last ", "first half", "first quarter", "month of", "so far", "end of",
                "documented", "recorded", "monitored", "counted")  # fmt: skip
# A periodic report's whole span, or the span of the events just told: "During this period, the command assesses that
# 900 civilians were killed", "in the same period, 11 shepherds were killed" (a tally when the clause names no place:
# "during that period, a sniper killed a boy in X" tells one event of that span).
_REPORT_PERIOD_RE = compile_guarded(
    r"\b(?:in|during|over|throughout|for)\s+(?:this|that|the\s+(?:reporting|review|same))\s+period\b", re.IGNORECASE
)
# A place told as spread over, no one event's site: "across Raqqa", "throughout the city".
_SPREAD_OVER_RE = re.compile(r"\b(?:across|throughout|all\s+over)\s", re.IGNORECASE)
# A span of days summed up: "eight were killed over the two days", "over three days", "in the first four days of the
# offensive", "have died there in a week" (a period when no place is named: "clashes over two days in X killed 11" is
# one incident at X).
_SPAN_OF_DAYS_RE = compile_guarded(
    r"\b(?:over|during|throughout|within|in)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+|preceding\s+|first\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(?:days|weeks|months|nights)"
    r"|(?:a|one)\s+(?:single\s+)?(?:week|fortnight|month))\b",
    re.IGNORECASE,
)
# An event ranked against others of a stretch: "the heaviest raid in a week", "for the first time in a month", "the
# third such attack in two weeks" (the stretch measures the ranking, it sums up no toll: :func:`_span_of_days`).
_RANKED_BEFORE_SPAN_RE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)|only|latest|"
    r"heaviest|deadliest|bloodiest|biggest|largest|worst|fiercest|strongest|most\s+[\w-]+)\s+(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_RANKED_BEFORE_SPAN_WINDOW = 60  # characters before the span in which the ranking is looked for


def _span_of_days(clause_text: str) -> bool:
    """Whether the clause sums up a span of days (:data:`_SPAN_OF_DAYS_RE`: "eight were killed over the two days",
    "300 have died there in a week") that does not only rank the event told (:data:`_RANKED_BEFORE_SPAN_RE`: "the
    heaviest raid in a week, killing nine"). A bounded window before each span: linear in the clause."""
    if not could_match(_SPAN_OF_DAYS_RE, clause_text):
        return False
    for span in _SPAN_OF_DAYS_RE.finditer(clause_text):
        window = clause_text[max(0, span.start() - _RANKED_BEFORE_SPAN_WINDOW) : span.start()]
        if _RANKED_BEFORE_SPAN_RE.search(window) is None:
            return True
    return False


# A day and the days after it: "strikes on Sunday and the following days hit 50 targets" (the day told opens a span;
# "died of his wounds over the following days" is the toll of an event told, no span of strikes).
_FOLLOWING_DAYS_RE = compile_guarded(
    r"\band\s+the\s+(?:following|next|subsequent)\s+(?:days|weeks|nights)\b",
    re.IGNORECASE,
)
# A recent stretch of time told as such: "since yesterday", "over the previous week" (a running toll or summary when
# no place is named: "Since yesterday, strikes have killed 6 people"; "strikes on the town since yesterday" tell a
# bombardment of the town). A day and the days after it are :data:`_FOLLOWING_DAYS_RE`'s.
_RECENT_STRETCH_RE = compile_guarded(
    r"\bsince\s+yesterday\b"
    r"|\b(?:in|during|over|throughout)\s+the\s+(?:previous|preceding)\s+(?:week|fortnight|month|days|weeks|months)\b",
    re.IGNORECASE,
)
# The event ranked in a count of its kind: ", the third attack this week", ", in the fourth such strike this month",
# "; it is the fifth such death this season" (the period after it is the count's: no tally of the clause's event).
_TAIL_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
_RANKED_TAIL = (
    rf"[,;]\s+(?:in\s+)?(?:(?:what|it|this|that)\s+(?:is|was)\s+)?(?:the|its|their)\s+{_TAIL_ORDINAL}\s+(?:such\s+)?(?:[\w-]+\s+)?"
    r"(?:attack|strike|bombing|blast|explosion|shelling|raid|ambush|assassination|killing|incident|assault|one|time|"
    r"death|casualty|victim)s?\b"
)
_RANKED_TAIL_RE = compile_guarded(_RANKED_TAIL, re.IGNORECASE)


# --- Summaries of a period or a campaign.
# A running toll in vague numbers, told in the perfect: "clashes along the front line have killed scores of fighters",
# "assassinations have claimed the lives of dozens", "dozens of fighters have been killed in the clashes", "mines have
# killed and injured hundreds of civilians".
#: A party of attackers named by one bare plural word ("militants", "rebels"): the subject of one attack's toll, not of
#: a running one (:data:`_RUNNING_TOLL_RE`).
_ATTACKING_PARTY_PLURAL = (
    r"(?:fighters|militants|jihadists|rebels|insurgents|attackers|assailants|terrorists|extremists|militias|"
    r"troops|soldiers|forces|raiders)"
)
#: The hurt told with the dead, "killed and injured hundreds", "killed or wounded dozens" (the casualties stage reads
#: no figure from such a joint vague count, so the running toll is read here whatever the mention's figure).
_AND_HURT = r"(?:(?:and|or)\s+(?:injured|wounded|maimed)\s+)?"
_RUNNING_TOLL_RE = compile_guarded(
    # (the pluperfect of reported speech too, after a subject of one bare plural word: "she said mines had killed
    # hundreds of returning farmers"; not "the strike had killed dozens", "IS militants had killed dozens": one event's
    # toll as reported; nor a party of attackers, "witnesses said militants had killed dozens when they stormed X":
    # the toll of the attack they made)
    r"(?:\b(?:has|have)|(?:^|,\s+|\b(?:that|and|said|says)\s+)(?!" + _ATTACKING_PARTY_PLURAL + r"\s)[a-z]+s\s+had)\s+"
    r"(?:so\s+far\s+|now\s+|already\s+|since\s+then\s+)?(?:killed|left|claimed(?:\s+the\s+lives\s+of)?|"
    r"cost(?:\s+the\s+lives\s+of)?|wounded|injured|maimed|executed|beheaded)\s+" + _AND_HURT
    + r"(?:(?:more\s+than|at\s+least|over|nearly|almost|some|about|"
    r"around|well\s+over)\s+)?(?:scores|dozens|hundreds|thousands|tens\s+of\s+thousands|countless|numerous)\b"
    r"|\b(?:scores|dozens|hundreds|thousands)\s+(?:of\s+(?:[\w-]+\s+){1,2}?)?(?:have|has)\s+(?:now\s+|so\s+far\s+)?been\s+"
    r"(?:killed|wounded|injured|maimed)\b",
    re.IGNORECASE,
)
# A toll over a stretch of time told as such: "a week in which strikes killed scores of people", "the month during which".
_PERIOD_WHICH_RE = compile_guarded(
    r"\b(?:a|the|one|another)\s+(?:[\w-]+\s+)?(?:week|month|fortnight|year|period|weekend|days|weeks|months)\s+"
    r"(?:in|during|over)\s+which\b",
    re.IGNORECASE,
)


# "February: ten attacks ..." / "- March: 4 operations": a line of a monthly summary.
_SUMMARY_LINE_RE = re.compile(
    r"^\s*(?:[-•*–]\s*)?(?:in\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?:\s+\d{4})?\s*[:–-]",
    re.IGNORECASE,
)


# Words that add a further item to what the sentence before said: "In addition, 16 were killed ...".
ADDITIVE_OPENING_RE = re.compile(
    r"\W*(?:in\s+addition|moreover|furthermore|additionally|besides|also|as\s+well)\b|\W*(?:\w+\s+){1,4}?also\b",
    re.IGNORECASE,
)

# Words that break a total told just before into its parts: "Among the civilians, seven were killed by drones ...",
# "Of them, 12 died in shelling", "Of these, 19 were carried out by gunmen", "Including eight children, ...".
_BREAKDOWN_OPENING_RE = re.compile(
    r"\W*(?:among|of)\s+(?:them|these|those|whom|which|the\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,)"
    # "Of the dead, 40 were killed by drones"
    r"|\W*among\s+the\s+(?:dead|killed|victims|casualties|deaths|fatalities)\b"
    r"|\W*(?:including|broken\s+down)\b"
    # "The dead include nine killed by shelling and four by mines", "Those killed included ...", and the total itself
    # as the subject: "The toll includes 14 killed by gunmen", "This death toll included ..."
    r"|\W*(?:the|those|this|that)\s+(?:dead|killed|victims|casualties|deaths|fatalities|(?:death\s+)?(?:toll|tally|total))\s+"
    r"(?:include[sd]?|comprised?|were\s+made\s+up\s+of)\b",
    re.IGNORECASE,
)

# A count a monitor made or a total stated, with no event word: "documented the death of 39 people", "recorded 52
# deaths", "a total of 61 civilians were killed".
_TOTAL_COUNTED_RE = compile_guarded(
    r"\b(?:documented|recorded|registered|counted|tallied|monitored)\s+(?:the\s+)?(?:deaths?\s+of|killing\s+of|"
    r"(?:at\s+least\s+|more\s+than\s+|some\s+)?\d[\d,]*)|\ba\s+total\s+of\s+\d|\bin\s+total\b",
    re.IGNORECASE,
)

_TOTAL_SUBJECT_RE = re.compile(r"\W*(?:the|this|that)\s+(?:death\s+)?(?:toll|total|tally|count|number|figure)\b", re.IGNORECASE)

# The events a count just told counted, named again as the sentence's subject: "The attacks killed 17 people" after
# "The report recorded 46 attacks in August", "These strikes left ..." (a plural event noun, up to one word before it).
_COUNTED_EVENTS_SUBJECT_RE = re.compile(
    r"\W*(?:the|these|those|such)\s+(?:[\w-]+\s+)?(?:attacks|strikes|airstrikes|raids|bombings|operations|"
    r"assassinations|explosions|incidents|ambushes)\b",
    re.IGNORECASE,
)


# Plural events a toll was counted over: "41 civilians had been killed in coalition raids on the pocket in July".
_PLURAL_EVENTS_RE = re.compile(
    r"\b(?:raids|strikes|airstrikes|air\s+strikes|attacks|bombings|bombardments|shellings|explosions)\b", re.IGNORECASE
)


def _monthly_toll(mention: EventMention) -> bool:
    """A toll over plural events dated by a month alone, no day ("41 civilians had been killed in coalition raids on
    the pocket in July"): a month's count, not one event."""
    if not mention.has_figure or mention.point_dates or not any(d.kind == "month" and d.day is None for d in mention.dates):
        return False
    return bool(_PLURAL_EVENTS_RE.search(mention.clause_text))


# A military's count of enemies "neutralised" over its operation as a whole: "87 militants had been neutralised in its
# aerial operation", "its ground operations have neutralised 12 militants", "were neutralised as a result of its air campaign"
# (the operation named by its owner, or by its kind after the definite article: not "in an operation near X", nor "the
# operation" alone, the raid just told: "The SDF raided a hideout. Two militants were neutralised in the operation").
_WHOLE_OPERATION = (
    r"(?:(?:its|their|our)\s+(?:(?:air|aerial|ground|military|cross-border|counter-terrorism|latest|ongoing|new)\s+)?"
    r"|(?:the|this)\s+(?:air|aerial|ground|military|cross-border|counter-terrorism|latest|ongoing|new)\s+|the\s+(?=operations\b))"
    r"(?:operations?|campaign|offensive)\b"
)
_OPERATION_COUNT_RE = compile_guarded(
    r"\bneutrali[sz](?:ed|ing)\b[\"”’']?(?:\s+[\w\"“”‘’'-]+){0,4}?\s+(?:in|during|within|through|throughout|as\s+a\s+result\s+of)\s+"
    + _WHOLE_OPERATION
    + r"|\b" + _WHOLE_OPERATION + r"\s+(?:had|has|have)\s+(?:[\w-]+\s+)?[\"“”‘’']?neutrali[sz]ed\b",
    re.IGNORECASE,
)


def _operation_toll(mention: EventMention) -> bool:
    """A count of enemies neutralised over a military's operation as a whole (:data:`_OPERATION_COUNT_RE`), with no
    place below governorate level and no day: the ministry's running count, not one strike ("In an air operation near X
    on Monday, 5 terrorists were neutralized" is one)."""
    if not mention.has_figure or mention.point_dates or mention.sub_governorate_places:
        return False
    return gated_search(_OPERATION_COUNT_RE, mention.clause_text) is not None


def _campaign_sized_bare_toll(mention: EventMention) -> bool:
    """A death toll of :data:`_CAMPAIGN_SIZED_TOLL` or more told with no event word at all ("The coalition estimates
    6,000 militants were killed in X", "over 1,000 civilians died in the city"): the dead of a battle or a war summed
    up, not one event's (an event of that size is told by its event word: "a car bomb killed 500 at the market")."""
    if mention.trigger_word or mention.killed is None:
        return False
    return max(mention.killed.low or 0, mention.killed.high or 0) >= _CAMPAIGN_SIZED_TOLL


# A span between two days: "between April 23 and May 23", "from 3 March to 17 April" (the dates read open and close it).
# (the month names, capitalised: "may" the verb is no month)
_MONTH_NAME = r"(?:" + month_alternation(capitalised=True) + r")\.?"
_DAY_OF_MONTH = r"(?:\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?,?)?"
_BETWEEN_DAYS_RE = compile_guarded(
    r"\b(?:[Bb]etween|[Ff]rom)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?" + _MONTH_NAME + _DAY_OF_MONTH
    + r"\s+(?:and|to|until|till)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?" + _MONTH_NAME + r"(?!\w)",
)
#: The perfect of a toll right after the event word, its subject: "(attacks) have killed", "(strikes) have so far left".
_PERFECT_TOLL_AFTER_RE = re.compile(
    r"\s+(?:have|has)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:killed|left|claimed|cost|wounded|injured)\b", re.IGNORECASE
)
#: The clause's event word when it names plural events (its whole text: "strikes", "Turkish attacks" is "attacks").
_PLURAL_EVENT_WORD_RE = re.compile(
    r"(?:[\w-]+\s+)?(?:raids|strikes|airstrikes|air\s+strikes|attacks|bombings|bombardments|shellings)", re.IGNORECASE
)
#: A count of the events before their word: "twin bombings", "two car bombings", "both attacks", "3 strikes" (a few
#: events told as one incident, not a running count).
_COUNTED_EVENTS_BEFORE_RE = re.compile(
    r"\b(?:twin|double|triple|two|three|four|five|both|\d{1,2})\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_COUNTED_EVENTS_WINDOW = 30  # characters before the event word in which its count is looked for


def _unplaced_plural_toll(mention: EventMention) -> bool:
    """A toll laid on plural events that the clause does not place, told in the perfect or over a span of days:
    "Turkish attacks have killed 42 people", "between April 23 and May 23, coalition strikes killed 225 civilians in
    Syria" (days that open and close a span date no event). Many strikes with their dead, no place and a running
    aspect or a span is a count a monitor or a party keeps, not an incident one can map. Left alone: a headline (its
    place and day are the body's), a clause with any place (a wave on one area told with its toll, "strikes on Raqqa
    killed 12"), and the simple past with no span ("13 fighters were killed in Russian airstrikes" is a bulletin's
    wave of the day, its place on the line's label or in the next sentence). Nor, in the perfect, events counted or
    known: "twin bombings have killed 14" is one incident, "the strikes have killed four" the toll of strikes told
    just before (the span of days still makes either a count)."""
    if mention.headline or mention.killed is None or mention.places:
        return False
    if _PLURAL_EVENT_WORD_RE.fullmatch(mention.trigger_word) is None:
        return False
    if gated_search(_BETWEEN_DAYS_RE, mention.clause_text) is not None:
        return True
    if mention.point_dates or mention.definite:
        return False
    clause = mention.clause_text
    word = _event_word_position(mention)
    if word < 0 or _PERFECT_TOLL_AFTER_RE.match(clause, word + len(mention.trigger_word)) is None:
        return False
    return _COUNTED_EVENTS_BEFORE_RE.search(clause, max(0, word - _COUNTED_EVENTS_WINDOW), word) is None


def _dated_but_since(mention: EventMention, after: int) -> bool:
    """Whether the clause gives a day other than the start of the stretch a running toll is counted since: a day told
    after "since", after the toll (at ``after`` in the clause), opens the count ("have killed dozens since the attack
    began six days ago", "since the group was pushed out in October 2017"), it dates no event."""
    since = mention.clause_text.lower().find("since", after)
    start = mention.clause_text_start  # (where the clause text, its opening punctuation kept, begins)
    return any(since < 0 or d.start - start < since for d in mention.point_dates)


def _period_toll(mention: EventMention) -> bool:
    """A toll told over a stretch of time rather than for one event: a running toll in vague numbers with no day
    ("clashes along the front have killed scores of fighters"), or a toll after "a week in which" (whatever day the
    sentence gives: it is the report's). (A weekend is no such stretch: "raids on X killed eight over the weekend" is
    one incident to an analyst.)"""
    clause = mention.clause_text
    running = gated_search(_RUNNING_TOLL_RE, clause)
    if running is not None and not _dated_but_since(mention, running.end()):
        return True  # (its vague count is the figure: "have killed and injured hundreds" reads none of its own)
    if not mention.has_figure:
        return False
    found = gated_search(_PERIOD_WHICH_RE, clause)
    if found is None:
        return False
    offset = _figure_offset(mention)
    return offset is None or offset > found.start()


def classify_continuations(readings: list[SentenceReading]) -> None:
    """Across sentences: a sentence that adds to a tally told just before ("In addition, 16 civilians were killed in
    raids on ...", "Airstrikes also left hundreds injured") or breaks it into parts ("Among the civilians, seven were
    killed by drones, five by mines") is part of that tally when it gives no day of its own; so is one naming the
    counted events again as its subject ("The attacks killed 17 people") or a line of the breakdown the count
    announced ("- 19 killed by drone strikes"), when it names no place and no day; and one naming them again with a
    definite plural anywhere ("five people died in the strikes"), with no place and no day.
    The verdict carries down a chain of such sentences. Runs after :func:`~.chain.classify_sentence`; one pass."""
    tally_before = False
    tally_kinds: set[EventType] = set()  # the types of the events the tally just before counted (none: no event word)
    for reading in readings:
        if not reading.mentions:  # a toll with no event word: "The number killed since June has risen to 412."
            # (or a count a monitor made: "SOHR documented the death of 39 people in May", "A total of 61 civilians
            # were killed in March", the total a breakdown that follows takes apart)
            # and a sentence about that total ("The death toll was distributed as follows: ...") keeps it told
            counts = is_tally(reading.text, reading.text) or bool(gated_search(_TOTAL_COUNTED_RE, reading.text))
            tally_before = counts or tally_before and bool(
                _TOTAL_SUBJECT_RE.match(reading.text) or _BREAKDOWN_OPENING_RE.match(reading.text)
            )
            if counts or not tally_before:
                tally_kinds = set()  # (a count with no event word: of any kind)
            continue
        additive = bool(ADDITIVE_OPENING_RE.match(reading.text) or _BREAKDOWN_OPENING_RE.match(reading.text))
        # the events just counted, named again ("The attacks killed 17 people"), and a line of the breakdown a count
        # announced ("... in February, distributed as follows:\n- 19 killed by drone strikes"), naming no place
        counted = tally_before and bool(
            _COUNTED_EVENTS_SUBJECT_RE.match(reading.text)
            or BULLET_ITEM_RE.match(reading.text)
        )
        if counted:
            for mention in reading.mentions:
                if mention.verdict == CANDIDATE and not mention.point_dates and not mention.named_places:
                    mention.verdict = TALLY
        if tally_before:
            for mention in reading.mentions:
                # the events just summed up, named again with a definite plural ("Officials said five people
                # died in the strikes"), no place and no day of their own: that summary's toll
                # (of the kind counted: "The clashes with the tribes killed two" after a tally of drone strikes is
                # another event)
                if (
                    mention.verdict == CANDIDATE
                    and mention.definite
                    and mention.trigger_word.endswith("s")
                    and not mention.point_dates
                    and not mention.named_places
                    and _of_the_kinds_counted(mention.event_type, tally_kinds)
                ):
                    mention.verdict = TALLY
        if tally_before and additive:
            for mention in reading.mentions:
                # (not one item of a list of hits each told with its place: "The drones also bombed a bakery in A,
                # killing five, and a checkpoint in B" tells the events the tally counts)
                if (
                    mention.verdict == CANDIDATE
                    and not mention.point_dates
                    and not mention.distributed
                    and not _one_event_at_a_place(mention)
                ):
                    mention.verdict = TALLY
        # (a count a monitor recorded over a past month is told as history, and is a count all the same: "The report
        # recorded 46 attacks in August")
        tally_before = any(m.verdict == TALLY for m in reading.mentions) or (
            any(m.verdict == HISTORY for m in reading.mentions) and bool(gated_search(_TOTAL_COUNTED_RE, reading.text))
        )
        tally_kinds = {m.event_type for m in reading.mentions if m.verdict in (TALLY, HISTORY)} if tally_before else set()


#: At most this many bulleted lines are read as the items of a list a line ending in a colon announces.
_LIST_ITEMS_READ = 15


def classify_list_heads(readings: list[SentenceReading], text: str) -> None:
    """Across sentences: a line ending in a colon whose list follows, each item a bulleted line telling an event of its
    own ("Turkish drones struck on Friday:" / "- A: a drone hit a car, killing two." / "- B: a drone hit a post.") sums
    its items up: its candidate whose event word stands last (nearest the colon) is the list's tally, neither an
    incident of its own nor evidence of the first item (an event told before it in the line is its own: "shelling
    killed a boy in A, and fighting went on in these villages:"; so is a head telling dead the items do not add up to:
    :func:`_toll_of_its_own`).
    Not when an item tells no event word (its event is the head's: "- the gas station near C"), nor for a head naming a
    place no item names again (an event of its own, told before the list). An item's line may go on in sentences of
    its own ("- A: gangs shelled the village. Our fighters responded."); the list ends at the first line that is not
    bulleted. ``text`` is the document's text the sentences are offsets into. Runs after
    :func:`~.chain.classify_sentence`; each sentence is looked at once as a head and at most
    :data:`_LIST_ITEMS_READ` times as an item."""
    for position, reading in enumerate(readings):
        if not reading.mentions or not reading.text.rstrip().endswith(":"):
            continue
        candidates = [m for m in reading.mentions if m.verdict == CANDIDATE]
        if not candidates:
            continue
        # (the event word nearest the colon announces the list; one told before it is an event of its own: "shelling
        # killed a boy in A, and fighting went on in these villages:")
        head = max(candidates, key=_event_word_position)
        items: list[SentenceReading] = []
        line_end = reading.sentence.end
        for item in readings[position + 1 : position + 1 + _LIST_ITEMS_READ]:
            opens_line = "\n" in text[line_end : item.sentence.start]
            line_end = item.sentence.end
            if not opens_line and items:
                continue  # the item's line goes on: "- A: gangs shelled the village. Our fighters responded."
            if BULLET_ITEM_RE.match(item.text) is None:
                break
            items.append(item)
        if len(items) < 2 or not all(any(m.trigger_word for m in item.mentions) for item in items):
            continue
        items_text = ascii_lower(" ".join(item.text for item in items))
        if all(ascii_lower(place.text) in items_text for place in head.named_places) and not _toll_of_its_own(head, items):
            head.verdict = TALLY


def _toll_of_its_own(head: EventMention, items: list[SentenceReading]) -> bool:
    """Whether a list head tells dead its list's items do not add up to: the head's own event, the list told as
    what came before it ("a car bomb killed six in A on Monday, the third of several attacks:" over two items
    telling two and one dead); a head telling no dead, or the items' sum ("drones killed 7 on Friday:" over 2 and 5),
    sums the list up."""
    if head.killed is None or head.killed.low is None:
        return False
    items_killed = sum(m.killed.low for item in items for m in item.mentions if m.killed is not None and m.killed.low)
    return items_killed != head.killed.low


def _of_the_kinds_counted(event_type: EventType, kinds: set[EventType]) -> bool:
    """Whether an event of ``event_type`` may be one of the events a tally of ``kinds`` counted: any when the tally
    named no event word, else the same type or, for fire, any kind of fire (drone strikes counted, "the strikes")."""
    if not kinds or event_type in kinds or event_type in (EventType.ATTACK, EventType.OTHER):
        return True
    return event_type in BOMBARDMENT_TYPES and bool(kinds & BOMBARDMENT_TYPES)


# One event told by its weapon or device in the singular: "A Turkish drone also struck ...", "an officer was killed by a
# landmine near X" (the indefinite article, up to two words before the event word).
_ONE_EVENT_BEFORE_RE = compile_guarded(r"\b(?:an?|one|another)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _one_event_at_a_place(mention: EventMention) -> bool:
    """True when the mention tells one event at a place below governorate level, its event word in the singular after
    an indefinite article ("Also, a drone struck a car near X, killing two"): an event of its own, not a part of the
    tally told before it ("In addition, 16 civilians were killed in raids on X" adds to it)."""
    if not mention.sub_governorate_places or not mention.trigger_word or mention.trigger_word.endswith("s"):
        return False
    position = mention.trigger_start
    return position > 0 and _ONE_EVENT_BEFORE_RE.search(mention.clause_text, max(0, position - 40), position) is not None


def is_tally(
    clause_text: str,
    sentence_text: str,
    dated: bool = False,
    figure_offset: int | None = None,
    no_casualties: bool = False,
    placed: bool = False,
) -> bool:
    """True when the clause counts events or totals a toll instead of telling one event.

    A cumulative toll ("the toll has risen to 19", "raising the death toll to", "the casualties are 973") unless the
    clause first gives a figure of its own or, placed or dated, names it its event's own ("the toll of which rose to
    9", :func:`_events_own_toll`), a line of a monthly summary ("February: ...") always; a count of events ("ten attacks", "98 operations") or casualties over a period
    ("since early 2022") or the dead of a whole battle ("more than 1,000 were killed in
    the fighting") when the clause gives no day (``dated``): "dozens of
    airstrikes on Wednesday" is one wave of strikes on one day; a span of days ("over the two days", and "on Sunday and
    the following days" whatever its day) or a report's period ("during this period", "in the same period") when, besides, the clause names no
    place (``placed``). A clause whose only figure is zero
    (``no_casualties``: "no casualties have been reported so far") totals nothing over a period: "so far" there
    is how long the report has held, and the clause tells one event.
    """
    if _SUMMARY_LINE_RE.match(sentence_text):
        return True
    cumulative = _cumulative(clause_text)
    if cumulative is not None:
        # ("11 were killed in the strike ..., which raises the toll to 989": the event, then the total; not the event's
        # own toll, "shelled a market in X on Monday, the toll of which has risen to 9": the event is read below)
        own_toll = (placed or dated) and _events_own_toll(clause_text, cumulative)
        if not own_toll and (figure_offset is None or figure_offset >= cumulative):
            return True
        # the period and the events counted after a running toll are the total's ("..., killing two fighters, which
        # raised the number killed this month to 14"): the event told before it is read alone
        clause_text = clause_text[:cumulative]
    ranked = gated_search(_RANKED_TAIL_RE, clause_text)
    if ranked is not None and (figure_offset is None or figure_offset < ranked.start()):
        # ("a drone killed three men, the third such strike over the previous week": the period is the ranking's)
        clause_text = clause_text[: ranked.start()]
    if not placed and gated_search(_FOLLOWING_DAYS_RE, clause_text):
        return True  # ("on Sunday and the following days": the day opens a span, it dates no one event)
    if dated:
        return False
    if _counts_events(clause_text, placed) or _campaign_sized_toll(clause_text):
        return True
    if no_casualties:
        return False
    lowered = clause_text.lower()
    if "so far" in lowered and _provisional_so_far(clause_text):
        # "4 martyrs so far", "two killed so far", "we count 9 so far": one event's toll as known at the time of
        # writing, no period (a running total in the perfect, "the strikes have killed 40 so far", keeps it)
        clause_text = _PROVISIONAL_TOLL_RE.sub(_blank, clause_text)
        lowered = clause_text.lower()
    if any(word in lowered for word in _PERIOD_GATE):
        period = _PERIOD_RE.search(clause_text)
        if period is not None and not (
            placed
            and (
                _days_of_one_fight(clause_text, period)
                or _one_event_earlier_this_month(clause_text, period)
                or (
                    _one_day_briefing(clause_text, period)
                    and (figure_offset is None or _SPREAD_OVER_RE.search(clause_text) is None)
                )
            )
        ):
            return True
    if (not placed or _SPREAD_OVER_RE.search(clause_text)) and gated_search(_REPORT_PERIOD_RE, clause_text):
        # ("during this period, 900 civilians were assessed killed": the report's whole span; "340 were killed in
        # attacks across X in the same period": a place spread over is no one event's)
        return True
    return not placed and (_span_of_days(clause_text) or bool(gated_search(_RECENT_STRETCH_RE, clause_text)))


# The toll a cumulative phrase raises, named as that of the event the clause has just told: "shelled a market in X
# on Monday, the toll of which has risen to 9".
_TOLL_OF_WHICH_RE = re.compile(r"toll\s+of\s+which\b", re.IGNORECASE)


def _events_own_toll(clause_text: str, cumulative: int) -> bool:
    """The cumulative toll at ``cumulative`` is that of the event the clause tells ("the toll of which",
    :data:`_TOLL_OF_WHICH_RE`), in a clause that names no period nor a place spread over: one event's toll updated,
    not a running total. The caller checks that the event has a place below governorate level or a day. (A toll
    named by its event alone, "The toll of the shelling on X rose to 14", stays a tally: the update of an event told
    before, which :mod:`.follow_up_tolls` gives that event.)"""
    return (
        _TOLL_OF_WHICH_RE.match(clause_text, cumulative) is not None
        and _PERIOD_RE.search(clause_text) is None
        and _SPREAD_OVER_RE.search(clause_text) is None
    )


#: A daily briefing's period: "in the past 24 hours", "over the last twenty-four hours".
_ONE_DAY_RE = re.compile(r"(?:in|during|over|throughout)\s+the\s+(?:past|last)\s+(?:24|twenty-four)\s+hours", re.IGNORECASE)


def _one_day_briefing(clause_text: str, period: re.Match[str]) -> bool:
    """The clause's only period is a daily briefing's "past 24 hours", told of an event at a place below governorate
    level the caller found, counting no events (the caller checked): "In the past 24 hours, bombers delivered a
    heavy strike on militant hideouts near X" is that day's strike, and a monitor's toll of the day at such a
    place, "documented the death of 8 fighters in clashes at A over the past 24 hours", that day's fighting there, not
    a tally (with a toll, not when the place is spread over: "27 killed across the city in the past 24 hours"; "performed
    40 sorties" counts events, and a province or a country is no such place)."""
    return _ONE_DAY_RE.fullmatch(period.group()) is not None and _PERIOD_RE.search(clause_text, period.end()) is None


# The dead of "the battle", "the fighting", "the war" as a whole: "over 500 civilians died in the battle",
# "3,000 people died in the fighting" (with a campaign-sized figure: :data:`_CAMPAIGN_SIZED_TOLL`).
_DEAD_OF_THE_CAMPAIGN_RE = compile_guarded(
    # (the means may stand between: "were killed by bombs and shells during the siege")
    r"\b(?:killed|died|dead|perished|lost\s+their\s+lives)(?:\s+by\s+(?:[\w,'’-]+\s+){1,6}?|\s+)(?:in|during|throughout)\s+"
    r"(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:battle|fighting|war|offensive|campaign|siege)\b",
    re.IGNORECASE,
)
# The campaign named before its dead: "Over the course of the battle, 830 fighters were killed", "The siege of X
# killed over 1,400 people" (the figure right after the phrase or the verb; campaign-sized, as above).
_CAMPAIGN_BEFORE_ITS_DEAD_RE = compile_guarded(
    r"^\W*(?:during|throughout|over\s+the\s+course\s+of)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:battle|fighting|war|offensive|campaign|siege)\s*,\s*"
    r"|\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:battle|war|offensive|campaign|siege)\s+(?:for|against|on|of|in)\s+"
    r"(?:[\w'’.-]+\s+){0,3}?(?:killed|has\s+killed|had\s+killed|left|claimed)\s+",
    re.IGNORECASE,
)
_FIGURE_OPENING_RE = re.compile(
    r"(?:(?:more\s+than|over|at\s+least|nearly|almost|some|about|around|an\s+estimated)\s+)?"
    r"(\d{1,3}(?:,\d{3})+|\d+|thousands)\b",
    re.IGNORECASE,
)
#: The smallest toll read as a whole campaign's when told of "the battle" or "the fighting": no one clash or strike of
#: the region's wars is reported with as many dead, while campaign totals run to hundreds and thousands.
_CAMPAIGN_SIZED_TOLL = 500
# (not a year: "killed in the battle for X in 2017")
_LARGE_NUMBER_RE = re.compile(r"\b(?:\d{1,3}(?:,\d{3})+|(?!(?:19|20)\d\d\b)\d{3,})\b|\bthousands\b", re.IGNORECASE)


def _campaign_sized_toll(clause_text: str) -> bool:
    """The dead of the battle or fighting as a whole (:data:`_DEAD_OF_THE_CAMPAIGN_RE`), or told in the perfect
    (:data:`_PERFECT_DEAD_RE`), counted in hundreds or more
    (:data:`_CAMPAIGN_SIZED_TOLL`) before they are told dead: "Activists say over 500 civilians died in the battle" (not
    another figure of the clause: "14 were killed in the fighting, which has displaced 200,000"); or the campaign named
    first, its dead counted right after it (:data:`_CAMPAIGN_BEFORE_ITS_DEAD_RE`: "Over the course of the battle, 830
    fighters were killed", "The siege of X killed over 1,400 people")."""
    before = gated_search(_CAMPAIGN_BEFORE_ITS_DEAD_RE, clause_text)
    if before is not None:
        figure = _FIGURE_OPENING_RE.match(clause_text, before.end())
        if figure is not None and _campaign_sized(figure.group(1)) and _DEATH_WORD_RE.search(clause_text, before.start()):
            return True
    perfect = gated_search(_PERFECT_DEAD_RE, clause_text)
    if perfect is not None and any(
        _campaign_sized(number.group()) for number in _LARGE_NUMBER_RE.finditer(clause_text, 0, perfect.start())
    ):
        return True  # "a revolt in which, by one agency's count, some 60,000 have been killed"
    dead = gated_search(_DEAD_OF_THE_CAMPAIGN_RE, clause_text)
    if dead is None:
        return False
    return any(_campaign_sized(number.group()) for number in _LARGE_NUMBER_RE.finditer(clause_text, 0, dead.start()))


#: The dead told in the perfect, a count up to the time of writing: "some 60,000 have been killed", "1,200
#: have died" (a running total when the figure before it is campaign-sized: :func:`_campaign_sized_toll`).
_PERFECT_DEAD_RE = compile_guarded(
    r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+killed|died|perished|lost\s+their\s+lives)\b",
    re.IGNORECASE,
)


_DEATH_WORD_RE = re.compile(r"\b(?:killed|killing|died|dead|martyred|perished|lost\s+their\s+lives|deaths?)\b", re.IGNORECASE)


def _campaign_sized(word: str) -> bool:
    """A figure of a campaign's dead (:data:`_CAMPAIGN_SIZED_TOLL` or more, or "thousands"; not a year)."""
    if word.lower() == "thousands":
        return True
    value = int(word.replace(",", ""))
    return value >= _CAMPAIGN_SIZED_TOLL and not (len(word) == 4 and 1900 <= value <= 2099)


#: The days since a weekday, the one period a placed fight's toll may be told over ("since Thursday").
_SINCE_WEEKDAY_RE = re.compile(r"since\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
#: A toll summed up to the time of writing: "have killed", "has left" (the perfect of a running tally).
_PERFECT_TOLL_RE = compile_guarded(r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en|ft|st)\b", re.IGNORECASE)


def _days_of_one_fight(clause_text: str, period: re.Match[str]) -> bool:
    """The clause's only period is "since <weekday>", told in the past of a fight at a place the caller found ("fighting
    raged in X, leaving 12 dead since Tuesday", "six died in the X clashes since Monday"): the toll of those days'
    fighting there, one incident, not a running tally ("strikes have killed 47 in the region since Sunday" is one)."""
    return (
        _SINCE_WEEKDAY_RE.fullmatch(period.group()) is not None
        and _PERIOD_RE.search(clause_text, period.end()) is None
        and _PERFECT_TOLL_RE.search(clause_text) is None
    )


#: A toll summed up in the perfect by its killer: "mines have killed", "the strikes have left" (not a source's "have
#: learned": :data:`_PERFECT_TOLL_RE` would take it).
_PERFECT_KILLING_RE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:killed|left|claimed|cost|wounded|injured)\b", re.IGNORECASE
)
#: "earlier this month": a time back within the month, when one event happened (not "this month", the month so far).
_EARLIER_THIS_MONTH_RE = re.compile(r"earlier\s+this\s+month", re.IGNORECASE)


def _one_event_earlier_this_month(clause_text: str, period: re.Match[str]) -> bool:
    """The clause's only period is "earlier this month", not told in the perfect, at a place the caller found ("a
    mine blew up under a van near X earlier this month, killing a driver"): the day one event happened, not a running
    count over the month ("mines have killed 30 near X earlier this month" sums up in the perfect,
    :data:`_PERFECT_KILLING_RE`, :data:`_PERFECT_DEAD_RE`; a source's perfect, "monitors have heard that a mine went off
    in X earlier this month", is no toll's)."""
    return (
        _EARLIER_THIS_MONTH_RE.search(clause_text, max(0, period.start() - 8), period.end()) is not None
        and _PERIOD_RE.search(clause_text, period.end()) is None
        and _PERFECT_KILLING_RE.search(clause_text) is None
        and _PERFECT_DEAD_RE.search(clause_text) is None
    )


# Two countries as the only place: "an air operation was carried out over northern Iraq and Syria", "struck militias on
# both sides of the Iraq-Syria border", "targets in northern Syria and Iraq" (a military's summary over two countries).
_COUNTRIES = r"(?:Iraq|Syria|Turkey|T[uü]rkiye|Lebanon|Jordan)"
_TWO_COUNTRIES_RE = compile_guarded(
    rf"\b{_COUNTRIES}\s+and\s+(?:(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+)?{_COUNTRIES}\b"
    r"|\bboth\s+sides\s+of\s+the\s+(?:[\w-]+\s+){0,2}?border\b",
)


# The two countries as part of a party's name or description, not where the clause's event happened: "the Islamic
# State of Iraq and Syria", "the coalition's troops in Syria and Iraq", "militias that have been harassing
# coalition forces in Iraq and Syria" (matched on the few words right before the countries).
_PARTY_OF_TWO_COUNTRIES_RE = compile_guarded(
    r"(?:\bState\s+(?:of|in)|\b(?:coalition|forces|troops|partners|ISIS|ISIL|IS|Daesh)\s+in)\s+(?:both\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
#: How far before the two countries their party's words may stand (characters).
_PARTY_OF_TWO_COUNTRIES_WINDOW = 30


def _spans_countries(mention: EventMention) -> bool:
    """A clause placed only over two countries (:data:`_TWO_COUNTRIES_RE`), naming no place below governorate level:
    a summary of operations over the region, not one event of the map. Two countries that name or describe a party
    (:data:`_PARTY_OF_TWO_COUNTRIES_RE`: "partner forces in Syria and Iraq") place nothing."""
    if mention.sub_governorate_places:
        return False
    text = mention.clause_text
    if gated_search(_TWO_COUNTRIES_RE, text) is None:
        return False
    return any(
        _PARTY_OF_TWO_COUNTRIES_RE.search(text, max(0, found.start() - _PARTY_OF_TWO_COUNTRIES_WINDOW), found.start()) is None
        for found in _TWO_COUNTRIES_RE.finditer(text)
    )


# "So far" as how long the report has held, not the end of a period: the toll of the event told, as known at the time
# of writing ("4 martyrs so far", "we count 9 so far"), what has been done since it ("two survivors were pulled out so
# far"): any "so far" that opens no period of its own ("so far this year", "so far in the campaign").
_PROVISIONAL_TOLL_RE = re.compile(r"\bso\s+far\b(?!\s+(?:this|in|since|during)\b)", re.IGNORECASE)
# ... unless a campaign's running total: "the strikes have killed 40 people so far", "1,200 mines have been destroyed
# so far", "jets have carried out 30 raids so far" (what an operation or a count sums up, in the perfect).
_RUNNING_TOTAL_RE = compile_guarded(
    r"\b(?:has|have|had)\s+(?:[\w-]+\s+){0,2}?(?:killed|left|claimed|wounded|injured|died|risen|reached|rose|"
    r"destroyed|defused|dismantled|cleared|removed|neutrali[sz]ed|carried|conducted|launched|targeted|hit|struck|"
    r"documented|recorded|registered|counted)\b",
    re.IGNORECASE,
)
# ... nor one told apart from the count, in a clause that tells a killing: "So far, 300 civilians were killed in X",
# "drones killed 40 people in the X area so far" sum up a campaign's dead as the perfect does. (A count right before
# it, "we count 9 so far", "4 martyrs so far", is the event's own; a clause that kills no one, "two survivors were
# pulled out so far", sums up no toll.)
_COUNT_SO_FAR_RE = compile_guarded(
    r"\b(?:\d[\d,]*|martyrs?|dead|killed|wounded|injured|casualties|victims|deaths|people|civilians)\s+so\s+far\b",
    re.IGNORECASE,
)
_KILLING_VERB_RE = compile_guarded(r"\b(?:killed|killing|kills|died|wounded|injured|claimed)\b", re.IGNORECASE)


def _provisional_so_far(clause_text: str) -> bool:
    """The clause's "so far" is how long the report has held, not a running total's (:data:`_PROVISIONAL_TOLL_RE`):
    no total in the perfect (:data:`_RUNNING_TOTAL_RE`), and the count right before it (:data:`_COUNT_SO_FAR_RE`) or
    no killing told in the clause (:data:`_KILLING_VERB_RE`)."""
    if _RUNNING_TOTAL_RE.search(clause_text):
        return False
    return _COUNT_SO_FAR_RE.search(clause_text) is not None or _KILLING_VERB_RE.search(clause_text) is None


# A place people came from, not where the event was: "a school sheltering families displaced from Aleppo and Homs".
_ORIGIN_BEFORE_RE = compile_guarded(
    r"\bfrom\s+(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,\s*(?:and\s+)?|and\s+))?$"
)


#: Provinces named as such: "in the provinces of A, B and C", "Raqqa, Deir Ezzor and Hasakah governorates".
_PROVINCES_WORD_RE = compile_guarded(r"\b(?:provinces|governorates)\b", re.IGNORECASE)


#: What stands between two items of one list of names: ", ", " and ", ", and ".
_LIST_JOINT_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.IGNORECASE)


def _governorates_listed(mention: EventMention) -> bool:
    """Whether the clause names three or more governorates' places in one list ("across Raqqa, Hasakah and Deir
    ez-Zor"): the spread of the clause's count, told as such, whatever town it names besides ("including nine near
    B"). (One pass over the clause's places, in their order.)"""
    text, clause_start = mention.clause_text, mention.clause_text_start
    run: set[str] = set()
    previous_end: int | None = None
    for place in sorted((p for p, _ in mention.places if p.governorate), key=lambda p: p.start):
        joined = previous_end is not None and _LIST_JOINT_RE.fullmatch(
            text, previous_end - clause_start, place.start - clause_start
        )
        run = (run | {place.governorate}) if joined else {place.governorate}  # type: ignore[arg-type]
        if len(run) >= GOVERNORATES_OF_A_STATISTIC:
            return True
        previous_end = place.end
    return False


def _told_at_a_town_of_its_own(mention: EventMention) -> bool:
    """Whether the clause tells its event at a town of its own, one not named after a governorate ("strikes on the
    desert near A", "a man was wounded in B town"), naming no provinces as such (:data:`_PROVINCES_WORD_RE`) and no
    number in hundreds or more (:data:`_LARGE_NUMBER_RE`: "documented the killing of 271 civilians in the countryside
    of X, Y city and the Z area" is a statistic, its town one of the areas it sums up) and, when it gives a toll, no list of the
    governorates (:func:`_governorates_listed`: "attacks killed 60 across X, Y and Z, including nine near B" is a
    statistic; "jets carried out 40 strikes on the deserts of X, Y and Z, around A, B and C", a day's wave, is not): the governorates it spans are
    where that town and its surroundings lie, or others' ("calm in X and Y, while ..."), not a statistic's spread."""
    return (
        any(place.governorate is None for place in mention.sub_governorate_places)
        and not gated_search(_PROVINCES_WORD_RE, mention.clause_text)
        and _LARGE_NUMBER_RE.search(mention.clause_text) is None
        and not (mention.has_figure and _governorates_listed(mention))
    )


def _spans_governorates(mention: EventMention) -> bool:
    """A toll over three or more governorates with no day ("the assassination of 230 civilians in the countryside
    of Deir ez-Zor, Hasakah, Raqqa city and ...") is a statistic, not one event; so is a count of strikes over
    three or more governorates, even in one day ("jets carried out 70 air strikes since last night on the deserts
    of Raqqa, Hama and Homs"); but not an event told at a town of its own (:func:`_told_at_a_town_of_its_own`)."""
    if mention.point_dates and not _counts_events(mention.clause_text):
        return False
    governorates = {p.governorate for p, _ in mention.places if p.governorate}
    if len(governorates) < GOVERNORATES_OF_A_STATISTIC:
        return False
    if _told_at_a_town_of_its_own(mention):
        return False
    clause_start, text = mention.clause_span[0], mention.clause_text
    told = {  # (the places people came from do not spread the event: "families displaced from Aleppo and Homs")
        p.governorate
        for p, _ in mention.places
        if p.governorate
        and not (0 <= p.start - clause_start <= len(text) and _ORIGIN_BEFORE_RE.search(text, max(0, p.start - clause_start - 40), p.start - clause_start))
    }
    return len(told) >= GOVERNORATES_OF_A_STATISTIC
