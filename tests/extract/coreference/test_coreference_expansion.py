"""List and target expansion (:mod:`mapapp.extract.coreference.expansion`): one incident per listed place."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document, EventType


def test_targets_listed_after_a_placeless_bombardment_are_one_incident_per_place() -> None:
    text = (
        "Turkish drones struck civilian sites across the region on Friday, killing five people. "
        "Among the targets: a mill in Tal Tamr, a power station in Amuda and a farm in the village of Zirgan."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))
    assert [(i.toponyms[0].span.text, i.event_type, i.actor) for i in found] == [
        ("Tal Tamr", EventType.DRONE_STRIKE, "Turkish forces"),
        ("Amuda", EventType.DRONE_STRIKE, "Turkish forces"),
        ("Zirgan", EventType.DRONE_STRIKE, "Turkish forces"),
    ]
    assert [i.killed is None for i in found] == [False, True, True]  # the wave's toll is not split among them


def test_targets_listed_before_the_words_that_call_them_targets_are_one_incident_per_place() -> None:
    text = (
        "Turkish drones struck civilian sites across the region on Friday night. "
        "The villages of Tal Jumaa and Kasra near Tal Tamr and the water station of Amuda were among the targets."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))
    # (Tal Tamr only says where Kasra lies: no strike of its own)
    assert [(i.toponyms[0].span.text, i.event_type, i.actor) for i in found] == [
        ("Tal Jumaa", EventType.DRONE_STRIKE, "Turkish forces"),
        ("Kasra", EventType.DRONE_STRIKE, "Turkish forces"),
        ("Amuda", EventType.DRONE_STRIKE, "Turkish forces"),
    ]
    # not a list of what might be hit
    text = text.replace("were among the targets.", "were among the targets of a plan the council discussed.")
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))) <= 1


def test_regions_listed_after_an_air_operation_are_one_incident_each() -> None:
    text = (
        "Our jets carried out an air operation in northern Syria on the night of 4 May. "
        "In the operation in the Derik, Amuda and Zirgan regions, 20 targets were destroyed."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [(i.event_type, i.toponyms[0].span.text, str(i.date.value)) for i in found] == [  # type: ignore[union-attr]
        (EventType.AIRSTRIKE, "Derik", "2023-05-04"),
        (EventType.AIRSTRIKE, "Amuda", "2023-05-04"),
        (EventType.AIRSTRIKE, "Zirgan", "2023-05-04"),
    ]
    # the villages of one shelling stay one incident
    one = "Turkish artillery shelled Tal Tamr on Monday. The shells fell on the villages of Tal Ward and Dardara."
    assert len(rule_incidents(Document(text=one, published=datetime.date(2023, 5, 6)))) == 1


def test_regions_listed_in_the_air_operation_s_own_sentence_are_one_incident_each() -> None:
    text = (
        "Our jets carried out air operations in northern Syria on the night of 4 May; 20 shelters of the terrorists "
        "were destroyed in the Amuda, Tal Tamr and Zirgan regions."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [(i.event_type, i.toponyms[0].span.text) for i in found] == [
        (EventType.AIRSTRIKE, "Amuda"),
        (EventType.AIRSTRIKE, "Tal Tamr"),
        (EventType.AIRSTRIKE, "Zirgan"),
    ]
    assert [text[s.start : s.end].startswith("20 shelters") for i in found[1:] for s in i.evidence] == [True, True]
    # places not called regions stay one incident
    one = "Our jets carried out air operations on the night of 4 May; 20 shelters were destroyed in Amuda, Tal Tamr and Zirgan."
    assert len(rule_incidents(Document(text=one, published=datetime.date(2023, 5, 6)))) == 1


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Air operations were carried out against the Sidakan, Khwakurk and Bradost regions of Northern Iraq, and the "
            "Tabqa, Suluk and Mabrouka regions of Northern Syria; 17 hideouts were destroyed.",
            ["Sidakan", "Khwakurk", "Bradost", "Tabqa", "Suluk", "Mabrouka"],
        ),
        (
            "Our jets struck on Friday the regions of Sidakan and Bradost in northern Iraq and Ain Issa, Tabqa "
            "(al-Thawra) and Suluk in northern Syria, where the terrorists hide.",
            ["Sidakan", "Bradost", "Ain Issa", "Tabqa", "Suluk"],
        ),
        (
            "US forces carried out airstrikes in Iraq and Syria on Friday against militia groups. Strikes hit depots in "
            "the areas of Husaybah and Rawa in Iraq and of Hajin and Gharanij in Syria.",
            ["Husaybah", "Rawa", "Hajin", "Gharanij"],
        ),
    ],
)
def test_regions_listed_in_groups_closed_by_their_country_are_one_incident_each(text: str, places: list[str]) -> None:
    # each region a place struck, those abroad too (the geocoder flags them outside coverage, never maps them)
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [(i.event_type, i.toponyms[0].span.text) for i in found] == [(EventType.AIRSTRIKE, p) for p in places]


@pytest.mark.parametrize(
    "text",
    [
        # places not called regions, in two groups: one strike told over them
        "Jets struck Sidakan and Bradost in northern Iraq and Tabqa and Suluk in northern Syria on Friday.",
        # the villages of two groups: one bombardment
        "Turkish guns shelled the villages of Dardara and Umm Kahf in northern Syria and Tal Kabir and Kharita in Turkey.",
        # what ends the first group is no country: one list of regions does not take the town after it
        "Drones hit the regions of Sidakan and Bradost in the mountains and the town of Suluk on Friday.",
    ],
)
def test_places_in_groups_not_called_regions_stay_one_incident(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))) == 1


# --- A count broken down by place (rule 4f): one incident per item.
def test_fighters_counted_then_broken_down_by_region_are_one_incident_per_item() -> None:
    text = (
        "MSB statement\n\n9 terrorists who fired at our outposts were neutralized. "
        "5 of them in the Amuda region, 4 of them in the Derik region."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [(i.event_type, i.primary_toponym.text if i.primary_toponym else None, i.actor) for i in found] == [
        (EventType.ARMED_CLASH, "Amuda", "Turkish forces"),
        (EventType.ARMED_CLASH, "Derik", "Turkish forces"),
    ]


def test_attacks_counted_in_a_sentence_then_broken_down_by_where_they_came_from() -> None:
    text = "Release\n\nOn Sunday the terrorists carried out 12 attacks with mortars, 10 of them from Tal Tamr, and others from Zirgan."
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 8)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Tal Tamr", "Zirgan"]
    assert len(found) == 2  # (the count with no place of its own gives way to its items)


@pytest.mark.parametrize(
    "text",
    [
        # a count over a week or a month broken down by place: a tally still, no incident per item
        "The ministry said 52 terrorists were neutralized in the past week. "
        "Of these, 30 were neutralized in the Suluk region and 22 in the Derik region.",
        "Our forces neutralized 52 terrorists in August. Of them, 30 in the Suluk region, 22 in the Derik region.",
        "The monitor recorded 26 bombings across the province in May, 17 of them in Shaddadi and 9 in Markada.",
    ],
)
def test_a_count_over_a_period_broken_down_by_place_stays_a_tally(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2023, 9, 4))) == []


def test_a_breakdown_whose_items_list_regions_is_one_incident_per_region() -> None:
    text = (
        "MSB statement\n\n6 terrorists were neutralized in the last day. "
        "Of these, 4 were neutralized in the Amuda and Derik regions, and 2 in the Zirgan region."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Amuda", "Derik", "Zirgan"]


def _breakdown_tolls(text: str) -> list[tuple[str | None, tuple[int | None, int | None] | None]]:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    return [
        (i.primary_toponym.text if i.primary_toponym else None, (i.killed.low, i.killed.high) if i.killed else None)
        for i in found
    ]


def test_a_toll_broken_down_by_place_gives_each_item_its_count_as_its_dead() -> None:
    # the items add up to the dead told: each item's count is its toll
    assert _breakdown_tolls(
        "MSB statement\n\n9 terrorists who fired at our outposts were neutralized. "
        "5 of them in the Amuda region, 4 of them in the Derik region."
    ) == [("Amuda", (5, 5)), ("Derik", (4, 4))]
    # an item over two regions bounds each of them (how it divides is not told)
    assert _breakdown_tolls(
        "MSB statement\n\n6 terrorists were neutralized in the last day. "
        "Of these, 4 were neutralized in the Amuda and Derik regions, and 2 in the Zirgan region."
    ) == [("Amuda", (0, 4)), ("Derik", (0, 4)), ("Zirgan", (2, 2))]


@pytest.mark.parametrize(
    "text",
    [
        # items that do not add up to the toll: no item's own
        "MSB statement\n\n12 terrorists were neutralized. 5 of them in the Amuda region, 4 of them in the Derik region.",
        # a count of attacks, not of the dead
        "Release\n\nOn Sunday the terrorists carried out 12 attacks with mortars, 10 of them from Tal Tamr, and 2 from Zirgan.",
    ],
)
def test_a_breakdown_that_is_not_of_the_dead_gives_no_item_a_toll(text: str) -> None:
    tolls = _breakdown_tolls(text)
    assert len(tolls) == 2 and all(killed is None for _, killed in tolls)


@pytest.mark.parametrize(
    "text",
    [
        # the victims' home towns, not where the event was
        "Update\n\nA drone struck a car in Amuda on Monday, killing 3 people, 2 of them from Derik and 1 from Zirgan.",
        "Update\n\nA drone struck a car in Amuda on Monday, killing 3 people. 2 of them from Derik and 1 from Zirgan.",
    ],
)
def test_a_toll_broken_down_by_the_victims_home_towns_stays_at_the_event_s_place(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Amuda"]


def test_a_breakdown_by_kind_names_no_place() -> None:
    text = "Update\n\nShelling on Amuda killed 5 civilians on Monday. Of them, 3 were children and 2 were women."
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Amuda"]


def test_bulleted_lines_with_no_event_word_in_an_announced_list_are_hits_of_the_wave() -> None:
    text = (
        "Turkish jets hit at least 20 sites on Friday, officials said, including:\n"
        "- the water station of Tal Hamis;\n"
        "- a grain silo in Amuda, killing a guard;\n"
        "- a power plant in Zirgan.\n"
        "Residents said the power was cut."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [(i.toponyms[0].text, i.event_type, i.actor) for i in found] == [
        ("Tal Hamis", EventType.AIRSTRIKE, "Turkish forces"),
        ("Amuda", EventType.AIRSTRIKE, "Turkish forces"),
        ("Zirgan", EventType.AIRSTRIKE, "Turkish forces"),
    ]
    # lines after the list has ended, or a list no bombardment announced, add no hit
    text = (
        "Turkish jets hit at least 20 sites on Friday, officials said.\n"
        "- the water station of Tal Hamis;\n"
        "- a power plant in Zirgan."
    )
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 1
    text = (
        "The council listed the projects it will fund this year, including:\n"
        "- the water station of Tal Hamis;\n"
        "- a power plant in Zirgan."
    )
    assert rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8))) == []


_WAVE_COUNT = "Coalition forces struck more than 60 targets in Iraq and Syria on Sunday night. "


def test_the_hits_of_a_counted_wave_told_by_their_regions_are_one_incident_each() -> None:
    text = _WAVE_COUNT + "The strikes targeted depots in the Amuda, Derbasiyah and Tal Tamr regions."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 2, 6)))
    assert [(i.event_type, i.primary_toponym.text if i.primary_toponym else None) for i in found] == [
        (EventType.AIRSTRIKE, "Amuda"),
        (EventType.AIRSTRIKE, "Derbasiyah"),
        (EventType.AIRSTRIKE, "Tal Tamr"),
    ]
    assert {i.actor for i in found} == {"US-led coalition"}
    assert {i.date.value for i in found if i.date} == {datetime.date(2024, 2, 4)}


@pytest.mark.parametrize(
    "second",
    [
        # one of the wave's strikes told again, not the wave's places
        "One of the strikes hit depots in the Amuda, Derbasiyah and Tal Tamr regions.",
        # a list of villages of one area stays one incident
        "The strikes targeted the villages of Amuda, Derbasiyah and Tal Tamr.",
        # the count told sentences before, not just before
        "The council met on Monday. The strikes targeted depots in the Amuda, Derbasiyah and Tal Tamr regions.",
    ],
)
def test_a_wave_told_by_one_strike_by_villages_or_far_from_its_count_is_not_split_by_place(second: str) -> None:
    found = rule_incidents(Document(text=_WAVE_COUNT + second, published=datetime.date(2024, 2, 6)))
    assert len(found) <= 1


def test_a_listed_site_s_region_told_after_it_is_no_target_of_its_own() -> None:
    text = (
        "Turkish drones struck civilian sites across the region on Friday, killing five people. "
        "Among the targets were the Khanzir grain silo in Qahtaniyah countryside, the Amuda mill and a farm in Shuhail."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))
    assert [i.toponyms[0].span.text for i in found] == ["Khanzir", "Amuda", "Shuhail"]


@pytest.mark.parametrize(
    ("listed", "places"),
    [
        # each target with a place of its own, separated: one incident per place
        ("the Amuda power station, a school in Tal Tamr and a farm in Shuhail.", ["Amuda", "Tal Tamr", "Shuhail"]),
        ("a bakery in Tal Tamr, the Amuda mill and a farm near Qahtaniyah.", ["Tal Tamr", "Amuda", "Qahtaniyah"]),
        ("a school in Tal Tamr and a water station in Shuhail.", ["Tal Tamr", "Shuhail"]),
    ],
)
def test_targets_each_with_its_own_place_stay_apart(listed: str, places: list[str]) -> None:
    text = f"Turkish drones struck civilian sites across the region on Friday, killing five people. Among the targets: {listed}"
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))
    assert [i.toponyms[0].span.text for i in found] == places


def test_targets_at_two_places_joined_by_and_in_are_two_targets() -> None:
    text = (
        "Turkish drones hit civilian sites on Sunday, killing two people. Among the targets were grain stores in "
        "Tel Jihan and in Derik."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))
    assert [i.toponyms[0].span.text for i in found] == ["Tel Jihan", "Derik"]


def test_regions_listed_after_an_air_operation_told_only_by_its_countries_are_its_hits() -> None:
    # the operation told over whole countries (no incident by itself), then its regions, the next group's country
    # told first: one incident per region, abroad too
    text = (
        "After an assault on our troops, an air operation was conducted in northern Iraq and Syria. During the "
        "operation, 23 targets were hit in the Zap and Avasin regions in Northern Iraq and in northern Syria in the Tal "
        "Tamr and Zirgan regions."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 6)))
    assert [(i.event_type, i.toponyms[0].span.text) for i in found] == [
        (EventType.AIRSTRIKE, p) for p in ["Zap", "Avasin", "Tal Tamr", "Zirgan"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a count over a period, then the regions: no hits of one wave
        "Our jets carried out 300 air operations in northern Iraq and Syria this year. In these operations, 900 targets "
        "were destroyed in the Zap and Avasin regions.",
        # regions told with nothing struck there
        "Our jets conducted an air operation in northern Iraq and Syria. Residents of the Tal Tamr and Zirgan regions fled "
        "to the city.",
        # regions struck on another occasion, told after the operation
        "Our jets conducted an air operation in northern Iraq and Syria. In earlier operations in 2019, targets were "
        "destroyed in the Tal Tamr and Zirgan regions.",
    ],
)
def test_regions_told_after_a_count_of_a_period_with_nothing_struck_or_struck_before_are_no_incidents(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2023, 5, 6))) == []


def test_regions_listed_after_a_day_s_air_operation_summed_up_over_countries_are_one_incident_each() -> None:
    # the operation told as a summary over two countries (no incident of its own), then where that day's strikes hit
    text = (
        "On Sunday Turkish jets launched air strikes on militant positions across northern Syria and Iraq, the ministry "
        "said. It said 40 targets were destroyed, including in the Amuda, Derbasiyah and Tal Tamr regions of Syria."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 9)))
    assert [(i.event_type, i.toponyms[0].span.text, str(i.date.value)) for i in found] == [  # type: ignore[union-attr]
        (EventType.AIRSTRIKE, "Amuda", "2023-05-07"),
        (EventType.AIRSTRIKE, "Derbasiyah", "2023-05-07"),
        (EventType.AIRSTRIKE, "Tal Tamr", "2023-05-07"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a month's summary: its regions are no day's strikes
        "The coalition carried out 300 strikes in Iraq and Syria last month. Most were in the Hajin and Baghouz regions.",
        # the regions told two sentences later, with another statement between
        "On Sunday Turkish jets launched air strikes on militant positions across northern Syria and Iraq, the ministry said. "
        "Officials met on Monday. Forty targets were destroyed in the Amuda, Derbasiyah and Tal Tamr regions of Syria.",
        # no bombardment summed up before the list
        "Talks on Syria and Iraq were held on Sunday. Aid reached the Amuda, Derbasiyah and Tal Tamr regions of Syria.",
    ],
)
def test_regions_listed_after_no_day_s_summed_up_bombardment_are_no_incidents(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2023, 5, 9))) == []
