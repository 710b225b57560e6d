"""Benchmark of the geocoder: toponyms resolved per second and peak memory.

The toponyms are a seeded mix built from the gazetteer itself: real names and
alternate names as they are (40 %), the same with one letter changed or dropped
(30 %, fuzzy path), names absent from the gazetteer (20 %, half with a
governorate hint), and governorate references like ``Raqqa province`` (10 %).

    python bench/bench_geocode.py                    # 10,000 toponyms, embedded gazetteer
    python bench/bench_geocode.py --n 2000           # a quick run
    python bench/bench_geocode.py --gazetteer SY.zip # against a GeoNames dump
    python bench/bench_geocode.py --padding 40000    # plus 40,000 synthetic places (size of a full dump)
    python bench/bench_geocode.py --index-size 50000 # a synthetic 50,000-place index (3 names each), and
                                                     # how long building it takes vs loading it from the disk cache

``--padding`` adds places with invented names (one-letter mutations of real
names, at the real place's point) so the index has the size of the full
GeoNames SY dump; they exist only in the benchmark's memory.
"""

from __future__ import annotations

import argparse
import random
import resource
import string
import sys
import time
import tracemalloc
from collections import Counter
from dataclasses import replace

from mapapp.geocode import Geocoder, load_gazetteer
from mapapp.geocode.gazetteer import Gazetteer
from mapapp.model import GOVERNORATES, Span, Toponym


def _mangle(name: str, rng: random.Random) -> str:
    letters = list(name)
    position = rng.randrange(len(letters))
    if rng.random() < 0.5 and len(letters) > 4:
        del letters[position]
    else:
        letters[position] = rng.choice(string.ascii_lowercase)
    return "".join(letters)


def _invented(rng: random.Random) -> str:
    syllables = ["qa", "zu", "bir", "wex", "tiq", "mor", "jal", "fen", "dro", "yul"]
    return f"{rng.choice(['Tal', 'Ayn', 'Kafr', ''])} {''.join(rng.choices(syllables, k=3)).title()}".strip()


def toponyms(gazetteer: Gazetteer, n: int, seed: int = 11) -> list[Toponym]:
    rng = random.Random(seed)
    names = [(name, place.admin1) for place in gazetteer for name in (place.name, *place.alternate_names)
             if name.isascii() or any(ch.isalpha() and ord(ch) < 0x250 for ch in name)]
    out: list[Toponym] = []
    for _ in range(n):
        roll = rng.random()
        hint = None
        if roll < 0.4:
            text, hint = rng.choice(names)
        elif roll < 0.7:
            text, hint = rng.choice(names)
            text = _mangle(text, rng)
        elif roll < 0.9:
            text = _invented(rng)
            hint = rng.choice(GOVERNORATES) if rng.random() < 0.5 else None
        else:
            text = f"{rng.choice(['Hasakah', 'Raqqa', 'Deir ez-Zor', 'Latakia', 'Homs'])} province"
        if hint not in GOVERNORATES or rng.random() < 0.5:
            hint = None
        out.append(Toponym(span=Span(text, 0, len(text)), admin1_hint=hint))
    return out


def padded(gazetteer: Gazetteer, extra: int, seed: int = 5, alternates: int = 0) -> Gazetteer:
    """The gazetteer plus ``extra`` synthetic places named by mutating real names (benchmark only).

    Each synthetic place gets ``alternates`` more mutated names (merged sources give a place several names).
    """
    rng = random.Random(seed)
    real = [p for p in gazetteer if p.kind == "populated_place"]
    synthetic = []
    for number in range(extra):
        model = rng.choice(real)
        name = _mangle(_mangle(model.name, rng), rng)
        others = tuple(_mangle(name, rng) for _ in range(alternates))
        synthetic.append(replace(model, id=f"bench:{number}", name=name, alternate_names=others, population=None))
    return Gazetteer([*gazetteer, *synthetic], source=f"{gazetteer.source} + {extra} synthetic places")


def cache_timings(gazetteer: Gazetteer, extra: int) -> tuple[float, float, int]:
    """Seconds to build the padded index, seconds to load it back from the on-disk index cache, cache bytes."""
    import os
    import tempfile
    from pathlib import Path

    from mapapp.geocode.index_cache import cache_path, cached_index

    with tempfile.TemporaryDirectory() as folder:
        os.environ["MAPAPP_DATA_DIR"] = folder
        marker = Path(folder) / "source.txt"
        marker.write_text(str(extra), encoding="utf-8")
        started = time.perf_counter()
        cached_index("bench", [marker], lambda: padded(gazetteer, extra, alternates=2))
        build = time.perf_counter() - started
        started = time.perf_counter()
        cached_index("bench", [marker], lambda: padded(gazetteer, extra, alternates=2))
        load = time.perf_counter() - started
        size = cache_path("bench", [marker]).stat().st_size
    return build, load, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="toponyms to resolve (default 10,000)")
    parser.add_argument("--gazetteer", help="GeoNames dump (default: embedded gazetteer)")
    parser.add_argument("--padding", type=int, default=0, help="synthetic places to add (index size test)")
    parser.add_argument(
        "--index-size", type=int, default=0,
        help="pad with synthetic places (3 names each) up to this many places, e.g. 50000; also time the disk cache",
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    gazetteer = load_gazetteer(args.gazetteer) if args.gazetteer else load_gazetteer(None)
    cache_line = ""
    if args.index_size:
        extra = max(0, args.index_size - len(gazetteer))
        build, load, size = cache_timings(gazetteer, extra)
        cache_line = (f"index of {args.index_size} places: built in {build:.2f} s, "
                      f"loaded from the disk cache in {load:.2f} s ({size / 2**20:.1f} MiB)")
        gazetteer = padded(gazetteer, extra, alternates=2)
    elif args.padding:
        gazetteer = padded(gazetteer, args.padding)
    load_seconds = time.perf_counter() - started
    work = toponyms(gazetteer, args.n)  # drawn from the padded set too: fuzzy lookups meet crowded blocks
    geocoder = Geocoder(gazetteer)

    # Speed is timed without tracemalloc (tracing every allocation slows Python several times over);
    # memory is traced in a second pass over the same toponyms with a fresh geocoder.
    started, started_cpu = time.perf_counter(), time.process_time()
    precisions = Counter(geocoder.resolve(toponym).precision.value for toponym in work)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - started_cpu
    tracemalloc.start()
    traced_geocoder = Geocoder(gazetteer)
    for toponym in work[: max(1, len(work) // 10)]:
        traced_geocoder.resolve(toponym)
    _, resolve_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    max_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB

    print(f"gazetteer: {len(gazetteer)} places, {gazetteer.name_count} indexed names")
    print(f"load: {load_seconds:.2f} s")
    if cache_line:
        print(cache_line)
    print(f"resolved {len(work)} toponyms in {seconds:.2f} s: {len(work) / seconds:,.0f} toponyms/s "
          f"({len(work) / cpu_seconds:,.0f} per CPU second; the wall figure drops when other jobs share the cores)")
    print(f"peak traced memory resolving a tenth of them: {resolve_peak / 2**10:.0f} KiB; process max RSS {max_rss_mib:.0f} MiB")
    print("precisions: " + ", ".join(f"{k} {v}" for k, v in sorted(precisions.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
