"""`workbench export`: a response as .docx, PDF, Markdown or JSON."""

from __future__ import annotations

import click

from workbench.cli.root import INT, CliContext, pass_context


@click.command("export")
@click.argument("response_id", type=INT)
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
    # A string, not a Path: a Path drops the trailing "/" that says "a folder".
    type=click.Path(),
    help="Fil eller mapp att skriva till (standard: aktuell mapp, filnamn enligt"
    " '<vårt dnr> <Typ> <remissens titel>'); slutar den på / skapas mappen vid behov."
    " En fil som redan finns sparas som 'NAMN (föregående)'.",
)
@click.option("--quiet", "-q", is_flag=True, help="Skriv inte ut vad som saknas.")
@pass_context
def export(
    ctx: CliContext, response_id: int, kind: str | None, fmt: str, out: str | None, quiet: bool
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
