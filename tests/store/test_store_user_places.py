"""The user gazetteer in the store (mapapp/store/user_places.py): analysts' places, reused by geocoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapapp.cli import main
from mapapp.geocode import Geocoder, load_default_gazetteer
from mapapp.model import Precision, Span, Toponym
from mapapp.store import IncidentStore, StoreError, open_store
from tests.store.store_factories import ARTICLE_A, khuweibra_reports


def _resolve(geocoder: Geocoder, text: str, hint: str | None = None) -> object:
    return geocoder.resolve(Toponym(span=Span(text, 0, len(text)), admin1_hint=hint))


def test_add_list_remove_user_places(store: IncidentStore) -> None:
    first = store.add_user_place("Tal Testzirr", 36.61, 40.42, "analyst-a", admin1="Hasakah",
                                 alternate_names=["Til Testzir"], note="from a satellite image")
    second = store.add_user_place("Testqaryat", 35.1, 40.3, "analyst-b", admin1="Deir ez-Zor")
    assert first.place.id == "user:1" and second.place.id == "user:2"
    assert first.place.admin1 == "Al-Hasakah" and first.place.alternate_names == ("Til Testzir",)
    listed = store.user_places()
    assert [e.place.id for e in listed] == ["user:1", "user:2"] and listed[0].author == "analyst-a"
    assert listed[0].note == "from a satellite image" and listed[0].created_at is not None
    removed = store.remove_user_place("user:1")
    assert removed.place.name == "Tal Testzirr" and [e.place.id for e in store.user_places()] == ["user:2"]
    assert store.add_user_place("Testthird", 35.2, 40.2, "a").place.id == "user:3"  # ids are never reused


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "X", "lat": 95.0, "lon": 40.0, "author": "a"}, "impossible coordinate"),
        ({"name": "X", "lat": 35.0, "lon": 40.0, "author": " "}, "needs an author"),
        ({"name": "  ", "lat": 35.0, "lon": 40.0, "author": "a"}, "needs a name"),
        ({"name": "X", "lat": 35.0, "lon": 40.0, "author": "a", "admin1": "Narnia"}, "unknown governorate"),
    ],
)
def test_bad_user_places_are_refused_and_nothing_is_stored(store: IncidentStore, kwargs: dict, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        store.add_user_place(**kwargs)
    assert store.user_places() == []
    with pytest.raises(StoreError, match="no user place"):
        store.remove_user_place("user:99")


def test_placing_an_incident_moves_it_and_later_geocoding_finds_the_place(store: IncidentStore) -> None:
    report, _ = khuweibra_reports()
    store.ingest(ARTICLE_A, [report])
    incident_id = store.incidents()[0].id
    entry, edit = store.place_incident(incident_id, "Khuweibra", 36.58, 40.61, "analyst", admin1="Al-Hasakah")
    placed = store.incident(incident_id)
    assert placed is not None and placed.location is not None and placed.location.place is not None
    assert placed.location.place.id == entry.place.id and placed.location.precision is Precision.PLACE
    assert edit.field == "place" and edit.author == "analyst"
    geocoder = Geocoder(load_default_gazetteer(), user_places=[e.place for e in store.user_places()])
    for text in ("Khuweibra", "Khuweibra village"):
        location = _resolve(geocoder, text, "Al-Hasakah")
        assert location.place is not None and location.place.id == entry.place.id, text  # type: ignore[attr-defined]
        assert location.precision is Precision.PLACE and "analyst" in location.note  # type: ignore[attr-defined]
    with pytest.raises(StoreError, match="no incident"):
        store.place_incident("nope", "X", 35.0, 40.0, "analyst")


def test_user_places_come_first_but_do_not_change_other_names() -> None:
    from mapapp.model import Place

    mine = Place(id="user:1", name="Hajin", lat=34.70, lon=40.84, admin1="Deir ez-Zor")
    geocoder = Geocoder(load_default_gazetteer(), user_places=[mine])
    assert _resolve(geocoder, "Hajin").place == mine  # type: ignore[attr-defined]
    other = _resolve(geocoder, "Tal Tamr")
    assert other.place is not None and other.place.id == "geonames:163434"  # type: ignore[attr-defined]


def test_user_gazetteer_cli_and_extraction_reuse(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "incidents.sqlite")
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))
    assert main(["gazetteer", "user", "add", "Tal Testzirr", "36.61", "40.42", "--admin1", "Hasakah",
                 "--also", "Til Testzir", "--author", "analyst", "--db", db]) == 0
    assert "added user:1" in capsys.readouterr().out
    assert main(["gazetteer", "user", "list", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "user:1" in out and "Tal Testzirr" in out and "Til Testzir" in out and "analyst" in out
    assert main(["gazetteer", "user", "list", "--json", "--db", db]) == 0
    assert '"source": "user"' in capsys.readouterr().out
    from mapapp.cli.common import load_geocoder_or_fail

    geocoder = load_geocoder_or_fail(None, None, db)
    location = _resolve(geocoder, "Til Testzir")
    assert location.place is not None and location.place.id == "user:1"  # type: ignore[attr-defined]
    assert main(["gazetteer", "user", "remove", "user:1", "--db", db]) == 0
    assert main(["gazetteer", "user", "remove", "user:1", "--db", db]) == 2
    assert "no user place" in capsys.readouterr().err
    with open_store(db) as store:
        assert store.user_places() == []
