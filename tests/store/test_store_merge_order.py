"""The incidents built from a set of reports do not depend on the order they are ingested in.

Reports are built by hand (store_factories), at points about 6.7 km apart on a line (so neighbours match under
the 10 km rule and next-but-one neighbours do not) on days 0..3 (neighbouring days match): chains where greedy
first-fit merging in arrival order gave different incidents for different orders.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_factories import HASAKAH_GOVERNORATE, make_incident, synthetic_document

from mapapp.model import Casualties, Document, EventType, Incident, Place, Precision
from mapapp.store import open_store
from mapapp.store.merge import ReportKey, cluster_reports

PLACES = [
    Place(
        id=f"test:line{k}", name=f"Line {k}", lat=36.5 + 0.06 * k, lon=40.5, admin1="Al-Hasakah",
        precision=Precision.PLACE,
    )
    for k in range(4)
]
FIRST_DAY = date(2019, 3, 1)
PHRASES = ("Report", "shelling", "airstrike", "Ref")  # words of synthetic_document's text: one report each
TYPES = (EventType.AIRSTRIKE, EventType.SHELLING)

report_spec = st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(0, 1))  # place, day, type
document_specs = st.lists(st.lists(report_spec, min_size=1, max_size=3), min_size=2, max_size=6)

Batch = tuple[Document, list[Incident]]


def build_batches(specs: Sequence[Sequence[tuple[int, int, int]]]) -> list[Batch]:
    batches = []
    for number, reports in enumerate(specs):
        document = synthetic_document(number, tag="order")
        incidents = [
            make_incident(
                document, PHRASES[k], place=PLACES[place], event_type=TYPES[kind],
                when=FIRST_DAY + timedelta(days=day),
            )
            for k, (place, day, kind) in enumerate(reports)
        ]
        batches.append((document, incidents))
    return batches


def stored_incidents(path: Path) -> tuple[set[frozenset[str]], list[dict[str, Any]]]:
    """The partition of report ids into incidents, and every incident's current value."""
    with open_store(str(path)) as store:
        current = store.incidents()
        partition = {frozenset(r.id for r in store.record(i.id).reports) for i in current}
    return partition, sorted((i.to_dict() for i in current), key=lambda d: d["id"])


def ingest_all(path: Path, batches: Sequence[Batch]) -> tuple[set[frozenset[str]], list[dict[str, Any]]]:
    with open_store(str(path)) as store:
        for document, incidents in batches:
            store.ingest(document, incidents)
    return stored_incidents(path)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs=document_specs, data=st.data())
def test_any_ingest_order_gives_the_same_incidents(specs: list[list[tuple[int, int, int]]], data: st.DataObject) -> None:
    batches = build_batches(specs)
    shuffled = data.draw(st.permutations(batches))
    with tempfile.TemporaryDirectory() as folder:
        in_order = ingest_all(Path(folder) / "a.sqlite", batches)
        reordered = ingest_all(Path(folder) / "b.sqlite", shuffled)
    assert reordered == in_order


@settings(max_examples=50, deadline=None)
@given(specs=document_specs, data=st.data())
def test_clustering_is_a_function_of_the_set_of_reports(
    specs: list[list[tuple[int, int, int]]], data: st.DataObject
) -> None:
    keys = [
        ReportKey.from_incident(incident, document.id, incident.date.value if incident.date else None)
        for document, incidents in build_batches(specs)
        for incident in incidents
    ]
    clusters = cluster_reports(keys)
    assert cluster_reports(data.draw(st.permutations(keys))) == clusters
    assert sorted(rid for c in clusters for rid in c.report_ids) == sorted(k.report_id for k in keys)
    for cluster in clusters:  # one article lists distinct events: never two reports of a document in one incident
        documents = [k.document_id for k in keys if k.report_id in cluster.report_ids]
        assert len(documents) == len(set(documents))


def test_a_report_between_two_others_joins_them_whatever_the_order() -> None:
    # days 0 and 2 do not match each other; day 1 matches both: one incident in every order
    batches = build_batches([[(0, 0, 0)], [(0, 2, 0)], [(0, 1, 0)]])
    with tempfile.TemporaryDirectory() as folder:
        results = [ingest_all(Path(folder) / f"{n}.sqlite", order) for n, order in enumerate(
            [batches, batches[::-1], [batches[0], batches[2], batches[1]]]
        )]
    assert all(result == results[0] for result in results)
    assert len(results[0][0]) == 1


def test_two_concurrent_ingesters_give_the_same_incidents_as_one(tmp_path: Path) -> None:
    specs = [[(k % 4, (k * 3) % 4, k % 2), ((k + 1) % 4, k % 4, 0)] for k in range(16)]
    batches = build_batches(specs)
    expected = ingest_all(tmp_path / "one.sqlite", batches)
    shared = tmp_path / "two.sqlite"
    open_store(str(shared)).close()
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def ingester(part: Sequence[Batch]) -> None:
        try:
            with open_store(str(shared)) as store:
                barrier.wait(30)
                for document, incidents in part:
                    store.ingest(document, incidents)
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=ingester, args=(part,)) for part in (batches[::2], batches[1::2][::-1])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors
    assert stored_incidents(shared) == expected


# Undated and governorate-level reports with an actor and a toll: the corroborated rule's uniqueness condition
# (a report fitting two incidents joins neither) must give the same incidents in any ingest order too.
CORROBORATED_PLACES = [PLACES[0], PLACES[3], HASAKAH_GOVERNORATE]  # the two places are 20 km apart
corroborated_spec = st.tuples(st.integers(0, 2), st.integers(-1, 2), st.integers(2, 3))  # place, day (-1: none), toll
corroborated_documents = st.lists(st.lists(corroborated_spec, min_size=1, max_size=2), min_size=2, max_size=5)


def build_corroborated_batches(specs: Sequence[Sequence[tuple[int, int, int]]]) -> list[Batch]:
    batches = []
    for number, reports in enumerate(specs):
        document = synthetic_document(number, tag="corroborated")
        incidents = []
        for k, (place, day, toll) in enumerate(reports):
            incident = make_incident(
                document, PHRASES[k], place=CORROBORATED_PLACES[place], event_type=EventType.DRONE_STRIKE,
                toponym="Hasakah countryside" if place == 2 else None,
                when=None if day < 0 else FIRST_DAY + timedelta(days=day), killed=Casualties(toll, toll, str(toll)),
            )
            incidents.append(replace(incident, actor="Turkish forces"))
        batches.append((document, incidents))
    return batches


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs=corroborated_documents, data=st.data())
def test_corroborated_merges_do_not_depend_on_the_ingest_order(
    specs: list[list[tuple[int, int, int]]], data: st.DataObject
) -> None:
    batches = build_corroborated_batches(specs)
    shuffled = data.draw(st.permutations(batches))
    with tempfile.TemporaryDirectory() as folder:
        in_order = ingest_all(Path(folder) / "a.sqlite", batches)
        reordered = ingest_all(Path(folder) / "b.sqlite", shuffled)
    assert reordered == in_order
    keys = [
        ReportKey.from_incident(incident, document.id, incident.date.value if incident.date else None)
        for document, incidents in batches for incident in incidents
    ]
    assert {frozenset(cluster.report_ids) for cluster in cluster_reports(keys)} == in_order[0]


def test_corroborated_reports_merge_where_unique_in_every_order() -> None:
    # an undated report and a dated one at one place with its toll: one incident; a governorate-wide undated
    # report and the incident of two dated reports at the other place, one of them with its toll: one incident
    batches = build_corroborated_batches([[(0, -1, 2)], [(0, 0, 2)], [(2, -1, 3)], [(1, 1, 3)], [(1, 2, 2)]])
    with tempfile.TemporaryDirectory() as folder:
        results = [ingest_all(Path(folder) / f"{n}.sqlite", order) for n, order in enumerate(
            [batches, batches[::-1], [batches[2], batches[4], batches[0], batches[3], batches[1]]]
        )]
    assert all(result == results[0] for result in results)
    assert sorted(len(group) for group in results[0][0]) == [2, 3]
