"""End to end: `mapapp app` in a subprocess, driven by headless Chromium through Playwright.

The app runs on a temporary store (``--db``) in a temporary user data folder,
which it fills with the bundled seed article on first use. Checks that the
stored incidents appear as markers, a layer can be toggled off, a marker's
popup shows its evidence, clicking it highlights the table and picks it for
review, the GeoJSON download is valid, and that the page never asks for
anything outside 127.0.0.1 (the app must work air-gapped). Saves a screenshot
to artifacts/app.png.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import skip_or_fail

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_PREFIXES = ("http://127.0.0.1:", "ws://127.0.0.1:", "data:", "blob:", "about:")
STARTUP_SECONDS = 90
UI_TIMEOUT_MS = 90_000


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_health(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    url = f"http://127.0.0.1:{port}/_stcore/health"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"`mapapp app` exited early with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"the app did not answer on {url} within {STARTUP_SECONDS}s")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh user data dir, shared by this process and the server (same gazetteer choice)."""
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(path))
    for name in ("MAPAPP_GAZETTEER", "MAPAPP_BOUNDARIES", "MAPAPP_APP_INCIDENTS", "MAPAPP_DB"):
        monkeypatch.delenv(name, raising=False)
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "incidents.sqlite"


@pytest.fixture
def app_url(tmp_path: Path, data_dir: Path, db_path: Path) -> Iterator[str]:
    port = free_port()
    log_path = tmp_path / "server.log"
    env = dict(os.environ)
    command = [
        sys.executable, "-m", "mapapp", "app", "--port", str(port), "--run-dir", str(tmp_path / "run"),
        "--db", str(db_path),
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            try:
                wait_for_health(port, process)
            except AssertionError as exc:
                raise AssertionError(f"{exc}\n--- server log ---\n{log_path.read_text(errors='replace')}") from None
            yield f"http://127.0.0.1:{port}/"
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)


@pytest.fixture
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("playwright is not installed", "MAPAPP_REQUIRE_BROWSER")
    if not CHROMIUM.exists():
        skip_or_fail(f"{CHROMIUM} is not installed", "MAPAPP_REQUIRE_BROWSER")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def stored_incidents(db_path: Path) -> list:
    """What the app stored from the seed article on first use: the UI must show the same."""
    from mapapp.app import data
    from mapapp.store import open_store

    deadline = time.monotonic() + 60
    with open_store(db_path) as store:
        while store.counts().documents == 0 and time.monotonic() < deadline:
            time.sleep(0.5)
        assert store.document(data.seed_document().id) is not None, "the app did not store the seed article"
        incidents = store.incidents()
    expected = data.process_document(data.seed_document(), data.load_resolver())
    assert len(incidents) == len(expected)  # one document: no report is merged with another
    return incidents


def map_frame(page):  # type: ignore[no-untyped-def]
    page.wait_for_selector('iframe[title="streamlit_folium.st_folium"]', timeout=UI_TIMEOUT_MS)
    for frame in page.frames:
        if "streamlit_folium" in frame.url:
            return frame
    raise AssertionError("the map iframe has no frame")


def drawn_marker_count(frame) -> int:  # type: ignore[no-untyped-def]
    """Markers drawn individually plus those folded into clusters (the cluster icon shows its count)."""
    single = frame.locator("path.mapapp-incident").count()
    clustered = sum(int(text) for text in frame.locator(".marker-cluster span").all_inner_texts() if text.isdigit())
    return single + clustered


def screenshot(page, name: str, *, top: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Save a screenshot to artifacts/ (gitignored); ``top`` scrolls Streamlit's main pane up first."""
    artifacts = ROOT / "artifacts"
    artifacts.mkdir(exist_ok=True)
    if top:
        page.evaluate("document.querySelector('[data-testid=\"stMain\"]')?.scrollTo(0, 0)")
    page.screenshot(path=str(artifacts / name))


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_app_in_browser(app_url: str, browser, tmp_path: Path, db_path: Path) -> None:  # type: ignore[no-untyped-def]

    context = browser.new_context(viewport={"width": 1400, "height": 1100}, accept_downloads=True)
    external: list[str] = []

    def guard(route) -> None:  # type: ignore[no-untyped-def]
        url = route.request.url
        if url.startswith(LOCAL_PREFIXES):
            route.continue_()
        else:
            external.append(url)
            route.abort()

    context.route("**/*", guard)
    context.on("request", lambda request: None if request.url.startswith(LOCAL_PREFIXES) else external.append(request.url))
    page = context.new_page()
    page.goto(app_url, wait_until="domcontentloaded")
    frame = map_frame(page)
    incidents = stored_incidents(db_path)
    mappable = [i for i in incidents if i.location is not None and i.location.is_mappable]
    assert mappable, "the seed must give at least one mappable incident"

    # 1. the seed's markers are on the map (offline: Leaflet came from /app/static)
    frame.wait_for_selector("path.mapapp-incident, .marker-cluster", timeout=UI_TIMEOUT_MS)
    deadline = time.monotonic() + 30
    while drawn_marker_count(frame) < len(mappable) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert drawn_marker_count(frame) == len(mappable)

    # 2. toggling a type's layer off removes its markers; on brings them back
    event_type = mappable[0].event_type
    of_type = sum(1 for i in mappable if i.event_type is event_type)
    label = frame.locator(".leaflet-control-layers-overlays label", has_text=event_type.label)
    label.locator("input").uncheck()
    frame.wait_for_function(
        f"document.querySelectorAll('path.mapapp-{event_type.value}').length === 0", timeout=30_000
    )
    assert drawn_marker_count(frame) == len(mappable) - of_type
    label.locator("input").check()
    frame.wait_for_selector(f"path.mapapp-{event_type.value}", timeout=30_000)

    # 3. clicking a marker opens its popup with the evidence, and highlights its table row
    marker = frame.locator("path.mapapp-incident").first
    marker.click(force=True)
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for(timeout=30_000)
    popup_text = squash(popup.inner_text())
    assert any(squash(i.evidence_text) in popup_text for i in mappable), popup_text
    page.get_by_text("Highlighted: the incident(s) at the marker you clicked.").wait_for(timeout=UI_TIMEOUT_MS)
    # ... and picks it for review: the panel shows its source report
    page.get_by_text("Review an incident").wait_for(timeout=UI_TIMEOUT_MS)
    page.get_by_text("founding report").first.wait_for(timeout=UI_TIMEOUT_MS)

    # 4. the GeoJSON download is valid RFC 7946
    button = page.get_by_role("button", name="GeoJSON")
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=UI_TIMEOUT_MS) as download_info:
        button.click()
    download_path = tmp_path / "incidents.geojson"
    download_info.value.save_as(download_path)
    from mapapp.io.export import export_bytes

    assert download_path.read_bytes() == export_bytes(incidents, "geojson")  # the CLI's exporter, byte for byte
    collection = json.loads(download_path.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert "crs" not in collection  # RFC 7946: WGS 84 only, no crs member
    assert len(collection["features"]) == len(incidents)
    points = 0
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        if geometry is not None:
            assert geometry["type"] == "Point"
            lon, lat = geometry["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
            assert 32 <= lat <= 38 and 35 <= lon <= 43  # Syria, longitude first
            points += 1
    assert points == len(mappable)

    screenshot(page, "app-bottom.png", top=False)
    screenshot(page, "app.png")

    # 5. a sidebar filter swaps the markers in place (no remount): minimum killed above the smallest count
    killed = sorted({(i.killed.low or 0) if i.killed else 0 for i in mappable})
    threshold = killed[-1] if len(killed) > 1 else killed[0] + 1
    expected = sum(1 for i in mappable if i.killed is not None and (i.killed.low or 0) >= threshold)
    box = page.get_by_label("Minimum killed (lower bound)")
    box.fill(str(threshold))
    box.press("Enter")
    deadline = time.monotonic() + 30
    while drawn_marker_count(frame) != expected and time.monotonic() < deadline:
        time.sleep(0.5)
    assert drawn_marker_count(frame) == expected

    # 6. nothing was fetched from outside this machine
    assert external == []

    screenshot(page, "app-filtered.png")
    context.close()
