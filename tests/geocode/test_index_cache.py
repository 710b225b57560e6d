"""The on-disk cache of built gazetteer indexes (mapapp/geocode/index_cache.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapapp.geocode.gazetteer import Gazetteer
from mapapp.geocode.index_cache import CACHE_ENV, cache_path, cached_index
from mapapp.model import Place


@pytest.fixture
def source_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.delenv(CACHE_ENV, raising=False)
    path = tmp_path / "places.txt"
    path.write_text("Testqarya\n", encoding="utf-8")
    return path


def _builder(calls: list[int], path: Path) -> Gazetteer:
    calls.append(1)
    name = path.read_text(encoding="utf-8").strip()
    return Gazetteer([Place(id="t:1", name=name, lat=36.0, lon=40.0, admin1="Al-Hasakah")], source="test")


def test_second_load_reads_the_cache_and_a_changed_source_rebuilds(source_file: Path) -> None:
    calls: list[int] = []
    first = cached_index("test", [source_file], lambda: _builder(calls, source_file))
    again = cached_index("test", [source_file], lambda: _builder(calls, source_file))
    assert len(calls) == 1 and cache_path("test", [source_file]).is_file()
    assert [p.name for p in again] == [p.name for p in first] and again.search("Testqarya")
    source_file.write_text("Testmazraa longer\n", encoding="utf-8")
    rebuilt = cached_index("test", [source_file], lambda: _builder(calls, source_file))
    assert len(calls) == 2 and next(iter(rebuilt)).name == "Testmazraa longer"
    assert len(list(cache_path("test", [source_file]).parent.glob("test-*.pickle"))) == 1  # stale entry removed


def test_damaged_cache_is_rebuilt_not_an_error(source_file: Path) -> None:
    calls: list[int] = []
    cached_index("test", [source_file], lambda: _builder(calls, source_file))
    cache_path("test", [source_file]).write_bytes(b"not a pickle")
    gazetteer = cached_index("test", [source_file], lambda: _builder(calls, source_file))
    assert len(calls) == 2 and len(gazetteer) == 1


def test_cache_can_be_turned_off(source_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "0")
    calls: list[int] = []
    for _ in range(2):
        cached_index("test", [source_file], lambda: _builder(calls, source_file))
    assert len(calls) == 2 and not cache_path("test", [source_file]).exists()


def test_a_pickled_gazetteer_finds_what_the_original_finds() -> None:
    import pickle

    from mapapp.geocode import load_default_gazetteer

    original = load_default_gazetteer()
    copy = pickle.loads(pickle.dumps(original))
    assert list(copy) == list(original) and copy.source == original.source
    for name in ("Qamişlo", "Dayr al-Zawr", "Tal Tamer", "Raqqa province"):
        assert copy.search(name) == original.search(name)
    assert copy.governorate("Hasakah") == original.governorate("Hasakah")
    assert copy.places_in("Raqqa") == original.places_in("Raqqa")
