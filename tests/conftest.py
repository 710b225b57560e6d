"""Fixtures shared by the whole suite.

The suite needs nothing outside this repository: the seed article is in
``seeds/``, small gazetteer and boundary fixtures we wrote are in
``tests/fixtures/``. Tests that need a browser or a PostGIS server skip when
those are missing, unless ``MAPAPP_REQUIRE_BROWSER`` / ``MAPAPP_REQUIRE_POSTGIS``
is set (as ``.ci/run`` does), in which case a missing one is a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mapapp.model import Document

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "seeds" / "000_b5de4e4ce07119c8.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def skip_or_fail(reason: str, required_env: str) -> None:
    """Skip a test for a missing facility, or fail it when the environment demands the facility."""
    if os.environ.get(required_env):
        pytest.fail(f"{reason} (and {required_env} is set)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_document(seed_text: str) -> Document:
    return Document(text=seed_text, name=SEED_PATH.name)


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES
