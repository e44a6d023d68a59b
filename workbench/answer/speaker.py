"""Who speaks in an answer's sentence: the answerer, or the remiss (its author, a document
of it) whose words the answer reports or quotes.

What the answer quotes from the remiss (in quotation marks, "enligt planbeskrivningen …",
"utredningen föreslår att …", "föreslås …") is the remiss speaking, not the answerer: its
stance words are blanked (same length, so positions stay) before the stance reader looks. So is
what its proposal named as a noun holds ("utredningens förslag om att …") and its reasoning
told ("I utredningens resonemang kring … avfärdas …").
"""

from __future__ import annotations

import re

# The claim reported, named by the answer that takes the word back: "…, en bedömning som vi
# inte delar", "…, ett resonemang vi inte delar".
_CLAIM = (
    r"en (?:bedömning|uppfattning|bild|slutsats|beskrivning|syn)|ett (?:resonemang|påstående|"
    r"synsätt)"
)
# Quotations of the remiss: a passage in quotation marks of three words or more.
_QUOTED = re.compile(r"[„“”\"»«]([^„“”\"»«\n]{12,}?)[“”\"»«]")
# A quotation in the answerer's own voice, not the remiss's: the first person plural speaks
# ("”… och vi uppskattar att …”", an earlier yttrande of its own quoted) …
_OWN_QUOTE = re.compile(r"(?<![\wåäö])(?:vi|oss|vår|vårt|våra)(?![\wåäö])", re.I)
# … or a spokesperson says it, as a press page of the answerer's gives its remissvar:
# "”Förslaget är ett steg i fel riktning”, säger Anna Berg, ordförande."
_SPOKEN_BY = re.compile(
    r"[,.]? ?(?:[–-] )?(?:säger|sa|sade|menar|betonar|understryker|konstaterar|framhåller|"
    r"påpekar|förklarar|skriver|kommenterar|fortsätter)(?![\wåäö])",
    re.I,
)
# A sentence that reports what the remiss says ("Enligt planbeskrivningen …", "I förslaget
# anges …"): the remiss speaking.
_DOCUMENT = (
    r"(?:\w+ )?(?:plan\w*|förslag\w*|utredning\w*|FÖP\S*|ÖP\S*|översiktsplan\w*|"
    # (the answer itself is no part of it: "enligt remissvaret" is the answerer's word)
    r"fördjupning\w*|betänkande\w*|remiss(?!var|yttrande|svar)\w*|promemori\w*|"
    r"granskningsutlåtande\w*|"
    r"samrådsredogörelse\w*|planbeskrivning\w*|detaljplan\w*|miljökonsekvensbeskrivning\w*|"
    r"MKB\w*|strategi\w*|program\w*|handling\w*|"
    # the law speaking: "Enligt lagen måste kommunen …", "Enligt miljöbalken ska …"
    r"lag|lagen|lagstiftningen|förordning\w*|miljöbalken|PBL|direktiv\w*|föreskrift\w*)"
)
# "I planen …", "Av förslaget …" report only with a verb of saying ("I FÖP:en anges att …");
# without one they place the answer's own words ("I FÖP:en bör det framgå tydligare …").
# Any part of a document reports with a verb of saying in the passive or "står", "framgår"
# ("I värdebeskrivningen för riksintresset anges att …", "I de infällda kartorna föreslås
# …"); a footnote's number may stand first.
_PASSIVE_SAYING = (
    r"(?:anges|angavs|står|stod|framgår|framgick|föreslås|föreslogs|beskrivs|beskrevs|"
    r"konstateras|sägs|redovisas|redovisades|nämns|planeras|påstås|hävdas|uppges|anförs)"
)
_REPORTED = re.compile(
    rf"(?:^|(?<=[.!?:]\s))(?:\d{{1,2}} )?(?:Enligt {_DOCUMENT}|(?:I|Av) {_DOCUMENT}(?: \S+)"
    r"{0,3}? "
    r"(?:anges|står|framgår|föreslås|skriver|beskrivs|konstateras|bedöms|sägs|redovisas|"
    r"menar|anser|bedömer|föreslår|konstaterar|anger|beskriver|redovisar|nämns|planeras)|"
    r"(?:I|Av) (?:(?:de|den|det|denna|detta|dessa) (?:[\wåäö]+ ){0,2}?)?[\wåäö:-]+"
    rf"(?:en|et|na|erna|arna|orna|s)(?: [\wåäö:-]+){{0,5}}? {_PASSIVE_SAYING})"
    # what the document does not say, or says only or barely, is the answer's criticism: "I
    # planen anges inte hur …", "I konsekvensanalysen beskrivs endast effekterna för …"
    r"(?![\wåäö])(?! (?:dock |heller )?(?:inte|ej|icke|inga|ingen|inget|ingenting|bara|endast|"
    r"enbart|uteslutande|knappt|knappast|nästan (?:bara|enbart|endast)|(?:mycket )?kortfattat|"
    r"översiktligt|ytligt|summariskt)(?![\wåäö]))"
    rf"[^.!?]*?(?=,\s*(?:vilket|men|något|det|detta|{_CLAIM})\b|[.!?]|$)",
    re.I,
)
# A clause that says what the remiss holds in its middle: "Kommunerna ska enligt förslaget
# ansvara för tillsynen", "Området ska, enligt FÖP:en, bebyggas i etapper" (from the clause's
# start to its end; not where the answer contradicts it: "men enligt vår mening …").
_ACCORDING = re.compile(
    r"(?:^|(?<=[.!?:;]\s))(?:(?!(?:vi|jag|vår|våra|vårt|oss|anser|menar|bedömer|tycker)\b)"
    rf"[\wåäö:,()–-]+ ){{1,6}}?(?<!besluta )(?<!beslutar )enligt {_DOCUMENT}(?![\wåäö])"
    rf"[^.!?;:]*?(?=,\s*(?:vilket|men|något|det|detta|och vi|{_CLAIM})\b|\sutan\s|"
    r"[.!?;:](?:\s|$)|$)",
    re.I,
)
# What the remiss aims at, described: "Motiven i konsekvensutredningen är att …", "Syftet med
# förslaget är att …" (the remiss's purpose told, up to where the answer takes the word back;
# not "Syftet med förslaget är gott", a verdict, nor "Syftet med vårt yttrande är att …").
_PURPOSE = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:\d{1,2} )?(?:syftet|syftena|motivet|motiven|målet|målen|avsikten|"
    r"tanken|grundtanken|ambitionen|utgångspunkten|skälet|skälen|inriktningen) "
    r"(?:med|i|bakom|för) (?:(?:de|den|det|denna|detta|dessa) )?[\wåäö:-]*(?:utredning|förslag|"
    r"plan|promemori|betänkande|remiss(?!var|yttrande|svar)|lag|förordning|strategi|program|"
    r"reform|ändring|direktiv|uppdrag|konsekvensbeskrivning)[\wåäö:-]*(?: [\wåäö:-]+){0,3}? "
    r"(?:är|var|har varit) att[^.!?]*?(?=,\s*(?:vilket|men|något|det|detta)\b|[.!?]|$)",
    re.I,
)
# Its nouns, to skip at once the sentences without any.
_PURPOSE_WORD = re.compile(
    r"(?:syfte|motiv|mål|avsikt|tanke|ambition|utgångspunkt|skäl|inriktning)", re.I
)
# A clause of what someone says: "<subject> föreslår att …" (the subject judged by the
# reader), or a verb of saying in the passive, "föreslås", "anges" (the remiss speaking).
_SAID = re.compile(
    r"(?:(?<![\wåäö])(?P<by>[\wåäö:]+) (?:(?:också|även|vidare|dock|därför|bland annat|"
    r"däremot|emellertid|alltså|därtill|vidare) )*"
    r"(?P<active>föreslår|föreslog|anser|ansåg|bedömer|bedömde|menar|konstaterar|skriver|anger|"
    r"beskriver|framhåller|gör (?:den )?bedömningen|kräver|förutsätter|föreskriver|"
    # what the remiss finds and argues: "Utredningen visar tydligt att …"
    r"visar|påvisar|pekar (?:[\wåäö]+ )?på|lyfter (?:[\wåäö]+ )?fram|redovisar|hävdar|påpekar|"
    r"understryker|betonar|slår (?:[\wåäö]+ )?fast|gör (?:[\wåäö]+ )?gällande|"
    r"drar (?:[\wåäö]+ )?slutsatsen)|"
    # a passive in a relative clause names what it holds: "den bebyggelse som föreslås så
    # bedömer vi att …" reports nothing
    r"(?<![\wåäö])(?<!som\s)(?<!vad\s)(?P<passive>föreslås|"
    r"föreslogs|föreslagits|anges|angavs|bedöms|bedömdes|konstateras|beskrivs|framhålls|"
    # reasoning reported in the passive: "I konsekvensbeskrivningen förs ett resonemang om
    # att …", "det hävdas att …"
    r"förs (?:ett |en )?(?:resonemang|diskussion) (?:om|kring)|framförs|hävdas|påstås|uppges|"
    r"sägs|"
    # (not under a negation: "Utredningen visar inte att …" is the answer's criticism)
    r"anförs))(?P<verb>)(?! (?:inte|ej|icke|aldrig)(?![\wåäö]))(?: [^.!?,]{0,40}?)? att "
    rf"(?:[^.!?]*?)(?=,\s*(?:vilket|men|något|det|{_CLAIM}|"
    r"detta|och vi|och [\wåäö]+ (?:anser|menar))\b|[.!?](?:\s|$)|$)",
    re.I,
)
# What the remiss proposes, in the passive and with no "att": "Huvudkontoret föreslås ligga i
# Stockholm", "Förordningen föreslås, i likhet med dagens, uppställa krav på …" (not in a
# relative clause: "de åtgärder som föreslås bör genomföras" is the answer's).
_PROPOSED = re.compile(
    r"(?<![\wåäö])(?<!som )(?<!vad )(?:föreslås|föreslogs|har föreslagits)(?! att)"
    r"(?! (?:[\wåäö]+ )?(?:inte|ej)\b)"
    rf"([^.!?]*?)(?=,\s*(?:vilket|men|något|det|detta|och vi|{_CLAIM})\b|[.!?](?:\s|$)|$)",
    re.I,
)
# A relative clause's opening, an adverb or two before its verb: "som nu föreslås".
_RELATIVE = re.compile(r"(?<![\wåäö])(?:som|vad)(?: [\wåäö]+){0,2} $", re.I)
# A subject after its verb, where a fronted part inverts the order ("… anser vi att").
_INVERTED_SUBJECT = re.compile(r" (?:vi|jag|oss|vi också|vi därför)(?![\wåäö])", re.I)
# The verbs `_SAID` starts from, to skip at once the sentences without any.
_SAYING_VERB = re.compile(
    r"(?<![\wåäö])(?:föresl|anser|ansåg|bedöm|menar|konstater|skriver|ange|beskriv|framhåll|"
    r"anförs|gör (?:den )?bedömningen|kräver|förutsätter|föreskriver|visar|påvisar|"
    r"pekar (?:[\wåäö]+ )?på|"
    r"lyfter (?:[\wåäö]+ )?fram|redovisar|hävdar|påpekar|understryker|betonar|"
    r"slår (?:[\wåäö]+ )?fast|gör (?:[\wåäö]+ )?gällande|drar (?:[\wåäö]+ )?slutsatsen|förs|"
    r"framförs|hävdas|påstås|uppges|sägs)",
    re.I,
)
# A state body other than the answerer (not checked against the answer's own name here):
# "Trafikverket gör bedömningen att …", "Naturvårdsverket anser att …". A municipality's own
# organs ("Miljöförvaltningen", "Kommunstyrelsen") often are the answerer, so they are none.
_BODY = re.compile(
    r"[A-ZÅÄÖ][\wåäö-]+(?:verket|inspektionen|myndigheten|kommissionen|domstolen|"
    r"ombudsmannen|departementet|makten|ämbetet|kollegiet)|Riksdagen|Boverket|Polisen|"
    r"Lantmäteriet|Säkerhetspolisen",
)
# Others in the plural, never the answerer: "Flera remissinstanser menar att …", "Läns-
# styrelserna anser att …", "Experterna bedömer att …".
_OTHERS_PLURAL = re.compile(
    r"(?:länsstyrelserna|kommunerna|regionerna|myndigheterna|remissinstanserna|remissinstanser|"
    r"instanserna|aktörerna|kritikerna|forskarna|experterna|experter|forskare|debattörer)",
    re.I,
)
# Who speaks for the remiss: a phrase with one of them as its subject is reported speech.
REMISS_SUBJECTS = re.compile(
    r"(?:utredning(?:en)?|utredaren|utredarna|utredare|kommittén|regeringen|departementet|"
    r"promemorian|betänkandet|planbeskrivningen|planförslaget|planen|detaljplanen|förslaget|"
    r"remissen|strategin|programmet|granskningsutlåtandet|samrådsredogörelsen|"
    r"exploatören|byggherren|sökanden|föp:en|öp:en|översiktsplanen|fördjupningen|"
    r"[a-zåäö]*planen|[a-zåäö]*utredningen|[a-zåäö]*beskrivningen)",
    re.I,
)


def reported_blanked(
    text: str, others: frozenset[str] | set[str] = frozenset(), subjects: tuple[str, ...] = ()
) -> str:
    """`text` with what the remiss says blanked (same length): the clause a verb of
    saying opens when the remiss or its author speaks ("Utredningen föreslår att
    tingsrätten ska kunna …", "I den föreslogs att tio myndigheter bör samlas …"), up
    to where the answer takes the word back (", vilket …", ", men …", the sentence's
    end). The verb itself stays, for the stance reader to judge. `others`: words naming the
    remiss's author in this answer ("kommunen"); `subjects`: the answerer's names, so that a
    state body that is the answerer ("Trafikverket anser att …" in its own answer) speaks
    for itself."""
    if not _SAYING_VERB.search(text):
        return text  # most sentences say nothing of anyone's saying: no clause to find
    out = text
    for found in _SAID.finditer(text):
        by = found.group("by")
        if by is None and _RELATIVE.search(text, max(0, found.start() - 20), found.start()):
            continue  # "de bostäder som nu föreslås så …": a relative clause reports nothing
        if by is not None and _INVERTED_SUBJECT.match(text, found.end("active")):
            continue  # "… stöder förslaget anser vi att …": the answer's view, inverted
        if by is not None:
            subject = by.casefold()
            if not (
                another_speaks(by, others, subjects)
                or _rule_speaks(text, found.end("by"))
                or _author_writes(subject, found.group("active"), subjects)
            ):
                continue
        start = found.end("verb")
        out = out[:start] + " " * (found.end() - start) + out[found.end() :]
    for found in _SAID_INVERTED.finditer(text):
        before = text[max(text.rfind(". ", 0, found.start()), 0) : found.start()]
        subject = found.group("by").split()[-1]
        if (
            adverbial_first(before.strip(" .").split())
            and not _OWN_DOCUMENT.match(found.group("by"))
            and another_speaks(subject, others, subjects)
        ):
            start = found.end("verb")
            out = out[:start] + " " * (found.end() - start) + out[found.end() :]
    for found in _WRITES_INVERTED.finditer(text):
        if _author_writes(found.group("by").casefold(), found.group("active"), subjects):
            start = found.end("active")
            out = out[:start] + " " * (found.end() - start) + out[found.end() :]
    for found in _PROPOSED.finditer(text):
        if _RELATIVE.search(text, max(0, found.start() - 20), found.start()):
            continue  # "de ändringar som nu föreslås är …": what it holds, the answer's words
        out = out[: found.start(1)] + " " * (found.end() - found.start(1)) + out[found.end() :]
    return out


# The remiss's proposal named as a noun, with what it holds: "utredningens förslag om att det
# inte ska vara möjligt att …", "förslaget att kommunerna ska …" (what it holds is the
# remiss's; the answer's verdict on it stands outside: "avstyrker förslaget om att …", and
# so does a verdict in the passive that closes the sentence: "Förslaget att sänka åldern
# tillstyrks.").
_VERDICT_CLOSING = (
    r"\s+(?:(?:kan|bör|ska) (?:därför |dock |också |inte |därmed )?)?(?:tillstyrks|tillstyrkas|"
    r"avstyrks|avstyrkas|avstyrkes|välkomnas|stöds|godtas|godkänns|biträds|accepteras)"
    r"(?: (?:inte|därför|dock|också|därmed|helt|fullt ut|i huvudsak|delvis|"
    r"av [\wåäö]+))*[.!?](?:\s|$)"
)
# The answer's main clause after a fronted topic, its verb before its subject: "När det gäller
# förslaget om att få cykla i körbanan vill vi föreslå …" (what the proposal holds ends there).
_ANSWER_TAKES_WORD = r"\s+(?:[\wåäö]+r|vill|kan|måste|bör|ska|skulle)\s+(?:vi|jag)(?![\wåäö])"
_PROPOSAL_NAMED = re.compile(
    r"(?<![\wåäö])(?:(?:utredningens|utredarens|kommitténs|promemorians|betänkandets|"
    r"regeringens|departementets|planens|[\wåäö]*utredningens) (?:[\wåäö]+ )?förslag"
    r"(?:et|en)?|förslaget|förslagen) (?:om |till )?att (?P<content>[^.!?]*?)"
    rf"(?=,\s*(?:vilket|men|något|det|detta|och vi|{_CLAIM})\b|[.!?;:](?:\s|$)|$|"
    rf"{_VERDICT_CLOSING}|{_ANSWER_TAKES_WORD})",
    re.I,
)
_PROPOSAL_NAMED_WORD = re.compile(r"förslag", re.I)


# The remiss's reasoning told: "I utredningens resonemang kring vilken myndighet som bör få
# ansvaret avfärdas …", "I promemorians analys konstateras …" (to the sentence's end, an
# abbreviation's point within; not where the sentence finds a fault: "I utredningens analys
# saknas …", "… är inte övertygande").
_REASONING = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:I|Av) (?:[\wåäö]*utredningens|utredarens|kommitténs|promemorians|"
    r"betänkandets|förslagets|departementets|regeringens) (?:[\wåäö]+ )?(?:resonemang|analys|"
    r"genomgång|diskussion|redogörelse|argumentation|motivering|överväganden|bakgrundsbeskrivning)"
    r"(?![\wåäö])(?:[^.!?]|\.(?!\s+(?-i:[A-ZÅÄÖ])))*?"
    rf"(?=,\s*(?:vilket|men|något|det|detta|och vi|{_CLAIM})\b|[.!?](?:\s+(?-i:[A-ZÅÄÖ])|\s*$)|$)",
    re.I,
)
_FAULT_WORD = re.compile(
    r"(?<![\wåäö])(?:inte|ej|icke|saknas|saknar|brist\w*|otillräcklig\w*|oklar\w*|otydlig\w*|"
    r"felaktig\w*|ofullständig\w*|bristfällig\w*|märklig\w*|tveksam\w*)(?![\wåäö])",
    re.I,
)


# The answer's own ask placed in the remiss's reasoning: "I promemorians analys bör det
# framgå …", "I utredningens analys av kostnaderna behöver …".
_ASKED_THERE = re.compile(
    r"^\S+ \S+ (?:[\wåäö]+ )?\S+ (?:(?:av|om|kring|för) [\wåäö]+ )?(?:bör|borde|måste|behöver|"
    r"skulle behöva|hade behövt|ska|skall)(?![\wåäö])",
    re.I,
)


def _blank_reasoning(match: re.Match) -> str:
    told = match.group(0)
    if _FAULT_WORD.search(told) or _ASKED_THERE.match(told):
        return told
    return _blank(match)


def _blank_content(match: re.Match) -> str:
    start, end = match.span("content")
    whole = match.group(0)
    offset = match.start()
    return whole[: start - offset] + " " * (end - start) + whole[end - offset :]


# What a plan's author writes in it, the verb of a document's words with the author as its
# subject ("kommunen anger att …", after a fronted part "För område B01 anger kommunen att …"):
# the plan speaking, unless the answerer is that author (a municipality's own "kommunen").
_WRITING_VERBS = {"anger", "skriver", "beskriver", "redovisar"}
_AUTHORS = {"kommunen", "regionen", "staden"}
_WRITES_INVERTED = re.compile(
    r"(?<![\wåäö])(?P<active>anger|skriver|beskriver|redovisar) (?P<by>kommunen|regionen|"
    r"staden)(?: (?:också|även|dock|vidare|därför))* att "
    rf"[^.!?]*?(?=,\s*(?:vilket|men|något|det|detta|och vi|{_CLAIM})\b|[.!?](?:\s|$)|$)",
    re.I,
)


# Words that are the subject before a verb, so that what follows it is its object ("Vi
# föreslår kommunerna att …"), not its subject.
_SUBJECT_PRONOUN = re.compile(r"(?:vi|jag|ni|de|man|hon|han|den|det|detta|som)", re.I)


def adverbial_first(words: list[str]) -> bool:
    """Whether the clause before a verb is an adverbial, not its subject, so that the verb
    comes second and its subject after it: an adverb ("Vidare föreslår utredningen …") or a
    phrase that opens with one or with a preposition ("Bland annat föreslår …", "Mot den
    bakgrunden föreslår …"), not "Vi föreslår kommunerna …" or "Älmhults kommun anser …"."""
    if not words:
        return False
    first = words[0].strip(" ,-–•*").casefold()
    last = words[-1].strip(" ,")
    if len(words) == 1:
        return first in _OPENING_ADVERBS
    return (first in _OPENING_ADVERBS or first in _PREPOSITIONS) and not (
        _SUBJECT_PRONOUN.fullmatch(last) or last[:1].isupper()
    )


_PREPOSITIONS = {
    "i", "på", "mot", "med", "genom", "enligt", "utifrån", "inom", "efter", "under", "vid",
    "av", "från", "bland", "utöver", "förutom", "trots", "till", "kring", "om",
}  # fmt: skip


# Adverbs a sentence opens with before its verb ("Vidare föreslår utredningen …").
_OPENING_ADVERBS = {
    "vidare", "samtidigt", "därutöver", "dessutom", "därför", "också", "även", "slutligen",
    "sedan", "nu", "då", "här", "där", "därtill", "därmed", "alltså", "således", "däremot",
    "emellertid", "dock", "därefter", "först", "sist", "avslutningsvis", "inledningsvis",
    "sammanfattningsvis", "härutöver", "utöver", "istället", "annars", "likaså",
}  # fmt: skip
# Verbs of saying whose subject may follow them, a part fronted ("Vidare föreslår
# utredningen …"); not those whose object may be the remiss ("tillstyrker förslaget").
INVERTING_VERBS = (
    r"föreslår|föreslog|anser|ansåg|bedömer|bedömde|menar|konstaterar|skriver|anger|"
    r"beskriver|framhåller|redovisar|hävdar|påpekar|understryker|betonar"
)
# A verb of saying second, its subject after it, a part fronted before ("Bland annat föreslår
# utredningen att …", "Samtidigt föreslår departementet en ny ordning …"): what the subject
# says, to where the answer takes the word back.
_SAID_INVERTED = re.compile(
    rf"(?<![\wåäö])(?P<active>{INVERTING_VERBS}) (?:(?:nu|också|även|vidare|dock|därför|"
    r"bland annat) )*"
    r"(?P<by>(?:[\wåäö]{3,}s )?[\wåäö:]+)(?P<verb>)(?: (?:också|även|dock|vidare|därför|nu))*"
    r"(?! (?:inte|ej|icke|aldrig)(?![\wåäö]))"
    rf"[^.!?]*?(?=,\s*(?:vilket|men|något|det|detta|och vi|och [\wåäö]+ (?:anser|menar)|"
    rf"{_CLAIM})\b|[.!?](?:\s|$)|$)",
    re.I,
)


def _author_writes(subject: str, verb: str, subjects: tuple[str, ...]) -> bool:
    """Whether `subject` is a plan's author ("kommunen") writing in it (`verb` one of a
    document's words), the answerer being another (no name of its names that author)."""
    if subject not in _AUTHORS or verb.casefold() not in _WRITING_VERBS:
        return False
    stem = subject[:-2]  # "kommun", "region", "stad"
    return not any(stem in name.casefold() for name in subjects)


def own_words(text: str) -> str:
    """`text` with what it quotes of the remiss blanked out (same length, so positions in it
    are positions in `text`): passages in quotation marks of three words or more, and
    sentences that report the remiss ("Enligt planbeskrivningen …"), and clauses that say
    what it holds in their middle ("Kommunerna ska enligt förslaget …")."""

    def blank(match: re.Match) -> str:
        inner = match.group(0)
        if len(inner.split()) < 3 or _OWN_QUOTE.search(inner):
            return inner
        if _SPOKEN_BY.match(match.string, match.end()):
            return inner  # "”Vi välkomnar …”, säger förbundets ordförande": its own voice
        return " " * len(inner)

    text = _QUOTED.sub(blank, text)
    if _PROPOSAL_NAMED_WORD.search(text):
        text = _PROPOSAL_NAMED.sub(_blank_content, text)
    text = _REASONING.sub(_blank_reasoning, text)
    if _PURPOSE_WORD.search(text):
        text = _PURPOSE.sub(_blank, text)
    text = _REPORTED.sub(_blank, text)
    return _ACCORDING.sub(_blank, text)


# A rule as the subject of a verb of requiring: the law speaking, not the answerer ("Hushåll-
# ningsbestämmelserna för området kräver att …", "Miljöbalken förutsätter att …").
RULE_SUBJECT = re.compile(
    r"[\wåäö-]*(?:bestämmelse|bestämmelser|bestämmelsen|bestämmelserna|lagen|lagar|lagarna|"
    r"lagstiftningen|förordningen|föreskrifterna|föreskriften|regeln|reglerna|regelverket|"
    r"direktivet|balken|PBL|konventionen)",
    re.I,
)


def _rule_speaks(text: str, at: int) -> bool:
    """Whether the clause up to `at` opens with a rule ("Hushållningsbestämmelser för
    området kräver att …")."""
    begin = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at))
    opening = text[begin + 1 : at].split()
    return bool(opening) and bool(RULE_SUBJECT.fullmatch(opening[0].strip(",")))


def another_speaks(word: str, others=frozenset(), subjects: tuple[str, ...] = ()) -> bool:
    """Whether `word`, the subject of a verb of saying, is the remiss ("utredningen"), its
    author in this answer (`others`: "kommunen"), a state body that is not the answerer
    (`subjects`: its names) or others in the plural ("remissinstanserna")."""
    folded = word.casefold()
    return bool(
        REMISS_SUBJECTS.fullmatch(folded)
        or folded in others
        or third_party(word, subjects)
        or _OTHERS_PLURAL.fullmatch(folded)
    )


def others_plural(word: str) -> bool:
    """Whether `word` names others in the plural ("remissinstanserna", "experterna")."""
    return bool(_OTHERS_PLURAL.fullmatch(word))


def third_party(word: str, subjects: tuple[str, ...]) -> bool:
    """Whether `word`, the subject of a verb of saying, names a state body that is not the
    answerer (none of the words of its names)."""
    if not _BODY.fullmatch(word):
        return False
    folded = word.casefold()
    return not any(folded in name.casefold().split() for name in subjects)


# The answerer's own document in an account: "I Länsstyrelsens vägledning framgår att …",
# "I vårt tidigare yttrande anges …" (its own word, not the remiss's).
_OWN_DOCUMENT = re.compile(r"(?<![\wåäö])(?:vår|vårt|våra|min|mitt|mina)(?![\wåäö])", re.I)
_LETTER = re.compile(r"[\wåäö]")
REPORTED_AT_LEAST = 12  # letters: an account, not a word or two set in quotation marks


# A sentence that tells what the remiss holds, its subject the remiss and its verb one of
# describing: "Förslaget innebär alltså att …", "Utredningens förslag handlar om …",
# "Förordningen innehåller dessutom ett nytt krav …" (with no stand of the answerer's in it,
# an account of the remiss; read only where the reader found no stand).
_DESCRIBED = re.compile(
    r"^[\s\"'”*(–-]*(?:(?:den|det|de|denna|detta|dessa) )?(?:[\wåäö:-]+s )?(?P<subject>[\wåäö:-]+)"
    r"(?: [\wåäö:-]+){0,3}? (?:innebär|innehåller|omfattar|handlar (?:\w+ )?om|gäller|syftar "
    r"till|bygger på|behandlar|tar upp|utgår från|riktar sig till|redogör för|beskriver|"
    r"redovisar|presenterar|går igenom)(?![\wåäö])",
    re.I,
)


def description_end(text: str) -> int:
    """Where the verb ends of `text`'s opening that tells what the remiss or a rule holds
    ("Förslaget innebär", "Konsekvensförordningen innehåller dessutom"), -1 without one."""
    found = _DESCRIBED.match(text)
    if found is None:
        return -1
    subject = found.group("subject").casefold()
    if REMISS_SUBJECTS.fullmatch(subject) or _ITS_PROPOSAL.fullmatch(subject):
        return found.end()
    return -1


def describes_the_remiss(text: str) -> bool:
    """Whether `text` opens with the remiss (or a part of it, or what it proposes) telling
    what it holds: "Förslaget innebär att …", "Utredningens förslag handlar om …"."""
    found = _DESCRIBED.match(text)
    if found is None:
        return False
    subject = found.group("subject").casefold()
    return bool(REMISS_SUBJECTS.fullmatch(subject) or _ITS_PROPOSAL.fullmatch(subject))


# What the remiss proposes as a subject: "förslaget", "förordningen", "reformen" …
_ITS_PROPOSAL = re.compile(
    r"[\wåäö:-]*(?:förslag|förslaget|förslagen|förordningen|lagförslaget|lagen|reformen|"
    r"ändringen|ändringarna|modellen|regleringen|bestämmelsen|bestämmelserna)",
    re.I,
)


def reports(text: str, subjects: tuple[str, ...] = (), others=frozenset()) -> bool:
    """Whether `text` gives an account of what the remiss, its author or another body says:
    a sentence or clause of reported speech ("Utredningen föreslår att …", "Enligt FÖP:en
    ska …", "Trafikverket gör bedömningen att …", "… föreslås uppställa krav …"). A bare
    quotation is not counted (it may be a title: "hänvisar till rapporten ”…”"), nor an
    account of the answerer's own document ("I Länsstyrelsens vägledning framgår att …")."""
    purposes = _PURPOSE.sub(_blank, text) if _PURPOSE_WORD.search(text) else text
    if describes_the_remiss(text):
        return True
    accounts = _ACCORDING.sub(_blank, _REPORTED.sub(_blank, purposes))
    accounts = _REASONING.sub(_blank_reasoning, accounts)
    spoken = reported_blanked(accounts, others, subjects)
    said = "".join(a if a != b else " " for a, b in zip(text, spoken, strict=True))
    if len(_LETTER.findall(said)) < REPORTED_AT_LEAST:
        return False
    # whose document speaks: named before the account or in it ("I vår vägledning anges …")
    upto = text[: len(said.rstrip())]
    if _OWN_DOCUMENT.search(upto):
        return False
    genitives = {f"{w}s" for name in subjects for w in name.casefold().split() if len(w) > 3}
    return not any(word.strip(",.()") in genitives for word in upto.casefold().split())


def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))
