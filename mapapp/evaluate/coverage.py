"""Gazetteer coverage: how many gold incident places have *any* gazetteer place nearby.

Independent of extraction and of the geocoder's choices: for every distinct
point the gold gives coordinates for (inside coverage), the distance to the
nearest gazetteer place that has its own point (a populated place or a site of
precision PLACE; governorates, districts and sites placed only at their
governorate's point are left out). The share within 5, 10 and 25 km says how
far a perfect extractor and geocoder could get with this gazetteer: a village
the gazetteer lacks, with nothing within 5 km, cannot be placed within 5 km.
Issue 9 asks for ≥ 90% within 5 km of the Airwars set's points once the
GeoNames and OSM sources are downloaded.

The nearest-place search uses scipy's cKDTree on unit vectors of the sphere
(the chord length converts exactly to the great-circle distance), so it is
O((gold + places) log places), never all pairs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.spatial import cKDTree

from mapapp.evaluate.gold import GoldDocument
from mapapp.evaluate.metrics import EARTH_RADIUS_KM
from mapapp.model import Place, Precision

#: Radii (km) of the coverage shares.
COVERAGE_RADII_KM: tuple[float, ...] = (5.0, 10.0, 25.0)
#: Gold points equal to this many decimals of a degree (about 1 m) are one place.
_POINT_DECIMALS = 5


@dataclass
class GazetteerCoverage:
    """Distinct gold places with coordinates and how many have a gazetteer place within each radius."""

    gazetteer_points: int = 0
    gold_places: int = 0
    within_km: dict[float, int] = field(default_factory=lambda: {radius: 0 for radius in COVERAGE_RADII_KM})
    nearest_km: list[float] = field(default_factory=list)

    def share(self, radius: float) -> float | None:
        """The share of gold places with a gazetteer place within ``radius`` km (None without gold places)."""
        return self.within_km[radius] / self.gold_places if self.gold_places else None

    @property
    def median_nearest_km(self) -> float | None:
        if not self.nearest_km:
            return None
        ordered = sorted(self.nearest_km)
        middle = len(ordered) // 2
        return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2

    def to_dict(self) -> dict[str, Any]:
        return {
            "gazetteer_points": self.gazetteer_points,
            "gold_places": self.gold_places,
            **{
                f"within_{radius:g}km": {"hits": hits, "total": self.gold_places, "value": self.share(radius)}
                for radius, hits in self.within_km.items()
            },
            "median_nearest_km": self.median_nearest_km,
        }


def _unit_vectors(points: Sequence[tuple[float, float]]) -> np.ndarray:
    """(lat, lon) degrees → rows of x, y, z on the unit sphere."""
    array = np.radians(np.asarray(points, dtype=float).reshape(-1, 2))
    lat, lon = array[:, 0], array[:, 1]
    return np.column_stack((np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)))


def point_places(places: Iterable[Place]) -> list[Place]:
    """The gazetteer places that stand for a point of their own (precision PLACE), not an area or a stand-in."""
    return [place for place in places if place.precision is Precision.PLACE]


def gold_points(documents: Iterable[GoldDocument]) -> list[tuple[float, float]]:
    """The distinct coordinates the gold gives for places inside coverage, in first-seen order."""
    points: dict[tuple[float, float], None] = {}
    for document in documents:
        for incident in document.incidents:
            if incident.coordinates is None or incident.outside_coverage:
                continue
            key = (round(incident.coordinates.lat, _POINT_DECIMALS), round(incident.coordinates.lon, _POINT_DECIMALS))
            points.setdefault(key, None)
    return list(points)


class NearestPlaces:
    """A spatial index of gazetteer points answering "how far is the nearest place?" in great-circle km."""

    def __init__(self, places: Iterable[Place]) -> None:
        self.places = point_places(places)
        self._tree = cKDTree(_unit_vectors([(p.lat, p.lon) for p in self.places])) if self.places else None

    def __len__(self) -> int:
        return len(self.places)

    def nearest_km(self, points: Sequence[tuple[float, float]]) -> list[float]:
        """For each (lat, lon), the distance in km to the nearest indexed place (inf with an empty index)."""
        if not points:
            return []
        if self._tree is None:
            return [math.inf] * len(points)
        chords, _ = self._tree.query(_unit_vectors(points), k=1)
        # chord c of the unit sphere ↔ central angle 2·asin(c/2)
        return [2.0 * math.asin(min(1.0, float(c) / 2.0)) * EARTH_RADIUS_KM for c in np.atleast_1d(chords)]


def measure_coverage(
    documents: Iterable[GoldDocument], places: Iterable[Place] | NearestPlaces
) -> GazetteerCoverage:
    """How many distinct gold places (with coordinates) have a gazetteer place within each radius."""
    index = places if isinstance(places, NearestPlaces) else NearestPlaces(places)
    points = gold_points(documents)
    coverage = GazetteerCoverage(gazetteer_points=len(index), gold_places=len(points))
    coverage.nearest_km = index.nearest_km(points)
    for distance in coverage.nearest_km:
        for radius in COVERAGE_RADII_KM:
            if distance <= radius:
                coverage.within_km[radius] += 1
    return coverage


def coverage_by_collection(
    documents: Sequence[GoldDocument], places: Iterable[Place]
) -> tuple[GazetteerCoverage, dict[str, GazetteerCoverage]]:
    """The coverage over all documents and per collection (only collections with gold coordinates)."""
    index = NearestPlaces(places)
    groups: dict[str, list[GoldDocument]] = {}
    for document in documents:
        groups.setdefault(document.collection, []).append(document)
    per_collection = {name: measure_coverage(group, index) for name, group in groups.items()}
    return measure_coverage(documents, index), {
        name: figures for name, figures in per_collection.items() if figures.gold_places
    }


__all__ = [
    "COVERAGE_RADII_KM",
    "GazetteerCoverage",
    "NearestPlaces",
    "coverage_by_collection",
    "gold_points",
    "measure_coverage",
    "point_places",
]
