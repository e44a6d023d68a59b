"""The command line: `workbench …`. Parsing and printing only; the work is in the modules.

Exit codes: 0 ok, 1 a user error (one line on stderr), 2 a usage error.
"""

from __future__ import annotations

import os
import sys

import click

from workbench.cli.root import cli
from workbench.errors import WorkbenchError

__all__ = ["cli", "main"]


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and turn every failure into one line and an exit code."""
    try:
        code = cli.main(args=argv, prog_name="workbench", standalone_mode=False)
    except click.exceptions.UsageError as exc:
        exc.show()
        sys.exit(2)
    except click.exceptions.Abort:
        click.echo("Avbrutet.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        click.echo(f"fel: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except WorkbenchError as exc:
        click.echo(f"fel: {one_line(str(exc))}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("WORKBENCH_DEBUG"):
            raise
        click.echo(f"fel: oväntat fel ({type(exc).__name__}): {one_line(str(exc))}", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


def one_line(message: str) -> str:
    return " ".join(message.split())
