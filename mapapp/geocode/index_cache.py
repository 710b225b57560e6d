"""An on-disk cache of built gazetteer indexes, so a process does not rebuild a large index each start.

A built :class:`~mapapp.geocode.gazetteer.Gazetteer` is pickled into
``<user data dir>/index-cache/``. The cache key hashes the source files
(resolved path, size, modification time), the code that builds and indexes
places (the source of the ``mapapp.geocode`` modules) and the Python version,
so a changed source file or a new mapapp version rebuilds instead of
reading a stale index. Unreadable or damaged cache files are rebuilt, never an
error; writes are atomic. ``MAPAPP_INDEX_CACHE=0`` turns the cache off.

The pickle is only ever read from the user's own data folder, written by mapapp.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from mapapp.geocode.gazetteer import Gazetteer

CACHE_ENV = "MAPAPP_INDEX_CACHE"
CACHE_FOLDER = "index-cache"
#: Modules whose code decides what a built index holds; editing one invalidates every cached index.
_CODE_MODULES: tuple[str, ...] = ("gazetteer", "normalize", "sources", "merge", "admin1", "index_cache")

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the geocode modules' source and the Python version."""
    digest = hashlib.sha256(sys.version.encode())
    folder = Path(__file__).parent
    for module in _CODE_MODULES:
        path = folder / f"{module}.py"
        digest.update(path.read_bytes() if path.is_file() else b"-")
    return digest.hexdigest()[:16]


def cache_key(name: str, files: Iterable[Path]) -> str:
    """The key of an index named ``name`` built from ``files`` by the current code."""
    digest = hashlib.sha256(f"{name}\0{code_version()}".encode())
    for path in files:
        try:
            stat = path.stat()
            digest.update(f"\0{path.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
        except OSError:
            digest.update(f"\0{path}\0missing".encode())
    return digest.hexdigest()[:24]


def cache_enabled() -> bool:
    return os.environ.get(CACHE_ENV, "1").strip().lower() not in ("0", "false", "no", "off")


def cache_path(name: str, files: Iterable[Path]) -> Path:
    from mapapp import paths

    return paths.user_data_dir() / CACHE_FOLDER / f"{name}-{cache_key(name, files)}.pickle"


def cached_index(name: str, files: Iterable[Path], build: Callable[[], Gazetteer]) -> Gazetteer:
    """The index ``build()`` makes from ``files``: read from the disk cache when its key matches, else built and saved."""
    files = list(files)
    if not cache_enabled():
        return build()
    try:
        path = cache_path(name, files)
    except OSError as exc:  # no user data folder: work without the cache
        log.warning("index cache unavailable (%s); building the index", exc)
        return build()
    if path.is_file():
        try:
            with path.open("rb") as handle:
                loaded = pickle.load(handle)
            if isinstance(loaded, Gazetteer):
                return loaded
        except Exception as exc:
            log.warning("index cache %s unreadable (%s); rebuilding", path, exc)
    gazetteer = build()
    try:
        from mapapp.io.atomic import atomic_write_bytes

        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(f"{name}-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
        atomic_write_bytes(path, pickle.dumps(gazetteer, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as exc:
        log.warning("cannot save the index cache %s (%s)", path, exc)
    return gazetteer


__all__ = ["CACHE_ENV", "cache_enabled", "cache_key", "cache_path", "cached_index", "code_version"]
