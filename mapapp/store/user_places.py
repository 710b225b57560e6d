"""The user gazetteer in the store: places analysts put on the map, reused by later geocoding.

An analyst places an incident that was governorate-level or unresolved (pick
a candidate, click the map, or type coordinates). The place is kept here with
its names, governorate, point, author and time under an id ``user:<n>``; the
geocoder consults these entries before the gazetteer
(:class:`~mapapp.geocode.resolver.Geocoder` ``user_places``), so the next
extraction or re-extraction of a report naming the place finds it. Entries
are listed and removed with ``mapapp gazetteer user list|remove``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from mapapp.geocode.admin1 import canonical_admin1
from mapapp.model import Place, Precision
from mapapp.store.backends import Backend, StoreError
from mapapp.store.schema import user_places, utcnow

USER_PLACE_PREFIX = "user:"
MAX_NAME_LENGTH = 200


@dataclass(frozen=True)
class UserPlace:
    """One user gazetteer entry: the place and who put it there, when, and why."""

    place: Place
    author: str
    note: str | None
    created_at: datetime


def _place_of(row: Any) -> Place:
    names = tuple(json.loads(row.names_json))
    return Place(
        id=row.id,
        name=row.name,
        lat=float(row.lat),
        lon=float(row.lon),
        admin1=row.admin1,
        kind=row.kind,
        precision=Precision.PLACE,
        alternate_names=tuple(n for n in names if n != row.name),
        country="SY",
    )


def _clean_names(name: str, alternate_names: tuple[str, ...] | list[str]) -> tuple[str, list[str]]:
    cleaned = [" ".join(str(n).split()) for n in (name, *alternate_names)]
    cleaned = [n for n in dict.fromkeys(cleaned) if n]
    if not cleaned:
        raise StoreError("a user place needs a name")
    if any(len(n) > MAX_NAME_LENGTH for n in cleaned):
        raise StoreError(f"place names are at most {MAX_NAME_LENGTH} characters")
    return cleaned[0], cleaned


def add_user_place(
    backend: Backend,
    name: str,
    lat: float,
    lon: float,
    author: str,
    admin1: str | None = None,
    alternate_names: tuple[str, ...] | list[str] = (),
    kind: str = "populated_place",
    note: str | None = None,
) -> UserPlace:
    """Store a place; raises :class:`StoreError` for a missing author, name, bad point or unknown governorate."""
    if not author or not author.strip():
        raise StoreError("a user place needs an author")
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        raise StoreError(f"a user place needs numeric lat/lon, got {lat!r}, {lon!r}") from None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise StoreError(f"impossible coordinate ({lat}, {lon})")
    canonical = canonical_admin1(admin1) if admin1 else None
    if admin1 and canonical is None:
        raise StoreError(f"unknown governorate {admin1!r}")
    first, names = _clean_names(name, alternate_names)
    now = utcnow()

    def work(conn: sa.engine.Connection) -> UserPlace:
        number = conn.execute(sa.select(sa.func.max(user_places.c.seq))).scalar() or 0
        place_id = f"{USER_PLACE_PREFIX}{int(number) + 1}"
        conn.execute(
            user_places.insert().values(
                id=place_id, name=first, names_json=json.dumps(names, ensure_ascii=False), admin1=canonical,
                lat=lat, lon=lon, kind=kind, author=author.strip(), note=note, created_at=now,
            )
        )
        row = conn.execute(sa.select(user_places).where(user_places.c.id == place_id)).one()
        return UserPlace(_place_of(row), author.strip(), note, now)

    return backend.write(work)


def list_user_places(backend: Backend) -> list[UserPlace]:
    """Every user gazetteer entry, oldest first."""
    with backend.read() as conn:
        rows = conn.execute(sa.select(user_places).order_by(user_places.c.seq)).all()
    return [UserPlace(_place_of(row), row.author, row.note, row.created_at) for row in rows]


def remove_user_place(backend: Backend, place_id: str) -> UserPlace:
    """Delete one entry (incidents already placed there keep their corrected point); StoreError if unknown."""

    def work(conn: sa.engine.Connection) -> UserPlace:
        row = conn.execute(sa.select(user_places).where(user_places.c.id == place_id)).first()
        if row is None:
            raise StoreError(f"no user place {place_id!r}")
        conn.execute(user_places.delete().where(user_places.c.id == place_id))
        return UserPlace(_place_of(row), row.author, row.note, row.created_at)

    return backend.write(work)


__all__ = ["USER_PLACE_PREFIX", "UserPlace", "add_user_place", "list_user_places", "remove_user_place"]
