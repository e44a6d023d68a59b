"""Who wrote an answer: the organisation that speaks in it, read as a registrator would.

The answer's own word on who sends it comes first: an "Avsändare:" line, a "För <org>" line
or "Styrelsen för <org>" in its closing, an e-mail's "Från:" (the address dropped; a mail
quoting another writer's is asked about); it is taken unless the rest of the answer names
another organisation by a cue of its own, or names it as the remiss's author. Else the cues
of `workbench.answer.cues` (the answer introducing itself, naming itself as the owner of its
answer, its letterhead, header, own address, signature; speaking as the subject of its stands
and its e-mail domain as support) are weighed: sure only where two independent cues agree on
one organisation, one of them identifying the writer, and none names another.
Without any cue the names the text writes most, weighed by where they stand, are offered for
the officer to confirm (`_scored_guess`), and where it writes none, the first body that takes a
stand in it (`cues.first_speaker`: "Villaägarna är positiva till …"); an organisation the store
already knows that the answer names counts there, so a second answer from Huddinge kommun joins
the first. A known name is read only as a whole name ("SJ" is not in "själv"), and it is sure
only where the answer signs with it (a closing line that opens with it and is no sentence); an
answer joins a known organisation only by the same name or the name with its legal form ("Locum
AB"), never a krets or unit of it or the body it belongs to.

Never the sender: a body the answer cites, the remiss's sender, whoever a "Till …" line
addresses, a department (also on an "Avsändare" or "För" line), the remiss's title, case
numbers ("MÖD 2017:49"), page chrome, a body people write to ("Vi som äger fastigheten …"). A
sender in brackets ("[Förvaltande samfällighetsförening …]", a template's placeholder) is read
without them and flagged (`placeholder`). A name that may run on past the organisation's
(the answer writes it shorter elsewhere and never whole again) is asked about. Below `SURE`
the officer confirms.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Set
from dataclasses import dataclass, field

from workbench.answer.cues import (
    GENERIC,
    NOT_OF_A_NAME,
    PRIMARY,
    first_speaker,
    name_pattern,
    org_form,
    read_cues,
    sends_remisses,
)
from workbench.answer.matter import BUTTONS
from workbench.answer.patterns import led
from workbench.answer.read import AnswerText

SURE = 0.75

_CAP = r"[A-ZÅÄÖ][\wåäöéü&-]*"
# Names with a form of their own: "Huddinge kommun", "Stockholms stad", "Region Stockholm",
# "Locum AB", "Länsstyrelsen i Stockholms län", "Trafikverket", "Karolinska Institutet".
_PATTERNS = [
    rf"{_CAP}(?: {_CAP}){{0,3}} (?:AB|HB|KB|ek\. för\.)(?![\wåäö])",
    r"[A-ZÅÄÖ][a-zåäö-]+ (?:kommun|stad|län|landsting)(?![\wåäö])",
    rf"Region {_CAP}(?:[ -]{_CAP})?",
    rf"Länsstyrelsen i {_CAP}(?: {_CAP}| län)?",
    r"Länsstyrelsen (?:Västra Götaland|[A-ZÅÄÖ][a-zåäö]+(?:s län)?)(?![\wåäö])",
    r"[A-ZÅÄÖ][a-zåäö]+(?:verket|myndigheten|inspektionen|styrelsen|nämnden|institutet)",
    rf"{_CAP} (?:universitet|högskola|Institutet|Universitet)",
]
_NAMED = led("|".join(f"(?:{p})" for p in _PATTERNS))
# The subject of a position or of the letter itself: "Stockholm Business Region överlämnar".
_SUBJECT = led(
    rf"(?:^|(?<=[.!?]\s))(?P<name>{_CAP}(?: {_CAP}){{0,3}}) (?:också |även |därför |dock |"
    r"vidare |återigen )?(?:överlämnar|tillstyrker|avstyrker|välkomnar|instämmer|föreslår|"
    r"anser|understryker|betonar|framhåller|konstaterar|noterar|ser positivt|ställer sig|"
    r"har inga synpunkter|har beretts|vill|har skickat|har lämnat|lämnar|har fått|"
    r"har tagit del|har getts|yttrar sig|svarar)\b",
    re.M,
)
# A proper name of two to four capitalised words ("Stockholm Business Region"); weak evidence.
_PROPER = led(rf"(?<![\wåäö])(?:{_CAP} ){{1,3}}{_CAP}(?![\wåäö])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+)$")
# Words that end no name, after a run of capitalised words: "Utredningen Från", "Nyheter Till".
_FUNCTION_AFTER = re.compile(
    r"(?:\s+(?:från|till|om|i|på|av|med|för|och|enligt|under|över|vid|hos|mot|genom|efter|"
    r"inom))+$",
    re.I,
)
# A person by their words or their role: "säger Peter Roslund", "enligt Anna Ek", "Urban
# Runesson, kommunens plan- och byggchef, …".
_PERSON_NAME = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)? [A-ZÅÄÖ][a-zåäöé]+"
_PERSON = re.compile(
    rf"(?:säger|sa|sade|berättar|förklarar|betonar|konstaterar|enligt) (?P<name>{_PERSON_NAME})"
    rf"(?![\wåäö])|(?P<name2>{_PERSON_NAME}), (?:[\wåäö-]+ ){{0,4}}(?:ordförande|[\wåäö]*chef|"
    r"[\wåäö]*direktör|sekreterare|[\wåäö]*råd|handläggare|ansvarig|expert|ledamot|vd|"
    r"talesperson)\w*,"
    # a credit ("Foto: Bengt Olsson") or a role before the name ("Bygg- och miljöchefen Urban
    # Runesson har …")
    rf"|(?i:foto|fotograf|bild|illustration|text): ?(?P<name3>{_PERSON_NAME})(?![\wåäö])"
    r"|(?<![\wåäö])[\wåäö-]*(?:chefen|direktören|ordföranden|sekreteraren|handläggaren|"
    rf"talespersonen|ombudsmannen) (?P<name4>{_PERSON_NAME})(?![\wåäö])"
)
# A role's title, no organisation: "Landstingsdirektören".
_ROLE = re.compile(
    r"[\wåäö]*(?:direktören|direktörens|chefen|chefens|ordföranden|ordförandens|"
    r"sekreteraren|handläggaren|föredraganden|ombudsmannen)",
    re.I,
)
# What a plan or a minute names, no organisation: "Detaljplan Norra hamnen", "Vindpark
# Långhult", "Förbifart Stockholm", "Protokollsanteckning Ärende 12".
_PLANNED = re.compile(
    r"(?:detaljplan|detaljplanen|detaljplaneförslag|planförslag|planförslaget|översiktsplan|"
    r"översiktsplanen|planprogram|planprogrammet|vindpark|vindparken|vindkraftspark|"
    r"vindkraftsparken|vindkraftpark|förbifart|projekt|projektet|protokollsanteckning|"
    r"protokollsutdrag|ärende|"
    # the document answered, by its kind: "Betänkandet En kommunallag för framtiden"
    r"betänkande|betänkandet|promemoria|promemorian|rapport|rapporten|lagrådsremissen|"
    r"remissen|utredningen|direktivet|strategin|programmet) "
)
# A closing's greeting after the name signed for: "För GBF och med miljövänliga hälsningar".
_GREETING_AFTER = re.compile(
    r"\s+(?:och\s+)?(?:med\s+)?(?:[\wåäö]*vänlig\w*|bästa|varma|goda|många)?\s*"
    r"hälsning(?:ar)?\b.*$",
    re.I,
)
# An organ after the body it belongs to, on a letterhead's line: "Landstinget i Östergötland
# Landstingsstyrelsen", "Exempelby kommun Kommunstyrelsen" (the body is who answers).
_ORGAN_AFTER = re.compile(
    r"^(?P<body>.*?(?: kommun| stad| landsting|Landstinget i [A-ZÅÄÖ][\wåäö]+|Region "
    r"[A-ZÅÄÖ][\wåäö]+|Länsstyrelsen i [A-ZÅÄÖ][\wåäö]+(?: län)?)) [A-ZÅÄÖ][\wåäö-]*"
    r"(?:styrelsen|nämnden|förvaltningen|kontoret|kansliet|avdelningen|enheten)$"
)
# A closing's greeting before the name signed with: "Mvh Kalle", "Hälsningar Karin Ek".
_GREETING = re.compile(
    r"^(?:mvh|m\.v\.h\.?|vh|hälsningar|hälsning|med vänliga? hälsningar?|vänliga hälsningar|"
    r"bästa hälsningar|hej|tack)[,!.]?\s+",
    re.I,
)
# Two people signing together on a line of their own: "Karin och Per Ek".
_COUPLE = re.compile(r"^[A-ZÅÄÖ][a-zåäöé]+ och [A-ZÅÄÖ][a-zåäöé]+(?: [A-ZÅÄÖ][a-zåäöé-]+){1,2}$")
_TO = re.compile(r"^(?:till|adressat:?)\s+(?P<name>.+)$", re.I)
_SENDER = re.compile(r"^(?:avsändare|från|remissinstans|organisation)\s*:\s*(?P<name>.*)$", re.I)
_FOR = re.compile(
    r"^(?:för|på uppdrag av|styrelsen för|styrelsen i)\s+(?P<name>[^\d,;]{3,90}?)\.?$", re.I
)
# A form's field, "E-post: karin@…", "Telefon: 070-…": the line under an empty "Organisation:".
_FORM_FIELD = re.compile(r"^[A-ZÅÄÖa-zåäö][\wåäö/ -]{1,24}:(?:\s|$)")
# What an answer's sender line says of a sender without naming one.
_NO_NAME = re.compile(
    r"(?:privat ?person(?:er)?|privat|enskild(?:a)?(?: person(?:er)?)?|allmänhet(?:en)?|"
    r"boende|medborgare|fastighetsägare|sakägare|anonym|okänd|ej angiven|ej angivet|"
    r"inte angiven|ingen|saknas|vet ej|n/a|namn|organisation|avsändare)",
    re.I,
)
_BRACKETS = re.compile(r"^\[(?P<inner>[^\]]{2,120})\]$")
_EMAIL = re.compile(r"[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)*)\.[a-z]{2,}", re.I)
_CASE_NUMBER = re.compile(r"\d{2,4}[:/-]\d")
_NOT_A_SENDER = re.compile(
    r"^(?:styrelsen|föreningen|kommunen|oss|mig|dig|er|denna|detta|remissen|"
    r"[\wåäö]+(?:ns|ets|ens)? räkning)$",
    re.I,
)
_GENITIVE_S = re.compile(r"s$")
# Capitalised words that go on a sentence, not a name: "Regionförbundet Sörmland" is one
# name, "Förbundet Vi" is not.
_NOT_A_NAME_WORD = r"Vi|Jag|Det|Den|Detta|Denna|Dessa|Men|Och|I|Till|För|Om|Från|Med|På|Av"
# A web site's sections after its name ("Företagarna Nyheter"), no part of the name.
_PAGE_WORD = (
    r"Nyheter|Nyhet|Aktuellt|Press|Pressmeddelanden?|Start|Startsida|Meny|Hem|Sök|Kontakt|"
    r"Debatt|Opinion|Remissvar|Yttranden?|Publikationer|Artiklar|Blogg|Om"
)
_PAGE_AFTER = re.compile(rf"(?<=[\wåäö])(?: (?:{_PAGE_WORD}))+$")
_ACRONYM = re.compile(r"(?=(?:\w*[A-ZÅÄÖ]){2})[A-ZÅÄÖ][\wÅÄÖåäö&]{1,7}")


@dataclass
class OrganisationGuess:
    name: str | None
    confidence: float
    known: bool = False  # the name is an organisation the store already holds
    candidates: list[tuple[str, float]] = field(default_factory=list)
    subject: str = ""  # how the text names it as the subject of its positions ("Locum")
    placeholder: str = ""  # the sender as written in brackets, when it was
    how: str = ""  # where the name was read: avsändare, för, signature, text

    @property
    def sure(self) -> bool:
        return self.name is not None and self.confidence >= SURE


def guess_organisation(
    answer: AnswerText,
    known: Iterable[str] = (),
    sender: str = "",
    file_name: str = "",
    remiss_title: str = "",
) -> OrganisationGuess:
    """The organisation that wrote `answer`; `known` are the store's organisation names, and
    neither the `sender` nor words of the `remiss_title` ("Life Science") are it.

    Sure only where the cues agree (`cues.py`): the answer's own word ("Avsändare:", "För
    <org>") with no other organisation holding a cue, or two independent cues on one
    organisation, one of them identifying the writer, and none on another; never the remiss's
    author as the answer names it ("Boverkets förslag"). A name read from anything less is
    offered, below `SURE`, to ask."""
    known = [name for name in known if name.strip()]
    excluded = _excluded(answer.lines, sender)
    cues = read_cues(answer, excluded, remiss_title, known)
    # People quoted or presented with their role, by their surname too ("säger Sofia Jarl.
    # Jarl anser …"): no sender.
    people = _people(answer.text)
    quoted = people | {person.split()[-1] for person in people}
    found = [c for c in cues if c.kinds and c.key not in quoted]
    # The bodies the answer names as the author of what it answers ("Boverkets förslag").
    authors = {c.key for c in cues if c.author}
    explicit = _explicit_sender(answer.lines, sender, remiss_title, excluded)
    if explicit is not None:
        rivals = [c for c in found if not _same(c.key, _key(explicit.name or ""))]
        if any(c.strong for c in rivals) or _key(explicit.name or "") in authors:
            # The closing says one name, the rest of the answer another: ask.
            explicit.confidence = min(explicit.confidence, 0.6)
        return explicit
    scored = _scored_guess(answer, known, sender, file_name, remiss_title, people)
    if found:
        # The remiss's author is offered only when no other name holds a cue.
        best = next((c for c in found if not c.author), found[0])
        rivals = [c for c in found if c is not best and c.strong]
        sure = best.agreed and not rivals
        if scored.known and scored.name and _one_organisation(_key(scored.name), best.key):
            name = scored.name  # as the store spells it: a second answer joins the first
        else:
            name = best.name
        if _ACRONYM.fullmatch(name) and not scored.known:
            sure = False  # "KSLA", "SvFF": the name to file it under is not in the answer
        if best.kinds & PRIMARY == {"letterhead"} and best.other_kind:
            # Named only at the top while the answer speaks as a body of another kind
            # ("Föreningen anser …" under "Vägverket"): the top names whom it is written to
            sure = False
        if not best.kinds & {"intro", "own", "about"} and _PEOPLE_WRITE.search(answer.text):
            # "Vi som bor vid ängen …": people write it; a body named at the top and speaking
            # in it is the one they write to or about, unless it introduces itself as writing
            sure = False
        if not sure and name == best.name:
            # offered to confirm: as the answer writes it in full, if it does, and without a
            # heading's or a page's words before it ("Beslutsunderlag …")
            name = NOT_OF_A_NAME.sub("", _full_form(name, answer.text))
            if _not_a_name(name):
                name = ""
        name = _without_genitive(name, answer.text)
        if not sure:
            name = _with_kind(name, answer.text)
        if organ := _ORGAN_AFTER.match(name):
            name = organ.group("body")
        if sure and _runs_on(name, answer.lines):
            sure = False
        kinds = len(best.kinds - {"mention"})
        confidence = 0.8 + 0.04 * min(4, kinds - 2) if sure else 0.6
        candidates = [(c.name, float(len(c.kinds))) for c in found[:5]]
        return OrganisationGuess(
            name=name or None,
            confidence=round(confidence, 2),
            known=scored.known and name == scored.name,
            candidates=candidates[:5],
            subject=best.subject or scored.subject,
            how="; ".join(sorted(best.kinds)),
        )
    # No cue names the sender: the names the text writes most are a suggestion to confirm,
    # unless the store knows the name and the answer signs with it (its closing names it; a
    # name at the top may be the addressee's), and it is no name of the remiss's author.
    lines = answer.lines
    if not scored.name and (
        speaker := first_speaker(answer, excluded | quoted, authors, remiss_title)
    ):
        # nothing names the sender, but a body speaks: the officer's default to confirm
        scored.name, scored.confidence, scored.how = speaker, 0.5, "speaks"
    signs = bool(scored.name) and _signs(scored.name or "", lines)
    if not (scored.known and scored.sure and signs) or _key(scored.name or "") in authors:
        scored.confidence = min(scored.confidence, 0.6)
    return scored


def _people(text: str) -> set[str]:
    """The keys of the people the text quotes or presents with their role: people, not who
    sends the answer ("säger Peter Roslund", "Urban Runesson, kommunens plan- och byggchef, …")."""
    names = (next(name for name in m.groups() if name) for m in _PERSON.finditer(text))
    return {_key(name) for name in names if not org_form(name)}  # not "betonar Region Skåne"


def _not_a_name(name: str) -> bool:
    """A web page's buttons ("Twitter Email") or menu ("Nyheter"), a role's title
    ("Landstingsdirektören") or what is planned or minuted ("Detaljplan Norra hamnen",
    "Förbifart Stockholm"), not an organisation."""
    key = _key(name)
    return (
        not key
        or all(w in BUTTONS for w in key.split())
        or bool(_ROLE.fullmatch(key))
        or bool(_PLANNED.match(key))
        or bool(re.fullmatch(_PAGE_WORD, name.strip()))  # "Nyheter", a page's menu
    )


def _without_genitive(name: str, text: str) -> str:
    """A name read in the genitive as the organisation's name: where the answer also writes
    it without ("Svensk Kollektivtrafiks synpunkter" beside "Svensk Kollektivtrafik anser
    …"), where its last word is a definite noun's genitive ("Svenska
    naturskyddsföreningens") or an organisation's kind's ("Lovö Hembygdsförenings"), or
    where each time it is written a noun it owns follows
    ("Skåne Nordosts styrelse", "… remissvar")."""
    if not name.endswith("s") or len(name) < 5 or name.endswith("ss"):
        return name
    base = name[:-1]
    if re.search(rf"(?<![\wåäö]){re.escape(base)}(?![\wåäö])", text):
        return base
    last = base.split()[-1]
    if last[:1].islower() and len(last) > 5 and last.endswith(("en", "et", "na")):
        return base
    if org_form(base) and not org_form(name):
        return base  # "Lovö Hembygdsförenings": an organisation's kind in the genitive
    after = re.findall(rf"(?<![\wåäö]){re.escape(name)}(?![\wåäö])\s*(\S*)", text)
    if after and all(_OWNED.match(word) for word in after):
        return base
    return name


# A noun an organisation owns, after its name in the genitive: "styrelse", "remissvar".
_OWNED = re.compile(
    r"\(?[A-ZÅÄÖ]{2,}\)?$|(?:styrelse|ordförande|kansli|remissvar|yttrande|remissyttrande|svar|"
    r"synpunkter|uppfattning|bedömning|inställning|ståndpunkt|medlemmar|verksamhet|"
    r"ledamöter|representant|företrädare|arbete|område|uppdrag|kommentarer)",
)


# The kind of body that ends a name in lower case: "Region Jönköpings län", "Skrea Åstorps
# vägförening", "Lovö hembygdsförening" (not "region": "Trafikverket region Mitt" goes on).
_KIND_AFTER = re.compile(
    r" (?:län|kommun|stad|landsting|[a-zåäö]*(?:förening|förbund|sällskap|samfund|råd|nämnd))"
    r"(?![\wåäö])"
)


def _with_kind(name: str, text: str) -> str:
    """A name offered as the answer writes it with its kind after it, where it always does:
    "Region Jönköpings" read from capitals, "Region Jönköpings län" its name."""
    if not name or _KIND_AFTER.search(name):
        return name
    after = [
        _KIND_AFTER.match(rest)
        for rest in re.findall(rf"(?<![\wåäö]){re.escape(name)}(?![\wåäö])(.{{0,30}})", text)
    ]
    kinds = {m.group() if m else "" for m in after}
    return name + kinds.pop() if len(kinds) == 1 else name


def _full_form(name: str, text: str) -> str:
    """A one-word name as the answer also writes it in full: "Regionförbundet" speaks in it,
    "Regionförbundet Sörmland" is its name ("Det skriver Regionförbundet Sörmland …")."""
    if " " in name or _ACRONYM.fullmatch(name):
        return name
    longer = re.search(
        rf"(?<![\wåäö]){re.escape(name)}((?: (?!(?:{_NOT_A_NAME_WORD}|{_PAGE_WORD})\b){_CAP})"
        r"{1,2})"
        r"(?![\wåäö])",
        text,
    )
    return f"{name}{longer.group(1)}" if longer else name


def _signs(name: str, lines: list[str]) -> bool:
    """The answer signs with `name`: a line of its closing opens with it and is no sentence
    ("Trafikverket", "Trafikverket Region Norr", "SJ AB, Box 1"), as a signature or the
    sender's own address is. A sentence that names it ("Därför bör Trafikverket bygga en
    bullervall.") speaks of it, whoever writes."""
    pattern = name_pattern(name)
    for line in lines[max(len(lines) - 12, len(lines) // 2) :]:
        line = line.strip()
        match = pattern.match(line)
        if match is None or len(line.split()) > 6:
            continue
        if match.end() == len(line.rstrip(".")) or not _SENTENCE_END.search(line):
            return True
    return False


_SENTENCE_END = re.compile(r"[.!?]$")


def _excluded(lines: list[str], sender: str) -> set[str]:
    """Names that are never the author: the remiss's sender, whoever a "Till …" line
    addresses."""
    named = [sender] if sender else []
    for line in lines[:30]:
        if match := _TO.match(line):
            named.append(match.group("name"))
    excluded = {_key(name) for name in named}
    # and the bodies such a name holds: "Bergviks kommun" in "Bergviks kommun,
    # Samhällsbyggnadsnämnden" or "Samhällsbyggnadsnämnden i Bergviks kommun"
    for name in named:
        excluded |= {_key(_name_in(m.group())) for m in _NAMED.finditer(name)}
    return excluded


def _same(one: str, other: str) -> bool:
    """One name, or one the short or long form of the other ("Locum AB", "Styrelsen för
    Locum AB")."""
    return one == other or any(
        a.startswith(b + " ") or a.endswith(" " + b) for a, b in ((one, other), (other, one))
    )


# People who write as who they are: "Vi som bor vid ängen", "Jag som äger fastigheten".
_PEOPLE_WRITE = re.compile(
    r"(?<![\wåäö])(?:[Vv]i|[Jj]ag)(?: [a-zåäö]+){0,2} som (?:bor|äger|har (?:fastighet|"
    r"hus|tomt|sommarhus|fritidshus|stuga)|är (?:boende|bosatt|bosatta|fastighetsägare|"
    r"grannar|granne|sakägare|ägare))(?![\wåäö])"
)

# What a name may have after it and still name the same organisation: its legal form or kind.
_FORM_AFTER = r"s? (?:ab|hb|kb|ek\. för\.|ekonomisk förening|kommun|stad|landsting)"


def _one_organisation(one: str, other: str) -> bool:
    """Two names (keys) of one organisation to file under: the same, or one with its legal
    form or kind after it ("Locum" and "Locum AB", "Huddinge" and "Huddinge kommun"). A
    place or unit after a name makes another organisation, a krets or a region of it
    ("Naturskyddsföreningen i Bergvik" is not "Naturskyddsföreningen")."""
    if one == other:
        return True
    short, long = sorted((one, other), key=len)
    return re.fullmatch(re.escape(short) + _FORM_AFTER, long) is not None


def _scored_guess(
    answer: AnswerText,
    known: Iterable[str],
    sender: str,
    file_name: str,
    remiss_title: str,
    people: Set[str],
) -> OrganisationGuess:
    """The names the text writes, weighed by where they stand (letterhead, closing, body):
    the suggestion when no cue names the sender. Never one of `people` (`_people`)."""
    lines = answer.lines
    excluded = _excluded(lines, sender)
    title_key = _key(remiss_title.replace("-", " "))
    scores: dict[str, float] = defaultdict(float)
    spelled: dict[str, str] = {}
    top = set(range(min(8, len(lines))))
    bottom = set(range(max(0, len(lines) - 12), len(lines)))

    text = answer.text
    proper_nouns: dict[str, bool] = {}

    def proper(word: str) -> bool:
        if (held := proper_nouns.get(word)) is None:
            held = proper_nouns[word] = _proper_noun(word, text)
        return held

    surnames = {person.split()[-1] for person in people}  # "Jarl anser" after "Sofia Jarl"

    def add(name: str, weight: float) -> None:
        name = _GREETING.sub("", " ".join(name.split()).strip(" .,:;"))
        name = _FUNCTION_AFTER.sub("", name)  # "Utredningen Från", a line run on: no name's end
        name = _PAGE_AFTER.sub("", name)  # "Företagarna Nyheter": the page's menu after it
        key = _key(name)
        if key in people or key in surnames or any(key.endswith(f" {p}") for p in people):
            return  # a person, or a person after a role ("Planeringschefen Urban Holm")
        if not key or key in GENERIC or len(key) < 3 or _GENITIVE_S.sub("", key) in excluded:
            return
        if title_key and (key.split("-")[0] in title_key or key in title_key):
            return
        if _CASE_NUMBER.search(name) or any(c.isdigit() for c in name):
            return
        if _not_a_name(name):
            return
        spelled.setdefault(key, name)
        scores[key] += weight

    # A one-word subject that opens sentences is a common noun or a name ("Tågoperatörerna
    # har lämnat …", "Tågoperatörerna framhåller …"): speaking in two, it is offered.
    subjects = [list(_SUBJECT.finditer(line)) for line in lines]
    speaking = Counter(
        match.group("name")
        for matches in subjects
        for match in matches
        if " " not in match.group("name")
    )
    # A running header names the organisation on every page ("Länsstyrelsen Västra Götaland
    # Granskningsyttrande 2 (16)"): once, as much as a letterhead line.
    for line in dict.fromkeys(answer.furniture):
        for match in _NAMED.finditer(line):
            add(_name_in(match.group()), 3.0)
    for index, line in enumerate(lines):
        if _TO.match(line):
            continue
        # In the body a name is mostly one the answer cites: it counts for little there.
        place = 3.0 if index in top else 2.0 if index in bottom else 0.4
        for match in _NAMED.finditer(line):
            add(_name_in(match.group()), place)
        for match in subjects[index]:
            name = match.group("name")
            if " " in name or name.isupper() or proper(name) or speaking[name] > 1:
                add(name, 2.0 * place)
        if index in bottom and (couple := _COUPLE.match(_GREETING.sub("", line.strip()))):
            add(couple.group(), 2.5)  # people signing together: one name, above its parts
        if (index in bottom and index not in top) or "dnr" in line.casefold():
            continue  # signatories are people; "Ert Dnr" is no name
        for match in _PROPER.finditer(line):
            if place > 1.0 or not _SENTENCE_START.search(line[: match.start()]):
                name = NOT_OF_A_NAME.sub("", match.group())
                if (" " in name or proper(name)) and not sends_remisses(name):
                    add(name, 0.5 * place)
    # A name the store knows counts where the answer signs with it (its first and last
    # lines) or speaks as it; named in the body it is mostly cited, and counts little.
    edges = "\n".join(lines[:8] + lines[-12:])
    known_names = {_key(name): name for name in known if name.strip()}
    for key, name in known_names.items():
        if key in excluded or key in GENERIC:
            continue
        pattern = name_pattern(name)
        if pattern.search(edges) or key in scores:
            spelled[key] = name
            scores[key] += 4.0
        elif pattern.search(text):
            spelled[key] = name
            scores[key] += 0.5
    domains = _email_domains(lines[:12] + lines[-12:])
    for key in list(scores):
        flat = key.replace(" ", "").replace("-", "")
        if any(len(d) >= 4 and (d in flat or flat.startswith(d[:6])) for d in domains):
            scores[key] += 3.0
    stem = _key(re.sub(r"[_-]+", " ", file_name.rsplit(".", 1)[0]))
    for key in list(scores):
        if key in stem:
            scores[key] += 1.0
    merged = _merge_short_forms(scores)
    if not merged:
        return OrganisationGuess(None, 0.0)
    # at a tie, a name that holds an organisation's kind ("Lovö Hembygdsförening") before a
    # person's or a place's ("Gustav Vasa", "Kronoparken Lovö")
    ranked = sorted(
        merged.items(),
        key=lambda item: (
            -item[1][0],
            not org_form(_GENITIVE_S.sub("", spelled[item[0]])),
            item[0],
        ),
    )
    (best, (score, subject)), rest = ranked[0], ranked[1:]
    second = rest[0][1][0] if rest else 0.0
    known_best = best in known_names
    confidence = score / (score + second) * (0.5 + 0.5 * min(1.0, score / 8))
    if known_best:
        confidence = min(1.0, confidence + 0.25)
    candidates = [(spelled[key], round(value[0], 2)) for key, value in ranked[:5]]
    return OrganisationGuess(
        name=known_names.get(best)
        or _with_kind(_without_genitive(spelled[best], answer.text), answer.text),
        confidence=round(confidence, 2),
        known=known_best,
        candidates=candidates,
        subject=spelled.get(subject, "") if subject else "",
    )


def _explicit_sender(
    lines: list[str], sender: str, remiss_title: str, excluded: Set[str] = frozenset()
) -> OrganisationGuess | None:
    """The sender the answer names itself: "Avsändare: X" (or X on the next line), "För X"
    or "Styrelsen för X" among its last lines. A name in brackets is a placeholder. An
    e-mail's "Från:" names its writer without the address; in a forwarded or answered
    mail that quotes another, the writers differ and the officer is asked."""
    mail = _mail_senders(lines, excluded)
    if mail is not None:
        return mail
    found: list[tuple[str, str]] = []
    for index, line in enumerate(lines[:40]):
        if match := _SENDER.match(line):
            name = match.group("name").strip() or (
                lines[index + 1] if index + 1 < len(lines) else ""
            )
            found.append((name, "avsändare"))
            break
    if not found:
        # every "För X" of the closing: two bodies that sign one answer together
        found = [
            (match.group("name"), "för")
            for line in lines[-15:]
            if (match := _FOR.match(line.strip()))
        ]
    named: list[OrganisationGuess] = []
    for name, how in found:
        name = _GREETING_AFTER.sub("", " ".join(name.split())).strip(" .,:;")
        if not name.startswith("["):
            name = name.split(",")[0].strip()  # "Maria Nilsson, fastighetsägare till …"
        placeholder = ""
        if bracket := _BRACKETS.match(name):
            placeholder = name
            name = bracket.group("inner").strip(" .…")
        if not name or _NOT_A_SENDER.match(name) or len(name) < 3:
            continue
        if _FORM_FIELD.match(name) or "@" in name or _NO_NAME.fullmatch(name):
            # a form's next field ("E-post: …") or what kind of sender it is ("Privatperson",
            # "Ej angiven"): no organisation's name, and every such answer under it would merge
            continue
        if not name[0].isupper():
            continue  # a heading, not a name: "För kommentarer", "För mer information"
        key = _key(name)
        if key in GENERIC or (sender and key == _key(sender)) or key == _key(remiss_title):
            continue
        if sends_remisses(name):
            continue  # "För Finansdepartementet", "Från: Regeringskansliet": who sent it
        confidence = 0.6 if placeholder or _ACRONYM.fullmatch(name) else 0.9
        if confidence > 0.6 and _runs_on(name, lines):
            confidence = 0.6
        # ("För GBF": the name to file it under is not in the answer, as in `read_cues`)
        named.append(
            OrganisationGuess(
                name, confidence, candidates=[(name, confidence)], placeholder=placeholder, how=how
            )
        )
    if not named:
        return None
    first = named[0]
    if len({_key(guess.name or "") for guess in named}) > 1:
        # "För Naturskyddsföreningen i Bergvik … För Friluftsfrämjandet i Bergvik": a joint
        # answer, which no one organisation sent alone; the officer says under which
        first.confidence = 0.6
        first.candidates = list(dict.fromkeys((g.name or "", 0.6) for g in named))
    return first


# An e-mail's header: "Från: Karin Ek <karin.ek@…>" beside "Skickat:", "Till:", "Ämne:".
_MAIL_FROM = re.compile(r"^(?:från|from)\s*:\s*(?P<name>.*)$", re.I)
_MAIL_FIELD = re.compile(r"^(?:skickat|datum|date|sent|till|to|kopia|cc|ämne|subject)\s*:", re.I)
_MAIL_ADDRESS = re.compile(r"<[^>]*>|\[mailto:[^\]]*\]|\S+@\S+")
# A mail that passes on another: "VB:", "Fwd:", "Vidarebefordrat meddelande".
_FORWARDED = re.compile(
    r"^(?:ämne|subject)\s*:\s*(?:vb|fw|fwd|vs)\s*:|vidarebefordrat meddelande|"
    r"ursprungligt meddelande|forwarded message|original message",
    re.I | re.M,
)


def _runs_on(name: str, lines: list[str]) -> bool:
    """Whether the name read may run on past the organisation's: the answer writes a shorter
    form of it elsewhere (two words or more, or an abbreviation) and never the name whole
    again ("Landstinget i Östergötland Landstingsstyrelsen" on a letterhead, "Landstinget i
    Östergötland" in the text; "För Sjöbygdens Fiskevårdsförening Styrelsen genom" closing an
    answer that writes "Sjöbygdens Fiskevårdsförening")."""
    words = name.split()
    whole = _lines_with(name, lines)
    if len(words) < 2 or len(whole) > 1:
        return False
    for size in range(len(words) - 1, 0, -1):
        shorter = " ".join(words[:size])
        if (size > 1 or _ACRONYM.fullmatch(shorter)) and _lines_with(shorter, lines) - whole:
            return True
    return False


def _lines_with(name: str, lines: list[str]) -> set[int]:
    """The lines that write `name` whole (its genitive too)."""
    pattern = re.compile(r"(?<![\wåäö])" + re.escape(name) + r"s?(?![\wåäö])", re.I)
    return {index for index, line in enumerate(lines) if pattern.search(line)}


def _mail_senders(lines: list[str], excluded: Set[str]) -> OrganisationGuess | None:
    """The writer an e-mail's header names ("Från: Karin Ek <karin.ek@…>" is Karin Ek), or
    None where the text holds no mail header. A "Från:" that names the remiss's sender or
    whoever a "Till" line addresses (its registry passing the answer on) names no writer.
    Where the mails the text holds are from several writers (a forward, a reply quoting
    another) the writer is not sure: the innermost is offered where the mail was
    forwarded, the outermost where it answers."""
    headers = [
        " ".join(_MAIL_ADDRESS.sub(" ", match.group("name")).split()).strip(" \"',;:")
        for index, line in enumerate(lines)
        if (match := _MAIL_FROM.match(line.strip()))
        and any(_MAIL_FIELD.match(other.strip()) for other in lines[index + 1 : index + 4])
    ]
    if not headers:
        return None
    writers = [
        name
        for name in headers
        if name
        and not sends_remisses(name)
        and not any(
            re.search(rf"(?<![\wåäö]){re.escape(key)}", _key(name)) for key in excluded if key
        )
    ]
    if not writers:
        return None
    distinct = list(dict.fromkeys(_key(name) for name in writers))
    forwarded = _FORWARDED.search("\n".join(lines)) is not None
    name = writers[-1] if forwarded else writers[0]
    confidence = 0.9 if len(distinct) == 1 else 0.6
    candidates = [(writer, confidence) for writer in dict.fromkeys(writers)]
    return OrganisationGuess(name, confidence, candidates=candidates, how="avsändare")


def _email_domains(lines: list[str]) -> set[str]:
    return {
        m.group("domain").split(".")[-1].casefold() for line in lines for m in _EMAIL.finditer(line)
    }


def _proper_noun(word: str, text: str) -> bool:
    """A single word is a name only where the text also capitalises it mid-sentence
    ("för Locum"), not an adverb that opens a sentence ("Avslutningsvis vill …")."""
    return re.search(rf"[a-zåäö,] {re.escape(word)}(?![\wåäö])", text) is not None


def _name_in(text: str) -> str:
    """ "Styrelsen för Locum AB" names Locum AB; "Locum ABs" is its genitive."""
    for prefix in ("Styrelsen för ", "styrelsen för ", "Nämnden för "):
        if text.startswith(prefix):
            return text[len(prefix) :]
    return text


def _merge_short_forms(scores: dict[str, float]) -> dict[str, tuple[float, str]]:
    """Fold a short form into the full name it begins ("Locum" into "Locum AB", "Huddinge"
    into "Huddinge kommun") and a genitive into its name ("Stockholm Business Regions")."""
    scores = dict(scores)
    for key in sorted(scores, key=len, reverse=True):
        base = _GENITIVE_S.sub("", key)
        if base != key and base in scores:
            scores[base] += scores.pop(key)
    merged: dict[str, tuple[float, str]] = {}
    for key in sorted(scores, key=len, reverse=True):
        target = next((longer for longer in merged if longer.startswith(key + " ")), None)
        if target is None:
            merged[key] = (scores[key], "")
        else:
            score, subject = merged[target]
            merged[target] = (score + scores[key], subject or key)
    return merged


def _key(name: str) -> str:
    return " ".join(name.casefold().split())
