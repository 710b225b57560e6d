"""Regenerate mapapp/data/governorate_outlines.geojson (the map's shipped outlines) from the OCHA adm1 GeoJSON.

Usage:
    python geodata/build_governorate_outlines.py PATH/TO/syr_admbnda_adm1_uncs_unocha.geojson [--out GEOJSON]
        [--tolerance DEGREES]

The 14 governorate polygons are simplified together as one polygonal
coverage (``shapely.coverage_simplify``): each shared edge is simplified once,
so neighbours keep a common border with no gaps or overlaps. Coordinates are
rounded to 4 decimals (about 10 m, far below the ~200 m tolerance). Each
feature keeps OCHA's ``ADM1_EN``/``ADM1_AR``/``ADM1_PCODE`` (so
:func:`mapapp.geocode.boundaries.load_governorate_boundaries` reads the file
like the original) plus mapapp's canonical ``name``. The collection carries
the source and licence (CC BY-IGO) for the map's attribution.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapapp.geocode.admin1 import OCHA_PCODE_ADMIN1
from mapapp.io.atomic import atomic_write_bytes

DEFAULT_OUT = ROOT / "mapapp" / "data" / "governorate_outlines.geojson"
#: Degrees (~200 m): the shapes stay recognisable at the zoom levels of a governorate map.
DEFAULT_TOLERANCE = 0.002
DECIMALS = 4
MAX_BYTES = 200_000
ATTRIBUTION = "Governorate boundaries: OCHA COD-AB Syria (HDX cod-ab-syr), CC BY-IGO, simplified"


def _rounded(coordinates: Any) -> Any:
    if isinstance(coordinates[0], (int, float)):
        return [round(float(value), DECIMALS) for value in coordinates]
    return [_rounded(part) for part in coordinates]


def outline_collection(boundary_path: Path, tolerance: float = DEFAULT_TOLERANCE) -> dict[str, Any]:
    """The simplified FeatureCollection (one feature per governorate, sorted by P-code)."""
    import geopandas
    import shapely

    frame = geopandas.read_file(boundary_path, engine="pyogrio")
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    missing = sorted(set(OCHA_PCODE_ADMIN1) - set(frame["ADM1_PCODE"]))
    if missing:
        raise SystemExit(f"{boundary_path}: governorates missing: {', '.join(missing)}")
    frame = frame.sort_values("ADM1_PCODE").reset_index(drop=True)
    simplified = shapely.coverage_simplify(frame.geometry.values, tolerance)
    features = []
    for row, geometry in zip(frame.itertuples(), simplified, strict=True):
        mapping = shapely.geometry.mapping(geometry)
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "name": OCHA_PCODE_ADMIN1[row.ADM1_PCODE],
                    "ADM1_EN": row.ADM1_EN,
                    "ADM1_AR": row.ADM1_AR,
                    "ADM1_PCODE": row.ADM1_PCODE,
                },
                "geometry": {"type": mapping["type"], "coordinates": _rounded(mapping["coordinates"])},
            }
        )
    return {
        "type": "FeatureCollection",
        "attribution": ATTRIBUTION,
        "source": f"{boundary_path.name}, simplified with shapely.coverage_simplify({tolerance})",
        "licence": "CC BY-IGO",
        "features": features,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("boundaries", type=Path, help="OCHA COD-AB adm1 GeoJSON (syr_admbnda_adm1_uncs_unocha.geojson)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"GeoJSON to write (default {DEFAULT_OUT})")
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE, help="simplification tolerance, degrees")
    args = parser.parse_args(argv)
    collection = outline_collection(args.boundaries, args.tolerance)
    payload = json.dumps(collection, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(payload) > MAX_BYTES:
        raise SystemExit(f"{len(payload):,} bytes is over the {MAX_BYTES:,} budget: raise --tolerance")
    atomic_write_bytes(args.out, payload)
    print(f"wrote {len(collection['features'])} governorates, {len(payload):,} bytes, to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
