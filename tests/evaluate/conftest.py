"""Builders of small hand-made gold documents, places and predicted incidents for the evaluation tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from mapapp.evaluate.gold import (
    GoldBounds,
    GoldCoordinates,
    GoldDate,
    GoldDocument,
    GoldIncident,
    NotIncident,
)
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

TEXT = (
    "A Turkish drone struck a car near Amuda on Tuesday, killing two fighters. "
    "Shelling hit Tal Tamr on Monday. "
    "A car bomb killed five people in Latakia. "
    "The ministry condemned the attacks."
)


def span_of(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(needle, start, start + len(needle))


def place(name: str, lat: float, lon: float, admin1: str, kind: str = "populated_place", population: int | None = None,
          alternate_names: tuple[str, ...] = ()) -> Place:
    precision = Precision.ADMIN1 if kind == "governorate" else Precision.PLACE
    return Place(id=f"test:{name}", name=name, lat=lat, lon=lon, admin1=admin1, kind=kind, precision=precision,
                 population=population, alternate_names=alternate_names)


def gold_incident(id: str, event_type: str, toponym: str, admin1: str, **fields: object) -> GoldIncident:
    # Like the loader: a given actor/killed/injured (even None) is scored; a date only when given.
    scored = frozenset(key for key in ("actor", "killed", "injured") if key in fields)
    if fields.get("date") is not None:
        scored = scored | {"date"}
    killed = fields.pop("killed", None)
    injured = fields.pop("injured", None)
    actor = fields.pop("actor", None)
    return GoldIncident(
        id=id, event_type=EventType(event_type), toponym=toponym, admin1=admin1,
        killed=GoldBounds(*killed) if isinstance(killed, tuple) else killed,
        injured=GoldBounds(*injured) if isinstance(injured, tuple) else injured,
        actor=tuple(actor) if isinstance(actor, list) else ((actor,) if isinstance(actor, str) else ()),
        scored=scored, **fields,  # type: ignore[arg-type]
    )


def gold_document(incidents: list[GoldIncident], text: str = TEXT, not_incidents: tuple[NotIncident, ...] = (),
                  name: str = "doc") -> GoldDocument:
    return GoldDocument(name=name, text=text, source=Path("test-gold.json"), incidents=tuple(incidents),
                        not_incidents=not_incidents)


def predicted(id: str, event_type: str, toponym: str, evidence: str, text: str = TEXT, *, at: Place | None = None,
              precision: Precision | None = None, hint: str | None = None, **fields: object) -> Incident:
    """A predicted incident whose toponym and evidence are located in ``text``; ``at`` is where it was geocoded."""
    toponym_obj = Toponym(span_of(text, toponym), admin1_hint=hint)
    location = None
    if at is not None:
        location = Location(toponym=toponym, place=at, precision=precision or at.precision)
    elif precision is not None:
        location = Location(toponym=toponym, place=None, precision=precision)
    return Incident(id=id, event_type=EventType(event_type), evidence=[span_of(text, evidence)],
                    toponyms=[toponym_obj], location=location, **fields)  # type: ignore[arg-type]


AMUDA = place("Amuda", 37.10417, 40.93, "Al-Hasakah", population=26821)
TAL_TAMR = place("Tall Tamr", 36.65556, 40.37079, "Al-Hasakah")
LATAKIA = place("Latakia", 35.53125, 35.79088, "Latakia", population=383786)
HASAKAH_GOV = place("Al-Hasakah", 36.4915, 40.9074, "Al-Hasakah", kind="governorate")
RAQQAH_GOV = place("Ar-Raqqah", 36.0115, 38.9947, "Ar-Raqqah", kind="governorate")
DEIR_GOV = place("Deir ez-Zor", 35.1301, 40.3240, "Deir ez-Zor", kind="governorate")
LATAKIA_GOV = place("Latakia", 35.5753, 36.0265, "Latakia", kind="governorate")


@pytest.fixture()
def build() -> SimpleNamespace:
    return SimpleNamespace(
        TEXT=TEXT, span_of=span_of, place=place, gold_incident=gold_incident, gold_document=gold_document,
        predicted=predicted, GoldBounds=GoldBounds, GoldCoordinates=GoldCoordinates, GoldDate=GoldDate,
        NotIncident=NotIncident, Casualties=Casualties, IncidentDate=IncidentDate, date=date,
        AMUDA=AMUDA, TAL_TAMR=TAL_TAMR, LATAKIA=LATAKIA, HASAKAH_GOV=HASAKAH_GOV, RAQQAH_GOV=RAQQAH_GOV,
        DEIR_GOV=DEIR_GOV, LATAKIA_GOV=LATAKIA_GOV,
    )
