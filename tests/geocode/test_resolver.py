"""Geocoder.resolve against the embedded gazetteer (the seed's toponyms) and against the tiny dump fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapapp.geocode import (
    Gazetteer,
    Geocoder,
    load_default_gazetteer,
    load_geonames_dump,
)
from mapapp.geocode.boundaries import load_governorate_boundaries
from mapapp.geocode.resolver import RUNNERS_UP, name_variants
from mapapp.model import Location, Place, Precision, Span, Toponym


def _toponym(text: str, hint: str | None = None, role: str = "primary") -> Toponym:
    return Toponym(span=Span(text=text, start=0, end=len(text)), admin1_hint=hint, role=role)


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder(load_default_gazetteer())


def _resolve(geocoder: Geocoder, text: str, hint: str | None = None) -> Location:
    return geocoder.resolve(_toponym(text, hint))


# -- the seed article's toponyms -----------------------------------------------------------------

@pytest.mark.parametrize("village", ["Khuweibra", "Khuweibra village"])
def test_seed_villages_missing_from_gazetteer_fall_back_to_hinted_governorate(geocoder: Geocoder, village: str) -> None:
    location = _resolve(geocoder, village, "Al-Hasakah")
    assert location.precision is Precision.ADMIN1
    assert location.place is not None and location.place.kind == "governorate"
    assert location.place.admin1 == "Al-Hasakah"
    assert "not in gazetteer" in location.note and "governorate named in context" in location.note
    assert location.is_mappable


def test_tal_shayr_is_not_snapped_to_a_lookalike(geocoder: Geocoder) -> None:
    location = _resolve(geocoder, "Tal Shayr", "Al-Hasakah")
    assert location.place is not None and location.place.name != "Tall Tamr"
    assert all(c.place.name != "Tall Tamr" or c.score < 60 for c in location.candidates)


def test_albu_kamal_resolves_to_the_town(geocoder: Geocoder) -> None:
    location = _resolve(geocoder, "Albu Kamal")
    assert location.precision is Precision.PLACE
    assert location.place is not None and location.place.name == "Ālbū Kamāl"
    assert location.place.admin1 == "Deir ez-Zor"
    assert location.score == 100.0 and location.matched_name


def test_hmeimim_is_recognised_outside_coverage(geocoder: Geocoder) -> None:
    location = _resolve(geocoder, "Hmeimim Air Base")
    assert location.precision is Precision.OUTSIDE_COVERAGE
    assert location.place is not None and location.place.admin1 == "Latakia"
    assert not location.is_mappable and location.lat is None
    assert "Latakia" in location.note
    assert "no own coordinate" in location.note  # the site's point is only its governorate's


@pytest.mark.parametrize(
    ("text", "town", "admin1"),
    [
        ("Abu Kamal", "Ālbū Kamāl", "Deir ez-Zor"),
        ("Al Bukamal", "Ālbū Kamāl", "Deir ez-Zor"),
        ("Albu Kamal border town", "Ālbū Kamāl", "Deir ez-Zor"),
        ("Deir ez-Zor", "Deir ez-Zor", "Deir ez-Zor"),
        ("Dayr al-Zawr", "Deir ez-Zor", "Deir ez-Zor"),
        ("Raqqa", "Ar Raqqah", "Ar-Raqqah"),
        ("Qamishli", "Al Qāmishlī", "Al-Hasakah"),
        ("Tel Tamer", "Tall Tamr", "Al-Hasakah"),
        ("Ras al-Ain", "Ra’s al ‘Ayn", "Al-Hasakah"),
        ("the town of Shadadi", "Ash Shaddādah", "Al-Hasakah"),
        ("Tabqa", "Al-Tabqa", "Ar-Raqqah"),
    ],
)
def test_known_towns_resolve(geocoder: Geocoder, text: str, town: str, admin1: str) -> None:
    location = _resolve(geocoder, text)
    assert location.precision is Precision.PLACE, location.note
    assert location.place is not None and location.place.kind == "populated_place"
    assert (location.place.name, location.place.admin1) == (town, admin1)


@pytest.mark.parametrize("text", ["Hasakah province", "Hassakeh governorate", "the province of Raqqa",
                                  "Dayr al-Zawr province"])
def test_governorate_toponyms_resolve_to_governorate(geocoder: Geocoder, text: str) -> None:
    location = _resolve(geocoder, text)
    assert location.precision is Precision.ADMIN1
    assert location.place is not None and location.place.kind == "governorate"


def test_unknown_name_without_hint_is_unresolved(geocoder: Geocoder) -> None:
    location = _resolve(geocoder, "Qaryat Zzyzx")
    assert location.precision is Precision.UNRESOLVED
    assert location.place is None and not location.is_mappable


def test_empty_toponym_is_unresolved(geocoder: Geocoder) -> None:
    assert _resolve(geocoder, "  ").precision is Precision.UNRESOLVED


def test_locations_carry_runners_up(geocoder: Geocoder) -> None:
    location = _resolve(geocoder, "Raqqa")
    assert 0 < len(location.candidates) <= RUNNERS_UP
    assert all(c.place.id != location.place.id for c in location.candidates if location.place)
    scores = [c.score for c in location.candidates]
    assert scores == sorted(scores, reverse=True)


def test_name_variants_strip_descriptors() -> None:
    assert name_variants("Albu Kamal border town") == ["Albu Kamal border town", "Albu Kamal"]
    assert name_variants("Khuweibra village") == ["Khuweibra village", "Khuweibra"]
    assert name_variants("Raqqa") == ["Raqqa"]
    assert name_variants("the village of Khuweibra") == ["the village of Khuweibra", "Khuweibra"]


# -- hint ranking, coverage and boundaries, on small gazetteers ---------------------------------

def _synthetic(*places: Place) -> Gazetteer:
    # Synthetic records for decision-logic tests; the coordinates are chosen to fall in the fixture boxes.
    from mapapp.geocode.sources import governorate_records

    return Gazetteer([*places, *governorate_records()], source="test")


def test_hint_prefers_the_place_in_the_hinted_governorate() -> None:
    in_raqqa = Place(id="t:1", name="Al Karamah", lat=35.9, lon=39.3, admin1="Ar-Raqqah")
    in_homs = Place(id="t:2", name="Al Karamah", lat=34.7, lon=36.7, admin1="Homs", population=5000)
    in_hasakah = Place(id="t:3", name="Al Karamah", lat=36.5, lon=40.8, admin1="Al-Hasakah")
    geocoder = Geocoder(_synthetic(in_raqqa, in_homs, in_hasakah))
    assert _resolve(geocoder, "Al-Karama", "Al-Hasakah").place == in_hasakah
    assert _resolve(geocoder, "Al-Karama", "Ar-Raqqah").place == in_raqqa


def test_name_only_outside_coverage_is_flagged_not_fuzzy_matched_inside() -> None:
    outside = Place(id="t:1", name="Jablah", lat=35.36, lon=35.93, admin1="Latakia")
    inside = Place(id="t:2", name="Jablat", lat=36.5, lon=40.8, admin1="Al-Hasakah")
    location = _resolve(Geocoder(_synthetic(outside, inside)), "Jablah")
    assert location.precision is Precision.OUTSIDE_COVERAGE and location.place == outside


def test_boundaries_note_a_point_outside_its_claimed_governorate(fixtures_dir: Path) -> None:
    boundaries = load_governorate_boundaries(fixtures_dir / "governorates_tiny.geojson")
    misplaced = Place(id="t:1", name="Testmisplaced", lat=36.5, lon=40.8, admin1="Ar-Raqqah")  # in the Hasakah box
    placed = Place(id="t:2", name="Testplaced", lat=35.9, lon=39.0, admin1="Ar-Raqqah")  # in the Raqqa box
    geocoder = Geocoder(_synthetic(misplaced, placed), boundaries=boundaries)
    assert "Al-Hasakah by the boundaries" in _resolve(geocoder, "Testmisplaced").note
    assert "boundaries" not in _resolve(geocoder, "Testplaced").note


def test_tiny_dump_resolves_the_same_towns(fixtures_dir: Path) -> None:
    geocoder = Geocoder(load_geonames_dump(fixtures_dir / "gazetteer_SY_tiny.txt"))
    assert _resolve(geocoder, "Abou Kemal").place.id == "geonames:174448"  # type: ignore[union-attr]
    assert _resolve(geocoder, "Kobani").precision is Precision.OUTSIDE_COVERAGE
    assert _resolve(geocoder, "Khuweibra", "Hasakah").precision is Precision.ADMIN1


def test_small_namesake_outside_the_hinted_governorate_is_not_taken() -> None:
    namesake = Place(id="t:1", name="Testqarya", lat=34.7, lon=36.7, admin1="Homs")
    location = _resolve(Geocoder(_synthetic(namesake)), "Testqarya", "Al-Hasakah")
    assert location.precision is Precision.ADMIN1
    assert location.place is not None and location.place.admin1 == "Al-Hasakah"
    assert "Homs" in location.note
    assert location.candidates and location.candidates[0].place == namesake
    # Without the hint the namesake is what we know: recognised, outside coverage.
    assert _resolve(Geocoder(_synthetic(namesake)), "Testqarya").precision is Precision.OUTSIDE_COVERAGE


def test_the_one_town_of_its_name_just_across_the_named_governorates_line_is_that_town() -> None:
    # in Homs, about 100 km from the Deir ez-Zor point: the report on the Deir ez-Zor desert names that town
    across = Place(id="t:1", name="Testsukhna", lat=34.9, lon=39.4, admin1="Homs")
    location = _resolve(Geocoder(_synthetic(across)), "Testsukhna", "Deir ez-Zor")
    assert location.precision is Precision.OUTSIDE_COVERAGE and location.place == across
    # far from the named governorate (more than 150 km from its point): a namesake, the text's governorate
    assert _resolve(Geocoder(_synthetic(across)), "Testsukhna", "Al-Hasakah").precision is Precision.ADMIN1
    # only a close spelling of it, or a name two Syrian places share: the text's governorate
    assert _resolve(Geocoder(_synthetic(across)), "Testsukhnat", "Deir ez-Zor").precision is Precision.ADMIN1
    twin = Place(id="t:2", name="Testsukhna", lat=34.7, lon=36.7, admin1="Homs")
    assert _resolve(Geocoder(_synthetic(across, twin)), "Testsukhna", "Deir ez-Zor").precision is Precision.ADMIN1


@pytest.mark.parametrize(("text", "hint"), [("Hmeimim Air Base", "Deir ez-Zor"), ("Albu Kamal", "Al-Hasakah")])
def test_sites_and_towns_are_kept_whatever_the_hint(geocoder: Geocoder, text: str, hint: str) -> None:
    location = _resolve(geocoder, text, hint)
    assert location.place is not None and location.place.admin1 != hint


# -- the text's governorate against the gazetteer's match (Geocoder._hint_outweighs_match) --------------------

def test_clear_match_in_coverage_is_kept_against_a_hint_naming_another_governorate() -> None:
    # One place by exactly this name, inside coverage: the gazetteer's knowledge beats a governorate named nearby.
    only_one = Place(id="t:1", name="Testdarra", lat=36.5, lon=40.8, admin1="Al-Hasakah")
    location = _resolve(Geocoder(_synthetic(only_one)), "Testdarra", "Ar-Raqqah")
    assert location.precision is Precision.PLACE and location.place == only_one
    assert "Ar-Raqqah" in location.note  # the disagreement is recorded


def test_ambiguous_small_name_follows_the_text() -> None:
    in_hasakah = Place(id="t:1", name="Testdarra", lat=36.5, lon=40.8, admin1="Al-Hasakah")
    in_deir = Place(id="t:2", name="Testdarra", lat=35.0, lon=40.5, admin1="Deir ez-Zor")
    geocoder = Geocoder(_synthetic(in_hasakah, in_deir))
    # Named in the hinted governorate: that one.
    assert _resolve(geocoder, "Testdarra", "Deir ez-Zor").place == in_deir
    # Listed twice, in neither of which the text says: the text's governorate, at ADMIN1 precision.
    location = _resolve(geocoder, "Testdarra", "Ar-Raqqah")
    assert location.precision is Precision.ADMIN1
    assert location.place is not None and location.place.kind == "governorate"
    assert location.place.admin1 == "Ar-Raqqah"
    assert {c.place for c in location.candidates} >= {in_hasakah, in_deir}


def test_fuzzy_match_in_another_governorate_gives_way_to_the_text() -> None:
    lookalike = Place(id="t:1", name="Testmazraa", lat=36.5, lon=40.8, admin1="Al-Hasakah")
    geocoder = Geocoder(_synthetic(lookalike))
    with_hint = _resolve(geocoder, "Testmazrab", "Ar-Raqqah")
    assert with_hint.precision is Precision.ADMIN1
    assert with_hint.place is not None and with_hint.place.admin1 == "Ar-Raqqah"
    # No governorate in the text: the close spelling is the best we know.
    without_hint = _resolve(geocoder, "Testmazrab")
    assert without_hint.precision is Precision.PLACE and without_hint.place == lookalike


def test_a_spelling_close_to_a_large_town_abroad_gives_way_to_the_text() -> None:
    # a village of the named governorate whose name resembles a big city outside coverage is not that city
    city = Place(id="t:1", name="Testsuwayda", lat=32.7, lon=36.6, admin1="As-Suwayda", population=70_000)
    geocoder = Geocoder(_synthetic(city))
    with_hint = _resolve(geocoder, "Testsuwaydan", "Deir ez-Zor")
    assert with_hint.precision is Precision.ADMIN1
    assert with_hint.place is not None and with_hint.place.admin1 == "Deir ez-Zor"
    # the city's own name is the city, whatever the hint
    assert _resolve(geocoder, "Testsuwayda", "Deir ez-Zor").place == city


def test_town_known_to_be_large_is_kept_even_when_its_name_is_shared() -> None:
    town = Place(id="t:1", name="Testmadina", lat=36.5, lon=40.8, admin1="Al-Hasakah", population=40_000)
    village = Place(id="t:2", name="Testmadina", lat=35.0, lon=40.5, admin1="Deir ez-Zor", population=900)
    location = _resolve(Geocoder(_synthetic(town, village)), "Testmadina", "Ar-Raqqah")
    assert location.precision is Precision.PLACE and location.place == town


def test_no_hint_never_discards_a_match_and_unknown_names_stay_unresolved() -> None:
    village = Place(id="t:1", name="Testdarra", lat=35.0, lon=40.5, admin1="Deir ez-Zor")
    geocoder = Geocoder(_synthetic(village))
    assert _resolve(geocoder, "Testdarra").place == village
    unknown = _resolve(geocoder, "Qaryat Testghayb")
    assert unknown.precision is Precision.UNRESOLVED and unknown.place is None and unknown.lat is None


@pytest.mark.parametrize(
    ("text", "admin1"),
    [("Ras al-Ain", "Al-Hasakah"), ("Tell Abyad", "Ar-Raqqah"), ("Hajin", "Deir ez-Zor"), ("Ain Issa", "Ar-Raqqah")],
)
def test_towns_need_no_hint_and_survive_a_hint_naming_a_neighbouring_governorate(
    geocoder: Geocoder, text: str, admin1: str
) -> None:
    # The extractor gives only the governorate the text names; knowing where a town lies is the gazetteer's job.
    neighbour = next(g for g in ("Al-Hasakah", "Ar-Raqqah", "Deir ez-Zor") if g != admin1)
    for hint in (None, neighbour):
        location = _resolve(geocoder, text, hint)
        assert location.precision is Precision.PLACE, (hint, location)
        assert location.place is not None and location.place.admin1 == admin1


@pytest.mark.parametrize("text", ["Idlib province", "the governorate of Homs", "Latakia province"])
def test_a_governorate_outside_coverage_is_flagged_never_mapped(geocoder: Geocoder, text: str) -> None:
    location = _resolve(geocoder, text)
    assert location.place is not None and location.place.kind == "governorate"
    assert location.precision is Precision.OUTSIDE_COVERAGE and not location.is_mappable
    assert "outside the covered governorates" in location.note


def test_a_village_named_in_a_governorate_outside_coverage_is_not_mapped(geocoder: Geocoder) -> None:
    location = _resolve(geocoder, "Qaryat Unlisted", hint="Homs")
    assert location.place is not None and location.place.admin1 == "Homs"
    assert location.precision is Precision.OUTSIDE_COVERAGE and location.lat is None


# -- spelling variants and look-alikes abroad (issue 9) -----------------------------------------

def test_a_spelling_variant_with_the_same_consonants_is_taken_in_the_named_governorate() -> None:
    # made-up villages: "Kubaysa" and the text's "Kubisa" differ only in their vowels (fuzzy score below the bar)
    village = Place(id="t:1", name="Kubaysa", lat=35.1, lon=40.4, admin1="Deir ez-Zor")
    geocoder = Geocoder(_synthetic(village))
    location = _resolve(geocoder, "al-Kubisa", "Deir ez-Zor")
    assert location.place == village and location.precision is Precision.PLACE
    assert "spelling variant" in location.note
    # not without the governorate the text names, and not in another governorate
    assert _resolve(geocoder, "al-Kubisa").precision is Precision.UNRESOLVED
    other = _resolve(geocoder, "al-Kubisa", "Al-Hasakah")
    assert other.precision is Precision.ADMIN1 and other.place is not None and other.place.kind == "governorate"


@pytest.mark.parametrize("written", ["Tharbaya", "Dharbiya", "Therbeya", "Tharbeyya", "Dherbaya"])
def test_an_interdental_written_otherwise_is_the_same_name(written: str) -> None:
    # made-up village whose GeoNames-style record has its own name with "dh" and an alternate spelling with "th":
    # news write the one Arabic letter dh, th or z, and the vowels as they hear them
    village = Place(id="t:1", name="Dharbaya", lat=35.1, lon=40.4, admin1="Deir ez-Zor", alternate_names=("Tharbaya",))
    location = _resolve(Geocoder(_synthetic(village)), written, "Deir ez-Zor")
    assert location.place == village, location


def test_an_alternate_spelling_with_other_vowel_places_is_still_not_the_place() -> None:
    # the own name "Hajin" (hVjVn) against "al-Hajanah" (hVjVnV), matched only through a French alternate "Hajine"
    village = Place(id="t:1", name="Hajin", lat=34.7, lon=40.8, admin1="Deir ez-Zor", alternate_names=("Hajine",))
    location = _resolve(Geocoder(_synthetic(village)), "al-Hajanah", "Deir ez-Zor")
    assert location.place is not None and location.place.kind == "governorate"


def test_the_real_dhiban_under_its_news_spellings(geocoder: Geocoder) -> None:
    for written in ("Theban", "Theyban", "Thiban", "Ziban"):
        location = _resolve(geocoder, written, "Deir ez-Zor")
        assert location.place is not None and location.place.id == "geonames:170691", (written, location)


def test_a_spelling_variant_shared_by_two_villages_is_not_guessed() -> None:
    first = Place(id="t:1", name="Kubaysa", lat=35.1, lon=40.4, admin1="Deir ez-Zor")
    second = Place(id="t:2", name="Kabusa", lat=34.9, lon=40.6, admin1="Deir ez-Zor")
    location = _resolve(Geocoder(_synthetic(first, second)), "Kubisa", "Deir ez-Zor")
    assert location.precision is Precision.ADMIN1 and location.place is not None and location.place.kind == "governorate"


def test_a_short_name_is_not_read_as_a_spelling_variant() -> None:
    village = Place(id="t:1", name="Tayba", lat=35.1, lon=40.4, admin1="Deir ez-Zor")  # two consonants only
    location = _resolve(Geocoder(_synthetic(village)), "Tiba", "Deir ez-Zor")
    assert location.place is not None and location.place.kind == "governorate"


def test_a_look_alike_abroad_does_not_hide_the_syrian_place() -> None:
    # "al-Marzuka" folds to the same key as a (made-up) Turkish "Marzuka", which the Arabic article rules out;
    # the Syrian "Marzuk", a close spelling, is then the place meant
    abroad = Place(id="t:1", name="Marzuka", lat=37.5, lon=41.0, admin1=None, country="TR")
    syrian = Place(id="t:2", name="Marzuk", lat=34.5, lon=40.9, admin1="Deir ez-Zor")
    location = _resolve(Geocoder(_synthetic(abroad, syrian)), "al-Marzuka")
    assert location.place == syrian and location.precision is Precision.PLACE


def test_a_vowel_more_or_only_an_alternate_spelling_is_not_a_spelling_variant() -> None:
    # "Kubaysan" has a vowel place the text's "Kubisa" lacks; "Hujayra" matches only through an alternate spelling
    other_form = Place(id="t:1", name="Kubaysan", lat=35.1, lon=40.4, admin1="Deir ez-Zor")
    alternate_only = Place(id="t:2", name="Hujayr", lat=35.2, lon=40.3, admin1="Deir ez-Zor",
                           alternate_names=("Hujayra",))
    geocoder = Geocoder(_synthetic(other_form, alternate_only))
    for name in ("Kubisa", "al-Hujira"):
        location = _resolve(geocoder, name, "Deir ez-Zor")
        assert location.place is not None and location.place.kind == "governorate", name


@pytest.mark.parametrize("pair", ["Amuda-Darbasiyah", "Amûde-Dirbêsiyê", "Amuda-Al-Darbasiyah", "Amuda - Darbasiyah"])
def test_two_near_towns_joined_by_a_hyphen_are_placed_near_the_first(geocoder: Geocoder, pair: str) -> None:
    location = _resolve(geocoder, pair)
    assert location.place is not None and location.place.name == "‘Āmūdā"
    assert location.precision is Precision.ADMIN3 and "names two towns" in location.note


def test_two_far_towns_joined_by_a_hyphen_place_nothing(geocoder: Geocoder) -> None:
    # Qamishli and Hasakah lie some 70 km apart: a point near either may be far from the road between them
    assert not _resolve(geocoder, "Qamishli-Hasakah").is_mappable


def test_a_town_written_with_a_hyphen_is_that_town(geocoder: Geocoder) -> None:
    location = _resolve(geocoder, "Tal-Abyad")
    assert location.precision is Precision.PLACE and location.place is not None and location.place.admin1 == "Ar-Raqqah"


def test_a_turkish_dotless_i_reads_as_i(geocoder: Geocoder) -> None:
    location = _resolve(geocoder, "Tel Rıfat")
    assert location.precision is Precision.OUTSIDE_COVERAGE and location.place is not None
    assert location.place.admin1 == "Aleppo"


@pytest.mark.parametrize("post", ["Mission Support Site Conoco", "MSS Conoco", "Patrol Base Conoco"])
def test_a_military_post_is_the_place_it_is_named_after(geocoder: Geocoder, post: str) -> None:
    location = _resolve(geocoder, post)
    assert location.place is not None and location.place.name == "Conoco gas field"


@pytest.mark.parametrize(
    ("village", "town"),
    [("Ma'dan Atiq", "Ma‘dān"), ("Hajin al-Sharqi", "Hajīn"), ("Tal Hamis Fawqani", "Tall Ḩamīs"), ("Sabkha al-Jadida", "As Sabkhah")],
)
def test_a_village_named_after_a_town_is_placed_near_that_town(geocoder: Geocoder, village: str, town: str) -> None:
    location = _resolve(geocoder, village)
    assert location.place is not None and location.place.name == town
    assert location.precision is Precision.ADMIN3 and "not its own point" in location.note


def test_a_qualifier_word_alone_is_no_village(geocoder: Geocoder) -> None:
    assert not _resolve(geocoder, "Jadid").is_mappable


def test_a_village_named_after_a_town_known_only_by_its_governorate_takes_that_governorate(geocoder: Geocoder) -> None:
    # the name table knows Shuhail only by its governorate (no sourced point)
    location = _resolve(geocoder, "Shuhail al-Sharqi")
    assert location.precision is Precision.ADMIN1 and location.place is not None
    assert location.place.admin1 == "Deir ez-Zor" and "known only by its governorate" in location.note


@pytest.mark.parametrize(("text", "field"), [("al-Tanaf oil field", "Al-Tanak oil field"), ("al-Omari oil field", "Al-Omar oil field")])
def test_a_field_the_gazetteer_lacks_is_not_taken_for_a_field_spelt_alike(geocoder: Geocoder, text: str, field: str) -> None:
    # "oil field" is the site's kind, not its name: what is left ("Tanaf", "Omari") is too short for a fuzzy match
    location = _resolve(geocoder, text, "Al-Hasakah")
    assert location.place is not None and location.place.name != field
    assert location.place.kind == "governorate" and location.place.admin1 == "Al-Hasakah"
    # the field by its own name still resolves
    for name in (field, field.replace(" oil field", " oilfield")):
        assert _resolve(geocoder, name).place.name == field, name  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "hint"), [("Maadani", "Idlib"), ("Hajini", "Hama")])
def test_a_governorate_outside_coverage_outweighs_a_close_spelling_of_a_covered_place(text: str, hint: str) -> None:
    # "a raid in X, Idlib province": not a covered village spelt alike; the governorate the text names, not mapped
    from mapapp.geocode import Geocoder, load_default_gazetteer

    geocoder = Geocoder(load_default_gazetteer())
    location = geocoder.resolve(Toponym(span=Span(text, 0, len(text)), admin1_hint=hint))
    assert location.precision is Precision.OUTSIDE_COVERAGE and not location.is_mappable
    assert location.place is not None and location.place.admin1 == hint
    # the exact name of a covered town is still that town whatever governorate is named beside it
    town = geocoder.resolve(Toponym(span=Span("Tal Tamr", 0, 8), admin1_hint=hint))
    assert town.place is not None and town.place.admin1 == "Al-Hasakah" and town.is_mappable


def test_a_mountain_named_after_a_town_abroad_is_flagged_at_that_town() -> None:
    # the mountain lies by the town in its country: outside coverage, never the governorate the context names; of two
    # towns of the name abroad, the more populous one
    town = Place(id="t:1", name="Testjar", lat=36.3, lon=41.9, admin1=None, population=30000, country="IQ")
    namesake = Place(id="t:2", name="Testjar", lat=35.9, lon=36.6, admin1="Idlib", population=800)
    geocoder = Geocoder(_synthetic(town, namesake))
    for text in ("Mount Testjar", "Testjar mountain", "the Testjar mountains"):
        location = _resolve(geocoder, text, "Al-Hasakah")
        assert location.precision is Precision.OUTSIDE_COVERAGE and location.place == town, text
        assert not location.is_mappable and "mountain named after" in location.note
    # a mountain named after a covered town stays unknown: its point would be a guess
    covered = Place(id="t:3", name="Testrin", lat=36.5, lon=40.8, admin1="Al-Hasakah")
    assert _resolve(Geocoder(_synthetic(covered)), "Mount Testrin").precision is Precision.UNRESOLVED
