"""Fetching from hostile servers (a local HTTP server on 127.0.0.1): compressed bodies and compression bombs,
redirects out of the web, a body that trickles in, feeds with impossible dates or control characters."""

from __future__ import annotations

import gzip
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from mapapp.io.reading import MAX_DOCUMENT_BYTES
from mapapp.io.web import FetchError, PoliteFetcher, document_from_page, feed_entries
from tests.conftest import serve_http

BODY = "A drone struck a car near Amuda on Tuesday, killing two fighters, local sources said."
PAGE = f"<!DOCTYPE html><html><head><title>Strike</title></head><body><article><p>{BODY}</p></article></body></html>".encode()


def _rss(link: str, published: str) -> bytes:
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Strike</title>'
        f"<link>{link}</link><pubDate>{published}</pubDate></item></channel></rss>"
    ).encode()


ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/gzip": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, gzip.compress(PAGE)),
    "/deflate": (200, {"Content-Type": "text/html", "Content-Encoding": "deflate"}, zlib.compress(PAGE)),
    "/bomb": (
        200,
        {"Content-Type": "text/html", "Content-Encoding": "gzip"},
        gzip.compress(b"<html><body><p>" + b"a" * (MAX_DOCUMENT_BYTES * 4)),
    ),
    "/brotli": (200, {"Content-Type": "text/html", "Content-Encoding": "br"}, b"\x1b\x00\x00"),
    "/to-ftp": (302, {"Location": "ftp://127.0.0.1/article.txt"}, b""),
    "/untyped": (200, {}, PAGE),
    "/zero-date.rss": (200, {"Content-Type": "application/rss+xml"}, _rss("http://a.example/1", "0000-00-00T00:00:00Z")),
    "/control.rss": (200, {"Content-Type": "application/rss+xml"}, _rss("http://a.example/\x1b[2J", "Wed, 07 Jun 2023 08:00:00 GMT")),
}


@pytest.fixture()
def base(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/trickle":  # a byte now and then, never finishing within the deadline
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                try:
                    for _ in range(40):
                        self.wfile.write(b"<p>a</p>")
                        self.wfile.flush()
                        time.sleep(0.1)
                except OSError:
                    pass
                return
            status, headers, data = ROUTES.get(self.path, (404, {"Content-Type": "text/plain"}, b"not found"))
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    with serve_http(Handler) as url:
        yield url


@pytest.mark.parametrize("path", ["/gzip", "/deflate"])
def test_a_compressed_body_sent_unasked_is_decompressed(base: str, path: str) -> None:
    document = document_from_page(PoliteFetcher(min_interval=0).fetch(base + path))
    assert BODY in document.text


def test_a_compression_bomb_is_too_large_not_a_full_memory(base: str) -> None:
    with pytest.raises(FetchError, match=r"/bomb: too large once decompressed"):
        PoliteFetcher(min_interval=0).fetch(base + "/bomb")


def test_an_unknown_content_encoding_is_a_clear_error(base: str) -> None:
    with pytest.raises(FetchError, match=r"/brotli: the server sent the page encoded as 'br'"):
        PoliteFetcher(min_interval=0).fetch(base + "/brotli")


def test_a_redirect_out_of_the_web_is_refused(base: str) -> None:
    with pytest.raises(FetchError, match=r"/to-ftp: redirected to 'ftp://127\.0\.0\.1/article\.txt', which is not an http"):
        PoliteFetcher(min_interval=0).fetch(base + "/to-ftp")


def test_a_body_that_trickles_in_stops_at_the_total_deadline(base: str) -> None:
    fetcher = PoliteFetcher(min_interval=0, timeout=5, total_timeout=0.5)
    with pytest.raises(FetchError, match=r"/trickle: the page did not arrive within 0\.5 s \(\d+ bytes so far\)"):
        fetcher.fetch(base + "/trickle")


def test_a_page_without_a_content_type_is_read_by_its_bytes(base: str) -> None:
    page = PoliteFetcher(min_interval=0).fetch(base + "/untyped")
    assert page.content_type == "text/html"
    assert document_from_page(page).text == BODY


def test_a_feed_entry_with_an_impossible_date_is_kept_without_one(base: str) -> None:
    [entry] = feed_entries(PoliteFetcher(min_interval=0).fetch(base + "/zero-date.rss"))
    assert entry.url == "http://a.example/1" and entry.published is None


def test_a_feed_link_with_control_characters_is_left_out(base: str) -> None:
    assert feed_entries(PoliteFetcher(min_interval=0).fetch(base + "/control.rss")) == []
