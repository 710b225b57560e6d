"""The folium map builder: compact per-type data, escaping, outlines, base layers, offline assets."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date

import folium
import pytest
from app_factories import make_incident, sample_incidents
from shapely.geometry import Point, shape
from shapely.ops import unary_union

from mapapp.app import map_view
from mapapp.app.data import load_shipped_outlines
from mapapp.app.map_view import (
    build_base_map,
    build_governorate_choropleth,
    build_incident_layers,
    build_incident_map,
    choropleth_colour,
    incident_columns,
    marker_radius,
    script_json,
    tile_layer_for,
)
from mapapp.model import GOVERNORATES, Casualties, EventType, IncidentDate, Precision

HOSTILE = '<script>alert("x")</script>'
HOSTILE_IMG = '<img src=x onerror="alert(1)">'


def rendered(fmap: folium.Map) -> str:
    return fmap.get_root().render()


def layer_names(fmap: folium.Map) -> list[str]:
    return [child.layer_name for child in fmap._children.values() if isinstance(child, folium.FeatureGroup)]


def payloads(html: str) -> list[dict]:
    """The JSON each ``mapapp.incidentLayer(map, group, {...})`` call in the page receives."""
    found = []
    for match in re.finditer(r"mapapp\.incidentLayer\([^,]+, [^,]+, (\{.*?\})\);\n", html):
        found.append(json.loads(match.group(1)))
    return found


def test_one_toggleable_layer_per_event_type_present() -> None:
    fmap = build_incident_map(sample_incidents(), load_shipped_outlines())
    names = layer_names(fmap)
    # a1 airstrike, a2 shelling, a3 IED (admin1) are mappable; a4/a5 are not drawn.
    assert f"{EventType.AIRSTRIKE.label} (1)" in names
    assert f"{EventType.SHELLING.label} (1)" in names
    assert f"{EventType.IED.label} (1)" in names
    assert not any(n.startswith(EventType.RAID.label) for n in names)
    assert "Heat map of incidents" in names and "Incidents per governorate (shading)" in names
    html = rendered(fmap)
    assert html.count("L.control.layers(") == 1
    assert {p["type"]["code"] for p in payloads(html)} == {"airstrike", "shelling", "ied"}


def test_non_mappable_incidents_are_not_sent_to_the_browser() -> None:
    html = rendered(build_incident_map(sample_incidents()))
    sent = {incident_id for payload in payloads(html) for incident_id in payload["id"]}
    assert sent == {"a1", "a2", "a3"}
    assert "Hmeimim" not in html and "Nowhere" not in html


def test_compact_columns_carry_what_the_popup_needs() -> None:
    incident = make_incident(
        "k1", killed=Casualties(3, 5), when=date(2019, 2, 3), place_name="Tal Shayr", lat=36.123456789, lon=40.5
    )
    approximate = make_incident("k2", precision=Precision.ADMIN1, killed=None)
    data = incident_columns(EventType.AIRSTRIKE, [incident, approximate], details=True)
    strings = data["strings"]
    assert data["n"] == 2 and data["id"] == ["k1", "k2"]
    assert data["lat"][0] == 36.12346  # rounded to ~1 m
    assert data["killed"] == [3, -1]
    assert data["approx"] == [0, 1]
    assert strings[data["date"][0]] == "2019-02-03"
    assert strings[data["killedText"][0]] == "3–5"
    assert strings[data["place"][0]] == "Tal Shayr"
    assert strings[data["precision"][0]] == "place"
    # the popup says which governorate (or district) the hollow marker's point stands for
    assert strings[data["precision"][1]] == "governorate (approximate): point of Al-Hasakah"
    assert data["details"]["evidence"][0] == incident.evidence_text
    assert data["type"] == {"code": "airstrike", "label": "Air strike", "colour": map_view.EVENT_COLOURS[EventType.AIRSTRIKE]}


def test_popup_names_the_area_an_approximate_point_stands_for() -> None:
    district = make_incident("k3", precision=Precision.ADMIN2, place_name="Raqas", admin1="Ar-Raqqah")
    district = replace(district, location=replace(district.location, place=replace(district.location.place, name="Tell Abiad")))
    data = incident_columns(EventType.AIRSTRIKE, [district], details=False)
    assert data["strings"][data["precision"][0]] == "district (approximate): point of Tell Abiad, Ar-Raqqah"


def test_details_are_left_out_above_the_limit_to_keep_the_page_small() -> None:
    incidents = [make_incident(f"d{i}") for i in range(3)]
    small = payloads(rendered(folium_map_with(build_incident_layers(incidents, detail_limit=3))))
    large = payloads(rendered(folium_map_with(build_incident_layers(incidents, detail_limit=2))))
    assert small[0]["details"] is not None and large[0]["details"] is None
    assert "An air strike hit the village." not in json.dumps(large)


def folium_map_with(layers: list[folium.FeatureGroup]) -> folium.Map:
    fmap = build_base_map()
    for layer in layers:
        layer.add_to(fmap)
    return fmap


def test_report_dates_are_labelled_as_such_in_the_marker_data() -> None:
    reported = make_incident("r1")
    reported = type(reported)(**{**reported.__dict__, "date": IncidentDate.report_date(date(2021, 5, 3))})
    data = incident_columns(EventType.AIRSTRIKE, [reported], details=False)
    assert data["strings"][data["date"][0]] == "reported 2021-05-03 (date of the event not given)"


def test_the_day_column_gives_calendar_dates_for_the_animation() -> None:
    dated = make_incident("d1", when=date(2019, 2, 3))
    reported = make_incident("r1")
    reported = type(reported)(**{**reported.__dict__, "date": IncidentDate.report_date(date(1970, 1, 11))})
    undated = make_incident("u1")
    data = incident_columns(EventType.AIRSTRIKE, [dated, reported, undated], details=False)
    assert data["day"] == [(date(2019, 2, 3) - date(1970, 1, 1)).days, 10, None]
    assert data["reported"] == [0, 1, 0]


def test_text_from_reports_cannot_break_out_of_the_script() -> None:
    hostile = make_incident(
        "x1", place_name=HOSTILE, actor=HOSTILE_IMG, evidence=f"Before {HOSTILE} after {{{{'map_div'}}}}."
    )
    html = rendered(build_incident_map([hostile]))
    assert HOSTILE not in html and HOSTILE_IMG not in html
    assert "</script>" not in "".join(re.findall(r"mapapp\.incidentLayer\(.*?\);\n", html, flags=re.DOTALL))
    (payload,) = payloads(html)
    # the data arrives intact (the browser inserts it as text, never as HTML)
    assert payload["strings"][payload["place"][0]] == HOSTILE
    assert HOSTILE_IMG in payload["strings"]
    assert payload["details"]["evidence"][0] == f"Before {HOSTILE} after {{{{'map_div'}}}}."


def test_script_json_is_valid_json_without_closing_tags() -> None:
    value = {"a": "</script><b>", "b": "{{'x'}}", "c": "\u2028"}
    text = script_json(value)
    assert "</" not in text and "{{" not in text and "\u2028" not in text
    assert json.loads(text) == value


def test_popups_never_use_innerhtml_for_data() -> None:
    script = (map_view.assets.asset_source_path(map_view.assets.MAPAPP_JS)).read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", script, flags=re.DOTALL)  # without comments
    assert "innerHTML" not in code and "insertAdjacentHTML" not in code
    assert "textContent" in code
    # Leaflet writes string content of popups and tooltips into innerHTML: only elements are passed
    assert re.findall(r"bindTooltip\((\w+)", code) == ["el"]
    assert re.findall(r"setContent\((\w+)", code) == ["popupContent", "box"]


def test_marker_radius_grows_with_killed_and_is_capped() -> None:
    assert marker_radius(0) < marker_radius(4) < marker_radius(40) <= 22.0
    assert marker_radius(10_000) == 22.0


def test_shipped_outlines_are_drawn_and_attributed() -> None:
    outlines = load_shipped_outlines()
    assert len(outlines["features"]) == 14
    assert {f["properties"]["name"] for f in outlines["features"]} >= set(GOVERNORATES)
    html = rendered(build_base_map(outlines=outlines))
    assert "mapapp-outline" in html
    assert "OCHA" in html and "CC BY-IGO" in html
    assert html.count("mapapp-governorate") >= len(GOVERNORATES)


def test_neighbour_labels_lie_outside_syria() -> None:
    syria = unary_union([shape(f["geometry"]) for f in load_shipped_outlines()["features"]])
    for name, lat, lon in map_view.NEIGHBOUR_LABELS:
        assert not syria.contains(Point(lon, lat)), name


def test_base_map_offers_tiles_as_a_second_base_layer_but_shows_the_plain_map() -> None:
    html = rendered(build_base_map())
    assert "tile.openstreetmap.org" in html  # offered in the layer control ...
    fmap = build_base_map()
    assert "Plain map (offline)" in layer_names(fmap)
    tiles = [c for c in fmap._children.values() if isinstance(c, folium.TileLayer)]
    assert len(tiles) == 1 and tiles[0].show is False  # ... but not shown: nothing is fetched until chosen
    offline_only = build_base_map(offer_tiles=False)
    assert not any(isinstance(c, folium.TileLayer) for c in offline_only._children.values())


def test_a_tile_url_template_becomes_the_base_layer_shown() -> None:
    fmap = build_base_map(tiles="http://127.0.0.1:9/{z}/{x}/{y}.png")
    tiles = [c for c in fmap._children.values() if isinstance(c, folium.TileLayer)]
    assert len(tiles) == 1 and tiles[0].show is True
    with pytest.raises(ValueError):
        tile_layer_for("satellite")


def test_every_script_comes_from_the_local_static_folder() -> None:
    html = rendered(build_incident_map(sample_incidents(), load_shipped_outlines(), towns=[("Raqqa", 35.95, 39.0)]))
    sources = re.findall(r'<script[^>]+src="([^"]+)"', html)
    links = re.findall(r'<link[^>]+href="([^"]+)"', html)
    assert sources and all(url.startswith("/app/static/") for url in sources + links), sources + links
    assert "/app/static/mapapp/mapapp_map.js" in sources


def test_the_base_map_does_not_depend_on_the_incidents() -> None:
    """streamlit-folium remounts when the base map's script changes: it must be the same for any filter."""
    outlines = load_shipped_outlines()

    def script(fmap: folium.Map) -> str:
        return re.sub(r"_[0-9a-f]{32}", "", rendered(fmap))

    assert script(build_base_map(outlines=outlines)) == script(build_base_map(outlines=outlines))


def test_choropleth_counts_per_governorate_on_the_outlines() -> None:
    incidents = sample_incidents()
    group = build_governorate_choropleth(incidents, load_shipped_outlines())
    geojson = next(c for c in group._children.values() if isinstance(c, folium.GeoJson))
    labels = {f["properties"]["label"]: f["properties"]["fill"] for f in geojson.data["features"]}
    assert "Al-Hasakah: 1 incident(s), at least 12 killed" in labels
    assert "Deir ez-Zor: 1 incident(s), at least 0 killed" in labels
    assert not any(label.startswith("Latakia") for label in labels)  # outside coverage: not counted, not drawn
    assert choropleth_colour(0, 5) == "transparent"
    assert choropleth_colour(1, 100) != choropleth_colour(100, 100)
