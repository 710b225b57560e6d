"""Opening a database and running write transactions safely on SQLite or PostgreSQL.

Writers are serialized, because ingest reads (merge candidates) and then
writes: SQLite takes the write lock up front with ``BEGIN IMMEDIATE`` (WAL mode,
a busy timeout, and a retry loop on "database is locked"); PostgreSQL takes a
transaction-level advisory lock and retries serialization failures and
deadlocks. Readers never block writers on either.
"""

from __future__ import annotations

import random
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from mapapp.store.spatial import SpatialIndex, spatial_index_for

T = TypeVar("T")

SQLITE_BUSY_TIMEOUT_MS = 30_000
WRITE_ATTEMPTS = 20
#: Key of the PostgreSQL advisory lock that serializes mapapp writers (any fixed 64-bit number).
PG_WRITE_LOCK_KEY = 0x6D61706170700001
_PG_RETRY_SQLSTATES = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected


class StoreError(Exception):
    """The store cannot do what was asked (bad URL, unknown incident, conflicting ids...)."""


@dataclass
class Backend:
    """An engine plus the dialect's way of starting a write transaction and its spatial index."""

    engine: Engine
    dialect: str
    spatial: SpatialIndex
    description: str

    def write(self, work: Callable[[Connection], T]) -> T:
        """Run ``work(conn)`` in one serialized write transaction, retrying on lock/serialization errors.

        ``work`` must be safe to re-run: the transaction is rolled back before each retry.
        """
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self.engine.connect().execution_options(mapapp_write=True) as conn:
                    with conn.begin():
                        if self.dialect == "postgresql":
                            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_WRITE_LOCK_KEY})
                        return work(conn)
            except sa.exc.DBAPIError as exc:
                if not self._retryable(exc):
                    raise database_failure(self.description, exc) from None
                if attempt == WRITE_ATTEMPTS - 1:
                    raise StoreError(
                        f"the incident store {self.description} stayed locked by another program "
                        f"({WRITE_ATTEMPTS} attempts): nothing was written; try again when it has finished"
                    ) from None
            time.sleep(min(2.0, 0.05 * 2**attempt) * random.uniform(0.5, 1.0))
        raise AssertionError("unreachable")  # pragma: no cover

    def _retryable(self, exc: sa.exc.DBAPIError) -> bool:
        return retryable_error(self.dialect, exc.orig)

    def read(self) -> Connection:
        """A connection for reading (use as a context manager).

        Close every result before leaving the block (``.all()``, ``.first()``, ``.scalar()`` do; a streamed
        result needs ``result.close()`` in a ``finally``): on SQLite an unfinished SELECT keeps its read
        snapshot past the ROLLBACK that returns the connection to the pool, and later reads on it would not
        see what other processes commit.
        """
        return self.engine.connect()

    def dispose(self) -> None:
        self.engine.dispose()


def retryable_error(dialect: str, error: BaseException | None) -> bool:
    """A lock or serialization error from the driver: the write transaction is re-run, not given up."""
    if dialect == "sqlite":
        message = str(error).lower()
        return "locked" in message or "busy" in message
    return getattr(error, "sqlstate", None) in _PG_RETRY_SQLSTATES


def database_failure(description: str, error: BaseException) -> StoreError:
    """A :class:`StoreError` for an error the database raised once open: one line that names the store and,
    for the failures a user can act on (a damaged file, a full disk, a read-only file), says what to do."""
    detail = " ".join(str(getattr(error, "orig", None) or error).split())
    lowered = detail.lower()
    if "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered:
        advice = "the file is damaged: restore it from a backup; sqlite3's .recover can save what is left"
    elif "disk is full" in lowered or "no space" in lowered:
        advice = "the disk is full; free some space and try again (nothing was written)"
    elif "readonly" in lowered or "read-only" in lowered:
        advice = "the file or its folder is read-only; nothing was written"
    else:
        advice = "nothing was written"
    return StoreError(f"the incident store {description} failed: {detail} ({advice})")


def _convert_database_errors(engine: Engine, dialect: str, description: str) -> None:
    """Raise every database error as a :class:`StoreError` (one clear line, no driver traceback), except the lock
    and serialization errors of a write transaction, which :meth:`Backend.write` retries and then reports."""

    @sa.event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        if getattr(context, "is_pre_ping", False):
            return  # the pool's liveness check on PostgreSQL: SQLAlchemy reconnects, nothing has failed yet
        error = context.original_exception
        connection = context.connection
        writing = connection is not None and connection.get_execution_options().get("mapapp_write")
        if writing and retryable_error(dialect, error):
            return
        if isinstance(error, Exception) and not isinstance(error, StoreError) and context.sqlalchemy_exception is not None:
            raise database_failure(description, error) from None


def _ensure_wal(cursor: Any) -> None:
    """Switch the database file to WAL mode (persistent, so usually already done).

    Changing the journal mode needs an exclusive lock and SQLite does not call
    the busy handler for it: two processes creating the store at once would get
    "database is locked" straight away. So read the mode first (no lock needed)
    and retry the switch for as long as the busy timeout allows.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
            return
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(random.uniform(0.01, 0.05))


#: Tables every mapapp store has (migration 1); a database with other tables and not these is someone else's.
STORE_TABLES = frozenset({"schema_version", "documents", "incidents", "reports", "edits"})


def check_sqlite_store_file(path: Path) -> None:
    """Refuse an existing file that is not a mapapp store, without writing to it (a read-only SQLite connection).

    An empty file or an SQLite database without tables becomes a new store; a mapapp store is opened; anything
    else (a GeoPackage, another program's database, a text file) is a :class:`StoreError` that says so, and the
    file is left byte for byte as it was: no WAL switch, no tables added.

    The file is read through SQLite only, never with a plain ``open()``: closing any descriptor of a database
    file releases every POSIX lock this process holds on it, so a process that already had the store open (the
    app's server opens it again on later reruns) would lose its locks, another process could then checkpoint
    and delete the WAL under it, and the store would be corrupted (sqlite.org/howtocorrupt.html, 2.2). SQLite's
    own file handling keeps those locks.
    """
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
        try:
            rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc).lower():
            raise StoreError(f"{path} is not a mapapp store: it is not an SQLite database") from None
        raise StoreError(f"{path} is not a mapapp store: cannot read it as SQLite ({exc})") from None
    tables = {str(name) for (name,) in rows if not str(name).startswith("sqlite_")}
    if not tables and not application_id:
        return  # an SQLite file with nothing in it: a new store
    if STORE_TABLES <= tables:
        return
    kind = "a GeoPackage" if application_id in (0x47504B47, 0x47503130) or "gpkg_contents" in tables else (
        "another program's SQLite database"
    )
    shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
    raise StoreError(
        f"{path} is not a mapapp store: it is {kind} (tables: {shown or 'none'}); "
        "give --db a new file name or an existing mapapp store"
    )


def _sqlite_backend(path: Path, *, create: bool = True) -> Backend:
    path = path.expanduser()
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a folder, not an SQLite database file")
    if not create and not path.exists():
        raise StoreError(f"no incident store at {path}: add articles to it with `mapapp ingest` first")
    if path.exists():
        check_sqlite_store_file(path)  # before the engine: its first connection switches the file to WAL
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder for {path}: {exc}") from exc
    engine = sa.create_engine(f"sqlite:///{path}", connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite's own
        # transaction handling would defer it and cannot do BEGIN IMMEDIATE).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        _ensure_wal(cursor)
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("mapapp_write") else "BEGIN")

    _convert_database_errors(engine, "sqlite", str(path))
    return Backend(engine=engine, dialect="sqlite", spatial=spatial_index_for("sqlite"), description=str(path))


def _postgres_backend(url: str) -> Backend:
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"not a database URL: {redact_url(url)!r}") from exc
    parsed = parsed.set(drivername="postgresql+psycopg")
    engine = sa.create_engine(parsed, pool_pre_ping=True)
    description = parsed.render_as_string(hide_password=True)
    _convert_database_errors(engine, "postgresql", description)
    return Backend(engine=engine, dialect="postgresql", spatial=spatial_index_for("postgresql"), description=description)


def redact_url(url: str) -> str:
    """``scheme://user:secret@host/db`` → ``scheme://***@host/db``: error messages never show credentials."""
    return re.sub(r"(?<=://)[^/@]*@", "***@", url, count=1)


def open_backend(url_or_path: str | Path, *, create: bool = True) -> Backend:
    """A backend for a ``postgresql://`` URL, an ``sqlite:///`` URL or a plain file path.

    With ``create=False`` a missing SQLite file is a :class:`StoreError` instead of a new, empty store
    (a PostgreSQL database must exist in any case).
    """
    text = str(url_or_path)
    if text.startswith(("postgresql://", "postgresql+psycopg://", "postgres://")):
        if text.startswith("postgres://"):
            text = "postgresql://" + text[len("postgres://") :]
        return _postgres_backend(text)
    if text.startswith("sqlite:///"):
        return _sqlite_backend(Path(text[len("sqlite:///") :]), create=create)
    if "://" in text:
        raise StoreError(f"unsupported database URL {redact_url(text)!r}: use a file path or postgresql://...")
    return _sqlite_backend(Path(text), create=create)
