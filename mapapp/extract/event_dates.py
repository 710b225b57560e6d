"""Incident dates: each incident's own date expression, the links between incidents, the report date.

Contract: :func:`date_incidents` takes the incidents of a document (coreference
clusters, in the order they were opened) and the publication date, and sets
each one's ``date`` (an :class:`~mapapp.model.IncidentDate`):

1. **Own date.** The first point date of the incident's mentions (a day, a
   weekday, "yesterday", "two days ago", resolved against the publication date
   by :func:`mapapp.extract.dates.resolve`), else a month.
2. **Dates between incidents.** "X came only a day after Y" makes X one day
   after Y (``days_after=1``, ``relative_to`` Y's id) and Y one day before X;
   when the subject is anaphoric ("The development came ..."), or the phrase
   opens the sentence ("Two days earlier, gunmen ..."), Y is the previous
   incident. When either has a calendar date, the other's is computed.
3. **Report date.** An incident the text gives no date for takes the
   publication date as a *report date* (:meth:`IncidentDate.report_date`,
   precision ``report``: on or before that day, never the exact day). When the
   publication date is unknown too, the date stays unknown (None).
4. **Weekdays without a publication date** are dated against the first
   incident that names a weekday ("Thursday" ... "On Wednesday": one day
   before it), as ``relative_to`` with ``days_after``.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from datetime import timedelta

from mapapp.extract.dates import resolve
from mapapp.extract.mentions import EventMention
from mapapp.model import IncidentDate

_ANAPHORIC_SUBJECT_RE = re.compile(
    r"\b(?:the|this|that)\s+(?:latest\s+)?(?:development|attack|strike|strikes|raid|bombing|incident|assault|shelling|explosion|blast|massacre|news|killing|deaths)\b"
    r"|\b(?:it|this|that)\s+(?:came|happened|occurred|comes)\b|\bcame\b",
    re.IGNORECASE,
)


def link_relations(incidents: list[EventMention]) -> None:
    """Record the "a day after" relations of rule 2 (before headline summaries are dropped)."""
    last_in_sentence: dict[int, EventMention] = {}
    for position, incident in enumerate(incidents):
        anchor = incident.anchor
        earlier_here = last_in_sentence.get(incident.sentence_index)
        last_in_sentence[incident.sentence_index] = incident
        if anchor is None:
            continue
        previous = incidents[position - 1] if position else None
        before = incident.text_before_clause
        if earlier_here is not None:
            earlier_here.relation = (incident, anchor.days)
        elif previous is not None and incident.opens_sentence:
            # "Two days earlier, gunmen ..." / "A day after the bombing, gunmen ...": the previous incident
            days = anchor.days if anchor.sequential else -anchor.days
            previous.relation = (incident, days)
        elif previous is not None and _ANAPHORIC_SUBJECT_RE.search(before):
            previous.relation = (incident, anchor.days)


def date_incidents(incidents: list[EventMention], published: datetime.date | None) -> None:
    """Give each incident its IncidentDate: own date, relations, then the report date (rules 1-3)."""
    for incident in incidents:
        incident.date = _own_date(incident, published)
    for later in incidents:
        if later.relation is None:
            continue
        earlier, days = later.relation
        later_value = later.date.value if later.date else None
        earlier_value = earlier.date.value if earlier.date else None
        if later_value is None and earlier_value is not None:
            later_value = earlier_value + timedelta(days=days)
        if earlier_value is None and later_value is not None:
            earlier_value = later_value - timedelta(days=days)
        later.date = _related(later.date, earlier.incident_id, days, later_value)
        earlier.date = _related(earlier.date, later.incident_id, -days, earlier_value)
    if published is None:
        _link_weekdays(incidents)
    else:
        for incident in incidents:
            if incident.date is None:
                incident.date = IncidentDate.report_date(published)


def _link_weekdays(incidents: list[EventMention]) -> None:
    """Rule 4: without a publication date a weekday cannot be resolved, but two weekdays in one article can be
    dated against each other. The first incident that names a weekday is the anchor (news tells the latest
    event first; "on Sunday (April 22)" names one too); another incident dated only by a weekday is the most
    recent such day on or before the anchor's ("On Friday" after a Sunday: two days before)."""
    anchor: EventMention | None = None
    anchor_weekday = 0
    for incident in incidents:
        weekday = next((d.weekday for d in incident.dates if d.weekday is not None), None)
        if weekday is None:
            continue
        if anchor is None:
            anchor, anchor_weekday = incident, weekday
            continue
        date = incident.date
        if date is not None and (date.value is not None or date.month is not None or date.relative_to is not None):
            continue  # dated by the text already
        days = -((anchor_weekday - weekday) % 7)
        incident.date = _related(date, anchor.incident_id, days, None)
        anchor.date = _related(anchor.date, incident.incident_id, -days, anchor.date.value if anchor.date else None)


def _own_date(incident: EventMention, published: datetime.date | None) -> IncidentDate | None:
    """The first point date that resolves to a day, else the first with a month, else the first that resolves
    at all: "on Sunday (April 22)" in an article without a publication date is April 22."""
    resolved = [resolve(m, published) for m in incident.point_dates + [d for d in incident.dates if d.kind == "month"]]
    candidates = [r for r in resolved if r is not None]
    for date in candidates:
        if date.value is not None:
            return date
    for date in candidates:
        if date.month is not None:
            return date
    return candidates[0] if candidates else None


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


__all__ = ["date_incidents", "link_relations"]
