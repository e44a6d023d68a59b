"""`workbench organisation …`: the answering organisations and their defaults."""

from __future__ import annotations

import click

from workbench.cli.output import emit_json, print_table
from workbench.cli.root import CliContext, pass_context
from workbench.core.model import Kind, Organisation, Signatory


@click.group()
def organisation() -> None:
    """Organisationer (remissinstanser)."""


@organisation.command("list")
@click.option("--json", "as_json", is_flag=True, help="Skriv JSON.")
@pass_context
def list_organisations(ctx: CliContext, as_json: bool) -> None:
    """Lista organisationerna."""
    orgs = ctx.store.list_organisations()
    if as_json:
        emit_json([_org_row(org) for org in orgs])
        return
    print_table(
        ["Id", "Namn", "Subjekt", "Beslutsorgan", "Dokumenttyp"],
        [[str(o.id), o.name, o.subject, o.deciding_body, o.default_kind.label] for o in orgs],
    )


@organisation.command("add")
@click.argument("name")
@click.option("--subject", default="", help='Subjektet i ställningstaganden, t.ex. "Bolaget".')
@click.option("--city", default="", help='Ort, som i "Stockholm som ovan".')
@click.option("--deciding-body", default="", help="Beslutande organ.")
@click.option("--kind", type=click.Choice([k.value for k in Kind]), default=Kind.REMISSVAR.value)
@click.option("--security-class", default="", help="Informationssäkerhetsklass, t.ex. K1.")
@click.option(
    "--signatory",
    "signatories",
    multiple=True,
    metavar="NAMN[,TITEL]",
    help="Undertecknare; kan anges flera gånger, i ordning.",
)
@pass_context
def add_organisation(
    ctx: CliContext,
    name: str,
    subject: str,
    city: str,
    deciding_body: str,
    kind: str,
    security_class: str,
    signatories: tuple[str, ...],
) -> None:
    """Lägg till en organisation; skriver dess id."""
    org = ctx.store.add_organisation(
        Organisation(
            name=name,
            subject=subject or name,
            city=city,
            deciding_body=deciding_body,
            default_kind=Kind(kind),
            security_class=security_class,
            signatories=[
                Signatory(*[part.strip() for part in entry.split(",", 1)], order=index)  # type: ignore[arg-type, misc]
                for index, entry in enumerate(signatories)
            ],
        )
    )
    click.echo(org.id)


def _org_row(org: Organisation) -> dict:
    return {
        "id": org.id,
        "name": org.name,
        "subject": org.subject,
        "city": org.city,
        "deciding_body": org.deciding_body,
        "default_kind": org.default_kind.value,
        "security_class": org.security_class,
        "signatories": [{"name": s.name, "title": s.title} for s in org.signatories],
        "stances": [{"key": s.key, "verb": s.verb, "class": s.stance_class} for s in org.stances],
    }


COMMANDS = [organisation]
