"""WorkbenchApp: the terminal workbench. `make_app` builds it for the CLI and the tests."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.message_pump import MessagePump
from textual.screen import ModalScreen, Screen
from textual.timer import Timer

from workbench import paths
from workbench.review.workflow import current_user
from workbench.store import Store, open_store
from workbench.tui.autosave import DELAY as AUTOSAVE_DELAY
from workbench.tui.autosave import Autosaver


class WorkbenchApp(App):
    """Opens on Ärenden (the cases list); every screen's bindings show in the footer,
    in the command palette (ctrl+p) and in the help (f1)."""

    CSS_PATH = "app.tcss"
    TITLE = "Remiss Workbench"
    SUB_TITLE = "Ärenden"
    ENABLE_COMMAND_PALETTE = True
    COMMAND_PALETTE_BINDING = "ctrl+p"
    BINDINGS = [
        Binding("f1", "help", "Hjälp", id="app.help"),
        Binding("ctrl+q", "quit", "Avsluta", id="app.quit", priority=True),
        Binding(
            "ctrl+f",
            "search",
            "Sök",
            id="app.search",
            priority=True,
            tooltip="Sök i alla ställningstaganden och remisser",
        ),
        Binding(
            "slash",
            "search",
            "Sök",
            id="app.search_slash",
            show=False,
            tooltip="Sök i alla ställningstaganden och remisser (utanför textfälten)",
        ),
        Binding("ctrl+p", "command_palette", "Kommandon", id="app.palette", show=False),
    ]

    def __init__(
        self,
        store: Store,
        keymap: dict[str, str] | None = None,
        today: dt.date | None = None,
        clock: Callable[[], dt.datetime] | None = None,
        user: str | None = None,
        debounce: bool = True,
    ) -> None:
        super().__init__()
        self.store = store
        # Tests set debounce=False: every debounced action (autosave, search as you type,
        # suggestions, the preview) runs at the next idle moment, and tests wait on the work.
        self.debounce = debounce
        # Who is acting: the name the log, the versions and the comments record.
        self.user = current_user(user)
        self._keymap = keymap or {}
        # Tests fix the date (days left) and the clock ("Sparat hh:mm:ss") for stable screens.
        self._today = today
        self.clock = clock or dt.datetime.now
        self.autosaver = Autosaver(
            self,
            self.clock,
            open_writer=self._open_writer if store.path is not None else None,
            delay=self.delay(AUTOSAVE_DELAY),
        )
        # Where the open store is copied when its file vanishes (see lifecycle.rescue_if_vanished).
        self.rescue_copy: Path | None = None

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def delay(self, seconds: float) -> float:
        """A debounce delay as the app runs it: `seconds`, or 0 when debouncing is off."""
        return seconds if self.debounce else 0.0

    def debounced(
        self, owner: MessagePump, seconds: float, callback: Callable[[], object]
    ) -> Timer | None:
        """Run `callback` on `owner` after `seconds` (a timer to stop when a newer event
        comes first); with debouncing off, at the owner's next turn (no timer)."""
        if self.debounce:
            return owner.set_timer(seconds, callback)
        owner.call_later(callback)
        return None

    @property
    def notifications(self) -> list[str]:
        """The messages of the notifications on screen now, oldest first (for tests)."""
        return [str(notification.message) for notification in self._notifications]

    def _open_writer(self) -> Store:
        """The autosaver's own connection (opened in its thread), with a short busy timeout."""
        from workbench.store import open_store
        from workbench.store.connection import SHORT_BUSY_TIMEOUT_MS

        assert self.store.path is not None
        return open_store(self.store.path, busy_timeout_ms=SHORT_BUSY_TIMEOUT_MS)

    def on_mount(self) -> None:
        from workbench.tui.lifecycle import install_exit_guard

        install_exit_guard(self)
        if self._keymap:
            self.set_keymap(self._keymap)
        from workbench.tui.screens.cases import CasesScreen

        self.push_screen(CasesScreen())

    def action_help(self) -> None:
        from workbench.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "search":
            # From any screen, but not from over a dialog (the search itself excepted).
            from workbench.tui.screens.search import SearchScreen

            return isinstance(self.screen, SearchScreen) or not isinstance(self.screen, ModalScreen)
        return True

    def action_search(self) -> None:
        """Sök: from the workspace, a hit can also go into the position being written."""
        from workbench.tui.screens.search import SearchScreen
        from workbench.tui.screens.workspace import WorkspaceScreen

        origin = self.screen
        if isinstance(origin, SearchScreen):
            origin.focus_query()  # type: ignore[attr-defined]
            return
        editing = isinstance(origin, WorkspaceScreen) and not origin.read_only
        if isinstance(origin, WorkspaceScreen):
            origin.editor.sync()

        def chosen(choice) -> None:
            if choice is None:
                return
            if choice.action == "open":
                from workbench.tui.navigation import open_hit

                open_hit(self, choice.hit)
            elif isinstance(origin, WorkspaceScreen):
                origin.take_hit(choice.hit, as_new=choice.action == "new")

        self.push_screen(SearchScreen(self.store.path, editing=editing), chosen)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every binding of the current screen and the app, by its Swedish description."""
        seen: set[str] = set()
        for binding, node in _bindings_of(screen):
            # Our own bindings all carry an id; widgets' built-in ones (English) are left out.
            if binding.id is None or binding.action in seen or not binding.description:
                continue
            seen.add(binding.action)
            key = self.get_key_display(binding)
            yield SystemCommand(
                binding.description,
                binding.tooltip or f"Tangent: {key}",
                _runner(node, binding.action),
            )
        yield SystemCommand("Tema", "Byt färgtema", self.action_change_theme)
        yield SystemCommand("Skärmbild", "Spara en SVG-bild av skärmen", self.action_screenshot)

    async def action_quit(self) -> None:
        self.autosaver.flush()
        self.exit()

    def on_unmount(self) -> None:
        self.autosaver.close()
        self.store.close()


def _bindings_of(screen: Screen):
    """The bindings active on `screen`: focused widget and its ancestors, screen, app."""
    for active in screen.active_bindings.values():
        yield active.binding, active.node


def _runner(node, action: str):
    async def run() -> None:
        await node.run_action(action)

    return run


def load_keymap(path: Path | None = None) -> dict[str, str]:
    """Remapped keys from `<data dir>/keymap.toml`: `binding-id = "key"` lines."""
    path = path or paths.data_dir() / "keymap.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as file:
        data = tomllib.load(file)
    return {str(k): str(v) for k, v in data.get("keys", data).items() if isinstance(v, str)}


def make_app(
    db_path: Path | str,
    keymap: dict[str, str] | None = None,
    today: dt.date | None = None,
    clock: Callable[[], dt.datetime] | None = None,
    user: str | None = None,
    debounce: bool = True,
) -> WorkbenchApp:
    """The one factory: the CLI, `main.py` and the tests all build the app here. `user` is
    who acts (else WORKBENCH_USER, else the login name)."""
    store = open_store(db_path)
    return WorkbenchApp(
        store,
        keymap if keymap is not None else load_keymap(),
        today=today,
        clock=clock,
        user=user,
        debounce=debounce,
    )


def run_app(db_path: Path | str) -> None:
    app = make_app(db_path)
    from workbench.store.backup import BackgroundBackup

    BackgroundBackup(Path(db_path)).start()  # the day's copy, once the store is open
    app.run()
