"""The map page's review panel: one stored incident's sources, merge reasons and history, and its correction.

The incident under review is the one picked in the panel's selector, which
follows a clicked marker or a selected table row. Corrections (type, date,
killed bounds, "not an incident") go to :meth:`IncidentStore.correct` under the
sidebar's analyst name. Every text from the store is escaped before rendering.
"""

from __future__ import annotations

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
    format_casualties,
    format_incident_date,
    place_description,
)
from mapapp.model import EventType, Incident

REVIEW_KEY = "review_incident"
FLASH_KEY = "mapapp_review_flash"
TABLE_IDS_KEY = "mapapp_table_ids"


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


def _label(incident: Incident) -> str:
    place = incident.location.toponym if incident.location is not None and incident.location.toponym else "no place"
    return f"{place} — {format_incident_date(incident.date)} — {incident.event_type.label} (id {incident.id})"


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


def render(shown: list[Incident]) -> None:
    """Draw the panel for the incidents currently shown (after filtering)."""
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
    if st.session_state.get(REVIEW_KEY) not in by_id:
        select_for_review(shown[0].id)
    incident_id = st.selectbox(
        "Incident (click a marker or a table row to pick it)", list(by_id), key=REVIEW_KEY,
        format_func=lambda iid: _label(by_id[iid]),
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
            f"**{escape_markdown(current.event_type.label)}** on {escape_markdown(format_incident_date(current.date))}"
            f" at {escape_markdown(place_description(current))}; killed {escape_markdown(format_casualties(current.killed))}"
        )
        _show_sources(record)
        _show_history(history)
        _correction_form(current)
