"""Forms: validate as you type, keep what was typed when the service refuses, show why."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.validation import Function, Validator
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from innovation.domain import MAX_TEXT, InnovationError
from innovation.i18n import t
from innovation.service import Service
from innovation.text import inert
from innovation.tui.background import unless_closed


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    kind: str = "text"  # text, multiline, int, float, date, period, choice
    required: bool = True
    limit: int = 200
    default: str = ""
    choices: list[tuple[str, str]] = field(default_factory=list)


def when_fields(today: date) -> list[FormField]:
    """The day it happened (today unless changed) and, for a day in a closed period, why:
    every form that records something ends with these."""
    return [
        FormField("on", t("tui.f_on"), "date", default=today.isoformat()),
        FormField("amend", t("tui.f_amend"), required=False, limit=MAX_TEXT),
    ]


def dated(svc: Service, values: dict[str, Any]) -> Service:
    """The service dated as the form's last two fields say (they are taken out of values)."""
    on = (values.pop("on", None) or "").strip() or None
    amend = (values.pop("amend", None) or "").strip() or None
    return svc.dated(on, amend=amend)


def _validators(f: FormField) -> list[Validator]:
    checks: list[Validator] = []
    if f.required:
        checks.append(Function(lambda v: bool(v.strip()), t("tui.required")))
    checks.append(Function(lambda v: len(v.strip()) <= f.limit, t("tui.too_long", limit=f.limit)))
    if f.kind == "int":
        checks.append(
            Function(lambda v: not v.strip() or v.strip().isdigit(), t("tui.must_be_number"))
        )
    elif f.kind == "float":
        checks.append(Function(lambda v: not v.strip() or _is_float(v), t("tui.must_be_decimal")))
    elif f.kind == "date":
        checks.append(Function(lambda v: not v.strip() or _is_date(v), t("tui.must_be_date")))
    elif f.kind == "period":
        pattern = re.compile(r"^\d{4}-[Tt][123]$")
        checks.append(
            Function(
                lambda v: not v.strip() or bool(pattern.match(v.strip())), t("tui.must_be_period")
            )
        )
    return checks


def _is_float(value: str) -> bool:
    try:
        float(value.strip().replace(",", "."))
    except ValueError:
        return False
    return True


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value.strip())
    except ValueError:
        return False
    return True


def _follow_focus(widget: Widget, event: events.Key) -> None:
    """Keys typed faster than the form handles them (a burst across Tab, a paste of a line
    and Enter) go where the person meant them: to the field that has focus when each key is
    handled, not to the one that had it when the terminal sent it. Without this the keys
    queued behind a Tab land in the field that Tab just left. (Textual calls the widget's own
    key handler after this one, unless prevented.)"""
    screen = widget.screen
    focused = screen.focused
    if focused is not None and focused is not widget:
        event.stop()
        event.prevent_default()
        focused.post_message(events.Key(event.key, event.character))
    elif event.key in ("tab", "shift+tab"):
        # Moved here and now, not when the key has bubbled up to the screen's binding: by
        # then the keys typed after it would have gone into this field.
        event.stop()
        event.prevent_default()
        screen.focus_next() if event.key == "tab" else screen.focus_previous()


class FormInput(Input):
    async def _on_key(self, event: events.Key) -> None:
        _follow_focus(self, event)


class FormTextArea(TextArea):
    async def _on_key(self, event: events.Key) -> None:
        _follow_focus(self, event)


class DiscardScreen(ModalScreen[bool]):
    """Esc on a form with typed text: drop it, or go back to it."""

    DEFAULT_CSS = """
    DiscardScreen { align: center middle; }
    DiscardScreen > Vertical {
        width: 60; max-width: 95%; height: auto; border: thick $warning;
        background: $surface; padding: 0 1;
    }
    """
    BINDINGS = [
        Binding("j,y", "drop", t("tui.discard_yes")),
        Binding("n,escape", "keep", t("tui.discard_no")),
    ]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(t("tui.discard_question")))
            yield Static(Text(t("tui.discard_keys")), classes="muted")

    def action_drop(self) -> None:
        self.dismiss(True)

    def action_keep(self) -> None:
        self.dismiss(False)


class FormScreen(ModalScreen[str | None]):
    """A modal form; `submit` runs in a worker thread and returns the message to show."""

    # The form focuses its first field itself, without scrolling: Textual's own auto-focus
    # centres the field before the form has its height, hiding the field's label.
    AUTO_FOCUS = ""  # "" is none at all (None would be the app's)

    DEFAULT_CSS = """
    FormScreen {
        align: center middle;
    }
    FormScreen > #dialog {
        width: 80%;
        max-width: 90;
        min-width: 40;
        height: auto;
        max-height: 100%;
        border: thick $accent;
        background: $surface;
        padding: 0 1;
    }
    FormScreen #title {
        text-style: bold;
    }
    FormScreen #keys {
        color: $text-muted;
    }
    FormScreen #fields {
        height: auto;
    }
    FormScreen Label {
        padding: 1 0 0 0;
        color: $text-muted;
    }
    FormScreen TextArea {
        height: 5;
    }
    FormScreen #error {
        color: $error;
        height: auto;
    }
    FormScreen #buttons {
        height: auto;
        align-horizontal: right;
    }
    FormScreen Button {
        margin: 0 0 0 1;
    }
    """
    BINDINGS = [
        Binding("escape", "cancel", t("tui.cancel")),
        Binding("ctrl+s", "save", t("tui.save")),
    ]

    def __init__(
        self,
        title: str,
        fields: list[FormField],
        submit: Callable[[dict[str, Any]], str],
        *,
        verb: Literal["save", "show", "publish"] = "save",
    ) -> None:
        """`verb`: what the form's key does, as its button and help say it."""
        super().__init__()
        self.form_title = title
        self.fields = fields
        self.submit = submit
        self.verb = verb

    def compose(self) -> ComposeResult:
        # The title, the keys and the buttons stay on the screen; the fields scroll between
        # them when the terminal is short (80×24).
        with Vertical(id="dialog"):
            yield Static(Text(self.form_title), id="title")
            yield Static(Text(t(f"tui.form_keys_{self.verb}")), id="keys")
            with VerticalScroll(id="fields", can_focus=False):
                yield from self._fields()
            yield Static(id="error")
            with Horizontal(id="buttons"):
                yield Button(t("tui.cancel") + " (esc)", id="cancel")
                yield Button(t(f"tui.form_{self.verb}") + " (ctrl+s)", id="save", variant="primary")

    def _fields(self) -> ComposeResult:
        for f in self.fields:
            yield Label(Text(f.label))
            if f.kind == "multiline":
                yield FormTextArea(
                    f.default, id=f"f-{f.name}", soft_wrap=True, show_line_numbers=False
                )
            elif f.kind == "choice":
                yield Select(
                    [(Text(label), value) for value, label in f.choices],
                    value=f.default if f.default else Select.NULL,
                    allow_blank=not f.required,
                    prompt=t("tui.select_prompt"),
                    id=f"f-{f.name}",
                )
            else:
                yield FormInput(
                    f.default,
                    id=f"f-{f.name}",
                    validators=_validators(f),
                    validate_on=["changed", "submitted"],
                )

    def on_mount(self) -> None:
        self._fit()
        if self.fields:
            # Without scrolling to it: the first field is at the top already, and scrolling
            # before the fields have their height would hide its label.
            self.query_one(f"#f-{self.fields[0].name}").focus(scroll_visible=False)
        self.initial = self.values()
        self.call_after_refresh(setattr, self, "laid_out", True)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A field that gets the focus is shown with its label: on a short terminal, scrolling
        only the field into view would leave the person not knowing what it asks for."""
        field = event.widget
        parent = field.parent
        if parent is None or parent.id != "fields" or not getattr(self, "laid_out", False):
            return  # the first field, focused as the form opens, is at the top already
        self.call_after_refresh(self._show_with_label, field)

    def _show_with_label(self, field: Widget) -> None:
        parent = field.parent
        if not isinstance(parent, VerticalScroll) or field not in parent.children:
            return
        siblings = list(parent.children)
        at = siblings.index(field)
        region = field.virtual_region
        if at > 0 and isinstance(siblings[at - 1], Label):
            region = siblings[at - 1].virtual_region.union(region)
        # The label and the top of the field; a tall field shows from its top.
        parent.scroll_to_region(region, animate=False, top=region.height > parent.size.height)

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        # Title, keys, error, buttons and borders take about eleven lines; the fields get
        # the rest and scroll within it.
        self.query_one("#fields").styles.max_height = max(3, self.size.height - 11)

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for f in self.fields:
            widget = self.query_one(f"#f-{f.name}")
            if isinstance(widget, TextArea):
                found[f.name] = widget.text
            elif isinstance(widget, Select):
                found[f.name] = None if widget.value is Select.NULL else widget.value
            elif isinstance(widget, Input):
                found[f.name] = widget.value
        return found

    def _first_problem(self) -> str | None:
        for f in self.fields:
            widget = self.query_one(f"#f-{f.name}")
            if isinstance(widget, Input):
                result = widget.validate(widget.value)
                if result is not None and not result.is_valid:
                    widget.focus()
                    return f"{f.label}: {'; '.join(result.failure_descriptions)}"
            elif isinstance(widget, TextArea) and f.required and not widget.text.strip():
                widget.focus()
                return f"{f.label}: {t('tui.required')}"
            elif isinstance(widget, Select) and f.required and widget.value is Select.NULL:
                widget.focus()
                return f"{f.label}: {t('tui.required')}"
        return None

    def show_error(self, message: str) -> None:
        error = self.query_one("#error", Static)
        error.update(Text(message))
        if message:
            # A long form scrolls: the reason it was not saved must be on the screen.
            error.scroll_visible(animate=False)

    def action_save(self) -> None:
        problem = self._first_problem()
        if problem:
            self.show_error(problem)
            return
        self.query_one("#save", Button).disabled = True
        self.run_submit(self.values())

    @work(thread=True, exclusive=True)
    @unless_closed
    def run_submit(self, values: dict[str, Any]) -> None:
        try:
            message = self.submit(values)
        except InnovationError as exc:
            self.app.call_from_thread(self._refused, inert(exc.message(), multiline=True))
            return
        self.app.call_from_thread(self.dismiss, message)

    def _refused(self, message: str) -> None:
        # The service said no: keep everything typed, say why, let the person fix it.
        self.query_one("#save", Button).disabled = False
        self.show_error(message)

    def action_cancel(self) -> None:
        if self.values() == getattr(self, "initial", None):
            self.dismiss(None)
            return

        def answered(drop: bool | None) -> None:
            if drop:
                self.dismiss(None)

        self.app.push_screen(DiscardScreen(), answered)

    @on(Button.Pressed, "#save")
    def pressed_save(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def pressed_cancel(self) -> None:
        self.action_cancel()

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        # Enter in a one-line field saves, as ctrl+s does anywhere (a missing field is named
        # and gets the focus); Tab moves between fields.
        self.action_save()

    @on(Input.Changed)
    def changed(self, event: Input.Changed) -> None:
        result = event.validation_result
        if result is not None and not result.is_valid:
            self.show_error(f"{'; '.join(result.failure_descriptions)}")
        else:
            self.show_error("")
