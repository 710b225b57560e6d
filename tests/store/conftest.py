"""Fixtures for the store tests: a fresh store on each back end, and hand-built incidents.

``store_url`` is parametrised over ``sqlite`` (a file in the test's tmp folder)
and ``postgis`` (a fresh schema in ``$MAPAPP_TEST_POSTGIS_URL``, dropped after
the test; skipped, or failed under ``MAPAPP_REQUIRE_POSTGIS``, when unset).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from mapapp.store import IncidentStore, open_store

try:
    from tests.conftest import skip_or_fail
except ImportError:  # pytest run without the repository root on sys.path
    from conftest import skip_or_fail  # type: ignore[no-redef]

ARTICLES = Path(__file__).resolve().parent / "articles"


def postgis_schema_url(base_url: str, schema: str) -> str:
    """``base_url`` with its search path set to ``schema`` (then ``public``, where PostGIS lives)."""
    url = sa.engine.make_url(base_url)
    url = url.update_query_dict({"options": f"-csearch_path={schema},public"})
    return url.render_as_string(hide_password=False)


def _admin_engine(base_url: str) -> sa.Engine:
    return sa.create_engine(sa.engine.make_url(base_url).set(drivername="postgresql+psycopg"))


@pytest.fixture(params=["sqlite", pytest.param("postgis", marks=pytest.mark.postgis)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "incidents.sqlite")
        return
    base_url = os.environ.get("MAPAPP_TEST_POSTGIS_URL")
    if not base_url:
        skip_or_fail("MAPAPP_TEST_POSTGIS_URL is not set (run: source .ci/start-postgis.sh)", "MAPAPP_REQUIRE_POSTGIS")
    assert base_url is not None
    schema = f"mapapp_test_{uuid.uuid4().hex[:12]}"
    engine = _admin_engine(base_url)
    with engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        yield postgis_schema_url(base_url, schema)
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        engine.dispose()


@pytest.fixture
def store(store_url: str) -> Iterator[IncidentStore]:
    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.close()
