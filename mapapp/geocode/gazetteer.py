"""An in-memory gazetteer: places with a name index for exact and fuzzy (rapidfuzz) lookup.

Every Latin-script name and alternate name of every place is folded by
:func:`~mapapp.geocode.normalize.normalize_name`. Exact keys (spaced and
compact) go into a dict; for fuzzy matching, names are put into blocks keyed by
their distinctive words (see :func:`block_keys`), and rapidfuzz scores only the
blocks a query shares. A fuzzy score is capped by the score of the distinctive
words alone, so ``Tal Shayr`` does not ride on the shared generic ``Tal`` to
match ``Tall Tamr``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import astuple, fields
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process

from mapapp.geocode.admin1 import canonical_admin1
from mapapp.geocode.normalize import compact_key, is_latin_script, normalize_name
from mapapp.model import Candidate, Place, Precision

#: Generic words of Levantine place names (hill, head, spring, well, father, monastery, village of...),
#: folded like names are, and the English words naming a site's kind ("the X oil field", "the Y gas field"). A match
#: on these alone says little: "al-Azba oil field" is not a spelling of "al-Jabsa oil field".
GENERIC_WORDS: frozenset[str] = frozenset(
    normalize_name(word)
    for word in (
        "Tall", "Ras", "Ayn", "Bir", "Abu", "Umm", "Dayr", "Kafr", "Jabal", "Wadi", "Qasr", "Qaryat",
        "Shaykh", "Khirbat", "Mazraat", "Jisr", "Hayy", "Madinat", "Nahr", "Qalat", "Bayt", "Bab",
        "Ard", "Sabkhat", "Tal", "Ibn", "Bani", "Bu", "Arab", "Saghir", "Kabir", "Sharqi", "Gharbi",
        "Shamali", "Janubi", "Jadid", "Qadim", "Fawqani", "Tahtani",
        "oil", "gas", "field", "fields", "oilfield", "gasfield",
    )
)

#: Tie-break order of kinds when scores are equal: a town before a site before a district before a governorate.
KIND_ORDER: dict[str, int] = {
    "populated_place": 0,
    "site": 1,
    "subdistrict": 2,
    "district": 3,
    "governorate": 4,
}
_OTHER_KIND_RANK = 5

#: Fuzzy matches below this score are never returned by :meth:`Gazetteer.search`.
MIN_SEARCH_SCORE = 60.0


class _IndexedName(NamedTuple):  # a NamedTuple: cheap to build and to pickle in a 150,000-name index
    place: int  # index into Gazetteer._places
    name: str  # the name as the gazetteer spells it
    key: str  # its normalised key
    core: str  # the key's distinctive part


def distinctive_part(key: str) -> str:
    """The key without its generic words (``tal shayr`` → ``shayr``); the whole key if nothing is left."""
    words = [w for w in key.split() if w not in GENERIC_WORDS]
    return " ".join(words) if words else key


#: A run of vowels, with the glides long vowels and diphthongs are written with (``ay``, ``aw``): one vowel slot.
_VOWEL_RUN = re.compile(r"[aeiouyw]+")
#: How many candidates :meth:`Gazetteer.consonant_matches` returns at most.
RUNNERS_UP_LIMIT = 8


def consonant_skeleton(key: str) -> str:
    """A normalised key's distinctive consonants in order, each vowel run a ``V``: ``busayra`` and ``busira``
    both give ``bVsVrV``; ``hajana`` (``hVjVnV``) and ``hajin`` (``hVjVn``) differ.

    Short vowels are not written in Arabic, so English renderings of one name differ mostly in the quality
    and length of their vowels (Busayrah/Busirah, Shuhail/Shahil) while the consonants and the places of
    the vowels between them stay.
    """
    return _VOWEL_RUN.sub("V", distinctive_part(key).replace(" ", ""))


def block_keys(key: str) -> set[str]:
    """The fuzzy-search blocks of a normalised key: for each distinctive word, its first and last three letters
    (words of 5+ letters) and its first two letters (words of up to 6 letters).

    One wrong, missing or extra letter cannot change both ends of a word of 6+ letters, so a one-letter
    typo still shares a block with the name; the overlap at 5-6 letters keeps a word whose length the
    typo changed in a block of the same scheme. Blocks stay small in a 50,000-place index, where
    two-letter blocks alone hold thousands of names.
    """
    blocks: set[str] = set()
    for word in distinctive_part(key).split():
        if len(word) >= 5:
            blocks.add("p:" + word[:3])
            blocks.add("s:" + word[-3:])
        if len(word) <= 6:
            blocks.add("w:" + word[:2])
    return blocks


def match_score(query_key: str, name_key: str, query_core: str | None = None, name_core: str | None = None) -> float:
    """0..100 similarity of two normalised keys, capped by the similarity of their distinctive words.

    ``query_core``/``name_core`` are the keys' :func:`distinctive_part` when the caller has them already.
    """
    if query_key == name_key or compact_key(query_key) == compact_key(name_key):
        return 100.0
    whole = fuzz.ratio(query_key, name_key)
    query_core = distinctive_part(query_key) if query_core is None else query_core
    name_core = distinctive_part(name_key) if name_core is None else name_core
    if query_core != query_key or name_core != name_key:
        whole = min(whole, fuzz.ratio(query_core, name_core))
    return float(whole)


def rank_key(candidate: Candidate, bonus: float = 0.0) -> tuple[float, int, int, int, str]:
    """Sort key (ascending = best first): score with bonus, coverage, kind, population, id."""
    place = candidate.place
    return (
        -(candidate.score + bonus),
        0 if place.in_coverage else 1,
        KIND_ORDER.get(place.kind, _OTHER_KIND_RANK),
        -(place.population or 0),
        place.id,
    )


class Gazetteer:
    """Places with a name index. ``source`` says where the records come from and under which licence."""

    def __init__(
        self, places: Iterable[Place], source: str, provenance: dict[str, tuple[str, ...]] | None = None
    ) -> None:
        self.source = source
        #: For a record merged from several sources: the ids of every record merged into it.
        self._provenance: dict[str, tuple[str, ...]] = dict(provenance or {})
        self._places: list[Place] = []
        seen: set[str] = set()
        for place in places:
            if place.id not in seen:
                seen.add(place.id)
                self._places.append(place)
        self._names: list[_IndexedName] = []
        self._exact: dict[str, list[int]] = defaultdict(list)
        self._blocks: dict[str, list[int]] = defaultdict(list)
        self._governorates: dict[str, Place] = {}
        self._by_admin1: dict[str, list[Place]] = defaultdict(list)
        for place_index, place in enumerate(self._places):
            self._index_place(place_index, place)
        # Each block as parallel lists (keys for rapidfuzz, name indexes to map hits back), built once.
        self._block_lists: dict[str, tuple[list[str], list[int]]] = {
            block: ([self._names[i].key for i in members], members) for block, members in self._blocks.items()
        }
        del self._blocks  # only needed while building
        #: (consonant skeleton, governorate) -> name indexes of covered populated places (consonant_matches)
        self._consonants: dict[tuple[str, str], list[int]] = self._consonant_index()

    # -- pickling (the on-disk index cache) --------------------------------------------------------
    # Frozen dataclasses unpickle slowly (one generic reconstruction each); plain tuples load ~10x faster.
    def __getstate__(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "provenance": self._provenance,
            "places": [(*astuple(place)[:7], place.precision.value, *astuple(place)[8:]) for place in self._places],
            "names": [tuple(entry) for entry in self._names],
            "exact": dict(self._exact),
            "block_lists": self._block_lists,
            "consonants": self._consonants,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.source = state["source"]
        self._provenance = state["provenance"]
        field_names = [f.name for f in fields(Place)]
        precision_at = field_names.index("precision")
        self._places = []
        for values in state["places"]:
            values = list(values)
            values[precision_at] = Precision(values[precision_at])
            self._places.append(Place(*values))
        self._names = [_IndexedName(*entry) for entry in state["names"]]
        self._exact = defaultdict(list, state["exact"])
        self._block_lists = state["block_lists"]
        self._governorates = {}
        self._consonants = state["consonants"]
        self._by_admin1 = defaultdict(list)
        for place in self._places:
            if place.admin1:
                self._by_admin1[place.admin1].append(place)
            if place.kind == "governorate" and place.admin1:
                self._governorates.setdefault(place.admin1, place)

    def _index_place(self, place_index: int, place: Place) -> None:
        if place.admin1:
            self._by_admin1[place.admin1].append(place)
        if place.kind == "governorate" and place.admin1:
            self._governorates.setdefault(place.admin1, place)
        keys_seen: set[str] = set()
        for name in (place.name, *place.alternate_names):
            if not name or not is_latin_script(name):
                continue
            key = normalize_name(name)
            if not key or key in keys_seen:
                continue
            keys_seen.add(key)
            name_index = len(self._names)
            self._names.append(_IndexedName(place_index, name, key, distinctive_part(key)))
            self._exact[key].append(name_index)
            if compact_key(key) != key:
                self._exact[compact_key(key)].append(name_index)
            for block in block_keys(key):
                self._blocks[block].append(name_index)

    # -- container protocol -------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places)

    @property
    def name_count(self) -> int:
        """How many distinct (place, normalised name) pairs are indexed."""
        return len(self._names)

    # -- lookups ------------------------------------------------------------------------------
    def governorate(self, name_or_variant: str) -> Place | None:
        """The governorate record for any spelling (``Hassakeh``, ``Deir-ez-Zor province``), else None."""
        canonical = canonical_admin1(name_or_variant)
        return self._governorates.get(canonical) if canonical else None

    def governorates(self) -> list[Place]:
        return list(self._governorates.values())

    def places_in(self, admin1: str) -> list[Place]:
        """All places whose admin1 is the named governorate (any spelling of it)."""
        canonical = canonical_admin1(admin1) or admin1
        return list(self._by_admin1.get(canonical, ()))

    def provenance(self, place: Place) -> tuple[str, ...]:
        """The ids of the source records this place was built from (its own id when it has one source)."""
        return self._provenance.get(place.id, (place.id,))

    def counts_by_admin1_and_source(self) -> dict[tuple[str | None, str], int]:
        """How many places each source contributed per governorate (a merged place counts for each source)."""
        counts: dict[tuple[str | None, str], int] = defaultdict(int)
        for place in self._places:
            for source in dict.fromkeys(record.split(":", 1)[0] for record in self.provenance(place)):
                counts[(place.admin1, source)] += 1
        return dict(counts)

    def counts_by_admin1(self) -> dict[str | None, int]:
        counts: dict[str | None, int] = defaultdict(int)
        for place in self._places:
            counts[place.admin1] += 1
        return dict(counts)

    def search(
        self,
        name: str,
        admin1: str | None = None,
        limit: int = 10,
        min_score: float = MIN_SEARCH_SCORE,
        fuzzy_when_exact: bool = True,
    ) -> list[Candidate]:
        """Places whose names match ``name``, best first; ``admin1`` keeps only that governorate's places.

        Each place appears once, with its best-matching name. Scores are 0..100
        (100 = same normalised key). ``fuzzy_when_exact=False`` skips the fuzzy
        scan when the name matches some place exactly (the geocoder's fast path:
        an exact match always outranks fuzzy ones).
        """
        query_key = normalize_name(name)
        if not query_key or limit <= 0:
            return []
        wanted_admin1 = (canonical_admin1(admin1) or admin1) if admin1 else None
        best: dict[int, tuple[float, str]] = {}

        def consider(name_index: int, score: float) -> None:
            entry = self._names[name_index]
            if wanted_admin1 and self._places[entry.place].admin1 != wanted_admin1:
                return
            if score > best.get(entry.place, (-1.0, ""))[0]:
                best[entry.place] = (score, entry.name)

        for exact_key in dict.fromkeys([query_key, compact_key(query_key)]):  # fixed order: stable results
            for name_index in self._exact.get(exact_key, ()):
                consider(name_index, 100.0)

        if best and not fuzzy_when_exact:
            return self._ranked(best, limit)
        query_core = distinctive_part(query_key)
        scan_limit = max(2 * limit, 16)  # bounds the Python work per block in crowded indexes
        for block in sorted(block_keys(query_key)):
            if block not in self._block_lists:
                continue
            keys, members = self._block_lists[block]
            # rapidfuzz prefilters on the whole-key ratio (fast, in C); the distinctive-word cap is applied after.
            for _, _, position in process.extract(
                query_key, keys, scorer=fuzz.ratio, score_cutoff=min_score, limit=scan_limit
            ):
                entry = self._names[members[position]]
                score = match_score(query_key, entry.key, query_core, entry.core)
                if score >= min_score:
                    consider(members[position], score)

        return self._ranked(best, limit)

    def consonant_matches(self, name: str, admin1: str) -> list[Candidate]:
        """Populated places of ``admin1`` (inside coverage) with a name of the same consonants as ``name``
        (:func:`consonant_skeleton`), scored by their rapidfuzz ratio, best first.

        The index is built with the name index (and kept in its on-disk cache), so the first lookup costs no more
        than the next.
        """
        query_key = normalize_name(name)
        best: dict[int, tuple[float, str]] = {}
        for name_index in self._consonants.get((consonant_skeleton(query_key), admin1), ()):
            entry = self._names[name_index]
            score = match_score(query_key, entry.key, None, entry.core)
            if score > best.get(entry.place, (-1.0, ""))[0]:
                best[entry.place] = (score, entry.name)
        return self._ranked(best, RUNNERS_UP_LIMIT)

    def _consonant_index(self) -> dict[tuple[str, str], list[int]]:
        index: dict[tuple[str, str], list[int]] = defaultdict(list)
        for name_index, entry in enumerate(self._names):
            place = self._places[entry.place]
            if place.in_coverage and place.kind == "populated_place" and place.admin1:
                index[(_VOWEL_RUN.sub("V", entry.core.replace(" ", "")), place.admin1)].append(name_index)
        return dict(index)

    def _ranked(self, best: dict[int, tuple[float, str]], limit: int) -> list[Candidate]:
        candidates = [
            Candidate(place=self._places[place_index], score=round(score, 1), matched_name=matched)
            for place_index, (score, matched) in best.items()
        ]
        candidates.sort(key=rank_key)
        return candidates[:limit]


__all__ = [
    "GENERIC_WORDS", "KIND_ORDER", "MIN_SEARCH_SCORE", "Gazetteer", "block_keys", "consonant_skeleton", "distinctive_part",
    "match_score", "rank_key",
]
