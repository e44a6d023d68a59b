"""Evaluation in an answer's own words (workbench.answer.evaluation) and what the stance
reader makes of it: words of a verdict in every inflection, the negation that governs each,
views that take the class of what they hold, support and a fault turned in one sentence. All
sentences are written for these tests; none is taken from an answer in the corpus."""

from __future__ import annotations

import pytest

from tests.stance_helpers import sentence_class
from workbench.answer.evaluation import FAULT, GOOD, OPPOSED, evaluations


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.phrase) for e in evaluations(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a verdict in its inflections: -t, -a, -samma, -ad/-at/-ade
        ("Modellen är bekymmersam för förslaget.", [(FAULT, "bekymmersam")]),
        ("Förslagen är problematiska.", [(FAULT, "problematiska")]),
        ("Beskrivningarna är knapphändiga.", [(FAULT, "knapphändiga")]),
        ("Förslaget är väl genomarbetat.", [(GOOD, "väl genomarbetat")]),
        ("Utredningen är gedigen.", [(GOOD, "gedigen")]),
        # a word of a good verdict negated finds fault, the negator in the phrase
        ("Ordningen är inte rimlig.", [(FAULT, "inte rimlig")]),
        ("Förslaget är knappast genomförbart.", [(FAULT, "knappast genomförbart")]),
        (
            "Förslaget är varken genomtänkt eller förankrat.",
            [(FAULT, "varken genomtänkt eller förankrat")],
        ),
        # adequacy judges only when negated
        ("Åtgärden är förenlig med lagen.", []),
        ("Konsekvenserna för planen är knappast belysta.", [(FAULT, "knappast belysta")]),
        ("Förslaget lämnas utan någon analys.", [(FAULT, "utan någon analys")]),
        # a negated fault says nothing; a lack denied neither
        ("Förslaget är inte olämpligt.", []),
        ("Det saknas inte underlag för förslaget.", []),
        # "inte bara", "inte minst" do not negate
        ("Förslaget är inte bara rimligt utan också klokt.", [(GOOD, "rimligt")]),
        # a verb of good denied, after the verb or before it
        ("Förslaget löser inte problemen.", [(FAULT, "löser inte")]),
        ("Vi menar att förslaget knappast stärker skyddet.", [(FAULT, "knappast stärker")]),
        # acceptance denied is opposition, in any voice
        ("Planen kan aldrig accepteras.", [(OPPOSED, "aldrig accepteras")]),
        ("Vi har svårt att godta förslaget.", [(OPPOSED, "svårt att godta")]),
    ],
)
def test_evaluations_and_their_negation(text, found):
    assert _kinds(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a noun of a fault said of the remiss, or predicated
        ("Förslaget innebär en försvagning av skyddet.", [(FAULT, "försvagning")]),
        ("Att ta bort kravet vore ett misstag.", [(FAULT, "misstag")]),
        ("Handlingen kom med av misstag.", []),
        ("Delbetänkandet är en stor besvikelse.", [(FAULT, "besvikelse")]),
        ("Förslaget vore ett bakslag för friluftslivet.", [(FAULT, "bakslag")]),
        ("Besvikelsen var stor när laget förlorade.", []),
        # a hazard is a fault only as what the proposal brings, or a risk of what follows
        ("Förslaget innebär en risk för att små aktörer slås ut.", [(FAULT, "risk")]),
        ("Det finns en påtaglig risk att förslaget slår ut små aktörer.", [(FAULT, "risk")]),
        ("Inom planområdet finns risk för översvämning.", []),
        ("Utredningen ger en genomgång av problem i dag.", []),
        # a word of a fault that may be the world's needs the remiss in its sentence
        ("Tyvärr blev svarstiden kort.", []),
        ("Tyvärr tar förslaget ingen hänsyn till landsbygden.", [(FAULT, "Tyvärr")]),
    ],
)
def test_nouns_of_a_fault_need_the_remiss_or_a_frame(text, found):
    assert _kinds(text)[:1] == found


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        ("Förslaget är enligt vår mening problematiskt.", "against"),
        ("Konsekvensbeskrivningen är mycket knapphändig.", "against"),
        ("Förbundet har stora betänkligheter mot förslaget.", "against"),
        ("Förslaget motverkar sitt eget syfte.", "against"),
        ("Detta är inte en rimlig ordning.", "against"),
        ("Den ekonomiska analysen håller inte.", "against"),
        ("Förslaget är ett steg i fel riktning.", "against"),
        ("Planen kan aldrig accepteras i denna form.", "against"),
        ("Förslaget saknar inte förtjänster.", "none"),
        # a view takes the class of what it holds
        ("Kommunen anser att förslaget är väl genomarbetat.", "for"),
        ("Vi bedömer att förslaget kommer att stärka rättssäkerheten.", "for"),
        ("Vi menar att övergångstiden behöver vara minst två år.", "proposal"),
        ("Regionen anser att uppföljningen ska ske varje år.", "proposal"),
        ("Vi anser att förslaget ska avslås.", "against"),
        ("Vi bedömer att kommunen ska kunna klara uppdraget.", "comment"),
        # what ought to be, in the conditional or as a view of it
        ("Det skulle vara värdefullt om tillsynen samordnades.", "proposal"),
        ("Förbundet anser det angeläget att reglerna ses över.", "proposal"),
        ("En tydligare koppling till målen efterfrågas.", "proposal"),
        ("Planen ska kompletteras med en bullerutredning.", "proposal"),
        # a need denied asks for nothing (the remiss telling what it holds: an account)
        ("Förslaget innebär att kommunerna inte längre behöver söka tillstånd.", "neutral"),
        # no reason to oppose is support; a reflexive in every person
        ("Förbundet ser inga skäl att motsätta sig förslaget.", "for"),
        ("Vi avstår från att yttra oss.", "none"),
    ],
)
def test_the_reader_on_evaluations_and_views(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # support and a fault turned in one sentence are partial support, either order
        ("Förslaget är i grunden bra, men analysen av kostnaderna är otillräcklig.", "partly"),
        ("Analysen av förslaget är bristfällig, men inriktningen är rimlig.", "partly"),
        ("Vi är positiva till syftet men tveksamma till den valda modellen.", "partly"),
        # a concession without a turn leaves the main clause's fault standing
        ("Även om syftet är bra är förslaget ogenomtänkt.", "against"),
        # in two sentences each is read for itself (the answer reader splits them)
        ("Analysen i förslaget är otillräcklig.", "against"),
    ],
)
def test_a_turn_within_a_sentence(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # harm done and losses, said of any consequence
        ("Strandängarna påverkas negativt.", "against"),
        ("Planen leder till en förlust av värdefulla gröna ytor.", "against"),
        # what is now found good enough opposes the change
        ("Nuvarande regler räcker för att hantera frågan.", "against"),
        ("Dagens ordning fungerar väl.", "against"),
        # praise in "väl" and a participle
        ("Vi anser att remissen är väl genomförd.", "for"),
        # a view in a noun phrase, hope, dislike, an alternative, rejection of a part
        ("Förbundet gör bedömningen att förslaget stärker tillsynen.", "for"),
        ("Vi hoppas att regeringen återkommer med ett nytt förslag.", "proposal"),
        ("Föreningen ogillar förslaget om avgifter.", "against"),
        ("Parkeringen kan i stället förläggas norr om skolan.", "proposal"),
        ("Miljökonsekvensbeskrivningen bör underkännas.", "against"),
        ("Bevara skogsdungen vid ån.", "proposal"),
        # a verb of saying after "vill" tells, asks nothing: a remark, as "vill påpeka" is
        ("Vi vill även nämna att många medlemmar redan har tillstånd.", "comment"),
        # the answering itself in the past tense
        ("I mars lämnade föreningen in sitt yttrande till kommunen.", "neutral"),
        # a good verdict negated, "inte alltid"
        ("Samrådet med förbundet har inte alltid varit tillfredsställande.", "against"),
        # "utan" opening a condition lacks nothing
        ("Utan ett tydligt uppdrag tappar bolagen sin roll.", "none"),
    ],
)
def test_harm_status_quo_and_more_forms(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # the proposal carried out, asked for with the proposal as subject, is support
        ("Förslaget är välmotiverat och bör genomföras.", "for"),
        # what the remiss finds wrong with what is now is no criticism of the remiss
        ("Utredningen pekar på flera brister i dagens system.", "none"),
        # harm in the conditional and in particle verbs, doubt of the point of it
        ("Förslaget skulle slå hårt mot de små kommunerna.", "against"),
        ("Den föreslagna vägen skulle skära av ett strövområde.", "against"),
        ("Det nya huset passar inte in i den befintliga miljön enligt planen.", "against"),
        ("Vi har svårt att se nyttan med förslaget.", "against"),
        ("Förslaget innebär ett stort avsteg från likabehandlingsprincipen.", "against"),
        ("Vi skulle vilja att regeringen tillsätter en utredning.", "proposal"),
    ],
)
def test_carrying_out_and_harm_in_other_forms(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    "text",
    [
        # a fault reduced or aimed at is no fault found
        "Förslaget syftar till att minska de negativa effekterna av buller.",
        "Åtgärderna ska motverka negativa följder för de boende.",
        "Reformen har som mål att komma till rätta med bristande samordning.",
    ],
)
def test_a_fault_undone_is_none(text):
    # no fault found: no stand, or (the remiss telling what it aims at) an account of it
    assert sentence_class(text) in ("none", "neutral")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # against the law and wrongs done: a verdict wherever it stands
        ("Det är olagligt att bygga så nära stranden.", [(FAULT, "olagligt")]),
        ("Detta är ett övergrepp mot de boende.", [(FAULT, "övergrepp")]),
        (
            "Ingreppet är såpass ingripande att det inte kan motiveras.",
            [(FAULT, "såpass ingripande")],
        ),
        # harm in the conditional is said of what is proposed, not of the world as it is
        (
            "Att bygga en väg genom reservatet vore förödande för naturvärdena.",
            [(FAULT, "förödande")],
        ),
        ("Läget för ålen är allvarligt.", []),
        # a lack: predicated or in the remiss's parts; a shortage in the world is none
        ("Underlaget saknar en karta, vilket vi anser är en stor brist.", [(FAULT, "brist")]),
        ("Bristen i underlaget är att bullret inte redovisas.", [(FAULT, "Bristen")]),
        ("I avsaknad av detaljplan gäller de allmänna bestämmelserna.", []),
        # suffering, failing, breaching, said of the remiss
        ("Planförslaget lider starkt av bristen på en helhetssyn.", [(FAULT, "lider starkt av")]),
        ("Planen lider inte av några brister.", []),
        ("Ålen lider av vandringshinder i ån.", []),
        ("Utredningen misslyckas med att visa behovet.", [(FAULT, "misslyckas")]),
        ("Planen lyckas inte skydda grönområdet.", [(FAULT, "lyckas inte")]),
        ("Planen bryter mot riksintresset.", [(FAULT, "bryter mot")]),
        ("Den som bryter mot reglerna ska straffas.", []),
        # a risk or a threat as what the proposal brings
        ("Risken är att området förlorar sin karaktär.", [(FAULT, "Risken är att")]),
        ("Risken är att klimatet blir varmare om vi inte agerar.", []),
        ("Det finns stora hot mot naturvärdena om förslaget genomförs.", [(FAULT, "hot")]),
        ("Det finns många hot mot ålen, till exempel vandringshinder.", []),
        # praise of the work in an attribute, and another's judgement agreed with
        ("Planbeskrivningen ger en bra redogörelse för naturvärdena.", [(GOOD, "bra redogörelse")]),
        ("Kommunen har med all rätt lyft fram behovet.", [(GOOD, "med all rätt")]),
        # praise negated finds fault
        (
            "Planbeskrivningen ger ingen tydlig beskrivning av naturvärdena.",
            [(FAULT, "ingen tydlig beskrivning")],
        ),
    ],
)
def test_criticism_and_praise_without_a_stance_verb(text, found):
    assert _kinds(text) == found


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        ("Det är olagligt att bygga så nära stranden.", "against"),
        ("Förslaget skulle bli förödande för de små företagen.", "against"),
        ("Förslaget försvåras av att uppgifter saknas.", "against"),
        ("Övergrepp mot barn är ett allvarligt brott.", "none"),
        ("Bolaget lyckades inte sälja fastigheten.", "none"),
        ("Förslaget är en bra lösning på problemet.", "for"),
        ("Planbeskrivningen ger ingen bra redogörelse för naturvärdena.", "against"),
        ("Föreningen ser inte positivt på att kommunen bygger i parken.", "against"),
        # the remiss quoted or reported is no verdict of the answer's
        ("Utredningen konstaterar att dagens ordning är olaglig.", "neutral"),
        ("Enligt planbeskrivningen vore det förödande för handeln om inget byggs.", "neutral"),
        # a demand that the remiss be done again, or another way studied, opposes it; a
        # change named in it is a proposal
        ("Vi yrkar på att detaljplanen revideras.", "against"),
        ("Föreningen kräver att planförslaget omarbetas.", "against"),
        ("Utred alternativ!", "against"),
        ("Kommunen bör utreda alternativa lokaliseringar.", "against"),
        ("Vi yrkar på att detaljplanen revideras så att husen blir lägre.", "proposal"),
        # … reworked in the light of the objections, the plan named with its place
        (
            "Vi yrkar på att detaljplanen för Sjövik norra revideras med hänsyn till våra "
            "invändningar.",
            "against",
        ),
        ("Vi yrkar på att detaljplanen revideras med avseende på parkeringen.", "proposal"),
        ("Kommunen bör utreda alternativa tekniska lösningar för dagvattnet.", "proposal"),
    ],
)
def test_the_reader_on_criticism_without_a_stance_verb(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # reasons to reject, the remiss gone against, the wrong way round, loose grounds
        ("Den korta övergångstiden är ännu ett skäl för avslag.", "against"),
        ("Mycket talar emot förslaget.", "against"),
        (
            "Vi anser, till skillnad från utredningen, att tillsynen ska ligga kvar hos länen.",
            "against",
        ),
        ("Nu görs arbetet med planen i omvänd ordning.", "against"),
        ("Förslaget bygger på lösa antaganden om trafiken.", "against"),
        ("Så får man inte hantera människors sparpengar.", "against"),
        ("Vi menar att utredningen underskattar kostnaderna för kommunerna.", "against"),
        ("Slutsatsen speglar varken lagtexten eller förarbetena till förslaget.", "against"),
        ("Underlaget för planen är förlegat.", "against"),
        # negatives: no reason to reject, the world, a way of doing approved
        ("Det finns inget skäl för avslag.", "none"),
        ("Vädret talar emot en tidig sådd.", "none"),
        ("Så kan man göra.", "none"),
        ("Sjön speglar himlen.", "none"),
    ],
)
def test_reasons_against_and_the_wrong_way(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # harm at the cost of something, a breach, a gap, praise of the work done
        ("Förslaget sker på bekostnad av de boendes trygghet.", "against"),
        ("Planen går ut över friluftslivet.", "against"),
        ("Förslaget är i strid med barnkonventionen.", "against"),
        ("Förslaget är inte i linje med de nationella målen.", "against"),
        ("Det finns luckor i underlaget för planen.", "against"),
        ("Den föreslagna regeln är tandlös.", "against"),
        ("Utredningen har gjort ett gott arbete.", "for"),
        # the world, and agreement, are no criticism
        ("Ett barn föddes i strid med alla odds.", "none"),
        ("Förslaget ligger i linje med målen.", "none"),
        ("Det finns luckor i staketet runt hagen.", "none"),
    ],
)
def test_harm_at_a_cost_breaches_and_gaps(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the remiss contradicted, the answerer's dismay at it
        ("Men utredningens egna experter säger motsatsen.", [(FAULT, "säger motsatsen")]),
        ("Erfarenheten visar inte motsatsen.", []),
        ("Stor blev förvåningen över de tama förslagen i utredningen.", [(FAULT, "förvåningen")]),
        ("Förvåningen var stor när laget vann.", []),
    ],
)
def test_the_remiss_contradicted_and_dismay(text, found):
    assert _kinds(text) == found


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # a verdict without its copula at a sentence's start, praise of what follows
        ("Bra att kommunen har tagit fram en plan för grönområdena.", "for"),
        ("- Positivt med fler cykelbanor i planen.", "for"),
        ("Synd att planen inte tar hänsyn till alléen.", "against"),
        ("Det är lovvärt att utredningen tar ett helhetsgrepp.", "for"),
        # not at a sentence's start, negated, or asking: no praise
        ("Vi vet att bra att ha är en bok.", "none"),
        ("Det är inte lovvärt att utredningen bortser från landsbygden.", "against"),
        ("Det är nödvändigt att kommunen utreder trafiken.", "proposal"),
    ],
)
def test_praise_and_regret_said_short(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # harm foreseen that follows from the remiss or what it brings: a fault
        ("De nya husen kommer att skugga grannarnas trädgårdar under eftermiddagen.", "against"),
        ("Om planen antas kommer en av ortens sista ängar att försvinna.", "against"),
        ("Förslaget riskerar att slå undan benen för de små föreningarna.", "against"),
        ("Förslaget skulle öka den administrativa bördan för kommunerna.", "against"),
        # the same harm of the world, with nothing of the remiss, is no fault of it
        ("Många arter kommer att drabbas om klimatet blir varmare.", "none"),
        # harm denied is none
        ("Utbyggnaden kommer inte att skugga någon tomt.", "none"),
    ],
)
def test_harm_foreseen_from_the_remiss_is_a_fault(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # what would follow, in the conditional: the answerer's prospect of the proposal
        ("Detta skulle innebära att eleverna får en farligare skolväg.", "against"),
        ("Ett bygge skulle innebära att ett omtyckt strövområde går förlorat.", "against"),
        # harm in the present with what the remiss brings, a nuisance suffered
        ("Med den planerade vägen försvinner den sista ängen i byn.", "against"),
        ("Grannarna kommer att drabbas av ökat buller från lastbilarna.", "against"),
        ("Husen blir för dominerande i landskapet.", "against"),
        # the same verbs with nothing of the remiss are no fault of it
        ("Isen försvinner tidigare på våren nu för tiden.", "none"),
    ],
)
def test_harm_in_the_conditional_and_with_what_the_remiss_brings(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        ("Vi ser en uppenbar risk att skyddet för ån försvagas.", "against"),
        ("Förslaget går stick i stäv med lagens syfte.", "against"),
        # a risk named with no harm told after it and nothing of the remiss: none
        ("Det finns risk för halka i vinter.", "none"),
    ],
)
def test_a_risk_seen_with_its_harm_and_going_against_the_law(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a document hard to read or follow, in its inflections
        ("Samrådshandlingen är svårläst.", [(FAULT, "svårläst")]),
        (
            "Bilagorna till förslaget är svårlästa och ostrukturerade.",
            [
                (FAULT, "svårlästa"),
                (FAULT, "ostrukturerade"),
            ],
        ),
        (
            "Promemorian är svårtillgänglig för den som inte är jurist.",
            [
                (FAULT, "svårtillgänglig"),
            ],
        ),
        ("Kartorna i planen är plottriga.", [(FAULT, "plottriga")]),
        ("Betänkandets upplägg är förvirrande.", [(FAULT, "förvirrande")]),
        ("Redovisningen av kostnaderna är svåröverskådlig.", [(FAULT, "svåröverskådlig")]),
        # negated, no fault; of a place, not of the remiss, none
        ("Planbeskrivningen är inte svårläst.", []),
        ("Rapporten är varken rörig eller svårtillgänglig.", []),
        ("Fjällstugan är svårtillgänglig vintertid.", []),
        ("Rusningstrafiken vid stationen är förvirrande.", []),
        # a possibility, a right or a room curtailed by the remiss
        (
            "Förslaget begränsar möjligheten att driva en liten skola.",
            [
                (FAULT, "begränsar möjligheten"),
            ],
        ),
        (
            "Lagförslaget minskar kraftigt kommunernas handlingsutrymme.",
            [
                (FAULT, "minskar kraftigt kommunernas handlingsutrymme"),
            ],
        ),
        (
            "Med promemorians regel har rätten att överklaga i praktiken tagits bort.",
            [
                (FAULT, "rätten att överklaga i praktiken tagits bort"),
            ],
        ),
        (
            "Genom utredningens modell har utrymmet för lokala lösningar begränsats.",
            [
                (FAULT, "utrymmet för lokala lösningar begränsats"),
            ],
        ),
        # denied, a possibility of a wrong, the answerer's own scope, or no remiss: none
        ("Förslaget begränsar inte möjligheten att driva en liten skola.", []),
        ("Möjligheten att fiska i sjön begränsas inte av planen.", []),
        ("Förslaget begränsar möjligheten till fusk med bidragen.", []),
        ("Vi begränsar vårt yttrande till avsnitt 4.", []),
        ("Stormen begränsade möjligheten att ta sig fram på vägarna.", []),
        # a burden put on those the remiss is for, denied
        (
            "Det är inte läsarens uppgift leta upp kartorna i bilagorna.",
            [
                (FAULT, "är inte läsarens uppgift"),
            ],
        ),
        (
            "Det kan inte vara de boendes ansvar att bekosta vägen.",
            [
                (FAULT, "inte vara de boendes ansvar"),
            ],
        ),
        ("Det är läsarens uppgift att bilda sig en uppfattning.", []),
        # a good denied in "inte i närheten av", a breach said with "mot"
        (
            "Förslagen är inte i närheten av att lösa bristen på lärare.",
            [
                (FAULT, "inte i närheten av att lösa"),
            ],
        ),
        ("Skolan ligger i närheten av parken och löser sitt behov av ytor där.", []),
        (
            "Planens slutsats står i strid mot den egna miljöbedömningen.",
            [
                (FAULT, "i strid mot"),
            ],
        ),
    ],
)
def test_hard_to_read_curtailed_and_burdens_denied(text, found):
    assert _kinds(text) == found


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        ("Underlaget till planen är svårläst och plottrigt.", "against"),
        ("Förslaget inskränker enskildas möjligheter att påverka.", "against"),
        ("Med förslaget har möjligheten att överklaga kraftigt begränsats.", "against"),
        ("Vi menar att utredningens förslag inte är i närheten av att lösa problemen.", "against"),
        ("Täta byggen innebär redan stora hot mot ängen, och förslaget ökar dem.", "against"),
        # negated, or said of the world: no criticism
        ("Underlaget till planen är inte svårläst.", "none"),
        ("Stigen upp till toppen är svårtillgänglig.", "none"),
        ("Planen begränsar möjligheten till nedskräpning vid stranden.", "none"),
    ],
)
def test_the_reader_on_hard_to_read_and_curtailed(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a picture of the remiss painted false
        (
            "Kommunen har fått det att verka som om bullret minskar med planen.",
            [
                (FAULT, "fått det att verka som"),
            ],
        ),
        ("Utredningen ger sken av att alla kostnader är kända.", [(FAULT, "ger sken av")]),
        ("Vi vill inte få det att låta som om vi är emot planen.", []),
        # what is now found balanced, against its change
        (
            "Dagens ordning innebär en väl avvägd balans mellan intressena.",
            [
                (OPPOSED, "Dagens ordning innebär en väl avvägd"),
            ],
        ),
        ("Nuvarande regler är rimliga.", [(OPPOSED, "Nuvarande regler är rimliga")]),
        ("Nuvarande regler är inte rimliga.", [(FAULT, "inte rimliga")]),
        # a good only judged when denied: "önskvärd"
        ("En sådan utveckling av stadsdelen är inte önskvärd.", [(FAULT, "inte önskvärd")]),
        # a place cut off in the passive
        ("Gångstråket skärs av från skogen med planen.", [(FAULT, "skärs av")]),
        ("Gångstråket skärs inte av med planen.", []),
    ],
)
def test_a_false_picture_what_is_kept_and_a_place_cut_off(text, found):
    assert _kinds(text) == found


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # another way studied for the remiss, with what it should keep
        ("Utred alternativ som sparar ekarna i parken!", "against"),
        ("Planbeskrivningen ger sken av att trafiken inte ökar.", "against"),
        ("Det är önskvärt att kommunen utreder frågan.", "proposal"),
    ],
)
def test_the_reader_on_a_false_picture_and_another_way(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a reason or a remedy dismissed, predicated
        (
            "Att utsläppen är små jämfört med hela sjöns är inget argument.",
            [
                (FAULT, "är inget argument"),
            ],
        ),
        (
            "Fler parkeringsplatser i planen är ingen hållbar lösning.",
            [
                (FAULT, "är ingen hållbar lösning"),
            ],
        ),
        # denying a reason to oppose supports; a lack of a solution in the world is none
        ("Kostnaden är inget skäl att avstå från förslaget.", []),
        ("Det är inget argument mot planen.", []),
        ("Det finns ingen enkel lösning på klimatfrågan.", []),
        # a burden refused by those who would bear it
        (
            "Om gatan breddas ska det inte vara vi som redan bor här som betalar.",
            [
                (FAULT, "inte vara vi som redan bor här som betalar"),
            ],
        ),
        ("Det ska vara vi som betalar för vägen.", []),
    ],
)
def test_a_reason_dismissed_and_a_burden_refused(text, found):
    assert _kinds(text) == found


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # a lack today of what the remiss brings is a fault of it; of the place alone, none
        ("I dag finns ingen godtagbar lösning för trafiken till den nya bebyggelsen.", "against"),
        ("I dag finns ingen godtagbar lösning för trafiken i byn.", "none"),
    ],
)
def test_a_lack_today_of_what_the_remiss_brings(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # vague, skewed, fragmented, needless: of the remiss, not negated
        ("Definitionen av tätort i förslaget är luddig.", [(FAULT, "luddig")]),
        ("Betänkandets slutsatser vilar på ett skevt urval av studier.", [(FAULT, "skevt")]),
        ("Redovisningen av alternativen är fragmentarisk.", [(FAULT, "fragmentarisk")]),
        ("Regeln i promemorian bygger i onödan in en ny prövning.", [(FAULT, "i onödan")]),
        ("Förslaget leder till en inlåsning av marken för lång tid.", [(FAULT, "inlåsning")]),
        ("Motiveringen i förslaget är inte vag.", []),
        ("Hon mindes vagt sommaren vid sjön.", []),
        ("Vi vill undvika inlåsningseffekter i planen.", []),
        # what the remiss does, disapproved in a relative clause
        (
            "Planen leder dagvattnet direkt till ån, vilket bör undvikas.",
            [
                (FAULT, "vilket bör undvikas"),
            ],
        ),
        (
            "Förslaget tillåter bygglov utan prövning, vilket inte bör ske.",
            [
                (FAULT, "vilket inte bör ske"),
            ],
        ),
        ("Stigen går över mossen, vilket bör undvikas.", []),
    ],
)
def test_vague_skewed_needless_and_to_be_avoided(text, found):
    assert _kinds(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a thing made hard or impossible by the remiss or one of its measures
        (
            "Kravet gör det omöjligt för små föreningar att söka bidrag.",
            [
                (FAULT, "gör det omöjligt för små föreningar att"),
            ],
        ),
        (
            "Promemorians regel skulle göra det betydligt dyrare att driva en gård.",
            [
                (FAULT, "skulle göra det betydligt dyrare att"),
            ],
        ),
        ("Förslaget gör det inte svårare för företagen att anställa.", []),
        ("Regeln i förslaget gör det svårare att fuska med intygen.", []),
        ("Snön gör det svårt att ta sig fram på vägen.", []),
        # what was not taken into account, the negator a few words before
        (
            "Vi menar att utredningen inte tycks ha tagit i beaktande de små skolornas villkor.",
            [
                (FAULT, "inte tycks ha tagit i beaktande"),
            ],
        ),
        ("Utredningen har tagit i beaktande de små skolornas villkor.", []),
    ],
)
def test_made_hard_and_not_taken_into_account(text, found):
    assert _kinds(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # dismay in the passive of a verb of feeling, at what the remiss does
        (
            "Vi förvånas över att promemorian inte nämner de små skolorna.",
            [
                (FAULT, "förvånas över"),
            ],
        ),
        (
            "Föreningen oroas starkt av förslagets följder för fisket.",
            [
                (FAULT, "oroas starkt av"),
            ],
        ),
        ("Vi oroas inte över förslaget.", []),
        ("Vi oroas över torkan i södra Sverige.", []),
        # what it leaves wanting, a step back, a stroke in the air
        (
            "Planens trafikutredning lämnar en hel del övrigt att önska.",
            [
                (FAULT, "lämnar en hel del övrigt att önska"),
            ],
        ),
        (
            "Förslaget är ett tydligt steg tillbaka för strandskyddet.",
            [
                (FAULT, "ett tydligt steg tillbaka"),
            ],
        ),
        ("Utredningens modell är ett slag i luften.", [(FAULT, "slag i luften")]),
        ("Barnet tog ett steg tillbaka från kanten.", []),
        # missed and limping, said of the remiss; a level measured is none
        ("Utredningen har missat hur pendlarna reser.", [(FAULT, "missat")]),
        ("Resonemanget i planen haltar.", [(FAULT, "haltar")]),
        ("Halten av fosfor i ån är hög.", []),
    ],
)
def test_dismay_wanting_and_a_step_back(text, found):
    assert _kinds(text) == found


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # a verb of good affirmed of the remiss or its proposals is support
        ("Förslaget förenklar ansökan om bygglov för de enskilda.", "for"),
        ("Lagförslaget stärker skyddet för barn i familjehem.", "for"),
        ("De föreslagna ändringarna underlättar planeringen av kollektivtrafiken.", "for"),
        ("Förslagen i promemorian bidrar till en mer likvärdig tillsyn.", "for"),
        ("Reformen kan bidra till kortare väntetider i sjukvården.", "for"),
        ("Därmed främjar förslaget en effektivare resursanvändning.", "for"),
        ("Promemorian tydliggör rollfördelningen mellan stat och region.", "for"),
        ("Den nya regleringen minskar den administrativa bördan för föreningarna.", "for"),
        ("Detta underlättar uppföljningen av skolornas arbete.", "for"),
        # a gain brought and a good picture given, of the remiss
        ("Förslaget ger ökad förutsebarhet för fastighetsägarna.", "for"),
        ("Planförslaget skapar goda förutsättningar för ett tryggt stationsområde.", "for"),
        ("Rapporten ger en tydlig bild av läget i skärgården.", "for"),
        ("Kartläggningen ger en bra bild av problemen i skärgården.", "for"),
        ("Förslaget stärker skyddet mot buller i bostäderna.", "for"),
        # the same verbs of the world, of another's view, in a purpose, a wish or a
        # requirement are no support
        ("Cykelbanan underlättar för de boende att ta sig till skolan.", "none"),
        ("Statistiken ger en bra bild av antalet anmälningar.", "none"),
        ("Utredningen bedömer att förslaget stärker rättssäkerheten i asylprocessen.", "neutral"),
        ("Handlingsplanen syftar till att förbättra vattenkvaliteten i sjön.", "neutral"),
        ("Förslaget bör förenkla handläggningen av ärendena.", "proposal"),
        ("Förslaget ska stärka samarbetet mellan skola och socialtjänst.", "none"),
        # nor a harm it brings: what a verb of good brings decides
        ("Förslaget bidrar till ökade kostnader för småföretagen.", "none"),
        ("Förslaget stärker de största bolagens ställning på marknaden.", "none"),
        # a negation keeps its fault reading
        ("Förslaget förenklar inte handläggningen för de sökande.", "against"),
        ("Lagförslaget bidrar knappast till en mer likvärdig tillsyn.", "against"),
    ],
)
def test_good_done_affirmed_of_the_remiss(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # adjectives and nouns of praise said of the remiss
        ("Vägledningen är mycket användbar för handläggarna.", "for"),
        ("Betänkandet är välunderbyggt och lättläst.", "for"),
        ("Kunskapsöversikten utgör ett välkommet kunskapstillskott.", "for"),
        ("Rapporten är ett användbart verktyg i kommunernas planering.", "for"),
        # the work done well, said after its verb and object
        ("Utredningen har motiverat sina slutsatser väl.", "for"),
        ("Promemorian beskriver på ett pedagogiskt sätt hur avgifterna räknas.", "for"),
        ("Utredningen beskriver väl de svårigheter som tillsynen möter.", "for"),
        # not: the world's contribution, the answerer's own work, a possibility granted
        ("Ideella krafter är ett värdefullt bidrag till idrottslivet.", "none"),
        ("Vi har redovisat våra erfarenheter väl i tidigare yttranden.", "none"),
        ("Rapporten kan vara användbar men behöver uppdateras med nya siffror.", "proposal"),
        ("Utredningen har inte underbyggt slutsatserna väl.", "against"),
    ],
)
def test_praise_of_the_remiss_in_adjectives_nouns_and_manner(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(
    ("text", "stance_class"),
    [
        # good done after "har", a gain given to someone, the answerer's view leading it
        ("Utredningen har lyckats väl med att kartlägga behoven.", "for"),
        ("Förslaget ger regionerna bättre förutsättningar att samverka.", "for"),
        ("Vi ser att förslaget kommer att bidra till en tryggare arbetsmiljö.", "for"),
        ("Förslaget löser flera av de problem som tillsynen har i dag.", "for"),
        # the right way, a need or a gap filled, a quality held: of the remiss, not the world
        ("Promemorian går i rätt riktning.", "for"),
        ("Vinden går i rätt riktning för oss seglare.", "none"),
        ("Förslaget går inte i rätt riktning.", "against"),
        ("Rapporten fyller en lucka i kunskapen om kustfisket.", "for"),
        ("Betänkandet håller genomgående hög kvalitet.", "for"),
        ("Dricksvattnet håller hög kvalitet.", "none"),
        ("Rapporten håller inte tillräckligt hög kvalitet.", "against"),
        # praise in a noun of a means, a participle after "väl", coordinated adjectives
        ("Förslaget är ett klokt sätt att minska matsvinnet.", "for"),
        ("Det vore ett bra komplement om kommunen byggde fler laddplatser.", "none"),
        ("Förslagen är väl förankrade hos näringen.", "for"),
        ("Vägledningen är tydlig och lättläst.", "for"),
        ("Vägledningen är inte tydlig och lättläst.", "against"),
        # a measure named in an "att"-clause as the subject of good done; not a state of the
        # world, nor the measure asked for
        ("Att samla tillsynen hos en myndighet förenklar för företagen.", "for"),
        ("Att ha nära till skog och mark stärker folkhälsan.", "none"),
        ("Att samla tillsynen hos en myndighet skulle förenkla för företagen.", "none"),
    ],
)
def test_more_praise_of_the_remiss(text, stance_class):
    assert sentence_class(text) == stance_class
