"""Tests for mapapp.pipeline: geocoding an incident's toponyms, and the seed article end to end.

The unit tests use a stand-in resolver, so they test the pipeline's own rules;
the end-to-end tests use the real extractor and the built-in gazetteer.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from mapapp.model import (
    GOVERNORATES,
    Document,
    EventType,
    Incident,
    Location,
    Place,
    Precision,
    Span,
    Toponym,
)
from mapapp.pipeline import (
    choose_namesakes_by_document,
    process_document,
    process_documents,
)
from tests.geocode.placement_factories import (
    HASAKAH,
    HASAKAH_GOVERNORATE,
    KARAMA_EAST,
    KARAMA_WEST,
    LATAKIA,
    RAQQA,
    TOWN_EAST,
    TableResolver,
    incident_with,
    karama,
    places_by_name,
)

# Bounding boxes of the governorate polygons in the OCHA COD-AB Syria adm1 boundaries
# (min lon, min lat, max lon, max lat), rounded outward to 0.01 degree.
GOVERNORATE_EXTENTS: dict[str, tuple[float, float, float, float]] = {
    "Al-Hasakah": (39.50, 35.49, 42.39, 37.32),
    "Ar-Raqqah": (38.05, 35.27, 39.90, 36.77),
    "Deir ez-Zor": (39.24, 34.06, 41.29, 36.34),
}
LATAKIA_MAX_LON = 36.26  # the whole of Lattakia governorate lies west of this


def in_extent(lat: float, lon: float, governorate: str) -> bool:
    min_lon, min_lat, max_lon, max_lat = GOVERNORATE_EXTENTS[governorate]
    return min_lon <= lon <= max_lon and min_lat <= lat <= max_lat


def test_process_documents_reports_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    import mapapp.extract

    def fake_extract(document: Document) -> list[Incident]:
        return [incident_with(Toponym(Span(document.text, 0, len(document.text))))]

    monkeypatch.setattr(mapapp.extract, "extract_incidents", fake_extract, raising=False)
    seen: list[str] = []
    resolver = TableResolver({"Hasakah": Location(toponym="Hasakah", place=HASAKAH, precision=Precision.PLACE)})
    documents = [Document(text="Hasakah", name="a"), Document(text="Nowhere", name="b")]
    results = list(process_documents(documents, resolver, progress=lambda d: seen.append(d.name)))
    assert seen == ["a", "b"]
    assert [r.location.precision for r in results if r.location] == [Precision.PLACE, Precision.UNRESOLVED]


# ----------------------------------------------------------------- seed article, end to end


@pytest.fixture()
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Use the built-in gazetteer, not a dump the developer happens to have downloaded."""
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    yield tmp_path


@pytest.fixture()
def seed_incidents(seed_document: Document, isolated_data_dir: Path) -> list[Incident]:
    from mapapp.geocode import Geocoder, load_gazetteer
    from mapapp.pipeline import process_document

    return process_document(seed_document, Geocoder(load_gazetteer(None)))


def test_seed_three_incidents(seed_incidents: list[Incident]) -> None:
    assert len(seed_incidents) == 3, [i.evidence_text[:60] for i in seed_incidents]


def test_seed_incidents_in_hasakah(seed_incidents: list[Incident]) -> None:
    hasakah = [
        i for i in seed_incidents if i.location is not None and i.location.place is not None
        and i.location.place.admin1 == "Al-Hasakah" and i.location.is_mappable
    ]  # fmt: skip
    assert sorted(i.killed.low for i in hasakah if i.killed is not None) == [12, 18]
    for incident in hasakah:
        assert incident.event_type is EventType.AIRSTRIKE
        assert in_extent(incident.location.lat, incident.location.lon, "Al-Hasakah")  # type: ignore[union-attr,arg-type]


def test_seed_albu_kamal_incident(seed_incidents: list[Incident]) -> None:
    matches = [i for i in seed_incidents if i.date is not None and (i.date.month, i.date.day) == (5, 24)]
    assert len(matches) == 1
    incident = matches[0]
    assert incident.location is not None and incident.location.is_mappable
    assert incident.location.place is not None and incident.location.place.admin1 == "Deir ez-Zor"
    assert in_extent(incident.location.lat, incident.location.lon, "Deir ez-Zor")  # type: ignore[arg-type]
    assert "Kamal" in incident.location.toponym
    assert "approximate" in incident.location.note  # located against Hmeimim, which is in Latakia


def test_seed_nothing_outside_coverage_is_placed(seed_incidents: list[Incident]) -> None:
    for incident in seed_incidents:
        location = incident.location
        assert location is not None
        if location.is_mappable:
            assert location.place is not None and location.place.admin1 in GOVERNORATES
            assert location.lon is not None and location.lon > LATAKIA_MAX_LON
            assert any(in_extent(location.lat, location.lon, g) for g in GOVERNORATES)  # type: ignore[arg-type]


def test_seed_evidence_offsets_point_into_the_text(seed_incidents: list[Incident], seed_document: Document) -> None:
    for incident in seed_incidents:
        assert incident.evidence
        for span in incident.evidence:
            assert seed_document.text[span.start : span.end] == span.text


def test_a_namesake_takes_the_other_places_of_its_document() -> None:
    at_town = Incident(id="a", event_type=EventType.SHELLING, evidence=[Span("x", 0, 1)],
                       location=Location(toponym="Tall Baydar", place=TOWN_EAST, precision=Precision.PLACE, score=100.0))
    at_village = Incident(id="b", event_type=EventType.SHELLING, evidence=[Span("y", 2, 3)], location=karama())
    moved = choose_namesakes_by_document([at_town, at_village])
    assert moved[0].location == at_town.location and moved[1].location.place == KARAMA_EAST  # type: ignore[union-attr]
    # far from every other place of the document: the gazetteer's choice stands
    far = replace_location(at_town, Place(id="t:far", name="Far", lat=35.0, lon=39.0, admin1="Ar-Raqqah"))
    assert choose_namesakes_by_document([far, at_village])[1].location.place == KARAMA_WEST  # type: ignore[union-attr]


def replace_location(incident: Incident, place: Place) -> Incident:
    from dataclasses import replace

    return replace(incident, location=Location(toponym=place.name, place=place, precision=Precision.PLACE, score=100.0))


class HintResolver(TableResolver):
    """Knows the towns of its table; an unknown name with a governorate hint goes to that governorate."""

    def resolve(self, toponym: Toponym) -> Location:
        self.asked.append(toponym)
        if toponym.text in self.table:
            return self.table[toponym.text]
        if toponym.admin1_hint == "Al-Hasakah":
            return Location(toponym=toponym.text, place=HASAKAH_GOVERNORATE, precision=Precision.ADMIN1, score=50.0,
                            note="not in gazetteer; placed at governorate named in context")
        return Location(toponym=toponym.text, place=None, precision=Precision.UNRESOLVED)


def _report(*sentences: str) -> list[Incident]:
    incidents, start = [], 0
    for index, sentence in enumerate(sentences):
        name = sentence.split("|")[0]
        text = sentence.split("|")[1]
        at = text.index(name)
        toponym = Toponym(Span(name, start + at, start + at + len(name)))
        incidents.append(Incident(id=f"i{index}", event_type=EventType.SHELLING,
                                  evidence=[Span(text, start, start + len(text))], toponyms=[toponym]))
        start += len(text) + 1
    return incidents


def test_an_unknown_village_takes_the_one_governorate_of_its_report() -> None:
    from mapapp.pipeline import geocode_document

    table = {"Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE, score=100.0)}
    incidents = _report("Qamishli|A drone hit a car in Qamishli.", "Kherbet|Shells fell on the village of Kherbet.")
    located = geocode_document(incidents, HintResolver(table))
    location = located[1].location
    assert location is not None and location.place == HASAKAH_GOVERNORATE and location.precision is Precision.ADMIN1
    assert "every other place of the report" in location.note


@pytest.mark.parametrize("case", ["not called a village", "a place outside coverage", "two governorates"])
def test_no_governorate_is_inferred_from_a_report_when(case: str) -> None:
    from mapapp.pipeline import geocode_document

    table = {
        "Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE, score=100.0),
        "Latakia": Location(toponym="Latakia", place=LATAKIA, precision=Precision.OUTSIDE_COVERAGE, score=100.0),
        "Raqqa": Location(toponym="Raqqa", place=RAQQA, precision=Precision.PLACE, score=100.0),
    }
    unknown = "Kherbet Guards|The Kherbet Guards shelled a post." if case == "not called a village" else (
        "Kherbet|Shells fell on Kherbet village.")
    other = {"a place outside coverage": "Latakia|A drone hit Latakia.", "two governorates": "Raqqa|A drone hit Raqqa."}
    sentences = ["Qamishli|A drone hit a car in Qamishli.", unknown]
    if case in other:
        sentences.append(other[case])
    located = geocode_document(_report(*sentences), HintResolver(table))
    assert located[1].location is not None and located[1].location.precision is Precision.UNRESOLVED


def test_no_governorate_is_inferred_for_a_village_the_text_ties_to_a_town_outside_coverage() -> None:
    """A report filed from Qamishli about "X village south of Kobani" (Aleppo): the village may lie in any
    governorate near Kobani, so the report's other places do not decide it."""
    from mapapp.pipeline import geocode_document

    table = {
        "Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE, score=100.0),
        "Latakia": Location(toponym="Latakia", place=LATAKIA, precision=Precision.OUTSIDE_COVERAGE, score=100.0),
    }
    incidents = _report("Qamishli|A drone hit a car in Qamishli.", "Kherbet|A drone hit the village of Kherbet.")
    tied = incidents[1]
    text = tied.evidence[0].text + " south of Latakia"
    reference = Toponym(Span("Latakia", tied.evidence[0].start + len(text) - 7, tied.evidence[0].start + len(text)),
                        role="reference")
    tied = Incident(id=tied.id, event_type=tied.event_type, evidence=[Span(text, tied.evidence[0].start,
                    tied.evidence[0].start + len(text))], toponyms=[*tied.toponyms, reference])
    located = geocode_document([incidents[0], tied], HintResolver(table))
    assert located[1].location is not None and located[1].location.precision is Precision.UNRESOLVED
    # the same village with no tie abroad takes the report's governorate
    located = geocode_document(incidents, HintResolver(table))
    assert located[1].location is not None and located[1].location.precision is Precision.ADMIN1


def test_no_governorate_is_inferred_for_a_village_of_another_province() -> None:
    from mapapp.pipeline import geocode_document

    table = {"Qamishli": Location(toponym="Qamishli", place=HASAKAH, precision=Precision.PLACE, score=100.0)}
    incidents = _report(
        "Qamishli|A drone hit a car in Qamishli.", "Kherbet|Gunmen raided the village of Kherbet in Diyala province."
    )
    located = geocode_document(incidents, HintResolver(table))
    assert located[1].location is not None and located[1].location.precision is Precision.UNRESOLVED
    # a covered governorate named as a province does not stop it
    incidents = _report(
        "Qamishli|A drone hit a car in Qamishli.", "Kherbet|Shells fell on the village of Kherbet in Hasakah province."
    )
    assert geocode_document(incidents, HintResolver(table))[1].location.precision is Precision.ADMIN1  # type: ignore[union-attr]


def test_a_village_named_like_a_town_abroad_takes_its_reports_governorate() -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = (
        "A mine killed two shepherds near Hajin on Monday. "
        "On Tuesday, a boy was killed when a landmine exploded in Kasiba village near the border."
    )
    incidents = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    village = next(i for i in incidents if i.primary_toponym is not None and i.primary_toponym.text == "Kasiba")
    location = village.location
    assert location is not None and location.precision is Precision.ADMIN1 and location.is_mappable
    assert location.place is not None and location.place.admin1 == "Deir ez-Zor"
    assert "calls it a village" in location.note


def test_a_town_abroad_called_a_town_stays_outside_coverage() -> None:
    from mapapp.geocode import Geocoder, load_default_gazetteer

    text = "A mine killed two shepherds near Hajin on Monday. On Tuesday, shelling hit the Iraqi town of al-Qaim, killing two."
    incidents = process_document(Document(text=text), Geocoder(load_default_gazetteer()))
    town = next(i for i in incidents if i.primary_toponym is not None and i.primary_toponym.text == "al-Qaim")
    assert town.location is not None and town.location.precision is Precision.OUTSIDE_COVERAGE


@pytest.mark.parametrize(
    ("second", "mapped"),
    [
        ("Near Zor Shammar, two strikes destroyed a weapons depot on Tuesday.", True),
        ("Gunmen on a motorbike attacked a patrol in Zor Shammar on Tuesday.", True),
        ("In Iraq, near Zor Shammar, two strikes destroyed a weapons depot on Tuesday.", False),
        # Syria's neighbours by the gazetteer's country table, and the names beyond it
        ("Near Zor Shammar, close to the border with Turkey, two strikes destroyed a depot on Tuesday.", False),
        ("Near Zor Shammar, on the road to Lebanon, two strikes destroyed a depot on Tuesday.", False),
        ("Near Zor Shammar, two strikes destroyed a depot on Tuesday, as Türkiye-backed factions advanced.", False),
        ("Near Zor Shammar, on the road to Mosul, two strikes destroyed a depot on Tuesday.", False),
        # a province named that is not a covered governorate
        ("Near Zor Shammar in Homs province, two strikes destroyed a weapons depot on Tuesday.", False),
        # called a village in a sentence naming nothing abroad
        ("Two strikes destroyed a depot in the village of Zor Shammar on Tuesday.", True),
    ],
)
def test_an_unknown_place_takes_the_one_governorate_of_its_reports_other_places(second: str, mapped: bool) -> None:
    text = f"Gunmen killed a trader in Hajin on Monday.\n\n{second}"
    location = places_by_name(text)["Zor Shammar"]
    assert location.is_mappable is mapped
    if mapped:
        assert location.precision is Precision.ADMIN1 and location.place is not None
        assert location.place.admin1 == "Deir ez-Zor"


def test_a_list_sentence_of_several_places_is_stored_whole(isolated_data_dir: Path) -> None:
    # the store refuses a document whose incidents share an id: the list's places must each keep their own
    from mapapp.geocode import Geocoder, load_gazetteer
    from mapapp.pipeline import process_document
    from mapapp.store import open_store

    document = Document(
        text="Turkish drones struck targets across the region on Monday. Among the sites hit were a bakery near "
        "Qamishli, a grain silo at Tal Tamr and a water station at Amuda.",
        published=date(2024, 1, 10),
    )
    incidents = process_document(document, Geocoder(load_gazetteer(None)))
    store = open_store(f"sqlite:///{isolated_data_dir / 'store.sqlite'}")
    store.ingest(document, incidents)
    assert len(store.incidents()) == 3


@pytest.mark.parametrize(
    "second",
    [
        "On Tuesday, shells fell near Sayda village, wounding two shepherds.",
        "On Tuesday, clashes broke out near Tayy, killing a guard.",
        "A drone hit a car in Sayda on Tuesday, killing its driver.",
    ],
)
def test_a_small_place_far_abroad_in_a_report_on_the_covered_area_takes_the_reports_governorate(second: str) -> None:
    # the gazetteer's Sayda is Sidon and its Tayy is Tyre, both in Lebanon: small places far from coverage
    text = f"Gunmen killed a trader in Hajin on Monday.\n\nA mine killed a shepherd near Mayadin on Sunday.\n\n{second}"
    location = next(loc for name, loc in places_by_name(text).items() if name in ("Sayda", "Tayy"))
    assert location.is_mappable and location.precision is Precision.ADMIN1
    assert location.place is not None and location.place.admin1 == "Deir ez-Zor"
    assert location.candidates and location.candidates[0].place.country == "LB"  # the namesake is kept


@pytest.mark.parametrize(
    "second",
    [
        "On Tuesday, Israeli jets struck Tyre in Lebanon, killing two.",  # its country is named
        "On Tuesday, a bomb exploded in Ankara, killing two.",  # a big city is news of its own
        "On Tuesday, shells fell on villages of the Shehba area in Aleppo's northern countryside.",
        # a town far abroad named by its own name is that town, whatever the report is about
        "On Tuesday, a drone strike hit a car in Tikrit, killing two men.",
        "On Tuesday, a drone strike hit a car in Baalbek, killing two men.",
        # its neighbour's adjective takes the sentence abroad
        "On Tuesday, Lebanese troops clashed with smugglers near Sayda, killing two.",
    ],
)
def test_a_place_abroad_told_as_such_or_a_big_city_stays_outside_coverage(second: str) -> None:
    text = f"Gunmen killed a trader in Hajin on Monday.\n\n{second}"
    places = places_by_name(text)
    assert places["Hajin"].is_mappable
    assert all(not loc.is_mappable for name, loc in places.items() if name != "Hajin")


def test_a_small_place_far_abroad_in_a_report_naming_one_covered_town_is_not_mapped() -> None:
    # one town of Deir ez-Zor does not say where a village spelt like Tyre lies: neither Tyre nor Deir ez-Zor
    text = "Gunmen killed a trader in Hajin on Monday.\n\nOn Tuesday, clashes broke out near Tayy, killing a guard."
    location = places_by_name(text)["Tayy"]
    assert location.precision is Precision.UNRESOLVED and not location.is_mappable
    assert location.candidates and location.candidates[0].place.country == "LB" and "another place" in location.note
