"""Filters, table/figure frames, edits and evidence highlighting (pure logic of the app)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd
import pytest
from app_factories import make_incident, sample_incidents

from mapapp.app.filters import (
    NO_ACTOR,
    IncidentFilter,
    actor_options,
    apply_filter,
    date_bounds,
    date_precision_of,
    date_precision_options,
    event_type_options,
)
from mapapp.app.formatting import format_casualties, format_incident_date
from mapapp.app.highlight import highlight_html, merge_spans
from mapapp.app.tables import (
    EditError,
    apply_edits,
    editable_frame,
    governorate_frame,
    incident_flag,
    incidents_at,
    incidents_frame,
    summarise,
    timeline_frame,
)
from mapapp.model import Casualties, EventType, IncidentDate, Precision, Span


def ids(incidents) -> set[str]:
    return {i.id for i in incidents}


def test_no_filter_keeps_everything() -> None:
    incidents = sample_incidents()
    assert apply_filter(incidents, IncidentFilter()) == incidents


def test_date_range_and_undated() -> None:
    incidents = sample_incidents()  # a1 2018-06-01, a2 2018-06-10, a3 2018-07-02, a4/a5 undated
    june = IncidentFilter(start=date(2018, 6, 1), end=date(2018, 6, 30), include_undated=False)
    assert ids(apply_filter(incidents, june)) == {"a1", "a2"}
    assert ids(apply_filter(incidents, IncidentFilter(start=date(2018, 6, 5)))) == {"a2", "a3", "a4", "a5"}
    assert date_bounds(incidents) == (date(2018, 6, 1), date(2018, 7, 2))
    assert date_bounds([make_incident("u")]) is None


def test_type_actor_killed_precision() -> None:
    incidents = sample_incidents()
    assert ids(apply_filter(incidents, IncidentFilter(event_types=frozenset({EventType.SHELLING})))) == {"a2"}
    assert ids(apply_filter(incidents, IncidentFilter(actors=frozenset({NO_ACTOR})))) == {"a3"}
    assert ids(apply_filter(incidents, IncidentFilter(min_killed=3))) == {"a1", "a2"}
    assert ids(apply_filter(incidents, IncidentFilter(min_killed=4))) == {"a1"}
    only_admin1 = IncidentFilter(precisions=frozenset({Precision.ADMIN1}))
    assert ids(apply_filter(incidents, only_admin1)) == {"a3"}
    assert actor_options(incidents) == ["Syrian army", "US-led coalition", NO_ACTOR]
    assert event_type_options(incidents) == [EventType.AIRSTRIKE, EventType.SHELLING, EventType.IED]


def test_formatting_of_bounds_and_dates() -> None:
    assert format_casualties(Casualties(12, 12)) == "12"
    assert format_casualties(Casualties(18, None)) == "at least 18"
    assert format_casualties(Casualties(3, 5)) == "3–5"
    assert format_casualties(None) == "not stated"
    assert format_incident_date(IncidentDate(month=5, day=24)) == "May 24, year unknown"
    assert format_incident_date(IncidentDate(value=date(2018, 6, 5))) == "2018-06-05"
    assert format_incident_date(None) == "date unknown"
    assert format_incident_date(IncidentDate.report_date(date(2021, 5, 3))) == (
        "reported 2021-05-03 (date of the event not given)"
    )


def test_relative_dates_name_the_other_incident_never_its_id() -> None:
    school = make_incident("k1", place_name="Khuweibra", when=None)
    school = replace(school, target="a school")
    later = IncidentDate(relative_to="k1", days_after=1)
    text = format_incident_date(later, {"k1": school})
    assert text == "date unknown — a day after the air strike in Khuweibra (a school)"
    assert "k1" not in text
    assert format_incident_date(later) == "date unknown — a day after another incident in the same report"
    before = format_incident_date(IncidentDate(relative_to="k1", days_after=-2), {"k1": school})
    assert before.startswith("date unknown — 2 days before the air strike")
    dated = make_incident("k2", place_name="Tal Shayr", when=date(2018, 6, 5))
    assert format_incident_date(IncidentDate(relative_to="k2", days_after=1), {"k2": dated}) == (
        "2018-06-06 (a day after the air strike in Tal Shayr (houses), 2018-06-05)"
    )
    # and the table resolves it from the incidents it is given
    frame = incidents_frame([school, replace(make_incident("k3"), date=later)])
    assert frame["date"].tolist()[1] == "date unknown — a day after the air strike in Khuweibra (a school)"
    assert frame.columns[0] == "place" and frame.columns[1] == "date" and frame.columns[-1] == "id"


def test_table_summary_and_figures() -> None:
    incidents = sample_incidents()
    frame = incidents_frame(incidents)
    assert list(frame["id"]) == ["a1", "a2", "a3", "a4", "a5"]
    assert frame.loc[frame["id"] == "a4", "lat"].isna().all()
    summary = summarise(incidents)
    assert (summary.incidents, summary.mapped, summary.not_mapped) == (5, 3, 2)
    assert summary.killed_at_least == 15 and summary.governorate_level == 1
    assert (summary.outside_coverage, summary.unresolved) == (1, 1)
    timeline = timeline_frame(incidents)
    assert timeline["incidents"].sum() == 3 and timeline["killed"].sum() == 15
    by_gov = governorate_frame(incidents).set_index("governorate")
    assert by_gov.loc["Al-Hasakah", "incidents"] == 1
    assert by_gov.loc["not mapped", "incidents"] == 2
    assert "outside coverage" in incident_flag(incidents[3])
    assert incident_flag(incidents[0]) == ""


def test_summary_counts_killed_where_the_map_shows_them() -> None:
    incidents = sample_incidents()
    # the outside-coverage and unresolved incidents report deaths too: they must not reach the map's card
    incidents[3] = replace(incidents[3], killed=Casualties(40, 40))
    incidents[4] = replace(incidents[4], killed=Casualties(6, None))
    summary = summarise(incidents)
    assert summary.killed_on_map == 15
    assert summary.killed_not_mapped == 46
    assert summary.killed_at_least == 61
    assert (summary.mapped, summary.outside_coverage, summary.unresolved) == (3, 1, 1)
    # after a filter (only the shelling), the cards follow what is shown
    shelling = apply_filter(incidents, IncidentFilter(event_types=frozenset({EventType.SHELLING})))
    assert summarise(shelling).killed_on_map == 3 and summarise(shelling).outside_coverage == 0


def test_click_selects_incidents_at_the_point() -> None:
    incidents = sample_incidents() + [make_incident("same", lat=36.0, lon=40.5)]
    assert set(incidents_at(incidents, 36.0, 40.5)) == {"a1", "same"}
    assert incidents_at(incidents, 10.0, 10.0) == []
    # a spiderfied marker reports a point a little off its own: the nearest incident is chosen
    assert incidents_at(incidents, 35.9503, 39.0004) == ["a2"]


def test_edits_are_applied_and_checked() -> None:
    incidents = sample_incidents()[:2]
    frame = editable_frame(incidents)
    frame.loc[frame["id"] == "a1", "killed_low"] = 14
    frame.loc[frame["id"] == "a1", "killed_high"] = pd.NA
    frame.loc[frame["id"] == "a1", "actor"] = "  Someone else "
    frame.loc[frame["id"] == "a2", "type"] = EventType.ARMED_CLASH.label
    frame.loc[frame["id"] == "a2", "date"] = date(2018, 6, 11)
    edited = apply_edits(incidents, frame)
    assert edited[0].killed is not None and (edited[0].killed.low, edited[0].killed.high) == (14, None)
    assert edited[0].actor == "Someone else"
    assert edited[1].event_type is EventType.ARMED_CLASH
    assert edited[1].date.value == date(2018, 6, 11)
    assert incidents[0].killed.low == 12  # originals untouched
    reversed_bounds = editable_frame(incidents)
    reversed_bounds.loc[0, "killed_low"] = 20
    reversed_bounds.loc[0, "killed_high"] = 5
    with pytest.raises(EditError, match="reversed"):
        apply_edits(incidents, reversed_bounds)
    bad_type = editable_frame(incidents)
    bad_type.loc[0, "type"] = "Picnic"
    with pytest.raises(EditError, match="unknown event type"):
        apply_edits(incidents, bad_type)


def test_unchanged_edit_frame_gives_back_equal_incidents() -> None:
    incidents = sample_incidents()
    assert apply_edits(incidents, editable_frame(incidents)) == incidents


def test_highlight_escapes_and_marks() -> None:
    text = 'Intro <script>x</script>. A strike hit "Tal".\nNext & last.'
    start = text.index("A strike")
    end = text.index(".\n") + 1
    html = highlight_html(text, [Span(text[start:end], start, end)])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<mark>A strike hit &quot;Tal&quot;.</mark>" in html
    assert "&amp; last" in html and "<br>" in html
    assert merge_spans([Span("", 5, 10), Span("", 8, 12), Span("", 20, 25)], 22) == [(5, 12), (20, 22)]


def test_editable_frame_types() -> None:
    frame = editable_frame(sample_incidents())
    assert str(frame["killed_low"].dtype) == "Int64"
    assert pd.isna(frame.loc[frame["id"] == "a3", "killed_low"]).all()


def test_filter_on_date_precision_keeps_or_drops_report_dates() -> None:
    exact = make_incident("p1", when=date(2021, 5, 1))
    reported = replace(make_incident("p2"), date=IncidentDate.report_date(date(2021, 5, 3)))
    undated = make_incident("p3")
    incidents = [exact, reported, undated]
    assert date_precision_of(reported) == "report" and date_precision_of(undated) == "unknown"
    only_exact = IncidentFilter(date_precisions=frozenset({"day"}))
    assert ids(apply_filter(incidents, only_exact)) == {"p1"}
    no_report = IncidentFilter(date_precisions=frozenset({"day", "unknown"}))
    assert ids(apply_filter(incidents, no_report)) == {"p1", "p3"}
    assert date_precision_options(incidents) == ["day", "report", "unknown"]


def test_a_village_placed_at_a_nearby_town_is_named_with_the_town() -> None:
    from mapapp.app.formatting import located_name, place_description
    from mapapp.app.map_view import incident_columns
    from mapapp.model import Precision

    town = make_incident("near", place_name="Tall Tamr")
    assert town.location is not None
    near = replace(
        town,
        location=replace(
            town.location,
            toponym="Umm Khair",
            precision=Precision.ADMIN3,
            note="approximate: 'Umm Khair' is not in the gazetteer; placed at Tall Tamr, near Tall Tamr",
        ),
    )
    assert located_name(near.location) == "Umm Khair (near Tall Tamr)"
    assert place_description(near).startswith("Umm Khair (near Tall Tamr) (")
    columns = incident_columns(near.event_type, [near], details=False)
    assert columns["strings"][columns["place"][0]] == "Umm Khair (near Tall Tamr)"
    # the town's own name, or a place at its own point, is shown as written
    assert located_name(town.location) == "Tall Tamr"
    same_name = replace(near.location, toponym="tall tamr")
    assert located_name(same_name) == "tall tamr"


def test_table_precision_reads_as_words() -> None:
    """The table says "governorate (approximate)" as the filter and popups do, not the code "admin1"."""
    from app_factories import sample_incidents

    from mapapp.app.tables import incidents_frame

    frame = incidents_frame(sample_incidents()).set_index("id")
    assert frame.loc["a1", "precision"] == "place"
    assert frame.loc["a3", "precision"] == "governorate (approximate)"
    assert frame.loc["a4", "precision"] == "outside coverage (not mapped)"


def test_chip_label_keeps_short_labels_and_both_ends_of_long_ones() -> None:
    from mapapp.app.formatting import CHIP_LABEL_LIMIT, chip_label

    assert chip_label("SDF") == "SDF"
    assert chip_label("sub-district (approximate)") == "sub-district (approximate)"
    joint = chip_label("Syrian Democratic Forces and the US-led coalition")
    assert joint.startswith("Syrian Democratic") and joint.endswith("US-led coalition") and "…" in joint
    assert chip_label("Turkish-backed Syrian National Army factions") == "Turkish-backed Syrian … Army factions"
    assert chip_label("x" * 60) == "x" * (CHIP_LABEL_LIMIT - 1) + "…"
    for text in ("a " * 200, "word " * 50 + "x" * 80, "Syrian Democratic Forces and the US-led coalition"):
        assert len(chip_label(text)) <= CHIP_LABEL_LIMIT


def test_the_flag_of_a_place_given_by_a_convention_says_so() -> None:
    from mapapp.geocode.document_placement import ZONE_CONVENTION_NOTE

    at_governorate = next(i for i in sample_incidents() if i.location is not None and i.location.precision is Precision.ADMIN1)
    note = ZONE_CONVENTION_NOTE.format(zone="Peace Spring area", governorate="Al-Hasakah")
    flagged = replace(at_governorate, location=replace(at_governorate.location, note=note))
    assert "by convention" in incident_flag(flagged) and "governorate" in incident_flag(flagged)
