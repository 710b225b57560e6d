"""Checks of the package's own source text that a linter does not make.

- No control characters but newline and tab: a backspace written through a non-raw string where a pattern meant
  ``\\b`` silently makes the pattern match nothing (it happened twice).
- No module-level name bound twice: a second pattern of an existing name (``_DEFINITE_BEFORE_RE``) silently replaced
  the first and changed the output of every set (ruff's F811 sees functions and imports, not assignments).
"""

from __future__ import annotations

import ast
from collections import Counter
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


def _names_bound_twice(source: str) -> list[str]:
    """Module-level names that more than one top-level statement binds (def, class, or a plain assignment)."""
    bound: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound[node.name] += 1
        elif isinstance(node, ast.Assign):
            bound.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            bound[node.target.id] += 1
    return sorted(name for name, count in bound.items() if count > 1)


def test_the_check_finds_a_pattern_bound_twice() -> None:
    assert _names_bound_twice('A_RE = re.compile("a")\ndef f() -> None: ...\nA_RE = re.compile("b")\n') == ["A_RE"]
    assert _names_bound_twice('A_RE = re.compile("a")\nA_RE += "x"\ndef f() -> None:\n    A_RE = 1\n') == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_module_level_name_bound_twice(path: Path) -> None:
    assert _names_bound_twice(path.read_text(encoding="utf-8")) == []
