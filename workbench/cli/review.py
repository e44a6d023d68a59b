"""`workbench response status|versions|version|restore|diff|log|comment|comments|resolve|report`:
the review of a response. These join the `response` group (see `root.register`)."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.output import emit_json, print_table
from workbench.cli.response import GENERAL_SECTION
from workbench.cli.root import INT, CliContext, pass_context
from workbench.core.model import Comment, CommentThread, Status, Version
from workbench.core.stances import verb_for
from workbench.review.workflow import actor_of, current_user, describe_event, status_label

_BY_HELP = "Vem som gör det (standard: WORKBENCH_USER, annars inloggad användare)."
by_option = click.option("--by", "by", default=None, metavar="NAMN", help=_BY_HELP)
json_option = click.option("--json", "as_json", is_flag=True, help="Skriv JSON.")


@click.command("status")
@click.argument("response_id", type=INT)
@click.argument(
    "new_status",
    metavar="NEW",
    type=click.Choice([s.value for s in Status], case_sensitive=False),
)
@by_option
@click.option("--message", "-m", default="", help="Meddelande; krävs för att öppna igen.")
@pass_context
def set_status(
    ctx: CliContext, response_id: int, new_status: str, by: str | None, message: str
) -> None:
    """Ändra status: utkast, granskning, atergiven, godkand, beslutad, skickad.

    Varje ändring loggas med vem och när, och sparar en version.
    """
    change = ctx.store.set_status(response_id, new_status, current_user(by), message)
    click.echo(
        f"Yttrande {response_id}: {change.transition.label}"
        f" (version {change.version.number} sparad)."
    )


@click.command("versions")
@click.argument("response_id", type=INT)
@json_option
@pass_context
def list_versions(ctx: CliContext, response_id: int, as_json: bool) -> None:
    """Lista yttrandets versioner."""
    from workbench.review.report import local_time

    ctx.store.get_response(response_id, with_positions=False)
    versions = ctx.store.versions(response_id)
    if as_json:
        emit_json([_version_row(v) for v in versions])
        return
    print_table(
        ["Nr", "Tid", "Vem", "Status", "Etikett"],
        [
            [
                str(v.number),
                local_time(v.created_at),
                v.author or "–",
                status_label(v.status),
                v.label,
            ]
            for v in versions
        ],
    )


@click.command("version")
@click.argument("response_id", type=INT)
@click.argument("number", type=INT, required=False)
@click.option("--label", default="", help="Etikett för versionen som sparas.")
@by_option
@json_option
@pass_context
def version(
    ctx: CliContext,
    response_id: int,
    number: int | None,
    label: str,
    by: str | None,
    as_json: bool,
) -> None:
    """Spara en version (skriver dess nummer), eller visa version NUMBER."""
    store = ctx.store
    if number is None:
        if as_json:
            raise click.UsageError("--json gäller bara när en version visas.")
        click.echo(store.save_version(response_id, label, current_user(by)).number)
        return
    if label:
        raise click.UsageError("--label gäller när en version sparas, inte när den visas.")
    from workbench.core.drafting import GENERAL_HEADING
    from workbench.review import snapshot as snapshots
    from workbench.usecases.review import version_label

    found = store.version_by_number(response_id, number)
    content = snapshots.from_json(found.snapshot)
    if as_json:
        emit_json({**_version_row(found), **content.content()})
        return
    response = store.get_response(response_id, with_positions=False)
    headings = {s.id: s.heading for s in store.sections(response.remiss_id)}
    vocabulary = store.vocabulary(response.organisation_id)
    click.echo(
        f"Yttrande {response_id}, {version_label(found)}, status {status_label(found.status)}"
    )
    current: object = object()
    for position in content.positions:
        if position.section_id != current:
            current = position.section_id
            heading = (
                GENERAL_HEADING
                if current is None
                else headings.get(position.section_id, position.section or "?")
            )
            click.echo(f"\n{heading}")
        verb = verb_for(position, vocabulary)
        click.echo(f"  {verb} {position.text}".rstrip())


@click.command("restore")
@click.argument("response_id", type=INT)
@click.argument("number", metavar="VERSION", type=INT)
@by_option
@pass_context
def restore(ctx: CliContext, response_id: int, number: int, by: str | None) -> None:
    """Återställ version VERSION; resultatet sparas som en ny version."""
    made = ctx.store.restore_version(response_id, number, current_user(by))
    click.echo(f"Version {number} återställd som version {made.number}.")


@click.command("diff")
@click.argument("response_id", type=INT)
@click.argument("versions", nargs=-1, type=INT, metavar="[V1 [V2]]")
@json_option
@pass_context
def diff(ctx: CliContext, response_id: int, versions: tuple[int, ...], as_json: bool) -> None:
    """Visa ändringar per avsnitt.

    Utan versioner: från versionen som senast skickades för granskning (under en pågående
    granskning: förra omgångens) till nuvarande lydelse. V1 ensam: från V1 till nuvarande
    lydelse.
    """
    from workbench.review import diff as diffs
    from workbench.usecases.review import diff_response

    if len(versions) > 2:
        raise click.UsageError("Ange högst två versioner: V1 och V2.")
    old = versions[0] if versions else None
    new = versions[1] if len(versions) == 2 else None
    result = diff_response(ctx.store, response_id, old, new)
    if as_json:
        emit_json(diffs.to_dict(result))
    else:
        click.echo(diffs.render_text(result), nl=False)


@click.command("log")
@click.argument("response_id", type=INT)
@json_option
@pass_context
def log(ctx: CliContext, response_id: int, as_json: bool) -> None:
    """Visa vem som gjort vad och när."""
    from workbench.review.report import local_time

    ctx.store.get_response(response_id, with_positions=False)
    events = ctx.store.events(response_id)
    if as_json:
        emit_json(
            [
                {
                    "id": e.id,
                    "at": e.at,
                    "actor": e.actor,
                    "action": e.action,
                    "from_status": e.from_status,
                    "to_status": e.to_status,
                    "message": e.message,
                    "description": describe_event(e),
                }
                for e in events
            ]
        )
        return
    if not events:
        click.echo("Inga händelser.")
    width = max((len(actor_of(e)) for e in events), default=0)
    for event in events:
        who = actor_of(event).ljust(width)
        click.echo(f"{local_time(event.at)}  {who}  {describe_event(event)}")


@click.command("comment")
@click.argument("response_id", type=INT)
@click.argument("args", nargs=-1, required=True, metavar="[SECTION_NO|-] TEXT")
@click.option("--reply-to", type=INT, metavar="KOMMENTAR", help="Svara på en kommentar.")
@click.option(
    "--position",
    "position_id",
    type=INT,
    metavar="ID",
    help="Kommentera ett ställningstagande (id som i response show --json).",
)
@by_option
@pass_context
def comment(
    ctx: CliContext,
    response_id: int,
    args: tuple[str, ...],
    reply_to: int | None,
    position_id: int | None,
    by: str | None,
) -> None:
    """Kommentera yttrandet, ett avsnitt ("-" för helheten) eller ett ställningstagande;
    skriver kommentarens id."""
    if len(args) > 2:
        raise click.UsageError('Ange avsnitt och text; text med mellanslag inom "citattecken".')
    if len(args) == 2 and reply_to is not None:
        raise click.UsageError("Ett svar hamnar på kommentarens avsnitt; ange bara texten.")
    store = ctx.store
    section_id = None
    if len(args) == 2 and args[0].strip().casefold() not in GENERAL_SECTION:
        response = store.get_response(response_id, with_positions=False)
        section_id = store.section_by_number(response.remiss_id, args[0]).id
    made = store.add_comment(
        Comment(
            response_id=response_id,
            text=args[-1],
            author=current_user(by),
            section_id=section_id,
            position_id=position_id,
            parent_id=reply_to,
        )
    )
    click.echo(made.id)


@click.command("comments")
@click.argument("response_id", type=INT)
@click.option("--open", "open_only", is_flag=True, help="Bara olösta kommentarer.")
@json_option
@pass_context
def comments(ctx: CliContext, response_id: int, open_only: bool, as_json: bool) -> None:
    """Lista kommentarerna per avsnitt, med svar."""
    from workbench.core.drafting import GENERAL_HEADING
    from workbench.review.report import local_time

    store = ctx.store
    response = store.get_response(response_id, with_positions=False)
    sections = store.sections(response.remiss_id)
    numbers = {s.id: s.number for s in sections}
    threads = store.comment_threads(response_id, open_only=open_only)
    if as_json:
        emit_json([_thread_row(t, numbers) for t in threads])
        return
    if not threads:
        click.echo("Inga öppna kommentarer." if open_only else "Inga kommentarer.")
        return
    headings = {None: GENERAL_HEADING, **{s.id: s.heading for s in sections}}
    for section_id, heading in headings.items():
        here = [t for t in threads if t.section_id == section_id]
        if not here:
            continue
        click.echo(heading)
        for thread in here:
            first = thread.comment
            state = f"löst av {first.resolved_by or '–'}" if first.resolved_at else "öppen"
            click.echo(
                f"  #{first.id} {first.author or '–'} {local_time(first.created_at)}"
                f" [{state}]: {first.text}"
            )
            for reply in thread.replies:
                click.echo(
                    f"      ↳ #{reply.id} {reply.author or '–'}"
                    f" {local_time(reply.created_at)}: {reply.text}"
                )


@click.command("resolve")
@click.argument("comment_id", type=INT)
@click.option("--reopen", is_flag=True, help="Öppna en löst kommentar igen.")
@by_option
@pass_context
def resolve(ctx: CliContext, comment_id: int, reopen: bool, by: str | None) -> None:
    """Markera en kommentar (med sina svar) som löst."""
    if reopen:
        done = ctx.store.reopen_comment(comment_id, current_user(by))
        click.echo(f"Kommentar {done.id} är öppen igen.")
    else:
        done = ctx.store.resolve_comment(comment_id, current_user(by))
        click.echo(f"Kommentar {done.id} löst.")


@click.command("report")
@click.argument("response_id", type=INT)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Skriv rapporten till filen (annars till skärmen).",
)
@pass_context
def report(ctx: CliContext, response_id: int, out: Path | None) -> None:
    """Granskningsrapporten: kommentarer och beslut som Markdown."""
    from workbench.usecases.review import report_markdown, write_report

    if out is None:
        click.echo(report_markdown(ctx.store, response_id), nl=False)
        return
    written = write_report(ctx.store, response_id, out)
    click.echo(f"Granskningsrapporten sparad: {written}")


def _version_row(version: Version) -> dict:
    return {
        "number": version.number,
        "label": version.label,
        "status": version.status,
        "author": version.author,
        "cause": version.cause,
        "created_at": version.created_at,
    }


def _comment_row(comment: Comment) -> dict:
    return {
        "id": comment.id,
        "author": comment.author,
        "text": comment.text,
        "created_at": comment.created_at,
    }


def _thread_row(thread: CommentThread, numbers: dict[int, str]) -> dict:
    first = thread.comment
    return {
        **_comment_row(first),
        "section": None if first.section_id is None else numbers.get(first.section_id),
        "position_id": first.position_id,
        "open": thread.is_open,
        "resolved_at": first.resolved_at,
        "resolved_by": first.resolved_by,
        "replies": [_comment_row(r) for r in thread.replies],
    }


# Subcommands of `workbench response` (attached by root.register).
RESPONSE_COMMANDS = [
    set_status,
    list_versions,
    version,
    restore,
    diff,
    log,
    comment,
    comments,
    resolve,
    report,
]
