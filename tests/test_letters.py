"""The one table of undecomposable Latin letters (mapapp.letters) folds a name alike in the text and the gazetteer."""

from __future__ import annotations

import pytest

from mapapp.extract.sentences import fold_accents
from mapapp.geocode.normalize import tokens
from mapapp.letters import UNDECOMPOSED_LETTERS


@pytest.mark.parametrize(("letter", "base"), sorted(UNDECOMPOSED_LETTERS.items()))
def test_the_extractor_and_the_geocoder_fold_each_letter_alike(letter: str, base: str) -> None:
    name = f"Ta{letter}rak"
    assert fold_accents(name) == f"Ta{base}rak"
    assert tokens(name) == [f"ta{base.lower()}rak"]
