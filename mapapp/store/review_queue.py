"""The top of the review queue of possible duplicates, found without pairing every report with every other.

Pure logic: no database. :meth:`mapapp.store.IncidentStore.review_queue` reads the reports that can be suggested and
calls :func:`top_suggestions`, which returns exactly what ranking every suggestion would (:func:`ranked_exhaustively`,
kept as the reference: every pair of :func:`~mapapp.store.merge.suggested_pairs`, the best pair of reports per pair
of incidents, ordered by :func:`~mapapp.store.merge.review_order`), but the first ``limit`` pairs only.

Why the exhaustive ranking is quadratic: undated reports told at one place are each suggested with every other, so
ten thousand such reports at fifteen places make three million suggestions, and the order needs, for every pair of
incidents, how many suggestions each of its incidents is in.

How this avoids it:

* **report classes**: whether two reports are suggested, with which priority and reason, depends on nothing but
  their keys less the report and document ids (:class:`~mapapp.store.merge.ReportKey`); reports with equal keys form
  one class, and classes are paired once (:func:`~mapapp.store.merge.suggested_pairs` on one report per class);
* **counting without listing**: an incident holding one report, whose document holds no other report that can be
  suggested and that no analyst decision names ("plain"), is suggested with every plain incident of the classes its
  class is linked to, so its count of suggestions (and of suggestions of each priority) is a sum over those classes,
  computed once per class. Other incidents (several reports, a shared document, a decision) are paired report by
  report, as before;
* **listing only the top**: the queue is ordered by priority, then by the larger of the two incidents' counts, then
  by incident ids. Levels of that count are visited from the lowest; within a level, pairs are listed from the side
  of the incidents at that level, or, where that is much work (every incident at one level, as at a town struck again
  and again), by ascending incident id, stopping once ``limit`` pairs are certain.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from mapapp.store.merge import (
    MergeRule,
    ReportKey,
    review_order,
    suggested_pairs,
    suggestion_priority,
    suggestion_reason,
)

#: One entry of the queue: the two incident ids (the smaller first), the reason and the priority of their best pair.
Suggestion = tuple[str, str, str, int]

_PRIORITIES = (0, 1, 2, 3)

#: A level of the order is listed from the side of its incidents while that visits at most this many suggestions
#: per report (and per entry asked for); beyond, by ascending incident id until the entries asked for are certain.
LEVEL_WORK_PER_REPORT = 4


def ranked_exhaustively(
    keys: Sequence[ReportKey], incident_of: Sequence[str], kept_apart: Collection[frozenset[str]], limit: int,
    rule: MergeRule | None = None,
) -> list[Suggestion]:
    """The reference ranking: every suggestion listed and ordered (quadratic in the reports told at one place)."""
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for x, y, reason, priority in suggested_pairs(keys, rule):
        first, second = incident_of[x], incident_of[y]
        if first == second or frozenset((first, second)) in kept_apart:
            continue
        pair = (min(first, second), max(first, second))
        if pair not in best or priority < best[pair][0]:
            best[pair] = (priority, reason)
    queue = [(a, b, reason, priority) for (a, b), (priority, reason) in sorted(best.items())]
    order = review_order([(a, b, priority) for a, b, _, priority in queue])
    return [queue[index] for index in order[:limit]]


def _usable(key: ReportKey) -> bool:
    return key.actor is not None and key.located and key.place_id is not None


def top_suggestions(
    keys: Sequence[ReportKey], incident_of: Sequence[str], kept_apart: Collection[frozenset[str]], limit: int,
    rule: MergeRule | None = None,
) -> list[Suggestion]:
    """The first ``limit`` entries of :func:`ranked_exhaustively`, equal to them, without listing every suggestion.

    ``keys[i]`` is a report of incident ``incident_of[i]``; ``kept_apart`` holds pairs of incident ids an analyst
    said are not the same event."""
    rule = rule or MergeRule()
    if limit < 1:
        return []
    kept_apart = set(kept_apart)
    # -- report classes, and which classes are suggested together with which priority --------------------------
    usable = [i for i, key in enumerate(keys) if _usable(key)]
    class_index: dict[ReportKey, int] = {}
    class_of: dict[int, int] = {}
    for i in usable:
        class_of[i] = class_index.setdefault(replace(keys[i], report_id="", document_id=""), len(class_index))
    representatives = [replace(key, report_id=str(c), document_id=str(c)) for key, c in class_index.items()]
    neighbours: list[list[tuple[int, int]]] = [[] for _ in representatives]
    for x, y, _, priority in suggested_pairs(representatives, rule):
        neighbours[x].append((y, priority))
        neighbours[y].append((x, priority))
    for c, key in enumerate(representatives):
        if suggestion_reason(key, replace(key, document_id=f"{c}'"), rule) is not None:
            neighbours[c].append((c, suggestion_priority(key, key)))
    # -- incidents: plain ones are counted by class, the others pair report by report ---------------------------
    members: dict[str, list[int]] = {}
    documents: dict[str, int] = {}
    for i in usable:
        members.setdefault(incident_of[i], []).append(i)
        documents[keys[i].document_id] = documents.get(keys[i].document_id, 0) + 1
    decided = {incident for pair in kept_apart for incident in pair}
    plain = {
        incident for incident, indexes in members.items()
        if len(indexes) == 1 and documents[keys[indexes[0]].document_id] == 1 and incident not in decided
    }
    plain_in: list[list[str]] = [[] for _ in representatives]
    special_in: list[list[str]] = [[] for _ in representatives]
    for incident, indexes in members.items():
        if incident in plain:
            plain_in[class_of[indexes[0]]].append(incident)
        else:
            for c in sorted({class_of[i] for i in indexes}):
                special_in[c].append(incident)

    def partners(incident: str) -> dict[str, int]:
        """Every incident suggested with ``incident``, with the priority of their best pair of reports."""
        found: dict[str, int] = {}
        for x in members[incident]:
            document = keys[x].document_id
            for c, priority in neighbours[class_of[x]]:
                for other in plain_in[c]:  # never in a decision, its document holds no other report
                    if other != incident and priority < found.get(other, 4):
                        found[other] = priority
                for other in special_in[c]:
                    if other == incident or priority >= found.get(other, 4):
                        continue
                    if frozenset((incident, other)) in kept_apart:
                        continue
                    if any(class_of[y] == c and keys[y].document_id != document for y in members[other]):
                        found[other] = priority
        return found

    counts: dict[str, list[int]] = {}  # incident -> suggestions it is in, by priority
    class_counts: dict[int, list[int]] = {}
    for incident, indexes in members.items():
        if incident not in plain:
            by_priority = [0, 0, 0, 0]
            for priority in partners(incident).values():
                by_priority[priority] += 1
            counts[incident] = by_priority
            continue
        c = class_of[indexes[0]]
        if c not in class_counts:
            by_priority = [0, 0, 0, 0]
            specials: dict[str, int] = {}
            for other_class, priority in neighbours[c]:
                by_priority[priority] += len(plain_in[other_class]) - (other_class == c)
                for other in special_in[other_class]:
                    specials[other] = min(priority, specials.get(other, 4))
            for priority in specials.values():
                by_priority[priority] += 1
            class_counts[c] = by_priority
        counts[incident] = class_counts[c]
    involved = {incident: sum(by_priority) for incident, by_priority in counts.items() if sum(by_priority)}
    # -- the top of the order: priority, then the busier incident's count, then incident ids ---------------------
    levels: dict[int, list[str]] = {}
    for incident, total in involved.items():
        levels.setdefault(total, []).append(incident)
    by_id = sorted(involved)
    chosen: list[tuple[str, str, int]] = []
    for wanted in _PRIORITIES:
        for level in sorted(levels):
            needed = limit - len(chosen)
            if needed <= 0:
                break
            at_level = [x for x in levels[level] if counts[x][wanted]]
            if not at_level:
                continue
            pairs: set[tuple[str, str]] = set()
            if sum(involved[x] for x in at_level) <= LEVEL_WORK_PER_REPORT * (len(usable) + limit):
                for x in at_level:
                    for y, priority in partners(x).items():
                        if priority == wanted and involved[y] <= level:
                            pairs.add((min(x, y), max(x, y)))
            else:  # by ascending id, stopping when the first ``needed`` pairs of this level are known
                for a in by_id:
                    if involved[a] > level or not counts[a][wanted]:
                        continue
                    for b, priority in partners(a).items():
                        if b > a and priority == wanted and involved[b] <= level and level in (involved[a], involved[b]):
                            pairs.add((a, b))
                    if len(pairs) >= needed:
                        break
            chosen.extend((a, b, wanted) for a, b in sorted(pairs)[:needed])
    return [_best_pair(a, b, wanted, members, keys, rule) for a, b, wanted in chosen]


def _best_pair(
    first: str, second: str, wanted: int, members: dict[str, list[int]], keys: Sequence[ReportKey], rule: MergeRule
) -> Suggestion:
    """The queue entry of two incidents as the exhaustive ranking words it: the reason of their first pair of reports
    (in the order reports were given) of the best priority."""
    pairs = sorted((min(x, y), max(x, y)) for x in members[first] for y in members[second])
    for x, y in pairs:
        reason = suggestion_reason(keys[x], keys[y], rule)
        if reason is not None and suggestion_priority(keys[x], keys[y]) == wanted:
            return first, second, reason, wanted
    raise AssertionError(f"no pair of reports of {first} and {second} has priority {wanted}")  # pragma: no cover
