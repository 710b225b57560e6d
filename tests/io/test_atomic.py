"""Tests for mapapp.io.atomic: a failed write leaves the old file as it was and no temporary file behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mapapp.io.atomic import atomic_write, atomic_write_bytes


def test_writes_new_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    with atomic_write(target) as handle:
        handle.write(b"\x00payload\xff")
    assert target.read_bytes() == b"\x00payload\xff"
    assert os.listdir(tmp_path) == ["out.bin"]


def test_text_mode_writes_utf8_without_newline_translation(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with atomic_write(target, "w") as handle:
        handle.write("Dayr al-Zawr – ديرالزور\r\nnext\n")
    assert target.read_bytes() == "Dayr al-Zawr – ديرالزور\r\nnext\n".encode()


def test_replaces_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "out.geojson"
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new contents")
    assert target.read_bytes() == b"new contents"


def test_exception_mid_write_keeps_old_file_and_removes_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.geojson"
    target.write_bytes(b"old contents")
    with pytest.raises(RuntimeError, match="disk on fire"):
        with atomic_write(target) as handle:
            handle.write(b"half of the new ")
            beside = sorted(os.listdir(tmp_path))  # the temporary file is in the target's folder
            assert len(beside) == 2 and beside[0].startswith(".out.geojson.")
            raise RuntimeError("disk on fire")
    assert target.read_bytes() == b"old contents"
    assert os.listdir(tmp_path) == ["out.geojson"]


def test_exception_on_new_file_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "new.csv"
    with pytest.raises(KeyboardInterrupt), atomic_write(target) as handle:
        handle.write(b"partial")
        raise KeyboardInterrupt
    assert os.listdir(tmp_path) == []


def test_failing_replace_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.gpkg"
    target.write_bytes(b"old")

    def failing_replace(source: str, destination: str) -> None:
        raise OSError("rename failed")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="rename failed"):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.gpkg"]


def test_keeps_permissions_of_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "shared.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write_bytes(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_file_is_not_private_tempfile_mode(tmp_path: Path) -> None:
    target = tmp_path / "new.geojson"
    atomic_write_bytes(target, b"{}")
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_missing_folder_and_bad_mode(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        atomic_write_bytes(tmp_path / "no" / "such.csv", b"x")
    with pytest.raises(ValueError, match="mode"):
        with atomic_write(tmp_path / "x", "ab"):
            pass
