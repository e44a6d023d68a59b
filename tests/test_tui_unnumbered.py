"""Unnumbered sections in the workspace (issue 17): an imported opening text, a summary and
subheadings without numbers nest in the section tree by their levels, as the outline says."""

from __future__ import annotations

from workbench.core.model import Organisation, Remiss, Section
from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.tui.screens.workspace import WorkspaceScreen
from workbench.tui.widgets.section_tree import SectionTree


def _tree(node, depth=0) -> list[tuple[int, str]]:
    out = []
    for child in node.children:
        title = child.data.title if child.data is not None else "–"
        out.append((depth, title))
        out += _tree(child, depth + 1)
    return out


async def test_unnumbered_sections_nest_by_level(db_path):
    sections = [
        Section("", "Inledande text", 1, "Remiss från regionen."),
        Section("", "Sammanfattning", 1, "Kort."),
        Section("1", "Bakgrund", 1, "Text."),
        Section("", "Nuläge", 2, "Text."),
        Section("", "Detaljer", 3, "Text."),
        Section("", "Önskat läge", 2, "Text."),
        Section("2", "Förslag", 1, "Text."),
    ]
    with open_store(db_path) as store:
        remiss = store.add_remiss(Remiss(title="Strategi", sections=sections))
        org = store.add_organisation(Organisation(name="Marks kommun"))
        response = store.new_response(remiss.id, org.id)
    app = make_app(db_path, keymap={})
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.pause()
        await app.push_screen(WorkspaceScreen(response.id))
        await pilot.pause()
        tree = app.screen.query_one(SectionTree)
        assert _tree(tree.root) == [
            (0, "–"),  # Övergripande synpunkter
            (0, "Inledande text"),
            (0, "Sammanfattning"),
            (0, "Bakgrund"),
            (1, "Nuläge"),
            (2, "Detaljer"),
            (1, "Önskat läge"),
            (0, "Förslag"),
        ]
