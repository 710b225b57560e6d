"""Reading an HTML page: its main text (trafilatura) and its metadata (title, publication date, outlet, URL).

Main text
    ``trafilatura`` (the main-text extractor news-corpus builders use) picks the
    article body out of a whole page (one with ``<html>`` or ``<body>``),
    leaving out menus, footers, sidebars, comment threads and link lists; each
    of its lines becomes a paragraph, separated by a blank line. For a
    fragment, or when it finds under :data:`MIN_MAIN_TEXT_CHARS` characters (a
    page too short to have furniture worth the name, where its guesses drop or
    glue text), the page's visible text is used instead: a small
    standard-library parser that drops ``script``/``style``/``nav``/hidden
    elements and breaks at blocks (``<br>`` a line break).
Metadata
    Title from ``<title>`` (then ``og:title``); publication date from the page's
    explicit metadata (``article:published_time``, then JSON-LD
    ``datePublished``, then ``pubdate``/``date``-style meta names), else from
    ``htmldate`` (``<time>`` elements, dates in the URL and the markup; its
    "extensive" search of free text is off, because a date the article mentions
    is not its publication date); outlet from ``og:site_name`` or the JSON-LD
    publisher; URL from ``<link rel=canonical>``, then ``og:url`` (absolute
    http(s) URLs only).
Failures
    Any exception inside a parser (the standard library's raises
    ``AssertionError`` on ``<![ x``) is a :class:`DocumentError`: one bad page
    never stops a folder run.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from mapapp.io.errors import DocumentError


def is_web_url(url: str) -> bool:
    """True for an absolute http(s) URL without whitespace or control characters (a link the app may show)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return (
        parts.scheme.lower() in ("http", "https")
        and bool(parts.netloc)
        and not any(c.isspace() or c < " " or "\x7f" <= c <= "\x9f" for c in url)
    )


def clean_label(value: str) -> str | None:
    """Whitespace collapsed; None when nothing is left."""
    cleaned = " ".join(value.split())
    return cleaned or None


@dataclass(frozen=True)
class HtmlPage:
    """What :func:`parse_html` reads from a page: its main text and metadata."""

    text: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None


def parse_html(markup: str, *, label: str = "<html>") -> HtmlPage:
    """The page's main text (paragraphs separated by blank lines) and metadata; a broken page is a DocumentError."""
    try:
        parser = _VisibleTextParser()
        parser.feed(markup)
        parser.close()
        visible = parser.page()
    except Exception as exc:
        raise DocumentError(f"{label}: cannot parse the HTML ({type(exc).__name__}: {exc})") from None
    markup = _without_many_comment_nodes(markup)
    main_text = main_text_of(markup) if _is_full_page(markup) else None
    if main_text is not None and len(main_text) < MIN_MAIN_TEXT_CHARS:
        main_text = None  # too little for trafilatura to tell body from furniture: the page is all article
    published = visible.published or publication_date_of(markup)
    return HtmlPage(
        text=main_text or visible.text,
        title=visible.title,
        published=published,
        outlet=visible.outlet,
        url=visible.url,
    )


#: Pages with more comment-like nodes than this (``<!-- -->``, ``<?...>``, ``<!...>``) lose them before trafilatura
#: and htmldate read them: lxml's ``itertext`` (which both use) is quadratic in the number of such siblings (200,000
#: empty comments took 20 s per pass). Neither shows comments, so nothing of the text is lost.
MAX_COMMENT_NODES = 2000

_COMMENT_START = re.compile(r"<!|<\?")


def _without_many_comment_nodes(markup: str) -> str:
    """``markup`` as is, or without its comments, processing instructions and bogus comments when it holds more
    than :data:`MAX_COMMENT_NODES` (a doctype is kept). One forward scan with ``str.find``: linear."""
    if sum(1 for _ in itertools.islice(_COMMENT_START.finditer(markup), MAX_COMMENT_NODES + 1)) <= MAX_COMMENT_NODES:
        return markup
    parts: list[str] = []
    position = 0
    while (start := _COMMENT_START.search(markup, position)) is not None:
        parts.append(markup[position : start.start()])
        if markup.startswith("<!--", start.start()):
            end = markup.find("-->", start.start() + 4)
            position = len(markup) if end < 0 else end + 3
            continue
        end = markup.find(">", start.end())
        end = len(markup) if end < 0 else end + 1
        if markup[start.start() : start.start() + 9].lower() == "<!doctype":
            parts.append(markup[start.start() : end])
        position = end
    parts.append(markup[position:])
    return "".join(parts)


#: Below this many characters trafilatura's main text is not trusted, and the visible text is used.
MIN_MAIN_TEXT_CHARS = 200

_FULL_PAGE = re.compile(r"<(?:html|body)\b", re.IGNORECASE)


def _is_full_page(markup: str) -> bool:
    """A whole page (``<html>`` or ``<body>``), not a fragment: only there is there furniture to leave out."""
    return _FULL_PAGE.search(markup[:65536]) is not None


#: Pages with more block elements than this are read without trafilatura's fallback extractors (readability,
#: jusText): jusText classifies each short paragraph by walking to the nearest long one, so a page of thousands
#: of short blocks (a long table, a list of links) took minutes (quadratic). A news article has a few hundred.
MAX_FALLBACK_BLOCKS = 2000

_BLOCK_OPENING = re.compile(r"<(?:p|div|li|td|th|tr|h[1-6]|br|section|article|blockquote|pre|dd|dt)\b", re.IGNORECASE)

# Elements the browser does not show, which trafilatura would otherwise keep.
_HIDDEN_XPATH = ["//*[@hidden]", "//*[@aria-hidden='true']", "//noscript", "//template"]


def main_text_of(markup: str) -> str | None:
    """The article body trafilatura finds, paragraphs separated by blank lines; None when it finds none."""
    import trafilatura

    try:
        blocks = sum(1 for _ in itertools.islice(_BLOCK_OPENING.finditer(markup), MAX_FALLBACK_BLOCKS + 1))
        text = trafilatura.extract(
            markup,
            fast=blocks > MAX_FALLBACK_BLOCKS,  # no fallback extractors: keeps the work linear in the page's size
            output_format="txt",
            include_comments=False,
            favor_precision=True,  # no "baseline rescue": it takes hidden and <noscript> text from short pages
            prune_xpath=_HIDDEN_XPATH,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
        )
    except Exception:
        logging.getLogger(__name__).debug("trafilatura failed", exc_info=True)
        return None
    if not text:
        return None
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    joined = "\n\n".join(p for p in paragraphs if p)
    return joined or None


def publication_date_of(markup: str) -> date | None:
    """The publication date htmldate finds in the markup (not in the article's prose), or None."""
    import htmldate

    try:
        found = htmldate.find_date(markup, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:
        return None
    return _date_prefix(found)


# Elements whose content is never shown as article text. ``nav`` is here because
# menus ("Syria", "Iraq", "World") would otherwise read as place mentions.
_SKIPPED_ELEMENTS = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "nav", "select"}
)
_BLOCK_ELEMENTS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hgroup", "hr", "html", "legend", "li", "main", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_VOID_ELEMENTS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)

# Meta names that carry a publication date, best first (article:published_time is Open Graph's).
_DATE_META_NAMES: tuple[str, ...] = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
)


class _VisibleTextParser(HTMLParser):
    """Collects visible text by block, plus title and metadata, from a stream of HTML events.

    Hand-written on the standard library's tokenizer (no extra dependency):
    the rules are few (skip some elements, break at blocks) and an HTML5 tree
    builder would add nothing the article text needs.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._paragraphs: list[str] = []
        self._buffer: list[str] = []
        self._skip_stack: list[str] = []
        self._pre_depth = 0
        self._in_title = False
        self._title_parts: list[str] = []
        self._meta: dict[str, str] = {}
        self._canonical: str | None = None
        self._json_ld_parts: list[str] | None = None
        self._json_ld: dict[str, str] = {}

    # -- events

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {key.lower(): (value or "") for key, value in attrs}
        if tag == "meta":
            self._read_meta(attributes)
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self._canonical = self._canonical or attributes.get("href", "").strip()
        if self._skip_stack:
            if tag not in _VOID_ELEMENTS:
                self._skip_stack.append(tag)
            return
        if tag == "script" and attributes.get("type", "").strip().lower() == "application/ld+json":
            self._json_ld_parts = []
        if tag in _SKIPPED_ELEMENTS or "hidden" in attributes or attributes.get("aria-hidden") == "true":
            self._separate(tag)
            if tag not in _VOID_ELEMENTS:
                self._skip_stack.append(tag)
            return
        if tag == "title":
            self._in_title = True
        elif tag == "br":
            self._buffer.append("\n")
        elif tag in _BLOCK_ELEMENTS:
            self._end_paragraph()
            if tag == "pre":
                self._pre_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <meta .../>: a self-closed tag opens nothing, so it must not be pushed on the skip stack.
        if tag in _VOID_ELEMENTS or tag not in _SKIPPED_ELEMENTS:
            self.handle_starttag(tag, attrs)
            if tag not in _VOID_ELEMENTS and tag in _BLOCK_ELEMENTS:
                self._end_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if self._skip_stack:
            if tag in self._skip_stack:
                while self._skip_stack and self._skip_stack.pop() != tag:
                    pass
                if not self._skip_stack:
                    self._separate(tag)
            if tag == "script" and self._json_ld_parts is not None:
                self._read_json_ld("".join(self._json_ld_parts))
                self._json_ld_parts = None
            return
        if tag == "title":
            self._in_title = False
        elif tag in _BLOCK_ELEMENTS:
            self._end_paragraph()
            if tag == "pre" and self._pre_depth:
                self._pre_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._json_ld_parts is not None:
            self._json_ld_parts.append(data)
            return
        if self._skip_stack:
            return
        if self._in_title:
            self._title_parts.append(data)
            return
        if self._pre_depth:
            self._buffer.append(data.replace("\r\n", "\n").replace("\r", "\n"))
        else:
            self._buffer.append(" ".join(data.split("\n")).replace("\r", " ").replace("\t", " "))

    def close(self) -> None:
        super().close()
        self._end_paragraph()

    # -- results

    def page(self) -> HtmlPage:
        title = " ".join("".join(self._title_parts).split()) or self._meta.get("og:title")
        outlet = self._meta.get("og:site_name") or self._json_ld.get("outlet")
        url_candidates = (self._canonical, self._meta.get("og:url"), self._json_ld.get("url"))
        url = next((u.strip() for u in url_candidates if u and is_web_url(u.strip())), None)
        return HtmlPage(
            text="\n\n".join(self._paragraphs),
            title=title or None,
            published=self._published(),
            outlet=clean_label(outlet) if outlet else None,
            url=url,
        )

    def _published(self) -> date | None:
        values = [self._meta.get(name) for name in _DATE_META_NAMES[:2]]
        values.append(self._json_ld.get("published"))
        values.extend(self._meta.get(name) for name in _DATE_META_NAMES[2:])
        for value in values:
            parsed = _date_prefix(value)
            if parsed is not None:
                return parsed
        return None

    # -- helpers

    def _separate(self, tag: str) -> None:
        """Text on either side of a dropped element must not run together ("Four<iframe>Five")."""
        if tag in _BLOCK_ELEMENTS or tag in ("nav", "noscript", "template"):
            self._end_paragraph()
        else:
            self._buffer.append(" ")

    def _end_paragraph(self) -> None:
        if not self._buffer:
            return
        lines = ("".join(self._buffer)).split("\n")
        self._buffer = []
        cleaned = [" ".join(line.split()) for line in lines]
        paragraph = "\n".join(line for line in cleaned if line)
        if paragraph:
            self._paragraphs.append(paragraph)

    def _read_meta(self, attributes: dict[str, str]) -> None:
        key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
        content = attributes.get("content")
        if key and content and key not in self._meta:
            self._meta[key] = content.strip()

    def _read_json_ld(self, text: str) -> None:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):  # RecursionError: arrays nested thousands deep
            return  # a broken JSON-LD block is the page's problem, not a reason to refuse the article
        for node in _json_ld_nodes(data):
            if "published" not in self._json_ld and isinstance(node.get("datePublished"), str):
                self._json_ld["published"] = node["datePublished"]
                publisher = node.get("publisher")
                if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                    self._json_ld.setdefault("outlet", publisher["name"])
                if isinstance(node.get("url"), str):
                    self._json_ld.setdefault("url", node["url"])


def _json_ld_nodes(data: Any, depth: int = 0) -> Iterable[dict[str, Any]]:
    """Every JSON object in a JSON-LD block (``@graph`` lists included), outermost first."""
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _json_ld_nodes(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from _json_ld_nodes(data[key], depth + 1)


def _date_prefix(value: str | None) -> date | None:
    """The calendar date at the start of an ISO 8601 timestamp, as written (the outlet's local date)."""
    if not value:
        return None
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


__all__ = ["HtmlPage", "clean_label", "is_web_url", "main_text_of", "parse_html", "publication_date_of"]
