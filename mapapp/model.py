"""The data model that flows through every stage of mapapp.

Extraction produces :class:`Incident` objects with their :class:`Casualties`,
:class:`IncidentDate`, :class:`Span` evidence and toponym mentions; geocoding
fills :attr:`Incident.location` with a :class:`Location` (a resolved
:class:`Place` plus precision, score and runner-up candidates); the store,
exports and the app read the same objects.

Everything here is pure data: no I/O, no third-party imports. Every class has
``to_dict``/``from_dict`` so that ``Incident.from_dict(json.loads(json.dumps(
incident.to_dict())))`` gives back an equal object (a lossless JSON round trip).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any


class EventType(str, Enum):
    """ACLED-like event taxonomy (sub-event level, simplified)."""

    AIRSTRIKE = "airstrike"
    DRONE_STRIKE = "drone_strike"
    SHELLING = "shelling"
    IED = "ied"  # roadside bombs, landmines, explosive remnants
    CAR_BOMB = "car_bomb"
    SUICIDE_BOMB = "suicide_bomb"
    ARMED_CLASH = "armed_clash"
    RAID = "raid"
    ATTACK = "attack"  # attack on civilians: shooting, execution, abduction with violence
    OTHER = "other"

    @property
    def label(self) -> str:
        return _EVENT_LABELS[self]


_EVENT_LABELS = {
    EventType.AIRSTRIKE: "Air strike",
    EventType.DRONE_STRIKE: "Drone strike",
    EventType.SHELLING: "Shelling / artillery",
    EventType.IED: "IED / landmine",
    EventType.CAR_BOMB: "Car bomb",
    EventType.SUICIDE_BOMB: "Suicide bomb",
    EventType.ARMED_CLASH: "Armed clash",
    EventType.RAID: "Raid",
    EventType.ATTACK: "Attack on civilians",
    EventType.OTHER: "Other violence",
}


#: Families of the taxonomy that the extractor's rules reason over, each defined once.
AIR_TYPES = frozenset({EventType.AIRSTRIKE, EventType.DRONE_STRIKE})  # struck from the air
BOMBARDMENT_TYPES = AIR_TYPES | {EventType.SHELLING}  # struck from afar: from the air or by guns
FIGHT_TYPES = frozenset({EventType.ARMED_CLASH, EventType.RAID, EventType.ATTACK})  # on the ground, at close range
DEVICE_TYPES = frozenset({EventType.IED, EventType.CAR_BOMB, EventType.SUICIDE_BOMB})  # bombs set off
VEHICLE_BOMB_TYPES = frozenset({EventType.CAR_BOMB, EventType.SUICIDE_BOMB})  # bombs driven or carried to the target
UNSPECIFIC_TYPES = frozenset({EventType.ATTACK, EventType.OTHER})  # what a generic word ("attack", "blast") gives


class Precision(str, Enum):
    """How precisely an incident's location is known, best first."""

    PLACE = "place"  # a populated place or site from the gazetteer
    ADMIN2 = "admin2"  # a district (mantiqa)
    ADMIN3 = "admin3"  # a sub-district (nahiya), smaller than a district
    ADMIN1 = "admin1"  # a governorate: the village was not in the gazetteer
    OUTSIDE_COVERAGE = "outside_coverage"  # resolved, but outside the three governorates: never mapped
    UNRESOLVED = "unresolved"  # nothing matched: never mapped

    @property
    def is_mappable(self) -> bool:
        return self in (Precision.PLACE, Precision.ADMIN3, Precision.ADMIN2, Precision.ADMIN1)


#: Canonical names of the governorates mapapp covers (GeoNames admin1 names).
GOVERNORATES: tuple[str, ...] = ("Al-Hasakah", "Ar-Raqqah", "Deir ez-Zor")

#: How exact an :class:`IncidentDate` is (UCDP's ``date_prec`` in words).
DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year", "report", "unknown")


@dataclass(frozen=True)
class Span:
    """A stretch of a document's text with its character offsets (``text == doc[start:end]``)."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(text=data["text"], start=int(data["start"]), end=int(data["end"]))


#: The largest casualty figure mapapp reads or stores for one incident. No single incident in the covered
#: area comes near it; a larger number in a text is a typo, an ID or hostile input, and a number this size still
#: fits every export format (GeoPackage and SQLite integers are 64-bit).
MAX_CASUALTY_FIGURE: int = 100_000


@dataclass(frozen=True)
class Casualties:
    """A count as bounds: ``a dozen`` is 12..12, ``at least 18`` is 18..None, ``several`` is 2..None.

    ``high is None`` means no upper bound is stated. ``phrase`` is the text it was read from.
    """

    low: int | None = None
    high: int | None = None
    phrase: str | None = None

    def __post_init__(self) -> None:
        if self.low is not None and self.high is not None and self.high < self.low:
            raise ValueError(f"casualty bounds reversed: {self.low}..{self.high}")

    @property
    def exact(self) -> int | None:
        return self.low if self.low is not None and self.low == self.high else None

    def to_dict(self) -> dict[str, Any]:
        return {"low": self.low, "high": self.high, "phrase": self.phrase}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Casualties | None:
        if data is None:
            return None
        return cls(low=data.get("low"), high=data.get("high"), phrase=data.get("phrase"))


@dataclass(frozen=True)
class IncidentDate:
    """When an incident happened, as far as the text says.

    ``value`` is the resolved calendar date when one can be computed. Otherwise
    the partial fields say what is known: ``month``/``day`` (``May 24`` with no
    year), or ``relative_to`` an incident id with ``days_after`` (``a day
    after`` the other incident: that incident's ``days_after`` is -1 seen from
    here). ``basis`` says how the date was obtained: ``absolute``,
    ``publication`` (``yesterday`` against the publication date), ``incident``
    (relative to another incident), ``context`` (the text names the day once
    for what it tells after it: "Jets pounded the province on Sunday. ... A
    school in Kasra was hit"; ``expression`` is that day's wording),
    ``report`` (the text gives no date: the publication date stands in for it)
    or ``unknown``.

    ``precision`` says how exact ``value`` is, as UCDP's ``date_prec`` does:
    ``day``, ``month``, ``year``, ``report`` (``value`` is the publication date
    of a text that gives no date of its own: the event happened on or before
    it, never to be shown as the exact day) or ``unknown``. Left empty, it is
    derived from the fields that are set.
    """

    value: date | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    relative_to: str | None = None
    days_after: int | None = None
    basis: str = "unknown"
    expression: str | None = None
    precision: str = ""

    def __post_init__(self) -> None:
        if not self.precision:
            object.__setattr__(self, "precision", self._derived_precision())
        if self.precision not in DATE_PRECISIONS:
            raise ValueError(f"unknown date precision {self.precision!r}; expected one of {DATE_PRECISIONS}")

    def _derived_precision(self) -> str:
        if self.basis == "report":
            return "report"
        if self.value is not None or self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        if self.year is not None:
            return "year"
        return "unknown"

    @property
    def is_report_date(self) -> bool:
        """True when ``value`` is only the publication date of a text that gives no date of its own."""
        return self.precision == "report"

    @classmethod
    def report_date(cls, published: date) -> IncidentDate:
        """The publication date standing in for an incident date the text does not give."""
        return cls(
            value=published,
            year=published.year,
            month=published.month,
            day=published.day,
            basis="report",
            precision="report",
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value.isoformat() if self.value else None,
            "year": self.year,
            "month": self.month,
            "day": self.day,
            "relative_to": self.relative_to,
            "days_after": self.days_after,
            "basis": self.basis,
            "expression": self.expression,
            "precision": self.precision,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> IncidentDate | None:
        if data is None:
            return None
        value = data.get("value")
        return cls(
            value=date.fromisoformat(value) if value else None,
            year=data.get("year"),
            month=data.get("month"),
            day=data.get("day"),
            relative_to=data.get("relative_to"),
            days_after=data.get("days_after"),
            basis=data.get("basis", "unknown"),
            expression=data.get("expression"),
            precision=data.get("precision") or "",
        )


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: a populated place, a site, a district or a governorate.

    ``id`` is namespaced by source, e.g. ``geonames:170794``. ``admin1`` is one of
    :data:`GOVERNORATES` for places inside coverage, another governorate's name
    (e.g. ``Latakia``) outside it. ``kind`` is ``populated_place``, ``site``,
    ``district``, ``governorate`` and so on. ``precision`` is the precision an
    incident located at this place gets.
    """

    id: str
    name: str
    lat: float
    lon: float
    admin1: str | None = None
    admin2: str | None = None
    kind: str = "populated_place"
    precision: Precision = Precision.PLACE
    alternate_names: tuple[str, ...] = ()
    population: int | None = None
    country: str = "SY"

    @property
    def in_coverage(self) -> bool:
        return self.country == "SY" and self.admin1 in GOVERNORATES

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "kind": self.kind,
            "precision": self.precision.value,
            "alternate_names": list(self.alternate_names),
            "population": self.population,
            "country": self.country,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Place | None:
        if data is None:
            return None
        return cls(
            id=data["id"],
            name=data["name"],
            lat=float(data["lat"]),
            lon=float(data["lon"]),
            admin1=data.get("admin1"),
            admin2=data.get("admin2"),
            kind=data.get("kind", "populated_place"),
            precision=Precision(data.get("precision", "place")),
            alternate_names=tuple(data.get("alternate_names", ())),
            population=data.get("population"),
            country=data.get("country", "SY"),
        )


@dataclass(frozen=True)
class Candidate:
    """A gazetteer place considered for a toponym, with its match score (0..100)."""

    place: Place
    score: float
    matched_name: str

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place.to_dict(), "score": self.score, "matched_name": self.matched_name}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Candidate:
        place = Place.from_dict(data["place"])
        assert place is not None
        return cls(place=place, score=float(data["score"]), matched_name=data["matched_name"])


@dataclass(frozen=True)
class Location:
    """Where a toponym was resolved to: the chosen place, how precise, how sure, and the runners-up.

    ``place`` is None when nothing could be resolved. When the precision is
    ``outside_coverage`` the place is kept for the record but is never put on
    the map. ``note`` explains the decision in words (e.g. "village not in
    gazetteer; placed at governorate named in context").
    """

    toponym: str
    place: Place | None
    precision: Precision
    score: float = 0.0
    matched_name: str | None = None
    candidates: tuple[Candidate, ...] = ()
    note: str = ""

    @property
    def is_mappable(self) -> bool:
        return self.place is not None and self.precision.is_mappable

    @property
    def lat(self) -> float | None:
        return self.place.lat if self.is_mappable and self.place else None

    @property
    def lon(self) -> float | None:
        return self.place.lon if self.is_mappable and self.place else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "toponym": self.toponym,
            "place": self.place.to_dict() if self.place else None,
            "precision": self.precision.value,
            "score": self.score,
            "matched_name": self.matched_name,
            "candidates": [c.to_dict() for c in self.candidates],
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Location | None:
        if data is None:
            return None
        return cls(
            toponym=data["toponym"],
            place=Place.from_dict(data.get("place")),
            precision=Precision(data["precision"]),
            score=float(data.get("score", 0.0)),
            matched_name=data.get("matched_name"),
            candidates=tuple(Candidate.from_dict(c) for c in data.get("candidates", ())),
            note=data.get("note", ""),
        )


@dataclass(frozen=True)
class Toponym:
    """A place name as it stands in the text, with the governorate its context names (if any).

    ``admin1_hint`` is set by extraction when the same or the previous sentence
    names a governorate (``Khuweibra village of Hasakah province``); the
    geocoder looks there first. ``role`` is ``primary`` for the place the
    incident happened at, ``reference`` for a landmark it is located against
    (``between Albu Kamal and Hmeimim``), and ``context`` for the article's
    place context (dateline, headline place, a "Deir Ezzor province:" lead)
    given to an incident whose own sentences name no place: the incident is
    placed there, but the text never says it happened exactly there, and the
    pipeline says so in the location's note. ``anchor`` is a town the text ties
    the primary place to in another sentence ("Umm Dalil village in the Tel
    Tamr countryside" told earlier, then "shelling hit Umm Dalil"): it only
    serves to place a village the gazetteer lacks near that town, flagged as
    approximate.
    """

    span: Span
    admin1_hint: str | None = None
    role: str = "primary"

    @property
    def text(self) -> str:
        return self.span.text

    def to_dict(self) -> dict[str, Any]:
        return {"span": self.span.to_dict(), "admin1_hint": self.admin1_hint, "role": self.role}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Toponym:
        return cls(
            span=Span.from_dict(data["span"]),
            admin1_hint=data.get("admin1_hint"),
            role=data.get("role", "primary"),
        )


#: ``Document.published_source``: the date was given with the text (argument, sidecar, CLI, feed entry).
PUBLISHED_GIVEN = "given"
#: ``Document.published_source``: the date came from the HTML page's metadata (htmldate).
PUBLISHED_FROM_HTML = "html"
#: ``Document.published_source``: the date was read from a date line printed in the page text.
PUBLISHED_FROM_PAGE_TEXT = "page text"
#: ``Document.published_source``: the date was read from the page's address (a dated path, a tweet's id).
PUBLISHED_FROM_URL = "url"


@dataclass(frozen=True)
class Document:
    """An ingested article: its text and the metadata dates are resolved against."""

    text: str
    name: str = "<text>"
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    title: str | None = None
    #: Where ``published`` came from: :data:`PUBLISHED_GIVEN` (the caller, a sidecar, the CLI, a feed),
    #: :data:`PUBLISHED_FROM_HTML` (the page's metadata, htmldate), :data:`PUBLISHED_FROM_PAGE_TEXT` (a date
    #: line printed in the page text: :mod:`mapapp.extract.page_date`) or :data:`PUBLISHED_FROM_URL` (the page's
    #: address). Meaningless while ``published`` is None.
    published_source: str = PUBLISHED_GIVEN

    @property
    def id(self) -> str:
        """Content hash: the same text is the same document, whatever it is called."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "name": self.name,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "published_source": self.published_source,
            "title": self.title,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        published = data.get("published")
        return cls(
            text=data["text"],
            name=data.get("name", "<text>"),
            outlet=data.get("outlet"),
            url=data.get("url"),
            published=date.fromisoformat(published) if published else None,
            title=data.get("title"),
            published_source=data.get("published_source") or PUBLISHED_GIVEN,
        )


@dataclass
class Incident:
    """One violent event reported in a document.

    ``id`` is stable for the same document and evidence (see :func:`incident_id`).
    ``killed``/``injured`` are None when the text gives no figure. ``sources`` are
    the attributions in the text (``local sources``, ``Syrian state
    television``); ``outlet``/``url``/``document_id`` say which document reported it.
    ``evidence`` holds the sentence(s) the incident was read from, with offsets
    into the document text. ``location`` is None until geocoding. ``confidence`` is the probability the trained
    scorer gives the incident of being one a careful reader lists (:mod:`mapapp.extract.scoring`; the rules' own
    0..1 score before it judges).
    """

    id: str
    event_type: EventType
    evidence: list[Span]
    actor: str | None = None
    victims: str | None = None
    target: str | None = None
    killed: Casualties | None = None
    injured: Casualties | None = None
    date: IncidentDate | None = None
    toponyms: list[Toponym] = field(default_factory=list)
    location: Location | None = None
    sources: list[str] = field(default_factory=list)
    confidence: float = 0.5
    document_id: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    #: Where the reporting document's ``published`` came from (``Document.published_source``: "given", "html",
    #: "page text", "url"); None when unknown (no publication date, or stored before it was kept).
    published_source: str | None = None

    @property
    def primary_toponym(self) -> Toponym | None:
        for toponym in self.toponyms:
            if toponym.role == "primary":
                return toponym
        return self.toponyms[0] if self.toponyms else None

    @property
    def evidence_text(self) -> str:
        return " … ".join(span.text for span in self.evidence)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event_type": self.event_type.value,
            "evidence": [s.to_dict() for s in self.evidence],
            "actor": self.actor,
            "victims": self.victims,
            "target": self.target,
            "killed": self.killed.to_dict() if self.killed else None,
            "injured": self.injured.to_dict() if self.injured else None,
            "date": self.date.to_dict() if self.date else None,
            "toponyms": [t.to_dict() for t in self.toponyms],
            "location": self.location.to_dict() if self.location else None,
            "sources": list(self.sources),
            "confidence": self.confidence,
            "document_id": self.document_id,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "published_source": self.published_source,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Incident:
        published = data.get("published")
        return cls(
            id=data["id"],
            event_type=EventType(data["event_type"]),
            evidence=[Span.from_dict(s) for s in data.get("evidence", ())],
            actor=data.get("actor"),
            victims=data.get("victims"),
            target=data.get("target"),
            killed=Casualties.from_dict(data.get("killed")),
            injured=Casualties.from_dict(data.get("injured")),
            date=IncidentDate.from_dict(data.get("date")),
            toponyms=[Toponym.from_dict(t) for t in data.get("toponyms", ())],
            location=Location.from_dict(data.get("location")),
            sources=list(data.get("sources", ())),
            confidence=float(data.get("confidence", 0.5)),
            document_id=data.get("document_id"),
            outlet=data.get("outlet"),
            url=data.get("url"),
            published=date.fromisoformat(published) if published else None,
            published_source=data.get("published_source"),
        )


def incident_id(document_id: str | None, evidence_start: int, event_type: EventType, part: int = 0) -> str:
    """A stable id: the same document, evidence offset and type give the same id on every run.

    ``part`` tells apart incidents that share their first evidence sentence and type (one strike wave told
    as a list of targets at several places: one incident per place); the first keeps the plain key, so ids
    already stored do not change.
    """
    key = f"{document_id or ''}:{evidence_start}:{event_type.value}" + (f":{part}" if part else "")
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


__all__ = [
    "DATE_PRECISIONS",
    "GOVERNORATES",
    "MAX_CASUALTY_FIGURE",
    "PUBLISHED_FROM_HTML",
    "PUBLISHED_FROM_PAGE_TEXT",
    "PUBLISHED_FROM_URL",
    "PUBLISHED_GIVEN",
    "Candidate",
    "Casualties",
    "Document",
    "EventType",
    "Incident",
    "IncidentDate",
    "Location",
    "Place",
    "Precision",
    "Span",
    "Toponym",
    "incident_id",
]

