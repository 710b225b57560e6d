"""Absurd casualty figures: refused by ``mapapp correct``, never able to break an export."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_factories import TALL_TAMR, make_incident

from mapapp.cli import main
from mapapp.cli.store import FIGURE_RANGE_HELP as CLI_FIGURE_RANGE_HELP
from mapapp.io.export import incident_properties, write_incidents
from mapapp.model import Casualties, Document
from mapapp.store import open_store
from mapapp.store.edits import (
    FIGURE_RANGE_HELP,
    EditError,
    encode_edit,
    parse_edit_text,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("5", {"low": 5, "high": 5}),
        ("3..5", {"low": 3, "high": 5}),
        ("5..", {"low": 5, "high": None}),
        ("..5", {"low": None, "high": 5}),
        ("3-5", {"low": 3, "high": 5}),
        ("18-", {"low": 18, "high": None}),
        ("100000", {"low": 100_000, "high": 100_000}),
    ],
)
def test_figure_syntax(typed: str, stored: dict[str, int | None]) -> None:
    field, value = parse_edit_text("killed", typed)
    assert field == "killed"
    assert {k: value[k] for k in ("low", "high")} == stored


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("-5", "cannot be negative"),
        ("99999999999999999999999", "must be"),
        ("100001", "not plausible"),
        ("5..3", "reversed"),
        ("..", "must be"),
        ("-", "must be"),
        ("five", "must be"),
        ("9" * 5000, "must be"),
    ],
)
def test_figure_syntax_refused_with_a_clear_message(typed: str, message: str) -> None:
    with pytest.raises(EditError, match=message):
        parse_edit_text("injured", typed)


def test_api_refuses_absurd_and_negative_figures() -> None:
    with pytest.raises(EditError, match="not plausible"):
        encode_edit("killed", 99999999999999999999999)
    with pytest.raises(EditError, match="non-negative"):
        encode_edit("killed", (-5, None))


def test_cli_help_states_the_same_syntax() -> None:
    assert CLI_FIGURE_RANGE_HELP == FIGURE_RANGE_HELP


def test_a_stored_absurd_figure_cannot_break_any_export(tmp_path: Path) -> None:
    # a store written before extraction refused such figures: its value stays stored, exports leave it empty
    document = Document(text="An airstrike killed many people in Tal Tamr.", name="a.txt")
    absurd = Casualties(low=10**23, high=10**23, phrase="99999999999999999999999")
    incident = make_incident(document, "An airstrike killed many people", place=TALL_TAMR, killed=absurd)
    with open_store(str(tmp_path / "store.sqlite")) as store:
        store.ingest(document, [incident])
        stored = store.incidents()
    assert stored[0].killed is not None and stored[0].killed.low == 10**23
    for fmt in ("gpkg", "geojson", "csv"):
        path = tmp_path / f"out.{fmt}"
        write_incidents(stored, path, fmt)
        assert path.stat().st_size > 0
    assert incident_properties(stored[0])["killed_low"] is None
    assert incident_properties(stored[0])["killed_phrase"] == "99999999999999999999999"


def test_cli_correct_refuses_an_absurd_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "store.sqlite")
    document = Document(text="An airstrike killed two people in Tal Tamr.", name="a.txt")
    incident = make_incident(document, "An airstrike killed two people", place=TALL_TAMR)
    with open_store(db) as store:
        store.ingest(document, [incident])
        stored_id = store.incidents()[0].id
    for value, message in (("99999999999999999999999", "must be"), ("-5", "cannot be negative")):
        assert main(["correct", stored_id, "killed", value, "--author", "analyst", "--db", db]) == 2
        assert message in capsys.readouterr().err
    with open_store(db) as store:
        assert store.history(stored_id) == []


def test_stored_json_that_orjson_refuses_is_still_read() -> None:
    from mapapp.store.store import _loads

    assert _loads('{"killed": {"low": 100000000000000000000000}, "confidence": NaN}')["killed"]["low"] == 10**23
    assert type(_loads('{"injured": {"high": 100000000000000000000000}}')["injured"]["high"]) is int
    assert type(_loads('{"evidence": [{"start": 100000000000000000000000, "end": 1}]}')["evidence"][0]["start"]) is int
    assert _loads('{"a": [1, 2.5, "x"]}') == {"a": [1, 2.5, "x"]}
