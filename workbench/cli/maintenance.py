"""`workbench restore` and `workbench check`: the store file itself, never opened as a store
(a store being restored over or checked must not be created or migrated on the way)."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.root import CliContext, pass_context
from workbench.errors import StoreError


@click.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Ersätt en befintlig databas (den sparas som kopia).")
@pass_context
def restore(ctx: CliContext, path: Path, force: bool) -> None:
    """Läs tillbaka säkerhetskopian PATH som databas."""
    from workbench.store.backup import restore as restore_copy

    kept = restore_copy(path, ctx.db_path, force=force)
    click.echo(f"Databasen {ctx.db_path} är återställd från {path}.")
    if kept is not None:
        click.echo(f"Den tidigare databasen finns kvar som {kept}.")


@click.command()
@click.option("--repair", is_flag=True, help="Bygg om sökindexen om de är trasiga.")
@pass_context
def check(ctx: CliContext, repair: bool) -> None:
    """Kontrollera databasen: integritet, kopplingar mellan rader, sökindex, rättigheter."""
    from workbench.store.backup import check as check_store
    from workbench.store.backup import repair_search

    problems = check_store(ctx.db_path)
    if problems and repair and any("Sökindexet" in line for line in problems):
        count = repair_search(ctx.db_path)
        click.echo(f"Sökindexen är ombyggda ({count} rader).")
        problems = check_store(ctx.db_path)
    if not problems:
        click.echo(
            f"Databasen {ctx.db_path} är hel: integritet, kopplingar och sökindex i ordning."
        )
        return
    for line in problems:
        click.echo(f"- {line}")
    raise StoreError(f"Kontrollen fann {len(problems)} fel i {ctx.db_path}.")


COMMANDS = [restore, check]
