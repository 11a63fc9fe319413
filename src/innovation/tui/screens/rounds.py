"""Rounds as a view, and a person's page across rounds."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from innovation.domain import InnovationError
from innovation.i18n import t
from innovation.present import clip, stint_until
from innovation.service.views import PersonPage, RoundView
from innovation.tui.background import unless_closed
from innovation.tui.navigation import OpenArea, ShowRound
from innovation.tui.screens.base import AppScreen
from innovation.tui.widgets.keybar import KeyBar
from innovation.tui.widgets.table import Table
from innovation.tui.widgets.topbar import TopBar
from innovation.words import all_phases, phase_label


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

    def _show(self, page: PersonPage) -> None:
        roles = ", ".join(t(f"role.{r}") for r in page.roles)
        self.query_one("#person-head", Static).update(
            Text(f"{page.name} ({page.username})", style="bold") + Text(f" · {roles}")
        )
        table = self.query_one("#stints", DataTable)
        table.clear()
        for s in page.stints:
            table.add_row(
                Text(s.round or "–"),
                s.area,
                Text(clip(s.question, 60)),
                t(f"role.{s.role}"),
                s.since[:10],
                Text(stint_until(s)),
                key=s.area + s.since,
            )
        if not page.stints:
            self.query_one("#person-head", Static).update(Text(t("person.no_stints")))

    @on(DataTable.RowSelected, "#stints")
    def open_area(self, event: DataTable.RowSelected) -> None:
        key = str(event.data_table.get_row(event.row_key)[1])
        self.iapp.go(OpenArea(key))

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

    def _show(self, rounds: list[RoundView]) -> None:
        table = self.query_one("#rounds", DataTable)
        table.clear()
        for r in rounds:
            phases = ", ".join(
                f"{phase_label(p)} {r.phases[p]}" for p in all_phases() if p in r.phases
            )
            table.add_row(
                Text(r.name),
                str(r.year),
                str(r.active),
                str(r.merged),
                Text(phases or "–"),
                key=r.name,
            )
        self.query_one("#round-detail", Static).update(Text(t("tui.rounds_help"), style="dim"))

    @on(DataTable.RowSelected, "#rounds")
    def chosen(self, event: DataTable.RowSelected) -> None:
        self.dismiss_to_board(str(event.row_key.value))

    def dismiss_to_board(self, name: str) -> None:
        self.iapp.go(ShowRound(name))

    def action_back(self) -> None:
        self.app.pop_screen()
