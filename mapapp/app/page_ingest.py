"""The ingest page: paste text or upload files, preview and correct the incidents, save them to the store.

Saving stores the document with its incidents as extracted and records the
fields the analyst changed in the table as corrections (author: the sidebar's
analyst name), so they survive a later re-extraction of the same document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import streamlit as st

from mapapp.app import data, gazetteer_notice, state
from mapapp.app.corrections import escape_markdown
from mapapp.app.highlight import highlight_html
from mapapp.app.tables import (
    EVENT_TYPE_BY_LABEL,
    EditError,
    apply_edits,
    editable_frame,
    incident_flag,
)
from mapapp.model import Document, Incident
from mapapp.pipeline import processing_failure

PENDING_KEY = "mapapp_pending"
#: Editor columns the store cannot keep corrections of (see mapapp.store.edits): shown read-only.
READ_ONLY_COLUMNS: list[str] = ["id", "actor", "victims", "target", "place", "evidence"]


@dataclass
class PendingDocument:
    """A processed document waiting for the user to review and add its incidents."""

    document: Document
    incidents: list[Incident]
    saved_message: str | None = None


def _documents_from_inputs(
    pasted: str, uploads: list, published: date | None, outlet: str, url: str
) -> tuple[list[Document], list[str]]:
    """Documents from the pasted text and uploaded files, plus one error message per rejected input."""
    from mapapp.io.reading import DocumentError, document_from_bytes, document_from_text

    documents: list[Document] = []
    errors: list[str] = []
    metadata = {"published": published, "outlet": outlet.strip() or None, "url": url.strip() or None}
    if pasted.strip():
        try:
            documents.append(document_from_text(pasted, name="pasted text", **metadata))
        except DocumentError as exc:
            errors.append(str(exc))
    for upload in uploads or []:
        try:
            documents.append(document_from_bytes(upload.getvalue(), upload.name, **metadata))
        except DocumentError as exc:
            errors.append(str(exc))
    return documents, errors


def ingest_form() -> None:
    with st.form("ingest_form", clear_on_submit=False):
        pasted = st.text_area("Paste an article", height=200, key="ingest_text")
        uploads = st.file_uploader(
            "…or upload .txt / .html files", type=["txt", "html", "htm"], accept_multiple_files=True, key="ingest_files"
        )
        left, middle, right = st.columns(3)
        published = left.date_input("Publication date (optional)", value=None, key="ingest_published")
        outlet = middle.text_input("Outlet (optional)", key="ingest_outlet")
        url = right.text_input("URL (optional)", key="ingest_url")
        submitted = st.form_submit_button("Extract incidents")
    if not submitted:
        return
    documents, errors = _documents_from_inputs(pasted, uploads, published, outlet, url)
    for message in errors:
        st.error(escape_markdown(message))
    if not documents and not errors:
        st.warning("Paste some text or choose a file first.")
    pending: list[PendingDocument] = []
    if documents:
        progress = st.progress(0.0, text="Extracting…")
        for index, document in enumerate(documents, start=1):
            try:
                incidents = state.process(document)
            except Exception as exc:
                # a message for this document, and the others are still processed
                st.error(escape_markdown(processing_failure(document, exc)))
                incidents = []
            pending.append(PendingDocument(document, incidents))
            progress.progress(index / len(documents), text=f"Processed {index} of {len(documents)}: {escape_markdown(document.name)}")
    st.session_state[PENDING_KEY] = pending


def save_pending(item: PendingDocument, edited_rows: object) -> None:
    """Save one reviewed document to the store and show what the store did."""
    handle = state.store()
    if handle is None:
        st.error(escape_markdown(state.load_error() or "There is no incident store to save to."))
        return
    try:
        edited = apply_edits(item.incidents, edited_rows)  # type: ignore[arg-type]
    except EditError as exc:
        st.error(escape_markdown(str(exc)))
        return
    try:
        outcome = data.save_reviewed(
            handle, item.document, item.incidents, edited, author=state.analyst(), gazetteer=state.gazetteer_fingerprint()
        )
    except state.store_errors() as exc:
        st.error(escape_markdown(state.describe_store_error(exc)))
        return
    finally:
        state.invalidate_incidents()  # even a failed save may have stored the document
    item.saved_message = outcome.summary(escape_markdown(item.document.name)) + " They are on the Map page."


def review_pending() -> None:
    pending: list[PendingDocument] = st.session_state.get(PENDING_KEY) or []
    writable = not state.read_only()
    for index, item in enumerate(pending):
        document = item.document
        st.subheader(f"{escape_markdown(document.title or document.name)}: {len(item.incidents)} incident(s)")
        if not item.incidents:
            st.info("No incidents were found in this document.")
            continue
        with st.expander("Text with the evidence highlighted", expanded=True):
            # highlight_html escapes the whole text; the only markup is our <mark>/<br>.
            spans = [span for incident in item.incidents for span in incident.evidence]
            st.markdown(highlight_html(document.text, spans), unsafe_allow_html=True)
        frame = editable_frame(item.incidents)
        edited = st.data_editor(
            frame,
            key=f"ingest_editor_{index}_{document.id}",
            hide_index=True,
            width="stretch",
            disabled=READ_ONLY_COLUMNS,
            column_config={
                "type": st.column_config.SelectboxColumn("type", options=list(EVENT_TYPE_BY_LABEL), required=True),
                "date": st.column_config.DateColumn("date"),
                "killed_low": st.column_config.NumberColumn("killed ≥", min_value=0, step=1),
                "killed_high": st.column_config.NumberColumn("killed ≤", min_value=0, step=1),
                "injured_low": st.column_config.NumberColumn("injured ≥", min_value=0, step=1),
                "injured_high": st.column_config.NumberColumn("injured ≤", min_value=0, step=1),
            },
        )
        st.caption(
            "Type, date, killed and injured can be corrected here; your changes are stored as corrections "
            "under the analyst name in the sidebar."
        )
        flags = [f"{escape_markdown(incident.id)}: {escape_markdown(flag)}" for incident in item.incidents if (flag := incident_flag(incident))]
        if flags:
            st.caption("Location flags — " + "; ".join(flags))
        if st.button(
            "Save these incidents to the store",
            key=f"ingest_add_{index}_{document.id}",
            disabled=not writable,
            help=None if writable else "The app shows a read-only incidents file (--incidents): nothing is saved.",
        ):
            save_pending(item, edited)
        if item.saved_message:
            st.success(item.saved_message)


def render() -> None:
    st.title("Add articles")
    gazetteer_notice.render_notice()
    st.caption(
        "Text is processed on this machine: extraction, then geocoding against the gazetteer. "
        "Review and correct the incidents, then save them to the incident store."
    )
    if state.read_only():
        st.info("The app is showing a read-only incidents file (--incidents): you can extract, but not save.")
    ingest_form()
    review_pending()
    summary = state.store_summary()
    if summary:
        st.caption(escape_markdown(summary))
    elif state.load_error():
        st.error(escape_markdown(state.load_error() or ""))
