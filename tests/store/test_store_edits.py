"""Checking, parsing and applying hand corrections (pure logic)."""

from __future__ import annotations

from datetime import date

import pytest
from store_factories import AL_HASAKAH_CITY, khuweibra_reports

from mapapp.model import Casualties, EventType, Precision
from mapapp.store.edits import EditError, apply_edits, encode_edit, parse_edit_text


def test_edits_apply_in_order() -> None:
    incident, _ = khuweibra_reports()
    edits = [
        encode_edit("killed", 25),
        encode_edit("killed", (20, 22)),
        encode_edit("event_type", "drone_strike"),
        encode_edit("date", "2018-06-03"),
        encode_edit("place", AL_HASAKAH_CITY),
    ]
    current, dismissed = apply_edits(incident, edits)
    assert not dismissed
    assert current.killed is not None and (current.killed.low, current.killed.high) == (20, 22)
    assert current.event_type is EventType.DRONE_STRIKE
    assert current.date is not None and current.date.value == date(2018, 6, 3) and current.date.basis == "corrected"
    assert current.location is not None and current.location.place == AL_HASAKAH_CITY
    assert current.location.is_mappable and "corrected" in current.location.note
    assert incident.killed == Casualties(18, None, "At least 18")  # the original is untouched


def test_dismiss_and_undismiss() -> None:
    incident, _ = khuweibra_reports()
    assert apply_edits(incident, [encode_edit("not_incident", True)])[1] is True
    assert apply_edits(incident, [encode_edit("dismissed", True), encode_edit("dismissed", False)])[1] is False


def test_place_from_lat_lon_is_a_manual_place() -> None:
    field, value = encode_edit("place", (36.5, 40.75))
    incident, _ = khuweibra_reports()
    current, _ = apply_edits(incident, [(field, value)])
    assert current.location is not None and current.location.place is not None
    assert (current.location.lat, current.location.lon) == (36.5, 40.75)
    assert current.location.place.id.startswith("manual:") and current.location.precision is Precision.PLACE


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("colour", "red"),
        ("place", (95.0, 40.0)),
        ("place", "Khuweibra"),
        ("killed", -3),
        ("killed", (20, 10)),
        ("killed", True),
        ("event_type", "picnic"),
        ("date", "June 4"),
        ("dismissed", "yes"),
    ],
)
def test_bad_corrections_are_refused_clearly(field: str, value: object) -> None:
    with pytest.raises(EditError):
        encode_edit(field, value)


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("killed", "20", {"low": 20, "high": 20}),
        ("killed", "18-", {"low": 18, "high": None}),
        ("injured", "3-5", {"low": 3, "high": 5}),
        ("dismissed", "true", True),
        ("event_type", "Shelling", "shelling"),
        ("date", "2018-06-05", "2018-06-05"),
    ],
)
def test_command_line_values_are_parsed(field: str, text: str, expected: object) -> None:
    _, value = parse_edit_text(field, text)
    if isinstance(expected, dict):
        assert {k: value[k] for k in expected} == expected
    else:
        assert value == expected


def test_command_line_place_with_name() -> None:
    _, value = parse_edit_text("place", "36.5, 40.75, School")
    assert (value["lat"], value["lon"], value["name"]) == (36.5, 40.75, "School")
    with pytest.raises(EditError):
        parse_edit_text("place", "somewhere")
    with pytest.raises(EditError):
        parse_edit_text("killed", "many")
