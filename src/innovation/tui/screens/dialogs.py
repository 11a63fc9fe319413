"""The dialogs screens open over themselves: pick one of a few, the merge form with its
preview, the hand-over note the incoming ledartröja sees first, and the idea form. They return
a value to the screen that opened them; none of them navigates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from innovation.domain import IdeaSource, InnovationError
from innovation.i18n import t
from innovation.present import merge_preview
from innovation.service import Service
from innovation.service.views import HandoverView
from innovation.text import inert
from innovation.tui.background import unless_closed
from innovation.tui.screens.forms import FormField, FormScreen
from innovation.tui.widgets.findlist import FindList


def idea_form(area: str) -> tuple[str, list[FormField], Callable[[Service, dict[str, Any]], str]]:
    """The form that proposes an idea for an area (anyone may)."""
    fields = [
        FormField("title", t("tui.f_title")),
        FormField(
            "kind",
            t("tui.f_idea_kind"),
            "choice",
            default="idea",
            choices=[("idea", t("idea_kind.idea")), ("stop", t("idea_kind.stop"))],
        ),
        FormField(
            "source",
            t("tui.f_source"),
            "choice",
            default="employee",
            choices=[(s.value, t(f"source.{s.value}")) for s in IdeaSource],
        ),
        FormField("note", t("tui.f_source_note"), required=False),
        FormField("description", t("tui.f_description"), "multiline", required=False, limit=4000),
    ]

    def call(svc: Service, v: dict[str, Any]) -> str:
        key = svc.add_idea(
            area,
            title=v["title"],
            source=v["source"] or "",
            stop=v["kind"] == "stop",
            note=v["note"] or None,
            description=v["description"] or None,
        )
        return t("tui.saved", key=key)

    return t("tui.form_idea", area=area), fields, call


class PickScreen(ModalScreen[str | None]):
    """Choose one of a few things (an area, a person), typing to find it; returns its id."""

    DEFAULT_CSS = """
    PickScreen { align: center middle; }
    PickScreen > Vertical {
        width: 70; height: auto; max-height: 80%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    PickScreen FindList { height: auto; max-height: 20; }
    """
    BINDINGS = [Binding("escape", "cancel", t("key.back"))]

    def __init__(
        self,
        title: str,
        options: list[tuple[str, Text]],
        *,
        current: str | None = None,
        list_id: str = "pick",
    ) -> None:
        """`current`: the option highlighted first (else the first)."""
        super().__init__()
        self.title_text = title
        self.options = options
        self.current = current
        self.list_id = list_id

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text, style="bold"))
            yield FindList(*[Option(label, id=key) for key, label in self.options], id=self.list_id)

    def on_mount(self) -> None:
        keys = [key for key, _ in self.options]
        if self.current in keys:
            self.query_one(FindList).highlighted = keys.index(self.current)

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class MergeScreen(FormScreen):
    """The merge form: the preview of what moves where is read again as the areas are typed."""

    def __init__(self, submit: Any, preview: Any) -> None:
        fields = [
            FormField("sources", t("tui.f_sources"), limit=200),
            FormField("into", t("tui.f_into"), kind="multiline", limit=500),
            FormField("fadder", t("tui.f_fadder"), limit=63),
            FormField("lead1", t("tui.f_lead1"), limit=63),
            FormField("lead2", t("tui.f_lead2"), limit=63),
            FormField("phase", t("tui.f_start_phase"), required=False, limit=40),
            FormField("reason", t("tui.f_reason"), kind="multiline", limit=4000),
        ]
        super().__init__(t("tui.merge_title"), fields, submit)
        self.preview = preview

    def on_mount(self) -> None:
        super().on_mount()
        dialog = self.query_one("#fields", VerticalScroll)
        dialog.mount(Static(id="preview"), after=self.query_one("#f-sources"))

    @on(Input.Changed, "#f-sources")
    def sources_changed(self, event: Input.Changed) -> None:
        self.read_preview(event.value)

    @work(thread=True, exclusive=True, group="preview")
    @unless_closed
    def read_preview(self, value: str) -> None:
        keys = value.replace(",", " ").split()
        if not keys:
            self.app.call_from_thread(self._preview, Text(""))
            return
        try:
            plan = self.preview(keys)
        except InnovationError as exc:
            why = Text(inert(exc.message(), multiline=True), style="red")
            self.app.call_from_thread(self._preview, why)
            return
        self.app.call_from_thread(self._preview, Text.assemble(*merge_preview(plan)))

    def _preview(self, text: Text) -> None:
        self.query_one("#preview", Static).update(text)


class HandoverNoteScreen(ModalScreen[bool]):
    """The note the outgoing ledartröja left, shown to the incoming one before the area."""

    DEFAULT_CSS = """
    HandoverNoteScreen { align: center middle; }
    HandoverNoteScreen > Vertical {
        width: 80%; max-width: 90; height: auto; max-height: 80%;
        border: thick $warning; background: $surface; padding: 0 1;
    }
    HandoverNoteScreen Button { margin: 1 0 0 0; }
    """
    BINDINGS = [Binding("escape", "later", t("tui.later"))]

    def __init__(self, notes: list[HandoverView], name_of: Any) -> None:
        super().__init__()
        self.notes = notes
        self.name_of = name_of

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(t("tui.handover_title"), style="bold"))
            for h in self.notes:
                who = self.name_of(h.outgoing)
                yield Static(
                    Text(t("handover.from", outgoing=who, at=(h.note_at or "")[:10]), style="bold")
                    + Text("\n" + (h.note or ""))
                )
            yield Button(t("tui.handover_read"), id="read", variant="primary")

    @on(Button.Pressed, "#read")
    def read(self) -> None:
        self.dismiss(True)

    def action_later(self) -> None:
        self.dismiss(False)
