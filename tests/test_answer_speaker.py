"""Who speaks in a sentence (workbench.answer.speaker), on sentences written for these tests:
an account of what the remiss, its author or another body says is no stand of the answerer's
(the guide's borderline: neutral), while the answerer's own words beside it still are."""

from __future__ import annotations

import pytest

from tests.stance_helpers import ORG, sentence_class
from workbench.answer.analyse import read_positions
from workbench.answer.organisation import OrganisationGuess
from workbench.answer.read import answer_text
from workbench.answer.speaker import own_words, reports
from workbench.answer.stance import StanceReader
from workbench.core.model import Remiss
from workbench.ingest.plain import text_lines


@pytest.mark.parametrize(
    "text",
    [
        # the remiss or its author as the subject of a verb of saying
        "Utredningen föreslår att avgifterna för tillstånd höjs från och med 2027.",
        "Promemorian menar att tillsynen bör flyttas till länsstyrelserna.",
        # a verb of saying in the passive, with and without "att"
        "Tillsynsförordningen föreslås, liksom i dag, ställa krav på en årlig rapport.",
        "I programmet anges att skolan ska byggas ut i två etapper.",
        # "enligt" a document of the remiss
        "Enligt planbeskrivningen ska parkeringen lösas inom kvarteret.",
        # what the remiss finds and argues
        "Utredningen visar tydligt att få ärenden leder till åtal.",
        "Promemorian pekar på att tillsynen är splittrad i dag.",
        # the remiss telling what it holds, with no stand of the answerer's
        "Förslaget innebär alltså att tillsynen flyttas till staten.",
        "Utredningens förslag handlar mest om regelförändringar.",
        "Förordningen innehåller dessutom ett nytt krav på redovisning.",
        # reasoning reported in the passive
        "I konsekvensbeskrivningen förs ett resonemang om att hållplatsen är problematisk.",
        "Det hävdas i promemorian att tillsynen brister.",
        # others in the plural, and state bodies named otherwise
        "Flera remissinstanser menar att avgiften bör sänkas.",
        "Länsstyrelserna föreslår att tillsynen samordnas.",
        "Försvarsmakten anser att området behöver skyddas.",
        # the remiss's purpose described
        "Motiven i konsekvensutredningen är att jakten ska kunna främja viltvården.",
        "Syftet med förslaget är att stärka skyddet för barn.",
        # another state body than the answerer
        "Sjöfartsverket gör bedömningen att farleden behöver muddras före 2030.",
        "Naturvårdsverket anser att skyddet bör utökas till hela sjön.",
        # the subject after its verb, a part fronted (the verb comes second)
        "Bland annat föreslår utredningen att avgiften för tillstånd ska höjas.",
        "Mot den bakgrunden föreslår nu regeringens utredare tre nya åtgärder.",
        "Vidare föreslår kommittén att tillsynen flyttas till länsstyrelserna.",
        "Samtidigt föreslår departementet en ny ordning för tillsynen.",
        "I betänkandet anser utredaren att reglerna bör skärpas.",
        "Vidare anser Trafikverket att vägen bör breddas.",
    ],
)
def test_an_account_of_what_the_remiss_or_another_body_says_is_neutral(text):
    assert sentence_class(text) == "neutral"


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # the answerer's own words after the account still take its stand
        ("Utredningen föreslår att avgiften höjs, vilket förbundet välkomnar.", "for"),
        ("Utredningen föreslår att avgiften höjs, men vi avstyrker det förslaget.", "against"),
        # the answerer itself proposing, judging, or giving its own view
        ("Vi föreslår att avgiften höjs från och med 2027.", "proposal"),
        ("Exempelförbundet gör bedömningen att farleden behöver muddras.", "proposal"),
        # a relative clause with a passive names what it holds, reports nothing
        (
            "När det gäller de bostäder som föreslås så bedömer förbundet att en "
            "trafikutredning saknas.",
            "against",
        ),
        # what the remiss does not show is the answer's criticism
        ("Utredningen visar inte att en ny myndighet behövs.", "against"),
        # a verdict on the purpose, and the answer's own purpose, are no account
        ("Syftet med förslaget är gott, men medlen är fel.", "partly"),
        ("Syftet med förslaget är att stärka skyddet, vilket vi välkomnar.", "for"),
        # what the remiss holds, judged: a gain is support, not an account
        ("Förslaget innebär en förstärkning av det lokala självstyret.", "for"),
        ("Förslaget innebär en klar förbättring för de boende.", "for"),
        # the answerer telling what it does is no account of the remiss
        ("Vår verksamhet omfattar hela länet.", "none"),
        # the answer taking the word back after a reported claim
        ("Det hävdas att tillsynen brister, men vi delar inte den bedömningen.", "against"),
        # a relative clause with an adverb before its passive reports nothing either
        ("De ändringar som nu föreslås är så ingripande att de blir olagliga.", "against"),
        # support with its subject inverted, beside what the remiss proposes
        ("Annars ser förbundet positivt på att tillsynen föreslås få mer resurser.", "for"),
        # arguing for something is asking for it
        ("Förbundet argumenterar i sitt svar för en samlad tillsyn.", "proposal"),
        # a verb second whose subject is the answerer, or whose object follows it
        ("Därför föreslår vi att avgiften sänks.", "proposal"),
        ("Vi föreslår kommunerna att samverka mer kring tillsynen.", "proposal"),
        ("Exempelby kommun tillstyrker förslaget med följande tillägg:", "for"),
        # the answerer not taking a part up is no fault of the remiss
        ("Förbundet diskuterar inte frågan om avgifter vidare här.", "none"),
        (
            "För att förslaget ska kunna tillämpas krävs att Försvarsmakten redovisar sitt "
            "underlag.",
            "proposal",
        ),
        # the answer's own clause after a fronted topic that names the remiss's proposal
        (
            "När det gäller förslaget om att tillåta bryggor vill vi föreslå att de bara "
            "tillåts i norra delen.",
            "proposal",
        ),
        ("Beträffande förslaget att sänka avgiften anser vi att den bör utredas.", "proposal"),
        # what the proposal holds still is the remiss's where no clause of the answer follows
        ("Förslaget om att de bostäder vi bygger ska vara tillgängliga är bra.", "for"),
    ],
)
def test_the_answerers_own_voice_beside_or_instead_of_an_account(text, stance_class):
    assert sentence_class(text) == stance_class


def test_a_state_body_that_is_the_answerer_speaks_for_itself():
    reader = StanceReader()
    text = "Sjöfartsverket gör bedömningen att farleden behöver muddras före 2030."
    assert reader.stance_class(reader.read(text, ["Sjöfartsverket"]).key) == "proposal"
    assert not reports(text, ("Sjöfartsverket",))
    assert reports(text, tuple(ORG))


@pytest.mark.parametrize(
    "text",
    [
        # the answerer's own document is its own word
        "I Exempelförbundets vägledning framgår att buller ska mätas vid fasad.",
        "I vår vägledning anges att buller ska mätas vid fasad.",
        # a title in quotation marks is no account of what the remiss says
        "Planen hänvisar till rapporten ”Översiktlig riskutredning för kommunen”.",
        # no verb of saying at all
        "Bäcken svämmar över vid kraftiga regn varje vår.",
    ],
)
def test_what_is_no_account_of_another_speaker(text):
    assert not reports(text, tuple(ORG))
    assert sentence_class(text) != "neutral"


def test_the_answer_itself_is_no_document_of_the_remiss():
    """ "enligt remissvaret" is the answerer's word (a page reporting its answer)."""
    text = "Detta är enligt remissvaret en förutsättning för att reformen ska lyckas."
    assert own_words(text) == text


def test_an_account_opening_a_paragraph_is_a_position_of_its_own_beside_the_stand():
    answer = answer_text(
        text_lines(
            "Exempelförbundet\n\nUtredningen föreslår att tillsynen över hamnarna flyttas "
            "till länsstyrelserna. Exempelförbundet avstyrker förslaget eftersom kunskapen "
            "finns hos kommunerna.\n"
        )
    )
    remiss = Remiss("Ny tillsyn över hamnar", sender="Regeringskansliet", sections=[])
    reading = read_positions(answer, remiss, OrganisationGuess("Exempelförbundet", 1.0))
    reader = StanceReader()
    classes = [
        (f"{p.lead} {p.text}".split()[0], reader.stance_class(p.stance)) for p in reading.positions
    ]
    assert classes == [("Utredningen", "neutral"), ("Exempelförbundet", "against")], classes


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # a quotation in the answerer's own voice: a spokesperson on its page, its first person
        ("”Vi välkomnar förslaget”, säger förbundets ordförande Anna Berg.", "for"),
        ("”Förslaget bör inte genomföras”, säger Anna Berg, ordförande.", "against"),
        ("”Vi välkomnar att utredningen tar upp barnens situation.”", "for"),
        # the remiss quoted: no stand of the answerer's
        ("Planbeskrivningen anger att ”strandskyddet bör upphävas inom kvartersmark”.", "neutral"),
    ],
)
def test_a_quotation_in_the_answerers_own_voice_is_its_stance(text, stance_class):
    assert sentence_class(text) == stance_class
