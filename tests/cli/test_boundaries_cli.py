"""``mapapp boundaries install`` / ``info``: installing the OCHA adm1 file, reporting it, and clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mapapp.cli import main
from mapapp.model import GOVERNORATES

OCHA_TO_CANONICAL = {"Al-Hasakeh": "Al-Hasakah", "Ar-Raqqa": "Ar-Raqqah", "Deir-ez-Zor": "Deir ez-Zor"}


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty user data folder under tmp_path and no $MAPAPP_BOUNDARIES."""
    folder = tmp_path / "data"
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(folder))
    monkeypatch.delenv("MAPAPP_BOUNDARIES", raising=False)
    return folder


@pytest.fixture
def tiny(fixtures_dir: Path) -> Path:
    return fixtures_dir / "governorates_tiny.geojson"


def fixture_bounding_boxes(path: Path) -> dict[str, tuple[float, float, float, float]]:
    """The covered governorates' boxes, worked out from the fixture's raw coordinates (not through shapely)."""
    boxes: dict[str, tuple[float, float, float, float]] = {}
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        name = OCHA_TO_CANONICAL.get(feature["properties"]["ADM1_EN"])
        if name is None:
            continue
        ring = feature["geometry"]["coordinates"][0]
        lons, lats = [point[0] for point in ring], [point[1] for point in ring]
        boxes[name] = (min(lons), min(lats), max(lons), max(lats))
    return boxes


def test_info_without_boundaries_says_so_and_how_to_install(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["boundaries", "info"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("boundaries: none") and "mapapp boundaries install" in out


def test_install_then_info_reports_the_installed_copy_and_its_boxes(
    tiny: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["boundaries", "install", str(tiny)]) == 0
    installed = data_dir / "boundaries" / "governorates.geojson"
    assert installed.read_bytes() == tiny.read_bytes()
    assert str(installed) in capsys.readouterr().out
    assert main(["boundaries", "info"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"boundaries: {installed}" in lines and "from: installed copy" in lines
    boxes = fixture_bounding_boxes(tiny)
    assert set(boxes) == set(GOVERNORATES)
    for name, box in boxes.items():
        assert f"  {name}: " + ", ".join(f"{value:.4f}" for value in box) in lines
    assert any(line.startswith("other governorates in the file:") and "Latakia" in line for line in lines)


def test_info_reports_the_environment_variable_over_the_installed_copy(
    tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["boundaries", "install", str(tiny)]) == 0
    elsewhere = tmp_path / "elsewhere.geojson"
    elsewhere.write_bytes(tiny.read_bytes())
    monkeypatch.setenv("MAPAPP_BOUNDARIES", str(elsewhere))
    capsys.readouterr()
    assert main(["boundaries", "info"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"boundaries: {elsewhere}" in lines and "from: $MAPAPP_BOUNDARIES" in lines


@pytest.mark.parametrize("content", ['{"type": "FeatureCollection", "features": [', "not json at all"])
def test_installing_a_malformed_file_is_one_line_exit_2_and_installs_nothing(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    bad = tmp_path / "bad.geojson"
    bad.write_text(content, encoding="utf-8")
    assert main(["boundaries", "install", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mapapp: error:") and str(bad) in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (data_dir / "boundaries" / "governorates.geojson").exists()


def test_info_on_a_broken_installed_copy_is_one_line_exit_2(
    tiny: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["boundaries", "install", str(tiny)]) == 0
    (data_dir / "boundaries" / "governorates.geojson").write_text("{broken", encoding="utf-8")
    capsys.readouterr()
    assert main(["boundaries", "info"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "installed copy" in err and "mapapp boundaries install" in err


def test_install_as_a_command_exits_2_without_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mapapp", "boundaries", "install", str(tmp_path / "absent.geojson")],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "MAPAPP_DATA_DIR": str(tmp_path / "data")},
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"mapapp: error: governorate boundary file not found: {tmp_path / 'absent.geojson'}"]
