"""Small user preferences kept in the user data folder (``settings.json``), e.g. a notice the user dismissed.

The file is a JSON object; it is written atomically. A file that is not a JSON
object is never overwritten: reading or writing it raises :class:`SettingsError`
with its path, so the user can look at it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SETTINGS_FILE = "settings.json"


class SettingsError(ValueError):
    """The settings file cannot be read or written."""


def settings_path(folder: Path | None = None) -> Path:
    """Where the settings live: ``settings.json`` in ``folder`` (default: the user data folder)."""
    from mapapp import paths

    return (folder if folder is not None else paths.user_data_dir()) / SETTINGS_FILE


def read_settings(folder: Path | None = None) -> dict[str, Any]:
    """The stored settings; an empty dict when there is no file yet."""
    path = settings_path(folder)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"cannot read the settings file {path}: {exc}") from None
    try:
        settings = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SettingsError(f"the settings file {path} is not JSON ({exc}); fix or remove it") from None
    if not isinstance(settings, dict):
        raise SettingsError(f"the settings file {path} holds a JSON {type(settings).__name__}, not an object")
    return settings


def write_setting(name: str, value: Any, folder: Path | None = None) -> None:
    """Set one setting (a JSON value), keeping the others."""
    from mapapp.io.atomic import atomic_write_bytes

    settings = read_settings(folder)
    settings[name] = value
    path = settings_path(folder)
    try:
        atomic_write_bytes(path, (json.dumps(settings, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    except OSError as exc:
        raise SettingsError(f"cannot write the settings file {path}: {exc.strerror or exc}") from None
