"""`workbench language RESPONSE_ID`: the Språkgranskning's findings on a response."""

from __future__ import annotations

import click

from workbench.cli.output import console, emit_json
from workbench.cli.root import INT, CliContext, pass_context


@click.command()
@click.argument("response_id", type=INT)
@click.option("--json", "as_json", is_flag=True, help="Skriv JSON.")
@pass_context
def language(ctx: CliContext, response_id: int, as_json: bool) -> None:
    """Språkgranska ett yttrande: stavning, klarspråk (långa meningar, LIX, krångliga ord)
    och att texten stämmer med hållningen, sammanfattningen, avsnitten och remissens dnr.

    Skriver vad granskningen hittar; avslutas med 0 vad den än hittar.
    """
    from workbench.language.text import lix_label
    from workbench.usecases.language import check

    report = check(ctx.store, response_id, with_suggestions=True)
    if report.dictionary_missing:
        click.echo(f"obs: {report.dictionary_missing}", err=True)
    if as_json:
        rows = [finding_row(f) for f in report.findings]
        for row in rows:
            if row["position_id"] in report.position_lix:
                row["position_lix"] = report.position_lix[row["position_id"]]
        emit_json([{"kind": "readability", "section": None, "lix": report.lix}, *rows])
        return
    if report.lix is not None:
        click.echo(f"LIX för hela dokumentet: {report.lix} ({lix_label(report.lix)})")
    if not report.findings:
        click.echo("Inga anmärkningar.")
        return
    print_findings(report.findings)


def finding_row(finding) -> dict:
    """One finding in `language --json`: the issue's fields first, then where it is."""
    row = {
        "section": finding.section,
        "position": finding.position,
        "kind": finding.kind,
        "text": finding.text,
        "suggestions": list(finding.suggestions),
        "message": finding.message,
        "field": finding.field,
        "start": finding.start,
        "end": finding.end,
        "position_id": finding.position_id,
    }
    if finding.lix is not None:
        row["lix"] = finding.lix
    return row


def print_findings(findings) -> None:
    from rich.table import Table
    from rich.text import Text

    from workbench.language.findings import KIND_LABELS

    table = Table(header_style="bold", show_lines=False)
    for column in ("Var", "Typ", "Text", "Anmärkning"):
        table.add_column(column, overflow="fold")
    for finding in findings:
        if finding.position_id is None and finding.section is None and finding.field != "text":
            where = Text(finding.field, style="dim")
        else:
            where = Text(finding.section or "Övergripande")
            if finding.position:
                where.append(f" ({finding.position})", style="dim")
        message = finding.message
        if finding.suggestions and finding.kind == "spelling":
            message += " Förslag: " + ", ".join(finding.suggestions[:3])
        shown = finding.text if len(finding.text) <= 60 else finding.text[:57] + "…"
        table.add_row(where, KIND_LABELS.get(finding.kind, finding.kind), shown, message)
    console().print(table)
    click.echo(f"{len(findings)} anmärkningar.")


COMMANDS = [language]
