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
    "mapapp.cli.store",
    "mapapp.cli.app",
)


class CliError(Exception):
    """An error in the user's input or environment, reported without a traceback."""


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
        print(f"mapapp: error: {exc}", file=sys.stderr)
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
