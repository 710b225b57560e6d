"""``mapapp boundaries install PATH`` and ``mapapp boundaries info``: the governorate boundary file.

The OCHA adm1 GeoJSON (HDX dataset "cod-ab-syr") is downloaded by the user;
``install`` checks it and copies it into the user data folder, where
``mapapp extract``, ``ingest``, ``evaluate`` and ``app`` find it without a flag.
``info`` says which file is in use, where that choice came from, and the
governorates it covers with their bounding boxes.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from mapapp.cli import CliError
from mapapp.cli.common import load_boundaries_or_fail


def register(subparsers: Any) -> None:
    """Add the ``boundaries`` sub-command with its ``install`` and ``info`` actions."""
    parser = subparsers.add_parser(
        "boundaries",
        help="install or show the governorate boundaries (OCHA adm1 GeoJSON)",
        description=(
            "Governorate boundaries outline the map and check that each geocoded point lies in the governorate "
            "its place record claims. Download the adm1 GeoJSON of the HDX dataset 'cod-ab-syr' (OCHA, "
            "CC BY-IGO) and install it once; it is then used by extract, ingest, evaluate and app. "
            "Order of use: --boundaries PATH, else $MAPAPP_BOUNDARIES, else the installed copy."
        ),
    )
    actions = parser.add_subparsers(dest="boundaries_action", metavar="ACTION")
    actions.required = True
    install = actions.add_parser(
        "install", help="check an OCHA adm1 GeoJSON and copy it into the user data folder"
    )
    install.add_argument("path", metavar="PATH", help="the adm1 GeoJSON file downloaded from HDX (cod-ab-syr)")
    install.set_defaults(func=run_install)
    info = actions.add_parser("info", help="show which boundary file is used and the governorates it covers")
    info.add_argument("--boundaries", metavar="PATH", help="describe this file instead of the one found by default")
    info.set_defaults(func=run_info)


def run_install(args: argparse.Namespace) -> int:
    """Carry out ``mapapp boundaries install PATH``."""
    from mapapp.geocode.boundaries import (
        BOUNDARIES_ENV,
        BoundaryError,
        install_boundaries,
    )

    try:
        destination = install_boundaries(args.path)
    except BoundaryError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot install the boundaries: {exc.strerror or exc}") from None
    print(f"mapapp boundaries: installed {args.path} -> {destination}")
    if os.environ.get(BOUNDARIES_ENV, "").strip():
        print(f"mapapp boundaries: note: ${BOUNDARIES_ENV} is set and takes precedence over the installed copy")
    return 0


def run_info(args: argparse.Namespace) -> int:
    """Carry out ``mapapp boundaries info``."""
    from mapapp.geocode.boundaries import installed_boundaries_path

    boundaries = load_boundaries_or_fail(args.boundaries)  # a bad file: one line saying where it came from
    location = _location(args.boundaries)
    if boundaries is None or location is None:
        print("boundaries: none (points are not checked against governorate polygons; the map has no outline)")
        print(f"install with: mapapp boundaries install ADM1.geojson  (copied to {installed_boundaries_path()})")
        return 0
    print(f"boundaries: {location.path}")
    print(f"from: {location.origin}")
    print(describe_governorates(boundaries.polygons))
    return 0


def _location(path: str | None) -> Any:
    from mapapp.geocode.boundaries import locate_boundaries

    try:
        return locate_boundaries(path)
    except OSError as exc:  # the user data folder cannot be created
        raise CliError(f"cannot look for the boundaries: {exc.strerror or exc}") from None


def describe_governorates(polygons: dict[str, Any]) -> str:
    """The covered governorates first, then the others: one line each with its bounding box."""
    from mapapp.model import GOVERNORATES

    lines = ["covered governorates (min lon, min lat, max lon, max lat):"]
    for name in GOVERNORATES:
        lines.append(f"  {name}: {_bbox(polygons[name])}" if name in polygons else f"  {name}: MISSING")
    others = sorted(name for name in polygons if name not in GOVERNORATES)
    if others:
        lines.append(f"other governorates in the file: {', '.join(others)}")
    return "\n".join(lines)


def _bbox(geometry: Any) -> str:
    min_lon, min_lat, max_lon, max_lat = geometry.bounds
    return f"{min_lon:.4f}, {min_lat:.4f}, {max_lon:.4f}, {max_lat:.4f}"


__all__ = ["describe_governorates", "register", "run_info", "run_install"]
