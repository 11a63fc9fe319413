"""Ideas in the UI: one idea with its weighing and what it led to, and the search over all
ideas and lessons of every area."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, Static

from innovation.domain import InnovationError
from innovation.i18n import t
from innovation.present import score_line
from innovation.service import Service
from innovation.service.views import IdeaDetail, SearchHit
from innovation.timeutil import local_date
from innovation.tui.background import unless_closed
from innovation.tui.navigation import OpenArea, OpenIdea
from innovation.tui.screens.base import AppScreen
from innovation.tui.screens.forms import FormField, FormScreen, dated, when_fields
from innovation.tui.widgets.keybar import KeyBar
from innovation.tui.widgets.table import Table
from innovation.tui.widgets.topbar import TopBar

if TYPE_CHECKING:
    from innovation.tui.app import InnovationApp

LEAD_ACTIONS = {"score", "promote", "park", "decline", "move"}


class IdeaScreen(ModalScreen[None]):
    """One idea: who supports it, how the ledartröjor weighed it, the test it became."""

    DEFAULT_CSS = """
    IdeaScreen {
        align: center middle;
    }
    IdeaScreen > VerticalScroll {
        width: 90%;
        max-width: 100;
        height: auto;
        max-height: 90%;
        border: thick $accent;
        background: $surface;
        padding: 0 1;
    }
    IdeaScreen KeyBar {
        dock: bottom;
    }
    """
    BINDINGS = [
        Binding("escape", "close", t("key.back")),
        Binding("u", "support", t("key.support")),
        Binding("b", "score", t("key.score")),
        Binding("t", "promote", t("key.promote")),
        Binding("p", "park", t("key.park")),
        Binding("d", "decline", t("key.decline")),
        Binding("f", "move", t("key.move_idea")),
    ]

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.detail: IdeaDetail | None = None
        self.leads: list[str] = []

    @property
    def iapp(self) -> InnovationApp:
        return cast("InnovationApp", self.app)

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(id="idea")
        yield KeyBar()

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True)
    @unless_closed
    def load(self) -> None:
        svc = self.iapp.service()
        try:
            detail = svc.show_idea(self.key)
            leads = svc.show_area(detail.idea.area).ledartrojor
        except InnovationError as exc:
            self.app.call_from_thread(self.iapp.error, exc)
            return
        self.app.call_from_thread(self._loaded, detail, leads)

    def _loaded(self, d: IdeaDetail, leads: list[str]) -> None:
        self.detail, self.leads = d, leads
        i, name = d.idea, self.iapp.name_of
        text = Text(f"{i.key} · ", style="bold") + Text(i.title, style="bold")
        origin = f" · {t('out.moved_from', area=i.origin)}" if i.origin else ""
        text += Text(
            f"\n{i.area}{origin} · {t(f'idea_kind.{i.kind}')} · {t(f'source.{i.source}')}"
            f" · {t(f'idea.{i.status}')}\n",
            style="dim",
        )
        if i.source_note:
            text += Text(i.source_note + "\n", style="dim")
        if i.description:
            text += Text("\n" + i.description + "\n")
        if i.status_reason:
            text += Text(f"“{i.status_reason}”\n", style="italic")
        text += Text("\n" + t("col.score") + ": ", style="bold")
        text += Text("–" if i.score is None else f"{i.score:.1f} ({i.scorers})")
        for sc in d.scores:
            text += Text("\n  " + score_line(sc, name(sc.by)))
        text += Text("\n" + t("col.support") + ": ", style="bold")
        text += Text(", ".join(name(u) for u in d.supporters) or "–")
        if i.test:
            text += Text(f"\n\n→ {i.test}: ", style="bold") + Text(d.test_hypothesis or "")
            if d.test_result:
                text += Text(f"\n   {d.test_outcome}: {d.test_result}")
            for lesson in d.lessons:
                text += Text(f"\n   {t('kind.lesson')}: {lesson}")
            if d.adopted_by:
                text += Text(f"\n   adopt: {d.adopted_by}", style="green")
        self.query_one("#idea", Static).update(text)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in LEAD_ACTIONS:
            return self.iapp.actor in self.leads or (
                action == "move"
                and self.iapp.person is not None
                and "facilitator" in self.iapp.person.roles
            )
        return True

    def _act(
        self, title: str, fields: list[FormField], call: Callable[[Service, dict[str, Any]], object]
    ) -> None:
        fields = [*fields, *when_fields(local_date(self.iapp.clock()))]

        def submit(values: dict[str, Any]) -> str:
            call(dated(self.iapp.service(), values), values)
            return t("tui.saved", key=self.key)

        def done(message: str | None) -> None:
            if message:
                self.app.notify(message, markup=False)
                self.load()

        self.app.push_screen(FormScreen(title, fields, submit), done)

    @work(thread=True, exclusive=True, group="support")
    @unless_closed
    def action_support(self) -> None:
        withdraw = bool(self.detail and self.detail.idea.supported_by_me)
        try:
            self.iapp.service().support_idea(self.key, withdraw=withdraw)
        except InnovationError as exc:
            self.app.call_from_thread(self.iapp.error, exc)
            return
        self.app.call_from_thread(self.load)

    def action_score(self) -> None:
        marks = [(str(n), str(n)) for n in range(1, 6)]
        fields = [
            FormField("effect", t("field.effect"), "choice", choices=marks, default="3"),
            FormField("cost", t("tui.f_cost"), "choice", choices=marks, default="3"),
            FormField("speed", t("field.speed"), "choice", choices=marks, default="3"),
            FormField("reason", t("tui.f_reason")),
        ]
        self._act(
            t("key.score").capitalize() + f" {self.key}",
            fields,
            lambda svc, v: svc.score_idea(
                self.key,
                effect=int(v["effect"]),
                cost=int(v["cost"]),
                speed=int(v["speed"]),
                reason=v["reason"],
            ),
        )

    def action_promote(self) -> None:
        title = self.detail.idea.title if self.detail else ""
        fields = [
            FormField("hypothesis", t("tui.f_hypothesis"), "multiline", limit=4000, default=title),
            FormField("measure", t("tui.f_measure"), "multiline", required=False, limit=4000),
        ]
        self._act(
            t("key.promote").capitalize() + f" {self.key}",
            fields,
            lambda svc, v: svc.promote_idea(
                self.key, hypothesis=v["hypothesis"], measure=v["measure"] or None
            ),
        )

    def action_park(self) -> None:
        fields = [FormField("reason", t("tui.f_reason"), "multiline", limit=4000)]
        self._act(
            t("key.park").capitalize() + f" {self.key}",
            fields,
            lambda svc, v: svc.park_idea(self.key, reason=v["reason"]),
        )

    def action_decline(self) -> None:
        fields = [FormField("reason", t("tui.f_reason"), "multiline", limit=4000)]
        self._act(
            t("key.decline").capitalize() + f" {self.key}",
            fields,
            lambda svc, v: svc.decline_idea(self.key, reason=v["reason"]),
        )

    def action_move(self) -> None:
        fields = [
            FormField("to", t("tui.f_area"), limit=8),
            FormField("reason", t("tui.f_reason"), "multiline", limit=4000),
        ]
        self._act(
            t("key.move_idea").capitalize() + f" {self.key}",
            fields,
            lambda svc, v: svc.move_idea(self.key, to=v["to"], reason=v["reason"]),
        )

    def action_close(self) -> None:
        self.dismiss(None)


class SearchScreen(AppScreen):
    """Every idea and lesson of every area, so a new round does not re-test what one learnt."""

    BINDINGS = [Binding("escape", "back", t("key.back"))]

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[SearchHit] = []

    def compose(self) -> ComposeResult:
        yield TopBar(t("tui.search_title"))
        yield Input(placeholder=t("tui.search_all_placeholder"), id="query")
        yield Static(id="search-status")
        yield Table(id="hits", cursor_type="row", zebra_stripes=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#hits", DataTable).add_columns(
            t("col.key"), t("col.area"), t("col.what"), t("col.status")
        )
        self.query_one("#query", Input).focus()

    @on(Input.Submitted, "#query")
    def searched(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.run_search(event.value)

    @work(thread=True, exclusive=True)
    @unless_closed
    def run_search(self, text: str) -> None:
        try:
            hits = self.iapp.service().search(text)
        except InnovationError as exc:
            self.app.call_from_thread(self.iapp.error, exc)
            return
        self.app.call_from_thread(self._found, hits)

    def _found(self, hits: list[SearchHit]) -> None:
        self.hits = hits
        table = self.query_one("#hits", DataTable)
        table.clear()
        for h in hits:
            note = t(f"idea.{h.note}") if h.kind == "idea" else f"{t('kind.lesson')}, {h.note}"
            table.add_row(Text(h.key), Text(h.area), Text(h.text), Text(note), key=h.key)
        self.query_one("#search-status", Static).update(t("tui.hits", n=len(hits)))
        if hits:
            table.focus()

    @on(DataTable.RowSelected, "#hits")
    def chosen(self, event: DataTable.RowSelected) -> None:
        hit = self.hits[event.cursor_row]
        if hit.kind == "idea":
            self.iapp.go(OpenIdea(hit.key))
        else:
            self.iapp.go(OpenArea(hit.area))

    def action_back(self) -> None:
        self.app.pop_screen()
