"""Property tests: any text gives no exception and a well-nested outline."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.ingest import IngestError
from workbench.ingest.numbering import number_key
from workbench.ingest.plain import text_lines
from workbench.ingest.text import outline

WORDS = st.sampled_from(
    ["Inledning", "strategin", "och", "för", "Nuläge:", "hälso-", "sjukvård", "Region", "1.", "A.",
     "4.1", "–", "Sida", "3 (3)", "........", "\t5", "¹", "**", "#", "forsk-", "ning", "e"]
)  # fmt: skip
NUMBER = st.lists(st.integers(1, 12), min_size=1, max_size=4).map(
    lambda parts: ".".join(map(str, parts))
)
HEADING = st.builds(lambda n, t: f"{n} {t}", NUMBER, st.sampled_from(["Inledning", "Mål", "Syfte"]))
LETTERED = st.builds(lambda c, t: f"{c}. {t}", st.sampled_from("ABCDE"), st.just("Område"))
SENTENCE = st.lists(WORDS, min_size=1, max_size=12).map(" ".join)
LINE = st.one_of(HEADING, LETTERED, SENTENCE, st.just(""), st.just("\f"), st.text(max_size=40))


def check_well_nested(sections) -> None:
    assert sections
    seen: list = []
    for section in sections:
        assert 1 <= section.level <= 9
        assert section.title or section.number
        if section.parent is not None:
            assert any(s.number == section.parent and s.level < section.level for s in seen)
        seen.append(section)
    numeric = [number_key(s.number)[0] for s in sections if s.number and s.number[0].isdigit()]
    assert numeric == sorted(numeric)  # numbers nest and increase (a repeat may stand)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, max_size=60))
def test_structured_text_gives_a_well_nested_outline(lines):
    text = "\n".join(lines)
    try:
        result = outline(text_lines(text))
    except IngestError as error:
        assert "ingen text" in str(error)  # the only refusal: nothing but page furniture
        return
    check_well_nested(result.sections)
    assert 0 <= result.part < len(result.parts)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_gives_no_exception(text):
    try:
        result = outline(text_lines(text))
    except IngestError as error:
        assert "ingen text" in str(error)
        return
    check_well_nested(result.sections)
