"""Which of an analyst's changes become stored corrections, and markdown escaping for store text.

The store keeps reports as extracted and corrections as separate edits
(:mod:`mapapp.store.edits`), so a correction survives re-extraction. This
module compares what the analyst saw with what they saved and lists the
``(field, value)`` corrections to record. Pure logic: no Streamlit, no store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from mapapp.model import Casualties, EventType, Incident

#: The incident fields the analyst can correct in the app (a subset of the store's EDITABLE_FIELDS).
CORRECTABLE_FIELDS: tuple[str, ...] = ("event_type", "date", "killed", "injured")

Correction = tuple[str, Any]  # (store field name, value accepted by IncidentStore.correct)


def _day(incident: Incident) -> date | None:
    return incident.date.value if incident.date is not None else None


def _bounds(casualties: Casualties | None) -> tuple[int | None, int | None] | None:
    if casualties is None or (casualties.low is None and casualties.high is None):
        return None
    return casualties.low, casualties.high


def field_value(incident: Incident, field_name: str) -> Any:
    """The comparable value of a correctable field: an EventType, a date, (low, high) or None."""
    if field_name == "event_type":
        return incident.event_type
    if field_name == "date":
        return _day(incident)
    if field_name == "killed":
        return _bounds(incident.killed)
    if field_name == "injured":
        return _bounds(incident.injured)
    raise ValueError(f"not a correctable field: {field_name!r}")


def _store_value(value: Any) -> Any:
    """The value as :meth:`IncidentStore.correct` takes it (an EventType's string value)."""
    return value.value if isinstance(value, EventType) else value


def changed_fields(before: Incident, after: Incident) -> list[Correction]:
    """The correctable fields whose value differs between ``before`` and ``after``, with ``after``'s value."""
    changes: list[Correction] = []
    for name in CORRECTABLE_FIELDS:
        new = field_value(after, name)
        if field_value(before, name) != new:
            changes.append((name, _store_value(new)))
    return changes


def corrections_to_store(extracted: Incident, edited: Incident, current: Incident | None) -> list[Correction]:
    """Corrections to record for one report the analyst reviewed before saving.

    A field counts as corrected when the analyst changed it (``edited`` differs
    from ``extracted``); it is recorded only when the stored incident's
    ``current`` value (merged with other reports, earlier corrections applied)
    is not already that value, so saving twice records nothing twice and an
    untouched field never overrides what other sources said.
    """
    wanted = changed_fields(extracted, edited)
    if current is None:
        return wanted
    return [(name, value) for name, value in wanted if _store_value(field_value(current, name)) != value]


@dataclass(frozen=True)
class ReviewValues:
    """What the analyst entered in the map page's review form."""

    event_type: EventType
    day: date | None
    killed_low: int | None
    killed_high: int | None


class ReviewError(ValueError):
    """The review form's values cannot be stored (e.g. killed bounds reversed)."""


def review_corrections(current: Incident, values: ReviewValues) -> list[Correction]:
    """Corrections for the fields the review form changed relative to the incident's current value."""
    low, high = values.killed_low, values.killed_high
    for bound in (low, high):
        if bound is not None and bound < 0:
            raise ReviewError("killed cannot be negative")
    if low is not None and high is not None and low > high:
        raise ReviewError(f"killed: the lower bound {low} is above the upper bound {high}")
    killed = None if low is None and high is None else (low, high)
    changes: list[Correction] = []
    if values.event_type is not current.event_type:
        changes.append(("event_type", values.event_type.value))
    # An empty date field on an incident with only a partial date (no calendar day) is not a change.
    if values.day is not None and values.day != _day(current):
        changes.append(("date", values.day))
    if killed != _bounds(current.killed):
        changes.append(("killed", killed))
    return changes


def pair_reports(extracted: Sequence[Incident], incident_ids: Sequence[str]) -> list[tuple[Incident, str]]:
    """Each extracted report with the id of the stored incident it is in (``IngestResult.incident_ids`` order)."""
    if len(extracted) != len(incident_ids):
        raise ValueError(f"{len(extracted)} reports but {len(incident_ids)} stored incident ids")
    return list(zip(extracted, incident_ids, strict=True))


_MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()<>#+-.!|~$:=^\"'&")


def escape_markdown(text: str) -> str:
    """``text`` with every markdown-significant ASCII punctuation backslash-escaped (CommonMark allows any).

    Hand-written: Streamlit has no public escaping helper, and ``st.markdown``
    also interprets ``$`` (LaTeX) and ``:`` (emoji/colour directives).
    """
    escaped = "".join(f"\\{char}" if char in _MARKDOWN_SPECIAL else char for char in text)
    return " ".join(escaped.split())  # newlines would start new markdown blocks
