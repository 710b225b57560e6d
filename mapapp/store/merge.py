"""Deciding when two reports describe the same event, and combining them into one incident.

Pure logic: no database, no files. The store calls :func:`match_reason` to decide
whether a new report joins an existing incident and :func:`merge_reports` to
compute an incident's value from its reports.

The rule (all must hold; :class:`MergeRule` holds the thresholds):

* **different documents**: one article lists distinct events, so two reports
  from the same document never merge;
* **compatible event types** (:data:`COMPATIBLE_TYPES`, symmetric, as extracted), built from an explicit
  table: families whose members outlets use for one event (:data:`EVENT_TYPE_FAMILIES`: *remote fire* =
  airstrike, drone strike, shelling, since "bombardment" and "strike" are written of either; *ground
  assault* = raid, armed clash, one assault told from either side; *bombing* = IED, car bomb, suicide
  bomb), bridges across families (:data:`EVENT_TYPE_BRIDGES`: a raid and an air or drone strike, since a
  "raid" is also an air raid), and the generic ``attack`` with every type but ``other``. Nothing else: an
  armed clash is not an air strike, a car bomb is not a shelling;
* **same place**: both resolved at ``place`` precision to the same gazetteer id
  or to points at most ``max_distance_km`` apart (haversine), or ``report_max_distance_km`` (a few km: a town and
  its quarter, a site by its village) when a side has only a report date, whose week holds strikes on neighbouring
  villages (two spellings of one name still merge up to ``max_distance_km``); reports located
  only at district/governorate level merge only when they name the same place
  id *and* the same toponym after name normalisation
  (:func:`mapapp.geocode.normalize.normalize_name`: ``al-Busayrah`` and
  ``Busayrah`` agree, two unknown villages in one governorate do not), or, at
  any two levels, when both name one place (:func:`one_place_name`: ``al-Zar``
  placed at its governorate in one report and ``Zer`` at the town near it in
  another) in one governorate, a name that is only the area ("Deir ez-Zor
  countryside") excepted; unresolved / outside-coverage reports never merge;
* **compatible casualties**: one report saying nobody was killed and the other
  telling of dead are two events (:func:`casualties_conflict`); other
  differences are not a conflict (tolls rise, outlets count differently);
* **actors of one side**: a one-sided event (a strike, a shelling, a bombing, an attack) credited to parties of
  different sides (:data:`ACTOR_SIDES`: an ISIS execution and a coalition air strike on the next village the same
  week) is two events (:func:`actors_conflict`); parties of one side (the SDF or the coalition for one joint raid)
  and unnamed actors are not a conflict, nor are the actors of a clash (either side may be its subject);
* **matching days**: two exact days at most ``max_day_gap`` apart. A *report
  date* (``IncidentDate.precision == "report"``: the text gives no date, the
  publication date stands in) says the event happened on or before it, so it
  matches an exact day within the ``report_window_days`` days up to it (plus
  the gap before the window, never after the publication: a text cannot tell
  of an event later than the day it appeared): a text published on the 10th
  without a date matches a strike told as of the 8th, but never one of the 11th. Two report dates match only when
  published at most ``max_day_gap`` apart: two undated texts a week apart about
  fighting at one town are as likely two days of fighting as one. Because a
  report date covers a week, an incident holding one must match on dates
  pairwise (complete linkage on dates): a report date never bridges two days
  that do not match each other, while incidents of exact days alone still
  chain as before. Both undated with the same month/day partial (``May 24`` in
  two articles) also match.

Fully undated reports, and reports told only at governorate level, are beyond
that rule. With nothing but a place and a type they cannot be told apart from
two different strikes on one town (on the Airwars texts, villages the gazetteer
lacks land on the town they are placed by: Tall Tamr, Qamishli, Ayn Issa), so:

* they merge automatically only when :func:`corroborated_reason` holds (the
  same place, type family (one kind when a side is fully undated) and named actor, the same stated toll of at least
  :data:`MIN_FINGERPRINT_TOLL`, no conflicting date) **and** the choice is
  unique (:func:`_join_corroborated`: a report fitting two incidents joins
  neither);
* otherwise, where :func:`suggestion_reason` holds (the same, without the toll),
  the store offers the pair to an analyst as a possible duplicate (so are two reports the rule leaves apart only
  for want of a told day: texts giving no day published two to seven days apart at one place, whose weeks overlap,
  and a report date on a matching day at a differently named place 3 to 10 km away; and where the same place is
  asked, two places of one governorate a few km apart, each named by its report, as a town and its quarter, will
  do); "same event"
  and "not the same" are kept as decisions the clustering honours. Suggestions are ranked
  (:func:`suggestion_priority`): both reports naming one place in any spelling, and one event type, come first;
  within a priority, pairs whose incidents have fewer other suggestions (:func:`review_order`: a report that
  fits one incident is a better lead than one fitting every strike on a town). :func:`suggested_pairs` finds
  every suggestion among many reports, comparing only reports that share a place or a governorate-level
  report with the places of its governorate.

What two reports share beyond place and type does not tell one event from two either: measured on the
development sets (pairs of predictions of different documents that the rule looks at, whose reports matched
gold events: 30 pairs of one event, 343 of two), with stop words and common conflict words left out:

================================================================  =========  ==========
signal (evidence sentence unless said)                            one event  two events
================================================================  =========  ==========
word overlap, rapidfuzz token-set ratio >= 50 / >= 60             7 / 2      68 / 15
shared words weighted by rarity in the store (IDF Jaccard >= .2)  1          4
two or more shared rare words (in at most 3 reports)              1          1
a shared capitalised name                                         4          91
the same killed and injured figures                               1          46
the same toponym string                                           7          51
the sentence with 300 characters around, tf-idf cosine >= 0.2     1          32
the whole documents, tf-idf cosine >= 0.3                         9          37
================================================================  =========  ==========

Different outlets tell one event in different words, while one outlet's bulletins about different killings
share a template, so no content signal merges safely. Among suggestions, the whole documents' tf-idf cosine
ranks about as well as the place name and type do (area under the ranking curve 0.77 against 0.72; the
evidence sentence's words 0.51-0.65), but it needs every document's text and the store's word counts at queue
time: not used.

Casualty bounds combine as low = max of lows, high = max of highs, with an
open upper bound (``at least 18``) staying open; when the reports' bounds are
not all equal the disagreement is kept visible (:class:`CombinedCasualties`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from rapidfuzz import fuzz

from mapapp.geocode.gazetteer import consonant_skeleton, match_score
from mapapp.geocode.normalize import normalize_name
from mapapp.geocode.resolver import ACCEPT_SCORE, MIN_SKELETON_CONSONANTS
from mapapp.model import (
    AIR_TYPES,
    Casualties,
    EventType,
    Incident,
    IncidentDate,
    Location,
    Precision,
)

_EARTH_RADIUS_KM = 6371.0088

#: Best location precision first (used to choose the merged incident's location).
_PRECISION_RANK = {
    Precision.PLACE: 0,
    Precision.ADMIN3: 1,
    Precision.ADMIN2: 2,
    Precision.ADMIN1: 3,
    Precision.OUTSIDE_COVERAGE: 4,
    Precision.UNRESOLVED: 5,
}


@dataclass(frozen=True)
class MergeRule:
    """Thresholds of the same-event rule."""

    max_distance_km: float = 10.0
    max_day_gap: int = 1
    #: Days before its publication that a report date (no date in the text) may stand for.
    report_window_days: int = 7
    #: How far apart two differently named places may be for a pair with a report date to merge: a week's window
    #: and 10 km hold several strikes on neighbouring villages, so such a pair merges only when the points are a
    #: few km apart (a town and its quarter, a site by its village); further, it is put to the analyst.
    report_max_distance_km: float = 3.0

    def __post_init__(self) -> None:
        if (
            self.max_distance_km < 0 or self.max_day_gap < 0 or self.report_window_days < 0
            or self.report_max_distance_km < 0
        ):
            raise ValueError("merge thresholds must not be negative")


#: Families of event types that outlets use for one kind of event (see the module docstring). Within a family
#: every pair is compatible; across families only the bridges below are.
EVENT_TYPE_FAMILIES: dict[str, tuple[EventType, ...]] = {
    # fire from a distance: "Turkish bombardment" is written of drone strikes and of artillery alike, and Airwars
    # itself records strikes as "airstrike and/or artillery" where the sources do not tell
    "remote fire": (EventType.AIRSTRIKE, EventType.DRONE_STRIKE, EventType.SHELLING),
    # one assault told from either side: "forces stormed", "clashes broke out"
    "ground assault": (EventType.RAID, EventType.ARMED_CLASH),
    # one explosion: a car bomb driven by a suicide bomber is written as either, an "explosive device" as an IED
    "bombing": (EventType.IED, EventType.CAR_BOMB, EventType.SUICIDE_BOMB),
}

#: Pairs across families that may still be one event: a "raid" is also what outlets call an air raid.
EVENT_TYPE_BRIDGES: tuple[tuple[EventType, EventType], ...] = (
    (EventType.RAID, EventType.AIRSTRIKE),
    (EventType.RAID, EventType.DRONE_STRIKE),
)

#: The generic type: "an attack" is what an outlet writes of any of the specific kinds (except ``other``).
GENERIC_EVENT_TYPE = EventType.ATTACK

#: Types that merge with nothing but themselves: ``other`` says the extractor could not tell the kind.
SELF_ONLY_EVENT_TYPES = frozenset({EventType.OTHER})


def _compatibility_table() -> dict[str, frozenset[str]]:
    related: dict[str, set[str]] = {kind.value: {kind.value} for kind in EventType}

    def link(first: EventType, second: EventType) -> None:
        related[first.value].add(second.value)
        related[second.value].add(first.value)

    for members in EVENT_TYPE_FAMILIES.values():
        for first in members:
            for second in members:
                link(first, second)
    for first, second in EVENT_TYPE_BRIDGES:
        link(first, second)
    for kind in EventType:
        if kind not in SELF_ONLY_EVENT_TYPES:
            link(GENERIC_EVENT_TYPE, kind)
    return {kind: frozenset(kinds) for kind, kinds in related.items()}


#: Event types that may be one event told differently: symmetric and reflexive, built from
#: :data:`EVENT_TYPE_FAMILIES`, :data:`EVENT_TYPE_BRIDGES` and :data:`GENERIC_EVENT_TYPE`. Not transitive:
#: shelling ~ attack ~ raid does not make shelling ~ raid, nor armed clash ~ raid ~ airstrike an armed clash ~
#: airstrike (a firefight on the ground is not a strike from the air).
COMPATIBLE_TYPES: dict[str, frozenset[str]] = _compatibility_table()


def compatible_types(event_type: str) -> frozenset[str]:
    """The event types a report of ``event_type`` may merge with (itself included)."""
    return COMPATIBLE_TYPES.get(event_type, frozenset({event_type}))


def type_relation(first: str, second: str) -> str | None:
    """How two event types relate, in words for a merge reason, or None when they are not compatible."""
    if first == second:
        return f"both {first}"
    if second not in compatible_types(first):
        return None
    for family, members in EVENT_TYPE_FAMILIES.items():
        if {first, second} <= {kind.value for kind in members}:
            return f"{first} ~ {second} ({family})"
    if GENERIC_EVENT_TYPE.value in (first, second):
        return f"{first} ~ {second} (generic attack)"
    return f"{first} ~ {second} (air raid)"


@dataclass(frozen=True)
class ReportKey:
    """What the same-event rule looks at in one report."""

    report_id: str
    document_id: str
    event_type: str
    place_id: str | None = None
    precision: str = Precision.UNRESOLVED.value
    lat: float | None = None
    lon: float | None = None
    toponym: str | None = None
    date_value: date | None = None
    month: int | None = None
    day: int | None = None
    #: ``date_value`` is a report date (the publication date of a text giving none): on or before that day.
    report_date: bool = False
    #: The governorate of the resolved place (a governorate-level report's own), for place containment.
    admin1: str | None = None
    #: Who did it, casefolded (the extractor's canonical name), or None when the text names nobody.
    actor: str | None = None
    #: Killed bounds as extracted (None: no figure; ``killed_high`` None with a low: "at least").
    killed_low: int | None = None
    killed_high: int | None = None
    #: The toponym is not itself a name of the resolved place (a village the gazetteer lacks, placed at the town
    #: the text locates it by): two such reports naming different villages name different places.
    approximate: bool = False

    @property
    def fully_undated(self) -> bool:
        """No day, no publication date standing in, not even a month and day."""
        return self.date_value is None and not (self.month and self.day)

    @property
    def killed_stated(self) -> bool:
        return self.killed_low is not None

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None and self.place_id is not None

    def day_interval(self, rule: MergeRule) -> tuple[date, date] | None:
        """The first and last day the event may have happened on, or None when undated."""
        if self.date_value is None:
            return None
        if self.report_date:
            return self.date_value - timedelta(days=rule.report_window_days), self.date_value
        return self.date_value, self.date_value

    @classmethod
    def from_incident(cls, incident: Incident, document_id: str, date_value: date | None) -> ReportKey:
        """Build the key of ``incident`` (``date_value`` from :func:`effective_dates`)."""
        location = incident.location
        mappable = location is not None and location.is_mappable and location.place is not None
        place = location.place if mappable and location is not None else None
        incident_date = incident.date
        return cls(
            report_id=incident.id,
            document_id=document_id,
            event_type=incident.event_type.value,
            place_id=place.id if place else None,
            precision=location.precision.value if location else Precision.UNRESOLVED.value,
            lat=place.lat if place else None,
            lon=place.lon if place else None,
            toponym=normalize_toponym(location.toponym) if location and location.toponym else None,
            date_value=date_value,
            month=None if date_value or incident_date is None else incident_date.month,
            day=None if date_value or incident_date is None else incident_date.day,
            report_date=bool(date_value and incident_date is not None and incident_date.precision == "report"),
            admin1=place.admin1 if place else None,
            actor=normalize_actor(incident.actor),
            killed_low=_toll(incident.killed.low) if incident.killed else None,
            killed_high=_toll(incident.killed.high) if incident.killed and _toll(incident.killed.low) is not None else None,
            approximate=bool(place and location and not names_the_place(location.toponym, location.matched_name)),
        )


#: How alike (rapidfuzz partial ratio, 0..100, after place-name normalisation) a toponym and the gazetteer name it
#: resolved through must be for the toponym to name that place itself ("Tal Tamr countryside" and "Tall Tamr" do;
#: a village placed at the town near it does not).
SAME_NAME_RATIO = 85.0


def names_the_place(toponym: str | None, matched_name: str | None) -> bool:
    """True when ``toponym`` is a spelling of ``matched_name`` (the gazetteer name the geocoder matched)."""
    if not toponym or not matched_name:
        return True  # nothing says otherwise
    first, second = normalize_name(toponym), normalize_name(matched_name)
    if not first or not second:
        return True
    return first == second or fuzz.partial_ratio(first, second) >= SAME_NAME_RATIO


#: A toll above this is no fingerprint of an event (an absurd figure read from a tally): the key leaves it out.
MAX_TOLL = 1_000_000


def _toll(value: int | None) -> int | None:
    return value if value is not None and 0 <= value <= MAX_TOLL else None


def normalize_actor(actor: str | None) -> str | None:
    """An actor name as the corroborated rule compares it: casefolded, spaces collapsed; None when empty."""
    if not actor or not actor.strip():
        return None
    return " ".join(actor.casefold().split())


def normalize_toponym(text: str) -> str:
    """Case- and space-insensitive form of a toponym, as stored with a report (compared by :func:`same_toponym`)."""
    return " ".join(text.casefold().split())


def same_toponym(first: str | None, second: str | None) -> bool:
    """True when two toponyms are one name after place-name normalisation (articles, spelling variants)."""
    if not first or not second:
        return False
    return first == second or normalize_name(first) == normalize_name(second) != ""


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    Written by hand: the rule is defined as haversine over a few km, where the
    spherical error is far below gazetteer precision; a geodesic library would add
    nothing here.
    """
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def search_box(lat: float, lon: float, radius_km: float) -> tuple[float, float, float, float]:
    """A (min_lon, min_lat, max_lon, max_lat) box containing the circle of ``radius_km`` around a point."""
    # 1% margin: a great circle leaves a parallel, so the box's east/west edge along
    # the parallel is slightly less than radius_km away; the exact test is haversine.
    dlat = math.degrees(radius_km * 1.01 / _EARTH_RADIUS_KM)
    cos_lat = max(math.cos(math.radians(lat + math.copysign(dlat, lat))), 1e-6)
    dlon = min(180.0, dlat / cos_lat)
    return lon - dlon, lat - dlat, lon + dlon, lat + dlat


def _place_reason(a: ReportKey, b: ReportKey, rule: MergeRule) -> str | None:
    if not (a.located and b.located):
        return None
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    distance = haversine_km(a.lat, a.lon, b.lat, b.lon)
    both_places = a.precision == Precision.PLACE.value and b.precision == Precision.PLACE.value
    if both_places:
        if a.place_id == b.place_id:
            return f"same place {a.place_id}, {distance:.1f} km"
        if distance <= _distance_limit(a, b, rule):
            return f"places {a.place_id} and {b.place_id}, {distance:.1f} km apart"
        if distance <= rule.max_distance_km and _one_place_at_two_precisions(a, b):
            names = repr(a.toponym) if a.toponym == b.toponym else f"{a.toponym!r} ~ {b.toponym!r}"
            return f"both name {names} in {a.admin1}, places {a.place_id} and {b.place_id}, {distance:.1f} km apart"
        return None
    if a.place_id == b.place_id and same_toponym(a.toponym, b.toponym):
        names = repr(a.toponym) if a.toponym == b.toponym else f"{a.toponym!r} = {b.toponym!r}"
        return f"same toponym {names} located at {a.precision} level ({a.place_id})"
    if _one_place_at_two_precisions(a, b):
        names = repr(a.toponym) if a.toponym == b.toponym else f"{a.toponym!r} ~ {b.toponym!r}"
        return f"both name {names} in {a.admin1}, located at {a.precision} and {b.precision} level"
    return None


def _distance_limit(a: ReportKey, b: ReportKey, rule: MergeRule) -> float:
    """How far apart two differently named places may be for ``a`` and ``b`` to merge: ``max_distance_km`` for two
    told days, ``report_max_distance_km`` when either side has only a report date (a week's window)."""
    return rule.report_max_distance_km if (a.report_date or b.report_date) else rule.max_distance_km


def _one_place_at_two_precisions(a: ReportKey, b: ReportKey) -> bool:
    """Both reports name one place (:func:`one_place_name`: ``al-Zar`` and ``Zer``), in one governorate, but the
    geocoder placed them at different levels or points: a village the gazetteer lacks, placed at the governorate
    in one report and at the town the other report locates it by. A name that is only the area ("Deir ez-Zor
    countryside") names no place of its own, and two reports that are both only approximately placed must still
    agree on that name."""
    if a.admin1 is None or a.admin1 != b.admin1 or not a.toponym or not b.toponym:
        return False
    if (a.precision in _AREA_PRECISIONS and names_only_the_area(a)) or (
        b.precision in _AREA_PRECISIONS and names_only_the_area(b)
    ):
        return False
    return one_place_name(a.toponym, b.toponym)


def _date_reason(a: ReportKey, b: ReportKey, rule: MergeRule) -> str | None:
    if a.date_value is not None and b.date_value is not None:
        if a.report_date == b.report_date:  # two exact days, or two publication dates standing in for the day
            gap = abs((a.date_value - b.date_value).days)
            if gap > rule.max_day_gap:
                return None
            label = "report dates" if a.report_date else "dates"
            if gap == 0:
                return f"same {label[:-1]} {a.date_value.isoformat()}"
            days = "day" if gap == 1 else "days"
            earlier, later = sorted((a.date_value, b.date_value))
            return f"{label} {earlier.isoformat()} and {later.isoformat()} ({gap} {days})"
        exact, reported = (b, a) if a.report_date else (a, b)
        interval = reported.day_interval(rule)
        assert interval is not None and exact.date_value is not None and reported.date_value is not None
        slack = timedelta(days=rule.max_day_gap)
        if not interval[0] - slack <= exact.date_value <= interval[1]:
            return None
        return (
            f"{exact.date_value.isoformat()} within the {rule.report_window_days} days up to "
            f"report date {reported.date_value.isoformat()}"
        )
    if a.date_value is None and b.date_value is None and a.month and a.day and (a.month, a.day) == (b.month, b.day):
        return f"both undated, same day {a.month:02d}-{a.day:02d} (no year)"
    return None


def _dates_agree(first: Sequence[ReportKey], second: Sequence[ReportKey], rule: MergeRule) -> bool:
    """Whether two groups may join on dates: when either holds a report date, every pair of the joined group
    must match on dates (so a report date, covering a week, never bridges days that do not match each other);
    groups of exact days alone join as before (single linkage)."""
    joined = [*first, *second]
    if not any(key.report_date for key in joined):
        return True
    return all(_date_reason(x, y, rule) is not None for i, x in enumerate(joined) for y in joined[i + 1:])


def _actors_agree(first: Sequence[ReportKey], second: Sequence[ReportKey]) -> bool:
    """Whether two groups may join on actors: no report of one and report of the other credit a one-sided event to
    different sides (:func:`actors_conflict`), so a report naming nobody never bridges an ISIS attack and a coalition
    strike (complete linkage on actors, as on report dates)."""
    return not any(actors_conflict(x, y) for x in first for y in second if x.actor and y.actor)


def casualties_conflict(a: ReportKey, b: ReportKey) -> bool:
    """True when one report says nobody was killed and the other tells of dead: an interception without harm and a
    deadly strike the same day near one town are two events. Other differences in the figures are not a conflict:
    tolls rise from one report to the next and outlets count differently, so "3 killed" and "5 killed" may be one
    event (the merged incident keeps both figures visible)."""
    if not (a.killed_stated and b.killed_stated):
        return False
    no_dead = (a.killed_low == 0 and a.killed_high == 0, b.killed_low == 0 and b.killed_high == 0)
    some_dead = ((a.killed_low or 0) > 0, (b.killed_low or 0) > 0)
    return (no_dead[0] and some_dead[1]) or (no_dead[1] and some_dead[0])


#: The side each named actor (the extractor's canonical names, casefolded) fights on. Two reports of one event may
#: name different parties of one side (outlets credit a joint raid to the SDF or to the coalition, a shelling to
#: Turkish forces or to the factions they back, an air strike near Albukamal to the coalition or to Israel), but
#: not parties of different sides: an ISIS execution is not a coalition air strike, a Russian air strike is not a
#: Turkish drone strike. Every name of :data:`mapapp.extract.lexicon.NAMED_ACTORS` has a side (a test checks it).
ACTOR_SIDES: dict[str, str] = {
    "isis": "ISIS",
    "syrian army": "the Syrian government and its allies",
    "russian forces": "the Syrian government and its allies",
    "ndf": "the Syrian government and its allies",
    "iran-backed militias": "the Syrian government and its allies",
    "turkish forces": "Turkey and the factions it backs",
    "turkish-backed factions": "Turkey and the factions it backs",
    "sdf": "the SDF and the coalition against ISIS",
    "asayish": "the SDF and the coalition against ISIS",
    "pkk/ypg": "the SDF and the coalition against ISIS",
    "ypg": "the SDF and the coalition against ISIS",
    "us-led coalition": "the SDF and the coalition against ISIS",
    "iraqi military": "the SDF and the coalition against ISIS",
    "israel": "the SDF and the coalition against ISIS",
    "arab tribal fighters": "Arab tribal fighters",
}
#: Names the extractor gave a party before, still in stores written then (casefolded) -> the party's name now.
FORMER_ACTOR_NAMES: dict[str, str] = {"arab tribal forces": "arab tribal fighters"}
ACTOR_SIDES.update({former: ACTOR_SIDES[now] for former, now in FORMER_ACTOR_NAMES.items()})

#: Event types with two sides, either of which a text may make the actor ("ISIS cells attacked an SDF post" and
#: "the SDF repelled an ISIS attack" tell one clash): the actors of such reports are never compared. A raid or an
#: attack is one-sided unless both reports are of those kinds.
TWO_SIDED_EVENT_TYPES = frozenset({EventType.ARMED_CLASH.value})
_GROUND_EVENT_TYPES = frozenset({EventType.RAID.value, EventType.ATTACK.value})


def actor_sides(actor: str | None) -> frozenset[str]:
    """The sides of a report's (casefolded) actor: one for a party or a joint operation of allies, empty when it is
    unnamed or not a party the table knows ("gunmen")."""
    if actor is None:
        return frozenset()
    members = actor.split(" and ") if actor not in ACTOR_SIDES else [actor]
    sides = [ACTOR_SIDES.get(member) for member in members]
    return frozenset(side for side in sides if side is not None) if all(sides) else frozenset()


def actors_conflict(a: ReportKey, b: ReportKey) -> bool:
    """True when the two reports credit a one-sided event to parties of different sides (:data:`ACTOR_SIDES`):
    then they tell two events, whatever the place and day. Unnamed actors, two-sided events (a clash) and two
    ground reports (a raid, an attack: told from either side) never conflict."""
    if a.event_type in TWO_SIDED_EVENT_TYPES or b.event_type in TWO_SIDED_EVENT_TYPES:
        return False
    if a.event_type in _GROUND_EVENT_TYPES and b.event_type in _GROUND_EVENT_TYPES:
        return False
    first, second = actor_sides(a.actor), actor_sides(b.actor)
    return bool(first and second) and not first & second


def match_reason(a: ReportKey, b: ReportKey, rule: MergeRule | None = None) -> str | None:
    """Why ``a`` and ``b`` are the same event, or None when they are not (see the module docstring)."""
    rule = rule or MergeRule()
    if a.document_id == b.document_id or b.event_type not in compatible_types(a.event_type):
        return None
    if casualties_conflict(a, b) or actors_conflict(a, b):
        return None
    place = _place_reason(a, b, rule)
    if place is None:
        return None
    when = _date_reason(a, b, rule)
    if when is None:
        return None
    kinds = type_relation(a.event_type, b.event_type)
    return f"{place}; {when}; {kinds}"


def _contained_place_reason(a: ReportKey, b: ReportKey) -> str | None:
    """The place condition of the corroborated rule and of suggestions (stricter than the same-event rule's 10 km):

    * the same gazetteer point, where at most one side is *near* it rather than *at* it (a village the gazetteer
      lacks, placed at the town the text locates it by; a governorate-level report) unless both name the same
      place: two villages placed at one town are two places;
    * or a report told only at governorate (or district) level, naming nothing but that area or the same name,
      and a place in that governorate.
    """
    if not (a.located and b.located):
        return None
    if a.place_id == b.place_id:
        if not (_near(a) or _near(b)):
            return f"same place {a.place_id}"
        if _near(a) and _near(b) and (not same_toponym(a.toponym, b.toponym) or names_only_the_area(a)):
            return None  # two villages placed at one town, or two reports of somewhere in one governorate
        if same_toponym(a.toponym, b.toponym):
            return f"both name {a.toponym!r} ({a.place_id})"
        return f"{(a if _near(a) else b).toponym!r}, placed at {a.place_id}, and a report naming that place"
    if same_toponym(a.toponym, b.toponym) and (_contains(a, b) or _contains(b, a)):
        return f"both name {a.toponym!r} ({a.place_id}, {b.place_id})"
    for area, place in ((a, b), (b, a)):
        if _contains(area, place) and names_only_the_area(area):
            named = f" ({area.toponym!r})" if area.toponym else ""
            return f"{place.place_id} lies in {area.admin1}, where the other report is placed{named}"
    return None


def _near(key: ReportKey) -> bool:
    """The report's point is a place its toponym is near or in, not the place it names."""
    return key.approximate or key.precision != Precision.PLACE.value


def _contains(area: ReportKey, place: ReportKey) -> bool:
    """``area`` is told at governorate or district level and ``place`` (a place, or a village placed near one)
    lies in its governorate."""
    return (
        area.precision in _GOVERNORATE_PRECISIONS and place.precision in _FINER_PRECISIONS
        and area.admin1 is not None and area.admin1 == place.admin1
    )


_FINER_PRECISIONS = frozenset({Precision.PLACE.value, Precision.ADMIN3.value})


#: One party the extractor names two ways (casefolded): the SDF's Kurdish core by its own name, "YPG", where the text
#: calls it so or before the SDF was founded (:func:`mapapp.extract.lexicon.actor_as_named`, ``actor_of_its_time``).
_ONE_PARTY_NAMES = {"ypg": "sdf"}


def _parties(actor: str) -> set[str]:
    """The parties a report key's actor names (a joint operation's each), one party under one name: "ypg and us-led
    coalition" is {"sdf", "us-led coalition"}."""
    return {_ONE_PARTY_NAMES.get(member, member) for member in actor.split(" and ")}


def _actors_overlap(a: ReportKey, b: ReportKey) -> bool:
    """Both name an actor and share one ("SDF and US-led coalition" shares the SDF with "SDF"; "YPG" is the SDF's
    Kurdish core, :data:`_ONE_PARTY_NAMES`)."""
    if a.actor is None or b.actor is None:
        return False
    return a.actor == b.actor or bool(_parties(a.actor) & _parties(b.actor))


_GOVERNORATE_PRECISIONS = frozenset({Precision.ADMIN1.value, Precision.ADMIN2.value})
_AREA_PRECISIONS = frozenset({Precision.ADMIN1.value, Precision.ADMIN2.value, Precision.ADMIN3.value})

#: Words that say where in a governorate, not which place: "the eastern Deir ez-Zor countryside".
_AREA_WORDS = frozenset(
    "the of in rural countryside province governorate region area desert badia "
    "north south east west northern southern eastern western northeastern northwestern southeastern southwestern "
    "north-east north-west south-east south-west".split()
)


def names_only_the_area(key: ReportKey) -> bool:
    """True when a governorate-level report's toponym is the governorate itself ("Deir ez-Zor countryside",
    "eastern Hasakah province"), not a village of its own the gazetteer lacks."""
    if not key.toponym or not key.admin1:
        return not key.toponym
    rest = " ".join(word for word in key.toponym.split() if word not in _AREA_WORDS)
    return not rest or same_toponym(rest, normalize_toponym(key.admin1))


def _dates_do_not_conflict(a: ReportKey, b: ReportKey, rule: MergeRule, *, tight: bool = False) -> str | None:
    """A fully undated side conflicts with nothing; otherwise the dates must match as the same-event rule says
    (``tight``: and not through the week a report date stands for: two told days, or two publication dates,
    at most ``max_day_gap`` apart)."""
    if a.fully_undated or b.fully_undated:
        return "undated" if a.fully_undated and b.fully_undated else "one undated"
    if tight and a.report_date != b.report_date:
        return None
    return _date_reason(a, b, rule)


def _bounds(low: int | None, high: int | None) -> str:
    return f"{low}+" if high is None else (str(low) if high == low else f"{low}-{high}")


#: The smallest death toll the corroborated rule takes as telling one event from another.
MIN_FINGERPRINT_TOLL = 2


#: Event types outlets use for one strike from the air: "an air strike" and "a drone strike" are one kind of event.
AIR_STRIKE_TYPES = frozenset(event_type.value for event_type in AIR_TYPES)


def _one_kind(first: str, second: str) -> bool:
    """The same event type, or two names of a strike from the air (:data:`AIR_STRIKE_TYPES`); not artillery and a
    drone, nor a generic attack and a specific kind, which the same-event rule accepts only with matching days."""
    return first == second or {first, second} <= AIR_STRIKE_TYPES


def corroborated_reason(a: ReportKey, b: ReportKey, rule: MergeRule | None = None) -> str | None:
    """Why ``a`` and ``b`` are the same event although the same-event rule cannot tell (a side undated, or told
    only at governorate level), or None. Everything else must agree, strictly:

    * different documents and compatible event types (:data:`COMPATIBLE_TYPES`), of one kind when a side is fully
      undated (:func:`_one_kind`: nothing else then anchors the pair, and a Turkish drone strike killing three at a
      town and a Turkish shelling killing three there years before are two events);
    * the same gazetteer place, or a governorate-level report and a place in that governorate
      (:func:`_contained_place_reason`);
    * the same actor, named by both;
    * the same death toll, stated by both and at least :data:`MIN_FINGERPRINT_TOLL` (a toll is the fingerprint
      that tells two strikes on one village apart; "one killed" is said of too many events to tell any apart);
    * no conflicting dates: a fully undated side conflicts with nothing; two dated sides must be within
      ``max_day_gap`` days, not merely inside the week a report date stands for.

    This only makes a *candidate*: :func:`cluster_reports` merges candidates only where the choice is unique
    (the same village is struck many times; two incidents that both fit leave the report alone).
    """
    rule = rule or MergeRule()
    if a.document_id == b.document_id:
        return None
    kinds = type_relation(a.event_type, b.event_type)
    if kinds is None or a.actor is None or a.actor != b.actor:
        return None
    if (a.fully_undated or b.fully_undated) and not _one_kind(a.event_type, b.event_type):
        return None  # with no day to anchor it, "a drone strike" and "shelling" of one toll are two fingerprints
    if not (a.killed_stated and b.killed_stated) or (a.killed_low, a.killed_high) != (b.killed_low, b.killed_high):
        return None
    if a.killed_low is None or a.killed_low < MIN_FINGERPRINT_TOLL:
        return None
    place = _contained_place_reason(a, b)
    if place is None:
        return None
    when = _dates_do_not_conflict(a, b, rule, tight=True)
    if when is None:
        return None
    return f"corroborated: {place}; {when}; {kinds}; both by {a.actor}; both {_bounds(a.killed_low, a.killed_high)} killed"


def suggestion_reason(a: ReportKey, b: ReportKey, rule: MergeRule | None = None) -> str | None:
    """Why ``a`` and ``b`` may be the same event, for an analyst to confirm, or None.

    What :func:`corroborated_reason` asks, except the toll: different documents, compatible types, the same
    gazetteer place (or a governorate-level report naming nothing but the governorate, or the same name, and a
    place in it), an actor named by both (one of a joint "X and Y" will do), and no conflict: killed ranges overlap where both state one, and
    dates match where both have one. One side must be fully undated or told at governorate level (otherwise the
    same-event rule has already decided), or the rule left the two apart only for want of a told day: two report
    dates two to seven days apart whose weeks overlap (:func:`_report_windows_overlap`), or a report date on a
    matching day at a differently named place 3 to 10 km away (:func:`_report_dated_nearby`); a governorate-level
    report naming only the governorate is linked to a
    place in it only when both are dated (undated, it would match every strike in the governorate). A suggestion is never merged by itself: the analyst confirms it
    (:meth:`mapapp.store.IncidentStore.join`) or dismisses it (:meth:`mapapp.store.IncidentStore.keep_apart`).
    """
    rule = rule or MergeRule()
    if a.document_id == b.document_id:
        return None
    overlapping = _report_windows_overlap(a, b, rule)
    nearby = _report_dated_nearby(a, b, rule)
    if not (
        a.fully_undated or b.fully_undated or a.precision in _AREA_PRECISIONS or b.precision in _AREA_PRECISIONS
        or overlapping or nearby
    ):
        return None
    kinds = type_relation(a.event_type, b.event_type)
    if kinds is None or not _actors_overlap(a, b):
        return None
    if a.killed_stated and b.killed_stated:
        assert a.killed_low is not None and b.killed_low is not None
        a_high = a.killed_high if a.killed_high is not None else math.inf
        b_high = b.killed_high if b.killed_high is not None else math.inf
        if a.killed_low > b_high or b.killed_low > a_high:
            return None
    neighbouring = _neighbouring_places(a, b, rule)
    place = nearby or _contained_place_reason(a, b) or neighbouring
    if place is None:
        return None
    if (
        a.place_id != b.place_id and not same_toponym(a.toponym, b.toponym) and (a.fully_undated or b.fully_undated)
        and neighbouring is None
    ):
        return None  # "somewhere in the governorate" with no date matches every strike there: not a lead
    when = _dates_do_not_conflict(a, b, rule) or overlapping
    if when is None:
        return None
    actors = f"both by {a.actor}" if a.actor == b.actor else f"by {a.actor} / {b.actor}"
    return f"possibly the same event: {place}; {when}; {kinds}; {actors}"


def _report_windows_overlap(a: ReportKey, b: ReportKey, rule: MergeRule) -> str | None:
    """Two texts giving no day (report dates), published more than ``max_day_gap`` but at most
    ``report_window_days`` days apart: each event happened in the week up to its text's publication, so the two may
    be one event told late by one outlet, or two strikes on one place that week. Not merged (:func:`_date_reason`);
    a lead for the analyst when the rest agrees (:func:`suggestion_reason`)."""
    if not (a.report_date and b.report_date) or a.date_value is None or b.date_value is None:
        return None
    gap = abs((a.date_value - b.date_value).days)
    if not rule.max_day_gap < gap <= rule.report_window_days:
        return None
    earlier, later = sorted((a.date_value, b.date_value))
    return f"report dates {earlier.isoformat()} and {later.isoformat()} ({gap} days: the weeks they stand for overlap)"


def _report_dated_nearby(a: ReportKey, b: ReportKey, rule: MergeRule) -> str | None:
    """Two differently named places of one governorate, more than ``report_max_distance_km`` but at most
    ``max_distance_km`` apart, on matching dates where one is a report date: the same-event rule merges such places
    on two told days, but a week's window holds strikes on neighbouring villages, so the pair is a lead for the
    analyst, not a merge."""
    if not (a.report_date or b.report_date) or not (a.located and b.located) or a.place_id == b.place_id:
        return None
    if a.precision != Precision.PLACE.value or b.precision != Precision.PLACE.value or a.admin1 != b.admin1:
        return None
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    distance = haversine_km(a.lat, a.lon, b.lat, b.lon)
    if not rule.report_max_distance_km < distance <= rule.max_distance_km:
        return None
    if _date_reason(a, b, rule) is None or _place_reason(a, b, rule) is not None:
        return None
    return f"places {a.place_id} and {b.place_id}, {distance:.1f} km apart"


def _neighbouring_places(a: ReportKey, b: ReportKey, rule: MergeRule) -> str | None:
    """Two gazetteer places of one governorate, each named by its report, at most ``report_max_distance_km`` apart
    (a town and one of its quarters, a prison by its town): what the same place is for a suggestion beside
    :func:`_contained_place_reason`."""
    if a.place_id == b.place_id or not (a.located and b.located) or _near(a) or _near(b) or a.admin1 != b.admin1:
        return None
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    distance = haversine_km(a.lat, a.lon, b.lat, b.lon)
    if distance > rule.report_max_distance_km:
        return None
    return f"places {a.place_id} and {b.place_id}, {distance:.1f} km apart"


def _name_core(toponym: str) -> str:
    """A toponym's normalised name without the words that say where in an area ("the countryside of Derik" ->
    the key of "Derik"); empty when nothing else is left."""
    return normalize_name(" ".join(word for word in toponym.split() if word not in _AREA_WORDS))


def one_place_name(first: str | None, second: str | None) -> bool:
    """True when two toponyms are one place name told differently, as the geocoder judges spellings: equal after
    place-name normalisation (:func:`same_toponym`) or once the area words are left out ("Tal Tamr countryside",
    "the Tal Tamr countryside"), the same consonants with vowels in the same places (Busirah/Busayrah, Gweiran/
    Ghwaryan: :func:`~mapapp.geocode.gazetteer.consonant_skeleton`, at least
    :data:`~mapapp.geocode.resolver.MIN_SKELETON_CONSONANTS` consonants), or a geocoder match score of at least
    :data:`~mapapp.geocode.resolver.ACCEPT_SCORE` (Qamishlo/Qamishli). A village and the town it lies by are
    two names."""
    if same_toponym(first, second):
        return True
    if not first or not second:
        return False
    core_a, core_b = _name_core(first), _name_core(second)
    if not core_a or not core_b:
        return False
    if core_a == core_b or match_score(core_a, core_b) >= ACCEPT_SCORE:
        return True
    skeleton = consonant_skeleton(core_a)
    return skeleton == consonant_skeleton(core_b) and len(skeleton.replace("V", "")) >= MIN_SKELETON_CONSONANTS


#: The order possible duplicates are put to an analyst in (:func:`suggestion_priority`, lowest first).
SUGGESTION_PRIORITIES: dict[int, str] = {
    0: "one place name, one event type",
    1: "one place name, related event types",
    2: "different names (a village and the town it is placed at, or a place in the other's governorate), one event type",
    3: "different names, related event types",
}


def suggestion_priority(a: ReportKey, b: ReportKey) -> int:
    """How likely a possible duplicate (:func:`suggestion_reason`) is one event, as a rank for the review queue:
    0 is put to the analyst first (see :data:`SUGGESTION_PRIORITIES`).

    Two things rank a pair, measured on the development sets' suggestions whose reports matched gold events
    (the module docstring has the table): both name one place (:func:`one_place_name`, or each toponym resolved
    to the same gazetteer place by a name of its own, as two names of one prison do: the right pairs 17 of 20,
    the wrong ones 22 of 65), and the same event type rather than two of one family (19 of 20 against 45 of 65).
    The content of the evidence sentences was measured too and left out: two reports of one event are told in
    different words by different outlets, while one outlet's bulletins about different killings share a template,
    so word overlap ranks worse than the place name (and merges nothing safely).
    """
    both_at = a.place_id == b.place_id and not (_near(a) or _near(b))  # each toponym is a name of the one place
    named = 0 if both_at or one_place_name(a.toponym, b.toponym) else 2
    return named + (0 if a.event_type == b.event_type else 1)


def suggested_pairs(keys: Sequence[ReportKey], rule: MergeRule | None = None) -> list[tuple[int, int, str, int]]:
    """Every pair of ``keys`` that :func:`suggestion_reason` links, as (index, index, reason, priority), the
    first index the smaller.

    Only pairs the rule can link are compared: keys with an actor and a place that share a place id, one of them
    fully undated or told at an area's level, or both report dates within ``report_window_days`` (a sliding window
    over the days); a key told at governorate or district level with a finer one in its governorate that names the
    same place or whose day is near (:class:`_FinerIndex`; :func:`_contained_place_reason` links nothing else); and a
    report date at a place with the dated places at most ``max_distance_km`` off in the days it matches (a grid of
    cells, :func:`_report_dated_nearby`). The work is about the number of such pairs, not the
    square of the store; the review queue does not even list those (:mod:`mapapp.store.review_queue`).
    """
    rule = rule or MergeRule()
    by_place: dict[str, list[int]] = {}
    areas: dict[str, list[int]] = {}
    finer: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key.actor is None or not key.located or key.place_id is None:
            continue
        by_place.setdefault(key.place_id, []).append(index)
        if key.admin1 is not None and key.precision in _GOVERNORATE_PRECISIONS:
            areas.setdefault(key.admin1, []).append(index)
        elif key.admin1 is not None and key.precision in _FINER_PRECISIONS:
            finer.setdefault(key.admin1, []).append(index)
    candidates: set[tuple[int, int]] = set()
    for members in by_place.values():
        # suggestion_reason links two reports only when one is fully undated or told at an area's level
        opened = [x for x in members if keys[x].fully_undated or keys[x].precision in _AREA_PRECISIONS]
        candidates.update((x, y) for i, x in enumerate(opened) for y in opened[i + 1:])
        closed = [y for y in members if not (keys[y].fully_undated or keys[y].precision in _AREA_PRECISIONS)]
        candidates.update((min(x, y), max(x, y)) for x in opened for y in closed)
        # report dates at one place whose weeks overlap (_report_windows_overlap): a sliding window over the days
        reported = sorted((y for y in closed if keys[y].report_date), key=lambda y: keys[y].date_value or date.min)
        first = 0
        for position, y in enumerate(reported):
            day = keys[y].date_value
            assert day is not None
            while (day - (keys[reported[first]].date_value or date.min)).days > rule.report_window_days:
                first += 1
            candidates.update((min(x, y), max(x, y)) for x in reported[first:position])
    window = rule.max_day_gap + rule.report_window_days
    for admin1, area_members in areas.items():
        places_in = _FinerIndex(keys, finer.get(admin1, ()))
        for x in area_members:
            candidates.update(
                (min(x, y), max(x, y)) for y in places_in.candidates(keys[x], window) if keys[y].place_id != keys[x].place_id
            )
    # two places a few km apart, one side fully undated or both report dates (_neighbouring_places): by grid cell
    candidates.update(_neighbouring_candidates(keys, rule))
    # a report date and a dated report at another place up to max_distance_km off (_report_dated_nearby): by grid
    # cell and day
    dated = [i for x in finer.values() for i in x if keys[i].date_value is not None and keys[i].precision == _PLACE]
    cell_of = _grid_cells(keys, dated, rule.max_distance_km)
    by_cell_day: dict[tuple[int, int], dict[int, list[int]]] = {}  # cell -> day -> dated keys there
    for y in dated:
        day = keys[y].date_value.toordinal()  # type: ignore[union-attr]
        by_cell_day.setdefault(cell_of[y], {}).setdefault(day, []).append(y)
    for x in dated:
        key = keys[x]
        if not key.report_date:
            continue
        day = key.date_value.toordinal()  # type: ignore[union-attr]
        for around in _around(cell_of[x]):
            if not (by_day := by_cell_day.get(around)):
                continue
            for other in range(day - window, day + rule.max_day_gap + 1):
                if members := by_day.get(other):
                    candidates.update((min(x, y), max(x, y)) for y in members if keys[y].place_id != key.place_id)
    found = []
    for x, y in sorted(candidates):
        reason = suggestion_reason(keys[x], keys[y], rule)
        if reason is not None:
            found.append((x, y, reason, suggestion_priority(keys[x], keys[y])))
    return found


def _neighbouring_candidates(keys: Sequence[ReportKey], rule: MergeRule) -> set[tuple[int, int]]:
    """Pairs of keys at different places that :func:`_neighbouring_places` may link and :func:`suggestion_reason`
    may then suggest (one side fully undated, or both report dates whose weeks overlap,
    :func:`_report_windows_overlap`): keys in a grid of cells at least ``report_max_distance_km`` wide, each fully
    undated key compared with the keys of its own and the eight cells around it, each report-dated key with the
    report-dated keys there published at most ``report_window_days`` days apart (by day, not with every report
    date a town and its quarters ever had: that was quadratic in them)."""
    spots = [i for i, key in enumerate(keys) if key.actor is not None and key.located and not _near(key)]
    cell_of = _grid_cells(keys, spots, rule.report_max_distance_km)
    cells: dict[tuple[int, int], dict[str | None, list[int]]] = {}  # cell -> place id -> keys there
    reported: dict[tuple[int, int], dict[int, list[int]]] = {}  # cell -> day -> report-dated keys there
    for i in spots:
        cells.setdefault(cell_of[i], {}).setdefault(keys[i].place_id, []).append(i)
        day = keys[i].date_value
        if keys[i].report_date and day is not None:
            reported.setdefault(cell_of[i], {}).setdefault(day.toordinal(), []).append(i)
    found: set[tuple[int, int]] = set()
    window = rule.report_window_days
    for x in spots:
        first = keys[x]
        if not (first.fully_undated or (first.report_date and first.date_value is not None)):
            continue  # a fully undated side is found from that side
        for around in _around(cell_of[x]):
            if first.fully_undated:
                for place_id, members in cells.get(around, {}).items():
                    if place_id != first.place_id:
                        found.update((min(x, y), max(x, y)) for y in members)
                continue
            by_day = reported.get(around)
            if not by_day:
                continue
            day = first.date_value.toordinal()  # type: ignore[union-attr]
            for other in range(day - window, day + window + 1):
                if members := by_day.get(other):
                    found.update((min(x, y), max(x, y)) for y in members if keys[y].place_id != first.place_id)
    return found


def _grid_cells(keys: Sequence[ReportKey], located: Sequence[int], width_km: float) -> dict[int, tuple[int, int]]:
    """The cell of each of the ``located`` keys in a grid of cells at least ``width_km`` wide (north-south and, at the
    keys' widest latitude, east-west): two points at most ``width_km`` apart lie in one cell or in two that touch
    (:func:`_around`)."""
    if not located:
        return {}
    widest_lat = max(abs(keys[i].lat or 0.0) for i in located)
    cell_lat = max(math.degrees(width_km * 1.01 / _EARTH_RADIUS_KM), 1e-9)
    cell_lon = min(360.0, cell_lat / max(math.cos(math.radians(min(90.0, widest_lat + cell_lat))), 1e-6))
    return {
        i: (math.floor((keys[i].lat or 0.0) / cell_lat), math.floor((keys[i].lon or 0.0) / cell_lon)) for i in located
    }


def _around(cell: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """A grid cell and the eight that touch it."""
    row, column = cell
    return tuple((row + dr, column + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1))


_PLACE = Precision.PLACE.value


class _FinerIndex:
    """The finer reports of one governorate, indexed for pairing with a report told at governorate level: with a
    different place, :func:`suggestion_reason` links the two only when both name one place (:func:`same_toponym`; a
    fully undated side needs that) or both are dated and the dates match (:func:`_date_reason`: days at most
    ``max_day_gap`` plus ``report_window_days`` apart, or the same month and day). Candidates are a superset of
    what the rule links, so the rule still decides; without the index an area report met every place of its
    governorate."""

    def __init__(self, keys: Sequence[ReportKey], members: Sequence[int]) -> None:
        self.by_name: dict[tuple[str, str], list[int]] = {}
        self.by_day: dict[int, list[int]] = {}
        self.by_month_day: dict[tuple[int, int], list[int]] = {}
        for y in members:
            key = keys[y]
            for name in _toponym_keys(key.toponym):
                self.by_name.setdefault(name, []).append(y)
            if key.date_value is not None:
                self.by_day.setdefault(key.date_value.toordinal(), []).append(y)
            elif key.month and key.day:
                self.by_month_day.setdefault((key.month, key.day), []).append(y)

    def candidates(self, key: ReportKey, window: int) -> set[int]:
        found: set[int] = set()
        for name in _toponym_keys(key.toponym):
            found.update(self.by_name.get(name, ()))
        if key.date_value is not None:
            day = key.date_value.toordinal()
            for other in range(day - window, day + window + 1):
                found.update(self.by_day.get(other, ()))
        elif key.month and key.day:
            found.update(self.by_month_day.get((key.month, key.day), ()))
        return found


def _toponym_keys(toponym: str | None) -> tuple[tuple[str, str], ...]:
    """Keys under which two toponyms meet exactly when :func:`same_toponym` holds."""
    if not toponym:
        return ()
    normalized = normalize_name(toponym)
    return (("as written", toponym), ("normalized", normalized)) if normalized else (("as written", toponym),)


def review_order(suggestions: Sequence[tuple[str, str, int]]) -> list[int]:
    """The order an analyst sees possible duplicates in: indexes into ``suggestions`` (pairs of incident ids with
    their :func:`suggestion_priority`), by priority, then by how many suggestions the busier incident of the pair
    is in (fewer first), then as given.

    A report that fits one other incident is a better lead than one that fits a dozen: the same town is struck
    again and again, and an undated report there is suggested with every strike on it. On the three development
    sets together, the average precision of the queue (pairs of incidents holding one event's reports before
    pairs holding two events') is 0.70 in this order, 0.49 by priority alone, 0.28 by incident id and 0.24 by
    chance; on the Airwars texts alone 0.73, 0.52, 0.36 and 0.33.
    """
    involved: dict[str, int] = {}
    for first, second, _ in suggestions:
        involved[first] = involved.get(first, 0) + 1
        involved[second] = involved.get(second, 0) + 1
    return sorted(
        range(len(suggestions)),
        key=lambda i: (suggestions[i][2], max(involved[suggestions[i][0]], involved[suggestions[i][1]]), i),
    )


def mismatches(a: ReportKey, b: ReportKey, rule: MergeRule | None = None) -> tuple[str, ...]:
    """Every condition of the rule that ``a`` and ``b`` fail (``document``, ``event type``, ``place``, ``date``, or
    ``undated`` when a side has no date, ``casualties``, ``actor`` when they credit a one-sided event to different
    sides), empty when they match: what keeps two reports apart, for measurement."""
    rule = rule or MergeRule()
    failed: list[str] = []
    if a.document_id == b.document_id:
        failed.append("document")
    if b.event_type not in compatible_types(a.event_type):
        failed.append("event type")
    if _place_reason(a, b, rule) is None:
        failed.append("place")
    if _date_reason(a, b, rule) is None:
        failed.append("undated" if a.date_value is None or b.date_value is None else "date")
    if casualties_conflict(a, b):
        failed.append("casualties")
    if actors_conflict(a, b):
        failed.append("actor")
    return tuple(failed)


def match_distance(a: ReportKey, b: ReportKey) -> tuple[float, int, int]:
    """Sort key for choosing among several matching reports: nearest, then closest in time, then same type."""
    distance = 0.0
    if a.located and b.located:
        assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
        distance = haversine_km(a.lat, a.lon, b.lat, b.lon)
    gap = abs((a.date_value - b.date_value).days) if a.date_value and b.date_value else 0
    return distance, gap, int(a.event_type != b.event_type)


def effective_dates(incidents: Sequence[Incident]) -> dict[str, date | None]:
    """Each incident's calendar date, resolving ``relative_to`` references within one document.

    ``a day after`` the Khuweibra strike gets the Khuweibra date plus one when
    that one is known; chains are followed a few steps, cycles give None.
    """
    by_id = {incident.id: incident for incident in incidents}
    resolved: dict[str, date | None] = {}

    def resolve(incident_id: str, depth: int) -> date | None:
        incident = by_id.get(incident_id)
        if incident is None or incident.date is None or depth > 8:
            return None
        if incident.date.value is not None:
            return incident.date.value
        if incident.date.relative_to and incident.date.days_after is not None:
            base = resolve(incident.date.relative_to, depth + 1)
            if base is not None:
                return base + timedelta(days=incident.date.days_after)
        return None

    for incident in incidents:
        resolved[incident.id] = resolve(incident.id, 0)
    return resolved


@dataclass(frozen=True)
class CombinedCasualties:
    """Casualty figures of several reports: the combined bounds and what each report said."""

    combined: Casualties | None
    reported: tuple[dict[str, Any], ...] = ()
    disagreement: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "combined": self.combined.to_dict() if self.combined else None,
            "reported": list(self.reported),
            "disagreement": self.disagreement,
        }


def _bounds_text(casualties: Casualties) -> str:
    low = "?" if casualties.low is None else str(casualties.low)
    if casualties.high is None:
        return f"{low}+"
    return low if casualties.high == casualties.low else f"{low}-{casualties.high}"


def combine_casualties(figures: Sequence[tuple[Casualties | None, str | None]]) -> CombinedCasualties:
    """Combine ``(casualties, outlet)`` pairs: low = max of lows, high = max of highs (None = open).

    Reports without a figure are ignored. When the stated bounds differ the
    combined phrase lists each report's words, e.g.
    ``sources differ: "at least 18" (Press TV); "20 killed" (SANA)``.
    """
    stated = [(c, outlet) for c, outlet in figures if c is not None and (c.low is not None or c.high is not None)]
    if not stated:
        return CombinedCasualties(combined=None)
    lows = [c.low for c, _ in stated if c.low is not None]
    low = max(lows) if lows else None
    high: int | None
    if any(c.high is None for c, _ in stated):
        high = None
    else:
        high = max(c.high for c, _ in stated if c.high is not None)
    if low is not None and high is not None and high < low:  # only possible when some lows are unknown
        high = low
    reported = tuple(
        {"low": c.low, "high": c.high, "phrase": c.phrase, "outlet": outlet} for c, outlet in stated
    )
    disagreement = len({(c.low, c.high) for c, _ in stated}) > 1
    if disagreement:
        parts = [
            f"{c.phrase!r}" if c.phrase else _bounds_text(c) for c, _ in stated
        ]
        labelled = [f"{part} ({outlet})" if outlet else part for part, (_, outlet) in zip(parts, stated, strict=True)]
        phrase: str | None = "sources differ: " + "; ".join(labelled)
    else:
        phrase = stated[0][0].phrase
    return CombinedCasualties(combined=Casualties(low=low, high=high, phrase=phrase), reported=reported, disagreement=disagreement)


@dataclass
class MergedIncident:
    """An incident's value computed from its reports (before hand corrections)."""

    incident: Incident
    report_ids: list[str]
    document_ids: list[str]
    killed: CombinedCasualties
    injured: CombinedCasualties
    reasons: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """The provenance and disagreement facts, as JSON-ready data."""
        return {
            "report_ids": list(self.report_ids),
            "document_ids": list(self.document_ids),
            "killed": self.killed.to_dict(),
            "injured": self.injured.to_dict(),
            "killed_disagreement": self.killed.disagreement,
            "injured_disagreement": self.injured.disagreement,
            "reasons": list(self.reasons),
        }


def _location_rank(location: Location | None) -> tuple[int, float]:
    if location is None:
        return (len(_PRECISION_RANK), 0.0)
    return (_PRECISION_RANK[location.precision], -location.score)


def merge_reports(
    incident_id: str,
    reports: Sequence[Incident],
    reasons: Sequence[str | None] = (),
    dates: Sequence[date | None] = (),
) -> MergedIncident:
    """Combine ``reports`` (founding report first) into one incident called ``incident_id``.

    The founding report gives the evidence, document and descriptive fields
    (the first non-empty actor/victims/target in report order); the location is
    the most precise one; the date is the earliest resolved date (``dates``,
    parallel to ``reports``, from :func:`effective_dates`) that a text tells,
    a report date only when no report has another; casualties combine as
    :func:`combine_casualties` says; sources are the union of attributions and
    outlets; confidence is the highest.
    """
    if not reports:
        raise ValueError("an incident needs at least one report")
    founding = reports[0]
    killed = combine_casualties([(r.killed, r.outlet) for r in reports])
    injured = combine_casualties([(r.injured, r.outlet) for r in reports])
    if dates and len(dates) != len(reports):  # optional, but when given, parallel to ``reports``
        raise ValueError(f"{len(dates)} dates for {len(reports)} reports")
    dated = [(d, r) for d, r in zip(dates, reports, strict=bool(dates)) if d is not None]
    told = [(d, r) for d, r in dated if r.date is None or r.date.precision != "report"]
    dated = told or dated  # a day a text tells outranks a publication date standing in for one
    incident_date: IncidentDate | None = founding.date
    if dated:
        earliest, from_report = min(dated, key=lambda pair: pair[0])
        base = from_report.date or IncidentDate()
        if base.value != earliest:
            incident_date = replace(base, value=earliest, year=earliest.year, month=earliest.month, day=earliest.day)
        else:
            incident_date = base
    if len(reports) == 1:
        value = replace(founding, id=incident_id, date=incident_date)
        return MergedIncident(
            incident=value,
            report_ids=[founding.id],
            document_ids=[founding.document_id or ""],
            killed=killed,
            injured=injured,
        )
    location = min((r.location for r in reports), key=_location_rank)
    sources: list[str] = []
    for report in reports:
        for source in [*report.sources, *([report.outlet] if report.outlet else [])]:
            if source not in sources:
                sources.append(source)
    value = replace(
        founding,
        id=incident_id,
        actor=next((r.actor for r in reports if r.actor), None),
        victims=next((r.victims for r in reports if r.victims), None),
        target=next((r.target for r in reports if r.target), None),
        killed=killed.combined,
        injured=injured.combined,
        date=incident_date,
        location=location,
        sources=sources,
        confidence=max(r.confidence for r in reports),
    )
    return MergedIncident(
        incident=value,
        report_ids=[r.id for r in reports],
        document_ids=list(dict.fromkeys(r.document_id or "" for r in reports)),
        killed=killed,
        injured=injured,
        reasons=[reason for reason in reasons if reason],
    )


# --------------------------------------------------------------------------- order-independent clustering


def canonical_rank(key: ReportKey) -> tuple[date, int, int, str, str]:
    """The order reports are considered in, whatever order they arrived in: by date, then document, then id."""
    return (key.date_value or date.max, key.month or 0, key.day or 0, key.document_id, key.report_id)


@dataclass(frozen=True)
class Cluster:
    """Reports of one incident in canonical order (the first founds it) and why each later one joined."""

    report_ids: tuple[str, ...]
    reasons: dict[str, str | None]


def _absorb(group: list[int], members: dict[int, list[int]], documents: dict[int, set[str]], a: int, b: int) -> None:
    """Join group ``b`` into group ``a`` (roots): its reports take ``a``'s label, its members and documents."""
    for index in members[b]:
        group[index] = a
    members[a].extend(members.pop(b))
    documents[a] |= documents.pop(b)


def _record_reason(reasons: dict[str, str | None], earlier_id: str, later_id: str, reason: str) -> None:
    """Why two reports were joined, kept on the later one (or on the earlier when the later has a reason already)."""
    if reasons[later_id] is None:
        reasons[later_id] = reason
    else:
        reasons[earlier_id] = reasons[earlier_id] or reason


def _join_corroborated(
    ordered: Sequence[ReportKey],
    rule: MergeRule,
    group: list[int],
    members: dict[int, list[int]],
    documents: dict[int, set[str]],
    reasons: dict[str, str | None],
    forbidden: set[frozenset[str]],
) -> None:
    """The second pass of :func:`cluster_reports`: join groups that only :func:`corroborated_reason` links, where
    the choice is unique.

    Groups linked by corroborated pairs form components; a component is joined into one incident only when every
    two of its groups are linked (a clique: a report that fits two incidents which do not fit each other joins
    neither), no document appears twice, no analyst kept two of its reports apart, and its dates agree pairwise
    where a report date is among them (undated reports left out). Everything here is a function of the groups and
    the keys, so the result stays independent of the order reports arrived in.
    """
    strict = [i for i, key in enumerate(ordered) if key.actor is not None and key.killed_stated and key.located]
    links: dict[int, dict[int, list[tuple[int, int, str]]]] = {}
    for position, later in enumerate(strict):
        for earlier in strict[:position]:
            if group[later] == group[earlier]:
                continue
            reason = corroborated_reason(ordered[later], ordered[earlier], rule)
            if reason is None:
                continue
            a, b = group[later], group[earlier]
            links.setdefault(a, {}).setdefault(b, []).append((earlier, later, reason))
            links.setdefault(b, {}).setdefault(a, []).append((earlier, later, reason))
    seen: set[int] = set()
    for start in sorted(links):
        if start in seen:
            continue
        component, frontier = {start}, [start]
        while frontier:
            for neighbour in links[frontier.pop()]:
                if neighbour not in component:
                    component.add(neighbour)
                    frontier.append(neighbour)
        seen |= component
        roots = sorted(component, key=lambda root: min(members[root]))
        if any(other not in links[root] for i, root in enumerate(roots) for other in roots[i + 1:]):
            continue  # not every two fit each other: ambiguous, an analyst decides (suggestions)
        if sum(len(documents[root]) for root in roots) != len(set().union(*(documents[root] for root in roots))):
            continue
        everyone = [index for root in roots for index in members[root]]
        if forbidden and any(
            frozenset((ordered[x].report_id, ordered[y].report_id)) in forbidden
            for i, x in enumerate(everyone) for y in everyone[i + 1:]
        ):
            continue
        dated = [ordered[index] for index in everyone if not ordered[index].fully_undated]
        if not _dates_agree(dated, [], rule):
            continue
        joined = [[ordered[index] for index in members[root]] for root in roots]
        if not all(_actors_agree(first, second) for i, first in enumerate(joined) for second in joined[i + 1:]):
            continue
        edges = sorted(
            {edge for root in roots for other in roots if other != root for edge in links[root][other]}
        )
        for earlier, later, reason in edges:
            a, b = group[earlier], group[later]
            if a == b:
                continue
            _absorb(group, members, documents, a, b)
            _record_reason(reasons, ordered[earlier].report_id, ordered[later].report_id, reason)


def cluster_reports(
    keys: Sequence[ReportKey],
    rule: MergeRule | None = None,
    apart: Sequence[tuple[str, str]] = (),
    together: Sequence[tuple[str, str]] = (),
) -> list[Cluster]:
    """Group reports into incidents so that the result depends on the set of reports, never on their order.

    Greedy first-fit in arrival order made the incidents depend on which report came first: the same-event
    rule is not transitive (10 km, one day), so a report between two others joins them or not depending on
    order. Here every matching pair (:func:`match_reason`) is an edge, taken in a canonical order (nearest,
    then closest in time, then by :func:`canonical_rank` of both ends), and joins two groups unless that would
    put two reports of one document together, or two reports a person split apart (``apart``, from unmerges and
    "not the same" decisions), or a report date with a day it does not match (:func:`_dates_agree`), or actors of
    different sides (:func:`_actors_agree`) — single
    linkage with cannot-link constraints, as Kruskal's algorithm builds a spanning forest. Pairs an analyst
    confirmed as one event (``together``, "same event as #N") are joined first, whatever the rule says; then
    :func:`_join_corroborated` joins what only the corroborated rule links, where the choice is unique.
    Pairs are compared within ``keys`` only: the store passes the connected neighbourhood of what changed.
    """
    rule = rule or MergeRule()
    ordered = sorted(keys, key=canonical_rank)
    rank = {key.report_id: index for index, key in enumerate(ordered)}
    forbidden = {frozenset(pair) for pair in apart}
    edges: list[tuple[tuple[float, int, int], int, int, str]] = []
    for i, later in enumerate(ordered):
        kinds = compatible_types(later.event_type)
        for earlier in ordered[:i]:
            if earlier.event_type not in kinds:
                continue
            reason = match_reason(later, earlier, rule)
            if reason is not None:
                edges.append((match_distance(later, earlier), rank[earlier.report_id], rank[later.report_id], reason))
    edges.sort(key=lambda edge: (edge[0], edge[1], edge[2]))
    group = list(range(len(ordered)))
    members: dict[int, list[int]] = {index: [index] for index in range(len(ordered))}
    documents: dict[int, set[str]] = {index: {key.document_id} for index, key in enumerate(ordered)}
    reasons: dict[str, str | None] = {key.report_id: None for key in ordered}
    for first_id, second_id in sorted(tuple(sorted(pair)) for pair in together):
        if first_id not in rank or second_id not in rank:
            continue
        first, second = sorted((rank[first_id], rank[second_id]))
        a, b = group[first], group[second]
        if a == b:
            continue
        _absorb(group, members, documents, a, b)
        later = ordered[second].report_id
        reasons[later] = reasons[later] or "confirmed by an analyst: the same event"
    for _, first, second, reason in edges:
        a, b = group[first], group[second]
        if a == b or documents[a] & documents[b]:
            continue
        if forbidden and any(
            frozenset((ordered[x].report_id, ordered[y].report_id)) in forbidden for x in members[a] for y in members[b]
        ):
            continue
        if not _dates_agree([ordered[x] for x in members[a]], [ordered[y] for y in members[b]], rule):
            continue
        if not _actors_agree([ordered[x] for x in members[a]], [ordered[y] for y in members[b]]):
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        _absorb(group, members, documents, a, b)
        _record_reason(reasons, ordered[first].report_id, ordered[second].report_id, reason)
    _join_corroborated(ordered, rule, group, members, documents, reasons, forbidden)
    clusters = []
    for indexes in members.values():
        ids = tuple(ordered[index].report_id for index in sorted(indexes))
        cluster_reasons = {rid: (None if n == 0 else reasons[rid]) for n, rid in enumerate(ids)}
        clusters.append(Cluster(report_ids=ids, reasons=cluster_reasons))
    clusters.sort(key=lambda cluster: rank[cluster.report_ids[0]])
    return clusters
