"""End to end: an analyst confirms and dismisses possible duplicates in the review panel (headless Chromium).

The app runs as in tests/app/test_app_browser.py on a store holding three undated reports of a drone strike at
one town from three documents, written by hand (no toll, so the store never merges them by itself). The review
panel lists the other two as possible duplicates of the one under review; the test clicks "Same event as #N"
on one and "Not the same" on the other, then checks the store: two incidents, the decisions in the history
under the analyst's name, no suggestion left, and nothing fetched from outside 127.0.0.1.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from mapapp.model import EventType
from tests.app.test_app_browser import (
    UI_TIMEOUT_MS,
    block_outside_requests,
    map_frame,
    run_app,
    screenshot,
)
from tests.store.store_factories import TALL_TAMR, make_incident, synthetic_document

pytestmark = pytest.mark.browser


def _three_undated_strikes(db_path: Path) -> list[str]:
    from mapapp.store import open_store

    db_path.parent.mkdir(parents=True, exist_ok=True)
    ids = []
    with open_store(db_path) as store:
        for number in (1, 2, 3):
            document = synthetic_document(number, tag="dup")
            incident = make_incident(document, "airstrike", place=TALL_TAMR, event_type=EventType.DRONE_STRIKE)
            ids.append(store.ingest(document, [replace(incident, actor="Turkish forces")]).incident_ids[0])
        assert len(store.incidents()) == 3 and len(store.review_queue()) == 3
    return ids


@pytest.fixture
def app_server(tmp_path: Path, data_dir: Path, db_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes], list[str]]]:
    ids = _three_undated_strikes(db_path)
    with run_app(tmp_path, "--db", str(db_path)) as (url, process):
        yield url, process, ids


def test_analyst_joins_one_possible_duplicate_and_dismisses_another(  # type: ignore[no-untyped-def]
    app_server: tuple[str, subprocess.Popen[bytes], list[str]], browser, db_path: Path,
) -> None:
    app_url, server, ids = app_server
    context = browser.new_context(viewport={"width": 1400, "height": 1400})
    external = block_outside_requests(context)
    page = context.new_page()
    page.goto(app_url, wait_until="domcontentloaded")
    map_frame(page)

    page.get_by_text("Possible duplicates (2)").wait_for(timeout=UI_TIMEOUT_MS)
    page.get_by_role("button", name=re.compile(r"^Same event as #")).first.scroll_into_view_if_needed()
    screenshot(page, "app-duplicates.png", top=False)
    page.get_by_role("button", name=re.compile(r"^Same event as #")).first.click()
    page.get_by_text(re.compile(r"^Joined \w+ and \w+: one event\.")).wait_for(timeout=UI_TIMEOUT_MS)
    page.get_by_text("Possible duplicates (1)").wait_for(timeout=UI_TIMEOUT_MS)
    page.get_by_role("button", name="Not the same").first.click()
    page.get_by_text(re.compile(r"^Kept \w+ and \w+ apart\.")).wait_for(timeout=UI_TIMEOUT_MS)
    assert page.get_by_text(re.compile(r"^Possible duplicates")).count() == 0
    assert external == []
    context.close()
    server.terminate()
    server.wait(timeout=30)

    from mapapp.store import open_store

    with open_store(db_path) as store:
        incidents = store.incidents()
        assert len(incidents) == 2
        sizes = sorted(len(store.record(incident.id).reports) for incident in incidents)
        assert sizes == [1, 2]
        decisions = [edit for incident in incidents for edit in store.history(incident.id)
                     if edit.field in ("join", "keep_apart")]
        assert sorted(edit.field for edit in decisions) == ["join", "keep_apart"]
        assert all(edit.author == "analyst" for edit in decisions)
        assert store.review_queue() == []
        assert {report.id for incident in incidents for report in store.record(incident.id).reports} == set(ids)
