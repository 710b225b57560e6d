"""The Streamlit pages' logic, driven headless with streamlit.testing.v1.AppTest.

Extraction and geocoding are replaced by hand-built incidents here (the real
pipeline is exercised by test_seed_loads_with_real_pipeline and the browser
test), so these tests check what the pages do with incidents.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
import streamlit as st
from app_factories import make_incident, sample_incidents
from streamlit.testing.v1 import AppTest

import mapapp.app.streamlit_app
from mapapp.app import data, state
from mapapp.model import Document, EventType, Span

APP_PATH = Path(mapapp.app.streamlit_app.__file__)
TIMEOUT = 60


def fake_process_document(document: Document, resolver: object) -> list:
    """One drone strike per sentence mentioning 'strike', with its evidence span in the text."""
    incidents = []
    for match in re.finditer(r"[^.]*strike[^.]*\.", document.text):
        span = Span(match.group().strip(), match.start() + (len(match.group()) - len(match.group().lstrip())), match.end())
        incident = make_incident(
            f"{document.id}-{match.start()}", event_type=EventType.DRONE_STRIKE, evidence=span.text, actor="Test actor"
        )
        incidents.append(replace(incident, evidence=[span], document_id=document.id))
    return incidents


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    st.cache_data.clear()
    st.cache_resource.clear()
    monkeypatch.delenv(data.BOUNDARIES_ENV, raising=False)
    monkeypatch.setattr(data, "load_resolver", lambda path=None: object())
    monkeypatch.setattr(data, "load_incident_set", lambda resolver: sample_incidents())
    monkeypatch.setattr(data, "load_gazetteer_extents", lambda path=None: {"Al-Hasakah": (35.5, 40.0, 37.3, 42.4)})
    monkeypatch.setattr(data, "process_document", fake_process_document)
    at = AppTest.from_file(str(APP_PATH), default_timeout=TIMEOUT)
    yield at
    st.cache_data.clear()
    st.cache_resource.clear()


def table_ids(at: AppTest) -> list[str]:
    return list(at.dataframe[0].value["id"])


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def test_first_load_shows_the_incident_set(app: AppTest) -> None:
    app.run()
    assert not app.exception
    assert table_ids(app) == ["a1", "a2", "a3", "a4", "a5"]
    assert metric(app, "Incidents shown") == "5 of 5"
    assert metric(app, "Not mappable") == "2"
    # the non-mappable ones are listed separately with their flag
    unmapped = app.dataframe[1].value
    assert set(unmapped["id"]) == {"a4", "a5"}
    assert all(unmapped["flag"].str.len() > 0)


def test_filters_change_the_table(app: AppTest) -> None:
    app.run()
    app.sidebar.multiselect(key="filter_types").set_value([EventType.SHELLING]).run()
    assert table_ids(app) == ["a2"]
    assert metric(app, "Incidents shown") == "1 of 5"
    app.sidebar.multiselect(key="filter_types").set_value(list(EventType)[:3] + [EventType.IED]).run()
    app.sidebar.number_input(key="filter_min_killed").set_value(4).run()
    assert table_ids(app) == ["a1"]
    app.sidebar.number_input(key="filter_min_killed").set_value(0).run()
    app.sidebar.checkbox(key="filter_undated").uncheck().run()
    assert set(table_ids(app)) == {"a1", "a2", "a3"}


def test_pasted_text_is_ingested_and_added(app: AppTest) -> None:
    app.run()
    app.sidebar.radio(key="page").set_value("Add articles").run()
    text = "Intro line. An air strike hit a <b>school</b> in the village. Nothing else happened."
    app.text_area(key="ingest_text").input(text)
    next(b for b in app.button if b.label == "Extract incidents").click().run()
    assert not app.exception
    assert not app.error
    assert any("1 incident(s)" in h.value for h in app.subheader)
    highlighted = next(m.value for m in app.markdown if "<mark>" in m.value)
    assert "<mark>An air strike hit a &lt;b&gt;school&lt;/b&gt; in the village.</mark>" in highlighted
    before = len(app.session_state[state.INCIDENTS_KEY])
    next(b for b in app.button if b.label == "Add these incidents to the map").click().run()
    assert len(app.session_state[state.INCIDENTS_KEY]) == before + 1
    assert any("Added 1 new incident" in s.value for s in app.success)
    app.sidebar.radio(key="page").set_value("Map").run()
    # the new incident's type and actor were not in the set before: the filters must not hide it
    assert len(table_ids(app)) == 6
    assert EventType.DRONE_STRIKE in app.sidebar.multiselect(key="filter_types").value


def test_upload_errors_are_shown(app: AppTest) -> None:
    app.run()
    app.sidebar.radio(key="page").set_value("Add articles").run()
    app.file_uploader(key="ingest_files").set_value(
        [("broken.txt", b"\x00\x01\x02\x03 binary \x00 data", "text/plain"), ("empty.txt", b"   ", "text/plain")]
    )
    next(b for b in app.button if b.label == "Extract incidents").click().run()
    assert not app.exception
    messages = [e.value for e in app.error]
    assert any("broken.txt" in m for m in messages)
    assert any("empty.txt" in m for m in messages)


def test_seed_loads_with_real_pipeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path))  # the embedded gazetteer, not a user's download
    for name in (data.GAZETTEER_ENV, data.BOUNDARIES_ENV, data.INCIDENTS_ENV):
        monkeypatch.delenv(name, raising=False)
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(str(APP_PATH), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    assert not at.error
    incidents = at.session_state[state.INCIDENTS_KEY]
    assert len(incidents) >= 2
    assert any(i.location is not None and i.location.is_mappable for i in incidents)
    assert len(table_ids(at)) == len(incidents)


def test_downloads_export_the_filtered_incidents(app: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    import mapapp.io.export

    calls: list[tuple[list[str], str]] = []

    def recording_export(incidents, fmt):  # type: ignore[no-untyped-def]
        incidents = list(incidents)
        calls.append(([i.id for i in incidents], fmt))
        return b"payload"

    monkeypatch.setattr(mapapp.io.export, "export_bytes", recording_export)
    app.run()
    app.sidebar.multiselect(key="filter_types").set_value([EventType.SHELLING, EventType.IED]).run()
    last_run = calls[-3:]
    assert sorted(fmt for _, fmt in last_run) == ["csv", "geojson", "gpkg"]
    assert all(ids == ["a2", "a3"] for ids, _ in last_run)
    assert {b.label for b in app.get("download_button")} == {"GeoJSON", "CSV", "GeoPackage"}
