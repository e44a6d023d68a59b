"""`workbench outline FILE` and `workbench remiss import FILE`: reading remiss files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from workbench.cli.output import described, emit_json
from workbench.cli.remiss import remiss
from workbench.cli.root import INT, CliContext, pass_context
from workbench.errors import InvalidInput

FILE = click.Path(path_type=Path)  # a folder is refused by the reader, in Swedish
PART_HELP = "Vilken del som ska tas (räknat från 0, som i --json); standard: den största."
MAX_MB_HELP = "Största filstorlek i MB (standard: WORKBENCH_MAX_IMPORT_MB eller 100)."


def _parse(path: Path, part: int | None, max_mb: float | None):
    from workbench.ingest import max_import_bytes, read_remiss

    return read_remiss(path, part=part, max_bytes=max_import_bytes(max_mb))


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        click.echo(f"obs: {warning}", err=True)


@click.command()
@click.argument("path", metavar="FILE", type=FILE)
@click.option("--json", "as_json", is_flag=True, help="Skriv JSON.")
@click.option("--part", type=INT, help=PART_HELP)
@click.option("--max-mb", type=float, help=MAX_MB_HELP)
def outline(path: Path, as_json: bool, part: int | None, max_mb: float | None) -> None:
    """Läs en remissfil (PDF, DOCX, TXT, MD) och visa dess avsnitt; ändrar ingen databas."""
    parsed = _parse(path, part, max_mb)
    if as_json:
        emit_json(
            {
                "parts": [
                    {"first": p.first, "last": p.last, "sections": p.sections} for p in parsed.parts
                ],
                "part": parsed.part,
                "coverage": {
                    "extracted": parsed.coverage.extracted,
                    "kept": parsed.coverage.kept,
                    "removed": parsed.coverage.removed,
                    "ratio": round(parsed.coverage.ratio, 4),
                },
                "sections": [
                    {
                        "number": s.number,
                        "title": s.title,
                        "level": s.level,
                        "parent": s.parent,
                        "body": s.body,
                    }
                    for s in parsed.sections
                ],
            }
        )
        _warn(parsed.warnings)
        return
    from rich.markup import escape

    from workbench.cli.output import console

    out = console()
    if len(parsed.parts) > 1:
        out.print("[bold]Delar[/bold]")
        for index, p in enumerate(parsed.parts):
            marker = "→" if index == parsed.part else " "
            out.print(
                f" {marker} {index}: {escape(p.span)} ({p.sections} avsnitt) {escape(p.title)}"
            )
        out.print()
    guesses = parsed.guesses
    for label, value in (
        ("Titel", guesses.title),
        ("Avsändare", guesses.sender),
        ("Dnr", guesses.sender_dnr),
        ("Svara senast", guesses.reply_by),
    ):
        if value:
            out.print(f"[dim]{label} (gissat):[/dim] {escape(str(value))}")
    out.print(f"[bold]Avsnitt[/bold] ({len(parsed.sections)})")
    for section in parsed.sections:
        indent = "  " * (section.level - 1)
        out.print(f"  {indent}{escape(section.heading)}")
    out.print(f"[dim]{escape(parsed.coverage.summary())}[/dim]")
    _warn(parsed.warnings)


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(
            f"{option}: '{value}' är inget giltigt datum (skriv ÅÅÅÅ-MM-DD)."
        ) from None


@remiss.command("import")
@click.argument("path", metavar="FILE", type=FILE)
@click.option("--title", help="Remissens titel (standard: gissad ur filen, annars filnamnet).")
@click.option("--sender", help="Avsändare, t.ex. Region Stockholm.")
@click.option("--sender-dnr", help="Avsändarens diarienummer, t.ex. RS 2019-0751.")
@click.option("--reply-by", help="Svara senast, ÅÅÅÅ-MM-DD.")
@click.option("--received", help="Inkommen, ÅÅÅÅ-MM-DD.")
@click.option("--part", type=INT, help=PART_HELP)
@click.option("--max-mb", type=float, help=MAX_MB_HELP)
@click.option("--no-guesses", is_flag=True, help="Använd inga gissningar ur filen.")
@click.option(
    "--again",
    is_flag=True,
    help="Importera även en fil som redan finns som remiss (samma fil, eller samma dnr och titel).",
)
@pass_context
def import_remiss(
    ctx: CliContext,
    path: Path,
    title: str | None,
    sender: str | None,
    sender_dnr: str | None,
    reply_by: str | None,
    received: str | None,
    part: int | None,
    max_mb: float | None,
    no_guesses: bool,
    again: bool,
) -> None:
    """Importera en remissfil med dess avsnitt; skriver remissens id.

    Det som inte anges gissas ur filen (titel, avsändare, dnr, svarsdatum); gissningarna
    skrivs på stderr så att de kan kontrolleras.
    """
    reply_date = _date(reply_by, "--reply-by")
    received_date = _date(received, "--received")
    parsed = _parse(path, part, max_mb)
    from workbench.core.model import Remiss

    guesses = parsed.guesses
    guessed: list[str] = []

    def pick(given, guess, label):
        if given is not None or no_guesses or not guess:
            return given
        guessed.append(f"{label} {guess}")
        return guess

    remiss_title = pick(title, guesses.title, "titel") or path.stem
    record = Remiss(
        title=remiss_title,
        sender=pick(sender, guesses.sender, "avsändare") or "",
        sender_dnr=pick(sender_dnr, guesses.sender_dnr, "dnr") or "",
        reply_by=pick(reply_date, guesses.reply_by, "svara senast"),
        received=received_date,
        source_name=parsed.source_name,
        source_sha256=parsed.source_sha256,
        sections=parsed.sections,
    )
    if not again:
        same = ctx.store.duplicates_of(record.source_sha256, record.sender_dnr, record.title)
        if same:
            raise InvalidInput(
                f"Remissen finns redan: {described(same)}; importera den ändå med --again."
            )
    created = ctx.store.add_remiss(record)
    click.echo(created.id)
    _warn(parsed.warnings)
    if guessed:
        click.echo(f"obs: gissat ur filen: {'; '.join(guessed)}. Kontrollera dem.", err=True)


COMMANDS = [outline]
