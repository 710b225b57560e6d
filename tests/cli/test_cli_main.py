"""The ``mapapp`` entry point: sub-command registry and process-level behaviour."""

from __future__ import annotations

import subprocess
import sys

from mapapp.cli import build_parser


def test_every_area_registers_its_commands() -> None:
    commands = set(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    assert {"extract", "gazetteer", "evaluate", "ingest", "export", "correct", "history", "app"} <= commands


def test_a_closed_pipe_ends_quietly() -> None:
    # `mapapp gazetteer info | head -1`: the reader closes early; no traceback may reach stderr.
    script = (
        "import sys; from mapapp.cli import main; "
        "sys.exit(main(['gazetteer', 'info']))"
    )
    producer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert producer.stdout is not None and producer.stderr is not None
    producer.stdout.readline()
    producer.stdout.close()  # the reader goes away after one line
    stderr = producer.stderr.read().decode()
    producer.wait(timeout=60)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr
