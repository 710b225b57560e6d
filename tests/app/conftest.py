"""Every app test runs with a temporary user data folder and no inherited store or incidents file.

The gazetteer download URLs point at a closed port on 127.0.0.1, so the app's
first-run notice finds the servers unreachable without trying the internet
(a test that downloads points them at its own local server).

``store_url`` (a fresh PostGIS schema per test, skipped without a server) is the
store tests' fixture, reused for the app's PostGIS test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import closed_port
from tests.store.conftest import store_url  # noqa: F401


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the user's real data folder or store (``mapapp app`` opens the store even with --prepare-only)."""
    path = tmp_path / "user-data"
    path.mkdir()
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(path))
    for name in ("MAPAPP_DB", "MAPAPP_APP_INCIDENTS"):
        monkeypatch.delenv(name, raising=False)
    nowhere = f"http://127.0.0.1:{closed_port()}"
    monkeypatch.setenv("MAPAPP_GEONAMES_URL", f"{nowhere}/SY.zip")
    monkeypatch.setenv("MAPAPP_OVERPASS_URL", f"{nowhere}/api/interpreter")
    monkeypatch.delenv("MAPAPP_OCHA_PLACES_URL", raising=False)
    return path

