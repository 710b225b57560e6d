"""The arguments of an event in its clause: actor (the agent), target (the object hit) and sources.

Contract: :func:`choose_actor` takes a clause's text, its primary event word
(:class:`mapapp.extract.triggers.TriggerHit`) and the spans of the victims and
the target (which are never the actor) and returns a canonical party name
(``lexicon.NAMED_ACTORS``), an unnamed party as written ("tribal gunmen"), or
None when the text names no one (also for "unidentified gunmen"); an agent named with an ally as
its support ("the SDF, backed by coalition helicopters,") gives their joint actor
(``lexicon.JOINT_ACTORS``). :func:`attested_actor` also says how firmly the clause names it. :func:`find_target`
returns the object hit, :func:`find_sources` the attributions of a sentence.
All of them are linear in the clause length: each mention is looked at with
bounded windows on either side.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from mapapp.extract.lexicon import (
    ACTOR_SCANNER,
    ANSWERED_EVENT_WORDS,
    AS_WRITTEN,
    ATTRIBUTION_ONLY_SOURCES,
    GATED_CASE_SENSITIVE_ACTOR_RES,
    NAMED_ACTORS,
    NO_ACTOR,
    SOURCE_SCANNER,
    TARGET_HEADS,
    TRIBAL_FIGHTERS,
    TRIBESMEN_OPENING_RE,
    UNNAMED_TRIBESMEN_OPENING_RE,
    CaseFoldedPattern,
    ascii_lower,
    compile_guarded,
    could_match,
    gated_search,
    joint_actor,
    required_literal,
    same_party,
)
from mapapp.extract.triggers import FLYING_AFTER_RE, TriggerHit
from mapapp.model import AIR_TYPES, DEVICE_TYPES, EventType

_ATTRIBUTION_RE = compile_guarded(
    r"\b(?:said|say|says|told|tells|reported|reports|reporting|according to|cited|citing|quoted|quoting|confirmed|stated|added|noted|documented|announced)\b",
    re.IGNORECASE,
)

_OUTLET_REPORTED_RE = re.compile(r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:reported|news agency reported)\b")

_ACCORDING_TO_RE = re.compile(r"\baccording to (?:the\s+)?([A-Z][\w’'-]*(?:\s+(?:for\s+|of\s+)?[A-Z][\w’'-]*){0,5})")
# each with a literal every match of it contains (both alternatives of the first end in "reported"): a sentence
# without it is not searched
_NAMED_SOURCE_RES = ((_OUTLET_REPORTED_RE, "reported"), (_ACCORDING_TO_RE, required_literal(_ACCORDING_TO_RE.pattern)))

# An actor right after one of these words is the object or the owner of the thing hit, not the agent:
# "targeted an Asayish patrol", "ambushed SDF fighters", "a vehicle belonging to the SDF", "a base hosting US forces".
_NON_AGENT_LEFT_RE = CaseFoldedPattern(
    # (also the party the site or the people hit are told by: "blew himself up among SDF fighters", "a truck bomb
    # blew up near Asayish offices", "a bomb exploded outside an SDF office")
    r"\b(?:among|amongst|near|outside|inside|beside|next\s+to|close\s+to|in\s+front\s+of|"
    r"against|fighting|fight|targeting|targeted|target|on|hit|hitting|struck|striking|with|held by|controlled by|taken by|taken over by|seized by|retaken by|recaptured by|(?<!fire )(?<!bullets )(?<!shells )(?<!shelling )(?<!rockets )(?<!bomber )(?<!bombers )(?<!gunman )(?<!gunmen )(?<!attackers )(?<!assailants )(?<!cell )(?<!cells )(?<!fighters )(?<!militants )from|to|versus|"
    # the party that keeps the place hit: "a checkpoint run by Kurdish security forces", "a post manned by the SDF"
    r"run by|manned by|operated by|guarded by|protected by|carrying|transporting|used(?:\s+as\s+an?\s+[\w-]+(?:\s+[\w-]+)?)?\s+by|"
    # ("and" joins a victim or target to the party, except after a state's or people's adjective that shares the
    # party's noun: "U.S. and coalition forces attacked", "Russian and Syrian jets struck")
    r"(?<!u\.s\. )(?<!u\.s )(?<!us )(?<!american )(?<!russian )(?<!syrian )(?<!turkish )(?<!iraqi )(?<!iranian )and|"
    # (the party one is described as, in an apposition: "killed X, described as an IS planner"; not "gunmen described
    # as ISIS militants stormed", the agent's own description)
    r"killed|killing|ambushed|to\s+(?:attack|target|strike|hit|bomb|shell|fight|pound)|,\s*(?:described|identified)\s+as|ambushing|attacked|attacking|shelled|shelling|bombed|stormed|raided|belonging to|owned by|"
    r"neutrali[sz]ed|neutrali[sz]ing|assassinated|eliminated|executed|"
    # the users or holders of the site hit: "a depot used by the IRGC", "a prison run by the SDF"
    r"used by|run by|operated by|occupied by|manned by|frequented by|"
    # who laid a remnant long before, not the agent of its blast: "the group's old mine went off", told as a mine "left
    # (behind) by" the group, "war remnants left over by it" (not "a bomb planted by ISIS cells", nor a bomb just "left by" its planters: "a
    # car bomb left by ISIS militants near the market exploded")
    r"(?:mines?|landmines?|remnants?|ordnance|munitions?|(?:unexploded|old)\s+[\w-]+),?\s+left (?:behind |over )?by|"
    r"hosting|housing|hosts|houses|home to|into|affiliated (?:with|to)|at|issued by|released by|published by|statement by|reported by|cited by|quoted by|"
    r"on behalf of|backed by|supported by|assisted by|helped by|accompanied by|escorted by|with the support of|alongside|"
    r"captured|capturing|abducted|abducting|kidnapped|kidnapping|arrested|arresting|detained|detaining|"
    # a strike release's object: "four strikes engaged three ISIS tactical units and destroyed an ISIS vehicle"
    r"engaged|destroyed|"
    # headlines in the present tense ("SDF arrest ISIS members") and the party worked for ("tunnels for the SDF")
    r"arrests?|detains?|captures?|kills|targets|hits|shells|pounds|for|"
    # the party that suffered it: "a further setback for the SDF", "a blow to ISIS", "losses among regime forces"
    r"setbacks? for|blows? to|losses (?:for|to|among)|casualties among)\s+"
    r"(?:(?:the|a|an|its|their|several|dozens of|scores of|\d+|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|"
    r"twenty|thirty|forty|fifty)\s+)?(?:(?:senior|top|prominent|leading|key|local|alleged|suspected|wanted|former)\s+)?"
    # (the holder of the place named with its sponsor or age: "controlled by Turkish-backed SNA factions", "a town
    # taken over last month by the new army")
    r"(?:(?<=by )(?:the\s+)?(?:[\w.]+-(?:backed|led)|new)\s+)?"
    # the party's people named before it: "an office used by the Kurdish Asayish", "a post of the Arab SDF units"
    # (and a name in quotes, as bulletins write it: 'a vehicle of "SDF"', 'targeting "Asayish" members')
    r"(?:(?:kurdish|kurdish-led|arab|syrian|iraqi)\s+)?[\"“‘]?$"
    # "an anti-Daesh operation", "a suspected ISIS member": the party is the target
    r"|\banti[- ]$|\b(?:suspected|alleged|wanted|former)\s+$"
    # "of" marks a possessor ("positions of the SDF"), except after a word for the attackers ("gunmen of the QSD",
    # "groups of QSD militia", "mercenaries of ISIS", "a sniper of the regime forces"), for their craft ("drones of the
    # coalition", "a helicopter of the US forces") or for their fire ("bullets of the regime forces", "gunfire of
    # Turkish border guards")
    r"|(?<!gunmen )(?<!fighters )(?<!forces )(?<!dozens )(?<!scores )(?<!hundreds )(?<!tens )(?<!members )(?<!militants )(?<!elements )(?<!cells )(?<!groups )(?<!units )"
    r"(?<!troops )(?<!group )(?<!militiamen )(?<!mercenaries )(?<!terrorists )(?<!sniper )(?<!snipers )(?<!drone )(?<!drones )(?<!jets )"
    # ("factions of the National Army shelled X", "brigades of the regime": the party's own formations)
    r"(?<!factions )(?<!brigades )(?<!battalions )"
    # ("a cell of the Islamic State killed", "remnants of ISIS attacked", "a suicide bomber of the group")
    r"(?<!cell )(?<!remnants )(?<!branches )(?<!bomber )(?<!bombers )(?<!gunman )(?<!attackers )(?<!assailants )"
    r"(?<!warplanes )(?<!aircraft )(?<!helicopter )(?<!helicopters )(?<!bullets )(?<!gunfire )(?<!artillery )"
    # ("a checkpoint of the Kurdish Asayish", 'a vehicle of "SDF"': the people's word or a quote before the name)
    # ("the house of an SDF official": the article of one of its people)
    r"\bof\s+(?:the\s+|an?\s+)?(?:[\w.]+-(?:backed|led)\s+)?(?:(?:kurdish|kurdish-led|arab|syrian|iraqi)\s+)?[\"“‘]?$"
    # the party's fighters named by a word for them, the object of a blow as a whole: "targeting a cell of ISIS",
    # "ambushed members of the Asayish", "freed the town from the terrorists of Daesh" (not the other side of a
    # clash, "fighting against members of X", which is told as one side of it)
    r"|\b(?:targeting|targeted|targets|hit|hitting|struck|striking|killed|killing|kills|ambushed|ambushing|attacked|attacking|"
    r"shelled|shelling|bombed|stormed|raided|neutrali[sz]ed|eliminated|captured|capturing|arrested|arresting|detained|"
    r"abducted|kidnapped|engaged|destroyed|(?<!fire )(?<!bullets )(?<!shells )(?<!rockets )(?<!gunmen )(?<!attackers )(?<!fighters )from)\s+"
    r"(?:(?:the|a|an|its|their|several|dozens of|scores of|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:cells?|groups?|members|fighters|militants|terrorists|elements|remnants|mercenaries|gunmen|militiamen)\s+of\s+"
    r"(?:the\s+)?(?:(?:kurdish|kurdish-led|arab|syrian|iraqi)\s+)?[\"“‘]?$"
    # the holder of the site hit, named after it with words of its own between: "a checkpoint of the Raqqa internal
    # security forces", "a base of the Iranian Revolutionary Guard", "positions of the terrorist ISIS group"
    # (not the site the fire came from: "shells fired from positions of the new Syrian army")
    r"|(?<!from )(?<!from the )(?<!from its )(?<!from their )\b(?:checkpoints?|headquarters|posts?|bases?|positions?|offices?|cent(?:re|er)s?|vehicles?|cars?|convoys?|patrols?|"
    r"points?|depots?|sites?|barracks|prisons?)\s+of\s+(?:the\s+|an?\s+)?"
    r"(?:(?!(?:and|or|when|as|after|before|while|but|then|that|which|who|where|by)\b)[\w.-]+\s+){1,2}[\"“‘]?$",
)

# A party with a reserve word before it ("suspected", "alleged"), told as the subject of a violent verb or as the
# maker of the event or the device: "a suspected ISIS cell killed two men", "a suspected IS attack on a post", "a
# suspected ISIS roadside bomb hit a car". The reserve hedges who the agent is; it does not make the party the target
# (as it does in "a suspected ISIS member was arrested", "the house of a suspected ISIS man", where the words before the
# reserve or a person after the name say so). Read on the 30 characters before the name and the start of the rest.
_RESERVE_LEFT_RE = compile_guarded(r"\b(?:suspected|alleged)\s+$", re.IGNORECASE)
_RESERVED_DEED_RIGHT_RE = re.compile(
    r"^\s*(?:attacks?|ambush(?:es)?|assaults?|bombings?|(?:roadside\s+|car\s+|truck\s+)?bombs?|ieds?\b|"
    r"improvised\s+explosive\s+devices?|explosive\s+devices?|(?:land\s*)?mines?|explosions?|blasts?|"
    r"suicide\s+(?:attacks?|bombings?|bombers?))\b",
    re.IGNORECASE,
)
# the deed's own "of" before the reserve: "as a result of a suspected IS mine", "the victims of an alleged ISIS attack"
_DEED_OF_LEFT_RE = re.compile(r"\bof\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)

#: The party a projectile or a burst of fire came from, named right after "from" or "fired by" (the origin of the
#: fire is its agent, also where it is named by its positions or its formations): "a mortar round from the regime forces
#: landed on a roof", "rounds fired from SNA positions", "a rocket fired by factions of the National Army".
#: Not the place fired at ("fired at SDF positions") nor one fled from ("fled from the regime forces"); "shelling of
#: X" names what was shelled, so "of" is no origin here.
_FIRE_ORIGIN_LEFT_RE = CaseFoldedPattern(
    r"\b(?:(?:fired|launched|lobbed)\s+(?:by|from)"
    r"|(?:shells?|rockets?|missiles?|mortars?|rounds?|bullets?|shots?|projectiles?|fire|gunfire|shelling)"
    r"\s+(?:(?:was|were)\s+)?(?:(?:fired|launched|coming)\s+)?from)"
    r"\s+(?:the\s+|its\s+|their\s+)?(?:(?:positions?|factions|fighters|members|units)\s+of\s+(?:the\s+)?)?$"
)

_NON_AGENT_RIGHT_RE = re.compile(
    r"^\s*(?:[’']s\s+)?(?:(?:factions|forces|fighters|militias|units|members|troops)[’']\s+)?(?:(?:military\s+)?(?:patrols?|vehicles?|cars?|positions?|sites?|targets?|posts?|checkpoints?|bases?|convoys?|headquarters|cells?|hideouts?|prisons?|detainees)\b)"
    # the party that holds or held a place: "the group's former stronghold", "ISIS-held areas"
    r"|^(?:[’']s|-held)\s+(?:(?:former|last|main|de facto|self-declared|self-proclaimed)\s+)?"
    r"(?:strongholds?|bastions?|territor(?:y|ies)|areas?|capital|enclaves?|pockets?|holdouts?|caliphate)\b"
    # "the IS-held town of X", "a Turkish-controlled village": who holds the place hit, not who struck it
    r"|^-(?:held|controlled|occupied|run)\s+(?:[\w-]+\s+)?(?:towns?|villages?|city|cities|areas?|districts?|neighbou?rhoods?|"
    r"countryside|regions?|parts?|side|bank|territor(?:y|ies)|zones?|enclaves?|pockets?|strongholds?)\b",
    re.IGNORECASE,
)

# The patient of a passive or of "came under fire": "Russian patrols were targeted by", "the SDF was attacked by",
# "Turkish troops came under attack".
_PASSIVE_PATIENT_RIGHT_RE = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:(?:military\s+)?(?:police\s+)?(?:patrols?|vehicles?|convoys?|positions?|posts?|bases?|forces|troops|"
    r"fighters|members|soldiers|personnel)\s+)?"
    # ("US troops stationed near X came under rocket fire", "US forces in Syria were attacked")
    r"(?:(?:(?:stationed|based|deployed)\s+)?(?:in|at|near|around)\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?)?"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|being|came|come|comes)\s+(?:\w+\s+)?"
    r"(?:targeted|attacked|hit|struck|ambushed|shelled|bombed|stormed|raided|under\s+(?:heavy\s+|intense\s+)?"
    r"(?:(?:rocket|mortar|drone|artillery|sniper|small[- ]arms)\s+)?(?:fire|attacks?|shelling))\b"
    # a headline's participle: "Asayish patrol attacked last night", "SDF checkpoint targeted in X"
    r"|^\s*(?:(?:military\s+)?(?:police\s+)?(?:patrols?|checkpoints?|vehicles?|convoys?|positions?|posts?|bases?))\s+"
    r"(?:attacked|targeted|ambushed)(?=\s*(?:[,.;:]|$|(?:by|in|near|on|at|last|yesterday|today|overnight|this)\b))",
    re.IGNORECASE,
)

# Counted people of a party are victims or captives, not the agent: "two SDF fighters died", "12 ISIS members".
_COUNTED_PEOPLE_RE = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:[’']s\s+)?(?:members|fighters|militants|soldiers|militiamen|troops|personnel|elements|commanders?|"
    r"fighter|member|soldier|militiaman)\b",
    re.IGNORECASE,
)

# counted people who act: "Dozens of IS fighters launched an attack" (not "two ISIS members killed", a headline's passive)
_COUNTED_AGENT_RIGHT_RE = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:[’']s\s+)?[a-z]+\s+(?:also\s+|then\s+)?"
    r"(?:launched|attacked|stormed|raided|ambushed|opened fire|fired|detonated|carried out|shelled|infiltrated"
    # one of them killing someone: "an SDF fighter shot dead a civilian"
    r"|shot\s+(?:dead|and\s+killed|a|an|two|three|the)|gunned\s+down|stabbed|executed)\b",
    re.IGNORECASE,
)

# a party's people named inside its phrase ("US soldiers", "Turkish troops"), counted: "among them two US soldiers"
_PEOPLE_END_RE = re.compile(r"(?:soldiers|troops|fighters|militiamen|members|personnel|servicemen|service members)$", re.IGNORECASE)
_COUNTED_PEOPLE_AGENT_RIGHT_RE = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:also\s+|then\s+)?"
    r"(?:launched|attacked|stormed|raided|ambushed|opened fire|fired|detonated|carried out|shelled|infiltrated)\b",
    re.IGNORECASE,
)

_COUNT_LEFT_RE = compile_guarded(
    r"(?:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|"
    r"dozens of|scores of|several|many)|\d)\s+(?:the\s+)?(?:suspected\s+|alleged\s+|other\s+|more\s+)?"
    r"(?:[\w.]+-(?:backed|led)\s+)?$",
    re.IGNORECASE,
)

# A speaker, also with an apposition or relative clause before the verb: "the SDF, the Kurdish-led force, said".
_SPEAKER_RIGHT_RE = re.compile(
    # ("the Asayish security force said", "the Asayish police said": the force's own word for itself)
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:(?:(?:internal\s+)?security\s+(?:forces?|services?)|police|forces|members|units|patrols?|personnel)\s+)?"
    r"(?:,\s*[^.;,]{1,80},\s*|\s+(?:that|which|who)\s[^.;,]{1,80},\s*)?"
    # a speaker named by a title and a name: "SDF commander Siamand Ali told", "the SDF's spokesman said"
    r"(?:(?:[’']s\s+)?(?:general\s+|deputy\s+|military\s+|media\s+|official\s+)?(?:commander|spokes(?:man|woman|person)|"
    r"official|leader|chief|officer|media office|media center|centre|center|command|"
    # one of its people who saw the event: "an SDF medic said", "SDF sources told"
    r"medic|doctor|sources?|correspondent|field commander)s?\s+(?:[A-Z][\w’'-]*\s+){0,3})?"
    r"(?:(?:later|also|earlier|previously|then|officially|has|have|had)\s+)?"
    # (the plural present of headlines too: "Kurdish-led forces say Turkish drone kills three")
    r"(?:said|says|say|reported|report|reports|told|tell|tells|stated|states|announced|announce|announces|claimed|"
    r"added|noted|confirmed|confirm|confirms|denied|deny|denies|alleged|allege|alleges"
    # the accuser is no agent: "the SDF accused Turkey of killing two civilians"
    r"|accused|accuses|accuse|accusing|blamed|blames|blame|blaming"
    # the party that found the dead did not kill them: "the Asayish found the body of a refugee"
    r"|found|discovered|recovered|retrieved"
    # its statement on the event, and the regret a military's release opens with: "CENTCOM statement on rocket attack",
    # "Coalition forces regret to report that two soldiers were killed"
    r"|(?:press\s+)?(?:statement|release)\s+(?:on|about|regarding|over)|regrets?\s+to\s+(?:report|announce|inform))\b",
    re.IGNORECASE,
)

# The party accused of or blamed for the event: "the SDF accused Turkey of killing", "blamed ISIS cells for the blast".
_ACCUSED_LEFT_RE = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|h[eo]ld(?:s|ing)?)\s+[“\"]?(?:the\s+)?$", re.IGNORECASE)
# The party the event is put down to: "with SOHR attributing it to the coalition", "a blast blamed on ISIS".
_ATTRIBUTED_TO_LEFT_RE = compile_guarded(
    r"\b(?:attribut(?:ed|es|ing)\s+(?:it\s+|them\s+|the\s+\w+\s+)?to|blamed\s+on)\s+(?:the\s+)?$", re.IGNORECASE
)
_ACCUSED_OF_RIGHT_RE = re.compile(
    r"^\s*(?:(?:(?:sleeper\s+)?cells?|forces|fighters|militants|members|troops|army|factions|drones?)\s+)?(?:of|for|(?:fully\s+)?responsible)\b", re.IGNORECASE
)

# The text names the unknown attackers' party: "unknown gunmen believed to be ISIS cells".
_BELIEVED_LEFT_RE = compile_guarded(
    # ("a suspected ISIS man" is a person of the party, the target: not "gunmen suspected to be ISIS")
    # ("said"/"reported" only with "to be": "sources said the SDF had fired first" tells what a speaker said)
    # (a likelihood is as good a reserve: "masked men, very likely to be of ISIS,")
    r"\b(?:(?:believed|thought|(?<!\ba )(?<!\ban )(?<!\bthe )suspected|reportedly)\s+(?:to\s+(?:be|belong)\s+)?|(?:said|reported)\s+to\s+(?:be|belong)\s+"
    r"|(?:(?:most|very)\s+)?likely\s+to\s+(?:be|belong)\s+"
    # (an adverb of likelihood alone after the unknown attackers: "unknown gunmen, most likely ISIS cells,",
    # "unidentified gunmen, probably from ISIS,", "most likely members of the IS group")
    r"|,\s*(?:(?:most|very)\s+)?(?:likely|probably|presumably)\s+)(?:(?:members|part|affiliated|linked|"
    r"loyal)\s+(?:of|to|with)\s+|(?:cells|members|militants|fighters)\s+(?:of|from)\s+|of\s+|from\s+|to\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)

# An actor phrase that is itself an event noun ("the Turkish attacks", "Russian airstrikes") owns that event even
# after "of" ("a continuation of the Turkish attacks").
_EVENT_NOUN_END_RE = compile_guarded(
    r"(?:attacks?|strikes?|shelling|bombardment|bombing|offensive|drones?|warplanes|jets|aircraft|artillery)$", re.IGNORECASE
)

# where a party said it, told between its verb and what it did: "the command said in a brief statement it had carried out ..."
_IN_A_STATEMENT = r"(?:in\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|briefing)\s+(?:on\s+\w+\s+)?)?"

_CLAIM_RIGHT_RE = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:,\s*[^.;,]{1,80},\s*)?(?:\w+\s+)?(?:claimed|claims|claim|has claimed|have claimed|took) (?:responsibility|(?:(?:the|an?|this|that|both|the two|its|their) )?(?:[\w-]+ )?(?:attack|strike|bombing|operation|assault|killing|assassination|ambush|explosion|blast))"
    # "ISIS said it was responsible", "the group claimed it had targeted"
    r"|^\s*(?:\([^)]{1,40}\)\s*)?(?:said|says|announced|claimed|claims|stated)\s+(?:that\s+)?(?:it|they)\s+(?:was|were|is|are)\s+(?:responsible|behind)\b"
    # "an ISIS cell was behind the bombing", "ISIS militants were responsible for the attack"
    r"|^\s*(?:(?:cells?|fighters|militants|members|elements|forces)\s+)?(?:was|were|is|are)\s+(?:(?:reportedly|allegedly|likely|probably|believed\s+to\s+be)\s+)?"
    r"(?:behind|responsible\s+for)\b"
    # (also past an apposition: "the Islamic Resistance in Iraq, a coalition of armed groups close to Iran, claimed it had hit")
    r"|^\s*(?:\([^)]{1,40}\)\s*)?(?:,\s*[^.;,]{1,80},\s*)?(?:(?:later|also|subsequently|quickly|swiftly|soon)\s+)?(?:claimed|claims)\s+(?:that\s+)?(?:it|they|its|their)\b"
    # a party reporting its own action: "Central Command said its forces struck"
    r"|^\s*(?:\([^)]{1,40}\)\s*)?(?:said|says|announced|confirmed|stated)\s+(?:on\s+\w+\s+)?" + _IN_A_STATEMENT + r"(?:that\s+)?(?:one\s+of\s+)?(?:its|their)\s+(?:forces|troops|aircraft|jets|warplanes|drones|fighters)\b"
    # ... or itself, in the active voice: "the coalition said it had carried out 22 strikes", "Turkey said it struck",
    # "the SDF said it had arrested a cell leader"
    # (also past an apposition: "the Islamic Resistance in Iraq, an umbrella of Iran-aligned groups, said it had targeted")
    r"|^\s*(?:\([^)]{1,40}\)\s*)?(?:,\s*[^.;,]{1,80},\s*)?(?:said|says|announced|confirmed|stated)\s+(?:on\s+\w+\s+)?" + _IN_A_STATEMENT + r"(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:also\s+)?(?:carried out|conducted|launched|struck|hit|killed|targeted|shelled|bombed|raided|ambushed|attacked|destroyed|"
    r"neutrali[sz]ed|arrested|captured|detained)\b",
    re.IGNORECASE,
)

# An actor that is the subject of a verb of violence: "ISIS cells attacked", "IS fighters launched", "the SDF shelled"
# (not "... hit by", which is passive).
_SUBJECT_RIGHT_RE = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:[’']s\s+)?(?:(?:cells?|fighters|militants|members|elements|gunmen|forces|troops|soldiers|jihadists)\b\s*)?"
    # a relative clause between the subject and its verb: "ISIS cells, which are active in the area, killed"
    r"(?:,\s*(?:which|who|whose)\s[^.;,]{1,80},\s*)?"
    r"(?:(?:have|has|had)\s+)?(?:also\s+|later\s+|then\s+|reportedly\s+)?"
    r"(?:attacked|launched|carried out|conducted|fired|opened fire|shot|killed|shelled|struck|targeted|stormed|raided|ambushed|detonated|"
    r"bombed|hit|pounded|executed|assassinated|abducted|kidnapped|stabbed|beheaded|gunned\s+down)\b(?!\s+by\b)",
    re.IGNORECASE,
)

# A party that took ground, the subject of its verb: "the SDF took control of X", "regime forces captured X".
_CAPTURE_RIGHT_RE = re.compile(
    r"^\s*(?:(?:cells?|fighters|militants|members|units|forces|troops|soldiers)\b\s*)?(?:(?:have|has|had)\s+)?"
    r"(?:also\s+|later\s+|then\s+|reportedly\s+)?"
    r"(?:captured|seized|recaptured|retook|retaken|liberated|overran|took\s+(?:full\s+|complete\s+)?control)\b(?!\s+by\b)",
    re.IGNORECASE,
)

# The actor among the dead or wounded: "killed six fighters of the U.S.-backed Syrian Democratic Forces".
_VICTIM_LEFT_RE = compile_guarded(
    # (not past a conjunction: "were wounded when a drone of the occupation state hit ..."; not the cause:
    # "injured as a result of the Turkish shelling", "killed because of ISIS mines")
    # (a subset after its comma is still among the victims: "killing four people, among them a fighter of a faction")
    # ("killing six people, most of them members of X", "mostly fighters of X": the share told after the comma too)
    r"\b(?:killed|killing|kills|wounded|wounding|wounds|injured|injuring|injures)\s+(?:(?!(?:by|when|as|after|while|during|because|due|result|between|against)\b)"
    r"[\w’'-]+(?:\s+|,\s+(?=(?:among|including|most|mostly|many|mainly|all|some)\s))){0,9}?"
    # ("killing a commander in the YPG": a rank or member "in" the party)
    r"(?:of|from|(?<=commander )in|(?<=commanders )in|(?<=member )in|(?<=members )in|(?<=fighter )in|(?<=leader )in|(?<=official )in|(?<=officer )in"
    # the party named in the victims' apposition: "injuring nine, including SDF members", "among them YPG fighters"
    r"|(?<=,\s)(?:including|among\s+them|mostly|mainly)|(?<=,\s)(?:most|many|all|some)\s+of\s+them)"
    r"\s+(?:the\s+|an?\s+)?(?:[\w.]+-(?:backed|led)\s+)?$"
    # the people a bomber blew himself up among: "detonated his vest among members of the YPG", "amid a gathering of"
    r"|\b(?:among|amid|in\s+the\s+midst\s+of)\s+(?:an?\s+(?:group|gathering|crowd)\s+of\s+)?(?:the\s+)?"
    r"(?:fighters|members|soldiers|troops|recruits|militiamen|personnel|guards)\s+(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# An ally named right after the agent as its support: "the SDF, backed by coalition helicopters,", "an SDF patrol
# supported by the International Coalition", "US forces, in cooperation with the SDF,", "SDF and Coalition forces".
_SUPPORT_GAP_RE = re.compile(
    r"\)?\s*(?:\([^)]{1,40}\)\s*)?(?:\u0648)?,?\s*(?:(?:patrols?|forces|troops|fighters|units?|members|cells)\s+)?(?:(?:backed|supported|assisted|aided|helped|escorted|accompanied|covered)\s+by"
    r"|(?:with|under)\s+(?:the\s+)?(?:air\s+)?(?:support|backing|cover|help|participation)\s+(?:of|from)"
    r"|in\s+(?:cooperation|coordination|conjunction|partnership)\s+with|in\s+an?\s+joint\s+(?:[\w-]+\s+)?with"
    r"|(?:together|along|jointly)\s+with|alongside|and"
    # the party reporting its own forces' joint action: "the coalition said its forces and the SDF killed"
    r"|said\s+(?:that\s+)?(?:its|their)\s+(?:forces|troops|fighters|aircraft)\s+and)"
    r"\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[A-Za-z’'-]+\s+){0,3}",
    re.IGNORECASE,
)

# between the event and a party: the party did what the event answered ("The shelling came in response to an
# infiltration by SDF members")
_RESPONSE_RE = compile_guarded(r"\b(?:" + ANSWERED_EVENT_WORDS + r")\b", re.IGNORECASE)

# a support phrase anywhere after the agent, up to its ally: "..., backed by coalition helicopters", "with the air
# support of the coalition"
_SUPPORT_PHRASE_RE = compile_guarded(
    r"\b(?:(?:backed|supported|assisted|covered|accompanied|escorted)\s+by|with\s+(?:the\s+)?(?:air\s+)?(?:support|backing|cover|help|participation)\s+(?:of|from)"
    r"|in\s+(?:cooperation|coordination)\s+with)\s+(?:the\s+|an?\s+)?",
    re.IGNORECASE,
)

# The owner of the weapon that struck is the agent: "a drone belonging to the Turkish army", "a drone of the occupation
# state", "warplanes of the coalition" (not "a car belonging to the SDF", the object hit).
# (the words of allegiance between fighters and their party: "gunmen affiliated with ISIS", "militants loyal to the SDF")
_ALLEGIANCE = r"affiliated\s+(?:with|to)|linked\s+to|belonging\s+to|loyal\s+to"
_WEAPON_OWNER_LEFT_RE = CaseFoldedPattern(
    r"\b(?:drones?|warplanes?|(?:war)?planes|aircraft|jets|helicopters?|artillery|tanks?|gunboats?)\s+"
    r"(?:belonging\s+to|of|owned\s+by|operated\s+by)\s+(?:the\s+)?$"
    # ... with the owner told with reserve: "a drone, most likely belonging to the Turkish army"
    r"|\b(?:drones?|warplanes?|(?:war)?planes|aircraft|jets|helicopters?)\s*,?\s*(?:most\s+|very\s+)?(?:likely|probably|reportedly|apparently|possibly)\s+"
    r"(?:belonging\s+to|owned\s+by|operated\s+by)\s+(?:the\s+)?$"
    # ... or in a relative clause: "guards downed a drone which probably belonged to the army"
    r"|\b(?:drones?|warplanes?|(?:war)?planes|aircraft|jets|helicopters?)\s*,?\s*(?:that|which)\s+(?:(?:most\s+|very\s+)?(?:likely|probably|reportedly|apparently|possibly)\s+)?"
    r"(?:belonged|belongs)\s+to\s+(?:the\s+)?$"
    # the shooters of the fire that hit: "wounded by gunfire from ISIS cells", "bullets of the regime forces", "shells
    # fired from Turkish bases"
    r"|\b(?:gunfire|fire|bullets|shots|shells|shelling|rockets|missiles|mortars)\s+(?:(?:fired\s+)?from|of)\s+(?:the\s+|an?\s+)?$"
    # the holder of the positions the fire came from: "shells fell from positions held by Turkish-backed factions"
    r"|\bfrom\s+(?:the\s+)?(?:positions?|areas?|posts?|bases?|territor(?:y|ies)|points?|sites?)\s+(?:held|controlled|occupied|manned|run)\s+by\s+(?:the\s+)?$"
    # the party of the unnamed attackers: "gunmen affiliated with ISIS", "a suicide bomber from the Islamic State"
    r"|\b(?:gunm[ae]n|(?:suicide\s+)?attackers?|assailants|(?:suicide\s+)?bombers?)\s+(?:" + _ALLEGIANCE + r"|from)\s+(?:the\s+)?$",
)

# between unnamed attackers and the party they belong to: "gunmen of the QSD", "gunmen affiliated with ISIS"
_ATTACKERS_PARTY_GAP_RE = re.compile(
    r"\s+(?:of|from|" + _ALLEGIANCE + r"|(?:believed|thought|suspected)\s+to\s+be)\s+(?:the\s+)?",
    re.IGNORECASE,
)

# fighters of a party named by their allegiance, as the subject of a violent verb: "militants loyal to ISIS attacked"
_AFFILIATED_LEFT_RE = compile_guarded(
    r"\b(?:militants|fighters|members|elements|men|gunmen|cells|groups|militiamen)\s+"
    r"(?:" + _ALLEGIANCE + r")\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# a party phrase that opens with the reserve ("believed to be Turkish"): it names the unidentified weapon's owner
_RESERVED_PARTY_RE = re.compile(r"(?:said|believed|thought|suspected|reported)\s+to\s+be\b", re.IGNORECASE)
# ... right after the weapon ("a drone, believed to be Turkish"; not "two men believed to be Turkish soldiers")
_RESERVED_WEAPON_LEFT_RE = re.compile(
    r"\b(?:drones?|warplanes?|jets?|aircraft|planes?|helicopters?|strikes?|airstrikes?|missiles?|rockets?|shells?)\s*,?\s*$",
    re.IGNORECASE,
)

# A death under torture: the party holding the prison or the detainee is the agent ("in the prisons of the SDF",
# "in regime prisons", "after his arrest by the Asayish").
_TORTURE_RE = compile_guarded(r"\btortur", re.IGNORECASE)
_JAILER_LEFT_RE = compile_guarded(
    r"\b(?:prisons?|jails?|detention\s+(?:centres?|centers?|facilities?)|custody|cells)\s+(?:run\s+by|held\s+by|of)\s+(?:the\s+)?$"
    r"|\b(?:arrested|detained|abducted|kidnapped|arrest|detention|abduction)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_JAIL_RIGHT_RE = re.compile(
    r"^\s*(?:[’']s\s+)?(?:prisons?|jails?|detention\s+(?:centres?|centers?|facilities?)|custody|security\s+branch(?:es)?)\b",
    re.IGNORECASE,
)

# the party owning the event word by a possessive: "as a result of the Turkish occupation's bombardment"
_OWNED_EVENT_RIGHT_RE = re.compile(
    r"^[’']s\s+(?:[\w-]+\s+)?(?:bombardment|shelling|attacks?|strikes?|air\s?strikes?|drones?|artillery|bombing|offensive|"
    r"warplanes|jets|aircraft|gunfire|shells|rockets|missiles)\b",
    re.IGNORECASE,
)

_CLOSING_QUOTE_RE = re.compile(r'^["”]')

_OF_LEFT_RE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)

_BY_GAP_RE = re.compile(r"\s+by\s+(?:the\s+|an?\s+)?", re.IGNORECASE)

_BY_LEFT_RE = compile_guarded(r"\bby\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)

_ALIAS_LEFT_RE = compile_guarded(r"\s*[(“\"](?:al-)?$|,\s+or\s+(?:the\s+)?$", re.IGNORECASE)

_PARENTHESIS_RE = re.compile(r"^\s*\([^)]{1,40}\)")

# A clause that opens with its conjunction before the party ("and the SDF responded by shelling X", cut from the event
# before it): the party is the subject of the clause's verb, not one of a list of parties hit.
_OPENING_CONJUNCTION_RE = re.compile(r"\W{0,3}(?:and|but|while)\s+(?:the\s+)?", re.IGNORECASE)
_AND_LEFT_RE = re.compile(r"[\w)”\"]\s+and\s+(?:the\s+)?$", re.IGNORECASE)

_PARTY_LEFT_RE = compile_guarded(r"\b(?:with|and|between|against)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)

_VICTIM_RIGHT_RE = re.compile(
    r"^\s*(?:fighters?|militants?|members?|soldiers?|troops|personnel|commanders?|militiam[ae]n)\s+"
    r"(?:(?:who|that)\s+)?(?:(?:were|was|have been|has been|had been)\b"
    # (not the progressive, an active verb: "SDF fighters were battling ISIS", "troops have been pushing into X"; but
    # "were being held", a passive, and "were missing", the lost)
    r"(?!\s+(?:still\s+|now\s+|also\s+)?(?!being\b|missing\b)[a-z]{2,}ing\b)|died\b|succumbed\b)"
    # a headline's participle with no object after it: "SDF commander assassinated in X", "ISIS leader killed near
    # Y", "Asayish member shot dead": the party's man harmed, not an agent (an object after it, "SDF fighters killed
    # two militants", is the active verb)
    r"|^\s*(?:(?:senior|top|prominent|local|former|military|field)\s+)?(?:fighters?|militants?|members?|soldiers?|"
    r"commanders?|leaders?|officials?|officers?|emirs?|militiam[ae]n)\s+"
    # (not a bare "shot", whose "at" is the active verb's target: "SDF soldiers shot at a car")
    r"(?:assassinated|killed|wounded|injured|executed|kidnapped|abducted|shot\s+dead)"
    r"(?=\s*(?:[,.;:|]|$|(?:in|near|at|on|by|after|during|when|while|as|outside|inside|east|west|north|south|"
    r"last|yesterday|today|overnight)\b))"
    # (nor the active verb whose counted object follows a short place or time: "ISIS militants executed on Monday a
    # shepherd", "SDF fighters killed in Hajin three militants")
    r"(?!\s*(?:in|near|at|on|last|yesterday|today|overnight)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:an?|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens|scores)\s)",
    re.IGNORECASE,
)

#: A party (or its people) in a progressive that a "when" interrupts ("soldiers were searching a house when a mine went
#: off", "regime troops were manning a checkpoint when a drone hit it"): the backdrop of what hit them when the event words follow the "when" (:func:`_skipped`), not its agent.
_INTERRUPTED_PROGRESSIVE_RIGHT_RE = re.compile(
    r"^\s*(?:(?:fighters?|militants?|members?|soldiers?|troops|personnel|commanders?|militiam[ae]n)\s+)?"
    r"(?:were|was)\s+(?:still\s+|also\s+)?[a-z]{2,}ing\b[^.;]{0,100}?\bwhen\b",
    re.IGNORECASE,
)

#: A verb of fighting right before a party, its object: the foe fought ("troops fought Islamic State in X", "SDF
#: fighters were battling IS", "fighters battled the YPG", "fighting off ISIS cells"), never its agent, also when the
#: event words hold both the verb and the party ("fought ISIS", one trigger); so is the side beaten in a battle for
#: ground ("declared victory over IS", "after driving ISIS from the town", "ousting the jihadists").
_FOE_LEFT_RE = compile_guarded(
    r"\b(?:fought|battled|battling|fighting\s+(?:against|off)|victor(?:y|ies)\s+over|defeat\s+of|defeat(?:ed|ing)|"
    r"dr(?:ove|iven|iving)|oust(?:ed|ing)|expell(?:ed|ing)|flush(?:ed|ing)|rout(?:ed|ing)|dislodg(?:ed|ing)|evict(?:ed|ing))\s+"
    r"(?:(?:the|rival|remaining|last|[\w.]+-(?:backed|led|allied))\s+){0,2}$",
    re.IGNORECASE,
)

#: A party phrase that ends with its aircraft or their strikes ("coalition air strikes", "Russian warplanes",
#: "coalition bombardment"), or the words after a party that name them ("US-led air strikes", "coalition's jets").
_AIR_WEAPON = (
    r"(?:air\s*strikes?|air\s*raids?|aircraft|warplanes|war\s*planes|(?:fighter\s+)?jets|planes|drones?|helicopters|"
    r"gunships|bombardment|bombing|air\s+(?:support|cover|power))"
)
_AIR_WEAPON_END_RE = compile_guarded(r"\b" + _AIR_WEAPON + r"$", re.IGNORECASE)
_AIR_WEAPON_RIGHT_RE = re.compile(r"^(?:[’']s)?\s*(?:(?:heavy|intense|overnight)\s+)?" + _AIR_WEAPON + r"\b", re.IGNORECASE)
#: Between the air power and a clash's event word it is the subject of: nothing but its aircraft ("US helicopters
#: exchanged fire with", "regime helicopters fought"): the air power is a side of that fight.
_AIR_SUBJECT_GAP_RE = re.compile(r"(?:(?:[’']s)?\s*(?:(?:heavy|intense|overnight)\s+)?" + _AIR_WEAPON + r")?\s*", re.IGNORECASE)

#: The raided side's fire on the raiders, told after a party: "(cell) opened fire on the force", "members fired at our
#: forces", "resisted the patrol" (not the raiders' fire on the raided side's men: "troops opened fire on the fighters
#: inside", "commandos fired at the members of the cell"; only "our" fighters are the raiders).
_FIRED_ON_THE_RAIDERS_RIGHT_RE = re.compile(
    r"^\s*(?:[’']s\s+)?(?:[\w-]+\s+){0,3}?(?:opened\s+fire\s+(?:on|at)|fired\s+(?:on|at)|shot\s+at|resisted|confronted)\s+"
    r"(?:our\s+(?:fighters|members)|(?:the\s+|our\s+|its\s+)?(?:raiding\s+|joint\s+|security\s+)?"
    r"(?:force|forces|patrol|raiders|troops|unit))\b",
    re.IGNORECASE,
)
#: A subordinate clause of a raid's own course, between the raid and a party named after it: "carried out an operation
#: in X, during which an ISIS cell ...", "a raid in which".
_DURING_THE_RAID_RE = compile_guarded(r"\b(?:during|in)\s+which\b", re.IGNORECASE)

#: A relative clause on a place whose subject is a party, in the pluperfect: what the party had done there before
#: ("Manbij, the town that IS had governed", "the stadium, which IS had turned into a jail", "the village, where
#: ISIS had laid mines"): the place's past, not the agent of the event told (not "a bomb that ISIS had planted", whose
#: noun is no place).
_PLACE_RELATIVE_LEFT_RE = compile_guarded(
    r"(?:\b(?:city|town|village|area|region|territory|capital|stronghold|enclave|neighbou?rhood|district|camp|prison|"
    r"stadium|hospital|base|field|pocket|bastion))\s*,?\s+(?:that|which|where)\s+(?:the\s+)?$"
)
_PLUPERFECT_RIGHT_RE = re.compile(
    r"^\s*(?:group\s+|militants\s+|fighters\s+|jihadists\s+)?(?:had|once)\b"
    # (not a deed done to what the event words name, told by a pronoun: "a bomb went off in the village, where ISIS had
    # hidden it": the event's own agent)
    r"(?!\s+(?:\w+\s+){0,2}?(?:it|them)\b)",
    re.IGNORECASE,
)

# A party whose vehicle or patrol set off a mine is its victim: "an SDF patrol hit a landmine", "a Russian patrol
# ran over an IED", "an Asayish car struck a mine".
_MINE_VICTIM_RIGHT_RE = re.compile(
    r"^\s*(?:(?:patrols?|vehicles?|cars?|convoys?|trucks?|military\s+vehicles?|pick-?ups?|members?|fighters?|"
    r"soldiers?|troops|personnel|units?)\s+)?(?:(?:had|has)\s+)?"
    r"(?:hit|struck|ran\s+over|runs\s+over|stepped\s+on|drove\s+over|triggered|set\s+off)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:land)?(?:mines?|ieds?|explosive\s+devices?|roadside\s+bombs?)\b",
    re.IGNORECASE,
)

_AGENT_VERB_RE = compile_guarded(
    r"\b(?:carried out|carries out|launched|launches|conducted|conducts|struck|strikes|targeted|shelled|bombed|attacked|fired|stormed|raided|pounded|hit|killed|clashed|detonated|executed|opened fire)\b",
    re.IGNORECASE,
)

_TARGET_VERB_RE = CaseFoldedPattern(
    r"\b(?:targeted|targeting|targets|hit|hits|hitting|struck|striking|shelled|shelling|bombed|bombing|pounded|pounding|stormed|storming|"
    r"raided|raiding|attacked|attacking|destroyed|destroying|"
    r"(?:attacks?|strikes?|air ?strikes?|raids?|assaults?|fire|shelling|bombing|bombardment|explosion|blast|exploded|went off|detonated|landed|fell|"
    r"rockets|missiles|shells|mortars|drones?|fired|shot|grenades?|thrown|hurled|lobbed)"
    # "an attack by ISIS members on positions of regime forces": the attacker named between the noun and its object
    # (up to eight words: "an assault by the occupying Turkish army and its allied factions on our posts")
    r"(?:\s+by\s+(?:[\w’'-]+\s+){0,7}?[\w’'-]+)?"
    r"\s+(?:on|against|at|near|inside|in|towards?))\s+",
)

#: A share of what was hit, named before it: "one of", "two of", "a number of", "several of".
_SHARE_OF_RE = re.compile(
    r"(?:one|two|three|four|five|some|several|many|a\s+number|a\s+group|dozens|scores|each|all|most|parts?)\s+of\s+",
    re.IGNORECASE,
)

_TARGET_WORD_RE = re.compile(r"[A-Za-z][A-Za-z’'-]*")

_TARGET_STOP = frozenset(
    "in near between at on of with and or killing causing which that when after before during by from into as while, leaving wounding injuring".split()
)

_DETERMINERS = frozenset(
    "a an the several two three four five six some its their his her a number of many multiple various".split()
)

@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    name: str

def _actor_mentions_as_found(text: str) -> Iterator[ActorMention]:
    """The actor mentions of a text, normalised (``Daesh`` -> ``ISIS``), as they are found: the word-list scanner's
    in text order, then the case-sensitive names' that stand inside no mention found before. Lazy, so that a caller
    looking for one party stops at it. (The characters inside a mention are marked, so that testing whether a match
    stands inside one is a look-up, not a scan of every mention found: linear.)"""
    taken: list[tuple[int, int]] = []
    for start, end, name in ACTOR_SCANNER.finditer(ascii_lower(text)):
        if name == AS_WRITTEN:
            name = " ".join(text[start:end].lower().split())
        taken.append((start, end))
        yield ActorMention(start, end, name)
    inside: bytearray | None = None  # 1 at each character inside a mention found (made when first needed)
    for pattern, name, literal in GATED_CASE_SENSITIVE_ACTOR_RES:
        if literal not in text:
            continue  # (no match can be there: a cheap test before the search)
        for match in pattern.finditer(text):
            if inside is None:
                inside = bytearray(len(text))
                for start, end in taken:
                    inside[start:end] = b"\x01" * (end - start)
            if not inside[match.start()]:
                # (a later match inside it is not a mention)
                inside[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
                yield ActorMention(match.start(), match.end(), name)


# (remembered for the last few texts: the stages of one document ask for the parties of one clause or evidence span
# up to three times, the agent, the hit's naming, the evidence's actor; each scan is of the whole text. Few: a
# document's own repeats, not other documents' equal sentences)
@lru_cache(maxsize=8)
def _actor_mentions_of(text: str) -> tuple[ActorMention, ...]:
    """:func:`find_actor_mentions` of ``text``, as a tuple (shared between callers: never changed)."""
    return tuple(sorted(_actor_mentions_as_found(text), key=lambda m: m.start))


def find_actor_mentions(text: str) -> list[ActorMention]:
    """All actor mentions in a text, normalised (``Daesh`` -> ``ISIS``), in text order."""
    return list(_actor_mentions_of(text))


def names_actor(text: str, name: str) -> bool:
    """Whether :func:`find_actor_mentions` of ``text`` holds a mention of ``name``."""
    return any(mention.name == name for mention in _actor_mentions_of(text))

#: How firmly a clause names its agent (:func:`attested_actor`): the subject of a violent verb, the party next to
#: the event word, the agent of "by" or a claim of responsibility; below it, a party only named near the event.
FIRM_ACTOR = 6.5
#: The score of a clash's party named only as the other side ("clashes with the SDF", "fighting against ISIS"): the
#: actor when the clause names no other, which a side telling the fight as its own outranks (:func:`own_fight_reporter`).
OTHER_SIDE_ONLY = 1.0
#: The score of a party only named after the event word, tied to it by no verb or "by" ("clashes between the SDF and
#: tribal fighters"): at most this, less the distance.
NAMED_AFTER_ONLY = 2.0


def choose_actor(text: str, hit: TriggerHit, excluded: Sequence[tuple[int, int]] = ()) -> str | None:
    """The perpetrator of the event at ``hit`` (see :func:`attested_actor`)."""
    return attested_actor(text, hit, excluded)[0]


def attested_actor(text: str, hit: TriggerHit, excluded: Sequence[tuple[int, int]] = ()) -> tuple[str | None, float]:
    """The perpetrator of the event at ``hit`` and how firmly the clause names it (see :func:`attested_agent`)."""
    actor, score, _ = attested_agent(text, hit, excluded)
    return actor, score


def attested_agent(
    text: str, hit: TriggerHit, excluded: Sequence[tuple[int, int]] = ()
) -> tuple[str | None, float, bool]:
    """The perpetrator of the event at ``hit``: the actor next to the event word ("US-led airstrike",
    "strikes by Russian jets") or the subject of a violent verb ("ISIS cells attacked"), else the nearest actor
    before it, else one after it. Actors in object position ("targeted an Asayish patrol", "fighting Daesh",
    "ISIS positions", "a car belonging to the SDF"), among the victims ("killed six fighters of the SDF") or only
    reporting ("the SDF said in its statement") are skipped, with their bracketed aliases; so are actors in
    another part of a headline or a bulletin's line: across a bar always ("Iran-backed militias | Drone targets a
    car"), across a semicolon when their own part tells no deed of theirs ("Russian patrol in X; a shell kills a boy").

    Convention for unnamed attackers (the unnamed rows of ``lexicon._ACTORS``): attackers of no party
    ("unidentified gunmen", "a gunman", "unknown assailants", "armed men"), an unidentified weapon ("an unidentified
    drone") or no actor at all give None; a word that says which side they were on or what they fought for
    ("tribal gunmen", "insurgents") is kept as written, lower-cased, so the record says what the text says.
    Canonical names (``lexicon.NAMED_ACTORS``) are used for named parties.

    Returns the actor, how firmly the clause names it (``FIRM_ACTOR`` or more for the subject of a violent verb,
    the party next to the event word, the agent of "by" and a claim; less for a party only named near it), and
    whether the clause names its agent firmly as attackers of no party ("gunmen opened fire on a checkpoint",
    "an attack by unknown assailants"): then the actor is None, and no side of the fight stands in for it."""
    best: tuple[float, str, int] | None = None
    # the party the event is put down to ("blaming ISIS cells for the attack"): it outranks attackers the text
    # leaves unnamed ("killed by gunmen"), never a party named as the agent
    alleged: tuple[float, str, int] | None = None
    mentions = find_actor_mentions(text)
    skipped_end = -1  # where the last skipped mention ended: its alias in brackets ("Forces (SDF)") is skipped too
    # the first "in response to" after the event word, found once: a search from the event word to each later
    # mention would make a clause with many actor names quadratic (searched only when the clause holds one of its words)
    response = _RESPONSE_RE.search(text, hit.end) if could_match(_RESPONSE_RE, text) else None
    # the bars a headline or a bulletin's line sets between its parts ("Iran-backed militias | Drone targets a militia
    # car"), and its semicolons ("Russian patrol in X; a shell kills a civilian near Y"), found once
    bars = [found.start() for found in _BAR_RE.finditer(text)] if "|" in text else []
    semicolons = [found.start() for found in re.finditer(";", text)] if ";" in text else []
    # the first "during which" after the event word of a raid whose raiders are told before it ("our forces carried out
    # an operation in X, during which ..."), found once for the same reason: a party it names is the side the raid met,
    # while in a raid told without its raiders ("a raid was carried out, during which SDF fighters killed two") it is
    # the raiders
    during_the_raid = (
        _DURING_THE_RAID_RE.search(text, hit.end)
        if hit.trigger.event_type is EventType.RAID
        and ((mentions and mentions[0].end <= hit.start) or names_own_forces(text[: hit.start]))
        else None
    )
    for index, mention in enumerate(mentions):
        if (
            index
            and (
                mention.name not in NAMED_ACTORS
                # "SDF fighters from local tribes": the party's own men, told by the tribes they come from
                or (mention.name == TRIBAL_FIGHTERS and TRIBESMEN_OPENING_RE.match(text, mention.start))
            )
            and mentions[index - 1].name in NAMED_ACTORS
            and not text[mentions[index - 1].end : mention.start].strip()
        ):
            continue  # "Islamic State group jihadists": the head noun of the named party's phrase, not another party
        if (
            index
            and skipped_end == mentions[index - 1].end
            and mention.name == mentions[index - 1].name
            and not text[skipped_end : mention.start].strip()
        ):
            # "a checkpoint of the Asayish internal security forces": the rest of the skipped party's phrase
            skipped_end = mention.end
            continue
        left = text[max(0, mention.start - 30) : mention.start]
        alias = _ALIAS_LEFT_RE.search(left)
        if alias is not None and skipped_end >= 0 and alias.start() + max(0, mention.start - 30) - skipped_end <= 1:
            # its alias: "Forces (SDF)", "Forces “Al-Asayish”"
            skipped_end = mention.end
            continue
        # a party named in quotes, as bulletins write it ('shot by "ISIS" cells', 'fighters thought to be members of
        # the “IS”'): the words before it are read up to its opening quote, so that the quote hides no
        # "by", "of" or "believed to be" (the closing quote is dropped from ``right`` below)
        name_start = _name_start(text, mention)
        left = text[max(0, name_start - 30) : name_start]
        if _REMNANT_LAYER_LEFT_RE.search(text, max(0, name_start - _REMNANT_LAYER_WINDOW), name_start):
            # "an old mine, which had been left behind by ISIS, went off": the remnant's layer, not the blast's agent
            skipped_end = mention.end
            continue
        if _FIRE_ORIGIN_LEFT_RE.found(text, max(0, name_start - 50), name_start):
            # "a mortar round from the regime forces landed on X", "rounds fired from SNA positions": whose fire it was, the
            # agent (the positions named after it are where it came from, not the place hit)
            best = _better(best, 10.0, mention.name, index)
            skipped_end = mention.end
            continue
        # (a party named in quotes, as bulletins write it: '"SDF" members were killed')
        right = _CLOSING_QUOTE_RE.sub("", text[mention.end : mention.end + 120], count=1)
        if _skipped(mention, mentions[index + 1 : index + 2], text, left, right, hit, excluded) or (
            mention.start >= hit.end and response is not None and response.end() <= mention.start
        ):
            skipped_end = mention.end
            continue
        if bars and _broken_off(bars, mention, hit):
            skipped_end = mention.end
            continue  # a party told in another part of the line: "Iran-backed militias | Drone targets ..."
        # (a semicolon leaves a party's own deed joined to the event, "militias arrested two men; one was beaten to
        # death", "a car bomb killed three; ISIS claimed it", but no party merely named beside it)
        apart = bool(semicolons) and _broken_off(semicolons, mention, hit)
        right = _PARENTHESIS_RE.sub("", right)
        if _TORTURE_RE.search(hit.text) and (_JAILER_LEFT_RE.search(left) or _JAIL_RIGHT_RE.match(right)):
            best = _better(best, 10.0, mention.name, index)  # "died under torture in the prisons of the SDF": the jailer
            skipped_end = mention.end
            continue
        if _WEAPON_OWNER_LEFT_RE.found(text, max(0, name_start - 60), name_start):
            if not FLYING_AFTER_RE.match(text, mention.end):  # ("while aircraft of the coalition were flying over")
                best = _better(best, 10.0, mention.name, index)  # "a drone belonging to the Turkish army targeted"
            skipped_end = mention.end
            continue
        if _ATTRIBUTED_TO_LEFT_RE.search(left):
            best = _better(best, 9.0, mention.name, index)  # "with SOHR attributing it to the coalition"
            alleged = _better(alleged, 9.0, mention.name, index)
            continue
        if _ACCUSED_LEFT_RE.search(left) and _ACCUSED_OF_RIGHT_RE.match(right):
            best = _better(best, 9.0, mention.name, index)  # "the SDF accused Turkey of killing ...": the alleged agent
            alleged = _better(alleged, 9.0, mention.name, index)
            continue
        if _RESERVED_PARTY_RE.match(text, mention.start) and _RESERVED_WEAPON_LEFT_RE.search(left):
            best = _better(best, 11.0, mention.name, index)  # "unidentified warplanes, believed to be Israeli,"
            continue
        believed = _BELIEVED_LEFT_RE.search(left)
        if believed is not None:
            believed_at = max(0, name_start - 30) + believed.start()
            if any(0 <= believed_at - end <= 2 for _, end in excluded):
                # "killing three people believed to be ISIS leaders": the victims' party, never the agent
                skipped_end = mention.end
                continue
            best = _better(best, 11.0, mention.name, index)  # outranks the "unknown gunmen" it names
            continue
        if (
            hit.trigger.event_type is EventType.ARMED_CLASH
            and (_AIR_WEAPON_END_RE.search(text, mention.start, mention.end) or _AIR_WEAPON_RIGHT_RE.match(right))
            and not _BY_LEFT_RE.search(left)  # (not the agent of "by": "the column was destroyed by US aircraft")
            # (nor the subject of the fight's own verb: "US helicopters exchanged fire with ISIS fighters")
            and not (0 <= hit.start - mention.end <= 40 and _AIR_SUBJECT_GAP_RE.fullmatch(text, mention.end, hit.start))
        ):
            # the air power named by its aircraft or strikes beside a ground fight ("the push was to have coalition air
            # cover", "and that US jets wrecked a truck near X"): the fight's support or
            # another event's striker, not the side that fought on the ground
            skipped_end = mention.end
            continue
        if hit.trigger.event_type is EventType.RAID and (
            _FIRED_ON_THE_RAIDERS_RIGHT_RE.match(right)
            or (during_the_raid is not None and during_the_raid.end() <= mention.start)
        ):
            # the side a raid met: "during which militants of a cell shot at the unit", "during the raid, IS members
            # fired at our forces": those raided, not the raiders
            skipped_end = mention.end
            continue
        # (searched in the text itself, so that its look-behinds see the words before the window: "Militants of the")
        non_agent = bool(_NON_AGENT_LEFT_RE.found(text, max(0, name_start - 30), name_start)) and not (
            _OPENING_CONJUNCTION_RE.fullmatch(text, 0, name_start)  # "and the SDF responded by shelling X": a subject
        )
        reserved_deed = non_agent and bool(_RESERVED_DEED_RIGHT_RE.match(right))
        if non_agent and (reserved_deed or _SUBJECT_RIGHT_RE.match(right)):
            # "a suspected ISIS cell killed", "a suspected ISIS attack": the hedged agent, unless the words before the
            # reserve make the party the object ("arrested a suspected ISIS cell", "a raid on a suspected IS cell");
            # the deed's own "of" does not ("hurt by the blast of a suspected ISIS mine": the mine is the party's)
            reserve = _RESERVE_LEFT_RE.search(text, max(0, name_start - 30), name_start)
            if reserve is not None and (
                (reserved_deed and _DEED_OF_LEFT_RE.search(text, max(0, reserve.start() - 30), reserve.start()))
                or not _NON_AGENT_LEFT_RE.found(text, max(0, reserve.start() - 30), reserve.start())
            ):
                non_agent = False
        # (a second subject joined by "and" acts too, "HAT and SDF conducted a raid", except in a clash between them)
        coordinated = hit.trigger.event_type is not EventType.ARMED_CLASH and bool(_AND_LEFT_RE.search(left))
        foe = bool(_FOE_LEFT_RE.search(left))  # "troops fought ISIS": the object of the verb of fighting
        if (
            _SUBJECT_RIGHT_RE.match(right)
            or (
                # "the SDF took control of X after clashes with ISIS": who took the ground fought for it
                hit.trigger.event_type is EventType.ARMED_CLASH
                and mention.end <= hit.start
                and _CAPTURE_RIGHT_RE.match(right)
            )
        ) and (
            coordinated
            or (not non_agent and not foe and not _PARTY_LEFT_RE.search(left))
            or _AFFILIATED_LEFT_RE.search(left)  # "militants loyal to the Islamic State attacked"
        ):
            score = 9.0 if mention.end <= hit.start + len(hit.text) else 7.0
            score -= abs(hit.start - mention.end) / 1000
            if mention.start < hit.start and not text[mention.end : hit.start].strip(" -"):
                # the party naming the event word itself (or named with it), its subject ("coalition air strikes killed 12"): over a
                # speaker's claim earlier in the clause ("the SDF said they captured X, and that coalition air strikes")
                score = 10.2
            if mention.start >= hit.end and _BY_GAP_RE.fullmatch(text, hit.end, name_start):
                score = 10.5  # "a suicide attack by ISIS targeted SDF fighters": the agent of "by", subject of the rest
            best = _better(best, score, mention.name, index)
            continue
        object_position = non_agent or foe
        if object_position and (
            _EVENT_NOUN_END_RE.search(text[mention.start : mention.end]) or _OWNED_EVENT_RIGHT_RE.match(right)
        ):
            object_position = not _OF_LEFT_RE.search(left)
        adjacent = (
            mention.end <= hit.start
            and hit.start - mention.end <= 18
            and not object_position
            and ":" not in text[mention.end : hit.start]  # "SDF Media Center: A Turkish drone ...": a speaker's label
            and not apart
            # (the party inside the event words, "coalition air strikes", unless their verb's object: "fought ISIS")
            or (mention.start < hit.end and hit.start < mention.end and not foe)
        )
        by_after = (
            not object_position  # (not "an attack by ISIS targeted SDF fighters": the object after the agent)
            and mention.start >= hit.end
            and mention.start - hit.end <= 40  # "the strikes, carried out by" - not "..., according to a statement by"
            and re.search(r"\bby\s+(?:the\s+)?(?:\w+\s+){0,2}$", text[hit.end : name_start])
            and not re.search(
                # ("a village recently taken by the Syrian army": who holds the place, not who struck)
                r"\b(?:run|held|controlled|operated|manned|used|owned|occupied|backed|supported|taken|captured|seized|"
                r"retaken|recaptured)\s+(?:as\s+an?\s+(?:\w+\s+){1,2})?"
                r"by\s+(?:the\s+)?(?:\w+\s+){0,2}$",
                text[hit.end : name_start],
            )
        )
        if by_after and _BY_GAP_RE.fullmatch(text, hit.end, name_start):
            score = 10.5  # "an attack by ISIS cells": over a speaker's claim ("the SDF said its fighters repelled")
        elif adjacent and mention.start < hit.start and not text[mention.end : hit.start].strip(" -"):
            # the party naming the event word itself ("coalition air strikes", "a Turkish drone strike"): over a
            # speaker's claim earlier in the clause ("the SDF said they captured X, and that coalition air strikes ...")
            score = 10.2
        elif adjacent or by_after or _CLAIM_RIGHT_RE.match(right):
            score = 10.0
        elif not object_position and _BY_LEFT_RE.search(left):
            score = 8.0  # "an attack by ISIS cells on a checkpoint": the agent of a "by" phrase
        elif object_position or _NON_AGENT_RIGHT_RE.match(right):
            if hit.trigger.event_type is not EventType.ARMED_CLASH or not (foe or _PARTY_LEFT_RE.search(left)):
                skipped_end = mention.end
                continue
            # "clashes with the SDF", "troops fought ISIS": the other party, when no one else is named
            score = OTHER_SIDE_ONLY
        elif mention.end <= hit.start:
            if apart and not _deed_in_its_part(text, semicolons, mention):
                # "Russian patrol in X; a shell kills a civilian": a party named in another part of the line, where
                # nothing is done (not "militias arrested two men; one was beaten to death", the part of a deed)
                skipped_end = mention.end
                continue
            between = text[mention.end : hit.start + len(hit.text)]
            score = 6.0 if _AGENT_VERB_RE.search(between) else 4.0
            score -= (hit.start - mention.end) / 1000
        elif (
            hit.trigger.event_type in _SET_OFF_TYPES
            and not _CLAIM_RIGHT_RE.match(right)
            and not _PLANTER_RIGHT_RE.match(right)  # ("where ISIS had planted it": the party that set the bomb)
            and not _PARTY_ATTACK_RIGHT_RE.match(right)  # ("in an ISIS attack": the party naming the attack word)
            # ("the mine was planted by the militia": the agent of the setting)
            and not _PLANTED_BY_LEFT_RE.search(text, max(0, name_start - 60), name_start)
        ):
            # "a car bomb went off by the depot the army holds", "a booby-trapped van blew up in a town the rebels
            # took years ago": a bomb's blast has no agent of its own after it, and a party
            # named after it, tied by no "by" nor claim, is where it went off or whom it hit, not who set it off
            # (real reports of three web collectors: the holder of the place or the victims read as the bomber)
            skipped_end = mention.end
            continue
        else:
            score = NAMED_AFTER_ONLY - (mention.start - hit.end) / 1000
        best = _better(best, score, mention.name, index)
    if best is not None and best[1] == NO_ACTOR and alleged is not None and alleged[1] != NO_ACTOR:
        best = alleged  # "killed by gunmen ..., blaming ISIS cells for the attack"
    if (
        best is not None
        and best[1] == TRIBAL_FIGHTERS
        and hit.trigger.event_type is not EventType.ARMED_CLASH
        and UNNAMED_TRIBESMEN_OPENING_RE.match(text, mentions[best[2]].start)
        and not any(mention.name in NAMED_ACTORS and mention.name != TRIBAL_FIGHTERS for mention in mentions)
    ):
        # men told only by their tribe are a party in arms against another armed party the clause names ("gunmen of
        # the clan stormed a post of the SDF"); their shooting where no party is named ("gunmen of the clan fired at
        # a wedding") is attackers of no party
        best = (best[0], NO_ACTOR, best[2])
    if best is None or best[1] == NO_ACTOR:
        return None, 0.0, best is not None and best[0] >= FIRM_ACTOR
    if best[1] not in NAMED_ACTORS and best[2] and hit.trigger.event_type is not EventType.ARMED_CLASH:
        # a word for fighters as the text writes it, the second subject after a named party ("the Turkish army and
        # mercenaries shelled X"): that party's (not the two sides of a clash, "clashes between the SDF and gunmen")
        partner = mentions[best[2] - 1]
        if partner.name in NAMED_ACTORS and _CO_SUBJECT_GAP_RE.fullmatch(text, partner.end, mentions[best[2]].start):
            best = (best[0], partner.name, best[2] - 1)
    return _with_ally(text, mentions, best[2]) or best[1], best[0], False


#: Bombs set off and blasts of untold cause: a party named only after their event word is no agent of theirs.
_SET_OFF_TYPES = DEVICE_TYPES | {EventType.OTHER}
#: A remnant's layer named after a relative clause or the blast word ("an old mine, which had been left behind by IS",
#: "a mine explosion that was left by the group", "a landmine blast left behind by IS"): who laid it long before, not
#: the agent of its blast (docs/gold-format.md: a mine a party left behind names no actor), as the shorter "a mine
#: left by X" of :data:`_NON_AGENT_LEFT_RE`, whose 30-character window these longer wordings overrun. Searched in the
#: 80 characters before the party's name.
_REMNANT_LAYER_LEFT_RE = compile_guarded(
    r"\b(?:mines?|landmines?|remnants?|ordnance|munitions?|(?:unexploded|old)\s+[\w-]+)"
    r"(?:\s+(?:blasts?|explosions?))?,?\s+(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?"
    # (also told with a likelihood: "a mine blast, most likely left over by the IS")
    # (or as told by others: "a mine allegedly left behind by its layers")
    r"(?:(?:(?:most|very)\s+)?(?:likely|probably|possibly|apparently|reportedly|allegedly|presumably)\s+)?"
    r"left\s+(?:behind\s+|over\s+)?by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: How far before a party's name :data:`_REMNANT_LAYER_LEFT_RE` looks.
_REMNANT_LAYER_WINDOW = 80
#: A bomb's setting told with its agent: "(the mine was) planted by the US-sponsored", "placed by".
_PLANTED_BY_LEFT_RE = re.compile(
    r"\b(?:planted|placed|laid|rigged|booby[- ]trapped|hidden|set\s+off|detonated)\s+by\s+[^.;,]{0,40}$", re.IGNORECASE
)
#: A party's own setting of the bomb, told after it: "(where) ISIS had planted it", "(which) ISIS cells placed".
_PLANTER_RIGHT_RE = re.compile(
    r"^\s*(?:(?:cells?|fighters|militants|members|operatives|men)\s+)?(?:(?:had|has|have)\s+)?"
    r"(?:planted|placed|laid|rigged|booby[- ]trapped|hid|hidden|set\s+off|detonated)\b",
    re.IGNORECASE,
)
#: The party naming the attack word told after the blast: "(in) an ISIS attack", "(the latest) ISIS bombing", "(in
#: a new) ISIS suicide attack": the agent of the attack the blast was (not "the SDF operations room").
_PARTY_ATTACK_RIGHT_RE = re.compile(
    r"^(?:[’']s)?\s+(?:(?:latest|new|deadly|suicide|car|twin|double)\s+)?"
    r"(?:attacks?|bombings?|assaults?|ambush(?:es)?)\b",
    re.IGNORECASE,
)


#: Between a named party and the word for fighters named as its fellow subject: "the Turkish army and (its) mercenaries".
_CO_SUBJECT_GAP_RE = re.compile(r"\s+and\s+(?:its\s+|their\s+)?", re.IGNORECASE)


#: A party's deed told after it in its own part of a line: a verb in the past ("arrested", "shelled", "struck", "shot"),
#: not a passive ("were arrested by the army") nor a participle of where or what it is ("stationed in X", "accused of").
_PAST_DEED_RE = re.compile(
    r"\b(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )"
    r"(?:[a-z]{2,}ed|struck|hit|shot|took|fought|overran|seized|blew|threw|set)\b"
    r"(?!\s+(?:in|near|by|of|inside|outside|around|across|along)\b)"
)
#: A deed told before the party, as its agent's: "a post shelled by the militias" (not "the army arrested ISIS members":
#: the party the deed was done to).
_DEED_BY_RE = re.compile(r"\b(?:[a-z]{2,}ed|struck|hit|shot|taken|fought|overrun|seized|blown|thrown|set)\s+by\s+(?:the\s+)?$")


def _deed_in_its_part(text: str, semicolons: Sequence[int], mention: ActorMention) -> bool:
    """Whether the part of the line ``mention`` is named in (between its semicolons, at most 120 characters either
    side of it) tells the party's own deed in the past: "militias arrested two men", "a post shelled by the militias"
    (not "Russian patrol in X", "court sentences two men", "Russian police stationed in X", "the army arrested ISIS
    members", "ISIS members were arrested")."""
    index = bisect_left(semicolons, mention.start)
    start = max(semicolons[index - 1] + 1 if index else 0, mention.start - 120)
    end = min(semicolons[index] if index < len(semicolons) else len(text), mention.end + 120)
    return bool(_DEED_BY_RE.search(text, start, mention.start) or _PAST_DEED_RE.search(text, mention.end, end))


#: A bar between two parts of a line that the clause stage leaves joined ("Qamishli | Drone strikes a car").
_BAR_RE = re.compile(r"\s\|\s")


def _broken_off(breaks: Sequence[int], mention: ActorMention, hit: TriggerHit) -> bool:
    """Whether a break (``breaks``: their offsets, ascending) stands between ``mention`` and the event word."""
    low, high = (mention.end, hit.start) if mention.end <= hit.start else (hit.end, mention.start)
    index = bisect_left(breaks, low)
    return index < len(breaks) and breaks[index] < high


def _better(best: tuple[float, str, int] | None, score: float, name: str, index: int) -> tuple[float, str, int]:
    return (score, name, index) if best is None or score > best[0] else best

def _with_ally(text: str, mentions: Sequence[ActorMention], index: int) -> str | None:
    """The joint actor when the agent ``mentions[index]`` is named with an ally as its support ("the SDF, backed
    by coalition helicopters,", "SDF and Coalition forces"): a joint operation of both. None otherwise."""
    chosen = mentions[index]
    for ally in mentions[index + 1 : index + 3]:  # the agent chosen, its supporter after it
        if ally.start - chosen.end > 80:
            break
        if ally.name == chosen.name:
            continue  # its alias in brackets ("Syrian Democratic Forces (SDF)")
        if _SUPPORT_GAP_RE.fullmatch(text, chosen.end, ally.start):
            return joint_actor(chosen.name, ally.name)
    for agent in reversed(mentions[max(0, index - 2) : index]):  # the supporter chosen ("backed by Russian jets")
        if chosen.start - agent.end > 80:
            break
        if agent.name == chosen.name:
            continue
        if _SUPPORT_GAP_RE.fullmatch(text, agent.end, chosen.start):
            return joint_actor(agent.name, chosen.name)
    # the support told later in the clause: "its forces killed an ISIS leader with the support of coalition aircraft"
    starts = {mention.start: mention for mention in mentions}
    for support in _SUPPORT_PHRASE_RE.finditer(text, chosen.end):
        ally = starts.get(support.end())
        if ally is not None and joint_actor(chosen.name, ally.name):
            return joint_actor(chosen.name, ally.name)
    return None

# The party that hosts or defends the place hit is not the attacker: "the field where US troops are based", "coalition
# forces shot down a drone launched at their base", "US troops at the landing zone intercepted a drone".
_HOST_RIGHT_RE = re.compile(
    r"^\s*(?:(?:forces|troops|soldiers|personnel|service\s+members|units|air\s+defen[cs]es?)\s+)?(?:\([^)]{1,40}\)\s*)?"
    r"(?:(?:are|were|is|was|have\s+been|had\s+been)\s+(?:(?:also|currently|still|usually)\s+)?(?:based|stationed|deployed|housed|located)\b"
    r"|(?:(?:in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+){1,8})?(?:also\s+)?(?:shot\s+down|intercepted|downed|thwarted|foiled|repelled|repulsed)\b"
    # the patrol that a blast hit as it passed: "an IED went off as a Russian patrol passed"
    r"|(?:(?:military\s+)?(?:patrols?|convoys?|vehicles?|cars?)\s+)?(?:was\s+|were\s+)?(?:passing|passed|drove\s+(?:by|past))\b)",
    re.IGNORECASE,
)

# The patient of "were neutralized/killed", also past a relative clause: "PKK/YPG terrorists who opened harassment fire
# at our base near X within Operation Peace Spring were neutralized", "5 terrorists of the PKK/YPG were
# neutralized", "terrorists who fired on our base were identified and neutralized".
_NEUTRALIZED_PATIENT_RIGHT_RE = re.compile(
    r"^\s*(?:(?:terrorists|members|fighters|militants|elements)\s+)?(?:(?:who|that)\s[^.;]{1,200}?\s)?"
    r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+){0,3}?(?:neutrali[sz]ed|eliminated|rendered\s+ineffective)\b",
    re.IGNORECASE,
)
#: How far after a party's name its "were neutralized" may stand (past a relative clause of a ministry's release).
_NEUTRALIZED_WINDOW = 260

#: Quotes that open a party's name as bulletins write it: 'a "SDF" vehicle', 'by “ISIS” cells'.
_OPENING_QUOTES = frozenset("\"“‘")


def _name_start(text: str, mention: ActorMention) -> int:
    """Where a mention's name begins in ``text``, its opening quote included ('by “ISIS” cells': at the quote), so
    that the words before a quoted name are read as those before an unquoted one."""
    if mention.start and text[mention.start - 1] in _OPENING_QUOTES:
        return mention.start - 1
    return mention.start


def _skipped(
    mention: ActorMention,
    following: Sequence[ActorMention],
    text: str,
    left: str,
    right: str,
    hit: TriggerHit,
    excluded: Sequence[tuple[int, int]],
) -> bool:
    """True when a mention cannot be the agent: a target or victim, a speaker, or a generic word for fighters
    that the next words name ("gunmen of the QSD": the QSD is the actor). ``following`` holds the next mention,
    if any (only that one is looked at)."""
    if any(mention.start < end and start < mention.end for start, end in excluded):
        return True  # the actor named as the target or among the victims ("members of the Asayish were killed")
    if _VICTIM_LEFT_RE.search(text[max(0, mention.start - 60) : mention.start]):
        return True
    if _VICTIM_RIGHT_RE.match(right) or (_SPEAKER_RIGHT_RE.match(right) and not _CLAIM_RIGHT_RE.match(right)):
        return True
    if _PASSIVE_PATIENT_RIGHT_RE.match(right):
        return True  # "the SDF was attacked by gunmen", "Turkish troops came under fire": the party hit
    interrupted = _INTERRUPTED_PROGRESSIVE_RIGHT_RE.match(right)
    if interrupted is not None and mention.end + interrupted.end() <= hit.start:
        return True  # "SDF fighters were clearing a house when a booby trap exploded": the backdrop of what hit them
    if _PLUPERFECT_RIGHT_RE.match(right) and _PLACE_RELATIVE_LEFT_RE.search(text, max(0, mention.start - 40), mention.start):
        return True  # "Manbij, the town that IS had governed": the place's past, not the event's agent
    if _HOST_RIGHT_RE.match(right):
        return True  # "where US troops are based", "coalition forces shot down a drone": the side attacked
    if _NEUTRALIZED_PATIENT_RIGHT_RE.match(text[mention.end : mention.end + _NEUTRALIZED_WINDOW]) and not _BY_LEFT_RE.search(left):
        # "PKK/YPG terrorists who opened fire on our base were neutralized": the side struck (not "a vehicle prepared
        # by PYD/YPG terrorists was neutralized", whose maker is the agent)
        return True
    if _MINE_VICTIM_RIGHT_RE.match(right):
        return True  # "an SDF patrol hit a landmine": the patrol's party set it off, nobody names who laid it
    if _COUNTED_PEOPLE_RE.match(right) and _COUNT_LEFT_RE.search(left) and not _COUNTED_AGENT_RIGHT_RE.match(right):
        return True  # "killing two SDF fighters", "an SDF fighter was" (not "dozens of IS fighters launched an attack")
    if (
        _PEOPLE_END_RE.search(text, mention.start, mention.end)
        and _COUNT_LEFT_RE.search(left)
        and not _COUNTED_PEOPLE_AGENT_RIGHT_RE.match(right)
    ):
        return True  # "among them two US soldiers", "three Turkish troops died" (not "dozens of US troops stormed")
    if UNNAMED_TRIBESMEN_OPENING_RE.match(text, mention.start) and _COUNT_LEFT_RE.search(left) and not _COUNTED_PEOPLE_AGENT_RIGHT_RE.match(right):
        return True  # "the militants shot 30 men from the tribe": a tribe's men counted are the victims
    if mention.name not in NAMED_ACTORS and following:
        gap = text[mention.end : _name_start(text, following[0])]
        if _ATTACKERS_PARTY_GAP_RE.fullmatch(gap) and following[0].name in NAMED_ACTORS:
            return True
    return False

def clash_side(text: str, excluded: Sequence[tuple[int, int]] = ()) -> str | None:
    """The named party of a clash's clause that is named only among its dead or wounded ("clashes killed 13 SDF
    fighters", "six YPG fighters were killed in clashes with the invaders"): one side of the fight, for a clash whose
    incident names no other actor (as ACLED records both sides, either is one). None when no such party, or when the
    dead of two parties are named."""
    sides = set()
    for mention in find_actor_mentions(text):
        if mention.name in NAMED_ACTORS:
            left = text[max(0, mention.start - 30) : mention.start]
            right = text[mention.end : mention.end + 120]
            if _among_the_victims(mention, text, left, right, excluded):
                sides.add(mention.name)
    # (dead of both sides, "members of the regime's police and SDF units were killed in clashes", name no one side)
    return sides.pop() if len(sides) == 1 else None


#: A speaker's verb of report, ending a match of ``_SPEAKER_RIGHT_RE`` (not "accused", "denied", "found").
_REPORT_VERB_END_RE = re.compile(r"(?:said|says|say|reported|reports|told|tells|stated|announced|confirmed|added)$", re.IGNORECASE)
#: A party's spokesperson or office named before it: "a spokesman for the SDF", "the head of the media office of the".
_SPOKESPERSON_OF_LEFT_RE = compile_guarded(
    r"\b(?:spokes(?:man|woman|person)|commander|official|media\s+(?:office|cent(?:er|re)))\s+(?:for|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: A fight told between sides the clause names by a word ("between two clans", "between the army and the factions"):
#: its sides are told, the party reporting it is none of them.
_SIDES_BETWEEN_RE = compile_guarded(
    # (also the sides of infighting: "clashes among the mercenaries of the occupation", "fighting amongst rival clans")
    r"\b(?:between|among|amongst)\s+(?:(?:the|two|rival|several|local|armed)\s+){0,2}(?:[\w'’-]+\s+){0,2}?"
    r"(?:clans?|tribes?|tribesmen|families|groups|factions|forces|fighters|militants|gunmen|army|troops|militias?|"
    r"members|sides|parties|cells|mercenaries)\b",
    re.IGNORECASE,
)


def clash_reporter(text: str) -> str | None:
    """The one named party a clash's clause gives as its reporter ("clashes erupted around X, the SDF said", "a
    spokesman for the SDF said clashes continued", "the SDF said its units clashed with militants"): a side of the
    fight it tells of, for a clash whose incident names no side. None when no party, or two, report it, or when the
    clause tells the fight's sides ("clashes between two clans near X, the SDF said")."""
    if _SIDES_BETWEEN_RE.search(text):
        return None
    parties = set()
    previous: ActorMention | None = None
    for mention in find_actor_mentions(text):
        if mention.name not in NAMED_ACTORS:
            continue
        speaker = _SPEAKER_RIGHT_RE.match(text[mention.end : mention.end + 120])
        if (speaker is not None and _REPORT_VERB_END_RE.search(speaker.group())) or _SPOKESPERSON_OF_LEFT_RE.search(
            text, max(0, mention.start - 40), mention.start
        ) or _ACCORDING_TO_BEFORE_RE.search(text, max(0, mention.start - 20), mention.start):
            parties.add(mention.name)
            if previous is not None and _AND_GAP_RE.fullmatch(text, previous.end, mention.start):
                parties.add(previous.name)  # "the SDF and the Syrian army said": both speak
        previous = mention
    return parties.pop() if len(parties) == 1 else None


_AND_GAP_RE = re.compile(r"\s*,?\s*(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)


#: A release party's own site or unit, a noun the attack on it names: "checkpoint", "patrols", "positions", "forces".
_OUR_SITE_OR_UNIT = (
    r"(?:checkpoints?|posts?|outposts?|patrols?|positions?|bases?|points?|vehicles?|cars?|convoys?|headquarters|"
    r"offices?|cent(?:er|re)s?|forces|troops|fighters|members|units?)"
)
#: The release party's own forces or sites told as what was hit, in its voice: "attacked a checkpoint of our forces",
#: "a grenade tossed at one of our posts", "an attack on our positions", "our patrol came under gunfire".
#: Only a site or unit after "our" ("at our request", "on our front lines" tell no hit), and a site or unit "of our
#: forces" only as an attack's object ("a patrol of our forces ambushed a cell" is the party's own deed).
_OUR_SIDE_HIT_RE = compile_guarded(
    r"\b(?:at|on|against|targeted|targeting)\s+(?:one\s+of\s+)?our\s+(?:[\w-]+\s+){0,2}?" + _OUR_SITE_OR_UNIT + r"\b"
    # (a site or unit "of our forces", not "the martyrdom of two of our fighters" in a fight the party tells as its own)
    + r"|\b(?:at|on|against|targeted|targeting|attacked|attacking|ambushed|stormed)\s+(?:(?:an?|the|one\s+of\s+the)\s+)?"
    r"(?:[\w-]+\s+)?" + _OUR_SITE_OR_UNIT + r"\s+of\s+our\b"
    r"|\bour\s+(?:[\w-]+\s+){0,2}?(?:came\s+under|(?:was|were)\s+(?:attacked|targeted|ambushed|shelled|hit))\b",
    re.IGNORECASE,
)


def release_clash_side(text: str, party: str | None) -> str | None:
    """The party of a release (:func:`release_party`) for a clash its clause tells with no side ("Heavy clashes are
    taking place at the moment", "Intense clashes are now ongoing" in a release the SDF signs): the fight it reports
    is its own. None without a release party, when the clause tells the fight's sides ("clashes between two
    clans"), or when it tells the party's own forces or sites as the ones hit ("a cell attacked a checkpoint of our
    forces"): the attack is the other side's, whom the clause may leave unnamed (docs/gold-format.md: the attackers
    are the actor of an assault on an armed party)."""
    if party is None or _SIDES_BETWEEN_RE.search(text) or _OUR_SIDE_HIT_RE.search(text):
        return None
    return party

#: What a speaker tells of itself right after its verb: "said they had seized", "announced that its fighters".
_OWN_DEED_RE = re.compile(
    # (no two whitespace runs side by side, which backtrack quadratically over a run of blanks)
    r"\s*(?:,\s*)?(?:(?:late\s+|early\s+)?on\s+\w+(?:\s*,)?\s+)?(?:that\s+)?(?:they|it|its|their)\b", re.IGNORECASE
)


def own_fight_reporter(text: str) -> str | None:
    """The one named party of a clash's clause that tells the fight as its own doing ("the SDF said they had seized
    X after fighting with IS militants", "the army announced that its units clashed with ISIS"): a side of the fight,
    over the party named only as the other side (:data:`OTHER_SIDE_ONLY`). None when no party, or two, say so, or
    when the clause tells the fight's sides. Bounded windows after each mention: linear."""
    if _SIDES_BETWEEN_RE.search(text):
        return None
    parties = set()
    for mention in find_actor_mentions(text):
        if mention.name not in NAMED_ACTORS:
            continue
        speaker = _SPEAKER_RIGHT_RE.match(text[mention.end : mention.end + 120])
        if (
            speaker is not None
            and _REPORT_VERB_END_RE.search(speaker.group())
            and _OWN_DEED_RE.match(text, mention.end + speaker.end())
        ):
            parties.add(mention.name)
    return parties.pop() if len(parties) == 1 else None


def _among_the_victims(
    mention: ActorMention, text: str, left: str, right: str, excluded: Sequence[tuple[int, int]]
) -> bool:
    """True when a party is named as (among) the dead or wounded: "killed 13 SDF fighters", "members of the Asayish
    were killed", "six YPG fighters were killed" (the victim tests of :func:`_skipped`, not its speaker tests)."""
    if any(mention.start < end and start < mention.end for start, end in excluded):
        return True
    if _VICTIM_LEFT_RE.search(text[max(0, mention.start - 60) : mention.start]) or _VICTIM_RIGHT_RE.match(right):
        return True
    return bool(
        (_COUNTED_PEOPLE_RE.match(right) or _PEOPLE_END_RE.search(text, mention.start, mention.end))
        and _COUNT_LEFT_RE.search(left)
    )


#: The party that keeps or uses the site hit, named after it: "a base housing US troops", "a building used by the
#: Kurdish Asayish", "a vehicle belonging to the SDF" (the firm cases of ``_NON_AGENT_LEFT_RE``; a weapon "belonging
#: to the Turkish army" is its agent's).
_SITE_OWNER_LEFT_RE = compile_guarded(
    r"\b(?:bases?|posts?|checkpoints?|buildings?|headquarters|sites?|positions?|camps?|prisons?|facilit(?:y|ies)|vehicles?|"
    r"cars?|fields?|points?|offices?|cent(?:re|er)s?|houses?|depots?|barracks)\s+"
    r"(?:housing|hosting|home\s+to|used\s+by|belonging\s+to|owned\s+by|run\s+by|manned\s+by|operated\s+by|guarded\s+by)"
    r"\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:kurdish|kurdish-led|arab|syrian|iraqi)\s+)?$",
    re.IGNORECASE,
)


#: "from" before a party's site: the fire came from it ("rockets fired from a US base"), it was not hit.
_FROM_LEFT_RE = compile_guarded(r"\bfrom\s+(?:the\s+|an?\s+|its\s+|their\s+)?$", re.IGNORECASE)
#: The party named as the keeper of a site by its name's adjective: "a US military outpost", "the US occupation base",
#: "The United States (US) military base", "an Asayish checkpoint". Its words between name and site are a closed
#: set, so "US jets struck ISIS positions" is no site of the US.
_PARTY_SITE_RIGHT_RE = re.compile(
    r"^\s*(?:\([^)]{1,12}\)\s*)?(?:[’']s\s+)?(?:(?:military|army|occupation|illegal|patrol|troops[’']?|forces[’']?)\s+){0,2}"
    r"(?:bases?|outposts?|garrisons?|air\s?bases?|airbases?|posts?|positions?|checkpoints?|convoys?|patrols?|"
    r"headquarters|facilit(?:y|ies)|barracks)\b",
    re.IGNORECASE,
)


#: A site named by the adjective of a state's forces, which no actor mention reads alone ("a US patrol base", "another
#: American base", "the Turkish military post", "The United States (US) military base"): the party of "<adjective>
#: forces" keeps it (:func:`_party_of_adjective`).
_ADJECTIVE_SITE_RE = re.compile(
    r"\b((?-i:U\.S\.|US|American|United\s+States|[Cc]oalition|Turkish|Russian|Iranian|Israeli))(?=[\s(])"
    r"(?=" + _PARTY_SITE_RIGHT_RE.pattern.removeprefix("^") + r")",
    re.IGNORECASE,
)


def _party_of_adjective(adjective: str) -> str | None:
    """The party whose forces the state's adjective names: "US" (as in "US forces") is the US-led coalition."""
    if adjective.lower().startswith("united"):
        adjective = "US"
    mentions = find_actor_mentions(f"{adjective} forces")
    return mentions[0].name if mentions else None


def named_only_as_hit(text: str, party: str) -> bool:
    """Whether a clause names ``party`` (or an ally of a joint one) and only as what was hit, never as the agent: the
    keeper or users of the site hit ("a base housing US troops", "an office used by the Kurdish Asayish", "a US
    military outpost was struck", :data:`_PARTY_SITE_RIGHT_RE`) or the patient of a passive ("US forces in Syria were
    attacked by rockets"). Bounded windows around each mention: linear."""
    named = False
    for mention in find_actor_mentions(text):
        if not same_party(mention.name, party):
            continue
        named = True
        right = text[mention.end : mention.end + 120]
        hit = (
            _SITE_OWNER_LEFT_RE.search(text, max(0, mention.start - 60), mention.start)
            or _PASSIVE_PATIENT_RIGHT_RE.match(right)
            or (_PARTY_SITE_RIGHT_RE.match(right) and not _FROM_LEFT_RE.search(text, max(0, mention.start - 30), mention.start))
        )
        if not hit:
            return False
    if not named:  # ("Three rockets landed near a US patrol base": no actor mention, the party’s site only)
        for site in _ADJECTIVE_SITE_RE.finditer(text):
            party_of_site = _party_of_adjective(site.group(1))
            if party_of_site is not None and same_party(party_of_site, party):
                if _FROM_LEFT_RE.search(text, max(0, site.start() - 30), site.start()):
                    return False
                named = True
    return named


def names_remnant_layer(text: str, party: str) -> bool:
    """Whether ``text`` names ``party`` as the layer of a remnant ("a mine left behind by ISIS", "a landmine blast,
    most likely left over by the group") and never as the one who planted or set off the device ("a mine planted by
    ISIS", "where ISIS had laid it"): the party laid it long before, nobody carries out its blast now
    (docs/gold-format.md). Bounded windows before and after each mention: linear."""
    layer = False
    for mention in find_actor_mentions(text):
        if not same_party(mention.name, party):
            continue
        name_start = _name_start(text, mention)
        if _PLANTED_BY_LEFT_RE.search(text, max(0, name_start - 60), name_start) or _PLANTER_RIGHT_RE.match(
            text[mention.end : mention.end + 60]
        ):
            return False
        if _REMNANT_LAYER_LEFT_RE.search(text, max(0, name_start - _REMNANT_LAYER_WINDOW), name_start):
            layer = True
    return layer


def find_target(text: str) -> tuple[str, int, int] | None:
    """The object hit ("residential buildings", "a school", "Syrian army military sites"): (phrase, start, end)."""
    for _verb_start, verb_end in _TARGET_VERB_RE.spans(text):
        words: list[tuple[str, int, int]] = []
        # the part named before the whole: "attacked one of our military points", "hit a number of positions"
        share = _SHARE_OF_RE.match(text, verb_end)
        cursor = share.end() if share else verb_end
        while len(words) < 6:
            word = _TARGET_WORD_RE.match(text, cursor)
            if word is None or word.group(0).lower() in _TARGET_STOP:
                break
            words.append((word.group(0), word.start(), word.end()))
            if not text[word.end() : word.end() + 1].isspace():
                break  # punctuation or end of clause closes the phrase
            cursor = word.end()
            while cursor < len(text) and text[cursor].isspace():
                cursor += 1
        while words and words[0][0].lower() in _DETERMINERS:
            words.pop(0)
        if not words:
            continue
        # the phrase ends at the last target noun ("residential buildings", not "buildings belonging")
        for last in range(len(words) - 1, -1, -1):
            if words[last][0].lower() in TARGET_HEADS:
                chosen = words[: last + 1]
                phrase = " ".join(text[chosen[0][1] : chosen[-1][2]].split())
                return phrase, chosen[0][1], chosen[-1][2]
    return None

def _attributed(text: str, start: int, end: int) -> bool:
    """True when a common noun ("residents", "local sources") is used as a source: a reporting verb close by."""
    return bool(_ATTRIBUTION_RE.search(text, end, end + 50) or _ATTRIBUTION_RE.search(text, max(0, start - 30), start))

def find_sources(text: str) -> list[str]:
    """Attributions in a sentence, normalised ("Syria's state-run television network" -> "Syrian state television")."""
    found: list[str] = []
    spans: list[tuple[int, int]] = []
    for start, end, name in SOURCE_SCANNER.finditer(ascii_lower(text)):
        if name in ATTRIBUTION_ONLY_SOURCES and not _attributed(text, start, end):
            continue
        spans.append((start, end))
        if name not in found:
            found.append(name)
    covered = bytearray(len(text) + 1)
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    for pattern, literal in _NAMED_SOURCE_RES:
        if literal not in text:
            continue  # (no match can be there: a cheap test before the search)
        for match in pattern.finditer(text):
            if covered.find(1, match.start(1), match.end(1)) >= 0:
                continue  # a position array, not a scan of every earlier span (quadratic in a long sentence)
            name = match.group(1).strip()
            if name.split()[0] in ("The", "A", "An", "It", "He", "She", "They", "We", "This", "That"):
                continue
            if name not in found:
                found.append(name)
    return found


# Turkey's defence ministry by its English and Turkish names and its handle ("Turkish MoD", "the Ministry of National
# Defence", "MSB", "@tcsavunma"): the reporter of its own strikes and a mark of Turkey's official wording.
# (matched in any case: written in lower case, so that its English part can be a CaseFoldedPattern)
_TURKISH_MINISTRY_IN_ENGLISH = (
    r"\b(?:turkish|turkey's|turkiye's)\s+(?:ministry\s+of\s+(?:national\s+)?defen[cs]e|(?:national\s+)?defen[cs]e\s+ministry|"
    r"mod|msb)\b|\bministry\s+of\s+national\s+defen[cs]e\b|@tcsavunma\b|\bmsb\b"
)
# its own name at the head of its releases: "T.C. Millî Savunma Bakanlığı"
_TURKISH_MINISTRY_IN_TURKISH = r"\bmill[iî]\s+savunma\s+bakanl[iı][gğ][iı]"
_TURKISH_MINISTRY = _TURKISH_MINISTRY_IN_ENGLISH + "|" + _TURKISH_MINISTRY_IN_TURKISH

# A party's own military reporting its strikes in the passive ("Turkish MoD: hideouts were destroyed with precision
# strikes", "CENTCOM said an ISIS leader was killed in a strike"): the reporter is the striker. Only air and drone
# strikes (and, for CENTCOM, raids) are its own: a ministry also reports attacks it suffered ("a rocket attack on
# the base"), which stay without an actor.
#: Turkey's defence ministry named in any case (its English and Turkish names, its handle).
_TURKISH_MINISTRY_RE = compile_guarded(_TURKISH_MINISTRY, re.IGNORECASE)
_OWN_STRIKE_REPORTERS: tuple[tuple[re.Pattern[str], str, frozenset[EventType]], ...] = (
    (
        _TURKISH_MINISTRY_RE,
        "Turkish forces",
        AIR_TYPES,
    ),
    (
        compile_guarded(
            r"\b(?:centcom|(?:u\.?s\.?\s+)?central\s+command|cjtf-oir|combined\s+joint\s+task\s+force|oir|operation\s+inherent\s+resolve)\b",
            re.IGNORECASE,
        ),
        "US-led coalition",
        AIR_TYPES | {EventType.RAID},
    ),
    (
        compile_guarded(
            r"\b(?:russian|russia's)\s+(?:ministry\s+of\s+defen[cs]e|defen[cs]e\s+ministry|mod|military)\b", re.IGNORECASE
        ),
        "Russian forces",
        frozenset({EventType.AIRSTRIKE}),
    ),
)
_REPORTER_SIDE_HIT_RE = compile_guarded(
    r"\b(?:turkish|our|u\.?s\.?|american|coalition|russian)\s+(?:military\s+)?(?:base|bases|soldiers?|troops|forces|personnel|"
    r"service\s*members|post|outpost|patrol|convoy)\b|\bhosting\s+(?:u\.?s\.?|american|coalition)\b|\bservice\s*members\b"
    # its own dead told without its name ("the soldier was killed by mortar fire targeting the border post", "one of
    # our soldiers was martyred")
    r"|\bsoldiers?\s+(?:was|were|has\s+been|have\s+been)\s+(?:killed|martyred|wounded|injured)\b|\bmartyred\b|\bborder\s+(?:post|outpost|unit)s?\b"
    # its own bases by name, and a drone its forces brought down ("shot down a one-way attack drone launched towards
    # Mission Support Site Green Village"): fire at the reporter, not its own
    r"|\bmission\s+support\s+sites?\b|\b(?:shot\s+down|intercepted|downed)\b",
    re.IGNORECASE,
)
_GENERIC_STRIKE_RE = compile_guarded(r"\b(?:air ?)?strikes?\b", re.IGNORECASE)
_ATTACK_WORD_RE = compile_guarded(r"\b(?:attack|assault|rocket|mortar|shell|missile|ied|bomb|gunmen|militants)", re.IGNORECASE)
_REPORTER_WORDS = (
    "ministry", "mod", "msb", "centcom", "command", "cjtf", "task force", "military", "tcsavunma", "savunma", "oir", "inherent resolve"
)


# The forces a military's own statement calls "ours": "neutralized by our Special Forces", "our heroic commandos",
# "hit by our fire support vehicles".
def reporting_striker(text: str, event_type: EventType) -> str | None:
    """The party whose own military reports, in ``text``, a strike of ``event_type`` it names no actor for; or None."""
    lowered = text.lower()
    if not any(word in lowered for word in _REPORTER_WORDS):  # (a cheap test before the patterns)
        return None
    if _REPORTER_SIDE_HIT_RE.search(text):
        return None  # "the ministry said a drone struck a Turkish base": the reporter's side was the one hit
    # a strike told with the generic word ("CENTCOM said a strike killed ..."), no attack: the reporter's own strike
    generic_strike = event_type is EventType.ATTACK and bool(_GENERIC_STRIKE_RE.search(text)) and not _ATTACK_WORD_RE.search(text)
    for pattern, party, types in _OWN_STRIKE_REPORTERS:
        if (event_type in types or (generic_strike and EventType.AIRSTRIKE in types)) and pattern.search(text):
            return party
    return None


def reported_by_another(text: str, party: str) -> bool:
    """Whether a clause says who reported it and names a speaker other than ``party`` and the side its strikes hit
    ("..., the Russian defence ministry said", "The regime said two strikes struck ...", "according to SANA"); False
    when it names no speaker or names ``party`` among them ("..., the coalition said"). One pass of each scanner."""
    if not _ATTRIBUTION_RE.search(text):
        return False
    reporter = reporting_striker(text, EventType.AIRSTRIKE)
    sources = find_sources(text)
    named = [m for m in find_actor_mentions(text) if m.name != "ISIS"]
    if reporter == party or party in sources or any(m.name == party for m in named):
        return False
    # a party named as the speaker ("The regime said ..."), not one the strikes were near ("near SDF lines")
    speakers = [
        m
        for m in named
        if _SPEAKER_AFTER_RE.match(text, m.end) or _ACCORDING_TO_BEFORE_RE.search(text, max(0, m.start - 20), m.start)
    ]
    return reporter is not None or bool(sources) or bool(speakers)


#: A speech verb right after a party's name: "The regime said", "the SDF's media centre reported".
_SPEAKER_AFTER_RE = re.compile(
    r"(?:[’']s)?\s+(?:[\w-]+\s+){0,2}?(?:said|says|reported|reports|announced|claimed|stated|told|confirmed)\b",
    re.IGNORECASE,
)
_ACCORDING_TO_BEFORE_RE = compile_guarded(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)


# Turkey's own official wording: its name for the SDF, its operations' names, its ministry.
# (Two patterns, the case-sensitive names and the ministry in any case: one pattern holding both had to open with a
# "(?i:" group, whose opening letters the guard cannot read, and tried every alternative at every position of the text.)
_TURKISH_OFFICIAL_RE = compile_guarded(
    r"\bPKK/YPG\b|\bYPG/PKK\b|\bOperation\s+(?:Peace\s+Spring|Euphrates\s+Shield|Olive\s+Branch|Claw)\b"
    r"|\b[Mm]ill[iî]\s+[Ss]avunma\s+[Bb]akanl[iı][gğ][iı]\b"
    # the General Staff's releases (before 2018 it reported the army's operations)
    r"|\bTurkish\s+General\s+Staff\b|\bTURKISH\s+GENERAL\s+STAFF\b|\bGenelkurmay\b"
)
# (the ministry's English names searched over the lowered text, its Turkish name under IGNORECASE: "ı" is a letter
# whose case the lowered text does not keep)
_TURKISH_MINISTRY_IN_ENGLISH_RE = CaseFoldedPattern(_TURKISH_MINISTRY_IN_ENGLISH)
_TURKISH_MINISTRY_IN_TURKISH_RE = compile_guarded(_TURKISH_MINISTRY_IN_TURKISH, re.IGNORECASE)
# "our forces" as the agent: "Our forces responded by shelling", "our heroic commandos neutralized", "neutralized by our
# Special Forces", also named by their vehicle or make ("by our Kirpi units", "our Bayraktar UAVs") (not "our forces
# were hit")
_OUR_FORCES_RE = compile_guarded(
    r"\b[Oo]ur\s+(?:heroic\s+|brave\s+)?(?:[A-Z][\w-]+\s+)?(?:[Ss]pecial\s+[Ff]orces|[Aa]rmed\s+[Ff]orces|[Aa]ir\s+[Ff]orce|(?:air-ground\s+|air\s+|ground\s+|artillery\s+)?[Ff]ire\s+support|"
    r"forces|troops|soldiers|commandos|units|army|howitzers|artillery|aircraft|jets|warplanes|drones|UAVs)\b"
    r"(?!\s+(?:was|were|came|have\s+been|had\s+been)\b)"
)


def names_own_forces(text: str) -> bool:
    """True when a text names a military's own forces as the agent, in its own voice ("our commandos", "our heroic
    units", "by our air-ground fire support"): a party to the event, whoever is told beside it."""
    return "our " in text.lower() and _OUR_FORCES_RE.search(text) is not None


def in_turkish_official_wording(document_text: str) -> bool:
    """True when a text uses Turkey's official wording: its name for the SDF ("PKK/YPG"), its operations' names
    ("Operation Peace Spring"), its defence ministry. One search of the whole text: ask once per document."""
    # (most texts hold none of their words: each search behind its gate)
    return (
        gated_search(_TURKISH_OFFICIAL_RE, document_text) is not None
        or (could_match(_TURKISH_MINISTRY_IN_ENGLISH_RE.ignorecase, document_text)
            and _TURKISH_MINISTRY_IN_ENGLISH_RE.found(document_text))
        or gated_search(_TURKISH_MINISTRY_IN_TURKISH_RE, document_text) is not None
    )


# The Turkish military's word for the fighters its forces killed: "2 terrorists were neutralized in the clash".
_NEUTRALIZED_RE = compile_guarded(r"\bneutrali[sz]ed\b", re.IGNORECASE)
#: Bombs are the other side's: "a booby-trapped vehicle was neutralized by our units" names who stopped it, not who


#: The attack a release's own strike answers, told before it: "In retaliation for the attack on our base in X, an air
#: operation was carried out ..." (the reporter's side hit before, not by the strike it reports).
_RETALIATION_FOR_RE = compile_guarded(r"\b(?:" + ANSWERED_EVENT_WORDS + r")\b[^,;.]{0,200},", re.IGNORECASE)


# The other side's fire in the Turkish ministry's words: "harassment fire came at our outpost from X", "the
# terrorists carried out 20 attacks", "the terrorists opening harassment fire at our troops were neutralized".
_MINISTRY_ENEMY_FIRE_RE = compile_guarded(
    r"\bharassment\s+fires?\b|\bterrorists\s+(?:who\s+)?(?:have\s+|had\s+)?"
    r"(?:carried\s+out|launched|attacked|opened\s+(?:harassment\s+)?fire|fired|violated)\b",
    re.IGNORECASE,
)
# the ministry's own reply told in the same clause: "our units responded with howitzers to the harassment fire"
_OWN_REPLY_RE = compile_guarded(
    r"\b[Oo]ur\s+(?:[\w-]+\s+){1,3}?(?:immediately\s+)?(?:responded|retaliated|returned)\b", re.IGNORECASE
)


def ministry_enemy_fire(clause: str, turkish_official: bool, event_type: EventType | None = None) -> str | None:
    """The PKK/YPG (Turkey's name for the SDF) for the fire a Turkish official release puts down to the other side:
    its "harassment fire" on Turkish bases and units, or "the terrorists" as the attackers ("the terrorists carried
    out 20 attacks, 16 of them from X"); None in other texts (``turkish_official``), for a bomb (``event_type``)
    and for a clause that tells the ministry's own reply ("our units responded to the harassment fire") or its
    kill ("terrorists who opened harassment fire were neutralized")."""
    if not turkish_official or event_type in DEVICE_TYPES or _MINISTRY_ENEMY_FIRE_RE.search(clause) is None:
        return None
    if _OWN_REPLY_RE.search(clause) or _NEUTRALIZED_RE.search(clause):
        # (every development writer but one codes "terrorists who opened harassment fire were neutralized" as the
        # ministry's kill, Turkey's)
        return None
    return "PKK/YPG"


def ministry_own_kill(evidence: str, turkish_official: bool, event_type: EventType | None = None) -> bool:
    """Whether the evidence of an event in a Turkish official release (``turkish_official``) tells its own forces'
    kill: the fighters it names "neutralized" ("five of them, getting ready to strike X, were neutralized by
    fire support", "the terrorists' attempt to sneak across was foiled by our commandos; three were
    neutralized"), or its forces as the agent ("3 of them near X by our Kirpi units"). The PKK/YPG
    named there are the side struck, whatever verb of theirs the clause tells (their attempt, their preparation);
    not for a bomb (``event_type``), nor for the other side's fire the release tells as an event of its own
    ("our outpost came under harassing fire ...; our units answered it", :func:`ministry_enemy_fire`)."""
    if not turkish_official or event_type in DEVICE_TYPES or _MINISTRY_ENEMY_FIRE_RE.search(evidence):
        return False
    return _NEUTRALIZED_RE.search(evidence) is not None or names_own_forces(evidence)


def first_person_striker(evidence: str, turkish_official: bool, event_type: EventType | None = None) -> str | None:
    """The party of a statement written in its own name ("Our forces responded by shelling targets near X" in a
    release that speaks of "PKK/YPG terrorists" or "Operation Peace Spring"; "2 terrorists were neutralized in the
    clash"): Turkey's forces; or None. Only "our forces" as the agent (not "our base was hit") or its word for the
    fighters it killed, in a text in Turkey's official wording (``turkish_official``, from
    :func:`in_turkish_official_wording` on the whole document), and never for a bomb (``event_type``), which is the
    other side's."""
    if not turkish_official or event_type in DEVICE_TYPES:
        return None
    if ("our " in evidence.lower() and _OUR_FORCES_RE.search(evidence)) or _NEUTRALIZED_RE.search(evidence):
        return "Turkish forces"
    if event_type in (EventType.AIRSTRIKE, EventType.DRONE_STRIKE) and not _REPORTER_SIDE_HIT_RE.search(
        _RETALIATION_FOR_RE.sub("", evidence)
    ):
        # the release's own air operation told in the passive: "an air operation was carried out against terrorist
        # targets", "shelters were destroyed by air strikes" (not "a drone struck our base")
        return "Turkish forces"
    return None


# A line that signs or titles a party's own release: "SDF Press Center", "Syrian Democratic Forces Media Center",
# "Syrian Ministry of Defence", "General Command of the SDF", "SDF General Command" (a label alone on its line, not a speaker's label opening a sentence: "SDF Media
# Center: a drone struck ...").
_RELEASE_LABEL_RE = re.compile(
    r"[ \t]*(?:[^\n:]{1,60}?\s(?:[Pp]ress|[Mm]edia)\s+(?:[Cc]ent(?:er|re)|[Oo]ffice)"
    r"|(?:[^\n:]{1,60}?\s)?[Gg]eneral\s+[Cc]ommand(?:\s+of\s+[^\n:]{1,60}?)?"
    # a ministry of defence's own line: "Syrian Ministry of Defence", "Syrian Ministry of Defence (Telegram)"
    r"|(?:[^\n:]{1,60}?\s)?[Mm]inistry\s+of\s+(?:[Nn]ational\s+)?[Dd]efen[cs]e(?:\s+\([^\n()]{1,40}\))?)"
    r"[ \t]*$"
)
#: How many lines at each end of a text may hold its signature or title (a release's own label, not a quote in it).
_RELEASE_LABEL_LINES = 4


def release_party(document_text: str) -> str | None:
    """The party whose own release a text is, by the label that titles or signs it ("SDF Press Center" on a line of
    its own among the first or last lines): the party "our forces" are in its voice. None when no such label names a
    party, or labels name two. Only the first and last :data:`_RELEASE_LABEL_LINES` lines are read."""
    lines = document_text.strip().split("\n")
    if len(lines) > 2 * _RELEASE_LABEL_LINES:
        lines = lines[:_RELEASE_LABEL_LINES] + lines[-_RELEASE_LABEL_LINES:]
    parties = {
        mention.name
        for line in lines
        if len(line) <= 120 and _RELEASE_LABEL_RE.match(line)
        for mention in find_actor_mentions(line)
        if mention.name in NAMED_ACTORS
    }
    return next(iter(parties)) if len(parties) == 1 else None


# A party's own fighters in its release's voice, as the agent: "our forces", "our members clashed", "our fighters
# repelled" (not "our fighters were wounded").
_OUR_SIDE_RE = compile_guarded(
    r"\b[Oo]ur\s+(?:heroic\s+|brave\s+)?(?:armed\s+)?(?:forces|troops|soldiers|commandos|units|members|fighters|comrades)\b"
    r"(?!\s+(?:was|were|came|have\s+been|had\s+been)\b)"
)

#: "of" right before a word (its four characters before "our").
_OF_BEFORE_RE = re.compile(r"\bof\s$", re.IGNORECASE)


def own_forces_striker(evidence: str, party: str | None, event_type: EventType | None = None) -> str | None:
    """The party of a release (:func:`release_party`) when the incident's clause names its own fighters as the agent
    ("our forces targeted the occupation's bases", "our members clashed with the attackers"; not "our positions were
    shelled", "our fighters were wounded", nor "wounding two of our members" in a clause telling the party's own
    forces or sites as hit, :data:`_OUR_SIDE_HIT_RE`); never for a bomb, the other side's."""
    if party is None or event_type in DEVICE_TYPES or "our " not in evidence.lower():
        return None
    named = [found.start() for found in _OUR_SIDE_RE.finditer(evidence)]
    if not named:
        return None
    if all(_OF_BEFORE_RE.search(evidence, max(0, start - 4), start) for start in named) and _OUR_SIDE_HIT_RE.search(evidence):
        # its fighters told only after "of" ("wounding two of our members", "a checkpoint of our forces") in a clause
        # telling its own forces or sites as the ones hit ("our patrol came under gunfire"): the party was
        # attacked, not the attacker (the martyrdom "of our fighters" in clashes it tells stays its own fight)
        return None
    return party


__all__ = [
    "FIRM_ACTOR",
    "first_person_striker",
    "ministry_enemy_fire",
    "ministry_own_kill",
    "own_forces_striker",
    "release_party",
    "names_own_forces",
    "in_turkish_official_wording",
    "ActorMention",
    "attested_actor",
    "attested_agent",
    "choose_actor",
    "clash_reporter",
    "own_fight_reporter",
    "release_clash_side",
    "OTHER_SIDE_ONLY",
    "NAMED_AFTER_ONLY",
    "clash_side",
    "find_actor_mentions",
    "find_sources",
    "find_target",
    "named_only_as_hit",
    "names_remnant_layer",
    "reported_by_another",
    "reporting_striker",
]
