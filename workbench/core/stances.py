"""The stance vocabulary (PRODUCT.md, "Stances") and how a position's lead phrase is formed.

A position reads as one sentence the officer continues: lead = subject + verb, set in italics
in the output ("*Stockholms stad ställer sig positiv* till att …"). Two keys are special:
`inga_synpunkter` is a whole sentence on its own, and `fritext` has no lead at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from workbench.core.model import Position, Stance

FOR = "for"
PARTLY = "partly"
AGAINST = "against"
COMMENT = "comment"
PROPOSAL = "proposal"
NEUTRAL = "neutral"
NONE = "none"

STANCE_CLASSES: tuple[str, ...] = (FOR, PARTLY, AGAINST, COMMENT, PROPOSAL, NEUTRAL, NONE)
# An answer's stance on the remiss as a whole: its verdict, or views without one, or none.
OVERALL_CLASSES: tuple[str, ...] = (FOR, PARTLY, AGAINST, COMMENT, NONE)
CLASS_LABELS: dict[str, str] = {
    FOR: "för",
    PARTLY: "delvis",
    AGAINST: "emot",
    COMMENT: "synpunkt",
    PROPOSAL: "förslag",
    NEUTRAL: "neutral",
    NONE: "ingen",
}

NO_COMMENTS = "inga_synpunkter"
FREE_TEXT = "fritext"

BUILTIN_STANCES: tuple[Stance, ...] = (
    Stance("tillstyrker", "tillstyrker", FOR),
    Stance("tillstyrker_delvis", "tillstyrker delvis", PARTLY),
    Stance("avstyrker", "avstyrker", AGAINST),
    Stance("valkomnar", "välkomnar", FOR),
    Stance("positiv", "ställer sig positiv", FOR),
    Stance("instammer", "instämmer", FOR),
    Stance("understryker", "understryker", COMMENT),
    Stance("betonar", "betonar", COMMENT),
    Stance("framhaller", "framhåller", COMMENT),
    Stance("foreslar", "föreslår", PROPOSAL),
    Stance("anser", "anser", COMMENT),
    Stance("vill_papeka", "vill påpeka", COMMENT),
    Stance("konstaterar", "konstaterar", NEUTRAL),
    Stance("noterar", "noterar", NEUTRAL),
    Stance(NO_COMMENTS, "har inga synpunkter", NONE),
    Stance(FREE_TEXT, "", NONE, label="fritext (utan inledning)"),
)

# What an "inga synpunkter" position says after its lead when the officer wrote nothing.
NO_COMMENTS_ON_SECTION = "på avsnittet."
NO_COMMENTS_ON_REMISS = "på remissen."

_KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_KEY_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", " ": "_", "-": "_"})


def stance_key_for(verb: str) -> str:
    """A stable key for an organisation's own verb: "ser positivt på" → `ser_positivt_pa`."""
    key = re.sub(r"[^a-z0-9_]", "", verb.strip().lower().translate(_KEY_FOLD))
    return re.sub(r"_+", "_", key).strip("_")[:40]


def is_valid_key(key: str) -> bool:
    return bool(_KEY_RE.match(key))


@dataclass(frozen=True)
class Lead:
    """The italic opening of a position and what follows it when the text is empty."""

    phrase: str
    default_tail: str = ""


class Vocabulary:
    """The built-in stances plus one organisation's own verbs, looked up by key."""

    def __init__(self, extra: Iterable[Stance] = ()) -> None:
        self._by_key: dict[str, Stance] = {s.key: s for s in BUILTIN_STANCES}
        for stance in extra:
            if stance.key not in self._by_key:
                self._by_key[stance.key] = stance

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def __iter__(self):
        return iter(self._by_key.values())

    def __len__(self) -> int:
        return len(self._by_key)

    def get(self, key: str) -> Stance | None:
        return self._by_key.get(key)

    def stance_class(self, key: str) -> str:
        stance = self._by_key.get(key)
        return stance.stance_class if stance else NONE

    def lead(self, key: str, subject: str, verb_override: str = "", general: bool = False) -> Lead:
        """The lead phrase for a position: subject + verb, or nothing for free text."""
        return lead_phrase(self._by_key.get(key), subject, verb_override, general)

    def position_lead(self, position: Position, subject: str) -> Lead:
        """A position's lead: as a received answer wrote it, else subject + verb."""
        if position.lead:
            return Lead(position.lead)
        return self.lead(
            position.stance, subject, position.verb_override, general=position.section_id is None
        )


def lead_phrase(
    stance: Stance | None, subject: str, verb_override: str = "", general: bool = False
) -> Lead:
    """Form the lead: "Stockholms stad" + "välkomnar"; `inga_synpunkter` carries its own tail."""
    if stance is None or stance.key == FREE_TEXT:
        return Lead("")
    verb = (verb_override or stance.verb).strip()
    phrase = f"{subject.strip()} {verb}".strip()
    if stance.key == NO_COMMENTS:
        return Lead(phrase, NO_COMMENTS_ON_REMISS if general else NO_COMMENTS_ON_SECTION)
    return Lead(phrase)


class HasStance(Protocol):
    """A position, a search hit, a snapshot's position: anything with a stance and a verb."""

    stance: str
    verb_override: str


def verb_for(item: HasStance, vocabulary: Vocabulary | Mapping[str, str] | None = None) -> str:
    """The verb a position reads with, wherever it is shown: the officer's own wording, else
    the stance's verb in `vocabulary` (a Vocabulary, or verbs by stance key); "" for free text
    (callers show "(fritext)"); an unknown stance's key, in words."""
    override = item.verb_override.strip()
    if override:
        return override
    if item.stance == FREE_TEXT:
        return ""
    if isinstance(vocabulary, Vocabulary):
        stance = vocabulary.get(item.stance)
        verb = stance.verb if stance else None
    elif vocabulary is not None:
        verb = vocabulary.get(item.stance)
    else:
        verb = None
    if verb is None:
        builtin = _BUILTIN_VERBS.get(item.stance)
        verb = builtin if builtin is not None else item.stance.replace("_", " ")
    return verb


_BUILTIN_VERBS = {stance.key: stance.verb for stance in BUILTIN_STANCES}


def builtin_vocabulary() -> Vocabulary:
    return Vocabulary()
