"""Headless Chromium: the map's many-incidents drawing (grid clusters, then markercluster around the view)
and the play-by-date control.

The page is what :func:`mapapp.app.map_view.build_incident_map` renders, served
from 127.0.0.1 with the app's static files, with ``direct_cluster_limit`` set
below the incident count so the grid path is taken with a small data set.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from app_factories import make_incident

from mapapp.app import assets
from mapapp.app.data import load_shipped_outlines
from mapapp.app.map_view import DETAIL_ZOOM, build_incident_map
from mapapp.model import EventType
from tests.app.test_app_browser import block_outside_requests
from tests.conftest import serve_folder

pytestmark = pytest.mark.browser

SCATTERED = 240
AT_ONE_POINT = 60
DEIR_EZ_ZOR = (35.336, 40.141)


def many_incidents() -> list:
    rng = random.Random(7)
    incidents = [
        make_incident(f"s{i:03d}", lat=rng.uniform(36.3, 37.0), lon=rng.uniform(40.6, 42.0),
                      event_type=EventType.AIRSTRIKE if i % 2 else EventType.SHELLING)
        for i in range(SCATTERED)
    ]
    incidents += [
        make_incident(f"d{i:02d}", event_type=EventType.ARMED_CLASH, lat=DEIR_EZ_ZOR[0], lon=DEIR_EZ_ZOR[1],
                      admin1="Deir ez-Zor", place_name="Deir ez-Zor")
        for i in range(AT_ONE_POINT)
    ]
    return incidents


def test_many_incidents_are_grid_clustered_and_open_at_detail_zoom(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    incidents = many_incidents()
    page_html = build_incident_map(incidents, load_shipped_outlines(), direct_cluster_limit=100).get_root().render()
    assets.populate_static_dir(tmp_path / "app" / "static")
    (tmp_path / "map.html").write_text(page_html, encoding="utf-8")
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    external = block_outside_requests(context)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    with serve_folder(tmp_path) as base:
        page.goto(f"{base}/map.html")
        page.wait_for_function("window.mapappDrawnAt !== undefined", timeout=60_000)
        page.evaluate("window.map = Object.values(window).find((value) => value instanceof L.Map)")
        assert page.evaluate("window.mapappMarkersOnMap") == len(incidents)
        # Grid clusters only: markercluster holds nothing, no incident is lost between clusters and single markers.
        assert page.evaluate("map._mapapp.cluster.getLayers().length") == 0
        counts = [int(text) for text in page.locator(".mapapp-grid-cluster").all_inner_texts()]
        singles = page.locator("path.mapapp-incident").count()
        assert counts and sum(counts) + singles == len(incidents)
        assert max(counts) == AT_ONE_POINT  # the Deir ez-Zor point is apart from the scattered ones

        # A grid cluster at one point takes the map to the detail zoom, where markercluster lists them.
        page.locator(".mapapp-grid-cluster", has_text=re.compile(rf"^{AT_ONE_POINT}$")).click()
        page.wait_for_function(f"map.getZoom() >= {DETAIL_ZOOM} && map._mapapp.cluster.getLayers().length > 0",
                               timeout=30_000)
        assert page.locator(".mapapp-grid-cluster").count() == 0
        one_point = page.locator(".marker-cluster", has_text=re.compile(rf"^{AT_ONE_POINT}$"))
        one_point.wait_for(timeout=30_000)
        one_point.click()
        listed = page.locator(".mapapp-cluster-list li")
        listed.first.wait_for(timeout=30_000)
        assert listed.count() == AT_ONE_POINT
        # Only the incidents around the view went to markercluster.
        assert page.evaluate("map._mapapp.cluster.getLayers().length") < len(incidents)

        # Back out: grid clusters again, every incident accounted for.
        page.evaluate("map.closePopup(); map.setZoom(7)")
        page.wait_for_function("document.querySelectorAll('.mapapp-grid-cluster').length > 0", timeout=30_000)
        assert page.evaluate("map._mapapp.cluster.getLayers().length") == 0
    context.close()
    assert not errors
    assert not external


def test_play_by_date_steps_through_the_dated_incidents(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace
    from datetime import date, timedelta

    from mapapp.model import IncidentDate

    rng = random.Random(11)
    start = date(2019, 3, 1)
    dated = [make_incident(f"t{i:02d}", lat=rng.uniform(36.3, 37.0), lon=rng.uniform(40.6, 42.0),
                           when=start + timedelta(days=2 * i)) for i in range(30)]
    reported = replace(make_incident("r1", lat=36.5, lon=41.0), date=IncidentDate.report_date(date(2019, 4, 1)))
    undated = make_incident("u1", lat=36.6, lon=41.2)
    page_html = build_incident_map([*dated, reported, undated], load_shipped_outlines()).get_root().render()
    assets.populate_static_dir(tmp_path / "app" / "static")
    (tmp_path / "map.html").write_text(page_html, encoding="utf-8")
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    block_outside_requests(context)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    with serve_folder(tmp_path) as base:
        page.goto(f"{base}/map.html")
        page.wait_for_function("window.mapappMarkersOnMap === 32", timeout=60_000)
        page.evaluate("window.map = Object.values(window).find((value) => value instanceof L.Map)")
        page.get_by_role("button", name="▶ Play by date").click()
        page.wait_for_function("window.mapappTimeWindow !== undefined", timeout=30_000)
        # While it plays, the markers make way for the window's dots, and the label names the window.
        assert not page.evaluate("map.hasLayer(map._mapapp.cluster)")
        assert page.locator("canvas.mapapp-time-canvas").count() == 1
        assert page.locator(".mapapp-time-label").inner_text().startswith("2019-03-0")
        # It stops by itself after the last date: every dated incident (the report-dated one too) was shown once.
        page.get_by_role("button", name="▶ Play by date").wait_for(timeout=60_000)
        assert page.evaluate("window.mapappTimeWindow.seen") == 31
        assert page.evaluate("map.hasLayer(map._mapapp.cluster)")
        assert page.locator("canvas.mapapp-time-canvas").count() == 0
        # Stopped by hand, the markers come back too.
        page.get_by_role("button", name="▶ Play by date").click()
        page.get_by_role("button", name="■ Stop").click()
        page.wait_for_function("map.hasLayer(map._mapapp.cluster) && map._mapapp.cluster.getLayers().length === 32",
                               timeout=30_000)
    context.close()
    assert not errors
