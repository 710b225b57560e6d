"""Geocoding: the gazetteer, name normalisation, the resolver and governorate boundaries.

``Geocoder(load_gazetteer()).resolve(toponym)`` turns a place name (with the
governorate its context names) into a :class:`~mapapp.model.Location`.
Boundaries live in :mod:`mapapp.geocode.boundaries` (imported on demand: it
needs shapely/geopandas).
"""

from mapapp.geocode.gazetteer import Gazetteer
from mapapp.geocode.normalize import normalize_name
from mapapp.geocode.resolver import Geocoder
from mapapp.geocode.sources import (
    GazetteerError,
    load_default_gazetteer,
    load_gazetteer,
    load_geonames_dump,
)

__all__ = [
    "Gazetteer",
    "GazetteerError",
    "Geocoder",
    "load_default_gazetteer",
    "load_gazetteer",
    "load_geonames_dump",
    "normalize_name",
]
