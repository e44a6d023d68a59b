"""The answer reader's rules (issue 18), each on sentences written here for the purpose, and
the invariant on every real answer we may read: no paragraph of 40 characters or more is lost
(it is in a position or in the skipped list)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workbench.answer.analyse import SURE, read_positions
from workbench.answer.organisation import OrganisationGuess, guess_organisation
from workbench.answer.read import answer_text
from workbench.answer.sections import SectionMatcher
from workbench.answer.stance import StanceReader
from workbench.core.model import Remiss, Section

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
HELD_OUT = {"03", "06", "09", "12", "15", "18", "21", "30", "33"}


def _plan() -> Remiss:
    sections = [
        Section("1", "Inledning", 1, "Planens syfte är att pröva bostäder vid sjön.", page=3),
        Section("4", "Planförslag", 1, "Planförslaget omfattar tolv tomter.", page=8),
        Section("6", "Förutsättningar", 1, "", page=12),
        Section("6.3", "Teknisk försörjning", 2, "", page=13),
        Section("6.3.2", "Vatten och avlopp", 3, "Dagvatten leds till diken.", page=14),
        Section("6.4", "Natur", 2, "", page=15),
        Section("6.4.3", "Strandskydd", 3, "Strandskyddet upphävs inom kvartersmark.", page=16),
        Section("7", "Genomförande", 1, "", page=20),
        Section("7.2.3", "Rättigheter", 3, "Servitut för väg bildas.", page=22),
    ]
    return Remiss("Detaljplan för Sjövik 1:2", sender="Exempelby kommun", sections=sections)


def _answer(text: str):
    from workbench.ingest.plain import text_lines

    return answer_text(text_lines(text))


# Sections


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Se § 6.4.3, s. 16–17, om hur strandskyddet hanteras.", "6.4.3"),
        ("Det som står i avsnitt 6.3.2 om diken stämmer inte.", "6.3.2"),
        ("Hela kapitel 4 bygger på fel antaganden om tomterna.", "4"),
        ("På s. 22 sägs att servitut ska bildas, men inte var.", "7.2.3"),
        ("Rubriken ”Vatten och avlopp” lovar mer än texten ger.", "6.3.2"),
        ("Vi hänvisar till § 6.4.3.1 där frågan borde ha utretts.", "6.4.3"),
    ],
)
def test_explicit_citations_win(text, number):
    assert SectionMatcher(_plan().sections).citations(text)[0].number == number


@pytest.mark.parametrize(
    "text",
    [
        "Enligt 4 kap. 17 § PBL ska planen redovisa detta.",
        "Dispens enligt 7 kap. 18 c § miljöbalken kräver särskilda skäl.",
        "Domen MÖD 2017:49 visar hur frågan ska bedömas.",
    ],
)
def test_law_references_and_case_numbers_are_no_section_references(text):
    assert SectionMatcher(_plan().sections).citations(text) == []


def test_an_answers_own_numbering_is_the_plans_only_when_titles_agree_too():
    matcher = SectionMatcher(_plan().sections)
    own = matcher.heading("1", "Strandskydd")
    assert own.number == "6.4.3" and "heading ≈" in own.why
    assert matcher.heading("4", "Trafik och buller").number is None
    agreed = matcher.heading("6.4.3", "Strandskydd")
    assert agreed.number == "6.4.3" and agreed.why.startswith("heading =")


def test_a_paragraph_inherits_its_heading_unless_it_cites_another_and_says_why():
    answer = _answer(
        "## 1. Strandskydd\n\nVi anser att strandskyddet inte får upphävas här vid sjön.\n\n"
        "Samma brist finns i § 7.2.3 om rättigheter, som saknar redovisning av vägen.\n"
    )
    reading = read_positions(answer, _plan(), OrganisationGuess("Sjöviks vägförening", 1.0))
    placed = [(p.section, p.placed_by) for p in reading.positions]
    assert placed[0][0] == "6.4.3" and placed[0][1].startswith("heading")
    assert placed[1] == ("7.2.3", "cites § 7.2.3")


def test_a_background_list_restating_the_plans_sections_goes_to_them_as_accounts():
    plan = Remiss(
        "Strategi för friluftsliv",
        sender="Exempelby kommun",
        sections=[
            Section("1", "Inledning", 1, "Strategin ska gälla till och med år 2030."),
            Section("3.1", "Stigar", 2, "Kommunen ska rusta upp stigarna runt sjön varje år."),
            Section("3.2", "Badplatser", 2, "Badplatserna ska bli tillgängliga för alla besökare."),
        ],
    )
    answer = _answer(
        "## Beskrivning av ärendet\n\nStrategin tar upp följande delar:\n\n"
        "- Kommunen ska rusta upp stigarna runt sjön, i egen regi.\n"
        "- Badplatserna ska bli tillgängliga för alla besökare och få ramper.\n\n"
        "Strategin ska gälla till och med år 2030 och följas upp.\n"
    )
    reading = read_positions(answer, plan, OrganisationGuess("Sjöviks vägförening", 1.0))
    placed = {p.paragraphs[0][:20]: (p.section, p.stance) for p in reading.positions}
    assert placed["Kommunen ska rusta u"] == ("3.1", "redogor")
    assert placed["Badplatserna ska bli"] == ("3.2", "redogor")
    # a paragraph of the background, not a point of a list, quoting the remiss stays whole
    assert placed["Strategin ska gälla "][0] is None


# Stances


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        ("Vi yrkar att kommunen inte antar detaljplanen.", "against"),
        ("Det yrkas att planen kompletteras med en dagvattenutredning.", "proposal"),
        ("Föreningen begär att avsnittet om strandskydd skrivs om.", "proposal"),
        ("Förslaget kan inte godtas i sin nuvarande form.", "against"),
        ("Detaljplanen bör inte antas.", "against"),
        ("Vi ifrågasätter behovet av en ny infart.", "against"),
        ("Dagvattenutredningen är otillräcklig för ett så stort område.", "against"),
        ("Det saknas inte underlag för den bedömningen.", "none"),
        ("Vi motsätter oss inte bebyggelse utan kräver att den anpassas.", "proposal"),
        ("Vi hade gärna sett en bredare analys av trafiken.", "proposal"),
        ("Vi tillstyrker förslaget under förutsättning att strandskyddet utreds.", "partly"),
        ("Kommunen föreslår en ny väg genom skogen.", "none"),
        ("Planbeskrivningen bör därför kompletteras med en skyfallsanalys.", "proposal"),
        ("I planbeskrivningen bör det dock framgå tydligare hur vägen ska skötas.", "proposal"),
        # what the remiss says, reported or quoted, is an account (the guide's borderline)
        ("I planbeskrivningen anges att vägen bör breddas.", "neutral"),
        ("Det bör dock framhållas att vägen redan i dag är hårt belastad.", "comment"),
        ("Vi har, utifrån vårt uppdrag, inte några synpunkter på förslaget.", "none"),
        ("Föreningen har lämnat remissvar på kommunens detaljplan för Sjövik.", "neutral"),
        ("Föreningen har beretts möjlighet att yttra sig över planen.", "neutral"),
        ("Dock lämnar vi förslag på fler platser för en ny infart.", "proposal"),
        ("Det råder stor osäkerhet om hur trafiken utvecklas.", "none"),
        ("Planbeskrivningen är omfattande och gedigen.", "for"),
        ("Utredningen föreslår att kommunen bör ta över vägen och att den ska breddas.", "neutral"),
        ("I den föreslogs bland annat att tio myndigheter bör samlas i regionerna.", "neutral"),
        ("Föreningens uppfattning är att dagvattenutredningen är otillräcklig.", "against"),
        ("Argumenten för vägen är inte riktigt övertygande.", "against"),
        ("Föreningen vänder sig mot att strandskyddet upphävs.", "against"),
        ("Vi befarar att dagvattnet kommer att översvämma tomterna.", "against"),
        ("Föreningen efterlyser en trafikutredning för hela området.", "proposal"),
        # doubt is criticism (issue 18 lists "är tveksam" with "brister")
        ("Vi är tveksamma till den nya infarten.", "against"),
        ("Vi är positiva till planen, men anser att infarten bör flyttas norrut.", "partly"),
        ("Vi är positiva till planen, men det är en lång process.", "for"),
        ("Vi tycker att dagvattenutredningen är otillräcklig.", "against"),
        (
            "I planbeskrivningen står ”området är lämpligt för bebyggelse och bör planläggas”.",
            "neutral",
        ),
    ],
)
def test_stance_in_the_words_answers_use(text, stance_class):
    reader = StanceReader(others=["kommunen"])
    assert reader.stance_class(reader.read(text).key) == stance_class, reader.read(text)


def test_an_yrkanden_list_is_read_as_demands_and_sets_the_overall_stance():
    answer = _answer(
        "## Sammanfattning\n\nVi motsätter oss planförslaget i sin helhet.\n\n"
        "## Yrkanden\n\n- att detaljplanen inte antas\n- att strandskyddet består\n"
    )
    reading = read_positions(answer, _plan(), OrganisationGuess("Sjöviks vägförening", 1.0))
    keys = [p.stance for p in reading.positions]
    assert keys == ["avstyrker", "avstyrker", "yrkar"]
    # The summary and the demand to stop the plan are on all of it; a point names its section.
    assert [p.section for p in reading.positions] == [None, None, "6.4.3"]


def test_yrkanden_points_oppose_what_they_would_stop_and_ask_what_they_would_change():
    answer = _answer(
        "## Yrkanden\n\n- att strandskyddet inte upphävs vid Sjöviks strand\n"
        "- att strandskyddet upphävs för den befintliga bryggan\n"
        "- att planarbetet avbryts\n"
    )
    reading = read_positions(answer, _plan(), OrganisationGuess("Sjöviks vägförening", 1.0))
    assert [p.stance for p in reading.positions] == ["avstyrker", "yrkar", "avstyrker"]


def test_a_line_without_a_full_stop_that_takes_a_stand_is_a_position_too():
    """A summary's stand on a line of its own, without a full stop, is taken for a heading by
    the reader of the text; it is a position all the same (nothing said is dropped)."""
    answer = _answer(
        "Sjöviks vägförening\n\nSammanfattning\n\nFöreningen avstyrker planförslaget i sin "
        "helhet\n\nPlanen saknar en utredning av trafiken. Vi anser att den ska kompletteras.\n\n"
        "Synpunkter\n\nDagvattenutredningen är inte tillräcklig\n\nDet finns flera skäl "
        "till detta. Dikena räcker inte vid skyfall.\n"
    )
    titles = [h.title for h in answer.headings]
    assert "Föreningen avstyrker planförslaget i sin helhet" in titles
    reading = read_positions(answer, _plan(), OrganisationGuess("Sjöviks vägförening", 1.0))
    texts = [p.lead + " " + p.text for p in reading.positions]
    assert any("avstyrker planförslaget i sin helhet" in t for t in texts), texts
    assert any("Dagvattenutredningen är inte tillräcklig" in t for t in texts), texts
    # "Sammanfattning", "Synpunkter": headings that take no stand stay headings only
    assert not any(t.strip() in ("Sammanfattning", "Synpunkter") for t in texts)


def test_support_beside_more_criticism_than_support_is_partly_and_weak_praise_yields():
    from workbench.answer.overall import overall_stance
    from workbench.answer.stance import READ_STANCES
    from workbench.core.stances import builtin_vocabulary

    classes = {s.key: s.stance_class for s in builtin_vocabulary()}
    classes.update({k: s.stance_class for k, s in READ_STANCES.items()})
    reading = read_positions(
        _answer(
            "Vi instämmer i planens syfte. Dock brister planbeskrivningen i tydlighet. "
            "Dagvattenutredningen är otillräcklig för ett så stort område.\n"
        ),
        _plan(),
        OrganisationGuess("Sjöviks vägförening", 1.0),
    )
    assert overall_stance(reading.positions, classes)[0] == "partly"
    reading = read_positions(
        _answer("Planbeskrivningen är omfattande och gedigen. Vi avstyrker planförslaget.\n"),
        _plan(),
        OrganisationGuess("Sjöviks vägförening", 1.0),
    )
    assert overall_stance(reading.positions, classes)[0] == "against"
    # a shortcoming of the world, not of the remiss, is no reservation
    reading = read_positions(
        _answer(
            "Vi ställer oss bakom planförslaget.\n\n"
            "För föreningar som vår saknas ofta pengar till underhåll av vägen.\n"
        ),
        _plan(),
        OrganisationGuess("Sjöviks vägförening", 1.0),
    )
    assert overall_stance(reading.positions, classes)[0] == "for"


# Senders


def test_the_sender_is_read_from_avsandare_and_a_placeholder_is_flagged():
    answer = _answer(
        "Avsändare: [Sjöviks samfällighetsförening]\n\nYttrande över detaljplan\n\n"
        "Enligt Boverket och Boverket ska planen prövas. Boverket anser så.\n"
    )
    guess = guess_organisation(answer, (), "Exempelby kommun", "", "Detaljplan för Sjövik 1:2")
    assert guess.name == "Sjöviks samfällighetsförening"
    assert guess.placeholder and not guess.sure


def test_a_for_line_in_the_closing_names_the_sender():
    answer = _answer(
        "Synpunkter\n\nVi anser att vägen ska dras norr om sjön och inte genom byn.\n\n"
        "För Sjöviks vägförening\n\nAnna Andersson\n"
    )
    guess = guess_organisation(answer, (), "Exempelby kommun", "", "")
    assert guess.name == "Sjöviks vägförening" and guess.sure


# Nothing lost, on real answers


def _real_answers() -> list[Path]:
    openings = SHARED / "corpus" / "answers" / "openings"
    if not openings.is_dir():
        return []
    files = [p for p in sorted(openings.glob("*.txt")) if p.name[:2] not in HELD_OUT]
    sample = (
        SHARED / "samples" / "lansstyrelsen-vg-granskningsyttrande-fop-mark-nordvast-2023-ocr.txt"
    )
    return [*files, sample] if sample.is_file() else files


@pytest.mark.parametrize("path", _real_answers(), ids=lambda p: p.name[:30])
def test_no_paragraph_of_a_real_answer_is_lost(path):
    from workbench.ingest.plain import decode, text_lines

    text = decode(path.read_bytes())
    body = text.split("\n\n", 1)[1] if text.startswith("SOURCE:") else text
    answer = answer_text(text_lines(body))
    reading = read_positions(answer, Remiss("Remissen"), OrganisationGuess("X", 1.0))
    kept = " ".join(
        " ".join(part.split()) for p in reading.positions for part in p.paragraphs
    ) + " ".join(item["text"] for item in reading.skipped)
    kept = " ".join(kept.replace("*", "").split())
    for unit in answer.units:
        flat = " ".join(unit.text.replace("*", "").split())
        if len(flat) >= 40:
            # A paragraph that takes several stands is kept as one position per stand.
            for sentence in re.split(r"(?<=[.!?])\s+", flat):
                assert sentence in kept, sentence[:80]


def test_real_answers_are_there_to_check():
    if not _real_answers():
        pytest.skip("../shared is absent: the real answers are read from there")
    assert len(_real_answers()) >= 10


# Guards


def test_the_remiss_itself_is_refused_as_an_answer(tmp_path):
    from workbench.answer import parse_answer
    from workbench.ingest import IngestError

    remiss = _plan()
    remiss.sections[1].body = " ".join(
        f"Planförslaget omfattar tolv tomter för friliggande villor vid sjön nummer {i}."
        for i in range(40)
    )
    path = tmp_path / "remissen.txt"
    path.write_text(
        "## Planförslag\n\n" + remiss.sections[1].body + "\n\nVi tycker till.\n", encoding="utf-8"
    )
    with pytest.raises(IngestError, match="remissens egen text"):
        parse_answer(path, remiss)


def test_an_exported_compilation_is_refused_as_an_answer(tmp_path):
    from workbench.answer import parse_answer
    from workbench.ingest import IngestError

    path = tmp_path / "sammanstallning.txt"
    path.write_text(
        "# Remissammanställning: Detaljplan för Sjövik 1:2\n\n"
        "Remissen har besvarats av 2 remissinstanser.\n\n"
        "Sammanställningen redovisar per avsnitt hur många remissinstanser som är för.\n",
        encoding="utf-8",
    )
    with pytest.raises(IngestError, match="remissammanställning"):
        parse_answer(path, _plan())


def test_tracked_changes_and_comments_in_word_are_reported_and_the_text_has_them_accepted(
    tmp_path,
):
    import zipfile

    from tests.answer_files import write_answer_docx
    from workbench.answer import parse_answer

    plain = write_answer_docx(
        tmp_path / "svar.docx",
        [("h1", "Synpunkter"), ("p", "Vi anser att vägen ska dras norr om sjön.")],
    )
    # Word's own markup for an insertion, a deletion and a comment, added to the file.
    with zipfile.ZipFile(plain) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    revision = (
        '<w:p><w:ins w:id="1" w:author="A"><w:r><w:t>Vi kräver en ny utredning av dagvattnet.'
        '</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>Vi tillstyrker.'
        "</w:delText></w:r></w:del></w:p>"
    )
    document = parts["word/document.xml"].decode("utf-8")
    parts["word/document.xml"] = document.replace("<w:sectPr", revision + "<w:sectPr", 1).encode()
    parts["word/comments.xml"] = (
        f'<w:comments {w}><w:comment w:id="0" w:author="B"><w:p><w:r><w:t>Kolla detta'
        "</w:t></w:r></w:p></w:comment></w:comments>"
    ).encode()
    changed = tmp_path / "svar-med-andringar.docx"
    with zipfile.ZipFile(changed, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    parsed = parse_answer(changed, _plan())
    assert "tracked_changes" in parsed.flags and "comments" in parsed.flags
    assert any("spårade ändringar" in w for w in parsed.warnings)
    texts = " ".join(p.text for p in parsed.positions)
    assert "ny utredning av dagvattnet" in texts and "Vi tillstyrker" not in texts


def test_a_sender_the_officer_names_is_the_subject_its_sentences_are_read_with(store, tmp_path):
    from workbench.usecases.answer_import import import_answers

    remiss = store.add_remiss(_plan())
    path = tmp_path / "svar.txt"
    path.write_text(
        "(Dnr 12/2025) Sjöviks vägförening har, utifrån föreningens uppdrag, inte några "
        "synpunkter på planförslaget i övrigt. Det bör dock framhållas att vägen redan i dag "
        "är hårt belastad.\n",
        encoding="utf-8",
    )
    asked = []

    def confirm(_path, guess):
        asked.append(guess.name)
        return "Sjöviks vägförening"

    (result,) = import_answers(store, remiss.id, [path], confirm=confirm)
    # One sentence in the answer's voice is one cue: the reader offers the name and asks.
    assert asked == ["Sjöviks vägförening"]
    positions = store.get_response(result.response_id).positions
    assert [p.stance for p in positions][:2] == ["inga_synpunkter", "framhaller"]
    assert result.overall_stance == "none"
    # what the reader guessed stays on record beside the name the officer chose
    assert store.answer_import(result.response_id).organisation_guess == (asked[0] or "")


def test_a_position_on_a_section_the_remiss_left_unnumbered_lands_on_that_section(store, tmp_path):
    from workbench.usecases.answer_import import import_answers

    plan = Remiss(
        "Detaljplan för Sjövik 1:2",
        sender="Exempelby kommun",
        sections=[
            Section("5", "Miljö", 1, "Planens miljöfrågor."),
            Section("", "Strandskydd", 2, "Strandskyddet upphävs inom kvartersmark."),
            Section("", "Dagvatten", 2, "Dagvatten leds till diken längs vägen."),
            Section("", "Buller", 2, "Bullret från vägen är lågt."),
        ],
    )
    remiss = store.add_remiss(plan)
    path = tmp_path / "svar.txt"
    path.write_text(
        "## Strandskydd\n\nVi anser att strandskyddet inte får upphävas vid sjön.\n",
        encoding="utf-8",
    )
    (result,) = import_answers(store, remiss.id, [path], organisation="Sjöviks vägförening")
    stored = store.get_remiss(remiss.id)
    (position,) = store.get_response(result.response_id).positions
    on = next(s for s in stored.sections if s.id == position.section_id)
    assert on.title == "Strandskydd", position.placed_by


def test_demands_repeat_the_points_made_before_and_a_bare_lead_in_is_on_the_whole():
    answer = _answer(
        "## 1. Vägen\n\nPå s. 22 sägs att servitut ska bildas, men inte var. Vi kräver att "
        "servitutsområdet redovisas på plankartan.\n\n"
        "## Yrkanden\n\nFöreningen yrkar –\n\n- att detaljplanen inte antas\n"
        "- att servitutsområdet redovisas på en karta\n"
    )
    reading = read_positions(answer, _plan(), OrganisationGuess("Sjöviks vägförening", 1.0))
    lead_in = next(p for p in reading.positions if p.lead.startswith("Föreningen yrkar"))
    assert (lead_in.section, lead_in.stance) == (None, "avstyrker")
    point = next(p for p in reading.positions if "servitutsområdet redovisas på en" in p.text)
    assert point.section == "7.2.3" and point.placed_by.startswith("repeats an earlier point")


def test_a_short_sentence_of_the_answer_after_a_recipient_list_is_a_position():
    answer = _answer(
        "## Mottagare\n\nExempelby kommun\n\nSjöviks vägförening har som remissinstans "
        "följande synpunkter.\n\nVi tillstyrker planförslaget.\n"
    )
    reading = read_positions(answer, _plan(), OrganisationGuess("Sjöviks vägförening", 1.0))
    texts = [f"{p.lead} {p.text}" for p in reading.positions]
    assert any("har som remissinstans följande synpunkter" in t for t in texts), texts
    assert any(s["text"] == "Exempelby kommun" for s in reading.skipped)


def test_one_clear_criticism_of_the_remiss_and_a_wish_make_an_answer_against():
    from workbench.answer.analyse import ImportedPosition
    from workbench.answer.overall import overall_stance
    from workbench.answer.stance import READ_STANCES
    from workbench.core.stances import builtin_vocabulary

    classes = {s.key: s.stance_class for s in builtin_vocabulary()}
    classes.update({k: s.stance_class for k, s in READ_STANCES.items()})
    positions = [
        ImportedPosition(section=None, stance="redogor", lead="", text="Vi har lämnat remissvar."),
        ImportedPosition(
            section=None,
            stance="kritik",
            lead="",
            text="Vi anser att betänkandet riskerar att minska tillgängligheten. Mer fokus bör "
            "ligga på dialog.",
            stance_confidence=0.85,
        ),
    ]
    assert overall_stance(positions, classes)[0] == "against"


def test_the_answers_headings_are_listed_where_they_stand_and_none_is_dropped():
    """A heading is no position, but its words are the answer's: each is in the skipped list
    in the order of the answer, also one with nothing under it."""
    answer = _answer(
        "## Synpunkter på planen\n\nFöreningen avstyrker planförslaget i sin helhet.\n\n"
        "## Dagvatten\n\nDagvattenutredningen saknas helt i planhandlingarna.\n\n"
        "## Samrådsyttrandet i sin helhet finns hos föreningens sekreterare\n"
    )
    reading = read_positions(answer, _plan(), OrganisationGuess("Sjöviks vägförening", 1.0))
    assert [p.text for p in reading.positions][-1].startswith("Dagvattenutredningen saknas")
    listed = [(item["reason"], item["text"]) for item in reading.skipped]
    assert listed == [
        ("rubrik", "Synpunkter på planen"),
        ("rubrik", "Dagvatten"),
        ("rubrik", "Samrådsyttrandet i sin helhet finns hos föreningens sekreterare"),
    ]


def test_the_points_under_a_verdicts_lead_in_share_it_however_short():
    """ "I planen saknas följande underlag:" before a list: each point, one word or four, is
    a position against; a point with words of its own keeps them."""
    answer = _answer(
        "## Synpunkter\n\nI samrådshandlingarna saknas följande underlag:\n\n"
        "- bullerutredning\n- dagvattenutredning med skyfallsanalys\n"
        "- naturinventering, som vi välkomnar att kommunen beställt\n"
    )
    reading = read_positions(answer, _plan(), OrganisationGuess("Sjöviks vägförening", 1.0))
    points = [p for p in reading.positions if p.text.startswith("- ")]
    assert [p.text for p in points] == [
        "- bullerutredning",
        "- dagvattenutredning med skyfallsanalys",
        "- naturinventering, som vi välkomnar att kommunen beställt",
    ]
    classes = [StanceReader().stance_class(p.stance) for p in points]
    assert classes == ["against", "against", "for"]


def _stances(text: str) -> dict[str, str]:
    """Each position of an answer written here, by its text: its stance key."""
    reading = read_positions(_answer(text), _plan(), OrganisationGuess("Sjöviks vägförening", 1.0))
    return {p.text.strip(): p.stance for p in reading.positions}


def test_a_short_line_a_lead_in_announces_is_its_point_not_a_heading():
    """In a plain letter a short line standing alone reads as a heading; after "Vi önskar:"
    it is the wish (attachments announced stay a list: "… bifogas:")."""
    by_text = _stances(
        "Synpunkter på planen\n\nFöreningen har tagit del av planförslaget.\n\n"
        "Vi önskar:\n\nEn gångväg längs stranden\n\nVägen till badplatsen är smal.\n"
    )
    assert by_text.get("En gångväg längs stranden") == "foreslar", by_text


def test_a_bare_lead_in_without_a_colon_leads_in_its_point():
    """ "Föreningen stödjer" before its point, no colon: the point shares its stand."""
    by_text = _stances(
        "## Synpunkter\n\nFöreningen stödjer\n\nEn utbyggd kollektivtrafik i stråket\n\n"
        "Vägen till badplatsen är smal.\n"
    )
    classes = StanceReader().stance_class
    assert classes(by_text.get("En utbyggd kollektivtrafik i stråket", "")) == "for", by_text
    assert classes(by_text.get("Vägen till badplatsen är smal.", "")) != "for", by_text


def test_the_points_under_a_proposals_lead_in_are_proposals():
    """ "X föreslår följande:" and "… bör kompletteras med:" before a list: each point is
    what is proposed, a stop among them opposition."""
    answer = _answer(
        "## Synpunkter\n\nFöreningen föreslår följande:\n\n- en gångväg längs stranden\n"
        "- att planarbetet avbryts\n\nPlanbeskrivningen bör kompletteras med:\n\n"
        "- en beskrivning av dagvattnet\n"
    )
    reading = read_positions(answer, _plan(), OrganisationGuess("Sjöviks vägförening", 1.0))
    points = [p.stance for p in reading.positions if p.text.startswith("- ")]
    assert points == ["foreslar", "avstyrker", "foreslar"]


def test_the_paragraph_right_after_a_lead_in_is_its_point_without_a_mark():
    """A page's list loses its marks: "Vi önskar:" with the wishes as lines of their own. The
    paragraph right after the lead-in is what it asks for; one after that, with no lead-in
    before it, is read on its own words."""
    by_text = _stances(
        "## Synpunkter\n\nVi önskar:\n\nEn gångväg längs stranden\n\n"
        "Vägen till badplatsen är smal.\n"
    )
    assert by_text.get("En gångväg längs stranden") == "foreslar", by_text
    assert by_text.get("Vägen till badplatsen är smal.") != "foreslar", by_text


def test_a_cross_reference_is_an_account_of_its_own_beside_a_stand():
    """ "Se nedan och [7].": the answer pointing elsewhere takes no part in the stand before it."""
    by_text = _stances(
        "Sjöviks vägförening\n\nSynpunkter\n\nTrafikutredningen har inte analyserat trafiken på "
        "vägen. Se nedan och bilaga 2.\n"
    )
    assert by_text.get("Se nedan och bilaga 2.") == "redogor", by_text
    assert any(s == "kritik" for s in by_text.values()), by_text


def test_a_long_answer_reads_each_positions_words_once():
    """`_repeats` weighs every demand against every position placed before it; it took each
    one's long words anew each time, so a long answer read in a time that grew with its
    square (2.2 MB: 100 s). The words are now taken once per text (an answer of our own
    with sixty points and sixty demands after them)."""
    from workbench.answer.analyse import _long_words

    points = "".join(
        f"I avsnitt 6.4.3 saknas en skyfallsanalys för delområdet Norrviken {n}.\n\n"
        for n in range(1, 61)
    )
    demands = "".join(
        f"- att en skyfallsanalys för delområdet Norrviken {n} tas fram\n" for n in range(1, 61)
    )
    points += "## Yrkanden\n\n" + demands
    _long_words.cache_clear()
    reading = read_positions(
        _answer(points), _plan(), OrganisationGuess("Sjöviks vägförening", 1.0)
    )
    assert len(reading.positions) >= 60
    info = _long_words.cache_info()
    assert info.hits > 10 * info.misses, info


# Mixed paragraphs (the guide: a background sentence before a stand is neutral, the stand its
# own class)


def _read(text: str):
    reading = read_positions(_answer(text), _plan(), OrganisationGuess("Sjöviks vägförening", 1.0))
    return [(p.section, p.stance, f"{p.lead} {p.text}".strip()) for p in reading.positions]


def test_the_background_before_a_stand_is_an_account_of_its_own_on_the_same_section():
    positions = _read(
        "Sjöviks vägförening\n\nStrandskydd\n\nStranden vid udden används av många för bad och "
        "fiske. Föreningen motsätter sig att strandskyddet upphävs inom kvartersmark.\n"
    )
    assert [(section, stance) for section, stance, _ in positions] == [
        ("6.4.3", "redogor"),
        ("6.4.3", "avstyrker"),
    ], positions
    assert positions[0][2].startswith("Stranden vid udden")


def test_an_account_cut_from_a_paragraph_beside_its_stand_is_not_queued_for_confirming():
    reading = read_positions(
        _answer(
            "Sjöviks vägförening\n\nStrandskydd\n\nStranden vid udden används av många för "
            "bad och fiske. Föreningen motsätter sig att strandskyddet upphävs inom "
            "kvartersmark.\n"
        ),
        _plan(),
        OrganisationGuess("Sjöviks vägförening", 1.0),
    )
    account = reading.positions[0]
    assert account.stance == "redogor" and account.stance_confidence >= SURE, account


def test_an_account_cut_from_a_paragraph_in_words_a_view_is_held_in_is_queued():
    # the same place as the account above, told in words that may argue (workbench.answer.
    # leaning): the officer confirms whether it is an account or criticism
    reading = read_positions(
        _answer(
            "Sjöviks vägförening\n\nStrandskydd\n\nRedan i dag är det svårt för boende att "
            "ta sig ner till vattnet. Föreningen motsätter sig att strandskyddet upphävs inom "
            "kvartersmark.\n"
        ),
        _plan(),
        OrganisationGuess("Sjöviks vägförening", 1.0),
    )
    account, stand = reading.positions
    assert account.stance == "redogor" and account.needs_review, account
    assert account.review_note == "Osäker på hållningen (redogörelse med värderande ord)."
    assert stand.stance == "avstyrker" and not stand.needs_review, stand


def test_a_view_whose_direction_was_not_read_is_queued_and_one_that_asks_is_not():
    # "anser att …" says a view is held, not which way: what it holds decides the class, and
    # where it holds nothing the reader knows, the class (a comment) is a guess to confirm
    reading = read_positions(
        _answer(
            "Sjöviks vägförening\n\nStrandskydd\n\nFöreningen anser att stranden vid udden "
            "är en del av byns historia.\n\nFöreningen anser att strandskyddet bör gälla även "
            "inom kvartersmark.\n"
        ),
        _plan(),
        OrganisationGuess("Sjöviks vägförening", 1.0),
    )
    view, wish = reading.positions
    assert view.stance == "anser" and view.needs_review, view
    assert view.review_note == "Osäker på hållningen (åsikt utan läst riktning)."
    assert wish.stance == "foreslar" and not wish.needs_review, wish


def test_a_piece_of_a_paragraph_is_placed_by_the_whole_paragraph_unless_it_cites():
    # alone, "Vid kraftiga regn …" would lean to the water's section; the paragraph is on
    # the strandskydd its stand names
    positions = _read(
        "Sjöviks vägförening\n\nVid kraftiga regn står vattnet högt längs hela udden. "
        "Föreningen motsätter sig att strandskyddet upphävs inom kvartersmark.\n"
    )
    sections = {section for section, _, _ in positions}
    assert len(positions) == 2 and len(sections) == 1, positions


def test_a_sentence_that_turns_against_something_is_part_of_the_stand_not_its_background():
    positions = _read(
        "Sjöviks vägförening\n\nStrandskydd\n\nÄndå behandlar planbeskrivningen stranden "
        "enbart som tomtmark. Föreningen anser att det är otillräckligt.\n"
    )
    assert [stance for _, stance, _ in positions] == ["kritik"], positions


def test_a_paragraph_without_a_stand_after_a_stand_is_an_account_on_its_section():
    positions = _read(
        "Sjöviks vägförening\n\nFöreningen avstyrker att strandskyddet upphävs inom "
        "kvartersmark enligt avsnitt 6.4.3.\n\nStranden är smal och vattnet grunt längs "
        "hela udden.\n"
    )
    assert [(section, stance) for section, stance, _ in positions] == [
        ("6.4.3", "avstyrker"),
        ("6.4.3", "redogor"),
    ], positions


def test_a_sentence_opening_with_for_att_is_the_answers_not_a_signers_line():
    reading = read_positions(
        _answer(
            "Sjöviks vägförening\n\nFöreningen välkomnar planen.\n\nFör att vägen ska räcka "
            "till behöver vändplanen byggas innan husen får flyttas in\n\nFör styrelsen\n\n"
            "Anna Berg\n"
        ),
        _plan(),
        OrganisationGuess("Sjöviks vägförening", 1.0),
    )
    texts = [f"{p.lead} {p.text}" for p in reading.positions]
    assert any("vändplanen byggas" in text for text in texts), reading.skipped
    skipped = {s["text"]: s["reason"] for s in reading.skipped}
    assert skipped.get("För styrelsen") == "underskrift och avslutning", skipped


def test_a_fault_found_in_what_the_paragraph_told_of_the_remiss_is_a_criticism_of_it():
    # "Det är otillräckligt …" names no part of the remiss; the sentence before did
    positions = _read(
        "Sjöviks vägförening\n\nEnligt avsnitt 6.3.2 leds dagvattnet till de befintliga "
        "dikena. Det är otillräckligt vid ett skyfall.\n"
    )
    assert [(section, stance) for section, stance, _ in positions] == [
        ("6.3.2", "redogor"),
        ("6.3.2", "kritik"),
    ], positions


def test_an_account_after_a_change_asked_for_is_a_position_of_its_own():
    positions = _read(
        "Sjöviks vägförening\n\nStrandskydd\n\nFöreningen föreslår att stranden vid udden "
        "lämnas som naturmark. Udden används i dag av många för bad och fiske.\n"
    )
    assert [(section, stance) for section, stance, _ in positions] == [
        ("6.4.3", "foreslar"),
        ("6.4.3", "redogor"),
    ], positions


def test_a_sentence_ending_in_a_quotation_is_a_sentence_of_its_own():
    positions = _read(
        "Sjöviks vägförening\n\nStrandskydd\n\nUdden ligger enligt avsnitt 6.4.3 inom "
        "strandskyddat område, och enligt planbeskrivningen ”kan strandskyddet upphävas”. Vi "
        "saknar en redovisning av de särskilda skälen.\n"
    )
    assert [(section, stance) for section, stance, _ in positions] == [
        ("6.4.3", "redogor"),
        ("6.4.3", "kritik"),
    ], positions


def test_the_answers_title_repeated_under_its_text_is_skipped_as_such():
    reading = read_positions(
        _answer(
            "Yttrande över detaljplan för Sjövik 1:2 (dnr 2024-17)\n\nSjöviks vägförening "
            "tillstyrker planen.\n\nYttrande över detaljplan för Sjövik 1:2 (dnr 2024-17)\n"
        ),
        _plan(),
        OrganisationGuess("Sjöviks vägförening", 1.0),
    )
    assert [p.stance for p in reading.positions] == ["tillstyrker"], reading.positions
    assert [s["reason"] for s in reading.skipped][-1] == "upprepad rubrik eller brevhuvud", (
        reading.skipped
    )


def test_an_account_between_two_stands_of_one_kind_is_a_position_of_its_own():
    positions = _read(
        "Sjöviks vägförening\n\nStrandskydd\n\nFöreningen motsätter sig att strandskyddet "
        "upphävs inom kvartersmark. Stranden har använts för bad sedan 1950-talet. Föreningen "
        "motsätter sig också att bryggan flyttas.\n"
    )
    assert [stance for _, stance, _ in positions] == ["avstyrker", "redogor", "avstyrker"], (
        positions
    )


def test_what_a_point_tells_after_its_stand_is_an_account_and_the_list_goes_on():
    positions = _read(
        "Sjöviks vägförening\n\nFöreningen har tagit del av planen och lämnar här sitt "
        "yttrande.\n\nFöreningen föreslår följande:\n\n- Bygg vändplanen först. "
        "Vägen används i dag av skolbussen varje morgon.\n\n- en mötesplats söder om ån\n"
    )
    stances = [(stance, text.split(".")[0]) for _, stance, text in positions]
    assert ("redogor", "Vägen används i dag av skolbussen varje morgon") in stances, stances
    assert ("foreslar", "- Bygg vändplanen först") in stances, stances
    # the list's lead-in still speaks for the point after
    assert ("foreslar", "- en mötesplats söder om ån") in stances, stances


def test_a_fault_before_the_words_that_name_the_remiss_is_a_criticism_of_it():
    positions = _read(
        "Sjöviks vägförening\n\nOtillräckligt och en stor besvikelse. Det är föreningens "
        "omdöme om planförslaget.\n"
    )
    assert positions[0][1] == "kritik", positions


def test_a_weak_suggestion_after_an_account_is_a_stand_of_its_own():
    positions = _read(
        "Sjöviks vägförening\n\nStrandskydd\n\nStranden vid udden används flitigt av "
        "badgäster från hela kommunen. Kommunen skulle kunna bygga en ny brygga där.\n"
    )
    assert [stance for _, stance, _ in positions] == ["redogor", "foreslar"], positions


def test_a_polite_suggestion_after_an_account_is_a_stand_of_its_own():
    positions = _read(
        "Sjöviks vägförening\n\nStrandskydd\n\nStranden vid udden används flitigt av "
        "badgäster från hela kommunen. Bryggan kan gärna byggas om.\n"
    )
    assert [stance for _, stance, _ in positions] == ["redogor", "foreslar"], positions


def test_the_points_of_a_list_whose_bullets_a_page_lost_are_points_of_their_own():
    """ "… i tre punkter:" and the points as lower-case paragraphs of their own (a web page's
    list without its bullets): each a point, not one paragraph cut by page breaks."""
    answer = _answer(
        "Föreningens synpunkter kan sammanfattas i tre punkter:\n\n"
        "värna framkomligheten för våra arbetsfordon\n\n"
        "värna åkermarken, den är en ändlig resurs\n\n"
        "utveckla hela kommunen, inte bara tätorten\n\n"
        "Vi träffar gärna kommunen i höst.\n"
    )
    points = [u.text for u in answer.units if u.item]
    assert points == [
        "värna framkomligheten för våra arbetsfordon",
        "värna åkermarken, den är en ändlig resurs",
        "utveckla hela kommunen, inte bara tätorten",
    ]
    # a paragraph a page break cut still goes on in the next that opens in lower case
    cut = _answer("Kommunen har tagit del av planen och har följande\n\nsynpunkter på den.\n")
    assert [u.text for u in cut.units] == [
        "Kommunen har tagit del av planen och har följande synpunkter på den."
    ]
