"""Atomic file writes: a reader sees the old file or the complete new one, never half of either.

The data goes to a temporary file in the destination's own folder (so the final
``os.replace`` is a rename on one file system, which POSIX and Windows make
atomic), is flushed and fsync'ed, and only then replaces the destination. If
anything fails before that, the temporary file is removed and the destination
is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "wb", encoding: str | None = None) -> Iterator[IO[Any]]:
    """Open a temporary file for writing that atomically becomes ``path`` when the block ends without error.

    ``mode`` is ``"wb"`` (bytes) or ``"w"`` (text; ``encoding`` defaults to UTF-8).
    An existing file's permission bits are kept; a new file gets the usual
    ``0o666 & ~umask``, not the private ``0o600`` that temporary files are created with.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_write supports mode 'w' or 'wb', not {mode!r}")
    destination = Path(path)
    folder = destination.parent
    if not folder.is_dir():
        raise FileNotFoundError(f"cannot write {destination}: folder {folder} does not exist")
    fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{destination.name}.", suffix=".tmp")
    temp_path = Path(temp_name)
    try:
        text_encoding = (encoding or "utf-8") if mode == "w" else None
        newline = "" if mode == "w" else None  # write text exactly as given, no newline translation
        with os.fdopen(fd, mode, encoding=text_encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_path, _permissions_for(destination))
        os.replace(temp_path, destination)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp_path.unlink()
        raise
    _fsync_folder(folder)


@contextlib.contextmanager
def atomic_write_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary file name beside ``path`` for a writer that needs a name, not a handle (GDAL); when the
    block ends without error the file is fsync'ed and atomically becomes ``path``, else it is removed."""
    destination = Path(path)
    folder = destination.parent
    if not folder.is_dir():
        raise FileNotFoundError(f"cannot write {destination}: folder {folder} does not exist")
    temp_folder = Path(tempfile.mkdtemp(dir=folder, prefix=f".{destination.name}.", suffix=".tmp"))
    temp_path = temp_folder / destination.name
    try:
        yield temp_path
        with open(temp_path, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(temp_path, _permissions_for(destination))
        os.replace(temp_path, destination)
    finally:
        for leftover in temp_folder.iterdir():
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        temp_folder.rmdir()
    _fsync_folder(folder)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_write(path, "wb") as handle:
        handle.write(data)


def _permissions_for(destination: Path) -> int:
    try:
        return destination.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~_current_umask()


def _current_umask() -> int:
    """The process umask, read without changing it.

    ``os.umask`` can only be read by setting it, which would race with other
    threads creating files (Streamlit serves sessions on threads), so read
    Linux's /proc/self/status and otherwise assume the common 022.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows fsync on a directory (not Windows)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


__all__ = ["atomic_write", "atomic_write_bytes", "atomic_write_path"]
