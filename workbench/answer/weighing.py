"""A second reading of each position's stance, weighed from the answers we labelled by hand.

The rules (workbench.answer.stance) hear a stand where it is said in so many words: a verb of
support or opposition, a demand, a wish. Real answers mostly argue in judgements that have no
such verb ("Konsekvenserna för små kommuner är inte utredda", "Det är orimligt att …"), and the
rules read those as accounts. Rules added for one round of real answers have not carried over to
the next.

So each position is weighed once more, by a multinomial logistic regression over two kinds of
evidence: what the rules read (the class, the key and how sure they were, the classes of the
positions around it and the answer's verdict as a whole) and the position's words (Swedish
stems, pairs of stems, a negation marking the words after it). The weights are learned from
the hand-labelled answers of `tests/eval/answers/` by `python -m tests.eval.train_weights`
(`make weights`), which writes `STANCE_WEIGHTS`; the rounds of answers kept for a clean check
are left out of the training (see that module).

The positions the rules are unsure of are weighed: those below `SURE`, queued for the
officer already; a change the rules read as asked for changes only to opposition or support
with a reservation (`replaces`). An account the rules are sure of is weighed too, and changed
where the weighing finds a stand more likely than not; it is then queued (`takes`). A stand
said in so many words ("Kommunen tillstyrker …") stays as read. Where the weighing reads
another class, its class is taken and `doubt` says why ("ordvalet liknar kritik i lästa svar;
reglerna läste en redogörelse"). Measured with each round of held-out answers left out of the
training in turn (`--cross`), more stances are right with it than with the rules alone, most
of all criticism, though not on every round: it stays a guess the officer confirms. The
position's own words and lead are never changed; only its key, to one of the class's keys
(`CLASS_KEYS`). Without the weights file the rules stand alone.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
import unicodedata
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from workbench.answer.analyse import SURE
from workbench.core.stances import AGAINST, COMMENT, FOR, NEUTRAL, NONE, PARTLY, PROPOSAL
from workbench.search.stemming import stem

START, END = "start", "end"  # the neighbours of an answer's first and last position
STANCE_WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "stance_weights.json"

# The key a position gets when the weighing gives it another class than the rules read. Each is
# a key of the built-in vocabulary or of the answers' own verbs (READ_STANCES) whose lead
# reads as the class: a received answer is shown in its own words, so the key names the class.
CLASS_KEYS: dict[str, str] = {
    FOR: "positiv",
    PARTLY: "tillstyrker_delvis",
    AGAINST: "kritik",
    PROPOSAL: "foreslar",
    COMMENT: "anser",
    NEUTRAL: "redogor",
    NONE: "fritext",
}
# The confidence a position gets when the weighing changed its class: below SURE, so it stays
# queued.
WEIGHED_CONFIDENCE = 0.6
# An account the rules are sure of is given the weighing's class only where it is surer than
# this of a stand (measured with `--cross`: below it, more accounts are turned wrong than right).
ACCOUNT_DOUBTED = 0.5

_WORD = re.compile(r"[^\W\d_]+|\?")
_NEGATIONS = frozenset({"inte", "ej", "icke", "aldrig", "ingen", "inget", "inga"})
_NEGATION_REACH = 3  # words after a negation marked as negated


def word_counts(text: str) -> dict[str, float]:
    """The words of a position as features: stems and pairs of stems, each counted as
    1 + log(count). A stem within three words after a negation is marked ("inte godtagbar" →
    `¬godtagbar`)."""
    tokens: list[str] = []
    reach = 0
    for word in _WORD.findall(unicodedata.normalize("NFC", text).lower()):
        if word in _NEGATIONS:
            tokens.append(word)
            reach = _NEGATION_REACH
            continue
        token = stem(word)
        tokens.append(f"¬{token}" if reach else token)
        reach = max(0, reach - 1)
    counts: dict[str, int] = {}
    for token in tokens:
        counts[f"w:{token}"] = counts.get(f"w:{token}", 0) + 1
    for first, second in itertools.pairwise(tokens):
        pair = f"p:{first} {second}"
        counts[pair] = counts.get(pair, 0) + 1
    return {name: 1.0 + math.log(count) for name, count in counts.items()}


def reading_features(
    stance_class: str,
    key: str,
    confidence: float,
    before: str = START,
    after: str = END,
    overall: str = "",
) -> dict[str, float]:
    """What the rules read: the class, the key and how sure they were; the classes they read
    in the positions before and after it (an answer argues in runs: a judgement among
    criticism is criticism more often than not), and the answer's verdict as a whole."""
    tenth = min(9, int(confidence * 10))
    return {
        f"class:{stance_class}": 1.0,
        f"key:{key}": 1.0,
        f"sure:{tenth}": 1.0,
        f"class:{stance_class}|sure:{tenth // 2}": 1.0,
        f"before:{before}": 1.0,
        f"after:{after}": 1.0,
        f"overall:{overall or 'unknown'}": 1.0,
    }


def features(
    reading: Mapping[str, float], counts: Mapping[str, float], known: Container[str]
) -> dict[str, float]:
    """What the weighing sees of one position: the rules' reading, and those of its words the
    weighing knows, scaled together to length 1 (a long paragraph weighs no more than a short
    one)."""
    words = {name: value for name, value in counts.items() if name in known}
    length = math.sqrt(sum(v * v for v in words.values())) or 1.0
    return {**reading, **{name: value / length for name, value in words.items()}}


@dataclass(frozen=True)
class Weights:
    """A trained weighing: per class a bias, per feature one weight for each class."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]

    def probabilities(self, seen: Mapping[str, float]) -> list[float]:
        scores = list(self.bias)
        for name, value in seen.items():
            row = self.weights.get(name)
            if row is not None:
                for index, weight in enumerate(row):
                    scores[index] += weight * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def best(self, seen: Mapping[str, float]) -> tuple[str, float]:
        """The most likely class and its probability."""
        probabilities = self.probabilities(seen)
        index = max(range(len(probabilities)), key=probabilities.__getitem__)
        return self.classes[index], probabilities[index]

    def to_json(self) -> dict:
        return {
            "classes": list(self.classes),
            "bias": list(self.bias),
            "weights": {name: list(row) for name, row in self.weights.items()},
        }

    @classmethod
    def from_json(cls, data: Mapping) -> Weights:
        classes = tuple(data["classes"])
        weights = {name: tuple(row) for name, row in data["weights"].items()}
        if len(data["bias"]) != len(classes) or any(
            len(r) != len(classes) for r in weights.values()
        ):
            raise ValueError("stance weights: every row must have one weight per class")
        return cls(classes, tuple(data["bias"]), weights)


@functools.cache
def trained_weights(path: Path = STANCE_WEIGHTS) -> Weights | None:
    """The weights shipped with the workbench, or None when the file is missing."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return Weights.from_json(data)


class _Weighable(Protocol):  # the fields of an ImportedPosition the weighing reads and sets
    stance: str
    lead: str
    text: str
    stance_confidence: float
    doubt: str


def weigh(
    positions: Sequence[_Weighable],
    class_of: Callable[[str], str],
    overall: str = "",
    weights: Weights | None = None,
) -> int:
    """Weigh once more the stance of each position the rules are unsure of (below `SURE`, so
    queued for the officer already); where the weighing reads another class, take it and say
    why. `positions`: an answer's, in its order; `class_of`: a stance key's class; `overall`:
    the answer's verdict as the rules read it (a class, or "" for none). Returns how many
    positions it gave another class."""
    weights = weights if weights is not None else trained_weights()
    if weights is None:
        return 0
    changed = 0
    read = [class_of(position.stance) for position in positions]  # before any is weighed
    for index, position in enumerate(positions):
        if not weighed_at_all(read[index], position.stance_confidence):
            continue  # a stand the rules are sure of: said in so many words
        reading = reading_features(
            read[index],
            position.stance,
            position.stance_confidence,
            before=read[index - 1] if index > 0 else START,
            after=read[index + 1] if index + 1 < len(read) else END,
            overall=overall,
        )
        seen = features(reading, word_counts(_words(position)), weights.weights)
        weighed, probability = weights.best(seen)
        if not takes(read[index], position.stance_confidence, weighed, probability):
            continue
        position.stance = CLASS_KEYS[weighed]
        changed += 1
        position.stance_confidence = min(position.stance_confidence, WEIGHED_CONFIDENCE)
        position.doubt = (
            f"ordvalet liknar {_SWEDISH[weighed]} i lästa svar; "
            f"reglerna läste {_SWEDISH[read[index]]}"
        )
    return changed


def weighed_at_all(read: str, confidence: float) -> bool:
    """Whether a position the rules read as `read` with `confidence` is weighed: where they
    are unsure, or sure of an account (`takes`)."""
    return confidence < SURE or read == NEUTRAL


def takes(read: str, confidence: float, weighed: str, probability: float) -> bool:
    """Whether the weighing's class `weighed` (with its `probability`) is taken for the rules'
    `read`, read with `confidence`. Where the rules are unsure, as `replaces` says. Where they
    are sure, only of an account: the rules are sure of one where they hear no stand, which is
    how real answers argue ("Konsekvenserna är inte utredda"); the weighing is taken there
    where it finds a stand more likely than not (`ACCOUNT_DOUBTED`). A stand said in so many
    words is never weighed."""
    if confidence < SURE:
        return replaces(read, weighed)
    return read == NEUTRAL and weighed != NEUTRAL and probability > ACCOUNT_DOUBTED


def replaces(read: str, weighed: str) -> bool:
    """Whether the weighing's class `weighed` is taken for the rules' `read`: where the two
    differ, except that a change asked for in words ("bör", "föreslår", "önskar") stays one
    unless the weighing hears opposition or support with a reservation in it (a demand is a
    demand whatever else its words resemble; measured with `--cross`, it keeps demands read
    and loses no stance)."""
    if weighed == read:
        return False
    return read != PROPOSAL or weighed in (AGAINST, PARTLY)


def _words(position: _Weighable) -> str:
    return f"{position.lead} {position.text}".strip()


_SWEDISH = {
    FOR: "stöd",
    PARTLY: "delvis stöd",
    AGAINST: "kritik",
    PROPOSAL: "förslag",
    COMMENT: "synpunkter",
    NEUTRAL: "en redogörelse",
    NONE: "text utan hållning",
}
