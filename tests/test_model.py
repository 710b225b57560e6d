"""Tests for mapapp.model: lossless JSON round trips and the invariants the data classes enforce."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mapapp.model import (
    GOVERNORATES,
    Candidate,
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

# Al Hasakah and Al Qamishli as in GeoNames (tests/fixtures/gazetteer_SY_tiny.txt).
HASAKAH = Place(
    id="geonames:173811",
    name="Al Hasakah",
    lat=36.50237,
    lon=40.74772,
    admin1="Al-Hasakah",
    admin2="Al-Hasakah",
    kind="populated_place",
    precision=Precision.PLACE,
    alternate_names=("Hasakah", "الحسكة"),
    population=188160,
    country="SY",
)
QAMISHLI = Place(id="geonames:173377", name="Al Qamishli", lat=37.05215, lon=41.23142, admin1="Al-Hasakah")


def full_incident() -> Incident:
    """An incident with every field set to a non-default value."""
    return Incident(
        id="a1b2c3d4e5f6",
        event_type=EventType.AIRSTRIKE,
        evidence=[Span("A dozen civilians … <script>x</script>", 0, 37), Span("Second.", 40, 47)],
        actor="US-led coalition",
        victims="civilians",
        target="residential buildings",
        killed=Casualties(12, 12, "A dozen"),
        injured=Casualties(2, None, "several others"),
        date=IncidentDate(
            value=date(2017, 6, 9),
            year=2017,
            month=6,
            day=9,
            relative_to="ffeeddccbbaa",
            days_after=1,
            basis="incident",
            expression="a day after",
        ),
        toponyms=[
            Toponym(Span("Hasakah", 100, 107), admin1_hint="Al-Hasakah", role="primary"),
            Toponym(Span("Qamishli", 120, 128), admin1_hint=None, role="reference"),
        ],
        location=Location(
            toponym="Hasakah",
            place=HASAKAH,
            precision=Precision.PLACE,
            score=97.5,
            matched_name="Hasakah",
            candidates=(Candidate(HASAKAH, 97.5, "Hasakah"), Candidate(QAMISHLI, 40.0, "Qamishli")),
            note="located relative to 'Qamishli' (Al Qamishli)",
        ),
        sources=["local sources", "Syrian state television"],
        confidence=0.9,
        document_id="0123456789abcdef",
        outlet="Press TV",
        url="https://example.org/news/1",
        published=date(2017, 6, 10),
    )


def test_full_incident_json_round_trip() -> None:
    incident = full_incident()
    text = json.dumps(incident.to_dict(), ensure_ascii=False)
    again = Incident.from_dict(json.loads(text))
    assert again == incident
    assert again.location is not None and again.location.candidates[1].place == QAMISHLI
    assert json.dumps(again.to_dict(), ensure_ascii=False) == text


def test_minimal_incident_round_trip() -> None:
    incident = Incident(id="x", event_type=EventType.OTHER, evidence=[])
    assert Incident.from_dict(json.loads(json.dumps(incident.to_dict()))) == incident


def test_document_round_trip_and_content_id() -> None:
    document = Document(text="Shelling hit Raqqah.", name="a.txt", outlet="O", url="https://x.org", published=date(2020, 1, 2), title="T")
    data = json.loads(json.dumps(document.to_dict()))
    assert Document.from_dict(data) == document
    assert data["id"] == document.id == Document(text="Shelling hit Raqqah.", name="other").id
    assert Document(text="Shelling hit Raqqa.").id != document.id


def test_precision_mappability() -> None:
    assert {p for p in Precision if p.is_mappable} == {Precision.PLACE, Precision.ADMIN3, Precision.ADMIN2, Precision.ADMIN1}
    outside = Location(toponym="Hmeimim", place=HASAKAH, precision=Precision.OUTSIDE_COVERAGE)
    assert not outside.is_mappable and outside.lat is None and outside.lon is None
    inside = Location(toponym="Hasakah", place=HASAKAH, precision=Precision.PLACE)
    assert (inside.lat, inside.lon) == (HASAKAH.lat, HASAKAH.lon)
    assert Location(toponym="x", place=None, precision=Precision.PLACE).is_mappable is False


def test_place_coverage() -> None:
    assert HASAKAH.in_coverage
    assert not Place(id="g:1", name="Latakia", lat=35.5, lon=35.8, admin1="Latakia").in_coverage
    assert not Place(id="g:2", name="X", lat=36.5, lon=40.7, admin1="Al-Hasakah", country="IQ").in_coverage


def test_incident_id_is_stable_and_distinguishes() -> None:
    first = incident_id("doc", 10, EventType.AIRSTRIKE)
    assert first == incident_id("doc", 10, EventType.AIRSTRIKE)
    assert len({first, incident_id("doc", 11, EventType.AIRSTRIKE), incident_id("doc", 10, EventType.SHELLING),
                incident_id("other", 10, EventType.AIRSTRIKE)}) == 4  # fmt: skip


def test_primary_toponym_and_evidence_text() -> None:
    incident = full_incident()
    assert incident.primary_toponym is not None and incident.primary_toponym.text == "Hasakah"
    only_reference = Incident(id="x", event_type=EventType.OTHER, evidence=[], toponyms=[incident.toponyms[1]])
    assert only_reference.primary_toponym == incident.toponyms[1]
    assert incident.evidence_text == "A dozen civilians … <script>x</script> … Second."


# ----------------------------------------------------------------- property-based

counts = st.none() | st.integers(min_value=0, max_value=100_000)


@given(low=counts, high=counts)
def test_casualty_bounds(low: int | None, high: int | None) -> None:
    if low is not None and high is not None and high < low:
        with pytest.raises(ValueError, match="reversed"):
            Casualties(low, high)
        return
    casualties = Casualties(low, high, "phrase")
    assert Casualties.from_dict(json.loads(json.dumps(casualties.to_dict()))) == casualties
    assert casualties.exact == (low if low is not None and low == high else None)


texts = st.text(max_size=40)
optional_texts = st.none() | texts
spans = st.builds(
    lambda text, start: Span(text, start, start + len(text)), texts, st.integers(min_value=0, max_value=10_000)
)
casualties = st.none() | st.builds(
    lambda low, extra, phrase: Casualties(low, None if extra is None or low is None else low + extra, phrase),
    counts,
    st.none() | st.integers(min_value=0, max_value=1000),
    optional_texts,
)
incident_dates = st.none() | st.builds(
    IncidentDate,
    value=st.none() | st.dates(),
    year=st.none() | st.integers(1990, 2100),
    month=st.none() | st.integers(1, 12),
    day=st.none() | st.integers(1, 31),
    relative_to=optional_texts,
    days_after=st.none() | st.integers(-30, 30),
    basis=st.sampled_from(["absolute", "publication", "incident", "unknown"]),
    expression=optional_texts,
)
finite = st.floats(allow_nan=False, allow_infinity=False, width=64)
places = st.builds(
    Place,
    id=texts,
    name=texts,
    lat=st.floats(-90, 90),
    lon=st.floats(-180, 180),
    admin1=st.none() | st.sampled_from([*GOVERNORATES, "Latakia"]),
    admin2=optional_texts,
    kind=st.sampled_from(["populated_place", "site", "district", "governorate"]),
    precision=st.sampled_from(list(Precision)),
    alternate_names=st.lists(texts, max_size=3).map(tuple),
    population=st.none() | st.integers(0, 10_000_000),
    country=st.sampled_from(["SY", "IQ", "TR"]),
)
locations = st.none() | st.builds(
    Location,
    toponym=texts,
    place=st.none() | places,
    precision=st.sampled_from(list(Precision)),
    score=st.floats(0, 100),
    matched_name=optional_texts,
    candidates=st.lists(st.builds(Candidate, place=places, score=st.floats(0, 100), matched_name=texts), max_size=3).map(
        tuple
    ),
    note=texts,
)
generated_incidents = st.builds(
    Incident,
    id=texts,
    event_type=st.sampled_from(list(EventType)),
    evidence=st.lists(spans, max_size=3),
    actor=optional_texts,
    victims=optional_texts,
    target=optional_texts,
    killed=casualties,
    injured=casualties,
    date=incident_dates,
    toponyms=st.lists(
        st.builds(Toponym, span=spans, admin1_hint=st.none() | st.sampled_from(GOVERNORATES),
                  role=st.sampled_from(["primary", "reference"])),
        max_size=3,
    ),  # fmt: skip
    location=locations,
    sources=st.lists(texts, max_size=3),
    confidence=finite,
    document_id=optional_texts,
    outlet=optional_texts,
    url=optional_texts,
    published=st.none() | st.dates(),
)


@given(generated_incidents)
def test_any_incident_survives_json(incident: Incident) -> None:
    again = Incident.from_dict(json.loads(json.dumps(incident.to_dict())))
    assert again == incident


@given(spans)
def test_span_round_trip(span: Span) -> None:
    assert Span.from_dict(json.loads(json.dumps(span.to_dict()))) == span


def test_the_package_exposes_the_pipeline_in_a_few_names(seed_document: Document) -> None:
    import mapapp

    incidents = mapapp.process_document(seed_document, mapapp.Geocoder(mapapp.load_default_gazetteer()))
    assert len(incidents) == 3 and all(i.location is not None for i in incidents)
    assert mapapp.incidents_to_geojson(incidents)["type"] == "FeatureCollection"
    for name in mapapp.__all__:
        assert getattr(mapapp, name) is not None
    with pytest.raises(AttributeError):
        _ = mapapp.no_such_thing


def test_date_precision_is_derived_and_round_trips() -> None:
    from datetime import date

    from mapapp.model import IncidentDate

    assert IncidentDate(value=date(2021, 5, 3)).precision == "day"
    assert IncidentDate(month=5, year=2021).precision == "month"
    assert IncidentDate().precision == "unknown"
    report = IncidentDate.report_date(date(2021, 5, 3))
    assert report.is_report_date and report.basis == "report" and report.value == date(2021, 5, 3)
    assert IncidentDate.from_dict(report.to_dict()) == report
    assert IncidentDate.from_dict({"value": "2021-05-03"}).precision == "day"  # stores written before the field


def test_unknown_date_precision_is_refused() -> None:
    import pytest

    from mapapp.model import IncidentDate

    with pytest.raises(ValueError, match="precision"):
        IncidentDate(precision="fortnight")


def test_the_type_families_sort_every_type_once() -> None:
    """Every event type but `other` lies in exactly one of the families the rules reason over (a new type must
    be placed), and the derived families stay inside them."""
    from mapapp.model import (
        AIR_TYPES,
        BOMBARDMENT_TYPES,
        DEVICE_TYPES,
        FIGHT_TYPES,
        UNSPECIFIC_TYPES,
        VEHICLE_BOMB_TYPES,
        EventType,
    )

    families = [AIR_TYPES, frozenset({EventType.SHELLING}), FIGHT_TYPES, DEVICE_TYPES, frozenset({EventType.OTHER})]
    assert sum(len(family) for family in families) == len(EventType)
    assert frozenset().union(*families) == frozenset(EventType)
    assert AIR_TYPES < BOMBARDMENT_TYPES and EventType.SHELLING in BOMBARDMENT_TYPES
    assert VEHICLE_BOMB_TYPES < DEVICE_TYPES
    assert EventType.OTHER in UNSPECIFIC_TYPES and UNSPECIFIC_TYPES - {EventType.OTHER} < FIGHT_TYPES
