"""Merging places from several gazetteer sources into one index: one place known to several sources = one record.

Two records are the same place when their points lie within
:data:`SAME_PLACE_KM` and some pair of their names agrees after normalisation
(same :func:`~mapapp.geocode.normalize.normalize_name` key, or a rapidfuzz
ratio of at least :data:`SAME_NAME_SCORE` on the distinctive words). Candidate
pairs come from a spatial grid of cells about 2 km wide, so the work is linear
in the number of places (never all pairs). The merged record keeps the first
source's id, point and kind (sources are given best first), carries every
name of every source, and its provenance (the ids of all records merged into
it) is kept in a map returned alongside.

Records without a governorate take the governorate of the record they merge
into; :func:`fill_admin1_from_neighbours` gives the rest the governorate of the
nearest record that has one (within :data:`NEIGHBOUR_ADMIN1_KM`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from mapapp.geocode.gazetteer import distinctive_part
from mapapp.geocode.normalize import is_latin_script, normalize_name
from mapapp.model import Place

SAME_PLACE_KM = 2.0
SAME_NAME_SCORE = 88.0
NEIGHBOUR_ADMIN1_KM = 15.0
_CELL_DEGREES = 0.02  # ~2.2 km of latitude; longitude cells are narrower, so neighbours cover 2 km
_MERGEABLE_KINDS = frozenset({"populated_place", "site", "neighbourhood"})


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in km."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(math.floor(lat / _CELL_DEGREES)), int(math.floor(lon / _CELL_DEGREES))


def _keys(place: Place) -> set[str]:
    return {key for name in (place.name, *place.alternate_names) if is_latin_script(name) and (key := normalize_name(name))}


def _arabic(place: Place) -> set[str]:
    return {name.strip() for name in (place.name, *place.alternate_names) if name and not is_latin_script(name)}


def names_agree(keys_a: set[str], keys_b: set[str], arabic_a: set[str] = frozenset(), arabic_b: set[str] = frozenset()) -> bool:  # type: ignore[assignment]
    """True when some normalised name of one equals or closely matches one of the other, or an Arabic name is shared."""
    if keys_a & keys_b or (arabic_a & arabic_b):
        return True
    cores_b = {distinctive_part(k) for k in keys_b}
    for key in keys_a:
        core = distinctive_part(key)
        for other in cores_b:
            if abs(len(core) - len(other)) <= 3 and fuzz.ratio(core, other) >= SAME_NAME_SCORE:
                return True
    return False


def merge_sources(sources: Sequence[Iterable[Place]]) -> tuple[list[Place], dict[str, tuple[str, ...]]]:
    """One list of places from ``sources`` (best first) and each merged record's provenance (ids merged into it)."""
    merged: list[Place] = []
    keys: list[set[str]] = []
    arabic: list[set[str]] = []
    provenance: list[list[str]] = []
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    for source in sources:
        for place in source:
            index = _match(place, merged, keys, arabic, grid) if place.kind in _MERGEABLE_KINDS else None
            if index is None:
                grid[_cell(place.lat, place.lon)].append(len(merged))
                merged.append(place)
                keys.append(_keys(place))
                arabic.append(_arabic(place))
                provenance.append([place.id])
                continue
            kept = merged[index]
            names = tuple(dict.fromkeys(n for n in (*kept.alternate_names, place.name, *place.alternate_names) if n != kept.name))
            merged[index] = replace(
                kept,
                alternate_names=names,
                admin1=kept.admin1 or place.admin1,
                admin2=kept.admin2 or place.admin2,
                population=kept.population or place.population,
            )
            keys[index] |= _keys(place)
            arabic[index] |= _arabic(place)
            provenance[index].append(place.id)
    return merged, {place.id: tuple(ids) for place, ids in zip(merged, provenance) if len(ids) > 1}


def _match(
    place: Place, merged: list[Place], keys: list[set[str]], arabic: list[set[str]], grid: dict[tuple[int, int], list[int]]
) -> int | None:
    row, column = _cell(place.lat, place.lon)
    place_keys, place_arabic = _keys(place), _arabic(place)
    best: tuple[float, int] | None = None
    for d_row in (-1, 0, 1):
        for d_column in (-1, 0, 1):
            for index in grid.get((row + d_row, column + d_column), ()):
                other = merged[index]
                if other.kind not in _MERGEABLE_KINDS or other.country != place.country:
                    continue
                distance = distance_km(place.lat, place.lon, other.lat, other.lon)
                if distance > SAME_PLACE_KM or (best is not None and distance >= best[0]):
                    continue
                if names_agree(place_keys, keys[index], place_arabic, arabic[index]):
                    best = (distance, index)
    return best[1] if best else None


def fill_admin1_from_neighbours(places: list[Place]) -> list[Place]:
    """Places without a governorate get that of the nearest Syrian place that has one, within NEIGHBOUR_ADMIN1_KM."""
    cell_degrees = 0.15  # ~15 km
    grid: dict[tuple[int, int], list[Place]] = defaultdict(list)
    for place in places:
        if place.admin1 and place.country == "SY":
            grid[(int(place.lat // cell_degrees), int(place.lon // cell_degrees))].append(place)
    result = []
    for place in places:
        if place.admin1 or place.country != "SY":
            result.append(place)
            continue
        row, column = int(place.lat // cell_degrees), int(place.lon // cell_degrees)
        nearest: tuple[float, str] | None = None
        for d_row in (-1, 0, 1):
            for d_column in (-1, 0, 1):
                for other in grid.get((row + d_row, column + d_column), ()):
                    distance = distance_km(place.lat, place.lon, other.lat, other.lon)
                    if distance <= NEIGHBOUR_ADMIN1_KM and (nearest is None or distance < nearest[0]):
                        nearest = (distance, other.admin1 or "")
        result.append(replace(place, admin1=nearest[1]) if nearest else place)
    return result


__all__ = ["SAME_NAME_SCORE", "SAME_PLACE_KM", "distance_km", "fill_admin1_from_neighbours", "merge_sources", "names_agree"]
