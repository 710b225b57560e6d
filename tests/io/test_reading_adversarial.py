"""Hostile text at the reader's edge: UTF-16 without a byte-order mark, half characters, invisible characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapapp.io.encoding import decode_bytes, remove_invisible_characters
from mapapp.io.reading import (
    DocumentError,
    document_from_bytes,
    document_from_text,
    read_document,
)

ENGLISH = "Shelling hit Tal Tamr on Monday, wounding three civilians, the council said."
ARABIC = "قصف مدفعي على قرية قرب الحسكة أسفر عن مقتل شخصين."


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [ENGLISH, ARABIC], ids=["english", "arabic"])
def test_utf16_without_byte_order_mark_is_read(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "exported.txt"
    path.write_bytes(text.encode(encoding))
    assert read_document(path).text == text


def test_binary_with_nul_bytes_on_both_sides_is_still_binary() -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4
    with pytest.raises(DocumentError, match="binary"):
        decode_bytes(data, label="image.txt")


def test_utf16_looking_bytes_full_of_control_characters_are_binary() -> None:
    data = bytes([1, 0, 2, 0, 3, 0, 4, 0]) * 64  # NULs on one side only, but the characters are controls
    with pytest.raises(DocumentError, match="binary"):
        document_from_bytes(data, "counts.txt")


@pytest.mark.parametrize("text", [f"{ENGLISH} \ud800 {ENGLISH}", "\udcff" * 3 + ENGLISH])
def test_pasted_text_with_a_lone_surrogate_is_a_clear_error(text: str) -> None:
    with pytest.raises(DocumentError, match=r"pasted text: not valid Unicode text: a lone surrogate \(U\+D"):
        document_from_text(text, name="pasted text")


def test_a_valid_astral_character_is_not_a_surrogate() -> None:
    assert "\U0001f4a5" in document_from_text(f"{ENGLISH} \U0001f4a5").text


@pytest.mark.parametrize(
    "name",
    ["Am\u200buda", "\u200fAmuda\u200f", "Amu\u00adda", "Am\ufeffuda", "\u202bAmuda\u202c", "Amu\u2060da", "Am\u200dud\u200ca"],
)
def test_invisible_characters_inside_a_place_name_are_removed(name: str) -> None:
    document = document_from_text(f"A drone struck {name} on Monday, killing two civilians.")
    assert document.text == "A drone struck Amuda on Monday, killing two civilians."


def test_the_same_article_with_and_without_invisible_characters_is_one_document() -> None:
    plain = document_from_bytes(ENGLISH.encode(), "a.txt")
    marked = document_from_bytes(ENGLISH.replace("Tal Tamr", "Tal\u200b Tam\u00adr").encode(), "b.html")
    assert plain.id == marked.id


def test_joiners_between_arabic_letters_are_kept() -> None:
    # In Arabic and Persian script a zero-width non-joiner changes how letters join: it is part of the word.
    word = "می\u200cخواهم"
    assert remove_invisible_characters(f"{word} Am\u200cuda") == f"{word} Amuda"


def test_a_place_name_split_by_a_zero_width_space_is_placed_where_it_is() -> None:
    from mapapp.geocode import Geocoder, load_gazetteer
    from mapapp.pipeline import process_document

    document = document_from_text("A drone struck Am\u200buda on Monday, killing two civilians.")
    [incident] = process_document(document, Geocoder(load_gazetteer(None)))
    assert incident.location is not None and incident.location.place is not None
    assert incident.location.place.admin1 == "Al-Hasakah"  # not Amman, Jordan ("Am" before the invisible space)


def test_comment_nodes_are_dropped_only_from_pages_full_of_them() -> None:
    from mapapp.io.html import MAX_COMMENT_NODES, _without_many_comment_nodes

    few = "<!DOCTYPE html><p>a</p><!-- note --><p>b</p>"
    assert _without_many_comment_nodes(few) == few
    many = "<!DOCTYPE html><p>a</p>" + "<!-- x -->" * MAX_COMMENT_NODES + "<?php y ?><![CDATA[z]]><p>b</p><!-- never closed <p>c</p>"
    assert _without_many_comment_nodes(many) == "<!DOCTYPE html><p>a</p><p>b</p>"


@pytest.mark.parametrize("filler", ["<!-- ad slot -->", "<tr><td>1</td><td>2</td></tr>"], ids=["comments", "table-rows"])
def test_a_page_full_of_comments_or_table_rows_still_gives_its_article(filler: str) -> None:
    article = " ".join([ENGLISH] * 4)
    markup = f"<html><head><title>t</title></head><body><table>{filler * 3000}</table><article><p>{article}</p></article></body></html>"
    assert ENGLISH in document_from_bytes(markup.encode(), "page.html").text


def test_a_sidecar_nested_thousands_deep_is_a_document_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(DocumentError, match=r"a\.meta\.json: metadata sidecar is not readable JSON \(nested too deeply\)"):
        read_document(tmp_path / "a.txt")


def test_a_json_ld_block_nested_thousands_deep_does_not_cost_the_article() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    markup = f"<html><head><script type='application/ld+json'>{deep}</script></head><body><p>{ENGLISH}</p></body></html>"
    assert document_from_bytes(markup.encode(), "page.html").text == ENGLISH
