"""Latin letters that Unicode does not decompose into a base letter and a mark, with the plain letter each one is
written as in other transliterations: Turkish dotless ``ı`` (Ceylanpınar, Kamışlı, Tel Rıfat) is a plain ``i``; the
stroked l, o, d and h likewise.

One table for the extractor, which folds accents in the text it reads
(:func:`mapapp.extract.sentences.fold_accents`), and the geocoder, which folds the names it matches
(:func:`mapapp.geocode.normalize.tokens`): a name folds alike in the article and in the gazetteer. It lives here,
outside both packages, so that neither imports the other.
"""

from __future__ import annotations

#: Each undecomposable Latin letter, in both cases where it has two, and its base letter.
UNDECOMPOSED_LETTERS: dict[str, str] = dict(zip("ıłŁøØđĐħĦ", "ilLoOdDhH", strict=True))

__all__ = ["UNDECOMPOSED_LETTERS"]
