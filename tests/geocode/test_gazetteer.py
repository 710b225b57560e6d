"""Gazetteer: indexing, ranked search, governorate lookup, places per governorate."""

from __future__ import annotations

from mapapp.geocode.admin1 import GEONAMES_ADMIN1, canonical_admin1, strip_admin1_words
from mapapp.geocode.gazetteer import Gazetteer, match_score
from mapapp.geocode.normalize import normalize_name
from mapapp.model import GOVERNORATES, Place, Precision


def _place(ident: str, name: str, admin1: str | None, *alternates: str, **extra: object) -> Place:
    # Synthetic records for unit tests of ranking logic; coordinates are placeholders, never used for output.
    return Place(id=f"test:{ident}", name=name, lat=0.0, lon=0.0, admin1=admin1,
                 alternate_names=tuple(alternates), **extra)  # type: ignore[arg-type]


def _gazetteer() -> Gazetteer:
    return Gazetteer(
        [
            _place("1", "Tall Tamr", "Al-Hasakah", "Tel Tamer"),
            _place("2", "Al Ḩasakah", "Al-Hasakah", "Hasakah", population=400000),
            _place("3", "Al-Hasakah", "Al-Hasakah", "Hassakeh", kind="governorate", precision=Precision.ADMIN1),
            _place("4", "Ar Raqqah", "Ar-Raqqah", "Raqqa"),
            _place("5", "Al Karāmah", "Ar-Raqqah"),
            _place("6", "Al Karāmah", "Homs"),
            _place("7", "Latakia", "Latakia", "Латакия", "اللاذقية"),
            _place("1", "Duplicate id is dropped", "Aleppo"),
        ],
        source="test records",
    )


def test_len_source_and_duplicate_ids() -> None:
    gazetteer = _gazetteer()
    assert len(gazetteer) == 7
    assert gazetteer.source == "test records"
    assert "Duplicate id is dropped" not in {p.name for p in gazetteer}


def test_exact_variant_scores_100() -> None:
    [best, *_] = _gazetteer().search("Tell Tamer")
    assert best.place.name == "Tall Tamr"
    assert best.score == 100.0


def test_town_ranks_before_governorate_of_same_name() -> None:
    results = _gazetteer().search("Hasakah")
    assert [c.place.kind for c in results[:2]] == ["populated_place", "governorate"]


def test_admin1_filter_and_in_coverage_first() -> None:
    gazetteer = _gazetteer()
    both = gazetteer.search("Al Karamah")
    assert [c.place.admin1 for c in both] == ["Ar-Raqqah", "Homs"]
    only_homs = gazetteer.search("Al Karamah", admin1="Homs")
    assert [c.place.admin1 for c in only_homs] == ["Homs"]


def test_fuzzy_match_scores_below_100_and_limit_applies() -> None:
    gazetteer = _gazetteer()
    [best] = gazetteer.search("Tall Tamir", limit=1)
    assert best.place.name == "Tall Tamr"
    assert 60 <= best.score < 100


def test_generic_word_alone_does_not_make_a_match() -> None:
    assert all(c.place.name != "Tall Tamr" for c in _gazetteer().search("Tal Shayr"))
    assert match_score(normalize_name("Tal Shayr"), normalize_name("Tall Tamr")) < 60


def test_non_latin_names_are_not_indexed() -> None:
    assert _gazetteer().search("Латакия") == []


def test_names_with_latin_extended_letters_are_indexed() -> None:
    # "Ḩ" (U+1E28) lies beyond Latin Extended-B: the name must still be indexed under its own spelling.
    gazetteer = Gazetteer([_place("1", "Ḩamāh", "Hama")], source="test")
    [found] = gazetteer.search("Hamah")
    assert found.matched_name == "Ḩamāh" and found.score == 100.0


def test_governorate_lookup_by_variants() -> None:
    gazetteer = _gazetteer()
    for spelling in ("Al-Hasakah", "Hassakeh", "Al-Hasakeh", "hasakah province", "Hasaka"):
        found = gazetteer.governorate(spelling)
        assert found is not None and found.id == "test:3", spelling
    assert gazetteer.governorate("Raqqa") is None  # no governorate record for it in this set
    assert gazetteer.governorate("Atlantis") is None


def test_places_in_accepts_any_spelling() -> None:
    names = {p.name for p in _gazetteer().places_in("Raqqa")}
    assert names == {"Ar Raqqah", "Al Karāmah"}


def test_empty_query_finds_nothing() -> None:
    assert _gazetteer().search("  ") == []
    assert _gazetteer().search("Raqqa", limit=0) == []


def test_admin1_table_codes_and_spellings() -> None:
    assert [GEONAMES_ADMIN1[c] for c in ("01", "04", "07")] == list(GOVERNORATES)
    assert len(set(GEONAMES_ADMIN1.values())) == 14
    assert canonical_admin1("Deir-ez-Zor") == "Deir ez-Zor"
    assert canonical_admin1("Ar-Raqqa") == "Ar-Raqqah"
    assert canonical_admin1("Lattakia") == "Latakia"
    assert canonical_admin1("Rural Damascus") == "Rif Dimashq"
    assert canonical_admin1("Narnia") is None
    assert strip_admin1_words("the province of Raqqa") == ("Raqqa", True)
    assert strip_admin1_words("Tal Shayr") == ("Tal Shayr", False)
