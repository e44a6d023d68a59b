"""The answer's overall stance (workbench.answer.overall.overall_stance): a rejection of the
remiss as a whole is its verdict beside support of parts; criticism throughout is against.
All answers and sentences are written for these tests."""

from __future__ import annotations

import pytest

from workbench.answer.analyse import ImportedPosition
from workbench.answer.overall import overall_stance, rejects_the_remiss
from workbench.answer.stance import StanceReader


@pytest.mark.parametrize(
    "text",
    [
        "Förbundet avstyrker förslaget.",
        "Vi avstyrker därför förslaget till förordning.",
        "Vi säger nej till utredningens förslag till ny reglering i 3 kap. miljöbalken.",
        "Kommunen kan inte tillstyrka förslaget i sin nuvarande form.",
        "Föreningen är emot planen.",
        "Vi yrkar på att detaljplanen inte antas.",
        "Planförslaget kan därför inte godtas.",
        # the verdict before its reasons, the remiss named with its document, a view that
        # it be stopped, its adoption opposed, the answer named as where it is said
        "Föreningen avstyrker planförslaget av följande skäl:",
        "Förbundet avstyrker förslagen i promemorian.",
        "Vi avvisar förslaget.",
        "Förbundet tror inte på utredningens förslag.",
        "Naturskyddsföreningen anser att detaljplanen inte ska antas.",
        "Vi anser att planarbetet bör avbrytas.",
        "Förbundet anser att förslaget ska avslås.",
        "Vi motsätter oss att detaljplanen antas.",
        "Förbundet avråder från att förslaget genomförs.",
        "Förslaget bör därför inte läggas till grund för lagstiftning.",
        "Förbundet är i sitt remissvar starkt kritiskt till utredningens förslag.",
    ],
)
def test_a_rejection_of_the_remiss_as_a_whole(text):
    assert rejects_the_remiss(text)


@pytest.mark.parametrize(
    "text",
    [
        # a part rejected: an "att"-clause, "förslaget om …", "när det gäller …"
        "Vi avstyrker att andra riktvärden ska gälla för studentbostäder.",
        "Föreningen motsätter sig förslaget om avgifter.",
        "Förslaget om avgifter bör avslås.",
        "Vi kan inte godta planen i dess nuvarande form när det gäller bebyggelsen mot vår tomt.",
        # support, and a change asked for
        "Förbundet tillstyrker förslaget.",
        "Vi yrkar på att detaljplanen revideras så att husen blir lägre.",
        "Vi anser att förslaget bör genomföras snarast.",
        "Föreningen motsätter sig att förslaget om avgifter genomförs i år.",
    ],
)
def test_no_rejection_of_the_remiss_as_a_whole(text):
    assert not rejects_the_remiss(text)


def _overall(*sentences: str) -> str:
    reader = StanceReader()
    positions = []
    for sentence in sentences:
        guess = reader.read(sentence, ["Exempelförbundet"])
        positions.append(
            ImportedPosition(None, guess.key, text=sentence, stance_confidence=guess.confidence)
        )
    classes = {p.stance: reader.stance_class(p.stance) for p in positions}
    return overall_stance(positions, classes)[0]


def test_a_rejection_of_the_whole_outweighs_support_of_parts():
    assert (
        _overall(
            "Exempelförbundet tillstyrker att myndigheterna gör en översyn av områdena.",
            "Exempelförbundet tillstyrker att regeringen ska kunna överpröva besluten.",
            "Exempelförbundet avstyrker därför förslaget till förordning.",
        )
        == "against"
    )
    # support of the whole beside a part rejected stays partial
    assert (
        _overall(
            "Exempelförbundet tillstyrker förslaget.",
            "Exempelförbundet avstyrker att avgiften höjs.",
        )
        == "partly"
    )


def test_criticism_throughout_is_against():
    # most stands are criticism, one of them named of the remiss; a wish beside them
    assert (
        _overall(
            "Underkänt och en stor besvikelse.",
            "Slutsatserna i delbetänkandet är felaktiga.",
            "Övergångsreglerna är inte acceptabla.",
            "Frågan måste lösas genom politiska beslut.",
        )
        == "against"
    )
    # views and wishes with one remark are no verdict
    assert (
        _overall(
            "Exempelförbundet anser att tillsynen är viktig.",
            "Kommunen bör samråda med föreningarna.",
            "Regionen bör ta fram en vägledning.",
            "Analysen av kostnaderna i förslaget är otillräcklig.",
        )
        == "comment"
    )


def test_an_answer_quoting_its_own_yttrande_speaks_in_its_own_words():
    """A position that is all a quotation and read as criticism is the answer quoting its
    own yttrande: its criticism of the remiss counts (the guide's borderline)."""
    quoted = "”Vi anser att förslaget leder till högre kostnader och är ogenomtänkt.”"
    position = ImportedPosition(None, "kritik", text=quoted, stance_confidence=0.88)
    assert overall_stance([position], {"kritik": "against"})[0] == "against"


def test_the_conclusion_decides_before_the_balance_of_the_body():
    # the body criticises, the conclusion supports: the guide reads the conclusion
    assert (
        _overall(
            "Analysen av kostnaderna i förslaget är otillräcklig.",
            "Konsekvenserna för kommunerna är inte belysta i förslaget.",
            "Sammantaget tillstyrker Exempelförbundet förslaget.",
        )
        == "for"
    )
    # a conclusion that opposes a part only, beside support, is a reservation
    assert (
        _overall(
            "Exempelförbundet är positivt till att fler bostäder byggs.",
            "Sammantaget kan vi inte godta planen när det gäller bebyggelsen mot vår tomt.",
        )
        == "partly"
    )
    # without a conclusion the balance of the body decides
    assert (
        _overall(
            "Analysen av kostnaderna i förslaget är otillräcklig.",
            "Exempelförbundet tillstyrker förslaget.",
        )
        == "partly"
    )


def test_criticism_sentence_after_sentence_is_weighed_one_by_one():
    """A position holds one stance: criticism in three sentences of one paragraph counts
    once beside two wishes, and no verdict comes of the positions; weighed sentence by
    sentence the answer opposes the plan throughout."""
    from workbench.answer.analyse import read_positions
    from workbench.answer.organisation import OrganisationGuess
    from workbench.answer.read import answer_text
    from workbench.core.model import Remiss, Section
    from workbench.ingest.plain import text_lines

    remiss = Remiss(
        "Detaljplan för Sjövik 1:2",
        sender="Exempelby kommun",
        sections=[Section("1", "Inledning", 1, "Planens syfte är att pröva bostäder.", page=3)],
    )
    text = (
        "Synpunkter på detaljplan för Sjövik 1:2\n\n"
        "Vi har tagit del av planförslaget. Planen saknar en utredning av trafiken. Bullret "
        "från den nya vägen är inte utrett i planen. Planförslaget är olämpligt för platsen "
        "och strider mot strandskyddets syfte. Vi begär därför att kommunen tar fram en "
        "trafikutredning innan planen går vidare.\n\n"
        "Föreningen vill att kommunen tar kontakt med oss.\n"
    )
    reading = read_positions(
        answer_text(text_lines(text)), remiss, OrganisationGuess("Sjöviks vägförening", 1.0)
    )
    reader = StanceReader()
    classes = {p.stance: reader.stance_class(p.stance) for p in reading.positions}
    assert overall_stance(reading.positions, classes)[0] == "against"
    # the same wishes with one criticism are views without a verdict
    assert (
        _overall(
            "Planen saknar en utredning av trafiken.",
            "Vi begär att kommunen tar fram en trafikutredning.",
            "Föreningen vill att kommunen tar kontakt med oss.",
        )
        == "comment"
    )


def _overall_of_read(*entries: str | tuple[str, str, float]) -> str:
    """The overall stance of positions read from sentences, or given as (stance key, text,
    confidence) where the test fixes what the reader made of a paragraph."""
    reader = StanceReader()
    positions = []
    for entry in entries:
        if isinstance(entry, tuple):
            key, text, confidence = entry
        else:
            guess = reader.read(entry, ["Exempelförbundet"])
            key, text, confidence = guess.key, entry, guess.confidence
        positions.append(ImportedPosition(None, key, text=text, stance_confidence=confidence))
    classes = {p.stance: reader.stance_class(p.stance) for p in positions}
    return overall_stance(positions, classes)[0]


def test_no_views_after_a_title_with_one_remark_is_none():
    # the title read as an account comes first; the first stand is "inga synpunkter"
    assert (
        _overall_of_read(
            ("redogor", "Remissvar angående betänkandet Bättre tillsyn av båtvarv", 0.75),
            "Förbundet har inga synpunkter på de remitterade förslagen.",
            "Det bör dock framhållas att förbundet under senare år fått flera nya uppgifter "
            "utan att anslaget har ökat.",
        )
        == "none"
    )


def test_accounts_do_not_dilute_criticism():
    # accounts of the remiss are no stands: two criticisms of it and nothing else are against
    assert (
        _overall_of_read(
            "Betänkandet innehåller förslag om en ny tillsynsmyndighet.",
            "Förslaget bygger på en enkät till varven.",
            ("redogor", "Utredningen har haft i uppdrag att se över tillsynen av båtvarv.", 0.7),
            "Förslaget saknar en analys av kostnaderna för de små varven.",
            "Konsekvensutredningen i förslaget är otillräcklig.",
        )
        == "against"
    )
    # "most of its stands": one criticism beside one proposal of its own is no verdict
    assert (
        _overall_of_read(
            "Förslaget saknar en analys av kostnaderna för de små varven.",
            "Vi föreslår att tillsynen samordnas med kommunerna.",
        )
        == "comment"
    )


def test_a_conclusion_that_criticises_the_remiss_is_its_verdict_beside_support_of_parts():
    # support of two parts in the body; the conclusion finds the plan at fault as it stands
    assert (
        _overall(
            "Föreningen är positiv till den nya gång- och cykelvägen.",
            "Dagvattenhanteringen är otillräckligt utredd i planen.",
            "Föreningen är positiv till att parken behålls.",
            "Sammantaget bedömer föreningen att planen i sin nuvarande utformning leder till "
            "att miljökvalitetsnormen för vatten inte följs.",
        )
        == "against"
    )
    # the same criticism in the body, with no conclusion, beside that support: a reservation
    assert (
        _overall(
            "Föreningen är positiv till den nya gång- och cykelvägen.",
            "Dagvattenhanteringen är otillräckligt utredd i planen.",
            "Föreningen är positiv till att parken behålls.",
            "Föreningen bedömer att planen i sin nuvarande utformning leder till att "
            "miljökvalitetsnormen för vatten inte följs.",
        )
        == "partly"
    )


def test_support_that_brings_in_its_remarks_is_for():
    # "tillstyrker … med följande synpunkter:": what follows are remarks, even a criticism
    assert (
        _overall(
            "Exempelförbundet tillstyrker förslaget med följande synpunkter:",
            "Konsekvensutredningen i förslaget är otillräcklig.",
            "Vi föreslår att tillsynen samordnas med kommunerna.",
        )
        == "for"
    )
    assert (
        _overall(
            "Exempelförbundet tillstyrker samtliga förslag och vill utöver detta lämna "
            "följande synpunkter:",
            "Vi föreslår att tillsynen samordnas med kommunerna.",
        )
        == "for"
    )
    # ... but a part opposed in so many words is a reservation
    assert (
        _overall(
            "Exempelförbundet tillstyrker förslaget med följande synpunkter:",
            "Exempelförbundet avstyrker att avgiften höjs.",
        )
        == "partly"
    )
    # support without the remarks brought in, beside the same criticism, is a reservation
    assert (
        _overall(
            "Exempelförbundet tillstyrker förslaget.",
            "Konsekvensutredningen i förslaget är otillräcklig.",
        )
        == "partly"
    )


def test_support_in_the_main_said_of_the_remiss_is_partly_whatever_else_praises():
    # the summing-up part praises the work; the verdict in words is "i huvudsak"
    reader = StanceReader()
    texts = [
        ("", "Exempelförbundet tillstyrker i huvudsak utredningens förslag."),
        ("summing", "Utredningen har gjort ett grundligt och värdefullt arbete."),
    ]
    positions = []
    for part, text in texts:
        guess = reader.read(text, ["Exempelförbundet"])
        positions.append(
            ImportedPosition(
                None, guess.key, text=text, stance_confidence=guess.confidence, part=part
            )
        )
    classes = {p.stance: reader.stance_class(p.stance) for p in positions}
    assert overall_stance(positions, classes)[0] == "partly"
    assert (
        _overall(
            "Exempelförbundet ställer sig positivt till de flesta av förslagen i betänkandet.",
            "Exempelförbundet välkomnar att tillsynen samlas hos en myndighet.",
        )
        == "partly"
    )


@pytest.mark.parametrize(
    ("headline", "verdict"),
    [
        ("Remissvar: Ja till en ny myndighet för tillsyn", "for"),
        ("Tummen upp för ny tillsyn av båtvarv", "for"),
        ("Nej till vindkraft i Exempelskogen", "against"),
        ("Skarp kritik mot förslaget om ny tillsyn", "against"),
        ("Kritiskt remissvar om ny tillsyn", "against"),
        ("Blandad kritik mot förslaget om ny tillsyn", "partly"),
    ],
)
def test_a_headline_gives_the_verdict_where_the_positions_give_none(headline, verdict):
    # a headline, then views and a proposal without a verdict of their own
    assert (
        _overall_of_read(
            ("fritext", headline, 0.6),
            "Exempelförbundet anser att tillsynen är viktig.",
            "Vi föreslår att tillsynen samordnas med kommunerna.",
        )
        == verdict
    )


def test_a_headline_does_not_outweigh_the_positions():
    assert (
        _overall_of_read(
            ("fritext", "Nej till vindkraft i Exempelskogen", 0.6),
            "Exempelförbundet tillstyrker förslaget.",
        )
        == "for"
    )
    # without a headline the same views are views
    assert (
        _overall_of_read(
            "Exempelförbundet anser att tillsynen är viktig.",
            "Vi föreslår att tillsynen samordnas med kommunerna.",
        )
        == "comment"
    )


def _read_answer(text: str) -> str:
    from workbench.answer.analyse import read_positions
    from workbench.answer.organisation import OrganisationGuess
    from workbench.answer.read import answer_text
    from workbench.core.model import Remiss, Section
    from workbench.ingest.plain import text_lines

    remiss = Remiss(
        "Detaljplan för Sjövik 1:2",
        sender="Exempelby kommun",
        sections=[Section("1", "Inledning", 1, "Planens syfte är att pröva bostäder.", page=3)],
    )
    reading = read_positions(
        answer_text(text_lines(text)), remiss, OrganisationGuess("Sjöviks vägförening", 1.0)
    )
    reader = StanceReader()
    classes = {p.stance: reader.stance_class(p.stance) for p in reading.positions}
    return overall_stance(reading.positions, classes)[0]


def test_a_demand_that_the_remiss_be_reworked_is_criticism_of_it():
    """Faults that do not name the plan, and a demand that it be revised: it cannot stand
    as it is (the guide: against, with a demand)."""
    body = (
        "Synpunkter på detaljplan för Sjövik 1:2\n\n"
        "Vi som bor på Sjövikvägen 4 vill lämna följande synpunkter på planförslaget.\n\n"
        "De nya husen blir alldeles för höga och kommer att skugga vår tomt.\n\n"
        "Trafiken på Sjövikvägen kommer att öka kraftigt och vägen saknar trottoar.\n\n"
    )
    assert _read_answer(
        body + "Vi yrkar på att detaljplanen revideras så att husen blir lägre.\n"
    ) == ("against")
    # more asked for, not a rework, beside as much criticism: views without a verdict
    one_fault = body.replace(
        "De nya husen blir alldeles för höga och kommer att skugga vår tomt.\n\n", ""
    )
    assert _read_answer(one_fault + "Vi yrkar på att en trafikutredning tas fram.\n") == ("comment")
    # ... and where criticism is most of what it says, it is against
    assert _read_answer(body + "Vi yrkar på att en trafikutredning tas fram.\n") == "against"


def test_an_answer_without_a_verdict_is_weighed_by_the_share_of_its_stands():
    """Views only, by the rules: support beside criticism is partly; criticism as the
    largest share, with no support, against; else views ("comment")."""
    assert (
        _overall(
            "Förslaget saknar en analys av kostnaderna för de små varven.",
            "Konsekvensutredningen i förslaget är otillräcklig.",
            "Vi föreslår att tillsynen samordnas med kommunerna.",
        )
        == "against"
    )
    assert (
        _overall(
            "Förslaget saknar en analys av kostnaderna för de små varven.",
            "Vi föreslår att tillsynen samordnas med kommunerna.",
            "Vi föreslår också att avgiften sänks.",
        )
        == "comment"
    )


def test_a_closing_verdict_drawn_from_what_came_before_decides():
    remarks = (
        "Analysen av kostnaderna i förslaget är otillräcklig.",
        "Vi föreslår att tillsynen samordnas med kommunerna.",
    )
    assert _overall(*remarks, "Mot denna bakgrund tillstyrker Exempelförbundet förslaget.") == (
        "for"
    )
    assert _overall(*remarks, "Exempelförbundet tillstyrker därför förslaget.") == "for"
    # the same support, not drawn from the remarks, beside the criticism: a reservation
    assert _overall(*remarks, "Exempelförbundet tillstyrker förslaget.") == "partly"


def test_support_beside_criticism_said_in_so_many_words_is_partly():
    # a press page: its headline and its lead welcome the proposal, then the criticism
    assert (
        _overall_of_read(
            "Exempelförbundet välkomnar ny tillsyn",
            "Exempelförbundet välkomnar förslaget om en samlad tillsyn av båtvarv.",
            "Förbundet menar att förslaget saknar finansiering.",
        )
        == "partly"
    )
    # a shortcoming read weakly beside more support is a remark
    assert (
        _overall_of_read(
            "Exempelförbundet välkomnar förslaget om en samlad tillsyn av båtvarv.",
            "Exempelförbundet tillstyrker förslaget om ett nytt register.",
            "Förslaget saknar en analys av kostnaderna för de små varven.",
        )
        == "for"
    )


def test_support_beside_a_question_of_what_the_remiss_means_is_partly():
    assert (
        _overall(
            "Exempelförbundet är positivt till att tillsynen samlas hos en myndighet.",
            "Vi undrar dock vad som avses med begreppet samlad tillsyn i förslaget.",
            "Vi föreslår att tillsynen samordnas med kommunerna.",
        )
        == "partly"
    )
    # welcoming with only proposals for more is for
    assert (
        _overall(
            "Exempelförbundet är positivt till att tillsynen samlas hos en myndighet.",
            "Vi föreslår att tillsynen samordnas med kommunerna.",
        )
        == "for"
    )


def test_a_closing_verdict_on_a_part_does_not_decide():
    assert (
        _overall(
            "Exempelförbundet tillstyrker förslaget om ett nytt register.",
            "Analysen av kostnaderna i förslaget är otillräcklig.",
            "Exempelförbundet avstyrker därför förslaget om avgifter.",
        )
        == "partly"
    )


def test_an_answer_with_no_positions_has_no_verdict():
    # Not "inga synpunkter": that an answer must say (a note with nothing read in it).
    assert overall_stance([], {}) == ("", "")


def test_the_consultation_praised_is_no_support_of_the_remiss():
    # a longer remisstid welcomed beside criticism throughout: against, not partly
    assert (
        _overall(
            "Det är välkommet att remisstiden förlängdes till fyra månader.",
            "Det är mycket otillfredsställande att förslaget saknar en konsekvensanalys.",
            "Förslaget är olämpligt för handeln.",
            "Skatten i förslaget är felaktigt utformad.",
        )
        == "against"
    )


def test_support_beside_two_criticisms_is_support_with_reservations():
    support = (
        "Exempelförbundet är positivt till förslaget.",
        "Exempelförbundet välkomnar att tillsynen stärks.",
        "Exempelförbundet tillstyrker att avgiften sänks.",
    )
    # more support than criticism, but two parts criticised: partly, as the guide reads it
    assert (
        _overall(
            *support,
            "Analysen av kostnaderna i förslaget är otillräcklig.",
            "Konsekvenserna för kommunerna är inte belysta i förslaget.",
        )
        == "partly"
    )
    # one criticism beside more support is a remark
    assert _overall(*support, "Analysen av kostnaderna i förslaget är otillräcklig.") == "for"
