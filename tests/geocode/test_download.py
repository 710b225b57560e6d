"""Downloading gazetteer sources (mapapp/geocode/download.py) from a loopback HTTP server, with resume."""

from __future__ import annotations

import http.server
from collections.abc import Iterator
from pathlib import Path

import pytest

from mapapp.geocode.download import (
    DownloadError,
    download_source,
    fetch_resumable,
    import_source_file,
    source_url,
)
from mapapp.geocode.sources import OCHA_FILE_NAME, OSM_FILE_NAME
from tests.conftest import serve_http

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gazetteer"


class _RangeHandler(http.server.BaseHTTPRequestHandler):
    """Serves files from ``files`` (path → bytes), honouring ``Range: bytes=N-``; records each Range asked."""

    files: dict[str, bytes] = {}
    ranges: list[str | None] = []
    honour_range = True

    def do_GET(self) -> None:
        body = self.files.get(self.path.split("?", 1)[0])
        if body is None:
            self.send_error(404)
            return
        asked = self.headers.get("Range")
        self.ranges.append(asked)
        start = int(asked.split("=", 1)[1].rstrip("-")) if asked and self.honour_range else 0
        if start >= len(body) and asked and self.honour_range:
            self.send_error(416)
            return
        self.send_response(206 if start else 200)
        self.send_header("Content-Length", str(len(body) - start))
        self.end_headers()
        self.wfile.write(body[start:])

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, type[_RangeHandler]]]:
    handler = type("Handler", (_RangeHandler,), {
        "files": {
            "/api/interpreter": (FIXTURES / "overpass_places.json").read_bytes(),
            "/ocha.csv": (FIXTURES / "ocha_populated_places.csv").read_bytes(),
            "/broken.json": b"<html>rate limited</html>",
        },
        "ranges": [],
        "honour_range": True,
    })
    with serve_http(handler) as base:
        yield base, handler


def test_osm_download_through_the_overpass_url_saves_the_answer(
    server: tuple[str, type[_RangeHandler]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, _ = server
    monkeypatch.setenv("MAPAPP_OVERPASS_URL", f"{base}/api/interpreter")
    url = source_url("osm")
    assert url.startswith(f"{base}/api/interpreter?data=") and "out+center" in url
    seen: list[tuple[int | None, int]] = []
    path, count = download_source("osm", tmp_path, progress=lambda total, have: (seen.append((total, have)) or (lambda n: None)))
    assert path == tmp_path / OSM_FILE_NAME and count == 4
    assert seen and seen[0][1] == 0 and not list(tmp_path.glob(".*.part"))


def test_a_partial_download_is_resumed_with_a_range_request(
    server: tuple[str, type[_RangeHandler]], tmp_path: Path
) -> None:
    base, handler = server
    body = (FIXTURES / "ocha_populated_places.csv").read_bytes()
    part = tmp_path / ".ocha.part"
    part.write_bytes(body[:100])  # what an interrupted run left
    path, count = download_source("ocha", tmp_path, url=f"{base}/ocha.csv")
    assert handler.ranges == ["bytes=100-"]
    assert path.read_bytes() == body and count == 3 and path.name == OCHA_FILE_NAME


def test_a_server_ignoring_range_sends_everything_again(server: tuple[str, type[_RangeHandler]], tmp_path: Path) -> None:
    base, handler = server
    handler.honour_range = False
    body = (FIXTURES / "ocha_populated_places.csv").read_bytes()
    part = tmp_path / "x.part"
    part.write_bytes(b"stale partial bytes")
    fetch_resumable(f"{base}/ocha.csv", part)
    assert part.read_bytes() == body


def test_a_malformed_answer_is_refused_and_keeps_the_good_file(
    server: tuple[str, type[_RangeHandler]], tmp_path: Path
) -> None:
    base, _ = server
    good = tmp_path / OSM_FILE_NAME
    good.write_bytes(b'{"elements": []}')
    with pytest.raises(DownloadError, match="not in its format"):
        download_source("osm", tmp_path, url=f"{base}/broken.json")
    assert good.read_bytes() == b'{"elements": []}' and not list(tmp_path.glob(".*.part"))
    with pytest.raises(DownloadError, match="HTTP 404"):
        download_source("osm", tmp_path, url=f"{base}/missing.json")


def test_ocha_without_url_says_where_to_get_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAPAPP_OCHA_PLACES_URL", raising=False)
    with pytest.raises(DownloadError, match="--file"):
        download_source("ocha", tmp_path)


def test_importing_a_file_the_user_downloaded(tmp_path: Path) -> None:
    path, count = import_source_file("ocha", FIXTURES / "ocha_populated_places.csv", tmp_path / "data")
    assert count == 3 and path.read_bytes() == (FIXTURES / "ocha_populated_places.csv").read_bytes()
    with pytest.raises(DownloadError, match="not in its format"):
        import_source_file("ocha", FIXTURES / "overpass_places.json", tmp_path / "data")
