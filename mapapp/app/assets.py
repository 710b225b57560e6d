"""Local copies of the map's JavaScript and CSS, so the app works with no internet.

folium points at CDNs by default. The app instead serves Leaflet and
Leaflet.markercluster from the ``xstatic`` packages (installed as
dependencies, never committed to this repository) through Streamlit's static
file serving: files in a ``static/`` folder next to the main script are served
at ``/app/static/...`` when ``server.enableStaticServing`` is on.

:data:`STATIC_URL` and the ``*_JS``/``*_CSS`` lists are what the map classes in
:mod:`mapapp.app.map_view` link to; :func:`populate_static_dir` copies the
files there. Files are copied rather than symlinked because Streamlit refuses
to serve a path whose real location is outside the static folder.
"""

from __future__ import annotations

import filecmp
import shutil
from dataclasses import dataclass
from pathlib import Path

from mapapp.io.atomic import atomic_write

#: The URL prefix Streamlit serves the ``static/`` folder under.
STATIC_URL = "/app/static"


@dataclass(frozen=True)
class StaticAsset:
    """A file (or folder) from an xstatic package and where it goes under ``static/``."""

    package: str  # xstatic package module, e.g. "xstatic.pkg.leaflet" (or "mapapp.app" for our own script)
    source: str  # path relative to the package's BASE_DIR (or the package folder)
    target: str  # path relative to the static folder

    @property
    def url(self) -> str:
        return f"{STATIC_URL}/{self.target}"


LEAFLET_JS = StaticAsset("xstatic.pkg.leaflet", "leaflet.js", "leaflet/leaflet.js")
LEAFLET_CSS = StaticAsset("xstatic.pkg.leaflet", "leaflet.css", "leaflet/leaflet.css")
# leaflet.css refers to images/layers.png etc. relative to itself.
LEAFLET_IMAGES = StaticAsset("xstatic.pkg.leaflet", "images", "leaflet/images")
MARKERCLUSTER_JS = StaticAsset(
    "xstatic.pkg.leaflet_markercluster", "leaflet.markercluster.js", "markercluster/leaflet.markercluster.js"
)
MARKERCLUSTER_CSS = StaticAsset(
    "xstatic.pkg.leaflet_markercluster", "MarkerCluster.css", "markercluster/MarkerCluster.css"
)
MARKERCLUSTER_DEFAULT_CSS = StaticAsset(
    "xstatic.pkg.leaflet_markercluster", "MarkerCluster.Default.css", "markercluster/MarkerCluster.Default.css"
)

#: mapapp's own script (drawing incidents from compact data; see mapapp/app/js/mapapp_map.js).
MAPAPP_JS = StaticAsset("mapapp.app", "js/mapapp_map.js", "mapapp/mapapp_map.js")

ALL_ASSETS: tuple[StaticAsset, ...] = (
    LEAFLET_JS,
    LEAFLET_CSS,
    LEAFLET_IMAGES,
    MARKERCLUSTER_JS,
    MARKERCLUSTER_CSS,
    MARKERCLUSTER_DEFAULT_CSS,
    MAPAPP_JS,
)


class MissingAssetError(RuntimeError):
    """An xstatic package (or a file in it) the map needs is not installed."""


def asset_source_path(asset: StaticAsset) -> Path:
    """Where ``asset`` lives in its installed xstatic package."""
    import importlib

    try:
        module = importlib.import_module(asset.package)
    except ImportError as exc:
        raise MissingAssetError(
            f"the Python package {asset.package!r} is not installed (pip install mapapp's dependencies)"
        ) from exc
    # xstatic packages name their folder BASE_DIR; mapapp's own files sit next to the package's modules.
    base = Path(getattr(module, "BASE_DIR", None) or Path(module.__file__).parent)
    path = base / asset.source
    if not path.exists():
        raise MissingAssetError(f"{asset.source} is missing from {asset.package} at {base}")
    return path


def populate_static_dir(static_dir: Path, assets: tuple[StaticAsset, ...] = ALL_ASSETS) -> list[Path]:
    """Copy ``assets`` into ``static_dir`` (created if needed); return the paths written.

    Files already present with the same size are left alone, so repeated
    launches are cheap.
    """
    written: list[Path] = []
    for asset in assets:
        source = asset_source_path(asset)
        target = static_dir / asset.target
        if source.is_dir():
            for file in sorted(p for p in source.rglob("*") if p.is_file()):
                written.append(_copy_if_changed(file, target / file.relative_to(source)))
        else:
            written.append(_copy_if_changed(source, target))
    return written


def _copy_if_changed(source: Path, target: Path) -> Path:
    # Compare contents, not sizes: an upgraded xstatic package may ship a same-size file. The files are small.
    if target.is_file() and not target.is_symlink() and filecmp.cmp(source, target, shallow=False):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    # atomic, with a temporary file of its own: a browser never sees half a file, and two
    # launches preparing the same folder at once cannot trip over one shared temporary name.
    with atomic_write(target, "wb") as handle, source.open("rb") as original:
        shutil.copyfileobj(original, handle)
    return target
