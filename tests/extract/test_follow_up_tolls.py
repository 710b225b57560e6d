"""Tolls told across sentences: a toll that rose, a toll told after its event, the other side's dead."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest

from tests.extract.reading import rule_incidents
from mapapp.extract.dates import DateMention
from mapapp.extract.follow_up_tolls import day_named_event_told
from mapapp.model import Document, EventType


def incidents(text: str):
    return rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))


def bounds(casualties) -> tuple[int | None, int | None] | None:
    return None if casualties is None else (casualties.low, casualties.high)


def _bounds(found, kind: str = "killed") -> list[tuple[int | None, int | None] | None]:
    figures = [getattr(i, kind) for i in found]
    return [None if f is None else (f.low, f.high) for f in figures]


def test_toll_sentence_without_event_word_fills_the_incident() -> None:
    found = incidents("Turkish drones struck a car near Qamishli on Sunday. Two fighters were killed, the SDF said.")
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.low == 2


def test_a_toll_of_the_other_kind_in_a_later_sentence_fills_the_incident() -> None:
    found = incidents(
        "Militants killed 30 soldiers in an attack on a base near Tal Tamr on Monday. "
        "The monitor first counted 12 dead. "
        "It later said the number had grown with the bodies found at dawn, and that 45 were wounded."
    )
    assert len(found) == 1
    assert bounds(found[0].killed) == (30, 30)  # the earlier count fills nothing: the incident has its own
    assert bounds(found[0].injured) == (45, 45)


def test_a_toll_two_sentences_on_after_another_event_is_not_borrowed() -> None:
    found = incidents(
        "Militants killed 30 soldiers in an attack on a base near Tal Tamr on Monday. "
        "A drone struck a car near Amuda on Monday. "
        "Five people were wounded, medics said."
    )
    tal_tamr = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text == "Tal Tamr"]
    assert tal_tamr and tal_tamr[0].injured is None


def test_the_attackers_own_dead_in_the_next_sentence_are_added() -> None:
    found = incidents(
        "ISIS fighters ambushed an army convoy near Palmyra on Sunday, killing 15 soldiers. ISIS also lost six members."
    )
    assert len(found) == 1
    assert bounds(found[0].killed) == (21, 21)


def test_losses_of_a_party_that_was_not_the_attacker_are_not_added() -> None:
    found = incidents(
        "ISIS fighters ambushed an army convoy near Palmyra on Sunday, killing 15 soldiers. The SDF lost six members."
    )
    assert found and bounds(found[0].killed) == (15, 15)


@pytest.mark.parametrize(
    ("follow_up", "killed"),
    [
        ("The death toll later rose to eleven.", (11, 11)),
        ("The death toll from the bombing has risen to 13, medics said.", (13, 13)),
        ("Doctors said the toll had climbed to at least 12 overnight.", (12, None)),
        # a lower figure, a total over a period or an area, or a toll with a new event is not this incident's
        ("The death toll later rose to three.", (7, 7)),
        ("Since March the toll of bombings in the province has risen to 70.", (7, 7)),
        ("A second bomb exploded in the town, and the death toll rose to 20.", (7, 7)),
    ],
)
def test_a_risen_toll_of_the_event_just_told_replaces_its_figure(follow_up: str, killed: tuple) -> None:
    found = incidents(f"A car bomb exploded near the bakery in Tal Baydar on Monday, killing seven people. {follow_up}")
    bakery = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text == "Tal Baydar"]
    assert bounds(bakery[0].killed) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a later death that raises the toll, and "the number of dead" as the toll
        (
            (
                "A car bomb killed six people in the town of Tal Abyad on Monday. A boy later died of his wounds, "
                "raising the death toll to seven."
            ),
            (7, 7),
        ),
        ("A drone killed two men near the village of Zarkan on Monday. The number of dead later rose to four.", (4, 4)),
        ("A drone killed two men near the village of Zarkan on Monday. The death toll reached five.", (5, 5)),
        # a total over a period stays a tally
        ("A drone killed two men near the village of Zarkan on Monday. The number of dead this year rose to 40.", (2, 2)),
    ],
)
def test_a_toll_raised_in_the_next_sentence_replaces_the_figure(text: str, killed: tuple) -> None:
    found = incidents(text)
    assert len(found) == 1
    assert (found[0].killed.low, found[0].killed.high) == killed


def test_a_wounded_victim_who_died_of_the_wounds_is_counted_dead() -> None:
    found = incidents(
        "A mortar shell hit a school in the town of Hasakah on Monday, wounding a girl and two boys. The girl "
        "succumbed to her wounds on Tuesday."
    )
    assert len(found) == 1
    assert (found[0].killed.low, found[0].killed.high) == (1, 1)
    assert (found[0].injured.low, found[0].injured.high) == (2, 2)
    # a wounded victim told again without dying adds nothing
    found = incidents("A mortar shell hit a school in the town of Hasakah on Monday, wounding a girl. The girl is stable.")
    assert found[0].killed is None


def test_a_death_of_wounds_told_before_the_attack_is_its_toll() -> None:
    found = incidents(
        "A guard succumbed to his wounds on Tuesday. He had been wounded in an attack by gunmen on a checkpoint in "
        "the village of Kasra on Sunday."
    )
    assert len(found) == 1
    assert (found[0].killed.low, found[0].killed.high) == (1, 1)
    # the dead is among the wounded told by the attack
    found = incidents(
        "A woman died of her wounds in hospital. Shelling had hit her house in the village of Kasra on Friday, "
        "injuring her and her son."
    )
    assert (found[0].killed.low, found[0].killed.high) == (1, 1)
    assert (found[0].injured.low, found[0].injured.high) == (1, 1)
    # a death of wounds after an incident is that incident's (rule 4), never the next one's
    found = incidents(
        "Shelling hit the village of Kasra on Friday, wounding a man. The man died of his wounds in hospital. "
        "Gunmen attacked a checkpoint in the village of Tabia on Sunday."
    )
    assert [None if i.killed is None else i.killed.low for i in found] == [1, None]


def test_the_attackers_own_dead_told_with_also_are_added_to_the_toll() -> None:
    text = (
        "Islamic State group jihadists killed at least 14 members of the SDF in an attack near the town of Hajin "
        "overnight, a monitor said. Seven IS fighters were also killed in the clashes, the monitor said."
    )
    found = incidents(text)
    assert len(found) == 1
    assert found[0].actor == "ISIS"
    assert found[0].killed is not None and (found[0].killed.low, found[0].killed.high) == (21, None)


def test_a_later_sentence_counting_more_dead_adds_them_to_the_toll() -> None:
    # an ordinal, "more", "others" or "also" with the casualty verb: people beyond those counted
    assert _bounds(incidents(
        "A mine went off near Hajin on Monday, killing two farmers. A third farmer died later in hospital."
    )) == [(3, 3)]
    assert _bounds(incidents(
        "A bomb hit a patrol near Hajin on Monday. One guard was killed at once. Two more died on the way to hospital."
    )) == [(3, 3)]
    assert _bounds(incidents(
        "A drone killed an SDF commander near Hajin on Monday. Two of his guards were also killed in the strike."
    )) == [(3, 3)]
    assert _bounds(incidents(
        "Fighting broke out between SDF fighters and gunmen in Hajin on Monday. One SDF fighter was killed. "
        "Four gunmen were also killed in the exchange of fire."
    )) == [(5, 5)]
    # the same toll told again, or a part of a toll told with its parts, is not added
    assert _bounds(incidents("A mine went off near Hajin on Monday, killing two farmers. Two farmers were killed.")) == [(2, 2)]
    assert _bounds(incidents(
        "A car bomb in Hajin on Monday left 12 people dead, including three guards. Two officers were also killed in "
        "the blast."
    )) == [(12, 12)]


def test_some_of_the_wounded_dying_later_move_to_the_dead() -> None:
    found = incidents("Shells hit a street in Hajin on Monday evening. Five people were hurt. Two of them later died.")
    assert _bounds(found) == [(2, 2)] and _bounds(found, "injured") == [(3, 3)]


def test_a_risen_toll_of_one_named_event_is_that_events_toll() -> None:
    # the article is the update: the event it names is an incident, with the toll it has now
    assert _bounds(incidents("The death toll from Sunday's bomb blast in Hajin has risen to seven, a source said.")) == [
        (7, 7)
    ]
    assert _bounds(incidents(
        "The number of people killed in the drone strike on a truck near Hajin on Monday rose to three."
    )) == [(3, 3)]
    # a toll over a period or over several events stays a tally
    assert incidents("The death toll of drone strikes on Hajin since May has risen to 40.") == []
    assert incidents("The toll of the shelling of Hajin over the past week rose to 12.") == []
    # the next sentence raising the toll: "has since risen" is no period, "the number of dead farmers" a toll
    assert _bounds(incidents("A mine killed two farmers near Hajin on Monday. The toll has since risen to four.")) == [(4, 4)]
    assert _bounds(incidents(
        "A mine killed two farmers near Hajin on Monday. The number of dead farmers rose to three on Tuesday."
    )) == [(3, 3)]


def test_the_attackers_losses_told_after_the_toll_are_added() -> None:
    found = incidents(
        "Five soldiers were killed in an ISIS ambush near Hajin on Monday. ISIS lost three militants in the ambush."
    )
    assert _bounds(found) == [(8, 8)]


def test_a_death_raising_the_toll_of_one_named_event_gives_that_toll() -> None:
    assert _bounds(incidents(
        "A wounded guard died on Sunday, raising the death toll of the ambush near Hajin on Saturday to 12."
    )) == [(12, 12)]
    assert _bounds(incidents(
        "Another farmer died of his wounds on Friday, bringing to six the number of people killed by the shelling "
        "on Hajin on Thursday."
    )) == [(6, 6)]
    # the toll now counts the bodies the clause tells of: not added to them
    assert _bounds(incidents(
        "Two more bodies were pulled from the rubble on Wednesday, taking the death toll from the air strike on "
        "Hajin to 14."
    )) == [(14, 14)]
    # a toll over a period is a tally: the clause keeps its own dead
    assert _bounds(incidents(
        "A drone killed two guards near Hajin on Thursday, bringing the number of guards killed in strikes this "
        "month to 17."
    )) == [(2, 2)]


def test_the_attackers_losses_told_as_losses_are_added() -> None:
    found = incidents(
        "ISIS cells killed four soldiers in an attack on a post near Hajin on Saturday. ISIS members also suffered "
        "losses, with two of them killed in the clashes."
    )
    assert _bounds(found) == [(6, 6)]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the dead of the other side of the fight, told in the next sentence, add up
        ("ISIS cells attacked an army post near Hajin on Sunday, killing five soldiers. Four attackers were killed in "
         "the exchange of fire.", (9, 9)),
        ("Gunmen raided a checkpoint near Shaddadi on Monday, killing two guards. Three militants died as the raid was "
         "repelled.", (5, 5)),
        # a strike's dead have no other side; a separate event is another incident
        ("A Turkish drone killed two SDF fighters near Amuda on Sunday. Two militants were killed in a separate strike.",
         (2, 2)),
        ("A Turkish drone killed two SDF fighters near Amuda on Sunday. Two militants were killed.", (2, 2)),
        ("Turkish shelling killed two SDF fighters near Amuda on Sunday. Three militants died.", (2, 2)),
        # the same side told again is no further figure
        ("ISIS attacked a post near Hajin on Sunday, killing four soldiers. Four soldiers were killed in the attack.",
         (4, 4)),
    ],
)
def test_other_side_dead_in_the_next_sentence(text: str, killed: tuple) -> None:
    found = incidents(text)
    assert found and (found[0].killed.low, found[0].killed.high) == killed


def test_a_toll_told_with_also_at_another_place_after_a_strike_is_one_more_hit() -> None:
    found = incidents("Turkish drones hit a checkpoint near Derik on Monday, killing two fighters. A farmer was also hurt in Tirbespiye.")
    assert [(i.event_type, i.primary_toponym.text) for i in found if i.primary_toponym] == [
        (EventType.DRONE_STRIKE, "Derik"),
        (EventType.DRONE_STRIKE, "Tirbespiye"),
    ]
    assert found[1].injured is not None and found[1].injured.low == 1
    # (not after an attack on a person, nor without "also")
    assert len(incidents("Gunmen shot dead a teacher in Hajin on Monday. A shepherd was also wounded in Gharanij.")) == 1


def test_a_claim_in_quotation_marks_is_not_added_as_the_other_sides_dead() -> None:
    text = (
        "ISIS fighters attacked army positions near Mayadin on Saturday, killing 14 soldiers, a monitor said. "
        'State media said the army repelled the attack and killed "dozens of terrorists".'
    )
    found = rule_incidents(Document(text=text))
    assert [(i.killed.low, i.killed.high) for i in found] == [(14, 14)]


@pytest.mark.parametrize(
    "zero",
    [
        "There are no indications of civilian casualties.",
        "There was no sign that any civilians were killed or wounded.",
        "No civilians were believed to be hurt.",
    ],
)
def test_a_zero_of_the_civilians_after_a_killing_keeps_the_dead(zero: str) -> None:
    text = f"A drone strike near Tal Abyad on Monday killed a senior militant commander. {zero}"
    incidents = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 10)))
    assert len(incidents) == 1
    killed, injured = incidents[0].killed, incidents[0].injured
    assert killed is not None and killed.low == killed.high == 1
    assert injured is not None and injured.low == injured.high == 0


@pytest.mark.parametrize(
    ("second", "killed"),
    [
        ("His bodyguard was killed in the attack.", 2),
        ("Her two brothers were also killed.", 3),
        ("His body was taken to the hospital in Hasakah.", 1),  # the victim told, no one more
    ],
)
def test_someone_of_the_victims_killed_after_the_victim_is_one_more_dead(second: str, killed: int) -> None:
    text = f"Gunmen shot dead a council member near Busayra on Monday. {second}"
    incidents = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 10)))
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.low == incidents[0].killed.high == killed


def test_someone_of_a_speaker_told_again_is_not_one_more_wounded() -> None:
    text = (
        "Army shells wounded a woman and a child in the village of Hamra on Monday. "
        "A farmer said a shell exploded near his house, wounding his daughter with shrapnel."
    )
    incidents = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 10)))
    assert len(incidents) == 1
    assert incidents[0].injured is not None and incidents[0].injured.low == incidents[0].injured.high == 2


def test_a_risen_toll_past_a_long_description_of_its_event_is_read() -> None:
    text = (
        "Over 20 guards killed in ambush near Kasra\n"
        "The toll of yesterday's ambush, in which gunmen hiding by the desert road east of the town of Kasra "
        "opened fire on a truck of oil company guards close to the river crossing, has now risen to 26 as two "
        "of the wounded died."
    )
    incidents = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 10)))
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.low == incidents[0].killed.high == 26


def test_a_toll_naming_a_site_hit_goes_to_the_strike_on_that_site() -> None:
    text = (
        "Drones struck the Jabsa oil station near Shaddadi on Sunday, while jets hit the water plant in Tal Tamr. "
        "A guard at the oil station was killed and three workers were wounded."
    )
    station, plant = incidents(text)
    assert (bounds(station.killed), bounds(station.injured)) == ((1, 1), (3, 3))
    assert plant.killed is None and plant.injured is None


def test_a_toll_naming_no_site_goes_to_the_last_strike() -> None:
    text = (
        "Drones struck the Jabsa oil station near Shaddadi on Sunday, while jets hit the water plant in Tal Tamr. "
        "A guard was killed and three workers were wounded."
    )
    station, plant = incidents(text)
    assert station.killed is None and (bounds(plant.killed), bounds(plant.injured)) == ((1, 1), (3, 3))


@pytest.mark.parametrize(
    ("follow_up", "killed"),
    [
        # another source's count of the same dead, told next: one toll by two sources, a range
        ("Residents of the town put the death toll at nine.", (6, 9)),
        ("A medical source gave a death toll of four.", (4, 6)),
        # ... a toll that rose stays the higher figure, and more dead told are added
        ("The death toll later rose to eight.", (8, 8)),
        ("Two more people died in hospital overnight.", (8, 8)),
        # ... and the wounded counted beside the dead are not added to them: the dead are nine by this source
        ("Medics put the death toll at nine and the wounded at 12.", (6, 9)),
    ],
)
def test_another_sources_toll_told_next_is_a_range(follow_up: str, killed: tuple[int, int]) -> None:
    found = incidents("Artillery shells killed six civilians in Kasra on Tuesday, the monitor said. " + follow_up)
    assert _bounds(found) == [killed]



def test_a_toll_that_names_the_place_of_one_hit_of_a_list_is_that_hit_s() -> None:
    text = (
        "Turkish drones struck infrastructure across the region overnight. Officials said the strikes hit the Tal Hamis "
        "gas plant by Derik, a power station in Zirgan and a pumping station outside Kasra. "
        "Two workers were wounded at the Tal Hamis plant."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [(i.toponyms[0].text, i.injured.low if i.injured else None) for i in found] == [
        ("Tal Hamis", 2),
        ("Zirgan", None),
        ("Kasra", None),
    ]
    # a toll naming no place of the list stays with the last hit told
    found = rule_incidents(Document(text=text.replace(" at the Tal Hamis plant", " there"), published=datetime.date(2024, 5, 8)))
    assert [i.injured.low if i.injured else None for i in found] == [None, None, 2]
def test_a_zero_told_past_a_sentence_of_damage_fills_the_incident() -> None:
    found = incidents(
        "Turkish jets struck the village of Shaafah on Monday. A house and a barn were damaged. There were no casualties."
    )
    assert len(found) == 1
    assert bounds(found[0].killed) == (0, 0) and bounds(found[0].injured) == (0, 0)


def test_a_zero_told_past_another_event_is_not_borrowed() -> None:
    found = incidents(
        "Turkish jets struck the village of Shaafah on Monday. Gunmen shot a guard in Kasra on Monday. "
        "There were no casualties."
    )
    shaafah = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text == "Shaafah"]
    assert shaafah and shaafah[0].killed is None and shaafah[0].injured is None


def test_a_figure_told_past_a_sentence_telling_no_event_fills_the_incident() -> None:
    found = incidents(
        "ISIS fighters stormed army posts in the village of Jadid Ekaidat on Monday. "
        "The soldiers fell back toward Sabha. Hospital sources said 14 soldiers were killed."
    )
    assert len(found) == 1 and bounds(found[0].killed) == (14, 14)


def test_a_figure_told_past_another_event_is_not_borrowed() -> None:
    found = incidents(
        "ISIS fighters stormed army posts in the village of Jadid Ekaidat on Monday. "
        "Gunmen shot a guard in Kasra on Tuesday. Hospital sources said 14 soldiers were killed."
    )
    stormed = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text == "Jadid Ekaidat"]
    assert stormed and stormed[0].killed is None


@pytest.mark.parametrize(
    "toll",
    [
        # a toll told of another time at the same site is no toll of the attack just told
        "Last year, seven guards were killed at the same post.",
        "In 2019, seven guards were killed at the same post.",
        "Seven guards were killed at the same post on March 3.",
        "Two years ago, seven guards were killed at the same post.",
    ],
)
def test_a_toll_dated_at_another_time_does_not_join_the_incident(toll: str) -> None:
    found = incidents("Gunmen attacked a post near Markada on Friday. " + toll)
    assert found and all(i.killed is None for i in found)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a toll told on a later day (more dead) or on the incident's own day still joins it
        ("Gunmen attacked a post near Markada on Friday, killing three guards. Two more died on Saturday.", (5, 5)),
        ("Gunmen attacked a post near Markada on Friday. Seven guards were killed on Friday.", (7, 7)),
        ("Gunmen attacked a post near Markada on Friday. Seven guards were killed.", (7, 7)),
        # the victim just told, dead of wounds on a later day
        ("Gunmen shot a guard at a post near Markada on Friday. The guard died of his wounds on Sunday.", (1, 1)),
    ],
)
def test_a_toll_of_the_same_day_or_of_more_dead_later_joins_the_incident(
    text: str, killed: tuple[int, int]
) -> None:
    found = incidents(text)
    assert len(found) == 1 and bounds(found[0].killed) == killed


def _type_tolls(text: str) -> list[tuple[str, tuple[int | None, int | None] | None]]:
    return [(i.event_type.value, bounds(i.killed)) for i in incidents(text)]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # past the car bomb that opened the assault, told meanwhile
        (
            "Report\n\nFighting between the SDF and ISIS raged for a third day on Monday around the Kawkab prison. The "
            "assault on the prison began on Saturday when a car bomb exploded at its gate. Since then, at least 30 "
            "militants and 12 SDF fighters have been killed, a monitor said.",
            (42, None),
        ),
        # the days of the fight named
        (
            "Report\n\nThe SDF fought ISIS in the town of Shheil on Monday. Coalition jets struck the town overnight. "
            "The monitor said 30 militants and 12 SDF fighters had been killed since Saturday.",
            (42, 42),
        ),
    ],
)
def test_the_dead_told_over_the_days_of_a_fight_are_that_fight_s(text: str, killed: tuple) -> None:
    tolls = _type_tolls(text)
    assert ("armed_clash", killed) in tolls
    assert all(figure is None for kind, figure in tolls if kind != "armed_clash")


@pytest.mark.parametrize(
    "text",
    [
        # a war's span, not the fight's
        "Report\n\nThe SDF fought ISIS in the town of Shheil on Monday. Coalition jets struck the town overnight. Over "
        "400,000 people have died across Syria since 2011.",
        # a fight told only by the title: the body's toll over its days stays a tally
        "SDF and army trade fire near Shheil\n\nArmy shelling hit the village of Kasra on Friday. The fighting has "
        "killed at least 14 people since Wednesday, according to a monitor.",
        # no fight told: a strike's dead over days stay a tally
        "Report\n\nCoalition jets struck the town of Shheil on Monday. The monitor said 30 militants had been killed "
        "in strikes since Saturday.",
    ],
)
def test_a_toll_over_another_span_is_no_fight_s(text: str) -> None:
    assert all(killed is None for _, killed in _type_tolls(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "since then" past a bomb told after the fight: the bomb's time, not the fight's days
        (
            "Report\n\nThe SDF fought ISIS in the village of Sousa on Monday. On Wednesday an IED went off at a "
            "checkpoint in Sousa. Since then, five people have died of their wounds.",
            [("armed_clash", None), ("ied", None)],
        ),
        # ... unless the clause names the fight again; and right after the fight, its days
        (
            "Report\n\nThe SDF fought ISIS in the village of Sousa on Monday. On Wednesday an IED went off at a "
            "checkpoint in Sousa. Since then, five fighters have died in the fighting.",
            [("armed_clash", (5, 5)), ("ied", None)],
        ),
        (
            "Report\n\nThe SDF fought ISIS in the village of Sousa on Monday. Since then, five fighters have died, a "
            "monitor said.",
            [("armed_clash", (5, 5))],
        ),
    ],
)
def test_since_then_is_the_time_of_the_event_told_last(text: str, expected: list) -> None:
    assert _type_tolls(text) == expected


def test_the_dead_of_a_fight_counted_with_its_own_event_word_over_its_days_are_that_fight_s() -> None:
    text = (
        "Report\n\nISIS fighters overran the Kawkab air base on Sunday following a week of heavy clashes, a monitor said. "
        "Over 200 people had died in the battle over the airfield since it began, the monitor added."
    )
    assert ("armed_clash", (201, None)) in _type_tolls(text)


@pytest.mark.parametrize(
    "assessment",
    ["So far there are no indications of harm to civilians.", "There is no sign that civilians were killed or wounded."],
)
def test_an_assessment_of_no_harm_gives_its_zero_but_is_not_the_strikes_evidence(assessment: str) -> None:
    text = f"On May 2, coalition aircraft bombed a desert hideout used by ISIS near Hajin. {assessment}"
    incidents = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 10)))
    assert len(incidents) == 1
    assert assessment not in incidents[0].evidence_text
    assert incidents[0].killed is not None and incidents[0].killed.high == 0


def test_a_toll_told_next_is_still_the_strikes_evidence() -> None:
    text = "On May 2, coalition aircraft bombed a desert hideout used by ISIS near Hajin. No civilians were hurt."
    incidents = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 10)))
    assert len(incidents) == 1 and "No civilians were hurt." in incidents[0].evidence_text


def test_the_place_told_after_an_assessment_of_no_harm_is_still_the_incidents() -> None:
    text = (
        "On May 2, coalition troops landed by helicopter in Syria and killed a senior ISIS official. "
        "There is no indication that civilians were hurt. The raid took place near the town of Markada."
    )
    incidents = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 10)))
    assert len(incidents) == 1
    assert "There is no indication" not in incidents[0].evidence_text


@pytest.mark.parametrize("label", ["Update:", "UPDATE 14:05:", "Toll -", "Correction:"])
def test_a_toll_in_an_update_line_past_lines_telling_no_event_fills_the_incident(label: str) -> None:
    found = incidents(
        "Loud blast heard in the market of Amuda, a motorbike bomb went off near the bakery.\n"
        "Medics on their way.\nNo details yet.\nMore to follow.\n"
        f"{label} three dead and eight wounded at the hospital.\n"
    )
    assert len(found) == 1
    assert bounds(found[0].killed) == (3, 3)
    assert bounds(found[0].injured) == (8, 8)


def test_a_toll_of_the_other_kind_in_an_update_line_completes_the_incident() -> None:
    found = incidents(
        "Gunmen stormed a police post in Al-Busayrah at night, killing one policeman.\n"
        "The attackers escaped on motorbikes.\nRoads around the town were closed.\n"
        "Update: one killed, four wounded.\n"
    )
    assert len(found) == 1
    assert bounds(found[0].killed) == (1, 1)
    assert bounds(found[0].injured) == (4, 4)


def test_a_toll_line_without_an_update_label_far_after_the_incident_is_not_its() -> None:
    found = incidents(
        "Loud blast heard in the market of Amuda, a motorbike bomb went off near the bakery.\n"
        "Medics on their way.\nNo details yet.\nMore to follow.\n"
        "Three dead and eight wounded at the hospital.\n"
    )
    assert len(found) == 1 and found[0].injured is None


def test_an_update_line_past_a_line_telling_another_event_is_not_the_first_ones() -> None:
    found = incidents(
        "A motorbike bomb went off near the bakery in the market of Amuda.\n"
        "Medics on their way.\nNo details yet.\n"
        "Separately, a drone struck a car near Derbasiyah.\n"
        "Update: eight wounded in total.\n"
    )
    amuda = [i for i in found if i.primary_toponym is not None and i.primary_toponym.text == "Amuda"]
    assert amuda and amuda[0].injured is None


@pytest.mark.parametrize(
    "text",
    [
        "Two rockets were fired at the coalition base at Al-Omar field on Tuesday night. "
        "Shortly after, coalition guns shelled militia positions in Mayadin. No casualties were reported.",
        "Regime forces shelled Al-Busayrah from their positions across the river, while the SDF targeted their "
        "positions in Mayadin with heavy machine guns. No casualties were reported.",
    ],
)
def test_a_zero_after_an_exchange_of_fire_is_the_zero_of_both_events(text: str) -> None:
    found = incidents(text)
    assert len(found) == 2
    assert _bounds(found, "injured") == [(0, 0), (0, 0)]
    assert _bounds(found, "killed") == [(0, 0), (0, 0)]


@pytest.mark.parametrize(
    "text",
    [
        # no answer: two events of their own, the zero is the last one's
        "Two rockets were fired at the coalition base at Al-Omar field on Tuesday night. "
        "A drone struck a car near Mayadin. No casualties were reported.",
        # the event answered has its own toll
        "Gunmen attacked a checkpoint at Al-Omar field on Tuesday night, killing two guards. "
        "Shortly after, coalition guns shelled positions near Mayadin. No casualties were reported.",
    ],
)
def test_a_zero_after_an_event_that_is_no_answer_stays_the_last_ones(text: str) -> None:
    found = incidents(text)
    assert len(found) == 2
    assert found[0].injured is None
    assert bounds(found[1].injured) == (0, 0)


def test_a_provinces_toll_since_a_day_before_the_fight_is_not_the_fights() -> None:
    # (published on a Wednesday: the toll's span opens on the Thursday before the Saturday clash)
    text = "Tribal fighters clashed with Asayish units in Busayrah on Saturday. A monitor said 23 had died since Thursday in Deir ez-Zor province."
    found = incidents(text)
    assert len(found) == 1 and found[0].killed is None


@pytest.mark.parametrize(
    "text",
    [
        # the span opens on the fight's day, or after it
        "Tribal fighters clashed with Asayish units in Busayrah on Saturday. A monitor said 23 had died since Saturday.",
        "Tribal fighters clashed with Asayish units in Busayrah on Thursday. A monitor said 23 had died since Saturday.",
        # told of no province: the dead of the fight so far, whose earlier days the report need not tell
        "Tribal fighters clashed with Asayish units in Busayrah on Saturday. A monitor said 23 had died since Thursday.",
        # the province's toll opening on the fight's day
        "Tribal fighters clashed with Asayish units in Busayrah on Saturday. A monitor said 23 had died since Saturday in Deir ez-Zor province.",
        # the fight's day unknown: the toll is its dead, as before
        "Tribal fighters clashed with Asayish units in Busayrah. A monitor said 23 had died since Thursday in Deir ez-Zor province.",
    ],
)
def test_a_toll_since_the_fights_day_or_an_unknown_one_is_the_fights(text: str) -> None:
    found = incidents(text)
    assert len(found) == 1 and bounds(found[0].killed) == (23, 23)


def test_a_toll_since_a_weekday_with_no_publication_date_is_the_fights() -> None:
    text = "Tribal fighters clashed with Asayish units in Busayrah on Saturday. A monitor said 23 had died since Thursday in Deir ez-Zor province."
    found = rule_incidents(Document(text=text))
    assert len(found) == 1 and bounds(found[0].killed) == (23, 23)


@pytest.mark.parametrize(
    "text",
    [
        # a fight told as spreading over a region: its dead over the days are the region's count, no one fight's
        (
            "Report\n\nClashes between the army and tribal gunmen spread across Raqqa province on Tuesday. A monitor "
            "said 40 people had been killed since Saturday."
        ),
        (
            "Report\n\nFighting between the SDF and clan fighters spread to more villages on Tuesday. A monitor said 40 "
            "people had been killed since Saturday."
        ),
        # a fight placed only by a region
        (
            "Report\n\nThe SDF ended its operation in the southern countryside of Hasakah on Tuesday after days of "
            "fighting with clan fighters. It said 40 of its fighters had died since Saturday."
        ),
    ],
)
def test_the_dead_over_the_days_of_a_fight_over_a_region_are_no_incident_s(text: str) -> None:
    assert all(killed is None for _, killed in _type_tolls(text))


@pytest.mark.parametrize(
    "text",
    [
        # a fight at one place, told with the region it lies in or spread inside the place: its dead
        (
            "Report\n\nClashes between the army and tribal gunmen broke out in Markada in Hasakah province on Tuesday. "
            "A monitor said 40 people had been killed since Saturday."
        ),
        (
            "Report\n\nFighting between the SDF and ISIS raged in the streets of Shuhail on Tuesday. A monitor said 40 "
            "people had been killed since Saturday."
        ),
        (
            "Report\n\nThe SDF fought ISIS in the town of Hajin on Tuesday. The monitor said 40 people had been killed "
            "since Saturday."
        ),
    ],
)
def test_the_dead_over_the_days_of_a_fight_at_a_place_stay_its(text: str) -> None:
    assert ("armed_clash", (40, 40)) in _type_tolls(text)


@pytest.mark.parametrize(
    "text",
    [
        # a fight at a named town whose clause also says "throughout", "across" or "spread": still that town's fight
        (
            "Report\n\nClashes between the SDF and ISIS went on in Sabkha throughout Saturday night. A monitor said "
            "27 people had been killed since Thursday."
        ),
        (
            "Report\n\nRegime troops fired across the Euphrates at SDF posts in Jadid Ekeidat on Saturday, setting off "
            "clashes. A monitor said 27 people had been killed since Thursday."
        ),
        (
            "Report\n\nFighting between clan gunmen and the SDF in Diban spread to the farms around it on Saturday. "
            "A monitor said 27 people had been killed since Thursday."
        ),
    ],
)
def test_the_dead_over_the_days_of_a_town_s_fight_told_with_a_word_of_spread_stay_its(text: str) -> None:
    assert ("armed_clash", (27, 27)) in _type_tolls(text)


@pytest.mark.parametrize(
    ("correction", "killed", "injured"),
    [
        # a correction or update line gives the toll as it now stands: it replaces the first figure, never adds to it
        ("Correction: 6 killed.", (6, 6), (9, 9)),
        ("Update: 5 dead and 11 injured.", (5, 5), (11, 11)),
        # (a kind the line does not tell keeps its first figure)
        ("Update: 12 injured.", (4, 4), (12, 12)),
    ],
)
def test_an_update_line_replaces_the_toll_told_first(correction: str, killed: tuple, injured: tuple) -> None:
    found = incidents(
        "A car bomb went off near the police station in Amuda.\n"
        "Info: 4 killed, 9 injured.\n"
        f"{correction}\n"
    )
    assert len(found) == 1
    assert (bounds(found[0].killed), bounds(found[0].injured)) == (killed, injured)


@pytest.mark.parametrize(
    "correction",
    [
        # a correction that gives the figure it withdraws: the toll told stays
        "Correction: an earlier version of this post said 7 were killed.",
        "Correction: the toll was wrongly reported as 7 killed and 2 injured.",
    ],
)
def test_a_correction_giving_the_withdrawn_figure_leaves_the_toll(correction: str) -> None:
    found = incidents("A car bomb went off near the police station in Amuda.\nInfo: 4 killed, 9 injured.\n" + correction + "\n")
    assert len(found) == 1
    assert (bounds(found[0].killed), bounds(found[0].injured)) == ((4, 4), (9, 9))


def test_a_risen_toll_in_an_update_line_past_lines_telling_no_event_replaces_the_first() -> None:
    found = incidents(
        "Two blasts shook the town of Amuda this morning.\n"
        "Initial toll: 7 martyrs and 20 injured.\n"
        "Medics on their way.\n"
        "Update: number of martyrs rose to 9.\n"
    )
    assert len(found) == 1
    assert bounds(found[0].killed) == (9, 9)


def test_a_risen_toll_far_after_the_incident_without_an_update_label_is_not_its() -> None:
    # (negative: a bare line far after the event is no update of it)
    found = incidents(
        "Two blasts shook the town of Amuda this morning.\n"
        "Initial toll: 7 martyrs and 20 injured.\n"
        "Medics on their way.\n"
        "The number of martyrs rose to 9.\n"
    )
    assert len(found) == 1
    assert bounds(found[0].killed) == (7, None)


def test_the_releases_own_dead_in_the_next_sentence_add_to_the_enemys() -> None:
    # the speaker's side is the fight's other side: "killing four of them. Two of our soldiers were martyred."
    found = incidents(
        "Our units repelled an attack by the gangs on our posts near Maskana on Monday, killing four of them. "
        "Two of our soldiers were martyred."
    )
    assert len(found) == 1
    assert bounds(found[0].killed) == (6, 6)


def test_our_dead_after_fighters_told_dead_are_not_added_again() -> None:
    # (negative: the "our people" rule is for the enemy's dead told first; fighters told dead, then "our fighters"
    # martyred, are one side counted again, as before the rule)
    found = incidents(
        "ISIS attacked an SDF post near Hajin on Monday, killing three SDF fighters. "
        "Three of our fighters were martyred."
    )
    assert len(found) == 1
    assert bounds(found[0].killed) == (3, 3)


def test_own_dead_counted_in_the_first_toll_are_not_added_again_as_the_other_side() -> None:
    # "losing three of their own" is counted with the enemy's dead; the next sentence's three fighters are those three
    found = incidents(
        "The SDF killed 18 militants in clashes near Hajin on Monday, losing three of their own. "
        "Three SDF fighters were killed during the clashes."
    )
    assert len(found) == 1
    assert bounds(found[0].killed) == (21, 21)


def test_our_dead_after_enemy_fighters_of_another_figure_are_added() -> None:
    # the same-figure guard above is no bar to the enemy's armed men told dead first and the speaker's own after
    found = incidents(
        "YPG statement\n\nOn 3 June, our units raided an ISIS hideout near Markada, in which 9 gang members were "
        "killed. Two of our fighters fell martyrs in the raid."
    )
    assert len(found) == 1
    assert bounds(found[0].killed) == (11, 11)


def test_a_toll_told_again_goes_on_telling_the_incident() -> None:
    # the headline's toll retold by the body's first sentence, then the other side's dead in the next one
    found = incidents(
        "Military council: 12 militants killed in Jurdi operation\n\n"
        "The council announced the close of the operation to sweep Jurdi, during which 12 militants were killed and 8 "
        "were captured. Three fighters of the council fell martyrs in the clashes.\n"
    )
    assert len(found) == 1
    assert bounds(found[0].killed) == (15, 15)


def test_the_enemys_dead_told_by_a_release_stay_apart_from_civilians() -> None:
    # (negative: a later "our" toll of another event, told as separate, is not added)
    found = incidents(
        "Our units repelled an attack by the gangs on our posts near Maskana on Monday, killing four of them. "
        "In a separate attack, two of our soldiers were martyred near Dibsi."
    )
    maskana = [i for i in found if bounds(i.killed) == (4, 4)]
    assert maskana


@pytest.mark.parametrize(
    "text",
    [
        # the enemy's dead told by a pronoun, the defenders' dead next
        "Kurdish fighters repelled an attack by the militants on the village of Tal Jihan on Monday, killing nine of "
        "them. Three Kurdish fighters died.",
        # a release's "our comrades" after the enemy's dead
        "Last night militants attacked our post near Shuhail. The clashes went on for hours and 9 terrorists were "
        "killed. 3 of our comrades were martyred.",
    ],
)
def test_the_other_sides_dead_after_a_pronoun_or_our_people_add_to_the_fight(text: str) -> None:
    found = [i for i in incidents(text) if i.killed is not None]
    assert len(found) == 1
    assert bounds(found[0].killed) == (12, 12)


def test_the_dead_after_a_strikes_pronoun_toll_are_not_its_other_side() -> None:
    # (negative: a strike's dead have no other side: "them" of a strike is not an enemy that fought back)
    found = incidents(
        "Coalition jets struck a convoy of the militants near Hajin on Monday, killing nine of them. "
        "Three Kurdish fighters died."
    )
    assert any(bounds(i.killed) == (9, 9) for i in found)


def test_a_sides_own_dead_already_counted_are_not_added_again() -> None:
    # "killing three SDF fighters. ... losing three of their own": the same three told from the SDF's side, so the
    # attackers' 11 are added once, not the three again
    found = incidents(
        "Militants attacked an SDF post near Susah on Friday, killing three SDF fighters. "
        "The SDF said it killed 11 attackers, losing three of their own."
    )
    assert [bounds(i.killed) for i in found] == [(14, 14)]


def test_the_dead_of_an_accident_told_after_a_fight_are_not_its_other_side() -> None:
    # (negative: fighters who died in a road accident after the fight are no dead of the fight)
    found = incidents(
        "Kurdish fighters repelled an attack by the militants on the village of Tal Jihan on Monday, killing nine of "
        "them. Three Kurdish fighters died in a traffic accident on the road to Raqqa."
    )
    assert [bounds(i.killed) for i in found if i.killed is not None] == [(9, 9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll told after a list of places struck, naming none of them: up to the toll at each
        (
            "Our Air Force struck targets of the terrorist organisation in the Amuda, Derbasiyah and Tal Tamr regions. "
            "9 terrorists were neutralized.",
            [(0, 9), (0, 9), (0, 9)],
        ),
        (
            "Warplanes bombed a depot of the militias in Mayadin and their positions in Albu Kamal and Hajin. "
            "Later: 14 fighters killed, sources said.",
            [(0, 14), (0, 14)],
        ),
    ],
)
def test_a_toll_told_after_a_list_of_places_is_shared_as_a_bound(text: str, expected: list) -> None:
    assert _bounds(incidents(text)) == expected


def test_a_toll_told_after_one_event_or_at_a_named_item_is_exact() -> None:
    # (negatives: one place struck; the toll's place named; the list's items told their own tolls)
    assert _bounds(incidents("Warplanes bombed a depot of the militias in Mayadin. Later: 14 fighters killed.")) == [(14, 14)]
    found = incidents(
        "Warplanes bombed a depot of the militias in Mayadin and their positions in Albu Kamal. "
        "In Albu Kamal, 14 fighters were killed."
    )
    assert (0, 14) not in _bounds(found)
    found = incidents(
        "Warplanes bombed a depot of the militias in Mayadin and their positions in Albu Kamal. "
        "Fourteen fighters were killed there."
    )
    assert _bounds(found) == [None, (14, 14)]


def test_the_strikes_told_again_with_their_own_toll_after_a_shared_one_are_another_hit() -> None:
    found = incidents(
        "In Deir Ezzor, the raids hit militia posts in Mayadin, the Albu Kamal countryside and the Hajin "
        "depots to the west of Deir Ezzor city, residents said. A monitor said 14 fighters were killed.\n\n"
        "In Iraq, the strikes targeted the Qaim border area, killing five people according to officials."
    )
    assert _bounds(found) == [(0, 14), (0, 14), (5, 5)]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a wire lede's vague toll, then a ministry's count in the next sentence
        (
            "Jets bombed army posts near Mayadin on Friday, killing dozens of soldiers. "
            "The defence ministry put the toll at 57 soldiers killed and about 80 injured.",
            (57, 57),
            (80, 80),
        ),
        # scores, then a monitor's count with its parts
        (
            "Militants overran the Harabesh quarter overnight, killing scores of residents, activists said. "
            "A monitor said at least 120 people were killed, among them 70 civilians.",
            (120, None),
            None,
        ),
        # a post's bare count after "dozens"
        ("Gunmen raided the village of Jurdhi at dawn, killing dozens of farmers. Reports speak of more than 30 dead.", (31, None), None),
    ],
)
def test_a_count_told_after_a_vague_toll_replaces_it(text: str, killed: tuple, injured: tuple | None) -> None:
    found = incidents(text)
    assert len(found) == 1
    assert bounds(found[0].killed) == killed
    assert bounds(found[0].injured) == injured


@pytest.mark.parametrize(
    "follow_up",
    [
        "Five soldiers were also killed.",  # more people beyond the toll: added, not a refinement
        "Since the start of the year, 600 people have been killed in the province.",  # a total of a period
        "Two dozen were wounded.",  # the other kind: fills the wounded only
    ],
)
def test_a_later_figure_that_is_no_count_of_the_vague_toll_leaves_it(follow_up: str) -> None:
    found = incidents("Militants stormed the Jouri quarter before sunrise, killing dozens of civilians. " + follow_up)
    assert found
    assert found[0].killed is not None and found[0].killed.phrase.startswith("dozens")


@pytest.mark.parametrize(
    "follow_up",
    [
        '"Seven attackers were killed and we seized their rifles," he said, adding that three guards lost their lives.',
        "The council said 7 attackers were killed and their vehicles burned, and that three of its fighters were martyred.",
    ],
)
def test_a_toll_telling_the_dead_again_with_another_group_is_their_sum(follow_up: str) -> None:
    found = incidents(
        "Guards repel attack on Markada post, 7 attackers killed\n\n"
        "Guards repelled an attack by militants on a post near Markada on Tuesday night, a spokesman said. " + follow_up
    )
    assert len(found) == 1
    assert bounds(found[0].killed) == (10, 10)


@pytest.mark.parametrize(
    "follow_up",
    [
        "Seven attackers were killed, the spokesman said.",  # told again alone: the same seven
        "Two of the seven killed were commanders.",  # a part of them
    ],
)
def test_a_toll_told_again_without_another_group_stays(follow_up: str) -> None:
    found = incidents("Guards repelled an attack by militants on a post near Markada on Tuesday, killing seven attackers. " + follow_up)
    assert found and bounds(found[0].killed) == (7, 7)


def test_the_other_sides_dead_after_a_vague_toll_are_added_not_a_count_of_it() -> None:
    found = incidents(
        "Army units repelled an attack by militants on a post near Maskanah, killing several of them. "
        "Four of our soldiers were martyred."
    )
    assert len(found) == 1
    assert bounds(found[0].killed) == (6, None)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a source's silence, then another source's toll: the toll, not the silence's zero
        (
            (
                "A drone hit a pickup near Tal Hamis on Sunday, a news agency said without reporting casualties. "
                "A medic at the local clinic said three people were killed."
            ),
            (3, 3),
            None,
        ),
        (
            (
                "Shells landed on the outskirts of Sabha on Sunday, the council said without mentioning any casualties. "
                "Activists later reported four people wounded."
            ),
            None,
            (4, 4),
        ),
    ],
)
def test_a_toll_told_after_a_sources_silence_replaces_its_zero(text: str, killed: tuple | None, injured: tuple | None) -> None:
    found = incidents(text)
    assert len(found) == 1
    assert (bounds(found[0].killed), bounds(found[0].injured)) == (killed, injured)


def test_a_sources_silence_with_no_toll_after_it_stays_a_zero() -> None:
    found = incidents("A drone hit a pickup near Tal Hamis on Sunday, a news agency said without reporting casualties.")
    assert len(found) == 1 and bounds(found[0].killed) == (0, 0)


@pytest.mark.parametrize(
    "answer",
    [
        "The Asayish said its unit fought the assailants and killed one of them.",
        "The Asayish said its men chased the gunmen, killing one of them.",
    ],
)
def test_the_attackers_dead_told_by_a_pronoun_in_the_next_sentence_join_the_toll(answer: str) -> None:
    found = incidents(
        "An IS cell attacked a checkpoint of the Asayish near the village of Zir at dawn, killing two guards. " + answer
    )
    assert _bounds(found)[0] == (3, 3)


@pytest.mark.parametrize(
    "follow_up",
    [
        # the pronoun names the victims just told, not the attackers
        "Relatives of the guards said one of them was a father of four.",
        # no attackers named before the pronoun
        "The families buried them on Sunday; one of them was a father of four.",
        # the attackers named first, but the guards named between them and the pronoun
        "The militants cornered the guards before killing one of them.",
    ],
)
def test_a_pronoun_for_the_victims_adds_no_dead(follow_up: str) -> None:
    found = incidents(
        "An IS cell attacked a checkpoint of the Asayish near the village of Zir at dawn, killing two guards. " + follow_up
    )
    assert _bounds(found)[0] == (2, 2)


def test_risen_toll_named_by_its_day_goes_to_that_days_incident() -> None:
    found = incidents(
        "A car bomb went off at a market in Amuda on Friday, killing six people. "
        "On Saturday, a landmine killed a shepherd near Tal Tamr. "
        "The toll from Friday's car bombing has since risen to nine, medics said."
    )
    assert len(found) == 2
    assert _bounds(found) == [(9, 9), (1, 1)]
    assert found[0].event_type is EventType.CAR_BOMB


def test_risen_toll_naming_a_day_no_incident_was_told_on_leaves_the_told_tolls() -> None:
    found = incidents(
        "A car bomb went off at a market in Amuda on Friday, killing six people. "
        "On Saturday, a landmine killed a shepherd near Tal Tamr. "
        "The toll from Thursday's car bombing has since risen to nine, medics said."
    )
    assert _bounds(found)[:2] == [(6, 6), (1, 1)]


def test_risen_toll_of_a_days_event_at_another_place_is_not_that_days_incident() -> None:
    found = incidents(
        "A drone struck a car near Amuda on Friday, killing two men. "
        "On Saturday, a landmine killed a shepherd near Tal Tamr. "
        "The death toll from Friday's attack on Tal Hamis rose to four, the SDF said."
    )
    assert _bounds(found)[:2] == [(2, 2), (1, 1)]


def test_risen_toll_of_a_days_event_goes_to_the_one_at_the_place_it_names() -> None:
    found = incidents(
        "A roadside bomb killed two soldiers in Qamishli on Friday. "
        "A car bomb killed six people at a market in Amuda on Friday evening. "
        "On Saturday, a landmine killed a shepherd near Tal Tamr. "
        "The toll from Friday's bombing in Qamishli has since risen to four, medics said."
    )
    assert _bounds(found) == [(4, 4), (6, 6), (1, 1)]


def _told_on_friday(kind: EventType) -> SimpleNamespace:
    """A stand-in for an incident told "on Friday" at no named place (what :func:`day_named_event_told` reads)."""
    friday = DateMention(0, 9, "on Friday", "relative", weekday=4)
    return SimpleNamespace(event_type=kind, named_places=[], point_dates=[friday])


@pytest.mark.parametrize(
    "clause, found",
    [
        ("The toll from Friday's bombing has since risen to nine.", True),
        # the toll is the strike's: the day's event is named only as a time
        ("The toll from the drone strike on Saturday has risen to three, a day after Friday's bombing.", False),
        ("The toll from Thursday's bombing has since risen to nine.", False),  # no bombing told on Thursday
        ("The toll from Friday's shelling has since risen to nine.", False),  # the bomb is no shelling
    ],
)
def test_risen_toll_goes_to_the_incident_its_own_event_names_by_day(clause: str, found: bool) -> None:
    bombing = _told_on_friday(EventType.CAR_BOMB)
    mention = SimpleNamespace(clause_text=clause, named_places=[])
    assert (day_named_event_told(mention, [bombing]) is bombing) is found


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # the same words as a part of the toll, told again in a later paragraph
        (
            "A bomb killed two guards and five shoppers at the market in Hasakah on Monday. "
            "The guards stood at the gate when it went off. Five shoppers were also killed in the blast.",
            "killed",
            (7, 7),
        ),
        # the same count as the wounded told, as "others" than the dead (no word that says it adds)
        (
            "A mine killed a shepherd and wounded six others near Tal Tamr on Sunday. "
            "The shepherd was grazing his flock. Six others were hurt in the explosion, a medic said.",
            "injured",
            (6, 6),
        ),
        # "more" adds, at the same count
        (
            "A drone strike killed two fighters near Amuda on Sunday. "
            "Their car burned on the road. Two more died later in hospital.",
            "killed",
            (4, 4),
        ),
        # one person more is someone else, even at the count told
        (
            "A sniper killed a farmer near Ain Issa on Friday. "
            "The farmer was walking home. His nephew was also killed in the shooting.",
            "killed",
            (2, 2),
        ),
    ],
)
def test_a_figure_told_again_is_not_added(text: str, kind: str, expected: tuple[int, int]) -> None:
    found = incidents(text)
    assert len(found) == 1
    assert bounds(getattr(found[0], kind)) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the headline's victim told again by the body, "lost his life": one victim, not the attacker's losses
        ("ISIS mine kills farmer near Hajin\nA farmer lost his life on Monday when a mine planted by ISIS went off near "
         "Hajin.", (1, 1)),
        ("ISIS mine kills two herders near Hajin\nTwo herders lost their lives on Monday when a mine planted by ISIS went "
         "off near Hajin.", (2, 2)),
    ],
)
def test_a_death_told_with_lost_is_no_attackers_loss(text: str, killed: tuple) -> None:
    found = incidents(text)
    assert len(found) == 1
    assert bounds(found[0].killed) == killed


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a source leading the next sentence with its own count of the people: a range with the toll told, its
        # higher exact count closing the "at least" bound
        (
            "On Friday a bomb went off by a post outside Tal Tamr, killing at least three people and wounding "
            "eight others. The Syrian Observatory said seven people were killed and 11 wounded.",
            (3, 7),
            (8, 11),
        ),
        # the same count by the second source keeps the bound told
        (
            "On Friday a bomb went off by a post outside Tal Tamr, killing at least three people. "
            "The Syrian Observatory said three people were killed.",
            (3, None),
            None,
        ),
        # "put the total death toll at" a few sentences on, past a reaction that opens no incident
        (
            "On Friday a bomb went off by a post outside Tal Tamr, killing at least three people. "
            "The governor named the dead as two guards and a driver. "
            "Officials condemned the bombing. "
            "The observatory later put the total death toll at nine.",
            (3, 9),
            None,
        ),
    ],
)
def test_a_second_sources_count_of_the_people_is_a_range(text: str, killed: tuple, injured: tuple | None) -> None:
    found = incidents(text)
    assert len(found) == 1
    assert bounds(found[0].killed) == killed and bounds(found[0].injured) == injured


@pytest.mark.parametrize(
    "follow_up",
    [
        # a count its source gave up is no second count
        "The observatory had originally reported two people dead.",
        # the other side's dead, counted by a party, are not a second count of the people
        "The army said two attackers were killed.",
    ],
)
def test_a_count_given_up_or_of_other_people_makes_no_range(follow_up: str) -> None:
    found = incidents("A bomb went off at a checkpoint near Tal Tamr on Friday, killing four people. " + follow_up)
    assert [bounds(i.killed) for i in found][0] in {(4, 4), (6, 6)}
