"""Benchmark: extraction time on hostile input, to show it grows linearly with text length.

Run: ``python bench/bench_adversarial.py [--max-kb 320] [--only NAME ...] [--five-mb]``.

Each generator builds a text of a given size from one adversarial pattern (an
opening ``<!--`` repeated, ``1,`` repeated, a governorate name repeated,
unclosed tags, long runs of capitalised words, one sentence without
punctuation...). For sizes doubling from 10 KB the script prints the seconds
per 100 KB of text and the ratio of each time to the previous one: a linear
extractor gives a ratio near 2 (twice the text, twice the time), a quadratic
one near 4. A size is skipped once the previous one took longer than
``--budget`` seconds, so a quadratic pattern cannot stall the run.

``--five-mb`` also writes, for each pattern, a file just under the 5 MiB
document limit and times ``python -m mapapp extract FILE -o OUT.geojson`` as a
user would run it (the issue's target: under a minute each), wall and CPU time.

Prints figures; asserts nothing (timed assertions do not belong in unit tests).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapapp.extract import extract_incidents
from mapapp.model import Document


def _repeat(unit: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return build


def _numbered(unit: str) -> Callable[[int], str]:
    """Copies of ``unit`` with ``{n}`` numbered 1, 2, ... (no two sentences alike), cut to the size."""

    def build(size: int) -> str:
        parts: list[str] = []
        length = 0
        while length < size:
            parts.append(unit.format(n=len(parts) + 1))
            length += len(parts[-1])
        return "".join(parts)[:size]

    return build


_CAPITALISED = "Tal Abyad Ras Ain Deir Hafer Abu Kamal Ain Issa Suwar Hajin Busayrah Mayadin Shaddadi Amuda Markada "
_RUN_ON = (
    "the coalition airstrike near Tal Tamr killed 12 civilians and wounded 30 others according to the Observatory "
    "which said on June 5 2018 that an SDF patrol came under fire in the countryside of Deir ez-Zor province while "
)
_REALISTIC = (
    "A coalition airstrike killed 12 civilians in the village of Khuweibra, east of Raqqa, on June 5, 2018, "
    "the Syrian Observatory for Human Rights said. Three children were among the dead. <p>Separately, a car bomb "
    "wounded five people in Qamishli, Hasakah province.</p>\n"
)

#: name → builder of a text of (about) the given number of characters.
GENERATORS: dict[str, Callable[[int], str]] = {
    "comment_openers": _repeat("<!--"),
    "count_commas": _repeat("1,"),
    "governorate_repeat": _repeat("Raqqa "),
    "unclosed_tags": _repeat("<a href=x "),
    "less_than": _repeat("<"),
    "unclosed_script": _repeat("<script>x "),
    "block_tag_openers": _repeat("<div "),
    "capitalised_run": _repeat(_CAPITALISED),
    "numbers": _repeat("12 "),
    "digits": _repeat("9"),
    "quotes": _repeat('"'),
    "single_quotes": _repeat("'x "),
    "trigger_words": _repeat("airstrike killed "),
    "at_least": _repeat("at least "),
    "between_and": _repeat("between Raqqa and "),
    "province_list": _repeat("provinces of Raqqa, "),
    "governorate_city_places": _repeat("in Raqqa and near Tal Tamr "),
    "one_sentence": _repeat(_RUN_ON),
    "clauses_with_governorates": _repeat("shelling hit Raqqa, "),
    "province_and_list": _repeat("provinces of Raqqa and Hasakah and Deir ez-Zor and Raqqa and Hasakah and x. "),
    "incidents": _repeat("An airstrike killed 2 people in Tal Tamr on June 5. "),
    "dates": _repeat("on June 5, 2018 "),
    "realistic": _repeat(_REALISTIC),
    # one clause naming a party again and again after the event word: each later name was checked for an
    # "in response to" by a search back to the event word (quadratic until the search was made once per clause)
    "actors_after_the_event": _repeat("a Turkish drone struck a car near Amuda, killing two fighters, sources said, "),
    # clauses naming "the same attack" in one sentence (each merged into one incident was quadratic until only the
    # clause right after the opening one was merged), and tolls added to again and again ("Two more died")
    "same_attack_clauses": _repeat("gunmen shot dead a guard in Hajin, while another was wounded in the same attack, "),
    "further_dead": _repeat("Two more died later. "),
    # a bomb and a clause set off by commas before its verb, and the counted fighters with commas before
    # "neutralized" (bounded runs of words, each tried from many starts), bodies found with no event word, and ground
    # taken under control before a guarded site's word
    "bomb_commas_neutralized": _repeat(
        "bomb, terrorists, who were, bomb, bodies were found near Hajin, found dead, regained control of a checkpoint "
    ),
    # another source's count and an enumeration after a toll, many times in one clause
    "tolls_and_counts": _repeat("killed two civilians, a man and his son, while ISIS said it killed 11, "),
    # event words named as the time of another ("after the attack") and "in response to" in one long clause: the
    # event words told as a time were dropped by a membership test in a list, quadratic until it went by identity
    "answered_events": _repeat("in response to the attack in Ankara, jets struck targets in Qamishli, after the attack on "),
    # a remnant's layer told after a relative clause, and a definite word for a group refer-back, many times over
    "remnant_layers": _repeat("a landmine blast, which was left behind by ISIS, and the terrorist group managed to storm "),
    # a party's men harmed in a headline's participle, also before a short place and a count, many times
    "headline_victims": _repeat("SDF commander killed in Hajin, ISIS militants executed on Monday a shepherd, "),
    # counted waves of strikes in one long sentence: the whole text was searched for a period and the perfect once per
    # counted noun (quadratic until both were looked for once per text)
    "counted_waves": _repeat("jets carried out 17 airstrikes on ISIS positions near Maadan and "),
    # the tenth session's rules: arrests told without a fight in one long sentence (each searched from its clause to
    # the sentence's end), "the militants" referring back, another source's toll, place items after a dated strike
    "unresisted_arrests": _repeat("police detained two men in Hajin without resistance and "),
    "militants_refer_back": _repeat("IS militants attacked a post near Markada. The militants then stormed Sabkha. "),
    "another_sources_toll": _repeat("A shell killed six in Hajin on Monday. Activists put the toll at nine. "),
    "place_items": _repeat("Drones struck Amuda on Monday, killing two. In Derik, a drone hit a car. "),
    # the rules merged after the second review: shelling beside a fight and the answered event with its own place in
    # one long clause, two victims on two days, items inside the town just told, release lines told by a speaker
    "shelling_beside_fights": _repeat("clashes broke out near Hajin, amid Turkish artillery shelling on Sousa, "),
    "answered_with_place": _repeat("in response to the rocket attack on the post at Kasra, jets shelled sites near "),
    "victims_on_two_days": _repeat("a man was shot in Hol on Monday, and another man was found dead on Tuesday, "),
    "inside_the_town": _repeat("A bomb hit Hajin on Monday. Before the truce, a shell fell in the town's market. "),
    "reported_release_lines": _repeat("Near Hajin, a strike destroyed an ISIS depot, the regime said. "),
    # the eleventh session's rules: a clash's reporter read per unattributed clash, release region lists, target lists
    # framed by places told before the strike, a neutralized patient past a long relative clause, the victims'
    # apposition, aircraft and guns told together, replies cut into clauses of their own
    "clash_reporters": _repeat("clashes erupted near Hajin, the SDF said, and fighting went on in Sousa, a spokesman for the SDF said "),
    "region_lists": _repeat("jets destroyed targets in the Amuda, Derik and Tal Tamr regions and "),
    "framed_target_lists": _repeat("In the Derik countryside, drones struck on Monday a silo in Amuda and a station in Hajin and "),
    "neutralized_past_relative": _repeat("terrorists who fired on our base near Tal Abyad in the area were identified and neutralized "),
    "victims_apposition": _repeat("a blast killed six people, most of them members of the SDF, "),
    "aircraft_and_guns": _repeat("coalition aircraft and artillery pounded Hajin after harassment fire on our regions "),
    "replies_in_clauses": _repeat("rockets hit Amuda, and the SDF responded by targeting militia positions in Derik "),
    # the twentieth session's detail told right after an event (its cue words and "returned  fire" searched per clause)
    "details_told_after": _repeat("Gunmen shot a grocer in Hajin. His cousin said he was hit twice, returned   "),
    # a detail's clause opening on an indefinite subject ("A nurse was shot"): short words after "A", never its verb
    "indefinite_subject": _repeat("Gunmen shot a grocer in Hajin. A nurse  told  a a a   went  shot near Hajin. "),
    # many unattributed clashes told in one clause (each read for its reporter in the clause)
    "listed_clashes": _repeat("fighters clashed at a post in Hajin, a checkpoint in Sousa and a base in Baghuz and "),
    # the eleventh session's rules: a count broken down by place followed by a run of blanks (its item cut, "\s*"
    # before "\s+and", was cubic in the run), "the town" told sentences after its place, a claim of responsibility
    "breakdown_blanks": _repeat("Nine fighters were killed in Hajin, 6 of them" + " " * 2000 + "in Hajin. "),
    "town_told_later": _repeat("Clashes hit Hajin. A man spoke. Shelling hit the town centre. ISIS claimed the attack. "),
    # "the village" in each clause of one long sentence two sentences after its place (the sentences between were read
    # for places once per clause: quadratic until each was read once)
    # the rules merged after the first review: tolls of both sides, a whole battle's dead, a forecast course, a toll
    # two sentences on past an unplaced event, many massacres in the perfect, a relative clause before the verb
    "both_sides_tolls": _repeat("12 fighters from both sides of the front near Hajin were killed and "),
    "battle_tolls": _repeat("more than 1,000 fighters were killed in the battle for Hajin since 2017 and 900 "),
    "forecast_courses": _repeat("the battle for Hajin will be over soon and the offensive which they expect to "),
    "tolls_past_events": _repeat("Gunmen attacked a post in Hajin. Elsewhere, a bomb exploded. Two were killed. "),
    "perfect_counts": _repeat("ISIS has committed many massacres and numerous killings and countless "),
    "long_relatives": _repeat("5 terrorists who were preparing to attack our troops in the area of the region and who "),
    "relation_anchors": _repeat("A bomb hit Hajin. Hours later, jets struck Sousa a day after the bombing. "),
    "village_in_every_clause": lambda size: (
        "Clashes hit Hajin on Monday. Residents fled. Gunmen attacked"
        + _repeat(", while jets struck positions in the village")(size)
    ),
    # one run of blanks as long as the text inside a clause: a soft break opening with blanks (", while", ", as",
    # ", and") was tried from each blank of the run and read the rest of it again (quadratic until a break could
    # open only on the run's first blank)
    "blank_run": lambda size: "Jets struck Hajin" + " " * size + "on Monday.",
    # the eleventh session's rules: a denial of reports of an event in one long clause, an explosion heard then its
    # cause, a fight then its air side, an assault on "our points" then the reply, fighting told in other tenses
    "denied_reports_run_on": _repeat("the police denied reports of a second blast near Amuda and "),
    # (numbered: a sentence repeated word for word is read once)
    "heard_then_cause": _numbered("An explosion was heard in Amuda at {n}. Initial reports: a car bomb went off. "),
    "fight_then_air_side": _numbered(
        "Fighting broke out near Hajin, {n} said. Coalition jets then struck the advancing gunmen, killing {n}. "
    ),
    "assault_on_our_points": _numbered("ISIS attacked our {n} points in Hajin. Our forces responded, killing {n}. "),
    # a count followed by one long run of blanks: the stretches that may stand between a count and its verb
    # ("9 villagers, including 4 children, were killed") opened with two blank runs around an optional comma, tried at
    # every split of the run (quadratic until the runs were made possessive)
    "count_then_blanks": lambda size: "Jets struck Hajin, killing two" + " " * size + ".",
    "fighting_tenses_run_on": _repeat("fighting with the rebels was raging in Hajin while planes have been striking Susah and "),
    # the twelfth session's rules (tolls12, actors12, geo12): fighters "destroyed" as the last of a list of things, a fight's dead over its days
    # past the strikes told meanwhile, a person described before their relatives, a strike answering an attack told
    # with its weapon, a release's sections headed by countries
    "destroyed_lists": _repeat("jets destroyed a depot, two launch sites and up to 40 militants near Hajin and "),
    "fight_so_far_tolls": _numbered("Clashes hit Hajin on day {n}. Jets struck Sousa. Since then, {n} fighters died. "),
    "described_relatives": _repeat("gunmen killed Omar Saleh, described as a trader, and his two sons who had come home and "),
    "answered_weapons": _repeat("US jets struck sites near Hajin after drone attack on the base and after the drone strikes "),
    "country_sections": _numbered("Iraq\nNear Sinjar, {n} strikes hit a tunnel.\nSyria\nNear Hajin, {n} strikes hit a depot.\n"),
    # the twelfth session's rules (prec12b, recall12ab): parts judged in a run-on clause, campaign ends recalled, holders
    # gone, counts over a whole operation, days that follow, parties behind, tolls at a listed place, the struck's assault
    "judged_parts_run_on": _numbered("a court jailed {n} men over their role in the bombing of a market in Hajin and "),
    "campaign_ends_recalled": _numbered(
        "The SDF captured Hajin {n} last week after months of fighting. Regime forces took Susah {n} after the rebels "
        "withdrew from their trenches under fire. "
    ),
    "operation_counts": _numbered("{n} terrorists were neutralised in its air operation, and strikes on day {n} and the following days "),
    "parties_behind": _numbered("Jets struck a depot in Hajin on day {n}. Activists said Russian jets were likely behind the strikes. "),
    "tolled_lists_run_on": _numbered("jets bombed Hajin and Susah on day {n}, killing {n} civilians in Hajin, "),
    "struck_assaults": _numbered("jets struck pro-regime forces that attacked an SDF base near Hajin on day {n} while "),
    # the twelfth session's rules (types12, recall12c, prec12): strikes told before a ground advance, ground taken after its holders withdrew,
    # events named by a past date, comma lists of places opened by a place, a fight's scene set the sentence before,
    # arson with nobody hurt, all in one long clause or many short sentences
    "prior_strikes": _repeat("troops advanced on Hajin after Russian air strikes and "),
    "taken_after_withdrawal": _repeat("fighters took control of Sabkha after the militants had withdrawn and "),
    "named_by_dates": _repeat("a court jailed men over the 2019 bombing and the March 2021 attack and "),
    "place_chains": _repeat("in Hajin, Raqqa, Susa, Hasakah and "),
    "scene_then_clash": _numbered("The operation in the Hajin pocket went on at {n}. Heavy clashes are under way. "),
    "arson_run_on": _repeat("gunmen set fire to a house in Hajin and torched a car and "),
    # the twelfth session's second-round rules (recall12d, prec12c): a fight beside a bombing, a victim pulled out and
    # shot, another party's act after ", and", fire that goes on at a place, an event noun with an indefinite complement,
    # a page's controls, a fight's means, a blast named again, launches each followed by a fight
    "bombers_beside_fights": _numbered("clashes raged near Hajin on day {n}, and ISIS sent {n} suicide bombers while "),
    "pulled_and_shot": _numbered("a man was pulled from his car and shot near Hajin on day {n}, and "),
    "named_parties_and": _numbered("regime forces shelled Hajin on day {n}, and ISIS Militants shelled Susah, and "),
    "continues_on": _numbered("shelling continues on Hajin on day {n} and continued on "),
    "new_things_of": _numbered("the explosion of a bomblet on day {n} wounded the house of a teacher and the blast of two "),
    "control_lines": _repeat("Skip to main content (Press Enter).\n"),
    "fights_means": _numbered("clashes broke out near Hajin on day {n}, with the use of mortars and drones by the SDF and "),
    "blasts_named_again": _numbered("A roadside bomb hit a car near Hajin on day {n}. The explosion hit a truck near Susah. "),
    "launches_then_fights": _numbered("The SDF launched an offensive on Hajin on day {n}. Clashes erupted in Susah. "),
    # launches with no fight after them: each looks only at the few sentences after it (not at every later incident)
    "launches_alone": _numbered("Army units launched the battle to retake the village of Hajin on day {n}. "),
    "ground_taken_run_on": _repeat("the SDF took control of Hajin after clashes with ISIS and regime troops captured Susah and "),
    "own_fight_speakers": _repeat("the SDF said they had seized Hajin after fighting with IS militants, the army said that its "),
    "speaker_then_blanks": lambda size: "Clashes with ISIS hit Hajin, the SDF said" + " " * size + "x.",
    "ministry_harassment_fire": _numbered("PKK/YPG terrorists opened harassment fire at our base near Hajin on day {n}. "),
    "driven_car_bombs": _repeat("a car bomb was driven at a post in Hajin and destroyed before reaching it and "),
    "site_parties_run_on": _repeat("a bomb exploded near SDF offices in Hajin among SDF fighters outside an Asayish post and "),
    "release_clashes": lambda size: "SDF Press Center\n" + _repeat("Heavy clashes are taking place in Hajin. ")(size),
    "update_lines": _numbered("A car bomb hit Hajin on day {n}. Ambulances rushed. More soon. Update: {n} dead, 2 wounded. "),
    "exchange_zeros": _numbered("Drones attacked the base at Hajin on day {n}. Shortly after, US guns shelled Susah. No casualties were reported. "),
    "told_again_ledes": _numbered("Jets struck groups around Hajin on day {n}. The strikes hit a camp near Susah. "),
    # (review13b) groups of regions closed by their country, titles of road ends or of place lists,
    # fights beside strikes, bars and semicolons between parties and events, reports set apart
    "region_groups": _repeat("jets destroyed targets in the regions of Hajin and Susah in northern Iraq and Kasra and Baghuz in northern Syria and "),
    "road_end_titles": lambda size: ("Shelling between Hajin and Susah between Amuda and Derik " * (size // 116 + 1))[: size // 2]
    + "\n" + _repeat("A bomb hit Hajin. Jets struck Susah. ")(size // 2),
    "place_list_titles": lambda size: ("Shelling on Hajin and Susah and Amuda and Derik and " * (size // 104 + 1))[: size // 2]
    + "\n" + _repeat("A bomb hit Hajin. Jets struck Susah. ")(size // 2),
    "fights_beside_strikes": _repeat("two were killed in clashes and coalition airstrikes near Hajin and "),
    "bars_and_semicolons": _repeat("ISIS militias in Hajin | drone strikes a car; Russian patrol in Susah; a shell kills a man, "),
    "aliased_region_list": lambda size: "Jets struck the regions of "
    + _repeat("Hajin (Hajeen), Susah (Sousa), Baghuz, Kasra in northern Syria and Sinjar, Rabia in northern Iraq and ")(size),
    "set_apart_reports": _numbered("Separately, a blast hit a depot in Hajin on day {n}. Elsewhere, rebels took a hill near Susah. "),
    # the thirteenth session's rules (trig13, tally13): fights and advances told where they are, each followed by its
    # ground (or a time, or a part of a place), "taken" ground, passive parties driven off, counts of strikes as the
    # subject of one long clause, tolls "so far" and "the toll of which"
    "ground_after_run_on": _repeat(
        "gunmen fought at the gates of Hajin on Monday, troops advanced east of the river and had taken the oilfield, "
        "the militants were cleared from the silos and fighting with the SDF was near "
    ),
    "wave_subjects_run_on": lambda size: "Near Hajin, " + _repeat("5 strikes near Hajin hit 6 ISIS units, ")(size),
    "so_far_tolls": _numbered("A shell hit Hajin on day {n}, the toll of which rose to {n}, we count {n} so far and "),
    # (review13f) the edges of an incident's evidence (evidence13): many parts joined by semicolons, ", while" and
    # ", after" in one sentence, a ranking before each semicolon, and one event before (or after) a 100 KB part
    # that tells none
    "evidence_edge_parts": _numbered(
        "troops left post {n}, while gunmen clashed with the SDF in Hajin on day {n}; a convoy drove along road {n}, "
        "after the police left quarter {n}; "
    ),
    "ranked_heads": _numbered("This is the {n}th raid on the camp; on Friday, a drone killed two men near Amuda; "),
    "eventless_tail": lambda size: "Clashes erupted in Hajin on Monday; " + _repeat("a convoy drove along the road and ")(size),
    "eventless_head": lambda size: _repeat("a convoy drove along the road and ")(size) + ", while clashes erupted in Hajin.",
    # the thirteenth session's rules (spur13, spur13b): waves of fighting over a region before placed fights, the struck
    # party's assault told again, a fight lasting where a strike hit, devices after a seizing verb, assaults foiled by
    # arrests, tolls since a weekday after fights spreading
    "regional_waves": _numbered(
        "Fighting spread to more villages on day {n}. Gunmen attacked a post in Hajin on day {n}. "
    ),
    "retold_assaults": _numbered(
        "Jets struck militias who attacked an SDF post near Hajin on day {n}. The attack began with mortar fire. "
    ),
    "lasting_scenes": _numbered(
        "jets struck positions near Hajin on day {n}, where fighting has gone on for {n} days, and "
    ),
    "seized_devices_run_on": _repeat("police seized weapons, ammunition and suicide vests and IEDs and "),
    "foiled_by_arrests": _numbered(
        "the Asayish foiled an attack on a post near Amuda on day {n} after detaining {n} men and "
    ),
    "spreading_tolls": _numbered(
        "Clashes spread across the countryside on day {n}. {n} people have been killed since Friday. "
    ),
    # the fourteenth session's rules (spur14b): fights told after "as" behind a shelling in one long clause (the scene
    # after each fight's word is looked for to the clause's next comma), a bombardment over a region before its placed
    # hits, "the explosion" told again past sentences of no event
    "backdrop_fights_run_on": _repeat("shells hit homes as fighters battled the militants and "),
    "backdrop_fights_with_places": _repeat("shells hit Hajin as fighters battled the militants and "),
    "regional_bombardments": _numbered(
        "Jets pounded targets across northeast Syria on day {n}. A drone hit a car in Amuda. Jets struck a depot near Derik. "
    ),
    "regional_bombardments_run_on": _repeat("jets pounded targets across northeast Syria, cutting power in Amuda, and "),
    "explosions_told_again": _numbered("A car bomb went off in Hajin at {n}. Roads were closed. The explosion killed {n}. "),
    # the fourteenth session's rules (spur14a, killed14): events named as what another came after (run on in one
    # clause, and told as sentences with a toll next), campaigns begun, work suspended over attacks, tolls broken down,
    # bare helicopter landings, a party's stated zeros, a side's own dead, update and correction lines, full dates
    "sequels_run_on": _numbered("the raids came after a car bombing in Hajin on day {n}, following an attack on post {n} and "),
    "sequels_told_on": _numbered(
        "The raids came after a car bombing in Hajin on day {n}. The bombing killed {n} people. "
    ),
    "campaigns_begun": _numbered(
        "the SDF began the decisive battle on day {n} to clear the pockets, the battle for post {n} has begun and "
    ),
    "suspended_over": _repeat("the council suspended work at the crossing, paused and resumed it over the Turkish strikes and "),
    "toll_breakdowns": _numbered("A total of {n}00 people were killed in the battle. The toll includes {n} killed by gunmen. "),
    "bare_landings": _numbered("A helicopter landed near Hajin on day {n} and flew off. "),
    # a named drone campaign, then bare strikes listed one a line, each naming another air power (its clause searched
    # for parties once per item)
    "bare_strikes_listed_after_campaign": lambda size: "Turkish drones carried out strikes near Amuda on Monday:\n"
    + _numbered("- a strike on car {n} near Hajin, the coalition said\n")(size),
    "party_zeros": _repeat("no U.S. personnel or guards were hurt and no doubt the men or the drivers were "),
    "own_dead": _numbered("the SDF killed {n} militants near Hajin, losing three of their own, while two of our fighters fell martyrs and "),
    "update_and_correction_lines": _numbered("Info: a car bomb in Amuda, {n} killed.\nCorrection: an earlier version said {n} killed.\nUpdate: {n} dead.\n"),
    "full_dates": _numbered("On April {n}, 2024, 2,024 people were killed in Raqqa and "),
    # statements dated between subject and verb, datelines whose dash runs into the text (dates._is_statement_date)
    "subject_on_day_said": _numbered("The SDF on Monday said that gunmen on day {n} on Friday evening reported "),
    "dateline_dash_run_in": _numbered("\nKURDWATCH, June {n}, 2015\u2014On June 3, 2015\u2014On May 4 on Sunday said "),
    # the fourteenth session's rules (recall14a, recall14bc, geo14): concessive phrases and strikes of an air party
    # beside a fight run on in one sentence, an answer read across semicolons, strikes referred back to before what
    # they answered, regions listed after an operation over countries, parts of towns after possessives, homes abroad
    "concessions_run_on": _repeat("fighters pushed into Hajin despite air strikes and shelling in spite of raids "),
    "air_party_beside_fights": _repeat("clashes raged near Hajin, amid coalition strikes on the town, amid raids "),
    "answers_after_semicolons": _numbered("Our units returned fire on day {n}; the fire was responded to with howitzers; "),
    "strikes_referred_back": _numbered(
        "US jets struck a depot near Mayadin on day {n}. The strikes came in response to a drone attack on a base. "
    ),
    "regions_after_countries": _numbered(
        "Jets carried out air strikes in northern Iraq and Syria on day {n}. In the operations in the Hajin, Amuda "
        "and Derik regions, {n} terrorists were neutralised. "
    ),
    "possessive_parts": _repeat("Mayadin's main old square and Qamishli's Wahda street and Tabqa's "),
    "homes_abroad_placeless": _numbered(
        "A drone hit a car in Hajin on day {n}. The Ankara-based Beirut-based ministry said a bomb killed {n} soldiers. "
    ),
    # the fourteenth session's blame rules (actor14, review14d): blames of the deed just told or of another one, run
    # on in one sentence (each blamed party's name looked up, each blame's clause read) or each after its incident;
    # claims past an apposition, of attacks with no determiner
    "blames_run_on": lambda size: "A bomb hit a car in Hajin on Monday. " + _repeat(
        "officials blamed ISIS for the attack in Susah and accused the Hamza Division of shelling Sabkha and "
    )(size),
    "blamed_before_run_on": lambda size: "A bomb hit a car in Hajin on Monday. " + _repeat(
        "ISIS was blamed for the attack in Susah, the SDF was accused, the attackers, believed to belong to an ISIS cell, "
    )(size),
    # weapons and attackers whose owner is told with a likelihood (actor26: "jets, probably Israeli", "masked men, very
    # likely to be of ISIS", "a drone which probably belonged to"), run on with no party named after
    "likelihood_reserves_run_on": lambda size: "Unknown aircraft hit a depot in Hajin on Monday. " + _repeat(
        "jets, most likely planes, probably a drone which possibly belongs to men very likely to belong to mines, likely left by "
    )(size),
    # fighters named by the sponsor they are loyal or aligned to (actor26: "Ankara-loyal factions", "groups aligned
    # with Tehran"), the sponsor never reached
    "loyal_aligned_run_on": _repeat("Syrian factions loyal to Turkey-loyal groups aligned with Iran-loyal militias aligned with "),
    "blames_after_incidents": _numbered(
        "A bomb hit a car in Hajin on day {n}. Officials blamed ISIS for the attack on a school in Susah on day {n}. "
    ),
    "claims_past_appositions": _numbered(
        "A drone hit a base near Shaddadi on day {n}. The Islamic Resistance, an umbrella of {n} groups, claimed attacks on it. "
    ),
    # a strike on the kind of place just told (coreference.places._placed_by_kind_told), another place named between
    "strikes_on_kind_told": _numbered(
        "Militants attacked SDF posts in Hajin on day {n}, killing {n} fighters. Meanwhile in Susa, bread was short. "
        "The coalition carried out strikes on the attackers and jets pounded the area and would strike the town. "
    ),
    # sentences that only comment on the incident (background.evidence._drop_comment_sentences)
    "comment_sentences": _numbered(
        "A car bomb exploded in Amuda on day {n}, killing {n} people. The council said the attacks were a crime. "
        "The battle would be long and the attacks are the work of cells, over the area of the attack. "
    ),
    "comment_run_on": _repeat("the attacks were the battle was the drone is the attacks are over the area of the attack "),
    # the dead remembered (background.history._REMEMBRANCE_RE before the event word), a wave over countrysides
    # (coreference.summaries._targets_over_countrysides)
    "remembrance_and_waves": _numbered(
        "Relatives visited the graves of fighters in Hajin on day {n}. Jets bombed fuel installations in the "
        "countryside of Raqqa and Hasakah, killing {n}. "
    ),
    # a likened attack (event_series rule 0f) and stray fire after a fight (rule 0g), sentence after sentence
    "likened_and_stray_fire": _numbered(
        "Gunmen clashed with the SDF in Hajin on day {n}. A boy was killed by a stray bullet in Susa. It came after a "
        "similar attack near Amuda, which wounded {n} guards. "
    ),
    # a party's members hit at a checkpoint, a patrol's targeting as a noun, known events with their tolls, one run-on
    "checkpoint_and_known_events_run_on": _repeat(
        "two SDF members were killed by gunfire at a checkpoint near Susa and the targeting of a patrol of the SDF by "
        "gunmen and the bombing in March 2021 killed 5 in which 3 died and a bomb went off near a shop in Amuda "
    ),
    # a strike on the scene placed at the dateline's town (coreference.places._placed_by_kind_told with the place context)
    "dateline_scene_strikes": lambda size: (
        "HAJIN, Syria (Reuters) - "
        + _numbered("Clashes went on near the camp on day {n}. Coalition jets struck the checkpoint on day {n}. ")(size)
    )[:size],
    # spans of days, each ranked or not, in one clause (background.tallies._span_of_days: a window before each span) and
    # pluperfect tolls after bare plural subjects (background.tallies._RUNNING_TOLL_RE)
    "ranked_spans_run_on": _repeat(
        "the heaviest raid in a week and the first time in a month over two days that rebels had killed dozens "
    ),
    # a report told over an area refined by the village told next (coreference.places.refined_cluster, _told_over_an_area,
    # merge's _places_told_over_an_area)
    "area_then_village": _numbered(
        "Turkish artillery shelled villages in the countryside of Amuda district on day {n}, wounding {n}. "
        "Turkish artillery shelled the village of Tal Tamr on day {n}, wounding {n}. "
    ),
    # one killed with their own people (casualties._add_dead_possessor, _BARE_WITH_RE, _LEFT_KILLED_RE past a place)
    "dead_with_own_people_run_on": _repeat(
        "a commander was killed on the road near the old bridge of the town along with his driver and killed him with "
        "his son and died with his two sons and was killed together with 4 fighters "
    ),
    # targets with compound heads, told by their user, 'another on', and 'the strikes' parts (clauses._TARGET_AT,
    # event_series._the_strikes_told_before)
    "compound_targets_and_the_strikes": _numbered(
        "Drones struck positions near Hajin on day {n}. The strikes hit a mill and a bakery near Susa and a house used "
        "by its gunmen in Shaddadi and another on a school in Amuda, killing {n}. "
    ),
    # (review16a) kidnappings with nobody harmed, each followed by its captive's fate or none
    # (background.arrests._unharmed_abduction), and strikes told without their weapon after a summary over places,
    # dated or set apart (event_series._strike_without_its_means, coreference.retelling._another_part_of_a_summary)
    "kidnappings_and_fates": _numbered(
        "Gunmen kidnapped a trader in Hajin on day {n} and abducted 12 of his workers. He was later found dead. "
    ),
    "summary_then_strikes_without_weapon": _numbered(
        "Drones struck Amuda countryside, Susah countryside and Hajin countryside on day {n}. In Amuda countryside "
        "a mill was hit, killing {n}. A post near Susah was hit. Elsewhere, a depot was targeted near Hajin. "
    ),
    # one fight, then its stray-fire casualties sentence after sentence at its place: each folded into the fight
    # (event_series.fold_stray_fire_into_fights), whose evidence grows with each
    "stray_fire_folded_into_one_fight": lambda size: (
        "Tribal gunmen fought the SDF in Hajin, killing two fighters. "
        + _numbered("A boy was also killed by a stray bullet in Hajin, source {n} said. ")(size)
    )[:size],
    # sentences naming only where people came from or where the attackers stood (coreference.continuation.
    # told_from_origins_cluster; toponyms' "driving home from the market in X", "stationed in X (Y) targeted")
    "told_from_origins": _numbered(
        "Gunmen shot a trader near Hajin on day {n}. The men, all from the town of Susa, were walking back from the "
        "market in Amuda when troops stationed in Tal Abyad (Gire Spi) targeted them with {n} rounds. "
    ),
    # (review16c) a run-on clause of fights told after "as" with no part break (mentions._not_backdrop: the next break
    # was looked for from each backdrop to the clause's end)
    "backdrop_battles_no_break": _repeat("jets struck a car as the battle was at a final stage "),
    # (review16e) the sixteenth session's rules (recall16, killed16): one hit told in the simple past, in one long clause
    # (specificity._one_hit_told, each hit's clause read with a bounded subject window) and in many sentences; zeros of
    # a source's silence and vague tolls each followed by a count (follow_up_tolls)
    "one_hit_run_on": _repeat("a silo and a bakery were hit near Amuda and one of the drones struck a car near Derik and "),
    "one_hit_sentences": _numbered("A pump station was hit near Amuda on day {n}. Drones struck a car near Derik. "),
    "silence_then_counts": _numbered(
        "Shells hit Hajin on day {n}, the agency said without reporting casualties. A medic said {n} were killed. "
    ),
    "vague_then_counted": _numbered(
        "Jets bombed posts near Hajin on day {n}, killing dozens of soldiers. The ministry put the toll at {n}. "
    ),
    # (review17a) the seventeenth session's actor rules (actor17): a state named as a place before a violent verb, the
    # origin of fire in one long clause (arguments' window before each mention), "the army" and bare "Factions"
    # referring back line after line (document_agents, bounded look-back). Measured linear: x1.8-2.0 from 50 to 100 KB
    "state_place_before_verb": _numbered("A man who had lived in the United States killed his brother near Amuda on day {n}. "),
    "fire_origin_run_on": _repeat("and a mortar round from the regime forces landed on a roof near Amuda "),
    "army_refers_back": _numbered(
        "Regime forces hold Amuda.\n\nOn Monday the army shelled village {n}.\n\nFactions shot a man in Hajin.\n\n"
    ),
    # the eighteenth session's bombardment of regions each told with a head of its own, in one run-on clause
    # (clauses.regions_headed_apart: each gap between two places bounded and matched once), and "blew up" again and
    # again (a bounded look-ahead per hit). Measured linear: x1.8-2.0 from 50 to 100 KB
    "regions_headed_apart": _repeat(
        "jets struck hideouts in the desert of Hajin and the desert of Susah, as well as areas in the Badia of Baghuz and "
    ),
    "blown_up_buildings": _repeat("militants blew up the old "),
    # (review18b) the eighteenth session's actor rules (actor18): the teller of a clash's dead of the other side
    # (incidents: own_fight_reporter, clash_reporter over the cluster's clause), a side telling ground taken
    # (specificity), the foe of a verb of fighting and a place's pluperfect relative (arguments' bounded windows), a
    # clash's side told acting later (merging). Measured linear: x1.9-2.0 from 50 to 100 KB
    "clash_dead_told_run_on": _repeat(
        "and the SDF said its units retook Susa after fighting in which five ISIS members were killed near Hajin "
    ),
    "ground_taken_and_foes_run_on": _repeat(
        "and the SDF said they had seized Hajin after troops fought the remaining ISIS cells in the town that ISIS had "
        "held "
    ),
    "clash_sides_acting_later": _numbered(
        "Clashes between the SDF and tribal fighters erupted in Hajin on day {n}. Tribal fighters then attacked SDF "
        "posts in Hajin, killing {n}. "
    ),
    # (review18c) a bombardment answering an event abroad, its clause's preposition before one long run of blanks and
    # no country after it (precision18's "in northern Syria" was tried at every split of the run: quadratic until the
    # blanks were made possessive)
    # every weapon word of a hyphenated run, then the site that keeps them: the rest of each word read to the run's end
    "kept_weapon_hyphen_run": lambda size: "A bomb hit " + "jet-" * (size // 4) + "jet storage facilities.",
    "answered_abroad_blanks": lambda size: "In response to the attack in Mersin, jets struck targets in" + " " * size + "Hama, Syria.",
    # (review19a) the nineteenth session's rules (notinc19, geo19): lines ending in a colon over bulleted lists (each
    # head reads at most 15 lines after it), rites after tolls and denials through "any" in one long clause, futures
    # past an event's phrase, fights avoided, vehicles heading to places, bulleted labels. Measured linear: x1.6-2.2
    # from 40 to 80 KB (the futures' cost per 100 KB varies with size but stays at or below main's at every size)
    "list_heads_over_bullets": _numbered(
        "Drones struck Amuda and Hajin on day {n}:\n- Hajin: a drone hit car {n}.\n- Susah: a drone hit post {n}.\n"
    ),
    "one_list_head_of_many_places": lambda size: "Drones struck "
    + _repeat("Hajin, Susah, Amuda, Derik and shelled ")(size)
    + "on Monday:\n- Hajin: a drone hit a car.\n- Susah: a drone hit a post.\n",
    "rites_run_on": _repeat("a shell killed two in Hajin, their funeral was held in Susah, and "),
    "negated_any_run_on": _repeat("the allies did not conduct any strikes near Hajin and "),
    "left_devices_run_on": _repeat("a bomb planted near the bakery in Hajin, a mine left by the road in Susah, "),
    "controlled_detonations_run_on": _repeat("the controlled detonation of old shells near Hajin, controlled "),
    "trend_run_on": _repeat("a rise in the the the rise in rise in assassinations near Hajin and "),
    "remote_controlled_run_on": _repeat("a remote controlled bomb and a controlled explosion near Hajin, controlled "),
    "trend_beside_event_run_on": _repeat("gunmen shot a man in Hajin amid a rise in attacks and a surge in "),
    "futures_past_phrases_run_on": _repeat("the battles against ISIS in the province of Hajin will continue and "),
    "avoided_fights_run_on": _repeat("families fled Hajin to avoid fighting and patrols avoided any clash near Susah and "),
    "vehicles_heading_run_on": _repeat("a convoy heading to Hajin came under fire and "),
    "bulleted_labels": _numbered("• Hajin {n}: a drone hit a car.\n"),
    "dated_items_then_strikes": _repeat("A report was judged credible: May 2, 2019, near Sousa, Syria. During a strike, a drone killed two men. "),
    # (review19b) a raid's clause naming parties after its event word, none in a "during which" clause of its own
    # (arguments.attested_agent: a search from the event word to each later party was quadratic, x3.7 from 50 to 100
    # KB, until the first "during which" was found once)
    "raid_then_parties_run_on": lambda size: "Our forces raided a farm near Hajin "
    + _repeat("with ISIS and the regime and ")(size),
    # (review19f) the rest of the whole change: bulleted places with no event word under one strike line (each re-read
    # as its strike), a tribe's men and mercenary factions named over and over in one clause (the actor table's
    # branches and look-behinds), air power beside a ground fight, a raid's raided side firing on the raiders
    "places_struck_listed_many": lambda size: "Drones hit these sites on Monday:\n"
    + _numbered("- a silo {n} near Hajin\n")(size),
    "tribesmen_run_on": _repeat("gunmen from the local Baggara tribe clashed with members of two clans and "),
    "mercenary_factions_run_on": _repeat("the regime's mercenary factions and Iranian mercenary factions shelled Hajin and "),
    "air_power_beside_clashes_run_on": _repeat("fighting against the regime under coalition jets and US helicopters and "),
    "raided_side_fires_run_on": lambda size: "Our forces raided a house in Hajin "
    + _repeat("and ISIS members opened fire on the force and ")(size),
    # (review19c) recall19/date19's paths: a strike line ending in a colon over bulleted places struck (each item read
    # twice), acts told with "then" after a dated scene, a span's two ends counted back from publication far apart,
    # and "daily" before blanks (its report look-ahead)
    "struck_places_listed": lambda size: "Drones struck sites in the north on Monday:\n"
    + _numbered("- a silo near Amuda, item {n}\n")(size),
    "then_scene_sentences": _numbered("A drone struck a car near Amuda on day {n}. Troops then stormed a house. "),
    # months abbreviated with a stop before a day, and before a count ("May. 13, ..." joins, "May. 12 people" splits)
    "month_dots": _repeat("strikes on May. 13, and in May. 12 people fled "),
    "span_ends_blanks": lambda size: "Jets struck 4 sites between 8 a.m. yesterday and" + " " * size + "8 a.m. today.",
    "daily_blanks_run": _repeat("drones hit the farms daily" + " " * 40),
    # a risen toll naming its event by its day, over and over (follow_up_tolls._ONE_EVENT_TOLL_RE, day_named_event_told)
    "day_named_tolls": _numbered("A bomb hit a shop on Saturday. The toll from Saturday's big car bombing rose to {n}. "),
    "day_possessives_run": _repeat("Saturday's old old old old old "),
    # a stated zero said again after each of many incidents (layout._follow_up_of_another_incident: repeats kept, one lookup each)
    "repeated_zero_lines": _numbered("A shell hit farm {n} near a village. No injuries were reported. "),
    # (actor20) a release party's own forces told as hit: "our" runs before a passive, "of our" runs, after a release
    # label; and counted strikes "suppressed" a run of mortar teams
    "our_forces_hit_run": lambda size: "Asayish General Command\n\n"
    + _repeat("one of our patrols of our forces our new old posts were ")(size),
    # (recall20) a post's line closed before its hashtags: full stops and hashtags alternating on one long line, and
    # posts of a page each closed so (the tail read for the hashtags is bounded)
    "closed_before_hashtags_line": _repeat("A drone hit a car. #Amuda #Syria "),
    "earlier_this_month_run": _repeat("killed two earlier this month and this year "),
    "posts_closed_before_hashtags": _numbered("A mine hit a car near Amuda, post {n}. #Amuda #Syria\n10:0{n} views 12\n"),
    # the twentieth session's date line: a post's header line of names and dates is read for a word of prose once per
    # undated incident told under it (one long header line of handles and dates, a strike told after it)
    "date_line": lambda size: "T.C. Office\n\n" + "@office · 6 May 2024 · " * (size // 24) + "\n\nJets struck Hajin.",
    # (review20actor20) an attack verb before a run of site nouns that never reaches "of our"
    "attacked_sites_run": lambda size: "Asayish General Command\n\n"
    + _repeat("attacked the new checkpoints posts of ours at our old new ")(size),
    # (type24) an attack word, its weapons told with "with", then runs of words and plural site nouns that never close
    "attacked_with_weapons_sites_run": _repeat("gunmen attacked, with light arms, posts bases positions with rifles fire "),
    # (type24) "killed" then runs of words that never reach "by" and the killers
    "killed_by_killers_run": _repeat("a man was killed in the camp on the day of the group of unknown "),
    # (type24) drone words and "carried out" runs before air-strike words, and "by" runs after them
    "drone_carried_out_air_strikes_run": _repeat("drones UAVs carried out conducted air strikes by the unknown airstrikes "),
    # (review20actor20) aircraft named by type, a run of them with no verb after
    "aircraft_types_run": _repeat("F-16s Su-24s MiG-29s A-10s B-52s B-10s F-15E "),
    "page_date_labels": _repeat("date \n date 2021-03-04 posted: 2021-03-05 "),
    # (rev_date21) a page-date label heading the text, then label lines whose blanks run on with no date after them
    "page_date_label_blank_runs": lambda size: (
        "date 2021-03-04 Gunmen attacked a post." + ("\nposted" + " \t" * 200 + ": " + " " * 200 + "x") * (size // 600 + 1)
    )[:size],
    "suppressed_mortar_teams": _repeat("Near Hajin, two strikes suppressed an ISIS mortar crew and "),
    # the places a blast shook or went through, and a vehicle's route told in a clause of the same time or before
    "blasts_and_routes": _repeat("a blast rocked Hajin as a long SDF convoy passed through Sousa when it drove through "
                                 "Baghuz, a bomb ripped through Kasra while "),
    # (spur21) a language menu's items and a headline padded with blanks, then headlines and ledes told again
    "language_menu_and_padded_headlines": lambda size: "English | Kurdi |" + " " * 300 + "\n"
    + _repeat("Gunmen kill a guard in Sabha" + " " * 150 + "\n\nYesterday, on the other hand, a guard was shot dead in Sabha.\n\n")(size),
    # (actor21) villages told before many passive attack words, and a bomb's blast followed by parties "planted by"
    "villages_were_attacked_run": _repeat("the villages of Sousa and Baghuz near Hajin were attacked by ISIS and "),
    "blast_then_planted_by_run": _repeat("a car bomb exploded in Hajin where the SDF planted by the army set by the "),
    # (recall21) a bare operation told with its dead, and one told as an offensive to take a place
    "bare_operations": _repeat("two were killed during an operation to capture in an operation against "),
    "shot_at_runs": _repeat("men shot at a group of shot at the military "),
    # (notinc21) a place witnessing events, spans between days, a toll in the perfect, and place-record or
    # expectation tails, run on with no sentence end
    "witnessing_run": _repeat("the town has been witnessing has lately witnessed a wave of witnesses attacks "),
    "between_days_run": _repeat("between April 23 and from 3 May to June 9, "),
    "perfect_toll_run": _repeat("raids have killed 3 strikes has left 4 attacks have "),
    "place_record_tails": _repeat(", in an area that has seen the blasts, and the toll is expected to rise, as residents fear "),
    # (rev_notinc21) the day's own hours after a witnessing, and "witnesses" the noun after a preposition
    "witnessed_today_run": _repeat("has been witnessing for the past few since the early according to witnesses, "),
    # (rev_place21) a name joined across a long run of blanks to a last word read as a time, a settlement word or a
    # place's other words: the trailing-word patterns tried from each blank of the run (quadratic until tried from
    # the run's first blank only)
    "name_blanks_weekday": lambda size: "Jets struck Hajin" + " " * size + "Monday.",
    "name_blanks_name": lambda size: "Jets struck Hajin" + " " * size + "Tal Abyad.",
    # (rev_place21) title-case headlines with lower-case function words, one after another
    "title_case_lines": _repeat("Two Boys Wounded by a Shell in a Farm of Tal Baydar Countryside\n"),
    # (rev_spur21) a headline, then body reports told at another time or as a like event: "last", "ago", "before", "similar"
    "headlines_then_past_reports": lambda size: "Gunmen kill a guard in Sabha\n\n"
    + _repeat("Last month weeks ago months before that days before a similar attack in March a guard was shot dead in Sabha, ")(size),
    # (rev_actor21) a village word before long runs of names, places and commas, and attack words after village words
    "village_names_before_attacked_run": _repeat("the town of Al-Sousa, Baghuz, near Hajin in the east of Kasra was attacked, "),
    "blast_then_party_attack_run": _repeat("a car bomb went off in Hajin in an ISIS new attack, the SDF latest bombing "),
    "attacked_village_word_run": _repeat("attacked the village attacked two towns assaults the town hall attacks "),
    # (rev_recall21) operations told by a purpose, and surgery told around an operation with no sentence end
    "operation_purposes": _repeat("in an operation to arrest in an operation aimed at rescue during an operation to "),
    "shot_noun_runs": _repeat("a booster shot at the their polio shot at a group of "),
    "surgery_operations": _repeat("doctors at the hospital in an operation at the city clinic during an operation on his "),
    # (retell21) an event told again and again by sources' accounts, and account words run on with no sentence end
    "source_accounts": _numbered("A drone hit a car in Tal Hamis{n}, killing two. The agency{n} said that the drone struck "
                                 "a truck in Tel Hamees{n}, killing three. "),
    "account_words_run": _repeat("the monitor also said that the the drone another according to the attack of a "),
    # (rev_retell21) "the" weapon then a plural event noun, in accounts at towns the incident does not name
    "the_weapon_plural_accounts": _numbered("A drone hit a car in Amuda{n}, killing two. The agency{n} said the drone "
                                            "strikes strikes killed a man in Tal Hamis{n}. "),
    # (toll22) tolls named again and again before figures with no sentence end, and the misspelt "causalities"
    "named_toll_runs": _repeat("the death toll and the number of wounded men rose to 5 the toll has risen to 27, "),
    "causalities_runs": _repeat("no causalities causality causalities were reported, "),
    # (type22) attack and fire words before long runs of determiners and words that never reach a site noun, and
    # vehicle-bomb words run on after a suicide attacker
    "site_object_runs": _repeat("gunmen attack a the one of the fire fire on at a (SDF) Asayish fired upon their "),
    "suicide_vehicle_runs": _repeat("a suicide attacker a bomb-laden a car laden rigged with a truck packed a "),
    # (coref22) a lede at a town and reports at spots of it with its toll, and naming words run on with no sentence end
    "spots_of_the_town": _numbered("A bomb killed two in Amuda{n}. A blast in the Gharbi{n} quarter of Amuda{n}, also "
                                   "known as Amouda{n}, east of Amuda{n}, killed two. "),
    "also_known_runs": _repeat("also known as also called also reported also said east of the north-west of near "),
    # (recall22) unplaced ledes each followed by a sentence of no event naming a place, and its locative and time words
    "unplaced_ledes_then_places": _numbered("A bomb in a car left {n} dead on Monday. A boy had settled near the village "
                                            "of Tal Hamis{n} in the area of the town of Amuda years ago. "),
    # (rev_recall22) unplaced ledes each followed by a sentence of their dead near a place, a speaker's place before it
    "unplaced_ledes_then_dead_near_speakers": _numbered("A bomb in a car left {n} dead on Monday. Two of the dead were "
                                                        "walking near a source based in a reporter in Amuda{n}. "),
    # (recall22) a party told again as a subject, its opening adverbial run on
    "party_again_openings": _repeat("In the context, the group targeted They also attacked, Recently, they bombed near "),
    # the report's frame "This comes N weeks after" with a long run of words and no "after" (refer_back), a place's
    # holder told in a run of "where ... are" words (evidence tails), and caption closings (layout)
    "comes_weeks_after_run": _repeat("The attack comes three weeks comes the the this it "),
    "where_holders_run": _repeat("a bomb killed two in Hajin where the forces and the are are where "),
    "campaign_names_run": _repeat("air raids, dubbed \"Battle in what it called the \" named called raids "),
    "report_sources_run": _repeat("the news published by the reports from a drone killed news in the was untrue "),
    "measure_openings_run": _repeat("Following the attack, police sent more troops amassed the attack, surrounded "),
    "caption_closings": _numbered("A shell hit Hajin{n}, Syria, May 1, 2017 / Agency and / Press Syria, Tuesday, "),
    # (rev_toll22) named tolls with other casualty words and "not known" between them and a verb, no sentence end
    "named_toll_blocked_runs": _repeat("the number of wounded is not known while the dead rose to 5 and injuries hit 3, "),
    # (rev_where22) the geocoder's reading of a part of a town and of a governorate's city locating a place: unknown
    # areas told near a spot in the city centre, villages at a city's entrance, in one sentence without an end, and a
    # name followed by a long run of blanks before a position word (the anchored part-of-town pattern's blanks). These
    # patterns run in geocoding: time them with --five-mb ('mapapp extract' geocodes) or through process_document.
    "town_parts_and_city_entrances": _numbered("mortars hit the Kafr Dumma{n} area, near a bakery in the city centre of "
                                               "the city of Raqqa, and a drone hit Tal Nasri{n} village at the northern "
                                               "entrance to Hasakah city, "),
    "town_part_blanks": lambda size: "Mortars hit the Kafr Dumma area" + " " * size + "in the city centre.",
    # (lists25) a list opening on a region, its next items told as other targets, with short force names in brackets
    "region_then_other_targets": _numbered("jets struck posts of the Guard (IRGC) in the Hamdan{n} desert, other posts "
                                           "near Tabqa{n}, in addition to a depot near Amuda{n} and "),
    # (rev_type22) participles with objects, possessives and fire words with hours in the site object's words
    "site_object_participle_runs": _repeat("shot a man passing the guarding a checkpoint's fire at dawn on Monday at "),
    # (attr26) counted phrases ending in a nationality, then coordinated describing words and brackets with no verb
    "coordinated_describers_runs": _repeat("six Syrian and foreign Kurdish, Arab-led and the (SDF) and "),
    # (attr26) denied casualties of parties listed with "or", and "none of" runs with no verb
    "zero_party_lists_runs": _repeat("no US or French or UK or none of the guards or no damage or no reports of any US "),
    # (rev_type22) car bomb words before the nouns they may qualify
    "car_bomb_qualifier_runs": _repeat("a suicide bomber car bomb car-bomb workshop VBIED crater "),
    # (rev_scorer23) the trained scorer: many incidents in one sentence that never ends (each incident's evidence may
    # be all of it: the models read its first 1,000 characters), and many sharing a toll and a place (tallied once)
    # a stated zero with a qualified report or a denied loss of life, each opening again without its end
    "stated_zero_qualifier_runs": _repeat("no immediate reports of did not cause any loss of no human losses of "),
    "individual_runs": _repeat("an elderly individual the targeted individual "),
    # a fatal wound's adverb before wound words that never close a toll
    "fatal_wound_runs": _repeat("a guard was fatally mortally wounded fatally a man fatally shot "),
    # damage told plainly, many times in one sentence, with "only" words that never stand next to it (each damage
    # match is looked at once, its "only" in a window of a few characters)
    "plain_damage_runs": _repeat("causing damage only, just a caused fires solely the damage was limited "),
    "scorer_one_endless_sentence": _numbered("a drone struck a car in Amuda{n} on Monday killing {n} men and "),
    "scorer_shared_tolls_places": _repeat("Shelling killed two men in Hajin on Monday. A drone killed two men in Hajin. "),
    # party subjects of "came under", gatherings, a party's sites after a raid, and the
    # shooting words (opened ... fire, by ... army fire, shots to the head)
    "came_under_gathering_runs": _repeat("SDF forces in the the came under an a heavy renewed gatherings of the their gathering "),
    "raid_party_site_runs": _repeat("raided two of the posts of the held by the stormed several points belonging to "),
    "shooting_manner_runs": _repeat("opened heavy the machinegun fire by Turkish army forces' fire shots to the by shots "),
    # background growth, blame, running-toll and accusation frames, aircraft only seen
    "growing_events_runs": _repeat("drone strikes by Turkey on the villages of Amuda are has increased its shelling and "),
    "blamed_behind_runs": _repeat("blamed the attack are behind these murders accused the YPG along with the PKK for "),
    "running_toll_since_runs": _repeat("mines have killed and injured hundreds of people since the assault began on Monday "),
    "flown_over_runs": _repeat("coalition warplanes flew low over hovering circled above surveillance drones "),
    # "also" before an alias that never comes, and incidents of one toll at one place told again and again
    "also_alias_runs": _repeat("a drone also hit also known also called also spelled Kasra also "),
    "told_twice_runs": _repeat("A drone struck a car in Kasra, killing four men. A drone hit a pickup in Kasra, killing four. "),
    # a report's one striker carried far: unidentified aircraft words and denials that never close, among
    # many strikes of one named striker
    "unidentified_aircraft_denial_runs": _repeat(
        "Turkish drones struck Amuda. unknown unidentified did not was not denied deny a strike hit Hajin of unknown "
    ),
    # "they" as an event's agent opening its clause past words that never reach a comma
    "they_agent_openers": _repeat("On a b c d e f they also they attacked Hajin. Jets struck Amuda, they they fired "),
    # unknown gunmen's incident with many parties named near deed words that never complete
    "unnamed_attackers_deed_words": _repeat("Unknown gunmen shot a man in Hajin carried out by ISIS were ISIS claimed by "),
    "party_site_adjectives": _repeat("Rockets hit a US (US) military occupation US patrol base from the US ( US "),
    # a lede at a town, then accounts of a village told against that town, over and over (the town's name searched in
    # each account's clause: coreference.accounts._town_named_as_reference)
    "village_of_the_ledes_town": _repeat(
        "A drone killed two men near the town of Tal Tamr. A car near the village of Umm Kahf, 5km from Tal Tamr "
        "Tal Tamr Tal, was hit by a drone, killing two men, the monitor said. "
    ),
    # the subject of a passive hit read again after the series are typed (specificity.judge_series_specificity)
    "series_passive_hit_subjects": _repeat("Drones struck Amuda. the the village of the town of Kasra was targeted and "),
    # the twenty-eighth session's rules: unplaced events told on a day of their own beside placed ones (each unplaced
    # cluster looked up the placed events' days in a table, not in every placed event), a lede toll handed to its report
    "unplaced_dated_events": _numbered(
        "On May {n}, a drone killed {n} men, the monitor said. Drones hit a car in Hajin on Monday. "
    ),
    # the twenty-ninth session's rules: a victim named with a description between commas or by a pronoun
    # (casualties), ground closed in and devices going off (triggers), months told against this week's days
    # (mentions.months_apart), spans of past months (background.history), "another"/"a separate" events (summaries),
    # a capital owning a place (toponyms), strike releases' lede days (event_dates)
    "described_victims": _repeat("Omar Ali, a teacher in the village, the head of the council, Said Hamad, was shot dead and "),
    "pronoun_victims": _repeat("he said that he was found dead, she had been killed, he was not killed and "),
    "closed_in_grounds": _repeat("the army encircled the town of Hajin and took back the village and fought their way into "),
    "devices_going_off": _repeat("a bomb planted by the militants under a van placed by them exploded and explosives "),
    "months_and_weekdays": _numbered("In June, a car bomb wounded {n} in Hajin. On Sunday, a drone hit Amuda. "),
    "spans_of_months": _repeat("from June 3 to July 20 fighting raged in Hajin, between March and May, in late May and "),
    "one_more_events": _repeat("another armed drone hit a car, a separate raid killed three, a further coalition "),
    "capital_owners": _repeat("a blast on Damascus's Mazzeh highway and northern Baghdad's Aden area and Erbil's "),
    "release_lede_days": _numbered("Near Hajin [Sousa] , {n} strikes destroyed a depot. Details of yesterday's strikes: "),
}


def time_extraction(text: str) -> float:
    """Seconds to extract incidents from ``text`` (one document)."""
    document = Document(text=text, name="adversarial")
    started = time.perf_counter()
    extract_incidents(document)
    return time.perf_counter() - started


def run_sizes(name: str, build: Callable[[int], str], sizes: list[int], budget: float) -> None:
    previous: float | None = None
    cells = []
    for size in sizes:
        if previous is not None and previous > budget:
            cells.append(f"{size // 1000:>5} KB: skipped (previous size took {previous:.1f} s)")
            break
        try:
            seconds = time_extraction(build(size))
        except Exception as error:  # a crash is a finding too: print it and go on with the next generator
            cells.append(f"{size // 1000:>5} KB: {type(error).__name__}: {str(error)[:80]}")
            break
        per_100kb = seconds / (size / 100_000)
        ratio = f"×{seconds / previous:.1f}" if previous else "   "
        cells.append(f"{size // 1000:>5} KB {per_100kb:8.3f} s/100KB {ratio}")
        previous = max(seconds, 1e-6)
    print(f"{name:24} " + " | ".join(cells), flush=True)


def run_five_mb(name: str, build: Callable[[int], str]) -> None:
    size = 5 * 1024 * 1024 - 1024
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"{name}.txt"
        source.write_text(build(size), encoding="utf-8")
        output = Path(folder) / "out.geojson"
        started = time.perf_counter()
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        result = subprocess.run(
            [sys.executable, "-m", "mapapp", "extract", str(source), "-o", str(output)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - started
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    status = "ok" if result.returncode == 0 else f"exit {result.returncode}: {result.stderr.strip()[-200:]}"
    # CPU time too: on a shared machine the wall time also counts the other processes' turns
    print(f"{name:24} 5 MiB file: mapapp extract {seconds:6.1f} s wall, {cpu:6.1f} s CPU ({status})", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-kb", type=int, default=320, help="largest size in KB (default 320)")
    parser.add_argument("--budget", type=float, default=20.0, help="skip larger sizes once one takes longer (s)")
    parser.add_argument("--only", nargs="*", help="run only these generators")
    parser.add_argument("--five-mb", action="store_true", help="also time 'mapapp extract' on a 5 MiB file each")
    args = parser.parse_args(argv)

    names = args.only or list(GENERATORS)
    sizes = []
    size = 10_000
    while size <= args.max_kb * 1000:
        sizes.append(size)
        size *= 2
    extract_incidents(Document(text=_REALISTIC))  # warm-up: compile patterns, import modules
    print("seconds per 100 KB at doubling sizes; ×r = time ratio to the previous size (2 is linear, 4 quadratic)")
    for name in names:
        run_sizes(name, GENERATORS[name], sizes, args.budget)
    if args.five_mb:
        for name in names:
            run_five_mb(name, GENERATORS[name])


if __name__ == "__main__":
    main()
