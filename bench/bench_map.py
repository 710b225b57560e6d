"""Benchmark: the incident map's build time, page size and (with --browser) drawing time in headless Chromium.

Synthetic incidents are spread over the three governorates (uniform random
points inside each governorate's box in the shipped outlines, seeded RNG), with
a realistic evidence sentence, random types, casualty counts, dates (some only
report dates) and a mix of place- and governorate-level precision.

For each size it times what the app does on a rerun: ``build_incident_map(...)``
and ``get_root().render()`` (``build_s``), and the page size (``html_bytes``).
With ``--browser`` the page is served from 127.0.0.1 (Leaflet from the xstatic
packages) and opened in headless Chromium; ``browser_s`` is the time from
navigation until every marker is in the cluster and drawn.

``--compare`` times, in the same run, geopandas ``GeoDataFrame.explore()``
(marker_type circle_marker, with popups) and folium's ``MarkerCluster`` with one
``CircleMarker`` + ``Popup`` per incident. Their CDN scripts (Leaflet,
markercluster, jQuery) are answered from the xstatic copies in the browser run
(anything else from outside is refused).

Run: python bench/bench_map.py [--sizes 1000 10000 100000] [--repeat 3] [--compare] [--browser] [--json]
"""

from __future__ import annotations

import argparse
import functools
import html
import http.server
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import folium
from folium.plugins import MarkerCluster

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapapp.app import assets
from mapapp.app.data import load_shipped_outlines
from mapapp.app.formatting import format_casualties, format_incident_date
from mapapp.app.map_view import (
    EVENT_COLOURS,
    build_incident_map,
    marker_radius,
    outline_bounds,
)
from mapapp.model import (
    GOVERNORATES,
    Casualties,
    EventType,
    Incident,
    IncidentDate,
    Location,
    Place,
    Precision,
    Span,
    Toponym,
)

EVIDENCE = (
    "Local sources, requesting anonymity, said the airborne assaults targeted residential buildings in "
    "the village, which is located in the southeastern part of the province, causing the casualties, "
    "the state-run television network reported."
)
CHROMIUM = Path("/usr/bin/chromium")
BROWSER_TIMEOUT_MS = 180_000


def synthetic_incidents(count: int, seed: int = 20180605) -> list[Incident]:
    rng = random.Random(seed)
    outlines = load_shipped_outlines()
    boxes = {name: outline_bounds(outlines, [name]) for name in GOVERNORATES}
    types = list(EventType)
    start = date(2017, 1, 1)
    incidents = []
    for index in range(count):
        governorate = rng.choice(GOVERNORATES)
        box = boxes[governorate]
        assert box is not None
        south, west, north, east = box
        precision = Precision.ADMIN1 if rng.random() < 0.2 else Precision.PLACE
        place = Place(
            id=f"bench:{index}",
            name=f"Village {index}",
            lat=rng.uniform(south, north),
            lon=rng.uniform(west, east),
            admin1=governorate,
            precision=precision,
        )
        killed_low = rng.choice([None, 0, 1, 2, 5, 12, 18, 40])
        day = start + timedelta(days=rng.randrange(2000))
        when = IncidentDate.report_date(day) if rng.random() < 0.2 else IncidentDate(value=day, basis="absolute")
        incidents.append(
            Incident(
                id=f"bench{index:06d}",
                event_type=rng.choice(types),
                evidence=[Span(EVIDENCE, 0, len(EVIDENCE))],
                actor=rng.choice(["US-led coalition", "Syrian army", "SDF", None]),
                victims="civilians",
                target="residential buildings",
                killed=Casualties(killed_low, killed_low) if killed_low is not None else None,
                injured=Casualties(2, None),
                date=when,
                toponyms=[Toponym(Span(place.name, 0, len(place.name)), admin1_hint=governorate)],
                location=Location(toponym=place.name, place=place, precision=precision, score=95.0),
                sources=["local sources"],
                outlet="Bench Outlet",
            )
        )
    return incidents


# --------------------------------------------------------------------------- the three ways to build a map


def render_app_map(incidents: list[Incident]) -> str:
    """What the app draws (built and rendered as one page)."""
    return build_incident_map(incidents, load_shipped_outlines()).get_root().render()


def popup_html(incident: Incident) -> str:
    rows = {
        "Date": format_incident_date(incident.date),
        "Type": incident.event_type.label,
        "Killed": format_casualties(incident.killed),
        "Actor": incident.actor or "",
        "Evidence": incident.evidence_text,
    }
    return "".join(f"<b>{html.escape(k)}</b>: {html.escape(v)}<br>" for k, v in rows.items())


def render_folium_marker_cluster(incidents: list[Incident]) -> str:
    """folium's MarkerCluster with one CircleMarker + Popup element per incident (folium's popups need jQuery)."""
    fmap = folium.Map(location=(35.6, 39.9), zoom_start=7, tiles=None)
    fmap.options.update(max_zoom=16)
    cluster = MarkerCluster().add_to(fmap)
    for incident in incidents:
        assert incident.location is not None and incident.location.lat is not None
        folium.CircleMarker(
            location=(incident.location.lat, incident.location.lon),
            radius=marker_radius(incident.killed.low if incident.killed and incident.killed.low else 0),
            color=EVENT_COLOURS[incident.event_type],
            popup=folium.Popup(popup_html(incident), max_width=380),
        ).add_to(cluster)
    return fmap.get_root().render()


def render_geopandas_explore(incidents: list[Incident]) -> str:
    """geopandas ``explore()`` of the same fields (circle markers, popups; it does not cluster)."""
    import geopandas
    from shapely import points

    frame = geopandas.GeoDataFrame(
        {
            "date": [format_incident_date(i.date) for i in incidents],
            "type": [i.event_type.label for i in incidents],
            "killed": [format_casualties(i.killed) for i in incidents],
            "actor": [i.actor or "" for i in incidents],
            "evidence": [i.evidence_text for i in incidents],
        },
        geometry=points([(i.location.lon, i.location.lat) for i in incidents if i.location is not None]),
        crs=4326,
    )
    fmap = frame.explore(column="type", marker_type="circle_marker", popup=True, tiles=None, legend=False)
    return fmap.get_root().render()


METHODS: dict[str, Callable[[list[Incident]], str]] = {
    "app": render_app_map,
    "folium MarkerCluster": render_folium_marker_cluster,
    "geopandas explore": render_geopandas_explore,
}
#: What tells that a page has drawn its markers.
DRAWN_CHECKS: dict[str, str] = {
    "app": "window.mapappDrawnAt !== undefined",
    "folium MarkerCluster": "document.querySelectorAll('.marker-cluster, path.leaflet-interactive').length > 0",
    "geopandas explore": "document.querySelectorAll('path.leaflet-interactive').length > 0",
}


def measure(render: Callable[[list[Incident]], str], incidents: list[Incident], repeat: int) -> tuple[float, str]:
    times = []
    page = ""
    for _ in range(repeat):
        started = time.perf_counter()
        page = render(incidents)
        times.append(time.perf_counter() - started)
    return statistics.median(times), page


# --------------------------------------------------------------------------- the browser


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def local_server(folder: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _cdn_file(url: str) -> Path | None:
    """The xstatic copy of a CDN script/stylesheet the comparison pages ask for, when there is one."""
    name = url.rsplit("/", 1)[-1].split("?")[0]
    by_name = {
        "leaflet.js": assets.LEAFLET_JS,
        "leaflet.css": assets.LEAFLET_CSS,
        "leaflet.markercluster.js": assets.MARKERCLUSTER_JS,
        "MarkerCluster.css": assets.MARKERCLUSTER_CSS,
        "MarkerCluster.Default.css": assets.MARKERCLUSTER_DEFAULT_CSS,
    }
    asset = by_name.get(name)
    if asset is not None:
        return assets.asset_source_path(asset)
    if name.startswith("jquery") and name.endswith(".js"):  # folium's popups; pip install xstatic-jquery
        try:
            import xstatic.pkg.jquery
        except ImportError:
            return None
        return Path(xstatic.pkg.jquery.BASE_DIR) / "jquery.min.js"
    return None


def browser_seconds(pages: list[tuple[str, str]]) -> list[float | None]:
    """Seconds from navigation to drawn markers for each (method, html) page; None where it did not draw."""
    from playwright.sync_api import sync_playwright

    results: list[float | None] = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        folder = Path(tmp)
        assets.populate_static_dir(folder / "app" / "static")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox"])
        try:
            with local_server(folder) as base:
                for number, (method, page_html) in enumerate(pages):
                    (folder / f"page{number}.html").write_text(page_html, encoding="utf-8")
                    context = browser.new_context(viewport={"width": 1280, "height": 800})

                    def route(request_route, *_args, base: str = base) -> None:  # type: ignore[no-untyped-def]
                        url = request_route.request.url
                        if url.startswith((base, "data:", "blob:", "about:")):
                            request_route.continue_()
                        elif (local := _cdn_file(url)) is not None:
                            request_route.fulfill(path=str(local))
                        else:
                            request_route.abort()

                    context.route("**/*", route)
                    page = context.new_page()
                    try:
                        page.goto(f"{base}/page{number}.html", wait_until="commit", timeout=BROWSER_TIMEOUT_MS)
                        page.wait_for_function(DRAWN_CHECKS[method], timeout=BROWSER_TIMEOUT_MS, polling=50)
                        if method == "app":
                            milliseconds = page.evaluate("window.mapappDrawnAt")
                        else:
                            milliseconds = page.evaluate("performance.now()")
                        results.append(round(float(milliseconds) / 1000, 3))
                    except Exception as exc:
                        print(f"{method}: not drawn ({type(exc).__name__})", file=sys.stderr)
                        results.append(None)
                    finally:
                        context.close()
        finally:
            browser.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=3, help="builds per size for the app's map; the median counts")
    parser.add_argument("--compare", action="store_true", help="also time geopandas explore() and folium MarkerCluster")
    parser.add_argument("--browser", action="store_true", help="also time drawing in headless Chromium")
    parser.add_argument("--json", action="store_true", help="one JSON object per line instead of a table")
    args = parser.parse_args()
    methods = list(METHODS) if args.compare else ["app"]
    if not args.json:
        print(f"{'method':<22}{'incidents':>10}{'build s':>9}{'page MB':>9}{'browser s':>10}")
    for size in args.sizes:
        incidents = synthetic_incidents(size)
        rows = []
        for method in methods:
            seconds, page = measure(METHODS[method], incidents, args.repeat if method == "app" else 1)
            rows.append({"method": method, "n": size, "build_s": round(seconds, 3), "html_bytes": len(page.encode())})
            rows[-1]["_page"] = page
        if args.browser:
            for row, drawn in zip(rows, browser_seconds([(r["method"], r["_page"]) for r in rows]), strict=True):
                row["browser_s"] = drawn
        for row in rows:
            del row["_page"]
            if args.json:
                print(json.dumps(row), flush=True)
            else:
                browser = row.get("browser_s")
                print(
                    f"{row['method']:<22}{size:>10,}{row['build_s']:>9.3f}{row['html_bytes'] / 1e6:>9.2f}"
                    f"{'' if browser is None else f'{browser:>10.2f}'}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
