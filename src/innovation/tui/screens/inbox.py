"""Inkorg: the requests waiting for my decision, oldest first, decided with a line of why."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from innovation.engine import default_flows
from innovation.i18n import t
from innovation.service import Service
from innovation.service.views import AreaDetail, RequestView
from innovation.timeutil import local_date
from innovation.tui.background import unless_closed
from innovation.tui.navigation import OpenArea
from innovation.tui.screens.base import AppScreen
from innovation.tui.screens.forms import FormField, FormScreen, dated, when_fields
from innovation.tui.widgets.keybar import KeyBar
from innovation.tui.widgets.table import Table
from innovation.tui.widgets.topbar import TopBar
from innovation.words import phase_label


class InboxScreen(AppScreen):
    BINDINGS = [
        Binding("escape", "back", t("key.back")),
        Binding("g", "go", t("key.go")),
        Binding("r", "recycle", t("key.recycle")),
        Binding("p", "hold", t("key.hold")),
        Binding("k", "kill", t("key.kill")),
        Binding("enter", "open", t("key.open"), show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[RequestView] = []
        self.details: dict[str, AreaDetail] = {}

    def compose(self) -> ComposeResult:
        yield TopBar(t("key.inbox").capitalize())
        yield Static(id="inbox-title")
        yield Table(id="requests", cursor_type="row", zebra_stripes=True)
        with Vertical(id="request-detail"):
            yield Static(id="reason")
            yield Static(id="request-checklist")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#requests", DataTable).add_columns(
            t("col.key"), t("col.area"), t("col.move"), t("col.by"), t("col.age"), t("col.requires")
        )

    def reload(self) -> None:
        self.load()

    @work(thread=True, exclusive=True)
    @unless_closed
    def load(self) -> None:
        svc = self.iapp.service()
        try:
            requests = svc.list_requests(deciding=True)
            details = {r.area: svc.show_area(r.area) for r in requests}
        except Exception as exc:
            self.app.call_from_thread(self.iapp.error, exc)
            return
        self.app.call_from_thread(self._loaded, requests, details)

    def _missing(self, r: RequestView) -> list[str]:
        d = self.details.get(r.area)
        move = next((m for m in d.moves if m.to == r.dest), None) if d else None
        return list(move.missing) if move else []

    def _loaded(self, requests: list[RequestView], details: dict[str, AreaDetail]) -> None:
        self.requests = requests
        self.details = details
        title = Text(t("tui.inbox_title", n=len(requests)), style="bold")
        title += Text("   " + t("tui.oldest_first"), style="dim")
        self.query_one("#inbox-title", Static).update(title)
        table = self.query_one("#requests", DataTable)
        table.clear()
        for r in requests:
            missing = self._missing(r)
            status = (
                Text(t("tui.all_met"), style="green")
                if not missing
                else Text(t("tui.some_missing", missing=", ".join(missing)), style="red")
            )
            key = Text(r.key) + (Text(" !", style="yellow") if r.stale else Text())
            table.add_row(
                key, Text(r.area), Text(f"{phase_label(r.source)} → {phase_label(r.dest)}"),
                Text(self.iapp.name_of(r.requested_by)), t("word.days", n=r.age_days), status,
                key=r.key,
            )  # fmt: skip
        self.refresh_bindings()
        if not requests:
            self.query_one("#reason", Static).update(Text(t("tui.inbox_empty"), style="dim"))
            self.query_one("#request-checklist", Static).update("")
        else:
            table.focus()
            self._show(requests[min(table.cursor_row, len(requests) - 1)])

    def _show(self, r: RequestView) -> None:
        d = self.details.get(r.area)
        text = Text(f"{r.area} · {d.question if d else r.question}\n", style="bold")
        text += Text(t("tui.reason_label") + ": ", style="dim") + Text(f"“{r.reason}”")
        if r.stale:
            text += Text("\n! " + t("tui.stale"), style="yellow")
        self.query_one("#reason", Static).update(text)
        checklist = Text()
        if d is not None:
            move = next((m for m in d.moves if m.to == r.dest), None)
            if move is not None:
                for name, hint in zip(move.missing, move.hints, strict=True):
                    checklist += Text(f"✗ {hint.split(':')[0]}\n", style="red")
                    del name
                if not move.missing:
                    checklist += Text(t("tui.all_met"), style="green")
        self.query_one("#request-checklist", Static).update(checklist)

    @on(DataTable.RowHighlighted, "#requests")
    def highlighted(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self.requests):
            self._show(self.requests[event.cursor_row])

    def current(self) -> RequestView | None:
        table = self.query_one("#requests", DataTable)
        if not self.requests:
            return None
        return self.requests[min(table.cursor_row, len(self.requests) - 1)]

    def current_or_why(self) -> RequestView | None:
        """The request under the cursor; with none, the key says why it does nothing. (The
        decision keys stay bound when the inbox is empty: were they taken away, `r` would
        fall through to the app's report key while the key bar still said Recycle.)"""
        r = self.current()
        if r is None:
            self.app.notify(t("tui.inbox_nothing"), markup=False)
        return r

    def _decide(
        self, title: str, fields: list[FormField], call: Callable[[Service, dict[str, Any]], object]
    ) -> None:
        r = self.current()
        if r is None:
            return

        fields = [*fields, *when_fields(local_date(self.iapp.clock()))]

        def submit(values: dict[str, Any]) -> str:
            call(dated(self.iapp.service(), values), values)
            return t("tui.decided", request=r.key)

        def done(message: str | None) -> None:
            if message:
                self.app.notify(message, markup=False)
                self.reload()
                self.query_one(TopBar).reload()

        self.app.push_screen(FormScreen(title, fields, submit), done)

    def action_go(self) -> None:
        r = self.current_or_why()
        if r is None:
            return
        self._decide(
            t("tui.form_go", request=r.key),
            [
                FormField(
                    "comment", t("tui.f_comment_optional"), "multiline", required=False, limit=4000
                )
            ],
            lambda svc, v: svc.approve(r.key, comment=v["comment"] or None),
        )

    def action_recycle(self) -> None:
        r = self.current_or_why()
        if r is None:
            return
        d = self.details.get(r.area)
        earlier = default_flows().get(d.track).flow.earlier(r.source) if d else []
        fields = [
            FormField("comment", t("tui.f_comment"), "multiline", limit=4000),
            FormField(
                "back_to", t("tui.f_back_to"), "choice", required=False,
                choices=[(p, p) for p in earlier],
            ),
        ]  # fmt: skip
        self._decide(
            t("tui.form_recycle", request=r.key),
            fields,
            lambda svc, v: svc.reject(r.key, comment=v["comment"], back_to=v["back_to"]),
        )

    def action_hold(self) -> None:
        r = self.current_or_why()
        if r is None:
            return
        fields = [
            FormField("until", t("tui.f_until"), "period", limit=7),
            FormField("comment", t("tui.f_comment"), "multiline", limit=4000),
        ]
        self._decide(
            t("tui.form_hold", request=r.key),
            fields,
            lambda svc, v: svc.hold(r.key, until=v["until"], comment=v["comment"]),
        )

    def action_kill(self) -> None:
        r = self.current_or_why()
        if r is None:
            return
        self._decide(
            t("tui.form_kill", request=r.key),
            [FormField("comment", t("tui.f_comment"), "multiline", limit=4000)],
            lambda svc, v: svc.kill(r.key, comment=v["comment"]),
        )

    def action_open(self) -> None:
        r = self.current()
        if r is not None:
            self.iapp.go(OpenArea(r.area))

    @on(DataTable.RowSelected, "#requests")
    def selected(self) -> None:
        self.action_open()

    def action_back(self) -> None:
        self.app.pop_screen()
