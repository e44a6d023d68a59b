"""Evaluation in an answer's own words: what Swedish answers judge with beyond the verbs of a
stance, and whether a negation turns it.

The stance reader (`workbench.answer.stance`) knows the phrases answers take sides in
("tillstyrker", "kan inte godtas", "bör kompletteras"). Answers nobody tuned the reader to
judge in many more words: adjectives of a verdict ("problematiskt", "bekymmersamt",
"knapphändig", "olagligt"), nouns of a fault ("betänkligheter", "en försvagning", "ett
misstag", "ett övergrepp", "en stor brist"), verbs of harm ("motverkar", "urholkar",
"misslyckas", "lider av", "bryter mot") and of good ("stärker", "löser"), a risk told as what
will follow ("Risken är att området förlorar …"), praise in an attribute ("en bra
redogörelse") or of another's judgement ("med all rätt"), and words that only judge when
negated ("är inte rimligt", "är knappast belysta", "utan någon analys", "lyckas inte", "är
inte i närheten av att lösa"), a document hard to read ("svårläst", "plottrig"), a possibility
or a right curtailed ("begränsar möjligheten att …", "rätten att överklaga har tagits bort"),
a burden put on those the remiss is for denied ("Det är inte läsarens uppgift …", "det ska inte
vara vi som betalar"), and a reason or a remedy dismissed ("är inget argument", "är ingen
hållbar lösning"). Good
done is support where the remiss or its proposals do it ("Förslaget stärker …", "Förslagen
bidrar till en mer jämlik vård", "ger ökad tydlighet", "ger en bra bild av …"), not where the
world does ("Vägen underlättar pendlingen") nor in a purpose or a wish ("syftar till att
stärka", "bör stärka"); praise is said in adjectives and nouns of a document ("användbar",
"ett värdefullt kunskapstillskott") and of the work done well ("har underbyggt förslaget väl").
Words
of a fault that may be the world's ("allvarlig", "förödande", "brist") judge only where they
are said of the remiss: its parts named in their sentence, predicated ("vore ett misstag"),
or in the conditional of what it would bring ("vore förödande"). This module
finds them, each in every inflection of its word class, and reads the negation that governs
each: a negator before it in its clause (inte, ej, icke, aldrig, knappast, varken … eller,
ingen, "har svårt att"), or right after a finite verb ("löser inte", "håller inte"). A clause
ends at a sentence's end, ";", ":", "men", "dock" and "utan" after a comma, so "inte bara …"
and "inte … utan …" do not carry a negation into the next clause.

`evaluations(text)` gives each evaluation found: where it is, its polarity after negation
(-1 a fault found, +1 a good found), and its kind (what the stance reader makes of it).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from workbench.answer.patterns import ASSUMED_TO, AtWords

# Participles in -ad/-at/-ade, -d/-t/-da, -en/-et/-na.
_PART = r"(?:d|t|de|da)?"

# Words of a verdict that find fault wherever they stand (predicative or attributive), as
# adjective stems: they are said of a proposal, hardly of the world.
_VERDICTS = (
    "problematisk", "olycklig", "otillräcklig", "oklar", "otydlig", "ofullständig",
    "bristfällig", "knapphändig", "summarisk", "svepande", "missvisande", "felaktig",
    "olämplig", "orimlig", "oacceptabel", "orealistisk", "ogenomtänkt", "förhastad", "tveksam",
    "betänklig", "oproportionerlig", "omotiverad", "ohållbar", "ogrundad",
    "otillfredsställande", "onyanserad", "oförenlig", "ogenomförbar", "undermålig", "slarvig",
    "godtycklig", "rättsosäker", "ologisk", "inkonsekvent", "motsägelsefull", "kontraproduktiv",
    "tvivelaktig", "oskälig", "oklok", "oförutsägbar", "ohanterlig", "oöverskådlig",
    "ovarsam", "stelbent", "byråkratisk", "onödig", "överspelad", "oåterkallelig",
    "irreversibel", "bakvänd", "felbedömd", "feltolkad", "felberäknad", "felaktigt",
    # against the law or fairness, and said of a proposal's reasoning
    "olaglig", "lagstridig", "rättsstridig", "grundlagsstridig", "författningsstridig",
    "otillåten", "otillbörlig", "oförsvarlig", "oseriös", "vilseledande", "tendentiös",
    "ovetenskaplig", "ogenomskinlig", "obalanserad", "kortsiktig", "kortsynt", "hänsynslös",
    "respektlös", "integritetskränkande", "förfelad", "misslyckad", "verklighetsfrämmande",
    "urvattnad", "haltande", "absurd", "befängd", "förkastlig", "oförklarlig",
    "förlegad", "föråldrad", "inaktuell", "snedvriden", "överdriven", "överilad",
    "missriktad", "feltänkt", "fyrkantig", "svårbegriplig", "svårtolkad", "svårtillämpad",
    "tandlös", "verkningslös", "meningslös", "överflödig", "kostnadsdrivande", "tungrodd",
    "otillåtlig", "ogenomarbetad", "outredd",
    # a document hard to read: "svårläst", "ostrukturerad"
    "svårläst", "svårförståelig", "ostrukturerad", "oläslig", "oläsbar", "svårnavigerad",
    "spretig", "fragmentarisk", "osammanhängande", "motstridig", "osaklig", "halvfärdig",
    "naiv",
)  # fmt: skip
# Words of a fault that may be said of the world as well ("allvarlig sjukdom", "tyvärr
# blev tiden kort"): they find fault when their sentence speaks of the remiss.
_FAULTS = (
    "bekymmersam", "oroande", "oroväckande", "beklaglig", "dålig", "sämre", "sämst",
    "allvarlig", "negativ", "kostsam", "krånglig", "omständlig", "orättvis", "diskriminerande",
    "ineffektiv", "oförståelig", "obegriplig", "riskabel", "skadlig", "förödande",
    "katastrofal", "ödesdiger", "alarmerande", "oansvarig", "ensidig", "otidsenlig",
    "orättfärdig", "olyckligtvis", "tyvärr", "dessvärre", "beklagligtvis", "fel",
    "destruktiv", "fatal", "förstörande", "ödeläggande", "störande",
    # hard to reach or follow, of a document as of a place ("svårtillgänglig terräng"):
    # "Rapporten är svårtillgänglig", "Kartan är plottrig"
    "svårtillgänglig", "svåröverskådlig", "svårhanterlig", "svårorienterad", "otillgänglig",
    "förvirrande", "rörig", "plottrig",
    # vague, skewed, narrow, unripe, needless: "är vag och oklar", "ett skevt urval"
    "vag", "luddig", "diffus", "svävande", "skev", "snäv", "omogen", "betungande",
    "i onödan", "onödigtvis",
)  # fmt: skip
# Nouns of a fault that are nothing else ("betänkligheter", "en försvagning"): they find
# fault when their sentence speaks of the remiss.
_FAULT_NOUNS = (
    "betänklighet", "betänkligheter", "tveksamhet", "tveksamheter", "oklarhet", "oklarheter",
    "oklarheten", "otydlighet", "otydligheten", "felaktighet", "felaktigheter", "försämring",
    "försämringen", "försämringar", "försvagning", "försvagningen", "urholkning",
    "urholkningen", "inskränkning", "inskränkningen", "inskränkningar", "merkostnad",
    "merkostnader", "merarbete", "misstag", "misstaget", "olägenhet", "olägenheter",
    "förlust", "förluster", "förlusten", "förlusterna", "intrång", "intrånget", "beskuggning",
    "beskuggningen", "slitage", "slitaget", "ingrepp", "ingreppet", "avsteg", "avsteget",
    "olägenheten", "nackdel", "nackdelar", "nackdelen", "nackdelarna", "besvikelse",
    "besvikelsen", "misslyckande", "misslyckandet", "bakslag", "bakslaget", "underbetyg",
    # a shortcoming or a wrong done
    "tillkortakommande", "tillkortakommanden", "övergrepp", "övergreppet", "skandal",
    "fiasko", "slöseri", "felsatsning", "felsatsningen", "kränkning", "kränkningen",
    "kränkningar", "rättsförlust", "rättsosäkerhet", "rättsosäkerheten", "godtycke",
    "godtycket", "orimlighet", "inkonsekvens", "inkonsekvensen", "inkonsekvenser",
    "felbedömning", "felbedömningen", "skövling", "skövlingen", "förstörelse",
    "förstörelsen", "miljöförstöring", "rovdrift", "utarmning", "utarmningen", "förfulning",
    "kryphål", "kryphålen", "oegentlighet", "oegentligheter", "inlåsning", "inlåsningen",
    "inlåsningseffekt", "inlåsningseffekter", "överreglering", "dubbelreglering",
    "slag i luften", "skrivbordsprodukt", "skrivbordsprodukter", "luftslott",
    # the answerer's dismay at it: "förvåningen över de tama förslagen"
    "förvåning", "förvåningen", "häpnad", "häpnaden", "frustration", "frustrationen",
    "upprördhet", "upprördheten", "missnöje", "missnöjet",
)  # fmt: skip
# Nouns of a lack: a shortage in the world as often ("brist på bostäder"), so a fault only
# predicated ("är en stor brist") or in something of the remiss ("en brist i underlaget",
# "avsaknaden av en analys" in a sentence on the plan).
_LACK_NOUNS = ("brist", "bristen", "avsaknad", "avsaknaden", "lucka", "luckor", "luckorna")
# Nouns that also name the topic ("klimatrisker", "en genomgång av problem"): they find fault
# only as what the proposal brings or what the answer sees ("innebär en risk att",
# "Vi ser allvarliga problem med", "Det finns en uppenbar risk för").
_HAZARD_NOUNS = (
    "risk", "risker", "risken", "riskerna", "problem", "problemet", "problemen", "svaghet",
    "svagheter", "svagheten", "konflikt", "konflikter", "målkonflikt", "målkonflikter",
    "hot", "hotet", "hoten", "skada", "skadan", "skador", "skadorna",
)  # fmt: skip
# What a measure curtails when that is a harm: a possibility, a right, a room to act.
_CURTAILED = (
    r"(?:möjlighet(?:en|er|erna)?|utrymme(?:t)?|handlingsutrymme(?:t)?|spelrum(?:met)?|"
    r"rättighet(?:en|er|erna)?|rätten (?:att|till)|frihet(?:en|er|erna)?|valfrihet(?:en)?|"
    r"förutsättning(?:en|ar|arna)?|inflytande(?:t)?|självbestämmande(?:t)?|"
    r"tillgång(?:en)? till|allemansrätt(?:en)?|äganderätt(?:en)?|rörelsefrihet(?:en)?)"
)
# A possibility of a wrong, which is good to curtail: "möjligheten till fusk".
_A_WRONG = re.compile(
    r"(?<![\wåäö])(?:fusk|brott|missbruk|kringgå|spekul|oseriös|skatteflykt|skatteundandrag|"
    r"penningtvätt|smitt|olyck|skad|bedrägeri|svart|olaglig|olovlig|otillåt|exploatering|"
    r"buller|utsläpp|störning|trängsel|nedskräpning)",
    re.I,
)
# Whose task a burden denied is when it is put on those the remiss is for: the reader, the
# individual, the residents (the answerer's own role is told the same way and is no fault:
# "Det är inte länsstyrelsens uppgift att …").
_BURDENED = re.compile(
    r"(?<![\wåäö])(?:läsarens|läsarnas|mottagarens|mottagarnas|den enskild(?:e|a)s|enskildas|"
    r"medborgarnas|invånarnas|allmänhetens|de boendes|boendes|sakägarnas|sakägares|"
    r"grannarnas|fastighetsägarnas|fastighetsägares|markägarnas|markägares|brukarnas|"
    r"patienternas|skattebetalarnas|hushållens|konsumenternas|föräldrarnas|elevernas|"
    r"de (?:enskilda|små) (?:företagens|kommunernas|föreningarnas))(?: [\wåäö]+)? "
    r"(?:uppgift|ansvar|sak|skyldighet|börda)",
    re.I,
)
# A noun of a fault as what something is: "vore ett misstag", "är en klar försämring".
_PREDICATED = re.compile(
    r"(?<![\wåäö])(?:är|vore|blir|var|skulle vara|innebär|innebära)(?: det| dock| enligt "
    r"[\wåäö:]+ (?:mening|bedömning))? (?:en|ett)(?: [\wåäö]+)? $",
    re.I,
)
_THERE_IS = re.compile(
    r"(?<![\wåäö])(?:finns|föreligger|uppstår|är)(?: (?:det|dock|också|även|därmed|tyvärr))*"
    r"(?: (?:en|ett|stor|stora|påtaglig|uppenbar|betydande|överhängande|reell|klar|hög))* $",
    re.I,
)
_BRINGS = re.compile(
    r"(?<![\wåäö])(?:innebär|innebära|innebar|medför|medföra|medförde|skapar|skapa|orsakar|"
    r"orsaka|leder till|leda till|ger upphov till|utgör|ser)(?: (?:det|dock|också|även|"
    r"därmed|därför|tyvärr|idag|i dag|redan|nu|enligt [\wåäö:]+ (?:mening|bedömning)))*"
    r"(?: (?:en|ett|flera|många|vissa|stora|stor|allvarlig\w*|"
    r"betydande|uppenbar\w*|påtaglig\w*|tydlig\w*|överhängande|uppenbar|reell\w*|"
    r"klar\w*|hög|ökad|ökade|påtagliga))* $",
    re.I,
)
# Verbs of harm (any tense): a fault found in what the proposal does.
_NEGATIVE_VERBS = (
    "motverk", "förstör", "urholk", "försvag", "undergräv", "äventyr", "hotar", "hota", "hotas",
    "skadar", "skada", "inskränk", "missgynn", "snedvrid", "drabbar", "drabba", "slår ut",
    "felbedöm", "feltolk", "felberäkn", "felprioriter", "skär av", "skära av", "fragmenter",
    "splittr", "missar", "missat", "missade", "haltar", "haltade", "skärs av", "skurits av",
    "klyver", "klyvs", "klyva",
    "leder fel", "komplicerar", "fördyrar", "fördyra", "försenar", "försena",
    # failing, and harm to a place or a right
    "misslyck", "omöjliggör", "försvår", "förfular", "förfula", "förvansk", "raserar",
    "rasera", "spolier", "utarmar", "utarma", "urvattn", "förringar", "förringa", "kränker",
    "kränka", "kränks", "åsidosätter", "åsidosätta", "åsidosätts", "underminer", "saboter",
    "förvärrar", "förvärra", "underskatt", "överskatt", "förbis", "negliger",
    "inkräkt", "ödelägg", "tränger undan", "tränga undan", "slår sönder", "slå sönder",
    "utestäng", "cementer", "diskriminer", "belastar", "belasta",
)  # fmt: skip
# Words of a good verdict: predicated of something (after "är", "blir", "vore", "framstår
# som") they approve it; negated they find fault ("är inte rimligt").
_POSITIVE_ADJECTIVES = (
    "rimlig", "lämplig", "ändamålsenlig", "välmotiverad", "väl motiverad", "välavvägd",
    "väl avvägd", "balanserad", "klok", "bra", "utmärkt", "välkommen", "värdefull",
    "förtjänstfull", "genomarbetad", "väl genomarbetad", "gedigen", "träffsäker", "godtagbar",
    "acceptabel", "proportionerlig", "rättssäker", "positiv", "genomtänkt", "välgrundad",
    "adekvat", "övertygande", "efterlängtad", "lovvärd", "berömvärd", "föredömlig",
    "välbehövlig", "förnuftig", "sund", "tilltalande", "pedagogisk", "välskriven",
    "heltäckande", "korrekt", "riktig", "önskvärd", "eftersträvansvärd",
    # a document found good to use and read: "Rapporten är mycket användbar"
    "användbar", "välunderbyggd", "informativ", "läsvärd", "lättläst", "lättillgänglig",
    "överskådlig", "välstrukturerad", "nyanserad", "grundlig", "insiktsfull",
    "välbalanserad", "träffande", "välformulerad", "välgjord", "klargörande",
)  # fmt: skip
# Adjectives that describe as much as they judge ("Åtgärden är förenlig med lagen"): they
# judge when negated ("är inte tydligt", "är knappast realistisk").
_ADEQUATE = (
    "tydlig", "tillräcklig", "genomförbar", "realistisk", "förenlig", "hållbar", "förutsebar",
    "tillförlitlig", "relevant", "effektiv", "logisk", "konsekvent", "begriplig",
    "förståelig", "motiverad", "nödvändig", "angelägen", "rättvis", "likvärdig",
    "tillfredsställande", "försvarbar", "försvarlig", "rimligt avvägd", "träffsäker",
)  # fmt: skip
# Words that only judge when negated: the work done ("utredd", "belyst", "analyserad") and
# what a proposal must rest on ("analys", "underlag", "hänsyn").
_ADEQUACY = (
    "utredd", "utrett", "utredda", "belyst", "belysta", "analyserad", "analyserat",
    "analyserade", "redovisad", "redovisat", "redovisade", "underbyggd", "underbyggt",
    "underbyggda", "förankrad", "förankrat", "förankrade", "beaktad", "beaktat", "beaktade",
    "löst", "lösta", "preciserad", "preciserat", "preciserade", "konkretiserad",
    "konkretiserat", "konkretiserade", "definierad", "definierat", "definierade", "beskriven",
    "beskrivet", "beskrivna", "konsekvensbedömd", "konsekvensbedömt", "konsekvensbedömda",
    "visat", "påvisat", "styrkt", "belagt", "aktuell", "aktuella", "uppdaterad",
    "uppdaterat", "uppdaterade",
    "analys", "analysen", "analyser", "utredning", "utredningar", "redovisning",
    "konsekvensanalys", "konsekvensbeskrivning", "konsekvensutredning", "motivering",
    "motiveringar", "underlag", "underlaget", "inventering", "beräkning", "beräkningar",
    "hänsyn", "belägg", "förankring", "finansiering", "stöd", "skäl", "grund", "i beaktande",
)  # fmt: skip
# Verbs of good done: negated they find fault ("löser knappast problemen").
_EFFECT_VERBS = (
    "löser", "lösa", "stärker", "stärka", "förbättrar", "förbättra", "underlättar",
    "underlätta", "förenklar", "förenkla", "bidrar", "bidra", "främjar", "främja", "gynnar",
    "tillgodoser", "tillgodose", "säkerställer", "säkerställa", "uppfyller", "uppfylla",
    "håller", "tillför", "tillföra", "motsvarar", "motsvara", "lever upp", "leva upp",
    "passar", "passa", "lyckas", "lyckades", "lyckats", "speglar", "spegla", "återspeglar",
    "uppnår", "uppnå", "når upp till",
    "återspegla", "överensstämmer", "stämmer överens",
)  # fmt: skip
# Good done, affirmed: a verb of good whose subject is the remiss or its proposals
# ("Förslaget stärker rättssäkerheten", "Förslagen bidrar till en mer jämlik vård") is
# support; the same verb of the world ("Vägen underlättar pendlingen"), in a purpose
# ("syftar till att stärka") or a wish ("bör stärkas") is not. Finite in the present, or an
# infinitive after "kan", "torde", "skulle (kunna)" (`_REMISS_SUBJECT`); a gain brought
# ("ger ökad tydlighet", "minskar den administrativa bördan") and a good picture given
# ("ger en bra bild av …") the same way.
_GOOD_DONE = (
    r"(?:stärker|stärka|förbättrar|förbättra|underlättar|underlätta|förenklar|förenkla|"
    r"(?:bidrar|bidra) (?:(?!(?:inte|ej|icke|aldrig|knappast)(?![\wåäö]))[\wåäö]+ )?till|"
    r"främjar|främja|löser|lösa|"
    r"tillgodoser|tillgodose|säkerställer|säkerställa|uppfyller|uppfylla|tillför|tillföra|"
    r"lever upp till|leva upp till|når upp till|nå upp till|uppnår|uppnå|förtydligar|"
    r"förtydliga|tydliggör|tydliggöra|effektiviserar|effektivisera|moderniserar|"
    r"modernisera|lyckas|lyckats|"
    # done, after "har": "Utredningen har förtydligat …", "har lyckats väl med"
    r"stärkt|förbättrat|underlättat|förenklat|bidragit (?:[\wåäö]+ )?till|främjat|löst|"
    r"tillgodosett|säkerställt|tillfört|tydliggjort|"
    # a gain brought: "ger ökad tydlighet", "skapar bättre förutsättningar för", "ökar
    # förutsebarheten"
    r"(?:ger|ge|skapar|skapa|medför|medföra|innebär|innebära|leder till|leda till)"
    r"(?: (?:därmed|också|även|dessutom|tydligt|sannolikt|på sikt))*"
    # to whom: "ger kommunerna bättre förutsättningar"
    r"(?: (?!(?:en|ett|inte|ej|ingen|inga|inget)(?![\wåäö]))[\wåäö]+(?:na|en|et|n))? "
    r"(?:en |ett )?"
    r"(?:(?:ökad|ökade|ökat|större|bättre|förbättrad|förbättrade|mer|högre|stärkt|stärkta|"
    r"tydligare|goda|god|gott) (?:[\wåäö]+ )?"
    r"(?:tydlighet|förutsebarhet|förutsägbarhet|rättssäkerhet|likvärdighet|enhetlighet|"
    r"effektivitet|transparens|överskådlighet|klarhet|trygghet|kvalitet|jämlikhet|"
    r"samordning|flexibilitet|förståelse|kunskap|tillgänglighet|säkerhet|insyn|rättvisa|"
    r"legitimitet|måluppfyllelse|samverkan|valfrihet|förutsättning(?:ar)?|möjlighet(?:er)?|"
    r"stabilitet|konkurrenskraft|skydd|resurser)|"
    # a good picture given: "ger en bra bild av problemen"
    r"(?:bra|god|tydlig|heltäckande|klar|utförlig|nyanserad|värdefull|utmärkt|samlad) "
    r"(?:bild|överblick|översikt|helhetsbild|grund|kunskapsbas))|"
    r"(?:ökar|öka) (?:[\wåäö]+ )?(?:tydligheten|förutsebarheten|förutsägbarheten|"
    r"rättssäkerheten|likvärdigheten|enhetligheten|effektiviteten|transparensen|"
    r"tillgängligheten|insynen|tryggheten|kvaliteten|säkerheten|jämlikheten|legitimiteten)|"
    r"(?:minskar|minska) (?:[\wåäö]+ ){0,3}?(?:bördan|bördorna|regelbördan|administrationen|"
    r"krånglet|byråkratin|osäkerheten|otydligheten|riskerna|risken|kostnaderna|"
    r"oklarheterna|oklarheten|tidsåtgången|handläggningstiderna|handläggningstiden))"
)
# What a verb of good is said of when it praises the remiss: the proposal or a part of it,
# as the clause's subject before the verb.
_REMISS_NOUN = (
    r"[\wåäö]*(?:förslag|ändring|reform|betänkande|promemori|rapport|utredning|strategi|plan|"
    r"program|vägledning|föreskrift|riktlinje|reglering|regelverk|bestämmelse|lagstiftning|"
    r"lagtext|modell|åtgärd|insats|satsning|kartläggning|analys|översyn|remiss(?!var|instans|"
    r"svar|yttrande))[\wåäö]*"
    r"|(?:den|det|de) (?:nya|föreslagna|remitterade|framlagda) [\wåäö]+|detta"
)
_REMISS_SUBJECT = re.compile(
    r"(?:(?:och|men|samtidigt|dessutom|därtill|vidare|sammantaget|sammanfattningsvis|"
    r"slutligen|också|även),? )?"
    r"(?:(?:den|det|de|denna|detta|dessa|ett|en|hela|själva|[\wåäö:-]+s|föreslagna|nya|"
    r"aktuella|remitterade|framlagda|presenterade|flera|många|samtliga|de flesta|vissa|"
    r"båda|(?:ett |en )?par|[\wåäö]+(?:ade|da|ta|na)) ){0,3}"
    rf"(?:{_REMISS_NOUN})"
    # its attribute: "Förslaget om ändrade regler för …", "förslagen i betänkandet"
    r"(?: (?:om|i|till|för|av|med|kring|gällande|avseende|rörande|på|inom) "
    r"[^,.;:!?]{1,60}?)?"
    r"(?: (?:kan|kommer att|torde|skulle|skulle kunna|kan därmed|kan också|kan även|har|"
    r"hade|har också|har även|har därmed))?\s*$",
    re.I,
)
# A good possibly so, granted rather than found: "kan vara användbar", "skulle kunna vara
# rimligt".
_MAY_BE = re.compile(
    r"(?<![\wåäö])(?:kan|kunde|skulle kunna|torde kunna|må) (?:[\wåäö]+ )?(?:vara|bli) "
    r"(?:[\wåäö]+ )?$",
    re.I,
)
# A harm in what a verb of good brings: no good done ("bidrar till ökade kostnader"); not
# one it guards against ("stärker skyddet mot buller") nor the topic of what it gives ("ger en
# bra bild av problemen").
_HARM_BROUGHT = re.compile(
    r"(?<![\wåäö])(?<!mot )(?<!från )(?<!av )(?<!om )(?<!kring )(?<!över )"
    r"(?:[\wåäö]*kostnad\w*|[\wåäö]*börd\w*|byråkrati\w*|administration\w*|"
    r"segregation\w*|risk\w*|problem\w*|osäkerhet\w*|otydlighet\w*|oklarhet\w*|buller|"
    r"utsläpp\w*|klyft\w*|ojämlik\w*|trängsel|försämr\w*|sämre|minskad\w*|lägre|krångel\w*|"
    r"merarbete\w*|belastning\w*|otrygghet\w*|ohälsa\w*|utanförskap\w*|snedvrid\w*|"
    r"orättvis\w*|ineffektiv\w*|fragmentisering\w*|splittring\w*|inlåsning\w*|"
    r"[\wåäö]+(?:ns|ts|ets|ens|arnas|ernas|ornas|nas) (?:ställning|position|makt|intressen|"
    r"dominans|vinst\w*))(?![\wåäö])",
    re.I,
)
# A measure named in an "att"-clause as the subject of good done, opening the sentence: "Att
# samla tillsynen hos en myndighet underlättar …".
_A_MEASURE_DONE = re.compile(
    r"Att (?!(?:det|detta|vi|man|ha|vara|få|kunna|bo|leva|känna|veta) )[\wåäö]+"
    r"(?: [^,.;:!?]{1,80}?)?"
)
# The answerer's own view leading a clause of good done: "Vi ser att förslaget …".
_OWN_VIEW = re.compile(
    r"^(?:vi|jag) (?:(?:[\wåäö]+ ){0,2}?)(?:ser|bedömer|anser|menar|tror|konstaterar|upplever|"
    r"är övertygade om|delar bedömningen|delar uppfattningen|instämmer i) att ",
    re.I,
)
# A gap filled is none found: "fyller en lucka i kunskapen".
_FILLED = re.compile(
    r"(?<![\wåäö])(?:fyller|fylla|fyllt|fyllde|täpper till)(?: [\wåäö]+){0,3} $", re.I
)
# A fronted adverbial: the subject follows the verb ("Därmed stärker förslaget …").
_FRONTED = re.compile(
    r"(?:därmed|därigenom|därför|sammantaget|sammanfattningsvis|på så sätt|på det sättet|"
    r"härigenom|enligt (?:vår|min|[\wåäö:]+s) (?:mening|bedömning|uppfattning)|"
    r"på sikt|dessutom|vidare|också|även|samtidigt|slutligen),?\s*$",
    re.I,
)
_SUBJECT_AFTER = re.compile(rf" (?:{_REMISS_NOUN})(?![\wåäö])", re.I)
# Praise in a noun said of the remiss: "utgör ett värdefullt kunskapstillskott", "är ett
# användbart verktyg för kommunerna".
_PRAISE_NOUN = (
    r"(?:är|utgör|blir|var|blivit|varit)(?: (?:därmed|därför|också|även|dessutom|ett "
    r"mycket|verkligen))* (?:ett|en) (?:(?:mycket|särskilt|synnerligen|väldigt|oerhört|"
    r"stort|viktigt|viktig|välkommet|välkommen|värdefullt|värdefull|bra|gott|gott|utmärkt|"
    r"utmärkta|användbart|användbar|nyttigt|nyttig|betydelsefullt|betydelsefull|"
    r"efterlängtat|efterlängtad|gediget|gedigen|angeläget|angelägen|ovärderligt|ovärderlig|"
    r"uppskattat|uppskattad|positivt|positiv|konstruktivt|konstruktiv|effektivt|effektiv|"
    r"klokt|klok|rimligt|rimlig|lämpligt|lämplig|ändamålsenligt|ändamålsenlig|träffsäkert|"
    r"träffsäker|smidigt|smidig|kostnadseffektivt|kostnadseffektiv)(?: och|,)? )+"
    r"(?:kunskapstillskott|tillskott|bidrag|verktyg|stöd|kunskapsunderlag|underlag|"
    r"utgångspunkt|hjälpmedel|instrument|referensverk|uppslagsverk|kunskapskälla|"
    r"kunskapsbas|beslutsunderlag|planeringsunderlag|diskussionsunderlag|sätt|grepp|medel|"
    r"initiativ|komplement)"
    r"|(?:är|utgör|blir) (?:[\wåäö]+ )?(?:ett|en) (?:kunskapstillskott|tillskott)"
)
# The work done well, said after its verb and object: "har underbyggt förslaget väl med
# fakta", "beskriver utmaningarna på ett förtjänstfullt sätt" (not the answerer's own work).
_WELL_AFTER = (
    r"(?:underbyggt|underbygger|underbyggts|motiverat|motiverar|motiverats|beskrivit|"
    r"beskriver|beskrivits|redovisat|redovisar|redovisats|belyst|belyser|belysts|utrett|"
    r"utreder|utretts|analyserat|analyserar|analyserats|avvägt|avväger|genomarbetat|"
    r"förklarat|förklarar|presenterat|presenterar|sammanfattat|sammanfattar|fångat|fångar|"
    r"ringat in|ringar in|identifierat|identifierar|kartlagt|kartlägger|lyft fram|lyfter fram)"
    r"(?: (?:mycket )?väl(?= [\wåäö])(?! (?:till|som|att|medvet\w*|kända?|känt)(?![\wåäö]))|"
    r"(?: (?!(?:inte|ej|icke|aldrig|knappast|men|och|eller|att|som|tillräckligt)(?![\wåäö]))"
    r"[\wåäö:-]+){0,5}? (?:(?:väl|mycket väl|förtjänstfullt|föredömligt|gediget|övertygande|"
    r"pedagogiskt)(?= *(?:[.,;:!?]|$| med | och | i | genom | utifrån ))|på ett (?:mycket )?"
    r"(?:bra|förtjänstfullt|föredömligt|pedagogiskt|gediget|övertygande|utmärkt|tydligt|"
    r"grundligt|ambitiöst|gott) sätt))"
)
# Verbs of accepting: negated they oppose ("kan aldrig accepteras", "har svårt att godta").
_ACCEPTING = (
    "godta", "godtar", "godtas", "acceptera", "accepterar", "accepteras", "godkänna",
    "godkänner", "godkännas", "tillstyrka", "tillstyrks", "tillstyrkas", "ställa sig bakom",
    "ställa oss bakom", "stödja", "antas", "anta", "genomföras", "införas",
)  # fmt: skip

# The plain negators, shared with the stance reader (workbench.answer.stance): a word of a
# stand or a fault under one of them says something else.
NEGATOR_WORDS = r"inte|ej|icke|aldrig|ingen|inget|inga"
# Here also the words that deny a verdict as well ("knappast rimlig", "utan någon analys").
# "inte i närheten av att lösa …": "närheten av" after "inte (är) i" denies what follows.
_NEGATORS = (
    rf"{NEGATOR_WORDS}|knappast|knappt|varken|svårt att|svårligen|långt ifrån|utan|"
    r"(?:(?<=inte i )|(?<=inte är i )|(?<=inte ens i )|(?<=ej i )|(?<=långtifrån i ))"
    r"närheten av"
)
_NEGATOR = re.compile(rf"(?<![\wåäö])(?:{_NEGATORS})(?![\wåäö])", re.I)
# "inte bara", "inte minst", "inte heller": they do not negate what follows (heller negates,
# but says so of a fault already named: "är inte heller utredd" stays a fault).
_NOT_NEGATING = re.compile(
    r"(?<![\wåäö])(?:inte|ej) (?:bara|enbart|endast|minst|annat än|nödvändigtvis)"
    r"(?![\wåäö])|icke desto mindre|ingen tvekan|inget tvivel|utan tvekan|utan tvivel",
    re.I,
)
# What "utan" lacks: the word itself or a determiner of it ("utan någon analys").
_LACKS = re.compile(
    r"\s*(?:(?:någon|något|några|en|ett|tillräcklig\w*|närmare|egentlig\w*|vidare|"
    r"djupare|fördjupad\w*|ordentlig\w*)\s+)?$",
    re.I,
)
# A lack right before a negator denies it: "saknas inte", "saknar inte".
_LACKING = re.compile(r"(?<![\wåäö])(?:saknas|saknar|saknades|saknat|brister) $", re.I)
# Where a negation's scope ends: a sentence or a clause ("men", "dock", "utan", "samtidigt").
_CLAUSE_END = re.compile(
    r"[.!?;:](?:\s|$)|,\s*(?:men|utan|dock|samtidigt|däremot|medan|och)\s|\smen\s",
    re.I,
)
# A copula before a word of a good verdict: it is predicated ("är rimligt", "framstår som").
_COPULA = re.compile(
    r"(?<![\wåäö])(?:är|blir|vore|var|vara|varit|bli|framstår som|ter sig|förefaller|"
    r"verkar|bedöms som|bedöms vara|anses vara|finner (?:[\wåäö]+ )?|anser (?:det|detta|"
    r"förslaget|[\wåäö]+(?:en|et|na)) (?:vara )?)"
    r"(?: (?:inte|ej|knappast|aldrig|alls|helt|mycket|väl|både|synnerligen|särskilt|bara|"
    r"enbart|endast|minst|"
    r"tillräckligt|fullt|i grunden|i allt väsentligt|överlag|sammantaget|därför|dock|också|"
    r"även|enligt (?:vår|min|[\wåäö:]+s) (?:mening|uppfattning|bedömning)))* ?$",
    re.I,
)
# What a word of a fault is said of when it finds fault with the remiss: the proposal, its
# parts and grounds.
_OF_THE_REMISS = re.compile(
    r"(?:plan|förslag|föresl|utredning|betänkande|underlag|analys|redovisning|handling|"
    r"beskrivning|strategi|program|promemori|rapport|inventering|bedömning|konsekvens|"
    r"motivering|FÖP|MKB|avsnitt|kapitel|remiss(?!var|yttrande|instans|svar)|argument|"
    r"resonemang|slutsats|skäl|reform|modell|lösning|ändring|reglering|regel|regler|"
    r"bestämmelse|lagstiftning|lagtext|tidsplan|genomförande|utformning|byggnad|bebyggelse|"
    r"exploatering|kart(?:a|or))",
    re.I,
)

# The proposal itself named: what is now is then compared with it, not kept against it.
_PROPOSAL = re.compile(r"föresl|förslag|utredning|betänkande|promemori|remiss", re.I)

# Verbs that undo a fault: what they take is no fault found ("minska riskerna").
_REDUCING = re.compile(
    r"(?<![\wåäö])(?:minska|minskar|motverka|motverkar|undvika|undviker|förebygga|förebygger|"
    r"förhindra|förhindrar|lindra|lindrar|mildra|mildrar|åtgärda|åtgärdar|komma till rätta med|"
    r"hantera|hanterar|begränsa|begränsar|reducera|reducerar|eliminera|eliminerar|avhjälpa|"
    r"avhjälper|undanröja|undanröjer|undanröjt|åtgärdat|avhjälpt|eliminerat|lösa|löser|"
    r"rätta till|rättar till|råda bot på|rår bot på|tydliggöra|tydliggör|"
    r"klargöra|klargör|reda ut|reder ut)(?: [\wåäö]+){0,3} $",
    re.I,
)
# A purpose stated: what follows is aimed at, not found.
_PURPOSE = re.compile(
    r"(?<![\wåäö])(?:syftar till att|i syfte att|avser att|är avsedd\w* att|har som (?:mål|"
    r"syfte) att|syftet (?:med [\wåäö ]+ )?är att|målet (?:med [\wåäö ]+ )?är att)",
    re.I,
)

# What the proposal would bring, said in the conditional or the future: a word of a fault
# after it is said of what is proposed ("Att bygga vägen vore förödande", "skulle bli
# mycket störande"), not of the world as it is ("Läget för ålen är allvarligt").
_PROSPECT = re.compile(
    r"(?<![\wåäö])(?:vore|skulle (?:[\wåäö]+ ){0,2}?(?:vara|bli|få|innebära|medföra|leda till|"
    r"ge)|kommer (?:[\wåäö]+ )?att (?:bli|vara|få|innebära|medföra|leda till|ge)|riskerar att "
    r"(?:bli|få|ge))(?: [\wåäö]+){0,3} $",
    re.I,
)
# Harm in what a risk says will follow: "Risken är att området förlorar sin karaktär".
_HARM_FOLLOWS = re.compile(
    r"(?<![\wåäö])(?:förlor\w*|försvinn\w*|försvann|förlorad\w*|försämr\w*|minskar|minska|"
    r"urholk\w*|försvag\w*|skadas|skadar|skada|hotas|hotar|slås ut|drabbas|drabbar|"
    r"förstörs|förstör|påverkas negativt|blir (?:sämre|svårare|dyrare|otrygg\w*)|"
    r"ökar (?:[\wåäö]+ )?(?:buller|trafik|kostnad|risk|belastning|otrygghet)\w*|"
    r"går (?:[\wåäö]+ )?förlorad\w*|(?:inte|ej|aldrig) (?:kommer att |kan )?(?:nå|uppnå|"
    r"klara|fungera|genomföras)|uteblir|misslyck\w*)(?![\wåäö])",
    re.I,
)
# What a reason is a reason for, when it is one against the remiss: "skäl för avslag".
_NO_REASON_AGAINST = re.compile(
    r" (?:för|till) (?:avslag|att (?:avslå|avstyrka|motsätta|invända|ifrågasätta|förkasta))",
    re.I,
)
# A measure of the remiss as a sentence's subject: "Kravet gör det omöjligt för …",
# "Den föreslagna begränsningen innebär …".
_A_MEASURE = re.compile(
    r"(?:(?:den|det|de|denna|detta|dessa) (?:föreslagna |nya )?)?(?:begränsning|krav|"
    r"förbud|avgift|tak|skyldighet|åtgärd|regel|regler|bestämmelse|ändring|modell)"
    r"(?:en|et|na|erna|arna)?(?![\wåäö])",
    re.I,
)
# What a reason denied would be a reason for when denying it supports the remiss: "är inget
# skäl att avstå från åtgärden", "är inget argument mot förslaget".
_NOT_TO_OPPOSE = re.compile(
    r" (?:(?:för|till) )?(?:att (?:inte|avstå|avvisa|avslå|avstyrka|stoppa|vänta|skjuta)|"
    r"mot|emot)(?![\wåäö])",
    re.I,
)
# Who does what the verb of a breach says when it is no fault of the remiss: "den som bryter
# mot reglerna", "om någon bryter mot".
_BREACH_BY_SOMEONE = re.compile(r"(?<![\wåäö])(?:som|om|man|någon|den|de) $", re.I)
# A lack as a phrase of place or manner, no fault: "I avsaknad av detaljplan gäller …".
_IN_LACK = re.compile(r"(?<![\wåäö])(?:i|vid) $", re.I)

# A demand that the remiss be done again or replaced, not changed in a part: "yrkar på att
# detaljplanen revideras", "Utred alternativ!" (the guide's borderline: against, a demand).
# The remiss itself is the subject, and no "så att …", "avseende …" narrows the change.
_REWORK = re.compile(
    r"(?<![\wåäö])(?:(?:detalj|plan|översikts|bygg)?plan(?:en|förslaget)|förslag(?:et|en)|"
    r"programmet|strategin|projektet|FÖP:en|fördjupningen) (?:[\wåäö]+ ){0,4}?(?:revideras|"
    r"omarbetas|arbetas om|görs om|göras om|tas om|omprövas|ersätts|ersättas|dras tillbaka|"
    r"återkallas|ses över i sin helhet)(?! (?:så|genom|med(?! hänsyn till (?:[\wåäö]+ ){0,2}?"
    r"(?:invändningar|synpunkter|kritik))|avseende|gällande|när|i "
    r"fråga|vad|för att|utifrån|i enlighet|beträffande|i den|i de|på så|på följande))"
    r"(?![\wåäö])|"
    # another way studied for it: "Utred alternativ!", "utreda alternativa lokaliseringar"
    r"(?<![\wåäö])(?:utred|utreda|utreds|utredas|pröva|prövas|studera|studeras|ta fram|tas "
    r"fram|undersök|undersöka|undersökas) (?:[\wåäö]+ ){0,2}?alternativ(?:a|en)?"
    r"(?: (?:lokalisering|placering|sträckning|platser|lägen|områden|utformning)\w*)?"
    r"(?=\s*(?:[.!?,;]|$| till (?:planen|förslaget|detaljplanen|projektet)| som ))",
    re.I,
)

FAULT = "fault"  # a fault found: criticism
OPPOSED = "opposed"  # acceptance denied: opposition
GOOD = "good"  # a good verdict predicated


@dataclass(frozen=True)
class Evaluation:
    start: int
    end: int
    kind: str  # FAULT, OPPOSED or GOOD
    phrase: str  # as written, with its negator when that turns it


def _alternatives(words) -> str:
    return _trie([(w.casefold(), "") for w in words])


def _adjective(stem: str) -> tuple[str, str]:
    """An adjective's forms as its letters and a pattern of its endings: "genomarbetad"
    genomarbetad/-at/-ade, "gedigen" gedigen/-et/-na, "bekymmersam" -samt/-samma,
    "lovvärd" -t/-a, "outredd" -tt/-a, "olämplig" -t/-a/-e/-are/-ast/-aste."""
    word = stem.casefold()
    if stem.endswith("ad"):
        return word[:-2], "(?:ad|at|ade|ada)"
    if stem.endswith("mmen"):
        return word[:-4], "(?:mmen|mmet|na)"
    if stem.endswith("en"):
        return word[:-2], "(?:en|et|na)"
    if stem.endswith("m"):
        return word, "(?:t|ma|mare|mast|maste)?"
    if stem.endswith(("a", "e", "o", "t", "vis", "rr", "de", "fel")):
        return word, ("a?" if stem.endswith("t") else "")
    if stem.endswith("dd"):  # "outredd": outrett, outredda
        return word[:-2], "(?:dd|tt|dda|dde)"
    if stem.endswith("d"):  # "lovvärd", "felbedömd": lovvärt, lovvärda
        return word[:-1], "(?:d|t|da|de)"
    return word, "(?:t|a|e|are|aste?)?"


def _adjectives(stems) -> str:
    return _trie([_adjective(s) for s in stems])


def _trie(items: list[tuple[str, str]]) -> str:
    """Words (each its letters and a pattern of its endings) as one pattern that shares
    their common beginnings: re tries an alternation branch by branch, so a list of a
    hundred words costs a hundred tries at every place, a tree of them a few."""
    root: dict = {}
    for letters, ending in items:
        node = root
        for char in letters:
            node = node.setdefault(char, {})
        node.setdefault("", set()).add(ending)

    def emit(node: dict) -> str:
        branches = [
            re.escape(char).replace(r"\ ", " ") + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        # longer words first, then the endings of a word that stops here
        branches += sorted(node.get("", ()), key=len, reverse=True)
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(root)


@functools.lru_cache(maxsize=1)
def evaluation_patterns():
    """The lexicon's patterns, compiled once. Each begins where a word does: `_at_words`
    tries each only at the words it may begin with."""
    end = r"(?![\wåäö])"
    return {
        # harm done, said of anything: "påverkas negativt", "stor negativ påverkan"
        "harm": re.compile(
            r"(?<![\wåäö])(?:påverka\w* (?:[\wåäö]+ ){0,2}?negativt|negativ (?:påverkan|"
            r"inverkan)|negativa (?:konsekvenser|effekter|följder))" + end,
            re.I,
        ),
        # harm and a breach said of what is proposed: "sker på bekostnad av", "går ut över",
        # "är i strid med" (`_of_the_remiss`)
        "at_cost": re.compile(
            r"(?<![\wåäö])(?:på bekostnad av|(?:går|gå|gick) (?:[\wåäö]+ )?stick i stäv med|"
            r"(?:går|gå|gick) (?:[\wåäö]+ )?ut över|i (?:direkt |"
            r"uppenbar |tydlig )?strid (?:med|mot)|(?:inte|ej) i linje med)" + end,
            re.I,
        ),
        # what is now, found good enough: "dagens regler räcker", "nuvarande ordning fungerar
        # väl" (its sentence naming none of the remiss's parts)
        "keep": re.compile(
            r"(?<![\wåäö])(?:dagens|nuvarande|befintliga?|gällande|rådande) (?:[\wåäö-]+ ){0,3}?"
            r"(?:räcker|fungerar (?:[\wåäö]+ )?(?:väl|bra|tillfredsställande)|"
            # "dagens system innebär en rimlig avvägning", "nuvarande regler är väl avvägda"
            r"(?:är|innebär) (?:(?!(?:inte|ej|icke|knappast|aldrig)(?![\wåäö]))[\wåäö]+ )?"
            r"(?:(?:en|ett) )?(?:bra|tillräcklig\w*|"
            r"ändamålsenlig\w*|välfungerande|väl fungerande|rimlig\w*|välavvägd\w*|"
            r"väl avvägd\w*|balanserad\w*))" + end,
            re.I,
        ),
        # praise in "väl" and a participle: "väl genomförd", "väl underbyggda"
        "well_done": re.compile(
            r"(?<![\wåäö])väl (?!(?:till|så|som|att|och|med|i|på|för|inte|än|när|den|det|de|en|"
            r"ett)(?![\wåäö]))[\wåäö]{4,}(?:ad|at|ade|d|t|da|de)" + end,
            re.I,
        ),
        "verdict": re.compile(
            rf"(?<![\wåäö])(?:{_adjectives(_VERDICTS)})" + end,
            re.I,
        ),
        "fault": re.compile(
            rf"(?<![\wåäö])(?:{_adjectives(_FAULTS)})" + end,
            re.I,
        ),
        "fault_noun": re.compile(
            rf"(?<![\wåäö])(?<!av )(?:{_alternatives(_FAULT_NOUNS)}){end}", re.I
        ),
        "hazard_noun": re.compile(
            rf"(?<![\wåäö])(?:{_alternatives(_HAZARD_NOUNS)})(?= (?:att|för|med|i|när|mot|på))",
            re.I,
        ),
        # a lack that may be the world's: judged where it stands (`_lack_found`)
        "lack": re.compile(rf"(?<![\wåäö])(?:{_alternatives(_LACK_NOUNS)}){end}", re.I),
        # the risk named as what will follow: "Risken är att …", "Faran blir stor att …"
        "risk_is": re.compile(
            r"(?<![\wåäö])(?:risken|riskerna|faran|farhågan|farhågorna|oron) (?:är|blir|"
            r"finns i att) (?:[\wåäö]+ ){0,2}?att" + end,
            re.I,
        ),
        # suffering and breaching: "lider starkt av bristen på", "bryter mot lagen"
        "suffers": re.compile(
            r"(?<![\wåäö])(?:lider|led|lida|lidit)(?: (?!(?:inte|ej|icke|aldrig|knappast)"
            r"(?![\wåäö]))[\wåäö]+){0,2}? av" + end,
            re.I,
        ),
        "breach": re.compile(
            r"(?<![\wåäö])(?:bryter|bröt|bryta|brutit|bryts) (?:[\wåäö]+ )?mot" + end, re.I
        ),
        # harm foreseen: what will, would or may follow, a loss or a burden ("kommer att
        # försvinna", "skulle skugga", "riskerar att slå undan benen för", "innebär att utsikten
        # försvinner"); a fault where it follows from the remiss (`_harm_of_the_remiss`)
        "foreseen": re.compile(
            r"(?<![\wåäö])(?:kommer (?:(?!(?:inte|ej|icke|aldrig|knappast)(?![\wåäö]))"
            r"[\wåäö]+ ){0,5}?att|skulle|riskerar (?:[\wåäö]+ )?att|"
            r"kan komma att|innebär att|innebära att|medför att|leder till att|"
            r"kan (?:medföra|leda till|innebära) att)"
            r"(?: (?!(?:inte|ej|icke|aldrig|knappast)(?![\wåäö]))[\wåäö]+){0,6}? "
            r"(?:försvinn\w*|försvann|förlor(?:a|as|ar|ade)|gå förlora[dt]\w*|går förlora[dt]\w*|"
            r"försämr\w*|urholk\w*|försvag\w*|skadas|skada|förstör\w*|hota[s]?|slås ut|"
            r"slå (?:undan|ut)|drabba[s]?|skugg\w*|omöjliggör\w*|försvår\w*|"
            r"bli (?:ett )?(?:[\wåäö]+ )?problem|(?:bli|få|får) (?:en |ett )?(?:sämre|svårare|"
            r"dyrare|farligare|otryggare|trängre|bullrigare|mörkare|längre|osäkrare)|"
            r"öka (?:[\wåäö]+ ){0,3}?(?:buller|trafik|börd|kostnad|administration|belastning|"
            r"otrygghet|utsläpp)\w*|"
            # a norm or a goal not met: "kan medföra att en miljökvalitetsnorm inte följs"
            r"(?:inte|ej) (?:kan )?(?:följs|följas|uppfylls|uppfyllas|klaras|nås|innehålls))" + end,
            re.I,
        ),
        # harm told in the present with what the remiss brings (`_BROUGHT`): "Med den
        # föreslagna bebyggelsen försvinner den sista gröna korridoren"; a nuisance suffered:
        # "drabbas av ökat buller"
        "harm_now": re.compile(
            r"(?<![\wåäö])(?:försvinner|förstörs|går förlora[dt]\w*|skadas|hotas|offras|"
            # a burden that grows: "Regelbördan för företagen ökar med förslaget"
            r"(?:regelbörd|börd|administrativ\w* börd|byråkrati|regelkrångel|kostnad)\w* "
            r"(?:[\wåäö]+ ){0,3}?(?:ökar|växer|stiger)|"
            r"drabbas av (?:ett |en )?(?:ökat|ökad|ökade|mer|högre|större|kraftigt ökad\w*) "
            r"(?:buller|trafik|kostnad\w*|avgift\w*|administration|skuggning|störning\w*|"
            r"belastning))" + end,
            re.I,
        ),
        # a measure beyond what is right: "såpass ingripande att", "så pass långtgående"
        "too_far": re.compile(
            r"(?<![\wåäö])(?:såpass|så pass) (?:ingripande|långtgående|omfattande|allvarlig\w*|"
            r"negativ\w*|betungande|kostsam\w*|störande|skadlig\w*|begränsad\w*|bristfällig\w*|"
            r"dålig\w*|osäker\w*|oklar\w*|stor(?:a|t)? (?:påverkan|ingrepp|skada|skador|"
            r"intrång|risk|risker))" + end,
            re.I,
        ),
        # reasons to reject, and the remiss gone against: "ännu ett skäl för avslag", "talar
        # emot förslaget", "till skillnad från utredningen anser vi …"
        "against_it": re.compile(
            r"(?<![\wåäö])(?:(?:skäl|skälen|anledning|grund|grunden|grunder) (?:för|till) "
            r"(?:avslag|att avslå|att avstyrka|att förkasta)|talar (?:[\wåäö]+ )?emot|"
            r"(?:till skillnad från|i motsats till|tvärtemot) (?:vad )?(?:utredning(?:en)?|"
            r"utredaren|förslaget|regeringen|promemorian|betänkandet|kommunen|planen|"
            r"[\wåäö]*utredningen|[\wåäö]*planen))" + end,
            re.I,
        ),
        # a possibility, a right or a room curtailed, actively or in the passive:
        # "begränsar utrymmet för …", "Möjligheten att överklaga har kraftigt begränsats"
        # (of the remiss; not a possibility of a wrong: "begränsar möjligheten till fusk")
        "curtailed": re.compile(
            r"(?<![\wåäö])(?:(?:begränsa[rdst]?|begränsade|begränsat|inskränker|inskränkte|"
            r"minskar|minskade|kringskär|beskär|tar bort|tog bort|tagit bort)"
            r"(?: (?:kraftigt|starkt|ytterligare|avsevärt|väsentligt|därmed|också|även|"
            r"dessutom|i praktiken))* (?:[\wåäö]+s )?"
            + _CURTAILED
            + r"|"
            + _CURTAILED
            + r"(?: (?!(?:men|och|samt|eller|medan|utan|när|då)(?![\wåäö]))"
            r"[\wåäö-]+){0,8}? (?:begränsas|begränsats|inskränks|inskränkts|"
            r"minskas|minskats|kringskärs|kringskurits|beskärs|beskurits|tas bort|tagits bort|"
            r"(?:blir|blivit) (?:[\wåäö]+ )?(?:begränsad\w*|inskränkt\w*|mindre|kringskur\w*)|"
            r"har (?:[\wåäö]+ )?(?:begränsats|inskränkts|minskat|försvunnit)))" + end,
            re.I,
        ),
        # a burden put on those the remiss is for, denied: "Det är inte läsarens uppgift att
        # …", "det kan inte vara de enskildas ansvar" (`_BURDENED`)
        "not_their_task": re.compile(
            r"(?<![\wåäö])(?:(?:är|vara|bli|blir) (?:inte|ej|knappast|aldrig)|"
            r"(?:inte|ej|knappast|aldrig) (?:vara|bli)) "
            r"(?:[\wåäö]+ ){1,3}?(?:uppgift|ansvar|sak|skyldighet|börda)" + end,
            re.I,
        ),
        # a thing made hard or impossible: "gör det svårt eller till och med omöjligt att …"
        # (of the remiss, or of one of its measures as the subject: "Kravet gör det …")
        "made_hard": re.compile(
            r"(?<![\wåäö])(?:gör|göra|gjort|gjorde|skulle göra) (?:det|detta) "
            r"(?:(?:mycket|betydligt|ännu|väldigt|i praktiken|närmast|helt) )?(?:svårt|svårare|"
            r"omöjligt|dyrare|krångligare|olönsamt|ogörligt)(?: (?:eller|och) (?:till och med |"
            r"rentav |rent av |kanske |snudd på )?(?:omöjligt|svårt|olönsamt))?"
            r" (?:för (?:[\wåäö-]+ ){1,4}?)?att" + end,
            re.I,
        ),
        # the answerer dismayed at it, in the passive of a verb of feeling ("Vi oroas över
        # förslagets följder", "förvånas över att utredningen …"), and what it leaves wanting
        # ("lämnar mycket övrigt att önska"), a step back: of the remiss (`_of_the_remiss`)
        "dismayed": re.compile(
            r"(?<![\wåäö])(?:(?:oroas|bekymras|förvånas|förundras|häpnar|upprörs|förfäras|"
            r"förskräcks|förskräckta|förfärade|häpna)(?: (?:mycket|starkt|därför|också|även|"
            r"särskilt|djupt))? (?:över|av)|lämnar (?:[\wåäö]+ ){0,4}?att önska|(?:ett|ytterligare "
            r"ett) (?:stort |tydligt |klart )?steg (?:tillbaka|bakåt))" + end,
            re.I,
        ),
        # what the remiss does, disapproved in a relative clause: "…, vilket bör undvikas"
        "to_be_avoided": re.compile(
            r"(?<![\wåäö])vilket (?:(?:bör|ska|skall|måste|borde) (?:[\wåäö]+ )?(?:undvikas|"
            r"förhindras)|(?:inte|ej) (?:bör|ska|skall|får) (?:ske|tillåtas|förekomma))" + end,
            re.I,
        ),
        # a burden refused by those who would bear it: "det ska inte vara vi som bor här som
        # betalar för det"
        "not_us_to_pay": re.compile(
            r"(?<![\wåäö])(?:inte|ej|aldrig) vara (?:vi|de|den|dom|[\wåäö]+(?:na|rna))"
            r"(?: [\wåäö]+)? som (?:[\wåäö]+ ){0,5}?(?:betalar|betala|får betala|ska betala|"
            r"står för|ska stå för|bär kostnad\w*|bekostar|bekosta|får bära|ska bära)" + end,
            re.I,
        ),
        # a reason or a remedy of the remiss dismissed: "Att ökningen är liten är inget
        # argument", "Fler parkeringsplatser är ingen lösning" (not "inget skäl att avslå")
        "no_argument": re.compile(
            r"(?<![\wåäö])(?:är|vore|utgör) (?:inget|ingen|knappast (?:ett|en)|inte (?:ett|en))"
            r" (?:(?:bärande|hållbart|hållbar|godtagbart|godtagbar|giltigt|giltig|relevant|"
            r"tillräckligt|tillräcklig|bra|rimlig|rimligt|långsiktig|seriös|seriöst|"
            r"realistisk) )?(?:argument|skäl|motiv|ursäkt|lösning|alternativ)" + end,
            re.I,
        ),
        # the remiss contradicted: "utredningens egna experter säger motsatsen"
        "contrary": re.compile(
            r"(?<![\wåäö])(?:säger|sade|visar|visade|tyder på|pekar på|talar för|bevisar|"
            r"hävdar) (?:(?!inte|ej|icke|aldrig)[\wåäö]+ )?(?:motsatsen|det motsatta|raka "
            r"motsatsen)" + end,
            re.I,
        ),
        # the work done the wrong way round, on loose grounds: "i omvänd ordning", "bygger på
        # lösa antaganden"
        "wrong_way": re.compile(
            r"(?<![\wåäö])(?:i (?:omvänd|fel|bakvänd) ordning|från fel håll|i fel ände|"
            r"(?:lösa|svaga|osäkra|bräckliga|tunna|gamla) (?:antaganden|grunder|premisser|"
            r"underlag|siffror|uppgifter|belägg)|"
            # a picture painted false: "fått det att framstå som om …", "ger sken av"
            r"(?:få|får|fått|fick) (?:det|detta|det hela|[\wåäö]+(?:en|et|na)) (?:att )?"
            r"(?:framstå|verka|se ut|låta) som|(?:ge|ger|gett|gav|ges) (?:ett )?(?:[\wåäö]+ )?"
            r"sken av|(?:ge|ger|gett|gav|ges) en (?:falsk|skev|förskönad|glättad|"
            r"tillrättalagd|ofullständig) bild)" + end,
            re.I,
        ),
        # a way of doing found wrong: "Så får man inte hantera …", "På det viset kan man inte"
        "not_done_so": re.compile(
            r"(?<![\wåäö])(?:så|på det (?:här |)(?:viset|sättet)) (?:får|kan|bör|ska) (?:man|"
            r"vi|ni|kommunen|staten|regeringen|myndigheten|[\wåäö]+en) (?:inte|ej|aldrig)" + end,
            re.I,
        ),
        # a verdict said without its copula at a sentence's start: "Bra att kommunen …",
        # "Synd att planen inte …" (`_opens_sentence`)
        "elliptic": re.compile(
            r"(?<![\wåäö])(?:bra|positivt|glädjande|utmärkt|skönt|klokt|välkommet|lovvärt|"
            r"berömvärt|föredömligt|synd|tråkigt|olyckligt|beklagligt|märkligt|dåligt|"
            r"anmärkningsvärt|oroande|oroväckande|förvånande) (?:att|med|då|när)" + end,
            re.I,
        ),
        # praise of what follows: "Det är lovvärt att utredningen …" (not "Det är nödvändigt
        # att …", which asks)
        "praise_that": re.compile(
            r"(?<![\wåäö])(?:det|detta) (?:är|var|vore) (?:(?:mycket|särskilt|också|även|"
            r"därför|verkligen) )*(?:lovvärt|berömvärt|föredömligt|glädjande|bra|utmärkt|"
            r"välkommet|förtjänstfullt|värdefullt|tilltalande|klokt|förnuftigt|positivt) "
            r"(?:att|med)" + end,
            re.I,
        ),
        # another's judgement agreed with: "har med all rätt lyft fram", "helt riktigt"
        "rightly": re.compile(
            r"(?<![\wåäö])(?:med (?:all )?rätta?|helt riktigt|helt korrekt|på goda grunder)" + end,
            re.I,
        ),
        # praise of the work in an attribute: "en bra redogörelse", "tydliga beskrivningar"
        "good_work": re.compile(
            r"(?<![\wåäö])(?:bra|god|gott|goda|utmärkta?|tydliga?|tydligt|föredömlig[ta]?|"
            r"pedagogisk[ta]?|heltäckande|ambitiös[ta]?|välskriv(?:en|et|na)|välgjord[a]?|"
            r"välgjort|klok[ta]?|rimlig[ta]?|balanserad[ea]?|balanserat|förnuftig[ta]?)"
            r"(?: och [\wåäö]+)? (?:redogörelse|"
            r"beskrivning|analys|genomgång|sammanställning|kartläggning|utredning|underlag|"
            r"översikt|redovisning|inventering|motivering|avvägning|utgångspunkt|förslag|"
            r"lösning|ambition|arbete|grund|struktur|delar|inslag)\w*" + end,
            re.I,
        ),
        "neg_verb": re.compile(
            rf"(?<![\wåäö])(?:{_alternatives(_NEGATIVE_VERBS)})"
            r"(?:ar|ade|at|as|ades|ats|er|de|t|s|a|en)?" + end,
            re.I,
        ),
        "pos_adj": re.compile(rf"(?<![\wåäö])(?:{_adjectives(_POSITIVE_ADJECTIVES)}){end}", re.I),
        "adequacy": re.compile(rf"(?<![\wåäö])(?:{_alternatives(_ADEQUACY)}){end}", re.I),
        "adequate": re.compile(rf"(?<![\wåäö])(?:{_adjectives(_ADEQUATE)}){end}", re.I),
        "effect": re.compile(rf"(?<![\wåäö])(?:{_alternatives(_EFFECT_VERBS)}){end}", re.I),
        # (not "antas medföra": "assumed to", the plan's own finding)
        "accepting": re.compile(
            rf"(?<![\wåäö])(?:{_alternatives(_ACCEPTING)}){_PART}{end}(?! {ASSUMED_TO})", re.I
        ),
        "good_done": re.compile(rf"(?<![\wåäö]){_GOOD_DONE}{end}", re.I),
        "praise_noun": re.compile(rf"(?<![\wåäö])(?:{_PRAISE_NOUN}){end}", re.I),
        "well_after": re.compile(rf"(?<![\wåäö]){_WELL_AFTER}", re.I),
        # the right way: "Förslaget går i rätt riktning" (negated a fault: "går inte i …")
        "right_way": re.compile(
            r"(?<![\wåäö])(?:går|gå|gick|pekar|peka|ligger|leder|leda|styr|är|tar|ta)"
            r"(?: (?:[\wåäö]+)){0,2}? i rätt riktning" + end,
            re.I,
        ),
        # a need or a gap filled: "fyller ett viktigt behov", "fyller en lucka i kunskapen"
        "fills": re.compile(
            r"(?<![\wåäö])(?:fyller|fylla|fyllt|fyllde)(?: (?:därmed|också|även|verkligen|väl|"
            r"inte|ej|knappast))* (?:(?:ett|en) )?(?:(?:viktig|viktigt|stor|stort|angelägen|"
            r"angeläget|tydlig|tydligt|efterfrågad|efterfrågat|välkommen|välkommet|verklig|"
            r"verkligt|befintlig|uppenbar|uppenbart|länge efterfrågad|länge efterfrågat) )?"
            r"(?:behov|funktion|lucka|tomrum|kunskapslucka)" + end,
            re.I,
        ),
        # a quality held: "håller hög kvalitet", "är av god kvalitet"
        "quality": re.compile(
            r"(?<![\wåäö])(?:håller|höll|hålla|är av|var av|är genomgående av|håller genomgående)"
            r"(?: (?:inte|ej|knappast))? (?:en )?(?:(?:mycket|genomgående|överlag|generellt|"
            r"mycket) )?(?:hög|god|utmärkt|gedigen|tillräckligt hög|tillräckligt god) "
            r"(?:kvalitet|klass|standard|nivå)" + end,
            re.I,
        ),
    }


@functools.lru_cache(maxsize=1)
def _at_words() -> AtWords:
    """The lexicon's patterns searched at words (`patterns.AtWords`): a dozen patterns tried
    at every place of every sentence were most of the time spent reading evaluations."""
    return AtWords(evaluation_patterns())


def _clause_before(text: str, start: int) -> int:
    """Where the clause holding `start` begins."""
    begin = 0
    for found in _CLAUSE_END.finditer(text, 0, start):
        begin = found.end()
    return begin


def negator_before(text: str, start: int, words: int = 4, lacking: bool = False) -> re.Match | None:
    """The negator that governs the word at `start` from before it: in its clause, within
    `words` words ("är inte rimligt", "är knappast belysta"), "varken" anywhere before in
    it ("varken genomtänkt eller förankrat"), "utan" right before a noun (`lacking`:
    "utan någon analys", not a condition opening its clause: "Utan ett uppdrag förlorar
    de …"); not one that does not negate ("inte bara", "inte minst") nor one an "utan" after it
    ends ("inte X utan Y")."""
    begin = _clause_before(text, start)
    before = text[begin:start]
    tokens = list(re.finditer(r"\S+", before))
    window_start = begin + tokens[-words].start() if len(tokens) > words else begin
    found = None
    for match in _NEGATOR.finditer(text, window_start, start):
        found = match
    if found is None:
        varken = re.search(r"(?<![\wåäö])varken(?![\wåäö])", before, re.I)
        if varken is None:
            return None
        found = re.compile(r".+", re.S).match(text, begin + varken.start(), start)
        return found
    if found.group(0).casefold() == "utan":
        # "utan någon analys" lacks; "inte bara X utan också Y" contrasts
        if (
            not lacking
            or not _LACKS.match(text, found.end(), start)
            or _NEGATOR.search(text, begin, found.start())
            or not text[begin : found.start()].strip(" -–•*\n")
        ):
            return None
    elif re.search(r"(?<![\wåäö])utan(?![\wåäö])", text[found.end() : start], re.I):
        return None  # "inte bara … utan", "inte X utan Y": Y is not negated
    if _NOT_NEGATING.match(text, found.start()):
        return None
    if _LACKING.search(text, max(begin, found.start() - 20), found.start()):
        return None  # a lack denied: "det saknas inte underlag" is no fault
    at = found.start()
    if found.group(0).casefold().startswith("närheten"):
        # the negation is the whole phrase: "inte (är) i närheten av"
        whole = re.search(r"(?:inte|ej|långtifrån)(?: är| ens)? i $", text[begin:at], re.I)
        at = begin + whole.start() if whole else at
    return re.compile(r".+", re.S).match(text, at, start)


def _negator_after(text: str, end: int) -> re.Match | None:
    """A negator right after a finite verb: "löser inte", "håller dock inte"."""
    return re.match(
        r"(?: (?:dock|därmed|alltså|heller|tyvärr|enligt [\wåäö:]+ (?:mening|bedömning)))?"
        r" (?:inte|ej|icke|aldrig|knappast|varken)(?![\wåäö])",
        text[end:],
        re.I,
    )


@functools.lru_cache(maxsize=4096)
def evaluations(text: str) -> tuple[Evaluation, ...]:
    """The evaluations in `text` (see the module's doc), by where they start. Cached: an
    answer's sentences are read again in their paragraph's pieces and its criticism test."""
    found = _at_words().finditer(text)
    out: list[Evaluation] = []

    def negation(
        start: int, end: int, verb: bool = False, lacking: bool = False
    ) -> tuple[int, int] | None:
        """The span of the word with the negation that governs it, or None if none does."""
        after = _negator_after(text, end) if verb else None
        if after is not None and not _NOT_NEGATING.match(text, end + after.start() + 1):
            return start, end + after.end()
        before = negator_before(text, start, lacking=lacking)
        if before is not None:
            return before.start(), end
        return None

    for match in found["harm"]:
        if negation(match.start(), match.end(), verb=True) is None:
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["at_cost"]:
        if _of_the_remiss(text, match.start()) and (
            match.group(0).casefold().startswith(("inte", "ej"))
            or negation(match.start(), match.end(), verb=True) is None
        ):
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["keep"]:
        sentence = text[max(0, text.rfind(". ", 0, match.start())) : match.end()]
        if negation(match.start(), match.end(), verb=True) is None and not _PROPOSAL.search(
            sentence
        ):
            # what is now works: against the change ("Dagens regler räcker")
            out.append(Evaluation(match.start(), match.end(), OPPOSED, match.group(0)))
    for match in found["well_done"]:
        if _COPULA.search(text[max(0, match.start() - 80) : match.start()]) and (
            negation(match.start(), match.end()) is None
        ):
            out.append(Evaluation(match.start(), match.end(), GOOD, match.group(0)))
    for match in found["verdict"]:
        if negation(match.start(), match.end()) is None:
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["fault"]:
        if negation(match.start(), match.end()) is None and (
            _of_the_remiss(text, match.start()) or _in_prospect(text, match.start())
        ):
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["lack"]:
        predicated = _PREDICATED.search(text[max(0, match.start() - 40) : match.start()])
        if negation(match.start(), match.end()) is None and (
            predicated
            or (
                # in something, not a shortage: "brist i underlaget", not "brist på bostäder"
                re.match(r" (?:i|med|av)(?![\wåäö])", text[match.end() :])
                and not _IN_LACK.search(text[max(0, match.start() - 4) : match.start()])
                and not _FILLED.search(text, max(0, match.start() - 40), match.start())
                and _of_the_remiss(text, match.start())
            )
        ):
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["risk_is"]:
        stop = _CLAUSE_END.search(text, match.end())
        follows = text[match.end() : stop.start() if stop else len(text)]
        if negation(match.start(), match.end()) is None and (
            _of_the_remiss(text, match.start()) or _HARM_FOLLOWS.search(follows)
        ):
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["suffers"]:
        if negation(match.start(), match.end()) is None and _of_the_remiss(text, match.start()):
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["breach"]:
        if negation(
            match.start(), match.end(), verb=True
        ) is None and not _BREACH_BY_SOMEONE.search(
            text[max(0, match.start() - 6) : match.start()]
        ):
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for name in ("against_it", "wrong_way", "not_done_so", "contrary"):
        for match in found[name]:
            if name != "not_done_so" and negation(match.start(), match.end(), verb=True):
                continue  # "inget skäl för avslag", "inte i fel ordning"
            if match.group(0).casefold().startswith("talar") and not _of_the_remiss(
                text, match.start()
            ):
                continue  # "Vädret talar emot en tidig sådd"
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["foreseen"]:
        if _harm_of_the_remiss(text, match.start()) or _WOULD.match(match.group(0)):
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["harm_now"]:
        opening = text[max(0, text.rfind(". ", 0, match.start()) + 1) : match.end()]
        brought = (
            match.group(0).casefold().startswith("drabbas")
            or _BROUGHT.search(opening)
            or _PROPOSAL.search(_sentence_of(text, match.start()))
        )
        if brought and negation(match.start(), match.end(), verb=True) is None:
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["too_far"]:
        if negation(match.start(), match.end()) is None:
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["elliptic"]:
        if _opens_sentence(text, match.start()):
            word = match.group(0).split()[0].casefold()
            kind = GOOD if word in _ELLIPTIC_GOOD else FAULT
            out.append(Evaluation(match.start(), match.end(), kind, match.group(0)))
    for match in found["praise_that"]:
        if negation(match.start(), match.end()) is None and not re.search(
            r"(?<![\wåäö])(?:inte|ej|icke|knappast)(?![\wåäö])", match.group(0), re.I
        ):
            out.append(Evaluation(match.start(), match.end(), GOOD, match.group(0)))
    for name in ("rightly", "good_work"):
        for match in found[name]:
            span = negation(match.start(), match.end())
            if span is not None:  # "ingen tydlig beskrivning", "inte med rätta"
                out.append(Evaluation(span[0], span[1], FAULT, text[span[0] : span[1]]))
            else:
                out.append(Evaluation(match.start(), match.end(), GOOD, match.group(0)))
    for match in found["curtailed"]:
        stop = _CLAUSE_END.search(text, match.end())
        follows = text[match.end() : stop.start() if stop else len(text)]
        if (
            negation(match.start(), match.end(), verb=True) is None
            and not _A_WRONG.search(match.group(0) + follows[:60])
            and _of_the_remiss(text, match.start())
        ):
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["dismayed"]:
        if match.group(0).casefold().endswith(("över", " av")):
            # dismay: at what follows it ("oroas över förslagets följder")
            stop = _CLAUSE_END.search(text, match.end())
            said_of = bool(
                _OF_THE_REMISS.search(text[match.end() : stop.start() if stop else len(text)])
            )
        else:
            said_of = _of_the_remiss(text, match.start())
        if said_of and negation(match.start(), match.end(), verb=True) is None:
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["made_hard"]:
        then = text[match.end() :].lstrip()
        if evaluation_patterns()["neg_verb"].match(then) or _A_WRONG.match(then):
            continue  # a harm or a wrong made hard is good: "gör det omöjligt att inskränka …"
        if negation(match.start(), match.end()) is None and (
            _of_the_remiss(text, match.start())
            or _A_MEASURE.match(_sentence_of(text, match.start()).lstrip(" -–•*\n"))
        ):
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["to_be_avoided"]:
        if _of_the_remiss(text, match.start()):
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["not_us_to_pay"]:
        out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["no_argument"]:
        stop = _CLAUSE_END.search(text, match.end())
        follows = text[match.end() : stop.start() if stop else len(text)]
        if not _NO_REASON_AGAINST.match(text, match.end()) and not _NOT_TO_OPPOSE.match(follows):
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["not_their_task"]:
        if _BURDENED.search(match.group(0)):
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["neg_verb"]:
        if negation(match.start(), match.end(), verb=True) is None and _of_the_remiss(
            text, match.start()
        ):
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["fault_noun"]:
        predicated = _PREDICATED.search(text[max(0, match.start() - 40) : match.start()])
        if negation(match.start(), match.end()) is None and (
            predicated or _of_the_remiss(text, match.start())
        ):
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["hazard_noun"]:
        if (
            negation(match.start(), match.end()) is None
            and (
                _BRINGS.search(text[max(0, match.start() - 80) : match.start()])
                # there being a risk is one of the proposal only when it says what may
                # follow ("finns en risk att …"); "finns risk för översvämning" is a hazard
                or (
                    _THERE_IS.search(text[max(0, match.start() - 60) : match.start()])
                    and (
                        text.startswith(" att", match.end())
                        # a threat to something: "finns stora hot mot naturvärdena om …"
                        or (
                            match.group(0).casefold().startswith("hot")
                            and text.startswith(" mot", match.end())
                        )
                    )
                )
            )
            and (_of_the_remiss(text, match.start()) or _harm_after(text, match.end()))
        ):
            # (a risk the answer sees, of the remiss or with the harm told after it: "Vi ser
            # en uppenbar risk att skyddet försvagas")
            out.append(Evaluation(match.start(), match.end(), FAULT, match.group(0)))
    for match in found["pos_adj"]:
        span = negation(match.start(), match.end())
        if span is not None:
            out.append(Evaluation(span[0], span[1], FAULT, text[span[0] : span[1]]))
        elif (
            _COPULA.search(
                # one adjective coordinated before it: "är tydlig och lättläst"
                re.sub(
                    r"[\wåäö]+(?:,| och| samt) $",
                    "",
                    text[max(0, match.start() - 80) : match.start()],
                )
            )
            and not re.match(r" (?:att|om)(?![\wåäö])", text[match.end() :])
            and not _MAY_BE.search(text, max(0, match.start() - 40), match.start())
        ):
            # predicated, and no "att"-clause after it ("det är nödvändigt att …" asks); a
            # possibility granted is no verdict ("kan vara användbar men bör motiveras")
            out.append(Evaluation(match.start(), match.end(), GOOD, match.group(0)))
    for match in found["adequate"]:
        span = negation(match.start(), match.end())
        if span is not None:
            out.append(Evaluation(span[0], span[1], FAULT, text[span[0] : span[1]]))
    for match in found["adequacy"]:
        span = negation(match.start(), match.end(), lacking=True)
        if _NO_REASON_AGAINST.match(text, match.end()) or _NOT_TO_OPPOSE.match(text, match.end()):
            continue  # no reason to reject is no lack: "finns inget skäl för avslag"
        if span is not None and _of_the_remiss(text, match.start()):
            out.append(Evaluation(span[0], span[1], FAULT, text[span[0] : span[1]]))
    for match in found["effect"]:
        span = negation(match.start(), match.end(), verb=True)
        if span is not None and _of_the_remiss(text, match.start()):
            out.append(Evaluation(span[0], span[1], FAULT, text[span[0] : span[1]]))
    for match in found["good_done"]:
        stop = _CLAUSE_END.search(text, match.end())
        follows = text[match.start() : stop.start() if stop else len(text)]
        if (
            negation(match.start(), match.end(), verb=True) is None
            and _remiss_does(text, match.start(), match.end())
            and (
                # a harm is what "löser" and "minskar" take: "löser problemen"
                follows.casefold().startswith(("minska", "lös", "lyck"))
                or not _HARM_BROUGHT.search(follows)
            )
        ):
            # (not a harm it brings: "bidrar till ökade kostnader", "stärker segregationen")
            out.append(Evaluation(match.start(), match.end(), GOOD, match.group(0)))
    for match in found["praise_noun"]:
        if negation(match.start(), match.end(), verb=True) is None and (
            _of_the_remiss(text, match.start()) or match.group(0).casefold().endswith("tillskott")
        ):
            out.append(Evaluation(match.start(), match.end(), GOOD, match.group(0)))
    for name in ("right_way", "fills", "quality"):
        for match in found[name]:
            denied = re.search(
                r"(?<![\wåäö])(?:inte|ej|knappast)(?![\wåäö])", match.group(0), re.I
            ) or negation(match.start(), match.end())
            if not _of_the_remiss(text, match.start()):
                continue
            kind = FAULT if denied else GOOD
            out.append(Evaluation(match.start(), match.end(), kind, match.group(0)))
    for match in found["well_after"]:
        clause = text[_clause_before(text, match.start()) : match.start()]
        if negation(match.start(), match.end()) is None and not re.search(
            r"(?<![\wåäö])(?:vi|jag|oss|man|bör|ska|skall|måste|behöver|behövs)(?![\wåäö])",
            clause,
            re.I,
        ):
            out.append(Evaluation(match.start(), match.end(), GOOD, match.group(0)))
    for match in found["accepting"]:
        span = negation(match.start(), match.end(), verb=True)
        if span is not None:
            out.append(Evaluation(span[0], span[1], OPPOSED, text[span[0] : span[1]]))
    # a fault undone or aimed at is none: "minska de negativa effekterna", "syftar till att
    # motverka …" (a purpose stated, harm reduced)
    out = [e for e in out if e.kind != FAULT or not undone(text, e.start)]
    out.sort(key=lambda e: (e.start, -e.end))
    kept: list[Evaluation] = []
    for evaluation in out:
        if kept and evaluation.start < kept[-1].end:
            continue  # inside one found before ("är inte rimligt och tydligt": one verdict)
        kept.append(evaluation)
    return tuple(kept)


def _remiss_does(text: str, start: int, end: int) -> bool:
    """Whether the verb of good at `start` … `end` has the remiss or its proposals for its
    subject: before it in its clause (`_REMISS_SUBJECT`: "Förslaget stärker …", "Förslagen
    i betänkandet kan bidra till …"), after the answerer's own view ("Vi ser att förslaget
    …"), or right after it, after a fronted adverbial ("Därmed stärker förslaget …"). The
    present stands alone; the supine after "har" ("har förtydligat"); the infinitive only
    after a verb of what may or will be ("kan", "kommer att", "torde", "skulle"), not after
    one of a wish or a purpose ("bör", "ska", "syftar till att")."""
    before = text[_clause_before(text, start) : start].lstrip(" -–•*\n\t\"'”")
    before = _OWN_VIEW.sub("", before, count=1)
    verb = text[start:end].split()[0].casefold()
    if re.fullmatch(r"[\wåäö]+r|lyckas", verb):
        form, aux = "present", None
    elif re.fullmatch(r"[\wåäö]+(?:t|ts|tt|it)", verb):
        form, aux = "supine", r"(?:har|hade)"
    else:
        form, aux = "infinitive", r"(?:kan|att|torde|skulle|kunna)"
    subject = _REMISS_SUBJECT.fullmatch(before.rstrip())
    if subject is not None:
        ends = re.search(r"(?:har|hade|kan|att|torde|skulle|kunna)(?: [\wåäö]+)?\s*$", before, re.I)
        if aux is None:
            return ends is None
        return ends is not None and bool(re.match(aux, ends.group(0), re.I))
    if form != "present":
        return False
    if _A_MEASURE_DONE.fullmatch(before.rstrip()):
        return True  # a measure as the subject: "Att samla tillsynen hos en myndighet stärker …"
    return bool(
        (not before.strip() or _FRONTED.search(before))
        and _SUBJECT_AFTER.match(text, start + len(verb))
    )


def undone(text: str, start: int) -> bool:
    """Whether a fault at `start` is one undone or aimed at, not found: the object of a verb
    that reduces it ("minska de negativa effekterna"), or in a purpose stated ("syftar till
    att motverka …")."""
    clause = _clause_before(text, start)
    return bool(
        _REDUCING.search(text, max(clause, start - 50), start)
        or _PURPOSE.search(text, clause, start)
    )


def effects(text: str) -> list[re.Match]:
    """The verbs of good done in `text` that no negation governs ("kommer att stärka …"):
    a view that holds them approves (`StanceReader` reads them in a view's clause only,
    since a description of a purpose says them too: "syftar till att stärka")."""
    out = []
    for match in evaluation_patterns()["effect"].finditer(text):
        if (
            _negator_after(text, match.end()) is None
            and negator_before(text, match.start()) is None
        ):
            out.append(match)
    return out


_ELLIPTIC_GOOD = {
    "bra", "positivt", "glädjande", "utmärkt", "skönt", "klokt", "välkommet", "lovvärt",
    "berömvärt", "föredömligt",
}  # fmt: skip


def _opens_sentence(text: str, start: int) -> bool:
    """Whether `start` opens a sentence or a point of a list."""
    before = text[:start].rstrip(" -–•*\t")
    return not before or before[-1] in ".!?:\n"


def _in_prospect(text: str, start: int) -> bool:
    """Whether the word at `start` says what something would bring (`_PROSPECT`): in the
    conditional or the future, in its clause."""
    begin = max(_clause_before(text, start), start - 80)
    return bool(_PROSPECT.search(text, begin, start))


# What the remiss brings, named: "de nya husen", "den planerade vägen", "exploateringen", or
# the remiss carried out as the condition: "Om planen genomförs …".
_BROUGHT = re.compile(
    r"(?<![\wåäö])(?:(?:den|det|de) (?:nya|planerade|föreslagna|tillkommande)|"
    r"exploatering\w*|byggnation\w*|utbyggnad\w*|nybyggnation\w*|bebyggelse\w*|"
    r"om (?:[\wåäö]+ ){0,2}?(?:genomförs|antas|godkänns|blir verklighet|förverkligas))"
    r"(?![\wåäö])",
    re.I,
)


# What would follow, in the conditional: the answerer's prospect of the proposal ("Detta
# skulle innebära att barnen får en farligare skolväg").
_WOULD = re.compile(r"skulle (?:[\wåäö]+ )?(?:innebära|medföra|leda till) att", re.I)


def _harm_after(text: str, end: int) -> bool:
    """Whether the clause after `end` tells a harm (`_HARM_FOLLOWS`): "risk att skyddet
    försvagas"."""
    stop = _CLAUSE_END.search(text, end)
    return bool(_HARM_FOLLOWS.search(text[end : stop.start() if stop else len(text)]))


def _sentence_of(text: str, start: int) -> str:
    """The sentence around `start`."""
    begin = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start)) + 1
    stop = text.find(". ", start)
    return text[begin : stop if stop >= 0 else len(text)]


def names_what_it_brings(text: str) -> bool:
    """Whether `text` names what the remiss brings (`_BROUGHT`): "den nya bebyggelsen",
    "byggnationen", "om planen genomförs"."""
    return bool(_BROUGHT.search(text))


def _harm_of_the_remiss(text: str, start: int) -> bool:
    """Whether a harm foreseen at `start` follows from the remiss: its sentence speaks of the
    remiss or of what it brings (`_BROUGHT`)."""
    if _of_the_remiss(text, start):
        return True
    begin = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start)) + 1
    stop = text.find(". ", start)
    return bool(_BROUGHT.search(text[begin : stop if stop >= 0 else len(text)]))


def _of_the_remiss(text: str, start: int) -> bool:
    """Whether the sentence around `start` speaks of the remiss or its parts."""
    begin = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start)) + 1
    stop = text.find(". ", start)
    return bool(_OF_THE_REMISS.search(text[begin : stop if stop >= 0 else len(text)]))


def reworks(text: str) -> bool:
    """Whether a demand in `text` asks that the remiss be done again or replaced
    (`_REWORK`): what it asks is that the remiss not stand as it is."""
    return bool(_REWORK.search(text))
