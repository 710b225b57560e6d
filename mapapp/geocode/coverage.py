"""What the loaded gazetteer covers, which village-level sources are missing, and fetching them.

The embedded default knows the towns GeoNames' cities500 lists (at least 500
inhabitants), the governorates and a few sites: no villages. Villages come from
the GeoNames SY dump and OpenStreetMap (``mapapp gazetteer download``), and the
OCHA populated places a user downloads from HDX. This module answers, for the
CLI (``gazetteer search``/``info``) and the app's first-run notice alike:

- :func:`gazetteer_coverage`: what is loaded (towns per governorate, which
  sources), what is missing, and whether downloaded files wait to be loaded;
- :func:`coverage_hint` and :func:`download_instructions`: the text that says
  so, with the exact commands and where the files go;
- :func:`source_reachability`: a cheap check (a TCP connection, bounded in
  time) that the download servers can be reached at all;
- :func:`download_village_sources`: the download steps (GeoNames, then
  OpenStreetMap) with one progress callback, each source's outcome reported.
"""

from __future__ import annotations

import socket
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from mapapp.geocode.download import SOURCES, DownloadError, download_source, source_url
from mapapp.geocode.gazetteer import Gazetteer
from mapapp.geocode.sources import EMBEDDED_SOURCE_PREFIX, downloaded_source_paths
from mapapp.model import GOVERNORATES, Precision

#: Sources that can be downloaded without the user choosing a file (the OCHA CSV has no fixed URL).
VILLAGE_SOURCES: tuple[str, ...] = ("geonames", "osm")
SOURCE_LABELS: dict[str, str] = {"geonames": "GeoNames", "osm": "OpenStreetMap", "ocha": "OCHA populated places"}
#: The command that fetches the village-level sources into the user data folder.
DOWNLOAD_COMMAND = "mapapp gazetteer download --source all"
OCHA_COMMAND = "mapapp gazetteer download --source ocha --file PATH"
REACHABILITY_TIMEOUT_SECONDS = 3.0

#: ``progress(source, bytes_so_far, total_bytes_or_None)``, called as a download starts and after each chunk.
DownloadProgress = Callable[[str, int, int | None], None]


@dataclass(frozen=True)
class GazetteerCoverage:
    """What a loaded gazetteer covers and which village-level sources the user data folder holds."""

    source: str
    #: Towns per covered governorate: populated places with a point of their own.
    towns: dict[str, int]
    #: True when the gazetteer is the embedded default (towns, no villages).
    embedded_only: bool
    #: Source files present in :attr:`folder` (by source name), loaded or not.
    downloaded: dict[str, Path]
    folder: Path

    @property
    def missing(self) -> tuple[str, ...]:
        """Sources whose file is not in the user data folder."""
        return tuple(source for source in SOURCES if source not in self.downloaded)

    @property
    def waiting(self) -> bool:
        """Downloaded files are there but the loaded gazetteer is still the embedded one (reload to use them)."""
        return self.embedded_only and bool(self.downloaded)

    def towns_line(self) -> str:
        """``Al-Hasakah 17, Ar-Raqqah 11, Deir ez-Zor 15 towns`` (the covered governorates)."""
        return ", ".join(f"{admin1} {self.towns.get(admin1, 0)}" for admin1 in GOVERNORATES) + " towns"


def is_embedded(gazetteer: Gazetteer) -> bool:
    """True for the gazetteer that ships with mapapp (built by ``build_default_gazetteer``)."""
    return gazetteer.source.startswith(EMBEDDED_SOURCE_PREFIX)


def town_counts(gazetteer: Gazetteer) -> dict[str, int]:
    """Populated places with a point of their own in each covered governorate (names put at a governorate left out)."""
    return {
        admin1: sum(
            1 for place in gazetteer.places_in(admin1)
            if place.kind == "populated_place" and place.precision is Precision.PLACE
        )
        for admin1 in GOVERNORATES
    }


def gazetteer_coverage(gazetteer: Gazetteer, folder: Path | None = None) -> GazetteerCoverage:
    """What ``gazetteer`` covers and which source files ``folder`` (default: the user data folder) holds."""
    from mapapp import paths

    folder = folder if folder is not None else paths.user_data_dir()
    try:
        downloaded = downloaded_source_paths(folder)
    except OSError:
        downloaded = {}
    return GazetteerCoverage(
        source=gazetteer.source,
        towns=town_counts(gazetteer),
        embedded_only=is_embedded(gazetteer),
        downloaded=downloaded,
        folder=folder,
    )


def download_instructions(folder: Path, missing: Iterable[str] = SOURCES) -> str:
    """The exact commands that add the missing sources, and where their files go (for an offline machine too)."""
    missing = tuple(missing)
    from mapapp.geocode.sources import DUMP_FILE_NAMES, OCHA_FILE_NAME, OSM_FILE_NAME

    files = {"geonames": DUMP_FILE_NAMES[0], "osm": OSM_FILE_NAME, "ocha": OCHA_FILE_NAME}
    lines = []
    if any(source in missing for source in VILLAGE_SOURCES):
        lines += [
            f"{DOWNLOAD_COMMAND}   # GeoNames SY dump + OpenStreetMap places (needs internet)",
            "# no internet here? run it on a connected machine with --dest DIR, then copy "
            + " and ".join(files[s] for s in VILLAGE_SOURCES if s in missing) + " into:",
            f"#   {folder}",
        ]
    if "ocha" in missing:
        lines.append(f"{OCHA_COMMAND}   # the OCHA populated places CSV you got from HDX")
    return "\n".join(lines)


def coverage_hint(gazetteer: Gazetteer, folder: Path | None = None) -> str:
    """What the loaded gazetteer covers and the commands that add village-level sources."""
    return coverage_text(gazetteer_coverage(gazetteer, folder))


def coverage_text(coverage: GazetteerCoverage) -> str:
    """:func:`coverage_hint` for a coverage already worked out: first line the source, then what is missing."""
    lines = [f"gazetteer loaded: {coverage.source}"]
    if coverage.embedded_only:
        lines.append(f"embedded gazetteer, no villages: {coverage.towns_line()}")
    if coverage.missing:
        lines.append(
            "villages and small sites come from the full sources, not loaded yet: "
            + ", ".join(coverage.missing) + ".\n" + _indent(download_instructions(coverage.folder, coverage.missing))
        )
    return "\n".join(lines)


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _host_and_port(url: str) -> tuple[str, int]:
    parsed = urllib.parse.urlsplit(url)
    return parsed.hostname or "", parsed.port or (443 if parsed.scheme == "https" else 80)


def _connect_in_background(host: str, port: int, timeout: float, outcome: list[str | None]) -> threading.Thread:
    """Start a daemon thread that appends None to ``outcome`` when ``host:port`` accepts a TCP connection, else why not.

    Name resolution ignores socket timeouts, so the caller stops waiting for the thread instead.
    """

    def attempt() -> None:
        try:
            with socket.create_connection((host, port), timeout=timeout):
                outcome.append(None)
        except OSError as exc:
            outcome.append(str(exc.strerror or exc))

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    return thread


def source_reachability(
    sources: Sequence[str] = VILLAGE_SOURCES, timeout: float = REACHABILITY_TIMEOUT_SECONDS
) -> dict[str, str | None]:
    """For each source, None when its server accepts a connection within ``timeout`` seconds, else why not.

    The servers are tried at once, so the whole check takes at most ``timeout``. A source without a
    URL (OCHA without ``$MAPAPP_OCHA_PLACES_URL``) is reported as such.
    """
    result: dict[str, str | None] = {}
    attempts: dict[str, tuple[str, threading.Thread, list[str | None]]] = {}
    for source in sources:
        try:
            host, port = _host_and_port(source_url(source))
        except DownloadError as exc:
            result[source] = str(exc)
            continue
        outcome: list[str | None] = []
        attempts[source] = (f"{host}:{port}", _connect_in_background(host, port, timeout, outcome), outcome)
    deadline = time.monotonic() + timeout
    for source, (address, thread, outcome) in attempts.items():
        thread.join(max(0.0, deadline - time.monotonic()))
        reason = outcome[0] if outcome else f"no answer within {timeout:g} s"
        result[source] = None if reason is None else f"cannot reach {address}: {reason}"
    return {source: result[source] for source in sources}


@dataclass(frozen=True)
class SourceDownload:
    """One source's download outcome: the saved file and its place count, or the error."""

    source: str
    path: Path | None = None
    places: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def describe(self) -> str:
        label = SOURCE_LABELS.get(self.source, self.source)
        if self.error is not None:
            return f"{label}: failed: {self.error}"
        return f"{label}: {self.places:,} places saved to {self.path}"


def download_village_sources(
    dest: Path | None = None,
    sources: Sequence[str] = VILLAGE_SOURCES,
    progress: DownloadProgress | None = None,
) -> list[SourceDownload]:
    """Fetch each source into ``dest`` (default: the user data folder), resuming partial downloads.

    One source failing does not stop the next; each outcome says what happened.
    ``progress(source, bytes_so_far, total_or_None)`` follows each download.
    """
    from mapapp import paths

    dest = dest if dest is not None else paths.user_data_dir()
    outcomes: list[SourceDownload] = []
    for source in sources:
        try:
            path, count = download_source(source, dest, progress=_byte_counter(source, progress))
        except DownloadError as exc:
            outcomes.append(SourceDownload(source, error=str(exc)))
        except OSError as exc:
            outcomes.append(SourceDownload(source, error=f"cannot save into {dest}: {exc.strerror or exc}"))
        else:
            outcomes.append(SourceDownload(source, path=path, places=count))
    return outcomes


def _byte_counter(
    source: str, progress: DownloadProgress | None
) -> Callable[[int | None, int], Callable[[int], None]] | None:
    """The progress factory :func:`download_source` takes, turned into calls of ``progress(source, done, total)``."""
    if progress is None:
        return None

    def start(total: int | None, already: int) -> Callable[[int], None]:
        done = [already]
        progress(source, already, total)

        def advance(size: int) -> None:
            done[0] += size
            progress(source, done[0], total)

        return advance

    return start


__all__ = [
    "DOWNLOAD_COMMAND",
    "VILLAGE_SOURCES",
    "DownloadProgress",
    "GazetteerCoverage",
    "SourceDownload",
    "coverage_hint",
    "coverage_text",
    "download_instructions",
    "download_village_sources",
    "gazetteer_coverage",
    "is_embedded",
    "source_reachability",
    "town_counts",
]
