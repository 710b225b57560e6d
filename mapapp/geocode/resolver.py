"""The geocoder: a toponym (with the governorate its context names) → a :class:`~mapapp.model.Location`.

Decision order:

1. A governorate reference (``Hasakah province``) → that governorate, ADMIN1; a country abroad by its name
   (``Iraq``, a line's label or a release's heading) → UNRESOLVED, never the governorate the context names.
2. Gazetteer candidates for the name (and for the name without a trailing
   descriptor such as ``village`` or ``border town``), boosted when they lie in
   the hinted governorate. The best one at or above :data:`ACCEPT_SCORE` wins:
   inside the three governorates with its own precision (PLACE for towns),
   outside them as OUTSIDE_COVERAGE (kept, never mapped) — unless the text's
   governorate outweighs it (see :meth:`Geocoder._hint_outweighs_match`): a
   small village of that name elsewhere is then taken for a namesake.
   A look-alike abroad that the name's Arabic article rules out (``Al-Baghuza``
   and a Turkish ``Bağgöze``) does not hide the next candidate.
3. Nothing good enough and the context names a covered governorate → a place of
   that governorate written with the same consonants (a spelling variant:
   ``Busirah``/``Busayrah``, :meth:`Gazetteer.consonant_matches`) when exactly one
   exists; else that governorate, ADMIN1, with a note saying the village is not
   in the gazetteer.
4. Otherwise UNRESOLVED: a name the gazetteer does not know, in a text that
   names no governorate, is never guessed.

The hint (``Toponym.admin1_hint``) is only what the text says: the extractor
knows no towns. Which governorate a town lies in is the gazetteer's knowledge,
so a clear match (one exact name, one place, inside coverage) is not given up
for a governorate merely named nearby, and no hint is needed to find a town.

Every Location carries the score, the matched name and the top runner-up candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from mapapp.extract.lexicon import MILITARY_POST_KIND
from mapapp.extract.toponyms import names_country_region
from mapapp.geocode.admin1 import canonical_admin1, strip_admin1_words
from mapapp.geocode.gazetteer import (
    Gazetteer,
    consonant_skeleton,
    distinctive_part,
    rank_key,
)
from mapapp.geocode.merge import distance_km
from mapapp.geocode.normalize import normalize_name
from mapapp.geocode.sources import is_country_abroad_name
from mapapp.model import Candidate, Location, Place, Precision, Span, Toponym

if TYPE_CHECKING:  # boundaries need shapely; only callers that pass boundaries import it
    from mapapp.geocode.boundaries import AdminArea, AdminAreas, GovernorateBoundaries

#: A candidate must score at least this (0..100) to be taken as the place meant.
ACCEPT_SCORE = 88.0
#: Added to the score of candidates in the governorate the context names (for ranking only).
HINT_BONUS = 6.0
#: Score of a location known only from its context's governorate.
CONTEXT_ONLY_SCORE = 50.0
RUNNERS_UP = 5
#: Candidates scoring below this are not worth listing as runners-up.
CANDIDATE_MIN_SCORE = 70.0
#: A town known to be this populous is taken even when the context names another governorate
#: (see Geocoder._hint_outweighs_match), and is that town, not a namesake of a village the text names
#: (:mod:`mapapp.geocode.placement`, :mod:`mapapp.geocode.document_placement`). An unknown population (common in
#: GeoNames) is not taken as large.
WELL_KNOWN_POPULATION = 10_000
#: A place outside coverage this near (km) a named covered governorate's own point, the one Syrian place by exactly
#: its name, is that place whatever the governorate named (Geocoder._hint_outweighs_match): a town just across the
#: line. (Homs' and Aleppo's towns by the covered desert and the Euphrates lie 90 to 150 km from those points.)
ACROSS_THE_LINE_KM = 150.0
#: Fuzzy (non-exact) matches are accepted only for names with at least this many distinctive letters:
#: on short names one letter decides between towns (``Hol``/``Hula``).
MIN_FUZZY_LETTERS = 5

#: Two towns of a hyphenated pair ("Amuda-Darbasiyah") lying further apart than this (km) place nothing: about the
#: reach of "near" a town both ways (:data:`mapapp.geocode.placement.BETWEEN_NEAR_KM` for "between A and B" is the same).
PAIR_NEAR_KM = 50.0
#: A mountain named after a town: "Mount Sinjar", "Mt. X", "the X mountains", "X mountain range" (the town's name in
#: ``before`` or ``after``). Bounded: one pass over a short name.
_MOUNTAIN_OF_RE = re.compile(
    r"(?:the\s+)?(?:(?:Mount|Mt\.?)\s+(?P<after>[^\W\d_][\w'’ -]{2,40})"
    r"|(?P<before>[^\W\d_][\w'’ -]{2,40}?)\s+(?:mountains?|mountain\s+range|range))",
    re.IGNORECASE,
)
#: The hyphen between the two towns of a pair: not the one of an article ("Al-Darbasiyah": "Al" alone is no town).
_PAIR_HYPHEN = re.compile(r"\s?[-‑‐–]\s?")
#: Each end of a pair: one to three words of letters, at least three letters long.
_PAIR_END = re.compile(r"[^\W\d_][\w'’ -]{2,40}")

#: A village's name made of a town's name and a word that tells it apart: old/new, east/west/north/south, upper/lower,
#: big/small, middle (Arabic words, with or without the article and a feminine ending).
_TWIN_QUALIFIER = re.compile(
    r"^(?P<base>\S.*?)[\s-]+(?P<qualifier>(?:(?:al|el|as|ash)[-\s])?(?:"
    r"[Aa]tiq|[Aa]teeq|[Jj]ad[ei]{1,2}d(?:a|ah|eh)?|[Qq]ad[ei]{1,2}m(?:a|ah|eh)?|[Ss]harq[iy](?:a|ah|eh|yah|yeh)?|"
    r"[Gg]harb[iy](?:a|ah|eh|yah|yeh)?|[Ss]hamal[iy](?:a|ah|eh|yah|yeh)?|[Jj]anub[iy](?:a|ah|eh|yah|yeh)?|"
    r"[Ff]aw?qan[iy]|[Ff]oqan[iy]|[Tt]ah?tan[iy]|[Kk]ab[ei]{1,2}r(?:a|ah|eh)?|[Ss]agh[ei]{1,2}r(?:a|ah|eh)?|"
    r"[Ww]ust[aá]))$"
)

#: Trailing words that describe a place rather than name it ("Khuweibra village", "Albu Kamal border town").
_DESCRIPTOR = re.compile(
    r"\s+(?:border\s+)?(?:town|city|village|hamlet|countryside|area|region|district|subdistrict|camp|"
    r"neighbou?rhood|suburb|outskirts)$",
    re.IGNORECASE,
)
#: The kind of a field named by its place, as reports write it: "the X oil fields", "the X gas field", "the X
#: fields". Reports call one field an oil field, a gas field or the fields of X, while the gazetteer records it under
#: one of those words and the bare "X field": the name is looked up again with the bare word (anchored at the end).
_FIELD_KIND = re.compile(r"\s+(?:(?:oil|gas)\s?fields?|fields)$", re.IGNORECASE)
#: The Arabic article at the start of a name: ``al-``, ``el-``, ``ash-``, ``Al `` ...
_LEADING_ARTICLE = re.compile(r"^(?:al|el|ad|adh|ar|as|ash|at|ath|az|an|ed|er|es|esh|et|ez|en)(?:[-\s'’]|$)", re.IGNORECASE)
#: The kind of a military post written before its name (:data:`~mapapp.extract.lexicon.MILITARY_POST_KIND`).
_LEADING_BASE = re.compile(rf"^{MILITARY_POST_KIND}\s+(?=\S)", re.IGNORECASE)
_LEADING_THE = re.compile(
    r"^the\s+(?:(?:border\s+)?(?:town|city|village|hamlet|area|camp)\s+of\s+)?", re.IGNORECASE
)


#: A compass direction in a place phrase: "north", "south-east", "northwest" ("northern" adds ``(?:ern)``).
DIRECTION_WORD = r"(?:north|south|east|west)(?:-?(?:east|west))?"
_AREA_WORDS = r"(?:countryside|outskirts|suburbs|rural\s+areas?|areas?|parts?|desert|badia)"
#: Qualified place phrases the extractor passes through (issue 9): each a fixed frame around one name.
_QUALIFIED: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"^(?:the\s+)?(?P<dir>{DIRECTION_WORD})(?:ern)?\s+{_AREA_WORDS}\s+of\s+(?P<name>\S.*)$", re.IGNORECASE), "countryside"),
    (re.compile(rf"^(?:the\s+)?{_AREA_WORDS}\s+of\s+(?P<name>\S.*)$", re.IGNORECASE), "countryside"),
    (re.compile(rf"^(?:the\s+)?(?P<name>\S.*?)(?:'s|’s)?\s+(?P<dir>{DIRECTION_WORD})(?:ern)?\s+countryside$", re.IGNORECASE), "countryside"),
    (re.compile(rf"^(?:the\s+)?(?P<dir>{DIRECTION_WORD})ern\s+(?P<name>\S.*?)\s+(?:countryside|rural\s+areas?|desert|badia)$",
                re.IGNORECASE), "countryside"),
    (re.compile(r"^(?:the\s+)?(?P<name>\S.*?)(?:'s|’s)?\s+(?:countryside|rural\s+areas?|desert|badia)$", re.IGNORECASE),
     "countryside"),
    (re.compile(r"^rural\s+(?P<name>\S.*)$", re.IGNORECASE), "countryside"),
    # "north of Raqqa", "the south of Tel Abyad", "to the east of Hajin", "the northern side/part/edge of Tabqa"
    (re.compile(rf"^(?:(?:to|in)\s+)?(?:the\s+)?(?P<dir>{DIRECTION_WORD})(?:ern)?(?:\s+(?:side|part|edge|flank))?\s+of\s+"
                rf"(?:the\s+)?(?P<name>\S.*)$", re.IGNORECASE), "direction"),
)


def parse_qualified(text: str) -> tuple[str, str | None, str] | None:
    """``(base name, direction or None, kind)`` for "Hajin countryside", "north of Raqqa", "eastern countryside
    of Deir ez-Zor"...; None for a plain name."""
    for pattern, kind in _QUALIFIED:
        match = pattern.match(text.strip())
        if match:
            groups = match.groupdict()
            direction = groups.get("dir")
            return match["name"].strip(), direction.lower().replace("-", "") if direction else None, kind
    return None


def _furthest_area(areas: list[AdminArea], centre: Place, direction: str) -> AdminArea | None:
    """The area whose inner point lies furthest from ``centre`` in ``direction`` (north, southeast...)."""
    if not areas:
        return None
    dy = (1 if "north" in direction else -1 if "south" in direction else 0)
    dx = (1 if "east" in direction else -1 if "west" in direction else 0)

    def reach(area: AdminArea) -> float:
        point = area.geometry.representative_point()
        return dy * (point.y - centre.lat) + dx * (point.x - centre.lon)

    return max(areas, key=reach)


def name_variants(text: str) -> list[str]:
    """The name as written, then without a leading ``the`` or military post kind ("Mission Support Site") and
    trailing descriptor words; last, for a field named by its place, the place's name with the bare word ``field``
    (:data:`_FIELD_KIND`)."""
    variants = [text.strip()]
    bare = _LEADING_BASE.sub("", _LEADING_THE.sub("", variants[0]))
    while True:
        shorter = _DESCRIPTOR.sub("", bare)
        if shorter == bare or not shorter.strip():
            break
        bare = shorter
    if bare and bare not in variants:
        variants.append(bare)
    field = _FIELD_KIND.sub(" field", bare) if bare else bare
    if field and field not in variants:
        variants.append(field)
    return variants


class Resolver(Protocol):
    """Anything that turns a toponym (with its context hint) into a :class:`Location`."""

    def resolve(self, toponym: Toponym) -> Location: ...


class Geocoder:
    """Resolves toponyms against a gazetteer; optional boundaries check that points lie where records say."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        boundaries: GovernorateBoundaries | None = None,
        areas: AdminAreas | None = None,
        user_places: Iterable[Place] = (),
    ) -> None:
        self.gazetteer = gazetteer
        self.boundaries = boundaries
        #: Places analysts put on the map (the store's user gazetteer): consulted before the gazetteer.
        user_list = list(user_places)
        self.user_gazetteer = Gazetteer(user_list, source="user gazetteer") if user_list else None
        #: Districts/sub-districts for "Hajin countryside", "north of Raqqa"; else those the gazetteer carries.
        self.areas = areas if areas is not None else getattr(gazetteer, "admin_areas", None)

    def resolve(self, toponym: Toponym) -> Location:
        text = toponym.text.strip()
        if not text:
            return Location(toponym=text, place=None, precision=Precision.UNRESOLVED, note="empty place name")
        qualified = parse_qualified(text)
        if qualified is not None:
            return self._resolve_qualified(toponym, text, *qualified)
        return self._resolve_name(toponym, text)

    def _resolve_qualified(self, toponym: Toponym, text: str, base: str, direction: str | None, kind: str) -> Location:
        """A place with a qualifier: its district or sub-district from the installed polygons, never a made-up point.

        ``X countryside`` / ``countryside of X`` / ``rural X`` → the sub-district (nahiya) holding town X,
        else its district; ``north of X`` or ``eastern countryside of X`` → the district holding X. When X
        is a governorate, the countryside is the governorate's (``Deir ez-Zor countryside``: ADMIN1) and a
        direction picks its district lying furthest that way (``the western Raqqa countryside``). Without polygons the
        base name resolves as it would alone, with a note.
        """
        governorate = self.gazetteer.governorate(base) if kind == "countryside" else None
        if governorate is not None:
            # "the eastern countryside of Deir ez-Zor", "Raqqa countryside": the governorate's rural part (the
            # news' rendering of "rif"), not the city of that name.
            part = f"{direction} part of the governorate" if direction else "countryside of the governorate"
            located = Location(toponym=text, place=governorate, precision=_governorate_precision(governorate),
                               score=100.0, matched_name=governorate.name,
                               note=_with_coverage_note(part, governorate))
        else:
            base_toponym = Toponym(span=Span(base, 0, len(base)), admin1_hint=toponym.admin1_hint, role=toponym.role)
            located = self._resolve_name(base_toponym, base)
            located = replace(located, toponym=text)
        place = located.place
        if place is None or not located.is_mappable:
            return located
        if self.areas is None:
            note = f"{kind} of {place.name}: no district/sub-district polygons installed, placed at {place.name}"
            return replace(located, note="; ".join(n for n in (located.note, note) if n))
        area = None
        if place.kind == "governorate":
            if direction is not None:
                area = _furthest_area(self.areas.in_admin1(place.admin1 or "", 2), place, direction)
        else:
            levels = (3, 2) if direction is None and kind == "countryside" else (2,)
            for level in levels:
                area = self.areas.area_at(place.lat, place.lon, level)
                if area is not None:
                    break
        if area is None:
            return located
        what = "sub-district" if area.level == 3 else "district"
        note = f"{text!r}: {what} {area.name} ({area.pcode}) from the OCHA boundaries"
        return self._checked(
            Location(toponym=text, place=area.place(), precision=area.place().precision, score=located.score,
                     matched_name=located.matched_name, candidates=located.candidates, note=note)
        )

    def _resolve_name(self, toponym: Toponym, text: str) -> Location:
        """A name (no qualifier) resolved by the first of these that applies, in this order: an analyst's place; a
        country abroad (unresolved: no place of it); a governorate the text names ("Raqqa province"); the gazetteer's best acceptable match, unless the
        governorate the context names outweighs it (:meth:`_hint_outweighs_match`); a spelling variant in that
        governorate; for a name matching nothing, two towns joined by a hyphen (:meth:`_town_pair`), then a village
        named after a town (:meth:`_twin_of_town`); the context's governorate (ADMIN1, flagged); else unresolved.
        What the rest of the text says (a town it ties the name to, the report's other places) is weighed after, by
        :mod:`mapapp.pipeline`."""
        hint = canonical_admin1(toponym.admin1_hint)
        user = self._user_place(text, hint)
        if user is not None:
            return user
        if is_country_abroad_name(text):
            # "Iraq" (a line's label "Iraq: ...", a release's section heading): the country, no place of it; never the
            # governorate the context names
            note = f"{text!r} names a country abroad, not a place in it: not mapped"
            return Location(toponym=text, place=None, precision=Precision.UNRESOLVED, score=0.0, note=note)
        if names_country_region(text):
            # "northern Syria", "northern Iraq": where a report says the event happened, a country or a part of it,
            # no place in it; never a look-alike name nor the governorate the context names
            note = f"{text!r} names a country or a part of one, not a place in it: not mapped"
            return Location(toponym=text, place=None, precision=Precision.UNRESOLVED, score=0.0, note=note)

        governorate = self._governorate_reference(text)
        if governorate is not None:
            return self._checked(
                Location(toponym=text, place=governorate, precision=_governorate_precision(governorate),
                         score=100.0, matched_name=governorate.name,
                         note=_with_coverage_note("governorate named in text", governorate))
            )

        ranked = self._ranked_candidates(text, hint)
        hinted = self.gazetteer.governorate(hint) if hint else None
        # The best candidate that may be taken: a look-alike abroad ranked first (``Al-Baghuza`` and a Turkish
        # ``Bağgöze``) does not hide the Syrian place next to it.
        best = next((c for c in ranked if c.score >= ACCEPT_SCORE and self._acceptable(c, text)), None)
        outweighed = best is not None and hinted is not None and self._hint_outweighs_match(best, ranked, hinted)
        if hinted is not None and hinted.in_coverage and (best is None or outweighed):
            # nothing good enough in the governorate the text names: the same name in another transliteration?
            variant = _spelling_variant(self.gazetteer, text, hinted)
            if variant is not None:
                best, outweighed = variant, False
                ranked = [variant, *(c for c in ranked if c.place.id != variant.place.id)]
        if best is None:
            # no place by this name: two towns joined ("Amuda-Darbasiyah"), or a village named after a town, or a
            # mountain named after a town abroad ("Mount Sinjar")
            nearby = self._town_pair(text) or self._twin_of_town(text) or self._mountain_of_a_town_abroad(text)
            if nearby is not None:
                return nearby
        if best is not None:
            if not outweighed:
                runners_up = tuple(c for c in ranked if c is not best)[:RUNNERS_UP]
                location = self._location_for(text, best, runners_up)
                if hinted is not None and best.place.admin1 != hinted.admin1:
                    disagreement = (
                        f"the context names {hinted.admin1}; kept the gazetteer's {best.place.name} "
                        f"({best.place.admin1 or best.place.country})"
                    )
                    location = replace(location, note="; ".join(n for n in (location.note, disagreement) if n))
                return self._checked(location)
            where = f"a {best.place.name} exists in {best.place.admin1 or best.place.country}"
            note = f"{text!r} not in gazetteer in {hinted.admin1} ({where}); placed at governorate named in context"
            return self._context_only(text, hinted, tuple(ranked[:RUNNERS_UP]), note)

        candidates = tuple(ranked[:RUNNERS_UP])
        if hinted is not None:
            note = f"{text!r} not in gazetteer; placed at governorate named in context"
            return self._context_only(text, hinted, candidates, note)
        return Location(
            toponym=text,
            place=None,
            precision=Precision.UNRESOLVED,
            score=ranked[0].score if ranked else 0.0,
            matched_name=None,
            candidates=candidates,
            note=f"{text!r} not in gazetteer and no governorate named in context",
        )

    # -- steps -----------------------------------------------------------------------------------
    def _town_pair(self, text: str) -> Location | None:
        """Two towns joined by a hyphen ("the Amuda-Darbasiyah road", "Amûde-Dirbêsiyê", "Tal Abyad-Raqqa"): a road
        or a stretch between them, named by its ends. When the gazetteer knows both ends exactly, by a point of their
        own inside coverage, no more than :data:`PAIR_NEAR_KM` apart, the place is near the first (precision ADMIN3,
        the reach of "near" a town), with a note naming both; never a point between them (none is sourced). Ends
        further apart, or any end unknown or outside coverage, give None (the caller goes on as for any unknown name).
        """
        bare = name_variants(text)[-1]
        for hyphen in _PAIR_HYPHEN.finditer(bare):
            first, second = bare[: hyphen.start()].strip(), bare[hyphen.end() :].strip()
            if not _PAIR_END.fullmatch(first) or not _PAIR_END.fullmatch(second):
                continue
            ends = [self._exact_town(first), self._exact_town(second)]
            if ends[0] is None or ends[1] is None:
                continue
            a, b = ends[0].place, ends[1].place
            apart = distance_km(a.lat, a.lon, b.lat, b.lon)
            if apart > PAIR_NEAR_KM:
                return None
            note = (
                f"{text!r} names two towns, {first!r} and {second!r} ({apart:.0f} km apart): placed near the first, "
                f"{a.name}, not a point of its own"
            )
            return self._checked(
                Location(toponym=text, place=a, precision=Precision.ADMIN3, score=ends[0].score,
                         matched_name=ends[0].matched_name, candidates=(ends[1],), note=note)
            )
        return None

    def _twin_of_town(self, text: str) -> Location | None:
        """A village named after a town with a word that sets it apart ("Ma'dan Atiq", old Ma'dan; "X al-Sharqi", east
        X; "X Fawqani", upper X; "X al-Jadida", new X): Syrian villages split from, or built beside, the town whose
        name they carry. When the gazetteer lacks the village but knows that town exactly (one covered place with a
        point of its own), the village is placed near the town (precision ADMIN3, the reach of "near"), with a note;
        never at a point of its own."""
        match = _TWIN_QUALIFIER.match(name_variants(text)[-1])
        if match is None:
            return None
        town = self._exact_town(match["base"], sourced_point=False)
        if town is None:
            return None
        if town.place.precision is Precision.ADMIN1:
            # a town the name table knows only by its governorate: that governorate, flagged as such
            where = f"known only by its governorate: placed at {town.place.admin1}'s point"
            precision = Precision.ADMIN1
        else:
            where = f"placed near {town.place.name}"
            precision = Precision.ADMIN3
        note = (
            f"{text!r} is not in the gazetteer; it is named after {match['base']!r} ({match['qualifier']!r} sets it apart):"
            f" {where}, not its own point"
        )
        return self._checked(
            Location(toponym=text, place=town.place, precision=precision, score=town.score,
                     matched_name=town.matched_name, candidates=(town,), note=note)
        )

    def _mountain_of_a_town_abroad(self, text: str) -> Location | None:
        """A mountain named after a town outside coverage ("Mount Sinjar", "the Sinjar mountains", "Sinjar mountain
        range") that the gazetteer knows by exactly that name, with its own point: the mountain lies by the town, in
        its country, so it is flagged outside coverage at the town (never mapped), not placed in the governorate the
        context names. A mountain named after a covered town stays unknown (its point would be a guess)."""
        found = _MOUNTAIN_OF_RE.fullmatch(text.strip())
        if found is None:
            return None
        stem = (found.group("before") or found.group("after") or "").strip()
        exact = [
            c for c in self.gazetteer.search(stem, limit=RUNNERS_UP, min_score=100.0, fuzzy_when_exact=False)
            if c.score >= 100.0 and c.place.kind != "governorate"
        ]
        # (every town of the name abroad, none covered: "Sinjar" in Iraq and in Idlib; the most populous is the one the
        # mountain is named after, the others stay candidates)
        if not exact or any(c.place.in_coverage for c in exact) or any(c.place.precision is not Precision.PLACE for c in exact):
            return None
        exact.sort(key=lambda c: -(c.place.population or 0))
        location = self._location_for(text, exact[0], tuple(exact[1:]))
        note = f"a mountain named after {exact[0].place.name}, which it lies by"
        return replace(location, note="; ".join(n for n in (note, location.note) if n))

    def _exact_town(self, name: str, sourced_point: bool = True) -> Candidate | None:
        """The one covered place with a point of its own that the gazetteer knows by exactly ``name``, else None (a
        governorate's record of the same name, or a twin town across the border, does not make it ambiguous).
        Without ``sourced_point``, a place the name table knows only by its governorate counts too."""
        allowed = (Precision.PLACE,) if sourced_point else (Precision.PLACE, Precision.ADMIN1)
        found = [
            c for c in self.gazetteer.search(name, limit=RUNNERS_UP, min_score=100.0, fuzzy_when_exact=False)
            if c.score >= 100.0 and c.place.in_coverage and c.place.precision in allowed and c.place.kind != "governorate"
        ]
        return found[0] if len({c.place.id for c in found}) == 1 else None

    def _user_place(self, text: str, hint: str | None) -> Location | None:
        """An analyst's place of exactly this name (any variant), preferring one in the hinted governorate."""
        if self.user_gazetteer is None:
            return None
        for variant in name_variants(text):
            exact = [c for c in self.user_gazetteer.search(variant, min_score=100.0, fuzzy_when_exact=False)
                     if c.score >= 100.0]
            if exact:
                exact.sort(key=lambda c: (0 if hint and c.place.admin1 == hint else 1, c.place.id))
                place = exact[0].place
                precision = Precision.PLACE if place.in_coverage else Precision.OUTSIDE_COVERAGE
                return self._checked(
                    Location(toponym=text, place=place, precision=precision, score=100.0, matched_name=exact[0].matched_name,
                             candidates=tuple(exact[1:RUNNERS_UP + 1]), note=f"placed by an analyst ({place.id})")
                )
        return None

    @staticmethod
    def _hint_outweighs_match(best: Candidate, ranked: list[Candidate], hinted: Place) -> bool:
        """True when the governorate the text names should replace the gazetteer's best match.

        Syrian village names repeat across governorates, so when the text names
        a covered governorate and the gazetteer's match lies elsewhere, the two
        are weighed (a governorate outside coverage outweighs only a close spelling of a covered place: "Barisha,
        Idlib province" is not a Hasakah village spelt alike). The match is kept when it lies in the named governorate,
        or when it is named for itself: a site, or a town known to have at
        least :data:`WELL_KNOWN_POPULATION` people (``between Albu Kamal and
        Hmeimim``, whatever governorate the sentence names), unless that town
        lies outside coverage and the name only resembles it ("Sweidan village
        in the Deir ez-Zor countryside" is not the city of As-Suwayda). Otherwise the
        text's governorate wins when the match is doubtful as an identification:

        * it is a region (kind ``region``: the Jazira Region of the AANES, known by its governorate only): the same
          name is said of parts of other governorates, covered or not ("the Jazira" of Deir ez-Zor's east bank, the
          al-Jazira desert of Iraq), so any governorate the text names wins;

        * it lies outside coverage: the text is about the covered governorate it
          names, and a small village of that name in Homs is a namesake — unless it
          is the one Syrian place by exactly that name and lies within
          :data:`ACROSS_THE_LINE_KM` of the named governorate's point (a town just
          across its line: al-Sukhna in Homs, beside the Deir ez-Zor desert);
        * it is only a fuzzy match: a spelling close to a listed village of
          another governorate is weaker evidence than the text's own word;
        * the gazetteer lists the name exactly for more than one populated
          place: the name is ambiguous, so the text's governorate decides.

        What remains is a clear match — the one place the gazetteer knows by
        exactly this name, inside coverage. It is kept even when the text names
        another covered governorate: hints come from the same or the previous
        sentence, which in reports spanning several governorates often names a
        neighbouring one ("..., north of Raqqa. Earlier, a drone hit a car in
        al-Jawadiyah, east of Qamishli"). The location's note records the
        disagreement. A covered hint never pulls an outside-coverage town of
        known size into coverage, and an absent hint changes nothing.
        """
        place = best.place
        if place.admin1 == hinted.admin1:
            return False
        if place.kind == "region":
            # a region's name is said of more than one governorate, covered or not ("the Jazira" of Deir ez-Zor's east
            # bank, the al-Jazira desert of Iraq's Anbar, an al-Jazira of Aleppo)
            return True
        if not hinted.in_coverage:
            # "X, Idlib province", "X in the eastern countryside of Hama": a covered village spelt close to X is weaker
            # than the text's own word; the name's exact match, or a place outside coverage, is kept
            return place.in_coverage and best.score < 100.0
        if place.kind == "populated_place" and not place.in_coverage and best.score < 100.0:
            return True  # a spelling close to a big town abroad ("Sweidan", "Sweida") is not the text's village
        if place.kind != "populated_place" or (place.population or 0) >= WELL_KNOWN_POPULATION:
            return False
        if best.score < 100.0:
            return True
        # Only Syrian namesakes make the name ambiguous: a Turkish twin town (Ceylanpınar is also
        # called Ras al-Ain) never competes with the covered town the text is about.
        exact_namesakes = {
            c.place.id for c in ranked
            if c.score >= 100.0 and c.place.kind == "populated_place" and c.place.country == "SY"
        }
        if not place.in_coverage:
            # the one Syrian place by exactly this name, just across the named governorate's line ("the desert near
            # al-Sukhna" in a report on Deir ez-Zor): that town, not a namesake the gazetteer lacks
            near = distance_km(place.lat, place.lon, hinted.lat, hinted.lon) <= ACROSS_THE_LINE_KM
            return not (near and place.country == "SY" and len(exact_namesakes) == 1)
        return len(exact_namesakes) > 1

    @staticmethod
    def _context_only(text: str, governorate: Place, candidates: tuple[Candidate, ...], note: str) -> Location:
        return Location(
            toponym=text,
            place=governorate,
            precision=_governorate_precision(governorate),
            score=CONTEXT_ONLY_SCORE,
            matched_name=governorate.name,
            candidates=candidates,
            note=_with_coverage_note(note, governorate),
        )

    def _governorate_reference(self, text: str) -> Place | None:
        bare, had_admin_word = strip_admin1_words(text)
        if had_admin_word and bare:
            return self.gazetteer.governorate(bare)
        return None

    def _ranked_candidates(self, text: str, hint: str | None) -> list[Candidate]:
        """Candidates for every name variant, best first; on equal scores the fuller variant's match wins.

        ``al-Hol camp`` thus finds the camp before the town ``al-Hol`` it also matches once ``camp`` is dropped.
        """
        best_by_id: dict[str, tuple[Candidate, int]] = {}
        for variant_index, variant in enumerate(name_variants(text)):
            found = self.gazetteer.search(
                variant, limit=RUNNERS_UP + 3, min_score=CANDIDATE_MIN_SCORE, fuzzy_when_exact=False
            )
            exact_only_abroad = (
                bool(found) and found[0].score >= 100.0 and found[0].place.country != "SY"
                and not any(self._acceptable(c, text) for c in found)
            )
            if exact_only_abroad:
                # exact only as a look-alike abroad ("Al-Baghuza" = a Turkish "Bağgöze"): the fuzzy matches count
                found = self.gazetteer.search(variant, limit=RUNNERS_UP + 3, min_score=CANDIDATE_MIN_SCORE)
            for candidate in found:
                known = best_by_id.get(candidate.place.id)
                if known is None or candidate.score > known[0].score:
                    best_by_id[candidate.place.id] = (candidate, variant_index)
            if found and found[0].score >= 100.0 and not exact_only_abroad:
                break  # the name as written is known exactly: shorter variants would only add namesakes

        def order(entry: tuple[Candidate, int]) -> tuple[object, ...]:
            candidate, variant_index = entry
            key = rank_key(candidate, HINT_BONUS if hint and candidate.place.admin1 == hint else 0.0)
            return (key[0], variant_index, *key[1:])

        return [candidate for candidate, _ in sorted(best_by_id.values(), key=order)]

    @staticmethod
    def _acceptable(candidate: Candidate, text: str) -> bool:
        if candidate.place.country != "SY" and _LEADING_ARTICLE.match(_LEADING_THE.sub("", text.strip())):
            # A name written with the Arabic article (al-Sina'a, ash-Shaddadi) is an Arabic name: it is
            # not taken for a place abroad whose own name has no article (Iraq's Sinah, a Turkish village).
            if not _LEADING_ARTICLE.match(candidate.matched_name or ""):
                return False
        if candidate.score >= 100.0:
            return True
        if candidate.place.kind == "region":
            # A region is taken only by its name: a village spelt one letter away ("Jazra" by "Jazira") is the village.
            return False
        if candidate.place.country != "SY":
            # A place abroad is taken only by its exact name: a Turkish village one letter away from
            # a Syrian name the gazetteer lacks is a look-alike, not the place the text means.
            return False
        letters = min(
            len(distinctive_part(normalize_name(name)).replace(" ", "")) for name in (text, candidate.matched_name)
        )
        return candidate.score >= ACCEPT_SCORE and letters >= MIN_FUZZY_LETTERS

    def _location_for(self, text: str, best: Candidate, runners_up: tuple[Candidate, ...]) -> Location:
        place = best.place
        notes = []
        if place.in_coverage:
            precision = place.precision
        else:
            precision = Precision.OUTSIDE_COVERAGE
            where = place.admin1 or place.country
            notes.append(f"{place.name} lies in {where}, outside the covered governorates: not mapped")
        if place.precision is Precision.ADMIN1 and place.kind != "governorate":
            notes.append(f"{place.name} has no own coordinate in the gazetteer; its point is its governorate's")
        if best.score < 100.0:
            kind = "spelling variant" if best.score < ACCEPT_SCORE else "fuzzy match"
            notes.append(f"{kind} {best.matched_name!r} ({best.score:.0f})")
        return Location(
            toponym=text,
            place=place,
            precision=precision,
            score=best.score,
            matched_name=best.matched_name,
            candidates=runners_up,
            note="; ".join(notes),
        )

    def _checked(self, location: Location) -> Location:
        """Note when the boundaries put the chosen point in another governorate than its record claims."""
        place = location.place
        if self.boundaries is None or place is None or not location.is_mappable:
            return location
        found = self.boundaries.governorate_at(place.lat, place.lon)
        if found == place.admin1:
            return location
        mismatch = f"point lies in {found or 'no governorate'} by the boundaries, not {place.admin1}"
        note = f"{location.note}; {mismatch}" if location.note else mismatch
        return Location(
            toponym=location.toponym,
            place=place,
            precision=location.precision,
            score=location.score,
            matched_name=location.matched_name,
            candidates=location.candidates,
            note=note,
        )


__all__ = [
    "ACCEPT_SCORE", "CONTEXT_ONLY_SCORE", "HINT_BONUS", "Geocoder", "name_variants", "parse_qualified",
]


#: A spelling variant must keep at least this many consonants: shorter skeletons are shared by too many villages.
MIN_SKELETON_CONSONANTS = 3
#: ... and score at least this against the name (a rapidfuzz ratio): same consonants, not a different word.
MIN_VARIANT_SCORE = 60.0


def _spelling_variant(gazetteer: Gazetteer, text: str, hinted: Place) -> Candidate | None:
    """The one place of the governorate the text names whose name has the name's consonants, else None.

    A fuzzy score below :data:`ACCEPT_SCORE` is not enough on its own, but a populated place of the named
    governorate written with the same consonants in the same order and its vowels in the same places
    (:func:`~mapapp.geocode.gazetteer.consonant_skeleton`; at least :data:`MIN_SKELETON_CONSONANTS`
    consonants, in a name of :data:`MIN_FUZZY_LETTERS` letters or more) is the same name in another
    transliteration: Arabic does not write short vowels, so English renderings differ in them
    (Busirah/Busayrah, Shahil/Shuhail), while a vowel more or less makes another name (al-Hajna is not
    Hajin). The place's own name must have that form, not only one of its alternate spellings. Two such
    places leave the name ambiguous: none is taken.
    """
    bare = name_variants(text)[-1]
    query_key = normalize_name(bare)
    if len(distinctive_part(query_key).replace(" ", "")) < MIN_FUZZY_LETTERS:
        return None
    if len(consonant_skeleton(query_key).replace("V", "")) < MIN_SKELETON_CONSONANTS or not hinted.admin1:
        return None
    skeleton = consonant_skeleton(query_key)
    same = [
        c for c in gazetteer.consonant_matches(bare, hinted.admin1)
        # the place's own name has these consonants and vowel places too, not only an alternate spelling of it
        # (GeoNames' French "Hajine" for Hajin would make "al-Hajanah", another village, Hajin); its interdental
        # letter may be written otherwise (Dhiban for Theban: one Arabic letter)
        if c.score >= MIN_VARIANT_SCORE
        and _interdental_folded(consonant_skeleton(normalize_name(c.place.name))) == _interdental_folded(skeleton)
    ]
    return same[0] if len(same) == 1 else None


#: The letters English writes one Arabic interdental by, after name normalisation (which already makes dh -> d and
#: th -> t): ذ is written dh, th or z (Dhiban, Thiban, Theban, Ziban), ظ dh or z. Folded only to compare a spelling
#: with the name of a place its consonants already matched through an alternate name of that place.
_INTERDENTAL = str.maketrans({"t": "z", "d": "z"})


def _interdental_folded(skeleton: str) -> str:
    return skeleton.translate(_INTERDENTAL)


def _governorate_precision(governorate: Place) -> Precision:
    """A governorate placement is ADMIN1 inside coverage; any other governorate is never mapped."""
    return Precision.ADMIN1 if governorate.in_coverage else Precision.OUTSIDE_COVERAGE


def _with_coverage_note(note: str, governorate: Place) -> str:
    if governorate.in_coverage:
        return note
    return f"{note}; {governorate.name} lies outside the covered governorates: not mapped"
