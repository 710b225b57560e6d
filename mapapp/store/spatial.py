"""The dialect-specific spatial index of incident points: SQLite R*Tree or PostGIS.

Both index the ``incidents`` row by its integer ``seq`` and answer
"which incidents lie in this bounding box". Only mappable incidents have a
point; the others are simply absent from the index.
"""

from __future__ import annotations

from typing import Any, Protocol

import sqlalchemy as sa
from geoalchemy2 import Geometry
from sqlalchemy.engine import Connection

from mapapp.store.schema import incidents

#: (min_lon, min_lat, max_lon, max_lat) in WGS 84 degrees.
BBox = tuple[float, float, float, float]


class SpatialIndex(Protocol):
    def create(self, conn: Connection) -> None:
        """Create the index and fill it from the incidents' lat/lon columns (a migration step)."""

    def set_point(self, conn: Connection, seq: int, lat: float | None, lon: float | None) -> None:
        """Index incident ``seq`` at (lat, lon), or drop it from the index when either is None."""

    def insert_incidents(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        """Insert ``incidents`` rows (with ``lat``/``lon`` in each) and index their points, in few statements."""

    def in_bbox(self, bbox: BBox) -> sa.ColumnElement[bool]:
        """A WHERE clause on ``incidents`` that keeps the incidents inside ``bbox``."""


_rtree = sa.table(
    "incident_rtree",
    sa.column("id", sa.Integer),
    sa.column("min_lon", sa.Float),
    sa.column("max_lon", sa.Float),
    sa.column("min_lat", sa.Float),
    sa.column("max_lat", sa.Float),
)


_RTREE_DELETE = sa.delete(_rtree).where(_rtree.c.id == sa.bindparam("p_id"))
_RTREE_FILL = sa.insert(_rtree).from_select(
    ["id", "min_lon", "max_lon", "min_lat", "max_lat"],
    sa.select(incidents.c.seq, incidents.c.lon, incidents.c.lon, incidents.c.lat, incidents.c.lat).where(
        incidents.c.id.in_(sa.bindparam("p_ids", expanding=True)),
        incidents.c.lat.is_not(None),
        incidents.c.lon.is_not(None),
    ),
)


class SqliteRTree:
    """SQLite's built-in R*Tree module: a virtual table of point boxes keyed by ``incidents.seq``."""

    def insert_incidents(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        conn.execute(incidents.insert(), rows)
        conn.execute(_RTREE_FILL, {"p_ids": [row["id"] for row in rows]})

    def create(self, conn: Connection) -> None:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS incident_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat)"
        )
        conn.exec_driver_sql(
            "INSERT INTO incident_rtree (id, min_lon, max_lon, min_lat, max_lat) "
            "SELECT seq, lon, lon, lat, lat FROM incidents WHERE lat IS NOT NULL AND lon IS NOT NULL"
        )

    def set_point(self, conn: Connection, seq: int, lat: float | None, lon: float | None) -> None:
        conn.execute(_RTREE_DELETE, {"p_id": seq})
        if lat is not None and lon is not None:
            conn.execute(
                sa.insert(_rtree), {"id": seq, "min_lon": lon, "max_lon": lon, "min_lat": lat, "max_lat": lat}
            )

    def in_bbox(self, bbox: BBox) -> sa.ColumnElement[bool]:
        min_lon, min_lat, max_lon, max_lat = bbox
        inside = (
            sa.select(_rtree.c.id)
            .where(_rtree.c.max_lon >= min_lon, _rtree.c.min_lon <= max_lon)
            .where(_rtree.c.max_lat >= min_lat, _rtree.c.min_lat <= max_lat)
        )
        return incidents.c.seq.in_(inside)


#: The incidents table's geometry column as GeoAlchemy2 sees it (added by migration 2 on PostGIS).
_geom = sa.table("incidents", sa.column("seq", sa.Integer), sa.column("geom", Geometry("POINT", srid=4326)))


_POINT = sa.func.ST_SetSRID(
    sa.func.ST_MakePoint(sa.bindparam("p_lon", type_=sa.Float), sa.bindparam("p_lat", type_=sa.Float)),
    4326,
    type_=Geometry("POINT", srid=4326),
)
_GEOM_SET = sa.update(_geom).where(_geom.c.seq == sa.bindparam("p_seq")).values(geom=_POINT)
_GEOM_CLEAR = sa.update(_geom).where(_geom.c.seq == sa.bindparam("p_seq")).values(geom=None)


#: ``incidents`` with its geometry column, for inserting a row and its point in one statement.
_incidents_with_geom = sa.Table(
    "incidents",
    sa.MetaData(),
    *(sa.Column(c.name, c.type, primary_key=c.primary_key) for c in incidents.columns),
    sa.Column("geom", Geometry("POINT", srid=4326, spatial_index=False)),
)
_INSERT_WITH_GEOM = _incidents_with_geom.insert()


def _ewkt(lat: float | None, lon: float | None) -> str | None:
    return f"SRID=4326;POINT({float(lon)!r} {float(lat)!r})" if lat is not None and lon is not None else None


class PostgisPoints:
    """A ``geometry(Point, 4326)`` column on ``incidents`` with a GIST index."""

    def insert_incidents(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        conn.execute(_INSERT_WITH_GEOM, [{**row, "geom": _ewkt(row.get("lat"), row.get("lon"))} for row in rows])

    def create(self, conn: Connection) -> None:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS postgis")
        conn.exec_driver_sql("ALTER TABLE incidents ADD COLUMN geom geometry(Point, 4326)")
        conn.exec_driver_sql("CREATE INDEX ix_incidents_geom ON incidents USING GIST (geom)")
        conn.exec_driver_sql(
            "UPDATE incidents SET geom = ST_SetSRID(ST_MakePoint(lon, lat), 4326) "
            "WHERE lat IS NOT NULL AND lon IS NOT NULL"
        )

    def set_point(self, conn: Connection, seq: int, lat: float | None, lon: float | None) -> None:
        if lat is None or lon is None:
            conn.execute(_GEOM_CLEAR, {"p_seq": seq})
        else:
            conn.execute(_GEOM_SET, {"p_seq": seq, "p_lat": lat, "p_lon": lon})

    def in_bbox(self, bbox: BBox) -> sa.ColumnElement[bool]:
        min_lon, min_lat, max_lon, max_lat = bbox
        envelope = sa.func.ST_MakeEnvelope(min_lon, min_lat, max_lon, max_lat, 4326)
        inside = sa.select(_geom.c.seq).where(_geom.c.geom.op("&&")(envelope))
        return incidents.c.seq.in_(inside)


def spatial_index_for(dialect: str) -> SpatialIndex:
    if dialect == "sqlite":
        return SqliteRTree()
    if dialect == "postgresql":
        return PostgisPoints()
    raise ValueError(f"no spatial index for database dialect {dialect!r}")
