"""Fetching the GeoNames country dump for Syria into the user data folder, atomically and validated.

The file is streamed to a temporary file in the destination folder, checked
by loading it as a gazetteer, and only then renamed into place, so a failed or
interrupted download never replaces a good dump.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from pathlib import Path

from mapapp.geocode.gazetteer import Gazetteer
from mapapp.geocode.sources import GazetteerError, load_geonames_dump

DEFAULT_GEONAMES_URL = "https://download.geonames.org/export/dump/SY.zip"
URL_ENV = "MAPAPP_GEONAMES_URL"
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


def _fetch(url: str, handle: object, progress: Callable[[int | None], Callable[[int], None]] | None) -> None:
    if not url.lower().startswith(("http://", "https://")):
        raise DownloadError(f"only http(s) URLs can be downloaded, not {url!r}")
    request = urllib.request.Request(url, headers={"User-Agent": "mapapp gazetteer download"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 (scheme checked)
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


__all__ = ["DEFAULT_GEONAMES_URL", "URL_ENV", "DownloadError", "download_geonames_dump", "geonames_url"]
