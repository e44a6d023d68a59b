"""A view held in a statement, without a verb of stance (workbench.answer.judgement): the
weight given to something, the arguing "ju", a risk if the point is not heeded, the answerer
naming its own view. Sentences written for these tests; none is taken from an answer."""

from __future__ import annotations

import pytest

from tests.stance_helpers import ORG, sentence_class
from workbench.answer.analyse import read_positions
from workbench.answer.judgement import judgement
from workbench.answer.organisation import OrganisationGuess
from workbench.answer.read import answer_text
from workbench.answer.stance import StanceReader
from workbench.core.model import Remiss


@pytest.mark.parametrize(
    "text",
    [
        "Föreningslivet är grunden för en levande landsbygd.",
        "En fungerande kollektivtrafik är avgörande för de mindre orterna.",
        "Skolskjutsarna spelar en central roll för familjerna i glesbygden.",
        "Frågan har stor betydelse för våra medlemmar.",
        "Det är ju de anställda som får bära följderna.",
        "Annars riskerar reformen att bli en pappersprodukt.",
        "Vår erfarenhet är att små kommuner sällan har en egen jurist.",
        "Vi tror att fler skulle söka stödet om det vore enklare.",
        "Förbundet har stor förståelse för statens behov av en samlad bild.",
        "En av de viktigaste frågorna för förbundet är kompetensförsörjningen.",
    ],
)
def test_a_view_held_in_a_statement_is_a_comment(text):
    assert judgement(text) is not None
    assert sentence_class(text) == "comment"


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # a fact told, a description of the remiss, a relative clause: no view
        ("Planområdet ligger norr om järnvägen.", "none"),
        ("Utredningen bedömer att frågan har stor betydelse för kommunerna.", "neutral"),
        ("Kommunen pekar ut de områden som är viktiga för friluftslivet.", "none"),
        # a weight denied is no emphasis
        ("Frågan är inte avgörande för förbundet.", "none"),
        # a phrase of a stand speaks instead
        ("Tillsynen är avgörande, och vi föreslår därför att den stärks.", "proposal"),
        ("Förslaget är olämpligt och kostnaden har stor betydelse för kommunen.", "against"),
    ],
)
def test_no_view_where_a_fact_is_told_or_a_stand_is_named(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    "text",
    [
        # a demand or a burden seen put on someone
        "Den nya ordningen kommer att ställa höga krav på de små föreningarna.",
        "Reformen lägger ett tungt ansvar på skolornas rektorer.",
        # the answerer's standing view
        "Vår grundläggande hållning är att vägarna ska hållas öppna året runt.",
        "Förbundets inställning i frågan om avgifter är sedan länge känd.",
        "Vi har under många år hävdat att färjelinjerna hör till vägnätet.",
        "Exempelförbundet har alltsedan starten framhållit att ideellt arbete är en grund.",
        "Alltsedan bildandet har föreningen hävdat att sjön hör till allemansrätten.",
        # a point declared the answerer's own
        "Först vill förbundet slå fast att barnens säkerhet går före allt annat.",
        "Vi vill inledningsvis klargöra att vi företräder både ägare och hyresgäster.",
        # weight with a ground between, and a signal
        "Det är mot bakgrund av detta särskilt viktigt att tillsynen hålls samman.",
        "Beslutet är en stark signal om att landsbygden räknas.",
    ],
)
def test_a_burden_a_standing_view_or_a_point_declared_is_a_comment(text):
    assert judgement(text) is not None, text
    assert sentence_class(text) == "comment"


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # a rule's requirement is a fact told; a requirement without its size is no burden
        ("Lagen ställer höga krav på den som driver ett vattenverk.", "none"),
        ("Bygglovet ställer krav på en viss takvinkel.", "none"),
        # the remiss's or another body's view held or declared, not the answerer's
        ("Regeringen har länge hävdat att glesbygden ska få del av satsningen.", "none"),
        ("Staten har sedan länge hävdat att vägarna är kommunernas sak.", "none"),
        ("Utredningen vill inledningsvis slå fast att ansvaret ligger kvar hos staten.", "none"),
        ("Departementets inställning till frågan är välkänd.", "none"),
        ("Utredaren menar att ordningen ställer stora krav på kommunerna.", "neutral"),
        # an act told, not a view held; a wish that someone else fixes something
        ("Föreningen har under flera år arbetat med vattenvården i sjön.", "none"),
        ("Vi vill att nämnden fastställer en ny taxa.", "proposal"),
        # a declaration denied declares nothing
        ("Vi vill inte fastställa något om framtida avgifter.", "none"),
    ],
)
def test_no_comment_where_the_view_or_the_requirement_is_anothers(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    "text",
    [
        # the answerer's attitude in a sentence adverb
        "Tyvärr kom inbjudan till samrådet först efter att mötet hållits.",
        "Glädjande nog har antalet besökare i parken ökat.",
        # the answerer's voice on its own page
        "Fler lärare i glesbygden skulle ge eleverna bättre stöd, enligt förbundet.",
        # prospects judged of a place or of the answerer
        "Längs kusten finns mycket goda förutsättningar för småskaligt fiske.",
        "Vår region kan erbjuda myndigheten goda förutsättningar för rekrytering.",
    ],
)
def test_an_attitude_a_voice_or_prospects_judged_is_a_comment(text):
    assert judgement(text) is not None, text
    assert sentence_class(text) == "comment"


@pytest.mark.parametrize(
    "text",
    [
        # the remiss's aim, or what the remiss is said to give: no view of the answerer's
        "Vattenplanen syftar till att skapa goda förutsättningar för fisket.",
        "Enligt utredningen ger modellen goda förutsättningar för tillsynen.",
        # another body's voice, and prospects denied
        "Enligt kommissionen bör reglerna gälla från nästa år.",
        "Det finns inte goda förutsättningar för fiske i sjön.",
    ],
)
def test_no_comment_where_the_prospects_are_the_remisss_or_denied(text):
    assert judgement(text) is None, text


def test_a_view_is_the_least_sure_stand():
    guess = StanceReader().read("Skolan är grunden för orten.", ORG)
    assert guess.judged and guess.confidence == 0.6


def _positions(text: str):
    from workbench.ingest.plain import text_lines

    answer = answer_text(text_lines(text))
    remiss = Remiss("Promemoria om tillsyn", sender="Departementet")
    reading = read_positions(answer, remiss, OrganisationGuess("Exempelförbundet", 1.0))
    return [(p.stance, p.lead + " " + p.text) for p in reading.positions]


def test_a_weak_need_after_a_view_in_one_paragraph_is_read_on_its_own():
    """The view ("… är avgörande …") and the weak need after it ("det är därför viktigt att de
    förenklas") are two stands, read apart as the guide's mixed paragraph is labelled: the
    view a comment, the need a proposal."""
    positions = _positions(
        "Exempelförbundet\n\nEn rättssäker tillsyn är avgörande för förtroendet. I detta "
        "spelar reglerna en stor roll och det är därför viktigt att de förenklas.\n"
    )
    assert [stance for stance, _text in positions] == ["anser", "foreslar"], positions


def test_background_on_the_remiss_before_the_stand_is_an_account_of_its_own():
    positions = _positions(
        "Exempelförbundet\n\nUtredningens modell bygger på en enkät till kommunerna i "
        "Norrland. Förbundet avstyrker förslaget.\n"
    )
    stances = [stance for stance, _text in positions]
    assert stances == ["redogor", "avstyrker"], positions


def test_a_view_beside_what_the_answer_reports_is_the_answers():
    # the answer's own words hold the view; the report ("regeringen anser att …") is blanked
    text = "Förbundet har stor förståelse för att regeringen anser att nya regler behövs."
    assert sentence_class(text) == "comment"
    # a view inside the report is the reported body's, an account
    assert sentence_class("Utredningen menar att frågan har stor betydelse.") == "neutral"


def test_what_follows_a_criticism_and_speaks_of_the_plan_goes_on_with_it():
    positions = _positions(
        "Exempelförbundet\n\nPlanen saknar en utredning av trafiken till skolan. Husen ligger "
        "dessutom bara femtio meter från skolgården.\n\nFörbundet vill tacka för möjligheten.\n"
    )
    texts = [(stance, text) for stance, text in positions if "Husen ligger" in text]
    assert texts and texts[0][0] == "kritik", positions
