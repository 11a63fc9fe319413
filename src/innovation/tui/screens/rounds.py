"""Rounds as a view, a person's page across rounds, the merge form with its preview, and the
hand-over note the incoming ledartröja sees first."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable, Input, OptionList, Static
from textual.widgets.option_list import Option

from innovation.domain import InnovationError
from innovation.i18n import t
from innovation.present import clip, merge_preview, stint_until
from innovation.text import inert
from innovation.tui.background import unless_closed
from innovation.tui.screens.base import AppScreen
from innovation.tui.screens.forms import FormField, FormScreen
from innovation.tui.widgets.keybar import KeyBar
from innovation.tui.widgets.table import Table
from innovation.tui.widgets.topbar import TopBar
from innovation.words import all_phases, phase_label


class PickScreen(ModalScreen[str | None]):
    """Choose one of a few things (an area, a person); returns its id."""

    DEFAULT_CSS = """
    PickScreen { align: center middle; }
    PickScreen > Vertical {
        width: 70; height: auto; max-height: 80%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    PickScreen OptionList { height: auto; max-height: 20; }
    """
    BINDINGS = [Binding("escape", "cancel", t("key.back"))]

    def __init__(self, title: str, options: list[tuple[str, Text]]) -> None:
        super().__init__()
        self.title_text = title
        self.options = options

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text, style="bold"))
            yield OptionList(*[Option(label, id=key) for key, label in self.options])

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class PersonScreen(AppScreen):
    """A person's roles and every area they led or sponsored, across rounds."""

    BINDINGS = [Binding("escape", "back", t("key.back"))]

    def __init__(self, username: str) -> None:
        super().__init__()
        self.username = username

    def compose(self) -> ComposeResult:
        yield TopBar(t("tui.person_title"))
        yield Static(id="person-head")
        yield Table(id="stints", cursor_type="row", zebra_stripes=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#stints", DataTable).add_columns(
            t("col.round"),
            t("col.key"),
            t("col.question"),
            t("col.role"),
            t("col.since"),
            t("col.until"),
        )
        self.reload()

    def reload(self) -> None:
        self.load()

    @work(thread=True, exclusive=True)
    @unless_closed
    def load(self) -> None:
        try:
            page = self.iapp.service().person_page(self.username)
        except InnovationError as exc:
            self.app.call_from_thread(self.iapp.error, exc)
            return
        self.app.call_from_thread(self._show, page)

    def _show(self, page: dict[str, Any]) -> None:
        roles = ", ".join(t(f"role.{r}") for r in page["roles"])
        self.query_one("#person-head", Static).update(
            Text(f"{page['name']} ({page['username']})", style="bold") + Text(f" · {roles}")
        )
        table = self.query_one("#stints", DataTable)
        table.clear()
        for s in page["stints"]:
            table.add_row(
                Text(s["round"] or "–"),
                s["area"],
                Text(clip(s["question"], 60)),
                t(f"role.{s['role']}"),
                s["since"][:10],
                Text(stint_until(s)),
                key=s["area"] + s["since"],
            )
        if not page["stints"]:
            self.query_one("#person-head", Static).update(Text(t("person.no_stints")))

    @on(DataTable.RowSelected, "#stints")
    def open_area(self, event: DataTable.RowSelected) -> None:
        from innovation.tui.screens.area import open_area

        key = str(event.data_table.get_row(event.row_key)[1])
        open_area(self.iapp, key)

    def action_back(self) -> None:
        self.app.pop_screen()


class RoundsScreen(AppScreen):
    """The rounds with their areas; enter shows the board for that round."""

    BINDINGS = [Binding("escape", "back", t("key.back"))]

    def compose(self) -> ComposeResult:
        yield TopBar(t("tui.rounds_title"))
        yield Table(id="rounds", cursor_type="row", zebra_stripes=True)
        yield Static(id="round-detail")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#rounds", DataTable).add_columns(
            t("col.round"), t("col.year"), t("col.areas"), t("col.merged"), t("col.phases")
        )
        self.reload()

    def reload(self) -> None:
        self.load()

    @work(thread=True, exclusive=True)
    @unless_closed
    def load(self) -> None:
        try:
            rounds = self.iapp.service().list_rounds()
        except InnovationError as exc:
            self.app.call_from_thread(self.iapp.error, exc)
            return
        self.app.call_from_thread(self._show, rounds)

    def _show(self, rounds: list[dict[str, Any]]) -> None:
        table = self.query_one("#rounds", DataTable)
        table.clear()
        for r in rounds:
            phases = ", ".join(
                f"{phase_label(p)} {r['phases'][p]}" for p in all_phases() if p in r["phases"]
            )
            table.add_row(
                Text(r["name"]),
                str(r["year"]),
                str(r["active"]),
                str(r["merged"]),
                Text(phases or "–"),
                key=r["name"],
            )
        self.query_one("#round-detail", Static).update(Text(t("tui.rounds_help"), style="dim"))

    @on(DataTable.RowSelected, "#rounds")
    def chosen(self, event: DataTable.RowSelected) -> None:
        self.dismiss_to_board(str(event.row_key.value))

    def dismiss_to_board(self, name: str) -> None:
        from innovation.tui.screens.overview import OverviewScreen

        self.app.pop_screen()
        board = self.app.screen
        if isinstance(board, OverviewScreen):
            board.show_round(name)

    def action_back(self) -> None:
        self.app.pop_screen()


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

    def __init__(self, notes: list[dict[str, Any]], name_of: Any) -> None:
        super().__init__()
        self.notes = notes
        self.name_of = name_of

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(t("tui.handover_title"), style="bold"))
            for h in self.notes:
                who = self.name_of(h["outgoing"])
                yield Static(
                    Text(
                        t("handover.from", outgoing=who, at=(h["note_at"] or "")[:10]), style="bold"
                    )
                    + Text("\n" + h["note"])
                )
            yield Button(t("tui.handover_read"), id="read", variant="primary")

    @on(Button.Pressed, "#read")
    def read(self) -> None:
        self.dismiss(True)

    def action_later(self) -> None:
        self.dismiss(False)
