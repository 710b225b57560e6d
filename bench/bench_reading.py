"""Benchmark: reading documents (boilerplate stripping, HTML main text) on growing and hostile input.

Run: ``python bench/bench_reading.py [--max-kb 2560]``.

For each pattern (ordinary article paragraphs, navigation runs, link boxes,
share widgets, repeated paragraphs, photo captions; as plain text and, for a
few, as HTML pages through trafilatura) and sizes doubling from 40 KB, prints
the seconds per 100 KB and the ratio to the previous size: near 2 is linear,
near 4 quadratic. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapapp.io.reading import DocumentError, document_from_bytes

PARAGRAPH = "A drone struck a car near a village on Tuesday, killing two people, local sources said.\n\n"


def _text(unit: str) -> Callable[[int], bytes]:
    def build(size: int) -> bytes:
        return ((PARAGRAPH + unit) * (size // (len(PARAGRAPH) + len(unit)) + 1))[:size].encode()

    return build


def _distinct_paragraphs(size: int) -> bytes:
    parts, total, n = [], 0, 0
    while total < size:
        line = f"Report {n}: shelling hit village number {n} and wounded {n % 7} people, a monitor said.\n\n"
        parts.append(line)
        total += len(line)
        n += 1
    return "".join(parts).encode()


def _html(inner: Callable[[int], bytes]) -> Callable[[int], bytes]:
    def build(size: int) -> bytes:
        body = inner(size).decode().replace("\n\n", "</p><p>")
        return f"<!DOCTYPE html><html><head><title>t</title></head><body><article><p>{body}</p></article></body></html>".encode()

    return build


def _bare_page(unit: bytes, size: int) -> bytes:
    """A page whose body is ``unit`` repeated (the last one cut off), then one short paragraph: no article for
    trafilatura to find, so it tries its fallbacks."""
    body = (unit * (size // len(unit) + 1))[:size]
    return b"<html><body>" + body + b"<p>A drone struck a car near a village.</p></body></html>"


PATTERNS: dict[str, tuple[str, Callable[[int], bytes]]] = {
    "distinct paragraphs": ("a.txt", _distinct_paragraphs),
    "navigation runs": ("a.txt", _text("Prev Post\n\nA headline with no full stop\n\n")),
    "link boxes": ("a.txt", _text("Read also: A headline elsewhere\n\n")),
    "share widgets": ("a.txt", _text("Share\n\nFacebook\n\nX (Twitter)\n\n")),
    "repeated paragraphs": ("a.txt", _text("")),
    "photo captions": ("a.txt", _text("A street after the strike (Photo: An agency)\n\n")),
    "html distinct paragraphs": ("a.html", _html(_distinct_paragraphs)),
    "html comments": ("a.html", lambda size: b"<html><body>" + b"<!--" * (size // 4) + b"</body></html>"),
    # thousands of short blocks: jusText (trafilatura's fallback) walked each to the nearest long one (quadratic:
    # 250 KB took two minutes) until pages with many blocks were read without the fallbacks
    "html table rows": ("a.html", lambda size: _bare_page(b"<tr><td>a</td><td>b</td></tr>", size)),
    # closed comments and processing instructions: lxml's itertext (trafilatura, htmldate) is quadratic in them
    "html closed comments": ("a.html", lambda size: _bare_page(b"<!-- a -->", size)),
    "html processing instr.": ("a.html", lambda size: _bare_page(b"<?x ?>", size)),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-kb", type=int, default=2560)
    parser.add_argument("--budget", type=float, default=30.0, help="skip larger sizes once one takes longer")
    parser.add_argument("--only", nargs="*", help="run only these patterns")
    args = parser.parse_args()
    for name, (file_name, build) in PATTERNS.items():
        if args.only and name not in args.only:
            continue
        previous: float | None = None
        size_kb = 40
        while size_kb <= args.max_kb:
            data = build(size_kb * 1024)
            start = time.perf_counter()
            try:
                document_from_bytes(data, file_name)
            except DocumentError:
                pass
            seconds = time.perf_counter() - start
            ratio = f"{seconds / previous:4.1f}" if previous else "   -"
            print(f"{name:26} {size_kb:6d} KB  {seconds * 100 / size_kb:8.4f} s/100KB  ratio {ratio}")
            if seconds > args.budget:
                break
            previous = seconds
            size_kb *= 2


if __name__ == "__main__":
    main()
