"""History and past dates (verdict ``history``): an event recalled, not reported.

Every date a past month or year and no toll ("drove ISIS out of Raqqa in October 2017"), or with its toll when the event
is a noun the article points at as known ("The bombing in June 2021 left 23 dead") or is told in a relative clause a
year or more back (:func:`_long_before_publication`); an event named by a date of an earlier year or month
(:func:`_named_by_a_past_date`: "sentenced six men on Monday over the 2019 car bombing"); a year alone
(:func:`_year_only`: "in 2019", "after the 2017 battle", any year when the publication date is unknown; with a toll,
a year's statistic: ``tally``); an event told over a span running from one month into another that ended before the
publication's month (:func:`_over_a_past_span_of_months`: "from June 3 to July 20, fighting raged in X", "90 died
in two bouts of clashes in March-April"); an event dated
in the possessive ("last month's assault") or a year or more back ("Last year, a similar strike killed three"); an
anniversary, the dead of past fighting remembered, a remark recalling earlier events ("It is worth noting that ..."),
an earlier report recalled ("The monitor published on the 3rd of May that ...").
"""

from __future__ import annotations

import re

from mapapp.extract.background.frames import _event_word_position, _figure_offset
from mapapp.extract.dates import DateMention
from mapapp.extract.lexicon import MONTHS, compile_guarded
from mapapp.extract.mentions import EventMention


# A past year naming a battle or a period ("after the 2017 battle", "during the battles of 2018"): history when the
# clause gives no toll and no day.
_NAMED_YEAR_RE = compile_guarded(r"\b(?:the|of)\s+((?:19|20)\d\d)\b(?![-/]\d)", re.IGNORECASE)
# An anniversary or commemoration recalls a past event: "Sunday marks the fifth anniversary of the bombing ...".
_ANNIVERSARY_RE = compile_guarded(r"\banniversary\b|\bcommemorat(?:e|es|ed|ing|ion)\b", re.IGNORECASE)
# The dead of past fighting remembered: graves or a memorial visited, the fallen remembered, past events recalled by
# name ("visited the martyrs' cemetery", "laid flowers on the graves of", "we remember those who", "recalled the 2004
# events"); read with no day of the event's own (not "residents recalled the strike on Monday"), before the event word
# telling how they died (not an event told first that hit people on a visit: "a strike killed women visiting a grave").
_REMEMBRANCE_RE = compile_guarded(
    r"\b(?:visit(?:s|ed|ing)?|flowers\s+(?:on|at))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:graves?|cemeter(?:y|ies)|memorials?|"
    r"tombs?)\b"
    r"|\bremember(?:s|ed|ing)?\s+(?:those|the\s+(?:dead|fallen|martyrs|victims)|our\s+(?:dead|martyrs|fallen))\b"
    r"|\brecall(?:s|ed|ing)?\s+the\s+(?:(?:19|20)\d\d\s+)?(?:events|massacres?|uprising|battles?\s+of)\b",
    re.IGNORECASE,
)
# A year alone dates a statistic or history, never one event's day: "1,200 civilians were killed in 2019".
# (also a part of the year: "in early 2014", "in mid-2016", "in late 2017")
_YEAR_ONLY_RE = compile_guarded(
    r"\b(?:in|during|throughout|over)\s+(?:the\s+year\s+(?:of\s+)?)?(?:(?:early|late|mid)[- ]?)?((?:19|20)\d\d)\b(?![-/]\d)",
    re.IGNORECASE,
)
# A remark recalling earlier events: "It is worth noting that this toll is the highest since ...". ("had documented"
# is no such mark: bulletins use the past perfect for the event they report.)
_EARLIER_REPORT_RE = compile_guarded(
    r"\b(?:it\s+is\s+)?worth\s+(?:noting|mentioning)\b|\bit\s+is\s+noteworthy\b",
    re.IGNORECASE,
)
# "The Observatory published on the 3rd of November that it documented ...": the day is its earlier report's; the
# sentence recalls what was reported before, it tells no event of this report.
_EARLIER_PUBLICATION_RE = compile_guarded(
    r"\b(?:published|reported|announced|issued|released)\s+(?:earlier\s+)?on\s+(?:the\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]+|[A-Za-z]+\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?,?\s+that\b",
    re.IGNORECASE,
)


# An event dated by a past month or year in the possessive: "last month's ISIS assault left 370 dead", "2019's bombing".
_PAST_POSSESSIVE_RE = compile_guarded(
    r"\b(?:last|previous|past)\s+(?:month|year|summer|winter|spring|autumn|fall)['’]s\b|\b(?:19|20)\d\d['’]s\b",
    re.IGNORECASE,
)


def _year_only(mention: EventMention) -> int | None:
    """The year a clause is dated by when a year alone dates it ("in 2019") and it gives no day or month: a year's
    statistic ("1,200 civilians were killed in 2019") or history, not one event. A year of the publication with no
    figure is left alone ("in 2023 the town was shelled again" reports nothing countable either way); with no
    publication date, a year-only clause with no figure is history whatever its year."""
    if mention.point_dates or any(d.kind == "month" for d in mention.dates):
        return None
    if not any(century in mention.clause_text for century in ("19", "20")):
        return None  # no year written at all (a cheap test before the pattern)
    found = _YEAR_ONLY_RE.search(mention.clause_text)
    if found is None and not mention.has_figure:
        found = _NAMED_YEAR_RE.search(mention.clause_text)  # "after the 2017 battle", "the battles of 2018"
    if found is None and mention.has_figure:
        # "Strikes killed hundreds during the 2017 battle for the city": a toll of a past year's battle
        found = _DURING_A_YEAR_S_BATTLE_RE.search(mention.clause_text)
        if found is not None and (mention.published is None or int(found.group(1)) >= mention.published.year):
            return None
    if found is None:
        return None
    year = int(found.group(1))
    if not mention.has_figure and mention.published is None:
        # (with no publication date known, a clause dated by a year alone and giving no toll is history all the same:
        # a page that reports an event gives its day, "in 2016 the SDF took the city" recalls one; not a year in a
        # relative clause or an aside on a thing named after the event word, "exploded in X, which rebels took in
        # 2019", "hit a checkpoint in X, a town the SDF took in 2019", "a blast in X, the third in 2024": the thing's
        # past or the year's count, the event told)
        return None if _year_of_a_later_aside(mention, found.start()) else year
    if not mention.has_figure and year >= mention.published.year:
        return None
    return year


# A relative clause or an aside opened after a comma: ", which rebels took", ", where", ", a town the SDF took", ", the
# third blast" (what follows names a thing or counts the event, it does not date it).
_ASIDE_OPENING_RE = re.compile(r",\s+(?:which|where|a|an|the|one|its|their)\b", re.IGNORECASE)


def _year_of_a_later_aside(mention: EventMention, year_at: int) -> bool:
    """Whether a relative clause or an aside (:data:`_ASIDE_OPENING_RE`) opens between the clause's event word and
    the year found at ``year_at``: the year dates a thing named after the event, or counts events of that year ("the
    third blast in 2024"), not the event."""
    word = _event_word_position(mention)
    return 0 <= word < year_at and _ASIDE_OPENING_RE.search(mention.clause_text, word, year_at) is not None


#: A past year's battle or campaign the clause's toll belongs to: "during the 2017 battle for Raqqa", "in the 2019
#: offensive", "throughout the 2018 siege".
_DURING_A_YEAR_S_BATTLE_RE = compile_guarded(
    r"\b(?:during|in|throughout|over)\s+the\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+)?(?:battles?|offensives?|sieges?|campaigns?|"
    r"wars?|fighting|assaults?|operations?|invasion|incursion)\b",
    re.IGNORECASE,
)


# An event dated a year or more back by the publication: "last year", "two years ago", "a year earlier", and with no
# count, "years ago", "many years earlier".
_YEARS_AGO_RE = compile_guarded(
    r"\b(?:last|previous|past)\s+year\b|\b(?:a|one|two|three|four|five|six|several|\d{1,2})\s+years?\s+(?:ago|earlier|before)\b"
    r"|\byears\s+(?:ago|earlier)\b",
    re.IGNORECASE,
)


# An event named by its date, a year before its word: "the 2019 car bombing", "the January 2022 attack on the prison",
# "the March 2018 strikes" (the year captured; a month name before it optional).
_NAMED_BY_DATE_RE = re.compile(
    # (a headline drops the article, "family recalls 2019 bombing"; a preposition before the date makes it a time of
    # the clause, "killed 3 in 2019 attacks", not a name)
    # (nor one after a day's number, a full date that dates the clause: "on 3 May 2024 clashes erupted")
    r"(?:\bthe\s+|(?<!\w)(?<!\d\s)(?<!\bin\s)(?<!\bof\s)(?<!\bsince\s)(?<!\bduring\s)(?<!\buntil\s)(?<!\bfrom\s)(?<!\bby\s)"
    r"(?<!\bbetween\s)(?<!\band\s)(?<!\bto\s))(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?"
    r"((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_NAMED_BY_DATE_WINDOW = 60  # characters before the event word in which its date is looked for


def _named_by_a_past_date(mention: EventMention, with_toll: bool = False) -> bool:
    """The clause's event word is named by a date of a year before the publication's, or of a month before its month
    ("the 2019 car bombing", "the January 2022 attack on the prison"): an event recalled, whatever day the clause
    gives (a trial's, a ceremony's). ``with_toll``: the clause gives a toll, which the event named by an earlier
    year keeps ("the 2019 car bombing that killed 12" is recalled with its dead); a month of the publication's year
    does not (a toll may make it this report's news)."""
    if mention.published is None or not any(century in mention.clause_text for century in ("19", "20")):
        return False
    word = _event_word_position(mention)
    if word <= 0:
        return False
    found = _NAMED_BY_DATE_RE.search(mention.clause_text, max(0, word - _NAMED_BY_DATE_WINDOW), word)
    if found is None:
        return False
    year = int(found.group(1))
    words = found.group().lower().split()
    if with_toll:
        # (only a date after "the" names the event for sure: "In May 2019 gunmen raided X, killing two" dates it)
        return words[0] == "the" and year < mention.published.year
    if year < mention.published.year:
        return True
    month_name = words[1] if words[0] == "the" else words[0]
    return year == mention.published.year and MONTHS.get(month_name, 13) < mention.published.month


# A span of months dating the clause: "from early May to late June", "From Oct. 3 to Nov. 9", "in
# August-September", "between May and July 2019", "in late June and July" (the two months captured, the second's year
# when written; a day after either month allowed; a bounded gap between the two).
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_PART = r"(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of)[- ]?\s*)?"
_DAY = r"(?:\.?\s+\d{1,2}(?:st|nd|rd|th)?\b)?"
_SPAN_OF_MONTHS_RE = compile_guarded(
    rf"\b(?:from|between|in|during|over)\s+{_PART}({_MONTH})\b{_DAY}\.?"
    rf"(?:\s*[-\u2013]\s*|\s+(?:to|until|till|through|and)\s+){_PART}({_MONTH})\b{_DAY}(?:,?\s+((?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


def _over_a_past_span_of_months(mention: EventMention) -> bool:
    """The clause is dated by a span running from one month into another (:data:`_SPAN_OF_MONTHS_RE`: "fierce fighting
    went on from Oct. 3 to Nov. 9", "118 died in two bouts of clashes in August-September", "the siege,
    which lasted from early May to late June, cost hundreds of lives") that ended before the publication's month:
    a period recalled, with or without its toll, not one incident this report tells. With no publication date known,
    when the span names months alone (no day of either end): a period all the same ("from March to May the siege
    killed 300"). A span ending in the publication's month may be the report's own news ("from late May to June 3,
    strikes hit the town" in a June paper) and is left alone."""
    clause = mention.clause_text
    found = _SPAN_OF_MONTHS_RE.search(clause)
    if found is None:
        return False
    first, last = MONTHS[found.group(1).lower()[:3]], MONTHS[found.group(2).lower()[:3]]
    if first == last:
        return False  # ("from May 3 to May 9": days of one month, a week's events)
    if any(not d.said and d.text not in found.group() for d in mention.point_dates):
        return False  # a day of the clause's own besides the span ("on October 2, gunmen struck again, after the
        # clashes from June to July"): the event of that day, the span only recalled around it
    published = mention.published
    if published is None:
        return not re.search(r"\d", found.group())  # (months alone: "from March to May")
    year = int(found.group(3)) if found.group(3) else None
    if year is not None:
        return (year, last) < (published.year, published.month)
    return last != published.month  # (a month named without its year is the last such month before publication)


def _long_before_publication(mention: EventMention) -> bool:
    """True when every date the clause gives is a past month or year, not a day ("in October 2017" in a later
    article, "in June" in a July one), and the clause gives no toll: a reported incident is dated by its day, history
    by its month or year. With a toll, only when the event is told in a relative clause of a thing named before it
    and every date is a month of a year given, at least :data:`_RECALLED_WITH_TOLL_MONTHS` back ("the prison, which
    ISIS stormed in March 2021 in an attack that left dozens dead", in a 2024 article), or the toll in a relative
    clause on the event noun ("was stormed in an assault in June 2020 in which scores died"): the thing's past,
    recalled with its dead (an event told as the clause's own, "a similar blast hit the market in May 2019, killing
    four", may be recalled to be reported). A known event noun with its toll ("The bombing in June 2021 left 23 dead")
    is recalled from any earlier month."""
    if mention.published is None or not mention.dates:
        return False
    published = (mention.published.year, mention.published.month)
    if mention.has_figure:
        if mention.definite and _known_event_noun(mention):
            # "The assault in March 2021 killed 80 guards", "the clashes in August killed 90" in a September paper: an
            # event the reader is taken to know, named by its month and given its toll, is recalled, not reported
            return all(_past_month(d, published) for d in mention.dates)
        return all(_month_of_a_year_long_back(d, published) for d in mention.dates) and (
            _in_relative_clause(mention) or _toll_in_relative_clause_of_the_event(mention)
        )
    return all(_past_month(d, published) for d in mention.dates)


# An article pointing at an event noun as one the reader knows: "the assault", "these clashes", "the two strikes" (not
# "that", a relative pronoun as often as a pointer: "a column that advanced on X").
_KNOWN_EVENT_ARTICLE_RE = compile_guarded(r"\b(?:the|this|these|those)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _known_event_noun(mention: EventMention) -> bool:
    """The clause's event word is a noun introduced by the definite article or a demonstrative, its toll told after it
    ("The bombing in May 2019 killed eleven"; not "Eleven were killed in the battle for X in May 2017": the toll the
    clause reports, the battle only where they fell)."""
    word = _event_word_position(mention)
    figure = _figure_offset(mention)
    return (
        word > 0
        and figure is not None
        and figure > word
        and _KNOWN_EVENT_ARTICLE_RE.search(mention.clause_text, max(0, word - 40), word) is not None
    )


# The opening of a relative clause on a thing named before it: ", which was ...", ", where ...".
_RELATIVE_OPENING_RE = re.compile(r",\s+(?:which|where)\b", re.IGNORECASE)
_RELATIVE_OPENING_WINDOW = 60  # characters before the event word in which the relative clause opens


def _in_relative_clause(mention: EventMention) -> bool:
    """The clause's event word stands in a relative clause opened just before it, with no comma between ("the camp,
    which gunmen raided in 2019", "the town, where a car bomb killed ten in 2018")."""
    word = _event_word_position(mention)
    if word <= 0:
        return False
    opening = None
    for opening in _RELATIVE_OPENING_RE.finditer(mention.clause_text, max(0, word - _RELATIVE_OPENING_WINDOW), word):
        pass  # the last one before the event word
    return opening is not None and "," not in mention.clause_text[opening.end() : word]


# A relative clause opened on the event noun, before its toll: "an attack in March 2021 in which dozens died" (not ",
# which killed nine" after a clause of its own: "a car bomb hit X in May 2019, which killed nine" tells it as a
# ", killing nine" would).
_EVENT_RELATIVE_RE = compile_guarded(r"\b(?:in|during)\s+which\b", re.IGNORECASE)


def _toll_in_relative_clause_of_the_event(mention: EventMention) -> bool:
    """The toll is told in a relative clause on the event noun, after its month ("was the target of an attack in March
    2021 in which dozens were killed"): the event recalled with its dead, as the clause's own verb tells another thing."""
    word = _event_word_position(mention)
    figure = _figure_offset(mention)
    return (
        0 <= word
        and figure is not None
        and figure > word
        and _EVENT_RELATIVE_RE.search(mention.clause_text, word, figure) is not None
    )


#: Months before publication from which a month dating a clause with a toll is an event recalled.
_RECALLED_WITH_TOLL_MONTHS = 12


def _month_of_a_year_long_back(date: DateMention, published: tuple[int, int]) -> bool:
    """True for a month with its year and no day, at least :data:`_RECALLED_WITH_TOLL_MONTHS` before the publication's
    month ("in March 2021" in a May 2022 article; not "in March" with no year, nor "on 3 March 2021")."""
    if date.day is not None or date.weekday is not None or date.year is None or date.month is None:
        return False
    return (published[0] - date.year) * 12 + published[1] - date.month >= _RECALLED_WITH_TOLL_MONTHS


def _past_month(date: DateMention, published: tuple[int, int]) -> bool:
    """True for a month or year before the publication's month, with no day: "in October 2017", or a month named
    without its year that is not the publication's ("in June" in a July paper is this June, in a March paper last
    June)."""
    if date.day is not None or date.weekday is not None:
        return False
    if date.year is not None:
        return (date.year, date.month or 12) < published
    return date.kind == "month" and date.month is not None and date.month != published[1]
