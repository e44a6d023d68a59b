"""The review workflow: which status may follow which, who is acting, and what is read-only.

utkast → granskning → (atergiven → granskning) → godkand → beslutad → skickad, and back to
utkast from godkand, beslutad or skickad ("reopen") with a reason. An approved response
(godkand, beslutad, skickad) is read-only until reopened; the store enforces it on every
write to the response and its positions. Pure: no store, no UI.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass

from workbench.core.model import Event, Status, Version
from workbench.errors import InvalidInput

USER_ENV = "WORKBENCH_USER"

READ_ONLY = frozenset({Status.GODKAND, Status.BESLUTAD, Status.SKICKAD})
# The same sentence is raised by the schema's triggers (db/0006_review.sql) as a backstop.
READ_ONLY_MESSAGE = "Yttrandet är godkänt och skrivskyddat; öppna det igen för att ändra."


@dataclass(frozen=True)
class Transition:
    """One allowed move: `verb` is how the log says it ("skickade för granskning")."""

    from_status: Status
    to_status: Status
    verb: str
    needs_reason: bool = False

    @property
    def label(self) -> str:
        return f"{self.from_status.label} → {self.to_status.label}"


TRANSITIONS: tuple[Transition, ...] = (
    Transition(Status.UTKAST, Status.GRANSKNING, "skickade för granskning"),
    Transition(Status.GRANSKNING, Status.ATERGIVEN, "skickade tillbaka till handläggaren"),
    Transition(Status.ATERGIVEN, Status.GRANSKNING, "skickade för granskning igen"),
    Transition(Status.GRANSKNING, Status.GODKAND, "godkände"),
    Transition(Status.GODKAND, Status.BESLUTAD, "registrerade beslutet"),
    Transition(Status.BESLUTAD, Status.SKICKAD, "registrerade att yttrandet skickats"),
    Transition(Status.GODKAND, Status.UTKAST, "öppnade igen", needs_reason=True),
    Transition(Status.BESLUTAD, Status.UTKAST, "öppnade igen", needs_reason=True),
    Transition(Status.SKICKAD, Status.UTKAST, "öppnade igen", needs_reason=True),
)
_BY_PAIR: dict[tuple[Status, Status], Transition] = {
    (t.from_status, t.to_status): t for t in TRANSITIONS
}


# "ett godkänt yttrande": the labels are common gender, yttrande is neuter.
_NEUTER = {Status.GODKAND: "godkänt", Status.BESLUTAD: "beslutat", Status.SKICKAD: "skickat"}


@dataclass
class StatusChange:
    """What one transition did: the event logged and the version it snapshotted."""

    response_id: int
    transition: Transition
    actor: str
    message: str
    event: Event
    version: Version


def parse_status(value: Status | str) -> Status:
    """A status from its key (`granskning`) or its label (`För granskning`)."""
    if isinstance(value, Status):
        return value
    text = str(value).strip()
    for status in Status:
        if text in (status.value, status.label) or text.casefold() == status.label.casefold():
            return status
    keys = ", ".join(s.value for s in Status)
    raise InvalidInput(f"Okänd status '{value}' (välj bland {keys}).")


def allowed_next(status: Status | str) -> list[Status]:
    """The statuses a response may move to from `status`, in workflow order."""
    current = parse_status(status)
    return [t.to_status for t in TRANSITIONS if t.from_status == current]


def transition(current: Status | str, new: Status | str, message: str = "") -> Transition:
    """The allowed move from `current` to `new`, or a Swedish InvalidInput saying why not."""
    current, new = parse_status(current), parse_status(new)
    if current == new:
        raise InvalidInput(f"Yttrandet har redan status {current.label}.")
    found = _BY_PAIR.get((current, new))
    if found is None:
        allowed = " eller ".join(s.label for s in allowed_next(current)) or "ingen"
        raise InvalidInput(
            f"Kan inte gå från {current.label} till {new.label}; tillåtet härifrån: {allowed}."
        )
    if found.needs_reason and not message.strip():
        raise InvalidInput(
            f"Ange ett skäl (meddelande) för att öppna ett {_NEUTER[current]} yttrande igen."
        )
    return found


def status_label(value: Status | str) -> str:
    """The Swedish label of a stored status, or the text itself if it is no status."""
    try:
        return Status(value).label
    except ValueError:
        return str(value)


def is_read_only(status: Status | str) -> bool:
    return parse_status(status) in READ_ONLY


def check_writable(status: Status | str) -> None:
    if is_read_only(status):
        raise InvalidInput(READ_ONLY_MESSAGE)


def current_user(explicit: str | None = None) -> str:
    """Who is acting: `--by` (or the TUI's setting), else WORKBENCH_USER, else the OS user."""
    for candidate in (explicit, os.environ.get(USER_ENV)):
        if candidate and candidate.strip():
            return candidate.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name (a container with an unnamed uid): say so rather than fail.
        return "okänd"


# Who the log names for what the workbench did by itself: an event logged with no one acting
# (an older store's demo data), a conflicting edit kept as a comment.
SYSTEM_ACTOR = "Arbetsbänken"


def actor_of(event: Event) -> str:
    """Who did it, as the log and the report name them: never a bare dash."""
    return event.actor.strip() or SYSTEM_ACTOR


# How the log reads each kind of event; status changes read as their transition's verb.
ACTION_LABELS: dict[str, str] = {
    "create": "skapade yttrandet",
    "delete": "tog bort yttrandet",
    "version": "sparade",
    "restore": "återställde",
    "comment": "kommenterade",
    "reply": "svarade",
    "resolve": "löste kommentar",
    "reopen_comment": "öppnade kommentar igen",
}


def describe_event(event: Event, with_message: bool = True) -> str:
    """One event as the log says it: "skickade för granskning (Utkast → För granskning): …"."""
    if event.action == "status":
        try:
            move = _BY_PAIR[(Status(event.from_status), Status(event.to_status))]
            text = f"{move.verb} ({move.label})"
        except (KeyError, ValueError):
            text = f"ändrade status ({event.from_status} → {event.to_status})"
    else:
        text = ACTION_LABELS.get(event.action, event.action)
        if event.action in _CONTINUED and event.message:
            return f"{text} {event.message}"
    return f"{text}: {event.message}" if event.message and with_message else text


# Actions whose message continues the verb ("sparade" + "version 3 (Inför nämnd)").
_CONTINUED = frozenset({"version", "restore", "comment", "reply", "resolve", "reopen_comment"})
