"""Plain-text renderings of incident fields, shared by the map popups, the table and the plots.

Pure functions: no Streamlit, no HTML. Callers that put the results into HTML
escape them (see :mod:`mapapp.app.map_view`).
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date, timedelta

from mapapp.model import Casualties, Incident, IncidentDate, Location, Precision

PRECISION_LABELS: dict[Precision, str] = {
    Precision.PLACE: "place",
    Precision.ADMIN3: "sub-district (approximate)",
    Precision.ADMIN2: "district (approximate)",
    Precision.ADMIN1: "governorate (approximate)",
    Precision.OUTSIDE_COVERAGE: "outside coverage (not mapped)",
    Precision.UNRESOLVED: "unresolved (not mapped)",
}


def format_casualties(casualties: Casualties | None) -> str:
    """``12``, ``at least 18``, ``3–5`` or ``not stated``."""
    if casualties is None or (casualties.low is None and casualties.high is None):
        return "not stated"
    low, high = casualties.low, casualties.high
    if low is not None and high is not None:
        return str(low) if low == high else f"{low}–{high}"
    if low is not None:
        return f"at least {low}"
    return f"at most {high}"


def short_description(incident: Incident) -> str:
    """A phrase naming an incident for a reader, no id: ``the air strike in Khuweibra (a school)``."""
    location = incident.location
    place = None
    if location is not None:
        place = location.toponym or (location.place.name if location.place is not None else None)
    if not place and incident.primary_toponym is not None:
        place = incident.primary_toponym.text
    text = f"the {incident.event_type.label.lower()}"
    if place:
        text += f" in {place}"
    if incident.target:
        text += f" ({incident.target})"
    return text


def format_incident_date(
    incident_date: IncidentDate | None, related: Mapping[str, Incident] | None = None
) -> str:
    """The date as a reader should see it, never claiming more than the text says.

    ``2018-06-05``; ``reported 2021-05-03 (date of the event not given)`` for a
    report date (the publication date standing in); ``May 2021``; ``May 24,
    year unknown``; ``date unknown — a day after the air strike in Khuweibra``
    (``related`` maps incident ids to incidents, to name the other incident;
    without it, or when it is not there, "another incident in the same report").
    """
    if incident_date is None:
        return "date unknown"
    value = incident_date.value
    if value is not None:
        if incident_date.precision == "report":
            return f"reported {value.isoformat()} (date of the event not given)"
        if incident_date.precision == "month":
            return f"{calendar.month_name[value.month]} {value.year}"
        if incident_date.precision == "year":
            return str(value.year)
        return value.isoformat()
    if incident_date.month is not None:
        month = calendar.month_name[incident_date.month]
        day = f" {incident_date.day}" if incident_date.day else ""
        year = f", {incident_date.year}" if incident_date.year else ", year unknown"
        return f"{month}{day}{year}"
    if incident_date.year is not None:
        return str(incident_date.year)
    if incident_date.relative_to is not None and incident_date.days_after is not None:
        other = related.get(incident_date.relative_to) if related is not None else None
        if other is not None:
            if other.date is not None and other.date.value is not None and other.date.precision == "day":
                resolved = other.date.value + timedelta(days=incident_date.days_after)
                anchor = f"{short_description(other)}, {other.date.value.isoformat()}"
                return f"{resolved.isoformat()} ({_offset(incident_date.days_after)} {anchor})"
            anchor = short_description(other)
        else:
            anchor = "another incident in the same report"
        return f"date unknown — {_offset(incident_date.days_after)} {anchor}"
    if incident_date.expression:
        return f"date unknown ({incident_date.expression})"
    return "date unknown"


def _offset(days: int) -> str:
    if days == 0:
        return "the same day as"
    direction = "after" if days > 0 else "before"
    count = "a day" if abs(days) == 1 else f"{abs(days)} days"
    return f"{count} {direction}"


def date_sort_key(incident: Incident) -> tuple[int, str]:
    """Sort key putting dated incidents first, by date, then the rest (stable by id)."""
    value = incident.date.value if incident.date is not None else None
    return (value.toordinal() if value is not None else 10**7, incident.id)


def incident_day(incident: Incident) -> date | None:
    """The incident's calendar date, or None when the text does not give one."""
    return incident.date.value if incident.date is not None else None


def killed_low(incident: Incident) -> int:
    """The lower bound of the killed count; 0 when no figure is given (used for sizes and filters)."""
    if incident.killed is None or incident.killed.low is None:
        return 0
    return incident.killed.low


def precision_of(incident: Incident) -> Precision:
    return incident.location.precision if incident.location is not None else Precision.UNRESOLVED


def governorate_of(incident: Incident) -> str | None:
    """The governorate the incident was placed in (None when it is not mappable)."""
    location = incident.location
    if location is None or not location.is_mappable or location.place is None:
        return None
    return location.place.admin1


#: The start of the note the pipeline gives a place the gazetteer lacks, put at a town the text locates it by.
APPROXIMATE_NOTE_PREFIX = "approximate:"


def located_name(location: Location) -> str:
    """The place as the text names it, and where it stands when that is not its own point.

    ``Dardarah (near Tall Tamr)`` for a village the gazetteer lacks, placed at the town the text locates it by
    (a coarser precision than the town's own, with the pipeline's "approximate:" note); otherwise the toponym
    as written, else the gazetteer's name.
    """
    place = location.place
    name = location.toponym or (place.name if place is not None else "?")
    if (
        place is not None
        and location.toponym
        and location.note.startswith(APPROXIMATE_NOTE_PREFIX)
        and place.precision is Precision.PLACE
        and location.precision is not Precision.PLACE
        and location.toponym.casefold() != place.name.casefold()
    ):
        return f"{location.toponym} (near {place.name})"
    return name


def place_description(incident: Incident) -> str:
    """``Tal Shayr (place; gazetteer: Tall Shā'ir)`` or ``unresolved``."""
    location = incident.location
    if location is None:
        return "not geocoded"
    mentioned = located_name(location) if location.toponym else (
        incident.primary_toponym.text if incident.primary_toponym else ""
    )
    precision = PRECISION_LABELS[location.precision]
    parts = [precision]
    if location.place is not None:
        parts.append(f"gazetteer: {location.place.name}")
        if location.matched_name and location.matched_name != location.place.name:
            parts.append(f"matched {location.matched_name}")
    return f"{mentioned or '(no place named)'} ({'; '.join(parts)})"


def source_attribution(incident: Incident) -> str:
    """Who reported it: the attributions in the text, then the outlet."""
    parts = list(incident.sources)
    if incident.outlet:
        parts.append(f"via {incident.outlet}")
    return "; ".join(parts) if parts else "not stated"


#: Characters a filter chip shows in full in the app's sidebar (wider labels are cut by Streamlit at the end).
CHIP_LABEL_LIMIT = 38


def chip_label(text: str, limit: int = CHIP_LABEL_LIMIT) -> str:
    """``text`` as a filter chip shows it: whole when it fits, else its first and last words around an ellipsis.

    "Syrian Democratic Forces and the US-led coalition" -> "Syrian Democratic Forces … US-led coalition":
    both parties of a joint actor stay readable (Streamlit's own cut keeps only the start). Linear in the text.
    """
    if len(text) <= limit:
        return text
    words = text.split()
    head: list[str] = []
    tail: list[str] = []
    head_length = tail_length = 0
    used = 2  # the ellipsis and its spaces
    left, right = 0, len(words) - 1
    while left <= right:  # a word from the shorter side each time, while it fits
        take_head = head_length <= tail_length
        if used + len(words[left] if take_head else words[right]) + 1 > limit:
            take_head = not take_head  # the other side's next word may still fit
            if used + len(words[left] if take_head else words[right]) + 1 > limit:
                break
        word = words[left] if take_head else words[right]
        used += len(word) + 1
        if take_head:
            head.append(word)
            head_length += len(word)
            left += 1
        else:
            tail.append(word)
            tail_length += len(word)
            right -= 1
    if not head:  # one very long word
        return text[: limit - 1] + "…"
    tail.reverse()
    return " ".join([*head, "…", *tail]) if left <= right else text

