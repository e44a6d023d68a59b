"""Words that lean: an account that may hold a stand the reader did not read.

A paragraph the reader takes for an account (`redogor`: it tells, it does not take sides)
is right when it is one: "Remissen omfattar tre delar", "Förbundet organiserar 40 000
medlemmar". But answers often argue without a verb of stance, and a Swedish reader hears a
view in words the reader has no rule for: a need ("måste", "behövs", "krävs"), a weighing
word ("rimligt", "olyckligt", "problematiskt", "otydligt"), a turn against what came before
("men", "dock", "tyvärr"), a denial ("inte", "ej"), a question put to the remiss. Such an
account is not sure: it is queued for the officer rather than filed as a plain account.

The words are general Swedish, of judgement and of modality, not of any answer: the point is
to ask where the text may argue, so the officer confirms it, not to read the stand.
"""

from __future__ import annotations

import re

# A need or an obligation: what the answer wants done is near.
_NEED = (
    r"bör|borde|måste|behöver|behövs|behövde|krävs|kräver|skulle (?:behöva|kunna|vilja)|"
    r"vore|hade (?:varit|behövt)|ska inte|skall inte"
)
# A turn against what came before or a concession (also how a paragraph's account turns
# against something, `analyse`), and a denial.
TURNS = r"dock|ändå|men|däremot|emellertid|tyvärr|trots"
_TURN = rf"{TURNS}|inte|ej|icke|aldrig|knappast|varken"
# Words of weighing, by their stems: good and bad, clear and unclear, enough and too little,
# risk and worry, surprise and regret. A stem takes any ending ("rimlig", "rimliga",
# "rimligt", "orimligheten").
_WEIGHING = (
    r"(?:o|miss)?(?:rimlig|lämplig|tydlig|tillräcklig|genomtänkt|realistisk|godtagbar|"
    r"acceptabel|rättvis|förutsägbar|proportionerlig|ändamålsenlig|motiver|välkom|"
    r"önskvär|nödvändig|fullständig)|oklar|"
    r"viktig|angeläg|avgörande|väsentlig|betydelsefull|värdefull|positiv|negativ|"
    r"bra|dålig|sämre|bättre|svår|problem|problematisk|risk|riskera|oro|orolig|farhåg|"
    r"befara|tveksam|tvivel|tvivelaktig|olycklig|anmärkningsvärd|förvån|beklag|brist|"
    r"bristfällig|saknas|saknar|otillfredsställande|ifrågasätt|kritisk|kritik|felaktig|"
    r"missvisande|oklarhet|osäker|oroväckande|allvarlig|orimlighet|begräns|överdriv|"
    r"alltför|för (?:lite|mycket|kort|lång|snäv|stor|liten)|hoppas|önskar|förväntar"
)
_LEANING = re.compile(
    rf"(?<![\wåäö])(?:{_NEED}|{_TURN})(?![\wåäö])|(?<![\wåäö])(?:{_WEIGHING})|\?",
    re.IGNORECASE,
)


def leans(text: str) -> bool:
    """Whether `text`, read as an account, has words a view is often held in."""
    return _LEANING.search(text) is not None
