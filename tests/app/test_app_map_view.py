"""The folium map builder: layers per type, escaping, approximate-location styling, offline assets."""

from __future__ import annotations

import json
import re

import folium
import pytest
from app_factories import make_incident, sample_incidents
from shapely.geometry import box

from mapapp.app import map_view
from mapapp.app.map_view import (
    NO_BOUNDARY_NOTE,
    build_incident_layers,
    build_incident_map,
    governorate_extents_from_points,
    incident_feature,
    marker_radius,
    popup_fields,
)
from mapapp.model import Casualties, EventType, Precision

HOSTILE = '<script>alert("x")</script>'
HOSTILE_IMG = '<img src=x onerror="alert(1)">'


def rendered(fmap: folium.Map) -> str:
    return fmap.get_root().render()


def layer_names(fmap: folium.Map) -> list[str]:
    return [child.layer_name for child in fmap._children.values() if isinstance(child, folium.FeatureGroup)]


def test_one_toggleable_layer_per_event_type_present() -> None:
    fmap = build_incident_map(sample_incidents())
    names = layer_names(fmap)
    # a1 airstrike, a2 shelling, a3 IED (admin1) are mappable; a4/a5 are not drawn.
    assert [n for n in names if n.startswith(EventType.AIRSTRIKE.label)] == [f"{EventType.AIRSTRIKE.label} (1)"]
    assert f"{EventType.SHELLING.label} (1)" in names
    assert f"{EventType.IED.label} (1)" in names
    assert not any(n.startswith(EventType.RAID.label) for n in names)
    assert any(isinstance(child, folium.LayerControl) for child in fmap._children.values())
    html = rendered(fmap)
    assert html.count("L.control.layers(") == 1
    for label in (EventType.AIRSTRIKE.label, EventType.SHELLING.label, EventType.IED.label):
        assert json.dumps(f"{label} (1)")[1:-1] in html


def test_non_mappable_incidents_are_not_drawn() -> None:
    incidents = sample_incidents()
    features = [incident_feature(i) for i in incidents]
    drawn = {f["id"] for f in features if f is not None}
    assert drawn == {"a1", "a2", "a3"}
    html = rendered(build_incident_map(incidents))
    assert "Hmeimim" not in html and "Nowhere" not in html


def test_hostile_text_is_escaped_in_rendered_html() -> None:
    incident = make_incident(
        "x1",
        actor=HOSTILE_IMG,
        evidence=f"Witnesses said {HOSTILE} and {HOSTILE_IMG} happened.",
        place_name="<b>Bad</b>",
        sources=(HOSTILE,),
        outlet="<i>outlet</i>",
    )
    html = rendered(build_incident_map([incident]))
    for raw in (HOSTILE, HOSTILE_IMG, "<script>alert", "<img src=x", "onerror=\"alert", "<b>Bad</b>", "<i>outlet"):
        assert raw not in html
    fields = popup_fields(incident)
    assert fields["actor"] == "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in fields["evidence"]
    assert "<" not in "".join(fields.values())


def test_popup_carries_the_incident_fields() -> None:
    incident = make_incident(
        "p1", killed=Casualties(18, None), injured=Casualties(2, None), evidence="At least 18 refugees were killed."
    )
    fields = popup_fields(incident)
    assert fields["killed"] == "at least 18"
    assert fields["injured"] == "at least 2"
    assert fields["evidence"] == "At least 18 refugees were killed."
    assert "Test Village" in fields["place"] and "place" in fields["place"]
    assert fields["source"] == "local sources; via Test Outlet"
    assert {key for key, _ in map_view.POPUP_FIELDS} == set(fields)


def test_governorate_level_markers_are_hollow_and_dashed() -> None:
    precise = incident_feature(make_incident("p", precision=Precision.PLACE))
    approximate = incident_feature(make_incident("g", precision=Precision.ADMIN1))
    district = incident_feature(make_incident("d", precision=Precision.ADMIN2))
    assert precise is not None and approximate is not None and district is not None
    precise_style = map_view._feature_style(precise)
    approximate_style = map_view._feature_style(approximate)
    assert precise_style["fillOpacity"] > 0 and "dashArray" not in precise_style
    assert approximate_style["fillOpacity"] == 0 and approximate_style["dashArray"]
    assert map_view._feature_style(district)["dashArray"]
    legend = map_view.legend_html([EventType.AIRSTRIKE], outline_note=None)
    assert "hollow, dashed" in legend and "governorate" in legend


def test_radius_grows_with_killed_and_is_capped() -> None:
    assert marker_radius(0) < marker_radius(1) < marker_radius(12) < marker_radius(100)
    assert marker_radius(10**6) == marker_radius(10**7)
    big = incident_feature(make_incident("b", killed=Casualties(40, 50)))
    none = incident_feature(make_incident("n", killed=None))
    assert map_view._feature_style(big)["radius"] > map_view._feature_style(none)["radius"]


def test_colour_differs_by_type() -> None:
    styles = {t: map_view.style_for(t, Precision.PLACE, 0)["color"] for t in EventType}
    assert len(set(styles.values())) == len(EventType)


def test_page_links_only_local_assets() -> None:
    html = rendered(build_incident_map(sample_incidents(), tiles="offline"))
    assert not re.findall(r"""(?:src|href)=["']https?://""", html)
    assert '/app/static/leaflet/leaflet.js' in html
    assert '/app/static/markercluster/leaflet.markercluster.js' in html
    assert "tile.openstreetmap.org" not in html


def test_osm_tiles_are_an_optional_base_layer() -> None:
    html = rendered(build_incident_map(sample_incidents(), tiles="osm"))
    assert "tile.openstreetmap.org" in html
    assert "Plain background (offline)" in html
    with pytest.raises(ValueError):
        build_incident_map([], tiles="satellite")  # type: ignore[arg-type]


def test_without_boundaries_the_extent_is_drawn_and_labelled_approximate() -> None:
    extents = governorate_extents_from_points(
        [("Al-Hasakah", 36.0, 40.0), ("Al-Hasakah", 37.0, 41.5), ("Latakia", 35.5, 35.8), ("Ar-Raqqah", 35.9, 39.0)]
    )
    assert extents["Al-Hasakah"] == (36.0, 40.0, 37.0, 41.5)
    assert "Latakia" not in extents
    html = rendered(build_incident_map(sample_incidents(), extents=extents))
    assert NO_BOUNDARY_NOTE in html
    assert html.count("L.rectangle(") == 2


class FakeBoundaries:
    def __init__(self) -> None:
        self.polygons = {"Al-Hasakah": box(40.0, 35.5, 42.4, 37.3), "Latakia": box(35.7, 35.0, 36.5, 36.0)}


def test_boundaries_are_outlined_when_given() -> None:
    html = rendered(build_incident_map(sample_incidents(), boundaries=FakeBoundaries()))
    assert NO_BOUNDARY_NOTE not in html
    assert "governorate boundaries from the boundary file" in html
    assert "Al-Hasakah" in html and "Latakia" not in html


def test_clustering_can_be_switched_off() -> None:
    clustered = rendered(build_incident_map(sample_incidents(), cluster=True))
    plain = rendered(build_incident_map(sample_incidents(), cluster=False))
    assert "L.markerClusterGroup(" in clustered
    assert "L.markerClusterGroup(" not in plain


def test_layers_alone_can_be_added_to_a_map() -> None:
    layers = build_incident_layers(sample_incidents())
    assert len(layers) == 3
    assert all(isinstance(layer, folium.FeatureGroup) for layer in layers)


def test_boundary_file_fixture_outlines_only_covered_governorates(fixtures_dir) -> None:  # type: ignore[no-untyped-def]
    from mapapp.geocode.boundaries import load_governorate_boundaries

    boundaries = load_governorate_boundaries(fixtures_dir / "governorates_tiny.geojson")
    fmap = build_incident_map(sample_incidents(), boundaries=boundaries)
    outline = next(
        child for child in fmap._children.values()
        if isinstance(child, folium.FeatureGroup) and child.layer_name == "Governorate boundaries"
    )
    geojson = next(iter(outline._children.values()))
    names = [feature["properties"]["name"] for feature in geojson.data["features"]]
    assert names == ["Al-Hasakah", "Ar-Raqqah", "Deir ez-Zor"]
