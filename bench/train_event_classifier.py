"""Experiment: a trained event/background classifier behind the background rules, measured leave-one-writer-out.

Run: ``python3 bench/train_event_classifier.py`` from the repository root (needs scikit-learn: the ``train`` extra
of pyproject). It prints figures and changes nothing in the package; the result and its reading are written up in
``docs/event-classifier.md`` (a negative result: nothing of it ships).

Data: the blind development sets written for this project, one folder per writer (``--writer NAME=FOLDER``; default
the three heldout sets under /tmp). Never point it at ``eval/real``: those are third-party reports and our measure.

Units, labelled by the gold (extraction run as shipped):

* each event mention's evidence (its sentence, or the part the background filter left), with the filter's verdict:
  ``event`` when it overlaps an incident's ``evidence`` snippet, ``background`` when it overlaps a ``not_incidents``
  snippet only, ``other`` otherwise (a restatement, a headline: left out of training unless ``--weak-weight`` > 0);
* each later evidence span of the incidents extracted (what coreference merged into an incident): ``background``
  when it overlaps a ``not_incidents`` snippet, else kept (a claim, a detail, a restatement). Trained as events
  unless ``--leads-only``.

Features (:func:`features`): lowercased words and word bigrams with numbers, capitalised names (places, outlets,
people), weekdays and months replaced by placeholders, so the model learns wording, not places; a quotation-mark
and a reporting-verb cue. Model: L2 logistic regression (liblinear, class-balanced, fixed seed: deterministic).

Uses tried, each with its threshold chosen on the training writers only (scores out of fold, leave-one-writer-out
among them), then measured end to end on the held-out writer's set (:func:`judged_extractor` applies them around the
shipped extraction: rescue inside it, prune and veto on its incidents):

* prune: an incident's evidence span after its first that scores below the threshold leaves its evidence (the
  threshold: the highest under which at least ``--prune-precision`` of the later spans are background);
* veto: an incident whose every evidence span scores below the threshold is dropped (the highest threshold under
  which at most ``--veto-lost`` of the events' evidence falls);
* rescue: a mention the background filter rejected that scores above the threshold is a candidate again (the
  lowest threshold over which the rejected units are events ``--rescue-ratio`` to one).

``--write PATH`` saves the all-writer model and thresholds as a JSON table (feature -> weight), for whoever takes
the experiment further.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapapp.evaluate import evaluate, load_gold  # noqa: E402
from mapapp.evaluate.gold import GoldDocument  # noqa: E402
from mapapp.evaluate.matching import snippet_spans  # noqa: E402
from mapapp.extract import incidents  # noqa: E402
from mapapp.extract.mentions import CANDIDATE, SentenceReading  # noqa: E402
from mapapp.model import Document, Incident  # noqa: E402

DEFAULT_WRITERS = {"heldout2": "/tmp/heldout2/all", "heldout3": "/tmp/heldout3/set", "heldout4": "/tmp/heldout4/set"}
EVENT, BACKGROUND, OTHER = "event", "background", "other"
LATER = "later"  # the verdict field of a later evidence span (no mention of its own)
GRID = [i / 100 for i in range(1, 100)]

_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[\"“”«»]")
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty hundred hundreds thousand thousands dozen dozens".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_QUOTES = frozenset("\"“”«»")
_REPORTING = frozenset("said says told according reported stated announced claimed".split())


def _token(word: str, first: bool) -> str:
    if word[0].isdigit():
        return "<num>"
    lowered = word.lower().replace("’", "'")
    if lowered in _NUMBER_WORDS:
        return "<num>"
    if lowered in _WEEKDAYS:
        return "<weekday>"
    if lowered in _MONTHS and word[0].isupper():
        return "<month>"
    if word[0].isupper() and not first:
        return "<name>"
    return lowered


def features(text: str) -> set[str]:
    """Normalised words and word bigrams of ``text`` (a multi-word name is one ``<name>``) and two cues."""
    tokens: list[str] = []
    quoted = False
    for index, match in enumerate(_TOKEN_RE.finditer(text)):
        word = match.group()
        if word in _QUOTES:
            quoted = True
            continue
        token = _token(word, index == 0)
        if token == "<name>" and tokens and tokens[-1] == "<name>":
            continue
        tokens.append(token)
    found = set(tokens)
    found.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:]))
    if quoted:
        found.add("[quote]")
    if found & _REPORTING:
        found.add("[reported]")
    return found


@dataclass(frozen=True)
class Scorer:
    """A logistic model over :func:`features` (plain Python: one sum and a sigmoid) and where it acts."""

    weights: Mapping[str, float]
    bias: float
    prune_below: float | None = None
    veto_below: float | None = None
    rescue_above: float | None = None

    def score(self, text: str) -> float:
        total = self.bias + sum(self.weights.get(name, 0.0) for name in features(text))
        return 0.0 if total < -30.0 else 1.0 / (1.0 + math.exp(-total))


@dataclass(frozen=True)
class Unit:
    writer: str
    document: str
    text: str
    verdict: str  # the background filter's verdict of a mention, or LATER
    label: str


def _overlaps(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def _extract_recording(document: Document) -> tuple[list[SentenceReading], list[Incident]]:
    """The shipped extraction, with the sentence readings as the background filter left them."""
    recorded: list[list[SentenceReading]] = []
    original = incidents.classify_continuations

    def recording(readings: list[SentenceReading]) -> None:
        original(readings)
        recorded.append(readings)

    with mock.patch.object(incidents, "classify_continuations", recording):
        found = incidents.extract_incidents(document)
    return (recorded[0] if recorded else []), found


def collect_units(writer: str, documents: Sequence[GoldDocument]) -> list[Unit]:
    """Every mention's evidence and every later evidence span of the incidents, labelled by the gold."""
    units: list[Unit] = []
    for gold in documents:
        readings, found = _extract_recording(gold.to_document())
        text = gold.text
        events = [s for g in gold.incidents if g.evidence for s in snippet_spans(text, g.evidence)]
        background = [s for n in gold.not_incidents if n.snippet for s in snippet_spans(text, n.snippet)]

        def label(span: tuple[int, int]) -> str:
            return EVENT if _overlaps(span, events) else BACKGROUND if _overlaps(span, background) else OTHER

        seen: set[tuple[int, int]] = set()
        for reading in readings:
            for mention in reading.mentions:
                span = mention.evidence[0]
                if span not in seen:
                    seen.add(span)
                    units.append(Unit(writer, gold.name, text[span[0] : span[1]], mention.verdict, label(span)))
        for incident in found:
            for later in incident.evidence[1:]:
                span = (later.start, later.end)
                units.append(Unit(writer, gold.name, later.text, LATER, label(span)))
    return units


PROBE_WRITER = "probes"


def probe_units(paths: Sequence[str]) -> list[Unit]:
    """Units from earlier helpers' probe files (their own short texts with coded expectations), always trained on,
    never held out. Two formats are read: ``P = [(text, [background snippets], [event keywords])]`` and
    ``probes = [(class, text, expected count, (words banned from the evidence))]`` (the file's code after its list
    is not run). A unit holding a background snippet or banned word, or of a text expecting no incident, is
    background; a unit holding an event keyword, or the first sentence of a text expecting incidents, is an event;
    others are left out."""
    import datetime

    items: list[tuple[str, list[str], list[str], int]] = []
    for path in paths:
        source = Path(path).read_text(encoding="utf-8")
        cut = source.find("\nwrong = []")
        namespace: dict[str, object] = {}
        exec(compile(source if cut < 0 else source[:cut], path, "exec"), namespace)  # noqa: S102 (our own files)
        for entry in namespace.get("P", []) or []:
            text, background, keywords = entry[0], list(entry[1]), list(entry[2])
            items.append((text, background, keywords, -1))
        for entry in namespace.get("probes", []) or []:
            _cls, text, expected, banned = entry
            items.append((text, list(banned), [], int(expected)))
    units: list[Unit] = []
    for index, (text, background, keywords, expected) in enumerate(items):
        document = Document(text=text, published=datetime.date(2023, 4, 12))
        readings, found = _extract_recording(document)
        spans = {m.evidence[0]: m.verdict for r in readings for m in r.mentions}
        spans.update({(s.start, s.end): LATER for i in found for s in i.evidence[1:]})
        first_end = text.find(". ") + 1 or len(text)
        for (start, end), verdict in spans.items():
            piece = text[start:end]
            if expected == 0 or any(b.lower() in piece.lower() for b in background):
                label = BACKGROUND
            elif any(k.lower() in piece.lower() for k in keywords) or (expected > 0 and start < first_end):
                label = EVENT
            else:
                continue
            units.append(Unit(PROBE_WRITER, f"probe{index}", piece, verdict, label))
    return units


def train(units: Sequence[Unit], weak_weight: float, c: float, later_evidence: bool) -> Scorer:
    """Logistic regression: events (and, with ``later_evidence``, the later spans kept) against background."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    def used(u: Unit) -> bool:
        return later_evidence if u.verdict == LATER else u.label != OTHER or weak_weight > 0

    chosen = [u for u in units if used(u)]
    rows = [dict.fromkeys(sorted(features(u.text)), 1) for u in chosen]
    labels = [1 if u.label == EVENT or (u.verdict == LATER and u.label == OTHER) else 0 for u in chosen]
    weights = [weak_weight if u.label == OTHER and u.verdict != LATER else 1.0 for u in chosen]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows).tocsr()
    matrix.indices = matrix.indices.astype("int32")  # liblinear takes 32-bit sparse indices only
    matrix.indptr = matrix.indptr.astype("int32")
    model = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", random_state=0, max_iter=1000)
    model.fit(matrix, labels, sample_weight=weights)
    names = vectorizer.get_feature_names_out()
    table = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0]) if abs(w) >= 0.01}
    return Scorer(table, round(float(model.intercept_[0]), 4))


def auc(scored: Sequence[tuple[float, str]]) -> float | None:
    """Probability that a mention's event evidence outscores a background one (ties count half)."""
    positives = [s for s, label in scored if label == EVENT]
    negatives = [s for s, label in scored if label == BACKGROUND]
    if not positives or not negatives:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def out_of_fold(units: Sequence[Unit], weak_weight: float, c: float, later_evidence: bool) -> list[tuple[Unit, float]]:
    """Each unit scored by a model trained on the other writers."""
    scored: list[tuple[Unit, float]] = []
    for writer in sorted({u.writer for u in units} - {PROBE_WRITER}):
        model = train([u for u in units if u.writer != writer], weak_weight, c, later_evidence)
        scored.extend((u, model.score(u.text)) for u in units if u.writer == writer)
    return scored


def choose_thresholds(
    scored: Sequence[tuple[Unit, float]], prune_precision: float, veto_lost: float, rescue_ratio: float
) -> tuple[float | None, float | None, float | None]:
    """(prune, veto, rescue) thresholds from out-of-fold scores (see the module docstring); None: none qualifies."""
    later = [(s, u.label) for u, s in scored if u.verdict == LATER]
    prune = None
    for t in GRID:
        below = [label for s, label in later if s < t]
        if below and sum(label == BACKGROUND for label in below) >= prune_precision * len(below):
            prune = t
    events = [s for u, s in scored if u.verdict == CANDIDATE and u.label == EVENT]
    veto = None
    for t in GRID:
        if events and sum(s < t for s in events) <= veto_lost * len(events):
            veto = t
    rejected = [(s, u.label) for u, s in scored if u.verdict not in (CANDIDATE, LATER)]
    rescue = None
    for t in reversed(GRID):
        above = [label for s, label in rejected if s > t]
        hits = sum(label == EVENT for label in above)
        if hits >= 3 and hits >= rescue_ratio * (len(above) - hits):
            rescue = t
    return prune, veto, rescue


def judged_extractor(scorer: Scorer) -> Callable[[Document], list[Incident]]:
    """The shipped extraction with the scorer's uses applied: rescue on the filtered mentions, veto and prune on the
    incidents."""
    original = incidents.classify_continuations

    def rescuing(readings: list[SentenceReading]) -> None:
        original(readings)
        if scorer.rescue_above is None:
            return
        for reading in readings:
            base = reading.sentence.start
            for mention in reading.mentions:
                start, end = mention.evidence[0]
                if mention.verdict != CANDIDATE and scorer.score(reading.text[start - base : end - base]) > scorer.rescue_above:
                    mention.verdict = CANDIDATE

    def extract(document: Document) -> list[Incident]:
        with mock.patch.object(incidents, "classify_continuations", rescuing):
            found = incidents.extract_incidents(document)
        kept = []
        for incident in found:
            if scorer.veto_below is not None and all(scorer.score(s.text) < scorer.veto_below for s in incident.evidence):
                continue
            if scorer.prune_below is not None and len(incident.evidence) > 1:
                first, *rest = incident.evidence
                incident = replace(incident, evidence=[first, *(s for s in rest if scorer.score(s.text) >= scorer.prune_below)])
            kept.append(incident)
        return kept

    return extract


def end_to_end(documents: Sequence[GoldDocument], scorer: Scorer, resolver: object) -> str:
    """Incident precision, recall and not-incident violations of ``documents`` with the scorer's uses."""
    metrics = evaluate(documents, {"ours": resolver}, extractor=judged_extractor(scorer)).systems["ours"].metrics
    violations = metrics.not_incident_violations
    return f"P {metrics.precision or 0:.3f} R {metrics.recall or 0:.3f} NI {violations.hits:>3}/{violations.total}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writer", action="append", default=[], help="NAME=FOLDER of one writer's gold set")
    parser.add_argument("--weak-weight", type=float, default=0.0, help="weight of the 'other' mentions as background")
    parser.add_argument("--leads-only", action="store_true", help="train on mentions only, not on later evidence")
    parser.add_argument("-C", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--prune-precision", type=float, default=0.75, help="prune: background share of spans below")
    parser.add_argument("--veto-lost", type=float, default=0.0, help="veto: share of events' evidence allowed below")
    parser.add_argument("--rescue-ratio", type=float, default=3.0, help="rescue: events per non-event above")
    parser.add_argument("--probes", action="append", default=[], help="a probe file of an earlier helper to train on")
    parser.add_argument("--write", metavar="PATH", help="save the all-writer model and thresholds as JSON")
    args = parser.parse_args(argv)
    later_evidence = not args.leads_only

    writers = dict(w.split("=", 1) for w in args.writer) if args.writer else DEFAULT_WRITERS
    gold = {name: load_gold([folder]) for name, folder in sorted(writers.items())}
    units = [u for name, documents in gold.items() for u in collect_units(name, documents)]
    if args.probes:
        probes = probe_units(args.probes)
        units += probes
        print(f"probes: {sum(u.label == EVENT for u in probes)} event and {sum(u.label == BACKGROUND for u in probes)} background units")
    for name in gold:
        mine = [u for u in units if u.writer == name]

        def count(kind: Callable[[Unit], bool]) -> str:
            return " ".join(f"{label} {sum(u.label == label and kind(u) for u in mine)}" for label in (EVENT, BACKGROUND, OTHER))

        print(
            f"{name}: {len(gold[name])} documents; mentions: {count(lambda u: u.verdict != LATER)}; "
            f"rejected by the rules: {count(lambda u: u.verdict not in (CANDIDATE, LATER))}; "
            f"later evidence: {count(lambda u: u.verdict == LATER)}"
        )

    from mapapp.cli.common import load_boundaries_or_fail, load_gazetteer_or_fail
    from mapapp.geocode import Geocoder

    resolver = Geocoder(load_gazetteer_or_fail(None), boundaries=load_boundaries_or_fail(None))
    print(
        f"\nleave-one-writer-out (weak weight {args.weak_weight}, C {args.C}, later evidence trained: {later_evidence}; "
        "thresholds from the two training writers; '-': none qualifies, that use stays off)"
    )
    modes = {"off": (0, 0, 0), "prune": (1, 0, 0), "veto": (0, 1, 0), "rescue": (0, 0, 1), "all three": (1, 1, 1)}
    print(f"{'held out':10} {'AUC':>5} {'prune':>5} {'veto':>5} {'resc':>5}  " + "  ".join(f"{m:>26}" for m in modes))
    for held_out in gold:
        training = [u for u in units if u.writer != held_out]
        model = train(training, args.weak_weight, args.C, later_evidence)
        test = [(model.score(u.text), u.label) for u in units if u.writer == held_out and u.verdict != LATER]
        thresholds = choose_thresholds(
            out_of_fold(training, args.weak_weight, args.C, later_evidence),
            args.prune_precision,
            args.veto_lost,
            args.rescue_ratio,
        )
        cells = []
        for switches in modes.values():
            chosen = [t if on else None for t, on in zip(thresholds, switches)]
            cells.append(end_to_end(gold[held_out], Scorer(model.weights, model.bias, *chosen), resolver))
        shown = " ".join(f"{t if t is not None else '-':>5}" for t in thresholds)
        print(f"{held_out:10} {auc(test) or 0:5.3f} {shown}  " + "  ".join(f"{c:>26}" for c in cells))

    if args.write:
        model = train(units, args.weak_weight, args.C, later_evidence)
        prune, veto, rescue = choose_thresholds(
            out_of_fold(units, args.weak_weight, args.C, later_evidence), args.prune_precision, args.veto_lost, args.rescue_ratio
        )
        table = {"bias": model.bias, "prune_below": prune, "veto_below": veto, "rescue_above": rescue}
        table["weights"] = dict(sorted(model.weights.items()))
        Path(args.write).write_text(json.dumps(table, indent=0) + "\n", encoding="utf-8")
        print(f"\nwrote {args.write} ({len(model.weights)} weights; thresholds prune {prune}, veto {veto}, rescue {rescue})")


if __name__ == "__main__":
    main()
