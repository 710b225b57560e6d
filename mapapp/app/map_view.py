"""Build the folium incident map: pure logic, no Streamlit and no file access.

:func:`build_incident_map` returns a complete :class:`folium.Map`;
:func:`build_base_map` and :func:`build_incident_layers` are its two halves,
used separately by the app so that filtering swaps the incident layers without
remounting the map (streamlit-folium's ``feature_group_to_add``).

Design choices:

* One :class:`folium.FeatureGroup` per event type, named by
  :attr:`EventType.label`, toggled in a :class:`folium.LayerControl`.
* Each type's incidents are ONE :class:`folium.GeoJson` layer of circle
  markers (style per feature: colour by type, radius by the killed low bound,
  hollow and dashed for governorate/district-level locations). Rendering one
  GeoJson is much cheaper server-side than thousands of ``CircleMarker``
  elements (see ``bench/bench_map.py``), and markers that crowd are clustered
  with Leaflet.markercluster (a small cluster radius, so only overlapping
  markers merge).
* Popups and tooltips are folium's GeoJsonPopup/GeoJsonTooltip tables, bound
  to each marker (:class:`FeaturePopup`) so they work inside a cluster. They
  write property values into ``innerHTML`` unescaped, so every text property
  is passed through :func:`html.escape` here (:func:`popup_fields`).
* JS/CSS come from ``/app/static`` (see :mod:`mapapp.app.assets`), never a CDN.
  The ``"offline"`` base map has no tiles: a plain background with the
  governorates outlined; ``"osm"`` adds OpenStreetMap tiles as a base layer.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar, Literal

import folium
from branca.element import MacroElement
from folium.features import GeoJsonDetail
from folium.plugins import MarkerCluster
from folium.template import Template

from mapapp.app import assets
from mapapp.app.formatting import (
    format_casualties,
    format_incident_date,
    killed_low,
    place_description,
    source_attribution,
)
from mapapp.model import GOVERNORATES, EventType, Incident, Precision

TileChoice = Literal["offline", "osm"]
#: (south, west, north, east) in degrees.
Bounds = tuple[float, float, float, float]

#: Colour per event type (ColorBrewer-like, distinguishable on a light background).
EVENT_COLOURS: dict[EventType, str] = {
    EventType.AIRSTRIKE: "#d62728",
    EventType.DRONE_STRIKE: "#9467bd",
    EventType.SHELLING: "#ff7f0e",
    EventType.IED: "#8c564b",
    EventType.CAR_BOMB: "#e377c2",
    EventType.SUICIDE_BOMB: "#7f0000",
    EventType.ARMED_CLASH: "#1f77b4",
    EventType.RAID: "#17becf",
    EventType.ATTACK: "#2ca02c",
    EventType.OTHER: "#7f7f7f",
}

#: Precisions drawn as hollow, dashed circles: the point is a district/governorate centre, not the place.
APPROXIMATE_PRECISIONS = frozenset({Precision.ADMIN1, Precision.ADMIN2, Precision.ADMIN3})

#: Centre of the three governorates, used when nothing else gives a view.
DEFAULT_CENTER = (35.6, 39.9)
DEFAULT_ZOOM = 7
MIN_ZOOM = 4
MAX_ZOOM = 16
OUTLINE_COLOUR = "#444444"
OUTLINE_SIMPLIFY_DEGREES = 0.003
NO_BOUNDARY_NOTE = "approximate extent: no boundary file given"


class OfflineMap(folium.Map):
    """A folium Map whose Leaflet comes from the app's static folder instead of a CDN.

    jQuery, Bootstrap, Font Awesome and the awesome-markers plugin are dropped:
    the map uses circle markers and GeoJson popups only, none of which need them.
    """

    default_js: ClassVar[list[tuple[str, str]]] = [("leaflet", assets.LEAFLET_JS.url)]
    default_css: ClassVar[list[tuple[str, str]]] = [("leaflet_css", assets.LEAFLET_CSS.url)]


class OfflineMarkerCluster(MarkerCluster):
    """Leaflet.markercluster served from the app's static folder."""

    default_js: ClassVar[list[tuple[str, str]]] = [("markerclusterjs", assets.MARKERCLUSTER_JS.url)]
    default_css: ClassVar[list[tuple[str, str]]] = [
        ("markerclustercss", assets.MARKERCLUSTER_CSS.url),
        ("markerclusterdefaultcss", assets.MARKERCLUSTER_DEFAULT_CSS.url),
    ]


class FeaturePopup(folium.GeoJsonPopup):
    """folium's GeoJsonPopup, bound to each feature's marker instead of to the GeoJson group.

    Bound to the group, a click on a marker inside a marker cluster fails: the
    group itself is never on the map (the cluster holds its markers), so Leaflet
    has no map to open the popup on. The popup body is folium's own template.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.eachLayer(function(featureLayer) {
            featureLayer.bindPopup("""
        + GeoJsonDetail.base_template
        + """, {{ this.popup_options | tojavascript }});
        });
        {% endmacro %}
        """
    )


class FeatureTooltip(folium.GeoJsonTooltip):
    """folium's GeoJsonTooltip, bound to each feature's marker (see :class:`FeaturePopup`)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.eachLayer(function(featureLayer) {
            featureLayer.bindTooltip("""
        + GeoJsonDetail.base_template
        + """, {{ this.tooltip_options | tojavascript }});
        });
        {% endmacro %}
        """
    )


class MapLegend(MacroElement):
    """A collapsible legend box (bottom-right) whose HTML is built, escaped, in Python.

    Its z-index is below Leaflet's map pane (400), so popups and markers are drawn over it.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
        .mapapp-popup { font: 12px/1.35 sans-serif; }
        .mapapp-popup table { border-collapse: collapse; }
        .mapapp-popup th { text-align: left; padding: 1px 6px 1px 0; vertical-align: top; white-space: nowrap; }
        .mapapp-popup tr:last-child td { font-style: italic; border-left: 3px solid #bbb; padding-left: 5px; }
        .leaflet-container { background: #f2efe9; }
        </style>
        {% endmacro %}
        {% macro html(this, kwargs) %}
        <details open class="mapapp-legend" style="position:absolute; z-index:399; bottom:26px; right:10px;
             background:rgba(255,255,255,0.92); padding:4px 9px; border:1px solid #999; border-radius:4px;
             font:12px/1.35 sans-serif; max-width:260px;"><summary style="cursor:pointer">Legend</summary>
             {{ this.body }}</details>
        {% endmacro %}
        """
    )

    def __init__(self, body_html: str) -> None:
        super().__init__()
        self._name = "MapLegend"
        self.body = body_html


# --------------------------------------------------------------------------- styling


def marker_radius(killed: int) -> float:
    """Circle radius in pixels: grows with the square root of the killed low bound, capped."""
    return round(min(5.0 + 2.2 * math.sqrt(max(killed, 0)), 22.0), 1)


def style_for(event_type: EventType, precision: Precision, killed: int) -> dict[str, Any]:
    """Circle style: colour by type, radius by killed, hollow and dashed when only admin-level."""
    colour = EVENT_COLOURS[event_type]
    style: dict[str, Any] = {
        "radius": marker_radius(killed),
        "color": colour,
        "weight": 2,
        "opacity": 0.95,
    }
    if precision in APPROXIMATE_PRECISIONS:
        style.update({"fill": True, "fillColor": colour, "fillOpacity": 0.0, "dashArray": "4 3", "weight": 2.5})
    else:
        style.update({"fill": True, "fillColor": colour, "fillOpacity": 0.7})
    return style


# --------------------------------------------------------------------------- popups


#: Popup rows: (feature property, label). folium's GeoJsonPopup builds the
#: table in the browser from these properties, so each value is escaped here.
POPUP_FIELDS: tuple[tuple[str, str], ...] = (
    ("date", "Date"),
    ("type", "Type"),
    ("actor", "Actor"),
    ("victims", "Victims"),
    ("target", "Target"),
    ("killed", "Killed"),
    ("injured", "Injured"),
    ("place", "Place"),
    ("note", "Location note"),
    ("source", "Source"),
    ("url", "URL"),
    ("evidence", "Evidence"),
)


def popup_fields(incident: Incident) -> dict[str, str]:
    """The popup's values, keyed as in :data:`POPUP_FIELDS`, each passed through :func:`html.escape`."""
    location = incident.location
    values: dict[str, str | None] = {
        "date": format_incident_date(incident.date),
        "type": incident.event_type.label,
        "actor": incident.actor,
        "victims": incident.victims,
        "target": incident.target,
        "killed": format_casualties(incident.killed),
        "injured": format_casualties(incident.injured),
        "place": place_description(incident),
        "note": location.note if location is not None else None,
        "source": source_attribution(incident),
        "url": incident.url,
        "evidence": incident.evidence_text,
    }
    return {key: html.escape(value) if value else "—" for key, value in values.items()}


def tooltip_text(incident: Incident) -> str:
    """A one-line hover label, escaped."""
    place = incident.location.place.name if incident.location and incident.location.place else "?"
    return html.escape(f"{incident.event_type.label} – {place} – killed {format_casualties(incident.killed)}")


# --------------------------------------------------------------------------- GeoJSON for the map


def incident_feature(incident: Incident) -> dict[str, Any] | None:
    """A GeoJSON Feature for the map, or None when the incident is not mappable."""
    location = incident.location
    if location is None or not location.is_mappable or location.lat is None or location.lon is None:
        return None
    return {
        "type": "Feature",
        "id": incident.id,
        "geometry": {"type": "Point", "coordinates": [location.lon, location.lat]},
        "properties": {
            "id": incident.id,
            "event_type": incident.event_type.value,
            "precision": location.precision.value,
            "killed_low": killed_low(incident),
            "tooltip": tooltip_text(incident),
            **popup_fields(incident),
        },
    }


def mappable_incidents(incidents: Iterable[Incident]) -> list[Incident]:
    return [i for i in incidents if i.location is not None and i.location.is_mappable]


def unmapped_incidents(incidents: Iterable[Incident]) -> list[Incident]:
    """Incidents the map does not draw (outside coverage, unresolved, not geocoded); the app lists them."""
    return [i for i in incidents if i.location is None or not i.location.is_mappable]


def _feature_style(feature: dict[str, Any]) -> dict[str, Any]:
    """folium style_function: the marker style from the feature's (small) properties."""
    properties = feature["properties"]
    return style_for(EventType(properties["event_type"]), Precision(properties["precision"]), properties["killed_low"])


def build_incident_layers(
    incidents: Iterable[Incident],
    *,
    cluster: bool = True,
    cluster_radius: int = 30,
) -> list[folium.FeatureGroup]:
    """One FeatureGroup per event type present (in taxonomy order), each holding one GeoJson layer.

    Non-mappable incidents are skipped. With ``cluster`` the GeoJson layer is
    put in a marker cluster that merges markers closer than ``cluster_radius``
    pixels (and spiderfies identical points, e.g. several governorate-level
    incidents).
    """
    features_by_type: dict[EventType, list[dict[str, Any]]] = {}
    for incident in incidents:
        feature = incident_feature(incident)
        if feature is not None:
            features_by_type.setdefault(incident.event_type, []).append(feature)
    layers: list[folium.FeatureGroup] = []
    for event_type in EventType:
        features = features_by_type.get(event_type)
        if not features:
            continue
        group = folium.FeatureGroup(name=f"{event_type.label} ({len(features)})", show=True)
        geojson = folium.GeoJson(
            {"type": "FeatureCollection", "features": features},
            name=event_type.label,
            # The class names let tests and users' CSS find markers by type.
            marker=folium.CircleMarker(radius=6, class_name=f"mapapp-incident mapapp-{event_type.value}"),
            style_function=_feature_style,
            popup=FeaturePopup(
                fields=[key for key, _ in POPUP_FIELDS],
                aliases=[label for _, label in POPUP_FIELDS],
                labels=True,
                localize=False,
                class_name="mapapp-popup",
                max_width=380,
            ),
            tooltip=FeatureTooltip(fields=["tooltip"], labels=False, localize=False),
            control=False,
            embed=True,
            zoom_on_click=False,
        )
        if cluster:
            clusterer = OfflineMarkerCluster(
                control=False,
                options={
                    "maxClusterRadius": cluster_radius,
                    "spiderfyOnMaxZoom": True,
                    "showCoverageOnHover": False,
                },
            )
            geojson.add_to(clusterer)
            clusterer.add_to(group)
        else:
            geojson.add_to(group)
        layers.append(group)
    return layers


# --------------------------------------------------------------------------- base map


def governorate_extents_from_points(points: Iterable[tuple[str | None, float, float]]) -> dict[str, Bounds]:
    """Bounding boxes (south, west, north, east) of ``(admin1, lat, lon)`` points per covered governorate.

    Used with the gazetteer's places when no boundary file is given: the
    rectangle is the extent of the places we know, labelled as approximate.
    """
    extents: dict[str, list[float]] = {}
    for admin1, lat, lon in points:
        if admin1 not in GOVERNORATES:
            continue
        box = extents.setdefault(admin1, [lat, lon, lat, lon])
        box[0], box[1] = min(box[0], lat), min(box[1], lon)
        box[2], box[3] = max(box[2], lat), max(box[3], lon)
    return {name: (b[0], b[1], b[2], b[3]) for name, b in extents.items()}


def _union_bounds(boxes: Iterable[Bounds]) -> Bounds | None:
    boxes = list(boxes)
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _boundary_layer(boundaries: Any) -> tuple[folium.FeatureGroup, Bounds | None]:
    """Outline of the covered governorates from a GovernorateBoundaries (``.polygons``: name -> shapely)."""
    features = []
    boxes: list[Bounds] = []
    for name in GOVERNORATES:
        geometry = boundaries.polygons.get(name)
        if geometry is None:
            continue
        west, south, east, north = geometry.bounds
        boxes.append((south, west, north, east))
        # ~300 m tolerance: an outline at regional zoom, a fraction of the page weight.
        outline = geometry.simplify(OUTLINE_SIMPLIFY_DEGREES, preserve_topology=True)
        features.append(
            {
                "type": "Feature",
                "geometry": outline.__geo_interface__,
                "properties": {"name": html.escape(name)},
            }
        )
    group = folium.FeatureGroup(name="Governorate boundaries", show=True)
    folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        style_function=lambda _f: {"color": OUTLINE_COLOUR, "weight": 1.5, "fill": False},
        tooltip=folium.GeoJsonTooltip(fields=["name"], labels=False, localize=False),
        control=False,
        interactive=True,
    ).add_to(group)
    return group, _union_bounds(boxes)


def _extent_layer(extents: Mapping[str, Bounds]) -> tuple[folium.FeatureGroup, Bounds | None]:
    group = folium.FeatureGroup(name="Governorates (approximate extent)", show=True)
    for name in GOVERNORATES:
        box = extents.get(name)
        if box is None:
            continue
        south, west, north, east = box
        folium.Rectangle(
            bounds=[[south, west], [north, east]],
            color=OUTLINE_COLOUR,
            weight=1.2,
            dash_array="6 4",
            fill=False,
            tooltip=html.escape(f"{name} ({NO_BOUNDARY_NOTE})"),
        ).add_to(group)
    return group, _union_bounds(extents.get(n) for n in GOVERNORATES if extents.get(n) is not None)


def legend_html(event_types: Sequence[EventType], *, outline_note: str | None) -> str:
    """The legend's inner HTML (all text escaped)."""
    lines = ["<b>Incidents</b>"]
    for event_type in event_types:
        colour = EVENT_COLOURS[event_type]
        lines.append(
            f'<div><span style="display:inline-block;width:11px;height:11px;border-radius:50%;'
            f'background:{colour};border:2px solid {colour};opacity:.8;margin-right:5px"></span>'
            f"{html.escape(event_type.label)}</div>"
        )
    lines.append(
        '<div><span style="display:inline-block;width:11px;height:11px;border-radius:50%;'
        'border:2px dashed #333;margin-right:5px"></span>'
        "hollow, dashed: located only to the governorate or district (approximate)</div>"
    )
    lines.append("<div>Circle size: number killed (lower bound)</div>")
    if outline_note:
        lines.append(f"<div><i>Outline: {html.escape(outline_note)}</i></div>")
    return "".join(lines)


def build_base_map(
    *,
    boundaries: Any | None = None,
    extents: Mapping[str, Bounds] | None = None,
    tiles: TileChoice = "offline",
    legend_types: Sequence[EventType] = tuple(EventType),
    height: str | int = "100%",
) -> folium.Map:
    """The map without incidents: base layer(s), governorate outlines and the legend.

    ``boundaries`` (a GovernorateBoundaries) outlines the governorates; without
    it, ``extents`` (per-governorate boxes from the gazetteer) are drawn as
    dashed rectangles and the legend says the extent is approximate.
    """
    if tiles not in ("offline", "osm"):
        raise ValueError(f"tiles must be 'offline' or 'osm', not {tiles!r}")
    # Without a tile layer Leaflet has no maxZoom, which markercluster requires: set it on the map.
    fmap = OfflineMap(
        location=DEFAULT_CENTER,
        zoom_start=DEFAULT_ZOOM,
        tiles=None,
        control_scale=True,
        height=height,
    )
    fmap.options.update(min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM)  # folium only gives these to tile layers
    plain = folium.FeatureGroup(name="Plain background (offline)", overlay=False, show=tiles == "offline")
    plain.add_to(fmap)
    if tiles == "osm":
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", overlay=False, show=True).add_to(fmap)
    outline_note: str | None
    view: Bounds | None
    if boundaries is not None:
        outline, view = _boundary_layer(boundaries)
        outline_note = "governorate boundaries from the boundary file"
    else:
        outline, view = _extent_layer(extents or {})
        outline_note = NO_BOUNDARY_NOTE
    outline.add_to(fmap)
    if view is not None:
        south, west, north, east = view
        fmap.fit_bounds([[south, west], [north, east]])
    fmap.get_root().add_child(MapLegend(legend_html(legend_types, outline_note=outline_note)))
    return fmap


def build_incident_map(
    incidents: Iterable[Incident],
    boundaries: Any | None = None,
    tiles: TileChoice = "offline",
    *,
    extents: Mapping[str, Bounds] | None = None,
    cluster: bool = True,
) -> folium.Map:
    """A complete map: base map, one toggleable layer per event type, and a layer control."""
    incidents = list(incidents)
    present = [t for t in EventType if any(i.event_type is t for i in mappable_incidents(incidents))]
    fmap = build_base_map(boundaries=boundaries, extents=extents, tiles=tiles, legend_types=present)
    for layer in build_incident_layers(incidents, cluster=cluster):
        layer.add_to(fmap)
    folium.LayerControl(collapsed=False).add_to(fmap)
    return fmap


__all__ = [
    "APPROXIMATE_PRECISIONS",
    "EVENT_COLOURS",
    "NO_BOUNDARY_NOTE",
    "POPUP_FIELDS",
    "OfflineMap",
    "OfflineMarkerCluster",
    "build_base_map",
    "build_incident_layers",
    "build_incident_map",
    "governorate_extents_from_points",
    "incident_feature",
    "legend_html",
    "mappable_incidents",
    "marker_radius",
    "popup_fields",
    "style_for",
    "unmapped_incidents",
]
