"""Hand-built documents and incidents for the store tests (no extractor involved)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mapapp.geocode.sources import governorate_records
from mapapp.model import (
    Casualties,
    Document,
    EventType,
    Incident,
    IncidentDate,
    Location,
    Place,
    Precision,
    Span,
    Toponym,
    incident_id,
)

# Real GeoNames records, as in tests/fixtures/gazetteer_SY_tiny.txt.
AL_HASAKAH_CITY = Place(id="geonames:173811", name="Al Hasakah", lat=36.50237, lon=40.74772, admin1="Al-Hasakah")
TALL_TAMR = Place(id="geonames:163434", name="Tall Tamr", lat=36.65556, lon=40.37079, admin1="Al-Hasakah")
#: The governorate as the geocoder gives it (OCHA centroid), where a village missing from the gazetteer lands.
HASAKAH_GOVERNORATE = next(place for place in governorate_records() if place.admin1 == "Al-Hasakah")
#: Khuweibra is not in the embedded gazetteer: like the geocoder, place it at governorate level.
KHUWEIBRA = HASAKAH_GOVERNORATE


def located(place: Place, toponym: str | None = None) -> Location:
    return Location(
        toponym=toponym or place.name, place=place, precision=place.precision, score=95.0,
        note="village not in gazetteer; placed at governorate" if place.precision is Precision.ADMIN1 else "",
    )


def make_incident(
    document: Document,
    phrase: str,
    *,
    event_type: EventType = EventType.AIRSTRIKE,
    place: Place | None = KHUWEIBRA,
    toponym: str | None = None,
    when: date | None = None,
    killed: Casualties | None = None,
    month_day: tuple[int, int] | None = None,
    sources: tuple[str, ...] = (),
) -> Incident:
    """An incident whose evidence is the first occurrence of ``phrase`` in ``document``."""
    start = document.text.index(phrase)
    span = Span(text=phrase, start=start, end=start + len(phrase))
    if when is not None:
        incident_date: IncidentDate | None = IncidentDate(value=when, basis="absolute")
    elif month_day is not None:
        incident_date = IncidentDate(month=month_day[0], day=month_day[1], basis="absolute")
    else:
        incident_date = None
    name = toponym or (place.name if place else "nowhere")
    name_at = document.text.find(name)
    toponym_span = Span(text=name, start=name_at, end=name_at + len(name)) if name_at >= 0 else span
    location = (
        located(place, name)
        if place is not None
        else Location(toponym=name, place=None, precision=Precision.UNRESOLVED)
    )
    return Incident(
        id=incident_id(document.id, start, event_type),
        event_type=event_type,
        evidence=[span],
        killed=killed,
        date=incident_date,
        toponyms=[Toponym(span=toponym_span, admin1_hint="Al-Hasakah")],
        location=location,
        sources=list(sources),
        document_id=document.id,
    )


ARTICLES = Path(__file__).resolve().parent / "articles"
ARTICLE_A_PATH = ARTICLES / "khuweibra_levant_wire.txt"
ARTICLE_B_PATH = ARTICLES / "khuweibra_euphrates_daily.txt"

#: The Khuweibra school strike (the seed's second incident) as two outlets wrote it.
ARTICLE_A = Document(
    text=ARTICLE_A_PATH.read_text(encoding="utf-8"),
    name=ARTICLE_A_PATH.name,
    outlet="Levant Wire",
    published=date(2018, 6, 5),
)
ARTICLE_B = Document(
    text=ARTICLE_B_PATH.read_text(encoding="utf-8"),
    name=ARTICLE_B_PATH.name,
    outlet="Euphrates Daily",
    published=date(2018, 6, 6),
)


def khuweibra_reports() -> tuple[Incident, Incident]:
    """The Khuweibra school strike as each of the two articles reports it."""
    a = make_incident(
        ARTICLE_A, "At least 18 Iraqi refugees were killed", toponym="Khuweibra", when=date(2018, 6, 4),
        killed=Casualties(18, None, "At least 18"), sources=("local sources",),
    )
    b = make_incident(
        ARTICLE_B, "killed 20 people", toponym="Khuweibra", when=date(2018, 6, 5), killed=Casualties(20, 20, "20 people"),
        sources=("a war monitor",),
    )
    return a, b


def synthetic_document(index: int, tag: str = "") -> Document:
    """A distinct small article (its text differs by ``index`` and ``tag``)."""
    return Document(
        text=f"Report {tag}{index}: shelling hit a village; a second airstrike followed. Ref {tag}-{index}.",
        name=f"synthetic-{tag}{index}.txt",
        outlet=f"Outlet {tag or 'X'}",
    )
