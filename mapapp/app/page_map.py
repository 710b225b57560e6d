"""The map page: sidebar filters, the folium map, the incident table, figures and downloads."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import altair as alt
import folium
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from mapapp.app import gazetteer_notice, review_panel, state
from mapapp.app.corrections import escape_markdown
from mapapp.app.filters import (
    IncidentFilter,
    actor_options,
    apply_filter,
    date_bounds,
    date_precision_options,
    event_type_options,
    max_killed,
)
from mapapp.app.formatting import PRECISION_LABELS, date_sort_key
from mapapp.app.map_view import (
    IncidentLayerData,
    build_base_map,
    build_heat_layer,
    choropleth_features,
    choropleth_layer,
    incident_layer_data,
    mappable_incidents,
    unmapped_incidents,
)
from mapapp.app.tables import (
    VISIBLE_COLUMNS,
    Summary,
    governorate_frame,
    incidents_at,
    incidents_frame,
    summarise,
    timeline_frame,
)
from mapapp.model import EventType, Incident, Precision

MAP_KEY = "incident_map"
DATE_PRECISION_LABELS: dict[str, str] = {
    "day": "day stated (the year may be missing)",
    "month": "month only",
    "year": "year only",
    "report": "report date only (event date not given)",
    "unknown": "no date",
}
LAST_CLICK_KEY = "mapapp_last_click"
EXPORT_FORMATS: tuple[tuple[str, str, str], ...] = (
    ("geojson", "GeoJSON", "application/geo+json"),
    ("csv", "CSV", "text/csv"),
    ("gpkg", "GeoPackage", "application/geopackage+sqlite3"),
)


#: Session key suffix under which a filter keeps the options it offered in the last run.
OFFERED_SUFFIX = "__offered"


def choose_all_but_switched_off(key: str, options: Sequence[Any]) -> None:
    """Set a multiselect filter's selection before it is drawn: every option, less those the analyst switched off.

    A multiselect keyed by ``key`` keeps its selection when its options change, so a type, actor or date
    precision that appears after the first run (a correction, another process's ingest) would start unchosen
    and its incidents would silently leave the map. Here an option new since the last run is chosen; one the
    analyst removed stays removed; one gone from the set is dropped.
    """
    offered_key = key + OFFERED_SUFFIX
    offered = st.session_state.get(offered_key)
    if key not in st.session_state or offered is None:
        chosen = list(options)
    else:
        current = set(st.session_state[key])
        before = set(offered)
        chosen = [option for option in options if option in current or option not in before]
    st.session_state[key] = chosen
    st.session_state[offered_key] = list(options)


def keep_narrowed_range(key: str, bounds: tuple[date, date]) -> tuple[date, date]:
    """The date slider's starting range: the bounds, or the analyst's narrowed range when the bounds changed.

    Streamlit makes a new slider (at its default, the full range) when the earliest or latest date changes,
    as after a correction or an ingest. A range the analyst narrowed is kept, clamped into the new bounds;
    the full range grows with them.
    """
    bounds_key = key + OFFERED_SUFFIX
    before = st.session_state.get(bounds_key)
    st.session_state[bounds_key] = bounds
    chosen = st.session_state.get(key)
    if before is None or tuple(before) == bounds or chosen is None:
        return bounds
    del st.session_state[key]  # the new slider starts from the value given here (no Session State warning)
    start, end = chosen
    if (start, end) == tuple(before):
        return bounds
    start = min(max(start, bounds[0]), bounds[1])
    return start, max(min(end, bounds[1]), start)


def sidebar_filter(incidents: Sequence[Incident]) -> IncidentFilter:
    """Draw the sidebar filters and return the filter they describe."""
    st.sidebar.header("Filters")
    start = end = None
    bounds = date_bounds(incidents)
    if bounds is not None and bounds[0] < bounds[1]:
        value = keep_narrowed_range("filter_dates", bounds)
        start, end = st.sidebar.slider("Date range", min_value=bounds[0], max_value=bounds[1], value=value, key="filter_dates")
    elif bounds is not None:
        st.sidebar.caption(f"All dated incidents are on {bounds[0].isoformat()}.")
    include_undated = st.sidebar.checkbox("Include incidents without a calendar date", value=True, key="filter_undated")
    type_options = event_type_options(incidents)
    choose_all_but_switched_off("filter_types", type_options)
    chosen_types = st.sidebar.multiselect("Event type", type_options, format_func=lambda t: t.label, key="filter_types")
    actors = actor_options(incidents)
    choose_all_but_switched_off("filter_actors", actors)
    chosen_actors = st.sidebar.multiselect("Actor", actors, key="filter_actors")
    min_killed = st.sidebar.number_input(
        "Minimum killed (lower bound)", min_value=0, max_value=max(max_killed(incidents), 0), value=0, step=1,
        key="filter_min_killed",
    )
    precisions = list(Precision)
    choose_all_but_switched_off("filter_precision", precisions)
    chosen_precisions = st.sidebar.multiselect(
        "Location precision", precisions, format_func=lambda p: PRECISION_LABELS[p], key="filter_precision"
    )
    date_precisions = date_precision_options(incidents)
    choose_all_but_switched_off("filter_date_precision", date_precisions)
    chosen_date_precisions = st.sidebar.multiselect(
        "Date precision",
        date_precisions,
        format_func=lambda p: DATE_PRECISION_LABELS.get(p, p),
        key="filter_date_precision",
        help="'report date only': the text gave no date; the publication date stands in (the event was on or before it).",
    )
    return IncidentFilter(
        start=start,
        end=end,
        include_undated=include_undated,
        event_types=frozenset(EventType(t) for t in chosen_types),
        actors=frozenset(chosen_actors),
        min_killed=int(min_killed),
        precisions=frozenset(Precision(p) for p in chosen_precisions),
        date_precisions=frozenset(chosen_date_precisions),
    )


@dataclass(frozen=True)
class MapLayerData:
    """What the map's layers draw for one store version and filter: the slow part of a map, kept between reruns."""

    incident_layers: list[IncidentLayerData]
    choropleth: dict[str, Any] | None

    @classmethod
    def of(
        cls, shown: Sequence[Incident], related: Mapping[str, Incident], outlines: Mapping[str, Any] | None
    ) -> MapLayerData:
        return cls(
            incident_layer_data(shown, related=related),
            choropleth_features(shown, outlines) if outlines is not None else None,
        )


def show_map(view: FilteredView, tiles: str, related: dict[str, Incident]) -> None:
    """The map: a base map that never changes between reruns, and layers swapped in place.

    streamlit-folium remounts (blanks) the map whenever the base map's script
    changes, so everything that depends on the data or the filters goes into
    ``feature_group_to_add``; base layers are switched by Leaflet's own control.
    The layers' data is made once per store version and filters (:func:`state.per_view`): a rerun that
    changes nothing on the map (a review panel choice, a table row) formats no incident again.
    """
    all_incidents, shown = view.incident_set, view.shown
    outlines, towns, outline_error = state.outlines_and_towns()
    if outline_error:
        st.warning(escape_markdown(outline_error))
    # Legend for every type in the store (not only the filtered ones), so filtering never changes the base map.
    present_types = state.per_version(
        "mapped_types", all_incidents, lambda: event_type_options(mappable_incidents(all_incidents))
    )
    base = build_base_map(outlines=outlines, towns=towns, tiles=tiles, legend_types=present_types)
    data = state.per_view(
        "map_layers", all_incidents, (view.incident_filter, outlines is not None),
        lambda: MapLayerData.of(shown, related, outlines),
    )
    layers = [layer_data.layer() for layer_data in data.incident_layers]
    if not layers:
        # An empty placeholder keeps the layer control (streamlit-folium drops it when no layer is given).
        layers = [folium.FeatureGroup(name="No incident matches the filters")]
    layers.append(build_heat_layer())
    if data.choropleth is not None:
        layers.append(choropleth_layer(data.choropleth))
    result = st_folium(
        base,
        key=MAP_KEY,
        height=620,
        use_container_width=True,
        feature_group_to_add=layers,
        layer_control=folium.LayerControl(collapsed=False),
        returned_objects=["last_object_clicked", "last_clicked"],
        render=False,  # st_folium renders the map's tree itself; render=True renders it all twice
    )
    review_panel.remember_map_click((result or {}).get("last_clicked"))
    clicked = (result or {}).get("last_object_clicked")
    if clicked and clicked.get("lat") is not None and clicked.get("lng") is not None:
        # Marker data is rounded to 5 decimals (about 1 m).
        selected = incidents_at(shown, float(clicked["lat"]), float(clicked["lng"]), tolerance=2e-5)
        if selected:
            st.session_state[state.SELECTED_KEY] = selected
            # st_folium repeats the last click on every rerun: only a new click picks what to review.
            click = (clicked["lat"], clicked["lng"])
            if st.session_state.get(LAST_CLICK_KEY) != click:
                st.session_state[LAST_CLICK_KEY] = click
                review_panel.select_for_review(selected[0])


#: Widths of the table's first columns: "reported 2021-05-03 (date of the event not given)" says what kind of
#: date it is only when the column is wide enough to show it.
TABLE_COLUMN_CONFIG = {
    "place": st.column_config.TextColumn("place", width="medium"),
    "date": st.column_config.TextColumn("date", width="large"),
}


def incident_table(all_incidents: Sequence[Incident], related: dict[str, Incident]) -> pd.DataFrame:
    """Every incident's row, by date: built once per store version (:func:`state.per_version`)."""
    return state.per_version(
        "incident_table", all_incidents, lambda: incidents_frame(sorted(all_incidents, key=date_sort_key), related)
    )


def rows_of(table: pd.DataFrame, shown: Sequence[Incident]) -> pd.DataFrame:
    """The rows of ``shown``, in the table's (date) order."""
    ids = {incident.id for incident in shown}
    return table[table["id"].isin(ids)].reset_index(drop=True)


def show_table(table: pd.DataFrame) -> None:
    """The filtered incidents' rows (by date), the clicked marker's first."""
    selected = set(st.session_state.get(state.SELECTED_KEY) or [])
    frame = table
    st.subheader("Incidents")
    if selected & set(frame["id"]):
        frame = pd.concat([frame[frame["id"].isin(selected)], frame[~frame["id"].isin(selected)]], ignore_index=True)
        styled = frame.style.apply(
            lambda row: ["background-color: #fff3b0" if row["id"] in selected else "" for _ in row], axis=1
        )
        st.caption("Highlighted: the incident(s) at the marker you clicked.")
        table_shown: object = styled
    else:
        table_shown = frame
    st.session_state[review_panel.TABLE_IDS_KEY] = list(frame["id"])
    st.dataframe(
        table_shown, hide_index=True, width="stretch", key="incident_table", on_select=review_panel.on_table_select,
        selection_mode="single-row", column_order=list(VISIBLE_COLUMNS), column_config=TABLE_COLUMN_CONFIG,
    )
    evidence = frame.set_index("id")["evidence"]
    for incident_id in frame["id"]:
        if incident_id in selected:
            with st.container(border=True):
                row = frame[frame["id"] == incident_id].iloc[0]
                st.markdown(f"**{escape_markdown(row['type'])}** — selected on the map")
                st.text(evidence[incident_id])


def show_unmapped(rows: pd.DataFrame) -> None:
    """The table's rows of the incidents the map does not draw."""
    if rows.empty:
        return
    st.subheader(f"Not on the map ({len(rows)})")
    st.caption("Outside the three governorates or not resolved to a place: listed here with their flag, never drawn.")
    frame = rows[["place", "date", "type", "precision", "flag", "evidence", "id"]]
    st.dataframe(
        frame, hide_index=True, width="stretch", key="unmapped_table",
        column_order=["place", "date", "type", "precision", "flag", "evidence"],
    )


#: A whole-number axis for counts (incidents, killed): no 0.2 steps between 0 and 2.
COUNT_AXIS = alt.Axis(tickMinStep=1, format="d")


def time_bin(timeline: pd.DataFrame) -> tuple[str, str]:
    """The Vega-Lite time unit and its name for the plot over time: months over up to two years, quarters up
    to eight, then years (60 monthly bars in a half-page plot are hairlines)."""
    first, last = timeline["date"].min(), timeline["date"].max()
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months <= 24:
        return "yearmonth", "month"
    if months <= 96:
        return "yearquarter", "quarter"
    return "year", "year"


def show_charts(view: FilteredView) -> None:
    """Incidents and killed over time and per governorate, each measure on its own scale."""
    shown, timeline, by_governorate = view.shown, view.timeline, view.by_governorate
    left, right = st.columns(2)
    with left:
        undated = sum(1 for i in shown if i.date is None or i.date.value is None)
        if timeline.empty:
            st.markdown("**Over time**")
            st.caption("No incident in the selection has a calendar date.")
        else:
            unit, unit_name = time_bin(timeline)
            st.markdown(f"**Over time** (by {unit_name})")
            period = alt.X("date:T", timeUnit=unit, title=None)
            period_tip = alt.Tooltip("date:T", timeUnit=unit, title=unit_name)
            base = alt.Chart(timeline).encode(x=period, color=alt.Color("type:N", title="type"))
            incidents_chart = base.mark_bar().encode(
                y=alt.Y("sum(incidents):Q", title="incidents", axis=COUNT_AXIS),
                tooltip=[period_tip, "type:N", alt.Tooltip("sum(incidents):Q", title="incidents")],
            ).properties(height=130)
            killed_chart = base.mark_bar().encode(
                y=alt.Y("sum(killed):Q", title="killed (at least)", axis=COUNT_AXIS),
                tooltip=[period_tip, "type:N", alt.Tooltip("sum(killed):Q", title="killed")],
            ).properties(height=130)
            st.altair_chart(alt.vconcat(incidents_chart, killed_chart).resolve_scale(y="independent"), width="stretch")
        if undated:
            st.caption(f"{undated} incident(s) without a calendar date are not in this chart.")
        reported = sum(1 for i in shown if i.date is not None and i.date.is_report_date)
        if reported:
            st.caption(f"{reported} incident(s) are placed at their report date (the text gave no date of its own).")
    with right:
        st.markdown("**By governorate**")
        if by_governorate.empty:
            st.caption("No incidents selected.")
        else:
            base = alt.Chart(by_governorate).encode(y=alt.Y("governorate:N", title=None))
            incidents_chart = base.mark_bar(color="#4c78a8").encode(
                x=alt.X("incidents:Q", title="incidents", axis=COUNT_AXIS), tooltip=["governorate:N", "incidents:Q"]
            ).properties(height=150)
            killed_chart = base.mark_bar(color="#e45756").encode(
                x=alt.X("killed:Q", title="killed (at least)", axis=COUNT_AXIS), tooltip=["governorate:N", "killed:Q"]
            ).properties(height=150)
            st.altair_chart(alt.vconcat(incidents_chart, killed_chart).resolve_scale(x="independent"), width="stretch")


def export_on_click(shown: Sequence[Incident], fmt: str) -> Callable[[], bytes]:
    """The export of ``shown`` in ``fmt``, built only when called: what a download button runs when clicked."""
    from mapapp.io import export

    incidents = tuple(shown)
    return lambda: export.export_bytes(incidents, fmt)


def show_downloads(shown: list[Incident]) -> None:
    """One button per format; the file is built when the button is clicked, never on a rerun.

    Building the three files on every rerun took 2-3 s of a 4-5 s rerun at 10,000 incidents.
    """
    st.subheader("Download the filtered incidents")
    try:
        import mapapp.io.export  # noqa: F401 - geopandas/pyogrio behind it: say so here, not on a click
    except ImportError as exc:
        st.info(escape_markdown(f"Export is not available: {exc}"))
        return
    columns = st.columns(len(EXPORT_FORMATS))
    for column, (fmt, label, mime) in zip(columns, EXPORT_FORMATS, strict=True):
        with column:
            st.download_button(
                f"{label}", data=export_on_click(shown, fmt), file_name=f"incidents.{fmt}", mime=mime,
                key=f"download_{fmt}", on_click="ignore",
            )


@dataclass(frozen=True)
class FilteredView:
    """What the filters select from one incident set, made once per store version and filters."""

    incident_set: Sequence[Incident]
    incident_filter: IncidentFilter
    shown: list[Incident]
    summary: Summary
    #: The table's rows of ``shown`` (by date), and of those the map cannot draw.
    rows: pd.DataFrame
    unmapped_rows: pd.DataFrame
    timeline: pd.DataFrame
    by_governorate: pd.DataFrame
    #: ``shown`` in the table's order (what the review panel offers), and the panel's label of each.
    in_table_order: list[Incident]
    review_labels: dict[str, str]

    @classmethod
    def of(
        cls,
        incident_set: Sequence[Incident],
        incident_filter: IncidentFilter,
        table: pd.DataFrame,
        related: Mapping[str, Incident],
    ) -> FilteredView:
        shown = apply_filter(incident_set, incident_filter)
        rows = rows_of(table, shown)
        by_id = {incident.id: incident for incident in shown}
        return cls(
            incident_set, incident_filter, shown, summarise(shown), rows, rows_of(table, unmapped_incidents(shown)),
            timeline_frame(shown), governorate_frame(shown), [by_id[incident_id] for incident_id in rows["id"]],
            {incident.id: review_panel.review_choice_label(incident, related) for incident in shown},
        )


def render() -> None:
    all_incidents = state.incidents()
    st.title("Violent incidents in Al-Hasakah, Ar-Raqqah and Deir ez-Zor")
    gazetteer_notice.render_notice()
    error = state.load_error()
    if error:
        st.error(escape_markdown(error))
    summary_line = state.store_summary()
    if summary_line:
        st.caption(escape_markdown(summary_line))
    incident_filter = sidebar_filter(all_incidents)
    st.sidebar.caption(
        "Base map, event types, heat map and per-governorate shading: switch them in the box at the top right of "
        "the map."
    )
    tiles = state.default_tiles()
    related = state.per_version("related", all_incidents, lambda: {i.id: i for i in all_incidents})
    view = state.per_view(
        "filtered", all_incidents, incident_filter,
        lambda: FilteredView.of(all_incidents, incident_filter, incident_table(all_incidents, related), related),
    )
    shown, summary = view.shown, view.summary
    # The map's figures first; what the map cannot draw is counted apart, never added in.
    metrics = st.columns(5)
    metrics[0].metric("Incidents shown", f"{summary.incidents} of {len(all_incidents)}")
    metrics[1].metric("On the map", summary.mapped, help=f"{summary.governorate_level} placed at governorate/district level")
    metrics[2].metric(
        "Killed on the map (at least)", summary.killed_on_map,
        help="Lower bounds of the killed, summed over the incidents on the map. "
        f"The incidents not on the map report at least {summary.killed_not_mapped} more.",
    )
    metrics[3].metric("Outside coverage", summary.outside_coverage,
                      help="Placed outside Al-Hasakah, Ar-Raqqah and Deir ez-Zor: listed below the map, not drawn.")
    metrics[4].metric("Not placed", summary.unresolved,
                      help="No place found for them: listed below the map, not drawn.")
    show_map(view, tiles, related)
    show_table(view.rows)
    review_panel.render(view.in_table_order, related, view.review_labels)
    show_unmapped(view.unmapped_rows)
    show_charts(view)
    show_downloads(shown)
