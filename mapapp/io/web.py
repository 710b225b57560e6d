"""Fetching articles over HTTP: pages and RSS/Atom feeds, politely, with clear errors when offline.

:class:`PoliteFetcher` fetches with the standard library's ``urllib`` (no extra
dependency; redirects, TLS and proxies handled as the platform does): a
timeout on every request, at most :data:`~mapapp.io.reading.MAX_DOCUMENT_BYTES`
read, and at least ``min_interval`` seconds between two requests to the same
host (default :data:`DEFAULT_MIN_INTERVAL`), so that ingesting a feed never
hammers one site. Every failure (no network, DNS, refused connection, timeout,
HTTP error status, too large) is a :class:`FetchError` whose message names the
URL and the reason, never a traceback.

Hostile servers: a redirect is followed only to another http(s) address (never
``ftp:`` or ``file:``); the whole body must arrive within ``total_timeout``
seconds (a server that sends a byte now and then cannot hold a run for ever);
a body compressed with ``gzip`` or ``deflate`` (sent although not asked for)
is decompressed, at most :data:`~mapapp.io.reading.MAX_DOCUMENT_BYTES` of it,
so a compression bomb is "too large", not a full memory.

:func:`document_from_page` turns a fetched page into a :class:`Document` with
the reader of :mod:`mapapp.io.reading` (HTML main text and metadata, or plain
text). Its URL is the address asked for (not the page's canonical link nor the
address redirected to), so that the next run recognises it as already stored.
:func:`feed_entries` reads an RSS or Atom feed with ``feedparser`` into the
entries' links, titles and dates.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from email.message import Message
from typing import Any
from urllib.parse import urlsplit

from mapapp.io.encoding import looks_like_html
from mapapp.io.errors import DocumentError
from mapapp.io.reading import MAX_DOCUMENT_BYTES, check_web_url, document_from_bytes
from mapapp.model import (
    PUBLISHED_FROM_PAGE_TEXT,
    PUBLISHED_FROM_URL,
    PUBLISHED_GIVEN,
    Document,
)

#: Seconds between two requests to the same host unless told otherwise.
DEFAULT_MIN_INTERVAL = 1.0
#: Seconds to wait for a server before giving up on a request.
DEFAULT_TIMEOUT = 20.0
#: Seconds a whole response may take to arrive, unless told otherwise: this many times the timeout.
TOTAL_TIMEOUT_FACTOR = 3.0
_READ_CHUNK = 64 * 1024
USER_AGENT = "mapapp (incident mapping from news reports; +https://example.invalid/mapapp)"

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)


class FetchError(DocumentError):
    """A URL that could not be fetched or is not an article or feed; the message names it and says why."""


@dataclass(frozen=True)
class FetchedPage:
    """What a request returned: the address asked for, the address after redirects, its type and bytes."""

    url: str
    final_url: str
    content_type: str
    data: bytes
    charset: str | None = None


@dataclass(frozen=True)
class FeedEntry:
    """One item of an RSS or Atom feed."""

    url: str
    title: str | None = None
    published: date | None = None


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) addresses only (urllib's own handler also follows them to ``ftp:``)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"{req.full_url}: redirected to {newurl!r}, which is not an http:// or https:// address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class PoliteFetcher:
    """Fetches URLs with a timeout and at least ``min_interval`` seconds between requests to one host."""

    def __init__(
        self,
        *,
        min_interval: float = DEFAULT_MIN_INTERVAL,
        timeout: float = DEFAULT_TIMEOUT,
        total_timeout: float | None = None,
        user_agent: str = USER_AGENT,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if min_interval < 0 or timeout <= 0 or (total_timeout is not None and total_timeout <= 0):
            raise ValueError("min_interval must be >= 0, timeout and total_timeout > 0")
        self.min_interval = min_interval
        self.timeout = timeout
        self.total_timeout = total_timeout if total_timeout is not None else timeout * TOTAL_TIMEOUT_FACTOR
        self._opener = urllib.request.build_opener(_WebOnlyRedirects)
        self.user_agent = user_agent
        self._clock = clock
        self._sleep = sleep
        self._last_request: dict[str, float] = {}

    def fetch(self, url: str) -> FetchedPage:
        """GET ``url`` (http or https only), waiting first if the host was asked less than ``min_interval`` ago."""
        try:
            url = check_web_url(url)
        except DocumentError as exc:
            raise FetchError(str(exc)) from None
        host = (urlsplit(url).hostname or "").lower()
        self._wait_for(host)
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent, "Accept": "*/*"})
        try:
            with self._opener.open(request, timeout=self.timeout) as response:  # scheme checked, redirects too
                headers: Message = response.headers
                data = self._read_body(url, response)
                final_url = response.geturl() or url
        except FetchError:
            raise
        except urllib.error.HTTPError as exc:
            raise FetchError(f"{url}: the server answered HTTP {exc.code} {_reason(exc.reason)}") from None
        except urllib.error.URLError as exc:
            raise FetchError(f"{url}: cannot connect ({_reason(exc.reason)}); are you online?") from None
        except TimeoutError:
            raise FetchError(f"{url}: no answer within {self.timeout:g} s") from None
        except (OSError, ValueError) as exc:
            raise FetchError(f"{url}: cannot fetch ({_reason(exc)})") from None
        finally:
            self._last_request[host] = self._clock()
        data = _decompressed(url, data, (headers.get("Content-Encoding") or "").strip().lower())
        if headers.get("Content-Type") is None:  # no type given: urllib would say text/plain; look at the bytes
            content_type = "text/html" if looks_like_html(data) else "text/plain"
        else:
            content_type = (headers.get_content_type() or "").lower()
        charset = headers.get_content_charset()
        return FetchedPage(url=url, final_url=final_url, content_type=content_type, data=data, charset=charset)

    def _read_body(self, url: str, response: Any) -> bytes:
        """At most MAX_DOCUMENT_BYTES of the body, all of it within ``total_timeout`` seconds of now."""
        deadline = time.monotonic() + self.total_timeout
        # read1: what has arrived (one receive), so the deadline is checked between trickles; read(n) would wait
        # for all n bytes
        read = getattr(response, "read1", response.read)
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = read(min(_READ_CHUNK, MAX_DOCUMENT_BYTES + 1 - size))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_DOCUMENT_BYTES:
                raise FetchError(f"{url}: too large (over {MAX_DOCUMENT_BYTES:,} bytes)")
            if time.monotonic() > deadline:
                raise FetchError(f"{url}: the page did not arrive within {self.total_timeout:g} s ({size:,} bytes so far)")

    def _wait_for(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is None:
            return
        remaining = self.min_interval - (self._clock() - last)
        if remaining > 0:
            self._sleep(remaining)


def _decompressed(url: str, data: bytes, encoding: str) -> bytes:
    """The body without its ``gzip``/``deflate`` content encoding, never more than MAX_DOCUMENT_BYTES of it."""
    if encoding in ("", "identity"):
        return data
    if encoding in ("gzip", "x-gzip"):
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        decompressor = zlib.decompressobj(zlib.MAX_WBITS if data[:1] == b"\x78" else -zlib.MAX_WBITS)
    else:
        raise FetchError(f"{url}: the server sent the page encoded as {encoding!r}, which cannot be read")
    try:
        text = decompressor.decompress(data, MAX_DOCUMENT_BYTES + 1)
    except zlib.error as exc:
        raise FetchError(f"{url}: the server sent a damaged {encoding} body ({exc})") from None
    if len(text) > MAX_DOCUMENT_BYTES or decompressor.unconsumed_tail:
        raise FetchError(f"{url}: too large once decompressed (over {MAX_DOCUMENT_BYTES:,} bytes)")
    return text


def _reason(reason: object) -> str:
    text = str(reason) or type(reason).__name__
    return " ".join(text.split())


def document_from_page(
    page: FetchedPage,
    *,
    published: date | None = None,
    outlet: str | None = None,
    title: str | None = None,
    fallback_published: date | None = None,
) -> Document:
    """The article a fetched page holds (HTML main text and metadata, or plain text); else a :class:`FetchError`.

    The document's URL is the address fetched (``page.url``), whatever the page calls itself.
    ``published``/``outlet``/``title`` override the page's own; ``fallback_published`` (a feed entry's date)
    is used when neither is given nor found in the page's metadata (it outranks a date read from the page text or address).
    """
    if page.content_type in _HTML_TYPES:
        is_html = True
    elif page.content_type in _TEXT_TYPES:
        is_html = False
    else:
        raise FetchError(f"{page.url}: not an article (content type {page.content_type or 'unknown'})")
    name = urlsplit(page.final_url).path.rsplit("/", 1)[-1] or urlsplit(page.final_url).netloc
    try:
        document = document_from_bytes(
            page.data,
            name,
            published=published,
            outlet=outlet,
            title=title,
            is_html=is_html,
            url=page.url,
            charset=page.charset,
        )
    except FetchError:
        raise
    except DocumentError as exc:
        raise FetchError(f"{page.url}: {exc}") from None
    found_in_text = document.published_source in (PUBLISHED_FROM_PAGE_TEXT, PUBLISHED_FROM_URL)
    if fallback_published is not None and (document.published is None or found_in_text):
        # The feed's structured date outranks a date line read from the page text.
        document = replace(document, published=fallback_published, published_source=PUBLISHED_GIVEN)
    return document


def feed_entries(page: FetchedPage) -> list[FeedEntry]:
    """The linked entries of an RSS or Atom feed, in feed order (entries without an http(s) link are left out)."""
    import feedparser

    parsed = feedparser.parse(page.data, response_headers={"content-location": page.final_url})
    if parsed.bozo and not parsed.entries:
        problem = _reason(getattr(parsed, "bozo_exception", "not a feed"))
        raise FetchError(f"{page.url}: not an RSS or Atom feed ({problem})")
    entries: list[FeedEntry] = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        try:
            link = check_web_url(link)
        except DocumentError:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        try:
            published = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
        except (ValueError, OverflowError):  # "0000-00-00": feedparser gives year -1; an entry without a date
            published = None
        title = " ".join((entry.get("title") or "").split()) or None
        entries.append(FeedEntry(url=link, title=title, published=published))
    return entries


__all__ = [
    "DEFAULT_MIN_INTERVAL",
    "DEFAULT_TIMEOUT",
    "FeedEntry",
    "FetchError",
    "FetchedPage",
    "PoliteFetcher",
    "document_from_page",
    "feed_entries",
]
