"""The answer's overall stance: its verdict on the remiss as a whole (for, partly, against,
comment or none), read from its positions, and the passage it was read from.

In the order a case officer reads for it (`overall_stance`):
1. a rejection of the remiss as a whole ("avstyrker förslaget", "anser att detaljplanen inte
   ska antas") decides, beside support of parts;
2. support in the main said in so many words ("tillstyrker i huvudsak förslaget") is partly;
3. support that brings its remarks in ("tillstyrker förslaget med följande synpunkter:") is
   for, unless a part is opposed in so many words;
4. else its summing-up parts, demands and conclusions (by their opening words, or a last
   stand drawn from what came before: "tillstyrker därför förslaget"); else its positions on
   the remiss as a whole; else all of them. The first with a verdict decides: support beside
   criticism or opposition of a part is partly, criticism throughout against, views and
   proposals comment, no views first none;
5. else a headline's verdict ("Ja till …", "Kritik mot …"), else its sentences weighed one
   by one;
6. where all that finds is views ("comment"), the share of its stands: support beside
   criticism is partly, criticism as the largest share (no support) against;
7. where it finds support, two criticisms at least beside it make it partly, unless the
   support is the answer's conclusion.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from workbench.answer.analyse import CONCLUDES, REMISS_NAMED, SURE, ImportedPosition
from workbench.answer.phrases import ADOPTED
from workbench.answer.stance import StanceReader, criticises_the_remiss
from workbench.core.stances import (
    AGAINST,
    COMMENT,
    FOR,
    FREE_TEXT,
    NEUTRAL,
    NO_COMMENTS,
    NONE,
    PARTLY,
    PROPOSAL,
)

# Keys of a question put to the remiss: what it means, how it is meant to work.
_ASKING = {"undrar"}
# Keys that say no to the proposal in so many words (not a shortcoming found in it).
_OPPOSING = {"avstyrker", "ifragasatter"}


# ... as the object of a verdict, ending its clause or "i sin helhet", "i nuvarande form",
# "av följande skäl:" (not "förslaget om avgifter", "att …": a part). "Förslagen i
# promemorian" is the remiss too.
_IN_THE_REMISS = (
    r"(?: i (?:promemorian|betänkandet|remissen|utredningen|delbetänkandet|rapporten|"
    r"lagrådsremissen|planförslaget))?"
)
_AS_A_WHOLE = (
    r"(?:,? (?:i sin helhet|i dess helhet|i (?:dess|sin) (?:nuvarande|föreslagna) (?:form|"
    r"utformning|lydelse)|i nuvarande (?:form|utformning|lydelse)))?"
)
# The remiss, or the work on it: "planarbetet".
_REMISS = rf"(?:{REMISS_NAMED}|planarbetet|planprocessen)"
_AS_OBJECT = (
    _REMISS
    + _IN_THE_REMISS
    + r"(?: (?:till|för) [^.;:!?]{0,90}?)?"
    + _AS_A_WHOLE
    + r"(?= *(?:[.;:!?]|$|,? och (?:yrkar|anser|vill|föreslår|begär)|,? (?:av|med|på) "
    r"(?:följande|nedanstående|flera|ett antal|dessa) (?:skäl|motivering|grunder|anledningar)))"
)
_ADVERBS = (
    r"(?: (?:därför|dock|således|alltså|därmed|härmed|helt|bestämt|starkt|i sin helhet|"
    r"enligt [\wåäö:]+ (?:mening|bedömning|uppfattning)|i (?:dess|sin) nuvarande form|"
    r"i (?:sitt|vårt|dess|mitt) (?:remissvar|yttrande|svar)))*"
)
# What stops it: "inte antas", "avbrytas", "dras tillbaka".
_STOPPED = (
    r"(?:(?:inte|ej) (?:[\wåäö]+ )?(?:" + ADOPTED + r"|genomföras|genomförs|godkännas|godkänns|"
    r"fastställas|fastställs|vinna laga kraft|vinner laga kraft|läggas till grund "
    r"för [\wåäö ]{3,40})|avslås|upphävs|upphävas|dras tillbaka|återkallas|avbryts|avbrytas|"
    r"förkastas|avstyrkas|omarbetas|göras om)"
)
_REJECTS_THE_REMISS = re.compile(
    r"(?<![\wåäö])(?:(?:avstyrker|avstyrkte|säger nej till|sa nej till|motsätter (?:sig|oss|"
    r"mig)|förkastar|avvisar|avråder från|tar (?:[\wåäö]+ )?avstånd från|vänder (?:sig|oss|"
    r"mig) (?:[\wåäö]+ )?mot|tror (?:[\wåäö]+ )?(?:inte|ej) på|"
    r"kan (?:[\wåäö]+ ){0,2}?(?:inte|ej) (?:tillstyrka|godta|acceptera|stödja|ställa (?:sig|"
    r"oss|mig) bakom)|ställer (?:sig|oss|mig) (?:[\wåäö]+ )?(?:negativ\w*|avvisande|"
    r"kritisk\w*) till|(?:är|var)(?: i (?:sitt|vårt|mitt) (?:remissvar|yttrande))? "
    r"(?:[\wåäö]+ )?(?:emot|negativ\w* till|kritisk\w* till)|"
    r"(?:yrkar|yrkas|begär|kräver) (?:[\wåäö]+ )?(?:avslag på|att))"
    + _ADVERBS
    + " "
    + _AS_OBJECT
    + ")"
    # a demand or a view that it be stopped: "yrkar på att detaljplanen inte antas", "anser
    # att förslaget inte bör genomföras", "motsätter sig att planen antas"
    + r"|(?<![\wåäö])(?:yrkar|yrkas|begär|kräver|hemställer|anser|menar|föreslår|"
    r"avråder) (?:[\wåäö]+ )?(?:på |om |från )?att "
    + _REMISS
    + _IN_THE_REMISS
    + r"(?: (?:[\wåäö]+ ){0,3}?(?:bör|ska|skall|får|måste) (?:därför )?"
    + _STOPPED
    + r"| "
    + _STOPPED
    + r")(?![\wåäö])"
    # opposed to its adoption: "motsätter sig att detaljplanen antas"
    + r"|(?<![\wåäö])(?:motsätter (?:sig|oss|mig)|avråder från) att "
    + _REMISS
    + _IN_THE_REMISS
    + r" (?:antas|genomförs|godkänns|fastställs)(?![\wåäö])"
    # ... or as the subject of its rejection: "Planförslaget kan inte godtas"
    + r"|(?:^|[.!?] )"
    + _REMISS
    + _IN_THE_REMISS
    + _ADVERBS
    + r" (?:kan (?:[\wåäö]+ )?(?:inte|ej) (?:godtas|accepteras|"
    r"tillstyrkas|godkännas|antas)|(?:bör|ska|skall) (?:[\wåäö]+ )?" + _STOPPED + r"|avstyrks)"
    r"(?= *(?:[.;!?]|$|,? (?:i sin helhet|och)))",
    re.I,
)


def rejects_the_remiss(text: str) -> bool:
    """Whether `text` rejects the remiss as a whole, as its object ("avstyrker förslaget",
    "säger nej till utredningens förslag till ny reglering", "kan inte tillstyrka förslaget i
    sin nuvarande form") or its subject ("Planförslaget kan inte godtas"), not a part of it
    ("avstyrker att …", "motsätter sig förslaget om avgifter")."""
    return bool(_REJECTS_THE_REMISS.search(" ".join(text.replace("*", "").split())))


# Support qualified in the main, of the remiss: "tillstyrker i huvudsak förslaget",
# "välkomnar huvudsakligen förslagen", "positiv till de flesta av förslagen".
_IN_THE_MAIN = re.compile(
    r"(?<![\wåäö])(?:i huvudsak|huvudsakligen|i stort sett|i allt väsentligt|"
    r"till (?:största|stora) delen|(?:de )?flesta(?: av)?|flertalet(?: av)?|huvuddelen(?: av)?) "
    r"(?:[\wåäö]+ ){0,4}?(?:i |till |av )?(?:[\wåäö]+s )?(?:[\wåäö]+ )?"
    r"(?:förslag\w*|betänkande\w*|promemorian|planen|utredningen|remissen|ändringarna|"
    r"problembeskrivning\w*|bedömning\w*)(?![\wåäö])",
    re.I,
)
# Remarks brought in after support: "med följande synpunkter", "och vill utöver detta lämna
# följande synpunkter", "med nedanstående kommentarer".
_WITH_REMARKS = re.compile(
    r"(?<![\wåäö])(?:med|(?:och|samt) (?:vill|önskar) (?:[\wåäö]+ ){0,3}?(?:lämna|framföra|"
    r"ge|anföra)) (?:följande|nedanstående|några|vissa|ett par) (?:[\wåäö]+ )?(?:synpunkter|"
    r"kommentarer|tillägg|medskick|påpekanden|förtydliganden|reflektioner|kompletteringar)"
    r"(?![\wåäö])",
    re.I,
)


def overall_stance(
    positions: list[ImportedPosition], classes: Mapping[str, str]
) -> tuple[str, str]:
    """The answer's stance on the remiss as a whole and the passage it was read from
    (`_verdict`). Where that finds only views ("comment"), the stands are counted as a
    reader weighs an answer that never says yes or no: support beside criticism is partly;
    criticism as the largest share of its stands, with no support, is against (measured on
    the labelled answers: most such answers were judged so by hand). Support found beside
    two criticisms or more is partly (`_reserved`)."""
    verdict = _verdict(positions, classes)
    if verdict[0] == FOR:
        return _reserved(verdict, positions, classes)
    if verdict[0] != COMMENT:
        return verdict
    stands = [p for p in positions if classes.get(p.stance) not in (NEUTRAL, NONE, None)]
    count = {c: sum(classes.get(p.stance) == c for p in stands) for c in (FOR, AGAINST)}
    views = max(sum(classes.get(p.stance) == c for p in stands) for c in (PROPOSAL, COMMENT))
    first_against = next((p for p in stands if classes.get(p.stance) == AGAINST), None)
    if first_against is None:
        return verdict
    if count[FOR]:
        return (PARTLY, _passage(first_against))
    if count[AGAINST] > views:
        return (AGAINST, _passage(first_against))
    return verdict


def _reserved(
    verdict: tuple[str, str], positions: list[ImportedPosition], classes: Mapping[str, str]
) -> tuple[str, str]:
    """Support read as the verdict, beside two criticisms at least, is support with
    reservations (partly), as the guide judges it, unless the support is the answer's
    conclusion ("Sammantaget tillstyrker …"), which has weighed them."""
    against = [p for p in positions if classes.get(p.stance) == AGAINST]
    concluded = any(
        classes.get(p.stance) == FOR and (p.part == "summing" or _concludes(p)) for p in positions
    )
    if len(against) >= 2 and not concluded:
        return (PARTLY, _passage(against[0]))
    return verdict


def _verdict(positions: list[ImportedPosition], classes: Mapping[str, str]) -> tuple[str, str]:
    """The answer's stance on the remiss as a whole (for, partly, against, comment or none)
    and the passage it was read from. A rejection of the remiss as a whole ("avstyrker
    förslaget", "säger nej till utredningens förslag") is its verdict beside support of its
    parts. Else its summing-up parts, demands and conclusions ("Sammantaget …", "Mot
    bakgrund av ovanstående …"; one that opposes a part only is a reservation) first, else
    its positions on the remiss as a whole, else all its positions; the first of them with a
    verdict decides. Opposition in words ("avstyrker", "yrkar att planen inte antas") makes
    it against; support with reservations or criticism partly; criticism, where most of its
    stands are against and one at least is said of the remiss, against; views and proposals
    without a verdict comment. An answer with no positions at all has no verdict ("")."""
    if not positions:
        return ("", "")  # nothing read: not "inga synpunkter", which an answer must say
    rejecting = [
        p
        for p in positions
        if classes.get(p.stance) == AGAINST
        and p.stance_confidence >= 0.6
        and rejects_the_remiss(f"{p.lead} {p.text}")
    ]
    if rejecting:
        return (AGAINST, _passage(rejecting[0]))
    # Support of the whole in the main, said in so many words ("tillstyrker i huvudsak
    # utredningens förslag", "instämmer i huvudsak i kommissionens förslag"), is partly
    # whatever the rest praises.
    qualified = [
        p
        for p in positions
        if classes.get(p.stance) == PARTLY
        and p.stance_confidence >= 0.85
        and _IN_THE_MAIN.search(" ".join(f"{p.lead} {p.text}".split()))
    ]
    if qualified:
        return (PARTLY, _passage(qualified[0]))
    # Support of the whole that brings its remarks in ("tillstyrker förslaget med följande
    # synpunkter:") is the verdict: what follows are its remarks, not reservations, unless
    # a part is opposed in so many words.
    with_remarks = [
        p
        for p in positions
        if classes.get(p.stance) == FOR
        and p.stance_confidence >= SURE
        and _WITH_REMARKS.search(" ".join(f"{p.lead} {p.text}".split()))
    ]
    if with_remarks:
        opposed = [p for p in positions if p.stance in _OPPOSING and p.stance_confidence >= 0.6]
        if opposed:
            return (PARTLY, _passage(opposed[0]))
        return (FOR, _passage(with_remarks[0]))
    closing = _closing_verdict(positions, classes)
    groups = [
        [p for p in positions if p.part in ("summing", "demands") or _concludes(p) or p is closing],
        [p for p in positions if p.section is None and p.stance not in (FREE_TEXT, "redogor")],
        positions,
    ]
    weak: tuple[str, str] | None = None
    # Where the answer supports nothing anywhere, one clear criticism of the remiss on the
    # whole is its verdict ("… riskerar att minska tillgängligheten"); beside support, two,
    # unless it is said in its conclusion, which decides.
    supports = any(classes.get(p.stance) == FOR and p.stance_confidence >= SURE for p in positions)
    for index, group in enumerate(groups):
        found = _overall_of(group, classes, 2 if supports and index else 1)
        if found[0] in (FOR, PARTLY, AGAINST):
            return found
        if found[0] and weak is None:
            weak = found
    # No verdict in the positions' stances: a headline that gives one ("Ja till …", "Kritik
    # mot …", "Kritiskt remissvar om …") is the answer's own summing-up.
    if (weak is None or weak[0] != NONE) and (headline := _headline_verdict(positions)):
        return headline
    # No verdict in the positions' stances: a position holds one stance, its first or
    # strongest, so criticism said sentence after sentence in a long paragraph that ends in
    # a demand is not seen. Its sentences are weighed one by one.
    if (weak is None or weak[0] != NONE) and (
        sentences := _sentence_verdict(positions)
    ) is not None:
        return sentences
    return weak or (NONE, "")


# A headline's verdict: "Remissvar: Ja till …", "Nej till …", "Kritik mot …", "Positivt
# remissvar om …", "Tummen ner för …", "Blandad kritik mot …".
_HEADLINES = (
    (
        PARTLY,
        re.compile(
            r"(?<![\wåäö])(?:blandad\w* (?:kritik|mottagande)|ja,? men|delvis (?:ja|stöd|"
            r"positiv\w*|kritisk\w*))(?![\wåäö])",
            re.I,
        ),
    ),
    (
        AGAINST,
        re.compile(
            r"(?:^|[:–—-] *)(?:[\wåäö]+ )?(?:nej|tummen ner) (?:till|för)(?![\wåäö])|"
            r"(?<![\wåäö])(?:(?:skarp|hård|stark|massiv)\w* )?kritik mot|kritisk\w* "
            r"(?:remissvar|yttrande|till)|(?:sågar|dömer ut|underkänner|varnar för)(?![\wåäö])",
            re.I,
        ),
    ),
    (
        FOR,
        re.compile(
            r"(?:^|[:–—-] *)(?:[\wåäö]+ )?(?:ja|tummen upp) (?:till|för)(?![\wåäö])|"
            r"(?<![\wåäö])(?:positiv\w* (?:remissvar|yttrande|till)|(?:brett |starkt )?stöd "
            r"för|välkomnar)(?![\wåäö])",
            re.I,
        ),
    ),
)


def _headline_verdict(positions: list[ImportedPosition]) -> tuple[str, str] | None:
    """The verdict of the answer's headline: its first position, a line without a
    sentence's end, where the reader found no stance of its own."""
    for position in positions[:1]:
        text = " ".join(f"{position.lead} {position.text}".replace("*", "").split())
        if (
            len(text) > 140
            or text.endswith((".", ":"))
            or position.stance
            not in (
                FREE_TEXT,
                "redogor",
            )
        ):
            continue
        for kind, pattern in _HEADLINES:
            if pattern.search(text):
                return (kind, _passage(position))
    return None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\-–•\"”]?\s*[A-ZÅÄÖ])")


def _sentence_verdict(positions: list[ImportedPosition]) -> tuple[str, str] | None:
    """Against where most of the answer's sentences that take a side are against, three at
    least and one of them said of the remiss, and none supports it; None otherwise."""
    reader = StanceReader()  # its cache lives as long as this answer's reading
    against: list[str] = []
    support = 0
    sides = 0
    for position in positions:
        if position.stance in ("redogor",) or position.part in ("frame",):
            continue
        for sentence in _SENTENCE_END.split(_own(position)):
            guess = reader.read(sentence)
            if guess.key in (FREE_TEXT, "redogor") or guess.confidence < 0.5:
                continue
            kind = reader.stance_class(guess.key)
            if kind in (FOR, PARTLY):
                support += 1
            elif kind == AGAINST:
                against.append(sentence)
            elif kind in (NEUTRAL, NONE):
                continue
            sides += 1
    if (
        not support
        and len(against) >= max(3, sides / 2)
        and any(criticises_the_remiss(s) for s in against)
    ):
        return (AGAINST, " ".join(against[0].split())[:240])
    return None


def _overall_of(
    group: list[ImportedPosition], classes: Mapping[str, str], criticisms: int = 2
) -> tuple[str, str]:
    sure = [
        p
        for p in group
        if p.stance != FREE_TEXT
        and p.stance_confidence >= (0.5 if p.stance == "kritik" else 0.6)  # a clear stand
    ]
    if not sure:
        return ("", "")

    def first(test) -> str:
        hit = next((p for p in sure if test(p)), None)
        return _passage(hit) if hit else ""

    opposing = [p for p in sure if p.stance in _OPPOSING]
    if any(_concludes(p) for p in group):
        # a conclusion that opposes a part only ("Sammantaget kan vi inte godta planen när
        # det gäller bebyggelsen mot vår tomt") is a reservation, not a rejection
        limited = [p for p in opposing if _concludes(p) and _LIMITED.search(p.text)]
        if limited:
            return (PARTLY, _passage(limited[0]))
    # Praise read weakly ("Betänkandet är omfattande och gediget") is no support beside
    # opposition said in so many words: it judges the work, not the proposal.
    support = [
        p
        for p in sure
        if classes.get(p.stance) == FOR
        and (p.stance_confidence >= SURE or not opposing)
        and not _OF_THE_CONSULTATION.search(_own(p))
    ]
    partly = [p for p in sure if classes.get(p.stance) == PARTLY]
    # A demand that the remiss be reworked ("yrkar på att detaljplanen revideras", "planen
    # bör omarbetas") says it cannot stand as it is: a criticism of it, with its demand.
    reworking = [p for p in sure if _REWORKED.search(" ".join(_own(p).split()))]
    critical = [
        p
        for p in sure
        if (p.stance == "kritik" and criticises_the_remiss(_own(p))) or p in reworking
    ]
    if opposing and not support:
        return (AGAINST, first(lambda p: p.stance in _OPPOSING))
    # A shortcoming named beside more support than criticism is a remark, not a reservation,
    # unless it is said in so many words ("Förbundet menar att förslaget saknar
    # finansiering"): support with criticism is partly (the guide).
    clear = [p for p in critical if p.stance_confidence >= 0.85]
    # A question of what the remiss means ("Vi undrar dock över skillnaden …") finds it
    # unclear: beside support, a reservation.
    asking = [p for p in sure if p.stance in _ASKING]
    if support and (opposing or partly or clear or asking or len(critical) >= len(support)):
        return (
            PARTLY,
            first(lambda p: classes.get(p.stance) in (PARTLY, AGAINST) or p.stance in _ASKING),
        )
    if partly:
        return (PARTLY, first(lambda p: classes.get(p.stance) == PARTLY))
    if support:
        return (FOR, first(lambda p: classes.get(p.stance) == FOR))
    # Criticism throughout: most of its stands against (an account, "redogör", is no
    # stand), one at least said of the remiss (the rest may name the fault without naming
    # the remiss: "Underkänt och en stor besvikelse.")
    stands = [p for p in sure if classes.get(p.stance) != NEUTRAL]
    against = [p for p in sure if classes.get(p.stance) == AGAINST or p in reworking]
    if critical and len(against) >= criticisms and len(against) > len(stands) / 2:
        return (AGAINST, first(lambda p: p in critical))
    if stands and stands[0].stance == NO_COMMENTS:
        # It opens, after its title and accounts, by having no views on the proposals; what
        # follows is a side remark ("Det bör dock framhållas att vi fått fler uppgifter …").
        return (NONE, first(lambda p: p.stance == NO_COMMENTS))
    # Views, proposals and criticism without a verdict on the whole: "synpunkter".
    for wanted in (PROPOSAL, COMMENT, AGAINST):
        if any(classes.get(p.stance) == wanted for p in sure):
            return (COMMENT, first(lambda p, w=wanted: classes.get(p.stance) == w))
    if any(p.stance == NO_COMMENTS for p in sure):
        return (NONE, first(lambda p: p.stance == NO_COMMENTS))
    return ("", "")


# The consultation itself, praised: "Det är välkommet att remisstiden utsträcktes", "tackar
# för möjligheten att lämna synpunkter" (no support of the remiss; not "har beretts
# möjlighet att lämna synpunkter och ställer sig positiv till …").
_OF_THE_CONSULTATION = re.compile(
    r"(?<![\wåäö])(?:välkom\w*|positiv\w*|bra|glädjande|tack\w*|uppskatta\w*)"
    r"(?: [\wåäö]+){0,4}? (?:remisstid\w*|remissförfarande\w*|remissperiod\w*|samrådstid\w*|"
    r"möjlighet(?:en)? att (?:lämna|yttra|besvara|inkomma|delta|svara))",
    re.I,
)
# The remiss to be reworked, not added to: "yrkar på att detaljplanen revideras", "anser att
# förslaget bör omarbetas", "Planen måste göras om" (not "bör kompletteras": more asked for).
_REWORKED = re.compile(
    rf"(?<![\wåäö]){_REMISS}{_IN_THE_REMISS}(?: (?:[\wåäö]+ ){{0,2}}?(?:bör|ska|skall|måste|"
    r"behöver|borde) (?:därför |i sin helhet |helt |först )?| )(?:revideras|omarbetas|arbetas "
    r"om|göras om|görs om|bearbetas om|tas om)(?![\wåäö])",
    re.I,
)
# A stand limited to a part of the remiss: "kan inte godta planen … när det gäller
# bebyggelsen mot vår tomt".
_LIMITED = re.compile(
    r"(?<![\wåäö])(?:när det gäller|vad gäller|i fråga om|i den del|i de delar|i vissa delar|"
    r"avseende|beträffande)(?![\wåäö])",
    re.I,
)


# A closing paragraph that draws the verdict from what came before: "Naturskyddsföreningen
# avstyrker därför planen", "Mot denna bakgrund tillstyrker förbundet förslaget".
_DRAWN = re.compile(
    r"(?<![\wåäö])(?:därför|därmed|således|följaktligen|mot denna bakgrund|mot (?:den|"
    r"denna) bakgrunden|med hänsyn till (?:detta|ovanstående|det (?:ovan )?anförda)|"
    r"sammantaget|sammanfattningsvis|på dessa grunder|av dessa (?:skäl|anledningar))"
    r"(?![\wåäö])",
    re.I,
)


def _closing_verdict(
    positions: list[ImportedPosition], classes: Mapping[str, str]
) -> ImportedPosition | None:
    """The answer's last stand, where it takes a side on the remiss as a whole (not
    "förslaget om avgifter") and draws it from what came before ("därför", "mot denna
    bakgrund")."""
    stands = [
        p
        for p in positions
        if p.stance not in (FREE_TEXT, "redogor") and classes.get(p.stance) != NEUTRAL
    ]
    if not stands:
        return None
    last = stands[-1]
    text = " ".join(f"{last.lead} {last.text}".replace("*", "").split())
    if (
        classes.get(last.stance) in (FOR, PARTLY, AGAINST)
        and last.stance_confidence >= SURE
        and _DRAWN.search(text)
        and re.search(rf"(?<![\wåäö]){_AS_OBJECT}", text, re.I)
    ):
        return last
    return None


def _concludes(position: ImportedPosition) -> bool:
    return bool(CONCLUDES.match(f"{position.lead} {position.text}".replace("*", "").lstrip()))


def _own(position: ImportedPosition) -> str:
    """A position's text, a quotation that is all of it unquoted: an answer quoting its own
    yttrande ("”Vi anser att …”") speaks in its own words (the guide's borderline)."""
    text = " ".join(f"{position.lead} {position.text}".split())
    quotes = '”"“'
    if (
        len(text) > 2
        and text[0] in quotes
        and text.rstrip(".")[-1] in quotes
        and (text.count(text[0]) <= 2)
    ):
        return text.strip('”"“ ')
    return position.text


def _passage(position: ImportedPosition) -> str:
    text = " ".join(f"{position.lead} {position.text}".replace("*", "").split())
    return text if len(text) <= 240 else text[:237].rstrip() + "…"
