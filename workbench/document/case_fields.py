"""The case fields as the officer sees them: Swedish labels, how each is edited, what each
document kind needs before it can be exported, and the text forms of the list fields.

Pure: no textual, no store. The details and organisation screens build their forms from it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workbench.core.model import Kind, Organisation, Response, Signatory, Stance
from workbench.core.stances import CLASS_LABELS, Vocabulary, is_valid_key, stance_key_for
from workbench.document.compose import (
    PLACE_MISSING,
    PLACE_WHERE,
    deciding_body_of,
    lacks_place,
    signatories_of,
)


@dataclass(frozen=True)
class CaseField:
    name: str
    label: str
    long: bool = False  # several lines of text (a TextArea), else one line (an Input)
    hint: str = ""
    group: str = ""  # a heading on the form before this field


# In the order of the form: who and what first, then the parts of the documents.
CASE_FIELDS: tuple[CaseField, ...] = (
    CaseField("our_dnr", "Vårt diarienummer", hint="t.ex. KS 2024/123", group="Ärendet"),
    CaseField("date", "Datum", hint="ÅÅÅÅ-MM-DD"),
    CaseField("title", "Rubrik", hint="tom: remissens titel"),
    CaseField("subtitle", "Underrubrik"),
    CaseField("officer", "Handläggare", group="Personer och beslutsgång"),
    CaseField("reviewer", "Granskare"),
    CaseField("deciding_body", "Beslutande organ", hint="som beslutar om svaret"),
    CaseField(
        "addressee",
        "Mottagare",
        hint="adressraden; tom: remissens avsändare (remissvar) eller beslutande organ",
    ),
    CaseField("meeting_date", "Sammanträdesdatum", hint="ÅÅÅÅ-MM-DD"),
    CaseField("security_class", "Informationssäkerhetsklass", hint="t.ex. K1"),
    CaseField("prepared_by", "Beredd av"),
    CaseField("presenter", "Föredragande"),
    CaseField("decided_by", "Beslutad av"),
    CaseField("participants", "Deltagare i beredningen", long=True, hint="en per rad"),
    CaseField("summary", "Sammanfattning", long=True, group="Dokumentets delar"),
    CaseField("case_description", "Beskrivning av ärendet / Ärendet", long=True),
    CaseField("background", "Bakgrund", long=True),
    CaseField("decision_intro", "Förslag till beslut, inledning", long=True),
    CaseField("decision_clauses", "Beslutssatser", long=True, hint="en att-sats per rad"),
    CaseField("economic_consequences", "Ekonomiska konsekvenser", long=True),
    CaseField("legal_consequences", "Juridiska konsekvenser", long=True),
    CaseField("environmental_consequences", "Miljökonsekvenser", long=True),
    CaseField("closing", "Avslutning", long=True, hint='t.ex. "Stockholm som ovan"'),
    CaseField("attachments", "Bilagor", long=True, hint="en per rad"),
    CaseField("recipients", "Beslutet ska skickas till", long=True, hint="en per rad"),
)
FIELDS_BY_NAME: dict[str, CaseField] = {field.name: field for field in CASE_FIELDS}

SIGNATORIES_LABEL = "Undertecknare"
KIND_CHOICES: list[tuple[str, str]] = [(kind.label, kind.value) for kind in Kind]

# What each document kind prints and cannot do without (PRODUCT.md, "Document kinds"). The
# first two and the signatories are what the export's preflight checks too (an empty date is
# the day of the export); the rest are the parts a kind is made of.
_ALWAYS = ("our_dnr", "deciding_body")
REQUIRED: dict[Kind, tuple[str, ...]] = {
    Kind.REMISSVAR: _ALWAYS,
    Kind.YTTRANDE: _ALWAYS,
    Kind.TJANSTEUTLATANDE: (*_ALWAYS, "summary", "case_description", "decision_intro"),
    Kind.BESLUT: (*_ALWAYS, "case_description", "decision_clauses"),
}


def missing_for_export(response: Response, organisation: Organisation) -> list[str]:
    """Labels of what the response's kind needs and the case does not yet hold."""
    missing = [
        FIELDS_BY_NAME[name].label
        for name in REQUIRED[response.kind]
        if not _filled(getattr(response, name))
        # The organisation's own deciding body stands in for an empty one (as in export).
        and not (name == "deciding_body" and deciding_body_of(response, organisation).strip())
    ]
    if not signatories_of(response, organisation):
        missing.append(SIGNATORIES_LABEL)
    if lacks_place(response, organisation):
        missing.append(f"{PLACE_MISSING} ({PLACE_WHERE})")
    return missing


def is_required(name: str, kind: Kind) -> bool:
    return name in REQUIRED[kind]


def _filled(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return bool(value)
    return value is not None


def check_date(text: str) -> str:
    """An error message for a date field's text, or "" when it is empty or a valid ISO date."""
    text = text.strip()
    if not text:
        return ""
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return "Skriv datumet som ÅÅÅÅ-MM-DD."
    if len(text) != 10:
        return "Skriv datumet som ÅÅÅÅ-MM-DD."
    return ""


# The list fields and the people lists are edited as text, one entry a line.


def list_text(items: list[str]) -> str:
    return "\n".join(items)


def text_list(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def signatories_text(signatories: list[Signatory]) -> str:
    """One signatory a line, "Namn, Titel", as the CLI's --signatory takes them."""
    return "\n".join(
        f"{s.name}, {s.title}" if s.title else s.name
        for s in sorted(signatories, key=lambda s: s.order)
    )


def text_signatories(text: str) -> list[Signatory]:
    signatories = []  # type: ignore[var-annotated]
    for line in text_list(text):
        name, _, title = line.partition(",")
        signatories.append(Signatory(name.strip(), title.strip(), order=len(signatories)))
    return signatories


_CLASS_BY_LABEL = {label: key for key, label in CLASS_LABELS.items()}


def stances_text(stances: list[Stance]) -> str:
    """An organisation's own verbs, one a line: "ser positivt på, för"."""
    return "\n".join(
        f"{s.verb}, {CLASS_LABELS.get(s.stance_class, s.stance_class)}" for s in stances
    )


def text_stances(text: str) -> tuple[list[Stance], list[str]]:
    """Parse "verb, klass" lines into stances; problems come back as Swedish messages."""
    stances: list[Stance] = []
    problems: list[str] = []
    builtin = Vocabulary()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        verb, _, label = line.rpartition(",")
        if not verb:
            verb, label = label, "synpunkt"
        verb, label = verb.strip(), label.strip().casefold()
        stance_class = _CLASS_BY_LABEL.get(label)
        key = stance_key_for(verb)
        if stance_class is None:
            known = ", ".join(CLASS_LABELS.values())
            problems.append(f"Rad {number}: okänd klass '{label}' (välj bland {known}).")
        elif not is_valid_key(key):
            problems.append(f"Rad {number}: '{verb}' går inte att använda som hållning.")
        elif key in builtin or any(s.key == key for s in stances):
            problems.append(f"Rad {number}: '{verb}' finns redan.")
        else:
            stances.append(Stance(key, verb, stance_class))
    return stances, problems
