"""Översikt: every area on a board with a column per phase, or as a table."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Input, Static

from innovation.domain import InnovationError, period_of
from innovation.engine import default_flows
from innovation.i18n import t
from innovation.service import Service
from innovation.service.views import AreaSummary, RequestView
from innovation.timeutil import local_date
from innovation.tui.background import unless_closed
from innovation.tui.board_data import BoardData, first_head, fits_in, read_board
from innovation.tui.navigation import OpenArea, OpenRounds, OpenSearch
from innovation.tui.screens.base import AppScreen
from innovation.tui.widgets.board import Board
from innovation.tui.widgets.card import CardFacts
from innovation.tui.widgets.keybar import KeyBar
from innovation.tui.widgets.table import Table
from innovation.tui.widgets.topbar import TopBar
from innovation.words import all_phases, phase_label, track_label, track_short

TABLE_ROWS = 500


@dataclass
class Filters:
    text: str = ""
    round: str | None = None
    track: str | None = None
    mine: bool = False
    attention: bool = False
    rounds: list[str] = field(default_factory=list)


# How long the first paint waits for the board's first read (see OverviewScreen.on_mount).
FIRST_READ_WAIT = 0.1


def start_first_read(svc: Service) -> Future[BoardData]:
    """The board's first read, begun at once in a thread of its own: started as the app is
    made, the database works while Textual reads its styles (the two overlap; see on_mount)."""
    first: Future[BoardData] = Future()
    head = first_head(shutil.get_terminal_size().lines)

    def read() -> None:
        try:
            first.set_result(read_board(svc, head=head))
        except BaseException as exc:
            first.set_exception(exc)

    # A plain thread: a Textual worker would start only once the event loop runs.
    threading.Thread(target=read, daemon=True, name="innovation-first-read").start()
    return first


class OverviewScreen(AppScreen):
    # Focus goes to the first card once the board is painted, not to the hidden search.
    AUTO_FOCUS = ""
    BINDINGS = [
        Binding("slash", "search", t("key.search")),
        Binding("t", "toggle_table", t("key.table")),
        Binding("o", "cycle_round", t("key.round")),
        Binding("s", "cycle_track", t("key.track")),
        Binding("m", "toggle_mine", t("key.mine")),
        Binding("a", "toggle_attention", t("key.attention")),
        Binding("x", "clear", t("key.clear")),
        Binding("d", "search_all", t("key.search_all")),
        Binding("g", "rounds", t("key.rounds")),
        Binding("M", "merge", t("key.merge")),
        Binding("escape", "leave_search", show=False),
        # Return in the search leaves it before the next key is passed on (a key the field
        # handled itself would be handled later, and the keys typed after it go to the field).
        Binding("enter", "leave_search", show=False, priority=True),
        Binding("f5", "refresh", t("key.refresh"), show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.areas: list[AreaSummary] = []
        self.requests: dict[str, RequestView] = {}
        self.area_colors: dict[str, str] = {}
        self.missing: set[str] = set()
        # Until every area is read (see on_mount): each phase's count, from the first read.
        self.head_counts: dict[str, int] | None = None
        self.filters = Filters()
        self.table_view = False
        self.visited = False
        self.ui_thread = threading.get_ident()
        # What the board's last read of every area was read as of (see load): a visit with
        # nothing new since then keeps what is shown instead of reading every area again.
        self.read_as_of: tuple[object, ...] | None = None

    def compose(self) -> ComposeResult:
        # The search field and the table are made when first wanted: most visits use neither,
        # and making them (their styles too) was a tenth of the board's first frame.
        yield TopBar(t("key.overview").capitalize())
        yield Static(id="filters")
        yield Board(tuple(all_phases()), fits=self._fits(), id="board")
        yield Static(id="empty")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#empty").display = False
        # The board's first read is waited for, briefly, so that the first frame shows the
        # board rather than empty columns. It began as the app was made (the database works
        # in C, without the interpreter, while Textual parses its styles), or begins now on a
        # later visit. A slower read paints when it comes, as every later read does (in a
        # worker). It reads only what the first screen shows; the rest is read once that has
        # been painted.
        first = self.iapp.first_read or start_first_read(self.iapp.service())
        self.iapp.first_read = None
        try:
            data = first.result(timeout=FIRST_READ_WAIT)
        except FutureTimeout:
            first.add_done_callback(self._first_read_late)
        except Exception as exc:
            self.iapp.error(exc)
        else:
            self._loaded(data)

    def _search(self) -> Input:
        for search in self.query("#search").results(Input):
            return search
        search = Input(placeholder=t("tui.search_placeholder"), id="search")
        self.mount(search, before="#filters")
        return search

    def _table(self) -> DataTable[Any]:
        for table in self.query("#table").results(DataTable):
            return table
        table = Table(id="table", cursor_type="row", zebra_stripes=True)
        table.display = False  # paint() shows it, once there is something to show
        table.add_columns(
            t("col.key"), t("col.question"), t("col.track"), t("col.phase"), t("tui.col_days"),
            t("col.fadder"), t("col.waiting"), t("col.status"),
        )  # fmt: skip
        self.mount(table, after="#board")
        return table

    def _fits(self) -> int:
        return fits_in(self.app.size.height)

    def resumed(self) -> None:
        if self.visited:
            super().resumed()
        else:  # the board was read on mount; only the top bar's count is not
            for bar in self.query(TopBar):
                bar.reload()
        self.visited = True

    def reload(self) -> None:
        self.load()

    def _as_of(self, svc: Service) -> tuple[object, ...]:
        # Every change records an event, so the newest event's number says whether anything
        # changed; the day says whether the days in phase and what is due did. Asked before
        # the areas are read: a change made in between makes the next visit read again.
        app = self.iapp
        viewing = app.day_view.viewing if app.day_view is not None else None
        return (app.actor, viewing, local_date(app.clock()), svc.last_change())

    @work(thread=True, exclusive=True)
    @unless_closed
    def load(self) -> None:
        """Reads every area, unless nothing changed since the last time it did (coming back
        from an area re-read 3,200 areas for nothing: ~60 ms of the UI's interpreter, and the
        objects it made kept the collector busy through the next keys)."""
        svc = self.iapp.service()
        try:
            as_of = self._as_of(svc)
            if as_of == self.read_as_of:
                return
            data = read_board(svc)
        except InnovationError as exc:
            self.app.call_from_thread(self.iapp.error, exc)
            return
        self.app.call_from_thread(self._loaded, data, as_of)

    def _first_read_late(self, first: Future[BoardData]) -> None:
        # Runs in the reading thread, or at once in the UI's if the read ended meanwhile.
        exc = first.exception()
        call = self.app.call_from_thread if threading.get_ident() != self.ui_thread else _now
        if not self.app.is_running:
            return  # the UI was closed before the read came back: nobody to show it to
        if exc is None:
            call(self._loaded, first.result())
        elif isinstance(exc, Exception):
            call(self.iapp.error, exc)

    def _loaded(self, data: BoardData, as_of: tuple[object, ...] | None = None) -> None:
        self.read_as_of = as_of
        table_waited = self.table_view and self.head_counts is not None
        self.areas = data.areas
        self.requests = data.requests
        self.area_colors = data.colors
        self.missing = data.missing
        self.head_counts = data.counts
        self.filters.rounds = sorted({a.round for a in data.areas if a.round})
        self.paint()
        if table_waited:  # chosen before every area was read, and hidden until now
            self.set_focus(self._table())
        if data.counts is not None:
            # The rest once the first screen is on the terminal, not while it is drawn.
            self.call_after_refresh(self.load)

    # filtering ------------------------------------------------------------------------------
    def attention(self, area: AreaSummary) -> bool:
        due = area.hold_until is not None and area.hold_until <= period_of(self.iapp.clock().date())
        return area.request is not None or due or area.key in self.missing

    def shown_areas(self) -> list[AreaSummary]:
        f, me = self.filters, self.iapp.actor
        words = f.text.lower().split()
        return [
            a
            for a in self.areas
            if (f.round is None or a.round == f.round)
            and (f.track is None or a.track == f.track)
            and (not f.mine or me == a.fadder or me in a.ledartrojor)
            and (not f.attention or self.attention(a))
            and all(w in a.question.lower() or w == a.key.lower() for w in words)
        ]

    def paint(self) -> None:
        f = self.filters
        if self.head_counts is not None and (self.table_view or f != Filters(rounds=f.rounds)):
            # A filter or the table needs every area; they show when every area is read.
            self.query_one("#filters", Static).update(Text(t("tui.reading"), style="dim"))
            return
        shown = self.shown_areas()
        summary = Text(
            t(
                "tui.filters",
                round=f.round or t("tui.all"),
                track=track_label(f.track) if f.track else t("tui.all"),
                mine=t("tui.mine_on") if f.mine else "",
                attention=t("tui.attention_on") if f.attention else "",
            )
        )
        if f.text:
            summary += Text(f" · “{f.text}”", style="italic")
        if self.head_counts is None:
            count = t("tui.count", shown=len(shown), total=len(self.areas))
        else:  # no filter (see above): every area that is going shows
            n = sum(self.head_counts.values())
            count = t("tui.count", shown=n, total=n)
        summary += Text("   " + count, style="dim")
        if self.table_view and len(shown) > TABLE_ROWS:
            summary += Text("  " + t("tui.table_capped", n=TABLE_ROWS), style="yellow")
        self.query_one("#filters", Static).update(summary)
        empty = self.query_one("#empty", Static)
        if not shown:
            empty.update(self._empty_text())
        empty.display = not shown
        self.query_one("#board").display = bool(shown) and not self.table_view
        if self.table_view or self.query("#table"):
            self._table().display = bool(shown) and self.table_view
        if self.table_view:
            self._paint_table(shown)
        else:
            self._paint_board(shown)

    def _empty_text(self) -> str:
        if self.areas:
            return t("tui.no_match")
        view = self.iapp.day_view
        first = view.before_any_area() if view is not None else None
        if view is not None and first is not None:
            return t("tui.no_areas_that_day", day=view.viewing, first=first)
        return t("tui.no_areas")

    def _paint_board(self, shown: list[AreaSummary]) -> None:
        board = self.query_one(Board)
        focused = self._selected()
        today = self.iapp.clock().date()
        found = False
        for index, column in enumerate(board.columns):
            phase = column.phase
            items: list[CardFacts] = []
            for a in shown:
                if a.phase != phase:
                    continue
                request = self.requests.get(a.key)
                age = None if request is None else (today - _day(request.requested_at)).days
                items.append(CardFacts(a, self.attention(a), age, self.area_colors.get(a.key)))
            total = len(items) if self.head_counts is None else self.head_counts.get(phase, 0)
            column.title, column.count = phase_label(phase), str(total)
            if column.set_items(items, keep=focused, total=total):
                board.current, found = index, True
        board.changed()
        # Focus moves at once (set_focus, not focus()): the same frame shows the board and its
        # focus, and a key typed right after acts on the card it sees.
        if (found or focused is not None or self.focused is None) and board.allow_focus():
            self.set_focus(board, scroll_visible=False)

    def _selected(self) -> str | None:
        """The key of the area selected on the board, if the board has the focus."""
        board = self.query_one(Board)
        if self.focused is board and board.selected is not None:
            return board.selected.area.key
        return None

    def _paint_table(self, shown: list[AreaSummary]) -> None:
        table = self._table()
        table.clear()
        width = max(20, self.size.width - 50)
        for a in shown[:TABLE_ROWS]:
            table.add_row(
                Text(a.key), Text(_clip(a.question, width)), track_short(a.track),
                phase_label(a.phase, a.track),
                str(a.days_in_phase), Text(self.iapp.name_of(a.fadder)), Text(a.request or ""),
                key=a.key,
            )  # fmt: skip

    # actions --------------------------------------------------------------------------------
    def action_search(self) -> None:
        search = self._search()
        search.display = True
        # At once: the letters typed right after the slash are the search's.
        self.set_focus(search)

    def action_leave_search(self) -> None:
        for search in self.query("#search").results(Input):
            search.display = bool(search.value)
            self.focus_next()

    @on(Input.Changed, "#search")
    def searched(self, event: Input.Changed) -> None:
        self.filters.text = event.value.strip()
        self.paint()

    def action_toggle_table(self) -> None:
        self.table_view = not self.table_view
        self.paint()
        if self.table_view:
            self.set_focus(self._table())

    def action_cycle_round(self) -> None:
        options: list[str | None] = [None, *self.filters.rounds]
        self.filters.round = options[(options.index(self.filters.round) + 1) % len(options)]
        self.paint()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "leave_search":  # else the key does what it does where the focus is
            return any(search.has_focus for search in self.query("#search"))
        # Merging is for facilitators and admins; the service decides, the key shows to them.
        if action == "merge":
            person = self.iapp.person
            return person is not None and bool({"facilitator", "admin"} & set(person.roles))
        return True

    def show_round(self, name: str) -> None:
        """The board for one round (chosen in the rounds view)."""
        self.filters.round = name
        self.paint()

    def action_rounds(self) -> None:
        self.iapp.go(OpenRounds())

    def action_merge(self) -> None:
        from innovation.tui.screens.dialogs import MergeScreen

        def submit(v: dict[str, Any]) -> str:
            key = self.iapp.service().merge(
                v["sources"].replace(",", " ").split(),
                into=v["into"],
                fadder=v["fadder"],
                ledartrojor=[v["lead1"], v["lead2"]],
                reason=v["reason"],
                phase=v["phase"] or None,
            )
            return t("out.created", key=key)

        def done(message: str | None) -> None:
            if message:
                self.notify(message)
                self.reload()

        self.app.push_screen(
            MergeScreen(submit, lambda keys: self.iapp.service().merge_preview(keys)), done
        )

    def action_cycle_track(self) -> None:
        options: list[str | None] = [None, *default_flows().names]
        self.filters.track = options[(options.index(self.filters.track) + 1) % len(options)]
        self.paint()

    def action_toggle_mine(self) -> None:
        self.filters.mine = not self.filters.mine
        self.paint()

    def action_toggle_attention(self) -> None:
        self.filters.attention = not self.filters.attention
        self.paint()

    def action_clear(self) -> None:
        rounds = self.filters.rounds
        self.filters = Filters(rounds=rounds)
        for search in self.query("#search").results(Input):
            had_focus = search.has_focus
            search.value = ""
            search.display = False
            if had_focus:
                self.focus_next()
        self.paint()

    def action_search_all(self) -> None:
        self.iapp.go(OpenSearch())

    def action_refresh(self) -> None:
        self.read_as_of = None  # asked for: read everything again, whatever the trail says
        self.reload()

    @on(Board.Open)
    def open_card(self, event: Board.Open) -> None:
        self.open_area(event.key)

    @on(DataTable.RowSelected, "#table")
    def open_row(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            self.open_area(event.row_key.value)

    def open_area(self, key: str) -> None:
        self.iapp.go(OpenArea(key))


def _now(function: Callable[..., object], *args: object) -> None:
    function(*args)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _day(iso_text: str) -> date:
    return date.fromisoformat(iso_text[:10])
