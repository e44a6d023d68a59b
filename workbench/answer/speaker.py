"""Who speaks in an answer's sentence: the answerer, or the remiss (its author, a document
of it) whose words the answer reports or quotes.

What the answer quotes from the remiss (in quotation marks, "enligt planbeskrivningen …",
"utredningen föreslår att …", "föreslås …") is the remiss speaking, not the answerer: its
stance words are blanked (same length, so positions stay) before the stance reader looks.
"""

from __future__ import annotations

import re

# Quotations of the remiss: a passage in quotation marks of three words or more.
_QUOTED = re.compile(r"[„“”\"»«]([^„“”\"»«\n]{12,}?)[“”\"»«]")
# A sentence that reports what the remiss says ("Enligt planbeskrivningen …", "I förslaget
# anges …"): the remiss speaking.
_DOCUMENT = (
    r"(?:\w+ )?(?:plan\w*|förslag\w*|utredning\w*|FÖP\S*|ÖP\S*|översiktsplan\w*|"
    r"fördjupning\w*|betänkande\w*|remiss\w*|promemori\w*|granskningsutlåtande\w*|"
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
    # what the document does not say is the answer's criticism: "I planen anges inte hur …"
    r"(?![\wåäö])(?! (?:dock |heller )?(?:inte|ej|icke|inga|ingen|inget|ingenting)(?![\wåäö]))"
    r"[^.!?]*?(?=,\s*(?:vilket|men|något|det|detta)\b|[.!?]|$)",
    re.I,
)
# A clause that says what the remiss holds in its middle: "Kommunerna ska enligt förslaget
# ansvara för tillsynen", "Området ska, enligt FÖP:en, bebyggas i etapper" (from the clause's
# start to its end; not where the answer contradicts it: "men enligt vår mening …").
_ACCORDING = re.compile(
    r"(?:^|(?<=[.!?:;]\s))(?:(?!(?:vi|jag|vår|våra|vårt|oss|anser|menar|bedömer|tycker)\b)"
    rf"[\wåäö:,()–-]+ ){{1,6}}?(?<!besluta )(?<!beslutar )enligt {_DOCUMENT}(?![\wåäö])"
    r"[^.!?;:]*?(?=,\s*(?:vilket|men|något|det|detta|och vi)\b|\sutan\s|[.!?;:](?:\s|$)|$)",
    re.I,
)
# A clause of what someone says: "<subject> föreslår att …" (the subject judged by the
# reader), or a verb of saying in the passive, "föreslås", "anges" (the remiss speaking).
_SAID = re.compile(
    r"(?:(?<![\wåäö])(?P<by>[\wåäö:]+) (?:(?:också|även|vidare|dock|därför|bland annat) )*"
    r"(?P<active>föreslår|föreslog|anser|ansåg|bedömer|bedömde|menar|konstaterar|skriver|anger|"
    r"beskriver|framhåller|gör (?:den )?bedömningen)|(?<![\wåäö])(?P<passive>föreslås|"
    r"föreslogs|föreslagits|anges|angavs|bedöms|bedömdes|konstateras|beskrivs|framhålls|"
    r"anförs))(?P<verb>)(?: [^.!?,]{0,40}?)? att (?:[^.!?]*?)(?=,\s*(?:vilket|men|något|det|"
    r"detta|och vi|och [\wåäö]+ (?:anser|menar))\b|[.!?](?:\s|$)|$)",
    re.I,
)
# What the remiss proposes, in the passive and with no "att": "Huvudkontoret föreslås ligga i
# Stockholm", "Förordningen föreslås, i likhet med dagens, uppställa krav på …" (not in a
# relative clause: "de åtgärder som föreslås bör genomföras" is the answer's).
_PROPOSED = re.compile(
    r"(?<![\wåäö])(?<!som )(?<!vad )(?:föreslås|föreslogs|har föreslagits)(?! att)"
    r"(?! (?:[\wåäö]+ )?(?:inte|ej)\b)"
    r"([^.!?]*?)(?=,\s*(?:vilket|men|något|det|detta|och vi)\b|[.!?](?:\s|$)|$)",
    re.I,
)
# A subject after its verb, where a fronted part inverts the order ("… anser vi att").
_INVERTED_SUBJECT = re.compile(r" (?:vi|jag|oss|vi också|vi därför)(?![\wåäö])", re.I)
# The verbs `_SAID` starts from, to skip at once the sentences without any.
_SAYING_VERB = re.compile(
    r"(?<![\wåäö])(?:föresl|anser|ansåg|bedöm|menar|konstater|skriver|ange|beskriv|framhåll|"
    r"anförs|gör (?:den )?bedömningen)",
    re.I,
)
# Who speaks for the remiss: a phrase with one of them as its subject is reported speech.
REMISS_SUBJECTS = re.compile(
    r"(?:utredning(?:en)?|utredaren|utredarna|kommittén|regeringen|departementet|"
    r"promemorian|betänkandet|planbeskrivningen|planförslaget|planen|detaljplanen|förslaget|"
    r"remissen|strategin|programmet|granskningsutlåtandet|samrådsredogörelsen|"
    r"exploatören|byggherren|sökanden|föp:en|öp:en|översiktsplanen|fördjupningen|"
    r"[a-zåäö]*planen|[a-zåäö]*utredningen|[a-zåäö]*beskrivningen)",
    re.I,
)


def reported_blanked(text: str, others: frozenset[str] | set[str] = frozenset()) -> str:
    """`text` with what the remiss says blanked (same length): the clause a verb of
    saying opens when the remiss or its author speaks ("Utredningen föreslår att
    tingsrätten ska kunna …", "I den föreslogs att tio myndigheter bör samlas …"), up
    to where the answer takes the word back (", vilket …", ", men …", the sentence's
    end). The verb itself stays, for the stance reader to judge. `others`: words naming the
    remiss's author in this answer ("kommunen")."""
    if not _SAYING_VERB.search(text):
        return text  # most sentences say nothing of anyone's saying: no clause to find
    out = text
    for found in _SAID.finditer(text):
        by = found.group("by")
        if by is not None and _INVERTED_SUBJECT.match(text, found.end("active")):
            continue  # "… stöder förslaget anser vi att …": the answer's view, inverted
        if by is not None:
            subject = by.casefold()
            if not (REMISS_SUBJECTS.fullmatch(subject) or subject in others):
                continue
        start = found.end("verb")
        out = out[:start] + " " * (found.end() - start) + out[found.end() :]
    for found in _PROPOSED.finditer(text):
        out = out[: found.start(1)] + " " * (found.end() - found.start(1)) + out[found.end() :]
    return out


def own_words(text: str) -> str:
    """`text` with what it quotes of the remiss blanked out (same length, so positions in it
    are positions in `text`): passages in quotation marks of three words or more, and
    sentences that report the remiss ("Enligt planbeskrivningen …"), and clauses that say
    what it holds in their middle ("Kommunerna ska enligt förslaget …")."""

    def blank(match: re.Match) -> str:
        inner = match.group(0)
        if len(inner.split()) < 3:
            return inner
        return " " * len(inner)

    text = _QUOTED.sub(blank, text)
    text = _REPORTED.sub(lambda m: " " * len(m.group(0)), text)
    return _ACCORDING.sub(lambda m: " " * len(m.group(0)), text)
