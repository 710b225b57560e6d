"""The first-run gazetteer notice (mapapp/app/gazetteer_notice.py), driven headless with AppTest.

The app runs on the real gazetteer loading (the embedded default in a temporary
user data folder) with extraction replaced, on a store holding sample incidents.
The download URLs point at a closed port (tests/app/conftest.py) or at a local
server serving the GeoNames and Overpass fixtures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from app_factories import sample_incidents
from streamlit.testing.v1 import AppTest

import mapapp.app.streamlit_app
from mapapp.app import data, gazetteer_notice
from mapapp.geocode.coverage import DOWNLOAD_COMMAND
from mapapp.settings import SETTINGS_FILE, read_settings
from mapapp.store import open_store
from tests.app.test_app_streamlit import SAMPLE_DOCUMENT
from tests.conftest import FIXTURES

APP_PATH = Path(mapapp.app.streamlit_app.__file__)
TIMEOUT = 120
NOTICE_TITLE = gazetteer_notice.NOTICE_TITLE


@pytest.fixture
def app(tmp_path: Path, isolated_user_data: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppTest]:
    location = tmp_path / "incidents.sqlite"
    with open_store(location) as store:
        store.ingest(SAMPLE_DOCUMENT, sample_incidents())
    monkeypatch.setenv(data.STORE_ENV, str(location))
    for name in (data.GAZETTEER_ENV, data.BOUNDARIES_ENV):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(data, "load_town_labels", lambda path=None: [])
    st.cache_data.clear()
    st.cache_resource.clear()
    yield AppTest.from_file(str(APP_PATH), default_timeout=TIMEOUT)
    st.cache_data.clear()
    st.cache_resource.clear()


def unescaped(text: object) -> str:
    """Markdown as the user reads it (the app backslash-escapes text it did not write)."""
    return re.sub(r"\\(.)", r"\1", str(text))


def texts(at: AppTest) -> str:
    return "\n".join(unescaped(e.value) for e in (*at.markdown, *at.code, *at.caption, *at.success, *at.warning))


def notice_shown(at: AppTest) -> bool:
    return any(NOTICE_TITLE in unescaped(e.label) for e in at.expander)


def button(at: AppTest, label: str):  # type: ignore[no-untyped-def]
    return next(b for b in at.button if b.label == label)


def test_offline_the_notice_gives_the_command_and_can_be_dismissed(app: AppTest, isolated_user_data: Path) -> None:
    app.run()
    assert not app.exception
    assert notice_shown(app)
    assert any(re.search(r"Al-Hasakah \d+, Ar-Raqqah \d+, Deir ez-Zor \d+ towns", unescaped(e.label)) for e in app.expander)
    assert DOWNLOAD_COMMAND in [code.value for code in app.code]
    assert f"into {isolated_user_data}:" in texts(app)
    assert not any(b.label == gazetteer_notice.DOWNLOAD_LABEL for b in app.button)  # nothing to download from
    button(app, "Don't show this again").click().run()
    assert not app.exception
    assert not notice_shown(app)
    assert read_settings(isolated_user_data) == {gazetteer_notice.DISMISSED_SETTING: True}
    app.sidebar.radio(key="page").set_value("Add articles").run()
    assert not notice_shown(app)  # dismissed for every page
    # the review panel still says what the gazetteer covers
    app.sidebar.radio(key="page").set_value("Map").run()
    assert any("embedded gazetteer, no villages" in str(t.value) for t in app.text)


def test_a_broken_settings_file_shows_the_notice_and_says_why(app: AppTest, isolated_user_data: Path) -> None:
    (isolated_user_data / SETTINGS_FILE).write_text("[]", encoding="utf-8")
    app.run()
    assert not app.exception and notice_shown(app)
    button(app, "Don't show this again").click().run()
    assert notice_shown(app) and "not an object" in texts(app)



def test_online_the_button_downloads_reloads_and_the_notice_is_gone(
    fixture_server: str, app: AppTest, isolated_user_data: Path
) -> None:
    from mapapp.app import state

    app.run()
    assert notice_shown(app)
    assert not app.code  # online: a button, not the offline command
    button(app, gazetteer_notice.DOWNLOAD_LABEL).click().run()
    assert not app.exception
    assert not notice_shown(app)
    report = "\n".join(unescaped(s.value) for s in app.success)
    assert "GeoNames" in report and "OpenStreetMap" in report and "extraction from now on uses it" in report
    assert (isolated_user_data / "SY.zip").is_file() and (isolated_user_data / "osm-places.json").is_file()
    resolver = state.cached_resolver(state.gazetteer_path())  # the reloaded one, as extraction gets it
    assert resolver.gazetteer.search("Tal Testqarya", limit=1)
    assert not resolver.gazetteer.source.startswith("embedded")


def test_a_failed_download_says_why_and_gives_the_command(
    fixture_server: str, app: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAPAPP_GEONAMES_URL", f"{fixture_server}/missing/SY.zip")  # reachable, but HTTP 404
    monkeypatch.setenv("MAPAPP_OVERPASS_URL", f"{fixture_server}/missing/interpreter")
    app.run()
    button(app, gazetteer_notice.DOWNLOAD_LABEL).click().run()
    assert not app.exception
    assert any("Nothing was downloaded" in unescaped(e.value) and "HTTP 404" in unescaped(e.value) for e in app.error)
    assert any(DOWNLOAD_COMMAND in code.value for code in app.code)
    assert notice_shown(app)


def test_files_downloaded_while_the_app_runs_are_loaded_from_the_notice(
    app: AppTest, isolated_user_data: Path
) -> None:
    app.run()
    assert notice_shown(app)
    # `mapapp gazetteer download` saved a source meanwhile (here: the OSM fixture, copied in)
    (isolated_user_data / "osm-places.json").write_bytes((FIXTURES / "gazetteer" / "overpass_places.json").read_bytes())
    app.run()
    assert notice_shown(app) and "not loaded yet" in texts(app)
    button(app, "Load them now").click().run()
    assert not app.exception
    assert not notice_shown(app)
    assert "Loaded the downloaded gazetteer files." in texts(app)


def test_after_a_download_the_stored_incidents_are_offered_to_be_placed_again(
    fixture_server: str, app: AppTest, isolated_user_data: Path
) -> None:
    def offer_shown(at: AppTest) -> bool:
        return any("placed with another gazetteer" in unescaped(e.label) for e in at.expander)

    app.run()
    assert not offer_shown(app)  # stored with a gazetteer nobody recorded, and nothing changed since: no nagging
    button(app, gazetteer_notice.DOWNLOAD_LABEL).click().run()
    assert offer_shown(app)
    assert any(re.search(r"\b5 stored report\(s\)", unescaped(e.label)) for e in app.expander)
    button(app, gazetteer_notice.REGEOCODE_LABEL).click().run()
    assert not app.exception
    report = "\n".join(unescaped(s.value) for s in app.success)
    assert "Placed the stored incidents again: 5 report(s) of 1 document(s) re-geocoded" in report
    assert not offer_shown(app)
