"""Reactions, denials, judgements and plans (verdict ``reaction``): the event is what is reacted to, denied,
judged, threatened or checked, not told.

A denial ("the army denied the reports", "denied any role in the bombing", "the drone did not belong to its forces"),
an accusation with no toll or day, a report declared false, no sign of the event or its report being checked
(:func:`is_unconfirmed`), a question; a protest, vigil or appeal against the event ("gathered to denounce the
attacks", "calls on the international community to stop the drone war"); a trial, sentence, blame or arrest over it
("sentenced 11 men over their role in the attack on X"); a threat, vow, plan, forecast or fear ("threatened to launch
an operation", "the fight will end within a month"); an event a speaker names ("called the strikes a war crime"), the
cause of a risk or of work suspended, an event under a negation or "no", an aircraft harassing or harassed by another.
Each rule looks at the frame before (or the wording after) the mention's event word: :mod:`.frames`.
"""

from __future__ import annotations

import re

from mapapp.extract.background.frames import (
    _before_event_word,
    _counts_more_than_one,
    _dated_from,
    _event_word_position,
    _frames_event_word,
    _frames_gated,
    _framing_match,
    _right_before_event_word,
)
from mapapp.extract.lexicon import ANSWERED_EVENT_WORDS, compile_guarded, could_match, gated_search
from mapapp.extract.mentions import EventMention


# A denial answers a report: "The army denied the reports, saying there were no strikes ...".
_DENIAL_VERB = r"\b(?:denied|denies|deny|denying|dismissed|refuted|rejected)\s+(?:the\s+|these\s+|such\s+|any\s+)?"
_REPORT_NOUN = r"(?:reports?|claims?|allegations?|accusations?|news|rumou?rs?)"
# Up to two words naming the reports denied ("social-media reports", "local media reports"): not a conjunction or
# what the denial itself is of ("denied responsibility but reports that X ...": the reports are not denied).
_REPORT_MODIFIERS = (
    r"(?:(?!(?:but|and|or|while|whereas|although|though|as|yet|despite|after|responsibility|involvement|role|"
    r"participation|any|it|they)\b)[\w-]+\s+){0,2}?"
)
# (or a part in the event denied: "the SDF denied any role in the bombing", "denies involvement in", "rejected
# responsibility for")
_DENIAL_RE = compile_guarded(
    rf"{_DENIAL_VERB}(?:{_REPORT_NOUN}|(?:[\w-]+\s+)?(?:role|involvement|responsibility|links?|connection|part|hand)"
    r"\s+(?:in|for|with|to))\b",
    re.IGNORECASE,
)
# A denial of the event the clause goes on to tell: "The SDF denied reports that its fighters had shelled a market"
# (its place does not make it a report of the event; "the army denied the reports" alone is a reaction already).
# ("denied it had carried out the attack", "denies they were behind the bombing": the "that" left out)
_DENIED_THAT_RE = re.compile(
    # (the reports named with up to two words before them: "denied social-media reports that", "local media reports")
    rf"{_DENIAL_VERB}(?:as\s+(?:[\w-]+\s+){{1,2}}?)?(?:{_REPORT_MODIFIERS}{_REPORT_NOUN}\s+)?"
    r"(?:that\b|(?:it|they|he|she|its\s+[\w-]+)\s+(?:had|has|have|was|were|is|are|did)\b)",
    re.IGNORECASE,
)
# A denial whose reports name the event the clause tells as their object: "the Asayish denied reports of a second
# blast near X" (the event word a few words after "reports of"; "denied reports of civilian deaths in the strike on X"
# denies the toll of a strike that happened, the strike's word being further on).
_DENIED_REPORTS_OF_RE = re.compile(
    rf"{_DENIAL_VERB}{_REPORT_MODIFIERS}{_REPORT_NOUN}\s+(?:of|about)\s+"
    r"(?:(?:an?|the|another|second|new|further)\s+){0,2}"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# An accusation: "The administration accused Damascus of shelling villages near X" (without a toll or a day of its
# own it reports no event; "accused Turkey of killing two civilians in X on Monday" does).
# (the accused named in any form: "the People's Protection Units (YPG)", "the \"PKK/YPG\"", "U.S.-backed forces")
# (and "for", as some wires write it: "accused the cell and those who armed it for the blast")
_ACCUSED_OF_RE = re.compile(r"\baccus(?:ed|es|e|ing)\s+(?:[\w’'\"“”()/.-]+\s+){1,14}?(?:of|for)\b", re.IGNORECASE)
# The event a blame is laid on, told again as the blame's object right before its event word: "the ministry blamed
# the attack on the YPG", "we believe that sleeper cells are behind these murders" (without a toll it reports no event:
# :func:`_blamed`; "Ankara blames the group for the bombing" is :data:`_JUDGED_FRAME_RE`'s).
_BLAMED_RE = re.compile(
    r"\b(?:blam(?:e|es|ed|ing)|(?:is|are|was|were|be|been|being)\s+(?:(?:likely|probably|possibly|also)\s+)?behind)\s+"
    r"(?:the|this|these|those|that|its|their)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Events people demand an end to: "a protest demanding an end to assassinations in X", "calls to stop the shelling"
# (with no toll and no day, no event of its own; a protest held against an event is :data:`_PROTEST_FRAME_RE`).
_END_DEMANDED_RE = compile_guarded(
    r"\b(?:an?\s+end\s+to|stop(?:ping)?|halt(?:ing)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:assassinations|killings|attacks|strikes|airstrikes|shelling|bombardment|kidnappings|abductions|raids|murders|violations)\b",
    re.IGNORECASE,
)
# An appeal to end the event: "calls on the international community to stop the Turkish drone war", "urged Ankara to
# halt its strikes", "demanded an immediate end to the shelling", "appealed to the coalition to prevent further
# bombardment" (an end asked for, whatever the appeal's verb: the verb of ending stands just before the event word).
_APPEAL_FRAME_RE = compile_guarded(
    r"\b(?:to|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for)\s+(?:an?\s+)?(?:immediate\s+|swift\s+|urgent\s+)?"
    r"(?:stop|halt|end|cease|prevent|curb|deter|put\s+an\s+end\s+to|end\s+to)\s+(?:to\s+)?(?:further\s+|more\s+|any\s+)?",
    re.IGNORECASE,
)
# The event a protest is held against: "demonstrators gathered to denounce the attacks", "a sit-in denouncing the
# killing of the mukhtar", "protested on Sunday against the strikes" (the protest's day and place are not the event's).
_PROTEST_FRAME_RE = compile_guarded(
    r"\b(?:protest(?:s|ed|ing|ers)?|demonstrat(?:ion|ions|ors|ed|ing|e)|rall(?:y|ies|ied)|sit-ins?|march(?:ed|es)?|"
    r"gathered|vigils?|mourn(?:ed|ing|ers)?)\b[^.;:]{0,60}?\b(?:against|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|over|"
    r"for\s+the\s+(?:victims|dead)\s+of)\b"
    # (or "protest" as the verb taking the event as its object: "held sit-ins to protest the strikes", "protesting the
    # killing of X"; not "protests broke out after ...", whose event may be this report's news, nor "protest" with
    # no object: "gathered to protest when gunmen stormed X", "students protesting in Y were attacked", "protesting
    # farmers were fired upon", where the event is what befell the protest)
    r"|\b(?:to\s+protest|protesting)\s+"
    r"(?!(?:after|when|as|while|because|following|since|before|until|in|at|near|outside|on|by|with|and|but|or)\b)"
    r"(?![\w-]+\s+(?:[\w-]+\s+)?(?:was|were|is|are|had|has|have|been)\b)",
    re.IGNORECASE,
)
# An event threatened, warned of or vowed, not one that happened: "Turkey threatened to launch a new operation",
# "vowed to retaliate for any attack on X", "warned of a possible attack on the camp", a plot ("a cell who were
# planning attacks in X", "had plotted the bombing of Y"); and the event named as the reason for another ("the strikes
# were in response to a bombing in Istanbul").
_INTENT_FRAME_RE = compile_guarded(
    r"\b(?:threat(?:en|ens|ened|ening)|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|warn(?:s|ed|ing)?|promis(?:e|es|ed|ing)|"
    r"intends?|plan(?:s|ned)?\s+to|planning\s+to|plott(?:ed|ing)\s+to|call(?:s|ed|ing)?\s+on|"
    + ANSWERED_EVENT_WORDS
    + r")\b"
    # a forecast or a fear: "the SDF is expected to begin the assault", "is set to launch", "preparing for an assault",
    # "fearing more strikes", "analysts expect clashes to intensify", "Ankara could launch an operation" (a modal
    # with no perfect and no perception: "may have struck", "could see drones striking X" still tell a past event; "May"
    # the month is capitalised)
    r"|\b(?:expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|fear(?:s|ed|ing|ful)?(?:\s+of)?|(?:is|are|was|were)\s+(?:set|due|poised|"
    r"about|likely|unlikely|bound|gearing\s+up)\s+to|prepar(?:e|es|ed|ing)\s+(?:for|to)|preparations?\s+for|going\s+to|"
    r"(?:could|would|will|shall|(?-i:may|might))(?!\s+(?:have|not\s+have|see|hear|watch|be\s+(?:seen|heard))\b))\b"
    # the event a truce or talks were to end: "tribal elders negotiated a truce after clashes in X last month"
    r"|\b(?:truce|ceasefire|cease-fire|reconciliation|talks|negotiations|negotiated|mediat(?:ed|ion))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:after|over|following|to\s+end)\b"
    r"|\b(?:any|possible|future|imminent|planned|looming)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# An event judged or blamed: "a court sentenced a man to death for killing his wife", "tried 20 suspects for attacks in
# X", "Ankara blames the group for the bombing in Istanbul" (the event is told as what the trial or blame is about).
_JUDGED_VERB = (
    r"\b(?:sentenc(?:e|es|ed|ing)|convict(?:s|ed|ing)?|tried|trials?|charg(?:e|es|ed|ing)|indict(?:s|ed|ing)?|"
    r"prosecut(?:e|es|ed|ing)|jail(?:s|ed|ing)?|imprison(?:s|ed|ing)?|blam(?:e|es|ed|ing)|guilty|"
    # (a suspicion the arrested are held under: "two detainees are suspected of planting the bomb"; not a victim's, told
    # in a relative clause: "a man who was suspected of spying was shot dead")
    r"(?<!who\s)(?<!that\s)(?<!who\shad\s)(?:is|are|was|were|been|being)\s+suspected)\b"
)
# (an arrest too, told over the accused's part in an event: "detained three men in connection with the blast")
_HELD_OVER_VERB_RE = compile_guarded(
    _JUDGED_VERB + r"|\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|apprehend(?:s|ed|ing)?|question(?:s|ed|ing)|"
    r"interrogat(?:e|es|ed|ing)|held)\b",
    re.IGNORECASE,
)
_JUDGED_FRAME_RE = compile_guarded(
    _JUDGED_VERB +
    # (the party blamed named in any form: "the PKK/YPG", "the People's Protection Units (YPG)")
    r"(?:\s+[\w'’/()\"“”.-]+){0,8}?\s+(?:for|of|over)\b",
    re.IGNORECASE,
)
# The part the accused had in what is judged, told between the sentence (or the arrest) and the event: "sentenced 11
# men over their role in the 2022 attack on X", "jailed four for involvement in the cell's attacks, among them the car
# bombing in Y", "detained three men in connection with the blast".
_JUDGED_PART_RE = compile_guarded(
    r"\b(?:for|over|of|with)\s+(?:(?:their|his|her|its|the)\s+)?(?:alleged\s+|suspected\s+)?"
    r"(?:role|involvement|participation|part|complicity)\s+in\b"
    r"|\b(?:for|over|in)\s+(?:connection|links?)\s+(?:with|to)\b",
    re.IGNORECASE,
)
# What may stand after a comma between that part and the event it includes: "..., including the bombing in Y".
_INCLUDING_RE = re.compile(r"\s*(?:including|among\s+them|notably|such\s+as|in\s+particular)\b", re.IGNORECASE)
# A word that opens a clause of its own between that part and the event word: "held in connection with the smuggling
# were killed when a drone struck" tells an event of its own.
_CLAUSE_WORD_RE = re.compile(
    r"\b(?:was|were|is|are|had|has|have|been|when|while|as|after|before|who|which|that|then|and|but)\b", re.IGNORECASE
)
_JUDGED_PART_WINDOW = 200  # characters before the event word in which the sentence and the accused's part are looked for
_JUDGED_PART_GAP_WORDS = 10  # at most this many words between the part and the event word


# An event named only to be judged by a speaker: "Damascus called the strikes a war crime", "described the attack as
# a massacre" (the naming verb and a determiner right before the event word; the clause tells nothing new).
_NAMED_AS_FRAME_RE = compile_guarded(
    r"\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing|e)|brand(?:ed|s|ing)?|label(?:l?ed|s|l?ing)?|term(?:ed|s|ing)?|"
    r"characteri[sz](?:ed|es|ing|e))\s+(?:the|these|this|those|such|its|their|that)\s+(?:[\w-]+\s+){0,2}?",
    re.IGNORECASE,
)
# The event word as the speaker's verdict itself: 'called the strikes a "massacre"', "described the raid as a massacre".
_NAMED_AS_VERDICT_RE = compile_guarded(
    r"\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing|e)|brand(?:ed|s|ing)?|label(?:l?ed|s|l?ing)?|term(?:ed|s|ing)?|"
    r"characteri[sz](?:ed|es|ing|e))\s+(?:the|these|this|those|such|its|their|that|it)\s+"
    r"(?:(?!(?:after|before|when|while|to|in|on|at|for|with|from|of|by|near)\b)[\w-]+\s+){0,2}?"
    r"(?:as\s+(?:an?\s+)?|an?\s+)(?:[\w-]+\s+)?[\"“]?",
    re.IGNORECASE,
)
# What the naming verb makes of the event, right after the event word: "a war crime", "as a massacre".
_NAMED_AS_AFTER_RE = re.compile(r"[\w-]*\s+(?:(?:as|an?)\b|[\"“])", re.IGNORECASE)


# The event named as the cause of a risk: "the dam could collapse at any moment due to coalition air strikes".
_RISK_CAUSE_RE = compile_guarded(
    r"\b(?:could|may|might|risk(?:s|ed|ing)?|at\s+risk|threaten(?:s|ed|ing)?|danger)\b[^.;]{0,80}?"
    r"\b(?:due\s+to|because\s+of|as\s+a\s+result\s+of|owing\s+to|caused\s+by)\s+(?:[\w.-]+\s+){0,4}?"
    r"|\b(?:danger|threat|risk|fear|menace)s?\s+(?:posed\s+by\s+|of\s+)(?:(?:the|new|more|further|possible)\s+)?"
    r"(?:[\w-]+\s+(?:and|or)\s+)?(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
# A party's work suspended, paused or resumed over the event, its reason: "the council is suspending work at the
# crossing because of the Turkish attacks", "aid groups resumed deliveries after a pause of ten days over Turkish
# bombardment" (the measure is the news; the event is its reason, told as a whole).
_SUSPENDED_OVER_RE = compile_guarded(
    r"\b(?:suspend(?:s|ed|ing)?|suspension|paus(?:e|es|ed|ing)|halt(?:s|ed|ing)?|freez(?:e|es|ing)|froze(?:n)?|"
    r"postpon(?:e|es|ed|ing)|resum(?:e|es|ed|ing))\b[^.;]{0,80}?"
    r"\b(?:over|due\s+to|because\s+of|owing\s+to|in\s+protest\s+(?:at|against|over))\s+(?:[\w.-]+\s+){0,3}?",
    re.IGNORECASE,
)
# The event word under a negation: "did not remove the mines", "had not been targeted", "never shelled" (what did not
# happen, or a remark on a past deed, not an event of the report).
_NEGATED_FRAME_RE = compile_guarded(
    r"\b(?:(?:did|does|do|had|has|have|was|were|is|are|could|would)\s*(?:not|n['’]t)|never)\s+(?:been\s+)?"
    r"(?:[\w-]+\s+){0,2}?",
    re.IGNORECASE,
)
_NEGATED_GATE = (" not ", "n't", "n’t", "never")
# ... the event word as the object of a negated verb through "any": "the allies said they did not carry out any
# raids there on May 3", "said it had not carried out any raids near X on Thursday", "has never launched any attack
# there" (the negative "any" makes it no event at all, on whatever day the clause names; a day told does not make a
# denial an event, as it may for a bare "not": "had not been targeted until Tuesday"). Not when a preposition stands
# between "any" and the event word: what is denied is then another thing, told beside an event that happened ("did not
# report any casualties from shelling on X", "have not received any aid since shelling hit X").
_NEGATED_ANY_FRAME_RE = compile_guarded(
    r"\b(?:(?:did|does|do|had|has|have|was|were|is|are)\s*(?:not|n['’]t)|never)\s+(?:been\s+)?"
    r"(?:(?!(?:and|but|or|while|as|after|when|which|that|who)\b)[\w-]+\s+){1,3}?any\s+"
    r"(?:(?!(?:after|since|from|in|of|by|during|following|before|until|at|near|on|over|for|to|with|amid|despite|"
    r"against|about|than)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# No event at all: "the army said it carried out no strikes near X on Sunday", "not a single shell fell" (the quantifier
# at most two words before the event word; "no casualties in the shelling" leaves the shelling told).
# Aircraft that harassed, intercepted or shadowed another, with no attack: "the drone had been harassed by Russian
# military aircraft", "was intercepted by Turkish jets".
_HARASSED_BY_RE = compile_guarded(
    r"\b(?:harass(?:ed|es|ing)?|intercept(?:ed|s|ing)?|shadow(?:ed|s|ing)?|buzz(?:ed|es|ing)?|track(?:ed|s|ing)?|"
    r"escort(?:ed|s|ing)?|chas(?:ed|es|ing)|approached|confronted)\s+by\b",
    re.IGNORECASE,
)
# ... or the aircraft of the event word harassed by another: "the drone had been harassed by Russian jets" (matched at
# the event word; not "intercepted": a drone brought down on its way is an attack).
_HARASSED_AFTER_RE = re.compile(
    r"[\w-]*\s+(?:[\w-]+\s+){0,3}?(?:was|were|is|are|had\s+been|has\s+been|have\s+been|being)\s+(?:[\w-]+\s+)?"
    r"(?:harass|shadow|buzz|track|escort|chas|approach|confront)\w*\s+by\b",
    re.IGNORECASE,
)


_NONE_FRAME_RE = compile_guarded(r"\b(?:no|not\s+(?:a\s+single|one|any))\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# ... the same when the clause tells a zero ("There was no explosion, and nobody was hurt"), only when the "no" is the
# event's own: not a headline's "no casualties in shelling on X", "no injuries after shells hit Y", "no victims as a
# drone strikes Z", where the zero is the toll of an event that happened.
_NONE_OF_THE_EVENT_RE = compile_guarded(
    r"\b(?:no|not\s+(?:a\s+single|one|any))\s+"
    r"(?:(?!(?:casualt(?:y|ies)|injur(?:y|ies)|deaths?|victims?|dead|wounded|loss(?:es)?|damage|harm|one|in|after|"
    r"from|as|at|on|during|when|with|by)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# --- Reactions, denials and unconfirmed reports: the event is what is reacted to, denied or checked, not told.
# A reaction framing the event word: "a meeting to discuss the Turkish attacks", "an investigation into the bombing",
# "concern over the strikes", "declined to comment on the strike", "the funeral of the victims of the blast".
_REACTION_FRAME_RE = compile_guarded(
    r"\b(?:discuss(?:ed|es|ing)?|(?:to|and)\s+(?:address|review|assess)|investigat(?:ion|ions|ing|e|es|ed)(?:\s+(?:into|of))?|"
    r"inquir(?:y|ies)\s+into|probes?\s+into|(?:concern|concerns|alarm|outrage|anger|dismay|regret|sorrow|grief|condolences|"
    r"sympathy|shock)\s+(?:over|about|at|for|regarding|following)|comment(?:ed|s|ing)?\s+on|funerals?\s+(?:of|for)|"
    r"the\s+subject\s+of|debat(?:e|es|ed|ing)\s+(?:on|over|about)|statements?\s+(?:on|about|over|regarding)|"
    r"react(?:ed|ing|s|ions?)?\s+to|aftermath\s+of|displaced\s+by|(?:fled|flee|fleeing)\s+(?:from\s+)?)\b",
    re.IGNORECASE,
)
# A reaction told after the event word, the event its cause: "The strike drew condemnation from ...", "the attack
# sparked outrage", "the shelling prompted calls for an inquiry", "has raised fears of a new offensive" (matched at the
# event word; bounded gaps).
_REACTION_AFTER_RE = re.compile(
    r"[\w-]*\s+(?:[\w-]+\s+){0,4}?(?:dr[ae]w|draws|drawn|spark(?:ed|s)|prompt(?:ed|s)|trigger(?:ed|s)|provok(?:ed|es)|"
    r"stirred|stirs|fuell?ed|fuels|le(?:d|ads)\s+to|generat(?:ed|es)|attract(?:ed|s)|met\s+with|unleash(?:ed|es)|"
    r"ignit(?:ed|es)|caus(?:ed|es)|rais(?:ed|es)|brought|brings)\s+(?:[\w-]+\s+){0,3}?(?:condemnations?|outrage|anger|"
    r"criticism|protests?|calls|concerns?|fears?|alarm|debate|reactions?|denunciations?|uproar|backlash|fury|indignation|"
    r"demonstrations|condolences|outcry|panic|grief|mourning|tensions?|questions|silence|praise|applause|celebrations?|"
    r"welcome|gratitude|thanks)\b"
    # "the strike was the subject of a debate", "the shelling became the main topic of talks"
    r"|[\w-]*\s+(?:was|were|is|are|became|remains?|remained)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:subject|topic|focus)\s+of\b"
    # a comment on what the event shows: "the raid is a reminder that ISIS remains a threat", "the attack shows that"
    r"|[\w-]*\s+(?:was|were|is|are|serves\s+as|served\s+as)\s+(?:a|an|another|the\s+latest)\s+(?:[\w-]+\s+)?(?:reminder|sign|signal|"
    r"indication|message|proof|testament)\b"
    r"|[\w-]*\s+(?:shows|showed|demonstrates|demonstrated|underscores|underscored|highlights|highlighted|proves|proved|"
    r"reflects|reflected|illustrates|illustrated)\s+(?:that|how|the)\b",
    re.IGNORECASE,
)
# The definite event denied after its event word: "Turkey said the drone did not belong to its forces", "the aircraft
# was not one of ours" (not "the strike did not cause casualties": a toll of none).
_NEGATED_AFTER_RE = re.compile(
    r"[\w-]*\s+(?:[\w-]+\s+){0,3}?(?:did|does|do|was|were|is|are|had|has|have)\s*(?:not|n['’]t)\s+"
    r"(?!(?:only|cause|caused|result|lead|kill|killed|injure|injured|wound|wounded|hurt|harm|harmed|leave|left|claim|"
    r"claimed|produce|inflict|inflicted)\b)",
    re.IGNORECASE,
)
# A report of the event declared false: "reports claiming that aircraft struck a house in X yesterday are false", "claims
# that its jets hit a school were baseless", "dismissed as lies reports that its forces shelled X".
_REPORT_FRAME_RE = compile_guarded(
    # (its source may stand between: "the news published by the group's agency of killing a fighter", "the reports from
    # local pages that ..."; after "by" or a word of publishing, "of" too: "the news by the agency of killing ...";
    # after a bare "from" or "in" not "of", which names a place: "reports from the village of X")
    r"\b(?:reports?|claims?|allegations?|accusations?|rumou?rs?|news|accounts?|footage|videos?)\s+(?:"
    r"(?:(?:published|circulated|spread|carried)\s+(?:by|from|in)|by)\s+(?:[\w'’.-]+\s+){1,4}?(?:claiming|saying|"
    r"alleging|suggesting|stating|that|of|about)"
    r"|(?:from|in)\s+(?:[\w'’.-]+\s+){1,4}?(?:claiming|saying|alleging|suggesting|stating|that|about)"
    r"|claiming|saying|alleging|suggesting|stating|that|of|about)\b"
    r"|\bdismiss(?:ed|es|ing)?\s+as\s+(?:[\w-]+\s+){0,2}?(?:reports?|claims?|allegations?)\b",
    re.IGNORECASE,
)
_FALSE_RE = compile_guarded(
    r"\b(?:are|were|is|was|as)\s+(?:(?:completely|totally|entirely|simply|categorically|all|utterly)\s+)?(?:false|untrue|"
    r"baseless|unfounded|fabricated|incorrect|inaccurate|groundless|fake|lies|misleading|not\s+(?:true|accurate|correct)|"
    r"without\s+(?:any\s+)?(?:basis|foundation))\b",
    re.IGNORECASE,
)
# No sign of the event, or the event not confirmed: "There are no indications that any civilians were killed in the
# strike", "found no evidence that civilians were harmed", "could not verify the strike", "CENTCOM is assessing reports
# of a civilian injured", "is investigating claims that ...".
_UNCONFIRMED_RE = compile_guarded(
    r"\b(?:no|not\s+any|little)\s+(?:credible\s+|clear\s+|immediate\s+)?(?:indications?|evidence|signs?|confirmation|proof)"
    r"\s+(?:that|of)\b|\bnot\s+aware\s+of\b|\b(?:could\s+not|couldn['’]t|cannot|unable\s+to|not\s+able\s+to)\s+"
    r"(?:independently\s+)?(?:confirm|verify)\b"
    r"|\b(?:assess(?:es|ed|ing)?|review(?:s|ed|ing)?|investigat(?:es|ed|ing|e)|examin(?:es|ed|ing|e)|verify(?:ing)?|"
    r"checking|look(?:s|ed|ing)?\s+into|probing)\s+(?:the\s+|these\s+|those\s+)?(?:reports?|claims?|allegations?|accounts?)\b",
    re.IGNORECASE,
)
# The sentence's report named a claim and left unverified, in an aside after it: "the group said it had shot down a
# jet over X, an assertion not yet independently confirmed", "..., claims Reuters has not confirmed", "..., an
# unverified claim". The writer asserts no event: the one claimed is nobody's report but the claimant's. (A figure
# left unverified, "a toll that could not be verified", doubts the count, not the event; a claim denied, "a claim
# the group denied", keeps the event and ends its evidence: :data:`~.evidence._TRAILING_DENIAL_RE`.)
_UNVERIFIED_CLAIM_TAIL_RE = compile_guarded(
    r"[,;(\u2014\u2013]\s*(?:(?:an?|the|both|two|these|such)\s+)?(?:"
    r"(?:unverified|unconfirmed|uncorroborated|unsubstantiated)\s+(?:claims?|assertions?)\b"
    r"|(?:claims?|assertions?)\s+(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){0,3}?(?:not|never|\w+n['’]t)\s+"
    r"(?:(?:yet|been|be|independently|officially)\s+){0,3}(?:verif|confirm|corroborat))",
    re.IGNORECASE,
)


# The claimant's saying before the event word, which the aside calls a claim: "the group said it had shot down a jet
# over X, a claim ...", "IS claimed that it downed a drone, ...". Without it the writer tells the event as a fact and the
# aside doubts only its source ("jets hit a school in X, killing eight, activists said, a claim the coalition has not
# confirmed"), or belongs to another clause's claim ("jets bombed X, while the group said it downed a drone, a claim
# ...").
_CLAIMANT_SAYING_RE = compile_guarded(
    r"\b(?:said|says|saying|claimed|claims|claiming|announced|stated|asserted|alleged|boasted|insisted)\b",
    re.IGNORECASE,
)


def claimed_in_the_clause(mention: EventMention) -> bool:
    """Whether the mention's clause tells its event as a claimant's saying (:data:`_CLAIMANT_SAYING_RE` before the
    event word), the claim an unverified-claim aside (:func:`unverified_claim_start`) can leave unasserted."""
    return could_match(_CLAIMANT_SAYING_RE, mention.clause_text) and _before_event_word(_CLAIMANT_SAYING_RE, mention)


def unverified_claim_start(sentence: str) -> int | None:
    """Where, in ``sentence``, the aside calling what comes before it a claim left unverified starts
    (:data:`_UNVERIFIED_CLAIM_TAIL_RE`), or None."""
    found = gated_search(_UNVERIFIED_CLAIM_TAIL_RE, sentence)
    return None if found is None else found.start()


# An assessment that found too little to say the event happened: "too little information was found to assess whether a
# strike caused civilian harm", "not enough evidence to determine that the raid took place" (a civilian-harm
# assessment's report found not credible; whatever its place and day, no event is asserted).
_INSUFFICIENT_TO_ASSESS_RE = compile_guarded(
    r"\b(?:insufficient|inadequate|not\s+enough|too\s+little)\s+(?:information|evidence|data)\s+"
    r"(?:(?:was\s+)?(?:available\s+|found\s+))?to\s+(?:assess|determine|conclude|confirm|establish|corroborate|verify)"
    # (that the event happened, not who did it or what it cost: "... to determine who carried out the bombing")
    r"\s+(?:that|whether|if)\b",
    re.IGNORECASE,
)


def assessed_unfounded(mention: EventMention) -> bool:
    """An assessment found too little to say the clause's event happened, said before its event word
    (:data:`_INSUFFICIENT_TO_ASSESS_RE`)."""
    return could_match(_INSUFFICIENT_TO_ASSESS_RE, mention.clause_text) and _before_event_word(
        _INSUFFICIENT_TO_ASSESS_RE, mention
    )


# A question, not a report: "no news about the shelling on X this morning?", "Is it true that the drones hit X again?"
_QUESTION_END_RE = re.compile(r"\?[\s\"'”’)]*$")
_QUESTION_END_WINDOW = 200  # characters at the sentence's end in which its "?" is looked for (not the whole sentence per clause)


def _harassed(mention: EventMention) -> bool:
    """An aircraft harassing or harassed by another, no attack (:data:`_HARASSED_BY_RE`, :data:`_HARASSED_AFTER_RE`)."""
    clause = mention.clause_text
    if not could_match(_HARASSED_BY_RE, clause):
        return False  # (both patterns need "... by")
    if _frames_event_word(_HARASSED_BY_RE, mention):
        return True
    word = _event_word_position(mention)
    return word >= 0 and _HARASSED_AFTER_RE.match(clause, word) is not None


def _reported_false(mention: EventMention) -> bool:
    """A report of the clause's event, named before its event word, is declared false after it ("reports that jets
    struck a house in X are false", "the news published by the group's agency of killing a fighter was not true": the
    report's source may stand between its noun and what it tells): whatever its place and day, no event is asserted."""
    clause = mention.clause_text
    if not could_match(_FALSE_RE, clause) or not could_match(_REPORT_FRAME_RE, clause):
        return False
    word = _event_word_position(mention)
    if word < 0 or _REPORT_FRAME_RE.search(clause, 0, word) is None:
        return False
    return _FALSE_RE.search(clause, word) is not None


def is_unconfirmed(text: str) -> bool:
    """The text says there is no sign of what it tells, or that its report is still being checked
    (:data:`_UNCONFIRMED_RE`): "CENTCOM is assessing reports of a civilian injured" is no toll of the strike told."""
    return gated_search(_UNCONFIRMED_RE, text) is not None


def _unconfirmed(mention: EventMention) -> bool:
    """No sign of the clause's event, or its report being checked, said before its event word."""
    clause = mention.clause_text
    return could_match(_UNCONFIRMED_RE, clause) and _before_event_word(_UNCONFIRMED_RE, mention)


def _reacted_to(mention: EventMention) -> bool:
    """The clause's event is what a reaction is about: framed by one ("a meeting to discuss the attacks"), or the
    cause of one told after its event word ("the strike drew condemnation"; a place after the reaction is the
    reaction's: "sparked anger among the residents of X"), or, definite, denied after it ("the drone did not belong to
    its forces"). A clause naming a place of the event itself tells the event."""
    clause = mention.clause_text
    places = [p.start - mention.clause_span[0] for p in mention.sub_governorate_places]
    if not places and _frames_gated(_REACTION_FRAME_RE, mention):
        return True
    word = _event_word_position(mention)
    if word < 0:
        return False
    lowered = clause.lower()
    if could_match(_REACTION_AFTER_RE, clause):
        reaction = _REACTION_AFTER_RE.match(clause, word)
        if reaction is not None and not any(p < reaction.end() for p in places):
            return True
    return not places and mention.definite and (" not" in lowered or "n't" in lowered or "n’t" in lowered) and (
        _NEGATED_AFTER_RE.match(clause, word) is not None
    )


def _denied_or_accused(mention: EventMention) -> bool:
    """The clause denies the event it tells, or accuses someone of it without a toll or day of its own."""
    clause = mention.clause_text  # cheap substring tests first: most clauses have neither word
    if could_match(_DENIED_THAT_RE, clause) and _before_event_word(_DENIED_THAT_RE, mention):
        return True
    if could_match(_DENIED_REPORTS_OF_RE, clause) and _right_before_event_word(_DENIED_REPORTS_OF_RE, mention):
        return True  # "denies reports of a second explosion near the roundabout"
    return (
        "accus" in clause.lower()
        and not (mention.has_figure or mention.point_dates)
        and _before_event_word(_ACCUSED_OF_RE, mention)
    )


def _blamed(mention: EventMention) -> bool:
    """The clause lays the blame for an event told before on someone, the event the blame's object right before its
    event word (:data:`_BLAMED_RE`), with no toll or day of its own: who did it, not what happened ("said Turkey
    was behind the strike on a truck in X on Tuesday" tells a strike of its own)."""
    clause = mention.clause_text
    lowered = clause.lower()
    if mention.has_figure or mention.point_dates:
        return False
    if "blam" not in lowered and "behind" not in lowered:
        return False
    return _right_before_event_word(_BLAMED_RE, mention)


def _protested(mention: EventMention) -> bool:
    """The clause's event is what a protest is held against (before its event word), and the clause gives no toll
    with a day of its own."""
    if not could_match(_PROTEST_FRAME_RE, mention.clause_text) or (_counts_more_than_one(mention) and mention.point_dates):
        return False
    return _frames_event_word(_PROTEST_FRAME_RE, mention)


def _judged(mention: EventMention) -> bool:
    """The clause's event is what a trial, a sentence or a blame is about (the frame before its event word), and the
    clause gives no toll of more than one with a day told from the sentence, blame or arrest on (a day before it is
    the court's: "a court on Sunday sentenced three men for their role in a bombing that killed nine")."""
    if _counts_more_than_one(mention) and mention.point_dates:
        word = _event_word_position(mention)
        held = _HELD_OVER_VERB_RE.search(mention.clause_text, 0, word) if word >= 0 else None
        if held is None or _dated_from(mention, held.start()):
            return False
    return (
        could_match(_JUDGED_FRAME_RE, mention.clause_text) and _frames_event_word(_JUDGED_FRAME_RE, mention)
    ) or _judged_part(mention)


def _judged_part(mention: EventMention) -> bool:
    """The event is what the accused took part in, told after the sentence or the arrest (:data:`_HELD_OVER_VERB_RE`,
    then :data:`_JUDGED_PART_RE`): "sentenced 11 men to life over their role in the attack on X", "for involvement in
    the cell's attacks, including the bombing in Y", "detained three men in connection with the blast" (a comma only
    before "including"; no semicolon or colon between)."""
    clause = mention.clause_text
    if not could_match(_JUDGED_PART_RE, clause):
        return False
    word = _event_word_position(mention)
    if word < 0:
        return False
    start = max(0, word - _JUDGED_PART_WINDOW)
    part = None
    for part in _JUDGED_PART_RE.finditer(clause, start, word):
        pass  # the last part named before the event word
    if part is None or _HELD_OVER_VERB_RE.search(clause, start, part.start()) is None:
        return False
    gap = clause[part.end() : word]
    if any(mark in gap for mark in ";:") or len(gap.split()) > _JUDGED_PART_GAP_WORDS or _CLAUSE_WORD_RE.search(gap):
        return False
    after_comma = gap.rsplit(",", 1)[1] if "," in gap else None
    return after_comma is None or _INCLUDING_RE.match(after_comma) is not None


# A plot: the event as the object of "planning" or "plotting" ("a cell who were planning attacks in X", "had plotted
# the bombing of Y"), at most two words before the event word and no verb between (not "a cell that was planning
# operations came under fire", whose fire is the news).
_PLOT_FRAME_RE = compile_guarded(r"\b(?:planning|plott(?:ed|ing))\s", re.IGNORECASE)
_PLOT_GAP_WORDS = 2
_VERB_IN_GAP_RE = re.compile(
    r"\b(?:was|were|is|are|had|has|have|been|came|come|comes|went|got|\w+ed)\b", re.IGNORECASE
)


def _plotted(mention: EventMention) -> bool:
    """The clause's event is the object of a plot (:data:`_PLOT_FRAME_RE`): the frame right before its event word."""
    if not could_match(_PLOT_FRAME_RE, mention.clause_text):
        return False
    frame = _framing_match(_PLOT_FRAME_RE, mention)
    if frame is None:
        return False
    word = _event_word_position(mention)
    gap = mention.clause_text[frame.end() : word]
    # (the event word a noun, not the verb of the clause's own event: "planning operations came under fire")
    event_word = mention.clause_text[word:].split(maxsplit=1)[:1]
    return len(gap.split()) <= _PLOT_GAP_WORDS and _VERB_IN_GAP_RE.search(" ".join([gap, *event_word])) is None


def _intended(mention: EventMention) -> bool:
    """The clause's event is threatened, warned of, vowed, plotted or given as a reason (the frame before its event
    word)."""
    return _frames_gated(_INTENT_FRAME_RE, mention) or _plotted(mention)


# The event's course forecast after its event word: "the fight will end within a month", "the battle for X, which it
# expects to begin within months", "the offensive is expected to last weeks" (a campaign spoken of, not an event told).
_FORECAST_AFTER_RE = compile_guarded(
    r"[\w-]*\s+(?:[\w'’,-]+\s+){0,4}?(?:will|is\s+expected\s+to|are\s+expected\s+to|"
    r"(?:which|that)\s+(?:[\w-]+\s+){1,2}?expects?\s+to)\s+(?:be\s+over|end|begin|start|finish|conclude|last)\b",
    re.IGNORECASE,
)


def _forecast(mention: EventMention) -> bool:
    """The clause's own event word is followed by a forecast of its course (:data:`_FORECAST_AFTER_RE`)."""
    clause = mention.clause_text
    if not could_match(_FORECAST_AFTER_RE, clause):
        return False
    word = _event_word_position(mention)
    return word >= 0 and _FORECAST_AFTER_RE.match(clause, word) is not None


def _named_as(mention: EventMention) -> bool:
    """The event word named by a speaker's verdict on it: "called the strikes a war crime"."""
    if not could_match(_NAMED_AS_FRAME_RE, mention.clause_text):
        return False
    if not _frames_event_word(_NAMED_AS_FRAME_RE, mention):
        return _frames_event_word(_NAMED_AS_VERDICT_RE, mention)
    word = _event_word_position(mention)
    if _NAMED_AS_AFTER_RE.match(mention.clause_text, word) is not None:
        return True
    return _frames_event_word(_NAMED_AS_VERDICT_RE, mention)
