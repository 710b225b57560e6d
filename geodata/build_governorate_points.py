"""Regenerate mapapp/data/governorate_points.csv from the OCHA adm1 GeoJSON the user supplies.

Usage:
    python geodata/build_governorate_points.py PATH/TO/syr_admbnda_adm1_uncs_unocha.geojson [--out CSV]

For each of the 14 governorates it writes one representative point: the
polygon's centroid when that lies inside the polygon, else shapely's
``point_on_surface`` (always inside), rounded to 4 decimals (about 10 m).
Only these derived points are committed, never the OCHA file itself.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapapp.geocode.admin1 import BY_NAME, GOVERNORATE_INFO
from mapapp.geocode.boundaries import load_governorate_boundaries
from mapapp.io.atomic import atomic_write_bytes

DEFAULT_OUT = ROOT / "mapapp" / "data" / "governorate_points.csv"
FIELDS = ("name", "geonames_admin1", "ocha_pcode", "ocha_name", "lat", "lon", "method")


def governorate_rows(boundary_path: Path) -> list[dict[str, str]]:
    boundaries = load_governorate_boundaries(boundary_path)
    missing = [info.name for info in GOVERNORATE_INFO if info.name not in boundaries.polygons]
    if missing:
        raise SystemExit(f"{boundary_path}: governorates missing: {', '.join(missing)}")
    rows = []
    for info in GOVERNORATE_INFO:
        polygon = boundaries.polygons[info.name]
        point, method = polygon.centroid, "centroid"
        if not polygon.contains(point):
            point, method = polygon.point_on_surface(), "point_on_surface"
        rows.append(
            {
                "name": info.name,
                "geonames_admin1": BY_NAME[info.name].geonames_code,
                "ocha_pcode": info.ocha_pcode,
                "ocha_name": info.ocha_name,
                "lat": f"{point.y:.4f}",
                "lon": f"{point.x:.4f}",
                "method": method,
            }
        )
    return rows


def write_rows(rows: list[dict[str, str]], out: Path) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    # atomic_write keeps the usual file permissions (a bare NamedTemporaryFile would leave the CSV 0600)
    # and removes its temporary file if the write fails.
    atomic_write_bytes(out, buffer.getvalue().encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("boundaries", type=Path, help="OCHA COD-AB adm1 GeoJSON (syr_admbnda_adm1_uncs_unocha.geojson)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"CSV to write (default {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    rows = governorate_rows(args.boundaries)
    write_rows(rows, args.out)
    print(f"wrote {len(rows)} governorate points to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
