"""A view the answer holds without a verb of stance: a judgement in a statement.

Answers argue in sentences that name no stand ("anser", "tillstyrker", "bör") and still are
the answerer's view, not a fact told: "Valen till fullmäktige är grunden för den lokala
demokratin", "Annars riskerar systemet att motverka sitt syfte". A Swedish reader hears the view in
- the weight given to something, predicated: "är viktig", "är avgörande", "är en
  förutsättning för", "har stor betydelse", "spelar en central roll", "den viktigaste";
- the arguing particle "ju" ("Det är ju köparna som bestämmer");
- a risk foreseen if the point is not heeded: "Annars riskerar … att …";
- the answerer naming its own view: "Vår bild är att …", "Enligt vår erfarenhet …", "Vi
  tror att …", "har förståelse för …";
- a demand or a burden the answerer sees something put on someone: "… kommer att ställa stora
  krav på …", "lägger ett stort ansvar på …" (a rule's requirement, "Lagen ställer krav på …",
  is a fact told);
- the answerer's standing view: "Vår principiella inställning är …", "Förbundets hållning
  … är välkänd", "Vi har länge hävdat att …", "har sedan starten framhållit att …";
- the answerer declaring a point its own: "Vi vill inledningsvis slå fast att …", "skulle vi
  vilja fastställa att …";
- a signal a step gives: "Det är en tydlig markering om att …".

Such a sentence is a comment (tests/eval/answers/README.md: a view or an emphasis that is
neither approval, rejection nor a change asked for). The stance reader asks only where no
phrase of a stand was found and the sentence reports no one else; words in a relative clause
("det som är viktigt") describe, they do not judge.
"""

from __future__ import annotations

import re

from workbench.answer.speaker import REMISS_SUBJECTS, RULE_SUBJECT

_COPULA = r"(?:är|blir|vore|var|förblir|framstår som|utgör)"
_DEGREE = (
    r"(?: (?:därför|också|även|dock|ju|alltså|både|mycket|särskilt|helt|oerhört|"
    r"synnerligen|absolut|otroligt|väldigt|extra|minst lika|lika|allra|av|"
    # an adverbial of ground or of view before the weight: "Det är mot bakgrund av detta
    # viktigt att …", "är enligt vår mening avgörande"
    r"(?:mot|med) bakgrund av (?:detta|det|ovanstående|ovan)|i (?:detta|det här) sammanhang|"
    r"i sammanhanget|enligt (?:vår|min) (?:mening|bedömning|uppfattning)|för oss))*"
)
# Words of weight: predicated, they say what matters to the answerer.
_WEIGHT = (
    r"(?:viktig(?:t|a|are|ast|aste)?|avgörande|central(?:t|a)?|grundläggande|"
    r"nödvändig(?:t|a)?|väsentlig(?:t|a)?|angelägen|angeläget|angelägna|"
    r"betydelsefull(?:t|a)?|(?:stor|största|avgörande|central|väsentlig) (?:betydelse|vikt)|"
    r"en (?:grundläggande |nödvändig |viktig |avgörande )?förutsättning|grunden|nyckeln|"
    r"förståeligt|självklar(?:t|a)?|en (?:stor |viktig |värdefull |ovärderlig )?tillgång|"
    r"en nödvändighet|ett måste|"
    # a signal given: "är en mycket tydlig markering om att …"
    r"en (?:mycket |väldigt |särskilt )?(?:tydlig|viktig|stark|klar) (?:markering|signal))"
)
# A demand or a burden seen put on someone, with its size: "ställer stora krav på", "kommer
# att ställa höga krav på", "lägger ett stort ansvar på"
_BURDEN = (
    r"(?:ställ|lägg)(?:er|a|de|t)? (?:(?:ett|en|mycket|väldigt|allt|än|helt|nya) )*"
    r"(?:stora|höga|större|högre|ökade|omfattande|betydande|särskilda|stort|tungt|ökat|"
    r"större|orimliga|orimligt) (?:krav|ansvar|börda|bördor|tryck|press|förväntningar) på"
)
# Views held: "inställning", "hållning", "ståndpunkt".
_HELD = r"(?:inställning|hållning|ståndpunkt|linje|uppfattning)"
# Verbs of a view argued, in the supine: "har länge hävdat att …".
_ARGUED = (
    r"(?:hävdat|framhållit|betonat|påtalat|understrukit|påpekat|lyft fram|förespråkat|"
    r"argumenterat för|verkat för|drivit (?:linjen|frågan|uppfattningen)|ansett|menat|"
    r"varit av (?:den )?(?:uppfattningen|åsikten))"
)
# How long it has been held: "länge", "sedan bildandet på 1990-talet", "under många år".
_SINCE = (
    r"(?:sedan länge|länge|alltid|konsekvent|genomgående|återkommande|upprepade gånger|"
    r"vid upprepade tillfällen|(?:allt)?sedan [\wåäö-]+(?: [\wåäö-]+){0,3}?|"
    r"under (?:lång|många|flera|en lång|en längre|de senaste) [\wåäö]+(?: [\wåäö]+)?|"
    r"i (?:många|flera) år|i decennier)"
)
# Verbs of a point declared: "vill slå fast att …".
_DECLARED = r"(?:fastställa|slå fast|markera|deklarera|hävda|klargöra|tydliggöra|göra klart)"
_JUDGES = re.compile(
    r"(?<![\wåäö])(?:"
    # the arguing particle: "Konsumenterna är ju köparna" (what is obvious, "självklart",
    # "uppenbarligen", as often says a fault as a view: not here)
    r"ju|"
    # a risk foreseen if the point is not heeded: "Annars riskerar systemet att …"
    r"(?:annars|i annat fall|om inte|om så inte sker|om detta inte sker)(?: [\wåäö]+){0,6}? "
    r"riskerar|"
    # weight, predicated or as a superlative
    rf"{_COPULA}{_DEGREE} {_WEIGHT}|viktigaste|nyckelroll\w*|"
    r"(?:spelar|har|fyller) (?:en )?(?:mycket )?(?:viktig|avgörande|central|stor|"
    r"betydelsefull|nyckel)\w* (?:roll|funktion)|"
    r"(?:har|är av|får|få) (?:en )?(?:mycket )?(?:stor|största|avgörande|central|"
    r"väsentlig) (?:betydelse|vikt)|"
    # the answerer's own view named
    r"(?:vår|min) (?:bild|erfarenhet|övertygelse|syn|tro|upplevelse) är|"
    r"enligt (?:vår|min|(?!(?:utredning|kommitté|regering|promemori|betänkande|plan|remiss|"
    r"departement|förslag|lag)[\wåäö]*s )[\wåäö-]+s) (?:erfarenhet|bild|syn|övertygelse)|"
    # the question framed, what it comes down to: "är i grunden en fråga om förtroende",
    # "handlar ytterst om tillit"
    r"(?:är|blir) (?:i grunden|ytterst|i grund och botten|i första hand|i slutändan|"
    r"egentligen|främst) (?:en fråga|ett problem|en angelägenhet|en prioritering)|"
    r"handlar (?:i grunden|ytterst|i grund och botten|i första hand|i slutändan|egentligen) om|"
    # worth and experience argued: "Förebyggande arbete lönar sig i längden", "Erfarenheten
    # visar att …", promise seen: "Vi ser en stor potential i …"
    r"lönar sig|betalar sig|"
    # a question or a problem named as the crux: "Ett centralt problem är dock hur …", "En
    # avgörande fråga för företagen är …"
    r"(?:ett|en|den|det) (?:mycket |särskilt )?(?:central|centralt|centrala|avgörande|"
    r"grundläggande|viktig|viktigt|viktigaste|stort|stor|största|allvarlig|allvarligt|"
    r"springande|kärn)(?:a)? ?(?:problem|fråga|frågan|problemet|utmaning|utmaningen|"
    r"svårighet|svårigheten|aspekt|punkt|punkten)(?: [^.!?;:]{0,60}?)? (?:är|blir|gäller) "
    r"(?:dock |därför |också |här )?(?:hur|att|om|vem|vilka|vilken|vad|frågan|att)|"
    # the matter judged hard, or in all's interest: "Frågan är komplex", "Det ligger i allas
    # intresse att …"; weight fronted: "Avgörande för framgång är att …"
    r"(?:är|blir) (?:mycket |synnerligen |väldigt |oerhört )?(?:komplex|komplext|komplexa|"
    r"mångfacetterad\w*|svårlöst\w*)|"
    r"ligger i (?:allas|samhällets|alla parters|allas vårt|vårt gemensamma|hela samhällets) "
    r"intresse|"
    r"(?:avgörande|viktigast|centralt|väsentligt|en förutsättning|nyckeln) för (?:[\wåäö]+ ){1,4}?"
    r"är att|"
    r"(?:(?:vår|den|all|lång) )?erfarenhet(?:en|erna)? (?:[\wåäö]+ )?(?:visar|pekar på|talar "
    r"för|säger)|"
    r"ser (?:en |ett )?(?:mycket )?(?:stor|stora|god|goda|betydande|ökad|ökade) "
    r"(?:potential|möjligheter)|"
    r"(?:vi|jag) (?:[\wåäö]+ )?(?:tror|upplever|är övertygade)|"
    r"har (?:stor |full |viss )?förståelse för|"
    r"vill (?:också |även |särskilt )?lyfta (?:fram )?(?:vikten|betydelsen|behovet)|"
    # a burden seen
    rf"{_BURDEN}|"
    # the answerer's standing view: its own, or its known and unchanged one
    rf"(?:vår|min) (?:[\wåäö]+ )?{_HELD} är|"
    rf"(?:vår|min|[\wåäö-]+s) (?:[\wåäö]+ )?{_HELD}(?: [^.!?;:]{{0,80}}?)? är "
    r"(?:sedan länge |väl |allmänt )?(?:välkänd|känd|oförändrad|densamma|fast)|"
    rf"har (?:[\wåäö-]+ ){{0,2}}?{_SINCE}(?: [\wåäö-]+){{0,2}}? {_ARGUED}|"
    rf"(?:sedan länge|länge|alltid|(?:allt)?sedan [\wåäö-]+(?: [\wåäö-]+){{0,3}}?) har "
    rf"(?:[\wåäö-]+ ){{1,3}}?{_ARGUED}|"
    # a point declared the answerer's own: "vill inledningsvis slå fast att …", "skulle vi
    # vilja fastställa att …" (the subject may stand after the verb)
    r"(?:vill|vilja) (?:(?!att |inte |ej )[\wåäö-]+ ){0,3}?"
    rf"{_DECLARED}|"
    # the answerer's attitude in a sentence adverb: "Tyvärr blev tiden för kort", "Glädjande
    # nog har …"
    r"tyvärr|beklagligtvis|olyckligtvis|lyckligtvis|(?:glädjande|märkligt|anmärkningsvärt|"
    r"förvånande|beklagligt|lyckligt) nog|"
    # the answerer's voice on its own page: "…, enligt förbundet", "enligt remissvaret"
    r"enligt (?:förbundet|föreningen|organisationen|remissvaret|yttrandet|remissyttrandet)|"
    # prospects judged: "Här finns goda förutsättningar för …", "kan erbjuda goda
    # förutsättningar"
    r"(?:mycket |särskilt |väldigt |utmärkta |goda )*(?:goda|bra|utmärkta|gynnsamma) "
    r"förutsättningar"
    r")(?![\wåäö])",
    re.I,
)
# A relative or an interrogative clause describes what it names: "det som är viktigt",
# "vad som är avgörande", "frågor som har stor betydelse för kommunen".
_DESCRIBING = re.compile(r"(?<![\wåäö])(?:som|vad)\s+$", re.I)
# A judgement negated says something else: "Vi tror inte att …" doubts (opposition, when said
# of the remiss), "är inte avgörande" denies a weight.
_NEGATED = re.compile(r"\s+(?:[\wåäö]+\s+)?(?:inte|ej|icke|knappast|aldrig)(?![\wåäö])", re.I)
# … or negated before it: "Det finns inte goda förutsättningar för …" denies the prospect.
_NEGATED_BEFORE = re.compile(
    r"(?<![\wåäö])(?:inte|ej|icke|knappast|aldrig|inga)\s+(?:[\wåäö]+\s+)?$", re.I
)
# Whose view it is: a view held or declared ("har länge hävdat", "vill slå fast", "vår
# inställning") is someone else's where the remiss, its author or another body is its subject
# ("Regeringen har länge hävdat att …", "Utredningen vill slå fast att …"); a burden seen is the
# answer's judgement of what puts it ("Förslaget ställer stora krav på kommunerna"), unless a
# rule is its subject ("Lagen ställer höga krav på …", a fact told).
_VIEW_HELD = re.compile(rf"{_HELD}|{_ARGUED}|{_DECLARED}|förutsättningar$", re.I)
_BURDEN_SEEN = re.compile(_BURDEN, re.I)
# (a municipality or an agency is often the answerer itself: "kommunen", "myndigheten" are not
# counted here)
_OTHER_HOLDERS = re.compile(
    r"(?:staten|riksdagen|regeringar|forskarna|forskare|andra|man|domstolen|domstolarna|"
    r"kommissionen|EU)",
    re.I,
)
_CLAUSE_START = re.compile(r"(?:[.!?;:,–]\s|^)")
_WORD = re.compile(r"[\wåäö:-]+")
_REMISS_COMPOUND = re.compile(rf"[\wåäö]{{3}}(?:{REMISS_SUBJECTS.pattern})$", re.I)


def _others_hold(text: str, found: re.Match) -> bool:
    """Whether the view held, declared or the burden `found` names is another's: its subject,
    in the words of its clause up to the verb, the remiss, its author, a rule or another
    body."""
    if _BURDEN_SEEN.search(found.group(0)):
        others = (RULE_SUBJECT,)
    elif _VIEW_HELD.search(found.group(0)):
        others = (REMISS_SUBJECTS, RULE_SUBJECT, _OTHER_HOLDERS)
    else:
        return False
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, found.start() + 1)]
    clause = text[starts[-1] if starts else 0 : found.end()]
    for word in _WORD.findall(clause):
        for each in (word, word.removesuffix("s")):
            if any(other.fullmatch(each) for other in others):
                return True
            # a compound naming the remiss: "utvecklingsstrategin", "dagvattenutredningen"
            if REMISS_SUBJECTS in others and _REMISS_COMPOUND.search(each):
                return True
    return False


def judgement(text: str) -> re.Match | None:
    """The first word of a judgement in `text` (the answerer's own words, quotations
    blanked) that stands in no relative clause, or None."""
    for found in _JUDGES.finditer(text):
        if _DESCRIBING.search(text[max(0, found.start() - 8) : found.start()]):
            continue
        if _NEGATED.match(text, found.end()) or _NEGATED_BEFORE.search(
            text[max(0, found.start() - 24) : found.start()]
        ):
            continue
        if _others_hold(text, found):
            continue
        return found
    return None
