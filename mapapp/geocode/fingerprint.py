"""A short fingerprint of what a geocoder resolves against: its gazetteer, the user places, the district polygons.

The store keeps, with each report, the fingerprint of the geocoder its place was
resolved with (:meth:`mapapp.store.IncidentStore.ingest`), so that after a
gazetteer download or an analyst's placement ``mapapp regeocode`` knows which
stored reports were placed with another gazetteer and re-resolves those.

The fingerprint hashes the content that decides a resolution: every place's id,
names, point, governorate, kind, precision and country (the same index built
from the same files gives the same fingerprint; a new source file, a changed
name table or one more user place gives another), the user places, and the
district/sub-district areas' codes. It is computed once per gazetteer object
(about 0.1 s per 50,000 places) and remembered on it. Pure logic: no files.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from mapapp.model import Place

#: Attribute under which a gazetteer object remembers its fingerprint.
_CACHED = "_mapapp_fingerprint"
#: Length of the hex fingerprint (64 bits: collisions between two gazetteers a user loads are not a concern).
FINGERPRINT_LENGTH = 16


def _digest_places(digest: Any, places: Iterable[Place]) -> None:
    for place in places:
        digest.update(
            "\x1f".join(
                (
                    place.id, place.name, "\x1e".join(place.alternate_names), repr(place.lat), repr(place.lon),
                    place.admin1 or "", place.admin2 or "", place.kind, place.precision.value, place.country,
                )
            ).encode("utf-8", "surrogatepass")
        )
        digest.update(b"\n")


def places_fingerprint(places: Iterable[Place]) -> str:
    """The fingerprint of a list of places (in their order)."""
    digest = hashlib.sha256(b"places\n")
    _digest_places(digest, places)
    return digest.hexdigest()[:FINGERPRINT_LENGTH]


def gazetteer_fingerprint(gazetteer: Any) -> str:
    """The fingerprint of a gazetteer's places (remembered on the object: a gazetteer does not change)."""
    cached = getattr(gazetteer, _CACHED, None)
    if isinstance(cached, str):
        return cached
    value = places_fingerprint(gazetteer)
    try:
        setattr(gazetteer, _CACHED, value)
    except AttributeError:  # an object that takes no attributes: computed again next time
        pass
    return value


def geocoder_fingerprint(geocoder: Any) -> str:
    """The fingerprint of everything a :class:`~mapapp.geocode.resolver.Geocoder` resolves against: its
    gazetteer, its user places (analysts' placements) and its district/sub-district areas."""
    digest = hashlib.sha256(b"geocoder\n")
    gazetteer = getattr(geocoder, "gazetteer", None)
    digest.update(gazetteer_fingerprint(gazetteer).encode() if gazetteer is not None else b"-")
    user = getattr(geocoder, "user_gazetteer", None)
    digest.update(b"\nuser\n")
    if user is not None:
        digest.update(gazetteer_fingerprint(user).encode())
    digest.update(b"\nareas\n")
    areas = getattr(geocoder, "areas", None)
    for area in getattr(areas, "areas", None) or ():
        digest.update(f"{area.level}\x1f{area.pcode}\x1f{area.name}\x1f{area.admin1}\n".encode())
    return digest.hexdigest()[:FINGERPRINT_LENGTH]


__all__ = ["FINGERPRINT_LENGTH", "gazetteer_fingerprint", "geocoder_fingerprint", "places_fingerprint"]
