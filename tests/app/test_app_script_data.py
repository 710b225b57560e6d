"""Data written into the map page's ``<script>``: text that would switch the browser's script parser state."""

from __future__ import annotations

import json

from mapapp.app.map_view import script_json


def test_comment_and_script_openers_in_data_cannot_change_the_script_parser_state() -> None:
    # "<!--" then "<script" inside a script element: the HTML parser's double-escaped state, in which the real
    # "</script>" does not end the element. The data must hold no "<" at all.
    value = {"evidence": "Shelling hit <!--<script>alert(1)</script>--> Tal Tamr", "place": "<!-- Amuda"}
    text = script_json(value)
    assert "<" not in text
    assert json.loads(text) == value
