"""Retelling rules (:mod:`mapapp.extract.coreference.retelling`): one event told again is one incident."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document, EventType
from tests.extract.reading import incidents


def test_two_events_of_one_kind_with_different_figures_stay_apart() -> None:
    text = (
        "A landmine exploded in the countryside of Raqqa on Sunday, killing two shepherds. "
        "A landmine went off in Karama, killing nine soldiers."
    )
    assert len(incidents(text)) == 2


def test_same_type_place_and_day_is_the_same_event_however_worded() -> None:
    text = (
        "• Cells launched an attack on army posts around Mayadin on Wednesday\n\n"
        "Jets bombed a depot near Quriyah on Tuesday. "
        "On Wednesday, cells launched an attack on army posts around Mayadin, the monitor said."
    )
    found = incidents(text)
    assert len(found) == 2
    mayadin = [i for i in found if i.primary_toponym.text == "Mayadin"]
    assert len(mayadin) == 1 and len(mayadin[0].evidence) == 2


def test_sharing_only_the_region_is_not_the_same_event() -> None:
    text = (
        "Last week, landmines exploded in Shaafah in the Deir ez-Zor countryside, killing six civilians. "
        "Last month, 16 people were killed when their car drove over a landmine in Shawla in the Deir ez-Zor countryside."
    )
    found = incidents(text)
    assert sorted(i.primary_toponym.text for i in found) == ["Shaafah", "Shawla"]


def test_event_told_again_by_another_source_at_the_same_place_is_one_incident() -> None:
    found = incidents(
        "ISIS fighters ambushed an army bus near Kasra on Monday, killing four soldiers.\n\n"
        "Local sources said the convoy was hit in an attack by ISIS members near Kasra, and reinforcements arrived.\n\n"
        "Separately, a shepherd was wounded by a mine near Busayrah."
    )
    assert len(found) == 2
    assert len(found[0].evidence) == 2
    assert found[0].killed is not None and found[0].killed.low == 4


def test_place_with_a_kind_of_place_word_is_the_same_place_told_again() -> None:
    found = incidents(
        "The SDF raided a house in the Tishreen Farm near Raqqa on Monday, killing one man.\n\n"
        "Witnesses said SDF fighters carried out raids in Tishreen, where explosions were heard."
    )
    assert len(found) == 1


def test_another_event_of_the_same_party_at_the_same_place_stays_apart() -> None:
    found = incidents(
        "ISIS fighters attacked a checkpoint near Kasra on Monday, killing two guards.\n\n"
        "ISIS fighters carried out another attack near Kasra, killing a shepherd."
    )
    assert len(found) == 2


def test_unnamed_gunmen_at_one_place_are_not_taken_for_one_event() -> None:
    found = incidents(
        "Gunmen shot dead a teacher in Kasra on Monday.\n\nUnknown gunmen killed a nurse in Kasra, relatives said."
    )
    assert len(found) == 2


def test_another_sources_report_of_the_event_with_nothing_new_is_the_same_incident() -> None:
    text = (
        "At least ten militants were killed in airstrikes on Monday night on militia positions in Albukamal, "
        "the monitor said. The strikes destroyed an ammunition depot. The monitor said the toll may rise. "
        "Later on Tuesday, a Lebanese television channel reported that four airstrikes targeted militia sites "
        "near the border. Al Hadath television reported that the remains of 16 fighters killed in the attacks in "
        "Albukamal arrived in Iraq on Tuesday."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2019, 9, 18)))
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.value == datetime.date(2019, 9, 16)


def test_the_victim_told_again_by_a_definite_description_is_the_same_incident() -> None:
    text = (
        "Gunmen assassinated a teacher in the town of Kasra on Monday, local networks reported. "
        "The teacher was killed by gunfire as he left a mosque."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert len(found) == 1 and len(found[0].evidence) == 2


def test_the_same_partys_later_words_or_a_habit_open_no_incident() -> None:
    assert len(incidents("Turkish drones struck a car near Amuda on Monday, killing two. Turkish drones later struck the area.")) == 1
    assert len(incidents("ISIS cells killed four soldiers near Kabajeb on Monday. Russian jets often strike the desert.")) == 1


def test_a_headline_of_one_event_is_still_told_again_by_the_body() -> None:
    text = "Drone strike kills 3 near Qamishli\n\nA Turkish drone struck a car near Qamishli on Monday, killing three men."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 9, 30)))
    assert len(found) == 1 and len(found[0].evidence) == 2


def test_a_headline_toll_in_other_governorates_never_reaches_the_body_report() -> None:
    # the headline's statistic (told again as a tally in the body) lies in two western governorates; the one
    # incident of the body lies in the east: it keeps its own figures, not the headline's toll
    text = (
        "Northern massacres | Observers record more than 800 villagers killed in Idlib and Hama\n\n"
        "The observers have recorded the deaths of 812 villagers in summary executions by armed groups in the west "
        "since Monday.\n\n"
        "Elsewhere, the east stays quiet in Raqqa and Hasakah, while a farmer was injured by masked gunmen in Hajin "
        "town, east of Deir ez-Zor city."
    )
    found = incidents(text)
    assert len(found) == 1
    assert found[0].killed is None and found[0].injured.low == 1


def test_a_headline_in_the_report_s_governorate_is_still_told_again() -> None:
    text = "Gunmen kill 2 in Deir ez-Zor\n\nGunmen shot dead two traders in the town of Hajin on Monday."
    found = incidents(text)
    assert len(found) == 1 and len(found[0].evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        # the first sentence names only the area; the second names the village through the same participants
        "Gunmen killed nine herders in an attack in the desert east of Salamiyah on Sunday. Witnesses said the gunmen "
        "opened fire on the herders near the village of Abu Hanaya.",
        "A young man was killed on Tuesday during a raid by security forces on a district of Raqqa. A source said the "
        "forces shot the young man near the village of Hamrat.",
        "Army units repelled an attack by militants on posts in the desert of Mayadin on Monday. Troops clashed with "
        "the militants near the village of Shoula, a reporter said.",
        "A boy was killed on Friday by shells fired on the town of Hawayij. The shells came from positions in "
        "the town of Quriyah, a source said.",
    ],
)
def test_a_follow_up_through_the_same_participants_is_the_same_incident(text: str) -> None:
    assert len(incidents(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed two farmers near Hajin on Sunday. Another group of gunmen killed a trader near Susah.",
        "Gunmen killed two farmers near Hajin on Sunday. On Monday, the gunmen killed a trader near Susah.",
        "Gunmen killed two farmers near Hajin on Sunday. The gunmen also killed a trader near Susah.",
        # a site or weapon named with an indefinite complement is a new one, not the one told before
        "An explosion rocked a shop in Hajin, wounding three. A girl died of injuries received in the explosion of a "
        "cluster bomblet in the town of Susah.",
    ],
)
def test_the_same_participants_in_a_further_event_are_another_incident(text: str) -> None:
    assert len(incidents(text)) == 2


# --- The dead of the incident just told, told again by name or description with the same count: one incident.
@pytest.mark.parametrize(
    "text",
    [
        "DEIR EZZOR - Gunmen shot dead a tribal elder in the town of Diban on Sunday. "
        "Sheikh Hamad al-Ali was gunned down outside his house after evening prayers.",
        "HASAKAH - Two refugees were found shot dead in the Hol camp on Monday. "
        "Both victims, a father and his son, were killed by gunmen firing at close range.",
        "Three protesters were killed by gunfire in the town of Shuhail on Friday. "
        "Witnesses said guards opened fire on the crowd, killing three of them.",
    ],
)
def test_the_dead_told_again_with_the_same_count_are_one_incident(text: str) -> None:
    found = incidents(text)
    assert len(found) == 1
    assert len(found[0].evidence) == 2


@pytest.mark.parametrize(
    "second",
    [
        "Another man was shot dead on the same day.",
        "A second man was shot dead in the town of Hajin.",
        "A landmine killed a shepherd near the village of Tayyana.",
    ],
)
def test_dead_told_apart_stay_an_incident_of_their_own(second: str) -> None:
    found = incidents(f"DEIR EZZOR - Gunmen shot dead a man in the town of Diban on Sunday. {second}")
    assert len(found) == 2


def test_the_explosion_told_next_is_the_bomb_just_told_though_it_names_the_spot_otherwise() -> None:
    found = incidents(
        "A roadside bomb hit an army truck near the Kasra silos on Monday, killing two soldiers. The explosion struck "
        "the truck on the road between Tabia and Jazra. A third soldier was badly hurt."
    )
    assert len(found) == 1 and found[0].primary_toponym is not None and found[0].primary_toponym.text == "Kasra"
    found = incidents(
        "Update: an IED targeted a police car in the Ghuwairan al-Sharqi district.\n"
        "Update: one policeman lightly wounded in the Ghuwairan explosion."
    )
    assert len(found) == 1 and found[0].injured is not None and found[0].injured.low == 1


@pytest.mark.parametrize(
    "text",
    [
        # another blast, and one told apart
        "A roadside bomb hit an army truck near Kasra on Monday. Another explosion hit a market in Tabia, wounding four.",
        "A roadside bomb hit an army truck near Kasra on Monday. A second explosion hit a market in Tabia, wounding four.",
        "A roadside bomb hit an army truck near Kasra on Monday. Separately, the explosion of a mine wounded four in Tabia.",
        # another day
        "A roadside bomb hit an army truck near Kasra on Monday. The explosion in Tabia on Friday wounded four.",
        # a site told anew
        "A roadside bomb hit an army truck near Kasra on Monday. The explosion at a bakery in Tabia killed three workers.",
        # another governorate
        (
            "A roadside bomb hit an army truck near Kasra in Deir ez-Zor province on Monday. The explosion at a depot in "
            "Amuda in Hasakah province wounded four."
        ),
    ],
)
def test_a_blast_told_as_another_or_on_another_day_is_its_own_event(text: str) -> None:
    assert len(incidents(text)) == 2


_STRUCK_PARTY_LEDE = (
    "Militias hit in coalition strikes near Shuhail\n\nThe coalition said on Wednesday its jets had struck pro-government "
    "militias who attacked an SDF post near Shuhail, killing 20 of them. "
)


def test_the_struck_party_s_assault_told_again_next_is_that_assault() -> None:
    # the assault read from the strike's relative clause, told again with its day and weapons: one assault
    text = _STRUCK_PARTY_LEDE + "The attack began late on Tuesday with tank and mortar fire on the post."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 7)))
    assert sorted(i.event_type.value for i in found) == ["airstrike", "armed_clash"]
    assault = next(i for i in found if i.event_type is EventType.ARMED_CLASH)
    assert len(assault.evidence) == 2 and assault.date is not None and assault.date.value == datetime.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("follow_up", "types"),
    [
        # an attack at another named place: its own
        (
            "An attack with mortar fire on a checkpoint in Hajin on Tuesday wounded two SDF fighters.",
            ["airstrike", "armed_clash", "shelling"],
        ),
        # the answering strikes told again are no part of the assault
        ("The attack by coalition drones went on until dawn near Shuhail.", ["airstrike", "armed_clash", "drone_strike"]),
        # not the very next sentence
        (
            "Residents said they fled. The attack began late on Tuesday with tank and mortar fire on the post.",
            ["airstrike", "armed_clash", "shelling"],
        ),
    ],
)
def test_an_event_not_retelling_the_struck_party_s_assault_stays_apart(follow_up: str, types: list[str]) -> None:
    found = rule_incidents(Document(text=_STRUCK_PARTY_LEDE + follow_up, published=datetime.date(2024, 3, 7)))
    assert sorted(i.event_type.value for i in found) == types


def test_an_attack_told_after_strikes_with_no_assault_of_the_struck_is_its_own() -> None:
    text = (
        "Militias hit in coalition strikes near Shuhail\n\nThe coalition said on Wednesday its jets had struck ISIS "
        "positions near Shuhail, killing 20 of them. The attack began late on Tuesday with tank and mortar fire on an "
        "SDF post."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 7)))
    assert sorted(i.event_type.value for i in found) == ["airstrike", "shelling"]


@pytest.mark.parametrize(
    ("follow_up", "types"),
    [
        # an attack told anew at the same place, told apart, or a bombing: events of their own
        (
            "A gunmen's attack on a pharmacy near Shuhail killed two civilians on Monday.",
            ["airstrike", "armed_clash", "attack"],
        ),
        (
            "In a separate attack, ISIS gunmen shot dead a farmer near Shuhail on Monday.",
            ["airstrike", "armed_clash", "attack"],
        ),
        (
            "A roadside bomb attack near Shuhail killed two SDF fighters on Monday.",
            ["airstrike", "armed_clash", "ied"],
        ),
    ],
)
def test_an_attack_told_anew_after_the_struck_party_s_assault_stays_apart(follow_up: str, types: list[str]) -> None:
    found = rule_incidents(Document(text=_STRUCK_PARTY_LEDE + follow_up, published=datetime.date(2024, 3, 7)))
    assert sorted(i.event_type.value for i in found) == types


_CAR_BOMB_TOLD = (
    "A car bomb went off near a bakery in Tal Baydar on Friday, killing at least four people. The ministry blamed a "
    "Kurdish group.\n\nThe figure could not be checked independently. "
)


@pytest.mark.parametrize(
    "text",
    [
        # a monitor's toll of the blast, sentences after the bomb was told
        _CAR_BOMB_TOLD + "A monitor said the explosion killed three soldiers and a child.",
        # a post's update on the blast, past the post's furniture lines
        (
            "An IED struck an Asayish car near the bridge in Hasakah on Friday.\n\nNo word on casualties yet.\n\n"
            "12K views\n\nUpdate: two members wounded in the blast."
        ),
    ],
)
def test_the_explosion_named_again_further_on_is_the_bomb_told_before(text: str) -> None:
    assert len(incidents(text)) == 1


@pytest.mark.parametrize(
    "follow_up",
    [
        "A monitor said another explosion killed three soldiers and a child.",  # one more blast
        "A monitor said the explosion at a fuel depot in Amuda killed two guards.",  # a blast at a site named anew
        "A monitor said the explosion on Thursday killed two soldiers.",  # a blast of another day
    ],
)
def test_another_explosion_told_further_on_is_another_incident(follow_up: str) -> None:
    assert len(incidents(_CAR_BOMB_TOLD + follow_up)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a post, then its update with the toll, neither dated
        "BREAKING | Car bomb blast in Manbij near the Al-Nour roundabout. Ambulances rushing to the scene.\n\n"
        "UPDATE: Car bomb in Manbij near the Al-Nour roundabout – 5 dead and 12 wounded, hospital sources say.",
        # a page repeating its lede as a teaser line: the same toll at the same place
        "A landmine injured three shepherds in the grazing land of Al-Sabkha on Friday, sources said.\n"
        "Security teams were sent to the area.\n"
        "A landmine injured three shepherds in the grazing land of Al-Sabkha",
    ],
)
def test_an_undated_retelling_at_the_same_places_is_that_event(text: str) -> None:
    found = incidents(text)
    assert len(found) == 1
    assert len(found[0].evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        # told as one more event of its kind
        "Car bomb blast in Manbij near the clock square, no toll yet.\n\n"
        "Another car bomb went off in Manbij near the clock square, killing 5 people.",
        # the same town, but another spot: a town may see two car bombs on a day
        "Car bomb blast in Manbij near the clock square. Ambulances rushing to the scene.\n\n"
        "UPDATE: Car bomb in Manbij near the grain silo – 5 dead.",
        # the same place, tolls that disagree
        "Artillery shelling killed two men in Hajin on Monday. Artillery shelling on Hajin killed a woman.",
        # the same toll, but at a city named like its governorate: not the other town's event told again
        "A roadside bomb blew up near a bakery in Tabqa, killing four guards. "
        "A roadside bomb blew up near a bakery in Raqqa city, killing four guards.",
        # (an inexact toll shared, the first dated: the undated report at the city is told apart too)
        "A roadside bomb blew up near a bakery in Tabqa on Monday, killing dozens of guards. "
        "A roadside bomb blew up near a bakery in Raqqa city, killing dozens of guards.",
        # the next line of a bulletin with the same count, in another governorate
        "- A farmer was killed by gunfire near Tal Baydar in the Hasakah countryside.\n"
        "- A boy was killed when a mine exploded in the Raqqa countryside.",
    ],
)
def test_an_undated_report_of_its_kind_told_apart_stays(text: str) -> None:
    assert len(incidents(text)) == 2


_SUMMARY_OF_PLACES = (
    "Turkish airstrikes hit the north-east tonight.{sep}Strikes were reported on Amuda countryside, Derbasiyah "
    "countryside and Tal Tamr countryside.{sep}In Amuda countryside a mill near Khirbet Jamo was hit, killing two "
    "farmers.{sep}"
)


@pytest.mark.parametrize("sep", [" ", "\n\n"])
def test_a_detail_at_a_second_place_of_a_summary_is_one_more_part_not_the_summary_told_again(sep: str) -> None:
    detail = "A strike hit a post of the army near Derbasiyah, killing several soldiers."
    text = _SUMMARY_OF_PLACES.format(sep=sep) + detail
    found = incidents(text)
    assert len(found) == 2, [[t.text for t in i.toponyms] for i in found]
    assert [t.text for t in found[1].toponyms] == ["Derbasiyah"]


@pytest.mark.parametrize(
    "last",
    [
        # the detail's own place told again
        "The strike near Khirbet Jamo also destroyed a tractor.",
        # no detail taken before: the first detail is the summary's, at one of its places
        "",
    ],
)
def test_a_summary_keeps_its_first_detail_and_its_retelling(last: str) -> None:
    text = _SUMMARY_OF_PLACES.format(sep=" ") + last
    assert len(incidents(text)) == 1


def test_a_detail_at_a_second_place_of_a_summary_is_not_told_again_past_a_sentence_between() -> None:
    text = (
        "Turkish airstrikes hit the north-east tonight.\n\n1/ Strikes were reported on Amuda countryside, Derbasiyah "
        "countryside and Tal Tamr countryside.\n\n2/ In Amuda countryside a mill near Khirbet Jamo was hit, sources "
        "say 9 farmers killed. We are checking.\n\n3/ At least one strike hit a post of the army near Derbasiyah, "
        "killing several soldiers."
    )
    found = incidents(text)
    places = [[t.text for t in i.toponyms] for i in found]
    assert ["Derbasiyah"] in places, places


def test_a_detail_at_a_second_place_of_a_dated_summary_is_not_the_same_event_by_its_facts() -> None:
    text = (
        "North Press @np · May 6\n\nTHREAD: Turkish airstrikes tonight on the north-east. What is known 🧵\n\n"
        "1/ Strikes were reported on Amuda countryside, Derbasiyah countryside and Tal Tamr countryside. \n\n"
        "2/ In Amuda countryside a mill near Khirbet Jamo was hit, sources say 9 farmers killed. We are checking.\n\n"
        "3/ At least one strike hit a post of the army near Derbasiyah, killing several soldiers."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 6)))
    places = [[t.text for t in i.toponyms] for i in found]
    assert ["Derbasiyah"] in places, places


def test_the_same_toll_retold_with_where_the_victim_came_from_is_that_event() -> None:
    # a governorate named only as where the victim came from is no place of the retelling's own
    text = (
        "Gunmen shot dead a tribal elder in Shheil in the Deir ez-Zor countryside on Sunday. "
        "Sheikh Ahmad, a displaced man from Hasakah, was gunned down in front of his home."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 10)))
    assert [i.toponyms[0].text for i in found] == ["Shheil"]


def test_a_retelling_at_the_same_city_named_like_its_governorate_on_the_same_day_is_that_event() -> None:
    # (told with no source: "..., a local official said" is a source's account, which the account rule ties already)
    text = (
        "On Friday, fierce clashes broke out between the Asayish and NDF gunmen in Hasakah.\n\n"
        "A market caught fire on the edge of town, traders said.\n\n"
        "On Friday, the Asayish clashed with NDF gunmen in Hasakah."
    )
    assert len(incidents(text)) == 1


def test_a_retelling_at_another_city_named_like_its_governorate_stays_apart() -> None:
    text = (
        "On Friday, fierce clashes broke out between the Asayish and NDF gunmen in Hasakah.\n\n"
        "A market caught fire on the edge of town, traders said.\n\n"
        "On Friday, the Asayish clashed with NDF gunmen in Raqqa, a local official said."
    )
    assert len(incidents(text)) == 2


def test_a_retelling_at_the_same_city_on_another_day_stays_apart() -> None:
    text = (
        "On Friday, fierce clashes broke out between the Asayish and NDF gunmen in Hasakah.\n\n"
        "A market caught fire on the edge of town, traders said.\n\n"
        "On Sunday, the Asayish clashed with NDF gunmen in Hasakah, a local official said."
    )
    assert len(incidents(text)) == 2


def test_a_fight_on_its_own_day_at_the_city_after_a_report_day_only_stays_apart() -> None:
    text = (
        "Residents reported on Friday that SDF fighters attacked a house in Hasakah.\n\n"
        "A market caught fire on the edge of town, traders said.\n\n"
        "On Thursday, the SDF clashed with armed residents in Hasakah, a local official said."
    )
    assert len(incidents(text)) == 2


def test_two_killings_of_one_party_at_the_same_city_on_one_day_with_other_victims_stay_apart() -> None:
    text = (
        "On Friday, ISIS gunmen shot dead a man in Raqqa.\n\n"
        "A market caught fire on the edge of town, traders said.\n\n"
        "On Friday, ISIS gunmen shot dead a woman in Raqqa, monitors said."
    )
    assert len(incidents(text)) == 2


def test_a_killing_and_an_attack_on_a_post_by_one_party_at_the_same_city_on_one_day_stay_apart() -> None:
    text = (
        "On Friday, ISIS gunmen killed a man in Raqqa.\n\n"
        "A market caught fire on the edge of town, traders said.\n\n"
        "On Friday, ISIS members stormed a guard post of the SDF in Raqqa, monitors said."
    )
    assert len(incidents(text)) == 2


# --- one toll told twice at one place is one incident (fold_incidents_told_twice) ------------------------------------


def _opened(text: str) -> list:
    """Each sentence's first mention of ``text``, as the incident it would open (no rule of the walk applied)."""
    from mapapp.extract.mentions import read_sentence
    from mapapp.extract.sentences import split_sentences

    return [read_sentence(text, s, [], datetime.date(2024, 3, 12)).mentions[0] for s in split_sentences(text)]


def test_a_later_report_of_the_same_toll_at_the_same_town_folds_into_the_first() -> None:
    from mapapp.extract.coreference.retelling import fold_incidents_told_twice

    first, second = _opened(
        "A Turkish drone struck a car in Kasra on Monday, killing four fighters. "
        "A Turkish drone hit a pickup in Kasra, killing four members of the group."
    )
    kept = fold_incidents_told_twice([first, second])
    assert kept == [first]
    assert len(first.evidence) == 2 and first.killed is not None and (first.killed.low, first.killed.high) == (4, 4)


def test_one_death_told_twice_at_a_place_is_not_enough_to_tie_two_reports() -> None:
    from mapapp.extract.coreference.retelling import fold_incidents_told_twice

    clusters = _opened("Gunmen shot dead a man in Kasra on Monday. Gunmen shot dead a trader in Kasra.")
    assert len(fold_incidents_told_twice(list(clusters))) == 2


def test_a_day_of_its_own_or_another_cue_keeps_the_later_report_apart() -> None:
    from mapapp.extract.coreference.retelling import fold_incidents_told_twice

    dated = _opened(
        "A Turkish drone struck a car in Kasra, killing four fighters. "
        "On Saturday a Turkish drone hit a pickup in Kasra, killing four members of the group."
    )
    assert len(fold_incidents_told_twice(list(dated))) == 2
    another = _opened(
        "A Turkish drone struck a car in Kasra on Monday, killing four fighters. "
        "Another Turkish drone hit a pickup in Kasra, killing four members of the group."
    )
    assert len(fold_incidents_told_twice(list(another))) == 2
    elsewhere = _opened(
        "A Turkish drone struck a car in Kasra on Monday, killing four fighters. "
        "A Turkish drone hit a pickup in Jazra, killing four members of the group."
    )
    assert len(fold_incidents_told_twice(list(elsewhere))) == 2
