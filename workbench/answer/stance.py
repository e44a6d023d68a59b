"""A position's stance from its wording, with a confidence.

The vocabulary's verbs (workbench.core.stances) and the variants answers really write: "kan inte
tillstyrka", "har inget att erinra", "motsätter sig", "med förbehåll", "delar bedömningen",
"ställer sig bakom", "ser positivt på". A negation turns a verb of support into opposition
("tillstyrker inte", "delar inte bedömningen"). Where several stance phrases stand in one
paragraph, the one that opens it wins (the lead: "*Stockholms stad tillstyrker* … och
understryker …"), then the first one the organisation is the subject of, then the first one.

A phrase at the very start, after a subject of a few words, is the paragraph's lead: it is
returned apart (`lead`), so a position stores the organisation's own lead and its text.

Answers to plans and inquiries take sides in more words than the vocabulary's verbs: demands
("yrkar", "yrkas", "begär", "kräver", "hemställer"), opposition ("kan inte godtas", "bör inte
antas", "ifrågasätter", "är emot"), criticism ("brister", "saknas", "otillräcklig",
"olämplig"), wishes ("bör", "borde", "hade gärna sett", "önskar", "vill se") and conditional
support ("tillstyrker under förutsättning att …"). A demand whose object is to stop the
proposal ("yrkar att detaljplanen inte antas") is opposition. Words of criticism under a
negation ("saknas inte", "är inte olämplig") say nothing against; a negation ends at "utan"
("inte … utan kräver"). What the answer quotes from the remiss (in quotation marks, "enligt
planbeskrivningen …", "utredningen föreslår …") is the remiss speaking, not the answerer.

The verbs of a stand are read in the past and the perfect too ("välkomnade", "har ställt sig
bakom", "hade inga synpunkter"; `_TENSES`), as pages reporting an answer write them. Where the
labelling guide (tests/eval/answers/README.md) settles a borderline, the reader follows it:
"Det är viktigt att …" and "… måste vara ett mål" state a principle (a comment) unless they name
a concrete change; "bör omarbetas" is against; support of a part or with exceptions is partial;
a rejection agreed with the remiss ("Liksom utredningen avvisar vi …") is support; the process
criticised ("alltför kort remisstid") is against; a decision proposed to a board is an account.

Beyond the verbs, the reader knows the mechanisms a Swedish reader hears a stand in: a need
said of someone who could act ("Regeringen bör …") or of the document ("behöver ses över"), a
change asked not to be made ("Taxan bör inte höjas"), harm foreseen from what the remiss brings
(workbench.answer.evaluation), a challenging question ("Varför har kommunen inte …?"), support
said as what the answerer can do ("kan tillstyrka"), a claim of the remiss reported and owned
or disowned ("…, vilket vi inte delar"), the answerer's own earlier stance or its own role told
(an account), and, where no phrase of a stand is found, a view held in a statement ("… är
avgörande för …": a comment, workbench.answer.judgement). A subject may follow its verb where
a part is fronted ("Sammantaget är föreningen positiv till …").

The keys for those words that the built-in vocabulary lacks (`yrkar`, `begar`, `kraver`,
`ifragasatter`, `kritik`, `onskar`, `undrar`) are read answers' own verbs: `READ_STANCES` gives
each its class, and the import adds the ones an answer uses to its organisation's vocabulary.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from workbench.answer.evaluation import (
    FAULT,
    GOOD,
    NEGATOR_WORDS,
    OPPOSED,
    effects,
    evaluation_patterns,
    evaluations,
    reworks,
    undone,
)
from workbench.answer.judgement import judgement
from workbench.answer.patterns import FirstWords
from workbench.answer.speaker import (
    REMISS_SUBJECTS,
    RULE_SUBJECT,
    describes_the_remiss,
    others_plural,
    own_words,
    reported_blanked,
    reports,
    third_party,
)
from workbench.core.model import Stance
from workbench.core.stances import (
    AGAINST,
    COMMENT,
    FREE_TEXT,
    NEUTRAL,
    NO_COMMENTS,
    PARTLY,
    PROPOSAL,
    builtin_vocabulary,
)

# Verbs answers use that the built-in vocabulary has no key for (see the module's doc).
READ_STANCES: dict[str, Stance] = {
    s.key: s
    for s in (
        Stance("yrkar", "yrkar", PROPOSAL),
        Stance("begar", "begär", PROPOSAL),
        Stance("kraver", "kräver", PROPOSAL),
        Stance("onskar", "önskar", PROPOSAL),
        Stance("ifragasatter", "ifrågasätter", AGAINST),
        Stance("kritik", "är kritisk", AGAINST, label="kritik (brister, saknas …)"),
        Stance("redogor", "redogör", NEUTRAL, label="redogörelse (utan ställningstagande)"),
        Stance("undrar", "undrar", COMMENT, label="undrar (en fråga)"),
    )
}
DEMANDS = {"yrkar", "begar", "kraver"}

_ADVERB = (
    r"(?:också|även|därför|dock|vidare|återigen|särskilt|starkt|därmed|alltså|dessutom|"
    r"sammantaget|generellt|fortsatt|gärna|härmed|slutligen|inledningsvis|"
    r"sammanfattningsvis|avslutningsvis|emellertid|heller|ändå|riktigt|helt|alls|allmänt|odelat|"
    r"genomgående|mycket|nyligen|nu|däremot|vi|jag|man|"
    # where the answer says it, on a page that reports it: "är i sitt remissvar kritiskt till"
    r"i (?:sitt|vårt|mitt|ett|dess|detta|det) (?:remissvar|remissyttrande|yttrande|svar)|"
    r"i (?:remissvaret|remissyttrandet|yttrandet|svaret)|"
    # a subject after its verb where a part is fronted (Swedish word order: "Sammantaget är
    # byalaget positivt till …", "Enligt förbundet är förslaget ett hot mot …")
    r"förslaget|förslagen|planen|utredningen|förbundet|föreningen|byalaget|kommunen|regionen|"
    r"nämnden|styrelsen|myndigheten|länsstyrelsen|organisationen)"
)
# Between the words of a phrase an adverb may stand: "ser dock behov av", "vill också påpeka";
# and the subject where a fronted part inverts the order: "I övrigt delar vi bedömningen".
_GAP = rf"(?: {_ADVERB})* "
# Those who could act on a change the answer asks for: the government, the authorities, the
# remiss's author ("kommunen" in an answer to its plan), anyone ("man").
_ACTORS = (
    r"regeringen|kommunen|kommunerna|staten|myndigheten|myndigheterna|länsstyrelsen|"
    r"länsstyrelserna|lagstiftaren|regionen|regionerna|huvudmannen|huvudmännen|departementet|"
    r"regeringskansliet|riksdagen|exploatören|byggherren|verksamhetsutövaren|man"
)
_NEGATION = r"(?:inte|ej|icke)"
# A change the remiss would make, asked not to be made, after "att": "strandskyddet inte
# upphävs", "skogen inte ska avverkas".
_A_CHANGE_DENIED = (
    rf"(?:[\wåäö:-]+ ){{1,8}}?{_NEGATION} (?:ska |skall |får |längre )?(?:höjs|sänks|införs|"
    r"bebyggs|exploateras|flyttas|upphävs|tas bort|slopas|avvecklas|läggs ned|rivs|avverkas|"
    r"förändras|ändras|utökas|skärps|försämras|minskas|centraliseras|överförs|tillåts|byggs|"
    r"uppförs|privatiseras|avskaffas|upphävas|bebyggas|avverkas|tillåtas|byggas|rivas)"
    r"(?![\wåäö])"
)

# (pattern, stance key, base confidence). Keys are the built-in vocabulary's.
_PHRASES: list[tuple[str, str, float]] = [
    # the answering itself, no stand: "har lämnat remissvar på …", "har beretts möjlighet att
    # yttra sig", "Det skriver vi i ett remissvar"
    (
        r"(?:har|hade) (?:[\wåäö]+ ){0,3}?(?:lämnat|skickat|avgett|lämnat in|skickat in|"
        r"gått ut med) (?:[\wåäö]+ ){0,3}?(?:remissvar|remissyttrande|yttrande|svar|synpunkter|"
        r"kommentar|pressmeddelande)\w*|"
        r"(?:lämnade|skickade|avgav|lämnat) (?:[\wåäö]+ ){0,5}?(?:in )?(?:sitt|ett|vårt|mitt|"
        r"följande|ett gemensamt) (?:remissvar|remissyttrande|yttrande|svar|synpunkter)|"
        r"(?:har|hade) (?:[\wåäö()]+ ){0,3}?(?:anmodat|inbjudit|beretts möjlighet|"
        r"getts möjlighet|fått (?:möjlighet|tillfälle))|"
        r"(?:har|hade) fått (?:[\wåäö]+ ){0,3}?(?:på remiss|för yttrande|för kännedom)|"
        # asked by another to answer: "har inbjudits att lämna synpunkter", "Regeringskansliet
        # har begärt förbundets synpunkter på betänkandet"
        r"(?:har|hade) (?:[\wåäö]+ ){0,3}?(?:inbjudits|anmodats|ombetts|beretts tillfälle|"
        r"getts tillfälle)|"
        r"(?:har|hade) (?:begärt|efterfrågat|inhämtat) (?:[\wåäö:]+ ){0,3}?(?:synpunkter|"
        r"yttrande|remissvar|svar)|"
        r"(?:har|hade|har nu) (?:[\wåäö]+ ){0,2}?remitter(?:at|ats)|remitterats till|"
        r"vill (?:härmed |därför )?(?:framföra|lämna|anföra|ge) följande|"
        r"(?:har|hade) (?:[\wåäö]+ ){0,2}?(?:tagit del av|granskat|läst|studerat|gått igenom)|"
        # its scope: "begränsar vårt yttrande till …", "har fokuserat vårt yttrande kring …",
        # "väljer att helt koncentrera vårt remissyttrande kring …"
        r"(?:begräns|fokuser|koncentrer|inrikt)\w* (?:[\wåäö]+ )?(?:vårt|sitt|mitt|detta|våra|"
        r"sina) (?:remissyttrande|yttrande|remissvar|svar|synpunkter|kommentarer)|"
        # who the answerer is: "Förbundet är en partipolitiskt obunden organisation …",
        # "Föreningen organiserar 40 000 medlemmar", "Vi har drygt 11 000 medlemmar"
        r"(?:är|utgör) (?:en|ett|Sveriges|landets) (?:[\wåäö,-]+ ){0,4}?(?:organisation|"
        r"förening|förbund|intresseförening|intresseorganisation|paraplyorganisation|"
        r"branschorganisation|riksorganisation|djurskyddsorganisation|fackförbund|"
        r"sammanslutning|arbetsgivarorganisation|medlemsorganisation|ideell förening)\w*|"
        r"(?:organiserar|representerar|företräder) (?:cirka |ca |över |drygt |omkring |nästan )?"
        r"\d[\d  ]*|"
        r"(?:har|med) (?:cirka |ca |över |drygt |omkring |nästan )?\d[\d  ]* (?:medlemmar|"
        r"medlemsföretag|anställda|lokalföreningar|medlemsorganisationer)|"
        # how the answer came about: "Remissvaret är framtaget i samråd med …"
        r"(?:remissvaret|yttrandet|svaret) (?:är|har) (?:[\wåäö]+ )?(?:framtaget|utarbetat|"
        r"skrivet|tagits fram|arbetats fram) (?:i samråd med|tillsammans med|av|med)|"
        # support of another's answer is no stand on the remiss: "stödjer DIRF:s remissvar"
        r"(?:stöder|stödjer|ställer (?:sig|oss) bakom|instämmer i|ansluter (?:sig|oss) till) "
        r"[\wåäö`':]+s (?:remissvar|yttrande|remissyttrande|synpunkter)|"
        r"yttrar (?:sig|oss|mig) (?:endast|enbart|bara|i första hand|huvudsakligen)|"
        r"(?:kommenterar|lämnar|ger) (?:endast|enbart|bara)(?: synpunkter)?|"
        r"(?:har|lämnar) (?:härmed )?(?:följande|ett antal|några|vissa|nedanstående|sina|"
        r"våra|mina) "
        r"(?:[\wåäö]+ )?(?:synpunkter|påpekanden|kommentarer|medskick|förslag och synpunkter|"
        r"påpekanden och förslag|synpunkter och förslag)|"
        r"skriver (?:vi|[\wåäö]+) i (?:ett |sitt |vårt )?(?:remissvar|yttrande|svar)|"
        r"tackar (?:[\wåäö]+ )?för (?:möjligheten|inbjudan|tillfället|förtroendet|remissen)|"
        # welcoming the chance to answer is no stand on the remiss: "välkomnar möjligheten att
        # lämna synpunkter", "ser positivt på att ha fått möjlighet att yttra sig"
        r"(?:välkomnar|uppskattar|ser (?:[\wåäö]+ )?positivt på) (?:att ha fått )?"
        r"(?:möjligheten|möjlighet|tillfället|chansen|inbjudan) (?:att|till att) "
        r"(?:lämna|yttra|svara|komma med|framföra|ge|avge|delta)|"
        # the wish to answer is the answering: "önskar avge ett yttrande", "vill lämna
        # följande synpunkter", "vill börja med att …" (a stand after it is read on)
        r"(?:vill|önskar) (?:därför |härmed |gärna |också |även )?(?:yttra sig|(?:avge|lämna|"
        r"framföra|ge|redovisa) (?:ett |sitt |vårt |följande |några |nedanstående |kort )?"
        r"(?:yttrande|remissvar|svar|synpunkter|kommentarer|följande))|"
        r"(?:vill|önskar) (?:börja|inleda|avsluta) med att|"
        # looking forward to the process, no stand on the remiss: "ser fram emot en fortsatt
        # dialog", "ser fram emot att ta del av granskningshandlingen"
        r"(?:ser|såg) (?:[\wåäö]+ )?fram emot (?:en |ett )?(?:fortsatt |fortsatta |god |gott |"
        r"nära )?(?:dialog|samarbete|samverkan|samråd|att ta del|att få ta del|att följa|"
        r"att delta|att medverka|att bidra)",
        "redogor",
        0.8,
    ),
    # the case's procedure: a board's decision to answer, the answer's own formalities
    (
        r"föreslår (?:kommunstyrelsen|fullmäktige|kommunfullmäktige|regionstyrelsen|"
        r"[\wåäö]+(?:nämnden|styrelsen)) (?:att )?besluta|"
        # "föreslår att nämnden ställer sig bakom …": the board's stand is what it proposes
        r"föreslår (?:att )?(?:kommunstyrelsen|fullmäktige|kommunfullmäktige|regionstyrelsen|"
        r"nämnden|styrelsen|[\wåäö]+(?:nämnden|styrelsen|fullmäktige)|kommunen|regionen|"
        # the body by its name: "föreslår att Exempelby kommun tillstyrker …"
        r"staden|[A-ZÅÄÖ][\wåäö-]+s? (?:kommun|stad|region))(?= (?:att )?(?:ställer|ställa|"
        r"tillstyrk|avstyrk|godkänn|anta|lämna|avge|överlämna|beslutar|besluta))|"
        r"beslutar (?:att )?(?:godkänna|avge|överlämna|anta|lämna) (?:[\wåäö]+ ){0,3}?"
        r"(?:yttrande|tjänsteutlåtande|svar|promemoria)\w*|"
        r"anses besvarad|avge yttrande (?:till [\wåäö]+ )?i enlighet med",
        "redogor",
        0.85,
    ),
    # no views: "finner inte skäl att yttra sig", "… av sådan betydelse att X yttrar sig"
    (
        r"(?:finner|ser|har) (?:[\wåäö]+ )?(?:inte|ej|inga|ingen) (?:skäl|anledning) att "
        r"(?:yttra sig|lämna (?:några )?synpunkter|lägga synpunkter|kommentera)|"
        r"(?:inte|ej) (?:[\wåäö]+ ){0,10}?av sådan (?:betydelse|art|omfattning) "
        r"(?:[\wåäö]+ ){0,3}?att (?:[\wåäö]+ ){1,2}yttrar sig",
        NO_COMMENTS,
        0.85,
    ),
    # opposition in nouns and in the verb of rejecting: "vår avvisande hållning",
    # "förslagen bör förkastas i sin helhet"
    (
        r"(?:avvisande|negativa?|kritiska?) (?:hållning|inställning)|"
        r"(?:bör|ska|skall|måste) (?:[\wåäö]+ )?förkastas|förkastas|förkastar",
        "avstyrker",
        0.85,
    ),
    # the remiss cannot stand as it is: "bör omarbetas", "behöver genomarbetas", "måste göras
    # om" (the guide's borderline: against, and a demand)
    (
        r"(?:bör|borde|måste|behöver) (?:[\wåäö]+ ){0,2}?(?:omarbetas|arbetas om|"
        r"genomarbetas|göras om|omprövas|dras tillbaka|tas om)",
        "avstyrker",
        0.8,
    ),
    # the remiss would do harm: "riskerar att minska tillgängligheten"
    (
        r"riskerar (?:därmed |därigenom )?att (?:minska|försämra|försvaga|inskränka|urholka|"
        r"undergräva|försvåra|motverka|skada|hota|slå ut|öka (?:risken|kostnaderna)|leda till)",
        "kritik",
        0.65,
    ),
    # the remiss chose not to: "har valt att inte lägga förslag som …"; "men tyvärr …"
    (
        r"(?:utredning\w*|utredaren|kommittén|regeringen|departementet|kommunen|promemorian|"
        r"betänkandet|myndigheten) (?:har |hade )?(?:[\wåäö]+ ){0,2}?valt att (?:inte|avstå "
        r"från|bortse från)|men tyvärr",
        "kritik",
        0.65,
    ),
    # keeping what is, against a reform: "ska vara kvar i nuvarande form", "bör behållas"
    (
        r"(?:ska|skall|bör|måste) (?:[\wåäö]+ ){0,3}?(?:vara|finnas|ligga|stå) kvar|"
        r"(?:ska|skall|bör|måste) (?:[\wåäö]+ ){0,2}?behållas",
        "avstyrker",
        0.7,
    ),
    # support in other words: the passive and infinitive of the vocabulary's verbs
    (r"(?:kan |bör )?(?:tillstyrkas|tillstyrks)", "tillstyrker", 0.85),
    (r"(?:bör |ska )?(?:avstyrkas|avstyrks|avstyrkes)", "avstyrker", 0.85),
    (r"välkomnas", "valkomnar", 0.8),
    # gladness and looking forward are support: "Vi är glada att se att …"
    (
        r"(?:är|blir) (?:mycket |särskilt )?(?:glad|glada|nöjd|nöjda) (?:att|över|med)|"
        r"gläder (?:oss|mig)|glädjande att",
        "positiv",
        0.8,
    ),
    # the proposal judged better than what is: "ger bättre förutsättningar än den nuvarande"
    (
        r"(?:ger|ge|skapar|skapa|innebär|innebära|blir|bli) (?:[\wåäö]+ ){0,2}?(?:bättre|"
        r"tydligare|effektivare) (?:[\wåäö]+ ){0,3}?än (?:den|det|de|dagens|nuvarande)",
        "positiv",
        0.7,
    ),
    # praise of the work in an attribute: "en mycket gedigen och värdefull genomgång"
    (
        r"(?:en |ett )?(?:mycket |synnerligen |särskilt )?(?:gedigen|gediget|grundlig\w*|"
        r"värdefull\w*|förtjänstfull\w*|välskriv\w*|genomarbetad\w*|välarbetad\w*|"
        r"noggrann\w*)(?: och [\wåäö]+)? (?:genomgång|analys|utredning|underlag|arbete|"
        r"kartläggning|beskrivning|redovisning|översikt|sammanställning|redogörelse)\w*|"
        # "har lämnat en bra redogörelse för …"
        r"(?:en|ett) (?:mycket |väldigt )?(?:bra|god|gott|utmärkt|utmärkta) (?:genomgång|analys|"
        r"kartläggning|beskrivning|redovisning|översikt|sammanställning|redogörelse)\w*",
        "positiv",
        0.7,
    ),
    # praise of it as a whole: "Detta är ett mycket bra och viktigt förslag", "Det är en väl
    # genomarbetad utredning"
    (
        r"är (?:en|ett) (?:mycket |väl |synnerligen |särskilt |i grunden )?(?:bra|utmärkt|"
        r"välkommen|välkommet|viktig|viktigt|genomarbetad|genomarbetat|gedigen|gediget|"
        r"värdefull|värdefullt|angelägen|angeläget|klok|klokt|efterlängtad|efterlängtat|"
        r"genomtänkt|välgrundad|välgrundat)(?: och (?:mycket )?[\wåäö]+)? (?:förslag|utredning|"
        r"reform|steg|initiativ|underlag|arbete|betänkande|promemoria|ändring|åtgärd)\w*",
        "positiv",
        0.8,
    ),
    # a step the right way: "Förslaget är ett steg i rätt riktning"
    (r"(?:ett )?(?:första |viktigt |välkommet )?steg i rätt riktning", "positiv", 0.75),
    # praise predicated of it: "är i högsta grad motiverade", "torde vara optimalt"
    (
        r"(?:är|torde vara|bedöms vara|framstår som|förefaller vara|verkar vara) "
        r"(?:(?:i högsta grad|både|väl|synnerligen|särskilt) )?(?:motiverad\w*|optimal\w*|"
        r"rimlig\w*|ändamålsenlig\w*|väl ?avväg\w*|värdefull\w*|träffsäker\w*|"
        r"klok\w*|goda|gott|nödvändig\w*|angelägen|angeläget|angelägna)",
        "positiv",
        0.7,
    ),
    # a need or a reason for a change: "det finns behov att utveckla …"
    (
        # "det finns ett utbrett och akut behov av", "finns skäl att överväga"
        r"(?:det )?finns (?:det )?(?:(?!inte|ej|inga|inget|ingen|knappast|sällan)[\wåäö]+ "
        r"){0,4}?(?:anledning|skäl|behov) (?:att|av|för)|"
        r"ser (?!(?:inget|inte|inga|ingen) )(?:[\wåäö]+ ){0,2}?behov (?:av|att)",
        "foreslar",
        0.75,
    ),
    # an emphasis on what matters: "är av stor betydelse" (a view, no change asked)
    (
        r"(?:är|är det) av (?:stor|största|avgörande|central|särskild|stort) "
        r"(?:betydelse|vikt|intresse)",
        "anser",
        0.6,
    ),
    # a view in the words "enligt vår mening": "är enligt kontorets mening en annan fråga"
    (
        r"enligt (?:vår|min|(?:[\wåäö:-]+ ){0,2}?[\wåäö:]+s) (?:mening|uppfattning|bedömning|"
        r"åsikt)",
        "anser",
        0.75,
    ),
    (r"lämnar (?:vi |också |även |dock )*(?:[\wåäö]+ )?förslag (?:på|om|till)", "foreslar", 0.8),
    # changes announced as the answer's own: "Vi har dock förslag till tillägg och ändringar"
    (
        r"(?:har|hade) (?:[\wåäö]+ )?(?:några |ett antal |flera |konkreta )?förslag (?:till|på|om) "
        r"(?:[\wåäö]+ )?(?:tillägg|ändringar|förbättringar|justeringar|kompletteringar|"
        r"förändringar)",
        "foreslar",
        0.75,
    ),
    # a proposal as a noun: "Vårt förslag är att …", "framför önskemål om …", "Ett alternativ
    # är att …"
    (
        r"(?:vårt|vår|våra|mitt|min|(?!(?:utredning|kommitté|regering|promemori|betänkande|"
        r"plan|remiss|departement|direktiv|förordning|lag)[\wåäö]*s )[\wåäö:]+s) "
        r"(?:[\wåäö]+ )?(?:förslag|rekommendation|krav|"
        r"önskemål|yrkande|uppmaning|råd)(?:er|en|et|na)? (?:är|blir) (?:därför )?att|"
        r"(?:framför|framföra|framförde|har|lämnar|uttrycker) (?:[\wåäö]+ )?(?:önskemål|"
        r"önskan|krav|förslaget) (?:om|på|att)|"
        r"(?:ett|en) (?:[\wåäö]+ )?(?:alternativ|lösning|väg framåt) (?:är|vore|skulle vara|"
        r"kan vara) att",
        "foreslar",
        0.75,
    ),
    # what would help: "Det skulle underlätta om kommunen tog fram en tidplan"
    (
        r"skulle (?:[\wåäö]+ )?(?:underlätta|förenkla|hjälpa|förbättra|gagna) (?:[\wåäö]+ ){0,4}?"
        r"(?:om|ifall)",
        "foreslar",
        0.7,
    ),
    # demands: what the answerer asks for ("yrkar att …", "yrkas att …", "begär att …")
    (r"yrkar|yrkade|yrkas|yrkande(?:t|n)? (?:är|om)|hemställer|hemställde", "yrkar", 0.9),
    (r"begär|begärde", "begar", 0.85),
    (r"(?:vi|jag|och) (?:kräver|krävde)|(?:kräver|krävde) (?:att|därför)", "kraver", 0.85),
    (r"kräver", "kraver", 0.6),
    # a condition the answer sets: "Förbundet förutsätter att staten bär kostnaderna"
    (r"förutsätter (?:[\wåäö]+ )?att", "kraver", 0.7),
    # opposition in the words of a plan's or an inquiry's readers
    (
        rf"kan (?:vi |jag |man |[\wåäö]+(?:en|et|na) )?{_NEGATION} (?:godtas|accepteras|"
        r"godkännas|tillstyrkas|antas|godta|acceptera|godkänna|tillstyrka|ställa (?:sig|oss) "
        r"bakom)",
        "avstyrker",
        0.9,
    ),
    (
        rf"{_NEGATION} (?:bör|ska|skall|får) (?:antas|genomföras|godkännas|beslutas|"
        r"fastställas|godtas|införas|vinna laga kraft)",
        "avstyrker",
        0.85,
    ),
    (
        rf"(?:bör|ska|skall|får|kan) {_NEGATION} (?:antas|genomföras|godkännas|beslutas|"
        r"fastställas|godtas|vinna laga kraft)",
        "avstyrker",
        0.85,
    ),
    # a change of what is now asked not to be made: "Avgiften bör inte höjas", "Området bör
    # inte bebyggas", "Ansvaret bör inte flyttas till kommunerna" (a demand that stops what the
    # remiss would do; "bör inte gälla för …", a narrower scope, is a change asked for)
    (
        rf"(?:bör|ska|skall|får|borde) {_NEGATION} (?:heller )?(?:höjas|sänkas|införas|"
        r"bebyggas|exploateras|flyttas|upphävas|tas bort|slopas|avvecklas|läggas ned|rivas|"
        r"avverkas|förändras|ändras|utökas|skärpas|försämras|minskas|centraliseras|överföras|"
        r"tillåtas|byggas|uppföras|privatiseras|avskaffas)",
        "avstyrker",
        0.8,
    ),
    # a burden refused: "Kommunerna ska inte behöva bära kostnaden", "Det är inte
    # kommunernas uppgift att finansiera …"
    (
        rf"(?:ska|skall|bör|får) {_NEGATION} (?:behöva|tvingas) (?:bära|betala|stå för|"
        r"finansiera|ta)|"
        rf"(?:är|vore) {_NEGATION} (?:[\wåäö]+s|vår|kommunens|kommunernas|statens) "
        r"(?:uppgift|ansvar|roll|sak) att",
        "avstyrker",
        0.75,
    ),
    # questioning in every form: "ifrågasätter", "kan ifrågasättas", "starkt ifrågasatt"
    (r"ifrågasätt\w*|ifrågasatt\w*", "ifragasatter", 0.85),
    # the answer against the remiss's own reasoning: "tror vi, tvärtemot utredaren, att …"
    (
        r"tvärtemot (?:vad )?(?:utredaren|utredningen|utredarens|förslaget|regeringen|"
        r"promemorian|betänkandet|kommunen)",
        "ifragasatter",
        0.75,
    ),
    (r"(?:är|var|står|stod) (?:helt |starkt )?emot|säger nej till", "avstyrker", 0.85),
    (r"motsätter (?:oss|mig)(?! inte)", "avstyrker", 0.9),
    (r"invänder mot|har (?:starka |allvarliga )?invändningar", "avstyrker", 0.75),
    (
        r"vänder (?:sig|oss|mig) (?:starkt )?(?:emot|mot)|tar (?:starkt )?avstånd från",
        "avstyrker",
        0.85,
    ),
    # doubt of the proposal is criticism of it: "är tveksamma till", "ställer sig tveksam"
    (
        r"(?:är|var|ställer (?:sig|oss|mig)) (?:mycket |starkt |högst |därför )?tveksam(?:ma|t)?",
        "ifragasatter",
        0.7,
    ),
    # at odds with a principle or a law: "strider mot", "står i strid med", "går emot"
    (
        r"strider (?:[\wåäö]+ )?mot|står i (?:direkt )?strid med|går (?:stick i stäv |rakt )?emot|"
        r"är (?:inte|svårligen|knappast) förenlig\w* med",
        "kritik",
        0.7,
    ),
    # a view denied: "anser inte att förslaget är lämpligt", "tror inte att det får effekt"
    (
        r"(?:anser|tror|finner|ser|bedömer|menar) (?:[\wåäö]+ )?(?:inte|ej) att",
        "ifragasatter",
        0.75,
    ),
    (r"alltför [\wåäö]+", "kritik", 0.65),
    (
        r"går (?:alldeles |långt )?för långt|(?:går inte|inte går) (?:tillräckligt |så |heller )?"
        r"långt|"
        r"räcker inte|olycklig\w*|beklaglig\w*|oroväckande|anmärkningsvärt|"
        r"negativa (?:konsekvenser|effekter|följder)|negativ (?:påverkan|inverkan)",
        "kritik",
        0.65,
    ),
    # weight given to what ought to be: "Det är av stor vikt att kommunerna får …"
    (
        r"det är av (?:stor|största|avgörande|särskild) (?:vikt|betydelse) att|"
        r"(?:det )?krävs(?: därför| också)? (?:en|ett|att|ytterligare|mer|fler|tydligare)",
        "foreslar",
        0.65,
    ),
    (
        r"försämr\w*|(?:leder|leda|medför|medföra|innebär|innebära) (?:[\wåäö]+ ){0,4}?till "
        r"(?:sämre|ökade kostnader|negativa)|"
        # burdens it adds: "skulle medföra ökad administration för företagen"
        r"(?:medför|medföra|innebär|innebära|leder till|leda till|ger|ge) (?:en )?(?:ökad|ökade|"
        r"mer|större|högre|betydande|onödig|onödiga|stora|omfattande|avsevärda)"
        r"(?: administrativa)? (?:administration|byråkrati|kostnader|merkostnader|"
        r"regelbörda|administrativ börda|administrativa bördor|bördor|arbetsbelastning|osäkerhet)",
        "kritik",
        0.6,
    ),
    (
        r"(?:har|hade) (?:inte|ej) (?:[\wåäö]+ )?(?:analyserat|utrett|redovisat|beaktat|belyst|"
        r"prövat|motiverat|beskrivit|hanterat|tagit hänsyn till|tagit upp|tagit ställning till|"
        r"tagit med|inkluderat|inarbetat|redogjort för|preciserat|angett|konkretiserat|förklarat|"
        r"förtydligat|kompletterat|åtgärdat|"
        r"specificerat|säkerställt|visat hur)|"
        r"inte har (?:analyserat|utrett|redovisat|beaktat|belyst|prövat|motiverat|beskrivit|"
        r"hanterat|tagit hänsyn till|tagit upp)",
        "kritik",
        0.7,
    ),
    # what the remiss's author has not shown: "Man har dock inte visat att så är fallet"
    (
        r"(?:har|hade) (?:inte|ej) (?:[\wåäö]+ )?(?:visat|påvisat|styrkt|belagt|"
        r"gjort (?:någon|några|något|en|ett))|"
        r"(?:visar|påvisar|styrker) (?:inte|ej)(?: alls)? (?:på |att)|"
        r"(?:kan|bör|ska) (?:[\wåäö]+ ){0,4}?(?:inte|ej) anses (?:uppfylla|tillgodose|motsvara|"
        r"leva upp|vara (?:förenlig|tillräcklig|rimlig|godtagbar|motiverad))",
        "kritik",
        0.7,
    ),
    # the weight it gives is wrong: "lägger för stort fokus på", "fäster för liten vikt vid"
    (
        r"(?:för|alltför) (?:stort|stor|litet|liten|ensidigt|ensidig) (?:fokus|vikt|tonvikt|"
        r"betoning)",
        "kritik",
        0.7,
    ),
    # another way named for what the remiss would solve: "problemen löses snarare genom …"
    # (the guide's borderline: against)
    (
        r"snarare (?:[\wåäö]+ ){0,2}?genom|(?:löses|lösas|nås|uppnås|åtgärdas) (?:[\wåäö]+ )?"
        r"snarare",
        "avstyrker",
        0.7,
    ),
    # a reaction against it: "Vi reagerade främst över förslaget med en ny väg"
    (r"reager(?:ar|ade|at) (?:[\wåäö]+ )?(?:över|mot|på)", "kritik", 0.7),
    # the process criticised: "remisstiden är för kort", "en alltför kort remisstid" (the
    # guide's borderline: against)
    (
        r"(?:alltför |mycket |orimligt |väldigt |för )kort(?:a)? (?:remisstid|svarstid|"
        r"remissperiod|samrådstid|tid för (?:samråd|remiss)|tidsfrist)\w*|"
        r"(?:remisstiden|svarstiden|samrådstiden|remissperioden) (?:är|var|har varit|blir) "
        r"(?:[\wåäö]+ )?(?:kort|för kort|otillräcklig)",
        "kritik",
        0.75,
    ),
    # what would be lost: "värdefull jordbruksmark går förlorad"
    (r"(?:går|gå|gick) (?:[\wåäö]+ )?förlorad\w*|(?:skulle|kommer att) försvinna", "kritik", 0.65),
    # a prohibition the answer lays down: "Begränsningen får rimligen inte användas så att …"
    (
        r"får (?:[\wåäö]+ )?(?:inte|ej|aldrig) (?:[\wåäö]+ )?(?:användas|tillämpas|äventyras|"
        r"försämras|urholkas|försvagas|inskränkas|drabba|leda till)",
        "avstyrker",
        0.7,
    ),
    # concern and regret: the proposal as it stands is found wanting
    (
        r"befarar|varnar för|varna för|beklagar|"
        r"ser (?:en |någon |stora |allvarliga |betydande |tydliga )?risk(?:er)?"
        r"(?= (?:att|för|med|i))|"
        r"bekymr\w* (?:över|för)|ser med (?:stor |viss )?oro på|orolig\w* (?:för|över)|"
        r"skeptisk\w* (?:till|mot)|"
        r"ser (?:[\wåäö]+ )?(?:problem|svårigheter) (?:med|i)|"
        r"(?:är|blir) (?:mycket |starkt )?problematisk\w*|inte övertygade?",
        "kritik",
        0.7,
    ),
    (r"motsätter (?:oss|mig) inte", "tillstyrker", 0.7),
    (r"kan (?:godta|acceptera|godtas|accepteras)", "tillstyrker", 0.7),
    # criticism: the proposal falls short
    (r"brister|bristfällig\w*|bristande|brist på", "kritik", 0.7),
    # a shortcoming named as such, or treated too briefly: "är en stor brist", "behandlas
    # endast översiktligt"; a risk foreseen: "Risken är att rollen blir svagare" ("ett
    # övergrepp" is read by the evaluation lexicon, where it is said of the proposal)
    (
        r"(?:brist|svaghet|tillkortakommande)(?![\wåäö])(?! på)|"
        r"(?:endast|bara|enbart|alltför) (?:mycket )?(?:översiktligt|ytligt|kortfattat|"
        r"summariskt|i förbigående)|"
        r"(?:risken|faran) (?:är|blir) (?:[\wåäö]+ )?att",
        "kritik",
        0.7,
    ),
    (r"saknas|saknar|saknades|saknats|motsäger", "kritik", 0.65),
    (
        r"(?:har|hade) (?:inte|ej) (?:[\wåäö]+ )?(?:utretts|redovisats|prövats|beaktats|"
        r"belysts|analyserats|motiverats|beskrivits|hanterats)|inte (?:i )?tillräckligt|"
        r"inte kan (?:anses|godtas|accepteras)",
        "kritik",
        0.7,
    ),
    (r"(?:grund för (?:en )?)?avstyrkan", "avstyrker", 0.75),
    (
        r"otillräcklig\w*|(?:inte|ej|icke) (?:heller )?(?:är |blir |var )?(?:alltid )?"
        r"(?:tillräcklig|tillförlitlig|ändamålsenlig|rimlig|genomarbetad|proportionerlig|"
        r"lämplig|motiverad|realistisk|rättssäker|förutsebar|hållbar|genomförbar)\w*|"
        r"slarv\w*",
        "kritik",
        0.7,
    ),
    (
        r"(?:föreslår|innehåller|redovisar|ger|tar) (?:[\wåäö]+ )?(?:inte|ej) "
        r"(?:någon|några|något|heller)",
        "kritik",
        0.7,
    ),
    # the negative adjectives of a verdict: "olämplig", "orimlig", "oproportionerlig" …
    (
        r"olämplig\w*|felaktig\w*|ofullständig\w*|missvisande|undermålig\w*|orimlig\w*|"
        r"oacceptab\w*|oproportionerlig\w*|omotiverad\w*|ohållbar\w*|orealistisk\w*|"
        r"oförenlig\w*|ogenomtänkt\w*|otillfredsställande|oskälig\w*|ogenomförbar\w*|"
        # harm and unlawfulness: "vore förödande för landskapsbilden", "Det är olagligt att …"
        r"förödande|katastrofal\w*|ödesdig(?:er|ert|ra)|olaglig\w*|lagstridig\w*|"
        # no good solution found: "finns ingen tillfredsställande lösning för trafiken"
        r"(?:ingen|inte någon|inga) (?:tillfredsställande|godtagbar\w*|acceptab\w*|rimlig\w*|"
        r"hållbar\w*) (?:lösning|lösningar|analys|motivering|redovisning)|"
        # it suffers from, fails at, and disappoints: "lider starkt av bristen på …",
        # "lyckas inte lösa detta", "en stor besvikelse"
        r"lider (?:[\wåäö]+ ){0,2}?av|lyckas (?:inte|ej)|misslyckas|(?:en )?(?:stor |djup )?"
        r"besvikelse",
        "kritik",
        0.7,
    ),
    # too little or too much: "tidsplanen är för snäv", "kostnaderna är underskattade"
    (
        # "tidsplanen är för snäv", "ger en för snäv tidsram"
        r"(?:(?:är|blir|vara|varit) (?:alldeles |alltför |helt |klart )?|(?:ett|en) )för "
        r"(?:snäv|begränsad|kort|"
        r"vag|svag|låg|smal|tunn|generell|allmän|otydlig|oprecis|onyanserad|ensidig|stelbent|"
        r"kostsam|dyr|omfattande|långtgående|detaljerad|hög|stor|tät|liten|tunt|litet|få|"
        r"lite|sen|sent|tidig|snabb|långsam|hård|sträng|strikt|lång|låst|bred|svår|"
        r"dominerande|massiv|storskalig|påträngande|kompakt|bullrig)\w*|"
        r"underskatta[dt]\w*|överskatta[dt]\w*|förhasta[dt]\w*|ogrunda[dt]\w*|"
        r"onyansera[dt]\w*|"
        r"detaljstyrning\w*",
        "kritik",
        0.65,
    ),
    # hard to carry out: "Förslaget är svårt att tillämpa", "försvårar för små företag"
    (
        r"(?:är|blir|vara) (?:mycket |därför |i praktiken )?svår(?:t|a)? att (?:genomföra|"
        r"tillämpa|förstå|följa|efterleva|administrera|kontrollera|förena)|försvårar",
        "kritik",
        0.65,
    ),
    # the author's blind spots: "bortser helt från effekterna", "förbiser", "slår hårt mot"
    (
        r"bortser (?:[\wåäö]+ )?från|förbiser|negligerar|ignorerar|"
        r"(?:slår|slå) (?:[\wåäö]+ )?(?:hårt|orimligt hårt|särskilt hårt|orättvist) mot",
        "kritik",
        0.7,
    ),
    # doubt of how it could work: "Vi har svårt att se hur förslaget ska kunna genomföras"
    (
        r"har (?:mycket |därför )?svårt att se (?:hur|att|varför|vad|nyttan|behovet|syftet|"
        r"vinsten|motivet|skälen|logiken|fördelarna)|ser (?:inte|ej) (?:nyttan|vinsten|"
        r"fördelarna|logiken) (?:med|i)",
        "ifragasatter",
        0.7,
    ),
    # no reason to change what is now opposes the change: "ser ingen anledning att ändra den
    # nuvarande ordningen" (longer than the phrase of no reason to oppose, so it wins)
    (
        r"(?:ser|finner) (?:inget|inte något|inga|inte några|ingen) (?:[\wåäö]+ )?(?:skäl|"
        r"anledning|behov) (?:att|av att|till att) (?:ändra|förändra|frångå|överge|ersätta) "
        r"(?:på )?(?:den |det |de )?(?:nuvarande|dagens|gällande|befintliga|rådande)",
        "avstyrker",
        0.8,
    ),
    # no reason to oppose is support: "ser inga skäl att motsätta sig förslaget"
    (
        r"(?:ser|finner) (?:inget|inte något|inga|inte några|ingen) (?:[\wåäö]+ )?(?:skäl|"
        r"anledning) att (?:motsätta|invända|avstyrka|ifrågasätta|avvisa|kritisera|"
        r"ha synpunkter|ändra|motsäga)",
        "tillstyrker",
        0.8,
    ),
    # no need of it: "ser inget behov av en ny myndighet"
    (
        r"(?:ser|finner) (?:inget|inte något|inga|inte några|ingen) (?:[\wåäö]+ )?(?:behov|skäl|"
        r"anledning) (?:av|att|för|till)|"
        # no good in it: "ser inga fördelar med förslaget", "kan inte se någon nytta med"
        r"(?:ser|finner|kan (?:[\wåäö]+ )?(?:inte|ej) (?:se|finna)) (?:inga|inget|ingen|inte "
        r"några|inte någon|några|någon|något) (?:[\wåäö]+ )?(?:fördel(?:ar)?|nytta|vinst(?:er)?|"
        r"mervärde|förbättring(?:ar)?|motiv|behov|skäl) (?:med|av|i|för|till)|"
        r"(?:det )?finns (?:det )?(?:inget|inte något|inga|inte några|ingen) (?:[\wåäö]+ )?"
        r"(?:behov|skäl|anledning) (?:av|att|till)|"
        r"(?:kan|kunde) (?:[\wåäö]+ )?(?:inte|ej) (?:se|finna) att det (?:finns|föreligger) "
        r"(?:[\wåäö]+ )?(?:behov|skäl|anledning|motiv)",
        "avstyrker",
        0.75,
    ),
    # a claim reported and disowned: "I promemorian anges att …, vilket vi inte delar"
    (
        r"(?:vilket|något|en bild|en uppfattning|en bedömning|en slutsats) (?:som )?"
        r"(?:vi|jag|förbundet|föreningen|kommunen|regionen|myndigheten|nämnden|styrelsen) "
        r"(?:[\wåäö]+ )?(?:inte|ej) (?:delar|instämmer i|håller med om|ställer (?:oss|sig) bakom)",
        "ifragasatter",
        0.8,
    ),
    # "inte emot X, utan emot Y": the opposition after "utan" (`_after_utan` reads it)
    (
        r"utan (?:snarare |just |bara )?(?:emot|mot) (?:den|det|de|själva|placering|"
        r"utformning|omfattning|lokalisering|sträckning)\w*",
        "avstyrker",
        0.7,
    ),
    # a claim reported and owned: "…, vilket vi delar", "…, en bedömning som förbundet delar"
    (
        r"(?:vilket|något|en bild|en uppfattning|en bedömning|en slutsats) (?:som )?"
        r"(?:vi|jag|förbundet|föreningen|kommunen|regionen|myndigheten|nämnden|styrelsen) "
        r"(?:också |även |helt |fullt ut )?(?:delar|instämmer i|håller med om|ställer (?:oss|sig) "
        r"bakom)",
        "instammer",
        0.8,
    ),
    # no faith in the remiss: "tror inte på utredningens förslag" (the guide: against)
    (
        r"(?:tror|trodde) (?:inte|ej) på (?:[\wåäö]+ )?(?:utredningens|förslag\w*|"
        r"promemorians|betänkandets|planens|regeringens|modellen|idén|lösningen|reformen)",
        "ifragasatter",
        0.8,
    ),
    # another way named for the remiss: "… vore ett bättre alternativ" (the guide: against)
    (
        r"(?:vore|är|skulle vara) (?:ett |en )?(?:mycket |betydligt |klart )?(?:bättre|klokare|"
        r"rimligare|lämpligare) (?:alternativ|lösning|väg|placering|plats)",
        "avstyrker",
        0.75,
    ),
    # the harm it opens for: "så att det blir möjligt att avverka skogen", protections removed
    (
        r"(?:blir|bli) (?:det )?möjligt att (?:avverka|riva|fälla|schakta|spränga|dika ut|"
        r"fylla ut|exploatera)|"
        r"(?:tas|upphävs|slopas) (?:de |det |den )?(?:[\wåäö]+ )?(?:skyddsbestämmelse|"
        r"strandskydd|rivningsförbud|varsamhetsbestämmelse|q-bestämmelse)\w*",
        "kritik",
        0.7,
    ),
    # what was asked for is not kept: "varken muren eller eken kommer att bevaras"
    (
        r"varken (?:[\wåäö-]+ ){1,6}?eller (?:[\wåäö-]+ ){1,6}?(?:kommer att |ska |skall )?"
        r"(?:bevaras|skyddas|behållas|sparas|finnas kvar)",
        "kritik",
        0.7,
    ),
    # too little of it: "ger ett ytterst begränsat utrymme för grönområden"
    (
        r"(?:ytterst|mycket|väldigt|alltför|oerhört|synnerligen|orimligt) (?:begränsa[dt]|liten|"
        r"litet|små|lite|svag|svagt|snäv|snävt)\w* (?:utrymme|hänsyn|skydd|andel|yta|ytor|"
        r"omfattning|möjlighet\w*|analys|underlag|tid)",
        "kritik",
        0.7,
    ),
    # what should have been done and was not: "borde kommunen ha gjort en miljöbedömning",
    # "skulle ha utretts" (a fault found, and a demand)
    (
        r"(?:borde|skulle|hade bort) (?:[\wåäö]+ ){0,2}?ha (?:[\wåäö]+ )?"
        r"(?:[\wåäö]{3,}(?:ats|tts|its|ts)|gjort|gjorts|utrett|utretts|redovisat|redovisats|"
        r"beaktat|beaktats|tagit|"
        r"prövat|prövats|hört|hörts|samrått|analyserat|analyserats|inventerat|inventerats)",
        "kritik",
        0.75,
    ),
    # a worry as a noun: "Vår största oro är vattnet", "Det som oroar oss mest är …"
    (
        r"(?:vår|min|föreningens|förbundets|[\wåäö]+s) (?:[\wåäö]+ )?oro (?:är|gäller|handlar)|"
        r"oroar (?:oss|mig)",
        "kritik",
        0.7,
    ),
    # nothing done for it, no use made of it: "planen gör ingenting för att skydda träden",
    # "tar inte vara på kulturmiljön"
    (
        r"gör (?:ingenting|inget|inte (?:något|någonting|tillräckligt|mycket)) för att|"
        r"tar (?:inte|ej) (?:till)?vara på",
        "kritik",
        0.7,
    ),
    # a ground for review: "vilket är en grund för prövning enligt 11 kap. 10 § PBL"
    (
        r"(?:är|utgör|kan utgöra) (?:en )?grund för (?:prövning|överprövning|upphävande)",
        "kritik",
        0.75,
    ),
    # a loss forbidden: "får inte försvinna", "får inte bebyggas" (what the plan would do)
    (
        r"får (?:inte|ej|aldrig|under inga omständigheter) (?:[\wåäö]+ )?(?:försvinna|"
        r"förstöras|bebyggas|exploateras|avverkas|tas bort|rivas|skadas|offras|försämras|"
        r"påverkas negativt|gå förlorad\w*)",
        "avstyrker",
        0.8,
    ),
    # ... demanded in so many words: "Vi yrkar att strandskyddet inte upphävs", "kräver att
    # skogen inte avverkas" (the remiss would do it; "yrkar att strandskyddet upphävs", the
    # change asked for, is a proposal)
    (
        # (with "vi"/"jag" before it: "Vi kräver" is a phrase of its own, which this outruns)
        r"(?:(?:vi|jag) (?:(?:också|även|därför|dock|vidare|härmed|alltså|bestämt) )?)?"
        r"(?:yrkar|kräver|begär|föreslår|hemställer) (?:på |om )?att " + _A_CHANGE_DENIED,
        "avstyrker",
        0.88,  # above the demand verb's own phrase ("kräver", 0.85), which it holds
    ),
    # a wish or a view denied: "Vi vill inte att skogen avverkas", "tycker inte att avgiften
    # ska höjas" (opposition to what the remiss would do)
    (
        r"(?:vill|ville|tycker|tyckte|menar|menade) (?:inte|ej) att",
        "ifragasatter",
        0.75,
    ),
    # a part to be dropped: "Bestämmelsen bör strykas", "Denna del av förslaget bör utgå"
    # (rejecting a part: the guide's borderline, against)
    (
        r"(?:bör|borde|ska|skall|måste) (?:därför |helt )?(?:utgå|strykas|utgå ur förslaget)",
        "avstyrker",
        0.8,
    ),
    # no need of it in a clause: "… att det inte finns något behov av förändring"
    (
        r"(?:inte|ej) finns (?:något|några|någon|tillräckligt) (?:[\wåäö]+ )?(?:behov|skäl|"
        r"anledning|stöd) (?:av|att|för|till)",
        "avstyrker",
        0.75,
    ),
    # doubt of the author's choice: "har svårt att förstå varför …", "har svårt att acceptera"
    (
        r"har (?:mycket |därför |fortfarande )?svårt att (?:förstå|acceptera|godta|tro|"
        r"se logiken)",
        "ifragasatter",
        0.7,
    ),
    # worry felt: "känner stor oro för", "ser med oro på"
    (
        r"(?:känner|hyser|uttrycker|delar) (?:[\wåäö]+ )?oro|ser (?:[\wåäö]+ )?med (?:stor |"
        r"djup |viss )?oro på|"
        # a finding told with dismay: "noterar med oro att …", "konstaterar med förvåning att"
        r"(?:noterar|konstaterar|ser|läser) (?:[\wåäö]+ )?med (?:stor |djup |viss )?(?:oro|"
        r"förvåning|bekymmer|beklagande|besvikelse|förundran)",
        "kritik",
        0.7,
    ),
    # the process criticised (the guide: against): not given the chance to take part, no
    # consultation held, those concerned not informed
    (
        r"(?:har|hade) (?:inte|ej|aldrig) (?:[\wåäö]+ )?(?:fått|getts|beretts) (?:någon |en "
        r"rimlig |tillräcklig )?(?:möjlighet|tillfälle|chans) (?:att|till)(?: [\wåäö]+)?|"
        r"(?:samråd|dialog|information|kommunikation)\w* (?:[\wåäö]+ ){0,4}?(?:har|hade) (?:inte|"
        r"ej|aldrig) (?:[\wåäö]+ )?(?:genomförts|skett|hållits|ägt rum|förekommit)|"
        r"(?:har|hade) (?:inte|ej|aldrig) (?:[\wåäö]+ )?(?:informerat|samrått med|hört|tillfrågat|"
        r"kommunicerat med|involverat|bjudit in)",
        "kritik",
        0.75,
    ),
    # not listened to: "kommunen har inte lyssnat på de boende"
    (
        r"(?:har|hade) (?:inte|ej) (?:[\wåäö]+ )?lyssnat|(?:inte|ej) (?:har )?lyssnat",
        "kritik",
        0.7,
    ),
    # questions left open: "det finns saker som återstår att lösa", "återstår en del frågor"
    (
        r"(?:återstår|kvarstår) (?:det )?(?:att lösa|att utreda|att klargöra|(?:en del|flera|"
        r"många|viktiga|ett antal) (?:frågor|problem|oklarheter|frågetecken))",
        "kritik",
        0.65,
    ),
    # objections had, doubt of its good: "har stora invändningar mot", "är inte övertygade
    # om att förslaget leder till förbättringar", "är djupt oroat över"
    (
        # (not "har inga/inte några invändningar mot", support: a phrase of its own)
        r"(?:har|hyser|riktar|framför) (?:stora |starka |allvarliga |flera |vissa |"
        r"principiella |betydande |ett antal |tunga |en del )?(?:invändningar|betänkligheter|"
        r"reservationer) mot|"
        rf"(?:är|var) {_NEGATION} (?:[\wåäö]+ )?övertyga(?:d|de|t) (?:om|av)|"
        r"(?:är|var) (?:[\wåäö]+ )?oroa[dt]\w* (?:över|för|av)",
        "kritik",
        0.75,
    ),
    # weaknesses and misgivings named: "har flera svagheter", "sätter frågetecken för"
    (
        r"(?:har|uppvisar|innehåller|lider av) (?:[\wåäö]+ )?(?:svagheter|brister)|"
        r"sätter (?:[\wåäö]+ )?frågetecken (?:för|kring|vid)|(?:har|hyser) (?:[\wåäö]+ )?farhågor",
        "kritik",
        0.7,
    ),
    (r"inte (?:är )?(?:förenlig|godtagbar|acceptabel|övertygande)\w*|är fel", "kritik", 0.7),
    (
        r"stämmer inte|inte stämmer|i själva verket|tvärtom|"
        r"utan (?:någon |några |en )?(?:beräkning|analys|utredning|redovisning|karta|"
        r"konsekvensbeskrivning|motivering|underlag|inventering|särskilda skäl|skäl|stöd i|"
        r"laglig grund)\w*",
        "kritik",
        0.7,
    ),
    (
        r"(?:säger|nämner|redovisar|anger|beskriver|tar upp|behandlar) (?:inget|ingenting|inte)"
        r"(?: om)?|(?:nämns|anges|redovisas|utreds|beaktas|prövas|belyses|analyseras|"
        r"hanteras) inte|"
        r"inte (?:har )?(?:utretts|redovisats|prövats|beaktats|belysts|analyserats)|"
        r"(?:är|har) (?:det )?(?:inte|ej) (?:alltid |tillräckligt |närmare |heller )?"
        r"(?:beräkna[dt]|kartla(?:gd|gt|gda)|inventera[dt]|undersök[ta]|analysera[dt]|konsekvensbedöm[dt]|"
        r"beaktat|beaktad|belyst|belysts)\w*|"
        r"är (?:det )?inte (?:alltid |tillräckligt |närmare |heller )?(?:utredd|utrett|prövad|"
        r"prövat|redovisad|redovisat|löst|tydlig\w*|beskriv(?:en|et|na)|konkretiserad\w*|"
        r"preciserad\w*|motiverad\w*|genomtänkt\w*)|"
        r"går (?:det )?inte att (?:pröva|bedöma|utläsa|avgöra)|"
        r"kan (?:[\wåäö]+ )?(?:inte|ej|heller inte) (?:utesluta|bedöma|avgöra|se att|finna att|"
        r"ta ställning|instämma)|"
        r"inte fullt ut|otydlig\w*|oklar\w*|oroad\w*|oroar|"
        r"(?:presenterar|redovisar|visar|beskriver|hanterar|belyser|säkerställer|"
        r"tillgodoser|uppfyller|motiverar|beaktar|analyserar) (?:inte|ej)|"
        r"tar (?:inte|ej|ingen|inte någon) (?:[\wåäö]+ )?(?:hänsyn|upp)|"
        r"(?:framgår|motiveras) (?:inte|ej)|"
        r"inte (?:framgår|tillgodos\w+|uppfyll\w+|säkerställ\w+|tydlig\w*|motiverat)",
        "kritik",
        0.7,
    ),
    # emphasis in the passive: "Det bör dock framhållas att …" stresses, asks no change
    (
        r"(?:bör|ska|kan|måste|vill jag|vill vi) (?:framhållas|understrykas|betonas|påpekas|"
        r"poängteras|noteras|nämnas)",
        "framhaller",
        0.8,
    ),
    # wishes and proposals
    # A modal of need with a passive or a verb of changing a document: "bör kompletteras",
    # "behöver förtydligas", "bör det framgå", "måste därför utredas".
    (
        r"(?:bör|borde|måste|behöver|skulle behöva) (?:(?:det|detta|dessa|den|de|denna|"
        r"kommunen|[\wåäö]+(?:en|et|na)|(?:en|ett|någon|något|några) (?:[\wåäö]+ )?[\wåäö]+) )?"
        r"(?:(?:även|också|därför|dock|tydligare|alltid|"
        r"ytterligare|vidare|i (?:[\wåäö:]+ ){1,2}))*(?:[\wåäö]{3,}(?:as|ts|ds)|framgå|"
        # a short passive with its particle: "behöver ses över", "bör tas bort"
        r"(?:ses|tas|ges|göras|läggas|föras) (?:över|fram|bort|med|till|in|upp|ut)|"
        r"förtydliga|komplettera|redovisa|beskriva|tydliggöra|utreda|se över|ta fram|justera|"
        r"ändra|beakta|klargöra|motivera|analysera|inkludera|anpassa|revidera|precisera|"
        r"uppmuntra|säkerställa|bedöma|utvecklas?|hanteras?|ske)",
        "foreslar",
        0.75,
    ),
    (
        r"hade (?:gärna|helst|hellre) sett|skulle (?:gärna|helst|hellre) (?:se|vilja)|"
        r"vill (?:gärna|helst|hellre) se|ser (?:gärna|helst|hellre) att|önskar|önskvärt|"
        r"hoppas (?:att|på)|(?:har|hyser|uttrycker) (?:[\wåäö]+ )?förhoppning(?:en)? (?:att|om)|"
        # the hope as a noun: "Förbundets förhoppning är att …" (the guide: a proposal)
        r"förhoppning(?:en)? är att",
        "onskar",
        0.75,
    ),
    (
        # what would be better: "vore det bra om", "skulle vara värdefullt om"
        # and in the past: "hade det varit tydligare att …", "hade varit bättre om"
        r"(?:vore|skulle (?:[\wåäö]+ )?vara|hade (?:[\wåäö]+ )?varit) (?:det |därför |också |"
        r"även |dock )?(?:mycket |betydligt "
        r")?(?:bra|önskvärt|lämpligt|lämpligare|rimligt|rimligare|värdefullt|bättre|klokt|"
        r"klokare|naturligt|naturligare|fördelaktigt|angeläget|positivt|välkommet|enklare|"
        r"tydligare) (?:om|att)|"
        # a need stressed is a need: "vill framhålla behovet av", "pekar på behovet att"
        r"(?:vill (?:[\wåäö]+ )?)?(?:lyfta(?: fram)?|betona|understryka|påtala|peka på|"
        r"framhålla|poängtera|trycka på) behovet (?:av|att)",
        "foreslar",
        0.75,
    ),
    # a view that something ought to be: "anser det angeläget att", "finner det rimligt att"
    (
        r"(?:anser|finner) (?:[\wåäö]+ )?(?:det|detta) (?:vara )?(?:mycket |"
        r"därför |särskilt )?(?:angeläget|nödvändigt|viktigt|väsentligt|avgörande|önskvärt|"
        r"centralt|rimligt|lämpligt) att",
        "foreslar",
        0.8,
    ),
    # what shall be changed in the document: "Planen ska kompletteras med …"
    (
        r"(?:ska|skall) (?:(?:därför|även|också|dock|först) )*(?:kompletteras|förtydligas|"
        r"revideras|ses över|strykas|justeras|omarbetas|preciseras|tydliggöras|arbetas om)",
        "foreslar",
        0.7,
    ),
    # a need said of someone who could act on it, a change asked of them: "Regeringen bör ge
    # Boverket i uppdrag …", "Likaså bör kommunen redovisa …" (a modal of no one's doing is
    # weak: "Vården måste vara jämlik" states a principle)
    (
        rf"(?:{_ACTORS}) (?:bör|borde|måste|behöver|skulle behöva)(?! (?:inte|ej|icke|heller|"
        r"aldrig|kunna|ha)(?![\wåäö]))|"
        rf"(?:bör|borde|måste|behöver|skulle behöva) (?:{_ACTORS})(?! (?:inte|ej|icke|heller|"
        r"aldrig|kunna|ha)(?![\wåäö]))",
        "foreslar",
        0.75,
    ),
    # "bör ge bättre förutsättningar" expects a result, asks for nothing
    (
        r"(?:bör|borde)(?! (?:[\wåäö]+ )?(?:ge (?:[\wåäö]+ )?(?:bättre|större|ökad\w*|mer|"
        r"goda|klart)|leda till|innebära|medföra|resultera))|"
        r"skulle behöva|måste",
        "foreslar",
        0.6,
    ),
    (r"behövs|kan (?:bli|göras) (?:mer|tydligare|bättre)|vill bli", "foreslar", 0.6),
    # a need of more, said impersonally: "Det behövs mer resurser", "Det krävs ett tydligare
    # ansvar", "Ytterligare analyser behövs" (the guide: "Det behövs …" is a proposal)
    (
        r"det (?:behövs|krävs|behöver det|krävs det) (?:därför |också |även |dock )?(?:ett |en )?"
        r"(?:mer|mera|fler|ytterligare|större|bättre|ökad\w*|utökad\w*|förstärkt\w*|"
        r"tydlig\w*|[\wåäö]{3,}are)|"
        # (not denied: "ingen ytterligare undersökning krävs", `_not_ours`)
        r"(?:ytterligare|fler|mer|tydligare|bättre) (?:[\wåäö]+ ){1,4}?(?:behövs|krävs)"
        r"(?! (?:inte|ej)(?![\wåäö]))",
        "foreslar",
        0.75,
    ),
    # a change to the document named as needed: "Förtydliganden behövs på flera ställen"
    (
        r"(?:förtydligande|komplettering|utredning|analys|översyn|ändring|justering|precisering|"
        r"revidering|konsekvensanalys|konsekvensutredning|redovisning|bearbetning)"
        r"(?:en|et|n|ar|arna|er|erna|na)? "
        # (a phrase of where or of what may stand between: "Ett förtydligande i förordningen
        # är därför nödvändigt"; not a clause: "Utredningen slår fast att det behövs …")
        r"(?:(?:i|av|om|för|på|till|kring|gällande) (?:[\wåäö]+ ){1,2}?)?(?:(?!att |som |om )"
        r"[\wåäö]+ )?(?:behövs|krävs|är (?:därför |också )?nödvändig\w*|är påkallad\w*|"
        r"(?:vore|är|skulle vara) (?:därför |också |mycket )?(?:välkomm(?:en|et|na)|önskvärt|bra|"
        r"angeläget|värdefullt))",
        "foreslar",
        0.8,
    ),
    # an expectation put on someone: "Vi förväntar oss att kommunen …", "utgår från att …",
    # "räknar med att staten står för kostnaderna"
    (
        r"förväntar (?:oss|mig) (?:[\wåäö]+ )?att|(?:vi|jag) (?:[\wåäö]+ )?(?:utgår|räknar) "
        r"(?:[\wåäö]+ )?(?:från|med) att|ser (?:[\wåäö]+ )?gärna (?:en|ett|mer|fler|att)",
        "foreslar",
        0.75,
    ),
    # a possibility asked for or denied: "Det bör vara möjligt att ansöka digitalt", "Det bör
    # inte vara möjligt att bygga så nära stranden" (no principle: a change named)
    (
        r"(?:bör|borde|måste|ska|skall) (?:även |också |därför )?(?:vara|bli) möjligt att",
        "foreslar",
        0.75,
    ),
    (
        r"(?:bör|borde|ska|skall|får) (?:inte|ej) (?:heller )?(?:vara|bli) möjligt att",
        "avstyrker",
        0.75,
    ),
    # a suggestion in the passive: "Det kan övervägas att införa en bagatellgräns"
    (
        r"(?:kan|skulle kunna) (?:också |även |därför )?(?:övervägas|prövas|diskuteras|"
        r"undersökas) (?:om|att)",
        "foreslar",
        0.7,
    ),
    # room for improvement: "Här finns utrymme för förbättringar", "förbättringspotential"
    (
        r"finns (?:det )?(?:[\wåäö]+ )?(?:utrymme för förbättring\w*|förbättringspotential|"
        r"förbättringsmöjligheter|potential för förbättring\w*)",
        "foreslar",
        0.7,
    ),
    (
        r"vill(?: (?!påpeka|understryka|betona|framhålla|poängtera|lyfta|varna|avråda|uppmärksamma|"
        r"påminna|peka|belysa|tydliggöra|förtydliga|klargöra|slå|fastslå|markera|erinra|framföra|"
        r"konstatera|nämna|tillägga|informera|upplysa|säga|berätta|notera|kommentera|"
        r"meddela|förklara|redovisa|beskriva|understryka)[\wåäö]+){0,3} att",
        "foreslar",
        0.7,
    ),
    (r"(?:skulle |vill )?rekommendera", "foreslar", 0.75),
    # a limit found unjustified asks for it to be lifted (the guide: a proposal): "Det
    # förefaller obefogat att möjligheten ska vara inskränkt till …"
    (
        r"(?:obefogat|omotiverat|onödigt|olyckligt|oklart varför) (?:att |det är )?"
        r"(?:[\wåäö]+ ){0,6}?(?:inskränk|begräns|förbehåll|avgräns)\w*",
        "foreslar",
        0.75,
    ),
    # a prerequisite named: "ser det som en förutsättning att …" (the guide: a proposal, or
    # against where the remiss cannot stand without it)
    (
        r"(?:ser|betraktar) (?:[\wåäö]+ )?(?:det|detta) som (?:en )?(?:[\wåäö]+ )?"
        r"(?:förutsättning|nödvändighet|krav)",
        "foreslar",
        0.8,
    ),
    # a way offered: "Förslagsvis kan kravet ersättas …", "En möjlighet vore att …"
    (
        r"förslagsvis|lämpligen|med fördel|(?:en|ett|vår) (?:möjlighet|alternativ|lösning|väg|"
        r"idé) (?:vore|skulle (?:[\wåäö]+ )?(?:kunna )?vara|kan vara) att|"
        # the answer's own proposal as a noun: "Vårt förslag är att …", "Ett förslag är att …"
        r"(?:ett|vårt|mitt|föreningens|förbundets|kommunens|regionens) (?:[\wåäö]+ )?förslag "
        r"är att|"
        # a request: "Vi ber kommunen att …", "vädjar till kommunen att …" (not "ber att få
        # återkomma", a request about the answer itself)
        r"(?:ber|bad|vädjar|vädjade) (?!att få)(?:[\wåäö]+ ){0,3}?(?:att|om)|"
        # a comparative preferred: "en lägre byggnadshöjd vore lämpligare" (another way named
        # with "alternativ" opposes: below)
        r"(?:vore|skulle vara|är) (?:betydligt |klart |mycket )?(?:lämpligare|rimligare|"
        r"klokare|att föredra|mer lämplig\w*)(?! alternativ)",
        "foreslar",
        0.75,
    ),
    (r"behöver", "foreslar", 0.5),
    # against, negations first: they begin where the verb of support would
    (
        rf"kan {_NEGATION} (?:tillstyrka|ställa sig bakom|stödja|instämma i|acceptera)",
        "avstyrker",
        0.9,
    ),
    (
        rf"(?:tillstyrker|instämmer|välkomnar|stöder|stödjer|godtar|accepterar|bejakar|"
        rf"biträder) {_NEGATION}(?! minst)",
        "avstyrker",
        0.85,
    ),
    (rf"ställer (?:sig|oss) {_NEGATION} bakom", "avstyrker", 0.9),
    (
        rf"delar {_NEGATION} (?:i )?(?:(?:den|denna|dess|[\wåäö]+s) )?(?:bedömning|uppfattning|"
        r"slutsats|syn|förslag|analys|ståndpunkt|ambition|intention|målsättning|"
        r"utgångspunkt|inriktning)(?:en|et|ar|erna|na|er)?",
        "avstyrker",
        0.85,
    ),
    (rf"(?:ser|såg) {_NEGATION} positivt på", "avstyrker", 0.8),
    (rf"(?:är|var) {_NEGATION} positiv(?:a|t)? till", "avstyrker", 0.8),
    (r"avstyrker|avstyrkte", "avstyrker", 0.95),
    (r"motsätter sig(?! inte)|motsatte (?:sig|oss|mig)(?! inte)", "avstyrker", 0.9),
    (r"ställer (?:sig|oss) avvisande", "avstyrker", 0.85),
    (r"avvisar", "avstyrker", 0.8),
    # a verdict in a press page's words: "sågar förslaget", "ger tummen ner för"
    (
        r"sågar|sågade|(?:ger|gav) (?:[\wåäö]+ )?tummen ned|(?:ger|gav) (?:[\wåäö]+ )?tummen ner",
        "avstyrker",
        0.8,
    ),
    # criticism as the subject: "Kritiken från förbundet gäller framför allt finansieringen"
    (r"kritiken (?:från [\wåäö]+ )?(?:gäller|riktas|handlar|avser)", "kritik", 0.7),
    # criticism announced: "Det finns dock en del kritik i remissvaret", "kritik riktas mot"
    (
        r"(?:finns|fanns|framförs|riktas|förekommer) (?:det )?(?:dock |också |även )?(?:en del |"
        r"viss |mycket |stark |skarp |hård |omfattande |flera )?(?:kritik|invändningar)",
        "kritik",
        0.7,
    ),
    # a bad idea: "Det är en dålig idé att …", "vore en olycklig väg att gå"
    (
        r"(?:är|vore|blir) (?:en |ett )?(?:mycket |väldigt )?(?:dålig|dåligt|olycklig|olyckligt|"
        r"farlig|farligt|felaktig|felaktigt|fel) (?:idé|väg|lösning|ordning|utveckling|signal|"
        r"beslut|prioritering)",
        "kritik",
        0.7,
    ),
    (r"ogillar", "avstyrker", 0.8),
    # protest and refusal: "protesterar mot", "Nej till …"
    (r"(?:protesterar|protesterade|reserverar (?:sig|oss) mot)|nej till", "avstyrker", 0.8),
    # (dis)satisfaction with the remiss: "är inte nöjd med ordningen", "är missnöjda med"
    (
        rf"(?:är|var|blev) (?:dock |därför |också |heller )?(?:{_NEGATION} (?:[\wåäö]+ )?"
        r"(?:nöjd|nöjda|nöjt|tillfreds|tillfredsställd\w*)|missnöjd\w*|otillfreds) med",
        "kritik",
        0.75,
    ),
    # disappointment and surprise at the remiss: "är besvikna över att …"
    (
        r"(?:är|blev|var) (?:mycket |djupt |något |därför )?(?:besviken|besvikna|besviket|"
        r"förvånad|förvånade|förvånat|förbryllad\w*|upprörd\w*|förundrad\w*) (?:över|på|att)|"
        r"(?:märkligt|förvånande|anmärkningsvärt|obegripligt|uppseendeväckande) att",
        "kritik",
        0.7,
    ),
    # a threat or a blow: "utgör ett hot mot den biologiska mångfalden"
    (
        r"(?:utgör|utgöra|är|blir|vore|innebär|innebära) (?:ett )?(?:[\wåäö]+ )?(?:hot (?:mot|"
        r"för)|slag mot)",
        "kritik",
        0.7,
    ),
    # criticism as the answer's own act: "kritiserar förslaget", "riktar skarp kritik mot"
    (
        r"kritiser(?:ar|ade|at)|(?:riktar|riktade|riktat|framför|framförde) (?:[\wåäö]+ ){0,2}?"
        r"kritik (?:mot|av)",
        "kritik",
        0.8,
    ),
    # an alternative put forward: "Bebyggelsen kan i stället lokaliseras till …"
    (
        r"(?:kan|bör|borde|skulle kunna|vore) (?:[\wåäö]+ ){0,3}?(?:istället|i stället|hellre)",
        "foreslar",
        0.7,
    ),
    (
        r"avråder (?:från|ifrån)|(?:vill|måste) (?:[\wåäö]+ )?avråda (?:från|ifrån)",
        "avstyrker",
        0.8,
    ),
    (r"ställer (?:sig|oss|mig) (?:negativ|avvisande|kritisk)\w*", "avstyrker", 0.85),
    (
        r"(?:är|var) (?:mycket |starkt )?(?:kritisk|kritiska|kritiskt|negativ|negativa|"
        r"negativt) till",
        "avstyrker",
        0.75,
    ),
    (r"ställer (?:sig|oss|mig) (?:mycket )?(?:frågande|undrande)", "ifragasatter", 0.8),
    # partly
    (r"tillstyrker delvis", "tillstyrker_delvis", 0.95),
    # support of the parts named: "tillstyrker förslaget i de delar som rör …"
    (
        r"(?:tillstyrker|stöder|stödjer|välkomnar|ställer (?:sig|oss) bakom) (?:[\wåäö]+ ){0,3}?"
        r"förslag\w* i (?:de delar|den del|det avseendet|de avseenden) (?:som|där|det gäller)",
        "tillstyrker_delvis",
        0.9,
    ),
    (r"(?:att|besluta\w*|föreslås) tillstyrka", "tillstyrker", 0.9),
    (r"(?:att|besluta\w*|föreslås) avstyrka", "avstyrker", 0.9),
    (
        r"inte kan (?:godta|acceptera|tillstyrka|stödja|ställa (?:sig|oss|mig) bakom)",
        "avstyrker",
        0.85,
    ),
    (
        r"(?:stöder|stödjer|välkomnar|instämmer|ställer (?:sig|oss) bakom) (?:i huvudsak|i stort|"
        r"huvudsakligen|i allt väsentligt|delvis)",
        "tillstyrker_delvis",
        0.9,
    ),
    # support of the proposal but a part of it: "tillstyrker förslagen med undantag för …"
    (
        r"(?:tillstyrker|stöder|stödjer|ställer (?:sig|oss) bakom) (?:[\wåäö]+ ){0,2}?"
        r"(?:förslag|utredningens|promemorians|betänkandets)\w*(?: [\wåäö]+)? "
        r"(?:med undantag (?:för|av)|utom|förutom)",
        "tillstyrker_delvis",
        0.9,
    ),
    (
        r"tillstyrker (?:i huvudsak|i stort|med (?:vissa |följande )?(?:förbehåll|reservation))",
        "tillstyrker_delvis",
        0.9,
    ),
    (
        r"(?:ställer (?:sig|oss)|är|delar) (?:delvis|i huvudsak|i stort(?: sett)?|överlag|"
        r"huvudsakligen|i allt väsentligt)(?: (?:positiv|positiva|positivt|bakom))?",
        "tillstyrker_delvis",
        0.85,
    ),
    (
        r"med (?:vissa |följande |de |några |ett par |ett antal |en )?(?:förbehåll|reservationer|"
        r"reservation)|med (?:vissa|några|ett par|ett antal|ett fåtal) undantag(?! från)",
        "tillstyrker_delvis",
        0.75,
    ),
    # support of a part: "positiva till delar av förslaget", "kan delvis ställa oss bakom"
    (
        r"(?:(?:ställer (?:sig|oss) |är )?positiv\w*|ställer (?:sig|oss) bakom|stöder|stödjer|"
        r"tillstyrker) (?:till )?"
        r"(?:delar|vissa delar|en del|delar|några delar) av|"
        # "positiv till de flesta av förslagen", "stöder merparten av"
        r"(?:(?:ställer (?:sig|oss) |är )?positiv\w*|ställer (?:sig|oss) bakom|stöder|stödjer|"
        r"tillstyrker|välkomnar|kan (?:ställa (?:sig|oss) bakom|stödja|tillstyrka|godta)) "
        r"(?:till )?(?:de flesta|merparten|huvuddelen|flertalet|"
        r"majoriteten)|"
        r"kan (?:[\wåäö]+ )?(?:delvis|i huvudsak|i vissa delar) (?:ställa (?:sig|oss) bakom|"
        r"tillstyrka|stödja|godta|acceptera|instämma)",
        "tillstyrker_delvis",
        0.85,
    ),
    # good as far as it goes, good in some of its parts: "är bra så långt det går",
    # "innehåller vissa förslag som kommer att bidra till …" (the guide: support of a part)
    (
        r"(?:(?:är|var|blir) (?:[\wåäö]+ )?)?(?:bra|positiv\w*|rimlig\w*|god|gott|goda|"
        r"välkommen|välkommet) så långt (?:det|den|de) (?:går|räcker|når)|"
        r"(?:innehåller|rymmer|har) (?:vissa|några|en del|ett par|enstaka) (?:bra|goda|"
        r"positiva|värdefulla|välkomna) (?:förslag|delar|inslag)|"
        r"(?:innehåller|rymmer|har) (?:vissa|några|en del|ett par|enstaka) (?:förslag|delar|"
        r"inslag) som(?= (?:[\wåäö]+ ){0,3}?(?:är bra|är goda|är positiva|är värdefulla|bidra|"
        r"förbättra|stärka))",
        "tillstyrker_delvis",
        0.8,
    ),
    # none
    # no objection is support; no views at all is none
    (
        r"(?:har|hade|lämnar|lämnade) (?:(?:inget|ingenting|inte något) att (?:erinra|invända)|"
        r"ingen erinran|"
        r"(?:inga|inte några) (?:invändningar|erinringar))(?: mot)?",
        "tillstyrker",
        0.85,
    ),
    # no objection but one, or no objection on the whole: "har inga invändningar förutom
    # gällande …", "har i huvudsak inget att erinra"
    (
        r"(?:har|lämnar) (?:inget att (?:erinra|invända)|ingen erinran|inga (?:invändningar|"
        r"erinringar))(?: [^.!?]{0,60}?)? (?:förutom|utom|med undantag (?:av|för)|undantaget|"
        r"frånsett|bortsett från)|"
        r"(?:har|lämnar) (?:i huvudsak|i stort|huvudsakligen|i allt väsentligt) (?:inget att "
        r"(?:erinra|invända)|ingen erinran|inga (?:invändningar|erinringar))",
        "tillstyrker_delvis",
        0.85,
    ),
    (
        r"(?:har|hade|lämnar|lämnade) (?:inga|ingen) (?:ytterligare |särskilda |övriga |egna |"
        r"vidare |andra )?(?:synpunkter|synpunkt|kommentarer|kommentar)",
        NO_COMMENTS,
        0.9,
    ),
    # declining to answer: "har beslutat att inte yttra sig", "avböjer att yttra sig"
    (
        r"(?:har |hade )?(?:beslutat|valt|bestämt) att (?:inte|avstå från att) "
        r"(?:yttra (?:sig|oss)|lämna (?:några )?synpunkter|svara|avge (?:något )?yttrande)|"
        r"(?:avböjer|avböjde|avstår|avstod|avstått) (?:från )?att (?:yttra (?:sig|oss)|svara|"
        r"avge (?:något )?yttrande)",
        NO_COMMENTS,
        0.85,
    ),
    # "har, utifrån de utgångspunkter som myndigheten har att beakta, inte några synpunkter"
    (r"(?:inte|ej) (?:några|någon|något) (?:synpunkter|kommentarer|synpunkt)", NO_COMMENTS, 0.85),
    (r"(?:har|hade) (?:inget|inte något|ingenting) att (?:tillägga|anföra)", NO_COMMENTS, 0.9),
    # no objection in a phrase of its own: "lämnar förslaget utan erinran"
    (r"utan (?:någon )?erinran|utan invändningar", "positiv", 0.8),
    (r"tar (?:inte|ej) ställning|avstår från att ta ställning", NO_COMMENTS, 0.8),
    (
        r"(?:avstår|avstod|avstått) från att (?:yttra sig|lämna (?:några |närmare |ytterligare )?"
        r"(?:synpunkter|kommentarer))",
        NO_COMMENTS,
        0.85,
    ),
    # for
    (r"motsätter sig inte", "tillstyrker", 0.7),
    # support said as what the answerer can do: "kan tillstyrka förslaget", "kan därför
    # ställa sig bakom" ("kan inte tillstyrka" is a longer phrase of its own, opposition), and
    # acceptance: "kan tänka sig att upplåta marken" (on a condition: partial, `_qualified`)
    (
        r"kan (?:tillstyrka|ställa (?:sig|oss|mig) bakom|stödja|instämma i|välkomna|bejaka|"
        r"biträda)",
        "tillstyrker",
        0.85,
    ),
    (r"kan tänka (?:sig|oss|mig)", "positiv", 0.7),
    (r"tillstyrker|tillstyrkte", "tillstyrker", 0.95),
    (r"ställer (?:sig|oss) bakom", "tillstyrker", 0.9),
    (r"stöder|stödjer", "tillstyrker", 0.75),
    # more verbs of support: "ansluter sig till", "bejakar", "biträder", "ser inga hinder"
    (
        r"ansluter (?:sig|oss|mig) till|bejakar|biträder|godtar|accepterar|"
        r"ser (?:inga|inget|inte några) (?:hinder|problem) (?:för|med|i)",
        "tillstyrker",
        0.8,
    ),
    (r"(?:är|var) (?:mycket )?positivt inställda?", "positiv", 0.85),
    (r"(?:ger|gav) (?:[\wåäö]+ )?tummen upp", "positiv", 0.8),
    # no harm seen, a fault denied (litotes): "kan inte se några nackdelar med förslaget",
    # "Det är inte orimligt att …"
    (
        r"(?:ser|finner|kan (?:[\wåäö]+ )?(?:inte|ej) (?:se|finna)) (?:inga|inte några|några) "
        r"(?:[\wåäö]+ )?(?:nackdelar|olägenheter|negativa konsekvenser|risker) (?:med|av|i)|"
        # (not a concession: "är inte olämpligt i sig, men …")
        r"(?:är|vore) (?:inte|knappast) (?:orimligt|olämpligt|fel|negativt|orealistiskt)"
        r"(?! i sig| i och för sig| som sådan)",
        "positiv",
        0.7,
    ),
    # more words of support: "bifaller förslaget", "är nöjda med", "gillar", "hälsar … med
    # glädje", "applåderar"
    (
        r"bifaller|bifallit|(?:är|var) (?:mycket |därför |också )?nöj(?:d|da|t) med|gillar|"
        r"applåderar|hälsar (?:[\wåäö]+ ){1,3}?med (?:stor )?(?:glädje|tillfredsställelse)|"
        r"ser (?:[\wåäö]+ )?med (?:stor )?glädje på",
        "positiv",
        0.8,
    ),
    # nothing against it: "Vi har inget emot att vägen får kommunalt huvudmannaskap"
    (
        r"(?:har|hade) (?:[\wåäö]+ )?(?:inget|ingenting|inte något|inte någonting) emot",
        "tillstyrker",
        0.8,
    ),
    # fit for it: "Området lämpar sig väl för en varsam utbyggnad" (on a condition, partial)
    (r"lämpar (?:sig )?(?:väl|bra|utmärkt|mycket väl) (?:för|som)", "positiv", 0.75),
    # the remiss's author has done what was asked: "Kommunen har i utställningshandlingen
    # förtydligat strandskyddets omfattning" (a second round's acknowledgement)
    (
        r"(?<!\bvi\s)(?<!\bjag\s)(?:har|hade) (?!(?:inte|ej|inga|inget|ingen)\b)"
        r"(?:[\wåäö]+ ){0,3}?(?:nu )?"
        r"(?:förtydligat|kompletterat|rättat|åtgärdat|arbetat in|förbättrat|tydliggjort|"
        r"reviderat|justerat)(?!(?: [\wåäö]+){0,2}? (?:inte|ej)\b)",
        "positiv",
        0.65,
    ),
    # what it makes possible, and a way found good: "möjliggör en förbättrad hänsyn", "har
    # varit ett konstruktivt och lyckat sätt att …"
    (
        r"(?:möjliggör|möjliggöra|möjliggjort) (?:en |ett )?(?:[\wåäö]+ )?(?:förbättrad\w*|"
        r"förbättring\w*|bättre)|"
        r"(?:konstruktiv\w*|lyckad|lyckat|framgångsrik\w*)(?: och (?:mycket )?[\wåäö]+)? (?:sätt|"
        r"arbete|projekt|process|initiativ|steg|förslag|modell)",
        "positiv",
        0.75,
    ),
    # seeing it as a step forward: "ser förslaget som ett viktigt steg mot …"
    (
        r"(?:ser|betraktar) (?:[\wåäö]+ ){1,3}?som (?:ett |en )?(?:[\wåäö]+ )?(?:steg i rätt "
        r"riktning|viktigt steg|välkommet steg|positivt steg|bra steg|första steg|framsteg|"
        r"förbättring)|"
        # "ser förslaget som välbehövligt" (not "ser det som positivt att …", a view held)
        r"(?:ser|betraktar) (?!det |detta )(?:[\wåäö]+ ){1,3}?som (?:mycket |särskilt )?"
        r"(?:välbehövlig[ta]?|välkomm(?:en|et|na)|positiv[ta]?|bra|efterlängta(?:d|t|de)|"
        r"rimlig[ta]?|ändamålsenlig[ta]?)(?![\wåäö])",
        "positiv",
        0.75,
    ),
    # looking forward to it, and a gain it brings: "ser fram emot", "innebär en klar
    # förbättring", "kommer att stärka skyddet"
    (
        r"(?:ser|såg) (?:[\wåäö]+ )?fram emot|"
        r"(?:innebär|innebära|är|blir|utgör|vore) (?:en|ett) (?:[\wåäö]+ )?(?:förbättring|"
        r"framsteg|lyft|förstärkning|förenkling|effektivisering)|"
        r"kommer (?:[\wåäö]+ )?att (?:[\wåäö]+ )?(?:förbättra|stärka|underlätta|förenkla|främja|"
        r"gynna)",
        "positiv",
        0.7,
    ),
    (
        r"stöttar|gläds (?:åt|över)|uppskattar (?:att|det|den|de|förslag\w*|utredning\w*)|"
        r"(?:noterar|hälsar|ser) (?:[\wåäö]+ ){0,2}?med (?:stor )?tillfredsställelse",
        "positiv",
        0.8,
    ),
    # a value the answer holds: "något som är mycket viktigt att värna"
    (
        r"(?:är|vara) (?:mycket |särskilt |oerhört )?viktigt att (?:värna|bevara|skydda|"
        r"upprätthålla|slå vakt om)",
        "understryker",
        0.65,
    ),
    (
        r"(?:(?:ligger|går) (?:väl )?i linje|överensstämmer (?:väl )?) med (?:vår|våra|"
        r"[\wåäö]+s) (?:ståndpunkt|syn|uppfattning|linje|politik|hållning)\w*",
        "positiv",
        0.7,
    ),
    (r"ställer (?:sig|oss|mig) (?:mycket )?positiv\w*", "positiv", 0.95),
    # the subject may stand after the verb: "Annars ser regionförbundet positivt på att …"
    (r"(?:ser|såg) (?:(?!inte|ej|icke)[\wåäö]+ )?(?:mycket )?positivt på", "positiv", 0.9),
    (r"(?:är|var) (?:mycket )?positiv(?:a|t)? (?:till|över)", "positiv", 0.85),
    (
        r"är (?:på det stora hela|i grunden|generellt|mycket|allmänt) positiv(?:a|t)?",
        "positiv",
        0.8,
    ),
    (r"anser (?:det|detta) (?:vara )?(?:bra|positivt|värdefullt|välkommet)", "positiv", 0.8),
    (r"välkomnar", "valkomnar", 0.95),
    (r"instämmer", "instammer", 0.95),
    # agreement in an adjective: "är eniga med utredningen om att …", "är helt ense med"
    (r"(?:enig|eniga|enigt|ense) med", "instammer", 0.9),
    (
        # the subject may stand after the verb where something is fronted: "Gällande
        # indelningen delar Regionförbundet Exempel kommitténs syn på …"
        r"delar (?:(?!i |delvis|överlag|huvudsakligen|inte|ej|icke|heller|upp |in |ut )"
        r"[\wåäö-]+ "
        r"(?:[\wåäö-]+ ){0,2}?)?(?:(?:den|denna|dess|[\wåäö]+s) )?"
        r"(?:bedömning|uppfattning|slutsats|syn|analys|förslag|ståndpunkt|ambition|intention|"
        r"målsättning|utgångspunkt|inriktning)(?:en|et|ar|erna|na|er)?",
        "instammer",
        0.9,
    ),
    (r"delar (?:bedömningen|uppfattningen|slutsatsen|synen|utredningens)", "instammer", 0.9),
    # proposal
    (r"föreslår|föreslog|vill föreslå|(?:har|hade) (?:[\wåäö]+ )?föreslagit", "foreslar", 0.9),
    # advocating what the remiss itself proposes, or one of its alternatives, is support:
    # "förordar utredningens förslag", "förespråkar alternativ 2", "förordar det föreslagna"
    (
        r"(?:förordar|förespråkar|rekommenderar) (?:därför |också |även )?(?:utredningens|"
        r"kommitténs|promemorians|betänkandets|utredarens|regeringens|planens|det föreslagna|den "
        r"föreslagna|de föreslagna|förslaget|förslagen|alternativ(?:et)? [\wåäö0-9]+)",
        "tillstyrker",
        0.85,
    ),
    # "råder kommunen att …" advises; "det råder brist på …" says there is
    (
        r"rekommenderar|förordar|förespråkar|(?<!det\s)(?<!som\s)råder|uppmanar|uppmanas",
        "foreslar",
        0.8,
    ),
    (r"efterlyser|efterfrågar|efterlyses|efterfrågas", "foreslar", 0.75),
    # arguing for something is asking for it: "argumenterar i remissvaret för en ny ordning"
    (r"argumenter(?:ar|ade|at) (?:[\wåäö]+ ){0,4}?för", "foreslar", 0.75),
    (r"vilja (?:ha|se)|(?:vill|ville) (?:ha|se)|skulle vilja att", "foreslar", 0.7),
    # the subject after a fronted part: "På några områden vill dock samfundet se en ny …"
    (
        r"vill (?:[\wåäö]+ ){0,2}?se (?:en|ett|vidare|ytterligare|mer|fler|att|över)",
        "foreslar",
        0.7,
    ),
    # the answerer's own way instead of the remiss's (the guide's borderline: against)
    (r"vill (?:[\wåäö]+ ){0,2}?(?:i stället|istället)(?! (?:se|ha|att)\b)", "avstyrker", 0.7),
    # comment
    (r"(?:vill )?understryk(?:er|a)|underströk|understrukit", "understryker", 0.9),
    (r"(?:vill )?beton(?:ar|a|ade|at)", "betonar", 0.9),
    (r"(?:vill )?framhåll(?:er|a|it)|framhöll", "framhaller", 0.9),
    (r"vill påpeka|påpekar|påpekade|påpekat", "vill_papeka", 0.9),
    (r"(?:lyfter|lyfte|lyft) (?:[\wåäö]+ )?fram (?:att|vikten|behovet)", "vill_papeka", 0.8),
    (
        r"vill (?:[\wåäö]+ ){0,2}?(?:slå fast|fastslå|markera|poängtera|erinra om)",
        "framhaller",
        0.85,
    ),
    # a question put: "Vi undrar dock över skillnaden …" asks, neither for nor against
    (r"undrar (?:[\wåäö]+ )?(?:över|om|hur|vad|varför|vilka|vilken)", "undrar", 0.75),
    (
        r"vill (?:lyfta fram|lyfta att|uppmärksamma|påminna om|peka på|belysa|tydliggöra|"
        r"förtydliga|"
        r"klargöra)",
        "vill_papeka",
        0.85,
    ),
    # a remark added: "vill även nämna att", "vill tillägga att"
    (
        r"vill (?:även |också |dessutom |gärna |bara |kort )?(?:nämna|tillägga|kommentera)",
        "vill_papeka",
        0.8,
    ),
    (r"anser|bedömer|menar|tycker|gör (?:den |därför |också )?bedömningen", "anser", 0.85),
    # a belief or an experience held is a view: "Vi tror att …", "upplever att", "uppfattar att"
    (r"(?:tror|trodde|upplever|upplevde|uppfattar|uppfattade) (?:[\wåäö]+ )?att", "anser", 0.8),
    # a view as a noun: "LO:s uppfattning är att …", "Vår bedömning är att …"
    (
        r"(?:[\wåäö:]+s|vår|min|dess) (?:uppfattning|bedömning|åsikt|slutsats|ståndpunkt) "
        r"är att",
        "anser",
        0.85,
    ),
    (r"konstaterar", "konstaterar", 0.85),
    (r"noterar", "noterar", 0.85),
    # weak: an evaluation without the organisation as its subject
    (
        r"(?:det är|är det) (?:mycket )?(?:bra|positivt|välkommet|glädjande) (?:att|med)",
        "positiv",
        0.7,
    ),
    (r"(?:mycket |särskilt )?positivt att", "positiv", 0.7),
    (
        r"är (?:mycket |både |i (?:det )?stora (?:drag|hela) |överlag |föredömligt |"
        r"synnerligen |genomgående )?(?:bra|omfattande|"
        r"gedig\w*|stringent\w*|grundlig\w*|ambitiös\w*|välarbetad\w*|välarbetat|"
        r"förtjänstfull\w*|utmärkt\w*|genomarbetad\w*|välskriv\w*|välgjord\w*|"
        r"väl underbyggd\w*|väl avvägd\w*)|lagt ned (?:stor|mycket|ett stort) "
        r"(?:omsorg|arbete|engagemang)",
        "positiv",
        0.7,
    ),
    (r"är (?:mycket |både )?(?:relevanta?|positivt|välkommet)", "positiv", 0.55),
    (
        r"på (?:ett )?(?:lämpligt|bra|tillfredsställande|godtagbart|rimligt|tydligt) sätt|"
        r"hänger ihop(?! med)",
        "positiv",
        0.65,
    ),
    # a reminder is an emphasis: "Det är viktigt att komma ihåg att …"
    (
        r"(?:det är|är det) (?:[\wåäö]+ )?viktigt att (?:komma ihåg|notera|påminna|understryka|"
        r"betona|påpeka|framhålla|poängtera|lyfta fram|vara medveten|ha i åtanke|känna till)",
        "understryker",
        0.7,
    ),
    (r"(?:det är|är det) (?:mycket |särskilt )?viktigt att", "foreslar", 0.5),
    # what must come about: "Det är angeläget att finansieringen säkerställs"
    (
        r"(?:det är|är det) (?:mycket |därför |särskilt )?(?:angeläget|nödvändigt|avgörande|"
        r"väsentligt) att",
        "foreslar",
        0.65,
    ),
    # a polite suggestion, its subject inverted: "kan beskrivningarna gärna hänvisa till …"
    (r"(?:kan|bör|får) (?:[\wåäö]+ ){0,3}?gärna", "foreslar", 0.65),
    # a suggestion put politely: "Kommunen skulle kunna arbeta med olika scenarier" (not what
    # could follow: "skulle kunna leda till")
    (
        r"skulle (?:[\wåäö]+ )?kunna (?!leda|innebära|medföra|bli|vara|få|ge|påverka|orsaka|"
        r"uppstå|drabba|minska|öka|försvåra|underlätta|hota|skada|tolkas|uppfattas|användas|"
        r"utgöra|bidra)"
        r"[\wåäö]+",
        "foreslar",
        0.6,
    ),
]
# The verbs of a stand in the past and the perfect as well as the present: answers and the
# pages that report them write "Förbundet välkomnade förslaget", "har ställt sig bakom",
# "ansåg att", "hade inga synpunkter". Each present form as the phrases write it, with its
# preterite and supine (the supine after "har"/"hade" needs no auxiliary of its own).
_TENSES = {
    "tillstyrker": "tillstyrker|tillstyrkte|tillstyrkt",
    "avstyrker": "avstyrker|avstyrkte|avstyrkt",
    "välkomnar": "välkomnar|välkomnade|välkomnat",
    "instämmer": "instämmer|instämde|instämt",
    "stöder": "stöder|stödde|stött(?! på)",
    "ställer": "ställer|ställde|ställt",
    "delar": "delar|delade|delat",
    "motsätter": "motsätter|motsatte|motsatt",
    "avvisar": "avvisar|avvisade|avvisat",
    "avråder": "avråder|avrådde|avrått",
    "vänder": "vänder|vände|vänt",
    "säger": "säger|sade|sa|sagt",
    "kräver": "kräver|krävde|krävt",
    "begär": "begär|begärt",
    "efterlyser": "efterlyser|efterlyste|efterlyst",
    "efterfrågar": "efterfrågar|efterfrågade|efterfrågat",
    "rekommenderar": "rekommenderar|rekommenderade|rekommenderat",
    "förordar": "förordar|förordade|förordat",
    "förespråkar": "förespråkar|förespråkade|förespråkat",
    "uppmanar": "uppmanar|uppmanade|uppmanat",
    "önskar": "önskar|önskade",
    "anser": "anser|ansåg|ansett",
    "bedömer": "bedömer|bedömde",
    "menar": "menar|menade",
    "tycker": "tycker|tyckte",
    "avstår": "avstår|avstod|avstått",
    "bejakar": "bejakar|bejakade|bejakat",
    "biträder": "biträder|biträdde|biträtt",
    "godtar": "godtar|godtog|godtagit",
    "accepterar": "accepterar|accepterade|accepterat",
    "ansluter": "ansluter|anslöt|anslutit",
    "ifrågasätter": "ifrågasätter|ifrågasatte",
    "understryker": "understryker|underströk|understrukit",
    "framhåller": "framhåller|framhöll|framhållit",
    "betonar": "betonar|betonade|betonat",
}
_TENSE = re.compile(r"(?<![\wåäö\\])(" + "|".join(_TENSES) + r")(?![\wåäö])")


# A preterite or a supine is also a participle, an adjective after a copula or an article:
# "är efterfrågade", "de rekommenderade åtgärderna", "ett rekommenderat avstånd".
_ADJECTIVAL = "".join(
    rf"(?<!\b{word}\s)"
    for word in ("är", "var", "blir", "blev", "de", "den", "det", "dessa", "ett", "en")
)


def _in_the_past(pattern: str) -> str:
    """`pattern` with each verb of `_TENSES` in every tense (the present as written, the
    others not where they are adjectives)."""

    def forms(match: re.Match) -> str:
        present, *others = _TENSES[match.group(1)].split("|")
        return "(?:" + "|".join([present, *(f"{_ADJECTIVAL}{form}" for form in others)]) + ")"

    return _TENSE.sub(forms, pattern)


# A reflexive in every person: "motsätter sig", "motsätter oss", "motsätter mig".
_PHRASES = [
    (re.sub(r"(?<![\wåäö])sig(?![\wåäö])", "(?:sig|oss|mig)", _in_the_past(p)), key, weight)
    for p, key, weight in _PHRASES
]
_WORD_END = r"(?![\wåäö])"
# A subject opening a paragraph: one to six words, no sentence punctuation inside.
_SUBJECT = re.compile(r"^[\s\"'”*–-]*(?P<subject>[A-ZÅÄÖ][^.!?:;\n]{0,80}?) $")
_GENERIC_SUBJECTS = re.compile(
    r"(?:^|\s)(?:bolaget|förvaltningen|kommunen|staden|regionen|nämnden|styrelsen|myndigheten|"
    r"verket|vi|kommunstyrelsen|kommunstyrelsens förvaltning|länsstyrelsen|universitetet|"
    r"förbundet|kontoret)$",
    re.I,
)
# Instructions in a list of points ("Öka …", "Skapa …", "Se till att …") propose something.
_IMPERATIVE = re.compile(
    r"^(?:Öka|Skapa|Se till|Prioritera|Samarbeta|Kommunicera|Tillgängliggör|Inför|Utveckla|"
    r"Förtydliga|Tydliggör|Säkerställ|Stärk|Utred|Undersök|Ta(?: inte| aldrig)? fram|Inkludera|"
    r"Beakta|Ändra|Komplettera|Lägg till|Ta(?: inte| aldrig)? bort|Stryk|Överväg|Låt|Bevara|"
    r"Skydda|Stoppa|Avbryt|Behåll|"
    r"Spara|Gör|Minska|Begränsa|Flytta|Sänk|Höj|Avstå|Undvik|Värna|Återställ|Pröva|"
    r"Tillåt|Anpassa|Avsätt|Ge|Ersätt|Förläng|Förkorta|Förenkla|Sätt|Välj|Bygg|Riv|Planera|"
    r"Satsa|Använd|Fortsätt|Ompröva|Skjut upp|Godkänn|Anta|Genomför|Slopa|Avskaffa)\b"
)
# Instructions to stop: they oppose what the remiss would do ("Bevara …" asks to keep a part,
# a change asked for).
_KEEPING = re.compile(r"(?:stoppa|avbryt|skrota|avslå|slopa|avskaffa)(?![\wåäö])", re.I)
# A question that challenges: "Varför …?", "Hur ska/kan … kunna …?", "Hur är det tänkt …?".
_CHALLENGE = re.compile(
    r"(?:varför|hur (?:ska|skall|kan|är det tänkt)(?: [^?]*? kunna| att| det)?|"
    # "Finns det något sakligt skäl till en så kort remisstid?"
    r"finns det (?:något|några|någon) (?:[\wåäö]+ )?(?:skäl|anledning|motiv|belägg))(?![\wåäö])",
    re.I,
)
# A request as a question: "Kan kommunen överväga att …?", "Skulle man kunna …?".
_ASKING = re.compile(
    r"(?:kan|skulle|vore det möjligt att|går det att) (?:kommunen|man|ni|regeringen|"
    r"myndigheten|länsstyrelsen|staten|[\wåäö]+(?:en|et)) (?:[\wåäö]+ )?(?:överväga|se över|"
    r"tänka sig|flytta|ändra|bygga|anlägga|utreda|pröva|minska|sänka|höja|bevara|kunna)",
    re.I,
)
# A clause that conditions what follows it, its comma ending it: "Om det ska byggas hus, …".
_FRONTED_CONDITION = re.compile(
    r"^(?:om|när|innan|där|ifall|såvida|i den mån) [^,.;:!?]{3,100}, (?:så )?", re.I
)
# An instruction with its negation: "Tillåt ingen …", "Ta inte bort …", "Bygg inte …".
_NEGATED_IMPERATIVE = re.compile(
    r"^[\wåäöÅÄÖ]+ (?:(?:upp|bort|fram|till|av|in|ut) )?(?:inte|ej|ingen|inget|inga|aldrig)\b",
    re.I,
)


# The verbs of the answer's own support (not a good verdict of something: "syftet är gott").
_SUPPORT_VERBS = {"tillstyrker", "instammer", "valkomnar"}
# A subordinate clause's opening: no subject of a lead.
_SUBORDINATE = re.compile(
    r"(?:även om|trots att|fastän|om|eftersom|när|då|innan|medan|sedan|för att|så att|"
    r"i och med att|oavsett)(?![\wåäö])",
    re.I,
)
# What may stand before a sentence's subject: a reference in brackets, a list mark.
_OPENING_ASIDE = re.compile(r"^(?:\([^)]{0,40}\)\s*|[-–•*]\s*)+")
LEAD_WEIGHT = 0.7  # weaker phrases ("är relevanta") never make a lead
# A judgement without a verb of stance (workbench.answer.judgement) is a stand, a comment,
# the least sure one: any phrase of a stand in its sentence speaks instead.
JUDGEMENT_SURE = 0.6


@dataclass(frozen=True)
class StanceGuess:
    """The stance of a text: its key, how sure, the lead when it opens the text."""

    key: str
    confidence: float
    lead: str = ""  # "Stockholms stad välkomnar": subject and verb as written, when leading
    phrase: str = ""  # the stance phrase as written ("kan inte tillstyrka")
    judged: bool = False  # a view held in a statement, no phrase of a stand (a comment)


_NEGATOR = re.compile(rf"(?<![\wåäö])(?:{NEGATOR_WORDS})(?![\wåäö])", re.I)
_NEGATED_AFTER = re.compile(r"^\s*(?:inte|ej|icke)(?![\wåäö])", re.I)
_CONDITION = re.compile(
    r"under (?:förutsättning|förutsättningen) att|förutsatt att|på villkor att|"
    r"med (?:förbehåll|villkoret)|om (?:inte )?(?:följande|nedanstående) (?:beaktas|ändras)|"
    # a condition of the place or of care: "om hänsyn tas till naturvärdena"
    r"om (?:[\wåäö]+ ){0,4}?(?:hänsyn tas|beaktas|tillgodoses|säkerställs|uppfylls|"
    r"respekteras|bevaras)",
    re.I,
)
# What the remiss would bring about, as the subject of carrying it out.
_REFORM = re.compile(
    r"(?:reformen|förändringen|förändringarna|ändringen|ändringarna|förslagen|"
    r"åtgärden|åtgärderna|lagändringen|lagändringarna|modellen|systemet)",
    re.I,
)
# What a demand asks for when it asks to stop the proposal.
STOP_PROPOSAL = re.compile(
    r"(?:inte|ej) (?:antas|antar|anta|genomförs|genomföra|godkänns|godkänna|fastställs|"
    r"vinner laga kraft|går vidare)|avslå\w*|avslag|upphäv\w*|avbryt\w*|återkalla\w*|"
    r"återförvisa\w*|stoppa\w*|dras tillbaka|avskriv\w*|ska avstyrkas|avstyrk\w*|"
    r"underkänn\w*|förkasta\w*|"
    r"(?:planarbetet|arbetet|projektet|processen) (?:avslutas|läggs ned|skrotas)",
    re.I,
)
# What a stop is said of when it stops the remiss: the remiss or its process
# ("detaljplanen", "planförslaget", "planarbetet", "kommunfullmäktiges beslut"); not another
# plan ("den gällande detaljplanen").
_STOPPED = re.compile(
    r"(?<![\wåäö])(?<!gamla )(?<!gällande )(?<!befintliga )(?<!nuvarande )(?<!äldre )"
    r"(?:[\wåäö]*plan(?:en|förslaget|arbetet|processen|programmet)|förslag(?:et|en)|"
    r"[\wåäö]*förslaget|remissen|utredningen|betänkandet|promemorian|strategin|programmet|"
    r"projektet|arbetet|processen|ärendet|beslut(?:et)?)(?![\wåäö])",
    re.I,
)
# ... or a pronoun as the stop's subject ("att den inte antas"; not "den gamla detaljplanen").
_STOPPED_PRONOUN = re.compile(
    r"\s*(?:den|det|denna|detta) (?:(?:därför|alltså|inte|ej|ska|skall|bör|måste|får) )*$", re.I
)
# A verdict that needs no object: "Vi yrkar avslag.", "… avstyrks".
_STOPS_ALONE = re.compile(r"avslå\w*|avslag|avstyrk\w*|underkänn\w*|förkasta\w*", re.I)
_CLAUSE_EDGE = re.compile(r"[,;:()!?]|(?<![\wåäö])(?:att|och|samt|men|eller)(?![\wåäö])", re.I)


_DENIES_A_CHANGE = re.compile(r"^att " + _A_CHANGE_DENIED, re.I)


def denies_a_change(point: str) -> bool:
    """Whether a demand's "att …" point asks that a change the remiss would make not be
    made ("att strandskyddet inte upphävs"): opposition to that part."""
    return bool(_DENIES_A_CHANGE.match(point.strip()))


def stops_the_remiss(text: str) -> bool:
    """Whether `text` asks that the remiss be stopped ("yrkar att kommunen inte antar
    detaljplanen", "att planarbetet avbryts", "Vi yrkar avslag."), not a thing in it
    ("att strandskyddet upphävs inom kvartersmarken", "att trafiken stoppas nattetid",
    "avslag på ansökan om dispens"), nor another plan ("den gällande detaljplanen upphävs")."""
    for match in STOP_PROPOSAL.finditer(text):
        before = [m.end() for m in _CLAUSE_EDGE.finditer(text, 0, match.start())]
        after = _CLAUSE_EDGE.search(text, match.end())
        start = before[-1] if before else 0
        clause = text[start : after.start() if after else len(text)]
        if _STOPPED.search(clause) or _STOPPED_PRONOUN.match(text[start : match.start()]):
            return True
        rest = text[match.end() : after.start() if after else len(text)]
        if _STOPS_ALONE.fullmatch(match.group()) and not re.search(r"[\wåäö]", rest):
            return True
    return False


# A demand that the proposal be carried out: "bör genomföras", "ska snarast antas".
_CARRY_OUT = re.compile(
    r"(?:bör|ska|skall|måste|borde) (?:[\wåäö]+ )?(?:genomföras|antas|införas|beslutas|"
    r"fastställas|realiseras|förverkligas)",
    re.I,
)
# A decision proposed to a board ("Förvaltningen föreslår att nämnden tillstyrker …"): the
# guide's borderline reads it as an account, whatever stand it proposes.
_DECISION_PROPOSED = re.compile(r"föreslår\b", re.I)
# As the remiss does: "liksom utredningen", "i likhet med promemorian", "precis som kommittén".
_AGREEING = re.compile(
    r"(?<![\wåäö])(?:liksom|i likhet med|precis som|på samma sätt som|i linje med) "
    r"(?:[\wåäö]+ )?(?:utredning(?:en)?|utredaren|kommittén|regeringen|promemorian|"
    r"betänkandet|förslaget|departementet|[\wåäö]*utredningen)(?![\wåäö])",
    re.I,
)
# The opening of an indirect question, right before "det …": "om", "huruvida", "i vilken
# utsträckning".
_INDIRECT = re.compile(r"(?:(?<![\wåäö])(?:om|huruvida|ifall)|vilken utsträckning) det$", re.I)
# What the remiss itself proposes, said of the change asked for: "…, som också föreslås av
# utredningen", "i enlighet med utredningens förslag", "så som promemorian föreslår".
_AS_PROPOSED = re.compile(
    r"(?<![\wåäö])(?:som (?:också|även) (?:föreslås|föreslagits|har föreslagits) (?:av|i)|"
    r"i enlighet med (?:[\wåäö]+ )?(?:utredningens|promemorians|betänkandets|kommitténs|"
    r"regeringens) förslag|(?:så )?som (?:[\wåäö]*utredningen|utredaren|promemorian|"
    r"betänkandet|kommittén) (?:också |även )?föreslår)(?![\wåäö])",
    re.I,
)
# Those who could act on a change asked of them: "Kommunen bör vara restriktiv".
_ACTOR = re.compile(
    r"(?<![\wåäö])(?:kommun|region|stat|regering|myndighet|länsstyrelse|nämnd|verket|"
    r"huvudm|exploatör|byggherr|man|ni|du)\w*",
    re.I,
)
# A modal alone, and the copula after it: what ought to be, a principle.
_BARE_MODAL = re.compile(r"(?:bör|borde|måste|behöver|ska|skall)", re.I)
# A principle recognised by its form is a stand of its own (a comment), not a weak need that
# goes with the sentences around it: "Vården måste vara jämlik."
_PRINCIPLE_SURE = 0.6
_BE = re.compile(
    r" (?:(?:även|också|alltid|fortsatt|därför) )?(?:vara|stå i centrum|genomsyra|prägla|"
    r"gå först|komma först)(?![\wåäö])",
    re.I,
)
# A comparative or a measure after it asks for a change: "bör vara tydligare", "behöver
# vara minst två år".
_COMPARED = re.compile(
    r" (?:(?:ännu|något|betydligt|mycket|än) )?(?:[\wåäö]+are|mer|mindre|större|"
    r"bättre|högre|lägre|längre|kortare|minst|högst|max|maximalt|\d+)(?![\wåäö])",
    re.I,
)
# What matters, said impersonally: a principle, or a change when it names one.
_IMPORTANT = re.compile(
    r"(?:det är|är det) (?:mycket |särskilt |därför |också |även )?(?:viktigt|angeläget|"
    r"väsentligt|avgörande|centralt) att",
    re.I,
)
# A change of a document: "kompletteras", "förtydligas", "ses över", "tas fram".
_CHANGE = re.compile(
    r"(?<![\wåäö])(?:kompletter|förtydlig|tydliggör|ändr|utred|revider|justera|precisera|"
    r"omarbeta|konkretiser|ses över|se över|tas fram|ta fram|tas med|ta med|inkluder|"
    r"beakta|redovisa|analysera|konsekvensbeskriv|stryk|lägg(?:s|a)? till)\w*",
    re.I,
)
# Something to be done: a verb in the passive ("minimeras", "utformas") or of doing
# ("göra en bedömning", "ta hänsyn till").
_DONE_TO = re.compile(
    r"(?<![\wåäö])(?:[\wåäö]{3,}(?:as|ts|ds|lls|rs)|tas|ges|ses|nås|göra|genomföra|utföra|"
    r"vidta|ta hänsyn|"
    r"säkerställa|tillse|minimera|undvika)(?![\wåäö])",
    re.I,
)
# Verbs in -s that are no passives ("finnas", "lyckas"), and the present tense of a verb of
# changing, which says what someone does ("där stad och land kompletterar varandra").
_DEPONENT = re.compile(
    r"(?:finnas|finns|lyckas|hoppas|synas|syns|trivas|minnas|andas|kännas|märkas|fattas|"
    r"saknas|behövas|behövs|låtsas|vistas|brottas|skiljas)",
    re.I,
)
_PRESENT = re.compile(r"[\wåäö]+(?:ar|er)", re.I)


def _names_a_change(held: str) -> bool:
    """Whether what "Det är viktigt att …" holds names something to be done: a change of a
    document ("kompletteras", "ses över") or a verb in the passive or of doing ("påverkan
    minimeras", "göra en bedömning"), not a deponent ("ska finnas på plats") or a present
    tense ("där stad och land kompletterar varandra")."""
    for found in _CHANGE.finditer(held):
        if not _PRESENT.fullmatch(found.group(0)):
            return True
    if _ACTOR_ACTS.search(held):
        return True  # someone who could act asked to: "att regeringen återkommer med …"
    return any(not _DEPONENT.fullmatch(found.group(0)) for found in _DONE_TO.finditer(held))


# Someone who could act, as the subject of what "Det är angeläget att …" holds.
_ACTOR_ACTS = re.compile(
    rf"(?<![\wåäö])att (?:{_ACTORS}) (?:också |även |snarast |skyndsamt )?"
    r"(?!är |var |har |kan |blir )[\wåäö]+(?:ar|er|r)(?![\wåäö])",
    re.I,
)


# Verbs of saying and proposing: with the remiss as their subject, the remiss is speaking.
_SAYING = {
    "foreslar", "anser", "konstaterar", "noterar", "betonar", "understryker", "framhaller",
    "vill_papeka", "onskar", "yrkar", "begar", "kraver", "tillstyrker", "valkomnar",
}  # fmt: skip
# Verbs of a view, whose class is that of what they hold.
# Modals of need: with the remiss as their subject the answer still asks it to change.
_MODAL = re.compile(r"(?:bör|borde|måste|behöver|skulle behöva|ska|skall)(?![\wåäö])", re.I)
# A subject that is a part of the remiss: "de åtgärder som föreslås", "förslagen i kapitel 4".
_ITS_PARTS = re.compile(
    r"som (?:redovisas|föreslås|anges|presenteras|beskrivs|listas|lyfts fram)|"
    r"^(?:förslag|åtgärd|punkt|avsnitt|kapitel|bedömning|analys)\w*",
    re.I,
)
# An impersonal judgement with the verb first, after a fronted part ("Därför är det viktigt").
_INVERTED = re.compile(r"(?:är|blir|vore) det\b", re.I)
# An impersonal phrase that opens its sentence: the answer judging ("Det är positivt att").
_IMPERSONAL = re.compile(r"det (?:är|finns)|(?:vår|vårt|våra|min|mitt|enligt)\b", re.I)
# A verb of support in the passive has the remiss as its object: "Förslaget tillstyrks".
_PASSIVE = re.compile(r"(?:tillstyrk|avstyrk|välkomn)\w*s$", re.I)
_VIEWS = {"anser", "konstaterar", "noterar", "understryker", "betonar", "framhaller", "vill_papeka"}
# A lack named: of the world as often as of the remiss.
_LACK = re.compile(r"(?:saknar|saknas|saknade|saknat|brist|bristen|brister)(?![\wåäö])", re.I)
# Views that stress what they hold rather than judge it.
_EMPHASES = {"understryker", "betonar", "framhaller", "vill_papeka"}
# Classes in the order they speak for a paragraph without a lead: opposition first.
# Criticism outranks a change asked for: "Analysen saknas och bör göras" finds the proposal
# wanting (tests/eval/answers/README.md), but not a stand the answerer takes in words.
_PRIORITY = {AGAINST: 4, PARTLY: 3, PROPOSAL: 2}
_CRITICISM = 2.5


# What shall be done, in the passive: "ska sänkas", "skall utredas vidare".
_SHALL_BE_DONE = re.compile(
    r"(?<![\wåäö])(?:ska|skall) (?:[\wåäö]+ ){0,3}?[\wåäö]{3,}(?:as|ts|ds)(?![\wåäö])", re.I
)
# A need in what a view holds: "anser att staten ska bära kostnaderna", "menar att
# perioden behöver vara två år" (not "ska kunna", which foresees).
_NEED = re.compile(
    r"(?<![\wåäö])(?:bör|borde|måste|behöver|ska|skall)(?![\wåäö])(?! (?:[\wåäö]+ )?kunna)",
    re.I,
)
# The views that hold what ought to be ("anser att … ska"); "bedömer att … ska" foresees.
_HOLDS = re.compile(
    r"(?:anser|ansåg|menar|menade|tycker|tyckte|tror|enligt|vår|min|[\wåäö:]+s)\b", re.I
)
# A turn inside a sentence: what follows weighs against what went before.
_TURN = re.compile(r"(?<![\wåäö])(?:men|dock|samtidigt|däremot|emellertid)(?![\wåäö])|;", re.I)


_NEED_WORD = re.compile(r"(?:behöver|måste|behövs|krävs)(?![\wåäö])", re.I)
# The remiss or a part of it saying what follows from it: "Förslaget innebär att …".
_ENTAILS = re.compile(
    r"(?:^|[\s(])(?:[\wåäö:-]*(?:utredning(?:en)?|utredaren|förslag(?:et|en)?|planen|"
    r"promemorian|betänkandet|reformen|systemet|modellen|lagen|ändringen|ändringarna|"
    r"regleringen|bestämmelsen|bestämmelserna|strategin|programmet)) (?:[\wåäö]+ ){0,2}?"
    r"(?:innebär|innebar|skulle innebära|medför|medförde|skulle medföra|går ut på|bygger på|"
    r"förutsätter) att",
    re.I,
)
# The present state as it is: "I dag måste …", "Sedan 2018 behöver …".
_NOW = re.compile(
    r"(?<![\wåäö])(?:i dag|idag|i dagsläget|i nuläget|numera|för närvarande|redan nu|"
    r"sedan (?:\d{4}|länge|tidigare)|"
    # the rules as they stand: "Enligt nuvarande regler måste kommunen …"
    r"enligt (?:nuvarande|gällande|dagens|befintliga|nu gällande) [\wåäö]+)(?![\wåäö])",
    re.I,
)


# Whose view "enligt …s mening" names: the possessor without its -s.
_VIEW_OF = re.compile(
    r"enligt ((?:[\wåäö:-]+ ){0,2}?[\wåäö:]+?)s (?:mening|uppfattning|"
    r"bedömning|åsikt)",
    re.I,
)
# The answerer telling what it is and does: "Förbundet har …", "Vi arbetar …", "Föreningen
# bildades 1985 …" (its subject judged by `StanceReader._of_itself`).
_SELF_ACCOUNT = re.compile(
    r"(?P<subject>[\wåäö]+(?: [A-ZÅÄÖ][\wåäö]+)?) (?:har (?:sedan länge |länge |i många år )?"
    r"(?:[\wåäö]+ )?(?:medlemmar|medlemsgrupper|medlemsföretag|anställda|verksamhet|uppdrag|"
    r"ansvar|erfarenhet|kunskap|arbetat|verkat|funnits|drivit)|är (?:en|ett|Sveriges|landets) "
    r"|arbetar |består |bildades |grundades |verkar |organiserar |representerar |företräder |"
    r"samlar )",
    re.I,
)
# A verb of a stand in the past tense ("avstyrkte", "tillstyrkte", "välkomnade", "var
# positiva", "ställde sig bakom").
_PAST_VERB = re.compile(
    r"(?<![\wåäö])(?:[\wåäö]+(?:te|de|ade)|var|ansåg|stödde|ställde|motsatte)(?![\wåäö])", re.I
)
# A time before this answer, named as such: "en gång i tiden", "i ett tidigare yttrande" (a
# year or "tidigare" alone dates a page's report of this answer as often).
_EARLIER = re.compile(
    r"(?<![\wåäö])(?:en gång i tiden|förra gången|på sin tid|i ett (?:[\wåäö]+ )?"
    r"tidigare (?:skede|yttrande|remissvar))(?![\wåäö])",
    re.I,
)
# What says a stand of the past still holds: "gör det fortfarande", "står fast vid".
_STILL = re.compile(
    r"(?<![\wåäö])(?:fortfarande|alltjämt|än idag|ännu|står fast|kvarstår|vidhåller|"
    r"även nu|nu som då|på nytt|återigen)(?![\wåäö])",
    re.I,
)
# A concession: a subordinate clause whose stand the main clause outweighs ("Även om
# syftet är gott är förslaget ogenomtänkt").
_CONCESSIVE = re.compile(
    r"(?<![\wåäö])(?:även om|trots att|fastän|oaktat att|om än|låt vara att)(?![\wåäö])", re.I
)


def _outside_concessions(text: str, matches):
    """`matches` less those inside a concession when its sentence takes another stand after
    it: the concession runs to its comma, or without one over its first phrase."""
    if not matches or not _CONCESSIVE.search(text):
        return matches
    dropped: set[int] = set()
    for found in _CONCESSIVE.finditer(text):
        stop = re.search(r"[.!?;](?:\s|$)", text[found.end() :])
        end = found.end() + stop.start() if stop else len(text)
        comma = text.find(",", found.end(), end)
        later = [i for i, m in enumerate(matches) if found.end() <= m[0] < end]
        if comma >= 0:
            inside = [i for i in later if matches[i][0] < comma]
            main = [i for i in later if matches[i][0] > comma]
        else:
            inside, main = later[:1], later[1:]
        if inside and main:
            dropped.update(inside)
    return [m for i, m in enumerate(matches) if i not in dropped]


def _need_denied(text: str, start: int, end: int) -> bool:
    """Whether the need at `start`-`end` is negated: "inte behöver", "måste inte", "krävs
    inte" (no demand)."""
    if text[start:end].casefold() not in ("behöver", "måste", "behövs", "krävs"):
        return False
    return bool(
        re.search(r"(?:inte|ej|icke|längre)\s*$", text[max(0, start - 12) : start], re.I)
        or re.match(r" (?:inte|ej|icke)(?![\wåäö])", text[end:], re.I)
    )


# Views announced after a "men" that turns support: "men har ett antal synpunkter".
_RESERVATION = re.compile(
    r"men (?:[\wåäö]+ ){0,2}?(?:har|lämnar|vill|ser) (?:[\wåäö]+ ){0,4}?(?:synpunkter|"
    r"påpekanden|invändningar|reservationer|förbehåll|frågetecken|kommentarer|ändringar|"
    r"förändringar|justeringar|kompletteringar|förbättringar|förtydliganden)|"
    r"men inte (?:till|för|med|bakom|när det gäller|avseende|i fråga om)",
    re.I,
)


class StanceReader:
    """Reads stances; an organisation's own verbs ("ser positivt på") are read as its keys.

    `others`: words that name the remiss's author in this answer ("kommunen" in a resident's
    answer to the municipality's plan); a phrase they are the subject of is not the answer's.
    """

    def __init__(self, own: Iterable[Stance] = (), others: Iterable[str] = ()) -> None:
        own = list(own)
        builtin = builtin_vocabulary()
        self._classes = {s.key: s.stance_class for s in builtin}
        self._classes.update({key: s.stance_class for key, s in READ_STANCES.items()})
        self._classes.update({s.key: s.stance_class for s in own})
        self._others = {o.casefold() for o in others if o.strip()}
        self._read: dict[tuple, StanceGuess] = {}  # one answer's units are read more than once
        verbs = tuple((s.verb, s.key) for s in own if s.verb.strip())
        self._own = _compiled(verbs)
        self._phrases = _builtin()

    def stance_class(self, key: str) -> str:
        return self._classes.get(key, "none")

    def read(self, text: str, subjects: Iterable[str] = (), marked_lead: str = "") -> StanceGuess:
        """The stance of `text`. `subjects` name the organisation ("Locum", "Locum AB");
        `marked_lead` is an opening the source emphasised (italics), which is the lead."""
        subjects = tuple(subjects)
        key = (text, subjects, marked_lead)
        if (held := self._read.get(key)) is None:
            held = self._read[key] = self._read_uncached(text, subjects, marked_lead)
        return held

    def _read_uncached(self, text: str, subjects, marked_lead: str) -> StanceGuess:
        plain = text.replace("*", "")
        spoken = reported_blanked(own_words(plain), self._others, subjects)
        matches = [m for m in self._all_matches(spoken) if not self._not_ours(spoken, m, subjects)]
        kept = _outside_concessions(spoken, matches)
        conceded = [m for m in matches if m not in kept]
        matches = kept
        guess = self._guess(plain, matches, subjects, marked_lead)
        if guess.key == FREE_TEXT and (judged := judgement(spoken)) is not None:
            # a view held in a statement, no verb of stance: "Valen är grunden för den lokala
            # demokratin", "Annars riskerar systemet att …" (workbench.answer.judgement); in
            # the answer's own words beside what it reports ("har stor förståelse för att
            # regeringen anser att …") it is still the answer's view
            return StanceGuess("anser", JUDGEMENT_SURE, "", judged.group(0), judged=True)
        if guess.key == FREE_TEXT and self._of_itself(plain, subjects):
            # the answerer telling what it is and does: "Förbundet har flera medlemsgrupper
            # som …", "Vi arbetar sedan länge med …" (the guide: its own role, neutral)
            return StanceGuess("redogor", 0.7)
        if guess.key == FREE_TEXT and (
            (spoken != plain and reports(plain, subjects, self._others))
            or describes_the_remiss(plain)
        ):
            # an account of what the remiss or another body says, with no stand of the
            # answerer's own in it: "Utredningen föreslår att …" (the guide's borderline)
            return StanceGuess("redogor", 0.7)
        if self._earlier(guess, spoken):
            # the answerer's own earlier stance reported: "Denna avstyrkte vi en gång i
            # tiden" (the guide: an account; its present verdict carries the class)
            return StanceGuess("redogor", 0.7, "", guess.phrase)
        guess = self._view(guess, spoken, matches)
        guess = self._demand(guess, spoken, matches)
        guess = self._principle(guess, spoken, matches)
        guess = self._mixed(guess, spoken, matches)
        if (
            any(m[2] in _SUPPORT_VERBS for m in conceded)
            and (guess.key == "kritik" or self.stance_class(guess.key) in (PROPOSAL, AGAINST))
            and guess.key not in ("avstyrker", "ifragasatter")
        ):
            # support the answer concedes, a reservation in the main clause: "Även om vi i
            # grunden stöder förslaget anser vi att det behöver ändras" is partial support
            return StanceGuess("tillstyrker_delvis", guess.confidence, guess.lead, guess.phrase)
        return self._agreeing(self._qualified(guess, plain, matches), spoken)

    def _of_itself(self, plain: str, subjects) -> bool:
        """Whether `plain` tells what the answerer is or does: its subject the answerer ("vi",
        "förbundet", its name) and a verb of being, having or working, no stand in it."""
        found = _SELF_ACCOUNT.match(plain.lstrip(" -–•*\"'”"))
        if found is None:
            return False
        subject = found.group("subject").casefold()
        if subject in self._others:
            return False
        own = {s.casefold() for s in subjects if s.strip()}
        return (
            subject in own
            or bool(_GENERIC_SUBJECTS.search(subject))
            or subject in ("vi", "föreningen", "organisationen", "byalaget", "vägföreningen")
        )

    def _earlier(self, guess: StanceGuess, plain: str) -> bool:
        """Whether `guess` is a verdict of the answer's past, told as such: its verb in the
        past tense, a time before this answer named ("en gång i tiden", "i ett tidigare
        yttrande"), and nothing saying it stands now ("fortfarande", "står fast")."""
        if self.stance_class(guess.key) not in ("for", PARTLY, AGAINST) or not guess.phrase:
            return False
        if not _PAST_VERB.search(guess.phrase):
            return False
        return bool(_EARLIER.search(plain)) and not _STILL.search(plain)

    def _agreeing(self, guess: StanceGuess, plain: str) -> StanceGuess:
        """A rejection or a proposal the remiss itself makes, agreed with ("Liksom
        utredningen avvisar vi …", "I likhet med utredningen anser vi att en myndighet bör
        inrättas") supports it: the guide's borderline."""
        if self.stance_class(guess.key) not in (AGAINST, PARTLY, PROPOSAL) or not guess.phrase:
            return guess
        at = plain.casefold().find(guess.phrase.casefold())
        if at < 0:
            return guess
        begin = max(plain.rfind(". ", 0, at), plain.rfind("; ", 0, at)) + 1
        if _AGREEING.search(plain[begin:at]):
            return StanceGuess("instammer", guess.confidence, guess.lead, guess.phrase)
        stop = re.search(r"[.!?;](?:\s|$)", plain[at:])
        after = plain[at : at + stop.start() if stop else len(plain)]
        if self.stance_class(guess.key) == PROPOSAL and _AS_PROPOSED.search(after):
            # a change asked for that the remiss itself proposes: "SKL vill att …, som också
            # föreslås av utredningen" supports it
            return StanceGuess("instammer", guess.confidence, guess.lead, guess.phrase)
        return guess

    def _principle(self, guess: StanceGuess, plain: str, matches) -> StanceGuess:
        """ "Det är viktigt att …" states a principle or an emphasis, a comment, unless what
        it holds is a concrete change of the remiss ("Det är viktigt att förslaget kompletteras
        med …"): the guide's borderline (tests/eval/answers/README.md)."""
        if guess.key == "foreslar" and _BARE_MODAL.fullmatch(guess.phrase):
            at = plain.casefold().find(guess.phrase.casefold())
            if (
                at >= 0
                and self._ought_to_be(plain, at, guess.phrase)
                and not any(
                    self.stance_class(m[2]) == PROPOSAL and not _BARE_MODAL.fullmatch(m[4])
                    for m in matches
                )
            ):
                # a principle: "Vården måste vara jämlik", "… måste vara ett övergripande mål"
                return StanceGuess(
                    "betonar", max(guess.confidence, _PRINCIPLE_SURE), guess.lead, guess.phrase
                )
            return guess
        if guess.key != "foreslar" or not _IMPORTANT.fullmatch(guess.phrase):
            return guess
        if any(
            self.stance_class(m[2]) == PROPOSAL and not _IMPORTANT.fullmatch(m[4]) for m in matches
        ):
            return guess  # another change asked for in the paragraph speaks for it
        verb = plain.casefold().find(guess.phrase.casefold())
        stop = re.search(r"[.!?;](?:\s|$)", plain[verb:]) if verb >= 0 else None
        held = plain[verb : verb + stop.start()] if stop else plain[max(verb, 0) :]
        if _names_a_change(held):
            return guess  # a concrete change: "att påverkan minimeras", "att göra en bedömning"
        return StanceGuess("betonar", guess.confidence, guess.lead, guess.phrase)

    def _carried_out(self, plain: str, match) -> bool:
        """Whether the need `match` asks that the remiss be carried out ("… att förslaget bör
        genomföras", "… att reformen ska införas snarast"): the remiss the subject of its
        clause."""
        if not _CARRY_OUT.fullmatch(match[4]):
            return False
        begin = plain.casefold().rfind(" att ", 0, match[0])
        subject = plain[begin + 5 : match[0]].split() if begin >= 0 else []
        return bool(subject) and bool(
            REMISS_SUBJECTS.fullmatch(subject[-1].casefold())
            or _REFORM.fullmatch(subject[-1].casefold())
        )

    def _ought_to_be(self, plain: str, at: int, modal: str, in_view: bool = False) -> bool:
        """Whether the bare modal `modal` at `at` says what ought to be, a principle: "måste
        vara" or "bör vara" said of no one who could act and of nothing of the remiss ("Vården
        måste vara jämlik", "… anser att jämlik hälsa måste vara ett övergripande mål"; not
        "Kommunen bör vara restriktiv", "Planen måste vara tydlig"). Its subject runs from the
        sentence's start, or the "att" that opens the clause, to the modal."""
        be = _BE.match(plain, at + len(modal)) if _BARE_MODAL.fullmatch(modal) else None
        if be is None or (in_view and modal.casefold() in ("ska", "skall")):
            return False  # (in a view, "anser att X ska vara Y" demands it)
        if _COMPARED.match(plain, be.end()):
            return False  # a change asked for: "bör vara tydligare", "ska vara skarpare än"
        begin = max(plain.rfind(". ", 0, at), plain.rfind("; ", 0, at)) + 1
        clause = plain.casefold().rfind(" att ", begin, at)
        begin = clause + 5 if clause >= 0 else begin
        subject = plain[begin:at].strip(" ,").split()
        return not (
            (subject and REMISS_SUBJECTS.fullmatch(subject[-1].casefold()))
            or (subject and subject[-1].casefold() in self._others)
            or _ACTOR.search(plain[begin:at])
            or _REMISS_WORDS.search(plain[begin:at])
        )

    def _view(self, guess: StanceGuess, plain: str, matches) -> StanceGuess:
        """A view ("anser att", "bedömer att") takes the class of what it holds: a
        shortcoming ("… att underlaget är otillräckligt") is criticism, a change asked for
        ("… att planen bör kompletteras") a proposal."""
        if guess.key not in _VIEWS:
            return guess
        verb = next((m for m in matches if m[4] == guess.phrase), None)
        if verb is None:
            return guess
        stop = re.search(r"[.!?;](?:\s|$)", plain[verb[1] :])
        end = verb[1] + stop.start() if stop else len(plain)
        after = [
            m
            for m in matches
            if verb[1] <= m[0] < end
            and m[3] >= 0.6
            # a principle held is a view: "anser att vården måste vara jämlik"
            and not self._ought_to_be(plain, m[0], m[4], in_view=True)
        ]
        opposing = [m for m in after if m[2] != "kritik" and self.stance_class(m[2]) == AGAINST]
        if opposing:
            # "anser att bestämmelserna ska vara kvar": opposition said, not a shortcoming
            return StanceGuess(opposing[0][2], guess.confidence, guess.lead, guess.phrase)
        if any(
            m[2] == "kritik"
            and not (
                guess.key in _EMPHASES and _LACK.match(m[4]) and not _of_the_remiss(plain, m[0])
            )
            for m in after
        ):
            # (an emphasis may hold a lack of the world, no fault of the remiss: "vill påminna
            # om att många småföretag saknar jurister"; a breach it holds is one: "vill
            # understryka att … då detta bryter mot strandskyddet")
            return StanceGuess("kritik", guess.confidence, guess.lead, guess.phrase)
        if any(self.stance_class(m[2]) == PROPOSAL for m in after):
            if all(
                self._carried_out(plain, m) for m in after if self.stance_class(m[2]) == PROPOSAL
            ):
                # "anser att förslaget bör genomföras": the remiss carried out is support
                return StanceGuess("positiv", guess.confidence, guess.lead, guess.phrase)
            return StanceGuess("foreslar", guess.confidence, guess.lead, guess.phrase)
        if any(self.stance_class(m[2]) == "for" for m in after):
            return StanceGuess("positiv", guess.confidence, guess.lead, guess.phrase)
        held = plain[verb[1] : end]
        if guess.key == "anser" and (
            _SHALL_BE_DONE.search(held)
            or (
                ((need := _NEED.search(held)) and not _need_denied(held, need.start(), need.end()))
                and (need.group(0).casefold() not in ("ska", "skall") or _HOLDS.match(verb[4]))
                and not self._ought_to_be(
                    plain, verb[1] + need.start(), need.group(0), in_view=True
                )
            )
        ):
            # "anser att byggnadshöjden ska sänkas", "menar att perioden behöver vara två
            # år": what the answer holds must be done ("bedömer att … ska" foresees)
            return StanceGuess("foreslar", guess.confidence, guess.lead, guess.phrase)
        if guess.key == "anser" and effects(held):
            # "bedömer att förslaget kommer att stärka rättssäkerheten": good it will do
            return StanceGuess("positiv", guess.confidence, guess.lead, guess.phrase)
        return guess

    def _mixed(self, guess: StanceGuess, plain: str, matches) -> StanceGuess:
        """Support and a fault found in one sentence, a turn ("men", "dock", "samtidigt")
        between them, are partial support: "Förslaget är i grunden bra, men analysen är
        otillräcklig". A concession without a turn ("Även om förslaget är bra saknas …")
        leaves the main clause's fault standing."""
        if guess.key != "kritik":
            return guess
        faults = [m for m in matches if m[2] == "kritik" and m[3] >= 0.6]
        good = [m for m in matches if self.stance_class(m[2]) == "for" and m[3] >= 0.6]
        for fault in faults:
            for praise in good:
                first, second = sorted((fault, praise))
                between = plain[first[1] : second[0]]
                if re.search(r"[.!?](?:\s|$)", between):
                    continue  # not one sentence
                if _TURN.search(between):
                    confidence = round(guess.confidence * 0.85, 2)
                    return StanceGuess("tillstyrker_delvis", confidence, guess.lead, guess.phrase)
        return guess

    def _not_ours(self, text: str, match, subjects: tuple[str, ...] = ()) -> bool:
        """A phrase under a negation that ends no sooner than at "utan" (criticism only: the
        vocabulary's negated verbs are phrases of their own), or whose subject is the
        remiss's author ("kommunen föreslår", "utredningen bedömer") or another state body
        than the answerer ("Trafikverket gör bedömningen att …"; `subjects`: its names)."""
        start, end, key, _weight, _verb = match
        clause = re.split(r"[.!?;:]\s|,\s(?:men|utan)\s|\butan\b", text[:start])[-1]
        words = clause.split()
        if key == "kritik":
            window = _NOT_ONLY.sub("", " ".join(words[-4:]))
            if _NEGATOR.search(window) or _NEGATED_AFTER.match(text[end:]):
                return True
            if _of_what_is(text, start):
                return True  # a shortcoming of what is now, which the remiss would change
            if _IDENTIFIED.search(clause + text[start:end]):
                return True  # problems the remiss has found: "har identifierat brister i …"
            if undone(text, start):
                return True  # a fault reduced or aimed at: "minska de negativa följderna"
        if key == "anser" and (owner := _VIEW_OF.match(match[4])):
            # "Enligt Trafikverkets bedömning …" is another's view, "Enligt vår/Norsjö kommuns
            # uppfattning …" the answerer's
            name = owner.group(1).strip()
            if (
                third_party(name, subjects)
                or REMISS_SUBJECTS.fullmatch(name.casefold())
                or name.casefold() in self._others
            ):
                return True
        if key in _VIEWS and len(words) >= 2 and words[-2].casefold() == "som":
            # a view in a relative clause qualifies a noun: "de delar som vi anser kan ha …"
            return True
        if self._classes.get(key) == AGAINST and key not in ("kritik", "ifragasatter"):
            # opposition under a negation says nothing against: "att vi inte är emot bostäder"
            window = " ".join(words[-2:]).casefold()
            if _NEGATOR.search(window) and not _NOT_NEGATING.search(window):
                return True
        if key in _PRAISE:
            # praise under a negation says nothing for: "det är inte bara positivt"
            window = " ".join(words[-3:]).casefold()
            if _NEGATOR.search(window) and not _NOT_NEGATING.search(window):
                return True
        if (
            self._classes.get(key) == PROPOSAL
            and (need := _NEED_WORD.search(match[4]))
            and _need_denied(text, start + need.start(), start + need.end())
        ):
            return True  # a need denied asks for nothing: "inte längre behöver", "krävs inte"
        if (
            self._classes.get(key) == PROPOSAL
            and _NEED_WORD.search(match[4])
            and words
            and words[-1].casefold() in ("ingen", "inga", "inget", "utan")
        ):
            return True  # a need denied before it: "ingen ytterligare undersökning krävs"
        if (
            self._classes.get(key) == PROPOSAL
            and words
            and _INDIRECT.search(
                " ".join(words[-3:]) + (" det" if match[4][:4].casefold() == "det " else "")
            )
        ):
            # an indirect question asks nothing: "analysera om det behövs …", "i vilken
            # utsträckning det ska vara möjligt att …"
            return True
        if self._classes.get(key) == PROPOSAL and _NEED_WORD.search(match[4]):
            if _ENTAILS.search(clause):
                # what the remiss entails: "Förslaget innebär att kommunerna måste …"
                return True
            if _NOW.search(clause):
                # what must be done now, the rules as they are: "I dag måste den enskilde …"
                return True
        if key not in _SAYING or _MODAL.match(match[4]) or _PASSIVE.search(match[4]):
            # "Förslaget kan inte godtas", "strategin är bra", "FÖP:en bör justeras": said
            # of the remiss by the answer (a modal with the remiss as its subject asks it to
            # change; only verbs of saying make the remiss the speaker)
            return False
        last = words[-1].casefold().strip(" ,") if words else ""
        if REMISS_SUBJECTS.fullmatch(last):
            return True
        if words and (
            third_party(words[-1].strip(" ,"), subjects) or others_plural(words[-1].strip(" ,"))
        ):
            return True  # another body's view: "Trafikverket gör bedömningen att …"
        if (
            key == "kraver"
            and words
            and (RULE_SUBJECT.fullmatch(words[0].strip(" ,")) or RULE_SUBJECT.fullmatch(last))
        ):
            return True  # a rule requiring: "Hushållningsbestämmelserna kräver att …"
        return bool(self._others) and last in self._others

    def _demand(self, guess: StanceGuess, plain: str, matches) -> StanceGuess:
        """A demand to stop the proposal ("yrkar att detaljplanen inte antas") opposes it;
        one to carry it out, the remiss its subject ("Förslaget är väl motiverat och bör
        genomföras"), supports it."""
        if guess.key not in DEMANDS and self.stance_class(guess.key) != PROPOSAL:
            return guess
        if stops_the_remiss(plain) or reworks(plain):
            return StanceGuess("avstyrker", guess.confidence, guess.lead, guess.phrase)
        if _CARRY_OUT.fullmatch(guess.phrase) and REMISS_SUBJECTS.match(
            plain.lstrip(" -–•*\"'”").split(" ", 1)[0]
        ):
            return StanceGuess("tillstyrker", guess.confidence, guess.lead, guess.phrase)
        return guess

    def _qualified(self, guess: StanceGuess, plain: str, matches) -> StanceGuess:
        """Support with a reservation is partial: "tillstyrker … med förbehåll för …",
        "… under förutsättning att …", or support and opposition in one paragraph."""
        if self.stance_class(guess.key) != "for":
            return guess
        classes = {self.stance_class(key) for _, _, key, weight, _ in matches if weight >= 0.7}
        if (
            "partly" in classes
            or "against" in classes
            or _CONDITION.search(plain)
            or self._but(guess, plain, matches)
        ):
            confidence = round(guess.confidence * 0.85, 2)
            return StanceGuess("tillstyrker_delvis", confidence, guess.lead, guess.phrase)
        return guess

    def _but(self, guess: StanceGuess, plain: str, matches) -> bool:
        """Support turned in its own sentence: "… är positiv till förslaget, men anser att
        avgränsningen bör ändras" (a change asked for, or a shortcoming, after "men")."""
        verb = next((m for m in matches if m[4] == guess.phrase), None)
        if verb is None:
            return False
        stop = re.search(r"[.!?;](?:\s|$)", plain[verb[1] :])
        end = verb[1] + stop.start() if stop else len(plain)
        turn = re.search(r"(?<![\wåäö])men(?![\wåäö])", plain[verb[1] : end])
        if turn is None:
            return False
        at = verb[1] + turn.start()
        if _RESERVATION.match(plain, at):
            return True  # "… men har ett antal synpunkter på respektive förslag"
        return any(
            at < m[0] < end
            and m[3] >= 0.6
            and (m[2] == "kritik" or self.stance_class(m[2]) in (PROPOSAL, AGAINST))
            for m in matches
        )

    def _guess(self, plain: str, matches, subjects, marked_lead: str) -> StanceGuess:
        subject_words = [s.casefold() for s in subjects if s.strip()]
        if marked_lead:
            inside = [m for m in matches if m[0] < len(marked_lead) + 2]
            if inside:
                start, end, key, weight, verb = inside[0]
                return StanceGuess(key, max(weight, 0.95), marked_lead, verb)
        if not matches:
            point = plain.lstrip("-–—•* ")
            # an instruction after the clause that conditions it: "Om det ska byggas hus,
            # låt det då vara …"
            point = _FRONTED_CONDITION.sub("", point, count=1)
            if _ASKING.match(point) and point.rstrip().endswith("?"):
                # a request put as a question: "Kan kommunen överväga att flytta infarten?"
                return StanceGuess("foreslar", 0.65)
            if _CHALLENGE.match(point) and point.rstrip().endswith("?"):
                # a question that challenges the author's choice: "Varför har kommunen inte
                # utrett andra platser?", "Hur ska barnen kunna ta sig till skolan …?" (the
                # guide: a rhetorical question criticising is against)
                return StanceGuess("ifragasatter", 0.65)
            if _IMPERATIVE.match(point[:1].upper() + point[1:]):
                # "Tillåt ingen utvidgning", "Ta inte bort kravet": a demand that stops what
                # the remiss would do opposes it, as does one to stop it: "Stoppa planen!"
                stops = _NEGATED_IMPERATIVE.match(point) or _KEEPING.match(point)
                return StanceGuess("avstyrker" if stops else "foreslar", 0.6)
            return StanceGuess(FREE_TEXT, 0.6)
        if (
            matches[0][2] == "redogor"
            and not _DECISION_PROPOSED.match(matches[0][4])
            and any(m[2] != "redogor" and m[3] >= 0.6 for m in matches[1:])
        ):
            # an account that goes on to a stand in its sentence: "har tagit del av
            # hemställan och har inget att erinra mot den" is the stand
            matches = [m for m in matches if m[2] != "redogor"]
        first = matches[0]
        start, end, key, weight, verb = first
        if (turned := _after_utan(plain, matches)) is not None:
            start, end, key, weight, verb = turned
            return StanceGuess(key, round(weight * 0.85, 2), "", verb)
        opening = _SUBJECT.match(plain[:start])
        if (
            (
                weight >= LEAD_WEIGHT
                # "kräver" is a demand with the answerer its subject ("Förbundet kräver mer
                # resurser"), a requirement with a rule or a proposal ("Lagen kräver …")
                or (
                    key == "kraver"
                    and opening is not None
                    and (
                        _GENERIC_SUBJECTS.search(opening.group("subject"))
                        or opening.group("subject").casefold() in subject_words
                    )
                )
            )
            # a clause that opens with a conjunction is no subject: "Även om vi i grunden …"
            and not (opening and _SUBORDINATE.match(opening.group("subject")))
            and key != "kritik"  # a shortcoming is the remiss's, not a verb of the answer's
            and opening
            and len(opening.group("subject").split()) <= 6
            # the remiss is no subject of the answer's lead: "Betänkandet är omfattande"
            and not REMISS_SUBJECTS.fullmatch(opening.group("subject").split()[-1])
        ):
            lead = plain[:end].strip(" \"'”")
            return StanceGuess(key, min(0.98, weight + 0.03), lead, verb)
        strong = self._strongest(matches, plain)
        if strong is not None:
            return strong
        for start, _end, key, weight, verb in matches:
            before = plain[max(0, plain.rfind(".", 0, start) + 1) : start].strip().casefold()
            opens = _OPENING_ASIDE.sub("", before)
            if (
                key != "kritik"
                and (
                    (not opens and _IMPERSONAL.match(verb))
                    # after a fronted part, the verb first: "Mot bakgrund av … är det positivt med"
                    or (opens and _INVERTED.match(verb) and "," not in opens[-3:])
                )
            ):
                # the phrase opens its sentence, impersonal or in the answer's own words:
                # "Det är positivt att …", "Vår uppfattning är att …" is its own judgement
                return StanceGuess(key, max(0.6, round(weight * 0.85, 2)), "", verb)
            if (
                _GENERIC_SUBJECTS.search(before)
                or any(before.endswith(s) for s in subject_words)
                # the organisation opens the sentence, an aside between it and its verb:
                # "Kammarkollegiet har, utifrån de utgångspunkter …, inte några synpunkter"
                or (key != "kritik" and any(opens.startswith(f"{s} ") for s in subject_words))
            ):
                return StanceGuess(key, round(weight * 0.85, 2), "", verb)
            if key == "positiv" and (
                REMISS_SUBJECTS.fullmatch(opens.split(" ", 1)[0])
                # a part of it: "Samtliga punkter som redovisas … är motiverade"
                or _ITS_PARTS.search(opens)
            ):
                # the answer judging the remiss: "Utredningen är omfattande …" (a stand,
                # but unsure: praise of the work may not be support of the proposal)
                return StanceGuess(key, 0.65, "", verb)
        critical = [m for m in matches if m[2] == "kritik"]
        if critical:  # a shortcoming named, and no stand of the answer's own said
            start, end, key, weight, verb = critical[0]
            return StanceGuess(key, round(weight * 0.85, 2), "", verb)
        start, end, key, weight, verb = first
        return StanceGuess(key, round(weight * 0.7, 2), "", verb)

    def _strongest(self, matches, plain: str = "") -> StanceGuess | None:
        """Without a lead, opposition, a demand or a reservation speaks for the paragraph
        before a remark that comes first: "Vi noterar … Planen kan inte godtas."."""
        ranked = [
            (
                (_CRITICISM if _of_the_remiss(plain, start) else 0)
                if key == "kritik"
                else _PRIORITY.get(self.stance_class(key), 0),
                weight,
                -start,
                key,
                verb,
            )
            for start, _end, key, weight, verb in matches
            if weight >= 0.6
        ]
        ranked = [r for r in ranked if r[0] > 0]
        if not ranked:
            return None
        priority, weight, _start, key, verb = max(ranked)
        if priority == _PRIORITY[PROPOSAL] and key == "foreslar" and weight < 0.7:
            return None  # "bör", "behöver": weak; a clearer phrase first speaks for it
        return StanceGuess(key, round(weight * 0.85, 2), "", verb)

    def _matches(self, text: str) -> list[tuple[int, int, str, float, str]]:
        """Every stance phrase: (start, end, key, weight, phrase), by start; at one start the
        longest phrase only ("tillstyrker delvis" over "tillstyrker"), and none inside a
        longer one found at an earlier start ("tillstyrka" within "kan inte tillstyrka").

        Phrases begin at words: at each word only those that may begin with it are tried
        (`_Phrases.at`), and the longest wins."""
        kept: list[tuple[int, int, str, float, str]] = []
        after = 0
        phrases = self._phrases.for_text(text)
        own = self._own.for_text(text) if self._own is not None else None
        for word in _WORD.finditer(text):
            start = word.start()
            if start < after:
                continue
            tried = phrases(word[0])
            if own is not None:  # the organisation's own verbs first: they win a tie
                tried = own(word[0]) + tried
            if not tried:
                continue
            best = None
            for pattern, key, weight in tried:
                match = pattern.match(text, start)
                if match and (best is None or match.end("verb") > best[1]):
                    best = (start, match.end("verb"), key, weight, match.group("verb"))
            if best is not None:
                kept.append(best)
                after = best[1]
        return kept

    def _all_matches(self, text: str) -> list[tuple[int, int, str, float, str]]:
        """The stance phrases (`_matches`) and the evaluations outside them."""
        return _with_evaluations(text, self._matches(text))


# An evaluation's kind (workbench.answer.evaluation) as a stance key and a weight: a fault
# found is criticism, acceptance denied opposition, a good verdict support (weak: it may be
# praise of the work, not of the proposal).
_EVALUATION_KEYS = {FAULT: ("kritik", 0.65), OPPOSED: ("avstyrker", 0.8), GOOD: ("positiv", 0.6)}


def _with_evaluations(text: str, kept: list[tuple[int, int, str, float, str]]):
    """The phrases found, and the evaluations (`evaluations`) that stand outside them."""
    found = evaluations(text)
    if not found:
        return kept
    out = list(kept)
    for evaluation in found:
        overlapping = [m for m in out if evaluation.start < m[1] and m[0] < evaluation.end]
        if any(
            not (evaluation.start <= m[0] and m[1] <= evaluation.end)
            or m[1] - m[0] >= evaluation.end - evaluation.start
            for m in overlapping
        ):
            continue  # a phrase says it already ("kan inte godtas", "är otillräcklig")
        # the evaluation holds the phrases it overlaps and says more: "Dagens regler är bra"
        out = [m for m in out if m not in overlapping]
        key, weight = _EVALUATION_KEYS[evaluation.kind]
        out.append((evaluation.start, evaluation.end, key, weight, evaluation.phrase))
    out.sort(key=lambda m: m[0])
    return out


def _phrase(pattern: str) -> str:
    """A phrase as it is matched: tried at word starts only (`_matches`), so no look-behind
    in front; an adverb may stand between its words (`_GAP`)."""
    return rf"(?P<verb>{pattern.replace(' ', _GAP)}){_WORD_END}"


_WORD = re.compile(r"(?<![\wåäö])[\wåäö]+")


class _Phrases:
    """Phrases (pattern, key, weight) by the first word they may begin with, each compiled
    when a word first calls for it.

    A phrase is tried at a word only where its first word may be that word
    (`patterns.FirstWords`: "tillstyrker" for "(?:vi )?tillstyrker", "brist" and on for
    "brist\\w*"). (Before, every phrase of the word's first letter was tried wherever one
    pattern of all their first words let it through: twice the time, and 0.2 s more to
    compile in every process.) A process that reads a few sentences compiles a few phrases."""

    def __init__(self, phrases) -> None:
        self._phrases = list(phrases)
        self._compiled: list[tuple[re.Pattern, str, float] | None] = [None] * len(phrases)
        # read before `_phrase` puts the adverb gap in its spaces: the first word ends at the
        # first space either way, and the pattern is a tenth as long
        self._index = FirstWords([pattern for pattern, _, _ in self._phrases])
        # per set of phrases a text allows at any word (`FirstWords.allowed`): a word → them
        self._by_word: dict[tuple[int, ...], dict[str, list[tuple[re.Pattern, str, float]]]] = {}

    def for_text(self, text: str) -> Callable[[str], list[tuple[re.Pattern, str, float]]]:
        """For the words of `text`: the phrases that may begin with a word, in their order
        (kept by the word as written: most words of a text were met before)."""
        allowed = self._index.allowed(text)
        held = self._by_word.get(allowed)
        if held is None or len(held) > 50_000:  # a vocabulary's worth: start again
            held = self._by_word[allowed] = {}

        def at(word: str) -> list[tuple[re.Pattern, str, float]]:
            found = held.get(word)
            if found is None:
                found = held[word] = [self._compile(i) for i in self._index.indexes(word, allowed)]
            return found

        return at

    def all(self) -> list[tuple[re.Pattern, str, float]]:
        """Every phrase, compiled (before a batch forks its readers)."""
        return [self._compile(i) for i in range(len(self._phrases))]

    def _compile(self, index: int) -> tuple[re.Pattern, str, float]:
        compiled = self._compiled[index]
        if compiled is None:
            pattern, key, weight = self._phrases[index]
            compiled = self._compiled[index] = (re.compile(_phrase(pattern), re.I), key, weight)
        return compiled


@functools.lru_cache(maxsize=1)
def _builtin() -> _Phrases:
    """The built-in phrases, by their first words."""
    return _Phrases(_PHRASES)


@functools.lru_cache(maxsize=64)
def _compiled(verbs: tuple[tuple[str, str], ...]) -> _Phrases | None:
    """An organisation's own verbs as phrases, by their first words; None when it has none."""
    phrases = [(" ".join(re.escape(w) for w in verb.split()), key, 0.95) for verb, key in verbs]
    return _Phrases(phrases) if phrases else None


def compile_phrases() -> None:
    """Every built-in phrase compiled now (a batch does it once before it forks its readers,
    which then share them)."""
    _builtin().all()
    evaluation_patterns()


# What a shortcoming must be said of to find the remiss wanting: the proposal, its parts and
# its grounds (not the world: "saknas ofta finansiering").
_REMISS_WORDS = re.compile(
    r"(?:plan|förslag|utredning|utredare|kommitt|betänkande|underlag|analys|redovisning|"
    r"handling|beskrivning|"
    r"strategi|program|promemori|rapport|inventering|bedömning|konsekvens|motivering|FÖP|"
    r"MKB|avsnitt|kapitel|rubrik|remiss(?!var|yttrande|instans|svar)|argument|resonemang|slutsats|"
    r"skäl|texten|kart(?:a|or))",
    re.I,
)


@functools.lru_cache(maxsize=4096)
def criticises_the_remiss(text: str) -> bool:
    """Whether a shortcoming `text` names is one of the remiss (its proposal, analysis,
    grounds), not of the world ("saknas ofta finansiering" is no criticism of the remiss).
    Cached: a sentence is judged again in each piece of its paragraph."""
    reader = _plain_reader()
    plain = text.replace("*", "")
    spoken = own_words(plain)
    return any(
        m[2] == "kritik" and _of_the_remiss(spoken, m[0])
        for m in reader._all_matches(spoken)
        if not reader._not_ours(spoken, m)
    )


@functools.lru_cache(maxsize=1)
def _plain_reader() -> StanceReader:
    """A reader with no organisation's own verbs and no author's words."""
    return StanceReader()


def _of_the_remiss(plain: str, start: int) -> bool:
    """Whether the sentence around `start` speaks of the remiss or its parts."""
    begin = max(plain.rfind(". ", 0, start), plain.rfind("? ", 0, start)) + 1
    stop = plain.find(". ", start)
    return bool(_REMISS_WORDS.search(plain[begin : stop if stop >= 0 else len(plain)]))


# Support by evaluation, which a negation before it cancels ("inte bara positivt").
_PRAISE = {"positiv", "valkomnar", "instammer", "tillstyrker"}
# "Not only" adds, it does not negate a fault: "inte bara ett ofullständigt förfarande".
_NOT_ONLY = re.compile(r"(?:inte|icke) (?:bara|enbart|endast|minst)", re.I)
# Negators that do not negate what follows: "inte minst", "kan inte annat än".
_NOT_NEGATING = re.compile(r"inte minst|inte annat än|icke desto mindre", re.I)
# What is now: the state a reform would change ("den nuvarande tredelningen", "i dag").
_WHAT_IS = re.compile(
    r"(?<![\wåäö])(?:nuvarande|dagens|rådande|i dag|idag|i dagsläget)(?![\wåäö])", re.I
)


# Problems found, not made: "utredaren har identifierat många av de problem i form av brister".
_IDENTIFIED = re.compile(
    r"(?<![\wåäö])(?:har |hade )?(?:identifier(?:at|ar)|kartla(?:gt|gd|r)|pek(?:at|ar) på|"
    r"lyft(?:er)? fram|belys(?:t|er)|uppmärksamma(?:t|r)|beskriv(?:it|er)|synliggj(?:ort|ör)|"
    r"redovisa(?:t|r)) (?:[\wåäö]+ ){0,4}?(?:problem|brister|"
    r"utmaningar|risker|svårigheter)",
    re.I,
)


def _of_what_is(plain: str, start: int) -> bool:
    """Whether the shortcoming at `start` is one of what is now, not of the remiss: the
    present state opens its sentence ("Nuvarande tredelning medför otydlighet") or stands
    right before it ("den nuvarande något otydliga tredelningen"), and the sentence names
    none of the remiss's parts."""
    begin = max(plain.rfind(". ", 0, start), plain.rfind("? ", 0, start)) + 1
    stop = plain.find(". ", start)
    sentence = plain[begin : stop if stop >= 0 else len(plain)]
    if _REMISS_WORDS.search(sentence):
        return False
    opening = " ".join(sentence.split()[:3])
    before = " ".join(plain[begin:start].split()[-4:])
    return bool(_WHAT_IS.search(opening) or _WHAT_IS.search(before))


def _after_utan(plain: str, matches):
    """ "inte … utan …": the phrase after "utan" says what the answer wants, when the one
    before it is negated ("motsätter oss inte bebyggelse utan kräver att den anpassas")."""
    for found in re.finditer(r"(?<![\wåäö])utan(?![\wåäö])", plain):
        before = plain[: found.start()]
        clause = re.split(r"[.!?;]\s", before)[-1]
        if not _NEGATOR.search(clause):
            continue
        after = [m for m in matches if m[0] > found.start() and m[3] >= 0.6]
        if after:
            return after[0]
    return None
