"""User preferences in the user data folder (mapapp/settings.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapapp.settings import SETTINGS_FILE, SettingsError, read_settings, write_setting


def test_no_file_means_no_settings(tmp_path: Path) -> None:
    assert read_settings(tmp_path) == {}


def test_a_setting_is_written_and_the_others_kept(tmp_path: Path) -> None:
    write_setting("one", 1, tmp_path)
    write_setting("two", [True], tmp_path)
    assert read_settings(tmp_path) == {"one": 1, "two": [True]}
    assert not [p for p in tmp_path.iterdir() if p.name != SETTINGS_FILE]  # no temporary file left


def test_the_default_folder_is_the_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path))
    write_setting("seen", True)
    assert (tmp_path / SETTINGS_FILE).is_file() and read_settings() == {"seen": True}


@pytest.mark.parametrize("content", ["{not json", "[1, 2]"])
def test_a_broken_file_is_an_error_and_never_overwritten(tmp_path: Path, content: str) -> None:
    path = tmp_path / SETTINGS_FILE
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError, match=str(path)):
        read_settings(tmp_path)
    with pytest.raises(SettingsError):
        write_setting("seen", True, tmp_path)
    assert path.read_text(encoding="utf-8") == content
