"""Benchmark of the geocoder: toponyms resolved per second and peak memory.

The toponyms are a seeded mix built from the gazetteer itself: real names and
alternate names as they are (40 %), the same with one letter changed or dropped
(30 %, fuzzy path), names absent from the gazetteer (20 %, half with a
governorate hint), and governorate references like ``Raqqa province`` (10 %).

    python bench/bench_geocode.py                    # 10,000 toponyms, embedded gazetteer
    python bench/bench_geocode.py --n 2000           # a quick run
    python bench/bench_geocode.py --gazetteer SY.zip # against a GeoNames dump
    python bench/bench_geocode.py --padding 40000    # plus 40,000 synthetic places (size of a full dump)

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


def padded(gazetteer: Gazetteer, extra: int, seed: int = 5) -> Gazetteer:
    """The gazetteer plus ``extra`` synthetic places named by mutating real names (benchmark only)."""
    rng = random.Random(seed)
    real = [p for p in gazetteer if p.kind == "populated_place"]
    synthetic = []
    for number in range(extra):
        model = rng.choice(real)
        name = _mangle(_mangle(model.name, rng), rng)
        synthetic.append(replace(model, id=f"bench:{number}", name=name, alternate_names=(), population=None))
    return Gazetteer([*gazetteer, *synthetic], source=f"{gazetteer.source} + {extra} synthetic places")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="toponyms to resolve (default 10,000)")
    parser.add_argument("--gazetteer", help="GeoNames dump (default: embedded gazetteer)")
    parser.add_argument("--padding", type=int, default=0, help="synthetic places to add (index size test)")
    args = parser.parse_args(argv)

    tracemalloc.start()
    started = time.perf_counter()
    gazetteer = load_gazetteer(args.gazetteer) if args.gazetteer else load_gazetteer(None)
    if args.padding:
        gazetteer = padded(gazetteer, args.padding)
    load_seconds = time.perf_counter() - started
    _, load_peak = tracemalloc.get_traced_memory()
    work = toponyms(gazetteer, args.n)  # drawn from the padded set too: fuzzy lookups meet crowded blocks
    geocoder = Geocoder(gazetteer)

    tracemalloc.reset_peak()
    started = time.perf_counter()
    precisions = Counter(geocoder.resolve(toponym).precision.value for toponym in work)
    seconds = time.perf_counter() - started
    _, resolve_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    max_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB

    print(f"gazetteer: {len(gazetteer)} places, {gazetteer.name_count} indexed names")
    print(f"load: {load_seconds:.2f} s, peak traced memory {load_peak / 2**20:.1f} MiB")
    print(f"resolved {len(work)} toponyms in {seconds:.2f} s: {len(work) / seconds:,.0f} toponyms/s")
    print(f"peak traced memory while resolving: {resolve_peak / 2**20:.1f} MiB; process max RSS {max_rss_mib:.0f} MiB")
    print("precisions: " + ", ".join(f"{k} {v}" for k, v in sorted(precisions.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
