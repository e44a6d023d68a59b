"""WorkbenchApp: the terminal workbench. `make_app` builds it for the CLI and the tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.message_pump import MessagePump
from textual.screen import ModalScreen, Screen
from textual.signal import Signal
from textual.timer import Timer

from workbench import paths
from workbench.tui import navigation
from workbench.tui.autosave import DELAY as AUTOSAVE_DELAY
from workbench.tui.autosave import Autosaver

if TYPE_CHECKING:
    # Imported when the store is opened, off the path to the first paint: sqlite-utils
    # brings click, dateutil and pluggy, and the store every dataclass of the model.
    from workbench.store import Store


# The styling of every screen but Ärenden (see CSS_PATH).
REST_CSS = Path(__file__).with_name("app.tcss")


class WorkbenchApp(App):
    """Opens on Ärenden (the cases list); every screen's bindings show in the footer,
    in the command palette (ctrl+p) and in the help (f1)."""

    # Ärenden's styles only: the rest (REST_CSS) is read once its first frame is out.
    CSS_PATH = "cases.tcss"
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
        store: Store | None,
        keymap: dict[str, str] | None = None,
        today: dt.date | None = None,
        clock: Callable[[], dt.datetime] | None = None,
        user: str | None = None,
        debounce: bool = True,
        db_path: Path | None = None,
    ) -> None:
        """`store` open already (the tests), or None with `db_path`: the store is then opened
        in a worker once Ärenden's frame is on screen, and `store_opened` is published."""
        super().__init__()
        if store is not None:  # nothing to paint early (the tests): every style at once
            self.css_path.append(REST_CSS)
        self.store: Store = store  # None until opened (strict Optional is not checked yet)
        self.db_path = store.path if store is not None else db_path
        self.store_opened: Signal[Store] = Signal(self, "store-opened")
        # The first frame is on screen (see on_ready): work that would hold it back waits.
        self.first_frame_shown = False
        self.first_frame: Signal[None] = Signal(self, "first-frame")
        self.open_error: Exception | None = None
        # Tests set debounce=False: every debounced action (autosave, search as you type,
        # suggestions, the preview) runs at the next idle moment, and tests wait on the work.
        self.debounce = debounce
        self._user_given = user
        self._user: str | None = None
        self._keymap = keymap or {}
        # Tests fix the date (days left) and the clock ("Sparat hh:mm:ss") for stable screens.
        self._today = today
        self.clock = clock or dt.datetime.now
        self.autosaver = Autosaver(
            self,
            self.clock,
            open_writer=self._open_writer if self.db_path is not None else None,
            delay=self.delay(AUTOSAVE_DELAY),
        )
        if store is not None:
            self.autosaver.start()
        # Where the open store is copied when its file vanishes (see lifecycle.rescue_if_vanished).
        self.rescue_copy: Path | None = None

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def user(self) -> str:
        """Who is acting: the name the log, the versions and the comments record."""
        if self._user is None:
            from workbench.review.workflow import current_user

            self._user = current_user(self._user_given)
        return self._user

    @property
    def store_ready(self) -> bool:
        return self.store is not None

    @work(thread=True, group="open-store")
    def _open_store(self) -> None:
        from workbench import paths
        from workbench.store import open_store

        # A PDF export killed last time left its work folder (a copy of the document).
        paths.remove_stale_temp_files(paths.scratch_dir())

        try:
            store = open_store(self.db_path, threads=True)
        except Exception as exc:
            self.call_from_thread(self._store_failed, exc)
            return
        self.call_from_thread(self._adopt_store, store)

    def _adopt_store(self, store: Store) -> None:
        store.adopt()  # opened in the worker; used from here on in the event loop's thread
        self.store = store
        from workbench.store.backup import BackgroundBackup

        assert store.path is not None
        BackgroundBackup(store.path).start()  # the day's copy, once the store is open
        self.autosaver.start()
        self.store_opened.publish(store)
        self.refresh_bindings()

    def _store_failed(self, exc: Exception) -> None:
        self.open_error = exc
        self.exit(return_code=1)

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
        from workbench.store import Store
        from workbench.store.connection import SHORT_BUSY_TIMEOUT_MS, connect

        # No migration and no index refresh: the app's store did both when it opened.
        assert self.db_path is not None
        return Store(connect(self.db_path, SHORT_BUSY_TIMEOUT_MS, threads=True), self.db_path)

    def on_mount(self) -> None:
        from workbench.tui.lifecycle import install_exit_guard

        install_exit_guard(self)
        if self._keymap:
            self.set_keymap(self._keymap)
        navigation.open_cases(self)

    def on_ready(self) -> None:
        """Ärenden's frame is laid out: once it is on screen, the store (a worker, but it
        competes for the interpreter, so not before the frame is out), the other screens'
        styles (before any key is handled: every action but help waits for the store anyway)
        and the footer's keys."""
        # Ready can come before the frame is written (a refresh deferred by the start's batch):
        # the frame is written at the next refresh, as long as nothing opens another batch
        # before it (a widget's recompose would: the footer waits for `first_frame`).
        self.call_after_refresh(self._first_frame_out)

    def _first_frame_out(self) -> None:
        self.first_frame_shown = True
        if self.store is None:
            self._open_store()
        self._read_rest_css()
        self.first_frame.publish(None)

    def _read_rest_css(self) -> None:
        """Every screen's styles but Ärenden's, as Textual reads a screen's own CSS_PATH."""
        if self.stylesheet.has_source(str(REST_CSS), ""):
            return
        if self.css_monitor is not None:
            self.css_monitor.add_paths([REST_CSS])
        self.stylesheet.read(REST_CSS)
        self.stylesheet.reparse()
        self.stylesheet.update(self)

    def action_help(self) -> None:
        navigation.open_help(self, self.screen)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.store is None and action not in ("quit", "help", "command_palette"):
            return False  # the first moments, while the store opens
        if action == "search":
            # From any screen, but not from over a dialog (the search itself excepted).
            return navigation.is_search(self.screen) or not isinstance(self.screen, ModalScreen)
        return True

    def action_search(self) -> None:
        navigation.open_search(self)

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
        # A screen may leave something to tidy (the workspace: a position emptied again).
        for screen in self.screen_stack:
            tidy = getattr(screen, "tidy_before_quit", None)
            if tidy is not None:
                tidy()
        self.autosaver.flush()
        self.exit()

    def on_unmount(self) -> None:
        if self.store is not None:
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
    import tomllib  # only when there is a keymap: most starts have none

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
    from workbench.store import open_store

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
    """The officer's start: Ärenden's frame is painted first, the store opened behind it."""
    app = WorkbenchApp(None, load_keymap(), db_path=Path(db_path))
    app.run()
    if app.open_error is not None:
        raise app.open_error  # the CLI shows it as one line
