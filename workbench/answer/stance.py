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
bakom", "hade inga synpunkter"), as pages reporting an answer write them; the phrases are in
workbench.answer.phrases. Where the labelling guide (tests/eval/answers/README.md) settles a
borderline, the reader follows it: "Det är viktigt att …" and "… måste vara ett mål" state a
principle (a comment) unless they name a concrete change; "bör omarbetas" is against; support of
a part or with exceptions is partial; a rejection agreed with the remiss ("Liksom utredningen
avvisar vi …") is support; the process criticised ("alltför kort remisstid") is against; a
decision proposed to a board is an account.

Beyond the verbs, the reader knows the mechanisms a Swedish reader hears a stand in: a need
said of someone who could act ("Regeringen bör …") or of the document ("behöver ses över"), a
change asked not to be made ("Taxan bör inte höjas"), harm foreseen from what the remiss brings
(workbench.answer.evaluation), a challenging question ("Varför har kommunen inte …?"), support
said as what the answerer can do ("kan tillstyrka"), a claim of the remiss reported and owned
or disowned ("…, vilket vi inte delar"), the answerer's own earlier stance or its own role told
(an account), and, where no phrase of a stand is found, a view held in a statement ("… är
avgörande för …": a comment, workbench.answer.judgement). A need is asked by no one where it
is what a rule requires ("Enligt 22 kap. 6 § miljöbalken ska …", "… behöver planen ställas ut
på nytt enligt 3 kap. 18 § PBL"), sits in an indirect question ("vilken myndighet som bör …"),
or in what a document holds; a bare need before a colon leads in a list ("Kommunen bör:"),
and a request of the answer's past ("hemställde utan resultat under utredningen …") is told.
A subject may follow its verb where a part is fronted ("Sammantaget är föreningen positiv till
…").

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
    names_what_it_brings,
    reworks,
    undone,
)
from workbench.answer.judgement import judgement
from workbench.answer.patterns import FirstWords
from workbench.answer.phrases import A_CHANGE_DENIED, ACTORS, ADOPTED, GAP, PHRASES
from workbench.answer.speaker import (
    INVERTING_VERBS,
    REMISS_SUBJECTS,
    RULE_SUBJECT,
    adverbial_first,
    another_speaks,
    describes_the_remiss,
    description_end,
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
    PARTLY,
    PROPOSAL,
    builtin_vocabulary,
)
from workbench.language.text import ABBREVIATIONS

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
# An instruction to leave a place as it is, which the remiss would change: "Låt skogen få
# fortsätta vara orörd", "Låt ängen vara kvar".
_LEFT_AS_IT_IS = re.compile(
    r"låt (?:[\wåäö-]+ ){1,5}?(?:få )?(?:fortsätta (?:att )?(?:vara|växa|finnas)|förbli|"
    r"(?:vara|stå|ligga|finnas) kvar|vara orörd\w*|vara i fred)(?![\wåäö])",
    re.I,
)
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
    r"(?:under|utifrån|med) (?:förutsättning|förutsättningen) att|förutsatt att|på villkor att|"
    r"med (?:förbehåll|villkoret)|med (?:det |detta )?tillägg(?:et)? att|"
    r"om (?:inte )?(?:följande|nedanstående) (?:beaktas|ändras)|"
    # a condition of the place or of care: "om hänsyn tas till naturvärdena"
    r"om (?:[\wåäö]+ ){0,4}?(?:hänsyn tas|beaktas|tillgodoses|säkerställs|uppfylls|"
    r"respekteras|bevaras)|"
    # a change it is conditioned on: "kan ställa oss bakom förslaget om det kompletteras med …"
    # (not the proposal's content: "förslaget om att regelverket kompletteras")
    r"(?<![\wåäö])om (?!att )(?:[\wåäö]+ ){0,4}?(?:kompletteras|justeras|förtydligas|revideras|"
    r"omarbetas|finansieras|åtföljs)(?![\wåäö])",
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
    r"(?:inte|ej) (?:" + ADOPTED + r"|antar|anta|genomförs|genomföra|godkänns|godkänna|fastställs|"
    r"vinner laga kraft|går vidare)|avslå\w*|avslag|upphäv\w*|avbryt\w*|återkalla\w*|"
    r"återförvisa\w*|stoppa\w*|dras tillbaka|avskriv\w*|ska avstyrkas|avstyrk\w*|"
    r"underkänn\w*|förkasta\w*|(?:dra|drar) (?:[\wåäö]+ )?tillbaka|stanna(?:s|r)? upp|"
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
    r"projektet|arbetet|[\wåäö]*processen|ärendet|beslut(?:et)?|(?:sitt|sina|hela) "
    r"förslag)(?![\wåäö])",
    re.I,
)
# ... or a pronoun as the stop's subject ("att den inte antas"; not "den gamla detaljplanen").
_STOPPED_PRONOUN = re.compile(
    r"\s*(?:den|det|denna|detta) (?:(?:därför|alltså|inte|ej|ska|skall|bör|måste|får) )*$", re.I
)
# A verdict that needs no object: "Vi yrkar avslag.", "… avstyrks".
_STOPS_ALONE = re.compile(r"avslå\w*|avslag|avstyrk\w*|underkänn\w*|förkasta\w*", re.I)
_CLAUSE_EDGE = re.compile(r"[,;:()!?]|(?<![\wåäö])(?:att|och|samt|men|eller)(?![\wåäö])", re.I)


_DENIES_A_CHANGE = re.compile(r"^att " + A_CHANGE_DENIED, re.I)


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
    r"gå först|komma först|"
    # what it rests on: "All vård måste bygga på vetenskap och beprövad erfarenhet"
    r"bygga på|vila på|utgå från|grunda sig på|präglas av|genomsyras av)(?![\wåäö])",
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
    r"(?:(?:det är|är det)|(?:ser|anser|finner) (?:[\wåäö]+ )?(?:det|detta) (?:som|vara)?) ?"
    r"(?:mycket |särskilt |därför |också |även |helt )?(?:viktigt|angeläget|väsentligt|"
    r"avgörande|centralt|självklart|en självklarhet|"
    r"av (?:stor|största|avgörande|särskild) (?:vikt|betydelse)) att",
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
    r"(?<![\wåäö])(?:[\wåäö]{3,}(?:as|(?<!e)ts|ds|lls|rs)|tas|ges|ses|nås|göra|genomföra|utföra|"
    r"vidta|ta hänsyn|"
    r"säkerställa|tillse|minimera|undvika)(?![\wåäö])",
    re.I,
)
# Verbs in -s that are no passives ("finnas", "lyckas"), and the present tense of a verb of
# changing, which says what someone does ("där stad och land kompletterar varandra").
_DEPONENT = re.compile(
    r"(?:finnas|finns|lyckas|hoppas|synas|syns|trivas|minnas|andas|kännas|märkas|fattas|"
    r"saknas|behövas|behövs|låtsas|vistas|brottas|skiljas|"
    # keeping what is asks no change: "att patientsäkerheten upprätthålls", "att
    # rättssäkerheten värnas"
    r"upprätthåll(?:s|as)|bibehåll(?:s|as)|värnas|respekteras)",
    re.I,
)
_PRESENT = re.compile(r"[\wåäö]+(?:ar|er)", re.I)


def _names_a_change(held: str) -> bool:
    """Whether what "Det är viktigt att …" holds names something to be done: a change of a
    document ("kompletteras", "ses över") or a verb in the passive or of doing ("påverkan
    minimeras", "göra en bedömning"), not a deponent ("ska finnas på plats") or a present
    tense ("där stad och land kompletterar varandra")."""
    for found in _CHANGE.finditer(held):
        if not _PRESENT.fullmatch(found.group(0)) and not _IN_RELATIVE.search(
            held, 0, found.start()
        ):
            return True
    if _ACTOR_ACTS.search(held):
        return True  # someone who could act asked to: "att regeringen återkommer med …"
    # (a verb in a relative clause tells what a thing is: "det samarbete som lyfts i
    # strategin kommer till stånd" asks no change)
    return any(
        not _DEPONENT.fullmatch(found.group(0)) and not _IN_RELATIVE.search(held, 0, found.start())
        for found in _DONE_TO.finditer(held)
    )


# A relative clause's opening right before a verb: "som lyfts", "som nu föreslås".
_IN_RELATIVE = re.compile(r"(?<![\wåäö])som (?:[\wåäö]+ )?$", re.I)


# Someone who could act, as the subject of what "Det är angeläget att …" holds.
_ACTOR_ACTS = re.compile(
    rf"(?<![\wåäö])att (?:{ACTORS}) (?:också |även |snarast |skyndsamt )?"
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
# A text that leads in a list: it ends on a colon (an OCR crumb or two may follow).
_LEADS_IN = re.compile(r":\s*[^\s\w]{0,2}\s*[\wåäö]?\s*$")
# A need that names no change of its own: "Kommunen bör", "måste" (not "bör kompletteras med
# följande:", which asks).
_MODAL_IN = re.compile(
    rf"(?:(?:{ACTORS}) )?(?:bör|borde|måste|behöver|skulle behöva)(?: (?:{ACTORS}))?", re.I
)
# A need said of someone who could act: "Kommunen måste …".
_ACTOR_NEED = re.compile(rf"(?<![\wåäö])(?:{ACTORS})(?![\wåäö])", re.I)
# A subject that is a part of the remiss: "de åtgärder som föreslås", "förslagen i kapitel 4".
_ITS_PARTS = re.compile(
    r"som (?:redovisas|föreslås|anges|presenteras|beskrivs|listas|lyfts fram)|"
    r"^(?:förslag|åtgärd|punkt|avsnitt|kapitel|bedömning|analys)\w*",
    re.I,
)
# An impersonal judgement with the verb first, after a fronted part ("Därför är det viktigt").
_INVERTED = re.compile(r"(?:är|blir|vore) det\b", re.I)
# An impersonal phrase that opens its sentence: the answer judging ("Det är positivt att").
_IMPERSONAL = re.compile(r"det (?:är|finns|känns)|(?:vår|vårt|våra|min|mitt|enligt)\b", re.I)
# A verb of support in the passive has the remiss as its object: "Förslaget tillstyrks".
# Adverbs that stand between a subject and its verb ("regeringen nu föreslår").
# A phrase that ends in a verb whose subject may follow it ("föreslår", "anser").
_INVERTING = re.compile(rf"(?<![\wåäö])(?:{INVERTING_VERBS})$", re.I)
# A genitive before the noun it owns ("regeringens utredare"); the answerer's own is its own.
_GENITIVE = re.compile(r"[\wåäö]{3,}s", re.I)
_OWN_GENITIVE = re.compile(r"(?:vår|vårt|våra|min|mitt|mina|dess|sin|sitt|sina)", re.I)
_BETWEEN_SUBJECT_AND_VERB = {
    "nu", "också", "även", "därför", "dock", "redan", "här", "därtill", "vidare",
    "uttryckligen", "samtidigt", "slutligen", "därmed", "alltså", "således",
}  # fmt: skip
# (a request in the passive has the one asked as its subject: "Regeringen uppmanas att …")
_PASSIVE = re.compile(
    r"(?:tillstyrk|avstyrk|välkomn|stöd|godta|biträd|accepter|uppman|ombed|åläg)\w*s$", re.I
)
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
# Words that find fault, in what a view holds: what is wrong, too little, too narrow, harmful.
_FAULT_FOUND = re.compile(
    r"(?<![\wåäö])(?:o(?:ärlig|lämplig|rimlig|tydlig|tillräcklig|genomtänkt|realistisk|"
    r"acceptabel|rättvis|motiverad|lycklig)\w*|bristfällig\w*|tam(?:t|a)?|svag(?:t|a|are)?|"
    r"dålig(?:t|a)?|sämre|felaktig\w*|missvisande|problematisk\w*|oroande|oroväckande|"
    r"ineffektiv\w*|byråkratisk\w*|avviker|försämra\w*|hämma\w*|alldeles för|alltför|"
    r"allt för|för (?:smal|snäv|kort|lite|låg|hög|stor)\w*|knappast|tveksam\w*)(?![\wåäö])",
    re.I,
)
# A need in what a view holds: "anser att staten ska bära kostnaderna", "menar att
# perioden behöver vara två år" (not "ska kunna", which foresees).
_NEED = re.compile(
    r"(?<![\wåäö])(?:bör|borde|måste|behöver|ska|skall)(?![\wåäö])(?! (?:[\wåäö]+ )?kunna)",
    re.I,
)
# A purpose clause up to a modal: "… är avgörande för att målen ska nås" says what the
# modal's clause is for, it asks nothing.
_PURPOSE_BEFORE = re.compile(r"(?<![\wåäö])(?:för|så) att (?:[\wåäö-]+ ){0,6}?$", re.I)


def _held_need(held: str) -> re.Match | None:
    """The first modal of need in what a view holds (`_NEED`) outside a purpose clause."""
    return next(
        (m for m in _NEED.finditer(held) if not _PURPOSE_BEFORE.search(held, 0, m.start())),
        None,
    )


# The views that hold what ought to be ("anser att … ska"); "bedömer att … ska" foresees.
_HOLDS = re.compile(
    r"(?:anser|ansåg|menar|menade|tycker|tyckte|tror|enligt|vår|min|[\wåäö:]+s)\b", re.I
)
# A turn inside a sentence: what follows weighs against what went before.
_TURN = re.compile(r"(?<![\wåäö])(?:men|dock|samtidigt|däremot|emellertid)(?![\wåäö])|;", re.I)


_NEED_WORD = re.compile(r"(?:behöver|måste|behövs|krävs|behövas|krävas)(?![\wåäö])", re.I)
# A negation carried over "eller" to the need after it: "att det inte finns behov av eller
# kommer att krävas en bullerutredning", "varken behövs eller …".
_DENIED_BEFORE_OR = re.compile(
    r"(?<![\wåäö])(?:inte|ej|icke|ingen|inget|inga|varken) (?:[\wåäö]+ ){0,6}?eller $", re.I
)
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


# A rule by its reference: "3 kap. 18 § PBL", "22 kap 6 § miljöbalken", "plan- och bygglagen"
# (an OCR'd "§" is often "$").
_RULE_REF = (
    r"(?:\d+\s?kap\.?\s?(?:\d+(?:\s?[a-z])?\s?[§$]\s?)?(?:(?:första|andra|tredje|fjärde) "
    r"stycket )?(?:[\wåäö-]*(?:lagen|balken|förordningen)|PBL|MB|plan- och bygglagen)|"
    r"[\wåäö-]*(?:lagen|balken|förordningen)|PBL|plan- och bygglagen)"
)
# A need stated as what the law requires, not asked by the answerer: the sentence opens with
# the rule ("Enligt 22 kap. 6 § miljöbalken ska …") ...
_RULE_OPENS = re.compile(rf"^\s*(?:\d{{1,2}} )?enligt {_RULE_REF}(?![\wåäö])", re.I)
# ... or the need's own clause ends on it ("så behöver FÖP:en ställas ut på nytt enligt 3 kap.
# 18 § PBL"; not through a clause of its own: "… de skäl som krävs enligt 7 kap. …") ...
_RULE_AFTER = re.compile(rf"(?<![\wåäö])enligt {_RULE_REF}(?![\wåäö])", re.I)
_CLAUSE_OPENS = re.compile(
    r"(?<![\wåäö])(?:som|att|vilka|vilket|där|och|samt|men)(?![\wåäö])|[,;!?]|:(?![\wåäö])|"
    r"\.\s",
    re.I,
)
# ... or by a document right after the modal: "behöver enligt FÖP prövas i detaljplan", "ska
# enligt lagen" (not the answerer's view: "bör enligt vår mening").
_BY_DOCUMENT = re.compile(
    r"\s+enligt (?!(?:vår|vårt|min|mitt|[\wåäö:-]+s (?:mening|uppfattning|bedömning|åsikt))"
    r"(?![\wåäö]))(?!(?:[\wåäö:-]+ ){0,2}(?:mening|uppfattning|bedömning|åsikt))",
    re.I,
)
# An indirect question before a modal asks nothing: "kring vilken myndighet som bör få …",
# "huruvida planen ska" (not the relative pronoun of a comment: ", vilket bör undvikas").
# (", vilket Trafikverket bör utveckla" asks: "vilket" after a comma takes up the clause before)
_WHICH = re.compile(
    r"(?<![\wåäö])(?:(?:vilken|(?<!, )vilket|vilka) [\wåäö-]+(?: [\wåäö-]+)?(?: som)?|"
    r"huruvida(?: [\wåäö-]+){0,2})$",
    re.I,
)
# A need's modal (the law requires with these, never with "bör").
_MUST = re.compile(r"(?<![\wåäö])(?:måste|behöver|behövs|krävs|ska|skall)(?![\wåäö])", re.I)
# A subordinate clause's opening after a document's account of itself: "… innehåller ett krav
# på … när de myndigheter som … lämnar in förslag …".
_SUBORDINATOR = re.compile(r"(?<![\wåäö])(?:att|när|som|om|där|då|ifall)(?![\wåäö])", re.I)
_MODAL_OR_NEED = re.compile(
    r"(?<![\wåäö])(?:bör|borde|måste|behöver|behövs|krävs|ska|skall)(?![\wåäö])", re.I
)
# The answer's own points announced, and the verbs they are to be weighed with: "det finns
# ett antal punkter som bör beaktas …" (not "frågor som behöver utredas", which asks).
_POINTS = re.compile(r"(?:punkter|synpunkter|aspekter|påpekanden|medskick) som$", re.I)
_CONSIDERED = re.compile(
    r"(?:beaktas|uppmärksammas|lyftas|belysas|tas upp|tas i beaktande)(?![\wåäö])", re.I
)
# The remiss by its title as a subject: "FÖP Norra Dalen", "Detaljplan Södra Ängen 2".
_TITLED = re.compile(
    r"(?:FÖP|ÖP|detaljplan(?:en)?|planprogram(?:met)?|översiktsplan(?:en)?|vägplan(?:en)?|"
    r"planförslaget)(?: (?:för )?[A-ZÅÄÖ0-9][\wåäö:-]*){1,4}"
)
# A sentence's end: not the point of an abbreviation ("3 kap. 18 §").
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[\"”„*(–-]*[A-ZÅÄÖ])")
_STOP = re.compile(r"[.!?;](?:\s|$)")


def _clause_end(text: str, start: int) -> int:
    """Where the sentence or clause from `start` ends: its first . ! ? or ; that a space or
    the text's end follows, never the full stop of an abbreviation ("anser t.ex. att …")."""
    for stop in _STOP.finditer(text, start):
        if stop.group().startswith("."):
            words = text[start : stop.start()].split()
            if words and words[-1].casefold().lstrip("(") in ABBREVIATIONS:
                continue
        return stop.start()
    return len(text)


_NEGATED_END = re.compile(r"(?<![\wåäö])(?:inte|ej|icke|aldrig)$", re.I)


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
    r"samlar |ansvarar (?:[\wåäö]+ ){0,3}?för )",
    re.I,
)
# A verb of a stand in the past tense ("avstyrkte", "tillstyrkte", "välkomnade", "var
# positiva", "ställde sig bakom").
_PAST_VERB = re.compile(
    r"(?<![\wåäö])(?:[\wåäö]+(?:te|de|ade)|var|ansåg|stödde|ställde|motsatte|föreslog|bad)"
    r"(?![\wåäö])",
    re.I,
)
# A time before this answer, named as such: "en gång i tiden", "i ett tidigare yttrande" (a
# year or "tidigare" alone dates a page's report of this answer as often).
_EARLIER = re.compile(
    r"(?<![\wåäö])(?:en gång i tiden|förra gången|på sin tid|i (?:ett|vårt|sitt|mitt) "
    r"(?:[\wåäö]+ )?tidigare (?:skede|yttrande|remissvar)|"
    # a request made while the remiss was being drawn up: "hemställde utan resultat under
    # utredningen om att …"
    r"under (?:utredningen|utredningsarbetet|utredningstiden|utredningens (?:gång|arbete)|"
    r"beredningen)|utan (?:resultat|framgång|gehör)|"
    # a request of long standing: "har under lång tid efterfrågat", "har länge krävt"
    r"under (?:lång|en längre) tid|(?:har|hade) länge|sedan länge|i (?:många|flera) år|"
    r"under (?:många|flera) år|"
    # a time past named: "förra året", "i fjol", "redan 2019", "för två år sedan"
    r"förra (?:året|våren|hösten|sommaren|vintern|månaden)|i fjol|redan (?:år |i |under )?"
    r"\d{4}|för (?:några|ett par|två|tre|fyra|fem|\d+) år sedan)(?![\wåäö])",
    re.I,
)
# A verb in the perfect's supine: "har efterfrågat", "har föreslagit", "har krävt".
_SUPINE = re.compile(r"(?<![\wåäö])[\wåäö]+(?:at|it|rt|vt|kt)(?![\wåäö])", re.I)
# A fronted ground of the main clause: "Mot bakgrund av …", "Eftersom …", "Med tanke på …".
_GROUNDS = re.compile(
    r"\s*(?:mot bakgrund av|med anledning av|med tanke på|med hänsyn till|i ljuset av|"
    r"eftersom|givet)(?![\wåäö])",
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


def _sentence_begin(text: str, at: int) -> int:
    """Where the sentence holding `at` begins in `text`."""
    return max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at)) + 1


def _clause_before(text: str, start: int) -> str:
    """The clause `text` runs in up to `start`: from the last sentence end, colon or
    semicolon, ", men", ", utan" or "utan"."""
    return re.split(r"[.!?;:]\s|,\s(?:men|utan)\s|\butan\b", text[:start])[-1]


def _outside_concessions(text: str, matches):
    """`matches` less those inside a concession when its sentence takes another stand after
    it: the concession runs to its comma, or without one over its first phrase."""
    if not matches or not _CONCESSIVE.search(text):
        return matches
    dropped: set[int] = set()
    for found in _CONCESSIVE.finditer(text):
        end = _clause_end(text, found.end())
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
        found = self._all_matches(spoken)
        matches = [m for m in found if not self._not_ours(spoken, m, subjects)]
        # where a phrase was found that is no one's or not the answer's (a need the law
        # requires, one in an indirect question): a view does not hold it either
        dropped = frozenset(
            m[0]
            for m in found
            if m not in matches and self._asks_nothing(spoken, m, _clause_before(spoken, m[0]))
        )
        kept = _outside_concessions(spoken, matches)
        conceded = [m for m in matches if m not in kept]
        matches = self._grounds_dropped(spoken, self._past_dropped(spoken, kept))
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
        if (
            guess.key == "foreslar"
            and _MODAL_IN.fullmatch(guess.phrase)
            and _LEADS_IN.search(plain)
        ):
            # a need that leads in a list, the list asking: "Kommunen bör:", "… måste
            # berörda aktörer medverka till:" (the guide: a lead-in is neutral)
            return StanceGuess("redogor", 0.7, "", guess.phrase)
        guess = self._view(guess, spoken, matches, dropped)
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

    def _past_dropped(self, text: str, matches):
        """`matches` without a stand the answer tells of its past ("har under lång tid
        efterfrågat en sådan reform") where a stand of the present follows in its sentence
        ("… och välkomnar därför att …"): the present one carries the class."""
        out = []
        for index, match in enumerate(matches):
            begin = _sentence_begin(text, match[0])
            later = [
                m
                for m in matches[index + 1 :]
                if m[2] != "redogor" and _sentence_begin(text, m[0]) == begin
            ]
            if (
                later
                and self.stance_class(match[2]) in ("for", PARTLY, AGAINST, PROPOSAL)
                and (_PAST_VERB.search(match[4]) or _SUPINE.search(match[4]))
                and _EARLIER.search(text[begin : match[1]])
                and not _STILL.search(text[begin : match[1]])
            ):
                continue
            out.append(match)
        return out

    def _grounds_dropped(self, text: str, matches):
        """`matches` without a fault named as the ground of the answer's support: "Mot
        bakgrund av de problem som finns med otydliga ansvarsgränser tillstyrker kommunen
        förslaget", "Eftersom dagens regler är oklara välkomnar vi …" (the fault is what the
        remiss cures; the main clause's verdict carries the class)."""
        out = []
        for index, match in enumerate(matches):
            begin = _sentence_begin(text, match[0])
            if match[2] == "kritik" and _GROUNDS.match(text[begin:]):
                support = [
                    m
                    for m in matches[index + 1 :]
                    if _sentence_begin(text, m[0]) == begin
                    and self.stance_class(m[2]) == "for"
                    and not _NEGATOR.search(" ".join(text[m[1] :].split()[:3]))
                ]
                if support:
                    continue
            out.append(match)
        return out

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
        """Whether `guess` is a verdict or a request of the answer's past, told as such: its
        verb in the past tense, a time before this answer named ("en gång i tiden", "i ett
        tidigare yttrande", "under utredningen", "utan resultat"), and nothing saying it
        stands now ("fortfarande", "står fast")."""
        if self.stance_class(guess.key) not in ("for", PARTLY, AGAINST, PROPOSAL) or not (
            guess.phrase
        ):
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
        after = plain[at : _clause_end(plain, at)]
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
            # (where the reader found it: an earlier one of the same words may be no one's,
            # "vilken myndighet som bör få … att verket bör vara förstahandsvalet")
            at = next(
                (m[0] for m in matches if m[4] == guess.phrase and m[2] == guess.key),
                plain.casefold().find(guess.phrase.casefold()),
            )
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
        held = plain[verb : _clause_end(plain, verb)] if verb >= 0 else plain
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

    def _view(
        self, guess: StanceGuess, plain: str, matches, dropped: frozenset[int] = frozenset()
    ) -> StanceGuess:
        """A view ("anser att", "bedömer att") takes the class of what it holds: a
        shortcoming ("… att underlaget är otillräckligt") is criticism, a change asked for
        ("… att planen bör kompletteras") a proposal."""
        if guess.key not in _VIEWS:
            return guess
        verb = next((m for m in matches if m[4] == guess.phrase), None)
        if verb is None:
            return guess
        end = _clause_end(plain, verb[1])
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
                ((need := _held_need(held)) and not _need_denied(held, need.start(), need.end()))
                and (need.group(0).casefold() not in ("ska", "skall") or _HOLDS.match(verb[4]))
                # (what the law requires is held by no one: "… så behöver planen ställas ut på
                # nytt enligt 3 kap. 18 § PBL"; nor points announced: "… punkter som bör
                # beaktas")
                and verb[1] + need.start() not in dropped
                and not self._by_rule(
                    plain,
                    (verb[1] + need.start(), verb[1] + need.end(), "foreslar", 0.5, need.group()),
                )
                and not self._ought_to_be(
                    plain, verb[1] + need.start(), need.group(0), in_view=True
                )
            )
        ):
            # "anser att byggnadshöjden ska sänkas", "menar att perioden behöver vara två
            # år": what the answer holds must be done ("bedömer att … ska" foresees)
            return StanceGuess("foreslar", guess.confidence, guess.lead, guess.phrase)
        if guess.key in ("konstaterar", "noterar") and judgement(held) is not None:
            # a finding that holds a judgement is a view: "konstaterar att samverkan är
            # avgörande för att lyckas" (workbench.answer.judgement)
            return StanceGuess("anser", guess.confidence, guess.lead, guess.phrase)
        if guess.key == "anser" and any(_of_its_doing(held, e.start()) for e in effects(held)):
            # "bedömer att förslaget kommer att stärka rättssäkerheten": good it will do
            return StanceGuess("positiv", guess.confidence, guess.lead, guess.phrase)
        if guess.key == "anser" and _FAULT_FOUND.search(held):
            # "anser att det är oärligt att …", "menar att riskerna kraftigt överstiger
            # fördelarna": a view that finds fault, in words of judgement the reader has no
            # stand for; criticism more often than a comment, but for the officer to confirm
            return StanceGuess("kritik", min(guess.confidence, 0.65), guess.lead, guess.phrase)
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
        clause = _clause_before(text, start)
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
        if self._classes.get(key) == AGAINST and key != "kritik":
            # opposition under a negation says nothing against: "att vi inte är emot bostäder"
            window = " ".join(words[-2:]).casefold()
            if _NEGATOR.search(window) and not _NOT_NEGATING.search(window):
                return True
            # nor does the verb negated after it, as a main clause puts it: "Vi avstyrker inte
            # förslaget", "Kommunen ifrågasätter inte behovet av …" (not "inte bara … utan")
            after = text[end:].lstrip()
            if _NEGATED_AFTER.match(after) and not _NOT_ONLY.match(after):
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
            and _NEED_WORD.search(match[4])
            and _DENIED_BEFORE_OR.search(text, max(0, start - 80), start)
        ):
            return True  # "inte finns behov av eller kommer att krävas": denied over "eller"
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
        if self._asks_nothing(text, match, clause):
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
        if (
            _INVERTING.search(match[4])
            and adverbial_first(words)
            and self._inverted_other(text[end:], subjects)
        ):
            # the subject after its verb, an adverbial first ("Bland annat föreslår utredningen
            # att …", "Mot den bakgrunden föreslår nu regeringens utredare …")
            return True
        # the subject before its verb, past an adverb between them ("regeringen nu föreslår")
        while len(words) > 1 and words[-1].casefold().strip(" ,") in _BETWEEN_SUBJECT_AND_VERB:
            words = words[:-1]
        last = words[-1].casefold().strip(" ,") if words else ""
        if REMISS_SUBJECTS.fullmatch(last):
            return True
        if (
            last == "som"
            and len(words) > 1
            and REMISS_SUBJECTS.fullmatch(words[-2].casefold().strip(" ,"))
        ):
            return True  # the remiss in a relative clause: "betänkandet, som föreslår …"
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

    def _inverted_other(self, after: str, subjects: tuple[str, ...]) -> bool:
        """Whether what follows a verb of saying is its subject, the remiss or another body:
        "föreslår utredningen", "föreslår nu regeringens utredare", "anser Trafikverket"."""
        words = after.split()[:4]
        while words and words[0].casefold().strip(" ,") in _BETWEEN_SUBJECT_AND_VERB:
            words = words[1:]
        if not words:
            return False
        if (
            len(words) > 1
            and _GENITIVE.fullmatch(words[0])
            and not _OWN_GENITIVE.fullmatch(words[0])
        ):
            words = words[1:]  # "regeringens utredare", "kommitténs förslag"
        return another_speaks(words[0].strip(" ,.:;"), self._others, subjects)

    def _asks_nothing(self, text: str, match, clause: str) -> bool:
        """Whether the phrase `match` of a change asked for, in the answer's own words, asks
        nothing: the answer's points announced, a thing's requirement, the remiss by its
        title proposing, what a rule requires, a modal in an indirect question, a need denied
        before its verb, a proposal inside what a document holds."""
        start, _end, key, _weight, _phrase = match
        words = clause.split()
        if (
            self._classes.get(key) == PROPOSAL
            and _CONSIDERED.search(match[4])
            and _POINTS.search(" ".join(words[-2:]))
        ):
            return True  # the answer's points announced: "ett antal punkter som bör beaktas"
        if (
            key == "kraver"
            and match[4].casefold().startswith("förutsätt")
            and words
            and words[-1].casefold() in ("det", "detta", "den", "denna", "vilket", "som")
        ):
            return True  # a thing's requirement: "Det förutsätter att någon upptäcker …"
        if key in _SAYING and _TITLED.fullmatch(clause.strip(" -–•*")):
            return True  # the remiss by its title: "FÖP Norra Dalen föreslår …"
        if self._classes.get(key) == PROPOSAL and self._by_rule(text, match):
            return True  # what the law requires: "Enligt 22 kap. 6 § miljöbalken ska …"
        if self._classes.get(key) == PROPOSAL and words and _WHICH.search(" ".join(words[-4:])):
            return True  # an indirect question: "kring vilken myndighet som bör få …"
        if (
            key == "foreslar"
            and re.match(r"(?:det )?(?:finns|ser)", match[4], re.I)
            and _NEGATED_END.search(" ".join(words[-1:]))
        ):
            return True  # a need denied: "anger att det inte finns behov av …"
        if self._classes.get(key) == PROPOSAL and not _MODAL_OR_NEED.search(match[4]):
            begin = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start)) + 1
            told = description_end(text[begin:start])
            if told >= 0 and _SUBORDINATOR.search(text, begin + told, start):
                # a proposal inside what a document holds: "Förordningen innehåller ett krav
                # på … när myndigheterna lämnar in förslag till regeringen …" (a need there
                # may be the answer's: "… innehåller förbud som behöver beaktas")
                return True
        return False

    def _by_rule(self, text: str, match) -> bool:
        """Whether the need `match` is what a rule requires, told: its sentence opens with the
        rule ("Enligt 22 kap. 6 § miljöbalken ska Kammarkollegiet …"), a document follows its
        modal ("behöver enligt FÖP prövas", "ska enligt lagen …"), or its clause ends on a
        rule's reference and names no one who could act as its subject ("… så behöver FÖP:en
        ställas ut på nytt enligt 3 kap. 18 § PBL"; not "Kommunen måste redovisa skälen
        enligt …")."""
        start, end, _key, _weight, phrase = match
        if not _MUST.search(phrase):
            return False
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
        begin = ends[-1] if ends else 0
        if _RULE_OPENS.match(text, begin):
            return True
        if _BY_DOCUMENT.match(text, end):
            return True
        rule = _RULE_AFTER.search(text, end)
        return bool(
            rule
            and not _CLAUSE_OPENS.search(text, end, rule.start())
            and not _ACTOR_NEED.search(phrase)
            and not _ACTOR_NEED.search(text[max(begin, start - 30) : start].split(",")[-1])
        )

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
        end = _clause_end(plain, verb[1])
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
                stops = (
                    _NEGATED_IMPERATIVE.match(point)
                    or _KEEPING.match(point)
                    or _LEFT_AS_IT_IS.match(point)
                )
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
            if (fault := self._fault_held_beside(key, end, plain, matches)) is not None:
                # a change asked for and a fault found beside it, in one sentence: "KFO
                # efterlyser en analys … och menar att utredningen inte har beaktat …" (the
                # guide: the stronger class, against; the demand stays)
                return StanceGuess("kritik", round(fault[3] * 0.85, 2), "", fault[4])
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

    def _fault_held_beside(self, key: str, end: int, plain: str, matches):
        """The fault of the remiss a view holds in the lead's own sentence after a change
        asked for ("… efterlyser X och menar att utredningen inte tycks ha beaktat Y"), if
        any."""
        if self.stance_class(key) != PROPOSAL:
            return None
        stop = _SENTENCE_END.search(plain, end)
        edge = stop.start() if stop else len(plain)
        views = [
            m
            for m in matches
            if end <= m[0] < edge
            and m[2] in ("anser",)
            and re.search(r"(?:och|samt)\s+$", plain[max(end, m[0] - 8) : m[0]])
        ]
        if not views:
            return None
        return next(
            (
                m
                for m in matches
                if views[0][1] <= m[0] < edge
                and m[2] == "kritik"
                and m[3] >= 0.6
                and _of_the_remiss(plain, m[0])
            ),
            None,
        )

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
    in front; an adverb may stand between its words (`GAP`)."""
    return rf"(?P<verb>{pattern.replace(' ', GAP)}){_WORD_END}"


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
    return _Phrases(PHRASES)


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


# What points back to the remiss or a measure of it, as the subject of a good it does:
# "detta", "en sådan ordning", "ändringen", "reformen", "att samla tillsynen".
_ITS_DOING = re.compile(
    r"(?<![\wåäö])(?:det|detta|dessa|denna|den|de|en sådan|ett sådant|sådana|"
    r"[\wåäö]*(?:ändring|åtgärd|reform|insats|satsning|bestämmelse|regel|regl|modell|ordning|"
    r"lösning|samordning|skärpning|lagstiftning|inriktning)\w*)(?![\wåäö])|^att ",
    re.I,
)


def _of_its_doing(held: str, start: int) -> bool:
    """Whether the good effect at `start` of what a view holds is the remiss's doing: its
    subject names the remiss or a measure, points back to one, or is missing ("bedömer att
    förslaget kommer att stärka …", "menar att detta ger bättre …"), not something else of
    the world ("menar att digitaliseringen ger stora möjligheter", the answer's outlook: a
    comment)."""
    subject = re.sub(r"^[\s,]*(?:att )?", "", held[:start], flags=re.I)  # the view's own "att"
    return (
        not subject.strip()
        or bool(_REMISS_WORDS.search(subject))
        or bool(_ITS_DOING.search(subject))
    )


def speaks_of_the_remiss(text: str) -> bool:
    """Whether `text` names the remiss or one of its parts ("planen", "avsnitt 3.4",
    "planbeskrivningen", "utredningens analys")."""
    return bool(_REMISS_WORDS.search(text))


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


# The remiss as the holder of a finding: "utredningens bedömning att", "utredningen
# konstaterar att".
_REMISS_FINDING = re.compile(
    r"(?<![\wåäö])[\wåäö]+s (?:bedömning|uppfattning|slutsats|beskrivning|konstaterande|"
    r"problembeskrivning|analys|iakttagelse)(?:er|en|erna)? (?:om )?att|"
    r"(?<![\wåäö])(?:utredningen|utredaren|promemorian|betänkandet|kommittén|regeringen) "
    r"(?:[\wåäö]+ )?(?:konstaterar|bedömer|beskriver|visar|påpekar|noterar|anger|menar|"
    r"skriver|redovisar) (?:[\wåäö]+ )?att",
    re.I,
)


# Where one main clause joins another: ", och", "men", ";", ", vilket".
_CLAUSE_JOIN = re.compile(r",? (?:och|men|medan|samtidigt som) |; |, vilket ", re.I)


def _of_what_is(plain: str, start: int) -> bool:
    """Whether the shortcoming at `start` is one of what is now, not of the remiss: the
    present state opens its sentence ("Nuvarande tredelning medför otydlighet") or stands
    right before it ("den nuvarande något otydliga tredelningen"), and the sentence names
    none of the remiss's parts."""
    begin = max(plain.rfind(". ", 0, start), plain.rfind("? ", 0, start)) + 1
    stop = plain.find(". ", start)
    end = stop if stop >= 0 else len(plain)
    sentence = plain[begin:end]
    # the remiss named in another clause joined to it is not at fault ("Nuvarande regler är
    # otydliga, och förslaget är därför välkommet"); nor as the one who found the fault
    # ("delar utredningens bedömning att nuvarande ordning är otillräcklig")
    joins = [m.end() for m in _CLAUSE_JOIN.finditer(plain, begin, start)]
    after = _CLAUSE_JOIN.search(plain, start, end)
    clause = _REMISS_FINDING.sub(
        "", plain[joins[-1] if joins else begin : after.start() if after else end]
    )
    if _REMISS_WORDS.search(clause) or names_what_it_brings(sentence):
        return False  # "i dag finns ingen lösning för trafiken från den nya bebyggelsen"
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
