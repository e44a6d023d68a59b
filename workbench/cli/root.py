"""The root command group: `--db`, and the TUI when no command is given."""

from __future__ import annotations

import contextlib
import math
import os
from pathlib import Path

import click

from workbench import paths
from workbench.cli import swedish
from workbench.errors import InvalidInput, StoreUnavailable


class CliContext:
    """What every command shares: where the store is, and the store once opened."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._store = None

    @property
    def store(self):
        if self._store is None:
            from workbench.store import open_store

            wait = busy_wait_seconds()
            timeout_ms = min(busy_timeout_ms(), int(wait * 1000))
            self._store = open_store(
                self.db_path,
                busy_timeout_ms=timeout_ms,
                busy_retry_seconds=max(0.0, wait - timeout_ms / 1000),
            )
        return self._store

    def close(self) -> None:
        if self._store is not None:
            # Index what the command wrote now, so the next start of the TUI has nothing to do.
            # When busy, the next open_store indexes it instead; nothing is lost.
            try:
                with contextlib.suppress(StoreUnavailable):
                    # A read-only command must not wait out another program's write for this.
                    self._store.db.busy_retry_seconds = 0.0
                    self._store.refresh_search_index()
            finally:
                self._store.close()
                self._store = None


BUSY_WAIT_SECONDS = 30.0


def busy_wait_seconds() -> float:
    """How long a command waits for another program's write (`WORKBENCH_BUSY_WAIT` seconds,
    default 30) before it gives up and says the change was not saved."""
    text = os.environ.get("WORKBENCH_BUSY_WAIT", "").strip()
    if not text:
        return BUSY_WAIT_SECONDS
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise InvalidInput(f"WORKBENCH_BUSY_WAIT: '{text}' är inget antal sekunder (t.ex. 30).")
    return min(value, 3600.0)


def busy_timeout_ms() -> int:
    """SQLite's own wait for the write lock at each attempt: BUSY_TIMEOUT_MS; the rest of
    `busy_wait_seconds` is spent asking again (StoreDatabase.begin_immediate).
    `WORKBENCH_BUSY_TIMEOUT_MS` shortens it, so the tests of the wait beyond the timeout hold
    the lock for a second instead of seven; it is not meant for users (the wait is theirs)."""
    from workbench.store.connection import BUSY_TIMEOUT_MS

    text = os.environ.get("WORKBENCH_BUSY_TIMEOUT_MS", "").strip()
    if not text:
        return BUSY_TIMEOUT_MS
    if not text.isdigit():
        raise InvalidInput(f"WORKBENCH_BUSY_TIMEOUT_MS: '{text}' är inget antal millisekunder.")
    return min(int(text), BUSY_TIMEOUT_MS)


SQLITE_MAX_INT = 2**63 - 1


class BoundedInt(click.types.IntParamType):
    """An integer that SQLite can hold (ids, numbers): a larger one is a Swedish line and exit
    1, not an OverflowError from deep in the store."""

    name = "heltal"

    def convert(self, value, param, ctx):
        number = super().convert(value, param, ctx)
        if not -SQLITE_MAX_INT - 1 <= number <= SQLITE_MAX_INT:
            label = param.human_readable_name if param is not None else "talet"
            raise InvalidInput(
                f"{label}: {value} är för stort; ett id eller tal är högst {SQLITE_MAX_INT}."
            )
        return number


INT = BoundedInt()


HELP_OPTION_NAMES = ["-h", "--help"]
SWEDISH_HELP = "Visa den här hjälpen och avsluta."


def help_in_swedish(command: click.Command) -> None:
    """Give `-h/--help` a Swedish description on every command of the tree.

    click builds the help option once per command and caches it, so its text can be set here,
    after registration, instead of on each of the commands' decorators.
    """
    ctx = click.Context(command, help_option_names=HELP_OPTION_NAMES)
    option = command.get_help_option(ctx)
    if option is not None:
        option.help = SWEDISH_HELP
    for child in getattr(command, "commands", {}).values():
        help_in_swedish(child)


class WorkbenchGroup(click.Group):
    """The root group; its command modules are attached on first lookup, not at import.

    A command module imports this one for `pass_context`, so attaching them at import time
    would be circular whenever a command module is imported first.
    """

    _registered = False

    def _register_once(self) -> None:
        if not WorkbenchGroup._registered:
            WorkbenchGroup._registered = True
            register()
            help_in_swedish(self)
            swedish.install()
            swedish.swedish_help(self)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = SWEDISH_HELP
        return option

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._register_once()
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        self._register_once()
        return super().get_command(ctx, cmd_name)


@click.group(
    cls=WorkbenchGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": HELP_OPTION_NAMES},
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Databasfil (standard: WORKBENCH_DB eller användarens datamapp).",
)
@click.version_option(
    package_name="remiss-workbench",
    message="workbench %(version)s",
    help="Visa versionen och avsluta.",
)
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None) -> None:
    """Remiss Workbench: skriv remissvar och yttranden avsnitt för avsnitt.

    Utan kommando öppnas arbetsbänken i terminalen.
    """
    context = CliContext(db_path or paths.default_db_path())
    ctx.obj = context
    # A PDF export killed last time left its work folder (a copy of the document).
    paths.remove_stale_temp_files(paths.scratch_dir())
    ctx.call_on_close(context.close)
    if ctx.invoked_subcommand is None:
        from workbench.tui.app import run_app

        run_app(context.db_path)


pass_context = click.make_pass_decorator(CliContext)
swedish.swedish_help(cli)  # the root's own usage line; its commands' on registration


def register() -> None:
    """Attach the command groups (kept in their own modules)."""
    from workbench.cli import (
        admin,
        compilation,
        export,
        ingest,
        language,
        maintenance,
        organisation,
        remiss,
        response,
        review,
        search,
        section,
    )

    for module in (
        admin,
        ingest,
        organisation,
        remiss,
        response,
        export,
        section,
        search,
        compilation,
        language,
    ):
        for command in module.COMMANDS:
            cli.add_command(command)
    for command in maintenance.COMMANDS:
        cli.add_command(command)
    for command in review.RESPONSE_COMMANDS:
        response.response.add_command(command)
