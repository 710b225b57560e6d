"""OCHA Common Operational Dataset populated places for Syria (HDX CSV): P-codes, English and Arabic names.

The CSV a user downloads from HDX names each place with English and Arabic
names, its P-code and its admin1..admin3 P-codes/names, and its coordinate.
HDX files often carry a second row of HXL hashtags (``#loc+name``...), which
is skipped. Column names differ between releases (``ADM4_EN`` /
``admin4Name_en`` / ``name_en``...), so each field is found by a list of
accepted names, case-insensitively. Licence: CC BY-IGO (OCHA).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from mapapp.geocode.admin1 import OCHA_PCODE_ADMIN1, canonical_admin1
from mapapp.model import Place, Precision

OCHA_PLACES_LICENCE = "OCHA COD populated places for Syria (HDX), CC BY-IGO"

#: Accepted column names per field, first match wins (compared lower-case).
COLUMNS: dict[str, tuple[str, ...]] = {
    "name_en": ("adm4_en", "admin4name_en", "name_en", "featurename", "name", "adm3_en_ppl", "ppl_en"),
    "name_ar": ("adm4_ar", "admin4name_ar", "name_ar", "ppl_ar"),
    "alternates": ("alt_name", "altnames", "alternate_names", "adm4_alt1en", "adm4_alt2en", "adm4_ref"),
    "pcode": ("adm4_pcode", "admin4pcode", "pcode", "ppl_pcode", "p_code"),
    "admin1_pcode": ("adm1_pcode", "admin1pcode"),
    "admin1_name": ("adm1_en", "admin1name_en"),
    "admin2_name": ("adm2_en", "admin2name_en"),
    "lat": ("latitude", "lat", "y", "point_y"),
    "lon": ("longitude", "lon", "long", "x", "point_x"),
}
REQUIRED = ("name_en", "pcode", "lat", "lon")


class OchaFormatError(ValueError):
    """The file is not an OCHA populated-places CSV (a required column is missing, or a value is bad)."""


def _column_map(header: Iterable[str]) -> dict[str, list[str]]:
    lowered = {column.strip().lower(): column for column in header if column}
    found: dict[str, list[str]] = {}
    for field, accepted in COLUMNS.items():
        found[field] = [lowered[name] for name in accepted if name in lowered]
    return found


def _delimiter(text: str) -> str:
    """``,`` as published; ``;`` or a tab when the header line holds more of them (a spreadsheet that saved
    the file again in a locale where the comma is the decimal separator)."""
    header = text[: text.find("\n")] if "\n" in text else text[:4096]
    return max((",", ";", "\t"), key=header.count)


def places_from_ocha_csv(text: str) -> list[Place]:
    """Places from the text of an OCHA populated-places CSV. Raises :class:`OchaFormatError`."""
    text = text.lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text), delimiter=_delimiter(text))
    try:
        columns = _column_map(reader.fieldnames or ())
    except csv.Error as exc:
        raise OchaFormatError(f"line 1: not readable as CSV ({exc})") from None
    missing = [field for field in REQUIRED if not columns[field]]
    if missing:
        raise OchaFormatError(
            "not an OCHA populated-places CSV: no column for " + ", ".join(missing)
            + f" (columns: {', '.join(reader.fieldnames or [])})"
        )

    try:
        return _places(reader, columns)
    except csv.Error as exc:  # a NUL byte, a field over the csv module's size limit
        raise OchaFormatError(f"line {reader.line_num}: not readable as CSV ({exc})") from None


def _places(reader: csv.DictReader, columns: dict[str, list[str]]) -> list[Place]:  # type: ignore[type-arg]
    def first(row: dict[str, str], field: str) -> str:
        return next(((row.get(c) or "").strip() for c in columns[field] if (row.get(c) or "").strip()), "")

    places: list[Place] = []
    for number, row in enumerate(reader, start=2):
        if first(row, "pcode").startswith("#") or first(row, "name_en").startswith("#"):
            continue  # the HXL hashtag row
        name, pcode = first(row, "name_en"), first(row, "pcode")
        if not name or not pcode:
            continue
        try:
            # a decimal comma ("37,1"), as a spreadsheet in many locales writes it, is a decimal point
            lat, lon = float(first(row, "lat").replace(",", ".")), float(first(row, "lon").replace(",", "."))
        except ValueError:
            raise OchaFormatError(f"line {number}: bad coordinate for {pcode} {name!r}") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise OchaFormatError(f"line {number}: impossible coordinate ({lat}, {lon}) for {pcode}")
        admin1 = OCHA_PCODE_ADMIN1.get(first(row, "admin1_pcode")) or canonical_admin1(first(row, "admin1_name"))
        names = [first(row, "name_ar"), *(row.get(c, "") for c in columns["alternates"])]
        alternates = tuple(dict.fromkeys(n.strip() for n in names if n and n.strip() and n.strip() != name))
        places.append(
            Place(
                id=f"ocha:{pcode}",
                name=name,
                lat=lat,
                lon=lon,
                admin1=admin1,
                admin2=first(row, "admin2_name") or None,
                kind="populated_place",
                precision=Precision.PLACE,
                alternate_names=alternates,
                country="SY",
            )
        )
    return places


__all__ = ["OCHA_PLACES_LICENCE", "OchaFormatError", "places_from_ocha_csv"]
