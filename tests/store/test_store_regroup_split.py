"""An incident a re-grouping splits keeps what analysts did to it (mapapp.store.IncidentStore._recluster).

A store made under an older merge rule holds incidents the current rule splits when their neighbourhood is
re-grouped (on a later ingest, or a re-geocoding): a report-dated strike on a village 5.6 km from a strike told as of
two days before merged under the 10 km rule of the ninth session and no longer does (``report_max_distance_km``).
The store below is built with that older rule (``MergeRule(report_max_distance_km=10)``), corrected by an analyst,
then re-grouped under the current rule by the ingest of a third report. Reports are built by hand.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from store_factories import TALL_TAMR, located, make_incident, synthetic_document

from mapapp.model import Document, Incident, IncidentDate, Place
from mapapp.store import open_store
from mapapp.store.merge import MergeRule
from mapapp.store.store import COPIED_NOTE

DAY = date(2023, 3, 14)
#: A differently named village about 5.6 km north of Tall Tamr.
NEIGHBOUR = Place(id="geonames:990001", name="Qabr Arab", lat=TALL_TAMR.lat + 0.05, lon=TALL_TAMR.lon,
                  admin1="Al-Hasakah")
#: The rule of the ninth session: a report date merged with differently named places up to 10 km off.
OLD_RULE = MergeRule(report_max_distance_km=10.0)


def _report(number: int, place: Place, when: IncidentDate, tag: str = "split") -> tuple[Document, list[Incident]]:
    document = replace(synthetic_document(number, tag), published=DAY)
    incident = replace(
        make_incident(document, "a second airstrike followed", place=place),
        actor="US-led coalition", date=when, location=located(place),
    )
    return document, [incident]


TOLD = IncidentDate(value=DAY - timedelta(days=2), basis="absolute")
REPORTED = IncidentDate(value=DAY, basis="report")


def _old_store(path: Path) -> str:
    """A store of the told strike and the report-dated one, merged by the older rule and corrected by hand."""
    with open_store(str(path), rule=OLD_RULE) as store:
        first = store.ingest(*_report(1, TALL_TAMR, TOLD)).incident_ids[0]
        second = store.ingest(*_report(2, NEIGHBOUR, REPORTED)).incident_ids[0]
        assert first == second and len(store.incidents()) == 1  # one incident under the older rule
        store.correct(first, "killed", 4, author="ana", note="four, per the hospital")
        store.place_incident(first, "Tall Tamr silo", 36.66, 40.38, author="ana")
        return first


def test_a_split_incident_keeps_its_corrections_on_every_piece(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    _old_store(path)
    with open_store(str(path)) as store:
        # a third report of the told strike: its neighbourhood, the old incident's reports with it, is re-grouped
        store.ingest(*_report(3, TALL_TAMR, TOLD, tag="third"))
        current = store.incidents()
        assert len(current) == 2  # the report-dated strike on the next village is now an incident of its own
        for incident in current:
            assert incident.killed is not None and (incident.killed.low, incident.killed.high) == (4, 4)
            assert incident.location is not None and incident.location.place is not None
            assert incident.location.place.name == "Tall Tamr silo"
        copied = [
            record for incident in current for record in store.history(incident.id)
            if record.note and COPIED_NOTE in record.note
        ]
        assert {record.field for record in copied} == {"killed", "place"}  # one piece copied, the other kept them
        assert all(record.author == "ana" for record in copied)


def test_a_dismissal_is_not_lost_when_the_incident_splits(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    first = _old_store(path)
    with open_store(str(path), rule=OLD_RULE) as store:
        store.correct(first, "dismissed", True, author="ana", note="a tally, not a strike")
    with open_store(str(path)) as store:
        store.ingest(*_report(3, TALL_TAMR, TOLD, tag="third"))
        assert store.incidents() == []  # neither piece comes back on the map
        assert len(store.incidents(include_dismissed=True)) == 2

