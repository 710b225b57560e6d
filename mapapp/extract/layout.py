"""Document layout: which lines are titles, and where the article says it is (its place context).

Contract: :func:`read_layout` takes the analysis text (masked, accent-folded, the
same length as the document) and its sentences, and returns a
:class:`DocumentLayout` that later stages use:

* ``title_sentences`` — sentences that are title lines: the first line when it
  ends without closing punctuation at a line break ("Drone strike kills two in
  Amuda"), and the SOHR-style first line "Topic | Headline" (not one closed by a full stop, "Urgent | Gunmen
  wounded two men near X.": a bulletin's first report; nor a post's sentence closed before its hashtags,
  "... killing two. #X", :func:`closed_before_hashtags`). A title summarises
  the body, so its events are told again below (see :mod:`.coreference`).
* ``place_context`` — the place the article is filed from or about, as a
  :class:`~mapapp.extract.toponyms.PlaceMention` with ``role="context"``, read in
  this order: a dateline ("QAMISHLI, Syria (AFP) -", "Raqqa (Reuters) —", "NEAR BAGHOUZ, Syria (Reuters) -":
  the town, not a bureau city abroad such as Beirut), a line prefix naming a governorate
  ("Deir ez-Zor province – Syrian Observatory ...:", "Hasakah Governorate:"),
  the topic of a "Topic | Headline" first line ("Western countryside of Deir
  ez-Zor | ..."), then the one place a title line names.
* ``governorate_context`` — the single governorate those lines name, if any.
* ``skipped_sentences`` — sentences that tell no event of their own: a text
  repeating an earlier sentence word for word (a page that prints its headline
  twice: the same mention, read once; not a short stated zero or risen toll said again after another
  incident, "No injuries were reported.", which is each incident's), a photo caption (a line ending with a
  credit: "(AFP)", "PHOTO: REUTERS", "(Photo by ... Getty Images)", or, below the first line, a dash and
  the credited outlet: "Smoke over the village – Some Agency"; a slash and the outlet after the caption's last
  sentence, "... May 1, 2017. / Some Agency"; "(image published by ...)"; or a wire caption's closing country and full
  day, "..., Syria, May 1, 2017."), page
  furniture lines ("Tags: ...", "Read also: ...", "Related: ..."), and the
  headlines listed under a link-list label ("Related news", "Read more:",
  "Next Post"): lines without closing punctuation up to the body's next sentence.

* :func:`post_dates` — the day each post of a page of social-media posts was written, read from its header
  ("Raqqa News Page May 1 at 23:50 ·", "Yesterday at 22:10 ·", "A Name (@handle) · Mar 25, 2019" closing its line, a
  Telegram export's "[08.10.23 11:42]"): a post's
  "today" and "tonight" are that day, not the day the page was saved.
* :func:`post_header_lines` — the lines that are a post's header of their own, its day and the clock it was posted
  at ("November 29 at 11:02 PM", "Yesterday at 21:40", no "·"): the day a copied post was written.

The title lines are the *title block*: the first line, and each following line
before the first body sentence that ends without closing punctuation (a date
line, a byline, a second headline "• Landmine blast kills a herder near Mayadin"); a line of the page's controls
("Search...", "Skip to content", a cookie notice) is passed over, so a headline below a site's menu is a title.

An incident that names no place at all takes the place context (as a toponym
with role ``context``: the geocoder resolves it like a primary one, evaluation
sees it); the governorate context is the admin1 hint of a context toponym.
Every pattern is anchored at a line start with bounded repetition: linear time.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from mapapp.extract.lexicon import (
    ACTOR_SCANNER,
    COUNTRIES_ABROAD,
    MONTHS,
    NOT_PLACES,
    SOURCE_SCANNER,
    ascii_lower,
    compile_guarded,
    month_alternation,
)
from mapapp.extract.sentences import Sentence
from mapapp.extract.toponyms import (
    GovernorateMention,
    PlaceMention,
    find_governorates,
    find_places,
)

# "QAMISHLI, Syria (AFP) -", "Raqqa, Syria (AP) —", "BEIRUT (Reuters) -", "HASAKAH, Syria:"
_DATELINE_RE = re.compile(
    # "NEAR BAGHOUZ, Syria (Reuters) -", "Outside Raqqa, Syria (AP) -": a correspondent filing from near a town: the town
    r"(?:(?:NEAR|Near|OUTSIDE|Outside)\s+)?"
    r"(?P<place>[A-Z][A-Za-z'’-]{1,25}(?: [A-Z][A-Za-z'’-]{1,25}){0,2})"
    r"(?:,\s*(?:[a-z-]{1,12}\s+)?(?:Syria|SYRIA)|\s*\(Syria\))?"
    r"(?:\s*\((?:[A-Z][\w.]{1,15}(?: [A-Z][\w.]{1,15}){0,2})\))?"
    r"\s*[-–—:]\s"
)
# "Hajin: gunmen killed ...": a first line opening with a bare place name and a colon (read by _bare_place_label)
_PLACE_LABEL_RE = re.compile(r"(?P<label>#?[A-Za-z][A-Za-z’' -]{1,40}?):\s")
_DATELINE_CAPITALS_RE = re.compile(r"[A-Z][A-Z'’ -]{2,40},\s")
# Bureau cities: a dateline there says where the reporter files from, not where the event was.
_BUREAU_CITIES = frozenset(
    """beirut amman damascus istanbul ankara erbil baghdad cairo dubai doha tehran moscow washington london paris
    geneva brussels new york jerusalem""".split()
)
# "Deir ez-Zor province – Syrian Observatory for Human Rights:", "Al-Hasakah Governorate:", "Raqqa province, SOHR:"
_PROVINCE_PREFIX_RE = re.compile(
    r"(?P<name>[A-Z][\w'’ -]{1,30}?)\s+(?:[Pp]rovince|[Gg]overnorate)\s*(?:[-–—,:]|$)"
)
#: The separator of a monitor's "Topic | Headline" first line (also read by :mod:`mapapp.extract.coreference`).
TOPIC_SEPARATOR = " | "
_TITLE_BLOCK_LINES = 5
_OPENING_LINES = 6
# Dateline words that are not places: "Agencies (Qasioun) –", "Staff (AFP) -".
# A word of the name is enough: "NEWS CENTER -", "HAWAR NEWS -", "Media Office -" (outlets' desks, not places).
_NOT_DATELINE_PLACES = frozenset(
    "agencies agency staff news desk wires editor editorial reporter reporters center centre media press office".split()
)


@dataclass(frozen=True)
class DocumentLayout:
    """What the layout of a document says: its title lines and its place and governorate context."""

    title_sentences: frozenset[int] = field(default_factory=frozenset)
    place_context: PlaceMention | None = None
    governorate_context: str | None = None
    skipped_sentences: frozenset[int] = field(default_factory=frozenset)
    dateline: tuple[int, int] | None = None  # the dateline's span ("QAMISHLI, Syria (AFP) - "): no part of the report
    # the place each labelled line of a post names before its text ("Hajin | A mine killed ...", "Hajin: ..."), by
    # sentence, when two or more lines are so labelled: that line's place
    line_places: dict[int, PlaceMention] = field(default_factory=dict)
    # the country abroad heading each sentence's section of a release ("Iraq" above "Near X, one strike ..."), by
    # sentence: the places its lines name lie in that country (a tie, never a place of its own for a line naming none)
    section_countries: dict[int, PlaceMention] = field(default_factory=dict)

    def without_dateline(self, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` starting after the dateline when it starts inside it (evidence is the report, not its byline)."""
        if self.dateline is not None and self.dateline[0] <= span[0] < self.dateline[1] < span[1]:
            return (self.dateline[1], span[1])
        return span

    def is_title(self, sentence_index: int) -> bool:
        return sentence_index in self.title_sentences


def read_layout(analysis: str, sentences: list[Sentence]) -> DocumentLayout:
    """Read the title lines and the place context of a document (see the module docstring)."""
    if not sentences:
        return DocumentLayout()
    titles: set[int] = set()
    first = sentences[0]
    first_text = analysis[first.start : first.end]
    topic: str | None = None
    topic_start = first.start
    line_places = _line_labels(analysis, sentences) or _dated_item_places(analysis, sentences)
    first_is_control = _is_page_chrome(analysis, first.start)  # (a language menu "English | ..." is no topic)
    if TOPIC_SEPARATOR in first_text and _ends_line(analysis, first) and 0 not in line_places and not first_is_control:
        if not _closed_as_a_sentence(first_text):
            titles.add(0)  # ("Urgent | Gunmen wounded two men near X." is the first report of a bulletin, not its title)
        topic = first_text.split(TOPIC_SEPARATOR, 1)[0]
    elif is_title_line(analysis, first):
        titles.add(0)
    # a page whose first line is one of its controls ("Skip to main content (Press Enter)."): its title block (the
    # masthead, the menu, then the headline) starts below it
    first_is_chrome = not titles and first_is_control
    if titles or first_is_chrome:
        # the rest of the title block: lines without closing punctuation before the first body sentence
        chrome_end = _line_end(analysis, first.start) if first_is_chrome else -1  # the latest control line's end
        for sentence in sentences[1:_TITLE_BLOCK_LINES]:
            if sentence.start < chrome_end:
                continue  # (the rest of that line: "We use cookies. | Accept")
            if _after_blank(analysis, sentence) and _is_page_chrome(analysis, sentence.start):
                chrome_end = _line_end(analysis, sentence.start)
                continue  # "Search...", "Skip to content", a cookie notice: the page's controls, not its body
            if not is_title_line(analysis, sentence) or not _after_blank(analysis, sentence):
                break
            titles.add(sentence.index)

    skipped = _repeated(analysis, sentences) | _captions_and_furniture(analysis, sentences)
    place: PlaceMention | None = None
    dateline_span: tuple[int, int] | None = None
    governorates: list[GovernorateMention] = []
    # the opening lines: a dateline or a province prefix comes within the first few lines of the text
    for sentence in sentences[:_OPENING_LINES]:
        if sentence.index in skipped:
            continue  # a photo caption's dateline says where the photo was taken
        line_start = sentence.start == 0 or analysis[sentence.start - 1] == "\n" or _after_blank(analysis, sentence)
        if not line_start:
            continue
        text = analysis[sentence.start : min(sentence.end, sentence.start + 120)]
        prefix = _PROVINCE_PREFIX_RE.match(text)
        if prefix:
            found = find_governorates(prefix.group("name"), sentence.start)
            if len({g.governorate for g in found}) == 1:
                governorates.extend(found)
                continue
        dateline = _DATELINE_RE.match(text)
        label = _PLACE_LABEL_RE.match(text) if sentence.index == 0 and place is None else None
        if label is not None and not (dateline and _looks_like_dateline(text, dateline)):
            # "Hajin: unknown gunmen killed ...": the first line opens with the bare name of its place
            place = _bare_place_label(label.group("label"), sentence.start)
            if place is not None:
                continue
        if dateline and place is None and sentence.index not in titles and _looks_like_dateline(text, dateline):
            dateline_span = (sentence.start + dateline.start(), sentence.start + dateline.end())
            name = dateline.group("place")
            if name.lower() not in _BUREAU_CITIES and not _NOT_DATELINE_PLACES.intersection(name.lower().split()):
                start = sentence.start + dateline.start("place")
                found = find_governorates(name, start)
                place = PlaceMention(start, start + len(name), name, "place", "context", _single(found))
                governorates.extend(found)
    if topic is not None:
        found = find_governorates(topic, topic_start)
        governorates.extend(found)
        if place is None:
            place = _context_place(topic, found, topic_start) or _bare_place_label(topic, topic_start)
    if place is None:
        for index in sorted(titles):
            if index in skipped:
                continue  # a link to another report ("Previous: ...") says nothing of where this one is
            sentence = sentences[index]
            text = analysis[sentence.start : sentence.end]
            found = find_governorates(text, sentence.start)
            governorates.extend(found)
            place = _context_place(text, found, sentence.start)
            label = _TITLE_LABEL_RE.match(text) if place is None else None
            if label is not None:  # "Baghouz: families flee as bombardment intensifies"
                place = _bare_place_label(label.group(1), sentence.start)
            names = _TWO_NAMES_RE.fullmatch(text) if place is None else None
            if names is not None:  # "Serekaniye / Ras al-Ain": one place by its Kurdish and Arabic names
                place = _bare_place_label(names.group(1), sentence.start)
            if place is not None:
                break
    governorate = _single(governorates)
    if place is None and governorate is not None:
        mention = next(g for g in governorates if g.governorate == governorate)
        place = PlaceMention(mention.start, mention.end, mention.text, "governorate", "context", governorate)
    sections = _country_sections(analysis, sentences)
    return DocumentLayout(frozenset(titles), place, governorate, frozenset(skipped), dateline_span, line_places, sections)


#: A headline opened by a place label: "Baghouz: families flee ...".
_TITLE_LABEL_RE = re.compile(r"([^:\n]{3,40}):\s")
#: A headline that is only one place's two names: "Serekaniye / Ras al-Ain".
_TWO_NAMES_RE = re.compile(r"\s*([^/\n]{3,30}?)\s+/\s+[^/\n]{3,30}")
#: How far into a line a place label ends ("Al-Busayrah | ...", "Jadid Ekeidat: ...").
_LABEL_REACH = 40
_LINE_LABEL_RE = re.compile(r"[^|:\n—–]{3,40}?(?: \| |: | [—–] )")
#: A label closed by a spaced dash ("Diban — A man was shot ..."): as a dateline is ("Hasakah – ..."), so such labels
#: count only when two or more lines carry them (a list of labelled items), never one alone.
_DASH_LABEL_END = re.compile(r" [—–] $")
#: The marks that open a quote after a label's dash (its speaker's name, not a place).
_QUOTE_MARKS = frozenset("\"“‘'«")
#: Which side of a front a label's place is told, in brackets after it: "Al-Ashara (government side) — ...".
_LABEL_BRACKET_RE = re.compile(r"\s*\([^()\n]{1,30}\)$")
#: The bullet before a labelled line of a list post: "- Hajin: ...", "• Diban: ...", "* Theban | ...", or its item
#: number: "1- Hajin: ...", "2) Diban: ...", "3. Theban: ...".
#: Also a post's pictograph bullet: "📌 Diban: ...", "⭕️ #Hajin | ...", "🔴 Al-Susa: ..." (one to four symbols that
#: are neither letters, digits, spaces, quotes, brackets nor a hashtag's "#"), which may touch the hashtag after it
#: ("🔴#Hajin: ...").
_BULLET_RE = re.compile(r"[-•*–—][ \t]+|\d{1,2}[ \t]?[-.)–][ \t]*(?=[^\W\d])|[^\w\s\"'“‘(\[#.,;:!?]{1,4}(?:[ \t]+|(?=#\w))")
#: Two places a line's label names together, "A / B: ...", "A & B | ...": the line's reports are at the first.
_LABEL_PAIR_RE = re.compile(r"\s+[/&]\s+")


#: A word of kind after a line's place label: "Mayadin city: ...", "Hajin area | ...".
_LABEL_KIND_WORD_RE = re.compile(r"\s+(?:city|town|village|area|countryside|camp|district)$", re.IGNORECASE)
#: A word of time after a line's place label: "Hajin now: ...", "Diban today | ...".
_LABEL_TIME_WORD_RE = re.compile(r"\s+(?:now|today|tonight|this\s+morning|update|urgent)$", re.IGNORECASE)
#: A post's flash heading naming only a place, on a line of its own: "Urgent | A", "Breaking: A", "Flash - A": the
#: place of the report on the line right after it (``place`` is read as a bare label, :func:`_bare_place_label`).
_FLASH_HEADING_RE = re.compile(
    r"#?(?:urgent|breaking(?:\s+news)?|flash|just\s+in)\s*(?:\||:|[-—–])\s*(?P<place>[^|:\n]{3,40}?)\s*$", re.IGNORECASE
)


#: A dated item of a release's list, told as a header before its report: "1. June 4, 2018, near Hajin, Syria.",
#: "March 3, 2019, near Baghuz, Syria:" (a numbered or bare line opener, a day, then where: the place and country).
DATED_ITEM_HEADER_RE = re.compile(
    r"(?:\d{1,2}[.)]\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
    r",\s+(?:(?:near|in|outside|at|around|west|east|north|south)(?:\s+of)?\s+)?(?P<place>[^,.;:\n]{3,40}),\s+"
    r"(?:Syria|Iraq)\s*[.:]\s*"
)


def _dated_item_places(analysis: str, sentences: list[Sentence]) -> dict[int, PlaceMention]:
    """The place of each sentence reported under a dated item header of a list ("1. June 4, 2018, near Hajin, Syria.
    During a strike against ISIS fighters, one civilian was killed."): the sentences after the header, up to the end
    of its line, are at its place. Empty unless two or more lines open with such a header (a list of items)."""
    labels: dict[int, PlaceMention] = {}
    headers = 0
    current: PlaceMention | None = None
    line_end = -1
    for sentence in sentences:
        if sentence.start > line_end:
            current = None
        line_start = sentence.start == 0 or analysis[sentence.start - 1] == "\n" or _after_blank(analysis, sentence)
        header = DATED_ITEM_HEADER_RE.match(analysis, sentence.start, sentence.end + 1) if not current else None
        if header is None and line_start and not current:
            # "1." split off as a sentence of its own: the header is the next sentence of the line
            numbered = re.fullmatch(r"\d{1,2}[.)]", analysis[sentence.start : sentence.end].strip())
            if numbered is not None:
                line_end = analysis.find("\n", sentence.start)
                line_end = len(analysis) if line_end < 0 else line_end
                continue
        if header is not None:
            place = header.group("place").strip()
            start = header.start("place") + header.group("place").index(place)
            current = PlaceMention(start, start + len(place), place, "place", "primary", None)
            headers += 1
            line_end = analysis.find("\n", sentence.start)
            line_end = len(analysis) if line_end < 0 else line_end
            continue
        if current is not None and sentence.start <= line_end:
            labels[sentence.index] = current
    return labels if headers >= 2 else {}


#: A line that only heads a section by its country: "Iraq", "Syria:", "Strikes in Iraq" (a military release's summary).
_COUNTRY_HEADING_RE = re.compile(r"[^\w\n]{0,4}(?:(?:air\s*)?strikes\s+in\s+)?(?P<country>[A-Za-zü]{4,8})\s*:?\s*", re.IGNORECASE)


def _country_sections(analysis: str, sentences: list[Sentence]) -> dict[int, PlaceMention]:
    """The country abroad heading each sentence's section, by sentence: the sentences after a line that is only a
    country's name ("Iraq", "Strikes in Iraq"), up to the next such line ("Syria"), lie in that country (a release
    summarising strikes in Syria and Iraq: "Iraq / Near Kisik, one strike ..."). Sections headed "Syria" are not
    returned: their places are the report's own."""
    sections: dict[int, PlaceMention] = {}
    current: PlaceMention | None = None
    for sentence in sentences:
        line_start = sentence.start == 0 or analysis[sentence.start - 1] == "\n" or _after_blank(analysis, sentence)
        heading = _COUNTRY_HEADING_RE.fullmatch(analysis, sentence.start, sentence.end) if line_start else None
        if heading is not None and _ends_line(analysis, sentence):
            country = heading.group("country")
            if country.lower() == "syria":
                current = None
            elif country.lower() in COUNTRIES_ABROAD:
                start = heading.start("country")
                current = PlaceMention(start, start + len(country), country, "place", "primary", None)
            continue
        if current is not None:
            sections[sentence.index] = current
    return sections


def _line_labels(analysis: str, sentences: list[Sentence]) -> dict[int, PlaceMention]:
    """The place label of each line of a post of labelled items ("Al-Shheil | Gunmen shot ...", "Hajin: A mine
    killed ...", also after a bullet: "- Diban: SDF raids ..."), by sentence; empty unless two or more lines are so
    labelled (one label is a topic line's), or the one label is a post's own mark (a pictograph bullet, a hashtag) or
    opens a line below the first that reports in sentences ("Furat Post / 8 September / Diban | A man was hurt in the
    town. ..."), not a headline."""
    labels: dict[int, PlaceMention] = {}
    dashed: set[int] = set()  # the lines labelled with a spaced dash ("Diban — ..."): a list only when two or more
    marked = False
    reported = False  # a labelled line below the first that reports in sentences ("Hajin | A boy was hurt. ...")
    flash: PlaceMention | None = None  # the place of a flash heading on the line before ("Urgent | Hajin")
    for sentence in sentences:
        if not (sentence.start == 0 or analysis[sentence.start - 1] == "\n" or _after_blank(analysis, sentence)):
            continue
        headed, flash = flash, None
        bullet = _BULLET_RE.match(analysis, sentence.start, sentence.end)  # "- Hajin: ...", "* Hajin: ..."
        start = bullet.end() if bullet is not None else sentence.start
        heading = _FLASH_HEADING_RE.fullmatch(analysis, start, sentence.end) if sentence.index > 0 else None
        if heading is not None and _ends_line(analysis, sentence):
            place = _bare_place_label(heading.group("place"), heading.start("place"))
            if place is not None:
                flash = PlaceMention(place.start, place.end, place.text, "place", "primary", None)
            continue
        found = _LINE_LABEL_RE.match(analysis, start, min(sentence.end, start + _LABEL_REACH + 3))
        if headed is not None and found is None and not is_title_line(analysis, sentence):
            labels[sentence.index] = headed  # "Urgent | Hajin" / "A mine killed a boy ...": the report's place
            marked = True
            continue
        if found is None:
            continue
        dash = _DASH_LABEL_END.search(found.group(0)) is not None
        if dash and analysis[found.end() : found.end() + 1] in _QUOTE_MARKS:
            continue  # (a speaker before a quote, "Omar — “The drone came at dawn.”": a list of quotes, not of places)
        label = _LABEL_TIME_WORD_RE.sub("", analysis[start : found.end()].rstrip(" |:—–"))  # ("Hajin now: ...")
        # ("Mayadin city: ...", "X (east) — ", "X (its other name) city: ...")
        label = _LABEL_BRACKET_RE.sub("", _LABEL_KIND_WORD_RE.sub("", _LABEL_BRACKET_RE.sub("", label)))
        pair = _LABEL_PAIR_RE.search(label)
        place = _bare_place_label(label, start) if pair is None else _first_of_pair(label, pair, start)
        if place is None:
            continue
        labels[sentence.index] = PlaceMention(place.start, place.end, place.text, "place", "primary", None)
        if dash:
            dashed.add(sentence.index)
        else:
            # a post's own marks (a pictograph bullet, a hashtag; not an item's number) make one labelled line enough
            marked = marked or (
                bullet is not None and bullet.group(0)[0] not in "-–—" and not bullet.group(0)[0].isdigit()
            ) or label.lstrip().startswith("#")
            # (a bureau city opening a report, "Beirut: Bombardment killed ...", is where it was filed from)
            reported = reported or (
                sentence.index > 0 and not is_title_line(analysis, sentence)
                and place.text.lower() not in _BUREAU_CITIES
            )
    if len(dashed) < 2:
        labels = {index: place for index, place in labels.items() if index not in dashed}
    one_label_enough = (marked or reported) and 0 not in labels
    return labels if len(labels) >= 2 or one_label_enough else {}


_MIN_REPEATED_LENGTH = 20  # shorter lines ("Share", "Related") repeat without being told twice


_CAPTION_CREDIT_RE = compile_guarded(
    r"(?:\b(?:PHOTO|Photo|IMAGE|Image|Picture|Credit)s?\s*:\s*[\w ./&-]{1,40}"
    r"|\((?:AFP|AP|Reuters|REUTERS|Getty Images|File|File photo|Archive|[^()\n]{0,60}"
    r"(?:Photo|photo|Getty|AFP|Reuters|Images|[Ii]mage|[Pp]icture)[^()\n]{0,40})\))\s*$"
    # a credit after a slash closing the line: "... in the city, May 1, 2017. / Some Agency and Agencies"
    r"|[.!?\"”]\s+/\s*[A-Z][\w.&-]{0,24}(?:\s+(?:[A-Z][\w.&-]{0,24}|and|&)){0,4}\s*$"
)
# A wire photo's caption: a line that ends on the country and the full day the photo was taken, as the agencies write
# them ("Men inspect the ruins of a market in X, Syria, May 1, 2017.", "..., Syria, Tuesday, Oct. 17, 2017."). A
# sentence of a report names the day it tells of, not a country and a year after the place.
_WIRE_CAPTION_END_RE = re.compile(
    r",\s+(?:Syria|Iraq|Turkey|Lebanon|Jordan)\s*,\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*,\s+)?"
    r"(?:Jan|Feb|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*,\s+"
    r"(?:19|20)\d\d\s*\.?\s*$"
)
# A caption credited after a dash on a line below the title: "Smoke over the town of X – Some Agency". The line
# ends on the credit's capitalised words with no closing punctuation before the dash (a sentence never does).
_DASH_CREDIT_RE = re.compile(r"[^\s.!?\"”’':;,]\s+[–—-]\s+[A-Z][\w.]{0,24}(?: [A-Z][\w.]{0,24}){0,3}\s*$")
_FURNITURE_RE = re.compile(
    r"\s*(?:[-•*]\s*)?(?:Tags?|Keywords|Topics|Related(?: articles| news| stories)?|Read (?:also|more)|See also|"
    r"Check also|Also read|Share(?: this)?|Follow us|(?:Prev|Previous|Next)(?: post| article| story)?|"
    # a link list's label with its headline on the same line: "Most read: ...", "Latest news: ...", "Recommended: ..."
    r"Most (?:read|popular|viewed)|Latest (?:news|articles|posts|stories)|More (?:news|stories|articles)|"
    r"Trending(?: now| news)?|Recommended(?: for you| articles)?|Top stories|Editor[’']?s picks)\b\s*:",
    re.IGNORECASE,
)


# A line that is only a label over a list of links to other articles: "Related news", "Read more:", "Prev Post",
# "Latest news", "You may also like". The headlines listed below it tell other reports' events.
_LINK_LIST_LABEL_RE = re.compile(
    r"\s*(?:[-•*#]\s*)?(?:Related(?: articles| news| posts| stories| content| reports)?|Read (?:also|more|next)|Also read|"
    r"See also|More (?:news|stories|articles)|Latest(?: news| articles| posts| stories)?|Most (?:read|popular|viewed)|"
    r"Trending(?: now| news)?|Recommended(?: for you| articles)?|You (?:may|might) also (?:like|be interested in)|"
    r"Top stories|Editor[’']?s picks|(?:Prev|Previous|Next)(?: post| article| story)?|Prev Post|Next Post)\s*:?\s*",
    re.IGNORECASE,
)
# A line that closes as a sentence does: the body has begun again after a list of headlines.
_CLOSED_LINE_RE = re.compile(r"[.!?\"”’'):]\s*$")


def _captions_and_furniture(analysis: str, sentences: list[Sentence]) -> set[int]:
    """Sentences on a line that ends with a photo credit, or on a page-furniture line ("Tags: ..."), and the same
    caption printed elsewhere without its credit; and the headlines listed under a link-list label ("Related news",
    "Read more:", "Next Post"), each a line without closing punctuation, up to the first line that closes as a
    sentence does. Lines are found with a forward pointer: linear in the text."""
    skipped: set[int] = set()
    captions: set[str] = set()
    line_start, line_end = 0, _line_end(analysis, 0)
    line_skipped = False
    line_read = False
    in_link_list = False  # below a link-list label, until a line closes as a sentence
    for sentence in sentences:
        while line_end < sentence.start:
            line_start = line_end + 1
            line_end = _line_end(analysis, line_start)
            line_read = False
        if not line_read:
            line = analysis[line_start:line_end]
            credit = _CAPTION_CREDIT_RE.search(line[-120:])
            if credit is None and line_start > 0 and not line.rstrip().endswith("."):
                credit = _DASH_CREDIT_RE.search(line[-120:])  # (the first line is the title: it may name its outlet)
            if credit is None and line_start > 0:
                credit = _WIRE_CAPTION_END_RE.search(line[-60:])
            furniture = bool(_FURNITURE_RE.match(line[:40]))
            label = len(line) <= 40 and _LINK_LIST_LABEL_RE.fullmatch(line) is not None
            if label or furniture:
                in_link_list = True
            elif in_link_list and _CLOSED_LINE_RE.search(line[-4:]):
                in_link_list = False
            line_skipped = bool(credit or furniture or in_link_list)
            if credit is not None:
                captions.add(_normalised(line[: len(line) - len(line[-120:]) + credit.start()]))
            line_read = True
        if line_skipped:
            skipped.add(sentence.index)
    if captions:
        for sentence in sentences:
            if _normalised(analysis[sentence.start : sentence.end]) in captions:
                skipped.add(sentence.index)
    return skipped


def _line_end(analysis: str, start: int) -> int:
    end = analysis.find("\n", start)
    return len(analysis) if end < 0 else end


def _normalised(text: str) -> str:
    return " ".join(text.split()).lower().rstrip(" .")


# A sentence that tells of the incident just told and of nothing else: a stated zero ("No injuries were reported.",
# "No casualties were reported, sources said.") or its toll told again ("Doctors said later that the toll had climbed
# to five."). Naming no one (no capitalised word after its first), it is said again of each incident it follows.
_FOLLOW_UP_STATEMENT_RE = compile_guarded(
    r"\bno\s+(?:[a-z]+\s+)?(?:casualties|injuries|deaths|fatalities|victims)\b"
    r"|\bno(?:\s|-)?(?:one|body)\s+(?:was|were)\b"
    r"|\btoll\s+(?:(?:has|had|later|then|now|since)\s+){0,2}(?:risen|rose|climbed|increased)\b",
    re.IGNORECASE,
)
_MAX_FOLLOW_UP_LENGTH = 120  # characters: a short statement, not a paragraph printed twice
_CAPITALISED_AFTER_FIRST_RE = re.compile(r"\s[A-Z]")


def _follow_up_of_another_incident(text: str, previous_key: str | None, first_previous_key: str | None) -> bool:
    """Whether a sentence repeated word for word is a follow-up told again of another incident: a short stated zero
    or risen toll naming no one (:data:`_FOLLOW_UP_STATEMENT_RE`), after another sentence than the one it followed the
    first time ("A shell hit X. No injuries were reported. ... A bomb went off in Y. No injuries were reported.": each
    incident's zero). A page printing a passage twice repeats the sentence before it too, and a headline names its
    place: both stay skipped."""
    return (
        len(text) <= _MAX_FOLLOW_UP_LENGTH
        and previous_key != first_previous_key
        and _CAPITALISED_AFTER_FIRST_RE.search(text) is None
        and _FOLLOW_UP_STATEMENT_RE.search(text) is not None
    )


def _repeated(analysis: str, sentences: list[Sentence]) -> set[int]:
    """Sentences whose whitespace-normalised text is that of an earlier sentence (one set lookup each), unless a
    follow-up said again of another incident (:func:`_follow_up_of_another_incident`)."""
    seen: dict[str, str | None] = {}  # a sentence's key -> the key of the sentence before its first telling
    repeated: set[int] = set()
    previous_key: str | None = None
    for sentence in sentences:
        text = analysis[sentence.start : sentence.end]
        key = _normalised(text)
        before, previous_key = previous_key, key
        if sentence.end - sentence.start < _MIN_REPEATED_LENGTH:
            continue
        if key in seen:
            if not _follow_up_of_another_incident(text, before, seen[key]):
                repeated.add(sentence.index)
        else:
            seen[key] = before
    return repeated


# A line of a page's own controls above its headline: a search box ("Search...", "Search ..."), "Skip to content",
# "Menu", a cookie notice ("This site uses cookies for a better experience. Accept", "This website uses cookies. OK",
# "Cookies help us run this website. Learn more | Got it": a short line naming cookies in its first words, and
# the site or a button of the notice, :data:`_COOKIE_NOTICE_CUE`): it closes with a point, yet the title block (the
# masthead, the menu, then the headline) goes on past it. A headline naming cookies ("Girl selling cookies killed by
# mortar fire in Raqqa") names no site nor button: no control. A language menu ("English | Arabic | Kurdi", the
# other items often in their own script) is one too: its first item, a language, is no topic of a "Topic | Headline".
_LANGUAGE_MENU = r"(?:english|arabic|kurdi(?:sh)?|turkish|turkce|francais|french|deutsch|espanol)\s*\|[^\n]{0,120}?"
_COOKIE_NOTICE_CUE = (
    r"(?=[^\n]*\b(?:we\s+use|help\s+us|our\s+(?:web\s*)?(?:site|services|partners)|this\s+(?:web\s*)?(?:site|page)|"
    r"website|browsing|browser|experience|accept|agree|consent|ok(?:ay)?|got\s+it|learn\s+more|more\s+info|privacy|policy|settings|close|dismiss|fine)\b)"
)
_PAGE_CHROME_RE = re.compile(
    r"\s*(?:search\s*(?:\.{3}|…)?|skip\s+to\s+(?:the\s+)?(?:main\s+)?content(?:\s*\([^()\n]{0,40}\))?\.?|menu|"
    + _LANGUAGE_MENU
    + "|"
    + _COOKIE_NOTICE_CUE
    + r"(?:[\w’'-]+\s+){0,4}?cookies\b[^\n]{0,120}?)\s*$",
    re.IGNORECASE,
)


def _is_page_chrome(analysis: str, line_start: int) -> bool:
    """Whether the line starting at ``line_start`` is one of the page's controls (:data:`_PAGE_CHROME_RE`)."""
    end = _line_end(analysis, line_start)
    return end - line_start <= 160 and _PAGE_CHROME_RE.fullmatch(analysis, line_start, end) is not None


# the closing quotes a headline may end on when it ends on a quoted phrase: 'Gunmen kill a man for "spying"'
_CLOSING_QUOTES = "\"”'’"


def _closed_as_a_sentence(line: str) -> bool:
    """Whether a line ends on a full stop (past closing quotes), as a report does, not a headline (a question may be
    one), or on a full stop followed only by hashtags (:func:`closed_before_hashtags`)."""
    return line.rstrip().rstrip(_CLOSING_QUOTES)[-1:] == "." or closed_before_hashtags(line)


#: How much of a line's end is read for the hashtags that close a post (characters).
_HASHTAG_TAIL_CHARS = 120
# A post's sentence closed, then only its hashtags: "... killing three. #Tabqa", "... today. #Deir ez Zor #Syria" (a
# hashtag's underscores read as spaces, so the words after a "#" may be several; no closing punctuation after them).
_CLOSED_BEFORE_HASHTAGS_RE = re.compile(r"[.!?][\"”'’]?[ \t]+#[^.!?\n]*\Z")


def closed_before_hashtags(line: str) -> bool:
    """Whether a line is a sentence closed by its punctuation and then only hashtags ("A car bomb exploded in X.
    #X #Syria"): a post's report, not a headline, though no full stop ends the line. Headlines carry no full stop before
    their tags, and a page of posts whose first reports were read as its title block would lose them as summaries of
    the body. Only the line's last :data:`_HASHTAG_TAIL_CHARS` characters are read: linear time."""
    tail = line.rstrip()[-_HASHTAG_TAIL_CHARS:]
    return "#" in tail and _CLOSED_BEFORE_HASHTAGS_RE.search(tail) is not None


def is_title_line(analysis: str, sentence: Sentence) -> bool:
    """A line without closing punctuation, ended by a line break: a headline. A line that ends on a quoted phrase
    ('... for "dealing with the enemy"') is one too; not a quoted sentence closed inside its quotes ('... "we won."'),
    nor a post's sentence closed before its hashtags ("... killing two. #Tabqa", :func:`closed_before_hashtags`)."""
    if not _ends_line(analysis, sentence):
        return False
    if closed_before_hashtags(analysis[sentence.start : sentence.end]):
        return False
    end = sentence.end
    while end > sentence.start and analysis[end - 1] in _CLOSING_QUOTES:
        end -= 1
    if end == sentence.end:
        return analysis[end - 1] not in ".!?:"
    # ended by a quote: a quoted phrase closing the headline, its opening quote on the line, no closing punctuation
    opened = analysis.find('"', sentence.start, end) >= 0 or analysis.find("“", sentence.start, end) >= 0
    return opened and end > sentence.start and analysis[end - 1] not in ".!?:,;"


#: How many blanks may trail a line after its last word (a page's saved text pads lines: "Headline   \n").
_TRAILING_BLANKS = 200


def _ends_line(analysis: str, sentence: Sentence) -> bool:
    """Whether a line break (or the text's end) follows the sentence, past the blanks a saved page leaves after a
    line's last word ("Car bomb kills three in X   \n", "English | ... |   \n"): such a padded headline is a title
    line all the same. At most :data:`_TRAILING_BLANKS` blanks are passed over: linear time."""
    position, limit = sentence.end, min(len(analysis), sentence.end + _TRAILING_BLANKS)
    while position < limit and analysis[position] in " \t":
        position += 1
    return position >= len(analysis) or analysis[position] in "\r\n"


def _after_blank(analysis: str, sentence: Sentence) -> bool:
    """True when only blanks stand between the previous line break and the sentence."""
    position = sentence.start - 1
    while position >= 0 and analysis[position] in " \t":
        position -= 1
    return position < 0 or analysis[position] == "\n"


def _looks_like_dateline(text: str, match: re.Match[str]) -> bool:
    """A dateline names an agency in brackets, a country after a comma, or is written in capitals."""
    written = match.group(0)
    return "(" in written or "Syria" in written or bool(_DATELINE_CAPITALS_RE.match(text)) or (
        match.group("place").isupper() and len(match.group("place")) > 3
    )


def _single(governorates: list[GovernorateMention]) -> str | None:
    names = {g.governorate for g in governorates}
    return names.pop() if len(names) == 1 else None


# A topic label that is a bare place name: "Dhiban | Gunmen kill a man ...", "Al-Busayrah | ..." (local pages'
# posts). One to three capitalised words; not a topic word ("Breaking", "Urgent", "Update", "Statement"), not an
# organisation or outlet ("Euphrates Post", "Media Center"), not a party.
# (a hashtag joins its words with underscores: "#Abu_Hamam", "#Deir_ezZor")
_BARE_LABEL_RE = re.compile(
    r"\s*#?(?:(?:[Aa]l|[Ee]l)[-_ ])?[A-Z][a-z’'-]{2,20}(?:[-_ ](?:(?:al|el)[-_ ])?[A-Z][a-z’'-]{1,20}){0,2}\s*"
)
_NOT_PLACE_LABEL_WORDS = frozenset(
    """breaking urgent update updates exclusive statement report video photos photo watch news latest important
    alert flash infographic analysis opinion interview translation documentation death escalation military security
    post agency center centre media command ministry network observatory forces council office channel tv radio
    press times today daily voice eye monitor release number targets target sites background context summary details
    sources source notes note overview timeline reactions reaction""".split()
)
#: Words of a label pairing two categories, times or sides rather than two places: "Killed / Wounded", "Morning /
#: Evening", "East / West" (a label of one such word is left as it was: "Dawn: ..." opening a line still sets its
#: event apart).
_NOT_PLACE_PAIR_WORDS = NOT_PLACES | frozenset(
    """morning afternoon evening night day dawn killed wounded injured dead civilians fighters soldiers casualties
    losses""".split()
)


def _first_of_pair(label: str, pair: re.Match[str], base: int) -> PlaceMention | None:
    """The first place of a label naming two ("A / B"), when both are places' bare names (:func:`_bare_place_label`)
    and neither is a word of direction, of time or of a category ("East / West", "Morning / Evening", "Killed /
    Wounded": two sides, times or counts, not two places)."""
    first, second = label[: pair.start()], label[pair.end() :]
    if any(part.strip().lower() in _NOT_PLACE_PAIR_WORDS for part in (first, second)):
        return None
    if _bare_place_label(second, base + pair.end()) is None:
        return None
    return _bare_place_label(first, base)


def _bare_place_label(label: str, base: int) -> PlaceMention | None:
    """The place a topic label names by its bare name (see :data:`_BARE_LABEL_RE`), as a context place; None when the
    label is a topic, an organisation, an outlet or a party."""
    if _BARE_LABEL_RE.fullmatch(label) is None:
        return None
    words = {w.lower().lstrip("#") for w in re.split(r"[\s-]+", label.strip()) if w}
    if words & _NOT_PLACE_LABEL_WORDS or any(True for _ in ACTOR_SCANNER.finditer(ascii_lower(label))):
        return None
    if any(True for _ in SOURCE_SCANNER.finditer(ascii_lower(label))):
        return None
    stripped = label.strip()
    start = base + label.index(stripped) + (1 if stripped.startswith("#") else 0)
    name = stripped.lstrip("#")
    return PlaceMention(start, start + len(name), name, "place", "context", None)


def _context_place(text: str, governorates: list[GovernorateMention], base: int) -> PlaceMention | None:
    """The one place a title or topic names (the first sub-governorate place, else its one governorate)."""
    places = find_places(text, governorates, base)
    named = [p for p in places if p.level == "place"]
    candidates = named or [p for p in places if p.level == "governorate"]
    names = {p.text.lower() for p in candidates}
    if len(names) != 1:
        return None
    chosen = candidates[0]
    return PlaceMention(chosen.start, chosen.end, chosen.text, chosen.level, "context", chosen.governorate or _single(governorates))


_POST_MONTH = r"(?:" + month_alternation() + r")\.?"
# A post header's day before the "·" that closes it: "May 1 at 23:50 ·", "22 March ·", "Yesterday at 22:10 ·"
# (matched against the few characters before each "·": anchored at the end, bounded, so linear in the text).
_POST_HEADER_DAY_RE = re.compile(
    rf"(?:\b(?P<rel>yesterday|today)|\b(?P<m1>{_POST_MONTH})\s+(?P<d1>\d{{1,2}})(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|\b(?P<d2>\d{{1,2}})\s+(?P<m2>{_POST_MONTH})(?:\s+(?P<y2>\d{{4}}))?)"
    r"(?:\s+at\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s*$",
    re.IGNORECASE,
)
# A post header's day after its "·", closing the header line: "A Name (@handle) · Mar 25, 2019" (matched from
# just after each "·": anchored, bounded).
_POST_HEADER_DAY_AFTER_RE = re.compile(
    rf"[ \t]{{0,3}}(?:(?P<rel>yesterday|today)|(?P<m1>{_POST_MONTH})\s+(?P<d1>\d{{1,2}})(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_POST_MONTH})(?:\s+(?P<y2>\d{{4}}))?)[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
# A post header that is a line of its own, its day and the clock it was posted at, without a "·": "November 29 at
# 11:02 PM", "3 July at 10:15", "Yesterday at 21:40" (the clock tells it from a date line in prose). Matched whole
# against the short lines holding " at ", each looked at once.
_POST_HEADER_LINE_RE = re.compile(
    rf"[ \t]*(?:(?P<rel>yesterday|today)|(?P<m1>{_POST_MONTH})\s+(?P<d1>\d{{1,2}})(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_POST_MONTH})(?:\s+(?P<y2>\d{{4}}))?)"
    r"[ \t]+at[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]*",
    re.IGNORECASE,
)
#: The longest line read as a post header of its own ("25 November 2018 at 10:40 PM" and some space).
_POST_HEADER_LINE_CHARS = 40
# A Telegram export's message stamp: "[08.10.23 11:42]" (day first).
_TELEGRAM_STAMP_RE = re.compile(r"\[(\d{1,2})\.(\d{1,2})\.(\d{2}(?:\d{2})?)[ ,]+\d{1,2}:\d{2}(?::\d{2})?\]")
#: How long before the publication date a post's header may date it (a page saved a few weeks after its posts).
POST_AGE_LIMIT = datetime.timedelta(days=62)


def post_dates(analysis: str, published: datetime.date | None) -> list[tuple[int, datetime.date]]:
    """(offset, day) of each post header in the text, in text order (see the module docstring). A header with no
    year is in the publication year, or the year before when that day would be after publication; a day after
    publication or more than :data:`POST_AGE_LIMIT` before it is no header (a date told in prose)."""
    if published is None or ("·" not in analysis and "[" not in analysis):
        return []
    found: list[tuple[int, datetime.date]] = []
    position = analysis.find("·")
    while position >= 0:
        match = _POST_HEADER_DAY_RE.search(analysis, max(0, position - 40), position) or _POST_HEADER_DAY_AFTER_RE.match(
            analysis, position + 1
        )
        if match is not None:
            day = _header_day(match, published)
            if day is not None:
                found.append((match.start(), day))
        position = analysis.find("·", position + 1)
    for match in _TELEGRAM_STAMP_RE.finditer(analysis) if "[" in analysis else ():
        year = int(match.group(3))
        try:
            day = datetime.date(year + 2000 if year < 100 else year, int(match.group(2)), int(match.group(1)))
        except ValueError:
            continue
        if published - POST_AGE_LIMIT <= day <= published:
            found.append((match.start(), day))
    return sorted(found)


def post_header_lines(analysis: str, published: datetime.date) -> list[tuple[int, datetime.date]]:
    """(offset, day) of each line that is a post's header of its own, its day and clock ("May 1 at 11:50 PM",
    "Yesterday at 21:40"), in text order; a day after publication or more than :data:`POST_AGE_LIMIT` before it is
    none. Each short line holding " at " is looked at once: linear in the text."""
    found: list[tuple[int, datetime.date]] = []
    position = analysis.find(" at ")
    while position >= 0:
        start = analysis.rfind("\n", 0, position) + 1
        end = analysis.find("\n", position)
        end = len(analysis) if end < 0 else end
        line_end = end - 1 if end > start and analysis[end - 1] == "\r" else end  # (a CRLF text's line)
        match = _POST_HEADER_LINE_RE.fullmatch(analysis, start, line_end) if line_end - start <= _POST_HEADER_LINE_CHARS else None
        day = _header_day(match, published) if match is not None else None
        if day is not None:
            found.append((start, day))
        position = analysis.find(" at ", end)
    return found


def _header_day(match: re.Match[str], published: datetime.date) -> datetime.date | None:
    """The day a post header names, or None when it is no date of a post before publication."""
    relative = match.group("rel")
    if relative is not None:
        return published - datetime.timedelta(days=1 if relative.lower() == "yesterday" else 0)
    month = MONTHS[(match.group("m1") or match.group("m2")).lower().rstrip(".")]
    day_of_month = int(match.group("d1") or match.group("d2"))
    year_text = match.group("y1") or match.group("y2")
    year = int(year_text) if year_text else published.year
    try:
        day = datetime.date(year, month, day_of_month)
        if year_text is None and day > published:
            day = datetime.date(year - 1, month, day_of_month)
    except ValueError:
        return None
    return day if published - POST_AGE_LIMIT <= day <= published else None


__all__ = ["TOPIC_SEPARATOR", "DocumentLayout", "is_title_line", "post_dates", "post_header_lines", "read_layout"]
