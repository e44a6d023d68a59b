"""The demo data (workbench/data/*.toml) is the seed documents, transcribed verbatim.

Each response's positions must read, lead and text together, as the seed writes them; every
stance and section must resolve; the demo remiss must hold the strategy's 13 sections with
their text; and nothing of a seed's answer may be left out (what the data does not cover must
be exactly the seed's part headings and a few known layout lines).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from workbench.core.markup import paragraphs, strip_markup
from workbench.core.stances import (
    BUILTIN_STANCES,
    FREE_TEXT,
    NO_COMMENTS,
    STANCE_CLASSES,
    Stance,
    Vocabulary,
    is_valid_key,
    stance_key_for,
)

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
DATA = Path(__file__).resolve().parent.parent / "workbench" / "data"

REMISS_FILES = {
    "RS 2019-0751": "remiss_rs_2019_0751.toml",
    "RS 2025-0671": "remiss_rs_2025_0671.toml",
}
# response file -> (seed number, the remiss it answers)
RESPONSE_FILES = {
    "response_locum.toml": ("004", "RS 2019-0751"),
    "response_huddinge.toml": ("003", "RS 2019-0751"),
    "response_sbr.toml": ("000", "RS 2019-0751"),
    "response_stockholms_stad.toml": ("001", "RS 2025-0671"),
}

RS_2019_NUMBERS = [
    *("1", "2", "3", "3.1", "3.2", "3.3", "3.4"),
    *("4", "4.1", "4.2", "4.3", "4.4", "4.5"),
]
RS_2025_NUMBERS = ["1.1", "1.2.2", "A", "B", "C", "D", "E", "3.3", "4.1"]

# Seed 004 holds four documents; the strategy (the demo remiss) starts at "1 Inledning" and
# Locum's own documents (BESLUT, YTTRANDE) end where the Remiss-PM begins.
STRATEGY_START = "\n1 Inledning\n"
PM_START = "Life science-strategi för Stockholmsregionen\n\nRemiss-PM"

FOOTNOTE = (
    "¹ Forska!Sverige 2019. <http://www.forskasverige.se/wp-content/uploads/"
    "Opinionsundersökning-2019-ForskaSverige.pdf>"
)
# The repairs of page-break damage in the strategy, as documented in remiss_rs_2019_0751.toml:
# (what the seed has, what the data has). Joins across a blank line need no entry of their own
# beyond this list: whitespace is normalised anyway.
STRATEGY_REPAIRS = [
    (f"på ett\n\n{FOOTNOTE}\n\nvärldsledande sätt", "på ett världsledande sätt"),  # 4.1
    ("också KI\n\nangelägen", "också KI angelägen"),  # 4.2
    ("multidisciplinära\n\nsamarbeten", "multidisciplinära samarbeten"),  # 4.4
    (  # 4.5: the period before the page break is extraction damage
        "infrastruktur för forskning.\n\noch innovation",
        "infrastruktur för forskning och innovation",
    ),
]

# What a seed has that the response data does not carry as text: the part headings the
# templates print, and layout lines. Anything else left over is text missing from the data.
EXPECTED_LEFTOVERS = {
    "response_locum.toml": [
        "BESLUT",
        "Ärendet",
        "Beslutsunderlag 1.",
        "2.",
        "3.",
        "Förslag till beslut",
        "YTTRANDE Diariern",  # sic
        "Informationssäkerhetsklass:",
        "Bakgrund",
        "Överväganden",
        "Ekonomiska konsekvenser",
        "Miljökonsekvenser",
        "YTTRANDE Diariernr",  # sic
        "Informationssäkerhetsklass:",
    ],
    "response_huddinge.toml": [
        "Förslag till beslut",
        "Sammanfattning",
        "Beskrivning av ärendet",
        "Förvaltningens synpunkter",
        "Ekonomiska och juridiska konsekvenser",
        "Bilagor",
        "Beslutet ska skickas till",
    ],
    "response_sbr.toml": [
        "utvecklingsstrategi för Region Stockholm",  # the cut-off end of the title
        "Ingvarsson",  # the data has the full name, Staffan Ingvarsson
        "Ärendets beredning",
        "har beretts av",  # "Ärendet har beretts av" + prepared_by + "."
        ".",
    ],
    "response_stockholms_stad.toml": [
        "Till",
        "Ert Dnr: RS 2025-0671",
        "Sammanfattning",
        "Ställningstaganden1.1 Strategins syfte",
        "1.2.2 Relationen mellan life science-klustret och strategin samt vilka som omfattas av"
        " strategin",
        "A. Forskning och innovation",
        "B. Tydlig identitet och en god internationell tillgänglighet",
        "C. Hållbar utveckling och resiliens inom life science",
        "D. Kompetensförsörjning och talangutveckling",
        "E. Forskningsinfrastrukturer och testmiljöer",
        "3.3.Norden – värdegemenskap och gemensam styrka",
        "4.1 Utförande och uppföljning",
    ],
}

WORD_BULLETS = ("\uf0a7", "\uf0b7")
_LINE_MARKER_RE = re.compile(r"^\s*(?:[-•]|#{1,6})\s+")
_HYPHEN_WRAP_RE = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=[a-zåäö])")
_NUMBERED_RE = re.compile(r"^\s*\d{1,3}[.)]\s")
_SEED_BULLET_RE = re.compile(r"^[ \t]*[-•][ \t]+", re.MULTILINE)


# --- helpers ---------------------------------------------------------------------------------


def load(name: str) -> dict:
    with open(DATA / name, "rb") as fh:
        return tomllib.load(fh)


def seed_text(number: str) -> str:
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return path.read_text(encoding="utf-8")


def norm_seed(text: str) -> str:
    """Seed text as one line: bullets, markdown marks and wrapping removed."""
    for bullet in WORD_BULLETS:
        text = text.replace(bullet, " ")
    text = _HYPHEN_WRAP_RE.sub("-", text)  # "vux-\nutbildning": a word wrapped at its hyphen
    text = _SEED_BULLET_RE.sub("", text)  # markdown bullets "- " at the start of a line
    text = text.replace("*", "").replace("#", "")
    return " ".join(text.split())


def norm_data(text: str) -> str:
    """Data text as one line: bullet and heading marks, italics and soft breaks removed."""
    lines = [_LINE_MARKER_RE.sub("", line) for line in text.split("\n")]
    return " ".join(strip_markup(" ".join(lines)).replace("*", "").split())


def pieces_of(text: str) -> list[str]:
    """The normalised paragraphs of a markup text; a list or heading gives one per line."""
    out: list[str] = []
    for par in paragraphs(text):
        lines = [line for line in par.split("\n") if line.strip()]
        if any(_LINE_MARKER_RE.match(line) or _NUMBERED_RE.match(line) for line in lines):
            out.extend(norm_data(line) for line in lines)
        else:
            out.append(norm_data(par))
    return out


def vocabulary(org: dict) -> Vocabulary:
    extra = [Stance(s["key"], s["verb"], s["class"]) for s in org.get("stances", [])]
    return Vocabulary(extra)


def rendered_paragraphs(position: dict, org: dict) -> list[str]:
    """A position as the seed reads it: lead + first paragraph, then the further paragraphs."""
    vocab = vocabulary(org)
    lead = vocab.lead(position["stance"], org["subject"], position.get("verb_override", ""))
    pars = pieces_of(position.get("text", ""))
    if lead.phrase:
        first = pars[0] if pars else lead.default_tail
        pars = [f"{lead.phrase} {first}".strip(), *pars[1:]]
    return pars


def leftovers(text: str, pieces: list[str]) -> list[str]:
    """What of `text` is not covered by `pieces` (longest first), as the fragments between them."""
    for piece in sorted({p for p in pieces if p}, key=len, reverse=True):
        if len(piece) >= 20:
            text = text.replace(piece, "\x00")
        else:  # a short piece ("Ärendet", "K1") only as whole words
            text = re.sub(rf"(?<!\w){re.escape(piece)}(?!\w)", "\x00", text)
    return [frag.strip() for frag in text.split("\x00") if frag.strip()]


def response_pieces(data: dict) -> list[str]:
    org, resp = data["organisation"], data["response"]
    out: list[str] = []
    for value in resp.values():
        if isinstance(value, str):
            out.extend(pieces_of(value))
        elif isinstance(value, list):
            out.extend(norm_data(v) for v in value if isinstance(v, str))
    for position in data.get("positions", []):
        out.extend(rendered_paragraphs(position, org))
        if position.get("summary_override"):
            out.append(norm_data(position["summary_override"]))
    for signatory in org.get("signatories", []):
        out.extend([signatory["name"], signatory["title"]])
    out.extend([org["deciding_body"], org["name"], *org.get("part_titles", {}).values()])
    return [p for p in out if p]


def repaired_strategy() -> str:
    text = seed_text("004")
    text = text[text.index(STRATEGY_START) :]
    for damaged, repaired in STRATEGY_REPAIRS:
        assert damaged in text, f"repair no longer matches the seed: {damaged[:40]!r}"
        text = text.replace(damaged, repaired)
    return text


def response_seed(name: str) -> str:
    number, _ = RESPONSE_FILES[name]
    text = seed_text(number)
    if number == "004":
        text = text[: text.index(PM_START)]
    return text


def section_heading(section: dict) -> str:
    number = section["number"]
    sep = ". " if number[-1:].isalpha() and len(number) <= 2 else " "
    return f"{number}{sep}{section['title']}"


# --- the remisses ----------------------------------------------------------------------------


def test_data_files_all_parse_and_name_their_source():
    for name in [*REMISS_FILES.values(), *RESPONSE_FILES]:
        data = load(name)
        assert data["source"].startswith("Seed 00"), name


def test_rs_2019_0751_has_the_13_sections_of_the_strategy():
    data = load(REMISS_FILES["RS 2019-0751"])
    assert data["remiss"]["sender_dnr"] == "RS 2019-0751"
    assert [s["number"] for s in data["sections"]] == RS_2019_NUMBERS
    lines = {line.strip() for line in seed_text("004").split("\n")}
    for section in data["sections"]:
        assert section_heading(section) in lines, section["number"]
        assert section["level"] == section["number"].count(".") + 1


def test_rs_2025_0671_has_the_sections_seed_001_answers():
    data = load(REMISS_FILES["RS 2025-0671"])
    assert data["remiss"]["sender_dnr"] == "RS 2025-0671"
    assert [s["number"] for s in data["sections"]] == RS_2025_NUMBERS
    seed = norm_seed(seed_text("001"))
    for section in data["sections"]:
        heading = section_heading(section)
        if section["number"] == "3.3":
            heading = heading.replace("3.3 ", "3.3.")  # the seed's own typo
        assert heading in seed, section["number"]
        assert section["body"] == ""


def test_rs_2019_0751_section_bodies_are_the_seed_text():
    data = load(REMISS_FILES["RS 2019-0751"])
    repaired = norm_seed(repaired_strategy())
    for section in data["sections"]:
        for piece in pieces_of(section["body"]):
            if piece == FOOTNOTE:
                assert FOOTNOTE in seed_text("004")
                continue
            assert piece in repaired, f"{section['number']}: {piece[:70]!r}"


def test_rs_2019_0751_section_bodies_cover_the_whole_strategy():
    data = load(REMISS_FILES["RS 2019-0751"])
    pieces = [norm_data(section_heading(s)) for s in data["sections"]]
    for section in data["sections"]:
        pieces.extend(pieces_of(section["body"]))
    text = norm_seed(repaired_strategy().replace(FOOTNOTE, ""))
    assert leftovers(text, pieces) == []
    assert FOOTNOTE in data["sections"][RS_2019_NUMBERS.index("4.1")]["body"]


# --- the responses ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(RESPONSE_FILES))
def test_positions_read_as_the_seed_writes_them(name):
    data = load(name)
    seed = norm_seed(response_seed(name))
    assert data["positions"]
    for i, position in enumerate(data["positions"]):
        for par in rendered_paragraphs(position, data["organisation"]):
            assert par in seed, f"{name} position {i}: {par[:80]!r}"


@pytest.mark.parametrize("name", list(RESPONSE_FILES))
def test_positions_follow_the_seed_order(name):
    data = load(name)
    seed = norm_seed(response_seed(name))
    start = seed.index(norm_seed("Ställningstaganden")) if name.endswith("stad.toml") else 0
    at = start
    for i, position in enumerate(data["positions"]):
        for par in rendered_paragraphs(position, data["organisation"]):
            found = seed.find(par, at)
            assert found >= at, f"{name} position {i} out of order: {par[:60]!r}"
            at = found + len(par)


@pytest.mark.parametrize("name", list(RESPONSE_FILES))
def test_stances_are_builtin_or_declared(name):
    data = load(name)
    builtin = {s.key for s in BUILTIN_STANCES}
    declared = {s["key"] for s in data["organisation"].get("stances", [])}
    for stance in data["organisation"].get("stances", []):
        assert is_valid_key(stance["key"]) and stance["key"] == stance_key_for(stance["verb"])
        assert stance["class"] in STANCE_CLASSES
        assert stance["key"] not in builtin
    for position in data["positions"]:
        assert position["stance"] in builtin | declared, position["stance"]
        if position["stance"] in (FREE_TEXT, NO_COMMENTS):
            assert not position.get("verb_override")


@pytest.mark.parametrize("name", list(RESPONSE_FILES))
def test_sections_exist_in_the_remiss_answered(name):
    data = load(name)
    _, dnr = RESPONSE_FILES[name]
    assert data["remiss"] == dnr
    numbers = {s["number"] for s in load(REMISS_FILES[dnr])["sections"]}
    for position in data["positions"]:
        if "section" in position:
            assert position["section"] in numbers, position["section"]


@pytest.mark.parametrize("name", list(RESPONSE_FILES))
def test_nothing_of_the_seed_is_left_out(name):
    data = load(name)
    seed = norm_seed(response_seed(name))
    assert leftovers(seed, response_pieces(data)) == EXPECTED_LEFTOVERS[name]


def test_stockholms_stad_summary_lines_are_the_seed_summary_in_order():
    data = load("response_stockholms_stad.toml")
    seed = seed_text("001")
    summary_part = seed[seed.index("**Sammanfattning**") : seed.index("**Ställningstaganden**")]
    expected = [par for par in paragraphs(summary_part) if not par.startswith("**")]
    flagged = [p for p in data["positions"] if p.get("in_summary")]
    assert [p["summary_override"] for p in flagged] == expected
    assert len(expected) == 5


def test_stockholms_stad_sections_follow_the_seed():
    data = load("response_stockholms_stad.toml")
    by_section: dict[str, list[str]] = {}
    for position in data["positions"]:
        by_section.setdefault(position["section"], []).append(position["stance"])
    assert list(by_section) == RS_2025_NUMBERS
    assert by_section == {
        "1.1": ["valkomnar", "positiv"],
        "1.2.2": ["understryker", "foreslar", "foreslar"],
        "A": ["tillstyrker"],
        "B": ["instammer", "instammer"],
        "C": ["anser", "foreslar"],
        "D": ["anser", "foreslar", "vill_papeka"],
        "E": ["framhaller"],
        "3.3": ["understryker"],
        "4.1": ["noterar"],
    }


def test_stockholms_stad_italic_leads_are_the_seed_leads():
    data = load("response_stockholms_stad.toml")
    org = data["organisation"]
    vocab = vocabulary(org)
    seed_leads = re.findall(r"^\*(Stockholms stad [^*]+)\*", seed_text("001"), re.MULTILINE)
    leads = [
        vocab.lead(p["stance"], org["subject"], p.get("verb_override", "")).phrase
        for p in data["positions"]
    ]
    assert leads == seed_leads
