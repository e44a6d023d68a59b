"""Autosaved forms: a label, an input and an error line per field, tied to how it is stored.

A screen owns a `BoundForm`, yields its rows while composing, calls `attach` once mounted and
`sync` whenever a widget reports a change (and before it leaves). `sync` compares what each
widget holds with what it held before, so it is safe to call any number of times; a field
whose `check` finds a problem shows it and is not saved until it is right.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from textual.containers import Horizontal, Vertical
from textual.dom import DOMNode
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Label, Select, Static, TextArea


@dataclass
class _Bound:
    widget_id: str
    save: Callable[[object], None]
    check: Callable[[str], str] | None = None
    widget: Widget | None = None


class BoundForm:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self._fields: dict[str, _Bound] = {}
        self._shown: dict[str, object] = {}
        self._root: DOMNode | None = None

    def widget_id(self, name: str) -> str:
        return f"{self.prefix}-{name.replace('.', '-')}"

    def row(
        self,
        name: str,
        label: str,
        value: str,
        save: Callable[[object], None],
        long: bool = False,
        hint: str = "",
        check: Callable[[str], str] | None = None,
    ) -> Iterator[Widget]:
        """The widgets of one text field (an Input, or a TextArea when `long`)."""
        widget_id = self.widget_id(name)
        with Vertical(classes="form-field -long" if long else "form-field"):
            with Horizontal(classes="form-row"):
                yield Label(label, classes="form-label", id=f"label-{widget_id}")
                if long:
                    yield TextArea(
                        value,
                        id=widget_id,
                        soft_wrap=True,
                        tab_behavior="focus",
                        placeholder=hint,
                        classes="form-long",
                        compact=True,
                    )
                else:
                    yield Input(value, placeholder=hint, id=widget_id, compact=True)
            yield Static("", classes="form-error", id=f"error-{widget_id}")
        self.register(name, widget_id, save, check)

    def choice_row(
        self,
        name: str,
        label: str,
        choices: list[tuple[str, str]],
        value: str,
        save: Callable[[object], None],
    ) -> Iterator[Widget]:
        """A field chosen from a list (a Select), such as a document kind."""
        widget_id = self.widget_id(name)
        with Horizontal(classes="form-row"):
            yield Label(label, classes="form-label", id=f"label-{widget_id}")
            yield Select(choices, value=value, allow_blank=False, id=widget_id, compact=True)
        self.register(name, widget_id, save)

    def register(
        self,
        name: str,
        widget_id: str,
        save: Callable[[object], None],
        check: Callable[[str], str] | None = None,
    ) -> None:
        """Tie any form widget (looked up once mounted) to how its value is stored."""
        self._fields[name] = _Bound(widget_id, save, check)

    def attach(self, root: DOMNode) -> None:
        self._root = root
        for name, bound in self._fields.items():
            bound.widget = root.query_one("#" + bound.widget_id)
            self._shown[name] = value_of(bound.widget)

    def load(self, values: dict[str, object]) -> None:
        """Show other values (another record) without saving them; clears shown problems."""
        for name, value in values.items():
            widget = self._fields[name].widget
            if isinstance(widget, TextArea):
                widget.load_text(str(value))
            elif widget is not None:
                widget.value = value  # type: ignore[attr-defined]
            self._shown[name] = value
            if self._root is not None and self._root.query(
                f"#error-{self._fields[name].widget_id}"
            ):
                self.show_error(name, "")

    def sync(self) -> bool:
        """Save every field whose widget changed; True when any did."""
        changed = False
        for name, bound in self._fields.items():
            if bound.widget is None:
                continue
            value = value_of(bound.widget)
            if value == self._shown.get(name):
                continue
            self._shown[name] = value
            changed = True
            if bound.check is not None:
                problem = bound.check(str(value))
                self.show_error(name, problem)
                if problem:
                    continue
            bound.save(value)
        return changed

    def show_error(self, name: str, problem: str) -> None:
        assert self._root is not None
        widget_id = self._fields[name].widget_id
        error = self._root.query_one(f"#error-{widget_id}", Static)
        error.update(problem)
        error.display = bool(problem)
        self._root.query_one(f"#{widget_id}").set_class(bool(problem), "-invalid")

    def label(self, name: str) -> Label:
        assert self._root is not None
        return self._root.query_one(f"#label-{self._fields[name].widget_id}", Label)


def value_of(widget: Widget) -> object:
    if isinstance(widget, TextArea):
        return widget.text
    if isinstance(widget, Input | Select | Checkbox):
        return widget.value
    raise TypeError(f"no form value for {widget!r}")
