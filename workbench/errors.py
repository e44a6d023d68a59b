"""Errors a user can cause and fix. Messages are Swedish: the TUI and the CLI show them as is."""


class WorkbenchError(Exception):
    """A problem the user can act on: shown as one line, never as a traceback."""


class NotFound(WorkbenchError):
    """An id, section number or name that does not exist."""


class InvalidInput(WorkbenchError):
    """A value that cannot be stored: a bad date, an unknown stance, an empty title."""


class StoreError(WorkbenchError):
    """The store file cannot be opened, migrated or written."""
