"""Benchmark: extraction speed (articles/second) and peak memory over the synthetic corpus.

Run: ``python bench/bench_extract.py [--size 1000] [--repeat 3]``. Prints
figures; asserts nothing (timed assertions do not belong in unit tests).
``--lengths-kb 10,100,1000`` times instead one document of each length made of
the corpus's articles joined (news prose, not hostile input: see
``bench_adversarial.py`` for that), with the seconds per 100 KB: equal figures
say the extractor is linear in the length of the text.
Peak memory is reported two ways: the process's maximum resident set size
(``resource.getrusage``, includes the interpreter and imports) and the peak
of Python allocations during extraction (``tracemalloc``, a separate run since
tracing slows Python down).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build_corpus_with_counts

from mapapp.extract import extract_incidents
from mapapp.model import Document


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000, help="articles in the corpus (default 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported (default 3)")
    parser.add_argument(
        "--lengths-kb", help="comma-separated document lengths in KB (e.g. 10,100,1000): time one long document of each"
    )
    args = parser.parse_args(argv)
    if args.lengths_kb:
        time_lengths([int(kb) for kb in args.lengths_kb.split(",")])
        return

    corpus, written = build_corpus_with_counts(args.size)
    characters = sum(len(d.text) for d in corpus)
    extract_incidents(corpus[0])  # warm-up: compile patterns, import modules

    timings = []
    cpu_timings = []
    incidents = 0
    for _ in range(args.repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        incidents = sum(len(extract_incidents(document)) for document in corpus)
        timings.append(time.perf_counter() - started)
        cpu_timings.append(time.process_time() - cpu_started)
    best = min(timings)

    tracemalloc.start()
    for document in corpus:
        extract_incidents(document)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    max_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    print(f"corpus: {len(corpus)} articles, {characters / 1e6:.2f} M characters")
    print(
        f"incidents: {incidents} extracted, {written} written by the templates (a sanity check, not an accuracy figure)"
    )
    print(
        f"time: best {best:.2f} s wall of {args.repeat} passes ({', '.join(f'{t:.2f}' for t in timings)}); "
        f"best CPU {min(cpu_timings):.2f} s"
    )
    print(
        f"speed: {len(corpus) / best:.0f} articles/s wall, {len(corpus) / min(cpu_timings):.0f} articles/s CPU, "
        f"{characters / best / 1e6:.2f} M characters/s"
    )
    print(
        f"memory: peak RSS {max_rss_kb / 1024:.0f} MB (whole process), peak traced Python allocations {traced_peak / 1e6:.1f} MB"
    )


def time_lengths(lengths_kb: list[int]) -> None:
    """CPU seconds to extract one document of each length, built from the corpus's articles joined by blank lines."""
    articles = [document.text for document in build_corpus_with_counts(1000)[0]]
    extract_incidents(Document(text=articles[0]))  # warm-up
    for kb in lengths_kb:
        parts: list[str] = []
        length = 0
        while length < kb * 1000:
            article = articles[len(parts) % len(articles)]
            parts.append(article)
            length += len(article) + 2
        text = "\n\n".join(parts)[: kb * 1000]
        started = time.process_time()
        incidents = len(extract_incidents(Document(text=text)))
        seconds = time.process_time() - started
        print(f"{kb:6d} KB: {seconds:7.2f} s CPU, {seconds / (len(text) / 100_000):.2f} s per 100 KB, {incidents} incidents")


if __name__ == "__main__":
    main()
