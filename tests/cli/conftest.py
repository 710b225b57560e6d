"""Fixtures shared by the CLI tests: a user environment that reads nothing from the developer's machine, and a
pipeline that breaks on chosen documents (to check that a run goes on past them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import mapapp.pipeline


@pytest.fixture
def isolated_user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The embedded gazetteer, no boundaries, no default store: the data folder is under ``tmp_path``."""
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))
    for name in ("MAPAPP_GAZETTEER", "MAPAPP_BOUNDARIES", "MAPAPP_DB"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def pipeline_breaking_on(monkeypatch: pytest.MonkeyPatch) -> Callable[[str, BaseException], None]:
    """``pipeline_breaking_on(marker, error)``: ``process_document`` raises ``error`` on any document whose text
    holds ``marker`` and processes the others as usual."""

    def install(marker: str, error: BaseException) -> None:
        real = mapapp.pipeline.process_document

        def breaking(document, resolver):  # type: ignore[no-untyped-def]
            if marker in document.text:
                raise error
            return real(document, resolver)

        monkeypatch.setattr(mapapp.pipeline, "process_document", breaking)

    return install
