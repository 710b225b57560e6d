"""Governorate polygons (OCHA COD-AB adm1 GeoJSON) for point-in-governorate checks and the coverage outline.

The user supplies the file (HDX dataset "cod-ab-syr", CC BY-IGO); mapapp never
ships it. ``ADM1_EN`` names (``Al-Hasakeh``, ``Ar-Raqqa``, ``Deir-ez-Zor``...)
are mapped to the canonical names of :mod:`mapapp.geocode.admin1`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from shapely import STRtree
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from mapapp.geocode.admin1 import OCHA_PCODE_ADMIN1, canonical_admin1
from mapapp.model import GOVERNORATES


#: Geometry types a governorate outline may have.
_AREA_TYPES = frozenset({"Polygon", "MultiPolygon"})


class BoundaryError(ValueError):
    """The boundary file is missing, unreadable or lacks the fields we need."""


@dataclass
class GovernorateBoundaries:
    """Polygons by canonical governorate name, with a spatial index for point lookups."""

    polygons: dict[str, BaseGeometry]
    source: str = ""
    _names: list[str] = field(init=False, repr=False)
    _tree: STRtree = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._names = list(self.polygons)
        self._tree = STRtree([self.polygons[name] for name in self._names])

    def governorate_at(self, lat: float, lon: float) -> str | None:
        """The governorate containing the point (boundary points count as inside), else None."""
        point = Point(lon, lat)
        for index in self._tree.query(point, predicate="intersects"):
            return self._names[int(index)]
        return None

    def coverage_outline(self, tolerance: float = 0.01) -> dict[str, BaseGeometry]:
        """The three covered governorates, simplified (``tolerance`` in degrees) for drawing on a map."""
        return {
            name: self.polygons[name].simplify(tolerance, preserve_topology=True)
            for name in GOVERNORATES
            if name in self.polygons
        }

    def coverage_union(self, tolerance: float = 0.01) -> BaseGeometry:
        """One simplified geometry for the whole covered area."""
        return unary_union(list(self.coverage_outline(tolerance).values()))


def load_governorate_boundaries(path: str | Path) -> GovernorateBoundaries:
    """Read an OCHA adm1 GeoJSON (fields ``ADM1_EN``, optionally ``ADM1_PCODE``) into canonical-named polygons."""
    import geopandas  # imported here: loading geopandas is slow and most callers never need boundaries

    path = Path(path)
    if not path.is_file():
        raise BoundaryError(f"governorate boundary file not found: {path}")
    try:
        frame = geopandas.read_file(path, engine="pyogrio")
    except Exception as exc:  # pyogrio raises several types for unreadable data
        raise BoundaryError(f"cannot read governorate boundaries from {path}: {exc}") from exc
    if "ADM1_EN" not in frame.columns:
        raise BoundaryError(f"{path}: no ADM1_EN field; expected an OCHA COD-AB adm1 file")
    if frame.empty:
        raise BoundaryError(f"{path}: no features")
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    polygons: dict[str, BaseGeometry] = {}
    pcodes = frame["ADM1_PCODE"] if "ADM1_PCODE" in frame.columns else [None] * len(frame)
    # Iterate the GeoSeries itself: iterrows() turns a null geometry into a float NaN.
    for ocha_name, pcode, geometry in zip(frame["ADM1_EN"], pcodes, frame.geometry, strict=True):
        name = OCHA_PCODE_ADMIN1.get(str(pcode)) if pcode else None
        name = name or canonical_admin1(str(ocha_name))
        if name is None:
            raise BoundaryError(f"{path}: unknown governorate {ocha_name!r}")
        if geometry is None or geometry.is_empty:
            raise BoundaryError(f"{path}: governorate {ocha_name!r} has no geometry")
        if geometry.geom_type not in _AREA_TYPES:
            raise BoundaryError(f"{path}: governorate {ocha_name!r} is a {geometry.geom_type}, not a polygon")
        polygons[name] = geometry if name not in polygons else unary_union([polygons[name], geometry])
    missing = [name for name in GOVERNORATES if name not in polygons]
    if missing:  # e.g. another country's or a clipped file: the outline and point checks would be silently wrong
        raise BoundaryError(f"{path}: no polygon for {', '.join(missing)}; expected Syria's OCHA adm1 file")
    return GovernorateBoundaries(polygons=polygons, source=str(path))


__all__ = ["BoundaryError", "GovernorateBoundaries", "load_governorate_boundaries"]
