"""End to end: the first-run gazetteer notice in headless Chromium, offline and with a local download server.

The app runs as in tests/app/test_app_browser.py (a temporary store and user
data folder, filled with the seed article, so the embedded gazetteer is all
there is). Offline (the download URLs point at a closed port on 127.0.0.1) the
notice gives the command and the data folder, and "Don't show this again"
hides it for good. With the URLs pointed at a local server that serves the
GeoNames and Overpass fixtures in their real formats, the notice's button
downloads both with a progress bar per source, the notice is gone, and a
village only the OSM fixture knows is where a pasted report's incident is put.
"""

from __future__ import annotations

import http.server
import re
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from mapapp.app.gazetteer_notice import DISMISSED_SETTING, DOWNLOAD_LABEL, NOTICE_TITLE
from mapapp.geocode.coverage import DOWNLOAD_COMMAND
from mapapp.model import Precision
from mapapp.settings import read_settings
from tests.app.test_app_browser import (
    UI_TIMEOUT_MS,
    block_outside_requests,
    map_frame,
    run_app,
    screenshot,
)
from tests.conftest import FIXTURES, serve_http

pytestmark = pytest.mark.browser

#: The Overpass fixture's village (name:en), unknown to the embedded gazetteer.
VILLAGE = "Tal Testqarya"
VILLAGE_ID = "osm:node/900002"
#: Longest the local Overpass server holds its answer (until the test has seen the progress bars).
OVERPASS_HOLD_SECONDS = 120.0


def notice(page):  # type: ignore[no-untyped-def]
    return page.locator(".st-key-gazetteer_notice")


def wait_for_page(page) -> None:  # type: ignore[no-untyped-def]
    """The Map page has drawn down to its review panel (the notice, above it, has been decided by then)."""
    map_frame(page)
    page.get_by_text("Review an incident").wait_for(timeout=UI_TIMEOUT_MS)


@pytest.fixture
def offline_app(tmp_path: Path, data_dir: Path, db_path: Path) -> Iterator[str]:
    with run_app(tmp_path, "--db", str(db_path)) as (url, _):
        yield url


def test_offline_the_notice_gives_the_command_and_stays_dismissed(  # type: ignore[no-untyped-def]
    offline_app: str, browser, data_dir: Path
) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    external = block_outside_requests(context)
    page = context.new_page()
    page.goto(offline_app, wait_until="domcontentloaded")
    box = notice(page)
    box.get_by_text(NOTICE_TITLE).wait_for(timeout=UI_TIMEOUT_MS)
    assert re.search(r"Al-Hasakah \d+, Ar-Raqqah \d+, Deir ez-Zor \d+ towns", box.inner_text())  # folded: one line
    box.get_by_text(NOTICE_TITLE).click()  # unfold: how to add villages
    box.get_by_text("Don't show this again").wait_for(timeout=UI_TIMEOUT_MS)
    text = box.inner_text()
    assert "the download servers cannot be reached" in text and f"into {data_dir}:" in text
    assert box.locator('[data-testid="stCode"]').inner_text().strip() == DOWNLOAD_COMMAND
    assert box.get_by_role("button", name=DOWNLOAD_LABEL).count() == 0  # no button that cannot work
    # the notice sits at the top: above the map
    map_frame(page)
    map_top = page.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()
    notice_box = box.bounding_box()
    assert map_top is not None and notice_box is not None and notice_box["y"] < map_top["y"]
    screenshot(page, "gazetteer-notice-offline.png")

    box.get_by_role("button", name="Don't show this again").click()
    box.wait_for(state="detached", timeout=UI_TIMEOUT_MS)
    assert read_settings(data_dir).get(DISMISSED_SETTING) is True
    page.reload(wait_until="domcontentloaded")  # a new session: remembered in the user data folder
    wait_for_page(page)
    assert notice(page).count() == 0
    assert external == []
    context.close()


class _SourceServer(http.server.BaseHTTPRequestHandler):
    """Serves ``files`` (path → bytes); the Overpass path answers once ``release`` is set. Records the paths asked."""

    files: ClassVar[dict[str, bytes]] = {}
    asked: ClassVar[list[str]] = []
    release: ClassVar[threading.Event] = threading.Event()

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        self.asked.append(path)
        body = self.files.get(path)
        if body is None:
            self.send_error(404)
            return
        if path.endswith("/interpreter"):
            self.release.wait(OVERPASS_HOLD_SECONDS)
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def source_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[type[_SourceServer]]:
    """GeoNames (the tiny dump, zipped) and Overpass (the JSON fixture) on 127.0.0.1; the app finds them by env."""
    zipped = tmp_path / "SY.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.write(FIXTURES / "gazetteer_SY_tiny.txt", "SY.txt")
    handler = type("Handler", (_SourceServer,), {
        "files": {
            "/export/dump/SY.zip": zipped.read_bytes(),
            "/api/interpreter": (FIXTURES / "gazetteer" / "overpass_places.json").read_bytes(),
        },
        "asked": [],
        "release": threading.Event(),
    })
    with serve_http(handler) as base:
        monkeypatch.setenv("MAPAPP_GEONAMES_URL", f"{base}/export/dump/SY.zip")
        monkeypatch.setenv("MAPAPP_OVERPASS_URL", f"{base}/api/interpreter")
        try:
            yield handler
        finally:
            handler.release.set()


@pytest.fixture
def online_app(
    tmp_path: Path, data_dir: Path, db_path: Path, source_server: type[_SourceServer]
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    with run_app(tmp_path, "--db", str(db_path)) as running:
        yield running


def test_the_button_downloads_villages_and_later_extraction_uses_them(  # type: ignore[no-untyped-def]
    online_app: tuple[str, subprocess.Popen[bytes]], browser, data_dir: Path, db_path: Path,
    source_server: type[_SourceServer],
) -> None:
    url, server = online_app
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    external = block_outside_requests(context)
    page = context.new_page()
    page.goto(url, wait_until="domcontentloaded")
    box = notice(page)
    box.get_by_text(NOTICE_TITLE).click()
    box.get_by_role("button", name=DOWNLOAD_LABEL).wait_for(timeout=UI_TIMEOUT_MS)
    assert box.locator('[data-testid="stCode"]').count() == 0  # online: a button, not the offline command

    # the download shows a progress bar per source while it runs
    box.get_by_role("button", name=DOWNLOAD_LABEL).click()
    progress = box.locator('[data-testid="stProgress"]')
    box.get_by_text(re.compile(r"GeoNames: [\d,]+ places")).wait_for(timeout=UI_TIMEOUT_MS)
    box.get_by_text("OpenStreetMap: connecting…").wait_for(timeout=UI_TIMEOUT_MS)  # held until we let it answer
    assert progress.count() == 2
    screenshot(page, "gazetteer-notice-downloading.png")
    source_server.release.set()

    # then a clear result, and the notice is gone
    page.get_by_text("Downloaded the village-level gazetteer sources.").wait_for(timeout=UI_TIMEOUT_MS)
    result = page.locator('[data-testid="stAlertContentSuccess"]', has_text="Downloaded the village-level").inner_text()
    assert re.search(r"GeoNames: [\d,]+ places saved to", result) and "OpenStreetMap: 4 places saved to" in result
    assert "extraction from now on uses it" in result and "OpenStreetMap contributors" in result
    assert notice(page).count() == 0
    assert (data_dir / "SY.zip").is_file() and (data_dir / "osm-places.json").is_file()
    assert source_server.asked == ["/export/dump/SY.zip", "/api/interpreter"]
    screenshot(page, "gazetteer-notice-downloaded.png")

    # a report naming the village is placed there (the app's extraction uses the new gazetteer)
    page.locator('[data-testid="stSidebar"]').get_by_text("Add articles").click()
    text = f"An air strike hit the village of {VILLAGE} in Al-Hasakah countryside on 3 May 2021, killing two civilians."
    area = page.get_by_label("Paste an article")
    area.wait_for(timeout=UI_TIMEOUT_MS)
    assert notice(page).count() == 0  # not on this page either
    area.fill(text)
    page.get_by_role("button", name="Extract incidents").click()
    page.get_by_role("button", name="Save these incidents to the store").click()
    page.get_by_text(re.compile(r"Saved pasted text")).wait_for(timeout=UI_TIMEOUT_MS)
    assert external == []
    context.close()
    server.terminate()  # read the store as the next process will
    server.wait(timeout=30)

    from mapapp.store import open_store

    with open_store(db_path) as store:
        placed = [i for i in store.incidents() if i.location is not None and i.location.toponym == VILLAGE]
    assert placed, "the pasted report's incident was not stored"
    location = placed[0].location
    assert location is not None and location.place is not None
    assert location.place.id == VILLAGE_ID and location.precision is Precision.PLACE
