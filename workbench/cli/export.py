"""`workbench export`: a response as .docx, PDF, Markdown or JSON."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.root import CliContext, pass_context


@click.command("export")
@click.argument("response_id", type=int)
@click.option(
    "--kind",
    help="Dokumenttyp: remissvar, yttrande, tjansteutlatande eller beslut"
    " (standard: yttrandets egen).",
)
@click.option(
    "--format",
    "fmt",
    default="docx",
    show_default=True,
    help="Filformat: docx, pdf, md eller json.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="Fil eller mapp att skriva till (standard: aktuell mapp, filnamn enligt"
    " '<vårt dnr> <Typ> <remissens titel>').",
)
@click.option("--quiet", "-q", is_flag=True, help="Skriv inte ut vad som saknas.")
@pass_context
def export(
    ctx: CliContext, response_id: int, kind: str | None, fmt: str, out: Path | None, quiet: bool
) -> None:
    """Exportera yttrandet RESPONSE_ID; skriver sökvägen till filen.

    Det som saknas inför utskick (obesvarade avsnitt, vårt dnr, undertecknare …) skrivs
    som "obs:"-rader på stderr men hindrar inte exporten.
    """
    from workbench.usecases.export import case_preflight, export_response

    path = export_response(ctx.store, response_id, kind, fmt, out)
    if not quiet:
        for note in case_preflight(ctx.store, response_id):
            click.echo(f"obs: {note}", err=True)
    click.echo(path)


COMMANDS = [export]
