"""`workbench answer import` and `workbench compile`: the sender's side of a remiss."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from workbench.cli.output import described
from workbench.cli.root import SQLITE_MAX_INT, CliContext, pass_context
from workbench.errors import InvalidInput, NotFound


def remiss_id_of(store, value: str) -> int:
    """A remiss by its id, or by the sender's dnr ("RS 2019-0751")."""
    text = value.strip()
    if text.isdigit():
        if int(text) > SQLITE_MAX_INT:  # no id is that large (and SQLite cannot take it)
            raise NotFound(f"Ingen remiss med id eller dnr {text!r}.")
        return store.get_remiss(int(text), with_sections=False).id
    dnr = " ".join(text.split())
    found = store.remisses_by_dnr(dnr)
    if not found:
        raise NotFound(f"Ingen remiss med id eller dnr {text!r}.")
    if len(found) > 1:
        raise InvalidInput(
            f"Dnr {dnr} delas av {len(found)} remisser: {described(found)}; ange remissens id."
        )
    return found[0].id


@click.group()
def answer() -> None:
    """Mottagna remissvar från andra organisationer."""


@answer.command("import")
@click.argument("remiss_id")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--org", "organisation", help="Organisationen som skrivit svaret (alla filer).")
@click.option(
    "--again", is_flag=True, help="Importera även en fil som redan är importerad till remissen."
)
@click.option(
    "--queue",
    is_flag=True,
    help="Ett svar med osäker avsändare läses in obekräftat, under gissningen, och väntar i Att"
    " bekräfta (i stället för att inget läses in).",
)
@pass_context
def import_answer(
    ctx: CliContext,
    remiss_id: str,
    files: tuple[Path, ...],
    organisation: str | None,
    again: bool,
    queue: bool,
) -> None:
    """Läs in svar (.docx, .pdf, .txt, .md) på remissen REMISS_ID (id eller avsändarens dnr).

    Skriver en rad per fil: yttrandets id, organisationen, antal ställningstaganden och hur
    många som behöver bekräftas. Går någon fil inte att läsa skrivs ingenting. Är avsändaren
    osäker frågar kommandot i en terminal; annars avbryts det med "ange --org", eller, med
    --queue, läses svaret in obekräftat för att bekräftas i Remissammanställningen (b).
    """
    from workbench.usecases.answer_import import import_answers

    store = ctx.store
    confirm = _ask if sys.stdin.isatty() and sys.stderr.isatty() and not queue else None
    results = import_answers(
        store,
        remiss_id_of(store, remiss_id),
        files,
        organisation,
        confirm=confirm,
        again=again,
        unsure="queue" if queue else "refuse",
    )
    for result in results:
        unsure = "" if result.organisation_confirmed else " (organisationen obekräftad)"
        click.echo(
            f"{result.response_id}\t{result.organisation}{unsure}\t"
            f"{result.positions} ställningstaganden, {result.to_review} att bekräfta\t"
            f"{result.path.name}"
        )
        for warning in result.warnings:
            click.echo(f"obs: {result.path.name}: {warning}", err=True)


# The overall stances by the words the compilation shows them in, and by class.
OVERALL_WORDS = {
    "för": "for",
    "delvis": "partly",
    "delvis för": "partly",
    "emot": "against",
    "synpunkter": "comment",
    "inga": "none",
    "inga synpunkter": "none",
}


@answer.command("overall")
@click.argument("response_id", type=int)
@click.argument("stance")
@pass_context
def set_overall(ctx: CliContext, response_id: int, stance: str) -> None:
    """Sätt helhetshållningen för det mottagna svaret RESPONSE_ID, över den inlästa.

    STANCE: för, delvis, emot, synpunkter eller inga (eller for, partly, against, comment,
    none). Skriver yttrandets id och den nya helhetshållningen.
    """
    from workbench.compilation.docx import overall_label

    word = " ".join(stance.casefold().split())
    record = ctx.store.set_overall(response_id, OVERALL_WORDS.get(word, word))
    click.echo(f"{response_id}\t{overall_label(record.overall_stance)}")


def _ask(path: Path, guess) -> str | None:
    prompt = f"Organisation bakom {path.name}"
    return click.prompt(prompt, default=guess.name or "", err=True) or None


@click.command("compile")
@click.argument("remiss_id")
@click.option(
    "--format", "fmt", default="docx", show_default=True, help="Filformat: docx, csv eller md."
)
@click.option(
    "--out",
    # A string, not a Path: a Path drops the trailing "/" that says "a folder".
    type=click.Path(),
    help="Fil eller mapp att skriva till (standard: aktuell mapp,"
    " '<dnr> Remissammanställning <titel>'); slutar den på / skapas mappen vid behov.",
)
@pass_context
def compile_command(ctx: CliContext, remiss_id: str, fmt: str, out: str | None) -> None:
    """Skriv remissammanställningen för REMISS_ID (id eller avsändarens dnr); skriver sökvägen."""
    from workbench.usecases.compilation_export import export_compilation

    store = ctx.store
    click.echo(export_compilation(store, remiss_id_of(store, remiss_id), fmt, out))


COMMANDS = [answer, compile_command]
