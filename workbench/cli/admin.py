"""`workbench demo` and `workbench backup`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from workbench.cli.root import CliContext, pass_context


@click.command()
@click.option("--quiet", "-q", is_flag=True, help="Skriv inget när allt gick bra.")
@pass_context
def demo(ctx: CliContext, quiet: bool) -> None:
    """Läs in demodata: Life science-remisserna och fyra organisationers svar."""
    from workbench.usecases.demo import load_demo

    result = load_demo(ctx.store)
    if quiet:
        return
    if result.remisses_added or result.responses_added:
        click.echo(
            f"Demodata inläst i {ctx.db_path}: {result.remisses_added} remisser,"
            f" {result.responses_added} yttranden."
        )
    else:
        click.echo(f"Demodatan finns redan i {ctx.db_path}; inget ändrat.")


@click.command()
# A string, not a Path: a Path drops the trailing "/" that says "a folder".
@click.argument("path", type=click.Path())
@pass_context
def backup(ctx: CliContext, path: str) -> None:
    """Säkerhetskopiera databasen till PATH (säkert även när arbetsbänken är öppen).

    En mapp (eller en sökväg som slutar på /, mappen skapas) får filen
    '<databas>-<datum>-<tid>.db'; en fil som redan finns sparas som 'NAMN (föregående)'.
    """
    from workbench.usecases.export import target_path

    stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
    target = ctx.store.backup(target_path(path, f"{Path(ctx.db_path).stem}-{stamp}.db"))
    click.echo(f"Säkerhetskopia sparad: {target}")


COMMANDS = [demo, backup]
