"""Decoding a document's bytes to text: byte-order marks, UTF-8, a declared charset, legacy code pages.

A byte-order mark decides (UTF-8, UTF-16, UTF-32); UTF-16 saved without one is
recognised by its NUL bytes, all on the high-byte side of each pair. Otherwise strict UTF-8;
then (unless the bytes are damaged UTF-8, below) the charset declared by the
server (HTTP ``Content-Type``) or, for HTML, by its ``<meta>``; then the two legacy
Windows code pages such news text comes in, Windows-1252 (Western; it covers
every printable Latin-1 character) and Windows-1256 (Arabic), chosen between by
``charset-normalizer``. We restrict charset-normalizer to those two because left
to guess freely it reads English Windows-1252 text as Baltic cp775 and the like.
Latin-1 is deliberately not a fallback: it decodes any bytes at all.

**Corrupt UTF-8 is an error, never mojibake.** Bytes that are mostly well-formed
UTF-8 multi-byte sequences with a few broken ones are UTF-8 damaged in transit
(a truncated download, a bad copy), not a legacy code page: reading them as
Windows-1256 would turn every accented letter or Arabic word into mojibake that
the extractor then reads as text. Such bytes are a :class:`DocumentError`
naming the byte offset, so the user fixes the file rather than getting a
silently wrong document. (Replacing the broken bytes would lose only a few
characters, but would still hide a damaged file; an error is the safer
default and the message says how to recover.) Genuinely other-encoded text,
in which well-formed UTF-8 sequences are rare or absent, is still read.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from mapapp.io.errors import DocumentError

#: Legacy code pages tried (via charset-normalizer) when a file is not UTF-8.
LEGACY_ENCODINGS: tuple[str, ...] = ("cp1252", "cp1256")

#: Share of control bytes (other than tab, newlines, form feed, escape) above which data is binary.
MAX_CONTROL_SHARE = 0.05

#: Share of non-ASCII bytes inside well-formed UTF-8 sequences from which undecodable bytes are corrupt UTF-8.
CORRUPT_UTF8_SHARE = 0.5

SNIFF_BYTES = 64 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control bytes that do not occur in text: all below 0x20 except tab, LF, VT, FF, CR and ESC.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
CONTROL_CHARS = frozenset(chr(b) for b in _CONTROL_BYTES)

# One well-formed UTF-8 multi-byte sequence (RFC 3629, table 3-7 of Unicode): fixed-length alternatives,
# no nested quantifier, so scanning is linear.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf][\x80-\xbf]|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf][\x80-\xbf]|[\xf1-\xf3][\x80-\xbf][\x80-\xbf][\x80-\xbf]"
    rb"|\xf4[\x80-\x8f][\x80-\xbf][\x80-\xbf]"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def decode_bytes(data: bytes, *, label: str = "<bytes>", declared_encoding: str | None = None) -> str:
    """Decode a document's bytes as described in the module docstring, or raise :class:`DocumentError`."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    f"{label}: starts with a {encoding.upper().replace('-SIG', '')} byte-order mark "
                    f"but is not valid {encoding.replace('-sig', '')} ({exc.reason} at byte {exc.start})"
                ) from None
    sample = data[:SNIFF_BYTES]
    utf16 = _utf16_without_bom(sample)
    if utf16 is not None:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: the NUL bytes make it binary (below)
    if b"\x00" in sample:
        raise DocumentError(f"{label}: looks like a binary file (it contains NUL bytes), not text or HTML")
    if sample and sum(sample.count(bytes([b])) for b in _CONTROL_BYTES) / len(sample) > MAX_CONTROL_SHARE:
        raise DocumentError(f"{label}: looks like a binary file (many control characters), not text or HTML")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_problem = f"{exc.reason} at byte {exc.start}"
        first_bad = exc.start
    # Before a declared charset: a page that says Latin-1 but holds (damaged) UTF-8 is UTF-8.
    if looks_like_corrupt_utf8(data):
        raise DocumentError(
            f"{label}: corrupt UTF-8 ({utf8_problem}): the text is UTF-8 with damaged bytes, and reading it "
            f"in another encoding would garble it; repair or re-download the file (the first bad byte is "
            f"at offset {first_bad})"
        )
    if declared_encoding and codecs.lookup(declared_encoding).name != "utf-8":
        try:
            return data.decode(declared_encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    best = charset_normalizer.from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is not None:
        return str(best)
    raise DocumentError(
        f"{label}: cannot decode the text: it is not UTF-8 ({utf8_problem}) and does not read as "
        "Windows-1252 (Western) or Windows-1256 (Arabic) text; save it as UTF-8 and try again"
    )


def _utf16_without_bom(sample: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the bytes look like UTF-16 text saved without a byte-order mark.

    Such text (Windows "Unicode" files cut from their BOM, some exports) is full of NUL bytes, one in every
    pair for Latin letters, digits, spaces and punctuation, and all of them on the same side of the pair (the
    high byte); in binary data NUL bytes fall on both sides. So: at least one pair in ten has a NUL, and every
    NUL is on the same side.
    """
    if len(sample) < 4 or len(sample) % 2 or b"\x00" not in sample:
        return None
    pairs = len(sample) // 2
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if even_nuls == 0 and odd_nuls >= pairs / 10:
        return "utf-16-le"
    if odd_nuls == 0 and even_nuls >= pairs / 10:
        return "utf-16-be"
    return None


#: Invisible formatting characters removed from document text (see :func:`remove_invisible_characters`).
INVISIBLE_CHARACTERS = (
    "\u00ad"  # soft hyphen
    "\u180e"  # Mongolian vowel separator (once a zero-width space)
    "\u200b\u200e\u200f"  # zero-width space, left-to-right and right-to-left marks
    "\u202a-\u202e"  # bidirectional embeddings and overrides
    "\u2060-\u2064"  # word joiner and invisible operators
    "\u2066-\u2069"  # bidirectional isolates
    "\ufeff"  # zero-width no-break space (a byte-order mark inside the text)
)
_ARABIC_LETTER = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
# One class of single characters, or a joiner not between two Arabic-script letters: no quantifier, linear.
_INVISIBLE_RE = re.compile(
    f"[{INVISIBLE_CHARACTERS}]"
    f"|(?<![{_ARABIC_LETTER}])[\u200c\u200d]|[\u200c\u200d](?![{_ARABIC_LETTER}])"
)


def remove_invisible_characters(text: str) -> str:
    """``text`` without invisible formatting characters: soft hyphens, zero-width spaces, direction marks,
    bidirectional embeddings, overrides and isolates, word joiners, stray byte-order marks; zero-width
    (non-)joiners too, except between two Arabic-script letters, where they shape the letters.

    Web pages and copied text carry them inside words ("Am\u200buda", "Amu\u00adda", "\u200fRaqqa\u200f"),
    where they split a place name in two and send it to the wrong place or to none; they carry no content of
    an English article. (A bidirectional override also makes text display in another order than it reads.)
    """
    return _INVISIBLE_RE.sub("", text)


def looks_like_corrupt_utf8(data: bytes) -> bool:
    """True when most non-ASCII bytes form well-formed UTF-8 sequences: UTF-8 with damage, not a code page.

    In Windows-1252 or -1256 text a lead byte (0xC2-0xF4) is almost never
    followed by the right number of continuation bytes (0x80-0xBF), so the
    share of high bytes inside such sequences stays near zero there.
    """
    high = len(_HIGH_BYTE.findall(data))
    if not high:
        return False
    in_sequences = sum(len(match) for match in _UTF8_SEQUENCE.findall(data))
    return in_sequences / high >= CORRUPT_UTF8_SHARE


def control_share(text: str) -> float:
    """Share of control characters in the start of ``text`` (binary data has many)."""
    sample = text[:SNIFF_BYTES]
    return sum(1 for char in sample if char in CONTROL_CHARS) / len(sample) if sample else 0.0


_CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)

# What browsers do with these labels (WHATWG Encoding standard): Latin-1 and ASCII mean Windows-1252,
# and a page that declares UTF-16 in a <meta> but has no BOM is not UTF-16.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "utf-16": None,
    "utf-16le": None,
    "utf-16be": None,
}


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page's ``<meta charset>`` declares (in its first 4 KB), as a Python codec name."""
    match = _CHARSET_META.search(data[:4096])
    if not match:
        return None
    return codec_for_label(match.group(1).decode("ascii"))


def codec_for_label(label: str) -> str | None:
    """A charset label (``<meta>``, HTTP ``Content-Type``) as a Python codec name, as browsers read it; else None."""
    label = label.strip().strip("\"'").lower()
    encoding = _CHARSET_ALIASES.get(label, label)
    if encoding is None:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def looks_like_html(data: bytes) -> bool:
    """Bytes that start like an HTML page (doctype, ``<html>`` or an XML declaration before ``<html>``)."""
    head = data[:1024].lstrip(codecs.BOM_UTF8 + b" \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:4096].lower()



__all__ = [
    "INVISIBLE_CHARACTERS",
    "LEGACY_ENCODINGS",
    "codec_for_label",
    "control_share",
    "declared_charset",
    "decode_bytes",
    "looks_like_corrupt_utf8",
    "looks_like_html",
    "remove_invisible_characters",
]
