"""Who speaks in an answer: the cues a registrator reads the sender from, each tied to a name.

- `intro`: the answer introduces itself as the one answering: "<Org> har tagit del av …",
  "<Org> har fått rubricerat betänkande på remiss", "<Org> lämnar följande synpunkter", "Den 3
  maj lämnade <Org> sitt yttrande", "… har remitterats till <Org>", "… har anmodat <Org> att
  yttra sig", "<Org> tackar för möjligheten …", "Detta är ett yttrande från <Org>".
- `own`: the answer names itself in the genitive of what it is, at its head (title, headings,
  opening) as a title does: "<Org>s remissvar", "<Org>s yttrande över …", "Här följer <Org>s
  remissyttrande", or as from it: "Yttrande från <Org> till …"; or a decision adopts the
  text as its answer: "… överlämnar förvaltningens synpunkter som <Org>s yttrande". Reported
  ("Trafikverkets yttrande … visar att …") or further on, it only names the body
  (`mention`), which identifies no writer and backs no cue.
- `about`: it presents itself: "<Org> är en ideell förening …", "<Org> representerar …".
- `opening`: the name speaks in the answer's first sentences ("<Org> tillstyrker …").
- `voice`: the name is the subject of a stand ("<Org> anser", "Därför avstyrker <Org>", "<Org>
  är positivt till") or holds it as its view ("<Org>s uppfattning är att", "Enligt <Org>s
  bedömning") in two sentences or more, counted over the document; once is no cue (a cited
  body says as much: "Boverket anser i sin vägledning …").
- `letterhead`: an organisation's name alone on one of the first lines, not an address block,
  not after "Till"; a name without a kind ("Sveriges Konsumenter i Samverkan") only where the
  answer also introduces itself by it; `header`: a running header that names one; `footer`:
  its own address in the closing ("Post: <Org>, Box …"); `signature`: the name alone on one of
  the last lines.
- `email`: an e-mail address in the letterhead or closing whose domain holds the name's
  words or initials (support only); `known`: a name the store holds, at the edges.

Never a name: the remiss's sender, a "Till …" addressee, a department or Regeringskansliet,
the words answers use of any body ("Utredningen", "Föreningen", "Vi"), a case number. A short
form joins its full name: a definite form ("Läkarförbundet" for "Sveriges läkarförbund"), an
abbreviation given in apposition ("Kungl. Skogs- och Lantbruksakademien, KSLA,",
"Säkerhets- och försvarsföretagen (SOFF)", "…, nedan SOFF,").

An organisation is `agreed` on when two independent cues name it: one that identifies the
writer (`intro`, `own`, `about`, a letterhead, header, footer or signature) and a cue of another
kind on another line. Speaking as a subject (`voice`, `opening`) only backs such a cue: an
answer speaks of the body whose remiss it answers as it speaks of itself ("Boverket föreslår
…", "Boverket anser …"). It is `strong` when any cue but a single stand names it.

Never sure, whatever its cues: the remiss's author as the answer names it (`author`):
"Boverkets förslag", "förslag från Boverket", "Boverket har tagit fram ett förslag", "Boverket
har fått i uppdrag att …". A name at the top followed by an address, a box or an e-mail is an
address block, the sender's or the addressee's, and no letterhead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from dataclasses import dataclass, field
from functools import lru_cache

from workbench.answer.patterns import led
from workbench.answer.read import AnswerText

# A capitalised word of a name ("Kungl.", "Skogs-", "SvFF", "UNICEF"), and the lower-case
# words an organisation's name may hold ("Sveriges läkarförbund", "Tjörns naturskyddsförening").
_CAP = r"[A-ZÅÄÖ][\wåäöéü&]*(?:\.(?= [A-ZÅÄÖ])|-)?"
_LOWER = (
    r"[a-zåäö]*(?:förbund|förening|kommun|stad|nämnd|styrelse|akademi|råd|verk|institut|"
    r"universitet|högskola|organisation|sällskap|samfund|företag|bolag|kommitté|delegation|"
    r"myndighet|inspektion|kollegium|ombudsman|centrum|län|landsting|region|vänner|"
    r"samfällighetsförening)(?:et|en|n|a|na)?"
)
# A body named for what it is for, in lower case after "för": "Myndigheten för delaktighet",
# "Institutet för mänskliga rättigheter", "Myndigheten för vård- och omsorgsanalys", "Statens
# institut för kommunikationsanalys"; not "Myndigheten för sin del".
_FOR_WHAT = (
    r"(?:(?:Myndigheten|Institutet|Inspektionen|Rådet|Centrum|Centret|Stiftelsen|Riksförbundet|"
    r"Förbundet|Föreningen|Sällskapet|Nämnden|Delegationen|Kommissionen|Akademien|Verket)|"
    r"(?:Statens|Sveriges) (?:institut|råd|nämnd|centrum|verk|myndighet|inspektion|akademi)) "
    r"för (?!(?:sin|sitt|sina|dess|egen|eget|vår|vårt|våra|deras|en|ett|att|det|den|de) )"
    r"(?:[a-zåäö]+(?:-| och| samt|,)? ){0,3}?[a-zåäö]+"
)
ORG = (
    # an abbreviation set before the name with a dash: "TU – Medier i Sverige", "SULF –
    # Sveriges universitetslärare och forskare"
    r"(?:[A-ZÅÄÖ]{2,6} [–-] )?"
    rf"(?:{_FOR_WHAT}|"
    # a place joined by a hyphen: "Naturskyddsföreningen i Södertälje-Nykvarn"
    rf"{_CAP}(?:(?<=-) ?och [\wåäö]+|(?<=[a-zåäö]-){_CAP}|(?: (?:i|för|på|och) | )(?:{_CAP})|"
    # a kind word may end the name before its genitive: "Norsjö kommuns yttrande", after an
    # adjective of the name: "Sveriges kristna råd"
    rf"(?:(?<=s) [a-zåäö]+[ae])? {_LOWER}(?=s?(?![\wåäö]))){{0,4}})"
)
_BEFORE = r"(?:^|(?<=[.!?:;•–)]\s)|(?<=^[-–•] )|(?<=\"\s)|(?<=”\s))"
_APPOSITION = (
    r"(?:,? \((?:nedan |fortsättningsvis |härefter )?[\wåäö&-]{2,12}\)|"
    r", (?:nedan |fortsättningsvis |härefter )?[A-ZÅÄÖ][\wåäö&-]{1,11},)?"
)
_VOICE_VERBS = (
    r"(?:också |även |därför |dock |vidare |återigen |i huvudsak |i allt väsentligt |"
    r"härmed |inte |sammantaget )?"
    r"(?:tillstyrker|avstyrker|välkomnar|instämmer|föreslår|anser|understryker|betonar|"
    r"framhåller|konstaterar|noterar|ser (?:positivt|negativt|det|inte|med|gärna|också|även)|"
    r"ställer sig|har inga (?:synpunkter|invändningar|kommentarer)|"
    r"har inget att (?:erinra|invända|tillägga)|har(?:, [^,]{1,90},)? inte några synpunkter|"
    r"delar|stödjer|stöder|förordar|menar|bedömer|vill|kan inte|motsätter sig|"
    r"ifrågasätter|saknar|yrkar|begär|kräver|rekommenderar|värdesätter|beklagar|uppskattar|"
    r"efterfrågar|efterlyser|vidhåller|godtar|accepterar|önskar|har (?:främst |särskilt )?"
    r"granskat|är (?:[\wåäö]+ ){0,4}?(?:positiv|positivt|positiva|negativ|negativt|"
    r"negativa|kritisk|kritiskt|kritiska|tveksam|tveksamma|emot))(?![\wåäö])"
)
# How the remiss reached the answerer, between "har" and the formula's participle.
_OCCASION = (
    r"har (?:(?:genom|via|i|enligt) (?:en |sin )?(?:remiss|e-post|brev|skrivelse)|av|från) "
    r"[^.;:!?]{0,80}? (?:beretts|getts|givits|erbjudits|ombetts|anmodats|inbjudits) "
    r"(?:tillfälle|möjlighet|att (?:yttra|lämna|avge|inkomma|svara))"
)
_INTRO_VERBS = (
    r"(?:har (?:nu |idag |i dag |härmed )?(?:fått|getts|beretts|erbjudits|inbjudits|ombetts|"
    r"anmodats|blivit ombedd|blivit inbjuden)|har tagit del av|"
    # the formula with its occasion between: "har genom remiss den 30 september 2020 beretts
    # tillfälle att …", "har av Finansdepartementet ombetts att yttra sig"
    rf"{_OCCASION}|"
    r"(?:lämnar|avger|överlämnar|ger|anför|framför)(?: härmed)?(?: följande| sina| sitt| sin|"
    r" sedan)? (?:synpunkter|yttrande|remissvar|svar|kommentarer|tjänsteutlåtande|"
    r"remissyttrande)|har (?:som remissinstans )?följande (?:synpunkter|kommentarer)|"
    r"har (?:nu |idag |i dag |härmed )?(?:lämnat|skickat|avgett|överlämnat|svarat|yttrat sig)|"
    r"yttrar sig|svarar på|tackar för (?:möjligheten|tillfället|inbjudan)|har följande|"
    # "ber härmed att få överlämna följande synpunkter", "får härmed avge följande yttrande"
    r"(?:ber (?:härmed |därför )?(?:att )?få |får (?:härmed |därför )?)(?:lämna|överlämna|avge|"
    r"framföra|anföra|inkomma med) (?:följande |sina |sitt |sin |nedanstående )?(?:synpunkter|"
    r"yttrande|remissvar|svar|kommentarer|remissyttrande))"
    r"(?![\wåäö])"
)
_OWN_NOUNS = (
    r"(?:remissvar|yttrande|remissyttrande|svar på|synpunkter|ställningstagande|inställning|"
    r"uppfattning|tjänsteutlåtande|förslag till beslut|diarienummer|dnr)(?![\wåäö])"
)
_SUBJECT = led(
    rf"{_BEFORE}(?P<name>{ORG}){_APPOSITION} (?P<verb>{_INTRO_VERBS}|{_VOICE_VERBS})|"
    # a long name that ends in its abbreviation: "Myndigheten för … beredskap (MSB) har fått"
    rf"\((?P<short>(?=(?:\w*[A-ZÅÄÖ]){{2}})[A-ZÅÄÖ][\wåäö&]{{1,7}})\),? "
    rf"(?P<verb2>{_INTRO_VERBS}|{_VOICE_VERBS})"
)
# Inverted order after an adverbial opening: "Därför anser Naturvårdsverket", "Den 14 februari
# 2022 lämnade Naturskyddsföreningen i Motala in sitt yttrande", "Såvitt Regelrådet kan bedöma".
_INVERTED = led(
    rf"{_BEFORE}(?i:därför|dock|vidare|dessutom|sammanfattningsvis|inledningsvis|"
    r"först och främst|till att börja med|"
    r"avslutningsvis|slutligen|sammantaget|i övrigt|idag|i dag|nu|härmed|därmed|således|"
    r"generellt|övergripande|gällande [^.]{3,80}?|den \d{1,2} [a-zåäö]+(?: \d{4})?|"
    # "I remissvaret betonar Energiföretagen att …": the answer's page speaks of the answer
    r"i (?:remissvaret|yttrandet|remissyttrandet|sitt (?:remissvar|yttrande|remissyttrande))) "
    rf"(?P<verb>lämnade|skickade|överlämnade|har|{_VOICE_VERBS}) (?P<name>{ORG})(?![\wåäö])"
)
_PAST = re.compile(r"har (?:nu |idag |i dag |härmed )?(?:lämnat|skickat|avgett|överlämnat|svarat)")
# "har fått/getts …" followed by an assignment, not a remiss: the author of what is answered
# ("Boverket har fått i uppdrag att …", "har getts regeringens uppdrag").
_ASSIGNED = re.compile(r"\s*(?:[\wåäö]+ ){0,3}?(?:i uppdrag|uppdrag|i uppgift)", re.I)
_GIVEN = re.compile(r"har (?:nu |idag |i dag |härmed )?(?:fått|getts|givits|erbjudits|beretts)")
# What the answer answers, named as a body's own: the remiss's author. "Boverkets förslag",
# "förslag från Boverket", "Boverket har tagit fram ett förslag", "har remitterats av …".
_THING = (
    r"(?:förslag(?! till beslut)|remiss(?!var|svar|yttrande|instans)|remissförslag|rapport|"
    r"promemoria|föreskrifter|utredning|betänkande|vägplan|järnvägsplan|planförslag|samrådshandling|"
    r"samrådsunderlag|konsekvensutredning|regeringsuppdrag|inriktningsunderlag)(?![\wåäö])"
)
_AUTHOR = led(
    rf"(?P<name>{ORG}?)(?:s|:s|’s|'s) (?:nya |reviderade |föreslagna |aktuella |"
    rf"remitterade |nu remitterade )?{_THING}|"
    rf"{_THING}(?: [\wåäö-]+){{0,5}}? från (?P<name2>{ORG})|"
    rf"(?P<name3>{ORG}) har (?:nu |tidigare |även )?(?:tagit fram|utarbetat|remitterat|"
    r"skickat ut|presenterat|publicerat|lämnat) (?:ett |en |sitt |sin |nya |ett nytt )?"
    rf"(?:[\wåäö-]+ )?{_THING}|"
    rf"(?:remitterats|remitterat|skickats ut|sänts ut) av (?P<name4>{ORG})|"
    # the one who plans what is answered: "Trafikverket planerar att bygga en ny väg"
    rf"(?P<name5>{ORG}) (?:planerar|avser) (?:att |en |ett |nu )"
)
# A word every `_AUTHOR` match holds: the sentences without one are passed over at once.
_AUTHOR_WORDS = re.compile(rf"{_THING}|remitter|skickats ut|sänts ut|planerar|avser")
# "Vi anser", "Jag motsätter mig", "Vi som bor vid ängen motsätter oss"
_FIRST_PERSON = led(rf"{_BEFORE}(?:Vi|Jag)(?: som [^.!?,;]{{1,60}}?)? (?:{_VOICE_VERBS})")
_REPORTED_ANSWER = re.compile(r"\s*(?:idag |i dag |nu )?(?:lämnat|skickat|överlämnat|svarat)")
# A stand held as the name's own view: "LO:s uppfattning är att …", "Enligt Norsjö kommuns
# bedömning …" (as "LO anser …": a voice, which backs a cue and names no writer alone).
_VIEW = led(
    rf"{_BEFORE}(?P<name>{ORG})(?:s|:s|’s|'s) (?:uppfattning|bedömning|ståndpunkt|inställning) "
    rf"är|(?<![\wåäö])(?i:enligt) (?P<name2>{ORG})(?:s|:s|’s|'s) (?:uppfattning|bedömning|"
    r"mening)(?![\wåäö])"
)
_SO_FAR = re.compile(rf"(?:^|\s)[Ss]åvitt (?P<name>{ORG}) (?:kan|har kunnat) (?:bedöma|se)")
_OBJECT = led(
    rf"(?:remitterats|skickats på remiss|skickats|sänts på remiss) till (?P<name>{ORG})|"
    rf"(?:anmodat|inbjudit|bett|gett|gav|erbjudit|givit) (?P<name2>{ORG}) (?:möjlighet )?att "
    r"(?:yttra sig|lämna|inkomma|avge)"
)
_OWN = led(
    rf"(?:^|^(?i:här följer|nedan följer|detta är) |(?<=[.!?:]\s))(?P<name>{ORG}?)"
    rf"(?:s|:s|’s|'s){_APPOSITION} {_OWN_NOUNS}"
)
# The answer's own document named as from its writer: a title "Yttrande från <Org> …"
# (`own`), or a sentence that presents it, "Detta är ett samordnat yttrande från
# kommunstyrelsen i <Org>" (`intro`); at the answer's head only.
_FROM = led(
    r"^(?P<presented>(?i:detta är|här följer|nedan följer|härmed lämnas) (?:[\wåäö]+ ){0,3}?)?"
    r"(?i:remissvar|remissyttrande|yttrande|synpunkter|svar|ställningstagande) från "
    rf"(?:[a-zåäö]+ (?:i|för) )?(?P<name>{ORG})"
)
# A decision that adopts the text as the writer's answer: "Kommunstyrelsen överlämnar
# förvaltningens synpunkter som Kungsbacka kommuns yttrande till Marks kommun".
_ADOPTED = led(
    r"(?<![\wåäö])(?:överlämnar|överlämnas|översänder|översänds|lämnar|lämnas|antar|antas|"
    # not a likeness: "Vi lämnar samma synpunkter som Boverkets yttrande"
    r"skickar|skickas|beslutar att [a-zåäö]+)"
    r"(?: (?:(?!samma|liknande|lika|motsvarande|snarlika)[^.!?]){1,80}?)? som "
    rf"(?P<name>{ORG})(?:s|:s|’s|'s) (?:eget |egna )?(?:yttrande|remissvar|remissyttrande|svar)"
    r"(?![\wåäö])"
)
# A sentence that presents the answer's own document: "Här följer <Org>s remissvar".
_PRESENTED = re.compile(r"(?i:här följer|nedan följer|detta är|härmed lämnas) ")
# What a document someone cites does in the sentence: "… visar att", "… framgår", "… anser"
# (a title has none of it: "<Org>s yttrande om Förmåga att klara …").
_REPORTED = re.compile(
    r"\b(?:visar|visade|framgår|framgick|anger|angav|pekar|påpekar|påpekade|konstaterar|"
    r"konstaterade|innehåller|säger|sade|beskriver|redovisar|bekräftar|lyfter|framhåller|"
    r"understryker|menar|anser|ansåg|bedömer|bedömde|föreslår|föreslog|skriver|skrev|noterar|"
    r"betonar|kritiserar|tar upp|tog upp|gör gällande)\b",
    re.I,
)
_ABOUT = led(
    rf"{_BEFORE}(?P<name>{ORG}){_APPOSITION} (?:är|representerar|organiserar|samlar|företräder)"
    # "en ideell förening", "en djurskyddsorganisation", "Sveriges största förbund för …"
    r" (?:[\wåäö,-]+ ){0,4}[\wåäö-]*(?:organisation|förening|förbund|myndighet|medlemmar|"
    r"medlemskap|företag|akademi)(?![\wåäö])"
)
_FOOTER = re.compile(rf"^(?i:post(?:adress)?|adress|besök(?:sadress)?)\s*:\s*(?P<name>{ORG}),")
_HEADER = re.compile(rf"^(?P<name>{ORG}) ?[|,]")
_EMAIL = re.compile(r"[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)*)\.[a-z]{2,}", re.I)
_ABBREVIATION = led(
    rf"(?P<name>{ORG})(?:,? \((?:nedan |fortsättningsvis |härefter )?(?P<a>[\wåäö&-]{{2,12}})\)|"
    r", (?:nedan |fortsättningsvis |härefter )?(?P<b>[A-ZÅÄÖ][\wåäö&-]{1,11}),)"
)
# An abbreviation in brackets ("(MSB)") and the words before it. The words are searched for
# only before a bracket (`_bracketed`): a search from every place tries 160 characters at each.
_IN_BRACKETS = r"\((?P<a>(?=(?:\w*[A-ZÅÄÖ]){2})[A-ZÅÄÖ][\wåäö&]{1,7})\)"
_BRACKET = re.compile(_IN_BRACKETS)
_BEFORE_BRACKET = 160
_BRACKETED = re.compile(rf"(?P<before>[^.!?:;()]{{3,{_BEFORE_BRACKET}}}?),? {_IN_BRACKETS}")
_LISTING = re.compile(
    r"^(?:kopia|sändlista|beslutet (?:ska |skall )?(?:skickas|sändas|expedieras)|bilag|"
    r"mottagare|för kännedom|expedieras|remissinstanser|sänt till|se även|"
    r"(?:skickas|skickat|skickades|sänds|sändes|lämnas|lämnat) till|cc\b)",
    re.I,
)
# What follows a name that is one of several: ", …", " och …", " samt …".
_LISTED = re.compile(r"\s*(?:,|och\b|samt\b|m\.fl\.)", re.I)
_POSTCODE = re.compile(r"\b\d{3} ?\d{2} [A-ZÅÄÖ]")
# An addressee's line: "Till: Jordbruksdepartementet", "Till Marks kommun", "Mottagare"; not a
# page's link "Till startsidan".
_TO = re.compile(
    r"^(?:till|adressat|mottagare)\b:?"
    r"(?!\s*(?:startsidan|toppen|början|innehållet|huvudinnehållet|sidans topp)\s*$)",
    re.I,
)
_NOT_ORG = re.compile(
    # a department, also before its unit: "Näringsdepartementet Enheten för …"
    r"departementet(?![\wåäö])|(?:regeringskansliet|regeringen|riksdagen)$|^(?:regeringskansliet|"
    r"regeringen|riksdagen|eu|europeiska|sverige)\b",
    re.I,
)


_ASKING = frozenset({"vad", "vem", "vilka", "vilken", "vilket", "hur", "varför", "när", "var"})


def first_speaker(
    answer: AnswerText, excluded: set[str], authors: Set[str] = frozenset(), remiss_title: str = ""
) -> str:
    """The first name the answer takes a stand or gives its answer as ("Villaägarna är
    positiva till …", "Skogsindustrierna tillstyrker …"), one word at a sentence's start
    included, which `read_cues` leaves out as maybe a common noun ("Kommunerna anser …"):
    what to offer the officer when nothing else names the sender. Never one of `authors`,
    the keys of the remiss's authors as the answer names them (`Cue.author`)."""
    title_key = _key(remiss_title)
    units = [unit.text.replace("*", "") for unit in answer.units] or answer.lines
    for text in units:
        for sentence in _SENTENCES.split(text):
            for match in _SUBJECT.finditer(sentence):
                name = _plain_name(match.group("name") or "", excluded, title_key)
                if name and _key(name) not in _ASKING and _key(name) not in authors:
                    return name
    return ""


def sends_remisses(name: str) -> bool:
    """A department, Regeringskansliet, the government or the Riksdag: who sends a remiss
    (or is named in its page's chrome, "Från: Finansdepartementet"), never who answers it."""
    return _NOT_ORG.search(_key(name)) is not None


# Subjects any answer writes of itself or of the remiss: never a name.
GENERIC = {
    "bolaget", "förvaltningen", "kommunen", "staden", "regionen", "nämnden", "styrelsen",
    "myndigheten", "verket", "vi", "jag", "kommunstyrelsen", "kommunstyrelsens förvaltning",
    "regionstyrelsen", "landstinget", "länsstyrelsen", "universitetet", "förbundet",
    "stadsledningskontoret", "kontoret", "det", "den", "detta", "denna", "dessa", "strategin",
    "remissen", "förslag", "förslaget", "förslagen", "region", "sverige", "enligt", "dessutom",
    "samtidigt", "ärendet", "utredningen", "utredaren", "utredarna", "regeringen",
    "promemorian", "betänkandet", "planen", "planförslaget", "föreningen", "organisationen",
    "akademien", "rådet", "institutet", "kommittén", "man", "här", "där", "då", "nu", "men",
    "som", "om", "även", "också", "därför", "vidare", "slutligen", "sammanfattningsvis",
    "inledningsvis", "avslutningsvis", "generellt", "övergripande", "yttrandet", "svaret",
    "remissvaret", "rapporten", "konsekvensutredningen", "lagrådsremissen", "direktivet",
    "kommissionen", "delegationen", "gruppen", "styrgruppen", "arbetsgruppen", "beredningen",
    "borgarrådsberedningen", "trafikkontoret", "departementet", "staten",
    "landet", "kommunerna", "regionerna", "myndigheterna", "länsstyrelserna", "företagen",
    "medlemmarna", "organisationerna", "föreningarna", "förbunden",
}  # fmt: skip

# Words that open a sentence before a name, not part of it: "Såvitt Regelrådet kan bedöma",
# "Branschorganisationen Säkerhets- och försvarsföretagen har …", "Bransch- och
# arbetsgivarorganisationen Svensk Handel är …", "Styrelsen för Locum AB".
# Words a run of capitalised words opens with that belong to no name: a preposition or an
# adverb at a sentence's start ("I Sverige har vi …", "På Skogssällskapet arbetar vi …", "Från
# Per"), a heading's or a page's kind ("Remissvar Förslag till …", "Yttrande Detaljplan för
# …", "Pressmeddelande Förbundet …"), a link's words ("Läs …"), a body's organ before it
# ("Styrelsen för Locum AB").
NOT_OF_A_NAME = re.compile(
    r"^(?:(?:i|på|av|från|till|med|för|om|under|över|vid|hos|mot|genom|efter|inom|enligt|"
    r"angående|såvitt|även|också|dock|här|där|se|nedan|men|och|att|när|då|liksom|såsom|"
    r"eftersom|samtidigt|"
    r"remissvar|remissyttrande|yttrande|svar|synpunkter|samrådsyttrande|granskningsyttrande|"
    r"förslag|ärende|re|sv|beslutsunderlag|tjänsteutlåtande|tjänsteskrivelse|protokoll|"
    r"missiv|bilaga|kontaktformulär|kontakt|pressmeddelande|nyhet|debatt|artikel|"
    r"sammanfattning|inledning|bakgrund|skäl|skälen|motivering|motiveringen|motiv|motiven|"
    r"läs|ladda ner|ladda ned|hämta|klicka på|ta del av|copyright|©|\(c\)|"
    r"(?:[a-zåäö]+- och )?[a-zåäö]+organisationen|styrelsen för|nämnden för) )+(?=[A-ZÅÄÖ])",
    re.I,
)

# Cues that identify the writer; cues that only back one (`voice` is also a rival's mark).
PRIMARY = {"intro", "own", "about", "letterhead", "header", "footer", "signature"}
SUPPORT = {"opening", "voice", "voice1", "email", "known"}
STRONG = PRIMARY | {"voice"}
# The line a cue without a line of its own stands on (an e-mail domain, a known name).
_NO_LINE = {"email": -2, "known": -3}


@dataclass
class Cue:
    """The cues on one organisation: the kinds and the lines each stands on, how often it
    speaks, and whether the answer names it as the remiss's author."""

    key: str
    name: str
    kinds: set[str] = field(default_factory=set)
    lines: set[int] = field(default_factory=set)
    voice: int = 0
    subject: str = ""  # the form it is the subject of its sentences in ("Läkarförbundet")
    first_person: int = 0  # the answer's stands taken as "vi" or "jag"
    other_voice: int = 0  # stands by "vi", "jag" or a word of another kind ("Kommunen anser")
    other_kind: int = 0  # stands by a word of another kind than its own ("Föreningen anser")
    evidence: dict[str, set[int]] = field(default_factory=dict)  # a kind → its lines
    voice_lines: set[int] = field(default_factory=set)  # the sentences it takes a stand in
    author: bool = False  # named as the author of what is answered ("Boverkets förslag")

    def note(self, kind: str, line: int) -> None:
        self.kinds.add(kind)
        self.lines.add(line)
        self.evidence.setdefault(kind, set()).add(line)

    @property
    def agreed(self) -> bool:
        """Two independent cues: one that identifies the writer, and one of another kind on
        another line (a cue and the opening sentence it stands in are one). Or the name is
        the only voice of the answer: it speaks from the opening on, three times or more, and
        the answer takes no stand as "vi", "jag" or a word of another kind ("Kommunen anser
        …" beside "Trafikverket föreslår …"). Never the remiss's author."""
        if self.author:
            return False
        if not self.kinds & PRIMARY:
            return "opening" in self.kinds and self.voice >= 3 and not self.other_voice
        # A backing cue on a line of a writer's cue is that cue ("X har tagit del av …" is an
        # intro and the opening): it backs only from a line of its own.
        cue_lines = set().union(*(self.evidence.get(k, set()) for k in self.kinds & PRIMARY))
        for kind in self.kinds & PRIMARY:
            at = self.evidence.get(kind, set())
            for other in self.kinds - {kind, "mention"}:
                lines = self.evidence.get(other, set())
                if other not in PRIMARY:
                    lines = lines - cue_lines
                if any(b != a for a in at for b in lines):
                    return True
        return False

    @property
    def strong(self) -> bool:
        return bool(self.kinds & STRONG)


def _plain_name(name: str, excluded: set[str], title_key: str) -> str:
    """The name as an organisation's, without a heading's words before it or a genitive's
    apostrophe; "" for a word any answer uses of a body ("Kommunen"), an excluded name (the
    remiss's sender, an addressee), the government, the remiss's title or a case number."""
    name = NOT_OF_A_NAME.sub("", " ".join(name.split()).strip(" .,:;"))
    name = re.sub(r"(?:s|:s|’s|'s)$", "", name) if name.endswith((":s", "’s", "'s")) else name
    key = _key(name)
    if not key or key in GENERIC or len(key) < 2 or key in excluded or _NOT_ORG.search(key):
        return ""
    if key.split()[0] in GENERIC and len(key.split()) == 1:
        return ""
    if title_key and (key == title_key or (len(key) > 6 and key in title_key)):
        return ""
    if any(ch.isdigit() for ch in key):
        return ""
    return name


def read_cues(
    answer: AnswerText, excluded: set[str], remiss_title: str = "", known: Iterable[str] = ()
) -> list[Cue]:
    """The organisations the answer's cues name, the best first (most kinds, then lines),
    and after them those it names only as the remiss's author (no kinds, `author`)."""
    lines = answer.lines
    whole = answer.text  # joined once: each name found is looked for in it
    title_key = _key(remiss_title)
    found: dict[str, Cue] = {}
    short: dict[str, str] = {}  # an abbreviation → the full name's key
    usable_names: dict[str, str] = {}  # a name as matched → as usable ("" for none)
    name_like: dict[str, bool] = {}

    def usable(name: str) -> str:
        if (held := usable_names.get(name)) is None:
            held = usable_names[name] = _usable(name)
        return held

    def named(name: str) -> bool:
        if (held := name_like.get(name)) is None:
            held = name_like[name] = _name_like(name, whole)
        return held

    def _usable(name: str) -> str:
        name = _plain_name(name, excluded, title_key)
        if not name:
            return ""
        if own := _own_abbreviation(name):
            base, abbreviation = own
            short.setdefault(_key(abbreviation), _key(base))  # "SULF" elsewhere joins it
            return base
        return name

    def add(name: str, kind: str, line: int, subject: bool = False) -> None:
        name = usable(name)
        if not name:
            return
        key = _key(name)
        cue = found.setdefault(key, Cue(key, name))
        cue.note(kind, line)
        if subject and not cue.subject:
            cue.subject = name

    # Sentences are read per paragraph (a PDF breaks them over lines), headings after them:
    # a heading may name the answer as its own ("Transportstyrelsens svar på remiss …").
    units = [unit.text.replace("*", "") for unit in answer.units] or lines
    paragraphs = units + [heading.title for heading in answer.headings]
    for text in paragraphs:
        for match in _ABBREVIATION.finditer(text):
            full = usable(match.group("name"))
            abbreviation = match.group("a") or match.group("b") or ""
            if full and sum(c.isupper() for c in abbreviation) >= 2:  # "KSLA", "SvFF"
                short[_key(abbreviation)] = _key(full)
        for match in _bracketed(text):
            # "Myndigheten för samhällsskydd och beredskap (MSB)": the words before the
            # brackets, from the capitalised word the abbreviation begins with
            abbreviation = match.group("a")
            words = match.group("before").split()[-8:]
            starts = [
                i for i, w in enumerate(words) if w[:1] == abbreviation[:1] and w[:1].isupper()
            ]
            if not starts or _key(abbreviation) in short:
                continue
            if full := usable(" ".join(words[starts[0] :])):
                short[_key(abbreviation)] = _key(full)
                found.setdefault(_key(full), Cue(_key(full), full))
    opening = _opening_lines(units)
    # The answer's head: from its start through its opening sentences, and its headings.
    head = set(range(max(opening) + 1 if opening else min(5, len(units))))
    head |= set(range(len(units), len(paragraphs)))
    voices: dict[str, set[int]] = {}  # a name → the paragraphs it takes a stand in

    def speaks(name: str, index: int) -> None:
        if name := usable(name):
            voices.setdefault(_key(name), set()).add(index)
            found.setdefault(_key(name), Cue(_key(name), name, subject=name))

    def authored(name: str) -> None:
        if name and named(name) and (name := usable(name)):
            found.setdefault(_key(name), Cue(_key(name), name)).author = True

    sentences = [
        (number, _PARAGRAPH + 1000 * number + place, sentence)
        for number, text in enumerate(paragraphs)
        for place, sentence in enumerate(_SENTENCES.split(text)[:999])
    ]
    for number, index, text in sentences:
        for match in _SUBJECT.finditer(text):
            name = match.group("name") or match.group("short")
            if not named(name):
                continue
            verb = match.group("verb") or match.group("verb2")
            if _GIVEN.match(verb) and _ASSIGNED.match(text, match.end()):
                authored(name)  # "Boverket har fått i uppdrag att …": not the answerer
                continue
            if re.match(_INTRO_VERBS, verb) and (number in opening or not _PAST.match(verb)):
                # "<Org> har lämnat …" reports an answer: its own where the answer opens
                # with it, a cited body's further on ("Trafikverket har lämnat synpunkter")
                add(name, "intro", index, subject=True)
            elif re.match(_INTRO_VERBS, verb):
                speaks(name, index)
            else:
                speaks(name, index)
            if number in opening:
                add(name, "opening", index, subject=True)
        for match in _INVERTED.finditer(text):
            name, verb = match.group("name"), match.group("verb").casefold()
            if not named(name):
                continue
            if verb in ("lämnade", "skickade", "överlämnade") or (
                verb == "har" and _REPORTED_ANSWER.match(text[match.end() :])
            ):
                if number in opening:
                    add(name, "intro", index)
            elif verb != "har":
                speaks(name, index)
        for match in _SO_FAR.finditer(text):
            speaks(match.group("name"), index)
        held_views = list(_VIEW.finditer(text))
        for match in held_views:
            if named(name := match.group("name") or match.group("name2")):
                speaks(name, index)
        for match in _AUTHOR.finditer(text) if _AUTHOR_WORDS.search(text) else ():
            names = match.group("name", "name2", "name3", "name4", "name5")
            authored(next(filter(None, names), ""))
        for match in _OBJECT.finditer(text):
            # "… har remitterats till <Org>" introduces the answerer at the answer's head
            # (its start through its opening) where it names it alone; a list ("till
            # Sjöfartsverket och kommunens nämnder") names the remissinstanser, of whom the
            # writer may be none.
            if number in head and not _LISTED.match(text, match.end()):
                add(match.group("name") or match.group("name2"), "intro", index)
        for match in _ADOPTED.finditer(text):
            if named(match.group("name")):
                add(match.group("name"), "own", index)
        # "Yttrande från X …" at the head; "… från X visar att …" reports another's
        writer = _FROM.match(text) if number in head else None
        if writer and named(writer.group("name")) and not _REPORTED.search(text, writer.end()):
            add(writer.group("name"), "intro" if writer.group("presented") else "own", index)
        views = {m.start("name") for m in held_views if m.group("name")}
        for match in _OWN.finditer(text):
            if match.start("name") in views:
                continue  # "LO:s uppfattning är att …": a stand it takes, no title
            # An answer names its own document at its head (its title, headings, opening
            # sentences) as a title does; "Trafikverkets yttrande … visar att …", or any such
            # phrase further on, reports another body's.
            presented = _PRESENTED.match(text) or (
                number in head and not _REPORTED.search(text, match.end())
            )
            if match.group("name") and named(match.group("name")):
                # a report of it only names it: offered first, no cue of the writer
                add(match.group("name"), "own" if presented else "mention", index)
        if number in opening:  # an answer presents itself where it begins
            for match in _ABOUT.finditer(text):
                if named(match.group("name")):
                    add(match.group("name"), "about", index)
    first_person = sum(1 for _, _, text in sentences if _FIRST_PERSON.search(text))
    by_kind_word: dict[str, int] = {}  # "kommunen" → the stands "Kommunen anser …" takes
    for _, _, text in sentences:
        for match in _KIND_VOICE.finditer(text):
            word = match.group("word").casefold()
            by_kind_word[word] = by_kind_word.get(word, 0) + 1
    for key, at in voices.items():
        found[key].voice += len(at)
        found[key].lines |= at
        found[key].voice_lines |= at
    for cue in found.values():
        cue.first_person = first_person
        own_words = _OWN_ORGANS.get(_kind_word(cue.key), set())
        cue.other_kind = sum(n for word, n in by_kind_word.items() if word not in own_words)
        cue.other_voice = first_person + cue.other_kind

    def introduced(name: str) -> bool:
        """The answer introduces itself by this name ("<Org> har beretts tillfälle …")."""
        cue = found.get(_key(usable(name))) if usable(name) else None
        return cue is not None and bool(cue.kinds & _INTRODUCING)

    _edges(answer, add, introduced)
    if not first_person:  # "Kommunen föreslår" beside "Vi motsätter oss": the author's word
        _voice_by_kind(found, sentences, excluded)
    merged = _merge(found, short)
    _support(merged, lines, known)
    ranked = sorted(
        (c for c in merged.values() if c.kinds or c.author),
        key=lambda c: (not c.kinds, -len(c.kinds), -len(c.lines), -c.voice, c.key),
    )
    return ranked


_PARAGRAPH = 10**9  # sentences are counted apart from lines
# A sentence ends at a full stop before a capital, not after an abbreviation ("Kungl.").
_SENTENCES = re.compile(
    r"(?<=[.!?])(?<!Kungl\.)(?<!\bt\.ex\.)(?<!\bbl\.a\.)(?<!\bm\.fl\.)\s+(?=[A-ZÅÄÖ\"”–•-])"
)
# The word an organisation of a kind uses of itself ("Länsstyrelsen anser", "Kommunen
# föreslår"), by the kind its name shows.
_KIND_WORDS = (
    (re.compile(r"\bkommun$"), "kommunen"),
    (re.compile(r"\bstad$"), "staden"),
    (re.compile(r"^region\b"), "regionen"),
    (re.compile(r"^länsstyrelsen\b"), "länsstyrelsen"),
    (re.compile(r"förening\b|föreningen\b"), "föreningen"),
    (re.compile(r"förbund(?:et)?\b"), "förbundet"),
    (re.compile(r"\bab$"), "bolaget"),
    (re.compile(r"universitet$"), "universitetet"),
    (re.compile(r"nämnden$"), "nämnden"),
    (re.compile(r"myndigheten$"), "myndigheten"),
    (re.compile(r"verket$"), "verket"),
    (re.compile(r"akademien$"), "akademien"),
)
# A stand taken by the word a body of a kind uses of itself ("Kommunen anser", "Förbundet
# avstyrker").
_KIND_VOICE = led(
    rf"{_BEFORE}(?P<word>Kommunen|Staden|Regionen|Länsstyrelsen|Föreningen|Förbundet|Bolaget|"
    rf"Universitetet|Nämnden|Myndigheten|Verket|Akademien|Styrelsen|Förvaltningen)"
    rf" (?:{_VOICE_VERBS})"
)
# The words a body of a kind speaks of itself and its own organs by ("Förvaltningen anser" in
# a kommun's tjänsteutlåtande); a body without a kind in its name has none.
_OWN_ORGANS = {
    "kommunen": {"kommunen", "förvaltningen", "nämnden", "styrelsen"},
    "staden": {"staden", "förvaltningen", "nämnden", "styrelsen"},
    "regionen": {"regionen", "förvaltningen", "nämnden", "styrelsen"},
    "länsstyrelsen": {"länsstyrelsen"},
    "föreningen": {"föreningen", "styrelsen"},
    "förbundet": {"förbundet", "styrelsen"},
    "bolaget": {"bolaget", "styrelsen"},
    "universitetet": {"universitetet", "nämnden", "styrelsen"},
    "nämnden": {"nämnden", "förvaltningen"},
    "myndigheten": {"myndigheten"},
    "verket": {"verket", "myndigheten"},
    "akademien": {"akademien"},
}
_EDGE_KINDS = {"letterhead", "header", "footer", "signature", "intro", "own"}


def _kind_word(key: str) -> str:
    return next((word for pattern, word in _KIND_WORDS if pattern.search(key)), "")


def _voice_by_kind(
    found: dict[str, Cue], sentences: list[tuple[int, int, str]], excluded: set[str]
) -> None:
    """An organisation the letterhead, header or closing names speaks of itself by its kind
    ("Länsstyrelsen anser …" under "Länsstyrelsen Västra Götaland"): those sentences are its
    voice, unless the remiss's sender or another organisation named so is of that kind too.
    Not read where the answer takes stands as "vi" or "jag": there the kind's word is the
    other party's ("Kommunen föreslår …" in a resident's answer under the kommun's name)."""
    kinds: dict[str, list[Cue]] = {}
    for cue in found.values():
        if word := _kind_word(cue.key):
            kinds.setdefault(word, []).append(cue)
    taken = {_kind_word(name) for name in excluded}
    for word, cues in kinds.items():
        edged = [cue for cue in cues if cue.kinds & _EDGE_KINDS]
        if word in taken or len(edged) != 1 or len(cues) != 1:
            continue
        pattern = re.compile(rf"{_BEFORE}{word.capitalize()}{_APPOSITION} (?:{_VOICE_VERBS})")
        at = {index for _, index, sentence in sentences if pattern.search(sentence)}
        edged[0].voice += len(at)
        edged[0].lines |= at
        edged[0].voice_lines |= at


_INTRODUCING = {"intro", "own", "about"}


def _edges(answer: AnswerText, add, introduced=lambda name: False) -> None:
    """Letterhead, running header, own address in the footer, the name signed with. A line
    that is a name without a kind in it ("Sveriges Konsumenter i Samverkan") is a letterhead
    only where the answer also introduces itself by that name (`introduced`): alone it may be
    a heading or a place."""
    lines = answer.lines
    top = []
    for index, line in enumerate(lines[:8]):
        if len(line.split()) >= 10:
            break
        top.append(index)
    for index in top:
        line = lines[index]
        before = lines[index - 1] if index else ""
        if _TO.match(line) or _TO.match(before) or _address_follows(lines, index):
            continue  # an address block: the addressee's as often as the sender's
        name = _whole_name(line) or _bare_name(line)
        if name and (org_form(name) or introduced(name)):
            add(name, "letterhead", index)
    for line in dict.fromkeys(answer.furniture):
        if match := _HEADER.match(line):
            if org_form(match.group("name")):
                add(match.group("name"), "header", -1)
        elif name := _whole_name(re.split(r" (?:\d+ ?\(\d+\)|[A-ZÅÄÖ][a-zåäö]+yttrande)", line)[0]):
            add(name, "header", -1)
    listing = False  # below "Kopia till", "Sändlista", "Bilagor": names listed, not signed
    bottom = range(max(len(top), len(lines) - 12), len(lines))
    if sum(1 for line in lines[-20:] if _whole_name(line)) >= 3:
        listing = True  # a list of organisations (a distribution list), not a signature
    for index in bottom:
        line = lines[index]
        listing = listing or bool(_LISTING.match(line))
        if match := _FOOTER.match(line):
            add(match.group("name"), "footer", index)
            continue
        neighbours = lines[index - 1 : index] + lines[index + 1 : index + 2]
        if listing or any(_whole_name(n) for n in neighbours) or len(line.split()) > 6:
            continue
        if name := _whole_name(line):
            add(name, "signature", index)


# A line of an address or contact block: a postcode, a box, a street and number, an e-mail.
_ADDRESS = re.compile(
    r"\b\d{3} ?\d{2} [A-ZÅÄÖ]|^box \d|\b[\wåäö]+(?:gatan|vägen|torget|plan|gränd|backe) \d|"
    r"[\w.+-]+@[\w-]+\.[\w.]+|^(?:tel|telefon|e-post|epost|mejl)\b",
    re.I,
)


def _address_follows(lines: list[str], index: int) -> bool:
    """The name on this line heads an address block: the line or one of the next three is
    an address (a postcode, a box, a street, an e-mail)."""
    return any(_ADDRESS.search(line) for line in lines[index : index + 4])


def _bracketed(text: str) -> Iterable[re.Match[str]]:
    """`_BRACKETED.finditer(text)`, searched only up to each bracketed abbreviation from as far
    back as its words may begin. The words hold no bracket, so a match ends at the first
    bracket after its start, and one that ends at an earlier bracket was found at that one."""
    start = 0
    for bracket in _BRACKET.finditer(text):
        if bracket.start() < start:
            continue
        earliest = max(start, bracket.start() - _BEFORE_BRACKET - 2)  # ", (" after the words
        if match := _BRACKETED.search(text, earliest, bracket.end()):
            yield match
            start = match.end()


def _whole_name(line: str) -> str:
    """A line that is an organisation's name and nothing else ("KUNGSBACKA KOMMUN",
    "Länsstyrelsen Västra Götaland"), with a form of its own."""
    text = line.strip(" .,:;")
    if text.isupper() and len(text) > 3:
        text = name_case(text)
    if re.fullmatch(ORG, text) and org_form(text):
        return text
    return ""


def _bare_name(line: str) -> str:
    """A line that is a name and nothing else, with or without a kind in it: two capitalised
    words or more ("Sveriges Konsumenter i Samverkan", "Svenskt Friluftsliv")."""
    text = line.strip(" .,:;")
    if text.isupper() and len(text) > 3:
        text = name_case(text)
    if len(text.split()) >= 2 and re.fullmatch(ORG, text):
        return text
    return ""


# Words of a name in capitals that Swedish writes in lower case after its first word: the
# small words and the kinds of body ("Länsstyrelsen i Västra Götalands län", "Kungsbacka
# kommun", "Förvaltande samfällighetsförening för Sätila ga:5").
_LOWER_IN_NAMES = frozenset(
    {"i", "och", "för", "av", "om", "på", "till", "med", "vid", "under", "ga"}
    | {"kommun", "stad", "län", "landsting", "samfällighetsförening", "förening", "förbund"}
    | {"ekonomisk", "ideell"}
)
_LEGAL_FORMS = frozenset({"AB", "HB", "KB", "AB:S"})


# Forms a company name ends with in capitals: part of the name, no abbreviation of it.
_COMPANY_FORMS = frozenset({"AB", "HB", "KB", "AS", "ASA", "AG", "SE", "OY", "OYJ", "BV", "NV"})
_ABBREVIATION_AFTER = re.compile(r"^(?P<base>.*[a-zåäö].*) (?P<a>[A-ZÅÄÖ]{2,8})$")


def _own_abbreviation(name: str) -> tuple[str, str] | None:
    """A name followed by its own abbreviation without brackets ("Sveriges
    universitetslärarförbund SULF", "Lantbrukarnas Riksförbund LRF"): the name before it and
    the abbreviation; None where the capitals are part of the name ("Akademikerförbundet
    SSR", "Fackförbundet ST": they do not begin with its first letter) or a company's form
    ("Skanska Sverige AB")."""
    match = _ABBREVIATION_AFTER.match(name)
    if match is None or match.group("a") in _COMPANY_FORMS:
        return None
    base, abbreviation = match.group("base", "a")
    return (base, abbreviation) if base[:1].upper() == abbreviation[0] else None


def name_case(text: str) -> str:
    """An organisation's name written in capitals, in the case Swedish writes it."""
    words = text.title().split(" ")
    for index, word in enumerate(words):
        bare = word.partition(":")[0]
        if word.upper() in _LEGAL_FORMS:
            words[index] = word.upper()
        elif index and bare.lower() in _LOWER_IN_NAMES:
            words[index] = word.lower()
    return " ".join(words)


_FORM = re.compile(
    r"(?:\b(?:AB|HB|KB|kommun|stad|län|landsting|universitet|högskola|förening|förbund|"
    r"akademien|Region|Länsstyrelsen)\b|(?:verket|myndigheten|inspektionen|styrelsen|nämnden|"
    r"institutet|förbundet|föreningen|rådet|kollegiet|akademien|förening|förbund|ämbetet|"
    r"byrån|ombudsmannen|partiet|kollegium)$)"
)


def org_form(name: str) -> bool:
    """The name holds an organisation's kind or legal form: "… kommun", "… AB",
    "…föreningen", "…verket"."""
    return bool(_FORM.search(name))


def _name_like(name: str, text: str) -> bool:
    """Several words, an acronym, or a word the text also writes with a capital mid-sentence
    ("för Trafikanalys"): not a sentence's first word that is a common noun."""
    words = name.split()
    if len(words) > 1 or name.isupper() or sum(c.isupper() for c in name) >= 2:
        return True
    if org_form(name):
        return True
    # mid-sentence, in the genitive too: "en sammanfattning av Riksantikvarieämbetets …"
    return re.search(rf"[a-zåäö,:] {re.escape(name)}s?(?![\wåäö])", text) is not None or bool(
        re.search(
            rf"(?:^|[.!?]\s){re.escape(name)} (?:har (?:ombetts|beretts|fått|tagit|anmodats|"
            rf"getts|erbjudits|inbjudits)|{_OCCASION}|lämnar|yttrar sig|"
            # its answer given: "Sportfiskarna har nu lämnat sitt remissvar till regeringen"
            r"har (?:nu |idag |i dag |härmed )?(?:lämnat|skickat|avgett|överlämnat) (?:in )?"
            r"(?:sitt|ett) (?:remissvar|yttrande|remissyttrande|svar))",
            text,
            re.M,
        )
    )


def _opening_lines(lines: list[str]) -> set[int]:
    """The first three lines of prose (ten words or more)."""
    out = []
    for index, line in enumerate(lines):
        if len(line.split()) >= 10:
            out.append(index)
            if len(out) == 3:
                break
    return set(out)


def _merge(found: dict[str, Cue], short: dict[str, str]) -> dict[str, Cue]:
    """A short form into its full name: an abbreviation given in apposition, a name that
    begins a longer one ("Locum" in "Locum AB"), a definite form of its last word
    ("Läkarförbundet" of "Sveriges läkarförbund")."""
    merged = dict(found)
    for key in sorted(found, key=len):
        target = short.get(key)
        if target is None:
            target = next(
                (
                    other
                    for other in sorted(merged, key=len, reverse=True)
                    if other != key and _short_form_of(key, other)
                ),
                None,
            )
        if target is None or target not in merged or key not in merged:
            continue
        into, cue = merged[target], merged.pop(key)
        into.kinds |= cue.kinds
        into.lines |= cue.lines
        into.voice += cue.voice
        into.voice_lines |= cue.voice_lines
        into.author = into.author or cue.author
        for kind, at in cue.evidence.items():
            into.evidence.setdefault(kind, set()).update(at)
        into.subject = into.subject or cue.subject
    for cue in merged.values():
        if cue.voice >= 1:
            kind = "voice" if cue.voice >= 2 else "voice1"
            cue.kinds.add(kind)
            cue.evidence.setdefault(kind, set()).update(cue.voice_lines)
    return merged


def _short_form_of(short: str, full: str) -> bool:
    if full.startswith(short + " "):
        return True
    last = full.split()[-1]
    return " " not in short and len(full.split()) > 1 and short in (last + "et", last + "en", last)


def _support(found: dict[str, Cue], lines: list[str], known: Iterable[str]) -> None:
    """E-mail domains and the store's names at the edges back a name; alone they name none."""
    edges = lines[:12] + lines[-12:]
    domains = {
        _ascii(m.group("domain").split(".")[-1].casefold())
        for line in edges
        for m in _EMAIL.finditer(line)
    }
    for cue in found.values():
        flat = _ascii(cue.key.replace(" ", "").replace("-", "").replace(".", ""))
        initials = "".join(
            w[0] for w in cue.key.replace("-", " ").split() if w not in ("och", "i", "för")
        )
        if any(
            len(d) >= 3 and (d in flat or d == initials or flat.startswith(d[:6])) for d in domains
        ):
            cue.note("email", _NO_LINE["email"])
    edge_text = "\n".join(edges)
    for name in known:
        key = _key(name)
        if key in found and name_pattern(name).search(edge_text):
            found[key].note("known", _NO_LINE["known"])


@lru_cache(maxsize=4096)
def name_pattern(name: str) -> re.Pattern:
    """Where a text writes an organisation's name: its words whole and in order, any space
    between them, a genitive after it ("SJ:s", "Svensk Handels"), in any case; but a name
    that is an abbreviation in capitals ("SJ", "LO", "SvFF") only as written, for "själv",
    "lokal" and "Lo" are no name."""
    words = r"\s+".join(re.escape(word) for word in name.split())
    flags = 0 if _ABBREVIATED.fullmatch(name.strip()) else re.IGNORECASE
    return re.compile(rf"(?<![\wåäöÅÄÖ]){words}(?:s|:s|’s|'s)?(?![\wåäöÅÄÖ])", flags)


# A name that is an abbreviation: one word with two capitals or more ("SJ", "SKR", "SvFF").
_ABBREVIATED = re.compile(r"(?=(?:\w*[A-ZÅÄÖ]){2})[A-ZÅÄÖ][\wÅÄÖåäö&]{1,7}")


def _ascii(text: str) -> str:
    """As a domain name spells it: "länsbyrån" → "lansbyran"."""
    return text.translate(str.maketrans("åäöéü", "aaoeu"))


def _key(name: str) -> str:
    return " ".join(name.casefold().split())
