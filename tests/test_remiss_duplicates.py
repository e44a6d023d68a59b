"""The same remiss imported twice (issue 17): the CLI needs --again, the TUI asks, and a dnr
that several remisses share is refused with their list rather than one picked silently."""

from __future__ import annotations

import shutil

from textual.widgets import Input, Static

from tests.conftest import SEEDS
from tests.test_cli import run
from tests.tui_helpers import plain
from workbench.store import open_store
from workbench.tui.app import make_app
from workbench.tui.screens.import_remiss import ImportScreen

SEED = SEEDS / "001_ef9c50708ab3183d.txt"
DNR = "RS 2025-0671"


def test_cli_import_of_the_same_file_needs_again(db_path, capsys, tmp_path):
    code, out, _ = run(capsys, "--db", str(db_path), "remiss", "import", str(SEED))
    assert code == 0 and out.strip() == "1"
    code, out, err = run(capsys, "--db", str(db_path), "remiss", "import", str(SEED))
    assert code == 1 and out == ""
    assert "finns redan: #1" in err and "--again" in err
    # A copy under another name is the same file by its content.
    copy = tmp_path / "kopia.txt"
    shutil.copy(SEED, copy)
    code, _, err = run(capsys, "--db", str(db_path), "remiss", "import", str(copy))
    assert code == 1 and "#1" in err
    code, out, _ = run(capsys, "--db", str(db_path), "remiss", "import", "--again", str(SEED))
    assert code == 0 and out.strip() == "2"
    with open_store(db_path) as store:
        assert len(store.list_remisses()) == 2


def test_same_dnr_and_title_from_another_file_is_a_duplicate(db_path, capsys, tmp_path):
    other = tmp_path / "annan.txt"
    other.write_text("1 Inledning\n\nEn annan text om samma remiss.\n", encoding="utf-8")
    args = ["--db", str(db_path), "remiss", "import", "--title", "Strategin", "--sender-dnr", DNR]
    assert run(capsys, *args, str(SEED))[0] == 0
    code, _, err = run(capsys, *args, str(other))
    assert code == 1 and "Strategin" in err
    # Another title under the same dnr (a second remiss in the case) is not one.
    code, _, _ = run(capsys, *args[:-4], "--title", "Bilaga", "--sender-dnr", DNR, str(other))
    assert code == 0


def test_compile_and_answer_import_refuse_a_dnr_several_remisses_share(db_path, capsys):
    base = ["--db", str(db_path), "remiss", "import", "--sender-dnr", DNR]
    run(capsys, *base, str(SEED))
    run(capsys, *base, "--again", str(SEED))
    code, out, err = run(capsys, "--db", str(db_path), "compile", DNR)
    assert code == 1 and out == ""
    assert f"Dnr {DNR} delas av 2 remisser: #1" in err and "#2" in err and "id" in err
    code, _, err = run(capsys, "--db", str(db_path), "answer", "import", DNR, str(SEED))
    assert code == 1 and "delas av 2 remisser" in err
    assert err.count("\n") == 1  # one line, no traceback


async def test_tui_asks_before_importing_a_remiss_again(db_path):
    app = make_app(db_path, keymap={})
    async with app.run_test(size=(140, 45)) as pilot:
        for attempt in range(2):
            await pilot.pause()
            screen = ImportScreen(SEED.parent)
            await app.push_screen(screen)
            await pilot.pause()
            screen.query_one("#import-path", Input).value = str(SEED)
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("ctrl+s")
            await pilot.pause()
            if attempt == 0:
                assert app.screen is not screen
                continue
            # The second time the dialog names the stored remiss and waits.
            assert app.screen is screen
            assert "finns redan" in plain(screen.query_one("#import-problem", Static))
            assert len(app.store.list_remisses()) == 1
            await pilot.press("ctrl+s")  # the officer confirms
            await pilot.pause()
            assert app.screen is not screen
        assert len(app.store.list_remisses()) == 2
