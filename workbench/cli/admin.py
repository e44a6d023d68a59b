"""`workbench demo` and `workbench backup`."""

from __future__ import annotations

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
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@pass_context
def backup(ctx: CliContext, path: Path) -> None:
    """Säkerhetskopiera databasen till PATH (säkert även när arbetsbänken är öppen)."""
    target = ctx.store.backup(path)
    click.echo(f"Säkerhetskopia sparad: {target}")


COMMANDS = [demo, backup]
