"""The two baseline geocoders, alone and inside the pipeline."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from mapapp.evaluate.baselines import GovernorateCentroidGeocoder, NaiveGeocoder
from mapapp.model import Precision, Span, Toponym
from mapapp.geocode.placement import geocode_incident


def toponym(text: str, hint: str | None = None) -> Toponym:
    return Toponym(Span(text, 0, len(text)), admin1_hint=hint)


@pytest.fixture()
def places(build: SimpleNamespace) -> list:
    amuda = build.place("‘Āmūdā", 37.10417, 40.93, "Al-Hasakah", alternate_names=("Amuda",))
    small = build.place("Tall Tamr", 36.6, 40.3, "Al-Hasakah", population=10)
    big = build.place("Tall Tamr", 36.65556, 40.37079, "Al-Hasakah", population=5000)
    return [amuda, small, big, build.LATAKIA, build.HASAKAH_GOV, build.RAQQAH_GOV, build.DEIR_GOV, build.LATAKIA_GOV]


def test_naive_matches_names_and_alternate_names_exactly_ignoring_case(places: list) -> None:
    naive = NaiveGeocoder(places)
    location = naive.resolve(toponym("tall TAMR"))
    assert location.precision is Precision.PLACE and location.place.population == 5000  # largest of equal names
    assert naive.resolve(toponym("AMUDA")).place.name == "‘Āmūdā"  # GeoNames alternate names are names too
    assert naive.resolve(toponym("Amude")).place is None  # but no spelling folding beyond them
    assert naive.resolve(toponym("Tal Tamr")).place is None  # no spelling folding
    assert naive.resolve(toponym("‘Āmūdā")).place.admin1 == "Al-Hasakah"


def test_naive_keeps_outside_coverage_off_the_map(places: list) -> None:
    location = NaiveGeocoder(places).resolve(toponym("Latakia"))
    assert location.place is not None and location.place.admin1 == "Latakia"
    assert location.precision is Precision.OUTSIDE_COVERAGE and not location.is_mappable


def test_governorate_baseline_uses_the_context_hint(places: list) -> None:
    baseline = GovernorateCentroidGeocoder(places)
    location = baseline.resolve(toponym("Khuweibra", hint="Al-Hasakah"))
    assert location.precision is Precision.ADMIN1 and location.place.kind == "governorate"
    assert location.place.admin1 == "Al-Hasakah" and location.is_mappable
    assert baseline.resolve(toponym("Amuda")).precision is Precision.UNRESOLVED


def test_governorate_baseline_needs_governorate_records(build: SimpleNamespace) -> None:
    with pytest.raises(ValueError, match="no governorate record"):
        GovernorateCentroidGeocoder([build.AMUDA])


def test_baselines_run_in_the_pipeline(build: SimpleNamespace, places: list) -> None:
    incident = build.predicted("p1", "shelling", "Tal Tamr", "Shelling hit Tal Tamr", hint="Al-Hasakah")
    for resolver, expected in [(NaiveGeocoder(places), Precision.UNRESOLVED), (GovernorateCentroidGeocoder(places), Precision.ADMIN1)]:
        located = geocode_incident(incident, resolver)
        assert located.location is not None and located.location.precision is expected


def test_baselines_on_the_embedded_gazetteer() -> None:
    from mapapp import geocode

    gazetteer = geocode.load_default_gazetteer()
    naive, governorate = NaiveGeocoder(gazetteer), GovernorateCentroidGeocoder(gazetteer)
    assert naive.resolve(toponym("Deir ez-Zor")).place.admin1 == "Deir ez-Zor"
    for name in ("Al-Hasakah", "Ar-Raqqah", "Deir ez-Zor"):
        assert governorate.resolve(toponym("somewhere", hint=name)).place.admin1 == name
