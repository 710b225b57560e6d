"""OpenStreetMap places from an Overpass API answer (JSON): populated places and named sites.

The Overpass query (:func:`overpass_query`) asks for nodes, ways and relations
tagged ``place=city|town|village|hamlet|suburb|neighbourhood|isolated_dwelling``
and named sites (camps, prisons, oil and gas fields, airfields, dams, bridges,
checkpoints) in a bounding box around the three governorates and their
neighbours, with ``out center tags;`` so ways and relations carry a ``center``.
:func:`places_from_overpass` turns the answer into :class:`~mapapp.model.Place`
records with every name tag (``name``, ``name:en``, ``name:ar``, ``name:ku``,
``alt_name``, ``old_name``, ...). OSM data: © OpenStreetMap contributors, ODbL.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from mapapp.model import Place, Precision

OSM_ATTRIBUTION = "© OpenStreetMap contributors, ODbL 1.0 (openstreetmap.org/copyright)"
#: South, west, north, east: the three governorates with a margin into Aleppo, Homs, Turkey and Iraq.
DEFAULT_BBOX: tuple[float, float, float, float] = (34.0, 37.8, 37.6, 42.5)
PLACE_VALUES: tuple[str, ...] = (
    "city", "town", "village", "hamlet", "suburb", "neighbourhood", "quarter", "isolated_dwelling",
)
#: Name tags read, in order; the first present is the record's name.
NAME_TAGS: tuple[str, ...] = (
    "name:en", "name", "int_name", "name:ar", "name:ku", "name:ku-Latn", "name:tr", "alt_name", "alt_name:en",
    "alt_name:ar", "alt_name:ku", "old_name", "old_name:en", "official_name", "short_name",
)
#: (tag, value) pairs that make a named object a site; value ``*`` = any.
SITE_TAGS: tuple[tuple[str, str], ...] = (
    ("amenity", "prison"), ("landuse", "military"), ("military", "*"), ("aeroway", "aerodrome"),
    ("waterway", "dam"), ("man_made", "petroleum_well"), ("industrial", "oil"), ("industrial", "gas"),
    ("landuse", "industrial"), ("bridge", "yes"), ("barrier", "checkpoint"), ("amenity", "refugee_site"),
    ("social_facility", "refugee_camp"),
)


class OverpassFormatError(ValueError):
    """The text is not an Overpass API JSON answer."""


def overpass_query(bbox: tuple[float, float, float, float] = DEFAULT_BBOX, timeout: int = 300) -> str:
    """The Overpass QL query for populated places and named sites in ``bbox`` (south, west, north, east)."""
    box = ",".join(f"{v:g}" for v in bbox)
    places = "|".join(PLACE_VALUES)
    site_lines = "".join(
        f'  nwr["{tag}"]["name"]({box});\n' if value == "*" else f'  nwr["{tag}"="{value}"]["name"]({box});\n'
        for tag, value in SITE_TAGS
    )
    return (
        f"[out:json][timeout:{timeout}];\n(\n"
        f'  nwr["place"~"^({places})$"]["name"]({box});\n'
        f"{site_lines});\nout center tags;\n"
    )


def _point(element: dict[str, Any]) -> tuple[float, float] | None:
    """The element's (lat, lon), or its way/relation centre's; None when missing or not numbers."""
    if "lat" in element and "lon" in element:
        return _coordinate(element["lat"], element["lon"])
    center = element.get("center")
    if isinstance(center, dict) and "lat" in center and "lon" in center:
        return _coordinate(center["lat"], center["lon"])
    return None


def _coordinate(lat: Any, lon: Any) -> tuple[float, float] | None:
    if isinstance(lat, bool) or isinstance(lon, bool) or not isinstance(lat, (int, float, str)) or not isinstance(lon, (int, float, str)):
        return None
    try:
        return float(lat), float(lon)
    except ValueError:
        return None


def _population(value: Any) -> int | None:
    """A population tag (OSM values are strings; a hand-edited file may hold a number); else None."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 12:
        return int(value)
    return None


def _kind(tags: dict[str, str]) -> str | None:
    if tags.get("place") in PLACE_VALUES:
        return "neighbourhood" if tags["place"] in ("suburb", "neighbourhood", "quarter") else "populated_place"
    for tag, value in SITE_TAGS:
        if tag in tags and (value == "*" or tags[tag] == value):
            return "site"
    return None


def _names(tags: dict[str, str]) -> list[str]:
    names: list[str] = []
    for tag in NAME_TAGS:
        value = tags.get(tag, "")
        if not isinstance(value, str):  # a hand-edited or converted file: not a name
            continue
        for name in value.split(";"):  # OSM separates several values with ';'
            name = name.strip()
            if name and name not in names:
                names.append(name)
    return names


def iter_overpass_places(
    data: dict[str, Any], admin1_at: Callable[[float, float], str | None] | None = None
) -> Iterator[Place]:
    """Places of an Overpass answer; ``admin1_at(lat, lon)`` names the governorate (else None).

    An element of the wrong shape (tags that are not an object, a coordinate that is not a number, a name that
    is not a string) is not a usable place and is left out, as elements without a name or point are.
    """
    elements = data.get("elements")
    if not isinstance(elements, list):
        raise OverpassFormatError("no 'elements' list: not an Overpass JSON answer")
    for element in elements:
        if not isinstance(element, dict):
            continue
        tags = element.get("tags") or {}
        if not isinstance(tags, dict):
            continue
        kind = _kind(tags)
        point = _point(element)
        names = _names(tags)
        if kind is None or point is None or not names:
            continue
        lat, lon = point
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            continue
        yield Place(
            id=f"osm:{element.get('type', 'node')}/{element.get('id')}",
            name=names[0],
            lat=lat,
            lon=lon,
            admin1=admin1_at(lat, lon) if admin1_at else None,
            kind=kind,
            precision=Precision.PLACE,
            alternate_names=tuple(names[1:]),
            population=_population(tags.get("population")),
            country="SY",
        )


def places_from_overpass(
    text: str | bytes, admin1_at: Callable[[float, float], str | None] | None = None
) -> list[Place]:
    """Places from the text of an Overpass JSON answer. Raises :class:`OverpassFormatError`."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise OverpassFormatError(f"not JSON: {exc}") from None
    except RecursionError:
        raise OverpassFormatError("not an Overpass JSON answer (nested too deeply)") from None
    if not isinstance(data, dict):
        raise OverpassFormatError("not an Overpass JSON object")
    return list(iter_overpass_places(data, admin1_at))


__all__ = [
    "DEFAULT_BBOX",
    "OSM_ATTRIBUTION",
    "OverpassFormatError",
    "iter_overpass_places",
    "overpass_query",
    "places_from_overpass",
]
