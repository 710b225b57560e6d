"""mapapp.cli.common: every command that loads a gazetteer reports a bad one the same way, as one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapapp.cli import main
from mapapp.cli.common import collect_article_paths

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_b5de4e4ce07119c8.txt"


@pytest.fixture
def bad_gazetteers(tmp_path: Path) -> dict[str, Path]:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00garbage" * 10)
    not_zip = tmp_path / "SY.zip"
    not_zip.write_bytes(b"PK but not a zip")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    return {"missing": tmp_path / "none.zip", "binary": binary, "not a zip": not_zip, "empty": empty}


@pytest.mark.parametrize(
    "command",
    [
        ["extract", str(SEED)],
        ["ingest", str(SEED), "--db", "{tmp}/store.sqlite"],
        ["evaluate", str(Path(__file__).resolve().parents[1] / "gold" / "00_seed.json")],
        ["gazetteer", "search", "Tell Tamer"],
        ["gazetteer", "info"],
    ],
)
@pytest.mark.parametrize("kind", ["missing", "binary", "not a zip", "empty"])
def test_a_bad_gazetteer_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad_gazetteers: dict[str, Path], command: list[str], kind: str
) -> None:
    arguments = [part.replace("{tmp}", str(tmp_path)) for part in command]
    assert main([*arguments, "--gazetteer", str(bad_gazetteers[kind])]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("mapapp: error: cannot load gazetteer: ")
    assert bad_gazetteers[kind].name in captured.err and "Traceback" not in captured.err
    assert captured.out == ""


def test_collect_article_paths_reports_each_bad_argument_and_keeps_the_rest(tmp_path: Path) -> None:
    failures: list[str] = []
    paths = collect_article_paths([str(tmp_path / "nope.txt"), str(SEED), str(SEED)], failures)
    assert paths == [SEED]  # found once, though named twice
    assert len(failures) == 1 and "nope.txt" in failures[0]
