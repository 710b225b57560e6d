"""Helpers several sub-commands share: finding the article files and loading the gazetteer as a user error.

Not a sub-command module (it has no ``register``); imports of the heavy parts stay inside the functions so
that ``mapapp --help`` stays fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mapapp.cli import CliError

if TYPE_CHECKING:
    from mapapp.geocode import Gazetteer


def collect_article_paths(raw_paths: Sequence[str], failures: list[str]) -> list[Path]:
    """The article files the arguments name (folders expanded), each once; problems go to ``failures``.

    Each argument is expanded on its own, so one missing path does not hide the files the others name.
    """
    from mapapp.io.ingest import DocumentError, collect_paths

    paths: list[Path] = []
    for raw in raw_paths:
        try:
            paths.extend(collect_paths([raw]))
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


__all__ = ["collect_article_paths", "load_gazetteer_or_fail"]
