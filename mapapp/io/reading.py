"""Reading articles into :class:`~mapapp.model.Document` objects: plain text and HTML files, uploads, pasted text.

What it accepts
    ``.txt`` (or any other name) is read as plain text; ``.html``/``.htm``/``.xhtml``
    (or bytes that start like an HTML page) are reduced to their main text and
    metadata by :mod:`mapapp.io.html` (trafilatura, htmldate). Bytes are decoded
    by :mod:`mapapp.io.encoding` (corrupt UTF-8 is an error, not mojibake).

Boilerplate
    Both plain text and the text of a page then lose their page-furniture lines
    (related-headline lists, "Read also" boxes, share widgets, cookie notices,
    repeated paragraphs: :mod:`mapapp.io.boilerplate`). The cleaned text *is*
    the document text: evidence offsets point into it, and the store keeps it.
    ``strip_boilerplate=False`` reads the text as it is.

Metadata sidecar (optional)
    ``article.txt`` may have ``article.meta.json`` beside it, a JSON object with
    any of ``outlet``, ``url``, ``published`` (``YYYY-MM-DD``) and ``title``.
    Precedence: arguments given explicitly, then the sidecar, then the page's
    own metadata.

Publication date printed in the page
    When no publication date is given and the HTML metadata has none (or the
    text is plain), the date the page prints in its furniture ("Published: ...",
    a date line under the headline, a dated byline) is taken:
    :mod:`mapapp.extract.page_date`; failing that, a date in the page's address
    (``/2022/01/26/...``, a tweet's status id). :attr:`Document.published_source`
    says which ("given", "html", "page text", "url") the date came from.

Folders
    :func:`collect_paths` searches folders for ``.txt``/``.html``/``.htm`` files;
    a symbolic link inside the folder whose target lies outside it is skipped
    (reported through ``on_skip``) unless ``follow_symlinks=True``: a folder of
    articles must not pull in ``/etc/passwd``.

Refused with a :class:`DocumentError` (a ``ValueError`` whose message names the
file and the reason): missing files, folders passed as files, files over
:data:`MAX_DOCUMENT_BYTES` (checked before reading them), empty or
whitespace-only text, binary data (NUL bytes or many control characters),
undecodable or corrupt bytes, text with lone surrogates (half a character) and
HTML a parser fails on. Line ends are normalised to ``\\n``, invisible formatting
characters (soft hyphens, zero-width spaces, direction marks:
:func:`~mapapp.io.encoding.remove_invisible_characters`) are removed and
surrounding whitespace is stripped, so the same article pasted or read from a
file has the same :attr:`Document.id` and a place name is not split by a
character nobody sees.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from mapapp.io.boilerplate import strip_boilerplate as strip_boilerplate_lines
from mapapp.io.encoding import (
    MAX_CONTROL_SHARE,
    codec_for_label,
    control_share,
    declared_charset,
    decode_bytes,
    looks_like_html,
    remove_invisible_characters,
)
from mapapp.io.errors import DocumentError
from mapapp.io.html import HtmlPage, clean_label, is_web_url, parse_html
from mapapp.extract.page_date import date_from_url, find_page_date
from mapapp.model import (
    PUBLISHED_FROM_HTML,
    PUBLISHED_FROM_PAGE_TEXT,
    PUBLISHED_FROM_URL,
    PUBLISHED_GIVEN,
    Document,
)

#: The largest document read, in bytes (5 MiB: a long article is well under 100 KB).
MAX_DOCUMENT_BYTES: int = 5 * 1024 * 1024

#: File name suffixes picked up when a folder is expanded.
DOCUMENT_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm")

#: Suffixes read as HTML (anything else is plain text unless its bytes start like a page).
HTML_SUFFIXES: tuple[str, ...] = (".html", ".htm", ".xhtml")

#: Suffix of the optional metadata sidecar: ``article.txt`` -> ``article.meta.json``.
SIDECAR_SUFFIX = ".meta.json"

# A surrogate code point on its own (a Python str holds a valid pair as one character): not text, and not
# writable as UTF-8 to the store or an export.
_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")

#: Called with a path skipped while expanding a folder and the reason.
SkipReporter = Callable[[Path, str], None]


# --------------------------------------------------------------------------- paths


def collect_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    follow_symlinks: bool = False,
    on_skip: SkipReporter | None = None,
) -> list[Path]:
    """Expand the given files and folders into a list of document files.

    Files are kept as given (whatever their suffix). Folders are searched
    recursively for ``.txt``/``.html``/``.htm`` files (case-insensitive; hidden
    files and folders skipped), in sorted order. Inside a folder, a symbolic link
    (to a file or a folder) whose target lies outside that folder is skipped,
    and ``on_skip`` told why, unless ``follow_symlinks`` is set; a link whose
    target stays inside is kept. Duplicates are dropped, first occurrence kept.
    Missing paths, and folders with no documents, raise a
    :class:`DocumentError` naming them all.
    """
    found: list[Path] = []
    problems: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = _documents_in_folder(path, follow_symlinks=follow_symlinks, on_skip=on_skip)
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


def _documents_in_folder(folder: Path, *, follow_symlinks: bool, on_skip: SkipReporter | None) -> list[Path]:
    """Document files under ``folder`` (os.walk: links to folders are entered only when followed and inside)."""
    root = folder.resolve()
    files: list[Path] = []
    visited: set[Path] = set()
    for directory, subfolders, names in os.walk(folder, followlinks=True):
        current = Path(directory)
        real = current.resolve()
        if real in visited:  # a link loop, or a folder reached twice through links
            subfolders[:] = []
            continue
        visited.add(real)
        kept_subfolders = []
        for name in sorted(subfolders):
            if name.startswith("."):
                continue
            candidate = current / name
            if candidate.is_symlink() and not _allowed_link(candidate, root, follow_symlinks, on_skip):
                continue
            kept_subfolders.append(name)
        subfolders[:] = kept_subfolders
        for name in names:
            candidate = current / name
            if name.startswith(".") or candidate.suffix.lower() not in DOCUMENT_SUFFIXES:
                continue
            if candidate.is_symlink() and not _allowed_link(candidate, root, follow_symlinks, on_skip):
                continue
            if candidate.is_file():
                files.append(candidate)
    return sorted(files)


def _allowed_link(link: Path, root: Path, follow_symlinks: bool, on_skip: SkipReporter | None) -> bool:
    """A link is followed when asked to, or when its target lies inside the folder given."""
    if follow_symlinks:
        return True
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        if on_skip is not None:
            on_skip(link, "broken symbolic link")
        return False
    if target == root or root in target.parents:
        return True
    if on_skip is not None:
        on_skip(link, f"symbolic link to {target}, outside {root} (use --follow-symlinks to read it)")
    return False


# --------------------------------------------------------------------------- documents


def read_document(
    path: str | os.PathLike[str],
    *,
    published: date | str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    strip_boilerplate: bool = True,
) -> Document:
    """Read one text or HTML file (and its ``.meta.json`` sidecar, if any) into a :class:`Document`.

    ``strip_boilerplate=False`` keeps page-furniture lines (see :mod:`mapapp.io.boilerplate`).
    """
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
    is_html = path.suffix.lower() in HTML_SUFFIXES or (path.suffix.lower() != ".txt" and looks_like_html(data))
    return _document_from_data(
        data,
        name=path.name,
        label=str(path),
        is_html=is_html,
        published=published if published is not None else sidecar.get("published"),
        outlet=outlet if outlet is not None else sidecar.get("outlet"),
        url=url if url is not None else sidecar.get("url"),
        title=sidecar.get("title"),
        strip_boilerplate=strip_boilerplate,
    )


def document_from_bytes(
    data: bytes,
    name: str,
    *,
    published: date | str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
    is_html: bool | None = None,
    charset: str | None = None,
    strip_boilerplate: bool = True,
) -> Document:
    """Make a :class:`Document` from uploaded or fetched bytes.

    ``name`` (the upload's file name) decides text or HTML unless ``is_html``
    says (a fetched page's content type); ``title`` overrides the page's own;
    ``charset`` is the encoding the server declared (HTTP ``Content-Type``),
    which, as in browsers, comes before a ``<meta>`` declaration (a byte-order
    mark and valid UTF-8 still come first).
    """
    suffix = Path(name).suffix.lower()
    if is_html is None:
        is_html = suffix in HTML_SUFFIXES or (suffix != ".txt" and looks_like_html(data))
    return _document_from_data(
        data,
        name=name,
        label=name,
        is_html=is_html,
        published=published,
        outlet=outlet,
        url=url,
        title=title,
        charset=charset,
        strip_boilerplate=strip_boilerplate,
    )


def document_from_text(
    text: str,
    *,
    name: str = "<pasted text>",
    published: date | str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    strip_boilerplate: bool = True,
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
        strip_boilerplate=strip_boilerplate,
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
    except RecursionError:
        raise DocumentError(f"{sidecar}: metadata sidecar is not readable JSON (nested too deeply)") from None
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
    strip_boilerplate: bool,
    charset: str | None = None,
) -> Document:
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(_too_large_message(label, len(data)))
    if not data.strip():
        raise DocumentError(f"{label}: document is empty")
    declared = codec_for_label(charset) if charset else None
    if declared is None and is_html:
        declared = declared_charset(data)
    text = decode_bytes(data, label=label, declared_encoding=declared)
    page = parse_html(text, label=label) if is_html else None
    return _finish_document(
        page.text if page else text,
        name=name,
        label=label,
        published=published,
        outlet=outlet,
        url=url,
        title=title,
        page=page,
        strip_boilerplate=strip_boilerplate,
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
    strip_boilerplate: bool = True,
) -> Document:
    surrogate = _LONE_SURROGATE_RE.search(text)
    if surrogate is not None:
        raise DocumentError(
            f"{label}: not valid Unicode text: a lone surrogate (U+{ord(surrogate.group()):04X}) at character "
            f"{surrogate.start()}, half of a character broken in a copy; copy the text again or save it as UTF-8"
        )
    text = remove_invisible_characters(text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        what = "has no visible text" if page is not None else "is empty"
        raise DocumentError(f"{label}: document {what}")
    raw_text = text
    if strip_boilerplate:
        text = strip_boilerplate_lines(text).text.strip()
        if not text:
            raise DocumentError(f"{label}: no article text, only page furniture (share buttons, link lists, notices)")
    if "\x00" in text or control_share(text) > MAX_CONTROL_SHARE:
        raise DocumentError(f"{label}: looks like binary data, not text")
    checked_url = _checked_url(url, source=f"{label}: url") if url is not None else None
    if checked_url is None and page is not None:
        checked_url = page.url
    published_date, published_source = _publication_date(published, page, raw_text, checked_url, label=label)
    return Document(
        text=text,
        name=name,
        outlet=clean_label(outlet) if outlet is not None else (page.outlet if page else None),
        url=checked_url,
        published=published_date,
        title=clean_label(title) if title is not None else (page.title if page else None),
        published_source=published_source,
    )


def _publication_date(
    published: date | str | None, page: HtmlPage | None, raw_text: str, url: str | None, *, label: str
) -> tuple[date | None, str]:
    """The document's publication date and where it came from.

    A date given (argument, sidecar, CLI, feed) always wins; then the HTML
    page's metadata (htmldate); then a date line printed in the page text
    (:func:`mapapp.extract.page_date.find_page_date`, looked for in the text before
    boilerplate stripping, since date lines are page furniture); last the
    page's address (:func:`mapapp.extract.page_date.date_from_url`).
    """
    if published is not None:
        return parse_published(published, source=f"{label}: publication date"), PUBLISHED_GIVEN
    if page is not None and page.published is not None:
        return page.published, PUBLISHED_FROM_HTML
    found = find_page_date(raw_text)
    if found is not None:
        return found.value, PUBLISHED_FROM_PAGE_TEXT
    from_url = date_from_url(url) if url else None
    if from_url is not None:
        return from_url, PUBLISHED_FROM_URL
    return None, PUBLISHED_GIVEN


def _too_large_message(label: str, size: int) -> str:
    return f"{label}: too large ({size:,} bytes; the limit is {MAX_DOCUMENT_BYTES:,} bytes)"


def check_web_url(url: str, *, source: str = "url") -> str:
    """``url`` stripped, if it is an absolute http(s) URL (it ends up as a link in the app); else a DocumentError."""
    return _checked_url(url, source=source)


def _checked_url(url: str, *, source: str) -> str:
    cleaned = url.strip()
    if not is_web_url(cleaned):
        raise DocumentError(f"{source}: {url!r} is not an http:// or https:// URL")
    return cleaned


__all__ = [
    "DOCUMENT_SUFFIXES",
    "HTML_SUFFIXES",
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
