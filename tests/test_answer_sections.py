"""Which section of the remiss an answer's paragraph or heading is about (issue 18, item 1),
on a remiss and answers written here for the purpose: content matched on the remiss's own
text, headings matched by title and content, what matches nothing clearly on the remiss as a
whole, and why each went where (`placed_by`)."""

from __future__ import annotations

from workbench.answer.analyse import read_positions
from workbench.answer.organisation import OrganisationGuess
from workbench.answer.read import answer_text
from workbench.answer.sections import SectionMatcher
from workbench.core.model import Remiss, Section


def _strategy() -> Remiss:
    """A regional strategy whose sections share much of their wording, as real ones do."""
    sections = [
        Section("1", "Inledning", 1, "Strategin gäller regionens arbete med kultur till 2030."),
        Section("2", "Områden", 1, ""),
        Section(
            "2.1",
            "Bibliotek i hela länet",
            2,
            "Biblioteken i länet ska vara öppna för alla invånare. Regionen stöttar kommunernas "
            "bibliotek med finansiering och kompetens. Samverkan mellan biblioteken ska öka.",
        ),
        Section(
            "2.2",
            "Konstnärlig förnyelse genom gränsöverskridande samarbete",
            2,
            "Konsten förnyas där olika konstformer möts. Regionen vill se samarbete mellan "
            "teater, dans, musik och digitala medier, och gränsöverskridande projekt ska få "
            "finansiering. Kompetens från näringslivet kan bidra.",
        ),
        Section(
            "2.3",
            "Kulturarv och museer",
            2,
            "Museerna vårdar länets kulturarv. Regionen ska ge museerna finansiering för "
            "digitalisering, och samverkan med skolor ska öka så att fler invånare når dem.",
        ),
    ]
    return Remiss("Kulturstrategi för Exempellänet", sender="Region Exempel", sections=sections)


def _plan() -> Remiss:
    """A detaljplan with unnumbered subsections, two of them on water in different chapters."""
    sections = [
        Section("1", "Planens syfte", 1, "Planen prövar tolv villatomter väster om ån."),
        Section("5", "Förutsättningar och konsekvenser", 1, ""),
        Section("5.4", "Miljö", 2, ""),
        Section("", "Dagvatten", 3, "Dagvatten från tomterna leds i diken till en damm.", page=20),
        Section("", "Naturmiljö", 3, "Ekar och tallar i planens västra del sparas.", page=21),
        Section("5.7", "Hälsa och säkerhet", 2, ""),
        Section("", "Risk för översvämning", 3, "Vid skyfall svämmar ån över ängen.", page=24),
        Section("6", "Genomförande", 1, ""),
        Section("6.2", "Tekniska frågor", 2, ""),
        Section(
            "",
            "Dagvattenlösningar",
            3,
            "Kommunen bygger dammen och dikena och sköter dem efter utbyggnaden.",
            page=30,
        ),
        Section("", "Naturvårdsavtal", 3, "Kommunen tecknar avtal om skötsel av ängen.", page=31),
    ]
    return Remiss("Detaljplan för Åbacken 2:1", sender="Exempelby kommun", sections=sections)


def _answer(text: str):
    from workbench.ingest.plain import text_lines

    return answer_text(text_lines(text))


def _on(reading, start: str):
    return next(p for p in reading.positions if p.paragraphs[0].startswith(start))


def _titles(remiss: Remiss, matcher: SectionMatcher, ref: str | None) -> str | None:
    if ref is None:
        return None
    return next(s.title for s in remiss.sections if matcher.ref(s) == ref)


# Paragraphs matched by content


def test_a_paragraph_using_the_words_of_one_sections_title_goes_there():
    """It shares "invånare", "finansiering", "kompetens", "samverkan", "skolor" with 2.1 and
    2.3, so that its words alone point nowhere clearly, but it speaks of "gränsöverskridande
    samarbete", in 2.2's title, a word only 2.2 has."""
    remiss = _strategy()
    matcher = SectionMatcher(remiss.sections, remiss.title)
    text = (
        "Länet har en stark kulturell infrastruktur för invånare. Förbundet ser ett behov av "
        "mer finansiering och kompetens och av ökad samverkan med skolor, och menar att "
        "gränsöverskridande samarbete behöver lyftas fram."
    )
    found = matcher.content(text, cite=False)
    assert found.number == "2.2"
    assert "2.2" in found.why


def test_the_answers_own_voice_and_function_words_place_no_paragraph():
    """Words such as "följande synpunkter", "anser", "vill" are how answers speak, not what
    a section is about: a paragraph of them stays on the remiss as a whole."""
    remiss = Remiss(
        "Kulturstrategi för Exempellänet",
        sender="Region Exempel",
        sections=[
            *_strategy().sections,
            Section("3", "Remissförfarandet", 1, "Remissinstanserna får gärna ge följande: "
                    "synpunkter på förslaget, vad de anser, vill och menar."),
        ],
    )  # fmt: skip
    matcher = SectionMatcher(remiss.sections, remiss.title)
    found = matcher.content(
        "Föreningen anser och menar att vi vill ge följande synpunkter.", cite=False
    )
    assert found.number is None


def test_one_word_in_common_places_a_paragraph_only_when_it_is_the_sections_title():
    remiss = _strategy()
    matcher = SectionMatcher(remiss.sections, remiss.title)
    # "museerna" is a word of 2.3's title: the paragraph names the section
    assert matcher.content("att museerna blir fler", cite=False).number == "2.3"
    # "digitalisering" stands in 2.3's text only, but one word of a text is a topic touched
    touched = matcher.content("Vi ser fram emot digitaliseringen av arbetet.", cite=False)
    assert touched.number is None and touched.why.startswith("whole")


def test_a_word_naming_the_remiss_itself_is_no_sign_of_the_section_of_that_name():
    remiss = Remiss(
        "Detaljplan för Åbacken 2:1",
        sender="Exempelby kommun",
        sections=[
            Section("1", "Planförslag", 1, "Planförslaget omfattar tolv tomter."),
            Section("2", "Trafik", 1, "Vägen till tomterna går över bron."),
        ],
    )
    matcher = SectionMatcher(remiss.sections, remiss.title)
    found = matcher.content("Vi har inga synpunkter på planförslaget i övrigt.", cite=False)
    assert found.number is None


# Headings


def test_an_own_heading_whose_part_cites_sections_is_the_like_titled_one_among_them():
    """The heading "Dagvatten och översvämning" is most like "Dagvattenlösningar" by its
    letters, but the part cites 5.4 and 5.7: it is about Dagvatten under 5.4, and a paragraph
    of it that cites nothing inherits that, saying why."""
    remiss = _plan()
    answer = _answer(
        "## 2. Dagvatten och översvämning\n\n"
        "Avsnitt 5.4 säger att dikena räcker, men de svämmar redan över i dag.\n\n"
        "Under 5.7 nämns skyfall med en enda mening och utan beräkningar.\n\n"
        "Vi kräver en utredning av vattnet innan planen antas.\n"
    )
    reading = read_positions(answer, remiss, OrganisationGuess("Åbackens vägförening", 1.0))
    matcher = SectionMatcher(remiss.sections, remiss.title)
    last = _on(reading, "Vi kräver")
    assert _titles(remiss, matcher, last.section) == "Dagvatten"
    assert last.placed_by.startswith("heading ≈ Dagvatten") and "cites" in last.placed_by
    assert _on(reading, "Under 5.7").placed_by.startswith("cites")


def test_an_own_heading_like_two_titles_is_the_one_its_text_speaks_of():
    """The heading "Naturvård" is like both "Naturmiljö" and "Naturvårdsavtal" by its
    letters and words; the part speaks of oaks and pines in the west of the plan, which
    Naturmiljö's text does."""
    remiss = _plan()
    matcher = SectionMatcher(remiss.sections, remiss.title)
    body = "Det är bra att ekar sparas, men tallar i västra delen bör skyddas lika väl."
    found = matcher.heading("3", "Naturvård", body)
    assert _titles(remiss, matcher, found.number) == "Naturmiljö"
    assert found.why.startswith("heading ≈")
    # without the text, the letters alone decide
    assert _titles(remiss, matcher, matcher.heading("3", "Naturvård").number) in (
        "Naturvårdsavtal",
        "Naturmiljö",
    )


def test_an_own_heading_matching_nothing_leaves_its_paragraphs_on_the_whole():
    remiss = _plan()
    answer = _answer(
        "## 4. Övrigt\n\nStyrelsen har diskuterat frågan vid två möten under hösten.\n"
    )
    reading = read_positions(answer, remiss, OrganisationGuess("Åbackens vägförening", 1.0))
    (position,) = reading.positions
    assert position.section is None
    assert position.placed_by.startswith("whole")
