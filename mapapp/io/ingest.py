"""Reading articles into :class:`~mapapp.model.Document` objects: plain text and HTML files, uploads, pasted text.

What it accepts
    ``.txt`` (or any other name) is read as plain text; ``.html``/``.htm``/``.xhtml``
    (or bytes that start like an HTML page) are reduced to their visible text:
    ``script``/``style``/``noscript``/``template``/``svg``/``iframe``/``nav`` and
    ``hidden`` elements are dropped, block elements become paragraphs separated
    by a blank line, ``<br>`` a line break. The page's ``<title>`` becomes
    :attr:`Document.title`, and its metadata fills ``published``
    (``article:published_time``, then JSON-LD ``datePublished``, then
    ``pubdate``/``date``-style meta names), ``outlet`` (``og:site_name``, JSON-LD
    publisher) and ``url`` (``<link rel=canonical>``, then ``og:url``; only
    absolute http(s) URLs are taken from a page).

Metadata sidecar (optional)
    ``article.txt`` may have ``article.meta.json`` beside it, a JSON object with
    any of ``outlet``, ``url``, ``published`` (``YYYY-MM-DD``) and ``title``.
    Precedence: arguments given explicitly, then the sidecar, then the page's
    own metadata.

Encoding
    A byte-order mark decides (UTF-8, UTF-16, UTF-32). Otherwise strict UTF-8;
    then, for HTML, the charset its ``<meta>`` declares; then the two legacy
    Windows code pages such news text comes in, Windows-1252 (Western; it
    covers every printable Latin-1 character) and Windows-1256 (Arabic), chosen
    between by ``charset-normalizer``. We restrict charset-normalizer to those
    two because left to guess freely it reads English Windows-1252 text as
    Baltic cp775 and the like. Latin-1 is deliberately not a fallback: it decodes
    any bytes at all, so a corrupt file would come out as silent mojibake
    instead of an error. Bytes that none of these read cleanly are a
    :class:`DocumentError` that says so.

Refused with a :class:`DocumentError` (a ``ValueError`` whose message names the
file and the reason): missing files, folders passed as files, files over
:data:`MAX_DOCUMENT_BYTES` (checked before reading them), empty or
whitespace-only text, binary data (NUL bytes or many control characters) and
undecodable bytes. Line ends are normalised to ``\\n`` and surrounding
whitespace is stripped, so the same article pasted or read from a file has
the same :attr:`Document.id`.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import charset_normalizer

from mapapp.model import Document

#: The largest document read, in bytes (5 MiB: a long article is well under 100 KB).
MAX_DOCUMENT_BYTES: int = 5 * 1024 * 1024

#: File name suffixes picked up when a folder is expanded.
DOCUMENT_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm")

#: Suffixes read as HTML (anything else is plain text unless its bytes start like a page).
HTML_SUFFIXES: tuple[str, ...] = (".html", ".htm", ".xhtml")

#: Suffix of the optional metadata sidecar: ``article.txt`` -> ``article.meta.json``.
SIDECAR_SUFFIX = ".meta.json"

#: Legacy code pages tried (via charset-normalizer) when a file is not UTF-8.
LEGACY_ENCODINGS: tuple[str, ...] = ("cp1252", "cp1256")

#: Share of control bytes (other than tab, newlines, form feed, escape) above which data is binary.
MAX_CONTROL_SHARE = 0.05

_SNIFF_BYTES = 64 * 1024


class DocumentError(ValueError):
    """A document that cannot be read as an article; the message names it and says why."""


# --------------------------------------------------------------------------- paths


def collect_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand the given files and folders into a list of document files.

    Files are kept as given (whatever their suffix). Folders are searched
    recursively for ``.txt``/``.html``/``.htm`` files (case-insensitive; hidden
    files and folders skipped), in sorted order. Duplicates are dropped, first
    occurrence kept. Missing paths, and folders with no documents, raise a
    :class:`DocumentError` naming them all.
    """
    found: list[Path] = []
    problems: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = _documents_in_folder(path)
            if files:
                found.extend(files)
            else:
                problems.append(f"{path}: folder has no {'/'.join(DOCUMENT_SUFFIXES)} files")
        elif path.is_file():
            found.append(path)
        elif path.exists():
            problems.append(f"{path}: not a regular file")
        else:
            problems.append(f"{path}: no such file or folder")
    if problems:
        raise DocumentError("; ".join(problems))
    unique: dict[Path, None] = dict.fromkeys(found)
    return list(unique)


def _documents_in_folder(folder: Path) -> list[Path]:
    files = []
    for candidate in folder.rglob("*"):
        relative = candidate.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if candidate.suffix.lower() in DOCUMENT_SUFFIXES and candidate.is_file():
            files.append(candidate)
    return sorted(files)


# --------------------------------------------------------------------------- documents


def read_document(
    path: str | os.PathLike[str],
    *,
    published: date | str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Document:
    """Read one text or HTML file (and its ``.meta.json`` sidecar, if any) into a :class:`Document`."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if path.is_dir():
        raise DocumentError(f"{path}: is a folder, not a document")
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentError(_too_large_message(str(path), size))
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)  # never more than the limit, even if the file grows
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read: {exc.strerror or exc}") from None
    sidecar = read_sidecar(path)
    is_html = path.suffix.lower() in HTML_SUFFIXES or (path.suffix.lower() != ".txt" and _looks_like_html(data))
    return _document_from_data(
        data,
        name=path.name,
        label=str(path),
        is_html=is_html,
        published=published if published is not None else sidecar.get("published"),
        outlet=outlet if outlet is not None else sidecar.get("outlet"),
        url=url if url is not None else sidecar.get("url"),
        title=sidecar.get("title"),
    )


def document_from_bytes(
    data: bytes,
    name: str,
    *,
    published: date | str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Document:
    """Make a :class:`Document` from uploaded bytes; ``name`` (the upload's file name) decides text or HTML."""
    suffix = Path(name).suffix.lower()
    is_html = suffix in HTML_SUFFIXES or (suffix != ".txt" and _looks_like_html(data))
    return _document_from_data(
        data, name=name, label=name, is_html=is_html, published=published, outlet=outlet, url=url, title=None
    )


def document_from_text(
    text: str,
    *,
    name: str = "<pasted text>",
    published: date | str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Document:
    """Make a :class:`Document` from text pasted by the user (taken as plain text, never as HTML)."""
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentError(_too_large_message(name, size))
    return _finish_document(
        text,
        name=name,
        label=name,
        published=published,
        outlet=outlet,
        url=url,
        title=None,
        page=None,
    )


def parse_published(value: date | str | None, *, source: str = "publication date") -> date | None:
    """A publication date from a ``date``/``datetime`` or a ``YYYY-MM-DD`` string; anything else is an error."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            try:
                return date.fromisoformat(text)
            except ValueError as exc:
                raise DocumentError(f"{source}: {value!r} is not a valid date ({exc})") from None
    raise DocumentError(f"{source}: {value!r} is not a date in YYYY-MM-DD form")


def read_sidecar(path: Path) -> dict[str, Any]:
    """The metadata in ``<stem>.meta.json`` beside ``path`` (``{}`` when there is none).

    Keys: ``outlet``, ``url``, ``title`` (strings) and ``published``
    (``YYYY-MM-DD``, returned as a :class:`date`). Other keys are ignored. A
    sidecar that is not a JSON object of these types is a :class:`DocumentError`.
    """
    sidecar = path.with_suffix(SIDECAR_SUFFIX)
    if path.name.endswith(SIDECAR_SUFFIX) or not sidecar.is_file():
        return {}
    try:
        if sidecar.stat().st_size > 1024 * 1024:
            raise DocumentError(f"{sidecar}: metadata sidecar is too large")
        raw = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DocumentError(f"{sidecar}: metadata sidecar is not readable JSON ({exc})") from None
    if not isinstance(raw, dict):
        raise DocumentError(f"{sidecar}: metadata sidecar must be a JSON object")
    metadata: dict[str, Any] = {}
    for key in ("outlet", "url", "title", "published"):
        value = raw.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise DocumentError(f"{sidecar}: {key!r} must be a string")
        metadata[key] = value
    if "published" in metadata:
        metadata["published"] = parse_published(metadata["published"], source=f"{sidecar}: 'published'")
    if "url" in metadata:
        metadata["url"] = _checked_url(metadata["url"], source=f"{sidecar}: 'url'")
    return metadata


def _document_from_data(
    data: bytes,
    *,
    name: str,
    label: str,
    is_html: bool,
    published: date | str | None,
    outlet: str | None,
    url: str | None,
    title: str | None,
) -> Document:
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(_too_large_message(label, len(data)))
    if not data.strip():
        raise DocumentError(f"{label}: document is empty")
    declared = _declared_charset(data) if is_html else None
    text = decode_bytes(data, label=label, declared_encoding=declared)
    page = parse_html(text) if is_html else None
    return _finish_document(
        page.text if page else text,
        name=name,
        label=label,
        published=published,
        outlet=outlet,
        url=url,
        title=title,
        page=page,
    )


def _finish_document(
    text: str,
    *,
    name: str,
    label: str,
    published: date | str | None,
    outlet: str | None,
    url: str | None,
    title: str | None,
    page: HtmlPage | None,
) -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").strip()
    if not text:
        what = "has no visible text" if page is not None else "is empty"
        raise DocumentError(f"{label}: document {what}")
    if "\x00" in text or _control_share(text) > MAX_CONTROL_SHARE:
        raise DocumentError(f"{label}: looks like binary data, not text")
    checked_url = _checked_url(url, source=f"{label}: url") if url is not None else None
    if checked_url is None and page is not None:
        checked_url = page.url
    return Document(
        text=text,
        name=name,
        outlet=_clean_label(outlet) if outlet is not None else (page.outlet if page else None),
        url=checked_url,
        published=(
            parse_published(published, source=f"{label}: publication date")
            if published is not None
            else (page.published if page else None)
        ),
        title=_clean_label(title) if title is not None else (page.title if page else None),
    )


def _too_large_message(label: str, size: int) -> str:
    return f"{label}: too large ({size:,} bytes; the limit is {MAX_DOCUMENT_BYTES:,} bytes)"


def _clean_label(value: str) -> str | None:
    cleaned = " ".join(value.split())
    return cleaned or None


def check_web_url(url: str, *, source: str = "url") -> str:
    """``url`` stripped, if it is an absolute http(s) URL (it ends up as a link in the app); else a DocumentError."""
    return _checked_url(url, source=source)


def _checked_url(url: str, *, source: str) -> str:
    cleaned = url.strip()
    if not _is_web_url(cleaned):
        raise DocumentError(f"{source}: {url!r} is not an http:// or https:// URL")
    return cleaned


def _is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc) and not any(c.isspace() for c in url)


# --------------------------------------------------------------------------- decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control bytes that do not occur in text: all below 0x20 except tab, LF, VT, FF, CR and ESC.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_CONTROL_CHARS = {chr(b) for b in _CONTROL_BYTES}


def decode_bytes(data: bytes, *, label: str = "<bytes>", declared_encoding: str | None = None) -> str:
    """Decode a document's bytes as described in the module docstring, or raise :class:`DocumentError`."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    f"{label}: starts with a {encoding.upper().replace('-SIG', '')} byte-order mark "
                    f"but is not valid {encoding.replace('-sig', '')} ({exc.reason} at byte {exc.start})"
                ) from None
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        raise DocumentError(f"{label}: looks like a binary file (it contains NUL bytes), not text or HTML")
    if sample and sum(sample.count(bytes([b])) for b in _CONTROL_BYTES) / len(sample) > MAX_CONTROL_SHARE:
        raise DocumentError(f"{label}: looks like a binary file (many control characters), not text or HTML")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_problem = f"{exc.reason} at byte {exc.start}"
    if declared_encoding:
        try:
            return data.decode(declared_encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    best = charset_normalizer.from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is not None:
        return str(best)
    raise DocumentError(
        f"{label}: cannot decode the text: it is not UTF-8 ({utf8_problem}) and does not read as "
        "Windows-1252 (Western) or Windows-1256 (Arabic) text; save it as UTF-8 and try again"
    )


def _control_share(text: str) -> float:
    sample = text[:_SNIFF_BYTES]
    return sum(1 for char in sample if char in _CONTROL_CHARS) / len(sample) if sample else 0.0


_CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)

# What browsers do with these labels (WHATWG Encoding standard): Latin-1 and ASCII mean Windows-1252,
# and a page that declares UTF-16 in a <meta> but has no BOM is not UTF-16.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "utf-16": None,
    "utf-16le": None,
    "utf-16be": None,
}


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET_META.search(data[:4096])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    encoding = _CHARSET_ALIASES.get(label, label)
    if encoding is None:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip(codecs.BOM_UTF8 + b" \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:4096].lower()


# --------------------------------------------------------------------------- HTML


@dataclass(frozen=True)
class HtmlPage:
    """What :func:`parse_html` reads from a page: its visible text and metadata."""

    text: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None


def parse_html(markup: str) -> HtmlPage:
    """Reduce an HTML page to its visible text (paragraphs separated by blank lines) and metadata."""
    parser = _VisibleTextParser()
    parser.feed(markup)
    parser.close()
    return parser.page()


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
        url = next((u.strip() for u in url_candidates if u and _is_web_url(u.strip())), None)
        return HtmlPage(
            text="\n\n".join(self._paragraphs),
            title=title or None,
            published=self._published(),
            outlet=_clean_label(outlet) if outlet else None,
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
        except ValueError:
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


__all__ = [
    "DOCUMENT_SUFFIXES",
    "MAX_DOCUMENT_BYTES",
    "DocumentError",
    "HtmlPage",
    "check_web_url",
    "collect_paths",
    "decode_bytes",
    "document_from_bytes",
    "document_from_text",
    "parse_html",
    "parse_published",
    "read_document",
    "read_sidecar",
]
