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


# A plan that speaks of a topic twice, under its conditions and under its consequences


def _village() -> Remiss:
    """A detaljplan with TRAFIK under its conditions and again, as a heading with no text of
    its own over two subsections, under its consequences; pages as printed on them."""
    sections = [
        Section("1", "Planens syfte", 1, "Planen prövar tio villatomter vid Byvägen.", page=3),
        Section("4", "Förutsättningar", 1, "", page=5),
        Section("4.3", "Trafik", 2, "Byvägen är smal och har ingen trottoar. Trafiken är i dag "
                "låg, några bilar i timmen.", page=6),
        Section("4.4", "Dagvatten", 2, "Vattnet rinner i ett dike mot bäcken och under vägen "
                "i en trumma.", page=7),
        Section("4.5", "Naturvärden", 2, "Skogen är produktionsskog utan högre naturvärden.",
                page=8),
        Section("6", "Konsekvenser", 1, "", page=10),
        Section("6.5", "Trafik", 2, "", page=11),
        Section("6.5.1", "Biltrafik", 3, "Biltrafiken på Byvägen fördubblas när tomterna "
                "byggs. Vägen breddas inte.", page=11),
        Section("6.5.2", "Gång- och cykeltrafik", 3, "En gång- och cykelväg längs Byvägen går "
                "inte att bygga. Barnen cyklar i vägkanten.", page=12),
        Section("7", "Genomförande", 1, "", page=14),
        Section("7.2", "Fastighetsrättsliga frågor", 2, "", page=15),
        Section("7.2.2", "Rättigheter", 3, "Ett servitut för diket bildas.", page=15),
        Section("7.3", "Ekonomi", 2, "Vägföreningens delägare får ökade kostnader för "
                "underhållet av Byvägen.", page=16),
    ]  # fmt: skip
    return Remiss("Detaljplan för Byn 1:2", sender="Exempelby kommun", sections=sections)


def test_a_topic_the_plan_treats_twice_is_placed_not_left_unclear():
    """Traffic is in 4.3, in 6.5 (a heading only) and in its subsections: they share the
    paragraph's words, so none is a rival to the others, and the heading that has no text of
    its own hands the paragraph to the subsection whose text it is like."""
    remiss = _village()
    matcher = SectionMatcher(remiss.sections, remiss.title)
    found = matcher.content("Trafiken fördubblas på den smala vägen där barnen cyklar.", cite=False)
    assert found.number == "6.5.2"


def test_a_number_the_remiss_lacks_comes_after_one_it_has():
    """The number "7.22" is no section (its nearest above is 7); the same paragraph names
    7.2.2, which is, by "nummer"."""
    remiss = _village()
    matcher = SectionMatcher(remiss.sections, remiss.title)
    cited = matcher.citations(
        "Planen hänvisar till rubriken 7.22 Rättigheter. Något sådant avsnitt finns inte; "
        "avsnittet om rättigheter har nummer 7.2.2."
    )
    assert [c.number for c in cited] == ["7.2.2", "7"]
    assert cited[1].confidence < cited[0].confidence


def test_a_paragraph_without_pointer_goes_on_with_the_topic_before_it_not_a_citation_further_back():
    """An owner's letter without headings: a page cited, a demand after it on the same
    thing, then traffic, then the forest and a demand about it, and a closing verdict on
    the plan."""
    remiss = _village()
    answer = _answer(
        "På s. 7 står det att vattnet leds under vägen i en trumma. Den är redan i dag för "
        "liten.\n\n"
        "Vi vill att den byts innan några hus byggs.\n\n"
        "Trafiken på Byvägen fördubblas, och barnen som cyklar i vägkanten får ingen gång- och "
        "cykelväg.\n\n"
        "Skogen har högre naturvärden än planen säger.\n\n"
        "Vi begär att den inventeras.\n\n"
        "Vi är inte emot fler hus i byn, men planen bör inte antas förrän vattnet och "
        "trafiken är lösta.\n"
    )
    reading = read_positions(answer, remiss, OrganisationGuess("Eva och Olle Berg", 1.0))
    assert _on(reading, "På s. 7").section == "4.4"
    assert _on(reading, "Vi vill att den byts").section == "4.4"
    assert _on(reading, "Trafiken på Byvägen").section in ("6.5.1", "6.5.2")
    assert _on(reading, "Skogen har").section == "4.5"
    begar = _on(reading, "Vi begär")
    assert begar.section == "4.5" and "placed by its words" in begar.placed_by
    closing = _on(reading, "Vi är inte emot")
    assert closing.section is None and closing.placed_by.startswith("whole")


def test_a_summing_up_is_on_the_whole_though_it_closes_a_sections_part():
    remiss = _village()
    answer = _answer(
        "## 6.5 Trafik\n\n"
        "Vägen är för smal för dubbelt så många bilar.\n\n"
        "Sammantaget är föreningen positiv till planen men vill se ändringar av trafiken och "
        "dagvattnet.\n\n"
        "## Samlad bedömning\n\n"
        "Trafiken och dagvattnet måste utredas bättre innan beslut fattas.\n"
    )
    reading = read_positions(answer, remiss, OrganisationGuess("Byns vägförening", 1.0))
    assert _on(reading, "Vägen är för smal").section == "6.5"
    assert _on(reading, "Sammantaget").section is None
    assert _on(reading, "Trafiken och dagvattnet").section is None


def test_a_demand_is_on_the_answers_own_part_only_when_it_names_it_first():
    """In "att diket … norr om Byvägen rensas" Byvägen places the ditch, the point is about
    the ditch; "att Byvägen breddas" is about the road its own part spoke of."""
    remiss = _village()
    answer = _answer(
        "## 3. Byvägen\n\n"
        "Biltrafiken på Byvägen fördubblas och vägen breddas inte.\n\n"
        "## Yrkanden\n\n"
        "Föreningen yrkar\n\n"
        "- att diket mot bäcken norr om Byvägen rensas varje år, samt\n"
        "- att Byvägen breddas innan tomterna byggs.\n"
    )
    reading = read_positions(answer, remiss, OrganisationGuess("Byns vägförening", 1.0))
    assert _on(reading, "Biltrafiken").section == "6.5.1"
    assert "names the part" not in _on(reading, "att diket").placed_by
    road = _on(reading, "att Byvägen")
    assert road.section == "6.5.1" and "names the part 'Byvägen'" in road.placed_by


def test_the_answerers_own_part_in_the_process_is_on_the_whole():
    """Closing a section's part or a list of demands, the answerer asks to be kept informed
    or offers its knowledge: no view on that section, though its words ("bäcken") are."""
    remiss = _village()
    answer = _answer(
        "## 4.4 Dagvatten\n\n"
        "Diket mot bäcken svämmar över varje höst.\n\n"
        "Föreningen står gärna till tjänst med uppgifter om bäcken och diket.\n\n"
        "## Yrkanden\n\n"
        "Föreningen yrkar att trumman under vägen byts.\n\n"
        "Vi vill bli underrättade om granskningen och om beslutet.\n\n"
        "Vi ser fram emot att ta del av granskningshandlingen.\n"
    )
    reading = read_positions(answer, remiss, OrganisationGuess("Byns vägförening", 1.0))
    assert _on(reading, "Diket mot bäcken").section == "4.4"
    for start in ("Föreningen står gärna", "Vi vill bli underrättade", "Vi ser fram emot"):
        position = _on(reading, start)
        assert position.section is None, start
        assert position.placed_by == "whole: its own part in the process"
