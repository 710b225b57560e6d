"""Where mapapp keeps its files on the user's machine.

``MAPAPP_DATA_DIR`` overrides the platform's user data directory (tests and
CI point it at a temporary folder).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def user_data_dir() -> Path:
    """The folder for downloaded gazetteers and the default incident store (created on demand)."""
    override = os.environ.get("MAPAPP_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir("mapapp", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
