"""End to end: an analyst places a governorate-level incident in the review panel (headless Chromium, offline).

The app runs as in tests/app/test_app_browser.py (same fixtures: a temporary
store and user data folder, filled with the seed article). The test picks an
incident the gazetteer placed only at its governorate, types coordinates in
the review panel's placement form and saves; then checks that the store holds
the user gazetteer entry (name, governorate, author), that the incident moved
there, that `mapapp gazetteer user list` shows it and later geocoding of the
same name finds it, and that nothing was fetched from outside 127.0.0.1.
"""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mapapp.app.review_panel import review_choice_label
from mapapp.model import Precision, Span, Toponym
from tests.app.test_app_browser import (
    UI_TIMEOUT_MS,
    block_outside_requests,
    map_frame,
    run_app,
    screenshot,
    stored_incidents,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def app_server(tmp_path: Path, data_dir: Path, db_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`mapapp app` on the test store; the test may stop it to read the store it wrote."""
    with run_app(tmp_path, "--db", str(db_path)) as running:
        yield running


def test_analyst_places_a_governorate_level_incident(  # type: ignore[no-untyped-def]
    app_server: tuple[str, subprocess.Popen[bytes]], browser, db_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    app_url, server = app_server
    context = browser.new_context(viewport={"width": 1400, "height": 1400})
    external = block_outside_requests(context)
    page = context.new_page()
    page.goto(app_url, wait_until="domcontentloaded")
    map_frame(page)
    incidents = stored_incidents(db_path)
    coarse = [i for i in incidents if i.location is not None and i.location.precision is Precision.ADMIN1
              and i.location.place is not None and i.location.place.kind == "governorate"]
    assert coarse, "the seed must give an incident placed only at its governorate"
    target = coarse[0]
    toponym = target.location.toponym  # type: ignore[union-attr]

    # pick it in the review panel
    chooser = page.get_by_label("Incident (click a marker or a table row to pick it)")
    label = review_choice_label(target, {incident.id: incident for incident in incidents})
    assert not label.startswith(target.id)
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(4):  # a Streamlit rerun (the map reporting its first view) may close the open list
        chooser.click()  # scrolls by itself and re-finds the element after a rerun
        try:
            page.get_by_role("option", name=label, exact=True).click(timeout=15_000)
            break
        except PlaywrightTimeout:
            if attempt == 3:
                raise
    page.get_by_text("Place this incident on the map").first.wait_for(timeout=UI_TIMEOUT_MS)

    # type coordinates and save (once the rerun has dropped the previous incident's form)
    def form_is_the_targets() -> bool:
        values = page.get_by_label("Place name (as reports write it)").evaluate_all("els => els.map(e => e.value)")
        return values == [toponym] and page.get_by_label("Latitude").count() == 1

    deadline = time.monotonic() + 120
    while not form_is_the_targets() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert form_is_the_targets(), "the placement form of the picked incident did not appear"

    saved = re.compile(rf"Placed {re.escape(target.id)} at .*kept in the user gazetteer as user:1")
    for _ in range(3):  # on a loaded machine a click may land before Streamlit took the typed values
        latitude, longitude = page.get_by_label("Latitude"), page.get_by_label("Longitude")
        latitude.fill("36.58123")
        latitude.press("Enter")
        longitude.fill("40.61456")
        longitude.press("Enter")
        page.wait_for_timeout(2000)
        page.get_by_role("button", name="Place the incident here").click()
        try:
            page.get_by_text(saved).wait_for(timeout=UI_TIMEOUT_MS)
            break
        except PlaywrightTimeout:
            if page.get_by_label("Latitude").count() != 1:  # the form is gone: the placement was saved
                break
    page.get_by_text(saved).wait_for(timeout=UI_TIMEOUT_MS)
    screenshot(page, "app-placement.png", top=False)

    # the app's panel shows the stored correction
    page.get_by_text("placed at user:1").first.wait_for(state="attached", timeout=UI_TIMEOUT_MS)
    assert external == []
    context.close()
    server.terminate()  # the server's store connections close: read the file as the next process will
    server.wait(timeout=30)

    # the store has the user place and the incident moved there
    from mapapp.store import open_store

    with open_store(db_path) as store:
        [entry] = store.user_places()
        moved = store.incident(target.id)
    assert entry.place.id == "user:1" and entry.place.name == toponym
    assert entry.place.admin1 == target.location.place.admin1 and entry.author  # type: ignore[union-attr]
    assert (round(entry.place.lat, 5), round(entry.place.lon, 5)) == (36.58123, 40.61456)
    assert moved is not None and moved.location is not None and moved.location.place is not None
    assert moved.location.place.id == "user:1" and moved.location.precision is Precision.PLACE

    # listed by the CLI, and found by later geocoding of the same name
    from mapapp.cli import main
    from mapapp.cli.common import load_geocoder_or_fail

    assert main(["gazetteer", "user", "list", "--db", str(db_path)]) == 0
    assert "user:1" in capsys.readouterr().out
    location = load_geocoder_or_fail(None, None, str(db_path)).resolve(Toponym(span=Span(toponym, 0, len(toponym))))
    assert location.place is not None and location.place.id == "user:1"
