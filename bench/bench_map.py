"""Benchmark: server-side cost of the incident map for 100, 1,000 and 10,000 incidents.

Synthetic incidents are spread over the three governorates (uniform random
points inside each governorate's extent in the default gazetteer, seeded RNG),
with realistic evidence sentences, random types, casualty counts and a mix of
place- and governorate-level precision. For each size it times
``build_incident_map(...)`` plus ``get_root().render()`` (what streamlit-folium
does on every rerun) and reports the HTML size.

``--compare`` also times the naive alternative (one folium.CircleMarker with a
folium.Popup per incident in a MarkerCluster), which is why the app uses one
GeoJson layer per event type instead.

Run: python bench/bench_map.py [--sizes 100 1000 10000] [--repeat 3] [--compare]
"""

from __future__ import annotations

import argparse
import html
import random
import statistics
import time
from collections.abc import Callable

import folium

from mapapp.app.map_view import (
    EVENT_COLOURS,
    OfflineMap,
    OfflineMarkerCluster,
    build_incident_map,
    governorate_extents_from_points,
    marker_radius,
    popup_fields,
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


def governorate_boxes() -> dict[str, tuple[float, float, float, float]]:
    from mapapp.geocode import load_default_gazetteer

    gazetteer = load_default_gazetteer()
    boxes = governorate_extents_from_points((p.admin1, p.lat, p.lon) for p in gazetteer)
    missing = [g for g in GOVERNORATES if g not in boxes]
    if missing:
        raise SystemExit(f"the default gazetteer has no places in {missing}")
    return boxes


def synthetic_incidents(count: int, seed: int = 20180605) -> list[Incident]:
    rng = random.Random(seed)
    boxes = governorate_boxes()
    types = list(EventType)
    incidents = []
    for index in range(count):
        governorate = rng.choice(GOVERNORATES)
        south, west, north, east = boxes[governorate]
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
                date=IncidentDate(month=5, day=rng.randint(1, 28)),
                toponyms=[Toponym(Span(place.name, 0, len(place.name)), admin1_hint=governorate)],
                location=Location(toponym=place.name, place=place, precision=precision, score=95.0),
                sources=["local sources"],
                outlet="Bench Outlet",
            )
        )
    return incidents


def render_geojson_layers(incidents: list[Incident]) -> str:
    return build_incident_map(incidents).get_root().render()


def render_marker_per_incident(incidents: list[Incident]) -> str:
    """The naive alternative: one CircleMarker + Popup element per incident."""
    fmap = OfflineMap(location=(35.6, 39.9), zoom_start=7, tiles=None)
    cluster = OfflineMarkerCluster().add_to(fmap)
    for incident in incidents:
        fields = popup_fields(incident)
        body = "".join(f"<b>{html.escape(k)}</b>: {v}<br>" for k, v in fields.items())
        assert incident.location is not None and incident.location.lat is not None
        folium.CircleMarker(
            location=(incident.location.lat, incident.location.lon),
            radius=marker_radius(incident.killed.low if incident.killed and incident.killed.low else 0),
            color=EVENT_COLOURS[incident.event_type],
            popup=folium.Popup(body, max_width=380),
        ).add_to(cluster)
    return fmap.get_root().render()


def measure(render: Callable[[list[Incident]], str], incidents: list[Incident], repeat: int) -> tuple[float, int]:
    times = []
    size = 0
    for _ in range(repeat):
        start = time.perf_counter()
        page = render(incidents)
        times.append(time.perf_counter() - start)
        size = len(page.encode("utf-8"))
    return statistics.median(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the median is reported")
    parser.add_argument("--compare", action="store_true", help="also time one CircleMarker+Popup per incident")
    args = parser.parse_args()
    rows = []
    for size in args.sizes:
        incidents = synthetic_incidents(size)
        seconds, html_bytes = measure(render_geojson_layers, incidents, args.repeat)
        rows.append(("GeoJson per type (app)", size, seconds, html_bytes))
        if args.compare:
            seconds, html_bytes = measure(render_marker_per_incident, incidents, 1)
            rows.append(("CircleMarker+Popup each", size, seconds, html_bytes))
    print(f"{'method':<26}{'incidents':>10}{'render s':>10}{'HTML MB':>10}")
    for method, size, seconds, html_bytes in rows:
        print(f"{method:<26}{size:>10,}{seconds:>10.3f}{html_bytes / 1e6:>10.2f}")


if __name__ == "__main__":
    main()
