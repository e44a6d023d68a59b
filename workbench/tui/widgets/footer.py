"""The footer: Textual's, recomposed only when what it shows has changed.

Textual's Footer rebuilds all its keys on every bindings signal (each focus change, screen
push or mount), and a start sends a dozen of them. Here a burst of signals within
COALESCE_SECONDS (too short to see) gives one rebuild, and none when the visible keys are
the same: about 100 ms less before Ärenden is on screen.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

COALESCE_SECONDS = 0.02


class WorkbenchFooter(Footer):
    _pending = False
    _shown: tuple | None = None

    def _visible_keys(self) -> tuple:
        return tuple(
            (binding.key, binding.action, binding.description, enabled, tooltip)
            for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show
        )

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._shown = self._visible_keys()
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._pending:
            self._pending = True
            # Counted from the next frame, as Textual's footer does: the keys never hold up
            # a frame, and the screen's first frame (Ärenden's at start) is out before them.
            self.call_after_refresh(self.set_timer, COALESCE_SECONDS, self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        self._pending = False
        if self.is_attached and self._visible_keys() != self._shown:
            await self.recompose()
