"""The Streamlit pages' logic, driven headless with streamlit.testing.v1.AppTest.

Extraction and geocoding are replaced by hand-built incidents here (the real
pipeline is exercised by test_seed_loads_with_real_pipeline and the browser
test), so these tests check what the pages do with incidents.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import streamlit as st
from app_factories import make_incident, sample_incidents
from streamlit.testing.v1 import AppTest

import mapapp.app.streamlit_app
from mapapp.app import data, page_ingest, review_panel
from mapapp.app.formatting import date_sort_key
from mapapp.model import Casualties, Document, EventType, Span
from mapapp.store import open_store

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


SAMPLE_DOCUMENT = Document(text="Sample incidents for the app tests.", name="sample.txt", outlet="Test Outlet")


def fill_store(location: Path, incidents: list) -> None:
    with open_store(location) as store:
        store.ingest(SAMPLE_DOCUMENT, incidents)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary SQLite store holding the sample incidents; the app finds it through $MAPAPP_DB."""
    location = tmp_path / "incidents.sqlite"
    fill_store(location, sample_incidents())
    monkeypatch.setenv(data.STORE_ENV, str(location))
    return location


def fake_pipeline_app(monkeypatch: pytest.MonkeyPatch) -> Iterator[AppTest]:
    st.cache_data.clear()
    st.cache_resource.clear()
    monkeypatch.delenv(data.BOUNDARIES_ENV, raising=False)
    monkeypatch.setattr(data, "load_resolver", lambda path=None: object())
    monkeypatch.setattr(data, "load_town_labels", lambda path=None: [("Al-Hasakah", 36.5, 40.75)])
    monkeypatch.setattr(data, "process_document", fake_process_document)
    yield AppTest.from_file(str(APP_PATH), default_timeout=TIMEOUT)
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def app(db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppTest]:
    yield from fake_pipeline_app(monkeypatch)


def table_ids(at: AppTest) -> list[str]:
    return list(at.dataframe[0].value["id"])


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def test_first_load_shows_the_incident_set(app: AppTest) -> None:
    app.run()
    assert not app.exception
    assert table_ids(app) == ["a1", "a2", "a3", "a4", "a5"]
    assert metric(app, "Incidents shown") == "5 of 5"
    assert metric(app, "On the map") == "3"
    assert (metric(app, "Outside coverage"), metric(app, "Not placed")) == ("1", "1")
    assert metric(app, "Killed on the map (at least)") == "15"
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


def unescaped(text: str) -> str:
    """Markdown text as the user reads it (the app backslash-escapes text from documents and the store)."""
    return re.sub(r"\\(.)", r"\1", text)


PASTED = "Intro line. An air strike hit a <b>school</b> in the village. Nothing else happened."


def extract_pasted(at: AppTest, text: str = PASTED) -> None:
    at.sidebar.radio(key="page").set_value("Add articles").run()
    at.text_area(key="ingest_text").input(text)
    next(b for b in at.button if b.label == "Extract incidents").click().run()


def save_button(at: AppTest):  # type: ignore[no-untyped-def]
    return next(b for b in at.button if b.label == "Save these incidents to the store")


def test_pasted_text_is_saved_to_the_store(app: AppTest, db: Path) -> None:
    app.run()
    extract_pasted(app)
    assert not app.exception
    assert not app.error
    assert any("1 incident(s)" in h.value for h in app.subheader)
    highlighted = next(m.value for m in app.markdown if "<mark>" in m.value)
    assert "<mark>An air strike hit a &lt;b&gt;school&lt;/b&gt; in the village.</mark>" in highlighted
    save_button(app).click().run()
    assert not app.exception
    message = unescaped(app.success[0].value)
    assert "Saved pasted text (new document): 1 new incident(s), 0 merged" in message
    # on disk: a fresh handle on the same file sees the document and its incident
    with open_store(db) as fresh:
        stored = fresh.incidents()
        assert fresh.counts().documents == 2
    new = [i for i in stored if i.event_type is EventType.DRONE_STRIKE]
    assert len(stored) == 6 and len(new) == 1
    assert "air strike hit a <b>school</b>" in new[0].evidence_text
    app.sidebar.radio(key="page").set_value("Map").run()
    # the new incident's type and actor were not in the set before: the filters must not hide it
    assert new[0].id in table_ids(app)
    assert len(table_ids(app)) == 6
    assert EventType.DRONE_STRIKE in app.sidebar.multiselect(key="filter_types").value
    # saving the same document again stores nothing new and says so
    app.sidebar.radio(key="page").set_value("Add articles").run()
    save_button(app).click().run()
    assert "(already stored): 0 new incident(s)" in unescaped(app.success[0].value)
    with open_store(db) as fresh:
        assert fresh.counts().incidents == 6


def test_table_edits_before_saving_become_corrections(app: AppTest, db: Path) -> None:
    app.run()
    app.sidebar.text_input(key="analyst_name").input("Rania").run()
    extract_pasted(app)
    pending = app.session_state[page_ingest.PENDING_KEY]
    editor_key = f"ingest_editor_0_{pending[0].document.id}"
    # what st.data_editor keeps when the user types 7 into the first row's "killed ≥" and "killed ≤" cells
    app.session_state[editor_key] = {
        "edited_rows": {0: {"killed_low": 7, "killed_high": 7}}, "added_rows": [], "deleted_rows": []
    }
    app.run()
    save_button(app).click().run()
    assert not app.exception and not app.error
    assert "1 correction(s) recorded" in unescaped(app.success[0].value)
    with open_store(db) as fresh:
        new = next(i for i in fresh.incidents() if i.event_type is EventType.DRONE_STRIKE)
        history = fresh.history(new.id)
        report = fresh.record(new.id).reports[0]
    assert (new.killed.low, new.killed.high) == (7, 7)
    assert [(e.field, e.author) for e in history] == [("killed", "Rania")]
    assert report.incident.killed is None  # the report stays as extracted: the correction is kept apart


def test_a_bad_table_edit_is_refused_and_nothing_is_saved(app: AppTest, db: Path) -> None:
    app.run()
    extract_pasted(app)
    pending = app.session_state[page_ingest.PENDING_KEY]
    app.session_state[f"ingest_editor_0_{pending[0].document.id}"] = {
        "edited_rows": {0: {"killed_low": 9, "killed_high": 2}}, "added_rows": [], "deleted_rows": []
    }
    app.run()
    save_button(app).click().run()
    assert not app.exception
    assert app.error and not app.success
    with open_store(db) as fresh:
        assert fresh.counts().documents == 1


def review_incident(at: AppTest, incident_id: str) -> None:
    at.selectbox(key=review_panel.REVIEW_KEY).set_value(incident_id).run()


def test_correction_in_the_review_panel_is_stored_and_shown(app: AppTest, db: Path) -> None:
    app.run()
    app.sidebar.text_input(key="analyst_name").input("Omar").run()
    review_incident(app, "a2")
    assert not app.exception
    sources = " ".join(unescaped(m.value) for m in app.markdown)
    assert "report `a2`" in sources and "founding report" in sources
    app.number_input(key=review_panel.review_key("killed_low", "a2")).set_value(9)
    app.number_input(key=review_panel.review_key("killed_high", "a2")).set_value(11)
    app.text_input(key=review_panel.review_key("note", "a2")).input("hospital <b>list</b>")
    next(b for b in app.button if b.label == "Save corrections").click().run()
    assert not app.exception and not app.error
    assert any("Stored the correction of killed for a2" in unescaped(s.value) for s in app.success)
    with open_store(db) as fresh:
        killed = fresh.incident("a2").killed
        history = fresh.history("a2")
    assert (killed.low, killed.high) == (9, 11)
    assert [(e.field, e.author, e.note) for e in history] == [("killed", "Omar", "hospital <b>list</b>")]
    table = app.dataframe[0].value
    assert table.loc[table["id"] == "a2", "killed"].item() == "9–11"
    history_table = next(d.value for d in app.dataframe if "author" in d.value.columns)
    assert list(history_table["note"]) == ["hospital <b>list</b>"]


def test_reversed_bounds_are_refused_in_the_review_panel(app: AppTest, db: Path) -> None:
    app.run()
    review_incident(app, "a1")
    app.number_input(key=review_panel.review_key("killed_low", "a1")).set_value(30)
    app.number_input(key=review_panel.review_key("killed_high", "a1")).set_value(3)
    next(b for b in app.button if b.label == "Save corrections").click().run()
    assert not app.exception
    assert any("above the upper bound" in unescaped(e.value) for e in app.error)
    with open_store(db) as fresh:
        assert fresh.history("a1") == []


def test_dismissed_incident_disappears_from_the_map_table(app: AppTest, db: Path) -> None:
    app.run()
    review_incident(app, "a3")
    next(b for b in app.button if b.label == "Not an incident").click().run()
    assert not app.exception and not app.error
    assert "a3" not in table_ids(app)
    assert metric(app, "Incidents shown") == "4 of 4"
    assert any("Marked a3 as not an incident" in unescaped(s.value) for s in app.success)
    with open_store(db) as fresh:
        assert "a3" not in [i.id for i in fresh.incidents()]
        assert "a3" in [i.id for i in fresh.incidents(include_dismissed=True)]
        assert fresh.counts().dismissed == 1


def test_store_errors_are_messages_not_tracebacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    monkeypatch.setenv(data.STORE_ENV, str(folder))
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(str(APP_PATH), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    assert any("is a folder, not an SQLite database file" in unescaped(e.value) for e in at.error)
    at.sidebar.radio(key="page").set_value("Add articles").run()
    assert not at.exception


def test_a_failing_write_is_shown_as_a_message(app: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    from mapapp.store import IncidentStore, StoreError

    def refuse(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise StoreError("database is read-only")

    app.run()
    monkeypatch.setattr(IncidentStore, "correct", refuse)
    review_incident(app, "a1")
    next(b for b in app.button if b.label == "Not an incident").click().run()
    assert not app.exception
    assert any("database is read-only" in unescaped(e.value) for e in app.error)
    assert "a1" in table_ids(app)


def test_read_only_incidents_file(tmp_path: Path, app: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    path = tmp_path / "incidents.json"
    path.write_text(json.dumps([make_incident("f1").to_dict(), make_incident("f2").to_dict()]), encoding="utf-8")
    monkeypatch.setenv(data.INCIDENTS_ENV, str(path))
    app.run()
    assert not app.exception
    assert table_ids(app) == ["f1", "f2"]
    extract_pasted(app)
    assert save_button(app).disabled


def test_upload_errors_are_shown(app: AppTest) -> None:
    app.run()
    app.sidebar.radio(key="page").set_value("Add articles").run()
    app.file_uploader(key="ingest_files").set_value(
        [("broken.txt", b"\x00\x01\x02\x03 binary \x00 data", "text/plain"), ("empty.txt", b"   ", "text/plain")]
    )
    next(b for b in app.button if b.label == "Extract incidents").click().run()
    assert not app.exception
    messages = [unescaped(e.value) for e in app.error]
    assert any("broken.txt" in m for m in messages)
    assert any("empty.txt" in m for m in messages)


def test_uploads_good_bad_and_breaking_are_each_reported_and_the_good_ones_processed(
    app: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    def breaks_on_explode(document: Document, resolver: object) -> list:
        if "explode" in document.text:
            raise RecursionError("maximum recursion depth exceeded")
        return fake_process_document(document, resolver)

    monkeypatch.setattr(data, "process_document", breaks_on_explode)
    app.run()
    app.sidebar.radio(key="page").set_value("Add articles").run()
    app.file_uploader(key="ingest_files").set_value(
        [
            ("a.txt", b"A drone strike hit a car in the village.", "text/plain"),
            ("b.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "text/plain"),
            ("c.txt", "A drone strike hit a truck near the river.".encode("utf-16-le"), "text/plain"),
            ("d.txt", b"A strike made the depot explode.", "text/plain"),
        ]
    )
    next(b for b in app.button if b.label == "Extract incidents").click().run()
    assert not app.exception
    messages = [unescaped(e.value) for e in app.error]
    assert any("b.txt" in m and "binary" in m for m in messages)
    assert any("d.txt: could not be processed (RecursionError" in m for m in messages)
    subheaders = [unescaped(h.value) for h in app.subheader]
    assert any(h.startswith("a.txt: 1 incident") for h in subheaders)
    assert any(h.startswith("c.txt: 1 incident") for h in subheaders)  # UTF-16 without a byte-order mark


def test_an_empty_store_is_seeded_with_the_real_pipeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path))  # the embedded gazetteer, not a user's download
    for name in (data.GAZETTEER_ENV, data.BOUNDARIES_ENV, data.INCIDENTS_ENV, data.STORE_ENV):
        monkeypatch.delenv(name, raising=False)
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(str(APP_PATH), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    assert not at.error
    # the default store: incidents.sqlite in the (temporary) user data folder, now holding the seed article
    with open_store(tmp_path / "incidents.sqlite") as fresh:
        incidents = fresh.incidents()
        assert fresh.document(data.seed_document().id) is not None
    assert len(incidents) >= 2
    assert any(i.location is not None and i.location.is_mappable for i in incidents)
    assert table_ids(at) == [i.id for i in sorted(incidents, key=date_sort_key)]  # the table is in date order
    at.run()  # a rerun does not ingest again
    with open_store(tmp_path / "incidents.sqlite") as fresh:
        assert fresh.counts().documents == 1


def test_downloads_export_the_filtered_incidents_only_when_clicked(app: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    """No export is built on a rerun (at 10,000 incidents the three took 2-3 s of every rerun); a click builds one."""
    import mapapp.io.export
    from mapapp.app import page_map

    calls: list[tuple[list[str], str]] = []

    def recording_export(incidents, fmt):  # type: ignore[no-untyped-def]
        incidents = list(incidents)
        calls.append(([i.id for i in incidents], fmt))
        return b"payload"

    monkeypatch.setattr(mapapp.io.export, "export_bytes", recording_export)
    app.run()
    app.sidebar.multiselect(key="filter_types").set_value([EventType.SHELLING, EventType.IED]).run()
    assert not app.exception
    assert calls == []  # nothing exported while drawing the page
    assert {b.label for b in app.get("download_button")} == {"GeoJSON", "CSV", "GeoPackage"}
    shown = [i for i in sample_incidents() if i.id in ("a2", "a3")]
    for fmt in ("geojson", "csv", "gpkg"):
        assert page_map.export_on_click(shown, fmt)() == b"payload"
    assert calls == [(["a2", "a3"], "geojson"), (["a2", "a3"], "csv"), (["a2", "a3"], "gpkg")]


@pytest.mark.postgis
@pytest.mark.parametrize("store_url", ["postgis"], indirect=True)
def test_the_app_reads_and_writes_a_postgis_store(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_store(store_url, sample_incidents())  # type: ignore[arg-type]
    monkeypatch.setenv(data.STORE_ENV, store_url)
    for at in fake_pipeline_app(monkeypatch):
        at.run()
        assert not at.exception and not at.error
        assert table_ids(at) == ["a1", "a2", "a3", "a4", "a5"]
        review_incident(at, "a3")
        next(b for b in at.button if b.label == "Not an incident").click().run()
        assert "a3" not in table_ids(at)
        extract_pasted(at)
        save_button(at).click().run()
        assert not at.exception and not at.error
    with open_store(store_url) as fresh:
        assert fresh.counts().documents == 2
        assert fresh.counts().dismissed == 1
        assert len(fresh.incidents()) == 5


def test_review_selector_label_reads_place_date_type_and_puts_the_id_last() -> None:
    from datetime import date

    incident = make_incident("e9cdb019f746", place_name="Tal Shayr", when=date(2018, 6, 5), killed=Casualties(12, 12))
    label = review_panel.review_choice_label(incident)
    assert label.startswith("Tal Shayr — 2018-06-05 — ")
    assert EventType.AIRSTRIKE.label in label and "killed 12" in label
    assert label.endswith("e9cdb019f746") and label.index("e9cdb019f746") > label.index(EventType.AIRSTRIKE.label)


def test_a_type_new_to_the_set_is_not_hidden_by_the_filter(app: AppTest, db: Path) -> None:
    """A correction (or another process's ingest) that brings a type new to the set keeps the incident shown.

    The analyst's own choices stand: a type they switched off stays off.
    """
    app.run()
    app.sidebar.multiselect(key="filter_types").unselect(EventType.SHELLING).run()
    assert "a2" not in table_ids(app)
    review_incident(app, "a1")
    app.selectbox(key=review_panel.review_key("type", "a1")).set_value(EventType.CAR_BOMB)
    next(b for b in app.button if b.label == "Save corrections").click().run()
    assert not app.exception and not app.error
    assert "a1" in table_ids(app)  # a car bomb is new to the set: it was never switched off
    assert "a2" not in table_ids(app)  # shelling stays off
    chosen = app.sidebar.multiselect(key="filter_types").value
    assert EventType.CAR_BOMB in chosen and EventType.SHELLING not in chosen


def test_store_figures_are_read_once_per_store_version(app: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The re-geocode offer's count and the store line are queried again after a write, not on every rerun."""
    from mapapp.store import IncidentStore

    calls: list[str] = []
    for name in ("stale_reports", "counts"):
        original = getattr(IncidentStore, name)

        def counting(self, *args, _original=original, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            calls.append(_name)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(IncidentStore, name, counting)
    app.run()
    first = list(calls)
    assert "stale_reports" in first and "counts" in first
    calls.clear()
    app.run()
    app.sidebar.number_input(key="filter_min_killed").set_value(1).run()
    assert calls == []  # two reruns, no write: nothing asked again
    app.sidebar.number_input(key="filter_min_killed").set_value(0).run()
    review_incident(app, "a3")
    next(b for b in app.button if b.label == "Not an incident").click().run()
    assert not app.exception
    assert calls.count("stale_reports") == 1 and calls.count("counts") == 1  # the write made a new version
    store_line = next(unescaped(c.value) for c in app.caption if c.value.startswith("Store"))
    assert "(1 dismissed)" in store_line


def test_review_panel_starts_on_the_first_table_row_and_names_the_incident_a_date_refers_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The panel reviews the table's first row (not the store's first incident), and says a relative date as the
    table does: "a day after the air strike in Tal Shayr", not "another incident in the same report"."""
    from datetime import date

    from mapapp.model import IncidentDate

    later = make_incident("b0", event_type=EventType.SHELLING, place_name="Raqqa")
    later = replace(later, date=IncidentDate(relative_to="b9", days_after=1, basis="incident"))
    anchor = replace(make_incident("b9", place_name="Tal Shayr"), date=IncidentDate(month=5, day=24, basis="absolute"))
    dated = make_incident("c1", event_type=EventType.IED, place_name="Hajin", when=date(2018, 6, 1))
    location = tmp_path / "incidents.sqlite"
    fill_store(location, [later, anchor, dated])  # the store lists b0 first; the table (by date) c1
    monkeypatch.setenv(data.STORE_ENV, str(location))
    for at in fake_pipeline_app(monkeypatch):
        at.run()
        assert not at.exception
        assert table_ids(at)[0] == "c1"
        assert at.selectbox(key=review_panel.REVIEW_KEY).value == "c1"
        review_incident(at, "b0")
        table = at.dataframe[0].value
        in_table = table.loc[table["id"] == "b0", "date"].item()
        assert "the air strike in Tal Shayr" in in_table
        headline = next(unescaped(m.value) for m in at.markdown if m.value.startswith("**Shelling"))
        assert in_table in headline


def chart_specs(at: AppTest) -> list[dict]:
    import json

    return [json.loads(chart.proto.spec) for chart in at.get("vega_lite_chart")]


def test_plots_count_in_whole_numbers_and_bin_a_long_span_coarser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Counts have no 0.2-steps on their axis; five years of incidents are binned by quarter or year, not in
    60 hairline monthly bars, and the heading says which."""
    from datetime import date

    incidents = [
        make_incident(f"y{year}", when=date(year, 3, 1), killed=Casualties(1, 1)) for year in range(2017, 2023)
    ]
    location = tmp_path / "incidents.sqlite"
    fill_store(location, incidents)
    monkeypatch.setenv(data.STORE_ENV, str(location))
    for at in fake_pipeline_app(monkeypatch):
        at.run()
        assert not at.exception
        over_time, by_governorate = chart_specs(at)
        for chart in over_time["vconcat"]:
            assert chart["encoding"]["x"]["timeUnit"] in ("yearquarter", "year")
            assert chart["encoding"]["y"]["axis"]["tickMinStep"] == 1
            assert chart["encoding"]["y"]["axis"]["format"] == "d"
        for chart in by_governorate["vconcat"]:
            assert chart["encoding"]["x"]["axis"]["tickMinStep"] == 1
        heading = next(m.value for m in at.markdown if m.value.startswith("**Over time**"))
        assert "by month" not in heading


def test_precision_filters_read_as_words(app: AppTest) -> None:
    """The location precision filter says "outside coverage (not mapped)", not the code "outside_coverage"; the
    date precision filter does not call "May 24, year unknown" an exact day."""
    from mapapp.app.page_map import DATE_PRECISION_LABELS
    from mapapp.model import IncidentDate

    app.run()
    options = app.sidebar.multiselect(key="filter_precision").options
    assert "outside coverage (not mapped)" in options and "governorate (approximate)" in options
    assert "outside_coverage" not in options
    day_without_year = IncidentDate(month=5, day=24, basis="absolute")
    assert "exact" not in DATE_PRECISION_LABELS[day_without_year.precision]


def test_table_rows_are_built_once_per_store_version(app: AppTest, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A filter change selects rows from the table built for the store's incidents (0.8 s at 10,000 incidents),
    it does not format every incident again; a write builds it again."""
    from mapapp.app import page_map

    built: list[int] = []
    original = page_map.incidents_frame

    def counting(incidents, related=None):  # type: ignore[no-untyped-def]
        incidents = list(incidents)
        built.append(len(incidents))
        return original(incidents, related)

    monkeypatch.setattr(page_map, "incidents_frame", counting)
    app.run()
    assert built
    built.clear()
    app.sidebar.multiselect(key="filter_types").set_value([EventType.SHELLING, EventType.AIRSTRIKE]).run()
    assert built == []
    assert table_ids(app) == ["a1", "a2", "a4", "a5"]  # still the filtered rows, in date order
    assert list(app.dataframe[1].value["id"]) == ["a4", "a5"]  # the unmapped list too
    app.sidebar.number_input(key="filter_min_killed").set_value(3).run()
    assert table_ids(app) == ["a1", "a2"] and built == []
    review_incident(app, "a2")
    app.number_input(key=review_panel.review_key("killed_low", "a2")).set_value(1)
    next(b for b in app.button if b.label == "Save corrections").click().run()
    assert not app.exception
    assert built  # the write made a new version: built again
    assert table_ids(app) == ["a1"]


def test_review_queue_lists_possible_duplicates_across_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The panel's review queue (off until asked: it reads every undated report) lists the likeliest pairs of the
    whole store; "Same event" joins a pair and the queue shrinks, "Review #N" picks an incident for the panel."""
    from tests.store.store_factories import TALL_TAMR, synthetic_document
    from tests.store.store_factories import make_incident as make_stored_incident

    location = tmp_path / "incidents.sqlite"
    ids = []
    with open_store(location) as store:
        for number in (1, 2, 3):
            document = synthetic_document(number, tag="queue")
            incident = make_stored_incident(document, "airstrike", place=TALL_TAMR, event_type=EventType.DRONE_STRIKE)
            ids.append(store.ingest(document, [replace(incident, actor="Turkish forces")]).incident_ids[0])
        pairs = [(p.incident_id, p.other_incident_id) for p in store.review_queue()]
    assert len(pairs) == 3
    monkeypatch.setenv(data.STORE_ENV, str(location))
    for at in fake_pipeline_app(monkeypatch):
        at.run()
        assert not at.exception
        at.toggle(key=review_panel.QUEUE_KEY).set_value(True).run()
        assert not at.exception
        assert any("Review queue: 3 possible duplicate pair(s)" in unescaped(m.value) for m in at.markdown)
        first, other = pairs[0]
        next(b for b in at.button if b.key == review_panel.queue_key("review", first, other)).click().run()
        assert at.selectbox(key=review_panel.REVIEW_KEY).value == first
        next(b for b in at.button if b.key == review_panel.queue_key("join", first, other)).click().run()
        assert not at.exception and not at.error
        with open_store(location) as fresh:
            assert len(fresh.incidents()) == 2
        assert len(table_ids(at)) == 2
        assert any("Review queue: 1 possible duplicate pair(s)" in unescaped(m.value) for m in at.markdown)


def test_a_narrowed_date_range_survives_a_change_of_the_date_bounds(app: AppTest, db: Path) -> None:
    """The slider is rebuilt when the earliest or latest date changes (a correction, an ingest): a range the
    analyst narrowed stays as it was; the full range grows with the new bounds."""
    from datetime import date

    app.run()
    app.sidebar.slider(key="filter_dates").set_value((date(2018, 6, 5), date(2018, 7, 2))).run()
    assert table_ids(app)[:2] == ["a2", "a3"] and "a1" not in table_ids(app)
    review_incident(app, "a2")
    app.date_input(key=review_panel.review_key("date", "a2")).set_value(date(2018, 5, 1))
    next(b for b in app.button if b.label == "Save corrections").click().run()
    assert not app.exception and not app.error
    assert app.sidebar.slider(key="filter_dates").value == (date(2018, 6, 5), date(2018, 7, 2))
    assert "a1" not in table_ids(app) and "a2" not in table_ids(app)  # both now before the chosen range
    app.sidebar.slider(key="filter_dates").set_value((date(2018, 5, 1), date(2018, 7, 2))).run()
    review_incident(app, "a3")
    app.date_input(key=review_panel.review_key("date", "a3")).set_value(date(2018, 8, 1))
    next(b for b in app.button if b.label == "Save corrections").click().run()
    assert app.sidebar.slider(key="filter_dates").value == (date(2018, 5, 1), date(2018, 8, 1))
    assert {"a1", "a2", "a3"} <= set(table_ids(app))


def test_table_date_column_is_wide_enough_to_say_what_kind_of_date(app: AppTest) -> None:
    """"reported 2021-05-03 (date of the event not given)" was cut to "reported 2021-0" in the default width."""
    import json

    app.run()
    columns = json.loads(app.dataframe[0].proto.columns)
    assert columns["date"]["width"] == "large"
    assert columns["place"]["width"] == "medium"


def test_a_rerun_that_changes_nothing_on_the_map_builds_none_of_its_layers(
    app: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The map's layers (every incident formatted and serialised: ~0.3 s at 10,000 incidents) are made once per
    store version and filters: reviewing another incident or rerunning builds none; a filter change or a write
    builds them again, and the map then shows the new selection."""
    from mapapp.app import map_view, page_map

    built: list[tuple[str, list[str]]] = []
    columns, features = map_view.incident_columns, page_map.choropleth_features

    def counting_columns(event_type, incidents, **kwargs):  # type: ignore[no-untyped-def]
        built.append(("layer", [i.id for i in incidents]))
        return columns(event_type, incidents, **kwargs)

    def counting_features(incidents, outlines):  # type: ignore[no-untyped-def]
        incidents = list(incidents)
        built.append(("shading", [i.id for i in incidents]))
        return features(incidents, outlines)

    monkeypatch.setattr(map_view, "incident_columns", counting_columns)
    monkeypatch.setattr(page_map, "choropleth_features", counting_features)
    app.run()
    assert ("layer", ["a2"]) in built and ("shading", ["a1", "a2", "a3", "a4", "a5"]) in built
    built.clear()
    app.run()
    review_incident(app, "a2")
    review_incident(app, "a3")
    assert not app.exception
    assert built == []
    app.sidebar.number_input(key="filter_min_killed").set_value(3).run()
    assert sorted(ids for kind, ids in built if kind == "layer") == [["a1"], ["a2"]]
    built.clear()
    app.run()
    assert built == []
    review_incident(app, "a2")
    app.number_input(key=review_panel.review_key("killed_low", "a2")).set_value(1)
    next(b for b in app.button if b.label == "Save corrections").click().run()
    assert not app.exception and not app.error
    assert [ids for kind, ids in built if kind == "layer"] == [["a1"]]  # a write: built again, a2 now below 3
