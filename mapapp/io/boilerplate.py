"""Dropping the lines of page furniture that raw page text carries around an article.

Text copied or saved from a news page keeps what the page showed beside the
article: previous/next links and related-headline lists ("Prev Post", "Read
next", "More in News" followed by other stories' headlines), inline boxes
("Read also: ...", "Check also: ...", "Related: ..."), share and social widgets
("Share", "Facebook", "Embed Tweet"), cookie notices, photo credits, the
attribution line of an embedded tweet, and paragraphs repeated verbatim (an
embedded post shown twice). Each related headline reads like an incident, so
left in they become incidents the article never reported.

The rules are classes of layout, not wording of any one site:

* a **link-box line**: a known lead ("Read also", "Read more", "Check also",
  "See also", "Related", "Also read", "Recommended") followed by ``:``,
  ``|`` or a dash and a headline; dropped;
* a **navigation heading** on a line of its own ("Prev Post", "Next article",
  "Read next", "Related articles", "More in News", "Other news", "You may also
  like", "Most read", ...): dropped with the run of headline-like lines after it
  (short lines that do not end a sentence, or end cut off with "…"), up to the
  next line of prose;
* a **widget line**: made only of share/social/navigation words ("Share",
  "Tweet", "Facebook", "X (Twitter)", "Email", "Print", "Back to top");
* a **cookie notice**: a short line about cookies and consent;
* a **credit line**: ``Photo:``, ``Image:``, ``Credit:`` and the like, and a
  **photo caption**: a short line that ends with its credit in brackets
  (``... at the scene (Photo: Agency)``), which describes a picture, not news;
* a **tweet attribution**: ``— Name (@handle) Month D, YYYY``;
* a **repeated paragraph**: a line of 40+ characters identical (whitespace and
  case aside) to an earlier one.

Offsets: the cleaned text *is* the document text. Dropped lines are removed
(and the blank lines around them collapsed to one paragraph break), so the
:class:`~mapapp.model.Document` stores what was read as the article, and every
evidence span is an offset into that stored text. The raw text is not kept;
re-reading the file with ``strip_boilerplate=False`` gives it back. (Blanking
the lines to spaces would keep raw offsets but store pages of white space and
change nothing else.)

Every rule looks at one line (the navigation run at the lines following it)
and the repeat check is a set lookup, so the work is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: A line this long or longer is prose, never a widget or a headline in a related list.
MAX_HEADLINE_CHARS = 160
#: A repeated line is dropped from this length on (shorter repeats are often legitimate: "Reporting by ...").
MIN_REPEATED_CHARS = 40

_LINK_BOX = re.compile(
    r"(?:read|see|check|also|more|related|recommended|don't miss|do not miss|watch)"
    r"(?: also| more| next| read| too| this| stories| articles?| news| on)? ?"
    r"[:|>»\u2013\u2014-] ?\S",
    re.IGNORECASE,
)
_LINK_BOX_LEADS = frozenset(
    {
        "read also", "read more", "read next", "see also", "check also", "also read", "related", "recommended",
        "more", "don't miss", "do not miss", "watch", "read", "also see", "related stories", "related articles",
        "related news", "more on", "watch also", "see more", "read this",
    }
)  # fmt: skip

_NAVIGATION_HEADINGS = frozenset(
    {
        "prev post", "previous post", "next post", "prev article", "previous article", "next article",
        "prev", "previous", "next", "read next", "read more", "read also", "see also", "check also",
        "related", "related posts", "related articles", "related news", "related stories", "related content",
        "related topics", "more stories", "more news", "more articles", "other news", "latest news", "latest",
        "more in news", "you may also like", "you might also like", "recommended", "recommended for you",
        "most read", "most popular", "most viewed", "popular", "trending", "trending now", "top stories",
        "editor's picks", "editors' picks", "also read", "more from this section", "in other news",
        "tags", "topics", "share this article", "share this", "what to read next",
    }
)  # fmt: skip
_MORE_IN = re.compile(r"more (?:in|from|on) [\w &'-]{1,40}", re.IGNORECASE)

_WIDGET_WORDS = frozenset(
    {
        "share", "shares", "tweet", "tweets", "facebook", "twitter", "x", "email", "e-mail", "mail", "print",
        "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "messenger", "copy", "link", "embed",
        "to", "on", "this", "article", "post", "back", "top", "follow", "us", "comments", "comment",
        "advertisement", "ad", "sponsored", "subscribe", "newsletter", "save", "bookmark", "via", "and",
        "the", "vk", "viber", "skype", "instagram", "youtube", "tiktok", "rss", "home", "menu", "search",
        "login", "log", "in", "sign", "up", "close", "loading", "seems", "be", "taking", "a", "while",
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
    }
)  # fmt: skip
_WIDGET_TOKEN = re.compile(r"[a-z0-9'-]+")

_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_CONSENT = re.compile(r"\b(?:accept|consent|agree|privacy|policy|settings|we use|this site uses|browsing)\b", re.IGNORECASE)
_CREDIT = re.compile(
    r"(?:photo|image|picture|pic|credit|credits|photo credit|image credit|caption|file photo|source of photo)s?"
    r" ?(?:by)? ?: ?",
    re.IGNORECASE,
)
_CAPTION_CREDIT = re.compile(
    r"[(\[] ?(?:photo|image|picture|pic|credit|file photo|photo credit|source)s? ?(?:by)? ?: ?[^()\[\]]{1,60}[)\]]\.?$",
    re.IGNORECASE,
)
_TWEET_ATTRIBUTION = re.compile(
    r"[\u2014\u2013-] ?[^\n()]{1,80} \(@\w{1,30}\) [A-Z][a-z]{2,8} \d{1,2}, \d{4}$"
)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]?$")


@dataclass
class CleanedText:
    """The text with boilerplate lines dropped, and what was dropped (line number from 1, reason, line)."""

    text: str
    removed: list[tuple[int, str, str]] = field(default_factory=list)


def strip_boilerplate(text: str) -> CleanedText:
    """Drop page-furniture lines from ``text`` (see the module docstring); paragraphs stay separated by a blank line."""
    lines = text.split("\n")
    kept: list[str] = []
    removed: list[tuple[int, str, str]] = []
    seen: set[str] = set()
    in_navigation = False
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        reason = _line_reason(stripped)
        if reason == "navigation heading":
            in_navigation = True
        elif in_navigation:
            if _is_headline_like(stripped):
                reason = "related headline"
            else:
                in_navigation = False
        if reason is None and len(stripped) >= MIN_REPEATED_CHARS:
            key = " ".join(stripped.lower().split())
            if key in seen:
                reason = "repeated paragraph"
            seen.add(key)
        if reason is None:
            kept.append(line)
        else:
            removed.append((number, reason, stripped))
    if not removed:
        return CleanedText(text=text)  # nothing dropped: the text stays byte for byte what was read
    return CleanedText(text=_collapse_blank_lines(kept), removed=removed)


def _line_reason(line: str) -> str | None:
    """Why a single line is boilerplate, or None."""
    if len(line) > MAX_HEADLINE_CHARS * 2:
        return None
    heading = line.rstrip(" :>»\u2192").strip().lower()
    if heading in _NAVIGATION_HEADINGS or (len(line) <= 60 and _MORE_IN.fullmatch(heading)):
        return "navigation heading"
    if _is_link_box(line):
        return "related-article box"
    if len(line) <= MAX_HEADLINE_CHARS:
        tokens = _WIDGET_TOKEN.findall(line.lower())
        only_latin = not any(char.isalpha() and not char.isascii() for char in line)  # no Arabic etc. words
        if tokens and len(tokens) <= 8 and only_latin and all(t in _WIDGET_WORDS for t in tokens) and _mostly_words(line):
            return "share widget"
        if _CREDIT.match(line) and len(line) <= 120:
            return "photo credit"
        if _CAPTION_CREDIT.search(line):
            return "photo caption"
        if _TWEET_ATTRIBUTION.match(line):
            return "tweet attribution"
    if _COOKIE.search(line) and _COOKIE_CONSENT.search(line) and len(line) <= 400:
        return "cookie notice"
    return None


def _is_link_box(line: str) -> bool:
    """``Read also: headline``: a known lead word(s), then a separator and a headline."""
    match = _LINK_BOX.match(line)
    if not match or len(line) > MAX_HEADLINE_CHARS * 2:
        return False
    lead = re.sub(r"[:|>»\u2013\u2014-].*", "", match.group(0)).strip().lower()
    return lead in _LINK_BOX_LEADS


def _mostly_words(line: str) -> bool:
    """A widget line has no sentence punctuation apart from a trailing arrow or colon."""
    return not _SENTENCE_END.search(line) or line.lower().startswith("loading")


def _is_headline_like(line: str) -> bool:
    """A short line that does not end a sentence, or one cut off with an ellipsis: an entry of a link list."""
    if line.endswith(("…", "...")) and len(line) <= MAX_HEADLINE_CHARS + 10:
        return True
    return len(line) <= MAX_HEADLINE_CHARS and not _SENTENCE_END.search(line)


def _collapse_blank_lines(lines: list[str]) -> str:
    """Join lines, at most one blank line in a row (a dropped line leaves no extra gap), trimmed."""
    out: list[str] = []
    blank = False
    for line in lines:
        if not line.strip():
            blank = bool(out)
            continue
        if blank:
            out.append("")
            blank = False
        out.append(line)
    return "\n".join(out)


__all__ = ["MAX_HEADLINE_CHARS", "MIN_REPEATED_CHARS", "CleanedText", "strip_boilerplate"]
