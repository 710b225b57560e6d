"""What the gazetteer covers and fetching village-level sources (mapapp/geocode/coverage.py), against a loopback server."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapapp.geocode.coverage import (
    DOWNLOAD_COMMAND,
    download_instructions,
    download_village_sources,
    gazetteer_coverage,
    is_embedded,
    source_reachability,
    town_counts,
)
from mapapp.geocode.gazetteer import Gazetteer
from mapapp.geocode.sources import (
    OSM_FILE_NAME,
    load_default_gazetteer,
    load_gazetteer,
    load_geonames_dump,
)
from mapapp.model import Place, Precision
from tests.conftest import FIXTURES, closed_port


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(folder))
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    return folder



def test_the_embedded_gazetteer_is_towns_only_and_says_so(data_dir: Path) -> None:
    gazetteer = load_default_gazetteer()
    coverage = gazetteer_coverage(gazetteer, data_dir)
    assert coverage.embedded_only and is_embedded(gazetteer)
    assert coverage.downloaded == {} and coverage.missing == ("geonames", "osm", "ocha") and not coverage.waiting
    # towns: populated places with a point of their own, in each covered governorate
    assert all(count >= 5 for count in coverage.towns.values()), coverage.towns
    assert coverage.towns_line().startswith(f"Al-Hasakah {coverage.towns['Al-Hasakah']}, Ar-Raqqah ")


def test_town_counts_leave_out_sites_and_names_put_at_a_governorate() -> None:
    def place(pid: str, kind: str, precision: Precision, admin1: str = "Ar-Raqqah") -> Place:
        return Place(id=pid, name=pid, lat=35.9, lon=39.0, admin1=admin1, kind=kind, precision=precision)

    gazetteer = Gazetteer([
        place("t1", "populated_place", Precision.PLACE),
        place("t2", "populated_place", Precision.PLACE),
        place("n1", "populated_place", Precision.ADMIN1),  # a name we could only put at its governorate
        place("s1", "site", Precision.PLACE),
        place("g1", "governorate", Precision.ADMIN1),
        place("t3", "populated_place", Precision.PLACE, admin1="Aleppo"),
    ], source="test")
    assert town_counts(gazetteer) == {"Al-Hasakah": 0, "Ar-Raqqah": 2, "Deir ez-Zor": 0}
    assert not is_embedded(gazetteer)


def test_a_dump_is_not_the_embedded_gazetteer(data_dir: Path) -> None:
    coverage = gazetteer_coverage(load_geonames_dump(FIXTURES / "gazetteer_SY_tiny.txt"), data_dir)
    assert not coverage.embedded_only


def test_offline_instructions_name_the_command_and_where_the_files_go(tmp_path: Path) -> None:
    text = download_instructions(tmp_path, ("geonames", "osm", "ocha"))
    assert DOWNLOAD_COMMAND in text and f"SY.zip and {OSM_FILE_NAME} into:\n#   {tmp_path}\n" in text
    assert "--source ocha --file" in text
    assert download_instructions(tmp_path, ("ocha",)).count("\n") == 0  # only what is missing


def test_reachability_tells_a_listening_server_from_a_closed_port(
    fixture_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert source_reachability(("geonames", "osm")) == {"geonames": None, "osm": None}
    monkeypatch.setenv("MAPAPP_OVERPASS_URL", f"http://127.0.0.1:{closed_port()}/api/interpreter")
    answer = source_reachability(("geonames", "osm"), timeout=2)
    assert answer["geonames"] is None and answer["osm"] is not None and "cannot reach 127.0.0.1" in answer["osm"]


def test_ocha_without_a_url_is_reported_not_reachable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAPAPP_OCHA_PLACES_URL", raising=False)
    assert "--file" in (source_reachability(("ocha",))["ocha"] or "")


def test_download_steps_report_progress_and_the_gazetteer_then_holds_villages(
    fixture_server: str, data_dir: Path
) -> None:
    calls: list[tuple[str, int, int | None]] = []
    outcomes = download_village_sources(progress=lambda source, done, total: calls.append((source, done, total)))
    assert [(o.source, o.ok) for o in outcomes] == [("geonames", True), ("osm", True)]
    assert outcomes[0].path == data_dir / "SY.zip" and outcomes[0].places == len(load_geonames_dump(FIXTURES / "gazetteer_SY_tiny.txt"))
    assert outcomes[1].path == data_dir / OSM_FILE_NAME and outcomes[1].places == 4
    assert "4 places saved to" in outcomes[1].describe()
    for source in ("geonames", "osm"):
        seen = [(done, total) for name, done, total in calls if name == source]
        assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 0  # from nothing to every byte announced
    gazetteer = load_gazetteer()
    coverage = gazetteer_coverage(gazetteer)
    assert not coverage.embedded_only and coverage.missing == ("ocha",)
    village = gazetteer.search("Tal Testqarya", limit=1)
    assert village and village[0].place.name in ("Tal Testqarya", "تل تستقرية")


def test_one_source_failing_does_not_stop_the_next(
    fixture_server: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAPAPP_GEONAMES_URL", f"http://127.0.0.1:{closed_port()}/SY.zip")
    outcomes = download_village_sources()
    assert not outcomes[0].ok and "cannot reach" in (outcomes[0].error or "")
    assert outcomes[0].describe().startswith("GeoNames: failed: ")
    assert outcomes[1].ok and (data_dir / OSM_FILE_NAME).is_file()


def test_files_downloaded_but_not_loaded_are_waiting(fixture_server: str, data_dir: Path) -> None:
    download_village_sources(sources=("osm",))
    coverage = gazetteer_coverage(load_default_gazetteer(), data_dir)
    assert coverage.waiting and set(coverage.downloaded) == {"osm"}


def test_a_folder_that_cannot_be_written_is_an_outcome_not_a_crash(fixture_server: str, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    outcomes = download_village_sources(blocker / "sub", sources=("geonames",))
    assert not outcomes[0].ok and "cannot save into" in (outcomes[0].error or "")




def test_a_server_that_never_answers_is_given_up_on_after_the_timeout(
    fixture_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from mapapp.geocode import coverage

    release = threading.Event()

    def hang(*args: object, **kwargs: object) -> None:  # like a name lookup that never returns
        release.wait(10)
        raise OSError("released")

    monkeypatch.setattr(coverage.socket, "create_connection", hang)
    try:
        answer = source_reachability(("geonames", "osm"), timeout=0.2)
    finally:
        release.set()
    assert all("no answer within 0.2 s" in (reason or "") for reason in answer.values()), answer
