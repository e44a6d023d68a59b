"""Skipped matter by its form: what a registrator passes over in an answer wherever it stands,
because of what it looks like, not where.

Addresses (a line with a postcode, "Besök: …", "Post: …"), phone numbers, e-mail addresses and
web addresses standing alone, a dnr standing alone or in brackets, the distribution
("Kopia:", "Sändlista", "Beslutet skickas till …"), the decision procedure ("Detta beslut har
fattats av …", "Föredragande har varit …", "… godkänts digitalt"), download links ("Här
hittar du skrivelsen i PDF", "… (pdf)", "Pdf, 114 kB"), a web page's "Mer information" and
its own parts (the comment form, share buttons, the publication stamp, "Bli medlem").

Never a sentence that states a view: a line of matter is short and has no sentence of the
answer's own in it, and the procedure and download forms hold only when the paragraph's
sentences are all of that form (the caller also keeps any paragraph that takes a stand).
`peel` cuts matter off the edges of a paragraph it was run into: "(KN2026/00741)" before the
answer's first sentence, a URL after its last.
"""

from __future__ import annotations

import re

ADDRESS = "brevhuvud och adress"
DISTRIBUTION = "sändlista och kopia"
PROCEDURE = "beslutsformalia"
LINK = "webbsida, mall eller förteckning"
DNR = "diarienummer"
CAPTION = "bildtext"
PAGE = "sidnummer"
DATE = "datum"

# A date standing alone: "fredag 16 juni 2017", "16 juni 2017", "2017-06-16".
_DATE_ALONE = re.compile(
    r"(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag),? )?(?:den )?\d{1,2} "
    r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
    r"december) \d{4}|\d{4}-\d{2}-\d{2}",
    re.I,
)
# A page's number standing alone: "2(9)", "3 (12)", "Sida 4 av 9".
_PAGE_NUMBER = re.compile(r"\d{1,3} ?\(\d{1,3}\)|(?:sida|sid\.|s\.) \d{1,3}(?: av \d{1,3})?", re.I)

# A Swedish postcode before a town: "103 33 Stockholm", "111 30 STOCKHOLM", "SE-411 04 Göteborg".
_POSTCODE = re.compile(r"(?<![\d-])(?:SE-?)?\d{3} ?\d{2} [A-ZÅÄÖ][A-ZÅÄÖa-zåäö]+")
_CONTACT = re.compile(
    r"^(?:besök(?:s?adress)?|post(?:adress)?|adress|leveransadress|fakturaadress|telefon|"
    r"tfn|tel|mobil|fax|växel|e-post|epost|e-mail|mejl|mail|webb(?:plats)?|hemsida|internet|"
    r"org(?:anisations)?\.? ?nr|organisationsnummer|bankgiro|plusgiro|bg|pg|"
    r"kontaktpersoner|kontaktperson|kontakt|handläggare|ansvarig handläggare)\b\.?\s*:",
    re.I,
)
# Labels of contact details anywhere in a line ("Besök:", "Tfn:", "Org.nr:").
_CONTACT_LABEL = re.compile(
    r"(?<![\wåäö])(?:besök(?:s?adress)?|post(?:adress)?|adress|telefon|tfn|tel|fax|växel|"
    r"e-post|epost|webb(?:plats)?|org(?:anisations)?\.? ?nr|organisationsnummer)\.?\s*:",
    re.I,
)
_PHONE = re.compile(
    r"^(?:tel\.?:? ?|telefon:? ?)?(?:\+46 ?\(?0?\)?|0)\d{1,3}[- /]?\d[\d -]{4,12}\d$", re.I
)
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# A case number standing alone: "(KN2026/00741)", "Dnr 3.1-4788-2026", "M2011/1516/Ma",
# "Ert dnr: RS 2025-0671", "TSG 2011-486".
_DNR = re.compile(
    r"^\(?(?:(?:ert|vårt|er|vår) )?(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer|"
    r"referens|ref|beteckning)?\.?:?\s*"
    r"[A-ZÅÄÖ]{0,5} ?\d[\w.]*(?:[/:-][\w.]+)+\)?$",
    re.I,
)
# A form's labels for case numbers, with no number: "Dnr/målnr/löpnr:", "Ert dnr:".
_DNR_LABELS = re.compile(
    r"(?:(?:ert|vårt|er|vår) )?(?:dnr|diarienr|diarienummer|målnr|målnummer|löpnr|ärendenr|"
    r"ärendenummer)(?: ?/ ?(?:dnr|diarienr|målnr|målnummer|löpnr|ärendenr))*\s*:?",
    re.I,
)
_DISTRIBUTION = re.compile(
    r"^(?:kopia(?: till| för kännedom| av beslutet till)?|sändlista|för kännedom|"
    r"expedieras till|expediering|(?:beslutet|yttrandet|remissvaret|remissyttrandet|svaret) "
    r"(?:ska |skall )?(?:skickas|sändas|sänds|expedieras|delges|överlämnas) till)\b",
    re.I,
)
# The decision procedure: who decided, who presented, that it is approved digitally.
_PROCEDURE = re.compile(
    r"^(?:(?:i )?(?:detta|det här) (?:beslut|yttrande|ärende|remissvar)(?: har| är)? "
    r"(?:fattats|beslutats|avgjorts|fastställts)|beslut i (?:detta )?ärendet? har fattats|"
    r"(?:i )?(?:detta|det här) ärende har [\wåäöé ,-]{3,80} (?:beslutat|avgjort)\b|"
    r"föredragande (?:har varit|var)|i (?:den slutliga )?handläggningen har|"
    r"(?:denna handling|detta dokument|beslutet|yttrandet|handlingen) (?:har godkänts|är "
    r"godkän[dt]) (?:digitalt|elektroniskt)|.* har (?:också |även )?(?:deltagit i|"
    r"bidragit till|medverkat i|varit med i) (?:den slutliga |den )?(?:handläggningen|"
    r"beredningen)|.* har (?:också |även )?varit närvarande|"
    r"(?:beslutet|yttrandet) har (?:fattats|beslutats) av|"
    # the decision's documents: "Beslutsunderlag Landstingsdirektörens tjänsteutlåtande …"
    r"beslutsunderlag\b(?!.*[.!?]\s))",
    re.I,
)
_DOWNLOAD = re.compile(
    r"^(?:här (?:hittar|finns|kan) du|ladda (?:ner|hem)|läs (?:hela |mer)|"
    r"läs (?:remissvaret|yttrandet|skrivelsen|svaret|hela \w+) i (?:dess|sin) helhet)|"
    r"(?:\((?:pdf|docx?|zip)\)|\(?\b(?:pdf|docx?|zip),? \d+(?:[.,]\d+)? ?[kmg]b\)?)\.?$|"
    r"(?-i:\bMer information)$|"  # a link's words, not "… behöver mer information."
    # a link's words that name what it opens: "Läs samrådsyttrande för Detaljplan Hjortängen"
    r"^läs (?:\w+ ){0,2}\w*(?:yttrande|remissvar|skrivelse|svar|brev|protokoll|beslut|"
    r"artikel|inlägg|rapport)\w*\b[^.!?]*[.!:]?$|"
    # where the whole answer is: "Hela remissvaret finns i nedanstående länk", "Remissyttrandet
    # i sin helhet kan läsas i det följande", "Detta remissvar finns även som http://…"
    r"^(?:hela |detta |det |[\wåäö]+s )?(?:remissvaret|remissyttrandet|yttrandet|svaret|"
    r"skrivelsen|remissvar|yttrande|beslutet|underlaget)(?: i (?:sin|dess) helhet)? "
    r"(?:finns|återfinns|kan (?:läsas|"
    r"laddas ned|laddas ner|hämtas)|går att (?:läsa|ladda)|hittar du|bifogas|kan (?:du|ni) "
    r"(?:läsa|ladda ned|ladda ner|hitta|ta del av))\b|"
    # the reader told where it is: "Du läser vårt remissvar under Dokument"
    r"^(?:du|ni) (?:kan )?(?:läser|läsa|hittar|hitta) (?:(?:vårt|vår|hela|[\wåäö]+s) )?"
    r"[\wåäö-]*(?:svar|yttrande|skrivelse|beslut)\w* (?:under|här|via|på|i)\b|"
    r"^(?:klicka (?:på|här)|se (?:bifogad|bifogat|bilaga|länk))\b|"
    # an invitation to the whole text: "Vill du läsa hela remissvaret, klicka på länken", "Här
    # kan ni läsa …", "Det hittar du här till höger", "Länk: …"
    r"^(?:vill (?:du|ni) (?:läsa|titta på|se|ta del av)\b|här kan ni|läs dokumentet|"
    r"länk\s*:|det (?:hittar|finner) (?:du|ni) här|länk(?:en)? till [^.!?]{3,60} finns här)|"
    r"^detaljer (?:i|om) ärendet finns",
    re.I,
)
# A web page's own parts around the text it carries: the comment form ("Lämna ett svar",
# "Din e-postadress kommer inte publiceras"), share and print buttons, the publication stamp,
# the cookie notice, and the invitation to join or subscribe ("Bli medlem", "Medlemskapet ger
# dig rabatter …", "Prenumerera på vårt nyhetsbrev").
_WEB_PAGE = re.compile(
    r"^(?:lämna (?:ett svar|en kommentar)|skriv en kommentar|kommentera|"
    r"din e-?post(?:adress)? (?:kommer inte (?:att )?publiceras|publiceras inte)|"
    r"obligatoriska fält (?:är )?märk|"
    r"dela(?: (?:på|via|artikeln|sidan|inlägget)\b.*)?[!.]?$|skriv ut(?: sidan)?$|"
    r"(?:publicerad|publicerat|senast (?:uppdaterad|ändrad)|uppdaterad)\b:? ?\d|"
    r"(?:vi|den här (?:webbplatsen|sidan)|webbplatsen) använder (?:oss av )?(?:kakor|cookies)|"
    # the page's links to more of its kind: "Se även tidigare nyheter:"
    r"se även (?:våra |tidigare |fler |andra |senaste )?(?:nyheter|artiklar|inlägg|"
    r"pressmeddelanden|remissvar|yttranden)\b|"
    r"bli medlem\b|medlemskapet ger dig|prenumerera\b|"
    # a document host's own buttons: "Save this PDF as:", "Download …", "Starta visningen …"
    r"save this (?:pdf|document)|download\b|starta visningen|"
    # a site's opening hours: "Vår medlemsservice håller stängt fredag 21/6."
    r".{0,60}\b(?:håller stängt|stänger|har stängt) (?:[\wåäö]+ )?(?:måndag|tisdag|onsdag|"
    r"torsdag|fredag|lördag|söndag|i dag|idag|kl\.|\d{1,2}/\d{1,2})|"
    r"(?:anmäl dig till|få) (?:vårt|våra) nyhetsbrev|"
    # the site's checks and notices: a captcha, cookies and scripts, a paywall, a caption
    # editor, a debate page's standing note, a press release's stamp and contact
    r"vi kontrollerar att du är en människa|verifiering\b|"
    r"(?:vi|webbplatsen|sidan) (?:sparar|lagrar) (?:data|information|uppgifter) (?:i|med) "
    r"(?:kakor|cookies)|för att (?:funktionen|sidan|webbplatsen|tjänsten) (?:du försöker "
    r"använda )?ska fungera|(?:den här|denna) artikeln (?:ingår|är låst|är endast)|"
    r"ändra bildtext|(?:det här|detta) är en (?:debattartikel|opinionstext|krönika|insändare|"
    r"ledare)\b|du använder en (?:föråldrad|gammal|äldre) (?:webbläsare|version)|"
    r"pressmeddelande\s*[•·|–-]|pressmeddelande (?:från |den )?\d{1,2} [a-zåäö]+ \d{4}:?$|"
    r"(?:du är )?välkommen att (?:debattera|skriva en insändare|kommentera)\b|"
    # the page's copyright
    r"©|copyright\b|all rights reserved|alla rättigheter förbehållna|"
    r"för (?:kompletterande|ytterligare|mer) information,? (?:kontakta|vänligen kontakta))",
    re.I,
)
# A picture's caption: "Gatuvy mot väster. Foto Kerstin Lundén.", "Foto: Länsstyrelsen".
_CAPTION = re.compile(
    r"(?:^|[.!?] )(?:foto|fotograf|bild|illustration)(?::| av)? ?"
    r"(?-i:[A-ZÅÄÖ][\wåäöé-]+)(?:(?:,? (?:(?:i|och|för|av|på|&) )?|/)(?-i:[A-ZÅÄÖ][\wåäöé-]+))"
    r"{0,4}\.?$|"
    # a picture's kind alone: "Arkivbild.", "Pressbild"
    r"^(?:arkivbild|arkivfoto|pressbild|genrebild)\.?$|"
    # a picture's file name standing for its caption: "Odensåker-idag-(003)", "IMG_2031"
    r"^(?=[^ ]*\d)[\wåäöÅÄÖ]+(?:[-_][\wåäöÅÄÖ()]+)+(?:\.(?:jpe?g|png|gif))?$",
    re.I,
)
# A web page's share and print buttons.
BUTTONS = {
    "facebook", "twitter", "x", "linkedin", "instagram", "youtube", "email", "e-post", "mejl",
    "dela", "skriv", "ut", "tipsa", "print", "share", "mail",
}  # fmt: skip
# The addressee's or the answer's reference opening a line: "Er beteckning KSKF/2019:166, …".
_THEIR_REFERENCE = re.compile(
    r"^(?:er|ert|vår|vårt) (?:beteckning|referens|dnr|diarienummer|ärendenummer)\b:?\s*"
    r"\S*\d",
    re.I,
)
# Who prepared the answer, in a short sentence of its own: "Svaret har beretts med styrelsen i
# …", "Yttrandet har tagits fram av kansliet."
_PREPARED = re.compile(
    r"^(?:svaret|yttrandet|remissvaret|remissyttrandet) har (?:beretts|tagits fram|arbetats "
    r"fram|utarbetats) (?:av|med|i samråd med|inom|tillsammans med)\b",
    re.I,
)
# A case number said in a sentence of its own: "Trafikverkets diarienummer på remissen är TRV
# 2015/54620.", "Vårt dnr är 2026/114."
_DNR_SENTENCE = re.compile(
    r"^(?:[\wåäö]+s |vårt |ert |deras )?(?:diarienummer|dnr|ärendenummer|beteckning)"
    r"(?: (?:på|för|i) (?:remissen|ärendet|yttrandet|remissvaret))? är:? ?"
    r"[A-ZÅÄÖ]{0,5} ?\d[\w.]*(?:[/:-][\w.]+)+\.?$",
    re.I,
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"”(])")
# What may be run into a paragraph's edges: a bracketed dnr before it, a URL or an e-mail
# address after it.
_LEADING = re.compile(r"^\(?[A-ZÅÄÖ]{1,5} ?\d{2,4}(?:[/:-][\w.]+)+\)\s+(?=[A-ZÅÄÖ])")
_TRAILING = re.compile(r"\s+(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$", re.I)


def matter(text: str) -> str:
    """Why `text` (a paragraph, its markup removed) is skipped matter by its form; "" when
    it may be a position."""
    flat = " ".join(text.split()).strip()
    if not flat:
        return ""
    words = len(flat.split())
    bare = flat.rstrip(".;,")
    if _DISTRIBUTION.match(flat) and (
        flat.casefold().startswith("beslutet")
        or (words < 25 and not ends_a_sentence_of_its_own(flat))
    ):
        return DISTRIBUTION  # not "Kopia av planen bör skickas till alla som bor vid sjön."
    if _line_of_contacts(bare):
        return ADDRESS
    if _PAGE_NUMBER.fullmatch(bare):
        return PAGE
    if _DATE_ALONE.fullmatch(bare):
        return DATE  # "fredag 16 juni 2017": the page's or the letter's date
    if words <= 6 and _DNR.match(bare) and any(ch.isdigit() for ch in bare):
        return DNR
    if _DNR_LABELS.fullmatch(bare):
        return DNR  # a form's empty field: "Dnr/målnr/löpnr:"
    if words < 25 and _CAPTION.search(flat) and _no_view(flat):
        return CAPTION
    if words < 30 and (_is_link(flat) or _WEB_PAGE.match(flat)) and _no_view(flat):
        return LINK
    if words <= 8 and all(w.strip(",.|·•").casefold() in BUTTONS for w in flat.split()):
        return LINK  # the page's share buttons: "facebook Twitter Email"
    if words <= 12 and _DNR_SENTENCE.match(flat):
        return DNR
    if words <= 20 and _PREPARED.match(flat) and _no_view(flat):
        return PROCEDURE
    if words <= 16 and _THEIR_REFERENCE.match(flat) and _no_view(flat):
        return DNR  # "Er beteckning KSKF/2019:166, Inbjudan till samråd inlämnad 2019-06-11."
    sentences = _SENTENCE_SPLIT.split(flat)
    if _PROCEDURE.match(sentences[0]) and all(
        _PROCEDURE.match(s) or matter(s) or (len(s.split()) <= 8 and _no_view(s))
        for s in sentences[1:]
    ):
        return PROCEDURE
    return ""


def _is_link(text: str) -> bool:
    """A link's words: searched for only in a short paragraph (a search of a long one tries
    each of its places)."""
    return bool(_DOWNLOAD.search(text.rstrip(";,")) or _DOWNLOAD.match(text))


def _line_of_contacts(text: str) -> bool:
    """An address, phone, e-mail or web line, or a run of them: "Post: Kammarkollegiet, Box
    2218, 103 15 Stockholm", "BESÖK: STOCKHOLM VALHALLAVÄGEN 195", "Regeringskansliet
    Miljödepartementet 103 33 Stockholm", "070 672 92 65", "registratur@myndighet.se"."""
    words = text.split()
    if ends_a_sentence_of_its_own(text):
        return False
    if len(words) <= 40 and _CONTACT.match(text) and len(_CONTACT_LABEL.findall(text)) >= 2:
        return True  # a footer's run of them: "Post: 118 82 Stockholm, Besök: … Tfn: …"
    if len(words) > 20:
        return False
    if _CONTACT.match(text) or _PHONE.match(text) or _POSTCODE.search(text):
        return True
    tokens = [t.strip(",;") for t in words]
    digits = sum(any(c.isdigit() for c in t) for t in tokens)
    web = [t for t in tokens if _EMAIL.match(t) or _URL.match(t)]
    lower = sum(1 for t in tokens if t[:1].islower() and len(t) > 2 and t not in web)
    if web and digits >= 0.4 * len(tokens):
        # with its web address and a street: "… 08-35 02 90 www.exempel.se Turebergs torg"
        return lower <= 1
    if 3 <= len(words) <= 12 and digits >= 0.6 * len(tokens):
        # a place and its numbers, no words: "Turebergshuset 191 86 08-579 210 00"
        return not lower
    return all(_EMAIL.match(t) or _URL.match(t) for t in tokens)


def ends_a_sentence_of_its_own(text: str) -> bool:
    """Prose: several lower-case words and a full stop after a word ("… vid sjön.")."""
    lower = sum(1 for w in text.split() if w[:1].islower())
    return lower >= 5 and bool(re.search(r"[a-zåäö]{2}[.!?]$", text))


def _no_view(text: str) -> bool:
    """A link's words and nothing the answer holds: no "anser", "bör", "föreslår" …"""
    return not re.search(
        r"\b(?:anser|bör|borde|föreslår|tillstyrker|avstyrker|kräver|yrkar|motsätter|"
        r"välkomnar|ifrågasätter|saknas|brister)\b",
        text,
        re.I,
    )


def peel(text: str) -> tuple[list[str], str, list[str]]:
    """Matter run into a paragraph's edges, cut off: (before, the paragraph, after)."""
    before: list[str] = []
    after: list[str] = []
    rest = text.strip()
    if match := _LEADING.match(rest):
        before.append(match.group().strip())
        rest = rest[match.end() :]
    while (
        (match := _TRAILING.search(rest))
        and len(rest[: match.start()].split()) >= 3
        and rest[: match.start()].rstrip()[-1:] in ".!?:)"  # after a sentence, not in it
    ):
        after.insert(0, match.group().strip())
        rest = rest[: match.start()].rstrip()
    # a sentence of matter after the answer's own: "… Knivsta kommun. Dnr: PLA 2012-020005.",
    # "… vi har vunnit tid. Du läser vårt remissvar under Dokument."
    while len(sentences := _SENTENCE_SPLIT.split(rest)) > 1 and matter(sentences[-1]) in (
        DNR,
        ADDRESS,
        LINK,
    ):
        after.insert(0, sentences[-1])
        rest = rest[: rest.rindex(sentences[-1])].rstrip()
    return before, rest, after
