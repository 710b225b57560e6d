"""Casualty figures: counts of killed and injured read from a clause, as bounds.

A count expression is read into ``(low, high)`` bounds, ``None`` meaning "not
stated" (UCDP-style low/high estimates):

==============================  ==============  ==========================================
expression                      bounds          why
==============================  ==============  ==========================================
``18``, ``eighteen``            18..18
``twenty-three``                23..23
``a dozen``                     12..12          also "two dozen" 24..24, "half a dozen" 6..6
``a family of five``            5..5
``two children and a woman``    3..3            coordinated counts add up
``at least 18``                 18..None        also "no fewer than", "a minimum of"
``more than 10``, ``over 10``   11..None        strictly more
``10 to 15``, ``10-15``         10..15          also "between 10 and 15", "10 or 15"
``up to 5``, ``as many as 5``   0..5            at most five, so none at the least (also "at
                                                most", "no more than"), as the development
                                                writers code a ministry's "up to 80 militants"
``nearly 20``, ``almost 20``    None..20        just below 20: the lower bound is not stated
``about 20``, ``some 20``       20..20          an approximate figure is its best estimate
``another``, ``a third``        1..1            one more person ("a third was wounded"); with a noun, only
                                                a person's ("another landmine" counts nobody)
``both``, ``both men``          2..2            two people ("killing both", "both were wounded"); not
                                                "both sides" or "both parties" (groups), nor "both in A and B"
``several``, ``a few``          2..None        also a bare ``some`` ("some were executed"); ``some 20`` is 20..20
``a number of``, ``many``       2..None
``scores of``                   40..None        a score is twenty; plural "scores" is at least two
``dozens``                      24..None        at least two dozen (likewise plural)
``tens of``                     20..None        at least two tens (an Arabic calque)
``hundreds``                    200..None
``no casualties``               0..0            a stated zero is a figure; silence is None
``material damage only``        0..0            damage to things alone ("limited to material
                                                losses", "causing material damage", "setting a
                                                truck ablaze"), with no casualty word in the
                                                sentence; a toll told next replaces it
``without damage``              0..0            not even damage ("damage only" in a post, "without
                                                reporting casualties": a source told none)
==============================  ==============  ==========================================

A count is a death toll when a killing word stands next to it on either side
(``18 refugees were killed``, ``killing 18``, ``lost their lives``, ``dead``,
``martyred``, ``the death toll rose to 18``) and an injury count when an
injury word does (``wounded``, ``injured``, ``hurt``, ``sustained injuries``).
Counts after ``including`` / ``among them`` are subsets and are not added.
The Turkish defence ministry's ``neutralized`` counts the dead of a figure (``7 terrorists were neutralized``, as
three of five development writers code it; the others leave the toll out), not of a vague word (``many
terrorists were neutralized``: the ministry's claim) nor of what it vows (``until the last terrorist is
neutralized``).

Wording classes measured on real reports (each with its own unit test):

* a day of the month is a date, not a count (``On May 4, 12 people were killed``), and an age is an age
  (``a 25-year-old man was shot dead`` is one person, ``an 11 years-old child`` too);
* a count keeps its kind across what stands between it and its verb: a subset
  list (``9 villagers, including 4 children, were killed``), a group in lower
  case (``6 members of the local police were killed``), an apposition, and a
  figure stated after its noun (``30 people at least were killed`` is 30..None);
* ``two of whom``, a toll introduced by ``where`` after another, and a
  cumulative toll (``bringing the death toll to 28``) detail or sum figures told
  already and are not added;
* one figure for the dead and the wounded together (``ten killed and injured``)
  is neither toll;
* a party's losses in people are its dead (``ISIS lost 11 members``; not ``lost two tanks``), and a figure
  followed by ``at least`` after its verb is open above (``killing nine guards at least`` is 9..None);
* the dead or wounded named after the verb (``Killed were three guards``, ``Those wounded included two
  women``); a bare ``one`` after a casualty verb or before ``was killed`` is a person (``no one`` is zero);
  relatives with a possessive are further people (``a woman and her two children`` is 3..3);
* victims listed by name after ``identified as`` / ``named as`` count one per name (``The dead were
  identified as A, B and C`` is 3..3), unless a count told them already (``the two killed were identified
  as A and B`` is 2..2);
* ``casualties`` are the dead and the wounded together (``left eight casualties`` is neither toll), but
  its parts are tolls (``20 casualties, including five dead`` is five killed);
* a stated zero of one kind beside a figure of the other is read (``No deaths were reported, but three were
  wounded`` is 0..0 killed, 3..3 injured); ``two of the wounded died`` are dead; ``killing himself and two guards``
  counts the guards (the attacker is the agent told);
* the people of a toll named one by one between commas are that toll again (``killed two civilians, a man and his
  son,`` is 2..2); a second group after "and" before the verb adds to it (``four members of the factions and three
  SDF fighters dead`` is 7..7); another source's count of the same dead is a range, not a sum (``killed five, the
  SDF said, while ISIS said it killed 11`` is 5..11);
* a party or a list of people told unhurt (``no U.S. personnel were injured``, ``no guards or drivers were harmed``)
  is a zero of their wounded only: unlike ``no one was hurt`` it says nothing of other people's deaths; ``no
  injuries and no damage`` is the wounded's zero still, and ``no one was hit`` (shots that struck nobody) both;
* a side's own dead beside the enemy's are the fight's dead too: ``losing three of their own``, ``fell martyrs``;
  a clause after ", while" or ", and" is no apposition of the count before it (``killed two of the attackers,
  while a fighter of our forces, NAME, was martyred`` is 3, not the two read up to "martyred");
* one figure for the wounded and the missing together (``38 injured and missing``) is no injured count;
* a headline drops the article: a bare person noun opening the line (``Old man killed in ...``) is one
  person, unless the line gives another toll of its kind (a summary headline of two events);
* one person: ``a member of the Asayish``, a name (``Omar Ali was killed``),
  ``..., killing him``, ``an assassination targeting X``; ``one family`` or
  ``two clans`` count groups, not people; dying of one's wounds is a death;
* a person told by a role or a name, then described, is one person (``killing its driver, a council member``,
  ``a village elder, Sheikh X, at his door``); what the counted were doing, told by a participle or a relative
  before their passive verb, keeps them counted (``7 terrorists trying to infiltrate the area were neutralized``);
* a span of time counts nobody (``Two weeks before, a guard was shot`` is one);
* one person told by a name and a description set off by commas, in either order, is one dead (``Omar Saleh, head
  of the council, was shot dead``; ``the head of the council, Omar Saleh, was shot dead``; ``Omar Saleh, a teacher in
  the village, was shot dead``), and so is a pronoun that is the subject of the death, opening its clause, a
  quotation or a clause told (``He was found dead in his home``, ``activists said she died of her wounds``; not ``he
  was not killed``);
* one killed with their own people is dead too: ``she was killed, along with her driver`` is two, ``killed him with
  his son`` two, ``he died with his two sons`` three (a dead subject counted already is not counted again; ``killed
  in a fight with his cousin`` and ``with his rifle`` count nobody more).

A figure above :data:`~mapapp.model.MAX_CASUALTY_FIGURE` (100,000: more than
any single incident this map covers; the deadliest days of the Syrian war
counted hundreds to low thousands) is refused: it is not read as a count at
all, so ``killed 99999999999999999999999 civilians`` gives no figure rather
than an absurd one that would break an export. The digits are checked for
length before ``int()`` sees them, so a run of a million digits costs no more
than reading it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain

from mapapp.extract.lexicon import (
    ACTOR_SCANNER,
    ANSWERED_EVENT_WORDS,
    PERSON_NOUNS,
    CaseFoldedPattern,
    ascii_lower,
    compile_guarded,
    dispatched_alternation,
    gated_search,
    may_match,
    split_alternatives,
    words_of,
)
from mapapp.model import MAX_CASUALTY_FIGURE, Casualties

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
#: Vague quantities: (low, high, largest). ``largest``, for a word that bounds a count from below only ("dozens of
#: fighters", "scores of civilians", "several guards"; not "a dozen", "two dozen": a figure), is the largest count the
#: word still stands for: "dozens" are not a thousand ("a few dozen fighters were killed ... over 2,000 civilians died
#: in the battle": :func:`refines_vague_toll`); None for the others.
_VAGUE: dict[str, tuple[int | None, int | None, int | None]] = {
    "a dozen": (12, 12, None),
    "half a dozen": (6, 6, None),
    "two dozen": (24, 24, None),
    "three dozen": (36, 36, None),
    "dozen": (12, 12, None),
    "dozens": (24, None, 99),
    "a few dozen": (24, None, 99),  # (as "dozens": not "a few")
    "few dozen": (24, None, 99),
    "scores": (40, None, 999),
    "tens": (20, None, 99),
    "hundreds": (200, None, 999),
    "several": (2, None, 19),
    "a few": (2, None, 19),
    "few": (2, None, None),
    "a number": (2, None, 19),
    "a handful": (2, None, None),
    # "some were executed", "killing some of them", "some ISIS members were killed": more than one, how many untold
    # (as "several"; "some 20" is the modifier of a figure)
    "some": (2, None, 19),
    "many": (2, None, 999),
    "numerous": (2, None, 999),
    "a hundred": (100, 100, None),
    "a couple": (2, 2, None),  # "killed a couple and their three children"
    "a pair": (2, 2, None),  # "killed a pair of shepherds"
    "an unknown number": (1, None, None),  # "leaving an unknown number dead": someone died, how many is not told
    "unknown number": (1, None, None),  # (posts drop the article: "unknown number of injured")
    "an unspecified number": (1, None, None),
    "an undetermined number": (1, None, None),
    "a second": (1, 1, None),
    "a third": (1, 1, None),
    "a fourth": (1, 1, None),
    "a fifth": (1, 1, None),
    "another": (1, 1, None),
    "both": (2, 2, None),
}

_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN_WORDS = "|".join(_TENS)
_WORD_NUMBER = rf"(?:(?:{_TEN_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|(?:{_UNIT_WORDS}))"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_VAGUE_WORDS = "|".join(sorted((re.escape(v) for v in _VAGUE), key=len, reverse=True))
# (both tried at every word of every clause: alternations dispatched on their opening character, the same matches
# in the same order of preference, see lexicon.dispatched_alternation; and on their second, as the phrase scanners)
_BASE_ALTERNATIVES = [_DIGITS, "(?:a |one )?hundred", "(?:half a|two|three) dozen", _WORD_NUMBER, _VAGUE_WORDS]
_BASE = dispatched_alternation(_BASE_ALTERNATIVES, second_character=True)
_MODIFIERS_PLAIN = (
    r"at least|no fewer than|no less than|not less than|a minimum of|more than|over|in excess of|up to|as many as|"
    r"at most|no more than|about|around|approximately|roughly|some|nearly|almost|close to|an estimated|another|"
    # the whole figure, exact: "killing all four passengers", "killed a total of nine people"
    r"a total of|all"
)
_MODIFIERS = dispatched_alternation([_MODIFIERS_PLAIN], second_character=True)

#: What a count opens with, one test per word before the count pattern's three tries (a modifier, then a number
#: with or without a range): a filter, every count opens so, and most words open none
_COUNT_OPENING = dispatched_alternation(
    [*split_alternatives(_MODIFIERS_PLAIN), "between", *_BASE_ALTERNATIVES], second_character=True
)
_COUNT_RE = compile_guarded(
    rf"(?<![a-z0-9-])(?={_COUNT_OPENING})(?:(?P<mod>{_MODIFIERS})\s+)?"
    rf"(?:between\s+(?P<r1>{_BASE})\s+and\s+(?P<r2>{_BASE})|(?P<lo>{_BASE})\s+(?:to|or)\s+(?P<hi>{_BASE})"
    rf"|(?P<dlo>\d+)\s*[-–]\s*(?P<dhi>\d+)|(?P<base>{_BASE})(?P<ormore>\s+or\s+(?:more|above|over))?)\b"
    r"(?P<rest>(?:\s+(?:others|other|more)\b)?(?:\s+of\b(?:\s+(?:them|the|whom|those)\b)?)?)",
)  # matched against ascii_lower() text: case-sensitive matching of a lower-case pattern is much faster
#: Nouns that name one person (a singular after "a", "the", "his": "the driver", not "the others" or "the children").
_SINGULAR_PERSON_NOUNS = frozenset(
    n for n in PERSON_NOUNS if not n.endswith("s") and n not in {"people", "men", "women", "children", "personnel",
    "militiamen", "gunmen", "policemen", "elderly", "displaced", "family", "youth"}
) | {
    # one person told as "an individual" ("wounding an individual", "an elderly individual was killed", "the targeted
    # individual was killed": seven sources); kept out of the shared PERSON_NOUNS, where "individual" would also be
    # the adjective of "individual attacks"
    "individual"
}
# (tried after every article: an alternation dispatched on its first letter, see lexicon.dispatched_alternation)
_SINGULAR_PERSON_NOUN_ALTERNATION = dispatched_alternation(sorted(_SINGULAR_PERSON_NOUNS), re.IGNORECASE)
# (a describing word may be an abbreviation with its dots: "a U.S. contractor", "a U.N. worker")
# (not the martyr of a death told as "fell as a martyr": :data:`_KILLED_WORDS`)
_SINGLE_RE = compile_guarded(
    r"\b(?<!\bfell as )(?:a|an|one|his|her|its|their|the)\s+((?:(?!(?:of|and|or|the|a|an|in|by|to|on|at|with|from|shot|dead|killed|wounded|injured|was|were|has|have|had)\s)(?:(?:[a-z]\.){2,3}|[a-z0-9-]+(?:['’]s)?)\s+){0,4})("
    + _SINGULAR_PERSON_NOUN_ALTERNATION
    + r")\b",
    re.IGNORECASE,
)
#: The opening letters of each singular person noun, up to a hyphen ("co" of "co-chair"): in the ascii_lower text a
#: :data:`_SINGLE_RE` match holds one of them as a whole run of letters (the noun follows white space and ends at a
#: word boundary or a hyphen). The gate before that scan: most clauses name no single person.
_SINGLE_NOUN_OPENINGS = frozenset(noun.split("-", 1)[0] for noun in _SINGULAR_PERSON_NOUNS)
_LETTER_RUN_RE = re.compile(r"[a-z]+")


def _may_hold_single(text: str, folded: str) -> bool:
    """False only when :data:`_SINGLE_RE`, :data:`_BARE_SINGLE_RE` and :data:`_DEATH_OF_BARE_RE` cannot match ``text`` (``folded`` is its ascii_lower): no run of letters
    in it is the opening of a singular person noun. Text outside ASCII is always searched (IGNORECASE folds more)."""
    return not text.isascii() or not _SINGLE_NOUN_OPENINGS.isdisjoint(_LETTER_RUN_RE.findall(folded))


_OF_GROUP_RE = re.compile(
    # (a name's later words may open with an article: "the Liwa al-Quds militia", "the Deir ez-Zor Military Council")
    r"\s+of\s+(?:the\s+)?(?:[\w.]+-(?:backed|led|affiliated|held)\s+)?[“\"]?(?:[A-Z][\w’'-]*)"
    r"(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w’'-]*){0,3}[”\"]?"
    # a named group with a common-noun head: "fighters of the Syrian army", "members of the Turkish-backed factions"
    # ("soldiers of the Syrian government forces": two head words)
    # ("members of Iran-backed groups", "of the Turkish-backed armed factions": a plural head whole, "armed" before it)
    r"(?:\s+(?:army|forces|militias?|police|troops|regime|government|factions?|brigades?|units?|cells?|groups?|tribal|"
    r"security|tribes?|clans?|armed)\b){0,2}"
    # a part of that group named by its possessive: "the Shammar tribe's al-Jarba clan", "the army's 17th Division"
    r"(?:['’]s(?:\s+(?:[a-z]{1,3}-)?[A-Z0-9][\w’'-]*){1,2}(?:\s+(?:clan|tribe|family|branch|faction|brigade|division))?)?"
    # ... or the person's origin: "a man of Iraqi nationality", "a woman of Kurdish origin"
    r"(?:\s+(?:nationality|origin|descent))?"
    r"(?:\s*\([^()]{1,30}\))?"
    # two named groups: "fighters of the Iraqi Hezbollah and the Popular Mobilization Forces"
    r"(?:\s+(?:and|&)\s+(?:the\s+)?[“\"]?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}[”\"]?(?:\s*\([^()]{1,30}\))?"
    r"(?=\s*,|\s+(?:were|was|who|have|has|had|are|killed|died|injured|wounded)\b))?"
)
# Headline style drops the article: "Old man killed in mine blast", "Topic | Child wounded by shelling" (a singular
# person noun opening the line or the part after "|" or a hashtag label's colon, with at most two describing words, then a casualty verb; the
# group the person belongs to may stand between, case-sensitively as in :data:`_OF_GROUP_RE`: "Member of the Asayish
# killed in ...").
_BARE_SINGLE_RE = re.compile(
    r"(?:^|\||[,;:](?=\s))\s*((?:[a-z-]+\s+){0,2}?)("
    + _SINGULAR_PERSON_NOUN_ALTERNATION
    + r")(?-i:"
    + _OF_GROUP_RE.pattern
    + r")?(?=\s+(?:was\s+)?(?:killed|dies|died|shot dead|wounded|injured|hurt)\b)",
    re.IGNORECASE,
)
_DEATH_OF_WORDS = ("ssassination", "urder", "illing", "xecution", "artyrdom", "rucifixion")
# The person of a killing named without an article, as posts write it: "assassination of QSD member by gunmen".
_DEATH_OF_BARE_RE = compile_guarded(
    r"\b(?<!attempted )(?:assassination|murder|killing|execution|martyrdom|crucifixion)\s+of\s+((?:(?!(?:a|an|the|his|her|their|its|two|three)\s)"
    r"[a-z-]+\s+){0,2}?)("
    + _SINGULAR_PERSON_NOUN_ALTERNATION
    + r")\b(?!['’-])",
    re.IGNORECASE,
)
# A second relative under one possessive: "his son and daughter", "her husband and son" (the relatives only: "his
# house and car" counts nobody).
_RELATIVE_NOUNS = (
    "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "child", "uncle", "cousin", "nephew",
    "niece", "aunt", "grandmother", "grandfather", "grandson", "granddaughter",
)
_SHARED_POSSESSIVE_RE = re.compile(r"\s+and\s+(" + "|".join(_RELATIVE_NOUNS) + r")\b(?!['’-])", re.IGNORECASE)
_POSSESSIVE_RE = compile_guarded(r"(?:his|her|their)\s", re.IGNORECASE)
_ARTICLE_HEAD_RE = re.compile(r"(?:a|an|the|his|her|their|its)\s", re.IGNORECASE)
_ARTICLE_RE = re.compile(r"(?:a|an|the|one|two|three|his|her|their|its)\s", re.IGNORECASE)
# Headline style drops the article after the verb too: "Gunmen kill shepherd in ...", "Drone kills SDF commander"
# (a present-tense killing verb, then at most two describing words and a singular person noun; body text keeps
# its articles, and "tried to kill" is no death).
_BARE_OBJECT_RE = compile_guarded(
    r"(?<!to )\b(?:kills?|assassinates?|executes?|beheads?|crucif(?:y|ies)|shoots? dead|guns? down)\s+((?:[a-z-]+\s+){0,2}?)("
    + _SINGULAR_PERSON_NOUN_ALTERNATION
    + r")\b(?!['’-])",
    re.IGNORECASE,
)
_BARE_OBJECT_STEMS = ("kill", "assassinate", "execute", "behead", "crucif", "shoot", "gun")
# "the death of a child of his injuries", "died from her wounds": the injuries are what the person died of; also past
# the person's group ("the death of a member of regime forces of his wounds").
_DIED_OF_WOUNDS_RE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?(?:[\w’'“”\"-]+\s+){0,3}?[\w’'“”\"-]+(?=\s+of\s+(?:his|her|their)\s))?"
    # (blank runs taken possessively: two runs around optional words were tried at every split of a long blank run)
    r"\s*+(?:,\s*+)?(?:who\s++)?(?:died|dies|succumbed|passed away)?\s*+(?:of|from|to)\s+(?:his|her|their|the)\s+"
    r"(?:[a-z]+\s+){0,2}(?:injuries|wounds)\b",
    re.IGNORECASE,
)
# A wounded victim who died later: "The girl succumbed to her wounds", "the man died of his injuries in hospital".
DIED_OF_WOUNDS_LATER_RE = compile_guarded(
    r"\b(?:succumbed|died|dies|passed\s+away)\b[^.;]{0,40}?\b(?:wounds|injuries)\b|\b(?:later|subsequently)\s+died\b"
    r"|\bdied\s+(?:later\s+)?in\s+(?:the\s+)?hospital\b",
    re.IGNORECASE,
)
# One person named by name alone, told killed or wounded: "Hamid Saleh Omar was killed", "Hamid Omar, who was
# killed". Two to four capitalised words right before "was" + a casualty verb (a place "was shelled", never "was
# killed").
_NAME_WAS_RE = compile_guarded(
    r"(?<![\w-])[A-Z][a-z’']+(?:\s+(?:(?:al|el|bin|ibn|abu)[- ])?[A-Z][a-z’']*(?:-[A-Z]?[a-z’']+)*){1,3}"
    r"(?:\s+[A-Z]\.)?"  # (a surname given by its initial, as military releases write it: "Sergeant Ali K.")
    r"(?=\s+was\s+(?:\w+\s+)?(?:killed|shot dead|murdered|assassinated|executed|crucified|martyred|wounded|injured)\b"
    # ... or a relative clause or participle after a comma: "the martyr Ahmed Saleh, who was killed by a drone strike"
    r"|\s*,\s*(?:who\s+(?:was|had been|has been)\s+(?:\w+\s+)?(?:killed|shot dead|murdered|assassinated|executed|"
    r"martyred|wounded|injured)|(?:killed|shot dead|murdered|assassinated|martyred|wounded|injured)\s+by)\b"
    # ... or past the person's description set off by commas: "Omar Saleh, head of the village council, was shot
    # dead", "Ali Hamdan, a teacher, was found dead" (a bounded stretch with no comma; not a partitive "one of the
    # five leaders", a count read and classified on its own); or closing the description of a person told first by
    # their role ("the head of the council, Omar Saleh, was shot dead")
    r"|\s*,(?:(?!\s*(?:one|two|three|four|five|\d+)\s+of\b)[^.;,]{1,100}?,)?\s*(?:was|had\s+been)\s+(?:\w+\s+)?"
    r"(?:killed|shot\s+dead|found\s+dead|murdered|"
    r"assassinated|executed|crucified|martyred|wounded|injured)\b)"
)
# One dead person told by the body found: "his body was found hours later" (after "Gunmen abducted a shepherd").
_HIS_BODY_RE = compile_guarded(
    r"\b(?:his|her)\s+(?:dead\s+|lifeless\s+)?body(?=\s+(?:was|has been|had been)\s+(?:later\s+)?"
    r"(?:found|recovered|discovered|dumped|pulled|retrieved)\b)",
    re.IGNORECASE,
)
# "..., killing him": the pronoun is the one person killed.
_PRONOUN_VICTIM_RE = compile_guarded(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:him|her)\b"
    # (not the possessive: "wounding her three children" counts the children)
    r"(?!\s+(?:\d|(?!(?:and|or|in|on|at|near|while|when|as|after|before|with|inside|outside|instantly|immediately|to|from|"
    r"during|by|for|seriously|critically|severely|slightly)\b)[a-z]))",
    re.IGNORECASE,
)
# The one targeted, told to have lived through it hurt: "he survived with moderate wounds", "she escaped with minor
# injuries" (one wounded; "survived the attack with ..." is left alone: its event noun would open another incident).
_SURVIVED_WOUNDED_RE = compile_guarded(
    r"\b(?:he|she)\s+(?:has\s+|had\s+)?(?:survived|escaped)\s+with\s+"
    r"(?:(?:minor|moderate|light|slight|serious|severe|critical|various)\s+)?(?:wounds|injuries)\b",
    re.IGNORECASE,
)
# "..., killing one and wounding the other": the other of two is one person.
_THE_OTHER_VICTIM_RE = compile_guarded(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+the other(?=\s*(?:[,.;]|$)|\s+(?:and|in|on|at|near|while|with)\b)",
    re.IGNORECASE,
)
# A day of the month next to its month is a date, not a count: "On May 4, 12 people", "4 May".
# The dead or wounded listed by name: "The dead were identified as Omar Ali, Khalid Hassan and Sami Issa".
_IDENTIFIED_AS_RE = compile_guarded(
    # (also past where they died: "The dead in the strike on X on Sunday were named as A and B")
    r"\b(?:dead|killed|victims?|slain|wounded|injured)(?:\s+(?:in|of|from)\s+[^.;,]{1,60}?)?\s+"
    r"(?:were|was|have been|has been|are|is)\s+"
    r"(?:identified|named)\s+as\s*:?\s*",
    re.IGNORECASE,
)
_LISTED_NAME_RE = re.compile(
    r"(?:[A-Z][a-z’'-]+)(?:\s+(?:(?:al|el|bin|ibn|abu|abo)[- ])?[A-Z][a-z’'-]+){0,4}(?:\s*\(\d{1,3}\))?"
)
# What may follow a list of victims' names: the clause's end or a preposition ("killed A and B in Hajin").
_NAME_LIST_END_RE = re.compile(r"\s*(?:[,.;]|$)|\s+(?:in|on|at|near|while|after|from|who|inside|outside)\b")
# (its blank runs taken possessively: "\s*" then "\s+and" tried every split of a long blank run)
_NAME_SEPARATOR_RE = re.compile(r"\s++and\s+|\s*+(?:,\s*+(?:and\s+)?|&\s*)")
#: The longest list of names read as victims (a longer run of capitalised words is not a list of the dead).
MAX_NAMES_LISTED = 30
_MONTH_NAMES = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?"
)
_DATE_BEFORE_YEAR_RE = re.compile(
    rf"(?:\b(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})\.?),?\s*$",
    re.IGNORECASE,
)
_MONTH_BEFORE_RE = compile_guarded(rf"(?<!\d )\b(?:{_MONTH_NAMES})\.?\s+$", re.IGNORECASE)  # not "4 May 12 people"
# A number that gives an age: "a 25-year-old man", "the 7 year old girl", "aged 30 years old".
# A name and a comma before a number that is that person's age: "Sara Ali, 50, the mother of ..." (case-sensitive).
_NAME_BEFORE_AGE_RE = re.compile(r"\b[A-Z][a-z’'-]+\s*,\s*$")
_WORD_BEFORE_COMMA_RE = re.compile(r"\b([a-z-]+)\s*,\s*$", re.IGNORECASE)
#: A year told after its preposition, with no noun counted: "In 2016, nine soldiers were killed" (not "2016 + nine").
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_YEAR_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:in|since|of|during|until|till|by|before|after|early|late|mid-?)\s*$", re.IGNORECASE)
_AGE_AFTER_RE = re.compile(r"[- ](?:years?|months?)[- ]old\b", re.IGNORECASE)
_MONTH_AFTER_RE = re.compile(rf"\s+(?:{_MONTH_NAMES})\b", re.IGNORECASE)
# One person named by title and name: "shot dead Sheikh Khalaf al-Hamad", "assassinated Mukhtar Ali Hassan".
_NAMED_PERSON_RE = compile_guarded(
    r"\b(?:sheikh|shaikh|mukhtar|imam|dr\.?|doctor|commander|colonel|col\.|general|gen\.|captain|lieutenant|judge)\s+"
    r"(?-i:[A-Z][a-z’'-]+)(?:\s+(?:(?:al|el|bin|ibn|abu)[- ])?(?-i:[A-Z][a-z’'-]+)){0,3}",
    re.IGNORECASE,
)
# A person named by name alone right after a killing verb: "gunmen assassinated Khalil Hamad al-Ali, a member of
# ...", "shot dead Omar Saleh in his shop" (two to five capitalised words, as a full Arabic name runs, "al-" allowed; a party is no person).
_NAME_AFTER_KILLING_RE = compile_guarded(
    r"\b(?:assassinated|assassinating|shot dead|shooting dead|gunned down|executed|executing|killed|killing|murdered|beheaded|"
    # "resulting in the death of Abd-al-Hadi Mahmud, an ISIS leader", as a military release writes it
    r"(?:result(?:ed|ing)\s+in|led\s+to|leading\s+to|caus(?:ed|ing))\s+the\s+death\s+of)\s+"
    # (a title before the name: "killed ISIS senior official Hamza al-Homsi", "killing top commander Ali Saleh")
    # (or a person's common noun: "shot dead Kurdish politician Ali Omar", "killing journalist Sami Saleh")
    r"(?P<title>(?:(?:(?-i:[A-Z][A-Za-z]+)|senior|top|local|military|security|prominent)\s+){0,3}?"
    r"(?:chief|head|" + _SINGULAR_PERSON_NOUN_ALTERNATION + r")\s+)?"
    # (a name's parts may be hyphenated or open with an apostrophe: "Abd-al-Hadi", "Khalid 'Aydd Ahmad")
    r"(?P<name>(?-i:[A-Z][a-z’']+(?:-(?:al|el|[A-Z][a-z’']+))*)(?:\s+(?:(?:al|el|bin|ibn|abu)[- ])?"
    r"(?-i:['’]?[A-Z][a-z’']+(?:-[A-Z][a-z’']+)?|(?:al|el)-[A-Z][a-z’']+)){1,4})"
    r"(?=\s*(?:[,.;]|$)|\s+(?:in|on|at|near|and|while|after|from|who|inside|outside)\b)",
    re.IGNORECASE,
)
_OF_INSIDE_RE = re.compile(r"\s(?:of|from)\s")
_APPOSITION_TAIL_RE = re.compile(r"\s+(?:of|in|from|at|with|for)\b", re.IGNORECASE)
_PASSIVE_RE = compile_guarded(r"\b(?:were|was|been|are|is|being|have|has|had)\b", re.IGNORECASE)
_ACTIVE_OBJECT_RE = re.compile(
    r"\s+(?!the (?:day|night|previous|same|following|next)\b)(?:(?i:a|an|the|his|her|their|two|three|four|five)\s|[A-Z])"
)
_FAMILY_RE = compile_guarded(
    rf"\b(?:a|an entire|the|one)\s+family\s+of\s+(?P<base>(?:{'|'.join(_BASE_ALTERNATIVES)}))\b", re.IGNORECASE
)

# a common-noun group before a relative of the person: "a member of the civil council and his wife" (also closing an
# apposition: "Omar Saleh, a member of the council, and his brother")
_OF_COMMON_GROUP_RE = re.compile(
    r"\s+of\s+(?:the\s+|a\s+)?(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*(?=,?\s+(?:and|&)\s+(?:his|her|their)\s)"
)
_LEADING_DETERMINER_RE = re.compile(r"\s*(?:its|their|his|her|our|the)\s+(?=[A-Za-z])", re.IGNORECASE)
# ("U.S. troops", "two 20-year-old men", "seven PKK/YPG terrorists": names joined by a slash are one word)
_NP_WORD_RE = re.compile(r"\s*((?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’-]*(?:/[A-Za-z][A-Za-z'’-]*)*|\d{1,3}-(?:year|month)s?-old)")
_NP_STOP = frozenset(
    """were was have has had are is be been being who that which killed dead died injured wounded hurt survived escaped in on at
    near when after before and or including including, as while by from during with to martyred perished lost
    sustained suffered reportedly also all later allegedly of the a an their his her its since until over across
    into through against for per said say says reported told claimed yesterday today tonight overnight""".split()
    # a preposition ends the phrase: "100 airstrikes since morning" is airstrikes; a word of saying too: "some sources
    # said five fighters" counts the five; a word of time as well: "jets executed several strikes yesterday" counts
    # strikes, not people
)
_NOT_PERSON_HEADS = frozenset(
    """hours hour days day km kilometres kilometers miles metres meters years year months month weeks week minutes
    percent times villages houses homes buildings vehicles cars rockets missiles shells mortars strikes airstrikes raids
    attacks drones targets positions tons tonnes dollars attempts occasions rounds bombs mines incidents sheep goats
    cattle cows camels livestock animals heads horses tanks trucks buses motorcycles weapons guns planes aircraft
    helicopters posts depots batteries hideouts headquarters caches warehouses launchers bases tunnels caves shelters
    workshops facilities sites fortifications checkpoints strongholds""".split()  # (a release's "three command posts,
    # two depots and up to 70 militants were destroyed": things counted beside the people)
)

_KILLED_WORDS = (
    # a wound or a shot told fatal is a death: "was fatally wounded", "were mortally injured", "fatally shot" (the
    # wounded branch of the verb patterns is closed after these adverbs, see _NOT_FATAL)
    r"(?:fatally|mortally) (?:wounded|injured|shot|stabbed|hit)|"
    # (a death told without its possessive or article, as translated reports write it: "three people lost lives",
    # "an employee fell as a martyr", "were shot to death": web21h c2, web22 c4, web23 c2, heldout22 c5)
    r"killed|dead|died|lost (?:(?:their|his|her) )?li(?:ves|fe)|martyred|fell (?:as )?(?:an? )?martyrs?|perished|slain|shot dead|executed|massacred|slaughtered|beheaded|"
    # (ISIS crucifies whom it has killed or kills so: "a man was crucified" is one dead, as the development writers code it)
    r"assassinated|gunned down|crucified|"
    r"separated from (?:his|her|their) bod(?:y|ies)|(?:stabbed|beaten|tortured|burned|burnt|hacked|shot) to death|"
    # the Turkish defence ministry's word for enemy fighters put out of action, coded as dead ("7 terrorists were
    # neutralized")
    r"neutrali[sz]ed|"
    # a military release's fighters "destroyed" or "eliminated" ("up to 15 militants were destroyed"): a toll only of
    # fighters (:func:`_put_out_of_action_toll`), not of what else the verbs take ("two tanks were destroyed")
    r"destroyed|eliminated|liquidated|"
    r"murdered|strangled|were killed|deaths?|fatalities|bodies|dies|(?:with|had) (?:his|her|their) throats? (?:cut|slit)|succumbed to (?:(?:his|her|their|the) )?(?:\w+\s+)?(?:wounds|injuries)"
)
#: Not after "fatally" or "mortally": "fatally wounded" is a death (:data:`_KILLED_WORDS`), never a wound.
_NOT_FATAL = r"(?<!fatally )(?<!mortally )"
_INJURED_WORDS = (
    r"injured|injuried|wounded|hurt|sustained (?:\w+\s+){0,2}(?:injuries|injury|wounds)|suffered (?:\w+\s+){0,2}(?:injuries|injury|wounds)|"
    # "his wife survived with minor injuries", "a third escaped with wounds"
    r"(?:survived|escaped) with (?:\w+\s+){0,2}(?:injuries|wounds)|"
    # "left four people with injuries", "two men with minor wounds" (not "the body of a man with gunshot wounds": the
    # wounds he died of)
    r"with (?:\w+\s+)?injuries|with (?:minor|light|slight|moderate|serious|severe|critical|various) wounds|"
    # maimed: "a man lost his leg", "two children lost their legs", "had his foot amputated", "were maimed"
    r"lost (?:his|her|their|both|an?|one of (?:his|her|their)) (?:\w+\s+)?(?:legs?|feet|foot|hands?|arms?|eyes?|limbs?|"
    r"fingers?|sight)|had (?:his|her|their) (?:\w+\s+)?(?:legs?|feet|foot|hands?|arms?|limbs?|fingers?) amputated|maimed|"
    r"injuries|wounds"
)
# a comma before a relative clause or a passive participle: "Ahmed Saleh, who was killed", "two men, wounded by"
# ... or a comma closing an apposition before its auxiliary: "The car's occupants, three fighters, were killed"
_RELATIVE_COMMA = (
    r"(?:,\s*(?=who\s|(?:killed|wounded|injured|martyred)\s+by\b|(?:were|was|have\s+been|had\s+been)\s"
    # (a finite death verb after an apposition: "Omar Ali, a member of the SDF, lost his life")
    r"|lost\s+(?:his|her|their)\s+li(?:fe|ves)\b|(?:died|perished|succumbed)\b))?"
)
_AUX = r"(?:to\s+be|who|that|were|was|have|has|had|been|are|is|being|reportedly|also|all|later|allegedly|unintentionally|accidentally|mistakenly|inadvertently|critically|seriously|severely|badly|lightly|slightly|moderately|gravely|mortally|fatally|found|reported|confirmed)"
# a bystander told by where they stood: "A civilian passing by was also wounded", "a child nearby was hurt"
# (or by how they were on their way: "two civilians travelling in a nearby vehicle were injured")
_BYSTANDER = (
    r"(?:(?:passing\s+by|nearby|present|standing\s+nearby|inside|at\s+the\s+scene)\s+"
    r"|(?:travell?ing|riding|driving|walking|working|standing|sitting|passing)\s+(?:in|on|near|by|along|through)\s+"
    r"(?:[a-z][\w'-]*\s+){1,4}?(?=(?:were|was|had|have)\s))?"
)
# a hedged toll: "more than 100 fighters were believed to have been killed", "are thought to have died"
_HEDGE = r"(?:(?:believed|thought|feared|said|reported|estimated|understood|presumed)\s+to\s+have\s+(?:been\s+)?)?"
# the violence told before its outcome, in the passive: "two men were shot and killed", "a guard was stabbed and
# wounded", "were abducted and later killed" (not the agent's "a gunman shot and wounded a teacher")
_DONE_AND = (
    # (also found first: "were identified and neutralized", "was detected and killed")
    r"(?:(?:was|were|been|being|is|are)\s+(?:shot|stabbed|beaten|hit|struck|targeted|attacked|ambushed|kidnapped|abducted|tortured|"
    r"identified|detected|spotted|located)\s+and\s+"
    r"(?:then\s+|later\s+|subsequently\s+|seriously\s+|critically\s+|badly\s+|lightly\s+|fatally\s+)?)?"
)
# a restrictive relative clause between the people and their verb: "an ISIS fighter who fired on the force was killed"
# (not one that tells what someone said: "a man who is from the village said two were killed"); it may be long, as a
# ministry tells what the counted were doing ("5 terrorists who were preparing to attack our troops in the X area of
# the Y region were neutralized")
_SAYING = r"said|says|told|tells|reported|reports|added|stated|announced|confirmed"
_SAYING_OR_LINKING = _SAYING + r"|and|or|but|while|whereas|as|when|where|after|before|which|that|who"
_RESTRICTIVE_RELATIVE = (
    r"(?:who\s+(?:(?!\b(?:" + _SAYING + r")\b)[^.;,]){1,120}?\s+"
    r"(?=(?:was|were|had\s+been|has\s+been|have\s+been)\s)"
    # (with commas, when they only set off a place inside it, no other clause: "who were preparing to attack the
    # area, near X, were neutralized")
    r"|who\s+(?:(?!\b(?:" + _SAYING_OR_LINKING + r")\b)[^.;]){1,120}?\s+"
    r"(?=(?:was|were|had\s+been|has\s+been|have\s+been)\s)"
    # or the same told by a participle, as a release writes: "4 terrorists preparing to infiltrate the area were
    # neutralized", "two gunmen trying to reach the post were killed" (no comma: one stretch of the clause)
    r"|(?!(?:killing|wounding|injuring|leaving|including|causing|bringing|raising)\b)(?-i:[a-z]{2,}ing)\s+"
    r"(?:(?!\b(?:" + _SAYING_OR_LINKING + r")\b)[^.;,]){1,100}?\s+"
    r"(?=(?:was|were|had\s+been|has\s+been|have\s+been)\s))?"
)
_RIGHT_RE = re.compile(
    rf"\s*{_BYSTANDER}(?:\([^()]{{1,40}}\)\s*)?(?:,(?!\s*(?:while|whereas|but|and)\s)[^.;]{{0,90}}?,\s*)?{_RELATIVE_COMMA}{_RESTRICTIVE_RELATIVE}(?:{_AUX}\s+){{0,4}}{_HEDGE}{_DONE_AND}(?:(?P<k>{_KILLED_WORDS})|(?P<i>{_NOT_FATAL}(?:{_INJURED_WORDS})))\b"
    # (not wounded people who died: "after several wounded men died of their injuries" counts dead, told in the toll)
    r"(?(i)(?!\s+(?!and\b|later\b)[a-z]+\s+(?:died|succumbed|passed\s+away)\b))",
    re.IGNORECASE,
)
# One person described at length before the verb ("A 25-year-old man, named as X, from the village of Y which
# is part of Z, was shot dead"): tried only for one person that the short pattern left without a verb.
_LONG_APPOSITION_RIGHT_RE = re.compile(
    rf"\s*(?:\([^()]{{1,40}}\)\s*)?(?:,[^.;]{{0,240}}?,\s*)?(?:{_AUX}\s+){{0,4}}{_DONE_AND}(?:(?P<k>{_KILLED_WORDS})|(?P<i>{_NOT_FATAL}(?:{_INJURED_WORDS})))\b",
    re.IGNORECASE,
)
_LEFT_KILLED_RE = compile_guarded(
    r"(?:killing|killed|kills|kill|(?:claim(?:ed|ing|s)?|t(?:ook|akes?|aking|aken)) the li(?:ves|fe) of|put(?:s|ting)? the (?:death )?toll at|(?:the )?deaths? of|death toll\b(?:(?!\s(?:the\s+)?(?:wounded|injured)\s+(?:at|to|rose|reached|stood)\b)[^.;]){0,80}?\s(?:to|at|of|reached|hit)|"
    r"(?:fatally|mortally) (?:wounded|wounding|injured|injuring|shot|shooting|stabbed|stabbing)|"
    r"strangled|strangling|executed|executing|(?<!were )(?<!was )(?<!been )martyred|neutrali[sz](?:ed|es|ing)|destroy(?:ed|ing)|eliminat(?:ed|ing)|liquidat(?:ed|ing)|shot dead|massacred|murdered|murdering|stabbed to death|slaughtered|slaughtering|beheaded|beheading|crucified|crucifying|(?<!to )crucif(?:ies|y)|(?:cut|slit) the throats? of|"
    # "gunmen assassinated a teacher", "gunned down two guards" ("tried to assassinate" is no death)
    r"(?<!attempted )(?<!tried to )(?<!attempt to )(?<!attempts to )(?<!failed to )assassinat(?:ed|es|e|ing)|gunned down|guns down|"
    r"shoots? dead|"
    # the dead named after the verb: "Killed were two fighters", "Those killed included three children"
    # (also past where: "Killed in the attack were a woman and her baby")
    r"\b(?:killed|the dead)(?:\s+(?:in|by|during)\s+[^.;,]{1,40}?)?\s+(?:were|are|included|include|includes)|"
    r"\b(?:dead|killed|victims?|slain)(?:\s+(?:in|of|from)\s+[^.;,]{1,60}?)?\s+(?:were|was|have been|has been|are|is)\s+"
    r"(?:identified|named)\s+as\s*:?|"
    r"(?:death (?:penalty|sentence)|hirabah|qisas|crucifixion)(?: \([^()]{0,60}\))? (?:against|on)|(?:the )?bod(?:y|ies) of|martyring|left|leaving|the (?:killing|murder|execution|assassination|martyrdom|crucifixion)s? of|(?<!attempted )(?<!attempted the )(?:martyrdom|murder|execution|killing|crucifixion) of|(?<!attempted )assassination (?:of|targeting|targeted))\s+(?:both\s+)?(?:the\s+)?$"
    # a possessive before the figure: "killing its two occupants", "killed their three guards"
    r"|\b(?:killing|killed|kills|kill)\s+(?:its|their|his|her)\s+$"
    # the attacker among the dead, then the victims: "blew himself up, killing himself and two guards", "killing the
    # bomber and four fighters" (the victims are the toll told of the attack; the attacker is its agent)
    r"|\b(?:killing|killed)\s+(?:himself|herself|themselves|the\s+(?:suicide\s+)?(?:bomber|attacker)s?)\s+"
    r"(?:and|along\s+with|as\s+well\s+as)\s+(?:the\s+)?$"
    # "the death of his two sons", "the killing of their father"
    r"|\b(?:the )?(?:deaths?|killing|murder|martyrdom) of\s+(?:his|her|their|its)\s+$"
    # a relative killed with the one just counted: "a leader was killed along with his wife"
    # (also past the day: "a fighter was killed on Tuesday, along with his wife"; past a comma: "was killed, along
    # with his son"; past the place or time of the death before "along with": "was killed on the road north of the
    # town, along with her driver" (a bare "with" only right after the verb: "killed in a fight with his cousin" tells
    # who fought him))
    r"|\b(?:killed|martyred|died)(?:\s+(?:on\s+)?(?-i:[A-Z])[a-z]+day)?"
    r"(?:\s*,?\s*with|(?:\s+(?:on|in|near|at|outside)\s+[^,.;]{1,60}?)?\s*,?\s*(?:together|along)\s+with)\s+"
    r"(?:(?:his|her|their)\s+)?$",
    re.IGNORECASE,
)
# A party's losses in people: "ISIS lost 11 members", "losing five fighters" (only with a person noun counted:
# "lost two tanks" and "lost 30 positions" are not deaths).
_LEFT_LOST_RE = compile_guarded(r"\b(?:lost|loses|losing)\s+$", re.IGNORECASE)
# ... counted as "N of their own": the party's own people ("killed 18 militants, losing three of their own").
OWN_PEOPLE_RE = re.compile(r"\bof\s+(?:their|its|our|his|her)\s+own$", re.IGNORECASE)
# A figure stated before "at least" after a verb on its left: "killing ten people at least", "lost five members at least".
_AT_LEAST_TRAILING_RE = re.compile(r"\s+at least\b", re.IGNORECASE)
# A bare "one" is a person right after a casualty verb: "killed one and wounded four".
_VERB_BEFORE_ONE_RE = compile_guarded(r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+$", re.IGNORECASE)
_ONE_WAS_RE = re.compile(
    r"\s+(?:was|has been|had been)\s+(?:\w+\s+)?(?:killed|shot dead|martyred|wounded|injured|hurt)\b", re.IGNORECASE
)


# "left one dead", "leaving one injured": a bare "one" with the state it was left in.
#: Quantity words that count people only when they stand alone or before a person noun.
_PERSON_ONLY_BASES = frozenset({"another", "a second", "a third", "a fourth", "a fifth", "both"})
# "both were killed", "both of them were wounded"
_BOTH_WERE_RE = re.compile(
    r"(?:\s+of\s+them)?\s+(?:were|have been|had been)\s+(?:\w+\s+)?(?:killed|shot dead|martyred|wounded|injured|hurt)\b",
    re.IGNORECASE,
)


def _is_bare_both_victim(text: str, start: int, end: int) -> bool:
    """A bare "both" that counts two people: right after a casualty verb ("killing both", "killing both of them") or
    as the subject of one ("Both were killed", "both of them were wounded")."""
    return bool(_VERB_BEFORE_ONE_RE.search(text, max(0, start - 12), start) or _BOTH_WERE_RE.match(text, end))


_LEFT_BEFORE_ONE_RE = compile_guarded(r"\b(?:left|leaving|leaves)\s+$", re.IGNORECASE)
_STATE_AFTER_ONE_RE = re.compile(r"\s+(?:dead|killed|wounded|injured|hurt|martyred|martyr)\b", re.IGNORECASE)
# a list mark before a bare "one" told with its state ("two martyrs and one wounded", "clashes, one killed + 2 injured")
_LIST_MARK_BEFORE_ONE_RE = re.compile(r"(?:[,:;+&(]|\band|\bwhile|^)\s*$", re.IGNORECASE)
_NO_ONE_RE = re.compile(r"\b(?:no|not|any|every|anyone)\s*$", re.IGNORECASE)


# "killed two in A and one in B": a bare "one" listed with a place, one more person of the list (its kind is the
# list's: left unclassified here, read by :func:`~mapapp.extract.clauses.distributive_parts`)
_LISTED_BEFORE_ONE_RE = compile_guarded(r"(?:,|\band|\bwhile)\s+$", re.IGNORECASE)
_PLACE_AFTER_ONE_RE = re.compile(r"\s+(?:in|near|at)\s+(?:the\s+)?(?:[ae][a-z]{1,2}-)?[A-Z]")


def _is_bare_one_victim(text: str, start: int, end: int) -> bool:
    """A bare "one" that is a person: right after a casualty verb ("killed one") or its subject ("one was hurt"),
    or listed with a place after other counts ("two in A and one in B")."""
    if _NO_ONE_RE.search(text, max(0, start - 8), start):
        return False  # "no one was killed" is a stated zero
    return bool(
        _VERB_BEFORE_ONE_RE.search(text, max(0, start - 12), start)
        or _ONE_WAS_RE.match(text, end)
        or (_LISTED_BEFORE_ONE_RE.search(text, max(0, start - 8), start) and _PLACE_AFTER_ONE_RE.match(text, end))
        or (_LEFT_BEFORE_ONE_RE.search(text, max(0, start - 10), start) and _STATE_AFTER_ONE_RE.match(text, end))
        or (_LIST_MARK_BEFORE_ONE_RE.search(text, max(0, start - 8), start) and _STATE_AFTER_ONE_RE.match(text, end))
    )


_LEFT_INJURED_RE = CaseFoldedPattern(
    r"\b(?:wounded|injured)\s+(?:were|are|included|include|includes|(?:were|was|have been|has been|are|is)\s+"
    r"(?:identified|named)\s+as\s*:?)\s+$"
    r"|\b(?:wounded|injured)\s+(?:in|of|from)\s+[^.;,]{1,60}?\s+(?:were|was|have been|has been|are|is)\s+"
    r"(?:identified|named)\s+as\s*:?\s+$|(?:injuring|injured|wounding|wounded|injures|wounds|injuries to|hurting|(?:the )?(?:injury|injuries|wounding) of)\s+(?:the\s+)?$"
    # "the injury of his two sisters"
    r"|\b(?:the )?(?:injury|injuries|wounding) of\s+(?:his|her|their|its)\s+$"
    r"|\b(?:injuring|injured|wounding|wounded)\s+(?:its|their|his|her)\s+$",
)
# Stretches between a count and its casualty verb that do not change what is counted, each tried alone at the
# end of the counted phrase (one bounded lazy run each, so the cost per count is a constant; the blanks that open a
# stretch are taken possessively, "(?:\s*+,)?\s*+", as the next token is never a blank: two runs around an optional
# comma tried at every split of a long blank run were quadratic in it):
# a subset list ("9 villagers, including 4 children, were killed"), a lower-case group ("6 members of the local
# police were killed") and a figure stated after its noun ("30 people at least were killed").
_VERB_AHEAD = rf"(?=(?:\s*,)?\s+(?:{_AUX}\s+){{0,3}}(?:{_KILLED_WORDS}|{_INJURED_WORDS})\b)"
#: A common word of a site's name: lower case, no saying verb, relative or conjunction.
_SITE_WORD = r"(?!(?:said|says|told|reported|stated|added|that|who|which|and|or|but)\b)(?-i:[a-z][\w'’-]*)"
#: A word of a site's own name before its common word: capitalized ("the Tishrin power plant", "the al-Omar field").
_SITE_NAME_WORD = r"(?-i:(?:(?:al|el|ad|ar|as|ash|at|az)-)?[A-Z][\w'’-]*)"
_SKIPPABLE_RES = (
    # (the run never ends on "and": "killed seven members, among them two commanders, and wounded 12" has two verbs)
    re.compile(
        rf"(?:\s*+,)?\s*+(?:including|among them|among whom)\b[^.;]{{0,120}}?(?<!\band)(?<!\bor){_VERB_AHEAD}", re.IGNORECASE
    ),
    # (the group holds no saying verb nor "that"/"which": in "the commander of the brigade said two fighters were
    # killed" the commander is the speaker and the two fighters the dead)
    re.compile(
        rf"\s+of\s+(?:(?!\b(?:{_SAYING}|that|which)\b)[^.;,]){{1,60}}?{_VERB_AHEAD}",
        re.IGNORECASE,
    ),
    # "three others from his family were injured", "two men from the village were killed", "a man from Hajin was killed",
    # "a young man from al-Shheil was killed"
    # (the stretch holds no saying verb nor relative: "a man from the village said that two were killed")
    re.compile(
        r"\s+from\s+(?:(?:his|her|their|the|its|one|a)\s+|(?-i:[A-Z]|(?:al|el|ad|ar|as|ash|at|az)-[A-Z]))"
        rf"(?:(?!\b(?:said|says|told|reported|stated|added|that|who|which|and)\b)[^.;,]){{0,40}}?{_VERB_AHEAD}",
        re.IGNORECASE,
    ),
    # where the counted come from, told in a relative clause: "a man who hails from Dhiban was killed", "a boy,
    # who is from the village, was wounded" (no saying verb in the stretch: "a man who is from X said two were killed")
    re.compile(
        r"(?:\s*+,)?\s++who\s+(?:hails?|hailed|comes?|came|is|are|was|were)\s+(?:originally\s+)?from\s+"
        rf"(?:(?!\b(?:said|says|told|reported|stated|added|that|which|and)\b)[^.;,]){{1,40}}?,?{_VERB_AHEAD}",
        re.IGNORECASE,
    ),
    # the site the counted were at, in common words: "a worker at the water station died", "two clerks inside the
    # flour mill were hurt" (not "in the": "two men in the building were wounded" tells again the wounded of
    # a raid told before, as often as a site's)
    # (words of a site only: no saying verb, relative or conjunction: "a man in the market said two were killed");
    # the site's own name may open it: "a guard at the Tishrin power plant was killed"
    re.compile(
        rf"\s+(?:at|inside)\s+the\s+(?:{_SITE_NAME_WORD}\s+){{0,2}}{_SITE_WORD}(?:\s+{_SITE_WORD}){{0,2}}?{_VERB_AHEAD}",
        re.IGNORECASE,
    ),
    # the sides the counted belong to, together: "at least 12 fighters from both sides were killed", "seven fighters on
    # both sides had been killed" (a total of both)
    re.compile(rf"\s+(?:from|on|of)\s+(?:both|the\s+two)\s+sides{_VERB_AHEAD}", re.IGNORECASE),
    # the force the counted serve in, told by a participle: "two soldiers serving with the coalition were killed", "a
    # medic working for the Red Crescent was wounded" (no saying verb, relative or conjunction in the stretch)
    re.compile(
        r"\s+(?:serving|working|stationed|deployed)\s+(?:with|in|for|at|under)\s+"
        rf"(?:(?!\b(?:said|says|told|reported|stated|added|that|who|which|and)\b)[^.;,]){{1,50}}?{_VERB_AHEAD}",
        re.IGNORECASE,
    ),
    # the allegiance of the group just named: "four members of the National Defence Forces loyal to the regime were
    # killed", "three members of the militias affiliated with the IRGC were killed"
    re.compile(
        r"\s+(?:(?:affiliated|allied|loyal|linked|belonging|close)\s+(?:with|to)|(?:backed|supported|funded|trained|led|"
        rf"run)\s+by)\s+[^.;,]{{1,50}}?{_VERB_AHEAD}",
        re.IGNORECASE,
    ),
    # an age by decade: "a woman in her fifties was shot dead"
    re.compile(
        rf"\s+in\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-?)?(?:teens|twenties|thirties|forties|fifties|sixties|"
        rf"seventies|eighties|nineties|[2-9]0s){_VERB_AHEAD}",
        re.IGNORECASE,
    ),
    # the vehicle the counted rode in: "two people in the car were killed", "four passengers on board the bus died"
    # (not a building: "two men in the building were wounded" is often told apart from the raid on it)
    re.compile(
        r"\s+(?:in|inside|aboard|on board|riding)\s+(?:the|a|an|their|his|her|its)\s+(?:\w+\s+)?"
        rf"(?:car|vehicle|bus|truck|van|pickup|motorcycle|motorbike|tractor){_VERB_AHEAD}",
        re.IGNORECASE,
    ),
    # the rest of a long group name: "a member of the SDF's Deir ez-Zor Military Council was killed" (capitalised words
    # and the heads of a body's name only: no verb, no saying)
    re.compile(
        r"(?:\s+(?:(?-i:[A-Z])[\w’'-]*|council|committee|administration|forces|army|police|militia|group|brigade|"
        rf"battalion|division|regiment|unit|security|intelligence|directorate|office|party)){{1,4}}{_VERB_AHEAD}",
        re.IGNORECASE,
    ),
    # "three members of one family, a father and his two sons, were killed": the group, then an apposition
    re.compile(r"\s+of\s+[^.;,]{1,60}?(?=,)", re.IGNORECASE),
)
_AT_LEAST_AFTER_RE = re.compile(rf"\s+at least{_VERB_AHEAD}", re.IGNORECASE)
# One figure for the dead and the wounded together ("ten killed and injured") is neither toll.
_BOTH_AFTER_RE = re.compile(r"\s*(?:and|or|&)\s+(?:injured|wounded|hurt)\b", re.IGNORECASE)
# ... told before the figure: "killing and injuring six members", "the death and injury of five soldiers".
_BOTH_LEFT_RE = compile_guarded(
    r"\b(?:killing|killed|kills|(?:the\s+)?(?:deaths?|killing)(?=\s+and\s+(?:the\s+)?(?:injur|wound)))\s+(?:and|or|&)\s+"
    r"(?:injuring|injured|injures|wounding|wounded|wounds|(?:the\s+)?(?:injury|injuries|wounding)\s+of)\s+$",
    re.IGNORECASE,
)
# One figure for the wounded and the missing together ("38 people injured and missing") is no injured count.
_MISSING_AFTER_RE = re.compile(r"\s*(?:and|or|&)\s+(?:missing|captured|abducted|detained|arrested)\b", re.IGNORECASE)
# "Casualties" counts the dead and the wounded together: no toll of either, but a part of it is one ("20
# casualties, including five dead": five killed).
_SUBSET_AFTER_RE = re.compile(r"\s+among\s+(?:them|the\s+(?:dead|victims|killed|wounded|injured))\b", re.IGNORECASE)
_CASUALTIES_AFTER_RE = re.compile(r"\s+casualties\b", re.IGNORECASE)
_CASUALTIES_SUBSET_LEFT_RE = compile_guarded(r"\bcasualties\s*,?\s*(?:including|among them|among whom|of whom)\s*$", re.IGNORECASE)
_LEFT_SUBSET_RE = CaseFoldedPattern(
    r"(?:including|among them|among whom|of whom|of them|among the (?:dead|victims|killed))\s*$"
)
#: A word of the people a stated zero names ("no U.S. personnel", "no guards or drivers"): not a word of a clause
#: ("no doubt the men were killed", "no idea how many were hurt", "no telling how many were killed").
_PARTY_WORD = (
    r"(?!(?:how|whether|if|the|that|this|those|these|doubt|idea|telling|matter|secret|surprise|wonder|question|many|much)\b)"
    r"[\w.-]+"
)
_NO_CASUALTIES_RE = compile_guarded(
    # ("without reporting casualties": the source told the event and no casualty)
    r"\b(?:no|without(?: causing| inflicting| leaving| resulting in| reporting| mentioning)?(?: any)?|"
    r"(?:did not|didn[’']t) (?:cause|result in|leave|report) any|"
    r"caus(?:ed|ing) no|(?:result(?:ed|ing) in|leav(?:e|es|ing)|left) no) "
    # (damage denied with them: "caused no damage or casualties", h24 c6)
    r"(?:(?:material )?damage (?:or|nor|and) )?"
    # (a party's: "with no U.S. casualties", "no coalition casualties")
    r"(?:human |civilian |(?:(?-i:[A-Z][A-Za-z.]*)|coalition|allied|friendly|partner) )?(?:reported )?"
    r"(?:casualties|losses|victims)\b"
    # "without reports of casualties", "there were no reports of casualties", "there are no indications of civilian
    # casualties", "no sign that any civilians were hurt" (a hedged zero is the zero told)
    # (also a report qualified by when or how it came: "no immediate reports of casualties", "no confirmed reports")
    r"|\b(?:without|no) (?:any )?(?:(?:immediate|initial|official|confirmed|further) )?"
    # (a party's too: "no reports of any U.S. casualties", h24 c6)
    # (damage denied with them, "no reports of damage or casualties"; the wounded alone, "no immediate reports of
    # injuries": a zero of the wounded, and so of the dead, as "no injuries were reported" is)
    r"(?:reports?|indications?|signs?|evidence) (?:of|that) (?:any )?(?:(?:material )?damage (?:or|nor|and) )?"
    r"(?:civilian |human |(?-i:[A-Z][A-Za-z.]*) )?"
    r"(?:casualties|victims|deaths or injuries|harm\b(?P<hurt6>)|injur(?:ies|y)\b(?P<hurt12>)|"
    r"(?:one|body|civilians?|people) (?:was|were|had been|have been) "
    r"(?:killed or (?:injured|wounded|hurt|harmed)|(?:injured|wounded|hurt|harmed) or killed|"
    r"(?:injured|wounded|hurt|harmed)\b(?P<hurt7>)))\b"
    # the unharmed told of the people attacked: "the patrol escaped unharmed", "its passengers survived unhurt" (not
    # one person's escape, "he survived unharmed": the others near him are left untold)
    r"|\b(?<!he )(?<!she )(?<!who )(?:escaped|survived|emerged|remained) (?:\w+ )?"
    r"(?:unharmed|unhurt|unscathed|uninjured)\b(?P<hurt8>)"
    # both kinds at once: "no one was killed or injured", "no U.S. forces were injured or killed"
    r"|\bno(?: |-)?(?:one|body|[\w.-]+(?: [\w.-]+)?)(?: else)? (?:was|were) (?:killed or (?:injured|wounded|hurt)|"
    r"(?:injured|wounded|hurt) or killed)\b"
    # ... of parties or groups listed: "no French or Kurdish guards were killed or wounded" (h24 c6; without this
    # only the dead's zero was read, from the party's branch below)
    r"|\bno (?!sooner\b|longer\b|more\b)(?:" + _PARTY_WORD + r" ){0,2}?" + _PARTY_WORD
    + r" or (?:" + _PARTY_WORD + r" ){0,2}?" + _PARTY_WORD + r" (?:was|were|had been|have been) "
    r"(?:killed or (?:injured|wounded|hurt|harmed)|(?:injured|wounded|hurt|harmed) or killed)\b"
    # (a bare "nobody hurt" in a post; a hedged "no civilians were believed to be hurt", "no one was reported injured")
    # ("nobody at the post was hurt", "no one in the car was injured": the people the attack was aimed at)
    r"|\bno(?: |-)?(?:one|body|(?:other |more |further )?civilians?)(?: else)?"
    r"(?: (?:at|in|on|inside|aboard) (?:the |its |their )?[\w-]+(?: [\w-]+)?)? (?:(?:was|were|has been|have been|had been)"
    r"(?: (?:immediately |initially )?(?:reported|believed|thought|said)(?: to (?:be|have been))?)? )?"
    r"(?:(?P<dead>killed)|(?P<hurt>hurt|injured|wounded|harmed))\b"
    # the people of a party or a list told unhurt, with their verb: "no U.S. personnel were injured", "no soldiers
    # were hurt", "no guards or workers were harmed": a zero of that party's wounded (or dead) alone, which says
    # nothing of others' deaths ("no U.S. troops were hurt in the attack" that killed six guards)
    # (words of a noun phrase: not "no doubt the men were killed", "no idea how many were hurt")
    r"|\bno (?!sooner\b|longer\b|more\b)(?:" + _PARTY_WORD + r" ){0,2}?" + _PARTY_WORD
    + r"(?: or (?:" + _PARTY_WORD + r" )?" + _PARTY_WORD + r")? (?:was|were|had been|have been) "
    r"(?:(?P<dead4>killed)|(?:hurt|injured|wounded|harmed)\b(?P<party_hurt>))\b"
    # the people told by a pronoun or a group, "none of": "none of us were hurt", "none of the guards was killed" (web c5)
    r"|\bnone of (?:us|them|(?:the|its|their|our) [\w-]+(?: [\w-]+)?) (?:was|were|had been|have been) "
    r"(?:(?P<dead6>killed)|(?:hurt|injured|wounded|harmed)\b(?P<hurt11>))\b"
    # a bare "no one was hit": a shot that struck nobody
    r"|\bno(?: |-)?(?:one|body)(?: else)? (?:was|were|had been|has been) hit\b(?P<hurt10>)"
    # "without causing injuries", "without any injuries being reported": a zero of the wounded
    # (and the negated verb: "the strike did not result in any injuries")
    r"|\b(?:without(?: causing| inflicting| leaving| resulting in| reporting| mentioning)?(?: any)?|"
    # ("officials did not report any injuries", h24 c6)
    r"(?:did not|didn[’']t) (?:cause|result in|leave|inflict|report) any) (?:injuries|injury)\b(?P<hurt4>)"
    # a denied loss of life ("no loss of life", "without loss of life", the negated verb before it): a zero of the
    # dead only (the wounded are left untold)
    r"|\b(?:no|without(?: causing| any)?|did not (?:cause|result in|leave) any|(?:caus|result)(?:ed|ing) (?:in )?no) "
    r"(?:human )?loss(?:es)? of (?:human )?li(?:fe|ves)\b(?P<dead5>)"
    r"|\bno (?:deaths|fatalities)\b(?P<dead2>)"
    # the verb before its zero: "the shelling killed no one", "the blast hurt nobody"
    r"|\b(?:killed|killing|kills) no(?: |-)?(?:one|body)\b(?P<dead3>)"
    r"|\b(?:wounded|wounding|injured|injuring|hurt|hurting|harmed|harming) no(?: |-)?(?:one|body)\b(?P<hurt2>)"
    # "no injuries were reported": a zero of the wounded, silence on the dead
    r"|\bno (?:(?:civilian|other|further|serious|reported) )?(?:injuries|injured|wounded)\b(?! and (?:killed|dead|deaths|fatalities|martyrs)\b)(?P<hurt3>)"
    # damage to things alone says no one was hurt: "limited to material losses", "caused only material damage",
    # "material damage only" (plain "caused material damage" says nothing of people and stays silent)
    r"|\b(?:limited|confined|restricted) to (?:the )?material (?:damage|losses)\b"
    r"|\bonly (?:caus(?:ed|ing) |left |leaving |resulted in |resulting in )?(?:some )?material (?:damage|losses)\b"
    r"|\b(?:material )?(?:damage|losses) only\b"
    # not even damage: "a shell landed by the post without damage", "without causing any damage"
    r"|\bwithout (?:causing |inflicting |leaving )?(?:any )?(?:material )?damage\b",
    re.IGNORECASE,
)
_HURT_GROUPS = ("hurt", "hurt2", "hurt3", "hurt4", "hurt6", "hurt7", "hurt8", "hurt10", "hurt11", "hurt12")
_DEAD_GROUPS = ("dead", "dead2", "dead3", "dead4", "dead5", "dead6")
# A consequence told as damage to things alone: "causing material damage", "which caused fires in the crops",
# "setting a fuel truck ablaze", ", damaging an electricity line", "the damage was limited to property". A report
# that tells what an attack did and names only damage tells that it hurt nobody: 0 killed, 0 injured, unless a
# casualty is told anywhere in the sentence (:func:`damage_only_zero`) or the next sentence gives a toll (a
# :func:`is_damage_zero` figure is replaced by it, never added to).
_DAMAGE_ONLY_RE = compile_guarded(
    r"\b(?:caus(?:ed|ing|es|e)|leav(?:ing|es|e)|left|result(?:ed|ing|s)?\s+in|led\s+to|inflict(?:ed|ing|s)?)\s+"
    r"(?:only\s+)?(?:some\s+|minor\s+|limited\s+|slight\s+|light\s+|heavy\s+|great\s+|extensive\s+|significant\s+|"
    r"considerable\s+|severe\s+|big\s+|huge\s+|large\s+|serious\s+|substantial\s+|widespread\s+)?"
    r"(?:material\s+(?:damage|losses|destruction)|damage|destruction)\b"
    r"|\bonly\s+(?:minor\s+|limited\s+|slight\s+|light\s+|some\s+)?(?:material\s+)?damage\b"
    r"|\b(?:caus(?:ed|ing|es|e)|spark(?:ed|ing|s)?|start(?:ed|ing|s)?|ignit(?:ed|ing|es|e))\s+(?:a\s+)?"
    r"(?:large\s+|huge\s+|big\s+|massive\s+|small\s+)?fires?\b"
    r"|\bset(?:ting|s)?\s+(?:[\w’'-]+\s+){1,5}?(?:ablaze|on\s+fire|alight)\b"
    r"|,\s*(?:damaging|destroying|burning)\s+(?:a|an|the|two|three|four|several|some|its|their|his|her|part|parts|"
    r"\d+)\s"
    r"|\b(?:damage|losses)\s+(?:was|were|is|are)\s+(?:limited|confined|restricted)\s+to\b",
    re.IGNORECASE,
)
# Any word of a casualty: a sentence that holds one tells people harmed, so its damage is no zero.
_CASUALTY_STEM_RE = compile_guarded(
    r"\b(?:kill|dead|death|die[ds]?|dying|wound|injur|hurt|martyr|casualt|causalit|victim|bod(?:y|ies)\b|lives|life\b|"
    r"perish|slain|shot|stabb|murder|assassinat|execut|behead|crucif|maim|amputat|bleed|hospital|survivor|survived)",
    re.IGNORECASE,
)


# A stated zero beside the damage: "There were no injuries and only minor damage" (its casualty word says none).
_STATED_NONE_RE = re.compile(
    r"\bno\s+(?:[a-z]+\s+)?(?:injuries|casualties|deaths|fatalities|victims)\b"
    r"|\bno(?:\s|-)?(?:one|body)\s+(?:was|were)\s+(?:[a-z]+\s+)?(?:hurt|injured|wounded|killed|harmed)\b",
    re.IGNORECASE,
)


# The damage told as the whole of the consequence: "only" before or after it ("caused only material damage", "only
# caused damage", "material damage only"), or damage "limited to" things. Damage told plainly ("causing material
# damage", "which caused fires", ", destroying the building") says what was hit, not that nobody was: the web
# reports' golds leave such a toll out (none), 7 of 7 killed rows in five sources (web23 c1 twice, web21 c5 twice and
# c6, heldout22 c1 and c4), while every damage zero they code 0..0 is told with "only" (5 of 5: web23 c1, web21 c4
# and c6, web22 c2, web21h c6).
_ONLY_BEFORE_DAMAGE_RE = re.compile(r"\b(?:only|solely|merely|just)\s+$", re.IGNORECASE)
_ONLY_AFTER_DAMAGE_RE = re.compile(r"\s*+(?:only|alone)\b", re.IGNORECASE)
_DAMAGE_STATED_WHOLE_RE = re.compile(r"\b(?:only|limited|confined|restricted)\b", re.IGNORECASE)


def _damage_told_as_whole(text: str, damage: re.Match[str]) -> bool:
    """Whether the damage ``damage`` matched is told as all the attack did (see :data:`_DAMAGE_STATED_WHOLE_RE`)."""
    return (
        _DAMAGE_STATED_WHOLE_RE.search(damage.group(0)) is not None
        or _ONLY_BEFORE_DAMAGE_RE.search(text, max(0, damage.start() - 12), damage.start()) is not None
        or _ONLY_AFTER_DAMAGE_RE.match(text, damage.end()) is not None
    )


def damage_only_zero(text: str) -> Casualties | None:
    """The zero told by damage alone (:data:`_DAMAGE_ONLY_RE`) as the whole of the consequence ("caused only material
    damage", "material damage only", "damage limited to property"), None where no such consequence is told, where
    the damage is told plainly ("causing material damage": what was hit, not that nobody was, see
    :data:`_ONLY_BEFORE_DAMAGE_RE`) or where the text names a casualty anywhere ("causing material damage and wounding
    two" is no zero of the wounded)."""
    damage = gated_search(_DAMAGE_ONLY_RE, text)
    if damage is None or has_casualty_word(text):
        return None
    while not _damage_told_as_whole(text, damage):
        damage = _DAMAGE_ONLY_RE.search(text, damage.end())
        if damage is None:
            return None
    return Casualties(low=0, high=0, phrase=damage.group(0).strip(" ,"))


def has_casualty_word(text: str) -> bool:
    """Whether the text names a casualty (a stated zero, "no one was hurt", aside)."""
    return _CASUALTY_STEM_RE.search(_STATED_NONE_RE.sub(" ", text)) is not None


def is_damage_zero(figure: Casualties | None) -> bool:
    """Whether a figure is a zero read from damage alone (:func:`damage_only_zero`): a later toll replaces it."""
    return (
        figure is not None
        and figure.high == 0
        and figure.phrase is not None
        and _DAMAGE_ONLY_RE.search(f", {figure.phrase} ") is not None
    )
# A zero told only as a source's silence ("the agency reported the strike without reporting casualties"): no one
# said to be hurt, not no one hurt; a toll told next replaces it (:func:`is_source_silence_zero`).
_SOURCE_SILENCE_ZERO_RE = compile_guarded(r"\bwithout (?:reporting|mentioning)\b", re.IGNORECASE)


def is_source_silence_zero(figure: Casualties | None) -> bool:
    """Whether a figure is a zero read from a source's silence alone ("without reporting casualties"): a later toll
    replaces it, as it does a zero read from damage (:func:`is_damage_zero`)."""
    return (
        figure is not None
        and figure.high == 0
        and figure.phrase is not None
        and _SOURCE_SILENCE_ZERO_RE.search(figure.phrase) is not None
    )


# Between two tolls of one kind: the second details the first ("..., where 26 of them were killed"), or sums it with
# earlier events ("..., bringing the death toll from the offensive to 28", "taking to 28 the death toll").
_ELABORATION_LEFT_RE = compile_guarded(
    r"\b(?:where|whereby|of whom|among them|among whom|most of (?:them|whom))\s*$"
    # "killing 8 fighters ..., which said the dead included 5 Iraqis": a part of the toll told
    r"|\b(?:the dead|those killed|the victims|the wounded|the injured)\s+(?:included|include|includes)\s+$"
    r"|\b(?:identified|named)\s+as\s*:?\s*$"  # "the two killed were identified as A and B": the two, by name
    r"|\b(?:taking|bringing|raising|pushing|increasing|lifting|took|brought|raised|pushed)\s+(?:"
    r"to\s+|(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,3}(?:toll|total|tally|number)\s+(?:[\w’'-]+\s+){0,8}?to\s+)$",
    re.IGNORECASE,
)
#: Nouns for a group of people: "one family", "two clans" say how many groups, not how many people.
# (groups of people, not people: "one family", "two clans", "between the two sides", "both parties")
_GROUP_HEADS = frozenset(
    "family families clan clans tribe tribes group groups unit units household households sides parties".split()
)
_SUBSET_PHRASE_RE = compile_guarded(r"\bof\s+(whom|them)\b", re.IGNORECASE)
# "two children and a woman"; also with a possessive before a count: "a woman and her two children"
# (also past the name or age of the person just counted: "the commander of the council, Omar Saleh, and two of his
# guards", "a shopkeeper, 45, and his son")
_COORDINATION_RE = re.compile(
    r"^\s*(?:,\s*(?:(?-i:[A-Z][\w’'-]+(?:\s+(?:(?:al|el|bin|ibn|abu)[- ])?[A-Z][\w’'-]+){0,3})|\d{1,2}"
    # (or past what the person is said to be: "Omar Saleh, described as a senior planner, and two of his aides")
    r"|described\s+as\s+[^,.;]{1,60}?)\s*(?=,))?"
    # (or past an age by decade: "a woman in her sixties and her granddaughter")
    r"(?:\s+in\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-?)?(?:teens|twenties|thirties|forties|fifties|sixties|"
    r"seventies|eighties|nineties)\s*(?=and\s))?"
    # (or past the group of the first count: "five fighters of the factions and four SDF fighters")
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+(?=and\s))?"
    # (", as well as 15 others", ", along with two guards": the joining words after a comma)
    r"(?:,\s*(?:and\s+|as well as\s+|(?:along|together) with\s+|plus\s+)?|and\s+|as well as\s+|(?:along|together) with\s+)"
    r"(?:(?:his|her|their)\s+)?$",
    re.IGNORECASE,
)

_BARE_WITH_RE = re.compile(r"\s+with\s+((?:his|her|their)\s+)?", re.IGNORECASE)


#: Quantity words longer than this are read afresh each time, not remembered (the memory stays small on a long run
#: of digits in untrusted text).
_REMEMBERED_NUMBER_LENGTH = 40


def parse_number(expression: str) -> tuple[int | None, int | None] | None:
    """Read one quantity word or number ("18", "twenty-three", "a dozen", "scores") into bounds, or None."""
    if len(expression) > _REMEMBERED_NUMBER_LENGTH:
        return _parse_number(expression)
    return _remembered_number(expression)


def _parse_number(expression: str) -> tuple[int | None, int | None] | None:
    words = expression.lower().strip()
    if words in _VAGUE:
        low, high, _ = _VAGUE[words]
        return low, high
    if re.fullmatch(_DIGITS, words):
        digits = words.replace(",", "")
        if len(digits) > len(str(MAX_CASUALTY_FIGURE)) or int(digits) > MAX_CASUALTY_FIGURE:
            return None  # implausible (see the module docstring); length first: int() of a huge run is slow
        value = int(digits)
        return value, value
    if words in ("hundred", "a hundred", "one hundred"):
        return 100, 100
    parts = re.split(r"[- ]", words)
    total = 0
    for part in parts:
        if part in _TENS:
            total += _TENS[part]
        elif part in _UNITS:
            total += _UNITS[part]
        else:
            return None
    return total, total


# a pure function of a short string, and the same few quantity words recur in every clause: remembered for speed
_remembered_number = lru_cache(maxsize=1024)(_parse_number)


def parse_count(expression: str) -> tuple[int | None, int | None] | None:
    """Read a whole count expression ("at least 18", "10 to 15", "up to five") into (low, high) bounds.

    Returns None when the expression is not a count. See the module docstring for the table.
    """
    lowered = ascii_lower(expression.strip())
    match = _COUNT_RE.fullmatch(lowered) or _COUNT_RE.match(lowered)
    if match is None:
        family = _FAMILY_RE.search(expression)
        if family:
            return parse_number(family.group("base"))
        return None
    return _bounds_of(match)


def _bounds_of(match: re.Match[str]) -> tuple[int | None, int | None] | None:
    if match.group("r1") or match.group("lo") or match.group("dlo"):
        low_part = parse_number(match.group("r1") or match.group("lo") or match.group("dlo"))
        high_part = parse_number(match.group("r2") or match.group("hi") or match.group("dhi"))
        if low_part is None or high_part is None or low_part[0] is None or high_part[1] is None:
            return None
        low, high = low_part[0], high_part[1]
        return (low, high) if low <= high else (high, low)
    bounds = parse_number(match.group("base"))
    if bounds is None:
        return None
    low, high = bounds
    modifier = (match.group("mod") or "").lower()
    if match.group("ormore") and low is not None:
        return low, None  # "19 or more": no upper bound
    if modifier in ("at least", "no fewer than", "no less than", "not less than", "a minimum of"):
        return low, None
    if modifier in ("more than", "over", "in excess of"):
        if low is not None and low >= MAX_CASUALTY_FIGURE:
            return None  # "more than 100,000": beyond the plausible bound
        return (low + 1 if low is not None else None), None
    if modifier in ("up to", "as many as", "at most", "no more than"):
        return 0, high  # none at the least: "up to 80 militants" is 0..80
    if modifier in ("nearly", "almost", "close to"):
        return None, high
    return low, high


@dataclass(frozen=True)
class CountMention:
    """A count in the text, with the noun phrase it counts and what it was classified as."""

    start: int
    end: int  # end of the counted noun phrase
    low: int | None
    high: int | None
    phrase: str
    noun_phrase: str
    noun_start: int
    kind: str | None = None  # "killed", "injured" or None
    from_left: bool = False
    bare: bool = False  # a headline's person with no article ("Old man killed"): one victim only when alone


def _noun_phrase(text: str, position: int) -> tuple[str, int, int]:
    """The noun words after a count (up to four, stopping at verbs/prepositions): (words, start, end)."""
    words: list[str] = []
    cursor = position
    start = position
    determiner = _LEADING_DETERMINER_RE.match(text, cursor)
    if determiner:
        cursor = determiner.end()  # "two of its fighters": skip "its"
    for _ in range(4):
        match = _NP_WORD_RE.match(text, cursor)
        if match is None or (match.group(1).lower() in _NP_STOP and match.group(1) != "IS"):
            break  # ("seven IS fighters": the group's name in capitals, not the verb)
        if not words:
            start = match.start(1)
        words.append(match.group(1))
        cursor = match.end()
        if match.group(1).lower() in PERSON_NOUNS and not text[cursor : cursor + 2].strip().startswith("-"):
            # a person noun ends the phrase unless more nouns follow directly ("civilians workers" is rare)
            nxt = _NP_WORD_RE.match(text, cursor)
            if nxt is None or nxt.group(1).lower() not in PERSON_NOUNS:
                break
    if words and words[-1].lower() in PERSON_NOUNS:
        # "members of the Asayish", "fighters of the SDF": keep a named group in the victims phrase
        group = _OF_GROUP_RE.match(text, cursor)
        if group:
            words.append(group.group(0).strip())
            cursor = group.end()
    return " ".join(words), start, cursor if words else position


#: Counts read from one clause at most. A clause of news prose gives a handful; thousands ("1, 1, 1, ..." or a
#: table flattened into text) are not tolls, and classifying each costs a few bounded-window regex searches, so
#: without a bound 5 MB of them took minutes. The first ones in text order are read.
MAX_COUNTS_PER_CLAUSE = 64


def _may_match(pattern: re.Pattern[str], text: str, folded: str) -> bool:
    """False only when ``pattern`` cannot match ``text`` (``folded`` is its ascii_lower): the words one of which
    every match holds (:func:`~mapapp.extract.lexicon.words_of`) are absent. Most clauses name no family, no title
    and no killing of "him" or of a named person."""
    return may_match(words_of(pattern), text, folded)


def _count_mentions(text: str) -> list[CountMention]:
    mentions: list[CountMention] = []
    folded = ascii_lower(text)
    # positions already inside a mention, marked in one array: checking a match costs its own length, not the
    # number of earlier mentions (a list scan made "1, " × 40,000 quadratic)
    covered = bytearray(len(text) + 1)

    def overlaps(start: int, end: int) -> bool:
        return covered.find(1, start, end) >= 0

    def take(start: int, end: int) -> None:
        covered[start:end] = b"\x01" * (end - start)

    def add_bare(match: re.Match[str]) -> None:
        """One person counted by a noun told with no number ("the death of a fighter", "killing a shepherd"): the
        match's group 1 and 2 are the noun's words, from group 1 to the match's end its phrase."""
        start, end = match.start(1), match.end()
        noun = (match.group(1) + match.group(2)).strip()
        mentions.append(CountMention(start, end, 1, 1, text[start:end], noun, start, bare=True))
        take(start, end)

    for match in _FAMILY_RE.finditer(text) if _may_match(_FAMILY_RE, text, folded) else ():
        if len(mentions) >= MAX_COUNTS_PER_CLAUSE:
            break
        bounds = parse_number(match.group("base"))
        if bounds:
            mentions.append(
                CountMention(match.start(), match.end(), bounds[0], bounds[1], match.group(0), "family", match.start())
            )
            take(match.start(), match.end())
    lowered = text.lower() if "identified" in text or "named" in text else ""  # (most clauses have neither)
    for match in _IDENTIFIED_AS_RE.finditer(text) if " as" in lowered else ():
        if len(mentions) >= MAX_COUNTS_PER_CLAUSE:
            break
        names, end = _names_listed(text, match.end())
        if names and not overlaps(match.end(), end):
            phrase = text[match.end() : end]
            mentions.append(CountMention(match.end(), end, names, names, phrase, phrase, match.end()))
            take(match.end(), end)
    for match in _COUNT_RE.finditer(folded):
        if len(mentions) >= MAX_COUNTS_PER_CLAUSE:
            break
        if overlaps(match.start(), match.end()):
            continue
        bounds = _bounds_of(match)
        if bounds is None:
            continue
        if match.group("base") and match.group("base")[0].isdigit() and _is_day_of_month(text, match):
            continue  # "On May 4, 12 people were killed": the 4 is a date
        if match.group("base") and _AGE_AFTER_RE.match(text, match.end("base")):
            continue  # "a 25-year-old man": an age, the man is counted as one person
        if match.group("base") and _is_age_after_name(text, match):
            continue  # "Sara Ali, 50, the mother of ...": the age of the person just named
        noun, noun_start, noun_end = _noun_phrase(text, match.end())
        if (
            not noun
            and _YEAR_RE.fullmatch(match.group("base") or "")
            and _YEAR_PREPOSITION_BEFORE_RE.search(text, max(0, match.start() - 8), match.start())
        ):
            continue  # "In 2016, nine soldiers were killed": the 2016 is a year
        if not noun and match.group("base") and match.group("base")[0].isdigit():
            name = _NAME_BEFORE_NUMBER_RE.search(text, max(0, match.start() - 20), match.start())
            if name is not None and name.group(1).lower() not in _TIME_NAMES and _NAME_NUMBER_END_RE.match(text, match.end()):
                continue  # "the sweep, dubbed Humanity and Security 2, ...", "Tower 22": a number of a name
        head = noun.split()[-1].lower() if noun else ""
        base_word = (match.group("base") or "").lower()
        if base_word == "both" and any(word.lower() in _GROUP_HEADS for word in noun.split()):
            continue  # "both parties left three fighters dead": the parties are no count, the three are
        # (the head of "X of Y" is X: "three fighters of the Protection Units" are people)
        own_head = _own_head(noun)
        if own_head in _NOT_PERSON_HEADS or own_head in _GROUP_HEADS:
            continue  # "one family" or "two families" says how many households, not how many people
        if _TIME_SPAN_NOUN_RE.match(noun):
            continue  # "Three days earlier, a man was killed", "the strikes two days ago": a span of time, no people
        base = match.group("base").lower() if match.group("base") else ""
        if base == "one" and _NO_ONE_RE.search(text, max(0, match.start() - 8), match.start()):
            continue  # "no one else was hurt": a stated zero, not one person
        if base in ("many", "few", "numerous", "one", "both") and not noun:
            if not (base == "one" and _is_bare_one_victim(text, match.start(), match.end())) and not (
                base == "both" and _is_bare_both_victim(text, match.start(), match.end())
            ):
                continue  # but "the blast killed one and injured four", "one was killed": one person
        if base in _PERSON_ONLY_BASES and noun and head not in PERSON_NOUNS:
            continue  # "another landmine wounded two", "both ISIS and the SDF": no person counted
        end = max(noun_end, match.end())
        mentions.append(
            CountMention(match.start(), end, bounds[0], bounds[1], text[match.start() : end].strip(), noun, noun_start)
        )
        take(match.start(), end)
    single = _may_hold_single(text, folded)  # (one gate for the three scans that end on a singular person noun)
    for match in _SINGLE_RE.finditer(text) if single else ():
        if len(mentions) >= MAX_COUNTS_PER_CLAUSE:
            break
        if overlaps(match.start(), match.end()):
            continue
        noun = (match.group(1) + match.group(2)).strip()
        end = match.end()
        group = _OF_GROUP_RE.match(text, end) or _OF_COMMON_GROUP_RE.match(text, end)
        if group:  # "a member of the Asayish (ISF)": the group belongs to the counted person
            noun, end = f"{noun} {group.group(0).strip()}", group.end()
        mentions.append(CountMention(match.start(), end, 1, 1, text[match.start() : end], noun, match.start(1)))
        take(match.start(), end)
        shared = _SHARED_POSSESSIVE_RE.match(text, end) if _POSSESSIVE_RE.match(match.group(0)) else None
        if shared and not overlaps(shared.start(1), shared.end(1)) and len(mentions) < MAX_COUNTS_PER_CLAUSE:
            # "his son and daughter": one possessive for two relatives, two people
            mentions.append(
                CountMention(shared.start(1), shared.end(1), 1, 1, shared.group(1), shared.group(1), shared.start(1))
            )
            take(shared.start(1), shared.end(1))
    death_of = " of " in text and any(word in text for word in _DEATH_OF_WORDS)  # (a cheap test first)
    # "the death of a fighter" and the other single victims named with no count: one each
    for match in chain(_DEATH_OF_BARE_RE.finditer(text) if death_of else (), _bare_single_matches(text)) if single else ():
        if len(mentions) >= MAX_COUNTS_PER_CLAUSE:
            break
        if not overlaps(match.start(1), match.end()):
            add_bare(match)
    lowered = text.lower()
    has_object_verb = any(stem in lowered for stem in _BARE_OBJECT_STEMS)  # a cheap test before the scan
    for match in _BARE_OBJECT_RE.finditer(text) if has_object_verb else ():
        if len(mentions) >= MAX_COUNTS_PER_CLAUSE:
            break
        if not (overlaps(match.start(1), match.end()) or _ARTICLE_RE.match(match.group(1))):
            add_bare(match)
    named_was = "was" in text or "ed by" in text  # (a cheap test: "was killed", ", killed by")
    for pattern in (_NAMED_PERSON_RE, _NAME_WAS_RE) if named_was else (_NAMED_PERSON_RE,):
        for match in pattern.finditer(text) if _may_match(pattern, text, folded) else ():
            if len(mentions) >= MAX_COUNTS_PER_CLAUSE:
                break
            if overlaps(match.start(), match.end()):
                continue
            mentions.append(
                CountMention(match.start(), match.end(), 1, 1, match.group(0), match.group(0), match.start())
            )
            take(match.start(), match.end())
    for match in _NAME_AFTER_KILLING_RE.finditer(text) if _may_match(_NAME_AFTER_KILLING_RE, text, folded) else ():
        if len(mentions) >= MAX_COUNTS_PER_CLAUSE:
            break
        start, end = match.span("name")
        name = match.group("name")
        if overlaps(start, end) or any(found == 0 for found, _, _ in ACTOR_SCANNER.finditer(ascii_lower(name))):
            continue  # ("killing Syrian Democratic Forces fighters" is no name)
        if match.group("title"):
            start = match.start("title")  # the person counted from the title on: the killing verb stands right before
        count = 1
        if _NAME_SEPARATOR_RE.match(text, end):
            # "gunmen killed Omar Ali and Khalid Hassan", "shot dead A, B and C": the victims listed by name
            listed, list_end = _names_listed(text, match.start("name"))
            if listed >= 2 and list_end > end and _NAME_LIST_END_RE.match(text, list_end) and not overlaps(end, list_end):
                count, end = listed, list_end
        mentions.append(CountMention(start, end, count, count, text[start:end], name, match.start("name")))
        take(start, end)
    for match in _HIS_BODY_RE.finditer(text) if "body" in text else ():  # (a cheap test before the scan)
        if len(mentions) >= MAX_COUNTS_PER_CLAUSE:
            break
        if not overlaps(match.start(), match.end()):
            mentions.append(CountMention(match.start(), match.end(), 1, 1, match.group(0), "body", match.start()))
            take(match.start(), match.end())
    lowered_text = text.lower()
    for match in _SURVIVED_WOUNDED_RE.finditer(text) if ("survived" in lowered_text or "escaped" in lowered_text) else ():
        if len(mentions) >= MAX_COUNTS_PER_CLAUSE:
            break
        pronoun_end = match.start() + (2 if match.group(0)[:2].lower() == "he" else 3)
        if not overlaps(match.start(), pronoun_end):  # one wounded, counted by the pronoun ("injured" heads it)
            mentions.append(CountMention(match.start(), pronoun_end, 1, 1, text[match.start() : pronoun_end], "wounded", match.start()))
            take(match.start(), pronoun_end)
    for match in _THE_OTHER_VICTIM_RE.finditer(text) if "the other" in text else ():  # (a cheap test)
        if len(mentions) >= MAX_COUNTS_PER_CLAUSE:
            break
        other_start = match.end() - len("the other")
        if not overlaps(other_start, match.end()):
            mentions.append(CountMention(other_start, match.end(), 1, 1, text[other_start : match.end()], "", other_start))
            take(other_start, match.end())
    for match in _PRONOUN_VICTIM_RE.finditer(text) if _may_match(_PRONOUN_VICTIM_RE, text, folded) else ():
        if len(mentions) >= MAX_COUNTS_PER_CLAUSE:
            break
        pronoun_start = match.end() - 3  # "him" / "her"
        if not overlaps(pronoun_start, match.end()):
            mentions.append(CountMention(pronoun_start, match.end(), 1, 1, text[pronoun_start : match.end()], "", pronoun_start))
            take(pronoun_start, match.end())
    mentions.sort(key=lambda m: m.start)
    kept: list[CountMention] = []
    for index, mention in enumerate(mentions):
        if index and kept and _is_apposition(text, mentions[index - 1], mention):
            if kept[-1] is mentions[index - 1]:
                # the described person's mention reaches over the description, so that a list goes on after it:
                # "killed Sheikh Omar, a tribal elder, and his driver" (two people)
                kept[-1] = replace(kept[-1], end=mention.end)
            continue
        kept.append(mention)
    return kept


def _bare_single_matches(text: str) -> list[re.Match[str]]:
    """:data:`_BARE_SINGLE_RE` tried only where it can start, the opening of the text and each "|" (a search over
    every position cost as much as the other count patterns together)."""
    found = []
    first = _BARE_SINGLE_RE.match(text)
    if first is not None:
        found.append(first)
    # (also after a comma or a semicolon, as the posts of local pages list them: "..., driver injured"; or after a
    # post's hashtag label: "#Kasra: teacher shot dead")
    if "," not in text and ";" not in text and "|" not in text and ":" not in text:
        return found
    for mark in _BARE_SINGLE_START_RE.finditer(text, 1):
        if len(found) >= MAX_COUNTS_PER_CLAUSE:
            break
        if mark.group() == ":" and _HASHTAG_BEFORE_RE.search(text, max(0, mark.start() - 40), mark.start()) is None:
            continue  # (a colon only after a post's hashtag label: a plain "X bakery: boy killed, baker wounded" title
            # may sum up two events the body tells apart)
        match = _BARE_SINGLE_RE.match(text, mark.start())
        if match is not None:
            found.append(match)
    return found


_BARE_SINGLE_START_RE = re.compile(r"[|,;:]")
_HASHTAG_BEFORE_RE = re.compile(r"#[^\W\d][\w-]*$")


def _names_listed(text: str, position: int) -> tuple[int, int]:
    """How many personal names are listed at ``position`` ("Omar Ali, Khalid Hassan and Sami Issa" is 3) and where
    the list ends. Read name by name with two small patterns (not one pattern with a repeated group inside a
    repeated list, which could backtrack); at most :data:`MAX_NAMES_LISTED` names."""
    count, cursor, end = 0, position, position
    while count < MAX_NAMES_LISTED:
        name = _LISTED_NAME_RE.match(text, cursor)
        if name is None:
            break
        count, end = count + 1, name.end()
        separator = _NAME_SEPARATOR_RE.match(text, end)
        if separator is None:
            break
        cursor = separator.end()
    return count, end


def _is_age_after_name(text: str, match: re.Match[str]) -> bool:
    """True for a number of two digits at most set off by commas right after a name or a person noun: "Sara Ali, 50,
    said", "a shopkeeper, 45, and his son"."""
    base = match.group("base")
    if not (base.isdigit() and len(base) <= 2 and match.start() == match.start("base")):
        return False
    if not text.startswith(",", match.end("base")):
        return False
    if _NAME_BEFORE_AGE_RE.search(text, max(0, match.start() - 30), match.start()):
        return True
    # ... or after one person named by a noun: "killed a shopkeeper, 45, and his son"
    word = _WORD_BEFORE_COMMA_RE.search(text, max(0, match.start() - 30), match.start())
    return word is not None and word.group(1).lower() in _SINGULAR_PERSON_NOUNS


#: A capitalised word (not opening its sentence) right before a bare figure that closes its phrase: the figure is part
#: of a name ("dubbed Humanity and Security 2, ...", "near Tower 22,"), not a count ("Hajin 5 killed" stays one).
_NAME_BEFORE_NUMBER_RE = re.compile(r"[\w,;:)] (?-i:([A-Z][a-z]{2,})) $")
_NAME_NUMBER_END_RE = re.compile(r"\s*(?:[,;)]|$)")
# A count of time told before an adverb of time ("three days earlier", "two weeks ago", "hours later").
_TIME_SPAN_NOUN_RE = re.compile(
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:earlier|later|ago|before|after|afterwards|previously)\b",
    re.IGNORECASE,
)
_TIME_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def _is_day_of_month(text: str, match: re.Match[str]) -> bool:
    """True for a number written as the day of a month: "May 4", "4 May" (not "4 May fighters")."""
    before = text[max(0, match.start() - 12) : match.start()]
    if _MONTH_BEFORE_RE.search(before) or _MONTH_AFTER_RE.match(text, match.end("base")):
        return True
    # the year of a full date: "On April 28, 2024, a child was killed", "on 28 April, 2024" (not a count of people)
    return _YEAR_RE.fullmatch(match.group("base") or "") is not None and _DATE_BEFORE_YEAR_RE.search(
        text, max(0, match.start() - 20), match.start()
    ) is not None


def _is_apposition(text: str, previous: CountMention, mention: CountMention) -> bool:
    """True for a phrase that describes the person just counted, not another victim: "Sheikh Khalaf, an elder of
    the tribe", "the driver, a member of the council" (a list goes on with "and": "a woman, a child and a man")."""
    return (
        previous.low == previous.high == 1
        and mention.low == mention.high == 1
        and _APPOSITION_COMMA_RE.fullmatch(text[previous.end : mention.start]) is not None
        and (
            _APPOSITION_TAIL_RE.match(text, mention.end) is not None
            or _OF_INSIDE_RE.search(mention.phrase) is not None
            # after a name or a person told by its role ("its driver", "the mayor"), an indefinite description
            # closed by a comma or the clause's end: "Abu Ahmed, an ISIS leader, near X", "killing its driver, a
            # council member." (not "Omar Saleh, a woman and two children", a list)
            # (after a role, not when the comma goes on with another person: "the driver, a passenger, and two
            # children", a list; after a name the same is the name's description: "Sheikh Omar, an elder, and his son")
            or (
                (
                    _NAME_START_RE.match(previous.phrase) is not None
                    or (
                        _ROLE_START_RE.match(previous.phrase) is not None
                        and _ANOTHER_PERSON_AFTER_COMMA_RE.match(text, mention.end) is None
                    )
                )
                and _INDEFINITE_START_RE.match(mention.phrase) is not None
                and _APPOSITION_CLOSE_RE.match(text, mention.end) is not None
            )
            # after an indefinite person, the name closed likewise: "killed a village elder, Ali Hamdan, at his
            # door" (not "a teacher, Ali Hamdan and Omar Saleh", a list)
            or (
                _INDEFINITE_START_RE.match(previous.phrase) is not None
                and _NAME_START_RE.match(mention.phrase) is not None
                and _APPOSITION_CLOSE_RE.match(text, mention.end) is not None
            )
        )
    )


# (the comma after a quoted name, its quotation marks read as spaces: 'killed "Omar Saleh", a teacher')
_APPOSITION_COMMA_RE = re.compile(r"[ ’']?,\s*")
# The comma after a phrase that goes on with another person ("the driver, a passenger, and two children": a list told
# with a comma before its "and", not an apposition; not "its driver, a council member, and wounding two").
_ANOTHER_PERSON_AFTER_COMMA_RE = re.compile(
    rf"\s*,\s*(?:and|or)\s+(?:an?|the|his|her|its|their|another|{_WORD_NUMBER}|{_DIGITS})\b", re.IGNORECASE
)
# One person told by a definite role: "its driver", "the mayor", "his brother".
_ROLE_START_RE = re.compile(r"(?:its|his|her|their|the)\s", re.IGNORECASE)


_NAME_START_RE = re.compile(
    r"(?!(?:A|An|The|One|Two|Three|Four|Five|His|Her|Their|Its)\b)[A-Z][a-z’']+(?:-(?:al|el|[A-Z][a-z’']+))*\s+"
    r"(?:(?:al|el|bin|ibn|abu)[- ])?['’]?[A-Z]"
)  # ("Usamah al-Muhajir, an ISIS leader": the Arabic article in the surname)
_INDEFINITE_START_RE = re.compile(r"(?:a|an)\s", re.IGNORECASE)
# (or the description goes on about that person: "Abu Ahmed, an ISIS leader responsible for attacks in Europe")
# (or a second role of the same person, a bare singular noun: "Abu Ahmed, a senior ISIS official and recruiter.";
# not "a woman and a child", "a woman and children")
_APPOSITION_CLOSE_RE = re.compile(
    r"(?:\s+and\s+(?:" + _SINGULAR_PERSON_NOUN_ALTERNATION + r"))?"
    r"(?:\s*(?:[,;.)]|$)|\s+(?:responsible|accused|wanted|known|tasked|involved|believed|suspected|linked|who)\b)",
    re.IGNORECASE,
)


# A day told between the verb and its object, as North Press writes: "gunmen shot dead on Saturday a teacher".
_TRAILING_DAY_RE = re.compile(
    r"\s(?:on\s+)?(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|evening|night|afternoon))?"
    r"|yesterday(?:\s+(?:morning|evening|afternoon))?|today|last\s+night|this\s+(?:morning|evening|afternoon))\s+$",
    re.IGNORECASE,
)


# The toll of the event another answered, told in a relative clause: "struck X in retaliation for a drone attack that
# killed three US soldiers", "in response to a rocket attack which wounded two": that event's toll, not this one's.
_CAUSE_TOLL_LEFT_RE = compile_guarded(
    r"\b(?:" + ANSWERED_EVENT_WORDS + r")\s+"
    r"(?:an?|the|its|their|last\s+\w+'s)\s+(?:[\w’'-]+\s+){0,8}?(?:that|which)\s+(?:had\s+)?"
    r"(?:killed|left|claimed\s+the\s+lives\s+of|wounded|injured)\s+$",
    re.IGNORECASE,
)


def _classify(text: str, mention: CountMention) -> CountMention | None:
    """Attach killed/injured to a mention from its neighbours; None when it is a subset ("including two children")."""
    left = text[max(0, mention.start - 100) : mention.start]
    if "that" in left or "which" in left:
        cause = _CAUSE_TOLL_LEFT_RE.search(left)
        if cause is not None:
            return None  # "... in retaliation for an attack that killed three soldiers": the attack's toll
    day = _TRAILING_DAY_RE.search(left, max(0, len(left) - 40))
    if day is not None:
        left = left[: day.start() + 1]  # "shot dead on Saturday a teacher": the verb's object
    if _LEFT_SUBSET_RE.found(left) and not _CASUALTIES_SUBSET_LEFT_RE.search(left):
        return None  # "including two children": part of a figure counted already
    if _SUBSET_AFTER_RE.match(text, mention.end):
        return None  # "killed seven fighters, a commander among them,": part of the seven
    subset = _SUBSET_PHRASE_RE.search(mention.phrase)
    if subset and mention.phrase[:4].lower() == "both":
        subset = None  # "both of them": the two, not a part of them
    if (
        subset
        and (subset.group(1).lower() == "whom" or not (gated_search(_LEFT_KILLED_RE, left) or _LEFT_INJURED_RE.found(left)))
        and not (subset.group(1).lower() == "them" and _VERB_RIGHT_AFTER_RE.match(text, mention.end))
    ):
        return None  # "two of whom were commanders"; but "killing two of them" and "four of them were killed" are tolls
        # (a part of a toll the clause told before is dropped later, :func:`_drop_elaborations`)
    if mention.phrase[-7:].lower() == " of the":
        told = _TOLD_GROUP_AFTER_RE.match(text, mention.end)
        if told and not (_DIED_AFTER_WOUNDED_RE.match(text, told.end()) or _VERB_RIGHT_AFTER_RE.match(text, told.end())):
            return None  # "..., with two of the injured in a critical condition": a part of the wounded told
    named_toll = _toll_named_before(text, mention.start)
    if named_toll is not None:
        return _with(mention, named_toll, True)
    head = mention.noun_phrase.split()[-1].lower() if mention.noun_phrase else ""
    if head == "casualties" or _CASUALTIES_AFTER_RE.match(text, mention.end):
        return mention  # "eight casualties", "eight people casualties": the dead and the wounded together
    own_head = _own_head(mention.noun_phrase)
    if own_head in ("deaths", "fatalities", "dead", "bodies", "body", "martyrs"):
        # ("left 4 martyrs", "two martyrs fell", "two martyrs of the National Army")
        return _with(mention, "killed", False)
    if head == "martyr" and not _ARTICLE_HEAD_RE.match(mention.phrase):
        return _with(mention, "killed", False)  # "1 woman martyr and 3 injured" (not "the martyr Ahmed", a name's title)
    if head in ("injuries", "wounded", "injured", "injuried"):
        if _DIED_AFTER_WOUNDED_RE.match(text, mention.end):
            return _with(mention, "killed", False)  # "two of the wounded died in hospital": dead now
        return _with(mention, "injured", False)
    if _DIED_OF_WOUNDS_RE.match(text, mention.end) and gated_search(_LEFT_KILLED_RE, left):
        return _with(mention, "killed", True)  # "the death of a child of his injuries"
    at_least = _AT_LEAST_AFTER_RE.match(text, mention.end)
    if at_least:
        mention = CountMention(
            mention.start, mention.end, mention.low, None, mention.phrase, mention.noun_phrase, mention.noun_start
        )
    right = _RIGHT_RE.match(text, _verb_search_start(text, mention))
    if right is None and mention.low == mention.high == 1 and _is_description(text, mention):
        rest = _DESCRIPTION_REST_RE.match(text, mention.end)
        if rest is not None:  # "Omar Saleh, a teacher in the village, was shot dead": the verb past the description
            right = _RIGHT_RE.match(text, rest.end())
    if right is None and mention.low == mention.high == 1 and text.startswith(",", mention.end):
        right = _LONG_APPOSITION_RIGHT_RE.match(text, mention.end)
    if right and right.group("k") and _is_active_agent(text, right):
        return mention  # "two gunmen shot dead a teacher": the counted people did the killing
    if right and right.group("k") and _BOTH_AFTER_RE.match(text, right.end()):
        return mention  # "ten soldiers killed and injured": one figure for both, neither toll
    if right and _MISSING_AFTER_RE.match(text, right.end()):
        return mention  # "38 people injured and missing": the wounded are only part of the figure
    if right and right.group("i") and _DIED_AFTER_WOUNDED_RE.match(text, right.end()):
        return _with(mention, "killed", False)  # "two of the wounded died in hospital": dead now
    if right and right.group("k") and _NEUTRALIZED_RE.match(right.group("k")) and not _neutralized_toll(text, mention, right):
        return mention  # "until the last terrorist is neutralized", "many terrorists were neutralized": no count
    if right and right.group("k") and _PUT_OUT_OF_ACTION_RE.match(right.group("k")) and not _put_out_of_action_toll(mention):
        return mention  # "two tanks were destroyed", "the threat was eliminated": no people counted
    if right:
        return _with(mention, "killed" if right.group("k") else "injured", False)
    if _BOTH_LEFT_RE.search(left, len(left) - 40):
        return mention  # "killing and injuring six members": one figure for both, neither toll
    if _LEFT_NEUTRALIZED_RE.search(left) and not _neutralized_figure(mention):
        return mention  # "neutralized dozens of terrorists": a side's claim, no count
    # (gated: the scan of a window that must end in a killing word costs as much as the rest of the clause's reading)
    left_killed = gated_search(_LEFT_KILLED_RE, left)
    if left_killed and _PUT_OUT_OF_ACTION_RE.search(left_killed.group(0)) and not _put_out_of_action_toll(mention):
        return mention  # "destroyed two tanks", "eliminating the threat": no people counted
    if left_killed is None and _put_out_of_action_toll(mention) and _LISTED_AFTER_PUT_OUT_OF_ACTION_RE.search(left):
        return _with(mention, "killed", True)  # "destroyed a depot, two launch sites and up to 40 militants"
    # (a side's own people: "losing three of their own", "lost two of its own")
    own_people = mention.noun_phrase == "own" and OWN_PEOPLE_RE.search(mention.phrase) is not None
    if left_killed or ((head in PERSON_NOUNS or own_people) and _LEFT_LOST_RE.search(left, len(left) - 10)):
        return _with(_open_if_at_least_follows(text, mention), "killed", True)
    if _LEFT_INJURED_RE.found(left):
        return _with(_open_if_at_least_follows(text, mention), "injured", True)
    return mention


#: The rest of one person's description set off by commas, up to the comma that closes it, before the passive verb:
#: the place, group or origin told after the description's head ("Omar Saleh, a teacher in the village, was shot
#: dead"; "Sheikh Ali, an elder of the X tribe in the east, was assassinated"): a preposition, then a bounded stretch
#: with no comma.
_DESCRIPTION_REST_RE = re.compile(
    r"\s+(?:in|of|from|at|near|with|for|on)\s[^.;,]{1,80}?(?=,\s*(?:was|were|had\s+been)\s)", re.IGNORECASE
)
_COMMA_BEFORE_RE = re.compile(r",\s*$")


def _is_description(text: str, mention: CountMention) -> bool:
    """Whether ``mention`` counts one person described between commas: a person noun after a comma ("Omar Saleh, a
    teacher in ..."; not a partitive count, "Omar Saleh, one of the five leaders in ...", read as any count), or a
    name whose mention reaches over its description (:func:`_count_mentions` extends it)."""
    return (
        _COMMA_BEFORE_RE.search(text, max(0, mention.start - 3), mention.start) is not None
        and _ARTICLE_HEAD_RE.match(mention.phrase) is not None
    ) or mention.end > mention.start + len(mention.phrase)


#: A toll named, then where it stands, right before its figure: "the death toll rose to", "the number of wounded has
#: risen to", "the number of dead reached", "the death toll ..., rose to" past a long description of the attack
#: (the last toll named before the figure). Between the toll and its verb stands no other casualty word, which would be
#: the verb's own subject ("the number of wounded reached 20, while the dead rose to 7": the 7 are no wounded; "the
#: number of dead or missing rose to 15": no death toll), and no word that says the toll is not known ("the number of
#: wounded is unknown after a drone hit 2 soldiers": the 2 are no toll).
_TOLL_NAMED_BEFORE_RE = compile_guarded(
    r"\b(?:(?P<k>death\s+toll|toll\s+of\s+(?:the\s+)?dead|number\s+of\s+(?:the\s+)?(?:dead|deaths|killed|fatalities|"
    r"martyrs|victims\s+killed))|(?P<i>number\s+of\s+(?:the\s+)?(?:injured|wounded|injuries)|(?:injury|injured|wounded)\s+toll))\b"
    r"(?:(?!\b(?:(?:toll|number|dead|deaths?|died|killed|killing|wounded|wounding|hurt|missing|not|no|unknown|unclear|unconfirmed)\b|"
    r"injur|casualt|fatalit|martyr)|n't\b)[^.;]){0,180}?"
    r"\s(?:(?:has|have|had)\s+)?(?:rose|risen|rises|rising|climbed|climbs|climbing|increased|increases|jumped|reached|reaches|"
    r"hit|stood|stands|went\s+up|gone\s+up)(?:\s+(?:to|at))?\s+$",
    re.IGNORECASE,
)


def _toll_named_before(text: str, start: int) -> str | None:
    """The kind of the toll a clause names right before a figure ("the death toll rose to 5": killed; "the number of
    wounded has risen to 27": injured), or None. A named toll says what its figure counts more surely than a
    casualty word after it, which may be another toll's ("the death toll rose to 5, among them two children, and the
    number of injured rose to 27": the 5 are the dead), and its figure may stand far from the words that name it
    (a description of the attack between them). Read from 200 characters before the figure, a bounded window."""
    window = text[max(0, start - 200) : start]
    folded = window.lower()
    if "toll" not in folded and "number" not in folded:  # (most figures have no toll named before them)
        return None
    match = gated_search(_TOLL_NAMED_BEFORE_RE, window)
    if match is None:
        return None
    return "killed" if match.group("k") else "injured"


#: A military release's "destroyed", "eliminated", "liquidated" (:data:`_KILLED_WORDS`): fighters killed, or things.
_PUT_OUT_OF_ACTION_RE = re.compile(r"destroy|eliminat|liquidat", re.IGNORECASE)
#: The same verbs before the count they take as the last of a list of objects ("destroyed a depot, two launch sites
#: and up to 40 militants"; not past another clause: "destroyed a bridge while five fighters fled").
_LISTED_AFTER_PUT_OUT_OF_ACTION_RE = compile_guarded(
    r"\b(?:destroy(?:ed|ing)|eliminat(?:ed|ing)|liquidat(?:ed|ing))\s+"
    r"(?:(?!\b(?:while|where|when|after|before|as|but|who|which|that|killing|wounding|injuring)\b)[^.;]){1,120}?(?:,|\band)\s+$",
    re.IGNORECASE,
)
#: The people a release "destroys" or "eliminates": armed men (the Russian and Syrian ministries' word for enemy dead).
_ARMED_PERSON_HEADS = frozenset(
    """militant militants terrorist terrorists fighter fighters gunman gunmen jihadist jihadists insurgent insurgents
    militiaman militiamen combatant combatants rebel rebels member members""".split()
)



def _own_head(noun: str) -> str:
    """A count's head noun, lower-cased, before a group named with "of" ("three fighters of the Protection Units":
    fighters); "" when the phrase has none. One definition for every rule that asks what was counted."""
    words = noun.split(" of ", 1)[0].split()
    return words[-1].lower() if words else ""


def _put_out_of_action_toll(mention: CountMention) -> bool:
    """Whether "destroyed" / "eliminated" / "liquidated" told of a count tells a toll: only of armed men ("up to 80
    militants were destroyed", "eliminating a number of ISIS members"; members only of a party named with them), not of
    things ("destroyed two tanks")."""
    head = _own_head(mention.noun_phrase)
    if head in ("member", "members") and len(mention.noun_phrase.split()) == 1:
        return False  # members of no party told ("three members of the council were eliminated from the vote")
    return head in _ARMED_PERSON_HEADS


#: The Turkish defence ministry's "neutralized" (:data:`_KILLED_WORDS`), after the people or before them.
_NEUTRALIZED_RE = re.compile(r"neutrali[sz]", re.IGNORECASE)
_LEFT_NEUTRALIZED_RE = compile_guarded(r"\bneutrali[sz](?:ed|es|ing)\s+(?:the\s+)?$", re.IGNORECASE)
#: A present or future "neutralized": what the ministry vows, not what it did ("until the last terrorist is neutralized").
_NOT_DONE_BEFORE_RE = compile_guarded(r"\b(?:is|are|be|being)\s+$", re.IGNORECASE)


def _neutralized_toll(text: str, mention: CountMention, right: re.Match[str]) -> bool:
    """Whether "neutralized" after a count tells a toll: only of a figure ("7 terrorists were neutralized",
    :func:`_neutralized_figure`), not of a vague word the ministry uses for its claims ("many terrorists were
    neutralized"), and only of what was done."""
    return _neutralized_figure(mention) and _NOT_DONE_BEFORE_RE.search(text, mention.end, right.start("k")) is None


def _neutralized_figure(mention: CountMention) -> bool:
    """Whether a count "neutralized" tells of is a figure of people: exact, and a number ("five terrorists", "6 of
    them"), not one person named with an article ("Turkey said it neutralised a YPG commander": whether he died is
    told elsewhere, if at all), nor things the word also puts out of action ("neutralized 4 explosive devices", "3
    mines were neutralized")."""
    head = _own_head(mention.noun_phrase)
    return (
        mention.low is not None
        and mention.low == mention.high
        and not _ARTICLE_HEAD_RE.match(mention.phrase or "")
        and (not head or head in PERSON_NOUNS)
    )


# The wounded counted, told dead: "two of the wounded (later) died", "one of the injured succumbed".
_DIED_AFTER_WOUNDED_RE = re.compile(
    r"\s+(?:(?:later|subsequently|also|have|has|had)\s+){0,2}(?:died|succumbed|passed\s+away)\b", re.IGNORECASE
)


# The people a toll counted, named after "N of the": "two of the injured", "three of the dead".
_TOLD_GROUP_AFTER_RE = re.compile(r"\s+(?:injured|wounded|dead|killed|victims)\b", re.IGNORECASE)
# A casualty verb right after a count ("four of them were killed", "two of them died").
_VERB_RIGHT_AFTER_RE = re.compile(
    r"\s+(?:(?:were|was|have\s+been|had\s+been|also|later)\s+){0,2}(?:killed|died|dead|wounded|injured|hurt)\b",
    re.IGNORECASE,
)


def _open_if_at_least_follows(text: str, mention: CountMention) -> CountMention:
    """"killing ten people at least": a figure followed by "at least" has no upper bound."""
    if mention.high is None or not _AT_LEAST_TRAILING_RE.match(text, mention.end):
        return mention
    return replace(mention, high=None)


# The skippable stretches as one alternation: matched at a position it tries them in their order and gives the first
# that matches there, as a loop over them would (one call into ``re``, not twelve).
_ANY_SKIPPABLE_RE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in _SKIPPABLE_RES), re.IGNORECASE)


def _skipped_stretch(text: str, end: int) -> re.Match[str] | None:
    """The stretch after a counted phrase that stands between it and its casualty verb, if any (see _SKIPPABLE_RES)."""
    return _ANY_SKIPPABLE_RE.match(text, end)


#: A deed of the subject's own told before "and" their death (a verb in the past): read by
#: :data:`_OWN_DEED_THEN_DEATH_RE` (after a count) and :data:`_PRONOUN_SUBJECT_DEAD_RE` (after "he", "she").
_OWN_DEED_VERB = r"(?:[a-z]{2,}ed|fled|fought|ran|shot|hid|threw|blew|fired|tried)"
#: The counted told as the subject of a deed of their own, then "and" a passive death, the same subject's: "a suspect
#: opened fire on the patrol and was killed", "two gunmen inside resisted arrest and were shot dead" (the deed a verb
#: in the past, at most five words after the count, such as "inside" or "hiding there"; no other clause, saying verb
#: or count's verb between: "two soldiers stationed there said ... and were killed" is no such stretch).
_OWN_DEED_THEN_DEATH_RE = compile_guarded(
    r"(?:\s+(?!and\b)[a-z]+){0,5}?\s+" + _OWN_DEED_VERB + r"\b"
    r"(?:(?!\b(?:and|but|while|who|which|that|said|says|told|killing|wounding|injuring)\b)[^.;:,!?]){0,100}?"
    r"\s+and\s+(?=(?:was|were)\s+(?:(?:later|then|also|subsequently)\s+)?(?:killed|shot\s+dead|martyred)\b)",
    re.IGNORECASE,
)
#: What every match of :data:`_OWN_DEED_THEN_DEATH_RE` holds: "and" then "was" or "were".
_AND_WAS_RE = re.compile(r"\band\s+(?:was|were)\s", re.IGNORECASE)
#: What may stand before a count that is its clause's subject: the clause's opening, a comma, "that", "said".
_SUBJECT_OPENING_BEFORE_RE = re.compile(r"(?:^|[,;:]\s*|\b(?:that|said|says|and|when|after)\s+)$", re.IGNORECASE)


#: The rest of a counted phrase that coordinates its describing words, then the casualty verb: "nine Kurdish and Arab
#: guards were killed", "five herders of Turkmen and Kurdish descent died", "three members of the Asayish and the
#: local police lost their lives", "four Iraqi, Afghan fighters were hurt" (h22 c5, h23 c3, h24 c2, c3, c6: each such
#: toll was lost, as the counted phrase stopped at "and"). Tried only after a phrase that ends in a nationality, a
#: group's name or a hyphened describing word, never a person noun: "two soldiers and civilians were hurt" may count
#: more people than the two.
#: The stretch is at most four words more, none a count ("two Syrian and three Iraqi fighters" is a sum, read by the
#: coordination of counts), a verb of saying, a relative or a conjunction; a bracketed acronym may close it.
_DESCRIBER_WORD = rf"(?!(?:{_SAYING}|that|who|which|and|or|but|while|were|was|is|are|be|being|had|have|has)\b)[A-Za-z][\w’'-]*+"
_COORDINATED_DESCRIBERS_RE = re.compile(
    rf"(?:\s*+,\s*+(?:and\s+)?|\s++(?:and|&)\s++)(?!(?:an?|one|another|both|several|some|many|dozens|{_WORD_NUMBER}|"
    rf"{_DIGITS})\b){_DESCRIBER_WORD}(?:\s++{_DESCRIBER_WORD}){{0,3}}?(?:\s*+\([^()]{{1,30}}\))?{_VERB_AHEAD}",
    re.IGNORECASE,
)


def _coordinated_describers(text: str, mention: CountMention) -> re.Match[str] | None:
    """The coordinated rest of a counted phrase that ends in a describing word or a group's name
    (:data:`_COORDINATED_DESCRIBERS_RE`), if it runs to the casualty verb."""
    last = mention.noun_phrase.split()[-1] if mention.noun_phrase else ""
    if not (last[:1].isupper() or "-" in last) or last.lower() in PERSON_NOUNS:
        return None  # (a nationality, a group's name or a hyphened describing word only: "24 hours alone, X is ...")
    stretch = _COORDINATED_DESCRIBERS_RE.match(text, mention.end)
    if stretch is not None and text[mention.end : stretch.end()].lstrip()[:1] == ",":
        # ("six non-Syrian, pro-Iran fighters": after a comma, only describing words with their person noun)
        words = re.findall(r"[A-Za-z][\w’'-]*", text[mention.end : stretch.end()])
        if not words or words[-1].lower() not in PERSON_NOUNS:
            return None
    return stretch


def _verb_search_start(text: str, mention: CountMention) -> int:
    """Where the casualty verb of a count may start: after "at least", a subset list or a lower-case group, the
    coordinated rest of its describing words, or the counted's own deed before "and" their death ("a suspect opened
    fire and was killed")."""
    at_least = _AT_LEAST_AFTER_RE.match(text, mention.end)
    if at_least:
        return at_least.end()
    stretch = _skipped_stretch(text, mention.end)
    if stretch is None:
        coordinated = _coordinated_describers(text, mention)
        if coordinated is not None:
            return coordinated.end()
        # (a cheap search for its "and was"/"and were" first: the pattern's lazy stretches cost a scan of up to 100
        # characters at each count, and almost no count is followed by that)
        own_deed = _OWN_DEED_THEN_DEATH_RE.match(text, mention.end) if _AND_WAS_RE.search(text, mention.end) else None
        if own_deed is not None and _SUBJECT_OPENING_BEFORE_RE.search(text, max(0, mention.start - 8), mention.start):
            return own_deed.end()
        return mention.end
    after = stretch.end()
    if text.startswith(",", after) and not _RIGHT_RE.match(text, after):
        return after + 1  # "9 villagers, including 4 children, were killed"
    return after  # "three members of one family, a father and his two sons, were killed": the apposition follows


def _is_active_agent(text: str, right: re.Match[str]) -> bool:
    """True when the killing verb after a count is active with an object of its own, so the count is the agent."""
    if _PASSIVE_RE.search(right.group(0)):
        return False
    return _ACTIVE_OBJECT_RE.match(text, right.end()) is not None


def _with(mention: CountMention, kind: str, from_left: bool) -> CountMention:
    # built directly: dataclasses.replace() costs several times more, and this runs for every classified count
    return CountMention(
        mention.start,
        mention.end,
        mention.low,
        mention.high,
        mention.phrase,
        mention.noun_phrase,
        mention.noun_start,
        kind,
        from_left,
        mention.bare,
    )


def _sum(mentions: list[CountMention]) -> Casualties | None:
    if not mentions:
        return None
    lows = [m.low for m in mentions]
    highs = [m.high for m in mentions]
    low = None if all(v is None for v in lows) else sum(v or 0 for v in lows)
    high = None if any(v is None for v in highs) else sum(v for v in highs if v is not None)
    if low is not None and high is not None and high < low:
        high = low
    return Casualties(low=low, high=high, phrase=" + ".join(m.phrase for m in mentions))


# A count that says it adds people to those told before: "a third shepherd", "another civilian", "two more", "three
# others", "one more" (not "more than ten": a bound).
_FURTHER_FIGURE_RE = re.compile(
    r"(?:a\s+(?:second|third|fourth|fifth|sixth|seventh)|another|one\s+more)\b|.*\b(?:others|other|more)\b(?!\s+than\b)",
    re.IGNORECASE,
)
# ... or a casualty verb with "also" / "too": "two of his companions were also killed", "three gunmen died too", "ISIS
# also lost six members".
_ALSO_CASUALTY_RE = compile_guarded(
    r"\b(?:also|too)\s+(?:been\s+)?(?:killed|died|dead|martyred|lost|wounded|injured|hurt)\b"
    # "A further two died of their wounds"
    r"|\ba\s+further\s+(?:[\w-]+\s+){1,2}?(?:(?:were|was|have\s+been|had\s+been|later)\s+)?(?:killed|died|wounded|injured|hurt)\b"
    r"|\b(?:killed|died|martyred|wounded|injured|hurt)\s+(?:too|as\s+well)\b",
    re.IGNORECASE,
)
# A toll told with its parts: "19 people were killed, including four Americans" (a later "also killed" may be one
# more part of it).
SUBSETS_TOLD_RE = compile_guarded(r"\b(?:including|among them|among whom|of them|of whom)\b", re.IGNORECASE)


def is_further_figure(figure: Casualties, text: str, subsets_told: bool = False) -> bool:
    """True when a figure told after a toll counts people beyond it: every counted phrase says one more ("A third
    shepherd died later", "Two more died on the way to hospital"), or the sentence has its casualty verb with "also"
    ("two of his companions were also killed"), unless the toll before was told with its parts (``subsets_told``:
    "19 were killed, including four Americans. Two SDF fighters were also killed" may be one more part of the 19)."""
    phrases = [phrase.strip() for phrase in (figure.phrase or "").split(" + ") if phrase.strip()]
    if phrases and all(_FURTHER_FIGURE_RE.match(phrase) for phrase in phrases):
        return True
    return not subsets_told and _ALSO_CASUALTY_RE.search(text) is not None


#: The vague words that bound a count from below, with the largest count each still stands for (from :data:`_VAGUE`).
_VAGUE_OPEN_COUNTS: dict[str, int] = {word: largest for word, (_, _, largest) in _VAGUE.items() if largest is not None}
_VAGUE_OPEN_COUNT_RE = compile_guarded(
    r"^\W{0,3}(?P<word>"
    + "|".join(w.replace(" ", r"\s+") for w in sorted(_VAGUE_OPEN_COUNTS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def refines_vague_toll(told: Casualties, new: Casualties, text: str) -> bool:
    """True when ``new``, a figure told after a toll of the same event, is the count that toll only bounded with a
    vague word ("dozens of fighters were killed" ... "the raid killed 78 fighters"): the toll is one vague phrase
    with no upper bound, the new figure is no vague word itself, lies within the bound, and counts no people beyond
    the toll ("two more were killed", "five civilians were also killed": :func:`is_further_figure`)."""
    if told.high is not None or told.low is None or not told.phrase or " + " in told.phrase:
        return False
    vague = _VAGUE_OPEN_COUNT_RE.match(told.phrase)
    if vague is None:
        return False
    largest = _VAGUE_OPEN_COUNTS[" ".join(vague.group("word").lower().split())]
    if new.low is None or not told.low <= new.low <= largest or not new.phrase or _VAGUE_OPEN_COUNT_RE.match(new.phrase):
        return False
    return not is_further_figure(new, text)


def add_casualties(first: Casualties, second: Casualties) -> Casualties:
    """Two tolls of one event told apart (the dead of each side), added as bounds: 26 + at least 5 is 31..None."""
    low = None if first.low is None and second.low is None else (first.low or 0) + (second.low or 0)
    high = None if first.high is None or second.high is None else first.high + second.high
    phrase = first.phrase if first.phrase and len(first.phrase) > _MAX_ADDED_PHRASE else None
    # (a phrase that has grown long stops growing: many additions to one toll stay linear in the text)
    phrase = phrase or " + ".join(p for p in (first.phrase, second.phrase) if p) or None
    return Casualties(low=low, high=high, phrase=phrase)


def add_tolls(first: Casualties | None, second: Casualties | None) -> Casualties | None:
    """:func:`add_casualties` where either toll may be untold: the one told when the other is None."""
    if first is None or second is None:
        return first if second is None else second
    return add_casualties(first, second)


def casualty_range(first: Casualties, second: Casualties | None) -> Casualties:
    """Two counts of the same dead by two sources ("..., while ISIS said it killed 11"; "5 killed, 7 according to
    another source"), as one range: the lower low and the higher high."""
    if second is None:
        return first
    lows = [v for v in (first.low, second.low) if v is not None]
    high = None if first.high is None or second.high is None else max(first.high, second.high)
    phrase = " / ".join(p for p in (first.phrase, second.phrase) if p) or None
    return Casualties(low=min(lows) if lows else None, high=high, phrase=phrase)


def figures_agree(first: Casualties | None, second: Casualties | None) -> bool:
    """Unstated, or ranges that overlap ("ten dead" and "at least ten"; not "two killed" and "nine killed")."""
    if first is None or second is None:
        return True
    first_high = first.high if first.high is not None else float("inf")
    second_high = second.high if second.high is not None else float("inf")
    return (first.low or 0) <= second_high and (second.low or 0) <= first_high


#: The length past which a toll's phrase takes no further added phrases.
_MAX_ADDED_PHRASE = 240


@dataclass(frozen=True)
class CasualtyReading:
    """What a clause says about casualties."""

    killed: Casualties | None
    injured: Casualties | None
    victims: str | None
    first_offset: int | None  # offset (in the clause) of the first classified count, for tie-breaking
    victim_spans: tuple[tuple[int, int], ...] = ()  # where the counted people are named ("members of the Asayish")
    #: every count of people read in the clause, in text order, with the kind it was classified as (None when no
    #: casualty word stands next to it: the "7" of "killed 12 people in A and 7 in B"); subsets are left out
    counts: tuple[CountMention, ...] = ()
    #: the zero of the dead is read from a zero of the wounded ("no one was hurt"): an incident told before with
    #: its own figure keeps its dead (``Two were killed. No injuries were reported.`` is 2 killed, 0 wounded)
    killed_implied: bool = False


# A part of the count before told by how badly it was hurt: "wounding three, one seriously", "two of them critically".
_SEVERITY_PART_RE = re.compile(
    r"(?:one|two|three|four|five|\d{1,2})(?:\s+of\s+them)?\s+(?:(?:very|most|more)\s+)?(?:seriously|critically|severely|"
    r"badly|gravely|lightly|slightly|moderately|in\s+(?:a\s+)?(?:critical|serious)\s+condition)\b",
    re.IGNORECASE,
)
# the person who tells the toll, after it: "killing four guards, an SDF official said" (a source, not a fifth victim)
_SAID_AFTER_RE = re.compile(
    r"(?:\s+(?:of|from|in|at|with)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?"  # "an official from the council said"
    r"\s+(?:said|says|told|reported|added|stated|confirmed|announced|claimed|noted)\b",
    re.IGNORECASE,
)


#: Quotation marks read as spaces (same length: offsets keep): a toll in scare quotes is a toll ('killed "a number
#: of mercenaries"', 'killed "dozens" of attackers').
_BRACKETED_ACRONYM_RE = re.compile(r"\((?-i:[A-Z][A-Za-z.İŞÇĞÖÜ-]{1,9})\)")
_QUOTES_AS_SPACES = str.maketrans({'"': " ", "“": " ", "”": " "})


#: "causalities" / "causality", the monitors' frequent misspelling of "casualties" / "casualty" (a word of logic
#: no report of violence means): "no causalities were reported" is the stated zero.
_CAUSALITIES_RE = re.compile(r"\b([Cc])ausalit(ies|y)\b")


def _casualties_spelt_right(text: str) -> str:
    """The text with "causalities" read as "casualties" (one space after it keeps every offset)."""
    return _CAUSALITIES_RE.sub(lambda m: m.group(1) + "asualt" + m.group(2) + " ", text)


def read_casualties(text: str) -> CasualtyReading:
    """Find the killed and injured counts in a clause; victims is the noun phrase of the (killed) count."""
    if '"' in text or "“" in text or "”" in text:
        text = text.translate(_QUOTES_AS_SPACES)
    if "ausalit" in text:
        text = _casualties_spelt_right(text)
    if "(" in text:
        # an acronym in brackets after its name is read as spaces (offsets kept): "a senior Syrian Democratic Forces
        # (SDF) commander and his bodyguard" is two people, the commander described by four words
        text = _BRACKETED_ACRONYM_RE.sub(lambda m: " " * len(m.group(0)), text)
    # (what a person is described as is that person again: "Omar Saleh, described as a senior planner, and ...")
    raw = [m for m in _count_mentions(text) if not _DESCRIBED_AS_LEFT_RE.search(text, max(0, m.start - 16), m.start)]
    classified: list[CountMention | None] = [_classify(text, m) for m in raw]
    # coordination: "two children and a woman were killed" / "killing two children and a woman"; a kind told after
    # a list goes back over all its items ("28 guards, five civilians and 45 militants had died": read from the end)
    for index in range(len(classified) - 2, -1, -1):
        current, nxt = classified[index], classified[index + 1]
        if (
            current is not None
            and current.kind is None
            and nxt is not None
            and nxt.kind
            and not nxt.from_left
            and _COORDINATION_RE.match(text[current.end : nxt.start])
        ):
            classified[index] = _with(current, nxt.kind, False)
    for index in range(len(classified)):
        current = classified[index]
        if current is None or current.kind is not None:
            continue
        if index > 0:
            prev = classified[index - 1]
            if (
                prev is not None
                and prev.kind
                and prev.from_left
                and (
                    _COORDINATION_RE.match(text[prev.end : current.start])
                    # (a bare "with" before one's own people: "killed him with his son"; not "with two others")
                    or (
                        (bare_with := _BARE_WITH_RE.fullmatch(text, prev.end, current.start)) is not None
                        and (bare_with.group(1) is not None or _POSSESSIVE_RE.match(text, current.start) is not None)
                    )
                )
                and not (
                    _VERB_AFTER_RE.match(text, current.end)  # "killed a man, and another was arrested"
                    # (but a relative's relative clause tells who they were: "a driver and his two brothers who had come home")
                    and not (_RELATIVE_CLAUSE_AFTER_RE.match(text, current.end) and _POSSESSIVE_IN_RE.search(text, prev.end, current.end))
                )
                and not _SAID_AFTER_RE.match(text, current.end)  # "killing four guards, an SDF official said"
                and not _SEVERITY_PART_RE.match(text, current.start)  # "injuring two, one seriously": one of the two
            ):
                classified[index] = _with(current, prev.kind, True)
    _them_victims(text, classified)
    _add_further_people(text, classified)
    _add_dead_possessor(text, classified)
    _drop_inside_stretches(text, classified)
    _drop_elaborations(text, classified)
    _drop_enumerated_appositions(text, classified)
    killed = _without_bare_beside_others([m for m in classified if m is not None and m.kind == "killed"])
    if len(killed) > 1:
        # "the death of a man after he was kidnapped ... and his body was dumped": the body is the one told before
        killed = [m for i, m in enumerate(killed) if not (m.noun_phrase == "body" and any(k.low == 1 for k in killed[:i]))]
    injured = _without_bare_beside_others([m for m in classified if m is not None and m.kind == "injured"])
    victims = _victims(text, killed or injured)
    counted = killed + injured
    first = min((m.start for m in counted), default=None)
    # the counted people with their group, up to the casualty verb ("17 members of the regime's security and
    # Asayish forces were killed"): a party named there is among the victims, never the actor
    spans = tuple((m.start, m.end if m.from_left else max(m.end, _verb_search_start(text, m))) for m in counted)
    killed, other_killed_count = _without_other_count(text, killed)
    injured, other_injured_count = _without_other_count(text, injured)
    killed_total = _range_with(_sum(killed), other_killed_count)
    injured_total = _range_with(_sum(injured), other_injured_count)
    if (killed_total is None) != (injured_total is None) and "others" in text.lower():
        # "A man was killed and others were injured", "killing 11 soldiers and wounding others": further people of
        # the other kind, at least two
        others = _OTHERS_OF_OTHER_KIND_RE.search(text)
        if others is not None:
            hurt = others.group("hurt") is not None or others.group("hurt2") is not None
            figure = Casualties(low=2, high=None, phrase=others.group(0).strip(" ,"))
            if hurt and injured_total is None:
                injured_total = figure
            elif not hurt and killed_total is None:
                killed_total = figure
    if killed_total is None:
        pronoun = gated_search(_PRONOUN_SUBJECT_DEAD_RE, text)  # (skipped where no "died"/"killed"/... stands)
        if pronoun is not None:
            # "Gunmen shot at the car of an SDF member, he was killed instantly": the person told, dead
            killed_total = Casualties(low=1, high=1, phrase=pronoun.group(0).strip(" ,;:"))
    if killed_total is None and injured_total is None and ("down" in text or "intercept" in text):
        downed = _WEAPON_DOWNED_RE.search(text)
        if downed is not None and _NO_CASUALTIES_RE.search(text) is None:  # (a stated zero is read below)
            # "a drone targeted the base but was shot down", "air defences intercepted two drones": the weapon was
            # stopped before it struck, so it killed nobody (its wounded are left unstated)
            killed_total = Casualties(low=0, high=0, phrase=downed.group(0))
    if killed_total is None and injured_total is None and "before" in text:
        stopped = _STOPPED_SHORT_RE.search(text)
        if stopped is not None and _NO_CASUALTIES_RE.search(text) is None:
            # "the car bombs were destroyed before reaching their targets": stopped short, it killed nobody
            killed_total = Casualties(low=0, high=0, phrase=stopped.group(0))
    if killed_total is None and "self" in text:
        alone = _KILLING_ONESELF_RE.search(text)
        if alone is not None:
            # "blew himself up, killing himself and wounding two guards": the attacker is the only dead told
            # (beside other dead, "killing himself and two guards", the toll is the victims': see _LEFT_KILLED_RE)
            killed_total = Casualties(low=1, high=1, phrase=alone.group(0))
    if killed_total is not None and len(killed) == 1 and "each side" in text.lower():
        killed_total = _on_each_side(text, killed[0], killed_total)
    # "causing no casualties": a stated zero is a figure (0..0), unlike silence (None)
    none = gated_search(_NO_CASUALTIES_RE, text) if killed_total is None and injured_total is None else None
    # "no one was hurt", "no injuries were reported" with no death told: nobody was harmed, so nobody died (a killing
    # is no attack "without injuries"); a figure of the dead told beside it wins (coreference keeps it)
    killed_implied = none is not None and any(none.group(name) is not None for name in _HURT_GROUPS)
    if none is not None:
        zero = Casualties(low=0, high=0, phrase=none.group(0))
        killed_total = None if none.group("party_hurt") is not None else zero
        dead_only = any(none.group(name) is not None for name in _DEAD_GROUPS)
        injured_total = None if dead_only else zero
    elif killed_total is None and injured_total is None:
        killed_total = injured_total = damage_only_zero(text)
    elif (killed_total is None) != (injured_total is None):
        # "No deaths were reported, but three people were wounded": a stated zero of the kind the figure lacks
        for none in _NO_CASUALTIES_RE.finditer(text):
            dead = any(none.group(name) is not None for name in _DEAD_GROUPS)
            hurt = any(none.group(name) is not None for name in (*_HURT_GROUPS, "party_hurt"))
            if dead and killed_total is None:
                killed_total = Casualties(low=0, high=0, phrase=none.group(0))
            elif hurt and injured_total is None:
                injured_total = Casualties(low=0, high=0, phrase=none.group(0))
            else:
                continue
            break
    if killed_total is not None and killed_total.high and (killed_total.low or 0) > 0:
        if gated_search(PROVISIONAL_TOLL_RE, text) is not None:
            # "4 martyrs so far", "an initial toll of 33 dead": a count to date, the figure is a lower bound
            killed_total = replace(killed_total, high=None)
    counts = tuple(m for m in classified if m is not None)
    return CasualtyReading(killed_total, injured_total, victims, first, spans, counts, killed_implied)


#: A toll told as a count to date: "4 martyrs so far", "So far, 12 people have been killed", "an initial toll of 33
#: dead" (not a period's tally, "so far this year"; not "the first such attack so far"): the dead counted are a
#: lower bound. ("The toll is expected to rise" is left alone: UCDP codes the figure told, 7..7, and so do we.)
PROVISIONAL_TOLL_RE = compile_guarded(
    r"\b(?:killed|killing|dead|martyrs?|martyred|died|deaths|fatalities)\W{1,3}(?:\w+\W{1,3}){0,3}?"
    r"(?:so far|thus far|until now|up to now|as yet)\b(?!\s+(?:this|in|since|during|on|of)\b)"
    r"|\b(?:so far|thus far|until now|up to now)\b,?\s+(?:\w+\s+){0,4}?(?:killed|dead|martyrs?|martyred|died)\b"
    r"|\b(?:initial|preliminary|provisional)\s+(?:death\s+)?toll\b",
    re.IGNORECASE,
)


# Further people of the other kind, at least two: "and others were injured", "while others were wounded", "and
# wounding others", "injuring others" (not "others" with a count: "two others" is read as a count)
_OTHERS_OF_OTHER_KIND_RE = compile_guarded(
    r"(?:\band|\bwhile|,)\s+(?:several\s+|many\s+)?others\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?"
    r"(?:(?:seriously|critically|slightly|lightly|also)\s+)?(?:(?P<hurt>injured|wounded|hurt)|killed|died|dead)\b"
    r"|\b(?:wounding|injuring|wounded|injured)\s+others\b(?P<hurt2>)|\bkilling\s+others\b",
    re.IGNORECASE,
)
# "left one dead on each side", "killed three on each side": the figure is of each of the two sides
_WEAPON = r"(?:drones?|UAVs?|missiles?|rockets?|projectiles?|shells?)"
_WEAPON_DOWNED_RE = compile_guarded(
    rf"\b{_WEAPON}\b[^.;]{{0,80}}?\b(?:was|were|been|being)\s+(?:successfully\s+)?(?:shot\s+down|intercepted|downed)\b"
    rf"|\b(?:shot\s+down|intercepted|downed)\s+(?:an?|the|two|three|several|\d+)\s+(?:[\w-]+\s+){{0,3}}?{_WEAPON}\b",
    re.IGNORECASE,
)
# Any weapon stopped short of its target: "the car bombs were destroyed before reaching their targets", "a drone was
# intercepted before it reached the base", "an explosive-laden vehicle neutralised before reaching its target"
_STOPPED_SHORT_RE = compile_guarded(
    r"\b(?:destroy|intercept|neutrali[sz]|stopp|seiz|thwart|foil|shot\s+down|down|blown\s+up|blew\s+up|detonat|hit|target|"
    r"disabl|halt|block)(?:ed|d)?\b[^.;]{0,60}?\bbefore\s+(?:reaching|it\s+(?:could\s+)?reach(?:ed)?|"
    r"they\s+(?:could\s+)?reach(?:ed)?|hitting|striking|arriving\s+at)\s+(?:its|their|the|an?)\s+"
    r"(?:intended\s+)?(?:targets?|goals?|destination|base|positions?|lines|checkpoint|objective)\b",
    re.IGNORECASE,
)
# a pronoun subject of a death, opening a clause: ", he was killed instantly", "; she died on the way to hospital";
# also opening a quotation or a clause told ('"He died in hospital," a relative said', "activists said he died of his
# wounds", "learned that she had been killed"), and with the verbs of a targeted killing ("He was found dead in his
# home", "he was assassinated near his house")
_PRONOUN_SUBJECT_DEAD_RE = re.compile(
    # (not "..., and he later died": a later death of someone told before, often told again; nor "he was not killed")
    # (also after a deed of the pronoun's own: "she ran for the gate and was shot dead there")
    r"(?:^|[,;:]|\b(?:said|says|that)(?=\s))\s*+[\"“]?\s*+\b(?:he|she)\s+(?:" + _OWN_DEED_VERB + r"\b[^.;:,]{0,80}?\s+and\s+)?"
    r"(?:(?:was|has\s+been|had\s+been)\s+(?:(?!not\b|never\b)\w+\s+)?(?:killed|shot\s+dead|found\s+dead|assassinated|"
    r"murdered|executed|gunned\s+down|martyred)|died|succumbed)\b",
    re.IGNORECASE,
)
_KILLING_ONESELF_RE = compile_guarded(r"\b(?:killing|killed|kills)\s+(?:himself|herself)\b", re.IGNORECASE)
_EACH_SIDE_RE = compile_guarded(r"\s*(?:\w+\s+){0,3}?(?:on|from|of)\s+each\s+side\b", re.IGNORECASE)


def _on_each_side(text: str, mention: CountMention, total: Casualties) -> Casualties:
    """The dead counted "on each side" of a two-sided fight are twice the figure ("one dead on each side" is 2)."""
    if not _EACH_SIDE_RE.match(text, mention.end) and not _EACH_SIDE_RE.match(text, _verb_search_start(text, mention)):
        return total
    return Casualties(
        low=None if total.low is None else total.low * 2,
        high=None if total.high is None else total.high * 2,
        phrase=total.phrase,
    )


# "killing one person in the car and another at the checkpoint", "four were killed near A and three others near the
# town": one more person or group of the same toll, told with no verb of its own after "and".
_FURTHER_PEOPLE_RE = re.compile(r"(?:another|a third|a fourth|a fifth)\b|.*\b(?:others|more)$", re.IGNORECASE)
_FURTHER_GAP_MAX = 90  # characters: the longest stretch _FURTHER_GAP_RE can match
_FURTHER_GAP_RE = re.compile(r"[^.;:]{0,80}?(?:,\s*|\s)and\s+", re.IGNORECASE)
_OWN_VERB_GAP_RE = compile_guarded(
    r"\b(?:was|were|is|are|has|have|had|killed|killing|wounded|wounding|injured|injuring|died|dead|while|when)\b",
    re.IGNORECASE,
)
# (also a verb of its own in the past: "killed two and a third lost a leg")
#: What a person is said to be, right before the words that describe them ("described as a senior planner").
_DESCRIBED_AS_LEFT_RE = re.compile(r"\bdescribed\s+as\s+$", re.IGNORECASE)
#: A relative clause after the people counted ("his two brothers who had come home").
_RELATIVE_CLAUSE_AFTER_RE = re.compile(r"\s+(?:who|whom)\s", re.IGNORECASE)
#: A possessive before the people counted: relatives of the victim told just before ("his two sons", "two of his aides").
_POSSESSIVE_IN_RE = re.compile(r"\b(?:his|her|their)\s", re.IGNORECASE)
_VERB_AFTER_RE = re.compile(
    r"\s+(?:was|were|is|are|has|have|had|who|that|lost|suffered|sustained|survived|escaped|fled|remained|remains)\b",
    re.IGNORECASE,
)


# "..., killing them", "wounding them instantly", "and killed them": the people counted just before, in the clause.
_THEM_VICTIM_RE = compile_guarded(
    r"\b(?:(?P<k>killing|killed|kills|martyring|executing|executed|shooting\s+dead|shot\s+dead)|"
    r"(?P<i>wounding|wounded|injuring|injured|hurting))\s+them\b",
    re.IGNORECASE,
)
#: Who does the killing, not who suffers it: "two gunmen ..., killing them" is never the gunmen.
_AGENT_HEADS = frozenset({"gunmen", "gunman", "attackers", "attacker", "assailants", "assailant"})


def _them_victims(text: str, classified: list[CountMention | None]) -> None:
    """A count of people told with no casualty word, then a killing or wounding of "them" ("Gunmen opened fire on two
    SDF members, killing them instantly"): the count is the toll. Only the count right before the pronoun, in object
    place (not the clause's subject), of people who are no attackers."""
    for match in _THEM_VICTIM_RE.finditer(text) if "them" in text.lower() else ():
        before = [i for i, m in enumerate(classified) if m is not None and m.end <= match.start()]
        if not before:
            continue
        mention = classified[before[-1]]
        assert mention is not None
        head = _own_head(mention.noun_phrase)  # ("two members of the Syrian Democratic Forces": members)
        if mention.kind is not None or head not in PERSON_NOUNS or head in _AGENT_HEADS or not text[: mention.start].strip():
            continue
        classified[before[-1]] = _with(mention, "killed" if match.group("k") else "injured", True)


def _add_further_people(text: str, classified: list[CountMention | None]) -> None:
    """A count of "another", "a third" or "N others/more" after "and", with no verb of its own, right after a toll of
    the clause ("killing one person in the car and another at the checkpoint", "four were killed near A and three
    others near the town"): more people of that toll, of its kind. Not when a verb stands between ("killed two, and wounded another") or follows ("and another was arrested")."""
    previous: CountMention | None = None
    for index, mention in enumerate(classified):
        if mention is None:
            continue
        if mention.kind is not None:
            previous = mention
            continue
        if previous is None or not _FURTHER_PEOPLE_RE.match(mention.phrase):
            continue
        gap_start = previous.end
        if not previous.from_left:  # "Four fighters were killed near A and three others ...": past its own verb
            verb = _RIGHT_RE.match(text, _verb_search_start(text, previous))
            gap_start = verb.end() if verb is not None and verb.end() <= mention.start else gap_start
        if mention.start - gap_start > _FURTHER_GAP_MAX:
            continue  # (checked before slicing: a long clause of many counts stays linear)
        gap = text[gap_start : mention.start]
        if _FURTHER_GAP_RE.fullmatch(gap) is None or _OWN_VERB_GAP_RE.search(gap) or _VERB_AFTER_RE.match(text, mention.end):
            continue
        if _RIGHT_RE.match(text, mention.end):
            continue  # "and another killed a commander": the agent of a verb of its own
        classified[index] = _with(mention, previous.kind, previous.from_left)
        previous = classified[index]


# A death told with the dead's own people after it, the dead as the verb's subject: "she was killed, along with her
# driver", "he died together with his two sons", "(X) was killed on the road, along with his brother" (the left
# context of the people counted; :data:`_LEFT_KILLED_RE` reads them as dead).
_DEAD_WITH_OWN_PEOPLE_RE = compile_guarded(
    r"\b(?:killed|martyred|died)(?:\s+(?:on\s+)?(?-i:[A-Z])[a-z]+day)?"
    r"(?:\s*,?\s*with|(?:\s+(?:on|in|near|at|outside)\s+[^,.;]{1,60}?)?\s*,?\s*(?:together|along)\s+with)\s+"
    r"(?:his|her)\s+$",
    re.IGNORECASE,
)
# ... or with others after a singular passive: "a reporter, named X, was killed in the strike along with 11 fighters"
_ONE_DEAD_ALONG_WITH_RE = compile_guarded(
    r"\b(?:was|has\s+been|had\s+been)\s+(?:killed|martyred)(?:\s+(?:on\s+)?(?-i:[A-Z])[a-z]+day)?"
    r"(?:\s+(?:on|in|near|at|outside)\s+[^,.;]{1,60}?)?\s*,?\s*(?:together|along)\s+with\s+$",
    re.IGNORECASE,
)


def _counts_people(mention: CountMention) -> bool:
    """The mention counts people: its head is a person noun ("11 fighters", "two others"), not a thing ("11 bullets")."""
    head = _own_head(mention.noun_phrase if mention.noun_phrase.strip() else mention.phrase)  # ("two others")
    return bool(head) and head in PERSON_NOUNS


def _add_dead_possessor(text: str, classified: list[CountMention | None]) -> None:
    """The one whose people died with them is dead too: "she was killed along with her driver" is two dead, "he
    died with his two sons" three, "a reporter, X, was killed along with 11 fighters" twelve. The possessor is the
    verb's subject; when the first dead the clause counts are those people (the subject told by a pronoun, by a name
    with a description, or far from its verb: "a gunman shot at a patrol and was killed, along with his cousin"),
    their count takes the possessor in. A dead subject counted already ("a guard was killed along with his wife") is
    left as it is."""
    index = next((i for i, m in enumerate(classified) if m is not None and m.kind == "killed"), None)
    if index is None:
        return
    mention = classified[index]
    assert mention is not None
    if not mention.from_left or mention.low is None:
        return  # a dead subject counted before the people
    possessive = _POSSESSIVE_RE.match(text, mention.start)  # ("her driver" counted from "her" on)
    people_start = possessive.end() if possessive is not None else mention.start
    if _DEAD_WITH_OWN_PEOPLE_RE.search(text, max(0, people_start - 100), people_start) is None and (
        possessive is not None
        or _ONE_DEAD_ALONG_WITH_RE.search(text, max(0, mention.start - 100), mention.start) is None
        or not _counts_people(mention)
    ):
        return
    high = None if mention.high is None else mention.high + 1
    classified[index] = replace(mention, low=mention.low + 1, high=high)


# Between two tolls of one kind: the second is another source's count of the same people ("killed five fighters,
# according to the SDF, while ISIS said it killed 11", "..., but local sources put the toll at 15").
_OTHER_COUNT_BETWEEN_RE = compile_guarded(
    r"\b(?:while|whereas|but)\b[^.;]{0,80}?\b(?:said|says|claimed|claims|put|puts|gave|reported)\b", re.IGNORECASE
)


def _without_other_count(text: str, mentions: list[CountMention]) -> tuple[list[CountMention], CountMention | None]:
    """The toll's counts without a last one that another source gives for the same people (see
    :data:`_OTHER_COUNT_BETWEEN_RE`), and that count."""
    if len(mentions) < 2:
        return mentions, None
    last, before = mentions[-1], mentions[-2]
    if last.start - before.end > 200 or not _OTHER_COUNT_BETWEEN_RE.search(text, before.end, last.start):
        return mentions, None
    return mentions[:-1], last


def _range_with(total: Casualties | None, other: CountMention | None) -> Casualties | None:
    """A toll and another source's count of the same people as one range (:func:`casualty_range`)."""
    if total is None or other is None:
        return total
    return casualty_range(total, Casualties(low=other.low, high=other.high, phrase=other.phrase))


def _without_bare_beside_others(mentions: list[CountMention]) -> list[CountMention]:
    """A headline's bare "Fighter killed in A" beside another toll of its kind ("..., shelling kills four in B")
    tells another event of a summary line: the clause's toll is the other figure."""
    if len(mentions) < 2 or not any(m.bare for m in mentions):
        return mentions
    return [m for m in mentions if not m.bare] or mentions


def _drop_inside_stretches(text: str, classified: list[CountMention | None]) -> None:
    """Counts between a classified count and its casualty verb belong to its phrase ("9 villagers, including a
    family of four, were killed", "20 members of one clan were killed", "three members of one family, a father and
    his two sons, were killed"): they are not added."""
    for index, mention in enumerate(classified):
        if mention is None or mention.kind is None or mention.from_left:
            continue
        right = _RIGHT_RE.match(text, _verb_search_start(text, mention))
        if right is None:
            continue
        verb_start = right.start("k") if right.group("k") else right.start("i")
        for later in range(index + 1, len(classified)):  # mentions are in text order: stop at the verb
            other = classified[later]
            if other is not None and other.start >= verb_start:
                break
            if other is not None and _is_coordinated_group(text, mention.end, other):
                # "four members of the factions and three SDF fighters dead": a second group of the toll
                classified[later] = _with(other, mention.kind, False)
                continue
            classified[later] = None


#: Plural nouns a toll may count before it names its people one by one: "killed two civilians, a man and his son".
_ENUMERABLE_HEADS = frozenset(
    "people persons civilians individuals members relatives brothers sisters siblings children victims".split()
)
_COMMA_AFTER_RE = re.compile(r"\s*,")
_ENUMERATION_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:his|her|their)\s+)?", re.IGNORECASE)
_ENUMERATION_END_RE = re.compile(r"\s*(?:[,.;)]|$)")
#: A list that goes on past the comma with more people: "two soldiers, a civilian and a contractor, as well as 15
#: others" is a list of victims, not the two soldiers named one by one.
_LIST_GOES_ON_RE = re.compile(r"\s*,\s*(?:as\s+well\s+as|along\s+with|together\s+with|plus)\s", re.IGNORECASE)
#: The most people an apposition names one by one.
_MAX_ENUMERATED = 6


def _drop_enumerated_appositions(text: str, classified: list[CountMention | None]) -> None:
    """The people of a toll named one by one right after it, between commas, are that toll again, not more: "killed
    two civilians, a man and his son, on Sunday" is two (a plural such as "civilians" or "members", then a comma, then
    counts joined by "and" that add up to it exactly and close the phrase)."""
    for index, mention in enumerate(classified):
        if mention is None or mention.kind is None or mention.low is None or mention.low != mention.high:
            continue
        head = mention.noun_phrase.split()[-1].lower() if mention.noun_phrase else ""
        # (any plural of people: "two farmers, a father and his son," is the two farmers)
        enumerable = head in _ENUMERABLE_HEADS or (head in PERSON_NOUNS and (head.endswith("s") or head.endswith("men")))
        if not enumerable or not text.startswith(",", mention.end):
            continue
        total, cursor, run = 0, mention.end, []
        for later in range(index + 1, min(len(classified), index + 1 + _MAX_ENUMERATED)):
            other = classified[later]
            gap = _ENUMERATION_GAP_RE.fullmatch(text, cursor, other.start) if other is not None else None
            if other is None or gap is None or other.low is None or other.low != other.high:
                break
            total, cursor = total + other.low, other.end
            run.append(later)
            if total >= mention.low:
                break
        # (a role's plural is enumerated only between commas: "killed two fighters, a woman and a child" is a list)
        closed = _ENUMERATION_END_RE.match(text, cursor) if head in _ENUMERABLE_HEADS else _COMMA_AFTER_RE.match(text, cursor)
        if run and total == mention.low and closed and not _LIST_GOES_ON_RE.match(text, cursor):
            for later in run:
                classified[later] = None


_AND_BEFORE_RE = compile_guarded(r"\s(?:and|&)\s+$", re.IGNORECASE)


def _is_coordinated_group(text: str, stretch_start: int, inner: CountMention) -> bool:
    """A count of people after "and" inside the stretch between a count and its verb, with no subset word before it
    ("four members of the factions and three SDF fighters dead"): people added to the count, not a part of it."""
    if inner.low is None or inner.start - stretch_start > 160 or not _AND_BEFORE_RE.search(text, max(0, inner.start - 6), inner.start):
        return False
    return not _SUBSET_IN_STRETCH_RE.search(text, stretch_start, inner.start)


_SUBSET_IN_STRETCH_RE = compile_guarded(r"\b(?:including|among|of\s+(?:them|whom)|such\s+as|namely)\b|[,(]", re.IGNORECASE)


def _drop_elaborations(text: str, classified: list[CountMention | None]) -> None:
    """A later toll that details one told already is not added: "33 people were killed in the strikes, where 26
    members of one clan were killed" (and "..., most of them women")."""
    previous: dict[str, CountMention] = {}
    for index, mention in enumerate(classified):
        if mention is None or mention.kind is None:
            continue
        earlier = previous.get(mention.kind)
        if earlier is not None and (
            _ELABORATION_LEFT_RE.search(text, earlier.end, mention.start) or _SUBSET_PHRASE_RE.search(mention.phrase)
        ):  # (also "executed two shepherds, beheading one of them": one of the two)
            classified[index] = None
            continue
        previous[mention.kind] = mention


def _victims(text: str, mentions: list[CountMention]) -> str | None:
    """The victims' noun phrase: "civilians", "Iraqi refugees", "children and a woman"."""
    nouns = [m for m in mentions if m.noun_phrase and m.noun_phrase.lower() not in ("others", "other", "more", "body")]
    if not nouns:
        return None
    first, last = nouns[0], nouns[-1]
    if len(nouns) > 1 and _COORDINATION_RE.match(text[first.end : last.start]):
        return " ".join(text[first.noun_start : last.end].split())
    return first.noun_phrase


__all__ = [
    "DIED_OF_WOUNDS_LATER_RE",
    "OWN_PEOPLE_RE",
    "CasualtyReading",
    "CountMention",
    "add_casualties",
    "casualty_range",
    "figures_agree",
    "SUBSETS_TOLD_RE",
    "damage_only_zero",
    "has_casualty_word",
    "is_damage_zero",
    "is_source_silence_zero",
    "is_further_figure",
    "refines_vague_toll",
    "parse_count",
    "parse_number",
    "read_casualties",
]
