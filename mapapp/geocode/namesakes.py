"""Namesakes: of the places the gazetteer knows by one name, which the text means, and what stands in for a
namesake that is not the place meant.

Shared by the one-incident rules (:mod:`mapapp.geocode.placement`) and the document passes
(:mod:`mapapp.geocode.document_placement`): the namesakes of a match (:func:`namesakes`) and the one near the
places the text also names (:func:`nearest_namesake`); a covered governorate's own record as the resolver gives
it (:func:`governorate_location`), a namesake moved to it with the namesake kept as a candidate
(:func:`at_governorate_not_namesake`), and how far a place lies from the covered governorates
(:func:`distances_to_governorates`, :data:`FAR_FROM_COVERAGE_KM`).
"""

from __future__ import annotations

from dataclasses import replace

from mapapp.geocode.merge import distance_km
from mapapp.geocode.resolver import CONTEXT_ONLY_SCORE, Resolver
from mapapp.model import GOVERNORATES, Candidate, Location, Precision, Span, Toponym


def governorate_location(governorate: str, resolver: Resolver) -> Location:
    """The covered governorate's own record (precision ADMIN1), as the resolver gives it for "X governorate"."""
    name = f"{governorate} governorate"
    return resolver.resolve(Toponym(span=Span(name, 0, len(name)), role="primary"))


def at_governorate_not_namesake(location: Location, governorate: Location, note: str) -> Location:
    """``location`` (a namesake abroad of the place meant) moved to ``governorate``'s point at governorate level:
    the toponym as written, a context-only score, the namesake kept as the first candidate, and ``note``."""
    namesake = Candidate(place=location.place, score=location.score, matched_name=location.matched_name)
    return replace(
        governorate, toponym=location.toponym, score=CONTEXT_ONLY_SCORE, candidates=(namesake, *location.candidates),
        note=note,
    )


#: A namesake lying within this distance of a place the text also names is taken for the one meant (km): about
#: the reach of "near Y" and "the Y countryside", well below the spacing of the namesakes it chooses between.
NAMESAKE_NEAR_KM = 30.0


def namesakes(location: Location) -> list[Candidate]:
    """The other places the gazetteer knows by the matched name as well as the chosen one (same score), inside
    coverage and with a point of their own: the choice between them is the text's, not the gazetteer's."""
    if location.place is None or location.precision is not Precision.PLACE:
        return []
    return [
        c for c in location.candidates
        if c.score >= location.score and c.place.id != location.place.id and c.place.in_coverage
        and c.place.precision is Precision.PLACE
    ]


def nearest_namesake(location: Location, nearby: list[tuple[float, float, str]]) -> Location:
    """``location`` moved to the namesake lying near the places the text also names, if one does.

    "Al-Karama, near Tal Tamr": of several villages called Al-Karama the one within
    :data:`NAMESAKE_NEAR_KM` of Tal Tamr is meant, not the one the governorate hint or population ranked
    first. ``nearby`` holds (lat, lon, name) of those places. Unchanged when no namesake is nearer.
    """
    others = namesakes(location)
    if not others or not nearby or location.place is None:
        return location

    def reach(lat: float, lon: float) -> tuple[float, str]:
        return min((distance_km(lat, lon, n_lat, n_lon), name) for n_lat, n_lon, name in nearby)

    current, _ = reach(location.place.lat, location.place.lon)
    best = min(others, key=lambda c: reach(c.place.lat, c.place.lon)[0])
    distance, name = reach(best.place.lat, best.place.lon)
    if distance > NAMESAKE_NEAR_KM or distance >= current:
        return location
    chosen = Candidate(place=location.place, score=location.score, matched_name=location.matched_name)
    candidates = (chosen, *(c for c in location.candidates if c is not best))
    note = (
        f"{best.place.name} ({best.place.admin1}) chosen among places named {location.matched_name!r}: "
        f"{distance:.0f} km from {name!r}, which the text also names"
    )
    return replace(
        location, place=best.place, matched_name=best.matched_name, candidates=candidates,
        note="; ".join(n for n in (location.note, note) if n),
    )


#: A place outside coverage lying further than this (km) from every covered governorate's point is far from the
#: report's area: beyond the covered governorates' neighbours (Kobani, Palmyra, Afrin, al-Qaim, Tal Afar, the Turkish
#: border towns all lie nearer), where Lebanon, Quneitra or Jordan lie.
FAR_FROM_COVERAGE_KM = 250.0


def distances_to_governorates(lat: float, lon: float, resolver: Resolver) -> list[float]:
    """Distances (km) from a point to each covered governorate's own point (as the resolver gives it)."""
    distances: list[float] = []
    for governorate in GOVERNORATES:
        located = governorate_location(governorate, resolver)
        if located.place is not None:
            distances.append(distance_km(lat, lon, located.place.lat, located.place.lon))
    return distances or [0.0]


def near_coverage(lat: float, lon: float, resolver: Resolver) -> bool:
    """Whether a point lies within :data:`FAR_FROM_COVERAGE_KM` of a covered governorate's point: in the report's
    area or among its neighbours (Kobani, Palmyra, Sinjar), not far off where a namesake may lie."""
    return min(distances_to_governorates(lat, lon, resolver)) <= FAR_FROM_COVERAGE_KM
