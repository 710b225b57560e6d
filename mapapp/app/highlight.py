"""The document text as HTML with each incident's evidence wrapped in ``<mark>``; everything escaped."""

from __future__ import annotations

import html
from collections.abc import Iterable

from mapapp.model import Span


def merge_spans(spans: Iterable[Span], text_length: int) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) ranges clipped to the text (invalid spans dropped)."""
    ranges = sorted(
        (max(0, s.start), min(text_length, s.end)) for s in spans if s.end > s.start and s.start < text_length
    )
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def highlight_html(text: str, spans: Iterable[Span]) -> str:
    """``text`` escaped, paragraphs kept, with the spans marked: safe to render as HTML."""
    parts: list[str] = []
    position = 0
    for start, end in merge_spans(spans, len(text)):
        parts.append(html.escape(text[position:start]))
        parts.append(f"<mark>{html.escape(text[start:end])}</mark>")
        position = end
    parts.append(html.escape(text[position:]))
    body = "".join(parts).replace("\n", "<br>")
    return f'<div class="mapapp-document" style="white-space:normal; line-height:1.5">{body}</div>'
