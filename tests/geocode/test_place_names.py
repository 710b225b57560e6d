"""The shipped name table (mapapp/data/place_names.csv) with the embedded default gazetteer.

Every name issue 9 lists resolves to its place with only the embedded default
and the table; places of Turkey and Iraq near the border resolve outside
coverage, and a foreign look-alike never beats a covered place.
"""

from __future__ import annotations

import csv
import re
from importlib import resources

import pytest

from mapapp.geocode import Geocoder, load_default_gazetteer, sources
from mapapp.geocode.gazetteer import Gazetteer
from mapapp.geocode.sources import PLACE_NAMES_COLUMNS, PLACE_NAMES_FILE, GazetteerError
from mapapp.model import Location, Place, Precision, Span, Toponym


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder(load_default_gazetteer())


def _resolve(geocoder: Geocoder, text: str, hint: str | None = None) -> Location:
    return geocoder.resolve(Toponym(span=Span(text, 0, len(text)), admin1_hint=hint))


# (written name, the record it must resolve to: GeoNames id or table name, governorate)
TOWNS_BY_THEIR_NAMES = [
    ("Qamishli", "geonames:173377", "Al-Hasakah"), ("Qamişlo", "geonames:173377", "Al-Hasakah"),
    ("al-Malikiyah", "geonames:173530", "Al-Hasakah"), ("Dêrik", "geonames:173530", "Al-Hasakah"),
    ("Ras al-Ain", "geonames:165509", "Al-Hasakah"), ("Serêkaniyê", "geonames:165509", "Al-Hasakah"),
    # the Turkish name, which GeoNames also lists for Ceylanpinar across the border: in news it is the Syrian town
    ("Resulayn", "geonames:165509", "Al-Hasakah"), ("Rasulayn", "geonames:165509", "Al-Hasakah"),
    ("Tell Abyad", "geonames:163750", "Ar-Raqqah"), ("Girê Spî", "geonames:163750", "Ar-Raqqah"),
    ("Til Ebyad", "geonames:163750", "Ar-Raqqah"),  # the Kurdish-press spelling of the Arabic name
    ("Tal Tamr", "geonames:163434", "Al-Hasakah"), ("Til Temir", "geonames:163434", "Al-Hasakah"),
    ("al-Qahtaniyah", "geonames:165757", "Al-Hasakah"), ("Tirbespiyê", "geonames:165757", "Al-Hasakah"),
    ("al-Jawadiyah", "geonames:173711", "Al-Hasakah"), ("Çil Axa", "geonames:173711", "Al-Hasakah"),
    ("al-Yarubiyah", "geonames:383661", "Al-Hasakah"), ("Tel Koçer", "geonames:383661", "Al-Hasakah"),
    ("Amuda", "geonames:173230", "Al-Hasakah"), ("Amûdê", "geonames:173230", "Al-Hasakah"),
    ("al-Darbasiyah", "geonames:170887", "Al-Hasakah"), ("Dirbêsiyê", "geonames:170887", "Al-Hasakah"),
    # the spelling of the town's Arabic name with a g, in news of the Hasakah-Deir ez-Zor road
    ("Margada", "geonames:167208", "Al-Hasakah"), ("Markada", "geonames:167208", "Al-Hasakah"),
]

OWN_RECORDS_BY_THEIR_NAMES = [
    ("Rmelan", "Rmelan", "Al-Hasakah"), ("Rimêlan", "Rmelan", "Al-Hasakah"),
    ("Abu Rasin", "Abu Rasin", "Al-Hasakah"), ("Zirgan", "Abu Rasin", "Al-Hasakah"),
    ("Hilaliye", "Hilaliye", "Al-Hasakah"), ("Tal Shayr", "Tal Shayr", "Al-Hasakah"),
    ("Baghuz", "Baghuz", "Deir ez-Zor"), ("Shuhail", "Shuhail", "Deir ez-Zor"),
    ("Ghuwayran", "Ghuwayran", "Al-Hasakah"), ("al-Sina'a prison", "Ghuwayran prison", "Al-Hasakah"),
    ("Ghuwayran prison", "Ghuwayran prison", "Al-Hasakah"), ("al-Hol camp", "Al-Hol camp", "Al-Hasakah"),
    ("Conoco gas field", "Conoco gas field", "Deir ez-Zor"), ("Tabqa air base", "Tabqa Air Base", "Ar-Raqqah"),
    ("al-Omar oil field", "Al-Omar oil field", "Deir ez-Zor"),
    # the Hasakah field by Shaddadi, by its name and the bare name of its area
    ("al-Jabsa oil field", "Al-Jabsa oil field", "Al-Hasakah"), ("Jbeisa", "Al-Jabsa oil field", "Al-Hasakah"),
    # the field's Arabic name transliterated ("Koniko") and the bare name news use for it
    ("Koniko gas field", "Conoco gas field", "Deir ez-Zor"), ("Conoco", "Conoco gas field", "Deir ez-Zor"),
    # villages of the three governorates often in the news, by their governorate only, under several spellings; a
    # name a foreign place shares (Turkey's As Suwaydiyah) is the covered village's when spelt as the village's
    ("al-Hawayij", "Al-Hawayij", "Deir ez-Zor"), ("Hawaij", "Al-Hawayij", "Deir ez-Zor"),
    ("Tiyana", "Al-Tayyana", "Deir ez-Zor"), ("al-Jurdi al-Sharqi", "Al-Jurdi", "Deir ez-Zor"),
    ("Jadid Akidat", "Jadid Ekeidat", "Deir ez-Zor"), ("Keshkiyeh", "Al-Kishkiyah", "Deir ez-Zor"),
    ("Swediya", "Al-Suwaydiyah (Al-Hasakah)", "Al-Hasakah"), ("Teqil Beqil", "Taql Baql", "Al-Hasakah"),
    ("Umm Keif", "Umm al-Kaif", "Al-Hasakah"), ("Tal Samen", "Tal al-Samen", "Ar-Raqqah"),
    ("Kasrat", "Kasrat", "Ar-Raqqah"), ("Mu'alaq", "Al-Mualaq", "Ar-Raqqah"),
    # names a place abroad shares or nearly shares (Tyre's Es Sur, Turkey's Sur) or that matched nothing
    ("al-Sur", "As-Suwar", "Deir ez-Zor"), ("Al-Sour", "As-Suwar", "Deir ez-Zor"), ("as-Sur", "As-Suwar", "Deir ez-Zor"),
    ("Jabal Tharda", "Jabal al-Tharda", "Deir ez-Zor"), ("Thardeh mountains", "Jabal al-Tharda", "Deir ez-Zor"),
    ("al-Hamdan airport", "Hamdan airport", "Deir ez-Zor"), ("Hamdan", "Hamdan airport", "Deir ez-Zor"),
    ("al-Asadiyah", "Al-Asadiya", "Al-Hasakah"), ("Assadiya", "Al-Asadiya", "Al-Hasakah"),
    # Tartus' as-Safsafah (outside coverage) is a namesake: the covered village comes first
    ("al-Safsafa", "Al-Safsafa", "Ar-Raqqah"), ("Safsafah", "Al-Safsafa", "Ar-Raqqah"),
    ("Antariya", "Al-Antariya", "Al-Hasakah"), ("al-Antariyah", "Al-Antariya", "Al-Hasakah"),
    # the village by Qamishli under its spellings, and spellings of a Deir ez-Zor village written apart
    ("Kherbet Ammo", "Khirbet Ammo", "Al-Hasakah"), ("Khirbet Amo", "Khirbet Ammo", "Al-Hasakah"),
    # villages of the Tal Tamr countryside, under the spellings the Kurdish and the Arabic press use
    ("al-Dardara", "Dardara", "Al-Hasakah"), ("Dardarah", "Dardara", "Al-Hasakah"),
    ("Tal Tawil", "Tal Tawil", "Al-Hasakah"), ("Tel Tawila", "Tal Tawil", "Al-Hasakah"),
    ("al-Shaheel", "Shuhail", "Deir ez-Zor"), ("Shahil", "Shuhail", "Deir ez-Zor"),
]


@pytest.mark.parametrize(("text", "place_id", "admin1"), TOWNS_BY_THEIR_NAMES)
def test_english_and_kurdish_names_resolve_to_the_geonames_town(
    geocoder: Geocoder, text: str, place_id: str, admin1: str
) -> None:
    location = _resolve(geocoder, text)
    assert location.place is not None and location.place.id == place_id, location
    assert location.precision is Precision.PLACE and location.place.admin1 == admin1


@pytest.mark.parametrize(("text", "name", "admin1"), OWN_RECORDS_BY_THEIR_NAMES)
def test_villages_and_sites_resolve_to_their_table_record(geocoder: Geocoder, text: str, name: str, admin1: str) -> None:
    location = _resolve(geocoder, text)
    assert location.place is not None and location.place.name == name, location
    assert location.place.admin1 == admin1 and location.is_mappable


def test_rows_without_a_sourced_point_sit_at_their_governorate_flagged(geocoder: Geocoder) -> None:
    gazetteer = geocoder.gazetteer
    for text in ("Tal Shayr", "Shuhail", "Abu Rasin", "Dashisha", "Abu Hamam", "Hoshan", "Jabal al-Tharda"):
        location = _resolve(geocoder, text)
        assert location.precision is Precision.ADMIN1 and location.place is not None
        governorate = gazetteer.governorate(location.place.admin1 or "")
        assert governorate is not None and (location.lat, location.lon) == (governorate.lat, governorate.lon)
        assert "no own coordinate" in location.note
    baghuz = _resolve(geocoder, "Baghuz")
    assert baghuz.precision is Precision.PLACE and abs(baghuz.lat - 34.4586) < 0.01  # sourced point, not Deir ez-Zor's
    hilaliye, qamishli = _resolve(geocoder, "Hilaliye"), _resolve(geocoder, "Qamishli")
    assert (hilaliye.lat, hilaliye.lon) == (qamishli.lat, qamishli.lon)  # a neighbourhood at its town's point


@pytest.mark.parametrize(
    "text", ["Kobanê", "Ain al-Arab", "Tishrin dam", "Qara Qozak", "Qarah Qozak bridge", "Sheikh Maqsoud", "Sheikh Maqsood"]
)
def test_places_of_aleppo_governorate_resolve_but_are_not_mapped(geocoder: Geocoder, text: str) -> None:
    location = _resolve(geocoder, text)
    assert location.place is not None and location.place.admin1 == "Aleppo"
    assert location.precision is Precision.OUTSIDE_COVERAGE and not location.is_mappable


@pytest.mark.parametrize(("text", "admin1"), [("Sheikh Maqsoud", "Aleppo"), ("al-Mazzeh", "Damascus"), ("Al-Tanaf", "Homs")])
def test_often_reported_places_beyond_coverage_stay_there_whatever_governorate_is_named(
    geocoder: Geocoder, text: str, admin1: str
) -> None:
    # a neighbourhood of Aleppo or Damascus, the Tanf base: never the covered governorate a report names beside them
    for hint in (None, "Al-Hasakah", "Deir ez-Zor"):
        location = _resolve(geocoder, text, hint)
        assert location.place is not None and location.place.admin1 == admin1, (hint, location)
        assert location.precision is Precision.OUTSIDE_COVERAGE and not location.is_mappable


@pytest.mark.parametrize(
    ("text", "country"),
    [("Sulaymaniyah", "IQ"), ("Ankara", "TR"), ("Nusaybin", "TR"), ("Mosul", "IQ"), ("Sinjar", "IQ"),
     ("Ceylanpınar", "TR"), ("Akçakale", "TR"), ("Erbil", "IQ")],
)
def test_places_of_iraq_and_turkey_resolve_outside_coverage(geocoder: Geocoder, text: str, country: str) -> None:
    for hint in (None, "Al-Hasakah"):
        location = _resolve(geocoder, text, hint)
        assert location.place is not None and location.place.country == country, (hint, location)
        assert location.precision is Precision.OUTSIDE_COVERAGE and not location.is_mappable


def test_a_covered_town_beats_its_foreign_namesake(geocoder: Geocoder) -> None:
    # Ceylanpınar (Turkey) is also known as Ras al-Ain; Derik is also a town in Turkey.
    for text, hint in (("Ras al-Ain", None), ("Ras al-Ain", "Ar-Raqqah"), ("Derik", None), ("Derik", "Deir ez-Zor")):
        location = _resolve(geocoder, text, hint)
        assert location.place is not None and location.place.country == "SY", (text, hint, location)
        assert location.precision is Precision.PLACE


def test_a_foreign_place_is_never_taken_on_a_fuzzy_match(geocoder: Geocoder) -> None:
    for candidate in geocoder.gazetteer.search("Nusaybina"):
        assert candidate.score < 100
    location = _resolve(geocoder, "Nusaybina", "Al-Hasakah")
    assert location.place is None or location.place.country == "SY"


_TABLE_HEADER = ",".join(PLACE_NAMES_COLUMNS)


def _load_table(monkeypatch: pytest.MonkeyPatch, *rows: str) -> Gazetteer:
    """A gazetteer of a few GeoNames-like records, the governorates and a name table of ``rows`` (CSV lines)."""
    governorates = sources.governorate_records()
    shipped = sources._data_text
    table = "\n".join((_TABLE_HEADER, *rows)) + "\n"
    monkeypatch.setattr(
        sources,
        "_data_text",
        lambda name: table if name == PLACE_NAMES_FILE else shipped(name),
    )
    town = Place(
        id="geonames:1", name="Tall Hamis", lat=36.6, lon=41.3, admin1="Al-Hasakah"
    )
    return Gazetteer(sources.apply_place_names([town], governorates), source="test")


def _exact(gazetteer: Gazetteer, name: str) -> list[Place]:
    return [
        c.place
        for c in gazetteer.search(name, min_score=100.0, fuzzy_when_exact=False)
        if c.score >= 100.0
    ]


def test_the_table_adds_names_to_its_geonames_record_and_aliases_resolve_normalised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gazetteer = _load_table(
        monkeypatch,
        "Tal Hamis,Tal Hamis|Til Hemîs|تل حميس,Al-Hasakah,SY,populated_place,1,,,,point: GeoNames 1",
        "Khirbat Zayn,Khirbat Zayn|Kherbet Zein,Deir ez-Zor,SY,populated_place,,,35.1,40.2,point: a test source",
        "Hayy Sharqi,Hayy Sharqi|Eastern Quarter,Al-Hasakah,SY,neighbourhood,,1,,,point: the town's",
        "Umm Dalil,Umm Dalil|Um Daleel,Ar-Raqqah,SY,populated_place,,,,,no point known",
    )
    for written in (
        "Tal Hamis",
        "TIL HEMIS",
        "til hemîs",
        "Tell Hamis",
    ):  # case, accents, spelling
        assert [p.id for p in _exact(gazetteer, written)] == ["geonames:1"], written
    zayn = _exact(gazetteer, "kherbet zein")
    assert [(p.name, p.lat, p.lon, p.precision) for p in zayn] == [
        ("Khirbat Zayn", 35.1, 40.2, Precision.PLACE)
    ]
    quarter = _exact(gazetteer, "eastern quarter")
    assert [(p.name, p.lat, p.lon, p.kind) for p in quarter] == [
        ("Hayy Sharqi", 36.6, 41.3, "neighbourhood")
    ]
    (dalil,) = _exact(gazetteer, "Um Daleel")
    raqqa = next(g for g in sources.governorate_records() if g.admin1 == "Ar-Raqqah")
    assert (dalil.lat, dalil.lon, dalil.precision) == (
        raqqa.lat,
        raqqa.lon,
        Precision.ADMIN1,
    )


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "Tal Hamis,Tal Hamis,Al-Hasakah,SY,populated_place,1,,",
            "line 2: expected columns",
        ),
        (
            "Umm Dalil,Umm Dalil,Narnia,SY,populated_place,,,,,a source",
            "line 2: unknown governorate 'Narnia'",
        ),
        (
            "Umm Dalil,Umm Dalil,Ar-Raqqah,SY,populated_place,,,35.9,,a source",
            "line 2: lat '35.9' and lon ''",
        ),
        (
            "Umm Dalil,Umm Dalil,Ar-Raqqah,SY,populated_place,,,35,9 N,a source",
            "lat '35' and lon '9 N' must both",
        ),
        (
            "Umm Dalil,Umm Dalil,Ar-Raqqah,SY,populated_place,,,north,38.9,a source",
            "must both be numbers",
        ),
        (
            "Umm Dalil,Umm Dalil,Ar-Raqqah,SY,populated_place,,,38.9,135.9e9,a source",
            "no point on the globe",
        ),
        (
            "Umm Dalil,Umm Dalil,Ar-Raqqah,SY,populated_place,,,35.9,38.9,",
            "line 2: no source",
        ),
    ],
)
def test_a_malformed_table_row_is_refused_with_its_line(
    monkeypatch: pytest.MonkeyPatch, row: str, message: str
) -> None:
    with pytest.raises(GazetteerError, match=re.escape(message)):
        _load_table(monkeypatch, row)


def test_the_shipped_table_loads_and_each_own_point_row_is_placed_at_its_point() -> (
    None
):
    text = (
        resources.files("mapapp")
        .joinpath("data", PLACE_NAMES_FILE)
        .read_text(encoding="utf-8")
    )
    rows = list(csv.DictReader(text.splitlines()))
    loaded = {
        p.id: p for p in sources.apply_place_names([], sources.governorate_records())
    }  # refuses a bad row
    for number, row in enumerate(rows, start=1):
        if row["lat"] and not row["geonames_id"]:
            place = loaded[f"names:{number}"]
            assert (place.name, place.lat, place.lon) == (
                row["name"],
                float(row["lat"]),
                float(row["lon"]),
            )


def test_a_name_with_the_arabic_article_is_not_taken_for_a_foreign_place_without_it(geocoder: Geocoder) -> None:
    # Iraq's Sinah is a large town; "al-Sinaah" (an industrial quarter) in a Syrian text is not it.
    bare = _resolve(geocoder, "Sinah")
    assert bare.place is not None and bare.place.country == "IQ"
    for hint in (None, "Deir ez-Zor"):
        location = _resolve(geocoder, "al-Sinaah", hint)
        assert location.place is None or location.place.country == "SY", (hint, location)
    qaim = _resolve(geocoder, "al-Qaim")  # the Iraqi border town is written with its article
    assert qaim.place is not None and qaim.place.country == "IQ" and not qaim.is_mappable


def _own_record_rows() -> list[dict[str, str]]:
    """Rows that make a record of their own (not spellings added to a GeoNames town), withdrawn rows left out."""
    text = resources.files("mapapp").joinpath("data", PLACE_NAMES_FILE).read_text(encoding="utf-8")
    return [row for row in csv.DictReader(text.splitlines()) if not row["geonames_id"] and row["kind"] != "withdrawn"]


@pytest.mark.parametrize("row", _own_record_rows(), ids=lambda row: row["name"])
def test_every_own_record_names_the_source_of_where_it_is(row: dict[str, str]) -> None:
    """A point cites the Wikipedia article and coordinate it comes from (test_place_name_points checks them); a
    place in a town sits at that town's GeoNames point; a place known only by its governorate cites a public page
    that puts it there (a web address): no row states a place's whereabouts without a source."""
    source = row["source"]
    if row["lat"]:
        assert "Wikipedia" in source, source
    elif row["within_geonames_id"]:
        assert f"GeoNames point ({row['within_geonames_id']})" in source, source
    else:
        assert "governorate: " in source and "http" in source.split("governorate: ", 1)[1], source


def test_a_withdrawn_row_names_nothing_and_keeps_the_ids_of_the_rows_after_it(geocoder: Geocoder) -> None:
    text = resources.files("mapapp").joinpath("data", PLACE_NAMES_FILE).read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    withdrawn = [(number, row) for number, row in enumerate(rows, start=1) if row["kind"] == "withdrawn"]
    assert withdrawn
    ids = {place.id for place in geocoder.gazetteer.places} if hasattr(geocoder.gazetteer, "places") else None
    for number, row in withdrawn:
        location = _resolve(geocoder, row["name"])
        assert location.place is None or location.place.id != f"names:{number}", location
        if ids is not None:
            assert f"names:{number}" not in ids
    last = len(rows)
    if rows[-1]["kind"] != "withdrawn" and not rows[-1]["geonames_id"]:
        assert _resolve(geocoder, rows[-1]["name"]).place.id == f"names:{last}"  # type: ignore[union-attr]


def test_a_district_of_raqqa_sits_at_the_city(geocoder: Geocoder) -> None:
    location = _resolve(geocoder, "al-Mashlab")
    assert location.place is not None and location.place.precision is Precision.PLACE
    assert location.place.admin1 == "Ar-Raqqah"
    raqqa = _resolve(geocoder, "Raqqa").place
    assert raqqa is not None and (location.place.lat, location.place.lon) == (raqqa.lat, raqqa.lon)


@pytest.mark.parametrize("text", ["Cizire", "Jazira", "Al-Jazira", "Cizîrê"])
def test_the_jazira_region_is_al_hasakah_at_governorate_level(geocoder: Geocoder, text: str) -> None:
    # a release listing "the regions of Kobani, Cizire and Derik": the AANES region of the Hasakah governorate, not an
    # Iraqi town that GeoNames also lists by the name
    location = _resolve(geocoder, text)
    assert location.place is not None and location.place.admin1 == "Al-Hasakah"
    assert location.precision is Precision.ADMIN1 and location.place.kind == "region"


@pytest.mark.parametrize("hint", ["Deir ez-Zor", "Ar-Raqqah", "Aleppo"])
def test_a_region_name_gives_way_to_the_governorate_the_text_names(geocoder: Geocoder, hint: str) -> None:
    # "the Jazira" of a report on Deir ez-Zor is the east bank of the Euphrates there, not the Hasakah region; an
    # al-Jazira said with a governorate mapapp does not cover lies there, unmapped
    location = _resolve(geocoder, "al-Jazira", hint)
    assert location.place is not None and location.place.admin1 == hint
    assert location.precision is (Precision.ADMIN1 if hint != "Aleppo" else Precision.OUTSIDE_COVERAGE)


def test_a_village_named_with_the_region_word_is_not_the_region(geocoder: Geocoder) -> None:
    # a Deir ez-Zor village whose name ends in the word is no record of the region
    for text in ("Suwaydan Jazira", "Zaghir Jazeera", "al-Jazra", "Jazra"):  # (a close spelling is a village's name)
        location = _resolve(geocoder, text)
        assert location.place is None or location.place.kind != "region"


@pytest.mark.parametrize("hint", [None, "Al-Hasakah"])
def test_green_village_is_the_deir_ez_zor_compound_whatever_governorate_is_named(geocoder: Geocoder, hint: str | None) -> None:
    # the residential compound of the al-Omar oil field, a coalition base: a site, named for itself
    for text in ("Green Village", "Mission Support Site Green Village"):
        location = _resolve(geocoder, text, hint)
        assert location.place is not None and location.place.name == "Green Village"
        assert location.place.admin1 == "Deir ez-Zor" and location.precision is Precision.ADMIN1
