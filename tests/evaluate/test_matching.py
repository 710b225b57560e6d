"""Place names as the evaluation compares them (mapapp.evaluate.matching.match_name)."""

from __future__ import annotations

from mapapp.evaluate.matching import match_name


def test_kind_of_place_words_do_not_count_in_names() -> None:
    assert match_name("Hajin countryside") == match_name("Hajin")
    assert match_name("the western countryside of Raqqa") == match_name("Raqqa")
    assert match_name("al-Omar oil field") == match_name("Omar")
    assert match_name("Countryside") == "countryside"  # nothing but a descriptor: kept, not emptied
