"""The persistent incident store (SQLite by default, PostgreSQL + PostGIS on request).

``open_store(None)`` opens ``$MAPAPP_DB`` when set, else the SQLite file
``paths.user_data_dir()/"incidents.sqlite"`` (created and migrated on first
use); ``open_store("path/to/file.sqlite")`` or ``open_store("postgresql://...")``
open another one. See :mod:`mapapp.store.store` for the API and the id rules,
:mod:`mapapp.store.merge` for when reports are merged.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa

from mapapp import paths
from mapapp.store.backends import StoreError, open_backend, redact_url
from mapapp.store.edits import EDITABLE_FIELDS, EditError
from mapapp.store.merge import MergeRule
from mapapp.store.store import (
    EditRecord,
    IncidentRecord,
    IncidentStore,
    IngestResult,
    PossibleDuplicate,
    RegeocodeResult,
    ReportRecord,
    StoreCounts,
    check_bbox,
)

DEFAULT_FILENAME = "incidents.sqlite"


def default_store_location() -> str:
    """``$MAPAPP_DB`` when set, else the SQLite file in the user data folder."""
    return os.environ.get("MAPAPP_DB") or str(paths.user_data_dir() / DEFAULT_FILENAME)


def open_store(
    url_or_path: str | Path | None = None, rule: MergeRule | None = None, *, create: bool = True
) -> IncidentStore:
    """Open (creating and migrating as needed) the store at a file path or ``postgresql://`` URL.

    With ``create=False`` (for commands that only read or correct what is
    stored) a missing SQLite file is an error rather than a new, empty store.
    Every failure to open is a :class:`StoreError` with a one-line message that
    names the store without its password, whatever the driver raised.
    """
    location = default_store_location() if url_or_path is None or str(url_or_path) == "" else url_or_path
    try:
        return IncidentStore(open_backend(location, create=create), rule=rule)
    except StoreError:
        raise
    except sa.exc.SQLAlchemyError as exc:
        detail = " ".join(str(getattr(exc, "orig", None) or exc).split())  # one line, whatever the driver says
        raise StoreError(f"cannot open the incident store {redact_url(str(location))}: {detail}") from None
    except OSError as exc:
        raise StoreError(f"cannot open the incident store {location}: {exc.strerror or exc}") from None


__all__ = [
    "DEFAULT_FILENAME",
    "EDITABLE_FIELDS",
    "EditError",
    "EditRecord",
    "IncidentRecord",
    "IncidentStore",
    "IngestResult",
    "MergeRule",
    "PossibleDuplicate",
    "RegeocodeResult",
    "ReportRecord",
    "StoreCounts",
    "StoreError",
    "check_bbox",
    "default_store_location",
    "open_store",
]
