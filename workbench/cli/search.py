"""`workbench search QUERY`: find earlier positions (and the remisses' own text)."""

from __future__ import annotations

import click

from workbench.cli.output import console, emit_json, iso
from workbench.cli.root import INT, CliContext, pass_context
from workbench.core.model import SEARCH_KINDS, SearchHit

KIND_LABELS = {"position": "Ställningstagande", "section": "Remisstext"}


@click.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--org", "organisation", help="Bara den här organisationens ställningstaganden.")
@click.option("--stance", help="Bara den här hållningen, t.ex. tillstyrker.")
@click.option("--remiss", "remiss_id", type=INT, help="Bara den här remissen (id).")
@click.option("--status", help="Bara yttranden med den här statusen, t.ex. skickad.")
@click.option("--from", "date_from", metavar="ÅÅÅÅ-MM-DD", help="Från och med datum.")
@click.option("--to", "date_to", metavar="ÅÅÅÅ-MM-DD", help="Till och med datum.")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(SEARCH_KINDS),
    help="Sök bara ställningstaganden (position) eller remisstext (section).",
)
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Skriv JSON.")
@pass_context
def search(
    ctx: CliContext,
    query: tuple[str, ...],
    organisation: str | None,
    stance: str | None,
    remiss_id: int | None,
    status: str | None,
    date_from: str | None,
    date_to: str | None,
    kinds: tuple[str, ...],
    limit: int,
    as_json: bool,
) -> None:
    """Sök i alla ställningstaganden och remisstexter, med svenska ordformer.

    Ord söks i alla sina former ("tillstyrka" hittar "tillstyrker"); "citattecken" söker en
    fras och ord* ett ordbörjan. Datum gäller yttrandets datum (annars senaste ändring).
    """
    hits = ctx.store.search(
        " ".join(query),
        organisation=organisation,
        stance=stance,
        remiss_id=remiss_id,
        status=status,
        date_from=date_from,
        date_to=date_to,
        kinds=kinds or SEARCH_KINDS,
        limit=limit,
    )
    if as_json:
        emit_json([hit_row(hit) for hit in hits])
        return
    if not hits:
        click.echo("Inga träffar.")
        return
    print_hits(hits)


def hit_row(hit: SearchHit) -> dict:
    """The `search --json` shape (ARCHITECTURE.md): the contract's fields first."""
    return {
        "response_id": hit.response_id,
        "organisation": hit.organisation,
        "section": hit.section,
        "stance": hit.stance,
        "text": hit.text,
        "snippet": hit.snippet,
        "kind": hit.kind,
        "position_id": hit.position_id,
        "section_id": hit.section_id,
        "section_title": hit.section_title,
        "remiss_id": hit.remiss_id,
        "remiss_title": hit.remiss_title,
        "status": hit.status.value if hit.status else None,
        "verb_override": hit.verb_override,
        "date": iso(hit.date),
        "updated": iso(hit.updated),
        "score": round(hit.score, 4),
        "matches": [list(span) for span in hit.matches],
    }


def print_hits(hits: list[SearchHit]) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=True, header_style="bold")
    for column in ("Träff", "Var", "Utdrag"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        where = Text(hit.remiss_title)
        section = " ".join(part for part in (hit.section or "", hit.section_title) if part)
        where.append(f"\n{section or 'Hela remissen'}", style="dim")
        if hit.kind == "position":
            who = Text(hit.organisation)
            who.append(f"\n{hit.stance}", style="italic")
            who.append(f"\nyttrande {hit.response_id}", style="dim")
        else:
            who = Text(KIND_LABELS[hit.kind])
            who.append(f"\nremiss {hit.remiss_id}", style="dim")
        table.add_row(who, where, snippet_text(hit.snippet))
    console().print(table)


def snippet_text(snippet: str):
    """The snippet with its [marked] words in bold instead of brackets."""
    from rich.text import Text

    text = Text()
    rest = snippet
    while "[" in rest and "]" in rest[rest.index("[") :]:
        before, _, rest = rest.partition("[")
        marked, _, rest = rest.partition("]")
        text.append(before)
        text.append(marked, style="bold reverse")
    text.append(rest)
    return text


COMMANDS = [search]
