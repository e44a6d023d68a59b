"""The phrases Swedish answers take a stand in, each with its stance key and weight.

The stance reader (workbench.answer.stance) tries them at each word of a paragraph. A phrase
is a regular expression over the words as written, case-folded; a space stands for a gap an
adverb may fill ("tillstyrker därför"); each verb of a stand is read in its past and perfect
too (`_TENSES`: "välkomnade", "har ställt sig bakom"), and "sig" in every person ("motsätter
oss"). The keys are the vocabulary's (workbench.core.stances) and the reader's own
(`READ_STANCES` in workbench.answer.stance).
"""

from __future__ import annotations

import re

from workbench.answer.patterns import ASSUMED_TO
from workbench.core.stances import NO_COMMENTS

_ADVERB = (
    r"(?:också|även|därför|dock|vidare|återigen|särskilt|starkt|därmed|alltså|dessutom|"
    r"sammantaget|generellt|fortsatt|gärna|härmed|slutligen|inledningsvis|"
    r"sammanfattningsvis|avslutningsvis|emellertid|heller|ändå|riktigt|helt|alls|allmänt|odelat|"
    r"genomgående|mycket|nyligen|nu|däremot|vi|jag|man|i övrigt|"
    # the answerer's own part: "har för sin del inget att erinra"
    r"för (?:sin|vår|min|dess) del|"
    # where the answer says it, on a page that reports it: "är i sitt remissvar kritiskt till"
    r"i (?:sitt|vårt|mitt|ett|dess|detta|det) (?:remissvar|remissyttrande|yttrande|svar)|"
    r"i (?:remissvaret|remissyttrandet|yttrandet|svaret)|"
    # whose view it is, the answer's own, in an aside: "Det finns enligt nämndens uppfattning
    # ingen anledning …", "bör enligt vår mening inte genomföras" (not the remiss's: "enligt
    # utredningens bedömning" is what it reports)
    r"enligt (?:vår|min|(?!(?:utredning|kommitté|regering|promemori|betänkande|plan|remiss|"
    r"departement|direktiv|förslag)\w*s )\w+s) (?:mening|uppfattning|bedömning|"
    r"åsikt|erfarenhet)|"
    # (no character class here: the gap is put in for every space of a phrase, in a class
    # too, "[\d  ]", where a "]" of its own would end the class)
    # a subject after its verb where a part is fronted (Swedish word order: "Sammantaget är
    # byalaget positivt till …", "Enligt förbundet är förslaget ett hot mot …")
    r"förslaget|förslagen|planen|utredningen|förbundet|föreningen|byalaget|kommunen|regionen|"
    r"nämnden|styrelsen|myndigheten|länsstyrelsen|organisationen)"
)
# Between the words of a phrase an adverb may stand: "ser dock behov av", "vill också påpeka";
# and the subject where a fronted part inverts the order: "I övrigt delar vi bedömningen".
GAP = rf"(?: {_ADVERB})* "
# Those who could act on a change the answer asks for: the government, the authorities, the
# remiss's author ("kommunen" in an answer to its plan), anyone ("man").
ACTORS = (
    r"regeringen|kommunen|kommunerna|staten|myndigheten|myndigheterna|länsstyrelsen|"
    r"länsstyrelserna|lagstiftaren|regionen|regionerna|huvudmannen|huvudmännen|departementet|"
    r"regeringskansliet|riksdagen|exploatören|byggherren|verksamhetsutövaren|man"
)
_NEGATION = r"(?:inte|ej|icke)"
# A word between a verb and its object that does not deny it ("invänder bland annat mot", not
# "invänder inte mot").
_UNDENIED = r"(?:(?!(?:inte|ej|icke|aldrig|knappast)(?![\wåäö]))[\wåäö]+ )"
# Adopted, not "assumed to" ("planen kan inte antas medföra betydande miljöpåverkan" is the
# plan's own finding, no rejection of it).
ADOPTED = rf"antas(?! {ASSUMED_TO})"
# A change the remiss would make, asked not to be made, after "att": "strandskyddet inte
# upphävs", "skogen inte ska avverkas".
A_CHANGE_DENIED = (
    rf"(?:[\wåäö:-]+ ){{1,8}}?{_NEGATION} (?:ska |skall |får |bör |längre )?(?:höjs|sänks|"
    r"införs|bebyggs|exploateras|flyttas|upphävs|tas bort|slopas|avvecklas|läggs ned|rivs|"
    r"avverkas|förändras|ändras|utökas|skärps|försämras|minskas|centraliseras|överförs|"
    r"tillåts|byggs|uppförs|privatiseras|avskaffas|upphävas|bebyggas|avverkas|tillåtas|byggas|"
    r"rivas|"
    # what an administration's reform does to a body or a rule: "att Arkdes inte ombildas",
    # "inte bör slås samman med …", "inte omlokaliseras"
    r"ombildas|inrättas|genomförs|genomföras|införas|slås samman|läggs samman|sammanslås|"
    r"omlokaliseras|ersätts|ersättas|avregleras|bolagiseras|läggs ner|stängs|stängas|"
    r"begränsas|inskränks|inskränkas|utvidgas|införlivas|flyttas över|delas upp)"
    r"(?![\wåäö])"
)

# The work a remiss is faulted for lacking: an analysis, a section, a calculation.
_WORK_OF_IT = (
    r"(?:analys|konsekvensanalys|konsekvensbeskrivning|konsekvensutredning|avsnitt|beskrivning|"
    r"redovisning|beräkning|utredning|kartläggning|inventering|alternativ|motivering|underlag|"
    r"bedömning|prövning|förklaring|uppföljning|utvärdering|riskanalys|riskbedömning)"
)
# "There is", impersonal, for a reason or a need had or denied: "Det finns ingen anledning …",
# "finns det enligt vår mening inga skäl …".
_THERE_IS = r"(?:det )?finns(?: det)?"


# A need denied, what is not needed after it ("det behövs ingen", "krävs inte någon") or
# between ("ingen ny lag behövs", "någon särskild reglering behövs inte", "skulle inte
# behövas"): `_no_need(ahead, thing)`, `ahead` a look at what follows the phrase, `thing` the
# words of what is not needed inside it.
def _no_need(ahead: str, thing: str) -> str:
    return (
        r"(?:(?:det )?(?:behövs|krävs) (?:det )?(?:därför |heller |alltså )?(?:inte |ej )?"
        rf"(?:ingen|inget|inga|någon|något|några){ahead}|"
        rf"(?:ingen|inget|inga) {thing}(?:behövs|krävs|skulle behövas|skulle krävas)|"
        rf"(?:någon|något|några) {thing}(?:behövs|krävs|skulle) (?:därför |heller |alltså )?"
        r"(?:inte|ej)(?: behövas| krävas)?)"
    )


# Changes of the remiss, which found needless leave it as it is.
_CHANGES_OF_IT = (
    r"(?:ändring|justering|komplettering|tillägg|förtydligande|förändring|omarbetning|"
    r"revidering)"
)

# The answerer's dismay: "besvikna", "förvånade" ("är besvikna över att …").
_DISMAYED = (
    r"(?:besviken|besvikna|besviket|förvånad|förvånade|förvånat|förbryllad\w*|upprörd\w*|"
    r"förundrad\w*)"
)

# (pattern, stance key, base confidence). Keys are the built-in vocabulary's.
PHRASES: list[tuple[str, str, float]] = [
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
        r"(?:har|med) (?:cirka |ca |över |drygt |omkring |nästan )?\d[\d  ]*(?:,\d+)?"
        r"(?: miljoner| tusen)? (?:medlemmar|medlemsföretag|anställda|lokalföreningar|"
        r"medlemsorganisationer|invånare|medarbetare|ledamöter|studenter|medlemskommuner|"
        r"medlemsföreningar)|"
        # how the answer came about: "Remissvaret är framtaget i samråd med …"
        r"(?:(?:förslaget|förslag) till )?(?:remissvaret|yttrandet|svaret|remissyttrandet|"
        r"yttrande|remissvar|tjänsteutlåtandet) (?:är|har) (?:[\wåäö]+ )?(?:framtaget|"
        r"utarbetat|skrivet|tagits fram|arbetats fram|utarbetats|upprättats|skrivits) "
        r"(?:i samråd med|tillsammans med|av|med|inom)|"
        r"(?:remissen|ärendet) (?:har )?besvarats|"
        # support of another's answer is no stand on the remiss: "stödjer DIRF:s remissvar"
        r"(?:stöder|stödjer|ställer (?:sig|oss) bakom|instämmer i|ansluter (?:sig|oss) till) "
        r"[\wåäö`':]+s (?:remissvar|yttrande|remissyttrande|synpunkter)|"
        # … and a joint answer of others adopted (the guide, round 12): "ställer sig bakom det
        # gemensamma yttrandet från länets kommuner"
        r"(?:stöder|stödjer|ställer (?:sig|oss) bakom|instämmer i|ansluter (?:sig|oss) till) "
        r"(?:det|ett) (?:gemensamma|gemensamt|samlade|samlat|samordnade|samordnat) "
        r"(?:yttrandet|yttrande|remissvaret|remissvar|remissyttrandet|svaret|svar)|"
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
        # and being asked: "välkomnar att vi finns med bland remissinstanserna", "uppskattar
        # att förbundet har fått remissen", "… att vi tillhör de organisationer som listats"
        r"(?:välkomnar|uppskattar|ser (?:[\wåäö]+ )?positivt på) att (?:vi|[\wåäö]+) "
        r"(?:(?:har )?(?:fått|getts|erbjudits|beretts) (?:remissen|möjlighet|tillfälle)|"
        r"(?:finns|står) (?:med )?(?:bland|på) (?:remissinstanserna|sändlistan|remisslistan)|"
        r"tillhör (?:de )?(?:organisationer|remissinstanser|instanser))|"
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
        # a committee asked to propose: "föreslår kommunstyrelsens arbetsutskott föreslå …"
        r"föreslår (?:[\wåäö]+s )?(?:arbetsutskott|utskott|presidium)\w* (?:att )?(?:föreslå|"
        r"besluta)|"
        # the answer sent as the decision: "föreslår … att bifogade yttrande översänds till …"
        r"(?:föreslår (?:[\wåäö]+ ){0,2}?att )?(?:bifogade?|bifogat|förvaltningens|kontorets|"
        r"detta|vårt) (?:förslag till )?"
        r"(?:yttrande|remissvar|svar|samrådssvar)(?:t|et)? (?:översänds|överlämnas|lämnas|"
        r"skickas|sänds|antas|godkänns)|"
        # "föreslår att nämnden ställer sig bakom …": the board's stand is what it proposes
        r"föreslår (?:att )?(?:kommunstyrelsen|fullmäktige|kommunfullmäktige|regionstyrelsen|"
        r"nämnden|styrelsen|[\wåäö]+(?:nämnden|styrelsen|fullmäktige)|kommunen|regionen|"
        # the body by its name: "föreslår att Exempelby kommun tillstyrker …"
        r"staden|[A-ZÅÄÖ][\wåäö-]+s? (?:kommun|stad|region))(?= (?:att )?(?:ställer|ställa|"
        r"tillstyrk|avstyrk|godkänn|anta|lämna|avge|överlämna|beslutar|besluta))|"
        r"beslutar (?:att )?(?:godkänna|avge|överlämna|anta|lämna) (?:[\wåäö]+ ){0,3}?"
        r"(?:yttrande|tjänsteutlåtande|svar|promemoria)\w*|"
        r"anses besvarad|avge yttrande (?:till [\wåäö]+ )?i enlighet med|"
        # how the case was prepared and decided: "Ärendet har beretts av …", "Förvaltningen
        # har tagit fram ett förslag till yttrande", "Yttrandet har beslutats av styrelsen",
        # "Synpunkter har inhämtats från …", "Protokollsutdrag skickas till …"
        r"ärendet (?:har )?(?:beretts|behandlats|handlagts|föredragits|remitterats)|"
        r"(?:tagit|tagits|ta) fram (?:ett |detta |det |vårt )?(?:förslag till )?(?:yttrande|"
        r"remissvar|remissyttrande|tjänsteutlåtande|tjänsteskrivelse)(?:t|et|n|en)?|"
        r"(?:har )?(?:gett|givit|gav|berett|beredde) (?:[\wåäö]+ ){1,2}?(?:möjlighet|tillfälle) "
        r"att (?:yttra|lämna|inkomma|svara|komma in)|"
        r"(?:yttrandet|remissvaret|remissyttrandet|svaret|beslutet) (?:har )?(?:beslutats|"
        r"fastställts|godkänts|antagits) (?:av|vid|i|på|den)|"
        r"beslut (?:i (?:detta|det här) ärende |i ärendet )?har fattats|"
        r"förklaras (?:omedelbart )?justerad|protokollsutdrag|justerandes signatur|"
        r"(?:synpunkter|yttranden|underlag) har inhämtats|"
        r"i (?:den slutliga )?(?:handläggningen|beredningen) (?:[^.!?]{0,80}? )?(?:har )?"
        r"(?:även |också )?(?:[^.!?]{0,60}? )?deltagit|"
        # what the answer covers and where: "Remissvaret är avgränsat till …", "yttrar sig
        # nedan under respektive avsnitt", "Nedan följer styrelsens yttrande"
        r"(?:remissvaret|yttrandet|svaret|synpunkterna) (?:är|har) (?:[\wåäö]+ )?(?:avgränsat|"
        r"begränsat|avgränsats|begränsats|avgränsade|begränsade) till|"
        r"yttrar (?:sig|oss|mig) (?:nedan|i det följande|under respektive)|nedan följer|"
        r"(?:redovisas|lämnas|framförs|kommenteras|följer) (?:nedan|i det följande)|"
        r"i det följande (?:lämnas|redovisas|kommenteras)|"
        # the remiss's errand told: "Promemorian remitterades till …", "Utredningens uppdrag
        # har varit att …", "Bakgrunden till förslaget är att …"
        r"remitterades|"
        r"(?:[\wåäö]*utredningens|utredarens|kommitténs|uppdraget|utredningens) (?:uppdrag|"
        r"direktiv)? ?(?:har varit|var|är) att|"
        r"(?:har|hade) haft (?:i )?(?:uppdrag|till uppgift) att|"
        r"bakgrunden till (?:förslaget|förslagen|remissen|ärendet|utredningen|promemorian|"
        r"betänkandet) (?:är|var)",
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
        r"(?:bör|ska|skall|måste) (?:[\wåäö]+ )?förkastas|förkastas|förkastar|"
        # rejected as not good enough: "underkänner konsekvensutredningen"
        r"underkänner|underkände|underkänns|(?:bör|ska|måste) underkännas",
        "avstyrker",
        0.85,
    ),
    # the remiss cannot stand as it is: "bör omarbetas", "behöver genomarbetas", "måste göras
    # om" (the guide's borderline: against, and a demand)
    (
        r"(?:bör|borde|måste|behöver) (?:[\wåäö]+ ){0,2}?(?:omarbetas|arbetas om|"
        r"genomarbetas|göras om|omprövas|dras tillbaka|tas om)|"
        # … or withdrawn: "uppmanar verket att helt dra tillbaka förslaget"
        r"(?:dra|drar) (?:[\wåäö]+ )?tillbaka (?:förslaget|förslagen|remissen|promemorian|"
        r"planförslaget)|(?:återkalla|återkallar|skrota|skrotar) (?:förslaget|förslagen)",
        "avstyrker",
        0.8,
    ),
    # … or cannot be carried out before more is done: "behöver kompletteras på flera punkter
    # innan den kan läggas till grund för lagstiftning", "måste klargöras innan förslaget kan
    # omsättas i lag" (the guide: it cannot stand as it is, against with a demand)
    (
        r"(?:bör|borde|måste|behöver|krävs) (?:[\wåäö,]+ ){0,8}?innan (?:den|det|de|förslaget|"
        r"förslagen|utredningen|betänkandet|promemorian|planen|lagen|reformen|[\wåäö]+en) "
        r"(?:[\wåäö]+ )?kan (?:läggas till grund|genomföras|antas|omsättas|införas|träda i kraft|"
        r"beslutas|fastställas|realiseras|tillstyrkas|godtas|ligga till grund)",
        "kritik",
        0.85,
    ),
    # looking back at what should have been: "borde remisstiden varit betydligt längre",
    # "Remisstiden borde ha varit längre" (the guide: process criticism, against, no demand)
    (
        r"borde (?:[\wåäö]+ ){0,2}?(?:ha )?(?:varit|haft|getts|gjorts|fått|tagits|"
        r"remitterats|skickats|utretts|beaktats|analyserats|redovisats)(?![\wåäö])",
        "kritik",
        0.8,
    ),
    # the remiss would do harm: "riskerar att minska tillgängligheten"
    (
        r"riskerar (?:därmed |därigenom )?att (?:minska|försämra|försvaga|inskränka|urholka|"
        r"undergräva|försvåra|motverka|skada|hota|slå ut|öka (?:risken|kostnaderna)|leda till|"
        r"hämma|försena|fördyra|snedvrida|tränga undan|cementera|äventyra|omintetgöra|"
        r"(?:bli|utgöra) (?:ett )?(?:[\wåäö]+ )?(?:hinder|problem|belastning|börda)|"
        r"få (?:motsatt|omvänd|negativ|begränsad) (?:effekt|verkan)|bli (?:ett slag i luften|"
        r"verkningslös\w*|tandlös\w*|kostsam\w*|ineffektiv\w*))",
        "kritik",
        0.65,
    ),
    # harm done, in the passive, or made impossible: "Därmed urholkas det kommunala
    # självstyret", "blir i praktiken omöjligt för en liten kommun att …", "ett hinder för"
    (
        r"(?:urholkas|undergrävs|äventyras|åsidosätts|omintetgörs|naggas i kanten)|"
        r"(?:blir|bli|är|vara|blivit) (?:i praktiken |närmast |helt |därmed |mycket )?"
        r"omöjlig(?:t|a)? (?:för|att)|omöjliggör\w*|"
        r"(?:blir|utgör|är|bli|utgöra) (?:ett )?(?:stort |allvarligt |betydande |onödigt )?"
        r"hinder (?:för|mot)",
        "kritik",
        0.65,
    ),
    # a burden put on others without the means: "flyttar kostnader från staten till
    # kommunerna", "utan att någon finansiering anvisas", "lämnas att ensamma bära ansvaret"
    (
        # (not "lägger ett stort ansvar på", a burden seen: workbench.answer.judgement)
        r"(?:flyttar|flytta|vältrar|vältra|övervältrar) (?:över )?"
        r"(?:[\wåäö]+ ){0,2}?(?:kostnader|kostnaden|ansvar|ansvaret|bördan|bördor) "
        r"(?:över )?(?:från|till|på)|kostnadsövervältring\w*|övervältring\w*|"
        r"utan att (?:någon |några |full |tillräcklig |motsvarande )?(?:finansiering|resurser|"
        r"resurserna|medel|medlen|ersättning|kompensation|kostnadstäckning)\w* "
        r"(?:[\wåäö]+ )?(?:följer med|tillförs|anvisas|avsätts|ges|skjuts till|utgår)|"
        r"utan (?:någon |full |tillräcklig |motsvarande )?(?:finansiering|kostnadstäckning|"
        r"kompensation|ersättning|finansiell kompensation)(?![\wåäö])|"
        r"lämnas (?:[\wåäö]+ )?(?:att )?ensamm\w*|(?:tvingas|tvingas att) (?:[\wåäö]+ )?"
        r"(?:prioritera bort|skära ned|skära ner|dra ned|dra ner|lägga ned|lägga ner|höja "
        r"skatten|avveckla|minska)|prioritera bort",
        "kritik",
        0.65,
    ),
    # against the way it should go, or not fitting together: "går i motsatt riktning mot",
    # "väcker fler frågor än det besvarar", "går inte ihop med den statistik som redovisas"
    (
        r"(?:går|gå|leder|pekar) (?:[\wåäö]+ )?i (?:motsatt|fel) riktning|i motsatt riktning "
        r"(?:mot|jämfört med)|"
        r"väcker (?:[\wåäö]+ )?(?:fler|flera|många|nya|fler nya) frågor|"
        r"(?:går|hänger) (?:[\wåäö]+ )?(?:inte|ej) ihop|(?:inte|ej) (?:går|hänger) ihop",
        "kritik",
        0.65,
    ),
    # what is not shown or left open: "Det är inte klarlagt att …", "lämnas helt
    # obesvarad", "har stannat vid en beskrivning"
    (
        r"(?:är|har) (?:[\wåäö]+ )?(?:inte|ej) (?:[\wåäö]+ )?(?:klarlagt|belagt|visat|styrkt|"
        r"bevisat|påvisat)|"
        r"(?:lämnas|lämnats|förblir|står) (?:[\wåäö]+ )?(?:helt )?(?:obesvarad\w*|därhän|"
        r"utan svar)|"
        r"stann(?:ar|at|ade) vid (?:att|en|ett)",
        "kritik",
        0.65,
    ),
    # a harmful outcome told as what follows from it: "Detta kommer att leda till längre
    # köer", "Följden blir att mindre kommuner inte har råd att …", "innebär att kommunerna
    # får bära kostnaderna", "Det leder till att de som investerar straffas" (not where the
    # harm is what is reduced: "leder till att risken för att äldre drabbas minskar")
    (
        r"(?:(?:leder|leda|lett|ledde) till|innebär|innebära|medför|medföra|resulterar i|"
        r"resultera i|får till följd|(?:konsekvensen|följden|resultatet|effekten) (?:blir|är|"
        r"kan bli|skulle bli)) "
        r"(?:(?!minsk|färre|lägre|motverk|undvik|förebygg|förhindr|risk|inte |ej )"
        r"[\wåäö,]+ ){0,7}?"
        r"(?:sämre|försämr\w*|längre (?:köer|väntetider|handläggningstider|restider|avstånd)|"
        r"(?:högre|ökade|ökad|kraftigt ökade) (?:kostnader|avgifter|priser|skatter|skatt|"
        r"väntetider|administration)|kostnadsökning\w*|förlorar|förlust av|drabbas|"
        r"missgynnas|straffas|slås ut|inte har råd|inte längre har råd|(?:får|tvingas) (?:bära|"
        r"stå för|betala) (?:kostnaden|kostnaderna|notan|hela)|undanträng\w*|utarm\w*|"
        # a good that declines: "medför att tillgängligheten i glesbygden minskar"
        r"(?:tillgänglighet|tillgång|service|kvalitet|trygghet|säkerhet|rättssäkerhet|"
        r"valfrihet|insyn|konkurrens|likvärdighet|delaktighet|inflytande|kompetens|"
        r"attraktivitet|handlingsutrymme)\w* (?:[\wåäö]+ ){0,3}?(?:minskar|försämras|"
        r"försvagas|försvinner|urholkas|går förlorad))"
        r"(?! (?:[\wåäö]+ ){0,2}?(?:minskar|minska|undviks|motverkas|förhindras))",
        "kritik",
        0.65,
    ),
    # what the remiss lacks, said as not there or not done: "Någon konsekvensanalys har inte
    # gjorts", "Något sådant avsnitt finns inte", "Det redovisas inga beräkningar", "ger inget
    # svar på …", "Inga alternativ har prövats"
    (
        rf"(?:någon|något|några) (?:[\wåäö]+ ){{0,2}}?{_WORK_OF_IT}\w* (?:finns|har|har det|"
        r"redovisas|presenteras|görs|ges) (?:inte|ej)|"
        rf"(?:ingen|inget|inga) (?:[\wåäö]+ ){{0,2}}?{_WORK_OF_IT}\w* (?:[\wåäö]+ ){{0,4}}?"
        r"(?:finns|har (?:[\wåäö]+ )?"
        r"(?:gjorts|redovisats|prövats|presenterats|tagits fram|genomförts|utförts|lämnats|"
        r"angetts|analyserats)|redovisas|presenteras|lämnas|ges)|"
        r"(?:redovisas|presenteras|görs|anges|ges|lämnas|ger|redovisar|presenterar|lämnar|"
        r"anger) (?:det )?(?:inga|ingen|inget) (?:[\wåäö]+ ){0,2}?"
        rf"(?:{_WORK_OF_IT}|svar|förklaring|belägg)\w*",
        "kritik",
        0.65,
    ),
    # content too thin or silent, or too narrow: "nöjer sig med att konstatera …", "är tyst
    # om …", "bedöms bara risken för människor", "behandlar ån nästan enbart som mottagare",
    # "avfärdas med en mening"; what does not help: "hjälper inte så länge …"
    (
        r"nöjer (?:sig|man sig) (?:[\wåäö]+ )?med att|(?:är|förblir) (?:helt )?tyst om|"
        r"förtiger|tiger (?:helt )?om|"
        r"(?:bedöms|behandlas|beskrivs|analyseras|redovisas|beaktas|belyses|tas upp|nämns|"
        r"studeras|utreds) (?:[\wåäö]+ )?(?:bara|endast|enbart|uteslutande|nästan enbart)|"
        r"(?:behandlar|beskriver|betraktar|ser på|ser|hanterar) (?:[\wåäö]+ ){0,3}?(?:nästan )?"
        r"(?:bara|endast|enbart|uteslutande) som|"
        r"avfärdas|avfärdats|(?:hjälper|duger|biter) (?:[\wåäö]+ )?(?:inte|ej)(?! minst)",
        "kritik",
        0.65,
    ),
    # doubt that it will work: "kommer inte att få avsedd effekt", "når inte sitt syfte",
    # "inger mera tvivel än förtroende", "är inte säkra på att …"
    (
        r"(?:kommer|kan|torde|lär) (?:[\wåäö]+ )?(?:inte|knappast|ej) (?:att )?(?:få|ge|leda "
        r"till|ha) (?:den |någon |några )?(?:avsedda?|önskade?|åsyftade?|avsett|önskat|"
        r"tillräcklig|någon|större|nämnvärd) (?:effekt|verkan|resultat|genomslag)\w*|"
        r"(?:når|uppnår|nå|uppnå) (?:[\wåäö]+ )?(?:inte|ej|knappast) (?:sitt|sina|målet|målen|"
        r"syftet|de uppsatta)|"
        r"(?:inger|väcker|ger) (?:[\wåäö]+ )?(?:mer|mera|större|stora|starka) (?:tvivel|"
        r"oro|osäkerhet|betänkligheter)|inger (?:[\wåäö]+ )?(?:tvivel|oro)|"
        r"(?:är|var) (?:inte|ej) (?:helt )?(?:säker|säkra) (?:på|om) att",
        "kritik",
        0.65,
    ),
    # counted wrong, at another's cost, not preceded by what it should have been: "har räknats
    # alldeles för lågt", "gynnar de stora på de mindres bekostnad", "inte har föregåtts av
    # någon dialog", "har inte fått komma till tals"
    (
        r"(?:räknats|beräknats|uppskattats|bedömts|satts|värderats|budgeterats) (?:[\wåäö]+ )?"
        r"(?:för|alltför|alldeles för|väl) (?:lågt|högt|snävt|optimistiskt)|"
        r"på (?:[\wåäö]+ ){0,2}?bekostnad|på bekostnad av|"
        r"(?:har|ha|hade) (?:inte|ej) föregåtts av|(?:inte|ej) (?:har |ha )?föregåtts av|"
        r"(?:har|hade) (?:inte|ej|aldrig) (?:[\wåäö]+ )?fått (?:komma till tals|vara med|delta|"
        r"medverka|göra (?:sin|sina|vår|våra) (?:röst|röster) hörd\w*)",
        "kritik",
        0.65,
    ),
    # what the remiss overlooked: "har helt missat ovanifrånperspektivet", "utredaren har
    # försummat friluftslivet", "har glömt kraven på teknikneutralitet"
    (
        r"(?:har|hade) (?:[\wåäö]+ ){0,2}?(?:missat|förbisett|försummat|glömt bort|glömt|"
        r"negligerat|bortsett från)",
        "kritik",
        0.65,
    ),
    # made without those it concerns: "har tagits fram utan dialog med de berörda"
    (
        r"utan (?:föregående |någon |tillräcklig |en )?(?:dialog|samråd|förankring|konsultation|"
        r"delaktighet|medverkan) (?:med|hos|från|av)",
        "kritik",
        0.65,
    ),
    # a request in the passive: "Regeringen uppmanas att återkomma med …"
    (r"(?:uppmanas|ombeds|åläggs) (?:[\wåäö]+ )?att (?!yttra|lämna synpunkter)", "foreslar", 0.75),
    # a task refused: "Detta är inte en uppgift för kommunerna"
    (
        rf"(?:är|vore) {_NEGATION} (?:en )?(?:[\wåäö]+ )?(?:uppgift|fråga|ansvar|roll) för "
        rf"(?:{ACTORS}|oss|förbundet|föreningen|skolan|vården|civilsamhället)",
        "avstyrker",
        0.7,
    ),
    # the process left no room: "har inte medgett någon förankring", "har inte gett
    # tillräcklig tid för beredning"
    (
        r"(?:har|hade) (?:inte|ej) (?:[\wåäö]+ )?(?:medgett|möjliggjort|gett (?:tillräcklig |"
        r"någon )?(?:tid|utrymme|möjlighet))|(?:inte|ej) (?:har )?medgett",
        "kritik",
        0.7,
    ),
    # the remiss chose not to: "har valt att inte lägga förslag som …"; "men tyvärr …" (not
    # the answerer declining to answer: "Kommunen har valt att inte yttra sig")
    (
        r"(?:utredning\w*|utredaren|kommittén|regeringen|departementet|promemorian|"
        r"betänkandet) (?:har |hade )?(?:[\wåäö]+ ){0,2}?valt att (?:inte|avstå från|bortse "
        r"från)|"
        r"(?:kommunen|myndigheten) (?:har |hade )?(?:[\wåäö]+ ){0,2}?valt att (?:inte|avstå "
        r"från|bortse från)(?! (?:att )?(?:yttra|lämna (?:några |något )?(?:synpunkter|yttrande)|"
        r"svara|avge|kommentera))|men tyvärr",
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
    # the other verbs of support in the passive, where the answer is the agent or the
    # sentence ends on it: "Förslagen stöds av förbundet", "Förslaget godtas." (not
    # "verksamheten stöds av statliga bidrag")
    (
        r"(?:kan |bör )?(?:stöds|godtas|biträds|accepteras)(?= *[.!;]| av (?:oss|mig|"
        r"[\wåäö]*(?:förbundet|kommunen|regionen|nämnden|styrelsen|myndigheten|länsstyrelsen|"
        r"föreningen|organisationen|staden|verket|förvaltningen))(?![\wåäö]))",
        "tillstyrker",
        0.8,
    ),
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
        r"klok\w*|goda|gott|angelägen|angeläget|angelägna)|"
        # the remiss's measures found necessary are praised ("Förslaget är nödvändigt");
        # anything else found so is a view ("Det är nödvändigt för att …", "Samverkan är
        # nödvändig")
        r"[\wåäö]*(?:förslag|åtgärd|ändring|reform|satsning|insats|bestämmelse|regel|regl|"
        r"skärpning|lagändring)\w* (?:[\wåäö]+ ){0,3}?(?:är|torde vara|bedöms vara|"
        r"framstår som|förefaller vara|verkar vara) (?:(?:i högsta grad|både|väl|synnerligen|"
        r"särskilt) )?nödvändig\w*",
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
        r"(?:ett|en) (?:(?!bättre|lämpligare|rimligare|klokare|enklare|effektivare|"
        r"ändamålsenligare|naturligare)[\wåäö]+ )?(?:alternativ|lösning|väg framåt|väg|modell|"
        r"möjlighet|ansats|utgångspunkt) (?:är|vore|skulle vara|kan vara|skulle kunna vara) att",
        "foreslar",
        0.75,
    ),
    # another way named as better than the remiss's (the guide: against, with a demand): "En
    # lämpligare ordning vore att …", "Ett bättre sätt vore att …"
    (
        r"(?:ett|en) (?:mycket |betydligt |klart |långt )?(?:bättre|lämpligare|rimligare|"
        r"klokare|enklare|effektivare|ändamålsenligare|naturligare) (?:alternativ|lösning|väg|"
        r"ordning|modell|sätt|ansats) (?:är|vore|skulle vara) (?:att|enligt)",
        "avstyrker",
        0.75,
    ),
    # a change with advantage, a welcome in the conditional, who is to pay: "kan med
    # fördel ges större frihet", "Vi skulle välkomna en tydligare vägledning",
    # "Kostnaderna ska bäras av staten"
    (
        r"(?:kan|skulle kunna|bör|borde) (?:[\wåäö]+ ){0,3}?med fördel|"
        r"skulle (?:[\wåäö]+ )?välkomna|"
        r"(?:ska|skall|bör|borde|måste|behöver) (?:[\wåäö]+ ){0,2}?(?:bäras|betalas|"
        r"finansieras|täckas|bekostas|ersättas|kompenseras) (?:av|fullt|helt|till fullo)",
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
    # a demand named as such: "För föreningen är det ett absolut krav att planen ändras"
    (
        r"(?:(?:är|blir) det|det (?:är|blir)) (?:ett |en )?(?:absolut |ovillkorligt |tydligt |"
        r"självklart |grundläggande )?(?:krav|förutsättning|villkor) att",
        "kraver",
        0.8,
    ),
    # opposition in the words of a plan's or an inquiry's readers
    (
        rf"kan (?:vi |jag |man |[\wåäö]+(?:en|et|na) )?{_NEGATION} (?:godtas|accepteras|"
        rf"godkännas|tillstyrkas|{ADOPTED}|godta|acceptera|godkänna|tillstyrka|ställa (?:sig|oss) "
        r"bakom)",
        "avstyrker",
        0.9,
    ),
    (
        rf"{_NEGATION} (?:bör|ska|skall|får) (?:{ADOPTED}|genomföras|godkännas|beslutas|"
        r"fastställas|godtas|införas|vinna laga kraft)",
        "avstyrker",
        0.85,
    ),
    (
        rf"(?:bör|ska|skall|får|kan) {_NEGATION} (?:{ADOPTED}|genomföras|godkännas|beslutas|"
        r"fastställas|godtas|vinna laga kraft)",
        "avstyrker",
        0.85,
    ),
    # the remiss not to be carried on, in the active, the remiss its object: "Regeringen bör
    # inte gå vidare med förslaget", "ska inte genomföra reformen"
    (
        rf"(?:bör|borde|ska|skall|får) {_NEGATION} (?:heller )?(?:gå vidare med|driva vidare|"
        r"genomföra|införa|anta|fullfölja|lägga fram|besluta om|fastställa|godkänna|"
        r"förverkliga) (?:(?:det|den|de) )?(?:[\wåäö]+ )?(?:förslag|utredning|promemori|"
        r"betänkande|plan|reform|lagförslag|modell|detta|dessa|denna)\w*",
        "avstyrker",
        0.85,
    ),
    # the remiss put off or refrained from, or another way named instead (the guide: against,
    # with a demand): "Regeringen bör avvakta med förslaget", "Beslutet bör skjutas upp",
    # "Kommunen bör avstå från att bygga i området", "bör i stället satsa på …"
    # (with the one who would act before it, which the phrase of a need asked of them would
    # otherwise take: "Regeringen bör")
    (
        rf"(?:(?:{ACTORS}) )?(?:bör|borde|ska|skall|måste) (?:[\wåäö]+ ){{0,2}}?(?:avvakta|"
        r"vänta) med|"
        r"(?:bör|borde|ska|skall|måste) (?:[\wåäö]+ ){0,2}?(?:skjutas upp|skjutas på framtiden|"
        r"anstå|avvaktas|läggas på is)|"
        rf"(?:(?:{ACTORS}) )?(?:bör|borde|ska|skall|måste) (?:[\wåäö]+ ){{0,2}}?avstå från att|"
        rf"(?:(?:{ACTORS}) )?(?:bör|borde|måste) (?:[\wåäö]+ )?(?:i stället|istället|hellre|"
        r"snarare)(?! för)",
        "avstyrker",
        0.8,
    ),
    # a change of what is now asked not to be made: "Avgiften bör inte höjas", "Området bör
    # inte bebyggas", "Ansvaret bör inte flyttas till kommunerna" (a demand that stops what the
    # remiss would do; "bör inte gälla för …", a narrower scope, is a change asked for)
    (
        rf"(?:bör|ska|skall|får|borde) {_NEGATION} (?:heller )?(?:höjas|sänkas|införas|"
        r"bebyggas|exploateras|flyttas|upphävas|tas bort|slopas|avvecklas|läggas ned|rivas|"
        r"avverkas|förändras|ändras|utökas|skärpas|försämras|minskas|centraliseras|överföras|"
        r"tillåtas|byggas|uppföras|privatiseras|avskaffas|förlängas|förkortas|utvidgas|"
        r"genomföras|slås samman|sammanslås|delas upp|koncentreras|förstatligas|kommunaliseras)",
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
    (
        rf"invänder {_UNDENIED}{{0,2}}?mot|har (?:starka |allvarliga )?invändningar",
        "avstyrker",
        0.75,
    ),
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
        r"är (?:inte|svårligen|knappast) förenlig\w* med|"
        # hard to reconcile: "är svårförenligt med", "svårt att förena med", "går inte att
        # förena med"
        r"svårförenlig\w* med|(?:är |blir |vara )?svår(?:t|a)? att förena med|"
        r"(?:går|gick) (?:[\wåäö]+ )?(?:inte|ej) att förena med",
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
        r"(?:[\wåäö]+ )?(?:kort|för kort|otillräcklig)|"
        # the time given: "Vi fick väldigt kort tid på oss", "har fått orimligt kort tid att svara"
        r"(?:fick|får|har fått|hade|gavs|ges) (?:[\wåäö]+ ){0,2}?(?:alltför |mycket |orimligt |"
        r"väldigt |för )kort (?:tid|svarstid|remisstid)",
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
        r"(?= (?:att|för|med|i))|ser (?:vissa|några|flera|stora) risker|"
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
        r"summariskt|i förbigående|i (?:mycket )?(?:allmänna|generella|övergripande) "
        r"(?:ordalag|termer)|på ett (?:övergripande|generellt|allmänt|ytligt) sätt)|"
        r"(?:risken|faran) (?:är|blir) (?:[\wåäö]+ )?att",
        "kritik",
        0.7,
    ),
    (r"saknas|saknar|saknades|saknats|motsäger", "kritik", 0.65),
    # too much of something, said with an intensifier that only "too" takes: "är på tok för
    # lågt satta", "alldeles för inriktad på vägtransporterna", "alltför snäv"
    (r"(?:alldeles|på tok) för (?!att\b)[\wåäö]+|alltför (?!att\b)[\wåäö]+", "kritik", 0.65),
    # what the document could have done better: "kunde ha varit tydligare", "borde ha
    # redovisats", "hade kunnat vara mer utförlig"
    (
        r"(?:kunde|borde|hade kunnat|skulle ha kunnat) (?:[\wåäö]+ )?(?:ha )?(?:varit|vara) "
        r"(?:[\wåäö]+ )?(?:tydligare|bättre|utförligare|grundligare|mer (?:utförlig|genomarbetad|"
        r"tydlig|konkret)\w*)|borde (?:[\wåäö]+ )?ha (?:redovisats|utretts|beaktats|analyserats|"
        r"belysts|motiverats|kommunicerats)",
        "kritik",
        0.65,
    ),
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
        # unjust, arbitrary, self-defeating: "är orättvist mot låginkomsttagare"
        r"orättvis\w*|orättfärdig\w*|diskriminerande|godtycklig\w*|rättsosäker\w*|"
        r"kontraproduktiv\w*|verkningslös\w*|"
        # built on a misunderstanding: "tycks bygga på en missuppfattning"
        r"missuppfattning\w*|missförstånd\w*|feltolkning\w*|felbedömning\w*|"
        r"oförenlig\w*|ogenomtänkt\w*|otillfredsställande|oskälig\w*|ogenomförbar\w*|"
        # harm and unlawfulness: "vore förödande för landskapsbilden", "Det är olagligt att …"
        r"förödande|katastrofal\w*|ödesdig(?:er|ert|ra)|olaglig\w*|lagstridig\w*|"
        # no good solution found: "finns ingen tillfredsställande lösning för trafiken"
        r"(?:ingen|inte någon|inga) (?:tillfredsställande|godtagbar\w*|acceptab\w*|rimlig\w*|"
        r"hållbar\w*) (?:lösning|lösningar|analys|motivering|redovisning)|"
        # the same denied of it: "framstår dock inte som en tillfredsställande lösning"
        r"(?:framstår|ter sig|är) (?:dock |därför |alltså |enligt vår mening )?"
        r"(?:inte|ej|knappast) som (?:en |ett )?(?:tillfredsställande|godtagbar\w*|acceptab\w*|"
        r"rimlig\w*|lämplig\w*|ändamålsenlig\w*|hållbar\w*) (?:lösning|väg|ordning|modell|"
        r"avvägning)\w*|"
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
        # (also the second of two: "är komplext och svårt att tillämpa")
        r"(?:är|blir|vara) (?:[\wåäö]+ (?:och|samt) )?(?:mycket |därför |i praktiken )?"
        r"svår(?:t|a)? att (?:genomföra|"
        r"tillämpa|förstå|följa|efterleva|administrera|kontrollera|förena)|försvårar",
        "kritik",
        0.65,
    ),
    # the author's blind spots: "bortser helt från effekterna", "förbiser", "slår hårt mot"
    (
        r"bortser (?:[\wåäö]+ )?från|förbiser|negligerar|ignorerar|tar lätt på|förringar|"
        r"bagatelliserar|nonchalerar|viftar bort|"
        r"(?:slår|slå) (?:[\wåäö]+ )?(?:hårt|orimligt hårt|särskilt hårt|orättvist) mot",
        "kritik",
        0.7,
    ),
    # doubt of how it could work: "Vi har svårt att se hur förslaget ska kunna genomföras"
    (
        r"(?:kan|kunde) (?:[\wåäö]+ )?(?:inte|ej) se (?:hur|varför|vilket|vilken|vilka|"
        r"nyttan|behovet|syftet|vinsten|logiken)|"
        r"(?:det är )?svårt att se (?:hur|varför|vilket|vilken|vilka|vad|nyttan|behovet|syftet|"
        r"vinsten|logiken)|"
        r"har (?:mycket |därför )?svårt att se (?:hur|att|varför|vad|nyttan|behovet|syftet|"
        r"vinsten|motivet|skälen|logiken|fördelarna)|ser (?:inte|ej) (?:nyttan|vinsten|"
        r"fördelarna|logiken) (?:med|i)",
        "ifragasatter",
        0.7,
    ),
    # no reason to change what is now opposes the change: "ser ingen anledning att ändra den
    # nuvarande ordningen" (longer than the phrase of no reason to oppose, so it wins)
    (
        rf"(?:ser|finner|{_THERE_IS}) (?:inget|inte något|inga|inte några|ingen) (?:[\wåäö]+ )?"
        r"(?:skäl|anledning|behov) (?:att|av att|till att) (?:ändra|förändra|frångå|överge|"
        r"ersätta) "
        r"(?:på )?(?:den |det |de )?(?:nuvarande|dagens|gällande|befintliga|rådande)",
        "avstyrker",
        0.8,
    ),
    # no reason to oppose is support: "ser inga skäl att motsätta sig förslaget", "Det finns
    # ingen anledning att invända mot …"
    (
        rf"(?:ser|finner|{_THERE_IS}) (?:inget|inte något|inga|inte några|ingen) (?:[\wåäö]+ )?"
        r"(?:skäl|anledning) att (?:motsätta|invända|avstyrka|ifrågasätta|avvisa|kritisera|"
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
        r"prövat|prövats|hört|hörts|samrått|analyserat|analyserats|inventerat|inventerats)|"
        # "borde ha belyst", "borde ha övervägt": any supine after "borde ha"
        r"borde (?:[\wåäö]+ ){0,2}?ha (?:[\wåäö]+ )?[\wåäö]{2,}(?:at|it|t)(?![\wåäö])|"
        # what should be done by now, in the passive: "bör därför sådana områden ha
        # kartlagts", "bör redan ha utretts" (not "bör ha en plan")
        r"bör (?:[\wåäö]+ ){0,4}?ha (?:[\wåäö]+ )?[\wåäö]{4,}ts(?![\wåäö])",
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
        r"(?:yrkar|kräver|begär|föreslår|hemställer) (?:på |om )?att " + A_CHANGE_DENIED,
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
    # (not "bör utgå från barnens behov", a starting point)
    # (rejecting a part: the guide's borderline, against)
    (
        r"(?:bör|borde|ska|skall|måste) (?:därför |helt )?(?:utgå(?! från| ifrån)|strykas|"
        r"utgå ur förslaget)",
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
        # objections there are: "det finns fortfarande en del invändningar och frågetecken
        # kring planförslaget" (not "det finns inga invändningar")
        r"det finns (?:fortfarande |dock |ändå |också |även )?(?:en del |flera |vissa |många |"
        r"ett antal |stora |allvarliga |betydande )?(?:invändningar|frågetecken|betänkligheter|"
        r"tveksamheter)(?: och [\wåäö]+)? (?:kring|mot|när det gäller|beträffande|vad gäller|"
        r"angående)|"
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
        r"(?:är|utgör) (?:[\wåäö]+ )?(?:inget|inte något|inte ett) (?:[\wåäö]+ )?argument|"
        r"utan (?:någon |några |en )?(?:hänvisning till |stöd i )?(?:beräkning|analys|utredning|"
        r"redovisning|karta|"
        r"konsekvensbeskrivning|motivering|underlag|inventering|särskilda skäl|skäl|stöd i|"
        r"laglig grund)\w*",
        "kritik",
        0.7,
    ),
    (
        r"(?:säger|nämner|redovisar|anger|beskriver|tar upp|behandlar) (?:inget|ingenting|inte)"
        r"(?: om)?|(?:nämns|anges|redovisas|utreds|beaktas|prövas|belyses|analyseras|"
        r"hanteras|behandlas|diskuteras|kommenteras|uppmärksammas|problematiseras) "
        r"inte|(?:bedöms|berörs) inte alls|tas inte upp|"
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
        # what the remiss does not take up, said of it by name (not "Vi berör inte …")
        r"(?:utredningen|utredaren|utredarna|kommittén|promemorian|betänkandet|förslaget|"
        r"planen|planförslaget|remissen|strategin|programmet|rapporten|konsekvensutredningen|"
        r"konsekvensanalysen) (?:[\wåäö]+ )?(?:resonerar|diskuterar|problematiserar|behandlar|"
        r"berör|utreder|nämner|tar ställning till) (?:inte|ej|alls inte)|"
        r"tar (?:inte|ej|ingen|inte någon) (?:[\wåäö]+ )?(?:hänsyn|upp)|"
        r"(?:framgår|motiveras) (?:inte|ej)|"
        r"inte (?:framgår|tillgodos\w+|uppfyll\w+|säkerställ\w+|tydlig\w*|motiverat)",
        "kritik",
        0.7,
    ),
    # a point worth keeping in mind, said impersonally: "Det är värt att notera att …", "Man
    # bör ha i åtanke att …" stresses, asks no change
    (
        r"(?:det )?(?:är|vore) (?:[\wåäö]+ )?värt att (?:notera|nämna|påpeka|understryka|framhålla|"
        r"poängtera|betona|komma ihåg|ha i åtanke|påminna om|erinra om|observera)|"
        r"(?:bör|måste|behöver|ska|får) (?:man |vi |därför |också |även )*(?:ha i åtanke|"
        r"komma ihåg|hålla i minnet|ha i minnet|ha klart för sig|inte glömma) att",
        "framhaller",
        0.8,
    ),
    # the remiss, or a part of it, seen as a strength or as a weakness: "ser det som en
    # styrka att förslaget bygger på …", "ser det som en brist att …"
    (
        r"ser (?:[\wåäö]+ )?(?:det|detta) som (?:en )?(?:mycket |särskilt |stor )?(?:styrka|"
        r"fördel|tillgång|positivt|bra|välkommet|glädjande) att",
        "positiv",
        0.8,
    ),
    (
        r"ser (?:[\wåäö]+ )?(?:det|detta) som (?:en )?(?:mycket |särskilt |stor |allvarlig )?"
        r"(?:brist|svaghet|nackdel|problem|olyckligt|allvarligt|problematiskt|bekymmersamt) att",
        "kritik",
        0.8,
    ),
    # emphasis in the passive: "Det bör dock framhållas att …" stresses, asks no change
    (
        r"(?:bör|ska|kan|måste|vill jag|vill vi) (?:framhållas|understrykas|betonas|påpekas|"
        r"poängteras|noteras|nämnas)|"
        # its object between: "måste bristen på mark understrykas", "bör vikten av … betonas"
        r"(?:bör|ska|kan|måste) (?:det |dock |därför |också |även )?(?:bristen|behovet|vikten|"
        r"betydelsen|risken|faktum) (?:[\wåäö-]+ ){0,5}?(?:framhållas|understrykas|betonas|"
        r"påpekas|poängteras)",
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
        # a wish in the past or the conditional: "hade önskat att", "skulle önska",
        # "hade velat se"
        r"(?:hade|skulle ha) (?:[\wåäö]+ )?önskat|skulle (?:[\wåäö]+ )?önska|"
        r"hade (?:[\wåäö]+ )?velat (?:se|ha)|"
        r"vill (?:gärna|helst|hellre) se|ser (?:gärna|helst|hellre) att|önskar|önskvärt|"
        r"hoppas (?:att|på)|(?:har|hyser|uttrycker) (?:[\wåäö]+ )?förhoppning(?:en)? (?:att|om)|"
        # the hope as a noun: "Förbundets förhoppning är att …" (the guide: a proposal)
        r"förhoppning(?:en)? är att|"
        # the hope as what it is: "Det är föreningens förhoppning att …"
        r"(?:det är|är det) (?:[\wåäö]+ ){0,2}?förhoppning att|"
        # a preference of the answerer's own: "så föredrar vi korridor Väst"
        r"(?:vi|jag) föredrar|föredrar (?:vi|jag)(?![\wåäö])",
        "onskar",
        0.75,
    ),
    (
        # what would be better: "vore det bra om", "skulle vara värdefullt om"
        # and in the past: "hade det varit tydligare att …", "hade varit bättre om"
        r"(?:vore|skulle (?:[\wåäö]+ )?vara|kunde (?:det )?(?:[\wåäö]+ )?vara|"
        r"hade (?:[\wåäö]+ )?varit) (?:det |därför |också |"
        r"även |dock )?(?:mycket |betydligt "
        r")?(?:bra|önskvärt|lämpligt|lämpligare|rimligt|rimligare|värdefullt|bättre|klokt|"
        r"klokare|naturligt|naturligare|fördelaktigt|angeläget|positivt|välkommet|enklare|"
        r"tydligare|befogat|motiverat) (?:om|att)|"
        # a need stressed is a need: "vill framhålla behovet av", "pekar på behovet att"
        r"(?:vill (?:[\wåäö]+ )?)?(?:lyfta(?: fram)?|betona|understryka|påtala|peka på|"
        r"framhålla|poängtera|trycka på) behovet (?:av|att)|"
        # with the one it is told to between: "vill uppmärksamma regeringen på behovet av",
        # "vill påminna om behovet av", "fästa uppmärksamheten på behovet"
        r"(?:vill (?:[\wåäö]+ )?)?(?:uppmärksamma (?:[\wåäö]+ ){0,2}?på|påminna (?:[\wåäö]+ ){0,2}?"
        r"om|fästa (?:[\wåäö]+ ){0,2}?uppmärksamhet(?:en)? på|göra (?:[\wåäö]+ ){0,2}?"
        r"uppmärksam(?:ma)? på) behovet (?:av|att)",
        "foreslar",
        0.75,
    ),
    # a view that something ought to be: "anser det angeläget att", "finner det rimligt att",
    # "ser det som självklart att" (a principle unless it names a change: `_principle`)
    (
        r"(?:anser|finner) (?:[\wåäö]+ )?(?:det|detta) (?:vara )?(?:mycket |"
        r"därför |särskilt )?(?:angeläget|nödvändigt|viktigt|väsentligt|avgörande|önskvärt|"
        r"centralt|rimligt|lämpligt|självklart) att|"
        r"ser (?:[\wåäö]+ )?(?:det|detta) som (?:mycket |därför |särskilt |helt )?(?:angeläget|"
        r"nödvändigt|viktigt|väsentligt|avgörande|önskvärt|centralt|självklart|"
        r"en självklarhet) att",
        "foreslar",
        0.8,
    ),
    # what shall be stopped: "Planarbetet ska därför avbrytas" (a demand; `_demand` reads
    # whether it stops the remiss)
    (
        r"(?:ska|skall) (?:(?:därför|omedelbart|helt|genast|snarast) )*(?:avbrytas|avslås|"
        r"stoppas|dras tillbaka|återkallas|skrotas|läggas ned|stannas upp)",
        "foreslar",
        0.7,
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
        rf"(?:{ACTORS}) (?:bör|borde|måste|behöver|skulle behöva)(?! (?:inte|ej|icke|heller|"
        r"aldrig|kunna|ha)(?![\wåäö]))|"
        rf"(?:bör|borde|måste|behöver|skulle behöva) (?:{ACTORS})(?! (?:inte|ej|icke|heller|"
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
    # no need of it, said impersonally, is opposition to what the remiss would bring: "Det
    # behövs ingen ny myndighet", "Någon ny lag behövs inte", "Ingen särskild reglering
    # krävs"; a change of the remiss found needless is support ("Några ändringar behövs inte")
    (
        _no_need(
            rf"(?! (?:[\wåäö]+ )?{_CHANGES_OF_IT})",
            rf"(?!(?:[\wåäö]+ )?{_CHANGES_OF_IT})(?:[\wåäö]+ ){{1,4}}?",
        ),
        "avstyrker",
        0.7,
    ),
    (
        _no_need(
            rf"(?= (?:[\wåäö]+ )?{_CHANGES_OF_IT})",
            rf"(?=(?:[\wåäö]+ )?{_CHANGES_OF_IT})(?:[\wåäö]+ ){{1,4}}?",
        ),
        "tillstyrker",
        0.7,
    ),
    # a need in the conditional or the future: "Det skulle behövas ett samlat stöd", "det
    # kommer att krävas mer resurser"
    (
        r"(?:skulle|kommer att|torde) (?:(?!inte |ej |icke )[\wåäö]+ )?(?:behövas|krävas)"
        r"(?! (?:inte|ej)(?![\wåäö]))",
        "foreslar",
        0.7,
    ),
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
        r"fästa|rikta|"
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
    # a wish in other words: "En viktig sak vore att skydda området", "Självklart vill vi
    # också behålla banan" (not "vill vi påpeka": an emphasis)
    (
        r"(?:en|ett) (?:[\wåäö]+ )?(?:sak|åtgärd|steg|förbättring|insats) (?:vore|skulle "
        r"vara) att|"
        r"(?:(?:vi|jag) vill|vill (?:vi|jag)) (?:därför |också |även |gärna |dessutom |främst )?"
        r"(?:behålla|bevara|utveckla|utvidga|utöka|införa|återinföra|bygga ut|skapa|stärka|"
        r"förstärka|öka|minska|förbättra|satsa på|prioritera|skydda|värna|säkra|säkerställa|"
        r"bredda|förlänga|flytta|rusta upp)(?![\wåäö])",
        "foreslar",
        0.7,
    ),
    # the remiss not reaching its aim: "förslagen kommer inte att leda till fler bostäder",
    # "menar att förslaget inte kan lösa problemen"
    (
        r"(?:förslag\w*|planen|planförslaget|utredningen\w*|remissen|promemorian|åtgärde\w*|"
        r"ändringen|ändringarna) (?:[\wåäö]+ ){0,2}?(?:(?:inte|knappast|ej) (?:kommer att|kan|"
        r"skulle|torde)|(?:kommer|kan|skulle|torde) (?:inte|knappast|ej)(?: att)?) "
        r"(?:(?!antas)[\wåäö]+ ){0,2}?(?:leda till|bidra till|lösa|uppnå|nå|ge (?:någon|den|"
        r"avsedd))(?![\wåäö])",
        "kritik",
        0.75,
    ),
    # a shortcoming of the remiss's own account: "Konsekvensutredningen innehåller inte en
    # beskrivning av alternativa lösningar"
    (
        r"(?:innehåller|redovisar|beskriver|belyser|presenterar|analyserar) (?:inte|ej) "
        r"(?:heller )?(?:någon |några |en |ett |tillräckligt |närmare )?(?:[\wåäö]+ )?"
        rf"(?:{_WORK_OF_IT}\w*|konsekvens\w*|kostnad\w*)",
        "kritik",
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
        rf"delar {_NEGATION} (?:helt |riktigt |fullt ut |alls )?(?:i )?(?:(?:den|denna|dess|"
        r"[\wåäö]+s) )?(?:bedömning|uppfattning|slutsats|syn|förslag|analys|ståndpunkt|"
        r"ambition|intention|målsättning|utgångspunkt|inriktning|bild|beskrivning|"
        r"problembild|problembeskrivning|verklighetsbeskrivning|åsikt|synsätt|tolkning|"
        r"resonemang|hållning)(?:en|et|ar|erna|na|er)?",
        "avstyrker",
        0.85,
    ),
    (rf"(?:ser|såg) {_NEGATION} positivt på", "avstyrker", 0.8),
    (rf"(?:är|var) {_NEGATION} positiv(?:a|t)? till", "avstyrker", 0.8),
    (r"avstyrker|avstyrkte", "avstyrker", 0.95),
    (r"motsätter sig(?! inte)|motsatte (?:sig|oss|mig)(?! inte)", "avstyrker", 0.9),
    (r"ställer (?:sig|oss) avvisande", "avstyrker", 0.85),
    (r"avvisar|avfärdar|tillbakavisar", "avstyrker", 0.8),
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
        rf"(?:är|blev|var) (?:mycket |djupt |något |därför )?{_DISMAYED}"
        # two at once: "är förvånade och besvikna över att …"
        rf"(?: och (?:mycket |djupt )?{_DISMAYED})? (?:över|på|att)|"
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
        r"kritik (?:mot|av)|"
        # criticism held to: "förnyar därför sin kritik", "vidhåller vår kritik"
        rf"(?:förnyar|upprepar|vidhåller|står fast vid) {_UNDENIED}?(?:sin|vår|min|tidigare) "
        r"kritik|"
        # remarks there are to make: "Det finns dessutom en del att anmärka på hur …"
        rf"(?:finns|har) {_UNDENIED}?(?:en del|mycket|flera saker|en hel "
        r"del|en del saker) att (?:anmärka|invända) (?:på|mot)",
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
        r"negativt) (?:till|mot|på (?:flera|många|ett antal|några|vissa) punkter)|"
        # with no object, closing its clause: "har svarat på remissen och är starkt kritiska."
        r"(?:är|var) (?:mycket |starkt )(?:kritisk|kritiska|kritiskt)(?= ?(?:[.!;]|[–-] |$))",
        "avstyrker",
        0.75,
    ),
    # criticism received, on a page that reports it: "Förslaget får hård kritik av …"
    (
        r"(?:får|fick|möter|mötte) (?:[\wåäö]+ ){0,2}?(?:kritik|invändningar|mothugg) "
        r"(?:av|från)",
        "kritik",
        0.7,
    ),
    (
        r"ställer (?:sig|oss|mig) (?:mycket )?(?:frågande|undrande|tvivlande)|"
        r"(?:är|var) (?:[\wåäö]+ )?(?:frågande|undrande|tvivlande) (?:till|inför)",
        "ifragasatter",
        0.8,
    ),
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
        r"huvudsakligen|i allt väsentligt|delvis|(?:i )?huvuddragen|till (?:stor|största) del|"
        r"till största delen|i stora delar)",
        "tillstyrker_delvis",
        0.9,
    ),
    # support of the proposal but a part of it: "tillstyrker förslagen med undantag för …"
    (
        r"(?:tillstyrker|stöder|stödjer|ställer (?:sig|oss) bakom) (?:[\wåäö]+ ){0,2}?"
        r"(?:förslag|utredningens|promemorians|betänkandets)\w*(?: [\wåäö]+)?,? "
        r"(?:med undantag (?:för|av)|utom|förutom)|"
        # in the passive: "Förslagen tillstyrks, med undantag för …"
        r"(?:tillstyrks|stöds|godtas),? (?:med undantag (?:för|av)|utom|förutom)",
        "tillstyrker_delvis",
        0.9,
    ),
    (
        r"(?:tillstyrker|tillstyrks) (?:i huvudsak|i stort|till (?:stor|största) del|i stora "
        r"delar|med (?:vissa |följande )?(?:förbehåll|reservation))|"
        # the reservation after the object: "tillstyrker förslaget i allmänhet", "bifaller
        # utredningens förslag i stort"
        r"(?:tillstyrker|bifaller|stöder|stödjer|välkomnar) (?:[\wåäö]+ ){1,3}?(?:i allmänhet|"
        r"i stort(?: sett)?|i det stora hela|över lag|överlag|i huvudsak|i huvuddrag)"
        r"(?=[.,;]|$| men)",
        "tillstyrker_delvis",
        0.9,
    ),
    (
        r"(?:ställer (?:sig|oss)|är|delar|ser) (?:delvis|i huvudsak|i stort(?: sett)?|överlag|"
        r"över lag|i det stora hela|i allmänhet|huvudsakligen|i allt väsentligt)"
        r"(?: (?:positiv|positiva|positivt|bakom))?",
        "tillstyrker_delvis",
        0.85,
    ),
    (
        r"med (?:vissa |följande |de |några |ett par |ett antal |en )?(?:förbehåll|reservationer|"
        r"reservation|invändningar)|med (?:vissa|några|ett par|ett antal|ett fåtal) undantag"
        r"(?! från)",
        "tillstyrker_delvis",
        0.75,
    ),
    # support of a part: "positiva till delar av förslaget", "kan delvis ställa oss bakom"
    (
        r"(?:(?:ställer (?:sig|oss) |är )?positiv\w*|ställer (?:sig|oss) bakom|stöder|stödjer|"
        r"tillstyrker) (?:till )?"
        r"(?:delar|vissa delar|en del|delar|några delar) av|"
        # "positiv till de flesta av förslagen", "stöder merparten av", "positiva till många
        # av utredningens förslag", "positiva till mycket i förslaget": much, not all
        r"(?:(?:ställer (?:sig|oss) |är )?(?:(?:i grunden|generellt|överlag|allmänt) )?"
        r"positiv\w*|ställer (?:sig|oss) bakom|stöder|stödjer|"
        r"tillstyrker|välkomnar|kan (?:ställa (?:sig|oss) bakom|stödja|tillstyrka|godta)) "
        r"(?:till )?(?:de flesta|merparten|huvuddelen|flertalet|majoriteten|många av|flera av|"
        r"mycket(?: i| av|(?=,| och|\.))|det mesta|(?:en )?stora? del(?:ar)? av)|"
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
        # in the singular too: "har ingen invändning mot förslaget"
        r"(?:inga|inte några) (?:invändningar|erinringar)|(?:ingen|inte någon) invändning|"
        # an aside between: "har inte i sig någon invändning mot de föreslagna ändringarna"
        r"(?:inte|ej) (?:i sig|i princip|egentligen|alls) (?:någon|några) (?:invändning(?:ar)?|"
        r"erinring(?:ar)?))(?: mot)?",
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
        r"avge (?:något )?yttrande|kommentera)",
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
    (r"ställer (?:sig|oss) (?:(?!inte |ej |icke )[\wåäö-]+ ){0,3}?bakom", "tillstyrker", 0.9),
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
    # a yes said, and gains seen in it: "Regionen säger ja till att ingå i …", "Vi kan även se
    # fördelar med det föreslagna fördraget", "Det finns stora vinster med att …"
    (r"(?:säger|sade|sa) (?:[\wåäö]+ )?ja till", "tillstyrker", 0.8),
    (
        r"(?:ser|se) (?:(?!inga |inte |ej |icke |några |få )[\wåäö]+ ){0,2}?(?:fördelar|vinster) "
        r"(?:med|i)|"
        r"(?:det )?finns (?:det )?(?:stora |tydliga |flera |många |klara )?(?:fördelar|vinster) "
        r"med",
        "positiv",
        0.7,
    ),
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
    # not against it (litotes): "Vi är inte negativa till förslaget", "är inte främmande för
    # en sådan ordning", "är inte emot att …"; before a "men" it only concedes ("Vi är inte
    # emot att det byggs, men planen bör inte antas …", "inte emot X, utan emot Y"), and the
    # turn carries the stand
    (
        r"(?:(?:är|var) (?:inte|ej) (?:[\wåäö]+ )?(?:negativ|negativa|negativt) till|"
        r"(?:är|var) (?:inte|ej) (?:[\wåäö]+ )?(?:främmande|avvisande) (?:för|till)|"
        r"(?:är|var) (?:inte|ej) emot)(?![^.!?]* (?:men|utan) )",
        "positiv",
        0.7,
    ),
    # support as a noun, the answerer's to give: "Förslaget får vårt fulla stöd", "vill
    # uttrycka sitt stöd för förslaget", "ger sitt odelade stöd till" (not "statens stöd")
    (
        r"(?:får|fick|har|ges|vinner) (?:vårt|mitt|[\wåäö]*(?:förbundets|kommunens|nämndens|"
        r"regionens|styrelsens|myndighetens|länsstyrelsens|föreningens|organisationens|"
        r"stadens)) (?:fulla |odelade |starka |helhjärtade |tydliga |principiella )?stöd|"
        r"(?:ger|ge|gav|uttrycker|uttrycka|uttryckte|uttalar|uttala|uttalade) (?:härmed )?"
        r"(?:sitt|vårt|mitt) (?:fulla |odelade |starka |helhjärtade |tydliga |principiella )?"
        r"stöd (?:för|till|åt)",
        # (a verdict, not a verb of saying: "Förslaget har förbundets stöd" is the answer's)
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
        r"(?:noterar|hälsar|ser|konstaterar) (?:[\wåäö]+ ){0,2}?med (?:stor )?"
        r"(?:tillfredsställelse|glädje)|"
        # a good thing noted: "noterar det positiva i att …"
        r"(?:noterar|ser|konstaterar) (?:[\wåäö]+ )?det positiva (?:i|med) att",
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
        r"[\wåäö]+s) (?:egen |egna )?(?:ståndpunkt|syn|uppfattning|linje|politik|hållning|"
        r"strategi|målsättning|inriktning|program|ambition)\w*",
        "positiv",
        0.7,
    ),
    # the subject may stand inside it, after a fronted clause: "Eftersom förslaget … ställer
    # sig Region Gotland positiv till det" (a name of up to three words, no negation)
    (
        r"ställer (?:sig|oss|mig) (?:(?!inte |ej |icke )[\wåäö-]+ ){0,3}?(?:mycket )?positiv\w*",
        "positiv",
        0.95,
    ),
    # the subject may stand after the verb: "Annars ser regionförbundet positivt på att …"
    (r"(?:ser|såg) (?:(?!inte|ej|icke)[\wåäö]+ )?(?:mycket )?positivt på", "positiv", 0.9),
    (r"(?:är|var) (?:mycket )?positiv(?:a|t)? (?:till|över)", "positiv", 0.85),
    (
        r"är (?:på det stora hela|i grunden|i princip|överlag|generellt|mycket|allmänt) "
        r"positiv(?:a|t)?",
        "positiv",
        0.8,
    ),
    (r"anser (?:det|detta) (?:vara )?(?:bra|positivt|värdefullt|välkommet)", "positiv", 0.8),
    (r"välkomnar", "valkomnar", 0.95),
    (r"instämmer", "instammer", 0.95),
    # agreement in an adjective: "är eniga med utredningen om att …", "är helt ense med", "är
    # överens med" (not "stämmer överens med", what a plan conforms to)
    (r"(?:enig|eniga|enigt|ense) med|(?:är|var) överens med", "instammer", 0.9),
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
    (
        r"delar (?:bedömningen|uppfattningen|slutsatsen|synen|utredningens|bilden|"
        r"problembilden|beskrivningen|problembeskrivningen)",
        "instammer",
        0.9,
    ),
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
    # urging someone to act: "uppmuntrar kommunen att se till helheten" (not praise of a
    # work: "uppmuntrar arbetet")
    (r"uppmuntrar (?:[\wåäö]+ ){1,3}?att", "foreslar", 0.75),
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
    # "vill göra regeringen uppmärksam på att …": a point brought to notice
    (r"göra (?:[\wåäö]+ ){0,3}?uppmärksamm?a? på", "vill_papeka", 0.8),
    (r"(?:lyfter|lyfte|lyft) (?:[\wåäö]+ )?fram (?:att|vikten|behovet)", "vill_papeka", 0.8),
    (
        r"vill (?:[\wåäö]+ ){0,2}?(?:slå fast|fastslå|markera|poängtera|erinra om)",
        "framhaller",
        0.85,
    ),
    # promise seen in the remiss: "ser stora möjligheter med förslaget" (promise seen in
    # anything else is the answer's outlook: workbench.answer.judgement)
    (
        r"ser (?:(?!inga |ingen |inget |inte |knappast |få |små )[\wåäö]+ ){0,2}?(?:potential|"
        r"möjligheter|fördelar) (?:i|med) (?:det |detta |"
        r"de |den )?(?:föreslagna |nya )?(?:förslag|utredning|promemori|betänkande|reform|"
        r"modell|ordning|ändring)\w*",
        "positiv",
        0.75,
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
    # attention drawn to a point: "vill fästa uppmärksamheten på att …", "fäster
    # nämndens uppmärksamhet vid", "vill rikta uppmärksamheten mot"
    (
        r"(?:vill (?:[\wåäö]+ )?)?(?:fästa|fäster) (?:[\wåäö]+ ){0,2}?uppmärksamhet(?:en)? "
        r"(?:på|vid)|vill (?:[\wåäö]+ )?rikta (?:[\wåäö]+ ){0,2}?uppmärksamhet(?:en)? (?:mot|på)",
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
    # views held again, which the answer gave before: "står fast vid de synpunkter som då
    # lämnades", "vidhåller sitt tidigare yttrande"
    (
        r"(?:står|stod) (?:[\wåäö]+ )?fast vid (?:sina|sin|sitt|våra|vår|vårt|de|den|det|"
        r"tidigare)|vidhåller (?:sina|sin|sitt|våra|vår|vårt|de|den|det|tidigare)",
        "anser",
        0.75,
    ),
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
    # the remiss's proposal carried out, wished for, is support: "Det är angeläget att
    # förslaget om … genomförs", "Det är viktigt att reformen kommer till stånd snarast"
    (
        r"(?:det är|är det) (?:mycket |därför |särskilt |högst )?(?:angeläget|viktigt|bra|"
        r"positivt|välkommet|nödvändigt|önskvärt) att (?:förslag(?:et|en)|reformen|"
        r"ändring(?:en|arna)|[\wåäö]+s förslag(?:et|en)?)(?: [^.!?,]{0,80}?)? (?:genomförs|"
        r"införs|antas|realiseras|förverkligas|kommer till stånd|blir verklighet|"
        r"träder i kraft)(?: (?:snarast|skyndsamt|så snart som möjligt|så fort som möjligt|"
        r"fullt ut|som föreslaget|enligt förslaget))*(?= *[.!]|$)",
        "tillstyrker",
        0.8,
    ),
    (r"(?:det är|är det) (?:mycket |särskilt )?viktigt att", "foreslar", 0.5),
    # what must come about: "Det är angeläget att finansieringen säkerställs"
    (
        r"(?:det är|är det|det känns|känns det) (?:mycket |därför |särskilt )?(?:angeläget|"
        r"nödvändigt|avgörande|väsentligt) att",
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
        # (what a thing could suit: "lokaler som skulle kunna lämpa sig för …")
        r"utgöra|bidra|lämpa|passa|fungera|rymma|inrymma|tjäna)"
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
    "avfärdar": "avfärdar|avfärdade|avfärdat",
    "tillbakavisar": "tillbakavisar|tillbakavisade|tillbakavisat",
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
PHRASES = [
    (re.sub(r"(?<![\wåäö])sig(?![\wåäö])", "(?:sig|oss|mig)", _in_the_past(p)), key, weight)
    for p, key, weight in PHRASES
]
