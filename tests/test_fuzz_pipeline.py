"""Fuzz test of the whole pipeline on hostile text: read → extract → geocode → export never crashes.

Texts are built from pieces of markup (unclosed comments and tags, scripts, CDATA), numbers (absurd, negative,
with thousands separators), place names, trigger words and punctuation, as bytes read like an uploaded
``.txt`` or ``.html`` file. A case passes when reading either gives a Document or refuses with a
:class:`~mapapp.io.errors.DocumentError`, and every export of what was extracted is well formed, offsets point
into the text and no casualty figure exceeds the plausible bound. Each case has a 2 s budget (hypothesis
``deadline``, generous: a linear pipeline takes milliseconds on these sizes; a quadratic one does not).
"""

from __future__ import annotations

import csv
import io
import json
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapapp.geocode import Geocoder, load_default_gazetteer
from mapapp.io import DocumentError, document_from_bytes
from mapapp.io.export import export_bytes
from mapapp.model import MAX_CASUALTY_FIGURE
from mapapp.pipeline import process_document

MARKUP = ["<p>", "</p>", "<!--", "-->", "<script>", "</script>", "<", ">", "<div ", "<![ x", "<br/>", "&amp;", "<b>"]
NUMBERS = ["1,", "12", "1,000", "99999999999999999999999", "-5", "a dozen", "at least 18", "3 to 5", "0", "٣"]
PLACES = ["Raqqa", "Hasakah", "Deir ez-Zor", "Tal Tamr", "Qamishli", "Khuweibra", "al-Busayrah", "Ras al-Ain"]
TRIGGERS = ["airstrike", "killed", "wounded", "shelling", "clashes", "car bomb", "civilians", "people", "killing"]
GLUE = [" ", ", ", ". ", "\n", " and ", " between ", " near ", " in ", " province", " on June 5, 2018", '"', "'"]
ODD = ["＝", "\u200b", "é", "Ş", "\ufeff", "=HYPERLINK(1)", "\t", "…"]

piece = st.sampled_from(MARKUP + NUMBERS + PLACES + TRIGGERS + GLUE + ODD)
texts = st.lists(piece, max_size=200).map("".join)


@cache
def geocoder() -> Geocoder:
    return Geocoder(load_default_gazetteer())


@pytest.fixture(scope="module", autouse=True)
def warm_up() -> None:
    """Load the gazetteer and GDAL, compile the patterns: one-off costs that are not part of a case's budget."""
    for fmt in ("geojson", "csv", "gpkg"):
        export_bytes(process_document(document_from_bytes(b"An airstrike killed 2 in Raqqa.", "w.txt"), geocoder()), fmt)


@settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, as_html=st.booleans(), fmt=st.sampled_from(["geojson", "csv", "gpkg"]))
def test_read_extract_export_never_crashes(text: str, as_html: bool, fmt: str) -> None:
    try:
        document = document_from_bytes(text.encode("utf-8"), "fuzz.html" if as_html else "fuzz.txt")
    except DocumentError:
        return  # refused with a clear error: allowed
    incidents = process_document(document, geocoder())
    for incident in incidents:
        for span in incident.evidence:
            assert document.text[span.start : span.end] == span.text
        for figure in (incident.killed, incident.injured):
            if figure is not None:
                assert all(b is None or 0 <= b <= MAX_CASUALTY_FIGURE for b in (figure.low, figure.high))
    data = export_bytes(incidents, fmt)
    if fmt == "geojson":
        assert len(json.loads(data)["features"]) == len(incidents)
    elif fmt == "csv":
        assert len(list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))) == len(incidents) + 1
    else:
        assert data.startswith(b"SQLite format 3\x00")
