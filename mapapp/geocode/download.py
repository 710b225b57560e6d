"""Fetching gazetteer sources into the user data folder: resumable, atomic and validated.

Sources: the GeoNames country dump for Syria (``SY.zip``), OpenStreetMap places
through the Overpass API (``osm-places.json``) and the OCHA COD populated
places CSV from HDX (``ocha-places.csv``). Each file is streamed to a
``.part`` file in the destination folder; an interrupted download is resumed
from where it stopped with an HTTP ``Range`` request (a server that ignores
it sends the whole file again). The finished file is checked by parsing it
in its source's format, and only then renamed into place, so a failed
download never replaces a good file.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Callable
from pathlib import Path

from mapapp.geocode.gazetteer import Gazetteer
from mapapp.geocode.sources import GazetteerError, load_geonames_dump

DEFAULT_GEONAMES_URL = "https://download.geonames.org/export/dump/SY.zip"
URL_ENV = "MAPAPP_GEONAMES_URL"
DEFAULT_OVERPASS_URL = "https://overpass-api.de/api/interpreter"
OVERPASS_URL_ENV = "MAPAPP_OVERPASS_URL"
OCHA_URL_ENV = "MAPAPP_OCHA_PLACES_URL"
#: Where a user finds the OCHA populated places for Syria (the file's URL changes with each release).
OCHA_DATASET_PAGE = "HDX dataset 'Syrian Arab Republic - Populated places' (cod-ps / cod-ab-syr, CSV of populated places)"
SOURCES: tuple[str, ...] = ("geonames", "osm", "ocha")
CHUNK_BYTES = 64 * 1024
TIMEOUT_SECONDS = 60


class DownloadError(RuntimeError):
    """The dump could not be fetched, or what was fetched is not a GeoNames dump."""


def geonames_url(url: str | None = None) -> str:
    """The URL to fetch: the given one, else ``$MAPAPP_GEONAMES_URL``, else GeoNames' SY.zip."""
    return url or os.environ.get(URL_ENV) or DEFAULT_GEONAMES_URL


def download_geonames_dump(
    url: str,
    dest_dir: Path,
    progress: Callable[[int | None], Callable[[int], None]] | None = None,
) -> tuple[Path, Gazetteer]:
    """Download ``url`` into ``dest_dir`` as ``SY.zip`` (or ``SY.txt`` for a plain dump); return path and gazetteer.

    ``progress(total_bytes_or_None)`` may return a callback that is called with
    each chunk's size. Raises :class:`DownloadError` with a clear message.
    """
    dest_dir.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=dest_dir, prefix=".geonames-", suffix=".download")
    temp_path = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            _fetch(url, handle, progress)
            handle.flush()
            os.fsync(handle.fileno())
        is_zip = zipfile.is_zipfile(temp_path)
        if url.lower().endswith(".zip") and not is_zip:
            raise DownloadError(f"{url} did not return a zip file (is the URL right?)")
        try:
            gazetteer = load_geonames_dump(temp_path)
        except GazetteerError as exc:
            raise DownloadError(f"{url} is not a GeoNames dump: {exc}") from None
        final = dest_dir / ("SY.zip" if is_zip else "SY.txt")
        os.replace(temp_path, final)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp_path.unlink()
        raise
    return final, gazetteer


ProgressFactory = Callable[[int | None, int], Callable[[int], None]]


def fetch_resumable(url: str, part: Path, progress: ProgressFactory | None = None) -> None:
    """Download ``url`` into ``part``, resuming from ``part``'s current size when the server honours ``Range``.

    ``progress(total_or_None, already_have)`` may return a callback called with each chunk's size.
    """
    if not url.lower().startswith(("http://", "https://")):
        raise DownloadError(f"only http(s) URLs can be downloaded, not {url!r}")
    have = part.stat().st_size if part.is_file() else 0
    headers = {"User-Agent": "mapapp gazetteer download"}
    if have:
        headers["Range"] = f"bytes={have}-"
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            resumed = have > 0 and response.status == 206
            if not resumed:
                have = 0
            length = response.headers.get("Content-Length")
            total = have + int(length) if length and length.isdigit() else None
            advance = progress(total, have) if progress else None
            with part.open("ab" if resumed else "wb") as handle:
                while chunk := response.read(CHUNK_BYTES):
                    handle.write(chunk)
                    if advance is not None:
                        advance(len(chunk))
                handle.flush()
                os.fsync(handle.fileno())
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have:  # the part file is already complete
            return
        raise DownloadError(f"download failed: HTTP {exc.code} {exc.reason} for {url}") from None
    except urllib.error.URLError as exc:
        raise DownloadError(f"cannot reach {url}: {exc.reason} (kept {part.name} to resume later)") from None
    except TimeoutError:
        raise DownloadError(f"download from {url} timed out after {TIMEOUT_SECONDS} s (run again to resume)") from None
    except (http.client.HTTPException, ConnectionError) as exc:
        raise DownloadError(f"download from {url} broke off: {exc} (run again to resume)") from None


def _fetch(url: str, handle: object, progress: Callable[[int | None], Callable[[int], None]] | None) -> None:
    if not url.lower().startswith(("http://", "https://")):
        raise DownloadError(f"only http(s) URLs can be downloaded, not {url!r}")
    request = urllib.request.Request(url, headers={"User-Agent": "mapapp gazetteer download"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            length = response.headers.get("Content-Length")
            advance = progress(int(length) if length and length.isdigit() else None) if progress else None
            while chunk := response.read(CHUNK_BYTES):
                handle.write(chunk)  # type: ignore[attr-defined]
                if advance is not None:
                    advance(len(chunk))
    except urllib.error.HTTPError as exc:
        raise DownloadError(f"download failed: HTTP {exc.code} {exc.reason} for {url}") from None
    except urllib.error.URLError as exc:
        raise DownloadError(f"cannot reach {url}: {exc.reason}") from None
    except TimeoutError:
        raise DownloadError(f"download from {url} timed out after {TIMEOUT_SECONDS} s") from None
    except (http.client.HTTPException, ConnectionError) as exc:
        raise DownloadError(f"download from {url} broke off: {exc}") from None


def source_url(source: str, url: str | None = None) -> str:
    """The URL to fetch ``source`` from: the given one, else its environment variable, else its default."""
    from mapapp.geocode.osm import overpass_query

    if url:
        return url
    if source == "geonames":
        return geonames_url()
    if source == "osm":
        base = os.environ.get(OVERPASS_URL_ENV) or DEFAULT_OVERPASS_URL
        return base + ("&" if "?" in base else "?") + urllib.parse.urlencode({"data": overpass_query()})
    if source == "ocha":
        if os.environ.get(OCHA_URL_ENV):
            return os.environ[OCHA_URL_ENV]
        raise DownloadError(
            f"the OCHA populated places have no fixed URL: download the CSV from the {OCHA_DATASET_PAGE} "
            f"and run 'mapapp gazetteer download --source ocha --file PATH' (or pass --url / set ${OCHA_URL_ENV})"
        )
    raise DownloadError(f"unknown source {source!r} (one of {', '.join(SOURCES)})")


def _validate(source: str, path: Path) -> tuple[str, int]:
    """The file name the source is kept under and how many places the file holds; DownloadError if malformed."""
    from mapapp.geocode.ocha import OchaFormatError
    from mapapp.geocode.osm import OverpassFormatError, places_from_overpass
    from mapapp.geocode.sources import OCHA_FILE_NAME, OSM_FILE_NAME, read_ocha_places

    try:
        if source == "geonames":
            return ("SY.zip" if zipfile.is_zipfile(path) else "SY.txt"), len(load_geonames_dump(path))
        if source == "osm":
            places = places_from_overpass(path.read_bytes())
            if not places:
                raise OverpassFormatError("the answer holds no named places")
            return OSM_FILE_NAME, len(places)
        places_csv = read_ocha_places(path)
        if not places_csv:
            raise OchaFormatError("the file holds no places")
        return OCHA_FILE_NAME, len(places_csv)
    except (GazetteerError, OverpassFormatError, OchaFormatError, UnicodeDecodeError) as exc:
        raise DownloadError(f"what was fetched for {source} is not in its format: {exc}") from None


def download_source(
    source: str, dest_dir: Path, url: str | None = None, progress: ProgressFactory | None = None
) -> tuple[Path, int]:
    """Fetch ``source`` (resuming a partial download) into ``dest_dir``; return the saved file and its place count."""
    if source not in SOURCES:
        raise DownloadError(f"unknown source {source!r} (one of {', '.join(SOURCES)})")
    dest_dir.mkdir(parents=True, exist_ok=True)
    fetch_url = source_url(source, url)
    part = dest_dir / f".{source}.part"
    fetch_resumable(fetch_url, part, progress)
    try:
        file_name, count = _validate(source, part)
    except DownloadError:
        part.unlink(missing_ok=True)  # a complete but malformed file: do not resume onto it
        raise
    final = dest_dir / file_name
    os.replace(part, final)
    return final, count


def import_source_file(source: str, path: Path, dest_dir: Path) -> tuple[Path, int]:
    """Copy a file the user downloaded (e.g. the OCHA CSV) into ``dest_dir`` after checking its format."""
    from mapapp.io.atomic import atomic_write_bytes

    if not path.is_file():
        raise DownloadError(f"file not found: {path}")
    file_name, count = _validate(source, path)
    dest_dir.mkdir(parents=True, exist_ok=True)
    final = dest_dir / file_name
    atomic_write_bytes(final, path.read_bytes())
    return final, count


__all__ = [
    "DEFAULT_GEONAMES_URL",
    "DEFAULT_OVERPASS_URL",
    "OCHA_URL_ENV",
    "OVERPASS_URL_ENV",
    "SOURCES",
    "URL_ENV",
    "DownloadError",
    "download_geonames_dump",
    "download_source",
    "fetch_resumable",
    "geonames_url",
    "import_source_file",
    "source_url",
]
