"""Every app test runs with a temporary user data folder and no inherited store or incidents file.

The gazetteer download URLs point at a closed port on 127.0.0.1, so the app's
first-run notice finds the servers unreachable without trying the internet
(a test that downloads points them at its own local server).

``store_url`` (a fresh PostGIS schema per test, skipped without a server) is the
store tests' fixture, reused for the app's PostGIS test. The browser tests' fixtures live here too:
``data_dir`` (a fresh user data folder), ``db_path`` (a store path in it) and ``browser`` (headless
Chromium through Playwright, skipped without it unless MAPAPP_REQUIRE_BROWSER is set).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import closed_port, skip_or_fail
from tests.store.conftest import store_url  # noqa: F401


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the user's real data folder or store (``mapapp app`` opens the store even with --prepare-only)."""
    path = tmp_path / "user-data"
    path.mkdir()
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(path))
    for name in ("MAPAPP_DB", "MAPAPP_APP_INCIDENTS"):
        monkeypatch.delenv(name, raising=False)
    nowhere = f"http://127.0.0.1:{closed_port()}"
    monkeypatch.setenv("MAPAPP_GEONAMES_URL", f"{nowhere}/SY.zip")
    monkeypatch.setenv("MAPAPP_OVERPASS_URL", f"{nowhere}/api/interpreter")
    monkeypatch.delenv("MAPAPP_OCHA_PLACES_URL", raising=False)
    return path


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


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
