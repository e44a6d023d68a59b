"""A view the answer holds without a verb of stance: a judgement in a statement.

Answers argue in sentences that name no stand ("anser", "tillstyrker", "bör") and still are
the answerer's view, not a fact told: "Valen till fullmäktige är grunden för den lokala
demokratin", "Annars riskerar systemet att motverka sitt syfte". A Swedish reader hears the view in
- the weight given to something, predicated: "är viktig", "är avgörande", "är en
  förutsättning för", "har stor betydelse", "spelar en central roll", "den viktigaste";
- the arguing particle "ju" ("Det är ju köparna som bestämmer");
- a risk foreseen if the point is not heeded: "Annars riskerar … att …";
- the answerer naming its own view: "Vår bild är att …", "Enligt vår erfarenhet …", "Vi
  tror att …", "har förståelse för …".

Such a sentence is a comment (tests/eval/answers/README.md: a view or an emphasis that is
neither approval, rejection nor a change asked for). The stance reader asks only where no
phrase of a stand was found and the sentence reports no one else; words in a relative clause
("det som är viktigt") describe, they do not judge.
"""

from __future__ import annotations

import re

_COPULA = r"(?:är|blir|vore|var|förblir|framstår som)"
_DEGREE = (
    r"(?: (?:därför|också|även|dock|ju|alltså|både|mycket|särskilt|helt|oerhört|"
    r"synnerligen|absolut|otroligt|väldigt|extra|minst lika|lika|allra|av))*"
)
# Words of weight: predicated, they say what matters to the answerer.
_WEIGHT = (
    r"(?:viktig(?:t|a|are|ast|aste)?|avgörande|central(?:t|a)?|grundläggande|"
    r"nödvändig(?:t|a)?|väsentlig(?:t|a)?|angelägen|angeläget|angelägna|"
    r"betydelsefull(?:t|a)?|(?:stor|största|avgörande|central|väsentlig) (?:betydelse|vikt)|"
    r"en (?:grundläggande |nödvändig |viktig |avgörande )?förutsättning|grunden|nyckeln|"
    r"förståeligt|självklar(?:t|a)?|en (?:stor |viktig |värdefull |ovärderlig )?tillgång)"
)
_JUDGES = re.compile(
    r"(?<![\wåäö])(?:"
    # the arguing particle: "Konsumenterna är ju köparna" (what is obvious, "självklart",
    # "uppenbarligen", as often says a fault as a view: not here)
    r"ju|"
    # a risk foreseen if the point is not heeded: "Annars riskerar systemet att …"
    r"(?:annars|i annat fall|om inte|om så inte sker|om detta inte sker)(?: [\wåäö]+){0,6}? "
    r"riskerar|"
    # weight, predicated or as a superlative
    rf"{_COPULA}{_DEGREE} {_WEIGHT}|viktigaste|nyckelroll\w*|"
    r"(?:spelar|har|fyller) (?:en )?(?:mycket )?(?:viktig|avgörande|central|stor|"
    r"betydelsefull|nyckel)\w* (?:roll|funktion)|"
    r"(?:har|är av|får|få) (?:en )?(?:mycket )?(?:stor|största|avgörande|central|"
    r"väsentlig) (?:betydelse|vikt)|"
    # the answerer's own view named
    r"(?:vår|min) (?:bild|erfarenhet|övertygelse|syn|tro|upplevelse) är|"
    r"enligt (?:vår|min) (?:erfarenhet|bild|syn|övertygelse)|"
    r"(?:vi|jag) (?:[\wåäö]+ )?(?:tror|upplever|är övertygade)|"
    r"har (?:stor |full |viss )?förståelse för|"
    r"vill (?:också |även |särskilt )?lyfta (?:fram )?(?:vikten|betydelsen|behovet)"
    r")(?![\wåäö])",
    re.I,
)
# A relative or an interrogative clause describes what it names: "det som är viktigt",
# "vad som är avgörande", "frågor som har stor betydelse för kommunen".
_DESCRIBING = re.compile(r"(?<![\wåäö])(?:som|vad)\s+$", re.I)
# A judgement negated says something else: "Vi tror inte att …" doubts (opposition, when said
# of the remiss), "är inte avgörande" denies a weight.
_NEGATED = re.compile(r"\s+(?:[\wåäö]+\s+)?(?:inte|ej|icke|knappast|aldrig)(?![\wåäö])", re.I)


def judgement(text: str) -> re.Match | None:
    """The first word of a judgement in `text` (the answerer's own words, quotations
    blanked) that stands in no relative clause, or None."""
    for found in _JUDGES.finditer(text):
        if _DESCRIBING.search(text[max(0, found.start() - 8) : found.start()]):
            continue
        if _NEGATED.match(text, found.end()):
            continue
        return found
    return None
