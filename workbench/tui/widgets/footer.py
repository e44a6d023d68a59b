"""The footer: Textual's, recomposed only when what it shows has changed, and with what
matters first: F1 (help, always), then Esc, then the screen's own keys in the order the
screen declares them, then the focused widget's, then the rest of the app's. A narrow
terminal (80 columns) cuts the end of the line, never F1 nor the screen's main keys.

Textual's Footer rebuilds all its keys on every bindings signal (each focus change, screen
push or mount), and a start sends a dozen of them. Here a burst of signals within
COALESCE_SECONDS (too short to see) gives one rebuild, and none when the visible keys are
the same: about 100 ms less before Ärenden is on screen.
"""

from __future__ import annotations

import asyncio
from typing import cast

from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from workbench.tui.app import WorkbenchApp

COALESCE_SECONDS = 0.02


class WorkbenchFooter(Footer):
    app = getters.app(WorkbenchApp)

    _pending = False
    _shown: tuple | None = None
    _settled: asyncio.Event | None = None  # set while no rebuild is pending nor under way

    async def settled(self) -> None:
        """Return once the keys shown are those of the bindings now (no rebuild pending nor
        under way): what a test awaits instead of a sleep. `_pending` is cleared when the
        rebuild begins, the event only once its keys are mounted."""
        if self._settled is not None:
            await self._settled.wait()

    def _ordered(self) -> list[tuple[Binding, bool, str]]:
        """The shown bindings, one per action, in the order that matters (see above)."""
        screen = self.screen
        app = self.app
        ranked = []
        seen: set[str] = set()
        for index, (node, binding, enabled, tooltip) in enumerate(screen.active_bindings.values()):
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            if binding.action == "help":
                rank = 0
            elif binding.key.split(",")[0] == "escape":
                rank = 1
            elif node is screen:
                rank = 2
            elif node is app:
                rank = 4
            else:
                rank = 3
            ranked.append((rank, index, (binding, enabled, tooltip)))
        ranked.sort(key=lambda item: item[:2])
        return [item[2] for item in ranked]

    def _visible_keys(self) -> tuple:
        return tuple(
            (binding.key, binding.action, binding.description, enabled, tooltip)
            for (binding, enabled, tooltip) in self._ordered()
        )

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        self._shown = self._visible_keys()
        ordered = self._ordered()
        self.styles.grid_size_columns = len(ordered)
        for binding, enabled, tooltip in ordered:
            key = FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                disabled=not enabled,
                tooltip=tooltip,
            )
            # A FooterKey starts compact and is made wide by the binding, each a restyle of
            # the key (a third of the footer's cost); it starts as the footer is instead.
            key.set_reactive(cast("Reactive[bool]", FooterKey.compact), self.compact)
            yield key.data_bind(compact=Footer.compact)
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            found = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
            if found is not None:
                _node, binding, enabled, tooltip = found
                yield FooterKey(
                    binding.key,
                    self.app.get_key_display(binding),
                    binding.description,
                    binding.action,
                    classes="-command-palette",
                    disabled=not enabled,
                    tooltip=binding.tooltip or binding.description,
                )

    def on_mount(self) -> None:
        # Textual's own on_mount (subscribing to the bindings signal) runs as well. The keys
        # are built once after the first frame even if no signal comes after this mount (the
        # screen's focus signal is sent after a refresh, and may have gone before it).
        self.bindings_changed(self.screen)

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._pending:
            self._pending = True
            if self._settled is None:
                self._settled = asyncio.Event()
            self._settled.clear()
            if self.app.first_frame_shown:
                self.set_timer(COALESCE_SECONDS, self._recompose_if_changed)
            else:
                # A recompose is a batch: begun before the app's first frame is written, it
                # would hold that frame back until the keys are mounted (and whatever else
                # runs meanwhile). The keys follow the frame instead.
                self.app.first_frame.subscribe(self, self._after_first_frame)

    def _after_first_frame(self, _: object) -> None:
        self.app.first_frame.unsubscribe(self)
        self.set_timer(COALESCE_SECONDS, self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        self._pending = False
        if self.is_attached and self._visible_keys() != self._shown:
            await self.recompose()
        if self._settled is not None and not self._pending:  # not if another was asked since
            self._settled.set()
