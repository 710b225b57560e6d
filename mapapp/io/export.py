"""Exporting incidents: RFC 7946 GeoJSON, CSV and GeoPackage, byte for byte the same from the CLI and the app.

Every format carries the same flat attribute table, :func:`incident_properties`
(one row per incident, scalar values only: text is ``""`` when missing,
counts and scores are ``None``/null). Only incidents whose location is mappable
(:attr:`Location.is_mappable`) get a point; the others (outside coverage,
unresolved, not geocoded) stay in the export with a null geometry, their
``precision`` and ``mappable = false``, so nothing is lost and nothing is placed
where the text does not put it. Coordinates are WGS 84 longitude/latitude,
rounded to 6 decimals (about 0.1 m).

:func:`export_bytes` makes the bytes; :func:`write_incidents` writes exactly
those bytes atomically, so a file written by ``mapapp extract`` and the app's
download of the same incidents are identical. GeoJSON and CSV bytes depend
only on the incidents. GeoPackage is an SQLite file whose ``gpkg_contents``
table records a "last change" timestamp; we pin it with GDAL's
``OGR_CURRENT_DATE`` option to :data:`GPKG_TIMESTAMP`, which makes two exports
of the same incidents byte-identical with the GDAL used here (3.12); other
GDAL versions may lay the file out differently.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import math
import os
import tempfile
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from mapapp.io.atomic import atomic_write, atomic_write_path
from mapapp.model import MAX_CASUALTY_FIGURE, Incident, Precision

if TYPE_CHECKING:  # geopandas is imported lazily: it is slow to import and only GPKG/GeoDataFrame need it
    import geopandas

#: Export formats, their file suffixes and media types (for downloads).
EXPORT_FORMATS: tuple[str, ...] = ("geojson", "csv", "gpkg")
FILE_SUFFIXES: dict[str, str] = {"geojson": ".geojson", "csv": ".csv", "gpkg": ".gpkg"}
MEDIA_TYPES: dict[str, str] = {
    "geojson": "application/geo+json",
    "csv": "text/csv",
    "gpkg": "application/geopackage+sqlite3",
}
_SUFFIX_FORMATS: dict[str, str] = {".geojson": "geojson", ".json": "geojson", ".csv": "csv", ".gpkg": "gpkg"}

#: GeoPackage layer name and CRS.
GPKG_LAYER = "incidents"
CRS = "EPSG:4326"
#: The "last change" time written into GeoPackages so that their bytes are reproducible.
GPKG_TIMESTAMP = "2000-01-01T00:00:00.000Z"
#: Decimal places kept in coordinates.
COORDINATE_DECIMALS = 6
#: Candidates listed in the ``candidates`` property.
MAX_LISTED_CANDIDATES = 5

# Column name -> kind ("str", "int", "float", "bool"), in export order. The kinds give every
# format a fixed schema, even for an empty export or a column that is null in every row.
PROPERTY_SCHEMA: dict[str, str] = {
    "id": "str",
    "event_type": "str",
    "event_label": "str",
    "actor": "str",
    "victims": "str",
    "target": "str",
    "killed_low": "int",
    "killed_high": "int",
    "injured_low": "int",
    "injured_high": "int",
    "killed_phrase": "str",
    "injured_phrase": "str",
    "date": "str",
    "date_year": "int",
    "date_month": "int",
    "date_day": "int",
    "date_relative_to": "str",
    "date_days_after": "int",
    "date_basis": "str",
    "date_precision": "str",
    "toponym": "str",
    "place_name": "str",
    "place_id": "str",
    "admin1": "str",
    "admin2": "str",
    "precision": "str",
    "geocode_score": "float",
    "matched_name": "str",
    "candidates": "str",
    "location_note": "str",
    "mappable": "bool",
    "sources": "str",
    "evidence": "str",
    "evidence_start": "int",
    "evidence_end": "int",
    "confidence": "float",
    "document_id": "str",
    "outlet": "str",
    "url": "str",
    "published": "str",
    "published_source": "str",
}
#: CSV columns: the properties, then the point (empty for incidents that are not mapped).
CSV_COLUMNS: tuple[str, ...] = (*PROPERTY_SCHEMA, "lat", "lon")

_gdal_config_lock = threading.Lock()
#: The json module's string encoder for ``ensure_ascii=False`` (its C version when available).
_encode_json_string = json.encoder.encode_basestring


class ExportError(ValueError):
    """An export that cannot be made as asked (unknown format, unusable incident data)."""


# --------------------------------------------------------------------------- attributes


def incident_properties(incident: Incident) -> dict[str, str | int | float | bool | None]:
    """The incident as one flat row of scalars, keys in :data:`PROPERTY_SCHEMA` order."""
    return _properties(incident, _point(incident))


def _properties(incident: Incident, point: tuple[float, float] | None) -> dict[str, str | int | float | bool | None]:
    """:func:`incident_properties` with the incident's export point already computed (:func:`_point`)."""
    location = incident.location
    place = location.place if location else None
    when = incident.date
    killed, injured = incident.killed, incident.injured
    toponym = location.toponym if location and location.toponym else (
        incident.primary_toponym.text if incident.primary_toponym else ""
    )
    candidates = location.candidates[:MAX_LISTED_CANDIDATES] if location else ()
    return {
        "id": incident.id,
        "event_type": incident.event_type.value,
        "event_label": incident.event_type.label,
        "actor": incident.actor or "",
        "victims": incident.victims or "",
        "target": incident.target or "",
        "killed_low": _figure(killed.low) if killed else None,
        "killed_high": _figure(killed.high) if killed else None,
        "injured_low": _figure(injured.low) if injured else None,
        "injured_high": _figure(injured.high) if injured else None,
        # The text the bounds were read from; for a merged incident, the sources' differing figures.
        "killed_phrase": (killed.phrase or "") if killed else "",
        "injured_phrase": (injured.phrase or "") if injured else "",
        "date": when.value.isoformat() if when and when.value else "",
        "date_year": when.year if when else None,
        "date_month": when.month if when else None,
        "date_day": when.day if when else None,
        "date_relative_to": (when.relative_to or "") if when else "",
        "date_days_after": _int64(when.days_after) if when else None,
        "date_basis": when.basis if when else "unknown",
        # "report": the text gives no date, "date" is the publication date it was reported on.
        "date_precision": when.precision if when else "unknown",
        "toponym": toponym,
        "place_name": place.name if place else "",
        "place_id": place.id if place else "",
        "admin1": (place.admin1 or "") if place else "",
        "admin2": (place.admin2 or "") if place else "",
        "precision": location.precision.value if location else Precision.UNRESOLVED.value,
        "geocode_score": _finite(location.score) if location else None,
        "matched_name": (location.matched_name or "") if location else "",
        "candidates": "; ".join(
            f"{c.place.name} ({c.place.admin1 or '?'}) {_format_score(c.score)}" for c in candidates
        ),
        "location_note": location.note if location else "",
        "mappable": point is not None,
        "sources": "; ".join(incident.sources),
        "evidence": incident.evidence_text,
        "evidence_start": incident.evidence[0].start if incident.evidence else None,
        "evidence_end": incident.evidence[-1].end if incident.evidence else None,
        "confidence": _finite(incident.confidence),
        "document_id": incident.document_id or "",
        "outlet": incident.outlet or "",
        "url": incident.url or "",
        "published": incident.published.isoformat() if incident.published else "",
        # where that date came from: "given", "html", "page text" or "url"; "" when unknown or no date
        "published_source": (incident.published_source or "") if incident.published else "",
    }


def _point(incident: Incident) -> tuple[float, float] | None:
    """``(lon, lat)`` rounded for export, or None when the incident is not to be mapped."""
    location = incident.location
    place = location.place if location is not None else None
    if place is None or location is None or not location.precision.is_mappable or place.lat is None or place.lon is None:
        return None
    lon, lat = float(place.lon), float(place.lat)
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        raise ExportError(f"incident {incident.id}: place {location.place!r} has invalid coordinates")
    return round(lon, COORDINATE_DECIMALS), round(lat, COORDINATE_DECIMALS)


def _figure(value: int | None) -> int | None:
    """A casualty bound as exported: None (empty) outside ``0..MAX_CASUALTY_FIGURE``.

    Extraction and ``mapapp correct`` refuse such figures; this guards a store written before they did, so one
    absurd value (an integer beyond 64 bits overflows GeoPackage) cannot break the export of every incident.
    The phrase column still says what the text gave.
    """
    return value if value is not None and 0 <= value <= MAX_CASUALTY_FIGURE else None


def _int64(value: int | None) -> int | None:
    """An integer that fits a 64-bit column, else None."""
    return value if value is not None and -(2**63) <= value < 2**63 else None


def _finite(value: float | None) -> float | None:
    return float(value) if value is not None and math.isfinite(value) else None


def _format_score(score: float) -> str:
    return f"{score:.1f}".rstrip("0").rstrip(".") if math.isfinite(score) else "?"


# --------------------------------------------------------------------------- formats


def incidents_to_geojson(incidents: Iterable[Incident]) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection (no ``crs`` member: GeoJSON is WGS 84 by definition)."""
    features = []
    for incident in incidents:
        point = _point(incident)
        features.append(
            {
                "type": "Feature",
                "id": incident.id,
                "geometry": {"type": "Point", "coordinates": [point[0], point[1]]} if point else None,
                "properties": incident_properties(incident),
            }
        )
    return {"type": "FeatureCollection", "features": features}


def geojson_bytes(incidents: Iterable[Incident]) -> bytes:
    """The GeoJSON export as UTF-8 bytes: key order fixed by construction, non-ASCII kept as is."""
    buffer = io.StringIO()
    write_geojson(incidents, buffer)
    return buffer.getvalue().encode("utf-8")


def write_geojson(incidents: Iterable[Incident], handle: IO[str]) -> None:
    """Write the GeoJSON export feature by feature (never the whole collection in memory).

    The text is exactly ``json.dumps(incidents_to_geojson(incidents), ensure_ascii=False, indent=2)`` plus a
    newline. Laid out by hand because the json module drops its C encoder whenever ``indent`` is set, which
    made a 100,000-incident export slower than a geopandas round trip; every value is still encoded by the
    json module (the properties by its C encoder, see :func:`_feature_text`).
    """
    handle.write('{\n  "type": "FeatureCollection",\n  "features": [')
    first = True
    for incident in incidents:
        handle.write("\n" if first else ",\n")
        first = False
        handle.write(_feature_text(incident))
    handle.write("]\n}\n" if first else "\n  ]\n}\n")


_INDENT_PROPERTY = "\n        "
_PROPERTIES_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=("," + _INDENT_PROPERTY, ": "))


def _feature_text(incident: Incident) -> str:
    """One feature as ``json.dumps(..., indent=2)`` lays it out at depth two of the collection."""
    point = _point(incident)
    geometry = (
        '{\n        "type": "Point",\n        "coordinates": [\n'
        f"          {float.__repr__(point[0])},\n          {float.__repr__(point[1])}\n        ]\n      }}"
        if point
        else "null"
    )
    # the properties are flat scalars: the json module's C encoder, told to separate items with the newline and
    # indentation that indent=2 would put there, writes them exactly as the indenting (pure Python) encoder does
    encoded = _PROPERTIES_ENCODER.encode(_properties(incident, point))
    body = _INDENT_PROPERTY + encoded[1:-1] if len(encoded) > 2 else ""
    return (
        '    {\n      "type": "Feature",\n      "id": '
        + _encode_json_string(incident.id)
        + ',\n      "geometry": '
        + geometry
        + ',\n      "properties": {'
        + body
        + "\n      }\n    }"
    )


def csv_bytes(incidents: Iterable[Incident]) -> bytes:
    """The CSV export as UTF-8 bytes (see :func:`write_csv`)."""
    buffer = io.StringIO(newline="")
    write_csv(incidents, buffer)
    return buffer.getvalue().encode("utf-8")


def write_csv(incidents: Iterable[Incident], handle: IO[str]) -> None:
    """Write the CSV export row by row (RFC 4180 quoting and CRLF line ends, header row first).

    Text cells that a spreadsheet would run as a formula (starting with ``=``,
    ``+``, ``-``, ``@``, tab, carriage return or newline, also in their full-width
    and other Unicode look-alikes (``＝``, ``﹢``, ``−``), after leading blanks:
    news text is untrusted input) are prefixed with an apostrophe, as OWASP
    advises for CSV injection.
    """
    writer = csv.writer(handle)
    writer.writerow(CSV_COLUMNS)
    for incident in incidents:
        point = _point(incident)
        properties = _properties(incident, point)
        row = [_csv_cell(value) for value in properties.values()]
        row += [repr(point[1]), repr(point[0])] if point else ["", ""]
        writer.writerow(row)


def _csv_cell(value: str | float | bool | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "'" + value if _starts_formula(value) else value
    return repr(value)


#: First characters a spreadsheet may read as the start of a formula (after NFKC, which maps the full-width
#: ``＝＋－＠`` and the small and superscript signs to these), and minus signs NFKC leaves alone.
_FORMULA_STARTS = frozenset("=+-@\t\r\n")
_MINUS_LOOKALIKES = frozenset("\u2212\u2012\u2013\u2014\u2010\u2011\ufe58")


def _starts_formula(value: str) -> bool:
    """True when a spreadsheet could run ``value`` as a formula (OWASP CSV injection), leading blanks ignored."""
    head = value.lstrip(" \u00a0\u3000")[:1] or value[:1]
    if not head:
        return False
    return unicodedata.normalize("NFKC", head)[:1] in _FORMULA_STARTS or head in _MINUS_LOOKALIKES


def incidents_to_geodataframe(incidents: Iterable[Incident]) -> geopandas.GeoDataFrame:
    """The incidents as a GeoDataFrame in EPSG:4326: the property columns plus point geometry (None when unmapped).

    Integer columns use pandas' nullable ``Int64``; text columns hold Python strings.
    """
    import geopandas
    import pandas
    from shapely.geometry import Point

    rows = list(incidents)
    properties = [incident_properties(incident) for incident in rows]
    columns: dict[str, Any] = {}
    for name, kind in PROPERTY_SCHEMA.items():
        values = [row[name] for row in properties]
        if kind == "int":
            columns[name] = pandas.array(values, dtype="Int64")
        elif kind == "float":
            columns[name] = pandas.array([math.nan if v is None else v for v in values], dtype="float64")
        elif kind == "bool":
            columns[name] = pandas.array(values, dtype="bool")
        else:
            columns[name] = pandas.array(values, dtype=object)
    points = [_point(incident) for incident in rows]
    geometry = geopandas.GeoSeries([Point(p) if p else None for p in points], crs=CRS)
    return geopandas.GeoDataFrame(columns, geometry=geometry, crs=CRS)


def gpkg_bytes(incidents: Iterable[Incident]) -> bytes:
    """The GeoPackage export (layer :data:`GPKG_LAYER`, EPSG:4326) as bytes."""
    with tempfile.TemporaryDirectory(prefix="mapapp-gpkg-") as folder:
        path = os.path.join(folder, "incidents.gpkg")
        write_gpkg(incidents, path)
        return Path(path).read_bytes()


#: Incidents per GeoDataFrame written to a GeoPackage: bounds the memory of a large export.
GPKG_BATCH = 20_000


def write_gpkg(incidents: Iterable[Incident], path: str | os.PathLike[str]) -> None:
    """Write the GeoPackage to a new file at ``path``, in batches of :data:`GPKG_BATCH` incidents (appended).

    GDAL's write errors are raised as :class:`OSError` (as a failed GeoJSON or CSV write is).
    """
    import pyogrio
    import pyogrio.errors

    iterator = iter(incidents)
    # OGR_CURRENT_DATE is process-wide GDAL state: set it only around this write, under a lock.
    with _gdal_config_lock:
        previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": GPKG_TIMESTAMP})
        try:
            first = True
            while True:
                batch = list(itertools.islice(iterator, GPKG_BATCH))
                if not batch and not first:
                    break
                frame = incidents_to_geodataframe(batch)
                try:
                    pyogrio.write_dataframe(
                        frame, path, layer=GPKG_LAYER, driver="GPKG", geometry_type="Point", append=not first
                    )
                except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
                    # GDAL's own failure to write (a full disk, a file it cannot create): an I/O error like
                    # the other formats', one line
                    raise OSError(f"GDAL could not write the GeoPackage: {' '.join(str(exc).split())}") from None
                first = False
                if len(batch) < GPKG_BATCH:
                    break
        finally:
            pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})


def export_bytes(incidents: Iterable[Incident], fmt: str) -> bytes:
    """The export of ``incidents`` in ``fmt`` (``geojson``, ``csv`` or ``gpkg``) as bytes."""
    fmt = normalize_format(fmt)
    if fmt == "geojson":
        return geojson_bytes(incidents)
    if fmt == "csv":
        return csv_bytes(incidents)
    return gpkg_bytes(incidents)


def write_incidents(
    incidents: Iterable[Incident], path: str | os.PathLike[str], fmt: str | None = None
) -> int:
    """Write the export to ``path`` atomically (format from ``fmt``, else from the suffix); returns the byte count.

    Streams: incidents are consumed one by one (an iterator from the store is never held in memory whole) and
    written into a temporary file beside ``path`` that replaces it only once complete. The bytes are those of
    :func:`export_bytes` for the same incidents.
    """
    fmt = normalize_format(fmt) if fmt is not None else format_for_path(path)
    if fmt == "gpkg":
        with atomic_write_path(path) as temporary:
            write_gpkg(incidents, temporary)
    else:
        with atomic_write(path, "w") as handle:
            (write_geojson if fmt == "geojson" else write_csv)(incidents, handle)
    return os.stat(path).st_size


def normalize_format(fmt: str) -> str:
    """``fmt`` lower-cased and checked against :data:`EXPORT_FORMATS` (``json`` is taken as ``geojson``)."""
    name = fmt.strip().lower().lstrip(".")
    name = "geojson" if name == "json" else name
    if name not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: choose one of {', '.join(EXPORT_FORMATS)}")
    return name


def format_for_path(path: str | os.PathLike[str]) -> str:
    """The export format a file name asks for (``.geojson``/``.json``, ``.csv``, ``.gpkg``)."""
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIX_FORMATS:
        raise ExportError(
            f"cannot tell the export format from {os.fspath(path)!r}: use a .geojson, .csv or .gpkg name, "
            "or give the format explicitly"
        )
    return _SUFFIX_FORMATS[suffix]


__all__: Sequence[str] = [
    "CRS",
    "CSV_COLUMNS",
    "EXPORT_FORMATS",
    "FILE_SUFFIXES",
    "GPKG_LAYER",
    "MEDIA_TYPES",
    "PROPERTY_SCHEMA",
    "ExportError",
    "csv_bytes",
    "export_bytes",
    "format_for_path",
    "geojson_bytes",
    "gpkg_bytes",
    "incident_properties",
    "incidents_to_geodataframe",
    "incidents_to_geojson",
    "write_csv",
    "write_geojson",
    "write_gpkg",
    "write_incidents",
]
