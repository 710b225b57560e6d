"""The package's own source holds no control characters but newline and tab: a backspace written through a
non-raw string where a pattern meant ``\\b`` silently makes the pattern match nothing (it happened twice)."""

from __future__ import annotations

from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "mapapp"
SOURCES = sorted(PACKAGE.rglob("*.py"))
_ALLOWED = {"\n", "\t"}


def _control_characters(text: str) -> list[tuple[int, str]]:
    """(line number, character's repr) of each control character other than newline and tab."""
    found = []
    for number, line in enumerate(text.split("\n"), start=1):
        found.extend((number, repr(char)) for char in line if ord(char) < 32 and char not in _ALLOWED)
    return found


def test_the_check_finds_a_backspace_in_a_pattern() -> None:
    assert _control_characters('X = re.compile(r"\x08(?:of|into)")\n') == [(1, "'\\x08'")]
    assert _control_characters('X = re.compile(r"\\b(?:of|into)")\n\tpass\n') == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_control_characters_in_the_source(path: Path) -> None:
    assert _control_characters(path.read_text(encoding="utf-8")) == []
