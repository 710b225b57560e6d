"""The ``mapapp`` command line: one sub-command module per area, registered here.

Each module in this package exposes ``register(subparsers)``, which adds its
sub-command(s) and sets ``func`` on the parser; ``func(args) -> int`` is the exit
code. Errors the user can fix are raised as :class:`CliError` and printed as one
line on stderr with exit code 2, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

#: Sub-command modules, in the order ``mapapp --help`` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "mapapp.cli.extract",
    "mapapp.cli.gazetteer",
    "mapapp.cli.boundaries",
    "mapapp.cli.evaluate",
    "mapapp.cli.train",
    "mapapp.cli.store",
    "mapapp.cli.app",
)


class CliError(Exception):
    """An error in the user's input or environment, reported without a traceback."""


# Characters a terminal acts on instead of showing: C0 and C1 controls (ESC starts the sequences that clear
# the screen, retitle the window or rewrite earlier lines), DEL, and the bidirectional embeddings, overrides
# and isolates that make a line display in another order than it reads.
_TERMINAL_UNSAFE = {
    code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for code in (*range(0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A))
    if code != 0x09
} | {0x0A: "\\n", 0x0D: "\\r"}


def terminal_safe(text: str) -> str:
    """``text`` to print on a terminal: control characters (newlines too) and direction overrides written
    as visible escapes (``\\x1b``, ``\\n``, ``\\u202e``), so that a file name, an article's words or a feed's
    title cannot clear the screen or forge another line of output. Tabs are kept."""
    return text.translate(_TERMINAL_UNSAFE)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mapapp",
        description="Geocoded incident map for north-east Syria from news text.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        # a message may list several problems, one a line: each line is made safe on its own
        print("mapapp: error: " + "\n".join(terminal_safe(line) for line in str(exc).split("\n")), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("mapapp: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``mapapp gazetteer info | head``): stop quietly, as Unix tools do.
        # Point stdout at /dev/null so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
