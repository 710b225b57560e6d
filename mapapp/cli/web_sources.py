"""The web side of ``mapapp ingest``: article URLs and RSS/Atom feeds turned into documents to ingest.

Not a sub-command module (it has no ``register``): :mod:`mapapp.cli.store`
calls it. URLs given on the command line and the entries of each ``--feed``
become :class:`WebSource` items; each is fetched only if no stored document
came from its address (and the store's content hash catches the same text
under another address). Fetch failures are reported and skipped, like
unreadable files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from mapapp.io.web import FetchError, PoliteFetcher, document_from_page, feed_entries
from mapapp.model import Document


@dataclass(frozen=True)
class WebSource:
    """One article address to fetch, with what its feed said about it (if it came from one)."""

    url: str
    feed_title: str | None = None
    feed_published: date | None = None


def is_url(argument: str) -> bool:
    """An ``http://`` or ``https://`` argument (anything else is a file or folder path)."""
    return argument.lower().startswith(("http://", "https://"))


def web_sources(
    urls: Sequence[str],
    feeds: Sequence[str],
    fetcher: PoliteFetcher,
    failures: list[str],
    *,
    max_entries: int | None = None,
    notes: list[str] | None = None,
) -> list[WebSource]:
    """The URLs given, then every feed's entries, each address once; unreadable feeds go to ``failures``.

    Of each feed, the first ``max_entries`` linked entries in feed order are taken (None: all; ``mapapp
    ingest`` gives ``--max-entries``); a feed that has more adds a line saying how many were skipped to ``notes``.
    """
    if max_entries is not None and max_entries < 1:
        raise ValueError(f"max_entries must be at least 1, not {max_entries}")
    sources = [WebSource(url=url.strip()) for url in urls]
    for feed in feeds:
        try:
            entries = feed_entries(fetcher.fetch(feed))
        except FetchError as exc:
            failures.append(f"feed {exc}")
            continue
        if not entries:
            failures.append(f"feed {feed}: has no entries with a link")
        if max_entries is not None and len(entries) > max_entries:
            if notes is not None:
                notes.append(
                    f"feed {feed}: {len(entries)} entries with a link, the first {max_entries} taken; "
                    f"{len(entries) - max_entries} skipped (--max-entries {max_entries})"
                )
            entries = entries[:max_entries]
        sources.extend(WebSource(url=e.url, feed_title=e.title, feed_published=e.published) for e in entries)
    unique: dict[str, WebSource] = {}
    for source in sources:
        unique.setdefault(source.url, source)
    return list(unique.values())


def fetch_document(
    source: WebSource, fetcher: PoliteFetcher, *, published: date | None, outlet: str | None
) -> Document:
    """Fetch and read one article; a :class:`FetchError` (a DocumentError) names the URL and the reason."""
    page = fetcher.fetch(source.url)
    return document_from_page(page, published=published, outlet=outlet, fallback_published=source.feed_published)


__all__ = ["WebSource", "fetch_document", "is_url", "web_sources"]
