"""``mapapp gazetteer``: download sources, search the gazetteer, resolve a name, show what is loaded.

- ``download [--source geonames|osm|ocha|all] [--url URL] [--file PATH] [--dest DIR]``
  fetches a source into the user data folder (resuming a partial download),
  where ``load_gazetteer`` finds it from then on: the GeoNames SY dump
  (default GeoNames' SY.zip, or ``$MAPAPP_GEONAMES_URL``), OpenStreetMap places
  through the Overpass API (``$MAPAPP_OVERPASS_URL``), or the OCHA populated
  places CSV the user downloaded from HDX (``--file``).
- ``search NAME [--admin1 X] [--gazetteer PATH] [--limit N]`` prints ranked matches.
- ``resolve NAME [--hint GOVERNORATE]`` prints what the geocoder decides for a toponym.
- ``info [--gazetteer PATH]`` prints the source, licence and counts per governorate and source.
- ``user list|add|remove`` manages the user gazetteer (places analysts put on the map, kept in the store).
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mapapp.cli import CliError, terminal_safe
from mapapp.cli.common import load_gazetteer_or_fail
from mapapp.model import GOVERNORATES


def register(subparsers: Any) -> None:
    """Add the ``gazetteer`` sub-command and its actions."""
    parser = subparsers.add_parser(
        "gazetteer",
        help="download, search and inspect the gazetteer",
        description="Manage the place-name gazetteer used for geocoding.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True

    download = actions.add_parser("download", help="fetch gazetteer sources (GeoNames, OSM, OCHA) for Syria")
    download.add_argument(
        "--source", choices=("geonames", "osm", "ocha", "all"), default="geonames",
        help="which source (default geonames; 'all' fetches every source that has a URL)",
    )
    download.add_argument("--url", help="URL to fetch (default: the source's environment variable or its public URL)")
    download.add_argument("--file", metavar="PATH", help="a file you downloaded yourself (e.g. the OCHA CSV): check and install it")
    download.add_argument("--dest", metavar="DIR", help="folder to save into (default: the mapapp user data folder)")
    download.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    download.set_defaults(func=run_download)

    search = actions.add_parser("search", help="print the gazetteer's ranked matches for a name")
    search.add_argument("name", help="place name, any transliteration")
    search.add_argument("--admin1", metavar="GOVERNORATE", help="only places in this governorate")
    search.add_argument("--limit", type=int, default=10, help="most matches to print (default 10)")
    _add_gazetteer_option(search)
    search.set_defaults(func=run_search)

    resolve = actions.add_parser("resolve", help="print how the geocoder resolves a toponym")
    resolve.add_argument("name", help="place name as it stands in the text")
    resolve.add_argument("--hint", metavar="GOVERNORATE", help="governorate named in the context")
    _add_gazetteer_option(resolve)
    resolve.set_defaults(func=run_resolve)

    user = actions.add_parser("user", help="list, add or remove places analysts put on the map (the user gazetteer)")
    user_actions = user.add_subparsers(dest="user_action", metavar="ACTION")
    user_actions.required = True
    user_list = user_actions.add_parser("list", help="print the user gazetteer (id, name, governorate, point, author)")
    user_list.add_argument("--json", action="store_true", help="print JSON (each place with its source 'user')")
    user_list.add_argument("--db", metavar="URL_OR_PATH", help="incident store (default: $MAPAPP_DB or the user data folder)")
    user_list.set_defaults(func=run_user_list)
    user_add = user_actions.add_parser("add", help="add a place by name and coordinates")
    user_add.add_argument("name", help="the place's name as reports write it")
    user_add.add_argument("lat", type=float)
    user_add.add_argument("lon", type=float)
    user_add.add_argument("--admin1", metavar="GOVERNORATE", help="its governorate")
    user_add.add_argument("--also", action="append", default=[], metavar="NAME", help="another name (repeatable)")
    user_add.add_argument("--author", required=True, help="who places it")
    user_add.add_argument("--note", help="why, or the source of the point")
    user_add.add_argument("--db", metavar="URL_OR_PATH", help="incident store")
    user_add.set_defaults(func=run_user_add)
    user_remove = user_actions.add_parser("remove", help="remove a user place by id (user:N)")
    user_remove.add_argument("place_id", help="the id printed by 'mapapp gazetteer user list'")
    user_remove.add_argument("--db", metavar="URL_OR_PATH", help="incident store")
    user_remove.set_defaults(func=run_user_remove)

    info = actions.add_parser("info", help="print the gazetteer's source, licence and counts per governorate")
    _add_gazetteer_option(info)
    info.set_defaults(func=run_info)


def _add_gazetteer_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--gazetteer", metavar="PATH", help="GeoNames dump (default: $MAPAPP_GAZETTEER, a download, or built-in)"
    )


def _governorate_argument(name: str | None) -> str | None:
    from mapapp.geocode.admin1 import canonical_admin1

    if name is None:
        return None
    canonical = canonical_admin1(name)
    if canonical is None:
        raise CliError(f"unknown governorate {name!r}")
    return canonical


def run_download(args: argparse.Namespace) -> int:
    from mapapp import paths

    dest = Path(args.dest) if args.dest else paths.user_data_dir()
    if dest.exists() and not dest.is_dir():
        raise CliError(f"--dest {dest} is not a folder")
    if args.source == "all" and (args.url or args.file):
        raise CliError("--url and --file name one source: use them with --source geonames|osm|ocha")
    sources = ["geonames", "osm", "ocha"] if args.source == "all" else [args.source]
    failures = 0
    for source in sources:
        try:
            if source == "geonames" and not args.file:
                _download_geonames(args, dest)
            else:
                _download_other(source, args, dest)
        except CliError as exc:
            if len(sources) == 1:
                raise
            print(f"{source}: {exc}", file=sys.stderr)
            failures += 1
    if args.dest and dest.resolve() != paths.user_data_dir().resolve():
        print(f"mapapp uses these files when they are in {paths.user_data_dir()} (or with --gazetteer PATH)", file=sys.stderr)
    return 0 if failures < len(sources) else 2


def _download_geonames(args: argparse.Namespace, dest: Path) -> None:
    from mapapp.geocode.download import (
        DownloadError,
        download_geonames_dump,
        geonames_url,
    )

    url = geonames_url(args.url)
    print(f"downloading {url}", file=sys.stderr)
    bars: list[Any] = []
    try:
        path, gazetteer = download_geonames_dump(
            url, dest, progress=None if args.quiet else functools.partial(_progress_bar, bars)
        )
    except DownloadError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot save into {dest}: {exc.strerror or exc}") from None
    finally:
        for bar in bars:
            bar.close()
    print(f"saved {path} ({len(gazetteer)} places)")


def _download_other(source: str, args: argparse.Namespace, dest: Path) -> None:
    from mapapp.geocode.download import (
        DownloadError,
        download_source,
        import_source_file,
        source_url,
    )

    bars: list[Any] = []
    try:
        if args.file:
            path, count = import_source_file(source, Path(args.file), dest)
        else:
            url = source_url(source, args.url)
            print(f"downloading {source} from {url.split('?', 1)[0]}", file=sys.stderr)
            progress = None if args.quiet else functools.partial(_resumable_progress_bar, bars)
            path, count = download_source(source, dest, url=url, progress=progress)
    except DownloadError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot save into {dest}: {exc.strerror or exc}") from None
    finally:
        for bar in bars:
            bar.close()
    print(f"saved {path} ({count} places)")
    if source == "osm":
        from mapapp.geocode.osm import OSM_ATTRIBUTION

        print(f"OpenStreetMap data {OSM_ATTRIBUTION}", file=sys.stderr)


def _resumable_progress_bar(bars: list[Any], total: int | None, already: int) -> Callable[[int], None]:
    """A tqdm byte counter that starts at the bytes a resumed download already has."""
    from tqdm import tqdm

    bar = tqdm(total=total, initial=already, unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr, leave=False)
    bars.append(bar)
    return bar.update


def _progress_bar(bars: list[Any], total: int | None) -> Callable[[int], None]:
    """Start a tqdm byte counter on stderr (kept in ``bars`` to be closed) and return its update function."""
    from tqdm import tqdm

    bar = tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr, leave=False)
    bars.append(bar)
    return bar.update


def run_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    admin1 = _governorate_argument(args.admin1)
    gazetteer = load_gazetteer_or_fail(args.gazetteer)
    candidates = gazetteer.search(args.name, admin1=admin1, limit=args.limit)
    if not candidates:
        from mapapp.geocode.coverage import coverage_hint

        print(f"no match for {args.name!r}", file=sys.stderr)
        print(coverage_hint(gazetteer), file=sys.stderr)
        return 1
    print(f"{'score':>5}  {'name':<28} {'admin1':<12} {'kind':<16} {'lat':>9} {'lon':>9}  matched")
    for candidate in candidates:
        place = candidate.place
        print(terminal_safe(  # names come from downloaded files
            f"{candidate.score:5.1f}  {place.name:<28} {place.admin1 or '-':<12} {place.kind:<16} "
            f"{place.lat:9.5f} {place.lon:9.5f}  {candidate.matched_name}"
        ))
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    from mapapp.geocode import Geocoder
    from mapapp.model import Span, Toponym

    hint = _governorate_argument(args.hint)
    location = Geocoder(load_gazetteer_or_fail(args.gazetteer)).resolve(
        Toponym(span=Span(args.name, 0, len(args.name)), admin1_hint=hint)
    )
    place = location.place
    print(f"precision: {location.precision.value}")
    if place is not None:
        print(terminal_safe(f"place:     {place.name} ({place.kind}, {place.admin1 or '-'}) {place.id}"))
        print(f"point:     {place.lat:.5f}, {place.lon:.5f}{'' if location.is_mappable else ' (not mapped)'}")
    print(f"score:     {location.score:.1f}  matched: {location.matched_name or '-'}")
    if location.note:
        print(f"note:      {location.note}")
    for candidate in location.candidates:
        print(terminal_safe(f"  also:    {candidate.score:5.1f} {candidate.place.name} ({candidate.place.admin1 or '-'})"))
    return 0


def _open_store(location: str | None, create: bool) -> Any:
    from mapapp.store import StoreError, open_store

    try:
        return open_store(location, create=create)
    except StoreError as exc:
        raise CliError(str(exc)) from None


def run_user_list(args: argparse.Namespace) -> int:
    import json

    with _open_store(args.db, create=False) as store:
        entries = store.user_places()
    if args.json:
        rows = [
            {**entry.place.to_dict(), "source": "user", "author": entry.author, "note": entry.note,
             "created_at": entry.created_at.isoformat()}
            for entry in entries
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not entries:
        print("the user gazetteer is empty: analysts add places in the app's review panel "
              "or with 'mapapp gazetteer user add'", file=sys.stderr)
        return 0
    print(f"{'id':<10} {'name':<28} {'admin1':<12} {'lat':>9} {'lon':>9}  author, when, other names")
    for entry in entries:
        place = entry.place
        others = ", ".join(place.alternate_names)
        print(terminal_safe(  # names and authors typed by analysts in the app
            f"{place.id:<10} {place.name:<28} {place.admin1 or '-':<12} {place.lat:9.5f} {place.lon:9.5f}  "
            f"{entry.author}, {entry.created_at:%Y-%m-%d %H:%M}{'; ' + others if others else ''}"
        ))
    return 0


def run_user_add(args: argparse.Namespace) -> int:
    from mapapp.store import StoreError

    with _open_store(args.db, create=True) as store:
        try:
            entry = store.add_user_place(args.name, args.lat, args.lon, args.author, admin1=args.admin1,
                                         alternate_names=args.also, note=args.note)
        except StoreError as exc:
            raise CliError(str(exc)) from None
    print(f"added {entry.place.id} {entry.place.name} ({entry.place.lat:.5f}, {entry.place.lon:.5f})")
    return 0


def run_user_remove(args: argparse.Namespace) -> int:
    from mapapp.store import StoreError

    with _open_store(args.db, create=False) as store:
        try:
            entry = store.remove_user_place(args.place_id)
        except StoreError as exc:
            raise CliError(str(exc)) from None
    print(f"removed {entry.place.id} {entry.place.name}; incidents placed there keep their point")
    return 0


def run_info(args: argparse.Namespace) -> int:
    gazetteer = load_gazetteer_or_fail(args.gazetteer)
    counts = gazetteer.counts_by_admin1()
    by_source = gazetteer.counts_by_admin1_and_source()
    sources = sorted({source for _, source in by_source})
    print(f"source:   {gazetteer.source}")
    print(f"places:   {len(gazetteer)} ({gazetteer.name_count} indexed names)")
    print("per governorate (covered first), and per source (id prefix; a merged place counts for each):")
    print(f"    {'':<14} {'all':>7}  " + " ".join(f"{s:>9}" for s in sources))
    ordered = [*GOVERNORATES, *sorted(k for k in counts if k and k not in GOVERNORATES)]
    for admin1 in ordered:
        marker = "*" if admin1 in GOVERNORATES else " "
        per_source = " ".join(f"{by_source.get((admin1, s), 0):>9}" for s in sources)
        print(f"  {marker} {admin1:<14} {counts.get(admin1, 0):>7}  {per_source}")
    if counts.get(None):
        per_source = " ".join(f"{by_source.get((None, s), 0):>9}" for s in sources)
        print(f"    {'(abroad/unknown)':<14} {counts[None]:>7}  {per_source}")
    from mapapp.geocode.coverage import coverage_hint

    hint = coverage_hint(gazetteer)
    print(hint.split("\n", 1)[1] if "\n" in hint else "all sources loaded")
    return 0
