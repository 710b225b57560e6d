"""The store's pre-filter of merge candidates (SQL over type, place and day window) misses no pair the rule accepts.

The store asks the database only for reports of a compatible type near the same place within a day window, then
applies :func:`~mapapp.store.merge.match_reason`; the incidents it builds must equal the clustering of all reports at
once (:func:`~mapapp.store.merge.cluster_reports`), here with compatible types and report dates, whose day interval
reaches back before the stored date.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_factories import TALL_TAMR, make_incident, synthetic_document

from mapapp.model import EventType, Incident, IncidentDate
from mapapp.store import open_store
from mapapp.store.merge import ReportKey, cluster_reports, effective_dates

FIRST_DAY = date(2020, 5, 1)
PHRASES = ("Report", "shelling", "airstrike", "Ref")
TYPES = (EventType.AIRSTRIKE, EventType.DRONE_STRIKE, EventType.ATTACK, EventType.SHELLING, EventType.RAID)

# (day 0..12, is a report date, type)
report_spec = st.tuples(st.integers(0, 12), st.booleans(), st.integers(0, len(TYPES) - 1))
document_specs = st.lists(st.lists(report_spec, min_size=1, max_size=3), min_size=2, max_size=6)


def _incident(document_index: int, k: int, day: int, report: bool, kind: int) -> tuple[object, Incident]:
    document = synthetic_document(document_index, tag="cand")
    incident = make_incident(document, PHRASES[k], place=TALL_TAMR, event_type=TYPES[kind])
    when = FIRST_DAY + timedelta(days=day)
    incident_date = IncidentDate(value=when, basis="report") if report else IncidentDate(value=when, basis="absolute")
    return document, replace(incident, date=incident_date)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs=document_specs)
def test_store_incidents_equal_the_clustering_of_all_reports(specs: list[list[tuple[int, bool, int]]]) -> None:
    batches = []
    for number, reports in enumerate(specs):
        pairs = [_incident(number, k, *spec) for k, spec in enumerate(reports)]
        batches.append((pairs[0][0], [incident for _, incident in pairs]))
    keys = []
    for document, incidents in batches:
        dates = effective_dates(incidents)
        keys.extend(ReportKey.from_incident(i, document.id, dates[i.id]) for i in incidents)  # type: ignore[attr-defined]
    expected = {frozenset(cluster.report_ids) for cluster in cluster_reports(keys)}
    with tempfile.TemporaryDirectory() as folder, open_store(str(Path(folder) / "s.sqlite")) as store:
        for document, incidents in batches:
            store.ingest(document, incidents)  # type: ignore[arg-type]
        stored = {frozenset(r.id for r in store.record(i.id).reports) for i in store.incidents()}
    assert stored == expected


def test_a_report_without_a_date_published_days_later_joins_the_dated_report(tmp_path: Path) -> None:
    _, dated = _incident(1, 0, 0, False, 0)  # an airstrike told as of day 0
    document_b, reported = _incident(2, 1, 4, True, 1)  # a drone strike in a text published on day 4, no date given
    document_a = synthetic_document(1, tag="cand")
    with open_store(str(tmp_path / "s.sqlite")) as store:
        store.ingest(document_a, [dated])
        store.ingest(document_b, [reported])
        [incident] = store.incidents()
        record = store.record(incident.id)
    assert len(record.reports) == 2
    assert any("report date" in reason and " ~ " in reason for reason in record.merge_reasons), record.merge_reasons
    assert incident.date is not None and incident.date.value == FIRST_DAY  # the earliest (exact) date


def test_a_store_without_the_report_date_column_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with open_store(str(path)) as store:  # then take the store back to schema version 3
        pass
    connection = sqlite3.connect(path)
    connection.execute("ALTER TABLE reports DROP COLUMN report_date")
    connection.execute("DELETE FROM schema_version WHERE version > 3")
    connection.commit()
    connection.close()
    _, reported = _incident(2, 1, 4, True, 1)
    with open_store(str(path)) as store:
        store.ingest(synthetic_document(2, tag="cand"), [reported])
        assert store.counts().reports == 1
    connection = sqlite3.connect(path)
    try:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(reports)")}
        flags = [row[0] for row in connection.execute("SELECT report_date FROM reports")]
    finally:
        connection.close()
    assert "report_date" in columns and flags == [1]
