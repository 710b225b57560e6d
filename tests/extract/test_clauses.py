"""Clause split of long bulletin sentences, and the evidence a long sentence gives."""

from __future__ import annotations

from datetime import date

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.extract.casualties import read_casualties
from mapapp.extract.clauses import (
    GENERIC_RE,
    distributive_parts,
    only_locates_the_place_before,
    places_of_listed_events,
    split_clauses,
)
from mapapp.extract.toponyms import find_governorates, find_places
from mapapp.model import Document, EventType

_BULLETIN = (
    "Raqqa Province, the monitor: the town of Tabqa is witnessing renewed shelling on areas held by the group, "
    "which was once its main base in the region, and the Observatory learned from reliable sources that at least "
    "nine civilians were killed in an air strike on a bakery in the Wahda neighbourhood of Tabqa, this massacre "
    "raises to 612 the number of civilians the monitor has documented in the town and its countryside since the "
    "start of the battle."
)


def test_a_bulletin_sentence_splits_before_the_monitor_and_before_the_running_toll() -> None:
    pieces = [_BULLETIN[c.start : c.end] for c in split_clauses(_BULLETIN)]
    assert len(pieces) == 3
    assert pieces[1].startswith(", and the Observatory learned")
    assert pieces[2].startswith(", this massacre raises")


def test_a_long_sentence_gives_its_clause_as_evidence() -> None:
    found = rule_incidents(Document(text=_BULLETIN))
    assert len(found) == 1
    evidence = found[0].evidence[0].text
    assert "nine civilians were killed" in evidence
    assert "once its main base" not in evidence
    assert "612" not in evidence
    assert found[0].killed is not None and found[0].killed.low == 9


def test_a_short_sentence_gives_its_sentence_as_evidence_up_to_a_running_toll() -> None:
    # (a short sentence's mention gives the whole sentence as evidence; the running toll after it is background, like
    # the long sentence's, and background.trim_background_tails ends the evidence before it)
    text = "A car bomb killed five people in Tabqa on Monday, which raises the toll of such blasts to 30."
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    assert found[0].evidence[0].text == "A car bomb killed five people in Tabqa on Monday"
    assert found[0].killed is not None and found[0].killed.low == 5


def test_a_second_act_with_its_own_verb_and_place_is_a_second_incident_with_the_same_actor() -> None:
    text = "Militants of ISIS stormed the village of Gharanij and detonated a car bomb in the town of Hajin on Monday."
    pieces = [text[c.start : c.end] for c in split_clauses(text)]
    assert len(pieces) == 2 and pieces[1].lstrip().startswith("and detonated")
    found = rule_incidents(Document(text=text))
    assert len(found) == 2
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Gharanij", "Hajin"]
    assert found[1].event_type.value == "car_bomb"
    assert found[0].actor == found[1].actor and found[1].actor is not None


def test_another_event_after_a_comma_is_a_clause_of_its_own() -> None:
    text = "A drone struck a car in Kasra on Monday, and another drone hit a motorcycle near Zor on Tuesday."
    pieces = [text[c.start : c.end] for c in split_clauses(text)]
    assert len(pieces) == 2 and "another drone" in pieces[1]
    found = rule_incidents(Document(text=text))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Kasra", "Zor"]


def test_a_toll_that_continues_to_rise_is_not_habitual_wording() -> None:
    from mapapp.extract.clauses import GENERIC_RE

    assert GENERIC_RE.search("The death toll continues to rise in the town.") is None
    assert GENERIC_RE.search("The group continues to attack checkpoints in the town.") is not None
    text = (
        "Four fighters were killed in clashes in Amuda on Monday.\n"
        "The death toll continues to rise after the clashes between a patrol and the Asayish, who opened fire at a "
        "checkpoint in Amuda."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    assert found[0].actor == "Asayish"


@pytest.mark.parametrize(
    "text",
    [
        "Jets are pounding the militants' last camp since 4 am.",
        "Guns are firing on the village since 11:30 p.m., residents said.",
        "Drones have been hovering and striking over the town since the early hours.",
    ],
)
def test_since_an_hour_of_the_day_is_no_generic_wording(text: str) -> None:
    # the day's own event, going on since an hour of it, as "since dawn" is
    assert GENERIC_RE.search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Jets have pounded the militants' camps since 2019.",
        "Artillery has shelled the village since the battle began.",
        "Drones have struck the town since it was taken.",
        "Jets have pounded the camps since 4 weeks.",
    ],
)
def test_since_a_year_or_an_event_is_still_generic_wording(text: str) -> None:
    assert GENERIC_RE.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "According to its daily report, the alliance hit Markada with six strikes on 3 April.",
        "Jets carried out three strikes near Busayrah on Friday, according to a daily coalition statement.",
        "Two strikes hit a depot near Sabkha on Sunday, the army's daily briefing said.",
    ],
)
def test_a_daily_report_telling_the_event_is_no_generic_wording(text: str) -> None:
    # "daily" tells the habit of the report, not of the strikes it tells
    assert GENERIC_RE.search(text) is None


def test_strikes_told_by_a_daily_report_open_an_incident() -> None:
    text = "The US-led coalition carried out five strikes near Raqqa, destroying a tunnel, according to its daily statement."
    found = rule_incidents(Document(text=text, published=date(2017, 6, 3)))
    assert [i.event_type for i in found] == [EventType.AIRSTRIKE]


@pytest.mark.parametrize(
    "text",
    [
        "Drones strike the villages daily, residents say.",
        "Jets bombed the town daily through the winter.",
        "The shelling of the camp is a daily occurrence.",
        "Residents report daily shelling of the market.",
        # (run-on wording: "daily" ends the habit, the report is another phrase)
        "Gunmen raid the farms near Jawadiyah daily the report said.",
        "Jets bomb the town daily a statement from the council said.",
        "Such raids are daily reported by people in the villages.",
    ],
)
def test_events_told_as_daily_are_still_generic_wording(text: str) -> None:
    assert GENERIC_RE.search(text) is not None


# --- several incidents in one clause, and one incident told over several clauses (issue #8) ---


def _parts(text: str) -> list[str]:
    counts = [(c.start, c.end) for c in read_casualties(text).counts]
    places = [(p.start, p.end, p.text) for p in find_places(text, []) if p.level == "place"]
    return [text[p.start : p.end].strip(" ,.") for p in distributive_parts(text, counts, places)]


def test_a_toll_given_place_by_place_has_one_part_per_place() -> None:
    assert _parts("Shelling killed 12 people in Tal Tamr and 7 in Ras al-Ain on Friday.") == [
        "Shelling killed 12 people in Tal Tamr",
        "and 7 in Ras al-Ain on Friday",
    ]
    assert len(_parts("Airstrikes killed nine civilians in Hajin, six in Shaafah and four in Sousa.")) == 3


def test_the_day_of_a_part_stays_with_it() -> None:
    parts = _parts("A drone killed two fighters near Tal Tamr on Monday and a woman in Amuda on Tuesday.")
    assert parts[0].endswith("on Monday")
    assert parts[1].startswith("and a woman")


@pytest.mark.parametrize(
    "text",
    [
        "Coalition airstrikes hit Hajin and Shaafah on Friday, killing 20 people.",  # one toll for two places
        "Four fighters were killed in Hajin and Sousa in an ISIS attack.",
        "Gunmen killed a teacher and a shepherd in Busayrah.",  # one place
        "Gunmen opened fire on a car on the road between Hajin and Baghuz, killing two men.",
        "A drone strike killed two fighters near Qamishli, and a third died of his wounds in hospital in Hasakah.",
        "Shelling killed two children in Tal Tamr and wounded three in Tal Tamr.",  # the same place twice
    ],
)
def test_one_toll_or_one_place_is_no_distribution(text: str) -> None:
    assert _parts(text) == []


def test_the_ministry_s_neutralized_counted_place_by_place_has_one_part_per_place() -> None:
    # its word for the enemy's dead, each count with its own weapon and place
    assert _parts(
        "On Tuesday 6 terrorists were neutralized by our armed drones near Suluk and 3 more were neutralized by our "
        "tank fire near the Ain Issa region."
    ) == [
        "On Tuesday 6 terrorists were neutralized by our armed drones near Suluk",
        "and 3 more were neutralized by our tank fire near the Ain Issa region",
    ]
    # each count at its region, the verb told once after the list
    assert len(_parts("In the operation, 7 terrorists in the Suluk region and 2 terrorists in the Mabrouka region were neutralized.")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "7 terrorists were neutralized near Suluk and Mabrouka by our drones.",  # one count for two places
        "7 terrorists were neutralized near Suluk and 2 of our soldiers were martyred.",  # one place
        "7 terrorists were neutralized in the Suluk region and 2 more in the Suluk region.",  # the same place twice
        "Our drones neutralized 7 terrorists this week near Suluk, while 2 terrorists surrendered to our units.",
    ],
)
def test_one_neutralized_count_or_one_place_is_no_distribution(text: str) -> None:
    assert _parts(text) == []


def test_parts_of_a_clause_that_tells_no_toll_get_none() -> None:
    # the counts of a list whose verb the toll reading does not reach are no part's toll, not its wounded
    found = _incidents(
        "Turkish ministry: in the air operation, 7 terrorists in the Suluk region and 2 terrorists in the Mabrouka "
        "region who were preparing an attack were neutralized."
    )
    assert [(killed, injured) for _, killed, injured in found] == [(None, None), (None, None)]


def test_a_sentence_of_separate_incidents_cuts_at_and() -> None:
    text = "In separate incidents on Sunday, a landmine killed a shepherd near Maadan and gunmen shot dead a man in Tabqa."
    pieces = [text[c.start : c.end] for c in split_clauses(text)]
    assert len(pieces) == 2
    assert pieces[1].startswith(" and gunmen shot dead")


def test_a_separate_strike_closing_a_clause_does_not_cut_it() -> None:
    text = "Strikes killed 12 militants near Hajin, and three more were killed near Baghuz in a separate strike."
    assert not any(text[c.start : c.end].lstrip().startswith("in a separate") for c in split_clauses(text))
    opening = "Gunmen killed a man in Hajin; in a separate attack on Tuesday, a drone hit a car in Sousa."
    assert [opening[c.start : c.end].strip(" ;") for c in split_clauses(opening)][-1].startswith("in a separate attack")


def test_a_new_weapon_after_a_comma_opens_another_clause() -> None:
    text = "Turkish shelling killed a civilian in Tal Tamr, and a drone strike killed two fighters in Zirgan."
    assert len(split_clauses(text)) == 2


def _incidents(text: str) -> list[tuple[str, object, object]]:
    def bounds(figure: object) -> object:
        return None if figure is None else (figure.low, figure.high)  # type: ignore[attr-defined]

    return [
        (i.toponyms[0].span.text, bounds(i.killed), bounds(i.injured))
        for i in rule_incidents(Document(text=text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish shelling killed 12 people in Tal Tamr and 7 in Ras al-Ain.",
            [("Tal Tamr", (12, 12), None), ("Ras al-Ain", (7, 7), None)],
        ),
        (
            "In separate attacks, gunmen killed a teacher in Hajin and a shepherd in al-Sousa on Monday.",
            [("Hajin", (1, 1), None), ("al-Sousa", (1, 1), None)],
        ),
        (
            "Two civilians were killed in Dhiban and one in al-Shuhayl by gunfire from unknown gunmen.",
            [("Dhiban", (2, 2), None), ("al-Shuhayl", (1, 1), None)],
        ),
        (
            "The monitor said five civilians were killed in Hajin, while seven were killed in al-Shaafah.",
            [("Hajin", (5, 5), None), ("al-Shaafah", (7, 7), None)],
        ),
        (
            "The strikes killed 14 people: nine in Hajin and five in al-Sousa.",
            [("Hajin", (9, 9), None), ("al-Sousa", (5, 5), None)],
        ),
        (
            "Shelling killed 3 people in Tal Tamr and 2 in Zirgan, and 1 in Ain Issa.",
            [("Tal Tamr", (3, 3), None), ("Zirgan", (2, 2), None), ("Ain Issa", (1, 1), None)],
        ),
        (
            "Shelling killed one civilian in Ain Issa and injured two in Sarrin.",
            [("Ain Issa", (1, 1), None), ("Sarrin", None, (2, 2))],
        ),
        (
            "In two separate incidents, a mine exploded in al-Kasra, killing a shepherd, and gunmen shot dead a man in Diban.",
            [("al-Kasra", (1, 1), None), ("Diban", (1, 1), None)],
        ),
        (
            "The coalition said its strikes killed 12 militants near Hajin, and that three more were killed near "
            "al-Baghuz in a separate strike.",
            [("Hajin", (12, 12), None), ("al-Baghuz", (3, 3), None)],
        ),
    ],
)
def test_several_incidents_in_one_sentence(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert _incidents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coalition airstrikes hit Hajin and al-Shaafah on Friday, killing 20 people.", [("Hajin", (20, 20), None)]),
        ("Gunmen killed a teacher and a shepherd in al-Busayrah.", [("al-Busayrah", (2, 2), None)]),
        (
            "A drone struck a car in Qamishli on Monday, killing two SDF fighters and wounding a civilian.",
            [("Qamishli", (2, 2), (1, 1))],
        ),
        (
            "A car bomb exploded in Tal Abyad, killing five people, while a second car bomb was defused in Suluk.",
            [("Tal Abyad", (5, 5), None)],
        ),
        (
            "Turkish drones struck the village of Zirgan on Monday, killing two fighters. The strike also wounded a civilian.",
            [("Zirgan", (2, 2), (1, 1))],
        ),
    ],
)
def test_one_incident_told_over_several_clauses_stays_one(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert _incidents(text) == expected


def test_each_part_of_a_distributed_toll_is_its_own_incident_with_its_own_evidence() -> None:
    found = rule_incidents(Document(text="Airstrikes killed 20 ISIS members in Hajin and 15 in al-Sousa on Friday."))
    assert len({i.id for i in found}) == 2
    assert [i.event_type for i in found] == [found[0].event_type] * 2
    assert found[1].evidence[0].text == "and 15 in al-Sousa on Friday."


def test_a_bombardment_that_lasted_for_days_is_a_campaign_not_one_event() -> None:
    from datetime import date

    campaign = "On November 20, jets and artillery began a bombardment that lasted for days, hitting power stations."
    assert rule_incidents(Document(text=campaign, published=date(2022, 12, 10))) == []
    # a battle of two days with its toll and place is still told as one incident
    battle = "Clashes that lasted for two days killed 20 fighters in Hajin."
    assert len(rule_incidents(Document(text=battle, published=date(2022, 12, 10)))) == 1


def _listed(text: str) -> list[str]:
    found = sorted((p for p in find_places(text, find_governorates(text)) if p.level == "place"), key=lambda p: p.start)
    places = [(p.start, p.end, p.text) for p in found]
    stretches = places_of_listed_events(text, places)
    return [text[s[0] : s[1]].strip(" ,.") if s is not None else f"({text[p[0]:p[1]]})" for p, s in zip(places, stretches)]


def test_events_counted_as_many_as_the_places_listed_are_one_per_place() -> None:
    assert _listed("Two car bombs exploded in Tal Abyad and Suluk on Saturday, killing nine people.") == [
        "Two car bombs exploded in Tal Abyad",
        "and Suluk on Saturday, killing nine people",
    ]
    assert len(_listed("Four civilians were killed in Raqqa and Tabqa in two separate bombings.")) == 2
    assert len(_listed("Two separate explosions hit Hasakah city and Qamishli on Thursday.")) == 2
    assert _listed("Jets carried out 20 strikes on Hajin and Sousa.") == []  # 20 strikes, two places: one wave
    assert _listed("Strikes hit Hajin and Sousa, killing seven.") == []  # no count of events: one event
    assert _listed("Three strikes hit Hajin and Sousa.") == []  # three events, two places: not one at each


def test_targets_listed_each_with_its_place_are_one_strike_per_place() -> None:
    assert _listed("Drones struck a fuel depot in Amuda, a bakery near Tal Tamr and a car in Zirgan on Friday.") == [
        "Drones struck a fuel depot in Amuda",
        "a bakery near Tal Tamr",
        "and a car in Zirgan on Friday",
    ]
    assert len(_listed("Jets are now bombing: the water plant in Derik, the mill in Amuda.")) == 2
    assert _listed("Drones struck Amuda and Zirgan on Friday.") == []  # bare places, no targets: one wave
    assert _listed("Drones struck a fuel depot in Amuda and the SDF said a man in Zirgan was hurt.") == []
    # rockets or shells fired at targets, each with its own place
    assert _listed("Rockets were fired at a base in the Tal Hamis area and a post near Amuda on Monday.") == [
        "Rockets were fired at a base in the Tal Hamis area",
        "and a post near Amuda on Monday",
    ]
    assert _listed("Rockets were fired at Tal Hamis and Amuda on Monday.") == []  # bare places: one salvo


def test_targets_listed_with_places_that_locate_them_or_name_them() -> None:
    # a place that only says where the target's place lies stays with it (in brackets: no stretch of its own)
    assert _listed("Drones targeted a post near the village of Tal Hamis in Qamishli and a car near Amuda on Monday.") == [
        "Drones targeted a post near the village of Tal Hamis in Qamishli",
        "(Qamishli)",
        "and a car near Amuda on Monday",
    ]
    assert len(_listed("Jets carried out strikes late last night on a camp in the al-Hizam area of Albukamal and a depot near Mayadin.")) == 3
    # a target named by its place ("the X bridge"), "the" before a target's place, a plural target with no article
    assert len(_listed("Drones hit the Tal Samin bridge and a fuel truck at the Hisha junction on Sunday.")) == 2
    assert len(_listed("Warplanes hit a security post in Kobani and a silo in the Jawadiyah area.")) == 2
    assert len(_listed("Artillery shelled a school in Ain Issa and houses in the village of Hoshan.")) == 2
    assert len(_listed("Coalition jets struck an ISIS headquarters in Hajin and a cache near Sousa.")) == 2
    # one target and where it lies is one strike; two bare settlements are one shelling
    assert _listed("A drone hit a car near the village of Tal Hamis in Qamishli on Monday.") == []
    assert _listed("Shelling hit houses in the village of Dardara and the town of Tal Tamr.") == []
    assert _listed("Drones hit the Tal Samin area and Hisha on Sunday.") == []


def test_targets_with_a_compound_head_a_user_or_another_strike_are_one_strike_per_place() -> None:
    # a target's head naming two things hit at one place ("a mill and a school near A")
    assert _listed("Jets hit a water plant and a mill near the town of Tal Tamr, and a school near Amuda, killing four.") == [
        "Jets hit a water plant and a mill near the town of Tal Tamr",
        "and a school near Amuda, killing four",
    ]
    # a target told by who used it ("a house used by the fighters in B")
    assert len(_listed("Planes bombed a weapons store of the group in the Kasra area and a building used by its gunmen in Hajin.")) == 2
    # "and another on ...": one more strike, on a target of its own
    assert _listed("A strike on a fuel depot near Zirgan and another on a school in Derbasiyah.") == [
        "A strike on a fuel depot near Zirgan",
        "and another on a school in Derbasiyah",
    ]
    # negatives: two things at ONE place, bare places after a compound head, a verb after "and"
    assert _listed("Jets hit a water plant and a mill near Tal Tamr in the Hasakah countryside.") == []
    assert _listed("Drones struck a training camp and a depot near Hajin and Sousa on Friday.") == []
    assert _listed("Drones struck a depot in Hajin and killed two men in Sousa.") == []


def test_a_part_of_a_listed_strike_told_again_by_its_place_is_that_part() -> None:
    text = "Turkish drones hit a post in Kobani and a silo in the Jawadiyah area on Monday. Two guards were killed in the Kobani strike."
    found = rule_incidents(Document(text="Update\n\n" + text, published=date(2022, 11, 23)))
    assert [(i.toponyms[0].span.text, i.killed.low if i.killed else None) for i in found] == [("Kobani", 2), ("Jawadiyah", None)]


def test_a_toll_shared_by_events_at_two_places_bounds_each() -> None:
    found = rule_incidents(Document(text="Two car bombs exploded in Tal Abyad and Suluk on Saturday, killing nine people."))
    assert [(i.toponyms[0].span.text, i.killed.low, i.killed.high) for i in found] == [  # type: ignore[union-attr]
        ("Tal Abyad", 0, 9),
        ("Suluk", 0, 9),
    ]


def test_the_counts_of_a_part_are_those_of_its_stretch() -> None:
    text = "A civilian was killed and another wounded in Tal Tamr, while two fighters were killed in Zirgan, in shelling."
    assert _incidents(text) == [("Tal Tamr", (1, 1), (1, 1)), ("Zirgan", (2, 2), None)]
    # a count that is no one's toll ("the two towns") is left out
    text = "Three children were wounded in Ain Issa and a woman was killed in Sarrin when shells hit the two towns."
    assert _incidents(text) == [("Ain Issa", None, (3, 3)), ("Sarrin", (1, 1), None)]


def test_a_part_with_its_own_event_word_has_its_own_type() -> None:
    found = rule_incidents(
        Document(text="Three civilians were wounded by shelling in Ain Issa, and two others by a drone strike in Tal Tamr.")
    )
    assert [(i.toponyms[0].span.text, i.event_type.value) for i in found] == [
        ("Ain Issa", "shelling"),
        ("Tal Tamr", "drone_strike"),
    ]


def test_a_new_indefinite_subject_with_its_own_verb_opens_a_clause_a_definite_one_does_not() -> None:
    two = "Turkish shelling killed a civilian in Ain Issa and a drone strike killed two fighters in Tal Tamr."
    assert len(split_clauses(two)) == 2
    one = "ISIS attacked a checkpoint near Hajin and the ensuing clashes killed two fighters."
    assert len(split_clauses(one)) == 1
    # "a drone strike also hit a nearby house": no place of its own, the same strike told on
    same = "A Turkish drone targeted a car in Qamishli, and a drone strike also hit a nearby house, killing a woman."
    assert len(split_clauses(same)) == 1


def test_a_bulletins_opening_frame_is_cut_from_its_report() -> None:
    sentence = (
        "In light of the daily assassinations in the camp, SOHR activists have documented the death of a boy "
        "after he was shot in the first section."
    )
    clauses = split_clauses(sentence)
    assert len(clauses) == 2
    assert sentence[clauses[1].start : clauses[1].end].lstrip(", ").startswith("SOHR activists have documented")
    # no frame, no cut: "Gunmen attacked a checkpoint in the town, SOHR activists reported."
    assert len(split_clauses("Gunmen attacked a checkpoint in the town, SOHR activists reported.")) == 1


def test_the_report_after_a_frame_is_its_own_incident() -> None:
    text = (
        "Tabia camp | Boy shot dead\nIn light of the daily assassinations in Tabia camp, SOHR activists have "
        "documented the death of a boy after he was shot in the camp. Yesterday, SOHR activists documented the death "
        "of a woman shot by gunmen in Tabia camp."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2021, 3, 7)))
    assert sorted(str(i.date.value) for i in found) == ["2021-03-06", "2021-03-07"]


def test_an_event_per_place_and_day_is_one_incident_each() -> None:
    from datetime import date

    text = "Gunmen attacked a checkpoint in Diban on Monday and a patrol in al-Busayrah on Tuesday."
    found = rule_incidents(Document(text=text, published=date(2021, 3, 10)))
    assert [(i.toponyms[0].span.text, str(i.date.value)) for i in found] == [  # type: ignore[union-attr]
        ("Diban", "2021-03-08"),
        ("al-Busayrah", "2021-03-09"),
    ]
    # a victim's later death elsewhere, or days not paired with places, are one incident
    for one in (
        "A man was wounded by gunfire in Hajin on Monday and died in hospital in al-Mayadin on Tuesday.",
        "Gunmen who threatened him on Sunday in Hajin shot him dead in al-Sousa on Monday.",
    ):
        assert len(rule_incidents(Document(text=one, published=date(2021, 3, 10)))) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish drones carried out two strikes on Tuesday: one on a car near Tal Tamr, killing two fighters, "
            "and another on a house in Darbasiyah, wounding a woman.",
            [("Tal Tamr", (2, 2), None), ("Darbasiyah", None, (1, 1))],
        ),
        (
            "ISIS claimed two attacks: one on a checkpoint in Hajin that killed two fighters and another on a patrol "
            "in Diban that wounded three.",
            [("Hajin", (2, 2), None), ("Diban", None, (3, 3))],
        ),
        (
            "A drone strike killed two fighters in Amuda, and another killed a commander in Qamishli.",
            [("Amuda", (2, 2), None), ("Qamishli", (1, 1), None)],
        ),
    ],
)
def test_events_enumerated_one_by_one_are_one_incident_each(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert _incidents(text) == expected


def test_a_relative_day_set_off_after_an_auxiliary_does_not_cut_its_clause() -> None:
    text = "Turkish drones had, a day earlier, struck a farm near Tal Ward, killing a shepherd."
    clauses = split_clauses(text)
    assert len(clauses) == 1
    assert clauses[0].anchor is not None and clauses[0].anchor.text == "a day earlier"


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets bombed hideouts near Maadan on Monday, after an attack by ISIS cells on a convoy killed six soldiers.",
        "Fighting raged around the jail in Hasakah on Friday after ISIS fighters attacked it with a car bomb.",
        "SDF fighters stormed the village of Baghuz on Saturday after coalition jets pounded the camp for hours.",
    ],
)
def test_the_event_answered_told_after_it_is_a_clause_of_its_own(text: str) -> None:
    pieces = [text[c.start : c.end].strip(" ,.").lower() for c in split_clauses(text)]
    assert len(pieces) == 2 and pieces[1].startswith("after")
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert len(found) == 2
    assert all(i.primary_toponym is not None for i in found)  # (the answered event at the place its sentence names)


def test_a_death_after_an_attack_stays_one_incident() -> None:
    text = "Two guards were killed in Tal Tamr on Monday after ISIS cells attacked their post."
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))) == 1


def test_another_event_going_on_told_with_as_is_a_clause_of_its_own() -> None:
    assert len(split_clauses("The SDF shelled Mayadin on Monday as clashes raged in Diban.")) == 2
    assert len(split_clauses("A mine killed a shepherd near Hajin as fighters clashed in Busayra.")) == 2
    # a time of the same event
    assert len(split_clauses("A drone hit a car as it drove near Amuda on Monday.")) == 1
    assert len(split_clauses("Two civilians were killed in Tal Tamr as the town came under fire.")) == 1


def test_another_party_s_reply_after_and_is_a_clause_of_its_own() -> None:
    text = "Rockets hit the town of Kharab on Monday, and the army retaliated against villages around Zarqan."
    assert len(split_clauses(text)) == 2


def test_another_party_s_answer_by_its_own_fire_after_and_is_a_clause_of_its_own() -> None:
    text = "Militia gunners shelled Tabni and Zor on Monday, and the SDF responded by shelling Maadan town."
    assert len(split_clauses(text)) == 2
    text = "In Kharab, gunmen stormed an army post, and the soldiers answered with heavy machine-gun fire on the houses."
    assert len(split_clauses(text)) == 2
    # the same party's act told on, or a response with no act of its own, does not cut
    assert len(split_clauses("Gunmen stormed an army post in Kharab and responded to no calls to surrender.")) == 1
    assert len(split_clauses("Rockets hit Kharab on Monday, and officials said the army would respond.")) == 1


def test_and_with_no_reply_verb_does_not_cut() -> None:
    text = "Rockets hit the town of Kharab on Monday and wounded two children."
    assert len(split_clauses(text)) == 1


def test_a_time_between_the_strike_and_its_first_target_opens_the_list() -> None:
    assert _listed("Jets hit on Tuesday a fuel depot near Amuda and a post in the village of Zirgan.") == [
        "Jets hit on Tuesday a fuel depot near Amuda",
        "and a post in the village of Zirgan",
    ]
    # two time phrases, and a long target's name before its place
    assert len(_listed("Drones targeted at dawn today a training base of the border guards near Derik and a depot in Amuda.")) == 2
    # a time does not make a list of bare places, nor a target and where it lies
    assert _listed("Jets hit on Tuesday Amuda and Zirgan.") == []
    assert _listed("Jets hit on Tuesday a fuel depot near the village of Tal Hamis in Qamishli.") == []


def test_places_told_before_the_strike_frame_the_list_of_its_targets() -> None:
    assert _listed("In the Qamishli countryside, drones struck the Tal Hamis grain silo and a post in the village of Zirgan.") == [
        "(Qamishli countryside)",
        "In the Qamishli countryside, drones struck the Tal Hamis grain silo",
        "and a post in the village of Zirgan",
    ]
    found = rule_incidents(
        Document(text="In Derik countryside, jets hit the Tal Hamis water station and a bakery in Zirgan.", published=date(2024, 1, 15))
    )
    # each strike keeps the framing place as a reference
    assert [[t.text for t in i.toponyms if t.role != "context"] for i in found] == [
        ["Tal Hamis", "Derik countryside"],
        ["Zirgan", "Derik countryside"],
    ]
    # a framing place before bare places, or before one target, makes no list
    assert _listed("In the Qamishli countryside, drones struck Tal Hamis and Zirgan.") == []
    assert _listed("In Derik, drones struck a silo near Amuda.") == []


def test_a_target_list_item_may_say_more_after_its_place() -> None:
    # a toll, a relative clause or a long target name between two targets; "as well as", "at the entrance of"
    assert len(_listed("Jets hit a bakery in Amuda, killing three workers, and a checkpoint of the Asayish in Zirgan.")) == 2
    assert len(_listed("Drones struck the Swediyah gas and power plant east of Rmelan, which feeds the city, as well as a "
                       "depot near Tal Tamr.")) == 3  # (Rmelan only locates the plant)
    assert len(_listed("Shells hit Syrian army positions near Kobani and a post at the entrance of Tal Tamr.")) == 2
    # a bare place told after a target stays with it: "a school in A and B" is one strike
    assert [s for s in _listed("Drones hit a school in Amuda and Zirgan and a silo near Derik.") if not s.startswith("(")] == [
        "Drones hit a school in Amuda and Zirgan",
        "and a silo near Derik",
    ]


def test_a_region_or_an_unknown_name_is_no_listed_target() -> None:
    assert _listed("Drones hit the Rmelan power station and oil facilities in the countryside of Qamishli and Derik.") == []
    # (a region's positions, then positions near a town with no word saying they are others: one bombardment)
    assert _listed("Jets struck positions in the Shawla desert and positions near Hajin.") == []
    # "Tal Foo in Derik": a name the gazetteer lacks before a place, not a target
    assert _listed("Artillery shelled a post in Amuda, Tal Foo in Derik, and the vicinity of the camp.") == []


def test_a_list_opening_on_a_region_splits_at_an_item_told_as_another_target() -> None:
    # "positions in the A desert, other positions near B": each group of positions struck apart
    assert _listed("Jets struck positions in the Shawla desert and other positions near Hajin.") == [
        "Jets struck positions in the Shawla desert",
        "and other positions near Hajin",
    ]
    assert len(_listed("Drones hit posts of the Guard (IRGC) in the Hamdan desert, other posts near Tabqa.")) == 2
    assert len(_listed("Jets bombed camps in the Shawla desert, as well as a depot near Hajin.")) == 2
    # a plural region ("the A deserts") opens no list of targets either, when nothing tells the next item as another
    assert _listed("Gunmen attacked sites in the Shawla deserts, the vicinity of the Omar oil field and Hajin.") == []


def test_in_addition_to_joins_two_targets_of_a_list() -> None:
    assert _listed("Drones struck a silo in Amuda, in addition to a bakery near Derik.") == [
        "Drones struck a silo in Amuda",
        "in addition to a bakery near Derik",
    ]
    # one target told with two places stays one strike
    assert _listed("A drone struck a car in Amuda, near Derik.") == []


def test_target_lists_told_passively_after_a_colon_or_by_a_site_of_a_place() -> None:
    assert len(_listed("A silo in Amuda, a bakery near Derik and a post in Zirgan were hit by drones on Friday.")) == 3
    assert len(_listed("Drones struck several sites on Sunday: a silo in Amuda; a school near Derik; and a post in Zirgan.")) == 3
    assert len(_listed("Drones hit the bakery of Amuda (3 dead), a power station near Derik and a post in Zirgan.")) == 3
    # a list of places told before a verb that is no strike stays unread
    assert _listed("A silo in Amuda and a bakery near Derik were closed for repairs.") == []


def test_a_post_s_list_of_sites_named_by_their_places() -> None:
    # "bombing: A grain silo, B oil station": no article, each site after its place's name
    assert len(_listed("Drones now bombing: Derik grain silo, Amuda power station (east), Zirgan water plant.")) == 3
    # bare names with no site word after them stay one wave
    assert _listed("Drones struck Amuda and Zirgan on Friday.") == []


def test_a_settlement_listed_after_a_target_with_its_own_toll_is_a_hit_of_its_own() -> None:
    assert len(_listed("Drones struck a silo in Amuda and the village of Derik, where two farmers were killed.")) == 2
    assert _listed("Drones struck a silo in Amuda and the village of Derik on Monday.") == []  # no toll of its own


def test_a_list_labelled_as_targets_after_the_strikes_gives_one_strike_per_target() -> None:
    text = (
        "Turkish jets bombed the Jazira region overnight. Targets: the grain silos of Jawadiyah, the Tal Hamis power "
        "station, Suwaydiyah gas field, and a checkpoint in Girke Lege (two guards killed)."
    )
    incidents = rule_incidents(Document(text=text, published=date(2024, 1, 15)))
    assert [i.primary_toponym.text for i in incidents] == [  # type: ignore[union-attr]
        "Jawadiyah", "Tal Hamis", "Suwaydiyah gas field", "Girke Lege"
    ]
    assert {i.event_type.value for i in incidents} == {"airstrike"}
    assert {i.actor for i in incidents} == {"Turkish forces"}


@pytest.mark.parametrize(
    "text",
    [
        "Targets of the campaign have included power stations and oil fields near Qamishli, analysts said.",
        "Targets: the council plans to rebuild the bakery of Amuda and a school in Tal Tamr this year.",
    ],
)
def test_targets_named_as_a_topic_or_a_plan_are_no_list_of_hits(text: str) -> None:
    assert rule_incidents(Document(text=text, published=date(2024, 1, 15))) == []


def test_other_victims_of_an_event_told_by_its_own_when_are_another_incident() -> None:
    text = (
        "Three guards were killed as ISIS gunmen stormed a post near Tabni, "
        "and four others were killed when a mine blew up by the road near Maadan."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [(i.toponyms[0].text, i.killed.low) for i in found] == [("Tabni", 3), ("Maadan", 4)]
    assert found[1].actor is None  # the attackers of the checkpoint did not lay the mine


def test_other_victims_of_the_same_attack_stay_with_it() -> None:
    text = "Three guards were killed in an ISIS attack on a checkpoint near Tabni, and two others were wounded in the attack."
    (found,) = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert (found.killed.low, found.injured.low) == (3, 2)
# --- the event another answered, told with its own toll (abroad10) ---


def test_the_answered_event_with_its_own_toll_is_a_clause_of_its_own() -> None:
    text = (
        "Jets hit 14 positions near the border on Sunday in reprisal for the killing of four guards at an outpost "
        "in the Kurdistan Region on Thursday."
    )
    clauses = split_clauses(text)
    assert [text[c.start : c.end] for c in clauses] == [
        "Jets hit 14 positions near the border on Sunday in reprisal for ",
        "the killing of four guards at an outpost in the Kurdistan Region on Thursday.",
    ]
    assert [c.answered for c in clauses] == [False, True]


@pytest.mark.parametrize(
    "text",
    [
        # the reason given, with no toll of its own: background, not cut
        "Warplanes bombed depots in Tal Barak in response to an attack on a border post.",
        # a toll of the answering strikes, not of the event answered
        "In retaliation for the attack on its base, the coalition struck a depot, killing four militants.",
        # "following" a death with no count
        "Clashes erupted in Dhiban following the killing of a tribal elder.",
    ],
)
def test_a_reason_without_its_own_toll_stays_in_its_clause(text: str) -> None:
    assert not any(c.answered for c in split_clauses(text))


def test_an_event_answered_abroad_with_its_toll_is_an_incident_at_that_country() -> None:
    text = (
        "Drones struck fuel depots near Tal Barak on Monday, in revenge for a rocket attack that killed two soldiers "
        "at a base in Jordan on Saturday."
    )
    incidents = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 5)))
    abroad = [i for i in incidents if i.toponyms and i.toponyms[0].span.text == "Jordan"]
    assert len(abroad) == 1
    assert abroad[0].killed is not None and abroad[0].killed.low == 2
    assert abroad[0].evidence[0].text.startswith("a rocket attack that killed two soldiers")
    depots = [i for i in incidents if i.toponyms and i.toponyms[0].span.text == "Tal Barak"]
    assert len(depots) == 1 and depots[0].killed is None  # the answered event's toll is not the strike's


def test_an_answered_event_without_a_toll_is_no_incident_abroad() -> None:
    text = "Drones struck fuel depots near Tal Barak on Monday, in revenge for a rocket attack on a base in Jordan."
    incidents = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 5)))
    assert not any(t.span.text == "Jordan" for i in incidents for t in i.toponyms)


def test_a_posts_hashtag_on_a_listed_targets_place_is_read_with_the_place() -> None:
    assert len(_listed("Drones hit a depot in the Amuda area and a car park near the #Hilaliya neighbourhood.")) == 2
    assert len(_listed("Jets struck a bakery near #Derik and a silo in #Tal_Tamr.".replace("_", " "))) == 2
    assert _listed("Drones hit a car park near the #Hilaliya neighbourhood and #Amuda on Monday.") == []  # a bare place


@pytest.mark.parametrize(
    "text",
    [
        "The army continues to advance near Maadan amid heavy clashes with ISIS.",
        "Fighters attacked the village of Khanasir, and clashes with the SDF are still continuing.",
        "Clashes are continuing on the edge of Maabada.",
    ],
)
def test_an_advance_or_a_fight_told_as_still_going_on_is_no_pattern(text: str) -> None:
    assert not GENERIC_RE.search(text)
    found = rule_incidents(Document(text=text, published=date(2024, 3, 4)))
    assert len(found) == 1 and found[0].event_type.value == "armed_clash"


@pytest.mark.parametrize(
    "text", ["ISIS continues to attack shepherds near Maadan.", "Continuing attacks have emptied the villages near Maadan."]
)
def test_attacks_told_as_continuing_stay_a_pattern(text: str) -> None:
    assert GENERIC_RE.search(text)


def test_a_total_of_targets_one_operation_hit_is_not_a_statistic() -> None:
    assert not GENERIC_RE.search("In the operation, a total of 14 targets including caves were destroyed in the Amuda region.")
    assert GENERIC_RE.search("A total of 14 people were killed in the province.")
    assert GENERIC_RE.search("a total of 14 attacks were recorded")


def test_a_listed_target_on_a_road_is_a_hit_of_its_own() -> None:
    assert _listed("Drones struck a silo in Maabada and a checkpoint on the Amuda-Derbasiyah road, killing one guard.") == [
        "Drones struck a silo in Maabada",
        "and a checkpoint on the Amuda-Derbasiyah road, killing one guard",
    ]
    # a bare road told after the target stays with it
    assert _listed("Drones struck a silo in Maabada on the Amuda road.") == []


def test_among_the_sites_hit_were_labels_a_list_of_hits() -> None:
    text = (
        "Turkish drones struck the Jazira region overnight. Among the sites hit on Sunday were the Maabada power "
        "station, a bakery in Girke Lege and the Khanasir grain silos."
    )
    incidents = rule_incidents(Document(text=text, published=date(2024, 1, 15)))
    assert [i.primary_toponym.text for i in incidents if i.primary_toponym] == ["Maabada", "Girke Lege", "Khanasir"]
    assert {i.event_type.value for i in incidents} == {"drone_strike"}
    # with no strike told before it, a topic
    topic = "Among the sites hit were the Maabada power station and a bakery in Girke Lege, a reconstruction report said."
    assert rule_incidents(Document(text=topic, published=date(2024, 1, 15))) == []


def test_a_count_of_facilities_in_the_region_before_a_colon_opens_a_list_of_hits() -> None:
    text = (
        "Turkish drones hit today a number of positions in the area: the Maabada oil station, a bakery near "
        "Girke Lege and a mill in Khanasir, where a worker was killed."
    )
    incidents = rule_incidents(Document(text=text, published=date(2024, 3, 4)))
    assert [i.primary_toponym.text for i in incidents if i.primary_toponym] == ["Maabada", "Girke Lege", "Khanasir"]


def test_the_strikes_told_again_over_sites_in_a_place_and_a_named_depot_are_two_hits() -> None:
    text = (
        "US jets struck militia sites overnight. The strikes hit positions in Maabada town and Khanasir, as well as "
        "the Jawadiyah weapons depots south of the river."
    )
    incidents = rule_incidents(Document(text=text, published=date(2024, 3, 4)))
    assert [(i.event_type.value, i.primary_toponym.text if i.primary_toponym else None) for i in incidents] == [
        ("airstrike", "Maabada"), ("airstrike", "Jawadiyah")
    ]
    # bare places after the first target's place stay with it
    text = "US jets struck militia sites overnight. The strikes hit positions in Maabada town and Khanasir."
    assert len(rule_incidents(Document(text=text, published=date(2024, 3, 4)))) == 1


def test_targets_included_with_no_colon_label_a_list_of_hits() -> None:
    text = (
        "US forces conducted airstrikes against militia groups in Syria on Friday night. "
        "Targets included a depot near Mayadin and a bridge in Hajin."
    )
    incidents = rule_incidents(Document(text=text, published=date(2024, 2, 4)))
    assert [i.primary_toponym.text for i in incidents if i.primary_toponym] == ["Mayadin", "Hajin"]
    assert {i.event_type.value for i in incidents} == {"airstrike"}
    # with no strike told before it, a topic
    topic = "Analysts said targets included a depot near Mayadin and a bridge in Hajin in past years."
    assert rule_incidents(Document(text=topic, published=date(2024, 2, 4))) == []


@pytest.mark.parametrize(
    "text",
    [
        "Regime forces shelled Hajin, and ISIS shelled Shuhail with mortars.",
        "Turkish drones struck Amuda, and Turkish artillery shelled Darbasiyah on Monday.",
    ],
)
def test_another_party_s_act_after_and_is_a_clause_of_its_own(text: str) -> None:
    assert len(split_clauses(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # ground taken, then more ground taken by the named party
        "Rebels took control of Sabkha after the garrison withdrew, and ISIS also seized the Tanak field after clashes.",
        # the monitor named without its article
        "The army took full control of Maadan after the rebels withdrew, and SOHR said gunmen executed two men.",
    ],
)
def test_another_capture_or_the_monitors_report_after_and_is_a_clause_of_its_own(text: str) -> None:
    assert len(split_clauses(text)) == 2


def test_a_capture_after_a_withdrawal_keeps_out_of_the_next_clauses_fight() -> None:
    text = (
        "ISIS took control of Sabkha after the rebels withdrew from the village, and ISIS also seized the Tanak field "
        "after clashes on Monday killed four rebels."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [(i.primary_toponym.text, i.killed.low if i.killed else None) for i in found] == [("Tanak field", 4)]


@pytest.mark.parametrize(
    "text",
    [
        # one party's single act, told on after "and"
        "ISIS shelled Sabkha, and also seized the Tanak field.",
        "Regime forces shelled Hajin, and the shells also struck a school.",
    ],
)
def test_one_partys_act_told_on_is_no_new_clause(text: str) -> None:
    assert len(split_clauses(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the same event told on: the passive, a pronoun, or no new subject
        "Jets struck Hajin, and the town was shelled again at night.",
        "Jets struck Hajin, and it targeted Shuhail too.",
        "Jets struck Hajin on Monday, and hit a bridge near the town.",
    ],
)
def test_no_new_named_subject_after_and_keeps_one_clause(text: str) -> None:
    assert len(split_clauses(text)) == 1


@pytest.mark.parametrize(
    ("text", "first", "second", "locates"),
    [
        # the second place says where the first lies
        ("the Tel Jihan grain silo in Derik", "Tel Jihan", "Derik", True),
        ("Amuda, west of Qamishli", "Amuda", "Qamishli", True),
        ("the Hol area of the Hasakah countryside", "Hol", "Hasakah", True),
        # a second place of its own, joined by a conjunction before its preposition
        ("stores in Tel Jihan and in Derik", "Tel Jihan", "Derik", False),
        ("posts in Amuda or in Qamishli", "Amuda", "Qamishli", False),
    ],
)
def test_only_locates_the_place_before(text: str, first: str, second: str, locates: bool) -> None:
    gap_start = text.index(first) + len(first)
    assert only_locates_the_place_before(text, gap_start, text.index(second)) is locates


def _items(listed: list[str]) -> int:
    """How many of a clause's listed places have a stretch of their own (a bracketed one only locates the one before)."""
    return sum(1 for item in listed if not item.startswith("("))


def test_a_list_framed_by_its_region_or_told_over_two_days_is_one_strike_per_target() -> None:
    # the region framing the list before its colon named by a hyphenated name; the strikes told over two days
    assert _items(_listed(
        "Turkish drones struck on Monday several targets in Al-Raqqa countryside: the Jazra gas plant near Tabqa, "
        "an oil station near Maadan, and a power station in Sabkha."
    )) == 3
    assert _items(_listed(
        "Turkish drones struck on Monday and Tuesday dawn the Jazra gas plant near Tabqa, an oil station near Maadan, "
        "and a power station in Sabkha."
    )) == 3
    # one target told by the region it lies in is a target of its own; facilities of a region stay the region's
    assert _items(_listed("Drones struck a fuel depot in Amuda, a mill near Tal Tamr and a bakery in the Zirgan countryside.")) == 3
    assert _items(_listed("Drones hit a silo near Tabqa and oil facilities in the Sabkha countryside.")) < 2
