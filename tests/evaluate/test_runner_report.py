"""evaluate() with an injected extractor, and the text / JSON reports."""

from __future__ import annotations

import json
from types import SimpleNamespace

from mapapp.evaluate.baselines import GovernorateCentroidGeocoder, NaiveGeocoder
from mapapp.evaluate.report import evaluation_to_dict, format_report
from mapapp.evaluate.runner import evaluate
from mapapp.model import Document, Incident


def test_runner_scores_each_resolver_on_the_same_extraction(build: SimpleNamespace) -> None:
    coordinates = build.GoldCoordinates(lat=build.TAL_TAMR.lat, lon=build.TAL_TAMR.lon, tolerance_km=5)
    gold = build.gold_document([
        build.gold_incident("tal-tamr", "shelling", "Tal Tamr", "Al-Hasakah", coordinates=coordinates),
        build.gold_incident("amuda", "drone_strike", "Amuda", "Al-Hasakah"),
    ])
    calls: list[str] = []

    def extractor(document: Document) -> list[Incident]:
        calls.append(document.name)
        return [build.predicted("p1", "shelling", "Tal Tamr", "Shelling hit Tal Tamr", hint="Al-Hasakah")]

    places = [build.TAL_TAMR, build.HASAKAH_GOV, build.RAQQAH_GOV, build.DEIR_GOV]
    progressed: list[str] = []
    evaluation = evaluate([gold], {"naive": NaiveGeocoder(places), "governorate": GovernorateCentroidGeocoder(places)},
                          extractor=extractor, progress=lambda d: progressed.append(d.name))
    assert calls == ["doc"] and progressed == ["doc"]  # extracted once for both resolvers
    naive, governorate = evaluation.systems["naive"].metrics, evaluation.systems["governorate"].metrics
    assert naive.recall == governorate.recall == 0.5
    # Naive finds no "Tal Tamr" (the gazetteer says "Tall Tamr"): unresolved, so admin1 and radius fail.
    assert naive.admin1.value == 0.0 and naive.within_km[25.0].value == 0.0
    # The governorate baseline gets the governorate right, but its point is far from the town.
    assert governorate.admin1.value == 1.0 and governorate.within_km[5.0].value == 0.0

    text = format_report(evaluation)
    assert "naive" in text.splitlines()[2] and "governorate" in text.splitlines()[2]
    assert "incident F1" in text and "missed incident" in text and "amuda" in text
    data = json.loads(json.dumps(evaluation_to_dict(evaluation)))
    assert data["gold"]["incidents"] == 2
    assert data["systems"]["naive"]["recall"] == 0.5
    assert any(m["gold_id"] == "amuda" for m in data["misses"]["governorate"])
