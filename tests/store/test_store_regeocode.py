"""Re-geocoding the store (IncidentStore.regeocode): a store built with a tiny gazetteer, then a bigger one.

The tiny gazetteer (tests/fixtures/gazetteer_SY_tiny.txt) lacks the village Khuweibra, so reports naming it are
placed at their governorate; the bigger one is the same dump with a record for Khuweibra a few km from Tall Tamr
(a point made up for the test). After re-geocoding, the reports gain the village's point and merge with a report
of the same strike placed at Tall Tamr; an analyst's placement keeps its point; an error midway changes nothing;
a second run changes nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from mapapp.geocode import Geocoder, load_geonames_dump
from mapapp.geocode.fingerprint import geocoder_fingerprint
from mapapp.model import Document, Incident, Precision
from mapapp.pipeline import geocode_document
from mapapp.store import IncidentStore, MergeRule, open_store
from mapapp.store.schema import edits, incidents, reports
from tests.store.store_factories import TALL_TAMR, make_incident

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TINY_DUMP = FIXTURES / "gazetteer_SY_tiny.txt"
#: A GeoNames dump line for Khuweibra (id, names and point made up for this test), about 4 km from Tall Tamr.
KHUWEIBRA_LINE = "9900001\tKhuweibra\tKhuweibra\tKhuwaybirah\t36.6400\t40.4100\tP\tPPL\tSY\t\t01\t\t\t\t0\t\t\tAsia/Damascus\t\n"


@pytest.fixture(scope="module")
def tiny() -> Geocoder:
    return Geocoder(load_geonames_dump(TINY_DUMP))


@pytest.fixture(scope="module")
def bigger(tmp_path_factory: pytest.TempPathFactory) -> Geocoder:
    path = tmp_path_factory.mktemp("gazetteer") / "SY.txt"
    path.write_text(TINY_DUMP.read_text(encoding="utf-8") + KHUWEIBRA_LINE, encoding="utf-8")
    return Geocoder(load_geonames_dump(path))


def _document(text: str, outlet: str, published: date) -> Document:
    return Document(text=text, name=f"{outlet}.txt", outlet=outlet, published=published)


DOC_VILLAGE = _document("An air strike hit Khuweibra village on 4 June 2018, killing five people.", "Wire A", date(2018, 6, 5))
DOC_TOWN = _document("Warplanes struck near Tall Tamr on 4 June 2018; five people died.", "Wire B", date(2018, 6, 5))
DOC_PLACED = _document("Shelling hit Khuweibra on 20 July 2018, wounding a child.", "Wire C", date(2018, 7, 21))


def _reports(geocoder: Geocoder) -> list[tuple[Document, list[Incident]]]:
    """The three documents' incidents, placed by ``geocoder`` through the pipeline's document geocoding."""
    village = make_incident(DOC_VILLAGE, "An air strike hit Khuweibra village", toponym="Khuweibra", when=date(2018, 6, 4))
    town = make_incident(DOC_TOWN, "Warplanes struck near Tall Tamr", place=TALL_TAMR, when=date(2018, 6, 4))
    placed = make_incident(DOC_PLACED, "Shelling hit Khuweibra", toponym="Khuweibra", when=date(2018, 7, 20))
    return [
        (DOC_VILLAGE, geocode_document([village], geocoder)),
        (DOC_TOWN, geocode_document([town], geocoder)),
        (DOC_PLACED, geocode_document([placed], geocoder)),
    ]


def _build(store: IncidentStore, geocoder: Geocoder, *, fingerprint: bool = True) -> None:
    for document, extracted in _reports(geocoder):
        store.ingest(document, extracted, gazetteer=geocoder_fingerprint(geocoder) if fingerprint else None)


def _regeocode(store: IncidentStore, geocoder: Geocoder, **options: Any) -> Any:
    return store.regeocode(lambda found: geocode_document(found, geocoder), geocoder_fingerprint(geocoder), **options)


def _tables(store_url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables regeocode may write, in a stable order (the whole stored state)."""
    engine = sa.create_engine(f"sqlite:///{store_url}")
    try:
        with engine.connect() as conn:
            return {
                table.name: [tuple(row) for row in conn.execute(sa.select(table).order_by(*table.primary_key.columns))]
                for table in (reports, incidents, edits)
            }
    finally:
        engine.dispose()


def _incident_of(store: IncidentStore, document: Document) -> Incident:
    found = [i for i in store.incidents() if document.id in store.record(i.id).document_ids]
    assert len(found) == 1
    return found[0]


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return str(tmp_path / "incidents.sqlite")


def test_a_bigger_gazetteer_gives_points_and_merges_what_the_new_places_allow(
    sqlite_url: str, tiny: Geocoder, bigger: Geocoder
) -> None:
    with open_store(sqlite_url) as store:
        _build(store, tiny)
        assert store.counts().incidents == 3  # the village is only at its governorate: no merge with Tall Tamr
        assert _incident_of(store, DOC_VILLAGE).location.precision is Precision.ADMIN1
        assert store.stale_reports(geocoder_fingerprint(tiny)) == 0
        assert store.stale_reports(geocoder_fingerprint(bigger)) == 3

        result = _regeocode(store, bigger)

        assert (result.documents, result.reports) == (3, 3)
        assert (result.newly_mappable, result.re_placed, result.unchanged) == (0, 2, 1)  # admin1 -> village point
        assert (result.incidents_before, result.incidents_after) == (3, 2)
        village = _incident_of(store, DOC_VILLAGE)
        assert village.location.precision is Precision.PLACE
        assert village.location.place.id == "geonames:9900001"
        assert DOC_TOWN.id in store.record(village.id).document_ids  # merged with the Tall Tamr report
        assert store.stale_reports(geocoder_fingerprint(bigger)) == 0
        assert "2 re-placed" in result.summary()


def test_an_analysts_placement_keeps_its_point(sqlite_url: str, tiny: Geocoder, bigger: Geocoder) -> None:
    with open_store(sqlite_url) as store:
        _build(store, tiny)
        placed = _incident_of(store, DOC_PLACED)
        store.place_incident(placed.id, "Khuweibra (school)", 36.6111, 40.4444, author="analyst", admin1="Al-Hasakah")

        result = _regeocode(store, bigger)

        after = _incident_of(store, DOC_PLACED)
        assert (after.location.place.lat, after.location.place.lon) == (36.6111, 40.4444)
        assert after.location.note == "place corrected by hand"
        assert result.placements_kept == 1
        # the report itself was re-resolved (its key now names the village), the analyst's place applies over it
        assert store.record(after.id).reports[0].incident.location.place.id == "geonames:9900001"


def test_an_error_midway_leaves_the_store_unchanged(sqlite_url: str, tiny: Geocoder, bigger: Geocoder) -> None:
    with open_store(sqlite_url) as store:
        _build(store, tiny)
    before = _tables(sqlite_url)
    calls = 0

    def failing(found: list[Incident]) -> list[Incident]:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("gazetteer went away")
        return geocode_document(found, bigger)

    with open_store(sqlite_url) as store:
        with pytest.raises(RuntimeError, match="went away"):
            store.regeocode(failing, geocoder_fingerprint(bigger))
    assert calls == 2
    assert _tables(sqlite_url) == before


def test_an_error_while_regrouping_leaves_the_store_unchanged(
    sqlite_url: str, tiny: Geocoder, bigger: Geocoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(sqlite_url) as store:
        _build(store, tiny)
    before = _tables(sqlite_url)
    with open_store(sqlite_url) as store:
        original = store._recluster

        def failing_after_first(*args: Any, **kwargs: Any) -> Any:
            original(*args, **kwargs)  # the re-grouping runs, then fails
            raise RuntimeError("disk full")

        monkeypatch.setattr(store, "_recluster", failing_after_first)
        with pytest.raises(RuntimeError, match="disk full"):
            _regeocode(store, bigger)
    assert _tables(sqlite_url) == before


def test_a_second_run_changes_nothing(sqlite_url: str, tiny: Geocoder, bigger: Geocoder) -> None:
    with open_store(sqlite_url) as store:
        _build(store, tiny)
        placed = _incident_of(store, DOC_PLACED)
        store.correct(placed.id, "killed", 2, author="analyst")
        _regeocode(store, bigger)
    after_first = _tables(sqlite_url)
    with open_store(sqlite_url) as store:
        again = _regeocode(store, bigger)
        assert again.reports == 0 and "nothing to do" in again.summary()
        everything = _regeocode(store, bigger, everything=True)
        assert everything.reports == 3 and everything.regrouped == 0 and everything.unchanged == 3
    assert _tables(sqlite_url) == after_first


def test_kept_apart_reports_stay_apart_after_new_places(sqlite_url: str, tiny: Geocoder, bigger: Geocoder) -> None:
    with open_store(sqlite_url) as store:
        _build(store, tiny)
        village, town = _incident_of(store, DOC_VILLAGE), _incident_of(store, DOC_TOWN)
        store.keep_apart(village.id, town.id, author="analyst")
        result = _regeocode(store, bigger)
        assert result.incidents_after == 3
        assert _incident_of(store, DOC_VILLAGE).id != _incident_of(store, DOC_TOWN).id


def test_a_store_without_fingerprints_is_regrouped_under_the_current_rule(
    sqlite_url: str, tiny: Geocoder, bigger: Geocoder
) -> None:
    # an older store: reports stored without a gazetteer, grouped by a stricter rule than today's
    with open_store(sqlite_url, rule=MergeRule(max_distance_km=1.0)) as store:
        _build(store, bigger, fingerprint=False)
        assert store.counts().incidents == 3  # Khuweibra is 4 km from Tall Tamr: apart under the 1 km rule
    with open_store(sqlite_url) as store:
        result = _regeocode(store, bigger)
        assert result.reports == 3 and result.unchanged == 3  # the same gazetteer: the same places
        assert (result.incidents_before, result.incidents_after) == (3, 2)  # re-grouped under the 10 km rule
        assert _incident_of(store, DOC_VILLAGE).id == _incident_of(store, DOC_TOWN).id
