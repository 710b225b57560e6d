"""Fixtures shared by the whole suite.

The suite needs nothing outside this repository: the seed article is in
``seeds/``, small gazetteer and boundary fixtures we wrote are in
``tests/fixtures/``. Tests that need a browser or a PostGIS server skip when
those are missing, unless ``MAPAPP_REQUIRE_BROWSER`` / ``MAPAPP_REQUIRE_POSTGIS``
is set (as ``.ci/run`` does), in which case a missing one is a failure.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import socket
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from mapapp.model import Document

# The suite's figures and end-to-end tests are those of the scorer that ships: a scorer the developer's shell names
# (MAPAPP_SCORER, mapapp.extract.scoring) is set aside for the whole run, module fixtures included; the tests of the
# variable set it themselves.
os.environ.pop("MAPAPP_SCORER", None)

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "seeds" / "000_b5de4e4ce07119c8.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@contextmanager
def serve_http(handler: type[http.server.BaseHTTPRequestHandler] | functools.partial) -> Iterator[str]:  # type: ignore[type-arg]
    """Serve ``handler`` on 127.0.0.1 (a free port) in a thread for the block; yields the base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


class QuietFileHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files from its ``directory`` without logging each request to stderr."""

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve the files of ``folder`` on 127.0.0.1 for the block; yields the base URL."""
    with serve_http(functools.partial(QuietFileHandler, directory=str(folder))) as base:
        yield base


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released): a URL on it fails at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def fixture_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """GeoNames (a zipped tiny dump) and Overpass (the JSON fixture) served from 127.0.0.1; URLs set in the env
    (``MAPAPP_GEONAMES_URL``, ``MAPAPP_OVERPASS_URL``), for the village-source download tests."""
    served = tmp_path / "served"
    (served / "api").mkdir(parents=True)
    with zipfile.ZipFile(served / "SY.zip", "w") as archive:
        archive.write(FIXTURES / "gazetteer_SY_tiny.txt", "SY.txt")
    (served / "api" / "interpreter").write_bytes((FIXTURES / "gazetteer" / "overpass_places.json").read_bytes())
    with serve_folder(served) as base:
        monkeypatch.setenv("MAPAPP_GEONAMES_URL", f"{base}/SY.zip")
        monkeypatch.setenv("MAPAPP_OVERPASS_URL", f"{base}/api/interpreter")
        yield base


def skip_or_fail(reason: str, required_env: str) -> None:
    """Skip a test for a missing facility, or fail it when the environment demands the facility."""
    if os.environ.get(required_env):
        pytest.fail(f"{reason} (and {required_env} is set)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_document(seed_text: str) -> Document:
    return Document(text=seed_text, name=SEED_PATH.name)


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture()
def swapped_boundaries(tmp_path: Path) -> Path:
    """The tiny boundary fixture with Al-Hasakah's and Deir ez-Zor's polygons swapped: valid, but every check fails."""
    collection = json.loads((FIXTURES / "governorates_tiny.geojson").read_text(encoding="utf-8"))
    swap = {"Al-Hasakeh": ("Deir-ez-Zor", "SY09"), "Deir-ez-Zor": ("Al-Hasakeh", "SY08")}
    for feature in collection["features"]:
        properties = feature["properties"]
        if properties["ADM1_EN"] in swap:
            properties["ADM1_EN"], properties["ADM1_PCODE"] = swap[properties["ADM1_EN"]]
    path = tmp_path / "swapped.geojson"
    path.write_text(json.dumps(collection), encoding="utf-8")
    return path
