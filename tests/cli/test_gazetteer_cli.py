"""``mapapp gazetteer`` download/search/resolve/info; downloads come from a local http.server thread only."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from mapapp.cli import main
from tests.conftest import serve_folder


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "userdata"
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(folder))
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    monkeypatch.delenv("MAPAPP_GEONAMES_URL", raising=False)
    return folder


@pytest.fixture
def served(tmp_path: Path, fixtures_dir: Path) -> Iterator[str]:
    """A loopback HTTP server serving SY.zip (built from the fixture), a plain dump and a non-zip 'zip'."""
    root = tmp_path / "served"
    root.mkdir()
    with zipfile.ZipFile(root / "SY.zip", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.write(fixtures_dir / "gazetteer_SY_tiny.txt", "SY.txt")
    (root / "SY.txt").write_bytes((fixtures_dir / "gazetteer_SY_tiny.txt").read_bytes())
    (root / "fake.zip").write_text("<html>maintenance</html>", encoding="utf-8")
    (root / "page.txt").write_text("<html>hello</html>\n", encoding="utf-8")
    with serve_folder(root) as base:
        yield base


def test_download_saves_validates_and_is_then_used(
    served: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["gazetteer", "download", "--url", f"{served}/SY.zip", "--quiet"]) == 0
    saved = data_dir / "SY.zip"
    assert zipfile.is_zipfile(saved)
    out = capsys.readouterr().out
    assert f"saved {saved}" in out and "places" in out
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".")]  # no temporary file left
    assert main(["gazetteer", "info"]) == 0
    assert "SY.zip" in capsys.readouterr().out


def test_download_with_progress_bar(served: str, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gazetteer", "download", "--url", f"{served}/SY.zip"]) == 0
    assert (data_dir / "SY.zip").is_file()
    assert "downloading" in capsys.readouterr().err


def test_download_url_from_environment_and_dest(
    served: str, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAPAPP_GEONAMES_URL", f"{served}/SY.txt")
    dest = tmp_path / "elsewhere"
    assert main(["gazetteer", "download", "--dest", str(dest), "--quiet"]) == 0
    assert (dest / "SY.txt").is_file()


@pytest.mark.parametrize(
    ("path", "message"),
    [("missing.zip", "HTTP 404"), ("fake.zip", "not return a zip"), ("page.txt", "not a GeoNames dump")],
)
def test_download_errors_are_clear_and_keep_the_old_dump(
    served: str, data_dir: Path, capsys: pytest.CaptureFixture[str], path: str, message: str
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    previous = data_dir / "SY.zip"
    previous.write_bytes(b"previous contents")
    assert main(["gazetteer", "download", "--url", f"{served}/{path}", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert previous.read_bytes() == b"previous contents"
    assert sorted(p.name for p in data_dir.iterdir()) == ["SY.zip"]


def test_download_refuses_non_http_url(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gazetteer", "download", "--url", "file:///etc/passwd", "--quiet"]) == 2
    assert "http" in capsys.readouterr().err


def test_search_prints_ranked_matches(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gazetteer", "search", "Dayr al-Zawr", "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:6] == ["score", "name", "admin1", "kind", "lat", "lon"]
    assert len(lines) == 3
    assert "Deir ez-Zor" in lines[1] and "populated_place" in lines[1]


def test_search_with_admin1_and_gazetteer_file(
    data_dir: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = str(fixtures_dir / "gazetteer_SY_tiny.txt")
    assert main(["gazetteer", "search", "Raqqa", "--admin1", "Hasakah", "--gazetteer", dump]) == 1
    assert "no match" in capsys.readouterr().err
    assert main(["gazetteer", "search", "Tabqa", "--admin1", "Raqqa", "--gazetteer", dump]) == 0
    assert "Al-Tabqa" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["gazetteer", "search", "Raqqa", "--admin1", "Narnia"], "unknown governorate"),
        (["gazetteer", "search", "Raqqa", "--limit", "0"], "--limit"),
        (["gazetteer", "info", "--gazetteer", "/nonexistent/SY.zip"], "not found"),
    ],
)
def test_user_errors(data_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_info_lists_source_licence_and_covered_governorates(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["gazetteer", "info"]) == 0
    out = capsys.readouterr().out
    assert "CC BY 4.0" in out and "CC BY-IGO" in out
    for name in ("Al-Hasakah", "Ar-Raqqah", "Deir ez-Zor", "Latakia"):
        assert name in out


def test_resolve_prints_decision(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gazetteer", "resolve", "Khuweibra", "--hint", "Hasakah"]) == 0
    out = capsys.readouterr().out
    assert "precision: admin1" in out and "not in gazetteer" in out


def test_search_without_match_says_what_is_loaded_and_how_to_get_villages(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["gazetteer", "search", "Xyzzyqwv"]) == 1
    err = capsys.readouterr().err
    assert "no match" in err and "gazetteer loaded: embedded" in err
    assert "mapapp gazetteer download --source all" in err and "--source ocha --file" in err


def test_download_osm_and_ocha_file_then_info_counts_per_source(
    data_dir: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    served: str,
) -> None:
    ocha = fixtures_dir / "gazetteer" / "ocha_populated_places.csv"
    assert main(["gazetteer", "download", "--source", "ocha", "--file", str(ocha), "--quiet"]) == 0
    assert (data_dir / "ocha-places.csv").is_file()
    assert main(["gazetteer", "download", "--source", "osm", "--url", f"{served}/page.txt", "--quiet"]) == 2
    assert "not in its format" in capsys.readouterr().err
    assert main(["gazetteer", "info"]) == 0
    out = capsys.readouterr().out
    assert "merged:" in out and "ocha-places.csv" in out
    hasakah = next(line for line in out.splitlines() if "Al-Hasakah" in line)
    assert "ocha" in out.split("per governorate", 1)[1].splitlines()[1]
    assert main(["gazetteer", "search", "Tal Testqariya"]) == 0
    assert "Tal Testqariya" in capsys.readouterr().out and hasakah
