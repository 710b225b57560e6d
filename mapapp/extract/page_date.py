"""The publication date a page prints in its furniture, for texts that come without metadata.

Raw page text (copied or archived from a news page) rarely comes with a
publication date, yet the page usually prints one around the headline: a line
of its own ("16 October 2021", "Friday 21 January 2022 16:42, UK",
"• 06:04 27 April 2019"), a labelled line ("Published: 12 January 2022",
"Posted on January 12, 2022", "Updated 12 October 2018", "Last updated ..."),
or a byline ("By A. Writer | 21/01/2022"). Without it relative dates ("on
Thursday", "yesterday") cannot be resolved and no incident gets a report date.

The rule set (classes of page layout, not the wording of any one site):

* **where**: only the head of the page: unlabelled date lines and bylines in the
  first :data:`HEAD_LINES` non-empty lines, labelled lines in the first
  :data:`LABELLED_HEAD_LINES` (sites put the date under the headline, often
  after a block of navigation);
* **what a date is**: day-month-year or month-day-year with an English month
  name (the extractor's vocabulary, :data:`mapapp.extract.lexicon.MONTHS`),
  ``YYYY-MM-DD``, or ``DD/MM/YYYY``-style numbers when the day cannot be read as
  a month (a day over 12); an ambiguous ``03/04/2022`` is refused, as is a date
  with no year ("Jan 22 (Reuters)"): guessing is worse than giving none;
* **not a sentence**: a date inside article prose is an event date, not the
  publication date. A line counts only when, once the date, weekday names,
  clock times, time zones, a label and a few furniture words ("comments",
  "min read", "local time") are taken away, at most :data:`MAX_LEFTOVER_WORDS`
  capitalised words remain ("Damascus", "UK") and no lower-case one ("killed
  in Raqqa on 5 May 2020" is a headline), or :data:`MAX_LABELLED_LEFTOVER_WORDS`
  words on a labelled or byline line, whose author name stays; the line is short;
* **a dateline**: a paragraph opening with a place in capitals and a date
  before its dash ("BEIRUT, Jan. 12, 2022 (Agency) - ...") gives the filing
  date; only capitalised words (place, country, agency) may stand beside it.
  A dateline without a year ("Jan 22 (Reuters)") gives nothing;
* **labels**: "published"/"posted" anywhere before the date ("Posted by the
  editor on ..."); "updated", "date:" and the like just before it; a label
  opening a line before an ISO date at the page's head is read even when text
  extraction ran the line into the headline or the first paragraph
  (:func:`page_date_offset`, which the extractor also asks so that
  :func:`~mapapp.extract.dates.find_dates` skips that date as no event's);
* **not an embedded post**: a tweet attribution ("— Name (@handle) July 24,
  2022") dates the post, not the page, and is skipped;
* **plausible**: from :data:`MIN_YEAR` on and never after the fetch (reading)
  date;
* **ranking**: a "published"/"posted" label beats an unlabelled date line or a
  byline, which beat an "updated"/"modified" label (a correction date is later
  than the publication). Within the best rank the first line wins, but when its
  lines give different dates (a list of other stories, each dated) no date is
  taken.

A page's address often carries its date too: :func:`date_from_url` reads a
full date in the path (``/2022/01/26/slug``, ``slug-2023-01-22/``; a year and
month alone are not a day) and the creation time encoded in a tweet's status
id (a "snowflake": milliseconds since 2010-11-04 in its high bits).

Written by hand rather than with a library: htmldate needs HTML structure (on
plain text wrapped in ``<p>`` its extensive search takes any date in the body,
event dates included: on the development sets it dated 76 of 154 texts but was
right for only 15 of the 49 whose gold gives the date, where these rules date
21 texts and are right for all 10 that can be checked), and dateparser's ``search_dates`` finds dates anywhere
in prose (and reads stray words as dates) and knows nothing of lines and page
furniture; the date formats here are few and fixed. Every regex is a single
pass without nested quantifiers and each line is looked at once: the work is
linear in the text.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from urllib.parse import urlsplit

from mapapp.extract.lexicon import MONTHS, WEEKDAYS, month_alternation

#: Unlabelled date lines and bylines are looked for in this many first non-empty lines.
HEAD_LINES = 25
#: Labelled lines ("Published: ...", "Updated ...") are looked for in this many first non-empty lines.
LABELLED_HEAD_LINES = 60
#: A line longer than this is prose, never page furniture.
MAX_LINE_CHARS = 120
#: Words allowed on a date line besides the date and furniture ("UK", "Damascus"); none may be lower-case prose.
MAX_LEFTOVER_WORDS = 2
#: Words allowed on a labelled or byline line besides the date (an author's name and role).
MAX_LABELLED_LEFTOVER_WORDS = 7
#: A dateline ends (with a dash) within this many characters of the line start.
MAX_DATELINE_CHARS = 90
#: Capitalised words a dateline may hold besides its date: place, country, agency.
MAX_DATELINE_WORDS = 5
#: Earliest plausible publication year of a news page.
MIN_YEAR = 1995

#: Kinds of line, best first (see the module docstring for the ranking).
PUBLISHED_LINE = "published line"
DATE_LINE = "date line"
BYLINE = "byline"
DATELINE = "dateline"
UPDATED_LINE = "updated line"
_RANK = {PUBLISHED_LINE: 0, DATE_LINE: 1, BYLINE: 1, DATELINE: 1, UPDATED_LINE: 2}
_CONFIDENCE = {PUBLISHED_LINE: 0.9, DATE_LINE: 0.8, BYLINE: 0.8, DATELINE: 0.8, UPDATED_LINE: 0.6}

_MONTH = r"(?P<{name}>" + month_alternation() + r")\.?"
_SEP = r"[\s,.\-/\u060c]{1,4}"  # spaces, commas, dots, dashes, slashes, the Arabic comma
_DAY = r"(?P<{name}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{name}>(?:19|20)\d\d)"
_DATE_RE = re.compile(
    r"\b(?:"
    + _DAY.format(name="d1") + r"(?:\s+of)?" + _SEP + _MONTH.format(name="m1") + _SEP + _YEAR.format(name="y1")
    + "|" + _MONTH.format(name="m2") + r"\s{1,3}" + _DAY.format(name="d2") + _SEP + _YEAR.format(name="y2")
    + "|" + _YEAR.format(name="y3") + r"-(?P<n3>\d\d)-(?P<d3>\d\d)"
    + "|" + r"(?P<a4>\d{1,2})(?P<s4>[/.\-])(?P<b4>\d{1,2})(?P=s4)" + _YEAR.format(name="y4")
    + r")\b",
    re.IGNORECASE,
)  # fmt: skip
#: The end of a span right after a date: "- Jan. 3, 2019", "to 5 May 2021".
_SPAN_END_RE = re.compile(r"\s{0,3}(?:[-\u2013\u2014]{1,2}|to|until|through)\s{0,3}" + _DATE_RE.pattern, re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(
    r"\b(?:first\s+published|published|posted|date\s+published|publication\s+date|publish\s+date|issued|created"
    r"|date)\b(?:\s+on|\s+at)?\s*[:\-\u2013]?\s*$",
    re.IGNORECASE,
)
#: "Posted by the editor on ...", "By A. Writer | Published ...": these two labels count anywhere before the date.
_PUBLISHED_WORD = re.compile(r"\b(?:published|posted)\b", re.IGNORECASE)
_UPDATED_LABEL = re.compile(
    r"\b(?:last\s+updated|updated|last\s+modified|modified|edited|last\s+update|update)\b"
    r"(?:\s+on|\s+at)?\s*[:\-\u2013]?\s*$",
    re.IGNORECASE,
)
#: A dateline opens a paragraph with a place in capitals: "BEIRUT, ...", "QAMISHLI, Syria (Agency) -".
_DATELINE_START = re.compile(r"[A-Z]{2}[A-Z'.-]*\b(?!\s*\|)")
_DATELINE_END = re.compile(r"\s[-\u2013\u2014]{1,2}\s|\s?[\u2013\u2014]\s?")
_BYLINE = re.compile(r"^\W{0,3}by\s+[A-Z]", re.IGNORECASE)
_TWEET_ATTRIBUTION = re.compile(r"\(@\w{1,30}\)|pic\.twitter\.com|^\W{0,2}[\u2014\u2013]\s", re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d(?::\d\d)?\s?(?:[ap]\.?m\.?)?(?=\W|$)", re.IGNORECASE)
_WEEKDAY_WORD = re.compile(
    r"\b(?:" + "|".join(WEEKDAYS) + r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?", re.IGNORECASE
)
_FURNITURE = re.compile(
    r"\b(?:local\s+time|comments?|min(?:ute)?s?\s+read|read|first|published|posted|updated|last|modified|on|at"
    r"|and|by|date|gmt|utc|[ap]\.?m\.?|\d+)\b",
    re.IGNORECASE,
)
_TIME_ZONE = re.compile(r"\b[A-Z]{2,4}\b(?:[+\-]\d{1,2})?")
_BY = re.compile(r"^\W{0,3}by\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")


_URL_DATE = re.compile(r"(?<![\d])((?:19|20)\d\d)([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d])")
_TWEET_URL = re.compile(r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w{1,50}/status(?:es)?/(\d{15,20})", re.IGNORECASE)
#: Twitter's snowflake epoch (milliseconds): status ids from late 2010 on encode their creation time.
_TWITTER_EPOCH_MS = 1288834974657


#: A date label opening a line, just before an ISO date ("date 2020-12-10", "Posted: 2020-12-10"): matched up to
#: the date. (One optional colon between two runs of blanks that cannot share a character: no backtracking.)
_LABELLED_ISO_LINE_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:date|published|posted)[ \t]*(?::[ \t]*)?(?=(?:19|20)\d\d-\d\d-\d\d)", re.IGNORECASE
)
#: A page-date label with its ISO date at the start of a line or clause ("date 2020-12-10", "Posted: 2020-12-10"):
#: page furniture, read by the stages that look at the line it opens (a title-case headline after it).
PAGE_DATE_LABEL_RE = re.compile(
    r"[ \t]*(?:date|published|posted)[ \t]*(?::[ \t]*)?(?:19|20)\d\d-\d\d-\d\d\b[ \t]*", re.IGNORECASE
)
#: A line of prose: it ends with a sentence's closing punctuation (a quote or bracket may follow).
PROSE_LINE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*[ \t]*\r?$", re.MULTILINE)
#: How far into a text its page-date label is looked for (the head of a page; a bound on the work).
PAGE_HEAD_CHARS = 2000


def page_date_offset(text: str) -> int | None:
    """The offset of the ISO date a page prints as its own, after a line-opening label ("date 2020-12-10"), or None.

    Stored pages print their publication date as a furniture line that text extraction often runs together with the
    headline or the first paragraph ("date 2020-12-10 Gunmen killed ..."): that date is the page's
    (:func:`find_page_date` reads it when the line holds no prose), never the day of what the prose tells. It counts
    only in the head of the page (no line of prose before it) and when no other line of the text opens with such a
    label: an incident log labels every entry ("Date: 2021-03-04" then "Date: 2021-03-06"), and those dates are the
    incidents' own."""
    label = _LABELLED_ISO_LINE_RE.search(text, 0, PAGE_HEAD_CHARS)
    if label is None or PROSE_LINE_END_RE.search(text, 0, label.start()):
        return None
    if _LABELLED_ISO_LINE_RE.search(text, label.end()):
        return None
    return label.end()


@dataclass(frozen=True)
class PageDate:
    """A publication date read from the page text, and where: ``line`` is the 1-based line number."""

    value: date
    kind: str
    line: int
    line_text: str
    confidence: float


def find_page_date(text: str, *, not_after: date | None = None) -> PageDate | None:
    """The publication date printed in the page furniture of ``text``, or None (see the module rules).

    ``not_after`` is the fetch or reading date (today when not given): a later
    date is refused.
    """
    limit = not_after or date.today()
    candidates: list[PageDate] = []
    labelled = _labelled_head_date(text, limit)
    if labelled is not None:
        candidates.append(labelled)  # ("date 2020-12-10 Gunmen killed ...": the label's line runs into prose)
    non_empty = 0
    for number, raw_line in enumerate(io.StringIO(text), start=1):  # lazily: only the head is read
        line = raw_line.strip()
        if not line:
            continue
        non_empty += 1
        if non_empty > LABELLED_HEAD_LINES:
            break
        candidate = _line_date(line, number, limit)
        if candidate is None:
            continue
        if candidate.kind in (DATE_LINE, BYLINE, DATELINE) and non_empty > HEAD_LINES:
            continue
        candidates.append(candidate)
    if not candidates:
        return None
    best_rank = min(_RANK[c.kind] for c in candidates)
    best = [c for c in candidates if _RANK[c.kind] == best_rank]
    if len({c.value for c in best}) > 1:
        return None  # several dates of the same standing: a list of other stories, not this page's date
    return best[0]


def _labelled_head_date(text: str, limit: date) -> PageDate | None:
    """The page's own date after a label at its head (:func:`page_date_offset`), read even when text extraction ran
    the label's line into the headline or the first paragraph (which :func:`_line_date` refuses as prose), or None."""
    offset = page_date_offset(text)
    if offset is None:
        return None
    try:
        value = date.fromisoformat(text[offset : offset + 10])
    except ValueError:
        return None
    if value.year < MIN_YEAR or value > limit:
        return None
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_text = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    number = text.count("\n", 0, offset) + 1
    return PageDate(
        value=value,
        kind=PUBLISHED_LINE,
        line=number,
        line_text=line_text[:MAX_LINE_CHARS],
        confidence=_CONFIDENCE[PUBLISHED_LINE],
    )


def date_from_url(url: str, *, not_after: date | None = None) -> date | None:
    """The publication date a page's address gives: a tweet's status id, or a full date in the path; else None."""
    limit = not_after or date.today()
    tweet = _TWEET_URL.match(url.strip())
    if tweet:
        created_ms = (int(tweet.group(1)) >> 22) + _TWITTER_EPOCH_MS
        value = datetime.fromtimestamp(created_ms / 1000, tz=timezone.utc).date()
    else:
        path = urlsplit(url.strip()).path
        match = _URL_DATE.search(path)
        if match is None:
            return None
        try:
            value = date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
        except ValueError:
            return None
    if value.year < MIN_YEAR or value > limit:
        return None
    return value


def _line_date(line: str, number: int, limit: date) -> PageDate | None:
    """The date this line gives as page furniture (or in its dateline), or None."""
    if _DATELINE_START.match(line):
        found = _dateline_date(line, number, limit)
        if found is not None:
            return found
    if len(line) > MAX_LINE_CHARS or _TWEET_ATTRIBUTION.search(line):
        return None
    match = _DATE_RE.search(line)
    if match is None or _SPAN_END_RE.match(line, match.end()):
        return None  # (a span of dates, "March 4, 2019 - March 8, 2019": the days a release covers, not its date)
    value = _date_of(match)
    if value is None or value.year < MIN_YEAR or value > limit:
        return None
    before = line[: match.start()]
    if _PUBLISHED_LABEL.search(before) or _PUBLISHED_WORD.search(before):
        kind = PUBLISHED_LINE
    elif _UPDATED_LABEL.search(before):
        kind = UPDATED_LINE
    elif _BYLINE.match(line):
        kind = BYLINE
    else:
        kind = DATE_LINE
    leftover = _leftover_words(before + " " + line[match.end() :])
    if kind == DATE_LINE:
        if len(leftover) > MAX_LEFTOVER_WORDS or any(word[0].islower() for word in leftover):
            return None
    elif len(leftover) > MAX_LABELLED_LEFTOVER_WORDS:
        return None
    return PageDate(value=value, kind=kind, line=number, line_text=line, confidence=_CONFIDENCE[kind])


def _dateline_date(line: str, number: int, limit: date) -> PageDate | None:
    """The date in a dateline ("BEIRUT, Jan. 12, 2022 (Agency) - ..."): the prefix before the first dash."""
    separator = _DATELINE_END.search(line, 0, MAX_DATELINE_CHARS)
    if separator is None:
        return None
    prefix = line[: separator.start()]
    match = _DATE_RE.search(prefix)
    if match is None or _SPAN_END_RE.match(line, match.end()):
        return None  # "Strike Release March 4, 2019 - March 8, 2019": a span, no filing date
    value = _date_of(match)
    if value is None or value.year < MIN_YEAR or value > limit:
        return None
    leftover = _leftover_words(prefix[: match.start()] + " " + prefix[match.end() :])
    if len(leftover) > MAX_DATELINE_WORDS or any(word[0].islower() for word in leftover):
        return None
    return PageDate(value=value, kind=DATELINE, line=number, line_text=line[:MAX_DATELINE_CHARS], confidence=0.8)


def _leftover_words(rest: str) -> list[str]:
    """How many words of the line are neither date, time, weekday, time zone, label nor furniture."""
    rest = _BY.sub(" ", rest.strip())
    rest = _CLOCK.sub(" ", rest)
    rest = _WEEKDAY_WORD.sub(" ", rest)
    rest = _TIME_ZONE.sub(" ", rest)
    rest = _FURNITURE.sub(" ", rest)
    return _WORD.findall(rest)


def _date_of(match: re.Match[str]) -> date | None:
    """The calendar date a match names, or None when it is impossible or ambiguous."""
    groups = match.groupdict()
    try:
        if groups["y1"]:
            return date(int(groups["y1"]), MONTHS[groups["m1"].lower()], int(groups["d1"]))
        if groups["y2"]:
            return date(int(groups["y2"]), MONTHS[groups["m2"].lower()], int(groups["d2"]))
        if groups["y3"]:
            return date(int(groups["y3"]), int(groups["n3"]), int(groups["d3"]))
        first, second, year = int(groups["a4"]), int(groups["b4"]), int(groups["y4"])
    except ValueError:  # 31 February and the like
        return None
    if first == second or (first > 12 >= second):
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return None  # 03/04/2022: day-first or month-first cannot be told
    try:
        return date(year, month, day)
    except ValueError:
        return None


__all__ = [
    "BYLINE",
    "DATELINE",
    "DATE_LINE",
    "HEAD_LINES",
    "LABELLED_HEAD_LINES",
    "PROSE_LINE_END_RE",
    "PUBLISHED_LINE",
    "UPDATED_LINE",
    "PageDate",
    "date_from_url",
    "find_page_date",
    "page_date_offset",
]
