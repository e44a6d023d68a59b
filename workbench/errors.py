"""Errors a user can cause and fix. Messages are Swedish: the TUI and the CLI show them as is."""


class WorkbenchError(Exception):
    """A problem the user can act on: shown as one line, never as a traceback."""


class NotFound(WorkbenchError):
    """An id, section number or name that does not exist."""


class InvalidInput(WorkbenchError):
    """A value that cannot be stored: a bad date, an unknown stance, an empty title."""


class StoreError(WorkbenchError):
    """The store file cannot be opened, migrated or written."""


class StoreUnavailable(StoreError):
    """The store cannot take a write now: another program holds it past the busy timeout, the
    disk is full, the file is read-only or gone. Trying again later may succeed; nothing that
    was stored before is lost. `reason` is one of "busy", "full", "readonly", "io"."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason
