"""Fetching pages and feeds from a local HTTP server (127.0.0.1) serving pages and feeds written for the test."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from mapapp.cli import main
from mapapp.io.web import FetchError, PoliteFetcher, document_from_page, feed_entries
from tests.conftest import serve_http

BODY = (
    "A Turkish drone struck a car near Amuda on Tuesday, killing two fighters, local sources said. "
    "The council said rescuers worked through the night to reach the vehicle on the main road."
)
SECOND = "Gunmen attacked a checkpoint in Shaddadi on Sunday, killing three guards, a monitor reported."


def _page(title: str, body: str, published: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title><link rel='canonical' href='https://elsewhere.example/x'>"
        f"<meta property='article:published_time' content='{published}T09:00:00Z'>"
        "<meta property='og:site_name' content='Test Outlet'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/syria'>Syria</a></nav>"
        f"<article><h1>{title}</h1><p>{body}</p><p>The council gave no further details on the damage.</p></article>"
        "<aside><h3>Most read</h3><ul><li><a href='/x'>Car bomb kills five in Raqqa</a></li></ul></aside>"
        "</body></html>"
    ).encode()


def _rss(base: str) -> bytes:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title><link>{base}/</link>
<item><title>Drone strike near Amuda</title><link>{base}/a.html</link><pubDate>Wed, 07 Jun 2023 08:00:00 GMT</pubDate></item>
<item><title>Checkpoint attack</title><link>{base}/b.html</link><pubDate>Mon, 05 Jun 2023 08:00:00 GMT</pubDate></item>
<item><title>No link here</title></item>
</channel></rss>""".encode()


def _atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test atom</title>
<id>urn:test</id><updated>2023-06-07T08:00:00Z</updated>
<entry><title>Checkpoint attack</title><id>urn:b</id><link href="{base}/b.html"/><updated>2023-06-05T08:00:00Z</updated></entry>
<entry><title>Plain note</title><id>urn:c</id><link href="{base}/c.txt"/><updated>2023-06-06T08:00:00Z</updated></entry>
</feed>""".encode()


class _Site:
    def __init__(self) -> None:
        self.requests: list[str] = []
        self.base = ""

    def respond(self, path: str) -> tuple[int, str, bytes]:
        self.requests.append(path)
        if path == "/a.html":
            return 200, "text/html; charset=utf-8", _page("Drone strike near Amuda", BODY, "2023-06-07")
        if path == "/b.html":
            return 200, "text/html; charset=utf-8", _page("Checkpoint attack", SECOND, "2023-06-05")
        if path == "/c.txt":
            return 200, "text/plain; charset=utf-8", (b"Shelling hit Tal Tamr on Monday, wounding two men.\n\nShare")
        if path == "/feed.rss":
            return 200, "application/rss+xml", _rss(self.base)
        if path == "/feed.atom":
            return 200, "application/atom+xml", _atom(self.base)
        if path.startswith("/long.rss"):  # a feed of 250 entries, /n/0.html .. /n/249.html
            items = "".join(f"<item><title>Note {n}</title><link>{self.base}/n/{n}.html</link></item>" for n in range(250))
            return 200, "application/rss+xml", f'<?xml version="1.0"?><rss version="2.0"><channel><title>Long</title>{items}</channel></rss>'.encode()
        if path.startswith("/n/"):
            number = path.removeprefix("/n/").removesuffix(".html")
            return 200, "text/plain; charset=utf-8", f"Note {number}: a drone strike hit a car near Amuda on Tuesday.".encode()
        if path == "/latin.txt":  # no <meta>, the charset only in the HTTP header
            return 200, "text/plain; charset=iso-8859-1", "Frappe aérienne près de Raqqa, selon l'hôpital.".encode("latin-1")
        if path == "/image.png":
            return 200, "image/png", b"\x89PNG\r\n\x1a\n"
        return 404, "text/plain", b"not found"


@pytest.fixture()
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Site]:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    state = _Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, content_type, data = state.respond(self.path)
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    with serve_http(Handler) as base:
        state.base = base
        yield state


def test_fetch_a_page_into_a_document(site: _Site) -> None:
    page = PoliteFetcher(min_interval=0).fetch(site.base + "/a.html")
    document = document_from_page(page)
    assert BODY in document.text and "Car bomb kills five" not in document.text and "Home" not in document.text
    assert document.url == site.base + "/a.html"
    assert document.published is not None and document.published.isoformat() == "2023-06-07"
    assert document.outlet == "Test Outlet" and document.title == "Drone strike near Amuda"


def test_plain_text_page_and_unsupported_type(site: _Site) -> None:
    fetcher = PoliteFetcher(min_interval=0)
    document = document_from_page(fetcher.fetch(site.base + "/c.txt"))
    assert document.text == "Shelling hit Tal Tamr on Monday, wounding two men."  # the share line is dropped
    with pytest.raises(FetchError, match="content type image/png"):
        document_from_page(fetcher.fetch(site.base + "/image.png"))


def test_charset_from_the_http_header(site: _Site) -> None:
    page = PoliteFetcher(min_interval=0).fetch(site.base + "/latin.txt")
    assert page.charset == "iso-8859-1"
    assert document_from_page(page).text == "Frappe aérienne près de Raqqa, selon l'hôpital."


def test_http_error_and_offline_are_clear_errors(site: _Site) -> None:
    fetcher = PoliteFetcher(min_interval=0, timeout=5)
    with pytest.raises(FetchError, match=r"missing\.html: the server answered HTTP 404"):
        fetcher.fetch(site.base + "/missing.html")
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="cannot connect"):
        fetcher.fetch(f"http://127.0.0.1:{port}/a.html")
    with pytest.raises(FetchError, match="not an http"):
        fetcher.fetch("file:///etc/passwd")


def test_rss_and_atom_entries(site: _Site) -> None:
    fetcher = PoliteFetcher(min_interval=0)
    rss = feed_entries(fetcher.fetch(site.base + "/feed.rss"))
    assert [(e.url, e.title, e.published.isoformat() if e.published else None) for e in rss] == [
        (site.base + "/a.html", "Drone strike near Amuda", "2023-06-07"),
        (site.base + "/b.html", "Checkpoint attack", "2023-06-05"),
    ]
    atom = feed_entries(fetcher.fetch(site.base + "/feed.atom"))
    assert [e.url for e in atom] == [site.base + "/b.html", site.base + "/c.txt"]
    with pytest.raises(FetchError, match="not an RSS or Atom feed"):
        feed_entries(fetcher.fetch(site.base + "/a.html"))


def test_polite_interval_per_host() -> None:
    now = [100.0]
    slept: list[float] = []
    fetcher = PoliteFetcher(min_interval=1.5, clock=lambda: now[0], sleep=lambda s: (slept.append(s), now.__setitem__(0, now[0] + s)))
    fetcher._last_request["example.org"] = 100.0
    now[0] = 100.5
    fetcher._wait_for("example.org")
    fetcher._wait_for("other.example")
    assert slept == [pytest.approx(1.0)]


def test_polite_interval_between_real_requests(site: _Site) -> None:
    slept: list[float] = []
    fetcher = PoliteFetcher(min_interval=30, sleep=slept.append)
    fetcher.fetch(site.base + "/a.html")
    fetcher.fetch(site.base + "/b.html")
    assert len(slept) == 1 and 29 < slept[0] <= 30


@pytest.fixture()
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    monkeypatch.delenv("MAPAPP_BOUNDARIES", raising=False)
    return tmp_path / "store.sqlite"


def test_cli_ingest_urls_and_feeds_once(site: _Site, isolated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(isolated)
    args = ["ingest", site.base + "/a.html", "--feed", site.base + "/feed.rss", "--feed", site.base + "/feed.atom",
            "--min-interval", "0", "--db", db]
    code = main(args)
    captured = capsys.readouterr()
    assert code == 0, captured.err
    out = captured.out
    assert "documents: 3 new, 0 already stored" in out
    fetched = [p for p in site.requests if not p.startswith("/feed")]
    assert sorted(fetched) == ["/a.html", "/b.html", "/c.txt"]  # each address once, though named three times

    site.requests.clear()
    assert main(args) == 0
    assert "documents: 0 new, 3 already stored" in capsys.readouterr().out
    assert [p for p in site.requests if not p.startswith("/feed")] == []  # stored addresses are not fetched again


def test_cli_ingest_offline_is_a_clear_error(site: _Site, isolated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code = main(["ingest", f"http://127.0.0.1:{port}/a.html", "--feed", f"http://127.0.0.1:{port}/feed.rss",
                 "--db", str(isolated), "--min-interval", "0"])
    err = capsys.readouterr().err
    assert code == 2 and "cannot connect" in err and "Traceback" not in err
    assert not isolated.exists()  # nothing fetched: no empty store left behind


def test_cli_ingest_one_bad_url_among_good_ones(site: _Site, isolated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ingest", site.base + "/missing.html", site.base + "/b.html", "--db", str(isolated), "--min-interval", "0"])
    captured = capsys.readouterr()
    assert code == 1 and "HTTP 404" in captured.err and "1 new" in captured.out


def test_feed_date_outranks_a_date_line_in_the_page_text() -> None:
    from datetime import date

    from mapapp.io.web import FetchedPage

    text = "Shelling hits a village\n\n9 May 2021\n\nTwo people were hurt when a shell hit a house near the town."
    page = FetchedPage("https://news.example/a", "https://news.example/a", "text/plain", text.encode("utf-8"))
    from_text = document_from_page(page)
    assert (from_text.published, from_text.published_source) == (date(2021, 5, 9), "page text")
    from_feed = document_from_page(page, fallback_published=date(2021, 5, 8))
    assert (from_feed.published, from_feed.published_source) == (date(2021, 5, 8), "given")


def test_cli_ingest_takes_at_most_max_entries_of_a_feed_and_says_how_many_it_skipped(
    site: _Site, isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A feed of 250 entries: the first 200 by default, the first N with --max-entries N, and the run says how
    many were skipped (not a failure: the exit code stays 0)."""
    feed = site.base + "/long.rss"
    code = main(["ingest", "--feed", feed, "--max-entries", "3", "--min-interval", "0", "--db", str(isolated)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert [p for p in site.requests if p.startswith("/n/")] == ["/n/0.html", "/n/1.html", "/n/2.html"]
    assert "250 entries with a link, the first 3 taken; 247 skipped (--max-entries 3)" in captured.err
    assert "documents: 3 new" in captured.out

    site.requests.clear()
    code = main(["ingest", "--feed", feed + "?again", "--min-interval", "0", "--db", str(isolated)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    fetched = [p for p in site.requests if p.startswith("/n/")]
    assert fetched == [f"/n/{n}.html" for n in range(3, 200)]  # the first three are stored: not fetched again
    assert "the first 200 taken; 50 skipped (--max-entries 200)" in captured.err
    assert "documents: 197 new, 3 already stored" in captured.out


def test_cli_ingest_refuses_a_max_entries_below_one(isolated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ingest", "--feed", "http://127.0.0.1:9/feed.rss", "--max-entries", "0", "--db", str(isolated)])
    assert code == 2 and "--max-entries must be at least 1" in capsys.readouterr().err
    assert not isolated.exists()
