"""Organisationer: edit an organisation's defaults, signatories and verbs; add and delete."""

from __future__ import annotations

from textual.widgets import OptionList, Static

from tests.tui_helpers import plain, replace_text, type_text
from workbench.core.model import Kind, Signatory, Stance
from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.tui.screens.organisations import OrganisationsScreen

SIZE = (120, 40)


async def open_organisations(app, pilot) -> OrganisationsScreen:
    await pilot.pause()
    await pilot.press("o")
    await pilot.pause()
    assert isinstance(app.screen, OrganisationsScreen)
    return app.screen


async def replace_lines(pilot, screen, widget_id: str, lines: list[str]) -> None:
    await replace_text(pilot, screen.query_one(f"#{widget_id}"), "\n".join(lines))


async def test_a_new_organisation_is_named_and_given_its_defaults(db_path):
    app = make_app(db_path, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_organisations(app, pilot)
        await pilot.press("ctrl+t")
        await pilot.pause()
        await type_text(pilot, "Sundbybergs stad")
        await replace_lines(pilot, screen, "o-subject", ["Staden"])
        await replace_lines(pilot, screen, "o-signatories", ["Eva Ek, Stadsdirektör", "Ola Ås"])
        await replace_lines(pilot, screen, "o-stances", ["delar bedömningen, för"])
        await replace_lines(pilot, screen, "o-part-synpunkter", ["Stadens synpunkter"])
        screen.query_one("#o-default_kind").value = Kind.YTTRANDE.value
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    with open_store(db_path) as store:
        org = store.organisation_by_name("Sundbybergs stad")
        assert org.subject == "Staden"
        assert org.default_kind is Kind.YTTRANDE
        assert org.signatories == [
            Signatory("Eva Ek", "Stadsdirektör", 0),
            Signatory("Ola Ås", "", 1),
        ]
        assert org.stances == [Stance("delar_bedomningen", "delar bedömningen", "for")]
        assert org.part_titles == {"synpunkter": "Stadens synpunkter"}


async def test_bad_lines_and_a_taken_name_are_flagged_not_saved(demo_db):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_organisations(app, pilot)
        # Pasted whole, so no half-typed (and valid) line is saved on the way.
        screen.query_one("#o-stances").load_text("ser gärna, kanske")
        await pilot.pause()
        assert "okänd klass" in plain(screen.query_one("#error-o-stances", Static))
        screen.query_one("#o-name").value = "Locum AB"
        await pilot.pause()
        assert "finns redan" in plain(screen.query_one("#error-o-name", Static))
        await pilot.press("ctrl+s")
        await pilot.pause()
    with open_store(demo_db) as store:
        assert store.organisation_by_name("Huddinge kommun").stances == []


async def test_an_organisation_in_use_cannot_be_deleted_but_an_unused_one_can(demo_db):
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_organisations(app, pilot)
        await pilot.press("f8", "j")
        await pilot.pause()
        assert any("kan inte tas bort" in m for m in app.notifications)
        await pilot.press("ctrl+t")
        await pilot.pause()
        await pilot.press("f8", "j")
        await pilot.pause()
        names = screen.query_one("#orgs-list", OptionList)
        assert names.option_count == 4
    with open_store(demo_db) as store:
        assert len(store.list_organisations()) == 4


async def test_at_80_columns_the_fields_are_wide_enough_to_read(demo_db):
    """The 32-column labels of the wide forms left the fields 8 columns at 80×24
    ("Remissv" over "ar", a signatory in three pieces); the labels here are narrower."""
    app = make_app(demo_db, keymap={})
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_organisations(app, pilot)
        await pilot.pause()
        fields = [*screen.query("#orgs-form Input"), *screen.query("#orgs-form Select")]
        assert fields
        assert all(field.size.width >= 20 for field in fields if field.display), [
            (field.id, field.size.width) for field in fields
        ]
