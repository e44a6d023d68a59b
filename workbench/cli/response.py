"""`workbench response …`: the cases (yttranden) and their positions."""

from __future__ import annotations

import click

from workbench.cli.output import (
    emit_json,
    iso,
    print_table,
    response_detail,
    response_summary_row,
)
from workbench.cli.root import INT, CliContext, pass_context
from workbench.core.drafting import GENERAL_HEADING
from workbench.core.model import (
    RESPONSE_DATE_FIELDS,
    RESPONSE_LIST_FIELDS,
    RESPONSE_TEXT_FIELDS,
    Kind,
    Position,
    days_left,
)
from workbench.errors import InvalidInput, NotFound

GENERAL_SECTION = ("-", "allmänt", "hela")


@click.group()
def response() -> None:
    """Yttranden (ärenden) och deras ställningstaganden."""


@response.command("new")
@click.argument("remiss_id", type=INT)
@click.option("--org", "org_name", required=True, help="Organisationens namn.")
@click.option(
    "--kind",
    type=click.Choice([k.value for k in Kind]),
    help="Dokumenttyp (standard: organisationens).",
)
@pass_context
def new_response(ctx: CliContext, remiss_id: int, org_name: str, kind: str | None) -> None:
    """Skapa ett yttrande på remissen REMISS_ID; skriver dess id."""
    store = ctx.store
    try:
        org = store.organisation_by_name(org_name)
    except NotFound:
        raise NotFound(
            f"Organisationen '{org_name}' finns inte; lägg till den med"
            f' workbench organisation add "{org_name}".'
        ) from None
    created = store.new_response(remiss_id, org.id, kind)
    from workbench.review.workflow import current_user

    store.log_event(created.id, "create", current_user(), message=f"Skapat för {org.name}")
    click.echo(created.id)


@response.command("list")
@click.option("--json", "as_json", is_flag=True, help="Skriv JSON.")
@pass_context
def list_responses(ctx: CliContext, as_json: bool) -> None:
    """Lista yttrandena."""
    summaries = ctx.store.list_responses()
    if as_json:
        emit_json([response_summary_row(s) for s in summaries])
        return
    rows = []
    for s in summaries:
        left = days_left(s.reply_by)
        reply = iso(s.reply_by) or "–"
        if left is not None:
            reply += f" ({left} d)"
        rows.append(
            [
                str(s.id),
                s.remiss_title,
                s.organisation,
                s.our_dnr or "–",
                s.status.label,
                reply,
                f"{s.answered}/{s.total}",
            ]
        )
    print_table(
        ["Id", "Remiss", "Organisation", "Vårt dnr", "Status", "Svara senast", "Besvarat"], rows
    )


@response.command("show")
@click.argument("response_id", type=INT)
@click.option("--json", "as_json", is_flag=True, help="Skriv JSON.")
@pass_context
def show_response(ctx: CliContext, response_id: int, as_json: bool) -> None:
    """Visa ett yttrande med alla ställningstaganden."""
    store = ctx.store
    resp = store.get_response(response_id)
    org = store.get_organisation(resp.organisation_id)
    remiss = store.get_remiss(resp.remiss_id)
    sections = {s.id: s for s in remiss.sections}
    vocabulary = store.vocabulary(org.id)
    detail = response_detail(resp, org.name, sections, vocabulary, org.subject_phrase)
    record = store.answer_import(response_id) if resp.received else None
    if record is not None:
        # How a received answer was read: its overall stance, what was not taken as a
        # position (letterhead, signatures …) and why, flags such as tracked changes.
        detail["answer_import"] = {
            "source_name": record.source_name,
            "method": record.method,
            "organisation_confirmed": record.organisation_confirmed,
            "overall_stance": record.overall_stance,
            "overall_basis": record.overall_basis,
            "supplements": record.supplements,
            "flags": record.flags,
            "warnings": record.warnings,
            "skipped": record.skipped,
        }
    if as_json:
        emit_json(detail)
        return
    from rich.markup import escape

    from workbench.cli.output import console

    out = console()
    out.print(f"[bold]{escape(org.name)}[/bold] – {escape(remiss.title)}")
    out.print(
        f"{resp.kind.label}, {resp.status.label}; vårt dnr {escape(resp.our_dnr or '–')},"
        f" ert dnr {escape(remiss.sender_dnr or '–')}"
    )
    current = object()
    for position in detail["positions"]:
        if position["section"] != current:
            current = position["section"]
            heading = GENERAL_HEADING
            if current is not None:
                section = next(s for s in remiss.sections if s.number == current)
                heading = section.heading
            out.print(f"\n[bold]{escape(heading)}[/bold]")
        lead = f"[italic]{escape(position['lead'])}[/italic] " if position["lead"] else ""
        marker = " [dim](sammanfattning)[/dim]" if position["in_summary"] else ""
        out.print(f"  {lead}{escape(position['text'])}{marker}")
    if record is not None and record.skipped:
        out.print(f"\n[bold]Inte lästa som ställningstaganden ({len(record.skipped)})[/bold]")
        for item in record.skipped:
            out.print(f"  [dim]{escape(item['reason'])}:[/dim] {escape(item['text'])}")


@response.command("position")
@click.argument("response_id", type=INT)
@click.argument("section_no")
@click.option("--stance", required=True, help="Hållning, t.ex. tillstyrker eller foreslar.")
@click.option("--text", default="", help="Texten som fortsätter meningen.")
@click.option("--summary", is_flag=True, help="Ta med i sammanfattningen.")
@click.option("--verb", "verb_override", default="", help="Egen formulering av verbet.")
@pass_context
def add_position(
    ctx: CliContext,
    response_id: int,
    section_no: str,
    stance: str,
    text: str,
    summary: bool,
    verb_override: str,
) -> None:
    """Lägg till ett ställningstagande på avsnittet SECTION_NO ("-" för hela remissen).

    Skriver ställningstagandets id.
    """
    store = ctx.store
    resp = store.get_response(response_id, with_positions=False)
    section_id = None
    if section_no.strip().casefold() not in GENERAL_SECTION:
        section_id = store.section_by_number(resp.remiss_id, section_no).id
    vocabulary = store.vocabulary(resp.organisation_id)
    if stance not in vocabulary:
        keys = ", ".join(s.key for s in vocabulary)
        raise InvalidInput(f"Okänd hållning '{stance}'; välj bland: {keys}.")
    position = store.add_position(
        response_id,
        Position(
            stance=stance,
            text=text,
            section_id=section_id,
            in_summary=summary,
            verb_override=verb_override,
        ),
    )
    click.echo(position.id)


SETTABLE = (*RESPONSE_TEXT_FIELDS, *RESPONSE_DATE_FIELDS, *RESPONSE_LIST_FIELDS, "kind")


@response.command("set")
@click.argument("response_id", type=INT)
@click.argument("field", type=click.Choice(SETTABLE))
@click.argument("value")
@pass_context
def set_field(ctx: CliContext, response_id: int, field: str, value: str) -> None:
    """Ändra ett ärendefält. Listor (t.ex. attachments) anges en rad per post."""
    ctx.store.update_response(response_id, **{field: value})


COMMANDS = [response]
