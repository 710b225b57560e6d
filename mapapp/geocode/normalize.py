"""Name normalisation for matching English transliterations of Arabic/Kurdish place names.

The same town appears as ``Deir ez-Zor``, ``Dayr al-Zawr``, ``Deir Ezzor`` or
``Dair az-Zour``; ``Tal``/``Tall``/``Tel``/``Tell``; ``Qamishli``/``Kamishly``.
:func:`normalize_name` folds such spellings to one key so that an exact
dictionary lookup finds most variants and fuzzy matching (rapidfuzz) handles the
rest. The key keeps word boundaries (tokens joined by one space).

Written by hand because no maintained library folds Arabic *romanisation*
variants (unidecode and friends only strip diacritics); the rules below are the
well-known alternations of Levantine transliteration (article assimilation,
vowel quality e/a, o/u, ei/ay, a'e/a'i, doubled consonants, q/k, kh/k, final -ah/-eh), and the article
written joined to its name in camel case (``AlSabha``, ``ArRaqqa``: :data:`_CAMEL_ARTICLE`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from mapapp.letters import UNDECOMPOSED_LETTERS

#: Apostrophe-like marks for ʿayn and hamza (and typographic quotes): removed outright.
_MARKS = "'’‘`´ʿʾʻʼʹ′"
_MARKS_TABLE = str.maketrans("", "", _MARKS)

#: Stand-alone Arabic article forms (al-, el- and the assimilated ad-, ash-, as-, at-, ar-, az-, ...).
ARTICLES: frozenset[str] = frozenset(
    {"al", "el", "il", "ul", "ad", "adh", "ash", "as", "at", "ath", "ar", "az", "an",
     "ed", "edh", "esh", "es", "et", "eth", "er", "ez", "en"}
)

#: Assimilated article written joined to its word with the sun letter doubled: ``Ezzor``, ``Arraqqa``.
_JOINED_ARTICLE = re.compile(r"^[ae](sh|th|dh|[tdrzsn])\1(?=[a-z]{2})")

_DOUBLED = re.compile(r"(.)\1+")

#: The article written joined to its name with the name's capital kept, as tables and hashtags write it
#: (``AlSabha``, ``AlQaim``, ``ElMina``, ``ArRaqqa``, ``AshShaddadi``): a word boundary, an article form (capitalised),
#: then a capital and a lower-case letter. Split off before case is folded; a name that merely starts with the
#: letters ("Aleppo", "Alan", "Arbil") has no capital after them and is left whole.
#: Matched on the decomposed name: the capital may carry a mark of its own ("AlṢabḥa"), the article may not (str.title()
#: writes "āl̄bu" as "Āl̄Bu", a capital after a marked letter, which is no camel case).
_CAMEL_ARTICLE = re.compile(r"\b(?:[AE]l|[AE](?:sh|th|dh|[tdrzsn]))(?=[A-Z][\u0300-\u036f]*[a-z])")

#: Whole raw tokens whose variants no letter rule joins (checked before folding).
_RAW_TOKENS: dict[str, tuple[str, ...]] = {
    "der": ("dayr",),  # Der ez-Zor (French) = Deir/Dayr
    "albu": ("abu",),  # Albu Kamal = Abu Kamal (Al Bu / Abu both written)
    "albou": ("abu",),
    "abou": ("abu",),
    "bukamal": ("abu", "kamal"),  # Al Bukamal: article + joined Bu Kamal
    "boukamal": ("abu", "kamal"),
    "albukamal": ("abu", "kamal"),
    "ezzor": ("zor",),
}

#: Letter-level substitutions applied in order to each token. Plain strings are replaced with
#: ``str.replace`` (several times faster than a regex); compiled patterns need their context.
_LETTER_RULES: tuple[tuple[str | re.Pattern[str], str], ...] = (
    ("kh", "k"),
    ("q", "k"),
    ("ck", "k"),
    ("ph", "f"),
    ("dh", "d"),
    ("th", "t"),
    ("gh", "g"),
    (re.compile(r"(?<=[a-z])(?:iy|ie)$"), "i"),
    ("ee", "i"),
    ("oo", "u"),
    ("ou", "u"),
    ("ae", "ai"),  # a hamza between two vowels: Qa'em = Qa'im, Ta'er = Ta'ir (the mark itself is dropped first)
    (re.compile(r"ei|ai|ey"), "ay"),
    (re.compile(r"(?:aw|au)(?![aeiou])"), "u"),
    ("e", "a"),
    ("o", "u"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=[^aeiouy])y$"), "i"),
    (re.compile(r"(?<=[aiu])h$"), ""),
)


def strip_diacritics(text: str) -> str:
    """``Ḩasakah`` → ``Hasakah``: NFKD decomposition with combining marks dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_latin_script(name: str) -> bool:
    """True when every letter is Latin once diacritics and ʿayn/hamza marks are removed (``Al Ḩasakah``: yes;
    ``Латакия``, ``اللاذقية``: no). Only Latin-script names are worth matching against English text."""
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in strip_diacritics(name).translate(_MARKS_TABLE))


#: Latin letters that Unicode does not decompose into a base letter and a mark: Turkish dotless ``ı`` (Kamışlı, Tel
#: Rıfat) is a plain ``i`` in every other transliteration; the stroked l, o, d and h too (the extractor folds the same
#: table: :func:`mapapp.extract.sentences.fold_accents`).
_UNDECOMPOSED = str.maketrans(UNDECOMPOSED_LETTERS)


def tokens(name: str) -> list[str]:
    """Lower-cased ASCII-ish word tokens of ``name``, with ʿayn/hamza marks removed and punctuation split."""
    # The joined article is split off the decomposed name before its marks are dropped (see _CAMEL_ARTICLE).
    decomposed = _CAMEL_ARTICLE.sub(r"\g<0> ", unicodedata.normalize("NFKD", name))
    text = strip_diacritics(decomposed).casefold().translate(_MARKS_TABLE).translate(_UNDECOMPOSED)
    text = re.sub(r"[\W_]+", " ", text)
    return text.split()


#: Words and names recur constantly (in the index and in text), so folding results are memoised.
_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=_CACHE_SIZE)
def _fold_token(token: str) -> tuple[str, ...]:
    single = _DOUBLED.sub(r"\1", token)
    if token in _RAW_TOKENS or single in _RAW_TOKENS:
        token_parts = _RAW_TOKENS.get(token) or _RAW_TOKENS[single]
    else:
        token_parts = (_JOINED_ARTICLE.sub("", token),)
    folded: list[str] = []
    for part in token_parts:
        for rule, replacement in _LETTER_RULES:
            part = part.replace(rule, replacement) if isinstance(rule, str) else rule.sub(replacement, part)
        if part:
            folded.append(part)
    return tuple(folded)


@lru_cache(maxsize=_CACHE_SIZE)
def normalize_name(name: str) -> str:
    """Fold a place name to its matching key: ``Dayr al-Zawr`` and ``Deir ez-Zor`` both give ``dayr zur``.

    Articles standing alone are dropped (unless the name is nothing but an
    article), diacritics and ʿayn/hamza marks removed, hyphens become spaces,
    and each word's spelling is folded (see the module docstring).
    """
    words = tokens(name)
    kept = [w for w in words if _DOUBLED.sub(r"\1", w) not in ARTICLES] or words
    folded: list[str] = []
    for word in kept:
        folded.extend(_fold_token(word))
    return " ".join(folded)


def compact_key(key: str) -> str:
    """A normalised key without spaces: ``tal abyad`` and ``talabyad`` meet here."""
    return key.replace(" ", "")


__all__ = ["ARTICLES", "compact_key", "is_latin_script", "normalize_name", "strip_diacritics", "tokens"]
