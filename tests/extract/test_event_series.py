"""Events told as a series: list items and "another strike" take the type of the event they continue."""

from __future__ import annotations

import datetime

import pytest

from mapapp.extract import extract_incidents
from mapapp.model import Document, EventType


def incidents(text: str):
    return extract_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))


def test_the_items_of_an_announced_list_take_its_event() -> None:
    text = (
        "The toll of the latest air strikes by Turkish fighter jets on the north-east has risen to 13. "
        "According to the monitor, the toll of these strikes has risen to 13, distributed as follows:\n"
        "-Fighters:\n"
        "Eight were killed in the village of Kishma in the Hasakah countryside.\n"
        "Five were killed in strikes on a post in the village of Jadida.\n"
        "In a separate incident, gunmen shot dead a shepherd in the village of Tabia."
    )
    found = extract_incidents(Document(text=text))
    by_place = {i.primary_toponym.text: i for i in found if i.primary_toponym is not None}
    for place in ("Kishma", "Jadida"):
        assert by_place[place].event_type is EventType.AIRSTRIKE
        assert by_place[place].actor == "Turkish forces"
    assert by_place["Tabia"].event_type is EventType.ATTACK  # the list ended: an event of its own
    assert by_place["Tabia"].actor is None  # unnamed gunmen: no actor, and not the list's Turkish forces


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # "another strike" in the next sentence or a later clause is one more of the kind just told
        (
            (
                "A drone hit a pickup near the village of Tal Tamr on Monday, killing two men. Another strike hit a "
                "house in the town of Amuda, killing a boy."
            ),
            [EventType.DRONE_STRIKE, EventType.DRONE_STRIKE],
        ),
        (
            (
                "Warplanes bombed the town of Hajin on Friday, killing four people, while a second strike on the town "
                "of Susah killed two."
            ),
            [EventType.AIRSTRIKE, EventType.AIRSTRIKE],
        ),
        # "another explosion" after a mine or a car bomb is one more explosive device
        (
            (
                "A landmine exploded near the village of Baghouz on Monday, killing a shepherd. Another explosion "
                "killed two boys near the village of Susah."
            ),
            [EventType.IED, EventType.IED],
        ),
        (
            "A car bomb exploded in the town of Tal Abyad, killing five. A similar blast hit the town of Suluk, wounding two.",
            [EventType.CAR_BOMB, EventType.IED],
        ),
        # ... not after an air strike: an explosion told without its cause stays one
        (
            "Warplanes bombed the town of Hajin on Monday, killing five. Another explosion hit the town of Susah.",
            [EventType.AIRSTRIKE, EventType.OTHER],
        ),
        # a killing by gunmen is no kind to take over: "another attack" keeps its own reading
        (
            "Gunmen shot dead a farmer in the town of Susah on Monday. Another attack in the town of Hajin killed two.",
            [EventType.ATTACK, EventType.ATTACK],
        ),
    ],
)
def test_a_further_event_told_with_a_generic_word_is_of_the_kind_just_told(text: str, types: list) -> None:
    assert [incident.event_type for incident in incidents(text)] == types


@pytest.mark.parametrize(
    "label", ["Targets:", "Sites hit:", "Places hit:", "Targeted facilities:", "Targeted sites:", "Sites struck:"]
)
def test_every_wording_of_a_targets_label_splits_its_list(label: str) -> None:
    # the label's words are one list (lexicon.TARGETS_LABEL_WORDS) for the trigger and the clause splitter alike
    text = f"Turkish drones struck the Qamishli countryside on Monday. {label} the grain silo in Amuda, the power station in Derik."
    found = extract_incidents(Document(text=text, published=datetime.date(2024, 1, 16)))
    places = sorted(i.toponyms[0].span.text for i in found if i.toponyms)
    assert "Amuda" in places and "Derik" in places, places


@pytest.mark.parametrize("label", ["Targeted sites:", "Facilities targeted:", "Sites struck:"])
def test_a_list_after_a_targets_label_is_one_strike_per_target(label: str) -> None:
    text = (
        f"Russian jets bombed the Mayadin desert late on Friday. {label} a fuel depot near Tell Baydar, "
        "a bridge at Markada and an oil well in Shaddadi."
    )
    found = extract_incidents(Document(text=text, published=datetime.date(2023, 3, 4)))
    places = [i.toponyms[0].span.text for i in found if i.toponyms]
    assert {"Tell Baydar", "Markada", "Shaddadi"} <= set(places), places
    assert all(i.event_type is EventType.AIRSTRIKE for i in found), [i.event_type for i in found]
def _by_place(text: str) -> dict:
    return {i.primary_toponym.text: i for i in incidents(text) if i.primary_toponym is not None}


@pytest.mark.parametrize(
    "text, place, event_type",
    [
        (
            "Turkish warplanes bombed several villages north of Tal Tamr on Sunday. "
            "In Um Keif, a water station was hit and four civilians died.",
            "Um Keif",
            EventType.AIRSTRIKE,
        ),
        (
            "Russian jets pounded the countryside of Maadan on Friday. "
            "A school in the village of Maadan Atiq in the Raqqa countryside was struck, killing three pupils.",
            "Maadan Atiq",
            EventType.AIRSTRIKE,
        ),
        (
            "Turkish drones struck a silo near Amuda on Monday. A second strike set a farm in Tal Hamis ablaze, "
            "and a third targeted a flour mill in Jawadiyah, where one man died.",
            "Jawadiyah",
            EventType.DRONE_STRIKE,
        ),
    ],
)
def test_a_target_hit_with_no_weapon_named_is_one_more_of_the_strikes_just_told(
    text: str, place: str, event_type: EventType
) -> None:
    found = _by_place(text)[place]
    assert found.event_type is event_type
    assert found.actor is not None


@pytest.mark.parametrize(
    "text, place",
    [
        # the passive names its agent
        (
            "Turkish warplanes bombed several villages north of Tal Tamr on Sunday. "
            "In Um Keif, a shop was targeted by gunmen, wounding its owner.",
            "Um Keif",
        ),
        # the passive names its agent past a second verb: a road death, not a strike
        (
            "Turkish drones struck a car near Amuda on Monday. "
            "Later that day, a cyclist was struck and killed by a lorry in Tal Hamis.",
            "Tal Hamis",
        ),
        # no bombardment told before: a roadside bomb
        (
            "A roadside bomb killed two soldiers near Hajin on Sunday. In Shaafah, a house was struck, killing a woman.",
            "Shaafah",
        ),
        # the strikes told too far back
        (
            "Turkish warplanes bombed several villages north of Tal Tamr on Sunday. Residents fled towards Hasakah. "
            "Schools closed for the week. Aid groups asked for access. In Um Keif, a water station was hit and four "
            "civilians died.",
            "Um Keif",
        ),
    ],
)
def test_a_target_hit_keeps_its_own_type_without_strikes_just_told(text: str, place: str) -> None:
    found = _by_place(text).get(place)
    assert found is None or found.event_type not in (EventType.AIRSTRIKE, EventType.DRONE_STRIKE, EventType.SHELLING)
