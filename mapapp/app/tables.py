"""Tables and figures for the app, as pandas frames: the incident table, summary numbers, plot data.

Also the reverse direction: :func:`apply_edits` turns rows a user corrected in
``st.data_editor`` back into :class:`Incident` objects. Pure logic; no Streamlit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pandas as pd

from mapapp.app.formatting import (
    PRECISION_LABELS,
    format_casualties,
    format_incident_date,
    governorate_of,
    incident_day,
    killed_low,
    precision_of,
    source_attribution,
)
from mapapp.geocode.document_placement import CONVENTION_NOTE_MARK
from mapapp.model import Casualties, EventType, Incident, IncidentDate, Precision

#: The incident table's columns: place and a readable date first; the id last (the app hides it).
TABLE_COLUMNS: tuple[str, ...] = (
    "place",
    "date",
    "type",
    "killed",
    "injured",
    "actor",
    "victims",
    "target",
    "governorate",
    "precision",
    "flag",
    "gazetteer_name",
    "source",
    "evidence",
    "lat",
    "lon",
    "id",
)
#: Columns a reader sees (the table keeps ``id`` to match rows to incidents).
VISIBLE_COLUMNS: tuple[str, ...] = tuple(column for column in TABLE_COLUMNS if column != "id")


def incident_flag(incident: Incident) -> str:
    """Why an incident is not on the map, or why its point is approximate ('' for a precise place)."""
    location = incident.location
    if location is None:
        return "not geocoded"
    if not location.is_mappable:
        note = f": {location.note}" if location.note else ""
        return f"{PRECISION_LABELS[location.precision]}{note}"
    if location.note and "approximate" in location.note:
        return location.note
    if CONVENTION_NOTE_MARK in location.note:  # (a place the writers' convention gives: "the Peace Spring zone")
        return f"{PRECISION_LABELS[location.precision]}: {location.note}"
    if location.precision.value in ("admin1", "admin2", "admin3"):
        return PRECISION_LABELS[location.precision]
    return ""


def incidents_frame(incidents: Iterable[Incident], related: Mapping[str, Incident] | None = None) -> pd.DataFrame:
    """One row per incident, in :data:`TABLE_COLUMNS` order (text columns are plain, unescaped text).

    ``related`` (id -> incident; default: these incidents) names the incident a relative date refers to.
    """
    incidents = list(incidents)
    if related is None:
        related = {incident.id: incident for incident in incidents}
    rows = []
    for incident in incidents:
        location = incident.location
        place = location.place if location is not None else None
        rows.append(
            {
                "id": incident.id,
                "date": format_incident_date(incident.date, related),
                "type": incident.event_type.label,
                "actor": incident.actor or "",
                "victims": incident.victims or "",
                "target": incident.target or "",
                "killed": format_casualties(incident.killed),
                "injured": format_casualties(incident.injured),
                "place": ((location.toponym or (place.name if place is not None else "")) if location else "")
                or "(no place named)",
                "gazetteer_name": place.name if place is not None else "",
                "governorate": governorate_of(incident) or "",
                "precision": PRECISION_LABELS[precision_of(incident)],
                "flag": incident_flag(incident),
                "lat": location.lat if location is not None else None,
                "lon": location.lon if location is not None else None,
                "source": source_attribution(incident),
                "evidence": incident.evidence_text,
            }
        )
    return pd.DataFrame(rows, columns=list(TABLE_COLUMNS))


@dataclass(frozen=True)
class Summary:
    """The summary cards' figures for the incidents shown (after the filters).

    ``killed_on_map`` counts only the incidents the map draws (placed in the three
    governorates); ``killed_not_mapped`` those it cannot draw (outside coverage,
    unresolved, not geocoded), so no card adds up what the map does not show.
    """

    incidents: int
    mapped: int
    not_mapped: int
    killed_on_map: int
    killed_not_mapped: int
    governorate_level: int
    outside_coverage: int
    unresolved: int

    @property
    def killed_at_least(self) -> int:
        """Killed (lower bound) over every incident shown, mapped or not."""
        return self.killed_on_map + self.killed_not_mapped


def summarise(incidents: Sequence[Incident]) -> Summary:
    mapped = [i for i in incidents if i.location is not None and i.location.is_mappable]
    not_mapped = [i for i in incidents if i.location is None or not i.location.is_mappable]
    return Summary(
        incidents=len(incidents),
        mapped=len(mapped),
        not_mapped=len(not_mapped),
        killed_on_map=sum(killed_low(i) for i in mapped),
        killed_not_mapped=sum(killed_low(i) for i in not_mapped),
        governorate_level=sum(1 for i in mapped if precision_of(i).value in ("admin1", "admin2", "admin3")),
        outside_coverage=sum(1 for i in not_mapped if precision_of(i) is Precision.OUTSIDE_COVERAGE),
        unresolved=sum(1 for i in not_mapped if precision_of(i) is not Precision.OUTSIDE_COVERAGE),
    )


def timeline_frame(incidents: Iterable[Incident]) -> pd.DataFrame:
    """Incidents and killed (lower bound) per calendar date and type; undated incidents are left out."""
    rows = [
        {"date": pd.Timestamp(day), "type": i.event_type.label, "incidents": 1, "killed": killed_low(i)}
        for i in incidents
        if (day := incident_day(i)) is not None
    ]
    frame = pd.DataFrame(rows, columns=["date", "type", "incidents", "killed"])
    if frame.empty:
        return frame
    return frame.groupby(["date", "type"], as_index=False)[["incidents", "killed"]].sum()


def governorate_frame(incidents: Iterable[Incident]) -> pd.DataFrame:
    """Incidents and killed (lower bound) per governorate; unmapped incidents count as 'not mapped'."""
    rows = [
        {"governorate": governorate_of(i) or "not mapped", "incidents": 1, "killed": killed_low(i)}
        for i in incidents
    ]
    frame = pd.DataFrame(rows, columns=["governorate", "incidents", "killed"])
    if frame.empty:
        return frame
    return frame.groupby("governorate", as_index=False)[["incidents", "killed"]].sum()


def incidents_at(
    incidents: Iterable[Incident], lat: float, lon: float, tolerance: float = 1e-6, nearest_within: float = 0.01
) -> list[str]:
    """Ids of the mapped incidents drawn at (lat, lon): what a click on a marker selects.

    All incidents at exactly that point (several can share a governorate
    centre); failing that, the nearest one within ``nearest_within`` degrees,
    because a marker cluster "spiderfies" markers that share a point, moving
    them a few pixels away from their coordinates.
    """
    located = [
        (i.id, i.location.lat, i.location.lon)
        for i in incidents
        if i.location is not None and i.location.lat is not None and i.location.lon is not None
    ]
    exact = [iid for iid, ilat, ilon in located if abs(ilat - lat) <= tolerance and abs(ilon - lon) <= tolerance]
    if exact or not located:
        return exact
    distance, nearest = min(((ilat - lat) ** 2 + (ilon - lon) ** 2, iid) for iid, ilat, ilon in located)
    return [nearest] if distance <= nearest_within**2 else []


# --------------------------------------------------------------------------- editing

EVENT_TYPE_BY_LABEL: dict[str, EventType] = {event_type.label: event_type for event_type in EventType}
EDIT_COLUMNS: tuple[str, ...] = (
    "id",
    "type",
    "date",
    "actor",
    "victims",
    "target",
    "killed_low",
    "killed_high",
    "injured_low",
    "injured_high",
    "place",
    "evidence",
)


def editable_frame(incidents: Iterable[Incident]) -> pd.DataFrame:
    """The fields a user may correct before adding incidents (``id``, ``place``, ``evidence`` read-only)."""
    rows = []
    for i in incidents:
        rows.append(
            {
                "id": i.id,
                "type": i.event_type.label,
                "date": incident_day(i),
                "actor": i.actor or "",
                "victims": i.victims or "",
                "target": i.target or "",
                "killed_low": i.killed.low if i.killed else None,
                "killed_high": i.killed.high if i.killed else None,
                "injured_low": i.injured.low if i.injured else None,
                "injured_high": i.injured.high if i.injured else None,
                "place": i.location.toponym if i.location else "",
                "evidence": i.evidence_text,
            }
        )
    frame = pd.DataFrame(rows, columns=list(EDIT_COLUMNS))
    for column in ("killed_low", "killed_high", "injured_low", "injured_high"):
        frame[column] = frame[column].astype("Int64")
    return frame


class EditError(ValueError):
    """A corrected row cannot be applied (e.g. bounds reversed, unknown type)."""


def _optional_int(value: Any, column: str, incident_id: str) -> int | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise EditError(f"incident {incident_id}: {column} must be a whole number, not {value!r}") from None
    if number < 0:
        raise EditError(f"incident {incident_id}: {column} cannot be negative")
    return number


def _casualties(row: Mapping[str, Any], prefix: str, old: Casualties | None, incident_id: str) -> Casualties | None:
    low = _optional_int(row.get(f"{prefix}_low"), f"{prefix}_low", incident_id)
    high = _optional_int(row.get(f"{prefix}_high"), f"{prefix}_high", incident_id)
    if low is None and high is None:
        return None
    if old is not None and old.low == low and old.high == high:
        return old
    try:
        return Casualties(low=low, high=high, phrase=None)
    except ValueError as exc:
        raise EditError(f"incident {incident_id}: {prefix}: {exc}") from None


def _edited_date(value: Any, old: IncidentDate | None) -> IncidentDate | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        # Clearing the date keeps whatever partial date the text gave.
        return old if old is None or old.value is None else replace(old, value=None)
    day = value.date() if isinstance(value, pd.Timestamp) else value
    if isinstance(day, str):
        day = date.fromisoformat(day)
    if old is not None and old.value == day:
        return old
    return IncidentDate(value=day, year=day.year, month=day.month, day=day.day, basis="edited")


def _text(value: Any) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    text = str(value).strip()
    return text or None


def apply_edits(incidents: Sequence[Incident], edited: pd.DataFrame) -> list[Incident]:
    """Incidents with the user's corrections from ``edited`` (rows matched by ``id``; other rows ignored)."""
    by_id = {row["id"]: row for row in edited.to_dict("records")}
    result = []
    for incident in incidents:
        row = by_id.get(incident.id)
        if row is None:
            result.append(incident)
            continue
        label = row.get("type")
        if label not in EVENT_TYPE_BY_LABEL:
            raise EditError(f"incident {incident.id}: unknown event type {label!r}")
        result.append(
            replace(
                incident,
                event_type=EVENT_TYPE_BY_LABEL[label],
                date=_edited_date(row.get("date"), incident.date),
                actor=_text(row.get("actor")),
                victims=_text(row.get("victims")),
                target=_text(row.get("target")),
                killed=_casualties(row, "killed", incident.killed, incident.id),
                injured=_casualties(row, "injured", incident.injured, incident.id),
            )
        )
    return result
