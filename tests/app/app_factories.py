"""Hand-built incidents for the app tests (no extraction or gazetteer needed)."""

from __future__ import annotations

from datetime import date

from mapapp.model import (
    Casualties,
    EventType,
    Incident,
    IncidentDate,
    Location,
    Place,
    Precision,
    Span,
    Toponym,
)


def make_incident(
    incident_id: str,
    *,
    event_type: EventType = EventType.AIRSTRIKE,
    place_name: str = "Test Village",
    lat: float = 36.0,
    lon: float = 40.5,
    admin1: str = "Al-Hasakah",
    precision: Precision = Precision.PLACE,
    killed: Casualties | None = None,
    injured: Casualties | None = None,
    when: date | None = None,
    actor: str | None = "US-led coalition",
    evidence: str = "An air strike hit the village.",
    sources: tuple[str, ...] = ("local sources",),
    outlet: str | None = "Test Outlet",
) -> Incident:
    place = Place(
        id=f"test:{incident_id}",
        name=place_name,
        lat=lat,
        lon=lon,
        admin1=admin1,
        precision=precision if precision.is_mappable else Precision.PLACE,
        country="SY",
    )
    location = Location(
        toponym=place_name,
        place=None if precision is Precision.UNRESOLVED else place,
        precision=precision,
        score=90.0,
        matched_name=place_name,
    )
    return Incident(
        id=incident_id,
        event_type=event_type,
        evidence=[Span(text=evidence, start=0, end=len(evidence))],
        actor=actor,
        victims="civilians",
        target="houses",
        killed=killed,
        injured=injured,
        date=IncidentDate(value=when, basis="absolute") if when else None,
        toponyms=[Toponym(span=Span(text=place_name, start=0, end=len(place_name)), admin1_hint=admin1)],
        location=location,
        sources=list(sources),
        outlet=outlet,
    )


def sample_incidents() -> list[Incident]:
    """Five incidents: three types, one governorate-level, one outside coverage, one unresolved."""
    return [
        make_incident("a1", killed=Casualties(12, 12), when=date(2018, 6, 1), place_name="Tal Shayr"),
        make_incident(
            "a2",
            event_type=EventType.SHELLING,
            lat=35.95,
            lon=39.0,
            admin1="Ar-Raqqah",
            killed=Casualties(3, None),
            when=date(2018, 6, 10),
            actor="Syrian army",
            place_name="Raqqa",
        ),
        make_incident(
            "a3",
            event_type=EventType.IED,
            lat=35.3,
            lon=40.1,
            admin1="Deir ez-Zor",
            precision=Precision.ADMIN1,
            killed=None,
            when=date(2018, 7, 2),
            actor=None,
            place_name="Deir ez-Zor",
        ),
        make_incident(
            "a4",
            lat=35.5,
            lon=35.8,
            admin1="Latakia",
            precision=Precision.OUTSIDE_COVERAGE,
            place_name="Hmeimim",
        ),
        make_incident("a5", precision=Precision.UNRESOLVED, place_name="Nowhere"),
    ]
