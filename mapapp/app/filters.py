"""The sidebar's filters as pure data and logic: which incidents the map, table and figures show."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from mapapp.app.formatting import incident_day, killed_low, precision_of
from mapapp.model import DATE_PRECISIONS, EventType, Incident, Precision

#: How an incident with no actor is listed in the actor filter.
NO_ACTOR = "(not stated)"


@dataclass(frozen=True)
class IncidentFilter:
    """A filter; ``None`` for a set means "no restriction"."""

    start: date | None = None
    end: date | None = None
    include_undated: bool = True
    event_types: frozenset[EventType] | None = None
    actors: frozenset[str] | None = None
    min_killed: int = 0
    precisions: frozenset[Precision] | None = None
    #: :data:`mapapp.model.DATE_PRECISIONS` values to keep ("report": only the publication date is known).
    date_precisions: frozenset[str] | None = None

    def matches(self, incident: Incident) -> bool:
        day = incident_day(incident)
        if day is None:
            if not self.include_undated:
                return False
        else:
            if self.start is not None and day < self.start:
                return False
            if self.end is not None and day > self.end:
                return False
        if self.event_types is not None and incident.event_type not in self.event_types:
            return False
        if self.actors is not None and actor_label(incident) not in self.actors:
            return False
        if killed_low(incident) < self.min_killed:
            return False
        if self.date_precisions is not None and date_precision_of(incident) not in self.date_precisions:
            return False
        return self.precisions is None or precision_of(incident) in self.precisions


def apply_filter(incidents: Iterable[Incident], incident_filter: IncidentFilter) -> list[Incident]:
    return [incident for incident in incidents if incident_filter.matches(incident)]


def date_precision_of(incident: Incident) -> str:
    """How exact the incident's date is: ``day``, ``month``, ``year``, ``report`` or ``unknown``."""
    return incident.date.precision if incident.date is not None else "unknown"


def date_precision_options(incidents: Iterable[Incident]) -> list[str]:
    """The date precisions present, in :data:`DATE_PRECISIONS` order."""
    present = {date_precision_of(incident) for incident in incidents}
    return [precision for precision in DATE_PRECISIONS if precision in present]


def actor_label(incident: Incident) -> str:
    return incident.actor.strip() if incident.actor and incident.actor.strip() else NO_ACTOR


def actor_options(incidents: Iterable[Incident]) -> list[str]:
    """Every actor in the set, sorted, with :data:`NO_ACTOR` last."""
    labels = {actor_label(incident) for incident in incidents}
    named = sorted(labels - {NO_ACTOR}, key=str.casefold)
    return named + ([NO_ACTOR] if NO_ACTOR in labels else [])


def event_type_options(incidents: Iterable[Incident]) -> list[EventType]:
    present = {incident.event_type for incident in incidents}
    return [event_type for event_type in EventType if event_type in present]


def date_bounds(incidents: Iterable[Incident]) -> tuple[date, date] | None:
    """Earliest and latest calendar date in the set, or None when no incident has one."""
    days: Sequence[date] = sorted(d for d in (incident_day(i) for i in incidents) if d is not None)
    return (days[0], days[-1]) if days else None


def max_killed(incidents: Iterable[Incident]) -> int:
    return max((killed_low(incident) for incident in incidents), default=0)
