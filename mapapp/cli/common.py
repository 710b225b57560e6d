"""Helpers several sub-commands share: finding the article files, loading the gazetteer and boundaries as user errors.

Not a sub-command module (it has no ``register``); imports of the heavy parts stay inside the functions so
that ``mapapp --help`` stays fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mapapp.cli import CliError

if TYPE_CHECKING:
    from mapapp.extract.scoring import IncidentScorer
    from mapapp.geocode import Gazetteer, Geocoder
    from mapapp.geocode.boundaries import GovernorateBoundaries

#: Help text for the ``--boundaries`` option of the commands that geocode.
BOUNDARIES_HELP = (
    "OCHA adm1 governorate boundaries GeoJSON, to check each point lies in the governorate claimed "
    "(default: $MAPAPP_BOUNDARIES, else the copy 'mapapp boundaries install' made, else no check)"
)


#: Help text for ``--follow-symlinks``.
FOLLOW_SYMLINKS_HELP = "read symbolic links inside a folder even when they point outside it (default: skip them)"


def collect_article_paths(raw_paths: Sequence[str], failures: list[str], *, follow_symlinks: bool = False) -> list[Path]:
    """The article files the arguments name (folders expanded), each once; problems go to ``failures``.

    Each argument is expanded on its own, so one missing path does not hide the files the others name.
    Symbolic links inside a folder that lead out of it are skipped (and reported) unless ``follow_symlinks``.
    """
    from mapapp.io.reading import DocumentError, collect_paths

    def skipped(path: Path, why: str) -> None:
        failures.append(f"{path}: {why}")

    paths: list[Path] = []
    for raw in raw_paths:
        try:
            paths.extend(collect_paths([raw], follow_symlinks=follow_symlinks, on_skip=skipped))
        except DocumentError as exc:
            failures.append(str(exc))
    return list(dict.fromkeys(paths))


def load_gazetteer_or_fail(gazetteer_path: str | None) -> Gazetteer:
    """The gazetteer ``--gazetteer`` names (else the default chain); any failure is a one-line :class:`CliError`."""
    from mapapp.geocode import load_gazetteer

    try:
        return load_gazetteer(gazetteer_path)
    except (OSError, ValueError) as exc:  # GazetteerError is a ValueError; its message names the file
        raise CliError(f"cannot load gazetteer: {exc}") from None


def load_scorer_or_fail() -> IncidentScorer:
    """The incident scorer extraction will use (the file ``$MAPAPP_SCORER`` names, else the one that ships), checked
    before any document is processed: a file that cannot be used is one :class:`CliError`, not a failure repeated
    for each document."""
    from mapapp.extract.scoring import SCORER_ENV, default_scorer

    try:
        return default_scorer()
    except ValueError as exc:
        raise CliError(f"{exc} (the scorer ${SCORER_ENV} names)") from None


def load_boundaries_or_fail(boundaries_path: str | None) -> GovernorateBoundaries | None:
    """The boundaries ``--boundaries`` names, else $MAPAPP_BOUNDARIES, else the installed copy, else None.

    A missing or malformed file is a one-line :class:`CliError` naming where the path came from.
    """
    from mapapp.geocode.boundaries import (
        BOUNDARIES_ENV,
        ORIGIN_ENV,
        ORIGIN_INSTALLED,
        BoundariesLocation,
        BoundaryError,
        load_governorate_boundaries,
        locate_boundaries,
    )

    location: BoundariesLocation | None = None
    try:
        location = locate_boundaries(boundaries_path)
        if location is None:
            return None
        return load_governorate_boundaries(location.path)
    except (OSError, ValueError) as exc:  # BoundaryError is a ValueError; its message names the file
        message = str(exc) if isinstance(exc, BoundaryError) else f"cannot read governorate boundaries: {exc}"
        if location is not None and location.origin == ORIGIN_ENV:
            message += f" (from ${BOUNDARIES_ENV})"
        elif location is not None and location.origin == ORIGIN_INSTALLED:
            message += " (the installed copy; reinstall with: mapapp boundaries install PATH)"
        raise CliError(" ".join(message.splitlines())) from None  # GDAL messages may span lines


def load_geocoder_or_fail(
    gazetteer_path: str | None, boundaries_path: str | None, store_location: str | None = None
) -> Geocoder:
    """A Geocoder on the gazetteer, checking points against the boundaries when there are any.

    Places analysts put on the map (the user gazetteer of the store at ``store_location``, else of the
    default store when it exists) are consulted first.
    """
    from mapapp.geocode import Geocoder

    gazetteer = load_gazetteer_or_fail(gazetteer_path)
    return Geocoder(
        gazetteer, boundaries=load_boundaries_or_fail(boundaries_path), user_places=user_places_of(store_location)
    )


def user_places_of(store_location: str | None = None) -> list[Any]:
    """The user gazetteer's places of an existing store (none when there is no store yet or it cannot be read)."""
    from mapapp.store import StoreError, open_store

    try:
        with open_store(store_location, create=False) as store:
            return [entry.place for entry in store.user_places()]
    except (StoreError, OSError):
        return []


__all__ = [
    "BOUNDARIES_HELP",
    "FOLLOW_SYMLINKS_HELP",
    "collect_article_paths",
    "load_boundaries_or_fail",
    "load_gazetteer_or_fail",
    "load_geocoder_or_fail",
]
