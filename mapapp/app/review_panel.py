"""The map page's review panel: one stored incident's sources, merge reasons and history, and its correction.

The incident under review is the one picked in the panel's selector, which
follows a clicked marker or a selected table row. Corrections (type, date,
killed bounds, "not an incident") go to :meth:`IncidentStore.correct` under the
sidebar's analyst name. An incident placed only at its governorate (or a
district), or not placed at all, can be placed by the analyst: pick a
gazetteer candidate, click the map, or type coordinates; the place is kept in
the store's user gazetteer (:meth:`IncidentStore.place_incident`) and found by
later geocoding. Incidents that may be the same event as the one under review
(possible duplicates: :meth:`IncidentStore.possible_duplicates`, reports the
same-event rule cannot decide, such as undated ones) are listed with why, each
with a one-click "Same event as #N" (:meth:`IncidentStore.join`) and "Not the
same" (:meth:`IncidentStore.keep_apart`). The panel also says what the gazetteer
covers and how to get villages. Every text from the store is escaped before rendering.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from mapapp.app import state
from mapapp.app.corrections import (
    ReviewError,
    ReviewValues,
    escape_markdown,
    review_corrections,
)
from mapapp.app.formatting import (
    PRECISION_LABELS,
    format_casualties,
    format_incident_date,
    place_description,
)
from mapapp.model import GOVERNORATES, EventType, Incident, Precision

REVIEW_KEY = "review_incident"
FLASH_KEY = "mapapp_review_flash"
#: An incident to review from the next run on (set after the selector was drawn, e.g. by a join).
PENDING_REVIEW_KEY = "mapapp_review_pending"
TABLE_IDS_KEY = "mapapp_table_ids"
MAP_CLICK_KEY = "mapapp_map_click"
#: Precisions an analyst may improve by placing the incident.
PLACEABLE_PRECISIONS = frozenset(
    {Precision.ADMIN1, Precision.ADMIN2, Precision.ADMIN3, Precision.UNRESOLVED}
)
#: The toggle that shows the review queue (possible duplicates across the store).
QUEUE_KEY = "review_queue_on"
TYPED, CANDIDATE, CLICKED = "Type coordinates", "Pick a gazetteer candidate", "Use the point clicked on the map"


def remember_map_click(clicked: Any) -> None:
    """Keep the last plain click on the map (``{"lat", "lng"}``) for the placement form."""
    if isinstance(clicked, dict) and clicked.get("lat") is not None and clicked.get("lng") is not None:
        st.session_state[MAP_CLICK_KEY] = (round(float(clicked["lat"]), 5), round(float(clicked["lng"]), 5))


def review_key(name: str, incident_id: str) -> str:
    """Widget keys carry the incident id, so the form starts from each incident's own values."""
    return f"review_{name}_{incident_id}"


def select_for_review(incident_id: str) -> None:
    """Make ``incident_id`` the one under review (call before the panel is drawn in this run)."""
    st.session_state[REVIEW_KEY] = incident_id


def on_table_select() -> None:
    """Callback of the incident table: review the row the analyst selected."""
    event: Any = st.session_state.get("incident_table") or {}
    try:
        rows = list(event["selection"]["rows"])
    except (KeyError, TypeError):
        rows = []
    ids: list[str] = st.session_state.get(TABLE_IDS_KEY) or []
    if rows and 0 <= rows[0] < len(ids):
        select_for_review(ids[rows[0]])


def review_choice_label(incident: Incident, related: Mapping[str, Incident] | None = None) -> str:
    """The incident selector's label: place, date, type and killed first; the id last (labels may repeat).

    ``Tal Shayr — 2018-06-05 — Air strike, killed 12 · ref a1``.
    """
    location = incident.location
    place = ""
    if location is not None:
        place = location.toponym or (location.place.name if location.place is not None else "")
    if not place and incident.primary_toponym is not None:
        place = incident.primary_toponym.text
    return (
        f"{place or 'no place named'} — {format_incident_date(incident.date, related)} — "
        f"{incident.event_type.label}, killed {format_casualties(incident.killed)} · ref {incident.id}"
    )


def _show_sources(record: Any) -> None:
    st.markdown(f"**Sources ({len(record.reports)} report(s))**")
    for report in record.reports:
        extracted: Incident = report.incident
        outlet = extracted.outlet or "outlet unknown"
        why = f"merged: {report.merge_reason}" if report.merge_reason else "founding report"
        st.markdown(
            f"- report `{escape_markdown(report.id)}` from document `{escape_markdown(report.document_id)}`, "
            f"{escape_markdown(outlet)} — {escape_markdown(why)}"
        )
        if extracted.url:
            st.caption(escape_markdown(extracted.url))
        quote = report.evidence.text if report.evidence is not None else extracted.evidence_text
        if quote:
            st.text(quote)  # plain text: never interpreted as markdown or HTML
    if record.killed_disagreement:
        said = "; ".join(f"{r.get('phrase') or r.get('low')} ({r.get('outlet') or '?'})" for r in record.killed_reported)
        st.warning(escape_markdown(f"The sources disagree on the number killed: {said}"))


def _show_history(history: list[Any]) -> None:
    if not history:
        st.caption("No corrections yet.")
        return
    frame = pd.DataFrame(
        [
            {
                "when (UTC)": edit.created_at.strftime("%Y-%m-%d %H:%M"),
                "author": edit.author,
                "field": edit.field,
                "value": str(edit.value),
                "note": edit.note or "",
            }
            for edit in history
        ]
    )
    st.markdown("**Corrections**")
    st.dataframe(frame, hide_index=True, width="stretch", key="review_history")


def _apply(incident_id: str, corrections: list[tuple[str, Any]], note: str | None, done: str) -> None:
    """Store the corrections, then rerun so the map, table and panel show the new values."""
    handle = state.store()
    if handle is None:
        st.error(escape_markdown(state.load_error() or "There is no incident store to save to."))
        return
    try:
        for field_name, value in corrections:
            handle.correct(incident_id, field_name, value, author=state.analyst(), note=note)
    except state.store_errors() as exc:
        st.error(escape_markdown(state.describe_store_error(exc)))
        return
    finally:
        state.invalidate_incidents()
    st.session_state[FLASH_KEY] = done
    st.rerun()


def _correction_form(current: Incident) -> None:
    incident_id = current.id
    types = list(EventType)
    day = current.date.value if current.date is not None else None
    with st.form(review_key("form", incident_id)):
        st.markdown("**Correct this incident**")
        left, middle, right = st.columns(3)
        event_type = left.selectbox(
            "Type", types, index=types.index(current.event_type), format_func=lambda t: t.label,
            key=review_key("type", incident_id),
        )
        new_day = middle.date_input(
            "Date", value=day, min_value=date(1990, 1, 1), max_value=date(2100, 12, 31),
            key=review_key("date", incident_id),
        )
        note = right.text_input("Note (optional)", key=review_key("note", incident_id))
        low_column, high_column = st.columns(2)
        killed_low = low_column.number_input(
            "Killed at least", min_value=0, step=1, value=current.killed.low if current.killed else None,
            key=review_key("killed_low", incident_id),
        )
        killed_high = high_column.number_input(
            "Killed at most (empty: no upper bound)", min_value=0, step=1,
            value=current.killed.high if current.killed else None, key=review_key("killed_high", incident_id),
        )
        submitted = st.form_submit_button("Save corrections")
    if submitted:
        values = ReviewValues(
            event_type=EventType(event_type),
            day=new_day if isinstance(new_day, date) else None,
            killed_low=None if killed_low is None else int(killed_low),
            killed_high=None if killed_high is None else int(killed_high),
        )
        try:
            corrections = review_corrections(current, values)
        except ReviewError as exc:
            st.error(escape_markdown(str(exc)))
            return
        if not corrections:
            st.info("Nothing changed.")
            return
        names = ", ".join(name for name, _ in corrections)
        _apply(incident_id, corrections, note.strip() or None, f"Stored the correction of {names} for {incident_id}.")
    if st.button("Not an incident", key=review_key("dismiss", incident_id), help="Hide it from the map and exports"):
        _apply(
            incident_id,
            [("dismissed", True)],
            (note or "").strip() or None,
            f"Marked {incident_id} as not an incident: it is hidden from the map and exports "
            f"(undo with `mapapp correct {incident_id} dismissed false`).",
        )


def _placement_form(current: Incident) -> None:
    """Place a governorate-level or unresolved incident: candidate, map click or typed coordinates."""
    location = current.location
    precision = location.precision if location is not None else Precision.UNRESOLVED
    if precision not in PLACEABLE_PRECISIONS:
        return
    incident_id = current.id
    with st.expander("Place this incident on the map", expanded=True):
        st.caption(
            f"Placed now: {escape_markdown(PRECISION_LABELS[precision])}. The place you give is kept in the "
            "user gazetteer (list or remove it with `mapapp gazetteer user list|remove`) and used by later extraction."
        )
        candidates = [c.place for c in (location.candidates if location is not None else ()) if c.place.in_coverage]
        click = st.session_state.get(MAP_CLICK_KEY)
        methods = [TYPED] + ([CANDIDATE] if candidates else []) + ([CLICKED] if click else [])
        method = st.radio("How", methods, horizontal=True, key=review_key("place_method", incident_id))
        default_name = (location.toponym if location is not None else "") or ""
        lat: float | None = None
        lon: float | None = None
        name_column, admin_column = st.columns(2)
        name = name_column.text_input("Place name (as reports write it)", value=default_name,
                                      key=review_key("place_name", incident_id))
        hinted = location.place.admin1 if location is not None and location.place is not None else None
        admin1 = admin_column.selectbox(
            "Governorate", list(GOVERNORATES),
            index=list(GOVERNORATES).index(hinted) if hinted in GOVERNORATES else 0,
            key=review_key("place_admin1", incident_id),
        )
        if method == CANDIDATE:
            chosen = st.selectbox(
                "Candidate", range(len(candidates)), key=review_key("place_candidate", incident_id),
                format_func=lambda i: f"{candidates[i].name} ({candidates[i].admin1}, {candidates[i].lat:.4f}, "
                f"{candidates[i].lon:.4f})",
            )
            lat, lon = candidates[chosen].lat, candidates[chosen].lon
        elif method == CLICKED:
            lat, lon = click
            st.caption(f"Point clicked on the map: {lat:.5f}, {lon:.5f}")
        else:
            lat_column, lon_column = st.columns(2)
            lat = lat_column.number_input("Latitude", min_value=32.0, max_value=38.0, value=None, format="%.5f",
                                          key=review_key("place_lat", incident_id))
            lon = lon_column.number_input("Longitude", min_value=35.0, max_value=43.0, value=None, format="%.5f",
                                          key=review_key("place_lon", incident_id))
        if st.button("Place the incident here", key=review_key("place_save", incident_id)):
            if lat is None or lon is None or not name.strip():
                st.error("Give a place name and a point.")
                return
            _place(incident_id, name.strip(), float(lat), float(lon), admin1)


def _place(incident_id: str, name: str, lat: float, lon: float, admin1: str) -> None:
    handle = state.store()
    if handle is None:
        st.error(escape_markdown(state.load_error() or "There is no incident store to save to."))
        return
    try:
        entry, _ = handle.place_incident(incident_id, name, lat, lon, author=state.analyst(), admin1=admin1)
    except state.store_errors() as exc:
        st.error(escape_markdown(state.describe_store_error(exc)))
        return
    finally:
        state.invalidate_incidents()
    state.cached_resolver.clear()  # the next extraction consults the new user place
    st.session_state[state.GAZETTEER_CHANGED_KEY] = True  # and the stored reports may be placed again with it
    st.session_state[FLASH_KEY] = (
        f"Placed {incident_id} at {name} ({lat:.5f}, {lon:.5f}); kept in the user gazetteer as {entry.place.id}."
    )
    st.rerun()


def _possible_duplicates(handle: Any, current: Incident, related: Mapping[str, Incident]) -> None:
    """The incidents that may be the same event as ``current``, each with "same event" and "not the same"."""
    try:
        suggestions = handle.possible_duplicates(current.id)
    except state.store_errors() as exc:
        st.error(escape_markdown(state.describe_store_error(exc)))
        return
    if not suggestions:
        return
    st.markdown(f"**Possible duplicates ({len(suggestions)})**")
    st.caption(
        "Reports the automatic rule cannot decide (no date, or placed only at a governorate) that agree with this "
        "incident in place, type and actor. Confirm or dismiss each."
    )
    for suggestion in suggestions:
        other_id = suggestion.other_incident_id
        other = handle.incident(other_id)
        described = (
            f"{other.event_type.label} on {format_incident_date(other.date, related)} at {place_description(other)}; "
            f"killed {format_casualties(other.killed)}" if other is not None else "incident gone"
        )
        st.markdown(f"- #{escape_markdown(other_id)}: {escape_markdown(described)}")
        st.caption(escape_markdown(suggestion.reason))
        same, apart = st.columns(2)
        if same.button(f"Same event as #{other_id}", key=review_key(f"join_{other_id}", current.id)):
            _decide(handle.join, current.id, other_id, f"Joined {current.id} and {other_id}: one event.")
        if apart.button("Not the same", key=review_key(f"apart_{other_id}", current.id)):
            _decide(handle.keep_apart, current.id, other_id, f"Kept {current.id} and {other_id} apart.")


def _decide(action: Any, incident_id: str, other_id: str, done: str) -> None:
    """Record the analyst's decision on a possible duplicate, then rerun so the map and panel show it."""
    try:
        result = action(incident_id, other_id, author=state.analyst())
    except state.store_errors() as exc:
        st.error(escape_markdown(state.describe_store_error(exc)))
        return
    finally:
        state.invalidate_incidents()
    if isinstance(result, str) and result != incident_id:
        st.session_state[PENDING_REVIEW_KEY] = result  # the selector exists in this run: picked on the next
    st.session_state[FLASH_KEY] = done
    st.rerun()


def queue_key(action: str, incident_id: str, other_id: str) -> str:
    """Widget key of a review-queue button (``review``: review ``incident_id``; ``join``, ``apart``: the pair)."""
    return f"queue_{action}_{incident_id}_{other_id}"


def _review_queue(handle: Any, shown_ids: set[str], related: Mapping[str, Incident]) -> None:
    """Possible duplicates across the whole store, likeliest first (:meth:`IncidentStore.review_queue`).

    Off until the analyst asks: it reads every undated or governorate-level report, which takes long on a large
    store; then kept until the store changes.
    """
    shown = st.toggle(
        "Review queue: possible duplicates across the store, likeliest first", key=QUEUE_KEY,
        help="Reads every undated or governorate-level report: can be slow on a large store.",
    )
    if not shown:
        return
    try:
        queue = state.review_queue()
    except state.store_errors() as exc:
        st.error(escape_markdown(state.describe_store_error(exc)))
        return
    if not queue:
        st.caption("No possible duplicates left to review.")
        return
    first = " (the likeliest first; decide some to see more)" if len(queue) >= state.REVIEW_QUEUE_LIMIT else ""
    st.markdown(escape_markdown(f"Review queue: {len(queue)} possible duplicate pair(s){first}"))

    def described(incident_id: str) -> str:
        incident = related.get(incident_id)
        return review_choice_label(incident, related) if incident is not None else f"incident {incident_id}"

    with st.container(height=420):
        for pair in queue:
            one, other = pair.incident_id, pair.other_incident_id
            st.markdown(f"- {escape_markdown(described(one))}  \n  {escape_markdown(described(other))}")
            st.caption(escape_markdown(pair.reason))
            columns = st.columns(4)
            for column, (incident_id, partner) in zip(columns[:2], ((one, other), (other, one)), strict=True):
                hidden = incident_id not in shown_ids
                column.button(
                    f"Review #{incident_id}", key=queue_key("review", incident_id, partner), disabled=hidden,
                    on_click=select_for_review, args=(incident_id,),
                    help="Hidden by the filters" if hidden else "Show it in the panel below",
                )
            if columns[2].button("Same event", key=queue_key("join", one, other)):
                _decide(handle.join, one, other, f"Joined {one} and {other}: one event.")
            if columns[3].button("Not the same", key=queue_key("apart", one, other)):
                _decide(handle.keep_apart, one, other, f"Kept {one} and {other} apart.")


def _coverage_note() -> None:
    """What the gazetteer covers, and how to get village-level sources (the first-run notice's offer)."""
    from mapapp.app import gazetteer_notice

    coverage = gazetteer_notice.current_coverage()
    if coverage is None:  # not loaded (the page says why), or a resolver without a gazetteer (tests substitute one)
        return
    with st.expander("What the gazetteer covers"):
        gazetteer_notice.coverage_details(coverage, key="review")


def render(
    shown: list[Incident],
    related: Mapping[str, Incident] | None = None,
    labels: Mapping[str, str] | None = None,
) -> None:
    """Draw the panel for the incidents currently shown (after filtering), in the table's order.

    ``related`` (id -> incident, e.g. every incident) names the incident a relative date refers to, as the
    table does. ``labels`` are the selector's labels by id when already made (:func:`review_choice_label`).
    """
    st.subheader("Review an incident")
    flash = st.session_state.pop(FLASH_KEY, None)
    if flash:
        st.success(escape_markdown(flash))
    if state.read_only():
        st.caption("The app shows a read-only incidents file (--incidents): corrections are not possible.")
        return
    handle = state.store()
    if handle is None or not shown:
        st.caption("No incident to review." if handle is not None else "No incident store: nothing to review.")
        return
    by_id = {incident.id: incident for incident in shown}
    related = related if related is not None else by_id
    _review_queue(handle, set(by_id), related)
    pending = st.session_state.pop(PENDING_REVIEW_KEY, None)
    if pending in by_id:
        select_for_review(pending)
    if st.session_state.get(REVIEW_KEY) not in by_id:
        select_for_review(shown[0].id)
    incident_id = st.selectbox(
        "Incident (click a marker or a table row to pick it)", list(by_id), key=REVIEW_KEY,
        format_func=(lambda iid: labels[iid]) if labels is not None else lambda iid: review_choice_label(by_id[iid], related),
    )
    try:
        record = handle.record(incident_id)
        history = handle.history(incident_id)
    except state.store_errors() as exc:
        st.error(escape_markdown(state.describe_store_error(exc)))
        return
    current = record.incident
    with st.container(border=True):
        st.markdown(
            f"**{escape_markdown(current.event_type.label)}** on "
            f"{escape_markdown(format_incident_date(current.date, related))}"
            f" at {escape_markdown(place_description(current))}; killed {escape_markdown(format_casualties(current.killed))}"
        )
        _show_sources(record)
        _possible_duplicates(handle, current, related)
        _show_history(history)
        _correction_form(current)
        _placement_form(current)
    _coverage_note()
