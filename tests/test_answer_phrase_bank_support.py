"""A phrase bank for the supportive and the uncommitted stance classes (for, partly, none,
neutral), written from general Swedish administrative usage before the reader's vocabulary was
looked at: the sentences are not taken from any answer in the corpus, and they vary the subject
(Vi, Kommunen, Nämnden, Region X …), the word order (passives, inverted clauses) and the adverbs
between the words, so that the reader is held to the language and not to the answers it was
tuned on. Each class is listed in README "The stance classes"; the negation traps keep support
and no views apart from their negated forms."""

from __future__ import annotations

import pytest

from tests.stance_helpers import sentence_class


def gap(entry, reason: str):
    """A sentence the reader does not yet read right (its class is the bank's, not the
    reader's), kept as a strict xfail with why: `entry` a text, or a (text, class) pair."""
    return ("gap", entry, reason)


FOR = [
    "Kommunen tillstyrker förslaget om en gemensam regional cykelstrategi.",
    "Förbundet ställer sig bakom utredningens förslag till ny lag om kommunal samverkan.",
    "Nämnden stöder förslaget att inrätta en nationell samordningsfunktion.",
    "Vi stödjer förslaget om att förlänga övergångsperioden till fem år.",
    "Region Skåne välkomnar att regeringen tar ett samlat grepp om kompetensförsörjningen.",
    "Länsstyrelsen ser positivt på att ansvaret för tillsynen förtydligas.",
    "Myndigheten är positiv till förslaget om en digital ansökan om bygglov.",
    "Styrelsen delar utredningens bedömning att det behövs en tydligare statlig styrning.",
    "Vi delar uppfattningen att kommunerna behöver bättre förutsättningar att planera bostäder.",
    "Förbundet instämmer i utredarens analys av problemen på arbetsmarknaden.",
    "Kommunen har ingen invändning mot förslaget.",
    "Nämnden har inget att erinra mot de föreslagna ändringarna i förordningen.",
    "Region Uppsala godtar förslaget om ändrade ersättningsnivåer.",
    "Vi kan acceptera den föreslagna tidplanen för införandet.",
    "Förbundet ansluter sig till de bedömningar som görs i promemorian.",
    "Myndigheten biträder förslaget.",
    "Det är bra att promemorian föreslår en enhetlig definition av begreppet hemlöshet.",
    "Det är välkommet att utredningen föreslår ett statligt stöd till skolor på landsbygden.",
    "Det är angeläget att förslaget om förenklade regler för småföretag genomförs.",
    "Kommunen ser fram emot att förslagen genomförs.",
    "Styrelsen hälsar med tillfredsställelse att utredningen tar tillvara barnens perspektiv.",
    "Vi anser att förslaget är väl avvägt.",
    "Förslaget att sänka åldersgränsen för körkort tillstyrks.",
    "Förslaget om samordnad upphandling av skolskjuts tillstyrks av kommunen.",
    "Sammantaget ser vi positivt på de förslag som lämnas i betänkandet.",
    "Kommunen ställer sig därför bakom förslaget i dess helhet.",
    "Länsstyrelsen tillstyrker således promemorians förslag.",
    "Vi har inga invändningar mot förslaget om en ändrad ansvarsfördelning.",
    "Nämnden har inte några invändningar mot den föreslagna regleringen.",
    "Förbundet har inget att invända mot att tillsynen samordnas.",
    "Regionen välkomnar varmt förslaget om en nationell plan för vårdens kompetensförsörjning.",
    "Kommunen är mycket positiv till att staten tar ett större ansvar för finansieringen.",
    "Vi stöder helhjärtat utredningens förslag.",
    "Förbundet ställer sig positivt till förslaget om en utökad rätt till ledighet för studier.",
    "Styrelsen anser att förslaget bör genomföras.",
    "Utredningens förslag om en ny myndighet för digital förvaltning får vårt fulla stöd.",
    "Region Västra Götaland instämmer i promemorians slutsatser.",
    "Förbundet delar helt utredningens syn på behovet av en nationell strategi.",
    "Nämnden tillstyrker förslaget utan invändningar.",
    "Det är positivt att förslaget ger kommunerna större flexibilitet i planeringen.",
    "Vi välkomnar särskilt förslaget om ett förstärkt skydd för visselblåsare.",
    "Kommunstyrelsen ställer sig positiv till remissens förslag.",
    "Förslaget välkomnas.",
    "Förslagen i promemorian stöds av förbundet.",
    "Länsstyrelsen finner förslaget ändamålsenligt och tillstyrker det.",
    "Vi tycker att det är ett bra förslag.",
    "Förbundet kan ställa sig bakom förslaget.",
    "Liksom utredningen anser vi att den nuvarande ordningen bör behållas.",
    "Regionen vill uttrycka sitt stöd för förslaget om en utbyggd kollektivtrafik.",
    "Vi är överens med utredningen om att ansvaret bör ligga hos staten.",
    "Utredningen är grundlig och väl genomarbetad.",
    "Myndigheten tillstyrker också förslaget om ändrade regler för dispens.",
]

PARTLY = [
    "Kommunen tillstyrker i huvudsak förslaget.",
    "Förbundet tillstyrker delvis förslagen i promemorian.",
    "Nämnden är i huvudsak positiv till förslaget men har synpunkter på finansieringen.",
    "Vi ställer oss bakom förslaget med vissa reservationer.",
    "Regionen tillstyrker förslaget under förutsättning att staten står för de ökade kostnaderna.",
    "Länsstyrelsen är positiv till förslaget men anser att tidplanen är för snäv.",
    "Förbundet ställer sig i stort sett bakom utredningens förslag.",
    "Myndigheten tillstyrker förslagen med undantag av förslaget om avgifter.",
    "Vi stöder förslaget, men vill samtidigt se att kraven på rapportering minskas.",
    "Kommunen välkomnar förslaget i stort men avstyrker den föreslagna avgiftsmodellen.",
    "Styrelsen delar delvis utredningens bedömning.",
    "Förbundet kan acceptera förslaget förutsatt att övergångstiden förlängs.",
    "Nämnden tillstyrker förslaget med de förbehåll som framgår nedan.",
    "Vi är positiva till de flesta av förslagen.",
    "Kommunen ställer sig bakom huvuddragen i förslaget men har invändningar mot vissa delar.",
    "Region Örebro län stöder förslaget i sak men ifrågasätter tidpunkten för ikraftträdandet.",
    "Förbundet ser positivt på intentionerna i förslaget men anser att det behöver förtydligas.",
    "Länsstyrelsen tillstyrker förslaget, med undantag för den föreslagna ändringen i 5 §.",
    "Vi är i grunden positiva till förslaget, men det finns brister i konsekvensanalysen.",
    "Myndigheten tillstyrker förslaget på villkor att de ekonomiska konsekvenserna utreds vidare.",
    "Nämnden instämmer till stor del i utredningens analys.",
    "Förslaget tillstyrks i huvudsak.",
    "Förslagen tillstyrks med några undantag.",
]

NONE = [
    "Kommunen har inga synpunkter på förslaget.",
    "Förbundet har inget att tillägga.",
    "Nämnden avstår från att yttra sig över remissen.",
    "Myndigheten lämnar inga synpunkter på betänkandet.",
    "Vi har inte något att anföra i ärendet.",
    "Länsstyrelsen har inga ytterligare synpunkter.",
    "Styrelsen avstår från att lämna synpunkter på de delar som rör skolväsendet.",
    "Förbundet har ingen synpunkt på förslaget.",
    "Kommunen har valt att inte yttra sig i ärendet.",
    "Vi har inga kommentarer till förslagen i promemorian.",
    "Remissen föranleder inga synpunkter från nämndens sida.",
    "Nämnden har inga synpunkter på övriga delar av betänkandet.",
    "Förbundet tar inte ställning till förslaget om ändrade skattesatser.",
    "Myndigheten har inte några synpunkter att lämna.",
    "Frågan berör inte kommunens verksamhet och kommunen lämnar därför inga synpunkter.",
    "Vi avstår från att kommentera förslaget om en ny finansieringsmodell.",
]

NEUTRAL = [
    "Remissen omfattar förslag till ändringar i plan- och bygglagen.",
    "Utredningen föreslår att en ny myndighet inrättas den 1 januari 2028.",
    "Vi har tagit del av promemorian.",
    "Ärendet har beretts av miljöförvaltningen.",
    "Kommunstyrelsen föreslås besluta att anta förvaltningens förslag till yttrande.",
    "Förvaltningen har tagit fram ett förslag till yttrande.",
    "Finansdepartementet har gett kommunen möjlighet att yttra sig över betänkandet.",
    "Bakgrunden till förslaget är att EU har antagit ett nytt direktiv om energieffektivitet.",
    "Regionen har 1,4 miljoner invånare och ansvarar för hälso- och sjukvården i länet.",
    "Förbundet organiserar cirka 40 000 medlemmar inom vård och omsorg.",
    "Yttrandet har beslutats av styrelsen den 12 mars 2026.",
    "I promemorian föreslås att reglerna ska träda i kraft den 1 juli 2027.",
    "Enligt förslaget ska kommunerna ansvara för tillsynen.",
    "Beslut i detta ärende har fattats av generaldirektören efter föredragning av juristen.",
    "Paragrafen förklaras omedelbart justerad.",
    "Nämnden har följande synpunkter på förslaget.",
    "Kommunen har beretts tillfälle att yttra sig över rubricerad remiss.",
    "Remissvaret är avgränsat till de delar som berör regionens ansvarsområden.",
    "Länsstyrelsen har i uppdrag att samordna krisberedskapen i länet.",
    "Myndigheten yttrar sig nedan under respektive avsnitt i betänkandet.",
    "Utredningens uppdrag har varit att se över reglerna för bostadstillägg.",
    "Betänkandet innehåller förslag om ett nytt system för statligt stöd till kollektivtrafik.",
    "I handläggningen av ärendet har även handläggaren Anna Berg deltagit.",
    "Synpunkter har inhämtats från socialförvaltningen och utbildningsförvaltningen.",
    "Förvaltningen föreslår att nämnden tillstyrker förslaget.",
    "Kommunledningskontoret föreslår att kommunstyrelsen avger yttrande i enlighet med bilaga 1.",
    "Utredningen bedömer att förslaget inte medför några kostnader för kommunerna.",
    "Förslaget innebär att ansvaret för hemsjukvården förs över till kommunerna.",
    "Promemorian remitterades till kommunen den 3 februari med svar senast den 15 maj.",
    "Nedan följer styrelsens yttrande.",
    "Vi tackar för möjligheten att lämna synpunkter på remissen.",
    "Ärendet har behandlats i kommunens centrala samverkansgrupp.",
    "Protokollsutdrag skickas till Socialdepartementet.",
    "Förbundet är en ideell organisation som verkar för en bättre folkhälsa.",
    # a joint answer of others adopted (the guide's twelfth round, reported)
    "Kommunen ställer sig bakom det gemensamma yttrandet från länets kommuner.",
]

# Negated support is opposition, negated objection is support; a Swedish reader reads
# understatement ("inte negativa till") as mild support.
NEGATION_TRAPS = [
    ("Kommunen kan inte tillstyrka förslaget i dess nuvarande utformning.", "against"),
    ("Nämnden ställer sig inte bakom utredningens förslag.", "against"),
    ("Vi delar inte utredningens bedömning att reformen blir kostnadsneutral.", "against"),
    ("Förbundet kan inte acceptera den föreslagna nedskärningen av anslaget.", "against"),
    ("Regionen är inte positiv till förslaget om en ny avgift.", "against"),
    ("Vi är inte negativa till förslaget.", "for"),
    ("Vi ser inga skäl att motsätta oss förslaget.", "for"),
    ("Kommunen har inget emot att tillsynen samordnas regionalt.", "for"),
    ("Länsstyrelsen har inte något att invända mot förslaget.", "for"),
    ("Myndigheten motsätter sig inte förslaget.", "for"),
]

# Written with the fixes, after the blind run (not counted in its score): the edges of the
# rules the bank's misses led to.
WITH_THE_FIXES = [
    ("Vi är inte emot förslaget.", "for"),
    ("Förbundet är inte främmande för en sådan ordning.", "for"),
    # litotes before a "men" only concedes; the turn carries the stand
    (
        "Vi är inte negativa till en ny skola, men förslaget bör inte antas i sin nuvarande form.",
        "against",
    ),
    ("Myndigheten har inte någon invändning mot den föreslagna ändringen.", "for"),
    # the proposal carried out is support; carried out on a condition, a proposal
    ("Det är viktigt att reformen kommer till stånd så snart som möjligt.", "for"),
    ("Det är viktigt att förslaget genomförs med tillräcklig finansiering.", "proposal"),
    ("Förslaget har förbundets odelade stöd.", "for"),
    ("Vi är helt överens med kommittén i denna del.", "for"),
    # passives: the answer's verdict closes a sentence that names the proposal's content
    ("Förslaget om att kommunerna ska ta över ansvaret avstyrks därför.", "against"),
    ("Förslaget att avgiften ska sänkas kan inte godtas.", "against"),
    ("Utredningens förslag att avgiften ska tas bort välkomnas.", "for"),
    ("Förslaget godtas.", "for"),
    ("Förslaget tillstyrks till stor del.", "partly"),
    ("Vi stöder i stora delar utredningens förslag.", "partly"),
    # declining to answer is no criticism of the remiss's choice; the remiss's choice is
    ("Myndigheten har valt att avstå från att lämna synpunkter.", "none"),
    ("Utredningen har valt att inte analysera kostnaderna för kommunerna.", "against"),
    # the case's procedure and the remiss's errand told
    ("Ärendet har föredragits för socialnämndens arbetsutskott.", "neutral"),
    ("Kommunen har tagit fram remissvaret tillsammans med grannkommunerna.", "neutral"),
    ("Bakgrunden till remissen är ett regeringsuppdrag från 2025.", "neutral"),
    ("Vi ställer oss bakom det samlade yttrandet som länets kommuner har lämnat.", "neutral"),
    # a fault as the ground of a verdict: the verdict carries the class
    ("Eftersom förslaget saknar finansiering kan vi inte tillstyrka det.", "against"),
    ("Mot bakgrund av bristerna i konsekvensanalysen avstyrker förbundet förslaget.", "against"),
    ("Med tanke på dagens oklara regler välkomnar nämnden förslaget.", "for"),
    # a condition is partial support; the proposal's own content is no condition
    ("Vi tillstyrker förslaget om att regelverket kompletteras med en ny paragraf.", "for"),
    ("Kommunen ställer sig inte positiv till förslaget.", "against"),
]


# A second round, written after the fixes but before running it, to see whether they hold on
# sentences they were not made for (the writer had by then read the reader's vocabulary).
SECOND_ROUND = [
    ("Kommunfullmäktige tillstyrker förslaget om ny indelning av valkretsar.", "for"),
    ("Inspektionen har för sin del inget att erinra mot promemorians förslag.", "for"),
    ("Förslaget om gemensam journalföring ligger väl i linje med regionens egen strategi.", "for"),
    ("Universitetet ser mycket positivt på att forskningsanslagen höjs.", "for"),
    ("Vi välkomnar därför utredningens förslag i sin helhet.", "for"),
    ("Förbundet vill ge sitt fulla stöd till förslaget om skärpta straff.", "for"),
    ("Sammanfattningsvis tillstyrker nämnden samtliga förslag i betänkandet.", "for"),
    ("Det är glädjande att regeringen nu föreslår en samlad lagstiftning.", "for"),
    ("Länsstyrelsen har inga invändningar mot att tidsgränsen förlängs.", "for"),
    ("Styrelsen bedömer att förslagen är väl underbyggda och tillstyrker dem.", "for"),
    ("Vi är positiva till en utökad samverkan mellan skola och socialtjänst.", "for"),
    ("Regionen delar promemorians slutsats att regelverket behöver förenklas.", "for"),
    ("Akademin instämmer helt i kommitténs förslag.", "for"),
    ("Kommunen kan godta den föreslagna ändringen.", "for"),
    (
        "Föreningen tillstyrker i allt väsentligt förslagen men avstyrker avgiftshöjningen.",
        "partly",
    ),
    ("Vi stöder förslaget under förutsättning att finansieringen säkras.", "partly"),
    ("Nämnden är i stort positiv till förslaget men saknar en analys av kostnaderna.", "partly"),
    ("Förbundet tillstyrker förslaget med följande förbehåll.", "partly"),
    ("Regionen ställer sig bakom de flesta av utredningens förslag.", "partly"),
    (
        "Kommunen välkomnar förslaget men anser att ikraftträdandet bör skjutas upp ett år.",
        "partly",
    ),
    ("Förslagen tillstyrks, med undantag för förslaget om ändrad tillsyn.", "partly"),
    ("Kommunen har inga synpunkter på promemorian.", "none"),
    ("Inspektionen har ingenting att tillägga i ärendet.", "none"),
    ("Vi lämnar inga kommentarer på de övriga förslagen.", "none"),
    ("Förbundet avstår från att ta ställning i frågan om avgifternas nivå.", "none"),
    ("Styrelsen har beslutat att inte avge något yttrande.", "none"),
    ("Departementet har remitterat betänkandet till ett sextiotal instanser.", "neutral"),
    ("I betänkandet föreslås att tillsynen flyttas till en ny myndighet.", "neutral"),
    ("Ärendet har handlagts av kommunledningskontoret.", "neutral"),
    ("Förslaget till yttrande har tagits fram av stadsbyggnadskontoret.", "neutral"),
    ("Akademin har cirka 900 ledamöter och verkar för vetenskapens utveckling.", "neutral"),
    ("Remissen har besvarats efter samråd med länets kommuner.", "neutral"),
    ("Yttrandet är framtaget av miljöenheten.", "neutral"),
    ("Utredningen har haft i uppdrag att analysera behovet av nya regler.", "neutral"),
    ("Nämndens synpunkter redovisas nedan under respektive avsnitt.", "neutral"),
    ("Kommunstyrelsen beslutar att avge yttrande enligt förvaltningens förslag.", "neutral"),
    ("Vi kan inte ställa oss bakom förslaget om sänkt ersättning.", "against"),
    ("Förbundet har inte något emot att reglerna förtydligas.", "for"),
    ("Vi motsätter oss inte att ansvaret flyttas.", "for"),
    ("Vi delar inte uppfattningen att förslaget är kostnadsneutralt.", "against"),
]


# A third round of longer sentences as answers write them (a reason, a clause, a reference to
# the section), written before running it.
THIRD_ROUND = [
    (
        "Mot bakgrund av de problem som finns i dag med otydliga ansvarsgränser tillstyrker "
        "kommunen förslaget om att huvudmannaskapet samlas hos regionen.",
        "for",
    ),
    (
        "Förbundet har under lång tid efterfrågat en sådan reform och välkomnar därför att "
        "regeringen nu lägger fram ett konkret förslag.",
        "for",
    ),
    (
        "Nämnden delar utredningens bedömning i avsnitt 6.3 att nuvarande regler inte ger "
        "tillräckligt skydd för enskilda.",
        "for",
    ),
    (
        "Eftersom förslaget skapar bättre förutsättningar för en likvärdig skola ställer sig "
        "Region Gotland positiv till det.",
        "for",
    ),
    (
        "Länsstyrelsen anser att de föreslagna ändringarna är ändamålsenliga och har därför "
        "inga invändningar mot dem.",
        "for",
    ),
    (
        "Vi ser det som positivt att promemorian tydliggör vilka krav som ställs på "
        "verksamhetsutövaren.",
        "for",
    ),
    (
        "Kommunen bedömer att förslaget sammantaget kommer att stärka den lokala "
        "beredskapen och tillstyrker det.",
        "for",
    ),
    (
        "Styrelsen har förståelse för behovet av ökad kontroll och kan acceptera de "
        "föreslagna kraven på rapportering.",
        "for",
    ),
    (
        "Förbundet stöder förslaget att införa en nationell prislista, men vill framhålla att "
        "de regionala skillnaderna i kostnader måste beaktas.",
        "partly",
    ),
    (
        "Regionen tillstyrker förslaget om en gemensam digital infrastruktur, men avstyrker "
        "förslaget om att finansieringen ska ske genom minskade statsbidrag.",
        "partly",
    ),
    (
        "Kommunen är positiv till inriktningen i promemorian, men bedömer att de ekonomiska "
        "konsekvenserna för kommunerna är underskattade.",
        "partly",
    ),
    (
        "Vi kan ställa oss bakom förslaget om det kompletteras med en tydlig finansiering "
        "för de kommuner som berörs.",
        "partly",
    ),
    (
        "Myndigheten har ingen invändning mot förslaget i sak, men anser att tidpunkten för "
        "ikraftträdandet är för tidigt satt.",
        "partly",
    ),
    (
        "Eftersom förslaget inte berör universitetets verksamhet har universitetet inga "
        "synpunkter på det.",
        "none",
    ),
    (
        "Nämnden har tagit del av betänkandet och har inga synpunkter på de förslag som "
        "lämnas där.",
        "none",
    ),
    (
        "Förbundet avstår från att lämna synpunkter på kapitel 8, som rör frågor utanför "
        "förbundets verksamhetsområde.",
        "none",
    ),
    (
        "Utredningen föreslår att en ny lag om vattentjänster ska ersätta den nuvarande "
        "lagen och att kommunernas ansvar ska förtydligas.",
        "neutral",
    ),
    (
        "Region Halland har av Socialdepartementet getts möjlighet att lämna synpunkter på "
        "rubricerat betänkande.",
        "neutral",
    ),
    (
        "Remissvaret har tagits fram av miljöförvaltningen i samråd med "
        "stadsbyggnadsförvaltningen och kommunledningskontoret.",
        "neutral",
    ),
    (
        "Kommunen ansvarar i dag för drygt 40 förskolor och 25 grundskolor med sammanlagt "
        "cirka 9 000 elever.",
        "neutral",
    ),
    (
        "Enligt promemorian ska ändringarna träda i kraft den 1 januari 2028 och gälla för "
        "ansökningar som kommer in efter det datumet.",
        "neutral",
    ),
    (
        "I remissen föreslås bland annat att kravet på bygglov för vissa komplementbyggnader "
        "tas bort.",
        "neutral",
    ),
    (
        "Förvaltningen föreslår att kommunstyrelsen tillstyrker förslaget med de "
        "synpunkter som framgår av tjänsteutlåtandet.",
        "neutral",
    ),
    (
        "Vi har beretts tillfälle att yttra oss över Boverkets förslag till ändrade "
        "föreskrifter om tillgänglighet.",
        "neutral",
    ),
]


def _cases():
    classed = [(entry, "for") for entry in FOR]
    classed += [(entry, "partly") for entry in PARTLY]
    classed += [(entry, "none") for entry in NONE]
    classed += [(entry, "neutral") for entry in NEUTRAL]
    classed += [
        (entry, None) for entry in NEGATION_TRAPS + WITH_THE_FIXES + SECOND_ROUND + THIRD_ROUND
    ]
    for entry, stance_class in classed:
        reason = None
        if isinstance(entry, tuple) and entry[0] == "gap":
            _, entry, reason = entry
        text, stance_class = entry if stance_class is None else (entry, stance_class)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(text, stance_class, marks=marks)


@pytest.mark.parametrize(("text", "stance_class"), list(_cases()))
def test_phrase_bank_support(text, stance_class):
    assert sentence_class(text) == stance_class
