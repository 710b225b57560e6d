"""Governorate polygons (OCHA COD-AB adm1 GeoJSON) for point-in-governorate checks and the coverage outline.

The user supplies the file (HDX dataset "cod-ab-syr", CC BY-IGO); mapapp never
ships it. ``ADM1_EN`` names (``Al-Hasakeh``, ``Ar-Raqqa``, ``Deir-ez-Zor``...)
are mapped to the canonical names of :mod:`mapapp.geocode.admin1`.

Which file is used: an explicit path, else ``$MAPAPP_BOUNDARIES``, else the copy
``install_boundaries`` (``mapapp boundaries install``) put in the user data
folder, else none (:func:`locate_boundaries` / :func:`find_boundaries`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from shapely import STRtree
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from mapapp import paths
from mapapp.geocode.admin1 import OCHA_PCODE_ADMIN1, canonical_admin1
from mapapp.io.atomic import atomic_write_bytes
from mapapp.model import GOVERNORATES, Place, Precision

#: The environment variable naming a boundary file (used when no explicit path is given).
BOUNDARIES_ENV = "MAPAPP_BOUNDARIES"
#: Where the installed copy lives, relative to :func:`mapapp.paths.user_data_dir`.
INSTALLED_BOUNDARIES = Path("boundaries") / "governorates.geojson"

#: Origins :func:`locate_boundaries` reports.
ORIGIN_EXPLICIT = "given path"
ORIGIN_ENV = f"${BOUNDARIES_ENV}"
ORIGIN_INSTALLED = "installed copy"


#: Geometry types a governorate outline may have.
_AREA_TYPES = frozenset({"Polygon", "MultiPolygon"})


def _valid_area(geometry: BaseGeometry) -> BaseGeometry:
    """``geometry`` as a valid (multi)polygon: a self-intersecting ring (a "bow-tie", common in hand-edited or
    simplified boundary files) is repaired by shapely's ``make_valid``, which keeps all of its area; point
    tests and unions on an invalid polygon give wrong answers or raise GEOS topology errors."""
    if geometry.is_valid:
        return geometry
    from shapely import make_valid

    repaired = make_valid(geometry)
    if repaired.geom_type in _AREA_TYPES:
        return repaired
    # a collection: keep its polygons (make_valid turns collapsed parts into lines or points)
    parts = [part for part in getattr(repaired, "geoms", []) if part.geom_type in _AREA_TYPES]
    return unary_union(parts) if parts else repaired


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
        geometry = _valid_area(geometry)
        if geometry.geom_type not in _AREA_TYPES or geometry.is_empty:
            raise BoundaryError(f"{path}: governorate {ocha_name!r} has no area (its polygon collapses to lines)")
        polygons[name] = geometry if name not in polygons else unary_union([polygons[name], geometry])
    missing = [name for name in GOVERNORATES if name not in polygons]
    if missing:  # e.g. another country's or a clipped file: the outline and point checks would be silently wrong
        raise BoundaryError(f"{path}: no polygon for {', '.join(missing)}; expected Syria's OCHA adm1 file")
    return GovernorateBoundaries(polygons=polygons, source=str(path))


# -- districts (adm2) and sub-districts (adm3) ------------------------------------------------------

#: Environment variables and installed copies of the OCHA COD-AB adm2/adm3 files, by level.
ADMIN_AREAS_ENV: dict[int, str] = {2: "MAPAPP_ADMIN2_BOUNDARIES", 3: "MAPAPP_ADMIN3_BOUNDARIES"}
INSTALLED_ADMIN_AREAS: dict[int, Path] = {
    2: Path("boundaries") / "districts.geojson",
    3: Path("boundaries") / "subdistricts.geojson",
}


@dataclass(frozen=True)
class AdminArea:
    """A district (level 2) or sub-district (level 3) polygon with its names and P-code."""

    level: int
    name: str
    pcode: str
    admin1: str
    admin2: str | None
    geometry: BaseGeometry = field(repr=False)

    def place(self) -> Place:
        """The area as a gazetteer record, at a point inside its polygon (shapely's representative point)."""
        point = self.geometry.representative_point()
        return Place(
            id=f"ocha:{self.pcode}",
            name=self.name,
            lat=round(point.y, 5),
            lon=round(point.x, 5),
            admin1=self.admin1,
            admin2=self.admin2 if self.level == 3 else self.name,
            kind="district" if self.level == 2 else "subdistrict",
            precision=Precision.ADMIN2 if self.level == 2 else Precision.ADMIN3,
        )


@dataclass
class AdminAreas:
    """The districts and/or sub-districts a user installed, with a spatial index per level."""

    areas: list[AdminArea]
    source: str = ""
    _trees: dict[int, tuple[STRtree, list[AdminArea]]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._trees = {}
        for level in sorted({area.level for area in self.areas}):
            members = [area for area in self.areas if area.level == level]
            self._trees[level] = (STRtree([area.geometry for area in members]), members)

    @property
    def levels(self) -> tuple[int, ...]:
        return tuple(self._trees)

    def area_at(self, lat: float, lon: float, level: int) -> AdminArea | None:
        """The area of ``level`` containing the point, else None."""
        if level not in self._trees:
            return None
        tree, members = self._trees[level]
        for index in tree.query(Point(lon, lat), predicate="intersects"):
            return members[int(index)]
        return None

    def in_admin1(self, admin1: str, level: int) -> list[AdminArea]:
        return [area for area in self._trees.get(level, (None, []))[1] if area.admin1 == admin1]


def load_admin_areas(path: str | Path) -> list[AdminArea]:
    """Read an OCHA COD-AB adm2 or adm3 GeoJSON (level found from its ``ADM3_EN``/``ADM2_EN`` fields)."""
    import geopandas

    path = Path(path)
    if not path.is_file():
        raise BoundaryError(f"district/sub-district boundary file not found: {path}")
    try:
        frame = geopandas.read_file(path, engine="pyogrio")
    except Exception as exc:  # pyogrio raises several types for unreadable data
        raise BoundaryError(f"cannot read boundaries from {path}: {exc}") from exc
    level = 3 if "ADM3_EN" in frame.columns else 2 if "ADM2_EN" in frame.columns else 0
    if not level:
        raise BoundaryError(f"{path}: no ADM2_EN or ADM3_EN field; expected an OCHA COD-AB adm2 or adm3 file")
    needed = [f"ADM{level}_EN", f"ADM{level}_PCODE"]
    if any(column not in frame.columns for column in needed) or frame.empty:
        raise BoundaryError(f"{path}: needs fields {', '.join(needed)} and at least one feature")
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    areas: list[AdminArea] = []
    for index, geometry in enumerate(frame.geometry):
        row = frame.iloc[index]
        name, pcode = str(row[f"ADM{level}_EN"]), str(row[f"ADM{level}_PCODE"])
        admin1 = OCHA_PCODE_ADMIN1.get(str(row.get("ADM1_PCODE", ""))) or canonical_admin1(str(row.get("ADM1_EN", "")))
        if admin1 is None:
            admin1 = OCHA_PCODE_ADMIN1.get(pcode[:4])  # OCHA P-codes nest: SY0903 lies in SY09
        if admin1 is None:
            raise BoundaryError(f"{path}: cannot tell the governorate of {name!r} ({pcode})")
        if geometry is None or geometry.is_empty or geometry.geom_type not in _AREA_TYPES:
            raise BoundaryError(f"{path}: {name!r} has no polygon")
        geometry = _valid_area(geometry)
        if geometry.geom_type not in _AREA_TYPES or geometry.is_empty:
            raise BoundaryError(f"{path}: {name!r} has no area (its polygon collapses to lines)")
        admin2 = str(row["ADM2_EN"]) if level == 3 and "ADM2_EN" in frame.columns else None
        areas.append(AdminArea(level, name, pcode, admin1, admin2, geometry))
    return areas


def find_admin_area_files() -> list[Path]:
    """The adm2/adm3 files to use: each level's environment variable, else its installed copy."""
    found = []
    for level, variable in ADMIN_AREAS_ENV.items():
        from_env = os.environ.get(variable, "").strip()
        installed = paths.user_data_dir() / INSTALLED_ADMIN_AREAS[level]
        if from_env:
            found.append(Path(from_env).expanduser())
        elif installed.is_file():
            found.append(installed)
    return found


def load_admin_area_files(files: list[Path]) -> AdminAreas:
    areas = [area for path in files for area in load_admin_areas(path)]
    return AdminAreas(areas=areas, source=", ".join(str(p) for p in files))


def install_admin_areas(source: str | Path) -> Path:
    """Check ``source`` is an OCHA adm2 or adm3 GeoJSON and copy it where :func:`find_admin_area_files` looks."""
    source = Path(source).expanduser()
    areas = load_admin_areas(source)
    data = source.read_bytes()
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        raise BoundaryError(f"{source}: not a GeoJSON file")
    destination = paths.user_data_dir() / INSTALLED_ADMIN_AREAS[areas[0].level]
    destination.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(destination, data)
    return destination


@dataclass(frozen=True)
class BoundariesLocation:
    """The boundary file to use and where the choice came from (one of the ``ORIGIN_*`` strings)."""

    path: Path
    origin: str


def installed_boundaries_path() -> Path:
    """Where ``install_boundaries`` puts the file (it may not exist yet)."""
    return paths.user_data_dir() / INSTALLED_BOUNDARIES


def locate_boundaries(path: str | Path | None = None) -> BoundariesLocation | None:
    """The boundary file to use: ``path``, else $MAPAPP_BOUNDARIES, else the installed copy, else None.

    An explicit path or the environment variable is returned even if the file is
    missing (the user asked for it: loading it then gives a clear error); the
    installed copy only when it exists.
    """
    if path is not None and str(path).strip():
        return BoundariesLocation(Path(path).expanduser(), ORIGIN_EXPLICIT)
    from_env = os.environ.get(BOUNDARIES_ENV, "").strip()
    if from_env:
        return BoundariesLocation(Path(from_env).expanduser(), ORIGIN_ENV)
    installed = installed_boundaries_path()
    if installed.is_file():
        return BoundariesLocation(installed, ORIGIN_INSTALLED)
    return None


def find_boundaries(path: str | Path | None = None) -> Path | None:
    """The boundary file's path by the rule of :func:`locate_boundaries`, or None when there is none."""
    location = locate_boundaries(path)
    return location.path if location is not None else None


def install_boundaries(source: str | Path) -> Path:
    """Check ``source`` is a usable OCHA adm1 GeoJSON and copy it (atomically) to the installed place.

    Raises :class:`BoundaryError` for a missing or malformed file (the installed
    copy, if any, is then left as it was) and ``OSError`` if it cannot be written.
    """
    source = Path(source).expanduser()
    load_governorate_boundaries(source)  # raises BoundaryError with the reason
    data = source.read_bytes()
    # The copy is always named .geojson: refuse other formats pyogrio could read (GeoPackage, shapefile...).
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        raise BoundaryError(f"{source}: not a GeoJSON file; download the adm1 GeoJSON from HDX (cod-ab-syr)")
    destination = installed_boundaries_path()
    destination.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(destination, data)
    return destination


__all__ = [
    "ADMIN_AREAS_ENV",
    "BOUNDARIES_ENV",
    "AdminArea",
    "AdminAreas",
    "BoundariesLocation",
    "BoundaryError",
    "GovernorateBoundaries",
    "find_admin_area_files",
    "find_boundaries",
    "install_admin_areas",
    "install_boundaries",
    "installed_boundaries_path",
    "load_admin_area_files",
    "load_admin_areas",
    "load_governorate_boundaries",
    "locate_boundaries",
]
