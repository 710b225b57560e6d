"""Incident dates: own expression, links between incidents, and the publication date as a report date."""

from __future__ import annotations

import datetime

from mapapp.extract import extract_incidents
from mapapp.model import Document

PUBLISHED = datetime.date(2024, 5, 8)  # a Wednesday


def only_date(text: str, published: datetime.date | None = PUBLISHED):
    incidents = extract_incidents(Document(text=text, published=published))
    assert len(incidents) == 1, [i.evidence_text for i in incidents]
    return incidents[0].date


def test_undated_incident_takes_the_publication_date_as_a_report_date() -> None:
    date = only_date("Gunmen shot dead two guards in Kasra, relatives said.")
    assert date is not None and date.is_report_date
    assert date.value == PUBLISHED and date.basis == "report"


def test_undated_incident_without_publication_date_stays_unknown() -> None:
    assert only_date("Gunmen shot dead two guards in Kasra, relatives said.", published=None) is None


def test_a_dated_incident_is_never_a_report_date() -> None:
    date = only_date("Gunmen shot dead two guards in Kasra on Monday, relatives said.")
    assert date.value == datetime.date(2024, 5, 6) and date.precision == "day"


def test_report_dates_add_no_confidence() -> None:
    text = "Gunmen shot dead two guards in Kasra, relatives said."
    undated = extract_incidents(Document(text=text, published=PUBLISHED))[0]
    unpublished = extract_incidents(Document(text=text))[0]
    assert undated.confidence == unpublished.confidence


def test_weekdays_without_publication_date_are_dated_against_each_other() -> None:
    text = (
        "Jets struck houses in Hajin on Thursday, killing six civilians. "
        "On Tuesday, gunmen killed two guards at a checkpoint in Shaafah."
    )
    strike, ambush = extract_incidents(Document(text=text))
    assert ambush.date.relative_to == strike.id and ambush.date.days_after == -2
    assert strike.date.relative_to == ambush.id and strike.date.days_after == 2
    assert strike.date.value is None and not strike.date.is_report_date
