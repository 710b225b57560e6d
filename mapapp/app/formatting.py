"""Plain-text renderings of incident fields, shared by the map popups, the table and the plots.

Pure functions: no Streamlit, no HTML. Callers that put the results into HTML
escape them (see :mod:`mapapp.app.map_view`).
"""

from __future__ import annotations

import calendar
from datetime import date

from mapapp.model import Casualties, Incident, IncidentDate, Precision

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


def format_incident_date(incident_date: IncidentDate | None) -> str:
    """The calendar date when known, else what the text says (``May 24, year unknown``)."""
    if incident_date is None:
        return "unknown"
    if incident_date.value is not None:
        return incident_date.value.isoformat()
    if incident_date.month is not None:
        month = calendar.month_name[incident_date.month]
        day = f" {incident_date.day}" if incident_date.day else ""
        year = f", {incident_date.year}" if incident_date.year else ", year unknown"
        return f"{month}{day}{year}"
    if incident_date.relative_to is not None and incident_date.days_after is not None:
        days = incident_date.days_after
        if days == 0:
            return f"same day as incident {incident_date.relative_to}"
        direction = "after" if days > 0 else "before"
        unit = "day" if abs(days) == 1 else "days"
        return f"{abs(days)} {unit} {direction} incident {incident_date.relative_to}"
    if incident_date.expression:
        return f"unknown ({incident_date.expression})"
    return "unknown"


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


def place_description(incident: Incident) -> str:
    """``Tal Shayr (place; gazetteer: Tall Shā'ir)`` or ``unresolved``."""
    location = incident.location
    if location is None:
        return "not geocoded"
    mentioned = location.toponym or (incident.primary_toponym.text if incident.primary_toponym else "")
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
