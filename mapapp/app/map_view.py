"""Build the folium incident map: pure logic, no Streamlit and no file access.

:func:`build_incident_map` returns a complete :class:`folium.Map`;
:func:`build_base_map` and :func:`build_incident_layers` are its two halves,
used separately by the app: the base map never changes between reruns (so
streamlit-folium never remounts it) while the incident layers, the heat map and
the per-governorate choropleth go in ``feature_group_to_add`` and are swapped in
place when filters change.

Design choices (measured with ``bench/bench_map.py``):

* Incidents travel as compact, column-wise data (:func:`incident_columns`:
  id, lat, lon, killed, precision, date label, place; strings interned in a
  table) and are drawn in the browser by ``mapapp_map.js`` (our own small
  script, served with Leaflet from ``/app/static``): one circle marker per
  incident, all in ONE shared Leaflet.markercluster group, popups built from
  DOM text nodes (the data never reaches ``innerHTML``). Folium's per-feature
  GeoJson popups cost ~900 bytes and a Python render per incident; this costs
  ~60 bytes.
* Popups show the full record (actor, source, evidence) while the selection is
  small (:data:`DETAIL_LIMIT`); above it, the core fields, and the click selects
  the incident in the table below the map.
* One :class:`folium.FeatureGroup` per event type, toggled in the layer control.
* The base map has the governorates from the shipped, simplified OCHA outlines
  (``mapapp/data/governorate_outlines.geojson``, CC BY-IGO, attributed on the
  map), the labels of the main towns, the plain offline background and, as
  another base layer, map tiles (OpenStreetMap or a tile server the user
  names): switching base layers happens in Leaflet, with no rerun.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

import folium
import numpy
from branca.element import CssLink, Element, JavascriptLink, MacroElement
from folium.elements import JSCSSMixin
from folium.plugins import MarkerCluster
from folium.template import Template

from mapapp.app import assets
from mapapp.app.formatting import (
    PRECISION_LABELS,
    format_casualties,
    format_incident_date,
    killed_low,
    located_name,
    source_attribution,
)
from mapapp.model import GOVERNORATES, EventType, Incident, Place, Precision

#: ``"offline"`` (plain background), ``"osm"`` (OpenStreetMap tiles) or a tile URL template ``http…/{z}/{x}/{y}…``.
TileChoice = str
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

#: Precisions that are drawn on the map (as :attr:`Precision.is_mappable`).
MAPPABLE_PRECISIONS = frozenset(precision for precision in Precision if precision.is_mappable)
#: Precisions drawn as hollow, dashed circles: the point is a district/governorate centre, not the place.
APPROXIMATE_PRECISIONS = frozenset({Precision.ADMIN1, Precision.ADMIN2, Precision.ADMIN3})

#: Centre of the three governorates, used when nothing else gives a view.
DEFAULT_CENTER = (35.6, 39.9)
DEFAULT_ZOOM = 7
MIN_ZOOM = 6
MAX_ZOOM = 15
OUTLINE_COLOUR = "#444444"
#: Pixels kept free on the right of the first view for the layer control.
LAYER_CONTROL_WIDTH = 230
#: Up to this many incidents, popups carry actor, injured, source and evidence; above it, core fields only.
DETAIL_LIMIT = 5_000
#: The ``day`` column counts days since 1970-01-01 (as JavaScript's dates do).
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
#: Above this many incidents shown, the browser draws its own grid clusters below DETAIL_ZOOM and hands
#: markercluster only the incidents around the view (markercluster's cost grows with every marker).
DIRECT_CLUSTER_LIMIT = 20_000
#: The zoom from which (many incidents) markercluster draws the incidents around the view.
DETAIL_ZOOM = 11
OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
OUTLINE_ATTRIBUTION = "Boundaries: OCHA COD-AB (CC BY-IGO), simplified"
TOWN_ATTRIBUTION = "Towns: GeoNames (CC BY 4.0)"
#: Neighbouring countries named on the plain map (label positions chosen by hand, outside Syria's outline).
NEIGHBOUR_LABELS: tuple[tuple[str, float, float], ...] = (("TURKEY", 37.45, 39.6), ("IRAQ", 35.2, 42.3))


def script_json(value: Any) -> str:
    """JSON safe to put inside a ``<script>`` element (no ``<`` at all, no raw U+2028, no ``{{``).

    Every ``<`` is written ``\\u003c``: escaping only ``</`` is not enough, since text holding ``<!--`` and then
    ``<script`` puts the browser's parser in its "double-escaped" state, where the element's real ``</script>``
    no longer ends it and the rest of the page is swallowed as script.
    """
    # "{{" only occurs inside strings: streamlit-folium rewrites {{'name'}} in scripts, so break it up.
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("{{", "{\\u007b")


class OfflineMap(folium.Map):
    """A folium Map whose Leaflet comes from the app's static folder instead of a CDN.

    jQuery, Bootstrap, Font Awesome and the awesome-markers plugin are dropped:
    the map needs none of them. Its bounds are the view it was fitted to, when
    there is one (:attr:`view_bounds`): folium would walk every coordinate of the
    governorate outlines for them, and streamlit-folium asks on every rerun.
    """

    default_js: ClassVar[list[tuple[str, str]]] = [("leaflet", assets.LEAFLET_JS.url)]
    default_css: ClassVar[list[tuple[str, str]]] = [("leaflet_css", assets.LEAFLET_CSS.url)]
    #: [[south, west], [north, east]] of the first view, or None (then folium computes the bounds).
    view_bounds: list[list[float]] | None = None

    def get_bounds(self) -> list[list[float | None]]:
        if self.view_bounds is not None:
            return [list(corner) for corner in self.view_bounds]
        return super().get_bounds()  # type: ignore[no-any-return]


class OfflineMarkerCluster(MarkerCluster):
    """Leaflet.markercluster served from the app's static folder."""

    default_js: ClassVar[list[tuple[str, str]]] = [("markerclusterjs", assets.MARKERCLUSTER_JS.url)]
    default_css: ClassVar[list[tuple[str, str]]] = [
        ("markerclustercss", assets.MARKERCLUSTER_CSS.url),
        ("markerclusterdefaultcss", assets.MARKERCLUSTER_DEFAULT_CSS.url),
    ]


class _RawScript(Element):
    """Script text added to a figure as it is (branca's Element would compile it as a Jinja template)."""

    _template = Template("{{ this.text }}")

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class MapappCall(JSCSSMixin, MacroElement):
    """``mapapp.<function>(map, group, payload)`` from ``mapapp_map.js``, inside a FeatureGroup.

    Loads Leaflet, Leaflet.markercluster and ``mapapp_map.js`` from the app's static folder.
    """

    default_js: ClassVar[list[tuple[str, str]]] = [
        ("leaflet", assets.LEAFLET_JS.url),
        ("markerclusterjs", assets.MARKERCLUSTER_JS.url),
        ("mapappjs", assets.MAPAPP_JS.url),
    ]
    default_css: ClassVar[list[tuple[str, str]]] = [
        ("markerclustercss", assets.MARKERCLUSTER_CSS.url),
        ("markerclusterdefaultcss", assets.MARKERCLUSTER_DEFAULT_CSS.url),
    ]
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        mapapp.{{ this.function }}({{ this.map_name() }}, {{ this._parent.get_name() }}{% if this.payload is not none %}, {{ this.payload }}{% endif %});
        {% endmacro %}
        """
    )

    def __init__(self, function: str, payload: Any = None, *, payload_json: str | None = None) -> None:
        """``payload`` is serialised here; ``payload_json`` is one already made by :func:`script_json` (cached)."""
        super().__init__()
        self._name = "MapappCall"
        self.function = function
        self.payload = payload_json if payload_json is not None else None if payload is None else script_json(payload)

    def render(self, **kwargs: Any) -> None:
        """Add the links and the script; unlike MacroElement.render, never compile the (large) script as a template."""
        figure = self.get_root()
        for name, url in self.default_js:
            figure.header.add_child(JavascriptLink(url), name=name)
        for name, url in self.default_css:
            figure.header.add_child(CssLink(url), name=name)
        script = self._template.module.__dict__["script"]
        figure.script.add_child(_RawScript(script(self, kwargs)), name=self.get_name())

    def map_name(self) -> str:
        element: Any = self._parent
        while element is not None and not isinstance(element, folium.Map):
            element = getattr(element, "_parent", None)
        if element is None:
            raise ValueError("a MapappCall must be inside a layer that is on a folium.Map")
        return str(element.get_name())


class MapLegend(MacroElement):
    """A collapsible legend box (bottom-left, above the scale) whose HTML is built, escaped, in Python; and the map's CSS.

    Its z-index is above Leaflet's panes (400: the filled base map would hide it) and below the controls.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
        .leaflet-container { background: #d9d9d6; }
        .leaflet-control-layers { font: 12px/1.35 sans-serif; }
        .leaflet-control-layers label { margin: 0; }
        .mapapp-popup { font: 12px/1.35 sans-serif; }
        .mapapp-time { background: rgba(255,255,255,0.92); padding: 4px 6px; border-radius: 4px;
                       font: 12px/1.35 sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,0.3); }
        .mapapp-time-label { margin-left: 6px; }
        .mapapp-popup-title { font-weight: bold; margin-bottom: 3px; }
        .mapapp-popup table { border-collapse: collapse; }
        .mapapp-popup th { text-align: left; padding: 1px 6px 1px 0; vertical-align: top; white-space: nowrap; }
        .mapapp-evidence { margin: 5px 0 0; padding-left: 6px; border-left: 3px solid #bbb; font-style: italic;
            max-height: 9em; overflow-y: auto; }
        .mapapp-popup-note { color: #555; margin-top: 4px; }
        .mapapp-cluster-list { max-height: 14em; overflow-y: auto; margin: 2px 0; padding-left: 2.2em; }
        .mapapp-town { white-space: nowrap; pointer-events: none; }
        .mapapp-town-dot { position: absolute; left: -3px; top: -3px; width: 6px; height: 6px; border-radius: 50%;
            background: #333; }
        .mapapp-town-name { position: absolute; left: 6px; top: -8px; font: 11px/1.2 sans-serif; color: #222;
            text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 2px #fff; }
        .mapapp-governorate { pointer-events: none; }
        .mapapp-governorate span { display: inline-block; transform: translate(-50%, 28px); white-space: nowrap;
            font: 600 12px/1 sans-serif; letter-spacing: 2px; color: #9aa0a6; }
        .mapapp-country { font: bold 13px/1 sans-serif; letter-spacing: 3px; color: #7a8590; white-space: nowrap;
            pointer-events: none; }
        </style>
        {% endmacro %}
        {% macro html(this, kwargs) %}
        <details open class="mapapp-legend" style="position:absolute; z-index:450; bottom:46px; left:10px;
             background:rgba(255,255,255,0.92); padding:4px 9px; border:1px solid #999; border-radius:4px;
             font:11px/1.3 sans-serif; max-width:210px;"><summary style="cursor:pointer">Legend</summary>
             {{ this.body }}</details>
        {% endmacro %}
        """
    )

    def __init__(self, body_html: str) -> None:
        super().__init__()
        self._name = "MapLegend"
        self.body = body_html


class MapAttribution(MacroElement):
    """Adds fixed, escaped attribution text to the map's attribution control."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text }});
        {% endmacro %}
        """
    )

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "MapAttribution"
        self.text = script_json(html.escape(text))


# --------------------------------------------------------------------------- styling


def marker_radius(killed: int) -> float:
    """Circle radius in pixels: grows with the square root of the killed low bound, capped (as in mapapp_map.js)."""
    return round(min(5.0 + 2.2 * math.sqrt(max(killed, 0)), 22.0), 1)


def style_for(event_type: EventType, precision: Precision, killed: int) -> dict[str, Any]:
    """Circle style: colour by type, radius by killed, hollow and dashed when only admin-level (as in mapapp_map.js)."""
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


# --------------------------------------------------------------------------- compact incident data


def event_types_of(incidents: Iterable[Incident]) -> list[EventType]:
    """The event types present, in taxonomy order."""
    present = {incident.event_type for incident in incidents}
    return [event_type for event_type in EventType if event_type in present]


def mappable_incidents(incidents: Iterable[Incident]) -> list[Incident]:
    return [
        i
        for i in incidents
        if i.location is not None and i.location.place is not None and i.location.precision in MAPPABLE_PRECISIONS
    ]


def unmapped_incidents(incidents: Iterable[Incident]) -> list[Incident]:
    """Incidents the map does not draw (outside coverage, unresolved, not geocoded); the app lists them."""
    return [i for i in incidents if i.location is None or not i.location.is_mappable]


class _StringTable:
    """Interns strings: each distinct value is sent once, incidents refer to it by index."""

    def __init__(self) -> None:
        self.values: list[str] = []
        self._index: dict[str, int] = {}

    def __call__(self, value: str | None) -> int:
        value = value or ""
        index = self._index.get(value)
        if index is None:
            index = self._index[value] = len(self.values)
            self.values.append(value)
        return index


def place_label(incident: Incident) -> str:
    """The place as the text names it, else the gazetteer's name."""
    location = incident.location
    if location is None:
        return "?"
    return located_name(location)


def precision_text(precision: Precision, place: Place) -> str:
    """The popup's "Location" row: the precision, and for a hollow marker the area whose point it is.

    ``governorate (approximate): point of Deir ez-Zor``; ``district (approximate): point of Tell Abiad,
    Ar-Raqqah``; ``place``. The title names the place as the text writes it, so without this a reader could
    take the governorate's point for the village's.
    """
    label = PRECISION_LABELS[precision]
    if precision not in APPROXIMATE_PRECISIONS:
        return label
    if precision is Precision.ADMIN1 or not place.name or place.name == place.admin1:
        area = place.admin1 or place.name
    else:
        area = f"{place.name}, {place.admin1}" if place.admin1 else place.name
    return f"{label}: point of {area}"


def incident_columns(
    event_type: EventType,
    incidents: Sequence[Incident],
    *,
    details: bool,
    related: Mapping[str, Incident] | None = None,
) -> dict[str, Any]:
    """The payload ``mapapp.incidentLayer`` draws: one type's mappable incidents, column-wise.

    ``killed`` is the low bound (-1 when not stated); ``approx`` 1 for governorate/district
    points; ``day`` the calendar date as days since 1970-01-01 (None without one; ``reported`` 1
    when it is the report's date), for the animation by date; ``date``, ``place``, ``killedText``,
    ``precision`` (and the ``details``
    columns) index ``strings``. Values are plain text: the browser inserts them as text.
    """
    strings = _StringTable()
    ids: list[str] = []
    lats: list[float] = []
    lons: list[float] = []
    killed_lows: list[int] = []
    approx: list[int] = []
    dates: list[int] = []
    places: list[int] = []
    killed_texts: list[int] = []
    precisions: list[int] = []
    days: list[int | None] = []
    reported: list[int] = []
    extra: dict[str, list[Any]] = {name: [] for name in ("actor", "injured", "source", "evidence")}
    # Labels repeat a lot (dates, counts): format each distinct value once.
    date_labels: dict[Any, int] = {}
    casualty_labels: dict[Any, int] = {}
    place_index: dict[str, int] = {}
    precision_labels: dict[Any, int] = {}
    approx_of = {precision: int(precision in APPROXIMATE_PRECISIONS) for precision in Precision}
    for incident in incidents:
        location = incident.location
        place = location.place if location is not None else None
        if place is None or location is None or location.precision not in MAPPABLE_PRECISIONS:
            continue
        ids.append(incident.id)
        lats.append(place.lat)
        lons.append(place.lon)
        killed = incident.killed
        low = killed.low if killed is not None else None
        killed_lows.append(-1 if low is None else low)
        precision = location.precision
        approx.append(approx_of[precision])
        precision_key = (precision, place.name, place.admin1) if precision in APPROXIMATE_PRECISIONS else precision
        index = precision_labels.get(precision_key)
        if index is None:
            index = precision_labels[precision_key] = strings(precision_text(precision, place))
        precisions.append(index)
        when = incident.date
        if when is None:
            date_key: Any = None
            days.append(None)
            reported.append(0)
        elif when.value is not None:
            date_key = (when.value, when.precision)
            days.append(when.value.toordinal() - EPOCH_ORDINAL)
            reported.append(int(when.precision == "report"))
        else:
            date_key = (incident.id,)  # partial or relative: formatted for this incident alone
            days.append(None)
            reported.append(0)
        index = date_labels.get(date_key)
        if index is None:
            index = date_labels[date_key] = strings(format_incident_date(when, related))
        dates.append(index)
        name = located_name(location)
        index = place_index.get(name)
        if index is None:
            index = place_index[name] = strings(name)
        places.append(index)
        killed_key = None if killed is None else (killed.low, killed.high)
        index = casualty_labels.get(killed_key)
        if index is None:
            index = casualty_labels[killed_key] = strings(format_casualties(killed))
        killed_texts.append(index)
        if details:
            extra["actor"].append(strings(incident.actor or "not stated"))
            extra["injured"].append(strings(format_casualties(incident.injured)))
            extra["source"].append(strings(source_attribution(incident)))
            extra["evidence"].append(incident.evidence_text)
    return {
        "type": {"code": event_type.value, "label": event_type.label, "colour": EVENT_COLOURS[event_type]},
        "n": len(ids),
        "id": ids,
        # ~1 m: enough for a marker, and a third of the digits.
        "lat": numpy.round(numpy.asarray(lats, dtype=float), 5).tolist(),
        "lon": numpy.round(numpy.asarray(lons, dtype=float), 5).tolist(),
        "killed": killed_lows,
        "approx": approx,
        "date": dates,
        "place": places,
        "killedText": killed_texts,
        "precision": precisions,
        "day": days,
        "reported": reported,
        "details": extra if details else None,
        "strings": strings.values,
    }


@dataclass(frozen=True)
class IncidentLayerData:
    """One event type's layer, ready to draw: its name in the layer control and its serialised payload.

    What is slow in a layer (formatting and serialising every incident) is done once here, so the app keeps
    these per store version and filters and makes the (cheap) folium layers from them on each rerun.
    """

    name: str
    payload_json: str

    def layer(self) -> folium.FeatureGroup:
        group = folium.FeatureGroup(name=self.name, show=True)
        group.add_child(MapappCall("incidentLayer", payload_json=self.payload_json))
        return group


def incident_layer_data(
    incidents: Iterable[Incident],
    *,
    related: Mapping[str, Incident] | None = None,
    detail_limit: int = DETAIL_LIMIT,
) -> list[IncidentLayerData]:
    """What :func:`build_incident_layers` draws, one entry per event type present (in taxonomy order)."""
    by_type: dict[EventType, list[Incident]] = {}
    total = 0
    for incident in incidents:
        location = incident.location
        if location is not None and location.place is not None and location.precision in MAPPABLE_PRECISIONS:
            by_type.setdefault(incident.event_type, []).append(incident)
            total += 1
    details = total <= detail_limit
    layers: list[IncidentLayerData] = []
    for event_type in EventType:
        members = by_type.get(event_type)
        if not members:
            continue
        payload = incident_columns(event_type, members, details=details, related=related)
        layers.append(IncidentLayerData(f"{event_type.label} ({len(members):,})", script_json(payload)))
    return layers


def build_incident_layers(
    incidents: Iterable[Incident],
    *,
    related: Mapping[str, Incident] | None = None,
    detail_limit: int = DETAIL_LIMIT,
) -> list[folium.FeatureGroup]:
    """One FeatureGroup per event type present (in taxonomy order), drawn by ``mapapp.incidentLayer``.

    Non-mappable incidents are skipped. ``related`` (id -> incident, e.g. all
    incidents) names the incident a relative date refers to.
    """
    return [data.layer() for data in incident_layer_data(incidents, related=related, detail_limit=detail_limit)]


def build_heat_layer() -> folium.FeatureGroup:
    """The heat map of the incidents shown (every type switched on), off until the user turns it on."""
    group = folium.FeatureGroup(name="Heat map of incidents", show=False)
    group.add_child(MapappCall("heatLayer"))
    return group


#: Sequential fill colours (ColorBrewer YlOrRd) for the per-governorate choropleth.
CHOROPLETH_COLOURS = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")


def choropleth_colour(count: int, maximum: int) -> str:
    """The fill for ``count`` incidents on a square-root scale up to ``maximum`` (none: transparent)."""
    if count <= 0 or maximum <= 0:
        return "transparent"
    step = math.sqrt(count / maximum) * len(CHOROPLETH_COLOURS)
    return CHOROPLETH_COLOURS[min(int(step), len(CHOROPLETH_COLOURS) - 1)]


def build_governorate_choropleth(
    incidents: Iterable[Incident], outlines: Mapping[str, Any]
) -> folium.FeatureGroup:
    """Incidents and killed (lower bound) per governorate, filled on the shipped outlines; off by default."""
    return choropleth_layer(choropleth_features(incidents, outlines))


def choropleth_features(incidents: Iterable[Incident], outlines: Mapping[str, Any]) -> dict[str, Any]:
    """The choropleth's FeatureCollection: each governorate's outline with its label and fill."""
    counts: dict[str, list[int]] = {}
    for incident in incidents:
        location = incident.location
        if location is None or location.place is None or location.precision not in MAPPABLE_PRECISIONS:
            continue
        governorate = location.place.admin1
        if governorate is not None:
            entry = counts.setdefault(governorate, [0, 0])
            entry[0] += 1
            entry[1] += killed_low(incident)
    maximum = max((count for count, _ in counts.values()), default=0)
    features = []
    for feature in outlines.get("features", []):
        name = feature["properties"]["name"]
        count, killed = counts.get(name, (0, 0))
        if name not in GOVERNORATES and count == 0:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": feature["geometry"],
                "properties": {
                    "label": html.escape(f"{name}: {count:,} incident(s), at least {killed:,} killed"),
                    "fill": choropleth_colour(count, maximum),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def choropleth_layer(features: Mapping[str, Any]) -> folium.FeatureGroup:
    """The per-governorate shading layer of :func:`choropleth_features`."""
    group = folium.FeatureGroup(name="Incidents per governorate (shading)", show=False)
    folium.GeoJson(
        features,
        style_function=lambda f: {
            "color": "#555",
            "weight": 1,
            "fillColor": f["properties"]["fill"],
            "fillOpacity": 0.55,
        },
        tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False, localize=False),
        control=False,
    ).add_to(group)
    group.add_child(MapappCall("rememberChoropleth"))
    return group


# --------------------------------------------------------------------------- base map


def outline_bounds(outlines: Mapping[str, Any], names: Iterable[str] = GOVERNORATES) -> Bounds | None:
    """(south, west, north, east) of the named governorates in an outline FeatureCollection."""
    from shapely.geometry import shape

    wanted = set(names)
    boxes = [
        shape(feature["geometry"]).bounds
        for feature in outlines.get("features", [])
        if feature["properties"].get("name") in wanted
    ]
    if not boxes:
        return None
    return (min(b[1] for b in boxes), min(b[0] for b in boxes), max(b[3] for b in boxes), max(b[2] for b in boxes))


def _plain_base_layer(outlines: Mapping[str, Any] | None, show: bool) -> folium.FeatureGroup:
    """The offline base layer: the governorates filled (the three covered ones lighter), no tiles needed."""
    group = folium.FeatureGroup(name="Plain map (offline)", overlay=False, show=show)
    if outlines is not None and outlines.get("features"):
        folium.GeoJson(
            outlines,
            style_function=lambda f: {
                "stroke": False,
                "fillColor": "#fbf9f4" if f["properties"]["name"] in GOVERNORATES else "#ebe7de",
                "fillOpacity": 1.0,
                "className": "mapapp-fill",
            },
            control=False,
            interactive=False,
            name="mapapp-fills",
        ).add_to(group)
    return group


def _outline_layer(outlines: Mapping[str, Any]) -> folium.FeatureGroup:
    """All governorate edges (the covered three darker), Syria's border heavier, and names; drawn over any base."""
    from shapely.geometry import shape
    from shapely.ops import unary_union

    features = []
    shapes = []
    for feature in outlines.get("features", []):
        name = feature["properties"]["name"]
        covered = name in GOVERNORATES
        shapes.append(shape(feature["geometry"]))
        features.append(
            {
                "type": "Feature",
                "geometry": feature["geometry"],
                "properties": {"name": html.escape(name), "covered": covered},
            }
        )
    group = folium.FeatureGroup(name="Governorates (OCHA)", show=True)
    # Not interactive: a click on the background must not rerun the app (streamlit-folium reports clicks).
    folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        style_function=lambda f: {
            "color": OUTLINE_COLOUR if f["properties"]["covered"] else "#8a8a8a",
            "weight": 1.6 if f["properties"]["covered"] else 0.8,
            "fill": False,
            "className": "mapapp-outline",
        },
        control=False,
        interactive=False,
        name="mapapp-outlines",
    ).add_to(group)
    for feature, outline in zip(features, shapes, strict=True):
        if feature["properties"]["covered"]:
            point = outline.representative_point()
            folium.Marker(
                (point.y, point.x),
                icon=folium.DivIcon(
                    html=f'<span>{feature["properties"]["name"].upper()}</span>',
                    class_name="mapapp-governorate",
                    icon_size=(0, 0),
                ),
                interactive=False,
            ).add_to(group)
    if shapes:
        border = unary_union(shapes).boundary
        folium.GeoJson(
            border.__geo_interface__,
            style_function=lambda _f: {"color": "#333", "weight": 2.4, "fill": False},
            control=False,
            interactive=False,
        ).add_to(group)
    for name, lat, lon in NEIGHBOUR_LABELS:
        folium.Marker(
            (lat, lon),
            icon=folium.DivIcon(html=html.escape(name), class_name="mapapp-country", icon_size=(0, 0)),
            interactive=False,
        ).add_to(group)
    return group


def _town_layer(towns: Sequence[tuple[str, float, float]]) -> folium.FeatureGroup:
    group = folium.FeatureGroup(name="Town names (GeoNames)", show=True)
    group.add_child(MapappCall("townLabels", [[name, round(lat, 4), round(lon, 4)] for name, lat, lon in towns]))
    return group


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
        "hollow: placed at the governorate or district only</div>"
    )
    lines.append("<div>size: number killed (at least)</div>")
    lines.append("<div>numbered: a group; click to zoom in or spread it</div>")
    if outline_note:
        lines.append(f"<div><i>{html.escape(outline_note)}</i></div>")
    return "".join(lines)


def tile_layer_for(tiles: TileChoice) -> folium.TileLayer | None:
    """The tile base layer for a choice: None for "offline", OpenStreetMap for "osm", else the URL template."""
    if tiles == "offline":
        return None
    if tiles == "osm":
        return folium.TileLayer(OSM_URL, name="OpenStreetMap (needs internet)", attr=OSM_ATTRIBUTION, overlay=False)
    if tiles.startswith(("http://", "https://")) and "{z}" in tiles and "{x}" in tiles and "{y}" in tiles:
        return folium.TileLayer(tiles, name="Map tiles", attr=html.escape(tiles.split("/{z}")[0]), overlay=False)
    raise ValueError(f"tiles must be 'offline', 'osm' or a URL template with {{z}}/{{x}}/{{y}}, not {tiles!r}")


def build_base_map(
    *,
    outlines: Mapping[str, Any] | None = None,
    towns: Sequence[tuple[str, float, float]] = (),
    tiles: TileChoice = "offline",
    offer_tiles: bool = True,
    legend_types: Sequence[EventType] = tuple(EventType),
    height: str | int = "100%",
) -> folium.Map:
    """The map without incidents: base layers, governorate outlines, town names and the legend.

    ``outlines`` is a governorate FeatureCollection (the shipped one, see
    :func:`mapapp.app.data.load_shipped_outlines`). ``tiles`` picks the base layer shown first;
    with ``offer_tiles`` OpenStreetMap is offered as the other base layer when ``tiles`` is "offline".
    """
    tile_layer = tile_layer_for(tiles)
    if tile_layer is None and offer_tiles:
        tile_layer = tile_layer_for("osm")
    # Without a tile layer Leaflet has no maxZoom, which markercluster requires: set it on the map.
    fmap = OfflineMap(
        location=DEFAULT_CENTER,
        zoom_start=DEFAULT_ZOOM,
        tiles=None,
        control_scale=True,
        height=height,
    )
    fmap.options.update(min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM)  # folium only gives these to tile layers
    fmap.options.update(zoom_snap=0.5)  # half steps: the region fits beside the layer control
    _plain_base_layer(outlines, show=tiles == "offline").add_to(fmap)
    if tile_layer is not None:
        tile_layer.show = tiles != "offline"
        tile_layer.add_to(fmap)
    attribution = []
    if outlines is not None and outlines.get("features"):
        _outline_layer(outlines).add_to(fmap)
        view = outline_bounds(outlines)
        if view is not None:
            south, west, north, east = view
            # Room on the right for the (expanded) layer control, so no marker starts under it.
            fmap.fit_bounds([[south, west], [north, east]], padding_top_left=(10, 10), padding_bottom_right=(LAYER_CONTROL_WIDTH, 10))
            fmap.view_bounds = [[south, west], [north, east]]
        attribution.append(OUTLINE_ATTRIBUTION)
    if towns:
        _town_layer(towns).add_to(fmap)
        attribution.append(TOWN_ATTRIBUTION)
    if attribution:
        fmap.add_child(MapAttribution(" | ".join(attribution)))
    note = None
    # A child of the map, not of its page: streamlit-folium (render=False) renders the map's tree only.
    fmap.add_child(MapLegend(legend_html(legend_types, outline_note=note)))
    return fmap


def build_incident_map(
    incidents: Iterable[Incident],
    outlines: Mapping[str, Any] | None = None,
    tiles: TileChoice = "offline",
    *,
    towns: Sequence[tuple[str, float, float]] = (),
    offer_tiles: bool = True,
    direct_cluster_limit: int = DIRECT_CLUSTER_LIMIT,
) -> folium.Map:
    """A complete map: base map, one toggleable layer per event type, heat map, shading, layer control.

    Up to ``direct_cluster_limit`` incidents shown, every marker goes to markercluster; above it the
    browser draws grid clusters below :data:`DETAIL_ZOOM` (see ``mapapp_map.js``).
    """
    incidents = list(incidents)
    mapped = mappable_incidents(incidents)
    fmap = build_base_map(
        outlines=outlines, towns=towns, tiles=tiles, offer_tiles=offer_tiles, legend_types=event_types_of(mapped)
    )
    fmap.add_child(MapappCall("clusterSettings", {"directLimit": direct_cluster_limit, "detailZoom": DETAIL_ZOOM}))
    # Only the incidents a relative date refers to are needed to word it ("a day after ...").
    referred = {i.date.relative_to for i in mapped if i.date is not None and i.date.relative_to is not None}
    related = {incident.id: incident for incident in incidents if incident.id in referred} if referred else {}
    layers = build_incident_layers(mapped, related=related)
    choropleth = build_governorate_choropleth(mapped, outlines) if outlines is not None else None
    for layer in layers:
        layer.add_to(fmap)
    build_heat_layer().add_to(fmap)
    fmap.add_child(MapappCall("timeControl"))
    if choropleth is not None:
        choropleth.add_to(fmap)
    folium.LayerControl(collapsed=False).add_to(fmap)
    return fmap


__all__ = [
    "APPROXIMATE_PRECISIONS",
    "DETAIL_LIMIT",
    "DETAIL_ZOOM",
    "DIRECT_CLUSTER_LIMIT",
    "EVENT_COLOURS",
    "IncidentLayerData",
    "MapappCall",
    "OfflineMap",
    "OfflineMarkerCluster",
    "build_base_map",
    "build_governorate_choropleth",
    "build_heat_layer",
    "build_incident_layers",
    "build_incident_map",
    "choropleth_colour",
    "choropleth_features",
    "choropleth_layer",
    "incident_columns",
    "incident_layer_data",
    "legend_html",
    "mappable_incidents",
    "marker_radius",
    "outline_bounds",
    "place_label",
    "script_json",
    "style_for",
    "tile_layer_for",
    "unmapped_incidents",
]
