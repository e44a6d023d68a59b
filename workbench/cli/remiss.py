"""`workbench remiss …`: the referred documents."""

from __future__ import annotations

import click

from workbench.cli.output import emit_json, iso, print_table, remiss_row, section_row
from workbench.cli.root import INT, CliContext, pass_context


@click.group()
def remiss() -> None:
    """Remisser och deras avsnitt."""


@remiss.command("list")
@click.option("--json", "as_json", is_flag=True, help="Skriv JSON.")
@pass_context
def list_remisses(ctx: CliContext, as_json: bool) -> None:
    """Lista remisserna."""
    remisses = ctx.store.list_remisses()
    if as_json:
        emit_json([remiss_row(r) for r in remisses])
        return
    print_table(
        ["Id", "Titel", "Avsändare", "Dnr", "Svara senast"],
        [[str(r.id), r.title, r.sender, r.sender_dnr, iso(r.reply_by) or "–"] for r in remisses],
    )


@remiss.command("show")
@click.argument("remiss_id", type=INT)
@click.option("--json", "as_json", is_flag=True, help="Skriv JSON.")
@pass_context
def show_remiss(ctx: CliContext, remiss_id: int, as_json: bool) -> None:
    """Visa en remiss och dess avsnitt."""
    remiss = ctx.store.get_remiss(remiss_id)
    if as_json:
        emit_json({**remiss_row(remiss), "sections": [section_row(s) for s in remiss.sections]})
        return
    from rich.markup import escape

    from workbench.cli.output import console

    out = console()
    out.print(f"[bold]{escape(remiss.title)}[/bold]")
    out.print(
        f"{escape(remiss.sender)}, dnr {escape(remiss.sender_dnr or '–')};"
        f" inkommen {iso(remiss.received) or '–'}, svara senast {iso(remiss.reply_by) or '–'}"
    )
    for section in remiss.sections:
        indent = "  " * (section.level - 1)
        out.print(f"{indent}{escape(section.heading)}")


COMMANDS = [remiss]
