"""Benchmark: CPU seconds of the map page's reruns, driven headless by ``streamlit.testing.v1.AppTest``.

A temporary SQLite store is filled with ``--size`` synthetic incidents (``bench_map.synthetic_incidents``:
random points in the three governorates, types, tolls, dates, evidence), then the map page is run as an
analyst uses it, one interaction per rerun:

* ``first run``: cold (the store read, every cache filled);
* ``rerun, nothing changed``: what any widget outside the map costs at least;
* ``review another incident``: the review panel's selector set to another incident (the map does not change);
* ``review queue on``: the review panel's toggle (possible duplicates across the store);
* ``filter: min killed 5`` and ``filter: back to 0``: a filter change (the map changes);
* ``rerun after the filter``: nothing changed again.

Each row gives the CPU seconds of the process during that rerun (``time.process_time``: AppTest runs the
script in this process) and the wall seconds. ``--profile`` prints the 25 costliest functions of
``rerun, nothing changed`` (cumulative time). Run it on an older checkout to compare::

    python bench/bench_app_rerun.py [--size 10000] [--repeat 3] [--profile]
    git archive <commit> | tar -x -C /tmp/base && python bench/bench_app_rerun.py --checkout /tmp/base
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="incidents in the store")
    parser.add_argument("--repeat", type=int, default=3, help="times each interaction is timed (median counts)")
    parser.add_argument("--profile", action="store_true", help="profile a rerun where nothing changed")
    parser.add_argument("--parts", action="store_true", help="CPU seconds of each part of the map page on each rerun")
    parser.add_argument("--checkout", type=Path, default=BENCH.parent, help="the mapapp checkout to measure")
    args = parser.parse_args()
    sys.path.insert(0, str(args.checkout.resolve()))
    sys.path.insert(1, str(args.checkout.resolve() / "bench"))
    os.environ.pop("MAPAPP_APP_INCIDENTS", None)

    import streamlit as st
    from bench_map import synthetic_incidents
    from streamlit.testing.v1 import AppTest

    import mapapp.app.streamlit_app
    from mapapp.app import review_panel
    from mapapp.model import Document
    from mapapp.store import open_store

    assert str(Path(mapapp.__file__).resolve()).startswith(str(args.checkout.resolve())), mapapp.__file__
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MAPAPP_DATA_DIR"] = tmp
        location = Path(tmp) / "incidents.sqlite"
        incidents = synthetic_incidents(args.size)
        started = time.perf_counter()
        with open_store(location) as store:
            for first in range(0, len(incidents), 100):
                chunk = incidents[first : first + 100]
                text = f"Bench document {first}. " + chunk[0].evidence_text
                store.ingest(Document(text=text, name=f"bench-{first}.txt", outlet="Bench Outlet"), chunk)
            stored = len(store.incidents())
        print(f"store: {stored:,} incidents ({time.perf_counter() - started:.0f} s to fill)", flush=True)
        os.environ["MAPAPP_DB"] = str(location)
        st.cache_data.clear()
        st.cache_resource.clear()
        at = AppTest.from_file(str(Path(mapapp.app.streamlit_app.__file__)), default_timeout=600)

        def timed(label: str, action: Callable[[], None], repeat: int = 1) -> None:
            cpu: list[float] = []
            wall: list[float] = []
            for _ in range(repeat):
                cpu_start, wall_start = time.process_time(), time.perf_counter()
                action()
                cpu.append(time.process_time() - cpu_start)
                wall.append(time.perf_counter() - wall_start)
                if at.exception:
                    raise SystemExit(f"{label}: the app raised {at.exception[0].value}")
            print(f"{label:<30}{statistics.median(cpu):>8.2f}{statistics.median(wall):>8.2f}", flush=True)
            if parts:
                print("    " + ", ".join(f"{name} {seconds / repeat:.3f}" for name, seconds in parts.items()), flush=True)
                parts.clear()

        parts: dict[str, float] = {}
        if args.parts:
            from mapapp.app import page_map, review_panel as panel

            def timing(owner: object, name: str) -> None:
                original = getattr(owner, name)

                def timed_part(*a: object, **k: object) -> object:
                    start = time.process_time()
                    try:
                        return original(*a, **k)
                    finally:
                        parts[name] = parts.get(name, 0.0) + time.process_time() - start

                setattr(owner, name, timed_part)

            for name in ("sidebar_filter", "show_map", "show_table", "show_unmapped", "show_charts", "show_downloads"):
                if hasattr(page_map, name):
                    timing(page_map, name)
            timing(panel, "render")
        print(f"{'interaction':<30}{'CPU s':>8}{'wall s':>8}")
        timed("first run", at.run)
        timed("rerun, nothing changed", at.run, args.repeat)
        ids = list(at.dataframe[0].value["id"])
        picks = iter(ids[1 : 1 + 2 * args.repeat])
        timed(
            "review another incident",
            lambda: at.selectbox(key=review_panel.REVIEW_KEY).set_value(next(picks)).run(),
            args.repeat,
        )
        timed("review queue on", lambda: at.toggle(key=review_panel.QUEUE_KEY).set_value(True).run())
        timed("review queue: rerun", at.run, args.repeat)
        at.toggle(key=review_panel.QUEUE_KEY).set_value(False).run()
        timed("filter: min killed 5", lambda: at.sidebar.number_input(key="filter_min_killed").set_value(5).run())
        timed("rerun after the filter", at.run, args.repeat)
        timed("filter: back to 0", lambda: at.sidebar.number_input(key="filter_min_killed").set_value(0).run())
        if args.profile:  # the script runs in AppTest's thread: profile inside the page's render()
            import cProfile
            import pstats

            from mapapp.app import page_map

            profiler = cProfile.Profile()
            render = page_map.render

            def profiled_render() -> None:
                profiler.runcall(render)

            page_map.render = profiled_render
            try:
                at.run()
            finally:
                page_map.render = render
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        st.cache_data.clear()
        st.cache_resource.clear()


if __name__ == "__main__":
    main()
