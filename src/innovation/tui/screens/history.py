"""Historik: the whole audit trail, filtered, paged from the database by key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Select, Static

from innovation.domain import InnovationError, Invalid, Role
from innovation.i18n import t
from innovation.present import (
    changes,
    clip,
    event_label,
    event_summary,
    event_when,
    event_when_long,
)
from innovation.service.views import EventView
from innovation.text import inert
from innovation.timeutil import local_date
from innovation.tui.background import unless_closed
from innovation.tui.screens.base import AppScreen
from innovation.tui.screens.forms import FormField, FormScreen
from innovation.tui.widgets.keybar import KeyBar
from innovation.tui.widgets.rows import RowTable
from innovation.tui.widgets.topbar import TopBar

PAGE = 200
KINDS = [
    "request", "move", "activity.add", "test", "lesson.add", "scope.set", "nylage.set",
    "indicator.add", "area", "person", "delegation", "annotation", "denied",
]  # fmt: skip


class HistoryScreen(AppScreen):
    AUTO_FOCUS = "#events"
    BINDINGS = [
        Binding("slash", "filter", t("key.filter")),
        Binding("escape", "back", t("key.back")),
        Binding("enter", "event", t("key.event"), priority=True),
        Binding("n", "annotate", t("key.annotate")),
        Binding("v", "verify", t("key.verify")),
        Binding("e", "export", t("key.export")),
        Binding("pagedown", "more", t("key.more"), show=False),
        # The table's moves, taken by the screen so that the rows and the detail pane change
        # together and reach the terminal in one frame (see `_cursor`).
        *(
            Binding(key, f"cursor('{move}')", show=False, priority=True)
            for key, move in (
                ("up", "cursor_up"),
                ("down", "cursor_down"),
                ("pageup", "page_up"),
                ("pagedown", "page_down"),
            )
        ),
        Binding("x", "clear", t("key.clear")),
    ]

    def __init__(self, area: str | None = None) -> None:
        super().__init__()
        self.notes: dict[int, list[EventView]] = {}  # annotations, by the event they are on
        self.shown_event: int | None = None  # the event in the detail pane
        self.events: list[EventView] = []
        self.exhausted = False
        self.fetching = False
        self.generation = 0
        self.start_area = area

    def compose(self) -> ComposeResult:
        yield TopBar(t("key.history").capitalize())
        with Horizontal(id="history-filters"):
            yield Input(self.start_area or "", placeholder=t("tui.f_area"), id="h-area")
            yield Input(placeholder=t("tui.f_person"), id="h-person")
            yield Select(
                [(Text(t(f"event.{k}")), k) for k in KINDS],
                prompt=t("tui.f_event"),
                id="h-kind",
            )
            yield Input(placeholder=t("tui.f_from") + " " + t("tui.date_format"), id="h-since")
            yield Input(placeholder=t("tui.f_to") + " " + t("tui.date_format"), id="h-until")
        yield Static(id="history-status")
        yield RowTable(
            "#", t("col.when"), t("col.who"), t("col.event"), t("col.area"), t("col.what"),
            id="events",
        )  # fmt: skip
        with Vertical(id="event-detail"):
            yield Static(id="detail")
        yield KeyBar()

    def on_mount(self) -> None:
        self.chain = Text(t("tui.chain_unchecked"), style="dim")
        self.reload()

    def resumed(self) -> None:
        # Keep the place in a long trail: only the top bar is read again.
        for bar in self.query(TopBar):
            bar.reload()

    def reload(self) -> None:
        self.events = []
        self.notes = {}
        self.exhausted = False
        self.fetching = False
        self.generation += 1
        self.query_one("#events", RowTable).clear()
        self.next_page()

    def next_page(self) -> None:
        """Fetches the next page, older than the last event shown: keyset paging by id."""
        if self.fetching:
            return
        self.fetching = True
        self.load_page(self.generation, self.filters(), self.events[-1].id if self.events else None)

    def filters(self) -> dict[str, Any]:
        def value(widget_id: str) -> str | None:
            text = self.query_one(widget_id, Input).value.strip()
            return text or None

        kind = self.query_one("#h-kind", Select).value
        area = value("#h-area")
        return {
            "area": area.upper() if area else None,
            "person": value("#h-person"),
            "kind": None if kind is Select.NULL else str(kind),
            "since": value("#h-since"),
            "until": value("#h-until"),
        }

    @work(thread=True, exclusive=True)
    @unless_closed
    def load_page(self, generation: int, filters: dict[str, Any], before: int | None) -> None:
        try:
            svc = self.iapp.service()
            page = svc.audit_list(**filters, newest_first=True, limit=PAGE, before_id=before)
            # The page's annotations come with it: the detail pane paints with the cursor.
            notes = svc.annotations_of([e.id for e in page])
        except InnovationError as exc:
            self.app.call_from_thread(self._refused, inert(exc.message(), multiline=True))
            return
        self.app.call_from_thread(self._page, generation, page, notes)

    def _refused(self, message: str) -> None:
        self.fetching = False
        self.query_one("#history-status", Static).update(Text(message, style="red"))

    def _page(
        self, generation: int, page: list[EventView], notes: dict[int, list[EventView]]
    ) -> None:
        if generation != self.generation:
            return  # a page for filters that have since changed
        self.notes.update(notes)
        self.fetching = False
        first = not self.events
        self.events.extend(page)
        self.exhausted = len(page) < PAGE
        name_of = self.iapp.name_of
        self.query_one("#events", RowTable).add_rows(
            [
                (
                    str(e.id), event_when(e.on, e.at), name_of(e.actor),
                    Text(event_label(e.kind), style="red" if e.kind == "denied" else ""),
                    e.area or "", clip(event_summary(e.kind, e.subject, e.before, e.after), 60),
                )
                for e in page
            ]
        )  # fmt: skip
        self._status()
        if first and self.events:
            self._detail(self.events[0], again=True)

    def _status(self) -> None:
        text = Text(t("tui.history_count", n=len(self.events)))
        if self.exhausted and self.events:
            text += Text("  " + t("tui.end_of_trail"), style="dim")
        text += Text("   ") + self.chain
        self.query_one("#history-status", Static).update(text, layout=False)  # one line, always

    def current(self) -> EventView | None:
        table = self.query_one("#events", RowTable)
        if not self.events:
            return None
        return self.events[min(table.cursor_row, len(self.events) - 1)]

    @on(RowTable.Highlighted, "#events")
    def highlighted(self, event: RowTable.Highlighted) -> None:
        if 0 <= event.cursor_row < len(self.events):
            self._detail(self.events[event.cursor_row])
            # Half a page before the end of what is loaded, the next page is fetched (by key):
            # it is there before the cursor gets to it.
            if event.cursor_row >= len(self.events) - PAGE // 2 and not self.exhausted:
                self.next_page()

    def action_cursor(self, move: str) -> None:
        table = self.query_one("#events", RowTable)
        getattr(table, f"action_{move}")()
        e = self.current()
        if e is not None:
            self._detail(e)

    def _detail(self, e: EventView, *, again: bool = False) -> None:
        if e.id == self.shown_event and not again:
            return  # painted with the cursor's move already
        # The pane's height is fixed, so its text changes without a layout: a layout would
        # repaint the whole table on every key. What does not fit is in the whole event (enter).
        text = event_text(e, self.notes.get(e.id, []), self.iapp.name_of, short=True)
        self.query_one("#detail", Static).update(text, layout=False)
        self.shown_event = e.id

    @work(thread=True, exclusive=True, group="detail")
    @unless_closed
    def show_annotations(self, e: EventView) -> None:
        notes = self.iapp.service().annotations(e.id)
        self.app.call_from_thread(self._annotated, e, notes)

    def _annotated(self, e: EventView, notes: list[EventView]) -> None:
        self.notes[e.id] = notes
        if self.current() == e:
            self._detail(e, again=True)

    @on(RowTable.Selected, "#events")
    def row_chosen(self) -> None:
        self.action_event()

    def action_event(self) -> None:
        e = self.current()
        if e is not None:
            notes = self.notes.get(e.id, [])
            self.app.push_screen(EventScreen(event_text(e, notes, self.iapp.name_of)))

    # filters --------------------------------------------------------------------------------
    @on(Input.Submitted)
    def filter_submitted(self) -> None:
        self.reload()
        self.query_one("#events", RowTable).focus()

    @on(Select.Changed, "#h-kind")
    def kind_changed(self) -> None:
        self.reload()
        # Back to the events: Enter there shows one (on the Select it would reopen the list).
        self.query_one("#events", RowTable).focus()

    def action_clear(self) -> None:
        for widget_id in ("#h-area", "#h-person", "#h-since", "#h-until"):
            self.query_one(widget_id, Input).value = ""
        self.query_one("#h-kind", Select).clear()
        self.reload()

    def action_filter(self) -> None:
        self.query_one("#h-area", Input).focus()

    def action_more(self) -> None:
        if not self.exhausted:
            self.next_page()

    # actions --------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("cursor", "event"):
            # Only while the table has the keys: in a filter field they move the text cursor.
            return self.focused is self.query_one("#events")
        if action == "annotate":
            person = self.iapp.person
            return person is not None and Role.FACILITATOR.value in person.roles
        return True

    def action_annotate(self) -> None:
        e = self.current()
        if e is None:
            return

        def submit(values: dict[str, Any]) -> str:
            new_id = self.iapp.service().annotate(str(e.id), note=values["note"])
            return t("tui.saved", key=f"#{new_id}")

        def done(message: str | None) -> None:
            if message:
                self.app.notify(message, markup=False)
                self.show_annotations(e)

        fields = [FormField("note", t("tui.f_note").split(" (")[0], "multiline", limit=4000)]
        self.app.push_screen(FormScreen(t("tui.form_annotate", event=e.id), fields, submit), done)

    @work(thread=True, exclusive=True, group="verify")
    @unless_closed
    def action_verify(self) -> None:
        self.app.call_from_thread(self._set_chain, Text(t("tui.verifying"), style="dim"))
        report = self.iapp.service().verify()
        if report.ok:
            chain = Text(t("tui.chain_ok", count=report.count), style="green")
        else:
            problem = report.broken
            chain = Text(
                t("tui.chain_broken", event=problem.event if problem else "?"), style="bold red"
            )
            if problem:
                self.app.call_from_thread(
                    self.app.notify,
                    t(problem.key, **problem.params),
                    severity="error",
                    timeout=15,
                    markup=False,
                )
        self.app.call_from_thread(self._set_chain, chain)

    def _set_chain(self, chain: Text) -> None:
        self.chain = chain
        self._status()

    def action_export(self) -> None:
        """Asks where to write (the documents folder by default), then writes every event the
        filters match, and says which file it wrote."""
        from platformdirs import user_documents_dir

        f = self.filters()
        name = (
            f"innovation-{f['area'] or t('tui.export_all')}-{local_date(self.iapp.clock())}.jsonl"
        )
        default = str(Path(user_documents_dir()) / name)
        fields = [FormField("path", t("tui.f_export_path"), limit=1000, default=default)]

        def submit(values: dict[str, Any]) -> str:
            path = Path(values["path"].strip()).expanduser()
            if path.is_dir():
                path = path / name
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                part = path.with_name(path.name + ".part")
                with part.open("w", encoding="utf-8") as handle:
                    count = self.iapp.service().export(handle, fmt="jsonl", **f)
                part.replace(path)
            except OSError as exc:
                raise Invalid(
                    "error.export_write", path=str(path), detail=exc.strerror or ""
                ) from None
            return t("tui.exported", count=count, path=str(path))

        def done(message: str | None) -> None:
            if message:
                self.app.notify(message, markup=False, timeout=10)

        self.app.push_screen(FormScreen(t("tui.export_title"), fields, submit), done)

    def action_back(self) -> None:
        # Esc in a filter clears it (and shows the events again); Esc on the events leaves.
        focused = self.focused
        if isinstance(focused, Input) and focused.id and focused.id.startswith("h-"):
            if focused.value:
                focused.value = ""
                self.reload()
            self.query_one("#events", RowTable).focus()
            return
        self.app.pop_screen()


def event_text(
    e: EventView, notes: list[EventView], name_of: Callable[[str], str], *, short: bool = False
) -> Text:
    """An event with its before and after values and its annotations; `short` clips values."""
    value = _short if short else str
    text = Text(f"#{e.id} ", style="bold")
    text.append(f"{name_of(e.actor)} · {event_label(e.kind)}")
    if e.area:
        text.append(f" · {e.area}")
    text.append("\n" + event_when_long(e.on, e.at), style="dim")
    for said in changes(e.before, e.after, e.kind):
        text.append("\n" + value(said))
    if e.reason:
        text.append(f"\n“{e.reason}”", style="italic")
    text.append(f"\nhash {e.hash[:16]}…" if short else f"\nhash {e.hash}", style="dim")
    if notes:
        text.append("\n" + t("tui.annotations") + ":", style="bold")
        for n in notes:
            text.append(f"\n  {n.on} {name_of(n.actor)}: ")
            text.append(str(n.after.get("note", "")))
    return text


class EventScreen(ModalScreen[None]):
    """One event in full: every value whole, every annotation."""

    DEFAULT_CSS = """
    EventScreen {
        align: center middle;
    }
    EventScreen > VerticalScroll {
        width: 90%;
        height: auto;
        max-height: 80%;
        border: thick $accent;
        background: $surface;
        padding: 0 1;
    }
    """
    BINDINGS = [Binding("escape", "close", t("key.back")), Binding("enter", "close", show=False)]

    def __init__(self, text: Text) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self.text)
        yield KeyBar()

    def action_close(self) -> None:
        self.dismiss(None)


def _short(value: object) -> str:
    return clip(value if isinstance(value, str) else str(value), 40)
