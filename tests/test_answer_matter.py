"""Skipped matter by its form (`workbench.answer.matter`): addresses, contacts, dnr lines,
distribution, the decision procedure and download links are skipped and listed, wherever they
stand; a sentence that states a view never is. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from workbench.answer.analyse import read_positions
from workbench.answer.matter import (
    ADDRESS,
    CAPTION,
    DATE,
    DISTRIBUTION,
    DNR,
    LINK,
    PAGE,
    PROCEDURE,
    matter,
    peel,
)
from workbench.answer.organisation import OrganisationGuess
from workbench.answer.read import AnswerText, Unit, answer_text
from workbench.core.model import Remiss


def _answer(text: str):
    from workbench.ingest.plain import text_lines

    return answer_text(text_lines(text))


def _read(text: str, remiss: str = "Vägavgifter") -> tuple[str, dict[str, str]]:
    """An answer written here, read: its positions' words run together, and what it skipped
    with why."""
    reading = read_positions(_answer(text), Remiss(remiss), OrganisationGuess("Förbundet", 1.0))
    positions = " ".join(f"{p.lead} {p.text}" for p in reading.positions)
    return positions, {item["text"]: item["reason"] for item in reading.skipped}


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Postadress: Byrån för vägar, Box 120, 851 02 Sundsvall", ADDRESS),
        ("BESÖK: ÖREBRO DROTTNINGGATAN 12", ADDRESS),
        ("Näringsdepartementet 103 33 Stockholm", ADDRESS),
        ("Tel: 08-123 45 67", ADDRESS),
        ("073 555 12 34", ADDRESS),
        ("kansliet@exempelforbundet.se www.exempelforbundet.se", ADDRESS),
        ("(N2031/01234)", DNR),
        ("Vår referens: 2.4-1122-2031", DNR),
        ("Er beteckning: M2031/00412/Na", DNR),
        ("Kontaktperson: Lena Ek, 070-111 22 33", ADDRESS),
        ("Kopia:", DISTRIBUTION),
        ("Kopia till Trafikverket och Exempelby kommun", DISTRIBUTION),
        ("Sändlista", DISTRIBUTION),
        ("Beslutet skickas till kommunstyrelsen och länsstyrelsen", DISTRIBUTION),
        ("Detta yttrande har beslutats av generaldirektören Eva Berg.", PROCEDURE),
        (
            "I detta ärende har chefsjuristen Per Holm beslutat. Handläggaren Lena Ek har "
            "bidragit till beredningen.",
            PROCEDURE,
        ),
        ("Handlingen har godkänts digitalt och saknar därför underskrift.", PROCEDURE),
        ("Här hittar du hela yttrandet som pdf.", LINK),
        ("Yttrande om vägplanen för väg 12 (pdf)", LINK),
        ("Remissvar vindkraft Pdf, 212 kB.", LINK),
        # where the whole answer is, and the web site's own checks and notices
        ("Hela remissvaret finns i länken nedan.", LINK),
        ("Yttrandet i sin helhet kan läsas i det följande.", LINK),
        ("Klicka här för att läsa svaret", LINK),
        ("Vi kontrollerar att du är en människa och inte en robot.", LINK),
        ("För att sidan ska fungera behöver du tillåta kakor.", LINK),
        ("Det här är en debattartikel. Åsikterna är skribentens egna.", LINK),
        ("Pressmeddelande • 12 mars 2031 09:00", LINK),
        ("För ytterligare information, kontakta Lena Ek, sakkunnig i vägfrågor.", LINK),
        (
            "Post: 101 23 Exempelstad, Besök: Storgatan 1 Tfn: 010-123 45 00, Org.nr: 802000-0000",
            ADDRESS,
        ),
        ("Storgatshuset 191 86 08-579 210 00", ADDRESS),
        ("Vill du läsa hela remissvaret, klicka på länken", LINK),
        ("Här kan ni läsa hela remissvaret från föreningen", LINK),
        ("Det hittar du här till höger.", LINK),
        ("facebook Twitter Email", LINK),
        ("© Exempeltidningen. All rights reserved.", LINK),
        ("Er beteckning KS/2031:166, Inbjudan till samråd inlämnad 2031-06-11.", DNR),
        # a download's size in brackets, a browser's and an opinion page's notices
        ("Förslag till föreskrifter (pdf 512 KB)", LINK),
        ("Du använder en föråldrad webbläsare. Alla funktioner fungerar inte.", LINK),
        ("Detta är en opinionstext. Åsikterna är skribentens egna.", LINK),
        # the answer's dispatch, who prepared it, its case number said in a sentence
        ("Yttrandet skickas till Exempelby kommun.", DISTRIBUTION),
        ("Svaret har beretts med styrelsen i Exempelförbundet.", PROCEDURE),
        ("Beslutsunderlag Kommundirektörens tjänsteutlåtande den 3 maj 2031", PROCEDURE),
        ("Byråns diarienummer på remissen är TRV 2031/54620.", DNR),
        ("Vårt dnr är KS 2031/114.", DNR),
        # a page's number, a link to the answer in other words, contacts with a web address
        ("2(9)", PAGE),
        ("Sida 4 av 9", PAGE),
        ("Läs Exempelförbundets remissvar!", LINK),
        ("Styrelsens yttrande i sin helhet återfinns här.", LINK),
        ("Storgatshuset 191 86 08-579 210 00 08-35 02 90 www.exempel.se Storgatans torg", ADDRESS),
        # a caption with its photographer's body, a picture's kind alone, a document host's
        # buttons, an invitation to subscribe, a site's opening hours, a link said in words,
        # a date alone
        ("Björklöv. Foto: Anna Ek/Exempelförbundet", CAPTION),
        ("Arkivbild.", CAPTION),
        ("Save this PDF as:", LINK),
        ("Starta visningen från sidan:", LINK),
        ("Prenumerera och få nyheter från förbundet", LINK),
        ("Vår medlemsservice håller stängt fredag 21/6.", LINK),
        ("Länk till hela översiktsplanen finns här.", LINK),
        ("fredag 16 juni 2031", DATE),
        ("2031-06-16", DATE),
        # a form's empty dnr field, a picture's file name, a site's links and notices
        ("Dnr/målnr/löpnr:", DNR),
        ("Strandängen-idag-(004)", CAPTION),
        ("Se även tidigare nyheter:", LINK),
        ("Vi använder oss av cookies.Läs mer", LINK),
        ("Dela!", LINK),
        ("Pressmeddelande från 15 december 2031:", LINK),
        ("Du är välkommen att debattera via insändare till redaktionen.", LINK),
    ],
)
def test_matter_is_recognised_by_its_form(text, reason):
    assert matter(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        "Förbundet anser att vägen inte ska byggas förrän bullret är utrett.",
        "Vi avstyrker förslaget om en ny avgift i 103 kommuner.",
        "Konsekvensutredningen saknar en beskrivning av kostnaderna för de små företagen.",
        "Förslaget bör kompletteras med en karta, se www.exempel.se för vårt underlag.",
        "Ändringarna föreslås träda i kraft den 1 juli 2032.",
        "Här hittar du inga skäl att ändra planen, anser föreningen.",
        "Kommunen behöver mer information.",
        "Kopia av planen bör skickas till alla som bor vid sjön.",
        "För kännedom kan nämnas att vägen stängdes förra året efter en olycka.",
        "Detta yttrande har beslutats av styrelsen. Vi avstyrker förslaget.",
        "Yttrandet finns i bilaga 2 och vi anser att planen bör omarbetas.",
        "År 2030 ska 50 procent av resorna ske med kollektivtrafik.",
        "Dela upp förslaget i två delar.",
        "För ytterligare information om bullret hänvisar vi till vår utredning, som visar att "
        "vägen inte bör byggas.",
        "Yttrandet skickas till alla som bor vid sjön och det är bra, för då vet de mer.",
        "Svaret har beretts med omsorg och vi anser att planen bör avslås.",
        "Vi läser sida 4 av planen som ett löfte om en ny väg.",
        "Skolan stänger 2032 enligt planen, och barnen får åka buss till Bergvik.",
        "Bryggan ska byggas senast 16 juni 2032 enligt kommunens tidplan för hamnen.",
        "Ring 08-123 45 67 eller läs www.exempel.se för mer om hur planen drabbar oss",
        "Se även över reglerna för strandskydd innan planen antas.",
        "Dnr-systemet hos kommunen bör ses över.",
        "Vi välkomnar att debatten om vägen förs öppet.",
        "Remissvaret har tagits fram av kansliet tillsammans med de lokala föreningarna, som "
        "alla vill att regeringen ser över hela lagen om vägavgifter innan den ändras.",
    ],
)
def test_a_sentence_that_states_a_view_is_never_matter(text):
    assert matter(text) == ""


def test_matter_run_into_a_paragraph_is_peeled_off_its_edges():
    before, rest, after = peel(
        "(N2031/01234) Byrån har inga synpunkter på förslaget. https://exempel.se/yttrande?id=4"
    )
    assert before == ["(N2031/01234)"]
    assert rest == "Byrån har inga synpunkter på förslaget."
    assert after == ["https://exempel.se/yttrande?id=4"]
    # an address inside a sentence stays in it
    assert peel("Skriv till oss på info@exempel.se")[2] == []


def test_matter_anywhere_in_an_answer_is_skipped_and_listed_and_views_are_kept():
    answer = _answer(
        "Näringsdepartementet 103 33 Stockholm\n\n"
        "Kopia:\n\n"
        "Remissvar om vägavgifter\n\n"
        "Sammanfattning\n\n"
        "(N2031/01234) Förbundet avstyrker förslaget om vägavgifter på landsbygden.\n\n"
        "Avgiften slår hårt mot dem som saknar kollektivtrafik. Den som bor långt från "
        "en busslinje har inget val och betalar mest. https://exempel.se/svar\n\n"
        "Här hittar du hela yttrandet som pdf.\n\n"
        "BESÖK: UMEÅ STORGATAN 4\n\n"
        "Detta yttrande har beslutats av ordföranden Eva Berg. Kanslichefen Per Holm har "
        "deltagit i den slutliga handläggningen.\n"
    )
    reading = read_positions(answer, Remiss("Vägavgifter"), OrganisationGuess("Förbundet", 1.0))
    positions = " ".join(f"{p.lead} {p.text}" for p in reading.positions)
    skipped = {item["text"]: item["reason"] for item in reading.skipped}
    for text in (
        "Näringsdepartementet 103 33 Stockholm",
        "Kopia:",
        "(N2031/01234)",
        "https://exempel.se/svar",
        "Här hittar du hela yttrandet som pdf.",
        "BESÖK: UMEÅ STORGATAN 4",
    ):
        assert text in skipped and text not in positions, text
    assert any(text.startswith("Detta yttrande har beslutats") for text in skipped)
    assert "avstyrker förslaget om vägavgifter" in positions
    assert "Avgiften slår hårt mot dem som saknar kollektivtrafik." in positions


def test_a_verdict_on_a_line_of_its_own_at_the_top_is_no_letterhead():
    lines = [
        "Yttrande över förslaget om vägavgifter",
        "Förbundets bedömning:",
        "Analysen av kostnaderna räcker inte",
        "Förslaget bygger på en analys av kostnaderna som bara gäller storstäderna.",
    ]
    answer = AnswerText(units=[Unit(line) for line in lines], lines=lines)
    reading = read_positions(answer, Remiss("Vägavgifter"), OrganisationGuess("Förbundet", 1.0))
    positions = " ".join(p.text for p in reading.positions)
    skipped = [item["text"] for item in reading.skipped]
    assert "Analysen av kostnaderna räcker inte" in positions
    assert "Yttrande över förslaget om vägavgifter" in skipped


def test_a_sentence_ending_in_a_date_is_no_signature():
    answer = _answer(
        "Synpunkter\n\nVi tillstyrker förslaget i sin helhet.\n\n"
        "Ändringarna föreslås träda i kraft den 1 juli 2032.\n\nUmeå den 3 mars 2031\n\nEva Berg\n"
    )
    reading = read_positions(answer, Remiss("Vägavgifter"), OrganisationGuess("Förbundet", 1.0))
    positions = " ".join(p.text for p in reading.positions)
    assert "träda i kraft den 1 juli 2032" in positions
    assert any(item["text"] == "Umeå den 3 mars 2031" for item in reading.skipped)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Läs samrådsyttrande för Detaljplan Hjortängen", LINK),
        ("Läs hela remissvaret från förbundet", LINK),
        ("Läs debattinlägget i lokaltidningen.", LINK),
        # where the reader finds the whole answer
        ("Föreningens remissvar kan du läsa via denna länk.", LINK),
        ("Du läser vårt remiss-svar under Dokument.", LINK),
        ("Läs nämndens beslut:", LINK),
        ("Du läser nog i vårt svar att vi är kritiska till planen.", ""),
        ("Lämna ett svar", LINK),
        ("Din e-postadress kommer inte publiceras. Obligatoriska fält är märkta *", LINK),
        ("Dela på Facebook", LINK),
        ("Publicerad 12 mars 2031", LINK),
        ("Senast uppdaterad: 2031-03-12", LINK),
        ("Vi använder kakor för att webbplatsen ska fungera.", LINK),
        ("Bli medlem du också!", LINK),
        ("Medlemskapet ger dig juridisk rådgivning och kurser.", LINK),
        ("Prenumerera på förbundets nyhetsbrev", LINK),
        ("Dela gärna vår oro med grannarna, planen bör omarbetas.", ""),
        ("Kommunen bör bli medlem i nätverket för klimatanpassning.", ""),
        ("Publicerade uppgifter om bullret saknas i planen.", ""),
        ("Gatuvy mot väster. Foto Kerstin Lundén.", CAPTION),
        ("Foto: Länsstyrelsen i Västra Götaland", CAPTION),
        ("Läs gärna vad kommunen skriver om att planen är bra.", ""),
        ("Fotografen Per Olsson har dokumenterat miljön, som vi anser bör skyddas.", ""),
    ],
)
def test_link_words_and_captions_are_matter_and_a_sentence_is_not(text, form):
    assert matter(text) == form


def test_a_dnr_run_into_the_end_of_a_sentence_is_peeled_off():
    text = "Föreningen har skrivit ett yttrande över planen, Särsta 38:4. Dnr: PLA 2012-020005."
    assert peel(text) == (
        [],
        "Föreningen har skrivit ett yttrande över planen, Särsta 38:4.",
        ["Dnr: PLA 2012-020005."],
    )


def test_a_link_sentence_run_into_the_end_of_a_paragraph_is_peeled_off():
    text = "Faran är inte över men vi har vunnit tid. Du läser vårt remissvar under Dokument."
    assert peel(text) == (
        [],
        "Faran är inte över men vi har vunnit tid.",
        ["Du läser vårt remissvar under Dokument."],
    )
    # a last sentence that holds a view stays
    kept = "Vi har läst planen. Läs vårt yttrande, vi anser att planen bör omarbetas."
    assert peel(kept) == ([], kept, [])


def test_a_sentence_at_the_top_naming_a_ministry_is_no_letterhead():
    answer = _answer(
        "Finansdepartementet\n\n"
        "Förbundet har i dag lämnat ett utförligt remissvar till Finansdepartementet "
        "gällande utredningen om nya regler för hamnavgifter. Utredningen bygger på den "
        "överenskommelse som Sveriges Hamnar och Transportföretagen slöt och som senare "
        "Skärgårdsredarna anslöt sig till.\n\n"
        "Förbundet avstyrker förslaget.\n"
    )
    reading = read_positions(answer, Remiss("Hamnavgifter"), OrganisationGuess("Förbundet", 1.0))
    positions = " ".join(f"{p.lead} {p.text}" for p in reading.positions)
    assert "lämnat ett utförligt remissvar till Finansdepartementet" in positions
    assert any(item["text"] == "Finansdepartementet" for item in reading.skipped)


def test_the_decision_procedure_told_as_an_account_is_still_matter():
    # the reader takes "har fattats av" for an account of the case; an account is no stand,
    # so the paragraph stays skipped (too long for the template's one-liner)
    answer = _answer(
        "Remissvar om vägavgifter\n\n"
        "Förbundet tillstyrker förslaget om vägavgifter i städerna.\n\n"
        "Detta beslut har fattats av funktionschefen Eva Berg efter föredragning av "
        "handläggaren Per Holm, i närvaro av juristen Anna Ek, ekonomen Lars Lind och "
        "planarkitekten Sara Nyberg från samhällsbyggnadsenheten.\n"
    )
    reading = read_positions(answer, Remiss("Vägavgifter"), OrganisationGuess("Förbundet", 1.0))
    positions = " ".join(f"{p.lead} {p.text}" for p in reading.positions)
    assert any(item["text"].startswith("Detta beslut har") for item in reading.skipped)
    assert "fattats av" not in positions


def test_the_answers_title_set_after_its_own_words_is_skipped():
    # a web page sets its title under the page's own text: no position
    positions, skipped = _read(
        "Förbundet svarar på remisser som rör vägar och trafik.\n\n"
        "Remissyttrande Nationell plan för vägarna 2032–2043\n\n"
        "Förbundet avstyrker förslaget om vägavgifter på landsbygden.\n"
    )
    assert "Remissyttrande Nationell plan för vägarna 2032–2043" in skipped
    assert "Remissyttrande" not in positions
    assert "avstyrker förslaget om vägavgifter" in positions


def test_what_stands_under_a_dnr_set_as_a_heading_is_the_answer_not_a_list():
    # a case number set as a heading opens no list: the answer's sentences under it are kept
    positions, skipped = _read(
        "# Yttrande över detaljplan för Sjövik\n\n## Dnr KS 2031/208\n\n"
        "Vi har läst förslaget endast utifrån föreningens vägar.\n\n"
        "I det stora hela finner vi planen bra.\n\n"
        "Vägen måste breddas innan husen byggs.\n",
        "Sjövik",
    )
    for sentence in (
        "Vi har läst förslaget endast utifrån föreningens vägar.",
        "I det stora hela finner vi planen bra.",
        "Vägen måste breddas innan husen byggs.",
    ):
        assert sentence in positions
    assert "Dnr KS 2031/208" in skipped


def test_a_three_word_heading_that_says_no_is_a_position_and_attachments_announced_are_not():
    answer = _answer(
        "# Remissvar\n\n## Lärarnas förbund avstyrker\n\n"
        "Förslaget om en ny garanti ökar lärarnas administration utan att eleverna får mer "
        "stöd i skolan.\n\nYttranden från följande föreningar bifogas:\n\n"
        "Sjöviks lärarförening\n"
    )
    reading = read_positions(answer, Remiss("Garantin"), OrganisationGuess("Förbundet", 1.0))
    against = [p for p in reading.positions if p.stance == "avstyrker"]
    assert against and "Lärarnas förbund avstyrker" in f"{against[0].lead} {against[0].text}"
    skipped = {item["text"]: item["reason"] for item in reading.skipped}
    assert skipped["Yttranden från följande föreningar bifogas:"] == "förteckning (bilagor)"


def test_a_sentence_of_the_answers_that_opens_with_for_is_no_signature():
    positions, skipped = _read(
        "Remissvar om strandskyddet\n\n"
        "Förbundet tillstyrker att reglerna för strandskyddet ses över i hela landet.\n\n"
        "För oss som bor vid stränder är strandskyddet viktigt.\n\n"
        "För att hålla nere kostnaderna behöver planerna bli kortare.\n\n"
        "För Sjöbygdens förbund\n\nKarin Ek\n",
        "Strandskyddet",
    )
    assert "För oss som bor vid stränder är strandskyddet viktigt." in positions
    assert "För att hålla nere kostnaderna behöver planerna bli kortare." in positions
    assert skipped["För Sjöbygdens förbund"] == "underskrift och avslutning"


def test_a_pages_matter_set_as_a_heading_takes_no_stand():
    # "Ändra bildtext och byt alt-text" reads as a proposal, but it is the page's editor
    positions, skipped = _read(
        "# Mycket återstår för planen\n\nFörbundet anser att planen är ett bra ramverk men "
        "att mycket återstår.\n\n## Ändra bildtext och byt alt-text\n\n"
        "Utredningen har haft i uppdrag att se över vägarna.\n",
        "Vägarna",
    )
    assert "bildtext" not in positions
    assert "Ändra bildtext och byt alt-text" in skipped


def test_what_the_organisation_is_told_after_its_last_word_is_a_footer_skipped():
    positions, skipped = _read(
        "Förbundet är en ideell organisation för alla som cyklar i Sjöbygden.\n\n"
        "Förbundet avstyrker förslaget om vägavgifter på landsbygden.\n\n"
        "Avgiften slår hårt mot dem som saknar kollektivtrafik.\n\n"
        "Sjöbygdens Cykelförbund är en intresse- och medlemsorganisation för cyklister.\n\n"
        "Över 3 200 medlemmar samverkar inom förbundet för säkrare vägar.\n"
    )
    # at its head it presents the answerer: kept as an account
    assert "ideell organisation för alla som cyklar" in positions
    assert "Avgiften slår hårt mot dem som saknar kollektivtrafik." in positions
    for footer in (
        "Sjöbygdens Cykelförbund är en intresse- och medlemsorganisation för cyklister.",
        "Över 3 200 medlemmar samverkar inom förbundet för säkrare vägar.",
    ):
        assert skipped[footer] == "om organisationen" and footer not in positions


def test_a_list_keeps_the_answers_own_numbers():
    # "1)", "2)": the answer's points are cited by their numbers; a dash stays a dash
    answer = _answer(
        "Yttrande\n\nVi anser att utredningen har flera allvarliga brister:\n\n"
        "1) Avsaknad av ett barnperspektiv i hela utredningen\n"
        "2) Brister angående barns delaktighet i besluten\n\n"
        "- Utredningen saknar en analys av kostnaderna\n"
    )
    reading = read_positions(answer, Remiss("Vägavgifter"), OrganisationGuess("Förbundet", 1.0))
    texts = [p.text for p in reading.positions]
    assert "1) Avsaknad av ett barnperspektiv i hela utredningen" in texts
    assert "2) Brister angående barns delaktighet i besluten" in texts
    assert "- Utredningen saknar en analys av kostnaderna" in texts
