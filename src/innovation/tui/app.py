"""The application: who acts, the top bar, global keys and the command palette."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from datetime import datetime
from typing import TYPE_CHECKING, cast

from textual import events, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer

from innovation.domain import InnovationError
from innovation.i18n import t
from innovation.service import Service
from innovation.service.views import PersonView
from innovation.store.database import Database
from innovation.text import Inert, inert
from innovation.timeutil import utcnow
from innovation.tui.background import unless_closed
from innovation.tui.board_data import BoardData
from innovation.tui.idle_gc import CHECK_EVERY, IdleCollector
from innovation.tui.navigation import (
    OpenArea,
    OpenIdea,
    OpenPerson,
    OpenRounds,
    OpenSearch,
    ShowRound,
)
from innovation.tui.opening import Opening
from innovation.tui.screens.base import AppScreen
from innovation.tui.screens.overview import OverviewScreen, start_first_read
from innovation.tui.textual_words import KEYS, app_bindings, described
from innovation.tui.widgets.topbar import TopBar

if TYPE_CHECKING:
    from innovation.tui.screens.area import AreaScreen

CHANGE_CHECK_SECONDS = 1.0
# The area screen's modules (its forms and dialogs, Textual's input widgets) are not needed for
# the board's first frame: they are loaded this long after start, in a thread, or by the first
# area opened before then.
WARM_AFTER_SECONDS = 0.5
# The area screen is made ahead in the first pause this long in the person's keys and clicks
# (see InnovationApp.make_area_screen_in_a_pause).
AHEAD_AFTER_PAUSE = 1.5


class TrailChanged(Message):
    """Someone (maybe in another terminal) changed the workspace."""


class AreaModuleLoaded(Message):
    """The area screen's module is imported (see InnovationApp._warm)."""


class ListenFailed(Message):
    def __init__(self, detail: str) -> None:
        super().__init__()
        self.detail = detail


class InnovationApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "innovation"
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding("question_mark", "help", t("key.help")),
        Binding("i", "inbox", t("key.inbox")),
        Binding("h", "history", t("key.history")),
        Binding("r", "report", t("key.report")),
        Binding("w", "who", t("key.who")),
        Binding("D", "day", t("key.day")),
        Binding("q", "quit", t("key.quit"), show=False),
        Binding("ctrl+e", "digest", t("key.digest"), show=False),
        Binding("ctrl+w", "publish", t("key.publish"), show=False),
        *app_bindings(),
    ]

    def __init__(
        self,
        db: Database,
        actor: str,
        *,
        demo: bool = False,
        clock: Callable[[], datetime] = utcnow,
        first: Opening | None = None,
    ) -> None:
        """`first`: the people and the board as read already (tui/opening.py); without it
        they are read as the app starts."""
        super().__init__()
        self.db = db
        self.actor = actor
        self.demo = demo
        self.clock = clock
        self.person: PersonView | None = None
        self.people: dict[str, PersonView] = {}
        self.opening: object | None = None  # the area being opened (see open_area)
        self.area_screen: AreaScreen | None = None  # kept between visits (see open_area)
        self.collector = IdleCollector()
        self.ahead: Timer | None = None  # until the area screen is made ahead
        # The workspace as it stood at the end of an earlier day, read-only (see action_day).
        self.day_view: Service | None = None
        # The newest event the screens have seen (live updates: see on_mount).
        self.seen_change: int | None = None
        self.first_read: Future[BoardData] | None
        if first is None:
            # The board's first read starts now, to overlap the start-up (see OverviewScreen).
            self.first_read = start_first_read(self.service())
        else:
            self._set_people(first.people)
            self.first_read = Future()
            self.first_read.set_result(first.board)
            self.seen_change = first.newest

    def service(self) -> Service:
        """The service the screens read and write through: today's, or the day being viewed
        (whose database refuses every change, saying why)."""
        if self.day_view is not None:
            return self.day_view
        return self.live_service()

    def live_service(self) -> Service:
        # What the database holds reaches the screen inert (text.py): ESC shown as ␛.
        return cast(Service, Inert(Service(self.db, self.actor, clock=self.clock)))

    def name_of(self, username: str) -> str:
        person = self.people.get(username)
        return person.name if person else username

    def get_default_screen(self) -> Screen[None]:
        # The board is the first screen itself, not pushed over an empty one: one screen less
        # to make, style and lay out before the board's first frame.
        if not self.people:
            self.load_people()  # a handful of rows, read before the first screen paints
        return OverviewScreen()

    def on_mount(self) -> None:
        self.set_timer(WARM_AFTER_SECONDS, self._warm)
        self.collector.start()
        self.set_interval(CHECK_EVERY, self.collector.tick)
        # Live updates: what another person changes shows within a second. PostgreSQL tells
        # us (LISTEN/NOTIFY); on SQLite the newest event's number is asked for every second.
        # Either way a change since the first reads (seen_change) shows at once.
        if self.db.is_sqlite:
            self.set_interval(CHANGE_CHECK_SECONDS, self.check_changes)
        else:
            # After the first frame: the listener's thread imports the PostgreSQL driver
            # (150-400 ms of interpreter work on a slow machine), which would otherwise share
            # the interpreter with drawing the board. seen_change covers the moments between.
            self.call_after_refresh(self.listen_changes)

    def _warm(self) -> None:
        def load() -> None:
            import innovation.tui.screens.area  # noqa: F401

            # A message, not call_from_thread: it never waits on a closing app.
            self.post_message(AreaModuleLoaded())

        threading.Thread(target=load, daemon=True, name="innovation-warm").start()

    def on_area_module_loaded(self, _: AreaModuleLoaded) -> None:
        if self.area_screen is None:
            self.ahead = self.set_interval(CHECK_EVERY / 2, self.make_area_screen_in_a_pause)

    def make_area_screen_in_a_pause(self) -> None:
        """Makes the area screen, off the stack, once the person has paused: making it is most
        of a first opening (110–150 ms against some 35 for the next), and it holds the UI for
        about 100 ms, which keys pressed meanwhile would wait for (made at a fixed moment after
        the start, it fell among them). An area opened before the pause makes the screen
        itself, as it would without this."""
        from innovation.tui.screens.area import AreaScreen

        if self.area_screen is None and not self.collector.paused_for(AHEAD_AFTER_PAUSE):
            return
        if self.ahead is not None:
            self.ahead.stop()
            self.ahead = None
        if self.area_screen is not None or not self.is_running:
            return
        screen = self.area_screen = AreaScreen("")
        self.install_screen(screen, "area")
        # Textual's own step before a screen is first shown: compose and mount its widgets.
        self._get_screen(screen)

    def listen_changes(self) -> None:
        """A plain thread, not a worker: it listens as long as the app runs, and the app's
        'wait for every worker' (tests, benchmarks) must not wait for it."""
        self._listening = threading.Event()
        self._listening.set()
        threading.Thread(target=self._listen, daemon=True, name="innovation-listen").start()

    def _listen(self) -> None:
        try:
            self.service().listen_for_changes(
                since=self.seen_change,
                running=self._listening.is_set,
                # A message, not call_from_thread: it never waits on a closing app.
                changed=lambda: self.post_message(TrailChanged()),
                every=CHANGE_CHECK_SECONDS,
            )
        except InnovationError as exc:
            self.post_message(ListenFailed(exc.message()))

    async def on_event(self, event: events.Event) -> None:
        if isinstance(
            event, events.Key | events.MouseDown | events.MouseScrollDown | events.MouseScrollUp
        ):
            self.collector.touched()
        await super().on_event(event)

    def on_unmount(self) -> None:
        self.collector.stop()
        listening = getattr(self, "_listening", None)
        if listening is not None:
            listening.clear()

    def on_listen_failed(self, message: ListenFailed) -> None:
        # Without the server's notices the screens still re-read on every visit; say so.
        self.notify(t("tui.live_lost", detail=message.detail), severity="warning", markup=False)

    @work(thread=True, exclusive=True, group="changes")
    @unless_closed
    def check_changes(self) -> None:
        try:
            newest = self.live_service().last_change()
        except InnovationError:
            return  # the next check tries again; a real problem shows on the next action
        if self.seen_change is not None and newest != self.seen_change:
            self.post_message(TrailChanged())
        self.seen_change = newest

    def on_trail_changed(self, _: TrailChanged) -> None:
        """Someone changed something: the screen in front reads its data again."""
        if not self.screen_stack:
            return  # the notice came as the UI closed
        screen = self.screen
        if isinstance(screen, AppScreen):
            self.load_people()
            screen.reload()
            for bar in screen.query(TopBar):
                bar.reload()

    def load_people(self) -> None:
        # A handful of rows, read before the first screen paints so names are ready.
        self._set_people(self.service().list_people())

    def _set_people(self, people: list[PersonView]) -> None:
        self.people = {p.username: p for p in people}
        self.person = self.people.get(self.actor)

    def is_demo_switch_allowed(self) -> bool:
        return self.demo

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "who":
            return self.demo
        return True

    def error(self, exc: InnovationError | Exception) -> None:
        """Shows a refusal where the user is; never swallowed."""
        message = exc.message() if isinstance(exc, InnovationError) else str(exc)
        self.notify(inert(message, multiline=True), severity="error", timeout=10, markup=False)

    # navigation: the keys here, and what screens ask for (tui/navigation.py) ----------------
    def go(self, where: Message) -> None:
        """Opens what a screen asks for at once, not after the keys already waiting: a key
        typed right after Enter acts on the screen Enter opened. (Posted, the same messages
        are answered by the same handlers.)"""
        getattr(self, where.handler_name)(where)

    def on_open_area(self, message: OpenArea) -> None:
        from innovation.tui.screens.area import open_area

        open_area(self, message.key)

    def on_open_idea(self, message: OpenIdea) -> None:
        from innovation.tui.screens.ideas import IdeaScreen

        self.push_screen(IdeaScreen(message.key))

    def on_open_person(self, message: OpenPerson) -> None:
        from innovation.tui.screens.rounds import PersonScreen

        self.push_screen(PersonScreen(message.username))

    def on_open_rounds(self, _: OpenRounds) -> None:
        from innovation.tui.screens.rounds import RoundsScreen

        self.push_screen(RoundsScreen())

    def on_open_search(self, _: OpenSearch) -> None:
        from innovation.tui.screens.ideas import SearchScreen

        self.push_screen(SearchScreen())

    def on_show_round(self, message: ShowRound) -> None:
        self.pop_screen()
        if isinstance(self.screen, OverviewScreen):
            self.screen.show_round(message.name)

    def action_inbox(self) -> None:
        from innovation.tui.screens.inbox import InboxScreen

        if not isinstance(self.screen, InboxScreen):
            self.push_screen(InboxScreen())

    def action_history(self) -> None:
        from innovation.tui.screens.history import HistoryScreen

        if not isinstance(self.screen, HistoryScreen):
            self.push_screen(HistoryScreen())

    def action_report(self) -> None:
        from innovation.tui.screens.report import ReportScreen

        if not isinstance(self.screen, ReportScreen):
            self.push_screen(ReportScreen())

    def action_help(self) -> None:
        from innovation.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen(self.screen))

    def action_who(self) -> None:
        from innovation.tui.screens.people import PeopleScreen

        def switched(username: str | None) -> None:
            if username:
                self.actor = username
                self.person = self.people.get(username)
                self.notify(t("tui.now_acting", name=self.name_of(username)), markup=False)
                self.refresh_all()

        self.push_screen(PeopleScreen(list(self.people.values()), self.actor), switched)

    def _facilitator(self) -> bool:
        if self.person is not None and "facilitator" in self.person.roles:
            return True
        self.notify(t("tui.facilitators_only"), markup=False)
        return False

    def action_digest(self) -> None:
        """A facilitator previews the e-mail digest any person would get now."""
        from innovation.tui.screens.people import PeopleScreen

        if not self._facilitator():
            return

        def chosen(username: str | None) -> None:
            if username:
                self.show_digest(username)

        self.push_screen(PeopleScreen(list(self.people.values()), self.actor), chosen)

    @work(thread=True, exclusive=True, group="digest")
    @unless_closed
    def show_digest(self, username: str) -> None:
        from innovation.tui.screens.reach import ReadScreen, digest_text

        try:
            text = digest_text(self, username)
        except InnovationError as exc:
            self.call_from_thread(self.error, exc)
            return
        self.call_from_thread(self.push_screen, ReadScreen(text))

    def action_publish(self) -> None:
        from innovation.tui.screens.reach import publish_form

        if not self._facilitator():
            return

        def done(message: str | None) -> None:
            if message:
                self.notify(message, markup=False, timeout=10)

        self.push_screen(publish_form(self), done)

    def action_day(self) -> None:
        """Shows the board, areas, reports and history as they stood at the end of a day;
        an empty day (or the same key again) goes back to today."""
        from innovation.tui.screens.forms import FormField, FormScreen

        if self.day_view is not None:
            self.show_day(None)
            return
        fields = [FormField("day", t("tui.f_day"), "date", required=False)]

        def submit(values: dict[str, object]) -> str:
            day = str(values.get("day") or "").strip()
            if day:
                self.call_from_thread(self.show_day, self.live_service().as_of(day))
            return ""

        self.push_screen(FormScreen(t("tui.day_title"), fields, submit, verb="show"))

    def show_day(self, view: Service | None) -> None:
        self.day_view = view
        if view is not None:
            self.notify(t("tui.day_shown", day=view.viewing), markup=False)
        else:
            self.notify(t("tui.day_today"), markup=False)
        self.refresh_all()
        for screen in self.screen_stack:
            for bar in screen.query(TopBar):
                bar.reload()

    def refresh_all(self) -> None:
        for screen in self.screen_stack:
            reload = getattr(screen, "reload", None)
            if reload is not None:
                reload()

    @work(thread=True, exclusive=True, group="count")
    @unless_closed
    def count_waiting(self) -> int:
        return len(self.service().list_requests(deciding=True))

    # the command palette reaches every key of the screen it was opened on --------------------
    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        # Textual's own (theme, screenshot, maximise …) are for developers, and in English.
        yield SystemCommand(t("tui.cmd_keys"), t("tui.cmd_keys_help"), self.action_help)
        yield SystemCommand(t("tui.cmd_quit"), t("tui.cmd_quit_help"), self.action_quit)
        seen: set[str] = {"help", "quit"}
        for active in screen.active_bindings.values():
            binding = active.binding
            if not binding.description or binding.action in seen or not active.enabled:
                continue
            seen.add(binding.action)
            yield SystemCommand(
                described(binding).capitalize(),
                f"{binding.key_display or binding.key}",
                _runner(active.node, binding.action),
            )

    def compose(self) -> ComposeResult:
        return iter(())

    def get_key_display(self, binding: Binding) -> str:
        if not binding.key_display and binding.key in KEYS:
            return KEYS[binding.key]
        return super().get_key_display(binding)

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(cast("App[object]", self)):
            self.push_screen(
                CommandPalette(placeholder=t("tui.palette_placeholder"), id="--command-palette")
            )


def _runner(node: object, action: str) -> Callable[[], object]:
    def run() -> object:
        return node.run_action(action)  # type: ignore[attr-defined]

    return run
