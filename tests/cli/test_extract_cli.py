"""Tests for ``mapapp extract``: the seed article end to end (in-process and as a real command) and input errors.

The seed checks say what the seed article must give: three incidents, two in
Al-Hasakah (killed at least 12 and at least 18), one near Albu Kamal in Deir
ez-Zor on May 24, nothing placed in Latakia, every point inside the covered
governorates.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mapapp.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_b5de4e4ce07119c8.txt"

# Bounding boxes of the governorate polygons in the OCHA COD-AB Syria adm1 boundaries
# (min lon, min lat, max lon, max lat), rounded outward to 0.01 degree.
EXTENTS: dict[str, tuple[float, float, float, float]] = {
    "Al-Hasakah": (39.50, 35.49, 42.39, 37.32),
    "Ar-Raqqah": (38.05, 35.27, 39.90, 36.77),
    "Deir ez-Zor": (39.24, 34.06, 41.29, 36.34),
}
LATAKIA_MAX_LON = 36.26  # the whole of Lattakia governorate lies west of this


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Built-in gazetteer and no boundaries (nothing from the developer's machine), files written under tmp_path."""
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    monkeypatch.delenv("MAPAPP_BOUNDARIES", raising=False)
    monkeypatch.delenv("MAPAPP_SCORER", raising=False)
    monkeypatch.chdir(tmp_path)


def _inside(lon: float, lat: float, governorate: str) -> bool:
    min_lon, min_lat, max_lon, max_lat = EXTENTS[governorate]
    return min_lon <= lon <= max_lon and min_lat <= lat <= max_lat


def assert_seed_collection(collection: dict[str, Any]) -> None:
    """The seed article's expected incidents, checked on an exported FeatureCollection."""
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    features = collection["features"]
    for feature in features:
        assert feature["type"] == "Feature"
        properties = feature["properties"]
        assert all(v is None or isinstance(v, (str, int, float, bool)) for v in properties.values())
        assert properties["admin1"] != "Latakia" or feature["geometry"] is None
        if feature["geometry"] is not None:
            assert feature["geometry"]["type"] == "Point"
            lon, lat = feature["geometry"]["coordinates"]
            assert lon > LATAKIA_MAX_LON, "a point was placed in Latakia"
            assert any(_inside(lon, lat, g) for g in EXTENTS), f"{lon}, {lat} is outside the three governorates"
            assert _inside(lon, lat, properties["admin1"]), properties
    mapped = [f for f in features if f["geometry"] is not None]
    hasakah = [f["properties"] for f in mapped if f["properties"]["admin1"] == "Al-Hasakah"]
    assert sorted(p["killed_low"] for p in hasakah if p["killed_low"] is not None) == [12, 18], hasakah
    may_24 = [f for f in mapped if (f["properties"]["date_month"], f["properties"]["date_day"]) == (5, 24)]
    assert len(may_24) == 1, [f["properties"] for f in features]
    albu_kamal = may_24[0]["properties"]
    assert albu_kamal["admin1"] == "Deir ez-Zor" and "Kamal" in albu_kamal["toponym"]
    assert "approximate" in albu_kamal["location_note"]
    assert len(features) == 3, [f["properties"]["evidence"][:60] for f in features]


# ----------------------------------------------------------------- the seed, end to end


def test_seed_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.geojson"
    assert main(["extract", str(SEED), "-o", str(out)]) == 0
    assert_seed_collection(json.loads(out.read_text(encoding="utf-8")))
    summary = capsys.readouterr().err
    assert "1 document" in summary and "3 incidents" in summary and "mapped" in summary


def test_seed_as_a_command(tmp_path: Path) -> None:
    out = tmp_path / "out.geojson"
    env = {k: v for k, v in os.environ.items() if k != "MAPAPP_GAZETTEER"}
    env["MAPAPP_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-m", "mapapp", "extract", str(SEED), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert_seed_collection(json.loads(out.read_text(encoding="utf-8")))
    assert "Traceback" not in result.stderr


def test_geojson_to_stdout_matches_file(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["extract", str(SEED), "--quiet"]) == 0
    printed = capsysbinary.readouterr()
    assert printed.err == b""  # --quiet: no summary
    out = tmp_path / "out.geojson"
    assert main(["extract", str(SEED), "-q", "-o", str(out)]) == 0
    assert printed.out == out.read_bytes()
    assert_seed_collection(json.loads(printed.out))


def test_csv_and_gpkg_outputs_match_export_bytes(tmp_path: Path) -> None:
    import pyogrio

    from mapapp.geocode import Geocoder, load_gazetteer
    from mapapp.io.export import export_bytes
    from mapapp.io.reading import read_document
    from mapapp.pipeline import process_document

    incidents = process_document(read_document(SEED), Geocoder(load_gazetteer(None)))
    for fmt in ("csv", "gpkg"):
        out = tmp_path / f"out.{fmt}"
        assert main(["extract", str(SEED), "-q", "-o", str(out)]) == 0
        assert out.read_bytes() == export_bytes(incidents, fmt), fmt
    assert main(["extract", str(SEED), "-q", "--format", "csv", "-o", str(tmp_path / "csv.txt")]) == 0
    assert (tmp_path / "csv.txt").read_bytes() == (tmp_path / "out.csv").read_bytes()
    assert pyogrio.read_info(tmp_path / "out.gpkg", layer="incidents")["features"] == len(incidents)


def test_metadata_options_reach_the_export(tmp_path: Path) -> None:
    out = tmp_path / "out.geojson"
    code = main(
        ["extract", str(SEED), "-q", "-o", str(out), "--published", "2017-06-10", "--outlet", "Press TV",
         "--url", "https://example.org/news/1"]
    )  # fmt: skip
    assert code == 0
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert features
    for feature in features:
        properties = feature["properties"]
        assert (properties["published"], properties["outlet"], properties["url"]) == (
            "2017-06-10", "Press TV", "https://example.org/news/1",
        )  # fmt: skip


def test_script_in_article_is_inert_text(tmp_path: Path) -> None:
    """Markup in an article neither breaks extraction nor reaches the export as anything but plain text.

    The extractor ends a sentence at a script element and keeps markup out of
    evidence spans (see mapapp.extract.sentences), so the script is put between
    two sentences here; the export side of "<script> in evidence is just a
    string" is tested in tests/io/test_export.py.
    """
    article = tmp_path / "article.txt"
    marker = "Syria’s state-run television network reported."
    text = SEED.read_text(encoding="utf-8").replace(marker, marker + " <script>alert(1)</script>", 1)
    assert "<script>" in text
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "out.geojson"
    assert main(["extract", str(article), "-q", "-o", str(out)]) == 0
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert_seed_collection(collection)
    document_text = text.strip()
    for feature in collection["features"]:
        for piece in feature["properties"]["evidence"].split(" … "):
            assert piece in document_text  # verbatim text, nothing rewritten or escaped


def test_folder_with_a_bad_file_skips_it_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a_seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b_empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "c_page.html").write_text("<html><body><p>Nothing violent happened in Raqqah.</p></body></html>")
    out = tmp_path / "out.geojson"
    assert main(["extract", str(folder), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "b_empty.txt: document is empty" in err and "skipped" in err
    assert "2 documents (1 skipped)" in err
    assert_seed_collection(json.loads(out.read_text(encoding="utf-8")))


def test_missing_path_among_several_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.geojson"
    assert main(["extract", str(SEED), str(tmp_path / "missing.txt"), "-o", str(out)]) == 1
    assert "missing.txt: no such file or folder" in capsys.readouterr().err
    assert out.exists()


# ----------------------------------------------------------------- errors (exit code 2, one line, no output)


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("make_args", "message"),
    [
        (lambda t: [str(t / "missing.txt")], "missing.txt: no such file or folder"),
        (lambda t: [_write(t, "empty.txt", b"  \n")], "empty.txt: document is empty"),
        (lambda t: [_write(t, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")], "binary"),
        (lambda t: [_write(t, "noise.txt", bytes([0x81, 0xD8, 0x8D, 0xE3, 0x8F, 0xF0, 0x90, 0xC7, 0x9D]) * 40)],
         "cannot decode"),
        (lambda t: [str(SEED), "--format", "kml"], "unknown export format 'kml'"),
        (lambda t: [str(SEED), "-o", str(t / "out.shp")], "cannot tell the export format"),
        (lambda t: [str(SEED), "--published", "10/06/2017"], "--published"),
        (lambda t: [str(SEED), "--published", "2017-02-30"], "--published"),
        (lambda t: [str(SEED), "--url", "javascript:alert(1)"], "--url"),
        (lambda t: [str(SEED), "--format", "gpkg"], "standard output"),
        (lambda t: [str(SEED), "-o", str(t / "no" / "dir" / "out.geojson")], "does not exist"),
        (lambda t: [str(t / "a.txt"), str(t / "b.txt")], "no document could be read"),
    ],
    ids=["missing", "empty", "binary", "encoding", "format", "suffix", "date", "impossible-date", "url",
         "gpkg-stdout", "out-folder", "all-missing"],
)  # fmt: skip
def test_errors_are_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make_args: Any, message: str
) -> None:
    assert main(["extract", *make_args(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("mapapp: error:") and message in captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""
    assert not list(tmp_path.glob("out.*"))


def test_missing_gazetteer_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.geojson"
    assert main(["extract", str(SEED), "--gazetteer", str(tmp_path / "nope.txt"), "-o", str(out)]) == 2
    assert "gazetteer" in capsys.readouterr().err
    assert not out.exists()


def test_errors_as_a_command_exit_2_without_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mapapp", "extract", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "missing.txt" in result.stderr and "Traceback" not in result.stderr


# --- governorate boundaries -------------------------------------------------------------------------------

BOUNDARY_NOTE = "by the boundaries"


def _location_notes(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [feature["properties"]["location_note"] for feature in json.loads(capsys.readouterr().out)["features"]]


def test_extract_checks_points_against_the_installed_boundaries(
    swapped_boundaries: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(SEED), "-q"]) == 0
    assert not any(BOUNDARY_NOTE in note for note in _location_notes(capsys))  # no boundaries: no check
    assert main(["boundaries", "install", str(swapped_boundaries)]) == 0
    capsys.readouterr()
    assert main(["extract", str(SEED), "-q"]) == 0  # no flag: the installed copy is found
    flagged = [note for note in _location_notes(capsys) if BOUNDARY_NOTE in note]
    assert flagged and all("not Deir ez-Zor" in note or "not Al-Hasakah" in note for note in flagged)


def test_extract_boundaries_flag_overrides_the_installed_copy(
    fixtures_dir: Path, swapped_boundaries: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["boundaries", "install", str(swapped_boundaries)]) == 0
    capsys.readouterr()
    assert main(["extract", str(SEED), "-q", "--boundaries", str(fixtures_dir / "governorates_tiny.geojson")]) == 0
    assert not any(BOUNDARY_NOTE in note for note in _location_notes(capsys))


@pytest.mark.parametrize("source", ["flag", "environment", "installed"])
def test_malformed_boundaries_are_one_line_exit_2_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], source: str
) -> None:
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    arguments = ["extract", str(SEED), "-o", str(tmp_path / "out.geojson")]
    if source == "flag":
        arguments += ["--boundaries", str(bad)]
    elif source == "environment":
        monkeypatch.setenv("MAPAPP_BOUNDARIES", str(bad))
    else:  # an installed copy damaged after installation
        installed = tmp_path / "data" / "boundaries" / "governorates.geojson"
        installed.parent.mkdir(parents=True)
        installed.write_bytes(bad.read_bytes())
    assert main(arguments) == 2
    err = capsys.readouterr().err
    assert err.startswith("mapapp: error:") and "boundaries" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "out.geojson").exists()


def test_a_scorer_file_that_cannot_be_used_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "scorer.json"
    broken.write_text('{"format": "something else"}')
    monkeypatch.setenv("MAPAPP_SCORER", str(broken))
    second = tmp_path / "second.txt"
    second.write_text("A drone struck a car near Amuda on Monday, killing two men.\n", encoding="utf-8")
    # refused once, before any document is processed (not one failure per document)
    assert main(["extract", str(SEED), str(second), "-o", str(tmp_path / "out.geojson")]) == 2
    err = capsys.readouterr().err
    assert "not an incident scorer file" in err and "MAPAPP_SCORER" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and "could not be processed" not in err
    assert not (tmp_path / "out.geojson").exists()
    # the store's ingest and the evaluation refuse it the same way, before a store is made
    assert main(["ingest", str(SEED), str(second), "--db", str(tmp_path / "store.db")]) == 2
    err = capsys.readouterr().err
    assert "not an incident scorer file" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "store.db").exists()
    assert main(["evaluate", str(ROOT / "tests" / "gold")]) == 2
    err = capsys.readouterr().err
    assert "not an incident scorer file" in err and "Traceback" not in err


def test_an_evaluation_says_which_scorer_judged_its_incidents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gold = ROOT / "tests" / "gold" / "01_sohr_amuda_derbasiyah_drones.json"
    assert main(["evaluate", str(gold)]) == 0
    assert "judged by the scorer" not in capsys.readouterr().err  # the one that ships: nothing to say
    from mapapp.extract.scoring import IncidentScorer, LinearModel

    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps(IncidentScorer(LinearModel(0.0, {}), LinearModel(0.0, {}), 0.25).to_dict()))
    monkeypatch.setenv("MAPAPP_SCORER", str(mine))
    assert main(["evaluate", str(gold)]) == 0
    err = capsys.readouterr().err
    assert "judged by the scorer $MAPAPP_SCORER names" in err and str(mine) in err and "threshold 0.25" in err
