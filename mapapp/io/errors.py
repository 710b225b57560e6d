"""The error every reader of documents raises: :class:`DocumentError`."""

from __future__ import annotations


class DocumentError(ValueError):
    """A document that cannot be read as an article; the message names it and says why."""


__all__ = ["DocumentError"]
