"""`workbench section …`: outline editing, the same edits the TUI offers.

A section is named by its number as the remiss writes it (`4.1`, `A`) or by its place in the
outline, `#1` for the first; the place is needed where a number is missing or written twice.
"""

from __future__ import annotations

import click

from workbench.cli.root import INT, CliContext, pass_context
from workbench.core.model import Section
from workbench.errors import InvalidInput, NotFound

SECTION_HELP = "Avsnittet: dess nummer (4.1, A) eller plats i dispositionen (#1 är det första)."


def find_section(store, remiss_id: int, ref: str) -> Section:
    sections = store.sections(remiss_id) if ref.startswith("#") else None
    if sections is not None:
        try:
            index = int(ref[1:])
        except ValueError:
            raise InvalidInput(f"'{ref}' är ingen plats; skriv t.ex. #3.") from None
        store.get_remiss(remiss_id, with_sections=False)
        if not 1 <= index <= len(sections):
            raise NotFound(f"Remissen har {len(sections)} avsnitt; #{index} finns inte.")
        return sections[index - 1]
    store.get_remiss(remiss_id, with_sections=False)
    return store.section_by_number(remiss_id, ref)


def _place(store, remiss_id: int, moved: set[int], before, after, first, last) -> int:
    """The index among the other sections (all but `moved`) where `--before`, `--after`,
    `--first` or `--last` points; `--after` means after the target's subsections."""
    chosen = [o for o in (before, after) if o] + ["first"] * first + ["last"] * last
    if len(chosen) != 1:
        raise click.UsageError("Ange exakt en av --before, --after, --first och --last.")
    others = [s for s in store.sections(remiss_id) if s.id not in moved]
    if first:
        return 0
    if last:
        return len(others)
    target = find_section(store, remiss_id, before or after)
    if target.id in moved:
        raise InvalidInput("Ett avsnitt kan inte flyttas till en plats inom sig självt.")
    index = next(i for i, s in enumerate(others) if s.id == target.id)
    if before:
        return index
    end = index + 1
    while end < len(others) and others[end].level > target.level:
        end += 1
    return end


def _block(sections: list[Section], section: Section) -> set[int]:
    start = next(i for i, s in enumerate(sections) if s.id == section.id)
    ids = {section.id}
    for s in sections[start + 1 :]:
        if s.level <= section.level:
            break
        ids.add(s.id)
    return ids


def _placement_options(command):
    for option in reversed(
        [
            click.option("--before", metavar="AVSNITT", help="Före detta avsnitt."),
            click.option(
                "--after", metavar="AVSNITT", help="Efter detta avsnitt (och dess underavsnitt)."
            ),
            click.option("--first", is_flag=True, help="Först."),
            click.option("--last", is_flag=True, help="Sist."),
        ]
    ):
        command = option(command)
    return command


def section_argument(command):
    """REMISS_ID AVSNITT: the two arguments every edit of one section takes."""
    command = click.argument("ref", metavar="AVSNITT")(command)
    return click.argument("remiss_id", type=INT)(command)


@click.group()
def section() -> None:
    """Redigera en remiss disposition: byt namn, nivå, slå ihop, dela, flytta, ta bort."""


@section.command("show")
@section_argument
@pass_context
def show_section(ctx: CliContext, remiss_id: int, ref: str) -> None:
    """Visa ett avsnitts stycken, numrerade från 0 (för `section split --at`)."""
    from workbench.core.markup import paragraphs

    found = find_section(ctx.store, remiss_id, ref)
    click.echo(found.heading)
    for index, paragraph in enumerate(paragraphs(found.body)):
        click.echo(f"[{index}] {paragraph}")


@section.command("rename")
@section_argument
@click.option("--number", help="Nytt nummer ('' tar bort numret).")
@click.option("--title", help="Ny rubrik.")
@pass_context
def rename(ctx: CliContext, remiss_id: int, ref: str, number, title) -> None:
    """Byt nummer och/eller rubrik på ett avsnitt."""
    if number is None and title is None:
        raise click.UsageError("Ange --number, --title eller båda.")
    found = find_section(ctx.store, remiss_id, ref)
    ctx.store.rename_section(found.id, number=number, title=title)


@section.command("level")
@section_argument
@click.argument("level", type=INT)
@pass_context
def level(ctx: CliContext, remiss_id: int, ref: str, level: int) -> None:
    """Ändra ett avsnitts nivå (1 är högst)."""
    found = find_section(ctx.store, remiss_id, ref)
    ctx.store.set_section_level(found.id, level)


@section.command("merge")
@section_argument
@pass_context
def merge(ctx: CliContext, remiss_id: int, ref: str) -> None:
    """Slå ihop ett avsnitt med nästa; nästas rubrik blir ett stycke i texten."""
    found = find_section(ctx.store, remiss_id, ref)
    ctx.store.merge_section_with_next(found.id)


@section.command("split")
@section_argument
@click.option(
    "--at", "at", type=INT, required=True, help="Stycket där det nya avsnittet börjar (från 0)."
)
@click.option("--number", default=None, help="Det nya avsnittets nummer.")
@click.option("--title", default=None, help="Det nya avsnittets rubrik.")
@click.option("--level", "new_level", type=INT, help="Det nya avsnittets nivå (standard: samma).")
@pass_context
def split(ctx: CliContext, remiss_id: int, ref: str, at: int, number, title, new_level) -> None:
    """Dela ett avsnitt vid ett stycke; skriver det nya avsnittets id.

    Utan --number och --title är stycket självt den missade rubriken ("3.2 Titel").
    """
    from workbench.usecases.outline import split_section_at_paragraph

    found = find_section(ctx.store, remiss_id, ref)
    created = split_section_at_paragraph(ctx.store, found.id, at, number, title, new_level)
    click.echo(created.id)


@section.command("move")
@section_argument
@_placement_options
@click.option("--alone", is_flag=True, help="Flytta bara avsnittet, inte dess underavsnitt.")
@pass_context
def move(ctx: CliContext, remiss_id: int, ref: str, before, after, first, last, alone) -> None:
    """Flytta ett avsnitt med dess underavsnitt."""
    store = ctx.store
    found = find_section(store, remiss_id, ref)
    moved = {found.id} if alone else _block(store.sections(remiss_id), found)
    to = _place(store, remiss_id, moved, before, after, first, last)
    store.move_section(found.id, to, with_subsections=not alone)


@section.command("insert")
@click.argument("remiss_id", type=INT)
@click.option("--number", default="", help="Nummer, t.ex. 3.5.")
@click.option("--title", default="", help="Rubrik.")
@click.option("--level", "new_level", type=INT, default=1, show_default=True, help="Nivå.")
@click.option("--body", default="", help="Text (stycken åtskilda av en tom rad).")
@_placement_options
@pass_context
def insert(ctx: CliContext, remiss_id, number, title, new_level, body, before, after, first, last):
    """Lägg till ett avsnitt; skriver dess id."""
    store = ctx.store
    store.get_remiss(remiss_id, with_sections=False)
    if not (before or after or first or last):
        last = True
    to = _place(store, remiss_id, set(), before, after, first, last)
    created = store.insert_section(remiss_id, to, Section(number, title, new_level, body))
    click.echo(created.id)


@section.command("delete")
@section_argument
@pass_context
def delete(ctx: CliContext, remiss_id: int, ref: str) -> None:
    """Ta bort ett avsnitt (nekas om ställningstaganden eller kommentarer hänger på det)."""
    found = find_section(ctx.store, remiss_id, ref)
    ctx.store.delete_section(found.id)


COMMANDS = [section]
