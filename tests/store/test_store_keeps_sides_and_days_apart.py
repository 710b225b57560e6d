"""The store keeps apart what the same-event rule's two vetoes say are two events (mapapp.store.merge):

* a report dated only by its publication (no day in its text) and a day its text could not have told: after the
  publication;
* a one-sided event credited to parties of different sides (an execution by ISIS, an air strike by the coalition).

Short documents of our own, ingested into a real store; the pairs that only differ from them in the vetoed
condition merge, so the tests fail if the vetoes stop working or start keeping everything apart.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from store_factories import TALL_TAMR, make_incident

from mapapp.model import Document, EventType, Incident, IncidentDate
from mapapp.store import IncidentStore

FIGHTING = Document(
    text="Fighting went on near Tall Tamr on Saturday between the two sides.",
    name="fighting.txt", outlet="Outlet One", published=date(2024, 3, 16),
)
PATROL = Document(
    text="Gunmen fired at a patrol in Tall Tamr, wounding one man.",
    name="patrol.txt", outlet="Outlet Two", published=date(2024, 3, 15),
)
STRIKE = Document(
    text="Coalition aircraft struck a house in Tall Tamr on Monday.",
    name="strike.txt", outlet="Outlet One", published=date(2024, 3, 12),
)
EXECUTION = Document(
    text="Militants of the Islamic State executed a man in Tall Tamr.",
    name="execution.txt", outlet="Outlet Two", published=date(2024, 3, 14),
)


def _report_dated(document: Document, phrase: str, event_type: EventType, actor: str | None = None) -> Incident:
    assert document.published is not None
    incident = make_incident(document, phrase, event_type=event_type, place=TALL_TAMR)
    return replace(incident, actor=actor, date=IncidentDate.report_date(document.published))


def _incident_count(store: IncidentStore) -> int:
    return len(store.incidents(include_dismissed=True))


def test_a_report_date_does_not_reach_a_day_after_the_publication(store: IncidentStore) -> None:
    fighting = make_incident(FIGHTING, "Fighting went on", event_type=EventType.ARMED_CLASH, place=TALL_TAMR,
                             when=date(2024, 3, 16))
    patrol = _report_dated(PATROL, "Gunmen fired at a patrol", EventType.ARMED_CLASH)
    store.ingest(FIGHTING, [fighting])
    store.ingest(PATROL, [patrol])
    assert _incident_count(store) == 2  # the patrol text appeared on the 15th: it cannot tell of the 16th


def test_the_same_report_date_reaches_the_publication_day_itself(store: IncidentStore) -> None:
    fighting = make_incident(FIGHTING, "Fighting went on", event_type=EventType.ARMED_CLASH, place=TALL_TAMR,
                             when=date(2024, 3, 15))
    store.ingest(FIGHTING, [fighting])
    store.ingest(PATROL, [_report_dated(PATROL, "Gunmen fired at a patrol", EventType.ARMED_CLASH)])
    assert _incident_count(store) == 1


def test_an_execution_by_one_side_is_not_an_air_strike_by_the_other(store: IncidentStore) -> None:
    strike = replace(
        make_incident(STRIKE, "Coalition aircraft struck", place=TALL_TAMR, when=date(2024, 3, 11)),
        actor="US-led coalition",
    )
    execution = _report_dated(EXECUTION, "executed a man", EventType.ATTACK, actor="ISIS")
    store.ingest(STRIKE, [strike])
    store.ingest(EXECUTION, [execution])
    assert _incident_count(store) == 2
    # credited to nobody, the same attack on the same place within the week is merged with the strike
    unnamed = replace(execution, actor=None)
    other = replace(EXECUTION, text=EXECUTION.text + " ")
    store.ingest(other, [replace(unnamed, document_id=other.id, id=unnamed.id + "x")])
    assert _incident_count(store) == 2  # the unnamed report joined the strike; the ISIS one stays apart
