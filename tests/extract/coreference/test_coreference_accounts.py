"""One event told again through another source's account (:mod:`mapapp.extract.coreference.accounts`)."""

from __future__ import annotations

from mapapp.extract.coreference.accounts import account_verb, spelled_alike, spelling_skeleton
from tests.extract.reading import incidents


# --- the account told again is the incident just told ---------------------------------------------------------------


def test_another_sources_toll_at_the_same_village_is_the_incident_told_again() -> None:
    found = incidents(
        "The monitor said that a drone strike killed four fighters in Tal Hamis on Monday.\n\n"
        "The Hawar agency reported that two civilians were killed in Tal Hamis."
    )
    assert len(found) == 1
    assert found[0].killed is not None and (found[0].killed.low, found[0].killed.high) == (4, 4)  # its own toll kept


def test_a_toll_the_incident_lacks_is_taken_from_the_account() -> None:
    found = incidents(
        "The monitor said that a drone strike killed four fighters in Tal Hamis on Monday.\n\n"
        "A local radio station also said that six people were killed in Tal Hamis, with a dozen others wounded."
    )
    assert len(found) == 1
    assert found[0].injured is not None and found[0].injured.low == 12


def test_a_village_spelt_another_way_in_the_account_is_the_same_place() -> None:
    found = incidents(
        "On Friday a car bomb exploded inside the Qudairiya district, killing three people.\n\n"
        "A police spokesman said that a bomb exploded in Qudayriyah, killing three passers-by."
    )
    assert len(found) == 1


def test_the_drone_told_by_a_speaker_at_another_spot_is_the_strike_just_told() -> None:
    found = incidents(
        "A Turkish drone hit a car near Derbasiyah on Sunday, killing two men.\n\n"
        "Activists wrote on social media that the drone hit a pickup outside Tal Shaeer, killing three people."
    )
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.low == 2


def test_a_quote_with_its_speaker_after_it_is_an_account() -> None:
    found = incidents(
        "Unidentified gunmen shot dead a trader in Tal Hamis on Monday evening.\n\n"
        "\u201cA man was killed by gunfire near his shop in Tal Hamis,\u201d the police said in a statement."
    )
    assert len(found) == 1


def test_a_shooting_told_again_by_a_source_after_a_shooting_is_the_same_killing() -> None:
    found = incidents(
        "A guard was shot dead in the town of Busayra on Thursday.\n\n"
        "Local sources told the agency that a guard was shot dead in the market of Busaira town."
    )
    assert len(found) == 1


def test_a_shooting_told_by_a_source_after_an_air_strike_is_an_event_of_its_own() -> None:
    found = incidents(
        "A warplane struck a fuel depot near the wells of Umm Kahf on Thursday, killing a guard.\n\n"
        "Relatives told a local radio that a guard was shot dead by two masked men near the wells of Umm Kahf."
    )
    assert len(found) == 2


def test_an_account_at_a_village_told_against_the_ledes_town_is_the_lede_told_closer() -> None:
    found = incidents(
        "A Turkish drone killed three civilians in a car near the town of Tal Tamr on Sunday.\n\n"
        "\u201cA car near the village of Umm Kahf, 5km from Tal Tamr, was hit by a drone, leaving three civilians "
        "dead,\u201d the monitor said."
    )
    assert len(found) == 1
    assert found[0].toponyms[0].text == "Umm Kahf"  # the village within the town's area becomes its place


def test_an_account_at_a_village_told_against_the_ledes_town_with_another_toll_is_another_event() -> None:
    found = incidents(
        "A Turkish drone killed three civilians in a car near the town of Tal Tamr on Sunday.\n\n"
        "\u201cA car near the village of Umm Kahf, 5km from Tal Tamr, was hit by a drone, leaving seven civilians "
        "dead,\u201d the monitor said."
    )
    assert len(found) == 2


# --- two events stay two ---------------------------------------------------------------------------------------------


def test_another_strike_told_by_a_source_is_an_event_of_its_own() -> None:
    found = incidents(
        "The monitor said that a drone strike killed four fighters in Tal Hamis on Monday.\n\n"
        "The Hawar agency reported that another drone strike killed two civilians in Tal Hamis."
    )
    assert len(found) == 2


def test_a_strike_told_with_also_in_the_account_is_an_event_of_its_own() -> None:
    found = incidents(
        "The monitor said that a drone strike killed four fighters in Tal Hamis on Monday.\n\n"
        "Local sources said a drone also killed two civilians in Tal Hamis."
    )
    assert len(found) == 2


def test_an_account_of_another_day_is_an_event_of_its_own() -> None:
    found = incidents(
        "The monitor said that a drone strike killed four fighters in Tal Hamis on Monday.\n\n"
        "The Hawar agency reported that a drone strike killed two civilians in Tal Hamis on Saturday."
    )
    assert len(found) == 2


def test_an_account_of_another_target_is_an_event_of_its_own() -> None:
    found = incidents(
        "The monitor said that a drone strike on a car killed four fighters in Tal Hamis on Monday.\n\n"
        "The Hawar agency reported that a drone strike on a house killed two civilians in Tal Hamis."
    )
    assert len(found) == 2


def test_the_same_sources_next_report_is_an_event_of_its_own() -> None:
    found = incidents(
        "SOHR said that a drone strike killed four fighters in Tal Hamis on Monday.\n\n"
        "SOHR reported that a drone strike killed two civilians in Tal Hamis."
    )
    assert len(found) == 2


def test_an_account_dated_on_a_day_of_its_own_is_an_earlier_report() -> None:
    found = incidents(
        "Gunmen shot dead a trader in Tal Hamis, the Hawar agency reported.\n\n"
        "On April 20, activists said that gunmen killed a farmer in Tal Hamis."
    )
    assert len(found) == 2


def test_another_toll_at_the_area_around_the_village_is_not_tied_to_it() -> None:
    found = incidents(
        "Kurdish fighters said they repelled an assault on the village of Kharab Ashk near Kobani, killing eleven.\n\n"
        "Ankara said that two of its soldiers were killed in Kobani."
    )
    assert len(found) == 2


# --- the pieces --------------------------------------------------------------------------------------------------------


def test_spelling_skeleton_keeps_the_consonants_of_a_name() -> None:
    assert spelling_skeleton("Tell Abyad") == spelling_skeleton("Tal Abiad")
    assert spelling_skeleton("Dayr az Zawr Province") == spelling_skeleton("Deir ez-Zor province")
    assert spelled_alike("Qamishli's countryside", "the countryside of Qamishli")
    assert not spelled_alike("Hajin", "Hijin village near Tabqa")
    assert not spelled_alike("Amuda", "Muhda")  # (a skeleton of two letters names too many places)
    assert spelled_alike("al-Hilaliye", "al-Hilaliya") and spelled_alike("Ras al-Ayn", "Ras al-Ain")
    assert not spelled_alike("Hamra", "Humeira")  # (the same consonants, the vowels elsewhere: two villages)


def test_an_account_has_an_active_speech_or_report_verb() -> None:
    assert account_verb("The agency reported that two men died.") is not None
    assert account_verb("According to a relative, the boy died.") is not None
    assert account_verb("No casualties were reported in the blast.") is None


# --- a second event of the same kind and place, told through a source, stays its own ------------------------------


def test_a_source_telling_a_drone_hitting_another_vehicle_with_another_toll_is_a_second_strike() -> None:
    found = incidents(
        "A drone struck a car near Amuda on Monday, killing two.\n\n"
        "Local sources said a drone hit a motorcycle near Amuda, killing a farmer."
    )
    assert len(found) == 2


def test_a_source_telling_a_mine_with_another_victim_and_toll_is_a_second_blast() -> None:
    found = incidents(
        "A mine exploded in Tal Hamis, killing two children.\n\n"
        "The monitor said a mine exploded in Tal Hamis, killing a shepherd."
    )
    assert len(found) == 2


def test_an_airstrike_told_anew_by_residents_with_another_toll_is_a_second_airstrike() -> None:
    found = incidents(
        "An airstrike hit a house in Hajin, killing four.\n\n"
        "Residents said an airstrike destroyed a house in Hajin, killing six."
    )
    assert len(found) == 2


def test_the_drone_just_told_with_another_sources_toll_is_still_the_strike() -> None:
    found = incidents(
        "A drone struck a car near Amuda on Monday, killing two.\n\n"
        "The agency said the drone hit a car near Amuda, killing three."
    )
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 2


def test_a_source_telling_a_bomb_of_another_kind_is_a_second_blast() -> None:
    found = incidents(
        "A car bomb exploded in Qamishli, killing five.\n\n"
        "The police said a roadside bomb exploded in Qamishli."
    )
    assert len(found) == 2


def test_the_drones_in_the_plural_at_another_town_are_not_the_strike_just_told() -> None:
    found = incidents(
        "A Turkish drone hit a car near Amuda on Sunday, killing two men.\n\n"
        "The SDF said the Turkish drones killed a fighter in Qamishli."
    )
    assert len(found) == 2


def test_the_drone_strikes_in_the_plural_at_another_town_are_not_the_strike_just_told() -> None:
    found = incidents(
        "A Turkish drone hit a car near Amuda on Sunday, killing two men.\n\n"
        "The SDF said the drone strikes killed a fighter in Qamishli."
    )
    assert len(found) == 2


# --- a lede told at the town, then the report at a spot of it (spot_of_the_town_cluster) ----------------------------

_BOMB_LEDE = "A police spokesman said that a roadside bomb killed an officer and wounded two others on Saturday.\n\n"
_BOMB_LEDE_AT_TOWN = (
    "A police spokesman said that a roadside bomb killed an officer and wounded two others in Qamishli on Saturday.\n\n"
)


def test_the_report_at_a_spot_with_the_ledes_toll_is_the_lede_told_closer() -> None:
    found = incidents(
        _BOMB_LEDE + "An explosion in the Gharbi quarter of Qamishli city hit a police patrol, killing one officer and "
        "wounding two."
    )
    assert len(found) == 1
    assert found[0].toponyms[0].text == "Gharbi"


def test_the_report_at_a_spot_of_the_town_the_lede_named_is_the_lede_told_closer() -> None:
    found = incidents(
        _BOMB_LEDE_AT_TOWN + "An explosion in the Gharbi quarter of Qamishli city hit a police patrol, killing one "
        "officer and wounding two."
    )
    assert len(found) == 1
    assert found[0].toponyms[0].text == "Gharbi"


def test_a_spot_of_another_town_is_another_event() -> None:
    found = incidents(
        _BOMB_LEDE_AT_TOWN + "An explosion in the Gharbi quarter of Amuda hit a police patrol, killing one officer and "
        "wounding two."
    )
    assert len(found) == 2


def test_a_spot_with_another_toll_is_another_event() -> None:
    found = incidents(
        _BOMB_LEDE + "An explosion in the Gharbi quarter of Qamishli city hit a police patrol, killing three officers "
        "and wounding five."
    )
    assert len(found) == 2


def test_a_spot_on_another_day_is_another_event() -> None:
    found = incidents(
        _BOMB_LEDE + "An explosion in the Gharbi quarter of Qamishli city hit a police patrol on Friday, killing one "
        "officer and wounding two."
    )
    assert len(found) == 2


def test_a_spot_where_another_target_was_hit_is_another_event() -> None:
    found = incidents(
        "A police spokesman said that a roadside bomb hit a car and killed an officer and wounded two others on "
        "Saturday.\n\nAn explosion in the Gharbi quarter of Qamishli city hit a police post, killing one officer and "
        "wounding two."
    )
    assert len(found) == 2


# --- an account after a headline that took its lede ------------------------------------------------------------------

_HEADLINE_AND_LEDE = (
    "Drone strike hits car near Amuda\n\n"
    "On Monday a Turkish drone hit a pickup close to the village of Tal Hamis, east of Amuda, local sources said.\n\n"
)


def test_an_account_after_a_headline_and_its_lede_tells_the_ledes_event_again() -> None:
    found = incidents(_HEADLINE_AND_LEDE + "The Hawar agency reported that a drone hit a vehicle in the village of Tel Hamees.")
    assert len(found) == 1


def test_an_account_at_another_village_after_a_headline_and_its_lede_is_another_event() -> None:
    found = incidents(_HEADLINE_AND_LEDE + "The Hawar agency reported that a drone hit a vehicle in the village of Kafr Tut.")
    assert len(found) == 2


def test_an_account_on_another_day_after_a_headline_and_its_lede_is_another_event() -> None:
    found = incidents(
        _HEADLINE_AND_LEDE + "The Hawar agency reported that a drone hit a vehicle in the village of Tel Hamees on Saturday."
    )
    assert len(found) == 2


def test_a_report_at_a_spot_after_a_bulletins_later_item_told_at_no_place_is_another_event() -> None:
    found = incidents(
        "Shelling hit the village of Saida on Friday, wounding two.\n\n"
        "A roadside bomb killed a soldier on Saturday, the army said.\n\n"
        "A bomb in the Nashwa quarter of Hasakah killed one person."
    )
    assert len(found) == 3
