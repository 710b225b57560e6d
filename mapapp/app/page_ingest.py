"""The ingest page: paste text or upload files, preview and correct the incidents, add them to the map."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import streamlit as st

from mapapp.app import state
from mapapp.app.highlight import highlight_html
from mapapp.app.tables import (
    EVENT_TYPE_BY_LABEL,
    EditError,
    apply_edits,
    editable_frame,
    incident_flag,
)
from mapapp.model import Document, Incident

PENDING_KEY = "mapapp_pending"
MESSAGES_KEY = "mapapp_ingest_messages"


@dataclass
class PendingDocument:
    """A processed document waiting for the user to review and add its incidents."""

    document: Document
    incidents: list[Incident]


def _documents_from_inputs(
    pasted: str, uploads: list, published: date | None, outlet: str, url: str
) -> tuple[list[Document], list[str]]:
    """Documents from the pasted text and uploaded files, plus one error message per rejected input."""
    from mapapp.io.ingest import DocumentError, document_from_bytes, document_from_text

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
        st.error(message)
    if not documents and not errors:
        st.warning("Paste some text or choose a file first.")
    pending: list[PendingDocument] = []
    if documents:
        progress = st.progress(0.0, text="Extracting…")
        for index, document in enumerate(documents, start=1):
            try:
                incidents = state.process(document)
            except (ImportError, ValueError) as exc:
                st.error(f"{document.name}: could not be processed: {exc}")
                incidents = []
            pending.append(PendingDocument(document, incidents))
            progress.progress(index / len(documents), text=f"Processed {index} of {len(documents)}: {document.name}")
    st.session_state[PENDING_KEY] = pending


def review_pending() -> None:
    pending: list[PendingDocument] = st.session_state.get(PENDING_KEY) or []
    for index, item in enumerate(pending):
        document = item.document
        st.subheader(f"{document.title or document.name}: {len(item.incidents)} incident(s)")
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
            disabled=["id", "place", "evidence"],
            column_config={
                "type": st.column_config.SelectboxColumn("type", options=list(EVENT_TYPE_BY_LABEL), required=True),
                "date": st.column_config.DateColumn("date"),
                "killed_low": st.column_config.NumberColumn("killed ≥", min_value=0, step=1),
                "killed_high": st.column_config.NumberColumn("killed ≤", min_value=0, step=1),
                "injured_low": st.column_config.NumberColumn("injured ≥", min_value=0, step=1),
                "injured_high": st.column_config.NumberColumn("injured ≤", min_value=0, step=1),
            },
        )
        flags = [f"{incident.id}: {flag}" for incident in item.incidents if (flag := incident_flag(incident))]
        if flags:
            st.caption("Location flags — " + "; ".join(flags))
        if st.button("Add these incidents to the map", key=f"ingest_add_{index}_{document.id}"):
            try:
                corrected = apply_edits(item.incidents, edited)
            except EditError as exc:
                st.error(str(exc))
                continue
            added = state.add_incidents(corrected)
            st.success(
                f"Added {added} new incident(s) from {document.name}"
                + (f" ({len(corrected) - added} updated)" if len(corrected) != added else "")
                + ". They are on the Map page."
            )


def render() -> None:
    st.title("Add articles")
    st.caption(
        "Text is processed on this machine: extraction, then geocoding against the gazetteer. "
        "Review and correct the incidents before adding them to this session's map."
    )
    ingest_form()
    review_pending()
    st.caption(f"This session's map has {len(state.incidents())} incident(s).")
