"""Hand corrections of incidents: checking and encoding an edit, and applying edits in order.

Pure logic: no database. An edit is a field name and a JSON value; the store
keeps them in order with author and time, and an incident's current value is
its extracted/merged value with :func:`apply_edits` run over all of its edits.

Editable fields: ``place`` (a :class:`~mapapp.model.Place`, a ``(lat, lon)``
pair or a dict with ``lat``/``lon`` and optional ``name``), ``killed`` and
``injured`` (a :class:`~mapapp.model.Casualties`, an int, a ``(low, high)``
pair or None), ``event_type``, ``date`` (a :class:`datetime.date` or ISO
string, or None) and ``dismissed`` (True: "not an incident"; ``not_incident``
is accepted as a synonym).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from mapapp.model import (
    MAX_CASUALTY_FIGURE,
    Casualties,
    EventType,
    Incident,
    IncidentDate,
    Location,
    Place,
    Precision,
)

EDITABLE_FIELDS: tuple[str, ...] = ("place", "killed", "injured", "event_type", "date", "dismissed")
_SYNONYMS = {"not_incident": "dismissed", "not an incident": "dismissed", "type": "event_type", "location": "place"}

#: The ``field`` of history rows that record an unmerge (not a correction; ignored by apply_edits).
UNMERGE_FIELD = "unmerge"
#: History rows of an analyst's decision on a possible duplicate: "same event as #N" (its reports are kept
#: together with the incident's) and "not the same" (kept apart). Not corrections; ignored by apply_edits.
JOIN_FIELD = "join"
KEEP_APART_FIELD = "keep_apart"
#: History rows that are decisions on grouping, not corrections of a value.
GROUPING_FIELDS = frozenset({UNMERGE_FIELD, JOIN_FIELD, KEEP_APART_FIELD})


class EditError(ValueError):
    """A correction that cannot be applied: unknown field or a value of the wrong shape."""


def canonical_field(field_name: str) -> str:
    name = _SYNONYMS.get(field_name.strip().lower(), field_name.strip().lower())
    if name not in EDITABLE_FIELDS:
        raise EditError(f"cannot correct field {field_name!r}: editable fields are {', '.join(EDITABLE_FIELDS)}")
    return name


def _check_lat_lon(lat: Any, lon: Any) -> tuple[float, float]:
    try:
        lat_f, lon_f = float(lat), float(lon)
    except (TypeError, ValueError) as exc:
        raise EditError(f"place needs numeric lat/lon, got {lat!r}, {lon!r}") from exc
    if not (-90.0 <= lat_f <= 90.0 and -180.0 <= lon_f <= 180.0):
        raise EditError(f"lat/lon out of range: {lat_f}, {lon_f}")
    return lat_f, lon_f


def _encode_place(value: Any) -> dict[str, Any]:
    if isinstance(value, Location):
        if value.place is None:
            raise EditError("a corrected place needs coordinates")
        value = value.place
    if isinstance(value, Place):
        _check_lat_lon(value.lat, value.lon)
        return value.to_dict()
    if isinstance(value, dict) and "id" in value and "name" in value:
        place = Place.from_dict(value)
        assert place is not None
        _check_lat_lon(place.lat, place.lon)
        return place.to_dict()
    if isinstance(value, dict):
        lat, lon, name = value.get("lat"), value.get("lon"), value.get("name")
    elif isinstance(value, (tuple, list)) and len(value) == 2:
        (lat, lon), name = value, None
    else:
        raise EditError(f"place must be a Place, (lat, lon) or {{'lat', 'lon', 'name'}}; got {value!r}")
    lat_f, lon_f = _check_lat_lon(lat, lon)
    label = str(name) if name else f"{lat_f:.5f}, {lon_f:.5f}"
    return Place(
        id=f"manual:{lat_f:.5f},{lon_f:.5f}", name=label, lat=lat_f, lon=lon_f, kind="manual", precision=Precision.PLACE
    ).to_dict()


def _encode_casualties(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    try:
        if isinstance(value, Casualties):
            casualties = value
        elif isinstance(value, bool):
            raise EditError("a casualty figure must be a number, not a boolean")
        elif isinstance(value, int):
            casualties = Casualties(low=value, high=value)
        elif isinstance(value, (tuple, list)) and len(value) == 2:
            casualties = Casualties(low=value[0], high=value[1])
        elif isinstance(value, dict):
            casualties = Casualties(low=value.get("low"), high=value.get("high"), phrase=value.get("phrase"))
        else:
            raise EditError(f"casualties must be an int, (low, high), Casualties or None; got {value!r}")
    except ValueError as exc:
        raise EditError(str(exc)) from exc
    for bound in (casualties.low, casualties.high):
        if bound is not None and (not isinstance(bound, int) or isinstance(bound, bool) or bound < 0):
            raise EditError(f"casualty bounds must be non-negative integers; got {bound!r}")
        if bound is not None and bound > MAX_CASUALTY_FIGURE:
            raise EditError(
                f"casualty figure {bound:,} is not plausible for one incident (the limit is {MAX_CASUALTY_FIGURE:,})"
            )
    return {"low": casualties.low, "high": casualties.high, "phrase": casualties.phrase or "corrected by hand"}


def _encode_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, IncidentDate):
        if value.value is None:
            raise EditError("a corrected date needs a calendar date")
        return value.value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()).isoformat()
        except ValueError as exc:
            raise EditError(f"date must be YYYY-MM-DD; got {value!r}") from exc
    raise EditError(f"date must be a date or YYYY-MM-DD; got {value!r}")


def encode_edit(field_name: str, value: Any) -> tuple[str, Any]:
    """Check a correction and return ``(canonical field, JSON value)``; raises :class:`EditError`."""
    name = canonical_field(field_name)
    if name == "place":
        return name, _encode_place(value)
    if name in ("killed", "injured"):
        return name, _encode_casualties(value)
    if name == "event_type":
        try:
            return name, EventType(value.value if isinstance(value, EventType) else str(value).strip().lower()).value
        except ValueError as exc:
            known = ", ".join(e.value for e in EventType)
            raise EditError(f"unknown event type {value!r}: one of {known}") from exc
    if name == "date":
        return name, _encode_date(value)
    if not isinstance(value, bool):
        raise EditError(f"dismissed must be True or False; got {value!r}")
    return name, value


def parse_edit_text(field_name: str, text: str) -> tuple[str, Any]:
    """Read a correction typed on the command line (``20``, ``18-``, ``18-25``, ``36.1,40.2``, ``true``...)."""
    name = canonical_field(field_name)
    raw = text.strip()
    if name == "place":
        parts = [p.strip() for p in raw.split(",")]
        if len(parts) not in (2, 3):
            raise EditError(f"place must be 'lat,lon' or 'lat,lon,name'; got {text!r}")
        try:
            lat, lon = float(parts[0]), float(parts[1])
        except ValueError as exc:
            raise EditError(f"place must be 'lat,lon[,name]' with numbers; got {text!r}") from exc
        return encode_edit(name, {"lat": lat, "lon": lon, "name": parts[2] if len(parts) == 3 else None})
    if name in ("killed", "injured"):
        if raw.lower() in ("", "none", "null", "unknown"):
            return encode_edit(name, None)
        return encode_edit(name, parse_figure_range(name, raw))
    if name == "dismissed":
        lowered = raw.lower()
        if lowered in ("true", "yes", "1"):
            return encode_edit(name, True)
        if lowered in ("false", "no", "0"):
            return encode_edit(name, False)
        raise EditError(f"dismissed must be true or false; got {text!r}")
    if name == "date" and raw.lower() in ("", "none", "null", "unknown"):
        return encode_edit(name, None)
    return encode_edit(name, raw)


#: How a casualty correction is typed: ``5`` (exactly), ``3..5`` (from 3 to 5), ``5..`` (at least 5), ``..5``
#: (at most 5); ``3-5`` and ``5-`` are accepted as before. A leading minus is refused, not read as "at most".
FIGURE_RANGE_HELP = "N (exactly), N..M (from N to M), N.. (at least N), ..M (at most M), none (unknown)"
_FIGURE_RANGE_RE = re.compile(r"(?P<low>\d{1,12})?\s*(?P<sep>\.\.|-)?\s*(?P<high>\d{1,12})?")


def parse_figure_range(name: str, raw: str) -> tuple[int | None, int | None]:
    """Read a typed casualty figure (see :data:`FIGURE_RANGE_HELP`) into ``(low, high)``; raises :class:`EditError`."""
    text = raw.strip()
    if text.startswith(("-", "\u2212")) and text.lstrip("-\u2212").strip()[:1].isdigit():
        raise EditError(f"{name} cannot be negative ({raw!r}); for 'at most N' write ..N. Use {FIGURE_RANGE_HELP}")
    match = _FIGURE_RANGE_RE.fullmatch(text)
    if match is None or not (match.group("low") or match.group("high")):
        raise EditError(f"{name} must be {FIGURE_RANGE_HELP}; got {raw!r}")
    low = int(match.group("low")) if match.group("low") else None
    high = int(match.group("high")) if match.group("high") else None
    if match.group("sep") is None:
        if low is None or high is not None:
            raise EditError(f"{name} must be {FIGURE_RANGE_HELP}; got {raw!r}")
        high = low
    elif match.group("sep") == "-" and low is None:
        raise EditError(f"{name} must be {FIGURE_RANGE_HELP}; got {raw!r}")
    for bound in (low, high):
        if bound is not None and bound > MAX_CASUALTY_FIGURE:
            raise EditError(
                f"{name} {bound:,} is not plausible for one incident (the limit is {MAX_CASUALTY_FIGURE:,})"
            )
    if low is not None and high is not None and high < low:
        raise EditError(f"{name} range {raw!r} has its bounds reversed: write {high}..{low}")
    return low, high


def apply_edits(incident: Incident, edits: Iterable[tuple[str, Any]]) -> tuple[Incident, bool]:
    """Apply ``(field, JSON value)`` edits in order; returns the current incident and whether it is dismissed."""
    current = incident
    dismissed = False
    for name, value in edits:
        if name in GROUPING_FIELDS:
            continue
        if name == "place":
            place = Place.from_dict(value)
            assert place is not None
            toponym = current.location.toponym if current.location else place.name
            location = Location(
                toponym=toponym,
                place=place,
                precision=place.precision,
                score=100.0,
                matched_name=place.name,
                note="place corrected by hand",
            )
            current = replace(current, location=location)
        elif name == "killed":
            current = replace(current, killed=Casualties.from_dict(value))
        elif name == "injured":
            current = replace(current, injured=Casualties.from_dict(value))
        elif name == "event_type":
            current = replace(current, event_type=EventType(value))
        elif name == "date":
            if value is None:
                current = replace(current, date=None)
            else:
                day = date.fromisoformat(value)
                current = replace(
                    current,
                    date=IncidentDate(value=day, year=day.year, month=day.month, day=day.day, basis="corrected"),
                )
        elif name == "dismissed":
            dismissed = bool(value)
        else:
            raise EditError(f"stored edit has unknown field {name!r}")
    return current, dismissed
