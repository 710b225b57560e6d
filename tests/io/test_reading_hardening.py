"""Reading real pages: main text, boilerplate lines, broken markup, symlinks and corrupt UTF-8 (issues 8 and 11)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mapapp.cli import main
from mapapp.io.encoding import looks_like_corrupt_utf8
from mapapp.io.reading import (
    DocumentError,
    collect_paths,
    document_from_bytes,
    read_document,
)

BODY = (
    "A Turkish drone struck a car near Amuda on Tuesday, killing two fighters, local sources said. "
    "The council said rescuers worked through the night to reach the vehicle on the main road."
)
SECOND = "Shelling later hit two villages west of Tal Tamr, wounding a farmer and his son, the council added."


def _page(body_html: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>Drone strike near Amuda | Example Outlet</title>{head}</head><body>"
        "<header><a href='/'>Home</a> <a href='/world'>World</a> <a href='/syria'>Syria</a></header>"
        f"<main><article><h1>Drone strike near Amuda</h1>{body_html}</article></main>"
        "<aside><h3>Most read</h3><ul><li><a href='/1'>Car bomb kills five in Raqqa</a></li>"
        "<li><a href='/2'>Clashes in Deir ez-Zor leave ten dead</a></li></ul></aside>"
        "<footer><p>We use cookies. By browsing you accept our cookie policy.</p><p>All rights reserved.</p></footer>"
        "</body></html>"
    )


def test_html_page_main_text_leaves_out_sidebars_and_footer(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(f"<p>{BODY}</p><p>{SECOND}</p>"), encoding="utf-8")
    document = read_document(path)
    assert BODY in document.text and SECOND in document.text
    assert "Car bomb kills five" not in document.text and "cookie" not in document.text
    assert document.title == "Drone strike near Amuda | Example Outlet"


def test_publication_date_from_htmldate_when_no_article_metadata(tmp_path: Path) -> None:
    markup = _page(f"<p><time datetime='2023-06-07'>7 June 2023</time></p><p>{BODY}</p>")
    document = document_from_bytes(markup.encode(), "page.html")
    assert document.published is not None and document.published.isoformat() == "2023-06-07"


def test_read_also_box_inside_the_article_is_dropped(tmp_path: Path) -> None:
    markup = _page(f"<p>{BODY}</p><p>Read also: Gunmen kill a shepherd near Hajin</p><p>{SECOND}</p>")
    document = document_from_bytes(markup.encode(), "page.html")
    assert "Gunmen kill a shepherd" not in document.text and SECOND in document.text


def test_plain_text_boilerplate_is_dropped_and_offsets_point_into_the_stored_text(tmp_path: Path) -> None:
    raw = f"{BODY}\n\nShare\n\nFacebook\n\n{SECOND}\n\nNext Post\n\nBlast kills three near Shaddadi"
    path = tmp_path / "a.txt"
    path.write_text(raw, encoding="utf-8")
    document = read_document(path)
    assert document.text == f"{BODY}\n\n{SECOND}"
    assert read_document(path, strip_boilerplate=False).text == raw

    from mapapp.extract import extract_incidents

    for incident in extract_incidents(document):
        for span in incident.evidence:
            assert document.text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "markup",
    ["<html><body><![ x</body></html>", "<html><body><p>ok</p><![if x", "<!DOCTYPE html><html><body><![CDATA[ y"],
)
def test_any_parser_failure_is_a_document_error(markup: str) -> None:
    try:
        document = document_from_bytes(markup.encode(), "bad.html")
    except DocumentError as exc:
        assert "bad.html" in str(exc)
    else:
        assert document.text


def test_html_parser_assertion_becomes_a_document_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import html.parser

    def broken(self: object, i: int) -> int:
        raise AssertionError("unexpected call to parse_html_declaration()")

    monkeypatch.setattr(html.parser.HTMLParser, "parse_html_declaration", broken)
    with pytest.raises(DocumentError, match=r"bad\.html: cannot parse the HTML \(AssertionError"):
        document_from_bytes(b"<html><body><![ x</body></html>", "bad.html")


def test_a_folder_run_goes_on_past_a_page_that_breaks_the_parser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import html.parser

    original = html.parser.HTMLParser.parse_html_declaration

    def broken(self: html.parser.HTMLParser, i: int) -> int:
        if self.rawdata[i : i + 4] == "<![ ":
            raise AssertionError("unexpected call")
        return original(self, i)

    monkeypatch.setattr(html.parser.HTMLParser, "parse_html_declaration", broken)
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    monkeypatch.delenv("MAPAPP_BOUNDARIES", raising=False)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_bad.html").write_text("<html><body><![ x</body></html>", encoding="utf-8")
    (folder / "b_good.txt").write_text(BODY, encoding="utf-8")
    out = tmp_path / "out.geojson"
    assert main(["extract", str(folder), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "a_bad.html" in err and "Traceback" not in err
    assert out.exists()


def test_symlink_leaving_the_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("not an article", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "x.txt").write_text("also outside", encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY, encoding="utf-8")
    (folder / "inner.txt").symlink_to(folder / "a.txt")
    (folder / "p.txt").symlink_to(outside)
    (folder / "sub").symlink_to(elsewhere, target_is_directory=True)
    skipped: list[tuple[Path, str]] = []
    paths = collect_paths([folder], on_skip=lambda path, why: skipped.append((path, why)))
    assert [p.name for p in paths] == ["a.txt", "inner.txt"]
    assert sorted(p.name for p, _ in skipped) == ["p.txt", "sub"]
    assert all("outside" in why for _, why in skipped)
    followed = collect_paths([folder], follow_symlinks=True)
    assert sorted(p.name for p in followed) == ["a.txt", "inner.txt", "p.txt", "x.txt"]


def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY, encoding="utf-8")
    os.symlink(folder, folder / "loop", target_is_directory=True)
    assert [p.name for p in collect_paths([folder], follow_symlinks=True)] == ["a.txt"]


def test_ingest_does_not_store_a_file_outside_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MAPAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MAPAPP_GAZETTEER", raising=False)
    monkeypatch.delenv("MAPAPP_BOUNDARIES", raising=False)
    outside = tmp_path / "passwd"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY, encoding="utf-8")
    (folder / "p.txt").symlink_to(outside)
    db = tmp_path / "store.sqlite"
    assert main(["ingest", str(folder), "--db", str(db), "-q"]) == 1
    assert "outside" in capsys.readouterr().err

    from mapapp.store import open_store

    store = open_store(str(db), create=False)
    try:
        assert store.counts().documents == 1
        assert store.document(read_document(folder / "a.txt").id) is not None
    finally:
        store.close()


def test_corrupt_utf8_is_an_error_not_mojibake(tmp_path: Path) -> None:
    text = "Shelling hit Dirbêsiyê and Tal Abyad — two villages — on Monday; ‘three’ were hurt in Qamişlo."
    data = bytearray(text.encode("utf-8"))
    data[data.index(b"\xc3\xaa") + 1] = 0x28  # break one two-byte sequence
    path = tmp_path / "broken.txt"
    path.write_bytes(bytes(data))
    with pytest.raises(DocumentError, match=r"broken\.txt: corrupt UTF-8.*offset"):
        read_document(path)
    assert looks_like_corrupt_utf8(bytes(data))


def test_genuine_legacy_encodings_stay_readable(tmp_path: Path) -> None:
    arabic = "قصف مدفعي على قرية قرب الحسكة أسفر عن مقتل شخصين وإصابة ثلاثة آخرين بجروح."
    latin = "Les frappes aériennes ont touché un café à Raqqa ; trois blessés, selon l'hôpital général."
    for name, data in (("ar.txt", arabic.encode("cp1256")), ("fr.txt", latin.encode("latin-1"))):
        assert not looks_like_corrupt_utf8(data)
        (tmp_path / name).write_bytes(data)
    assert read_document(tmp_path / "ar.txt").text == arabic
    assert read_document(tmp_path / "fr.txt").text == latin


def test_text_of_nothing_but_page_furniture_is_an_error() -> None:
    with pytest.raises(DocumentError, match="only page furniture"):
        document_from_bytes(b"Share\n\nFacebook\n\nPrev Post\n\nA headline elsewhere", "x.txt")


def test_corrupt_utf8_page_declaring_latin1_is_still_an_error() -> None:
    text = "<html><head><meta charset='iso-8859-1'></head><body><p>Dirbêsiyê, Qamişlo and Tal Abyad</p></body></html>"
    data = bytearray(text.encode("utf-8"))
    data[data.index(b"\xc5\x9f") + 1] = 0x41
    with pytest.raises(DocumentError, match="corrupt UTF-8"):
        document_from_bytes(bytes(data), "page.html")
