"""Incident dates: each incident's own date expression, the links between incidents, the report date.

Contract: :func:`date_incidents` takes the incidents of a document (coreference
clusters, in the order they were opened) and the publication date, and sets
each one's ``date`` (an :class:`~mapapp.model.IncidentDate`):

1. **Own date.** The first point date of the incident's mentions (a day, a
   weekday, "yesterday", "two days ago", resolved against the publication date
   by :func:`mapapp.extract.dates.resolve`), a date of the event before the
   date of a statement about it ("killed on Friday, the monitor said
   Saturday"), else a month. An incident with no day, or dated only by a
   statement ("a bomb killed three, a monitor said on Wednesday"), takes the
   day the sentence right after it gives when that sentence tells the event
   again with a definite noun ("The explosion hit their truck late on
   Tuesday").
   A text that prints its own day before publication ("Sept. 17, 2016" under
   a release's headline, a dateline) counts its relative days from it.
2. **Dates between incidents.** "X came only a day after Y" makes X one day
   after Y (``days_after=1``, ``relative_to`` Y's id) and Y one day before X;
   when the subject is anaphoric ("The development came ..."), or the phrase
   opens the sentence ("Two days earlier, gunmen ..."), Y is the previous
   incident. When either has a calendar date, the other's is computed.
3. **The day the narrative is set in.** News states the day once and tells
   what happened that day after it ("Jets pounded the province on Sunday,
   residents said. ... A school in Kasra was hit, killing a teacher"):
   an incident with no date of its own takes the last day named in the
   :data:`CONTEXT_SENTENCES` sentences before it (``basis="context"``, the
   expression it came from kept). Not when the search meets a sentence that
   tells an event at a named place of its own (a bulletin's items each have
   their own day: the date there is that item's; unless the incident goes on
   with the toll of the sentence just before: "six more were killed when
   ...", or is set inside the town that event was told at, named without its
   town: "A second device blew up in the town's old market"; or it is the next item of a list that details a summarised day, opening
   "In <place>,", "In addition," or labelled with its place ("B: gunmen ..."), or telling the event "also", after an item
   that took that day: "Drones struck the region on Monday. In A, a strike killed a guard. In the
   B countryside, a drone hit a car"), a month or a span
   ("since May"), a statement's date ("the SDF said on Wednesday"), page
   furniture ("Updated: ..."), a date line of full dates, names and a handle only ("@agency · 9 Nov 2020": the
   day a post was written, :func:`_is_date_line`) or the start of a span ("the offensive began on
   Saturday"); nor when the incident's own clause sets it at another time:
   the pluperfect ("had ambushed"), "some time ago", "last week", "days of
   strikes", a running toll ("the siege has so far killed 40"), or a sentence
   opening before an event it names ("Before the truce, jets struck ...").
   The sentence right after a dated lede that opens by telling the lede's
   event again with a definite noun ("Jets struck groups around A on
   Monday. The strikes hit a camp near B ...") takes the lede's day, though
   the lede tells it at a place of its own.
   The next event of a series takes the day of the event just before it:
   told in the sentence right after it and opening as the series' next item
   ("Another strike ...", "A third drone ...", "The second struck ...", "Simultaneously, ...", "Also,
   ...", "In the morning, ..."), joined to it by "and" in its sentence, or
   answering it ("The SDF responded with mortar fire on X", up to two
   sentences on), or going on with its scene, "then" or "later" between
   the subject and the verb ("Troops then opened fire", up to three
   sentences on). A span of dates ("between April 28 and May 5") gives no day.
   Fighting told at the place of the lede's dated fighting takes its day,
   past sentences telling events at places of their own ("Troops and the SDF
   clashed on Sunday near A. ... Artillery later hit homes in A": a clash,
   strike or shelling, within the few sentences after the lede, none naming
   a day; not a bulletin's item labelled with its place). A strike listed
   on its place after a lede that dates the strikes ("On July 1, coalition
   forces conducted 24 strikes ... Strikes in Iraq ... -- Near Mosul, three
   strikes ...") takes the lede's day across section headers and summaries,
   up to twelve sentences on, when none between names a day (a sentence
   naming those strikes again by their day, "details of yesterday's
   strikes", names none of its own); the day is the strikes', not that
   of the statement after it ("... on Friday, officials reported
   yesterday"), and it comes before a day the sentences just before the
   item name. An item may gloss its place in brackets ("Near A [B],").
   An undated incident that refers back with a definite event noun to the
   dated incident of the same type just before it ("four more died in the
   raids on X") is that incident's day (``relative_to`` it, +0 days).
4. **The day a bulletin's title covers.** A title that closes on a day set
   apart by a dash, bar, colon or comma ("Security incidents – May 3",
   "Field update - 12 June", "Round-up, Friday", "DZ24 | Day 29 May"), or a
   title naming a day's round-up with its one day wherever it stands ("Sunday
   round-up", "Security incidents in the east on Monday", "Evening bulletin
   (Monday)"; not a week's or a month's) dates the page's items: an
   incident still undated takes that day (``basis="context"``), unless its
   own clause sets it at another time (the pluperfect, "last week").
   A headline telling an event with its day ("Drone kills two on Monday") is
   no such title.
5. **Report date.** An incident the text gives no date for takes the
   publication date as a *report date* (:meth:`IncidentDate.report_date`,
   precision ``report``: on or before that day, never the exact day). When the
   publication date is unknown too, the date stays unknown (None).
6. **Weekdays without a publication date** are dated against the first
   incident that names a weekday ("Thursday" ... "On Wednesday": one day
   before it), as ``relative_to`` with ``days_after``; so are days counted back
   from the unknown publication date ("this morning" ... "yesterday": one day
   before it, :func:`_link_days_counted_back`).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

from mapapp.extract.dates import SPAN_JOIN_RE, SPAN_OPENER_RE, DateMention, find_dates, resolve
from mapapp.extract.lexicon import (
    PLACE_LABEL,
    PLACE_LABEL_RE,
    compile_guarded,
    normalize_place,
)
from mapapp.extract.mentions import EventMention
from mapapp.extract.layout import post_header_lines
from mapapp.extract.page_date import PROSE_LINE_END_RE, UPDATED_LINE, find_page_date
from mapapp.model import UNSPECIFIC_TYPES, EventType, IncidentDate

_ANAPHORIC_SUBJECT_RE = compile_guarded(
    r"\b(?:the|this|that)\s+(?:latest\s+)?(?:development|attack|strike|strikes|raid|bombing|incident|assault|shelling|explosion|blast|massacre|news|killing|deaths|"
    r"operation|campaign|clashes|escalation)\b"
    r"|\b(?:it|this|that)\s+(?:came|happened|occurred|comes)\b|\bcame\b",
    re.IGNORECASE,
)


#: The kinds of event an anaphoric subject's noun names ("The clashes come a week after ..."): its incident is the
#: latest of them. (Nouns of any kind, "the attack", "the incident", name no kind.)
_SUBJECT_NOUN_TYPES: dict[str, frozenset[EventType]] = {
    "clashes": frozenset({EventType.ARMED_CLASH}),
    "shelling": frozenset({EventType.SHELLING}),
    "strike": frozenset({EventType.AIRSTRIKE, EventType.DRONE_STRIKE}),
    "strikes": frozenset({EventType.AIRSTRIKE, EventType.DRONE_STRIKE}),
    "bombing": frozenset({EventType.IED, EventType.CAR_BOMB, EventType.SUICIDE_BOMB, EventType.OTHER}),
    "explosion": frozenset({EventType.IED, EventType.CAR_BOMB, EventType.SUICIDE_BOMB, EventType.OTHER}),
    "blast": frozenset({EventType.IED, EventType.CAR_BOMB, EventType.SUICIDE_BOMB, EventType.OTHER}),
}
_SUBJECT_NOUN_RE = compile_guarded(r"\b(?:the|this|that)\s+(?:latest\s+)?(clashes|shelling|strikes?|bombing|explosion|blast)\b", re.IGNORECASE)
#: "the same day", "that same evening": a phrase dating an event by the day told for another.
_SAME_DAY_RE = compile_guarded(r"\b(?:the|that) same (?:day|night|evening|morning|afternoon)\b", re.IGNORECASE)
#: "near the same junction", "in the same village": the clause names again the place of an event told before.
_SAME_PLACE_RE = compile_guarded(
    r"\b(?:the|that) same (junction|roundabout|road|village|town|city|area|neighbou?rhood|district|checkpoint|crossing"
    r"|bridge|street|market|camp|site|base|field|spot|place|location)\b",
    re.IGNORECASE,
)
#: How many incidents back the incident a relation phrase refers to is looked for.
_REFERRED_INCIDENTS = 4


def _referred_incident(incident: EventMention, earlier: list[EventMention], subject: str) -> EventMention:
    """The incident a relation phrase dates ``incident`` against, among the incidents told before it: the latest by
    default; but the latest of the kind the anaphoric subject names ("The clashes come a week after ..."), the latest
    at a place the clause names again ("a car bomb had exploded two days earlier near the same junction in A"), or,
    for "the same day" after an event told with no day (nor dated against another), the latest told with a day of
    its own, among the last :data:`_REFERRED_INCIDENTS` not related to another yet."""
    recent = earlier[-_REFERRED_INCIDENTS:][::-1]
    free = [other for other in recent if other.relation is None]  # (an incident holds one relation: keep the first)
    noun = _SUBJECT_NOUN_RE.search(subject)
    if noun is not None:
        kinds = _SUBJECT_NOUN_TYPES[noun.group(1).lower()]
        found = next((other for other in free if other.event_type in kinds), None)
        if found is not None:
            return found
    same_place = _SAME_PLACE_RE.search(incident.clause_text)
    if same_place is not None:
        # (told at a place the clause names, or where the clause before named the same kind of place: "near the X
        # junction")
        places = {normalize_place(p.text) for p in incident.sub_governorate_places}
        kind = re.compile(rf"\b{same_place.group(1)}\b", re.IGNORECASE)
        found = next(
            (
                other
                for other in free
                if places & {normalize_place(p.text) for p in other.sub_governorate_places} or kind.search(other.clause_text)
            ),
            None,
        )
        if found is not None:
            return found
    if _SAME_DAY_RE.search(incident.clause_text) and not recent[0].point_dates and recent[0].anchor is None:
        # (an event dated against another, "Hours earlier, ...", has a day told too)
        found = next((other for other in free if other.point_dates), None)
        if found is not None:
            return found
    return recent[0]


def link_relations(incidents: list[EventMention]) -> None:
    """Record the "a day after" relations of rule 2 (before headline summaries are dropped)."""
    last_in_sentence: dict[int, EventMention] = {}
    for position, incident in enumerate(incidents):
        anchor = incident.anchor
        earlier_here = last_in_sentence.get(incident.sentence_index)
        last_in_sentence[incident.sentence_index] = incident
        if anchor is None:
            continue
        before = incident.text_before_clause
        previous = (
            _referred_incident(incident, incidents[max(0, position - _REFERRED_INCIDENTS) : position], before)
            if position
            else None
        )  # (the last few only: a slice of all those before, per incident, is quadratic)
        if earlier_here is not None:
            earlier_here.relation = (incident, anchor.days)
        elif previous is not None and incident.opens_sentence:
            # "Two days earlier, gunmen ..." / "A day after the bombing, gunmen ...": the previous incident
            days = anchor.days if anchor.sequential else -anchor.days
            previous.relation = (incident, days)
        elif previous is not None and _ANAPHORIC_SUBJECT_RE.search(before):
            previous.relation = (incident, anchor.days)
        elif previous is not None and anchor.sequential and previous.sentence_index < incident.sentence_index:
            # "Two men were also shot dead in B, on the same day", "... in B the following day": a phrase that dates
            # against the event told before wherever it stands in the clause (it names no other event)
            previous.relation = (incident, anchor.days)


#: How many sentences before an undated incident the day its narrative is set in is looked for.
CONTEXT_SENTENCES = 4
#: Wording in an incident's clause that sets it at another, unstated time ("shot some time ago"),
#: over a span ("days of airstrikes") or as a running toll ("the siege has so far killed 40"): no context day.
_OWN_TIME_RE = compile_guarded(
    r"\b(?:a while ago|some time ago|recently|lately|previously|earlier this (?:week|month|year)"
    r"|(?:last|past|previous) (?:week|month|year|few days|days|weeks|months)"
    r"|(?:few|several|some) (?:days|weeks|months) ago|(?:days|weeks|months|years) (?:ago|earlier|of)"
    r"|(?:has|have) (?:so far |now )?(?:killed|left|claimed))\b"
    # the pluperfect: "had documented", "had been shot" tell the past before the narrative's time
    r"|\bhad (?:also |already |previously |earlier )?(?:been )?[a-z]{2,}(?:ed|en|wn|ot|ck|ht|ne|ung|ew)\b",
    re.IGNORECASE,
)
#: "six more fighters were killed": the toll goes on with the event told just before; it shares its day.
_MORE_OF_THE_SAME_RE = compile_guarded(
    r"\b(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|a few) more\b"
    # "The monitor said the dead included ten civilians, hit by shelling": a part of the toll just told
    r"|\b(?:the dead|the victims|those killed|the killed|the casualties) (?:included|include|includes)\b"
    r"|\bamong (?:the dead|the victims|those killed)\b",
    re.IGNORECASE,
)
#: A place inside the town the sentence before told, named without its town: "in the town's old market", "near a
#: mosque in the Jalaa neighbourhood" (not "in the Jalaa neighbourhood of Kasra": a town of its own). An event
#: there goes on with the story of the nearest sentence before telling an event at a place: its day.
_IN_THE_TOWN_TOLD_RE = compile_guarded(
    r"\b(?:the (?:city|town|village)[’']s|the (?:nearby |neighbouring |adjacent )?(?:[A-Z][\w’'-]*\s){1,2}"
    r"(?:district|neighbou?rhood|quarter))\b"
    r"(?!\s+(?:of|in)\s+[A-Z])",
)
#: A sentence opening at a time before an event it names ("Before the agreement, gunmen ..."): an earlier, untold day.
_BEFORE_AN_EVENT_OPENING_RE = compile_guarded(r"^\W{0,3}Before (?:the|this|that|its|their) [a-z]+(?: [a-z]+)?,")
#: "killed in the strikes on ...", "by the same shelling": the event the sentence before told.
_DEFINITE_REFERENCE_RE = compile_guarded(
    r"\b(?:in|by|during|from) the (?:same |latest |U\.?S\.? |Turkish |Russian |coalition |regime )?"
    r"(?:strikes?|air ?strikes?|raids?|attacks?|bombardment|bombing|shelling|assault|clashes|blasts?|explosions?)\b",
    re.IGNORECASE,
)
#: What stands just before a date that is not the day of the events told after it: page furniture
#: ("Updated: ..."), the start of a span ("began last Thursday", "launched an offensive on Saturday").
#: (A statement's date, "the SDF said on Wednesday", is marked by :func:`mapapp.extract.dates.find_dates`.)
_NOT_A_SCENE_DATE_RE = compile_guarded(
    r"\b(?:updated|published|posted|modified|began|begun|started|launched (?:an? |the |its |their )?(?:\w+ )?"
    r"(?:offensive|campaign|operation))\W{0,3}(?:\w+\W{1,3}){0,2}(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SentenceTime:
    """What one sentence says about time: its text, its date expressions (offsets into ``text``), and whether it
    tells an event at a named place of its own (an item of a bulletin: its date is that event's)."""

    text: str
    dates: Sequence[DateMention]
    placed_event: bool


#: What sets a title's closing day apart from the words before it: a dash, a bar, a colon or a comma, and a "Day"
#: label ("DZ24 | Day 29 May").
_TITLE_DAY_SEPARATOR_RE = compile_guarded(r"(?:\s[-–—]|[|:,])\s*(?:Day\s+)?$")
#: A title that names a round-up of a day's events: its one day is the page's, wherever it stands ("Sunday round-up",
#: "In brief: security incidents in the east on Monday", "Evening bulletin (Monday)", "Daily toll | nine killed
#: across the region on Sunday"); not a week's or a month's.
# (not "Update:" labelling one event's headline, "Update: gunmen kill a teacher in A on Tuesday"; "Thursday update" is
# a round-up, and "Update – Monday" closes on its day)
_ROUND_UP_TITLE_RE = compile_guarded(
    r"\b(?:round-?ups?|updates?\b(?!\s{0,2}\d{0,2}\s{0,2}:)|bulletin|in brief|briefing|summary|digest|daily|"
    r"(?:security )?(?:incidents|events))\b",
    re.IGNORECASE,
)
#: A site's name set after a headline by a dash or a bar ("... on Monday - Daily Sabah"): no part of its wording.
_SITE_NAME_AFTER_RE = compile_guarded(r"\s[-–—|]\s")
_LONGER_ROUND_UP_RE = compile_guarded(r"\b(?:weekly|monthly|week|month|year)\b", re.IGNORECASE)
#: The first day of a span of days just before a date: "1-7 January", "from 3 to 9 May".
_SPAN_START_BEFORE_RE = compile_guarded(r"(?:\d\s{0,2}[-–—]|\b(?:from|between)\s+\d{1,2}\s+(?:to|and))\s{0,2}$")
#: How long before publication a bulletin's title may date its page (a daily or weekly round-up of recent days).
_TITLE_DAY_AGE_LIMIT = timedelta(days=7)
#: Between two date expressions of one day ("Wednesday, July 19", "Friday 3 May").
_ONE_DAY_JOIN_RE = compile_guarded(r"^,?\s*$")


def title_day(title: str, published: datetime.date | None) -> IncidentDate | None:
    """Rule 4: the day a bulletin's title covers ("Daily report – March 4", "Update - Friday, 3 May"), or None.

    The day must close the title and follow a dash, bar, colon, comma or bracket: "Drone kills two near Amuda on
    Monday" is a headline telling an event, not a page's day; or be the one day of a title naming a round-up
    (:data:`_ROUND_UP_TITLE_RE`: "Sunday round-up", "Security incidents in the east on Monday"). Neither is a day
    after publication or more than :data:`_TITLE_DAY_AGE_LIMIT` before it."""
    dates = find_dates(title)
    if not dates:
        return None
    first = len(dates) - 1
    while first > 0 and _ONE_DAY_JOIN_RE.match(title[dates[first - 1].end : dates[first].start]):
        first -= 1
    site_name = _SITE_NAME_AFTER_RE.search(title, dates[-1].end)
    headline = title[: site_name.start()] if site_name is not None else title  # (without "- Daily Sabah")
    round_up = (
        first == 0
        and _ROUND_UP_TITLE_RE.search(headline) is not None
        and _LONGER_ROUND_UP_RE.search(title) is None
        and _SPAN_START_BEFORE_RE.search(title, 0, dates[0].start) is None
    )
    if not round_up and (
        title[dates[-1].end :].strip(" .)]\t") or not _TITLE_DAY_SEPARATOR_RE.search(title, 0, dates[first].start)
    ):
        return None
    if first > 0 and not title[dates[first - 1].end : dates[first].start].strip(" -–—"):
        return None  # "Strike summary, May 2 - May 5": the end of a span, no one day
    day = next(
        (d for d in (resolve(m, published) for m in reversed(dates[first:])) if d is not None and d.value is not None),
        None,
    )
    if day is None or (published is not None and not published - _TITLE_DAY_AGE_LIMIT <= day.value <= published):
        return None
    return replace(day, basis="context")


#: How long before publication the day a text prints as its own may be the day it was written (a release or a post
#: put online a day or a few after it was dated).
WRITTEN_AGE_LIMIT = timedelta(days=7)


def written_day(text: str, published: datetime.date | None) -> datetime.date | None:
    """The day a text prints as its own, when it is before publication: a date line of its own ("Sept. 17, 2016"
    under a release's headline), a dateline ("SOUTHWEST ASIA, July 19, 2015 - ...") or a published label in the
    head of the page (:func:`mapapp.extract.page_date.find_page_date`, not an "Updated" line), else the header line
    of a copied post, its day and clock ("November 29 at 11:02 PM", "Yesterday at 21:40":
    :func:`mapapp.extract.layout.post_header_lines`, the first, when no line of prose comes before it), at most
    :data:`WRITTEN_AGE_LIMIT` before publication. The text's "yesterday", "today", "tonight" and weekdays are counted from that day; None when the
    page prints none, the publication day or an unknown one."""
    if published is None:
        return None
    printed = find_page_date(text, not_after=published)
    if printed is not None and printed.kind == UPDATED_LINE:
        return None
    headers = post_header_lines(text, published) if printed is None else []
    if headers and PROSE_LINE_END_RE.search(text, 0, headers[0][0]):
        headers = []  # (a header under the post's prose is a comment's or a reply's: "Comments / A Name / May 4 at 9:12")
    day = printed.value if printed is not None else (headers[0][1] if headers else None)
    return day if day is not None and published - WRITTEN_AGE_LIMIT <= day < published else None


def date_incidents(
    incidents: list[EventMention],
    published: datetime.date | None,
    sentence_time: Callable[[int], SentenceTime | None] | None = None,
    post_day: Callable[[int], datetime.date | None] | None = None,
    page_day: IncidentDate | None = None,
    written: datetime.date | None = None,
) -> None:
    """Give each incident its IncidentDate: own date, relations, the narrative's day, the day the title covers, then
    the report date (rules 1-6).

    ``sentence_time(i)`` tells what sentence ``i`` says about time (None for a title or skipped line); without it
    rule 3 is not applied. ``post_day(o)`` is the day the post holding text offset ``o`` was written, on a page of
    social-media posts (:func:`~mapapp.extract.layout.post_dates`): that post's "today", "tonight" and report date.
    ``page_day`` is the day a bulletin's title covers (:func:`title_day`). ``written`` is the day the text prints
    as its own, before publication (:func:`written_day`): relative days count from it; the report date stays the
    publication date (the event happened on or before it)."""

    def post_of(incident: EventMention) -> datetime.date | None:
        """The day the post holding the incident's text was written, on a page of posts; else None."""
        if post_day is None or published is None:
            return None
        # (where its event word stands: a post's header and its first words are often one sentence)
        at = _trigger_offset(incident)
        return post_day(incident.clause_span[0] if at is None else at)

    def reference(incident: EventMention) -> datetime.date | None:
        """The day the incident's text was written: its post's, else the day the text prints, else the publication
        date."""
        return post_of(incident) or written or published

    for incident in incidents:
        incident.date = _own_date(incident, reference(incident))
        if sentence_time is not None and (incident.date is None or _dated_by_its_statement_only(incident)):
            incident.date = _day_told_after_the_statement(incident, reference(incident), sentence_time) or incident.date
    # two related incidents neither of which has a day yet may take one from the narrative (rule 3): linked after it
    _apply_relations(incidents, undated_pairs=sentence_time is None)
    if sentence_time is not None:
        previous: EventMention | None = None
        listed_days = _days_told_on(incidents)  # sentence -> the day of the incident it goes on telling
        listed_items: set[int] = set()  # the sentences of items that took the day of a list they go on with
        told_days = _days_told_in(incidents)  # sentence -> (clause start, day) of the incidents told there
        told_by_sentence = _incidents_by_sentence(incidents)  # sentence -> the incidents told there
        lede = _lede_index(incidents, sentence_time)
        told_days_by_type = _fighting_days_told_in(incidents)  # sentence -> days of the fighting told there
        lede_places = _places_fought_at(incidents, lede) if lede is not None else set()
        for incident in incidents:
            if incident.date is None:
                incident.date = _day_of_the_series(incident, told_days, _sentence_text(sentence_time, _told_at(incident)))
            if incident.date is None:
                # a strike opening on its place after the dated campaign: an item of that day's list, as below
                incident.date = _day_of_the_place_item(incident, told_by_sentence, sentence_time)
                _list_day(listed_days, listed_items, incident)
            if incident.date is None:
                incident.date = _day_of_the_joined_sentence(
                    incident, reference(incident), sentence_time
                ) or _day_of_the_time_told(incident, told_days)
            if incident.date is None and lede is not None:
                # a strike release's item: the lede's day, before a day the sentences just before it name again
                # ("Officials gave details of yesterday's strikes", counted from the publication date)
                incident.date = _day_of_the_strikes_listed(incident, lede, reference(incident), sentence_time)
                _list_day(listed_days, listed_items, incident)
            if incident.date is None:
                incident.date = _context_date(
                    incident, reference(incident), sentence_time, listed_days, listed_items, lede
                )
                _list_day(listed_days, listed_items, incident)
            if incident.date is None:
                incident.date = _day_of_the_story_at_its_place(incident, told_by_sentence, sentence_time)
            if incident.date is not None and incident.date.value is not None and not incident.date.is_report_date:
                _add_told_day(told_days, incident)
            if incident.date is None and previous is not None and _refers_back_to(incident, previous):
                incident.date = _related(None, previous.incident_id, 0, previous.date.value if previous.date else None)
            if incident.date is None and lede is not None:
                incident.date = _day_of_the_lede(
                    incident, lede, told_days_by_type, lede_places, sentence_time
                ) or _day_of_the_strikes_listed(incident, lede, reference(incident), sentence_time)
            previous = incident
        _apply_relations(incidents, undated_pairs=True)
    if page_day is not None:
        for incident in incidents:
            if incident.date is None and not _OWN_TIME_RE.search(incident.clause_text):
                incident.date = page_day
    if published is None:
        _link_weekdays(incidents)
        _link_days_counted_back(incidents)
    else:
        for incident in incidents:
            if incident.date is None:
                incident.date = IncidentDate.report_date(post_of(incident) or published)
            elif _same_day_as_an_undated_one(incident):
                # "A car bomb hit A. An hour later, another hit B": one day, which the text does not give either
                report = IncidentDate.report_date(post_of(incident) or published)
                incident.date = replace(report, relative_to=incident.date.relative_to, days_after=0)


def _same_day_as_an_undated_one(incident: EventMention) -> bool:
    """Whether the incident is dated only as the same day as another incident (rule 2: "an hour later", "on the same
    day") and neither has a calendar day: both then take the report date, the relation kept."""
    date = incident.date
    return date is not None and date.value is None and date.relative_to is not None and date.days_after == 0


def _list_day(listed_days: dict[int, IncidentDate], listed_items: set[int], incident: EventMention) -> None:
    """Record the day an incident took as an item of a list detailing one day (rule 3), at the sentence it is told
    in (``listed_items``: an item even where the gazetteer knows no place below its governorate, "Near Raqqah, ...")
    and at those it goes on in: the next item may take it too."""
    if incident.date is None:
        return
    listed_days[_told_at(incident)] = incident.date
    listed_items.add(_told_at(incident))
    for index in range(_told_at(incident) + 1, incident.last_sentence_index + 1):
        listed_days.setdefault(index, incident.date)


def _apply_relations(incidents: list[EventMention], *, undated_pairs: bool) -> None:
    """Rule 2: date each related pair against each other; a pair with no day on either side only when
    ``undated_pairs`` (else it is left for rule 3 and linked afterwards). A pair linked once is not linked again."""
    for later in incidents:
        if later.relation is None:
            continue
        earlier, days = later.relation
        if later.date is not None and later.date.relative_to == earlier.incident_id:
            continue  # linked already
        later_value = later.date.value if later.date else None
        earlier_value = earlier.date.value if earlier.date else None
        if later_value is None and earlier_value is None and not undated_pairs:
            continue
        if later_value is None and earlier_value is not None:
            later_value = earlier_value + timedelta(days=days)
        if earlier_value is None and later_value is not None:
            earlier_value = later_value - timedelta(days=days)
        later.date = _related(later.date, earlier.incident_id, days, later_value)
        earlier.date = _related(earlier.date, later.incident_id, -days, earlier_value)


def _dated_by_the_text(date: IncidentDate | None) -> bool:
    """Whether the text already dates the incident without a publication date: a calendar day, a month, or a relation
    to another incident (what :func:`_link_weekdays` and :func:`_link_days_counted_back` leave as it is)."""
    return date is not None and (date.value is not None or date.month is not None or date.relative_to is not None)


def _link_weekdays(incidents: list[EventMention]) -> None:
    """Rule 5: without a publication date a weekday cannot be resolved, but two weekdays in one article can be
    dated against each other. The first incident that names a weekday is the anchor ("on Sunday (April 22)" names
    one too); every other incident dated only by a weekday is dated against it.

    Which week each weekday falls in is read from all the weekdays the article names together: they are days of
    the one week before publication, and the latest of them is the one after which the week's longest stretch of
    unnamed days begins (:func:`_latest_weekday`). "Sunday's strike ... On Monday evening another drone ..." puts
    Monday a day after Sunday, not six days before it; "Thursday ... On Tuesday ..." puts Tuesday two days before
    Thursday. News tells the latest event first, so where the spans are nearly equal ("Thursday ... On Sunday")
    the anchor's weekday is the latest. (Taking the anchor as the latest always put an event told after one of
    the day before six days before it, where the gold of h22, h23 and web22 (four sources) codes it a day after.)"""
    anchor: EventMention | None = None
    anchor_weekday = 0
    linked: list[tuple[EventMention, int]] = []
    for incident in incidents:
        weekday = _own_weekday(incident)
        if weekday is None:
            continue
        if anchor is None:
            anchor, anchor_weekday = incident, weekday
            continue
        if not _dated_by_the_text(incident.date):
            linked.append((incident, weekday))
    if anchor is None or not linked:
        return
    latest = _latest_weekday(anchor_weekday, [weekday for _, weekday in linked])
    anchor_back = (latest - anchor_weekday) % 7
    for incident, weekday in linked:
        days = anchor_back - (latest - weekday) % 7
        incident.date = _related(incident.date, anchor.incident_id, days, None)
        anchor.date = _related(anchor.date, incident.incident_id, -days, anchor.date.value if anchor.date else None)


#: How many days shorter than the anchor's the span of another latest weekday must be to be taken instead: two
#: weekdays a day or two apart are not five or six days apart, but three and four days apart are a near tie, where
#: the news order (the latest first) decides.
_SHORTER_SPAN_DAYS = 3


def _latest_weekday(anchor_weekday: int, others: list[int]) -> int:
    """The weekday (0 Monday .. 6 Sunday) that is the latest of ``anchor_weekday`` and ``others`` when they all fall
    in one week: the one that gives the shortest span back to the earliest of them; the anchor's unless another's
    span is shorter by :data:`_SHORTER_SPAN_DAYS` days at least."""
    named = {anchor_weekday, *others}

    def span(latest: int) -> int:
        return max((latest - weekday) % 7 for weekday in named)

    shortest = min(sorted(named), key=span)
    return shortest if span(shortest) <= span(anchor_weekday) - _SHORTER_SPAN_DAYS else anchor_weekday


def _own_weekday(incident: EventMention) -> int | None:
    """The weekday the incident is dated by: that of its own date expression when it names one ("claimed on Thursday
    the attack of Wednesday": Wednesday); none when that expression counts days back from publication ("killed
    yesterday, the group said on Saturday": Saturday dates the statement, and :func:`_link_days_counted_back` dates
    the killing); else the first weekday its clause names."""
    expression = incident.date.expression if incident.date is not None else None
    own = [d for d in incident.dates if d.text == expression] if expression is not None else []
    weekday = next((d.weekday for d in own if d.weekday is not None), None)
    if weekday is not None:
        return weekday
    if any(d.days_before_publication is not None and d.statement_date is None for d in own):
        return None
    return next((d.weekday for d in incident.dates if d.weekday is not None), None)


def _days_counted_back(incident: EventMention) -> int | None:
    """How many days before the (unknown) publication date the incident's own date expression puts it ("today",
    "this morning": 0; "yesterday", "last night": 1); None when its date is anything else (a weekday, a calendar day,
    a relation, a day counted from a statement's date)."""
    date = incident.date
    if date is None or _dated_by_the_text(date):
        return None
    for mention in incident.dates:
        if mention.text == date.expression and mention.statement_date is None:
            return mention.days_before_publication
    return None


def _link_days_counted_back(incidents: list[EventMention]) -> None:
    """Rule 6, for days counted back from publication: without a publication date "yesterday" cannot be resolved,
    but it is exactly one day before the same text's "today" or "this morning" (both count from the one day the
    text was written), so incidents dated by such words are dated against the first of them, as ``relative_to``
    with ``days_after`` ("explosions this morning ... a car bomb yesterday": the car bomb a day before). Weekdays
    are left to :func:`_link_weekdays`: how far a weekday lies from "yesterday" depends on the unknown day.

    The lede the text gives no date at all is the news of the day it was written (with a publication date it would
    take that day as its report date): where no incident is dated "today" and a later one is dated "yesterday" or
    some days ago, the lede is the anchor, counted 0 days back ("A drone hit a patrol near A. Yesterday, shells
    killed two in B": B a day before A, as the gold of h22, h23 and web codes it in four sources). The lede keeps
    the relation as a report date (precision ``report``): the text gives no day of its own."""
    lede = _undated_lede_of_the_day(incidents)
    anchor: EventMention | None = lede
    anchor_back = 0
    for incident in incidents:
        back = _days_counted_back(incident)
        if back is None:
            continue
        if anchor is None:
            anchor, anchor_back = incident, back
            continue
        days = anchor_back - back
        incident.date = _related(incident.date, anchor.incident_id, days, None)
        if anchor is lede and anchor.date is None:
            # the lede's day is the report's, which the text does not give: a report date, kept as a relation
            anchor.date = IncidentDate(relative_to=incident.incident_id, days_after=-days, basis="report")
        elif anchor.date is None or anchor.date.relative_to is None:
            anchor.date = _related(anchor.date, incident.incident_id, -days, None)


def _undated_lede_of_the_day(incidents: list[EventMention]) -> EventMention | None:
    """The first incident when the text gives it no date at all, none is dated by "today" (or another day counted 0
    days back) and a later one is dated by days counted back; else None."""
    if not incidents or incidents[0].date is not None:
        return None
    backs = [_days_counted_back(incident) for incident in incidents[1:]]
    if any(back == 0 for back in backs) or not any(back for back in backs):
        return None
    return incidents[0]


def _own_day(incident: EventMention) -> IncidentDate | None:
    """The incident's date when it is a day of its own: resolved, and not the report's date."""
    date = incident.date
    return date if date is not None and date.value is not None and not date.is_report_date else None


def _refers_back_to(incident: EventMention, previous: EventMention) -> bool:
    """ "... were killed in the strikes on X" right after dated strikes: the same strikes, the same day."""
    return (
        _own_day(previous) is not None
        and (previous.event_type is incident.event_type or incident.event_type in UNSPECIFIC_TYPES)
        and 0 <= incident.sentence_index - previous.last_sentence_index <= 1
        and bool(_DEFINITE_REFERENCE_RE.search(incident.clause_text))
    )


def _days_told_on(incidents: list[EventMention]) -> dict[int, IncidentDate]:
    """The day of each sentence, after the first, that goes on telling an incident dated to a day (a lede's summary
    merged with its first detail: "Drones struck the region on Monday. In A, a strike killed a guard.")."""
    days: dict[int, IncidentDate] = {}
    for incident in incidents:
        date = _own_day(incident)
        if date is not None:
            for index in range(incident.sentence_index + 1, incident.last_sentence_index + 1):
                days.setdefault(index, _as_context(date))
    return days


def _days_told_in(incidents: list[EventMention]) -> dict[int, list[tuple[int, IncidentDate]]]:
    """The days of the incidents that have one of their own, by the sentence each is told in, with where its clause
    starts (rule 3's series: :func:`_day_of_the_series`)."""
    days: dict[int, list[tuple[int, IncidentDate]]] = {}
    for incident in incidents:
        if _own_day(incident) is not None:
            _add_told_day(days, incident)
    return days


def _add_told_day(days: dict[int, list[tuple[int, IncidentDate]]], incident: EventMention) -> None:
    """Record a dated incident's day at the sentence it is told in and at each sentence it goes on in."""
    assert incident.date is not None
    for index in range(_told_at(incident), max(_told_at(incident), incident.last_sentence_index) + 1):
        days.setdefault(index, []).append((incident.clause_span[0] if index == _told_at(incident) else -1, incident.date))


#: A sentence that tells the next event of a series the sentence before told: "Another strike hit ...", "A third
#: drone targeted ...", "Simultaneously, ...", "Minutes later, ...".
#: (also after the source that tells it: "A local source said another drone hit ...", "According to the SDF, a second
#: strike ...")
_NEXT_IN_SERIES_RE = compile_guarded(
    r"^\W{0,3}(?:Another\b|A (?:second|third|fourth|fifth|sixth|further) |Simultaneously\b|At the same time\b|Also,"
    # the items of a series the sentence before counted ("Drones carried out three strikes on Sunday. The first hit a
    # car ..."), not "The first time", "The second of the ..."
    r"|The (?:first|second|third|fourth|fifth|sixth|last|latter) (?!(?:of|time|day|week|month|year)\b)"
    r"|(?:Minutes|Moments|Shortly|Soon|Hours) (?:later|after(?:wards)?)\b|Later(?: that (?:day|evening|night))?,"
    r"|Earlier that day\b|In the (?:morning|afternoon|evening),|At (?:dawn|noon|night|midnight),"
    # the next event told by its agent "also" ("ISIS members also attacked ...", "The drones also struck ..."), not a
    # statement ("The SDF also said ...")
    r"|(?:The )?[A-Z][\w'’-]*(?: [\w'’-]+){0,3}? also (?!(?:said|says|reported|told|added|noted|stated|claimed|announced|"
    r"accused|blamed|denied|condemned|called|warned|urged|confirmed|documented|recorded)\b)[a-z]+"
    r"|(?:According to [^,.;]{1,60},|[A-Z][\w'’.-]*(?: [\w'’.()-]+){0,6}? (?:said|says|reported|reports|added|told "
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})(?: that)?,?) (?:an(?:other)? |a (?:second|third|fourth|further) ))"
)
#: A clause opening on its subject and "then" or "later" before its verb: the next act of the scene told before
#: ("Troops then opened fire", "Coalition helicopters later struck the post"); not a statement or a death ("officials
#: later said", "he later succumbed"), nor what a statement opening the sentence reports ("The monitor said many were
#: later executed").
_SUBJECT_THEN_RE = compile_guarded(
    r"^\W{0,3}[A-Z][\w'’.-]*(?: (?!(?:said|says|told|reported|added)\b)[\w'’.-]+){0,4}? (?:then|later) (?!(?:reported|announced|claimed|stated|added|"
    r"confirmed|denied|accused|blamed|warned|succumbed|released|published|issued|called|urged|vowed)\b)"
    r"(?:[a-z]{3,}ed|struck|shot|hit|blew|fought|threw|stormed|seized)\b"
)
#: How many sentences back the scene a "then" goes on with is looked for (a sentence of detail may stand between).
_THEN_SENTENCES = 3
#: An answer to an event told just before: "The SDF responded with mortar fire on X", "In retaliation, ...".
_RESPONSE_RE = compile_guarded(r"\b(?:responded|retaliated|in (?:response|retaliation))\b", re.IGNORECASE)
#: How many sentences back an answer looks for the event it answers (one sentence may tell the attack undated).
_RESPONSE_SENTENCES = 2
#: What joins an undated clause to the dated one before it in its sentence: "killed on Monday, and a mortar hit X".
_JOINED_CLAUSE_RE = compile_guarded(r"^\W{0,3}(?:and|while|as|whereas)\b", re.IGNORECASE)


def _sentence_text(sentence_time: Callable[[int], SentenceTime | None], index: int) -> str | None:
    """The text of sentence ``index`` (None for a title or a skipped line)."""
    time = sentence_time(index)
    return time.text if time is not None else None


def _day_of_the_series(
    incident: EventMention, told_days: dict[int, list[tuple[int, IncidentDate]]], sentence_text: str | None = None
) -> IncidentDate | None:
    """Rule 3 for an event told as the next of a series: the day of the event just before it, when it is told in the
    same sentence after that one, joined by "and" ("two were killed on Monday night in A, and a mortar struck B"),
    or in the sentence right after that one, opening as the series' next item ("Another strike hit a power
    station", "A third strike ...", "Simultaneously, a drone ..."). An answer ("responded", "in retaliation") takes
    the day of the event told before it, and so does the event it answers in its own sentence ("gunmen seized a post
    in A, and the army responded with mortar fire": ``sentence_text``, the sentence the incident is told in). None
    otherwise, and never for a clause that sets itself at another time."""
    if _OWN_TIME_RE.search(incident.clause_text):
        return None
    if not incident.opens_sentence and _JOINED_CLAUSE_RE.search(incident.clause_text):
        earlier = _day_told_earlier_in_sentence(incident, told_days)
        if earlier is not None:
            return earlier
    if incident.opens_sentence and _NEXT_IN_SERIES_RE.search(incident.clause_text):
        series = _day_told_in_sentences_before(incident, told_days, 1)
        if series is not None:
            return series
    if incident.opens_sentence and _SUBJECT_THEN_RE.search(incident.clause_text):
        return _day_told_in_sentences_before(incident, told_days, _THEN_SENTENCES)
    if _RESPONSE_RE.search(incident.clause_text) or _answered_after_it(incident, sentence_text):
        return _day_told_in_sentences_before(incident, told_days, _RESPONSE_SENTENCES)
    return None


#: How far after an event's clause the answer to it is looked for (its party and the answer's verb: ", and the
#: Syrian Democratic Forces stationed nearby responded"): bounded, so that a long sentence of many clauses is not
#: searched to its end once per clause.
_ANSWER_AFTER_CHARS = 160


def _answered_after_it(incident: EventMention, sentence_text: str | None) -> bool:
    """Whether the incident's sentence goes on, right after its clause, with an answer to it ("gunmen seized a post in
    A, and the army responded with mortar fire"): the clause tells the event answered."""
    if sentence_text is None or not incident.clause_text:
        return False
    at = sentence_text.find(incident.clause_text)
    if at < 0:
        return False
    end = at + len(incident.clause_text)
    return _RESPONSE_RE.search(sentence_text, end, end + _ANSWER_AFTER_CHARS) is not None


def _as_context(date: IncidentDate) -> IncidentDate:
    """A day an incident takes from the narrative (rule 3): basis "context", no longer counted from another event."""
    return replace(date, basis="context", relative_to=None, days_after=None)


def _day_told_earlier_in_sentence(
    incident: EventMention, told_days: dict[int, list[tuple[int, IncidentDate]]]
) -> IncidentDate | None:
    """The day of the latest dated incident told in the incident's sentence before its clause, as context."""
    earlier = [date for start, date in told_days.get(_told_at(incident), []) if start < incident.clause_span[0]]
    return _as_context(earlier[-1]) if earlier else None


def _day_told_in_sentences_before(
    incident: EventMention, told_days: dict[int, list[tuple[int, IncidentDate]]], sentences: int
) -> IncidentDate | None:
    """The day of the latest dated incident told in the nearest of the ``sentences`` sentences before the
    incident's, as context."""
    told_at = _told_at(incident)
    for index in range(told_at - 1, told_at - 1 - sentences, -1):
        if index in told_days:
            return _as_context(told_days[index][-1][1])
    return None


#: A sentence opening on the place of its event: "In Qahtaniyah, a drone struck a motorbike", "Near Tal Tamr, ...".
#: (Not a bulletin's item labelled with its place, "Qahtaniyah: a drone ...": after an item with a day of its own,
#: writers leave the next item undated.)
_PLACE_ITEM_OPENING_RE = compile_guarded(r"^\W{0,3}(?:In|Near|Around|Outside) (?:the )?[A-Z][\w'’-]*(?: [\w'’()-]+){0,3},")


def _incidents_by_sentence(incidents: list[EventMention]) -> dict[int, list[EventMention]]:
    """The incidents told in each sentence (from the one they are told at to the last they go on in)."""
    told: dict[int, list[EventMention]] = {}
    for incident in incidents:
        for index in range(_told_at(incident), max(_told_at(incident), incident.last_sentence_index) + 1):
            told.setdefault(index, []).append(incident)
    return told


def _day_of_the_place_item(
    incident: EventMention,
    told_by_sentence: dict[int, list[EventMention]],
    sentence_time: Callable[[int], SentenceTime | None],
) -> IncidentDate | None:
    """Rule 3 for the next strike of a campaign told at its own place right after the sentence that dated the
    campaign's strikes: opening on its place ("Turkish drones struck X and Y on Thursday. In Z, a drone struck a
    motorbike"), of the same type as an incident of that sentence with a day of its own. None otherwise (another kind of
    event, a sentence further on, or one setting itself at another time)."""
    told_at = _told_at(incident)
    if not incident.opens_sentence or told_at - 1 not in told_by_sentence or _OWN_TIME_RE.search(incident.clause_text):
        return None
    own = sentence_time(told_at)
    if own is None or own.dates or not _PLACE_ITEM_OPENING_RE.search(own.text):
        return None
    days = [
        other.date
        for other in told_by_sentence[told_at - 1]
        if other.event_type is incident.event_type
        and other.date is not None
        and other.date.value is not None
        and not other.date.is_report_date
    ]
    return replace(days[-1], basis="context", relative_to=None, days_after=None) if days else None


#: A clause told at a time of the day the narrative is set in, with no day of its own: a time of day ("tried to
#: infiltrate at dawn", "in the early hours"), "Earlier in the day, ..." opening it, or under cover of the event just
#: told ("under cover of the shelling"). (Not a bare "Earlier, ...": writers leave its day untold as often as not.)
_TIME_OF_THE_DAY_TOLD_RE = compile_guarded(
    r"\b(?:at|before|after|around|by|shortly before|shortly after) (?:dawn|daybreak|sunrise|sunset|dusk|noon|midday|"
    r"midnight|nightfall)\b"
    r"|\b(?:in|during) the (?:early |late )?(?:morning|afternoon|evening|night|early hours)\b"
    r"|^\W{0,3}Earlier in the day,"
    r"|\b(?:under (?:the )?cover of|amid|during|in the wake of|following) the (?:same )?(?:shelling|bombardment|"
    r"strikes?|air ?strikes?|attacks?|clashes|fighting|raid|assault|bombing|explosion|blast)\b",
    re.IGNORECASE,
)
#: How many sentences back a time of the day told looks for the dated incident whose day it is.
_TIME_TOLD_SENTENCES = 2


def _day_of_the_time_told(
    incident: EventMention, told_days: dict[int, list[tuple[int, IncidentDate]]]
) -> IncidentDate | None:
    """Rule 3 for a clause that says it happened at a time of the narrative's day (:data:`_TIME_OF_THE_DAY_TOLD_RE`)
    with no day of its own: the day of the latest dated incident told in its sentence before it or in the two
    sentences before (the writer gave that day; a clause without such wording keeps its report date)."""
    if incident.point_dates or incident.anchor is not None or _OWN_TIME_RE.search(incident.clause_text):
        return None
    if _TIME_OF_THE_DAY_TOLD_RE.search(incident.clause_text) is None:
        return None
    return _day_told_earlier_in_sentence(incident, told_days) or _day_told_in_sentences_before(
        incident, told_days, _TIME_TOLD_SENTENCES
    )


def _day_of_the_joined_sentence(
    incident: EventMention,
    published: datetime.date | None,
    sentence_time: Callable[[int], SentenceTime | None],
) -> IncidentDate | None:
    """Rule 3 inside one sentence: a clause joined by "and" to the clause before it, which names the day but told no
    incident of its own ("Fighting erupted at dawn on Monday when tribesmen crossed the river and stormed posts in
    X"), takes that day: the writer gave it to the sentence. Not past a statement's date, a span or a month."""
    if incident.opens_sentence or not _JOINED_CLAUSE_RE.search(incident.clause_text):
        return None
    if _OWN_TIME_RE.search(incident.clause_text):
        return None
    time = sentence_time(incident.sentence_index)
    if time is None or not time.dates:
        return None
    start = time.text.find(incident.clause_text[:60])  # (the clause's offset in its sentence)
    before = [d for d in time.dates if d.end <= start] if start > 0 else []
    if not before:
        return None
    return _scene_day(time, before[-1], published)


def _scene_day(time: SentenceTime, last: DateMention, published: datetime.date | None) -> IncidentDate | None:
    """The day ``last``, the last date told before an incident in the sentence ``time``, gives that incident as the
    day of its scene (basis "context"): None for a date said of a statement, a month, a span's end ("since May") or
    a date that no scene is told on (:data:`_NOT_A_SCENE_DATE_RE`), or one that does not resolve to a day."""
    if last.said or last.kind != "relative" and (last.kind != "absolute" or last.day is None):
        return None
    if _NOT_A_SCENE_DATE_RE.search(time.text, 0, last.start):
        return None
    date = resolve(last, published)
    if date is None or date.value is None:
        return None
    return replace(date, basis="context")


def _told_at(incident: EventMention) -> int:
    """The sentence an incident is told in: a headline's incident is read back from the body's first telling."""
    return incident.body_sentence_index if incident.body_sentence_index is not None else incident.sentence_index


#: An item that goes on with a list detailing one summarised day: "In Kasra, ...", "In the Zor countryside, ...",
#: "Drones also targeted ...".
_NEXT_LIST_ITEM_RE = compile_guarded(
    r"^\W{0,3}(?:In|Near|Around|Outside) (?:the )?[A-Z][\w'’-]*(?: [\w'’()-]+){0,3}(?: \[[^\]\n]{1,30}\])? ?,|\balso\b"
    # "In addition, a landmine killed ...", and a bulletin's item labelled with its place ("Kasra: gunmen shot ...")
    r"|^\W{0,3}(?:In addition|Additionally),|^" + PLACE_LABEL
)


def _context_date(
    incident: EventMention,
    published: datetime.date | None,
    sentence_time: Callable[[int], SentenceTime | None],
    listed_days: dict[int, IncidentDate] | None = None,
    listed_items: set[int] | frozenset[int] = frozenset(),
    lede: int | None = None,
) -> IncidentDate | None:
    """Rule 3: the day of the narrative an undated incident is told in (see the module docstring), or None.
    ``listed_days`` holds, by sentence, the day an incident told there took from a summarised day before it;
    ``listed_items`` the sentences of such items. ``lede`` is the text's lede sentence (:func:`_lede_index`): its
    day is that of the sentence right after it that opens by telling its event again with a definite noun ("Jets
    struck armed groups around A on Monday. The strikes hit a camp near B ..."), though the lede tells that event
    at a place of its own (the incident told by that definite noun, not another event the sentence names)."""
    if _OWN_TIME_RE.search(incident.clause_text):
        return None
    told_at = _told_at(incident)
    own = sentence_time(told_at)
    if own is not None and _BEFORE_AN_EVENT_OPENING_RE.search(own.text):
        return None
    first = told_at - 1
    for index in range(first, max(-1, first - CONTEXT_SENTENCES), -1):
        time = sentence_time(index)
        if time is None:
            continue
        if (
            (time.placed_event or index in listed_items)
            and not time.dates
            and listed_days
            and index in listed_days
            and own is not None
            and not own.dates
            and _NEXT_LIST_ITEM_RE.search(own.text)
        ):
            # the next item of a list detailing the day an item before took (past items between that name no
            # place the gazetteer knows: "* Near Abu Kamal, ... * Near Wadi Qasab, ... * Near Raqqah, ...")
            return listed_days[index]
        if time.placed_event and not (
            index == first and _MORE_OF_THE_SAME_RE.search(incident.clause_text)
            or _inside_the_town_told(incident)
            or (
                index == lede == first
                and incident.definite
                and time.dates
                and own is not None
                and _TOLD_AGAIN_OPENING_RE.search(own.text)
                # (the lede's event told again right after it: "... struck on Monday. The strikes hit a camp near B";
                # not another event that sentence names, "The strikes followed a car bomb attack in B")
            )
        ):
            # the sentence before tells an event of its own: its date is that event's (unless the incident goes on
            # with its toll, "six more were killed", or is set inside the town that event was told at, named without
            # its town: "A second device blew up in the town's old market")
            return None
        if not time.dates or _is_date_line(time):
            if time.placed_event:
                return None
            continue
        if _ends_a_span(time):
            return None  # "between Dec. 30 and Jan. 5", "from May 1 to May 7": a span, no day
        return _scene_day(time, time.dates[-1], published)
    return None


#: How many sentences after a dated incident's last one an undated incident naming its place may be told in
#: (:func:`_day_of_the_story_at_its_place`): a story's details run past the few sentences of rule 3.
_STORY_SENTENCES = 8


def _names_place(clause_text: str, place: str) -> bool:
    """Whether ``clause_text`` names ``place`` as a whole word or words (both in lower case)."""
    at = clause_text.find(place)
    while at >= 0:
        end = at + len(place)
        if (at == 0 or not clause_text[at - 1].isalnum()) and (end == len(clause_text) or not clause_text[end].isalnum()):
            return True
        at = clause_text.find(place, at + 1)
    return False


def _day_of_the_story_at_its_place(
    incident: EventMention,
    told_by_sentence: dict[int, list[EventMention]],
    sentence_time: Callable[[int], SentenceTime | None],
) -> IncidentDate | None:
    """Rule 3 for a detail of a dated story that names the story's place as its own place's: a story tells its event
    with its day at a town or a province ("Two car bombs killed 26 people in A on Monday", "mines exploded in the
    provinces of A and B on Saturday night", "forces shelled areas near A and B, the monitor reported on Friday"),
    then its parts without a day, each at a place it sets in the story's ("The second bomber blew up his car in the
    C district on A's outskirts", "a mine went off by the village of D in B province", "villages were shelled near
    E (B)"), past sentences telling them at places of their own, which stop rule 3. Such an undated incident,
    of the same type (or an explosion of no told kind), at a place of its own whose clause names a place of a dated
    incident first told up to :data:`_STORY_SENTENCES` sentences before, takes that incident's day (the latest
    such incident), when no sentence after that telling names another day and the clause sets itself at no other
    time. An event told only at the story's place, or of another kind, may be another event there: it keeps its
    report date. Every writer of h22, h23, webh and web22 dates such parts with the
    story's day (five sources), which the coreference stage had not joined to the story."""
    if incident.anchor is not None or _OWN_TIME_RE.search(incident.clause_text):
        return None
    told_at = _told_at(incident)
    own = sentence_time(told_at)
    if own is None or _BEFORE_AN_EVENT_OPENING_RE.search(own.text) or PLACE_LABEL_RE.match(own.text):
        return None
    clause_text = incident.clause_text.lower()
    own_places = {place.text.lower() for place in incident.sub_governorate_places}
    # (the incidents first told in the few sentences before, the latest first: ``told_by_sentence`` holds each
    # incident at the sentences it is told in, from the one it is first told at)
    stories = [
        other
        for index in range(told_at - 1, max(-1, told_at - 1 - _STORY_SENTENCES), -1)
        for other in told_by_sentence.get(index, [])
        if _told_at(other) == index and other is not incident
    ]
    for other in stories:
        day = _own_day(other)
        if day is None or day.basis not in ("absolute", "publication"):
            continue
        if not (other.event_type == incident.event_type or incident.event_type is EventType.OTHER):
            continue  # (another kind of event at the story's place is an item of its own)
        places = {place.text.lower() for place, _ in other.places if not place.origin}
        if not own_places - places or not any(_names_place(clause_text, place) for place in places):
            continue  # (told only at the story's place, it may be another event there)
        for index in range(_told_at(other) + 1, told_at + 1):
            time = sentence_time(index)
            if time is not None and any(
                d.text != day.expression and (d.kind == "relative" or d.kind == "absolute" and d.day is not None)
                for d in time.dates
            ):
                return None  # a day named between may be the one the detail happened on
        return _as_context(day)
    return None


#: A word of prose: a word in lower case that is no part of a handle, a hashtag or a link ("@tcsavunma", "#Syria").
_PROSE_WORD_RE = compile_guarded(r"(?<![@#/\w.])[a-z]{2,}\b")


def _is_date_line(time: SentenceTime) -> bool:
    """Whether the sentence is a date line: its dates, each a full date with its year, and nothing else but names, a
    handle and separators ("@agency · 9 Nov 2020", "September 10, 2021", "Defence Ministry | Nov 22, 2022": a name
    holding a word in lower case, "Ministry of Defence", is read as prose); not a heading that names the day of the items under it ("Yesterday, 4 November 2019:"). Such a line dates the page or the
    post (the day it was written, which its "today" and weekdays count from: :func:`written_day`), not the events told
    under it, which happened on or before that day: it gives them no scene day (rule 3), and they keep their report
    date. (All four writers of the session-20 development sets leave the events of a post under such a line undated.)"""
    text = time.text
    if not time.dates or any(d.kind != "absolute" or d.year is None for d in time.dates) or text.rstrip().endswith(":"):
        return False  # ("Yesterday, 4 November 2019:" heads the items of the day it names)
    kept: list[str] = []
    at = 0
    for date in time.dates:
        kept.append(text[at : date.start])
        at = max(at, date.end)
    kept.append(text[at:])
    return _PROSE_WORD_RE.search(" ".join(kept)) is None


def _lede_index(incidents: list[EventMention], sentence_time: Callable[[int], SentenceTime | None]) -> int | None:
    """The sentence of the text's lede: the first body sentence (not a title or skipped line) before the first
    incident's, or None."""
    if not incidents:
        return None
    last = min(_told_at(incident) for incident in incidents)
    return next((index for index in range(last + 1) if sentence_time(index) is not None), None)


#: The kinds of event a day of fighting is told in: a battle or a campaign of strikes and shelling, whose lede's day
#: the strikes, shelling and clashes told after it share (an ambush, a bomb or a shooting is an item of its own).
_FIGHTING_TYPES = frozenset({EventType.ARMED_CLASH, EventType.AIRSTRIKE, EventType.DRONE_STRIKE, EventType.SHELLING})


def _fighting_days_told_in(incidents: list[EventMention]) -> dict[int, list[tuple[int, IncidentDate]]]:
    """The days of the fighting (:data:`_FIGHTING_TYPES`) told with a day of its own, by sentence (rule 3's lede)."""
    days: dict[int, list[tuple[int, IncidentDate]]] = {}
    for incident in incidents:
        if incident.event_type in _FIGHTING_TYPES and _own_day(incident) is not None:
            _add_told_day(days, incident)
    return days


def _places_fought_at(incidents: list[EventMention], sentence: int) -> set[str]:
    """The places (folded) of the fighting told with a day of its own in ``sentence`` (rule 3's lede)."""
    return {
        normalize_place(place.text)
        for incident in incidents
        if _told_at(incident) == sentence and incident.event_type in _FIGHTING_TYPES and _own_day(incident) is not None
        for place in incident.sub_governorate_places
    }


def _day_of_the_lede(
    incident: EventMention,
    lede: int,
    told_days: dict[int, list[tuple[int, IncidentDate]]],
    lede_places: set[str],
    sentence_time: Callable[[int], SentenceTime | None],
) -> IncidentDate | None:
    """Rule 3 for the fighting a news story tells after its lede at the lede's place: the lede tells a battle or
    strikes with their day ("Government forces and the SDF clashed on Sunday around the camp of A"), and a later
    paragraph tells more of that fighting there, without a day, after sentences telling events at places of their
    own ("... shelling hit the outskirts of A"): an undated clash, strike or shelling told within
    :data:`CONTEXT_SENTENCES` after the lede, at a place of the lede's dated fighting (``lede_places``, folded),
    takes the lede's day when that fighting has one day and no sentence from the lede's next to the incident's names
    a day (a day named between, even a statement's, may be the one it happened on). None for another kind of event (a
    shooting or a bomb is an item of its own), fighting at another place (writers leave such items undated as often
    as not), a bulletin's item labelled with its place, or a clause that sets itself at another time. ``told_days``
    holds the days of the fighting told in each sentence."""
    told_at = _told_at(incident)
    if incident.event_type not in _FIGHTING_TYPES:
        return None
    if not any(normalize_place(place.text) in lede_places for place in incident.sub_governorate_places):
        return None
    if not lede < told_at <= lede + CONTEXT_SENTENCES or incident.anchor is not None:
        return None  # (an incident dated against another, "The next day, ...", is dated by rule 2)
    if _OWN_TIME_RE.search(incident.clause_text):
        return None
    days = {date.value for _, date in told_days.get(lede, [])}
    if len(days) != 1 or None in days:
        return None
    for index in range(lede + 1, told_at + 1):
        time = sentence_time(index)
        if time is None:
            continue
        if index == told_at and (_BEFORE_AN_EVENT_OPENING_RE.search(time.text) or PLACE_LABEL_RE.match(time.text)):
            return None  # (a bulletin's item labelled with its place: an item of its own, not the lede's story going on)
        if any(d.kind == "relative" or d.kind == "absolute" and d.day is not None for d in time.dates):
            return None
    return _as_context(told_days[lede][0][1])


#: A lede that tells strikes: "forces conducted 24 strikes", "its jets hit over 60 targets".
_STRIKES_TOLD_RE = compile_guarded(r"\b(?:(?:air ?)?strikes|struck|airstrikes|air raids)\b", re.IGNORECASE)
#: An item of a list of strikes opening on its place: "-- Near Mosul, three strikes ...", "In Iraq, the strikes ...",
#: "Separately, in Iraq, near Ramadi, ...".
# (a place glossed in brackets, "Near Shaddadi [al-Shaddadah],", and a stray space before the comma, "Near Hawl ,",
# open an item too)
_STRIKE_ITEM_OPENING_RE = compile_guarded(
    r"^\W{0,3}(?:Separately,\s+)?(?:In|Near|Around|Outside|in|near) (?:the )?[A-Z][\w'’-]*(?: [\w'’()-]+){0,3}(?: \[[^\]\n]{1,30}\])? ?,"
)
#: A day told as the strikes' own, naming the strikes again: "details of yesterday's strikes", "Friday’s airstrikes"
#: (matched right after the date): the lede's strikes, no other day.
_STRIKES_OF_THE_DAY_AFTER_RE = compile_guarded(r"['’]s\s{1,3}(?:air\s?|coalition\s)?strikes\b", re.IGNORECASE)
#: How many sentences after the lede a list of strikes may run (a release's items under its section headers).
_STRIKE_LIST_SENTENCES = 12


def _day_of_the_strikes_listed(
    incident: EventMention,
    lede: int,
    published: datetime.date | None,
    sentence_time: Callable[[int], SentenceTime | None],
) -> IncidentDate | None:
    """Rule 3 for a strike listed after a lede that dates the strikes: a strike release ("On July 1, coalition forces
    conducted 24 strikes ... -- Near Abu Kamal, two strikes ... Strikes in Iraq ... -- Near Mosul, three strikes")
    or a report of a night of strikes ("its forces struck 85 targets on Friday night. In Iraq, the strikes targeted
    A") gives each strike item the lede's day across the section headers and summaries between, when the item
    opens on its place, is told within :data:`_STRIKE_LIST_SENTENCES` after the lede, and no sentence between names
    a day (the items of a list with days of their own keep theirs). None for another kind of event, an item with no
    such opening or one setting itself at another time."""
    if incident.event_type not in (EventType.AIRSTRIKE, EventType.DRONE_STRIKE) or _OWN_TIME_RE.search(incident.clause_text):
        return None
    told_at = _told_at(incident)
    lede_time = sentence_time(lede)
    own = sentence_time(told_at)
    if not lede < told_at <= lede + _STRIKE_LIST_SENTENCES or lede_time is None or own is None:
        return None
    if not lede_time.dates or not _STRIKES_TOLD_RE.search(lede_time.text) or not _STRIKE_ITEM_OPENING_RE.match(own.text):
        return None
    for index in range(lede + 1, told_at + 1):
        time = sentence_time(index)
        if time is not None and any(
            (d.kind == "relative" or d.kind == "absolute" and d.day is not None)
            # ("Officials gave details of yesterday's strikes": the lede's strikes named again, no day of their own)
            and not _STRIKES_OF_THE_DAY_AFTER_RE.match(time.text, d.end)
            for d in time.dates
        ):
            return None
    # the strikes' day, not the statement's after it ("... attacked ISIS on Friday, conducting 28 strikes, officials
    # reported yesterday"; "... yesterday, conducting 35 strikes, officials reported today")
    days = [d for d in lede_time.dates if not d.said]
    return None if not days or _ends_a_span(lede_time) else _scene_day(lede_time, days[-1], published)


def _ends_a_span(time: SentenceTime) -> bool:
    """Whether the sentence's last date ends a span of dates ("between Dec. 30 and Jan. 5", "from May 1 to May 7")."""
    if len(time.dates) < 2:
        return False
    before, last = time.dates[-2], time.dates[-1]
    return bool(
        SPAN_JOIN_RE.match(time.text[before.end : last.start]) and SPAN_OPENER_RE.search(time.text, 0, before.start)
    )


def _inside_the_town_told(incident: EventMention) -> bool:
    """Whether the incident is set inside the town the sentence before told, named without its town ("A second device
    blew up in the town's old market"): not when its clause names a place of its own before ("In Y, a bomb went off
    in the city's market" is inside Y)."""
    found = _IN_THE_TOWN_TOLD_RE.search(incident.clause_text)
    if found is None:
        return False
    start = incident.clause_text_start
    return not any(start <= p.start < start + found.start() for p in incident.sub_governorate_places)


def _own_date(incident: EventMention, published: datetime.date | None) -> IncidentDate | None:
    """The first point date that resolves to a day, else the first with a month, else the first that resolves
    at all: "on Sunday (April 22)" in an article without a publication date is April 22."""
    # a date of the event itself before the date of a statement about it ("killed on Friday, the monitor said Saturday");
    # of two dates in the event's clause, the one after its event word, nearest first ("Ankara launched the campaign on
    # Sunday in retaliation for a bombing in Istanbul on November 13": the bombing's is November 13)
    trigger_at = _trigger_offset(incident)
    ordered = sorted(
        incident.point_dates, key=lambda d: (d.said, _distance(d, trigger_at) if _in_clause(d, incident) else (2, 0))
    ) + [d for d in incident.dates if d.kind == "month"]
    resolved = [resolve(m, published) for m in ordered]
    candidates = [r for r in resolved if r is not None]
    for date in candidates:
        if date.value is not None:
            return date
    for date in candidates:
        if date.month is not None:
            return date
    return candidates[0] if candidates else None


def _dated_by_its_statement_only(incident: EventMention) -> bool:
    """Whether the only days the incident's mentions give are statements' ("..., a monitor said on Wednesday")."""
    days = incident.point_dates
    return bool(days) and all(d.said for d in days)


#: A sentence that opens by telling again, with a definite noun, the event the sentence before told: "The explosion
#: hit the truck ...", "The assault on the prison began ...".
_TOLD_AGAIN_OPENING_RE = compile_guarded(
    r"^\W{0,3}The (?:[a-z][\w-]* ){0,2}?(?:attack|assault|ambush|explosion|blast|bombing|bomb|strikes?|air ?strikes?"
    r"|raid|shelling|shooting|killing|clashes|fighting|offensive)\b(?! (?:said|says)\b)"
)


#: What opens another clause between a sentence's subject and a day: a relative pronoun, a semicolon, "after" or
#: "since" (the day is then another event's).
_ANOTHER_CLAUSE_RE = compile_guarded(r"\b(?:which|who|whose|where|after|since|before)\b|;", re.IGNORECASE)

#: A day told as another event's, the one the event is dated against: "came days after an attack on Sunday", "a week
#: before the bombing on Monday" (the words between the relation and the day, within a clause).
_RELATED_EVENT_BEFORE_DAY_RE = compile_guarded(r"\b(?:after|before|since|following)\b[^.;,]*$", re.IGNORECASE)
_RELATED_EVENT_WINDOW = 60  # characters before a day in which its relation is looked for


def _day_told_after_the_statement(
    incident: EventMention, published: datetime.date | None, sentence_time: Callable[[int], SentenceTime | None]
) -> IncidentDate | None:
    """Rule 1 for an incident with no day, or dated only by its statement ("A roadside bomb killed three fighters, a
    monitor said on Wednesday"), when the sentence right after it tells the event again with a definite noun and
    gives its day ("The explosion hit the truck late on Tuesday", "The shooting took place on Saturday"): that day,
    even when that telling was read as an incident of its own.
    None when the next sentence does not open so or gives no day of the event (only a statement's, a month, a
    span), or when its day is another event's it is told after ("The bombing came days after an attack on
    Sunday")."""
    after = sentence_time(incident.last_sentence_index + 1)
    told_again = _TOLD_AGAIN_OPENING_RE.match(after.text) if after is not None else None
    if after is None or told_again is None:
        return None
    days = [
        d
        for d in after.dates
        if not d.said
        and (d.kind == "relative" or d.kind == "absolute" and d.day is not None)
        and not _RELATED_EVENT_BEFORE_DAY_RE.search(after.text, max(0, d.start - _RELATED_EVENT_WINDOW), d.start)
    ]
    if days and _ANOTHER_CLAUSE_RE.search(after.text, told_again.end(), days[0].start):
        return None  # "The attack is a setback for the SDF, which suffered losses on Wednesday": another clause's day
    date = resolve(days[0], published) if days else None  # ("The assault began late Thursday": its day too)
    return date if date is not None and date.value is not None else None


def _trigger_offset(incident: EventMention) -> int | None:
    """Where the incident's event word stands in the document (its first mention's clause), or None."""
    if incident.trigger_start < 0:
        return None
    return incident.clause_span[0] + incident.trigger_start


def _in_clause(date: DateMention, incident: EventMention) -> bool:
    return incident.clause_span[0] <= date.start < incident.clause_span[1]


def _distance(date: DateMention, trigger_at: int | None) -> tuple[int, int]:
    """How far a date stands from the event word: dates after it first (English puts an event's adjuncts after
    its word: "the bombing that killed two in X on May 1"; a date before it often belongs to another verb:
    "officials met on Monday to discuss the bombing ..."), nearest first."""
    if trigger_at is None:
        return (0, 0)
    if date.start >= trigger_at:
        return (0, date.start - trigger_at)
    return (1, trigger_at - date.end)


def _related(
    current: IncidentDate | None, other_id: str, days: int, resolved: datetime.date | None
) -> IncidentDate:
    if current is not None and current.basis in ("absolute", "publication") and current.value is not None:
        return replace(current, relative_to=other_id, days_after=days)
    return IncidentDate(
        value=resolved,
        year=resolved.year if resolved else (current.year if current else None),
        month=resolved.month if resolved else (current.month if current else None),
        day=resolved.day if resolved else (current.day if current else None),
        relative_to=other_id,
        days_after=days,
        basis="incident",
        expression=current.expression if current else None,
    )


__all__ = ["CONTEXT_SENTENCES", "WRITTEN_AGE_LIMIT", "SentenceTime", "date_incidents", "link_relations", "written_day"]
