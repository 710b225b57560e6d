"""File I/O at the edges of mapapp.

* :mod:`.reading` — reading articles (files, uploads, pasted text) into Documents;
  :mod:`.encoding` decodes bytes, :mod:`.html` reads pages (trafilatura,
  htmldate), :mod:`.boilerplate` drops page-furniture lines;
* :mod:`.web` — fetching pages and RSS/Atom feeds over HTTP, politely;
* :mod:`.export` — GeoJSON, CSV and GeoPackage exports; :mod:`.atomic` — atomic writes.

The reading names are also available here (``from mapapp.io import read_document``),
loaded on first use so that ``import mapapp.io.atomic`` pulls in nothing else.
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY = {
    "DocumentError": "mapapp.io.errors",
    "collect_paths": "mapapp.io.reading",
    "read_document": "mapapp.io.reading",
    "document_from_bytes": "mapapp.io.reading",
    "document_from_text": "mapapp.io.reading",
    "parse_published": "mapapp.io.reading",
    "check_web_url": "mapapp.io.reading",
    "decode_bytes": "mapapp.io.encoding",
    "parse_html": "mapapp.io.html",
    "strip_boilerplate": "mapapp.io.boilerplate",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'mapapp.io' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = sorted(_LAZY)
