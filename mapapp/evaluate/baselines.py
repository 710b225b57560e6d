"""Two simple geocoders to measure ours against.

Both have ``resolve(toponym) -> Location`` like :class:`mapapp.geocode.Geocoder`,
so the same pipeline runs with each, and both take the gazetteer's places (a
:class:`~mapapp.geocode.Gazetteer` is an iterable of :class:`Place`):

* :class:`NaiveGeocoder` — exact, case-insensitive match of the toponym against
  the places' names and GeoNames alternate names (no transliteration folding,
  no fuzzy matching, no context): what a first attempt with GeoNames would do.
* :class:`GovernorateCentroidGeocoder` — ignores the name and puts every
  toponym at the governorate its context names (``admin1_hint``), or leaves it
  unresolved: the best one can do without a place-level gazetteer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from mapapp.model import GOVERNORATES, Location, Place, Precision, Toponym


def _precision_for(place: Place) -> Precision:
    return place.precision if place.in_coverage else Precision.OUTSIDE_COVERAGE


def _preference(place: Place) -> tuple[int, int, str]:
    # Among equal names: inside coverage first, then the most populous, then a stable id order.
    return (0 if place.in_coverage else 1, -(place.population or 0), place.id)


class NaiveGeocoder:
    """Exact case-insensitive lookup of the toponym among the places' names and alternate names."""

    name = "naive"

    def __init__(self, places: Iterable[Place]) -> None:
        by_name: dict[str, list[Place]] = defaultdict(list)
        for place in places:
            for name in {place.name.strip().casefold(), *(alt.strip().casefold() for alt in place.alternate_names)}:
                by_name[name].append(place)
        self._by_name = {key: sorted(found, key=_preference) for key, found in by_name.items()}

    def resolve(self, toponym: Toponym) -> Location:
        found = self._by_name.get(toponym.text.strip().casefold())
        if not found:
            note = "naive: no exact name match"
            return Location(toponym=toponym.text, place=None, precision=Precision.UNRESOLVED, note=note)
        place = found[0]
        return Location(
            toponym=toponym.text,
            place=place,
            precision=_precision_for(place),
            score=100.0,
            matched_name=toponym.text,
            note="naive: exact name match",
        )


class GovernorateCentroidGeocoder:
    """Every toponym at the representative point of the governorate its context names, else unresolved."""

    name = "governorate"

    def __init__(self, places: Iterable[Place]) -> None:
        self._governorates: dict[str, Place] = {}
        for place in places:
            if place.kind == "governorate" and place.admin1:
                self._governorates.setdefault(place.admin1, place)
        missing = [name for name in GOVERNORATES if name not in self._governorates]
        if missing:
            raise ValueError(f"gazetteer has no governorate record for {', '.join(missing)}")

    def resolve(self, toponym: Toponym) -> Location:
        hint = toponym.admin1_hint
        place = self._governorates.get(hint) if hint else None
        if place is None:
            note = "governorate baseline: no context hint"
            return Location(toponym=toponym.text, place=None, precision=Precision.UNRESOLVED, note=note)
        precision = Precision.ADMIN1 if place.in_coverage else Precision.OUTSIDE_COVERAGE
        return Location(
            toponym=toponym.text,
            place=place,
            precision=precision,
            score=0.0,
            matched_name=None,
            note=f"governorate baseline: placed at {place.name}",
        )


__all__ = ["GovernorateCentroidGeocoder", "NaiveGeocoder"]
