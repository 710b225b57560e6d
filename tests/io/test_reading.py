"""Tests for mapapp.io.reading: text and HTML files, encodings, metadata, and the errors bad input gets."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapapp.io.reading import (
    MAX_DOCUMENT_BYTES,
    DocumentError,
    collect_paths,
    decode_bytes,
    document_from_bytes,
    document_from_text,
    parse_html,
    parse_published,
    read_document,
)

ARTICLE = (
    "A dozen civilians have lost their lives when the US-led coalition carried out airstrikes "
    "against Syria’s northeastern province of Hasakah.\n\n"
    "Local sources said the “airborne assaults” targeted residential buildings in Tal Shayr — "
    "a village in the southeast of the province."
)
ARABIC = "قُتل اثنا عشر مدنياً في غارات للتحالف على ريف الحسكة الجنوبي الشرقي يوم الخميس"

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>  Airstrikes kill 12
  in Hasakah | News </title>
<meta property="article:published_time" content="2017-06-10T08:15:00+03:00">
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://example.org/og">
<link rel="canonical" href="https://example.org/news/airstrikes-hasakah">
<style>p { color: red }</style>
<script>document.write("<p>Raqqah in a script</p>");</script>
</head>
<body>
<nav><ul><li><a href="/syria">Syria</a><li><a href="/iraq">Iraq</a></ul></nav>
<article>
<h1>Airstrikes kill 12</h1>
<p>A dozen civilians   were
killed&nbsp;in <b>Tal Shayr</b>, local sources said.</p>
<p>First line<br>second line &amp; more</p>
<div hidden>Hidden Deir ez-Zor</div>
<noscript>Enable JavaScript in Latakia</noscript>
</article>
</body></html>
"""


# ----------------------------------------------------------------- plain text


def test_read_utf8_text_keeps_text_and_name(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE + "\n", encoding="utf-8")
    document = read_document(path)
    assert document.text == ARTICLE
    assert document.name == "article.txt"
    assert document.title is None and document.published is None


def test_explicit_metadata_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    document = read_document(path, published=date(2017, 6, 10), outlet="Press TV", url="https://example.org/a")
    assert (document.published, document.outlet, document.url) == (date(2017, 6, 10), "Press TV", "https://example.org/a")
    assert read_document(path, published="2017-06-11").published == date(2017, 6, 11)


def test_utf8_bom_and_crlf_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    document = read_document(path)
    assert document.text == ARTICLE
    assert "\r" not in document.text and not document.text.startswith("\ufeff")


def test_same_text_pasted_or_read_is_the_same_document(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(("\n  " + ARTICLE.replace("\n", "\r\n") + "  \r\n").encode("utf-8"))
    assert read_document(path).id == document_from_text(ARTICLE).id


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(ARTICLE.encode(encoding))  # Python writes a BOM for these
    assert read_document(path).text == ARTICLE


def test_windows_1252_english_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    data = ARTICLE.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the test must exercise the fallback
    path.write_bytes(data)
    assert read_document(path).text == ARTICLE


def test_windows_1256_arabic_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "cp1256.txt"
    path.write_bytes(ARABIC.encode("cp1256"))
    assert read_document(path).text == ARABIC


def test_undecodable_bytes_are_a_clear_error(tmp_path: Path) -> None:
    # Bytes 0x81 0x8D 0x8F 0x90 0x9D are undefined in Windows-1252, and as Windows-1256 this is noise.
    noise = bytes([0x81, 0xD8, 0x8D, 0xE3, 0x8F, 0xF0, 0x90, 0xC7, 0x9D, 0xFE]) * 40
    path = tmp_path / "noise.txt"
    path.write_bytes(noise)
    with pytest.raises(DocumentError, match=r"noise\.txt: cannot decode.*not UTF-8.*UTF-8"):
        read_document(path)


def test_bad_bom_is_an_error() -> None:
    with pytest.raises(DocumentError, match="byte-order mark"):
        decode_bytes(b"\xff\xfe\x00\xd8", label="x.txt")  # UTF-16 BOM then a lone surrogate


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode("utf-8")])
def test_empty_or_whitespace_only_is_an_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=r"empty\.txt: document is empty"):
        read_document(path)


def test_pasted_whitespace_is_an_error() -> None:
    with pytest.raises(DocumentError, match="empty"):
        document_from_text("  \n ")


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        b"%PDF-1.4\n" + bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 20,
    ],
    ids=["nul-bytes", "control-characters"],
)
def test_binary_is_an_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match="binary"):
        read_document(path)


def test_pasted_text_with_nul_is_an_error() -> None:
    with pytest.raises(DocumentError, match="binary"):
        document_from_text("abc\x00def")


def test_too_large_file_is_refused_without_reading_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: costs no disk and no time
        handle.truncate(MAX_DOCUMENT_BYTES + 1)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(DocumentError, match=r"huge\.txt: too large"):
        read_document(path)


def test_file_at_the_limit_is_read(tmp_path: Path) -> None:
    line = b"Clashes were reported near Raqqah.\n"
    data = line * (MAX_DOCUMENT_BYTES // len(line))
    path = tmp_path / "big.txt"
    path.write_bytes(data)
    assert len(read_document(path).text) == len(data) - 1  # trailing newline stripped


def test_too_large_bytes_and_text() -> None:
    with pytest.raises(DocumentError, match="too large"):
        document_from_bytes(b"a" * (MAX_DOCUMENT_BYTES + 1), "upload.txt")
    with pytest.raises(DocumentError, match="too large"):
        document_from_text("a" * (MAX_DOCUMENT_BYTES + 1))


def test_missing_file_and_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(DocumentError, match="is a folder"):
        read_document(tmp_path)


@pytest.mark.parametrize("value", ["2017-13-01", "10/06/2017", "yesterday", "2017-6-1", "2017-02-30"])
def test_bad_published_date_is_an_error(value: str) -> None:
    with pytest.raises(DocumentError, match="date"):
        parse_published(value)
    with pytest.raises(DocumentError):
        document_from_text(ARTICLE, published=value)


def test_non_web_url_is_refused() -> None:
    with pytest.raises(DocumentError, match="http"):
        document_from_text(ARTICLE, url="javascript:alert(1)")


def test_script_text_in_plain_text_stays_text() -> None:
    text = "Shelling hit Raqqah. <script>alert(1)</script> was found in the comments."
    assert document_from_text(text).text == text


# ----------------------------------------------------------------- HTML


def test_html_visible_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    document = read_document(path)
    paragraphs = document.text.split("\n\n")
    assert paragraphs == [
        "Airstrikes kill 12",
        "A dozen civilians were killed in Tal Shayr, local sources said.",
        "First line\nsecond line & more",
    ]
    for hidden in ("Raqqah", "color", "Syria", "Iraq", "Hidden", "Latakia", "Airstrikes kill 12 in"):
        assert hidden not in document.text
    assert document.title == "Airstrikes kill 12 in Hasakah | News"
    assert document.published == date(2017, 6, 10)
    assert document.outlet == "Example News"
    assert document.url == "https://example.org/news/airstrikes-hasakah"


def test_explicit_metadata_beats_the_page(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(PAGE, encoding="utf-8")
    document = read_document(path, published="2020-01-02", outlet="Mine", url="https://mine.example/x")
    assert (document.published, document.outlet, document.url) == (date(2020, 1, 2), "Mine", "https://mine.example/x")


def test_html_json_ld_and_og_url_fallbacks() -> None:
    page = parse_html(
        '<html><head><meta property="og:url" content="https://ex.org/og">'
        '<link rel="canonical" href="/relative/only">'
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
        '{"@type": "NewsArticle", "datePublished": "2019-03-04T10:00:00Z", "publisher": {"name": "LD Outlet"}}]}'
        "</script></head><body><p>Text</p></body></html>"
    )
    assert page.text == "Text"
    assert page.published == date(2019, 3, 4)
    assert page.outlet == "LD Outlet"
    assert page.url == "https://ex.org/og"  # a relative canonical is not a usable link


def test_html_javascript_url_is_dropped() -> None:
    page = parse_html('<link rel="canonical" href="javascript:alert(1)"><p>Text</p>')
    assert page.url is None


def test_html_entities_for_script_become_text_not_markup() -> None:
    page = parse_html("<p>Reports: &lt;script&gt;alert(1)&lt;/script&gt; in Raqqah</p>")
    assert page.text == "Reports: <script>alert(1)</script> in Raqqah"


def test_html_without_visible_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>T</title><script>var a=1;</script></head><body> </body></html>")
    with pytest.raises(DocumentError, match="no visible text"):
        read_document(path)


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    path = tmp_path / "arabic.html"
    markup = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>{ARABIC}</p></body></html>'
    path.write_bytes(markup.encode("cp1256"))
    assert read_document(path).text == ARABIC


def test_upload_bytes_pick_html_by_name_or_content() -> None:
    as_html = document_from_bytes(PAGE.encode("utf-8"), "upload.html")
    sniffed = document_from_bytes(PAGE.encode("utf-8"), "upload")
    as_text = document_from_bytes(PAGE.encode("utf-8"), "upload.txt")
    assert as_html.text == sniffed.text and "<p>" not in as_html.text
    assert "<p>" in as_text.text  # a .txt file is taken literally


def test_unclosed_self_closing_and_dropped_tags() -> None:
    page = parse_html("<div>One<br/>Two<p>Three<p>Four<iframe src=x></iframe>Five<nav><p>Menu<p>Home</nav>Six")
    assert page.text == "One\nTwo\n\nThree\n\nFour Five\n\nSix"


# ----------------------------------------------------------------- sidecar


def test_sidecar_metadata(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "article.meta.json").write_text(
        json.dumps({"outlet": "Press TV", "url": "https://presstv.example/1", "published": "2017-06-10", "title": "T"}),
        encoding="utf-8",
    )
    document = read_document(path)
    assert (document.outlet, document.url, document.published, document.title) == (
        "Press TV",
        "https://presstv.example/1",
        date(2017, 6, 10),
        "T",
    )
    assert read_document(path, outlet="Other").outlet == "Other"


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json", "not readable JSON"), ("[1]", "JSON object"), ('{"published": "June 10"}', "YYYY-MM-DD"),
     ('{"outlet": 3}', "must be a string"), ('{"url": "ftp://x"}', "http")],
)  # fmt: skip
def test_bad_sidecar_is_an_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "article.meta.json").write_text(content, encoding="utf-8")
    with pytest.raises(DocumentError, match=message):
        read_document(path)


# ----------------------------------------------------------------- collect_paths


def test_collect_paths_expands_folders_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ["b/2.txt", "a.HTML", "c.htm", "b/1.html", "notes.md", "a.meta.json", ".git/x.txt", ".hidden.txt"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    single = tmp_path / "notes.md"
    found = collect_paths([tmp_path, single, tmp_path / "c.htm"])
    relative = [p.relative_to(tmp_path).as_posix() for p in found]
    assert relative == ["a.HTML", "b/1.html", "b/2.txt", "c.htm", "notes.md"]


def test_collect_paths_reports_missing_and_empty(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DocumentError) as caught:
        collect_paths([tmp_path / "nope.txt", empty])
    assert "nope.txt: no such file or folder" in str(caught.value)
    assert "empty: folder has no" in str(caught.value)


def test_unreadable_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Refuse the open itself rather than chmod the file: root (as in CI containers) reads any file,
    # which used to skip this test exactly where it runs.
    path = tmp_path / "locked.txt"
    path.write_text("x")
    real_open = Path.open

    def refusing_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    with pytest.raises(DocumentError, match="locked.txt: cannot read: Permission denied"):
        read_document(path)


# ----------------------------------------------------------------- robustness on arbitrary input

@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_document_or_a_document_error(data: bytes) -> None:
    for name in ("upload.txt", "upload.html"):
        try:
            document = document_from_bytes(data, name)
        except DocumentError as exc:
            assert str(exc).startswith(name)
        else:
            assert document.text and document.text == document.text.strip() and "\r" not in document.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcpdivscrTtl&;#\n!-")), max_size=300))
def test_any_markup_parses(markup: str) -> None:
    page = parse_html(markup)
    assert "\r" not in page.text and "\n\n\n" not in page.text


# ----------------------------------------------------------------- publication date printed in the page

DATED_PAGE = "Shelling hits a village\n\nPublished: 12 January 2022\n\n" + ARTICLE


def test_page_text_date_is_used_when_none_is_given(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(DATED_PAGE, encoding="utf-8")
    document = read_document(path)
    assert (document.published, document.published_source) == (date(2022, 1, 12), "page text")
    pasted = document_from_text(DATED_PAGE)
    assert (pasted.published, pasted.published_source) == (date(2022, 1, 12), "page text")


def test_given_date_always_wins_over_the_page_date(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(DATED_PAGE, encoding="utf-8")
    document = read_document(path, published="2022-01-13")
    assert (document.published, document.published_source) == (date(2022, 1, 13), "given")
    (tmp_path / "page.meta.json").write_text(json.dumps({"published": "2022-01-14"}), encoding="utf-8")
    document = read_document(path)
    assert (document.published, document.published_source) == (date(2022, 1, 14), "given")


def test_html_metadata_wins_over_a_date_line_in_the_page() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2022-01-10T08:00:00Z">'
        "<title>Shelling</title></head><body><article><p>Published: 12 January 2022</p>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in ARTICLE.split("\n\n"))
        + "</article></body></html>"
    )
    document = document_from_bytes(html.encode("utf-8"), "page.html")
    assert (document.published, document.published_source) == (date(2022, 1, 10), "html")


def test_page_date_survives_boilerplate_stripping_and_round_trip() -> None:
    from mapapp.model import Document

    document = document_from_text("Share\n\nFacebook\n\n3 May 2021\n\n" + ARTICLE)
    assert (document.published, document.published_source) == (date(2021, 5, 3), "page text")
    assert Document.from_dict(document.to_dict()) == document


def test_no_date_anywhere_gives_none() -> None:
    document = document_from_text(ARTICLE)
    assert document.published is None


def test_date_from_the_address_when_the_page_prints_none(tmp_path: Path) -> None:
    document = document_from_text(ARTICLE, url="https://news.example/2020/03/04/strike/")
    assert (document.published, document.published_source) == (date(2020, 3, 4), "url")
    printed = document_from_text(DATED_PAGE, url="https://news.example/2020/03/04/strike/")
    assert (printed.published, printed.published_source) == (date(2022, 1, 12), "page text")
