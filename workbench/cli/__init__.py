"""The command line: `workbench …`. Parsing and printing only; the work is in the modules.

Exit codes: 0 ok, 1 a user error (one line on stderr), 2 a usage error.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from workbench.errors import WorkbenchError

__all__ = ["cli", "main"]


def __getattr__(name: str):
    # The click group is built on first use, so opening the TUI never pays for click.
    if name == "cli":
        from workbench.cli.root import cli

        return cli
    raise AttributeError(name)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and turn every failure into one line and an exit code."""
    args = sys.argv[1:] if argv is None else argv
    db_path = tui_only(args)
    if db_path is not None:
        run_tui(db_path)
        return
    import click

    from workbench.cli import swedish
    from workbench.cli.root import cli

    swedish.install()
    # A file name that is not UTF-8 (an argument decoded with surrogateescape) is printed back
    # as the bytes it was, the way ls does, instead of failing after the work is done.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="surrogateescape")
    try:
        code = cli.main(args=args, prog_name="workbench", standalone_mode=False)
    except click.exceptions.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx is not None else "workbench"
        click.echo(
            f"fel användning: {one_line(exc.format_message())} (se '{command} --help')", err=True
        )
        sys.exit(2)
    except click.exceptions.Abort:
        click.echo("Avbrutet.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        click.echo(f"fel: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except WorkbenchError as exc:
        click.echo(f"fel: {one_line(not_saved(exc) or str(exc))}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("WORKBENCH_DEBUG"):
            raise
        from workbench.store.failures import describe

        known = not_saved(exc) or not_utf8(exc, args) or describe(exc)
        if known is not None:
            click.echo(f"fel: {one_line(known)}", err=True)
            sys.exit(1)
        click.echo(f"fel: oväntat fel ({type(exc).__name__}): {one_line(str(exc))}", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


def not_saved(exc: BaseException) -> str | None:
    """For a store that stayed busy past the wait: the line that says the change was NOT
    saved (the store's own message promises a later save, which only the TUI makes)."""
    from workbench.errors import StoreUnavailable

    busy = isinstance(exc, StoreUnavailable) and exc.reason == "busy"
    if not busy and type(exc).__name__ == "OperationalError":
        message = str(exc).lower()
        busy = "locked" in message or "busy" in message
    if not busy:
        return None
    from workbench.cli.root import busy_wait_seconds
    from workbench.store.failures import BUSY_NOT_SAVED

    try:
        seconds = busy_wait_seconds()
    except WorkbenchError:
        seconds = 0.0
    return BUSY_NOT_SAVED.format(seconds=f"{seconds:g}")


def not_utf8(exc: BaseException, args: list[str]) -> str | None:
    """For text that cannot be stored because an argument was not UTF-8 (the terminal or the
    file name in another encoding): which argument, and what to do."""
    if not isinstance(exc, UnicodeEncodeError):
        return None
    bad = [arg for arg in args if not _is_utf8(arg)]
    shown = (
        bad[0].encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") if bad else ""
    )
    which = f"Argumentet '{shown}'" if bad else "Ett argument"
    return (
        f"{which} är inte giltig UTF-8 och kan inte sparas. Skriv det i UTF-8"
        " (kontrollera terminalens teckenkodning, t.ex. LANG=sv_SE.UTF-8) eller byt namn på"
        " filen."
    )


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def one_line(message: str) -> str:
    return " ".join(message.split())


def tui_only(args: list[str]) -> Path | None:
    """The store path when the arguments only open the TUI (`workbench [--db PATH]`).

    That is the common start and the one whose speed an officer feels, so it skips click and
    the command modules entirely; anything else goes through the full command line.
    """
    from workbench import paths

    if not args:
        return paths.default_db_path()
    if len(args) == 2 and args[0] == "--db" and args[1] and not args[1].startswith("-"):
        return Path(args[1])
    if len(args) == 1 and args[0].startswith("--db=") and len(args[0]) > 5:
        return Path(args[0][5:])
    return None


def run_tui(db_path: Path) -> None:
    """Open the TUI; a store that cannot be opened is one line on stderr and exit 1."""
    try:
        # The modules the app starts with load with the cyclic garbage collector off, and are
        # then frozen out of its collections (they live as long as the process): its work at
        # a start (to Arbetsyta, typing) 0.135 -> 0.065 s, the process's CPU ~1.04 -> ~0.99 s.
        gc.disable()
        try:
            from workbench.tui.app import run_app
        finally:
            gc.freeze()
            gc.enable()
        run_app(db_path)
    except WorkbenchError as exc:
        print(f"fel: {one_line(str(exc))}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
