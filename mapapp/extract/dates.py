"""Dates in a clause: absolute ("June 5", "5 June 2018", "12/8/2022" day first), relative to publication ("on Monday", "yesterday").

Relative expressions are resolved with plain date arithmetic against
``Document.published`` rather than with dateparser: dateparser resolves
relative words against *now* (or a ``RELATIVE_BASE``) and reads "Monday" as the
*next* Monday by default, and calling it per sentence costs milliseconds. News
style is narrow and fixed: a weekday name means the most recent such day on or
before publication; "yesterday"/"last night"/"overnight" one day before, "the
day before yesterday" two, "hours ago" and "during the last hours" none
(a bulletin's "in the past hours" is the day it is filed; "the past 24 hours"
straddles two days and gives none); "N days ago" ("nearly ten days
ago") N days before, "a week ago" seven, "48 hours ago" two. Vaguer phrases
("last week", "earlier this week", "recently") give no day: the incident then
keeps the publication date as a report date (:mod:`.event_dates`).

A statement's date is not the event's: "officials said on Sunday" is marked
``said`` (callers prefer the event's own date), and in a sentence opened by a
dated statement ("On May 5, activists reported that ... on Thursday") the
relative expressions are counted from the statement's date.

A month named alone ("in October", "in late March") is a month of the
publication's year (of the year before when that month is still to come).

Durations and frames are not event dates: "since September 2014", "until May",
"from ... to" are marked ``kind="duration"`` so that callers can treat them as
background (a campaign), not as the day of an incident; so are two days counted
back from publication that bound a span ("between 9 a.m. yesterday and 9 a.m.
today": a release's window straddles two days, like "the past 24 hours"). What joins
and opens such a span (:data:`SPAN_JOIN_RE`, :data:`SPAN_OPENER_RE`) is shared with
:mod:`.event_dates`, which reads an incident's two dates the same way.

Relations between incidents ("a day after", "less than 24 hours before", "a day
later", "hours earlier", "on the same day") are found by
:func:`find_relative_anchors`; :mod:`.event_dates` links the incidents.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta

from mapapp.extract.lexicon import MONTHS, WEEKDAYS, CaseFoldedPattern, compile_guarded, month_alternation
from mapapp.model import IncidentDate

_MONTH = r"(?:" + month_alternation() + r")\.?"
_WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"

#: A weekday's short name, only read before a day and month ("Sat 17 May", "Thu, June 5"): alone "Sat" or "Sun" may be
#: any word.
_SHORT_WEEKDAY = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
_ABSOLUTE_RE = compile_guarded(
    rf"\b(?:(?P<wd>{_WEEKDAY}|{_SHORT_WEEKDAY}),?\s+)?(?:(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})\b(?:,?\s+(?P<y2>{_YEAR}))?"
    rf"|(?P<m3>{_MONTH})\s+(?P<y3>{_YEAR})"
    rf"|(?P<iso>{_YEAR}-\d\d-\d\d)"
    # day/month/year in figures, as the region's outlets write it: "12/8/2022", "12.08.2022"
    rf"|(?P<na>\d{{1,2}})(?P<sep>[/.])(?P<nb>\d{{1,2}})(?P=sep)(?P<ny>{_YEAR}))\b",
    re.IGNORECASE,
)
#: A day of the month the publication date names: "on the 14th of this month", "the 3rd of last month" (bulletins
#: of Syrian outlets date events so).
_DAY_OF_MONTH_RE = compile_guarded(  # case-sensitive: "[A-Z]" below is a name
    rf"\b[Tt]he\s+(?P<day>{_DAY})\s+of\s+(?P<which>this|the current|the present|last|the last|the past|the previous)\s+month\b"
    # "on the 13th" alone (not "the 13th of May", "the 17th Division", "the 13th day of the siege")
    r"|\b[Oo]n\s+the\s+(?P<ordinal>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    r"(?!\s*(?:of\b|day|week|month|year|anniversary|round|time|floor|century|division|brigade|regiment|battalion|corps|[A-Z]|-))",
)
_FULL_MONTH_NAMES = sorted((m.capitalize() for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True)
_FULL_MONTH = r"(?:" + "|".join(_FULL_MONTH_NAMES) + r")"
#: A month named alone after a preposition ("in October", "during late March"): a month, no day.
_BARE_MONTH_RE = compile_guarded(rf"\b(?P<month>{_FULL_MONTH})\b")  # (month names are rare: looked for first)
_BARE_MONTH_BEFORE_RE = compile_guarded(r"\b(?:[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?:(?:early|late|mid-?)\s*)?$")
#: The relative date expressions, one alternative each: the publication day's neighbours ("yesterday", "this
#: morning"), "overnight", a count of days ago, a weekday.
_RELATIVE_ALTERNATIVES = (
    r"\b(?P<before_yesterday>(?:the )?day before yesterday|the night before last)\b",
    r"\b(?P<yesterday>yesterday|last night)\b",
    (
        r"\b(?P<today>today|this morning|this afternoon|this evening|this dawn|at dawn today|tonight|earlier today|"
        r"(?:a few |few |several |two |three )?hours ago|"
        r"(?:during|in|over|within|throughout) the (?:last|past) (?:few |several |couple of )?hours)\b"
    ),
    r"\b(?P<overnight>overnight)\b",
    r"\b(?P<ago>\w+)\s+(?P<ago_unit>days?|weeks?|hours?)\s+ago\b",
    # ("since last Tuesday": a span's start, as "since Tuesday" is)
    rf"\b(?:on|late|early|last|since(?:\s+last)?)?\s*(?:on\s+)?(?P<weekday>{_WEEKDAY})(?:\s+(?:night|morning|evening|afternoon))?\b",
)
_RELATIVE_RE = compile_guarded("|".join(_RELATIVE_ALTERNATIVES), re.IGNORECASE)
#: An alternative that never matches (an "x" that is not an "x"), holding the named groups of the one it stands for.
_NEVER = "(?!x)x"
_AGO, _WEEKDAY_ALTERNATIVE = 4, 5
#: :data:`_RELATIVE_RE` for a text without " ago" and/or without a weekday's name, the alternatives that need them
#: standing for none (so the groups stay): those two open on any word and any space, so that the pattern's guard
#: (:func:`~mapapp.extract.lexicon.opening_guard`) could skip no position; without them it skips most. Keyed by
#: (has "ago", names a weekday); the same matches, since an alternative that cannot match the text never wins.
#: (Each a :class:`CaseFoldedPattern`: a case-sensitive scan of the lowered text, two to three times faster than the
#: IGNORECASE one, with the IGNORECASE pattern's own matches.)
_RELATIVE_RE_FOR = {
    (has_ago, has_weekday): CaseFoldedPattern(
        "|".join(
            _NEVER + "(?P<ago>)(?P<ago_unit>)" if index == _AGO and not has_ago
            else _NEVER + "(?P<weekday>)" if index == _WEEKDAY_ALTERNATIVE and not has_weekday
            else alternative
            for index, alternative in enumerate(_RELATIVE_ALTERNATIVES)
        )
    )
    for has_ago in (False, True)
    for has_weekday in (False, True)
}


def _relative_pattern(text: str, lowered: str) -> re.Pattern[str] | CaseFoldedPattern:
    """The variant of :data:`_RELATIVE_RE` for ``text`` (``lowered`` its lower case): the whole pattern for text
    outside ASCII (under IGNORECASE "ſ" matches "s")."""
    if not text.isascii():
        return _RELATIVE_RE
    return _RELATIVE_RE_FOR["ago" in lowered, any(day in lowered for day in WEEKDAYS)]


#: A time of day an end of a span may open with: "between 9 a.m. yesterday and 9 a.m. today", "from 22:00 Monday".
_CLOCK_TIME = r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?|hrs|GMT)?|noon|midnight)\s+)?"
#: What joins the two ends of a span of dates ("between A and B", "from A to B", "A-B"), matched on the text between.
SPAN_JOIN_RE = re.compile(r"\s*(?:and|to|until|till|through|[-\u2013\u2014])\s*" + _CLOCK_TIME + r"$", re.IGNORECASE)
#: What opens such a span, right before its first date (searched up to that date).
SPAN_OPENER_RE = compile_guarded(r"\b(?:between|from)\s+" + _CLOCK_TIME + r"$", re.IGNORECASE)

_DURATION_BEFORE_RE = compile_guarded(
    r"(?:since|until|till|from|through|throughout|by|before|between|starting|as of)\s+(?:early\s+|late\s+|mid-?\s*)?$",
    re.IGNORECASE,
)
#: A reporting verb just before a date: "officials said Sunday", "the monitor reported on Saturday", "released its
#: annual report on Monday".
_SAID_BEFORE_RE = re.compile(
    r"\b(?:said|says|reported|announced|stated|added|confirmed|claimed|told (?:[A-Z][\w.-]*|reporters|journalists)"
    r"|(?:in|on) a statement|(?:released|published|issued) (?:its|their|a|an|the) (?:[\w-]+ ){0,2}?"
    r"(?:report|statement|study|survey|tally|figures))\s+(?:on\s+|late\s+|early\s+)?$"
)
#: A subject's statement dated between the subject and its verb: "Amnesty on Friday said that ...", "The SDF on Monday
#: accused ...", "SOHR on Monday evening reported that ...": the day the statement was made, not the event's. Matched
#: right after the date, with "on" and a word of the subject right before it (:data:`_SUBJECT_ON_BEFORE_RE`).
_SAID_RIGHT_AFTER_RE = re.compile(
    r"\s{1,3}(?:(?:morning|evening|night|afternoon)\s{1,3})?"
    r"(?:said|says|reported|announced|stated|confirmed|claimed|accused|revealed|warned|denied)\b"
)
_SUBJECT_ON_BEFORE_RE = re.compile(r"[\w)\u2019']\s{1,3}on\s{1,3}$")
_SUBJECT_BEFORE_RE = re.compile(r"[\w)\u2019']\s{1,3}$")  # (before a date read with its "on")
#: A dateline: a place in capitals opening the line before the date, "(Agency) -" after it. Its date is the
#: day the report was filed ("BEIRUT, May 4 (Agency) - ... on Friday"), not the day of the events it tells.
_DATELINE_BEFORE_RE = re.compile(
    r"(?:^|\n)\W{0,3}[A-Z][A-Z'\u2019./ -]{1,40}(?:,\s{0,3}[A-Z][\w'\u2019.-]{1,20})?,\s{0,3}$"
)
#: (the dash may run straight into the report's first word: "KURDWATCH, June 30, 2015\u2014On June 25, ...")
_DATELINE_AFTER_RE = re.compile(r"\s{0,3}(?:\([A-Z][\w.&' ]{0,30}\)\s{0,3})?[-\u2013\u2014]{1,2}(?:\s|(?=[A-Z]))")
#: A reporting subject and verb just after a date: "On May 5, SOHR activists reported that ...".
_SAID_AFTER_RE = re.compile(
    r",?\s+(?:[\w'\u2019.-]+\s+){1,4}?(?:said|reported|announced|stated|monitored|documented|confirmed|claimed)\b"
)
#: A statement dated by a relative phrase: "A day later, the administration said that ...", "hours later, the
#: monitor reported that ...": the phrase dates the statement, not the event it reports.
_STATEMENT_AFTER_ANCHOR_RE = re.compile(
    r",?\s+(?:[\w'\u2019.-]+\s+){1,4}?(?:said|reported|announced|stated|confirmed|claimed|revealed)\s+that\b"
)
#: What may stand before a day that opens a sentence: "Later on Tuesday, ...", "Earlier, on Monday", "On Sunday".
_OPENING_DAY_BEFORE_RE = re.compile(r"\W{0,3}(?:(?:later|earlier|also|then)\s*,?\s*)?(?:on\s+)?", re.IGNORECASE)
#: ... and a reporting subject (up to six words: "the Lebanese Al Mayadeen news") and verb with "that" after it.
_STATEMENT_AFTER_DAY_RE = re.compile(
    r",?\s+(?:[\w'\u2019.-]+\s+){1,6}?(?:said|reported|announced|stated|confirmed|claimed|revealed)\s+that\b"
)
_SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
#: The counts a relative day may be written with ("eight days later", "ten days after"), longest first.
_SMALL_NUMBER_WORDS = "|".join(sorted(_SMALL_NUMBERS, key=len, reverse=True))

_ANCHOR_RE = CaseFoldedPattern(  # (matched in any case)
    r"\b(?:only |just |barely |less than |more than |some |about |nearly |around |not even )?"
    r"(?P<n>" + _SMALL_NUMBER_WORDS + r"|\d{1,3}|a few|several)\s+(?P<unit>days?|hours?|weeks?)\s+"
    r"(?P<dir>after|before|following|since)\b"
    r"|\b(?P<later>" + _SMALL_NUMBER_WORDS + r"|\d{1,3}) (?P<lunit>days?|weeks?) (?:later|earlier)\b"
    r"|\b(?P<samedayphrase>(?:(?:a |just a )?few |several |some |two |three |\d{1,2} )?hours (?:later|earlier)"
    # less than a day on: "an hour later", "half an hour earlier", "minutes later", "a little later"
    r"|(?:an?|one|half an) hour (?:later|earlier)|(?:(?:a )?few |several |some |\d{1,2} )?minutes (?:later|earlier)"
    r"|(?:a little|a short while|moments) (?:later|earlier)"
    r"|(?:on |during |in |at )?(?:the|that) (?:very )?same (?:day|night|morning|evening|afternoon|dawn)"
    # "Later that day, ...", "earlier in the day"
    r"|(?:later|earlier) (?:that|on that|in the|the same) (?:day|night|morning|evening|afternoon)"
    r"|(?:later|earlier) at (?:night|dawn|dusk|noon)"
    # "That night, a drone ...", "During that evening": the day of the event told before
    r"|(?:^|(?<=[,;:] )|(?<=\bon )|(?<=\bduring )|(?<=\bin )|(?<=\bat ))that (?:day|night|evening|afternoon|morning)"
    r"|that (?:day|night|evening|afternoon|morning)(?=\s*[.,;]|\s*$))\b"
    r"|\b(?P<eve>on the eve of)\b"  # "On the eve of the attack, X": X the day before it
    # (its "\b" first, as every branch's: then ``re`` factors it out of them all, and the scan runs faster)
    r"|\b(?:on )?\b(?P<dayafter>the (?:day|night) (?:after|before)(?!\s+(?:yesterday|last)\b)|the (?:next|following|previous) (?:day|morning|afternoon|evening|night)"
    r"|the day before(?!\s+yesterday\b))\b"
    r"|\b(?P<hours>hours) (?P<hdir>after|before)\b",
)


@dataclass(frozen=True)
class DateMention:
    """A date expression in a clause. ``kind`` is ``absolute``, ``relative`` or ``duration``."""

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    days_before_publication: int | None = None
    weekday: int | None = None
    said: bool = False  # dates a statement ("the SDF said on Sunday"), not what the statement reports
    # "last Thursday": never the publication's own weekday (a week before it when the weekday is that one)
    last_weekday: bool = False
    # "the 14th of this month" (0) / "of last month" (1): ``day`` of the month this many months before publication
    months_before_publication: int | None = None
    # a relative expression told in a statement dated by the text ("On May 5, activists said ... today"):
    # the statement's date, which the expression is counted from instead of the publication date
    statement_date: DateMention | None = None

    @property
    def day_as_told(self) -> tuple[int | None, int | None, int | None, int | None]:
        """The day as told, to compare two mentions' days: (month, day, days before publication, weekday)."""
        return (self.month, self.day, self.days_before_publication, self.weekday)


@dataclass(frozen=True)
class RelativeAnchor:
    """ "a day after": the clause after ``end`` happened ``days`` before (negative: after) the clause before it."""

    start: int
    end: int
    text: str
    days: int  # how many days the event before the phrase is later than the event after it
    sequential: bool = False  # "two days later/earlier": the phrase dates what follows it against what came before


#: Every absolute date names a month (these are the first letters of each) or is ISO (a digit, a dash, a digit);
#: every relative expression holds one of the relative words. Most clauses hold none: a substring test (in C) spares
#: them the regex passes, which try their alternatives at each word.
_MONTH_STEMS = tuple(sorted({name[:3] for name in MONTHS}))
_DIGIT_RE = re.compile(r"\d")
_ISO_HINT_RE = re.compile(r"\d[-/.]\d")
_RELATIVE_WORDS = ("day", "night", "morning", "evening", "afternoon", "dawn", "hour", "ago")


def _day_month(first: int, second: int, year: int) -> tuple[int, int, int] | None:
    """(year, month, day) of a date written in figures: day first, as Syrian, Kurdish and Turkish outlets write it,
    unless only the other order is a date ("8/25/2022"); None when neither is."""
    for day, month in ((first, second), (second, first)):
        try:
            date(year, month, day)
        except ValueError:
            continue
        return year, month, day
    return None


class _TakenSpans:
    """The spans of the text read as dates so far, which never overlap: whether a new match overlaps one is a binary
    search (a test against every span read was quadratic in a text of many dates)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a span taken."""
        before = bisect_left(self._starts, end) - 1  # the last span starting before ``end``
        return before >= 0 and self._ends[before] > start

    def add(self, start: int, end: int) -> None:
        """Take [start, end) (it overlaps no span taken)."""
        at = bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)


def find_dates(text: str, page_date_at: int | None = None) -> list[DateMention]:
    """All date expressions in ``text`` (offsets relative to ``text``), absolute and relative. ``page_date_at``: where
    in ``text`` the page prints its own date (:func:`~mapapp.extract.page_date.page_date_offset`, shifted to
    ``text``): not a date of the text's events, skipped."""
    mentions: list[DateMention] = []
    taken = _TakenSpans()
    lowered = text.lower()
    has_month = any(stem in lowered for stem in _MONTH_STEMS)
    absolute = _ABSOLUTE_RE.finditer(text) if has_month or _ISO_HINT_RE.search(text) else ()
    for match in absolute:
        groups = match.groupdict()
        if groups["iso"]:
            year, month, day = (int(p) for p in groups["iso"].split("-"))
        elif groups["ny"]:
            numeric = _day_month(int(groups["na"]), int(groups["nb"]), int(groups["ny"]))
            if numeric is None:
                continue
            year, month, day = numeric
        else:
            month_word = (groups["m1"] or groups["m2"] or groups["m3"]).rstrip(".").lower()
            month = MONTHS[month_word]
            day_word = groups["d1"] or groups["d2"]
            day = int(re.sub(r"\D", "", day_word)) if day_word else None
            year_word = groups["y1"] or groups["y2"] or groups["y3"]
            year = int(year_word) if year_word else None
            if month_word in ("mar", "dec", "sep", "jan") and not match.group(0)[0].isupper():
                continue
        if groups["m2"] and not match.group("m2")[0].isupper():
            continue  # "may 5" in lower case is likely the verb
        if match.start() == page_date_at:
            continue  # "date 2020-12-10" heading the page: its publication date, not an event's
        before = text[max(0, match.start() - 25) : match.start()]
        kind = "duration" if _DURATION_BEFORE_RE.search(before) and not re.search(r"\bon\s+$", before) else "absolute"
        if kind == "absolute" and day is None:
            kind = "month"
        mentions.append(DateMention(match.start(), match.end(), match.group(0), kind, year, month, day))
        taken.add(match.start(), match.end())
    day_of_month = "month" in lowered or ("on the " in lowered and _DIGIT_RE.search(text) is not None)
    for match in _DAY_OF_MONTH_RE.finditer(text) if day_of_month else ():
        if taken.overlaps(match.start(), match.end()):
            continue  # "on the 13th of June" was read above
        which = match.group("which")
        back = 0 if which is None or which.lower() in ("this", "the current", "the present") else 1
        day = int(re.sub(r"\D", "", match.group("day") or match.group("ordinal")))
        mentions.append(
            DateMention(match.start(), match.end(), match.group(0), "absolute", day=day, months_before_publication=back)
        )
        taken.add(match.start(), match.end())
    for match in _BARE_MONTH_RE.finditer(text) if has_month else ():
        start = match.start("month")
        if taken.overlaps(start, match.end()):
            continue  # "in May 2019", "in June 5" were read above
        preposition = _BARE_MONTH_BEFORE_RE.search(text, max(0, start - 20), start)
        if preposition is None:
            continue
        month = MONTHS[match.group("month").lower()]
        before = text[max(0, preposition.start() - 25) : preposition.start()]
        kind = "duration" if _DURATION_BEFORE_RE.search(before) else "month"  # "since early March"
        mentions.append(DateMention(start, match.end(), match.group("month"), kind, None, month, None))
        taken.add(start, match.end())
    relative = _relative_pattern(text, lowered).finditer(text) if any(word in lowered for word in _RELATIVE_WORDS) else ()
    for match in relative:
        if taken.overlaps(match.start(), match.end()):
            continue
        phrase = match.group(0).strip()
        start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
        if match.group("before_yesterday"):
            mentions.append(DateMention(start, match.end(), phrase, "relative", days_before_publication=2))
        elif match.group("yesterday"):
            mentions.append(DateMention(start, match.end(), phrase, "relative", days_before_publication=1))
        elif match.group("today"):
            mentions.append(DateMention(start, match.end(), phrase, "relative", days_before_publication=0))
        elif match.group("overnight"):
            # "overnight" in a report: the night before publication, dated by the evening it began
            mentions.append(DateMention(start, match.end(), phrase, "relative", days_before_publication=1))
        elif match.group("ago"):
            count = _SMALL_NUMBERS.get(match.group("ago").lower())
            if count is None and match.group("ago").isdigit():
                count = int(match.group("ago"))
            unit = match.group("ago_unit").lower()
            if count is not None and unit.startswith("week"):
                count *= 7  # "a week ago": a day, to the precision the text gives
            elif count is not None and unit.startswith("hour"):
                count //= 24  # "48 hours ago": two days; "an hour ago", "12 hours ago": the day of publication
            if count is not None:
                mentions.append(DateMention(start, match.end(), phrase, "relative", days_before_publication=count))
        elif match.group("weekday"):
            if not match.group("weekday")[0].isupper():
                continue
            kind = "duration" if phrase.lower().startswith("since") else "relative"
            mentions.append(
                DateMention(
                    start,
                    match.end(),
                    phrase,
                    kind,
                    weekday=WEEKDAYS[match.group("weekday").lower()],
                    last_weekday=phrase.lower().startswith("last"),
                )
            )
    mentions.sort(key=lambda m: m.start)
    # "overnight on Friday", "overnight Sunday": the named day dates the night, not the publication date
    mentions = [
        m
        for i, m in enumerate(mentions)
        if not (m.text.lower() == "overnight" and i + 1 < len(mentions) and mentions[i + 1].start - m.end <= 12)
    ]
    mentions = [replace(m, said=True) if _is_statement_date(text, m) else m for m in mentions]
    return _count_from_statement_date(text, _relative_spans(text, mentions))


def _relative_spans(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Two days counted back from publication that bound a span ("between 9 a.m. yesterday and 9 a.m. today", "from
    last night until this morning") give no day of their own: both are marked ``duration``. (Two weekdays, "between
    Friday and Saturday", keep their days: the first is the day the fighting began.)"""
    spans = [
        i
        for i in range(len(mentions) - 1)
        if mentions[i].days_before_publication is not None
        and mentions[i + 1].days_before_publication is not None
        and SPAN_JOIN_RE.match(text[mentions[i].end : mentions[i + 1].start])
        and SPAN_OPENER_RE.search(text, max(0, mentions[i].start - 40), mentions[i].start)
    ]
    for i in spans:
        mentions[i] = replace(mentions[i], kind="duration")
        mentions[i + 1] = replace(mentions[i + 1], kind="duration")
    return mentions


#: A later act about the dead, dated before "the body of": "the hospital handed over today the body of a man who
#: was shot dead yesterday" dates the hand-over, not the killing (kept as a fallback, like a statement's date).
_BODY_ACT_BEFORE_RE = compile_guarded(
    r"\b(?:handed\s+over|hands\s+over|received|receives|found|finds|recovered|retrieved|delivered|buried|"
    r"identified|transferred|brought|returned)\s+(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
_BODY_AFTER_RE = re.compile(r"\s*,?\s*(?:the\s+)?(?:dead\s+)?bod(?:y|ies)\s+of\b", re.IGNORECASE)


#: A death from wounds sustained before, dated: "died on Sunday of wounds ...", "succumbed to his injuries on Sunday"
#: date the death, not the event that wounded (kept as a fallback, like a statement's date).
_DIED_BEFORE_RE = compile_guarded(
    r"\b(?:died|succumbed)\s+(?:(?:of|from|to)\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:wounds|injuries)\s+)?"
    r"(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
_WOUNDS_AFTER_RE = re.compile(r"\s*,?\s*(?:of|from|to)\s+(?:(?:his|her|their|the)\s+)?(?:\w+\s+)?(?:wounds|injuries)\b", re.IGNORECASE)


def _is_statement_date(text: str, mention: DateMention) -> bool:
    """The date of a statement ("officials said on Sunday", "Amnesty on Friday said that ..."), of a dateline ("BEIRUT, May 4 (Agency) -"), of a
    later act about the dead ("handed over today the body of ...") or of a death from earlier wounds ("died on
    Sunday of wounds sustained in ...")."""
    if _SAID_BEFORE_RE.search(text, max(0, mention.start - 40), mention.start):
        return True
    if _SAID_RIGHT_AFTER_RE.match(text, mention.end) and (
        _SUBJECT_ON_BEFORE_RE.search(text, max(0, mention.start - 8), mention.start)
        or mention.text.startswith("on ") and _SUBJECT_BEFORE_RE.search(text, max(0, mention.start - 4), mention.start)
    ):
        return True  # "Amnesty on Friday said that ...": the statement's day
    died = _DIED_BEFORE_RE.search(text, max(0, mention.start - 50), mention.start)
    if died is not None and ("wound" in died.group(0) or "injur" in died.group(0) or _WOUNDS_AFTER_RE.match(text, mention.end)):
        return True
    if (
        mention.kind == "relative"
        and _OPENING_DAY_BEFORE_RE.fullmatch(text, 0, mention.start)
        and _STATEMENT_AFTER_DAY_RE.match(text, mention.end, mention.end + 80)
    ):
        return True  # "Later on Tuesday, Al Mayadeen reported that four strikes ...": the day of the report
    if _BODY_AFTER_RE.match(text, mention.end, mention.end + 30) and _BODY_ACT_BEFORE_RE.search(
        text, max(0, mention.start - 30), mention.start
    ):
        return True
    return bool(
        mention.kind == "absolute"
        and _DATELINE_AFTER_RE.match(text, mention.end, mention.end + 40)
        and _DATELINE_BEFORE_RE.search(text, max(0, mention.start - 60), mention.start)
    )


def _count_from_statement_date(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A sentence opened by a dated statement ("On May 5, SOHR activists reported that ... on Thursday") tells
    its relative expressions from that date, not from the publication date; the statement date is marked said."""
    if not mentions:
        return mentions
    first = mentions[0]
    opening = text[: first.start].strip(" \t\n\"'\u201c").lower()
    if first.kind != "absolute" or first.day is None or opening not in ("on", ""):
        return mentions
    if not _SAID_AFTER_RE.match(text, first.end, first.end + 60):
        return mentions
    statement = replace(first, said=True)
    return [statement] + [replace(m, statement_date=statement) if m.kind == "relative" else m for m in mentions[1:]]


def resolve(mention: DateMention, published: date | None) -> IncidentDate | None:
    """Turn a point-date mention into an :class:`IncidentDate`; None for durations or unresolvable ones."""
    if mention.kind == "duration":
        return None
    if mention.months_before_publication is not None:
        return _resolve_day_of_month(mention, published)
    if mention.kind in ("absolute", "month"):
        year = mention.year
        if year is None and published is not None and mention.month is not None:
            year = published.year
            day = mention.day or 1
            try:
                guess = date(year, mention.month, day)
            except ValueError:
                guess = None
            if guess is not None and guess > published + timedelta(days=7):
                year -= 1  # "December 30" in a January article: last year
        value = None
        if year is not None and mention.month is not None and mention.day is not None:
            try:
                value = date(year, mention.month, mention.day)
            except ValueError:
                value = None
        return IncidentDate(
            value=value, year=year, month=mention.month, day=mention.day, basis="absolute", expression=mention.text
        )
    basis = "publication"
    if mention.statement_date is not None:
        statement = resolve(mention.statement_date, published)
        if statement is not None and statement.value is not None:
            published, basis = statement.value, "absolute"  # counted from the statement's date the text gives
    if published is None:
        return IncidentDate(basis="unknown", expression=mention.text)
    if mention.days_before_publication is not None:
        value = published - timedelta(days=mention.days_before_publication)
    elif mention.weekday is not None:
        days = (published.weekday() - mention.weekday) % 7
        value = published - timedelta(days=days or (7 if mention.last_weekday else 0))
    else:
        return None
    return IncidentDate(
        value=value, year=value.year, month=value.month, day=value.day, basis=basis, expression=mention.text
    )


def _resolve_day_of_month(mention: DateMention, published: date | None) -> IncidentDate:
    """ "the 14th of this month": that day of the publication's month (of the month before for "last month")."""
    if published is None or mention.day is None or mention.months_before_publication is None:
        return IncidentDate(day=mention.day, basis="unknown", expression=mention.text)
    back = mention.months_before_publication
    if mention.day > published.day and "month" not in mention.text.lower():
        back = 1  # "on the 28th" in a report of the 15th: the 28th of the month before
    months = published.year * 12 + published.month - 1 - back
    year, month = divmod(months, 12)
    try:
        value: date | None = date(year, month + 1, mention.day)
    except ValueError:
        value = None
    return IncidentDate(value=value, year=year, month=month + 1, day=mention.day, basis="publication", expression=mention.text)


# Every phrase of _ANCHOR_RE has one of these words: a cheap test that skips the scan for most sentences, kept only
# for speed. (Letters that IGNORECASE also matches outside ASCII, "ı", "İ" and "ſ", send the text to the scan.)
_ANCHOR_WORDS = (
    "after", "before", "following", "since", "later", "earlier", "same", "next", "previous", "eve of", "that day",
    "that night", "that evening", "that afternoon", "that morning",
)  # fmt: skip


_HOURS_COUNT_RE = re.compile(r"(\d{1,2}) hours\b", re.IGNORECASE)


#: What closes a bare "the day before" / "the day after" (no event named after it): punctuation or the end.
_CLOSING_AFTER_RE = re.compile(r"\s*(?:[,.;:)]|$)")


def find_relative_anchors(text: str) -> list[RelativeAnchor]:
    """Phrases that date one event against another: "only a day after", "two days before", "hours after"."""
    anchors: list[RelativeAnchor] = []
    lowered = text.lower()
    if not any(word in lowered for word in _ANCHOR_WORDS) and not any(c in text for c in "ıİſ"):
        return anchors
    for match in _ANCHOR_RE.finditer(text):
        if _STATEMENT_AFTER_ANCHOR_RE.match(text, match.end()):
            continue  # "A day later, the administration said that the attack ...": when it was said, not done
        if match.group("later"):
            number = match.group("later").lower()
            count = _SMALL_NUMBERS.get(number) or (int(number) if number.isdigit() else 1)
            count *= 7 if match.group("lunit").lower().startswith("week") else 1
            # "A ...; a day later, B": the event before the phrase is one day *before* the one after it
            days = -count if match.group(0).lower().endswith("later") else count
        elif match.group("samedayphrase"):
            days = 0  # "hours later", "on the same day": the day of the event told before it
            hours = _HOURS_COUNT_RE.match(match.group("samedayphrase"))
            if hours is not None and int(hours.group(1)) >= 24:
                # "48 hours later": two days on
                count = round(int(hours.group(1)) / 24)
                days = -count if match.group(0).lower().endswith("later") else count
        elif match.group("dayafter"):
            phrase = match.group("dayafter").lower()
            if phrase.startswith(("the next ", "the following ")):
                days = -1
            elif phrase.startswith("the previous "):
                days = 1
            elif _CLOSING_AFTER_RE.match(text, match.end()):
                # "..., and a mine killed a shepherd in B the day before.": the day before the event told before it
                days = -1 if "after" in phrase else 1
            else:
                days = 1 if "after" in phrase else -1
        elif match.group("hours"):
            days = 0
        elif match.group("eve"):
            days = -1
        else:
            number = match.group("n").lower()
            unit = match.group("unit").lower()
            if number.isdigit():
                count = int(number)
            else:
                count = _SMALL_NUMBERS.get(number, 1)
            if unit.startswith("hour"):
                count = max(1, round(count / 24)) if count >= 12 else 0
            elif unit.startswith("week"):
                count *= 7
            days = count if match.group("dir").lower() in ("after", "following", "since") else -count
        dayafter = (match.group("dayafter") or "").lower()
        sequential = (
            bool(match.group("later") or match.group("samedayphrase"))
            or dayafter.startswith(("the next ", "the following ", "the previous "))  # "The following day, ..." too
            or (bool(dayafter) and _CLOSING_AFTER_RE.match(text, match.end()) is not None)  # "... the day before."
        )
        anchors.append(RelativeAnchor(match.start(), match.end(), match.group(0), days, sequential))
    return anchors


__all__ = ["SPAN_JOIN_RE", "SPAN_OPENER_RE", "DateMention", "RelativeAnchor", "find_dates", "find_relative_anchors", "resolve"]
