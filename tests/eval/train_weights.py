"""Train the stance weighing (workbench.answer.weighing) on the hand-labelled answers.

    python -m tests.eval.train_weights [--cross | --cross-read] [--out PATH]

Every labelled answer of the training groups is read by the importer with the weighing off (the
rules alone); each labelled paragraph found in a position gives one example: the position's
features (the rules' class, key and confidence, the classes of the positions before and after
it, the answer's verdict as the rules read it, its words) and the label's stance class. A
multinomial logistic regression is fitted to them (`fit`) and written to
`workbench/data/stance_weights.json`.

Trained on: the development answers and every held-out round except those in
`answers_eval.KEPT_CLEAN`, the latest rounds, labelled blind and kept for a clean check of the
weighing: its figure there is the one to quote. `--cross` measures the weighing honestly on the
rest: each held-out group in turn is left out of the training and read with the weights learned
from the others; it prints, per group, the stance classes right and the recall of against and
of demands, by the rules alone and by the rules and the weighing. `--cross-read` goes further:
each held-out group is read again through the whole importer with the weights learned from the
others and `make eval`'s table is printed, the verdicts and every recall on answers the weighing
never saw (the figures to quote for the rounds it is trained on; about 12 minutes).

The fit is plain stochastic gradient descent with AdaGrad steps and an L2 penalty, in Python,
seeded, so a run gives the same weights on any machine. Features seen in fewer than two
answers' paragraphs are left out.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

from tests.eval import answers_eval as ae
from workbench.answer import weighing
from workbench.answer.stance import StanceReader

EPOCHS = 30
PENALTY = 3e-4  # L2, per example and step
STEP = 0.5  # AdaGrad's base step
MIN_SEEN = 2  # a feature is kept when it occurs in this many examples


@dataclass
class Example:
    group: str
    reading: dict[str, float]  # what the rules read
    counts: dict[str, float]  # the words
    label: str
    demand: bool  # the label asks for something (`demand = true`)
    read: str  # the rules' class
    confidence: float  # how sure the rules were
    features: dict[str, float] = field(default_factory=dict)  # as the last fit saw them


def training_labels() -> list[ae.LabelFile]:
    """The labelled answers the weighing may learn from: all but the clean rounds'."""
    paths = [p for p in ae.label_paths() if p.parent.name not in ae.KEPT_CLEAN]
    return [label for path in paths for label in ae.load_labels(path)]


def examples(labels: Sequence[ae.LabelFile]) -> list[Example]:
    """Each labelled paragraph found in a position, read by the rules alone."""
    classes = StanceReader().stance_class
    out: list[Example] = []
    with (
        mock.patch.object(weighing, "trained_weights", lambda: None),
        tempfile.TemporaryDirectory(prefix="train-weights-") as tmp,
    ):
        for number, label in enumerate(labels, start=1):
            ae.segment(label, ae.reference_text(label))
            folder = Path(tmp) / f"{number:02d}"
            folder.mkdir()
            outcome = ae.read(label, folder, number)
            read = [classes(key) for key, _, _ in outcome.stored]
            for paragraph, _anchor, hit in ae.placed(label, [p[0] for p in outcome.positions]):
                if paragraph.heading or paragraph.skipped or paragraph.stance is None:
                    continue
                if hit is None:
                    continue
                key, confidence, words = outcome.stored[hit]
                reading = weighing.reading_features(
                    read[hit],
                    key,
                    confidence,
                    before=read[hit - 1] if hit > 0 else weighing.START,
                    after=read[hit + 1] if hit + 1 < len(read) else weighing.END,
                    overall=outcome.overall or "",
                )
                counts = weighing.word_counts(words)
                out.append(
                    Example(
                        label.group,
                        reading,
                        counts,
                        paragraph.stance,
                        paragraph.demand,
                        outcome.positions[hit][2],
                        confidence,
                    )
                )
    return out


def fit(train: Sequence[Example], seed: int = 0) -> weighing.Weights:
    """A multinomial logistic regression of the labels on the features."""
    counts: dict[str, int] = {}
    for example in train:
        for name in [*example.reading, *example.counts]:
            counts[name] = counts.get(name, 0) + 1
    kept = {name for name, n in counts.items() if n >= MIN_SEEN}
    for example in train:
        example.features = weighing.features(example.reading, example.counts, kept)
    classes = tuple(sorted({e.label for e in train}))
    index = {c: i for i, c in enumerate(classes)}
    k = len(classes)
    weights: dict[str, list[float]] = {name: [0.0] * k for name in kept}
    squares: dict[str, list[float]] = {name: [1e-8] * k for name in kept}
    bias, bias_squares = [0.0] * k, [1e-8] * k
    order = list(range(len(train)))
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            example = train[i]
            seen = [(n, v) for n, v in example.features.items() if n in kept]
            scores = list(bias)
            for name, value in seen:
                row = weights[name]
                for c in range(k):
                    scores[c] += row[c] * value
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            gradient = [e / total for e in exps]
            gradient[index[example.label]] -= 1.0
            for c in range(k):
                bias_squares[c] += gradient[c] ** 2
                bias[c] -= STEP * gradient[c] / math.sqrt(bias_squares[c])
            for name, value in seen:
                row, square = weights[name], squares[name]
                for c in range(k):
                    g = gradient[c] * value + PENALTY * row[c]
                    square[c] += g * g
                    row[c] -= STEP * g / math.sqrt(square[c])
    # Every kept feature stays, however small its weights: the words the weighing knows are
    # those a position's words are scaled over.
    rounded = {name: tuple(round(w, 3) for w in row) for name, row in sorted(weights.items())}
    return weighing.Weights(classes, tuple(round(b, 3) for b in bias), rounded)


def weighed(example: Example, weights: weighing.Weights) -> str:
    """The class a position ends with: the weighing's where `weighing.takes` it, else the
    rules'."""
    seen = weighing.features(example.reading, example.counts, weights.weights)
    best, probability = weights.best(seen)
    taken = weighing.takes(example.read, example.confidence, best, probability)
    return best if taken else example.read


def demand_met(example: Example, read: str) -> bool:
    """Whether a demand is read as one, as `make eval` counts it: a proposal, or the label's
    own class where that is against or partly."""
    return read == "proposal" or (example.label in ("against", "partly") and read == example.label)


def cross(data: Sequence[Example]) -> None:
    """Each held-out group left out of the training in turn: the rules alone and weighed."""
    groups = _held_out(e.group for e in data)
    totals = [0] * 9
    print(f"{'group left out':22} {'rules':>9} {'weighed':>9} {'against':>15} {'demand':>15}")
    for group in groups:
        test = [e for e in data if e.group == group]
        weights = fit([e for e in data if e.group != group])
        after = [weighed(e, weights) for e in test]
        against = [(e, a) for e, a in zip(test, after, strict=True) if e.label == "against"]
        demands = [(e, a) for e, a in zip(test, after, strict=True) if e.demand]
        counts = (
            sum(e.read == e.label for e in test),
            sum(a == e.label for e, a in zip(test, after, strict=True)),
            len(test),
            sum(e.read == "against" for e, _ in against),
            sum(a == "against" for _, a in against),
            len(against),
            sum(demand_met(e, e.read) for e, _ in demands),
            sum(demand_met(e, a) for e, a in demands),
            len(demands),
        )
        totals = [t + n for t, n in zip(totals, counts, strict=True)]
        print(f"{group:22} {_row(counts)}", flush=True)
    print(f"{'all held-out':22} {_row(totals)}")


def cross_read(labels: Sequence[ae.LabelFile], data: Sequence[Example]) -> None:
    """Each held-out group read again through the whole importer with the weights learned
    from the others: `make eval`'s table, every stance, verdict and recall on answers the
    weighing never saw (`--cross` weighs the examples only)."""
    results = {group: ae.Result() for group in ae.GROUPS}
    groups = _held_out(label.group for label in labels)
    for group in groups:
        weights = fit([e for e in data if e.group != group])
        with mock.patch.object(weighing, "trained_weights", lambda w=weights: w):
            results[group] = ae.run([label for label in labels if label.group == group])[group]
        print(f"{group}: read", file=sys.stderr, flush=True)
    results[ae.ALL_HELD_OUT] = ae.pooled(results[g] for g in ae.HELD_OUT_GROUPS)
    print("Each held-out group read with the weights learned from all the others:")
    print(ae.table(results))


def _held_out(groups: Iterable[str]) -> list[str]:
    """The held-out groups among `groups`, each once, in their order."""
    return [g for g in dict.fromkeys(groups) if g not in ae.DEVELOPMENT]


def _row(counts: Sequence[int]) -> str:
    rules, after, n, a_rules, a_after, a_n, d_rules, d_after, d_n = counts
    return (
        f"{rules:>4}/{n:<4} {after:>4}/{n:<4} {a_rules:>3}→{a_after:>3}/{a_n:<4}"
        f" {d_rules:>3}→{d_after:>3}/{d_n:<4}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cross", action="store_true", help="leave each held-out group out")
    parser.add_argument(
        "--cross-read",
        action="store_true",
        help="read each held-out group through the importer with weights learned without it",
    )
    parser.add_argument("--out", type=Path, default=weighing.STANCE_WEIGHTS)
    args = parser.parse_args(argv)
    if not ae.SHARED.is_dir():
        print(f"train_weights: {ae.SHARED} is missing (the corpus)", file=sys.stderr)
        return 1
    labels = training_labels()
    data = examples(labels)
    print(f"{len(data)} labelled paragraphs", file=sys.stderr)
    if args.cross:
        cross(data)
        return 0
    if args.cross_read:
        cross_read(labels, data)
        return 0
    weights = fit(data)
    args.out.write_text(json.dumps(weights.to_json(), ensure_ascii=False, separators=(",", ":")))
    print(f"{len(weights.weights)} features → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
