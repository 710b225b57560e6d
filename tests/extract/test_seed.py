"""The seed article must give exactly its three hand-checked incidents and none of its background statements.

The expectations are written out here (they are the specification); the
extractor itself knows nothing about this article.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mapapp.extract import extract_incidents
from mapapp.model import Document, EventType, Incident


@pytest.fixture(scope="module")
def incidents(seed_document: Document) -> list[Incident]:
    return extract_incidents(seed_document)


def _by_place(incidents: list[Incident], name: str) -> Incident:
    found = [i for i in incidents if i.primary_toponym is not None and i.primary_toponym.text == name]
    assert len(found) == 1, f"expected one incident at {name!r}, got {[i.primary_toponym for i in incidents]}"
    return found[0]


def test_exactly_three_incidents(incidents: list[Incident]) -> None:
    assert len(incidents) == 3
    assert sorted(i.primary_toponym.text for i in incidents if i.primary_toponym) == [
        "Albu Kamal",
        "Khuweibra",
        "Tal Shayr",
    ]


def test_all_are_coalition_airstrikes(incidents: list[Incident]) -> None:
    for incident in incidents:
        assert incident.event_type is EventType.AIRSTRIKE
        assert incident.actor == "US-led coalition"


def test_tal_shayr(incidents: list[Incident], seed_text: str) -> None:
    incident = _by_place(incidents, "Tal Shayr")
    assert incident.primary_toponym is not None and incident.primary_toponym.admin1_hint == "Al-Hasakah"
    assert incident.killed is not None and (incident.killed.low, incident.killed.high) == (12, 12)
    assert incident.injured is not None and (incident.injured.low, incident.injured.high) == (2, None)
    assert incident.victims == "civilians"
    assert incident.target == "residential buildings"
    assert set(incident.sources) == {"Syrian state television", "local sources"}
    # two sentences: the casualties sentence and the anaphoric "the airborne assaults ... in Tal Shayr"
    assert len(incident.evidence) == 2
    assert incident.evidence[0].text.startswith("A dozen civilians have lost their lives")
    assert "Tal Shayr" in incident.evidence[1].text
    for span in incident.evidence:
        assert seed_text[span.start : span.end] == span.text


def test_khuweibra(incidents: list[Incident]) -> None:
    incident = _by_place(incidents, "Khuweibra")
    assert incident.primary_toponym is not None and incident.primary_toponym.admin1_hint == "Al-Hasakah"
    assert incident.killed is not None and (incident.killed.low, incident.killed.high) == (18, None)
    assert incident.injured is None
    assert incident.victims == "Iraqi refugees"
    assert incident.target == "school"
    assert incident.sources == []


def test_tal_shayr_came_a_day_after_khuweibra(incidents: list[Incident]) -> None:
    tal_shayr = _by_place(incidents, "Tal Shayr")
    khuweibra = _by_place(incidents, "Khuweibra")
    assert tal_shayr.date is not None and khuweibra.date is not None
    assert (tal_shayr.date.relative_to, tal_shayr.date.days_after) == (khuweibra.id, 1)
    assert (khuweibra.date.relative_to, khuweibra.date.days_after) == (tal_shayr.id, -1)
    assert tal_shayr.date.value is None and khuweibra.date.value is None  # no calendar date without publication


def test_albu_kamal(incidents: list[Incident]) -> None:
    incident = _by_place(incidents, "Albu Kamal")
    # Neither this sentence nor the one before names a governorate ("Dayr al-Zawr" is two paragraphs up, in a
    # list of three): the text gives no hint, and the geocoder alone places the town (in Deir ez-Zor).
    assert incident.primary_toponym is not None and incident.primary_toponym.admin1_hint is None
    assert incident.killed is None and incident.injured is None
    assert incident.victims is None
    assert incident.target == "Syrian army military sites"
    assert incident.date is not None
    assert (incident.date.month, incident.date.day, incident.date.value) == (5, 24, None)
    assert incident.date.relative_to is None  # "thwarted Daesh assaults" is not an incident to link to
    references = [t.text for t in incident.toponyms if t.role == "reference"]
    assert any(r.startswith("Hmeimim") for r in references)


def test_background_statements_are_not_incidents(incidents: list[Incident]) -> None:
    evidence = " ".join(span.text for incident in incidents for span in incident.evidence)
    assert "since September 2014" not in evidence
    assert "Dayr al-Zawr" not in evidence  # "has bombarded people in the provinces of ..."
    assert "two separate letters" not in evidence  # the June 5 letters
    assert "continues to perpetrate massacres" not in evidence
    assert "thwarted" not in " ".join(
        i.evidence[0].text for i in incidents if i.primary_toponym and i.primary_toponym.text != "Albu Kamal"
    )


def test_document_metadata_copied(seed_text: str) -> None:
    document = Document(
        text=seed_text, name="seed", outlet="Press TV", url="https://example.org/a", published=date(2018, 6, 7)
    )
    found = extract_incidents(document)
    assert {i.document_id for i in found} == {document.id}
    assert {i.outlet for i in found} == {"Press TV"}
    assert {i.url for i in found} == {"https://example.org/a"}
    assert {i.published for i in found} == {date(2018, 6, 7)}
    albu_kamal = _by_place(found, "Albu Kamal")
    assert albu_kamal.date is not None and albu_kamal.date.value == date(2018, 5, 24)


def test_relative_dates_resolve_once_one_side_is_known(seed_text: str) -> None:
    shifted = seed_text.replace("Iraqi refugees were killed when", "Iraqi refugees were killed on June 3 when")
    found = extract_incidents(Document(text=shifted, published=date(2018, 6, 7)))
    tal_shayr = _by_place(found, "Tal Shayr")
    khuweibra = _by_place(found, "Khuweibra")
    assert tal_shayr.date is not None and khuweibra.date is not None
    assert tal_shayr.date.value is not None and khuweibra.date.value is not None
    assert khuweibra.date.value == date(2018, 6, 3)
    assert tal_shayr.date.value - khuweibra.date.value == timedelta(days=1)


def test_ids_stable_and_unique(seed_document: Document, incidents: list[Incident]) -> None:
    again = extract_incidents(seed_document)
    assert [i.id for i in again] == [i.id for i in incidents]
    assert len({i.id for i in incidents}) == 3


def test_confidence_in_range_and_ordered(incidents: list[Incident]) -> None:
    for incident in incidents:
        assert 0.0 <= incident.confidence <= 1.0
    # the incident with place, figures, sources and two sentences is better supported than the one with none
    assert _by_place(incidents, "Tal Shayr").confidence > _by_place(incidents, "Albu Kamal").confidence
