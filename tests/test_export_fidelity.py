"""Fidelity to the seeds: each demo response, exported as its seed's kind, reads as the seed.

Compared on the body text (python-docx, whitespace and markup normalised): the heading
sequence, the italic runs (the seed's italic leads and emphasis), and a difflib ratio of at
least 0.9, reported at the end of the test run. The page header (kind, dnr, security class)
is checked apart from the body, so the seed's page-header lines are left out of its text.
"""

from __future__ import annotations

import datetime as dt
import re
from difflib import SequenceMatcher

import pytest

from tests.conftest import FIDELITY_KEY
from tests.docx_helpers import body_text, headings, italic_spans, open_docx
from tests.test_demo_data import PM_START, norm_seed, seed_text
from workbench.usecases.export import export_response

TODAY = dt.date(2026, 11, 23)
MIN_RATIO = 0.9

# Seed 004 holds the BESLUT, then the YTTRANDE (two pages, each with its page header).
YTTRANDE_START = "YTTRANDE\n\nDiariern\n"
# The page-header lines of seed 004 (kind, "Diarienr" label, dnr, security class).
PAGE_HEADER_RE = re.compile(
    r"^(BESLUT|YTTRANDE|Diarie\w*|LOC 2020-0809|Informationssäkerhetsklass: K1)$",
    re.MULTILINE,
)
NUMBERED_ITEM_RE = re.compile(r"^[ \t]*\d{1,3}\.[ \t]+(?=\S)", re.MULTILINE)
BOLD_RE = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
ITALIC_RE = re.compile(r"(?<![*\w])\*([^*\n]+?)\*(?![*\w])")

# The seed's headings, in order, as lines of the seed. "…" marks the cut-off end of a title
# (seed 000's first line is the end of its title: our full title ends with it).
CASES = {
    "Stockholms stad remissvar vs seed 001": (
        "Stockholms stad",
        "remissvar",
        "001",
        [
            "Life science-strategi för Stockholm-Uppsala-regionen",
            "Sammanfattning",
            "Ställningstaganden",
            "1.1 Strategins syfte",
            "1.2.2 Relationen mellan life science-klustret och strategin samt vilka som"
            " omfattas av strategin",
            "A. Forskning och innovation",
            "B. Tydlig identitet och en god internationell tillgänglighet",
            "C. Hållbar utveckling och resiliens inom life science",
            "D. Kompetensförsörjning och talangutveckling",
            "E. Forskningsinfrastrukturer och testmiljöer",
            "3.3.Norden – värdegemenskap och gemensam styrka",  # sic
            "4.1 Utförande och uppföljning",
        ],
    ),
    "Locum yttrande vs seed 004 YTTRANDE": (
        "Locum AB",
        "yttrande",
        "004-yttrande",
        [
            "Yttrande över remiss Life science strategi för Stockholmsregionen",
            "Bakgrund",
            "Överväganden",
            "Ekonomiska konsekvenser",
            "Miljökonsekvenser",
        ],
    ),
    "Locum beslut vs seed 004 BESLUT": (
        "Locum AB",
        "beslut",
        "004-beslut",
        [
            "Yttrande över remiss Life science strategi för Stockholmsregionen",
            "Ärendet",
            "Beslutsunderlag",
            "Förslag till beslut",
        ],
    ),
    "Huddinge tjansteutlatande vs seed 003": (
        "Huddinge kommun",
        "tjansteutlatande",
        "003",
        [
            "Strategier för Life science och forsknings- och utveckling – svar på remiss"
            " från Region Stockholm",
            "Förslag till beslut",
            "Sammanfattning",
            "Beskrivning av ärendet",
            "Life science-strategi",
            "Forsknings- och utvecklingsstrategi",
            "Förvaltningens synpunkter",
            "Ekonomiska och juridiska konsekvenser",
            "Bilagor",
            "Beslutet ska skickas till",
        ],
    ),
    "Stockholm Business Region tjansteutlatande vs seed 000": (
        "Stockholm Business Region",
        "tjansteutlatande",
        "000",
        [
            "…utvecklingsstrategi för Region Stockholm",
            "Stockholm Business Regions förslag till beslut",
            "Ärendet",
            "Ärendets beredning",
            "Bolagets analys och bedömning",
        ],
    ),
}


def seed_part(name: str) -> str:
    """The seed document (or part of seed 004) the export is compared with, as written."""
    if not name.startswith("004"):
        return seed_text(name)
    text = seed_text("004")
    text = text[: text.index(PM_START)]
    start = text.index(YTTRANDE_START)
    part = text[:start] if name == "004-beslut" else text[start:]
    part = PAGE_HEADER_RE.sub("", part)
    if name == "004-yttrande":
        # The addressee heads every page of the original; the body holds it once.
        first = part.index("Styrelsen för Locum AB") + len("Styrelsen för Locum AB")
        part = part[:first] + part[first:].replace("Styrelsen för Locum AB", "")
    return part


def seed_italics(text: str) -> list[str]:
    return [" ".join(m.split()) for m in ITALIC_RE.findall(BOLD_RE.sub(r"\1", text))]


def normalised_seed(text: str) -> str:
    return norm_seed(NUMBERED_ITEM_RE.sub("", text))


def key(heading: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", heading).casefold().split())


def response_id(store, organisation: str) -> int:
    return next(s.id for s in store.list_responses() if s.organisation == organisation)


@pytest.mark.parametrize("case", list(CASES))
def test_export_reads_as_the_seed(case, demo_store, tmp_path, request):
    organisation, kind, seed, seed_headings = CASES[case]
    path = export_response(
        demo_store, response_id(demo_store, organisation), kind, "docx", tmp_path, TODAY
    )
    document = open_docx(path)
    seed_raw = seed_part(seed)
    seed_lines = normalised_seed(seed_raw)

    # The heading sequence is the seed's (each listed heading is a line of the seed).
    ours = [text for _, text in headings(document)]
    assert len(ours) == len(seed_headings), ours
    for mine, theirs in zip(ours, seed_headings, strict=True):
        assert key(theirs.lstrip("…")) in key(seed_lines)
        if theirs.startswith("…"):
            assert key(mine).endswith(key(theirs[1:])), (mine, theirs)
        else:
            assert key(mine) == key(theirs), (mine, theirs)

    # The italic runs are exactly the seed's italic leads (and its emphasis).
    assert italic_spans(document) == seed_italics(seed_raw)

    ratio = SequenceMatcher(None, body_text(document), seed_lines, autojunk=False).ratio()
    request.config.stash.setdefault(FIDELITY_KEY, []).append((case, ratio))
    print(f"fidelity {case}: {ratio:.4f}")
    assert ratio >= MIN_RATIO, f"{case}: difflib ratio {ratio:.3f} < {MIN_RATIO}"
