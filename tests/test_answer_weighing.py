"""The stance weighing (workbench.answer.weighing): a position's words and the rules' reading
weighed by a trained logistic regression; where it reads another class, that class is taken and
the position queued. Its trainer (tests/eval/train_weights.py) is tested on examples written
here. All sentences are written for these tests."""

from __future__ import annotations

import math

import pytest

from tests.eval import train_weights
from workbench.answer import weighing
from workbench.answer.analyse import SURE, ImportedPosition
from workbench.answer.stance import READ_STANCES, StanceReader
from workbench.core.stances import (
    AGAINST,
    BUILTIN_STANCES,
    COMMENT,
    FOR,
    NEUTRAL,
    STANCE_CLASSES,
)


def test_words_are_stems_and_pairs_and_a_negation_marks_the_words_after_it():
    counts = weighing.word_counts("Förslaget är inte godtagbart för kommunerna.")
    assert "w:förslag" in counts
    assert "p:förslag är" in counts
    assert "w:inte" in counts
    # three words after "inte" are negated, the fourth is not
    assert {"w:¬godtagbart", "w:¬för", "w:¬kommun"} <= counts.keys()
    assert "w:godtagbart" not in counts


def test_a_word_said_twice_counts_less_than_twice():
    counts = weighing.word_counts("brister och brister")
    assert counts["w:brist"] == pytest.approx(1 + math.log(2))


def test_only_known_words_are_seen_and_they_are_scaled_to_length_one():
    reading = weighing.reading_features(NEUTRAL, "redogor", 0.55)
    seen = weighing.features(
        reading, {"w:brist": 1.0, "w:okänd": 1.0, "w:sak": 1.0}, {"w:brist", "w:sak"}
    )
    assert "w:okänd" not in seen
    assert seen["w:brist"] == pytest.approx(1 / math.sqrt(2))
    assert seen["class:neutral"] == seen["key:redogor"] == 1.0
    assert seen["sure:5"] == 1.0


def _weights(**rows: dict[str, float]) -> weighing.Weights:
    """Weights over the seven classes, zero except where given: feature → {class: weight}."""
    classes = STANCE_CLASSES
    table = {name: tuple(row.get(c, 0.0) for c in classes) for name, row in rows.items()}
    return weighing.Weights(classes, tuple(0.0 for _ in classes), table)


def _position(text: str, key: str = "redogor", confidence: float = 0.5) -> ImportedPosition:
    return ImportedPosition(None, key, text=text, stance_confidence=confidence)


def test_where_the_weighing_reads_another_class_it_is_taken_and_the_position_queued():
    weights = _weights(**{"w:orim": {AGAINST: 4.0}})
    position = _position("Det är orimligt att avgiften höjs.")
    assert weighing.weigh([position], StanceReader().stance_class, weights=weights) == 1
    assert position.stance == weighing.CLASS_KEYS[AGAINST] == "kritik"
    assert position.needs_review and position.stance_confidence < SURE
    assert position.text == "Det är orimligt att avgiften höjs."  # its words are never changed
    assert "kritik" in position.review_note and "redogörelse" in position.review_note


def test_where_the_weighing_agrees_nothing_changes():
    weights = _weights(**{"class:neutral": {NEUTRAL: 4.0}})
    position = _position("Kommunen har tidigare yttrat sig över planen.")
    assert weighing.weigh([position], StanceReader().stance_class, weights=weights) == 0
    assert (position.stance, position.stance_confidence, position.doubt) == ("redogor", 0.5, "")


def test_a_change_asked_for_stays_one_unless_the_weighing_hears_opposition_in_it():
    weights = _weights(**{"w:bör": {COMMENT: 4.0}, "w:orim": {AGAINST: 8.0}})
    asked = _position("Avgiften bör sänkas.", "foreslar")
    assert weighing.weigh([asked], StanceReader().stance_class, weights=weights) == 0
    assert asked.stance == "foreslar"
    opposed = _position("Avgiften är orimlig och bör sänkas.", "foreslar")
    assert weighing.weigh([opposed], StanceReader().stance_class, weights=weights) == 1
    assert opposed.stance == "kritik"


def test_the_positions_around_it_and_the_verdict_are_weighed_as_the_rules_read_them():
    weights = _weights(**{"before:against": {AGAINST: 2.0}, "overall:against": {AGAINST: 2.0}})
    positions = [
        _position("Kommunen avstyrker förslaget.", "avstyrker", 0.9),
        _position("Konsekvenserna för skolan är inte beskrivna."),
        _position("Kommunen har läst förslaget."),
    ]
    weighing.weigh(positions, StanceReader().stance_class, "against", weights=weights)
    # the second follows a stand against: both cues; the third follows a position weighed, but
    # its neighbour is weighed as the rules read it (an account), so only the verdict speaks
    assert [p.stance for p in positions] == ["avstyrker", "kritik", "kritik"]
    seen = weighing.reading_features("neutral", "redogor", 0.5, before="neutral")
    assert seen["before:neutral"] == seen["after:end"] == seen["overall:unknown"] == 1.0


def test_a_stand_the_rules_are_sure_of_is_not_weighed():
    weights = _weights(**{"w:orim": {AGAINST: 4.0}})
    position = _position("Kommunen tillstyrker trots att det är orimligt dyrt.", "tillstyrker", 0.9)
    weighing.weigh([position], StanceReader().stance_class, weights=weights)
    assert (position.stance, position.stance_confidence) == ("tillstyrker", 0.9)


def test_an_account_the_rules_are_sure_of_is_weighed_where_a_stand_is_more_likely_than_not():
    text = "Konsekvenserna för de mindre kommunerna är inte utredda."
    weights = _weights(**{"w:¬utred": {AGAINST: 4.0}})  # p(against) ≈ 0.9
    sure = _position(text, "redogor", 0.9)
    assert weighing.weigh([sure], StanceReader().stance_class, weights=weights) == 1
    assert sure.stance == "kritik" and sure.needs_review  # changed, so queued
    doubtful = _weights(**{"w:¬utred": {AGAINST: 1.0}})  # p(against) ≈ 0.3: not more likely
    kept = _position(text, "redogor", 0.9)
    assert weighing.weigh([kept], StanceReader().stance_class, weights=doubtful) == 0
    assert (kept.stance, kept.stance_confidence) == ("redogor", 0.9)


def test_without_weights_the_rules_stand_alone(monkeypatch):
    monkeypatch.setattr(weighing, "trained_weights", lambda: None)
    position = _position("Det är orimligt att avgiften höjs.")
    weighing.weigh([position], StanceReader().stance_class)
    assert position.stance == "redogor"


def test_each_class_has_a_key_of_its_own_class():
    reader = StanceReader()
    known = {s.key for s in BUILTIN_STANCES} | READ_STANCES.keys()
    for stance_class, key in weighing.CLASS_KEYS.items():
        assert key in known
        assert reader.stance_class(key) == stance_class


def test_the_shipped_weights_load_and_weigh_every_class():
    weights = weighing.trained_weights()
    assert weights is not None, "workbench/data/stance_weights.json is missing: make weights"
    assert {FOR, AGAINST, NEUTRAL} <= set(weights.classes) <= set(STANCE_CLASSES)
    assert len(weights.weights) > 1000
    probabilities = weights.probabilities({"class:neutral": 1.0})
    assert sum(probabilities) == pytest.approx(1.0)


def test_the_shipped_weights_know_only_the_features_the_weighing_makes():
    """Trained with the features of this code: a renamed feature would never be seen again."""
    weights = weighing.trained_weights()
    assert weights is not None
    kinds = {name.split(":", 1)[0] for name in weights.weights}
    assert kinds == {"w", "p", "class", "key", "sure", "before", "after", "overall"}
    made = weighing.reading_features("neutral", "redogor", 0.55, "against", "end", "partly")
    assert set(made) <= weights.weights.keys()


def test_weights_survive_json_and_a_ragged_file_is_refused():
    weights = _weights(**{"w:brist": {AGAINST: 1.5}})
    again = weighing.Weights.from_json(weights.to_json())
    assert again == weighing.Weights(weights.classes, weights.bias, dict(weights.weights))
    data = weights.to_json()
    data["weights"]["w:brist"] = [1.0]
    with pytest.raises(ValueError):
        weighing.Weights.from_json(data)


def _example(text: str, label: str, read: str = NEUTRAL) -> train_weights.Example:
    key = weighing.CLASS_KEYS[read]
    reading = weighing.reading_features(read, key, 0.5)
    return train_weights.Example(
        "written", reading, weighing.word_counts(text), label, False, read, 0.5
    )


def test_the_trainer_learns_what_words_say_where_the_rules_read_nothing():
    against = [
        "Det är orimligt att avgiften höjs så kraftigt.",
        "Det är orimligt att remisstiden är så kort.",
        "Konsekvenserna för små kommuner är inte utredda.",
        "Konsekvenserna för företagen är inte utredda alls.",
    ]
    support = [
        "Det är glädjande att regionen satsar på kollektivtrafik.",
        "Det är glädjande att strategin lyfter landsbygden.",
        "Vi ser mycket positivt på att kommunen satsar på skolan.",
        "Vi ser mycket positivt på att planen ger fler bostäder.",
    ]
    train = [_example(t, AGAINST) for t in against] + [_example(t, FOR) for t in support]
    weights = train_weights.fit(train * 3)
    new = _example("Det är orimligt att taxan höjs.", AGAINST)
    assert train_weights.weighed(new, weights) == AGAINST
    new = _example("Det är glädjande att biblioteket får öppet längre.", FOR)
    assert train_weights.weighed(new, weights) == FOR
